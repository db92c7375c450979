/**
 * @file apic/dead_letter.h
 * @brief Where events that could not be delivered go, so that none is ever silently lost.
 *
 * An event (and, with all_requests, any request) that fails for good (a status that is not
 * retried, retries exhausted, the deadline passed) is recorded with everything needed to
 * send it again: the exact body, the idempotency key, the error, the attempts and times.
 * Records go to a JSON Lines file (one record per line, appended, mode 0600, rotated by size)
 * or to a callback. apic_dead_letter_replay() sends the events of a file again, with their
 * original idempotency keys, and keeps only those that still fail.
 */
#ifndef APIC_DEAD_LETTER_H
#define APIC_DEAD_LETTER_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One undeliverable request, as recorded. All borrowed for the duration of a callback. */
typedef struct apic_dead_letter_record {
    const char *kind;            /**< "event" or "request" */
    const char *operation;       /**< generated function name, e.g. "esauti_events_ingest" */
    const char *method;
    const char *url;             /**< without credentials */
    const char *idempotency_key; /**< sent on every attempt; NULL when none was */
    const char *body;            /**< the exact bytes sent (an event's envelope); may be NULL */
    size_t body_len;
    int attempts;
    int http_status;             /**< of the last response, 0 when none arrived */
    const char *error;           /**< the error message */
    const char *first_attempt_at; /**< RFC 3339 */
    const char *failed_at;        /**< RFC 3339 */
} apic_dead_letter_record;

/** Where dead letters go: a file, a callback, or both. */
typedef struct apic_dead_letter {
    /** JSON Lines file, created with mode 0600 when missing; NULL = no file. */
    const char *path;
    /** fsync() the file after each record (slower, survives power loss). */
    bool fsync;
    /** Rotate when a record would take the file past this size: path -> path.1 -> ...; 0 = never. */
    long max_bytes;
    /** Rotated files kept (path.1 .. path.N); 0 = 5. */
    int max_files;
    /** Called for every record; a non-zero return is reported as a failure to record. NULL = none. */
    int (*callback)(void *ctx, const apic_dead_letter_record *record);
    void *ctx;
    /** Record every request that fails for good, not only events. */
    bool all_requests;
} apic_dead_letter;

/** What apic_dead_letter_replay() did. */
typedef struct apic_replay_report {
    size_t read;        /**< records read */
    size_t delivered;   /**< events sent and accepted: removed from the file */
    size_t kept;        /**< records still in the file (failed again, or not events) */
    size_t torn;        /**< an unfinished last line (a crash mid-write): skipped and dropped */
    size_t unreadable;  /**< other lines that are not records: kept as they are */
} apic_replay_report;

#ifdef __cplusplus
}
#endif
#endif
