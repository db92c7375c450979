/**
 * @file apic/transport.h
 * @brief The pluggable HTTP transport: one function that sends a request and fills a response.
 *
 * The default transport uses libcurl with a pool of reusable handles (keep-alive
 * connections, TLS verification on). Tests and users can substitute their own, for
 * example to record requests or to run over a different stack.
 *
 * The libcurl transport refuses TLS before 1.2, asks for compressed answers
 * (`Accept-Encoding: gzip, deflate`) and decompresses them as they arrive, so that every size
 * limit counts the decompressed bytes; it never follows a redirect itself (apic_call() may, see
 * apic_config.max_redirects).
 */
#ifndef APIC_TRANSPORT_H
#define APIC_TRANSPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One header line, `name: value`. Both strings borrowed, NUL-terminated. */
typedef struct apic_header {
    const char *name;  /**< header name, e.g. "X-Correlation-Id" (no colon, no spaces) */
    const char *value; /**< header value, without line breaks */
} apic_header;

/** A received response: see struct apic_http_response. */
typedef struct apic_http_response apic_http_response;

/**
 * Takes a response body piece by piece as it arrives, for responses read as a stream
 * (text/event-stream). write() gets each piece of the body of a 2xx response, in order, with
 * res->status and res's headers already filled; it returns 0 to go on, anything else to end
 * the transfer (send() then returns 0, as for a complete response). What goes to a sink is not
 * counted against apic_http_request.max_body_bytes: a stream has no end to wait for, so the
 * sink bounds what it keeps (apic_call_events() limits each event, see apic/sse.h).
 */
typedef struct apic_body_sink {
    /** Takes the next len bytes of the body at data (borrowed for the call); 0 = go on. */
    int (*write)(void *ctx, const apic_http_response *res, const char *data, size_t len);
    /** Passed unchanged as write's first argument. */
    void *ctx;
} apic_body_sink;

/** A request ready to send: the URL is complete (query string included). All borrowed. */
typedef struct apic_http_request {
    const char *method;         /**< HTTP method, e.g. "GET" */
    const char *url;            /**< complete URL, query string included */
    const apic_header *headers; /**< headers to send, in order (authentication included) */
    size_t n_headers;           /**< number of entries in headers */
    const char *body;  /**< may be NULL when body_len is 0 */
    size_t body_len;   /**< bytes of body; 0 = no body */
    long timeout_ms;   /**< total time allowed for this attempt, in milliseconds; 0 = no limit */
    long connect_timeout_ms; /**< longest wait for the connection, in milliseconds; 0 = the transport's default */
    /**
     * NULL: the body is collected in res->body. Otherwise a 2xx body may go to the sink as it
     * arrives instead (other statuses are always collected). A transport that ignores the sink
     * still works: the caller then reads the collected body, only later.
     */
    const apic_body_sink *sink;
    /**
     * Largest body accepted, in bytes, counted after decompression; 0 = no limit. A body that
     * grows past it (or announces more in Content-Length) ends the transfer at once: send()
     * returns APIC_E_TOO_LARGE and keeps nothing of it. apic_call() always passes one
     * (apic_config.max_response_bytes).
     */
    size_t max_body_bytes;
    /**
     * Largest total of the response's header lines, in bytes (status lines and interim 1xx
     * responses included); 0 = no limit. Beyond it, send() returns APIC_E_TOO_LARGE.
     */
    size_t max_header_bytes;
} apic_http_request;

/** A received response. The transport fills it; apic_http_response_clear() frees it. */
struct apic_http_response {
    int status;    /**< HTTP status code, e.g. 200 (the transport follows no redirect: a 3xx is an answer) */
    apic_buf body; /**< the body as received (empty when it went to the request's sink instead) */
    /** Received headers, names as sent by the server, in arrival order (duplicates kept); owned strings. */
    char **header_names;
    char **header_values; /**< header_values[i] is the value of header_names[i] */
    size_t n_headers;     /**< number of entries in header_names and header_values */
};

/** Case-insensitive (ASCII) header lookup; returns the first value (owned by res) or NULL, also for NULL arguments. */
APIC_EXPORT const char *apic_http_response_header(const apic_http_response *res, const char *name);
/** Adds a received header (copies both). Returns 0 or APIC_E_NOMEM. For transports. */
APIC_EXPORT int apic_http_response_add_header(apic_http_response *res, const char *name, size_t name_len,
                                              const char *value, size_t value_len);
/** Frees the response's contents and zeroes it (res itself is not freed). NULL is a no-op. */
APIC_EXPORT void apic_http_response_clear(apic_http_response *res);

/**
 * A transport. send() must be safe to call from several threads at once.
 * It returns 0 when any HTTP response arrived (whatever its status), or
 * APIC_E_TRANSPORT / APIC_E_TIMEOUT / APIC_E_NOMEM / APIC_E_TOO_LARGE with err filled.
 * err->retryable is true when send() is called; a transport sets it to false for a failure that
 * trying again cannot mend (the libcurl transport does so for a certificate that does not
 * verify and a public key that does not match the pin), and apic_call() then does not retry.
 */
typedef struct apic_transport {
    /**
     * Sends req and fills res (zeroed by the caller); err->attempts is counted by the caller.
     * Required. Any other non-zero return is reported as APIC_E_TRANSPORT.
     */
    int (*send)(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err);
    /** Called once when the client is freed; may be NULL. */
    void (*destroy)(void *ctx);
    /** Passed unchanged as send's and destroy's first argument. */
    void *ctx;
} apic_transport;

/** Which HTTP versions the libcurl transport speaks. */
typedef enum apic_http_version {
    /** HTTP/2 over TLS when the server offers it (ALPN), else HTTP/1.1; HTTP/1.1 in clear text. */
    APIC_HTTP_DEFAULT = 0,
    /** HTTP/1.1 only. */
    APIC_HTTP_1_1,
    /** HTTP/2 in clear text too, without an upgrade ("prior knowledge", h2c): the server must
     *  speak it; over TLS as APIC_HTTP_DEFAULT. */
    APIC_HTTP_2_PRIOR_KNOWLEDGE
} apic_http_version;

/** Options of the libcurl transport. Zero means the default. */
typedef struct apic_curl_options {
    const char *ca_file;  /**< CA bundle path (must be readable, else APIC_E_CONFIG); NULL = system default */
    /** User-Agent for requests that carry no such header (apic_call() always sends one); NULL = none. */
    const char *user_agent;
    int max_idle_handles; /**< idle handles (open connections) kept for reuse; 0 = 16; negative is APIC_E_CONFIG */
    apic_http_version http_version; /**< HTTP/2 over TLS by default */
    /**
     * Requests from every thread share the connections of one background thread, which
     * multiplexes them over HTTP/2: n threads calling at once use one connection, not n. Without
     * it each concurrent caller has a connection of its own (HTTP/2 or not). Event streams
     * (apic_call_events()) always run on the caller's thread. In a fork()ed child the transport
     * sends from the calling thread instead. libcurl before 8.0 cannot reuse a clear-text
     * connection opened with APIC_HTTP_2_PRIOR_KNOWLEDGE (curl issue 10634): with such a
     * libcurl each of those requests has a connection of its own.
     */
    bool multiplex;
    /** Proxy URL of every request; NULL = the environment's (http_proxy, https_proxy, all_proxy,
     *  no_proxy), else none; "" = none, whatever the environment says. */
    const char *proxy;
    /**
     * Public key every TLS server must present (libcurl's CURLOPT_PINNEDPUBLICKEY), on top of the
     * usual verification: "sha256//" and the base64 of the SHA-256 of the key's DER
     * (SubjectPublicKeyInfo), several joined with ';' (a key and its successor), or the path of a
     * PEM or DER public key file. NULL = no pin. A server whose key matches none fails with
     * APIC_E_TRANSPORT, not retried. Malformed: APIC_E_CONFIG.
     */
    const char *pinned_public_key;
} apic_curl_options;

/**
 * Creates the libcurl transport (the one a client uses when config.transport is NULL) in *out,
 * e.g. to wrap it in a transport of your own; opts NULL = the defaults. Release it with
 * out->destroy(out->ctx), unless it is given to a client as config.transport, whose
 * apic_client_free() does. Returns 0; APIC_E_ARG (out is NULL); APIC_E_CONFIG (an unreadable
 * ca_file, a malformed pinned_public_key, a negative max_idle_handles, or libcurl failing to
 * initialise); APIC_E_NOMEM.
 */
APIC_EXPORT int apic_curl_transport_new(const apic_curl_options *opts, apic_transport *out, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
