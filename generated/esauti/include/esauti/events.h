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
 * Completion of esauti_events_ingest_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_events_ingest_async()
 * @param rc 0, or what esauti_events_ingest() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_events_ingest()'s out would receive, owned by the callback
 * (esauti_event_receipt_free() it); NULL otherwise
 * @param err the call's error, as esauti_events_ingest() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_events_ingest_callback)(void *user_data, int rc, esauti_event_receipt *result, esauti_error *err);

/**
 * Inject one event
 *
 * Asynchronous form of esauti_events_ingest(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_events_ingest() would return; the
 * result is the callback's to free.
 *
 * `POST /integrations/events`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_events_ingest(); read before this returns
 * @param callback called with the outcome (see esauti_events_ingest_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_events_ingest() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_events_ingest()
 */
APIC_EXPORT int esauti_events_ingest_async(esauti_client *client, const esauti_event_envelope *body,
                                           esauti_events_ingest_callback callback, void *user_data,
                                           apic_async_call **call, esauti_error *err);

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

/**
 * Completion of esauti_events_ingest_batch_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_events_ingest_batch_async()
 * @param rc 0, or what esauti_events_ingest_batch() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_events_ingest_batch()'s out would receive, owned by the
 * callback (esauti_event_batch_receipt_free() it); NULL otherwise
 * @param err the call's error, as esauti_events_ingest_batch() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_events_ingest_batch_callback)(void *user_data, int rc, esauti_event_batch_receipt *result,
                                                    esauti_error *err);

/**
 * Inject several events
 *
 * Asynchronous form of esauti_events_ingest_batch(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_events_ingest_batch() would
 * return; the result is the callback's to free.
 *
 * `POST /integrations/events/batch`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_events_ingest_batch(); read before this returns
 * @param callback called with the outcome (see esauti_events_ingest_batch_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_events_ingest_batch() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_events_ingest_batch()
 */
APIC_EXPORT int esauti_events_ingest_batch_async(esauti_client *client, const esauti_event_batch *body,
                                                 esauti_events_ingest_batch_callback callback, void *user_data,
                                                 apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
