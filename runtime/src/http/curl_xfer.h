/* A transfer of the libcurl transport that its caller drives, for the asynchronous engine:
 * the same handle set-up, callbacks, limits and error reporting as the transport's send(),
 * which is begin, curl_easy_perform, end. */
#ifndef APIC_HTTP_CURL_XFER_H
#define APIC_HTTP_CURL_XFER_H

#include <curl/curl.h>

#include "apic/transport.h"

typedef struct apic_curl_xfer apic_curl_xfer;
typedef struct apic_curl_pool apic_curl_pool;

/* The libcurl transport's handle pool behind t, or NULL when t is another transport. */
apic_curl_pool *apic_curl_pool_of(const apic_transport *t);

/* Sets a handle up for req (borrowed until the end, as res is, which the transfer fills): h, a
 * handle kept from an earlier end, or NULL for one of the pool. Returns 0 or a status, err set
 * (h, if any, is then released). */
int apic_curl_xfer_begin(apic_curl_pool *p, CURL *h, const apic_http_request *req, apic_http_response *res,
                         apic_curl_xfer **out, apic_error *err);
/* The easy handle to run (CURLOPT_PRIVATE is free for the caller). */
CURL *apic_curl_xfer_handle(const apic_curl_xfer *x);
/* Ends the transfer with curl's result (the handle out of any multi handle): returns what send()
 * would (res cleared on failure) and frees x. keep NULL: the handle goes back to the pool;
 * otherwise *keep receives it, cleared of the request, for a later begin. */
int apic_curl_xfer_end(apic_curl_xfer *x, CURLcode cc, CURL **keep, apic_error *err);
/* A kept handle back to the pool (freed when the pool is full). NULL is a no-op. */
void apic_curl_handle_release(apic_curl_pool *p, CURL *h);

#endif
