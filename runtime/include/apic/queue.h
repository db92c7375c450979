/**
 * @file apic/queue.h
 * @brief A bounded background delivery queue per client: enqueue returns at once, one thread
 * sends batches.
 *
 * What is queued is an item: an id and its encoded JSON (for events, the envelope and its
 * id). How a batch is wrapped and sent is the caller's choice, given once in an
 * apic_queue_sender (for events, apic_event_queue_start() fills it from the registry's batch
 * operation). The queue itself knows no API.
 *
 * @code
 * apic_queue_config q = APIC_QUEUE_CONFIG_INIT;    // 10,000 events, batches of 100 or 500 KB, every 5 s
 * q.overflow = APIC_QUEUE_OVERFLOW_BLOCK;           // a full queue makes enqueue wait, up to block_timeout_ms
 * if (apic_event_queue_start(client, &registry, &q, &err) != 0) ...
 * apic_event_enqueue(client, &registry, type, &who, &data, NULL, &err);   // validated here, sent later
 * apic_queue_flush(client, 5000, &err);             // everything enqueued so far is settled
 * apic_queue_close(client, 10000, &err);            // or apic_client_free(): drain, stop, spool the rest
 * @endcode
 *
 * Delivery. One thread per queue takes items in the order they were enqueued and sends them
 * in batches: a batch leaves when it is full (batch_max_items items or batch_max_bytes bytes
 * of request body), when its oldest item has waited flush_interval_ms, or at once when a
 * flush or close asks. A batch is one call (apic_call_with() semantics) with the client's
 * retry policy and an idempotency key of its own (a UUID v4), the same on every retry of that
 * batch. The thread never holds the queue's lock while sending.
 *
 * Nothing is dropped silently. Every enqueued item ends in exactly one of: delivered (the
 * server accepted it), dead-lettered (recorded in the client's dead-letter sink, see
 * apic/dead_letter.h, as its own record of kind "event" whose idempotency key is the item's
 * id, so apic_dead_letter_replay() can send it again one by one), or lost (its record could
 * not be written, e.g. a full disk; logged at error level and counted). Items are
 * dead-lettered when their batch fails for good (retries exhausted, a status that is not
 * retried, an answer that cannot be read), when the server's answer refuses them one by one,
 * and when close() gives up waiting (the spool). That is why starting a queue needs a client
 * with a dead-letter sink (config.dead_letter). The books always balance:
 * `enqueued == delivered + dead_lettered + lost + queued` (apic_queue_stats).
 *
 * Bounds. The queue holds at most max_items items and max_bytes bytes of item JSON, counting
 * the batch in flight until it is settled (so memory stays bounded while a slow server is
 * retried); add one request body of at most batch_max_bytes being sent, and a few dozen bytes
 * of bookkeeping per item. When an item does not fit, the overflow policy decides:
 * APIC_QUEUE_OVERFLOW_BLOCK waits for room up to block_timeout_ms and then fails with
 * APIC_E_FULL (the caller still holds the item; err->retryable is true);
 * APIC_QUEUE_OVERFLOW_DEAD_LETTER records the item in the dead-letter sink at once and
 * returns APIC_E_FULL with err->retryable false (the item is safe: do not enqueue it again).
 *
 * Threads. Enqueue, flush and the stats are safe from any number of threads; enqueue copies
 * the item and never does network I/O on the caller's thread (with the dead-letter policy a
 * full queue writes one dead-letter record there, which is file I/O, or your callback). Start,
 * close and apic_client_free() must not run at the same time as each other; an enqueue that
 * races with close gets APIC_E_STATE, never a crash (the queue's memory lives until the client
 * is freed).
 *
 * fork(). The delivery thread is not copied into a child process, so the child's copy of the
 * queue cannot deliver anything: in the child, enqueue, flush and close return APIC_E_STATE
 * ("... in a fork()ed child ...") and leave the items alone; the parent's queue is unaffected
 * and still delivers every item the parent enqueued (the child's copies of them are never
 * sent, so nothing goes twice). apic_client_free() in the child releases the child's copy of
 * the memory and nothing else. The queue's locks are taken around fork() (pthread_atfork), so
 * a fork while other threads enqueue leaves the child a consistent copy. A child that wants to
 * send creates a client of its own and starts its own queue.
 */
#ifndef APIC_QUEUE_H
#define APIC_QUEUE_H

#include <stdbool.h>
#include <stddef.h>

#include "client.h"
#include "error.h"
#include "export.h"
#include "operation.h"
#include "transport.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Default bound of the queue, in items (Segment's libraries: 10,000). */
#define APIC_QUEUE_DEFAULT_MAX_ITEMS 10000u
/** Default bound of the queue, in bytes of item JSON (16 MiB). */
#define APIC_QUEUE_DEFAULT_MAX_BYTES (16u * 1024u * 1024u)
/** Default largest batch, in items (Schematic and Segment: 100). */
#define APIC_QUEUE_DEFAULT_BATCH_ITEMS 100u
/** Default largest batch, in bytes of request body (500 KB, Segment's batch limit). */
#define APIC_QUEUE_DEFAULT_BATCH_BYTES 512000u
/** Default longest time an item waits for its batch to fill, in milliseconds (Schematic: 5 s). */
#define APIC_QUEUE_DEFAULT_FLUSH_INTERVAL_MS 5000L
/** Default longest wait for room in a full queue (APIC_QUEUE_OVERFLOW_BLOCK), in milliseconds. */
#define APIC_QUEUE_DEFAULT_BLOCK_TIMEOUT_MS 1000L
/** Default time apic_client_free() gives a running queue to drain before it spools the rest, in milliseconds. */
#define APIC_QUEUE_DEFAULT_CLOSE_TIMEOUT_MS 10000L
/** A timeout (block_timeout_ms, close_timeout_ms, or a flush's or close's timeout_ms) meaning "wait as long as it takes". */
#define APIC_QUEUE_WAIT_FOREVER (-1L)

/** What enqueue does when the item does not fit in the queue. */
typedef enum apic_queue_overflow {
    /** Wait for room up to block_timeout_ms, then fail with APIC_E_FULL; the caller keeps the item. */
    APIC_QUEUE_OVERFLOW_BLOCK = 0,
    /** Record the item in the dead-letter sink at once and return APIC_E_FULL (err->retryable false). */
    APIC_QUEUE_OVERFLOW_DEAD_LETTER
} apic_queue_overflow;

/** Queue settings. Zero members take the defaults above; APIC_QUEUE_CONFIG_INIT spells them out. */
typedef struct apic_queue_config {
    size_t max_items;        /**< items queued or in flight, at most; 0 = APIC_QUEUE_DEFAULT_MAX_ITEMS */
    size_t max_bytes;        /**< bytes of item JSON queued or in flight, at most; 0 = APIC_QUEUE_DEFAULT_MAX_BYTES */
    size_t batch_max_items;  /**< items per batch, at most (and at most the sender's max_items); 0 = 100 */
    size_t batch_max_bytes;  /**< request body per batch, at most (one larger item goes alone); 0 = 500 KB */
    long flush_interval_ms;  /**< longest wait of an item for its batch to fill; 0 = 5000; at most APIC_MAX_DURATION_MS */
    apic_queue_overflow overflow; /**< when an item does not fit; APIC_QUEUE_OVERFLOW_BLOCK (0) by default */
    long block_timeout_ms;   /**< longest wait for room (BLOCK); 0 = 1000; APIC_QUEUE_WAIT_FOREVER = no limit; at most APIC_MAX_DURATION_MS */
    long close_timeout_ms;   /**< drain time apic_client_free() allows; 0 = 10000; APIC_QUEUE_WAIT_FOREVER = no limit; at most APIC_MAX_DURATION_MS */
} apic_queue_config;

/** Initialiser of an apic_queue_config holding the defaults, written out. Usable from C and C++. */
#define APIC_QUEUE_CONFIG_INIT                                                                                     \
    { APIC_QUEUE_DEFAULT_MAX_ITEMS, APIC_QUEUE_DEFAULT_MAX_BYTES, APIC_QUEUE_DEFAULT_BATCH_ITEMS,                  \
      APIC_QUEUE_DEFAULT_BATCH_BYTES, APIC_QUEUE_DEFAULT_FLUSH_INTERVAL_MS, APIC_QUEUE_OVERFLOW_BLOCK,             \
      APIC_QUEUE_DEFAULT_BLOCK_TIMEOUT_MS, APIC_QUEUE_DEFAULT_CLOSE_TIMEOUT_MS }

/** One queued item, as a sender's read_answer() sees it. Borrowed. */
typedef struct apic_queue_item {
    const char *id;   /**< the item's id: its idempotency key in a dead-letter record */
    const char *json; /**< the encoded item, exactly as enqueued (NUL-terminated) */
    size_t len;       /**< bytes of json, the terminator not counted */
} apic_queue_item;

/** What the server's answer said of one item of a batch it accepted; read_answer() fills it. */
typedef struct apic_queue_verdict {
    bool rejected;    /**< the server refused this item: it is dead-lettered with the reason */
    char reason[160]; /**< why, for the dead-letter record and the log */
} apic_queue_verdict;

/**
 * How batches are made and sent. Everything is copied by apic_queue_start() except ctx and
 * the operations, which must outlive the queue (generated descriptors are static).
 */
typedef struct apic_queue_sender {
    /** The batch operation: its body is sent as the bytes below (op->body_media), no parameters. Required. */
    const apic_operation *op;
    /** Complete URL of the batch endpoint; NULL = the client's base_url + op->path. */
    const char *url;
    /** The body is head, the items joined by separator, then tail; NULL = "[" (a JSON array). */
    const char *head;
    /** Written between two items; NULL = ",". */
    const char *separator;
    /** Written after the last item; NULL = "]". */
    const char *tail;
    /** Headers sent with every batch (after the operation's, before authentication). */
    const apic_header *headers;
    /** Number of entries in headers (names and values without control characters, else APIC_E_ARG). */
    size_t n_headers;
    /** Most items the endpoint takes in one request (caps batch_max_items); 0 = no limit of its own. */
    size_t max_items;
    /**
     * Reads the body of a 2xx answer to a batch of n items (answer is JSON text, NULL when the
     * body was empty) and sets verdicts[i].rejected, with a reason, for each item the server
     * refused; verdicts come zeroed. Returns 0, or non-zero when the answer cannot be read:
     * every item of the batch is then dead-lettered (a replay is safe: the ids are idempotency
     * keys). Runs on the delivery thread. NULL = a 2xx answer accepts every item.
     */
    int (*read_answer)(void *ctx, const char *answer, size_t len, const apic_queue_item *items, size_t n,
                       apic_queue_verdict *verdicts);
    /** Passed unchanged as read_answer's first argument; borrowed: must outlive the queue. */
    void *ctx;
    /** The single-item operation named in dead-letter records (a replay sends items through it); NULL = op. */
    const apic_operation *item_op;
    /** The URL written in those records; NULL = the client's base_url + item_op->path. */
    const char *item_url;
} apic_queue_sender;

/** The queue's books. Counters cover the client's whole life (a restarted queue goes on counting). */
typedef struct apic_queue_stats {
    bool running;                        /**< started and not closed (in this process) */
    unsigned long long enqueued;         /**< items accepted into the queue */
    unsigned long long delivered;        /**< items the server accepted */
    unsigned long long dead_lettered;    /**< enqueued items recorded in the dead-letter sink (all causes below) */
    unsigned long long rejected;         /**< of dead_lettered: refused one by one in a batch's answer */
    unsigned long long spooled;          /**< of dead_lettered: still undelivered when the queue closed */
    unsigned long long lost;             /**< items whose dead-letter record could not be written (logged) */
    unsigned long long overflowed;       /**< items dead-lettered at enqueue by a full queue (not in enqueued) */
    unsigned long long refused_full;     /**< enqueue calls that found no room in time: the caller kept the item */
    unsigned long long batches;          /**< batches sent (a batch counts once, whatever its attempts) */
    unsigned long long retried_batches;  /**< batches that took more than one attempt */
    unsigned long long attempts;         /**< requests made for batches, retries included */
    size_t queued;                       /**< items waiting or in flight now */
    size_t queued_bytes;                 /**< their bytes of JSON */
    size_t high_water_items;             /**< the most items queued at once */
    size_t high_water_bytes;             /**< the most bytes queued at once (bounded by max_bytes) */
} apic_queue_stats;

/**
 * Starts the client's queue and its delivery thread. A client has one queue; it can be
 * started again after apic_queue_close(). The client needs a dead-letter sink. sender is
 * copied (see apic_queue_sender); cfg NULL means every default.
 * @return 0; APIC_E_ARG (NULL client, sender or sender->op, or a sender header with a control
 *         character); APIC_E_CONFIG (err names the setting: no dead-letter sink, a bound below
 *         a batch, ...); APIC_E_STATE (already
 *         running, or called in a fork()ed child of the process that started it);
 *         APIC_E_NOMEM (memory, or no thread could be created)
 */
APIC_EXPORT int apic_queue_start(apic_client *client, const apic_queue_sender *sender, const apic_queue_config *cfg,
                                 apic_error *err);

/**
 * Queues a copy of one item (json, len bytes; id: at most 200 characters, no control
 * characters). Returns when the item is queued; delivery happens on the queue's thread.
 * @return 0; APIC_E_ARG (missing or bad id or json, or an item larger than max_bytes);
 *         APIC_E_STATE (no running queue: not started, closing, closed, or a fork()ed child);
 *         APIC_E_FULL (see the overflow policy: err->retryable says whether the caller still
 *         holds the item); APIC_E_NOMEM
 */
APIC_EXPORT int apic_queue_enqueue(apic_client *client, const char *id, const char *json, size_t len, apic_error *err);

/**
 * Sends what is queued now, without waiting for batches to fill, and waits until every item
 * enqueued before this call is delivered or dead-lettered (its record written).
 * timeout_ms: the longest wait, up to APIC_MAX_DURATION_MS; 0 = do not wait (only ask);
 * APIC_QUEUE_WAIT_FOREVER = no limit.
 * @return 0 (also when no queue was ever started); APIC_E_TIMEOUT (err counts what is left);
 *         APIC_E_STATE in a fork()ed child; APIC_E_ARG (a timeout_ms below
 *         APIC_QUEUE_WAIT_FOREVER or above APIC_MAX_DURATION_MS)
 */
APIC_EXPORT int apic_queue_flush(apic_client *client, long timeout_ms, apic_error *err);

/**
 * Closes the queue: new items are refused (APIC_E_STATE), what is queued is sent for up to
 * timeout_ms (APIC_QUEUE_WAIT_FOREVER: until done), the delivery thread stops, and every item
 * still undelivered is written to the dead-letter sink (the spool) for a later
 * apic_dead_letter_replay(). A retry wait in progress is cut short when the time is up; an
 * attempt in progress is not, so close may take up to one attempt's timeout (config.timeout_ms)
 * longer. The queue's memory is released by apic_client_free(), which closes a running queue
 * itself with close_timeout_ms.
 * @return 0 when everything was delivered or dead-lettered in time, or no queue was running;
 *         APIC_E_TIMEOUT when time ran out and items were spooled (err says how many);
 *         APIC_E_TRANSPORT when some record could not be written (lost; err says how many);
 *         APIC_E_STATE in a fork()ed child (the queue belongs to the parent); APIC_E_ARG (a
 *         timeout_ms below APIC_QUEUE_WAIT_FOREVER or above APIC_MAX_DURATION_MS)
 */
APIC_EXPORT int apic_queue_close(apic_client *client, long timeout_ms, apic_error *err);

/** Reads the books (zeroes when no queue was ever started). Safe at any time, from any thread. */
APIC_EXPORT void apic_queue_get_stats(const apic_client *client, apic_queue_stats *out);

#ifdef __cplusplus
}
#endif
#endif
