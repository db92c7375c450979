/* Schematic: insights operations. Generated; do not edit. */
#include "internal.h"

/* GET /insights/activity */
static const apic_field schematic_insights_get_activity_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_insights_get_activity_params, limit), offsetof(schematic_insights_get_activity_params, has_limit), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_insights_get_activity_params_desc = {
    "insights_get_activity_params", sizeof(schematic_insights_get_activity_params), schematic_insights_get_activity_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_insights_get_activity_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_insights_get_activity_responses[] = {
    {200, &schematic_insights_get_activity_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_insights_get_activity_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_insights_get_activity_security[] = {
    {schematic_insights_get_activity_security_0, 1},
};
const apic_operation schematic_insights_get_activity_op = {
    "schematic_insights_get_activity", "GET", "/insights/activity",
    &schematic_insights_get_activity_params_desc, schematic_insights_get_activity_params_locs,
    NULL, NULL, false,
    schematic_insights_get_activity_responses, 1,
    schematic_insights_get_activity_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_insights_get_activity(schematic_client *client, const schematic_insights_get_activity_params *params, schematic_insights_get_activity_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_insights_get_activity_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_insights_get_activity_response *)result;
    return rc;
}

/* Calls schematic_insights_get_activity_async()'s callback as its own type. */
static void schematic_insights_get_activity_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_insights_get_activity_callback)typed)(user_data, rc, (schematic_insights_get_activity_response *)result, err);
}

int schematic_insights_get_activity_async(schematic_client *client, const schematic_insights_get_activity_params *params, schematic_insights_get_activity_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_insights_get_activity_op, params, NULL, NULL,
                                   schematic_insights_get_activity_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /insights/feature-usage-timeseries */
static const apic_field schematic_insights_get_environment_feature_usage_time_series_params_desc_Fields[] = {
    {"end_time", 8, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_feature_usage_time_series_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_feature_usage_time_series_params, feature_id), -1, -1, &apic_type_string},
    {"granularity", 11, 0, offsetof(schematic_insights_get_environment_feature_usage_time_series_params, granularity), offsetof(schematic_insights_get_environment_feature_usage_time_series_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"start_time", 10, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_feature_usage_time_series_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
static const apic_struct_desc schematic_insights_get_environment_feature_usage_time_series_params_desc = {
    "insights_get_environment_feature_usage_time_series_params", sizeof(schematic_insights_get_environment_feature_usage_time_series_params), schematic_insights_get_environment_feature_usage_time_series_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_insights_get_environment_feature_usage_time_series_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_insights_get_environment_feature_usage_time_series_responses[] = {
    {200, &schematic_insights_get_environment_feature_usage_time_series_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_insights_get_environment_feature_usage_time_series_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_insights_get_environment_feature_usage_time_series_security[] = {
    {schematic_insights_get_environment_feature_usage_time_series_security_0, 1},
};
const apic_operation schematic_insights_get_environment_feature_usage_time_series_op = {
    "schematic_insights_get_environment_feature_usage_time_series", "GET", "/insights/feature-usage-timeseries",
    &schematic_insights_get_environment_feature_usage_time_series_params_desc, schematic_insights_get_environment_feature_usage_time_series_params_locs,
    NULL, NULL, false,
    schematic_insights_get_environment_feature_usage_time_series_responses, 1,
    schematic_insights_get_environment_feature_usage_time_series_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_insights_get_environment_feature_usage_time_series(schematic_client *client, const schematic_insights_get_environment_feature_usage_time_series_params *params, schematic_insights_get_environment_feature_usage_time_series_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_insights_get_environment_feature_usage_time_series_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_insights_get_environment_feature_usage_time_series_response *)result;
    return rc;
}

/* Calls schematic_insights_get_environment_feature_usage_time_series_async()'s callback as its own type. */
static void schematic_insights_get_environment_feature_usage_time_series_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_insights_get_environment_feature_usage_time_series_callback)typed)(user_data, rc, (schematic_insights_get_environment_feature_usage_time_series_response *)result, err);
}

int schematic_insights_get_environment_feature_usage_time_series_async(schematic_client *client, const schematic_insights_get_environment_feature_usage_time_series_params *params, schematic_insights_get_environment_feature_usage_time_series_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_insights_get_environment_feature_usage_time_series_op, params, NULL, NULL,
                                   schematic_insights_get_environment_feature_usage_time_series_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /insights/plan-growth */
static const apic_field schematic_insights_get_plan_growth_params_desc_Fields[] = {
    {"months", 6, 0, offsetof(schematic_insights_get_plan_growth_params, months), offsetof(schematic_insights_get_plan_growth_params, has_months), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_insights_get_plan_growth_params_desc = {
    "insights_get_plan_growth_params", sizeof(schematic_insights_get_plan_growth_params), schematic_insights_get_plan_growth_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_insights_get_plan_growth_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_insights_get_plan_growth_responses[] = {
    {200, &schematic_insights_get_plan_growth_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_insights_get_plan_growth_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_insights_get_plan_growth_security[] = {
    {schematic_insights_get_plan_growth_security_0, 1},
};
const apic_operation schematic_insights_get_plan_growth_op = {
    "schematic_insights_get_plan_growth", "GET", "/insights/plan-growth",
    &schematic_insights_get_plan_growth_params_desc, schematic_insights_get_plan_growth_params_locs,
    NULL, NULL, false,
    schematic_insights_get_plan_growth_responses, 1,
    schematic_insights_get_plan_growth_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_insights_get_plan_growth(schematic_client *client, const schematic_insights_get_plan_growth_params *params, schematic_insights_get_plan_growth_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_insights_get_plan_growth_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_insights_get_plan_growth_response *)result;
    return rc;
}

/* Calls schematic_insights_get_plan_growth_async()'s callback as its own type. */
static void schematic_insights_get_plan_growth_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_insights_get_plan_growth_callback)typed)(user_data, rc, (schematic_insights_get_plan_growth_response *)result, err);
}

int schematic_insights_get_plan_growth_async(schematic_client *client, const schematic_insights_get_plan_growth_params *params, schematic_insights_get_plan_growth_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_insights_get_plan_growth_op, params, NULL, NULL,
                                   schematic_insights_get_plan_growth_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /insights/summary */
static const apic_response schematic_insights_get_summary_responses[] = {
    {200, &schematic_insights_get_summary_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_insights_get_summary_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_insights_get_summary_security[] = {
    {schematic_insights_get_summary_security_0, 1},
};
const apic_operation schematic_insights_get_summary_op = {
    "schematic_insights_get_summary", "GET", "/insights/summary",
    NULL, NULL,
    NULL, NULL, false,
    schematic_insights_get_summary_responses, 1,
    schematic_insights_get_summary_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_insights_get_summary(schematic_client *client, schematic_insights_get_summary_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_insights_get_summary_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_insights_get_summary_response *)result;
    return rc;
}

/* Calls schematic_insights_get_summary_async()'s callback as its own type. */
static void schematic_insights_get_summary_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_insights_get_summary_callback)typed)(user_data, rc, (schematic_insights_get_summary_response *)result, err);
}

int schematic_insights_get_summary_async(schematic_client *client, schematic_insights_get_summary_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_insights_get_summary_op, NULL, NULL, NULL,
                                   schematic_insights_get_summary_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /insights/top-features */
static const apic_field schematic_insights_get_top_features_by_usage_params_desc_Fields[] = {
    {"end_time", 8, APIC_F_REQUIRED, offsetof(schematic_insights_get_top_features_by_usage_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"limit", 5, 0, offsetof(schematic_insights_get_top_features_by_usage_params, limit), offsetof(schematic_insights_get_top_features_by_usage_params, has_limit), -1, &apic_type_int64},
    {"start_time", 10, APIC_F_REQUIRED, offsetof(schematic_insights_get_top_features_by_usage_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
static const apic_struct_desc schematic_insights_get_top_features_by_usage_params_desc = {
    "insights_get_top_features_by_usage_params", sizeof(schematic_insights_get_top_features_by_usage_params), schematic_insights_get_top_features_by_usage_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_insights_get_top_features_by_usage_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_insights_get_top_features_by_usage_responses[] = {
    {200, &schematic_insights_get_top_features_by_usage_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_insights_get_top_features_by_usage_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_insights_get_top_features_by_usage_security[] = {
    {schematic_insights_get_top_features_by_usage_security_0, 1},
};
const apic_operation schematic_insights_get_top_features_by_usage_op = {
    "schematic_insights_get_top_features_by_usage", "GET", "/insights/top-features",
    &schematic_insights_get_top_features_by_usage_params_desc, schematic_insights_get_top_features_by_usage_params_locs,
    NULL, NULL, false,
    schematic_insights_get_top_features_by_usage_responses, 1,
    schematic_insights_get_top_features_by_usage_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_insights_get_top_features_by_usage(schematic_client *client, const schematic_insights_get_top_features_by_usage_params *params, schematic_insights_get_top_features_by_usage_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_insights_get_top_features_by_usage_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_insights_get_top_features_by_usage_response *)result;
    return rc;
}

/* Calls schematic_insights_get_top_features_by_usage_async()'s callback as its own type. */
static void schematic_insights_get_top_features_by_usage_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_insights_get_top_features_by_usage_callback)typed)(user_data, rc, (schematic_insights_get_top_features_by_usage_response *)result, err);
}

int schematic_insights_get_top_features_by_usage_async(schematic_client *client, const schematic_insights_get_top_features_by_usage_params *params, schematic_insights_get_top_features_by_usage_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_insights_get_top_features_by_usage_op, params, NULL, NULL,
                                   schematic_insights_get_top_features_by_usage_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /insights/trait-usage-timeseries */
static const apic_field schematic_insights_get_environment_trait_usage_time_series_params_desc_Fields[] = {
    {"end_time", 8, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_trait_usage_time_series_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_trait_usage_time_series_params, feature_id), -1, -1, &apic_type_string},
    {"granularity", 11, 0, offsetof(schematic_insights_get_environment_trait_usage_time_series_params, granularity), offsetof(schematic_insights_get_environment_trait_usage_time_series_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"start_time", 10, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_trait_usage_time_series_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
static const apic_struct_desc schematic_insights_get_environment_trait_usage_time_series_params_desc = {
    "insights_get_environment_trait_usage_time_series_params", sizeof(schematic_insights_get_environment_trait_usage_time_series_params), schematic_insights_get_environment_trait_usage_time_series_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_insights_get_environment_trait_usage_time_series_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_insights_get_environment_trait_usage_time_series_responses[] = {
    {200, &schematic_insights_get_environment_trait_usage_time_series_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_insights_get_environment_trait_usage_time_series_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_insights_get_environment_trait_usage_time_series_security[] = {
    {schematic_insights_get_environment_trait_usage_time_series_security_0, 1},
};
const apic_operation schematic_insights_get_environment_trait_usage_time_series_op = {
    "schematic_insights_get_environment_trait_usage_time_series", "GET", "/insights/trait-usage-timeseries",
    &schematic_insights_get_environment_trait_usage_time_series_params_desc, schematic_insights_get_environment_trait_usage_time_series_params_locs,
    NULL, NULL, false,
    schematic_insights_get_environment_trait_usage_time_series_responses, 1,
    schematic_insights_get_environment_trait_usage_time_series_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_insights_get_environment_trait_usage_time_series(schematic_client *client, const schematic_insights_get_environment_trait_usage_time_series_params *params, schematic_insights_get_environment_trait_usage_time_series_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_insights_get_environment_trait_usage_time_series_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_insights_get_environment_trait_usage_time_series_response *)result;
    return rc;
}

/* Calls schematic_insights_get_environment_trait_usage_time_series_async()'s callback as its own type. */
static void schematic_insights_get_environment_trait_usage_time_series_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_insights_get_environment_trait_usage_time_series_callback)typed)(user_data, rc, (schematic_insights_get_environment_trait_usage_time_series_response *)result, err);
}

int schematic_insights_get_environment_trait_usage_time_series_async(schematic_client *client, const schematic_insights_get_environment_trait_usage_time_series_params *params, schematic_insights_get_environment_trait_usage_time_series_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_insights_get_environment_trait_usage_time_series_op, params, NULL, NULL,
                                   schematic_insights_get_environment_trait_usage_time_series_adapt, (apic_async_fn)callback, user_data, call, err);
}
