/* Sockudo: users operations. Generated; do not edit. */
#include "internal.h"

/* POST /apps/{app_id}/users/{user_id}/terminate_connections */
static const apic_field sockudo_users_terminate_connections_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_users_terminate_connections_params, app_id), -1, -1, &apic_type_string},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(sockudo_users_terminate_connections_params, user_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_users_terminate_connections_params_desc = {
    "users_terminate_connections_params", sizeof(sockudo_users_terminate_connections_params), sockudo_users_terminate_connections_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_users_terminate_connections_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_users_terminate_connections_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_users_terminate_connections_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_users_terminate_connections_security[] = {
    {sockudo_users_terminate_connections_security_0, 1},
};
const apic_operation sockudo_users_terminate_connections_op = {
    "sockudo_users_terminate_connections", "POST", "/apps/{app_id}/users/{user_id}/terminate_connections",
    &sockudo_users_terminate_connections_params_desc, sockudo_users_terminate_connections_params_locs,
    NULL, NULL, false,
    sockudo_users_terminate_connections_responses, 1,
    sockudo_users_terminate_connections_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_users_terminate_connections(sockudo_client *client, const sockudo_users_terminate_connections_params *params, apic_json_map **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_users_terminate_connections_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls sockudo_users_terminate_connections_async()'s callback as its own type. */
static void sockudo_users_terminate_connections_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_users_terminate_connections_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int sockudo_users_terminate_connections_async(sockudo_client *client, const sockudo_users_terminate_connections_params *params, sockudo_users_terminate_connections_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_users_terminate_connections_op, params, NULL, NULL,
                                   sockudo_users_terminate_connections_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/users/{user_id}/force_reconnect */
static const apic_field sockudo_users_force_reconnect_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_users_force_reconnect_params, app_id), -1, -1, &apic_type_string},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(sockudo_users_force_reconnect_params, user_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_users_force_reconnect_params_desc = {
    "users_force_reconnect_params", sizeof(sockudo_users_force_reconnect_params), sockudo_users_force_reconnect_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_users_force_reconnect_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_users_force_reconnect_responses[] = {
    {200, &apic_type_json_map, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_users_force_reconnect_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_users_force_reconnect_security[] = {
    {sockudo_users_force_reconnect_security_0, 1},
};
const apic_operation sockudo_users_force_reconnect_op = {
    "sockudo_users_force_reconnect", "POST", "/apps/{app_id}/users/{user_id}/force_reconnect",
    &sockudo_users_force_reconnect_params_desc, sockudo_users_force_reconnect_params_locs,
    NULL, NULL, false,
    sockudo_users_force_reconnect_responses, 1,
    sockudo_users_force_reconnect_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_users_force_reconnect(sockudo_client *client, const sockudo_users_force_reconnect_params *params, apic_json_map **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_users_force_reconnect_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (apic_json_map *)result;
    return rc;
}

/* Calls sockudo_users_force_reconnect_async()'s callback as its own type. */
static void sockudo_users_force_reconnect_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_users_force_reconnect_callback)typed)(user_data, rc, (apic_json_map *)result, err);
}

int sockudo_users_force_reconnect_async(sockudo_client *client, const sockudo_users_force_reconnect_params *params, sockudo_users_force_reconnect_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_users_force_reconnect_op, params, NULL, NULL,
                                   sockudo_users_force_reconnect_adapt, (apic_async_fn)callback, user_data, call, err);
}
