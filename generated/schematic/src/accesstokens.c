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

/* Calls schematic_accesstokens_issue_temporary_access_token_async()'s callback as its own type. */
static void schematic_accesstokens_issue_temporary_access_token_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accesstokens_issue_temporary_access_token_callback)typed)(user_data, rc, (schematic_accesstokens_issue_temporary_access_token_response *)result, err);
}

int schematic_accesstokens_issue_temporary_access_token_async(schematic_client *client, const schematic_issue_temporary_access_token_request_body *body, schematic_accesstokens_issue_temporary_access_token_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accesstokens_issue_temporary_access_token_op, NULL, body, NULL,
                                   schematic_accesstokens_issue_temporary_access_token_adapt, (apic_async_fn)callback, user_data, call, err);
}
