/* Schematic: planbundle operations. Generated; do not edit. */
#include "internal.h"

/* POST /custom-plan-bundles */
static const apic_response schematic_planbundle_create_custom_plan_bundle_responses[] = {
    {201, &schematic_planbundle_create_custom_plan_bundle_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planbundle_create_custom_plan_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planbundle_create_custom_plan_bundle_security[] = {
    {schematic_planbundle_create_custom_plan_bundle_security_0, 1},
};
const apic_operation schematic_planbundle_create_custom_plan_bundle_op = {
    "schematic_planbundle_create_custom_plan_bundle", "POST", "/custom-plan-bundles",
    NULL, NULL,
    &schematic_create_custom_plan_bundle_request_body_Type, "application/json", true,
    schematic_planbundle_create_custom_plan_bundle_responses, 1,
    schematic_planbundle_create_custom_plan_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planbundle_create_custom_plan_bundle(schematic_client *client, const schematic_create_custom_plan_bundle_request_body *body, schematic_planbundle_create_custom_plan_bundle_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planbundle_create_custom_plan_bundle_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planbundle_create_custom_plan_bundle_response *)result;
    return rc;
}

/* Calls schematic_planbundle_create_custom_plan_bundle_async()'s callback as its own type. */
static void schematic_planbundle_create_custom_plan_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planbundle_create_custom_plan_bundle_callback)typed)(user_data, rc, (schematic_planbundle_create_custom_plan_bundle_response *)result, err);
}

int schematic_planbundle_create_custom_plan_bundle_async(schematic_client *client, const schematic_create_custom_plan_bundle_request_body *body, schematic_planbundle_create_custom_plan_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planbundle_create_custom_plan_bundle_op, NULL, body, NULL,
                                   schematic_planbundle_create_custom_plan_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plan-bundles */
static const apic_response schematic_planbundle_create_plan_bundle_responses[] = {
    {201, &schematic_planbundle_create_plan_bundle_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planbundle_create_plan_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planbundle_create_plan_bundle_security[] = {
    {schematic_planbundle_create_plan_bundle_security_0, 1},
};
const apic_operation schematic_planbundle_create_plan_bundle_op = {
    "schematic_planbundle_create_plan_bundle", "POST", "/plan-bundles",
    NULL, NULL,
    &schematic_create_plan_bundle_request_body_Type, "application/json", true,
    schematic_planbundle_create_plan_bundle_responses, 1,
    schematic_planbundle_create_plan_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planbundle_create_plan_bundle(schematic_client *client, const schematic_create_plan_bundle_request_body *body, schematic_planbundle_create_plan_bundle_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planbundle_create_plan_bundle_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planbundle_create_plan_bundle_response *)result;
    return rc;
}

/* Calls schematic_planbundle_create_plan_bundle_async()'s callback as its own type. */
static void schematic_planbundle_create_plan_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planbundle_create_plan_bundle_callback)typed)(user_data, rc, (schematic_planbundle_create_plan_bundle_response *)result, err);
}

int schematic_planbundle_create_plan_bundle_async(schematic_client *client, const schematic_create_plan_bundle_request_body *body, schematic_planbundle_create_plan_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planbundle_create_plan_bundle_op, NULL, body, NULL,
                                   schematic_planbundle_create_plan_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /plan-bundles/{plan_id} */
static const apic_field schematic_planbundle_update_plan_bundle_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_planbundle_update_plan_bundle_params, plan_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_planbundle_update_plan_bundle_params_desc = {
    "planbundle_update_plan_bundle_params", sizeof(schematic_planbundle_update_plan_bundle_params), schematic_planbundle_update_plan_bundle_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planbundle_update_plan_bundle_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_planbundle_update_plan_bundle_responses[] = {
    {200, &schematic_planbundle_update_plan_bundle_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planbundle_update_plan_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planbundle_update_plan_bundle_security[] = {
    {schematic_planbundle_update_plan_bundle_security_0, 1},
};
const apic_operation schematic_planbundle_update_plan_bundle_op = {
    "schematic_planbundle_update_plan_bundle", "PUT", "/plan-bundles/{plan_id}",
    &schematic_planbundle_update_plan_bundle_params_desc, schematic_planbundle_update_plan_bundle_params_locs,
    &schematic_update_plan_bundle_request_body_Type, "application/json", true,
    schematic_planbundle_update_plan_bundle_responses, 1,
    schematic_planbundle_update_plan_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planbundle_update_plan_bundle(schematic_client *client, const schematic_planbundle_update_plan_bundle_params *params, const schematic_update_plan_bundle_request_body *body, schematic_planbundle_update_plan_bundle_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planbundle_update_plan_bundle_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planbundle_update_plan_bundle_response *)result;
    return rc;
}

/* Calls schematic_planbundle_update_plan_bundle_async()'s callback as its own type. */
static void schematic_planbundle_update_plan_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planbundle_update_plan_bundle_callback)typed)(user_data, rc, (schematic_planbundle_update_plan_bundle_response *)result, err);
}

int schematic_planbundle_update_plan_bundle_async(schematic_client *client, const schematic_planbundle_update_plan_bundle_params *params, const schematic_update_plan_bundle_request_body *body, schematic_planbundle_update_plan_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planbundle_update_plan_bundle_op, params, body, NULL,
                                   schematic_planbundle_update_plan_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}
