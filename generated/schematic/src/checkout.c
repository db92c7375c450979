/* Schematic: checkout operations. Generated; do not edit. */
#include "internal.h"

/* POST /checkout-internal */
static const apic_response schematic_checkout_internal_responses[] = {
    {201, &schematic_checkout_internal_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_internal_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_internal_security[] = {
    {schematic_checkout_internal_security_0, 1},
};
const apic_operation schematic_checkout_internal_op = {
    "schematic_checkout_internal", "POST", "/checkout-internal",
    NULL, NULL,
    &schematic_change_subscription_internal_request_body_Type, "application/json", true,
    schematic_checkout_internal_responses, 1,
    schematic_checkout_internal_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_internal(schematic_client *client, const schematic_change_subscription_internal_request_body *body, schematic_checkout_internal_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_internal_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_internal_response *)result;
    return rc;
}

/* Calls schematic_checkout_internal_async()'s callback as its own type. */
static void schematic_checkout_internal_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_internal_callback)typed)(user_data, rc, (schematic_checkout_internal_response *)result, err);
}

int schematic_checkout_internal_async(schematic_client *client, const schematic_change_subscription_internal_request_body *body, schematic_checkout_internal_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_internal_op, NULL, body, NULL,
                                   schematic_checkout_internal_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /checkout-internal/data */
static const apic_response schematic_checkout_get_data_responses[] = {
    {200, &schematic_checkout_get_data_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_get_data_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_get_data_security[] = {
    {schematic_checkout_get_data_security_0, 1},
};
const apic_operation schematic_checkout_get_data_op = {
    "schematic_checkout_get_data", "POST", "/checkout-internal/data",
    NULL, NULL,
    &schematic_checkout_data_request_body_Type, "application/json", true,
    schematic_checkout_get_data_responses, 1,
    schematic_checkout_get_data_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_get_data(schematic_client *client, const schematic_checkout_data_request_body *body, schematic_checkout_get_data_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_get_data_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_get_data_response *)result;
    return rc;
}

/* Calls schematic_checkout_get_data_async()'s callback as its own type. */
static void schematic_checkout_get_data_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_get_data_callback)typed)(user_data, rc, (schematic_checkout_get_data_response *)result, err);
}

int schematic_checkout_get_data_async(schematic_client *client, const schematic_checkout_data_request_body *body, schematic_checkout_get_data_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_get_data_op, NULL, body, NULL,
                                   schematic_checkout_get_data_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /checkout-internal/preview */
static const apic_response schematic_checkout_preview_internal_responses[] = {
    {200, &schematic_checkout_preview_internal_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_preview_internal_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_preview_internal_security[] = {
    {schematic_checkout_preview_internal_security_0, 1},
};
const apic_operation schematic_checkout_preview_internal_op = {
    "schematic_checkout_preview_internal", "POST", "/checkout-internal/preview",
    NULL, NULL,
    &schematic_change_subscription_internal_request_body_Type, "application/json", true,
    schematic_checkout_preview_internal_responses, 1,
    schematic_checkout_preview_internal_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_preview_internal(schematic_client *client, const schematic_change_subscription_internal_request_body *body, schematic_checkout_preview_internal_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_preview_internal_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_preview_internal_response *)result;
    return rc;
}

/* Calls schematic_checkout_preview_internal_async()'s callback as its own type. */
static void schematic_checkout_preview_internal_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_preview_internal_callback)typed)(user_data, rc, (schematic_checkout_preview_internal_response *)result, err);
}

int schematic_checkout_preview_internal_async(schematic_client *client, const schematic_change_subscription_internal_request_body *body, schematic_checkout_preview_internal_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_preview_internal_op, NULL, body, NULL,
                                   schematic_checkout_preview_internal_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /companies/{company_id}/billing-details */
static const apic_field schematic_checkout_get_company_billing_details_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_checkout_get_company_billing_details_params, company_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_checkout_get_company_billing_details_params_desc = {
    "checkout_get_company_billing_details_params", sizeof(schematic_checkout_get_company_billing_details_params), schematic_checkout_get_company_billing_details_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_checkout_get_company_billing_details_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_checkout_get_company_billing_details_responses[] = {
    {200, &schematic_checkout_get_company_billing_details_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_get_company_billing_details_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_get_company_billing_details_security[] = {
    {schematic_checkout_get_company_billing_details_security_0, 1},
};
const apic_operation schematic_checkout_get_company_billing_details_op = {
    "schematic_checkout_get_company_billing_details", "GET", "/companies/{company_id}/billing-details",
    &schematic_checkout_get_company_billing_details_params_desc, schematic_checkout_get_company_billing_details_params_locs,
    NULL, NULL, false,
    schematic_checkout_get_company_billing_details_responses, 1,
    schematic_checkout_get_company_billing_details_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_get_company_billing_details(schematic_client *client, const schematic_checkout_get_company_billing_details_params *params, schematic_checkout_get_company_billing_details_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_get_company_billing_details_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_get_company_billing_details_response *)result;
    return rc;
}

/* Calls schematic_checkout_get_company_billing_details_async()'s callback as its own type. */
static void schematic_checkout_get_company_billing_details_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_get_company_billing_details_callback)typed)(user_data, rc, (schematic_checkout_get_company_billing_details_response *)result, err);
}

int schematic_checkout_get_company_billing_details_async(schematic_client *client, const schematic_checkout_get_company_billing_details_params *params, schematic_checkout_get_company_billing_details_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_get_company_billing_details_op, params, NULL, NULL,
                                   schematic_checkout_get_company_billing_details_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /companies/{company_id}/billing-details */
static const apic_field schematic_checkout_update_company_billing_details_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_checkout_update_company_billing_details_params, company_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_checkout_update_company_billing_details_params_desc = {
    "checkout_update_company_billing_details_params", sizeof(schematic_checkout_update_company_billing_details_params), schematic_checkout_update_company_billing_details_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_checkout_update_company_billing_details_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_checkout_update_company_billing_details_responses[] = {
    {200, &schematic_checkout_update_company_billing_details_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_update_company_billing_details_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_update_company_billing_details_security[] = {
    {schematic_checkout_update_company_billing_details_security_0, 1},
};
const apic_operation schematic_checkout_update_company_billing_details_op = {
    "schematic_checkout_update_company_billing_details", "PUT", "/companies/{company_id}/billing-details",
    &schematic_checkout_update_company_billing_details_params_desc, schematic_checkout_update_company_billing_details_params_locs,
    &schematic_update_company_billing_details_request_body_Type, "application/json", true,
    schematic_checkout_update_company_billing_details_responses, 1,
    schematic_checkout_update_company_billing_details_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_update_company_billing_details(schematic_client *client, const schematic_checkout_update_company_billing_details_params *params, const schematic_update_company_billing_details_request_body *body, schematic_checkout_update_company_billing_details_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_update_company_billing_details_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_update_company_billing_details_response *)result;
    return rc;
}

/* Calls schematic_checkout_update_company_billing_details_async()'s callback as its own type. */
static void schematic_checkout_update_company_billing_details_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_update_company_billing_details_callback)typed)(user_data, rc, (schematic_checkout_update_company_billing_details_response *)result, err);
}

int schematic_checkout_update_company_billing_details_async(schematic_client *client, const schematic_checkout_update_company_billing_details_params *params, const schematic_update_company_billing_details_request_body *body, schematic_checkout_update_company_billing_details_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_update_company_billing_details_op, params, body, NULL,
                                   schematic_checkout_update_company_billing_details_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /manage-plan */
static const apic_response schematic_checkout_manage_plan_responses[] = {
    {200, &schematic_checkout_manage_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_manage_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_manage_plan_security[] = {
    {schematic_checkout_manage_plan_security_0, 1},
};
const apic_operation schematic_checkout_manage_plan_op = {
    "schematic_checkout_manage_plan", "POST", "/manage-plan",
    NULL, NULL,
    &schematic_manage_plan_request_Type, "application/json", true,
    schematic_checkout_manage_plan_responses, 1,
    schematic_checkout_manage_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_manage_plan(schematic_client *client, const schematic_manage_plan_request *body, schematic_checkout_manage_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_manage_plan_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_manage_plan_response *)result;
    return rc;
}

/* Calls schematic_checkout_manage_plan_async()'s callback as its own type. */
static void schematic_checkout_manage_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_manage_plan_callback)typed)(user_data, rc, (schematic_checkout_manage_plan_response *)result, err);
}

int schematic_checkout_manage_plan_async(schematic_client *client, const schematic_manage_plan_request *body, schematic_checkout_manage_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_manage_plan_op, NULL, body, NULL,
                                   schematic_checkout_manage_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /manage-plan/preview */
static const apic_response schematic_checkout_preview_manage_plan_responses[] = {
    {200, &schematic_checkout_preview_manage_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_preview_manage_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_preview_manage_plan_security[] = {
    {schematic_checkout_preview_manage_plan_security_0, 1},
};
const apic_operation schematic_checkout_preview_manage_plan_op = {
    "schematic_checkout_preview_manage_plan", "POST", "/manage-plan/preview",
    NULL, NULL,
    &schematic_manage_plan_request_Type, "application/json", true,
    schematic_checkout_preview_manage_plan_responses, 1,
    schematic_checkout_preview_manage_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_preview_manage_plan(schematic_client *client, const schematic_manage_plan_request *body, schematic_checkout_preview_manage_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_preview_manage_plan_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_preview_manage_plan_response *)result;
    return rc;
}

/* Calls schematic_checkout_preview_manage_plan_async()'s callback as its own type. */
static void schematic_checkout_preview_manage_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_preview_manage_plan_callback)typed)(user_data, rc, (schematic_checkout_preview_manage_plan_response *)result, err);
}

int schematic_checkout_preview_manage_plan_async(schematic_client *client, const schematic_manage_plan_request *body, schematic_checkout_preview_manage_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_preview_manage_plan_op, NULL, body, NULL,
                                   schematic_checkout_preview_manage_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /manage-plan/subscription/cancel */
static const apic_response schematic_checkout_cancel_subscription_responses[] = {
    {200, &schematic_checkout_cancel_subscription_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_cancel_subscription_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_cancel_subscription_security[] = {
    {schematic_checkout_cancel_subscription_security_0, 1},
};
const apic_operation schematic_checkout_cancel_subscription_op = {
    "schematic_checkout_cancel_subscription", "POST", "/manage-plan/subscription/cancel",
    NULL, NULL,
    &schematic_cancel_subscription_request_Type, "application/json", true,
    schematic_checkout_cancel_subscription_responses, 1,
    schematic_checkout_cancel_subscription_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_cancel_subscription(schematic_client *client, const schematic_cancel_subscription_request *body, schematic_checkout_cancel_subscription_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_cancel_subscription_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_cancel_subscription_response *)result;
    return rc;
}

/* Calls schematic_checkout_cancel_subscription_async()'s callback as its own type. */
static void schematic_checkout_cancel_subscription_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_cancel_subscription_callback)typed)(user_data, rc, (schematic_checkout_cancel_subscription_response *)result, err);
}

int schematic_checkout_cancel_subscription_async(schematic_client *client, const schematic_cancel_subscription_request *body, schematic_checkout_cancel_subscription_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_cancel_subscription_op, NULL, body, NULL,
                                   schematic_checkout_cancel_subscription_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /subscription/{subscription_id}/edit-trial-end */
static const apic_field schematic_checkout_update_customer_subscription_trial_end_params_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(schematic_checkout_update_customer_subscription_trial_end_params, subscription_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_checkout_update_customer_subscription_trial_end_params_desc = {
    "checkout_update_customer_subscription_trial_end_params", sizeof(schematic_checkout_update_customer_subscription_trial_end_params), schematic_checkout_update_customer_subscription_trial_end_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_checkout_update_customer_subscription_trial_end_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_checkout_update_customer_subscription_trial_end_responses[] = {
    {200, &schematic_checkout_update_customer_subscription_trial_end_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_checkout_update_customer_subscription_trial_end_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_checkout_update_customer_subscription_trial_end_security[] = {
    {schematic_checkout_update_customer_subscription_trial_end_security_0, 1},
};
const apic_operation schematic_checkout_update_customer_subscription_trial_end_op = {
    "schematic_checkout_update_customer_subscription_trial_end", "PUT", "/subscription/{subscription_id}/edit-trial-end",
    &schematic_checkout_update_customer_subscription_trial_end_params_desc, schematic_checkout_update_customer_subscription_trial_end_params_locs,
    &schematic_update_trial_end_request_body_Type, "application/json", true,
    schematic_checkout_update_customer_subscription_trial_end_responses, 1,
    schematic_checkout_update_customer_subscription_trial_end_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_checkout_update_customer_subscription_trial_end(schematic_client *client, const schematic_checkout_update_customer_subscription_trial_end_params *params, const schematic_update_trial_end_request_body *body, schematic_checkout_update_customer_subscription_trial_end_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_checkout_update_customer_subscription_trial_end_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_checkout_update_customer_subscription_trial_end_response *)result;
    return rc;
}

/* Calls schematic_checkout_update_customer_subscription_trial_end_async()'s callback as its own type. */
static void schematic_checkout_update_customer_subscription_trial_end_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_checkout_update_customer_subscription_trial_end_callback)typed)(user_data, rc, (schematic_checkout_update_customer_subscription_trial_end_response *)result, err);
}

int schematic_checkout_update_customer_subscription_trial_end_async(schematic_client *client, const schematic_checkout_update_customer_subscription_trial_end_params *params, const schematic_update_trial_end_request_body *body, schematic_checkout_update_customer_subscription_trial_end_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_checkout_update_customer_subscription_trial_end_op, params, body, NULL,
                                   schematic_checkout_update_customer_subscription_trial_end_adapt, (apic_async_fn)callback, user_data, call, err);
}
