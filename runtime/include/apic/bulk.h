/**
 * @file apic/bulk.h
 * @brief Bulk requests: records cut into chunks by count and by encoded size, one result per record.
 *
 * Many APIs take several records in one request but limit how many and how large the request
 * may be (SuprSend: 100 workflows or events, 800 KB a request). apic_bulk_send() cuts a list of
 * records (each one's JSON text) into as few requests as those limits allow, keeping their
 * order, sends each with the client's retry policy and its own idempotency key, and reports
 * per record whether it was accepted:
 *
 * @code
 * apic_bulk_record recs[250] = ...;                 // JSON text of each workflow
 * apic_bulk_limits lim = APIC_BULK_LIMITS_SUPRSEND;
 * apic_bulk_report rep = {0};
 * if (apic_bulk_send(client, &suprsend_trigger_workflow_api_op, &lim, recs, 250, &rep, &err) == 0) {
 *     for (size_t i = 0; i < rep.n; i++)
 *         if (rep.records[i].state != APIC_BULK_OK) fprintf(stderr, "%zu: %s\n", i, rep.records[i].error);
 * }
 * apic_bulk_report_clear(&rep);
 * @endcode
 *
 * A request body is `open`, the records joined by commas, then `close` ("[" and "]" by default:
 * a JSON array). Its size counts all of that, so a chunk never exceeds max_bytes on the wire.
 */
#ifndef APIC_BULK_H
#define APIC_BULK_H

#include <stdbool.h>
#include <stddef.h>

#include "client.h"
#include "error.h"
#include "export.h"
#include "operation.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One record: its JSON text (borrowed; len bytes, not necessarily NUL-terminated). */
typedef struct apic_bulk_record {
    const char *json; /**< the record's JSON text, copied into the request as it is (not checked); required */
    size_t len;       /**< bytes of json; 0 is refused (APIC_E_ARG) */
} apic_bulk_record;

/** An API's limits on one bulk request. Zero members mean "no limit". */
typedef struct apic_bulk_limits {
    size_t max_records;      /**< records in one request */
    size_t max_bytes;        /**< bytes of one request body, framing included */
    size_t max_record_bytes; /**< bytes of one record */
    const char *open;        /**< body text before the records; NULL = "[" */
    const char *close;       /**< body text after the records; NULL = "]" */
} apic_bulk_limits;

/**
 * Initialiser of an apic_bulk_limits for SuprSend's workflow and event bulk: 100 records,
 * 800 KB (800 x 1024 bytes) a request, no limit per record, a JSON array.
 */
#define APIC_BULK_LIMITS_SUPRSEND { 100u, 800u * 1024u, 0u, "[", "]" }
/** Initialiser of an apic_bulk_limits for SuprSend's identity bulk: 400 records of at most 10 KB each, 800 KB a request. */
#define APIC_BULK_LIMITS_SUPRSEND_IDENTITIES { 400u, 800u * 1024u, 10u * 1024u, "[", "]" }

/** Records [first, first + count) go in one request of `bytes` bytes. */
typedef struct apic_bulk_chunk {
    size_t first; /**< index of the chunk's first record in the array given to apic_bulk_plan() */
    size_t count; /**< records in the chunk, at least 1 */
    size_t bytes; /**< size of the request body: open, the records and the commas between them, close */
} apic_bulk_chunk;

/**
 * Cuts n records into chunks, in order, each within the limits (greedy: a chunk takes records
 * until the next would break a limit). A record that cannot fit in any request (over
 * max_record_bytes, or over max_bytes with the framing) fails the whole plan with
 * APIC_E_VALIDATION naming its index and sizes, so nothing of the bulk is sent; a record without
 * JSON text (NULL or len 0), or a NULL argument, is APIC_E_ARG; memory, APIC_E_NOMEM. On success
 * *chunks (free() it) holds *n_chunks entries; n == 0 gives no chunk (*chunks is NULL).
 */
APIC_EXPORT int apic_bulk_plan(const apic_bulk_limits *lim, const apic_bulk_record *recs, size_t n, apic_bulk_chunk **chunks,
                               size_t *n_chunks, apic_error *err);

/** What became of one record. */
typedef enum apic_bulk_state {
    /** Not sent: the zero value. apic_bulk_send() sends every chunk, so a report it fills has none. */
    APIC_BULK_NOT_SENT = 0,
    APIC_BULK_OK,           /**< accepted */
    APIC_BULK_FAILED        /**< refused by the server, or its request failed for good */
} apic_bulk_state;

/** One record's result. */
typedef struct apic_bulk_outcome {
    apic_bulk_state state; /**< APIC_BULK_OK or APIC_BULK_FAILED in a report apic_bulk_send() filled */
    int status;  /**< the record's own status code when the server gave one, else the request's HTTP status (0: none) */
    char *error; /**< why it failed (owned); NULL when accepted */
} apic_bulk_outcome;

/** The bulk as a whole. */
typedef enum apic_bulk_overall {
    APIC_BULK_SUCCESS = 1, /**< every record accepted */
    APIC_BULK_PARTIAL,     /**< some accepted, some failed */
    APIC_BULK_FAIL         /**< none accepted */
} apic_bulk_overall;

/** Results of apic_bulk_send(), one per record in the order given. Release with apic_bulk_report_clear(). */
typedef struct apic_bulk_report {
    apic_bulk_overall overall;  /**< how the bulk went (APIC_BULK_SUCCESS for no records); 0 in a zeroed or cleared report */
    apic_bulk_outcome *records; /**< n entries, records[i] for the record given at index i (owned) */
    size_t n;                   /**< the number of records given */
    size_t ok;       /**< records accepted */
    size_t failed;   /**< records failed: their indexes are those whose state is not APIC_BULK_OK */
    size_t requests; /**< requests made (chunks), retries not counted */
} apic_bulk_report;

/**
 * Sends n records with op (a POST whose body is the bulk array) in chunks planned by
 * apic_bulk_plan(). Each chunk is one apic_call_with() with its own idempotency key, retried
 * per the client's policy. Per-record results are read from a response holding a `records`
 * array with one entry per record of the chunk (`status`: "success" or "error",
 * `status_code`, `error.message`), as SuprSend answers (207 Multi-Status); a 2xx response
 * without one (or whose array has another length, or that is not JSON) accepts every record of
 * its chunk. A chunk that fails for good fails its records and
 * the next chunks are still sent. Returns 0 when the bulk ran (the report says how it went,
 * err holds the first failure when some record failed), or APIC_E_ARG / APIC_E_VALIDATION
 * (a record too large: nothing sent) / APIC_E_NOMEM. report must be zeroed or cleared: it is
 * overwritten, not freed.
 */
APIC_EXPORT int apic_bulk_send(apic_client *client, const apic_operation *op, const apic_bulk_limits *lim,
                               const apic_bulk_record *recs, size_t n, apic_bulk_report *report, apic_error *err);

/** Frees what report owns and zeroes it, ready for reuse. NULL is a no-op. */
APIC_EXPORT void apic_bulk_report_clear(apic_bulk_report *report);

#ifdef __cplusplus
}
#endif
#endif
