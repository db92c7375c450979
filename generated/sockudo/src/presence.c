/* Sockudo: presence operations. Generated; do not edit. */
#include "internal.h"

/* GET /apps/{app_id}/channels/{channel_name}/users */
static const apic_field sockudo_presence_list_users_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_list_users_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_presence_list_users_params, channel_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_presence_list_users_params_desc = {
    "presence_list_users_params", sizeof(sockudo_presence_list_users_params), sockudo_presence_list_users_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_presence_list_users_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_presence_list_users_responses[] = {
    {200, &sockudo_presence_users_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_presence_list_users_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_presence_list_users_security[] = {
    {sockudo_presence_list_users_security_0, 1},
};
const apic_operation sockudo_presence_list_users_op = {
    "sockudo_presence_list_users", "GET", "/apps/{app_id}/channels/{channel_name}/users",
    &sockudo_presence_list_users_params_desc, sockudo_presence_list_users_params_locs,
    NULL, NULL, false,
    sockudo_presence_list_users_responses, 1,
    sockudo_presence_list_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_presence_list_users(sockudo_client *client, const sockudo_presence_list_users_params *params, sockudo_presence_users **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_presence_list_users_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_presence_users *)result;
    return rc;
}

/* Calls sockudo_presence_list_users_async()'s callback as its own type. */
static void sockudo_presence_list_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_presence_list_users_callback)typed)(user_data, rc, (sockudo_presence_users *)result, err);
}

int sockudo_presence_list_users_async(sockudo_client *client, const sockudo_presence_list_users_params *params, sockudo_presence_list_users_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_presence_list_users_op, params, NULL, NULL,
                                   sockudo_presence_list_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /apps/{app_id}/channels/{channel_name}/presence/history */
static const apic_field sockudo_presence_list_history_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_list_history_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_presence_list_history_params, channel_name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(sockudo_presence_list_history_params, limit), offsetof(sockudo_presence_list_history_params, has_limit), -1, &apic_type_int32},
    {"direction", 9, 0, offsetof(sockudo_presence_list_history_params, direction), offsetof(sockudo_presence_list_history_params, has_direction), -1, &sockudo_direction_Type},
    {"cursor", 6, 0, offsetof(sockudo_presence_list_history_params, cursor), -1, -1, &apic_type_string},
    {"start_serial", 12, 0, offsetof(sockudo_presence_list_history_params, start_serial), offsetof(sockudo_presence_list_history_params, has_start_serial), -1, &apic_type_int64},
    {"end_serial", 10, 0, offsetof(sockudo_presence_list_history_params, end_serial), offsetof(sockudo_presence_list_history_params, has_end_serial), -1, &apic_type_int64},
    {"start_time_ms", 13, 0, offsetof(sockudo_presence_list_history_params, start_time_ms), offsetof(sockudo_presence_list_history_params, has_start_time_ms), -1, &apic_type_int64},
    {"end_time_ms", 11, 0, offsetof(sockudo_presence_list_history_params, end_time_ms), offsetof(sockudo_presence_list_history_params, has_end_time_ms), -1, &apic_type_int64},
};
static const apic_struct_desc sockudo_presence_list_history_params_desc = {
    "presence_list_history_params", sizeof(sockudo_presence_list_history_params), sockudo_presence_list_history_params_desc_Fields, 9,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_presence_list_history_params_locs[] = {
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
static const apic_response sockudo_presence_list_history_responses[] = {
    {200, &sockudo_presence_history_page_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_presence_list_history_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_presence_list_history_security[] = {
    {sockudo_presence_list_history_security_0, 1},
};
const apic_operation sockudo_presence_list_history_op = {
    "sockudo_presence_list_history", "GET", "/apps/{app_id}/channels/{channel_name}/presence/history",
    &sockudo_presence_list_history_params_desc, sockudo_presence_list_history_params_locs,
    NULL, NULL, false,
    sockudo_presence_list_history_responses, 1,
    sockudo_presence_list_history_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_presence_list_history(sockudo_client *client, const sockudo_presence_list_history_params *params, sockudo_presence_history_page **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_presence_list_history_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_presence_history_page *)result;
    return rc;
}

/* Calls sockudo_presence_list_history_async()'s callback as its own type. */
static void sockudo_presence_list_history_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_presence_list_history_callback)typed)(user_data, rc, (sockudo_presence_history_page *)result, err);
}

int sockudo_presence_list_history_async(sockudo_client *client, const sockudo_presence_list_history_params *params, sockudo_presence_list_history_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_presence_list_history_op, params, NULL, NULL,
                                   sockudo_presence_list_history_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'next_cursor' as 'cursor' */
static const apic_pagination sockudo_presence_list_history_pagination = {
    APIC_PAGE_CURSOR, "items", "cursor", NULL,
    NULL, "has_more", "next_cursor", NULL, 1
};

int sockudo_presence_list_history_iter_new(sockudo_client *client, const sockudo_presence_list_history_params *params, sockudo_presence_list_history_iter **out, sockudo_error *err)
{
    return apic_pager_new(client, &sockudo_presence_list_history_op, &sockudo_presence_list_history_pagination, params, out, err);
}

int sockudo_presence_list_history_iter_next(sockudo_presence_list_history_iter *it, const sockudo_presence_history_item **item, sockudo_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const sockudo_presence_history_item *)next;
    return rc;
}

void sockudo_presence_list_history_iter_free(sockudo_presence_list_history_iter *it)
{
    apic_pager_free(it);
}

/* GET /apps/{app_id}/channels/{channel_name}/presence/history/state */
static const apic_field sockudo_presence_get_history_state_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_get_history_state_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_presence_get_history_state_params, channel_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_presence_get_history_state_params_desc = {
    "presence_get_history_state_params", sizeof(sockudo_presence_get_history_state_params), sockudo_presence_get_history_state_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_presence_get_history_state_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_presence_get_history_state_responses[] = {
    {200, &sockudo_presence_history_state_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_presence_get_history_state_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_presence_get_history_state_security[] = {
    {sockudo_presence_get_history_state_security_0, 1},
};
const apic_operation sockudo_presence_get_history_state_op = {
    "sockudo_presence_get_history_state", "GET", "/apps/{app_id}/channels/{channel_name}/presence/history/state",
    &sockudo_presence_get_history_state_params_desc, sockudo_presence_get_history_state_params_locs,
    NULL, NULL, false,
    sockudo_presence_get_history_state_responses, 1,
    sockudo_presence_get_history_state_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_presence_get_history_state(sockudo_client *client, const sockudo_presence_get_history_state_params *params, sockudo_presence_history_state **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_presence_get_history_state_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_presence_history_state *)result;
    return rc;
}

/* Calls sockudo_presence_get_history_state_async()'s callback as its own type. */
static void sockudo_presence_get_history_state_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_presence_get_history_state_callback)typed)(user_data, rc, (sockudo_presence_history_state *)result, err);
}

int sockudo_presence_get_history_state_async(sockudo_client *client, const sockudo_presence_get_history_state_params *params, sockudo_presence_get_history_state_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_presence_get_history_state_op, params, NULL, NULL,
                                   sockudo_presence_get_history_state_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/channels/{channel_name}/presence/history/reset */
static const apic_field sockudo_presence_reset_history_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_reset_history_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_presence_reset_history_params, channel_name), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_presence_reset_history_params_desc = {
    "presence_reset_history_params", sizeof(sockudo_presence_reset_history_params), sockudo_presence_reset_history_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_presence_reset_history_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_presence_reset_history_responses[] = {
    {200, &sockudo_presence_history_reset_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_presence_reset_history_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_presence_reset_history_security[] = {
    {sockudo_presence_reset_history_security_0, 1},
};
const apic_operation sockudo_presence_reset_history_op = {
    "sockudo_presence_reset_history", "POST", "/apps/{app_id}/channels/{channel_name}/presence/history/reset",
    &sockudo_presence_reset_history_params_desc, sockudo_presence_reset_history_params_locs,
    &sockudo_presence_history_reset_request_Type, "application/json", true,
    sockudo_presence_reset_history_responses, 1,
    sockudo_presence_reset_history_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_presence_reset_history(sockudo_client *client, const sockudo_presence_reset_history_params *params, const sockudo_presence_history_reset_request *body, sockudo_presence_history_reset_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_presence_reset_history_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_presence_history_reset_result *)result;
    return rc;
}

/* Calls sockudo_presence_reset_history_async()'s callback as its own type. */
static void sockudo_presence_reset_history_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_presence_reset_history_callback)typed)(user_data, rc, (sockudo_presence_history_reset_result *)result, err);
}

int sockudo_presence_reset_history_async(sockudo_client *client, const sockudo_presence_reset_history_params *params, const sockudo_presence_history_reset_request *body, sockudo_presence_reset_history_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_presence_reset_history_op, params, body, NULL,
                                   sockudo_presence_reset_history_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /apps/{app_id}/channels/{channel_name}/presence/history/snapshot */
static const apic_field sockudo_presence_get_snapshot_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_get_snapshot_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_presence_get_snapshot_params, channel_name), -1, -1, &apic_type_string},
    {"at_time_ms", 10, 0, offsetof(sockudo_presence_get_snapshot_params, at_time_ms), offsetof(sockudo_presence_get_snapshot_params, has_at_time_ms), -1, &apic_type_int64},
    {"at_serial", 9, 0, offsetof(sockudo_presence_get_snapshot_params, at_serial), offsetof(sockudo_presence_get_snapshot_params, has_at_serial), -1, &apic_type_int64},
};
static const apic_struct_desc sockudo_presence_get_snapshot_params_desc = {
    "presence_get_snapshot_params", sizeof(sockudo_presence_get_snapshot_params), sockudo_presence_get_snapshot_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_presence_get_snapshot_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response sockudo_presence_get_snapshot_responses[] = {
    {200, &sockudo_presence_snapshot_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_presence_get_snapshot_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_presence_get_snapshot_security[] = {
    {sockudo_presence_get_snapshot_security_0, 1},
};
const apic_operation sockudo_presence_get_snapshot_op = {
    "sockudo_presence_get_snapshot", "GET", "/apps/{app_id}/channels/{channel_name}/presence/history/snapshot",
    &sockudo_presence_get_snapshot_params_desc, sockudo_presence_get_snapshot_params_locs,
    NULL, NULL, false,
    sockudo_presence_get_snapshot_responses, 1,
    sockudo_presence_get_snapshot_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_presence_get_snapshot(sockudo_client *client, const sockudo_presence_get_snapshot_params *params, sockudo_presence_snapshot **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_presence_get_snapshot_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_presence_snapshot *)result;
    return rc;
}

/* Calls sockudo_presence_get_snapshot_async()'s callback as its own type. */
static void sockudo_presence_get_snapshot_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_presence_get_snapshot_callback)typed)(user_data, rc, (sockudo_presence_snapshot *)result, err);
}

int sockudo_presence_get_snapshot_async(sockudo_client *client, const sockudo_presence_get_snapshot_params *params, sockudo_presence_get_snapshot_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_presence_get_snapshot_op, params, NULL, NULL,
                                   sockudo_presence_get_snapshot_adapt, (apic_async_fn)callback, user_data, call, err);
}
