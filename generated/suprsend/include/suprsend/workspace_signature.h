/**
 * @file suprsend/workspace_signature.h
 * @brief The legacy authentication of SuprSend's workspaces: a workspace key and secret sign
 * each request, as SuprSend's older SDKs do, instead of the API key the current API takes
 * (`Authorization: Bearer`, config.token). Handwritten (spec/suprsend/c); part of the SDK.
 *
 * Every request carries `Date` (RFC 1123, GMT, e.g. `Mon, 02 Jan 2006 15:04:05 GMT`) and
 * `Authorization: <workspace key>:<signature>`, the signature being the base64 HMAC-SHA256, keyed
 * with the secret, of five lines joined by line feeds: the method, the hex MD5 of the body ("" for
 * an empty body), the Content-Type sent ("" when none is), the Date, and the request URI (path
 * and query). Each attempt is
 * signed anew, with its own Date. The secret is copied into the signer and wiped when it is
 * freed; it is never logged.
 *
 * @code
 * suprsend_config cfg = SUPRSEND_CONFIG_INIT;          // no cfg.token: the signature replaces it
 * suprsend_workspace_signer *signer = NULL;
 * if (suprsend_use_workspace_signature(&cfg, getenv("SUPRSEND_WORKSPACE_KEY"), getenv("SUPRSEND_WORKSPACE_SECRET"),
 *                                      &signer, &err) != 0 ||
 *     suprsend_client_new(&cfg, &client, &err) != 0) { ... }
 * ...
 * suprsend_client_free(client);
 * suprsend_workspace_signer_free(signer);             // after the client
 * @endcode
 */
#ifndef SUPRSEND_WORKSPACE_SIGNATURE_H
#define SUPRSEND_WORKSPACE_SIGNATURE_H

#include <stddef.h>
#include <time.h>

#include <apic/apic.h>

#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Length of a signature: base64 of the 32 bytes of HMAC-SHA256, without the terminator. */
#define SUPRSEND_SIGNATURE_LEN 44
/** Length of an RFC 1123 date, `Mon, 02 Jan 2006 15:04:05 GMT`, without the terminator. */
#define SUPRSEND_HTTP_DATE_LEN 29

/**
 * The signature of one request, for given inputs (the signer computes it this way; a test or a
 * receiver can compare).
 * @param secret the workspace secret
 * @param method the HTTP method, e.g. "POST"
 * @param body the bytes sent (may be NULL when body_len is 0)
 * @param body_len their length; 0 signs an empty MD5 ("")
 * @param content_type the Content-Type sent, or NULL / "" when none is
 * @param date the Date header sent
 * @param request_uri the path and, when there is one, "?query", e.g. "/trigger/"
 * @param out receives the base64 signature, NUL-terminated
 * @return 0; APIC_E_ARG (secret, method, date, request_uri or out NULL); APIC_E_NOMEM
 */
APIC_EXPORT int suprsend_workspace_signature(const char *secret, const char *method, const char *body, size_t body_len,
                                             const char *content_type, const char *date, const char *request_uri,
                                             char out[SUPRSEND_SIGNATURE_LEN + 1]);

/** Writes t as an RFC 1123 date in GMT (English names, whatever the locale), NUL-terminated. */
APIC_EXPORT void suprsend_http_date(time_t t, char out[SUPRSEND_HTTP_DATE_LEN + 1]);

/** The signer of a client (opaque): made by suprsend_use_workspace_signature(). */
typedef struct suprsend_workspace_signer suprsend_workspace_signer;

/**
 * Makes the clients created from cfg sign every request with the workspace key and secret (both
 * copied): sets cfg->signer to a new signer, returned in *out. Free it with
 * suprsend_workspace_signer_free() after every client made from cfg is freed.
 * @return 0; APIC_E_ARG (cfg, a key, a secret or out missing); APIC_E_CONFIG (cfg->token is set:
 *         it would send a second Authorization; cfg->signer is already set); APIC_E_NOMEM
 */
APIC_EXPORT int suprsend_use_workspace_signature(suprsend_config *cfg, const char *workspace_key,
                                                 const char *workspace_secret, suprsend_workspace_signer **out,
                                                 suprsend_error *err);

/** Wipes the secret and frees the signer. NULL is a no-op. */
APIC_EXPORT void suprsend_workspace_signer_free(suprsend_workspace_signer *signer);

#ifdef __cplusplus
}
#endif
#endif
