/* SuprSend: operations operations. Generated; do not edit. */
#include "internal.h"

/* POST /event/ */
static const apic_response suprsend_event_api_responses[] = {
    {202, &suprsend_event_api_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_event_api_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_event_api_security[] = {
    {suprsend_event_api_security_0, 1},
};
const apic_operation suprsend_event_api_op = {
    "suprsend_event_api", "POST", "/event/",
    NULL, NULL,
    &suprsend_event_api_request_Type, "application/json", false,
    suprsend_event_api_responses, 1,
    suprsend_event_api_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_event_api(suprsend_client *client, const suprsend_event_api_request *body, suprsend_event_api_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_event_api_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_event_api_response *)result;
    return rc;
}

/* Calls suprsend_event_api_async()'s callback as its own type. */
static void suprsend_event_api_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_event_api_callback)typed)(user_data, rc, (suprsend_event_api_response *)result, err);
}

int suprsend_event_api_async(suprsend_client *client, const suprsend_event_api_request *body, suprsend_event_api_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_event_api_op, NULL, body, NULL,
                                   suprsend_event_api_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/tenant/{tenant_id}/ */
static const apic_field suprsend_get_tenant_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_get_tenant_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_tenant_params_desc = {
    "get_tenant_params", sizeof(suprsend_get_tenant_params), suprsend_get_tenant_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_tenant_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_tenant_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_tenant_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_tenant_security[] = {
    {suprsend_get_tenant_security_0, 1},
};
const apic_operation suprsend_get_tenant_op = {
    "suprsend_get_tenant", "GET", "/v1/tenant/{tenant_id}/",
    &suprsend_get_tenant_params_desc, suprsend_get_tenant_params_locs,
    NULL, NULL, false,
    suprsend_get_tenant_responses, 1,
    suprsend_get_tenant_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_tenant(suprsend_client *client, const suprsend_get_tenant_params *params, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_tenant_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_get_tenant_async()'s callback as its own type. */
static void suprsend_get_tenant_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_tenant_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_get_tenant_async(suprsend_client *client, const suprsend_get_tenant_params *params, suprsend_get_tenant_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_tenant_op, params, NULL, NULL,
                                   suprsend_get_tenant_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/tenant/{tenant_id}/ */
static const apic_field suprsend_create_tenants_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_create_tenants_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_tenants_params_desc = {
    "create_tenants_params", sizeof(suprsend_create_tenants_params), suprsend_create_tenants_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_tenants_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_create_tenants_responses[] = {
    {201, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_tenants_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_create_tenants_security[] = {
    {suprsend_create_tenants_security_0, 1},
};
const apic_operation suprsend_create_tenants_op = {
    "suprsend_create_tenants", "POST", "/v1/tenant/{tenant_id}/",
    &suprsend_create_tenants_params_desc, suprsend_create_tenants_params_locs,
    &suprsend_create_tenants_request_Type, "application/json", false,
    suprsend_create_tenants_responses, 1,
    suprsend_create_tenants_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_create_tenants(suprsend_client *client, const suprsend_create_tenants_params *params, const suprsend_create_tenants_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_tenants_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_create_tenants_async()'s callback as its own type. */
static void suprsend_create_tenants_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_tenants_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_create_tenants_async(suprsend_client *client, const suprsend_create_tenants_params *params, const suprsend_create_tenants_request *body, suprsend_create_tenants_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_tenants_op, params, body, NULL,
                                   suprsend_create_tenants_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/tenant/{tenant_id}/ */
static const apic_field suprsend_delete_tenant_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_delete_tenant_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_tenant_params_desc = {
    "delete_tenant_params", sizeof(suprsend_delete_tenant_params), suprsend_delete_tenant_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_tenant_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_tenant_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_tenant_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_delete_tenant_security[] = {
    {suprsend_delete_tenant_security_0, 1},
};
const apic_operation suprsend_delete_tenant_op = {
    "suprsend_delete_tenant", "DELETE", "/v1/tenant/{tenant_id}/",
    &suprsend_delete_tenant_params_desc, suprsend_delete_tenant_params_locs,
    NULL, NULL, false,
    suprsend_delete_tenant_responses, 1,
    suprsend_delete_tenant_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_delete_tenant(suprsend_client *client, const suprsend_delete_tenant_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_delete_tenant_op, params, NULL, NULL, err);
}

/* Calls suprsend_delete_tenant_async()'s callback as its own type. */
static void suprsend_delete_tenant_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_delete_tenant_callback)typed)(user_data, rc, err);
}

int suprsend_delete_tenant_async(suprsend_client *client, const suprsend_delete_tenant_params *params, suprsend_delete_tenant_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_tenant_op, params, NULL, NULL,
                                   suprsend_delete_tenant_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/tenant/ */
static const apic_field suprsend_get_tenant_list_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(suprsend_get_tenant_list_params, limit), offsetof(suprsend_get_tenant_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_tenant_list_params, offset), offsetof(suprsend_get_tenant_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc suprsend_get_tenant_list_params_desc = {
    "get_tenant_list_params", sizeof(suprsend_get_tenant_list_params), suprsend_get_tenant_list_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_tenant_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_tenant_list_responses[] = {
    {200, &suprsend_get_tenant_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_tenant_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_tenant_list_security[] = {
    {suprsend_get_tenant_list_security_0, 1},
};
const apic_operation suprsend_get_tenant_list_op = {
    "suprsend_get_tenant_list", "GET", "/v1/tenant/",
    &suprsend_get_tenant_list_params_desc, suprsend_get_tenant_list_params_locs,
    NULL, NULL, false,
    suprsend_get_tenant_list_responses, 1,
    suprsend_get_tenant_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_tenant_list(suprsend_client *client, const suprsend_get_tenant_list_params *params, suprsend_get_tenant_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_tenant_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_tenant_list_response *)result;
    return rc;
}

/* Calls suprsend_get_tenant_list_async()'s callback as its own type. */
static void suprsend_get_tenant_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_tenant_list_callback)typed)(user_data, rc, (suprsend_get_tenant_list_response *)result, err);
}

int suprsend_get_tenant_list_async(suprsend_client *client, const suprsend_get_tenant_list_params *params, suprsend_get_tenant_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_tenant_list_op, params, NULL, NULL,
                                   suprsend_get_tenant_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received, up to 'meta.count' */
static const apic_pagination suprsend_get_tenant_list_pagination = {
    APIC_PAGE_OFFSET, "results", "offset", "limit",
    "meta.count", NULL, NULL, NULL, 1
};

int suprsend_get_tenant_list_iter_new(suprsend_client *client, const suprsend_get_tenant_list_params *params, suprsend_get_tenant_list_iter **out, suprsend_error *err)
{
    return apic_pager_new(client, &suprsend_get_tenant_list_op, &suprsend_get_tenant_list_pagination, params, out, err);
}

int suprsend_get_tenant_list_iter_next(suprsend_get_tenant_list_iter *it, const suprsend_get_tenant_list_response_results_item **item, suprsend_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const suprsend_get_tenant_list_response_results_item *)next;
    return rc;
}

void suprsend_get_tenant_list_iter_free(suprsend_get_tenant_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /v1/subscriber_list/{list_id}/subscriber/remove/ */
static const apic_field suprsend_remove_users_from_list_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_remove_users_from_list_params, list_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_remove_users_from_list_params_desc = {
    "remove_users_from_list_params", sizeof(suprsend_remove_users_from_list_params), suprsend_remove_users_from_list_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_remove_users_from_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_remove_users_from_list_responses[] = {
    {201, &suprsend_remove_users_from_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_remove_users_from_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_remove_users_from_list_security[] = {
    {suprsend_remove_users_from_list_security_0, 1},
};
const apic_operation suprsend_remove_users_from_list_op = {
    "suprsend_remove_users_from_list", "POST", "/v1/subscriber_list/{list_id}/subscriber/remove/",
    &suprsend_remove_users_from_list_params_desc, suprsend_remove_users_from_list_params_locs,
    &suprsend_remove_users_from_list_request_Type, "application/json", false,
    suprsend_remove_users_from_list_responses, 1,
    suprsend_remove_users_from_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_remove_users_from_list(suprsend_client *client, const suprsend_remove_users_from_list_params *params, const suprsend_remove_users_from_list_request *body, suprsend_remove_users_from_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_remove_users_from_list_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_remove_users_from_list_response *)result;
    return rc;
}

/* Calls suprsend_remove_users_from_list_async()'s callback as its own type. */
static void suprsend_remove_users_from_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_remove_users_from_list_callback)typed)(user_data, rc, (suprsend_remove_users_from_list_response *)result, err);
}

int suprsend_remove_users_from_list_async(suprsend_client *client, const suprsend_remove_users_from_list_params *params, const suprsend_remove_users_from_list_request *body, suprsend_remove_users_from_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_remove_users_from_list_op, params, body, NULL,
                                   suprsend_remove_users_from_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/subscriber_list/ */
static const apic_field suprsend_get_all_lists_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(suprsend_get_all_lists_params, limit), offsetof(suprsend_get_all_lists_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_all_lists_params, offset), offsetof(suprsend_get_all_lists_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc suprsend_get_all_lists_params_desc = {
    "get_all_lists_params", sizeof(suprsend_get_all_lists_params), suprsend_get_all_lists_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_all_lists_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_all_lists_responses[] = {
    {200, &suprsend_get_all_lists_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_all_lists_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_all_lists_security[] = {
    {suprsend_get_all_lists_security_0, 1},
};
const apic_operation suprsend_get_all_lists_op = {
    "suprsend_get_all_lists", "GET", "/v1/subscriber_list/",
    &suprsend_get_all_lists_params_desc, suprsend_get_all_lists_params_locs,
    NULL, NULL, false,
    suprsend_get_all_lists_responses, 1,
    suprsend_get_all_lists_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_all_lists(suprsend_client *client, const suprsend_get_all_lists_params *params, suprsend_get_all_lists_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_all_lists_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_all_lists_response *)result;
    return rc;
}

/* Calls suprsend_get_all_lists_async()'s callback as its own type. */
static void suprsend_get_all_lists_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_all_lists_callback)typed)(user_data, rc, (suprsend_get_all_lists_response *)result, err);
}

int suprsend_get_all_lists_async(suprsend_client *client, const suprsend_get_all_lists_params *params, suprsend_get_all_lists_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_all_lists_op, params, NULL, NULL,
                                   suprsend_get_all_lists_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/subscriber_list/ */
static const apic_response suprsend_create_list_responses[] = {
    {201, &suprsend_create_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_create_list_security[] = {
    {suprsend_create_list_security_0, 1},
};
const apic_operation suprsend_create_list_op = {
    "suprsend_create_list", "POST", "/v1/subscriber_list/",
    NULL, NULL,
    &suprsend_create_list_request_Type, "application/json", false,
    suprsend_create_list_responses, 1,
    suprsend_create_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_create_list(suprsend_client *client, const suprsend_create_list_request *body, suprsend_create_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_list_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_create_list_response *)result;
    return rc;
}

/* Calls suprsend_create_list_async()'s callback as its own type. */
static void suprsend_create_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_list_callback)typed)(user_data, rc, (suprsend_create_list_response *)result, err);
}

int suprsend_create_list_async(suprsend_client *client, const suprsend_create_list_request *body, suprsend_create_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_list_op, NULL, body, NULL,
                                   suprsend_create_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /{workspace_key}/trigger/ */
static const apic_field suprsend_dynamic_workflow_trigger_params_desc_Fields[] = {
    {"workspace_key", 13, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_params, workspace_key), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_dynamic_workflow_trigger_params_desc = {
    "dynamic_workflow_trigger_params", sizeof(suprsend_dynamic_workflow_trigger_params), suprsend_dynamic_workflow_trigger_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_dynamic_workflow_trigger_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_dynamic_workflow_trigger_responses[] = {
    {202, &apic_type_string, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_dynamic_workflow_trigger_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_dynamic_workflow_trigger_security[] = {
    {suprsend_dynamic_workflow_trigger_security_0, 1},
};
const apic_operation suprsend_dynamic_workflow_trigger_op = {
    "suprsend_dynamic_workflow_trigger", "POST", "/{workspace_key}/trigger/",
    &suprsend_dynamic_workflow_trigger_params_desc, suprsend_dynamic_workflow_trigger_params_locs,
    &suprsend_dynamic_workflow_trigger_request_Type, "application/json", false,
    suprsend_dynamic_workflow_trigger_responses, 1,
    suprsend_dynamic_workflow_trigger_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_dynamic_workflow_trigger(suprsend_client *client, const suprsend_dynamic_workflow_trigger_params *params, const suprsend_dynamic_workflow_trigger_request *body, char **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_dynamic_workflow_trigger_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (char *)result;
    return rc;
}

/* Calls suprsend_dynamic_workflow_trigger_async()'s callback as its own type. */
static void suprsend_dynamic_workflow_trigger_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_dynamic_workflow_trigger_callback)typed)(user_data, rc, (char *)result, err);
}

int suprsend_dynamic_workflow_trigger_async(suprsend_client *client, const suprsend_dynamic_workflow_trigger_params *params, const suprsend_dynamic_workflow_trigger_request *body, suprsend_dynamic_workflow_trigger_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_dynamic_workflow_trigger_op, params, body, NULL,
                                   suprsend_dynamic_workflow_trigger_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/{distinct_id}/preference/category/ */
static const apic_field suprsend_get_user_preference_all_categories_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_get_user_preference_all_categories_params, distinct_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_get_user_preference_all_categories_params, tenant_id), -1, -1, &apic_type_string},
    {"show_opt_out_channels", 21, 0, offsetof(suprsend_get_user_preference_all_categories_params, show_opt_out_channels), offsetof(suprsend_get_user_preference_all_categories_params, has_show_opt_out_channels), -1, &apic_type_bool},
    {"tags", 4, 0, offsetof(suprsend_get_user_preference_all_categories_params, tags), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_user_preference_all_categories_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_user_preference_all_categories_params_desc = {
    "get_user_preference_all_categories_params", sizeof(suprsend_get_user_preference_all_categories_params), suprsend_get_user_preference_all_categories_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_user_preference_all_categories_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_user_preference_all_categories_responses[] = {
    {200, &suprsend_get_user_preference_all_categories_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_user_preference_all_categories_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_user_preference_all_categories_security[] = {
    {suprsend_get_user_preference_all_categories_security_0, 1},
};
const apic_operation suprsend_get_user_preference_all_categories_op = {
    "suprsend_get_user_preference_all_categories", "GET", "/v1/user/{distinct_id}/preference/category/",
    &suprsend_get_user_preference_all_categories_params_desc, suprsend_get_user_preference_all_categories_params_locs,
    NULL, NULL, false,
    suprsend_get_user_preference_all_categories_responses, 1,
    suprsend_get_user_preference_all_categories_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_user_preference_all_categories(suprsend_client *client, const suprsend_get_user_preference_all_categories_params *params, suprsend_get_user_preference_all_categories_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_user_preference_all_categories_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_user_preference_all_categories_response *)result;
    return rc;
}

/* Calls suprsend_get_user_preference_all_categories_async()'s callback as its own type. */
static void suprsend_get_user_preference_all_categories_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_user_preference_all_categories_callback)typed)(user_data, rc, (suprsend_get_user_preference_all_categories_response *)result, err);
}

int suprsend_get_user_preference_all_categories_async(suprsend_client *client, const suprsend_get_user_preference_all_categories_params *params, suprsend_get_user_preference_all_categories_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_user_preference_all_categories_op, params, NULL, NULL,
                                   suprsend_get_user_preference_all_categories_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/subscriber_list/{list_id}/subscriber/add/ */
static const apic_field suprsend_add_subscribers_to_list_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_add_subscribers_to_list_params, list_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_add_subscribers_to_list_params_desc = {
    "add_subscribers_to_list_params", sizeof(suprsend_add_subscribers_to_list_params), suprsend_add_subscribers_to_list_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_add_subscribers_to_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_add_subscribers_to_list_responses[] = {
    {201, &suprsend_add_subscribers_to_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_add_subscribers_to_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_add_subscribers_to_list_security[] = {
    {suprsend_add_subscribers_to_list_security_0, 1},
};
const apic_operation suprsend_add_subscribers_to_list_op = {
    "suprsend_add_subscribers_to_list", "POST", "/v1/subscriber_list/{list_id}/subscriber/add/",
    &suprsend_add_subscribers_to_list_params_desc, suprsend_add_subscribers_to_list_params_locs,
    &suprsend_add_subscribers_to_list_request_Type, "application/json", false,
    suprsend_add_subscribers_to_list_responses, 1,
    suprsend_add_subscribers_to_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_add_subscribers_to_list(suprsend_client *client, const suprsend_add_subscribers_to_list_params *params, const suprsend_add_subscribers_to_list_request *body, suprsend_add_subscribers_to_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_add_subscribers_to_list_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_add_subscribers_to_list_response *)result;
    return rc;
}

/* Calls suprsend_add_subscribers_to_list_async()'s callback as its own type. */
static void suprsend_add_subscribers_to_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_add_subscribers_to_list_callback)typed)(user_data, rc, (suprsend_add_subscribers_to_list_response *)result, err);
}

int suprsend_add_subscribers_to_list_async(suprsend_client *client, const suprsend_add_subscribers_to_list_params *params, const suprsend_add_subscribers_to_list_request *body, suprsend_add_subscribers_to_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_add_subscribers_to_list_op, params, body, NULL,
                                   suprsend_add_subscribers_to_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/subscriber_list/{list_id}/ */
static const apic_field suprsend_get_list_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_get_list_params, list_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_list_params_desc = {
    "get_list_params", sizeof(suprsend_get_list_params), suprsend_get_list_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_list_responses[] = {
    {200, &suprsend_get_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_list_security[] = {
    {suprsend_get_list_security_0, 1},
};
const apic_operation suprsend_get_list_op = {
    "suprsend_get_list", "GET", "/v1/subscriber_list/{list_id}/",
    &suprsend_get_list_params_desc, suprsend_get_list_params_locs,
    NULL, NULL, false,
    suprsend_get_list_responses, 1,
    suprsend_get_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_list(suprsend_client *client, const suprsend_get_list_params *params, suprsend_get_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_list_response *)result;
    return rc;
}

/* Calls suprsend_get_list_async()'s callback as its own type. */
static void suprsend_get_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_list_callback)typed)(user_data, rc, (suprsend_get_list_response *)result, err);
}

int suprsend_get_list_async(suprsend_client *client, const suprsend_get_list_params *params, suprsend_get_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_list_op, params, NULL, NULL,
                                   suprsend_get_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /{workspace_key}/broadcast/ */
static const apic_field suprsend_trigger_broadcast_params_desc_Fields[] = {
    {"workspace_key", 13, APIC_F_REQUIRED, offsetof(suprsend_trigger_broadcast_params, workspace_key), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_trigger_broadcast_params_desc = {
    "trigger_broadcast_params", sizeof(suprsend_trigger_broadcast_params), suprsend_trigger_broadcast_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_trigger_broadcast_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_trigger_broadcast_responses[] = {
    {202, &suprsend_trigger_broadcast_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_trigger_broadcast_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_trigger_broadcast_security[] = {
    {suprsend_trigger_broadcast_security_0, 1},
};
const apic_operation suprsend_trigger_broadcast_op = {
    "suprsend_trigger_broadcast", "POST", "/{workspace_key}/broadcast/",
    &suprsend_trigger_broadcast_params_desc, suprsend_trigger_broadcast_params_locs,
    &suprsend_trigger_broadcast_request_Type, "application/json", false,
    suprsend_trigger_broadcast_responses, 1,
    suprsend_trigger_broadcast_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_trigger_broadcast(suprsend_client *client, const suprsend_trigger_broadcast_params *params, const suprsend_trigger_broadcast_request *body, suprsend_trigger_broadcast_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_trigger_broadcast_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_trigger_broadcast_response *)result;
    return rc;
}

/* Calls suprsend_trigger_broadcast_async()'s callback as its own type. */
static void suprsend_trigger_broadcast_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_trigger_broadcast_callback)typed)(user_data, rc, (suprsend_trigger_broadcast_response *)result, err);
}

int suprsend_trigger_broadcast_async(suprsend_client *client, const suprsend_trigger_broadcast_params *params, const suprsend_trigger_broadcast_request *body, suprsend_trigger_broadcast_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_trigger_broadcast_op, params, body, NULL,
                                   suprsend_trigger_broadcast_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/{distinct_id}/preference/channel_preference/ */
static const apic_field suprsend_get_user_preference_channel_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_get_user_preference_channel_params, distinct_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_get_user_preference_channel_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_user_preference_channel_params_desc = {
    "get_user_preference_channel_params", sizeof(suprsend_get_user_preference_channel_params), suprsend_get_user_preference_channel_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_user_preference_channel_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_user_preference_channel_responses[] = {
    {200, &suprsend_get_user_preference_channel_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_user_preference_channel_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_user_preference_channel_security[] = {
    {suprsend_get_user_preference_channel_security_0, 1},
};
const apic_operation suprsend_get_user_preference_channel_op = {
    "suprsend_get_user_preference_channel", "GET", "/v1/user/{distinct_id}/preference/channel_preference/",
    &suprsend_get_user_preference_channel_params_desc, suprsend_get_user_preference_channel_params_locs,
    NULL, NULL, false,
    suprsend_get_user_preference_channel_responses, 1,
    suprsend_get_user_preference_channel_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_user_preference_channel(suprsend_client *client, const suprsend_get_user_preference_channel_params *params, suprsend_get_user_preference_channel_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_user_preference_channel_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_user_preference_channel_response *)result;
    return rc;
}

/* Calls suprsend_get_user_preference_channel_async()'s callback as its own type. */
static void suprsend_get_user_preference_channel_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_user_preference_channel_callback)typed)(user_data, rc, (suprsend_get_user_preference_channel_response *)result, err);
}

int suprsend_get_user_preference_channel_async(suprsend_client *client, const suprsend_get_user_preference_channel_params *params, suprsend_get_user_preference_channel_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_user_preference_channel_op, params, NULL, NULL,
                                   suprsend_get_user_preference_channel_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/user/{distinct_id}/preference/channel_preference/ */
static const apic_field suprsend_update_user_preference_channel_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_update_user_preference_channel_params, distinct_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_update_user_preference_channel_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_user_preference_channel_params_desc = {
    "update_user_preference_channel_params", sizeof(suprsend_update_user_preference_channel_params), suprsend_update_user_preference_channel_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_user_preference_channel_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_update_user_preference_channel_responses[] = {
    {202, &suprsend_update_user_preference_channel_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_user_preference_channel_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_update_user_preference_channel_security[] = {
    {suprsend_update_user_preference_channel_security_0, 1},
};
const apic_operation suprsend_update_user_preference_channel_op = {
    "suprsend_update_user_preference_channel", "PATCH", "/v1/user/{distinct_id}/preference/channel_preference/",
    &suprsend_update_user_preference_channel_params_desc, suprsend_update_user_preference_channel_params_locs,
    &suprsend_update_user_preference_channel_request_Type, "application/json", false,
    suprsend_update_user_preference_channel_responses, 1,
    suprsend_update_user_preference_channel_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_update_user_preference_channel(suprsend_client *client, const suprsend_update_user_preference_channel_params *params, const suprsend_update_user_preference_channel_request *body, suprsend_update_user_preference_channel_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_user_preference_channel_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_update_user_preference_channel_response *)result;
    return rc;
}

/* Calls suprsend_update_user_preference_channel_async()'s callback as its own type. */
static void suprsend_update_user_preference_channel_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_user_preference_channel_callback)typed)(user_data, rc, (suprsend_update_user_preference_channel_response *)result, err);
}

int suprsend_update_user_preference_channel_async(suprsend_client *client, const suprsend_update_user_preference_channel_params *params, const suprsend_update_user_preference_channel_request *body, suprsend_update_user_preference_channel_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_user_preference_channel_op, params, body, NULL,
                                   suprsend_update_user_preference_channel_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/{distinct_id}/preference/category/{category_slug}/ */
static const apic_field suprsend_get_user_preferences_single_category_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_get_user_preferences_single_category_params, distinct_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_get_user_preferences_single_category_params, tenant_id), -1, -1, &apic_type_string},
    {"category_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_get_user_preferences_single_category_params, category_slug), -1, -1, &apic_type_string},
    {"show_opt_out_channels", 21, 0, offsetof(suprsend_get_user_preferences_single_category_params, show_opt_out_channels), offsetof(suprsend_get_user_preferences_single_category_params, has_show_opt_out_channels), -1, &apic_type_bool},
    {"locale", 6, 0, offsetof(suprsend_get_user_preferences_single_category_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_user_preferences_single_category_params_desc = {
    "get_user_preferences_single_category_params", sizeof(suprsend_get_user_preferences_single_category_params), suprsend_get_user_preferences_single_category_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_user_preferences_single_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_user_preferences_single_category_responses[] = {
    {200, &suprsend_get_user_preferences_single_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_user_preferences_single_category_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_user_preferences_single_category_security[] = {
    {suprsend_get_user_preferences_single_category_security_0, 1},
};
const apic_operation suprsend_get_user_preferences_single_category_op = {
    "suprsend_get_user_preferences_single_category", "GET", "/v1/user/{distinct_id}/preference/category/{category_slug}/",
    &suprsend_get_user_preferences_single_category_params_desc, suprsend_get_user_preferences_single_category_params_locs,
    NULL, NULL, false,
    suprsend_get_user_preferences_single_category_responses, 1,
    suprsend_get_user_preferences_single_category_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_user_preferences_single_category(suprsend_client *client, const suprsend_get_user_preferences_single_category_params *params, suprsend_get_user_preferences_single_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_user_preferences_single_category_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_user_preferences_single_category_response *)result;
    return rc;
}

/* Calls suprsend_get_user_preferences_single_category_async()'s callback as its own type. */
static void suprsend_get_user_preferences_single_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_user_preferences_single_category_callback)typed)(user_data, rc, (suprsend_get_user_preferences_single_category_response *)result, err);
}

int suprsend_get_user_preferences_single_category_async(suprsend_client *client, const suprsend_get_user_preferences_single_category_params *params, suprsend_get_user_preferences_single_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_user_preferences_single_category_op, params, NULL, NULL,
                                   suprsend_get_user_preferences_single_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/user/{distinct_id}/preference/category/{category_slug}/ */
static const apic_field suprsend_update_user_preference_category_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_update_user_preference_category_params, distinct_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_update_user_preference_category_params, tenant_id), -1, -1, &apic_type_string},
    {"category_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_update_user_preference_category_params, category_slug), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_update_user_preference_category_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_user_preference_category_params_desc = {
    "update_user_preference_category_params", sizeof(suprsend_update_user_preference_category_params), suprsend_update_user_preference_category_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_user_preference_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_update_user_preference_category_responses[] = {
    {202, &suprsend_update_user_preference_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_user_preference_category_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_update_user_preference_category_security[] = {
    {suprsend_update_user_preference_category_security_0, 1},
};
const apic_operation suprsend_update_user_preference_category_op = {
    "suprsend_update_user_preference_category", "PATCH", "/v1/user/{distinct_id}/preference/category/{category_slug}/",
    &suprsend_update_user_preference_category_params_desc, suprsend_update_user_preference_category_params_locs,
    &suprsend_update_user_preference_category_request_Type, "application/json", false,
    suprsend_update_user_preference_category_responses, 1,
    suprsend_update_user_preference_category_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_update_user_preference_category(suprsend_client *client, const suprsend_update_user_preference_category_params *params, const suprsend_update_user_preference_category_request *body, suprsend_update_user_preference_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_user_preference_category_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_update_user_preference_category_response *)result;
    return rc;
}

/* Calls suprsend_update_user_preference_category_async()'s callback as its own type. */
static void suprsend_update_user_preference_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_user_preference_category_callback)typed)(user_data, rc, (suprsend_update_user_preference_category_response *)result, err);
}

int suprsend_update_user_preference_category_async(suprsend_client *client, const suprsend_update_user_preference_category_params *params, const suprsend_update_user_preference_category_request *body, suprsend_update_user_preference_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_user_preference_category_op, params, body, NULL,
                                   suprsend_update_user_preference_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/tenant/{tenant_id}/category/{category_slug}/ */
static const apic_field suprsend_update_brand_default_preference_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_update_brand_default_preference_params, tenant_id), -1, -1, &apic_type_string},
    {"category_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_update_brand_default_preference_params, category_slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_brand_default_preference_params_desc = {
    "update_brand_default_preference_params", sizeof(suprsend_update_brand_default_preference_params), suprsend_update_brand_default_preference_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_brand_default_preference_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_update_brand_default_preference_responses[] = {
    {202, &suprsend_update_brand_default_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_brand_default_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_update_brand_default_preference_security[] = {
    {suprsend_update_brand_default_preference_security_0, 1},
};
const apic_operation suprsend_update_brand_default_preference_op = {
    "suprsend_update_brand_default_preference", "PATCH", "/v1/tenant/{tenant_id}/category/{category_slug}/",
    &suprsend_update_brand_default_preference_params_desc, suprsend_update_brand_default_preference_params_locs,
    &suprsend_update_brand_default_preference_request_Type, "application/json", false,
    suprsend_update_brand_default_preference_responses, 1,
    suprsend_update_brand_default_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_update_brand_default_preference(suprsend_client *client, const suprsend_update_brand_default_preference_params *params, const suprsend_update_brand_default_preference_request *body, suprsend_update_brand_default_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_brand_default_preference_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_update_brand_default_preference_response *)result;
    return rc;
}

/* Calls suprsend_update_brand_default_preference_async()'s callback as its own type. */
static void suprsend_update_brand_default_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_brand_default_preference_callback)typed)(user_data, rc, (suprsend_update_brand_default_preference_response *)result, err);
}

int suprsend_update_brand_default_preference_async(suprsend_client *client, const suprsend_update_brand_default_preference_params *params, const suprsend_update_brand_default_preference_request *body, suprsend_update_brand_default_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_brand_default_preference_op, params, body, NULL,
                                   suprsend_update_brand_default_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/subscriber_list/{list_id}/delete/ */
static const apic_field suprsend_delete_list_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_delete_list_params, list_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_list_params_desc = {
    "delete_list_params", sizeof(suprsend_delete_list_params), suprsend_delete_list_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_list_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_delete_list_security[] = {
    {suprsend_delete_list_security_0, 1},
};
const apic_operation suprsend_delete_list_op = {
    "suprsend_delete_list", "PATCH", "/v1/subscriber_list/{list_id}/delete/",
    &suprsend_delete_list_params_desc, suprsend_delete_list_params_locs,
    NULL, NULL, false,
    suprsend_delete_list_responses, 1,
    suprsend_delete_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_delete_list(suprsend_client *client, const suprsend_delete_list_params *params, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_delete_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_delete_list_async()'s callback as its own type. */
static void suprsend_delete_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_delete_list_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_delete_list_async(suprsend_client *client, const suprsend_delete_list_params *params, suprsend_delete_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_list_op, params, NULL, NULL,
                                   suprsend_delete_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/tenant/{tenant_id}/preference/ */
static const apic_field suprsend_get_tenant_full_preference_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_get_tenant_full_preference_params, tenant_id), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_tenant_full_preference_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_tenant_full_preference_params_desc = {
    "get_tenant_full_preference_params", sizeof(suprsend_get_tenant_full_preference_params), suprsend_get_tenant_full_preference_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_tenant_full_preference_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_tenant_full_preference_responses[] = {
    {200, &suprsend_get_tenant_full_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_tenant_full_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_tenant_full_preference_security[] = {
    {suprsend_get_tenant_full_preference_security_0, 1},
};
const apic_operation suprsend_get_tenant_full_preference_op = {
    "suprsend_get_tenant_full_preference", "GET", "/v1/tenant/{tenant_id}/preference/",
    &suprsend_get_tenant_full_preference_params_desc, suprsend_get_tenant_full_preference_params_locs,
    NULL, NULL, false,
    suprsend_get_tenant_full_preference_responses, 1,
    suprsend_get_tenant_full_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_tenant_full_preference(suprsend_client *client, const suprsend_get_tenant_full_preference_params *params, suprsend_get_tenant_full_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_tenant_full_preference_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_tenant_full_preference_response *)result;
    return rc;
}

/* Calls suprsend_get_tenant_full_preference_async()'s callback as its own type. */
static void suprsend_get_tenant_full_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_tenant_full_preference_callback)typed)(user_data, rc, (suprsend_get_tenant_full_preference_response *)result, err);
}

int suprsend_get_tenant_full_preference_async(suprsend_client *client, const suprsend_get_tenant_full_preference_params *params, suprsend_get_tenant_full_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_tenant_full_preference_op, params, NULL, NULL,
                                   suprsend_get_tenant_full_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/tenant/{tenant_id}/preference/category/ */
static const apic_field suprsend_get_tenant_preference_all_categories_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_get_tenant_preference_all_categories_params, tenant_id), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_tenant_preference_all_categories_params, locale), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(suprsend_get_tenant_preference_all_categories_params, limit), offsetof(suprsend_get_tenant_preference_all_categories_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_tenant_preference_all_categories_params, offset), offsetof(suprsend_get_tenant_preference_all_categories_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc suprsend_get_tenant_preference_all_categories_params_desc = {
    "get_tenant_preference_all_categories_params", sizeof(suprsend_get_tenant_preference_all_categories_params), suprsend_get_tenant_preference_all_categories_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_tenant_preference_all_categories_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_tenant_preference_all_categories_responses[] = {
    {200, &suprsend_get_tenant_preference_all_categories_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_tenant_preference_all_categories_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_tenant_preference_all_categories_security[] = {
    {suprsend_get_tenant_preference_all_categories_security_0, 1},
};
const apic_operation suprsend_get_tenant_preference_all_categories_op = {
    "suprsend_get_tenant_preference_all_categories", "GET", "/v1/tenant/{tenant_id}/preference/category/",
    &suprsend_get_tenant_preference_all_categories_params_desc, suprsend_get_tenant_preference_all_categories_params_locs,
    NULL, NULL, false,
    suprsend_get_tenant_preference_all_categories_responses, 1,
    suprsend_get_tenant_preference_all_categories_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_tenant_preference_all_categories(suprsend_client *client, const suprsend_get_tenant_preference_all_categories_params *params, suprsend_get_tenant_preference_all_categories_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_tenant_preference_all_categories_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_tenant_preference_all_categories_response *)result;
    return rc;
}

/* Calls suprsend_get_tenant_preference_all_categories_async()'s callback as its own type. */
static void suprsend_get_tenant_preference_all_categories_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_tenant_preference_all_categories_callback)typed)(user_data, rc, (suprsend_get_tenant_preference_all_categories_response *)result, err);
}

int suprsend_get_tenant_preference_all_categories_async(suprsend_client *client, const suprsend_get_tenant_preference_all_categories_params *params, suprsend_get_tenant_preference_all_categories_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_tenant_preference_all_categories_op, params, NULL, NULL,
                                   suprsend_get_tenant_preference_all_categories_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received, up to 'meta.count' */
static const apic_pagination suprsend_get_tenant_preference_all_categories_pagination = {
    APIC_PAGE_OFFSET, "results", "offset", "limit",
    "meta.count", NULL, NULL, NULL, 1
};

int suprsend_get_tenant_preference_all_categories_iter_new(suprsend_client *client, const suprsend_get_tenant_preference_all_categories_params *params, suprsend_get_tenant_preference_all_categories_iter **out, suprsend_error *err)
{
    return apic_pager_new(client, &suprsend_get_tenant_preference_all_categories_op, &suprsend_get_tenant_preference_all_categories_pagination, params, out, err);
}

int suprsend_get_tenant_preference_all_categories_iter_next(suprsend_get_tenant_preference_all_categories_iter *it, const suprsend_get_tenant_preference_all_categories_response_results_item **item, suprsend_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const suprsend_get_tenant_preference_all_categories_response_results_item *)next;
    return rc;
}

void suprsend_get_tenant_preference_all_categories_iter_free(suprsend_get_tenant_preference_all_categories_iter *it)
{
    apic_pager_free(it);
}

/* GET /v1/tenant/{tenant_id}/preference/category/{category}/ */
static const apic_field suprsend_get_tenant_preference_single_category_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_get_tenant_preference_single_category_params, tenant_id), -1, -1, &apic_type_string},
    {"category", 8, APIC_F_REQUIRED, offsetof(suprsend_get_tenant_preference_single_category_params, category), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_tenant_preference_single_category_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_tenant_preference_single_category_params_desc = {
    "get_tenant_preference_single_category_params", sizeof(suprsend_get_tenant_preference_single_category_params), suprsend_get_tenant_preference_single_category_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_tenant_preference_single_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_tenant_preference_single_category_responses[] = {
    {200, &suprsend_get_tenant_preference_single_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_tenant_preference_single_category_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_tenant_preference_single_category_security[] = {
    {suprsend_get_tenant_preference_single_category_security_0, 1},
};
const apic_operation suprsend_get_tenant_preference_single_category_op = {
    "suprsend_get_tenant_preference_single_category", "GET", "/v1/tenant/{tenant_id}/preference/category/{category}/",
    &suprsend_get_tenant_preference_single_category_params_desc, suprsend_get_tenant_preference_single_category_params_locs,
    NULL, NULL, false,
    suprsend_get_tenant_preference_single_category_responses, 1,
    suprsend_get_tenant_preference_single_category_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_tenant_preference_single_category(suprsend_client *client, const suprsend_get_tenant_preference_single_category_params *params, suprsend_get_tenant_preference_single_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_tenant_preference_single_category_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_tenant_preference_single_category_response *)result;
    return rc;
}

/* Calls suprsend_get_tenant_preference_single_category_async()'s callback as its own type. */
static void suprsend_get_tenant_preference_single_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_tenant_preference_single_category_callback)typed)(user_data, rc, (suprsend_get_tenant_preference_single_category_response *)result, err);
}

int suprsend_get_tenant_preference_single_category_async(suprsend_client *client, const suprsend_get_tenant_preference_single_category_params *params, suprsend_get_tenant_preference_single_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_tenant_preference_single_category_op, params, NULL, NULL,
                                   suprsend_get_tenant_preference_single_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/tenant/{tenant_id}/preference/category/{category}/ */
static const apic_field suprsend_update_tenant_preference_single_category_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_update_tenant_preference_single_category_params, tenant_id), -1, -1, &apic_type_string},
    {"category", 8, APIC_F_REQUIRED, offsetof(suprsend_update_tenant_preference_single_category_params, category), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_tenant_preference_single_category_params_desc = {
    "update_tenant_preference_single_category_params", sizeof(suprsend_update_tenant_preference_single_category_params), suprsend_update_tenant_preference_single_category_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_tenant_preference_single_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_update_tenant_preference_single_category_responses[] = {
    {200, &suprsend_update_tenant_preference_single_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_tenant_preference_single_category_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_update_tenant_preference_single_category_security[] = {
    {suprsend_update_tenant_preference_single_category_security_0, 1},
};
const apic_operation suprsend_update_tenant_preference_single_category_op = {
    "suprsend_update_tenant_preference_single_category", "PATCH", "/v1/tenant/{tenant_id}/preference/category/{category}/",
    &suprsend_update_tenant_preference_single_category_params_desc, suprsend_update_tenant_preference_single_category_params_locs,
    &suprsend_update_tenant_preference_single_category_request_Type, "application/json", false,
    suprsend_update_tenant_preference_single_category_responses, 1,
    suprsend_update_tenant_preference_single_category_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_update_tenant_preference_single_category(suprsend_client *client, const suprsend_update_tenant_preference_single_category_params *params, const suprsend_update_tenant_preference_single_category_request *body, suprsend_update_tenant_preference_single_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_tenant_preference_single_category_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_update_tenant_preference_single_category_response *)result;
    return rc;
}

/* Calls suprsend_update_tenant_preference_single_category_async()'s callback as its own type. */
static void suprsend_update_tenant_preference_single_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_tenant_preference_single_category_callback)typed)(user_data, rc, (suprsend_update_tenant_preference_single_category_response *)result, err);
}

int suprsend_update_tenant_preference_single_category_async(suprsend_client *client, const suprsend_update_tenant_preference_single_category_params *params, const suprsend_update_tenant_preference_single_category_request *body, suprsend_update_tenant_preference_single_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_tenant_preference_single_category_op, params, body, NULL,
                                   suprsend_update_tenant_preference_single_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/tenant/{tenant_id}/category/ */
static const apic_field suprsend_get_tenant_default_preference_params_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_get_tenant_default_preference_params, tenant_id), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_tenant_default_preference_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_tenant_default_preference_params_desc = {
    "get_tenant_default_preference_params", sizeof(suprsend_get_tenant_default_preference_params), suprsend_get_tenant_default_preference_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_tenant_default_preference_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_tenant_default_preference_responses[] = {
    {200, &suprsend_get_tenant_default_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_tenant_default_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_tenant_default_preference_security[] = {
    {suprsend_get_tenant_default_preference_security_0, 1},
};
const apic_operation suprsend_get_tenant_default_preference_op = {
    "suprsend_get_tenant_default_preference", "GET", "/v1/tenant/{tenant_id}/category/",
    &suprsend_get_tenant_default_preference_params_desc, suprsend_get_tenant_default_preference_params_locs,
    NULL, NULL, false,
    suprsend_get_tenant_default_preference_responses, 1,
    suprsend_get_tenant_default_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_tenant_default_preference(suprsend_client *client, const suprsend_get_tenant_default_preference_params *params, suprsend_get_tenant_default_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_tenant_default_preference_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_tenant_default_preference_response *)result;
    return rc;
}

/* Calls suprsend_get_tenant_default_preference_async()'s callback as its own type. */
static void suprsend_get_tenant_default_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_tenant_default_preference_callback)typed)(user_data, rc, (suprsend_get_tenant_default_preference_response *)result, err);
}

int suprsend_get_tenant_default_preference_async(suprsend_client *client, const suprsend_get_tenant_default_preference_params *params, suprsend_get_tenant_default_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_tenant_default_preference_op, params, NULL, NULL,
                                   suprsend_get_tenant_default_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/subscriber_list/{list_id}/version/{version_id}/subscriber/add/ */
static const apic_field suprsend_add_subscribers_to_draft_list_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_add_subscribers_to_draft_list_params, list_id), -1, -1, &apic_type_string},
    {"version_id", 10, APIC_F_REQUIRED, offsetof(suprsend_add_subscribers_to_draft_list_params, version_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_add_subscribers_to_draft_list_params_desc = {
    "add_subscribers_to_draft_list_params", sizeof(suprsend_add_subscribers_to_draft_list_params), suprsend_add_subscribers_to_draft_list_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_add_subscribers_to_draft_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_add_subscribers_to_draft_list_responses[] = {
    {201, &suprsend_add_subscribers_to_draft_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_add_subscribers_to_draft_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_add_subscribers_to_draft_list_security[] = {
    {suprsend_add_subscribers_to_draft_list_security_0, 1},
};
const apic_operation suprsend_add_subscribers_to_draft_list_op = {
    "suprsend_add_subscribers_to_draft_list", "POST", "/v1/subscriber_list/{list_id}/version/{version_id}/subscriber/add/",
    &suprsend_add_subscribers_to_draft_list_params_desc, suprsend_add_subscribers_to_draft_list_params_locs,
    &suprsend_add_subscribers_to_draft_list_request_Type, "application/json", false,
    suprsend_add_subscribers_to_draft_list_responses, 1,
    suprsend_add_subscribers_to_draft_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_add_subscribers_to_draft_list(suprsend_client *client, const suprsend_add_subscribers_to_draft_list_params *params, const suprsend_add_subscribers_to_draft_list_request *body, suprsend_add_subscribers_to_draft_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_add_subscribers_to_draft_list_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_add_subscribers_to_draft_list_response *)result;
    return rc;
}

/* Calls suprsend_add_subscribers_to_draft_list_async()'s callback as its own type. */
static void suprsend_add_subscribers_to_draft_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_add_subscribers_to_draft_list_callback)typed)(user_data, rc, (suprsend_add_subscribers_to_draft_list_response *)result, err);
}

int suprsend_add_subscribers_to_draft_list_async(suprsend_client *client, const suprsend_add_subscribers_to_draft_list_params *params, const suprsend_add_subscribers_to_draft_list_request *body, suprsend_add_subscribers_to_draft_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_add_subscribers_to_draft_list_op, params, body, NULL,
                                   suprsend_add_subscribers_to_draft_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/subscriber_list/{list_id}/version/{version_id}/delete/ */
static const apic_field suprsend_delete_draft_list_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_delete_draft_list_params, list_id), -1, -1, &apic_type_string},
    {"version_id", 10, APIC_F_REQUIRED, offsetof(suprsend_delete_draft_list_params, version_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_draft_list_params_desc = {
    "delete_draft_list_params", sizeof(suprsend_delete_draft_list_params), suprsend_delete_draft_list_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_draft_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_draft_list_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_draft_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_delete_draft_list_security[] = {
    {suprsend_delete_draft_list_security_0, 1},
};
const apic_operation suprsend_delete_draft_list_op = {
    "suprsend_delete_draft_list", "PATCH", "/v1/subscriber_list/{list_id}/version/{version_id}/delete/",
    &suprsend_delete_draft_list_params_desc, suprsend_delete_draft_list_params_locs,
    NULL, NULL, false,
    suprsend_delete_draft_list_responses, 1,
    suprsend_delete_draft_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_delete_draft_list(suprsend_client *client, const suprsend_delete_draft_list_params *params, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_delete_draft_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_delete_draft_list_async()'s callback as its own type. */
static void suprsend_delete_draft_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_delete_draft_list_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_delete_draft_list_async(suprsend_client *client, const suprsend_delete_draft_list_params *params, suprsend_delete_draft_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_draft_list_op, params, NULL, NULL,
                                   suprsend_delete_draft_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/template/{template_slug}/ */
static const apic_field suprsend_fetch_template_details_params_desc_Fields[] = {
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_fetch_template_details_params, template_slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_fetch_template_details_params_desc = {
    "fetch_template_details_params", sizeof(suprsend_fetch_template_details_params), suprsend_fetch_template_details_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_template_details_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_fetch_template_details_responses[] = {
    {200, &suprsend_fetch_template_details_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_template_details_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_template_details_security[] = {
    {suprsend_fetch_template_details_security_0, 1},
};
const apic_operation suprsend_fetch_template_details_op = {
    "suprsend_fetch_template_details", "GET", "/v1/template/{template_slug}/",
    &suprsend_fetch_template_details_params_desc, suprsend_fetch_template_details_params_locs,
    NULL, NULL, false,
    suprsend_fetch_template_details_responses, 1,
    suprsend_fetch_template_details_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_template_details(suprsend_client *client, const suprsend_fetch_template_details_params *params, suprsend_fetch_template_details_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_template_details_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_template_details_response *)result;
    return rc;
}

/* Calls suprsend_fetch_template_details_async()'s callback as its own type. */
static void suprsend_fetch_template_details_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_template_details_callback)typed)(user_data, rc, (suprsend_fetch_template_details_response *)result, err);
}

int suprsend_fetch_template_details_async(suprsend_client *client, const suprsend_fetch_template_details_params *params, suprsend_fetch_template_details_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_template_details_op, params, NULL, NULL,
                                   suprsend_fetch_template_details_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/subscriber_list/{list_id}/version/{version_id}/finish_sync/ */
static const apic_field suprsend_finish_sync_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_finish_sync_params, list_id), -1, -1, &apic_type_string},
    {"version_id", 10, APIC_F_REQUIRED, offsetof(suprsend_finish_sync_params, version_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_finish_sync_params_desc = {
    "finish_sync_params", sizeof(suprsend_finish_sync_params), suprsend_finish_sync_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_finish_sync_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_finish_sync_responses[] = {
    {201, &suprsend_finish_sync_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_finish_sync_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_finish_sync_security[] = {
    {suprsend_finish_sync_security_0, 1},
};
const apic_operation suprsend_finish_sync_op = {
    "suprsend_finish_sync", "PATCH", "/v1/subscriber_list/{list_id}/version/{version_id}/finish_sync/",
    &suprsend_finish_sync_params_desc, suprsend_finish_sync_params_locs,
    NULL, NULL, false,
    suprsend_finish_sync_responses, 1,
    suprsend_finish_sync_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_finish_sync(suprsend_client *client, const suprsend_finish_sync_params *params, suprsend_finish_sync_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_finish_sync_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_finish_sync_response *)result;
    return rc;
}

/* Calls suprsend_finish_sync_async()'s callback as its own type. */
static void suprsend_finish_sync_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_finish_sync_callback)typed)(user_data, rc, (suprsend_finish_sync_response *)result, err);
}

int suprsend_finish_sync_async(suprsend_client *client, const suprsend_finish_sync_params *params, suprsend_finish_sync_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_finish_sync_op, params, NULL, NULL,
                                   suprsend_finish_sync_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/subscriber_list/{list_id}/version/{version_id}/subscriber/remove/ */
static const apic_field suprsend_remove_subscribers_from_draft_list_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_remove_subscribers_from_draft_list_params, list_id), -1, -1, &apic_type_string},
    {"version_id", 10, APIC_F_REQUIRED, offsetof(suprsend_remove_subscribers_from_draft_list_params, version_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_remove_subscribers_from_draft_list_params_desc = {
    "remove_subscribers_from_draft_list_params", sizeof(suprsend_remove_subscribers_from_draft_list_params), suprsend_remove_subscribers_from_draft_list_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_remove_subscribers_from_draft_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_remove_subscribers_from_draft_list_responses[] = {
    {201, &suprsend_remove_subscribers_from_draft_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_remove_subscribers_from_draft_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_remove_subscribers_from_draft_list_security[] = {
    {suprsend_remove_subscribers_from_draft_list_security_0, 1},
};
const apic_operation suprsend_remove_subscribers_from_draft_list_op = {
    "suprsend_remove_subscribers_from_draft_list", "POST", "/v1/subscriber_list/{list_id}/version/{version_id}/subscriber/remove/",
    &suprsend_remove_subscribers_from_draft_list_params_desc, suprsend_remove_subscribers_from_draft_list_params_locs,
    &suprsend_remove_subscribers_from_draft_list_request_Type, "application/json", false,
    suprsend_remove_subscribers_from_draft_list_responses, 1,
    suprsend_remove_subscribers_from_draft_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_remove_subscribers_from_draft_list(suprsend_client *client, const suprsend_remove_subscribers_from_draft_list_params *params, const suprsend_remove_subscribers_from_draft_list_request *body, suprsend_remove_subscribers_from_draft_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_remove_subscribers_from_draft_list_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_remove_subscribers_from_draft_list_response *)result;
    return rc;
}

/* Calls suprsend_remove_subscribers_from_draft_list_async()'s callback as its own type. */
static void suprsend_remove_subscribers_from_draft_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_remove_subscribers_from_draft_list_callback)typed)(user_data, rc, (suprsend_remove_subscribers_from_draft_list_response *)result, err);
}

int suprsend_remove_subscribers_from_draft_list_async(suprsend_client *client, const suprsend_remove_subscribers_from_draft_list_params *params, const suprsend_remove_subscribers_from_draft_list_request *body, suprsend_remove_subscribers_from_draft_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_remove_subscribers_from_draft_list_op, params, body, NULL,
                                   suprsend_remove_subscribers_from_draft_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/subscriber_list/{list_id}/start_sync/ */
static const apic_field suprsend_start_sync_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_start_sync_params, list_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_start_sync_params_desc = {
    "start_sync_params", sizeof(suprsend_start_sync_params), suprsend_start_sync_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_start_sync_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_start_sync_responses[] = {
    {201, &suprsend_start_sync_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_start_sync_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_start_sync_security[] = {
    {suprsend_start_sync_security_0, 1},
};
const apic_operation suprsend_start_sync_op = {
    "suprsend_start_sync", "POST", "/v1/subscriber_list/{list_id}/start_sync/",
    &suprsend_start_sync_params_desc, suprsend_start_sync_params_locs,
    NULL, NULL, false,
    suprsend_start_sync_responses, 1,
    suprsend_start_sync_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_start_sync(suprsend_client *client, const suprsend_start_sync_params *params, suprsend_start_sync_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_start_sync_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_start_sync_response *)result;
    return rc;
}

/* Calls suprsend_start_sync_async()'s callback as its own type. */
static void suprsend_start_sync_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_start_sync_callback)typed)(user_data, rc, (suprsend_start_sync_response *)result, err);
}

int suprsend_start_sync_async(suprsend_client *client, const suprsend_start_sync_params *params, suprsend_start_sync_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_start_sync_op, params, NULL, NULL,
                                   suprsend_start_sync_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/template/{template_slug}/channel/{channel_slug}/ */
static const apic_field suprsend_fetch_template_details_channel_params_desc_Fields[] = {
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_fetch_template_details_channel_params, template_slug), -1, -1, &apic_type_string},
    {"channel_slug", 12, APIC_F_REQUIRED, offsetof(suprsend_fetch_template_details_channel_params, channel_slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_fetch_template_details_channel_params_desc = {
    "fetch_template_details_channel_params", sizeof(suprsend_fetch_template_details_channel_params), suprsend_fetch_template_details_channel_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_template_details_channel_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_fetch_template_details_channel_responses[] = {
    {200, &suprsend_fetch_template_details_channel_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_template_details_channel_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_template_details_channel_security[] = {
    {suprsend_fetch_template_details_channel_security_0, 1},
};
const apic_operation suprsend_fetch_template_details_channel_op = {
    "suprsend_fetch_template_details_channel", "GET", "/v1/template/{template_slug}/channel/{channel_slug}/",
    &suprsend_fetch_template_details_channel_params_desc, suprsend_fetch_template_details_channel_params_locs,
    NULL, NULL, false,
    suprsend_fetch_template_details_channel_responses, 1,
    suprsend_fetch_template_details_channel_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_template_details_channel(suprsend_client *client, const suprsend_fetch_template_details_channel_params *params, suprsend_fetch_template_details_channel_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_template_details_channel_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_template_details_channel_response *)result;
    return rc;
}

/* Calls suprsend_fetch_template_details_channel_async()'s callback as its own type. */
static void suprsend_fetch_template_details_channel_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_template_details_channel_callback)typed)(user_data, rc, (suprsend_fetch_template_details_channel_response *)result, err);
}

int suprsend_fetch_template_details_channel_async(suprsend_client *client, const suprsend_fetch_template_details_channel_params *params, suprsend_fetch_template_details_channel_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_template_details_channel_op, params, NULL, NULL,
                                   suprsend_fetch_template_details_channel_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/template/ */
static const apic_field suprsend_fetch_template_list_params_desc_Fields[] = {
    {"has_tag_ids_any", 15, 0, offsetof(suprsend_fetch_template_list_params, has_tag_ids_any), -1, -1, &apic_type_string},
    {"has_channels_any", 16, 0, offsetof(suprsend_fetch_template_list_params, has_channels_any), -1, -1, &apic_type_string},
    {"is_active", 9, 0, offsetof(suprsend_fetch_template_list_params, is_active), offsetof(suprsend_fetch_template_list_params, has_is_active), -1, &apic_type_bool},
    {"is_archived", 11, 0, offsetof(suprsend_fetch_template_list_params, is_archived), offsetof(suprsend_fetch_template_list_params, has_is_archived), -1, &apic_type_bool},
};
static const apic_struct_desc suprsend_fetch_template_list_params_desc = {
    "fetch_template_list_params", sizeof(suprsend_fetch_template_list_params), suprsend_fetch_template_list_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_template_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_fetch_template_list_responses[] = {
    {200, &suprsend_fetch_template_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_template_list_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_template_list_security[] = {
    {suprsend_fetch_template_list_security_0, 1},
};
const apic_operation suprsend_fetch_template_list_op = {
    "suprsend_fetch_template_list", "GET", "/v1/template/",
    &suprsend_fetch_template_list_params_desc, suprsend_fetch_template_list_params_locs,
    NULL, NULL, false,
    suprsend_fetch_template_list_responses, 1,
    suprsend_fetch_template_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_template_list(suprsend_client *client, const suprsend_fetch_template_list_params *params, suprsend_fetch_template_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_template_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_template_list_response *)result;
    return rc;
}

/* Calls suprsend_fetch_template_list_async()'s callback as its own type. */
static void suprsend_fetch_template_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_template_list_callback)typed)(user_data, rc, (suprsend_fetch_template_list_response *)result, err);
}

int suprsend_fetch_template_list_async(suprsend_client *client, const suprsend_fetch_template_list_params *params, suprsend_fetch_template_list_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_template_list_op, params, NULL, NULL,
                                   suprsend_fetch_template_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /trigger/ */
static const apic_response suprsend_trigger_workflow_api_responses[] = {
    {202, &suprsend_trigger_workflow_api_response_Type, "application/json", APIC_RESPONSE_JSON},
    {207, NULL, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_trigger_workflow_api_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_trigger_workflow_api_security[] = {
    {suprsend_trigger_workflow_api_security_0, 1},
};
const apic_operation suprsend_trigger_workflow_api_op = {
    "suprsend_trigger_workflow_api", "POST", "/trigger/",
    NULL, NULL,
    &suprsend_trigger_workflow_api_request_Type, "application/json", false,
    suprsend_trigger_workflow_api_responses, 2,
    suprsend_trigger_workflow_api_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_trigger_workflow_api(suprsend_client *client, const suprsend_trigger_workflow_api_request *body, suprsend_trigger_workflow_api_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_trigger_workflow_api_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_trigger_workflow_api_response *)result;
    return rc;
}

/* Calls suprsend_trigger_workflow_api_async()'s callback as its own type. */
static void suprsend_trigger_workflow_api_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_trigger_workflow_api_callback)typed)(user_data, rc, (suprsend_trigger_workflow_api_response *)result, err);
}

int suprsend_trigger_workflow_api_async(suprsend_client *client, const suprsend_trigger_workflow_api_request *body, suprsend_trigger_workflow_api_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_trigger_workflow_api_op, NULL, body, NULL,
                                   suprsend_trigger_workflow_api_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/workflow_run/cancel/ */
static const apic_response suprsend_cancel_workflow_responses[] = {
    {200, &suprsend_cancel_workflow_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_cancel_workflow_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_cancel_workflow_security[] = {
    {suprsend_cancel_workflow_security_0, 1},
};
const apic_operation suprsend_cancel_workflow_op = {
    "suprsend_cancel_workflow", "POST", "/v1/workflow_run/cancel/",
    NULL, NULL,
    &suprsend_cancel_workflow_request_Type, "application/json", true,
    suprsend_cancel_workflow_responses, 1,
    suprsend_cancel_workflow_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_cancel_workflow(suprsend_client *client, const suprsend_cancel_workflow_request *body, suprsend_cancel_workflow_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_cancel_workflow_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_cancel_workflow_response *)result;
    return rc;
}

/* Calls suprsend_cancel_workflow_async()'s callback as its own type. */
static void suprsend_cancel_workflow_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_cancel_workflow_callback)typed)(user_data, rc, (suprsend_cancel_workflow_response *)result, err);
}

int suprsend_cancel_workflow_async(suprsend_client *client, const suprsend_cancel_workflow_request *body, suprsend_cancel_workflow_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_cancel_workflow_op, NULL, body, NULL,
                                   suprsend_cancel_workflow_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/broadcast_run/cancel/ */
static const apic_response suprsend_cancel_broadcast_responses[] = {
    {200, &suprsend_cancel_broadcast_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_cancel_broadcast_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_cancel_broadcast_security[] = {
    {suprsend_cancel_broadcast_security_0, 1},
};
const apic_operation suprsend_cancel_broadcast_op = {
    "suprsend_cancel_broadcast", "POST", "/v1/broadcast_run/cancel/",
    NULL, NULL,
    &suprsend_cancel_broadcast_request_Type, "application/json", true,
    suprsend_cancel_broadcast_responses, 1,
    suprsend_cancel_broadcast_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_cancel_broadcast(suprsend_client *client, const suprsend_cancel_broadcast_request *body, suprsend_cancel_broadcast_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_cancel_broadcast_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_cancel_broadcast_response *)result;
    return rc;
}

/* Calls suprsend_cancel_broadcast_async()'s callback as its own type. */
static void suprsend_cancel_broadcast_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_cancel_broadcast_callback)typed)(user_data, rc, (suprsend_cancel_broadcast_response *)result, err);
}

int suprsend_cancel_broadcast_async(suprsend_client *client, const suprsend_cancel_broadcast_request *body, suprsend_cancel_broadcast_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_cancel_broadcast_op, NULL, body, NULL,
                                   suprsend_cancel_broadcast_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/bulk/user/preference/ */
static const apic_field suprsend_bulk_update_user_preference_params_desc_Fields[] = {
    {"tenant_id", 9, 0, offsetof(suprsend_bulk_update_user_preference_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_bulk_update_user_preference_params_desc = {
    "bulk_update_user_preference_params", sizeof(suprsend_bulk_update_user_preference_params), suprsend_bulk_update_user_preference_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_bulk_update_user_preference_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_bulk_update_user_preference_responses[] = {
    {202, &suprsend_bulk_update_user_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_bulk_update_user_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_bulk_update_user_preference_security[] = {
    {suprsend_bulk_update_user_preference_security_0, 1},
};
const apic_operation suprsend_bulk_update_user_preference_op = {
    "suprsend_bulk_update_user_preference", "PATCH", "/v1/bulk/user/preference/",
    &suprsend_bulk_update_user_preference_params_desc, suprsend_bulk_update_user_preference_params_locs,
    &suprsend_bulk_update_user_preference_request_Type, "application/json", false,
    suprsend_bulk_update_user_preference_responses, 1,
    suprsend_bulk_update_user_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_bulk_update_user_preference(suprsend_client *client, const suprsend_bulk_update_user_preference_params *params, const suprsend_bulk_update_user_preference_request *body, suprsend_bulk_update_user_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_bulk_update_user_preference_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_bulk_update_user_preference_response *)result;
    return rc;
}

/* Calls suprsend_bulk_update_user_preference_async()'s callback as its own type. */
static void suprsend_bulk_update_user_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_bulk_update_user_preference_callback)typed)(user_data, rc, (suprsend_bulk_update_user_preference_response *)result, err);
}

int suprsend_bulk_update_user_preference_async(suprsend_client *client, const suprsend_bulk_update_user_preference_params *params, const suprsend_bulk_update_user_preference_request *body, suprsend_bulk_update_user_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_bulk_update_user_preference_op, params, body, NULL,
                                   suprsend_bulk_update_user_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/bulk/user/preference/reset/ */
static const apic_field suprsend_reset_user_preferences_params_desc_Fields[] = {
    {"tenant_id", 9, 0, offsetof(suprsend_reset_user_preferences_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_reset_user_preferences_params_desc = {
    "reset_user_preferences_params", sizeof(suprsend_reset_user_preferences_params), suprsend_reset_user_preferences_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_reset_user_preferences_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_reset_user_preferences_responses[] = {
    {202, &suprsend_reset_user_preferences_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_reset_user_preferences_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_reset_user_preferences_security[] = {
    {suprsend_reset_user_preferences_security_0, 1},
};
const apic_operation suprsend_reset_user_preferences_op = {
    "suprsend_reset_user_preferences", "PATCH", "/v1/bulk/user/preference/reset/",
    &suprsend_reset_user_preferences_params_desc, suprsend_reset_user_preferences_params_locs,
    &suprsend_reset_user_preferences_request_Type, "application/json", false,
    suprsend_reset_user_preferences_responses, 1,
    suprsend_reset_user_preferences_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_reset_user_preferences(suprsend_client *client, const suprsend_reset_user_preferences_params *params, const suprsend_reset_user_preferences_request *body, suprsend_reset_user_preferences_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_reset_user_preferences_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_reset_user_preferences_response *)result;
    return rc;
}

/* Calls suprsend_reset_user_preferences_async()'s callback as its own type. */
static void suprsend_reset_user_preferences_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_reset_user_preferences_callback)typed)(user_data, rc, (suprsend_reset_user_preferences_response *)result, err);
}

int suprsend_reset_user_preferences_async(suprsend_client *client, const suprsend_reset_user_preferences_params *params, const suprsend_reset_user_preferences_request *body, suprsend_reset_user_preferences_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_reset_user_preferences_op, params, body, NULL,
                                   suprsend_reset_user_preferences_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/{distinct_id}/preference/ */
static const apic_field suprsend_get_user_full_preference_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_get_user_full_preference_params, distinct_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_get_user_full_preference_params, tenant_id), -1, -1, &apic_type_string},
    {"show_opt_out_channels", 21, 0, offsetof(suprsend_get_user_full_preference_params, show_opt_out_channels), offsetof(suprsend_get_user_full_preference_params, has_show_opt_out_channels), -1, &apic_type_bool},
    {"tags", 4, 0, offsetof(suprsend_get_user_full_preference_params, tags), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_user_full_preference_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_user_full_preference_params_desc = {
    "get_user_full_preference_params", sizeof(suprsend_get_user_full_preference_params), suprsend_get_user_full_preference_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_user_full_preference_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_user_full_preference_responses[] = {
    {200, &suprsend_get_user_full_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_user_full_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_user_full_preference_security[] = {
    {suprsend_get_user_full_preference_security_0, 1},
};
const apic_operation suprsend_get_user_full_preference_op = {
    "suprsend_get_user_full_preference", "GET", "/v1/user/{distinct_id}/preference/",
    &suprsend_get_user_full_preference_params_desc, suprsend_get_user_full_preference_params_locs,
    NULL, NULL, false,
    suprsend_get_user_full_preference_responses, 1,
    suprsend_get_user_full_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_user_full_preference(suprsend_client *client, const suprsend_get_user_full_preference_params *params, suprsend_get_user_full_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_user_full_preference_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_user_full_preference_response *)result;
    return rc;
}

/* Calls suprsend_get_user_full_preference_async()'s callback as its own type. */
static void suprsend_get_user_full_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_user_full_preference_callback)typed)(user_data, rc, (suprsend_get_user_full_preference_response *)result, err);
}

int suprsend_get_user_full_preference_async(suprsend_client *client, const suprsend_get_user_full_preference_params *params, suprsend_get_user_full_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_user_full_preference_op, params, NULL, NULL,
                                   suprsend_get_user_full_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/user/{distinct_id}/preference/ */
static const apic_field suprsend_update_user_full_preference_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_update_user_full_preference_params, distinct_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_update_user_full_preference_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_user_full_preference_params_desc = {
    "update_user_full_preference_params", sizeof(suprsend_update_user_full_preference_params), suprsend_update_user_full_preference_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_user_full_preference_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_update_user_full_preference_responses[] = {
    {200, &suprsend_update_user_full_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_user_full_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_update_user_full_preference_security[] = {
    {suprsend_update_user_full_preference_security_0, 1},
};
const apic_operation suprsend_update_user_full_preference_op = {
    "suprsend_update_user_full_preference", "PATCH", "/v1/user/{distinct_id}/preference/",
    &suprsend_update_user_full_preference_params_desc, suprsend_update_user_full_preference_params_locs,
    &suprsend_update_user_full_preference_request_Type, "application/json", false,
    suprsend_update_user_full_preference_responses, 1,
    suprsend_update_user_full_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_update_user_full_preference(suprsend_client *client, const suprsend_update_user_full_preference_params *params, const suprsend_update_user_full_preference_request *body, suprsend_update_user_full_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_user_full_preference_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_update_user_full_preference_response *)result;
    return rc;
}

/* Calls suprsend_update_user_full_preference_async()'s callback as its own type. */
static void suprsend_update_user_full_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_user_full_preference_callback)typed)(user_data, rc, (suprsend_update_user_full_preference_response *)result, err);
}

int suprsend_update_user_full_preference_async(suprsend_client *client, const suprsend_update_user_full_preference_params *params, const suprsend_update_user_full_preference_request *body, suprsend_update_user_full_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_user_full_preference_op, params, body, NULL,
                                   suprsend_update_user_full_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/subscriber_list/{list_id}/subscriber/ */
static const apic_field suprsend_get_subscriber_list_users_params_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_get_subscriber_list_users_params, list_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(suprsend_get_subscriber_list_users_params, limit), offsetof(suprsend_get_subscriber_list_users_params, has_limit), -1, &apic_type_int32},
    {"before", 6, 0, offsetof(suprsend_get_subscriber_list_users_params, before), -1, -1, &apic_type_string},
    {"after", 5, 0, offsetof(suprsend_get_subscriber_list_users_params, after), -1, -1, &apic_type_string},
    {"sort", 4, 0, offsetof(suprsend_get_subscriber_list_users_params, sort), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_subscriber_list_users_params_desc = {
    "get_subscriber_list_users_params", sizeof(suprsend_get_subscriber_list_users_params), suprsend_get_subscriber_list_users_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_subscriber_list_users_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_subscriber_list_users_responses[] = {
    {200, &suprsend_get_subscriber_list_users_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_subscriber_list_users_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_subscriber_list_users_security[] = {
    {suprsend_get_subscriber_list_users_security_0, 1},
};
const apic_operation suprsend_get_subscriber_list_users_op = {
    "suprsend_get_subscriber_list_users", "GET", "/v1/subscriber_list/{list_id}/subscriber/",
    &suprsend_get_subscriber_list_users_params_desc, suprsend_get_subscriber_list_users_params_locs,
    NULL, NULL, false,
    suprsend_get_subscriber_list_users_responses, 1,
    suprsend_get_subscriber_list_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_subscriber_list_users(suprsend_client *client, const suprsend_get_subscriber_list_users_params *params, suprsend_get_subscriber_list_users_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_subscriber_list_users_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_subscriber_list_users_response *)result;
    return rc;
}

/* Calls suprsend_get_subscriber_list_users_async()'s callback as its own type. */
static void suprsend_get_subscriber_list_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_subscriber_list_users_callback)typed)(user_data, rc, (suprsend_get_subscriber_list_users_response *)result, err);
}

int suprsend_get_subscriber_list_users_async(suprsend_client *client, const suprsend_get_subscriber_list_users_params *params, suprsend_get_subscriber_list_users_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_subscriber_list_users_op, params, NULL, NULL,
                                   suprsend_get_subscriber_list_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'meta.after' as 'after' */
static const apic_pagination suprsend_get_subscriber_list_users_pagination = {
    APIC_PAGE_CURSOR, "results", "after", NULL,
    NULL, "meta.has_next", "meta.after", NULL, 1
};

int suprsend_get_subscriber_list_users_iter_new(suprsend_client *client, const suprsend_get_subscriber_list_users_params *params, suprsend_get_subscriber_list_users_iter **out, suprsend_error *err)
{
    return apic_pager_new(client, &suprsend_get_subscriber_list_users_op, &suprsend_get_subscriber_list_users_pagination, params, out, err);
}

int suprsend_get_subscriber_list_users_iter_next(suprsend_get_subscriber_list_users_iter *it, const suprsend_get_subscriber_list_users_response_results_item **item, suprsend_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const suprsend_get_subscriber_list_users_response_results_item *)next;
    return rc;
}

void suprsend_get_subscriber_list_users_iter_free(suprsend_get_subscriber_list_users_iter *it)
{
    apic_pager_free(it);
}

/* GET /v1/object/{object_type}/{id}/ */
static const apic_field suprsend_get_object_by_id_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_get_object_by_id_params, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_get_object_by_id_params, object_type), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_object_by_id_params_desc = {
    "get_object_by_id_params", sizeof(suprsend_get_object_by_id_params), suprsend_get_object_by_id_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_object_by_id_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_object_by_id_responses[] = {
    {200, &suprsend_get_object_by_id_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_object_by_id_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_get_object_by_id_security[] = {
    {suprsend_get_object_by_id_security_0, 1},
};
const apic_operation suprsend_get_object_by_id_op = {
    "suprsend_get_object_by_id", "GET", "/v1/object/{object_type}/{id}/",
    &suprsend_get_object_by_id_params_desc, suprsend_get_object_by_id_params_locs,
    NULL, NULL, false,
    suprsend_get_object_by_id_responses, 1,
    suprsend_get_object_by_id_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_get_object_by_id(suprsend_client *client, const suprsend_get_object_by_id_params *params, suprsend_get_object_by_id_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_object_by_id_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_object_by_id_response *)result;
    return rc;
}

/* Calls suprsend_get_object_by_id_async()'s callback as its own type. */
static void suprsend_get_object_by_id_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_object_by_id_callback)typed)(user_data, rc, (suprsend_get_object_by_id_response *)result, err);
}

int suprsend_get_object_by_id_async(suprsend_client *client, const suprsend_get_object_by_id_params *params, suprsend_get_object_by_id_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_object_by_id_op, params, NULL, NULL,
                                   suprsend_get_object_by_id_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/object/{object_type}/{id}/ */
static const apic_field suprsend_create_update_objects_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_params, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_params, object_type), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_update_objects_params_desc = {
    "create_update_objects_params", sizeof(suprsend_create_update_objects_params), suprsend_create_update_objects_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_update_objects_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_create_update_objects_responses[] = {
    {201, &suprsend_create_update_objects_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_update_objects_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_create_update_objects_security[] = {
    {suprsend_create_update_objects_security_0, 1},
};
const apic_operation suprsend_create_update_objects_op = {
    "suprsend_create_update_objects", "POST", "/v1/object/{object_type}/{id}/",
    &suprsend_create_update_objects_params_desc, suprsend_create_update_objects_params_locs,
    &suprsend_create_update_objects_request_Type, "application/json", false,
    suprsend_create_update_objects_responses, 1,
    suprsend_create_update_objects_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_create_update_objects(suprsend_client *client, const suprsend_create_update_objects_params *params, const suprsend_create_update_objects_request *body, suprsend_create_update_objects_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_update_objects_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_create_update_objects_response *)result;
    return rc;
}

/* Calls suprsend_create_update_objects_async()'s callback as its own type. */
static void suprsend_create_update_objects_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_update_objects_callback)typed)(user_data, rc, (suprsend_create_update_objects_response *)result, err);
}

int suprsend_create_update_objects_async(suprsend_client *client, const suprsend_create_update_objects_params *params, const suprsend_create_update_objects_request *body, suprsend_create_update_objects_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_update_objects_op, params, body, NULL,
                                   suprsend_create_update_objects_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/object/{object_type}/{id}/ */
static const apic_field suprsend_delete_object_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_delete_object_params, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_delete_object_params, object_type), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_object_params_desc = {
    "delete_object_params", sizeof(suprsend_delete_object_params), suprsend_delete_object_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_object_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_object_responses[] = {
    {204, &apic_type_any, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_object_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_delete_object_security[] = {
    {suprsend_delete_object_security_0, 1},
};
const apic_operation suprsend_delete_object_op = {
    "suprsend_delete_object", "DELETE", "/v1/object/{object_type}/{id}/",
    &suprsend_delete_object_params_desc, suprsend_delete_object_params_locs,
    NULL, NULL, false,
    suprsend_delete_object_responses, 1,
    suprsend_delete_object_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_delete_object(suprsend_client *client, const suprsend_delete_object_params *params, char **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_delete_object_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (char *)result;
    return rc;
}

/* Calls suprsend_delete_object_async()'s callback as its own type. */
static void suprsend_delete_object_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_delete_object_callback)typed)(user_data, rc, (char *)result, err);
}

int suprsend_delete_object_async(suprsend_client *client, const suprsend_delete_object_params *params, suprsend_delete_object_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_object_op, params, NULL, NULL,
                                   suprsend_delete_object_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/object/{object_type}/{id}/ */
static const apic_field suprsend_edit_object_profile_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_edit_object_profile_params, object_type), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_edit_object_profile_params, id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_edit_object_profile_params_desc = {
    "edit_object_profile_params", sizeof(suprsend_edit_object_profile_params), suprsend_edit_object_profile_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_edit_object_profile_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_edit_object_profile_responses[] = {
    {200, &suprsend_edit_object_profile_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_edit_object_profile_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_edit_object_profile_security[] = {
    {suprsend_edit_object_profile_security_0, 1},
};
const apic_operation suprsend_edit_object_profile_op = {
    "suprsend_edit_object_profile", "PATCH", "/v1/object/{object_type}/{id}/",
    &suprsend_edit_object_profile_params_desc, suprsend_edit_object_profile_params_locs,
    &suprsend_edit_object_profile_request_Type, "application/json", false,
    suprsend_edit_object_profile_responses, 1,
    suprsend_edit_object_profile_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_edit_object_profile(suprsend_client *client, const suprsend_edit_object_profile_params *params, const suprsend_edit_object_profile_request *body, suprsend_edit_object_profile_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_edit_object_profile_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_edit_object_profile_response *)result;
    return rc;
}

/* Calls suprsend_edit_object_profile_async()'s callback as its own type. */
static void suprsend_edit_object_profile_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_edit_object_profile_callback)typed)(user_data, rc, (suprsend_edit_object_profile_response *)result, err);
}

int suprsend_edit_object_profile_async(suprsend_client *client, const suprsend_edit_object_profile_params *params, const suprsend_edit_object_profile_request *body, suprsend_edit_object_profile_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_edit_object_profile_op, params, body, NULL,
                                   suprsend_edit_object_profile_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/object/{object_type}/{id}/subscription/ */
static const apic_field suprsend_list_object_subscriptions_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_list_object_subscriptions_params, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_list_object_subscriptions_params, object_type), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_object_subscriptions_params_desc = {
    "list_object_subscriptions_params", sizeof(suprsend_list_object_subscriptions_params), suprsend_list_object_subscriptions_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_object_subscriptions_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_object_subscriptions_responses[] = {
    {200, &suprsend_list_object_subscriptions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_object_subscriptions_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_list_object_subscriptions_security[] = {
    {suprsend_list_object_subscriptions_security_0, 1},
};
const apic_operation suprsend_list_object_subscriptions_op = {
    "suprsend_list_object_subscriptions", "GET", "/v1/object/{object_type}/{id}/subscription/",
    &suprsend_list_object_subscriptions_params_desc, suprsend_list_object_subscriptions_params_locs,
    NULL, NULL, false,
    suprsend_list_object_subscriptions_responses, 1,
    suprsend_list_object_subscriptions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_list_object_subscriptions(suprsend_client *client, const suprsend_list_object_subscriptions_params *params, suprsend_list_object_subscriptions_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_object_subscriptions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_object_subscriptions_response *)result;
    return rc;
}

/* Calls suprsend_list_object_subscriptions_async()'s callback as its own type. */
static void suprsend_list_object_subscriptions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_object_subscriptions_callback)typed)(user_data, rc, (suprsend_list_object_subscriptions_response *)result, err);
}

int suprsend_list_object_subscriptions_async(suprsend_client *client, const suprsend_list_object_subscriptions_params *params, suprsend_list_object_subscriptions_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_object_subscriptions_op, params, NULL, NULL,
                                   suprsend_list_object_subscriptions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/object/{object_type}/{id}/subscription/ */
static const apic_field suprsend_add_object_subscription_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_params, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_params, object_type), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_add_object_subscription_params_desc = {
    "add_object_subscription_params", sizeof(suprsend_add_object_subscription_params), suprsend_add_object_subscription_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_add_object_subscription_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_add_object_subscription_responses[] = {
    {200, &suprsend_add_object_subscription_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_add_object_subscription_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_add_object_subscription_security[] = {
    {suprsend_add_object_subscription_security_0, 1},
};
const apic_operation suprsend_add_object_subscription_op = {
    "suprsend_add_object_subscription", "POST", "/v1/object/{object_type}/{id}/subscription/",
    &suprsend_add_object_subscription_params_desc, suprsend_add_object_subscription_params_locs,
    &suprsend_add_object_subscription_request_Type, "application/json", false,
    suprsend_add_object_subscription_responses, 1,
    suprsend_add_object_subscription_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_add_object_subscription(suprsend_client *client, const suprsend_add_object_subscription_params *params, const suprsend_add_object_subscription_request *body, suprsend_add_object_subscription_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_add_object_subscription_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_add_object_subscription_response *)result;
    return rc;
}

/* Calls suprsend_add_object_subscription_async()'s callback as its own type. */
static void suprsend_add_object_subscription_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_add_object_subscription_callback)typed)(user_data, rc, (suprsend_add_object_subscription_response *)result, err);
}

int suprsend_add_object_subscription_async(suprsend_client *client, const suprsend_add_object_subscription_params *params, const suprsend_add_object_subscription_request *body, suprsend_add_object_subscription_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_add_object_subscription_op, params, body, NULL,
                                   suprsend_add_object_subscription_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/object/{object_type}/{id}/subscription/ */
static const apic_field suprsend_delete_object_subscriptions_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_delete_object_subscriptions_params, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_delete_object_subscriptions_params, object_type), -1, -1, &apic_type_string},
    {"recipients", 10, APIC_F_REQUIRED, offsetof(suprsend_delete_object_subscriptions_params, recipients), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_object_subscriptions_params_desc = {
    "delete_object_subscriptions_params", sizeof(suprsend_delete_object_subscriptions_params), suprsend_delete_object_subscriptions_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_object_subscriptions_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_delete_object_subscriptions_responses[] = {
    {204, &apic_type_any, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_object_subscriptions_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_delete_object_subscriptions_security[] = {
    {suprsend_delete_object_subscriptions_security_0, 1},
};
const apic_operation suprsend_delete_object_subscriptions_op = {
    "suprsend_delete_object_subscriptions", "DELETE", "/v1/object/{object_type}/{id}/subscription/",
    &suprsend_delete_object_subscriptions_params_desc, suprsend_delete_object_subscriptions_params_locs,
    &suprsend_delete_object_subscriptions_request_Type, "application/json", false,
    suprsend_delete_object_subscriptions_responses, 1,
    suprsend_delete_object_subscriptions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_delete_object_subscriptions(suprsend_client *client, const suprsend_delete_object_subscriptions_params *params, const suprsend_delete_object_subscriptions_request *body, char **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_delete_object_subscriptions_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (char *)result;
    return rc;
}

/* Calls suprsend_delete_object_subscriptions_async()'s callback as its own type. */
static void suprsend_delete_object_subscriptions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_delete_object_subscriptions_callback)typed)(user_data, rc, (char *)result, err);
}

int suprsend_delete_object_subscriptions_async(suprsend_client *client, const suprsend_delete_object_subscriptions_params *params, const suprsend_delete_object_subscriptions_request *body, suprsend_delete_object_subscriptions_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_object_subscriptions_op, params, body, NULL,
                                   suprsend_delete_object_subscriptions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/object/{object_type}/ */
static const apic_field suprsend_list_objects_by_type_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_list_objects_by_type_params, object_type), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_objects_by_type_params_desc = {
    "list_objects_by_type_params", sizeof(suprsend_list_objects_by_type_params), suprsend_list_objects_by_type_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_objects_by_type_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_objects_by_type_responses[] = {
    {200, &suprsend_list_objects_by_type_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_objects_by_type_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_list_objects_by_type_security[] = {
    {suprsend_list_objects_by_type_security_0, 1},
};
const apic_operation suprsend_list_objects_by_type_op = {
    "suprsend_list_objects_by_type", "GET", "/v1/object/{object_type}/",
    &suprsend_list_objects_by_type_params_desc, suprsend_list_objects_by_type_params_locs,
    NULL, NULL, false,
    suprsend_list_objects_by_type_responses, 1,
    suprsend_list_objects_by_type_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_list_objects_by_type(suprsend_client *client, const suprsend_list_objects_by_type_params *params, suprsend_list_objects_by_type_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_objects_by_type_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_objects_by_type_response *)result;
    return rc;
}

/* Calls suprsend_list_objects_by_type_async()'s callback as its own type. */
static void suprsend_list_objects_by_type_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_objects_by_type_callback)typed)(user_data, rc, (suprsend_list_objects_by_type_response *)result, err);
}

int suprsend_list_objects_by_type_async(suprsend_client *client, const suprsend_list_objects_by_type_params *params, suprsend_list_objects_by_type_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_objects_by_type_op, params, NULL, NULL,
                                   suprsend_list_objects_by_type_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/object/{object_type}/{id}/preference/category/{category_slug}/ */
static const apic_field suprsend_fetch_object_preference_single_category_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_preference_single_category_params, object_type), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_fetch_object_preference_single_category_params, tenant_id), -1, -1, &apic_type_string},
    {"show_opt_out_channels", 21, 0, offsetof(suprsend_fetch_object_preference_single_category_params, show_opt_out_channels), offsetof(suprsend_fetch_object_preference_single_category_params, has_show_opt_out_channels), -1, &apic_type_bool},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_preference_single_category_params, id), -1, -1, &apic_type_string},
    {"category_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_preference_single_category_params, category_slug), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_fetch_object_preference_single_category_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_fetch_object_preference_single_category_params_desc = {
    "fetch_object_preference_single_category_params", sizeof(suprsend_fetch_object_preference_single_category_params), suprsend_fetch_object_preference_single_category_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_object_preference_single_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_fetch_object_preference_single_category_responses[] = {
    {200, &suprsend_fetch_object_preference_single_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_object_preference_single_category_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_object_preference_single_category_security[] = {
    {suprsend_fetch_object_preference_single_category_security_0, 1},
};
const apic_operation suprsend_fetch_object_preference_single_category_op = {
    "suprsend_fetch_object_preference_single_category", "GET", "/v1/object/{object_type}/{id}/preference/category/{category_slug}/",
    &suprsend_fetch_object_preference_single_category_params_desc, suprsend_fetch_object_preference_single_category_params_locs,
    NULL, NULL, false,
    suprsend_fetch_object_preference_single_category_responses, 1,
    suprsend_fetch_object_preference_single_category_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_object_preference_single_category(suprsend_client *client, const suprsend_fetch_object_preference_single_category_params *params, suprsend_fetch_object_preference_single_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_object_preference_single_category_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_object_preference_single_category_response *)result;
    return rc;
}

/* Calls suprsend_fetch_object_preference_single_category_async()'s callback as its own type. */
static void suprsend_fetch_object_preference_single_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_object_preference_single_category_callback)typed)(user_data, rc, (suprsend_fetch_object_preference_single_category_response *)result, err);
}

int suprsend_fetch_object_preference_single_category_async(suprsend_client *client, const suprsend_fetch_object_preference_single_category_params *params, suprsend_fetch_object_preference_single_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_object_preference_single_category_op, params, NULL, NULL,
                                   suprsend_fetch_object_preference_single_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/object/{object_type}/{id}/preference/category/{category_slug}/ */
static const apic_field suprsend_object_preference_category_params_desc_Fields[] = {
    {"tenant_id", 9, 0, offsetof(suprsend_object_preference_category_params, tenant_id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_object_preference_category_params, object_type), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_object_preference_category_params, id), -1, -1, &apic_type_string},
    {"category_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_object_preference_category_params, category_slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_object_preference_category_params_desc = {
    "object_preference_category_params", sizeof(suprsend_object_preference_category_params), suprsend_object_preference_category_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_object_preference_category_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_object_preference_category_responses[] = {
    {202, &suprsend_object_preference_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_object_preference_category_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_object_preference_category_security[] = {
    {suprsend_object_preference_category_security_0, 1},
};
const apic_operation suprsend_object_preference_category_op = {
    "suprsend_object_preference_category", "PATCH", "/v1/object/{object_type}/{id}/preference/category/{category_slug}/",
    &suprsend_object_preference_category_params_desc, suprsend_object_preference_category_params_locs,
    &suprsend_object_preference_category_request_Type, "application/json", false,
    suprsend_object_preference_category_responses, 1,
    suprsend_object_preference_category_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_object_preference_category(suprsend_client *client, const suprsend_object_preference_category_params *params, const suprsend_object_preference_category_request *body, suprsend_object_preference_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_object_preference_category_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_object_preference_category_response *)result;
    return rc;
}

/* Calls suprsend_object_preference_category_async()'s callback as its own type. */
static void suprsend_object_preference_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_object_preference_category_callback)typed)(user_data, rc, (suprsend_object_preference_category_response *)result, err);
}

int suprsend_object_preference_category_async(suprsend_client *client, const suprsend_object_preference_category_params *params, const suprsend_object_preference_category_request *body, suprsend_object_preference_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_object_preference_category_op, params, body, NULL,
                                   suprsend_object_preference_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/object/{object_type}/{id}/preference/channel_preference/ */
static const apic_field suprsend_fetch_object_preference_all_channels_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_preference_all_channels_params, object_type), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_fetch_object_preference_all_channels_params, tenant_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_preference_all_channels_params, id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_fetch_object_preference_all_channels_params_desc = {
    "fetch_object_preference_all_channels_params", sizeof(suprsend_fetch_object_preference_all_channels_params), suprsend_fetch_object_preference_all_channels_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_object_preference_all_channels_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_fetch_object_preference_all_channels_responses[] = {
    {200, &suprsend_fetch_object_preference_all_channels_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_object_preference_all_channels_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_object_preference_all_channels_security[] = {
    {suprsend_fetch_object_preference_all_channels_security_0, 1},
};
const apic_operation suprsend_fetch_object_preference_all_channels_op = {
    "suprsend_fetch_object_preference_all_channels", "GET", "/v1/object/{object_type}/{id}/preference/channel_preference/",
    &suprsend_fetch_object_preference_all_channels_params_desc, suprsend_fetch_object_preference_all_channels_params_locs,
    NULL, NULL, false,
    suprsend_fetch_object_preference_all_channels_responses, 1,
    suprsend_fetch_object_preference_all_channels_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_object_preference_all_channels(suprsend_client *client, const suprsend_fetch_object_preference_all_channels_params *params, suprsend_fetch_object_preference_all_channels_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_object_preference_all_channels_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_object_preference_all_channels_response *)result;
    return rc;
}

/* Calls suprsend_fetch_object_preference_all_channels_async()'s callback as its own type. */
static void suprsend_fetch_object_preference_all_channels_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_object_preference_all_channels_callback)typed)(user_data, rc, (suprsend_fetch_object_preference_all_channels_response *)result, err);
}

int suprsend_fetch_object_preference_all_channels_async(suprsend_client *client, const suprsend_fetch_object_preference_all_channels_params *params, suprsend_fetch_object_preference_all_channels_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_object_preference_all_channels_op, params, NULL, NULL,
                                   suprsend_fetch_object_preference_all_channels_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/object/{object_type}/{id}/preference/channel_preference/ */
static const apic_field suprsend_object_preference_channel_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_object_preference_channel_params, object_type), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_object_preference_channel_params, tenant_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_object_preference_channel_params, id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_object_preference_channel_params_desc = {
    "object_preference_channel_params", sizeof(suprsend_object_preference_channel_params), suprsend_object_preference_channel_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_object_preference_channel_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_object_preference_channel_responses[] = {
    {202, &suprsend_object_preference_channel_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_object_preference_channel_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_object_preference_channel_security[] = {
    {suprsend_object_preference_channel_security_0, 1},
};
const apic_operation suprsend_object_preference_channel_op = {
    "suprsend_object_preference_channel", "PATCH", "/v1/object/{object_type}/{id}/preference/channel_preference/",
    &suprsend_object_preference_channel_params_desc, suprsend_object_preference_channel_params_locs,
    &suprsend_object_preference_channel_request_Type, "application/json", false,
    suprsend_object_preference_channel_responses, 1,
    suprsend_object_preference_channel_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_object_preference_channel(suprsend_client *client, const suprsend_object_preference_channel_params *params, const suprsend_object_preference_channel_request *body, suprsend_object_preference_channel_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_object_preference_channel_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_object_preference_channel_response *)result;
    return rc;
}

/* Calls suprsend_object_preference_channel_async()'s callback as its own type. */
static void suprsend_object_preference_channel_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_object_preference_channel_callback)typed)(user_data, rc, (suprsend_object_preference_channel_response *)result, err);
}

int suprsend_object_preference_channel_async(suprsend_client *client, const suprsend_object_preference_channel_params *params, const suprsend_object_preference_channel_request *body, suprsend_object_preference_channel_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_object_preference_channel_op, params, body, NULL,
                                   suprsend_object_preference_channel_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/object/{object_type}/{id}/preference/ */
static const apic_field suprsend_fetch_object_full_preference_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_full_preference_params, object_type), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_fetch_object_full_preference_params, tenant_id), -1, -1, &apic_type_string},
    {"show_opt_out_channels", 21, 0, offsetof(suprsend_fetch_object_full_preference_params, show_opt_out_channels), offsetof(suprsend_fetch_object_full_preference_params, has_show_opt_out_channels), -1, &apic_type_bool},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_full_preference_params, id), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_fetch_object_full_preference_params, tags), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_fetch_object_full_preference_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_fetch_object_full_preference_params_desc = {
    "fetch_object_full_preference_params", sizeof(suprsend_fetch_object_full_preference_params), suprsend_fetch_object_full_preference_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_object_full_preference_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_fetch_object_full_preference_responses[] = {
    {200, &suprsend_fetch_object_full_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_object_full_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_object_full_preference_security[] = {
    {suprsend_fetch_object_full_preference_security_0, 1},
};
const apic_operation suprsend_fetch_object_full_preference_op = {
    "suprsend_fetch_object_full_preference", "GET", "/v1/object/{object_type}/{id}/preference/",
    &suprsend_fetch_object_full_preference_params_desc, suprsend_fetch_object_full_preference_params_locs,
    NULL, NULL, false,
    suprsend_fetch_object_full_preference_responses, 1,
    suprsend_fetch_object_full_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_object_full_preference(suprsend_client *client, const suprsend_fetch_object_full_preference_params *params, suprsend_fetch_object_full_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_object_full_preference_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_object_full_preference_response *)result;
    return rc;
}

/* Calls suprsend_fetch_object_full_preference_async()'s callback as its own type. */
static void suprsend_fetch_object_full_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_object_full_preference_callback)typed)(user_data, rc, (suprsend_fetch_object_full_preference_response *)result, err);
}

int suprsend_fetch_object_full_preference_async(suprsend_client *client, const suprsend_fetch_object_full_preference_params *params, suprsend_fetch_object_full_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_object_full_preference_op, params, NULL, NULL,
                                   suprsend_fetch_object_full_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/object/{object_type}/{id}/preference/ */
static const apic_field suprsend_update_object_full_preference_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_update_object_full_preference_params, object_type), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_update_object_full_preference_params, id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_update_object_full_preference_params, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_object_full_preference_params_desc = {
    "update_object_full_preference_params", sizeof(suprsend_update_object_full_preference_params), suprsend_update_object_full_preference_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_object_full_preference_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_update_object_full_preference_responses[] = {
    {200, &suprsend_update_object_full_preference_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_object_full_preference_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_update_object_full_preference_security[] = {
    {suprsend_update_object_full_preference_security_0, 1},
};
const apic_operation suprsend_update_object_full_preference_op = {
    "suprsend_update_object_full_preference", "PATCH", "/v1/object/{object_type}/{id}/preference/",
    &suprsend_update_object_full_preference_params_desc, suprsend_update_object_full_preference_params_locs,
    &suprsend_update_object_full_preference_request_Type, "application/json", false,
    suprsend_update_object_full_preference_responses, 1,
    suprsend_update_object_full_preference_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_update_object_full_preference(suprsend_client *client, const suprsend_update_object_full_preference_params *params, const suprsend_update_object_full_preference_request *body, suprsend_update_object_full_preference_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_object_full_preference_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_update_object_full_preference_response *)result;
    return rc;
}

/* Calls suprsend_update_object_full_preference_async()'s callback as its own type. */
static void suprsend_update_object_full_preference_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_object_full_preference_callback)typed)(user_data, rc, (suprsend_update_object_full_preference_response *)result, err);
}

int suprsend_update_object_full_preference_async(suprsend_client *client, const suprsend_update_object_full_preference_params *params, const suprsend_update_object_full_preference_request *body, suprsend_update_object_full_preference_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_object_full_preference_op, params, body, NULL,
                                   suprsend_update_object_full_preference_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/object/{object_type}/{id}/preference/category/ */
static const apic_field suprsend_fetch_object_preference_all_categories_params_desc_Fields[] = {
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_preference_all_categories_params, object_type), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_fetch_object_preference_all_categories_params, tenant_id), -1, -1, &apic_type_string},
    {"show_opt_out_channels", 21, 0, offsetof(suprsend_fetch_object_preference_all_categories_params, show_opt_out_channels), offsetof(suprsend_fetch_object_preference_all_categories_params, has_show_opt_out_channels), -1, &apic_type_bool},
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_preference_all_categories_params, id), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_fetch_object_preference_all_categories_params, tags), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_fetch_object_preference_all_categories_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_fetch_object_preference_all_categories_params_desc = {
    "fetch_object_preference_all_categories_params", sizeof(suprsend_fetch_object_preference_all_categories_params), suprsend_fetch_object_preference_all_categories_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_object_preference_all_categories_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_fetch_object_preference_all_categories_responses[] = {
    {200, &suprsend_fetch_object_preference_all_categories_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_object_preference_all_categories_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_object_preference_all_categories_security[] = {
    {suprsend_fetch_object_preference_all_categories_security_0, 1},
};
const apic_operation suprsend_fetch_object_preference_all_categories_op = {
    "suprsend_fetch_object_preference_all_categories", "GET", "/v1/object/{object_type}/{id}/preference/category/",
    &suprsend_fetch_object_preference_all_categories_params_desc, suprsend_fetch_object_preference_all_categories_params_locs,
    NULL, NULL, false,
    suprsend_fetch_object_preference_all_categories_responses, 1,
    suprsend_fetch_object_preference_all_categories_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_object_preference_all_categories(suprsend_client *client, const suprsend_fetch_object_preference_all_categories_params *params, suprsend_fetch_object_preference_all_categories_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_object_preference_all_categories_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_object_preference_all_categories_response *)result;
    return rc;
}

/* Calls suprsend_fetch_object_preference_all_categories_async()'s callback as its own type. */
static void suprsend_fetch_object_preference_all_categories_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_object_preference_all_categories_callback)typed)(user_data, rc, (suprsend_fetch_object_preference_all_categories_response *)result, err);
}

int suprsend_fetch_object_preference_all_categories_async(suprsend_client *client, const suprsend_fetch_object_preference_all_categories_params *params, suprsend_fetch_object_preference_all_categories_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_object_preference_all_categories_op, params, NULL, NULL,
                                   suprsend_fetch_object_preference_all_categories_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/{distinct_id}/ */
static const apic_field suprsend_fetch_user_profile_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_user_profile_params, distinct_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_fetch_user_profile_params_desc = {
    "fetch_user_profile_params", sizeof(suprsend_fetch_user_profile_params), suprsend_fetch_user_profile_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_user_profile_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_fetch_user_profile_responses[] = {
    {200, &suprsend_fetch_user_profile_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_user_profile_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_user_profile_security[] = {
    {suprsend_fetch_user_profile_security_0, 1},
};
const apic_operation suprsend_fetch_user_profile_op = {
    "suprsend_fetch_user_profile", "GET", "/v1/user/{distinct_id}/",
    &suprsend_fetch_user_profile_params_desc, suprsend_fetch_user_profile_params_locs,
    NULL, NULL, false,
    suprsend_fetch_user_profile_responses, 1,
    suprsend_fetch_user_profile_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_user_profile(suprsend_client *client, const suprsend_fetch_user_profile_params *params, suprsend_fetch_user_profile_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_user_profile_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_user_profile_response *)result;
    return rc;
}

/* Calls suprsend_fetch_user_profile_async()'s callback as its own type. */
static void suprsend_fetch_user_profile_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_user_profile_callback)typed)(user_data, rc, (suprsend_fetch_user_profile_response *)result, err);
}

int suprsend_fetch_user_profile_async(suprsend_client *client, const suprsend_fetch_user_profile_params *params, suprsend_fetch_user_profile_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_user_profile_op, params, NULL, NULL,
                                   suprsend_fetch_user_profile_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/user/{distinct_id}/ */
static const apic_field suprsend_create_update_users_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_params, distinct_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_update_users_params_desc = {
    "create_update_users_params", sizeof(suprsend_create_update_users_params), suprsend_create_update_users_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_update_users_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_create_update_users_responses[] = {
    {201, &suprsend_create_update_users_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_update_users_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_create_update_users_security[] = {
    {suprsend_create_update_users_security_0, 1},
};
const apic_operation suprsend_create_update_users_op = {
    "suprsend_create_update_users", "POST", "/v1/user/{distinct_id}/",
    &suprsend_create_update_users_params_desc, suprsend_create_update_users_params_locs,
    &suprsend_create_update_users_request_Type, "application/json", false,
    suprsend_create_update_users_responses, 1,
    suprsend_create_update_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_create_update_users(suprsend_client *client, const suprsend_create_update_users_params *params, const suprsend_create_update_users_request *body, suprsend_create_update_users_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_update_users_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_create_update_users_response *)result;
    return rc;
}

/* Calls suprsend_create_update_users_async()'s callback as its own type. */
static void suprsend_create_update_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_update_users_callback)typed)(user_data, rc, (suprsend_create_update_users_response *)result, err);
}

int suprsend_create_update_users_async(suprsend_client *client, const suprsend_create_update_users_params *params, const suprsend_create_update_users_request *body, suprsend_create_update_users_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_update_users_op, params, body, NULL,
                                   suprsend_create_update_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/user/{distinct_id}/ */
static const apic_field suprsend_delete_user_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_delete_user_params, distinct_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_user_params_desc = {
    "delete_user_params", sizeof(suprsend_delete_user_params), suprsend_delete_user_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_user_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_user_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_user_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_delete_user_security[] = {
    {suprsend_delete_user_security_0, 1},
};
const apic_operation suprsend_delete_user_op = {
    "suprsend_delete_user", "DELETE", "/v1/user/{distinct_id}/",
    &suprsend_delete_user_params_desc, suprsend_delete_user_params_locs,
    NULL, NULL, false,
    suprsend_delete_user_responses, 1,
    suprsend_delete_user_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_delete_user(suprsend_client *client, const suprsend_delete_user_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_delete_user_op, params, NULL, NULL, err);
}

/* Calls suprsend_delete_user_async()'s callback as its own type. */
static void suprsend_delete_user_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_delete_user_callback)typed)(user_data, rc, err);
}

int suprsend_delete_user_async(suprsend_client *client, const suprsend_delete_user_params *params, suprsend_delete_user_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_user_op, params, NULL, NULL,
                                   suprsend_delete_user_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/user/{distinct_id}/ */
static const apic_field suprsend_edit_user_profile_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_edit_user_profile_params, distinct_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_edit_user_profile_params_desc = {
    "edit_user_profile_params", sizeof(suprsend_edit_user_profile_params), suprsend_edit_user_profile_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_edit_user_profile_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_edit_user_profile_responses[] = {
    {202, &suprsend_edit_user_profile_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_edit_user_profile_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_edit_user_profile_security[] = {
    {suprsend_edit_user_profile_security_0, 1},
};
const apic_operation suprsend_edit_user_profile_op = {
    "suprsend_edit_user_profile", "PATCH", "/v1/user/{distinct_id}/",
    &suprsend_edit_user_profile_params_desc, suprsend_edit_user_profile_params_locs,
    &suprsend_edit_user_profile_request_Type, "application/json", false,
    suprsend_edit_user_profile_responses, 1,
    suprsend_edit_user_profile_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_edit_user_profile(suprsend_client *client, const suprsend_edit_user_profile_params *params, const suprsend_edit_user_profile_request *body, suprsend_edit_user_profile_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_edit_user_profile_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_edit_user_profile_response *)result;
    return rc;
}

/* Calls suprsend_edit_user_profile_async()'s callback as its own type. */
static void suprsend_edit_user_profile_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_edit_user_profile_callback)typed)(user_data, rc, (suprsend_edit_user_profile_response *)result, err);
}

int suprsend_edit_user_profile_async(suprsend_client *client, const suprsend_edit_user_profile_params *params, const suprsend_edit_user_profile_request *body, suprsend_edit_user_profile_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_edit_user_profile_op, params, body, NULL,
                                   suprsend_edit_user_profile_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/ */
static const apic_response suprsend_list_users_responses[] = {
    {200, &suprsend_list_users_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_users_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_list_users_security[] = {
    {suprsend_list_users_security_0, 1},
};
const apic_operation suprsend_list_users_op = {
    "suprsend_list_users", "GET", "/v1/user/",
    NULL, NULL,
    NULL, NULL, false,
    suprsend_list_users_responses, 1,
    suprsend_list_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_list_users(suprsend_client *client, suprsend_list_users_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_users_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_users_response *)result;
    return rc;
}

/* Calls suprsend_list_users_async()'s callback as its own type. */
static void suprsend_list_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_users_callback)typed)(user_data, rc, (suprsend_list_users_response *)result, err);
}

int suprsend_list_users_async(suprsend_client *client, suprsend_list_users_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_users_op, NULL, NULL, NULL,
                                   suprsend_list_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/user/{distinct_id}/merge/ */
static const apic_field suprsend_merge_users_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_merge_users_params, distinct_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_merge_users_params_desc = {
    "merge_users_params", sizeof(suprsend_merge_users_params), suprsend_merge_users_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_merge_users_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_merge_users_responses[] = {
    {201, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_merge_users_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_merge_users_security[] = {
    {suprsend_merge_users_security_0, 1},
};
const apic_operation suprsend_merge_users_op = {
    "suprsend_merge_users", "POST", "/v1/user/{distinct_id}/merge/",
    &suprsend_merge_users_params_desc, suprsend_merge_users_params_locs,
    &suprsend_merge_users_request_Type, "application/json", false,
    suprsend_merge_users_responses, 1,
    suprsend_merge_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_merge_users(suprsend_client *client, const suprsend_merge_users_params *params, const suprsend_merge_users_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_merge_users_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_merge_users_async()'s callback as its own type. */
static void suprsend_merge_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_merge_users_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_merge_users_async(suprsend_client *client, const suprsend_merge_users_params *params, const suprsend_merge_users_request *body, suprsend_merge_users_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_merge_users_op, params, body, NULL,
                                   suprsend_merge_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/{distinct_id}/subscribed_to/object/ */
static const apic_field suprsend_fetch_user_object_subscriptions_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_user_object_subscriptions_params, distinct_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(suprsend_fetch_user_object_subscriptions_params, limit), offsetof(suprsend_fetch_user_object_subscriptions_params, has_limit), -1, &apic_type_int32},
};
static const apic_struct_desc suprsend_fetch_user_object_subscriptions_params_desc = {
    "fetch_user_object_subscriptions_params", sizeof(suprsend_fetch_user_object_subscriptions_params), suprsend_fetch_user_object_subscriptions_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_user_object_subscriptions_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_fetch_user_object_subscriptions_responses[] = {
    {200, &suprsend_fetch_user_object_subscriptions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_user_object_subscriptions_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_user_object_subscriptions_security[] = {
    {suprsend_fetch_user_object_subscriptions_security_0, 1},
};
const apic_operation suprsend_fetch_user_object_subscriptions_op = {
    "suprsend_fetch_user_object_subscriptions", "GET", "/v1/user/{distinct_id}/subscribed_to/object/",
    &suprsend_fetch_user_object_subscriptions_params_desc, suprsend_fetch_user_object_subscriptions_params_locs,
    NULL, NULL, false,
    suprsend_fetch_user_object_subscriptions_responses, 1,
    suprsend_fetch_user_object_subscriptions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_user_object_subscriptions(suprsend_client *client, const suprsend_fetch_user_object_subscriptions_params *params, suprsend_fetch_user_object_subscriptions_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_user_object_subscriptions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_user_object_subscriptions_response *)result;
    return rc;
}

/* Calls suprsend_fetch_user_object_subscriptions_async()'s callback as its own type. */
static void suprsend_fetch_user_object_subscriptions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_user_object_subscriptions_callback)typed)(user_data, rc, (suprsend_fetch_user_object_subscriptions_response *)result, err);
}

int suprsend_fetch_user_object_subscriptions_async(suprsend_client *client, const suprsend_fetch_user_object_subscriptions_params *params, suprsend_fetch_user_object_subscriptions_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_user_object_subscriptions_op, params, NULL, NULL,
                                   suprsend_fetch_user_object_subscriptions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/user/{distinct_id}/subscribed_to/list/ */
static const apic_field suprsend_fetch_user_list_subscriptions_params_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_user_list_subscriptions_params, distinct_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(suprsend_fetch_user_list_subscriptions_params, limit), offsetof(suprsend_fetch_user_list_subscriptions_params, has_limit), -1, &apic_type_int32},
};
static const apic_struct_desc suprsend_fetch_user_list_subscriptions_params_desc = {
    "fetch_user_list_subscriptions_params", sizeof(suprsend_fetch_user_list_subscriptions_params), suprsend_fetch_user_list_subscriptions_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_user_list_subscriptions_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_fetch_user_list_subscriptions_responses[] = {
    {200, &suprsend_fetch_user_list_subscriptions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_user_list_subscriptions_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_user_list_subscriptions_security[] = {
    {suprsend_fetch_user_list_subscriptions_security_0, 1},
};
const apic_operation suprsend_fetch_user_list_subscriptions_op = {
    "suprsend_fetch_user_list_subscriptions", "GET", "/v1/user/{distinct_id}/subscribed_to/list/",
    &suprsend_fetch_user_list_subscriptions_params_desc, suprsend_fetch_user_list_subscriptions_params_locs,
    NULL, NULL, false,
    suprsend_fetch_user_list_subscriptions_responses, 1,
    suprsend_fetch_user_list_subscriptions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_user_list_subscriptions(suprsend_client *client, const suprsend_fetch_user_list_subscriptions_params *params, suprsend_fetch_user_list_subscriptions_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_user_list_subscriptions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_user_list_subscriptions_response *)result;
    return rc;
}

/* Calls suprsend_fetch_user_list_subscriptions_async()'s callback as its own type. */
static void suprsend_fetch_user_list_subscriptions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_user_list_subscriptions_callback)typed)(user_data, rc, (suprsend_fetch_user_list_subscriptions_response *)result, err);
}

int suprsend_fetch_user_list_subscriptions_async(suprsend_client *client, const suprsend_fetch_user_list_subscriptions_params *params, suprsend_fetch_user_list_subscriptions_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_user_list_subscriptions_op, params, NULL, NULL,
                                   suprsend_fetch_user_list_subscriptions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/object/{object_type}/{id}/subscribed_to/object/ */
static const apic_field suprsend_fetch_object_subscriptions_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_subscriptions_params, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_subscriptions_params, object_type), -1, -1, &apic_type_string},
    {"limit", 5, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_subscriptions_params, limit), -1, -1, &apic_type_int32},
    {"after", 5, APIC_F_REQUIRED, offsetof(suprsend_fetch_object_subscriptions_params, after), -1, -1, &apic_type_int32},
};
static const apic_struct_desc suprsend_fetch_object_subscriptions_params_desc = {
    "fetch_object_subscriptions_params", sizeof(suprsend_fetch_object_subscriptions_params), suprsend_fetch_object_subscriptions_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_fetch_object_subscriptions_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_fetch_object_subscriptions_responses[] = {
    {200, &suprsend_fetch_object_subscriptions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_fetch_object_subscriptions_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_fetch_object_subscriptions_security[] = {
    {suprsend_fetch_object_subscriptions_security_0, 1},
};
const apic_operation suprsend_fetch_object_subscriptions_op = {
    "suprsend_fetch_object_subscriptions", "GET", "/v1/object/{object_type}/{id}/subscribed_to/object/",
    &suprsend_fetch_object_subscriptions_params_desc, suprsend_fetch_object_subscriptions_params_locs,
    NULL, NULL, false,
    suprsend_fetch_object_subscriptions_responses, 1,
    suprsend_fetch_object_subscriptions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_fetch_object_subscriptions(suprsend_client *client, const suprsend_fetch_object_subscriptions_params *params, suprsend_fetch_object_subscriptions_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_fetch_object_subscriptions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_fetch_object_subscriptions_response *)result;
    return rc;
}

/* Calls suprsend_fetch_object_subscriptions_async()'s callback as its own type. */
static void suprsend_fetch_object_subscriptions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_fetch_object_subscriptions_callback)typed)(user_data, rc, (suprsend_fetch_object_subscriptions_response *)result, err);
}

int suprsend_fetch_object_subscriptions_async(suprsend_client *client, const suprsend_fetch_object_subscriptions_params *params, suprsend_fetch_object_subscriptions_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_fetch_object_subscriptions_op, params, NULL, NULL,
                                   suprsend_fetch_object_subscriptions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/message/ */
static const apic_field suprsend_list_messages_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(suprsend_list_messages_params, limit), offsetof(suprsend_list_messages_params, has_limit), -1, &apic_type_int64},
    {"after", 5, 0, offsetof(suprsend_list_messages_params, after), -1, -1, &apic_type_string},
    {"before", 6, 0, offsetof(suprsend_list_messages_params, before), -1, -1, &apic_type_string},
    {"status[]", 8, 0, offsetof(suprsend_list_messages_params, status), offsetof(suprsend_list_messages_params, has_status), -1, &suprsend_list_messages_status_item_array_Type},
    {"channel", 7, 0, offsetof(suprsend_list_messages_params, channel), offsetof(suprsend_list_messages_params, has_channel), -1, &suprsend_list_messages_channel_Type},
    {"recipient_id[]", 14, 0, offsetof(suprsend_list_messages_params, recipient_id), offsetof(suprsend_list_messages_params, has_recipient_id), -1, &suprsend_string_array_Type},
    {"category[]", 10, 0, offsetof(suprsend_list_messages_params, category), offsetof(suprsend_list_messages_params, has_category), -1, &suprsend_string_array_Type},
    {"created_at_gte", 14, 0, offsetof(suprsend_list_messages_params, created_at_gte), -1, -1, &suprsend_string_date_time_Type},
    {"created_at_lte", 14, 0, offsetof(suprsend_list_messages_params, created_at_lte), -1, -1, &suprsend_string_date_time_Type},
    {"workflow_slug", 13, 0, offsetof(suprsend_list_messages_params, workflow_slug), -1, -1, &apic_type_string},
    {"execution_id", 12, 0, offsetof(suprsend_list_messages_params, execution_id), -1, -1, &apic_type_string},
    {"idempotency_key", 15, 0, offsetof(suprsend_list_messages_params, idempotency_key), -1, -1, &apic_type_string},
    {"message_id", 10, 0, offsetof(suprsend_list_messages_params, message_id), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(suprsend_list_messages_params, tenant_id), -1, -1, &apic_type_string},
    {"is_campaign", 11, 0, offsetof(suprsend_list_messages_params, is_campaign), offsetof(suprsend_list_messages_params, has_is_campaign), -1, &apic_type_bool},
    {"object_id", 9, 0, offsetof(suprsend_list_messages_params, object_id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_list_messages_params, object_type), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_messages_params_desc = {
    "list_messages_params", sizeof(suprsend_list_messages_params), suprsend_list_messages_params_desc_Fields, 17,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_messages_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_list_messages_responses[] = {
    {200, &suprsend_list_messages_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_messages_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_list_messages_security[] = {
    {suprsend_list_messages_security_0, 1},
};
const apic_operation suprsend_list_messages_op = {
    "suprsend_list_messages", "GET", "/v1/message/",
    &suprsend_list_messages_params_desc, suprsend_list_messages_params_locs,
    NULL, NULL, false,
    suprsend_list_messages_responses, 1,
    suprsend_list_messages_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_list_messages(suprsend_client *client, const suprsend_list_messages_params *params, suprsend_list_messages_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_messages_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_messages_response *)result;
    return rc;
}

/* Calls suprsend_list_messages_async()'s callback as its own type. */
static void suprsend_list_messages_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_messages_callback)typed)(user_data, rc, (suprsend_list_messages_response *)result, err);
}

int suprsend_list_messages_async(suprsend_client *client, const suprsend_list_messages_params *params, suprsend_list_messages_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_messages_op, params, NULL, NULL,
                                   suprsend_list_messages_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'meta.after' as 'after' */
static const apic_pagination suprsend_list_messages_pagination = {
    APIC_PAGE_CURSOR, "results", "after", NULL,
    NULL, "meta.has_next", "meta.after", NULL, 1
};

int suprsend_list_messages_iter_new(suprsend_client *client, const suprsend_list_messages_params *params, suprsend_list_messages_iter **out, suprsend_error *err)
{
    return apic_pager_new(client, &suprsend_list_messages_op, &suprsend_list_messages_pagination, params, out, err);
}

int suprsend_list_messages_iter_next(suprsend_list_messages_iter *it, const suprsend_message_response **item, suprsend_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const suprsend_message_response *)next;
    return rc;
}

void suprsend_list_messages_iter_free(suprsend_list_messages_iter *it)
{
    apic_pager_free(it);
}

/* PATCH /v1/bulk/message/ */
static const apic_response suprsend_bulk_update_messages_responses[] = {
    {202, &suprsend_bulk_update_messages_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_bulk_update_messages_security_0[] = { &suprsend_scheme_bearer_auth };
static const apic_security_req suprsend_bulk_update_messages_security[] = {
    {suprsend_bulk_update_messages_security_0, 1},
};
const apic_operation suprsend_bulk_update_messages_op = {
    "suprsend_bulk_update_messages", "PATCH", "/v1/bulk/message/",
    NULL, NULL,
    &suprsend_bulk_update_messages_request_Type, "application/json", true,
    suprsend_bulk_update_messages_responses, 1,
    suprsend_bulk_update_messages_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int suprsend_bulk_update_messages(suprsend_client *client, const suprsend_bulk_update_messages_request *body, suprsend_bulk_update_messages_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_bulk_update_messages_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_bulk_update_messages_response *)result;
    return rc;
}

/* Calls suprsend_bulk_update_messages_async()'s callback as its own type. */
static void suprsend_bulk_update_messages_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_bulk_update_messages_callback)typed)(user_data, rc, (suprsend_bulk_update_messages_response *)result, err);
}

int suprsend_bulk_update_messages_async(suprsend_client *client, const suprsend_bulk_update_messages_request *body, suprsend_bulk_update_messages_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_bulk_update_messages_op, NULL, body, NULL,
                                   suprsend_bulk_update_messages_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/workspace/ */
static const apic_response suprsend_list_workspaces_responses[] = {
    {200, &suprsend_management_workspace_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_workspaces_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_workspaces_security[] = {
    {suprsend_list_workspaces_security_0, 1},
};
const apic_operation suprsend_list_workspaces_op = {
    "suprsend_list_workspaces", "GET", "/v1/workspace/",
    NULL, NULL,
    NULL, NULL, false,
    suprsend_list_workspaces_responses, 1,
    suprsend_list_workspaces_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_workspaces(suprsend_client *client, suprsend_management_workspace_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_workspaces_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_list_response *)result;
    return rc;
}

/* Calls suprsend_list_workspaces_async()'s callback as its own type. */
static void suprsend_list_workspaces_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_workspaces_callback)typed)(user_data, rc, (suprsend_management_workspace_list_response *)result, err);
}

int suprsend_list_workspaces_async(suprsend_client *client, suprsend_list_workspaces_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_workspaces_op, NULL, NULL, NULL,
                                   suprsend_list_workspaces_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/workspace/ */
static const apic_response suprsend_create_workspace_responses[] = {
    {200, &suprsend_management_workspace_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_workspace_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_create_workspace_security[] = {
    {suprsend_create_workspace_security_0, 1},
};
const apic_operation suprsend_create_workspace_op = {
    "suprsend_create_workspace", "POST", "/v1/workspace/",
    NULL, NULL,
    &suprsend_workspace_create_request_Type, "application/json", true,
    suprsend_create_workspace_responses, 1,
    suprsend_create_workspace_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_create_workspace(suprsend_client *client, const suprsend_workspace_create_request *body, suprsend_management_workspace_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_workspace_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_list_response *)result;
    return rc;
}

/* Calls suprsend_create_workspace_async()'s callback as its own type. */
static void suprsend_create_workspace_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_workspace_callback)typed)(user_data, rc, (suprsend_management_workspace_list_response *)result, err);
}

int suprsend_create_workspace_async(suprsend_client *client, const suprsend_workspace_create_request *body, suprsend_create_workspace_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_workspace_op, NULL, body, NULL,
                                   suprsend_create_workspace_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/ws_api_key/ */
static const apic_field suprsend_list_workspace_api_keys_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_workspace_api_keys_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_workspace_api_keys_params_desc = {
    "list_workspace_api_keys_params", sizeof(suprsend_list_workspace_api_keys_params), suprsend_list_workspace_api_keys_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_workspace_api_keys_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_workspace_api_keys_responses[] = {
    {200, &suprsend_management_workspace_api_key_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_workspace_api_keys_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_workspace_api_keys_security[] = {
    {suprsend_list_workspace_api_keys_security_0, 1},
};
const apic_operation suprsend_list_workspace_api_keys_op = {
    "suprsend_list_workspace_api_keys", "GET", "/v1/{workspace}/ws_api_key/",
    &suprsend_list_workspace_api_keys_params_desc, suprsend_list_workspace_api_keys_params_locs,
    NULL, NULL, false,
    suprsend_list_workspace_api_keys_responses, 1,
    suprsend_list_workspace_api_keys_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_workspace_api_keys(suprsend_client *client, const suprsend_list_workspace_api_keys_params *params, suprsend_management_workspace_api_key_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_workspace_api_keys_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_api_key_list_response *)result;
    return rc;
}

/* Calls suprsend_list_workspace_api_keys_async()'s callback as its own type. */
static void suprsend_list_workspace_api_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_workspace_api_keys_callback)typed)(user_data, rc, (suprsend_management_workspace_api_key_list_response *)result, err);
}

int suprsend_list_workspace_api_keys_async(suprsend_client *client, const suprsend_list_workspace_api_keys_params *params, suprsend_list_workspace_api_keys_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_workspace_api_keys_op, params, NULL, NULL,
                                   suprsend_list_workspace_api_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/ws_api_key/ */
static const apic_field suprsend_create_workspace_api_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_create_workspace_api_key_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_workspace_api_key_params_desc = {
    "create_workspace_api_key_params", sizeof(suprsend_create_workspace_api_key_params), suprsend_create_workspace_api_key_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_workspace_api_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_create_workspace_api_key_responses[] = {
    {201, &suprsend_management_workspace_api_key_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_workspace_api_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_create_workspace_api_key_security[] = {
    {suprsend_create_workspace_api_key_security_0, 1},
};
const apic_operation suprsend_create_workspace_api_key_op = {
    "suprsend_create_workspace_api_key", "POST", "/v1/{workspace}/ws_api_key/",
    &suprsend_create_workspace_api_key_params_desc, suprsend_create_workspace_api_key_params_locs,
    &suprsend_workspace_api_key_create_request_Type, "application/json", true,
    suprsend_create_workspace_api_key_responses, 1,
    suprsend_create_workspace_api_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_create_workspace_api_key(suprsend_client *client, const suprsend_create_workspace_api_key_params *params, const suprsend_workspace_api_key_create_request *body, suprsend_management_workspace_api_key_create_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_workspace_api_key_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_api_key_create_response *)result;
    return rc;
}

/* Calls suprsend_create_workspace_api_key_async()'s callback as its own type. */
static void suprsend_create_workspace_api_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_workspace_api_key_callback)typed)(user_data, rc, (suprsend_management_workspace_api_key_create_response *)result, err);
}

int suprsend_create_workspace_api_key_async(suprsend_client *client, const suprsend_create_workspace_api_key_params *params, const suprsend_workspace_api_key_create_request *body, suprsend_create_workspace_api_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_workspace_api_key_op, params, body, NULL,
                                   suprsend_create_workspace_api_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/{workspace}/ws_api_key/{api_key_id}/ */
static const apic_field suprsend_disable_workspace_api_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_disable_workspace_api_key_params, workspace), -1, -1, &apic_type_string},
    {"api_key_id", 10, APIC_F_REQUIRED, offsetof(suprsend_disable_workspace_api_key_params, api_key_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_disable_workspace_api_key_params_desc = {
    "disable_workspace_api_key_params", sizeof(suprsend_disable_workspace_api_key_params), suprsend_disable_workspace_api_key_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_disable_workspace_api_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_disable_workspace_api_key_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_disable_workspace_api_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_disable_workspace_api_key_security[] = {
    {suprsend_disable_workspace_api_key_security_0, 1},
};
const apic_operation suprsend_disable_workspace_api_key_op = {
    "suprsend_disable_workspace_api_key", "DELETE", "/v1/{workspace}/ws_api_key/{api_key_id}/",
    &suprsend_disable_workspace_api_key_params_desc, suprsend_disable_workspace_api_key_params_locs,
    NULL, NULL, false,
    suprsend_disable_workspace_api_key_responses, 1,
    suprsend_disable_workspace_api_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_disable_workspace_api_key(suprsend_client *client, const suprsend_disable_workspace_api_key_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_disable_workspace_api_key_op, params, NULL, NULL, err);
}

/* Calls suprsend_disable_workspace_api_key_async()'s callback as its own type. */
static void suprsend_disable_workspace_api_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_disable_workspace_api_key_callback)typed)(user_data, rc, err);
}

int suprsend_disable_workspace_api_key_async(suprsend_client *client, const suprsend_disable_workspace_api_key_params *params, suprsend_disable_workspace_api_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_disable_workspace_api_key_op, params, NULL, NULL,
                                   suprsend_disable_workspace_api_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/ws_public_key/ */
static const apic_field suprsend_list_workspace_public_keys_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_workspace_public_keys_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_workspace_public_keys_params_desc = {
    "list_workspace_public_keys_params", sizeof(suprsend_list_workspace_public_keys_params), suprsend_list_workspace_public_keys_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_workspace_public_keys_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_workspace_public_keys_responses[] = {
    {200, &suprsend_management_workspace_public_key_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_workspace_public_keys_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_workspace_public_keys_security[] = {
    {suprsend_list_workspace_public_keys_security_0, 1},
};
const apic_operation suprsend_list_workspace_public_keys_op = {
    "suprsend_list_workspace_public_keys", "GET", "/v1/{workspace}/ws_public_key/",
    &suprsend_list_workspace_public_keys_params_desc, suprsend_list_workspace_public_keys_params_locs,
    NULL, NULL, false,
    suprsend_list_workspace_public_keys_responses, 1,
    suprsend_list_workspace_public_keys_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_workspace_public_keys(suprsend_client *client, const suprsend_list_workspace_public_keys_params *params, suprsend_management_workspace_public_key_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_workspace_public_keys_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_public_key_list_response *)result;
    return rc;
}

/* Calls suprsend_list_workspace_public_keys_async()'s callback as its own type. */
static void suprsend_list_workspace_public_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_workspace_public_keys_callback)typed)(user_data, rc, (suprsend_management_workspace_public_key_list_response *)result, err);
}

int suprsend_list_workspace_public_keys_async(suprsend_client *client, const suprsend_list_workspace_public_keys_params *params, suprsend_list_workspace_public_keys_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_workspace_public_keys_op, params, NULL, NULL,
                                   suprsend_list_workspace_public_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/ws_public_key/ */
static const apic_field suprsend_create_workspace_public_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_create_workspace_public_key_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_workspace_public_key_params_desc = {
    "create_workspace_public_key_params", sizeof(suprsend_create_workspace_public_key_params), suprsend_create_workspace_public_key_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_workspace_public_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_create_workspace_public_key_responses[] = {
    {201, &suprsend_management_workspace_public_key_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_workspace_public_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_create_workspace_public_key_security[] = {
    {suprsend_create_workspace_public_key_security_0, 1},
};
const apic_operation suprsend_create_workspace_public_key_op = {
    "suprsend_create_workspace_public_key", "POST", "/v1/{workspace}/ws_public_key/",
    &suprsend_create_workspace_public_key_params_desc, suprsend_create_workspace_public_key_params_locs,
    &suprsend_workspace_public_key_create_request_Type, "application/json", true,
    suprsend_create_workspace_public_key_responses, 1,
    suprsend_create_workspace_public_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_create_workspace_public_key(suprsend_client *client, const suprsend_create_workspace_public_key_params *params, const suprsend_workspace_public_key_create_request *body, suprsend_management_workspace_public_key **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_workspace_public_key_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_public_key *)result;
    return rc;
}

/* Calls suprsend_create_workspace_public_key_async()'s callback as its own type. */
static void suprsend_create_workspace_public_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_workspace_public_key_callback)typed)(user_data, rc, (suprsend_management_workspace_public_key *)result, err);
}

int suprsend_create_workspace_public_key_async(suprsend_client *client, const suprsend_create_workspace_public_key_params *params, const suprsend_workspace_public_key_create_request *body, suprsend_create_workspace_public_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_workspace_public_key_op, params, body, NULL,
                                   suprsend_create_workspace_public_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/{workspace}/ws_public_key/{public_key_id}/ */
static const apic_field suprsend_delete_workspace_public_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_delete_workspace_public_key_params, workspace), -1, -1, &apic_type_string},
    {"public_key_id", 13, APIC_F_REQUIRED, offsetof(suprsend_delete_workspace_public_key_params, public_key_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_workspace_public_key_params_desc = {
    "delete_workspace_public_key_params", sizeof(suprsend_delete_workspace_public_key_params), suprsend_delete_workspace_public_key_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_workspace_public_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_workspace_public_key_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_workspace_public_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_delete_workspace_public_key_security[] = {
    {suprsend_delete_workspace_public_key_security_0, 1},
};
const apic_operation suprsend_delete_workspace_public_key_op = {
    "suprsend_delete_workspace_public_key", "DELETE", "/v1/{workspace}/ws_public_key/{public_key_id}/",
    &suprsend_delete_workspace_public_key_params_desc, suprsend_delete_workspace_public_key_params_locs,
    NULL, NULL, false,
    suprsend_delete_workspace_public_key_responses, 1,
    suprsend_delete_workspace_public_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_delete_workspace_public_key(suprsend_client *client, const suprsend_delete_workspace_public_key_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_delete_workspace_public_key_op, params, NULL, NULL, err);
}

/* Calls suprsend_delete_workspace_public_key_async()'s callback as its own type. */
static void suprsend_delete_workspace_public_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_delete_workspace_public_key_callback)typed)(user_data, rc, err);
}

int suprsend_delete_workspace_public_key_async(suprsend_client *client, const suprsend_delete_workspace_public_key_params *params, suprsend_delete_workspace_public_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_workspace_public_key_op, params, NULL, NULL,
                                   suprsend_delete_workspace_public_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/ws_public_key/{public_key_id}/ */
static const apic_field suprsend_patch_workspace_public_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_patch_workspace_public_key_params, workspace), -1, -1, &apic_type_string},
    {"public_key_id", 13, APIC_F_REQUIRED, offsetof(suprsend_patch_workspace_public_key_params, public_key_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_patch_workspace_public_key_params_desc = {
    "patch_workspace_public_key_params", sizeof(suprsend_patch_workspace_public_key_params), suprsend_patch_workspace_public_key_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_patch_workspace_public_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_patch_workspace_public_key_responses[] = {
    {202, &suprsend_management_workspace_public_key_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_patch_workspace_public_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_patch_workspace_public_key_security[] = {
    {suprsend_patch_workspace_public_key_security_0, 1},
};
const apic_operation suprsend_patch_workspace_public_key_op = {
    "suprsend_patch_workspace_public_key", "PATCH", "/v1/{workspace}/ws_public_key/{public_key_id}/",
    &suprsend_patch_workspace_public_key_params_desc, suprsend_patch_workspace_public_key_params_locs,
    &suprsend_workspace_public_key_patch_request_Type, "application/json", true,
    suprsend_patch_workspace_public_key_responses, 1,
    suprsend_patch_workspace_public_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_patch_workspace_public_key(suprsend_client *client, const suprsend_patch_workspace_public_key_params *params, const suprsend_workspace_public_key_patch_request *body, suprsend_management_workspace_public_key **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_patch_workspace_public_key_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_public_key *)result;
    return rc;
}

/* Calls suprsend_patch_workspace_public_key_async()'s callback as its own type. */
static void suprsend_patch_workspace_public_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_patch_workspace_public_key_callback)typed)(user_data, rc, (suprsend_management_workspace_public_key *)result, err);
}

int suprsend_patch_workspace_public_key_async(suprsend_client *client, const suprsend_patch_workspace_public_key_params *params, const suprsend_workspace_public_key_patch_request *body, suprsend_patch_workspace_public_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_patch_workspace_public_key_op, params, body, NULL,
                                   suprsend_patch_workspace_public_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/ws_public_key/{public_key_id}/rotate/ */
static const apic_field suprsend_rotate_workspace_public_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_rotate_workspace_public_key_params, workspace), -1, -1, &apic_type_string},
    {"public_key_id", 13, APIC_F_REQUIRED, offsetof(suprsend_rotate_workspace_public_key_params, public_key_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_rotate_workspace_public_key_params_desc = {
    "rotate_workspace_public_key_params", sizeof(suprsend_rotate_workspace_public_key_params), suprsend_rotate_workspace_public_key_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_rotate_workspace_public_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_rotate_workspace_public_key_responses[] = {
    {202, &suprsend_management_workspace_public_key_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_rotate_workspace_public_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_rotate_workspace_public_key_security[] = {
    {suprsend_rotate_workspace_public_key_security_0, 1},
};
const apic_operation suprsend_rotate_workspace_public_key_op = {
    "suprsend_rotate_workspace_public_key", "PATCH", "/v1/{workspace}/ws_public_key/{public_key_id}/rotate/",
    &suprsend_rotate_workspace_public_key_params_desc, suprsend_rotate_workspace_public_key_params_locs,
    NULL, NULL, false,
    suprsend_rotate_workspace_public_key_responses, 1,
    suprsend_rotate_workspace_public_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_rotate_workspace_public_key(suprsend_client *client, const suprsend_rotate_workspace_public_key_params *params, suprsend_management_workspace_public_key **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_rotate_workspace_public_key_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_public_key *)result;
    return rc;
}

/* Calls suprsend_rotate_workspace_public_key_async()'s callback as its own type. */
static void suprsend_rotate_workspace_public_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_rotate_workspace_public_key_callback)typed)(user_data, rc, (suprsend_management_workspace_public_key *)result, err);
}

int suprsend_rotate_workspace_public_key_async(suprsend_client *client, const suprsend_rotate_workspace_public_key_params *params, suprsend_rotate_workspace_public_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_rotate_workspace_public_key_op, params, NULL, NULL,
                                   suprsend_rotate_workspace_public_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/ws_signing_key/ */
static const apic_field suprsend_list_workspace_signing_keys_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_workspace_signing_keys_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_workspace_signing_keys_params_desc = {
    "list_workspace_signing_keys_params", sizeof(suprsend_list_workspace_signing_keys_params), suprsend_list_workspace_signing_keys_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_workspace_signing_keys_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_workspace_signing_keys_responses[] = {
    {200, &suprsend_management_workspace_signing_key_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_workspace_signing_keys_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_workspace_signing_keys_security[] = {
    {suprsend_list_workspace_signing_keys_security_0, 1},
};
const apic_operation suprsend_list_workspace_signing_keys_op = {
    "suprsend_list_workspace_signing_keys", "GET", "/v1/{workspace}/ws_signing_key/",
    &suprsend_list_workspace_signing_keys_params_desc, suprsend_list_workspace_signing_keys_params_locs,
    NULL, NULL, false,
    suprsend_list_workspace_signing_keys_responses, 1,
    suprsend_list_workspace_signing_keys_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_workspace_signing_keys(suprsend_client *client, const suprsend_list_workspace_signing_keys_params *params, suprsend_management_workspace_signing_key_list_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_workspace_signing_keys_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_signing_key_list_response *)result;
    return rc;
}

/* Calls suprsend_list_workspace_signing_keys_async()'s callback as its own type. */
static void suprsend_list_workspace_signing_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_workspace_signing_keys_callback)typed)(user_data, rc, (suprsend_management_workspace_signing_key_list_response *)result, err);
}

int suprsend_list_workspace_signing_keys_async(suprsend_client *client, const suprsend_list_workspace_signing_keys_params *params, suprsend_list_workspace_signing_keys_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_workspace_signing_keys_op, params, NULL, NULL,
                                   suprsend_list_workspace_signing_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/ws_signing_key/ */
static const apic_field suprsend_create_workspace_signing_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_create_workspace_signing_key_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_workspace_signing_key_params_desc = {
    "create_workspace_signing_key_params", sizeof(suprsend_create_workspace_signing_key_params), suprsend_create_workspace_signing_key_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_workspace_signing_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_create_workspace_signing_key_responses[] = {
    {201, &suprsend_management_workspace_signing_key_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_workspace_signing_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_create_workspace_signing_key_security[] = {
    {suprsend_create_workspace_signing_key_security_0, 1},
};
const apic_operation suprsend_create_workspace_signing_key_op = {
    "suprsend_create_workspace_signing_key", "POST", "/v1/{workspace}/ws_signing_key/",
    &suprsend_create_workspace_signing_key_params_desc, suprsend_create_workspace_signing_key_params_locs,
    NULL, NULL, false,
    suprsend_create_workspace_signing_key_responses, 1,
    suprsend_create_workspace_signing_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_create_workspace_signing_key(suprsend_client *client, const suprsend_create_workspace_signing_key_params *params, suprsend_management_workspace_signing_key_create_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_workspace_signing_key_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_signing_key_create_response *)result;
    return rc;
}

/* Calls suprsend_create_workspace_signing_key_async()'s callback as its own type. */
static void suprsend_create_workspace_signing_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_workspace_signing_key_callback)typed)(user_data, rc, (suprsend_management_workspace_signing_key_create_response *)result, err);
}

int suprsend_create_workspace_signing_key_async(suprsend_client *client, const suprsend_create_workspace_signing_key_params *params, suprsend_create_workspace_signing_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_workspace_signing_key_op, params, NULL, NULL,
                                   suprsend_create_workspace_signing_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/{workspace}/ws_signing_key/{signing_key_uid}/ */
static const apic_field suprsend_delete_workspace_signing_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_delete_workspace_signing_key_params, workspace), -1, -1, &apic_type_string},
    {"signing_key_uid", 15, APIC_F_REQUIRED, offsetof(suprsend_delete_workspace_signing_key_params, signing_key_uid), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_workspace_signing_key_params_desc = {
    "delete_workspace_signing_key_params", sizeof(suprsend_delete_workspace_signing_key_params), suprsend_delete_workspace_signing_key_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_workspace_signing_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_workspace_signing_key_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_workspace_signing_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_delete_workspace_signing_key_security[] = {
    {suprsend_delete_workspace_signing_key_security_0, 1},
};
const apic_operation suprsend_delete_workspace_signing_key_op = {
    "suprsend_delete_workspace_signing_key", "DELETE", "/v1/{workspace}/ws_signing_key/{signing_key_uid}/",
    &suprsend_delete_workspace_signing_key_params_desc, suprsend_delete_workspace_signing_key_params_locs,
    NULL, NULL, false,
    suprsend_delete_workspace_signing_key_responses, 1,
    suprsend_delete_workspace_signing_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_delete_workspace_signing_key(suprsend_client *client, const suprsend_delete_workspace_signing_key_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_delete_workspace_signing_key_op, params, NULL, NULL, err);
}

/* Calls suprsend_delete_workspace_signing_key_async()'s callback as its own type. */
static void suprsend_delete_workspace_signing_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_delete_workspace_signing_key_callback)typed)(user_data, rc, err);
}

int suprsend_delete_workspace_signing_key_async(suprsend_client *client, const suprsend_delete_workspace_signing_key_params *params, suprsend_delete_workspace_signing_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_workspace_signing_key_op, params, NULL, NULL,
                                   suprsend_delete_workspace_signing_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/ws_signing_key/{signing_key_uid}/roll/ */
static const apic_field suprsend_roll_workspace_signing_key_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_roll_workspace_signing_key_params, workspace), -1, -1, &apic_type_string},
    {"signing_key_uid", 15, APIC_F_REQUIRED, offsetof(suprsend_roll_workspace_signing_key_params, signing_key_uid), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_roll_workspace_signing_key_params_desc = {
    "roll_workspace_signing_key_params", sizeof(suprsend_roll_workspace_signing_key_params), suprsend_roll_workspace_signing_key_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_roll_workspace_signing_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_roll_workspace_signing_key_responses[] = {
    {201, &suprsend_management_workspace_signing_key_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_roll_workspace_signing_key_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_roll_workspace_signing_key_security[] = {
    {suprsend_roll_workspace_signing_key_security_0, 1},
};
const apic_operation suprsend_roll_workspace_signing_key_op = {
    "suprsend_roll_workspace_signing_key", "POST", "/v1/{workspace}/ws_signing_key/{signing_key_uid}/roll/",
    &suprsend_roll_workspace_signing_key_params_desc, suprsend_roll_workspace_signing_key_params_locs,
    NULL, NULL, false,
    suprsend_roll_workspace_signing_key_responses, 1,
    suprsend_roll_workspace_signing_key_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_roll_workspace_signing_key(suprsend_client *client, const suprsend_roll_workspace_signing_key_params *params, suprsend_management_workspace_signing_key_create_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_roll_workspace_signing_key_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_management_workspace_signing_key_create_response *)result;
    return rc;
}

/* Calls suprsend_roll_workspace_signing_key_async()'s callback as its own type. */
static void suprsend_roll_workspace_signing_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_roll_workspace_signing_key_callback)typed)(user_data, rc, (suprsend_management_workspace_signing_key_create_response *)result, err);
}

int suprsend_roll_workspace_signing_key_async(suprsend_client *client, const suprsend_roll_workspace_signing_key_params *params, suprsend_roll_workspace_signing_key_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_roll_workspace_signing_key_op, params, NULL, NULL,
                                   suprsend_roll_workspace_signing_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/workflow/ */
static const apic_field suprsend_list_workflows_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_workflows_params, workspace), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_list_workflows_params, mode), offsetof(suprsend_list_workflows_params, has_mode), -1, &suprsend_list_workflows_mode_Type},
    {"slugs", 5, 0, offsetof(suprsend_list_workflows_params, slugs), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_workflows_params_desc = {
    "list_workflows_params", sizeof(suprsend_list_workflows_params), suprsend_list_workflows_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_workflows_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_list_workflows_responses[] = {
    {200, &suprsend_list_workflows_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_workflows_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_workflows_security[] = {
    {suprsend_list_workflows_security_0, 1},
};
const apic_operation suprsend_list_workflows_op = {
    "suprsend_list_workflows", "GET", "/v1/{workspace}/workflow/",
    &suprsend_list_workflows_params_desc, suprsend_list_workflows_params_locs,
    NULL, NULL, false,
    suprsend_list_workflows_responses, 1,
    suprsend_list_workflows_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_workflows(suprsend_client *client, const suprsend_list_workflows_params *params, suprsend_list_workflows_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_workflows_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_workflows_response *)result;
    return rc;
}

/* Calls suprsend_list_workflows_async()'s callback as its own type. */
static void suprsend_list_workflows_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_workflows_callback)typed)(user_data, rc, (suprsend_list_workflows_response *)result, err);
}

int suprsend_list_workflows_async(suprsend_client *client, const suprsend_list_workflows_params *params, suprsend_list_workflows_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_workflows_op, params, NULL, NULL,
                                   suprsend_list_workflows_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/workflow/{slug}/ */
static const apic_field suprsend_get_workflow_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_workflow_params, workspace), -1, -1, &apic_type_string},
    {"slug", 4, APIC_F_REQUIRED, offsetof(suprsend_get_workflow_params, slug), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_get_workflow_params, mode), offsetof(suprsend_get_workflow_params, has_mode), -1, &suprsend_get_workflow_mode_Type},
};
static const apic_struct_desc suprsend_get_workflow_params_desc = {
    "get_workflow_params", sizeof(suprsend_get_workflow_params), suprsend_get_workflow_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_workflow_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_workflow_responses[] = {
    {200, &suprsend_workflow_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_workflow_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_workflow_security[] = {
    {suprsend_get_workflow_security_0, 1},
};
const apic_operation suprsend_get_workflow_op = {
    "suprsend_get_workflow", "GET", "/v1/{workspace}/workflow/{slug}/",
    &suprsend_get_workflow_params_desc, suprsend_get_workflow_params_locs,
    NULL, NULL, false,
    suprsend_get_workflow_responses, 1,
    suprsend_get_workflow_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_workflow(suprsend_client *client, const suprsend_get_workflow_params *params, suprsend_workflow **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_workflow_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_workflow *)result;
    return rc;
}

/* Calls suprsend_get_workflow_async()'s callback as its own type. */
static void suprsend_get_workflow_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_workflow_callback)typed)(user_data, rc, (suprsend_workflow *)result, err);
}

int suprsend_get_workflow_async(suprsend_client *client, const suprsend_get_workflow_params *params, suprsend_get_workflow_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_workflow_op, params, NULL, NULL,
                                   suprsend_get_workflow_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/workflow/{slug}/ */
static const apic_field suprsend_upsert_workflow_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_upsert_workflow_params, workspace), -1, -1, &apic_type_string},
    {"slug", 4, APIC_F_REQUIRED, offsetof(suprsend_upsert_workflow_params, slug), -1, -1, &apic_type_string},
    {"commit", 6, 0, offsetof(suprsend_upsert_workflow_params, commit), offsetof(suprsend_upsert_workflow_params, has_commit), -1, &apic_type_bool},
    {"commit_message", 14, 0, offsetof(suprsend_upsert_workflow_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_upsert_workflow_params_desc = {
    "upsert_workflow_params", sizeof(suprsend_upsert_workflow_params), suprsend_upsert_workflow_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_upsert_workflow_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_upsert_workflow_responses[] = {
    {201, &suprsend_upsert_workflow_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_upsert_workflow_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_upsert_workflow_security[] = {
    {suprsend_upsert_workflow_security_0, 1},
};
const apic_operation suprsend_upsert_workflow_op = {
    "suprsend_upsert_workflow", "POST", "/v1/{workspace}/workflow/{slug}/",
    &suprsend_upsert_workflow_params_desc, suprsend_upsert_workflow_params_locs,
    &suprsend_workflow_create_update_Type, "application/json", true,
    suprsend_upsert_workflow_responses, 1,
    suprsend_upsert_workflow_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_upsert_workflow(suprsend_client *client, const suprsend_upsert_workflow_params *params, const suprsend_workflow_create_update *body, suprsend_upsert_workflow_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_upsert_workflow_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_upsert_workflow_response *)result;
    return rc;
}

/* Calls suprsend_upsert_workflow_async()'s callback as its own type. */
static void suprsend_upsert_workflow_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_upsert_workflow_callback)typed)(user_data, rc, (suprsend_upsert_workflow_response *)result, err);
}

int suprsend_upsert_workflow_async(suprsend_client *client, const suprsend_upsert_workflow_params *params, const suprsend_workflow_create_update *body, suprsend_upsert_workflow_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_upsert_workflow_op, params, body, NULL,
                                   suprsend_upsert_workflow_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/{workspace}/workflow/{slug}/ */
static const apic_field suprsend_delete_workflow_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_delete_workflow_params, workspace), -1, -1, &apic_type_string},
    {"slug", 4, APIC_F_REQUIRED, offsetof(suprsend_delete_workflow_params, slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_workflow_params_desc = {
    "delete_workflow_params", sizeof(suprsend_delete_workflow_params), suprsend_delete_workflow_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_workflow_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_workflow_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_workflow_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_delete_workflow_security[] = {
    {suprsend_delete_workflow_security_0, 1},
};
const apic_operation suprsend_delete_workflow_op = {
    "suprsend_delete_workflow", "DELETE", "/v1/{workspace}/workflow/{slug}/",
    &suprsend_delete_workflow_params_desc, suprsend_delete_workflow_params_locs,
    NULL, NULL, false,
    suprsend_delete_workflow_responses, 1,
    suprsend_delete_workflow_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_delete_workflow(suprsend_client *client, const suprsend_delete_workflow_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_delete_workflow_op, params, NULL, NULL, err);
}

/* Calls suprsend_delete_workflow_async()'s callback as its own type. */
static void suprsend_delete_workflow_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_delete_workflow_callback)typed)(user_data, rc, err);
}

int suprsend_delete_workflow_async(suprsend_client *client, const suprsend_delete_workflow_params *params, suprsend_delete_workflow_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_workflow_op, params, NULL, NULL,
                                   suprsend_delete_workflow_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/workflow/{slug}/commit/ */
static const apic_field suprsend_commit_workflow_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_commit_workflow_params, workspace), -1, -1, &apic_type_string},
    {"slug", 4, APIC_F_REQUIRED, offsetof(suprsend_commit_workflow_params, slug), -1, -1, &apic_type_string},
    {"commit_message", 14, 0, offsetof(suprsend_commit_workflow_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_commit_workflow_params_desc = {
    "commit_workflow_params", sizeof(suprsend_commit_workflow_params), suprsend_commit_workflow_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_commit_workflow_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_commit_workflow_responses[] = {
    {202, &suprsend_workflow_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_commit_workflow_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_commit_workflow_security[] = {
    {suprsend_commit_workflow_security_0, 1},
};
const apic_operation suprsend_commit_workflow_op = {
    "suprsend_commit_workflow", "PATCH", "/v1/{workspace}/workflow/{slug}/commit/",
    &suprsend_commit_workflow_params_desc, suprsend_commit_workflow_params_locs,
    NULL, NULL, false,
    suprsend_commit_workflow_responses, 1,
    suprsend_commit_workflow_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_commit_workflow(suprsend_client *client, const suprsend_commit_workflow_params *params, suprsend_workflow **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_commit_workflow_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_workflow *)result;
    return rc;
}

/* Calls suprsend_commit_workflow_async()'s callback as its own type. */
static void suprsend_commit_workflow_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_commit_workflow_callback)typed)(user_data, rc, (suprsend_workflow *)result, err);
}

int suprsend_commit_workflow_async(suprsend_client *client, const suprsend_commit_workflow_params *params, suprsend_commit_workflow_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_commit_workflow_op, params, NULL, NULL,
                                   suprsend_commit_workflow_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/workflow/{slug}/enable/ */
static const apic_field suprsend_toggle_workflow_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_toggle_workflow_params, workspace), -1, -1, &apic_type_string},
    {"slug", 4, APIC_F_REQUIRED, offsetof(suprsend_toggle_workflow_params, slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_toggle_workflow_params_desc = {
    "toggle_workflow_params", sizeof(suprsend_toggle_workflow_params), suprsend_toggle_workflow_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_toggle_workflow_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_toggle_workflow_responses[] = {
    {202, &suprsend_workflow_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_toggle_workflow_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_toggle_workflow_security[] = {
    {suprsend_toggle_workflow_security_0, 1},
};
const apic_operation suprsend_toggle_workflow_op = {
    "suprsend_toggle_workflow", "PATCH", "/v1/{workspace}/workflow/{slug}/enable/",
    &suprsend_toggle_workflow_params_desc, suprsend_toggle_workflow_params_locs,
    &suprsend_toggle_workflow_request_Type, "application/json", true,
    suprsend_toggle_workflow_responses, 1,
    suprsend_toggle_workflow_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_toggle_workflow(suprsend_client *client, const suprsend_toggle_workflow_params *params, const suprsend_toggle_workflow_request *body, suprsend_workflow **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_toggle_workflow_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_workflow *)result;
    return rc;
}

/* Calls suprsend_toggle_workflow_async()'s callback as its own type. */
static void suprsend_toggle_workflow_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_toggle_workflow_callback)typed)(user_data, rc, (suprsend_workflow *)result, err);
}

int suprsend_toggle_workflow_async(suprsend_client *client, const suprsend_toggle_workflow_params *params, const suprsend_toggle_workflow_request *body, suprsend_toggle_workflow_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_toggle_workflow_op, params, body, NULL,
                                   suprsend_toggle_workflow_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/schema/ */
static const apic_field suprsend_list_schemas_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_schemas_params, workspace), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_list_schemas_params, mode), offsetof(suprsend_list_schemas_params, has_mode), -1, &suprsend_list_schemas_mode_Type},
};
static const apic_struct_desc suprsend_list_schemas_params_desc = {
    "list_schemas_params", sizeof(suprsend_list_schemas_params), suprsend_list_schemas_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_schemas_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_list_schemas_responses[] = {
    {200, &suprsend_list_schemas_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_schemas_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_schemas_security[] = {
    {suprsend_list_schemas_security_0, 1},
};
const apic_operation suprsend_list_schemas_op = {
    "suprsend_list_schemas", "GET", "/v1/{workspace}/schema/",
    &suprsend_list_schemas_params_desc, suprsend_list_schemas_params_locs,
    NULL, NULL, false,
    suprsend_list_schemas_responses, 1,
    suprsend_list_schemas_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_schemas(suprsend_client *client, const suprsend_list_schemas_params *params, suprsend_list_schemas_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_schemas_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_schemas_response *)result;
    return rc;
}

/* Calls suprsend_list_schemas_async()'s callback as its own type. */
static void suprsend_list_schemas_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_schemas_callback)typed)(user_data, rc, (suprsend_list_schemas_response *)result, err);
}

int suprsend_list_schemas_async(suprsend_client *client, const suprsend_list_schemas_params *params, suprsend_list_schemas_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_schemas_op, params, NULL, NULL,
                                   suprsend_list_schemas_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/schema/{schema_slug}/ */
static const apic_field suprsend_get_schema_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_schema_params, workspace), -1, -1, &apic_type_string},
    {"schema_slug", 11, APIC_F_REQUIRED, offsetof(suprsend_get_schema_params, schema_slug), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_get_schema_params, mode), offsetof(suprsend_get_schema_params, has_mode), -1, &suprsend_get_schema_mode_Type},
};
static const apic_struct_desc suprsend_get_schema_params_desc = {
    "get_schema_params", sizeof(suprsend_get_schema_params), suprsend_get_schema_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_schema_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_schema_responses[] = {
    {200, &suprsend_get_schema_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_schema_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_schema_security[] = {
    {suprsend_get_schema_security_0, 1},
};
const apic_operation suprsend_get_schema_op = {
    "suprsend_get_schema", "GET", "/v1/{workspace}/schema/{schema_slug}/",
    &suprsend_get_schema_params_desc, suprsend_get_schema_params_locs,
    NULL, NULL, false,
    suprsend_get_schema_responses, 1,
    suprsend_get_schema_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_schema(suprsend_client *client, const suprsend_get_schema_params *params, suprsend_get_schema_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_schema_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_schema_response *)result;
    return rc;
}

/* Calls suprsend_get_schema_async()'s callback as its own type. */
static void suprsend_get_schema_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_schema_callback)typed)(user_data, rc, (suprsend_get_schema_response *)result, err);
}

int suprsend_get_schema_async(suprsend_client *client, const suprsend_get_schema_params *params, suprsend_get_schema_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_schema_op, params, NULL, NULL,
                                   suprsend_get_schema_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/schema/{schema_slug}/ */
static const apic_field suprsend_upsert_schema_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_upsert_schema_params, workspace), -1, -1, &apic_type_string},
    {"schema_slug", 11, APIC_F_REQUIRED, offsetof(suprsend_upsert_schema_params, schema_slug), -1, -1, &apic_type_string},
    {"commit", 6, 0, offsetof(suprsend_upsert_schema_params, commit), offsetof(suprsend_upsert_schema_params, has_commit), -1, &apic_type_bool},
    {"commit_message", 14, 0, offsetof(suprsend_upsert_schema_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_upsert_schema_params_desc = {
    "upsert_schema_params", sizeof(suprsend_upsert_schema_params), suprsend_upsert_schema_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_upsert_schema_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_upsert_schema_responses[] = {
    {200, &suprsend_upsert_schema_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_upsert_schema_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_upsert_schema_security[] = {
    {suprsend_upsert_schema_security_0, 1},
};
const apic_operation suprsend_upsert_schema_op = {
    "suprsend_upsert_schema", "POST", "/v1/{workspace}/schema/{schema_slug}/",
    &suprsend_upsert_schema_params_desc, suprsend_upsert_schema_params_locs,
    &suprsend_upsert_schema_request_Type, "application/json", true,
    suprsend_upsert_schema_responses, 1,
    suprsend_upsert_schema_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_upsert_schema(suprsend_client *client, const suprsend_upsert_schema_params *params, const suprsend_upsert_schema_request *body, suprsend_upsert_schema_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_upsert_schema_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_upsert_schema_response *)result;
    return rc;
}

/* Calls suprsend_upsert_schema_async()'s callback as its own type. */
static void suprsend_upsert_schema_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_upsert_schema_callback)typed)(user_data, rc, (suprsend_upsert_schema_response *)result, err);
}

int suprsend_upsert_schema_async(suprsend_client *client, const suprsend_upsert_schema_params *params, const suprsend_upsert_schema_request *body, suprsend_upsert_schema_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_upsert_schema_op, params, body, NULL,
                                   suprsend_upsert_schema_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/schema/{schema_slug}/commit/ */
static const apic_field suprsend_commit_schema_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_commit_schema_params, workspace), -1, -1, &apic_type_string},
    {"schema_slug", 11, APIC_F_REQUIRED, offsetof(suprsend_commit_schema_params, schema_slug), -1, -1, &apic_type_string},
    {"commit_message", 14, 0, offsetof(suprsend_commit_schema_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_commit_schema_params_desc = {
    "commit_schema_params", sizeof(suprsend_commit_schema_params), suprsend_commit_schema_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_commit_schema_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_commit_schema_responses[] = {
    {200, &suprsend_commit_schema_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_commit_schema_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_commit_schema_security[] = {
    {suprsend_commit_schema_security_0, 1},
};
const apic_operation suprsend_commit_schema_op = {
    "suprsend_commit_schema", "PATCH", "/v1/{workspace}/schema/{schema_slug}/commit/",
    &suprsend_commit_schema_params_desc, suprsend_commit_schema_params_locs,
    NULL, NULL, false,
    suprsend_commit_schema_responses, 1,
    suprsend_commit_schema_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_commit_schema(suprsend_client *client, const suprsend_commit_schema_params *params, suprsend_commit_schema_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_commit_schema_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_commit_schema_response *)result;
    return rc;
}

/* Calls suprsend_commit_schema_async()'s callback as its own type. */
static void suprsend_commit_schema_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_commit_schema_callback)typed)(user_data, rc, (suprsend_commit_schema_response *)result, err);
}

int suprsend_commit_schema_async(suprsend_client *client, const suprsend_commit_schema_params *params, suprsend_commit_schema_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_commit_schema_op, params, NULL, NULL,
                                   suprsend_commit_schema_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/event/ */
static const apic_field suprsend_list_events_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_events_params, workspace), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(suprsend_list_events_params, limit), offsetof(suprsend_list_events_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_events_params, offset), offsetof(suprsend_list_events_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc suprsend_list_events_params_desc = {
    "list_events_params", sizeof(suprsend_list_events_params), suprsend_list_events_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_events_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_list_events_responses[] = {
    {200, &suprsend_list_events_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_events_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_events_security[] = {
    {suprsend_list_events_security_0, 1},
};
const apic_operation suprsend_list_events_op = {
    "suprsend_list_events", "GET", "/v1/{workspace}/event/",
    &suprsend_list_events_params_desc, suprsend_list_events_params_locs,
    NULL, NULL, false,
    suprsend_list_events_responses, 1,
    suprsend_list_events_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_events(suprsend_client *client, const suprsend_list_events_params *params, suprsend_list_events_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_events_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_events_response *)result;
    return rc;
}

/* Calls suprsend_list_events_async()'s callback as its own type. */
static void suprsend_list_events_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_events_callback)typed)(user_data, rc, (suprsend_list_events_response *)result, err);
}

int suprsend_list_events_async(suprsend_client *client, const suprsend_list_events_params *params, suprsend_list_events_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_events_op, params, NULL, NULL,
                                   suprsend_list_events_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received, up to 'meta.count' */
static const apic_pagination suprsend_list_events_pagination = {
    APIC_PAGE_OFFSET, "results", "offset", "limit",
    "meta.count", NULL, NULL, NULL, 1
};

int suprsend_list_events_iter_new(suprsend_client *client, const suprsend_list_events_params *params, suprsend_list_events_iter **out, suprsend_error *err)
{
    return apic_pager_new(client, &suprsend_list_events_op, &suprsend_list_events_pagination, params, out, err);
}

int suprsend_list_events_iter_next(suprsend_list_events_iter *it, const suprsend_list_events_response_results_item **item, suprsend_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const suprsend_list_events_response_results_item *)next;
    return rc;
}

void suprsend_list_events_iter_free(suprsend_list_events_iter *it)
{
    apic_pager_free(it);
}

/* POST /v1/{workspace}/event/ */
static const apic_field suprsend_create_event_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_create_event_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_event_params_desc = {
    "create_event_params", sizeof(suprsend_create_event_params), suprsend_create_event_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_event_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_create_event_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_event_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_create_event_security[] = {
    {suprsend_create_event_security_0, 1},
};
const apic_operation suprsend_create_event_op = {
    "suprsend_create_event", "POST", "/v1/{workspace}/event/",
    &suprsend_create_event_params_desc, suprsend_create_event_params_locs,
    &suprsend_create_event_request_Type, "application/json", true,
    suprsend_create_event_responses, 1,
    suprsend_create_event_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_create_event(suprsend_client *client, const suprsend_create_event_params *params, const suprsend_create_event_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_event_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_create_event_async()'s callback as its own type. */
static void suprsend_create_event_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_event_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_create_event_async(suprsend_client *client, const suprsend_create_event_params *params, const suprsend_create_event_request *body, suprsend_create_event_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_event_op, params, body, NULL,
                                   suprsend_create_event_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/event/{url_encoded_event_name}/ */
static const apic_field suprsend_get_event_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_event_params, workspace), -1, -1, &apic_type_string},
    {"url_encoded_event_name", 22, APIC_F_REQUIRED, offsetof(suprsend_get_event_params, url_encoded_event_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_event_params_desc = {
    "get_event_params", sizeof(suprsend_get_event_params), suprsend_get_event_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_event_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_event_responses[] = {
    {200, &suprsend_get_event_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_event_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_event_security[] = {
    {suprsend_get_event_security_0, 1},
};
const apic_operation suprsend_get_event_op = {
    "suprsend_get_event", "GET", "/v1/{workspace}/event/{url_encoded_event_name}/",
    &suprsend_get_event_params_desc, suprsend_get_event_params_locs,
    NULL, NULL, false,
    suprsend_get_event_responses, 1,
    suprsend_get_event_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_event(suprsend_client *client, const suprsend_get_event_params *params, suprsend_get_event_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_event_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_event_response *)result;
    return rc;
}

/* Calls suprsend_get_event_async()'s callback as its own type. */
static void suprsend_get_event_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_event_callback)typed)(user_data, rc, (suprsend_get_event_response *)result, err);
}

int suprsend_get_event_async(suprsend_client *client, const suprsend_get_event_params *params, suprsend_get_event_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_event_op, params, NULL, NULL,
                                   suprsend_get_event_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/event/{url_encoded_event_name}/ */
static const apic_field suprsend_update_event_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_update_event_params, workspace), -1, -1, &apic_type_string},
    {"url_encoded_event_name", 22, APIC_F_REQUIRED, offsetof(suprsend_update_event_params, url_encoded_event_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_event_params_desc = {
    "update_event_params", sizeof(suprsend_update_event_params), suprsend_update_event_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_event_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_update_event_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_event_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_update_event_security[] = {
    {suprsend_update_event_security_0, 1},
};
const apic_operation suprsend_update_event_op = {
    "suprsend_update_event", "PATCH", "/v1/{workspace}/event/{url_encoded_event_name}/",
    &suprsend_update_event_params_desc, suprsend_update_event_params_locs,
    &suprsend_update_event_request_Type, "application/json", true,
    suprsend_update_event_responses, 1,
    suprsend_update_event_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_update_event(suprsend_client *client, const suprsend_update_event_params *params, const suprsend_update_event_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_event_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_update_event_async()'s callback as its own type. */
static void suprsend_update_event_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_event_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_update_event_async(suprsend_client *client, const suprsend_update_event_params *params, const suprsend_update_event_request *body, suprsend_update_event_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_event_op, params, body, NULL,
                                   suprsend_update_event_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/event/{url_encoded_event_name}/linked_workflows/ */
static const apic_field suprsend_get_linked_workflows_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_linked_workflows_params, workspace), -1, -1, &apic_type_string},
    {"url_encoded_event_name", 22, APIC_F_REQUIRED, offsetof(suprsend_get_linked_workflows_params, url_encoded_event_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_linked_workflows_params_desc = {
    "get_linked_workflows_params", sizeof(suprsend_get_linked_workflows_params), suprsend_get_linked_workflows_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_linked_workflows_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_linked_workflows_responses[] = {
    {200, &suprsend_get_linked_workflows_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_linked_workflows_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_linked_workflows_security[] = {
    {suprsend_get_linked_workflows_security_0, 1},
};
const apic_operation suprsend_get_linked_workflows_op = {
    "suprsend_get_linked_workflows", "GET", "/v1/{workspace}/event/{url_encoded_event_name}/linked_workflows/",
    &suprsend_get_linked_workflows_params_desc, suprsend_get_linked_workflows_params_locs,
    NULL, NULL, false,
    suprsend_get_linked_workflows_responses, 1,
    suprsend_get_linked_workflows_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_linked_workflows(suprsend_client *client, const suprsend_get_linked_workflows_params *params, suprsend_get_linked_workflows_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_linked_workflows_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_linked_workflows_response *)result;
    return rc;
}

/* Calls suprsend_get_linked_workflows_async()'s callback as its own type. */
static void suprsend_get_linked_workflows_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_linked_workflows_callback)typed)(user_data, rc, (suprsend_get_linked_workflows_response *)result, err);
}

int suprsend_get_linked_workflows_async(suprsend_client *client, const suprsend_get_linked_workflows_params *params, suprsend_get_linked_workflows_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_linked_workflows_op, params, NULL, NULL,
                                   suprsend_get_linked_workflows_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/event/{url_encoded_event_name}/delink_schema/ */
static const apic_field suprsend_delink_event_schema_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_delink_event_schema_params, workspace), -1, -1, &apic_type_string},
    {"url_encoded_event_name", 22, APIC_F_REQUIRED, offsetof(suprsend_delink_event_schema_params, url_encoded_event_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delink_event_schema_params_desc = {
    "delink_event_schema_params", sizeof(suprsend_delink_event_schema_params), suprsend_delink_event_schema_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delink_event_schema_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delink_event_schema_responses[] = {
    {200, &suprsend_delink_event_schema_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delink_event_schema_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_delink_event_schema_security[] = {
    {suprsend_delink_event_schema_security_0, 1},
};
const apic_operation suprsend_delink_event_schema_op = {
    "suprsend_delink_event_schema", "PATCH", "/v1/{workspace}/event/{url_encoded_event_name}/delink_schema/",
    &suprsend_delink_event_schema_params_desc, suprsend_delink_event_schema_params_locs,
    NULL, NULL, false,
    suprsend_delink_event_schema_responses, 1,
    suprsend_delink_event_schema_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_delink_event_schema(suprsend_client *client, const suprsend_delink_event_schema_params *params, suprsend_delink_event_schema_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_delink_event_schema_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_delink_event_schema_response *)result;
    return rc;
}

/* Calls suprsend_delink_event_schema_async()'s callback as its own type. */
static void suprsend_delink_event_schema_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_delink_event_schema_callback)typed)(user_data, rc, (suprsend_delink_event_schema_response *)result, err);
}

int suprsend_delink_event_schema_async(suprsend_client *client, const suprsend_delink_event_schema_params *params, suprsend_delink_event_schema_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delink_event_schema_op, params, NULL, NULL,
                                   suprsend_delink_event_schema_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/preference_category/ */
static const apic_field suprsend_get_category_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_category_params, workspace), -1, -1, &apic_type_string},
    {"mode", 4, APIC_F_REQUIRED, offsetof(suprsend_get_category_params, mode), -1, -1, &suprsend_get_category_mode_Type},
};
static const apic_struct_desc suprsend_get_category_params_desc = {
    "get_category_params", sizeof(suprsend_get_category_params), suprsend_get_category_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_category_responses[] = {
    {200, &suprsend_get_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_category_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_category_security[] = {
    {suprsend_get_category_security_0, 1},
};
const apic_operation suprsend_get_category_op = {
    "suprsend_get_category", "GET", "/v1/{workspace}/preference_category/",
    &suprsend_get_category_params_desc, suprsend_get_category_params_locs,
    NULL, NULL, false,
    suprsend_get_category_responses, 1,
    suprsend_get_category_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_category(suprsend_client *client, const suprsend_get_category_params *params, suprsend_get_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_category_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_category_response *)result;
    return rc;
}

/* Calls suprsend_get_category_async()'s callback as its own type. */
static void suprsend_get_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_category_callback)typed)(user_data, rc, (suprsend_get_category_response *)result, err);
}

int suprsend_get_category_async(suprsend_client *client, const suprsend_get_category_params *params, suprsend_get_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_category_op, params, NULL, NULL,
                                   suprsend_get_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/preference_category/ */
static const apic_field suprsend_create_update_category_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_create_update_category_params, workspace), -1, -1, &apic_type_string},
    {"commit", 6, 0, offsetof(suprsend_create_update_category_params, commit), offsetof(suprsend_create_update_category_params, has_commit), -1, &apic_type_bool},
    {"commit_message", 14, 0, offsetof(suprsend_create_update_category_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_create_update_category_params_desc = {
    "create_update_category_params", sizeof(suprsend_create_update_category_params), suprsend_create_update_category_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_create_update_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_create_update_category_responses[] = {
    {200, &suprsend_create_update_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_create_update_category_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_create_update_category_security[] = {
    {suprsend_create_update_category_security_0, 1},
};
const apic_operation suprsend_create_update_category_op = {
    "suprsend_create_update_category", "POST", "/v1/{workspace}/preference_category/",
    &suprsend_create_update_category_params_desc, suprsend_create_update_category_params_locs,
    &suprsend_create_update_category_request_Type, "application/json", true,
    suprsend_create_update_category_responses, 1,
    suprsend_create_update_category_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_create_update_category(suprsend_client *client, const suprsend_create_update_category_params *params, const suprsend_create_update_category_request *body, suprsend_create_update_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_create_update_category_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_create_update_category_response *)result;
    return rc;
}

/* Calls suprsend_create_update_category_async()'s callback as its own type. */
static void suprsend_create_update_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_create_update_category_callback)typed)(user_data, rc, (suprsend_create_update_category_response *)result, err);
}

int suprsend_create_update_category_async(suprsend_client *client, const suprsend_create_update_category_params *params, const suprsend_create_update_category_request *body, suprsend_create_update_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_create_update_category_op, params, body, NULL,
                                   suprsend_create_update_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/preference_category/commit/ */
static const apic_field suprsend_commit_category_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_commit_category_params, workspace), -1, -1, &apic_type_string},
    {"commit_message", 14, APIC_F_REQUIRED, offsetof(suprsend_commit_category_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_commit_category_params_desc = {
    "commit_category_params", sizeof(suprsend_commit_category_params), suprsend_commit_category_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_commit_category_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_commit_category_responses[] = {
    {200, &suprsend_commit_category_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_commit_category_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_commit_category_security[] = {
    {suprsend_commit_category_security_0, 1},
};
const apic_operation suprsend_commit_category_op = {
    "suprsend_commit_category", "PATCH", "/v1/{workspace}/preference_category/commit/",
    &suprsend_commit_category_params_desc, suprsend_commit_category_params_locs,
    NULL, NULL, false,
    suprsend_commit_category_responses, 1,
    suprsend_commit_category_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_commit_category(suprsend_client *client, const suprsend_commit_category_params *params, suprsend_commit_category_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_commit_category_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_commit_category_response *)result;
    return rc;
}

/* Calls suprsend_commit_category_async()'s callback as its own type. */
static void suprsend_commit_category_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_commit_category_callback)typed)(user_data, rc, (suprsend_commit_category_response *)result, err);
}

int suprsend_commit_category_async(suprsend_client *client, const suprsend_commit_category_params *params, suprsend_commit_category_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_commit_category_op, params, NULL, NULL,
                                   suprsend_commit_category_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/preference_category/translation/locale/ */
static const apic_field suprsend_list_category_translation_locales_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_category_translation_locales_params, workspace), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_category_translation_locales_params_desc = {
    "list_category_translation_locales_params", sizeof(suprsend_list_category_translation_locales_params), suprsend_list_category_translation_locales_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_category_translation_locales_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_category_translation_locales_responses[] = {
    {200, &suprsend_list_category_translation_locales_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_category_translation_locales_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_category_translation_locales_security[] = {
    {suprsend_list_category_translation_locales_security_0, 1},
};
const apic_operation suprsend_list_category_translation_locales_op = {
    "suprsend_list_category_translation_locales", "GET", "/v1/{workspace}/preference_category/translation/locale/",
    &suprsend_list_category_translation_locales_params_desc, suprsend_list_category_translation_locales_params_locs,
    NULL, NULL, false,
    suprsend_list_category_translation_locales_responses, 1,
    suprsend_list_category_translation_locales_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_category_translation_locales(suprsend_client *client, const suprsend_list_category_translation_locales_params *params, suprsend_list_category_translation_locales_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_category_translation_locales_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_category_translation_locales_response *)result;
    return rc;
}

/* Calls suprsend_list_category_translation_locales_async()'s callback as its own type. */
static void suprsend_list_category_translation_locales_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_category_translation_locales_callback)typed)(user_data, rc, (suprsend_list_category_translation_locales_response *)result, err);
}

int suprsend_list_category_translation_locales_async(suprsend_client *client, const suprsend_list_category_translation_locales_params *params, suprsend_list_category_translation_locales_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_category_translation_locales_op, params, NULL, NULL,
                                   suprsend_list_category_translation_locales_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/preference_category/translation/content/{locale}/ */
static const apic_field suprsend_get_category_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_category_translation_params, workspace), -1, -1, &apic_type_string},
    {"locale", 6, APIC_F_REQUIRED, offsetof(suprsend_get_category_translation_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_category_translation_params_desc = {
    "get_category_translation_params", sizeof(suprsend_get_category_translation_params), suprsend_get_category_translation_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_category_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_category_translation_responses[] = {
    {200, &suprsend_get_category_translation_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_category_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_category_translation_security[] = {
    {suprsend_get_category_translation_security_0, 1},
};
const apic_operation suprsend_get_category_translation_op = {
    "suprsend_get_category_translation", "GET", "/v1/{workspace}/preference_category/translation/content/{locale}/",
    &suprsend_get_category_translation_params_desc, suprsend_get_category_translation_params_locs,
    NULL, NULL, false,
    suprsend_get_category_translation_responses, 1,
    suprsend_get_category_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_category_translation(suprsend_client *client, const suprsend_get_category_translation_params *params, suprsend_get_category_translation_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_category_translation_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_category_translation_response *)result;
    return rc;
}

/* Calls suprsend_get_category_translation_async()'s callback as its own type. */
static void suprsend_get_category_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_category_translation_callback)typed)(user_data, rc, (suprsend_get_category_translation_response *)result, err);
}

int suprsend_get_category_translation_async(suprsend_client *client, const suprsend_get_category_translation_params *params, suprsend_get_category_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_category_translation_op, params, NULL, NULL,
                                   suprsend_get_category_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/preference_category/translation/content/{locale}/ */
static const apic_field suprsend_add_category_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_add_category_translation_params, workspace), -1, -1, &apic_type_string},
    {"locale", 6, APIC_F_REQUIRED, offsetof(suprsend_add_category_translation_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_add_category_translation_params_desc = {
    "add_category_translation_params", sizeof(suprsend_add_category_translation_params), suprsend_add_category_translation_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_add_category_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_add_category_translation_responses[] = {
    {200, &suprsend_add_category_translation_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_add_category_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_add_category_translation_security[] = {
    {suprsend_add_category_translation_security_0, 1},
};
const apic_operation suprsend_add_category_translation_op = {
    "suprsend_add_category_translation", "POST", "/v1/{workspace}/preference_category/translation/content/{locale}/",
    &suprsend_add_category_translation_params_desc, suprsend_add_category_translation_params_locs,
    &suprsend_add_category_translation_request_Type, "application/json", true,
    suprsend_add_category_translation_responses, 1,
    suprsend_add_category_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_add_category_translation(suprsend_client *client, const suprsend_add_category_translation_params *params, const suprsend_add_category_translation_request *body, suprsend_add_category_translation_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_add_category_translation_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_add_category_translation_response *)result;
    return rc;
}

/* Calls suprsend_add_category_translation_async()'s callback as its own type. */
static void suprsend_add_category_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_add_category_translation_callback)typed)(user_data, rc, (suprsend_add_category_translation_response *)result, err);
}

int suprsend_add_category_translation_async(suprsend_client *client, const suprsend_add_category_translation_params *params, const suprsend_add_category_translation_request *body, suprsend_add_category_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_add_category_translation_op, params, body, NULL,
                                   suprsend_add_category_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/{workspace}/preference_category/translation/content/{locale}/ */
static const apic_field suprsend_delete_category_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_delete_category_translation_params, workspace), -1, -1, &apic_type_string},
    {"locale", 6, APIC_F_REQUIRED, offsetof(suprsend_delete_category_translation_params, locale), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_category_translation_params_desc = {
    "delete_category_translation_params", sizeof(suprsend_delete_category_translation_params), suprsend_delete_category_translation_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_category_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_category_translation_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_category_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_delete_category_translation_security[] = {
    {suprsend_delete_category_translation_security_0, 1},
};
const apic_operation suprsend_delete_category_translation_op = {
    "suprsend_delete_category_translation", "DELETE", "/v1/{workspace}/preference_category/translation/content/{locale}/",
    &suprsend_delete_category_translation_params_desc, suprsend_delete_category_translation_params_locs,
    NULL, NULL, false,
    suprsend_delete_category_translation_responses, 1,
    suprsend_delete_category_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_delete_category_translation(suprsend_client *client, const suprsend_delete_category_translation_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_delete_category_translation_op, params, NULL, NULL, err);
}

/* Calls suprsend_delete_category_translation_async()'s callback as its own type. */
static void suprsend_delete_category_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_delete_category_translation_callback)typed)(user_data, rc, err);
}

int suprsend_delete_category_translation_async(suprsend_client *client, const suprsend_delete_category_translation_params *params, suprsend_delete_category_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_category_translation_op, params, NULL, NULL,
                                   suprsend_delete_category_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/translation/ */
static const apic_field suprsend_list_translations_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_translations_params, workspace), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_list_translations_params, mode), offsetof(suprsend_list_translations_params, has_mode), -1, &suprsend_list_translations_mode_Type},
    {"limit", 5, 0, offsetof(suprsend_list_translations_params, limit), offsetof(suprsend_list_translations_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_translations_params, offset), offsetof(suprsend_list_translations_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc suprsend_list_translations_params_desc = {
    "list_translations_params", sizeof(suprsend_list_translations_params), suprsend_list_translations_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_translations_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_list_translations_responses[] = {
    {200, &suprsend_list_translations_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_translations_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_translations_security[] = {
    {suprsend_list_translations_security_0, 1},
};
const apic_operation suprsend_list_translations_op = {
    "suprsend_list_translations", "GET", "/v1/{workspace}/translation/",
    &suprsend_list_translations_params_desc, suprsend_list_translations_params_locs,
    NULL, NULL, false,
    suprsend_list_translations_responses, 1,
    suprsend_list_translations_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_translations(suprsend_client *client, const suprsend_list_translations_params *params, suprsend_list_translations_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_translations_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_translations_response *)result;
    return rc;
}

/* Calls suprsend_list_translations_async()'s callback as its own type. */
static void suprsend_list_translations_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_translations_callback)typed)(user_data, rc, (suprsend_list_translations_response *)result, err);
}

int suprsend_list_translations_async(suprsend_client *client, const suprsend_list_translations_params *params, suprsend_list_translations_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_translations_op, params, NULL, NULL,
                                   suprsend_list_translations_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received, up to 'meta.count' */
static const apic_pagination suprsend_list_translations_pagination = {
    APIC_PAGE_OFFSET, "results", "offset", "limit",
    "meta.count", NULL, NULL, NULL, 1
};

int suprsend_list_translations_iter_new(suprsend_client *client, const suprsend_list_translations_params *params, suprsend_list_translations_iter **out, suprsend_error *err)
{
    return apic_pager_new(client, &suprsend_list_translations_op, &suprsend_list_translations_pagination, params, out, err);
}

int suprsend_list_translations_iter_next(suprsend_list_translations_iter *it, const suprsend_list_translations_response_results_item **item, suprsend_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const suprsend_list_translations_response_results_item *)next;
    return rc;
}

void suprsend_list_translations_iter_free(suprsend_list_translations_iter *it)
{
    apic_pager_free(it);
}

/* GET /v1/{workspace}/translation/content/{locale_file}/ */
static const apic_field suprsend_get_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_translation_params, workspace), -1, -1, &apic_type_string},
    {"locale_file", 11, APIC_F_REQUIRED, offsetof(suprsend_get_translation_params, locale_file), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_get_translation_params, mode), offsetof(suprsend_get_translation_params, has_mode), -1, &suprsend_get_translation_mode_Type},
};
static const apic_struct_desc suprsend_get_translation_params_desc = {
    "get_translation_params", sizeof(suprsend_get_translation_params), suprsend_get_translation_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_translation_responses[] = {
    {200, &suprsend_get_translation_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_translation_security[] = {
    {suprsend_get_translation_security_0, 1},
};
const apic_operation suprsend_get_translation_op = {
    "suprsend_get_translation", "GET", "/v1/{workspace}/translation/content/{locale_file}/",
    &suprsend_get_translation_params_desc, suprsend_get_translation_params_locs,
    NULL, NULL, false,
    suprsend_get_translation_responses, 1,
    suprsend_get_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_translation(suprsend_client *client, const suprsend_get_translation_params *params, suprsend_get_translation_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_translation_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_translation_response *)result;
    return rc;
}

/* Calls suprsend_get_translation_async()'s callback as its own type. */
static void suprsend_get_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_translation_callback)typed)(user_data, rc, (suprsend_get_translation_response *)result, err);
}

int suprsend_get_translation_async(suprsend_client *client, const suprsend_get_translation_params *params, suprsend_get_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_translation_op, params, NULL, NULL,
                                   suprsend_get_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/translation/content/{locale_file}/ */
static const apic_field suprsend_add_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_add_translation_params, workspace), -1, -1, &apic_type_string},
    {"locale_file", 11, APIC_F_REQUIRED, offsetof(suprsend_add_translation_params, locale_file), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_add_translation_params_desc = {
    "add_translation_params", sizeof(suprsend_add_translation_params), suprsend_add_translation_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_add_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_add_translation_responses[] = {
    {201, &suprsend_add_translation_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_add_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_add_translation_security[] = {
    {suprsend_add_translation_security_0, 1},
};
const apic_operation suprsend_add_translation_op = {
    "suprsend_add_translation", "POST", "/v1/{workspace}/translation/content/{locale_file}/",
    &suprsend_add_translation_params_desc, suprsend_add_translation_params_locs,
    &suprsend_add_translation_request_Type, "application/json", true,
    suprsend_add_translation_responses, 1,
    suprsend_add_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_add_translation(suprsend_client *client, const suprsend_add_translation_params *params, const suprsend_add_translation_request *body, suprsend_add_translation_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_add_translation_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_add_translation_response *)result;
    return rc;
}

/* Calls suprsend_add_translation_async()'s callback as its own type. */
static void suprsend_add_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_add_translation_callback)typed)(user_data, rc, (suprsend_add_translation_response *)result, err);
}

int suprsend_add_translation_async(suprsend_client *client, const suprsend_add_translation_params *params, const suprsend_add_translation_request *body, suprsend_add_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_add_translation_op, params, body, NULL,
                                   suprsend_add_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /v1/{workspace}/translation/content/{locale_file}/ */
static const apic_field suprsend_delete_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_delete_translation_params, workspace), -1, -1, &apic_type_string},
    {"locale_file", 11, APIC_F_REQUIRED, offsetof(suprsend_delete_translation_params, locale_file), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_delete_translation_params_desc = {
    "delete_translation_params", sizeof(suprsend_delete_translation_params), suprsend_delete_translation_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_delete_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_delete_translation_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_delete_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_delete_translation_security[] = {
    {suprsend_delete_translation_security_0, 1},
};
const apic_operation suprsend_delete_translation_op = {
    "suprsend_delete_translation", "DELETE", "/v1/{workspace}/translation/content/{locale_file}/",
    &suprsend_delete_translation_params_desc, suprsend_delete_translation_params_locs,
    NULL, NULL, false,
    suprsend_delete_translation_responses, 1,
    suprsend_delete_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_delete_translation(suprsend_client *client, const suprsend_delete_translation_params *params, suprsend_error *err)
{
    return apic_call(client, &suprsend_delete_translation_op, params, NULL, NULL, err);
}

/* Calls suprsend_delete_translation_async()'s callback as its own type. */
static void suprsend_delete_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((suprsend_delete_translation_callback)typed)(user_data, rc, err);
}

int suprsend_delete_translation_async(suprsend_client *client, const suprsend_delete_translation_params *params, suprsend_delete_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_delete_translation_op, params, NULL, NULL,
                                   suprsend_delete_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v1/{workspace}/translation/version/{version}/ */
static const apic_field suprsend_get_translation_history_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_translation_history_params, workspace), -1, -1, &apic_type_string},
    {"version", 7, APIC_F_REQUIRED, offsetof(suprsend_get_translation_history_params, version), -1, -1, &apic_type_int64},
};
static const apic_struct_desc suprsend_get_translation_history_params_desc = {
    "get_translation_history_params", sizeof(suprsend_get_translation_history_params), suprsend_get_translation_history_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_translation_history_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_translation_history_responses[] = {
    {200, &suprsend_get_translation_history_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_translation_history_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_translation_history_security[] = {
    {suprsend_get_translation_history_security_0, 1},
};
const apic_operation suprsend_get_translation_history_op = {
    "suprsend_get_translation_history", "GET", "/v1/{workspace}/translation/version/{version}/",
    &suprsend_get_translation_history_params_desc, suprsend_get_translation_history_params_locs,
    NULL, NULL, false,
    suprsend_get_translation_history_responses, 1,
    suprsend_get_translation_history_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_translation_history(suprsend_client *client, const suprsend_get_translation_history_params *params, suprsend_get_translation_history_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_translation_history_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_translation_history_response *)result;
    return rc;
}

/* Calls suprsend_get_translation_history_async()'s callback as its own type. */
static void suprsend_get_translation_history_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_translation_history_callback)typed)(user_data, rc, (suprsend_get_translation_history_response *)result, err);
}

int suprsend_get_translation_history_async(suprsend_client *client, const suprsend_get_translation_history_params *params, suprsend_get_translation_history_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_translation_history_op, params, NULL, NULL,
                                   suprsend_get_translation_history_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v1/{workspace}/translation/version/{version_no}/rollback/ */
static const apic_field suprsend_rollback_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_rollback_translation_params, workspace), -1, -1, &apic_type_string},
    {"version_no", 10, APIC_F_REQUIRED, offsetof(suprsend_rollback_translation_params, version_no), -1, -1, &apic_type_int64},
};
static const apic_struct_desc suprsend_rollback_translation_params_desc = {
    "rollback_translation_params", sizeof(suprsend_rollback_translation_params), suprsend_rollback_translation_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_rollback_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_rollback_translation_responses[] = {
    {200, &suprsend_rollback_translation_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_rollback_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_rollback_translation_security[] = {
    {suprsend_rollback_translation_security_0, 1},
};
const apic_operation suprsend_rollback_translation_op = {
    "suprsend_rollback_translation", "POST", "/v1/{workspace}/translation/version/{version_no}/rollback/",
    &suprsend_rollback_translation_params_desc, suprsend_rollback_translation_params_locs,
    NULL, NULL, false,
    suprsend_rollback_translation_responses, 1,
    suprsend_rollback_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_rollback_translation(suprsend_client *client, const suprsend_rollback_translation_params *params, suprsend_rollback_translation_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_rollback_translation_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_rollback_translation_response *)result;
    return rc;
}

/* Calls suprsend_rollback_translation_async()'s callback as its own type. */
static void suprsend_rollback_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_rollback_translation_callback)typed)(user_data, rc, (suprsend_rollback_translation_response *)result, err);
}

int suprsend_rollback_translation_async(suprsend_client *client, const suprsend_rollback_translation_params *params, suprsend_rollback_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_rollback_translation_op, params, NULL, NULL,
                                   suprsend_rollback_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v1/{workspace}/translation/commit/ */
static const apic_field suprsend_commit_translation_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_commit_translation_params, workspace), -1, -1, &apic_type_string},
    {"commit_message", 14, 0, offsetof(suprsend_commit_translation_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_commit_translation_params_desc = {
    "commit_translation_params", sizeof(suprsend_commit_translation_params), suprsend_commit_translation_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_commit_translation_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_commit_translation_responses[] = {
    {202, &suprsend_commit_translation_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_commit_translation_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_commit_translation_security[] = {
    {suprsend_commit_translation_security_0, 1},
};
const apic_operation suprsend_commit_translation_op = {
    "suprsend_commit_translation", "PATCH", "/v1/{workspace}/translation/commit/",
    &suprsend_commit_translation_params_desc, suprsend_commit_translation_params_locs,
    NULL, NULL, false,
    suprsend_commit_translation_responses, 1,
    suprsend_commit_translation_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_commit_translation(suprsend_client *client, const suprsend_commit_translation_params *params, suprsend_commit_translation_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_commit_translation_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_commit_translation_response *)result;
    return rc;
}

/* Calls suprsend_commit_translation_async()'s callback as its own type. */
static void suprsend_commit_translation_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_commit_translation_callback)typed)(user_data, rc, (suprsend_commit_translation_response *)result, err);
}

int suprsend_commit_translation_async(suprsend_client *client, const suprsend_commit_translation_params *params, suprsend_commit_translation_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_commit_translation_op, params, NULL, NULL,
                                   suprsend_commit_translation_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v2/{workspace}/template/ */
static const apic_field suprsend_list_templates_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_templates_v2_params, workspace), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_list_templates_v2_params, mode), offsetof(suprsend_list_templates_v2_params, has_mode), -1, &suprsend_list_templates_v2_mode_Type},
    {"limit", 5, 0, offsetof(suprsend_list_templates_v2_params, limit), offsetof(suprsend_list_templates_v2_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_templates_v2_params, offset), offsetof(suprsend_list_templates_v2_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(suprsend_list_templates_v2_params, q), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_templates_v2_params_desc = {
    "list_templates_v2_params", sizeof(suprsend_list_templates_v2_params), suprsend_list_templates_v2_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_templates_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_list_templates_v2_responses[] = {
    {200, &suprsend_list_templates_v2_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_templates_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_templates_v2_security[] = {
    {suprsend_list_templates_v2_security_0, 1},
};
const apic_operation suprsend_list_templates_v2_op = {
    "suprsend_list_templates_v2", "GET", "/v2/{workspace}/template/",
    &suprsend_list_templates_v2_params_desc, suprsend_list_templates_v2_params_locs,
    NULL, NULL, false,
    suprsend_list_templates_v2_responses, 1,
    suprsend_list_templates_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_templates_v2(suprsend_client *client, const suprsend_list_templates_v2_params *params, suprsend_list_templates_v2_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_templates_v2_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_templates_v2_response *)result;
    return rc;
}

/* Calls suprsend_list_templates_v2_async()'s callback as its own type. */
static void suprsend_list_templates_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_templates_v2_callback)typed)(user_data, rc, (suprsend_list_templates_v2_response *)result, err);
}

int suprsend_list_templates_v2_async(suprsend_client *client, const suprsend_list_templates_v2_params *params, suprsend_list_templates_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_templates_v2_op, params, NULL, NULL,
                                   suprsend_list_templates_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received, up to 'meta.count' */
static const apic_pagination suprsend_list_templates_v2_pagination = {
    APIC_PAGE_OFFSET, "results", "offset", "limit",
    "meta.count", NULL, NULL, NULL, 1
};

int suprsend_list_templates_v2_iter_new(suprsend_client *client, const suprsend_list_templates_v2_params *params, suprsend_list_templates_v2_iter **out, suprsend_error *err)
{
    return apic_pager_new(client, &suprsend_list_templates_v2_op, &suprsend_list_templates_v2_pagination, params, out, err);
}

int suprsend_list_templates_v2_iter_next(suprsend_list_templates_v2_iter *it, const suprsend_list_templates_v2_response_results_item **item, suprsend_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const suprsend_list_templates_v2_response_results_item *)next;
    return rc;
}

void suprsend_list_templates_v2_iter_free(suprsend_list_templates_v2_iter *it)
{
    apic_pager_free(it);
}

/* GET /v2/{workspace}/template/{template_slug}/ */
static const apic_field suprsend_get_template_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_template_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_get_template_v2_params, template_slug), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_get_template_v2_params, mode), offsetof(suprsend_get_template_v2_params, has_mode), -1, &suprsend_get_template_v2_mode_Type},
};
static const apic_struct_desc suprsend_get_template_v2_params_desc = {
    "get_template_v2_params", sizeof(suprsend_get_template_v2_params), suprsend_get_template_v2_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_template_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_template_v2_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_template_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_template_v2_security[] = {
    {suprsend_get_template_v2_security_0, 1},
};
const apic_operation suprsend_get_template_v2_op = {
    "suprsend_get_template_v2", "GET", "/v2/{workspace}/template/{template_slug}/",
    &suprsend_get_template_v2_params_desc, suprsend_get_template_v2_params_locs,
    NULL, NULL, false,
    suprsend_get_template_v2_responses, 1,
    suprsend_get_template_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_template_v2(suprsend_client *client, const suprsend_get_template_v2_params *params, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_template_v2_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_get_template_v2_async()'s callback as its own type. */
static void suprsend_get_template_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_template_v2_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_get_template_v2_async(suprsend_client *client, const suprsend_get_template_v2_params *params, suprsend_get_template_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_template_v2_op, params, NULL, NULL,
                                   suprsend_get_template_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v2/{workspace}/template/{template_slug}/ */
static const apic_field suprsend_upsert_template_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_upsert_template_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_upsert_template_v2_params, template_slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_upsert_template_v2_params_desc = {
    "upsert_template_v2_params", sizeof(suprsend_upsert_template_v2_params), suprsend_upsert_template_v2_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_upsert_template_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_upsert_template_v2_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_upsert_template_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_upsert_template_v2_security[] = {
    {suprsend_upsert_template_v2_security_0, 1},
};
const apic_operation suprsend_upsert_template_v2_op = {
    "suprsend_upsert_template_v2", "POST", "/v2/{workspace}/template/{template_slug}/",
    &suprsend_upsert_template_v2_params_desc, suprsend_upsert_template_v2_params_locs,
    &suprsend_upsert_template_v2_request_Type, "application/json", true,
    suprsend_upsert_template_v2_responses, 1,
    suprsend_upsert_template_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_upsert_template_v2(suprsend_client *client, const suprsend_upsert_template_v2_params *params, const suprsend_upsert_template_v2_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_upsert_template_v2_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_upsert_template_v2_async()'s callback as its own type. */
static void suprsend_upsert_template_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_upsert_template_v2_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_upsert_template_v2_async(suprsend_client *client, const suprsend_upsert_template_v2_params *params, const suprsend_upsert_template_v2_request *body, suprsend_upsert_template_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_upsert_template_v2_op, params, body, NULL,
                                   suprsend_upsert_template_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v2/{workspace}/template/{template_slug}/variant/ */
static const apic_field suprsend_list_all_variants_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_all_variants_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_list_all_variants_v2_params, template_slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_list_all_variants_v2_params_desc = {
    "list_all_variants_v2_params", sizeof(suprsend_list_all_variants_v2_params), suprsend_list_all_variants_v2_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_all_variants_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_all_variants_v2_responses[] = {
    {200, &suprsend_list_all_variants_v2_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_all_variants_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_all_variants_v2_security[] = {
    {suprsend_list_all_variants_v2_security_0, 1},
};
const apic_operation suprsend_list_all_variants_v2_op = {
    "suprsend_list_all_variants_v2", "GET", "/v2/{workspace}/template/{template_slug}/variant/",
    &suprsend_list_all_variants_v2_params_desc, suprsend_list_all_variants_v2_params_locs,
    NULL, NULL, false,
    suprsend_list_all_variants_v2_responses, 1,
    suprsend_list_all_variants_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_all_variants_v2(suprsend_client *client, const suprsend_list_all_variants_v2_params *params, suprsend_list_all_variants_v2_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_all_variants_v2_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_all_variants_v2_response *)result;
    return rc;
}

/* Calls suprsend_list_all_variants_v2_async()'s callback as its own type. */
static void suprsend_list_all_variants_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_all_variants_v2_callback)typed)(user_data, rc, (suprsend_list_all_variants_v2_response *)result, err);
}

int suprsend_list_all_variants_v2_async(suprsend_client *client, const suprsend_list_all_variants_v2_params *params, suprsend_list_all_variants_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_all_variants_v2_op, params, NULL, NULL,
                                   suprsend_list_all_variants_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/ */
static const apic_field suprsend_list_channel_variants_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_list_channel_variants_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_list_channel_variants_v2_params, template_slug), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_list_channel_variants_v2_params, channel), -1, -1, &suprsend_list_channel_variants_v2_channel_Type},
};
static const apic_struct_desc suprsend_list_channel_variants_v2_params_desc = {
    "list_channel_variants_v2_params", sizeof(suprsend_list_channel_variants_v2_params), suprsend_list_channel_variants_v2_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_list_channel_variants_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_list_channel_variants_v2_responses[] = {
    {200, &suprsend_list_channel_variants_v2_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_list_channel_variants_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_list_channel_variants_v2_security[] = {
    {suprsend_list_channel_variants_v2_security_0, 1},
};
const apic_operation suprsend_list_channel_variants_v2_op = {
    "suprsend_list_channel_variants_v2", "GET", "/v2/{workspace}/template/{template_slug}/channel/{channel}/variant/",
    &suprsend_list_channel_variants_v2_params_desc, suprsend_list_channel_variants_v2_params_locs,
    NULL, NULL, false,
    suprsend_list_channel_variants_v2_responses, 1,
    suprsend_list_channel_variants_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_list_channel_variants_v2(suprsend_client *client, const suprsend_list_channel_variants_v2_params *params, suprsend_list_channel_variants_v2_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_list_channel_variants_v2_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_list_channel_variants_v2_response *)result;
    return rc;
}

/* Calls suprsend_list_channel_variants_v2_async()'s callback as its own type. */
static void suprsend_list_channel_variants_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_list_channel_variants_v2_callback)typed)(user_data, rc, (suprsend_list_channel_variants_v2_response *)result, err);
}

int suprsend_list_channel_variants_v2_async(suprsend_client *client, const suprsend_list_channel_variants_v2_params *params, suprsend_list_channel_variants_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_list_channel_variants_v2_op, params, NULL, NULL,
                                   suprsend_list_channel_variants_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/ */
static const apic_field suprsend_get_variant_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_variant_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_get_variant_v2_params, template_slug), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_get_variant_v2_params, channel), -1, -1, &suprsend_get_variant_v2_channel_Type},
    {"variant_id", 10, APIC_F_REQUIRED, offsetof(suprsend_get_variant_v2_params, variant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_get_variant_v2_params_desc = {
    "get_variant_v2_params", sizeof(suprsend_get_variant_v2_params), suprsend_get_variant_v2_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_variant_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_get_variant_v2_responses[] = {
    {200, &suprsend_template_variant_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_variant_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_variant_v2_security[] = {
    {suprsend_get_variant_v2_security_0, 1},
};
const apic_operation suprsend_get_variant_v2_op = {
    "suprsend_get_variant_v2", "GET", "/v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/",
    &suprsend_get_variant_v2_params_desc, suprsend_get_variant_v2_params_locs,
    NULL, NULL, false,
    suprsend_get_variant_v2_responses, 1,
    suprsend_get_variant_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_variant_v2(suprsend_client *client, const suprsend_get_variant_v2_params *params, suprsend_template_variant **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_variant_v2_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_template_variant *)result;
    return rc;
}

/* Calls suprsend_get_variant_v2_async()'s callback as its own type. */
static void suprsend_get_variant_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_variant_v2_callback)typed)(user_data, rc, (suprsend_template_variant *)result, err);
}

int suprsend_get_variant_v2_async(suprsend_client *client, const suprsend_get_variant_v2_params *params, suprsend_get_variant_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_variant_v2_op, params, NULL, NULL,
                                   suprsend_get_variant_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/ */
static const apic_field suprsend_upsert_variant_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_upsert_variant_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_upsert_variant_v2_params, template_slug), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_upsert_variant_v2_params, channel), -1, -1, &suprsend_upsert_variant_v2_channel_Type},
    {"variant_id", 10, APIC_F_REQUIRED, offsetof(suprsend_upsert_variant_v2_params, variant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_upsert_variant_v2_params_desc = {
    "upsert_variant_v2_params", sizeof(suprsend_upsert_variant_v2_params), suprsend_upsert_variant_v2_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_upsert_variant_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_upsert_variant_v2_responses[] = {
    {200, &suprsend_template_variant_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_upsert_variant_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_upsert_variant_v2_security[] = {
    {suprsend_upsert_variant_v2_security_0, 1},
};
const apic_operation suprsend_upsert_variant_v2_op = {
    "suprsend_upsert_variant_v2", "POST", "/v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/",
    &suprsend_upsert_variant_v2_params_desc, suprsend_upsert_variant_v2_params_locs,
    &suprsend_upsert_variant_v2_request_Type, "application/json", true,
    suprsend_upsert_variant_v2_responses, 1,
    suprsend_upsert_variant_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_upsert_variant_v2(suprsend_client *client, const suprsend_upsert_variant_v2_params *params, const suprsend_upsert_variant_v2_request *body, suprsend_template_variant **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_upsert_variant_v2_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_template_variant *)result;
    return rc;
}

/* Calls suprsend_upsert_variant_v2_async()'s callback as its own type. */
static void suprsend_upsert_variant_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_upsert_variant_v2_callback)typed)(user_data, rc, (suprsend_template_variant *)result, err);
}

int suprsend_upsert_variant_v2_async(suprsend_client *client, const suprsend_upsert_variant_v2_params *params, const suprsend_upsert_variant_v2_request *body, suprsend_upsert_variant_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_upsert_variant_v2_op, params, body, NULL,
                                   suprsend_upsert_variant_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v2/{workspace}/template/{template_slug}/mock_data/ */
static const apic_field suprsend_get_mock_data_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_get_mock_data_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_get_mock_data_v2_params, template_slug), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_get_mock_data_v2_params, mode), offsetof(suprsend_get_mock_data_v2_params, has_mode), -1, &suprsend_get_mock_data_v2_mode_Type},
};
static const apic_struct_desc suprsend_get_mock_data_v2_params_desc = {
    "get_mock_data_v2_params", sizeof(suprsend_get_mock_data_v2_params), suprsend_get_mock_data_v2_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_get_mock_data_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_get_mock_data_v2_responses[] = {
    {200, &suprsend_get_mock_data_v2_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_get_mock_data_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_get_mock_data_v2_security[] = {
    {suprsend_get_mock_data_v2_security_0, 1},
};
const apic_operation suprsend_get_mock_data_v2_op = {
    "suprsend_get_mock_data_v2", "GET", "/v2/{workspace}/template/{template_slug}/mock_data/",
    &suprsend_get_mock_data_v2_params_desc, suprsend_get_mock_data_v2_params_locs,
    NULL, NULL, false,
    suprsend_get_mock_data_v2_responses, 1,
    suprsend_get_mock_data_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_get_mock_data_v2(suprsend_client *client, const suprsend_get_mock_data_v2_params *params, suprsend_get_mock_data_v2_response **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_get_mock_data_v2_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (suprsend_get_mock_data_v2_response *)result;
    return rc;
}

/* Calls suprsend_get_mock_data_v2_async()'s callback as its own type. */
static void suprsend_get_mock_data_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_get_mock_data_v2_callback)typed)(user_data, rc, (suprsend_get_mock_data_v2_response *)result, err);
}

int suprsend_get_mock_data_v2_async(suprsend_client *client, const suprsend_get_mock_data_v2_params *params, suprsend_get_mock_data_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_get_mock_data_v2_op, params, NULL, NULL,
                                   suprsend_get_mock_data_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v2/{workspace}/template/{template_slug}/mock_data/ */
static const apic_field suprsend_update_mock_data_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_update_mock_data_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_update_mock_data_v2_params, template_slug), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_update_mock_data_v2_params_desc = {
    "update_mock_data_v2_params", sizeof(suprsend_update_mock_data_v2_params), suprsend_update_mock_data_v2_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_update_mock_data_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response suprsend_update_mock_data_v2_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_update_mock_data_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_update_mock_data_v2_security[] = {
    {suprsend_update_mock_data_v2_security_0, 1},
};
const apic_operation suprsend_update_mock_data_v2_op = {
    "suprsend_update_mock_data_v2", "PATCH", "/v2/{workspace}/template/{template_slug}/mock_data/",
    &suprsend_update_mock_data_v2_params_desc, suprsend_update_mock_data_v2_params_locs,
    &suprsend_update_mock_data_v2_request_Type, "application/json", true,
    suprsend_update_mock_data_v2_responses, 1,
    suprsend_update_mock_data_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_update_mock_data_v2(suprsend_client *client, const suprsend_update_mock_data_v2_params *params, const suprsend_update_mock_data_v2_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_update_mock_data_v2_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_update_mock_data_v2_async()'s callback as its own type. */
static void suprsend_update_mock_data_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_update_mock_data_v2_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_update_mock_data_v2_async(suprsend_client *client, const suprsend_update_mock_data_v2_params *params, const suprsend_update_mock_data_v2_request *body, suprsend_update_mock_data_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_update_mock_data_v2_op, params, body, NULL,
                                   suprsend_update_mock_data_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v2/{workspace}/template/{template_slug}/commit/ */
static const apic_field suprsend_commit_template_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_commit_template_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_commit_template_v2_params, template_slug), -1, -1, &apic_type_string},
    {"commit_message", 14, 0, offsetof(suprsend_commit_template_v2_params, commit_message), -1, -1, &apic_type_string},
};
static const apic_struct_desc suprsend_commit_template_v2_params_desc = {
    "commit_template_v2_params", sizeof(suprsend_commit_template_v2_params), suprsend_commit_template_v2_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_commit_template_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_commit_template_v2_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_commit_template_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_commit_template_v2_security[] = {
    {suprsend_commit_template_v2_security_0, 1},
};
const apic_operation suprsend_commit_template_v2_op = {
    "suprsend_commit_template_v2", "PATCH", "/v2/{workspace}/template/{template_slug}/commit/",
    &suprsend_commit_template_v2_params_desc, suprsend_commit_template_v2_params_locs,
    &apic_type_json_map, "application/json", false,
    suprsend_commit_template_v2_responses, 1,
    suprsend_commit_template_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_commit_template_v2(suprsend_client *client, const suprsend_commit_template_v2_params *params, const apic_json_map *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_commit_template_v2_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_commit_template_v2_async()'s callback as its own type. */
static void suprsend_commit_template_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_commit_template_v2_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_commit_template_v2_async(suprsend_client *client, const suprsend_commit_template_v2_params *params, const apic_json_map *body, suprsend_commit_template_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_commit_template_v2_op, params, body, NULL,
                                   suprsend_commit_template_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/discard/ */
static const apic_field suprsend_discard_variant_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_discard_variant_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_discard_variant_v2_params, template_slug), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_discard_variant_v2_params, channel), -1, -1, &suprsend_discard_variant_v2_channel_Type},
    {"variant_id", 10, APIC_F_REQUIRED, offsetof(suprsend_discard_variant_v2_params, variant_id), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_discard_variant_v2_params, mode), offsetof(suprsend_discard_variant_v2_params, has_mode), -1, &suprsend_discard_variant_v2_mode_Type},
};
static const apic_struct_desc suprsend_discard_variant_v2_params_desc = {
    "discard_variant_v2_params", sizeof(suprsend_discard_variant_v2_params), suprsend_discard_variant_v2_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_discard_variant_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_discard_variant_v2_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_discard_variant_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_discard_variant_v2_security[] = {
    {suprsend_discard_variant_v2_security_0, 1},
};
const apic_operation suprsend_discard_variant_v2_op = {
    "suprsend_discard_variant_v2", "PATCH", "/v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/discard/",
    &suprsend_discard_variant_v2_params_desc, suprsend_discard_variant_v2_params_locs,
    &suprsend_discard_variant_v2_request_Type, "application/json", true,
    suprsend_discard_variant_v2_responses, 1,
    suprsend_discard_variant_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_discard_variant_v2(suprsend_client *client, const suprsend_discard_variant_v2_params *params, const suprsend_discard_variant_v2_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_discard_variant_v2_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_discard_variant_v2_async()'s callback as its own type. */
static void suprsend_discard_variant_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_discard_variant_v2_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_discard_variant_v2_async(suprsend_client *client, const suprsend_discard_variant_v2_params *params, const suprsend_discard_variant_v2_request *body, suprsend_discard_variant_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_discard_variant_v2_op, params, body, NULL,
                                   suprsend_discard_variant_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/vendor_approval/ */
static const apic_field suprsend_vendor_approval_v2_params_desc_Fields[] = {
    {"workspace", 9, APIC_F_REQUIRED, offsetof(suprsend_vendor_approval_v2_params, workspace), -1, -1, &apic_type_string},
    {"template_slug", 13, APIC_F_REQUIRED, offsetof(suprsend_vendor_approval_v2_params, template_slug), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_vendor_approval_v2_params, channel), -1, -1, &suprsend_vendor_approval_v2_channel_Type},
    {"variant_id", 10, APIC_F_REQUIRED, offsetof(suprsend_vendor_approval_v2_params, variant_id), -1, -1, &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_vendor_approval_v2_params, mode), offsetof(suprsend_vendor_approval_v2_params, has_mode), -1, &suprsend_vendor_approval_v2_mode_Type},
};
static const apic_struct_desc suprsend_vendor_approval_v2_params_desc = {
    "vendor_approval_v2_params", sizeof(suprsend_vendor_approval_v2_params), suprsend_vendor_approval_v2_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param suprsend_vendor_approval_v2_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response suprsend_vendor_approval_v2_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const suprsend_vendor_approval_v2_security_0[] = { &suprsend_scheme_service_token_auth };
static const apic_security_req suprsend_vendor_approval_v2_security[] = {
    {suprsend_vendor_approval_v2_security_0, 1},
};
const apic_operation suprsend_vendor_approval_v2_op = {
    "suprsend_vendor_approval_v2", "PATCH", "/v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/vendor_approval/",
    &suprsend_vendor_approval_v2_params_desc, suprsend_vendor_approval_v2_params_locs,
    &suprsend_vendor_approval_v2_request_Type, "application/json", true,
    suprsend_vendor_approval_v2_responses, 1,
    suprsend_vendor_approval_v2_security, 1,
    APIC_BODY_JSON, NULL,
    "https://management-api.suprsend.com"
};

int suprsend_vendor_approval_v2(suprsend_client *client, const suprsend_vendor_approval_v2_params *params, const suprsend_vendor_approval_v2_request *body, apic_json_map **out, suprsend_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &suprsend_vendor_approval_v2_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls suprsend_vendor_approval_v2_async()'s callback as its own type. */
static void suprsend_vendor_approval_v2_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((suprsend_vendor_approval_v2_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int suprsend_vendor_approval_v2_async(suprsend_client *client, const suprsend_vendor_approval_v2_params *params, const suprsend_vendor_approval_v2_request *body, suprsend_vendor_approval_v2_callback callback, void *user_data, apic_async_call **call, suprsend_error *err)
{
    return apic_call_async_adapted(client, &suprsend_vendor_approval_v2_op, params, body, NULL,
                                   suprsend_vendor_approval_v2_adapt, (apic_async_fn)callback, user_data, call, err);
}
