/* Schematic: webhooks operations. Generated; do not edit. */
#include "internal.h"

/* GET /webhook-events */
static const apic_field schematic_webhooks_list_events_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_webhooks_list_events_params, ids), offsetof(schematic_webhooks_list_events_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_webhooks_list_events_params, q), -1, -1, &apic_type_string},
    {"webhook_id", 10, 0, offsetof(schematic_webhooks_list_events_params, webhook_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_webhooks_list_events_params, limit), offsetof(schematic_webhooks_list_events_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_list_events_params, offset), offsetof(schematic_webhooks_list_events_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_webhooks_list_events_params_desc = {
    "webhooks_list_events_params", sizeof(schematic_webhooks_list_events_params), schematic_webhooks_list_events_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_list_events_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_webhooks_list_events_responses[] = {
    {200, &schematic_webhooks_list_events_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_list_events_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_list_events_security[] = {
    {schematic_webhooks_list_events_security_0, 1},
};
const apic_operation schematic_webhooks_list_events_op = {
    "schematic_webhooks_list_events", "GET", "/webhook-events",
    &schematic_webhooks_list_events_params_desc, schematic_webhooks_list_events_params_locs,
    NULL, NULL, false,
    schematic_webhooks_list_events_responses, 1,
    schematic_webhooks_list_events_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_list_events(schematic_client *client, const schematic_webhooks_list_events_params *params, schematic_webhooks_list_events_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_list_events_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_list_events_response *)result;
    return rc;
}

/* Calls schematic_webhooks_list_events_async()'s callback as its own type. */
static void schematic_webhooks_list_events_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_list_events_callback)typed)(user_data, rc, (schematic_webhooks_list_events_response *)result, err);
}

int schematic_webhooks_list_events_async(schematic_client *client, const schematic_webhooks_list_events_params *params, schematic_webhooks_list_events_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_list_events_op, params, NULL, NULL,
                                   schematic_webhooks_list_events_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_webhooks_list_events_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_webhooks_list_events_iter_new(schematic_client *client, const schematic_webhooks_list_events_params *params, schematic_webhooks_list_events_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_webhooks_list_events_op, &schematic_webhooks_list_events_pagination, params, out, err);
}

int schematic_webhooks_list_events_iter_next(schematic_webhooks_list_events_iter *it, const schematic_webhook_event_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_webhook_event_detail_response_data *)next;
    return rc;
}

void schematic_webhooks_list_events_iter_free(schematic_webhooks_list_events_iter *it)
{
    apic_pager_free(it);
}

/* GET /webhook-events/{webhook_event_id} */
static const apic_field schematic_webhooks_get_event_params_desc_Fields[] = {
    {"webhook_event_id", 16, APIC_F_REQUIRED, offsetof(schematic_webhooks_get_event_params, webhook_event_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_webhooks_get_event_params_desc = {
    "webhooks_get_event_params", sizeof(schematic_webhooks_get_event_params), schematic_webhooks_get_event_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_get_event_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_webhooks_get_event_responses[] = {
    {200, &schematic_webhooks_get_event_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_get_event_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_get_event_security[] = {
    {schematic_webhooks_get_event_security_0, 1},
};
const apic_operation schematic_webhooks_get_event_op = {
    "schematic_webhooks_get_event", "GET", "/webhook-events/{webhook_event_id}",
    &schematic_webhooks_get_event_params_desc, schematic_webhooks_get_event_params_locs,
    NULL, NULL, false,
    schematic_webhooks_get_event_responses, 1,
    schematic_webhooks_get_event_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_get_event(schematic_client *client, const schematic_webhooks_get_event_params *params, schematic_webhooks_get_event_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_get_event_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_get_event_response *)result;
    return rc;
}

/* Calls schematic_webhooks_get_event_async()'s callback as its own type. */
static void schematic_webhooks_get_event_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_get_event_callback)typed)(user_data, rc, (schematic_webhooks_get_event_response *)result, err);
}

int schematic_webhooks_get_event_async(schematic_client *client, const schematic_webhooks_get_event_params *params, schematic_webhooks_get_event_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_get_event_op, params, NULL, NULL,
                                   schematic_webhooks_get_event_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /webhook-events/count */
static const apic_field schematic_webhooks_count_events_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_webhooks_count_events_params, ids), offsetof(schematic_webhooks_count_events_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_webhooks_count_events_params, q), -1, -1, &apic_type_string},
    {"webhook_id", 10, 0, offsetof(schematic_webhooks_count_events_params, webhook_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_webhooks_count_events_params, limit), offsetof(schematic_webhooks_count_events_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_count_events_params, offset), offsetof(schematic_webhooks_count_events_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_webhooks_count_events_params_desc = {
    "webhooks_count_events_params", sizeof(schematic_webhooks_count_events_params), schematic_webhooks_count_events_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_count_events_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_webhooks_count_events_responses[] = {
    {200, &schematic_webhooks_count_events_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_count_events_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_count_events_security[] = {
    {schematic_webhooks_count_events_security_0, 1},
};
const apic_operation schematic_webhooks_count_events_op = {
    "schematic_webhooks_count_events", "GET", "/webhook-events/count",
    &schematic_webhooks_count_events_params_desc, schematic_webhooks_count_events_params_locs,
    NULL, NULL, false,
    schematic_webhooks_count_events_responses, 1,
    schematic_webhooks_count_events_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_count_events(schematic_client *client, const schematic_webhooks_count_events_params *params, schematic_webhooks_count_events_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_count_events_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_count_events_response *)result;
    return rc;
}

/* Calls schematic_webhooks_count_events_async()'s callback as its own type. */
static void schematic_webhooks_count_events_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_count_events_callback)typed)(user_data, rc, (schematic_webhooks_count_events_response *)result, err);
}

int schematic_webhooks_count_events_async(schematic_client *client, const schematic_webhooks_count_events_params *params, schematic_webhooks_count_events_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_count_events_op, params, NULL, NULL,
                                   schematic_webhooks_count_events_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /webhooks */
static const apic_field schematic_webhooks_list_params_desc_Fields[] = {
    {"q", 1, 0, offsetof(schematic_webhooks_list_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_webhooks_list_params, limit), offsetof(schematic_webhooks_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_list_params, offset), offsetof(schematic_webhooks_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_webhooks_list_params_desc = {
    "webhooks_list_params", sizeof(schematic_webhooks_list_params), schematic_webhooks_list_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_webhooks_list_responses[] = {
    {200, &schematic_webhooks_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_list_security[] = {
    {schematic_webhooks_list_security_0, 1},
};
const apic_operation schematic_webhooks_list_op = {
    "schematic_webhooks_list", "GET", "/webhooks",
    &schematic_webhooks_list_params_desc, schematic_webhooks_list_params_locs,
    NULL, NULL, false,
    schematic_webhooks_list_responses, 1,
    schematic_webhooks_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_list(schematic_client *client, const schematic_webhooks_list_params *params, schematic_webhooks_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_list_response *)result;
    return rc;
}

/* Calls schematic_webhooks_list_async()'s callback as its own type. */
static void schematic_webhooks_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_list_callback)typed)(user_data, rc, (schematic_webhooks_list_response *)result, err);
}

int schematic_webhooks_list_async(schematic_client *client, const schematic_webhooks_list_params *params, schematic_webhooks_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_list_op, params, NULL, NULL,
                                   schematic_webhooks_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_webhooks_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_webhooks_list_iter_new(schematic_client *client, const schematic_webhooks_list_params *params, schematic_webhooks_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_webhooks_list_op, &schematic_webhooks_list_pagination, params, out, err);
}

int schematic_webhooks_list_iter_next(schematic_webhooks_list_iter *it, const schematic_webhook_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_webhook_response_data *)next;
    return rc;
}

void schematic_webhooks_list_iter_free(schematic_webhooks_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /webhooks */
static const apic_response schematic_webhooks_create_responses[] = {
    {201, &schematic_webhooks_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_create_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_create_security[] = {
    {schematic_webhooks_create_security_0, 1},
};
const apic_operation schematic_webhooks_create_op = {
    "schematic_webhooks_create", "POST", "/webhooks",
    NULL, NULL,
    &schematic_create_webhook_request_body_Type, "application/json", true,
    schematic_webhooks_create_responses, 1,
    schematic_webhooks_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_create(schematic_client *client, const schematic_create_webhook_request_body *body, schematic_webhooks_create_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_create_response *)result;
    return rc;
}

/* Calls schematic_webhooks_create_async()'s callback as its own type. */
static void schematic_webhooks_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_create_callback)typed)(user_data, rc, (schematic_webhooks_create_response *)result, err);
}

int schematic_webhooks_create_async(schematic_client *client, const schematic_create_webhook_request_body *body, schematic_webhooks_create_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_create_op, NULL, body, NULL,
                                   schematic_webhooks_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /webhooks/{webhook_id} */
static const apic_field schematic_webhooks_get_params_desc_Fields[] = {
    {"webhook_id", 10, APIC_F_REQUIRED, offsetof(schematic_webhooks_get_params, webhook_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_webhooks_get_params_desc = {
    "webhooks_get_params", sizeof(schematic_webhooks_get_params), schematic_webhooks_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_webhooks_get_responses[] = {
    {200, &schematic_webhooks_get_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_get_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_get_security[] = {
    {schematic_webhooks_get_security_0, 1},
};
const apic_operation schematic_webhooks_get_op = {
    "schematic_webhooks_get", "GET", "/webhooks/{webhook_id}",
    &schematic_webhooks_get_params_desc, schematic_webhooks_get_params_locs,
    NULL, NULL, false,
    schematic_webhooks_get_responses, 1,
    schematic_webhooks_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_get(schematic_client *client, const schematic_webhooks_get_params *params, schematic_webhooks_get_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_get_response *)result;
    return rc;
}

/* Calls schematic_webhooks_get_async()'s callback as its own type. */
static void schematic_webhooks_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_get_callback)typed)(user_data, rc, (schematic_webhooks_get_response *)result, err);
}

int schematic_webhooks_get_async(schematic_client *client, const schematic_webhooks_get_params *params, schematic_webhooks_get_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_get_op, params, NULL, NULL,
                                   schematic_webhooks_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /webhooks/{webhook_id} */
static const apic_field schematic_webhooks_update_params_desc_Fields[] = {
    {"webhook_id", 10, APIC_F_REQUIRED, offsetof(schematic_webhooks_update_params, webhook_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_webhooks_update_params_desc = {
    "webhooks_update_params", sizeof(schematic_webhooks_update_params), schematic_webhooks_update_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_update_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_webhooks_update_responses[] = {
    {200, &schematic_webhooks_update_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_update_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_update_security[] = {
    {schematic_webhooks_update_security_0, 1},
};
const apic_operation schematic_webhooks_update_op = {
    "schematic_webhooks_update", "PUT", "/webhooks/{webhook_id}",
    &schematic_webhooks_update_params_desc, schematic_webhooks_update_params_locs,
    &schematic_update_webhook_request_body_Type, "application/json", true,
    schematic_webhooks_update_responses, 1,
    schematic_webhooks_update_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_update(schematic_client *client, const schematic_webhooks_update_params *params, const schematic_update_webhook_request_body *body, schematic_webhooks_update_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_update_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_update_response *)result;
    return rc;
}

/* Calls schematic_webhooks_update_async()'s callback as its own type. */
static void schematic_webhooks_update_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_update_callback)typed)(user_data, rc, (schematic_webhooks_update_response *)result, err);
}

int schematic_webhooks_update_async(schematic_client *client, const schematic_webhooks_update_params *params, const schematic_update_webhook_request_body *body, schematic_webhooks_update_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_update_op, params, body, NULL,
                                   schematic_webhooks_update_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /webhooks/{webhook_id} */
static const apic_field schematic_webhooks_delete_params_desc_Fields[] = {
    {"webhook_id", 10, APIC_F_REQUIRED, offsetof(schematic_webhooks_delete_params, webhook_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_webhooks_delete_params_desc = {
    "webhooks_delete_params", sizeof(schematic_webhooks_delete_params), schematic_webhooks_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_webhooks_delete_responses[] = {
    {200, &schematic_webhooks_delete_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_delete_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_delete_security[] = {
    {schematic_webhooks_delete_security_0, 1},
};
const apic_operation schematic_webhooks_delete_op = {
    "schematic_webhooks_delete", "DELETE", "/webhooks/{webhook_id}",
    &schematic_webhooks_delete_params_desc, schematic_webhooks_delete_params_locs,
    NULL, NULL, false,
    schematic_webhooks_delete_responses, 1,
    schematic_webhooks_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_delete(schematic_client *client, const schematic_webhooks_delete_params *params, schematic_webhooks_delete_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_delete_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_delete_response *)result;
    return rc;
}

/* Calls schematic_webhooks_delete_async()'s callback as its own type. */
static void schematic_webhooks_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_delete_callback)typed)(user_data, rc, (schematic_webhooks_delete_response *)result, err);
}

int schematic_webhooks_delete_async(schematic_client *client, const schematic_webhooks_delete_params *params, schematic_webhooks_delete_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_delete_op, params, NULL, NULL,
                                   schematic_webhooks_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /webhooks/{webhook_id}/test */
static const apic_field schematic_webhooks_send_test_action_params_desc_Fields[] = {
    {"webhook_id", 10, APIC_F_REQUIRED, offsetof(schematic_webhooks_send_test_action_params, webhook_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_webhooks_send_test_action_params_desc = {
    "webhooks_send_test_action_params", sizeof(schematic_webhooks_send_test_action_params), schematic_webhooks_send_test_action_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_send_test_action_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_webhooks_send_test_action_responses[] = {
    {200, &schematic_webhooks_send_test_action_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_send_test_action_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_send_test_action_security[] = {
    {schematic_webhooks_send_test_action_security_0, 1},
};
const apic_operation schematic_webhooks_send_test_action_op = {
    "schematic_webhooks_send_test_action", "POST", "/webhooks/{webhook_id}/test",
    &schematic_webhooks_send_test_action_params_desc, schematic_webhooks_send_test_action_params_locs,
    &schematic_test_webhook_request_body_Type, "application/json", true,
    schematic_webhooks_send_test_action_responses, 1,
    schematic_webhooks_send_test_action_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_send_test_action(schematic_client *client, const schematic_webhooks_send_test_action_params *params, const schematic_test_webhook_request_body *body, schematic_webhooks_send_test_action_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_send_test_action_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_send_test_action_response *)result;
    return rc;
}

/* Calls schematic_webhooks_send_test_action_async()'s callback as its own type. */
static void schematic_webhooks_send_test_action_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_send_test_action_callback)typed)(user_data, rc, (schematic_webhooks_send_test_action_response *)result, err);
}

int schematic_webhooks_send_test_action_async(schematic_client *client, const schematic_webhooks_send_test_action_params *params, const schematic_test_webhook_request_body *body, schematic_webhooks_send_test_action_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_send_test_action_op, params, body, NULL,
                                   schematic_webhooks_send_test_action_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /webhooks/count */
static const apic_field schematic_webhooks_count_params_desc_Fields[] = {
    {"q", 1, 0, offsetof(schematic_webhooks_count_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_webhooks_count_params, limit), offsetof(schematic_webhooks_count_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_count_params, offset), offsetof(schematic_webhooks_count_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_webhooks_count_params_desc = {
    "webhooks_count_params", sizeof(schematic_webhooks_count_params), schematic_webhooks_count_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_webhooks_count_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_webhooks_count_responses[] = {
    {200, &schematic_webhooks_count_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_webhooks_count_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_webhooks_count_security[] = {
    {schematic_webhooks_count_security_0, 1},
};
const apic_operation schematic_webhooks_count_op = {
    "schematic_webhooks_count", "GET", "/webhooks/count",
    &schematic_webhooks_count_params_desc, schematic_webhooks_count_params_locs,
    NULL, NULL, false,
    schematic_webhooks_count_responses, 1,
    schematic_webhooks_count_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_webhooks_count(schematic_client *client, const schematic_webhooks_count_params *params, schematic_webhooks_count_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_webhooks_count_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_webhooks_count_response *)result;
    return rc;
}

/* Calls schematic_webhooks_count_async()'s callback as its own type. */
static void schematic_webhooks_count_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_webhooks_count_callback)typed)(user_data, rc, (schematic_webhooks_count_response *)result, err);
}

int schematic_webhooks_count_async(schematic_client *client, const schematic_webhooks_count_params *params, schematic_webhooks_count_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_webhooks_count_op, params, NULL, NULL,
                                   schematic_webhooks_count_adapt, (apic_async_fn)callback, user_data, call, err);
}
