/* Schematic: features operations. Generated; do not edit. */
#include "internal.h"

/* GET /features */
static const apic_field schematic_features_list_params_desc_Fields[] = {
    {"boolean_require_event", 21, 0, offsetof(schematic_features_list_params, boolean_require_event), offsetof(schematic_features_list_params, has_boolean_require_event), -1, &apic_type_bool},
    {"feature_type", 12, 0, offsetof(schematic_features_list_params, feature_type), offsetof(schematic_features_list_params, has_feature_type), -1, &schematic_feature_type_array_Type},
    {"ids", 3, 0, offsetof(schematic_features_list_params, ids), offsetof(schematic_features_list_params, has_ids), -1, &schematic_string_array_Type},
    {"managed_by", 10, 0, offsetof(schematic_features_list_params, managed_by), offsetof(schematic_features_list_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_features_list_params, plan_version_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_features_list_params, q), -1, -1, &apic_type_string},
    {"without_company_override_for", 28, 0, offsetof(schematic_features_list_params, without_company_override_for), -1, -1, &apic_type_string},
    {"without_plan_entitlement_for", 28, 0, offsetof(schematic_features_list_params, without_plan_entitlement_for), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_features_list_params, limit), offsetof(schematic_features_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_features_list_params, offset), offsetof(schematic_features_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_features_list_params_desc = {
    "features_list_params", sizeof(schematic_features_list_params), schematic_features_list_params_desc_Fields, 10,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_list_params_locs[] = {
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
static const apic_response schematic_features_list_responses[] = {
    {200, &schematic_features_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_list_security[] = {
    {schematic_features_list_security_0, 1},
};
const apic_operation schematic_features_list_op = {
    "schematic_features_list", "GET", "/features",
    &schematic_features_list_params_desc, schematic_features_list_params_locs,
    NULL, NULL, false,
    schematic_features_list_responses, 1,
    schematic_features_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_list(schematic_client *client, const schematic_features_list_params *params, schematic_features_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_list_response *)result;
    return rc;
}

/* Calls schematic_features_list_async()'s callback as its own type. */
static void schematic_features_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_list_callback)typed)(user_data, rc, (schematic_features_list_response *)result, err);
}

int schematic_features_list_async(schematic_client *client, const schematic_features_list_params *params, schematic_features_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_list_op, params, NULL, NULL,
                                   schematic_features_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_features_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_features_list_iter_new(schematic_client *client, const schematic_features_list_params *params, schematic_features_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_features_list_op, &schematic_features_list_pagination, params, out, err);
}

int schematic_features_list_iter_next(schematic_features_list_iter *it, const schematic_feature_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_feature_detail_response_data *)next;
    return rc;
}

void schematic_features_list_iter_free(schematic_features_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /features */
static const apic_response schematic_features_create_responses[] = {
    {201, &schematic_features_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_create_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_create_security[] = {
    {schematic_features_create_security_0, 1},
};
const apic_operation schematic_features_create_op = {
    "schematic_features_create", "POST", "/features",
    NULL, NULL,
    &schematic_create_feature_request_body_Type, "application/json", true,
    schematic_features_create_responses, 1,
    schematic_features_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_create(schematic_client *client, const schematic_create_feature_request_body *body, schematic_features_create_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_create_response *)result;
    return rc;
}

/* Calls schematic_features_create_async()'s callback as its own type. */
static void schematic_features_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_create_callback)typed)(user_data, rc, (schematic_features_create_response *)result, err);
}

int schematic_features_create_async(schematic_client *client, const schematic_create_feature_request_body *body, schematic_features_create_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_create_op, NULL, body, NULL,
                                   schematic_features_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /features/{feature_id} */
static const apic_field schematic_features_get_params_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_features_get_params, feature_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_get_params_desc = {
    "features_get_params", sizeof(schematic_features_get_params), schematic_features_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_get_responses[] = {
    {200, &schematic_features_get_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_get_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_get_security[] = {
    {schematic_features_get_security_0, 1},
};
const apic_operation schematic_features_get_op = {
    "schematic_features_get", "GET", "/features/{feature_id}",
    &schematic_features_get_params_desc, schematic_features_get_params_locs,
    NULL, NULL, false,
    schematic_features_get_responses, 1,
    schematic_features_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_get(schematic_client *client, const schematic_features_get_params *params, schematic_features_get_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_get_response *)result;
    return rc;
}

/* Calls schematic_features_get_async()'s callback as its own type. */
static void schematic_features_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_get_callback)typed)(user_data, rc, (schematic_features_get_response *)result, err);
}

int schematic_features_get_async(schematic_client *client, const schematic_features_get_params *params, schematic_features_get_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_get_op, params, NULL, NULL,
                                   schematic_features_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /features/{feature_id} */
static const apic_field schematic_features_update_params_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_features_update_params, feature_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_update_params_desc = {
    "features_update_params", sizeof(schematic_features_update_params), schematic_features_update_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_update_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_update_responses[] = {
    {200, &schematic_features_update_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_update_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_update_security[] = {
    {schematic_features_update_security_0, 1},
};
const apic_operation schematic_features_update_op = {
    "schematic_features_update", "PUT", "/features/{feature_id}",
    &schematic_features_update_params_desc, schematic_features_update_params_locs,
    &schematic_update_feature_request_body_Type, "application/json", true,
    schematic_features_update_responses, 1,
    schematic_features_update_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_update(schematic_client *client, const schematic_features_update_params *params, const schematic_update_feature_request_body *body, schematic_features_update_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_update_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_update_response *)result;
    return rc;
}

/* Calls schematic_features_update_async()'s callback as its own type. */
static void schematic_features_update_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_update_callback)typed)(user_data, rc, (schematic_features_update_response *)result, err);
}

int schematic_features_update_async(schematic_client *client, const schematic_features_update_params *params, const schematic_update_feature_request_body *body, schematic_features_update_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_update_op, params, body, NULL,
                                   schematic_features_update_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /features/{feature_id} */
static const apic_field schematic_features_delete_params_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_features_delete_params, feature_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_delete_params_desc = {
    "features_delete_params", sizeof(schematic_features_delete_params), schematic_features_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_delete_responses[] = {
    {200, &schematic_features_delete_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_delete_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_delete_security[] = {
    {schematic_features_delete_security_0, 1},
};
const apic_operation schematic_features_delete_op = {
    "schematic_features_delete", "DELETE", "/features/{feature_id}",
    &schematic_features_delete_params_desc, schematic_features_delete_params_locs,
    NULL, NULL, false,
    schematic_features_delete_responses, 1,
    schematic_features_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_delete(schematic_client *client, const schematic_features_delete_params *params, schematic_features_delete_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_delete_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_delete_response *)result;
    return rc;
}

/* Calls schematic_features_delete_async()'s callback as its own type. */
static void schematic_features_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_delete_callback)typed)(user_data, rc, (schematic_features_delete_response *)result, err);
}

int schematic_features_delete_async(schematic_client *client, const schematic_features_delete_params *params, schematic_features_delete_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_delete_op, params, NULL, NULL,
                                   schematic_features_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /features/billing-linked */
static const apic_response schematic_features_upsert_for_billing_product_responses[] = {
    {201, &schematic_features_upsert_for_billing_product_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_upsert_for_billing_product_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_upsert_for_billing_product_security[] = {
    {schematic_features_upsert_for_billing_product_security_0, 1},
};
const apic_operation schematic_features_upsert_for_billing_product_op = {
    "schematic_features_upsert_for_billing_product", "POST", "/features/billing-linked",
    NULL, NULL,
    &schematic_create_billing_linked_feature_request_body_Type, "application/json", true,
    schematic_features_upsert_for_billing_product_responses, 1,
    schematic_features_upsert_for_billing_product_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_upsert_for_billing_product(schematic_client *client, const schematic_create_billing_linked_feature_request_body *body, schematic_features_upsert_for_billing_product_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_upsert_for_billing_product_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_upsert_for_billing_product_response *)result;
    return rc;
}

/* Calls schematic_features_upsert_for_billing_product_async()'s callback as its own type. */
static void schematic_features_upsert_for_billing_product_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_upsert_for_billing_product_callback)typed)(user_data, rc, (schematic_features_upsert_for_billing_product_response *)result, err);
}

int schematic_features_upsert_for_billing_product_async(schematic_client *client, const schematic_create_billing_linked_feature_request_body *body, schematic_features_upsert_for_billing_product_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_upsert_for_billing_product_op, NULL, body, NULL,
                                   schematic_features_upsert_for_billing_product_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /features/count */
static const apic_field schematic_features_count_params_desc_Fields[] = {
    {"boolean_require_event", 21, 0, offsetof(schematic_features_count_params, boolean_require_event), offsetof(schematic_features_count_params, has_boolean_require_event), -1, &apic_type_bool},
    {"feature_type", 12, 0, offsetof(schematic_features_count_params, feature_type), offsetof(schematic_features_count_params, has_feature_type), -1, &schematic_feature_type_array_Type},
    {"ids", 3, 0, offsetof(schematic_features_count_params, ids), offsetof(schematic_features_count_params, has_ids), -1, &schematic_string_array_Type},
    {"managed_by", 10, 0, offsetof(schematic_features_count_params, managed_by), offsetof(schematic_features_count_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_features_count_params, plan_version_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_features_count_params, q), -1, -1, &apic_type_string},
    {"without_company_override_for", 28, 0, offsetof(schematic_features_count_params, without_company_override_for), -1, -1, &apic_type_string},
    {"without_plan_entitlement_for", 28, 0, offsetof(schematic_features_count_params, without_plan_entitlement_for), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_features_count_params, limit), offsetof(schematic_features_count_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_features_count_params, offset), offsetof(schematic_features_count_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_features_count_params_desc = {
    "features_count_params", sizeof(schematic_features_count_params), schematic_features_count_params_desc_Fields, 10,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_count_params_locs[] = {
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
static const apic_response schematic_features_count_responses[] = {
    {200, &schematic_features_count_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_count_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_count_security[] = {
    {schematic_features_count_security_0, 1},
};
const apic_operation schematic_features_count_op = {
    "schematic_features_count", "GET", "/features/count",
    &schematic_features_count_params_desc, schematic_features_count_params_locs,
    NULL, NULL, false,
    schematic_features_count_responses, 1,
    schematic_features_count_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_count(schematic_client *client, const schematic_features_count_params *params, schematic_features_count_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_count_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_count_response *)result;
    return rc;
}

/* Calls schematic_features_count_async()'s callback as its own type. */
static void schematic_features_count_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_count_callback)typed)(user_data, rc, (schematic_features_count_response *)result, err);
}

int schematic_features_count_async(schematic_client *client, const schematic_features_count_params *params, schematic_features_count_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_count_op, params, NULL, NULL,
                                   schematic_features_count_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /flags */
static const apic_field schematic_features_list_flags_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_features_list_flags_params, feature_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_features_list_flags_params, ids), offsetof(schematic_features_list_flags_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_features_list_flags_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_features_list_flags_params, limit), offsetof(schematic_features_list_flags_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_features_list_flags_params, offset), offsetof(schematic_features_list_flags_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_features_list_flags_params_desc = {
    "features_list_flags_params", sizeof(schematic_features_list_flags_params), schematic_features_list_flags_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_list_flags_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_features_list_flags_responses[] = {
    {200, &schematic_features_list_flags_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_list_flags_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_list_flags_security[] = {
    {schematic_features_list_flags_security_0, 1},
};
const apic_operation schematic_features_list_flags_op = {
    "schematic_features_list_flags", "GET", "/flags",
    &schematic_features_list_flags_params_desc, schematic_features_list_flags_params_locs,
    NULL, NULL, false,
    schematic_features_list_flags_responses, 1,
    schematic_features_list_flags_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_list_flags(schematic_client *client, const schematic_features_list_flags_params *params, schematic_features_list_flags_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_list_flags_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_list_flags_response *)result;
    return rc;
}

/* Calls schematic_features_list_flags_async()'s callback as its own type. */
static void schematic_features_list_flags_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_list_flags_callback)typed)(user_data, rc, (schematic_features_list_flags_response *)result, err);
}

int schematic_features_list_flags_async(schematic_client *client, const schematic_features_list_flags_params *params, schematic_features_list_flags_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_list_flags_op, params, NULL, NULL,
                                   schematic_features_list_flags_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_features_list_flags_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_features_list_flags_iter_new(schematic_client *client, const schematic_features_list_flags_params *params, schematic_features_list_flags_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_features_list_flags_op, &schematic_features_list_flags_pagination, params, out, err);
}

int schematic_features_list_flags_iter_next(schematic_features_list_flags_iter *it, const schematic_flag_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_flag_detail_response_data *)next;
    return rc;
}

void schematic_features_list_flags_iter_free(schematic_features_list_flags_iter *it)
{
    apic_pager_free(it);
}

/* POST /flags */
static const apic_response schematic_features_create_flag_responses[] = {
    {201, &schematic_features_create_flag_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_create_flag_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_create_flag_security[] = {
    {schematic_features_create_flag_security_0, 1},
};
const apic_operation schematic_features_create_flag_op = {
    "schematic_features_create_flag", "POST", "/flags",
    NULL, NULL,
    &schematic_create_flag_request_body_Type, "application/json", true,
    schematic_features_create_flag_responses, 1,
    schematic_features_create_flag_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_create_flag(schematic_client *client, const schematic_create_flag_request_body *body, schematic_features_create_flag_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_create_flag_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_create_flag_response *)result;
    return rc;
}

/* Calls schematic_features_create_flag_async()'s callback as its own type. */
static void schematic_features_create_flag_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_create_flag_callback)typed)(user_data, rc, (schematic_features_create_flag_response *)result, err);
}

int schematic_features_create_flag_async(schematic_client *client, const schematic_create_flag_request_body *body, schematic_features_create_flag_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_create_flag_op, NULL, body, NULL,
                                   schematic_features_create_flag_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /flags/{flag_id} */
static const apic_field schematic_features_get_flag_params_desc_Fields[] = {
    {"flag_id", 7, APIC_F_REQUIRED, offsetof(schematic_features_get_flag_params, flag_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_get_flag_params_desc = {
    "features_get_flag_params", sizeof(schematic_features_get_flag_params), schematic_features_get_flag_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_get_flag_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_get_flag_responses[] = {
    {200, &schematic_features_get_flag_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_get_flag_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_get_flag_security[] = {
    {schematic_features_get_flag_security_0, 1},
};
const apic_operation schematic_features_get_flag_op = {
    "schematic_features_get_flag", "GET", "/flags/{flag_id}",
    &schematic_features_get_flag_params_desc, schematic_features_get_flag_params_locs,
    NULL, NULL, false,
    schematic_features_get_flag_responses, 1,
    schematic_features_get_flag_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_get_flag(schematic_client *client, const schematic_features_get_flag_params *params, schematic_features_get_flag_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_get_flag_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_get_flag_response *)result;
    return rc;
}

/* Calls schematic_features_get_flag_async()'s callback as its own type. */
static void schematic_features_get_flag_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_get_flag_callback)typed)(user_data, rc, (schematic_features_get_flag_response *)result, err);
}

int schematic_features_get_flag_async(schematic_client *client, const schematic_features_get_flag_params *params, schematic_features_get_flag_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_get_flag_op, params, NULL, NULL,
                                   schematic_features_get_flag_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /flags/{flag_id} */
static const apic_field schematic_features_update_flag_params_desc_Fields[] = {
    {"flag_id", 7, APIC_F_REQUIRED, offsetof(schematic_features_update_flag_params, flag_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_update_flag_params_desc = {
    "features_update_flag_params", sizeof(schematic_features_update_flag_params), schematic_features_update_flag_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_update_flag_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_update_flag_responses[] = {
    {200, &schematic_features_update_flag_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_update_flag_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_update_flag_security[] = {
    {schematic_features_update_flag_security_0, 1},
};
const apic_operation schematic_features_update_flag_op = {
    "schematic_features_update_flag", "PUT", "/flags/{flag_id}",
    &schematic_features_update_flag_params_desc, schematic_features_update_flag_params_locs,
    &schematic_create_flag_request_body_Type, "application/json", true,
    schematic_features_update_flag_responses, 1,
    schematic_features_update_flag_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_update_flag(schematic_client *client, const schematic_features_update_flag_params *params, const schematic_create_flag_request_body *body, schematic_features_update_flag_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_update_flag_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_update_flag_response *)result;
    return rc;
}

/* Calls schematic_features_update_flag_async()'s callback as its own type. */
static void schematic_features_update_flag_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_update_flag_callback)typed)(user_data, rc, (schematic_features_update_flag_response *)result, err);
}

int schematic_features_update_flag_async(schematic_client *client, const schematic_features_update_flag_params *params, const schematic_create_flag_request_body *body, schematic_features_update_flag_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_update_flag_op, params, body, NULL,
                                   schematic_features_update_flag_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /flags/{flag_id} */
static const apic_field schematic_features_delete_flag_params_desc_Fields[] = {
    {"flag_id", 7, APIC_F_REQUIRED, offsetof(schematic_features_delete_flag_params, flag_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_delete_flag_params_desc = {
    "features_delete_flag_params", sizeof(schematic_features_delete_flag_params), schematic_features_delete_flag_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_delete_flag_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_delete_flag_responses[] = {
    {200, &schematic_features_delete_flag_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_delete_flag_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_delete_flag_security[] = {
    {schematic_features_delete_flag_security_0, 1},
};
const apic_operation schematic_features_delete_flag_op = {
    "schematic_features_delete_flag", "DELETE", "/flags/{flag_id}",
    &schematic_features_delete_flag_params_desc, schematic_features_delete_flag_params_locs,
    NULL, NULL, false,
    schematic_features_delete_flag_responses, 1,
    schematic_features_delete_flag_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_delete_flag(schematic_client *client, const schematic_features_delete_flag_params *params, schematic_features_delete_flag_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_delete_flag_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_delete_flag_response *)result;
    return rc;
}

/* Calls schematic_features_delete_flag_async()'s callback as its own type. */
static void schematic_features_delete_flag_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_delete_flag_callback)typed)(user_data, rc, (schematic_features_delete_flag_response *)result, err);
}

int schematic_features_delete_flag_async(schematic_client *client, const schematic_features_delete_flag_params *params, schematic_features_delete_flag_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_delete_flag_op, params, NULL, NULL,
                                   schematic_features_delete_flag_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /flags/{flag_id}/rules */
static const apic_field schematic_features_update_flag_rules_params_desc_Fields[] = {
    {"flag_id", 7, APIC_F_REQUIRED, offsetof(schematic_features_update_flag_rules_params, flag_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_update_flag_rules_params_desc = {
    "features_update_flag_rules_params", sizeof(schematic_features_update_flag_rules_params), schematic_features_update_flag_rules_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_update_flag_rules_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_update_flag_rules_responses[] = {
    {200, &schematic_features_update_flag_rules_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_update_flag_rules_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_update_flag_rules_security[] = {
    {schematic_features_update_flag_rules_security_0, 1},
};
const apic_operation schematic_features_update_flag_rules_op = {
    "schematic_features_update_flag_rules", "PUT", "/flags/{flag_id}/rules",
    &schematic_features_update_flag_rules_params_desc, schematic_features_update_flag_rules_params_locs,
    &schematic_update_flag_rules_request_body_Type, "application/json", true,
    schematic_features_update_flag_rules_responses, 1,
    schematic_features_update_flag_rules_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_update_flag_rules(schematic_client *client, const schematic_features_update_flag_rules_params *params, const schematic_update_flag_rules_request_body *body, schematic_features_update_flag_rules_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_update_flag_rules_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_update_flag_rules_response *)result;
    return rc;
}

/* Calls schematic_features_update_flag_rules_async()'s callback as its own type. */
static void schematic_features_update_flag_rules_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_update_flag_rules_callback)typed)(user_data, rc, (schematic_features_update_flag_rules_response *)result, err);
}

int schematic_features_update_flag_rules_async(schematic_client *client, const schematic_features_update_flag_rules_params *params, const schematic_update_flag_rules_request_body *body, schematic_features_update_flag_rules_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_update_flag_rules_op, params, body, NULL,
                                   schematic_features_update_flag_rules_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /flags/{key}/check */
static const apic_field schematic_features_check_flag_params_desc_Fields[] = {
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_features_check_flag_params, key), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_features_check_flag_params_desc = {
    "features_check_flag_params", sizeof(schematic_features_check_flag_params), schematic_features_check_flag_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_check_flag_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_features_check_flag_responses[] = {
    {200, &schematic_features_check_flag_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_check_flag_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_check_flag_security[] = {
    {schematic_features_check_flag_security_0, 1},
};
const apic_operation schematic_features_check_flag_op = {
    "schematic_features_check_flag", "POST", "/flags/{key}/check",
    &schematic_features_check_flag_params_desc, schematic_features_check_flag_params_locs,
    &schematic_check_flag_request_body_Type, "application/json", true,
    schematic_features_check_flag_responses, 1,
    schematic_features_check_flag_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_check_flag(schematic_client *client, const schematic_features_check_flag_params *params, const schematic_check_flag_request_body *body, schematic_features_check_flag_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_check_flag_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_check_flag_response *)result;
    return rc;
}

/* Calls schematic_features_check_flag_async()'s callback as its own type. */
static void schematic_features_check_flag_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_check_flag_callback)typed)(user_data, rc, (schematic_features_check_flag_response *)result, err);
}

int schematic_features_check_flag_async(schematic_client *client, const schematic_features_check_flag_params *params, const schematic_check_flag_request_body *body, schematic_features_check_flag_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_check_flag_op, params, body, NULL,
                                   schematic_features_check_flag_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /flags/check */
static const apic_response schematic_features_check_flags_responses[] = {
    {201, &schematic_features_check_flags_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_check_flags_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_check_flags_security[] = {
    {schematic_features_check_flags_security_0, 1},
};
const apic_operation schematic_features_check_flags_op = {
    "schematic_features_check_flags", "POST", "/flags/check",
    NULL, NULL,
    &schematic_check_flag_request_body_Type, "application/json", true,
    schematic_features_check_flags_responses, 1,
    schematic_features_check_flags_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_check_flags(schematic_client *client, const schematic_check_flag_request_body *body, schematic_features_check_flags_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_check_flags_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_check_flags_response *)result;
    return rc;
}

/* Calls schematic_features_check_flags_async()'s callback as its own type. */
static void schematic_features_check_flags_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_check_flags_callback)typed)(user_data, rc, (schematic_features_check_flags_response *)result, err);
}

int schematic_features_check_flags_async(schematic_client *client, const schematic_check_flag_request_body *body, schematic_features_check_flags_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_check_flags_op, NULL, body, NULL,
                                   schematic_features_check_flags_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /flags/check-bulk */
static const apic_response schematic_features_check_flags_bulk_responses[] = {
    {201, &schematic_features_check_flags_bulk_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_check_flags_bulk_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_check_flags_bulk_security[] = {
    {schematic_features_check_flags_bulk_security_0, 1},
};
const apic_operation schematic_features_check_flags_bulk_op = {
    "schematic_features_check_flags_bulk", "POST", "/flags/check-bulk",
    NULL, NULL,
    &schematic_check_flags_bulk_request_body_Type, "application/json", true,
    schematic_features_check_flags_bulk_responses, 1,
    schematic_features_check_flags_bulk_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_check_flags_bulk(schematic_client *client, const schematic_check_flags_bulk_request_body *body, schematic_features_check_flags_bulk_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_check_flags_bulk_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_check_flags_bulk_response *)result;
    return rc;
}

/* Calls schematic_features_check_flags_bulk_async()'s callback as its own type. */
static void schematic_features_check_flags_bulk_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_check_flags_bulk_callback)typed)(user_data, rc, (schematic_features_check_flags_bulk_response *)result, err);
}

int schematic_features_check_flags_bulk_async(schematic_client *client, const schematic_check_flags_bulk_request_body *body, schematic_features_check_flags_bulk_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_check_flags_bulk_op, NULL, body, NULL,
                                   schematic_features_check_flags_bulk_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /flags/count */
static const apic_field schematic_features_count_flags_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_features_count_flags_params, feature_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_features_count_flags_params, ids), offsetof(schematic_features_count_flags_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_features_count_flags_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_features_count_flags_params, limit), offsetof(schematic_features_count_flags_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_features_count_flags_params, offset), offsetof(schematic_features_count_flags_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_features_count_flags_params_desc = {
    "features_count_flags_params", sizeof(schematic_features_count_flags_params), schematic_features_count_flags_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_features_count_flags_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_features_count_flags_responses[] = {
    {200, &schematic_features_count_flags_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_features_count_flags_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_features_count_flags_security[] = {
    {schematic_features_count_flags_security_0, 1},
};
const apic_operation schematic_features_count_flags_op = {
    "schematic_features_count_flags", "GET", "/flags/count",
    &schematic_features_count_flags_params_desc, schematic_features_count_flags_params_locs,
    NULL, NULL, false,
    schematic_features_count_flags_responses, 1,
    schematic_features_count_flags_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_features_count_flags(schematic_client *client, const schematic_features_count_flags_params *params, schematic_features_count_flags_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_features_count_flags_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_features_count_flags_response *)result;
    return rc;
}

/* Calls schematic_features_count_flags_async()'s callback as its own type. */
static void schematic_features_count_flags_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_features_count_flags_callback)typed)(user_data, rc, (schematic_features_count_flags_response *)result, err);
}

int schematic_features_count_flags_async(schematic_client *client, const schematic_features_count_flags_params *params, schematic_features_count_flags_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_features_count_flags_op, params, NULL, NULL,
                                   schematic_features_count_flags_adapt, (apic_async_fn)callback, user_data, call, err);
}
