/* Schematic: credits operations. Generated; do not edit. */
#include "internal.h"

/* GET /billing/credits */
static const apic_field schematic_credits_list_billing_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_credits_list_billing_params, ids), offsetof(schematic_credits_list_billing_params, has_ids), -1, &schematic_string_array_Type},
    {"name", 4, 0, offsetof(schematic_credits_list_billing_params, name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_credits_list_billing_params, limit), offsetof(schematic_credits_list_billing_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_billing_params, offset), offsetof(schematic_credits_list_billing_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_list_billing_params_desc = {
    "credits_list_billing_params", sizeof(schematic_credits_list_billing_params), schematic_credits_list_billing_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_list_billing_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_list_billing_responses[] = {
    {200, &schematic_credits_list_billing_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_list_billing_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_list_billing_security[] = {
    {schematic_credits_list_billing_security_0, 1},
};
const apic_operation schematic_credits_list_billing_op = {
    "schematic_credits_list_billing", "GET", "/billing/credits",
    &schematic_credits_list_billing_params_desc, schematic_credits_list_billing_params_locs,
    NULL, NULL, false,
    schematic_credits_list_billing_responses, 1,
    schematic_credits_list_billing_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_list_billing(schematic_client *client, const schematic_credits_list_billing_params *params, schematic_credits_list_billing_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_list_billing_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_list_billing_response *)result;
    return rc;
}

/* Calls schematic_credits_list_billing_async()'s callback as its own type. */
static void schematic_credits_list_billing_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_list_billing_callback)typed)(user_data, rc, (schematic_credits_list_billing_response *)result, err);
}

int schematic_credits_list_billing_async(schematic_client *client, const schematic_credits_list_billing_params *params, schematic_credits_list_billing_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_list_billing_op, params, NULL, NULL,
                                   schematic_credits_list_billing_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_credits_list_billing_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_credits_list_billing_iter_new(schematic_client *client, const schematic_credits_list_billing_params *params, schematic_credits_list_billing_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_credits_list_billing_op, &schematic_credits_list_billing_pagination, params, out, err);
}

int schematic_credits_list_billing_iter_next(schematic_credits_list_billing_iter *it, const schematic_billing_credit_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_credit_response_data *)next;
    return rc;
}

void schematic_credits_list_billing_iter_free(schematic_credits_list_billing_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/credits */
static const apic_response schematic_credits_create_billing_responses[] = {
    {201, &schematic_credits_create_billing_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_create_billing_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_create_billing_security[] = {
    {schematic_credits_create_billing_security_0, 1},
};
const apic_operation schematic_credits_create_billing_op = {
    "schematic_credits_create_billing", "POST", "/billing/credits",
    NULL, NULL,
    &schematic_create_billing_credit_request_body_Type, "application/json", true,
    schematic_credits_create_billing_responses, 1,
    schematic_credits_create_billing_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_create_billing(schematic_client *client, const schematic_create_billing_credit_request_body *body, schematic_credits_create_billing_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_create_billing_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_create_billing_response *)result;
    return rc;
}

/* Calls schematic_credits_create_billing_async()'s callback as its own type. */
static void schematic_credits_create_billing_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_create_billing_callback)typed)(user_data, rc, (schematic_credits_create_billing_response *)result, err);
}

int schematic_credits_create_billing_async(schematic_client *client, const schematic_create_billing_credit_request_body *body, schematic_credits_create_billing_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_create_billing_op, NULL, body, NULL,
                                   schematic_credits_create_billing_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/{credit_id} */
static const apic_field schematic_credits_get_single_billing_params_desc_Fields[] = {
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_credits_get_single_billing_params, credit_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_get_single_billing_params_desc = {
    "credits_get_single_billing_params", sizeof(schematic_credits_get_single_billing_params), schematic_credits_get_single_billing_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_get_single_billing_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_get_single_billing_responses[] = {
    {200, &schematic_credits_get_single_billing_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_get_single_billing_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_get_single_billing_security[] = {
    {schematic_credits_get_single_billing_security_0, 1},
};
const apic_operation schematic_credits_get_single_billing_op = {
    "schematic_credits_get_single_billing", "GET", "/billing/credits/{credit_id}",
    &schematic_credits_get_single_billing_params_desc, schematic_credits_get_single_billing_params_locs,
    NULL, NULL, false,
    schematic_credits_get_single_billing_responses, 1,
    schematic_credits_get_single_billing_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_get_single_billing(schematic_client *client, const schematic_credits_get_single_billing_params *params, schematic_credits_get_single_billing_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_get_single_billing_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_get_single_billing_response *)result;
    return rc;
}

/* Calls schematic_credits_get_single_billing_async()'s callback as its own type. */
static void schematic_credits_get_single_billing_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_get_single_billing_callback)typed)(user_data, rc, (schematic_credits_get_single_billing_response *)result, err);
}

int schematic_credits_get_single_billing_async(schematic_client *client, const schematic_credits_get_single_billing_params *params, schematic_credits_get_single_billing_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_get_single_billing_op, params, NULL, NULL,
                                   schematic_credits_get_single_billing_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /billing/credits/{credit_id} */
static const apic_field schematic_credits_update_billing_params_desc_Fields[] = {
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_credits_update_billing_params, credit_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_update_billing_params_desc = {
    "credits_update_billing_params", sizeof(schematic_credits_update_billing_params), schematic_credits_update_billing_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_update_billing_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_update_billing_responses[] = {
    {200, &schematic_credits_update_billing_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_update_billing_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_update_billing_security[] = {
    {schematic_credits_update_billing_security_0, 1},
};
const apic_operation schematic_credits_update_billing_op = {
    "schematic_credits_update_billing", "PUT", "/billing/credits/{credit_id}",
    &schematic_credits_update_billing_params_desc, schematic_credits_update_billing_params_locs,
    &schematic_update_billing_credit_request_body_Type, "application/json", true,
    schematic_credits_update_billing_responses, 1,
    schematic_credits_update_billing_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_update_billing(schematic_client *client, const schematic_credits_update_billing_params *params, const schematic_update_billing_credit_request_body *body, schematic_credits_update_billing_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_update_billing_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_update_billing_response *)result;
    return rc;
}

/* Calls schematic_credits_update_billing_async()'s callback as its own type. */
static void schematic_credits_update_billing_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_update_billing_callback)typed)(user_data, rc, (schematic_credits_update_billing_response *)result, err);
}

int schematic_credits_update_billing_async(schematic_client *client, const schematic_credits_update_billing_params *params, const schematic_update_billing_credit_request_body *body, schematic_credits_update_billing_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_update_billing_op, params, body, NULL,
                                   schematic_credits_update_billing_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/credits/{credit_id} */
static const apic_field schematic_credits_soft_delete_billing_params_desc_Fields[] = {
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_credits_soft_delete_billing_params, credit_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_soft_delete_billing_params_desc = {
    "credits_soft_delete_billing_params", sizeof(schematic_credits_soft_delete_billing_params), schematic_credits_soft_delete_billing_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_soft_delete_billing_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_soft_delete_billing_responses[] = {
    {200, &schematic_credits_soft_delete_billing_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_soft_delete_billing_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_soft_delete_billing_security[] = {
    {schematic_credits_soft_delete_billing_security_0, 1},
};
const apic_operation schematic_credits_soft_delete_billing_op = {
    "schematic_credits_soft_delete_billing", "DELETE", "/billing/credits/{credit_id}",
    &schematic_credits_soft_delete_billing_params_desc, schematic_credits_soft_delete_billing_params_locs,
    NULL, NULL, false,
    schematic_credits_soft_delete_billing_responses, 1,
    schematic_credits_soft_delete_billing_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_soft_delete_billing(schematic_client *client, const schematic_credits_soft_delete_billing_params *params, schematic_credits_soft_delete_billing_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_soft_delete_billing_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_soft_delete_billing_response *)result;
    return rc;
}

/* Calls schematic_credits_soft_delete_billing_async()'s callback as its own type. */
static void schematic_credits_soft_delete_billing_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_soft_delete_billing_callback)typed)(user_data, rc, (schematic_credits_soft_delete_billing_response *)result, err);
}

int schematic_credits_soft_delete_billing_async(schematic_client *client, const schematic_credits_soft_delete_billing_params *params, schematic_credits_soft_delete_billing_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_soft_delete_billing_op, params, NULL, NULL,
                                   schematic_credits_soft_delete_billing_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/balance */
static const apic_field schematic_credits_list_company_balances_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credits_list_company_balances_params, company_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_list_company_balances_params_desc = {
    "credits_list_company_balances_params", sizeof(schematic_credits_list_company_balances_params), schematic_credits_list_company_balances_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_list_company_balances_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_list_company_balances_responses[] = {
    {200, &schematic_credits_list_company_balances_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_list_company_balances_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_list_company_balances_security[] = {
    {schematic_credits_list_company_balances_security_0, 1},
};
const apic_operation schematic_credits_list_company_balances_op = {
    "schematic_credits_list_company_balances", "GET", "/billing/credits/balance",
    &schematic_credits_list_company_balances_params_desc, schematic_credits_list_company_balances_params_locs,
    NULL, NULL, false,
    schematic_credits_list_company_balances_responses, 1,
    schematic_credits_list_company_balances_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_list_company_balances(schematic_client *client, const schematic_credits_list_company_balances_params *params, schematic_credits_list_company_balances_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_list_company_balances_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_list_company_balances_response *)result;
    return rc;
}

/* Calls schematic_credits_list_company_balances_async()'s callback as its own type. */
static void schematic_credits_list_company_balances_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_list_company_balances_callback)typed)(user_data, rc, (schematic_credits_list_company_balances_response *)result, err);
}

int schematic_credits_list_company_balances_async(schematic_client *client, const schematic_credits_list_company_balances_params *params, schematic_credits_list_company_balances_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_list_company_balances_op, params, NULL, NULL,
                                   schematic_credits_list_company_balances_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/bundles */
static const apic_field schematic_credits_list_bundles_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_credits_list_bundles_params, ids), offsetof(schematic_credits_list_bundles_params, has_ids), -1, &schematic_string_array_Type},
    {"credit_id", 9, 0, offsetof(schematic_credits_list_bundles_params, credit_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_credits_list_bundles_params, status), offsetof(schematic_credits_list_bundles_params, has_status), -1, &schematic_billing_credit_bundle_status_Type},
    {"bundle_type", 11, 0, offsetof(schematic_credits_list_bundles_params, bundle_type), offsetof(schematic_credits_list_bundles_params, has_bundle_type), -1, &schematic_billing_credit_bundle_type_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_bundles_params, limit), offsetof(schematic_credits_list_bundles_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_bundles_params, offset), offsetof(schematic_credits_list_bundles_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_list_bundles_params_desc = {
    "credits_list_bundles_params", sizeof(schematic_credits_list_bundles_params), schematic_credits_list_bundles_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_list_bundles_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_list_bundles_responses[] = {
    {200, &schematic_credits_list_bundles_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_list_bundles_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_list_bundles_security[] = {
    {schematic_credits_list_bundles_security_0, 1},
};
const apic_operation schematic_credits_list_bundles_op = {
    "schematic_credits_list_bundles", "GET", "/billing/credits/bundles",
    &schematic_credits_list_bundles_params_desc, schematic_credits_list_bundles_params_locs,
    NULL, NULL, false,
    schematic_credits_list_bundles_responses, 1,
    schematic_credits_list_bundles_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_list_bundles(schematic_client *client, const schematic_credits_list_bundles_params *params, schematic_credits_list_bundles_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_list_bundles_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_list_bundles_response *)result;
    return rc;
}

/* Calls schematic_credits_list_bundles_async()'s callback as its own type. */
static void schematic_credits_list_bundles_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_list_bundles_callback)typed)(user_data, rc, (schematic_credits_list_bundles_response *)result, err);
}

int schematic_credits_list_bundles_async(schematic_client *client, const schematic_credits_list_bundles_params *params, schematic_credits_list_bundles_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_list_bundles_op, params, NULL, NULL,
                                   schematic_credits_list_bundles_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_credits_list_bundles_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_credits_list_bundles_iter_new(schematic_client *client, const schematic_credits_list_bundles_params *params, schematic_credits_list_bundles_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_credits_list_bundles_op, &schematic_credits_list_bundles_pagination, params, out, err);
}

int schematic_credits_list_bundles_iter_next(schematic_credits_list_bundles_iter *it, const schematic_billing_credit_bundle_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_credit_bundle_response_data *)next;
    return rc;
}

void schematic_credits_list_bundles_iter_free(schematic_credits_list_bundles_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/credits/bundles */
static const apic_response schematic_credits_create_bundle_responses[] = {
    {201, &schematic_credits_create_bundle_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_create_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_create_bundle_security[] = {
    {schematic_credits_create_bundle_security_0, 1},
};
const apic_operation schematic_credits_create_bundle_op = {
    "schematic_credits_create_bundle", "POST", "/billing/credits/bundles",
    NULL, NULL,
    &schematic_create_credit_bundle_request_body_Type, "application/json", true,
    schematic_credits_create_bundle_responses, 1,
    schematic_credits_create_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_create_bundle(schematic_client *client, const schematic_create_credit_bundle_request_body *body, schematic_credits_create_bundle_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_create_bundle_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_create_bundle_response *)result;
    return rc;
}

/* Calls schematic_credits_create_bundle_async()'s callback as its own type. */
static void schematic_credits_create_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_create_bundle_callback)typed)(user_data, rc, (schematic_credits_create_bundle_response *)result, err);
}

int schematic_credits_create_bundle_async(schematic_client *client, const schematic_create_credit_bundle_request_body *body, schematic_credits_create_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_create_bundle_op, NULL, body, NULL,
                                   schematic_credits_create_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/bundles/{bundle_id} */
static const apic_field schematic_credits_get_bundle_params_desc_Fields[] = {
    {"bundle_id", 9, APIC_F_REQUIRED, offsetof(schematic_credits_get_bundle_params, bundle_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_get_bundle_params_desc = {
    "credits_get_bundle_params", sizeof(schematic_credits_get_bundle_params), schematic_credits_get_bundle_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_get_bundle_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_get_bundle_responses[] = {
    {200, &schematic_credits_get_bundle_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_get_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_get_bundle_security[] = {
    {schematic_credits_get_bundle_security_0, 1},
};
const apic_operation schematic_credits_get_bundle_op = {
    "schematic_credits_get_bundle", "GET", "/billing/credits/bundles/{bundle_id}",
    &schematic_credits_get_bundle_params_desc, schematic_credits_get_bundle_params_locs,
    NULL, NULL, false,
    schematic_credits_get_bundle_responses, 1,
    schematic_credits_get_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_get_bundle(schematic_client *client, const schematic_credits_get_bundle_params *params, schematic_credits_get_bundle_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_get_bundle_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_get_bundle_response *)result;
    return rc;
}

/* Calls schematic_credits_get_bundle_async()'s callback as its own type. */
static void schematic_credits_get_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_get_bundle_callback)typed)(user_data, rc, (schematic_credits_get_bundle_response *)result, err);
}

int schematic_credits_get_bundle_async(schematic_client *client, const schematic_credits_get_bundle_params *params, schematic_credits_get_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_get_bundle_op, params, NULL, NULL,
                                   schematic_credits_get_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /billing/credits/bundles/{bundle_id} */
static const apic_field schematic_credits_update_bundle_details_params_desc_Fields[] = {
    {"bundle_id", 9, APIC_F_REQUIRED, offsetof(schematic_credits_update_bundle_details_params, bundle_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_update_bundle_details_params_desc = {
    "credits_update_bundle_details_params", sizeof(schematic_credits_update_bundle_details_params), schematic_credits_update_bundle_details_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_update_bundle_details_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_update_bundle_details_responses[] = {
    {200, &schematic_credits_update_bundle_details_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_update_bundle_details_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_update_bundle_details_security[] = {
    {schematic_credits_update_bundle_details_security_0, 1},
};
const apic_operation schematic_credits_update_bundle_details_op = {
    "schematic_credits_update_bundle_details", "PUT", "/billing/credits/bundles/{bundle_id}",
    &schematic_credits_update_bundle_details_params_desc, schematic_credits_update_bundle_details_params_locs,
    &schematic_update_credit_bundle_details_request_body_Type, "application/json", true,
    schematic_credits_update_bundle_details_responses, 1,
    schematic_credits_update_bundle_details_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_update_bundle_details(schematic_client *client, const schematic_credits_update_bundle_details_params *params, const schematic_update_credit_bundle_details_request_body *body, schematic_credits_update_bundle_details_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_update_bundle_details_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_update_bundle_details_response *)result;
    return rc;
}

/* Calls schematic_credits_update_bundle_details_async()'s callback as its own type. */
static void schematic_credits_update_bundle_details_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_update_bundle_details_callback)typed)(user_data, rc, (schematic_credits_update_bundle_details_response *)result, err);
}

int schematic_credits_update_bundle_details_async(schematic_client *client, const schematic_credits_update_bundle_details_params *params, const schematic_update_credit_bundle_details_request_body *body, schematic_credits_update_bundle_details_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_update_bundle_details_op, params, body, NULL,
                                   schematic_credits_update_bundle_details_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/credits/bundles/{bundle_id} */
static const apic_field schematic_credits_delete_bundle_params_desc_Fields[] = {
    {"bundle_id", 9, APIC_F_REQUIRED, offsetof(schematic_credits_delete_bundle_params, bundle_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_delete_bundle_params_desc = {
    "credits_delete_bundle_params", sizeof(schematic_credits_delete_bundle_params), schematic_credits_delete_bundle_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_delete_bundle_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_delete_bundle_responses[] = {
    {200, &schematic_credits_delete_bundle_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_delete_bundle_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_delete_bundle_security[] = {
    {schematic_credits_delete_bundle_security_0, 1},
};
const apic_operation schematic_credits_delete_bundle_op = {
    "schematic_credits_delete_bundle", "DELETE", "/billing/credits/bundles/{bundle_id}",
    &schematic_credits_delete_bundle_params_desc, schematic_credits_delete_bundle_params_locs,
    NULL, NULL, false,
    schematic_credits_delete_bundle_responses, 1,
    schematic_credits_delete_bundle_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_delete_bundle(schematic_client *client, const schematic_credits_delete_bundle_params *params, schematic_credits_delete_bundle_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_delete_bundle_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_delete_bundle_response *)result;
    return rc;
}

/* Calls schematic_credits_delete_bundle_async()'s callback as its own type. */
static void schematic_credits_delete_bundle_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_delete_bundle_callback)typed)(user_data, rc, (schematic_credits_delete_bundle_response *)result, err);
}

int schematic_credits_delete_bundle_async(schematic_client *client, const schematic_credits_delete_bundle_params *params, schematic_credits_delete_bundle_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_delete_bundle_op, params, NULL, NULL,
                                   schematic_credits_delete_bundle_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/bundles/count */
static const apic_field schematic_credits_count_bundles_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_credits_count_bundles_params, ids), offsetof(schematic_credits_count_bundles_params, has_ids), -1, &schematic_string_array_Type},
    {"credit_id", 9, 0, offsetof(schematic_credits_count_bundles_params, credit_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_credits_count_bundles_params, status), offsetof(schematic_credits_count_bundles_params, has_status), -1, &schematic_billing_credit_bundle_status_Type},
    {"bundle_type", 11, 0, offsetof(schematic_credits_count_bundles_params, bundle_type), offsetof(schematic_credits_count_bundles_params, has_bundle_type), -1, &schematic_billing_credit_bundle_type_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_bundles_params, limit), offsetof(schematic_credits_count_bundles_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_bundles_params, offset), offsetof(schematic_credits_count_bundles_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_count_bundles_params_desc = {
    "credits_count_bundles_params", sizeof(schematic_credits_count_bundles_params), schematic_credits_count_bundles_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_count_bundles_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_count_bundles_responses[] = {
    {200, &schematic_credits_count_bundles_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_count_bundles_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_count_bundles_security[] = {
    {schematic_credits_count_bundles_security_0, 1},
};
const apic_operation schematic_credits_count_bundles_op = {
    "schematic_credits_count_bundles", "GET", "/billing/credits/bundles/count",
    &schematic_credits_count_bundles_params_desc, schematic_credits_count_bundles_params_locs,
    NULL, NULL, false,
    schematic_credits_count_bundles_responses, 1,
    schematic_credits_count_bundles_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_count_bundles(schematic_client *client, const schematic_credits_count_bundles_params *params, schematic_credits_count_bundles_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_count_bundles_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_count_bundles_response *)result;
    return rc;
}

/* Calls schematic_credits_count_bundles_async()'s callback as its own type. */
static void schematic_credits_count_bundles_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_count_bundles_callback)typed)(user_data, rc, (schematic_credits_count_bundles_response *)result, err);
}

int schematic_credits_count_bundles_async(schematic_client *client, const schematic_credits_count_bundles_params *params, schematic_credits_count_bundles_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_count_bundles_op, params, NULL, NULL,
                                   schematic_credits_count_bundles_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/count */
static const apic_field schematic_credits_count_billing_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_credits_count_billing_params, ids), offsetof(schematic_credits_count_billing_params, has_ids), -1, &schematic_string_array_Type},
    {"name", 4, 0, offsetof(schematic_credits_count_billing_params, name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_credits_count_billing_params, limit), offsetof(schematic_credits_count_billing_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_billing_params, offset), offsetof(schematic_credits_count_billing_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_count_billing_params_desc = {
    "credits_count_billing_params", sizeof(schematic_credits_count_billing_params), schematic_credits_count_billing_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_count_billing_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_count_billing_responses[] = {
    {200, &schematic_credits_count_billing_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_count_billing_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_count_billing_security[] = {
    {schematic_credits_count_billing_security_0, 1},
};
const apic_operation schematic_credits_count_billing_op = {
    "schematic_credits_count_billing", "GET", "/billing/credits/count",
    &schematic_credits_count_billing_params_desc, schematic_credits_count_billing_params_locs,
    NULL, NULL, false,
    schematic_credits_count_billing_responses, 1,
    schematic_credits_count_billing_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_count_billing(schematic_client *client, const schematic_credits_count_billing_params *params, schematic_credits_count_billing_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_count_billing_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_count_billing_response *)result;
    return rc;
}

/* Calls schematic_credits_count_billing_async()'s callback as its own type. */
static void schematic_credits_count_billing_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_count_billing_callback)typed)(user_data, rc, (schematic_credits_count_billing_response *)result, err);
}

int schematic_credits_count_billing_async(schematic_client *client, const schematic_credits_count_billing_params *params, schematic_credits_count_billing_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_count_billing_op, params, NULL, NULL,
                                   schematic_credits_count_billing_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /billing/credits/grants/{grant_id}/zero-out */
static const apic_field schematic_credits_zero_out_grant_params_desc_Fields[] = {
    {"grant_id", 8, APIC_F_REQUIRED, offsetof(schematic_credits_zero_out_grant_params, grant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_zero_out_grant_params_desc = {
    "credits_zero_out_grant_params", sizeof(schematic_credits_zero_out_grant_params), schematic_credits_zero_out_grant_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_zero_out_grant_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_zero_out_grant_responses[] = {
    {200, &schematic_credits_zero_out_grant_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_zero_out_grant_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_zero_out_grant_security[] = {
    {schematic_credits_zero_out_grant_security_0, 1},
};
const apic_operation schematic_credits_zero_out_grant_op = {
    "schematic_credits_zero_out_grant", "PUT", "/billing/credits/grants/{grant_id}/zero-out",
    &schematic_credits_zero_out_grant_params_desc, schematic_credits_zero_out_grant_params_locs,
    &schematic_zero_out_grant_request_body_Type, "application/json", true,
    schematic_credits_zero_out_grant_responses, 1,
    schematic_credits_zero_out_grant_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_zero_out_grant(schematic_client *client, const schematic_credits_zero_out_grant_params *params, const schematic_zero_out_grant_request_body *body, schematic_credits_zero_out_grant_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_zero_out_grant_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_zero_out_grant_response *)result;
    return rc;
}

/* Calls schematic_credits_zero_out_grant_async()'s callback as its own type. */
static void schematic_credits_zero_out_grant_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_zero_out_grant_callback)typed)(user_data, rc, (schematic_credits_zero_out_grant_response *)result, err);
}

int schematic_credits_zero_out_grant_async(schematic_client *client, const schematic_credits_zero_out_grant_params *params, const schematic_zero_out_grant_request_body *body, schematic_credits_zero_out_grant_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_zero_out_grant_op, params, body, NULL,
                                   schematic_credits_zero_out_grant_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /billing/credits/grants/company */
static const apic_response schematic_credits_grant_billing_to_company_responses[] = {
    {201, &schematic_credits_grant_billing_to_company_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_grant_billing_to_company_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_grant_billing_to_company_security[] = {
    {schematic_credits_grant_billing_to_company_security_0, 1},
};
const apic_operation schematic_credits_grant_billing_to_company_op = {
    "schematic_credits_grant_billing_to_company", "POST", "/billing/credits/grants/company",
    NULL, NULL,
    &schematic_create_company_credit_grant_Type, "application/json", true,
    schematic_credits_grant_billing_to_company_responses, 1,
    schematic_credits_grant_billing_to_company_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_grant_billing_to_company(schematic_client *client, const schematic_create_company_credit_grant *body, schematic_credits_grant_billing_to_company_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_grant_billing_to_company_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_grant_billing_to_company_response *)result;
    return rc;
}

/* Calls schematic_credits_grant_billing_to_company_async()'s callback as its own type. */
static void schematic_credits_grant_billing_to_company_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_grant_billing_to_company_callback)typed)(user_data, rc, (schematic_credits_grant_billing_to_company_response *)result, err);
}

int schematic_credits_grant_billing_to_company_async(schematic_client *client, const schematic_create_company_credit_grant *body, schematic_credits_grant_billing_to_company_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_grant_billing_to_company_op, NULL, body, NULL,
                                   schematic_credits_grant_billing_to_company_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/grants/company/count */
static const apic_field schematic_credits_count_company_grants_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credits_count_company_grants_params, company_id), -1, -1, &apic_type_string},
    {"order", 5, 0, offsetof(schematic_credits_count_company_grants_params, order), offsetof(schematic_credits_count_company_grants_params, has_order), -1, &schematic_credit_grant_sort_order_Type},
    {"dir", 3, 0, offsetof(schematic_credits_count_company_grants_params, dir), offsetof(schematic_credits_count_company_grants_params, has_dir), -1, &schematic_sort_direction_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_company_grants_params, limit), offsetof(schematic_credits_count_company_grants_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_company_grants_params, offset), offsetof(schematic_credits_count_company_grants_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_count_company_grants_params_desc = {
    "credits_count_company_grants_params", sizeof(schematic_credits_count_company_grants_params), schematic_credits_count_company_grants_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_count_company_grants_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_count_company_grants_responses[] = {
    {200, &schematic_credits_count_company_grants_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_count_company_grants_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_count_company_grants_security[] = {
    {schematic_credits_count_company_grants_security_0, 1},
};
const apic_operation schematic_credits_count_company_grants_op = {
    "schematic_credits_count_company_grants", "GET", "/billing/credits/grants/company/count",
    &schematic_credits_count_company_grants_params_desc, schematic_credits_count_company_grants_params_locs,
    NULL, NULL, false,
    schematic_credits_count_company_grants_responses, 1,
    schematic_credits_count_company_grants_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_count_company_grants(schematic_client *client, const schematic_credits_count_company_grants_params *params, schematic_credits_count_company_grants_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_count_company_grants_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_count_company_grants_response *)result;
    return rc;
}

/* Calls schematic_credits_count_company_grants_async()'s callback as its own type. */
static void schematic_credits_count_company_grants_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_count_company_grants_callback)typed)(user_data, rc, (schematic_credits_count_company_grants_response *)result, err);
}

int schematic_credits_count_company_grants_async(schematic_client *client, const schematic_credits_count_company_grants_params *params, schematic_credits_count_company_grants_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_count_company_grants_op, params, NULL, NULL,
                                   schematic_credits_count_company_grants_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/grants/company/list */
static const apic_field schematic_credits_list_company_grants_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credits_list_company_grants_params, company_id), -1, -1, &apic_type_string},
    {"order", 5, 0, offsetof(schematic_credits_list_company_grants_params, order), offsetof(schematic_credits_list_company_grants_params, has_order), -1, &schematic_credit_grant_sort_order_Type},
    {"dir", 3, 0, offsetof(schematic_credits_list_company_grants_params, dir), offsetof(schematic_credits_list_company_grants_params, has_dir), -1, &schematic_sort_direction_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_company_grants_params, limit), offsetof(schematic_credits_list_company_grants_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_company_grants_params, offset), offsetof(schematic_credits_list_company_grants_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_list_company_grants_params_desc = {
    "credits_list_company_grants_params", sizeof(schematic_credits_list_company_grants_params), schematic_credits_list_company_grants_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_list_company_grants_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_list_company_grants_responses[] = {
    {200, &schematic_credits_list_company_grants_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_list_company_grants_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_list_company_grants_security[] = {
    {schematic_credits_list_company_grants_security_0, 1},
};
const apic_operation schematic_credits_list_company_grants_op = {
    "schematic_credits_list_company_grants", "GET", "/billing/credits/grants/company/list",
    &schematic_credits_list_company_grants_params_desc, schematic_credits_list_company_grants_params_locs,
    NULL, NULL, false,
    schematic_credits_list_company_grants_responses, 1,
    schematic_credits_list_company_grants_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_list_company_grants(schematic_client *client, const schematic_credits_list_company_grants_params *params, schematic_credits_list_company_grants_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_list_company_grants_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_list_company_grants_response *)result;
    return rc;
}

/* Calls schematic_credits_list_company_grants_async()'s callback as its own type. */
static void schematic_credits_list_company_grants_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_list_company_grants_callback)typed)(user_data, rc, (schematic_credits_list_company_grants_response *)result, err);
}

int schematic_credits_list_company_grants_async(schematic_client *client, const schematic_credits_list_company_grants_params *params, schematic_credits_list_company_grants_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_list_company_grants_op, params, NULL, NULL,
                                   schematic_credits_list_company_grants_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_credits_list_company_grants_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_credits_list_company_grants_iter_new(schematic_client *client, const schematic_credits_list_company_grants_params *params, schematic_credits_list_company_grants_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_credits_list_company_grants_op, &schematic_credits_list_company_grants_pagination, params, out, err);
}

int schematic_credits_list_company_grants_iter_next(schematic_credits_list_company_grants_iter *it, const schematic_billing_credit_grant_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_credit_grant_response_data *)next;
    return rc;
}

void schematic_credits_list_company_grants_iter_free(schematic_credits_list_company_grants_iter *it)
{
    apic_pager_free(it);
}

/* GET /billing/credits/grants/count */
static const apic_field schematic_credits_count_billing_grants_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_count_billing_grants_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_count_billing_grants_params, ids), offsetof(schematic_credits_count_billing_grants_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_billing_grants_params, limit), offsetof(schematic_credits_count_billing_grants_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_billing_grants_params, offset), offsetof(schematic_credits_count_billing_grants_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_count_billing_grants_params_desc = {
    "credits_count_billing_grants_params", sizeof(schematic_credits_count_billing_grants_params), schematic_credits_count_billing_grants_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_count_billing_grants_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_count_billing_grants_responses[] = {
    {200, &schematic_credits_count_billing_grants_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_count_billing_grants_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_count_billing_grants_security[] = {
    {schematic_credits_count_billing_grants_security_0, 1},
};
const apic_operation schematic_credits_count_billing_grants_op = {
    "schematic_credits_count_billing_grants", "GET", "/billing/credits/grants/count",
    &schematic_credits_count_billing_grants_params_desc, schematic_credits_count_billing_grants_params_locs,
    NULL, NULL, false,
    schematic_credits_count_billing_grants_responses, 1,
    schematic_credits_count_billing_grants_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_count_billing_grants(schematic_client *client, const schematic_credits_count_billing_grants_params *params, schematic_credits_count_billing_grants_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_count_billing_grants_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_count_billing_grants_response *)result;
    return rc;
}

/* Calls schematic_credits_count_billing_grants_async()'s callback as its own type. */
static void schematic_credits_count_billing_grants_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_count_billing_grants_callback)typed)(user_data, rc, (schematic_credits_count_billing_grants_response *)result, err);
}

int schematic_credits_count_billing_grants_async(schematic_client *client, const schematic_credits_count_billing_grants_params *params, schematic_credits_count_billing_grants_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_count_billing_grants_op, params, NULL, NULL,
                                   schematic_credits_count_billing_grants_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/grants/list */
static const apic_field schematic_credits_list_grants_for_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_list_grants_for_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_list_grants_for_params, ids), offsetof(schematic_credits_list_grants_for_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_grants_for_params, limit), offsetof(schematic_credits_list_grants_for_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_grants_for_params, offset), offsetof(schematic_credits_list_grants_for_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_list_grants_for_params_desc = {
    "credits_list_grants_for_params", sizeof(schematic_credits_list_grants_for_params), schematic_credits_list_grants_for_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_list_grants_for_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_list_grants_for_responses[] = {
    {200, &schematic_credits_list_grants_for_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_list_grants_for_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_list_grants_for_security[] = {
    {schematic_credits_list_grants_for_security_0, 1},
};
const apic_operation schematic_credits_list_grants_for_op = {
    "schematic_credits_list_grants_for", "GET", "/billing/credits/grants/list",
    &schematic_credits_list_grants_for_params_desc, schematic_credits_list_grants_for_params_locs,
    NULL, NULL, false,
    schematic_credits_list_grants_for_responses, 1,
    schematic_credits_list_grants_for_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_list_grants_for(schematic_client *client, const schematic_credits_list_grants_for_params *params, schematic_credits_list_grants_for_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_list_grants_for_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_list_grants_for_response *)result;
    return rc;
}

/* Calls schematic_credits_list_grants_for_async()'s callback as its own type. */
static void schematic_credits_list_grants_for_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_list_grants_for_callback)typed)(user_data, rc, (schematic_credits_list_grants_for_response *)result, err);
}

int schematic_credits_list_grants_for_async(schematic_client *client, const schematic_credits_list_grants_for_params *params, schematic_credits_list_grants_for_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_list_grants_for_op, params, NULL, NULL,
                                   schematic_credits_list_grants_for_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_credits_list_grants_for_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_credits_list_grants_for_iter_new(schematic_client *client, const schematic_credits_list_grants_for_params *params, schematic_credits_list_grants_for_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_credits_list_grants_for_op, &schematic_credits_list_grants_for_pagination, params, out, err);
}

int schematic_credits_list_grants_for_iter_next(schematic_credits_list_grants_for_iter *it, const schematic_billing_credit_grant_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_credit_grant_response_data *)next;
    return rc;
}

void schematic_credits_list_grants_for_iter_free(schematic_credits_list_grants_for_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/credits/lease */
static const apic_response schematic_credits_acquire_lease_responses[] = {
    {201, &schematic_credits_acquire_lease_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_acquire_lease_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_acquire_lease_security[] = {
    {schematic_credits_acquire_lease_security_0, 1},
};
const apic_operation schematic_credits_acquire_lease_op = {
    "schematic_credits_acquire_lease", "POST", "/billing/credits/lease",
    NULL, NULL,
    &schematic_acquire_credit_lease_request_body_Type, "application/json", true,
    schematic_credits_acquire_lease_responses, 1,
    schematic_credits_acquire_lease_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_acquire_lease(schematic_client *client, const schematic_acquire_credit_lease_request_body *body, schematic_credits_acquire_lease_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_acquire_lease_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_acquire_lease_response *)result;
    return rc;
}

/* Calls schematic_credits_acquire_lease_async()'s callback as its own type. */
static void schematic_credits_acquire_lease_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_acquire_lease_callback)typed)(user_data, rc, (schematic_credits_acquire_lease_response *)result, err);
}

int schematic_credits_acquire_lease_async(schematic_client *client, const schematic_acquire_credit_lease_request_body *body, schematic_credits_acquire_lease_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_acquire_lease_op, NULL, body, NULL,
                                   schematic_credits_acquire_lease_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /billing/credits/lease/{lease_id}/extend */
static const apic_field schematic_credits_extend_lease_params_desc_Fields[] = {
    {"lease_id", 8, APIC_F_REQUIRED, offsetof(schematic_credits_extend_lease_params, lease_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_extend_lease_params_desc = {
    "credits_extend_lease_params", sizeof(schematic_credits_extend_lease_params), schematic_credits_extend_lease_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_extend_lease_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_extend_lease_responses[] = {
    {200, &schematic_credits_extend_lease_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_extend_lease_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_extend_lease_security[] = {
    {schematic_credits_extend_lease_security_0, 1},
};
const apic_operation schematic_credits_extend_lease_op = {
    "schematic_credits_extend_lease", "PUT", "/billing/credits/lease/{lease_id}/extend",
    &schematic_credits_extend_lease_params_desc, schematic_credits_extend_lease_params_locs,
    &schematic_extend_credit_lease_request_body_Type, "application/json", true,
    schematic_credits_extend_lease_responses, 1,
    schematic_credits_extend_lease_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_extend_lease(schematic_client *client, const schematic_credits_extend_lease_params *params, const schematic_extend_credit_lease_request_body *body, schematic_credits_extend_lease_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_extend_lease_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_extend_lease_response *)result;
    return rc;
}

/* Calls schematic_credits_extend_lease_async()'s callback as its own type. */
static void schematic_credits_extend_lease_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_extend_lease_callback)typed)(user_data, rc, (schematic_credits_extend_lease_response *)result, err);
}

int schematic_credits_extend_lease_async(schematic_client *client, const schematic_credits_extend_lease_params *params, const schematic_extend_credit_lease_request_body *body, schematic_credits_extend_lease_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_extend_lease_op, params, body, NULL,
                                   schematic_credits_extend_lease_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /billing/credits/lease/{lease_id}/release */
static const apic_field schematic_credits_release_lease_params_desc_Fields[] = {
    {"lease_id", 8, APIC_F_REQUIRED, offsetof(schematic_credits_release_lease_params, lease_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_release_lease_params_desc = {
    "credits_release_lease_params", sizeof(schematic_credits_release_lease_params), schematic_credits_release_lease_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_release_lease_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_release_lease_responses[] = {
    {200, &schematic_credits_release_lease_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_release_lease_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_release_lease_security[] = {
    {schematic_credits_release_lease_security_0, 1},
};
const apic_operation schematic_credits_release_lease_op = {
    "schematic_credits_release_lease", "PUT", "/billing/credits/lease/{lease_id}/release",
    &schematic_credits_release_lease_params_desc, schematic_credits_release_lease_params_locs,
    &apic_type_json_map, "application/json", true,
    schematic_credits_release_lease_responses, 1,
    schematic_credits_release_lease_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_release_lease(schematic_client *client, const schematic_credits_release_lease_params *params, const apic_json_map *body, schematic_credits_release_lease_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_release_lease_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_release_lease_response *)result;
    return rc;
}

/* Calls schematic_credits_release_lease_async()'s callback as its own type. */
static void schematic_credits_release_lease_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_release_lease_callback)typed)(user_data, rc, (schematic_credits_release_lease_response *)result, err);
}

int schematic_credits_release_lease_async(schematic_client *client, const schematic_credits_release_lease_params *params, const apic_json_map *body, schematic_credits_release_lease_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_release_lease_op, params, body, NULL,
                                   schematic_credits_release_lease_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/plan-grants */
static const apic_field schematic_credits_list_billing_plan_grants_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_list_billing_plan_grants_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_list_billing_plan_grants_params, ids), offsetof(schematic_credits_list_billing_plan_grants_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_credits_list_billing_plan_grants_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_credits_list_billing_plan_grants_params, plan_ids), offsetof(schematic_credits_list_billing_plan_grants_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_credits_list_billing_plan_grants_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_credits_list_billing_plan_grants_params, plan_version_ids), offsetof(schematic_credits_list_billing_plan_grants_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_billing_plan_grants_params, limit), offsetof(schematic_credits_list_billing_plan_grants_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_billing_plan_grants_params, offset), offsetof(schematic_credits_list_billing_plan_grants_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_list_billing_plan_grants_params_desc = {
    "credits_list_billing_plan_grants_params", sizeof(schematic_credits_list_billing_plan_grants_params), schematic_credits_list_billing_plan_grants_params_desc_Fields, 8,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_list_billing_plan_grants_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_list_billing_plan_grants_responses[] = {
    {200, &schematic_credits_list_billing_plan_grants_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_list_billing_plan_grants_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_list_billing_plan_grants_security[] = {
    {schematic_credits_list_billing_plan_grants_security_0, 1},
};
const apic_operation schematic_credits_list_billing_plan_grants_op = {
    "schematic_credits_list_billing_plan_grants", "GET", "/billing/credits/plan-grants",
    &schematic_credits_list_billing_plan_grants_params_desc, schematic_credits_list_billing_plan_grants_params_locs,
    NULL, NULL, false,
    schematic_credits_list_billing_plan_grants_responses, 1,
    schematic_credits_list_billing_plan_grants_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_list_billing_plan_grants(schematic_client *client, const schematic_credits_list_billing_plan_grants_params *params, schematic_credits_list_billing_plan_grants_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_list_billing_plan_grants_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_list_billing_plan_grants_response *)result;
    return rc;
}

/* Calls schematic_credits_list_billing_plan_grants_async()'s callback as its own type. */
static void schematic_credits_list_billing_plan_grants_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_list_billing_plan_grants_callback)typed)(user_data, rc, (schematic_credits_list_billing_plan_grants_response *)result, err);
}

int schematic_credits_list_billing_plan_grants_async(schematic_client *client, const schematic_credits_list_billing_plan_grants_params *params, schematic_credits_list_billing_plan_grants_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_list_billing_plan_grants_op, params, NULL, NULL,
                                   schematic_credits_list_billing_plan_grants_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_credits_list_billing_plan_grants_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_credits_list_billing_plan_grants_iter_new(schematic_client *client, const schematic_credits_list_billing_plan_grants_params *params, schematic_credits_list_billing_plan_grants_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_credits_list_billing_plan_grants_op, &schematic_credits_list_billing_plan_grants_pagination, params, out, err);
}

int schematic_credits_list_billing_plan_grants_iter_next(schematic_credits_list_billing_plan_grants_iter *it, const schematic_billing_plan_credit_grant_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_plan_credit_grant_response_data *)next;
    return rc;
}

void schematic_credits_list_billing_plan_grants_iter_free(schematic_credits_list_billing_plan_grants_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/credits/plan-grants */
static const apic_response schematic_credits_create_billing_plan_grant_responses[] = {
    {201, &schematic_credits_create_billing_plan_grant_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_create_billing_plan_grant_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_create_billing_plan_grant_security[] = {
    {schematic_credits_create_billing_plan_grant_security_0, 1},
};
const apic_operation schematic_credits_create_billing_plan_grant_op = {
    "schematic_credits_create_billing_plan_grant", "POST", "/billing/credits/plan-grants",
    NULL, NULL,
    &schematic_create_billing_plan_credit_grant_request_body_Type, "application/json", true,
    schematic_credits_create_billing_plan_grant_responses, 1,
    schematic_credits_create_billing_plan_grant_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_create_billing_plan_grant(schematic_client *client, const schematic_create_billing_plan_credit_grant_request_body *body, schematic_credits_create_billing_plan_grant_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_create_billing_plan_grant_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_create_billing_plan_grant_response *)result;
    return rc;
}

/* Calls schematic_credits_create_billing_plan_grant_async()'s callback as its own type. */
static void schematic_credits_create_billing_plan_grant_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_create_billing_plan_grant_callback)typed)(user_data, rc, (schematic_credits_create_billing_plan_grant_response *)result, err);
}

int schematic_credits_create_billing_plan_grant_async(schematic_client *client, const schematic_create_billing_plan_credit_grant_request_body *body, schematic_credits_create_billing_plan_grant_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_create_billing_plan_grant_op, NULL, body, NULL,
                                   schematic_credits_create_billing_plan_grant_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/plan-grants/{plan_grant_id} */
static const apic_field schematic_credits_get_single_billing_plan_grant_params_desc_Fields[] = {
    {"plan_grant_id", 13, APIC_F_REQUIRED, offsetof(schematic_credits_get_single_billing_plan_grant_params, plan_grant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_get_single_billing_plan_grant_params_desc = {
    "credits_get_single_billing_plan_grant_params", sizeof(schematic_credits_get_single_billing_plan_grant_params), schematic_credits_get_single_billing_plan_grant_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_get_single_billing_plan_grant_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_get_single_billing_plan_grant_responses[] = {
    {200, &schematic_credits_get_single_billing_plan_grant_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_get_single_billing_plan_grant_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_get_single_billing_plan_grant_security[] = {
    {schematic_credits_get_single_billing_plan_grant_security_0, 1},
};
const apic_operation schematic_credits_get_single_billing_plan_grant_op = {
    "schematic_credits_get_single_billing_plan_grant", "GET", "/billing/credits/plan-grants/{plan_grant_id}",
    &schematic_credits_get_single_billing_plan_grant_params_desc, schematic_credits_get_single_billing_plan_grant_params_locs,
    NULL, NULL, false,
    schematic_credits_get_single_billing_plan_grant_responses, 1,
    schematic_credits_get_single_billing_plan_grant_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_get_single_billing_plan_grant(schematic_client *client, const schematic_credits_get_single_billing_plan_grant_params *params, schematic_credits_get_single_billing_plan_grant_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_get_single_billing_plan_grant_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_get_single_billing_plan_grant_response *)result;
    return rc;
}

/* Calls schematic_credits_get_single_billing_plan_grant_async()'s callback as its own type. */
static void schematic_credits_get_single_billing_plan_grant_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_get_single_billing_plan_grant_callback)typed)(user_data, rc, (schematic_credits_get_single_billing_plan_grant_response *)result, err);
}

int schematic_credits_get_single_billing_plan_grant_async(schematic_client *client, const schematic_credits_get_single_billing_plan_grant_params *params, schematic_credits_get_single_billing_plan_grant_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_get_single_billing_plan_grant_op, params, NULL, NULL,
                                   schematic_credits_get_single_billing_plan_grant_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /billing/credits/plan-grants/{plan_grant_id} */
static const apic_field schematic_credits_update_billing_plan_grant_params_desc_Fields[] = {
    {"plan_grant_id", 13, APIC_F_REQUIRED, offsetof(schematic_credits_update_billing_plan_grant_params, plan_grant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_credits_update_billing_plan_grant_params_desc = {
    "credits_update_billing_plan_grant_params", sizeof(schematic_credits_update_billing_plan_grant_params), schematic_credits_update_billing_plan_grant_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_update_billing_plan_grant_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_credits_update_billing_plan_grant_responses[] = {
    {200, &schematic_credits_update_billing_plan_grant_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_update_billing_plan_grant_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_update_billing_plan_grant_security[] = {
    {schematic_credits_update_billing_plan_grant_security_0, 1},
};
const apic_operation schematic_credits_update_billing_plan_grant_op = {
    "schematic_credits_update_billing_plan_grant", "PUT", "/billing/credits/plan-grants/{plan_grant_id}",
    &schematic_credits_update_billing_plan_grant_params_desc, schematic_credits_update_billing_plan_grant_params_locs,
    &schematic_update_billing_plan_credit_grant_request_body_Type, "application/json", true,
    schematic_credits_update_billing_plan_grant_responses, 1,
    schematic_credits_update_billing_plan_grant_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_update_billing_plan_grant(schematic_client *client, const schematic_credits_update_billing_plan_grant_params *params, const schematic_update_billing_plan_credit_grant_request_body *body, schematic_credits_update_billing_plan_grant_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_update_billing_plan_grant_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_update_billing_plan_grant_response *)result;
    return rc;
}

/* Calls schematic_credits_update_billing_plan_grant_async()'s callback as its own type. */
static void schematic_credits_update_billing_plan_grant_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_update_billing_plan_grant_callback)typed)(user_data, rc, (schematic_credits_update_billing_plan_grant_response *)result, err);
}

int schematic_credits_update_billing_plan_grant_async(schematic_client *client, const schematic_credits_update_billing_plan_grant_params *params, const schematic_update_billing_plan_credit_grant_request_body *body, schematic_credits_update_billing_plan_grant_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_update_billing_plan_grant_op, params, body, NULL,
                                   schematic_credits_update_billing_plan_grant_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/credits/plan-grants/{plan_grant_id} */
static const apic_field schematic_credits_delete_billing_plan_grant_params_desc_Fields[] = {
    {"plan_grant_id", 13, APIC_F_REQUIRED, offsetof(schematic_credits_delete_billing_plan_grant_params, plan_grant_id), -1, -1, &apic_type_string},
    {"apply_to_existing", 17, 0, offsetof(schematic_credits_delete_billing_plan_grant_params, apply_to_existing), offsetof(schematic_credits_delete_billing_plan_grant_params, has_apply_to_existing), -1, &apic_type_bool},
};
static const apic_struct_desc schematic_credits_delete_billing_plan_grant_params_desc = {
    "credits_delete_billing_plan_grant_params", sizeof(schematic_credits_delete_billing_plan_grant_params), schematic_credits_delete_billing_plan_grant_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_delete_billing_plan_grant_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_delete_billing_plan_grant_responses[] = {
    {200, &schematic_credits_delete_billing_plan_grant_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_delete_billing_plan_grant_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_delete_billing_plan_grant_security[] = {
    {schematic_credits_delete_billing_plan_grant_security_0, 1},
};
const apic_operation schematic_credits_delete_billing_plan_grant_op = {
    "schematic_credits_delete_billing_plan_grant", "DELETE", "/billing/credits/plan-grants/{plan_grant_id}",
    &schematic_credits_delete_billing_plan_grant_params_desc, schematic_credits_delete_billing_plan_grant_params_locs,
    NULL, NULL, false,
    schematic_credits_delete_billing_plan_grant_responses, 1,
    schematic_credits_delete_billing_plan_grant_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_delete_billing_plan_grant(schematic_client *client, const schematic_credits_delete_billing_plan_grant_params *params, schematic_credits_delete_billing_plan_grant_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_delete_billing_plan_grant_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_delete_billing_plan_grant_response *)result;
    return rc;
}

/* Calls schematic_credits_delete_billing_plan_grant_async()'s callback as its own type. */
static void schematic_credits_delete_billing_plan_grant_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_delete_billing_plan_grant_callback)typed)(user_data, rc, (schematic_credits_delete_billing_plan_grant_response *)result, err);
}

int schematic_credits_delete_billing_plan_grant_async(schematic_client *client, const schematic_credits_delete_billing_plan_grant_params *params, schematic_credits_delete_billing_plan_grant_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_delete_billing_plan_grant_op, params, NULL, NULL,
                                   schematic_credits_delete_billing_plan_grant_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/credits/plan-grants/count */
static const apic_field schematic_credits_count_billing_plan_grants_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_count_billing_plan_grants_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_count_billing_plan_grants_params, ids), offsetof(schematic_credits_count_billing_plan_grants_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_credits_count_billing_plan_grants_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_credits_count_billing_plan_grants_params, plan_ids), offsetof(schematic_credits_count_billing_plan_grants_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_credits_count_billing_plan_grants_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_credits_count_billing_plan_grants_params, plan_version_ids), offsetof(schematic_credits_count_billing_plan_grants_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_billing_plan_grants_params, limit), offsetof(schematic_credits_count_billing_plan_grants_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_billing_plan_grants_params, offset), offsetof(schematic_credits_count_billing_plan_grants_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_count_billing_plan_grants_params_desc = {
    "credits_count_billing_plan_grants_params", sizeof(schematic_credits_count_billing_plan_grants_params), schematic_credits_count_billing_plan_grants_params_desc_Fields, 8,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_count_billing_plan_grants_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_count_billing_plan_grants_responses[] = {
    {200, &schematic_credits_count_billing_plan_grants_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_count_billing_plan_grants_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_count_billing_plan_grants_security[] = {
    {schematic_credits_count_billing_plan_grants_security_0, 1},
};
const apic_operation schematic_credits_count_billing_plan_grants_op = {
    "schematic_credits_count_billing_plan_grants", "GET", "/billing/credits/plan-grants/count",
    &schematic_credits_count_billing_plan_grants_params_desc, schematic_credits_count_billing_plan_grants_params_locs,
    NULL, NULL, false,
    schematic_credits_count_billing_plan_grants_responses, 1,
    schematic_credits_count_billing_plan_grants_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_count_billing_plan_grants(schematic_client *client, const schematic_credits_count_billing_plan_grants_params *params, schematic_credits_count_billing_plan_grants_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_count_billing_plan_grants_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_count_billing_plan_grants_response *)result;
    return rc;
}

/* Calls schematic_credits_count_billing_plan_grants_async()'s callback as its own type. */
static void schematic_credits_count_billing_plan_grants_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_count_billing_plan_grants_callback)typed)(user_data, rc, (schematic_credits_count_billing_plan_grants_response *)result, err);
}

int schematic_credits_count_billing_plan_grants_async(schematic_client *client, const schematic_credits_count_billing_plan_grants_params *params, schematic_credits_count_billing_plan_grants_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_count_billing_plan_grants_op, params, NULL, NULL,
                                   schematic_credits_count_billing_plan_grants_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /v2/billing/credits/ledger */
static const apic_field schematic_credits_list_event_ledger_params_desc_Fields[] = {
    {"billing_credit_id", 17, 0, offsetof(schematic_credits_list_event_ledger_params, billing_credit_id), -1, -1, &apic_type_string},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credits_list_event_ledger_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_credits_list_event_ledger_params, end_time), -1, -1, &apic_type_string},
    {"event_type", 10, 0, offsetof(schematic_credits_list_event_ledger_params, event_type), offsetof(schematic_credits_list_event_ledger_params, has_event_type), -1, &schematic_credit_event_type_Type},
    {"feature_id", 10, 0, offsetof(schematic_credits_list_event_ledger_params, feature_id), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_credits_list_event_ledger_params, start_time), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_credits_list_event_ledger_params, limit), offsetof(schematic_credits_list_event_ledger_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_event_ledger_params, offset), offsetof(schematic_credits_list_event_ledger_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_list_event_ledger_params_desc = {
    "credits_list_event_ledger_params", sizeof(schematic_credits_list_event_ledger_params), schematic_credits_list_event_ledger_params_desc_Fields, 8,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_list_event_ledger_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_list_event_ledger_responses[] = {
    {200, &schematic_credits_list_event_ledger_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_list_event_ledger_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_list_event_ledger_security[] = {
    {schematic_credits_list_event_ledger_security_0, 1},
};
const apic_operation schematic_credits_list_event_ledger_op = {
    "schematic_credits_list_event_ledger", "GET", "/v2/billing/credits/ledger",
    &schematic_credits_list_event_ledger_params_desc, schematic_credits_list_event_ledger_params_locs,
    NULL, NULL, false,
    schematic_credits_list_event_ledger_responses, 1,
    schematic_credits_list_event_ledger_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_list_event_ledger(schematic_client *client, const schematic_credits_list_event_ledger_params *params, schematic_credits_list_event_ledger_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_list_event_ledger_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_list_event_ledger_response *)result;
    return rc;
}

/* Calls schematic_credits_list_event_ledger_async()'s callback as its own type. */
static void schematic_credits_list_event_ledger_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_list_event_ledger_callback)typed)(user_data, rc, (schematic_credits_list_event_ledger_response *)result, err);
}

int schematic_credits_list_event_ledger_async(schematic_client *client, const schematic_credits_list_event_ledger_params *params, schematic_credits_list_event_ledger_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_list_event_ledger_op, params, NULL, NULL,
                                   schematic_credits_list_event_ledger_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_credits_list_event_ledger_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_credits_list_event_ledger_iter_new(schematic_client *client, const schematic_credits_list_event_ledger_params *params, schematic_credits_list_event_ledger_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_credits_list_event_ledger_op, &schematic_credits_list_event_ledger_pagination, params, out, err);
}

int schematic_credits_list_event_ledger_iter_next(schematic_credits_list_event_ledger_iter *it, const schematic_credit_event_ledger_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_credit_event_ledger_response_data *)next;
    return rc;
}

void schematic_credits_list_event_ledger_iter_free(schematic_credits_list_event_ledger_iter *it)
{
    apic_pager_free(it);
}

/* GET /v2/billing/credits/ledger/count */
static const apic_field schematic_credits_count_event_ledger_params_desc_Fields[] = {
    {"billing_credit_id", 17, 0, offsetof(schematic_credits_count_event_ledger_params, billing_credit_id), -1, -1, &apic_type_string},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credits_count_event_ledger_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_credits_count_event_ledger_params, end_time), -1, -1, &apic_type_string},
    {"event_type", 10, 0, offsetof(schematic_credits_count_event_ledger_params, event_type), offsetof(schematic_credits_count_event_ledger_params, has_event_type), -1, &schematic_credit_event_type_Type},
    {"feature_id", 10, 0, offsetof(schematic_credits_count_event_ledger_params, feature_id), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_credits_count_event_ledger_params, start_time), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_credits_count_event_ledger_params, limit), offsetof(schematic_credits_count_event_ledger_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_event_ledger_params, offset), offsetof(schematic_credits_count_event_ledger_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_credits_count_event_ledger_params_desc = {
    "credits_count_event_ledger_params", sizeof(schematic_credits_count_event_ledger_params), schematic_credits_count_event_ledger_params_desc_Fields, 8,
    -1,
    -1,
    NULL
};

static const apic_param schematic_credits_count_event_ledger_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_credits_count_event_ledger_responses[] = {
    {200, &schematic_credits_count_event_ledger_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_credits_count_event_ledger_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_credits_count_event_ledger_security[] = {
    {schematic_credits_count_event_ledger_security_0, 1},
};
const apic_operation schematic_credits_count_event_ledger_op = {
    "schematic_credits_count_event_ledger", "GET", "/v2/billing/credits/ledger/count",
    &schematic_credits_count_event_ledger_params_desc, schematic_credits_count_event_ledger_params_locs,
    NULL, NULL, false,
    schematic_credits_count_event_ledger_responses, 1,
    schematic_credits_count_event_ledger_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_credits_count_event_ledger(schematic_client *client, const schematic_credits_count_event_ledger_params *params, schematic_credits_count_event_ledger_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_credits_count_event_ledger_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_credits_count_event_ledger_response *)result;
    return rc;
}

/* Calls schematic_credits_count_event_ledger_async()'s callback as its own type. */
static void schematic_credits_count_event_ledger_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_credits_count_event_ledger_callback)typed)(user_data, rc, (schematic_credits_count_event_ledger_response *)result, err);
}

int schematic_credits_count_event_ledger_async(schematic_client *client, const schematic_credits_count_event_ledger_params *params, schematic_credits_count_event_ledger_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_credits_count_event_ledger_op, params, NULL, NULL,
                                   schematic_credits_count_event_ledger_adapt, (apic_async_fn)callback, user_data, call, err);
}
