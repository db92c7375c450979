/* Schematic: licenses operations. Generated; do not edit. */
#include "internal.h"

/* GET /licenses */
static const apic_field schematic_licenses_list_params_desc_Fields[] = {
    {"feature_ids", 11, 0, offsetof(schematic_licenses_list_params, feature_ids), offsetof(schematic_licenses_list_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_licenses_list_params, ids), offsetof(schematic_licenses_list_params, has_ids), -1, &schematic_string_array_Type},
    {"name", 4, 0, offsetof(schematic_licenses_list_params, name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_licenses_list_params, limit), offsetof(schematic_licenses_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_licenses_list_params, offset), offsetof(schematic_licenses_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_licenses_list_params_desc = {
    "licenses_list_params", sizeof(schematic_licenses_list_params), schematic_licenses_list_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_licenses_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_licenses_list_responses[] = {
    {200, &schematic_licenses_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_licenses_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_licenses_list_security[] = {
    {schematic_licenses_list_security_0, 1},
};
const apic_operation schematic_licenses_list_op = {
    "schematic_licenses_list", "GET", "/licenses",
    &schematic_licenses_list_params_desc, schematic_licenses_list_params_locs,
    NULL, NULL, false,
    schematic_licenses_list_responses, 1,
    schematic_licenses_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_licenses_list(schematic_client *client, const schematic_licenses_list_params *params, schematic_licenses_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_licenses_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_licenses_list_response *)result;
    return rc;
}

/* Calls schematic_licenses_list_async()'s callback as its own type. */
static void schematic_licenses_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_licenses_list_callback)typed)(user_data, rc, (schematic_licenses_list_response *)result, err);
}

int schematic_licenses_list_async(schematic_client *client, const schematic_licenses_list_params *params, schematic_licenses_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_licenses_list_op, params, NULL, NULL,
                                   schematic_licenses_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_licenses_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_licenses_list_iter_new(schematic_client *client, const schematic_licenses_list_params *params, schematic_licenses_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_licenses_list_op, &schematic_licenses_list_pagination, params, out, err);
}

int schematic_licenses_list_iter_next(schematic_licenses_list_iter *it, const schematic_license_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_license_response_data *)next;
    return rc;
}

void schematic_licenses_list_iter_free(schematic_licenses_list_iter *it)
{
    apic_pager_free(it);
}

/* GET /licenses/{license_id} */
static const apic_field schematic_licenses_get_single_params_desc_Fields[] = {
    {"license_id", 10, APIC_F_REQUIRED, offsetof(schematic_licenses_get_single_params, license_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_licenses_get_single_params_desc = {
    "licenses_get_single_params", sizeof(schematic_licenses_get_single_params), schematic_licenses_get_single_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_licenses_get_single_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_licenses_get_single_responses[] = {
    {200, &schematic_licenses_get_single_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_licenses_get_single_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_licenses_get_single_security[] = {
    {schematic_licenses_get_single_security_0, 1},
};
const apic_operation schematic_licenses_get_single_op = {
    "schematic_licenses_get_single", "GET", "/licenses/{license_id}",
    &schematic_licenses_get_single_params_desc, schematic_licenses_get_single_params_locs,
    NULL, NULL, false,
    schematic_licenses_get_single_responses, 1,
    schematic_licenses_get_single_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_licenses_get_single(schematic_client *client, const schematic_licenses_get_single_params *params, schematic_licenses_get_single_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_licenses_get_single_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_licenses_get_single_response *)result;
    return rc;
}

/* Calls schematic_licenses_get_single_async()'s callback as its own type. */
static void schematic_licenses_get_single_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_licenses_get_single_callback)typed)(user_data, rc, (schematic_licenses_get_single_response *)result, err);
}

int schematic_licenses_get_single_async(schematic_client *client, const schematic_licenses_get_single_params *params, schematic_licenses_get_single_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_licenses_get_single_op, params, NULL, NULL,
                                   schematic_licenses_get_single_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /licenses/count */
static const apic_field schematic_licenses_count_params_desc_Fields[] = {
    {"feature_ids", 11, 0, offsetof(schematic_licenses_count_params, feature_ids), offsetof(schematic_licenses_count_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_licenses_count_params, ids), offsetof(schematic_licenses_count_params, has_ids), -1, &schematic_string_array_Type},
    {"name", 4, 0, offsetof(schematic_licenses_count_params, name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_licenses_count_params, limit), offsetof(schematic_licenses_count_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_licenses_count_params, offset), offsetof(schematic_licenses_count_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_licenses_count_params_desc = {
    "licenses_count_params", sizeof(schematic_licenses_count_params), schematic_licenses_count_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_licenses_count_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_licenses_count_responses[] = {
    {200, &schematic_licenses_count_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_licenses_count_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_licenses_count_security[] = {
    {schematic_licenses_count_security_0, 1},
};
const apic_operation schematic_licenses_count_op = {
    "schematic_licenses_count", "GET", "/licenses/count",
    &schematic_licenses_count_params_desc, schematic_licenses_count_params_locs,
    NULL, NULL, false,
    schematic_licenses_count_responses, 1,
    schematic_licenses_count_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_licenses_count(schematic_client *client, const schematic_licenses_count_params *params, schematic_licenses_count_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_licenses_count_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_licenses_count_response *)result;
    return rc;
}

/* Calls schematic_licenses_count_async()'s callback as its own type. */
static void schematic_licenses_count_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_licenses_count_callback)typed)(user_data, rc, (schematic_licenses_count_response *)result, err);
}

int schematic_licenses_count_async(schematic_client *client, const schematic_licenses_count_params *params, schematic_licenses_count_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_licenses_count_op, params, NULL, NULL,
                                   schematic_licenses_count_adapt, (apic_async_fn)callback, user_data, call, err);
}
