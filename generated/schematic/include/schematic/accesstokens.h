/**
 * @file schematic/accesstokens.h
 * @brief Schematic: accesstokens operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_ACCESSTOKENS_H
#define SCHEMATIC_ACCESSTOKENS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Issue temporary access token
 *
 * `POST /temporary-access-tokens`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_issue_temporary_access_token_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_accesstokens_issue_temporary_access_token_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accesstokens_issue_temporary_access_token(schematic_client *client,
                                                                    const schematic_issue_temporary_access_token_request_body *body,
                                                                    schematic_accesstokens_issue_temporary_access_token_response **out,
                                                                    schematic_error *err);
/** Descriptor of schematic_accesstokens_issue_temporary_access_token(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accesstokens_issue_temporary_access_token_op;

/**
 * Completion of schematic_accesstokens_issue_temporary_access_token_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_accesstokens_issue_temporary_access_token_async()
 * @param rc 0, or what schematic_accesstokens_issue_temporary_access_token() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_accesstokens_issue_temporary_access_token()'s out would
 * receive, owned by the callback
 * (schematic_accesstokens_issue_temporary_access_token_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accesstokens_issue_temporary_access_token() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_accesstokens_issue_temporary_access_token_callback)(void *user_data, int rc,
                                                                             schematic_accesstokens_issue_temporary_access_token_response *result,
                                                                             schematic_error *err);

/**
 * Issue temporary access token
 *
 * Asynchronous form of schematic_accesstokens_issue_temporary_access_token(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accesstokens_issue_temporary_access_token() would return; the result is the callback's
 * to free.
 *
 * `POST /temporary-access-tokens`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_accesstokens_issue_temporary_access_token(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_accesstokens_issue_temporary_access_token_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_accesstokens_issue_temporary_access_token() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_accesstokens_issue_temporary_access_token()
 */
APIC_EXPORT int schematic_accesstokens_issue_temporary_access_token_async(schematic_client *client,
                                                                          const schematic_issue_temporary_access_token_request_body *body,
                                                                          schematic_accesstokens_issue_temporary_access_token_callback callback,
                                                                          void *user_data, apic_async_call **call,
                                                                          schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
