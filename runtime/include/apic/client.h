/**
 * @file apic/client.h
 * @brief The client: configuration, lifetime, and the one function that performs a call.
 *
 * A client is immutable once created and safe to share between threads. Creating the
 * first client performs libcurl's global set-up exactly once.
 */
#ifndef APIC_CLIENT_H
#define APIC_CLIENT_H

#include <stdbool.h>

#include "dead_letter.h"
#include "error.h"
#include "log.h"
#include "operation.h"
#include "retry.h"
#include "transport.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Default total timeout of one attempt, in milliseconds. */
#define APIC_DEFAULT_TIMEOUT_MS 30000L
/** Default connect timeout, in milliseconds. */
#define APIC_DEFAULT_CONNECT_TIMEOUT_MS 10000L
/** Default events endpoint: a path on the host of base_url. */
#define APIC_DEFAULT_EVENTS_ENDPOINT "/api/integrations/events"
/** Default event source, sent with every event. */
#define APIC_DEFAULT_EVENT_SOURCE "sdk"

/**
 * A request on its way out, as a signer sees it: everything is final (URL, body bytes,
 * the headers of the schemes before it). Borrowed for the duration of the sign() call.
 */
typedef struct apic_signing {
    const char *method;
    const char *url;    /**< complete URL, query included */
    const char *target; /**< the request target: path and, when there is one, "?query" */
    const char *body;   /**< exact bytes sent (may be NULL when body_len is 0) */
    size_t body_len;
    void *impl;         /**< for apic_signing_add_header() */
} apic_signing;

/** Adds a header to the request being signed (name and value are copied). Returns 0 or APIC_E_NOMEM. */
int apic_signing_add_header(apic_signing *req, const char *name, const char *value);

/**
 * A user-supplied signer, last in the authentication chain (after the spec's schemes and
 * HMAC signing). sign() runs once per attempt and must be safe to call from several threads.
 * A non-zero return stops the call with that status (nothing is sent).
 */
typedef struct apic_signer {
    int (*sign)(void *ctx, apic_signing *req, apic_error *err);
    void *ctx;
} apic_signer;

/**
 * Client configuration. All strings are borrowed during apic_client_new() and copied.
 * A zeroed config is valid except for base_url; zero numbers mean the defaults.
 */
typedef struct apic_config {
    const char *base_url;   /**< required: scheme, host and base path, e.g. "https://h/api" */
    const char *token;      /**< bearer token (http bearer, oauth2, openIdConnect schemes) */
    const char *api_key;    /**< value for apiKey schemes */
    const char *username;   /**< http basic */
    const char *password;   /**< http basic */
    long timeout_ms;        /**< total time per attempt; 0 = APIC_DEFAULT_TIMEOUT_MS */
    long connect_timeout_ms; /**< 0 = APIC_DEFAULT_CONNECT_TIMEOUT_MS */
    const char *user_agent; /**< NULL = "apic/<version>" */
    const char *ca_file;    /**< CA bundle for TLS; NULL = system default. Verification is always on. */
    /** A custom transport (copied; its destroy() runs when the client is freed). NULL = libcurl. */
    const apic_transport *transport;
    /** Secret for HMAC request signing (schemes of kind APIC_AUTH_HMAC); NULL = not signed. */
    const char *hmac_secret;
    /** Called last for every request to add headers of its own (copied); NULL = none. */
    const apic_signer *signer;
    /**
     * Where events go: a path on the host of base_url ("/api/integrations/events", the
     * default when NULL), or a complete http(s) URL.
     */
    const char *events_endpoint;
    /** Source sent with every event; NULL = APIC_DEFAULT_EVENT_SOURCE ("sdk"). */
    const char *event_source;
    /** When and how often to try again; zero members are the defaults (see apic/retry.h). */
    apic_retry_policy retry;
    /** Where events that fail for good are recorded (copied); NULL = nowhere (see apic/dead_letter.h). */
    const apic_dead_letter *dead_letter;
    /** Header carrying idempotency keys; NULL = "Idempotency-Key" (generated SDKs pass the spec's). */
    const char *idempotency_header;
    /** What is logged (see apic/log.h); APIC_LOG_DEFAULT = $APIC_LOG, else nothing. */
    apic_log_level log_level;
    /** Receives log records; NULL = stderr, one JSON line each. */
    apic_log_sink log_sink;
    void *log_ctx;
    /** Mask email addresses, phone numbers and personal-data members in logs ($APIC_REDACT_PII=1 also). */
    bool redact_pii;
    /** Longest body logged at debug level, in bytes; 0 = 4096. */
    size_t log_body_max;
    /** JSON member names holding personal data, NULL-terminated (generated SDKs pass the spec's). */
    const char *const *pii_keys;
} apic_config;

/** A config with base_url set and every other member zero (the defaults). Usable from C and C++. */
#define APIC_CONFIG_INIT(base_url)                                                                    \
    { (base_url), NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {0, 0, 0, 0, 0}, \
      NULL, NULL, APIC_LOG_DEFAULT, NULL, NULL, false, 0, NULL }

typedef struct apic_client apic_client;

/** Creates a client. On failure *out is NULL and err says which config key is wrong. */
int apic_client_new(const apic_config *cfg, apic_client **out, apic_error *err);

/**
 * Frees the client and its transport. A running background queue (apic/queue.h) is closed
 * first: drained for up to its close_timeout_ms, the rest written to the dead-letter sink.
 * NULL is a no-op.
 */
void apic_client_free(apic_client *client);

/**
 * Performs op. params points at the operation's parameter struct (may be NULL when no
 * parameter is required); body at a value of op->body (may be NULL when not required).
 * On a 2xx answer whose documented response has a type, a new value is decoded and stored
 * in *out (free it with apic_value_free(type, *out), or the generated `_free`); *out is
 * NULL otherwise. For APIC_STRING and APIC_ANY results *out is the `char *` itself (free()
 * it); an APIC_RESPONSE_TEXT response is the body text as is, an APIC_RESPONSE_BYTES one a
 * new apic_bytes (apic_bytes_free()), even when empty; an event stream is not read here (see
 * apic_call_events()). The body is encoded by op->body_kind (JSON, text, form, multipart or
 * bytes). With out == NULL the body is not decoded. On any other answer, returns APIC_E_HTTP with
 * the status and body in err. err is cleared first (apic_error_clear) and, on success,
 * keeps http_status and attempts, and the body when it was not decoded (a 2xx the operation
 * documents without a type, or not at all): release err with apic_error_clear() either way.
 */
int apic_call(apic_client *client, const apic_operation *op, const void *params, const void *body,
              void **out, apic_error *err);

/** Per-call options of apic_call_with(); zero members keep the client's behaviour. All borrowed. */
typedef struct apic_request_options {
    /** Complete URL used instead of base_url + op->path (query parameters are still added). */
    const char *url;
    /** Extra headers, sent after the operation's own and before authentication. */
    const apic_header *headers;
    size_t n_headers;
    /** Body bytes sent as they are (with op->body_media) instead of encoding `body`. */
    const char *body;
    size_t body_len;
    /** Retry policy of this call; NULL = the client's. */
    const apic_retry_policy *retry;
    long timeout_ms;         /**< per attempt; 0 = the client's */
    long connect_timeout_ms; /**< 0 = the client's */
    /**
     * Idempotency key sent on every attempt; NULL = a new UUID v4 for methods other than
     * GET, HEAD and OPTIONS. The same logical call must reuse its key when the caller retries.
     */
    const char *idempotency_key;
    /** Record the call in the client's dead-letter sink as an event when it fails for good. */
    bool is_event;
} apic_request_options;

/** apic_call() with per-call options; opts may be NULL. */
int apic_call_with(apic_client *client, const apic_operation *op, const void *params, const void *body,
                   const apic_request_options *opts, void **out, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
