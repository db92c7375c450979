/**
 * @file suprsend/workflow_trigger.h
 * @brief Triggering a workflow (`POST /trigger/`) with a typed request: the body SuprSend's own
 * SDKs send (their WorkflowTriggerRequest), checked before anything is sent. Handwritten
 * (spec/suprsend/c); part of the SDK.
 *
 * The body is `{"workflow", "recipients", "actor", "data", "$idempotency_key", "tenant_id",
 * "cancellation_key"}` as the vendor's SDKs write it, with the attachments in
 * `data.$attachments` (attachments.h). `delay` and `delivery` are sent as the members of those
 * names, as SuprSend's workflow API takes them (`POST /{workspace_key}/trigger/`); the vendor's
 * WorkflowTriggerRequest has neither, and a workflow can also read a delay from `data` (a delay
 * node of type dynamic). The checks: a workflow slug, at least one recipient, `data` an object,
 * the idempotency key at most 255 characters, the tenant id at most 64, `delay` and
 * `time_to_live` durations (duration.h), and the whole body at most 800 KB with the 200 bytes
 * SuprSend adds (request_limits.h). Each error names the member at fault, e.g.
 * `suprsend_trigger: idempotency_key: 300 characters, at most 255`.
 *
 * @code
 * const char *to[] = {"user-42", NULL};
 * suprsend_attachment invoice[] = {{"invoice.pdf", NULL, false}};
 * suprsend_workflow_trigger t = {0};
 * t.workflow = "payment-reminder";
 * t.recipient_ids = to;
 * t.data = "{\"amount\":\"$49\"}";
 * t.idempotency_key = "reminder-2026-11-23-user-42";
 * t.attachments = invoice;
 * t.n_attachments = 1;
 * if (suprsend_trigger(client, &t, NULL, &err) != 0) fprintf(stderr, "%s\n", err.message);
 * @endcode
 */
#ifndef SUPRSEND_WORKFLOW_TRIGGER_H
#define SUPRSEND_WORKFLOW_TRIGGER_H

#include <stdbool.h>
#include <stddef.h>

#include <apic/apic.h>

#include "attachments.h"
#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Smart delivery: channels tried one after another until the success metric is met. */
typedef struct suprsend_delivery {
    /** true: one channel after another until success; false: every channel at once. Always sent. */
    bool smart;
    /** The success metric: "delivered", "seen", "interaction" or an event of yours; NULL = SuprSend's ("seen"). */
    const char *success;
    /** How long the channels are tried, a duration (duration.h), e.g. "1h"; NULL = SuprSend's. */
    const char *time_to_live;
    /**
     * Channels sent at once whatever the metric says, NULL-terminated: "email", "sms",
     * "whatsapp", "androidpush", "iospush", "webpush", "slack", "inbox", "messenger",
     * "ms_teams"; NULL = none.
     */
    const char *const *mandatory_channels;
} suprsend_delivery;

/**
 * A workflow trigger. Zero-initialise, then set what you need; all members are borrowed. Of
 * each pair of alternatives (recipient_ids or recipients_json, actor_id or actor_json, data or
 * data_map) at most one may be set.
 */
typedef struct suprsend_workflow_trigger {
    /** The workflow's slug (its settings on SuprSend's dashboard). Required. */
    const char *workflow;
    /** Recipients by distinct_id, NULL-terminated: users SuprSend already knows. */
    const char *const *recipient_ids;
    /** Or recipients as a JSON array: distinct_ids and/or objects (`{"distinct_id", "$email", ...}`). */
    const char *recipients_json;
    /** The user who acted, by distinct_id; NULL = none. */
    const char *actor_id;
    /** Or the actor as a JSON object (`{"distinct_id", "name", ...}`). */
    const char *actor_json;
    /** Variables of the workflow's templates, a JSON object's text; NULL = `{}`. */
    const char *data;
    /** Or the same as members and their raw JSON values. */
    const apic_json_map *data_map;
    /** `$idempotency_key`: SuprSend runs a key once in 24 hours; at most 255 characters. NULL = none. */
    const char *idempotency_key;
    /** `tenant_id`: whose templates and settings apply; at most 64 characters. NULL = none. */
    const char *tenant_id;
    /** `cancellation_key`: what a later cancellation names this run by; at most 255 characters. NULL = none. */
    const char *cancellation_key;
    /** `delay`: how long the workflow waits before it starts, a duration, e.g. "2d3h"; NULL = none. */
    const char *delay;
    /** `delivery`: smart delivery; NULL = none sent. */
    const suprsend_delivery *delivery;
    /** Files and links added to data.$attachments (attachments.h). */
    const suprsend_attachment *attachments;
    /** Number of entries of attachments. */
    size_t n_attachments;
} suprsend_workflow_trigger;

/**
 * Triggers the workflow: checks the request, reads its attachments, and sends it
 * (`POST /trigger/`); nothing is sent when a check fails. The idempotency key, when set, is also
 * sent as the retries' Idempotency-Key header.
 * @param client a client from suprsend_client_new()
 * @param trigger the request
 * @param out receives SuprSend's answer (message_id, status; suprsend_trigger_workflow_api_response_free() it); may be NULL
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0; APIC_E_ARG (a required member missing, two alternatives set, a file that cannot be
 *         read); APIC_E_VALIDATION (a member breaking its limit or format, the body too big);
 *         or what the call returns (APIC_E_HTTP with SuprSend's answer in err, ...)
 */
APIC_EXPORT int suprsend_trigger(suprsend_client *client, const suprsend_workflow_trigger *trigger,
                                 suprsend_trigger_workflow_api_response **out, suprsend_error *err);

/**
 * The body suprsend_trigger() would send, checked the same way (for a bulk of triggers, a log,
 * a test).
 * @param trigger the request
 * @param client where a file left out (ignore_if_error) is logged; may be NULL
 * @param json receives the body (free() it); NULL on failure
 * @param err receives details on failure (may be NULL)
 * @return 0, or the errors of suprsend_trigger() before sending
 */
APIC_EXPORT int suprsend_workflow_trigger_body(const suprsend_workflow_trigger *trigger, suprsend_client *client,
                                               char **json, suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
