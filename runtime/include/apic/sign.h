/**
 * @file apic/sign.h
 * @brief Message authentication codes and request signatures, exposed so that applications
 * (webhook receivers, tests) compute exactly what the SDK sends.
 */
#ifndef APIC_SIGN_H
#define APIC_SIGN_H

#include <stddef.h>

#include "buf.h"
#include "error.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A request on its way out, as a signer sees it: everything is final (URL, body bytes,
 * the headers of the schemes before it). Borrowed for the duration of the sign() call.
 */
typedef struct apic_signing {
    const char *method; /**< HTTP method, e.g. "POST" */
    const char *url;    /**< complete URL, query included */
    const char *target; /**< the request target: path and, when there is one, "?query" */
    const char *body;   /**< exact bytes sent (may be NULL when body_len is 0) */
    size_t body_len;    /**< bytes of body; 0 without a body */
    void *impl;         /**< private: the request being built, for apic_signing_add_header() */
} apic_signing;

/**
 * Adds a header to the request being signed (name and value are copied), for this attempt
 * only. The name must be a header name (an RFC 9110 token: no space, colon or control character)
 * and the value free of control characters (CR, LF, ...; a tab is allowed): otherwise nothing is
 * added, APIC_E_ARG is returned and the call stops with APIC_E_ARG naming the header, whatever
 * sign() returns, so a signer cannot split the request. Returns 0, APIC_E_ARG (a NULL argument,
 * a bad name or value) or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_signing_add_header(apic_signing *req, const char *name, const char *value);

/**
 * A user-supplied signer, last in the authentication chain (after the spec's schemes and
 * HMAC signing). sign() runs once per attempt and must be safe to call from several threads.
 * A non-zero return stops the call with that status (nothing is sent).
 */
typedef struct apic_signer {
    /**
     * Signs req, typically with apic_signing_add_header(). Returns 0, or a negative apic_status
     * (with a message in err, else "the signer refused the request") to stop the call. Required.
     */
    int (*sign)(void *ctx, apic_signing *req, apic_error *err);
    /** Passed unchanged as sign's first argument; borrowed: must outlive the client. */
    void *ctx;
} apic_signer;

/** Length of a lowercase hex SHA-256 digest, without the terminator. */
#define APIC_SHA256_HEX_LEN 64

/**
 * Writes the lowercase hex HMAC-SHA256 of the parts (concatenated, as one message) under key
 * into out (APIC_SHA256_HEX_LEN + 1 bytes, NUL-terminated). Returns 0, or APIC_E_NOMEM when
 * OpenSSL cannot allocate.
 */
APIC_EXPORT int apic_hmac_sha256_hex(const void *key, size_t key_len, const void *const *parts, const size_t *lens, size_t n,
                                     char *out);

/**
 * The HMAC request signature of apic_hmac_scheme: hex HMAC-SHA256(secret,
 * method "\n" target "\n" timestamp "\n" body) into out (65 bytes). Returns 0 or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_sign_request(const char *secret, const char *method, const char *target, long long timestamp,
                                  const char *body, size_t body_len, char *out);

/**
 * The query string Pusher's HTTP API signs a request with, as the Pusher libraries print it: the
 * request's own query (percent-encoded, without '?'; NULL or "" for none) and auth_key (key),
 * auth_timestamp (Unix seconds), auth_version (1.0) and, when body_len > 0, body_md5 (hex MD5 of
 * body), names lower-cased, values decoded, sorted by name and joined `k=v&k=v`, then
 * `&auth_signature=<hex HMAC-SHA256(secret, METHOD "\n" PATH "\n" that string)>`; appended to
 * out. Requests of APIC_AUTH_PUSHER schemes are signed this way. Returns 0, APIC_E_VALIDATION when
 * the query already uses one of those names, APIC_E_ARG, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_pusher_sign_query(const char *key, const char *secret, const char *method, const char *path,
                                       const char *query, const char *body, size_t body_len, long long timestamp,
                                       apic_buf *out, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
