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

#ifdef __cplusplus
}
#endif
#endif
