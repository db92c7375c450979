/**
 * @file suprsend/request_limits.h
 * @brief What SuprSend takes in one request (body size, idempotency keys, tenant ids, JSON
 * members) and the checks that refuse a request breaking it before anything is sent. Handwritten
 * (spec/suprsend/c); part of the SDK.
 *
 * The limits are those of SuprSend's own SDKs (their request schemas and constants); a request
 * over them would be refused by SuprSend, or cut short. The functions below are what
 * suprsend_trigger() and suprsend_track() check with, exposed for code that builds bodies of its
 * own (bulk requests, say).
 */
#ifndef SUPRSEND_REQUEST_LIMITS_H
#define SUPRSEND_REQUEST_LIMITS_H

#include <stddef.h>

#include <apic/apic.h>

#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Largest request body SuprSend takes, in bytes: 800 KB. */
#define SUPRSEND_BODY_MAX_BYTES (800u * 1024u)
/** Bytes SuprSend adds to a workflow body in flight, which its SDKs count against the limit. */
#define SUPRSEND_WORKFLOW_RUNTIME_BYTES 200u
/** Longest `$idempotency_key`, in characters. */
#define SUPRSEND_IDEMPOTENCY_KEY_MAX 255u
/** Longest `tenant_id`, in characters. */
#define SUPRSEND_TENANT_ID_MAX 64u
/** Longest `cancellation_key` of a workflow trigger, in characters. */
#define SUPRSEND_CANCELLATION_KEY_MAX 255u

/**
 * Checks a text member against its longest length in characters (UTF-8 code points, as
 * SuprSend's JSON schemas count them). NULL passes (the member is not sent); an empty text is
 * refused, since SuprSend's SDKs drop it silently, which would hide a caller's mistake.
 * @param fn the function named in the error, e.g. "suprsend_trigger"
 * @param field the member named in the error, e.g. "idempotency_key"
 * @param value the text, or NULL
 * @param max the most characters allowed
 * @param err receives e.g. `suprsend_trigger: idempotency_key: 300 characters, at most 255`
 * @return 0, or APIC_E_VALIDATION
 */
APIC_EXPORT int suprsend_check_text(const char *fn, const char *field, const char *value, size_t max, suprsend_error *err);

/**
 * Checks a member given as JSON text: one well-formed value, an object (open '{') or an array of
 * at least one item (open '['). NULL passes (the member is not sent).
 * @param fn the function named in the error
 * @param field the member named in the error, e.g. "data"
 * @param json the text, or NULL
 * @param open '{' or '['
 * @param err receives e.g. `suprsend_trigger: data: not a JSON object`
 * @return 0, or APIC_E_VALIDATION
 */
APIC_EXPORT int suprsend_check_json(const char *fn, const char *field, const char *json, char open, suprsend_error *err);

/**
 * Checks a body's size against SUPRSEND_BODY_MAX_BYTES: bytes, plus what SuprSend adds in flight
 * (SUPRSEND_WORKFLOW_RUNTIME_BYTES for a workflow, 0 for an event).
 * @param fn the function named in the error
 * @param bytes the body's length
 * @param in_flight bytes SuprSend adds to it
 * @param err receives e.g. `suprsend_trigger: the body is 1398421 bytes (and 200 SuprSend adds): more than 819200 (800 KB)`
 * @return 0, or APIC_E_VALIDATION
 */
APIC_EXPORT int suprsend_check_body_size(const char *fn, size_t bytes, size_t in_flight, suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
