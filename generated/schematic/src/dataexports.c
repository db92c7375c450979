/* Schematic: dataexports operations. Generated; do not edit. */
#include "internal.h"

/* GET /data-exports */
static const apic_field schematic_dataexports_list_data_exports_params_desc_Fields[] = {
    {"export_type", 11, 0, offsetof(schematic_dataexports_list_data_exports_params, export_type), offsetof(schematic_dataexports_list_data_exports_params, has_export_type), -1, &schematic_data_export_type_Type},
    {"status", 6, 0, offsetof(schematic_dataexports_list_data_exports_params, status), offsetof(schematic_dataexports_list_data_exports_params, has_status), -1, &schematic_data_export_status_Type},
    {"limit", 5, 0, offsetof(schematic_dataexports_list_data_exports_params, limit), offsetof(schematic_dataexports_list_data_exports_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_dataexports_list_data_exports_params, offset), offsetof(schematic_dataexports_list_data_exports_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_dataexports_list_data_exports_params_desc = {
    "dataexports_list_data_exports_params", sizeof(schematic_dataexports_list_data_exports_params), schematic_dataexports_list_data_exports_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_dataexports_list_data_exports_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_dataexports_list_data_exports_responses[] = {
    {200, &schematic_dataexports_list_data_exports_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_dataexports_list_data_exports_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_dataexports_list_data_exports_security[] = {
    {schematic_dataexports_list_data_exports_security_0, 1},
};
const apic_operation schematic_dataexports_list_data_exports_op = {
    "schematic_dataexports_list_data_exports", "GET", "/data-exports",
    &schematic_dataexports_list_data_exports_params_desc, schematic_dataexports_list_data_exports_params_locs,
    NULL, NULL, false,
    schematic_dataexports_list_data_exports_responses, 1,
    schematic_dataexports_list_data_exports_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_dataexports_list_data_exports(schematic_client *client, const schematic_dataexports_list_data_exports_params *params, schematic_dataexports_list_data_exports_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_dataexports_list_data_exports_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_dataexports_list_data_exports_response *)result;
    return rc;
}

/* Calls schematic_dataexports_list_data_exports_async()'s callback as its own type. */
static void schematic_dataexports_list_data_exports_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_dataexports_list_data_exports_callback)typed)(user_data, rc, (schematic_dataexports_list_data_exports_response *)result, err);
}

int schematic_dataexports_list_data_exports_async(schematic_client *client, const schematic_dataexports_list_data_exports_params *params, schematic_dataexports_list_data_exports_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_dataexports_list_data_exports_op, params, NULL, NULL,
                                   schematic_dataexports_list_data_exports_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_dataexports_list_data_exports_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_dataexports_list_data_exports_iter_new(schematic_client *client, const schematic_dataexports_list_data_exports_params *params, schematic_dataexports_list_data_exports_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_dataexports_list_data_exports_op, &schematic_dataexports_list_data_exports_pagination, params, out, err);
}

int schematic_dataexports_list_data_exports_iter_next(schematic_dataexports_list_data_exports_iter *it, const schematic_data_export_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_data_export_response_data *)next;
    return rc;
}

void schematic_dataexports_list_data_exports_iter_free(schematic_dataexports_list_data_exports_iter *it)
{
    apic_pager_free(it);
}

/* POST /data-exports */
static const apic_response schematic_dataexports_create_data_export_responses[] = {
    {201, &schematic_dataexports_create_data_export_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_dataexports_create_data_export_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_dataexports_create_data_export_security[] = {
    {schematic_dataexports_create_data_export_security_0, 1},
};
const apic_operation schematic_dataexports_create_data_export_op = {
    "schematic_dataexports_create_data_export", "POST", "/data-exports",
    NULL, NULL,
    &schematic_create_data_export_request_body_Type, "application/json", true,
    schematic_dataexports_create_data_export_responses, 1,
    schematic_dataexports_create_data_export_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_dataexports_create_data_export(schematic_client *client, const schematic_create_data_export_request_body *body, schematic_dataexports_create_data_export_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_dataexports_create_data_export_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_dataexports_create_data_export_response *)result;
    return rc;
}

/* Calls schematic_dataexports_create_data_export_async()'s callback as its own type. */
static void schematic_dataexports_create_data_export_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_dataexports_create_data_export_callback)typed)(user_data, rc, (schematic_dataexports_create_data_export_response *)result, err);
}

int schematic_dataexports_create_data_export_async(schematic_client *client, const schematic_create_data_export_request_body *body, schematic_dataexports_create_data_export_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_dataexports_create_data_export_op, NULL, body, NULL,
                                   schematic_dataexports_create_data_export_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /data-exports/{data_export_id} */
static const apic_field schematic_dataexports_get_data_export_params_desc_Fields[] = {
    {"data_export_id", 14, APIC_F_REQUIRED, offsetof(schematic_dataexports_get_data_export_params, data_export_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_dataexports_get_data_export_params_desc = {
    "dataexports_get_data_export_params", sizeof(schematic_dataexports_get_data_export_params), schematic_dataexports_get_data_export_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_dataexports_get_data_export_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_dataexports_get_data_export_responses[] = {
    {200, &schematic_dataexports_get_data_export_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_dataexports_get_data_export_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_dataexports_get_data_export_security[] = {
    {schematic_dataexports_get_data_export_security_0, 1},
};
const apic_operation schematic_dataexports_get_data_export_op = {
    "schematic_dataexports_get_data_export", "GET", "/data-exports/{data_export_id}",
    &schematic_dataexports_get_data_export_params_desc, schematic_dataexports_get_data_export_params_locs,
    NULL, NULL, false,
    schematic_dataexports_get_data_export_responses, 1,
    schematic_dataexports_get_data_export_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_dataexports_get_data_export(schematic_client *client, const schematic_dataexports_get_data_export_params *params, schematic_dataexports_get_data_export_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_dataexports_get_data_export_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_dataexports_get_data_export_response *)result;
    return rc;
}

/* Calls schematic_dataexports_get_data_export_async()'s callback as its own type. */
static void schematic_dataexports_get_data_export_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_dataexports_get_data_export_callback)typed)(user_data, rc, (schematic_dataexports_get_data_export_response *)result, err);
}

int schematic_dataexports_get_data_export_async(schematic_client *client, const schematic_dataexports_get_data_export_params *params, schematic_dataexports_get_data_export_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_dataexports_get_data_export_op, params, NULL, NULL,
                                   schematic_dataexports_get_data_export_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /data-exports/{data_export_id}/artifact */
static const apic_field schematic_dataexports_get_data_export_artifact_params_desc_Fields[] = {
    {"data_export_id", 14, APIC_F_REQUIRED, offsetof(schematic_dataexports_get_data_export_artifact_params, data_export_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_dataexports_get_data_export_artifact_params_desc = {
    "dataexports_get_data_export_artifact_params", sizeof(schematic_dataexports_get_data_export_artifact_params), schematic_dataexports_get_data_export_artifact_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_dataexports_get_data_export_artifact_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_dataexports_get_data_export_artifact_responses[] = {
    {200, &apic_type_string, "text/csv", APIC_RESPONSE_TEXT},
};
static const apic_security_scheme *const schematic_dataexports_get_data_export_artifact_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_dataexports_get_data_export_artifact_security[] = {
    {schematic_dataexports_get_data_export_artifact_security_0, 1},
};
const apic_operation schematic_dataexports_get_data_export_artifact_op = {
    "schematic_dataexports_get_data_export_artifact", "GET", "/data-exports/{data_export_id}/artifact",
    &schematic_dataexports_get_data_export_artifact_params_desc, schematic_dataexports_get_data_export_artifact_params_locs,
    NULL, NULL, false,
    schematic_dataexports_get_data_export_artifact_responses, 1,
    schematic_dataexports_get_data_export_artifact_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_dataexports_get_data_export_artifact(schematic_client *client, const schematic_dataexports_get_data_export_artifact_params *params, char **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_dataexports_get_data_export_artifact_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (char *)result;
    return rc;
}

/* Calls schematic_dataexports_get_data_export_artifact_async()'s callback as its own type. */
static void schematic_dataexports_get_data_export_artifact_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_dataexports_get_data_export_artifact_callback)typed)(user_data, rc, (char *)result, err);
}

int schematic_dataexports_get_data_export_artifact_async(schematic_client *client, const schematic_dataexports_get_data_export_artifact_params *params, schematic_dataexports_get_data_export_artifact_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_dataexports_get_data_export_artifact_op, params, NULL, NULL,
                                   schematic_dataexports_get_data_export_artifact_adapt, (apic_async_fn)callback, user_data, call, err);
}
