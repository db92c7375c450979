/* Schematic: components operations. Generated; do not edit. */
#include "internal.h"

/* GET /components */
static const apic_field schematic_components_list_params_desc_Fields[] = {
    {"q", 1, 0, offsetof(schematic_components_list_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_components_list_params, limit), offsetof(schematic_components_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_components_list_params, offset), offsetof(schematic_components_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_components_list_params_desc = {
    "components_list_params", sizeof(schematic_components_list_params), schematic_components_list_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_components_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_components_list_responses[] = {
    {200, &schematic_components_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_list_security[] = {
    {schematic_components_list_security_0, 1},
};
const apic_operation schematic_components_list_op = {
    "schematic_components_list", "GET", "/components",
    &schematic_components_list_params_desc, schematic_components_list_params_locs,
    NULL, NULL, false,
    schematic_components_list_responses, 1,
    schematic_components_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_list(schematic_client *client, const schematic_components_list_params *params, schematic_components_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_list_response *)result;
    return rc;
}

/* Calls schematic_components_list_async()'s callback as its own type. */
static void schematic_components_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_list_callback)typed)(user_data, rc, (schematic_components_list_response *)result, err);
}

int schematic_components_list_async(schematic_client *client, const schematic_components_list_params *params, schematic_components_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_list_op, params, NULL, NULL,
                                   schematic_components_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_components_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_components_list_iter_new(schematic_client *client, const schematic_components_list_params *params, schematic_components_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_components_list_op, &schematic_components_list_pagination, params, out, err);
}

int schematic_components_list_iter_next(schematic_components_list_iter *it, const schematic_component_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_component_response_data *)next;
    return rc;
}

void schematic_components_list_iter_free(schematic_components_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /components */
static const apic_response schematic_components_create_responses[] = {
    {201, &schematic_components_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_create_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_create_security[] = {
    {schematic_components_create_security_0, 1},
};
const apic_operation schematic_components_create_op = {
    "schematic_components_create", "POST", "/components",
    NULL, NULL,
    &schematic_create_component_request_body_Type, "application/json", true,
    schematic_components_create_responses, 1,
    schematic_components_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_create(schematic_client *client, const schematic_create_component_request_body *body, schematic_components_create_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_create_response *)result;
    return rc;
}

/* Calls schematic_components_create_async()'s callback as its own type. */
static void schematic_components_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_create_callback)typed)(user_data, rc, (schematic_components_create_response *)result, err);
}

int schematic_components_create_async(schematic_client *client, const schematic_create_component_request_body *body, schematic_components_create_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_create_op, NULL, body, NULL,
                                   schematic_components_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /components/{component_id} */
static const apic_field schematic_components_get_params_desc_Fields[] = {
    {"component_id", 12, APIC_F_REQUIRED, offsetof(schematic_components_get_params, component_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_components_get_params_desc = {
    "components_get_params", sizeof(schematic_components_get_params), schematic_components_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_components_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_components_get_responses[] = {
    {200, &schematic_components_get_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_get_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_get_security[] = {
    {schematic_components_get_security_0, 1},
};
const apic_operation schematic_components_get_op = {
    "schematic_components_get", "GET", "/components/{component_id}",
    &schematic_components_get_params_desc, schematic_components_get_params_locs,
    NULL, NULL, false,
    schematic_components_get_responses, 1,
    schematic_components_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_get(schematic_client *client, const schematic_components_get_params *params, schematic_components_get_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_get_response *)result;
    return rc;
}

/* Calls schematic_components_get_async()'s callback as its own type. */
static void schematic_components_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_get_callback)typed)(user_data, rc, (schematic_components_get_response *)result, err);
}

int schematic_components_get_async(schematic_client *client, const schematic_components_get_params *params, schematic_components_get_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_get_op, params, NULL, NULL,
                                   schematic_components_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /components/{component_id} */
static const apic_field schematic_components_update_params_desc_Fields[] = {
    {"component_id", 12, APIC_F_REQUIRED, offsetof(schematic_components_update_params, component_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_components_update_params_desc = {
    "components_update_params", sizeof(schematic_components_update_params), schematic_components_update_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_components_update_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_components_update_responses[] = {
    {200, &schematic_components_update_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_update_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_update_security[] = {
    {schematic_components_update_security_0, 1},
};
const apic_operation schematic_components_update_op = {
    "schematic_components_update", "PUT", "/components/{component_id}",
    &schematic_components_update_params_desc, schematic_components_update_params_locs,
    &schematic_update_component_request_body_Type, "application/json", true,
    schematic_components_update_responses, 1,
    schematic_components_update_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_update(schematic_client *client, const schematic_components_update_params *params, const schematic_update_component_request_body *body, schematic_components_update_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_update_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_update_response *)result;
    return rc;
}

/* Calls schematic_components_update_async()'s callback as its own type. */
static void schematic_components_update_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_update_callback)typed)(user_data, rc, (schematic_components_update_response *)result, err);
}

int schematic_components_update_async(schematic_client *client, const schematic_components_update_params *params, const schematic_update_component_request_body *body, schematic_components_update_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_update_op, params, body, NULL,
                                   schematic_components_update_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /components/{component_id} */
static const apic_field schematic_components_delete_params_desc_Fields[] = {
    {"component_id", 12, APIC_F_REQUIRED, offsetof(schematic_components_delete_params, component_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_components_delete_params_desc = {
    "components_delete_params", sizeof(schematic_components_delete_params), schematic_components_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_components_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_components_delete_responses[] = {
    {200, &schematic_components_delete_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_delete_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_delete_security[] = {
    {schematic_components_delete_security_0, 1},
};
const apic_operation schematic_components_delete_op = {
    "schematic_components_delete", "DELETE", "/components/{component_id}",
    &schematic_components_delete_params_desc, schematic_components_delete_params_locs,
    NULL, NULL, false,
    schematic_components_delete_responses, 1,
    schematic_components_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_delete(schematic_client *client, const schematic_components_delete_params *params, schematic_components_delete_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_delete_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_delete_response *)result;
    return rc;
}

/* Calls schematic_components_delete_async()'s callback as its own type. */
static void schematic_components_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_delete_callback)typed)(user_data, rc, (schematic_components_delete_response *)result, err);
}

int schematic_components_delete_async(schematic_client *client, const schematic_components_delete_params *params, schematic_components_delete_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_delete_op, params, NULL, NULL,
                                   schematic_components_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /components/{component_id}/catalog */
static const apic_field schematic_components_bind_catalog_params_desc_Fields[] = {
    {"component_id", 12, APIC_F_REQUIRED, offsetof(schematic_components_bind_catalog_params, component_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_components_bind_catalog_params_desc = {
    "components_bind_catalog_params", sizeof(schematic_components_bind_catalog_params), schematic_components_bind_catalog_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_components_bind_catalog_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_components_bind_catalog_responses[] = {
    {200, &schematic_components_bind_catalog_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_bind_catalog_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_bind_catalog_security[] = {
    {schematic_components_bind_catalog_security_0, 1},
};
const apic_operation schematic_components_bind_catalog_op = {
    "schematic_components_bind_catalog", "PUT", "/components/{component_id}/catalog",
    &schematic_components_bind_catalog_params_desc, schematic_components_bind_catalog_params_locs,
    &schematic_bind_catalog_request_body_Type, "application/json", true,
    schematic_components_bind_catalog_responses, 1,
    schematic_components_bind_catalog_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_bind_catalog(schematic_client *client, const schematic_components_bind_catalog_params *params, const schematic_bind_catalog_request_body *body, schematic_components_bind_catalog_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_bind_catalog_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_bind_catalog_response *)result;
    return rc;
}

/* Calls schematic_components_bind_catalog_async()'s callback as its own type. */
static void schematic_components_bind_catalog_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_bind_catalog_callback)typed)(user_data, rc, (schematic_components_bind_catalog_response *)result, err);
}

int schematic_components_bind_catalog_async(schematic_client *client, const schematic_components_bind_catalog_params *params, const schematic_bind_catalog_request_body *body, schematic_components_bind_catalog_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_bind_catalog_op, params, body, NULL,
                                   schematic_components_bind_catalog_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /components/count */
static const apic_field schematic_components_count_params_desc_Fields[] = {
    {"q", 1, 0, offsetof(schematic_components_count_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_components_count_params, limit), offsetof(schematic_components_count_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_components_count_params, offset), offsetof(schematic_components_count_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_components_count_params_desc = {
    "components_count_params", sizeof(schematic_components_count_params), schematic_components_count_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_components_count_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_components_count_responses[] = {
    {200, &schematic_components_count_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_count_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_count_security[] = {
    {schematic_components_count_security_0, 1},
};
const apic_operation schematic_components_count_op = {
    "schematic_components_count", "GET", "/components/count",
    &schematic_components_count_params_desc, schematic_components_count_params_locs,
    NULL, NULL, false,
    schematic_components_count_responses, 1,
    schematic_components_count_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_count(schematic_client *client, const schematic_components_count_params *params, schematic_components_count_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_count_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_count_response *)result;
    return rc;
}

/* Calls schematic_components_count_async()'s callback as its own type. */
static void schematic_components_count_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_count_callback)typed)(user_data, rc, (schematic_components_count_response *)result, err);
}

int schematic_components_count_async(schematic_client *client, const schematic_components_count_params *params, schematic_components_count_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_count_op, params, NULL, NULL,
                                   schematic_components_count_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /components/preview-data */
static const apic_field schematic_components_preview_data_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_components_preview_data_params, company_id), -1, -1, &apic_type_string},
    {"component_id", 12, 0, offsetof(schematic_components_preview_data_params, component_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_components_preview_data_params_desc = {
    "components_preview_data_params", sizeof(schematic_components_preview_data_params), schematic_components_preview_data_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_components_preview_data_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_components_preview_data_responses[] = {
    {200, &schematic_components_preview_data_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_components_preview_data_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_components_preview_data_security[] = {
    {schematic_components_preview_data_security_0, 1},
};
const apic_operation schematic_components_preview_data_op = {
    "schematic_components_preview_data", "GET", "/components/preview-data",
    &schematic_components_preview_data_params_desc, schematic_components_preview_data_params_locs,
    NULL, NULL, false,
    schematic_components_preview_data_responses, 1,
    schematic_components_preview_data_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_components_preview_data(schematic_client *client, const schematic_components_preview_data_params *params, schematic_components_preview_data_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_components_preview_data_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_components_preview_data_response *)result;
    return rc;
}

/* Calls schematic_components_preview_data_async()'s callback as its own type. */
static void schematic_components_preview_data_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_components_preview_data_callback)typed)(user_data, rc, (schematic_components_preview_data_response *)result, err);
}

int schematic_components_preview_data_async(schematic_client *client, const schematic_components_preview_data_params *params, schematic_components_preview_data_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_components_preview_data_op, params, NULL, NULL,
                                   schematic_components_preview_data_adapt, (apic_async_fn)callback, user_data, call, err);
}
