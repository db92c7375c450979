/**
 * @file schematic/buffered_events.h
 * @brief Identify and track without waiting: events go through the client's background queue to
 * `POST /event-batch` (100 a request, or every 5 s), retried, and dead-lettered rather than
 * dropped. Handwritten (spec/schematic/c); part of the SDK.
 *
 * schematic_client_new() starts the queue (see schematic_start()) when the config names a
 * dead-letter sink (config.dead_letter): an event the API refuses for good, or one still queued
 * when the client is freed and its drain time runs out, is written there, never lost
 * (`apic dead-letters replay` sends them again, one by one through `POST /events`). Without a
 * sink, identify and track refuse with APIC_E_CONFIG. In offline mode they send nothing: each
 * event is dropped with a debug-level log record, and they return 0.
 *
 * @code
 * apic_dead_letter dl = {.path = "schematic-dead-letters.jsonl"};
 * schematic_config cfg = SCHEMATIC_CONFIG_INIT;
 * cfg.api_key = getenv("SCHEMATIC_API_KEY");
 * cfg.dead_letter = &dl;
 * ...
 * const char *user[] = {"email", "wcoyote@acme.net", "user_id", "your-user-id", NULL};
 * const char *company[] = {"id", "your-company-id", NULL};
 * schematic_identify_company acme = {company, "Acme Widgets, Inc.", "{\"city\":\"Atlanta\"}"};
 * schematic_identify(client, &(schematic_identify_event){user, &acme, "Wile E. Coyote", "{\"login_count\":24}"}, NULL, &err);
 * schematic_track(client, &(schematic_track_event){"some-action", company, user, NULL, true, 10}, NULL, &err);
 * schematic_flush(client, 5000, &err);   // or let schematic_client_free() drain the queue
 * @endcode
 */
#ifndef SCHEMATIC_BUFFERED_EVENTS_H
#define SCHEMATIC_BUFFERED_EVENTS_H

#include <stdbool.h>

#include <apic/apic.h>

#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Most events one `POST /event-batch` carries (Schematic refuses larger batches). */
#define SCHEMATIC_EVENT_BATCH_MAX 100
/** Longest wait of an event for its batch to fill, in milliseconds. */
#define SCHEMATIC_EVENT_FLUSH_MS 5000L

/** The company an identify event adds the user to (all borrowed for the call). */
typedef struct schematic_identify_company {
    const char *const *keys; /**< the company's keys: name, value, ..., NULL; required */
    const char *name;        /**< its display name (needed for a new company); NULL = not sent */
    const char *traits_json; /**< its traits, a JSON object; NULL = not sent */
} schematic_identify_company;

/** An identify event: creates or updates a user (and its company). All borrowed for the call. */
typedef struct schematic_identify_event {
    const char *const *keys;                  /**< the user's keys: name, value, ..., NULL; required */
    const schematic_identify_company *company; /**< NULL = none */
    const char *name;                          /**< the user's display name; NULL = not sent */
    const char *traits_json;                   /**< the user's traits, a JSON object; NULL = not sent */
} schematic_identify_event;

/** A track event: something a company or user did, counted for metrics. All borrowed. */
typedef struct schematic_track_event {
    const char *event;        /**< the event's name, e.g. "some-action"; required */
    const char *const *company; /**< the company's keys: name, value, ..., NULL; NULL = none */
    const char *const *user;    /**< the user's keys; NULL = none */
    const char *traits_json;  /**< traits, a JSON object; NULL = not sent */
    bool has_quantity;        /**< send quantity (usage in units: tokens, bytes, ...) */
    long long quantity;       /**< with has_quantity: how many */
} schematic_track_event;

/** Optional metadata of an event (`CreateEventRequestBody`); zero members are not sent. */
typedef struct schematic_event_options {
    /** Schematic drops a second event with the same key within 24 h; NULL = none. Also the event's
     *  id in the queue and its dead-letter record (a UUID v4 when NULL). */
    const char *idempotency_key;
    /** When the event happened, RFC 3339; NULL = now. */
    const char *sent_at;
    /** Use sent_at as the event's time (needs a secret API key). */
    bool trusted_client_clock;
    /** Import without affecting billing (needs a secret key and trusted_client_clock). */
    bool backfill;
} schematic_event_options;

/**
 * Queues an identify event and returns at once (the request is made by the queue's thread).
 * opts may be NULL. Everything is checked here: keys as name/value pairs, traits as JSON objects.
 * @return 0 (also in offline mode, where the event is dropped); APIC_E_ARG naming the member at
 *         fault (`identify: keys: required`, `identify: company.traits_json: not a JSON object`);
 *         APIC_E_CONFIG without config.dead_letter (no queue runs); APIC_E_FULL when the queue
 *         stays full (see apic/queue.h); APIC_E_NOMEM
 */
APIC_EXPORT int schematic_identify(schematic_client *client, const schematic_identify_event *event,
                                   const schematic_event_options *opts, schematic_error *err);

/** Queues a track event, as schematic_identify() does (`track: event: required`, ...). */
APIC_EXPORT int schematic_track(schematic_client *client, const schematic_track_event *event,
                                const schematic_event_options *opts, schematic_error *err);

/**
 * Sends what is queued now and waits until every event queued before the call is delivered or
 * dead-lettered, for at most timeout_ms (APIC_QUEUE_WAIT_FOREVER: no limit). Returns 0, or
 * APIC_E_TIMEOUT (err counts what is left), as apic_queue_flush().
 */
APIC_EXPORT int schematic_flush(schematic_client *client, long timeout_ms, schematic_error *err);

/**
 * What schematic_client_new() calls last: starts the event queue (batches of
 * SCHEMATIC_EVENT_BATCH_MAX, every SCHEMATIC_EVENT_FLUSH_MS) when cfg names a dead-letter sink and
 * is not offline. Returns 0 or the queue's error. Not for direct use.
 */
APIC_EXPORT int schematic_start(schematic_client *client, const schematic_config *cfg, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
