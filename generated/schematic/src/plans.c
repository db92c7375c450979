/* Schematic: plans operations. Generated; do not edit. */
#include "internal.h"

/* PUT /company-plans/{company_id} */
static const apic_field schematic_plans_update_company_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_plans_update_company_params, company_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_update_company_params_desc = {
    "plans_update_company_params", sizeof(schematic_plans_update_company_params), schematic_plans_update_company_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_update_company_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plans_update_company_responses[] = {
    {200, &schematic_plans_update_company_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_update_company_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_update_company_security[] = {
    {schematic_plans_update_company_security_0, 1},
};
const apic_operation schematic_plans_update_company_op = {
    "schematic_plans_update_company", "PUT", "/company-plans/{company_id}",
    &schematic_plans_update_company_params_desc, schematic_plans_update_company_params_locs,
    &schematic_update_company_plans_request_body_Type, "application/json", true,
    schematic_plans_update_company_responses, 1,
    schematic_plans_update_company_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_update_company(schematic_client *client, const schematic_plans_update_company_params *params, const schematic_update_company_plans_request_body *body, schematic_plans_update_company_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_update_company_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_update_company_response *)result;
    return rc;
}

/* Calls schematic_plans_update_company_async()'s callback as its own type. */
static void schematic_plans_update_company_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_update_company_callback)typed)(user_data, rc, (schematic_plans_update_company_response *)result, err);
}

int schematic_plans_update_company_async(schematic_client *client, const schematic_plans_update_company_params *params, const schematic_update_company_plans_request_body *body, schematic_plans_update_company_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_update_company_op, params, body, NULL,
                                   schematic_plans_update_company_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /custom-plan-billings */
static const apic_field schematic_plans_list_custom_billings_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_plans_list_custom_billings_params, company_id), -1, -1, &apic_type_string},
    {"plan_id", 7, 0, offsetof(schematic_plans_list_custom_billings_params, plan_id), -1, -1, &apic_type_string},
    {"plan_billing_source", 19, 0, offsetof(schematic_plans_list_custom_billings_params, plan_billing_source), offsetof(schematic_plans_list_custom_billings_params, has_plan_billing_source), -1, &schematic_plan_billing_source_Type},
    {"status", 6, 0, offsetof(schematic_plans_list_custom_billings_params, status), offsetof(schematic_plans_list_custom_billings_params, has_status), -1, &schematic_custom_plan_billing_status_Type},
    {"statuses", 8, 0, offsetof(schematic_plans_list_custom_billings_params, statuses), offsetof(schematic_plans_list_custom_billings_params, has_statuses), -1, &schematic_custom_plan_billing_status_array_Type},
    {"limit", 5, 0, offsetof(schematic_plans_list_custom_billings_params, limit), offsetof(schematic_plans_list_custom_billings_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_list_custom_billings_params, offset), offsetof(schematic_plans_list_custom_billings_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_plans_list_custom_billings_params_desc = {
    "plans_list_custom_billings_params", sizeof(schematic_plans_list_custom_billings_params), schematic_plans_list_custom_billings_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_list_custom_billings_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_list_custom_billings_responses[] = {
    {200, &schematic_plans_list_custom_billings_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_list_custom_billings_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_list_custom_billings_security[] = {
    {schematic_plans_list_custom_billings_security_0, 1},
};
const apic_operation schematic_plans_list_custom_billings_op = {
    "schematic_plans_list_custom_billings", "GET", "/custom-plan-billings",
    &schematic_plans_list_custom_billings_params_desc, schematic_plans_list_custom_billings_params_locs,
    NULL, NULL, false,
    schematic_plans_list_custom_billings_responses, 1,
    schematic_plans_list_custom_billings_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_list_custom_billings(schematic_client *client, const schematic_plans_list_custom_billings_params *params, schematic_plans_list_custom_billings_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_list_custom_billings_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_list_custom_billings_response *)result;
    return rc;
}

/* Calls schematic_plans_list_custom_billings_async()'s callback as its own type. */
static void schematic_plans_list_custom_billings_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_list_custom_billings_callback)typed)(user_data, rc, (schematic_plans_list_custom_billings_response *)result, err);
}

int schematic_plans_list_custom_billings_async(schematic_client *client, const schematic_plans_list_custom_billings_params *params, schematic_plans_list_custom_billings_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_list_custom_billings_op, params, NULL, NULL,
                                   schematic_plans_list_custom_billings_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_plans_list_custom_billings_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_plans_list_custom_billings_iter_new(schematic_client *client, const schematic_plans_list_custom_billings_params *params, schematic_plans_list_custom_billings_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_plans_list_custom_billings_op, &schematic_plans_list_custom_billings_pagination, params, out, err);
}

int schematic_plans_list_custom_billings_iter_next(schematic_plans_list_custom_billings_iter *it, const schematic_custom_plan_billing_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_custom_plan_billing_response_data *)next;
    return rc;
}

void schematic_plans_list_custom_billings_iter_free(schematic_plans_list_custom_billings_iter *it)
{
    apic_pager_free(it);
}

/* PUT /custom-plan-billings/{custom_plan_billing_id}/mark-paid */
static const apic_field schematic_plans_mark_custom_billing_paid_params_desc_Fields[] = {
    {"custom_plan_billing_id", 22, APIC_F_REQUIRED, offsetof(schematic_plans_mark_custom_billing_paid_params, custom_plan_billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_mark_custom_billing_paid_params_desc = {
    "plans_mark_custom_billing_paid_params", sizeof(schematic_plans_mark_custom_billing_paid_params), schematic_plans_mark_custom_billing_paid_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_mark_custom_billing_paid_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plans_mark_custom_billing_paid_responses[] = {
    {200, &schematic_plans_mark_custom_billing_paid_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_mark_custom_billing_paid_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_mark_custom_billing_paid_security[] = {
    {schematic_plans_mark_custom_billing_paid_security_0, 1},
};
const apic_operation schematic_plans_mark_custom_billing_paid_op = {
    "schematic_plans_mark_custom_billing_paid", "PUT", "/custom-plan-billings/{custom_plan_billing_id}/mark-paid",
    &schematic_plans_mark_custom_billing_paid_params_desc, schematic_plans_mark_custom_billing_paid_params_locs,
    &apic_type_json_map, "application/json", true,
    schematic_plans_mark_custom_billing_paid_responses, 1,
    schematic_plans_mark_custom_billing_paid_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_mark_custom_billing_paid(schematic_client *client, const schematic_plans_mark_custom_billing_paid_params *params, const apic_json_map *body, schematic_plans_mark_custom_billing_paid_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_mark_custom_billing_paid_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_mark_custom_billing_paid_response *)result;
    return rc;
}

/* Calls schematic_plans_mark_custom_billing_paid_async()'s callback as its own type. */
static void schematic_plans_mark_custom_billing_paid_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_mark_custom_billing_paid_callback)typed)(user_data, rc, (schematic_plans_mark_custom_billing_paid_response *)result, err);
}

int schematic_plans_mark_custom_billing_paid_async(schematic_client *client, const schematic_plans_mark_custom_billing_paid_params *params, const apic_json_map *body, schematic_plans_mark_custom_billing_paid_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_mark_custom_billing_paid_op, params, body, NULL,
                                   schematic_plans_mark_custom_billing_paid_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /custom-plan-billings/{custom_plan_billing_id}/retry */
static const apic_field schematic_plans_retry_custom_billing_params_desc_Fields[] = {
    {"custom_plan_billing_id", 22, APIC_F_REQUIRED, offsetof(schematic_plans_retry_custom_billing_params, custom_plan_billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_retry_custom_billing_params_desc = {
    "plans_retry_custom_billing_params", sizeof(schematic_plans_retry_custom_billing_params), schematic_plans_retry_custom_billing_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_retry_custom_billing_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plans_retry_custom_billing_responses[] = {
    {200, &schematic_plans_retry_custom_billing_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_retry_custom_billing_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_retry_custom_billing_security[] = {
    {schematic_plans_retry_custom_billing_security_0, 1},
};
const apic_operation schematic_plans_retry_custom_billing_op = {
    "schematic_plans_retry_custom_billing", "PUT", "/custom-plan-billings/{custom_plan_billing_id}/retry",
    &schematic_plans_retry_custom_billing_params_desc, schematic_plans_retry_custom_billing_params_locs,
    &schematic_retry_custom_plan_billing_request_body_Type, "application/json", true,
    schematic_plans_retry_custom_billing_responses, 1,
    schematic_plans_retry_custom_billing_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_retry_custom_billing(schematic_client *client, const schematic_plans_retry_custom_billing_params *params, const schematic_retry_custom_plan_billing_request_body *body, schematic_plans_retry_custom_billing_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_retry_custom_billing_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_retry_custom_billing_response *)result;
    return rc;
}

/* Calls schematic_plans_retry_custom_billing_async()'s callback as its own type. */
static void schematic_plans_retry_custom_billing_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_retry_custom_billing_callback)typed)(user_data, rc, (schematic_plans_retry_custom_billing_response *)result, err);
}

int schematic_plans_retry_custom_billing_async(schematic_client *client, const schematic_plans_retry_custom_billing_params *params, const schematic_retry_custom_plan_billing_request_body *body, schematic_plans_retry_custom_billing_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_retry_custom_billing_op, params, body, NULL,
                                   schematic_plans_retry_custom_billing_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /custom-plans */
static const apic_response schematic_plans_create_custom_responses[] = {
    {201, &schematic_plans_create_custom_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_create_custom_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_create_custom_security[] = {
    {schematic_plans_create_custom_security_0, 1},
};
const apic_operation schematic_plans_create_custom_op = {
    "schematic_plans_create_custom", "POST", "/custom-plans",
    NULL, NULL,
    &schematic_create_custom_plan_request_body_Type, "application/json", true,
    schematic_plans_create_custom_responses, 1,
    schematic_plans_create_custom_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_create_custom(schematic_client *client, const schematic_create_custom_plan_request_body *body, schematic_plans_create_custom_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_create_custom_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_create_custom_response *)result;
    return rc;
}

/* Calls schematic_plans_create_custom_async()'s callback as its own type. */
static void schematic_plans_create_custom_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_create_custom_callback)typed)(user_data, rc, (schematic_plans_create_custom_response *)result, err);
}

int schematic_plans_create_custom_async(schematic_client *client, const schematic_create_custom_plan_request_body *body, schematic_plans_create_custom_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_create_custom_op, NULL, body, NULL,
                                   schematic_plans_create_custom_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plans */
static const apic_field schematic_plans_list_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_plans_list_params, company_id), -1, -1, &apic_type_string},
    {"company_scoped_only", 19, 0, offsetof(schematic_plans_list_params, company_scoped_only), offsetof(schematic_plans_list_params, has_company_scoped_only), -1, &apic_type_bool},
    {"exclude_company_scoped", 22, 0, offsetof(schematic_plans_list_params, exclude_company_scoped), offsetof(schematic_plans_list_params, has_exclude_company_scoped), -1, &apic_type_bool},
    {"for_fallback_plan", 17, 0, offsetof(schematic_plans_list_params, for_fallback_plan), offsetof(schematic_plans_list_params, has_for_fallback_plan), -1, &apic_type_bool},
    {"for_initial_plan", 16, 0, offsetof(schematic_plans_list_params, for_initial_plan), offsetof(schematic_plans_list_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_plans_list_params, for_trial_expiry_plan), offsetof(schematic_plans_list_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"has_product_id", 14, 0, offsetof(schematic_plans_list_params, has_product_id), offsetof(schematic_plans_list_params, has_has_product_id), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_plans_list_params, ids), offsetof(schematic_plans_list_params, has_ids), -1, &schematic_string_array_Type},
    {"include_draft_versions", 22, 0, offsetof(schematic_plans_list_params, include_draft_versions), offsetof(schematic_plans_list_params, has_include_draft_versions), -1, &apic_type_bool},
    {"plan_type", 9, 0, offsetof(schematic_plans_list_params, plan_type), offsetof(schematic_plans_list_params, has_plan_type), -1, &schematic_plan_type_Type},
    {"q", 1, 0, offsetof(schematic_plans_list_params, q), -1, -1, &apic_type_string},
    {"scoped_to_company_id", 20, 0, offsetof(schematic_plans_list_params, scoped_to_company_id), -1, -1, &apic_type_string},
    {"with_entitlements", 17, 0, offsetof(schematic_plans_list_params, with_entitlements), offsetof(schematic_plans_list_params, has_with_entitlements), -1, &apic_type_bool},
    {"without_entitlement_for", 23, 0, offsetof(schematic_plans_list_params, without_entitlement_for), -1, -1, &apic_type_string},
    {"without_paid_product_id", 23, 0, offsetof(schematic_plans_list_params, without_paid_product_id), offsetof(schematic_plans_list_params, has_without_paid_product_id), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_plans_list_params, limit), offsetof(schematic_plans_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_list_params, offset), offsetof(schematic_plans_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_plans_list_params_desc = {
    "plans_list_params", sizeof(schematic_plans_list_params), schematic_plans_list_params_desc_Fields, 17,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_list_responses[] = {
    {200, &schematic_plans_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_list_security[] = {
    {schematic_plans_list_security_0, 1},
};
const apic_operation schematic_plans_list_op = {
    "schematic_plans_list", "GET", "/plans",
    &schematic_plans_list_params_desc, schematic_plans_list_params_locs,
    NULL, NULL, false,
    schematic_plans_list_responses, 1,
    schematic_plans_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_list(schematic_client *client, const schematic_plans_list_params *params, schematic_plans_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_list_response *)result;
    return rc;
}

/* Calls schematic_plans_list_async()'s callback as its own type. */
static void schematic_plans_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_list_callback)typed)(user_data, rc, (schematic_plans_list_response *)result, err);
}

int schematic_plans_list_async(schematic_client *client, const schematic_plans_list_params *params, schematic_plans_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_list_op, params, NULL, NULL,
                                   schematic_plans_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_plans_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_plans_list_iter_new(schematic_client *client, const schematic_plans_list_params *params, schematic_plans_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_plans_list_op, &schematic_plans_list_pagination, params, out, err);
}

int schematic_plans_list_iter_next(schematic_plans_list_iter *it, const schematic_plan_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_plan_detail_response_data *)next;
    return rc;
}

void schematic_plans_list_iter_free(schematic_plans_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /plans */
static const apic_response schematic_plans_create_responses[] = {
    {201, &schematic_plans_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_create_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_create_security[] = {
    {schematic_plans_create_security_0, 1},
};
const apic_operation schematic_plans_create_op = {
    "schematic_plans_create", "POST", "/plans",
    NULL, NULL,
    &schematic_create_plan_request_body_Type, "application/json", true,
    schematic_plans_create_responses, 1,
    schematic_plans_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_create(schematic_client *client, const schematic_create_plan_request_body *body, schematic_plans_create_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_create_response *)result;
    return rc;
}

/* Calls schematic_plans_create_async()'s callback as its own type. */
static void schematic_plans_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_create_callback)typed)(user_data, rc, (schematic_plans_create_response *)result, err);
}

int schematic_plans_create_async(schematic_client *client, const schematic_create_plan_request_body *body, schematic_plans_create_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_create_op, NULL, body, NULL,
                                   schematic_plans_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plans/{plan_id} */
static const apic_field schematic_plans_get_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plans_get_params, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, 0, offsetof(schematic_plans_get_params, plan_version_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_get_params_desc = {
    "plans_get_params", sizeof(schematic_plans_get_params), schematic_plans_get_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_get_responses[] = {
    {200, &schematic_plans_get_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_get_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_get_security[] = {
    {schematic_plans_get_security_0, 1},
};
const apic_operation schematic_plans_get_op = {
    "schematic_plans_get", "GET", "/plans/{plan_id}",
    &schematic_plans_get_params_desc, schematic_plans_get_params_locs,
    NULL, NULL, false,
    schematic_plans_get_responses, 1,
    schematic_plans_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_get(schematic_client *client, const schematic_plans_get_params *params, schematic_plans_get_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_get_response *)result;
    return rc;
}

/* Calls schematic_plans_get_async()'s callback as its own type. */
static void schematic_plans_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_get_callback)typed)(user_data, rc, (schematic_plans_get_response *)result, err);
}

int schematic_plans_get_async(schematic_client *client, const schematic_plans_get_params *params, schematic_plans_get_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_get_op, params, NULL, NULL,
                                   schematic_plans_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /plans/{plan_id} */
static const apic_field schematic_plans_update_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plans_update_params, plan_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_update_params_desc = {
    "plans_update_params", sizeof(schematic_plans_update_params), schematic_plans_update_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_update_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plans_update_responses[] = {
    {200, &schematic_plans_update_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_update_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_update_security[] = {
    {schematic_plans_update_security_0, 1},
};
const apic_operation schematic_plans_update_op = {
    "schematic_plans_update", "PUT", "/plans/{plan_id}",
    &schematic_plans_update_params_desc, schematic_plans_update_params_locs,
    &schematic_update_plan_request_body_Type, "application/json", true,
    schematic_plans_update_responses, 1,
    schematic_plans_update_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_update(schematic_client *client, const schematic_plans_update_params *params, const schematic_update_plan_request_body *body, schematic_plans_update_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_update_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_update_response *)result;
    return rc;
}

/* Calls schematic_plans_update_async()'s callback as its own type. */
static void schematic_plans_update_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_update_callback)typed)(user_data, rc, (schematic_plans_update_response *)result, err);
}

int schematic_plans_update_async(schematic_client *client, const schematic_plans_update_params *params, const schematic_update_plan_request_body *body, schematic_plans_update_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_update_op, params, body, NULL,
                                   schematic_plans_update_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /plans/{plan_id} */
static const apic_field schematic_plans_delete_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plans_delete_params, plan_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_delete_params_desc = {
    "plans_delete_params", sizeof(schematic_plans_delete_params), schematic_plans_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plans_delete_responses[] = {
    {200, &schematic_plans_delete_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_delete_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_delete_security[] = {
    {schematic_plans_delete_security_0, 1},
};
const apic_operation schematic_plans_delete_op = {
    "schematic_plans_delete", "DELETE", "/plans/{plan_id}",
    &schematic_plans_delete_params_desc, schematic_plans_delete_params_locs,
    NULL, NULL, false,
    schematic_plans_delete_responses, 1,
    schematic_plans_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_delete(schematic_client *client, const schematic_plans_delete_params *params, schematic_plans_delete_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_delete_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_delete_response *)result;
    return rc;
}

/* Calls schematic_plans_delete_async()'s callback as its own type. */
static void schematic_plans_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_delete_callback)typed)(user_data, rc, (schematic_plans_delete_response *)result, err);
}

int schematic_plans_delete_async(schematic_client *client, const schematic_plans_delete_params *params, schematic_plans_delete_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_delete_op, params, NULL, NULL,
                                   schematic_plans_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /plans/{plan_id}/billing_products */
static const apic_field schematic_plans_upsert_billing_product_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plans_upsert_billing_product_params, plan_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_upsert_billing_product_params_desc = {
    "plans_upsert_billing_product_params", sizeof(schematic_plans_upsert_billing_product_params), schematic_plans_upsert_billing_product_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_upsert_billing_product_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plans_upsert_billing_product_responses[] = {
    {200, &schematic_plans_upsert_billing_product_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_upsert_billing_product_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_upsert_billing_product_security[] = {
    {schematic_plans_upsert_billing_product_security_0, 1},
};
const apic_operation schematic_plans_upsert_billing_product_op = {
    "schematic_plans_upsert_billing_product", "PUT", "/plans/{plan_id}/billing_products",
    &schematic_plans_upsert_billing_product_params_desc, schematic_plans_upsert_billing_product_params_locs,
    &schematic_upsert_billing_product_request_body_Type, "application/json", true,
    schematic_plans_upsert_billing_product_responses, 1,
    schematic_plans_upsert_billing_product_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_upsert_billing_product(schematic_client *client, const schematic_plans_upsert_billing_product_params *params, const schematic_upsert_billing_product_request_body *body, schematic_plans_upsert_billing_product_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_upsert_billing_product_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_upsert_billing_product_response *)result;
    return rc;
}

/* Calls schematic_plans_upsert_billing_product_async()'s callback as its own type. */
static void schematic_plans_upsert_billing_product_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_upsert_billing_product_callback)typed)(user_data, rc, (schematic_plans_upsert_billing_product_response *)result, err);
}

int schematic_plans_upsert_billing_product_async(schematic_client *client, const schematic_plans_upsert_billing_product_params *params, const schematic_upsert_billing_product_request_body *body, schematic_plans_upsert_billing_product_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_upsert_billing_product_op, params, body, NULL,
                                   schematic_plans_upsert_billing_product_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plans/billing-linked */
static const apic_response schematic_plans_upsert_for_billing_product_responses[] = {
    {201, &schematic_plans_upsert_for_billing_product_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_upsert_for_billing_product_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_upsert_for_billing_product_security[] = {
    {schematic_plans_upsert_for_billing_product_security_0, 1},
};
const apic_operation schematic_plans_upsert_for_billing_product_op = {
    "schematic_plans_upsert_for_billing_product", "POST", "/plans/billing-linked",
    NULL, NULL,
    &schematic_create_billing_linked_plan_request_body_Type, "application/json", true,
    schematic_plans_upsert_for_billing_product_responses, 1,
    schematic_plans_upsert_for_billing_product_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_upsert_for_billing_product(schematic_client *client, const schematic_create_billing_linked_plan_request_body *body, schematic_plans_upsert_for_billing_product_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_upsert_for_billing_product_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_upsert_for_billing_product_response *)result;
    return rc;
}

/* Calls schematic_plans_upsert_for_billing_product_async()'s callback as its own type. */
static void schematic_plans_upsert_for_billing_product_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_upsert_for_billing_product_callback)typed)(user_data, rc, (schematic_plans_upsert_for_billing_product_response *)result, err);
}

int schematic_plans_upsert_for_billing_product_async(schematic_client *client, const schematic_create_billing_linked_plan_request_body *body, schematic_plans_upsert_for_billing_product_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_upsert_for_billing_product_op, NULL, body, NULL,
                                   schematic_plans_upsert_for_billing_product_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plans/billing-product-match-companies */
static const apic_field schematic_plans_list_billing_product_match_companies_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plans_list_billing_product_match_companies_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_plans_list_billing_product_match_companies_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_plans_list_billing_product_match_companies_params, limit), offsetof(schematic_plans_list_billing_product_match_companies_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_list_billing_product_match_companies_params, offset), offsetof(schematic_plans_list_billing_product_match_companies_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_plans_list_billing_product_match_companies_params_desc = {
    "plans_list_billing_product_match_companies_params", sizeof(schematic_plans_list_billing_product_match_companies_params), schematic_plans_list_billing_product_match_companies_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_list_billing_product_match_companies_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_list_billing_product_match_companies_responses[] = {
    {200, &schematic_plans_list_billing_product_match_companies_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_list_billing_product_match_companies_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_list_billing_product_match_companies_security[] = {
    {schematic_plans_list_billing_product_match_companies_security_0, 1},
};
const apic_operation schematic_plans_list_billing_product_match_companies_op = {
    "schematic_plans_list_billing_product_match_companies", "GET", "/plans/billing-product-match-companies",
    &schematic_plans_list_billing_product_match_companies_params_desc, schematic_plans_list_billing_product_match_companies_params_locs,
    NULL, NULL, false,
    schematic_plans_list_billing_product_match_companies_responses, 1,
    schematic_plans_list_billing_product_match_companies_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_list_billing_product_match_companies(schematic_client *client, const schematic_plans_list_billing_product_match_companies_params *params, schematic_plans_list_billing_product_match_companies_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_list_billing_product_match_companies_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_list_billing_product_match_companies_response *)result;
    return rc;
}

/* Calls schematic_plans_list_billing_product_match_companies_async()'s callback as its own type. */
static void schematic_plans_list_billing_product_match_companies_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_list_billing_product_match_companies_callback)typed)(user_data, rc, (schematic_plans_list_billing_product_match_companies_response *)result, err);
}

int schematic_plans_list_billing_product_match_companies_async(schematic_client *client, const schematic_plans_list_billing_product_match_companies_params *params, schematic_plans_list_billing_product_match_companies_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_list_billing_product_match_companies_op, params, NULL, NULL,
                                   schematic_plans_list_billing_product_match_companies_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_plans_list_billing_product_match_companies_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_plans_list_billing_product_match_companies_iter_new(schematic_client *client, const schematic_plans_list_billing_product_match_companies_params *params, schematic_plans_list_billing_product_match_companies_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_plans_list_billing_product_match_companies_op, &schematic_plans_list_billing_product_match_companies_pagination, params, out, err);
}

int schematic_plans_list_billing_product_match_companies_iter_next(schematic_plans_list_billing_product_match_companies_iter *it, const schematic_company_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_company_detail_response_data *)next;
    return rc;
}

void schematic_plans_list_billing_product_match_companies_iter_free(schematic_plans_list_billing_product_match_companies_iter *it)
{
    apic_pager_free(it);
}

/* GET /plans/billing-product-match-companies/count */
static const apic_field schematic_plans_count_billing_product_match_companies_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plans_count_billing_product_match_companies_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_plans_count_billing_product_match_companies_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_plans_count_billing_product_match_companies_params, limit), offsetof(schematic_plans_count_billing_product_match_companies_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_count_billing_product_match_companies_params, offset), offsetof(schematic_plans_count_billing_product_match_companies_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_plans_count_billing_product_match_companies_params_desc = {
    "plans_count_billing_product_match_companies_params", sizeof(schematic_plans_count_billing_product_match_companies_params), schematic_plans_count_billing_product_match_companies_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_count_billing_product_match_companies_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_count_billing_product_match_companies_responses[] = {
    {200, &schematic_plans_count_billing_product_match_companies_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_count_billing_product_match_companies_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_count_billing_product_match_companies_security[] = {
    {schematic_plans_count_billing_product_match_companies_security_0, 1},
};
const apic_operation schematic_plans_count_billing_product_match_companies_op = {
    "schematic_plans_count_billing_product_match_companies", "GET", "/plans/billing-product-match-companies/count",
    &schematic_plans_count_billing_product_match_companies_params_desc, schematic_plans_count_billing_product_match_companies_params_locs,
    NULL, NULL, false,
    schematic_plans_count_billing_product_match_companies_responses, 1,
    schematic_plans_count_billing_product_match_companies_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_count_billing_product_match_companies(schematic_client *client, const schematic_plans_count_billing_product_match_companies_params *params, schematic_plans_count_billing_product_match_companies_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_count_billing_product_match_companies_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_count_billing_product_match_companies_response *)result;
    return rc;
}

/* Calls schematic_plans_count_billing_product_match_companies_async()'s callback as its own type. */
static void schematic_plans_count_billing_product_match_companies_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_count_billing_product_match_companies_callback)typed)(user_data, rc, (schematic_plans_count_billing_product_match_companies_response *)result, err);
}

int schematic_plans_count_billing_product_match_companies_async(schematic_client *client, const schematic_plans_count_billing_product_match_companies_params *params, schematic_plans_count_billing_product_match_companies_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_count_billing_product_match_companies_op, params, NULL, NULL,
                                   schematic_plans_count_billing_product_match_companies_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plans/count */
static const apic_field schematic_plans_count_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_plans_count_params, company_id), -1, -1, &apic_type_string},
    {"company_scoped_only", 19, 0, offsetof(schematic_plans_count_params, company_scoped_only), offsetof(schematic_plans_count_params, has_company_scoped_only), -1, &apic_type_bool},
    {"exclude_company_scoped", 22, 0, offsetof(schematic_plans_count_params, exclude_company_scoped), offsetof(schematic_plans_count_params, has_exclude_company_scoped), -1, &apic_type_bool},
    {"for_fallback_plan", 17, 0, offsetof(schematic_plans_count_params, for_fallback_plan), offsetof(schematic_plans_count_params, has_for_fallback_plan), -1, &apic_type_bool},
    {"for_initial_plan", 16, 0, offsetof(schematic_plans_count_params, for_initial_plan), offsetof(schematic_plans_count_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_plans_count_params, for_trial_expiry_plan), offsetof(schematic_plans_count_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"has_product_id", 14, 0, offsetof(schematic_plans_count_params, has_product_id), offsetof(schematic_plans_count_params, has_has_product_id), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_plans_count_params, ids), offsetof(schematic_plans_count_params, has_ids), -1, &schematic_string_array_Type},
    {"include_draft_versions", 22, 0, offsetof(schematic_plans_count_params, include_draft_versions), offsetof(schematic_plans_count_params, has_include_draft_versions), -1, &apic_type_bool},
    {"plan_type", 9, 0, offsetof(schematic_plans_count_params, plan_type), offsetof(schematic_plans_count_params, has_plan_type), -1, &schematic_plan_type_Type},
    {"q", 1, 0, offsetof(schematic_plans_count_params, q), -1, -1, &apic_type_string},
    {"scoped_to_company_id", 20, 0, offsetof(schematic_plans_count_params, scoped_to_company_id), -1, -1, &apic_type_string},
    {"with_entitlements", 17, 0, offsetof(schematic_plans_count_params, with_entitlements), offsetof(schematic_plans_count_params, has_with_entitlements), -1, &apic_type_bool},
    {"without_entitlement_for", 23, 0, offsetof(schematic_plans_count_params, without_entitlement_for), -1, -1, &apic_type_string},
    {"without_paid_product_id", 23, 0, offsetof(schematic_plans_count_params, without_paid_product_id), offsetof(schematic_plans_count_params, has_without_paid_product_id), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_plans_count_params, limit), offsetof(schematic_plans_count_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_count_params, offset), offsetof(schematic_plans_count_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_plans_count_params_desc = {
    "plans_count_params", sizeof(schematic_plans_count_params), schematic_plans_count_params_desc_Fields, 17,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_count_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_count_responses[] = {
    {200, &schematic_plans_count_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_count_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_count_security[] = {
    {schematic_plans_count_security_0, 1},
};
const apic_operation schematic_plans_count_op = {
    "schematic_plans_count", "GET", "/plans/count",
    &schematic_plans_count_params_desc, schematic_plans_count_params_locs,
    NULL, NULL, false,
    schematic_plans_count_responses, 1,
    schematic_plans_count_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_count(schematic_client *client, const schematic_plans_count_params *params, schematic_plans_count_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_count_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_count_response *)result;
    return rc;
}

/* Calls schematic_plans_count_async()'s callback as its own type. */
static void schematic_plans_count_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_count_callback)typed)(user_data, rc, (schematic_plans_count_response *)result, err);
}

int schematic_plans_count_async(schematic_client *client, const schematic_plans_count_params *params, schematic_plans_count_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_count_op, params, NULL, NULL,
                                   schematic_plans_count_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plans/issues */
static const apic_field schematic_plans_list_issues_params_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plans_list_issues_params, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, 0, offsetof(schematic_plans_list_issues_params, plan_version_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_list_issues_params_desc = {
    "plans_list_issues_params", sizeof(schematic_plans_list_issues_params), schematic_plans_list_issues_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_list_issues_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_list_issues_responses[] = {
    {200, &schematic_plans_list_issues_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_list_issues_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_list_issues_security[] = {
    {schematic_plans_list_issues_security_0, 1},
};
const apic_operation schematic_plans_list_issues_op = {
    "schematic_plans_list_issues", "GET", "/plans/issues",
    &schematic_plans_list_issues_params_desc, schematic_plans_list_issues_params_locs,
    NULL, NULL, false,
    schematic_plans_list_issues_responses, 1,
    schematic_plans_list_issues_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_list_issues(schematic_client *client, const schematic_plans_list_issues_params *params, schematic_plans_list_issues_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_list_issues_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_list_issues_response *)result;
    return rc;
}

/* Calls schematic_plans_list_issues_async()'s callback as its own type. */
static void schematic_plans_list_issues_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_list_issues_callback)typed)(user_data, rc, (schematic_plans_list_issues_response *)result, err);
}

int schematic_plans_list_issues_async(schematic_client *client, const schematic_plans_list_issues_params *params, schematic_plans_list_issues_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_list_issues_op, params, NULL, NULL,
                                   schematic_plans_list_issues_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /plans/version/{plan_version_id} */
static const apic_field schematic_plans_delete_version_params_desc_Fields[] = {
    {"plan_version_id", 15, APIC_F_REQUIRED, offsetof(schematic_plans_delete_version_params, plan_version_id), -1, -1, &apic_type_string},
    {"promote_archived_version", 24, 0, offsetof(schematic_plans_delete_version_params, promote_archived_version), offsetof(schematic_plans_delete_version_params, has_promote_archived_version), -1, &apic_type_bool},
};
static const apic_struct_desc schematic_plans_delete_version_params_desc = {
    "plans_delete_version_params", sizeof(schematic_plans_delete_version_params), schematic_plans_delete_version_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_delete_version_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_plans_delete_version_responses[] = {
    {200, &schematic_plans_delete_version_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_delete_version_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_delete_version_security[] = {
    {schematic_plans_delete_version_security_0, 1},
};
const apic_operation schematic_plans_delete_version_op = {
    "schematic_plans_delete_version", "DELETE", "/plans/version/{plan_version_id}",
    &schematic_plans_delete_version_params_desc, schematic_plans_delete_version_params_locs,
    NULL, NULL, false,
    schematic_plans_delete_version_responses, 1,
    schematic_plans_delete_version_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_delete_version(schematic_client *client, const schematic_plans_delete_version_params *params, schematic_plans_delete_version_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_delete_version_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_delete_version_response *)result;
    return rc;
}

/* Calls schematic_plans_delete_version_async()'s callback as its own type. */
static void schematic_plans_delete_version_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_delete_version_callback)typed)(user_data, rc, (schematic_plans_delete_version_response *)result, err);
}

int schematic_plans_delete_version_async(schematic_client *client, const schematic_plans_delete_version_params *params, schematic_plans_delete_version_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_delete_version_op, params, NULL, NULL,
                                   schematic_plans_delete_version_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /plans/version/{plan_version_id}/publish */
static const apic_field schematic_plans_publish_version_params_desc_Fields[] = {
    {"plan_version_id", 15, APIC_F_REQUIRED, offsetof(schematic_plans_publish_version_params, plan_version_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_plans_publish_version_params_desc = {
    "plans_publish_version_params", sizeof(schematic_plans_publish_version_params), schematic_plans_publish_version_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_plans_publish_version_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_plans_publish_version_responses[] = {
    {200, &schematic_plans_publish_version_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_plans_publish_version_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_plans_publish_version_security[] = {
    {schematic_plans_publish_version_security_0, 1},
};
const apic_operation schematic_plans_publish_version_op = {
    "schematic_plans_publish_version", "PUT", "/plans/version/{plan_version_id}/publish",
    &schematic_plans_publish_version_params_desc, schematic_plans_publish_version_params_locs,
    &schematic_publish_plan_version_request_body_Type, "application/json", true,
    schematic_plans_publish_version_responses, 1,
    schematic_plans_publish_version_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_plans_publish_version(schematic_client *client, const schematic_plans_publish_version_params *params, const schematic_publish_plan_version_request_body *body, schematic_plans_publish_version_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_plans_publish_version_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_plans_publish_version_response *)result;
    return rc;
}

/* Calls schematic_plans_publish_version_async()'s callback as its own type. */
static void schematic_plans_publish_version_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_plans_publish_version_callback)typed)(user_data, rc, (schematic_plans_publish_version_response *)result, err);
}

int schematic_plans_publish_version_async(schematic_client *client, const schematic_plans_publish_version_params *params, const schematic_publish_plan_version_request_body *body, schematic_plans_publish_version_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_plans_publish_version_op, params, body, NULL,
                                   schematic_plans_publish_version_adapt, (apic_async_fn)callback, user_data, call, err);
}
