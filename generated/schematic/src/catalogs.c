/* Schematic: catalogs operations. Generated; do not edit. */
#include "internal.h"

/* GET /catalogs */
static const apic_field schematic_catalogs_list_params_desc_Fields[] = {
    {"is_default", 10, 0, offsetof(schematic_catalogs_list_params, is_default), offsetof(schematic_catalogs_list_params, has_is_default), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_catalogs_list_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_catalogs_list_params, limit), offsetof(schematic_catalogs_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_catalogs_list_params, offset), offsetof(schematic_catalogs_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_catalogs_list_params_desc = {
    "catalogs_list_params", sizeof(schematic_catalogs_list_params), schematic_catalogs_list_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_catalogs_list_responses[] = {
    {200, &schematic_catalogs_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_list_security[] = {
    {schematic_catalogs_list_security_0, 1},
};
const apic_operation schematic_catalogs_list_op = {
    "schematic_catalogs_list", "GET", "/catalogs",
    &schematic_catalogs_list_params_desc, schematic_catalogs_list_params_locs,
    NULL, NULL, false,
    schematic_catalogs_list_responses, 1,
    schematic_catalogs_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_list(schematic_client *client, const schematic_catalogs_list_params *params, schematic_catalogs_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_list_response *)result;
    return rc;
}

/* Calls schematic_catalogs_list_async()'s callback as its own type. */
static void schematic_catalogs_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_list_callback)typed)(user_data, rc, (schematic_catalogs_list_response *)result, err);
}

int schematic_catalogs_list_async(schematic_client *client, const schematic_catalogs_list_params *params, schematic_catalogs_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_list_op, params, NULL, NULL,
                                   schematic_catalogs_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_catalogs_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_catalogs_list_iter_new(schematic_client *client, const schematic_catalogs_list_params *params, schematic_catalogs_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_catalogs_list_op, &schematic_catalogs_list_pagination, params, out, err);
}

int schematic_catalogs_list_iter_next(schematic_catalogs_list_iter *it, const schematic_catalog_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_catalog_response_data *)next;
    return rc;
}

void schematic_catalogs_list_iter_free(schematic_catalogs_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /catalogs */
static const apic_response schematic_catalogs_create_responses[] = {
    {201, &schematic_catalogs_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_create_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_create_security[] = {
    {schematic_catalogs_create_security_0, 1},
};
const apic_operation schematic_catalogs_create_op = {
    "schematic_catalogs_create", "POST", "/catalogs",
    NULL, NULL,
    &schematic_create_catalog_request_body_Type, "application/json", true,
    schematic_catalogs_create_responses, 1,
    schematic_catalogs_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_create(schematic_client *client, const schematic_create_catalog_request_body *body, schematic_catalogs_create_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_create_response *)result;
    return rc;
}

/* Calls schematic_catalogs_create_async()'s callback as its own type. */
static void schematic_catalogs_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_create_callback)typed)(user_data, rc, (schematic_catalogs_create_response *)result, err);
}

int schematic_catalogs_create_async(schematic_client *client, const schematic_create_catalog_request_body *body, schematic_catalogs_create_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_create_op, NULL, body, NULL,
                                   schematic_catalogs_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /catalogs/{catalog_id} */
static const apic_field schematic_catalogs_get_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_get_params_desc = {
    "catalogs_get_params", sizeof(schematic_catalogs_get_params), schematic_catalogs_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_get_responses[] = {
    {200, &schematic_catalogs_get_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_get_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_get_security[] = {
    {schematic_catalogs_get_security_0, 1},
};
const apic_operation schematic_catalogs_get_op = {
    "schematic_catalogs_get", "GET", "/catalogs/{catalog_id}",
    &schematic_catalogs_get_params_desc, schematic_catalogs_get_params_locs,
    NULL, NULL, false,
    schematic_catalogs_get_responses, 1,
    schematic_catalogs_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_get(schematic_client *client, const schematic_catalogs_get_params *params, schematic_catalogs_get_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_get_response *)result;
    return rc;
}

/* Calls schematic_catalogs_get_async()'s callback as its own type. */
static void schematic_catalogs_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_get_callback)typed)(user_data, rc, (schematic_catalogs_get_response *)result, err);
}

int schematic_catalogs_get_async(schematic_client *client, const schematic_catalogs_get_params *params, schematic_catalogs_get_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_get_op, params, NULL, NULL,
                                   schematic_catalogs_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /catalogs/{catalog_id} */
static const apic_field schematic_catalogs_update_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_update_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_update_params_desc = {
    "catalogs_update_params", sizeof(schematic_catalogs_update_params), schematic_catalogs_update_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_update_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_update_responses[] = {
    {200, &schematic_catalogs_update_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_update_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_update_security[] = {
    {schematic_catalogs_update_security_0, 1},
};
const apic_operation schematic_catalogs_update_op = {
    "schematic_catalogs_update", "PUT", "/catalogs/{catalog_id}",
    &schematic_catalogs_update_params_desc, schematic_catalogs_update_params_locs,
    &schematic_update_catalog_request_body_Type, "application/json", true,
    schematic_catalogs_update_responses, 1,
    schematic_catalogs_update_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_update(schematic_client *client, const schematic_catalogs_update_params *params, const schematic_update_catalog_request_body *body, schematic_catalogs_update_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_update_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_update_response *)result;
    return rc;
}

/* Calls schematic_catalogs_update_async()'s callback as its own type. */
static void schematic_catalogs_update_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_update_callback)typed)(user_data, rc, (schematic_catalogs_update_response *)result, err);
}

int schematic_catalogs_update_async(schematic_client *client, const schematic_catalogs_update_params *params, const schematic_update_catalog_request_body *body, schematic_catalogs_update_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_update_op, params, body, NULL,
                                   schematic_catalogs_update_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /catalogs/{catalog_id} */
static const apic_field schematic_catalogs_delete_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_delete_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_delete_params_desc = {
    "catalogs_delete_params", sizeof(schematic_catalogs_delete_params), schematic_catalogs_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_delete_responses[] = {
    {200, &schematic_catalogs_delete_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_delete_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_delete_security[] = {
    {schematic_catalogs_delete_security_0, 1},
};
const apic_operation schematic_catalogs_delete_op = {
    "schematic_catalogs_delete", "DELETE", "/catalogs/{catalog_id}",
    &schematic_catalogs_delete_params_desc, schematic_catalogs_delete_params_locs,
    NULL, NULL, false,
    schematic_catalogs_delete_responses, 1,
    schematic_catalogs_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_delete(schematic_client *client, const schematic_catalogs_delete_params *params, schematic_catalogs_delete_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_delete_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_delete_response *)result;
    return rc;
}

/* Calls schematic_catalogs_delete_async()'s callback as its own type. */
static void schematic_catalogs_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_delete_callback)typed)(user_data, rc, (schematic_catalogs_delete_response *)result, err);
}

int schematic_catalogs_delete_async(schematic_client *client, const schematic_catalogs_delete_params *params, schematic_catalogs_delete_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_delete_op, params, NULL, NULL,
                                   schematic_catalogs_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /catalogs/{catalog_id}/configuration */
static const apic_field schematic_catalogs_get_configuration_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_configuration_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_get_configuration_params_desc = {
    "catalogs_get_configuration_params", sizeof(schematic_catalogs_get_configuration_params), schematic_catalogs_get_configuration_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_get_configuration_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_get_configuration_responses[] = {
    {200, &schematic_catalogs_get_configuration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_get_configuration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_get_configuration_security[] = {
    {schematic_catalogs_get_configuration_security_0, 1},
};
const apic_operation schematic_catalogs_get_configuration_op = {
    "schematic_catalogs_get_configuration", "GET", "/catalogs/{catalog_id}/configuration",
    &schematic_catalogs_get_configuration_params_desc, schematic_catalogs_get_configuration_params_locs,
    NULL, NULL, false,
    schematic_catalogs_get_configuration_responses, 1,
    schematic_catalogs_get_configuration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_get_configuration(schematic_client *client, const schematic_catalogs_get_configuration_params *params, schematic_catalogs_get_configuration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_get_configuration_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_get_configuration_response *)result;
    return rc;
}

/* Calls schematic_catalogs_get_configuration_async()'s callback as its own type. */
static void schematic_catalogs_get_configuration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_get_configuration_callback)typed)(user_data, rc, (schematic_catalogs_get_configuration_response *)result, err);
}

int schematic_catalogs_get_configuration_async(schematic_client *client, const schematic_catalogs_get_configuration_params *params, schematic_catalogs_get_configuration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_get_configuration_op, params, NULL, NULL,
                                   schematic_catalogs_get_configuration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /catalogs/{catalog_id}/configuration */
static const apic_field schematic_catalogs_update_configuration_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_update_configuration_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_update_configuration_params_desc = {
    "catalogs_update_configuration_params", sizeof(schematic_catalogs_update_configuration_params), schematic_catalogs_update_configuration_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_update_configuration_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_update_configuration_responses[] = {
    {200, &schematic_catalogs_update_configuration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_update_configuration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_update_configuration_security[] = {
    {schematic_catalogs_update_configuration_security_0, 1},
};
const apic_operation schematic_catalogs_update_configuration_op = {
    "schematic_catalogs_update_configuration", "PUT", "/catalogs/{catalog_id}/configuration",
    &schematic_catalogs_update_configuration_params_desc, schematic_catalogs_update_configuration_params_locs,
    &schematic_update_catalog_configuration_request_body_Type, "application/json", true,
    schematic_catalogs_update_configuration_responses, 1,
    schematic_catalogs_update_configuration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_update_configuration(schematic_client *client, const schematic_catalogs_update_configuration_params *params, const schematic_update_catalog_configuration_request_body *body, schematic_catalogs_update_configuration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_update_configuration_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_update_configuration_response *)result;
    return rc;
}

/* Calls schematic_catalogs_update_configuration_async()'s callback as its own type. */
static void schematic_catalogs_update_configuration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_update_configuration_callback)typed)(user_data, rc, (schematic_catalogs_update_configuration_response *)result, err);
}

int schematic_catalogs_update_configuration_async(schematic_client *client, const schematic_catalogs_update_configuration_params *params, const schematic_update_catalog_configuration_request_body *body, schematic_catalogs_update_configuration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_update_configuration_op, params, body, NULL,
                                   schematic_catalogs_update_configuration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /catalogs/{catalog_id}/credit-bundles */
static const apic_field schematic_catalogs_get_credit_bundles_in_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_credit_bundles_in_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_get_credit_bundles_in_params_desc = {
    "catalogs_get_credit_bundles_in_params", sizeof(schematic_catalogs_get_credit_bundles_in_params), schematic_catalogs_get_credit_bundles_in_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_get_credit_bundles_in_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_get_credit_bundles_in_responses[] = {
    {200, &schematic_catalogs_get_credit_bundles_in_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_get_credit_bundles_in_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_get_credit_bundles_in_security[] = {
    {schematic_catalogs_get_credit_bundles_in_security_0, 1},
};
const apic_operation schematic_catalogs_get_credit_bundles_in_op = {
    "schematic_catalogs_get_credit_bundles_in", "GET", "/catalogs/{catalog_id}/credit-bundles",
    &schematic_catalogs_get_credit_bundles_in_params_desc, schematic_catalogs_get_credit_bundles_in_params_locs,
    NULL, NULL, false,
    schematic_catalogs_get_credit_bundles_in_responses, 1,
    schematic_catalogs_get_credit_bundles_in_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_get_credit_bundles_in(schematic_client *client, const schematic_catalogs_get_credit_bundles_in_params *params, schematic_catalogs_get_credit_bundles_in_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_get_credit_bundles_in_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_get_credit_bundles_in_response *)result;
    return rc;
}

/* Calls schematic_catalogs_get_credit_bundles_in_async()'s callback as its own type. */
static void schematic_catalogs_get_credit_bundles_in_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_get_credit_bundles_in_callback)typed)(user_data, rc, (schematic_catalogs_get_credit_bundles_in_response *)result, err);
}

int schematic_catalogs_get_credit_bundles_in_async(schematic_client *client, const schematic_catalogs_get_credit_bundles_in_params *params, schematic_catalogs_get_credit_bundles_in_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_get_credit_bundles_in_op, params, NULL, NULL,
                                   schematic_catalogs_get_credit_bundles_in_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id} */
static const apic_field schematic_catalogs_add_credit_bundle_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_add_credit_bundle_params, catalog_id), -1, -1, &apic_type_string},
    {"credit_bundle_id", 16, APIC_F_REQUIRED, offsetof(schematic_catalogs_add_credit_bundle_params, credit_bundle_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_add_credit_bundle_params_desc = {
    "catalogs_add_credit_bundle_params", sizeof(schematic_catalogs_add_credit_bundle_params), schematic_catalogs_add_credit_bundle_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_add_credit_bundle_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_add_credit_bundle_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_add_credit_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_add_credit_bundle_security[] = {
    {schematic_catalogs_add_credit_bundle_security_0, 1},
};
const apic_operation schematic_catalogs_add_credit_bundle_op = {
    "schematic_catalogs_add_credit_bundle", "POST", "/catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}",
    &schematic_catalogs_add_credit_bundle_params_desc, schematic_catalogs_add_credit_bundle_params_locs,
    NULL, NULL, false,
    schematic_catalogs_add_credit_bundle_responses, 1,
    schematic_catalogs_add_credit_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_add_credit_bundle(schematic_client *client, const schematic_catalogs_add_credit_bundle_params *params, schematic_error *err)
{
    return apic_call(client, &schematic_catalogs_add_credit_bundle_op, params, NULL, NULL, err);
}

/* Calls schematic_catalogs_add_credit_bundle_async()'s callback as its own type. */
static void schematic_catalogs_add_credit_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((schematic_catalogs_add_credit_bundle_callback)typed)(user_data, rc, err);
}

int schematic_catalogs_add_credit_bundle_async(schematic_client *client, const schematic_catalogs_add_credit_bundle_params *params, schematic_catalogs_add_credit_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_add_credit_bundle_op, params, NULL, NULL,
                                   schematic_catalogs_add_credit_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id} */
static const apic_field schematic_catalogs_remove_credit_bundle_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_remove_credit_bundle_params, catalog_id), -1, -1, &apic_type_string},
    {"credit_bundle_id", 16, APIC_F_REQUIRED, offsetof(schematic_catalogs_remove_credit_bundle_params, credit_bundle_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_remove_credit_bundle_params_desc = {
    "catalogs_remove_credit_bundle_params", sizeof(schematic_catalogs_remove_credit_bundle_params), schematic_catalogs_remove_credit_bundle_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_remove_credit_bundle_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_remove_credit_bundle_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_remove_credit_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_remove_credit_bundle_security[] = {
    {schematic_catalogs_remove_credit_bundle_security_0, 1},
};
const apic_operation schematic_catalogs_remove_credit_bundle_op = {
    "schematic_catalogs_remove_credit_bundle", "DELETE", "/catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}",
    &schematic_catalogs_remove_credit_bundle_params_desc, schematic_catalogs_remove_credit_bundle_params_locs,
    NULL, NULL, false,
    schematic_catalogs_remove_credit_bundle_responses, 1,
    schematic_catalogs_remove_credit_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_remove_credit_bundle(schematic_client *client, const schematic_catalogs_remove_credit_bundle_params *params, schematic_error *err)
{
    return apic_call(client, &schematic_catalogs_remove_credit_bundle_op, params, NULL, NULL, err);
}

/* Calls schematic_catalogs_remove_credit_bundle_async()'s callback as its own type. */
static void schematic_catalogs_remove_credit_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((schematic_catalogs_remove_credit_bundle_callback)typed)(user_data, rc, err);
}

int schematic_catalogs_remove_credit_bundle_async(schematic_client *client, const schematic_catalogs_remove_credit_bundle_params *params, schematic_catalogs_remove_credit_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_remove_credit_bundle_op, params, NULL, NULL,
                                   schematic_catalogs_remove_credit_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /catalogs/{catalog_id}/features */
static const apic_field schematic_catalogs_get_derived_features_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_derived_features_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_get_derived_features_params_desc = {
    "catalogs_get_derived_features_params", sizeof(schematic_catalogs_get_derived_features_params), schematic_catalogs_get_derived_features_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_get_derived_features_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_get_derived_features_responses[] = {
    {200, &schematic_catalogs_get_derived_features_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_get_derived_features_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_get_derived_features_security[] = {
    {schematic_catalogs_get_derived_features_security_0, 1},
};
const apic_operation schematic_catalogs_get_derived_features_op = {
    "schematic_catalogs_get_derived_features", "GET", "/catalogs/{catalog_id}/features",
    &schematic_catalogs_get_derived_features_params_desc, schematic_catalogs_get_derived_features_params_locs,
    NULL, NULL, false,
    schematic_catalogs_get_derived_features_responses, 1,
    schematic_catalogs_get_derived_features_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_get_derived_features(schematic_client *client, const schematic_catalogs_get_derived_features_params *params, schematic_catalogs_get_derived_features_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_get_derived_features_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_get_derived_features_response *)result;
    return rc;
}

/* Calls schematic_catalogs_get_derived_features_async()'s callback as its own type. */
static void schematic_catalogs_get_derived_features_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_get_derived_features_callback)typed)(user_data, rc, (schematic_catalogs_get_derived_features_response *)result, err);
}

int schematic_catalogs_get_derived_features_async(schematic_client *client, const schematic_catalogs_get_derived_features_params *params, schematic_catalogs_get_derived_features_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_get_derived_features_op, params, NULL, NULL,
                                   schematic_catalogs_get_derived_features_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /catalogs/{catalog_id}/plans */
static const apic_field schematic_catalogs_get_plans_in_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_plans_in_params, catalog_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_get_plans_in_params_desc = {
    "catalogs_get_plans_in_params", sizeof(schematic_catalogs_get_plans_in_params), schematic_catalogs_get_plans_in_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_get_plans_in_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_get_plans_in_responses[] = {
    {200, &schematic_catalogs_get_plans_in_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_get_plans_in_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_get_plans_in_security[] = {
    {schematic_catalogs_get_plans_in_security_0, 1},
};
const apic_operation schematic_catalogs_get_plans_in_op = {
    "schematic_catalogs_get_plans_in", "GET", "/catalogs/{catalog_id}/plans",
    &schematic_catalogs_get_plans_in_params_desc, schematic_catalogs_get_plans_in_params_locs,
    NULL, NULL, false,
    schematic_catalogs_get_plans_in_responses, 1,
    schematic_catalogs_get_plans_in_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_get_plans_in(schematic_client *client, const schematic_catalogs_get_plans_in_params *params, schematic_catalogs_get_plans_in_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_catalogs_get_plans_in_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_catalogs_get_plans_in_response *)result;
    return rc;
}

/* Calls schematic_catalogs_get_plans_in_async()'s callback as its own type. */
static void schematic_catalogs_get_plans_in_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_catalogs_get_plans_in_callback)typed)(user_data, rc, (schematic_catalogs_get_plans_in_response *)result, err);
}

int schematic_catalogs_get_plans_in_async(schematic_client *client, const schematic_catalogs_get_plans_in_params *params, schematic_catalogs_get_plans_in_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_get_plans_in_op, params, NULL, NULL,
                                   schematic_catalogs_get_plans_in_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /catalogs/{catalog_id}/plans/{plan_id} */
static const apic_field schematic_catalogs_add_plan_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_add_plan_params, catalog_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_catalogs_add_plan_params, plan_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_add_plan_params_desc = {
    "catalogs_add_plan_params", sizeof(schematic_catalogs_add_plan_params), schematic_catalogs_add_plan_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_add_plan_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_add_plan_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_add_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_add_plan_security[] = {
    {schematic_catalogs_add_plan_security_0, 1},
};
const apic_operation schematic_catalogs_add_plan_op = {
    "schematic_catalogs_add_plan", "POST", "/catalogs/{catalog_id}/plans/{plan_id}",
    &schematic_catalogs_add_plan_params_desc, schematic_catalogs_add_plan_params_locs,
    NULL, NULL, false,
    schematic_catalogs_add_plan_responses, 1,
    schematic_catalogs_add_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_add_plan(schematic_client *client, const schematic_catalogs_add_plan_params *params, schematic_error *err)
{
    return apic_call(client, &schematic_catalogs_add_plan_op, params, NULL, NULL, err);
}

/* Calls schematic_catalogs_add_plan_async()'s callback as its own type. */
static void schematic_catalogs_add_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((schematic_catalogs_add_plan_callback)typed)(user_data, rc, err);
}

int schematic_catalogs_add_plan_async(schematic_client *client, const schematic_catalogs_add_plan_params *params, schematic_catalogs_add_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_add_plan_op, params, NULL, NULL,
                                   schematic_catalogs_add_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /catalogs/{catalog_id}/plans/{plan_id} */
static const apic_field schematic_catalogs_remove_plan_params_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalogs_remove_plan_params, catalog_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_catalogs_remove_plan_params, plan_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_catalogs_remove_plan_params_desc = {
    "catalogs_remove_plan_params", sizeof(schematic_catalogs_remove_plan_params), schematic_catalogs_remove_plan_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_catalogs_remove_plan_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_catalogs_remove_plan_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_catalogs_remove_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_catalogs_remove_plan_security[] = {
    {schematic_catalogs_remove_plan_security_0, 1},
};
const apic_operation schematic_catalogs_remove_plan_op = {
    "schematic_catalogs_remove_plan", "DELETE", "/catalogs/{catalog_id}/plans/{plan_id}",
    &schematic_catalogs_remove_plan_params_desc, schematic_catalogs_remove_plan_params_locs,
    NULL, NULL, false,
    schematic_catalogs_remove_plan_responses, 1,
    schematic_catalogs_remove_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_catalogs_remove_plan(schematic_client *client, const schematic_catalogs_remove_plan_params *params, schematic_error *err)
{
    return apic_call(client, &schematic_catalogs_remove_plan_op, params, NULL, NULL, err);
}

/* Calls schematic_catalogs_remove_plan_async()'s callback as its own type. */
static void schematic_catalogs_remove_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((schematic_catalogs_remove_plan_callback)typed)(user_data, rc, err);
}

int schematic_catalogs_remove_plan_async(schematic_client *client, const schematic_catalogs_remove_plan_params *params, schematic_catalogs_remove_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_catalogs_remove_plan_op, params, NULL, NULL,
                                   schematic_catalogs_remove_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}
