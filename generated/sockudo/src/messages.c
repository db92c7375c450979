/* Sockudo: messages operations. Generated; do not edit. */
#include "internal.h"

/* GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial} */
static const apic_field sockudo_messages_get_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_messages_get_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_messages_get_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_messages_get_params, message_serial), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_messages_get_params_desc = {
    "messages_get_params", sizeof(sockudo_messages_get_params), sockudo_messages_get_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_messages_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_messages_get_responses[] = {
    {200, &sockudo_message_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_messages_get_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_messages_get_security[] = {
    {sockudo_messages_get_security_0, 1},
};
const apic_operation sockudo_messages_get_op = {
    "sockudo_messages_get", "GET", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}",
    &sockudo_messages_get_params_desc, sockudo_messages_get_params_locs,
    NULL, NULL, false,
    sockudo_messages_get_responses, 1,
    sockudo_messages_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_messages_get(sockudo_client *client, const sockudo_messages_get_params *params, sockudo_message_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_messages_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_message_result *)result;
    return rc;
}

/* Calls sockudo_messages_get_async()'s callback as its own type. */
static void sockudo_messages_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_messages_get_callback)typed)(user_data, rc, (sockudo_message_result *)result, err);
}

int sockudo_messages_get_async(sockudo_client *client, const sockudo_messages_get_params *params, sockudo_messages_get_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_messages_get_op, params, NULL, NULL,
                                   sockudo_messages_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/versions */
static const apic_field sockudo_messages_list_versions_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_messages_list_versions_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_messages_list_versions_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_messages_list_versions_params, message_serial), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(sockudo_messages_list_versions_params, limit), offsetof(sockudo_messages_list_versions_params, has_limit), -1, &apic_type_int32},
    {"direction", 9, 0, offsetof(sockudo_messages_list_versions_params, direction), offsetof(sockudo_messages_list_versions_params, has_direction), -1, &sockudo_direction_Type},
    {"cursor", 6, 0, offsetof(sockudo_messages_list_versions_params, cursor), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_messages_list_versions_params_desc = {
    "messages_list_versions_params", sizeof(sockudo_messages_list_versions_params), sockudo_messages_list_versions_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_messages_list_versions_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response sockudo_messages_list_versions_responses[] = {
    {200, &sockudo_message_versions_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_messages_list_versions_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_messages_list_versions_security[] = {
    {sockudo_messages_list_versions_security_0, 1},
};
const apic_operation sockudo_messages_list_versions_op = {
    "sockudo_messages_list_versions", "GET", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}/versions",
    &sockudo_messages_list_versions_params_desc, sockudo_messages_list_versions_params_locs,
    NULL, NULL, false,
    sockudo_messages_list_versions_responses, 1,
    sockudo_messages_list_versions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_messages_list_versions(sockudo_client *client, const sockudo_messages_list_versions_params *params, sockudo_message_versions **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_messages_list_versions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_message_versions *)result;
    return rc;
}

/* Calls sockudo_messages_list_versions_async()'s callback as its own type. */
static void sockudo_messages_list_versions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_messages_list_versions_callback)typed)(user_data, rc, (sockudo_message_versions *)result, err);
}

int sockudo_messages_list_versions_async(sockudo_client *client, const sockudo_messages_list_versions_params *params, sockudo_messages_list_versions_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_messages_list_versions_op, params, NULL, NULL,
                                   sockudo_messages_list_versions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'next_cursor' as 'cursor' */
static const apic_pagination sockudo_messages_list_versions_pagination = {
    APIC_PAGE_CURSOR, "items", "cursor", NULL,
    NULL, "has_more", "next_cursor", NULL, 1
};

int sockudo_messages_list_versions_iter_new(sockudo_client *client, const sockudo_messages_list_versions_params *params, sockudo_messages_list_versions_iter **out, sockudo_error *err)
{
    return apic_pager_new(client, &sockudo_messages_list_versions_op, &sockudo_messages_list_versions_pagination, params, out, err);
}

int sockudo_messages_list_versions_iter_next(sockudo_messages_list_versions_iter *it, const sockudo_versioned_message **item, sockudo_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const sockudo_versioned_message *)next;
    return rc;
}

void sockudo_messages_list_versions_iter_free(sockudo_messages_list_versions_iter *it)
{
    apic_pager_free(it);
}

/* POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/update */
static const apic_field sockudo_messages_update_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_messages_update_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_messages_update_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_messages_update_params, message_serial), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_messages_update_params_desc = {
    "messages_update_params", sizeof(sockudo_messages_update_params), sockudo_messages_update_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_messages_update_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_messages_update_responses[] = {
    {200, &sockudo_mutation_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_messages_update_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_messages_update_security[] = {
    {sockudo_messages_update_security_0, 1},
};
const apic_operation sockudo_messages_update_op = {
    "sockudo_messages_update", "POST", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}/update",
    &sockudo_messages_update_params_desc, sockudo_messages_update_params_locs,
    &sockudo_message_update_Type, "application/json", true,
    sockudo_messages_update_responses, 1,
    sockudo_messages_update_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_messages_update(sockudo_client *client, const sockudo_messages_update_params *params, const sockudo_message_update *body, sockudo_mutation_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_messages_update_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_mutation_result *)result;
    return rc;
}

/* Calls sockudo_messages_update_async()'s callback as its own type. */
static void sockudo_messages_update_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_messages_update_callback)typed)(user_data, rc, (sockudo_mutation_result *)result, err);
}

int sockudo_messages_update_async(sockudo_client *client, const sockudo_messages_update_params *params, const sockudo_message_update *body, sockudo_messages_update_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_messages_update_op, params, body, NULL,
                                   sockudo_messages_update_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/append */
static const apic_field sockudo_messages_append_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_messages_append_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_messages_append_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_messages_append_params, message_serial), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_messages_append_params_desc = {
    "messages_append_params", sizeof(sockudo_messages_append_params), sockudo_messages_append_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_messages_append_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_messages_append_responses[] = {
    {200, &sockudo_mutation_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_messages_append_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_messages_append_security[] = {
    {sockudo_messages_append_security_0, 1},
};
const apic_operation sockudo_messages_append_op = {
    "sockudo_messages_append", "POST", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}/append",
    &sockudo_messages_append_params_desc, sockudo_messages_append_params_locs,
    &sockudo_message_append_Type, "application/json", true,
    sockudo_messages_append_responses, 1,
    sockudo_messages_append_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_messages_append(sockudo_client *client, const sockudo_messages_append_params *params, const sockudo_message_append *body, sockudo_mutation_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_messages_append_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_mutation_result *)result;
    return rc;
}

/* Calls sockudo_messages_append_async()'s callback as its own type. */
static void sockudo_messages_append_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_messages_append_callback)typed)(user_data, rc, (sockudo_mutation_result *)result, err);
}

int sockudo_messages_append_async(sockudo_client *client, const sockudo_messages_append_params *params, const sockudo_message_append *body, sockudo_messages_append_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_messages_append_op, params, body, NULL,
                                   sockudo_messages_append_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/delete */
static const apic_field sockudo_messages_delete_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_messages_delete_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_messages_delete_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_messages_delete_params, message_serial), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_messages_delete_params_desc = {
    "messages_delete_params", sizeof(sockudo_messages_delete_params), sockudo_messages_delete_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_messages_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_messages_delete_responses[] = {
    {200, &sockudo_mutation_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_messages_delete_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_messages_delete_security[] = {
    {sockudo_messages_delete_security_0, 1},
};
const apic_operation sockudo_messages_delete_op = {
    "sockudo_messages_delete", "POST", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}/delete",
    &sockudo_messages_delete_params_desc, sockudo_messages_delete_params_locs,
    &sockudo_message_delete_Type, "application/json", false,
    sockudo_messages_delete_responses, 1,
    sockudo_messages_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_messages_delete(sockudo_client *client, const sockudo_messages_delete_params *params, const sockudo_message_delete *body, sockudo_mutation_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_messages_delete_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_mutation_result *)result;
    return rc;
}

/* Calls sockudo_messages_delete_async()'s callback as its own type. */
static void sockudo_messages_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_messages_delete_callback)typed)(user_data, rc, (sockudo_mutation_result *)result, err);
}

int sockudo_messages_delete_async(sockudo_client *client, const sockudo_messages_delete_params *params, const sockudo_message_delete *body, sockudo_messages_delete_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_messages_delete_op, params, body, NULL,
                                   sockudo_messages_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}
