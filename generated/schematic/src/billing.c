/* Schematic: billing operations. Generated; do not edit. */
#include "internal.h"

/* GET /billing/coupons */
static const apic_field schematic_billing_list_coupons_params_desc_Fields[] = {
    {"is_active", 9, 0, offsetof(schematic_billing_list_coupons_params, is_active), offsetof(schematic_billing_list_coupons_params, has_is_active), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_billing_list_coupons_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_coupons_params, limit), offsetof(schematic_billing_list_coupons_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_coupons_params, offset), offsetof(schematic_billing_list_coupons_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_coupons_params_desc = {
    "billing_list_coupons_params", sizeof(schematic_billing_list_coupons_params), schematic_billing_list_coupons_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_coupons_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_list_coupons_responses[] = {
    {200, &schematic_billing_list_coupons_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_coupons_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_coupons_security[] = {
    {schematic_billing_list_coupons_security_0, 1},
};
const apic_operation schematic_billing_list_coupons_op = {
    "schematic_billing_list_coupons", "GET", "/billing/coupons",
    &schematic_billing_list_coupons_params_desc, schematic_billing_list_coupons_params_locs,
    NULL, NULL, false,
    schematic_billing_list_coupons_responses, 1,
    schematic_billing_list_coupons_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_coupons(schematic_client *client, const schematic_billing_list_coupons_params *params, schematic_billing_list_coupons_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_coupons_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_coupons_response *)result;
    return rc;
}

/* Calls schematic_billing_list_coupons_async()'s callback as its own type. */
static void schematic_billing_list_coupons_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_coupons_callback)typed)(user_data, rc, (schematic_billing_list_coupons_response *)result, err);
}

int schematic_billing_list_coupons_async(schematic_client *client, const schematic_billing_list_coupons_params *params, schematic_billing_list_coupons_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_coupons_op, params, NULL, NULL,
                                   schematic_billing_list_coupons_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_coupons_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_coupons_iter_new(schematic_client *client, const schematic_billing_list_coupons_params *params, schematic_billing_list_coupons_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_coupons_op, &schematic_billing_list_coupons_pagination, params, out, err);
}

int schematic_billing_list_coupons_iter_next(schematic_billing_list_coupons_iter *it, const schematic_billing_coupon_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_coupon_response_data *)next;
    return rc;
}

void schematic_billing_list_coupons_iter_free(schematic_billing_list_coupons_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/coupons */
static const apic_response schematic_billing_upsert_coupon_responses[] = {
    {201, &schematic_billing_upsert_coupon_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_coupon_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_coupon_security[] = {
    {schematic_billing_upsert_coupon_security_0, 1},
};
const apic_operation schematic_billing_upsert_coupon_op = {
    "schematic_billing_upsert_coupon", "POST", "/billing/coupons",
    NULL, NULL,
    &schematic_create_coupon_request_body_Type, "application/json", true,
    schematic_billing_upsert_coupon_responses, 1,
    schematic_billing_upsert_coupon_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_coupon(schematic_client *client, const schematic_create_coupon_request_body *body, schematic_billing_upsert_coupon_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_coupon_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_coupon_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_coupon_async()'s callback as its own type. */
static void schematic_billing_upsert_coupon_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_coupon_callback)typed)(user_data, rc, (schematic_billing_upsert_coupon_response *)result, err);
}

int schematic_billing_upsert_coupon_async(schematic_client *client, const schematic_create_coupon_request_body *body, schematic_billing_upsert_coupon_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_coupon_op, NULL, body, NULL,
                                   schematic_billing_upsert_coupon_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/coupons/{billing_id} */
static const apic_field schematic_billing_delete_coupon_params_desc_Fields[] = {
    {"billing_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_delete_coupon_params, billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_billing_delete_coupon_params_desc = {
    "billing_delete_coupon_params", sizeof(schematic_billing_delete_coupon_params), schematic_billing_delete_coupon_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_delete_coupon_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_billing_delete_coupon_responses[] = {
    {200, &schematic_billing_delete_coupon_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_delete_coupon_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_delete_coupon_security[] = {
    {schematic_billing_delete_coupon_security_0, 1},
};
const apic_operation schematic_billing_delete_coupon_op = {
    "schematic_billing_delete_coupon", "DELETE", "/billing/coupons/{billing_id}",
    &schematic_billing_delete_coupon_params_desc, schematic_billing_delete_coupon_params_locs,
    NULL, NULL, false,
    schematic_billing_delete_coupon_responses, 1,
    schematic_billing_delete_coupon_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_delete_coupon(schematic_client *client, const schematic_billing_delete_coupon_params *params, schematic_billing_delete_coupon_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_delete_coupon_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_delete_coupon_response *)result;
    return rc;
}

/* Calls schematic_billing_delete_coupon_async()'s callback as its own type. */
static void schematic_billing_delete_coupon_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_delete_coupon_callback)typed)(user_data, rc, (schematic_billing_delete_coupon_response *)result, err);
}

int schematic_billing_delete_coupon_async(schematic_client *client, const schematic_billing_delete_coupon_params *params, schematic_billing_delete_coupon_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_delete_coupon_op, params, NULL, NULL,
                                   schematic_billing_delete_coupon_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/customer/{billing_id} */
static const apic_field schematic_billing_delete_customer_params_desc_Fields[] = {
    {"billing_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_delete_customer_params, billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_billing_delete_customer_params_desc = {
    "billing_delete_customer_params", sizeof(schematic_billing_delete_customer_params), schematic_billing_delete_customer_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_delete_customer_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_billing_delete_customer_responses[] = {
    {200, &schematic_billing_delete_customer_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_delete_customer_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_delete_customer_security[] = {
    {schematic_billing_delete_customer_security_0, 1},
};
const apic_operation schematic_billing_delete_customer_op = {
    "schematic_billing_delete_customer", "DELETE", "/billing/customer/{billing_id}",
    &schematic_billing_delete_customer_params_desc, schematic_billing_delete_customer_params_locs,
    NULL, NULL, false,
    schematic_billing_delete_customer_responses, 1,
    schematic_billing_delete_customer_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_delete_customer(schematic_client *client, const schematic_billing_delete_customer_params *params, schematic_billing_delete_customer_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_delete_customer_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_delete_customer_response *)result;
    return rc;
}

/* Calls schematic_billing_delete_customer_async()'s callback as its own type. */
static void schematic_billing_delete_customer_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_delete_customer_callback)typed)(user_data, rc, (schematic_billing_delete_customer_response *)result, err);
}

int schematic_billing_delete_customer_async(schematic_client *client, const schematic_billing_delete_customer_params *params, schematic_billing_delete_customer_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_delete_customer_op, params, NULL, NULL,
                                   schematic_billing_delete_customer_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /billing/customer/upsert */
static const apic_response schematic_billing_upsert_customer_responses[] = {
    {201, &schematic_billing_upsert_customer_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_customer_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_customer_security[] = {
    {schematic_billing_upsert_customer_security_0, 1},
};
const apic_operation schematic_billing_upsert_customer_op = {
    "schematic_billing_upsert_customer", "POST", "/billing/customer/upsert",
    NULL, NULL,
    &schematic_create_billing_customer_request_body_Type, "application/json", true,
    schematic_billing_upsert_customer_responses, 1,
    schematic_billing_upsert_customer_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_customer(schematic_client *client, const schematic_create_billing_customer_request_body *body, schematic_billing_upsert_customer_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_customer_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_customer_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_customer_async()'s callback as its own type. */
static void schematic_billing_upsert_customer_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_customer_callback)typed)(user_data, rc, (schematic_billing_upsert_customer_response *)result, err);
}

int schematic_billing_upsert_customer_async(schematic_client *client, const schematic_create_billing_customer_request_body *body, schematic_billing_upsert_customer_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_customer_op, NULL, body, NULL,
                                   schematic_billing_upsert_customer_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/customers */
static const apic_field schematic_billing_list_customers_with_subscriptions_params_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_billing_list_customers_with_subscriptions_params, company_ids), offsetof(schematic_billing_list_customers_with_subscriptions_params, has_company_ids), -1, &schematic_string_array_Type},
    {"name", 4, 0, offsetof(schematic_billing_list_customers_with_subscriptions_params, name), -1, -1, &apic_type_string},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_customers_with_subscriptions_params, provider_type), offsetof(schematic_billing_list_customers_with_subscriptions_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_customers_with_subscriptions_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_customers_with_subscriptions_params, limit), offsetof(schematic_billing_list_customers_with_subscriptions_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_customers_with_subscriptions_params, offset), offsetof(schematic_billing_list_customers_with_subscriptions_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_customers_with_subscriptions_params_desc = {
    "billing_list_customers_with_subscriptions_params", sizeof(schematic_billing_list_customers_with_subscriptions_params), schematic_billing_list_customers_with_subscriptions_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_customers_with_subscriptions_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_list_customers_with_subscriptions_responses[] = {
    {200, &schematic_billing_list_customers_with_subscriptions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_customers_with_subscriptions_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_customers_with_subscriptions_security[] = {
    {schematic_billing_list_customers_with_subscriptions_security_0, 1},
};
const apic_operation schematic_billing_list_customers_with_subscriptions_op = {
    "schematic_billing_list_customers_with_subscriptions", "GET", "/billing/customers",
    &schematic_billing_list_customers_with_subscriptions_params_desc, schematic_billing_list_customers_with_subscriptions_params_locs,
    NULL, NULL, false,
    schematic_billing_list_customers_with_subscriptions_responses, 1,
    schematic_billing_list_customers_with_subscriptions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_customers_with_subscriptions(schematic_client *client, const schematic_billing_list_customers_with_subscriptions_params *params, schematic_billing_list_customers_with_subscriptions_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_customers_with_subscriptions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_customers_with_subscriptions_response *)result;
    return rc;
}

/* Calls schematic_billing_list_customers_with_subscriptions_async()'s callback as its own type. */
static void schematic_billing_list_customers_with_subscriptions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_customers_with_subscriptions_callback)typed)(user_data, rc, (schematic_billing_list_customers_with_subscriptions_response *)result, err);
}

int schematic_billing_list_customers_with_subscriptions_async(schematic_client *client, const schematic_billing_list_customers_with_subscriptions_params *params, schematic_billing_list_customers_with_subscriptions_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_customers_with_subscriptions_op, params, NULL, NULL,
                                   schematic_billing_list_customers_with_subscriptions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_customers_with_subscriptions_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_customers_with_subscriptions_iter_new(schematic_client *client, const schematic_billing_list_customers_with_subscriptions_params *params, schematic_billing_list_customers_with_subscriptions_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_customers_with_subscriptions_op, &schematic_billing_list_customers_with_subscriptions_pagination, params, out, err);
}

int schematic_billing_list_customers_with_subscriptions_iter_next(schematic_billing_list_customers_with_subscriptions_iter *it, const schematic_billing_customer_with_subscriptions_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_customer_with_subscriptions_response_data *)next;
    return rc;
}

void schematic_billing_list_customers_with_subscriptions_iter_free(schematic_billing_list_customers_with_subscriptions_iter *it)
{
    apic_pager_free(it);
}

/* GET /billing/customers/count */
static const apic_field schematic_billing_count_customers_params_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_billing_count_customers_params, company_ids), offsetof(schematic_billing_count_customers_params, has_company_ids), -1, &schematic_string_array_Type},
    {"name", 4, 0, offsetof(schematic_billing_count_customers_params, name), -1, -1, &apic_type_string},
    {"provider_type", 13, 0, offsetof(schematic_billing_count_customers_params, provider_type), offsetof(schematic_billing_count_customers_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_count_customers_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_count_customers_params, limit), offsetof(schematic_billing_count_customers_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_count_customers_params, offset), offsetof(schematic_billing_count_customers_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_count_customers_params_desc = {
    "billing_count_customers_params", sizeof(schematic_billing_count_customers_params), schematic_billing_count_customers_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_count_customers_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_count_customers_responses[] = {
    {200, &schematic_billing_count_customers_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_count_customers_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_count_customers_security[] = {
    {schematic_billing_count_customers_security_0, 1},
};
const apic_operation schematic_billing_count_customers_op = {
    "schematic_billing_count_customers", "GET", "/billing/customers/count",
    &schematic_billing_count_customers_params_desc, schematic_billing_count_customers_params_locs,
    NULL, NULL, false,
    schematic_billing_count_customers_responses, 1,
    schematic_billing_count_customers_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_count_customers(schematic_client *client, const schematic_billing_count_customers_params *params, schematic_billing_count_customers_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_count_customers_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_count_customers_response *)result;
    return rc;
}

/* Calls schematic_billing_count_customers_async()'s callback as its own type. */
static void schematic_billing_count_customers_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_count_customers_callback)typed)(user_data, rc, (schematic_billing_count_customers_response *)result, err);
}

int schematic_billing_count_customers_async(schematic_client *client, const schematic_billing_count_customers_params *params, schematic_billing_count_customers_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_count_customers_op, params, NULL, NULL,
                                   schematic_billing_count_customers_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/invoices */
static const apic_field schematic_billing_list_invoices_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_billing_list_invoices_params, company_id), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_billing_list_invoices_params, customer_external_id), -1, -1, &apic_type_string},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_billing_list_invoices_params, subscription_external_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_invoices_params, limit), offsetof(schematic_billing_list_invoices_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_invoices_params, offset), offsetof(schematic_billing_list_invoices_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_invoices_params_desc = {
    "billing_list_invoices_params", sizeof(schematic_billing_list_invoices_params), schematic_billing_list_invoices_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_invoices_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_list_invoices_responses[] = {
    {200, &schematic_billing_list_invoices_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_invoices_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_invoices_security[] = {
    {schematic_billing_list_invoices_security_0, 1},
};
const apic_operation schematic_billing_list_invoices_op = {
    "schematic_billing_list_invoices", "GET", "/billing/invoices",
    &schematic_billing_list_invoices_params_desc, schematic_billing_list_invoices_params_locs,
    NULL, NULL, false,
    schematic_billing_list_invoices_responses, 1,
    schematic_billing_list_invoices_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_invoices(schematic_client *client, const schematic_billing_list_invoices_params *params, schematic_billing_list_invoices_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_invoices_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_invoices_response *)result;
    return rc;
}

/* Calls schematic_billing_list_invoices_async()'s callback as its own type. */
static void schematic_billing_list_invoices_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_invoices_callback)typed)(user_data, rc, (schematic_billing_list_invoices_response *)result, err);
}

int schematic_billing_list_invoices_async(schematic_client *client, const schematic_billing_list_invoices_params *params, schematic_billing_list_invoices_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_invoices_op, params, NULL, NULL,
                                   schematic_billing_list_invoices_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_invoices_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_invoices_iter_new(schematic_client *client, const schematic_billing_list_invoices_params *params, schematic_billing_list_invoices_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_invoices_op, &schematic_billing_list_invoices_pagination, params, out, err);
}

int schematic_billing_list_invoices_iter_next(schematic_billing_list_invoices_iter *it, const schematic_invoice_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_invoice_response_data *)next;
    return rc;
}

void schematic_billing_list_invoices_iter_free(schematic_billing_list_invoices_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/invoices */
static const apic_response schematic_billing_upsert_invoice_responses[] = {
    {201, &schematic_billing_upsert_invoice_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_invoice_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_invoice_security[] = {
    {schematic_billing_upsert_invoice_security_0, 1},
};
const apic_operation schematic_billing_upsert_invoice_op = {
    "schematic_billing_upsert_invoice", "POST", "/billing/invoices",
    NULL, NULL,
    &schematic_create_invoice_request_body_Type, "application/json", true,
    schematic_billing_upsert_invoice_responses, 1,
    schematic_billing_upsert_invoice_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_invoice(schematic_client *client, const schematic_create_invoice_request_body *body, schematic_billing_upsert_invoice_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_invoice_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_invoice_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_invoice_async()'s callback as its own type. */
static void schematic_billing_upsert_invoice_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_invoice_callback)typed)(user_data, rc, (schematic_billing_upsert_invoice_response *)result, err);
}

int schematic_billing_upsert_invoice_async(schematic_client *client, const schematic_create_invoice_request_body *body, schematic_billing_upsert_invoice_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_invoice_op, NULL, body, NULL,
                                   schematic_billing_upsert_invoice_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/invoices/{billing_id} */
static const apic_field schematic_billing_delete_invoice_params_desc_Fields[] = {
    {"billing_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_delete_invoice_params, billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_billing_delete_invoice_params_desc = {
    "billing_delete_invoice_params", sizeof(schematic_billing_delete_invoice_params), schematic_billing_delete_invoice_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_delete_invoice_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_billing_delete_invoice_responses[] = {
    {200, &schematic_billing_delete_invoice_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_delete_invoice_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_delete_invoice_security[] = {
    {schematic_billing_delete_invoice_security_0, 1},
};
const apic_operation schematic_billing_delete_invoice_op = {
    "schematic_billing_delete_invoice", "DELETE", "/billing/invoices/{billing_id}",
    &schematic_billing_delete_invoice_params_desc, schematic_billing_delete_invoice_params_locs,
    NULL, NULL, false,
    schematic_billing_delete_invoice_responses, 1,
    schematic_billing_delete_invoice_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_delete_invoice(schematic_client *client, const schematic_billing_delete_invoice_params *params, schematic_billing_delete_invoice_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_delete_invoice_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_delete_invoice_response *)result;
    return rc;
}

/* Calls schematic_billing_delete_invoice_async()'s callback as its own type. */
static void schematic_billing_delete_invoice_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_delete_invoice_callback)typed)(user_data, rc, (schematic_billing_delete_invoice_response *)result, err);
}

int schematic_billing_delete_invoice_async(schematic_client *client, const schematic_billing_delete_invoice_params *params, schematic_billing_delete_invoice_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_delete_invoice_op, params, NULL, NULL,
                                   schematic_billing_delete_invoice_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/meter */
static const apic_field schematic_billing_list_meters_params_desc_Fields[] = {
    {"display_name", 12, 0, offsetof(schematic_billing_list_meters_params, display_name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_meters_params, limit), offsetof(schematic_billing_list_meters_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_meters_params, offset), offsetof(schematic_billing_list_meters_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_meters_params_desc = {
    "billing_list_meters_params", sizeof(schematic_billing_list_meters_params), schematic_billing_list_meters_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_meters_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_list_meters_responses[] = {
    {200, &schematic_billing_list_meters_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_meters_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_meters_security[] = {
    {schematic_billing_list_meters_security_0, 1},
};
const apic_operation schematic_billing_list_meters_op = {
    "schematic_billing_list_meters", "GET", "/billing/meter",
    &schematic_billing_list_meters_params_desc, schematic_billing_list_meters_params_locs,
    NULL, NULL, false,
    schematic_billing_list_meters_responses, 1,
    schematic_billing_list_meters_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_meters(schematic_client *client, const schematic_billing_list_meters_params *params, schematic_billing_list_meters_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_meters_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_meters_response *)result;
    return rc;
}

/* Calls schematic_billing_list_meters_async()'s callback as its own type. */
static void schematic_billing_list_meters_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_meters_callback)typed)(user_data, rc, (schematic_billing_list_meters_response *)result, err);
}

int schematic_billing_list_meters_async(schematic_client *client, const schematic_billing_list_meters_params *params, schematic_billing_list_meters_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_meters_op, params, NULL, NULL,
                                   schematic_billing_list_meters_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_meters_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_meters_iter_new(schematic_client *client, const schematic_billing_list_meters_params *params, schematic_billing_list_meters_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_meters_op, &schematic_billing_list_meters_pagination, params, out, err);
}

int schematic_billing_list_meters_iter_next(schematic_billing_list_meters_iter *it, const schematic_billing_meter_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_meter_response_data *)next;
    return rc;
}

void schematic_billing_list_meters_iter_free(schematic_billing_list_meters_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/meter/upsert */
static const apic_response schematic_billing_upsert_meter_responses[] = {
    {201, &schematic_billing_upsert_meter_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_meter_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_meter_security[] = {
    {schematic_billing_upsert_meter_security_0, 1},
};
const apic_operation schematic_billing_upsert_meter_op = {
    "schematic_billing_upsert_meter", "POST", "/billing/meter/upsert",
    NULL, NULL,
    &schematic_create_meter_request_body_Type, "application/json", true,
    schematic_billing_upsert_meter_responses, 1,
    schematic_billing_upsert_meter_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_meter(schematic_client *client, const schematic_create_meter_request_body *body, schematic_billing_upsert_meter_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_meter_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_meter_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_meter_async()'s callback as its own type. */
static void schematic_billing_upsert_meter_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_meter_callback)typed)(user_data, rc, (schematic_billing_upsert_meter_response *)result, err);
}

int schematic_billing_upsert_meter_async(schematic_client *client, const schematic_create_meter_request_body *body, schematic_billing_upsert_meter_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_meter_op, NULL, body, NULL,
                                   schematic_billing_upsert_meter_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/payment-methods */
static const apic_field schematic_billing_list_payment_methods_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_billing_list_payment_methods_params, company_id), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_billing_list_payment_methods_params, customer_external_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_payment_methods_params, limit), offsetof(schematic_billing_list_payment_methods_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_payment_methods_params, offset), offsetof(schematic_billing_list_payment_methods_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_payment_methods_params_desc = {
    "billing_list_payment_methods_params", sizeof(schematic_billing_list_payment_methods_params), schematic_billing_list_payment_methods_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_payment_methods_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_list_payment_methods_responses[] = {
    {200, &schematic_billing_list_payment_methods_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_payment_methods_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_payment_methods_security[] = {
    {schematic_billing_list_payment_methods_security_0, 1},
};
const apic_operation schematic_billing_list_payment_methods_op = {
    "schematic_billing_list_payment_methods", "GET", "/billing/payment-methods",
    &schematic_billing_list_payment_methods_params_desc, schematic_billing_list_payment_methods_params_locs,
    NULL, NULL, false,
    schematic_billing_list_payment_methods_responses, 1,
    schematic_billing_list_payment_methods_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_payment_methods(schematic_client *client, const schematic_billing_list_payment_methods_params *params, schematic_billing_list_payment_methods_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_payment_methods_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_payment_methods_response *)result;
    return rc;
}

/* Calls schematic_billing_list_payment_methods_async()'s callback as its own type. */
static void schematic_billing_list_payment_methods_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_payment_methods_callback)typed)(user_data, rc, (schematic_billing_list_payment_methods_response *)result, err);
}

int schematic_billing_list_payment_methods_async(schematic_client *client, const schematic_billing_list_payment_methods_params *params, schematic_billing_list_payment_methods_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_payment_methods_op, params, NULL, NULL,
                                   schematic_billing_list_payment_methods_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_payment_methods_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_payment_methods_iter_new(schematic_client *client, const schematic_billing_list_payment_methods_params *params, schematic_billing_list_payment_methods_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_payment_methods_op, &schematic_billing_list_payment_methods_pagination, params, out, err);
}

int schematic_billing_list_payment_methods_iter_next(schematic_billing_list_payment_methods_iter *it, const schematic_payment_method_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_payment_method_response_data *)next;
    return rc;
}

void schematic_billing_list_payment_methods_iter_free(schematic_billing_list_payment_methods_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/payment-methods */
static const apic_response schematic_billing_upsert_payment_method_responses[] = {
    {201, &schematic_billing_upsert_payment_method_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_payment_method_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_payment_method_security[] = {
    {schematic_billing_upsert_payment_method_security_0, 1},
};
const apic_operation schematic_billing_upsert_payment_method_op = {
    "schematic_billing_upsert_payment_method", "POST", "/billing/payment-methods",
    NULL, NULL,
    &schematic_create_payment_method_request_body_Type, "application/json", true,
    schematic_billing_upsert_payment_method_responses, 1,
    schematic_billing_upsert_payment_method_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_payment_method(schematic_client *client, const schematic_create_payment_method_request_body *body, schematic_billing_upsert_payment_method_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_payment_method_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_payment_method_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_payment_method_async()'s callback as its own type. */
static void schematic_billing_upsert_payment_method_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_payment_method_callback)typed)(user_data, rc, (schematic_billing_upsert_payment_method_response *)result, err);
}

int schematic_billing_upsert_payment_method_async(schematic_client *client, const schematic_create_payment_method_request_body *body, schematic_billing_upsert_payment_method_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_payment_method_op, NULL, body, NULL,
                                   schematic_billing_upsert_payment_method_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/payment-methods/{billing_id} */
static const apic_field schematic_billing_delete_payment_method_by_external_id_params_desc_Fields[] = {
    {"billing_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_delete_payment_method_by_external_id_params, billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_billing_delete_payment_method_by_external_id_params_desc = {
    "billing_delete_payment_method_by_external_id_params", sizeof(schematic_billing_delete_payment_method_by_external_id_params), schematic_billing_delete_payment_method_by_external_id_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_delete_payment_method_by_external_id_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_billing_delete_payment_method_by_external_id_responses[] = {
    {200, &schematic_billing_delete_payment_method_by_external_id_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_delete_payment_method_by_external_id_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_delete_payment_method_by_external_id_security[] = {
    {schematic_billing_delete_payment_method_by_external_id_security_0, 1},
};
const apic_operation schematic_billing_delete_payment_method_by_external_id_op = {
    "schematic_billing_delete_payment_method_by_external_id", "DELETE", "/billing/payment-methods/{billing_id}",
    &schematic_billing_delete_payment_method_by_external_id_params_desc, schematic_billing_delete_payment_method_by_external_id_params_locs,
    NULL, NULL, false,
    schematic_billing_delete_payment_method_by_external_id_responses, 1,
    schematic_billing_delete_payment_method_by_external_id_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_delete_payment_method_by_external_id(schematic_client *client, const schematic_billing_delete_payment_method_by_external_id_params *params, schematic_billing_delete_payment_method_by_external_id_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_delete_payment_method_by_external_id_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_delete_payment_method_by_external_id_response *)result;
    return rc;
}

/* Calls schematic_billing_delete_payment_method_by_external_id_async()'s callback as its own type. */
static void schematic_billing_delete_payment_method_by_external_id_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_delete_payment_method_by_external_id_callback)typed)(user_data, rc, (schematic_billing_delete_payment_method_by_external_id_response *)result, err);
}

int schematic_billing_delete_payment_method_by_external_id_async(schematic_client *client, const schematic_billing_delete_payment_method_by_external_id_params *params, schematic_billing_delete_payment_method_by_external_id_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_delete_payment_method_by_external_id_op, params, NULL, NULL,
                                   schematic_billing_delete_payment_method_by_external_id_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/price */
static const apic_field schematic_billing_list_prices_params_desc_Fields[] = {
    {"currency", 8, 0, offsetof(schematic_billing_list_prices_params, currency), -1, -1, &apic_type_string},
    {"for_initial_plan", 16, 0, offsetof(schematic_billing_list_prices_params, for_initial_plan), offsetof(schematic_billing_list_prices_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_billing_list_prices_params, for_trial_expiry_plan), offsetof(schematic_billing_list_prices_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_billing_list_prices_params, ids), offsetof(schematic_billing_list_prices_params, has_ids), -1, &schematic_string_array_Type},
    {"interval", 8, 0, offsetof(schematic_billing_list_prices_params, interval), -1, -1, &apic_type_string},
    {"interval_count", 14, 0, offsetof(schematic_billing_list_prices_params, interval_count), offsetof(schematic_billing_list_prices_params, has_interval_count), -1, &apic_type_int64},
    {"is_active", 9, 0, offsetof(schematic_billing_list_prices_params, is_active), offsetof(schematic_billing_list_prices_params, has_is_active), -1, &apic_type_bool},
    {"plan_version_id", 15, 0, offsetof(schematic_billing_list_prices_params, plan_version_id), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_list_prices_params, price), offsetof(schematic_billing_list_prices_params, has_price), -1, &apic_type_int64},
    {"product_id", 10, 0, offsetof(schematic_billing_list_prices_params, product_id), -1, -1, &apic_type_string},
    {"product_ids", 11, 0, offsetof(schematic_billing_list_prices_params, product_ids), offsetof(schematic_billing_list_prices_params, has_product_ids), -1, &schematic_string_array_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_prices_params, provider_type), offsetof(schematic_billing_list_prices_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_prices_params, q), -1, -1, &apic_type_string},
    {"tiers_mode", 10, 0, offsetof(schematic_billing_list_prices_params, tiers_mode), offsetof(schematic_billing_list_prices_params, has_tiers_mode), -1, &schematic_billing_tiers_mode_Type},
    {"usage_type", 10, 0, offsetof(schematic_billing_list_prices_params, usage_type), offsetof(schematic_billing_list_prices_params, has_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"with_meter", 10, 0, offsetof(schematic_billing_list_prices_params, with_meter), offsetof(schematic_billing_list_prices_params, has_with_meter), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_list_prices_params, limit), offsetof(schematic_billing_list_prices_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_prices_params, offset), offsetof(schematic_billing_list_prices_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_prices_params_desc = {
    "billing_list_prices_params", sizeof(schematic_billing_list_prices_params), schematic_billing_list_prices_params_desc_Fields, 18,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_prices_params_locs[] = {
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
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_list_prices_responses[] = {
    {200, &schematic_billing_list_prices_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_prices_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_prices_security[] = {
    {schematic_billing_list_prices_security_0, 1},
};
const apic_operation schematic_billing_list_prices_op = {
    "schematic_billing_list_prices", "GET", "/billing/price",
    &schematic_billing_list_prices_params_desc, schematic_billing_list_prices_params_locs,
    NULL, NULL, false,
    schematic_billing_list_prices_responses, 1,
    schematic_billing_list_prices_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_prices(schematic_client *client, const schematic_billing_list_prices_params *params, schematic_billing_list_prices_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_prices_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_prices_response *)result;
    return rc;
}

/* Calls schematic_billing_list_prices_async()'s callback as its own type. */
static void schematic_billing_list_prices_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_prices_callback)typed)(user_data, rc, (schematic_billing_list_prices_response *)result, err);
}

int schematic_billing_list_prices_async(schematic_client *client, const schematic_billing_list_prices_params *params, schematic_billing_list_prices_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_prices_op, params, NULL, NULL,
                                   schematic_billing_list_prices_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_prices_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_prices_iter_new(schematic_client *client, const schematic_billing_list_prices_params *params, schematic_billing_list_prices_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_prices_op, &schematic_billing_list_prices_pagination, params, out, err);
}

int schematic_billing_list_prices_iter_next(schematic_billing_list_prices_iter *it, const schematic_billing_price_view **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_price_view *)next;
    return rc;
}

void schematic_billing_list_prices_iter_free(schematic_billing_list_prices_iter *it)
{
    apic_pager_free(it);
}

/* POST /billing/price/upsert */
static const apic_response schematic_billing_upsert_price_responses[] = {
    {201, &schematic_billing_upsert_price_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_price_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_price_security[] = {
    {schematic_billing_upsert_price_security_0, 1},
};
const apic_operation schematic_billing_upsert_price_op = {
    "schematic_billing_upsert_price", "POST", "/billing/price/upsert",
    NULL, NULL,
    &schematic_create_billing_price_request_body_Type, "application/json", true,
    schematic_billing_upsert_price_responses, 1,
    schematic_billing_upsert_price_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_price(schematic_client *client, const schematic_create_billing_price_request_body *body, schematic_billing_upsert_price_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_price_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_price_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_price_async()'s callback as its own type. */
static void schematic_billing_upsert_price_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_price_callback)typed)(user_data, rc, (schematic_billing_upsert_price_response *)result, err);
}

int schematic_billing_upsert_price_async(schematic_client *client, const schematic_create_billing_price_request_body *body, schematic_billing_upsert_price_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_price_op, NULL, body, NULL,
                                   schematic_billing_upsert_price_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /billing/product/{billing_id} */
static const apic_field schematic_billing_delete_product_params_desc_Fields[] = {
    {"billing_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_delete_product_params, billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_billing_delete_product_params_desc = {
    "billing_delete_product_params", sizeof(schematic_billing_delete_product_params), schematic_billing_delete_product_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_delete_product_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_billing_delete_product_responses[] = {
    {200, &schematic_billing_delete_product_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_delete_product_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_delete_product_security[] = {
    {schematic_billing_delete_product_security_0, 1},
};
const apic_operation schematic_billing_delete_product_op = {
    "schematic_billing_delete_product", "DELETE", "/billing/product/{billing_id}",
    &schematic_billing_delete_product_params_desc, schematic_billing_delete_product_params_locs,
    NULL, NULL, false,
    schematic_billing_delete_product_responses, 1,
    schematic_billing_delete_product_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_delete_product(schematic_client *client, const schematic_billing_delete_product_params *params, schematic_billing_delete_product_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_delete_product_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_delete_product_response *)result;
    return rc;
}

/* Calls schematic_billing_delete_product_async()'s callback as its own type. */
static void schematic_billing_delete_product_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_delete_product_callback)typed)(user_data, rc, (schematic_billing_delete_product_response *)result, err);
}

int schematic_billing_delete_product_async(schematic_client *client, const schematic_billing_delete_product_params *params, schematic_billing_delete_product_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_delete_product_op, params, NULL, NULL,
                                   schematic_billing_delete_product_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/product/prices */
static const apic_field schematic_billing_list_product_prices_params_desc_Fields[] = {
    {"currency", 8, 0, offsetof(schematic_billing_list_product_prices_params, currency), -1, -1, &apic_type_string},
    {"for_initial_plan", 16, 0, offsetof(schematic_billing_list_product_prices_params, for_initial_plan), offsetof(schematic_billing_list_product_prices_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_billing_list_product_prices_params, for_trial_expiry_plan), offsetof(schematic_billing_list_product_prices_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_billing_list_product_prices_params, ids), offsetof(schematic_billing_list_product_prices_params, has_ids), -1, &schematic_string_array_Type},
    {"interval", 8, 0, offsetof(schematic_billing_list_product_prices_params, interval), -1, -1, &apic_type_string},
    {"interval_count", 14, 0, offsetof(schematic_billing_list_product_prices_params, interval_count), offsetof(schematic_billing_list_product_prices_params, has_interval_count), -1, &apic_type_int64},
    {"is_active", 9, 0, offsetof(schematic_billing_list_product_prices_params, is_active), offsetof(schematic_billing_list_product_prices_params, has_is_active), -1, &apic_type_bool},
    {"plan_version_id", 15, 0, offsetof(schematic_billing_list_product_prices_params, plan_version_id), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_list_product_prices_params, price), offsetof(schematic_billing_list_product_prices_params, has_price), -1, &apic_type_int64},
    {"product_id", 10, 0, offsetof(schematic_billing_list_product_prices_params, product_id), -1, -1, &apic_type_string},
    {"product_ids", 11, 0, offsetof(schematic_billing_list_product_prices_params, product_ids), offsetof(schematic_billing_list_product_prices_params, has_product_ids), -1, &schematic_string_array_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_product_prices_params, provider_type), offsetof(schematic_billing_list_product_prices_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_product_prices_params, q), -1, -1, &apic_type_string},
    {"tiers_mode", 10, 0, offsetof(schematic_billing_list_product_prices_params, tiers_mode), offsetof(schematic_billing_list_product_prices_params, has_tiers_mode), -1, &schematic_billing_tiers_mode_Type},
    {"usage_type", 10, 0, offsetof(schematic_billing_list_product_prices_params, usage_type), offsetof(schematic_billing_list_product_prices_params, has_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"with_meter", 10, 0, offsetof(schematic_billing_list_product_prices_params, with_meter), offsetof(schematic_billing_list_product_prices_params, has_with_meter), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_list_product_prices_params, limit), offsetof(schematic_billing_list_product_prices_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_product_prices_params, offset), offsetof(schematic_billing_list_product_prices_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_product_prices_params_desc = {
    "billing_list_product_prices_params", sizeof(schematic_billing_list_product_prices_params), schematic_billing_list_product_prices_params_desc_Fields, 18,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_product_prices_params_locs[] = {
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
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_billing_list_product_prices_responses[] = {
    {200, &schematic_billing_list_product_prices_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_product_prices_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_product_prices_security[] = {
    {schematic_billing_list_product_prices_security_0, 1},
};
const apic_operation schematic_billing_list_product_prices_op = {
    "schematic_billing_list_product_prices", "GET", "/billing/product/prices",
    &schematic_billing_list_product_prices_params_desc, schematic_billing_list_product_prices_params_locs,
    NULL, NULL, false,
    schematic_billing_list_product_prices_responses, 1,
    schematic_billing_list_product_prices_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_product_prices(schematic_client *client, const schematic_billing_list_product_prices_params *params, schematic_billing_list_product_prices_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_product_prices_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_product_prices_response *)result;
    return rc;
}

/* Calls schematic_billing_list_product_prices_async()'s callback as its own type. */
static void schematic_billing_list_product_prices_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_product_prices_callback)typed)(user_data, rc, (schematic_billing_list_product_prices_response *)result, err);
}

int schematic_billing_list_product_prices_async(schematic_client *client, const schematic_billing_list_product_prices_params *params, schematic_billing_list_product_prices_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_product_prices_op, params, NULL, NULL,
                                   schematic_billing_list_product_prices_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_product_prices_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_product_prices_iter_new(schematic_client *client, const schematic_billing_list_product_prices_params *params, schematic_billing_list_product_prices_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_product_prices_op, &schematic_billing_list_product_prices_pagination, params, out, err);
}

int schematic_billing_list_product_prices_iter_next(schematic_billing_list_product_prices_iter *it, const schematic_billing_price_view **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_price_view *)next;
    return rc;
}

void schematic_billing_list_product_prices_iter_free(schematic_billing_list_product_prices_iter *it)
{
    apic_pager_free(it);
}

/* DELETE /billing/product/prices/{billing_id} */
static const apic_field schematic_billing_delete_product_price_params_desc_Fields[] = {
    {"billing_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_delete_product_price_params, billing_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_billing_delete_product_price_params_desc = {
    "billing_delete_product_price_params", sizeof(schematic_billing_delete_product_price_params), schematic_billing_delete_product_price_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_delete_product_price_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_billing_delete_product_price_responses[] = {
    {200, &schematic_billing_delete_product_price_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_delete_product_price_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_delete_product_price_security[] = {
    {schematic_billing_delete_product_price_security_0, 1},
};
const apic_operation schematic_billing_delete_product_price_op = {
    "schematic_billing_delete_product_price", "DELETE", "/billing/product/prices/{billing_id}",
    &schematic_billing_delete_product_price_params_desc, schematic_billing_delete_product_price_params_locs,
    NULL, NULL, false,
    schematic_billing_delete_product_price_responses, 1,
    schematic_billing_delete_product_price_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_delete_product_price(schematic_client *client, const schematic_billing_delete_product_price_params *params, schematic_billing_delete_product_price_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_delete_product_price_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_delete_product_price_response *)result;
    return rc;
}

/* Calls schematic_billing_delete_product_price_async()'s callback as its own type. */
static void schematic_billing_delete_product_price_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_delete_product_price_callback)typed)(user_data, rc, (schematic_billing_delete_product_price_response *)result, err);
}

int schematic_billing_delete_product_price_async(schematic_client *client, const schematic_billing_delete_product_price_params *params, schematic_billing_delete_product_price_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_delete_product_price_op, params, NULL, NULL,
                                   schematic_billing_delete_product_price_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /billing/product/upsert */
static const apic_response schematic_billing_upsert_product_responses[] = {
    {201, &schematic_billing_upsert_product_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_product_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_product_security[] = {
    {schematic_billing_upsert_product_security_0, 1},
};
const apic_operation schematic_billing_upsert_product_op = {
    "schematic_billing_upsert_product", "POST", "/billing/product/upsert",
    NULL, NULL,
    &schematic_create_billing_product_request_body_Type, "application/json", true,
    schematic_billing_upsert_product_responses, 1,
    schematic_billing_upsert_product_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_product(schematic_client *client, const schematic_create_billing_product_request_body *body, schematic_billing_upsert_product_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_product_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_product_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_product_async()'s callback as its own type. */
static void schematic_billing_upsert_product_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_product_callback)typed)(user_data, rc, (schematic_billing_upsert_product_response *)result, err);
}

int schematic_billing_upsert_product_async(schematic_client *client, const schematic_create_billing_product_request_body *body, schematic_billing_upsert_product_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_product_op, NULL, body, NULL,
                                   schematic_billing_upsert_product_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /billing/products */
static const apic_field schematic_billing_list_products_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_billing_list_products_params, ids), offsetof(schematic_billing_list_products_params, has_ids), -1, &schematic_string_array_Type},
    {"is_active", 9, 0, offsetof(schematic_billing_list_products_params, is_active), offsetof(schematic_billing_list_products_params, has_is_active), -1, &apic_type_bool},
    {"name", 4, 0, offsetof(schematic_billing_list_products_params, name), -1, -1, &apic_type_string},
    {"price_usage_type", 16, 0, offsetof(schematic_billing_list_products_params, price_usage_type), offsetof(schematic_billing_list_products_params, has_price_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_products_params, provider_type), offsetof(schematic_billing_list_products_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_products_params, q), -1, -1, &apic_type_string},
    {"recurring_charges_only", 22, 0, offsetof(schematic_billing_list_products_params, recurring_charges_only), offsetof(schematic_billing_list_products_params, has_recurring_charges_only), -1, &apic_type_bool},
    {"with_one_time_charges", 21, 0, offsetof(schematic_billing_list_products_params, with_one_time_charges), offsetof(schematic_billing_list_products_params, has_with_one_time_charges), -1, &apic_type_bool},
    {"with_prices_only", 16, 0, offsetof(schematic_billing_list_products_params, with_prices_only), offsetof(schematic_billing_list_products_params, has_with_prices_only), -1, &apic_type_bool},
    {"with_zero_price", 15, 0, offsetof(schematic_billing_list_products_params, with_zero_price), offsetof(schematic_billing_list_products_params, has_with_zero_price), -1, &apic_type_bool},
    {"without_linked_to_plan", 22, 0, offsetof(schematic_billing_list_products_params, without_linked_to_plan), offsetof(schematic_billing_list_products_params, has_without_linked_to_plan), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_list_products_params, limit), offsetof(schematic_billing_list_products_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_products_params, offset), offsetof(schematic_billing_list_products_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_list_products_params_desc = {
    "billing_list_products_params", sizeof(schematic_billing_list_products_params), schematic_billing_list_products_params_desc_Fields, 13,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_list_products_params_locs[] = {
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
static const apic_response schematic_billing_list_products_responses[] = {
    {200, &schematic_billing_list_products_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_list_products_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_list_products_security[] = {
    {schematic_billing_list_products_security_0, 1},
};
const apic_operation schematic_billing_list_products_op = {
    "schematic_billing_list_products", "GET", "/billing/products",
    &schematic_billing_list_products_params_desc, schematic_billing_list_products_params_locs,
    NULL, NULL, false,
    schematic_billing_list_products_responses, 1,
    schematic_billing_list_products_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_list_products(schematic_client *client, const schematic_billing_list_products_params *params, schematic_billing_list_products_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_list_products_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_list_products_response *)result;
    return rc;
}

/* Calls schematic_billing_list_products_async()'s callback as its own type. */
static void schematic_billing_list_products_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_list_products_callback)typed)(user_data, rc, (schematic_billing_list_products_response *)result, err);
}

int schematic_billing_list_products_async(schematic_client *client, const schematic_billing_list_products_params *params, schematic_billing_list_products_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_list_products_op, params, NULL, NULL,
                                   schematic_billing_list_products_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_billing_list_products_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_billing_list_products_iter_new(schematic_client *client, const schematic_billing_list_products_params *params, schematic_billing_list_products_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_billing_list_products_op, &schematic_billing_list_products_pagination, params, out, err);
}

int schematic_billing_list_products_iter_next(schematic_billing_list_products_iter *it, const schematic_billing_product_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_billing_product_detail_response_data *)next;
    return rc;
}

void schematic_billing_list_products_iter_free(schematic_billing_list_products_iter *it)
{
    apic_pager_free(it);
}

/* GET /billing/products/count */
static const apic_field schematic_billing_count_products_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_billing_count_products_params, ids), offsetof(schematic_billing_count_products_params, has_ids), -1, &schematic_string_array_Type},
    {"is_active", 9, 0, offsetof(schematic_billing_count_products_params, is_active), offsetof(schematic_billing_count_products_params, has_is_active), -1, &apic_type_bool},
    {"name", 4, 0, offsetof(schematic_billing_count_products_params, name), -1, -1, &apic_type_string},
    {"price_usage_type", 16, 0, offsetof(schematic_billing_count_products_params, price_usage_type), offsetof(schematic_billing_count_products_params, has_price_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_count_products_params, provider_type), offsetof(schematic_billing_count_products_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_count_products_params, q), -1, -1, &apic_type_string},
    {"recurring_charges_only", 22, 0, offsetof(schematic_billing_count_products_params, recurring_charges_only), offsetof(schematic_billing_count_products_params, has_recurring_charges_only), -1, &apic_type_bool},
    {"with_one_time_charges", 21, 0, offsetof(schematic_billing_count_products_params, with_one_time_charges), offsetof(schematic_billing_count_products_params, has_with_one_time_charges), -1, &apic_type_bool},
    {"with_prices_only", 16, 0, offsetof(schematic_billing_count_products_params, with_prices_only), offsetof(schematic_billing_count_products_params, has_with_prices_only), -1, &apic_type_bool},
    {"with_zero_price", 15, 0, offsetof(schematic_billing_count_products_params, with_zero_price), offsetof(schematic_billing_count_products_params, has_with_zero_price), -1, &apic_type_bool},
    {"without_linked_to_plan", 22, 0, offsetof(schematic_billing_count_products_params, without_linked_to_plan), offsetof(schematic_billing_count_products_params, has_without_linked_to_plan), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_count_products_params, limit), offsetof(schematic_billing_count_products_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_count_products_params, offset), offsetof(schematic_billing_count_products_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_billing_count_products_params_desc = {
    "billing_count_products_params", sizeof(schematic_billing_count_products_params), schematic_billing_count_products_params_desc_Fields, 13,
    -1,
    -1,
    NULL
};

static const apic_param schematic_billing_count_products_params_locs[] = {
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
static const apic_response schematic_billing_count_products_responses[] = {
    {200, &schematic_billing_count_products_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_count_products_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_count_products_security[] = {
    {schematic_billing_count_products_security_0, 1},
};
const apic_operation schematic_billing_count_products_op = {
    "schematic_billing_count_products", "GET", "/billing/products/count",
    &schematic_billing_count_products_params_desc, schematic_billing_count_products_params_locs,
    NULL, NULL, false,
    schematic_billing_count_products_responses, 1,
    schematic_billing_count_products_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_count_products(schematic_client *client, const schematic_billing_count_products_params *params, schematic_billing_count_products_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_count_products_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_count_products_response *)result;
    return rc;
}

/* Calls schematic_billing_count_products_async()'s callback as its own type. */
static void schematic_billing_count_products_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_count_products_callback)typed)(user_data, rc, (schematic_billing_count_products_response *)result, err);
}

int schematic_billing_count_products_async(schematic_client *client, const schematic_billing_count_products_params *params, schematic_billing_count_products_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_count_products_op, params, NULL, NULL,
                                   schematic_billing_count_products_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /billing/subscription/upsert */
static const apic_response schematic_billing_upsert_subscription_responses[] = {
    {201, &schematic_billing_upsert_subscription_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_billing_upsert_subscription_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_billing_upsert_subscription_security[] = {
    {schematic_billing_upsert_subscription_security_0, 1},
};
const apic_operation schematic_billing_upsert_subscription_op = {
    "schematic_billing_upsert_subscription", "POST", "/billing/subscription/upsert",
    NULL, NULL,
    &schematic_create_billing_subscription_request_body_Type, "application/json", true,
    schematic_billing_upsert_subscription_responses, 1,
    schematic_billing_upsert_subscription_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_billing_upsert_subscription(schematic_client *client, const schematic_create_billing_subscription_request_body *body, schematic_billing_upsert_subscription_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_billing_upsert_subscription_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_billing_upsert_subscription_response *)result;
    return rc;
}

/* Calls schematic_billing_upsert_subscription_async()'s callback as its own type. */
static void schematic_billing_upsert_subscription_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_billing_upsert_subscription_callback)typed)(user_data, rc, (schematic_billing_upsert_subscription_response *)result, err);
}

int schematic_billing_upsert_subscription_async(schematic_client *client, const schematic_create_billing_subscription_request_body *body, schematic_billing_upsert_subscription_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_billing_upsert_subscription_op, NULL, body, NULL,
                                   schematic_billing_upsert_subscription_adapt, (apic_async_fn)callback, user_data, call, err);
}
