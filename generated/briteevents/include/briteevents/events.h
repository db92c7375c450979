/**
 * @file briteevents/events.h
 * @brief BriteEvents: events operations. Generated; do not edit.
 */
#ifndef BRITEEVENTS_EVENTS_H
#define BRITEEVENTS_EVENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of briteevents_events_publish(). Zero-initialise, then set what you need. */
typedef struct briteevents_events_publish_params {
    /**
     * The job id of the events, repeated in a header so that gateways and request logs can link the
     * requests of one job across services without reading bodies. The SDK sends it with every request
     * of a session.
     * Example: `"job-7f3a9c"`.
     * JSON key: `X-Correlation-Id`.
     */
    char *x_correlation_id;
} briteevents_events_publish_params;

/**
 * Publish one event
 *
 * Accepts one event. The request's `Idempotency-Key` is the event's `id`: an event sent again (a
 * retry, or a replay from a dead-letter file) is answered with status `duplicate` and published
 * once. The SDK's sessions use this operation for a request that carries one event (and for every
 * event of a session that publishes immediately).
 *
 * `POST /events`
 *
 * @param client a client from briteevents_client_new()
 * @param params parameters; may be NULL
 * @param body request body: briteevents_event, sent as JSON; required. The event.
 * @param out receives the result on success (briteevents_publish_receipt_free() it), NULL otherwise; may be NULL to discard. The event was accepted (or recognised as a duplicate).
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int briteevents_events_publish(briteevents_client *client, const briteevents_events_publish_params *params,
                                           const briteevents_event *body, briteevents_publish_receipt **out,
                                           briteevents_error *err);
/** Descriptor of briteevents_events_publish(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation briteevents_events_publish_op;

/**
 * Completion of briteevents_events_publish_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to briteevents_events_publish_async()
 * @param rc 0, or what briteevents_events_publish() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what briteevents_events_publish()'s out would receive, owned by the
 * callback (briteevents_publish_receipt_free() it); NULL otherwise
 * @param err the call's error, as briteevents_events_publish() fills it; valid until the callback
 * returns
 */
typedef void (*briteevents_events_publish_callback)(void *user_data, int rc, briteevents_publish_receipt *result,
                                                    briteevents_error *err);

/**
 * Publish one event
 *
 * Asynchronous form of briteevents_events_publish(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what briteevents_events_publish() would
 * return; the result is the callback's to free.
 *
 * `POST /events`
 *
 * @param client a client from briteevents_client_new()
 * @param params parameters, as for briteevents_events_publish(); read before this returns
 * @param body request body, as for briteevents_events_publish(); read before this returns
 * @param callback called with the outcome (see briteevents_events_publish_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * briteevents_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what briteevents_events_publish() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see briteevents_events_publish()
 */
APIC_EXPORT int briteevents_events_publish_async(briteevents_client *client,
                                                 const briteevents_events_publish_params *params,
                                                 const briteevents_event *body,
                                                 briteevents_events_publish_callback callback, void *user_data,
                                                 apic_async_call **call, briteevents_error *err);

/** Parameters of briteevents_events_publish_batch(). Zero-initialise, then set what you need. */
typedef struct briteevents_events_publish_batch_params {
    /**
     * The job id of the events, repeated in a header so that gateways and request logs can link the
     * requests of one job across services without reading bodies. The SDK sends it with every request
     * of a session.
     * Example: `"job-7f3a9c"`.
     * JSON key: `X-Correlation-Id`.
     */
    char *x_correlation_id;
} briteevents_events_publish_batch_params;

/**
 * Publish several events
 *
 * Accepts up to 250 events in one request, in the order they happened, all or none: when one event
 * is refused, none is published and the answer says which and why. Events whose `id` was published
 * before are counted as duplicates and not published again.
 *
 * `POST /events/batch`
 *
 * @param client a client from briteevents_client_new()
 * @param params parameters; may be NULL
 * @param body request body: briteevents_event_batch, sent as JSON; required. The events.
 * @param out receives the result on success (briteevents_batch_receipt_free() it), NULL otherwise; may be NULL to discard. The events were accepted.
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int briteevents_events_publish_batch(briteevents_client *client,
                                                 const briteevents_events_publish_batch_params *params,
                                                 const briteevents_event_batch *body, briteevents_batch_receipt **out,
                                                 briteevents_error *err);
/** Descriptor of briteevents_events_publish_batch(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation briteevents_events_publish_batch_op;

/**
 * Completion of briteevents_events_publish_batch_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to briteevents_events_publish_batch_async()
 * @param rc 0, or what briteevents_events_publish_batch() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what briteevents_events_publish_batch()'s out would receive, owned by
 * the callback (briteevents_batch_receipt_free() it); NULL otherwise
 * @param err the call's error, as briteevents_events_publish_batch() fills it; valid until the
 * callback returns
 */
typedef void (*briteevents_events_publish_batch_callback)(void *user_data, int rc, briteevents_batch_receipt *result,
                                                          briteevents_error *err);

/**
 * Publish several events
 *
 * Asynchronous form of briteevents_events_publish_batch(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * briteevents_events_publish_batch() would return; the result is the callback's to free.
 *
 * `POST /events/batch`
 *
 * @param client a client from briteevents_client_new()
 * @param params parameters, as for briteevents_events_publish_batch(); read before this returns
 * @param body request body, as for briteevents_events_publish_batch(); read before this returns
 * @param callback called with the outcome (see briteevents_events_publish_batch_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * briteevents_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what briteevents_events_publish_batch() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see briteevents_events_publish_batch()
 */
APIC_EXPORT int briteevents_events_publish_batch_async(briteevents_client *client,
                                                       const briteevents_events_publish_batch_params *params,
                                                       const briteevents_event_batch *body,
                                                       briteevents_events_publish_batch_callback callback,
                                                       void *user_data, apic_async_call **call, briteevents_error *err);

#ifdef __cplusplus
}
#endif
#endif
