/* Schematic: companies operations. Generated; do not edit. */
#include "internal.h"

/* GET /companies */
static const apic_field schematic_companies_list_params_desc_Fields[] = {
    {"credit_type_ids", 15, 0, offsetof(schematic_companies_list_params, credit_type_ids), offsetof(schematic_companies_list_params, has_credit_type_ids), -1, &schematic_string_array_Type},
    {"has_scheduled_downgrade", 23, 0, offsetof(schematic_companies_list_params, has_scheduled_downgrade), offsetof(schematic_companies_list_params, has_has_scheduled_downgrade), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_companies_list_params, ids), offsetof(schematic_companies_list_params, has_ids), -1, &schematic_string_array_Type},
    {"monetized_subscriptions", 23, 0, offsetof(schematic_companies_list_params, monetized_subscriptions), offsetof(schematic_companies_list_params, has_monetized_subscriptions), -1, &apic_type_bool},
    {"plan_id", 7, 0, offsetof(schematic_companies_list_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_companies_list_params, plan_ids), offsetof(schematic_companies_list_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_companies_list_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_companies_list_params, plan_version_ids), offsetof(schematic_companies_list_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"plan_version_unpublished", 24, 0, offsetof(schematic_companies_list_params, plan_version_unpublished), offsetof(schematic_companies_list_params, has_plan_version_unpublished), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_companies_list_params, q), -1, -1, &apic_type_string},
    {"sort_order_column", 17, 0, offsetof(schematic_companies_list_params, sort_order_column), -1, -1, &apic_type_string},
    {"sort_order_direction", 20, 0, offsetof(schematic_companies_list_params, sort_order_direction), offsetof(schematic_companies_list_params, has_sort_order_direction), -1, &schematic_sort_direction_Type},
    {"subscription_statuses", 21, 0, offsetof(schematic_companies_list_params, subscription_statuses), offsetof(schematic_companies_list_params, has_subscription_statuses), -1, &schematic_subscription_status_array_Type},
    {"subscription_types", 18, 0, offsetof(schematic_companies_list_params, subscription_types), offsetof(schematic_companies_list_params, has_subscription_types), -1, &schematic_subscription_type_array_Type},
    {"with_entitlement_for", 20, 0, offsetof(schematic_companies_list_params, with_entitlement_for), -1, -1, &apic_type_string},
    {"without_feature_override_for", 28, 0, offsetof(schematic_companies_list_params, without_feature_override_for), -1, -1, &apic_type_string},
    {"without_plan", 12, 0, offsetof(schematic_companies_list_params, without_plan), offsetof(schematic_companies_list_params, has_without_plan), -1, &apic_type_bool},
    {"without_subscription", 20, 0, offsetof(schematic_companies_list_params, without_subscription), offsetof(schematic_companies_list_params, has_without_subscription), -1, &apic_type_bool},
    {"with_subscription", 17, 0, offsetof(schematic_companies_list_params, with_subscription), offsetof(schematic_companies_list_params, has_with_subscription), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_companies_list_params, limit), offsetof(schematic_companies_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_params, offset), offsetof(schematic_companies_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_list_params_desc = {
    "companies_list_params", sizeof(schematic_companies_list_params), schematic_companies_list_params_desc_Fields, 21,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_list_params_locs[] = {
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
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_list_responses[] = {
    {200, &schematic_companies_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_list_security[] = {
    {schematic_companies_list_security_0, 1},
};
const apic_operation schematic_companies_list_op = {
    "schematic_companies_list", "GET", "/companies",
    &schematic_companies_list_params_desc, schematic_companies_list_params_locs,
    NULL, NULL, false,
    schematic_companies_list_responses, 1,
    schematic_companies_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_list(schematic_client *client, const schematic_companies_list_params *params, schematic_companies_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_list_response *)result;
    return rc;
}

/* Calls schematic_companies_list_async()'s callback as its own type. */
static void schematic_companies_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_list_callback)typed)(user_data, rc, (schematic_companies_list_response *)result, err);
}

int schematic_companies_list_async(schematic_client *client, const schematic_companies_list_params *params, schematic_companies_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_list_op, params, NULL, NULL,
                                   schematic_companies_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_list_iter_new(schematic_client *client, const schematic_companies_list_params *params, schematic_companies_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_list_op, &schematic_companies_list_pagination, params, out, err);
}

int schematic_companies_list_iter_next(schematic_companies_list_iter *it, const schematic_company_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_company_detail_response_data *)next;
    return rc;
}

void schematic_companies_list_iter_free(schematic_companies_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /companies */
static const apic_response schematic_companies_upsert_responses[] = {
    {200, &schematic_companies_upsert_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_upsert_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_upsert_security[] = {
    {schematic_companies_upsert_security_0, 1},
};
const apic_operation schematic_companies_upsert_op = {
    "schematic_companies_upsert", "POST", "/companies",
    NULL, NULL,
    &schematic_upsert_company_request_body_Type, "application/json", true,
    schematic_companies_upsert_responses, 1,
    schematic_companies_upsert_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_upsert(schematic_client *client, const schematic_upsert_company_request_body *body, schematic_companies_upsert_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_upsert_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_upsert_response *)result;
    return rc;
}

/* Calls schematic_companies_upsert_async()'s callback as its own type. */
static void schematic_companies_upsert_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_upsert_callback)typed)(user_data, rc, (schematic_companies_upsert_response *)result, err);
}

int schematic_companies_upsert_async(schematic_client *client, const schematic_upsert_company_request_body *body, schematic_companies_upsert_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_upsert_op, NULL, body, NULL,
                                   schematic_companies_upsert_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /companies/{company_id} */
static const apic_field schematic_companies_get_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_companies_get_params, company_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_params_desc = {
    "companies_get_params", sizeof(schematic_companies_get_params), schematic_companies_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_get_responses[] = {
    {200, &schematic_companies_get_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_security[] = {
    {schematic_companies_get_security_0, 1},
};
const apic_operation schematic_companies_get_op = {
    "schematic_companies_get", "GET", "/companies/{company_id}",
    &schematic_companies_get_params_desc, schematic_companies_get_params_locs,
    NULL, NULL, false,
    schematic_companies_get_responses, 1,
    schematic_companies_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get(schematic_client *client, const schematic_companies_get_params *params, schematic_companies_get_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_response *)result;
    return rc;
}

/* Calls schematic_companies_get_async()'s callback as its own type. */
static void schematic_companies_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_callback)typed)(user_data, rc, (schematic_companies_get_response *)result, err);
}

int schematic_companies_get_async(schematic_client *client, const schematic_companies_get_params *params, schematic_companies_get_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_op, params, NULL, NULL,
                                   schematic_companies_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /companies/{company_id} */
static const apic_field schematic_companies_delete_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_companies_delete_params, company_id), -1, -1, &apic_type_string},
    {"cancel_subscription", 19, 0, offsetof(schematic_companies_delete_params, cancel_subscription), offsetof(schematic_companies_delete_params, has_cancel_subscription), -1, &apic_type_bool},
    {"prorate", 7, 0, offsetof(schematic_companies_delete_params, prorate), offsetof(schematic_companies_delete_params, has_prorate), -1, &apic_type_bool},
};
static const apic_struct_desc schematic_companies_delete_params_desc = {
    "companies_delete_params", sizeof(schematic_companies_delete_params), schematic_companies_delete_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_delete_responses[] = {
    {200, &schematic_companies_delete_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_delete_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_delete_security[] = {
    {schematic_companies_delete_security_0, 1},
};
const apic_operation schematic_companies_delete_op = {
    "schematic_companies_delete", "DELETE", "/companies/{company_id}",
    &schematic_companies_delete_params_desc, schematic_companies_delete_params_locs,
    NULL, NULL, false,
    schematic_companies_delete_responses, 1,
    schematic_companies_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_delete(schematic_client *client, const schematic_companies_delete_params *params, schematic_companies_delete_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_delete_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_delete_response *)result;
    return rc;
}

/* Calls schematic_companies_delete_async()'s callback as its own type. */
static void schematic_companies_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_delete_callback)typed)(user_data, rc, (schematic_companies_delete_response *)result, err);
}

int schematic_companies_delete_async(schematic_client *client, const schematic_companies_delete_params *params, schematic_companies_delete_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_delete_op, params, NULL, NULL,
                                   schematic_companies_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /companies/count */
static const apic_field schematic_companies_count_params_desc_Fields[] = {
    {"credit_type_ids", 15, 0, offsetof(schematic_companies_count_params, credit_type_ids), offsetof(schematic_companies_count_params, has_credit_type_ids), -1, &schematic_string_array_Type},
    {"has_scheduled_downgrade", 23, 0, offsetof(schematic_companies_count_params, has_scheduled_downgrade), offsetof(schematic_companies_count_params, has_has_scheduled_downgrade), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_companies_count_params, ids), offsetof(schematic_companies_count_params, has_ids), -1, &schematic_string_array_Type},
    {"monetized_subscriptions", 23, 0, offsetof(schematic_companies_count_params, monetized_subscriptions), offsetof(schematic_companies_count_params, has_monetized_subscriptions), -1, &apic_type_bool},
    {"plan_id", 7, 0, offsetof(schematic_companies_count_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_companies_count_params, plan_ids), offsetof(schematic_companies_count_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_companies_count_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_companies_count_params, plan_version_ids), offsetof(schematic_companies_count_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"plan_version_unpublished", 24, 0, offsetof(schematic_companies_count_params, plan_version_unpublished), offsetof(schematic_companies_count_params, has_plan_version_unpublished), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_companies_count_params, q), -1, -1, &apic_type_string},
    {"sort_order_column", 17, 0, offsetof(schematic_companies_count_params, sort_order_column), -1, -1, &apic_type_string},
    {"sort_order_direction", 20, 0, offsetof(schematic_companies_count_params, sort_order_direction), offsetof(schematic_companies_count_params, has_sort_order_direction), -1, &schematic_sort_direction_Type},
    {"subscription_statuses", 21, 0, offsetof(schematic_companies_count_params, subscription_statuses), offsetof(schematic_companies_count_params, has_subscription_statuses), -1, &schematic_subscription_status_array_Type},
    {"subscription_types", 18, 0, offsetof(schematic_companies_count_params, subscription_types), offsetof(schematic_companies_count_params, has_subscription_types), -1, &schematic_subscription_type_array_Type},
    {"with_entitlement_for", 20, 0, offsetof(schematic_companies_count_params, with_entitlement_for), -1, -1, &apic_type_string},
    {"without_feature_override_for", 28, 0, offsetof(schematic_companies_count_params, without_feature_override_for), -1, -1, &apic_type_string},
    {"without_plan", 12, 0, offsetof(schematic_companies_count_params, without_plan), offsetof(schematic_companies_count_params, has_without_plan), -1, &apic_type_bool},
    {"without_subscription", 20, 0, offsetof(schematic_companies_count_params, without_subscription), offsetof(schematic_companies_count_params, has_without_subscription), -1, &apic_type_bool},
    {"with_subscription", 17, 0, offsetof(schematic_companies_count_params, with_subscription), offsetof(schematic_companies_count_params, has_with_subscription), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_companies_count_params, limit), offsetof(schematic_companies_count_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_params, offset), offsetof(schematic_companies_count_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_count_params_desc = {
    "companies_count_params", sizeof(schematic_companies_count_params), schematic_companies_count_params_desc_Fields, 21,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_count_params_locs[] = {
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
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_count_responses[] = {
    {200, &schematic_companies_count_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_count_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_count_security[] = {
    {schematic_companies_count_security_0, 1},
};
const apic_operation schematic_companies_count_op = {
    "schematic_companies_count", "GET", "/companies/count",
    &schematic_companies_count_params_desc, schematic_companies_count_params_locs,
    NULL, NULL, false,
    schematic_companies_count_responses, 1,
    schematic_companies_count_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_count(schematic_client *client, const schematic_companies_count_params *params, schematic_companies_count_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_count_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_count_response *)result;
    return rc;
}

/* Calls schematic_companies_count_async()'s callback as its own type. */
static void schematic_companies_count_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_count_callback)typed)(user_data, rc, (schematic_companies_count_response *)result, err);
}

int schematic_companies_count_async(schematic_client *client, const schematic_companies_count_params *params, schematic_companies_count_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_count_op, params, NULL, NULL,
                                   schematic_companies_count_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /companies/create */
static const apic_response schematic_companies_create_responses[] = {
    {201, &schematic_companies_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_create_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_create_security[] = {
    {schematic_companies_create_security_0, 1},
};
const apic_operation schematic_companies_create_op = {
    "schematic_companies_create", "POST", "/companies/create",
    NULL, NULL,
    &schematic_upsert_company_request_body_Type, "application/json", true,
    schematic_companies_create_responses, 1,
    schematic_companies_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_create(schematic_client *client, const schematic_upsert_company_request_body *body, schematic_companies_create_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_create_response *)result;
    return rc;
}

/* Calls schematic_companies_create_async()'s callback as its own type. */
static void schematic_companies_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_create_callback)typed)(user_data, rc, (schematic_companies_create_response *)result, err);
}

int schematic_companies_create_async(schematic_client *client, const schematic_upsert_company_request_body *body, schematic_companies_create_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_create_op, NULL, body, NULL,
                                   schematic_companies_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /companies/delete */
static const apic_response schematic_companies_delete_by_keys_responses[] = {
    {200, &schematic_companies_delete_by_keys_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_delete_by_keys_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_delete_by_keys_security[] = {
    {schematic_companies_delete_by_keys_security_0, 1},
};
const apic_operation schematic_companies_delete_by_keys_op = {
    "schematic_companies_delete_by_keys", "POST", "/companies/delete",
    NULL, NULL,
    &schematic_keys_request_body_Type, "application/json", true,
    schematic_companies_delete_by_keys_responses, 1,
    schematic_companies_delete_by_keys_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_delete_by_keys(schematic_client *client, const schematic_keys_request_body *body, schematic_companies_delete_by_keys_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_delete_by_keys_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_delete_by_keys_response *)result;
    return rc;
}

/* Calls schematic_companies_delete_by_keys_async()'s callback as its own type. */
static void schematic_companies_delete_by_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_delete_by_keys_callback)typed)(user_data, rc, (schematic_companies_delete_by_keys_response *)result, err);
}

int schematic_companies_delete_by_keys_async(schematic_client *client, const schematic_keys_request_body *body, schematic_companies_delete_by_keys_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_delete_by_keys_op, NULL, body, NULL,
                                   schematic_companies_delete_by_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /companies/lookup */
static const apic_field schematic_companies_lookup_params_desc_Fields[] = {
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_companies_lookup_params, keys), -1, -1, &schematic_string_map_Type},
};
static const apic_struct_desc schematic_companies_lookup_params_desc = {
    "companies_lookup_params", sizeof(schematic_companies_lookup_params), schematic_companies_lookup_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_lookup_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_lookup_responses[] = {
    {200, &schematic_companies_lookup_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_lookup_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_lookup_security[] = {
    {schematic_companies_lookup_security_0, 1},
};
const apic_operation schematic_companies_lookup_op = {
    "schematic_companies_lookup", "GET", "/companies/lookup",
    &schematic_companies_lookup_params_desc, schematic_companies_lookup_params_locs,
    NULL, NULL, false,
    schematic_companies_lookup_responses, 1,
    schematic_companies_lookup_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_lookup(schematic_client *client, const schematic_companies_lookup_params *params, schematic_companies_lookup_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_lookup_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_lookup_response *)result;
    return rc;
}

/* Calls schematic_companies_lookup_async()'s callback as its own type. */
static void schematic_companies_lookup_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_lookup_callback)typed)(user_data, rc, (schematic_companies_lookup_response *)result, err);
}

int schematic_companies_lookup_async(schematic_client *client, const schematic_companies_lookup_params *params, schematic_companies_lookup_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_lookup_op, params, NULL, NULL,
                                   schematic_companies_lookup_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /company-billing-entity */
static const apic_field schematic_companies_get_billing_entity_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_companies_get_billing_entity_params, company_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_billing_entity_params_desc = {
    "companies_get_billing_entity_params", sizeof(schematic_companies_get_billing_entity_params), schematic_companies_get_billing_entity_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_billing_entity_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_get_billing_entity_responses[] = {
    {200, &schematic_companies_get_billing_entity_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_billing_entity_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_billing_entity_security[] = {
    {schematic_companies_get_billing_entity_security_0, 1},
};
const apic_operation schematic_companies_get_billing_entity_op = {
    "schematic_companies_get_billing_entity", "GET", "/company-billing-entity",
    &schematic_companies_get_billing_entity_params_desc, schematic_companies_get_billing_entity_params_locs,
    NULL, NULL, false,
    schematic_companies_get_billing_entity_responses, 1,
    schematic_companies_get_billing_entity_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_billing_entity(schematic_client *client, const schematic_companies_get_billing_entity_params *params, schematic_companies_get_billing_entity_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_billing_entity_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_billing_entity_response *)result;
    return rc;
}

/* Calls schematic_companies_get_billing_entity_async()'s callback as its own type. */
static void schematic_companies_get_billing_entity_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_billing_entity_callback)typed)(user_data, rc, (schematic_companies_get_billing_entity_response *)result, err);
}

int schematic_companies_get_billing_entity_async(schematic_client *client, const schematic_companies_get_billing_entity_params *params, schematic_companies_get_billing_entity_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_billing_entity_op, params, NULL, NULL,
                                   schematic_companies_get_billing_entity_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /company-billing-entity-subscriptions */
static const apic_field schematic_companies_get_billing_entity_child_subscriptions_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_companies_get_billing_entity_child_subscriptions_params, company_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_billing_entity_child_subscriptions_params_desc = {
    "companies_get_billing_entity_child_subscriptions_params", sizeof(schematic_companies_get_billing_entity_child_subscriptions_params), schematic_companies_get_billing_entity_child_subscriptions_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_billing_entity_child_subscriptions_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_get_billing_entity_child_subscriptions_responses[] = {
    {200, &schematic_companies_get_billing_entity_child_subscriptions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_billing_entity_child_subscriptions_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_billing_entity_child_subscriptions_security[] = {
    {schematic_companies_get_billing_entity_child_subscriptions_security_0, 1},
};
const apic_operation schematic_companies_get_billing_entity_child_subscriptions_op = {
    "schematic_companies_get_billing_entity_child_subscriptions", "GET", "/company-billing-entity-subscriptions",
    &schematic_companies_get_billing_entity_child_subscriptions_params_desc, schematic_companies_get_billing_entity_child_subscriptions_params_locs,
    NULL, NULL, false,
    schematic_companies_get_billing_entity_child_subscriptions_responses, 1,
    schematic_companies_get_billing_entity_child_subscriptions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_billing_entity_child_subscriptions(schematic_client *client, const schematic_companies_get_billing_entity_child_subscriptions_params *params, schematic_companies_get_billing_entity_child_subscriptions_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_billing_entity_child_subscriptions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_billing_entity_child_subscriptions_response *)result;
    return rc;
}

/* Calls schematic_companies_get_billing_entity_child_subscriptions_async()'s callback as its own type. */
static void schematic_companies_get_billing_entity_child_subscriptions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_billing_entity_child_subscriptions_callback)typed)(user_data, rc, (schematic_companies_get_billing_entity_child_subscriptions_response *)result, err);
}

int schematic_companies_get_billing_entity_child_subscriptions_async(schematic_client *client, const schematic_companies_get_billing_entity_child_subscriptions_params *params, schematic_companies_get_billing_entity_child_subscriptions_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_billing_entity_child_subscriptions_op, params, NULL, NULL,
                                   schematic_companies_get_billing_entity_child_subscriptions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /company-memberships */
static const apic_field schematic_companies_list_memberships_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_list_memberships_params, company_id), -1, -1, &apic_type_string},
    {"user_id", 7, 0, offsetof(schematic_companies_list_memberships_params, user_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_list_memberships_params, limit), offsetof(schematic_companies_list_memberships_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_memberships_params, offset), offsetof(schematic_companies_list_memberships_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_list_memberships_params_desc = {
    "companies_list_memberships_params", sizeof(schematic_companies_list_memberships_params), schematic_companies_list_memberships_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_list_memberships_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_list_memberships_responses[] = {
    {200, &schematic_companies_list_memberships_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_list_memberships_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_list_memberships_security[] = {
    {schematic_companies_list_memberships_security_0, 1},
};
const apic_operation schematic_companies_list_memberships_op = {
    "schematic_companies_list_memberships", "GET", "/company-memberships",
    &schematic_companies_list_memberships_params_desc, schematic_companies_list_memberships_params_locs,
    NULL, NULL, false,
    schematic_companies_list_memberships_responses, 1,
    schematic_companies_list_memberships_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_list_memberships(schematic_client *client, const schematic_companies_list_memberships_params *params, schematic_companies_list_memberships_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_list_memberships_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_list_memberships_response *)result;
    return rc;
}

/* Calls schematic_companies_list_memberships_async()'s callback as its own type. */
static void schematic_companies_list_memberships_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_list_memberships_callback)typed)(user_data, rc, (schematic_companies_list_memberships_response *)result, err);
}

int schematic_companies_list_memberships_async(schematic_client *client, const schematic_companies_list_memberships_params *params, schematic_companies_list_memberships_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_list_memberships_op, params, NULL, NULL,
                                   schematic_companies_list_memberships_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_list_memberships_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_list_memberships_iter_new(schematic_client *client, const schematic_companies_list_memberships_params *params, schematic_companies_list_memberships_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_list_memberships_op, &schematic_companies_list_memberships_pagination, params, out, err);
}

int schematic_companies_list_memberships_iter_next(schematic_companies_list_memberships_iter *it, const schematic_company_membership_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_company_membership_detail_response_data *)next;
    return rc;
}

void schematic_companies_list_memberships_iter_free(schematic_companies_list_memberships_iter *it)
{
    apic_pager_free(it);
}

/* POST /company-memberships */
static const apic_response schematic_companies_get_or_create_membership_responses[] = {
    {200, &schematic_companies_get_or_create_membership_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_or_create_membership_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_or_create_membership_security[] = {
    {schematic_companies_get_or_create_membership_security_0, 1},
};
const apic_operation schematic_companies_get_or_create_membership_op = {
    "schematic_companies_get_or_create_membership", "POST", "/company-memberships",
    NULL, NULL,
    &schematic_get_or_create_company_membership_request_body_Type, "application/json", true,
    schematic_companies_get_or_create_membership_responses, 1,
    schematic_companies_get_or_create_membership_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_or_create_membership(schematic_client *client, const schematic_get_or_create_company_membership_request_body *body, schematic_companies_get_or_create_membership_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_or_create_membership_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_or_create_membership_response *)result;
    return rc;
}

/* Calls schematic_companies_get_or_create_membership_async()'s callback as its own type. */
static void schematic_companies_get_or_create_membership_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_or_create_membership_callback)typed)(user_data, rc, (schematic_companies_get_or_create_membership_response *)result, err);
}

int schematic_companies_get_or_create_membership_async(schematic_client *client, const schematic_get_or_create_company_membership_request_body *body, schematic_companies_get_or_create_membership_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_or_create_membership_op, NULL, body, NULL,
                                   schematic_companies_get_or_create_membership_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /company-memberships/{company_membership_id} */
static const apic_field schematic_companies_delete_membership_params_desc_Fields[] = {
    {"company_membership_id", 21, APIC_F_REQUIRED, offsetof(schematic_companies_delete_membership_params, company_membership_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_delete_membership_params_desc = {
    "companies_delete_membership_params", sizeof(schematic_companies_delete_membership_params), schematic_companies_delete_membership_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_delete_membership_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_delete_membership_responses[] = {
    {200, &schematic_companies_delete_membership_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_delete_membership_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_delete_membership_security[] = {
    {schematic_companies_delete_membership_security_0, 1},
};
const apic_operation schematic_companies_delete_membership_op = {
    "schematic_companies_delete_membership", "DELETE", "/company-memberships/{company_membership_id}",
    &schematic_companies_delete_membership_params_desc, schematic_companies_delete_membership_params_locs,
    NULL, NULL, false,
    schematic_companies_delete_membership_responses, 1,
    schematic_companies_delete_membership_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_delete_membership(schematic_client *client, const schematic_companies_delete_membership_params *params, schematic_companies_delete_membership_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_delete_membership_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_delete_membership_response *)result;
    return rc;
}

/* Calls schematic_companies_delete_membership_async()'s callback as its own type. */
static void schematic_companies_delete_membership_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_delete_membership_callback)typed)(user_data, rc, (schematic_companies_delete_membership_response *)result, err);
}

int schematic_companies_delete_membership_async(schematic_client *client, const schematic_companies_delete_membership_params *params, schematic_companies_delete_membership_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_delete_membership_op, params, NULL, NULL,
                                   schematic_companies_delete_membership_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /company-subscriptions */
static const apic_field schematic_companies_get_active_subscription_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_get_active_subscription_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_companies_get_active_subscription_params, company_ids), offsetof(schematic_companies_get_active_subscription_params, has_company_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_get_active_subscription_params, limit), offsetof(schematic_companies_get_active_subscription_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_get_active_subscription_params, offset), offsetof(schematic_companies_get_active_subscription_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_get_active_subscription_params_desc = {
    "companies_get_active_subscription_params", sizeof(schematic_companies_get_active_subscription_params), schematic_companies_get_active_subscription_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_active_subscription_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_get_active_subscription_responses[] = {
    {200, &schematic_companies_get_active_subscription_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_active_subscription_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_active_subscription_security[] = {
    {schematic_companies_get_active_subscription_security_0, 1},
};
const apic_operation schematic_companies_get_active_subscription_op = {
    "schematic_companies_get_active_subscription", "GET", "/company-subscriptions",
    &schematic_companies_get_active_subscription_params_desc, schematic_companies_get_active_subscription_params_locs,
    NULL, NULL, false,
    schematic_companies_get_active_subscription_responses, 1,
    schematic_companies_get_active_subscription_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_active_subscription(schematic_client *client, const schematic_companies_get_active_subscription_params *params, schematic_companies_get_active_subscription_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_active_subscription_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_active_subscription_response *)result;
    return rc;
}

/* Calls schematic_companies_get_active_subscription_async()'s callback as its own type. */
static void schematic_companies_get_active_subscription_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_active_subscription_callback)typed)(user_data, rc, (schematic_companies_get_active_subscription_response *)result, err);
}

int schematic_companies_get_active_subscription_async(schematic_client *client, const schematic_companies_get_active_subscription_params *params, schematic_companies_get_active_subscription_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_active_subscription_op, params, NULL, NULL,
                                   schematic_companies_get_active_subscription_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_get_active_subscription_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_get_active_subscription_iter_new(schematic_client *client, const schematic_companies_get_active_subscription_params *params, schematic_companies_get_active_subscription_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_get_active_subscription_op, &schematic_companies_get_active_subscription_pagination, params, out, err);
}

int schematic_companies_get_active_subscription_iter_next(schematic_companies_get_active_subscription_iter *it, const schematic_company_subscription_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_company_subscription_response_data *)next;
    return rc;
}

void schematic_companies_get_active_subscription_iter_free(schematic_companies_get_active_subscription_iter *it)
{
    apic_pager_free(it);
}

/* POST /company-traits */
static const apic_response schematic_companies_upsert_trait_responses[] = {
    {200, &schematic_companies_upsert_trait_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_upsert_trait_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_upsert_trait_security[] = {
    {schematic_companies_upsert_trait_security_0, 1},
};
const apic_operation schematic_companies_upsert_trait_op = {
    "schematic_companies_upsert_trait", "POST", "/company-traits",
    NULL, NULL,
    &schematic_upsert_trait_request_body_Type, "application/json", true,
    schematic_companies_upsert_trait_responses, 1,
    schematic_companies_upsert_trait_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_upsert_trait(schematic_client *client, const schematic_upsert_trait_request_body *body, schematic_companies_upsert_trait_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_upsert_trait_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_upsert_trait_response *)result;
    return rc;
}

/* Calls schematic_companies_upsert_trait_async()'s callback as its own type. */
static void schematic_companies_upsert_trait_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_upsert_trait_callback)typed)(user_data, rc, (schematic_companies_upsert_trait_response *)result, err);
}

int schematic_companies_upsert_trait_async(schematic_client *client, const schematic_upsert_trait_request_body *body, schematic_companies_upsert_trait_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_upsert_trait_op, NULL, body, NULL,
                                   schematic_companies_upsert_trait_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-key-definitions */
static const apic_field schematic_companies_list_entity_key_definitions_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_list_entity_key_definitions_params, entity_type), offsetof(schematic_companies_list_entity_key_definitions_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_list_entity_key_definitions_params, ids), offsetof(schematic_companies_list_entity_key_definitions_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_companies_list_entity_key_definitions_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_list_entity_key_definitions_params, limit), offsetof(schematic_companies_list_entity_key_definitions_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_entity_key_definitions_params, offset), offsetof(schematic_companies_list_entity_key_definitions_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_list_entity_key_definitions_params_desc = {
    "companies_list_entity_key_definitions_params", sizeof(schematic_companies_list_entity_key_definitions_params), schematic_companies_list_entity_key_definitions_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_list_entity_key_definitions_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_list_entity_key_definitions_responses[] = {
    {200, &schematic_companies_list_entity_key_definitions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_list_entity_key_definitions_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_list_entity_key_definitions_security[] = {
    {schematic_companies_list_entity_key_definitions_security_0, 1},
};
const apic_operation schematic_companies_list_entity_key_definitions_op = {
    "schematic_companies_list_entity_key_definitions", "GET", "/entity-key-definitions",
    &schematic_companies_list_entity_key_definitions_params_desc, schematic_companies_list_entity_key_definitions_params_locs,
    NULL, NULL, false,
    schematic_companies_list_entity_key_definitions_responses, 1,
    schematic_companies_list_entity_key_definitions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_list_entity_key_definitions(schematic_client *client, const schematic_companies_list_entity_key_definitions_params *params, schematic_companies_list_entity_key_definitions_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_list_entity_key_definitions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_list_entity_key_definitions_response *)result;
    return rc;
}

/* Calls schematic_companies_list_entity_key_definitions_async()'s callback as its own type. */
static void schematic_companies_list_entity_key_definitions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_list_entity_key_definitions_callback)typed)(user_data, rc, (schematic_companies_list_entity_key_definitions_response *)result, err);
}

int schematic_companies_list_entity_key_definitions_async(schematic_client *client, const schematic_companies_list_entity_key_definitions_params *params, schematic_companies_list_entity_key_definitions_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_list_entity_key_definitions_op, params, NULL, NULL,
                                   schematic_companies_list_entity_key_definitions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_list_entity_key_definitions_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_list_entity_key_definitions_iter_new(schematic_client *client, const schematic_companies_list_entity_key_definitions_params *params, schematic_companies_list_entity_key_definitions_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_list_entity_key_definitions_op, &schematic_companies_list_entity_key_definitions_pagination, params, out, err);
}

int schematic_companies_list_entity_key_definitions_iter_next(schematic_companies_list_entity_key_definitions_iter *it, const schematic_entity_key_definition_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_entity_key_definition_response_data *)next;
    return rc;
}

void schematic_companies_list_entity_key_definitions_iter_free(schematic_companies_list_entity_key_definitions_iter *it)
{
    apic_pager_free(it);
}

/* DELETE /entity-key-definitions/{entity_key_definition_id} */
static const apic_field schematic_companies_delete_entity_key_definition_params_desc_Fields[] = {
    {"entity_key_definition_id", 24, APIC_F_REQUIRED, offsetof(schematic_companies_delete_entity_key_definition_params, entity_key_definition_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_delete_entity_key_definition_params_desc = {
    "companies_delete_entity_key_definition_params", sizeof(schematic_companies_delete_entity_key_definition_params), schematic_companies_delete_entity_key_definition_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_delete_entity_key_definition_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_delete_entity_key_definition_responses[] = {
    {200, &schematic_companies_delete_entity_key_definition_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_delete_entity_key_definition_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_delete_entity_key_definition_security[] = {
    {schematic_companies_delete_entity_key_definition_security_0, 1},
};
const apic_operation schematic_companies_delete_entity_key_definition_op = {
    "schematic_companies_delete_entity_key_definition", "DELETE", "/entity-key-definitions/{entity_key_definition_id}",
    &schematic_companies_delete_entity_key_definition_params_desc, schematic_companies_delete_entity_key_definition_params_locs,
    NULL, NULL, false,
    schematic_companies_delete_entity_key_definition_responses, 1,
    schematic_companies_delete_entity_key_definition_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_delete_entity_key_definition(schematic_client *client, const schematic_companies_delete_entity_key_definition_params *params, schematic_companies_delete_entity_key_definition_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_delete_entity_key_definition_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_delete_entity_key_definition_response *)result;
    return rc;
}

/* Calls schematic_companies_delete_entity_key_definition_async()'s callback as its own type. */
static void schematic_companies_delete_entity_key_definition_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_delete_entity_key_definition_callback)typed)(user_data, rc, (schematic_companies_delete_entity_key_definition_response *)result, err);
}

int schematic_companies_delete_entity_key_definition_async(schematic_client *client, const schematic_companies_delete_entity_key_definition_params *params, schematic_companies_delete_entity_key_definition_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_delete_entity_key_definition_op, params, NULL, NULL,
                                   schematic_companies_delete_entity_key_definition_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-key-definitions/count */
static const apic_field schematic_companies_count_entity_key_definitions_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_key_definitions_params, entity_type), offsetof(schematic_companies_count_entity_key_definitions_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_count_entity_key_definitions_params, ids), offsetof(schematic_companies_count_entity_key_definitions_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_companies_count_entity_key_definitions_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_key_definitions_params, limit), offsetof(schematic_companies_count_entity_key_definitions_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_key_definitions_params, offset), offsetof(schematic_companies_count_entity_key_definitions_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_count_entity_key_definitions_params_desc = {
    "companies_count_entity_key_definitions_params", sizeof(schematic_companies_count_entity_key_definitions_params), schematic_companies_count_entity_key_definitions_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_count_entity_key_definitions_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_count_entity_key_definitions_responses[] = {
    {200, &schematic_companies_count_entity_key_definitions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_count_entity_key_definitions_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_count_entity_key_definitions_security[] = {
    {schematic_companies_count_entity_key_definitions_security_0, 1},
};
const apic_operation schematic_companies_count_entity_key_definitions_op = {
    "schematic_companies_count_entity_key_definitions", "GET", "/entity-key-definitions/count",
    &schematic_companies_count_entity_key_definitions_params_desc, schematic_companies_count_entity_key_definitions_params_locs,
    NULL, NULL, false,
    schematic_companies_count_entity_key_definitions_responses, 1,
    schematic_companies_count_entity_key_definitions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_count_entity_key_definitions(schematic_client *client, const schematic_companies_count_entity_key_definitions_params *params, schematic_companies_count_entity_key_definitions_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_count_entity_key_definitions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_count_entity_key_definitions_response *)result;
    return rc;
}

/* Calls schematic_companies_count_entity_key_definitions_async()'s callback as its own type. */
static void schematic_companies_count_entity_key_definitions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_count_entity_key_definitions_callback)typed)(user_data, rc, (schematic_companies_count_entity_key_definitions_response *)result, err);
}

int schematic_companies_count_entity_key_definitions_async(schematic_client *client, const schematic_companies_count_entity_key_definitions_params *params, schematic_companies_count_entity_key_definitions_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_count_entity_key_definitions_op, params, NULL, NULL,
                                   schematic_companies_count_entity_key_definitions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-keys/count */
static const apic_field schematic_companies_count_entity_keys_params_desc_Fields[] = {
    {"definition_id", 13, 0, offsetof(schematic_companies_count_entity_keys_params, definition_id), -1, -1, &apic_type_string},
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_keys_params, entity_type), offsetof(schematic_companies_count_entity_keys_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_keys_params, limit), offsetof(schematic_companies_count_entity_keys_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_keys_params, offset), offsetof(schematic_companies_count_entity_keys_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_count_entity_keys_params_desc = {
    "companies_count_entity_keys_params", sizeof(schematic_companies_count_entity_keys_params), schematic_companies_count_entity_keys_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_count_entity_keys_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_count_entity_keys_responses[] = {
    {200, &schematic_companies_count_entity_keys_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_count_entity_keys_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_count_entity_keys_security[] = {
    {schematic_companies_count_entity_keys_security_0, 1},
};
const apic_operation schematic_companies_count_entity_keys_op = {
    "schematic_companies_count_entity_keys", "GET", "/entity-keys/count",
    &schematic_companies_count_entity_keys_params_desc, schematic_companies_count_entity_keys_params_locs,
    NULL, NULL, false,
    schematic_companies_count_entity_keys_responses, 1,
    schematic_companies_count_entity_keys_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_count_entity_keys(schematic_client *client, const schematic_companies_count_entity_keys_params *params, schematic_companies_count_entity_keys_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_count_entity_keys_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_count_entity_keys_response *)result;
    return rc;
}

/* Calls schematic_companies_count_entity_keys_async()'s callback as its own type. */
static void schematic_companies_count_entity_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_count_entity_keys_callback)typed)(user_data, rc, (schematic_companies_count_entity_keys_response *)result, err);
}

int schematic_companies_count_entity_keys_async(schematic_client *client, const schematic_companies_count_entity_keys_params *params, schematic_companies_count_entity_keys_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_count_entity_keys_op, params, NULL, NULL,
                                   schematic_companies_count_entity_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-trait-definitions */
static const apic_field schematic_companies_list_entity_trait_definitions_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_list_entity_trait_definitions_params, entity_type), offsetof(schematic_companies_list_entity_trait_definitions_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_list_entity_trait_definitions_params, ids), offsetof(schematic_companies_list_entity_trait_definitions_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_companies_list_entity_trait_definitions_params, q), -1, -1, &apic_type_string},
    {"trait_type", 10, 0, offsetof(schematic_companies_list_entity_trait_definitions_params, trait_type), offsetof(schematic_companies_list_entity_trait_definitions_params, has_trait_type), -1, &schematic_trait_type_Type},
    {"trait_types", 11, 0, offsetof(schematic_companies_list_entity_trait_definitions_params, trait_types), offsetof(schematic_companies_list_entity_trait_definitions_params, has_trait_types), -1, &schematic_trait_type_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_entity_trait_definitions_params, limit), offsetof(schematic_companies_list_entity_trait_definitions_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_entity_trait_definitions_params, offset), offsetof(schematic_companies_list_entity_trait_definitions_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_list_entity_trait_definitions_params_desc = {
    "companies_list_entity_trait_definitions_params", sizeof(schematic_companies_list_entity_trait_definitions_params), schematic_companies_list_entity_trait_definitions_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_list_entity_trait_definitions_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_list_entity_trait_definitions_responses[] = {
    {200, &schematic_companies_list_entity_trait_definitions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_list_entity_trait_definitions_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_list_entity_trait_definitions_security[] = {
    {schematic_companies_list_entity_trait_definitions_security_0, 1},
};
const apic_operation schematic_companies_list_entity_trait_definitions_op = {
    "schematic_companies_list_entity_trait_definitions", "GET", "/entity-trait-definitions",
    &schematic_companies_list_entity_trait_definitions_params_desc, schematic_companies_list_entity_trait_definitions_params_locs,
    NULL, NULL, false,
    schematic_companies_list_entity_trait_definitions_responses, 1,
    schematic_companies_list_entity_trait_definitions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_list_entity_trait_definitions(schematic_client *client, const schematic_companies_list_entity_trait_definitions_params *params, schematic_companies_list_entity_trait_definitions_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_list_entity_trait_definitions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_list_entity_trait_definitions_response *)result;
    return rc;
}

/* Calls schematic_companies_list_entity_trait_definitions_async()'s callback as its own type. */
static void schematic_companies_list_entity_trait_definitions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_list_entity_trait_definitions_callback)typed)(user_data, rc, (schematic_companies_list_entity_trait_definitions_response *)result, err);
}

int schematic_companies_list_entity_trait_definitions_async(schematic_client *client, const schematic_companies_list_entity_trait_definitions_params *params, schematic_companies_list_entity_trait_definitions_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_list_entity_trait_definitions_op, params, NULL, NULL,
                                   schematic_companies_list_entity_trait_definitions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_list_entity_trait_definitions_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_list_entity_trait_definitions_iter_new(schematic_client *client, const schematic_companies_list_entity_trait_definitions_params *params, schematic_companies_list_entity_trait_definitions_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_list_entity_trait_definitions_op, &schematic_companies_list_entity_trait_definitions_pagination, params, out, err);
}

int schematic_companies_list_entity_trait_definitions_iter_next(schematic_companies_list_entity_trait_definitions_iter *it, const schematic_entity_trait_definition_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_entity_trait_definition_response_data *)next;
    return rc;
}

void schematic_companies_list_entity_trait_definitions_iter_free(schematic_companies_list_entity_trait_definitions_iter *it)
{
    apic_pager_free(it);
}

/* POST /entity-trait-definitions */
static const apic_response schematic_companies_get_or_create_entity_trait_definition_responses[] = {
    {200, &schematic_companies_get_or_create_entity_trait_definition_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_or_create_entity_trait_definition_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_or_create_entity_trait_definition_security[] = {
    {schematic_companies_get_or_create_entity_trait_definition_security_0, 1},
};
const apic_operation schematic_companies_get_or_create_entity_trait_definition_op = {
    "schematic_companies_get_or_create_entity_trait_definition", "POST", "/entity-trait-definitions",
    NULL, NULL,
    &schematic_create_entity_trait_definition_request_body_Type, "application/json", true,
    schematic_companies_get_or_create_entity_trait_definition_responses, 1,
    schematic_companies_get_or_create_entity_trait_definition_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_or_create_entity_trait_definition(schematic_client *client, const schematic_create_entity_trait_definition_request_body *body, schematic_companies_get_or_create_entity_trait_definition_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_or_create_entity_trait_definition_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_or_create_entity_trait_definition_response *)result;
    return rc;
}

/* Calls schematic_companies_get_or_create_entity_trait_definition_async()'s callback as its own type. */
static void schematic_companies_get_or_create_entity_trait_definition_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_or_create_entity_trait_definition_callback)typed)(user_data, rc, (schematic_companies_get_or_create_entity_trait_definition_response *)result, err);
}

int schematic_companies_get_or_create_entity_trait_definition_async(schematic_client *client, const schematic_create_entity_trait_definition_request_body *body, schematic_companies_get_or_create_entity_trait_definition_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_or_create_entity_trait_definition_op, NULL, body, NULL,
                                   schematic_companies_get_or_create_entity_trait_definition_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-trait-definitions/{entity_trait_definition_id} */
static const apic_field schematic_companies_get_entity_trait_definition_params_desc_Fields[] = {
    {"entity_trait_definition_id", 26, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_definition_params, entity_trait_definition_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_entity_trait_definition_params_desc = {
    "companies_get_entity_trait_definition_params", sizeof(schematic_companies_get_entity_trait_definition_params), schematic_companies_get_entity_trait_definition_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_entity_trait_definition_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_get_entity_trait_definition_responses[] = {
    {200, &schematic_companies_get_entity_trait_definition_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_entity_trait_definition_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_entity_trait_definition_security[] = {
    {schematic_companies_get_entity_trait_definition_security_0, 1},
};
const apic_operation schematic_companies_get_entity_trait_definition_op = {
    "schematic_companies_get_entity_trait_definition", "GET", "/entity-trait-definitions/{entity_trait_definition_id}",
    &schematic_companies_get_entity_trait_definition_params_desc, schematic_companies_get_entity_trait_definition_params_locs,
    NULL, NULL, false,
    schematic_companies_get_entity_trait_definition_responses, 1,
    schematic_companies_get_entity_trait_definition_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_entity_trait_definition(schematic_client *client, const schematic_companies_get_entity_trait_definition_params *params, schematic_companies_get_entity_trait_definition_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_entity_trait_definition_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_entity_trait_definition_response *)result;
    return rc;
}

/* Calls schematic_companies_get_entity_trait_definition_async()'s callback as its own type. */
static void schematic_companies_get_entity_trait_definition_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_entity_trait_definition_callback)typed)(user_data, rc, (schematic_companies_get_entity_trait_definition_response *)result, err);
}

int schematic_companies_get_entity_trait_definition_async(schematic_client *client, const schematic_companies_get_entity_trait_definition_params *params, schematic_companies_get_entity_trait_definition_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_entity_trait_definition_op, params, NULL, NULL,
                                   schematic_companies_get_entity_trait_definition_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /entity-trait-definitions/{entity_trait_definition_id} */
static const apic_field schematic_companies_update_entity_trait_definition_params_desc_Fields[] = {
    {"entity_trait_definition_id", 26, APIC_F_REQUIRED, offsetof(schematic_companies_update_entity_trait_definition_params, entity_trait_definition_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_update_entity_trait_definition_params_desc = {
    "companies_update_entity_trait_definition_params", sizeof(schematic_companies_update_entity_trait_definition_params), schematic_companies_update_entity_trait_definition_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_update_entity_trait_definition_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_update_entity_trait_definition_responses[] = {
    {200, &schematic_companies_update_entity_trait_definition_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_update_entity_trait_definition_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_update_entity_trait_definition_security[] = {
    {schematic_companies_update_entity_trait_definition_security_0, 1},
};
const apic_operation schematic_companies_update_entity_trait_definition_op = {
    "schematic_companies_update_entity_trait_definition", "PUT", "/entity-trait-definitions/{entity_trait_definition_id}",
    &schematic_companies_update_entity_trait_definition_params_desc, schematic_companies_update_entity_trait_definition_params_locs,
    &schematic_update_entity_trait_definition_request_body_Type, "application/json", true,
    schematic_companies_update_entity_trait_definition_responses, 1,
    schematic_companies_update_entity_trait_definition_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_update_entity_trait_definition(schematic_client *client, const schematic_companies_update_entity_trait_definition_params *params, const schematic_update_entity_trait_definition_request_body *body, schematic_companies_update_entity_trait_definition_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_update_entity_trait_definition_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_update_entity_trait_definition_response *)result;
    return rc;
}

/* Calls schematic_companies_update_entity_trait_definition_async()'s callback as its own type. */
static void schematic_companies_update_entity_trait_definition_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_update_entity_trait_definition_callback)typed)(user_data, rc, (schematic_companies_update_entity_trait_definition_response *)result, err);
}

int schematic_companies_update_entity_trait_definition_async(schematic_client *client, const schematic_companies_update_entity_trait_definition_params *params, const schematic_update_entity_trait_definition_request_body *body, schematic_companies_update_entity_trait_definition_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_update_entity_trait_definition_op, params, body, NULL,
                                   schematic_companies_update_entity_trait_definition_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /entity-trait-definitions/{entity_trait_definition_id} */
static const apic_field schematic_companies_delete_entity_trait_definition_params_desc_Fields[] = {
    {"entity_trait_definition_id", 26, APIC_F_REQUIRED, offsetof(schematic_companies_delete_entity_trait_definition_params, entity_trait_definition_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_delete_entity_trait_definition_params_desc = {
    "companies_delete_entity_trait_definition_params", sizeof(schematic_companies_delete_entity_trait_definition_params), schematic_companies_delete_entity_trait_definition_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_delete_entity_trait_definition_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_delete_entity_trait_definition_responses[] = {
    {200, &schematic_companies_delete_entity_trait_definition_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_delete_entity_trait_definition_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_delete_entity_trait_definition_security[] = {
    {schematic_companies_delete_entity_trait_definition_security_0, 1},
};
const apic_operation schematic_companies_delete_entity_trait_definition_op = {
    "schematic_companies_delete_entity_trait_definition", "DELETE", "/entity-trait-definitions/{entity_trait_definition_id}",
    &schematic_companies_delete_entity_trait_definition_params_desc, schematic_companies_delete_entity_trait_definition_params_locs,
    NULL, NULL, false,
    schematic_companies_delete_entity_trait_definition_responses, 1,
    schematic_companies_delete_entity_trait_definition_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_delete_entity_trait_definition(schematic_client *client, const schematic_companies_delete_entity_trait_definition_params *params, schematic_companies_delete_entity_trait_definition_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_delete_entity_trait_definition_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_delete_entity_trait_definition_response *)result;
    return rc;
}

/* Calls schematic_companies_delete_entity_trait_definition_async()'s callback as its own type. */
static void schematic_companies_delete_entity_trait_definition_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_delete_entity_trait_definition_callback)typed)(user_data, rc, (schematic_companies_delete_entity_trait_definition_response *)result, err);
}

int schematic_companies_delete_entity_trait_definition_async(schematic_client *client, const schematic_companies_delete_entity_trait_definition_params *params, schematic_companies_delete_entity_trait_definition_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_delete_entity_trait_definition_op, params, NULL, NULL,
                                   schematic_companies_delete_entity_trait_definition_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-trait-definitions/{entity_trait_definition_id}/usage */
static const apic_field schematic_companies_get_entity_trait_definition_usage_params_desc_Fields[] = {
    {"entity_trait_definition_id", 26, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_definition_usage_params, entity_trait_definition_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_entity_trait_definition_usage_params_desc = {
    "companies_get_entity_trait_definition_usage_params", sizeof(schematic_companies_get_entity_trait_definition_usage_params), schematic_companies_get_entity_trait_definition_usage_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_entity_trait_definition_usage_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_get_entity_trait_definition_usage_responses[] = {
    {200, &schematic_companies_get_entity_trait_definition_usage_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_entity_trait_definition_usage_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_entity_trait_definition_usage_security[] = {
    {schematic_companies_get_entity_trait_definition_usage_security_0, 1},
};
const apic_operation schematic_companies_get_entity_trait_definition_usage_op = {
    "schematic_companies_get_entity_trait_definition_usage", "GET", "/entity-trait-definitions/{entity_trait_definition_id}/usage",
    &schematic_companies_get_entity_trait_definition_usage_params_desc, schematic_companies_get_entity_trait_definition_usage_params_locs,
    NULL, NULL, false,
    schematic_companies_get_entity_trait_definition_usage_responses, 1,
    schematic_companies_get_entity_trait_definition_usage_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_entity_trait_definition_usage(schematic_client *client, const schematic_companies_get_entity_trait_definition_usage_params *params, schematic_companies_get_entity_trait_definition_usage_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_entity_trait_definition_usage_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_entity_trait_definition_usage_response *)result;
    return rc;
}

/* Calls schematic_companies_get_entity_trait_definition_usage_async()'s callback as its own type. */
static void schematic_companies_get_entity_trait_definition_usage_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_entity_trait_definition_usage_callback)typed)(user_data, rc, (schematic_companies_get_entity_trait_definition_usage_response *)result, err);
}

int schematic_companies_get_entity_trait_definition_usage_async(schematic_client *client, const schematic_companies_get_entity_trait_definition_usage_params *params, schematic_companies_get_entity_trait_definition_usage_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_entity_trait_definition_usage_op, params, NULL, NULL,
                                   schematic_companies_get_entity_trait_definition_usage_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-trait-definitions/count */
static const apic_field schematic_companies_count_entity_trait_definitions_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_trait_definitions_params, entity_type), offsetof(schematic_companies_count_entity_trait_definitions_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_count_entity_trait_definitions_params, ids), offsetof(schematic_companies_count_entity_trait_definitions_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_companies_count_entity_trait_definitions_params, q), -1, -1, &apic_type_string},
    {"trait_type", 10, 0, offsetof(schematic_companies_count_entity_trait_definitions_params, trait_type), offsetof(schematic_companies_count_entity_trait_definitions_params, has_trait_type), -1, &schematic_trait_type_Type},
    {"trait_types", 11, 0, offsetof(schematic_companies_count_entity_trait_definitions_params, trait_types), offsetof(schematic_companies_count_entity_trait_definitions_params, has_trait_types), -1, &schematic_trait_type_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_trait_definitions_params, limit), offsetof(schematic_companies_count_entity_trait_definitions_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_trait_definitions_params, offset), offsetof(schematic_companies_count_entity_trait_definitions_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_count_entity_trait_definitions_params_desc = {
    "companies_count_entity_trait_definitions_params", sizeof(schematic_companies_count_entity_trait_definitions_params), schematic_companies_count_entity_trait_definitions_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_count_entity_trait_definitions_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_count_entity_trait_definitions_responses[] = {
    {200, &schematic_companies_count_entity_trait_definitions_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_count_entity_trait_definitions_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_count_entity_trait_definitions_security[] = {
    {schematic_companies_count_entity_trait_definitions_security_0, 1},
};
const apic_operation schematic_companies_count_entity_trait_definitions_op = {
    "schematic_companies_count_entity_trait_definitions", "GET", "/entity-trait-definitions/count",
    &schematic_companies_count_entity_trait_definitions_params_desc, schematic_companies_count_entity_trait_definitions_params_locs,
    NULL, NULL, false,
    schematic_companies_count_entity_trait_definitions_responses, 1,
    schematic_companies_count_entity_trait_definitions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_count_entity_trait_definitions(schematic_client *client, const schematic_companies_count_entity_trait_definitions_params *params, schematic_companies_count_entity_trait_definitions_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_count_entity_trait_definitions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_count_entity_trait_definitions_response *)result;
    return rc;
}

/* Calls schematic_companies_count_entity_trait_definitions_async()'s callback as its own type. */
static void schematic_companies_count_entity_trait_definitions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_count_entity_trait_definitions_callback)typed)(user_data, rc, (schematic_companies_count_entity_trait_definitions_response *)result, err);
}

int schematic_companies_count_entity_trait_definitions_async(schematic_client *client, const schematic_companies_count_entity_trait_definitions_params *params, schematic_companies_count_entity_trait_definitions_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_count_entity_trait_definitions_op, params, NULL, NULL,
                                   schematic_companies_count_entity_trait_definitions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /entity-trait-values */
static const apic_field schematic_companies_get_entity_trait_values_params_desc_Fields[] = {
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_values_params, definition_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_companies_get_entity_trait_values_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_get_entity_trait_values_params, limit), offsetof(schematic_companies_get_entity_trait_values_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_get_entity_trait_values_params, offset), offsetof(schematic_companies_get_entity_trait_values_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_get_entity_trait_values_params_desc = {
    "companies_get_entity_trait_values_params", sizeof(schematic_companies_get_entity_trait_values_params), schematic_companies_get_entity_trait_values_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_entity_trait_values_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_get_entity_trait_values_responses[] = {
    {200, &schematic_companies_get_entity_trait_values_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_entity_trait_values_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_entity_trait_values_security[] = {
    {schematic_companies_get_entity_trait_values_security_0, 1},
};
const apic_operation schematic_companies_get_entity_trait_values_op = {
    "schematic_companies_get_entity_trait_values", "GET", "/entity-trait-values",
    &schematic_companies_get_entity_trait_values_params_desc, schematic_companies_get_entity_trait_values_params_locs,
    NULL, NULL, false,
    schematic_companies_get_entity_trait_values_responses, 1,
    schematic_companies_get_entity_trait_values_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_entity_trait_values(schematic_client *client, const schematic_companies_get_entity_trait_values_params *params, schematic_companies_get_entity_trait_values_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_entity_trait_values_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_entity_trait_values_response *)result;
    return rc;
}

/* Calls schematic_companies_get_entity_trait_values_async()'s callback as its own type. */
static void schematic_companies_get_entity_trait_values_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_entity_trait_values_callback)typed)(user_data, rc, (schematic_companies_get_entity_trait_values_response *)result, err);
}

int schematic_companies_get_entity_trait_values_async(schematic_client *client, const schematic_companies_get_entity_trait_values_params *params, schematic_companies_get_entity_trait_values_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_entity_trait_values_op, params, NULL, NULL,
                                   schematic_companies_get_entity_trait_values_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_get_entity_trait_values_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_get_entity_trait_values_iter_new(schematic_client *client, const schematic_companies_get_entity_trait_values_params *params, schematic_companies_get_entity_trait_values_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_get_entity_trait_values_op, &schematic_companies_get_entity_trait_values_pagination, params, out, err);
}

int schematic_companies_get_entity_trait_values_iter_next(schematic_companies_get_entity_trait_values_iter *it, const schematic_entity_trait_value **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_entity_trait_value *)next;
    return rc;
}

void schematic_companies_get_entity_trait_values_iter_free(schematic_companies_get_entity_trait_values_iter *it)
{
    apic_pager_free(it);
}

/* GET /entity-traits/count */
static const apic_field schematic_companies_count_entity_traits_params_desc_Fields[] = {
    {"definition_id", 13, 0, offsetof(schematic_companies_count_entity_traits_params, definition_id), -1, -1, &apic_type_string},
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_traits_params, entity_type), offsetof(schematic_companies_count_entity_traits_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_traits_params, limit), offsetof(schematic_companies_count_entity_traits_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_traits_params, offset), offsetof(schematic_companies_count_entity_traits_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_count_entity_traits_params_desc = {
    "companies_count_entity_traits_params", sizeof(schematic_companies_count_entity_traits_params), schematic_companies_count_entity_traits_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_count_entity_traits_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_count_entity_traits_responses[] = {
    {200, &schematic_companies_count_entity_traits_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_count_entity_traits_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_count_entity_traits_security[] = {
    {schematic_companies_count_entity_traits_security_0, 1},
};
const apic_operation schematic_companies_count_entity_traits_op = {
    "schematic_companies_count_entity_traits", "GET", "/entity-traits/count",
    &schematic_companies_count_entity_traits_params_desc, schematic_companies_count_entity_traits_params_locs,
    NULL, NULL, false,
    schematic_companies_count_entity_traits_responses, 1,
    schematic_companies_count_entity_traits_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_count_entity_traits(schematic_client *client, const schematic_companies_count_entity_traits_params *params, schematic_companies_count_entity_traits_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_count_entity_traits_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_count_entity_traits_response *)result;
    return rc;
}

/* Calls schematic_companies_count_entity_traits_async()'s callback as its own type. */
static void schematic_companies_count_entity_traits_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_count_entity_traits_callback)typed)(user_data, rc, (schematic_companies_count_entity_traits_response *)result, err);
}

int schematic_companies_count_entity_traits_async(schematic_client *client, const schematic_companies_count_entity_traits_params *params, schematic_companies_count_entity_traits_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_count_entity_traits_op, params, NULL, NULL,
                                   schematic_companies_count_entity_traits_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-changes */
static const apic_field schematic_companies_list_plan_changes_params_desc_Fields[] = {
    {"action", 6, 0, offsetof(schematic_companies_list_plan_changes_params, action), offsetof(schematic_companies_list_plan_changes_params, has_action), -1, &schematic_plan_change_action_Type},
    {"base_plan_action", 16, 0, offsetof(schematic_companies_list_plan_changes_params, base_plan_action), offsetof(schematic_companies_list_plan_changes_params, has_base_plan_action), -1, &schematic_plan_change_base_plan_action_Type},
    {"company_id", 10, 0, offsetof(schematic_companies_list_plan_changes_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_companies_list_plan_changes_params, company_ids), offsetof(schematic_companies_list_plan_changes_params, has_company_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_plan_changes_params, limit), offsetof(schematic_companies_list_plan_changes_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_plan_changes_params, offset), offsetof(schematic_companies_list_plan_changes_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_list_plan_changes_params_desc = {
    "companies_list_plan_changes_params", sizeof(schematic_companies_list_plan_changes_params), schematic_companies_list_plan_changes_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_list_plan_changes_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_list_plan_changes_responses[] = {
    {200, &schematic_companies_list_plan_changes_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_list_plan_changes_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_list_plan_changes_security[] = {
    {schematic_companies_list_plan_changes_security_0, 1},
};
const apic_operation schematic_companies_list_plan_changes_op = {
    "schematic_companies_list_plan_changes", "GET", "/plan-changes",
    &schematic_companies_list_plan_changes_params_desc, schematic_companies_list_plan_changes_params_locs,
    NULL, NULL, false,
    schematic_companies_list_plan_changes_responses, 1,
    schematic_companies_list_plan_changes_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_list_plan_changes(schematic_client *client, const schematic_companies_list_plan_changes_params *params, schematic_companies_list_plan_changes_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_list_plan_changes_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_list_plan_changes_response *)result;
    return rc;
}

/* Calls schematic_companies_list_plan_changes_async()'s callback as its own type. */
static void schematic_companies_list_plan_changes_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_list_plan_changes_callback)typed)(user_data, rc, (schematic_companies_list_plan_changes_response *)result, err);
}

int schematic_companies_list_plan_changes_async(schematic_client *client, const schematic_companies_list_plan_changes_params *params, schematic_companies_list_plan_changes_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_list_plan_changes_op, params, NULL, NULL,
                                   schematic_companies_list_plan_changes_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_list_plan_changes_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_list_plan_changes_iter_new(schematic_client *client, const schematic_companies_list_plan_changes_params *params, schematic_companies_list_plan_changes_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_list_plan_changes_op, &schematic_companies_list_plan_changes_pagination, params, out, err);
}

int schematic_companies_list_plan_changes_iter_next(schematic_companies_list_plan_changes_iter *it, const schematic_plan_change_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_plan_change_response_data *)next;
    return rc;
}

void schematic_companies_list_plan_changes_iter_free(schematic_companies_list_plan_changes_iter *it)
{
    apic_pager_free(it);
}

/* GET /plan-changes/{plan_change_id} */
static const apic_field schematic_companies_get_plan_change_params_desc_Fields[] = {
    {"plan_change_id", 14, APIC_F_REQUIRED, offsetof(schematic_companies_get_plan_change_params, plan_change_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_plan_change_params_desc = {
    "companies_get_plan_change_params", sizeof(schematic_companies_get_plan_change_params), schematic_companies_get_plan_change_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_plan_change_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_get_plan_change_responses[] = {
    {200, &schematic_companies_get_plan_change_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_plan_change_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_plan_change_security[] = {
    {schematic_companies_get_plan_change_security_0, 1},
};
const apic_operation schematic_companies_get_plan_change_op = {
    "schematic_companies_get_plan_change", "GET", "/plan-changes/{plan_change_id}",
    &schematic_companies_get_plan_change_params_desc, schematic_companies_get_plan_change_params_locs,
    NULL, NULL, false,
    schematic_companies_get_plan_change_responses, 1,
    schematic_companies_get_plan_change_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_plan_change(schematic_client *client, const schematic_companies_get_plan_change_params *params, schematic_companies_get_plan_change_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_plan_change_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_plan_change_response *)result;
    return rc;
}

/* Calls schematic_companies_get_plan_change_async()'s callback as its own type. */
static void schematic_companies_get_plan_change_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_plan_change_callback)typed)(user_data, rc, (schematic_companies_get_plan_change_response *)result, err);
}

int schematic_companies_get_plan_change_async(schematic_client *client, const schematic_companies_get_plan_change_params *params, schematic_companies_get_plan_change_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_plan_change_op, params, NULL, NULL,
                                   schematic_companies_get_plan_change_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-traits */
static const apic_field schematic_companies_list_plan_traits_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_companies_list_plan_traits_params, ids), offsetof(schematic_companies_list_plan_traits_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_companies_list_plan_traits_params, plan_id), -1, -1, &apic_type_string},
    {"trait_id", 8, 0, offsetof(schematic_companies_list_plan_traits_params, trait_id), -1, -1, &apic_type_string},
    {"trait_ids", 9, 0, offsetof(schematic_companies_list_plan_traits_params, trait_ids), offsetof(schematic_companies_list_plan_traits_params, has_trait_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_plan_traits_params, limit), offsetof(schematic_companies_list_plan_traits_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_plan_traits_params, offset), offsetof(schematic_companies_list_plan_traits_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_list_plan_traits_params_desc = {
    "companies_list_plan_traits_params", sizeof(schematic_companies_list_plan_traits_params), schematic_companies_list_plan_traits_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_list_plan_traits_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_list_plan_traits_responses[] = {
    {200, &schematic_companies_list_plan_traits_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_list_plan_traits_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_list_plan_traits_security[] = {
    {schematic_companies_list_plan_traits_security_0, 1},
};
const apic_operation schematic_companies_list_plan_traits_op = {
    "schematic_companies_list_plan_traits", "GET", "/plan-traits",
    &schematic_companies_list_plan_traits_params_desc, schematic_companies_list_plan_traits_params_locs,
    NULL, NULL, false,
    schematic_companies_list_plan_traits_responses, 1,
    schematic_companies_list_plan_traits_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_list_plan_traits(schematic_client *client, const schematic_companies_list_plan_traits_params *params, schematic_companies_list_plan_traits_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_list_plan_traits_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_list_plan_traits_response *)result;
    return rc;
}

/* Calls schematic_companies_list_plan_traits_async()'s callback as its own type. */
static void schematic_companies_list_plan_traits_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_list_plan_traits_callback)typed)(user_data, rc, (schematic_companies_list_plan_traits_response *)result, err);
}

int schematic_companies_list_plan_traits_async(schematic_client *client, const schematic_companies_list_plan_traits_params *params, schematic_companies_list_plan_traits_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_list_plan_traits_op, params, NULL, NULL,
                                   schematic_companies_list_plan_traits_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_list_plan_traits_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_list_plan_traits_iter_new(schematic_client *client, const schematic_companies_list_plan_traits_params *params, schematic_companies_list_plan_traits_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_list_plan_traits_op, &schematic_companies_list_plan_traits_pagination, params, out, err);
}

int schematic_companies_list_plan_traits_iter_next(schematic_companies_list_plan_traits_iter *it, const schematic_plan_trait_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_plan_trait_response_data *)next;
    return rc;
}

void schematic_companies_list_plan_traits_iter_free(schematic_companies_list_plan_traits_iter *it)
{
    apic_pager_free(it);
}

/* GET /plan-traits/{plan_trait_id} */
static const apic_field schematic_companies_get_plan_trait_params_desc_Fields[] = {
    {"plan_trait_id", 13, APIC_F_REQUIRED, offsetof(schematic_companies_get_plan_trait_params, plan_trait_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_plan_trait_params_desc = {
    "companies_get_plan_trait_params", sizeof(schematic_companies_get_plan_trait_params), schematic_companies_get_plan_trait_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_plan_trait_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_get_plan_trait_responses[] = {
    {200, &schematic_companies_get_plan_trait_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_plan_trait_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_plan_trait_security[] = {
    {schematic_companies_get_plan_trait_security_0, 1},
};
const apic_operation schematic_companies_get_plan_trait_op = {
    "schematic_companies_get_plan_trait", "GET", "/plan-traits/{plan_trait_id}",
    &schematic_companies_get_plan_trait_params_desc, schematic_companies_get_plan_trait_params_locs,
    NULL, NULL, false,
    schematic_companies_get_plan_trait_responses, 1,
    schematic_companies_get_plan_trait_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_plan_trait(schematic_client *client, const schematic_companies_get_plan_trait_params *params, schematic_companies_get_plan_trait_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_plan_trait_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_plan_trait_response *)result;
    return rc;
}

/* Calls schematic_companies_get_plan_trait_async()'s callback as its own type. */
static void schematic_companies_get_plan_trait_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_plan_trait_callback)typed)(user_data, rc, (schematic_companies_get_plan_trait_response *)result, err);
}

int schematic_companies_get_plan_trait_async(schematic_client *client, const schematic_companies_get_plan_trait_params *params, schematic_companies_get_plan_trait_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_plan_trait_op, params, NULL, NULL,
                                   schematic_companies_get_plan_trait_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plan-traits/bulk */
static const apic_response schematic_companies_update_plan_traits_bulk_responses[] = {
    {200, &schematic_companies_update_plan_traits_bulk_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_update_plan_traits_bulk_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_update_plan_traits_bulk_security[] = {
    {schematic_companies_update_plan_traits_bulk_security_0, 1},
};
const apic_operation schematic_companies_update_plan_traits_bulk_op = {
    "schematic_companies_update_plan_traits_bulk", "POST", "/plan-traits/bulk",
    NULL, NULL,
    &schematic_update_plan_trait_bulk_request_body_Type, "application/json", true,
    schematic_companies_update_plan_traits_bulk_responses, 1,
    schematic_companies_update_plan_traits_bulk_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_update_plan_traits_bulk(schematic_client *client, const schematic_update_plan_trait_bulk_request_body *body, schematic_companies_update_plan_traits_bulk_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_update_plan_traits_bulk_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_update_plan_traits_bulk_response *)result;
    return rc;
}

/* Calls schematic_companies_update_plan_traits_bulk_async()'s callback as its own type. */
static void schematic_companies_update_plan_traits_bulk_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_update_plan_traits_bulk_callback)typed)(user_data, rc, (schematic_companies_update_plan_traits_bulk_response *)result, err);
}

int schematic_companies_update_plan_traits_bulk_async(schematic_client *client, const schematic_update_plan_trait_bulk_request_body *body, schematic_companies_update_plan_traits_bulk_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_update_plan_traits_bulk_op, NULL, body, NULL,
                                   schematic_companies_update_plan_traits_bulk_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-traits/count */
static const apic_field schematic_companies_count_plan_traits_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_companies_count_plan_traits_params, ids), offsetof(schematic_companies_count_plan_traits_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_companies_count_plan_traits_params, plan_id), -1, -1, &apic_type_string},
    {"trait_id", 8, 0, offsetof(schematic_companies_count_plan_traits_params, trait_id), -1, -1, &apic_type_string},
    {"trait_ids", 9, 0, offsetof(schematic_companies_count_plan_traits_params, trait_ids), offsetof(schematic_companies_count_plan_traits_params, has_trait_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_plan_traits_params, limit), offsetof(schematic_companies_count_plan_traits_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_plan_traits_params, offset), offsetof(schematic_companies_count_plan_traits_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_count_plan_traits_params_desc = {
    "companies_count_plan_traits_params", sizeof(schematic_companies_count_plan_traits_params), schematic_companies_count_plan_traits_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_count_plan_traits_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_count_plan_traits_responses[] = {
    {200, &schematic_companies_count_plan_traits_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_count_plan_traits_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_count_plan_traits_security[] = {
    {schematic_companies_count_plan_traits_security_0, 1},
};
const apic_operation schematic_companies_count_plan_traits_op = {
    "schematic_companies_count_plan_traits", "GET", "/plan-traits/count",
    &schematic_companies_count_plan_traits_params_desc, schematic_companies_count_plan_traits_params_locs,
    NULL, NULL, false,
    schematic_companies_count_plan_traits_responses, 1,
    schematic_companies_count_plan_traits_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_count_plan_traits(schematic_client *client, const schematic_companies_count_plan_traits_params *params, schematic_companies_count_plan_traits_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_count_plan_traits_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_count_plan_traits_response *)result;
    return rc;
}

/* Calls schematic_companies_count_plan_traits_async()'s callback as its own type. */
static void schematic_companies_count_plan_traits_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_count_plan_traits_callback)typed)(user_data, rc, (schematic_companies_count_plan_traits_response *)result, err);
}

int schematic_companies_count_plan_traits_async(schematic_client *client, const schematic_companies_count_plan_traits_params *params, schematic_companies_count_plan_traits_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_count_plan_traits_op, params, NULL, NULL,
                                   schematic_companies_count_plan_traits_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /user-traits */
static const apic_response schematic_companies_upsert_user_trait_responses[] = {
    {200, &schematic_companies_upsert_user_trait_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_upsert_user_trait_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_upsert_user_trait_security[] = {
    {schematic_companies_upsert_user_trait_security_0, 1},
};
const apic_operation schematic_companies_upsert_user_trait_op = {
    "schematic_companies_upsert_user_trait", "POST", "/user-traits",
    NULL, NULL,
    &schematic_upsert_trait_request_body_Type, "application/json", true,
    schematic_companies_upsert_user_trait_responses, 1,
    schematic_companies_upsert_user_trait_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_upsert_user_trait(schematic_client *client, const schematic_upsert_trait_request_body *body, schematic_companies_upsert_user_trait_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_upsert_user_trait_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_upsert_user_trait_response *)result;
    return rc;
}

/* Calls schematic_companies_upsert_user_trait_async()'s callback as its own type. */
static void schematic_companies_upsert_user_trait_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_upsert_user_trait_callback)typed)(user_data, rc, (schematic_companies_upsert_user_trait_response *)result, err);
}

int schematic_companies_upsert_user_trait_async(schematic_client *client, const schematic_upsert_trait_request_body *body, schematic_companies_upsert_user_trait_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_upsert_user_trait_op, NULL, body, NULL,
                                   schematic_companies_upsert_user_trait_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /users */
static const apic_field schematic_companies_list_users_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_list_users_params, company_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_companies_list_users_params, ids), offsetof(schematic_companies_list_users_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_companies_list_users_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_companies_list_users_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_list_users_params, limit), offsetof(schematic_companies_list_users_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_users_params, offset), offsetof(schematic_companies_list_users_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_list_users_params_desc = {
    "companies_list_users_params", sizeof(schematic_companies_list_users_params), schematic_companies_list_users_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_list_users_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_list_users_responses[] = {
    {200, &schematic_companies_list_users_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_list_users_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_list_users_security[] = {
    {schematic_companies_list_users_security_0, 1},
};
const apic_operation schematic_companies_list_users_op = {
    "schematic_companies_list_users", "GET", "/users",
    &schematic_companies_list_users_params_desc, schematic_companies_list_users_params_locs,
    NULL, NULL, false,
    schematic_companies_list_users_responses, 1,
    schematic_companies_list_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_list_users(schematic_client *client, const schematic_companies_list_users_params *params, schematic_companies_list_users_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_list_users_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_list_users_response *)result;
    return rc;
}

/* Calls schematic_companies_list_users_async()'s callback as its own type. */
static void schematic_companies_list_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_list_users_callback)typed)(user_data, rc, (schematic_companies_list_users_response *)result, err);
}

int schematic_companies_list_users_async(schematic_client *client, const schematic_companies_list_users_params *params, schematic_companies_list_users_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_list_users_op, params, NULL, NULL,
                                   schematic_companies_list_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_companies_list_users_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_companies_list_users_iter_new(schematic_client *client, const schematic_companies_list_users_params *params, schematic_companies_list_users_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_companies_list_users_op, &schematic_companies_list_users_pagination, params, out, err);
}

int schematic_companies_list_users_iter_next(schematic_companies_list_users_iter *it, const schematic_user_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_user_detail_response_data *)next;
    return rc;
}

void schematic_companies_list_users_iter_free(schematic_companies_list_users_iter *it)
{
    apic_pager_free(it);
}

/* POST /users */
static const apic_response schematic_companies_upsert_user_responses[] = {
    {200, &schematic_companies_upsert_user_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_upsert_user_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_upsert_user_security[] = {
    {schematic_companies_upsert_user_security_0, 1},
};
const apic_operation schematic_companies_upsert_user_op = {
    "schematic_companies_upsert_user", "POST", "/users",
    NULL, NULL,
    &schematic_upsert_user_request_body_Type, "application/json", true,
    schematic_companies_upsert_user_responses, 1,
    schematic_companies_upsert_user_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_upsert_user(schematic_client *client, const schematic_upsert_user_request_body *body, schematic_companies_upsert_user_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_upsert_user_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_upsert_user_response *)result;
    return rc;
}

/* Calls schematic_companies_upsert_user_async()'s callback as its own type. */
static void schematic_companies_upsert_user_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_upsert_user_callback)typed)(user_data, rc, (schematic_companies_upsert_user_response *)result, err);
}

int schematic_companies_upsert_user_async(schematic_client *client, const schematic_upsert_user_request_body *body, schematic_companies_upsert_user_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_upsert_user_op, NULL, body, NULL,
                                   schematic_companies_upsert_user_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /users/{user_id} */
static const apic_field schematic_companies_get_user_params_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(schematic_companies_get_user_params, user_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_get_user_params_desc = {
    "companies_get_user_params", sizeof(schematic_companies_get_user_params), schematic_companies_get_user_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_get_user_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_get_user_responses[] = {
    {200, &schematic_companies_get_user_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_get_user_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_get_user_security[] = {
    {schematic_companies_get_user_security_0, 1},
};
const apic_operation schematic_companies_get_user_op = {
    "schematic_companies_get_user", "GET", "/users/{user_id}",
    &schematic_companies_get_user_params_desc, schematic_companies_get_user_params_locs,
    NULL, NULL, false,
    schematic_companies_get_user_responses, 1,
    schematic_companies_get_user_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_get_user(schematic_client *client, const schematic_companies_get_user_params *params, schematic_companies_get_user_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_get_user_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_get_user_response *)result;
    return rc;
}

/* Calls schematic_companies_get_user_async()'s callback as its own type. */
static void schematic_companies_get_user_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_get_user_callback)typed)(user_data, rc, (schematic_companies_get_user_response *)result, err);
}

int schematic_companies_get_user_async(schematic_client *client, const schematic_companies_get_user_params *params, schematic_companies_get_user_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_get_user_op, params, NULL, NULL,
                                   schematic_companies_get_user_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /users/{user_id} */
static const apic_field schematic_companies_delete_user_params_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(schematic_companies_delete_user_params, user_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_companies_delete_user_params_desc = {
    "companies_delete_user_params", sizeof(schematic_companies_delete_user_params), schematic_companies_delete_user_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_delete_user_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_companies_delete_user_responses[] = {
    {200, &schematic_companies_delete_user_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_delete_user_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_delete_user_security[] = {
    {schematic_companies_delete_user_security_0, 1},
};
const apic_operation schematic_companies_delete_user_op = {
    "schematic_companies_delete_user", "DELETE", "/users/{user_id}",
    &schematic_companies_delete_user_params_desc, schematic_companies_delete_user_params_locs,
    NULL, NULL, false,
    schematic_companies_delete_user_responses, 1,
    schematic_companies_delete_user_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_delete_user(schematic_client *client, const schematic_companies_delete_user_params *params, schematic_companies_delete_user_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_delete_user_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_delete_user_response *)result;
    return rc;
}

/* Calls schematic_companies_delete_user_async()'s callback as its own type. */
static void schematic_companies_delete_user_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_delete_user_callback)typed)(user_data, rc, (schematic_companies_delete_user_response *)result, err);
}

int schematic_companies_delete_user_async(schematic_client *client, const schematic_companies_delete_user_params *params, schematic_companies_delete_user_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_delete_user_op, params, NULL, NULL,
                                   schematic_companies_delete_user_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /users/count */
static const apic_field schematic_companies_count_users_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_count_users_params, company_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_companies_count_users_params, ids), offsetof(schematic_companies_count_users_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_companies_count_users_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_companies_count_users_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_count_users_params, limit), offsetof(schematic_companies_count_users_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_users_params, offset), offsetof(schematic_companies_count_users_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_companies_count_users_params_desc = {
    "companies_count_users_params", sizeof(schematic_companies_count_users_params), schematic_companies_count_users_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_count_users_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_count_users_responses[] = {
    {200, &schematic_companies_count_users_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_count_users_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_count_users_security[] = {
    {schematic_companies_count_users_security_0, 1},
};
const apic_operation schematic_companies_count_users_op = {
    "schematic_companies_count_users", "GET", "/users/count",
    &schematic_companies_count_users_params_desc, schematic_companies_count_users_params_locs,
    NULL, NULL, false,
    schematic_companies_count_users_responses, 1,
    schematic_companies_count_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_count_users(schematic_client *client, const schematic_companies_count_users_params *params, schematic_companies_count_users_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_count_users_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_count_users_response *)result;
    return rc;
}

/* Calls schematic_companies_count_users_async()'s callback as its own type. */
static void schematic_companies_count_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_count_users_callback)typed)(user_data, rc, (schematic_companies_count_users_response *)result, err);
}

int schematic_companies_count_users_async(schematic_client *client, const schematic_companies_count_users_params *params, schematic_companies_count_users_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_count_users_op, params, NULL, NULL,
                                   schematic_companies_count_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /users/create */
static const apic_response schematic_companies_create_user_responses[] = {
    {201, &schematic_companies_create_user_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_create_user_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_create_user_security[] = {
    {schematic_companies_create_user_security_0, 1},
};
const apic_operation schematic_companies_create_user_op = {
    "schematic_companies_create_user", "POST", "/users/create",
    NULL, NULL,
    &schematic_upsert_user_request_body_Type, "application/json", true,
    schematic_companies_create_user_responses, 1,
    schematic_companies_create_user_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_create_user(schematic_client *client, const schematic_upsert_user_request_body *body, schematic_companies_create_user_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_create_user_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_create_user_response *)result;
    return rc;
}

/* Calls schematic_companies_create_user_async()'s callback as its own type. */
static void schematic_companies_create_user_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_create_user_callback)typed)(user_data, rc, (schematic_companies_create_user_response *)result, err);
}

int schematic_companies_create_user_async(schematic_client *client, const schematic_upsert_user_request_body *body, schematic_companies_create_user_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_create_user_op, NULL, body, NULL,
                                   schematic_companies_create_user_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /users/delete */
static const apic_response schematic_companies_delete_user_by_keys_responses[] = {
    {200, &schematic_companies_delete_user_by_keys_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_delete_user_by_keys_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_delete_user_by_keys_security[] = {
    {schematic_companies_delete_user_by_keys_security_0, 1},
};
const apic_operation schematic_companies_delete_user_by_keys_op = {
    "schematic_companies_delete_user_by_keys", "POST", "/users/delete",
    NULL, NULL,
    &schematic_keys_request_body_Type, "application/json", true,
    schematic_companies_delete_user_by_keys_responses, 1,
    schematic_companies_delete_user_by_keys_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_delete_user_by_keys(schematic_client *client, const schematic_keys_request_body *body, schematic_companies_delete_user_by_keys_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_delete_user_by_keys_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_delete_user_by_keys_response *)result;
    return rc;
}

/* Calls schematic_companies_delete_user_by_keys_async()'s callback as its own type. */
static void schematic_companies_delete_user_by_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_delete_user_by_keys_callback)typed)(user_data, rc, (schematic_companies_delete_user_by_keys_response *)result, err);
}

int schematic_companies_delete_user_by_keys_async(schematic_client *client, const schematic_keys_request_body *body, schematic_companies_delete_user_by_keys_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_delete_user_by_keys_op, NULL, body, NULL,
                                   schematic_companies_delete_user_by_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /users/lookup */
static const apic_field schematic_companies_lookup_user_params_desc_Fields[] = {
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_companies_lookup_user_params, keys), -1, -1, &schematic_string_map_Type},
};
static const apic_struct_desc schematic_companies_lookup_user_params_desc = {
    "companies_lookup_user_params", sizeof(schematic_companies_lookup_user_params), schematic_companies_lookup_user_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_companies_lookup_user_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_companies_lookup_user_responses[] = {
    {200, &schematic_companies_lookup_user_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_companies_lookup_user_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_companies_lookup_user_security[] = {
    {schematic_companies_lookup_user_security_0, 1},
};
const apic_operation schematic_companies_lookup_user_op = {
    "schematic_companies_lookup_user", "GET", "/users/lookup",
    &schematic_companies_lookup_user_params_desc, schematic_companies_lookup_user_params_locs,
    NULL, NULL, false,
    schematic_companies_lookup_user_responses, 1,
    schematic_companies_lookup_user_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_companies_lookup_user(schematic_client *client, const schematic_companies_lookup_user_params *params, schematic_companies_lookup_user_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_companies_lookup_user_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_companies_lookup_user_response *)result;
    return rc;
}

/* Calls schematic_companies_lookup_user_async()'s callback as its own type. */
static void schematic_companies_lookup_user_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_companies_lookup_user_callback)typed)(user_data, rc, (schematic_companies_lookup_user_response *)result, err);
}

int schematic_companies_lookup_user_async(schematic_client *client, const schematic_companies_lookup_user_params *params, schematic_companies_lookup_user_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_companies_lookup_user_op, params, NULL, NULL,
                                   schematic_companies_lookup_user_adapt, (apic_async_fn)callback, user_data, call, err);
}
