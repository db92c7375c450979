/**
 * @file suprsend/bulk.h
 * @brief Bulk workflows, events and user edits within SuprSend's limits, with one result per
 * record. Handwritten (spec/suprsend/c); part of the SDK.
 *
 * As the vendor's SDKs do (Node's `BulkWorkflowTrigger`, `BulkEvents`, `BulkUsersEdit`), each
 * record is checked first, then the valid ones are cut in order into requests of at most
 * SUPRSEND_BULK_MAX_WORKFLOWS workflows (`POST /trigger/`), SUPRSEND_BULK_MAX_EVENTS events
 * (`POST /event/`) or SUPRSEND_BULK_MAX_USERS identity records (`POST /event/`), and at most
 * SUPRSEND_BODY_MAX_BYTES bytes a request, each a JSON array sent through apic_bulk_send()
 * (apic/bulk.h: the client's retry policy, an idempotency key per request, the per-record
 * answers of a 207 read when the server gives them).
 *
 * A record that fails its check is not sent and fails alone, its message naming its index and
 * what is wrong (`workflows[7].workflow: required member is missing`, `users[3]: 11012 bytes,
 * over the 10240-byte limit of one record; not sent`); the others are still sent, so the bulk is
 * partial, as Node's BulkResponse reports it. The apic_bulk_report maps onto that response:
 *
 * | Node BulkResponse  | apic_bulk_report                                               |
 * |--------------------|----------------------------------------------------------------|
 * | status             | overall (suprsend_bulk_status() gives "success", "partial", "fail") |
 * | total              | n                                                              |
 * | success / failure  | ok / failed                                                    |
 * | failed_records[]   | records[i] whose state is APIC_BULK_FAILED: i, error, status   |
 *
 * A failed record's status is the HTTP status of its request, its own status code when the
 * server gave per-record results, or 0 when it was refused before sending (Node says 500).
 *
 * @code
 * const char *wfs[250];                       // each a workflow trigger body: suprsend_workflow_trigger_body()
 * apic_bulk_report rep = {0};
 * if (suprsend_bulk_trigger_workflows(client, wfs, 250, &rep, &err) == 0) {
 *     printf("%s: %zu of %zu in %zu requests\n", suprsend_bulk_status(&rep), rep.ok, rep.n, rep.requests);
 *     for (size_t i = 0; i < rep.n; i++)
 *         if (rep.records[i].state != APIC_BULK_OK) fprintf(stderr, "%zu: %s\n", i, rep.records[i].error);
 * }
 * apic_bulk_report_clear(&rep);
 * @endcode
 */
#ifndef SUPRSEND_BULK_H
#define SUPRSEND_BULK_H

#include <stddef.h>

#include <apic/apic.h>

#include "client.h"
#include "request_limits.h"
#include "user_edit.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Most workflows in one bulk request. */
#define SUPRSEND_BULK_MAX_WORKFLOWS 100u
/** Most events in one bulk request. */
#define SUPRSEND_BULK_MAX_EVENTS 100u
/** Most identity records (user edits) in one bulk request. */
#define SUPRSEND_BULK_MAX_USERS 400u
/** Largest identity record: 10 KB (10 x 1024 bytes). */
#define SUPRSEND_BULK_MAX_USER_BYTES (10u * 1024u)

/**
 * Triggers n workflows: workflows[i] is the JSON object of one `POST /trigger/` body (borrowed),
 * e.g. `{"workflow": "welcome", "recipients": ["user-1"], "data": {...}}`, as
 * suprsend_workflow_trigger_body() writes it (attachments included). Each is checked: one
 * JSON object; `workflow` a string and `recipients` an array of at least one; `data`, when given,
 * an object; `$idempotency_key` at most SUPRSEND_IDEMPOTENCY_KEY_MAX characters and `tenant_id`
 * at most SUPRSEND_TENANT_ID_MAX; and its size plus
 * SUPRSEND_WORKFLOW_RUNTIME_BYTES within SUPRSEND_BODY_MAX_BYTES.
 *
 * Returns 0 when the bulk ran: report (zeroed or cleared before; overwritten, not freed) says
 * per record how it went, and err holds the first failure when one failed. Otherwise APIC_E_ARG
 * (a NULL client or report, or workflows NULL with n > 0) or APIC_E_NOMEM, with the report empty.
 */
APIC_EXPORT int suprsend_bulk_trigger_workflows(suprsend_client *client, const char *const *workflows, size_t n,
                                                apic_bulk_report *report, suprsend_error *err);

/**
 * Sends n events: events[i] is the JSON object of one `POST /event/` body (borrowed), e.g.
 * `{"distinct_id": "user-1", "event": "order_shipped", "properties": {...}}`, as
 * suprsend_event_body() writes it (with its `$insert_id`, `$time` and `env`). Each is checked:
 * one JSON object; `distinct_id` and `event` strings; `properties`, when given, an object;
 * `$idempotency_key` and `tenant_id` as for workflows; within SUPRSEND_BODY_MAX_BYTES. Results as for
 * suprsend_bulk_trigger_workflows().
 */
APIC_EXPORT int suprsend_bulk_track_events(suprsend_client *client, const char *const *events, size_t n,
                                           apic_bulk_report *report, suprsend_error *err);

/**
 * Saves n user edits (borrowed) in bulk, as identity records of `POST /event/`, the vendor's
 * form: `{"$schema": "2", "$insert_id": <UUID v4>, "$time": <Unix ms>, "env": workspace_key,
 * "distinct_id": ..., "$user_operations": [...], "properties": {"$ss_sdk_version": ...}}`.
 * workspace_key is sent as `env` (NULL leaves it out: the API key names the workspace). An edit
 * with a refusal (suprsend_user_edit_refusal()) or whose record exceeds
 * SUPRSEND_BULK_MAX_USER_BYTES fails alone, unsent, naming its index (and size). Results as for
 * suprsend_bulk_trigger_workflows().
 */
APIC_EXPORT int suprsend_bulk_save_users(suprsend_client *client, const suprsend_user_edit *const *users, size_t n,
                                         const char *workspace_key, apic_bulk_report *report, suprsend_error *err);

/** How a bulk went, in the words of Node's BulkResponse.status: "success", "partial" or "fail" ("" for an empty report or NULL). */
APIC_EXPORT const char *suprsend_bulk_status(const apic_bulk_report *report);

#ifdef __cplusplus
}
#endif
#endif
