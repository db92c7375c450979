/**
 * @file apic/transport.h
 * @brief The pluggable HTTP transport: one function that sends a request and fills a response.
 *
 * The default transport uses libcurl with a pool of reusable handles (keep-alive
 * connections, TLS verification on). Tests and users can substitute their own, for
 * example to record requests or to run over a different stack.
 */
#ifndef APIC_TRANSPORT_H
#define APIC_TRANSPORT_H

#include <stddef.h>

#include "buf.h"
#include "error.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One header line. */
typedef struct apic_header {
    const char *name;
    const char *value;
} apic_header;

typedef struct apic_http_response apic_http_response;

/**
 * Takes a response body piece by piece as it arrives, for responses read as a stream
 * (text/event-stream). write() gets each piece of the body of a 2xx response, in order, with
 * res->status and res's headers already filled; it returns 0 to go on, anything else to end
 * the transfer (send() then returns 0, as for a complete response).
 */
typedef struct apic_body_sink {
    int (*write)(void *ctx, const apic_http_response *res, const char *data, size_t len);
    void *ctx;
} apic_body_sink;

/** A request ready to send: the URL is complete (query string included). All borrowed. */
typedef struct apic_http_request {
    const char *method;
    const char *url;
    const apic_header *headers;
    size_t n_headers;
    const char *body;  /**< may be NULL when body_len is 0 */
    size_t body_len;
    long timeout_ms;   /**< total time allowed for this attempt; 0 = none */
    long connect_timeout_ms;
    /**
     * NULL: the body is collected in res->body. Otherwise a 2xx body may go to the sink as it
     * arrives instead (other statuses are always collected). A transport that ignores the sink
     * still works: the caller then reads the collected body, only later.
     */
    const apic_body_sink *sink;
} apic_http_request;

/** A received response. The transport fills it; apic_http_response_clear() frees it. */
struct apic_http_response {
    int status;
    apic_buf body;
    /** Received headers, names as sent by the server; owned strings. */
    char **header_names;
    char **header_values;
    size_t n_headers;
};

/** Case-insensitive header lookup; returns the first value or NULL. */
APIC_EXPORT const char *apic_http_response_header(const apic_http_response *res, const char *name);
/** Adds a received header (copies both). Returns 0 or APIC_E_NOMEM. For transports. */
APIC_EXPORT int apic_http_response_add_header(apic_http_response *res, const char *name, size_t name_len,
                                              const char *value, size_t value_len);
/** Frees the response's contents and zeroes it. */
APIC_EXPORT void apic_http_response_clear(apic_http_response *res);

/**
 * A transport. send() must be safe to call from several threads at once.
 * It returns 0 when any HTTP response arrived (whatever its status), or
 * APIC_E_TRANSPORT / APIC_E_TIMEOUT / APIC_E_NOMEM with err filled.
 */
typedef struct apic_transport {
    int (*send)(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err);
    /** Called once when the client is freed; may be NULL. */
    void (*destroy)(void *ctx);
    void *ctx;
} apic_transport;

/** Options of the libcurl transport. Zero means the default. */
typedef struct apic_curl_options {
    const char *ca_file;  /**< CA bundle path; NULL = system default */
    const char *user_agent;
    int max_idle_handles; /**< handles kept for reuse (default 16) */
} apic_curl_options;

/** Creates the libcurl transport. Returns 0, APIC_E_NOMEM or APIC_E_CONFIG. */
APIC_EXPORT int apic_curl_transport_new(const apic_curl_options *opts, apic_transport *out, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
