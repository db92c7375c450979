/**
 * @file apic/log.h
 * @brief Structured logs that never show a secret and can mask personal data.
 *
 * Nothing is logged unless asked: set config.log_level (or the environment variable
 * APIC_LOG=error|warn|info|debug, case-insensitive, when the config leaves it at
 * APIC_LOG_DEFAULT; any other value logs nothing). Records go
 * to config.log_sink, or to stderr as one JSON line each. A level that is off costs one
 * comparison: no record is built.
 *
 * Whatever the settings, secrets are masked: Authorization, Proxy-Authorization, Cookie and
 * Set-Cookie; every header and query parameter the operation's security schemes declare (an
 * API key of any name, HMAC signature headers); query parameters such as auth_signature; and
 * the configured token, API key, password and HMAC secret wherever their text would appear.
 * With config.redact_pii (or APIC_REDACT_PII=1), email addresses and phone numbers in bodies
 * and messages are masked too (`j***@e***.com`, `+2547****678`), and so is every JSON member
 * the spec or the event registry marks as personal data (`x-pii: true`).
 */
#ifndef APIC_LOG_H
#define APIC_LOG_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How much is logged. */
typedef enum apic_log_level {
    APIC_LOG_DEFAULT = 0, /**< in a config: APIC_LOG from the environment, else off */
    APIC_LOG_OFF,         /**< nothing is logged, whatever APIC_LOG says */
    APIC_LOG_ERROR,       /**< calls that failed for good */
    APIC_LOG_WARN,        /**< attempts that failed and are retried; dead letters */
    APIC_LOG_INFO,        /**< every attempt: method, URL, status, duration, sizes */
    APIC_LOG_DEBUG        /**< and the headers and bodies (bounded) */
} apic_log_level;

/** One log record. Everything is already redacted; all borrowed for the duration of the sink call. */
typedef struct apic_log_record {
    apic_log_level level;        /**< the record's level: APIC_LOG_ERROR to APIC_LOG_DEBUG */
    const char *time;            /**< RFC 3339 UTC with milliseconds */
    const char *message;         /**< what happened, in one sentence (for a failure, the error message) */
    const char *operation;       /**< generated function name, or NULL */
    const char *method;          /**< HTTP method, e.g. "POST"; or NULL */
    const char *url;             /**< the request URL, sensitive query parameters masked; or NULL */
    int status;                  /**< HTTP status of the response, 0 when none */
    int attempt;                 /**< 1 for the first attempt, 0 when not about an attempt */
    long duration_ms;            /**< of the attempt, in milliseconds; -1 when not about an attempt */
    const char *request_id;      /**< the response's X-Request-Id header; or NULL */
    const char *idempotency_key; /**< the key the request carried; or NULL */
    /** bytes_sent: request body bytes the attempt sent (headers not counted); 0 when not about an attempt. */
    size_t bytes_sent, bytes_received; /**< bytes_received: response body bytes the attempt received; 0 likewise */
    const char *headers;         /**< debug: request headers, "Name: value" lines; or NULL */
    const char *request_body;    /**< debug: bounded, redacted; or NULL */
    const char *response_body;   /**< debug: bounded, redacted; or NULL */
    const char *json;            /**< the whole record as one line of JSON (no newline) */
} apic_log_record;

/** Receives records; must be safe to call from several threads at once. */
typedef void (*apic_log_sink)(void *ctx, const apic_log_record *record);

/**
 * The name of a level, as APIC_LOG spells it and JSON records show it: "default", "off",
 * "error", "warn", "info" or "debug"; "?" for a value that is no level.
 */
APIC_EXPORT const char *apic_log_level_name(apic_log_level level);

/**
 * Masks email addresses and phone numbers in text (n bytes), appending the result to out:
 * `jane.doe@example.com` -> `j***@e***.com` (also `jane%40example.com` in URLs), phone numbers in
 * E.164 or national form, with spaces, dashes, dots or parentheses -> first 5 and last 3 digits
 * kept (`+2547****678`). Returns 0 or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_mask_pii_text(const char *text, size_t n, apic_buf *out);

/**
 * Copies JSON text (n bytes) to out with personal data masked: string values whose member name
 * is in pii_keys (a NULL-terminated list; NULL for none) are masked whole, and emails and phone
 * numbers inside any other string are masked as by apic_mask_pii_text() (escapes decoded
 * first, so `\u0040` hides nothing). Text that is not JSON is masked as plain text.
 * Returns 0 or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_mask_pii_json(const char *json, size_t n, const char *const *pii_keys, apic_buf *out);

#ifdef __cplusplus
}
#endif
#endif
