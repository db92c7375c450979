/* eSauti: webhooks operations. Generated; do not edit. */
#include "internal.h"

/* GET /webhooks */
static const apic_field esauti_webhooks_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_webhooks_list_params, start), offsetof(esauti_webhooks_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_webhooks_list_params, limit), offsetof(esauti_webhooks_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_webhooks_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_webhooks_list_params, order_by), offsetof(esauti_webhooks_list_params, has_order_by), -1, &esauti_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_webhooks_list_params, order_by_dir), offsetof(esauti_webhooks_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"publishedOnly", 13, 0, offsetof(esauti_webhooks_list_params, published_only), offsetof(esauti_webhooks_list_params, has_published_only), -1, &apic_type_bool},
};
static const apic_struct_desc esauti_webhooks_list_params_desc = {
    "webhooks_list_params", sizeof(esauti_webhooks_list_params), esauti_webhooks_list_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param esauti_webhooks_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_webhooks_list_responses[] = {
    {200, &esauti_webhook_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_webhooks_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_webhooks_list_security[] = {
    {esauti_webhooks_list_security_0, 1},
};
const apic_operation esauti_webhooks_list_op = {
    "esauti_webhooks_list", "GET", "/webhooks",
    &esauti_webhooks_list_params_desc, esauti_webhooks_list_params_locs,
    NULL, NULL, false,
    esauti_webhooks_list_responses, 1,
    esauti_webhooks_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_webhooks_list(esauti_client *client, const esauti_webhooks_list_params *params, esauti_webhook_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_webhooks_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_webhook_list *)result;
    return rc;
}

/* Calls esauti_webhooks_list_async()'s callback as its own type. */
static void esauti_webhooks_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_webhooks_list_callback)typed)(user_data, rc, (esauti_webhook_list *)result, err);
}

int esauti_webhooks_list_async(esauti_client *client, const esauti_webhooks_list_params *params, esauti_webhooks_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_webhooks_list_op, params, NULL, NULL,
                                   esauti_webhooks_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_webhooks_list_pagination = {
    APIC_PAGE_OFFSET, "webhooks", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_webhooks_list_iter_new(esauti_client *client, const esauti_webhooks_list_params *params, esauti_webhooks_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_webhooks_list_op, &esauti_webhooks_list_pagination, params, out, err);
}

int esauti_webhooks_list_iter_next(esauti_webhooks_list_iter *it, const esauti_webhook **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_webhook *)next;
    return rc;
}

void esauti_webhooks_list_iter_free(esauti_webhooks_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /webhooks */
static const apic_response esauti_webhooks_create_responses[] = {
    {201, &esauti_webhook_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_webhooks_create_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_webhooks_create_security[] = {
    {esauti_webhooks_create_security_0, 1},
};
const apic_operation esauti_webhooks_create_op = {
    "esauti_webhooks_create", "POST", "/webhooks",
    NULL, NULL,
    &esauti_webhook_input_Type, "application/json", true,
    esauti_webhooks_create_responses, 1,
    esauti_webhooks_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_webhooks_create(esauti_client *client, const esauti_webhook_input *body, esauti_webhook **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_webhooks_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_webhook *)result;
    return rc;
}

/* Calls esauti_webhooks_create_async()'s callback as its own type. */
static void esauti_webhooks_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_webhooks_create_callback)typed)(user_data, rc, (esauti_webhook *)result, err);
}

int esauti_webhooks_create_async(esauti_client *client, const esauti_webhook_input *body, esauti_webhooks_create_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_webhooks_create_op, NULL, body, NULL,
                                   esauti_webhooks_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /webhooks/triggers */
static const apic_response esauti_webhooks_list_triggers_responses[] = {
    {200, &esauti_webhook_trigger_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_webhooks_list_triggers_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_webhooks_list_triggers_security[] = {
    {esauti_webhooks_list_triggers_security_0, 1},
};
const apic_operation esauti_webhooks_list_triggers_op = {
    "esauti_webhooks_list_triggers", "GET", "/webhooks/triggers",
    NULL, NULL,
    NULL, NULL, false,
    esauti_webhooks_list_triggers_responses, 1,
    esauti_webhooks_list_triggers_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_webhooks_list_triggers(esauti_client *client, esauti_webhook_trigger_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_webhooks_list_triggers_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_webhook_trigger_list *)result;
    return rc;
}

/* Calls esauti_webhooks_list_triggers_async()'s callback as its own type. */
static void esauti_webhooks_list_triggers_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_webhooks_list_triggers_callback)typed)(user_data, rc, (esauti_webhook_trigger_list *)result, err);
}

int esauti_webhooks_list_triggers_async(esauti_client *client, esauti_webhooks_list_triggers_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_webhooks_list_triggers_op, NULL, NULL, NULL,
                                   esauti_webhooks_list_triggers_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /webhooks/{id} */
static const apic_field esauti_webhooks_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_webhooks_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_webhooks_get_params_desc = {
    "webhooks_get_params", sizeof(esauti_webhooks_get_params), esauti_webhooks_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_webhooks_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_webhooks_get_responses[] = {
    {200, &esauti_webhook_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_webhooks_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_webhooks_get_security[] = {
    {esauti_webhooks_get_security_0, 1},
};
const apic_operation esauti_webhooks_get_op = {
    "esauti_webhooks_get", "GET", "/webhooks/{id}",
    &esauti_webhooks_get_params_desc, esauti_webhooks_get_params_locs,
    NULL, NULL, false,
    esauti_webhooks_get_responses, 1,
    esauti_webhooks_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_webhooks_get(esauti_client *client, const esauti_webhooks_get_params *params, esauti_webhook **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_webhooks_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_webhook *)result;
    return rc;
}

/* Calls esauti_webhooks_get_async()'s callback as its own type. */
static void esauti_webhooks_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_webhooks_get_callback)typed)(user_data, rc, (esauti_webhook *)result, err);
}

int esauti_webhooks_get_async(esauti_client *client, const esauti_webhooks_get_params *params, esauti_webhooks_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_webhooks_get_op, params, NULL, NULL,
                                   esauti_webhooks_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /webhooks/{id} */
static const apic_field esauti_webhooks_delete_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_webhooks_delete_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_webhooks_delete_params_desc = {
    "webhooks_delete_params", sizeof(esauti_webhooks_delete_params), esauti_webhooks_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_webhooks_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_webhooks_delete_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_webhooks_delete_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_webhooks_delete_security[] = {
    {esauti_webhooks_delete_security_0, 1},
};
const apic_operation esauti_webhooks_delete_op = {
    "esauti_webhooks_delete", "DELETE", "/webhooks/{id}",
    &esauti_webhooks_delete_params_desc, esauti_webhooks_delete_params_locs,
    NULL, NULL, false,
    esauti_webhooks_delete_responses, 1,
    esauti_webhooks_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_webhooks_delete(esauti_client *client, const esauti_webhooks_delete_params *params, esauti_error *err)
{
    return apic_call(client, &esauti_webhooks_delete_op, params, NULL, NULL, err);
}

/* Calls esauti_webhooks_delete_async()'s callback as its own type. */
static void esauti_webhooks_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((esauti_webhooks_delete_callback)typed)(user_data, rc, err);
}

int esauti_webhooks_delete_async(esauti_client *client, const esauti_webhooks_delete_params *params, esauti_webhooks_delete_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_webhooks_delete_op, params, NULL, NULL,
                                   esauti_webhooks_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /webhooks/{id} */
static const apic_field esauti_webhooks_edit_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_webhooks_edit_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_webhooks_edit_params_desc = {
    "webhooks_edit_params", sizeof(esauti_webhooks_edit_params), esauti_webhooks_edit_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_webhooks_edit_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_webhooks_edit_responses[] = {
    {200, &esauti_webhook_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_webhooks_edit_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_webhooks_edit_security[] = {
    {esauti_webhooks_edit_security_0, 1},
};
const apic_operation esauti_webhooks_edit_op = {
    "esauti_webhooks_edit", "PATCH", "/webhooks/{id}",
    &esauti_webhooks_edit_params_desc, esauti_webhooks_edit_params_locs,
    &esauti_webhook_patch_Type, "application/json", true,
    esauti_webhooks_edit_responses, 1,
    esauti_webhooks_edit_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_webhooks_edit(esauti_client *client, const esauti_webhooks_edit_params *params, const esauti_webhook_patch *body, esauti_webhook **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_webhooks_edit_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_webhook *)result;
    return rc;
}

/* Calls esauti_webhooks_edit_async()'s callback as its own type. */
static void esauti_webhooks_edit_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_webhooks_edit_callback)typed)(user_data, rc, (esauti_webhook *)result, err);
}

int esauti_webhooks_edit_async(esauti_client *client, const esauti_webhooks_edit_params *params, const esauti_webhook_patch *body, esauti_webhooks_edit_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_webhooks_edit_op, params, body, NULL,
                                   esauti_webhooks_edit_adapt, (apic_async_fn)callback, user_data, call, err);
}
