/* Schematic: entitlements operations. Generated; do not edit. */
#include "internal.h"

/* GET /company-overrides */
static const apic_field schematic_entitlements_list_company_overrides_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_list_company_overrides_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_entitlements_list_company_overrides_params, company_ids), offsetof(schematic_entitlements_list_company_overrides_params, has_company_ids), -1, &schematic_string_array_Type},
    {"feature_id", 10, 0, offsetof(schematic_entitlements_list_company_overrides_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_company_overrides_params, feature_ids), offsetof(schematic_entitlements_list_company_overrides_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_list_company_overrides_params, ids), offsetof(schematic_entitlements_list_company_overrides_params, has_ids), -1, &schematic_string_array_Type},
    {"without_expired", 15, 0, offsetof(schematic_entitlements_list_company_overrides_params, without_expired), offsetof(schematic_entitlements_list_company_overrides_params, has_without_expired), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_entitlements_list_company_overrides_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_company_overrides_params, limit), offsetof(schematic_entitlements_list_company_overrides_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_company_overrides_params, offset), offsetof(schematic_entitlements_list_company_overrides_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_list_company_overrides_params_desc = {
    "entitlements_list_company_overrides_params", sizeof(schematic_entitlements_list_company_overrides_params), schematic_entitlements_list_company_overrides_params_desc_Fields, 9,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_list_company_overrides_params_locs[] = {
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
static const apic_response schematic_entitlements_list_company_overrides_responses[] = {
    {200, &schematic_entitlements_list_company_overrides_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_list_company_overrides_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_list_company_overrides_security[] = {
    {schematic_entitlements_list_company_overrides_security_0, 1},
};
const apic_operation schematic_entitlements_list_company_overrides_op = {
    "schematic_entitlements_list_company_overrides", "GET", "/company-overrides",
    &schematic_entitlements_list_company_overrides_params_desc, schematic_entitlements_list_company_overrides_params_locs,
    NULL, NULL, false,
    schematic_entitlements_list_company_overrides_responses, 1,
    schematic_entitlements_list_company_overrides_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_list_company_overrides(schematic_client *client, const schematic_entitlements_list_company_overrides_params *params, schematic_entitlements_list_company_overrides_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_list_company_overrides_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_list_company_overrides_response *)result;
    return rc;
}

/* Calls schematic_entitlements_list_company_overrides_async()'s callback as its own type. */
static void schematic_entitlements_list_company_overrides_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_list_company_overrides_callback)typed)(user_data, rc, (schematic_entitlements_list_company_overrides_response *)result, err);
}

int schematic_entitlements_list_company_overrides_async(schematic_client *client, const schematic_entitlements_list_company_overrides_params *params, schematic_entitlements_list_company_overrides_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_list_company_overrides_op, params, NULL, NULL,
                                   schematic_entitlements_list_company_overrides_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_entitlements_list_company_overrides_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_entitlements_list_company_overrides_iter_new(schematic_client *client, const schematic_entitlements_list_company_overrides_params *params, schematic_entitlements_list_company_overrides_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_entitlements_list_company_overrides_op, &schematic_entitlements_list_company_overrides_pagination, params, out, err);
}

int schematic_entitlements_list_company_overrides_iter_next(schematic_entitlements_list_company_overrides_iter *it, const schematic_company_override_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_company_override_response_data *)next;
    return rc;
}

void schematic_entitlements_list_company_overrides_iter_free(schematic_entitlements_list_company_overrides_iter *it)
{
    apic_pager_free(it);
}

/* POST /company-overrides */
static const apic_response schematic_entitlements_create_company_override_responses[] = {
    {201, &schematic_entitlements_create_company_override_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_create_company_override_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_create_company_override_security[] = {
    {schematic_entitlements_create_company_override_security_0, 1},
};
const apic_operation schematic_entitlements_create_company_override_op = {
    "schematic_entitlements_create_company_override", "POST", "/company-overrides",
    NULL, NULL,
    &schematic_create_company_override_request_body_Type, "application/json", true,
    schematic_entitlements_create_company_override_responses, 1,
    schematic_entitlements_create_company_override_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_create_company_override(schematic_client *client, const schematic_create_company_override_request_body *body, schematic_entitlements_create_company_override_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_create_company_override_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_create_company_override_response *)result;
    return rc;
}

/* Calls schematic_entitlements_create_company_override_async()'s callback as its own type. */
static void schematic_entitlements_create_company_override_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_create_company_override_callback)typed)(user_data, rc, (schematic_entitlements_create_company_override_response *)result, err);
}

int schematic_entitlements_create_company_override_async(schematic_client *client, const schematic_create_company_override_request_body *body, schematic_entitlements_create_company_override_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_create_company_override_op, NULL, body, NULL,
                                   schematic_entitlements_create_company_override_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /company-overrides/{company_override_id} */
static const apic_field schematic_entitlements_get_company_override_params_desc_Fields[] = {
    {"company_override_id", 19, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_company_override_params, company_override_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_entitlements_get_company_override_params_desc = {
    "entitlements_get_company_override_params", sizeof(schematic_entitlements_get_company_override_params), schematic_entitlements_get_company_override_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_get_company_override_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_entitlements_get_company_override_responses[] = {
    {200, &schematic_entitlements_get_company_override_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_get_company_override_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_get_company_override_security[] = {
    {schematic_entitlements_get_company_override_security_0, 1},
};
const apic_operation schematic_entitlements_get_company_override_op = {
    "schematic_entitlements_get_company_override", "GET", "/company-overrides/{company_override_id}",
    &schematic_entitlements_get_company_override_params_desc, schematic_entitlements_get_company_override_params_locs,
    NULL, NULL, false,
    schematic_entitlements_get_company_override_responses, 1,
    schematic_entitlements_get_company_override_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_get_company_override(schematic_client *client, const schematic_entitlements_get_company_override_params *params, schematic_entitlements_get_company_override_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_get_company_override_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_get_company_override_response *)result;
    return rc;
}

/* Calls schematic_entitlements_get_company_override_async()'s callback as its own type. */
static void schematic_entitlements_get_company_override_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_get_company_override_callback)typed)(user_data, rc, (schematic_entitlements_get_company_override_response *)result, err);
}

int schematic_entitlements_get_company_override_async(schematic_client *client, const schematic_entitlements_get_company_override_params *params, schematic_entitlements_get_company_override_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_get_company_override_op, params, NULL, NULL,
                                   schematic_entitlements_get_company_override_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /company-overrides/{company_override_id} */
static const apic_field schematic_entitlements_update_company_override_params_desc_Fields[] = {
    {"company_override_id", 19, APIC_F_REQUIRED, offsetof(schematic_entitlements_update_company_override_params, company_override_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_entitlements_update_company_override_params_desc = {
    "entitlements_update_company_override_params", sizeof(schematic_entitlements_update_company_override_params), schematic_entitlements_update_company_override_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_update_company_override_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_entitlements_update_company_override_responses[] = {
    {200, &schematic_entitlements_update_company_override_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_update_company_override_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_update_company_override_security[] = {
    {schematic_entitlements_update_company_override_security_0, 1},
};
const apic_operation schematic_entitlements_update_company_override_op = {
    "schematic_entitlements_update_company_override", "PUT", "/company-overrides/{company_override_id}",
    &schematic_entitlements_update_company_override_params_desc, schematic_entitlements_update_company_override_params_locs,
    &schematic_update_company_override_request_body_Type, "application/json", true,
    schematic_entitlements_update_company_override_responses, 1,
    schematic_entitlements_update_company_override_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_update_company_override(schematic_client *client, const schematic_entitlements_update_company_override_params *params, const schematic_update_company_override_request_body *body, schematic_entitlements_update_company_override_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_update_company_override_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_update_company_override_response *)result;
    return rc;
}

/* Calls schematic_entitlements_update_company_override_async()'s callback as its own type. */
static void schematic_entitlements_update_company_override_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_update_company_override_callback)typed)(user_data, rc, (schematic_entitlements_update_company_override_response *)result, err);
}

int schematic_entitlements_update_company_override_async(schematic_client *client, const schematic_entitlements_update_company_override_params *params, const schematic_update_company_override_request_body *body, schematic_entitlements_update_company_override_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_update_company_override_op, params, body, NULL,
                                   schematic_entitlements_update_company_override_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /company-overrides/{company_override_id} */
static const apic_field schematic_entitlements_delete_company_override_params_desc_Fields[] = {
    {"company_override_id", 19, APIC_F_REQUIRED, offsetof(schematic_entitlements_delete_company_override_params, company_override_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_entitlements_delete_company_override_params_desc = {
    "entitlements_delete_company_override_params", sizeof(schematic_entitlements_delete_company_override_params), schematic_entitlements_delete_company_override_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_delete_company_override_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_entitlements_delete_company_override_responses[] = {
    {200, &schematic_entitlements_delete_company_override_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_delete_company_override_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_delete_company_override_security[] = {
    {schematic_entitlements_delete_company_override_security_0, 1},
};
const apic_operation schematic_entitlements_delete_company_override_op = {
    "schematic_entitlements_delete_company_override", "DELETE", "/company-overrides/{company_override_id}",
    &schematic_entitlements_delete_company_override_params_desc, schematic_entitlements_delete_company_override_params_locs,
    NULL, NULL, false,
    schematic_entitlements_delete_company_override_responses, 1,
    schematic_entitlements_delete_company_override_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_delete_company_override(schematic_client *client, const schematic_entitlements_delete_company_override_params *params, schematic_entitlements_delete_company_override_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_delete_company_override_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_delete_company_override_response *)result;
    return rc;
}

/* Calls schematic_entitlements_delete_company_override_async()'s callback as its own type. */
static void schematic_entitlements_delete_company_override_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_delete_company_override_callback)typed)(user_data, rc, (schematic_entitlements_delete_company_override_response *)result, err);
}

int schematic_entitlements_delete_company_override_async(schematic_client *client, const schematic_entitlements_delete_company_override_params *params, schematic_entitlements_delete_company_override_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_delete_company_override_op, params, NULL, NULL,
                                   schematic_entitlements_delete_company_override_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /company-overrides/count */
static const apic_field schematic_entitlements_count_company_overrides_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_count_company_overrides_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_entitlements_count_company_overrides_params, company_ids), offsetof(schematic_entitlements_count_company_overrides_params, has_company_ids), -1, &schematic_string_array_Type},
    {"feature_id", 10, 0, offsetof(schematic_entitlements_count_company_overrides_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_count_company_overrides_params, feature_ids), offsetof(schematic_entitlements_count_company_overrides_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_count_company_overrides_params, ids), offsetof(schematic_entitlements_count_company_overrides_params, has_ids), -1, &schematic_string_array_Type},
    {"without_expired", 15, 0, offsetof(schematic_entitlements_count_company_overrides_params, without_expired), offsetof(schematic_entitlements_count_company_overrides_params, has_without_expired), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_entitlements_count_company_overrides_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_company_overrides_params, limit), offsetof(schematic_entitlements_count_company_overrides_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_company_overrides_params, offset), offsetof(schematic_entitlements_count_company_overrides_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_count_company_overrides_params_desc = {
    "entitlements_count_company_overrides_params", sizeof(schematic_entitlements_count_company_overrides_params), schematic_entitlements_count_company_overrides_params_desc_Fields, 9,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_count_company_overrides_params_locs[] = {
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
static const apic_response schematic_entitlements_count_company_overrides_responses[] = {
    {200, &schematic_entitlements_count_company_overrides_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_count_company_overrides_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_count_company_overrides_security[] = {
    {schematic_entitlements_count_company_overrides_security_0, 1},
};
const apic_operation schematic_entitlements_count_company_overrides_op = {
    "schematic_entitlements_count_company_overrides", "GET", "/company-overrides/count",
    &schematic_entitlements_count_company_overrides_params_desc, schematic_entitlements_count_company_overrides_params_locs,
    NULL, NULL, false,
    schematic_entitlements_count_company_overrides_responses, 1,
    schematic_entitlements_count_company_overrides_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_count_company_overrides(schematic_client *client, const schematic_entitlements_count_company_overrides_params *params, schematic_entitlements_count_company_overrides_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_count_company_overrides_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_count_company_overrides_response *)result;
    return rc;
}

/* Calls schematic_entitlements_count_company_overrides_async()'s callback as its own type. */
static void schematic_entitlements_count_company_overrides_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_count_company_overrides_callback)typed)(user_data, rc, (schematic_entitlements_count_company_overrides_response *)result, err);
}

int schematic_entitlements_count_company_overrides_async(schematic_client *client, const schematic_entitlements_count_company_overrides_params *params, schematic_entitlements_count_company_overrides_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_count_company_overrides_op, params, NULL, NULL,
                                   schematic_entitlements_count_company_overrides_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /feature-companies */
static const apic_field schematic_entitlements_list_feature_companies_params_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_companies_params, feature_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_entitlements_list_feature_companies_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_companies_params, limit), offsetof(schematic_entitlements_list_feature_companies_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_companies_params, offset), offsetof(schematic_entitlements_list_feature_companies_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_list_feature_companies_params_desc = {
    "entitlements_list_feature_companies_params", sizeof(schematic_entitlements_list_feature_companies_params), schematic_entitlements_list_feature_companies_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_list_feature_companies_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_list_feature_companies_responses[] = {
    {200, &schematic_entitlements_list_feature_companies_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_list_feature_companies_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_list_feature_companies_security[] = {
    {schematic_entitlements_list_feature_companies_security_0, 1},
};
const apic_operation schematic_entitlements_list_feature_companies_op = {
    "schematic_entitlements_list_feature_companies", "GET", "/feature-companies",
    &schematic_entitlements_list_feature_companies_params_desc, schematic_entitlements_list_feature_companies_params_locs,
    NULL, NULL, false,
    schematic_entitlements_list_feature_companies_responses, 1,
    schematic_entitlements_list_feature_companies_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_list_feature_companies(schematic_client *client, const schematic_entitlements_list_feature_companies_params *params, schematic_entitlements_list_feature_companies_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_list_feature_companies_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_list_feature_companies_response *)result;
    return rc;
}

/* Calls schematic_entitlements_list_feature_companies_async()'s callback as its own type. */
static void schematic_entitlements_list_feature_companies_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_list_feature_companies_callback)typed)(user_data, rc, (schematic_entitlements_list_feature_companies_response *)result, err);
}

int schematic_entitlements_list_feature_companies_async(schematic_client *client, const schematic_entitlements_list_feature_companies_params *params, schematic_entitlements_list_feature_companies_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_list_feature_companies_op, params, NULL, NULL,
                                   schematic_entitlements_list_feature_companies_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_entitlements_list_feature_companies_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_entitlements_list_feature_companies_iter_new(schematic_client *client, const schematic_entitlements_list_feature_companies_params *params, schematic_entitlements_list_feature_companies_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_entitlements_list_feature_companies_op, &schematic_entitlements_list_feature_companies_pagination, params, out, err);
}

int schematic_entitlements_list_feature_companies_iter_next(schematic_entitlements_list_feature_companies_iter *it, const schematic_feature_company_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_feature_company_response_data *)next;
    return rc;
}

void schematic_entitlements_list_feature_companies_iter_free(schematic_entitlements_list_feature_companies_iter *it)
{
    apic_pager_free(it);
}

/* GET /feature-companies/count */
static const apic_field schematic_entitlements_count_feature_companies_params_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_companies_params, feature_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_entitlements_count_feature_companies_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_feature_companies_params, limit), offsetof(schematic_entitlements_count_feature_companies_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_feature_companies_params, offset), offsetof(schematic_entitlements_count_feature_companies_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_count_feature_companies_params_desc = {
    "entitlements_count_feature_companies_params", sizeof(schematic_entitlements_count_feature_companies_params), schematic_entitlements_count_feature_companies_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_count_feature_companies_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_count_feature_companies_responses[] = {
    {200, &schematic_entitlements_count_feature_companies_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_count_feature_companies_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_count_feature_companies_security[] = {
    {schematic_entitlements_count_feature_companies_security_0, 1},
};
const apic_operation schematic_entitlements_count_feature_companies_op = {
    "schematic_entitlements_count_feature_companies", "GET", "/feature-companies/count",
    &schematic_entitlements_count_feature_companies_params_desc, schematic_entitlements_count_feature_companies_params_locs,
    NULL, NULL, false,
    schematic_entitlements_count_feature_companies_responses, 1,
    schematic_entitlements_count_feature_companies_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_count_feature_companies(schematic_client *client, const schematic_entitlements_count_feature_companies_params *params, schematic_entitlements_count_feature_companies_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_count_feature_companies_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_count_feature_companies_response *)result;
    return rc;
}

/* Calls schematic_entitlements_count_feature_companies_async()'s callback as its own type. */
static void schematic_entitlements_count_feature_companies_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_count_feature_companies_callback)typed)(user_data, rc, (schematic_entitlements_count_feature_companies_response *)result, err);
}

int schematic_entitlements_count_feature_companies_async(schematic_client *client, const schematic_entitlements_count_feature_companies_params *params, schematic_entitlements_count_feature_companies_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_count_feature_companies_op, params, NULL, NULL,
                                   schematic_entitlements_count_feature_companies_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /feature-usage */
static const apic_field schematic_entitlements_list_feature_usage_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_list_feature_usage_params, company_id), -1, -1, &apic_type_string},
    {"company_keys", 12, 0, offsetof(schematic_entitlements_list_feature_usage_params, company_keys), offsetof(schematic_entitlements_list_feature_usage_params, has_company_keys), -1, &schematic_string_map_Type},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_feature_usage_params, feature_ids), offsetof(schematic_entitlements_list_feature_usage_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"include_usage_aggregation", 25, 0, offsetof(schematic_entitlements_list_feature_usage_params, include_usage_aggregation), offsetof(schematic_entitlements_list_feature_usage_params, has_include_usage_aggregation), -1, &apic_type_bool},
    {"managed_by", 10, 0, offsetof(schematic_entitlements_list_feature_usage_params, managed_by), offsetof(schematic_entitlements_list_feature_usage_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_entitlements_list_feature_usage_params, q), -1, -1, &apic_type_string},
    {"without_negative_entitlements", 29, 0, offsetof(schematic_entitlements_list_feature_usage_params, without_negative_entitlements), offsetof(schematic_entitlements_list_feature_usage_params, has_without_negative_entitlements), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_usage_params, limit), offsetof(schematic_entitlements_list_feature_usage_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_usage_params, offset), offsetof(schematic_entitlements_list_feature_usage_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_list_feature_usage_params_desc = {
    "entitlements_list_feature_usage_params", sizeof(schematic_entitlements_list_feature_usage_params), schematic_entitlements_list_feature_usage_params_desc_Fields, 9,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_list_feature_usage_params_locs[] = {
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
static const apic_response schematic_entitlements_list_feature_usage_responses[] = {
    {200, &schematic_entitlements_list_feature_usage_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_list_feature_usage_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_list_feature_usage_security[] = {
    {schematic_entitlements_list_feature_usage_security_0, 1},
};
const apic_operation schematic_entitlements_list_feature_usage_op = {
    "schematic_entitlements_list_feature_usage", "GET", "/feature-usage",
    &schematic_entitlements_list_feature_usage_params_desc, schematic_entitlements_list_feature_usage_params_locs,
    NULL, NULL, false,
    schematic_entitlements_list_feature_usage_responses, 1,
    schematic_entitlements_list_feature_usage_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_list_feature_usage(schematic_client *client, const schematic_entitlements_list_feature_usage_params *params, schematic_entitlements_list_feature_usage_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_list_feature_usage_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_list_feature_usage_response *)result;
    return rc;
}

/* Calls schematic_entitlements_list_feature_usage_async()'s callback as its own type. */
static void schematic_entitlements_list_feature_usage_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_list_feature_usage_callback)typed)(user_data, rc, (schematic_entitlements_list_feature_usage_response *)result, err);
}

int schematic_entitlements_list_feature_usage_async(schematic_client *client, const schematic_entitlements_list_feature_usage_params *params, schematic_entitlements_list_feature_usage_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_list_feature_usage_op, params, NULL, NULL,
                                   schematic_entitlements_list_feature_usage_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_entitlements_list_feature_usage_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_entitlements_list_feature_usage_iter_new(schematic_client *client, const schematic_entitlements_list_feature_usage_params *params, schematic_entitlements_list_feature_usage_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_entitlements_list_feature_usage_op, &schematic_entitlements_list_feature_usage_pagination, params, out, err);
}

int schematic_entitlements_list_feature_usage_iter_next(schematic_entitlements_list_feature_usage_iter *it, const schematic_feature_usage_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_feature_usage_response_data *)next;
    return rc;
}

void schematic_entitlements_list_feature_usage_iter_free(schematic_entitlements_list_feature_usage_iter *it)
{
    apic_pager_free(it);
}

/* GET /feature-usage-history */
static const apic_field schematic_entitlements_list_feature_usage_history_params_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_entitlements_list_feature_usage_history_params, company_ids), offsetof(schematic_entitlements_list_feature_usage_history_params, has_company_ids), -1, &schematic_string_array_Type},
    {"end_time", 8, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_usage_history_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_feature_usage_history_params, feature_ids), offsetof(schematic_entitlements_list_feature_usage_history_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"granularity", 11, 0, offsetof(schematic_entitlements_list_feature_usage_history_params, granularity), offsetof(schematic_entitlements_list_feature_usage_history_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"start_time", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_usage_history_params, start_time), -1, -1, &schematic_string_date_time_Type},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_usage_history_params, limit), offsetof(schematic_entitlements_list_feature_usage_history_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_usage_history_params, offset), offsetof(schematic_entitlements_list_feature_usage_history_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_list_feature_usage_history_params_desc = {
    "entitlements_list_feature_usage_history_params", sizeof(schematic_entitlements_list_feature_usage_history_params), schematic_entitlements_list_feature_usage_history_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_list_feature_usage_history_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_list_feature_usage_history_responses[] = {
    {200, &schematic_entitlements_list_feature_usage_history_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_list_feature_usage_history_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_list_feature_usage_history_security[] = {
    {schematic_entitlements_list_feature_usage_history_security_0, 1},
};
const apic_operation schematic_entitlements_list_feature_usage_history_op = {
    "schematic_entitlements_list_feature_usage_history", "GET", "/feature-usage-history",
    &schematic_entitlements_list_feature_usage_history_params_desc, schematic_entitlements_list_feature_usage_history_params_locs,
    NULL, NULL, false,
    schematic_entitlements_list_feature_usage_history_responses, 1,
    schematic_entitlements_list_feature_usage_history_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_list_feature_usage_history(schematic_client *client, const schematic_entitlements_list_feature_usage_history_params *params, schematic_entitlements_list_feature_usage_history_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_list_feature_usage_history_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_list_feature_usage_history_response *)result;
    return rc;
}

/* Calls schematic_entitlements_list_feature_usage_history_async()'s callback as its own type. */
static void schematic_entitlements_list_feature_usage_history_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_list_feature_usage_history_callback)typed)(user_data, rc, (schematic_entitlements_list_feature_usage_history_response *)result, err);
}

int schematic_entitlements_list_feature_usage_history_async(schematic_client *client, const schematic_entitlements_list_feature_usage_history_params *params, schematic_entitlements_list_feature_usage_history_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_list_feature_usage_history_op, params, NULL, NULL,
                                   schematic_entitlements_list_feature_usage_history_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_entitlements_list_feature_usage_history_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_entitlements_list_feature_usage_history_iter_new(schematic_client *client, const schematic_entitlements_list_feature_usage_history_params *params, schematic_entitlements_list_feature_usage_history_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_entitlements_list_feature_usage_history_op, &schematic_entitlements_list_feature_usage_history_pagination, params, out, err);
}

int schematic_entitlements_list_feature_usage_history_iter_next(schematic_entitlements_list_feature_usage_history_iter *it, const schematic_feature_usage_history_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_feature_usage_history_response_data *)next;
    return rc;
}

void schematic_entitlements_list_feature_usage_history_iter_free(schematic_entitlements_list_feature_usage_history_iter *it)
{
    apic_pager_free(it);
}

/* GET /feature-usage-timeseries */
static const apic_field schematic_entitlements_get_feature_usage_time_series_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_time_series_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_time_series_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_time_series_params, feature_id), -1, -1, &apic_type_string},
    {"granularity", 11, 0, offsetof(schematic_entitlements_get_feature_usage_time_series_params, granularity), offsetof(schematic_entitlements_get_feature_usage_time_series_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"start_time", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_time_series_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
static const apic_struct_desc schematic_entitlements_get_feature_usage_time_series_params_desc = {
    "entitlements_get_feature_usage_time_series_params", sizeof(schematic_entitlements_get_feature_usage_time_series_params), schematic_entitlements_get_feature_usage_time_series_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_get_feature_usage_time_series_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_get_feature_usage_time_series_responses[] = {
    {200, &schematic_entitlements_get_feature_usage_time_series_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_get_feature_usage_time_series_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_get_feature_usage_time_series_security[] = {
    {schematic_entitlements_get_feature_usage_time_series_security_0, 1},
};
const apic_operation schematic_entitlements_get_feature_usage_time_series_op = {
    "schematic_entitlements_get_feature_usage_time_series", "GET", "/feature-usage-timeseries",
    &schematic_entitlements_get_feature_usage_time_series_params_desc, schematic_entitlements_get_feature_usage_time_series_params_locs,
    NULL, NULL, false,
    schematic_entitlements_get_feature_usage_time_series_responses, 1,
    schematic_entitlements_get_feature_usage_time_series_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_get_feature_usage_time_series(schematic_client *client, const schematic_entitlements_get_feature_usage_time_series_params *params, schematic_entitlements_get_feature_usage_time_series_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_get_feature_usage_time_series_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_get_feature_usage_time_series_response *)result;
    return rc;
}

/* Calls schematic_entitlements_get_feature_usage_time_series_async()'s callback as its own type. */
static void schematic_entitlements_get_feature_usage_time_series_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_get_feature_usage_time_series_callback)typed)(user_data, rc, (schematic_entitlements_get_feature_usage_time_series_response *)result, err);
}

int schematic_entitlements_get_feature_usage_time_series_async(schematic_client *client, const schematic_entitlements_get_feature_usage_time_series_params *params, schematic_entitlements_get_feature_usage_time_series_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_get_feature_usage_time_series_op, params, NULL, NULL,
                                   schematic_entitlements_get_feature_usage_time_series_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /feature-usage/count */
static const apic_field schematic_entitlements_count_feature_usage_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_count_feature_usage_params, company_id), -1, -1, &apic_type_string},
    {"company_keys", 12, 0, offsetof(schematic_entitlements_count_feature_usage_params, company_keys), offsetof(schematic_entitlements_count_feature_usage_params, has_company_keys), -1, &schematic_string_map_Type},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_count_feature_usage_params, feature_ids), offsetof(schematic_entitlements_count_feature_usage_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"include_usage_aggregation", 25, 0, offsetof(schematic_entitlements_count_feature_usage_params, include_usage_aggregation), offsetof(schematic_entitlements_count_feature_usage_params, has_include_usage_aggregation), -1, &apic_type_bool},
    {"managed_by", 10, 0, offsetof(schematic_entitlements_count_feature_usage_params, managed_by), offsetof(schematic_entitlements_count_feature_usage_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_entitlements_count_feature_usage_params, q), -1, -1, &apic_type_string},
    {"without_negative_entitlements", 29, 0, offsetof(schematic_entitlements_count_feature_usage_params, without_negative_entitlements), offsetof(schematic_entitlements_count_feature_usage_params, has_without_negative_entitlements), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_feature_usage_params, limit), offsetof(schematic_entitlements_count_feature_usage_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_feature_usage_params, offset), offsetof(schematic_entitlements_count_feature_usage_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_count_feature_usage_params_desc = {
    "entitlements_count_feature_usage_params", sizeof(schematic_entitlements_count_feature_usage_params), schematic_entitlements_count_feature_usage_params_desc_Fields, 9,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_count_feature_usage_params_locs[] = {
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
static const apic_response schematic_entitlements_count_feature_usage_responses[] = {
    {200, &schematic_entitlements_count_feature_usage_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_count_feature_usage_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_count_feature_usage_security[] = {
    {schematic_entitlements_count_feature_usage_security_0, 1},
};
const apic_operation schematic_entitlements_count_feature_usage_op = {
    "schematic_entitlements_count_feature_usage", "GET", "/feature-usage/count",
    &schematic_entitlements_count_feature_usage_params_desc, schematic_entitlements_count_feature_usage_params_locs,
    NULL, NULL, false,
    schematic_entitlements_count_feature_usage_responses, 1,
    schematic_entitlements_count_feature_usage_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_count_feature_usage(schematic_client *client, const schematic_entitlements_count_feature_usage_params *params, schematic_entitlements_count_feature_usage_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_count_feature_usage_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_count_feature_usage_response *)result;
    return rc;
}

/* Calls schematic_entitlements_count_feature_usage_async()'s callback as its own type. */
static void schematic_entitlements_count_feature_usage_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_count_feature_usage_callback)typed)(user_data, rc, (schematic_entitlements_count_feature_usage_response *)result, err);
}

int schematic_entitlements_count_feature_usage_async(schematic_client *client, const schematic_entitlements_count_feature_usage_params *params, schematic_entitlements_count_feature_usage_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_count_feature_usage_op, params, NULL, NULL,
                                   schematic_entitlements_count_feature_usage_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /feature-users */
static const apic_field schematic_entitlements_list_feature_users_params_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_users_params, feature_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_entitlements_list_feature_users_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_users_params, limit), offsetof(schematic_entitlements_list_feature_users_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_users_params, offset), offsetof(schematic_entitlements_list_feature_users_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_list_feature_users_params_desc = {
    "entitlements_list_feature_users_params", sizeof(schematic_entitlements_list_feature_users_params), schematic_entitlements_list_feature_users_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_list_feature_users_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_list_feature_users_responses[] = {
    {200, &schematic_entitlements_list_feature_users_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_list_feature_users_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_list_feature_users_security[] = {
    {schematic_entitlements_list_feature_users_security_0, 1},
};
const apic_operation schematic_entitlements_list_feature_users_op = {
    "schematic_entitlements_list_feature_users", "GET", "/feature-users",
    &schematic_entitlements_list_feature_users_params_desc, schematic_entitlements_list_feature_users_params_locs,
    NULL, NULL, false,
    schematic_entitlements_list_feature_users_responses, 1,
    schematic_entitlements_list_feature_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_list_feature_users(schematic_client *client, const schematic_entitlements_list_feature_users_params *params, schematic_entitlements_list_feature_users_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_list_feature_users_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_list_feature_users_response *)result;
    return rc;
}

/* Calls schematic_entitlements_list_feature_users_async()'s callback as its own type. */
static void schematic_entitlements_list_feature_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_list_feature_users_callback)typed)(user_data, rc, (schematic_entitlements_list_feature_users_response *)result, err);
}

int schematic_entitlements_list_feature_users_async(schematic_client *client, const schematic_entitlements_list_feature_users_params *params, schematic_entitlements_list_feature_users_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_list_feature_users_op, params, NULL, NULL,
                                   schematic_entitlements_list_feature_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_entitlements_list_feature_users_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_entitlements_list_feature_users_iter_new(schematic_client *client, const schematic_entitlements_list_feature_users_params *params, schematic_entitlements_list_feature_users_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_entitlements_list_feature_users_op, &schematic_entitlements_list_feature_users_pagination, params, out, err);
}

int schematic_entitlements_list_feature_users_iter_next(schematic_entitlements_list_feature_users_iter *it, const schematic_feature_company_user_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_feature_company_user_response_data *)next;
    return rc;
}

void schematic_entitlements_list_feature_users_iter_free(schematic_entitlements_list_feature_users_iter *it)
{
    apic_pager_free(it);
}

/* GET /feature-users/count */
static const apic_field schematic_entitlements_count_feature_users_params_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_users_params, feature_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_entitlements_count_feature_users_params, q), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_feature_users_params, limit), offsetof(schematic_entitlements_count_feature_users_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_feature_users_params, offset), offsetof(schematic_entitlements_count_feature_users_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_count_feature_users_params_desc = {
    "entitlements_count_feature_users_params", sizeof(schematic_entitlements_count_feature_users_params), schematic_entitlements_count_feature_users_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_count_feature_users_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_count_feature_users_responses[] = {
    {200, &schematic_entitlements_count_feature_users_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_count_feature_users_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_count_feature_users_security[] = {
    {schematic_entitlements_count_feature_users_security_0, 1},
};
const apic_operation schematic_entitlements_count_feature_users_op = {
    "schematic_entitlements_count_feature_users", "GET", "/feature-users/count",
    &schematic_entitlements_count_feature_users_params_desc, schematic_entitlements_count_feature_users_params_locs,
    NULL, NULL, false,
    schematic_entitlements_count_feature_users_responses, 1,
    schematic_entitlements_count_feature_users_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_count_feature_users(schematic_client *client, const schematic_entitlements_count_feature_users_params *params, schematic_entitlements_count_feature_users_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_count_feature_users_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_count_feature_users_response *)result;
    return rc;
}

/* Calls schematic_entitlements_count_feature_users_async()'s callback as its own type. */
static void schematic_entitlements_count_feature_users_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_count_feature_users_callback)typed)(user_data, rc, (schematic_entitlements_count_feature_users_response *)result, err);
}

int schematic_entitlements_count_feature_users_async(schematic_client *client, const schematic_entitlements_count_feature_users_params *params, schematic_entitlements_count_feature_users_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_count_feature_users_op, params, NULL, NULL,
                                   schematic_entitlements_count_feature_users_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-entitlements */
static const apic_field schematic_entitlements_list_plan_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_list_plan_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_plan_params, feature_ids), offsetof(schematic_entitlements_list_plan_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_list_plan_params, ids), offsetof(schematic_entitlements_list_plan_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_entitlements_list_plan_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_entitlements_list_plan_params, plan_ids), offsetof(schematic_entitlements_list_plan_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_entitlements_list_plan_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_entitlements_list_plan_params, plan_version_ids), offsetof(schematic_entitlements_list_plan_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_entitlements_list_plan_params, q), -1, -1, &apic_type_string},
    {"with_metered_products", 21, 0, offsetof(schematic_entitlements_list_plan_params, with_metered_products), offsetof(schematic_entitlements_list_plan_params, has_with_metered_products), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_plan_params, limit), offsetof(schematic_entitlements_list_plan_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_plan_params, offset), offsetof(schematic_entitlements_list_plan_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_list_plan_params_desc = {
    "entitlements_list_plan_params", sizeof(schematic_entitlements_list_plan_params), schematic_entitlements_list_plan_params_desc_Fields, 11,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_list_plan_params_locs[] = {
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
static const apic_response schematic_entitlements_list_plan_responses[] = {
    {200, &schematic_entitlements_list_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_list_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_list_plan_security[] = {
    {schematic_entitlements_list_plan_security_0, 1},
};
const apic_operation schematic_entitlements_list_plan_op = {
    "schematic_entitlements_list_plan", "GET", "/plan-entitlements",
    &schematic_entitlements_list_plan_params_desc, schematic_entitlements_list_plan_params_locs,
    NULL, NULL, false,
    schematic_entitlements_list_plan_responses, 1,
    schematic_entitlements_list_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_list_plan(schematic_client *client, const schematic_entitlements_list_plan_params *params, schematic_entitlements_list_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_list_plan_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_list_plan_response *)result;
    return rc;
}

/* Calls schematic_entitlements_list_plan_async()'s callback as its own type. */
static void schematic_entitlements_list_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_list_plan_callback)typed)(user_data, rc, (schematic_entitlements_list_plan_response *)result, err);
}

int schematic_entitlements_list_plan_async(schematic_client *client, const schematic_entitlements_list_plan_params *params, schematic_entitlements_list_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_list_plan_op, params, NULL, NULL,
                                   schematic_entitlements_list_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_entitlements_list_plan_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_entitlements_list_plan_iter_new(schematic_client *client, const schematic_entitlements_list_plan_params *params, schematic_entitlements_list_plan_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_entitlements_list_plan_op, &schematic_entitlements_list_plan_pagination, params, out, err);
}

int schematic_entitlements_list_plan_iter_next(schematic_entitlements_list_plan_iter *it, const schematic_plan_entitlement_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_plan_entitlement_response_data *)next;
    return rc;
}

void schematic_entitlements_list_plan_iter_free(schematic_entitlements_list_plan_iter *it)
{
    apic_pager_free(it);
}

/* POST /plan-entitlements */
static const apic_response schematic_entitlements_create_plan_responses[] = {
    {201, &schematic_entitlements_create_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_create_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_create_plan_security[] = {
    {schematic_entitlements_create_plan_security_0, 1},
};
const apic_operation schematic_entitlements_create_plan_op = {
    "schematic_entitlements_create_plan", "POST", "/plan-entitlements",
    NULL, NULL,
    &schematic_create_plan_entitlement_request_body_Type, "application/json", true,
    schematic_entitlements_create_plan_responses, 1,
    schematic_entitlements_create_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_create_plan(schematic_client *client, const schematic_create_plan_entitlement_request_body *body, schematic_entitlements_create_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_create_plan_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_create_plan_response *)result;
    return rc;
}

/* Calls schematic_entitlements_create_plan_async()'s callback as its own type. */
static void schematic_entitlements_create_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_create_plan_callback)typed)(user_data, rc, (schematic_entitlements_create_plan_response *)result, err);
}

int schematic_entitlements_create_plan_async(schematic_client *client, const schematic_create_plan_entitlement_request_body *body, schematic_entitlements_create_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_create_plan_op, NULL, body, NULL,
                                   schematic_entitlements_create_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-entitlements/{plan_entitlement_id} */
static const apic_field schematic_entitlements_get_plan_params_desc_Fields[] = {
    {"plan_entitlement_id", 19, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_plan_params, plan_entitlement_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_entitlements_get_plan_params_desc = {
    "entitlements_get_plan_params", sizeof(schematic_entitlements_get_plan_params), schematic_entitlements_get_plan_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_get_plan_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_entitlements_get_plan_responses[] = {
    {200, &schematic_entitlements_get_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_get_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_get_plan_security[] = {
    {schematic_entitlements_get_plan_security_0, 1},
};
const apic_operation schematic_entitlements_get_plan_op = {
    "schematic_entitlements_get_plan", "GET", "/plan-entitlements/{plan_entitlement_id}",
    &schematic_entitlements_get_plan_params_desc, schematic_entitlements_get_plan_params_locs,
    NULL, NULL, false,
    schematic_entitlements_get_plan_responses, 1,
    schematic_entitlements_get_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_get_plan(schematic_client *client, const schematic_entitlements_get_plan_params *params, schematic_entitlements_get_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_get_plan_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_get_plan_response *)result;
    return rc;
}

/* Calls schematic_entitlements_get_plan_async()'s callback as its own type. */
static void schematic_entitlements_get_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_get_plan_callback)typed)(user_data, rc, (schematic_entitlements_get_plan_response *)result, err);
}

int schematic_entitlements_get_plan_async(schematic_client *client, const schematic_entitlements_get_plan_params *params, schematic_entitlements_get_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_get_plan_op, params, NULL, NULL,
                                   schematic_entitlements_get_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /plan-entitlements/{plan_entitlement_id} */
static const apic_field schematic_entitlements_update_plan_params_desc_Fields[] = {
    {"plan_entitlement_id", 19, APIC_F_REQUIRED, offsetof(schematic_entitlements_update_plan_params, plan_entitlement_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_entitlements_update_plan_params_desc = {
    "entitlements_update_plan_params", sizeof(schematic_entitlements_update_plan_params), schematic_entitlements_update_plan_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_update_plan_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_entitlements_update_plan_responses[] = {
    {200, &schematic_entitlements_update_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_update_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_update_plan_security[] = {
    {schematic_entitlements_update_plan_security_0, 1},
};
const apic_operation schematic_entitlements_update_plan_op = {
    "schematic_entitlements_update_plan", "PUT", "/plan-entitlements/{plan_entitlement_id}",
    &schematic_entitlements_update_plan_params_desc, schematic_entitlements_update_plan_params_locs,
    &schematic_update_plan_entitlement_request_body_Type, "application/json", true,
    schematic_entitlements_update_plan_responses, 1,
    schematic_entitlements_update_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_update_plan(schematic_client *client, const schematic_entitlements_update_plan_params *params, const schematic_update_plan_entitlement_request_body *body, schematic_entitlements_update_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_update_plan_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_update_plan_response *)result;
    return rc;
}

/* Calls schematic_entitlements_update_plan_async()'s callback as its own type. */
static void schematic_entitlements_update_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_update_plan_callback)typed)(user_data, rc, (schematic_entitlements_update_plan_response *)result, err);
}

int schematic_entitlements_update_plan_async(schematic_client *client, const schematic_entitlements_update_plan_params *params, const schematic_update_plan_entitlement_request_body *body, schematic_entitlements_update_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_update_plan_op, params, body, NULL,
                                   schematic_entitlements_update_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /plan-entitlements/{plan_entitlement_id} */
static const apic_field schematic_entitlements_delete_plan_params_desc_Fields[] = {
    {"plan_entitlement_id", 19, APIC_F_REQUIRED, offsetof(schematic_entitlements_delete_plan_params, plan_entitlement_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_entitlements_delete_plan_params_desc = {
    "entitlements_delete_plan_params", sizeof(schematic_entitlements_delete_plan_params), schematic_entitlements_delete_plan_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_delete_plan_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_entitlements_delete_plan_responses[] = {
    {200, &schematic_entitlements_delete_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_delete_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_delete_plan_security[] = {
    {schematic_entitlements_delete_plan_security_0, 1},
};
const apic_operation schematic_entitlements_delete_plan_op = {
    "schematic_entitlements_delete_plan", "DELETE", "/plan-entitlements/{plan_entitlement_id}",
    &schematic_entitlements_delete_plan_params_desc, schematic_entitlements_delete_plan_params_locs,
    NULL, NULL, false,
    schematic_entitlements_delete_plan_responses, 1,
    schematic_entitlements_delete_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_delete_plan(schematic_client *client, const schematic_entitlements_delete_plan_params *params, schematic_entitlements_delete_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_delete_plan_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_delete_plan_response *)result;
    return rc;
}

/* Calls schematic_entitlements_delete_plan_async()'s callback as its own type. */
static void schematic_entitlements_delete_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_delete_plan_callback)typed)(user_data, rc, (schematic_entitlements_delete_plan_response *)result, err);
}

int schematic_entitlements_delete_plan_async(schematic_client *client, const schematic_entitlements_delete_plan_params *params, schematic_entitlements_delete_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_delete_plan_op, params, NULL, NULL,
                                   schematic_entitlements_delete_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plan-entitlements/billing-linked */
static const apic_response schematic_entitlements_upsert_plan_for_billing_product_responses[] = {
    {201, &schematic_entitlements_upsert_plan_for_billing_product_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_upsert_plan_for_billing_product_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_upsert_plan_for_billing_product_security[] = {
    {schematic_entitlements_upsert_plan_for_billing_product_security_0, 1},
};
const apic_operation schematic_entitlements_upsert_plan_for_billing_product_op = {
    "schematic_entitlements_upsert_plan_for_billing_product", "POST", "/plan-entitlements/billing-linked",
    NULL, NULL,
    &schematic_create_billing_linked_plan_entitlement_request_body_Type, "application/json", true,
    schematic_entitlements_upsert_plan_for_billing_product_responses, 1,
    schematic_entitlements_upsert_plan_for_billing_product_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_upsert_plan_for_billing_product(schematic_client *client, const schematic_create_billing_linked_plan_entitlement_request_body *body, schematic_entitlements_upsert_plan_for_billing_product_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_upsert_plan_for_billing_product_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_upsert_plan_for_billing_product_response *)result;
    return rc;
}

/* Calls schematic_entitlements_upsert_plan_for_billing_product_async()'s callback as its own type. */
static void schematic_entitlements_upsert_plan_for_billing_product_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_upsert_plan_for_billing_product_callback)typed)(user_data, rc, (schematic_entitlements_upsert_plan_for_billing_product_response *)result, err);
}

int schematic_entitlements_upsert_plan_for_billing_product_async(schematic_client *client, const schematic_create_billing_linked_plan_entitlement_request_body *body, schematic_entitlements_upsert_plan_for_billing_product_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_upsert_plan_for_billing_product_op, NULL, body, NULL,
                                   schematic_entitlements_upsert_plan_for_billing_product_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-entitlements/count */
static const apic_field schematic_entitlements_count_plan_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_count_plan_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_count_plan_params, feature_ids), offsetof(schematic_entitlements_count_plan_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_count_plan_params, ids), offsetof(schematic_entitlements_count_plan_params, has_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, 0, offsetof(schematic_entitlements_count_plan_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_entitlements_count_plan_params, plan_ids), offsetof(schematic_entitlements_count_plan_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_entitlements_count_plan_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_entitlements_count_plan_params, plan_version_ids), offsetof(schematic_entitlements_count_plan_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_entitlements_count_plan_params, q), -1, -1, &apic_type_string},
    {"with_metered_products", 21, 0, offsetof(schematic_entitlements_count_plan_params, with_metered_products), offsetof(schematic_entitlements_count_plan_params, has_with_metered_products), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_plan_params, limit), offsetof(schematic_entitlements_count_plan_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_plan_params, offset), offsetof(schematic_entitlements_count_plan_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_entitlements_count_plan_params_desc = {
    "entitlements_count_plan_params", sizeof(schematic_entitlements_count_plan_params), schematic_entitlements_count_plan_params_desc_Fields, 11,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_count_plan_params_locs[] = {
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
static const apic_response schematic_entitlements_count_plan_responses[] = {
    {200, &schematic_entitlements_count_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_count_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_count_plan_security[] = {
    {schematic_entitlements_count_plan_security_0, 1},
};
const apic_operation schematic_entitlements_count_plan_op = {
    "schematic_entitlements_count_plan", "GET", "/plan-entitlements/count",
    &schematic_entitlements_count_plan_params_desc, schematic_entitlements_count_plan_params_locs,
    NULL, NULL, false,
    schematic_entitlements_count_plan_responses, 1,
    schematic_entitlements_count_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_count_plan(schematic_client *client, const schematic_entitlements_count_plan_params *params, schematic_entitlements_count_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_count_plan_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_count_plan_response *)result;
    return rc;
}

/* Calls schematic_entitlements_count_plan_async()'s callback as its own type. */
static void schematic_entitlements_count_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_count_plan_callback)typed)(user_data, rc, (schematic_entitlements_count_plan_response *)result, err);
}

int schematic_entitlements_count_plan_async(schematic_client *client, const schematic_entitlements_count_plan_params *params, schematic_entitlements_count_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_count_plan_op, params, NULL, NULL,
                                   schematic_entitlements_count_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plan-entitlements/duplicate */
static const apic_response schematic_entitlements_duplicate_plan_responses[] = {
    {201, &schematic_entitlements_duplicate_plan_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_duplicate_plan_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_duplicate_plan_security[] = {
    {schematic_entitlements_duplicate_plan_security_0, 1},
};
const apic_operation schematic_entitlements_duplicate_plan_op = {
    "schematic_entitlements_duplicate_plan", "POST", "/plan-entitlements/duplicate",
    NULL, NULL,
    &schematic_duplicate_plan_entitlements_request_body_Type, "application/json", true,
    schematic_entitlements_duplicate_plan_responses, 1,
    schematic_entitlements_duplicate_plan_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_duplicate_plan(schematic_client *client, const schematic_duplicate_plan_entitlements_request_body *body, schematic_entitlements_duplicate_plan_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_duplicate_plan_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_duplicate_plan_response *)result;
    return rc;
}

/* Calls schematic_entitlements_duplicate_plan_async()'s callback as its own type. */
static void schematic_entitlements_duplicate_plan_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_duplicate_plan_callback)typed)(user_data, rc, (schematic_entitlements_duplicate_plan_response *)result, err);
}

int schematic_entitlements_duplicate_plan_async(schematic_client *client, const schematic_duplicate_plan_entitlements_request_body *body, schematic_entitlements_duplicate_plan_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_duplicate_plan_op, NULL, body, NULL,
                                   schematic_entitlements_duplicate_plan_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /usage-by-company */
static const apic_field schematic_entitlements_get_feature_usage_by_company_params_desc_Fields[] = {
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_by_company_params, keys), -1, -1, &schematic_string_map_Type},
};
static const apic_struct_desc schematic_entitlements_get_feature_usage_by_company_params_desc = {
    "entitlements_get_feature_usage_by_company_params", sizeof(schematic_entitlements_get_feature_usage_by_company_params), schematic_entitlements_get_feature_usage_by_company_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_get_feature_usage_by_company_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_get_feature_usage_by_company_responses[] = {
    {200, &schematic_entitlements_get_feature_usage_by_company_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_get_feature_usage_by_company_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_get_feature_usage_by_company_security[] = {
    {schematic_entitlements_get_feature_usage_by_company_security_0, 1},
};
const apic_operation schematic_entitlements_get_feature_usage_by_company_op = {
    "schematic_entitlements_get_feature_usage_by_company", "GET", "/usage-by-company",
    &schematic_entitlements_get_feature_usage_by_company_params_desc, schematic_entitlements_get_feature_usage_by_company_params_locs,
    NULL, NULL, false,
    schematic_entitlements_get_feature_usage_by_company_responses, 1,
    schematic_entitlements_get_feature_usage_by_company_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_get_feature_usage_by_company(schematic_client *client, const schematic_entitlements_get_feature_usage_by_company_params *params, schematic_entitlements_get_feature_usage_by_company_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_get_feature_usage_by_company_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_get_feature_usage_by_company_response *)result;
    return rc;
}

/* Calls schematic_entitlements_get_feature_usage_by_company_async()'s callback as its own type. */
static void schematic_entitlements_get_feature_usage_by_company_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_get_feature_usage_by_company_callback)typed)(user_data, rc, (schematic_entitlements_get_feature_usage_by_company_response *)result, err);
}

int schematic_entitlements_get_feature_usage_by_company_async(schematic_client *client, const schematic_entitlements_get_feature_usage_by_company_params *params, schematic_entitlements_get_feature_usage_by_company_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_get_feature_usage_by_company_op, params, NULL, NULL,
                                   schematic_entitlements_get_feature_usage_by_company_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /user-usage-by-company */
static const apic_field schematic_entitlements_get_user_usage_by_company_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_user_usage_by_company_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_entitlements_get_user_usage_by_company_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, 0, offsetof(schematic_entitlements_get_user_usage_by_company_params, feature_id), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_entitlements_get_user_usage_by_company_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
static const apic_struct_desc schematic_entitlements_get_user_usage_by_company_params_desc = {
    "entitlements_get_user_usage_by_company_params", sizeof(schematic_entitlements_get_user_usage_by_company_params), schematic_entitlements_get_user_usage_by_company_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_get_user_usage_by_company_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_get_user_usage_by_company_responses[] = {
    {200, &schematic_entitlements_get_user_usage_by_company_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_get_user_usage_by_company_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_get_user_usage_by_company_security[] = {
    {schematic_entitlements_get_user_usage_by_company_security_0, 1},
};
const apic_operation schematic_entitlements_get_user_usage_by_company_op = {
    "schematic_entitlements_get_user_usage_by_company", "GET", "/user-usage-by-company",
    &schematic_entitlements_get_user_usage_by_company_params_desc, schematic_entitlements_get_user_usage_by_company_params_locs,
    NULL, NULL, false,
    schematic_entitlements_get_user_usage_by_company_responses, 1,
    schematic_entitlements_get_user_usage_by_company_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_get_user_usage_by_company(schematic_client *client, const schematic_entitlements_get_user_usage_by_company_params *params, schematic_entitlements_get_user_usage_by_company_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_get_user_usage_by_company_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_get_user_usage_by_company_response *)result;
    return rc;
}

/* Calls schematic_entitlements_get_user_usage_by_company_async()'s callback as its own type. */
static void schematic_entitlements_get_user_usage_by_company_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_get_user_usage_by_company_callback)typed)(user_data, rc, (schematic_entitlements_get_user_usage_by_company_response *)result, err);
}

int schematic_entitlements_get_user_usage_by_company_async(schematic_client *client, const schematic_entitlements_get_user_usage_by_company_params *params, schematic_entitlements_get_user_usage_by_company_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_get_user_usage_by_company_op, params, NULL, NULL,
                                   schematic_entitlements_get_user_usage_by_company_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /user-usage-detail */
static const apic_field schematic_entitlements_get_user_usage_detail_params_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_user_usage_detail_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_entitlements_get_user_usage_detail_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"start_time", 10, 0, offsetof(schematic_entitlements_get_user_usage_detail_params, start_time), -1, -1, &schematic_string_date_time_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_user_usage_detail_params, user_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_entitlements_get_user_usage_detail_params_desc = {
    "entitlements_get_user_usage_detail_params", sizeof(schematic_entitlements_get_user_usage_detail_params), schematic_entitlements_get_user_usage_detail_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_entitlements_get_user_usage_detail_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_entitlements_get_user_usage_detail_responses[] = {
    {200, &schematic_entitlements_get_user_usage_detail_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_entitlements_get_user_usage_detail_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_entitlements_get_user_usage_detail_security[] = {
    {schematic_entitlements_get_user_usage_detail_security_0, 1},
};
const apic_operation schematic_entitlements_get_user_usage_detail_op = {
    "schematic_entitlements_get_user_usage_detail", "GET", "/user-usage-detail",
    &schematic_entitlements_get_user_usage_detail_params_desc, schematic_entitlements_get_user_usage_detail_params_locs,
    NULL, NULL, false,
    schematic_entitlements_get_user_usage_detail_responses, 1,
    schematic_entitlements_get_user_usage_detail_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_entitlements_get_user_usage_detail(schematic_client *client, const schematic_entitlements_get_user_usage_detail_params *params, schematic_entitlements_get_user_usage_detail_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_entitlements_get_user_usage_detail_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_entitlements_get_user_usage_detail_response *)result;
    return rc;
}

/* Calls schematic_entitlements_get_user_usage_detail_async()'s callback as its own type. */
static void schematic_entitlements_get_user_usage_detail_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_entitlements_get_user_usage_detail_callback)typed)(user_data, rc, (schematic_entitlements_get_user_usage_detail_response *)result, err);
}

int schematic_entitlements_get_user_usage_detail_async(schematic_client *client, const schematic_entitlements_get_user_usage_detail_params *params, schematic_entitlements_get_user_usage_detail_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_entitlements_get_user_usage_detail_op, params, NULL, NULL,
                                   schematic_entitlements_get_user_usage_detail_adapt, (apic_async_fn)callback, user_data, call, err);
}
