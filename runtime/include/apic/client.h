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

#include "cache.h"
#include "dead_letter.h"
#include "error.h"
#include "export.h"
#include "flags.h"
#include "log.h"
#include "operation.h"
#include "request.h"
#include "retry.h"
#include "sign.h"
#include "sse.h"
#include "transport.h"
#include "webhook.h"

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
/** Default largest response body, in bytes, after decompression: 64 MiB. */
#define APIC_DEFAULT_MAX_RESPONSE_BYTES ((size_t)64 << 20)
/** Default largest total of a response's header lines, in bytes: 64 KiB. */
#define APIC_DEFAULT_MAX_RESPONSE_HEADER_BYTES ((size_t)64 << 10)
/** Most redirects one request follows, whatever apic_config.max_redirects asks. */
#define APIC_MAX_REDIRECTS 20

/**
 * Client configuration. All strings are borrowed during apic_client_new() and copied.
 * A zeroed config is valid except for base_url; zero numbers mean the defaults. An empty
 * token, api_key, username or hmac_secret counts as not configured. apic_client_new() checks
 * the values and names the member at fault (APIC_E_CONFIG): URLs need an http(s) scheme and a
 * host and must not hold user:password; values sent in headers must not hold control
 * characters (CR, LF, ...; a tab is allowed); durations must be 0 to APIC_MAX_DURATION_MS (24
 * hours). docs/bad-input.md lists every check. The copies of secrets (token, api_key, password,
 * hmac_secret and the key derived from it, webhook secrets, the encryption master key, the
 * proxy URL) are wiped before their memory is freed.
 */
typedef struct apic_config {
    /**
     * Required: http(s) scheme, host and base path, e.g. "https://h/api"; no query or fragment,
     * no spaces or control characters. User information ("https://user:pass@h") is refused: a
     * URL reaches logs, dead-letter records and messages, so credentials go in username and
     * password (or token) instead.
     */
    const char *base_url;
    /** Bearer token (http bearer, oauth2 and openIdConnect schemes), without control characters; NULL = not configured. */
    const char *token;
    /** Key for apiKey schemes, sent where each scheme says (header, query or cookie), without control characters; NULL = not configured. */
    const char *api_key;
    /** User name for http basic schemes (without ':'); NULL = basic not configured. */
    const char *username;
    /** Password for http basic, with username; NULL = empty. */
    const char *password;
    /** Longest time of one attempt, connecting and the whole response included, in ms; 0 = APIC_DEFAULT_TIMEOUT_MS; at most APIC_MAX_DURATION_MS. */
    long timeout_ms;
    /** Longest wait for a connection, per attempt, in milliseconds; 0 = APIC_DEFAULT_CONNECT_TIMEOUT_MS; at most APIC_MAX_DURATION_MS. */
    long connect_timeout_ms;
    /** User-Agent header of every request, without control characters; NULL = "apic/" APIC_VERSION, e.g. "apic/0.1.0". */
    const char *user_agent;
    /** CA bundle for TLS (libcurl transport only; must be readable); NULL = system default. Verification is always on. */
    const char *ca_file;
    /** A custom transport (copied; its destroy() runs when the client is freed). NULL = libcurl. */
    const apic_transport *transport;
    /** Secret for HMAC request signing (schemes of kind APIC_AUTH_HMAC); NULL = not signed. */
    const char *hmac_secret;
    /** Called last for every request to add headers of its own (copied); NULL = none. */
    const apic_signer *signer;
    /**
     * Where events go: a path on the host of base_url ("/api/integrations/events", the
     * default when NULL), or a complete http(s) URL (a query allowed; no fragment, no user:password).
     */
    const char *events_endpoint;
    /** Source sent with every event; NULL = APIC_DEFAULT_EVENT_SOURCE ("sdk"). */
    const char *event_source;
    /** When and how often to try again; zero members are the defaults (see apic/retry.h); delays and deadline at most APIC_MAX_DURATION_MS. */
    apic_retry_policy retry;
    /**
     * Where events (and, with its all_requests, other requests) that fail for good are recorded
     * (copied); NULL = nowhere (see apic/dead_letter.h). The background queue requires one.
     */
    const apic_dead_letter *dead_letter;
    /** Header carrying idempotency keys, a header name (no space, colon or control character); NULL = "Idempotency-Key" (generated SDKs pass the spec's). */
    const char *idempotency_header;
    /** What is logged (see apic/log.h); APIC_LOG_DEFAULT = the APIC_LOG environment variable, else nothing. */
    apic_log_level log_level;
    /** Receives log records; NULL = stderr, one JSON line each. */
    apic_log_sink log_sink;
    /** Passed unchanged as the first argument of every log_sink call; unused without a sink. */
    void *log_ctx;
    /** Mask email addresses, phone numbers and personal-data members in logs (APIC_REDACT_PII=1 in the environment also). */
    bool redact_pii;
    /** Longest body logged at debug level, in bytes; 0 = 4096. */
    size_t log_body_max;
    /** JSON member names holding personal data, NULL-terminated, copied; NULL = none (generated SDKs pass the spec's). */
    const char *const *pii_keys;
    /** How the API signs the webhooks it sends (apic/webhook.h); NULL = webhooks are received
     *  unverified. Generated SDKs pass the scheme their sdk.yaml names. */
    const apic_webhook_scheme *webhook_scheme;
    /** Secrets the webhooks may be signed with, newest first (rotation); copied. NULL = received
     *  unverified (apic/webhook_receive.h logs each at warn level). */
    const apic_webhook_secret *webhook_secrets;
    /** Number of entries of webhook_secrets. */
    size_t n_webhook_secrets;
    /** Largest distance of a webhook's timestamp from now, in seconds; 0 = the scheme's; negative:
     *  the age is not checked. */
    long webhook_tolerance_s;
    /** Values of string path parameters a call leaves unset, by name (copied), such as the
     *  `app_id` of every Pusher operation; NULL = none. A call's own value wins. */
    const apic_param_value *path_params;
    /** Number of entries of path_params. */
    size_t n_path_params;
    /** Master key of end-to-end encrypted channels (apic/pusher.h): base64 of exactly 32 bytes;
     *  NULL = none. */
    const char *encryption_master_key_base64;
    /** HTTP versions of the libcurl transport: HTTP/2 over TLS by default (apic_http_version). */
    apic_http_version http_version;
    /** One connection for requests from every thread, multiplexed over HTTP/2 (apic_curl_options.multiplex). */
    bool multiplex;
    /**
     * Size and lifetime of the caches of the reads the SDK caches (its sdk.yaml's `cache:`, see
     * apic/cache.h), copied; NULL = the SDK's own (APIC_CACHE_DEFAULT_* unless sdk.yaml says
     * otherwise). A zero max_entries or ttl_ms turns caching off: every call is sent.
     */
    const apic_cache_settings *cache;
    /**
     * Offline mode: nothing is ever sent. Every call returns APIC_E_OFFLINE at once (no attempt,
     * no dead letter, no queue), flag checks answer their defaults (apic/flags.h), and an SDK's
     * buffered events are dropped, each logged at debug level. For development and tests.
     */
    bool offline;
    /**
     * Proxy of every request of the libcurl transport: "http://host:port" (https://, socks5h://
     * and user:password@ also work: sent to the proxy only, and the copy is wiped when the client
     * is freed). NULL = the environment's, as curl reads it (http_proxy, https_proxy, all_proxy,
     * no_proxy), else none; "" = none, whatever the environment says.
     */
    const char *proxy;
    /** Answers of flags the API cannot answer (apic/flags.h), copied; NULL = none (false). */
    const apic_flag_default *flag_defaults;
    /** Number of entries of flag_defaults. */
    size_t n_flag_defaults;
    /** 409 Conflict is final, never retried (Schematic's rule: an upsert that conflicts will
     *  conflict again); false = retried like 408 and 429 (see apic/retry.h). */
    bool conflict_is_final;
    /**
     * Where operations with a server of their own (apic_operation.server: SuprSend's management
     * API) go instead, copied (each url checked as base_url is): {"https://management-api.suprsend.com", "http://127.0.0.1:4011"};
     * an entry whose spec_url is "*" redirects every such operation (a test server, a proxy).
     * NULL = each goes to its own server. config.base_url never redirects them.
     */
    const apic_server_url *servers;
    /** Number of entries of servers. */
    size_t n_servers;
    /**
     * Largest response body a call accepts, in bytes, counted after decompression (gzip and
     * deflate answers are asked for and inflated as they arrive); 0 = APIC_DEFAULT_MAX_RESPONSE_BYTES
     * (64 MiB). A body that grows past it, or announces more in Content-Length, stops the transfer
     * at once: the call fails with APIC_E_TOO_LARGE (not retried, nothing decoded, http_status
     * set). Error bodies count too. apic_request_options.max_response_bytes changes it per call.
     * An event stream (apic_call_events()) has no end: there the limit holds for each event.
     */
    size_t max_response_bytes;
    /** Largest total of a response's header lines, in bytes (interim 1xx responses included);
     *  0 = APIC_DEFAULT_MAX_RESPONSE_HEADER_BYTES (64 KiB). Beyond it: APIC_E_TOO_LARGE, not retried. */
    size_t max_response_header_bytes;
    /**
     * Redirects (301, 302, 303, 307, 308 with a Location) a request follows; 0 = none: a 3xx is
     * the answer (APIC_E_HTTP with its status). At most APIC_MAX_REDIRECTS; a chain longer than
     * allowed ends in APIC_E_HTTP with the last 3xx. The runtime follows them itself, not libcurl:
     * credentials (Authorization, the spec's API-key headers and cookies, signatures, a signer's
     * headers, any Cookie or Proxy-Authorization header) go only to the origin (scheme, host and
     * port) the request was made for, and once a redirect leaves it, to no later hop either. A
     * 303, and a 301 or 302 answering a POST, continue as a GET without the body; 307 and 308
     * repeat the method and body. The attempt's timeout covers the whole chain. An API key sent
     * in the query is not carried to the redirected URL.
     */
    unsigned max_redirects;
    /**
     * Public key(s) the API's TLS servers must present, checked on top of the certificate
     * (libcurl transport only): "sha256//" and the base64 of the SHA-256 of the key's DER,
     * several joined with ';' (the current key and its successor), or the path of a PEM or DER
     * public key file; NULL = no pinning. A server whose key matches none fails the call with
     * APIC_E_TRANSPORT, not retried. Malformed: APIC_E_CONFIG from apic_client_new(). Compute a
     * pin with `openssl x509 -in cert.pem -pubkey -noout | openssl pkey -pubin -outform der |
     * openssl dgst -sha256 -binary | base64`.
     */
    const char *pinned_public_key;
} apic_config;

/**
 * Initialiser of an apic_config: base_url (a string, borrowed until apic_client_new()) set and
 * every other member zero, i.e. the defaults. Usable from C and C++, where designated
 * initialisers are not available before C++20.
 */
#define APIC_CONFIG_INIT(base_url)                                                                    \
    { (base_url), NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {0, 0, 0, 0, 0}, \
      NULL, NULL, APIC_LOG_DEFAULT, NULL, NULL, false, 0, NULL, NULL, NULL, 0, 0, NULL, 0, NULL, APIC_HTTP_DEFAULT, false, \
      NULL, false, NULL, NULL, 0, false, NULL, 0, 0, 0, 0, NULL }

/**
 * A client (opaque): made by apic_client_new(), released by apic_client_free(). Immutable once
 * made and safe to share between threads; it also owns the background queue (apic/queue.h).
 */
typedef struct apic_client apic_client;

/**
 * Creates a client from cfg (read only during the call: everything is copied). Returns 0 with
 * *out set; APIC_E_ARG (cfg or out NULL); APIC_E_CONFIG (err names the member at fault, e.g.
 * `config.base_url: must start with http:// or https://`, or a dead-letter file that cannot be
 * opened); APIC_E_NOMEM. On failure *out is NULL.
 */
APIC_EXPORT int apic_client_new(const apic_config *cfg, apic_client **out, apic_error *err);

/**
 * Frees the client and its transport. A running background queue (apic/queue.h) is closed
 * first: drained for up to its close_timeout_ms, the rest written to the dead-letter sink.
 * Every copy of a secret the client holds is wiped before its memory is freed (copies libcurl
 * made of what it sent are libcurl's, freed by it). NULL is a no-op.
 */
APIC_EXPORT void apic_client_free(apic_client *client);

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
APIC_EXPORT int apic_call(apic_client *client, const apic_operation *op, const void *params, const void *body,
                          void **out, apic_error *err);

/** apic_call() with per-call options; opts may be NULL. */
APIC_EXPORT int apic_call_with(apic_client *client, const apic_operation *op, const void *params, const void *body,
                               const apic_request_options *opts, void **out, apic_error *err);

/**
 * apic_call_with() for an operation whose success response is a text/event-stream: each
 * event of a 2xx response goes to on_event as soon as its blank line arrives (the body is not
 * collected first). Returns 0 when the stream ended or on_event stopped it; other statuses as
 * apic_call() (a non-2xx answer is APIC_E_HTTP with its body in err). A call is retried as
 * usual until its first event was delivered, never after. The client's timeout_ms (or
 * opts->timeout_ms) bounds the whole stream. The stream as a whole has no size limit, but each
 * event does: an event (its data, type and the line being read) larger than max_response_bytes
 * (the call's, else the client's) stops the stream with APIC_E_TOO_LARGE, the events before it
 * delivered, that one not. A non-2xx answer's body obeys the limit as in apic_call(). opts may
 * be NULL.
 */
APIC_EXPORT int apic_call_events(apic_client *client, const apic_operation *op, const void *params, const void *body,
                                 const apic_request_options *opts, apic_sse_callback on_event, void *ctx, apic_error *err);

/**
 * What of a call forms its cache key, and the cache's defaults: generated from sdk.yaml's
 * `cache:` entry of the operation. Static in generated code.
 */
typedef struct apic_cache_spec {
    /** Names of the parameters and body members whose values form the key, NULL-terminated;
     *  string maps count whatever the order of their pairs, other values as their JSON text. */
    const char *const *key;
    size_t max_entries; /**< entries kept when config.cache is NULL; 0 = APIC_CACHE_DEFAULT_MAX_ENTRIES */
    long ttl_ms;        /**< freshness when config.cache is NULL; 0 = APIC_CACHE_DEFAULT_TTL_MS */
} apic_cache_spec;

/**
 * Turns on the cache of op (generated client constructors call it, right after
 * apic_client_new(), for each operation sdk.yaml caches): a 2xx JSON answer is kept, and the
 * same call within its time is answered from it, decoded afresh, with http_status 200 and
 * attempts 0 in err; apic_request_options.cache can skip or refresh it per call. Sized by
 * config.cache, else by spec; nothing happens when that turns caching off or in offline mode.
 * Not thread-safe: call it before the client is shared.
 * @return 0; APIC_E_ARG (a key name that is neither a parameter nor a body member of op);
 *         APIC_E_NOMEM
 */
APIC_EXPORT int apic_client_cache_op(apic_client *client, const apic_operation *op, const apic_cache_spec *spec,
                                     apic_error *err);

/** The cache of op (for SDK code that keeps answers of its own there), or NULL when op is not cached. */
APIC_EXPORT apic_cache *apic_client_cache(const apic_client *client, const apic_operation *op);

/** Drops every cached answer of every operation (flag values after a change you made, say). */
APIC_EXPORT void apic_client_cache_clear(apic_client *client);

/**
 * Writes a record to the client's log (config.log_level and log_sink decide whether and where),
 * for SDK code that does something worth telling beside a call: an event dropped in offline
 * mode, a default answered. op may be NULL. message must hold no secret: it is written as is.
 */
APIC_EXPORT void apic_client_log(const apic_client *client, apic_log_level level, const apic_operation *op,
                                 const char *message);

/** Whether the client is in offline mode (config.offline). */
APIC_EXPORT bool apic_client_offline(const apic_client *client);

/**
 * The client's config.event_source (APIC_DEFAULT_EVENT_SOURCE when it set none): the name a
 * generated session constructor gives the service that publishes. NULL for NULL.
 */
APIC_EXPORT const char *apic_client_event_source(const apic_client *client);

#ifdef __cplusplus
}
#endif
#endif
