/* Schematic: plangroups operations. Generated; do not edit. */
#include "internal.h"

/* GET /plan-groups */
static const apic_field schematic_plangroups_get_plan_group_params_desc_Fields[] = {
    {"include_company_counts", 22, 0, offsetof(schematic_plangroups_get_plan_group_params, include_company_counts), offsetof(schematic_plangroups_get_plan_group_params, has_include_company_counts), -1, &apic_type_bool},
};
static const apic_struct_desc schematic_plangroups_get_plan_group_params_desc = {
    "plangroups_get_plan_group_params", sizeof(schematic_plangroups_get_plan_group_params), schematic_plangroups_get_plan_group_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plangroups_get_plan_group_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plangroups_get_plan_group_responses[] = {
    {200, &schematic_plangroups_get_plan_group_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plangroups_get_plan_group_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plangroups_get_plan_group_security[] = {
    {schematic_plangroups_get_plan_group_security_0, 1},
};
const apic_operation schematic_plangroups_get_plan_group_op = {
    "schematic_plangroups_get_plan_group", "GET", "/plan-groups",
    &schematic_plangroups_get_plan_group_params_desc, schematic_plangroups_get_plan_group_params_locs,
    NULL, NULL, false,
    schematic_plangroups_get_plan_group_responses, 1,
    schematic_plangroups_get_plan_group_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plangroups_get_plan_group(schematic_client *client, const schematic_plangroups_get_plan_group_params *params, schematic_plangroups_get_plan_group_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plangroups_get_plan_group_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plangroups_get_plan_group_response *)result;
    return rc;
}

/* Calls schematic_plangroups_get_plan_group_async()'s callback as its own type. */
static void schematic_plangroups_get_plan_group_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plangroups_get_plan_group_callback)typed)(user_data, rc, (schematic_plangroups_get_plan_group_response *)result, err);
}

int schematic_plangroups_get_plan_group_async(schematic_client *client, const schematic_plangroups_get_plan_group_params *params, schematic_plangroups_get_plan_group_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plangroups_get_plan_group_op, params, NULL, NULL,
                                   schematic_plangroups_get_plan_group_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plan-groups */
static const apic_response schematic_plangroups_create_plan_group_responses[] = {
    {201, &schematic_plangroups_create_plan_group_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plangroups_create_plan_group_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plangroups_create_plan_group_security[] = {
    {schematic_plangroups_create_plan_group_security_0, 1},
};
const apic_operation schematic_plangroups_create_plan_group_op = {
    "schematic_plangroups_create_plan_group", "POST", "/plan-groups",
    NULL, NULL,
    &schematic_create_plan_group_request_body_Type, "application/json", true,
    schematic_plangroups_create_plan_group_responses, 1,
    schematic_plangroups_create_plan_group_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plangroups_create_plan_group(schematic_client *client, const schematic_create_plan_group_request_body *body, schematic_plangroups_create_plan_group_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plangroups_create_plan_group_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plangroups_create_plan_group_response *)result;
    return rc;
}

/* Calls schematic_plangroups_create_plan_group_async()'s callback as its own type. */
static void schematic_plangroups_create_plan_group_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plangroups_create_plan_group_callback)typed)(user_data, rc, (schematic_plangroups_create_plan_group_response *)result, err);
}

int schematic_plangroups_create_plan_group_async(schematic_client *client, const schematic_create_plan_group_request_body *body, schematic_plangroups_create_plan_group_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plangroups_create_plan_group_op, NULL, body, NULL,
                                   schematic_plangroups_create_plan_group_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /plan-groups/{plan_group_id} */
static const apic_field schematic_plangroups_update_plan_group_params_desc_Fields[] = {
    {"plan_group_id", 13, APIC_F_REQUIRED, offsetof(schematic_plangroups_update_plan_group_params, plan_group_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plangroups_update_plan_group_params_desc = {
    "plangroups_update_plan_group_params", sizeof(schematic_plangroups_update_plan_group_params), schematic_plangroups_update_plan_group_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plangroups_update_plan_group_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plangroups_update_plan_group_responses[] = {
    {200, &schematic_plangroups_update_plan_group_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plangroups_update_plan_group_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plangroups_update_plan_group_security[] = {
    {schematic_plangroups_update_plan_group_security_0, 1},
};
const apic_operation schematic_plangroups_update_plan_group_op = {
    "schematic_plangroups_update_plan_group", "PUT", "/plan-groups/{plan_group_id}",
    &schematic_plangroups_update_plan_group_params_desc, schematic_plangroups_update_plan_group_params_locs,
    &schematic_update_plan_group_request_body_Type, "application/json", true,
    schematic_plangroups_update_plan_group_responses, 1,
    schematic_plangroups_update_plan_group_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plangroups_update_plan_group(schematic_client *client, const schematic_plangroups_update_plan_group_params *params, const schematic_update_plan_group_request_body *body, schematic_plangroups_update_plan_group_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plangroups_update_plan_group_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plangroups_update_plan_group_response *)result;
    return rc;
}

/* Calls schematic_plangroups_update_plan_group_async()'s callback as its own type. */
static void schematic_plangroups_update_plan_group_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plangroups_update_plan_group_callback)typed)(user_data, rc, (schematic_plangroups_update_plan_group_response *)result, err);
}

int schematic_plangroups_update_plan_group_async(schematic_client *client, const schematic_plangroups_update_plan_group_params *params, const schematic_update_plan_group_request_body *body, schematic_plangroups_update_plan_group_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plangroups_update_plan_group_op, params, body, NULL,
                                   schematic_plangroups_update_plan_group_adapt, (apic_async_fn)callback, user_data, call, err);
}
