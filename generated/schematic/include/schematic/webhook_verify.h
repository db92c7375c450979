/**
 * @file schematic/webhook_verify.h
 * @brief Verifying the webhooks Schematic sends: `X-Schematic-Webhook-Signature` is the hex
 * HMAC-SHA256, keyed with the webhook's secret, of the raw body, "+" and the
 * `X-Schematic-Webhook-Timestamp` header. Handwritten (spec/schematic/c); part of the SDK.
 *
 * The runtime's verifier (apic/webhook.h, scheme APIC_WEBHOOK_SCHEMATIC) compares in constant
 * time and refuses a timestamp more than 5 minutes from now (Schematic's own SDKs check no age:
 * a captured webhook could be replayed forever).
 *
 * @code
 * // headers as received (names in any case); body exactly as received
 * if (schematic_verify_webhook(getenv("SCHEMATIC_WEBHOOK_SECRET"), headers, n_headers, body, body_len, &err) != 0) {
 *     // 400: err.kind is APIC_E_WEBHOOK_HEADER, _MALFORMED, _TIMESTAMP or _SIGNATURE
 * }
 * @endcode
 */
#ifndef SCHEMATIC_WEBHOOK_VERIFY_H
#define SCHEMATIC_WEBHOOK_VERIFY_H

#include <stddef.h>

#include <apic/apic.h>

#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Header holding the signature. */
#define SCHEMATIC_WEBHOOK_SIGNATURE_HEADER "X-Schematic-Webhook-Signature"
/** Header holding the timestamp (Unix seconds). */
#define SCHEMATIC_WEBHOOK_TIMESTAMP_HEADER "X-Schematic-Webhook-Timestamp"

/**
 * Verifies a webhook from its headers and raw body, with the webhook's secret (each webhook has
 * its own, shown in Schematic's app).
 * @return 0 when it is Schematic's and recent; APIC_E_WEBHOOK_HEADER (a header missing),
 *         APIC_E_WEBHOOK_MALFORMED (a signature that is not 64 hex digits, an empty body),
 *         APIC_E_WEBHOOK_TIMESTAMP (more than 5 minutes off), APIC_E_WEBHOOK_SIGNATURE (a changed
 *         body, another secret); APIC_E_ARG without a secret
 */
APIC_EXPORT int schematic_verify_webhook(const char *secret, const apic_header *headers, size_t n_headers,
                                         const char *body, size_t len, schematic_error *err);

/** The same from the two header values, for a webhook received outside an HTTP handler. */
APIC_EXPORT int schematic_verify_signature(const char *body, size_t len, const char *signature, const char *timestamp,
                                           const char *secret, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
