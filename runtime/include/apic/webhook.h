/**
 * @file apic/webhook.h
 * @brief Verifying (and making) the signatures of webhooks: one verifier, schemes as data.
 *
 * A sender signs what it posts with an HMAC-SHA256 over some of the request (the body, and often
 * an id and a timestamp) and puts the result in a header. How it does so is an apic_webhook_scheme:
 * which headers, hex or base64, a prefix such as `sha256=` or `v1,`, what is signed with which
 * separators, how the secret is written. Standard Webhooks (and Svix), Pusher (and so Sockudo) and
 * Schematic are given (APIC_WEBHOOK_STANDARD, APIC_WEBHOOK_SVIX, APIC_WEBHOOK_PUSHER,
 * APIC_WEBHOOK_SCHEMATIC); any other sender
 * is described the same way, without C changes.
 *
 * @code
 * apic_webhook_secret secrets[] = {{NULL, getenv("WEBHOOK_SECRET")}, {NULL, old_secret}}; // rotation
 * apic_webhook_verifier *v = NULL;
 * if (apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, secrets, 2, 0, &v, &err) != 0) ...;
 * if (apic_webhook_verify(v, headers, n_headers, body, body_len, 0, &err) != 0) {
 *     // err.kind says why: APIC_E_WEBHOOK_HEADER, _MALFORMED, _TIMESTAMP or _SIGNATURE
 * }
 * apic_webhook_verifier_free(v);
 * @endcode
 *
 * The verifier takes the raw body and the headers as received: names in any case, a header
 * given several times (a header the scheme reads that comes twice with different values is
 * refused: which one was signed cannot be told). Signatures are compared in constant time, and
 * no error message ever holds a secret or an expected signature. A webhook with an empty body is
 * refused: every sender posts a payload.
 */
#ifndef APIC_WEBHOOK_H
#define APIC_WEBHOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "export.h"
#include "transport.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How a signature is written in its header. */
typedef enum apic_webhook_encoding {
    APIC_WEBHOOK_HEX = 0, /**< lowercase or uppercase hex digits, 64 of them */
    APIC_WEBHOOK_BASE64   /**< standard base64 (RFC 4648 section 4), padded: 44 characters */
} apic_webhook_encoding;

/** How a secret is written in apic_webhook_secret.secret. */
typedef enum apic_webhook_secret_format {
    APIC_WEBHOOK_SECRET_TEXT = 0, /**< its bytes are the key as they are (Pusher, Schematic) */
    APIC_WEBHOOK_SECRET_WHSEC,    /**< `whsec_` (optional) followed by the key in base64 (Standard Webhooks) */
    APIC_WEBHOOK_SECRET_BASE64    /**< the key in base64 */
} apic_webhook_secret_format;

/**
 * How a sender signs its webhooks. Header names are matched without regard to case. The signed
 * content is a template: `{id}`, `{timestamp}` and `{body}` stand for the id header's value, the
 * timestamp as sent and the raw body; every other character is itself (so `{id}.{timestamp}.{body}`
 * for Standard Webhooks, `{body}+{timestamp}` for Schematic, `{body}` for Pusher).
 */
typedef struct apic_webhook_scheme {
    /** A name for messages, e.g. "Standard Webhooks". */
    const char *name;
    /** The header holding the signature (or several, see separator). Required. */
    const char *signature_header;
    /** Text before each signature, e.g. "v1," or "sha256="; NULL or "" for none. An entry with
     *  another prefix (a signature of another version) is skipped, not refused. */
    const char *prefix;
    /** Separates several signatures in the header (key rotation), e.g. ' '; 0 when there is one. */
    char separator;
    /** How each signature is written. */
    apic_webhook_encoding encoding;
    /** The signed content's template (see above). Required. */
    const char *signed_content;
    /** The header holding the timestamp, or NULL. It may be signature_header itself: the
     *  timestamp is then the entry that starts with timestamp_prefix (as in `t=1614265330,v1=...`). */
    const char *timestamp_header;
    /** Within signature_header, the text before the timestamp's entry, e.g. "t="; else NULL. */
    const char *timestamp_prefix;
    /** A member of the (JSON object) body holding the timestamp, e.g. "time_ms" (Pusher), or NULL.
     *  It is read only after the signature matched, as nothing in the body is trusted before. */
    const char *timestamp_member;
    /** The timestamp counts milliseconds (true) or seconds (false) since 1970. */
    bool timestamp_ms;
    /** The header holding the message id that {id} stands for, or NULL. */
    const char *id_header;
    /** The header naming which secret signed (Pusher's app key: X-Pusher-Key), or NULL. When set,
     *  only the secrets whose key_id equals its value are tried. */
    const char *key_header;
    /** How the secrets are written. */
    apic_webhook_secret_format secret_format;
    /** Largest distance between the timestamp and now, in seconds; 0 = 300 (5 minutes); negative:
     *  the age is not checked (a webhook stored earlier and verified now). */
    long tolerance_s;
} apic_webhook_scheme;

/** Standard Webhooks: webhook-id, webhook-timestamp (seconds), webhook-signature with
 *  space-separated `v1,<base64>` entries over `{id}.{timestamp}.{body}`; `whsec_` secrets. */
APIC_EXPORT extern const apic_webhook_scheme APIC_WEBHOOK_STANDARD;
/** Svix, the Standard Webhooks scheme under the header names Svix's service sends: svix-id,
 *  svix-timestamp and svix-signature. */
APIC_EXPORT extern const apic_webhook_scheme APIC_WEBHOOK_SVIX;
/** Pusher (and Sockudo): X-Pusher-Key names the app, X-Pusher-Signature is the hex HMAC of the
 *  body with that app's secret; the body's `time_ms` must be within 300,000 ms of now. */
APIC_EXPORT extern const apic_webhook_scheme APIC_WEBHOOK_PUSHER;
/** Schematic: X-Schematic-Webhook-Signature is the hex HMAC of `{body}+{timestamp}` with the
 *  secret's text; the timestamp is X-Schematic-Webhook-Timestamp, in seconds. Schematic's own
 *  SDKs do not check the timestamp's age; this scheme does, like the others (5 minutes). */
APIC_EXPORT extern const apic_webhook_scheme APIC_WEBHOOK_SCHEMATIC;

/** Returns the predefined scheme of that name ("standard-webhooks", "svix", "pusher", "schematic"), or NULL. */
APIC_EXPORT const apic_webhook_scheme *apic_webhook_scheme_named(const char *name);

/** One secret a sender may have signed with. All borrowed for the call that takes it. */
typedef struct apic_webhook_secret {
    /** With a scheme that has a key_header: the value that selects this secret (Pusher's app
     *  key); NULL otherwise. */
    const char *key_id;
    /** The secret, written as the scheme's secret_format says. */
    const char *secret;
} apic_webhook_secret;

/** A scheme with its secrets, keyed once: verifying costs no key set-up. Safe to use from
 *  several threads at once. */
typedef struct apic_webhook_verifier apic_webhook_verifier;

/**
 * Makes a verifier for scheme (borrowed: it must outlive the verifier) with n secrets (copied),
 * tried in order (the newest first, when a sender rotates). tolerance_s overrides the scheme's
 * (0 keeps it). Returns 0, or APIC_E_CONFIG naming the secret or scheme member at fault (a
 * `whsec_` secret that is not base64, no secret, a scheme without signature_header) without
 * showing the secret, or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_webhook_verifier_new(const apic_webhook_scheme *scheme, const apic_webhook_secret *secrets, size_t n,
                                          long tolerance_s, apic_webhook_verifier **out, apic_error *err);

/** Wipes the keys and frees the verifier. NULL is a no-op. */
APIC_EXPORT void apic_webhook_verifier_free(apic_webhook_verifier *v);

/**
 * Verifies one webhook: body (len bytes, exactly as received) and its headers. now_ms is the
 * time to judge the timestamp by, in milliseconds since 1970; 0 = the system clock.
 * Returns 0 when a signature matches one of the secrets and the timestamp is within the
 * tolerance, else the reason, with err saying which header or value:
 * - APIC_E_WEBHOOK_HEADER: a header the scheme needs is missing (or empty);
 * - APIC_E_WEBHOOK_MALFORMED: a signature that is not hex/base64 of 32 bytes (a truncated one),
 *   no signature with the scheme's prefix, a timestamp that is not a number, a header the scheme
 *   reads given twice with different values, an empty body, a body without its timestamp member;
 * - APIC_E_WEBHOOK_TIMESTAMP: the timestamp is further from now than the tolerance;
 * - APIC_E_WEBHOOK_SIGNATURE: no signature matches any secret (a changed body, a wrong secret),
 *   or no secret has the key the key header names;
 * - APIC_E_ARG without a verifier or headers, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_webhook_verify(const apic_webhook_verifier *v, const apic_header *headers, size_t n_headers,
                                    const char *body, size_t len, long long now_ms, apic_error *err);

/** Longest header value apic_webhook_sign() writes, terminator included. */
#define APIC_WEBHOOK_VALUE_MAX 128

/** The headers a signed webhook carries: up to four (id, timestamp, key, signature). */
typedef struct apic_webhook_signed {
    /** The headers, in that order when the scheme has them; names point into the scheme. */
    apic_header headers[4];
    /** Number of entries of headers in use. */
    size_t n_headers;
    /** Storage of the values headers[] point at. */
    char values[4][APIC_WEBHOOK_VALUE_MAX];
} apic_webhook_signed;

/**
 * Signs body as the scheme's sender would, for tests, for a service that forwards webhooks,
 * and for the demo: id (with an id_header; may be NULL otherwise), timestamp (in the scheme's
 * unit; with a timestamp_member the body must already hold it) and the secret. The headers to
 * send come back in out. Returns 0, APIC_E_ARG when something the scheme needs is missing (or a
 * value does not fit), APIC_E_CONFIG for a secret that cannot be decoded, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_webhook_sign(const apic_webhook_scheme *scheme, const apic_webhook_secret *secret, const char *id,
                                  long long timestamp, const char *body, size_t len, apic_webhook_signed *out,
                                  apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
