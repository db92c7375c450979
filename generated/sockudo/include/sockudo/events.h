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

#ifdef __cplusplus
}
#endif
#endif
