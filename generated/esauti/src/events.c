/* eSauti: events operations. Generated; do not edit. */
#include "internal.h"

/* POST /integrations/events */
static const apic_response esauti_events_ingest_responses[] = {
    {202, &esauti_event_receipt_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_events_ingest_security_0[] = { &esauti_scheme_bearer_auth, &esauti_scheme_hmac_signature };
static const apic_security_scheme *const esauti_events_ingest_security_1[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_events_ingest_security[] = {
    {esauti_events_ingest_security_0, 2},
    {esauti_events_ingest_security_1, 1},
};
const apic_operation esauti_events_ingest_op = {
    "esauti_events_ingest", "POST", "/integrations/events",
    NULL, NULL,
    &esauti_event_envelope_Type, "application/json", true,
    esauti_events_ingest_responses, 1,
    esauti_events_ingest_security, 2,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_events_ingest(esauti_client *client, const esauti_event_envelope *body, esauti_event_receipt **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_events_ingest_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_event_receipt *)result;
    return rc;
}

/* Calls esauti_events_ingest_async()'s callback as its own type. */
static void esauti_events_ingest_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_events_ingest_callback)typed)(user_data, rc, (esauti_event_receipt *)result, err);
}

int esauti_events_ingest_async(esauti_client *client, const esauti_event_envelope *body, esauti_events_ingest_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_events_ingest_op, NULL, body, NULL,
                                   esauti_events_ingest_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /integrations/events/batch */
static const apic_response esauti_events_ingest_batch_responses[] = {
    {202, &esauti_event_batch_receipt_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_events_ingest_batch_security_0[] = { &esauti_scheme_bearer_auth, &esauti_scheme_hmac_signature };
static const apic_security_scheme *const esauti_events_ingest_batch_security_1[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_events_ingest_batch_security[] = {
    {esauti_events_ingest_batch_security_0, 2},
    {esauti_events_ingest_batch_security_1, 1},
};
const apic_operation esauti_events_ingest_batch_op = {
    "esauti_events_ingest_batch", "POST", "/integrations/events/batch",
    NULL, NULL,
    &esauti_event_batch_Type, "application/json", true,
    esauti_events_ingest_batch_responses, 1,
    esauti_events_ingest_batch_security, 2,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_events_ingest_batch(esauti_client *client, const esauti_event_batch *body, esauti_event_batch_receipt **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_events_ingest_batch_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_event_batch_receipt *)result;
    return rc;
}

/* Calls esauti_events_ingest_batch_async()'s callback as its own type. */
static void esauti_events_ingest_batch_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_events_ingest_batch_callback)typed)(user_data, rc, (esauti_event_batch_receipt *)result, err);
}

int esauti_events_ingest_batch_async(esauti_client *client, const esauti_event_batch *body, esauti_events_ingest_batch_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_events_ingest_batch_op, NULL, body, NULL,
                                   esauti_events_ingest_batch_adapt, (apic_async_fn)callback, user_data, call, err);
}
