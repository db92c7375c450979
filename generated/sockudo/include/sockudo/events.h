/**
 * @file sockudo/events.h
 * @brief Sockudo: events operations. Generated; do not edit.
 */
#ifndef SOCKUDO_EVENTS_H
#define SOCKUDO_EVENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of sockudo_events_trigger(). Zero-initialise, then set what you need. */
typedef struct sockudo_events_trigger_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
} sockudo_events_trigger_params;

/**
 * Publish an event
 *
 * Publishes one event to one channel (`channel`) or up to 100 (`channels`). `socket_id` keeps the
 * event from the connection that caused it (no echo). With `info`, the answer holds the requested
 * attributes of each channel. A retry with the same `X-Idempotency-Key` header or body
 * `idempotency_key` is answered like the first request and not published again; when versioned
 * messages are enabled for the channel, the answer carries the message's serials. Event data is at
 * most 10 KB (413 above).
 *
 * `POST /apps/{app_id}/events`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id
 * @param body request body: sockudo_trigger_request, sent as JSON; required. The event and where it goes.
 * @param out receives the result on success (sockudo_trigger_result_free() it), NULL otherwise; may be NULL to discard. The event was published (or recognised as a retry): `{}`, or the attributes `info` asked for, per channel.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_events_trigger(sockudo_client *client, const sockudo_events_trigger_params *params,
                                       const sockudo_trigger_request *body, sockudo_trigger_result **out,
                                       sockudo_error *err);
/** Descriptor of sockudo_events_trigger(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_events_trigger_op;

/**
 * Completion of sockudo_events_trigger_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_events_trigger_async()
 * @param rc 0, or what sockudo_events_trigger() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_events_trigger()'s out would receive, owned by the
 * callback (sockudo_trigger_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_events_trigger() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_events_trigger_callback)(void *user_data, int rc, sockudo_trigger_result *result,
                                                sockudo_error *err);

/**
 * Publish an event
 *
 * Asynchronous form of sockudo_events_trigger(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what sockudo_events_trigger() would return; the
 * result is the callback's to free.
 *
 * `POST /apps/{app_id}/events`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_events_trigger(); read before this returns
 * @param body request body, as for sockudo_events_trigger(); read before this returns
 * @param callback called with the outcome (see sockudo_events_trigger_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_events_trigger() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_events_trigger()
 */
APIC_EXPORT int sockudo_events_trigger_async(sockudo_client *client, const sockudo_events_trigger_params *params,
                                             const sockudo_trigger_request *body,
                                             sockudo_events_trigger_callback callback, void *user_data,
                                             apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_events_trigger_batch(). Zero-initialise, then set what you need. */
typedef struct sockudo_events_trigger_batch_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
} sockudo_events_trigger_batch_params;

/**
 * Publish several events
 *
 * Publishes up to 10 events (Sockudo's default; the server's configuration may allow more) in one
 * request, each to its own channel. Each event may carry its own `idempotency_key`. With `info` on
 * an event, the answer holds the attributes of its channel, in the batch's order.
 *
 * `POST /apps/{app_id}/batch_events`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id
 * @param body request body: sockudo_batch_request, sent as JSON; required. The events.
 * @param out receives the result on success (sockudo_batch_result_free() it), NULL otherwise; may be NULL to discard. The events were published.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_events_trigger_batch(sockudo_client *client, const sockudo_events_trigger_batch_params *params,
                                             const sockudo_batch_request *body, sockudo_batch_result **out,
                                             sockudo_error *err);
/** Descriptor of sockudo_events_trigger_batch(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_events_trigger_batch_op;

/**
 * Completion of sockudo_events_trigger_batch_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_events_trigger_batch_async()
 * @param rc 0, or what sockudo_events_trigger_batch() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_events_trigger_batch()'s out would receive, owned by the
 * callback (sockudo_batch_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_events_trigger_batch() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_events_trigger_batch_callback)(void *user_data, int rc, sockudo_batch_result *result,
                                                      sockudo_error *err);

/**
 * Publish several events
 *
 * Asynchronous form of sockudo_events_trigger_batch(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_events_trigger_batch() would
 * return; the result is the callback's to free.
 *
 * `POST /apps/{app_id}/batch_events`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_events_trigger_batch(); read before this returns
 * @param body request body, as for sockudo_events_trigger_batch(); read before this returns
 * @param callback called with the outcome (see sockudo_events_trigger_batch_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_events_trigger_batch() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_events_trigger_batch()
 */
APIC_EXPORT int sockudo_events_trigger_batch_async(sockudo_client *client,
                                                   const sockudo_events_trigger_batch_params *params,
                                                   const sockudo_batch_request *body,
                                                   sockudo_events_trigger_batch_callback callback, void *user_data,
                                                   apic_async_call **call, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
