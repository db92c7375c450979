/**
 * @file apic/dead_letter.h
 * @brief Where events and requests that could not be delivered go, so that none is ever
 * silently lost.
 *
 * An event (and, with all_requests, any request) that fails for good (a status that is not
 * retried, retries exhausted, the deadline passed) is recorded with everything needed to
 * send it again: the request as it was built before authentication (method, URL, headers,
 * the exact body and its Content-Type, the idempotency key, how the operation authenticates),
 * the error, the attempts and times. A session's and a queue's records are one per event,
 * holding the request that sends that event alone. Records go to a JSON Lines file (one record
 * per line, appended, mode 0600, rotated by size) or to a callback. apic_dead_letter_replay()
 * (apic/events.h) sends the records of a file again, with their original idempotency keys,
 * and keeps only those that still fail.
 *
 * The record, one JSON object per line (a member without a value is left out):
 *
 * @code
 * {"kind":"event","format":2,"recorded_at":"2026-11-23T06:18:47.001Z",
 *  "operation":"briteevents_events_publish","method":"POST","url":"https://h/v1/events",
 *  "base_url":"https://h/v1","content_type":"application/json","accept":"application/json",
 *  "headers":[{"name":"X-Correlation-Id","value":"job-7f3a9c"}],
 *  "security":[[{"kind":"bearer","name":"bearerAuth"}]],
 *  "idempotency_key":"6f1c3e0b-8d0a-4f43-9a55-0e3cf7d7c1aa","attempts":1,"http_status":401,
 *  "error":"POST /events/batch: HTTP 401",
 *  "first_attempt_at":"2026-11-23T06:18:46.870Z","failed_at":"2026-11-23T06:18:46.990Z",
 *  "body":{"id":"6f1c3e0b-8d0a-4f43-9a55-0e3cf7d7c1aa","category":"policies",...}}
 * @endcode
 *
 * - `kind`: "event" (an event, a session's or a queue's item) or "request" (any other call,
 *   recorded with all_requests).
 * - `format`: APIC_DEAD_LETTER_FORMAT (2). A record without it comes from an earlier version
 *   (none of content_type, accept, headers, security, body_base64): a replay sends it only
 *   when it is an event and a registry is given, as it always did, and keeps it otherwise.
 * - `operation`: the generated function's name (apic_operation.name).
 * - `method`, `url`: as sent, before authentication: the query holds the parameters and
 *   never an API key, and a user:password in the URL's authority is left out.
 * - `base_url`: config.base_url of the client that recorded it (its user:password left out
 *   too), so that a replay can send the record to another server (APIC_REPLAY_REBASE);
 *   absent in records written before it was added.
 * - `content_type`: the body's Content-Type as sent (a multipart body's boundary is in it);
 *   absent without a body. `accept`: the Accept header sent.
 * - `headers`: the other headers the request carried before authentication, in order
 *   (header and cookie parameters, a session's context, an event's source). Never
 *   Authorization, an API key or a signature (they come from authentication), nor
 *   User-Agent (a replay sends its own client's) or the idempotency key (its own member).
 * - `security`: the operation's security alternatives as the spec describes them, without
 *   any credential: alternatives, each a list of schemes `{"kind":"bearer"|"basic"|"apiKey"|
 *   "hmac", "name", "in":"header"|"query"|"cookie" (apiKey), "param" (the header, query or
 *   cookie name; HMAC: the signature header), "timestamp_header", "prefix" (HMAC)}`. A replay
 *   authenticates with the replaying client's credentials through the first alternative it
 *   has them for, as a call does; `[]`: none.
 * - `idempotency_key`: sent on every attempt (an event's id); absent when none was.
 * - `attempts`, `http_status` (of the last response; 0 when none arrived), `error` (the
 *   message), `first_attempt_at`, `failed_at`, `recorded_at` (RFC 3339).
 * - The body, byte for byte, in one of: `body`, the JSON itself when the body is one JSON
 *   value without line breaks or surrounding blanks (an envelope stays readable); `body_text`,
 *   a JSON string, for other text; `body_base64`, for other bytes (a binary file part).
 *
 * Threads and fork(). Records are written one at a time within a process (one lock per sink),
 * each line with one write() to a file opened for appending, so writers do not interleave
 * within a record. The lock is taken around fork() (pthread_atfork), as the queue's are, so a
 * fork while another thread writes a record leaves the child a sink it can use: the child's
 * records go to the same file. A replay by one process while another appends to the same
 * file (a fork()ed child included) is not supported: see apic_dead_letter_replay().
 */
#ifndef APIC_DEAD_LETTER_H
#define APIC_DEAD_LETTER_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "export.h"
#include "operation.h"
#include "transport.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The record format written (the `format` member of every record). */
#define APIC_DEAD_LETTER_FORMAT 2

/** One undeliverable request, as recorded. All borrowed for the duration of a callback. */
typedef struct apic_dead_letter_record {
    const char *kind;            /**< "event" or "request" */
    const char *operation;       /**< generated function name, e.g. "esauti_events_ingest" */
    const char *method;          /**< HTTP method as sent, e.g. "POST" */
    const char *url;             /**< the URL, query included, as built before authentication: no credentials */
    const char *idempotency_key; /**< sent on every attempt; NULL when none was */
    const char *body;            /**< the exact bytes sent (an event's envelope); may be NULL */
    size_t body_len;             /**< bytes of body (0 without one); the body may hold NUL bytes */
    int attempts;                /**< requests sent before giving up, retries included (0: none was sent) */
    int http_status;             /**< of the last response, 0 when none arrived */
    const char *error;           /**< the error message */
    const char *first_attempt_at; /**< when the first attempt was made, RFC 3339 UTC; NULL when none was */
    const char *failed_at;        /**< when it was given up, RFC 3339 UTC */
    const char *content_type;     /**< of the body, as sent (a multipart boundary included); NULL without a body */
    const char *accept;           /**< the Accept header sent; NULL when none was */
    const apic_header *headers;   /**< the other headers sent before authentication; see the file's description */
    size_t n_headers;             /**< number of entries in headers */
    const apic_security_req *security; /**< the operation's security alternatives (no credential) */
    size_t n_security;            /**< number of entries in security; 0 = the operation needs no authentication */
    /** config.base_url of the client that made the request: a replay with APIC_REPLAY_REBASE
     *  sends the record to its own base URL instead (see apic_dead_letter_replay_file()). NULL
     *  in a record from an earlier version: a rebase then replaces only its scheme, host and port. */
    const char *base_url;
} apic_dead_letter_record;

/**
 * Where dead letters go: a file, a callback, or both (a sink with neither is APIC_E_CONFIG).
 * Given to a client through config.dead_letter, which copies it (and opens the file once, to
 * check it can, when the client is made).
 */
typedef struct apic_dead_letter {
    /** JSON Lines file, created with mode 0600 when missing; NULL = no file. */
    const char *path;
    /** fsync() the file after each record (slower, survives power loss). */
    bool fsync;
    /** Rotate when a record would take the file past this size, in bytes: path -> path.1 -> ...; 0 = never. */
    long max_bytes;
    /** Rotated files kept (path.1 .. path.N); 0 = 5. */
    int max_files;
    /**
     * Called for every record (after the file's line is written, when there is a file), on the
     * thread that gave up: it must be safe to call from several threads at once. record is
     * borrowed for the call. A non-zero return is reported as a failure to record. NULL = none.
     */
    int (*callback)(void *ctx, const apic_dead_letter_record *record);
    /** Passed unchanged as callback's first argument. */
    void *ctx;
    /** Record every request that fails for good, not only events. */
    bool all_requests;
} apic_dead_letter;

/** What apic_dead_letter_replay() or apic_dead_letter_replay_file() did. */
typedef struct apic_replay_report {
    size_t read;        /**< records read */
    size_t delivered;   /**< records sent and accepted: removed from the file */
    size_t kept;        /**< records still in the file (failed again, or not replayable: see apic_dead_letter_replay()) */
    size_t torn;        /**< an unfinished last line (a crash mid-write): skipped and dropped */
    size_t unreadable;  /**< other lines that are not records: kept as they are */
} apic_replay_report;

struct apic_client; /* apic/client.h, which includes this header */

/** Flag of apic_dead_letter_replay_file(): send each record to the replaying client's base URL. A
 *  record's URL that starts with the base URL it was recorded with (its `base_url` member) gets
 *  the client's base URL in place of that part; any other URL keeps its path and query and takes
 *  the scheme, host and port of the client's base URL. */
#define APIC_REPLAY_REBASE 0x1u

/**
 * Replays the dead-letter file at path as apic_dead_letter_replay() does without a registry:
 * every record is sent as it was recorded (with its idempotency key, authenticated by client's
 * credentials through the recorded security), delivered records leave the file and the others
 * stay. flags: 0, or APIC_REPLAY_REBASE to send the records to client's base URL (a service that
 * moved, a file replayed against another environment). Returns 0 when the file was processed
 * (report says how it went; report may be NULL), APIC_E_ARG without a client or path, or a status
 * when the file could not be read or rewritten.
 */
APIC_EXPORT int apic_dead_letter_replay_file(struct apic_client *client, const char *path, unsigned flags,
                                             apic_replay_report *report, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
