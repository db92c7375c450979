/**
 * @file apic/retry.h
 * @brief When a failed attempt is tried again, and how long to wait first.
 *
 * The rules of the best SDKs (see the README): connection errors and timeouts, 408, 409, 429
 * and 5xx are retried, other 4xx never; a response header `x-should-retry: true|false`
 * overrides that. Waits honour `retry-after-ms`, then `Retry-After` (seconds or an HTTP date);
 * a server asking for more than max_retry_after_ms makes the call fail at once rather than
 * wait. Otherwise the wait is exponential from initial_delay_ms, capped at max_delay_ms, with
 * jitter: a random point in [75%, 100%] of the step. Only requests that are safe to repeat are
 * retried: GET, HEAD, PUT, DELETE and OPTIONS, and POST and PATCH when they carry an
 * idempotency key (every generated call does; see apic_request_options).
 */
#ifndef APIC_RETRY_H
#define APIC_RETRY_H

#include <stdbool.h>

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Retries after the first attempt when the policy leaves max_retries at 0. */
#define APIC_DEFAULT_MAX_RETRIES 3
/** max_retries value meaning "never retry". */
#define APIC_NO_RETRY (-1)
/** First backoff step, in milliseconds. */
#define APIC_DEFAULT_INITIAL_DELAY_MS 500L
/** Largest backoff step, in milliseconds. */
#define APIC_DEFAULT_MAX_DELAY_MS 8000L
/** Longest wait a server may ask for (Retry-After) before the call gives up instead. */
#define APIC_DEFAULT_MAX_RETRY_AFTER_MS 60000L

/**
 * Longest duration any timeout, delay or deadline may be given, in milliseconds: 24 hours.
 * Nothing an SDK waits for takes longer, so a larger value is taken for a mistake (seconds
 * multiplied twice, a size or an uninitialised variable in its place) and refused, naming the
 * member: config.timeout_ms, config.connect_timeout_ms, config.retry's delays and deadline
 * (APIC_E_CONFIG), apic_request_options' timeouts and retry policy (APIC_E_ARG), the queue's
 * intervals and timeouts (apic/queue.h). Negative values are refused the same way, except the
 * documented "no limit" ones (APIC_QUEUE_WAIT_FOREVER).
 */
#define APIC_MAX_DURATION_MS 86400000L

/** A retry policy. Zero members take the defaults above. */
typedef struct apic_retry_policy {
    /** Retries after the first attempt; 0 = default (3); APIC_NO_RETRY = none; at most 100 (config.retry and per call). */
    int max_retries;
    long initial_delay_ms;   /**< first backoff step, in milliseconds; 0 = 500; at most APIC_MAX_DURATION_MS */
    long max_delay_ms;       /**< cap on a backoff step, in milliseconds; 0 = 8000; at most APIC_MAX_DURATION_MS */
    long max_retry_after_ms; /**< longest server-asked wait honoured, in ms; 0 = 60000; longer fails the call; at most APIC_MAX_DURATION_MS */
    long deadline_ms;        /**< time for the whole call, every attempt and wait included, in ms; 0 = no limit; at most APIC_MAX_DURATION_MS */
} apic_retry_policy;

/**
 * Parses a Retry-After value: delta-seconds or an HTTP date (IMF-fixdate, as RFC 9110 says
 * senders must use). now is the current time in Unix seconds. Writes the wait in
 * milliseconds (0 for a date in the past) and returns true, or returns false when the value
 * is neither.
 */
APIC_EXPORT bool apic_parse_retry_after(const char *value, long long now, long long *wait_ms);

#ifdef __cplusplus
}
#endif
#endif
