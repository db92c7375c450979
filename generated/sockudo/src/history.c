/* Sockudo: history operations. Generated; do not edit. */
#include "internal.h"

/* GET /apps/{app_id}/channels/{channel_name}/history */
static const apic_field sockudo_history_list_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_history_list_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_history_list_params, channel_name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(sockudo_history_list_params, limit), offsetof(sockudo_history_list_params, has_limit), -1, &apic_type_int32},
    {"direction", 9, 0, offsetof(sockudo_history_list_params, direction), offsetof(sockudo_history_list_params, has_direction), -1, &sockudo_direction_Type},
    {"cursor", 6, 0, offsetof(sockudo_history_list_params, cursor), -1, -1, &apic_type_string},
    {"start_serial", 12, 0, offsetof(sockudo_history_list_params, start_serial), offsetof(sockudo_history_list_params, has_start_serial), -1, &apic_type_int64},
    {"end_serial", 10, 0, offsetof(sockudo_history_list_params, end_serial), offsetof(sockudo_history_list_params, has_end_serial), -1, &apic_type_int64},
    {"start_time_ms", 13, 0, offsetof(sockudo_history_list_params, start_time_ms), offsetof(sockudo_history_list_params, has_start_time_ms), -1, &apic_type_int64},
    {"end_time_ms", 11, 0, offsetof(sockudo_history_list_params, end_time_ms), offsetof(sockudo_history_list_params, has_end_time_ms), -1, &apic_type_int64},
};
static const apic_struct_desc sockudo_history_list_params_desc = {
    "history_list_params", sizeof(sockudo_history_list_params), sockudo_history_list_params_desc_Fields, 9,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_history_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response sockudo_history_list_responses[] = {
    {200, &sockudo_history_page_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_history_list_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_history_list_security[] = {
    {sockudo_history_list_security_0, 1},
};
const apic_operation sockudo_history_list_op = {
    "sockudo_history_list", "GET", "/apps/{app_id}/channels/{channel_name}/history",
    &sockudo_history_list_params_desc, sockudo_history_list_params_locs,
    NULL, NULL, false,
    sockudo_history_list_responses, 1,
    sockudo_history_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_history_list(sockudo_client *client, const sockudo_history_list_params *params, sockudo_history_page **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_history_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_history_page *)result;
    return rc;
}

/* Calls sockudo_history_list_async()'s callback as its own type. */
static void sockudo_history_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_history_list_callback)typed)(user_data, rc, (sockudo_history_page *)result, err);
}

int sockudo_history_list_async(sockudo_client *client, const sockudo_history_list_params *params, sockudo_history_list_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_history_list_op, params, NULL, NULL,
                                   sockudo_history_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'next_cursor' as 'cursor' */
static const apic_pagination sockudo_history_list_pagination = {
    APIC_PAGE_CURSOR, "items", "cursor", NULL,
    NULL, "has_more", "next_cursor", NULL, 1
};

int sockudo_history_list_iter_new(sockudo_client *client, const sockudo_history_list_params *params, sockudo_history_list_iter **out, sockudo_error *err)
{
    return apic_pager_new(client, &sockudo_history_list_op, &sockudo_history_list_pagination, params, out, err);
}

int sockudo_history_list_iter_next(sockudo_history_list_iter *it, const sockudo_history_item **item, sockudo_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const sockudo_history_item *)next;
    return rc;
}

void sockudo_history_list_iter_free(sockudo_history_list_iter *it)
{
    apic_pager_free(it);
}

/* GET /apps/{app_id}/channels/{channel_name}/history/state */
static const apic_field sockudo_history_get_state_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_history_get_state_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_history_get_state_params, channel_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_history_get_state_params_desc = {
    "history_get_state_params", sizeof(sockudo_history_get_state_params), sockudo_history_get_state_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_history_get_state_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_history_get_state_responses[] = {
    {200, &sockudo_history_state_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_history_get_state_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_history_get_state_security[] = {
    {sockudo_history_get_state_security_0, 1},
};
const apic_operation sockudo_history_get_state_op = {
    "sockudo_history_get_state", "GET", "/apps/{app_id}/channels/{channel_name}/history/state",
    &sockudo_history_get_state_params_desc, sockudo_history_get_state_params_locs,
    NULL, NULL, false,
    sockudo_history_get_state_responses, 1,
    sockudo_history_get_state_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_history_get_state(sockudo_client *client, const sockudo_history_get_state_params *params, sockudo_history_state **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_history_get_state_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_history_state *)result;
    return rc;
}

/* Calls sockudo_history_get_state_async()'s callback as its own type. */
static void sockudo_history_get_state_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_history_get_state_callback)typed)(user_data, rc, (sockudo_history_state *)result, err);
}

int sockudo_history_get_state_async(sockudo_client *client, const sockudo_history_get_state_params *params, sockudo_history_get_state_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_history_get_state_op, params, NULL, NULL,
                                   sockudo_history_get_state_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/channels/{channel_name}/history/reset */
static const apic_field sockudo_history_reset_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_history_reset_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_history_reset_params, channel_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_history_reset_params_desc = {
    "history_reset_params", sizeof(sockudo_history_reset_params), sockudo_history_reset_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_history_reset_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_history_reset_responses[] = {
    {200, &sockudo_history_reset_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_history_reset_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_history_reset_security[] = {
    {sockudo_history_reset_security_0, 1},
};
const apic_operation sockudo_history_reset_op = {
    "sockudo_history_reset", "POST", "/apps/{app_id}/channels/{channel_name}/history/reset",
    &sockudo_history_reset_params_desc, sockudo_history_reset_params_locs,
    &sockudo_history_reset_request_Type, "application/json", true,
    sockudo_history_reset_responses, 1,
    sockudo_history_reset_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_history_reset(sockudo_client *client, const sockudo_history_reset_params *params, const sockudo_history_reset_request *body, sockudo_history_reset_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_history_reset_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_history_reset_result *)result;
    return rc;
}

/* Calls sockudo_history_reset_async()'s callback as its own type. */
static void sockudo_history_reset_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_history_reset_callback)typed)(user_data, rc, (sockudo_history_reset_result *)result, err);
}

int sockudo_history_reset_async(sockudo_client *client, const sockudo_history_reset_params *params, const sockudo_history_reset_request *body, sockudo_history_reset_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_history_reset_op, params, body, NULL,
                                   sockudo_history_reset_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/channels/{channel_name}/history/purge */
static const apic_field sockudo_history_purge_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_history_purge_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_history_purge_params, channel_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_history_purge_params_desc = {
    "history_purge_params", sizeof(sockudo_history_purge_params), sockudo_history_purge_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_history_purge_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_history_purge_responses[] = {
    {200, &sockudo_history_purge_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_history_purge_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_history_purge_security[] = {
    {sockudo_history_purge_security_0, 1},
};
const apic_operation sockudo_history_purge_op = {
    "sockudo_history_purge", "POST", "/apps/{app_id}/channels/{channel_name}/history/purge",
    &sockudo_history_purge_params_desc, sockudo_history_purge_params_locs,
    &sockudo_history_purge_request_Type, "application/json", true,
    sockudo_history_purge_responses, 1,
    sockudo_history_purge_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_history_purge(sockudo_client *client, const sockudo_history_purge_params *params, const sockudo_history_purge_request *body, sockudo_history_purge_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_history_purge_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_history_purge_result *)result;
    return rc;
}

/* Calls sockudo_history_purge_async()'s callback as its own type. */
static void sockudo_history_purge_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_history_purge_callback)typed)(user_data, rc, (sockudo_history_purge_result *)result, err);
}

int sockudo_history_purge_async(sockudo_client *client, const sockudo_history_purge_params *params, const sockudo_history_purge_request *body, sockudo_history_purge_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_history_purge_op, params, body, NULL,
                                   sockudo_history_purge_adapt, (apic_async_fn)callback, user_data, call, err);
}
