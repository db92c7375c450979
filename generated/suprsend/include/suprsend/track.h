/**
 * @file suprsend/track.h
 * @brief Tracking an event (`POST /event/`): the body SuprSend's own SDKs send, checked before
 * anything is sent. Handwritten (spec/suprsend/c); part of the SDK.
 *
 * The body is `{"$insert_id" (a new UUID), "$time" (now, Unix milliseconds), "event", "env",
 * "distinct_id", "properties", "$idempotency_key", "tenant_id"}`, the properties with
 * `$ss_sdk_version` (this SDK's name and version) and the attachments in
 * `properties.$attachments` (attachments.h), as the vendor's Event writes it. The distinct_id
 * and the event's name are sent without surrounding blanks; names starting with `$` or `ss_` are
 * SuprSend's own (only its reserved events, such as `$app_launched`, may be tracked). An event
 * that fails for good is kept in the client's dead-letter sink, when it has one.
 *
 * @code
 * suprsend_event e = {0};
 * e.distinct_id = "user-42";
 * e.event = "product_purchased";
 * e.properties = "{\"sku\":\"A-113\",\"amount\":\"49\"}";
 * e.idempotency_key = "order-7781";
 * if (suprsend_track(client, &e, &err) != 0) fprintf(stderr, "%s\n", err.message);
 * @endcode
 */
#ifndef SUPRSEND_TRACK_H
#define SUPRSEND_TRACK_H

#include <stddef.h>

#include <apic/apic.h>

#include "attachments.h"
#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An event. Zero-initialise, then set what you need; all members are borrowed. */
typedef struct suprsend_event {
    /** The user it happened to. Required. */
    const char *distinct_id;
    /** The event's name, e.g. "product_purchased": at least 2 characters. Required. */
    const char *event;
    /** Its properties, a JSON object's text; NULL = `{}`. At most one of properties and properties_map. */
    const char *properties;
    /** Or the properties as members and their raw JSON values. */
    const apic_json_map *properties_map;
    /** `$idempotency_key`: SuprSend takes a key once in 24 hours; at most 255 characters. NULL = none. */
    const char *idempotency_key;
    /** `tenant_id`: whose templates and settings apply; at most 64 characters. NULL = none. */
    const char *tenant_id;
    /**
     * `env`: the workspace key, which SuprSend's legacy event API names the workspace by (its
     * SDKs always send it); NULL = none (an API key names the workspace).
     */
    const char *workspace_key;
    /** Files and links added to properties.$attachments (attachments.h). */
    const suprsend_attachment *attachments;
    /** Number of entries of attachments. */
    size_t n_attachments;
} suprsend_event;

/**
 * Tracks the event: checks it, reads its attachments, and sends it (`POST /event/`); nothing is
 * sent when a check fails. The idempotency key, when set, is also sent as the retries'
 * Idempotency-Key header.
 * @param client a client from suprsend_client_new()
 * @param event the event
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0; APIC_E_ARG (a required member missing, two alternatives set, a file that cannot be
 *         read); APIC_E_VALIDATION (a reserved name, a member breaking its limit, the body over
 *         800 KB); or what the call returns (APIC_E_HTTP with SuprSend's answer in err, ...)
 */
APIC_EXPORT int suprsend_track(suprsend_client *client, const suprsend_event *event, suprsend_error *err);

/**
 * The body suprsend_track() would send (with a new $insert_id and the time now), checked the
 * same way.
 * @param event the event
 * @param client where a file left out (ignore_if_error) is logged; may be NULL
 * @param json receives the body (free() it); NULL on failure
 * @param err receives details on failure (may be NULL)
 * @return 0, or the errors of suprsend_track() before sending
 */
APIC_EXPORT int suprsend_event_body(const suprsend_event *event, suprsend_client *client, char **json, suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
