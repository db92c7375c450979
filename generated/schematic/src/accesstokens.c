/* Schematic: accesstokens operations. Generated; do not edit. */
#include "internal.h"

/* POST /temporary-access-tokens */
static const apic_response schematic_accesstokens_issue_temporary_access_token_responses[] = {
    {201, &schematic_accesstokens_issue_temporary_access_token_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accesstokens_issue_temporary_access_token_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accesstokens_issue_temporary_access_token_security[] = {
    {schematic_accesstokens_issue_temporary_access_token_security_0, 1},
};
const apic_operation schematic_accesstokens_issue_temporary_access_token_op = {
    "schematic_accesstokens_issue_temporary_access_token", "POST", "/temporary-access-tokens",
    NULL, NULL,
    &schematic_issue_temporary_access_token_request_body_Type, "application/json", true,
    schematic_accesstokens_issue_temporary_access_token_responses, 1,
    schematic_accesstokens_issue_temporary_access_token_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accesstokens_issue_temporary_access_token(schematic_client *client, const schematic_issue_temporary_access_token_request_body *body, schematic_accesstokens_issue_temporary_access_token_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accesstokens_issue_temporary_access_token_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accesstokens_issue_temporary_access_token_response *)result;
    return rc;
}
