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

#ifdef __cplusplus
}
#endif
#endif
