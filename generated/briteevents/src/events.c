/* BriteEvents: events operations. Generated; do not edit. */
#include "internal.h"

/* POST /events */
static const apic_field briteevents_events_publish_params_desc_Fields[] = {
    {"X-Correlation-Id", 16, 0, offsetof(briteevents_events_publish_params, x_correlation_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc briteevents_events_publish_params_desc = {
    "events_publish_params", sizeof(briteevents_events_publish_params), briteevents_events_publish_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param briteevents_events_publish_params_locs[] = {
    {APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response briteevents_events_publish_responses[] = {
    {202, &briteevents_publish_receipt_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const briteevents_events_publish_security_0[] = { &briteevents_scheme_bearer_auth };
static const apic_security_req briteevents_events_publish_security[] = {
    {briteevents_events_publish_security_0, 1},
};
const apic_operation briteevents_events_publish_op = {
    "briteevents_events_publish", "POST", "/events",
    &briteevents_events_publish_params_desc, briteevents_events_publish_params_locs,
    &briteevents_event_Type, "application/json", true,
    briteevents_events_publish_responses, 1,
    briteevents_events_publish_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int briteevents_events_publish(briteevents_client *client, const briteevents_events_publish_params *params, const briteevents_event *body, briteevents_publish_receipt **out, briteevents_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &briteevents_events_publish_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (briteevents_publish_receipt *)result;
    return rc;
}

/* Calls briteevents_events_publish_async()'s callback as its own type. */
static void briteevents_events_publish_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((briteevents_events_publish_callback)typed)(user_data, rc, (briteevents_publish_receipt *)result, err);
}

int briteevents_events_publish_async(briteevents_client *client, const briteevents_events_publish_params *params, const briteevents_event *body, briteevents_events_publish_callback callback, void *user_data, apic_async_call **call, briteevents_error *err)
{
    return apic_call_async_adapted(client, &briteevents_events_publish_op, params, body, NULL,
                                   briteevents_events_publish_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /events/batch */
static const apic_field briteevents_events_publish_batch_params_desc_Fields[] = {
    {"X-Correlation-Id", 16, 0, offsetof(briteevents_events_publish_batch_params, x_correlation_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc briteevents_events_publish_batch_params_desc = {
    "events_publish_batch_params", sizeof(briteevents_events_publish_batch_params), briteevents_events_publish_batch_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param briteevents_events_publish_batch_params_locs[] = {
    {APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response briteevents_events_publish_batch_responses[] = {
    {202, &briteevents_batch_receipt_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const briteevents_events_publish_batch_security_0[] = { &briteevents_scheme_bearer_auth };
static const apic_security_req briteevents_events_publish_batch_security[] = {
    {briteevents_events_publish_batch_security_0, 1},
};
const apic_operation briteevents_events_publish_batch_op = {
    "briteevents_events_publish_batch", "POST", "/events/batch",
    &briteevents_events_publish_batch_params_desc, briteevents_events_publish_batch_params_locs,
    &briteevents_event_batch_Type, "application/json", true,
    briteevents_events_publish_batch_responses, 1,
    briteevents_events_publish_batch_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int briteevents_events_publish_batch(briteevents_client *client, const briteevents_events_publish_batch_params *params, const briteevents_event_batch *body, briteevents_batch_receipt **out, briteevents_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &briteevents_events_publish_batch_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (briteevents_batch_receipt *)result;
    return rc;
}

/* Calls briteevents_events_publish_batch_async()'s callback as its own type. */
static void briteevents_events_publish_batch_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((briteevents_events_publish_batch_callback)typed)(user_data, rc, (briteevents_batch_receipt *)result, err);
}

int briteevents_events_publish_batch_async(briteevents_client *client, const briteevents_events_publish_batch_params *params, const briteevents_event_batch *body, briteevents_events_publish_batch_callback callback, void *user_data, apic_async_call **call, briteevents_error *err)
{
    return apic_call_async_adapted(client, &briteevents_events_publish_batch_op, params, body, NULL,
                                   briteevents_events_publish_batch_adapt, (apic_async_fn)callback, user_data, call, err);
}
