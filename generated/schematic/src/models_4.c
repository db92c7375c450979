/* Descriptors and entry points of Schematic models. Generated; do not edit. */
#include "internal.h"

/* events_create_response */
static const apic_field schematic_events_create_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_events_create_response, data), -1, -1, &schematic_raw_event_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_events_create_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_events_create_response_desc = {
    "events_create_response", sizeof(schematic_events_create_response), schematic_events_create_response_desc_Fields, 2,
    offsetof(schematic_events_create_response, unknown_fields),
    -1,
    NULL
};

void schematic_events_create_response_free(schematic_events_create_response *obj)
{
    apic_struct_free(&schematic_events_create_response_desc, obj);
}

int schematic_events_create_response_from_json(const char *json, size_t len, schematic_events_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_create_response_Type, json, len, &value, err);
    *out = (schematic_events_create_response *)value;
    return rc;
}

int schematic_events_create_response_to_json(const schematic_events_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_create_response_Type, obj, out, err);
}

/* events_get_response */
static const apic_field schematic_events_get_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_events_get_response, data), -1, -1, &schematic_event_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_events_get_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_events_get_response_desc = {
    "events_get_response", sizeof(schematic_events_get_response), schematic_events_get_response_desc_Fields, 2,
    offsetof(schematic_events_get_response, unknown_fields),
    -1,
    NULL
};

void schematic_events_get_response_free(schematic_events_get_response *obj)
{
    apic_struct_free(&schematic_events_get_response_desc, obj);
}

int schematic_events_get_response_from_json(const char *json, size_t len, schematic_events_get_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_get_response_Type, json, len, &value, err);
    *out = (schematic_events_get_response *)value;
    return rc;
}

int schematic_events_get_response_to_json(const schematic_events_get_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_get_response_Type, obj, out, err);
}

/* entitlements_list_feature_companies_response */
static const apic_field schematic_entitlements_list_feature_companies_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_companies_response, data), -1, -1, &schematic_feature_company_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_companies_response, params), -1, -1, &schematic_entitlements_list_feature_companies_response_params_Type},
};
const apic_struct_desc schematic_entitlements_list_feature_companies_response_desc = {
    "entitlements_list_feature_companies_response", sizeof(schematic_entitlements_list_feature_companies_response), schematic_entitlements_list_feature_companies_response_desc_Fields, 2,
    offsetof(schematic_entitlements_list_feature_companies_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_companies_response_free(schematic_entitlements_list_feature_companies_response *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_companies_response_desc, obj);
}

int schematic_entitlements_list_feature_companies_response_from_json(const char *json, size_t len, schematic_entitlements_list_feature_companies_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_companies_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_companies_response *)value;
    return rc;
}

int schematic_entitlements_list_feature_companies_response_to_json(const schematic_entitlements_list_feature_companies_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_companies_response_Type, obj, out, err);
}

/* entitlements_list_feature_companies_response.params */
static const apic_field schematic_entitlements_list_feature_companies_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_list_feature_companies_response_params, feature_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_companies_response_params, limit), offsetof(schematic_entitlements_list_feature_companies_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_companies_response_params, offset), offsetof(schematic_entitlements_list_feature_companies_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_list_feature_companies_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entitlements_list_feature_companies_response_params_desc = {
    "entitlements_list_feature_companies_response.params", sizeof(schematic_entitlements_list_feature_companies_response_params), schematic_entitlements_list_feature_companies_response_params_desc_Fields, 4,
    offsetof(schematic_entitlements_list_feature_companies_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_companies_response_params_free(schematic_entitlements_list_feature_companies_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_companies_response_params_desc, obj);
}

int schematic_entitlements_list_feature_companies_response_params_from_json(const char *json, size_t len, schematic_entitlements_list_feature_companies_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_companies_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_companies_response_params *)value;
    return rc;
}

int schematic_entitlements_list_feature_companies_response_params_to_json(const schematic_entitlements_list_feature_companies_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_companies_response_params_Type, obj, out, err);
}

/* entitlements_count_feature_companies_response */
static const apic_field schematic_entitlements_count_feature_companies_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_companies_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_companies_response, params), -1, -1, &schematic_entitlements_count_feature_companies_response_params_Type},
};
const apic_struct_desc schematic_entitlements_count_feature_companies_response_desc = {
    "entitlements_count_feature_companies_response", sizeof(schematic_entitlements_count_feature_companies_response), schematic_entitlements_count_feature_companies_response_desc_Fields, 2,
    offsetof(schematic_entitlements_count_feature_companies_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_feature_companies_response_free(schematic_entitlements_count_feature_companies_response *obj)
{
    apic_struct_free(&schematic_entitlements_count_feature_companies_response_desc, obj);
}

int schematic_entitlements_count_feature_companies_response_from_json(const char *json, size_t len, schematic_entitlements_count_feature_companies_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_feature_companies_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_feature_companies_response *)value;
    return rc;
}

int schematic_entitlements_count_feature_companies_response_to_json(const schematic_entitlements_count_feature_companies_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_feature_companies_response_Type, obj, out, err);
}

/* entitlements_count_feature_companies_response.params */
static const apic_field schematic_entitlements_count_feature_companies_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_count_feature_companies_response_params, feature_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_feature_companies_response_params, limit), offsetof(schematic_entitlements_count_feature_companies_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_feature_companies_response_params, offset), offsetof(schematic_entitlements_count_feature_companies_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_count_feature_companies_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entitlements_count_feature_companies_response_params_desc = {
    "entitlements_count_feature_companies_response.params", sizeof(schematic_entitlements_count_feature_companies_response_params), schematic_entitlements_count_feature_companies_response_params_desc_Fields, 4,
    offsetof(schematic_entitlements_count_feature_companies_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_feature_companies_response_params_free(schematic_entitlements_count_feature_companies_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_count_feature_companies_response_params_desc, obj);
}

int schematic_entitlements_count_feature_companies_response_params_from_json(const char *json, size_t len, schematic_entitlements_count_feature_companies_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_feature_companies_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_feature_companies_response_params *)value;
    return rc;
}

int schematic_entitlements_count_feature_companies_response_params_to_json(const schematic_entitlements_count_feature_companies_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_feature_companies_response_params_Type, obj, out, err);
}

/* entitlements_list_feature_usage_response */
static const apic_field schematic_entitlements_list_feature_usage_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_usage_response, data), -1, -1, &schematic_feature_usage_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_usage_response, params), -1, -1, &schematic_entitlements_list_feature_usage_response_params_Type},
};
const apic_struct_desc schematic_entitlements_list_feature_usage_response_desc = {
    "entitlements_list_feature_usage_response", sizeof(schematic_entitlements_list_feature_usage_response), schematic_entitlements_list_feature_usage_response_desc_Fields, 2,
    offsetof(schematic_entitlements_list_feature_usage_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_usage_response_free(schematic_entitlements_list_feature_usage_response *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_usage_response_desc, obj);
}

int schematic_entitlements_list_feature_usage_response_from_json(const char *json, size_t len, schematic_entitlements_list_feature_usage_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_usage_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_usage_response *)value;
    return rc;
}

int schematic_entitlements_list_feature_usage_response_to_json(const schematic_entitlements_list_feature_usage_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_usage_response_Type, obj, out, err);
}

/* entitlements_list_feature_usage_response.params */
static const apic_field schematic_entitlements_list_feature_usage_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, company_id), -1, -1, &apic_type_string},
    {"company_keys", 12, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, company_keys), offsetof(schematic_entitlements_list_feature_usage_response_params, has_company_keys), -1, &schematic_string_map_Type},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, feature_ids), offsetof(schematic_entitlements_list_feature_usage_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"include_usage_aggregation", 25, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, include_usage_aggregation), offsetof(schematic_entitlements_list_feature_usage_response_params, has_include_usage_aggregation), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, limit), offsetof(schematic_entitlements_list_feature_usage_response_params, has_limit), -1, &apic_type_int64},
    {"managed_by", 10, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, managed_by), offsetof(schematic_entitlements_list_feature_usage_response_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, offset), offsetof(schematic_entitlements_list_feature_usage_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, q), -1, -1, &apic_type_string},
    {"without_negative_entitlements", 29, 0, offsetof(schematic_entitlements_list_feature_usage_response_params, without_negative_entitlements), offsetof(schematic_entitlements_list_feature_usage_response_params, has_without_negative_entitlements), -1, &apic_type_bool},
};
const apic_struct_desc schematic_entitlements_list_feature_usage_response_params_desc = {
    "entitlements_list_feature_usage_response.params", sizeof(schematic_entitlements_list_feature_usage_response_params), schematic_entitlements_list_feature_usage_response_params_desc_Fields, 9,
    offsetof(schematic_entitlements_list_feature_usage_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_usage_response_params_free(schematic_entitlements_list_feature_usage_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_usage_response_params_desc, obj);
}

int schematic_entitlements_list_feature_usage_response_params_from_json(const char *json, size_t len, schematic_entitlements_list_feature_usage_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_usage_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_usage_response_params *)value;
    return rc;
}

int schematic_entitlements_list_feature_usage_response_params_to_json(const schematic_entitlements_list_feature_usage_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_usage_response_params_Type, obj, out, err);
}

/* entitlements_list_feature_usage_history_response */
static const apic_field schematic_entitlements_list_feature_usage_history_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_usage_history_response, data), -1, -1, &schematic_feature_usage_history_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_usage_history_response, params), -1, -1, &schematic_entitlements_list_feature_usage_history_response_params_Type},
};
const apic_struct_desc schematic_entitlements_list_feature_usage_history_response_desc = {
    "entitlements_list_feature_usage_history_response", sizeof(schematic_entitlements_list_feature_usage_history_response), schematic_entitlements_list_feature_usage_history_response_desc_Fields, 2,
    offsetof(schematic_entitlements_list_feature_usage_history_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_usage_history_response_free(schematic_entitlements_list_feature_usage_history_response *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_usage_history_response_desc, obj);
}

int schematic_entitlements_list_feature_usage_history_response_from_json(const char *json, size_t len, schematic_entitlements_list_feature_usage_history_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_usage_history_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_usage_history_response *)value;
    return rc;
}

int schematic_entitlements_list_feature_usage_history_response_to_json(const schematic_entitlements_list_feature_usage_history_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_usage_history_response_Type, obj, out, err);
}

/* entitlements_list_feature_usage_history_response.params */
static const apic_field schematic_entitlements_list_feature_usage_history_response_params_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_entitlements_list_feature_usage_history_response_params, company_ids), offsetof(schematic_entitlements_list_feature_usage_history_response_params, has_company_ids), -1, &schematic_string_array_Type},
    {"end_time", 8, 0, offsetof(schematic_entitlements_list_feature_usage_history_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_feature_usage_history_response_params, feature_ids), offsetof(schematic_entitlements_list_feature_usage_history_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"granularity", 11, 0, offsetof(schematic_entitlements_list_feature_usage_history_response_params, granularity), offsetof(schematic_entitlements_list_feature_usage_history_response_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_usage_history_response_params, limit), offsetof(schematic_entitlements_list_feature_usage_history_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_usage_history_response_params, offset), offsetof(schematic_entitlements_list_feature_usage_history_response_params, has_offset), -1, &apic_type_int64},
    {"start_time", 10, 0, offsetof(schematic_entitlements_list_feature_usage_history_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_entitlements_list_feature_usage_history_response_params_desc = {
    "entitlements_list_feature_usage_history_response.params", sizeof(schematic_entitlements_list_feature_usage_history_response_params), schematic_entitlements_list_feature_usage_history_response_params_desc_Fields, 7,
    offsetof(schematic_entitlements_list_feature_usage_history_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_usage_history_response_params_free(schematic_entitlements_list_feature_usage_history_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_usage_history_response_params_desc, obj);
}

int schematic_entitlements_list_feature_usage_history_response_params_from_json(const char *json, size_t len, schematic_entitlements_list_feature_usage_history_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_usage_history_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_usage_history_response_params *)value;
    return rc;
}

int schematic_entitlements_list_feature_usage_history_response_params_to_json(const schematic_entitlements_list_feature_usage_history_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_usage_history_response_params_Type, obj, out, err);
}

/* entitlements_get_feature_usage_time_series_response */
static const apic_field schematic_entitlements_get_feature_usage_time_series_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_time_series_response, data), -1, -1, &schematic_feature_usage_time_series_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_time_series_response, params), -1, -1, &schematic_entitlements_get_feature_usage_time_series_response_params_Type},
};
const apic_struct_desc schematic_entitlements_get_feature_usage_time_series_response_desc = {
    "entitlements_get_feature_usage_time_series_response", sizeof(schematic_entitlements_get_feature_usage_time_series_response), schematic_entitlements_get_feature_usage_time_series_response_desc_Fields, 2,
    offsetof(schematic_entitlements_get_feature_usage_time_series_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_feature_usage_time_series_response_free(schematic_entitlements_get_feature_usage_time_series_response *obj)
{
    apic_struct_free(&schematic_entitlements_get_feature_usage_time_series_response_desc, obj);
}

int schematic_entitlements_get_feature_usage_time_series_response_from_json(const char *json, size_t len, schematic_entitlements_get_feature_usage_time_series_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_feature_usage_time_series_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_feature_usage_time_series_response *)value;
    return rc;
}

int schematic_entitlements_get_feature_usage_time_series_response_to_json(const schematic_entitlements_get_feature_usage_time_series_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_feature_usage_time_series_response_Type, obj, out, err);
}

/* entitlements_get_feature_usage_time_series_response.params */
static const apic_field schematic_entitlements_get_feature_usage_time_series_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_get_feature_usage_time_series_response_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_entitlements_get_feature_usage_time_series_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, 0, offsetof(schematic_entitlements_get_feature_usage_time_series_response_params, feature_id), -1, -1, &apic_type_string},
    {"granularity", 11, 0, offsetof(schematic_entitlements_get_feature_usage_time_series_response_params, granularity), offsetof(schematic_entitlements_get_feature_usage_time_series_response_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"start_time", 10, 0, offsetof(schematic_entitlements_get_feature_usage_time_series_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_entitlements_get_feature_usage_time_series_response_params_desc = {
    "entitlements_get_feature_usage_time_series_response.params", sizeof(schematic_entitlements_get_feature_usage_time_series_response_params), schematic_entitlements_get_feature_usage_time_series_response_params_desc_Fields, 5,
    offsetof(schematic_entitlements_get_feature_usage_time_series_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_feature_usage_time_series_response_params_free(schematic_entitlements_get_feature_usage_time_series_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_get_feature_usage_time_series_response_params_desc, obj);
}

int schematic_entitlements_get_feature_usage_time_series_response_params_from_json(const char *json, size_t len, schematic_entitlements_get_feature_usage_time_series_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_feature_usage_time_series_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_feature_usage_time_series_response_params *)value;
    return rc;
}

int schematic_entitlements_get_feature_usage_time_series_response_params_to_json(const schematic_entitlements_get_feature_usage_time_series_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_feature_usage_time_series_response_params_Type, obj, out, err);
}

/* entitlements_count_feature_usage_response */
static const apic_field schematic_entitlements_count_feature_usage_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_usage_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_usage_response, params), -1, -1, &schematic_entitlements_count_feature_usage_response_params_Type},
};
const apic_struct_desc schematic_entitlements_count_feature_usage_response_desc = {
    "entitlements_count_feature_usage_response", sizeof(schematic_entitlements_count_feature_usage_response), schematic_entitlements_count_feature_usage_response_desc_Fields, 2,
    offsetof(schematic_entitlements_count_feature_usage_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_feature_usage_response_free(schematic_entitlements_count_feature_usage_response *obj)
{
    apic_struct_free(&schematic_entitlements_count_feature_usage_response_desc, obj);
}

int schematic_entitlements_count_feature_usage_response_from_json(const char *json, size_t len, schematic_entitlements_count_feature_usage_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_feature_usage_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_feature_usage_response *)value;
    return rc;
}

int schematic_entitlements_count_feature_usage_response_to_json(const schematic_entitlements_count_feature_usage_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_feature_usage_response_Type, obj, out, err);
}

/* entitlements_count_feature_usage_response.params */
static const apic_field schematic_entitlements_count_feature_usage_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, company_id), -1, -1, &apic_type_string},
    {"company_keys", 12, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, company_keys), offsetof(schematic_entitlements_count_feature_usage_response_params, has_company_keys), -1, &schematic_string_map_Type},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, feature_ids), offsetof(schematic_entitlements_count_feature_usage_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"include_usage_aggregation", 25, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, include_usage_aggregation), offsetof(schematic_entitlements_count_feature_usage_response_params, has_include_usage_aggregation), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, limit), offsetof(schematic_entitlements_count_feature_usage_response_params, has_limit), -1, &apic_type_int64},
    {"managed_by", 10, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, managed_by), offsetof(schematic_entitlements_count_feature_usage_response_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, offset), offsetof(schematic_entitlements_count_feature_usage_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, q), -1, -1, &apic_type_string},
    {"without_negative_entitlements", 29, 0, offsetof(schematic_entitlements_count_feature_usage_response_params, without_negative_entitlements), offsetof(schematic_entitlements_count_feature_usage_response_params, has_without_negative_entitlements), -1, &apic_type_bool},
};
const apic_struct_desc schematic_entitlements_count_feature_usage_response_params_desc = {
    "entitlements_count_feature_usage_response.params", sizeof(schematic_entitlements_count_feature_usage_response_params), schematic_entitlements_count_feature_usage_response_params_desc_Fields, 9,
    offsetof(schematic_entitlements_count_feature_usage_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_feature_usage_response_params_free(schematic_entitlements_count_feature_usage_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_count_feature_usage_response_params_desc, obj);
}

int schematic_entitlements_count_feature_usage_response_params_from_json(const char *json, size_t len, schematic_entitlements_count_feature_usage_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_feature_usage_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_feature_usage_response_params *)value;
    return rc;
}

int schematic_entitlements_count_feature_usage_response_params_to_json(const schematic_entitlements_count_feature_usage_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_feature_usage_response_params_Type, obj, out, err);
}

/* entitlements_list_feature_users_response */
static const apic_field schematic_entitlements_list_feature_users_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_users_response, data), -1, -1, &schematic_feature_company_user_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_feature_users_response, params), -1, -1, &schematic_entitlements_list_feature_users_response_params_Type},
};
const apic_struct_desc schematic_entitlements_list_feature_users_response_desc = {
    "entitlements_list_feature_users_response", sizeof(schematic_entitlements_list_feature_users_response), schematic_entitlements_list_feature_users_response_desc_Fields, 2,
    offsetof(schematic_entitlements_list_feature_users_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_users_response_free(schematic_entitlements_list_feature_users_response *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_users_response_desc, obj);
}

int schematic_entitlements_list_feature_users_response_from_json(const char *json, size_t len, schematic_entitlements_list_feature_users_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_users_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_users_response *)value;
    return rc;
}

int schematic_entitlements_list_feature_users_response_to_json(const schematic_entitlements_list_feature_users_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_users_response_Type, obj, out, err);
}

/* entitlements_list_feature_users_response.params */
static const apic_field schematic_entitlements_list_feature_users_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_list_feature_users_response_params, feature_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_feature_users_response_params, limit), offsetof(schematic_entitlements_list_feature_users_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_feature_users_response_params, offset), offsetof(schematic_entitlements_list_feature_users_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_list_feature_users_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entitlements_list_feature_users_response_params_desc = {
    "entitlements_list_feature_users_response.params", sizeof(schematic_entitlements_list_feature_users_response_params), schematic_entitlements_list_feature_users_response_params_desc_Fields, 4,
    offsetof(schematic_entitlements_list_feature_users_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_feature_users_response_params_free(schematic_entitlements_list_feature_users_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_list_feature_users_response_params_desc, obj);
}

int schematic_entitlements_list_feature_users_response_params_from_json(const char *json, size_t len, schematic_entitlements_list_feature_users_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_feature_users_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_feature_users_response_params *)value;
    return rc;
}

int schematic_entitlements_list_feature_users_response_params_to_json(const schematic_entitlements_list_feature_users_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_feature_users_response_params_Type, obj, out, err);
}

/* entitlements_count_feature_users_response */
static const apic_field schematic_entitlements_count_feature_users_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_users_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_feature_users_response, params), -1, -1, &schematic_entitlements_count_feature_users_response_params_Type},
};
const apic_struct_desc schematic_entitlements_count_feature_users_response_desc = {
    "entitlements_count_feature_users_response", sizeof(schematic_entitlements_count_feature_users_response), schematic_entitlements_count_feature_users_response_desc_Fields, 2,
    offsetof(schematic_entitlements_count_feature_users_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_feature_users_response_free(schematic_entitlements_count_feature_users_response *obj)
{
    apic_struct_free(&schematic_entitlements_count_feature_users_response_desc, obj);
}

int schematic_entitlements_count_feature_users_response_from_json(const char *json, size_t len, schematic_entitlements_count_feature_users_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_feature_users_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_feature_users_response *)value;
    return rc;
}

int schematic_entitlements_count_feature_users_response_to_json(const schematic_entitlements_count_feature_users_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_feature_users_response_Type, obj, out, err);
}

/* entitlements_count_feature_users_response.params */
static const apic_field schematic_entitlements_count_feature_users_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_count_feature_users_response_params, feature_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_feature_users_response_params, limit), offsetof(schematic_entitlements_count_feature_users_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_feature_users_response_params, offset), offsetof(schematic_entitlements_count_feature_users_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_count_feature_users_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entitlements_count_feature_users_response_params_desc = {
    "entitlements_count_feature_users_response.params", sizeof(schematic_entitlements_count_feature_users_response_params), schematic_entitlements_count_feature_users_response_params_desc_Fields, 4,
    offsetof(schematic_entitlements_count_feature_users_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_feature_users_response_params_free(schematic_entitlements_count_feature_users_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_count_feature_users_response_params_desc, obj);
}

int schematic_entitlements_count_feature_users_response_params_from_json(const char *json, size_t len, schematic_entitlements_count_feature_users_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_feature_users_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_feature_users_response_params *)value;
    return rc;
}

int schematic_entitlements_count_feature_users_response_params_to_json(const schematic_entitlements_count_feature_users_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_feature_users_response_params_Type, obj, out, err);
}

/* features_list_response */
static const apic_field schematic_features_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_list_response, data), -1, -1, &schematic_feature_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_list_response, params), -1, -1, &schematic_features_list_response_params_Type},
};
const apic_struct_desc schematic_features_list_response_desc = {
    "features_list_response", sizeof(schematic_features_list_response), schematic_features_list_response_desc_Fields, 2,
    offsetof(schematic_features_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_list_response_free(schematic_features_list_response *obj)
{
    apic_struct_free(&schematic_features_list_response_desc, obj);
}

int schematic_features_list_response_from_json(const char *json, size_t len, schematic_features_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_list_response_Type, json, len, &value, err);
    *out = (schematic_features_list_response *)value;
    return rc;
}

int schematic_features_list_response_to_json(const schematic_features_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_list_response_Type, obj, out, err);
}

/* features_list_response.params */
static const apic_field schematic_features_list_response_params_desc_Fields[] = {
    {"boolean_require_event", 21, 0, offsetof(schematic_features_list_response_params, boolean_require_event), offsetof(schematic_features_list_response_params, has_boolean_require_event), -1, &apic_type_bool},
    {"feature_type", 12, 0, offsetof(schematic_features_list_response_params, feature_type), offsetof(schematic_features_list_response_params, has_feature_type), -1, &schematic_feature_type_array_Type},
    {"ids", 3, 0, offsetof(schematic_features_list_response_params, ids), offsetof(schematic_features_list_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_features_list_response_params, limit), offsetof(schematic_features_list_response_params, has_limit), -1, &apic_type_int64},
    {"managed_by", 10, 0, offsetof(schematic_features_list_response_params, managed_by), offsetof(schematic_features_list_response_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"offset", 6, 0, offsetof(schematic_features_list_response_params, offset), offsetof(schematic_features_list_response_params, has_offset), -1, &apic_type_int64},
    {"plan_version_id", 15, 0, offsetof(schematic_features_list_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_features_list_response_params, q), -1, -1, &apic_type_string},
    {"without_company_override_for", 28, 0, offsetof(schematic_features_list_response_params, without_company_override_for), -1, -1, &apic_type_string},
    {"without_plan_entitlement_for", 28, 0, offsetof(schematic_features_list_response_params, without_plan_entitlement_for), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_features_list_response_params_desc = {
    "features_list_response.params", sizeof(schematic_features_list_response_params), schematic_features_list_response_params_desc_Fields, 10,
    offsetof(schematic_features_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_features_list_response_params_free(schematic_features_list_response_params *obj)
{
    apic_struct_free(&schematic_features_list_response_params_desc, obj);
}

int schematic_features_list_response_params_from_json(const char *json, size_t len, schematic_features_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_list_response_params_Type, json, len, &value, err);
    *out = (schematic_features_list_response_params *)value;
    return rc;
}

int schematic_features_list_response_params_to_json(const schematic_features_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_list_response_params_Type, obj, out, err);
}

/* features_create_response */
static const apic_field schematic_features_create_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_create_response, data), -1, -1, &schematic_feature_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_create_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_create_response_desc = {
    "features_create_response", sizeof(schematic_features_create_response), schematic_features_create_response_desc_Fields, 2,
    offsetof(schematic_features_create_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_create_response_free(schematic_features_create_response *obj)
{
    apic_struct_free(&schematic_features_create_response_desc, obj);
}

int schematic_features_create_response_from_json(const char *json, size_t len, schematic_features_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_create_response_Type, json, len, &value, err);
    *out = (schematic_features_create_response *)value;
    return rc;
}

int schematic_features_create_response_to_json(const schematic_features_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_create_response_Type, obj, out, err);
}

/* features_get_response */
static const apic_field schematic_features_get_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_get_response, data), -1, -1, &schematic_feature_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_get_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_get_response_desc = {
    "features_get_response", sizeof(schematic_features_get_response), schematic_features_get_response_desc_Fields, 2,
    offsetof(schematic_features_get_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_get_response_free(schematic_features_get_response *obj)
{
    apic_struct_free(&schematic_features_get_response_desc, obj);
}

int schematic_features_get_response_from_json(const char *json, size_t len, schematic_features_get_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_get_response_Type, json, len, &value, err);
    *out = (schematic_features_get_response *)value;
    return rc;
}

int schematic_features_get_response_to_json(const schematic_features_get_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_get_response_Type, obj, out, err);
}

/* features_update_response */
static const apic_field schematic_features_update_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_update_response, data), -1, -1, &schematic_feature_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_update_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_update_response_desc = {
    "features_update_response", sizeof(schematic_features_update_response), schematic_features_update_response_desc_Fields, 2,
    offsetof(schematic_features_update_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_update_response_free(schematic_features_update_response *obj)
{
    apic_struct_free(&schematic_features_update_response_desc, obj);
}

int schematic_features_update_response_from_json(const char *json, size_t len, schematic_features_update_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_update_response_Type, json, len, &value, err);
    *out = (schematic_features_update_response *)value;
    return rc;
}

int schematic_features_update_response_to_json(const schematic_features_update_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_update_response_Type, obj, out, err);
}

/* features_delete_response */
static const apic_field schematic_features_delete_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_delete_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_delete_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_delete_response_desc = {
    "features_delete_response", sizeof(schematic_features_delete_response), schematic_features_delete_response_desc_Fields, 2,
    offsetof(schematic_features_delete_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_delete_response_free(schematic_features_delete_response *obj)
{
    apic_struct_free(&schematic_features_delete_response_desc, obj);
}

int schematic_features_delete_response_from_json(const char *json, size_t len, schematic_features_delete_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_delete_response_Type, json, len, &value, err);
    *out = (schematic_features_delete_response *)value;
    return rc;
}

int schematic_features_delete_response_to_json(const schematic_features_delete_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_delete_response_Type, obj, out, err);
}

/* features_upsert_for_billing_product_response */
static const apic_field schematic_features_upsert_for_billing_product_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_upsert_for_billing_product_response, data), -1, -1, &schematic_feature_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_upsert_for_billing_product_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_upsert_for_billing_product_response_desc = {
    "features_upsert_for_billing_product_response", sizeof(schematic_features_upsert_for_billing_product_response), schematic_features_upsert_for_billing_product_response_desc_Fields, 2,
    offsetof(schematic_features_upsert_for_billing_product_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_upsert_for_billing_product_response_free(schematic_features_upsert_for_billing_product_response *obj)
{
    apic_struct_free(&schematic_features_upsert_for_billing_product_response_desc, obj);
}

int schematic_features_upsert_for_billing_product_response_from_json(const char *json, size_t len, schematic_features_upsert_for_billing_product_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_upsert_for_billing_product_response_Type, json, len, &value, err);
    *out = (schematic_features_upsert_for_billing_product_response *)value;
    return rc;
}

int schematic_features_upsert_for_billing_product_response_to_json(const schematic_features_upsert_for_billing_product_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_upsert_for_billing_product_response_Type, obj, out, err);
}

/* features_count_response */
static const apic_field schematic_features_count_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_count_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_count_response, params), -1, -1, &schematic_features_count_response_params_Type},
};
const apic_struct_desc schematic_features_count_response_desc = {
    "features_count_response", sizeof(schematic_features_count_response), schematic_features_count_response_desc_Fields, 2,
    offsetof(schematic_features_count_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_count_response_free(schematic_features_count_response *obj)
{
    apic_struct_free(&schematic_features_count_response_desc, obj);
}

int schematic_features_count_response_from_json(const char *json, size_t len, schematic_features_count_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_count_response_Type, json, len, &value, err);
    *out = (schematic_features_count_response *)value;
    return rc;
}

int schematic_features_count_response_to_json(const schematic_features_count_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_count_response_Type, obj, out, err);
}

/* features_count_response.params */
static const apic_field schematic_features_count_response_params_desc_Fields[] = {
    {"boolean_require_event", 21, 0, offsetof(schematic_features_count_response_params, boolean_require_event), offsetof(schematic_features_count_response_params, has_boolean_require_event), -1, &apic_type_bool},
    {"feature_type", 12, 0, offsetof(schematic_features_count_response_params, feature_type), offsetof(schematic_features_count_response_params, has_feature_type), -1, &schematic_feature_type_array_Type},
    {"ids", 3, 0, offsetof(schematic_features_count_response_params, ids), offsetof(schematic_features_count_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_features_count_response_params, limit), offsetof(schematic_features_count_response_params, has_limit), -1, &apic_type_int64},
    {"managed_by", 10, 0, offsetof(schematic_features_count_response_params, managed_by), offsetof(schematic_features_count_response_params, has_managed_by), -1, &schematic_billing_provider_type_Type},
    {"offset", 6, 0, offsetof(schematic_features_count_response_params, offset), offsetof(schematic_features_count_response_params, has_offset), -1, &apic_type_int64},
    {"plan_version_id", 15, 0, offsetof(schematic_features_count_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_features_count_response_params, q), -1, -1, &apic_type_string},
    {"without_company_override_for", 28, 0, offsetof(schematic_features_count_response_params, without_company_override_for), -1, -1, &apic_type_string},
    {"without_plan_entitlement_for", 28, 0, offsetof(schematic_features_count_response_params, without_plan_entitlement_for), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_features_count_response_params_desc = {
    "features_count_response.params", sizeof(schematic_features_count_response_params), schematic_features_count_response_params_desc_Fields, 10,
    offsetof(schematic_features_count_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_features_count_response_params_free(schematic_features_count_response_params *obj)
{
    apic_struct_free(&schematic_features_count_response_params_desc, obj);
}

int schematic_features_count_response_params_from_json(const char *json, size_t len, schematic_features_count_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_count_response_params_Type, json, len, &value, err);
    *out = (schematic_features_count_response_params *)value;
    return rc;
}

int schematic_features_count_response_params_to_json(const schematic_features_count_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_count_response_params_Type, obj, out, err);
}

/* features_list_flags_response */
static const apic_field schematic_features_list_flags_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_list_flags_response, data), -1, -1, &schematic_flag_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_list_flags_response, params), -1, -1, &schematic_features_list_flags_response_params_Type},
};
const apic_struct_desc schematic_features_list_flags_response_desc = {
    "features_list_flags_response", sizeof(schematic_features_list_flags_response), schematic_features_list_flags_response_desc_Fields, 2,
    offsetof(schematic_features_list_flags_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_list_flags_response_free(schematic_features_list_flags_response *obj)
{
    apic_struct_free(&schematic_features_list_flags_response_desc, obj);
}

int schematic_features_list_flags_response_from_json(const char *json, size_t len, schematic_features_list_flags_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_list_flags_response_Type, json, len, &value, err);
    *out = (schematic_features_list_flags_response *)value;
    return rc;
}

int schematic_features_list_flags_response_to_json(const schematic_features_list_flags_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_list_flags_response_Type, obj, out, err);
}

/* features_list_flags_response.params */
static const apic_field schematic_features_list_flags_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_features_list_flags_response_params, feature_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_features_list_flags_response_params, ids), offsetof(schematic_features_list_flags_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_features_list_flags_response_params, limit), offsetof(schematic_features_list_flags_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_features_list_flags_response_params, offset), offsetof(schematic_features_list_flags_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_features_list_flags_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_features_list_flags_response_params_desc = {
    "features_list_flags_response.params", sizeof(schematic_features_list_flags_response_params), schematic_features_list_flags_response_params_desc_Fields, 5,
    offsetof(schematic_features_list_flags_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_features_list_flags_response_params_free(schematic_features_list_flags_response_params *obj)
{
    apic_struct_free(&schematic_features_list_flags_response_params_desc, obj);
}

int schematic_features_list_flags_response_params_from_json(const char *json, size_t len, schematic_features_list_flags_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_list_flags_response_params_Type, json, len, &value, err);
    *out = (schematic_features_list_flags_response_params *)value;
    return rc;
}

int schematic_features_list_flags_response_params_to_json(const schematic_features_list_flags_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_list_flags_response_params_Type, obj, out, err);
}

/* features_create_flag_response */
static const apic_field schematic_features_create_flag_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_create_flag_response, data), -1, -1, &schematic_flag_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_create_flag_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_create_flag_response_desc = {
    "features_create_flag_response", sizeof(schematic_features_create_flag_response), schematic_features_create_flag_response_desc_Fields, 2,
    offsetof(schematic_features_create_flag_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_create_flag_response_free(schematic_features_create_flag_response *obj)
{
    apic_struct_free(&schematic_features_create_flag_response_desc, obj);
}

int schematic_features_create_flag_response_from_json(const char *json, size_t len, schematic_features_create_flag_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_create_flag_response_Type, json, len, &value, err);
    *out = (schematic_features_create_flag_response *)value;
    return rc;
}

int schematic_features_create_flag_response_to_json(const schematic_features_create_flag_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_create_flag_response_Type, obj, out, err);
}

/* features_get_flag_response */
static const apic_field schematic_features_get_flag_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_get_flag_response, data), -1, -1, &schematic_flag_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_get_flag_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_get_flag_response_desc = {
    "features_get_flag_response", sizeof(schematic_features_get_flag_response), schematic_features_get_flag_response_desc_Fields, 2,
    offsetof(schematic_features_get_flag_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_get_flag_response_free(schematic_features_get_flag_response *obj)
{
    apic_struct_free(&schematic_features_get_flag_response_desc, obj);
}

int schematic_features_get_flag_response_from_json(const char *json, size_t len, schematic_features_get_flag_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_get_flag_response_Type, json, len, &value, err);
    *out = (schematic_features_get_flag_response *)value;
    return rc;
}

int schematic_features_get_flag_response_to_json(const schematic_features_get_flag_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_get_flag_response_Type, obj, out, err);
}

/* features_update_flag_response */
static const apic_field schematic_features_update_flag_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_update_flag_response, data), -1, -1, &schematic_flag_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_update_flag_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_update_flag_response_desc = {
    "features_update_flag_response", sizeof(schematic_features_update_flag_response), schematic_features_update_flag_response_desc_Fields, 2,
    offsetof(schematic_features_update_flag_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_update_flag_response_free(schematic_features_update_flag_response *obj)
{
    apic_struct_free(&schematic_features_update_flag_response_desc, obj);
}

int schematic_features_update_flag_response_from_json(const char *json, size_t len, schematic_features_update_flag_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_update_flag_response_Type, json, len, &value, err);
    *out = (schematic_features_update_flag_response *)value;
    return rc;
}

int schematic_features_update_flag_response_to_json(const schematic_features_update_flag_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_update_flag_response_Type, obj, out, err);
}

/* features_delete_flag_response */
static const apic_field schematic_features_delete_flag_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_delete_flag_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_delete_flag_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_delete_flag_response_desc = {
    "features_delete_flag_response", sizeof(schematic_features_delete_flag_response), schematic_features_delete_flag_response_desc_Fields, 2,
    offsetof(schematic_features_delete_flag_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_delete_flag_response_free(schematic_features_delete_flag_response *obj)
{
    apic_struct_free(&schematic_features_delete_flag_response_desc, obj);
}

int schematic_features_delete_flag_response_from_json(const char *json, size_t len, schematic_features_delete_flag_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_delete_flag_response_Type, json, len, &value, err);
    *out = (schematic_features_delete_flag_response *)value;
    return rc;
}

int schematic_features_delete_flag_response_to_json(const schematic_features_delete_flag_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_delete_flag_response_Type, obj, out, err);
}

/* features_update_flag_rules_response */
static const apic_field schematic_features_update_flag_rules_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_update_flag_rules_response, data), -1, -1, &schematic_rules_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_update_flag_rules_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_update_flag_rules_response_desc = {
    "features_update_flag_rules_response", sizeof(schematic_features_update_flag_rules_response), schematic_features_update_flag_rules_response_desc_Fields, 2,
    offsetof(schematic_features_update_flag_rules_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_update_flag_rules_response_free(schematic_features_update_flag_rules_response *obj)
{
    apic_struct_free(&schematic_features_update_flag_rules_response_desc, obj);
}

int schematic_features_update_flag_rules_response_from_json(const char *json, size_t len, schematic_features_update_flag_rules_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_update_flag_rules_response_Type, json, len, &value, err);
    *out = (schematic_features_update_flag_rules_response *)value;
    return rc;
}

int schematic_features_update_flag_rules_response_to_json(const schematic_features_update_flag_rules_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_update_flag_rules_response_Type, obj, out, err);
}

/* features_check_flag_response */
static const apic_field schematic_features_check_flag_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_check_flag_response, data), -1, -1, &schematic_check_flag_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_check_flag_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_check_flag_response_desc = {
    "features_check_flag_response", sizeof(schematic_features_check_flag_response), schematic_features_check_flag_response_desc_Fields, 2,
    offsetof(schematic_features_check_flag_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_check_flag_response_free(schematic_features_check_flag_response *obj)
{
    apic_struct_free(&schematic_features_check_flag_response_desc, obj);
}

int schematic_features_check_flag_response_from_json(const char *json, size_t len, schematic_features_check_flag_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_check_flag_response_Type, json, len, &value, err);
    *out = (schematic_features_check_flag_response *)value;
    return rc;
}

int schematic_features_check_flag_response_to_json(const schematic_features_check_flag_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_check_flag_response_Type, obj, out, err);
}

/* features_check_flags_response */
static const apic_field schematic_features_check_flags_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_check_flags_response, data), -1, -1, &schematic_check_flags_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_check_flags_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_check_flags_response_desc = {
    "features_check_flags_response", sizeof(schematic_features_check_flags_response), schematic_features_check_flags_response_desc_Fields, 2,
    offsetof(schematic_features_check_flags_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_check_flags_response_free(schematic_features_check_flags_response *obj)
{
    apic_struct_free(&schematic_features_check_flags_response_desc, obj);
}

int schematic_features_check_flags_response_from_json(const char *json, size_t len, schematic_features_check_flags_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_check_flags_response_Type, json, len, &value, err);
    *out = (schematic_features_check_flags_response *)value;
    return rc;
}

int schematic_features_check_flags_response_to_json(const schematic_features_check_flags_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_check_flags_response_Type, obj, out, err);
}

/* features_check_flags_bulk_response */
static const apic_field schematic_features_check_flags_bulk_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_check_flags_bulk_response, data), -1, -1, &schematic_check_flags_bulk_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_check_flags_bulk_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_features_check_flags_bulk_response_desc = {
    "features_check_flags_bulk_response", sizeof(schematic_features_check_flags_bulk_response), schematic_features_check_flags_bulk_response_desc_Fields, 2,
    offsetof(schematic_features_check_flags_bulk_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_check_flags_bulk_response_free(schematic_features_check_flags_bulk_response *obj)
{
    apic_struct_free(&schematic_features_check_flags_bulk_response_desc, obj);
}

int schematic_features_check_flags_bulk_response_from_json(const char *json, size_t len, schematic_features_check_flags_bulk_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_check_flags_bulk_response_Type, json, len, &value, err);
    *out = (schematic_features_check_flags_bulk_response *)value;
    return rc;
}

int schematic_features_check_flags_bulk_response_to_json(const schematic_features_check_flags_bulk_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_check_flags_bulk_response_Type, obj, out, err);
}

/* features_count_flags_response */
static const apic_field schematic_features_count_flags_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_features_count_flags_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_features_count_flags_response, params), -1, -1, &schematic_features_count_flags_response_params_Type},
};
const apic_struct_desc schematic_features_count_flags_response_desc = {
    "features_count_flags_response", sizeof(schematic_features_count_flags_response), schematic_features_count_flags_response_desc_Fields, 2,
    offsetof(schematic_features_count_flags_response, unknown_fields),
    -1,
    NULL
};

void schematic_features_count_flags_response_free(schematic_features_count_flags_response *obj)
{
    apic_struct_free(&schematic_features_count_flags_response_desc, obj);
}

int schematic_features_count_flags_response_from_json(const char *json, size_t len, schematic_features_count_flags_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_count_flags_response_Type, json, len, &value, err);
    *out = (schematic_features_count_flags_response *)value;
    return rc;
}

int schematic_features_count_flags_response_to_json(const schematic_features_count_flags_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_count_flags_response_Type, obj, out, err);
}

/* features_count_flags_response.params */
static const apic_field schematic_features_count_flags_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_features_count_flags_response_params, feature_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_features_count_flags_response_params, ids), offsetof(schematic_features_count_flags_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_features_count_flags_response_params, limit), offsetof(schematic_features_count_flags_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_features_count_flags_response_params, offset), offsetof(schematic_features_count_flags_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_features_count_flags_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_features_count_flags_response_params_desc = {
    "features_count_flags_response.params", sizeof(schematic_features_count_flags_response_params), schematic_features_count_flags_response_params_desc_Fields, 5,
    offsetof(schematic_features_count_flags_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_features_count_flags_response_params_free(schematic_features_count_flags_response_params *obj)
{
    apic_struct_free(&schematic_features_count_flags_response_params_desc, obj);
}

int schematic_features_count_flags_response_params_from_json(const char *json, size_t len, schematic_features_count_flags_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_features_count_flags_response_params_Type, json, len, &value, err);
    *out = (schematic_features_count_flags_response_params *)value;
    return rc;
}

int schematic_features_count_flags_response_params_to_json(const schematic_features_count_flags_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_features_count_flags_response_params_Type, obj, out, err);
}

/* insights_get_activity_response */
static const apic_field schematic_insights_get_activity_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_insights_get_activity_response, data), -1, -1, &schematic_activity_response_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_insights_get_activity_response, params), -1, -1, &schematic_insights_get_activity_response_params_Type},
};
const apic_struct_desc schematic_insights_get_activity_response_desc = {
    "insights_get_activity_response", sizeof(schematic_insights_get_activity_response), schematic_insights_get_activity_response_desc_Fields, 2,
    offsetof(schematic_insights_get_activity_response, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_activity_response_free(schematic_insights_get_activity_response *obj)
{
    apic_struct_free(&schematic_insights_get_activity_response_desc, obj);
}

int schematic_insights_get_activity_response_from_json(const char *json, size_t len, schematic_insights_get_activity_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_activity_response_Type, json, len, &value, err);
    *out = (schematic_insights_get_activity_response *)value;
    return rc;
}

int schematic_insights_get_activity_response_to_json(const schematic_insights_get_activity_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_activity_response_Type, obj, out, err);
}

/* insights_get_activity_response.params */
static const apic_field schematic_insights_get_activity_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_insights_get_activity_response_params, limit), offsetof(schematic_insights_get_activity_response_params, has_limit), -1, &apic_type_int64},
};
const apic_struct_desc schematic_insights_get_activity_response_params_desc = {
    "insights_get_activity_response.params", sizeof(schematic_insights_get_activity_response_params), schematic_insights_get_activity_response_params_desc_Fields, 1,
    offsetof(schematic_insights_get_activity_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_activity_response_params_free(schematic_insights_get_activity_response_params *obj)
{
    apic_struct_free(&schematic_insights_get_activity_response_params_desc, obj);
}

int schematic_insights_get_activity_response_params_from_json(const char *json, size_t len, schematic_insights_get_activity_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_activity_response_params_Type, json, len, &value, err);
    *out = (schematic_insights_get_activity_response_params *)value;
    return rc;
}

int schematic_insights_get_activity_response_params_to_json(const schematic_insights_get_activity_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_activity_response_params_Type, obj, out, err);
}

/* insights_get_environment_feature_usage_time_series_response */
static const apic_field schematic_insights_get_environment_feature_usage_time_series_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_feature_usage_time_series_response, data), -1, -1, &schematic_environment_feature_usage_time_series_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_feature_usage_time_series_response, params), -1, -1, &schematic_insights_get_environment_feature_usage_time_series_response_params_Type},
};
const apic_struct_desc schematic_insights_get_environment_feature_usage_time_series_response_desc = {
    "insights_get_environment_feature_usage_time_series_response", sizeof(schematic_insights_get_environment_feature_usage_time_series_response), schematic_insights_get_environment_feature_usage_time_series_response_desc_Fields, 2,
    offsetof(schematic_insights_get_environment_feature_usage_time_series_response, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_environment_feature_usage_time_series_response_free(schematic_insights_get_environment_feature_usage_time_series_response *obj)
{
    apic_struct_free(&schematic_insights_get_environment_feature_usage_time_series_response_desc, obj);
}

int schematic_insights_get_environment_feature_usage_time_series_response_from_json(const char *json, size_t len, schematic_insights_get_environment_feature_usage_time_series_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_environment_feature_usage_time_series_response_Type, json, len, &value, err);
    *out = (schematic_insights_get_environment_feature_usage_time_series_response *)value;
    return rc;
}

int schematic_insights_get_environment_feature_usage_time_series_response_to_json(const schematic_insights_get_environment_feature_usage_time_series_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_environment_feature_usage_time_series_response_Type, obj, out, err);
}

/* insights_get_environment_feature_usage_time_series_response.params */
static const apic_field schematic_insights_get_environment_feature_usage_time_series_response_params_desc_Fields[] = {
    {"end_time", 8, 0, offsetof(schematic_insights_get_environment_feature_usage_time_series_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, 0, offsetof(schematic_insights_get_environment_feature_usage_time_series_response_params, feature_id), -1, -1, &apic_type_string},
    {"granularity", 11, 0, offsetof(schematic_insights_get_environment_feature_usage_time_series_response_params, granularity), offsetof(schematic_insights_get_environment_feature_usage_time_series_response_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"start_time", 10, 0, offsetof(schematic_insights_get_environment_feature_usage_time_series_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_insights_get_environment_feature_usage_time_series_response_params_desc = {
    "insights_get_environment_feature_usage_time_series_response.params", sizeof(schematic_insights_get_environment_feature_usage_time_series_response_params), schematic_insights_get_environment_feature_usage_time_series_response_params_desc_Fields, 4,
    offsetof(schematic_insights_get_environment_feature_usage_time_series_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_environment_feature_usage_time_series_response_params_free(schematic_insights_get_environment_feature_usage_time_series_response_params *obj)
{
    apic_struct_free(&schematic_insights_get_environment_feature_usage_time_series_response_params_desc, obj);
}

int schematic_insights_get_environment_feature_usage_time_series_response_params_from_json(const char *json, size_t len, schematic_insights_get_environment_feature_usage_time_series_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_environment_feature_usage_time_series_response_params_Type, json, len, &value, err);
    *out = (schematic_insights_get_environment_feature_usage_time_series_response_params *)value;
    return rc;
}

int schematic_insights_get_environment_feature_usage_time_series_response_params_to_json(const schematic_insights_get_environment_feature_usage_time_series_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_environment_feature_usage_time_series_response_params_Type, obj, out, err);
}

/* insights_get_plan_growth_response */
static const apic_field schematic_insights_get_plan_growth_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_insights_get_plan_growth_response, data), -1, -1, &schematic_plan_growth_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_insights_get_plan_growth_response, params), -1, -1, &schematic_insights_get_plan_growth_response_params_Type},
};
const apic_struct_desc schematic_insights_get_plan_growth_response_desc = {
    "insights_get_plan_growth_response", sizeof(schematic_insights_get_plan_growth_response), schematic_insights_get_plan_growth_response_desc_Fields, 2,
    offsetof(schematic_insights_get_plan_growth_response, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_plan_growth_response_free(schematic_insights_get_plan_growth_response *obj)
{
    apic_struct_free(&schematic_insights_get_plan_growth_response_desc, obj);
}

int schematic_insights_get_plan_growth_response_from_json(const char *json, size_t len, schematic_insights_get_plan_growth_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_plan_growth_response_Type, json, len, &value, err);
    *out = (schematic_insights_get_plan_growth_response *)value;
    return rc;
}

int schematic_insights_get_plan_growth_response_to_json(const schematic_insights_get_plan_growth_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_plan_growth_response_Type, obj, out, err);
}

/* insights_get_plan_growth_response.params */
static const apic_field schematic_insights_get_plan_growth_response_params_desc_Fields[] = {
    {"months", 6, 0, offsetof(schematic_insights_get_plan_growth_response_params, months), offsetof(schematic_insights_get_plan_growth_response_params, has_months), -1, &apic_type_int64},
};
const apic_struct_desc schematic_insights_get_plan_growth_response_params_desc = {
    "insights_get_plan_growth_response.params", sizeof(schematic_insights_get_plan_growth_response_params), schematic_insights_get_plan_growth_response_params_desc_Fields, 1,
    offsetof(schematic_insights_get_plan_growth_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_plan_growth_response_params_free(schematic_insights_get_plan_growth_response_params *obj)
{
    apic_struct_free(&schematic_insights_get_plan_growth_response_params_desc, obj);
}

int schematic_insights_get_plan_growth_response_params_from_json(const char *json, size_t len, schematic_insights_get_plan_growth_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_plan_growth_response_params_Type, json, len, &value, err);
    *out = (schematic_insights_get_plan_growth_response_params *)value;
    return rc;
}

int schematic_insights_get_plan_growth_response_params_to_json(const schematic_insights_get_plan_growth_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_plan_growth_response_params_Type, obj, out, err);
}

/* insights_get_summary_response */
static const apic_field schematic_insights_get_summary_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_insights_get_summary_response, data), -1, -1, &schematic_insights_summary_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_insights_get_summary_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_insights_get_summary_response_desc = {
    "insights_get_summary_response", sizeof(schematic_insights_get_summary_response), schematic_insights_get_summary_response_desc_Fields, 2,
    offsetof(schematic_insights_get_summary_response, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_summary_response_free(schematic_insights_get_summary_response *obj)
{
    apic_struct_free(&schematic_insights_get_summary_response_desc, obj);
}

int schematic_insights_get_summary_response_from_json(const char *json, size_t len, schematic_insights_get_summary_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_summary_response_Type, json, len, &value, err);
    *out = (schematic_insights_get_summary_response *)value;
    return rc;
}

int schematic_insights_get_summary_response_to_json(const schematic_insights_get_summary_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_summary_response_Type, obj, out, err);
}

/* insights_get_top_features_by_usage_response */
static const apic_field schematic_insights_get_top_features_by_usage_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_insights_get_top_features_by_usage_response, data), -1, -1, &schematic_top_features_by_usage_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_insights_get_top_features_by_usage_response, params), -1, -1, &schematic_insights_get_top_features_by_usage_response_params_Type},
};
const apic_struct_desc schematic_insights_get_top_features_by_usage_response_desc = {
    "insights_get_top_features_by_usage_response", sizeof(schematic_insights_get_top_features_by_usage_response), schematic_insights_get_top_features_by_usage_response_desc_Fields, 2,
    offsetof(schematic_insights_get_top_features_by_usage_response, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_top_features_by_usage_response_free(schematic_insights_get_top_features_by_usage_response *obj)
{
    apic_struct_free(&schematic_insights_get_top_features_by_usage_response_desc, obj);
}

int schematic_insights_get_top_features_by_usage_response_from_json(const char *json, size_t len, schematic_insights_get_top_features_by_usage_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_top_features_by_usage_response_Type, json, len, &value, err);
    *out = (schematic_insights_get_top_features_by_usage_response *)value;
    return rc;
}

int schematic_insights_get_top_features_by_usage_response_to_json(const schematic_insights_get_top_features_by_usage_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_top_features_by_usage_response_Type, obj, out, err);
}

/* insights_get_top_features_by_usage_response.params */
static const apic_field schematic_insights_get_top_features_by_usage_response_params_desc_Fields[] = {
    {"end_time", 8, 0, offsetof(schematic_insights_get_top_features_by_usage_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"limit", 5, 0, offsetof(schematic_insights_get_top_features_by_usage_response_params, limit), offsetof(schematic_insights_get_top_features_by_usage_response_params, has_limit), -1, &apic_type_int64},
    {"start_time", 10, 0, offsetof(schematic_insights_get_top_features_by_usage_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_insights_get_top_features_by_usage_response_params_desc = {
    "insights_get_top_features_by_usage_response.params", sizeof(schematic_insights_get_top_features_by_usage_response_params), schematic_insights_get_top_features_by_usage_response_params_desc_Fields, 3,
    offsetof(schematic_insights_get_top_features_by_usage_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_top_features_by_usage_response_params_free(schematic_insights_get_top_features_by_usage_response_params *obj)
{
    apic_struct_free(&schematic_insights_get_top_features_by_usage_response_params_desc, obj);
}

int schematic_insights_get_top_features_by_usage_response_params_from_json(const char *json, size_t len, schematic_insights_get_top_features_by_usage_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_top_features_by_usage_response_params_Type, json, len, &value, err);
    *out = (schematic_insights_get_top_features_by_usage_response_params *)value;
    return rc;
}

int schematic_insights_get_top_features_by_usage_response_params_to_json(const schematic_insights_get_top_features_by_usage_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_top_features_by_usage_response_params_Type, obj, out, err);
}

/* insights_get_environment_trait_usage_time_series_response */
static const apic_field schematic_insights_get_environment_trait_usage_time_series_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_trait_usage_time_series_response, data), -1, -1, &schematic_environment_trait_usage_time_series_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_insights_get_environment_trait_usage_time_series_response, params), -1, -1, &schematic_insights_get_environment_trait_usage_time_series_response_params_Type},
};
const apic_struct_desc schematic_insights_get_environment_trait_usage_time_series_response_desc = {
    "insights_get_environment_trait_usage_time_series_response", sizeof(schematic_insights_get_environment_trait_usage_time_series_response), schematic_insights_get_environment_trait_usage_time_series_response_desc_Fields, 2,
    offsetof(schematic_insights_get_environment_trait_usage_time_series_response, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_environment_trait_usage_time_series_response_free(schematic_insights_get_environment_trait_usage_time_series_response *obj)
{
    apic_struct_free(&schematic_insights_get_environment_trait_usage_time_series_response_desc, obj);
}

int schematic_insights_get_environment_trait_usage_time_series_response_from_json(const char *json, size_t len, schematic_insights_get_environment_trait_usage_time_series_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_environment_trait_usage_time_series_response_Type, json, len, &value, err);
    *out = (schematic_insights_get_environment_trait_usage_time_series_response *)value;
    return rc;
}

int schematic_insights_get_environment_trait_usage_time_series_response_to_json(const schematic_insights_get_environment_trait_usage_time_series_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_environment_trait_usage_time_series_response_Type, obj, out, err);
}

/* insights_get_environment_trait_usage_time_series_response.params */
static const apic_field schematic_insights_get_environment_trait_usage_time_series_response_params_desc_Fields[] = {
    {"end_time", 8, 0, offsetof(schematic_insights_get_environment_trait_usage_time_series_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, 0, offsetof(schematic_insights_get_environment_trait_usage_time_series_response_params, feature_id), -1, -1, &apic_type_string},
    {"granularity", 11, 0, offsetof(schematic_insights_get_environment_trait_usage_time_series_response_params, granularity), offsetof(schematic_insights_get_environment_trait_usage_time_series_response_params, has_granularity), -1, &schematic_time_series_granularity_Type},
    {"start_time", 10, 0, offsetof(schematic_insights_get_environment_trait_usage_time_series_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_insights_get_environment_trait_usage_time_series_response_params_desc = {
    "insights_get_environment_trait_usage_time_series_response.params", sizeof(schematic_insights_get_environment_trait_usage_time_series_response_params), schematic_insights_get_environment_trait_usage_time_series_response_params_desc_Fields, 4,
    offsetof(schematic_insights_get_environment_trait_usage_time_series_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_insights_get_environment_trait_usage_time_series_response_params_free(schematic_insights_get_environment_trait_usage_time_series_response_params *obj)
{
    apic_struct_free(&schematic_insights_get_environment_trait_usage_time_series_response_params_desc, obj);
}

int schematic_insights_get_environment_trait_usage_time_series_response_params_from_json(const char *json, size_t len, schematic_insights_get_environment_trait_usage_time_series_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_get_environment_trait_usage_time_series_response_params_Type, json, len, &value, err);
    *out = (schematic_insights_get_environment_trait_usage_time_series_response_params *)value;
    return rc;
}

int schematic_insights_get_environment_trait_usage_time_series_response_params_to_json(const schematic_insights_get_environment_trait_usage_time_series_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_get_environment_trait_usage_time_series_response_params_Type, obj, out, err);
}

/* integrationsapi_run_integration_response */
static const apic_field schematic_integrationsapi_run_integration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_run_integration_response, data), -1, -1, &schematic_integrations_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_run_integration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_run_integration_response_desc = {
    "integrationsapi_run_integration_response", sizeof(schematic_integrationsapi_run_integration_response), schematic_integrationsapi_run_integration_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_run_integration_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_run_integration_response_free(schematic_integrationsapi_run_integration_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_run_integration_response_desc, obj);
}

int schematic_integrationsapi_run_integration_response_from_json(const char *json, size_t len, schematic_integrationsapi_run_integration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_run_integration_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_run_integration_response *)value;
    return rc;
}

int schematic_integrationsapi_run_integration_response_to_json(const schematic_integrationsapi_run_integration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_run_integration_response_Type, obj, out, err);
}

/* integrationsapi_list_integrations_response */
static const apic_field schematic_integrationsapi_list_integrations_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_list_integrations_response, data), -1, -1, &schematic_integrations_list_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_list_integrations_response, params), -1, -1, &schematic_integrationsapi_list_integrations_response_params_Type},
};
const apic_struct_desc schematic_integrationsapi_list_integrations_response_desc = {
    "integrationsapi_list_integrations_response", sizeof(schematic_integrationsapi_list_integrations_response), schematic_integrationsapi_list_integrations_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_list_integrations_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_list_integrations_response_free(schematic_integrationsapi_list_integrations_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_list_integrations_response_desc, obj);
}

int schematic_integrationsapi_list_integrations_response_from_json(const char *json, size_t len, schematic_integrationsapi_list_integrations_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_list_integrations_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_list_integrations_response *)value;
    return rc;
}

int schematic_integrationsapi_list_integrations_response_to_json(const schematic_integrationsapi_list_integrations_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_list_integrations_response_Type, obj, out, err);
}

/* integrationsapi_list_integrations_response.params */
static const apic_field schematic_integrationsapi_list_integrations_response_params_desc_Fields[] = {
    {"billing_only", 12, 0, offsetof(schematic_integrationsapi_list_integrations_response_params, billing_only), offsetof(schematic_integrationsapi_list_integrations_response_params, has_billing_only), -1, &apic_type_bool},
    {"exclude_ids", 11, 0, offsetof(schematic_integrationsapi_list_integrations_response_params, exclude_ids), offsetof(schematic_integrationsapi_list_integrations_response_params, has_exclude_ids), -1, &schematic_string_array_Type},
    {"id", 2, 0, offsetof(schematic_integrationsapi_list_integrations_response_params, id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_integrationsapi_list_integrations_response_params, limit), offsetof(schematic_integrationsapi_list_integrations_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_integrationsapi_list_integrations_response_params, offset), offsetof(schematic_integrationsapi_list_integrations_response_params, has_offset), -1, &apic_type_int64},
    {"state", 5, 0, offsetof(schematic_integrationsapi_list_integrations_response_params, state), offsetof(schematic_integrationsapi_list_integrations_response_params, has_state), -1, &schematic_integration_state_Type},
    {"type", 4, 0, offsetof(schematic_integrationsapi_list_integrations_response_params, type), offsetof(schematic_integrationsapi_list_integrations_response_params, has_type), -1, &schematic_integration_type_Type},
};
const apic_struct_desc schematic_integrationsapi_list_integrations_response_params_desc = {
    "integrationsapi_list_integrations_response.params", sizeof(schematic_integrationsapi_list_integrations_response_params), schematic_integrationsapi_list_integrations_response_params_desc_Fields, 7,
    offsetof(schematic_integrationsapi_list_integrations_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_list_integrations_response_params_free(schematic_integrationsapi_list_integrations_response_params *obj)
{
    apic_struct_free(&schematic_integrationsapi_list_integrations_response_params_desc, obj);
}

int schematic_integrationsapi_list_integrations_response_params_from_json(const char *json, size_t len, schematic_integrationsapi_list_integrations_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_list_integrations_response_params_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_list_integrations_response_params *)value;
    return rc;
}

int schematic_integrationsapi_list_integrations_response_params_to_json(const schematic_integrationsapi_list_integrations_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_list_integrations_response_params_Type, obj, out, err);
}

/* integrationsapi_get_integration_webhook_url_response */
static const apic_field schematic_integrationsapi_get_integration_webhook_url_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_get_integration_webhook_url_response, data), -1, -1, &schematic_integration_webhook_url_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_get_integration_webhook_url_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_get_integration_webhook_url_response_desc = {
    "integrationsapi_get_integration_webhook_url_response", sizeof(schematic_integrationsapi_get_integration_webhook_url_response), schematic_integrationsapi_get_integration_webhook_url_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_get_integration_webhook_url_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_get_integration_webhook_url_response_free(schematic_integrationsapi_get_integration_webhook_url_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_get_integration_webhook_url_response_desc, obj);
}

int schematic_integrationsapi_get_integration_webhook_url_response_from_json(const char *json, size_t len, schematic_integrationsapi_get_integration_webhook_url_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_get_integration_webhook_url_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_get_integration_webhook_url_response *)value;
    return rc;
}

int schematic_integrationsapi_get_integration_webhook_url_response_to_json(const schematic_integrationsapi_get_integration_webhook_url_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_get_integration_webhook_url_response_Type, obj, out, err);
}

/* integrationsapi_install_integration_response */
static const apic_field schematic_integrationsapi_install_integration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_install_integration_response, data), -1, -1, &schematic_integration_install_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_install_integration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_install_integration_response_desc = {
    "integrationsapi_install_integration_response", sizeof(schematic_integrationsapi_install_integration_response), schematic_integrationsapi_install_integration_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_install_integration_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_install_integration_response_free(schematic_integrationsapi_install_integration_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_install_integration_response_desc, obj);
}

int schematic_integrationsapi_install_integration_response_from_json(const char *json, size_t len, schematic_integrationsapi_install_integration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_install_integration_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_install_integration_response *)value;
    return rc;
}

int schematic_integrationsapi_install_integration_response_to_json(const schematic_integrationsapi_install_integration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_install_integration_response_Type, obj, out, err);
}

/* integrationsapi_start_data_import_response */
static const apic_field schematic_integrationsapi_start_data_import_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_start_data_import_response, data), -1, -1, &schematic_integrations_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_start_data_import_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_start_data_import_response_desc = {
    "integrationsapi_start_data_import_response", sizeof(schematic_integrationsapi_start_data_import_response), schematic_integrationsapi_start_data_import_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_start_data_import_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_start_data_import_response_free(schematic_integrationsapi_start_data_import_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_start_data_import_response_desc, obj);
}

int schematic_integrationsapi_start_data_import_response_from_json(const char *json, size_t len, schematic_integrationsapi_start_data_import_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_start_data_import_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_start_data_import_response *)value;
    return rc;
}

int schematic_integrationsapi_start_data_import_response_to_json(const schematic_integrationsapi_start_data_import_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_start_data_import_response_Type, obj, out, err);
}

/* integrationsapi_load_sample_data_set_response */
static const apic_field schematic_integrationsapi_load_sample_data_set_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_load_sample_data_set_response, data), -1, -1, &schematic_integrations_data_set_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_load_sample_data_set_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_load_sample_data_set_response_desc = {
    "integrationsapi_load_sample_data_set_response", sizeof(schematic_integrationsapi_load_sample_data_set_response), schematic_integrationsapi_load_sample_data_set_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_load_sample_data_set_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_load_sample_data_set_response_free(schematic_integrationsapi_load_sample_data_set_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_load_sample_data_set_response_desc, obj);
}

int schematic_integrationsapi_load_sample_data_set_response_from_json(const char *json, size_t len, schematic_integrationsapi_load_sample_data_set_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_load_sample_data_set_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_load_sample_data_set_response *)value;
    return rc;
}

int schematic_integrationsapi_load_sample_data_set_response_to_json(const schematic_integrationsapi_load_sample_data_set_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_load_sample_data_set_response_Type, obj, out, err);
}

/* integrationsapi_assume_stripe_installed_response */
static const apic_field schematic_integrationsapi_assume_stripe_installed_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_assume_stripe_installed_response, data), -1, -1, &schematic_integration_install_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_assume_stripe_installed_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_assume_stripe_installed_response_desc = {
    "integrationsapi_assume_stripe_installed_response", sizeof(schematic_integrationsapi_assume_stripe_installed_response), schematic_integrationsapi_assume_stripe_installed_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_assume_stripe_installed_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_assume_stripe_installed_response_free(schematic_integrationsapi_assume_stripe_installed_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_assume_stripe_installed_response_desc, obj);
}

int schematic_integrationsapi_assume_stripe_installed_response_from_json(const char *json, size_t len, schematic_integrationsapi_assume_stripe_installed_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_assume_stripe_installed_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_assume_stripe_installed_response *)value;
    return rc;
}

int schematic_integrationsapi_assume_stripe_installed_response_to_json(const schematic_integrationsapi_assume_stripe_installed_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_assume_stripe_installed_response_Type, obj, out, err);
}

/* integrationsapi_install_stripe_response */
static const apic_field schematic_integrationsapi_install_stripe_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_install_stripe_response, data), -1, -1, &schematic_integration_install_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_install_stripe_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_install_stripe_response_desc = {
    "integrationsapi_install_stripe_response", sizeof(schematic_integrationsapi_install_stripe_response), schematic_integrationsapi_install_stripe_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_install_stripe_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_install_stripe_response_free(schematic_integrationsapi_install_stripe_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_install_stripe_response_desc, obj);
}

int schematic_integrationsapi_install_stripe_response_from_json(const char *json, size_t len, schematic_integrationsapi_install_stripe_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_install_stripe_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_install_stripe_response *)value;
    return rc;
}

int schematic_integrationsapi_install_stripe_response_to_json(const schematic_integrationsapi_install_stripe_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_install_stripe_response_Type, obj, out, err);
}

/* integrationsapi_uninstall_integration_response */
static const apic_field schematic_integrationsapi_uninstall_integration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_uninstall_integration_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_uninstall_integration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_integrationsapi_uninstall_integration_response_desc = {
    "integrationsapi_uninstall_integration_response", sizeof(schematic_integrationsapi_uninstall_integration_response), schematic_integrationsapi_uninstall_integration_response_desc_Fields, 2,
    offsetof(schematic_integrationsapi_uninstall_integration_response, unknown_fields),
    -1,
    NULL
};

void schematic_integrationsapi_uninstall_integration_response_free(schematic_integrationsapi_uninstall_integration_response *obj)
{
    apic_struct_free(&schematic_integrationsapi_uninstall_integration_response_desc, obj);
}

int schematic_integrationsapi_uninstall_integration_response_from_json(const char *json, size_t len, schematic_integrationsapi_uninstall_integration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrationsapi_uninstall_integration_response_Type, json, len, &value, err);
    *out = (schematic_integrationsapi_uninstall_integration_response *)value;
    return rc;
}

int schematic_integrationsapi_uninstall_integration_response_to_json(const schematic_integrationsapi_uninstall_integration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrationsapi_uninstall_integration_response_Type, obj, out, err);
}

/* licenses_list_response */
static const apic_field schematic_licenses_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_licenses_list_response, data), -1, -1, &schematic_license_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_licenses_list_response, params), -1, -1, &schematic_licenses_list_response_params_Type},
};
const apic_struct_desc schematic_licenses_list_response_desc = {
    "licenses_list_response", sizeof(schematic_licenses_list_response), schematic_licenses_list_response_desc_Fields, 2,
    offsetof(schematic_licenses_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_licenses_list_response_free(schematic_licenses_list_response *obj)
{
    apic_struct_free(&schematic_licenses_list_response_desc, obj);
}

int schematic_licenses_list_response_from_json(const char *json, size_t len, schematic_licenses_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_licenses_list_response_Type, json, len, &value, err);
    *out = (schematic_licenses_list_response *)value;
    return rc;
}

int schematic_licenses_list_response_to_json(const schematic_licenses_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_licenses_list_response_Type, obj, out, err);
}

/* licenses_list_response.params */
static const apic_field schematic_licenses_list_response_params_desc_Fields[] = {
    {"feature_ids", 11, 0, offsetof(schematic_licenses_list_response_params, feature_ids), offsetof(schematic_licenses_list_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_licenses_list_response_params, ids), offsetof(schematic_licenses_list_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_licenses_list_response_params, limit), offsetof(schematic_licenses_list_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_licenses_list_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_licenses_list_response_params, offset), offsetof(schematic_licenses_list_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_licenses_list_response_params_desc = {
    "licenses_list_response.params", sizeof(schematic_licenses_list_response_params), schematic_licenses_list_response_params_desc_Fields, 5,
    offsetof(schematic_licenses_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_licenses_list_response_params_free(schematic_licenses_list_response_params *obj)
{
    apic_struct_free(&schematic_licenses_list_response_params_desc, obj);
}

int schematic_licenses_list_response_params_from_json(const char *json, size_t len, schematic_licenses_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_licenses_list_response_params_Type, json, len, &value, err);
    *out = (schematic_licenses_list_response_params *)value;
    return rc;
}

int schematic_licenses_list_response_params_to_json(const schematic_licenses_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_licenses_list_response_params_Type, obj, out, err);
}

/* licenses_get_single_response */
static const apic_field schematic_licenses_get_single_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_licenses_get_single_response, data), -1, -1, &schematic_license_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_licenses_get_single_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_licenses_get_single_response_desc = {
    "licenses_get_single_response", sizeof(schematic_licenses_get_single_response), schematic_licenses_get_single_response_desc_Fields, 2,
    offsetof(schematic_licenses_get_single_response, unknown_fields),
    -1,
    NULL
};

void schematic_licenses_get_single_response_free(schematic_licenses_get_single_response *obj)
{
    apic_struct_free(&schematic_licenses_get_single_response_desc, obj);
}

int schematic_licenses_get_single_response_from_json(const char *json, size_t len, schematic_licenses_get_single_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_licenses_get_single_response_Type, json, len, &value, err);
    *out = (schematic_licenses_get_single_response *)value;
    return rc;
}

int schematic_licenses_get_single_response_to_json(const schematic_licenses_get_single_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_licenses_get_single_response_Type, obj, out, err);
}

/* licenses_count_response */
static const apic_field schematic_licenses_count_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_licenses_count_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_licenses_count_response, params), -1, -1, &schematic_licenses_count_response_params_Type},
};
const apic_struct_desc schematic_licenses_count_response_desc = {
    "licenses_count_response", sizeof(schematic_licenses_count_response), schematic_licenses_count_response_desc_Fields, 2,
    offsetof(schematic_licenses_count_response, unknown_fields),
    -1,
    NULL
};

void schematic_licenses_count_response_free(schematic_licenses_count_response *obj)
{
    apic_struct_free(&schematic_licenses_count_response_desc, obj);
}

int schematic_licenses_count_response_from_json(const char *json, size_t len, schematic_licenses_count_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_licenses_count_response_Type, json, len, &value, err);
    *out = (schematic_licenses_count_response *)value;
    return rc;
}

int schematic_licenses_count_response_to_json(const schematic_licenses_count_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_licenses_count_response_Type, obj, out, err);
}

/* licenses_count_response.params */
static const apic_field schematic_licenses_count_response_params_desc_Fields[] = {
    {"feature_ids", 11, 0, offsetof(schematic_licenses_count_response_params, feature_ids), offsetof(schematic_licenses_count_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_licenses_count_response_params, ids), offsetof(schematic_licenses_count_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_licenses_count_response_params, limit), offsetof(schematic_licenses_count_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_licenses_count_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_licenses_count_response_params, offset), offsetof(schematic_licenses_count_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_licenses_count_response_params_desc = {
    "licenses_count_response.params", sizeof(schematic_licenses_count_response_params), schematic_licenses_count_response_params_desc_Fields, 5,
    offsetof(schematic_licenses_count_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_licenses_count_response_params_free(schematic_licenses_count_response_params *obj)
{
    apic_struct_free(&schematic_licenses_count_response_params_desc, obj);
}

int schematic_licenses_count_response_params_from_json(const char *json, size_t len, schematic_licenses_count_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_licenses_count_response_params_Type, json, len, &value, err);
    *out = (schematic_licenses_count_response_params *)value;
    return rc;
}

int schematic_licenses_count_response_params_to_json(const schematic_licenses_count_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_licenses_count_response_params_Type, obj, out, err);
}

/* checkout_manage_plan_response */
static const apic_field schematic_checkout_manage_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_manage_plan_response, data), -1, -1, &schematic_manage_plan_response_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_manage_plan_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_manage_plan_response_desc = {
    "checkout_manage_plan_response", sizeof(schematic_checkout_manage_plan_response), schematic_checkout_manage_plan_response_desc_Fields, 2,
    offsetof(schematic_checkout_manage_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_manage_plan_response_free(schematic_checkout_manage_plan_response *obj)
{
    apic_struct_free(&schematic_checkout_manage_plan_response_desc, obj);
}

int schematic_checkout_manage_plan_response_from_json(const char *json, size_t len, schematic_checkout_manage_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_manage_plan_response_Type, json, len, &value, err);
    *out = (schematic_checkout_manage_plan_response *)value;
    return rc;
}

int schematic_checkout_manage_plan_response_to_json(const schematic_checkout_manage_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_manage_plan_response_Type, obj, out, err);
}

/* checkout_preview_manage_plan_response */
static const apic_field schematic_checkout_preview_manage_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_preview_manage_plan_response, data), -1, -1, &schematic_manage_plan_preview_response_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_preview_manage_plan_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_preview_manage_plan_response_desc = {
    "checkout_preview_manage_plan_response", sizeof(schematic_checkout_preview_manage_plan_response), schematic_checkout_preview_manage_plan_response_desc_Fields, 2,
    offsetof(schematic_checkout_preview_manage_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_preview_manage_plan_response_free(schematic_checkout_preview_manage_plan_response *obj)
{
    apic_struct_free(&schematic_checkout_preview_manage_plan_response_desc, obj);
}

int schematic_checkout_preview_manage_plan_response_from_json(const char *json, size_t len, schematic_checkout_preview_manage_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_preview_manage_plan_response_Type, json, len, &value, err);
    *out = (schematic_checkout_preview_manage_plan_response *)value;
    return rc;
}

int schematic_checkout_preview_manage_plan_response_to_json(const schematic_checkout_preview_manage_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_preview_manage_plan_response_Type, obj, out, err);
}

/* checkout_cancel_subscription_response */
static const apic_field schematic_checkout_cancel_subscription_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_cancel_subscription_response, data), -1, -1, &schematic_manage_plan_response_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_cancel_subscription_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_cancel_subscription_response_desc = {
    "checkout_cancel_subscription_response", sizeof(schematic_checkout_cancel_subscription_response), schematic_checkout_cancel_subscription_response_desc_Fields, 2,
    offsetof(schematic_checkout_cancel_subscription_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_cancel_subscription_response_free(schematic_checkout_cancel_subscription_response *obj)
{
    apic_struct_free(&schematic_checkout_cancel_subscription_response_desc, obj);
}

int schematic_checkout_cancel_subscription_response_from_json(const char *json, size_t len, schematic_checkout_cancel_subscription_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_cancel_subscription_response_Type, json, len, &value, err);
    *out = (schematic_checkout_cancel_subscription_response *)value;
    return rc;
}

int schematic_checkout_cancel_subscription_response_to_json(const schematic_checkout_cancel_subscription_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_cancel_subscription_response_Type, obj, out, err);
}

/* accounts_get_onboarding_state_response */
static const apic_field schematic_accounts_get_onboarding_state_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_get_onboarding_state_response, data), -1, -1, &schematic_get_onboarding_state_resp_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_get_onboarding_state_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_get_onboarding_state_response_desc = {
    "accounts_get_onboarding_state_response", sizeof(schematic_accounts_get_onboarding_state_response), schematic_accounts_get_onboarding_state_response_desc_Fields, 2,
    offsetof(schematic_accounts_get_onboarding_state_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_get_onboarding_state_response_free(schematic_accounts_get_onboarding_state_response *obj)
{
    apic_struct_free(&schematic_accounts_get_onboarding_state_response_desc, obj);
}

int schematic_accounts_get_onboarding_state_response_from_json(const char *json, size_t len, schematic_accounts_get_onboarding_state_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_get_onboarding_state_response_Type, json, len, &value, err);
    *out = (schematic_accounts_get_onboarding_state_response *)value;
    return rc;
}

int schematic_accounts_get_onboarding_state_response_to_json(const schematic_accounts_get_onboarding_state_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_get_onboarding_state_response_Type, obj, out, err);
}

/* accounts_update_onboarding_state_response */
static const apic_field schematic_accounts_update_onboarding_state_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_update_onboarding_state_response, data), -1, -1, &schematic_get_onboarding_state_resp_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_update_onboarding_state_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_update_onboarding_state_response_desc = {
    "accounts_update_onboarding_state_response", sizeof(schematic_accounts_update_onboarding_state_response), schematic_accounts_update_onboarding_state_response_desc_Fields, 2,
    offsetof(schematic_accounts_update_onboarding_state_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_update_onboarding_state_response_free(schematic_accounts_update_onboarding_state_response *obj)
{
    apic_struct_free(&schematic_accounts_update_onboarding_state_response_desc, obj);
}

int schematic_accounts_update_onboarding_state_response_from_json(const char *json, size_t len, schematic_accounts_update_onboarding_state_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_update_onboarding_state_response_Type, json, len, &value, err);
    *out = (schematic_accounts_update_onboarding_state_response *)value;
    return rc;
}

int schematic_accounts_update_onboarding_state_response_to_json(const schematic_accounts_update_onboarding_state_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_update_onboarding_state_response_Type, obj, out, err);
}

/* planbundle_create_plan_bundle_response */
static const apic_field schematic_planbundle_create_plan_bundle_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planbundle_create_plan_bundle_response, data), -1, -1, &schematic_plan_bundle_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planbundle_create_plan_bundle_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planbundle_create_plan_bundle_response_desc = {
    "planbundle_create_plan_bundle_response", sizeof(schematic_planbundle_create_plan_bundle_response), schematic_planbundle_create_plan_bundle_response_desc_Fields, 2,
    offsetof(schematic_planbundle_create_plan_bundle_response, unknown_fields),
    -1,
    NULL
};

void schematic_planbundle_create_plan_bundle_response_free(schematic_planbundle_create_plan_bundle_response *obj)
{
    apic_struct_free(&schematic_planbundle_create_plan_bundle_response_desc, obj);
}

int schematic_planbundle_create_plan_bundle_response_from_json(const char *json, size_t len, schematic_planbundle_create_plan_bundle_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planbundle_create_plan_bundle_response_Type, json, len, &value, err);
    *out = (schematic_planbundle_create_plan_bundle_response *)value;
    return rc;
}

int schematic_planbundle_create_plan_bundle_response_to_json(const schematic_planbundle_create_plan_bundle_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planbundle_create_plan_bundle_response_Type, obj, out, err);
}

/* planbundle_update_plan_bundle_response */
static const apic_field schematic_planbundle_update_plan_bundle_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planbundle_update_plan_bundle_response, data), -1, -1, &schematic_plan_bundle_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planbundle_update_plan_bundle_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planbundle_update_plan_bundle_response_desc = {
    "planbundle_update_plan_bundle_response", sizeof(schematic_planbundle_update_plan_bundle_response), schematic_planbundle_update_plan_bundle_response_desc_Fields, 2,
    offsetof(schematic_planbundle_update_plan_bundle_response, unknown_fields),
    -1,
    NULL
};

void schematic_planbundle_update_plan_bundle_response_free(schematic_planbundle_update_plan_bundle_response *obj)
{
    apic_struct_free(&schematic_planbundle_update_plan_bundle_response_desc, obj);
}

int schematic_planbundle_update_plan_bundle_response_from_json(const char *json, size_t len, schematic_planbundle_update_plan_bundle_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planbundle_update_plan_bundle_response_Type, json, len, &value, err);
    *out = (schematic_planbundle_update_plan_bundle_response *)value;
    return rc;
}

int schematic_planbundle_update_plan_bundle_response_to_json(const schematic_planbundle_update_plan_bundle_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planbundle_update_plan_bundle_response_Type, obj, out, err);
}

/* companies_list_plan_changes_response */
static const apic_field schematic_companies_list_plan_changes_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_list_plan_changes_response, data), -1, -1, &schematic_plan_change_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_list_plan_changes_response, params), -1, -1, &schematic_companies_list_plan_changes_response_params_Type},
};
const apic_struct_desc schematic_companies_list_plan_changes_response_desc = {
    "companies_list_plan_changes_response", sizeof(schematic_companies_list_plan_changes_response), schematic_companies_list_plan_changes_response_desc_Fields, 2,
    offsetof(schematic_companies_list_plan_changes_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_plan_changes_response_free(schematic_companies_list_plan_changes_response *obj)
{
    apic_struct_free(&schematic_companies_list_plan_changes_response_desc, obj);
}

int schematic_companies_list_plan_changes_response_from_json(const char *json, size_t len, schematic_companies_list_plan_changes_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_plan_changes_response_Type, json, len, &value, err);
    *out = (schematic_companies_list_plan_changes_response *)value;
    return rc;
}

int schematic_companies_list_plan_changes_response_to_json(const schematic_companies_list_plan_changes_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_plan_changes_response_Type, obj, out, err);
}

/* companies_list_plan_changes_response.params */
static const apic_field schematic_companies_list_plan_changes_response_params_desc_Fields[] = {
    {"action", 6, 0, offsetof(schematic_companies_list_plan_changes_response_params, action), offsetof(schematic_companies_list_plan_changes_response_params, has_action), -1, &schematic_plan_change_action_Type},
    {"base_plan_action", 16, 0, offsetof(schematic_companies_list_plan_changes_response_params, base_plan_action), offsetof(schematic_companies_list_plan_changes_response_params, has_base_plan_action), -1, &schematic_plan_change_base_plan_action_Type},
    {"company_id", 10, 0, offsetof(schematic_companies_list_plan_changes_response_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_companies_list_plan_changes_response_params, company_ids), offsetof(schematic_companies_list_plan_changes_response_params, has_company_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_plan_changes_response_params, limit), offsetof(schematic_companies_list_plan_changes_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_plan_changes_response_params, offset), offsetof(schematic_companies_list_plan_changes_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_companies_list_plan_changes_response_params_desc = {
    "companies_list_plan_changes_response.params", sizeof(schematic_companies_list_plan_changes_response_params), schematic_companies_list_plan_changes_response_params_desc_Fields, 6,
    offsetof(schematic_companies_list_plan_changes_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_plan_changes_response_params_free(schematic_companies_list_plan_changes_response_params *obj)
{
    apic_struct_free(&schematic_companies_list_plan_changes_response_params_desc, obj);
}

int schematic_companies_list_plan_changes_response_params_from_json(const char *json, size_t len, schematic_companies_list_plan_changes_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_plan_changes_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_list_plan_changes_response_params *)value;
    return rc;
}

int schematic_companies_list_plan_changes_response_params_to_json(const schematic_companies_list_plan_changes_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_plan_changes_response_params_Type, obj, out, err);
}

/* companies_get_plan_change_response */
static const apic_field schematic_companies_get_plan_change_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_plan_change_response, data), -1, -1, &schematic_plan_change_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_plan_change_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_plan_change_response_desc = {
    "companies_get_plan_change_response", sizeof(schematic_companies_get_plan_change_response), schematic_companies_get_plan_change_response_desc_Fields, 2,
    offsetof(schematic_companies_get_plan_change_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_plan_change_response_free(schematic_companies_get_plan_change_response *obj)
{
    apic_struct_free(&schematic_companies_get_plan_change_response_desc, obj);
}

int schematic_companies_get_plan_change_response_from_json(const char *json, size_t len, schematic_companies_get_plan_change_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_plan_change_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_plan_change_response *)value;
    return rc;
}

int schematic_companies_get_plan_change_response_to_json(const schematic_companies_get_plan_change_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_plan_change_response_Type, obj, out, err);
}

/* entitlements_list_plan_response */
static const apic_field schematic_entitlements_list_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_plan_response, data), -1, -1, &schematic_plan_entitlement_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_plan_response, params), -1, -1, &schematic_entitlements_list_plan_response_params_Type},
};
const apic_struct_desc schematic_entitlements_list_plan_response_desc = {
    "entitlements_list_plan_response", sizeof(schematic_entitlements_list_plan_response), schematic_entitlements_list_plan_response_desc_Fields, 2,
    offsetof(schematic_entitlements_list_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_plan_response_free(schematic_entitlements_list_plan_response *obj)
{
    apic_struct_free(&schematic_entitlements_list_plan_response_desc, obj);
}

int schematic_entitlements_list_plan_response_from_json(const char *json, size_t len, schematic_entitlements_list_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_plan_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_plan_response *)value;
    return rc;
}

int schematic_entitlements_list_plan_response_to_json(const schematic_entitlements_list_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_plan_response_Type, obj, out, err);
}

/* entitlements_list_plan_response.params */
static const apic_field schematic_entitlements_list_plan_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_list_plan_response_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_plan_response_params, feature_ids), offsetof(schematic_entitlements_list_plan_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_list_plan_response_params, ids), offsetof(schematic_entitlements_list_plan_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_plan_response_params, limit), offsetof(schematic_entitlements_list_plan_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_plan_response_params, offset), offsetof(schematic_entitlements_list_plan_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_entitlements_list_plan_response_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_entitlements_list_plan_response_params, plan_ids), offsetof(schematic_entitlements_list_plan_response_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_entitlements_list_plan_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_entitlements_list_plan_response_params, plan_version_ids), offsetof(schematic_entitlements_list_plan_response_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_entitlements_list_plan_response_params, q), -1, -1, &apic_type_string},
    {"with_metered_products", 21, 0, offsetof(schematic_entitlements_list_plan_response_params, with_metered_products), offsetof(schematic_entitlements_list_plan_response_params, has_with_metered_products), -1, &apic_type_bool},
};
const apic_struct_desc schematic_entitlements_list_plan_response_params_desc = {
    "entitlements_list_plan_response.params", sizeof(schematic_entitlements_list_plan_response_params), schematic_entitlements_list_plan_response_params_desc_Fields, 11,
    offsetof(schematic_entitlements_list_plan_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_plan_response_params_free(schematic_entitlements_list_plan_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_list_plan_response_params_desc, obj);
}

int schematic_entitlements_list_plan_response_params_from_json(const char *json, size_t len, schematic_entitlements_list_plan_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_plan_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_plan_response_params *)value;
    return rc;
}

int schematic_entitlements_list_plan_response_params_to_json(const schematic_entitlements_list_plan_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_plan_response_params_Type, obj, out, err);
}

/* entitlements_create_plan_response */
static const apic_field schematic_entitlements_create_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_create_plan_response, data), -1, -1, &schematic_plan_entitlement_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_create_plan_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_create_plan_response_desc = {
    "entitlements_create_plan_response", sizeof(schematic_entitlements_create_plan_response), schematic_entitlements_create_plan_response_desc_Fields, 2,
    offsetof(schematic_entitlements_create_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_create_plan_response_free(schematic_entitlements_create_plan_response *obj)
{
    apic_struct_free(&schematic_entitlements_create_plan_response_desc, obj);
}

int schematic_entitlements_create_plan_response_from_json(const char *json, size_t len, schematic_entitlements_create_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_create_plan_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_create_plan_response *)value;
    return rc;
}

int schematic_entitlements_create_plan_response_to_json(const schematic_entitlements_create_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_create_plan_response_Type, obj, out, err);
}

/* entitlements_get_plan_response */
static const apic_field schematic_entitlements_get_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_plan_response, data), -1, -1, &schematic_plan_entitlement_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_plan_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_get_plan_response_desc = {
    "entitlements_get_plan_response", sizeof(schematic_entitlements_get_plan_response), schematic_entitlements_get_plan_response_desc_Fields, 2,
    offsetof(schematic_entitlements_get_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_plan_response_free(schematic_entitlements_get_plan_response *obj)
{
    apic_struct_free(&schematic_entitlements_get_plan_response_desc, obj);
}

int schematic_entitlements_get_plan_response_from_json(const char *json, size_t len, schematic_entitlements_get_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_plan_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_plan_response *)value;
    return rc;
}

int schematic_entitlements_get_plan_response_to_json(const schematic_entitlements_get_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_plan_response_Type, obj, out, err);
}

/* entitlements_update_plan_response */
static const apic_field schematic_entitlements_update_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_update_plan_response, data), -1, -1, &schematic_plan_entitlement_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_update_plan_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_update_plan_response_desc = {
    "entitlements_update_plan_response", sizeof(schematic_entitlements_update_plan_response), schematic_entitlements_update_plan_response_desc_Fields, 2,
    offsetof(schematic_entitlements_update_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_update_plan_response_free(schematic_entitlements_update_plan_response *obj)
{
    apic_struct_free(&schematic_entitlements_update_plan_response_desc, obj);
}

int schematic_entitlements_update_plan_response_from_json(const char *json, size_t len, schematic_entitlements_update_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_update_plan_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_update_plan_response *)value;
    return rc;
}

int schematic_entitlements_update_plan_response_to_json(const schematic_entitlements_update_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_update_plan_response_Type, obj, out, err);
}

/* entitlements_delete_plan_response */
static const apic_field schematic_entitlements_delete_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_delete_plan_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_delete_plan_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_delete_plan_response_desc = {
    "entitlements_delete_plan_response", sizeof(schematic_entitlements_delete_plan_response), schematic_entitlements_delete_plan_response_desc_Fields, 2,
    offsetof(schematic_entitlements_delete_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_delete_plan_response_free(schematic_entitlements_delete_plan_response *obj)
{
    apic_struct_free(&schematic_entitlements_delete_plan_response_desc, obj);
}

int schematic_entitlements_delete_plan_response_from_json(const char *json, size_t len, schematic_entitlements_delete_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_delete_plan_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_delete_plan_response *)value;
    return rc;
}

int schematic_entitlements_delete_plan_response_to_json(const schematic_entitlements_delete_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_delete_plan_response_Type, obj, out, err);
}

/* entitlements_upsert_plan_for_billing_product_response */
static const apic_field schematic_entitlements_upsert_plan_for_billing_product_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_upsert_plan_for_billing_product_response, data), -1, -1, &schematic_plan_entitlement_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_upsert_plan_for_billing_product_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_upsert_plan_for_billing_product_response_desc = {
    "entitlements_upsert_plan_for_billing_product_response", sizeof(schematic_entitlements_upsert_plan_for_billing_product_response), schematic_entitlements_upsert_plan_for_billing_product_response_desc_Fields, 2,
    offsetof(schematic_entitlements_upsert_plan_for_billing_product_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_upsert_plan_for_billing_product_response_free(schematic_entitlements_upsert_plan_for_billing_product_response *obj)
{
    apic_struct_free(&schematic_entitlements_upsert_plan_for_billing_product_response_desc, obj);
}

int schematic_entitlements_upsert_plan_for_billing_product_response_from_json(const char *json, size_t len, schematic_entitlements_upsert_plan_for_billing_product_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_upsert_plan_for_billing_product_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_upsert_plan_for_billing_product_response *)value;
    return rc;
}

int schematic_entitlements_upsert_plan_for_billing_product_response_to_json(const schematic_entitlements_upsert_plan_for_billing_product_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_upsert_plan_for_billing_product_response_Type, obj, out, err);
}

/* entitlements_count_plan_response */
static const apic_field schematic_entitlements_count_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_plan_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_plan_response, params), -1, -1, &schematic_entitlements_count_plan_response_params_Type},
};
const apic_struct_desc schematic_entitlements_count_plan_response_desc = {
    "entitlements_count_plan_response", sizeof(schematic_entitlements_count_plan_response), schematic_entitlements_count_plan_response_desc_Fields, 2,
    offsetof(schematic_entitlements_count_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_plan_response_free(schematic_entitlements_count_plan_response *obj)
{
    apic_struct_free(&schematic_entitlements_count_plan_response_desc, obj);
}

int schematic_entitlements_count_plan_response_from_json(const char *json, size_t len, schematic_entitlements_count_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_plan_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_plan_response *)value;
    return rc;
}

int schematic_entitlements_count_plan_response_to_json(const schematic_entitlements_count_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_plan_response_Type, obj, out, err);
}

/* entitlements_count_plan_response.params */
static const apic_field schematic_entitlements_count_plan_response_params_desc_Fields[] = {
    {"feature_id", 10, 0, offsetof(schematic_entitlements_count_plan_response_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_count_plan_response_params, feature_ids), offsetof(schematic_entitlements_count_plan_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_count_plan_response_params, ids), offsetof(schematic_entitlements_count_plan_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_plan_response_params, limit), offsetof(schematic_entitlements_count_plan_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_plan_response_params, offset), offsetof(schematic_entitlements_count_plan_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_entitlements_count_plan_response_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_entitlements_count_plan_response_params, plan_ids), offsetof(schematic_entitlements_count_plan_response_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_entitlements_count_plan_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_entitlements_count_plan_response_params, plan_version_ids), offsetof(schematic_entitlements_count_plan_response_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_entitlements_count_plan_response_params, q), -1, -1, &apic_type_string},
    {"with_metered_products", 21, 0, offsetof(schematic_entitlements_count_plan_response_params, with_metered_products), offsetof(schematic_entitlements_count_plan_response_params, has_with_metered_products), -1, &apic_type_bool},
};
const apic_struct_desc schematic_entitlements_count_plan_response_params_desc = {
    "entitlements_count_plan_response.params", sizeof(schematic_entitlements_count_plan_response_params), schematic_entitlements_count_plan_response_params_desc_Fields, 11,
    offsetof(schematic_entitlements_count_plan_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_plan_response_params_free(schematic_entitlements_count_plan_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_count_plan_response_params_desc, obj);
}

int schematic_entitlements_count_plan_response_params_from_json(const char *json, size_t len, schematic_entitlements_count_plan_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_plan_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_plan_response_params *)value;
    return rc;
}

int schematic_entitlements_count_plan_response_params_to_json(const schematic_entitlements_count_plan_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_plan_response_params_Type, obj, out, err);
}

/* entitlements_duplicate_plan_response */
static const apic_field schematic_entitlements_duplicate_plan_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_duplicate_plan_response, data), -1, -1, &schematic_duplicate_plan_entitlements_response_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_duplicate_plan_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_duplicate_plan_response_desc = {
    "entitlements_duplicate_plan_response", sizeof(schematic_entitlements_duplicate_plan_response), schematic_entitlements_duplicate_plan_response_desc_Fields, 2,
    offsetof(schematic_entitlements_duplicate_plan_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_duplicate_plan_response_free(schematic_entitlements_duplicate_plan_response *obj)
{
    apic_struct_free(&schematic_entitlements_duplicate_plan_response_desc, obj);
}

int schematic_entitlements_duplicate_plan_response_from_json(const char *json, size_t len, schematic_entitlements_duplicate_plan_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_duplicate_plan_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_duplicate_plan_response *)value;
    return rc;
}

int schematic_entitlements_duplicate_plan_response_to_json(const schematic_entitlements_duplicate_plan_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_duplicate_plan_response_Type, obj, out, err);
}

/* plangroups_get_plan_group_response */
static const apic_field schematic_plangroups_get_plan_group_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plangroups_get_plan_group_response, data), -1, -1, &schematic_plan_group_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plangroups_get_plan_group_response, params), -1, -1, &schematic_plangroups_get_plan_group_response_params_Type},
};
const apic_struct_desc schematic_plangroups_get_plan_group_response_desc = {
    "plangroups_get_plan_group_response", sizeof(schematic_plangroups_get_plan_group_response), schematic_plangroups_get_plan_group_response_desc_Fields, 2,
    offsetof(schematic_plangroups_get_plan_group_response, unknown_fields),
    -1,
    NULL
};

void schematic_plangroups_get_plan_group_response_free(schematic_plangroups_get_plan_group_response *obj)
{
    apic_struct_free(&schematic_plangroups_get_plan_group_response_desc, obj);
}

int schematic_plangroups_get_plan_group_response_from_json(const char *json, size_t len, schematic_plangroups_get_plan_group_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plangroups_get_plan_group_response_Type, json, len, &value, err);
    *out = (schematic_plangroups_get_plan_group_response *)value;
    return rc;
}

int schematic_plangroups_get_plan_group_response_to_json(const schematic_plangroups_get_plan_group_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plangroups_get_plan_group_response_Type, obj, out, err);
}

/* plangroups_get_plan_group_response.params */
static const apic_field schematic_plangroups_get_plan_group_response_params_desc_Fields[] = {
    {"include_company_counts", 22, 0, offsetof(schematic_plangroups_get_plan_group_response_params, include_company_counts), offsetof(schematic_plangroups_get_plan_group_response_params, has_include_company_counts), -1, &apic_type_bool},
};
const apic_struct_desc schematic_plangroups_get_plan_group_response_params_desc = {
    "plangroups_get_plan_group_response.params", sizeof(schematic_plangroups_get_plan_group_response_params), schematic_plangroups_get_plan_group_response_params_desc_Fields, 1,
    offsetof(schematic_plangroups_get_plan_group_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plangroups_get_plan_group_response_params_free(schematic_plangroups_get_plan_group_response_params *obj)
{
    apic_struct_free(&schematic_plangroups_get_plan_group_response_params_desc, obj);
}

int schematic_plangroups_get_plan_group_response_params_from_json(const char *json, size_t len, schematic_plangroups_get_plan_group_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plangroups_get_plan_group_response_params_Type, json, len, &value, err);
    *out = (schematic_plangroups_get_plan_group_response_params *)value;
    return rc;
}

int schematic_plangroups_get_plan_group_response_params_to_json(const schematic_plangroups_get_plan_group_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plangroups_get_plan_group_response_params_Type, obj, out, err);
}

/* plangroups_create_plan_group_response */
static const apic_field schematic_plangroups_create_plan_group_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plangroups_create_plan_group_response, data), -1, -1, &schematic_plan_group_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plangroups_create_plan_group_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plangroups_create_plan_group_response_desc = {
    "plangroups_create_plan_group_response", sizeof(schematic_plangroups_create_plan_group_response), schematic_plangroups_create_plan_group_response_desc_Fields, 2,
    offsetof(schematic_plangroups_create_plan_group_response, unknown_fields),
    -1,
    NULL
};

void schematic_plangroups_create_plan_group_response_free(schematic_plangroups_create_plan_group_response *obj)
{
    apic_struct_free(&schematic_plangroups_create_plan_group_response_desc, obj);
}

int schematic_plangroups_create_plan_group_response_from_json(const char *json, size_t len, schematic_plangroups_create_plan_group_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plangroups_create_plan_group_response_Type, json, len, &value, err);
    *out = (schematic_plangroups_create_plan_group_response *)value;
    return rc;
}

int schematic_plangroups_create_plan_group_response_to_json(const schematic_plangroups_create_plan_group_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plangroups_create_plan_group_response_Type, obj, out, err);
}

/* plangroups_update_plan_group_response */
static const apic_field schematic_plangroups_update_plan_group_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plangroups_update_plan_group_response, data), -1, -1, &schematic_plan_group_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plangroups_update_plan_group_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plangroups_update_plan_group_response_desc = {
    "plangroups_update_plan_group_response", sizeof(schematic_plangroups_update_plan_group_response), schematic_plangroups_update_plan_group_response_desc_Fields, 2,
    offsetof(schematic_plangroups_update_plan_group_response, unknown_fields),
    -1,
    NULL
};

void schematic_plangroups_update_plan_group_response_free(schematic_plangroups_update_plan_group_response *obj)
{
    apic_struct_free(&schematic_plangroups_update_plan_group_response_desc, obj);
}

int schematic_plangroups_update_plan_group_response_from_json(const char *json, size_t len, schematic_plangroups_update_plan_group_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plangroups_update_plan_group_response_Type, json, len, &value, err);
    *out = (schematic_plangroups_update_plan_group_response *)value;
    return rc;
}

int schematic_plangroups_update_plan_group_response_to_json(const schematic_plangroups_update_plan_group_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plangroups_update_plan_group_response_Type, obj, out, err);
}

/* companies_list_plan_traits_response */
static const apic_field schematic_companies_list_plan_traits_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_list_plan_traits_response, data), -1, -1, &schematic_plan_trait_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_list_plan_traits_response, params), -1, -1, &schematic_companies_list_plan_traits_response_params_Type},
};
const apic_struct_desc schematic_companies_list_plan_traits_response_desc = {
    "companies_list_plan_traits_response", sizeof(schematic_companies_list_plan_traits_response), schematic_companies_list_plan_traits_response_desc_Fields, 2,
    offsetof(schematic_companies_list_plan_traits_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_plan_traits_response_free(schematic_companies_list_plan_traits_response *obj)
{
    apic_struct_free(&schematic_companies_list_plan_traits_response_desc, obj);
}

int schematic_companies_list_plan_traits_response_from_json(const char *json, size_t len, schematic_companies_list_plan_traits_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_plan_traits_response_Type, json, len, &value, err);
    *out = (schematic_companies_list_plan_traits_response *)value;
    return rc;
}

int schematic_companies_list_plan_traits_response_to_json(const schematic_companies_list_plan_traits_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_plan_traits_response_Type, obj, out, err);
}

/* companies_list_plan_traits_response.params */
static const apic_field schematic_companies_list_plan_traits_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_companies_list_plan_traits_response_params, ids), offsetof(schematic_companies_list_plan_traits_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_plan_traits_response_params, limit), offsetof(schematic_companies_list_plan_traits_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_plan_traits_response_params, offset), offsetof(schematic_companies_list_plan_traits_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_companies_list_plan_traits_response_params, plan_id), -1, -1, &apic_type_string},
    {"trait_id", 8, 0, offsetof(schematic_companies_list_plan_traits_response_params, trait_id), -1, -1, &apic_type_string},
    {"trait_ids", 9, 0, offsetof(schematic_companies_list_plan_traits_response_params, trait_ids), offsetof(schematic_companies_list_plan_traits_response_params, has_trait_ids), -1, &schematic_string_array_Type},
};
const apic_struct_desc schematic_companies_list_plan_traits_response_params_desc = {
    "companies_list_plan_traits_response.params", sizeof(schematic_companies_list_plan_traits_response_params), schematic_companies_list_plan_traits_response_params_desc_Fields, 6,
    offsetof(schematic_companies_list_plan_traits_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_plan_traits_response_params_free(schematic_companies_list_plan_traits_response_params *obj)
{
    apic_struct_free(&schematic_companies_list_plan_traits_response_params_desc, obj);
}

int schematic_companies_list_plan_traits_response_params_from_json(const char *json, size_t len, schematic_companies_list_plan_traits_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_plan_traits_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_list_plan_traits_response_params *)value;
    return rc;
}

int schematic_companies_list_plan_traits_response_params_to_json(const schematic_companies_list_plan_traits_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_plan_traits_response_params_Type, obj, out, err);
}

/* companies_get_plan_trait_response */
static const apic_field schematic_companies_get_plan_trait_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_plan_trait_response, data), -1, -1, &schematic_plan_trait_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_plan_trait_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_plan_trait_response_desc = {
    "companies_get_plan_trait_response", sizeof(schematic_companies_get_plan_trait_response), schematic_companies_get_plan_trait_response_desc_Fields, 2,
    offsetof(schematic_companies_get_plan_trait_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_plan_trait_response_free(schematic_companies_get_plan_trait_response *obj)
{
    apic_struct_free(&schematic_companies_get_plan_trait_response_desc, obj);
}

int schematic_companies_get_plan_trait_response_from_json(const char *json, size_t len, schematic_companies_get_plan_trait_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_plan_trait_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_plan_trait_response *)value;
    return rc;
}

int schematic_companies_get_plan_trait_response_to_json(const schematic_companies_get_plan_trait_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_plan_trait_response_Type, obj, out, err);
}

/* companies_update_plan_traits_bulk_response */
static const apic_field schematic_companies_update_plan_traits_bulk_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_update_plan_traits_bulk_response, data), -1, -1, &schematic_plan_trait_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_update_plan_traits_bulk_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_update_plan_traits_bulk_response_desc = {
    "companies_update_plan_traits_bulk_response", sizeof(schematic_companies_update_plan_traits_bulk_response), schematic_companies_update_plan_traits_bulk_response_desc_Fields, 2,
    offsetof(schematic_companies_update_plan_traits_bulk_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_update_plan_traits_bulk_response_free(schematic_companies_update_plan_traits_bulk_response *obj)
{
    apic_struct_free(&schematic_companies_update_plan_traits_bulk_response_desc, obj);
}

int schematic_companies_update_plan_traits_bulk_response_from_json(const char *json, size_t len, schematic_companies_update_plan_traits_bulk_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_update_plan_traits_bulk_response_Type, json, len, &value, err);
    *out = (schematic_companies_update_plan_traits_bulk_response *)value;
    return rc;
}

int schematic_companies_update_plan_traits_bulk_response_to_json(const schematic_companies_update_plan_traits_bulk_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_update_plan_traits_bulk_response_Type, obj, out, err);
}

/* companies_count_plan_traits_response */
static const apic_field schematic_companies_count_plan_traits_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_count_plan_traits_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_count_plan_traits_response, params), -1, -1, &schematic_companies_count_plan_traits_response_params_Type},
};
const apic_struct_desc schematic_companies_count_plan_traits_response_desc = {
    "companies_count_plan_traits_response", sizeof(schematic_companies_count_plan_traits_response), schematic_companies_count_plan_traits_response_desc_Fields, 2,
    offsetof(schematic_companies_count_plan_traits_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_plan_traits_response_free(schematic_companies_count_plan_traits_response *obj)
{
    apic_struct_free(&schematic_companies_count_plan_traits_response_desc, obj);
}

int schematic_companies_count_plan_traits_response_from_json(const char *json, size_t len, schematic_companies_count_plan_traits_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_plan_traits_response_Type, json, len, &value, err);
    *out = (schematic_companies_count_plan_traits_response *)value;
    return rc;
}

int schematic_companies_count_plan_traits_response_to_json(const schematic_companies_count_plan_traits_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_plan_traits_response_Type, obj, out, err);
}

/* companies_count_plan_traits_response.params */
static const apic_field schematic_companies_count_plan_traits_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_companies_count_plan_traits_response_params, ids), offsetof(schematic_companies_count_plan_traits_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_plan_traits_response_params, limit), offsetof(schematic_companies_count_plan_traits_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_plan_traits_response_params, offset), offsetof(schematic_companies_count_plan_traits_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_companies_count_plan_traits_response_params, plan_id), -1, -1, &apic_type_string},
    {"trait_id", 8, 0, offsetof(schematic_companies_count_plan_traits_response_params, trait_id), -1, -1, &apic_type_string},
    {"trait_ids", 9, 0, offsetof(schematic_companies_count_plan_traits_response_params, trait_ids), offsetof(schematic_companies_count_plan_traits_response_params, has_trait_ids), -1, &schematic_string_array_Type},
};
const apic_struct_desc schematic_companies_count_plan_traits_response_params_desc = {
    "companies_count_plan_traits_response.params", sizeof(schematic_companies_count_plan_traits_response_params), schematic_companies_count_plan_traits_response_params_desc_Fields, 6,
    offsetof(schematic_companies_count_plan_traits_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_plan_traits_response_params_free(schematic_companies_count_plan_traits_response_params *obj)
{
    apic_struct_free(&schematic_companies_count_plan_traits_response_params_desc, obj);
}

int schematic_companies_count_plan_traits_response_params_from_json(const char *json, size_t len, schematic_companies_count_plan_traits_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_plan_traits_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_count_plan_traits_response_params *)value;
    return rc;
}

int schematic_companies_count_plan_traits_response_params_to_json(const schematic_companies_count_plan_traits_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_plan_traits_response_params_Type, obj, out, err);
}

/* planmigrations_list_company_migrations_response */
static const apic_field schematic_planmigrations_list_company_migrations_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_list_company_migrations_response, data), -1, -1, &schematic_plan_version_company_migration_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_list_company_migrations_response, params), -1, -1, &schematic_planmigrations_list_company_migrations_response_params_Type},
};
const apic_struct_desc schematic_planmigrations_list_company_migrations_response_desc = {
    "planmigrations_list_company_migrations_response", sizeof(schematic_planmigrations_list_company_migrations_response), schematic_planmigrations_list_company_migrations_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_list_company_migrations_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_list_company_migrations_response_free(schematic_planmigrations_list_company_migrations_response *obj)
{
    apic_struct_free(&schematic_planmigrations_list_company_migrations_response_desc, obj);
}

int schematic_planmigrations_list_company_migrations_response_from_json(const char *json, size_t len, schematic_planmigrations_list_company_migrations_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_list_company_migrations_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_list_company_migrations_response *)value;
    return rc;
}

int schematic_planmigrations_list_company_migrations_response_to_json(const schematic_planmigrations_list_company_migrations_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_list_company_migrations_response_Type, obj, out, err);
}

/* planmigrations_list_company_migrations_response.params */
static const apic_field schematic_planmigrations_list_company_migrations_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_planmigrations_list_company_migrations_response_params, limit), offsetof(schematic_planmigrations_list_company_migrations_response_params, has_limit), -1, &apic_type_int64},
    {"migration_id", 12, 0, offsetof(schematic_planmigrations_list_company_migrations_response_params, migration_id), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_planmigrations_list_company_migrations_response_params, offset), offsetof(schematic_planmigrations_list_company_migrations_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_planmigrations_list_company_migrations_response_params, q), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_list_company_migrations_response_params, status), offsetof(schematic_planmigrations_list_company_migrations_response_params, has_status), -1, &schematic_plan_version_company_migration_status_Type},
};
const apic_struct_desc schematic_planmigrations_list_company_migrations_response_params_desc = {
    "planmigrations_list_company_migrations_response.params", sizeof(schematic_planmigrations_list_company_migrations_response_params), schematic_planmigrations_list_company_migrations_response_params_desc_Fields, 5,
    offsetof(schematic_planmigrations_list_company_migrations_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_list_company_migrations_response_params_free(schematic_planmigrations_list_company_migrations_response_params *obj)
{
    apic_struct_free(&schematic_planmigrations_list_company_migrations_response_params_desc, obj);
}

int schematic_planmigrations_list_company_migrations_response_params_from_json(const char *json, size_t len, schematic_planmigrations_list_company_migrations_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_list_company_migrations_response_params_Type, json, len, &value, err);
    *out = (schematic_planmigrations_list_company_migrations_response_params *)value;
    return rc;
}

int schematic_planmigrations_list_company_migrations_response_params_to_json(const schematic_planmigrations_list_company_migrations_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_list_company_migrations_response_params_Type, obj, out, err);
}

/* planmigrations_retry_company_migration_response */
static const apic_field schematic_planmigrations_retry_company_migration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_retry_company_migration_response, data), -1, -1, &schematic_plan_version_company_migration_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_retry_company_migration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planmigrations_retry_company_migration_response_desc = {
    "planmigrations_retry_company_migration_response", sizeof(schematic_planmigrations_retry_company_migration_response), schematic_planmigrations_retry_company_migration_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_retry_company_migration_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_retry_company_migration_response_free(schematic_planmigrations_retry_company_migration_response *obj)
{
    apic_struct_free(&schematic_planmigrations_retry_company_migration_response_desc, obj);
}

int schematic_planmigrations_retry_company_migration_response_from_json(const char *json, size_t len, schematic_planmigrations_retry_company_migration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_retry_company_migration_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_retry_company_migration_response *)value;
    return rc;
}

int schematic_planmigrations_retry_company_migration_response_to_json(const schematic_planmigrations_retry_company_migration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_retry_company_migration_response_Type, obj, out, err);
}

/* planmigrations_count_company_migrations_response */
static const apic_field schematic_planmigrations_count_company_migrations_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_count_company_migrations_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_count_company_migrations_response, params), -1, -1, &schematic_planmigrations_count_company_migrations_response_params_Type},
};
const apic_struct_desc schematic_planmigrations_count_company_migrations_response_desc = {
    "planmigrations_count_company_migrations_response", sizeof(schematic_planmigrations_count_company_migrations_response), schematic_planmigrations_count_company_migrations_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_count_company_migrations_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_count_company_migrations_response_free(schematic_planmigrations_count_company_migrations_response *obj)
{
    apic_struct_free(&schematic_planmigrations_count_company_migrations_response_desc, obj);
}

int schematic_planmigrations_count_company_migrations_response_from_json(const char *json, size_t len, schematic_planmigrations_count_company_migrations_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_count_company_migrations_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_count_company_migrations_response *)value;
    return rc;
}

int schematic_planmigrations_count_company_migrations_response_to_json(const schematic_planmigrations_count_company_migrations_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_count_company_migrations_response_Type, obj, out, err);
}

/* planmigrations_count_company_migrations_response.params */
static const apic_field schematic_planmigrations_count_company_migrations_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_planmigrations_count_company_migrations_response_params, limit), offsetof(schematic_planmigrations_count_company_migrations_response_params, has_limit), -1, &apic_type_int64},
    {"migration_id", 12, 0, offsetof(schematic_planmigrations_count_company_migrations_response_params, migration_id), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_planmigrations_count_company_migrations_response_params, offset), offsetof(schematic_planmigrations_count_company_migrations_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_planmigrations_count_company_migrations_response_params, q), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_count_company_migrations_response_params, status), offsetof(schematic_planmigrations_count_company_migrations_response_params, has_status), -1, &schematic_plan_version_company_migration_status_Type},
};
const apic_struct_desc schematic_planmigrations_count_company_migrations_response_params_desc = {
    "planmigrations_count_company_migrations_response.params", sizeof(schematic_planmigrations_count_company_migrations_response_params), schematic_planmigrations_count_company_migrations_response_params_desc_Fields, 5,
    offsetof(schematic_planmigrations_count_company_migrations_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_count_company_migrations_response_params_free(schematic_planmigrations_count_company_migrations_response_params *obj)
{
    apic_struct_free(&schematic_planmigrations_count_company_migrations_response_params_desc, obj);
}

int schematic_planmigrations_count_company_migrations_response_params_from_json(const char *json, size_t len, schematic_planmigrations_count_company_migrations_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_count_company_migrations_response_params_Type, json, len, &value, err);
    *out = (schematic_planmigrations_count_company_migrations_response_params *)value;
    return rc;
}

int schematic_planmigrations_count_company_migrations_response_params_to_json(const schematic_planmigrations_count_company_migrations_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_count_company_migrations_response_params_Type, obj, out, err);
}

/* planmigrations_list_migrations_response */
static const apic_field schematic_planmigrations_list_migrations_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_list_migrations_response, data), -1, -1, &schematic_plan_version_migration_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_list_migrations_response, params), -1, -1, &schematic_planmigrations_list_migrations_response_params_Type},
};
const apic_struct_desc schematic_planmigrations_list_migrations_response_desc = {
    "planmigrations_list_migrations_response", sizeof(schematic_planmigrations_list_migrations_response), schematic_planmigrations_list_migrations_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_list_migrations_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_list_migrations_response_free(schematic_planmigrations_list_migrations_response *obj)
{
    apic_struct_free(&schematic_planmigrations_list_migrations_response_desc, obj);
}

int schematic_planmigrations_list_migrations_response_from_json(const char *json, size_t len, schematic_planmigrations_list_migrations_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_list_migrations_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_list_migrations_response *)value;
    return rc;
}

int schematic_planmigrations_list_migrations_response_to_json(const schematic_planmigrations_list_migrations_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_list_migrations_response_Type, obj, out, err);
}

/* planmigrations_list_migrations_response.params */
static const apic_field schematic_planmigrations_list_migrations_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_planmigrations_list_migrations_response_params, limit), offsetof(schematic_planmigrations_list_migrations_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_planmigrations_list_migrations_response_params, offset), offsetof(schematic_planmigrations_list_migrations_response_params, has_offset), -1, &apic_type_int64},
    {"plan_version_id", 15, 0, offsetof(schematic_planmigrations_list_migrations_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_list_migrations_response_params, status), offsetof(schematic_planmigrations_list_migrations_response_params, has_status), -1, &schematic_plan_version_migration_status_Type},
};
const apic_struct_desc schematic_planmigrations_list_migrations_response_params_desc = {
    "planmigrations_list_migrations_response.params", sizeof(schematic_planmigrations_list_migrations_response_params), schematic_planmigrations_list_migrations_response_params_desc_Fields, 4,
    offsetof(schematic_planmigrations_list_migrations_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_list_migrations_response_params_free(schematic_planmigrations_list_migrations_response_params *obj)
{
    apic_struct_free(&schematic_planmigrations_list_migrations_response_params_desc, obj);
}

int schematic_planmigrations_list_migrations_response_params_from_json(const char *json, size_t len, schematic_planmigrations_list_migrations_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_list_migrations_response_params_Type, json, len, &value, err);
    *out = (schematic_planmigrations_list_migrations_response_params *)value;
    return rc;
}

int schematic_planmigrations_list_migrations_response_params_to_json(const schematic_planmigrations_list_migrations_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_list_migrations_response_params_Type, obj, out, err);
}

/* planmigrations_create_migration_response */
static const apic_field schematic_planmigrations_create_migration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_create_migration_response, data), -1, -1, &schematic_plan_version_migration_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_create_migration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planmigrations_create_migration_response_desc = {
    "planmigrations_create_migration_response", sizeof(schematic_planmigrations_create_migration_response), schematic_planmigrations_create_migration_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_create_migration_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_create_migration_response_free(schematic_planmigrations_create_migration_response *obj)
{
    apic_struct_free(&schematic_planmigrations_create_migration_response_desc, obj);
}

int schematic_planmigrations_create_migration_response_from_json(const char *json, size_t len, schematic_planmigrations_create_migration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_create_migration_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_create_migration_response *)value;
    return rc;
}

int schematic_planmigrations_create_migration_response_to_json(const schematic_planmigrations_create_migration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_create_migration_response_Type, obj, out, err);
}

/* planmigrations_get_migration_response */
static const apic_field schematic_planmigrations_get_migration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_get_migration_response, data), -1, -1, &schematic_plan_version_migration_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_get_migration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planmigrations_get_migration_response_desc = {
    "planmigrations_get_migration_response", sizeof(schematic_planmigrations_get_migration_response), schematic_planmigrations_get_migration_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_get_migration_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_get_migration_response_free(schematic_planmigrations_get_migration_response *obj)
{
    apic_struct_free(&schematic_planmigrations_get_migration_response_desc, obj);
}

int schematic_planmigrations_get_migration_response_from_json(const char *json, size_t len, schematic_planmigrations_get_migration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_get_migration_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_get_migration_response *)value;
    return rc;
}

int schematic_planmigrations_get_migration_response_to_json(const schematic_planmigrations_get_migration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_get_migration_response_Type, obj, out, err);
}

/* planmigrations_retry_migration_response */
static const apic_field schematic_planmigrations_retry_migration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_retry_migration_response, data), -1, -1, &schematic_plan_version_migration_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_retry_migration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planmigrations_retry_migration_response_desc = {
    "planmigrations_retry_migration_response", sizeof(schematic_planmigrations_retry_migration_response), schematic_planmigrations_retry_migration_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_retry_migration_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_retry_migration_response_free(schematic_planmigrations_retry_migration_response *obj)
{
    apic_struct_free(&schematic_planmigrations_retry_migration_response_desc, obj);
}

int schematic_planmigrations_retry_migration_response_from_json(const char *json, size_t len, schematic_planmigrations_retry_migration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_retry_migration_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_retry_migration_response *)value;
    return rc;
}

int schematic_planmigrations_retry_migration_response_to_json(const schematic_planmigrations_retry_migration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_retry_migration_response_Type, obj, out, err);
}

/* planmigrations_count_migrations_response */
static const apic_field schematic_planmigrations_count_migrations_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_count_migrations_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_count_migrations_response, params), -1, -1, &schematic_planmigrations_count_migrations_response_params_Type},
};
const apic_struct_desc schematic_planmigrations_count_migrations_response_desc = {
    "planmigrations_count_migrations_response", sizeof(schematic_planmigrations_count_migrations_response), schematic_planmigrations_count_migrations_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_count_migrations_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_count_migrations_response_free(schematic_planmigrations_count_migrations_response *obj)
{
    apic_struct_free(&schematic_planmigrations_count_migrations_response_desc, obj);
}

int schematic_planmigrations_count_migrations_response_from_json(const char *json, size_t len, schematic_planmigrations_count_migrations_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_count_migrations_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_count_migrations_response *)value;
    return rc;
}

int schematic_planmigrations_count_migrations_response_to_json(const schematic_planmigrations_count_migrations_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_count_migrations_response_Type, obj, out, err);
}

/* planmigrations_count_migrations_response.params */
static const apic_field schematic_planmigrations_count_migrations_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_planmigrations_count_migrations_response_params, limit), offsetof(schematic_planmigrations_count_migrations_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_planmigrations_count_migrations_response_params, offset), offsetof(schematic_planmigrations_count_migrations_response_params, has_offset), -1, &apic_type_int64},
    {"plan_version_id", 15, 0, offsetof(schematic_planmigrations_count_migrations_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_count_migrations_response_params, status), offsetof(schematic_planmigrations_count_migrations_response_params, has_status), -1, &schematic_plan_version_migration_status_Type},
};
const apic_struct_desc schematic_planmigrations_count_migrations_response_params_desc = {
    "planmigrations_count_migrations_response.params", sizeof(schematic_planmigrations_count_migrations_response_params), schematic_planmigrations_count_migrations_response_params_desc_Fields, 4,
    offsetof(schematic_planmigrations_count_migrations_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_count_migrations_response_params_free(schematic_planmigrations_count_migrations_response_params *obj)
{
    apic_struct_free(&schematic_planmigrations_count_migrations_response_params_desc, obj);
}

int schematic_planmigrations_count_migrations_response_params_from_json(const char *json, size_t len, schematic_planmigrations_count_migrations_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_count_migrations_response_params_Type, json, len, &value, err);
    *out = (schematic_planmigrations_count_migrations_response_params *)value;
    return rc;
}

int schematic_planmigrations_count_migrations_response_params_to_json(const schematic_planmigrations_count_migrations_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_count_migrations_response_params_Type, obj, out, err);
}

/* planmigrations_preview_migration_response */
static const apic_field schematic_planmigrations_preview_migration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planmigrations_preview_migration_response, data), -1, -1, &schematic_plan_version_migration_preview_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planmigrations_preview_migration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planmigrations_preview_migration_response_desc = {
    "planmigrations_preview_migration_response", sizeof(schematic_planmigrations_preview_migration_response), schematic_planmigrations_preview_migration_response_desc_Fields, 2,
    offsetof(schematic_planmigrations_preview_migration_response, unknown_fields),
    -1,
    NULL
};

void schematic_planmigrations_preview_migration_response_free(schematic_planmigrations_preview_migration_response *obj)
{
    apic_struct_free(&schematic_planmigrations_preview_migration_response_desc, obj);
}

int schematic_planmigrations_preview_migration_response_from_json(const char *json, size_t len, schematic_planmigrations_preview_migration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planmigrations_preview_migration_response_Type, json, len, &value, err);
    *out = (schematic_planmigrations_preview_migration_response *)value;
    return rc;
}

int schematic_planmigrations_preview_migration_response_to_json(const schematic_planmigrations_preview_migration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planmigrations_preview_migration_response_Type, obj, out, err);
}

/* plans_list_response */
static const apic_field schematic_plans_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_list_response, data), -1, -1, &schematic_plan_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_list_response, params), -1, -1, &schematic_plans_list_response_params_Type},
};
const apic_struct_desc schematic_plans_list_response_desc = {
    "plans_list_response", sizeof(schematic_plans_list_response), schematic_plans_list_response_desc_Fields, 2,
    offsetof(schematic_plans_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_response_free(schematic_plans_list_response *obj)
{
    apic_struct_free(&schematic_plans_list_response_desc, obj);
}

int schematic_plans_list_response_from_json(const char *json, size_t len, schematic_plans_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_response_Type, json, len, &value, err);
    *out = (schematic_plans_list_response *)value;
    return rc;
}

int schematic_plans_list_response_to_json(const schematic_plans_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_response_Type, obj, out, err);
}

/* plans_list_response.params */
static const apic_field schematic_plans_list_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_plans_list_response_params, company_id), -1, -1, &apic_type_string},
    {"company_scoped_only", 19, 0, offsetof(schematic_plans_list_response_params, company_scoped_only), offsetof(schematic_plans_list_response_params, has_company_scoped_only), -1, &apic_type_bool},
    {"exclude_company_scoped", 22, 0, offsetof(schematic_plans_list_response_params, exclude_company_scoped), offsetof(schematic_plans_list_response_params, has_exclude_company_scoped), -1, &apic_type_bool},
    {"for_fallback_plan", 17, 0, offsetof(schematic_plans_list_response_params, for_fallback_plan), offsetof(schematic_plans_list_response_params, has_for_fallback_plan), -1, &apic_type_bool},
    {"for_initial_plan", 16, 0, offsetof(schematic_plans_list_response_params, for_initial_plan), offsetof(schematic_plans_list_response_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_plans_list_response_params, for_trial_expiry_plan), offsetof(schematic_plans_list_response_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"has_product_id", 14, 0, offsetof(schematic_plans_list_response_params, has_product_id), offsetof(schematic_plans_list_response_params, has_has_product_id), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_plans_list_response_params, ids), offsetof(schematic_plans_list_response_params, has_ids), -1, &schematic_string_array_Type},
    {"include_draft_versions", 22, 0, offsetof(schematic_plans_list_response_params, include_draft_versions), offsetof(schematic_plans_list_response_params, has_include_draft_versions), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_plans_list_response_params, limit), offsetof(schematic_plans_list_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_list_response_params, offset), offsetof(schematic_plans_list_response_params, has_offset), -1, &apic_type_int64},
    {"plan_type", 9, 0, offsetof(schematic_plans_list_response_params, plan_type), offsetof(schematic_plans_list_response_params, has_plan_type), -1, &schematic_plan_type_Type},
    {"q", 1, 0, offsetof(schematic_plans_list_response_params, q), -1, -1, &apic_type_string},
    {"scoped_to_company_id", 20, 0, offsetof(schematic_plans_list_response_params, scoped_to_company_id), -1, -1, &apic_type_string},
    {"with_entitlements", 17, 0, offsetof(schematic_plans_list_response_params, with_entitlements), offsetof(schematic_plans_list_response_params, has_with_entitlements), -1, &apic_type_bool},
    {"without_entitlement_for", 23, 0, offsetof(schematic_plans_list_response_params, without_entitlement_for), -1, -1, &apic_type_string},
    {"without_paid_product_id", 23, 0, offsetof(schematic_plans_list_response_params, without_paid_product_id), offsetof(schematic_plans_list_response_params, has_without_paid_product_id), -1, &apic_type_bool},
};
const apic_struct_desc schematic_plans_list_response_params_desc = {
    "plans_list_response.params", sizeof(schematic_plans_list_response_params), schematic_plans_list_response_params_desc_Fields, 17,
    offsetof(schematic_plans_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_response_params_free(schematic_plans_list_response_params *obj)
{
    apic_struct_free(&schematic_plans_list_response_params_desc, obj);
}

int schematic_plans_list_response_params_from_json(const char *json, size_t len, schematic_plans_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_list_response_params *)value;
    return rc;
}

int schematic_plans_list_response_params_to_json(const schematic_plans_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_response_params_Type, obj, out, err);
}

/* plans_create_response */
static const apic_field schematic_plans_create_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_create_response, data), -1, -1, &schematic_plan_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_create_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_create_response_desc = {
    "plans_create_response", sizeof(schematic_plans_create_response), schematic_plans_create_response_desc_Fields, 2,
    offsetof(schematic_plans_create_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_create_response_free(schematic_plans_create_response *obj)
{
    apic_struct_free(&schematic_plans_create_response_desc, obj);
}

int schematic_plans_create_response_from_json(const char *json, size_t len, schematic_plans_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_create_response_Type, json, len, &value, err);
    *out = (schematic_plans_create_response *)value;
    return rc;
}

int schematic_plans_create_response_to_json(const schematic_plans_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_create_response_Type, obj, out, err);
}

/* plans_get_response */
static const apic_field schematic_plans_get_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_get_response, data), -1, -1, &schematic_plan_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_get_response, params), -1, -1, &schematic_plans_get_response_params_Type},
};
const apic_struct_desc schematic_plans_get_response_desc = {
    "plans_get_response", sizeof(schematic_plans_get_response), schematic_plans_get_response_desc_Fields, 2,
    offsetof(schematic_plans_get_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_get_response_free(schematic_plans_get_response *obj)
{
    apic_struct_free(&schematic_plans_get_response_desc, obj);
}

int schematic_plans_get_response_from_json(const char *json, size_t len, schematic_plans_get_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_get_response_Type, json, len, &value, err);
    *out = (schematic_plans_get_response *)value;
    return rc;
}

int schematic_plans_get_response_to_json(const schematic_plans_get_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_get_response_Type, obj, out, err);
}

/* plans_get_response.params */
static const apic_field schematic_plans_get_response_params_desc_Fields[] = {
    {"plan_version_id", 15, 0, offsetof(schematic_plans_get_response_params, plan_version_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plans_get_response_params_desc = {
    "plans_get_response.params", sizeof(schematic_plans_get_response_params), schematic_plans_get_response_params_desc_Fields, 1,
    offsetof(schematic_plans_get_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_get_response_params_free(schematic_plans_get_response_params *obj)
{
    apic_struct_free(&schematic_plans_get_response_params_desc, obj);
}

int schematic_plans_get_response_params_from_json(const char *json, size_t len, schematic_plans_get_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_get_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_get_response_params *)value;
    return rc;
}

int schematic_plans_get_response_params_to_json(const schematic_plans_get_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_get_response_params_Type, obj, out, err);
}

/* plans_update_response */
static const apic_field schematic_plans_update_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_update_response, data), -1, -1, &schematic_plan_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_update_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_update_response_desc = {
    "plans_update_response", sizeof(schematic_plans_update_response), schematic_plans_update_response_desc_Fields, 2,
    offsetof(schematic_plans_update_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_update_response_free(schematic_plans_update_response *obj)
{
    apic_struct_free(&schematic_plans_update_response_desc, obj);
}

int schematic_plans_update_response_from_json(const char *json, size_t len, schematic_plans_update_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_update_response_Type, json, len, &value, err);
    *out = (schematic_plans_update_response *)value;
    return rc;
}

int schematic_plans_update_response_to_json(const schematic_plans_update_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_update_response_Type, obj, out, err);
}

/* plans_delete_response */
static const apic_field schematic_plans_delete_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_delete_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_delete_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_delete_response_desc = {
    "plans_delete_response", sizeof(schematic_plans_delete_response), schematic_plans_delete_response_desc_Fields, 2,
    offsetof(schematic_plans_delete_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_delete_response_free(schematic_plans_delete_response *obj)
{
    apic_struct_free(&schematic_plans_delete_response_desc, obj);
}

int schematic_plans_delete_response_from_json(const char *json, size_t len, schematic_plans_delete_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_delete_response_Type, json, len, &value, err);
    *out = (schematic_plans_delete_response *)value;
    return rc;
}

int schematic_plans_delete_response_to_json(const schematic_plans_delete_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_delete_response_Type, obj, out, err);
}

/* plans_upsert_billing_product_response */
static const apic_field schematic_plans_upsert_billing_product_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_upsert_billing_product_response, data), -1, -1, &schematic_billing_product_plan_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_upsert_billing_product_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_upsert_billing_product_response_desc = {
    "plans_upsert_billing_product_response", sizeof(schematic_plans_upsert_billing_product_response), schematic_plans_upsert_billing_product_response_desc_Fields, 2,
    offsetof(schematic_plans_upsert_billing_product_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_upsert_billing_product_response_free(schematic_plans_upsert_billing_product_response *obj)
{
    apic_struct_free(&schematic_plans_upsert_billing_product_response_desc, obj);
}

int schematic_plans_upsert_billing_product_response_from_json(const char *json, size_t len, schematic_plans_upsert_billing_product_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_upsert_billing_product_response_Type, json, len, &value, err);
    *out = (schematic_plans_upsert_billing_product_response *)value;
    return rc;
}

int schematic_plans_upsert_billing_product_response_to_json(const schematic_plans_upsert_billing_product_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_upsert_billing_product_response_Type, obj, out, err);
}

/* plans_upsert_for_billing_product_response */
static const apic_field schematic_plans_upsert_for_billing_product_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_upsert_for_billing_product_response, data), -1, -1, &schematic_plan_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_upsert_for_billing_product_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_upsert_for_billing_product_response_desc = {
    "plans_upsert_for_billing_product_response", sizeof(schematic_plans_upsert_for_billing_product_response), schematic_plans_upsert_for_billing_product_response_desc_Fields, 2,
    offsetof(schematic_plans_upsert_for_billing_product_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_upsert_for_billing_product_response_free(schematic_plans_upsert_for_billing_product_response *obj)
{
    apic_struct_free(&schematic_plans_upsert_for_billing_product_response_desc, obj);
}

int schematic_plans_upsert_for_billing_product_response_from_json(const char *json, size_t len, schematic_plans_upsert_for_billing_product_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_upsert_for_billing_product_response_Type, json, len, &value, err);
    *out = (schematic_plans_upsert_for_billing_product_response *)value;
    return rc;
}

int schematic_plans_upsert_for_billing_product_response_to_json(const schematic_plans_upsert_for_billing_product_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_upsert_for_billing_product_response_Type, obj, out, err);
}

/* plans_list_billing_product_match_companies_response */
static const apic_field schematic_plans_list_billing_product_match_companies_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_list_billing_product_match_companies_response, data), -1, -1, &schematic_company_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_list_billing_product_match_companies_response, params), -1, -1, &schematic_plans_list_billing_product_match_companies_response_params_Type},
};
const apic_struct_desc schematic_plans_list_billing_product_match_companies_response_desc = {
    "plans_list_billing_product_match_companies_response", sizeof(schematic_plans_list_billing_product_match_companies_response), schematic_plans_list_billing_product_match_companies_response_desc_Fields, 2,
    offsetof(schematic_plans_list_billing_product_match_companies_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_billing_product_match_companies_response_free(schematic_plans_list_billing_product_match_companies_response *obj)
{
    apic_struct_free(&schematic_plans_list_billing_product_match_companies_response_desc, obj);
}

int schematic_plans_list_billing_product_match_companies_response_from_json(const char *json, size_t len, schematic_plans_list_billing_product_match_companies_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_billing_product_match_companies_response_Type, json, len, &value, err);
    *out = (schematic_plans_list_billing_product_match_companies_response *)value;
    return rc;
}

int schematic_plans_list_billing_product_match_companies_response_to_json(const schematic_plans_list_billing_product_match_companies_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_billing_product_match_companies_response_Type, obj, out, err);
}

/* plans_list_billing_product_match_companies_response.params */
static const apic_field schematic_plans_list_billing_product_match_companies_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_plans_list_billing_product_match_companies_response_params, limit), offsetof(schematic_plans_list_billing_product_match_companies_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_list_billing_product_match_companies_response_params, offset), offsetof(schematic_plans_list_billing_product_match_companies_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_plans_list_billing_product_match_companies_response_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_plans_list_billing_product_match_companies_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plans_list_billing_product_match_companies_response_params_desc = {
    "plans_list_billing_product_match_companies_response.params", sizeof(schematic_plans_list_billing_product_match_companies_response_params), schematic_plans_list_billing_product_match_companies_response_params_desc_Fields, 4,
    offsetof(schematic_plans_list_billing_product_match_companies_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_billing_product_match_companies_response_params_free(schematic_plans_list_billing_product_match_companies_response_params *obj)
{
    apic_struct_free(&schematic_plans_list_billing_product_match_companies_response_params_desc, obj);
}

int schematic_plans_list_billing_product_match_companies_response_params_from_json(const char *json, size_t len, schematic_plans_list_billing_product_match_companies_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_billing_product_match_companies_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_list_billing_product_match_companies_response_params *)value;
    return rc;
}

int schematic_plans_list_billing_product_match_companies_response_params_to_json(const schematic_plans_list_billing_product_match_companies_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_billing_product_match_companies_response_params_Type, obj, out, err);
}

/* plans_count_billing_product_match_companies_response */
static const apic_field schematic_plans_count_billing_product_match_companies_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_count_billing_product_match_companies_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_count_billing_product_match_companies_response, params), -1, -1, &schematic_plans_count_billing_product_match_companies_response_params_Type},
};
const apic_struct_desc schematic_plans_count_billing_product_match_companies_response_desc = {
    "plans_count_billing_product_match_companies_response", sizeof(schematic_plans_count_billing_product_match_companies_response), schematic_plans_count_billing_product_match_companies_response_desc_Fields, 2,
    offsetof(schematic_plans_count_billing_product_match_companies_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_count_billing_product_match_companies_response_free(schematic_plans_count_billing_product_match_companies_response *obj)
{
    apic_struct_free(&schematic_plans_count_billing_product_match_companies_response_desc, obj);
}

int schematic_plans_count_billing_product_match_companies_response_from_json(const char *json, size_t len, schematic_plans_count_billing_product_match_companies_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_count_billing_product_match_companies_response_Type, json, len, &value, err);
    *out = (schematic_plans_count_billing_product_match_companies_response *)value;
    return rc;
}

int schematic_plans_count_billing_product_match_companies_response_to_json(const schematic_plans_count_billing_product_match_companies_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_count_billing_product_match_companies_response_Type, obj, out, err);
}

/* plans_count_billing_product_match_companies_response.params */
static const apic_field schematic_plans_count_billing_product_match_companies_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_plans_count_billing_product_match_companies_response_params, limit), offsetof(schematic_plans_count_billing_product_match_companies_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_count_billing_product_match_companies_response_params, offset), offsetof(schematic_plans_count_billing_product_match_companies_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_plans_count_billing_product_match_companies_response_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_plans_count_billing_product_match_companies_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plans_count_billing_product_match_companies_response_params_desc = {
    "plans_count_billing_product_match_companies_response.params", sizeof(schematic_plans_count_billing_product_match_companies_response_params), schematic_plans_count_billing_product_match_companies_response_params_desc_Fields, 4,
    offsetof(schematic_plans_count_billing_product_match_companies_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_count_billing_product_match_companies_response_params_free(schematic_plans_count_billing_product_match_companies_response_params *obj)
{
    apic_struct_free(&schematic_plans_count_billing_product_match_companies_response_params_desc, obj);
}

int schematic_plans_count_billing_product_match_companies_response_params_from_json(const char *json, size_t len, schematic_plans_count_billing_product_match_companies_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_count_billing_product_match_companies_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_count_billing_product_match_companies_response_params *)value;
    return rc;
}

int schematic_plans_count_billing_product_match_companies_response_params_to_json(const schematic_plans_count_billing_product_match_companies_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_count_billing_product_match_companies_response_params_Type, obj, out, err);
}

/* plans_count_response */
static const apic_field schematic_plans_count_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_count_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_count_response, params), -1, -1, &schematic_plans_count_response_params_Type},
};
const apic_struct_desc schematic_plans_count_response_desc = {
    "plans_count_response", sizeof(schematic_plans_count_response), schematic_plans_count_response_desc_Fields, 2,
    offsetof(schematic_plans_count_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_count_response_free(schematic_plans_count_response *obj)
{
    apic_struct_free(&schematic_plans_count_response_desc, obj);
}

int schematic_plans_count_response_from_json(const char *json, size_t len, schematic_plans_count_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_count_response_Type, json, len, &value, err);
    *out = (schematic_plans_count_response *)value;
    return rc;
}

int schematic_plans_count_response_to_json(const schematic_plans_count_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_count_response_Type, obj, out, err);
}

/* plans_count_response.params */
static const apic_field schematic_plans_count_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_plans_count_response_params, company_id), -1, -1, &apic_type_string},
    {"company_scoped_only", 19, 0, offsetof(schematic_plans_count_response_params, company_scoped_only), offsetof(schematic_plans_count_response_params, has_company_scoped_only), -1, &apic_type_bool},
    {"exclude_company_scoped", 22, 0, offsetof(schematic_plans_count_response_params, exclude_company_scoped), offsetof(schematic_plans_count_response_params, has_exclude_company_scoped), -1, &apic_type_bool},
    {"for_fallback_plan", 17, 0, offsetof(schematic_plans_count_response_params, for_fallback_plan), offsetof(schematic_plans_count_response_params, has_for_fallback_plan), -1, &apic_type_bool},
    {"for_initial_plan", 16, 0, offsetof(schematic_plans_count_response_params, for_initial_plan), offsetof(schematic_plans_count_response_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_plans_count_response_params, for_trial_expiry_plan), offsetof(schematic_plans_count_response_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"has_product_id", 14, 0, offsetof(schematic_plans_count_response_params, has_product_id), offsetof(schematic_plans_count_response_params, has_has_product_id), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_plans_count_response_params, ids), offsetof(schematic_plans_count_response_params, has_ids), -1, &schematic_string_array_Type},
    {"include_draft_versions", 22, 0, offsetof(schematic_plans_count_response_params, include_draft_versions), offsetof(schematic_plans_count_response_params, has_include_draft_versions), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_plans_count_response_params, limit), offsetof(schematic_plans_count_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_count_response_params, offset), offsetof(schematic_plans_count_response_params, has_offset), -1, &apic_type_int64},
    {"plan_type", 9, 0, offsetof(schematic_plans_count_response_params, plan_type), offsetof(schematic_plans_count_response_params, has_plan_type), -1, &schematic_plan_type_Type},
    {"q", 1, 0, offsetof(schematic_plans_count_response_params, q), -1, -1, &apic_type_string},
    {"scoped_to_company_id", 20, 0, offsetof(schematic_plans_count_response_params, scoped_to_company_id), -1, -1, &apic_type_string},
    {"with_entitlements", 17, 0, offsetof(schematic_plans_count_response_params, with_entitlements), offsetof(schematic_plans_count_response_params, has_with_entitlements), -1, &apic_type_bool},
    {"without_entitlement_for", 23, 0, offsetof(schematic_plans_count_response_params, without_entitlement_for), -1, -1, &apic_type_string},
    {"without_paid_product_id", 23, 0, offsetof(schematic_plans_count_response_params, without_paid_product_id), offsetof(schematic_plans_count_response_params, has_without_paid_product_id), -1, &apic_type_bool},
};
const apic_struct_desc schematic_plans_count_response_params_desc = {
    "plans_count_response.params", sizeof(schematic_plans_count_response_params), schematic_plans_count_response_params_desc_Fields, 17,
    offsetof(schematic_plans_count_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_count_response_params_free(schematic_plans_count_response_params *obj)
{
    apic_struct_free(&schematic_plans_count_response_params_desc, obj);
}

int schematic_plans_count_response_params_from_json(const char *json, size_t len, schematic_plans_count_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_count_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_count_response_params *)value;
    return rc;
}

int schematic_plans_count_response_params_to_json(const schematic_plans_count_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_count_response_params_Type, obj, out, err);
}

/* plans_list_issues_response */
static const apic_field schematic_plans_list_issues_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_list_issues_response, data), -1, -1, &schematic_plan_issue_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_list_issues_response, params), -1, -1, &schematic_plans_list_issues_response_params_Type},
};
const apic_struct_desc schematic_plans_list_issues_response_desc = {
    "plans_list_issues_response", sizeof(schematic_plans_list_issues_response), schematic_plans_list_issues_response_desc_Fields, 2,
    offsetof(schematic_plans_list_issues_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_issues_response_free(schematic_plans_list_issues_response *obj)
{
    apic_struct_free(&schematic_plans_list_issues_response_desc, obj);
}

int schematic_plans_list_issues_response_from_json(const char *json, size_t len, schematic_plans_list_issues_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_issues_response_Type, json, len, &value, err);
    *out = (schematic_plans_list_issues_response *)value;
    return rc;
}

int schematic_plans_list_issues_response_to_json(const schematic_plans_list_issues_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_issues_response_Type, obj, out, err);
}

/* plans_list_issues_response.params */
static const apic_field schematic_plans_list_issues_response_params_desc_Fields[] = {
    {"plan_id", 7, 0, offsetof(schematic_plans_list_issues_response_params, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, 0, offsetof(schematic_plans_list_issues_response_params, plan_version_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plans_list_issues_response_params_desc = {
    "plans_list_issues_response.params", sizeof(schematic_plans_list_issues_response_params), schematic_plans_list_issues_response_params_desc_Fields, 2,
    offsetof(schematic_plans_list_issues_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_issues_response_params_free(schematic_plans_list_issues_response_params *obj)
{
    apic_struct_free(&schematic_plans_list_issues_response_params_desc, obj);
}

int schematic_plans_list_issues_response_params_from_json(const char *json, size_t len, schematic_plans_list_issues_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_issues_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_list_issues_response_params *)value;
    return rc;
}

int schematic_plans_list_issues_response_params_to_json(const schematic_plans_list_issues_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_issues_response_params_Type, obj, out, err);
}

/* plans_delete_version_response */
static const apic_field schematic_plans_delete_version_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_delete_version_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_delete_version_response, params), -1, -1, &schematic_plans_delete_version_response_params_Type},
};
const apic_struct_desc schematic_plans_delete_version_response_desc = {
    "plans_delete_version_response", sizeof(schematic_plans_delete_version_response), schematic_plans_delete_version_response_desc_Fields, 2,
    offsetof(schematic_plans_delete_version_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_delete_version_response_free(schematic_plans_delete_version_response *obj)
{
    apic_struct_free(&schematic_plans_delete_version_response_desc, obj);
}

int schematic_plans_delete_version_response_from_json(const char *json, size_t len, schematic_plans_delete_version_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_delete_version_response_Type, json, len, &value, err);
    *out = (schematic_plans_delete_version_response *)value;
    return rc;
}

int schematic_plans_delete_version_response_to_json(const schematic_plans_delete_version_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_delete_version_response_Type, obj, out, err);
}

/* plans_delete_version_response.params */
static const apic_field schematic_plans_delete_version_response_params_desc_Fields[] = {
    {"promote_archived_version", 24, 0, offsetof(schematic_plans_delete_version_response_params, promote_archived_version), offsetof(schematic_plans_delete_version_response_params, has_promote_archived_version), -1, &apic_type_bool},
};
const apic_struct_desc schematic_plans_delete_version_response_params_desc = {
    "plans_delete_version_response.params", sizeof(schematic_plans_delete_version_response_params), schematic_plans_delete_version_response_params_desc_Fields, 1,
    offsetof(schematic_plans_delete_version_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_delete_version_response_params_free(schematic_plans_delete_version_response_params *obj)
{
    apic_struct_free(&schematic_plans_delete_version_response_params_desc, obj);
}

int schematic_plans_delete_version_response_params_from_json(const char *json, size_t len, schematic_plans_delete_version_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_delete_version_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_delete_version_response_params *)value;
    return rc;
}

int schematic_plans_delete_version_response_params_to_json(const schematic_plans_delete_version_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_delete_version_response_params_Type, obj, out, err);
}

/* plans_publish_version_response */
static const apic_field schematic_plans_publish_version_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_publish_version_response, data), -1, -1, &schematic_plan_version_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_publish_version_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_publish_version_response_desc = {
    "plans_publish_version_response", sizeof(schematic_plans_publish_version_response), schematic_plans_publish_version_response_desc_Fields, 2,
    offsetof(schematic_plans_publish_version_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_publish_version_response_free(schematic_plans_publish_version_response *obj)
{
    apic_struct_free(&schematic_plans_publish_version_response_desc, obj);
}

int schematic_plans_publish_version_response_from_json(const char *json, size_t len, schematic_plans_publish_version_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_publish_version_response_Type, json, len, &value, err);
    *out = (schematic_plans_publish_version_response *)value;
    return rc;
}

int schematic_plans_publish_version_response_to_json(const schematic_plans_publish_version_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_publish_version_response_Type, obj, out, err);
}

/* componentspublic_get_public_plans_response */
static const apic_field schematic_componentspublic_get_public_plans_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_componentspublic_get_public_plans_response, data), -1, -1, &schematic_public_plans_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_componentspublic_get_public_plans_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_componentspublic_get_public_plans_response_desc = {
    "componentspublic_get_public_plans_response", sizeof(schematic_componentspublic_get_public_plans_response), schematic_componentspublic_get_public_plans_response_desc_Fields, 2,
    offsetof(schematic_componentspublic_get_public_plans_response, unknown_fields),
    -1,
    NULL
};

void schematic_componentspublic_get_public_plans_response_free(schematic_componentspublic_get_public_plans_response *obj)
{
    apic_struct_free(&schematic_componentspublic_get_public_plans_response_desc, obj);
}

int schematic_componentspublic_get_public_plans_response_from_json(const char *json, size_t len, schematic_componentspublic_get_public_plans_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_componentspublic_get_public_plans_response_Type, json, len, &value, err);
    *out = (schematic_componentspublic_get_public_plans_response *)value;
    return rc;
}

int schematic_componentspublic_get_public_plans_response_to_json(const schematic_componentspublic_get_public_plans_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_componentspublic_get_public_plans_response_Type, obj, out, err);
}

/* accounts_quickstart_response */
static const apic_field schematic_accounts_quickstart_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_quickstart_response, data), -1, -1, &schematic_quickstart_resp_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_quickstart_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_quickstart_response_desc = {
    "accounts_quickstart_response", sizeof(schematic_accounts_quickstart_response), schematic_accounts_quickstart_response_desc_Fields, 2,
    offsetof(schematic_accounts_quickstart_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_quickstart_response_free(schematic_accounts_quickstart_response *obj)
{
    apic_struct_free(&schematic_accounts_quickstart_response_desc, obj);
}

int schematic_accounts_quickstart_response_from_json(const char *json, size_t len, schematic_accounts_quickstart_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_quickstart_response_Type, json, len, &value, err);
    *out = (schematic_accounts_quickstart_response *)value;
    return rc;
}

int schematic_accounts_quickstart_response_to_json(const schematic_accounts_quickstart_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_quickstart_response_Type, obj, out, err);
}

/* scheduledcheckout_list_scheduled_checkouts_response */
static const apic_field schematic_scheduledcheckout_list_scheduled_checkouts_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response, data), -1, -1, &schematic_scheduled_checkout_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response, params), -1, -1, &schematic_scheduledcheckout_list_scheduled_checkouts_response_params_Type},
};
const apic_struct_desc schematic_scheduledcheckout_list_scheduled_checkouts_response_desc = {
    "scheduledcheckout_list_scheduled_checkouts_response", sizeof(schematic_scheduledcheckout_list_scheduled_checkouts_response), schematic_scheduledcheckout_list_scheduled_checkouts_response_desc_Fields, 2,
    offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response, unknown_fields),
    -1,
    NULL
};

void schematic_scheduledcheckout_list_scheduled_checkouts_response_free(schematic_scheduledcheckout_list_scheduled_checkouts_response *obj)
{
    apic_struct_free(&schematic_scheduledcheckout_list_scheduled_checkouts_response_desc, obj);
}

int schematic_scheduledcheckout_list_scheduled_checkouts_response_from_json(const char *json, size_t len, schematic_scheduledcheckout_list_scheduled_checkouts_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_scheduledcheckout_list_scheduled_checkouts_response_Type, json, len, &value, err);
    *out = (schematic_scheduledcheckout_list_scheduled_checkouts_response *)value;
    return rc;
}

int schematic_scheduledcheckout_list_scheduled_checkouts_response_to_json(const schematic_scheduledcheckout_list_scheduled_checkouts_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_scheduledcheckout_list_scheduled_checkouts_response_Type, obj, out, err);
}

/* scheduledcheckout_list_scheduled_checkouts_response.params */
static const apic_field schematic_scheduledcheckout_list_scheduled_checkouts_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, company_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, limit), offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, offset), offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, has_offset), -1, &apic_type_int64},
    {"status", 6, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, status), offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, has_status), -1, &schematic_scheduled_checkout_status_Type},
};
const apic_struct_desc schematic_scheduledcheckout_list_scheduled_checkouts_response_params_desc = {
    "scheduledcheckout_list_scheduled_checkouts_response.params", sizeof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params), schematic_scheduledcheckout_list_scheduled_checkouts_response_params_desc_Fields, 4,
    offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_scheduledcheckout_list_scheduled_checkouts_response_params_free(schematic_scheduledcheckout_list_scheduled_checkouts_response_params *obj)
{
    apic_struct_free(&schematic_scheduledcheckout_list_scheduled_checkouts_response_params_desc, obj);
}

int schematic_scheduledcheckout_list_scheduled_checkouts_response_params_from_json(const char *json, size_t len, schematic_scheduledcheckout_list_scheduled_checkouts_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_scheduledcheckout_list_scheduled_checkouts_response_params_Type, json, len, &value, err);
    *out = (schematic_scheduledcheckout_list_scheduled_checkouts_response_params *)value;
    return rc;
}

int schematic_scheduledcheckout_list_scheduled_checkouts_response_params_to_json(const schematic_scheduledcheckout_list_scheduled_checkouts_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_scheduledcheckout_list_scheduled_checkouts_response_params_Type, obj, out, err);
}

/* scheduledcheckout_create_scheduled_checkout_response */
static const apic_field schematic_scheduledcheckout_create_scheduled_checkout_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_create_scheduled_checkout_response, data), -1, -1, &schematic_scheduled_checkout_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_create_scheduled_checkout_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_scheduledcheckout_create_scheduled_checkout_response_desc = {
    "scheduledcheckout_create_scheduled_checkout_response", sizeof(schematic_scheduledcheckout_create_scheduled_checkout_response), schematic_scheduledcheckout_create_scheduled_checkout_response_desc_Fields, 2,
    offsetof(schematic_scheduledcheckout_create_scheduled_checkout_response, unknown_fields),
    -1,
    NULL
};

void schematic_scheduledcheckout_create_scheduled_checkout_response_free(schematic_scheduledcheckout_create_scheduled_checkout_response *obj)
{
    apic_struct_free(&schematic_scheduledcheckout_create_scheduled_checkout_response_desc, obj);
}

int schematic_scheduledcheckout_create_scheduled_checkout_response_from_json(const char *json, size_t len, schematic_scheduledcheckout_create_scheduled_checkout_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_scheduledcheckout_create_scheduled_checkout_response_Type, json, len, &value, err);
    *out = (schematic_scheduledcheckout_create_scheduled_checkout_response *)value;
    return rc;
}

int schematic_scheduledcheckout_create_scheduled_checkout_response_to_json(const schematic_scheduledcheckout_create_scheduled_checkout_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_scheduledcheckout_create_scheduled_checkout_response_Type, obj, out, err);
}

/* scheduledcheckout_get_scheduled_checkout_response */
static const apic_field schematic_scheduledcheckout_get_scheduled_checkout_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_get_scheduled_checkout_response, data), -1, -1, &schematic_scheduled_checkout_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_get_scheduled_checkout_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_scheduledcheckout_get_scheduled_checkout_response_desc = {
    "scheduledcheckout_get_scheduled_checkout_response", sizeof(schematic_scheduledcheckout_get_scheduled_checkout_response), schematic_scheduledcheckout_get_scheduled_checkout_response_desc_Fields, 2,
    offsetof(schematic_scheduledcheckout_get_scheduled_checkout_response, unknown_fields),
    -1,
    NULL
};

void schematic_scheduledcheckout_get_scheduled_checkout_response_free(schematic_scheduledcheckout_get_scheduled_checkout_response *obj)
{
    apic_struct_free(&schematic_scheduledcheckout_get_scheduled_checkout_response_desc, obj);
}

int schematic_scheduledcheckout_get_scheduled_checkout_response_from_json(const char *json, size_t len, schematic_scheduledcheckout_get_scheduled_checkout_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_scheduledcheckout_get_scheduled_checkout_response_Type, json, len, &value, err);
    *out = (schematic_scheduledcheckout_get_scheduled_checkout_response *)value;
    return rc;
}

int schematic_scheduledcheckout_get_scheduled_checkout_response_to_json(const schematic_scheduledcheckout_get_scheduled_checkout_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_scheduledcheckout_get_scheduled_checkout_response_Type, obj, out, err);
}

/* scheduledcheckout_update_scheduled_checkout_response */
static const apic_field schematic_scheduledcheckout_update_scheduled_checkout_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_update_scheduled_checkout_response, data), -1, -1, &schematic_scheduled_checkout_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_update_scheduled_checkout_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_scheduledcheckout_update_scheduled_checkout_response_desc = {
    "scheduledcheckout_update_scheduled_checkout_response", sizeof(schematic_scheduledcheckout_update_scheduled_checkout_response), schematic_scheduledcheckout_update_scheduled_checkout_response_desc_Fields, 2,
    offsetof(schematic_scheduledcheckout_update_scheduled_checkout_response, unknown_fields),
    -1,
    NULL
};

void schematic_scheduledcheckout_update_scheduled_checkout_response_free(schematic_scheduledcheckout_update_scheduled_checkout_response *obj)
{
    apic_struct_free(&schematic_scheduledcheckout_update_scheduled_checkout_response_desc, obj);
}

int schematic_scheduledcheckout_update_scheduled_checkout_response_from_json(const char *json, size_t len, schematic_scheduledcheckout_update_scheduled_checkout_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_scheduledcheckout_update_scheduled_checkout_response_Type, json, len, &value, err);
    *out = (schematic_scheduledcheckout_update_scheduled_checkout_response *)value;
    return rc;
}

int schematic_scheduledcheckout_update_scheduled_checkout_response_to_json(const schematic_scheduledcheckout_update_scheduled_checkout_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_scheduledcheckout_update_scheduled_checkout_response_Type, obj, out, err);
}

/* events_get_segment_integration_status_response */
static const apic_field schematic_events_get_segment_integration_status_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_events_get_segment_integration_status_response, data), -1, -1, &schematic_segment_status_resp_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_events_get_segment_integration_status_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_events_get_segment_integration_status_response_desc = {
    "events_get_segment_integration_status_response", sizeof(schematic_events_get_segment_integration_status_response), schematic_events_get_segment_integration_status_response_desc_Fields, 2,
    offsetof(schematic_events_get_segment_integration_status_response, unknown_fields),
    -1,
    NULL
};

void schematic_events_get_segment_integration_status_response_free(schematic_events_get_segment_integration_status_response *obj)
{
    apic_struct_free(&schematic_events_get_segment_integration_status_response_desc, obj);
}

int schematic_events_get_segment_integration_status_response_from_json(const char *json, size_t len, schematic_events_get_segment_integration_status_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_get_segment_integration_status_response_Type, json, len, &value, err);
    *out = (schematic_events_get_segment_integration_status_response *)value;
    return rc;
}

int schematic_events_get_segment_integration_status_response_to_json(const schematic_events_get_segment_integration_status_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_get_segment_integration_status_response_Type, obj, out, err);
}

/* checkout_update_customer_subscription_trial_end_response */
static const apic_field schematic_checkout_update_customer_subscription_trial_end_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_update_customer_subscription_trial_end_response, data), -1, -1, &schematic_billing_subscription_view_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_update_customer_subscription_trial_end_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_update_customer_subscription_trial_end_response_desc = {
    "checkout_update_customer_subscription_trial_end_response", sizeof(schematic_checkout_update_customer_subscription_trial_end_response), schematic_checkout_update_customer_subscription_trial_end_response_desc_Fields, 2,
    offsetof(schematic_checkout_update_customer_subscription_trial_end_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_update_customer_subscription_trial_end_response_free(schematic_checkout_update_customer_subscription_trial_end_response *obj)
{
    apic_struct_free(&schematic_checkout_update_customer_subscription_trial_end_response_desc, obj);
}

int schematic_checkout_update_customer_subscription_trial_end_response_from_json(const char *json, size_t len, schematic_checkout_update_customer_subscription_trial_end_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_update_customer_subscription_trial_end_response_Type, json, len, &value, err);
    *out = (schematic_checkout_update_customer_subscription_trial_end_response *)value;
    return rc;
}

int schematic_checkout_update_customer_subscription_trial_end_response_to_json(const schematic_checkout_update_customer_subscription_trial_end_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_update_customer_subscription_trial_end_response_Type, obj, out, err);
}

/* accesstokens_issue_temporary_access_token_response */
static const apic_field schematic_accesstokens_issue_temporary_access_token_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accesstokens_issue_temporary_access_token_response, data), -1, -1, &schematic_issue_temporary_access_token_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accesstokens_issue_temporary_access_token_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accesstokens_issue_temporary_access_token_response_desc = {
    "accesstokens_issue_temporary_access_token_response", sizeof(schematic_accesstokens_issue_temporary_access_token_response), schematic_accesstokens_issue_temporary_access_token_response_desc_Fields, 2,
    offsetof(schematic_accesstokens_issue_temporary_access_token_response, unknown_fields),
    -1,
    NULL
};

void schematic_accesstokens_issue_temporary_access_token_response_free(schematic_accesstokens_issue_temporary_access_token_response *obj)
{
    apic_struct_free(&schematic_accesstokens_issue_temporary_access_token_response_desc, obj);
}

int schematic_accesstokens_issue_temporary_access_token_response_from_json(const char *json, size_t len, schematic_accesstokens_issue_temporary_access_token_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accesstokens_issue_temporary_access_token_response_Type, json, len, &value, err);
    *out = (schematic_accesstokens_issue_temporary_access_token_response *)value;
    return rc;
}

int schematic_accesstokens_issue_temporary_access_token_response_to_json(const schematic_accesstokens_issue_temporary_access_token_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accesstokens_issue_temporary_access_token_response_Type, obj, out, err);
}

/* entitlements_get_feature_usage_by_company_response */
static const apic_field schematic_entitlements_get_feature_usage_by_company_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_by_company_response, data), -1, -1, &schematic_feature_usage_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_feature_usage_by_company_response, params), -1, -1, &schematic_entitlements_get_feature_usage_by_company_response_params_Type},
};
const apic_struct_desc schematic_entitlements_get_feature_usage_by_company_response_desc = {
    "entitlements_get_feature_usage_by_company_response", sizeof(schematic_entitlements_get_feature_usage_by_company_response), schematic_entitlements_get_feature_usage_by_company_response_desc_Fields, 2,
    offsetof(schematic_entitlements_get_feature_usage_by_company_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_feature_usage_by_company_response_free(schematic_entitlements_get_feature_usage_by_company_response *obj)
{
    apic_struct_free(&schematic_entitlements_get_feature_usage_by_company_response_desc, obj);
}

int schematic_entitlements_get_feature_usage_by_company_response_from_json(const char *json, size_t len, schematic_entitlements_get_feature_usage_by_company_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_feature_usage_by_company_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_feature_usage_by_company_response *)value;
    return rc;
}

int schematic_entitlements_get_feature_usage_by_company_response_to_json(const schematic_entitlements_get_feature_usage_by_company_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_feature_usage_by_company_response_Type, obj, out, err);
}

/* entitlements_get_feature_usage_by_company_response.params */
static const apic_field schematic_entitlements_get_feature_usage_by_company_response_params_desc_Fields[] = {
    {"keys", 4, 0, offsetof(schematic_entitlements_get_feature_usage_by_company_response_params, keys), offsetof(schematic_entitlements_get_feature_usage_by_company_response_params, has_keys), -1, &schematic_string_map_Type},
};
const apic_struct_desc schematic_entitlements_get_feature_usage_by_company_response_params_desc = {
    "entitlements_get_feature_usage_by_company_response.params", sizeof(schematic_entitlements_get_feature_usage_by_company_response_params), schematic_entitlements_get_feature_usage_by_company_response_params_desc_Fields, 1,
    offsetof(schematic_entitlements_get_feature_usage_by_company_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_feature_usage_by_company_response_params_free(schematic_entitlements_get_feature_usage_by_company_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_get_feature_usage_by_company_response_params_desc, obj);
}

int schematic_entitlements_get_feature_usage_by_company_response_params_from_json(const char *json, size_t len, schematic_entitlements_get_feature_usage_by_company_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_feature_usage_by_company_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_feature_usage_by_company_response_params *)value;
    return rc;
}

int schematic_entitlements_get_feature_usage_by_company_response_params_to_json(const schematic_entitlements_get_feature_usage_by_company_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_feature_usage_by_company_response_params_Type, obj, out, err);
}

/* companies_upsert_user_trait_response */
static const apic_field schematic_companies_upsert_user_trait_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_user_trait_response, data), -1, -1, &schematic_user_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_user_trait_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_upsert_user_trait_response_desc = {
    "companies_upsert_user_trait_response", sizeof(schematic_companies_upsert_user_trait_response), schematic_companies_upsert_user_trait_response_desc_Fields, 2,
    offsetof(schematic_companies_upsert_user_trait_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_upsert_user_trait_response_free(schematic_companies_upsert_user_trait_response *obj)
{
    apic_struct_free(&schematic_companies_upsert_user_trait_response_desc, obj);
}

int schematic_companies_upsert_user_trait_response_from_json(const char *json, size_t len, schematic_companies_upsert_user_trait_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_upsert_user_trait_response_Type, json, len, &value, err);
    *out = (schematic_companies_upsert_user_trait_response *)value;
    return rc;
}

int schematic_companies_upsert_user_trait_response_to_json(const schematic_companies_upsert_user_trait_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_upsert_user_trait_response_Type, obj, out, err);
}

/* entitlements_get_user_usage_by_company_response */
static const apic_field schematic_entitlements_get_user_usage_by_company_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_user_usage_by_company_response, data), -1, -1, &schematic_user_usage_by_company_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_user_usage_by_company_response, params), -1, -1, &schematic_entitlements_get_user_usage_by_company_response_params_Type},
};
const apic_struct_desc schematic_entitlements_get_user_usage_by_company_response_desc = {
    "entitlements_get_user_usage_by_company_response", sizeof(schematic_entitlements_get_user_usage_by_company_response), schematic_entitlements_get_user_usage_by_company_response_desc_Fields, 2,
    offsetof(schematic_entitlements_get_user_usage_by_company_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_user_usage_by_company_response_free(schematic_entitlements_get_user_usage_by_company_response *obj)
{
    apic_struct_free(&schematic_entitlements_get_user_usage_by_company_response_desc, obj);
}

int schematic_entitlements_get_user_usage_by_company_response_from_json(const char *json, size_t len, schematic_entitlements_get_user_usage_by_company_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_user_usage_by_company_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_user_usage_by_company_response *)value;
    return rc;
}

int schematic_entitlements_get_user_usage_by_company_response_to_json(const schematic_entitlements_get_user_usage_by_company_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_user_usage_by_company_response_Type, obj, out, err);
}

/* entitlements_get_user_usage_by_company_response.params */
static const apic_field schematic_entitlements_get_user_usage_by_company_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_get_user_usage_by_company_response_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_entitlements_get_user_usage_by_company_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_id", 10, 0, offsetof(schematic_entitlements_get_user_usage_by_company_response_params, feature_id), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_entitlements_get_user_usage_by_company_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_entitlements_get_user_usage_by_company_response_params_desc = {
    "entitlements_get_user_usage_by_company_response.params", sizeof(schematic_entitlements_get_user_usage_by_company_response_params), schematic_entitlements_get_user_usage_by_company_response_params_desc_Fields, 4,
    offsetof(schematic_entitlements_get_user_usage_by_company_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_user_usage_by_company_response_params_free(schematic_entitlements_get_user_usage_by_company_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_get_user_usage_by_company_response_params_desc, obj);
}

int schematic_entitlements_get_user_usage_by_company_response_params_from_json(const char *json, size_t len, schematic_entitlements_get_user_usage_by_company_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_user_usage_by_company_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_user_usage_by_company_response_params *)value;
    return rc;
}

int schematic_entitlements_get_user_usage_by_company_response_params_to_json(const schematic_entitlements_get_user_usage_by_company_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_user_usage_by_company_response_params_Type, obj, out, err);
}

/* entitlements_get_user_usage_detail_response */
static const apic_field schematic_entitlements_get_user_usage_detail_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_user_usage_detail_response, data), -1, -1, &schematic_user_usage_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_user_usage_detail_response, params), -1, -1, &schematic_entitlements_get_user_usage_detail_response_params_Type},
};
const apic_struct_desc schematic_entitlements_get_user_usage_detail_response_desc = {
    "entitlements_get_user_usage_detail_response", sizeof(schematic_entitlements_get_user_usage_detail_response), schematic_entitlements_get_user_usage_detail_response_desc_Fields, 2,
    offsetof(schematic_entitlements_get_user_usage_detail_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_user_usage_detail_response_free(schematic_entitlements_get_user_usage_detail_response *obj)
{
    apic_struct_free(&schematic_entitlements_get_user_usage_detail_response_desc, obj);
}

int schematic_entitlements_get_user_usage_detail_response_from_json(const char *json, size_t len, schematic_entitlements_get_user_usage_detail_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_user_usage_detail_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_user_usage_detail_response *)value;
    return rc;
}

int schematic_entitlements_get_user_usage_detail_response_to_json(const schematic_entitlements_get_user_usage_detail_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_user_usage_detail_response_Type, obj, out, err);
}

/* entitlements_get_user_usage_detail_response.params */
static const apic_field schematic_entitlements_get_user_usage_detail_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_get_user_usage_detail_response_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_entitlements_get_user_usage_detail_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"start_time", 10, 0, offsetof(schematic_entitlements_get_user_usage_detail_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
    {"user_id", 7, 0, offsetof(schematic_entitlements_get_user_usage_detail_response_params, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entitlements_get_user_usage_detail_response_params_desc = {
    "entitlements_get_user_usage_detail_response.params", sizeof(schematic_entitlements_get_user_usage_detail_response_params), schematic_entitlements_get_user_usage_detail_response_params_desc_Fields, 4,
    offsetof(schematic_entitlements_get_user_usage_detail_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_user_usage_detail_response_params_free(schematic_entitlements_get_user_usage_detail_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_get_user_usage_detail_response_params_desc, obj);
}

int schematic_entitlements_get_user_usage_detail_response_params_from_json(const char *json, size_t len, schematic_entitlements_get_user_usage_detail_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_user_usage_detail_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_user_usage_detail_response_params *)value;
    return rc;
}

int schematic_entitlements_get_user_usage_detail_response_params_to_json(const schematic_entitlements_get_user_usage_detail_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_user_usage_detail_response_params_Type, obj, out, err);
}

/* companies_list_users_response */
static const apic_field schematic_companies_list_users_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_list_users_response, data), -1, -1, &schematic_user_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_list_users_response, params), -1, -1, &schematic_companies_list_users_response_params_Type},
};
const apic_struct_desc schematic_companies_list_users_response_desc = {
    "companies_list_users_response", sizeof(schematic_companies_list_users_response), schematic_companies_list_users_response_desc_Fields, 2,
    offsetof(schematic_companies_list_users_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_users_response_free(schematic_companies_list_users_response *obj)
{
    apic_struct_free(&schematic_companies_list_users_response_desc, obj);
}

int schematic_companies_list_users_response_from_json(const char *json, size_t len, schematic_companies_list_users_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_users_response_Type, json, len, &value, err);
    *out = (schematic_companies_list_users_response *)value;
    return rc;
}

int schematic_companies_list_users_response_to_json(const schematic_companies_list_users_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_users_response_Type, obj, out, err);
}

/* companies_list_users_response.params */
static const apic_field schematic_companies_list_users_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_list_users_response_params, company_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_companies_list_users_response_params, ids), offsetof(schematic_companies_list_users_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_users_response_params, limit), offsetof(schematic_companies_list_users_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_users_response_params, offset), offsetof(schematic_companies_list_users_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_companies_list_users_response_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_companies_list_users_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_list_users_response_params_desc = {
    "companies_list_users_response.params", sizeof(schematic_companies_list_users_response_params), schematic_companies_list_users_response_params_desc_Fields, 6,
    offsetof(schematic_companies_list_users_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_users_response_params_free(schematic_companies_list_users_response_params *obj)
{
    apic_struct_free(&schematic_companies_list_users_response_params_desc, obj);
}

int schematic_companies_list_users_response_params_from_json(const char *json, size_t len, schematic_companies_list_users_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_users_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_list_users_response_params *)value;
    return rc;
}

int schematic_companies_list_users_response_params_to_json(const schematic_companies_list_users_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_users_response_params_Type, obj, out, err);
}

/* companies_upsert_user_response */
static const apic_field schematic_companies_upsert_user_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_user_response, data), -1, -1, &schematic_user_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_user_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_upsert_user_response_desc = {
    "companies_upsert_user_response", sizeof(schematic_companies_upsert_user_response), schematic_companies_upsert_user_response_desc_Fields, 2,
    offsetof(schematic_companies_upsert_user_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_upsert_user_response_free(schematic_companies_upsert_user_response *obj)
{
    apic_struct_free(&schematic_companies_upsert_user_response_desc, obj);
}

int schematic_companies_upsert_user_response_from_json(const char *json, size_t len, schematic_companies_upsert_user_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_upsert_user_response_Type, json, len, &value, err);
    *out = (schematic_companies_upsert_user_response *)value;
    return rc;
}

int schematic_companies_upsert_user_response_to_json(const schematic_companies_upsert_user_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_upsert_user_response_Type, obj, out, err);
}

/* companies_get_user_response */
static const apic_field schematic_companies_get_user_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_user_response, data), -1, -1, &schematic_user_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_user_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_user_response_desc = {
    "companies_get_user_response", sizeof(schematic_companies_get_user_response), schematic_companies_get_user_response_desc_Fields, 2,
    offsetof(schematic_companies_get_user_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_user_response_free(schematic_companies_get_user_response *obj)
{
    apic_struct_free(&schematic_companies_get_user_response_desc, obj);
}

int schematic_companies_get_user_response_from_json(const char *json, size_t len, schematic_companies_get_user_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_user_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_user_response *)value;
    return rc;
}

int schematic_companies_get_user_response_to_json(const schematic_companies_get_user_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_user_response_Type, obj, out, err);
}

/* companies_delete_user_response */
static const apic_field schematic_companies_delete_user_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_delete_user_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_delete_user_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_delete_user_response_desc = {
    "companies_delete_user_response", sizeof(schematic_companies_delete_user_response), schematic_companies_delete_user_response_desc_Fields, 2,
    offsetof(schematic_companies_delete_user_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_user_response_free(schematic_companies_delete_user_response *obj)
{
    apic_struct_free(&schematic_companies_delete_user_response_desc, obj);
}

int schematic_companies_delete_user_response_from_json(const char *json, size_t len, schematic_companies_delete_user_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_user_response_Type, json, len, &value, err);
    *out = (schematic_companies_delete_user_response *)value;
    return rc;
}

int schematic_companies_delete_user_response_to_json(const schematic_companies_delete_user_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_user_response_Type, obj, out, err);
}
