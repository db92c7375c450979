/**
 * @file apic/events.h
 * @brief Typed events: a generated registry of event types, checked and sent as envelopes.
 *
 * A generated SDK emits one apic_event_def per event type of its registry (name, version,
 * required identity keys, data descriptor) and an apic_event_registry over them. Sending an
 * event validates it first (identity, data, size: nothing is sent when anything is wrong),
 * wraps it in an envelope and posts it to the client's events endpoint:
 *
 * @code
 * {"id":"<UUID v4>","type":"order.created","schema_version":1,
 *  "occurred_at":"2026-11-23T06:18:45.123Z","source":"sdk",
 *  "identity":{"customer":{"id":"cus_1"},"entity":{"id":"ord_5","type":"order"}},
 *  "data":{...}}
 * @endcode
 *
 * The id comes from a CSPRNG and is also sent as the `Idempotency-Key` header, so a retried
 * event is recognised by the server; the source goes in the registry's source header too.
 */
#ifndef APIC_EVENTS_H
#define APIC_EVENTS_H

#include <stddef.h>

#include "async.h"
#include "buf.h"
#include "client.h"
#include "dead_letter.h"
#include "desc.h"
#include "error.h"
#include "export.h"
#include "ids.h"
#include "operation.h"
#include "queue.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Identity keys an event type requires (apic_event_def.identity is a set of these). */
enum {
    APIC_IDENTITY_CUSTOMER = 1u << 0,       /**< at least one of customer id, email and phone */
    APIC_IDENTITY_CUSTOMER_ID = 1u << 1,    /**< the customer's id */
    APIC_IDENTITY_CUSTOMER_EMAIL = 1u << 2, /**< the customer's email address */
    APIC_IDENTITY_CUSTOMER_PHONE = 1u << 3, /**< the customer's phone number (E.164) */
    APIC_IDENTITY_ENTITY = 1u << 4          /**< the id of the entity the event concerns */
};

/** Largest encoded event when a registry sets no limit, in bytes. */
#define APIC_EVENT_DEFAULT_MAX_BYTES 32768u

/** Who and what an event is about. All strings borrowed; NULL means absent. */
typedef struct apic_event_identity {
    const char *customer_id;    /**< the customer's id in your system, sent as identity.customer.id */
    const char *customer_email; /**< checked as an email address; personal data */
    const char *customer_phone; /**< checked as E.164, e.g. "+254712345678"; personal data */
    const char *entity_id;      /**< id of the entity the event concerns, sent as identity.entity.id; needs an entity type */
    const char *entity_type;    /**< NULL = the event type's own entity (apic_event_def.entity) */
} apic_event_identity;

/** One event type of a registry. Generated. */
typedef struct apic_event_def {
    const char *name;      /**< "entity.action", e.g. "order.created" */
    int version;           /**< schema version of the data, sent as schema_version */
    unsigned identity;     /**< required identity keys: APIC_IDENTITY_* */
    const char *entity;    /**< the entity type identity.entity refers to, or NULL */
    const apic_type *data; /**< the data struct (APIC_OBJECT) */
} apic_event_def;

/** A registry of event types. Generated once per SDK. */
typedef struct apic_event_registry {
    const apic_event_def *defs;    /**< defs[i] is the type whose constant is i + 1 */
    size_t n_defs;                 /**< number of types, in defs and in by_name; constants run 1..n_defs */
    const unsigned short *by_name; /**< indexes into defs, sorted by name (strcmp), for lookups */
    size_t max_event_bytes;        /**< largest encoded envelope sent; 0 = APIC_EVENT_DEFAULT_MAX_BYTES */
    const char *source_header;     /**< header repeating the source, e.g. "X-eSauti-Source"; or NULL */
    const apic_operation *ingest;  /**< posts one envelope (raw JSON body) and answers a receipt */
    /**
     * Posts a batch `{"events":[envelope,...]}` and answers `{"receipts":[...]}`, one receipt
     * per event (see apic_event_queue_start()); NULL = no batch operation, hence no queue.
     */
    const apic_operation *ingest_batch;
    size_t max_batch_events;       /**< most events the batch operation takes; 0 = APIC_QUEUE_DEFAULT_BATCH_ITEMS */
} apic_event_registry;

/** Per-event choices; zero members take the defaults. All borrowed. */
typedef struct apic_event_options {
    const char *id;          /**< event id and idempotency key, a UUID; NULL = a new UUID v4 */
    const char *occurred_at; /**< RFC 3339 time; NULL = now, in UTC with milliseconds */
    const char *source;      /**< the envelope's source; NULL = the client's config.event_source ("sdk") */
    int schema_version;      /**< sent as schema_version; 0 = the type's version (1 for a type the registry does not know) */
    const apic_retry_policy *retry; /**< retry policy of this send; NULL = the client's (must be NULL to enqueue) */
} apic_event_options;

/**
 * The constant (index + 1) of the type called name, or 0 when the registry has none.
 * A binary search over the registry's sorted index: no allocation, O(log n).
 */
APIC_EXPORT int apic_event_lookup(const apic_event_registry *r, const char *name);

/**
 * Validates an event of type (a constant, 1..n_defs) with data (a value of that type's data
 * struct) and appends its envelope to out. source NULL means "sdk" (sending uses the
 * client's). Returns 0, APIC_E_ARG, APIC_E_VALIDATION (err names the place:
 * `identity.customer.email: ...`, `data.items[2].sku: required member is missing`, or the
 * size) or APIC_E_NOMEM. out is unchanged on failure.
 */
APIC_EXPORT int apic_event_encode(const apic_event_registry *r, int type, const apic_event_identity *identity, const void *data,
                                  const apic_event_options *opts, apic_buf *out, apic_error *err);

/**
 * apic_event_encode() with the data given as JSON text (len bytes). A type the registry
 * knows has its data decoded into its struct and checked like a typed event (unknown members
 * are kept); a name it does not know is checked for shape only: an `entity.action` name and
 * a JSON object.
 */
APIC_EXPORT int apic_event_encode_json(const apic_event_registry *r, const char *type_name, const apic_event_identity *identity,
                                       const char *data_json, size_t len, const apic_event_options *opts, apic_buf *out,
                                       apic_error *err);

/**
 * Validates, encodes and posts one event to the client's events endpoint, signed as the
 * ingest operation's security says. On success *receipt (when receipt is not NULL) receives
 * the decoded receipt: free it with apic_value_free() on the ingest operation's result type
 * or the generated `_free`. Nothing is sent when validation fails. Returns 0; APIC_E_ARG or
 * APIC_E_VALIDATION as apic_event_encode() (nothing sent); or a call's errors (APIC_E_HTTP,
 * APIC_E_TRANSPORT, APIC_E_TIMEOUT, ...), the event then being written to the client's
 * dead-letter sink when it has one.
 */
APIC_EXPORT int apic_event_send(apic_client *client, const apic_event_registry *r, int type, const apic_event_identity *identity,
                                const void *data, const apic_event_options *opts, void **receipt, apic_error *err);

/**
 * apic_event_send() that returns at once (apic/async.h): the event is validated and encoded now
 * (a refusal is returned here and nothing is sent), then posted by the client's loop, with the
 * same retries, idempotency key (the event id) and dead letter as apic_event_send(). On
 * completion adapter(typed, user_data, rc, receipt, err) is called exactly once, on the loop
 * thread: receipt, on success, is the decoded receipt, the callback's to free. identity, data and
 * opts are read before this returns.
 * @return 0 (the adapter will be called); otherwise it never is and err says why: APIC_E_ARG,
 *         APIC_E_VALIDATION (err names the field), APIC_E_STATE (the client is being freed),
 *         APIC_E_NOMEM
 */
APIC_EXPORT int apic_event_send_async(apic_client *client, const apic_event_registry *r, int type,
                                      const apic_event_identity *identity, const void *data,
                                      const apic_event_options *opts, apic_async_adapter adapter, apic_async_fn typed,
                                      void *user_data, apic_async_call **call, apic_error *err);

/** apic_event_send() with the data as JSON text; see apic_event_encode_json(). */
APIC_EXPORT int apic_event_send_json(apic_client *client, const apic_event_registry *r, const char *type_name,
                                     const apic_event_identity *identity, const char *data_json, size_t len,
                                     const apic_event_options *opts, void **receipt, apic_error *err);

/**
 * Starts the client's background queue (apic/queue.h) for the events of registry r: batches of
 * envelopes are posted to the registry's batch operation as `{"events":[envelope,...]}`, at
 * most r->max_batch_events at a time, with the client's source in the registry's source
 * header (each envelope names its own source too), signed like any call of that operation. Its
 * URL is the client's events endpoint followed by what the batch path adds to the ingest path
 * (`/integrations/events` + `/batch`: events_endpoint + "/batch"), else base_url + its path.
 *
 * The answer holds one receipt per event, `{"id":"<event id>","status":"accepted"}`; a receipt
 * whose status is `rejected`, or that carries an `error` member, refuses its event, which is
 * dead-lettered with the error as the reason; any other status accepts it. An event the answer
 * has no receipt for is dead-lettered too (a replay is safe: the id is the idempotency key).
 * Dead-letter records name the single-event operation (r->ingest), so apic_dead_letter_replay()
 * sends them again one by one. The client needs a dead-letter sink (config.dead_letter).
 * @return the errors of apic_queue_start(); APIC_E_ARG when r has no batch operation
 */
APIC_EXPORT int apic_event_queue_start(apic_client *client, const apic_event_registry *r, const apic_queue_config *cfg,
                                       apic_error *err);

/**
 * Validates and encodes an event exactly as apic_event_send() does, on the caller's thread
 * (any error is returned at once and nothing is queued), then queues its envelope for the
 * client's queue to send in a batch; see apic_queue_enqueue() for the queue's own errors
 * (APIC_E_STATE: no running queue; APIC_E_FULL: no room). opts->retry must be NULL: batches
 * use the client's retry policy. No network I/O happens on the caller's thread.
 */
APIC_EXPORT int apic_event_enqueue(apic_client *client, const apic_event_registry *r, int type, const apic_event_identity *identity,
                                   const void *data, const apic_event_options *opts, apic_error *err);

/** apic_event_enqueue() with the data as JSON text; see apic_event_encode_json(). */
APIC_EXPORT int apic_event_enqueue_json(apic_client *client, const apic_event_registry *r, const char *type_name,
                                        const apic_event_identity *identity, const char *data_json, size_t len,
                                        const apic_event_options *opts, apic_error *err);

/**
 * Sends the records of the dead-letter file at path (apic/dead_letter.h) again, each with its
 * original idempotency key (the server applies a request once), then rewrites the file,
 * atomically, with only the records that still fail (and any line that is not a record, kept
 * as it was). Each record is sent:
 *
 * - when r is not NULL and the record is one of r's events (its operation is r->ingest, or it
 *   is an event record without `format`, from an earlier version): to the client's events
 *   endpoint through r->ingest, with the source its envelope names, as replays always did;
 * - otherwise as it was recorded (records of `format` 2: events of sessions and queues,
 *   requests recorded with all_requests): the same method, URL, headers, body, Content-Type
 *   and idempotency key, authenticated anew by this client's credentials, HMAC secret and
 *   signer through the first of the recorded security alternatives it has credentials for
 *   (a record holds none). So a file written with a wrong token is replayed by a client with
 *   the right one. A record without `format` that is not one of r's events cannot be sent as
 *   recorded and is kept (counted in report->kept).
 *
 * Each resend follows the client's retry policy; nothing a replay sends is dead-lettered
 * again. An unfinished last line, from a crash in the middle of a write, is skipped and
 * counted in report->torn. When path is the client's own dead-letter file, records the
 * process writes during the replay are kept (the file is not rotated until the replay ends),
 * and a second replay of it waits for the first. Do not run it while another process (a
 * fork()ed child included) appends to the same file. Returns 0 when the file was processed
 * (report says how it went), APIC_E_ARG without a client or path (or with a registry without
 * its ingest operation), or a status when the file could not be read or rewritten.
 */
APIC_EXPORT int apic_dead_letter_replay(apic_client *client, const apic_event_registry *r, const char *path,
                                        apic_replay_report *report, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
