/* Sockudo: events operations. Generated; do not edit. */
#include "internal.h"

/* POST /apps/{app_id}/events */
static const apic_field sockudo_events_trigger_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_events_trigger_params, app_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_events_trigger_params_desc = {
    "events_trigger_params", sizeof(sockudo_events_trigger_params), sockudo_events_trigger_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_events_trigger_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_events_trigger_responses[] = {
    {200, &sockudo_trigger_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_events_trigger_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_events_trigger_security[] = {
    {sockudo_events_trigger_security_0, 1},
};
const apic_operation sockudo_events_trigger_op = {
    "sockudo_events_trigger", "POST", "/apps/{app_id}/events",
    &sockudo_events_trigger_params_desc, sockudo_events_trigger_params_locs,
    &sockudo_trigger_request_Type, "application/json", true,
    sockudo_events_trigger_responses, 1,
    sockudo_events_trigger_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_events_trigger(sockudo_client *client, const sockudo_events_trigger_params *params, const sockudo_trigger_request *body, sockudo_trigger_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_events_trigger_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_trigger_result *)result;
    return rc;
}

/* Calls sockudo_events_trigger_async()'s callback as its own type. */
static void sockudo_events_trigger_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_events_trigger_callback)typed)(user_data, rc, (sockudo_trigger_result *)result, err);
}

int sockudo_events_trigger_async(sockudo_client *client, const sockudo_events_trigger_params *params, const sockudo_trigger_request *body, sockudo_events_trigger_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_events_trigger_op, params, body, NULL,
                                   sockudo_events_trigger_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/batch_events */
static const apic_field sockudo_events_trigger_batch_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_events_trigger_batch_params, app_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_events_trigger_batch_params_desc = {
    "events_trigger_batch_params", sizeof(sockudo_events_trigger_batch_params), sockudo_events_trigger_batch_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_events_trigger_batch_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_events_trigger_batch_responses[] = {
    {200, &sockudo_batch_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_events_trigger_batch_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_events_trigger_batch_security[] = {
    {sockudo_events_trigger_batch_security_0, 1},
};
const apic_operation sockudo_events_trigger_batch_op = {
    "sockudo_events_trigger_batch", "POST", "/apps/{app_id}/batch_events",
    &sockudo_events_trigger_batch_params_desc, sockudo_events_trigger_batch_params_locs,
    &sockudo_batch_request_Type, "application/json", true,
    sockudo_events_trigger_batch_responses, 1,
    sockudo_events_trigger_batch_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_events_trigger_batch(sockudo_client *client, const sockudo_events_trigger_batch_params *params, const sockudo_batch_request *body, sockudo_batch_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_events_trigger_batch_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_batch_result *)result;
    return rc;
}

/* Calls sockudo_events_trigger_batch_async()'s callback as its own type. */
static void sockudo_events_trigger_batch_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_events_trigger_batch_callback)typed)(user_data, rc, (sockudo_batch_result *)result, err);
}

int sockudo_events_trigger_batch_async(sockudo_client *client, const sockudo_events_trigger_batch_params *params, const sockudo_batch_request *body, sockudo_events_trigger_batch_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_events_trigger_batch_op, params, body, NULL,
                                   sockudo_events_trigger_batch_adapt, (apic_async_fn)callback, user_data, call, err);
}
