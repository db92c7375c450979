/**
 * @file apic/error.h
 * @brief Status codes and the error object every apic call fills on failure.
 *
 * Every function returns 0 (APIC_OK) or a negative apic_status. When the caller
 * passes a non-NULL apic_error, it receives what is needed to act: the kind,
 * a human sentence, the HTTP status and body, the request id, the attempts made
 * and whether a retry could help. Release it with apic_error_clear().
 */
#ifndef APIC_ERROR_H
#define APIC_ERROR_H

#include <stdbool.h>
#include <stddef.h>

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Return codes; an apic_error's kind is one of these. */
typedef enum apic_status {
    APIC_OK = 0,            /**< success; in an apic_error: no error recorded */
    APIC_E_CONFIG = -1,     /**< invalid client configuration */
    APIC_E_ARG = -2,        /**< invalid argument (NULL where a value is required, ...) */
    APIC_E_VALIDATION = -3, /**< a value breaks the schema; nothing was sent */
    APIC_E_ENCODE = -4,     /**< a value could not be serialised */
    APIC_E_DECODE = -5,     /**< a response body could not be parsed into its type */
    APIC_E_TRANSPORT = -6,  /**< connection failed, reset, or the response was malformed */
    APIC_E_TIMEOUT = -7,    /**< connect or total timeout reached */
    APIC_E_HTTP = -8,       /**< the server answered with a non-success status */
    APIC_E_NOMEM = -9,      /**< out of memory */
    APIC_E_FULL = -10,      /**< a bounded queue had no room (apic/queue.h) */
    APIC_E_STATE = -11,     /**< the object cannot do that now: a queue not running, closed, or in a fork()ed child */
    APIC_E_WEBHOOK_HEADER = -12,    /**< a webhook lacks a header its signature scheme needs (apic/webhook.h) */
    APIC_E_WEBHOOK_MALFORMED = -13, /**< a webhook's signature, timestamp or body cannot be read as its scheme says */
    APIC_E_WEBHOOK_TIMESTAMP = -14, /**< a webhook's timestamp is further from now than the tolerance */
    APIC_E_WEBHOOK_SIGNATURE = -15, /**< no signature of a webhook matches any secret */
    APIC_E_OFFLINE = -16,           /**< the client is in offline mode (config.offline): nothing is sent */
    /** A response exceeded a size limit (its body after decompression, its headers, or one event
     *  of a stream: apic_config.max_response_bytes, max_response_header_bytes,
     *  apic_request_options.max_response_bytes); the transfer was stopped there, nothing of it was
     *  decoded, and the call is not retried. */
    APIC_E_TOO_LARGE = -17,
    /** The call was cancelled before it completed (apic/async.h: apic_async_cancel(), or its
     *  client freed first); it is not dead-lettered. */
    APIC_E_CANCELLED = -18
} apic_status;

/** Failure details. Zero-initialise before first use; reusable after apic_error_clear(). */
typedef struct apic_error {
    apic_status kind;   /**< APIC_OK when no error is recorded */
    int http_status;    /**< HTTP status of the last response, 0 when none arrived */
    int attempts;       /**< requests actually sent (retries included) */
    bool retryable;     /**< true when repeating the call could succeed */
    char message[512];  /**< one human sentence, never containing a secret */
    char *body;         /**< owned copy of the last response body (NUL-terminated), or NULL */
    size_t body_len;    /**< length of body in bytes */
    char *request_id;   /**< owned copy of the server's request id header, or NULL */
} apic_error;

/** Frees what the error owns and resets it to the empty state. NULL is a no-op. */
APIC_EXPORT void apic_error_clear(apic_error *err);

/** A static English name for a status code, e.g. "HTTP error"; "unknown error" for a value that is none. */
APIC_EXPORT const char *apic_strerror(int status);

/**
 * Records an error: sets kind and a printf-style message, keeps other fields.
 * Returns kind so callers can write `return apic_error_set(err, APIC_E_ARG, "...")`.
 * err may be NULL.
 */
APIC_EXPORT int apic_error_set(apic_error *err, apic_status kind, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#ifdef __cplusplus
}
#endif
#endif
