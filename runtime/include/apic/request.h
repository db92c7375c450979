/**
 * @file apic/request.h
 * @brief Per-call options: what one call changes of the client's behaviour (URL, headers, body
 * bytes, retry policy, timeouts, idempotency key).
 */
#ifndef APIC_REQUEST_H
#define APIC_REQUEST_H

#include <stdbool.h>
#include <stddef.h>

#include "retry.h"
#include "transport.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A parameter's name and its value as text. */
typedef struct apic_param_value {
    const char *name;  /**< the parameter's name in the spec, e.g. "app_id" */
    const char *value; /**< its value */
} apic_param_value;

/** An operation's own server (from the spec) and the URL its requests go to instead. */
typedef struct apic_server_url {
    const char *spec_url; /**< the server the spec gives, as apic_operation.server spells it, or "*" for all */
    const char *url;      /**< http(s) scheme, host and base path to use instead; no query or fragment */
} apic_server_url;

/** What a call does with its operation's cache (apic_client_cache_op()). */
typedef enum apic_cache_use {
    APIC_CACHE_USE = 0, /**< answer from the cache when it can, keep what the API answers */
    APIC_CACHE_SKIP,    /**< neither read nor write the cache */
    APIC_CACHE_REFRESH  /**< ask the API, and keep its answer */
} apic_cache_use;

/**
 * Per-call options of apic_call_with(); zero members keep the client's behaviour. All borrowed.
 * They are checked before anything is built or sent: a fault is APIC_E_ARG, its message naming
 * the member, e.g. `GET /things: options.headers[1] ("X-Trace"): the value contains a control
 * character ...`; docs/bad-input.md lists every check.
 */
typedef struct apic_request_options {
    /** Complete URL used instead of base_url + op->path (query parameters are still added): http(s), a host,
     *  no spaces, control characters, fragment or user:password. */
    const char *url;
    /** Extra headers, sent after the operation's own and before authentication. Each name must be a header
     *  name (an RFC 9110 token: no space, colon or control character), each value free of control
     *  characters (CR, LF, ...; a tab is allowed), so that no header can be added and no request split. */
    const apic_header *headers;
    /** Number of entries in headers. */
    size_t n_headers;
    /**
     * Body bytes sent as they are instead of encoding `body`, with Content-Type op->body_media
     * (application/json when it has none), even for an operation that declares no body. NULL = encode `body`.
     */
    const char *body;
    /** Bytes of body. */
    size_t body_len;
    /** Retry policy of this call (max_retries up to 100, delays and deadline up to APIC_MAX_DURATION_MS); NULL = the client's. */
    const apic_retry_policy *retry;
    long timeout_ms;         /**< longest time of one attempt, in milliseconds; 0 = the client's; at most APIC_MAX_DURATION_MS */
    long connect_timeout_ms; /**< longest wait for a connection, in milliseconds; 0 = the client's; at most APIC_MAX_DURATION_MS */
    /**
     * Idempotency key sent on every attempt (whatever the method), not empty and without control
     * characters; NULL = a new UUID v4 for methods other than GET, HEAD and OPTIONS. The same
     * logical call must reuse its key when the caller retries.
     */
    const char *idempotency_key;
    /** Record the call in the client's dead-letter sink as an event when it fails for good. */
    bool is_event;
    /** What the call does with its operation's cache, if it has one. */
    apic_cache_use cache;
    /** A response header to read (case-insensitive), such as "Link"; NULL = none. */
    const char *response_header;
    /** Receives a copy of that header's value from the answer that ends a successful call (free()
     *  it; NULL when the answer has none). What it held before is freed first. */
    char **response_header_value;
    /** Largest response body of this call, in bytes after decompression (for apic_call_events():
     *  of each event); 0 = the client's (apic_config.max_response_bytes). Larger: APIC_E_TOO_LARGE. */
    size_t max_response_bytes;
} apic_request_options;

#ifdef __cplusplus
}
#endif
#endif
