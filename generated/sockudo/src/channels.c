/* Sockudo: channels operations. Generated; do not edit. */
#include "internal.h"

/* GET /apps/{app_id}/channels */
static const apic_field sockudo_channels_list_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_channels_list_params, app_id), -1, -1, &apic_type_string},
    {"filter_by_prefix", 16, 0, offsetof(sockudo_channels_list_params, filter_by_prefix), -1, -1, &apic_type_string},
    {"info", 4, 0, offsetof(sockudo_channels_list_params, info), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_channels_list_params_desc = {
    "channels_list_params", sizeof(sockudo_channels_list_params), sockudo_channels_list_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_channels_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response sockudo_channels_list_responses[] = {
    {200, &sockudo_channel_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_channels_list_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_channels_list_security[] = {
    {sockudo_channels_list_security_0, 1},
};
const apic_operation sockudo_channels_list_op = {
    "sockudo_channels_list", "GET", "/apps/{app_id}/channels",
    &sockudo_channels_list_params_desc, sockudo_channels_list_params_locs,
    NULL, NULL, false,
    sockudo_channels_list_responses, 1,
    sockudo_channels_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_channels_list(sockudo_client *client, const sockudo_channels_list_params *params, sockudo_channel_list **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_channels_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_channel_list *)result;
    return rc;
}

/* Calls sockudo_channels_list_async()'s callback as its own type. */
static void sockudo_channels_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_channels_list_callback)typed)(user_data, rc, (sockudo_channel_list *)result, err);
}

int sockudo_channels_list_async(sockudo_client *client, const sockudo_channels_list_params *params, sockudo_channels_list_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_channels_list_op, params, NULL, NULL,
                                   sockudo_channels_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /apps/{app_id}/channels/{channel_name} */
static const apic_field sockudo_channels_get_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_channels_get_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_channels_get_params, channel_name), -1, -1, &apic_type_string},
    {"info", 4, 0, offsetof(sockudo_channels_get_params, info), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_channels_get_params_desc = {
    "channels_get_params", sizeof(sockudo_channels_get_params), sockudo_channels_get_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_channels_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response sockudo_channels_get_responses[] = {
    {200, &sockudo_channel_info_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_channels_get_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_channels_get_security[] = {
    {sockudo_channels_get_security_0, 1},
};
const apic_operation sockudo_channels_get_op = {
    "sockudo_channels_get", "GET", "/apps/{app_id}/channels/{channel_name}",
    &sockudo_channels_get_params_desc, sockudo_channels_get_params_locs,
    NULL, NULL, false,
    sockudo_channels_get_responses, 1,
    sockudo_channels_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_channels_get(sockudo_client *client, const sockudo_channels_get_params *params, sockudo_channel_info **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_channels_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_channel_info *)result;
    return rc;
}

/* Calls sockudo_channels_get_async()'s callback as its own type. */
static void sockudo_channels_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_channels_get_callback)typed)(user_data, rc, (sockudo_channel_info *)result, err);
}

int sockudo_channels_get_async(sockudo_client *client, const sockudo_channels_get_params *params, sockudo_channels_get_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_channels_get_op, params, NULL, NULL,
                                   sockudo_channels_get_adapt, (apic_async_fn)callback, user_data, call, err);
}
