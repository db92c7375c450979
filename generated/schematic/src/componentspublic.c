/* Schematic: componentspublic operations. Generated; do not edit. */
#include "internal.h"

/* GET /public/plans */
static const apic_response schematic_componentspublic_get_public_plans_responses[] = {
    {200, &schematic_componentspublic_get_public_plans_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_componentspublic_get_public_plans_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_componentspublic_get_public_plans_security[] = {
    {schematic_componentspublic_get_public_plans_security_0, 1},
};
const apic_operation schematic_componentspublic_get_public_plans_op = {
    "schematic_componentspublic_get_public_plans", "GET", "/public/plans",
    NULL, NULL,
    NULL, NULL, false,
    schematic_componentspublic_get_public_plans_responses, 1,
    schematic_componentspublic_get_public_plans_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_componentspublic_get_public_plans(schematic_client *client, schematic_componentspublic_get_public_plans_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_componentspublic_get_public_plans_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_componentspublic_get_public_plans_response *)result;
    return rc;
}

/* Calls schematic_componentspublic_get_public_plans_async()'s callback as its own type. */
static void schematic_componentspublic_get_public_plans_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_componentspublic_get_public_plans_callback)typed)(user_data, rc, (schematic_componentspublic_get_public_plans_response *)result, err);
}

int schematic_componentspublic_get_public_plans_async(schematic_client *client, schematic_componentspublic_get_public_plans_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_componentspublic_get_public_plans_op, NULL, NULL, NULL,
                                   schematic_componentspublic_get_public_plans_adapt, (apic_async_fn)callback, user_data, call, err);
}
