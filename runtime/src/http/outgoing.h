/* A request being made: URL, body and headers, built once per call; authentication, redone
 * for every attempt (signatures carry a time). */
#ifndef APIC_HTTP_OUTGOING_H
#define APIC_HTTP_OUTGOING_H

#include <stdbool.h>
#include <stddef.h>

#include "apic/buf.h"
#include "apic/error.h"
#include "apic/operation.h"
#include "apic/request.h"
#include "apic/transport.h"
#include "http/settings.h"

/* Everything one request points at; owned here and released by apic_request_free(). */
typedef struct apic_request {
    apic_buf url;
    apic_buf body;
    const char *body_data; /* the bytes sent: body.data, or the caller's pre-encoded body */
    size_t body_len;
    char **lines; /* "Name: value" lines from apic_url_build, split in place for hdr */
    size_t n_lines;
    char **owned; /* header names and values built here (idempotency key, authentication, signers) */
    size_t n_owned, cap_owned;
    apic_header *hdr;
    size_t n_hdr, cap_hdr;
    char *idempotency_key; /* owned; NULL when none is sent */
    /* What the request was before authentication, restored before each attempt signs anew. */
    size_t base_url_len, base_n_owned;
    apic_header *base_hdr;
    size_t base_n_hdr;
    /* Authentication put a credential in the URL (an API key in the query, Pusher's auth_key):
     * the URL's memory, capacity included, is wiped when the request is freed. */
    bool url_secret;
    /* Why the signer's apic_signing_add_header() was refused in this attempt ("" when it was not):
     * the attempt fails with it even when the signer ignores the refusal. */
    char refused[160];
} apic_request;

/* Builds URL, body and headers (the idempotency key included). Returns 0 or a status, err set. */
/* The call's options (apic_request_options), refused with APIC_E_ARG naming the member at fault.
 * Also checked by calls that send nothing (offline mode, an answer from the cache), so that a
 * bad option is refused the same whatever the client's state. */
int apic_request_check_options(const apic_operation *op, const apic_request_options *opts, apic_error *err);

int apic_request_prepare(const apic_http_settings *c, const apic_operation *op, const void *params, const void *body,
                         const apic_request_options *opts, apic_request *o, apic_error *err);
/* Adds authentication for one attempt, replacing the previous attempt's. */
int apic_request_authenticate(const apic_http_settings *c, const apic_operation *op, apic_request *o, apic_error *err);
void apic_request_free(apic_request *o);

/* The name of op for messages. */
const char *apic_op_name(const apic_operation *op);
/* Prefixes err's message with the operation ("GET /contacts/{id}: ..."); returns rc. */
int apic_op_error(apic_error *err, int rc, const apic_operation *op);
/* Whether a media type is JSON (application/json or +json; NULL counts as JSON). */
bool apic_is_json_media(const char *media);

#endif
