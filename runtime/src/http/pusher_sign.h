/* Pusher's query signing (APIC_AUTH_PUSHER), shared by request authentication, signed URIs and the
 * public apic_pusher_sign_query(). */
#ifndef APIC_HTTP_PUSHER_SIGN_H
#define APIC_HTTP_PUSHER_SIGN_H

#include <stddef.h>

#include "apic/buf.h"
#include "http/hmac.h"

/* The signing parameters of a request: everything after '?' that is added, in query form. */
typedef struct apic_pusher_signature {
    char key_part[160];                 /* "auth_key=...&auth_timestamp=...&auth_version=1.0[&body_md5=...]" */
    char signature[APIC_SHA256_HEX_LEN + 1]; /* the hex auth_signature */
} apic_pusher_signature;

/* Signs method, path and the query already in the URL (percent-encoded, without '?'; NULL or ""
 * for none) with secret under key at timestamp (Unix seconds), over body (body_md5 when body_len
 * > 0). When sorted is not NULL the string that was signed is appended to it, then
 * "&auth_signature=...": the form the Pusher libraries print. Returns 0, -1 with *why set (a
 * reserved name in query, a key that does not fit), or APIC_E_NOMEM. */
int apic_pusher_sign(const apic_hmac_key *secret, const char *key, const char *method, const char *path,
                     const char *query, const char *body, size_t body_len, long long timestamp,
                     apic_pusher_signature *out, apic_buf *sorted, const char **why);

#endif
