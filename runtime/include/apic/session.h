/**
 * @file apic/session.h
 * @brief Sessions: the events of one unit of work, sent together when it succeeds.
 *
 * A session is made per unit of work (a web request, a job) with a context, say who acts
 * and in which job. Each event added to it is an encoded JSON object (an "item"); the
 * session adds the context to it and holds it until apic_session_flush() sends them all,
 * as batches where the API has a batch operation (split to respect its size limit).
 * apic_session_discard() drops them: a unit of work that failed publishes nothing. With
 * APIC_SESSION_PUBLISH_IMMEDIATELY every item is sent as soon as it is added instead.
 *
 * @code
 * apic_context_item ctx[] = {{"user_id", NULL, "u-17"}, {"job_id", "X-Correlation-Id", "job-9"}};
 * apic_session *s = NULL;
 * if (apic_session_new(client, &my_session_def, ctx, 2, 0, &s, &err) != 0) return -1;
 * apic_session_add(s, "{\"id\":\"...\",\"action\":\"Created\"}", len, "<event id>", &err);
 * ...
 * int rc = ok ? apic_session_flush(s, &err) : (apic_session_discard(s), 0);
 * apic_session_free(s);
 * @endcode
 *
 * What is sent, and how, is the caller's (a generated SDK's) to say through an
 * apic_session_def: nothing here knows one API's event format.
 *
 * - Every request of a session carries its context: as members added to every item and/or
 *   as headers, as each apic_context_item says.
 * - A flush that fails for good (retries exhausted, a status that is not retried) keeps
 *   nothing back silently: every event it did not deliver goes to the client's dead-letter
 *   sink (config.dead_letter), one record per event holding the request that would send
 *   that event alone, and the error is returned. Without a sink the error says the events
 *   were lost and an error-level log record says how many.
 * - Flushing an empty session sends nothing.
 * - A session is not safe to share between threads: use one per unit of work (they are
 *   cheap: a few allocations for the context, one per event). The client it was made from
 *   is shared between threads as usual, and must outlive it.
 * - Freeing a session that still holds events discards them, and says so in a warn-level
 *   log record (call apic_session_discard() first when discarding is the intent).
 */
#ifndef APIC_SESSION_H
#define APIC_SESSION_H

#include <stddef.h>

#include "bulk.h"
#include "client.h"
#include "error.h"
#include "export.h"
#include "operation.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How a session's events are sent. Generated SDKs emit one, static, from the spec. */
typedef struct apic_session_def {
    /**
     * Sends one item as its whole (JSON) body, under the item's own idempotency key: every
     * request that carries one item (APIC_SESSION_PUBLISH_IMMEDIATELY). NULL = batches only.
     */
    const apic_operation *publish;
    /** Sends several items in one (JSON) body. NULL = one request per item. */
    const apic_operation *publish_batch;
    /**
     * A batch body's framing and limits (apic/bulk.h): `open`, the items joined by commas,
     * `close` (e.g. `{"events":[` and `]}`); at most max_records items and max_bytes bytes a
     * request. An item that could not fit in any request is refused when it is added.
     */
    apic_bulk_limits batch;
} apic_session_def;

/** One piece of a session's context. All borrowed by apic_session_new(), which copies them. */
typedef struct apic_context_item {
    const char *member; /**< added to every item as `"member":"value"`; NULL = not in the body */
    const char *header; /**< sent as `header: value` with every request; NULL = no header */
    const char *value;  /**< NULL = absent from this session (neither member nor header) */
} apic_context_item;

/** apic_session_new() flag: send every item as soon as it is added; flush then has nothing to do. */
#define APIC_SESSION_PUBLISH_IMMEDIATELY 1u

/** A session (opaque): made by apic_session_new(), released by apic_session_free(); see the file's description. */
typedef struct apic_session apic_session;

/**
 * Starts a session. def is borrowed for the session's lifetime (generated SDKs pass a static
 * one); the context is copied. Every item needs either a member or a header; a header value
 * with a control character is refused (it would end the header line).
 * @return 0 with *out set; APIC_E_ARG or APIC_E_VALIDATION (err says which), APIC_E_NOMEM
 */
APIC_EXPORT int apic_session_new(apic_client *client, const apic_session_def *def, const apic_context_item *context,
                                 size_t n_context, unsigned flags, apic_session **out, apic_error *err);

/**
 * Adds an event: item is one encoded JSON object (len bytes) without the context's members,
 * which the session appends. idempotency_key (may be NULL) identifies the event: it is sent
 * as the idempotency key whenever the event travels alone, and kept in its dead-letter record.
 * Queued until apic_session_flush(); with APIC_SESSION_PUBLISH_IMMEDIATELY sent now (and, when
 * that fails for good, dead-lettered like a failed flush).
 * @return 0; APIC_E_ARG when item is not a JSON object, APIC_E_VALIDATION when it is too large
 * for any request (def->batch; nothing is queued then), APIC_E_NOMEM, or in immediate mode the
 * errors of a call
 */
APIC_EXPORT int apic_session_add(apic_session *s, const char *item, size_t len, const char *idempotency_key, apic_error *err);

/** Events held, waiting for apic_session_flush(). 0 for NULL. */
APIC_EXPORT size_t apic_session_pending(const apic_session *s);

/**
 * Sends the held events, in the order they were added, in batches within def->batch's limits
 * (a request that would carry one event goes through `publish`, when there is one, under the
 * event's own idempotency key; without `publish_batch`, every event does). Stops at the first
 * request that fails for good; that request's events and every later one are dead-lettered
 * (see the file's description) and err says how many. The session is empty afterwards
 * either way, and can take new events.
 * @return 0 (also when there was nothing to send), or the error of the failed request
 */
APIC_EXPORT int apic_session_flush(apic_session *s, apic_error *err);

/** Drops the held events without sending them (a debug-level log record counts them). Returns how many. */
APIC_EXPORT size_t apic_session_discard(apic_session *s);

/** Frees the session; held events are discarded with a warn-level log record. NULL is a no-op. */
APIC_EXPORT void apic_session_free(apic_session *s);

#ifdef __cplusplus
}
#endif
#endif
