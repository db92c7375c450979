/**
 * @file esauti/events.h
 * @brief eSauti: events operations. Generated; do not edit.
 */
#ifndef ESAUTI_EVENTS_H
#define ESAUTI_EVENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Inject one event
 *
 * Accepts one event of a canonical type (see the event registry) wrapped in its envelope. The
 * envelope's `id` is also sent as the `Idempotency-Key` header: an event sent twice is answered
 * with the first receipt and status `duplicate`. When an HMAC secret is configured, the request is
 * signed with `X-eSauti-Timestamp` and `X-eSauti-Signature` on top of the bearer token. The SDK's
 * typed event functions build, check and sign the envelope; this operation sends one you built
 * yourself.
 *
 * `POST /integrations/events`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_event_envelope, sent as JSON; required. The event envelope.
 * @param out receives the result on success (esauti_event_receipt_free() it), NULL otherwise; may be NULL to discard. The event was accepted (or recognised as a duplicate).
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_events_ingest(esauti_client *client, const esauti_event_envelope *body,
                                     esauti_event_receipt **out, esauti_error *err);
/** Descriptor of esauti_events_ingest(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_events_ingest_op;

/**
 * Inject several events
 *
 * Accepts up to 100 events in one request, each in its own envelope, and answers one receipt per
 * event in the same order.
 *
 * `POST /integrations/events/batch`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_event_batch, sent as JSON; required. The events, in the order they happened.
 * @param out receives the result on success (esauti_event_batch_receipt_free() it), NULL otherwise; may be NULL to discard. The events were accepted; one receipt per event.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_events_ingest_batch(esauti_client *client, const esauti_event_batch *body,
                                           esauti_event_batch_receipt **out, esauti_error *err);
/** Descriptor of esauti_events_ingest_batch(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_events_ingest_batch_op;

#ifdef __cplusplus
}
#endif
#endif
