/**
 * @file sockudo/annotations.h
 * @brief Sockudo: annotations operations. Generated; do not edit.
 */
#ifndef SOCKUDO_ANNOTATIONS_H
#define SOCKUDO_ANNOTATIONS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of sockudo_annotations_list(). Zero-initialise, then set what you need. */
typedef struct sockudo_annotations_list_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The channel's name.
     * Example: `"orders"`.
     * Required.
     */
    char *channel_name;
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
    /**
     * Only annotations of this type.
     * Example: `"reactions:distinct.v1"`.
     */
    char *type;
    /**
     * Only events after this annotation serial (the last one seen).
     * Example: `"ann_00000000000000000007"`.
     */
    char *from_serial;
    bool has_limit; /**< true when limit is set */
    /**
     * Page size; the server caps it (1000, or lower by channel policy) and uses its maximum when
     * unset.
     * Example: `50`.
     */
    int32_t limit;
    /**
     * A connection whose identity and capabilities the request acts with (checked, and recorded for
     * audit).
     * Example: `"1234.5678"`.
     */
    char *socket_id;
} sockudo_annotations_list_params;

/**
 * List a message's annotation events
 *
 * Returns the annotation create and delete events of the message, oldest first, optionally of one
 * type.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial
 * @param out receives the result on success (sockudo_annotation_list_free() it), NULL otherwise; may be NULL to discard. The annotation events.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_annotations_list(sockudo_client *client, const sockudo_annotations_list_params *params,
                                         sockudo_annotation_list **out, sockudo_error *err);
/** Descriptor of sockudo_annotations_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_annotations_list_op;

/**
 * Completion of sockudo_annotations_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_annotations_list_async()
 * @param rc 0, or what sockudo_annotations_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_annotations_list()'s out would receive, owned by the
 * callback (sockudo_annotation_list_free() it); NULL otherwise
 * @param err the call's error, as sockudo_annotations_list() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_annotations_list_callback)(void *user_data, int rc, sockudo_annotation_list *result,
                                                  sockudo_error *err);

/**
 * List a message's annotation events
 *
 * Asynchronous form of sockudo_annotations_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_annotations_list() would
 * return; the result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_annotations_list(); read before this returns
 * @param callback called with the outcome (see sockudo_annotations_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_annotations_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_annotations_list()
 */
APIC_EXPORT int sockudo_annotations_list_async(sockudo_client *client, const sockudo_annotations_list_params *params,
                                               sockudo_annotations_list_callback callback, void *user_data,
                                               apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_annotations_publish(). Zero-initialise, then set what you need. */
typedef struct sockudo_annotations_publish_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The channel's name.
     * Example: `"orders"`.
     * Required.
     */
    char *channel_name;
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
} sockudo_annotations_publish_params;

/**
 * Annotate a message
 *
 * Publishes an annotation event on the message (a reaction, a read receipt, a moderation signal);
 * the message itself is not rewritten. Summaries are projected by the annotation's `type` (e.g.
 * `reactions:distinct.v1` counts each client once per name). Needs versioned messages, annotations
 * enabled, and a channel policy that permits them.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial
 * @param body request body: sockudo_annotation_request, sent as JSON; required. The annotation.
 * @param out receives the result on success (sockudo_annotation_result_free() it), NULL otherwise; may be NULL to discard. The annotation was published.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_annotations_publish(sockudo_client *client, const sockudo_annotations_publish_params *params,
                                            const sockudo_annotation_request *body, sockudo_annotation_result **out,
                                            sockudo_error *err);
/** Descriptor of sockudo_annotations_publish(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_annotations_publish_op;

/**
 * Completion of sockudo_annotations_publish_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_annotations_publish_async()
 * @param rc 0, or what sockudo_annotations_publish() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_annotations_publish()'s out would receive, owned by the
 * callback (sockudo_annotation_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_annotations_publish() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_annotations_publish_callback)(void *user_data, int rc, sockudo_annotation_result *result,
                                                     sockudo_error *err);

/**
 * Annotate a message
 *
 * Asynchronous form of sockudo_annotations_publish(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_annotations_publish() would
 * return; the result is the callback's to free.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_annotations_publish(); read before this returns
 * @param body request body, as for sockudo_annotations_publish(); read before this returns
 * @param callback called with the outcome (see sockudo_annotations_publish_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_annotations_publish() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_annotations_publish()
 */
APIC_EXPORT int sockudo_annotations_publish_async(sockudo_client *client,
                                                  const sockudo_annotations_publish_params *params,
                                                  const sockudo_annotation_request *body,
                                                  sockudo_annotations_publish_callback callback, void *user_data,
                                                  apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_annotations_delete(). Zero-initialise, then set what you need. */
typedef struct sockudo_annotations_delete_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The channel's name.
     * Example: `"orders"`.
     * Required.
     */
    char *channel_name;
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
    /**
     * The serial of the annotation to delete, as its publication answered it.
     * Example: `"ann_00000000000000000007"`.
     * Required.
     */
    char *annotation_serial;
    /**
     * A connection whose identity and capabilities the request acts with (checked, and recorded for
     * audit).
     * Example: `"1234.5678"`.
     */
    char *socket_id;
} sockudo_annotations_delete_params;

/**
 * Delete an annotation
 *
 * Publishes a delete event for the annotation; summaries no longer count it.
 *
 * `DELETE /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations/{annotation_serial}`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial, annotation_serial
 * @param out receives the result on success (sockudo_annotation_result_free() it), NULL otherwise; may be NULL to discard. The delete event was published.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_annotations_delete(sockudo_client *client, const sockudo_annotations_delete_params *params,
                                           sockudo_annotation_result **out, sockudo_error *err);
/** Descriptor of sockudo_annotations_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_annotations_delete_op;

/**
 * Completion of sockudo_annotations_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_annotations_delete_async()
 * @param rc 0, or what sockudo_annotations_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_annotations_delete()'s out would receive, owned by the
 * callback (sockudo_annotation_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_annotations_delete() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_annotations_delete_callback)(void *user_data, int rc, sockudo_annotation_result *result,
                                                    sockudo_error *err);

/**
 * Delete an annotation
 *
 * Asynchronous form of sockudo_annotations_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_annotations_delete() would
 * return; the result is the callback's to free.
 *
 * `DELETE /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations/{annotation_serial}`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_annotations_delete(); read before this returns
 * @param callback called with the outcome (see sockudo_annotations_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_annotations_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_annotations_delete()
 */
APIC_EXPORT int sockudo_annotations_delete_async(sockudo_client *client,
                                                 const sockudo_annotations_delete_params *params,
                                                 sockudo_annotations_delete_callback callback, void *user_data,
                                                 apic_async_call **call, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
