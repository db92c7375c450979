/* Descriptors and entry points of Schematic models. Generated; do not edit. */
#include "internal.h"

/* credits_count_company_grants_response */
static const apic_field schematic_credits_count_company_grants_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_count_company_grants_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_count_company_grants_response, params), -1, -1, &schematic_credits_count_company_grants_response_params_Type},
};
const apic_struct_desc schematic_credits_count_company_grants_response_desc = {
    "credits_count_company_grants_response", sizeof(schematic_credits_count_company_grants_response), schematic_credits_count_company_grants_response_desc_Fields, 2,
    offsetof(schematic_credits_count_company_grants_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_company_grants_response_free(schematic_credits_count_company_grants_response *obj)
{
    apic_struct_free(&schematic_credits_count_company_grants_response_desc, obj);
}

int schematic_credits_count_company_grants_response_from_json(const char *json, size_t len, schematic_credits_count_company_grants_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_company_grants_response_Type, json, len, &value, err);
    *out = (schematic_credits_count_company_grants_response *)value;
    return rc;
}

int schematic_credits_count_company_grants_response_to_json(const schematic_credits_count_company_grants_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_company_grants_response_Type, obj, out, err);
}

/* credits_count_company_grants_response.params */
static const apic_field schematic_credits_count_company_grants_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_credits_count_company_grants_response_params, company_id), -1, -1, &apic_type_string},
    {"dir", 3, 0, offsetof(schematic_credits_count_company_grants_response_params, dir), offsetof(schematic_credits_count_company_grants_response_params, has_dir), -1, &schematic_sort_direction_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_company_grants_response_params, limit), offsetof(schematic_credits_count_company_grants_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_company_grants_response_params, offset), offsetof(schematic_credits_count_company_grants_response_params, has_offset), -1, &apic_type_int64},
    {"order", 5, 0, offsetof(schematic_credits_count_company_grants_response_params, order), offsetof(schematic_credits_count_company_grants_response_params, has_order), -1, &schematic_credit_grant_sort_order_Type},
};
const apic_struct_desc schematic_credits_count_company_grants_response_params_desc = {
    "credits_count_company_grants_response.params", sizeof(schematic_credits_count_company_grants_response_params), schematic_credits_count_company_grants_response_params_desc_Fields, 5,
    offsetof(schematic_credits_count_company_grants_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_company_grants_response_params_free(schematic_credits_count_company_grants_response_params *obj)
{
    apic_struct_free(&schematic_credits_count_company_grants_response_params_desc, obj);
}

int schematic_credits_count_company_grants_response_params_from_json(const char *json, size_t len, schematic_credits_count_company_grants_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_company_grants_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_count_company_grants_response_params *)value;
    return rc;
}

int schematic_credits_count_company_grants_response_params_to_json(const schematic_credits_count_company_grants_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_company_grants_response_params_Type, obj, out, err);
}

/* credits_list_company_grants_response */
static const apic_field schematic_credits_list_company_grants_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_list_company_grants_response, data), -1, -1, &schematic_billing_credit_grant_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_list_company_grants_response, params), -1, -1, &schematic_credits_list_company_grants_response_params_Type},
};
const apic_struct_desc schematic_credits_list_company_grants_response_desc = {
    "credits_list_company_grants_response", sizeof(schematic_credits_list_company_grants_response), schematic_credits_list_company_grants_response_desc_Fields, 2,
    offsetof(schematic_credits_list_company_grants_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_company_grants_response_free(schematic_credits_list_company_grants_response *obj)
{
    apic_struct_free(&schematic_credits_list_company_grants_response_desc, obj);
}

int schematic_credits_list_company_grants_response_from_json(const char *json, size_t len, schematic_credits_list_company_grants_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_company_grants_response_Type, json, len, &value, err);
    *out = (schematic_credits_list_company_grants_response *)value;
    return rc;
}

int schematic_credits_list_company_grants_response_to_json(const schematic_credits_list_company_grants_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_company_grants_response_Type, obj, out, err);
}

/* credits_list_company_grants_response.params */
static const apic_field schematic_credits_list_company_grants_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_credits_list_company_grants_response_params, company_id), -1, -1, &apic_type_string},
    {"dir", 3, 0, offsetof(schematic_credits_list_company_grants_response_params, dir), offsetof(schematic_credits_list_company_grants_response_params, has_dir), -1, &schematic_sort_direction_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_company_grants_response_params, limit), offsetof(schematic_credits_list_company_grants_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_company_grants_response_params, offset), offsetof(schematic_credits_list_company_grants_response_params, has_offset), -1, &apic_type_int64},
    {"order", 5, 0, offsetof(schematic_credits_list_company_grants_response_params, order), offsetof(schematic_credits_list_company_grants_response_params, has_order), -1, &schematic_credit_grant_sort_order_Type},
};
const apic_struct_desc schematic_credits_list_company_grants_response_params_desc = {
    "credits_list_company_grants_response.params", sizeof(schematic_credits_list_company_grants_response_params), schematic_credits_list_company_grants_response_params_desc_Fields, 5,
    offsetof(schematic_credits_list_company_grants_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_company_grants_response_params_free(schematic_credits_list_company_grants_response_params *obj)
{
    apic_struct_free(&schematic_credits_list_company_grants_response_params_desc, obj);
}

int schematic_credits_list_company_grants_response_params_from_json(const char *json, size_t len, schematic_credits_list_company_grants_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_company_grants_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_list_company_grants_response_params *)value;
    return rc;
}

int schematic_credits_list_company_grants_response_params_to_json(const schematic_credits_list_company_grants_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_company_grants_response_params_Type, obj, out, err);
}

/* credits_count_billing_grants_response */
static const apic_field schematic_credits_count_billing_grants_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_count_billing_grants_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_count_billing_grants_response, params), -1, -1, &schematic_credits_count_billing_grants_response_params_Type},
};
const apic_struct_desc schematic_credits_count_billing_grants_response_desc = {
    "credits_count_billing_grants_response", sizeof(schematic_credits_count_billing_grants_response), schematic_credits_count_billing_grants_response_desc_Fields, 2,
    offsetof(schematic_credits_count_billing_grants_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_billing_grants_response_free(schematic_credits_count_billing_grants_response *obj)
{
    apic_struct_free(&schematic_credits_count_billing_grants_response_desc, obj);
}

int schematic_credits_count_billing_grants_response_from_json(const char *json, size_t len, schematic_credits_count_billing_grants_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_billing_grants_response_Type, json, len, &value, err);
    *out = (schematic_credits_count_billing_grants_response *)value;
    return rc;
}

int schematic_credits_count_billing_grants_response_to_json(const schematic_credits_count_billing_grants_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_billing_grants_response_Type, obj, out, err);
}

/* credits_count_billing_grants_response.params */
static const apic_field schematic_credits_count_billing_grants_response_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_count_billing_grants_response_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_count_billing_grants_response_params, ids), offsetof(schematic_credits_count_billing_grants_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_billing_grants_response_params, limit), offsetof(schematic_credits_count_billing_grants_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_billing_grants_response_params, offset), offsetof(schematic_credits_count_billing_grants_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_credits_count_billing_grants_response_params_desc = {
    "credits_count_billing_grants_response.params", sizeof(schematic_credits_count_billing_grants_response_params), schematic_credits_count_billing_grants_response_params_desc_Fields, 4,
    offsetof(schematic_credits_count_billing_grants_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_billing_grants_response_params_free(schematic_credits_count_billing_grants_response_params *obj)
{
    apic_struct_free(&schematic_credits_count_billing_grants_response_params_desc, obj);
}

int schematic_credits_count_billing_grants_response_params_from_json(const char *json, size_t len, schematic_credits_count_billing_grants_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_billing_grants_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_count_billing_grants_response_params *)value;
    return rc;
}

int schematic_credits_count_billing_grants_response_params_to_json(const schematic_credits_count_billing_grants_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_billing_grants_response_params_Type, obj, out, err);
}

/* credits_list_grants_for_response */
static const apic_field schematic_credits_list_grants_for_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_list_grants_for_response, data), -1, -1, &schematic_billing_credit_grant_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_list_grants_for_response, params), -1, -1, &schematic_credits_list_grants_for_response_params_Type},
};
const apic_struct_desc schematic_credits_list_grants_for_response_desc = {
    "credits_list_grants_for_response", sizeof(schematic_credits_list_grants_for_response), schematic_credits_list_grants_for_response_desc_Fields, 2,
    offsetof(schematic_credits_list_grants_for_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_grants_for_response_free(schematic_credits_list_grants_for_response *obj)
{
    apic_struct_free(&schematic_credits_list_grants_for_response_desc, obj);
}

int schematic_credits_list_grants_for_response_from_json(const char *json, size_t len, schematic_credits_list_grants_for_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_grants_for_response_Type, json, len, &value, err);
    *out = (schematic_credits_list_grants_for_response *)value;
    return rc;
}

int schematic_credits_list_grants_for_response_to_json(const schematic_credits_list_grants_for_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_grants_for_response_Type, obj, out, err);
}

/* credits_list_grants_for_response.params */
static const apic_field schematic_credits_list_grants_for_response_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_list_grants_for_response_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_list_grants_for_response_params, ids), offsetof(schematic_credits_list_grants_for_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_grants_for_response_params, limit), offsetof(schematic_credits_list_grants_for_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_grants_for_response_params, offset), offsetof(schematic_credits_list_grants_for_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_credits_list_grants_for_response_params_desc = {
    "credits_list_grants_for_response.params", sizeof(schematic_credits_list_grants_for_response_params), schematic_credits_list_grants_for_response_params_desc_Fields, 4,
    offsetof(schematic_credits_list_grants_for_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_grants_for_response_params_free(schematic_credits_list_grants_for_response_params *obj)
{
    apic_struct_free(&schematic_credits_list_grants_for_response_params_desc, obj);
}

int schematic_credits_list_grants_for_response_params_from_json(const char *json, size_t len, schematic_credits_list_grants_for_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_grants_for_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_list_grants_for_response_params *)value;
    return rc;
}

int schematic_credits_list_grants_for_response_params_to_json(const schematic_credits_list_grants_for_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_grants_for_response_params_Type, obj, out, err);
}

/* credits_acquire_lease_response */
static const apic_field schematic_credits_acquire_lease_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_acquire_lease_response, data), -1, -1, &schematic_credit_lease_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_acquire_lease_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_acquire_lease_response_desc = {
    "credits_acquire_lease_response", sizeof(schematic_credits_acquire_lease_response), schematic_credits_acquire_lease_response_desc_Fields, 2,
    offsetof(schematic_credits_acquire_lease_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_acquire_lease_response_free(schematic_credits_acquire_lease_response *obj)
{
    apic_struct_free(&schematic_credits_acquire_lease_response_desc, obj);
}

int schematic_credits_acquire_lease_response_from_json(const char *json, size_t len, schematic_credits_acquire_lease_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_acquire_lease_response_Type, json, len, &value, err);
    *out = (schematic_credits_acquire_lease_response *)value;
    return rc;
}

int schematic_credits_acquire_lease_response_to_json(const schematic_credits_acquire_lease_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_acquire_lease_response_Type, obj, out, err);
}

/* credits_extend_lease_response */
static const apic_field schematic_credits_extend_lease_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_extend_lease_response, data), -1, -1, &schematic_credit_lease_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_extend_lease_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_extend_lease_response_desc = {
    "credits_extend_lease_response", sizeof(schematic_credits_extend_lease_response), schematic_credits_extend_lease_response_desc_Fields, 2,
    offsetof(schematic_credits_extend_lease_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_extend_lease_response_free(schematic_credits_extend_lease_response *obj)
{
    apic_struct_free(&schematic_credits_extend_lease_response_desc, obj);
}

int schematic_credits_extend_lease_response_from_json(const char *json, size_t len, schematic_credits_extend_lease_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_extend_lease_response_Type, json, len, &value, err);
    *out = (schematic_credits_extend_lease_response *)value;
    return rc;
}

int schematic_credits_extend_lease_response_to_json(const schematic_credits_extend_lease_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_extend_lease_response_Type, obj, out, err);
}

/* credits_release_lease_response */
static const apic_field schematic_credits_release_lease_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_release_lease_response, data), -1, -1, &schematic_credit_lease_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_release_lease_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_release_lease_response_desc = {
    "credits_release_lease_response", sizeof(schematic_credits_release_lease_response), schematic_credits_release_lease_response_desc_Fields, 2,
    offsetof(schematic_credits_release_lease_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_release_lease_response_free(schematic_credits_release_lease_response *obj)
{
    apic_struct_free(&schematic_credits_release_lease_response_desc, obj);
}

int schematic_credits_release_lease_response_from_json(const char *json, size_t len, schematic_credits_release_lease_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_release_lease_response_Type, json, len, &value, err);
    *out = (schematic_credits_release_lease_response *)value;
    return rc;
}

int schematic_credits_release_lease_response_to_json(const schematic_credits_release_lease_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_release_lease_response_Type, obj, out, err);
}

/* credits_list_billing_plan_grants_response */
static const apic_field schematic_credits_list_billing_plan_grants_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_list_billing_plan_grants_response, data), -1, -1, &schematic_billing_plan_credit_grant_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_list_billing_plan_grants_response, params), -1, -1, &schematic_credits_list_billing_plan_grants_response_params_Type},
};
const apic_struct_desc schematic_credits_list_billing_plan_grants_response_desc = {
    "credits_list_billing_plan_grants_response", sizeof(schematic_credits_list_billing_plan_grants_response), schematic_credits_list_billing_plan_grants_response_desc_Fields, 2,
    offsetof(schematic_credits_list_billing_plan_grants_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_billing_plan_grants_response_free(schematic_credits_list_billing_plan_grants_response *obj)
{
    apic_struct_free(&schematic_credits_list_billing_plan_grants_response_desc, obj);
}

int schematic_credits_list_billing_plan_grants_response_from_json(const char *json, size_t len, schematic_credits_list_billing_plan_grants_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_billing_plan_grants_response_Type, json, len, &value, err);
    *out = (schematic_credits_list_billing_plan_grants_response *)value;
    return rc;
}

int schematic_credits_list_billing_plan_grants_response_to_json(const schematic_credits_list_billing_plan_grants_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_billing_plan_grants_response_Type, obj, out, err);
}

/* credits_list_billing_plan_grants_response.params */
static const apic_field schematic_credits_list_billing_plan_grants_response_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, ids), offsetof(schematic_credits_list_billing_plan_grants_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, limit), offsetof(schematic_credits_list_billing_plan_grants_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, offset), offsetof(schematic_credits_list_billing_plan_grants_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, plan_ids), offsetof(schematic_credits_list_billing_plan_grants_response_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_credits_list_billing_plan_grants_response_params, plan_version_ids), offsetof(schematic_credits_list_billing_plan_grants_response_params, has_plan_version_ids), -1, &schematic_string_array_Type},
};
const apic_struct_desc schematic_credits_list_billing_plan_grants_response_params_desc = {
    "credits_list_billing_plan_grants_response.params", sizeof(schematic_credits_list_billing_plan_grants_response_params), schematic_credits_list_billing_plan_grants_response_params_desc_Fields, 8,
    offsetof(schematic_credits_list_billing_plan_grants_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_billing_plan_grants_response_params_free(schematic_credits_list_billing_plan_grants_response_params *obj)
{
    apic_struct_free(&schematic_credits_list_billing_plan_grants_response_params_desc, obj);
}

int schematic_credits_list_billing_plan_grants_response_params_from_json(const char *json, size_t len, schematic_credits_list_billing_plan_grants_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_billing_plan_grants_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_list_billing_plan_grants_response_params *)value;
    return rc;
}

int schematic_credits_list_billing_plan_grants_response_params_to_json(const schematic_credits_list_billing_plan_grants_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_billing_plan_grants_response_params_Type, obj, out, err);
}

/* credits_create_billing_plan_grant_response */
static const apic_field schematic_credits_create_billing_plan_grant_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_create_billing_plan_grant_response, data), -1, -1, &schematic_billing_plan_credit_grant_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_create_billing_plan_grant_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_create_billing_plan_grant_response_desc = {
    "credits_create_billing_plan_grant_response", sizeof(schematic_credits_create_billing_plan_grant_response), schematic_credits_create_billing_plan_grant_response_desc_Fields, 2,
    offsetof(schematic_credits_create_billing_plan_grant_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_create_billing_plan_grant_response_free(schematic_credits_create_billing_plan_grant_response *obj)
{
    apic_struct_free(&schematic_credits_create_billing_plan_grant_response_desc, obj);
}

int schematic_credits_create_billing_plan_grant_response_from_json(const char *json, size_t len, schematic_credits_create_billing_plan_grant_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_create_billing_plan_grant_response_Type, json, len, &value, err);
    *out = (schematic_credits_create_billing_plan_grant_response *)value;
    return rc;
}

int schematic_credits_create_billing_plan_grant_response_to_json(const schematic_credits_create_billing_plan_grant_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_create_billing_plan_grant_response_Type, obj, out, err);
}

/* credits_get_single_billing_plan_grant_response */
static const apic_field schematic_credits_get_single_billing_plan_grant_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_get_single_billing_plan_grant_response, data), -1, -1, &schematic_billing_plan_credit_grant_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_get_single_billing_plan_grant_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_get_single_billing_plan_grant_response_desc = {
    "credits_get_single_billing_plan_grant_response", sizeof(schematic_credits_get_single_billing_plan_grant_response), schematic_credits_get_single_billing_plan_grant_response_desc_Fields, 2,
    offsetof(schematic_credits_get_single_billing_plan_grant_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_get_single_billing_plan_grant_response_free(schematic_credits_get_single_billing_plan_grant_response *obj)
{
    apic_struct_free(&schematic_credits_get_single_billing_plan_grant_response_desc, obj);
}

int schematic_credits_get_single_billing_plan_grant_response_from_json(const char *json, size_t len, schematic_credits_get_single_billing_plan_grant_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_get_single_billing_plan_grant_response_Type, json, len, &value, err);
    *out = (schematic_credits_get_single_billing_plan_grant_response *)value;
    return rc;
}

int schematic_credits_get_single_billing_plan_grant_response_to_json(const schematic_credits_get_single_billing_plan_grant_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_get_single_billing_plan_grant_response_Type, obj, out, err);
}

/* credits_update_billing_plan_grant_response */
static const apic_field schematic_credits_update_billing_plan_grant_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_update_billing_plan_grant_response, data), -1, -1, &schematic_billing_plan_credit_grant_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_update_billing_plan_grant_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_update_billing_plan_grant_response_desc = {
    "credits_update_billing_plan_grant_response", sizeof(schematic_credits_update_billing_plan_grant_response), schematic_credits_update_billing_plan_grant_response_desc_Fields, 2,
    offsetof(schematic_credits_update_billing_plan_grant_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_update_billing_plan_grant_response_free(schematic_credits_update_billing_plan_grant_response *obj)
{
    apic_struct_free(&schematic_credits_update_billing_plan_grant_response_desc, obj);
}

int schematic_credits_update_billing_plan_grant_response_from_json(const char *json, size_t len, schematic_credits_update_billing_plan_grant_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_update_billing_plan_grant_response_Type, json, len, &value, err);
    *out = (schematic_credits_update_billing_plan_grant_response *)value;
    return rc;
}

int schematic_credits_update_billing_plan_grant_response_to_json(const schematic_credits_update_billing_plan_grant_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_update_billing_plan_grant_response_Type, obj, out, err);
}

/* credits_delete_billing_plan_grant_response */
static const apic_field schematic_credits_delete_billing_plan_grant_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_delete_billing_plan_grant_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_delete_billing_plan_grant_response, params), -1, -1, &schematic_credits_delete_billing_plan_grant_response_params_Type},
};
const apic_struct_desc schematic_credits_delete_billing_plan_grant_response_desc = {
    "credits_delete_billing_plan_grant_response", sizeof(schematic_credits_delete_billing_plan_grant_response), schematic_credits_delete_billing_plan_grant_response_desc_Fields, 2,
    offsetof(schematic_credits_delete_billing_plan_grant_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_delete_billing_plan_grant_response_free(schematic_credits_delete_billing_plan_grant_response *obj)
{
    apic_struct_free(&schematic_credits_delete_billing_plan_grant_response_desc, obj);
}

int schematic_credits_delete_billing_plan_grant_response_from_json(const char *json, size_t len, schematic_credits_delete_billing_plan_grant_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_delete_billing_plan_grant_response_Type, json, len, &value, err);
    *out = (schematic_credits_delete_billing_plan_grant_response *)value;
    return rc;
}

int schematic_credits_delete_billing_plan_grant_response_to_json(const schematic_credits_delete_billing_plan_grant_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_delete_billing_plan_grant_response_Type, obj, out, err);
}

/* credits_delete_billing_plan_grant_response.params */
static const apic_field schematic_credits_delete_billing_plan_grant_response_params_desc_Fields[] = {
    {"apply_to_existing", 17, 0, offsetof(schematic_credits_delete_billing_plan_grant_response_params, apply_to_existing), offsetof(schematic_credits_delete_billing_plan_grant_response_params, has_apply_to_existing), -1, &apic_type_bool},
};
const apic_struct_desc schematic_credits_delete_billing_plan_grant_response_params_desc = {
    "credits_delete_billing_plan_grant_response.params", sizeof(schematic_credits_delete_billing_plan_grant_response_params), schematic_credits_delete_billing_plan_grant_response_params_desc_Fields, 1,
    offsetof(schematic_credits_delete_billing_plan_grant_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_delete_billing_plan_grant_response_params_free(schematic_credits_delete_billing_plan_grant_response_params *obj)
{
    apic_struct_free(&schematic_credits_delete_billing_plan_grant_response_params_desc, obj);
}

int schematic_credits_delete_billing_plan_grant_response_params_from_json(const char *json, size_t len, schematic_credits_delete_billing_plan_grant_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_delete_billing_plan_grant_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_delete_billing_plan_grant_response_params *)value;
    return rc;
}

int schematic_credits_delete_billing_plan_grant_response_params_to_json(const schematic_credits_delete_billing_plan_grant_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_delete_billing_plan_grant_response_params_Type, obj, out, err);
}

/* credits_count_billing_plan_grants_response */
static const apic_field schematic_credits_count_billing_plan_grants_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_count_billing_plan_grants_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_count_billing_plan_grants_response, params), -1, -1, &schematic_credits_count_billing_plan_grants_response_params_Type},
};
const apic_struct_desc schematic_credits_count_billing_plan_grants_response_desc = {
    "credits_count_billing_plan_grants_response", sizeof(schematic_credits_count_billing_plan_grants_response), schematic_credits_count_billing_plan_grants_response_desc_Fields, 2,
    offsetof(schematic_credits_count_billing_plan_grants_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_billing_plan_grants_response_free(schematic_credits_count_billing_plan_grants_response *obj)
{
    apic_struct_free(&schematic_credits_count_billing_plan_grants_response_desc, obj);
}

int schematic_credits_count_billing_plan_grants_response_from_json(const char *json, size_t len, schematic_credits_count_billing_plan_grants_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_billing_plan_grants_response_Type, json, len, &value, err);
    *out = (schematic_credits_count_billing_plan_grants_response *)value;
    return rc;
}

int schematic_credits_count_billing_plan_grants_response_to_json(const schematic_credits_count_billing_plan_grants_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_billing_plan_grants_response_Type, obj, out, err);
}

/* credits_count_billing_plan_grants_response.params */
static const apic_field schematic_credits_count_billing_plan_grants_response_params_desc_Fields[] = {
    {"credit_id", 9, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, ids), offsetof(schematic_credits_count_billing_plan_grants_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, limit), offsetof(schematic_credits_count_billing_plan_grants_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, offset), offsetof(schematic_credits_count_billing_plan_grants_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, plan_ids), offsetof(schematic_credits_count_billing_plan_grants_response_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_credits_count_billing_plan_grants_response_params, plan_version_ids), offsetof(schematic_credits_count_billing_plan_grants_response_params, has_plan_version_ids), -1, &schematic_string_array_Type},
};
const apic_struct_desc schematic_credits_count_billing_plan_grants_response_params_desc = {
    "credits_count_billing_plan_grants_response.params", sizeof(schematic_credits_count_billing_plan_grants_response_params), schematic_credits_count_billing_plan_grants_response_params_desc_Fields, 8,
    offsetof(schematic_credits_count_billing_plan_grants_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_billing_plan_grants_response_params_free(schematic_credits_count_billing_plan_grants_response_params *obj)
{
    apic_struct_free(&schematic_credits_count_billing_plan_grants_response_params_desc, obj);
}

int schematic_credits_count_billing_plan_grants_response_params_from_json(const char *json, size_t len, schematic_credits_count_billing_plan_grants_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_billing_plan_grants_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_count_billing_plan_grants_response_params *)value;
    return rc;
}

int schematic_credits_count_billing_plan_grants_response_params_to_json(const schematic_credits_count_billing_plan_grants_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_billing_plan_grants_response_params_Type, obj, out, err);
}

/* billing_delete_customer_response */
static const apic_field schematic_billing_delete_customer_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_delete_customer_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_delete_customer_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_delete_customer_response_desc = {
    "billing_delete_customer_response", sizeof(schematic_billing_delete_customer_response), schematic_billing_delete_customer_response_desc_Fields, 2,
    offsetof(schematic_billing_delete_customer_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_delete_customer_response_free(schematic_billing_delete_customer_response *obj)
{
    apic_struct_free(&schematic_billing_delete_customer_response_desc, obj);
}

int schematic_billing_delete_customer_response_from_json(const char *json, size_t len, schematic_billing_delete_customer_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_delete_customer_response_Type, json, len, &value, err);
    *out = (schematic_billing_delete_customer_response *)value;
    return rc;
}

int schematic_billing_delete_customer_response_to_json(const schematic_billing_delete_customer_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_delete_customer_response_Type, obj, out, err);
}

/* billing_upsert_customer_response */
static const apic_field schematic_billing_upsert_customer_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_customer_response, data), -1, -1, &schematic_billing_customer_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_customer_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_customer_response_desc = {
    "billing_upsert_customer_response", sizeof(schematic_billing_upsert_customer_response), schematic_billing_upsert_customer_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_customer_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_customer_response_free(schematic_billing_upsert_customer_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_customer_response_desc, obj);
}

int schematic_billing_upsert_customer_response_from_json(const char *json, size_t len, schematic_billing_upsert_customer_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_customer_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_customer_response *)value;
    return rc;
}

int schematic_billing_upsert_customer_response_to_json(const schematic_billing_upsert_customer_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_customer_response_Type, obj, out, err);
}

/* billing_list_customers_with_subscriptions_response */
static const apic_field schematic_billing_list_customers_with_subscriptions_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_customers_with_subscriptions_response, data), -1, -1, &schematic_billing_customer_with_subscriptions_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_customers_with_subscriptions_response, params), -1, -1, &schematic_billing_list_customers_with_subscriptions_response_params_Type},
};
const apic_struct_desc schematic_billing_list_customers_with_subscriptions_response_desc = {
    "billing_list_customers_with_subscriptions_response", sizeof(schematic_billing_list_customers_with_subscriptions_response), schematic_billing_list_customers_with_subscriptions_response_desc_Fields, 2,
    offsetof(schematic_billing_list_customers_with_subscriptions_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_customers_with_subscriptions_response_free(schematic_billing_list_customers_with_subscriptions_response *obj)
{
    apic_struct_free(&schematic_billing_list_customers_with_subscriptions_response_desc, obj);
}

int schematic_billing_list_customers_with_subscriptions_response_from_json(const char *json, size_t len, schematic_billing_list_customers_with_subscriptions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_customers_with_subscriptions_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_customers_with_subscriptions_response *)value;
    return rc;
}

int schematic_billing_list_customers_with_subscriptions_response_to_json(const schematic_billing_list_customers_with_subscriptions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_customers_with_subscriptions_response_Type, obj, out, err);
}

/* billing_list_customers_with_subscriptions_response.params */
static const apic_field schematic_billing_list_customers_with_subscriptions_response_params_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_billing_list_customers_with_subscriptions_response_params, company_ids), offsetof(schematic_billing_list_customers_with_subscriptions_response_params, has_company_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_billing_list_customers_with_subscriptions_response_params, limit), offsetof(schematic_billing_list_customers_with_subscriptions_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_billing_list_customers_with_subscriptions_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_billing_list_customers_with_subscriptions_response_params, offset), offsetof(schematic_billing_list_customers_with_subscriptions_response_params, has_offset), -1, &apic_type_int64},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_customers_with_subscriptions_response_params, provider_type), offsetof(schematic_billing_list_customers_with_subscriptions_response_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_customers_with_subscriptions_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_billing_list_customers_with_subscriptions_response_params_desc = {
    "billing_list_customers_with_subscriptions_response.params", sizeof(schematic_billing_list_customers_with_subscriptions_response_params), schematic_billing_list_customers_with_subscriptions_response_params_desc_Fields, 6,
    offsetof(schematic_billing_list_customers_with_subscriptions_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_customers_with_subscriptions_response_params_free(schematic_billing_list_customers_with_subscriptions_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_customers_with_subscriptions_response_params_desc, obj);
}

int schematic_billing_list_customers_with_subscriptions_response_params_from_json(const char *json, size_t len, schematic_billing_list_customers_with_subscriptions_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_customers_with_subscriptions_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_customers_with_subscriptions_response_params *)value;
    return rc;
}

int schematic_billing_list_customers_with_subscriptions_response_params_to_json(const schematic_billing_list_customers_with_subscriptions_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_customers_with_subscriptions_response_params_Type, obj, out, err);
}

/* billing_count_customers_response */
static const apic_field schematic_billing_count_customers_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_count_customers_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_count_customers_response, params), -1, -1, &schematic_billing_count_customers_response_params_Type},
};
const apic_struct_desc schematic_billing_count_customers_response_desc = {
    "billing_count_customers_response", sizeof(schematic_billing_count_customers_response), schematic_billing_count_customers_response_desc_Fields, 2,
    offsetof(schematic_billing_count_customers_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_count_customers_response_free(schematic_billing_count_customers_response *obj)
{
    apic_struct_free(&schematic_billing_count_customers_response_desc, obj);
}

int schematic_billing_count_customers_response_from_json(const char *json, size_t len, schematic_billing_count_customers_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_count_customers_response_Type, json, len, &value, err);
    *out = (schematic_billing_count_customers_response *)value;
    return rc;
}

int schematic_billing_count_customers_response_to_json(const schematic_billing_count_customers_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_count_customers_response_Type, obj, out, err);
}

/* billing_count_customers_response.params */
static const apic_field schematic_billing_count_customers_response_params_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_billing_count_customers_response_params, company_ids), offsetof(schematic_billing_count_customers_response_params, has_company_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_billing_count_customers_response_params, limit), offsetof(schematic_billing_count_customers_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_billing_count_customers_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_billing_count_customers_response_params, offset), offsetof(schematic_billing_count_customers_response_params, has_offset), -1, &apic_type_int64},
    {"provider_type", 13, 0, offsetof(schematic_billing_count_customers_response_params, provider_type), offsetof(schematic_billing_count_customers_response_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_count_customers_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_billing_count_customers_response_params_desc = {
    "billing_count_customers_response.params", sizeof(schematic_billing_count_customers_response_params), schematic_billing_count_customers_response_params_desc_Fields, 6,
    offsetof(schematic_billing_count_customers_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_count_customers_response_params_free(schematic_billing_count_customers_response_params *obj)
{
    apic_struct_free(&schematic_billing_count_customers_response_params_desc, obj);
}

int schematic_billing_count_customers_response_params_from_json(const char *json, size_t len, schematic_billing_count_customers_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_count_customers_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_count_customers_response_params *)value;
    return rc;
}

int schematic_billing_count_customers_response_params_to_json(const schematic_billing_count_customers_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_count_customers_response_params_Type, obj, out, err);
}

/* billing_list_invoices_response */
static const apic_field schematic_billing_list_invoices_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_invoices_response, data), -1, -1, &schematic_invoice_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_invoices_response, params), -1, -1, &schematic_billing_list_invoices_response_params_Type},
};
const apic_struct_desc schematic_billing_list_invoices_response_desc = {
    "billing_list_invoices_response", sizeof(schematic_billing_list_invoices_response), schematic_billing_list_invoices_response_desc_Fields, 2,
    offsetof(schematic_billing_list_invoices_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_invoices_response_free(schematic_billing_list_invoices_response *obj)
{
    apic_struct_free(&schematic_billing_list_invoices_response_desc, obj);
}

int schematic_billing_list_invoices_response_from_json(const char *json, size_t len, schematic_billing_list_invoices_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_invoices_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_invoices_response *)value;
    return rc;
}

int schematic_billing_list_invoices_response_to_json(const schematic_billing_list_invoices_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_invoices_response_Type, obj, out, err);
}

/* billing_list_invoices_response.params */
static const apic_field schematic_billing_list_invoices_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_billing_list_invoices_response_params, company_id), -1, -1, &apic_type_string},
    {"customer_external_id", 20, 0, offsetof(schematic_billing_list_invoices_response_params, customer_external_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_invoices_response_params, limit), offsetof(schematic_billing_list_invoices_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_invoices_response_params, offset), offsetof(schematic_billing_list_invoices_response_params, has_offset), -1, &apic_type_int64},
    {"subscription_external_id", 24, 0, offsetof(schematic_billing_list_invoices_response_params, subscription_external_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_billing_list_invoices_response_params_desc = {
    "billing_list_invoices_response.params", sizeof(schematic_billing_list_invoices_response_params), schematic_billing_list_invoices_response_params_desc_Fields, 5,
    offsetof(schematic_billing_list_invoices_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_invoices_response_params_free(schematic_billing_list_invoices_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_invoices_response_params_desc, obj);
}

int schematic_billing_list_invoices_response_params_from_json(const char *json, size_t len, schematic_billing_list_invoices_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_invoices_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_invoices_response_params *)value;
    return rc;
}

int schematic_billing_list_invoices_response_params_to_json(const schematic_billing_list_invoices_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_invoices_response_params_Type, obj, out, err);
}

/* billing_upsert_invoice_response */
static const apic_field schematic_billing_upsert_invoice_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_invoice_response, data), -1, -1, &schematic_invoice_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_invoice_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_invoice_response_desc = {
    "billing_upsert_invoice_response", sizeof(schematic_billing_upsert_invoice_response), schematic_billing_upsert_invoice_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_invoice_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_invoice_response_free(schematic_billing_upsert_invoice_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_invoice_response_desc, obj);
}

int schematic_billing_upsert_invoice_response_from_json(const char *json, size_t len, schematic_billing_upsert_invoice_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_invoice_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_invoice_response *)value;
    return rc;
}

int schematic_billing_upsert_invoice_response_to_json(const schematic_billing_upsert_invoice_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_invoice_response_Type, obj, out, err);
}

/* billing_delete_invoice_response */
static const apic_field schematic_billing_delete_invoice_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_delete_invoice_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_delete_invoice_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_delete_invoice_response_desc = {
    "billing_delete_invoice_response", sizeof(schematic_billing_delete_invoice_response), schematic_billing_delete_invoice_response_desc_Fields, 2,
    offsetof(schematic_billing_delete_invoice_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_delete_invoice_response_free(schematic_billing_delete_invoice_response *obj)
{
    apic_struct_free(&schematic_billing_delete_invoice_response_desc, obj);
}

int schematic_billing_delete_invoice_response_from_json(const char *json, size_t len, schematic_billing_delete_invoice_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_delete_invoice_response_Type, json, len, &value, err);
    *out = (schematic_billing_delete_invoice_response *)value;
    return rc;
}

int schematic_billing_delete_invoice_response_to_json(const schematic_billing_delete_invoice_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_delete_invoice_response_Type, obj, out, err);
}

/* billing_list_meters_response */
static const apic_field schematic_billing_list_meters_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_meters_response, data), -1, -1, &schematic_billing_meter_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_meters_response, params), -1, -1, &schematic_billing_list_meters_response_params_Type},
};
const apic_struct_desc schematic_billing_list_meters_response_desc = {
    "billing_list_meters_response", sizeof(schematic_billing_list_meters_response), schematic_billing_list_meters_response_desc_Fields, 2,
    offsetof(schematic_billing_list_meters_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_meters_response_free(schematic_billing_list_meters_response *obj)
{
    apic_struct_free(&schematic_billing_list_meters_response_desc, obj);
}

int schematic_billing_list_meters_response_from_json(const char *json, size_t len, schematic_billing_list_meters_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_meters_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_meters_response *)value;
    return rc;
}

int schematic_billing_list_meters_response_to_json(const schematic_billing_list_meters_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_meters_response_Type, obj, out, err);
}

/* billing_list_meters_response.params */
static const apic_field schematic_billing_list_meters_response_params_desc_Fields[] = {
    {"display_name", 12, 0, offsetof(schematic_billing_list_meters_response_params, display_name), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_meters_response_params, limit), offsetof(schematic_billing_list_meters_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_meters_response_params, offset), offsetof(schematic_billing_list_meters_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_billing_list_meters_response_params_desc = {
    "billing_list_meters_response.params", sizeof(schematic_billing_list_meters_response_params), schematic_billing_list_meters_response_params_desc_Fields, 3,
    offsetof(schematic_billing_list_meters_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_meters_response_params_free(schematic_billing_list_meters_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_meters_response_params_desc, obj);
}

int schematic_billing_list_meters_response_params_from_json(const char *json, size_t len, schematic_billing_list_meters_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_meters_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_meters_response_params *)value;
    return rc;
}

int schematic_billing_list_meters_response_params_to_json(const schematic_billing_list_meters_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_meters_response_params_Type, obj, out, err);
}

/* billing_upsert_meter_response */
static const apic_field schematic_billing_upsert_meter_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_meter_response, data), -1, -1, &schematic_billing_meter_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_meter_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_meter_response_desc = {
    "billing_upsert_meter_response", sizeof(schematic_billing_upsert_meter_response), schematic_billing_upsert_meter_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_meter_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_meter_response_free(schematic_billing_upsert_meter_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_meter_response_desc, obj);
}

int schematic_billing_upsert_meter_response_from_json(const char *json, size_t len, schematic_billing_upsert_meter_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_meter_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_meter_response *)value;
    return rc;
}

int schematic_billing_upsert_meter_response_to_json(const schematic_billing_upsert_meter_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_meter_response_Type, obj, out, err);
}

/* billing_list_payment_methods_response */
static const apic_field schematic_billing_list_payment_methods_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_payment_methods_response, data), -1, -1, &schematic_payment_method_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_payment_methods_response, params), -1, -1, &schematic_billing_list_payment_methods_response_params_Type},
};
const apic_struct_desc schematic_billing_list_payment_methods_response_desc = {
    "billing_list_payment_methods_response", sizeof(schematic_billing_list_payment_methods_response), schematic_billing_list_payment_methods_response_desc_Fields, 2,
    offsetof(schematic_billing_list_payment_methods_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_payment_methods_response_free(schematic_billing_list_payment_methods_response *obj)
{
    apic_struct_free(&schematic_billing_list_payment_methods_response_desc, obj);
}

int schematic_billing_list_payment_methods_response_from_json(const char *json, size_t len, schematic_billing_list_payment_methods_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_payment_methods_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_payment_methods_response *)value;
    return rc;
}

int schematic_billing_list_payment_methods_response_to_json(const schematic_billing_list_payment_methods_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_payment_methods_response_Type, obj, out, err);
}

/* billing_list_payment_methods_response.params */
static const apic_field schematic_billing_list_payment_methods_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_billing_list_payment_methods_response_params, company_id), -1, -1, &apic_type_string},
    {"customer_external_id", 20, 0, offsetof(schematic_billing_list_payment_methods_response_params, customer_external_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_billing_list_payment_methods_response_params, limit), offsetof(schematic_billing_list_payment_methods_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_payment_methods_response_params, offset), offsetof(schematic_billing_list_payment_methods_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_billing_list_payment_methods_response_params_desc = {
    "billing_list_payment_methods_response.params", sizeof(schematic_billing_list_payment_methods_response_params), schematic_billing_list_payment_methods_response_params_desc_Fields, 4,
    offsetof(schematic_billing_list_payment_methods_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_payment_methods_response_params_free(schematic_billing_list_payment_methods_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_payment_methods_response_params_desc, obj);
}

int schematic_billing_list_payment_methods_response_params_from_json(const char *json, size_t len, schematic_billing_list_payment_methods_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_payment_methods_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_payment_methods_response_params *)value;
    return rc;
}

int schematic_billing_list_payment_methods_response_params_to_json(const schematic_billing_list_payment_methods_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_payment_methods_response_params_Type, obj, out, err);
}

/* billing_upsert_payment_method_response */
static const apic_field schematic_billing_upsert_payment_method_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_payment_method_response, data), -1, -1, &schematic_payment_method_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_payment_method_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_payment_method_response_desc = {
    "billing_upsert_payment_method_response", sizeof(schematic_billing_upsert_payment_method_response), schematic_billing_upsert_payment_method_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_payment_method_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_payment_method_response_free(schematic_billing_upsert_payment_method_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_payment_method_response_desc, obj);
}

int schematic_billing_upsert_payment_method_response_from_json(const char *json, size_t len, schematic_billing_upsert_payment_method_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_payment_method_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_payment_method_response *)value;
    return rc;
}

int schematic_billing_upsert_payment_method_response_to_json(const schematic_billing_upsert_payment_method_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_payment_method_response_Type, obj, out, err);
}

/* billing_delete_payment_method_by_external_id_response */
static const apic_field schematic_billing_delete_payment_method_by_external_id_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_delete_payment_method_by_external_id_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_delete_payment_method_by_external_id_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_delete_payment_method_by_external_id_response_desc = {
    "billing_delete_payment_method_by_external_id_response", sizeof(schematic_billing_delete_payment_method_by_external_id_response), schematic_billing_delete_payment_method_by_external_id_response_desc_Fields, 2,
    offsetof(schematic_billing_delete_payment_method_by_external_id_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_delete_payment_method_by_external_id_response_free(schematic_billing_delete_payment_method_by_external_id_response *obj)
{
    apic_struct_free(&schematic_billing_delete_payment_method_by_external_id_response_desc, obj);
}

int schematic_billing_delete_payment_method_by_external_id_response_from_json(const char *json, size_t len, schematic_billing_delete_payment_method_by_external_id_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_delete_payment_method_by_external_id_response_Type, json, len, &value, err);
    *out = (schematic_billing_delete_payment_method_by_external_id_response *)value;
    return rc;
}

int schematic_billing_delete_payment_method_by_external_id_response_to_json(const schematic_billing_delete_payment_method_by_external_id_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_delete_payment_method_by_external_id_response_Type, obj, out, err);
}

/* billing_list_prices_response */
static const apic_field schematic_billing_list_prices_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_prices_response, data), -1, -1, &schematic_billing_price_view_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_prices_response, params), -1, -1, &schematic_billing_list_prices_response_params_Type},
};
const apic_struct_desc schematic_billing_list_prices_response_desc = {
    "billing_list_prices_response", sizeof(schematic_billing_list_prices_response), schematic_billing_list_prices_response_desc_Fields, 2,
    offsetof(schematic_billing_list_prices_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_prices_response_free(schematic_billing_list_prices_response *obj)
{
    apic_struct_free(&schematic_billing_list_prices_response_desc, obj);
}

int schematic_billing_list_prices_response_from_json(const char *json, size_t len, schematic_billing_list_prices_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_prices_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_prices_response *)value;
    return rc;
}

int schematic_billing_list_prices_response_to_json(const schematic_billing_list_prices_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_prices_response_Type, obj, out, err);
}

/* billing_list_prices_response.params */
static const apic_field schematic_billing_list_prices_response_params_desc_Fields[] = {
    {"currency", 8, 0, offsetof(schematic_billing_list_prices_response_params, currency), -1, -1, &apic_type_string},
    {"for_initial_plan", 16, 0, offsetof(schematic_billing_list_prices_response_params, for_initial_plan), offsetof(schematic_billing_list_prices_response_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_billing_list_prices_response_params, for_trial_expiry_plan), offsetof(schematic_billing_list_prices_response_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_billing_list_prices_response_params, ids), offsetof(schematic_billing_list_prices_response_params, has_ids), -1, &schematic_string_array_Type},
    {"interval", 8, 0, offsetof(schematic_billing_list_prices_response_params, interval), -1, -1, &apic_type_string},
    {"interval_count", 14, 0, offsetof(schematic_billing_list_prices_response_params, interval_count), offsetof(schematic_billing_list_prices_response_params, has_interval_count), -1, &apic_type_int64},
    {"is_active", 9, 0, offsetof(schematic_billing_list_prices_response_params, is_active), offsetof(schematic_billing_list_prices_response_params, has_is_active), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_list_prices_response_params, limit), offsetof(schematic_billing_list_prices_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_prices_response_params, offset), offsetof(schematic_billing_list_prices_response_params, has_offset), -1, &apic_type_int64},
    {"plan_version_id", 15, 0, offsetof(schematic_billing_list_prices_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_list_prices_response_params, price), offsetof(schematic_billing_list_prices_response_params, has_price), -1, &apic_type_int64},
    {"product_id", 10, 0, offsetof(schematic_billing_list_prices_response_params, product_id), -1, -1, &apic_type_string},
    {"product_ids", 11, 0, offsetof(schematic_billing_list_prices_response_params, product_ids), offsetof(schematic_billing_list_prices_response_params, has_product_ids), -1, &schematic_string_array_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_prices_response_params, provider_type), offsetof(schematic_billing_list_prices_response_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_prices_response_params, q), -1, -1, &apic_type_string},
    {"tiers_mode", 10, 0, offsetof(schematic_billing_list_prices_response_params, tiers_mode), offsetof(schematic_billing_list_prices_response_params, has_tiers_mode), -1, &schematic_billing_tiers_mode_Type},
    {"usage_type", 10, 0, offsetof(schematic_billing_list_prices_response_params, usage_type), offsetof(schematic_billing_list_prices_response_params, has_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"with_meter", 10, 0, offsetof(schematic_billing_list_prices_response_params, with_meter), offsetof(schematic_billing_list_prices_response_params, has_with_meter), -1, &apic_type_bool},
};
const apic_struct_desc schematic_billing_list_prices_response_params_desc = {
    "billing_list_prices_response.params", sizeof(schematic_billing_list_prices_response_params), schematic_billing_list_prices_response_params_desc_Fields, 18,
    offsetof(schematic_billing_list_prices_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_prices_response_params_free(schematic_billing_list_prices_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_prices_response_params_desc, obj);
}

int schematic_billing_list_prices_response_params_from_json(const char *json, size_t len, schematic_billing_list_prices_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_prices_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_prices_response_params *)value;
    return rc;
}

int schematic_billing_list_prices_response_params_to_json(const schematic_billing_list_prices_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_prices_response_params_Type, obj, out, err);
}

/* billing_upsert_price_response */
static const apic_field schematic_billing_upsert_price_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_price_response, data), -1, -1, &schematic_billing_price_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_price_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_price_response_desc = {
    "billing_upsert_price_response", sizeof(schematic_billing_upsert_price_response), schematic_billing_upsert_price_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_price_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_price_response_free(schematic_billing_upsert_price_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_price_response_desc, obj);
}

int schematic_billing_upsert_price_response_from_json(const char *json, size_t len, schematic_billing_upsert_price_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_price_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_price_response *)value;
    return rc;
}

int schematic_billing_upsert_price_response_to_json(const schematic_billing_upsert_price_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_price_response_Type, obj, out, err);
}

/* billing_delete_product_response */
static const apic_field schematic_billing_delete_product_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_delete_product_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_delete_product_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_delete_product_response_desc = {
    "billing_delete_product_response", sizeof(schematic_billing_delete_product_response), schematic_billing_delete_product_response_desc_Fields, 2,
    offsetof(schematic_billing_delete_product_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_delete_product_response_free(schematic_billing_delete_product_response *obj)
{
    apic_struct_free(&schematic_billing_delete_product_response_desc, obj);
}

int schematic_billing_delete_product_response_from_json(const char *json, size_t len, schematic_billing_delete_product_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_delete_product_response_Type, json, len, &value, err);
    *out = (schematic_billing_delete_product_response *)value;
    return rc;
}

int schematic_billing_delete_product_response_to_json(const schematic_billing_delete_product_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_delete_product_response_Type, obj, out, err);
}

/* billing_list_product_prices_response */
static const apic_field schematic_billing_list_product_prices_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_product_prices_response, data), -1, -1, &schematic_billing_price_view_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_product_prices_response, params), -1, -1, &schematic_billing_list_product_prices_response_params_Type},
};
const apic_struct_desc schematic_billing_list_product_prices_response_desc = {
    "billing_list_product_prices_response", sizeof(schematic_billing_list_product_prices_response), schematic_billing_list_product_prices_response_desc_Fields, 2,
    offsetof(schematic_billing_list_product_prices_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_product_prices_response_free(schematic_billing_list_product_prices_response *obj)
{
    apic_struct_free(&schematic_billing_list_product_prices_response_desc, obj);
}

int schematic_billing_list_product_prices_response_from_json(const char *json, size_t len, schematic_billing_list_product_prices_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_product_prices_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_product_prices_response *)value;
    return rc;
}

int schematic_billing_list_product_prices_response_to_json(const schematic_billing_list_product_prices_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_product_prices_response_Type, obj, out, err);
}

/* billing_list_product_prices_response.params */
static const apic_field schematic_billing_list_product_prices_response_params_desc_Fields[] = {
    {"currency", 8, 0, offsetof(schematic_billing_list_product_prices_response_params, currency), -1, -1, &apic_type_string},
    {"for_initial_plan", 16, 0, offsetof(schematic_billing_list_product_prices_response_params, for_initial_plan), offsetof(schematic_billing_list_product_prices_response_params, has_for_initial_plan), -1, &apic_type_bool},
    {"for_trial_expiry_plan", 21, 0, offsetof(schematic_billing_list_product_prices_response_params, for_trial_expiry_plan), offsetof(schematic_billing_list_product_prices_response_params, has_for_trial_expiry_plan), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_billing_list_product_prices_response_params, ids), offsetof(schematic_billing_list_product_prices_response_params, has_ids), -1, &schematic_string_array_Type},
    {"interval", 8, 0, offsetof(schematic_billing_list_product_prices_response_params, interval), -1, -1, &apic_type_string},
    {"interval_count", 14, 0, offsetof(schematic_billing_list_product_prices_response_params, interval_count), offsetof(schematic_billing_list_product_prices_response_params, has_interval_count), -1, &apic_type_int64},
    {"is_active", 9, 0, offsetof(schematic_billing_list_product_prices_response_params, is_active), offsetof(schematic_billing_list_product_prices_response_params, has_is_active), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_list_product_prices_response_params, limit), offsetof(schematic_billing_list_product_prices_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_product_prices_response_params, offset), offsetof(schematic_billing_list_product_prices_response_params, has_offset), -1, &apic_type_int64},
    {"plan_version_id", 15, 0, offsetof(schematic_billing_list_product_prices_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_list_product_prices_response_params, price), offsetof(schematic_billing_list_product_prices_response_params, has_price), -1, &apic_type_int64},
    {"product_id", 10, 0, offsetof(schematic_billing_list_product_prices_response_params, product_id), -1, -1, &apic_type_string},
    {"product_ids", 11, 0, offsetof(schematic_billing_list_product_prices_response_params, product_ids), offsetof(schematic_billing_list_product_prices_response_params, has_product_ids), -1, &schematic_string_array_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_product_prices_response_params, provider_type), offsetof(schematic_billing_list_product_prices_response_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_product_prices_response_params, q), -1, -1, &apic_type_string},
    {"tiers_mode", 10, 0, offsetof(schematic_billing_list_product_prices_response_params, tiers_mode), offsetof(schematic_billing_list_product_prices_response_params, has_tiers_mode), -1, &schematic_billing_tiers_mode_Type},
    {"usage_type", 10, 0, offsetof(schematic_billing_list_product_prices_response_params, usage_type), offsetof(schematic_billing_list_product_prices_response_params, has_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"with_meter", 10, 0, offsetof(schematic_billing_list_product_prices_response_params, with_meter), offsetof(schematic_billing_list_product_prices_response_params, has_with_meter), -1, &apic_type_bool},
};
const apic_struct_desc schematic_billing_list_product_prices_response_params_desc = {
    "billing_list_product_prices_response.params", sizeof(schematic_billing_list_product_prices_response_params), schematic_billing_list_product_prices_response_params_desc_Fields, 18,
    offsetof(schematic_billing_list_product_prices_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_product_prices_response_params_free(schematic_billing_list_product_prices_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_product_prices_response_params_desc, obj);
}

int schematic_billing_list_product_prices_response_params_from_json(const char *json, size_t len, schematic_billing_list_product_prices_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_product_prices_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_product_prices_response_params *)value;
    return rc;
}

int schematic_billing_list_product_prices_response_params_to_json(const schematic_billing_list_product_prices_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_product_prices_response_params_Type, obj, out, err);
}

/* billing_delete_product_price_response */
static const apic_field schematic_billing_delete_product_price_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_delete_product_price_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_delete_product_price_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_delete_product_price_response_desc = {
    "billing_delete_product_price_response", sizeof(schematic_billing_delete_product_price_response), schematic_billing_delete_product_price_response_desc_Fields, 2,
    offsetof(schematic_billing_delete_product_price_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_delete_product_price_response_free(schematic_billing_delete_product_price_response *obj)
{
    apic_struct_free(&schematic_billing_delete_product_price_response_desc, obj);
}

int schematic_billing_delete_product_price_response_from_json(const char *json, size_t len, schematic_billing_delete_product_price_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_delete_product_price_response_Type, json, len, &value, err);
    *out = (schematic_billing_delete_product_price_response *)value;
    return rc;
}

int schematic_billing_delete_product_price_response_to_json(const schematic_billing_delete_product_price_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_delete_product_price_response_Type, obj, out, err);
}

/* billing_upsert_product_response */
static const apic_field schematic_billing_upsert_product_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_product_response, data), -1, -1, &schematic_billing_product_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_product_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_product_response_desc = {
    "billing_upsert_product_response", sizeof(schematic_billing_upsert_product_response), schematic_billing_upsert_product_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_product_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_product_response_free(schematic_billing_upsert_product_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_product_response_desc, obj);
}

int schematic_billing_upsert_product_response_from_json(const char *json, size_t len, schematic_billing_upsert_product_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_product_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_product_response *)value;
    return rc;
}

int schematic_billing_upsert_product_response_to_json(const schematic_billing_upsert_product_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_product_response_Type, obj, out, err);
}

/* billing_list_products_response */
static const apic_field schematic_billing_list_products_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_products_response, data), -1, -1, &schematic_billing_product_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_products_response, params), -1, -1, &schematic_billing_list_products_response_params_Type},
};
const apic_struct_desc schematic_billing_list_products_response_desc = {
    "billing_list_products_response", sizeof(schematic_billing_list_products_response), schematic_billing_list_products_response_desc_Fields, 2,
    offsetof(schematic_billing_list_products_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_products_response_free(schematic_billing_list_products_response *obj)
{
    apic_struct_free(&schematic_billing_list_products_response_desc, obj);
}

int schematic_billing_list_products_response_from_json(const char *json, size_t len, schematic_billing_list_products_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_products_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_products_response *)value;
    return rc;
}

int schematic_billing_list_products_response_to_json(const schematic_billing_list_products_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_products_response_Type, obj, out, err);
}

/* billing_list_products_response.params */
static const apic_field schematic_billing_list_products_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_billing_list_products_response_params, ids), offsetof(schematic_billing_list_products_response_params, has_ids), -1, &schematic_string_array_Type},
    {"is_active", 9, 0, offsetof(schematic_billing_list_products_response_params, is_active), offsetof(schematic_billing_list_products_response_params, has_is_active), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_list_products_response_params, limit), offsetof(schematic_billing_list_products_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_billing_list_products_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_billing_list_products_response_params, offset), offsetof(schematic_billing_list_products_response_params, has_offset), -1, &apic_type_int64},
    {"price_usage_type", 16, 0, offsetof(schematic_billing_list_products_response_params, price_usage_type), offsetof(schematic_billing_list_products_response_params, has_price_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_list_products_response_params, provider_type), offsetof(schematic_billing_list_products_response_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_list_products_response_params, q), -1, -1, &apic_type_string},
    {"recurring_charges_only", 22, 0, offsetof(schematic_billing_list_products_response_params, recurring_charges_only), offsetof(schematic_billing_list_products_response_params, has_recurring_charges_only), -1, &apic_type_bool},
    {"with_one_time_charges", 21, 0, offsetof(schematic_billing_list_products_response_params, with_one_time_charges), offsetof(schematic_billing_list_products_response_params, has_with_one_time_charges), -1, &apic_type_bool},
    {"with_prices_only", 16, 0, offsetof(schematic_billing_list_products_response_params, with_prices_only), offsetof(schematic_billing_list_products_response_params, has_with_prices_only), -1, &apic_type_bool},
    {"with_zero_price", 15, 0, offsetof(schematic_billing_list_products_response_params, with_zero_price), offsetof(schematic_billing_list_products_response_params, has_with_zero_price), -1, &apic_type_bool},
    {"without_linked_to_plan", 22, 0, offsetof(schematic_billing_list_products_response_params, without_linked_to_plan), offsetof(schematic_billing_list_products_response_params, has_without_linked_to_plan), -1, &apic_type_bool},
};
const apic_struct_desc schematic_billing_list_products_response_params_desc = {
    "billing_list_products_response.params", sizeof(schematic_billing_list_products_response_params), schematic_billing_list_products_response_params_desc_Fields, 13,
    offsetof(schematic_billing_list_products_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_products_response_params_free(schematic_billing_list_products_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_products_response_params_desc, obj);
}

int schematic_billing_list_products_response_params_from_json(const char *json, size_t len, schematic_billing_list_products_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_products_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_products_response_params *)value;
    return rc;
}

int schematic_billing_list_products_response_params_to_json(const schematic_billing_list_products_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_products_response_params_Type, obj, out, err);
}

/* billing_count_products_response */
static const apic_field schematic_billing_count_products_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_count_products_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_count_products_response, params), -1, -1, &schematic_billing_count_products_response_params_Type},
};
const apic_struct_desc schematic_billing_count_products_response_desc = {
    "billing_count_products_response", sizeof(schematic_billing_count_products_response), schematic_billing_count_products_response_desc_Fields, 2,
    offsetof(schematic_billing_count_products_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_count_products_response_free(schematic_billing_count_products_response *obj)
{
    apic_struct_free(&schematic_billing_count_products_response_desc, obj);
}

int schematic_billing_count_products_response_from_json(const char *json, size_t len, schematic_billing_count_products_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_count_products_response_Type, json, len, &value, err);
    *out = (schematic_billing_count_products_response *)value;
    return rc;
}

int schematic_billing_count_products_response_to_json(const schematic_billing_count_products_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_count_products_response_Type, obj, out, err);
}

/* billing_count_products_response.params */
static const apic_field schematic_billing_count_products_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_billing_count_products_response_params, ids), offsetof(schematic_billing_count_products_response_params, has_ids), -1, &schematic_string_array_Type},
    {"is_active", 9, 0, offsetof(schematic_billing_count_products_response_params, is_active), offsetof(schematic_billing_count_products_response_params, has_is_active), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_count_products_response_params, limit), offsetof(schematic_billing_count_products_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_billing_count_products_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_billing_count_products_response_params, offset), offsetof(schematic_billing_count_products_response_params, has_offset), -1, &apic_type_int64},
    {"price_usage_type", 16, 0, offsetof(schematic_billing_count_products_response_params, price_usage_type), offsetof(schematic_billing_count_products_response_params, has_price_usage_type), -1, &schematic_billing_price_usage_type_Type},
    {"provider_type", 13, 0, offsetof(schematic_billing_count_products_response_params, provider_type), offsetof(schematic_billing_count_products_response_params, has_provider_type), -1, &schematic_billing_provider_type_Type},
    {"q", 1, 0, offsetof(schematic_billing_count_products_response_params, q), -1, -1, &apic_type_string},
    {"recurring_charges_only", 22, 0, offsetof(schematic_billing_count_products_response_params, recurring_charges_only), offsetof(schematic_billing_count_products_response_params, has_recurring_charges_only), -1, &apic_type_bool},
    {"with_one_time_charges", 21, 0, offsetof(schematic_billing_count_products_response_params, with_one_time_charges), offsetof(schematic_billing_count_products_response_params, has_with_one_time_charges), -1, &apic_type_bool},
    {"with_prices_only", 16, 0, offsetof(schematic_billing_count_products_response_params, with_prices_only), offsetof(schematic_billing_count_products_response_params, has_with_prices_only), -1, &apic_type_bool},
    {"with_zero_price", 15, 0, offsetof(schematic_billing_count_products_response_params, with_zero_price), offsetof(schematic_billing_count_products_response_params, has_with_zero_price), -1, &apic_type_bool},
    {"without_linked_to_plan", 22, 0, offsetof(schematic_billing_count_products_response_params, without_linked_to_plan), offsetof(schematic_billing_count_products_response_params, has_without_linked_to_plan), -1, &apic_type_bool},
};
const apic_struct_desc schematic_billing_count_products_response_params_desc = {
    "billing_count_products_response.params", sizeof(schematic_billing_count_products_response_params), schematic_billing_count_products_response_params_desc_Fields, 13,
    offsetof(schematic_billing_count_products_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_count_products_response_params_free(schematic_billing_count_products_response_params *obj)
{
    apic_struct_free(&schematic_billing_count_products_response_params_desc, obj);
}

int schematic_billing_count_products_response_params_from_json(const char *json, size_t len, schematic_billing_count_products_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_count_products_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_count_products_response_params *)value;
    return rc;
}

int schematic_billing_count_products_response_params_to_json(const schematic_billing_count_products_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_count_products_response_params_Type, obj, out, err);
}

/* billing_upsert_subscription_response */
static const apic_field schematic_billing_upsert_subscription_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_subscription_response, data), -1, -1, &schematic_billing_subscription_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_subscription_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_subscription_response_desc = {
    "billing_upsert_subscription_response", sizeof(schematic_billing_upsert_subscription_response), schematic_billing_upsert_subscription_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_subscription_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_subscription_response_free(schematic_billing_upsert_subscription_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_subscription_response_desc, obj);
}

int schematic_billing_upsert_subscription_response_from_json(const char *json, size_t len, schematic_billing_upsert_subscription_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_subscription_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_subscription_response *)value;
    return rc;
}

int schematic_billing_upsert_subscription_response_to_json(const schematic_billing_upsert_subscription_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_subscription_response_Type, obj, out, err);
}

/* catalogs_list_response */
static const apic_field schematic_catalogs_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_list_response, data), -1, -1, &schematic_catalog_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_list_response, params), -1, -1, &schematic_catalogs_list_response_params_Type},
};
const apic_struct_desc schematic_catalogs_list_response_desc = {
    "catalogs_list_response", sizeof(schematic_catalogs_list_response), schematic_catalogs_list_response_desc_Fields, 2,
    offsetof(schematic_catalogs_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_list_response_free(schematic_catalogs_list_response *obj)
{
    apic_struct_free(&schematic_catalogs_list_response_desc, obj);
}

int schematic_catalogs_list_response_from_json(const char *json, size_t len, schematic_catalogs_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_list_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_list_response *)value;
    return rc;
}

int schematic_catalogs_list_response_to_json(const schematic_catalogs_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_list_response_Type, obj, out, err);
}

/* catalogs_list_response.params */
static const apic_field schematic_catalogs_list_response_params_desc_Fields[] = {
    {"is_default", 10, 0, offsetof(schematic_catalogs_list_response_params, is_default), offsetof(schematic_catalogs_list_response_params, has_is_default), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_catalogs_list_response_params, limit), offsetof(schematic_catalogs_list_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_catalogs_list_response_params, offset), offsetof(schematic_catalogs_list_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_catalogs_list_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_catalogs_list_response_params_desc = {
    "catalogs_list_response.params", sizeof(schematic_catalogs_list_response_params), schematic_catalogs_list_response_params_desc_Fields, 4,
    offsetof(schematic_catalogs_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_list_response_params_free(schematic_catalogs_list_response_params *obj)
{
    apic_struct_free(&schematic_catalogs_list_response_params_desc, obj);
}

int schematic_catalogs_list_response_params_from_json(const char *json, size_t len, schematic_catalogs_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_list_response_params_Type, json, len, &value, err);
    *out = (schematic_catalogs_list_response_params *)value;
    return rc;
}

int schematic_catalogs_list_response_params_to_json(const schematic_catalogs_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_list_response_params_Type, obj, out, err);
}

/* catalogs_create_response */
static const apic_field schematic_catalogs_create_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_create_response, data), -1, -1, &schematic_catalog_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_create_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_create_response_desc = {
    "catalogs_create_response", sizeof(schematic_catalogs_create_response), schematic_catalogs_create_response_desc_Fields, 2,
    offsetof(schematic_catalogs_create_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_create_response_free(schematic_catalogs_create_response *obj)
{
    apic_struct_free(&schematic_catalogs_create_response_desc, obj);
}

int schematic_catalogs_create_response_from_json(const char *json, size_t len, schematic_catalogs_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_create_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_create_response *)value;
    return rc;
}

int schematic_catalogs_create_response_to_json(const schematic_catalogs_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_create_response_Type, obj, out, err);
}

/* catalogs_get_response */
static const apic_field schematic_catalogs_get_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_response, data), -1, -1, &schematic_catalog_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_get_response_desc = {
    "catalogs_get_response", sizeof(schematic_catalogs_get_response), schematic_catalogs_get_response_desc_Fields, 2,
    offsetof(schematic_catalogs_get_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_get_response_free(schematic_catalogs_get_response *obj)
{
    apic_struct_free(&schematic_catalogs_get_response_desc, obj);
}

int schematic_catalogs_get_response_from_json(const char *json, size_t len, schematic_catalogs_get_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_get_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_get_response *)value;
    return rc;
}

int schematic_catalogs_get_response_to_json(const schematic_catalogs_get_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_get_response_Type, obj, out, err);
}

/* catalogs_update_response */
static const apic_field schematic_catalogs_update_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_update_response, data), -1, -1, &schematic_catalog_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_update_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_update_response_desc = {
    "catalogs_update_response", sizeof(schematic_catalogs_update_response), schematic_catalogs_update_response_desc_Fields, 2,
    offsetof(schematic_catalogs_update_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_update_response_free(schematic_catalogs_update_response *obj)
{
    apic_struct_free(&schematic_catalogs_update_response_desc, obj);
}

int schematic_catalogs_update_response_from_json(const char *json, size_t len, schematic_catalogs_update_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_update_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_update_response *)value;
    return rc;
}

int schematic_catalogs_update_response_to_json(const schematic_catalogs_update_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_update_response_Type, obj, out, err);
}

/* catalogs_delete_response */
static const apic_field schematic_catalogs_delete_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_delete_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_delete_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_delete_response_desc = {
    "catalogs_delete_response", sizeof(schematic_catalogs_delete_response), schematic_catalogs_delete_response_desc_Fields, 2,
    offsetof(schematic_catalogs_delete_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_delete_response_free(schematic_catalogs_delete_response *obj)
{
    apic_struct_free(&schematic_catalogs_delete_response_desc, obj);
}

int schematic_catalogs_delete_response_from_json(const char *json, size_t len, schematic_catalogs_delete_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_delete_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_delete_response *)value;
    return rc;
}

int schematic_catalogs_delete_response_to_json(const schematic_catalogs_delete_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_delete_response_Type, obj, out, err);
}

/* catalogs_get_configuration_response */
static const apic_field schematic_catalogs_get_configuration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_configuration_response, data), -1, -1, &schematic_catalog_configuration_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_configuration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_get_configuration_response_desc = {
    "catalogs_get_configuration_response", sizeof(schematic_catalogs_get_configuration_response), schematic_catalogs_get_configuration_response_desc_Fields, 2,
    offsetof(schematic_catalogs_get_configuration_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_get_configuration_response_free(schematic_catalogs_get_configuration_response *obj)
{
    apic_struct_free(&schematic_catalogs_get_configuration_response_desc, obj);
}

int schematic_catalogs_get_configuration_response_from_json(const char *json, size_t len, schematic_catalogs_get_configuration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_get_configuration_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_get_configuration_response *)value;
    return rc;
}

int schematic_catalogs_get_configuration_response_to_json(const schematic_catalogs_get_configuration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_get_configuration_response_Type, obj, out, err);
}

/* catalogs_update_configuration_response */
static const apic_field schematic_catalogs_update_configuration_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_update_configuration_response, data), -1, -1, &schematic_catalog_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_update_configuration_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_update_configuration_response_desc = {
    "catalogs_update_configuration_response", sizeof(schematic_catalogs_update_configuration_response), schematic_catalogs_update_configuration_response_desc_Fields, 2,
    offsetof(schematic_catalogs_update_configuration_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_update_configuration_response_free(schematic_catalogs_update_configuration_response *obj)
{
    apic_struct_free(&schematic_catalogs_update_configuration_response_desc, obj);
}

int schematic_catalogs_update_configuration_response_from_json(const char *json, size_t len, schematic_catalogs_update_configuration_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_update_configuration_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_update_configuration_response *)value;
    return rc;
}

int schematic_catalogs_update_configuration_response_to_json(const schematic_catalogs_update_configuration_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_update_configuration_response_Type, obj, out, err);
}

/* catalogs_get_credit_bundles_in_response */
static const apic_field schematic_catalogs_get_credit_bundles_in_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_credit_bundles_in_response, data), -1, -1, &schematic_catalog_credit_bundle_i_ds_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_credit_bundles_in_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_get_credit_bundles_in_response_desc = {
    "catalogs_get_credit_bundles_in_response", sizeof(schematic_catalogs_get_credit_bundles_in_response), schematic_catalogs_get_credit_bundles_in_response_desc_Fields, 2,
    offsetof(schematic_catalogs_get_credit_bundles_in_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_get_credit_bundles_in_response_free(schematic_catalogs_get_credit_bundles_in_response *obj)
{
    apic_struct_free(&schematic_catalogs_get_credit_bundles_in_response_desc, obj);
}

int schematic_catalogs_get_credit_bundles_in_response_from_json(const char *json, size_t len, schematic_catalogs_get_credit_bundles_in_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_get_credit_bundles_in_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_get_credit_bundles_in_response *)value;
    return rc;
}

int schematic_catalogs_get_credit_bundles_in_response_to_json(const schematic_catalogs_get_credit_bundles_in_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_get_credit_bundles_in_response_Type, obj, out, err);
}

/* catalogs_get_derived_features_response */
static const apic_field schematic_catalogs_get_derived_features_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_derived_features_response, data), -1, -1, &schematic_catalog_derived_features_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_derived_features_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_get_derived_features_response_desc = {
    "catalogs_get_derived_features_response", sizeof(schematic_catalogs_get_derived_features_response), schematic_catalogs_get_derived_features_response_desc_Fields, 2,
    offsetof(schematic_catalogs_get_derived_features_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_get_derived_features_response_free(schematic_catalogs_get_derived_features_response *obj)
{
    apic_struct_free(&schematic_catalogs_get_derived_features_response_desc, obj);
}

int schematic_catalogs_get_derived_features_response_from_json(const char *json, size_t len, schematic_catalogs_get_derived_features_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_get_derived_features_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_get_derived_features_response *)value;
    return rc;
}

int schematic_catalogs_get_derived_features_response_to_json(const schematic_catalogs_get_derived_features_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_get_derived_features_response_Type, obj, out, err);
}

/* catalogs_get_plans_in_response */
static const apic_field schematic_catalogs_get_plans_in_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_plans_in_response, data), -1, -1, &schematic_catalog_plan_i_ds_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_catalogs_get_plans_in_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_catalogs_get_plans_in_response_desc = {
    "catalogs_get_plans_in_response", sizeof(schematic_catalogs_get_plans_in_response), schematic_catalogs_get_plans_in_response_desc_Fields, 2,
    offsetof(schematic_catalogs_get_plans_in_response, unknown_fields),
    -1,
    NULL
};

void schematic_catalogs_get_plans_in_response_free(schematic_catalogs_get_plans_in_response *obj)
{
    apic_struct_free(&schematic_catalogs_get_plans_in_response_desc, obj);
}

int schematic_catalogs_get_plans_in_response_from_json(const char *json, size_t len, schematic_catalogs_get_plans_in_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalogs_get_plans_in_response_Type, json, len, &value, err);
    *out = (schematic_catalogs_get_plans_in_response *)value;
    return rc;
}

int schematic_catalogs_get_plans_in_response_to_json(const schematic_catalogs_get_plans_in_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalogs_get_plans_in_response_Type, obj, out, err);
}

/* checkout_internal_response */
static const apic_field schematic_checkout_internal_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_internal_response, data), -1, -1, &schematic_checkout_subscription_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_internal_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_internal_response_desc = {
    "checkout_internal_response", sizeof(schematic_checkout_internal_response), schematic_checkout_internal_response_desc_Fields, 2,
    offsetof(schematic_checkout_internal_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_internal_response_free(schematic_checkout_internal_response *obj)
{
    apic_struct_free(&schematic_checkout_internal_response_desc, obj);
}

int schematic_checkout_internal_response_from_json(const char *json, size_t len, schematic_checkout_internal_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_internal_response_Type, json, len, &value, err);
    *out = (schematic_checkout_internal_response *)value;
    return rc;
}

int schematic_checkout_internal_response_to_json(const schematic_checkout_internal_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_internal_response_Type, obj, out, err);
}

/* checkout_get_data_response */
static const apic_field schematic_checkout_get_data_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_get_data_response, data), -1, -1, &schematic_checkout_data_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_get_data_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_get_data_response_desc = {
    "checkout_get_data_response", sizeof(schematic_checkout_get_data_response), schematic_checkout_get_data_response_desc_Fields, 2,
    offsetof(schematic_checkout_get_data_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_get_data_response_free(schematic_checkout_get_data_response *obj)
{
    apic_struct_free(&schematic_checkout_get_data_response_desc, obj);
}

int schematic_checkout_get_data_response_from_json(const char *json, size_t len, schematic_checkout_get_data_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_get_data_response_Type, json, len, &value, err);
    *out = (schematic_checkout_get_data_response *)value;
    return rc;
}

int schematic_checkout_get_data_response_to_json(const schematic_checkout_get_data_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_get_data_response_Type, obj, out, err);
}

/* checkout_preview_internal_response */
static const apic_field schematic_checkout_preview_internal_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_preview_internal_response, data), -1, -1, &schematic_preview_subscription_change_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_preview_internal_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_preview_internal_response_desc = {
    "checkout_preview_internal_response", sizeof(schematic_checkout_preview_internal_response), schematic_checkout_preview_internal_response_desc_Fields, 2,
    offsetof(schematic_checkout_preview_internal_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_preview_internal_response_free(schematic_checkout_preview_internal_response *obj)
{
    apic_struct_free(&schematic_checkout_preview_internal_response_desc, obj);
}

int schematic_checkout_preview_internal_response_from_json(const char *json, size_t len, schematic_checkout_preview_internal_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_preview_internal_response_Type, json, len, &value, err);
    *out = (schematic_checkout_preview_internal_response *)value;
    return rc;
}

int schematic_checkout_preview_internal_response_to_json(const schematic_checkout_preview_internal_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_preview_internal_response_Type, obj, out, err);
}

/* companies_list_response */
static const apic_field schematic_companies_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_list_response, data), -1, -1, &schematic_company_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_list_response, params), -1, -1, &schematic_companies_list_response_params_Type},
};
const apic_struct_desc schematic_companies_list_response_desc = {
    "companies_list_response", sizeof(schematic_companies_list_response), schematic_companies_list_response_desc_Fields, 2,
    offsetof(schematic_companies_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_response_free(schematic_companies_list_response *obj)
{
    apic_struct_free(&schematic_companies_list_response_desc, obj);
}

int schematic_companies_list_response_from_json(const char *json, size_t len, schematic_companies_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_response_Type, json, len, &value, err);
    *out = (schematic_companies_list_response *)value;
    return rc;
}

int schematic_companies_list_response_to_json(const schematic_companies_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_response_Type, obj, out, err);
}

/* companies_list_response.params */
static const apic_field schematic_companies_list_response_params_desc_Fields[] = {
    {"credit_type_ids", 15, 0, offsetof(schematic_companies_list_response_params, credit_type_ids), offsetof(schematic_companies_list_response_params, has_credit_type_ids), -1, &schematic_string_array_Type},
    {"has_scheduled_downgrade", 23, 0, offsetof(schematic_companies_list_response_params, has_scheduled_downgrade), offsetof(schematic_companies_list_response_params, has_has_scheduled_downgrade), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_companies_list_response_params, ids), offsetof(schematic_companies_list_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_response_params, limit), offsetof(schematic_companies_list_response_params, has_limit), -1, &apic_type_int64},
    {"monetized_subscriptions", 23, 0, offsetof(schematic_companies_list_response_params, monetized_subscriptions), offsetof(schematic_companies_list_response_params, has_monetized_subscriptions), -1, &apic_type_bool},
    {"offset", 6, 0, offsetof(schematic_companies_list_response_params, offset), offsetof(schematic_companies_list_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_companies_list_response_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_companies_list_response_params, plan_ids), offsetof(schematic_companies_list_response_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_companies_list_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_companies_list_response_params, plan_version_ids), offsetof(schematic_companies_list_response_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"plan_version_unpublished", 24, 0, offsetof(schematic_companies_list_response_params, plan_version_unpublished), offsetof(schematic_companies_list_response_params, has_plan_version_unpublished), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_companies_list_response_params, q), -1, -1, &apic_type_string},
    {"sort_order_column", 17, 0, offsetof(schematic_companies_list_response_params, sort_order_column), -1, -1, &apic_type_string},
    {"sort_order_direction", 20, 0, offsetof(schematic_companies_list_response_params, sort_order_direction), offsetof(schematic_companies_list_response_params, has_sort_order_direction), -1, &schematic_sort_direction_Type},
    {"subscription_statuses", 21, 0, offsetof(schematic_companies_list_response_params, subscription_statuses), offsetof(schematic_companies_list_response_params, has_subscription_statuses), -1, &schematic_subscription_status_array_Type},
    {"subscription_types", 18, 0, offsetof(schematic_companies_list_response_params, subscription_types), offsetof(schematic_companies_list_response_params, has_subscription_types), -1, &schematic_subscription_type_array_Type},
    {"with_entitlement_for", 20, 0, offsetof(schematic_companies_list_response_params, with_entitlement_for), -1, -1, &apic_type_string},
    {"with_subscription", 17, 0, offsetof(schematic_companies_list_response_params, with_subscription), offsetof(schematic_companies_list_response_params, has_with_subscription), -1, &apic_type_bool},
    {"without_feature_override_for", 28, 0, offsetof(schematic_companies_list_response_params, without_feature_override_for), -1, -1, &apic_type_string},
    {"without_plan", 12, 0, offsetof(schematic_companies_list_response_params, without_plan), offsetof(schematic_companies_list_response_params, has_without_plan), -1, &apic_type_bool},
    {"without_subscription", 20, 0, offsetof(schematic_companies_list_response_params, without_subscription), offsetof(schematic_companies_list_response_params, has_without_subscription), -1, &apic_type_bool},
};
const apic_struct_desc schematic_companies_list_response_params_desc = {
    "companies_list_response.params", sizeof(schematic_companies_list_response_params), schematic_companies_list_response_params_desc_Fields, 21,
    offsetof(schematic_companies_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_response_params_free(schematic_companies_list_response_params *obj)
{
    apic_struct_free(&schematic_companies_list_response_params_desc, obj);
}

int schematic_companies_list_response_params_from_json(const char *json, size_t len, schematic_companies_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_list_response_params *)value;
    return rc;
}

int schematic_companies_list_response_params_to_json(const schematic_companies_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_response_params_Type, obj, out, err);
}

/* companies_upsert_response */
static const apic_field schematic_companies_upsert_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_response, data), -1, -1, &schematic_company_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_upsert_response_desc = {
    "companies_upsert_response", sizeof(schematic_companies_upsert_response), schematic_companies_upsert_response_desc_Fields, 2,
    offsetof(schematic_companies_upsert_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_upsert_response_free(schematic_companies_upsert_response *obj)
{
    apic_struct_free(&schematic_companies_upsert_response_desc, obj);
}

int schematic_companies_upsert_response_from_json(const char *json, size_t len, schematic_companies_upsert_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_upsert_response_Type, json, len, &value, err);
    *out = (schematic_companies_upsert_response *)value;
    return rc;
}

int schematic_companies_upsert_response_to_json(const schematic_companies_upsert_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_upsert_response_Type, obj, out, err);
}

/* companies_get_response */
static const apic_field schematic_companies_get_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_response, data), -1, -1, &schematic_company_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_response_desc = {
    "companies_get_response", sizeof(schematic_companies_get_response), schematic_companies_get_response_desc_Fields, 2,
    offsetof(schematic_companies_get_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_response_free(schematic_companies_get_response *obj)
{
    apic_struct_free(&schematic_companies_get_response_desc, obj);
}

int schematic_companies_get_response_from_json(const char *json, size_t len, schematic_companies_get_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_response *)value;
    return rc;
}

int schematic_companies_get_response_to_json(const schematic_companies_get_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_response_Type, obj, out, err);
}

/* companies_delete_response */
static const apic_field schematic_companies_delete_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_delete_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_delete_response, params), -1, -1, &schematic_companies_delete_response_params_Type},
};
const apic_struct_desc schematic_companies_delete_response_desc = {
    "companies_delete_response", sizeof(schematic_companies_delete_response), schematic_companies_delete_response_desc_Fields, 2,
    offsetof(schematic_companies_delete_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_response_free(schematic_companies_delete_response *obj)
{
    apic_struct_free(&schematic_companies_delete_response_desc, obj);
}

int schematic_companies_delete_response_from_json(const char *json, size_t len, schematic_companies_delete_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_response_Type, json, len, &value, err);
    *out = (schematic_companies_delete_response *)value;
    return rc;
}

int schematic_companies_delete_response_to_json(const schematic_companies_delete_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_response_Type, obj, out, err);
}

/* companies_delete_response.params */
static const apic_field schematic_companies_delete_response_params_desc_Fields[] = {
    {"cancel_subscription", 19, 0, offsetof(schematic_companies_delete_response_params, cancel_subscription), offsetof(schematic_companies_delete_response_params, has_cancel_subscription), -1, &apic_type_bool},
    {"prorate", 7, 0, offsetof(schematic_companies_delete_response_params, prorate), offsetof(schematic_companies_delete_response_params, has_prorate), -1, &apic_type_bool},
};
const apic_struct_desc schematic_companies_delete_response_params_desc = {
    "companies_delete_response.params", sizeof(schematic_companies_delete_response_params), schematic_companies_delete_response_params_desc_Fields, 2,
    offsetof(schematic_companies_delete_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_response_params_free(schematic_companies_delete_response_params *obj)
{
    apic_struct_free(&schematic_companies_delete_response_params_desc, obj);
}

int schematic_companies_delete_response_params_from_json(const char *json, size_t len, schematic_companies_delete_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_delete_response_params *)value;
    return rc;
}

int schematic_companies_delete_response_params_to_json(const schematic_companies_delete_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_response_params_Type, obj, out, err);
}

/* checkout_get_company_billing_details_response */
static const apic_field schematic_checkout_get_company_billing_details_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_get_company_billing_details_response, data), -1, -1, &schematic_company_billing_details_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_get_company_billing_details_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_get_company_billing_details_response_desc = {
    "checkout_get_company_billing_details_response", sizeof(schematic_checkout_get_company_billing_details_response), schematic_checkout_get_company_billing_details_response_desc_Fields, 2,
    offsetof(schematic_checkout_get_company_billing_details_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_get_company_billing_details_response_free(schematic_checkout_get_company_billing_details_response *obj)
{
    apic_struct_free(&schematic_checkout_get_company_billing_details_response_desc, obj);
}

int schematic_checkout_get_company_billing_details_response_from_json(const char *json, size_t len, schematic_checkout_get_company_billing_details_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_get_company_billing_details_response_Type, json, len, &value, err);
    *out = (schematic_checkout_get_company_billing_details_response *)value;
    return rc;
}

int schematic_checkout_get_company_billing_details_response_to_json(const schematic_checkout_get_company_billing_details_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_get_company_billing_details_response_Type, obj, out, err);
}

/* checkout_update_company_billing_details_response */
static const apic_field schematic_checkout_update_company_billing_details_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_update_company_billing_details_response, data), -1, -1, &schematic_company_billing_details_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_update_company_billing_details_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_checkout_update_company_billing_details_response_desc = {
    "checkout_update_company_billing_details_response", sizeof(schematic_checkout_update_company_billing_details_response), schematic_checkout_update_company_billing_details_response_desc_Fields, 2,
    offsetof(schematic_checkout_update_company_billing_details_response, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_update_company_billing_details_response_free(schematic_checkout_update_company_billing_details_response *obj)
{
    apic_struct_free(&schematic_checkout_update_company_billing_details_response_desc, obj);
}

int schematic_checkout_update_company_billing_details_response_from_json(const char *json, size_t len, schematic_checkout_update_company_billing_details_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_update_company_billing_details_response_Type, json, len, &value, err);
    *out = (schematic_checkout_update_company_billing_details_response *)value;
    return rc;
}

int schematic_checkout_update_company_billing_details_response_to_json(const schematic_checkout_update_company_billing_details_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_update_company_billing_details_response_Type, obj, out, err);
}

/* companies_count_response */
static const apic_field schematic_companies_count_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_count_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_count_response, params), -1, -1, &schematic_companies_count_response_params_Type},
};
const apic_struct_desc schematic_companies_count_response_desc = {
    "companies_count_response", sizeof(schematic_companies_count_response), schematic_companies_count_response_desc_Fields, 2,
    offsetof(schematic_companies_count_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_response_free(schematic_companies_count_response *obj)
{
    apic_struct_free(&schematic_companies_count_response_desc, obj);
}

int schematic_companies_count_response_from_json(const char *json, size_t len, schematic_companies_count_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_response_Type, json, len, &value, err);
    *out = (schematic_companies_count_response *)value;
    return rc;
}

int schematic_companies_count_response_to_json(const schematic_companies_count_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_response_Type, obj, out, err);
}

/* companies_count_response.params */
static const apic_field schematic_companies_count_response_params_desc_Fields[] = {
    {"credit_type_ids", 15, 0, offsetof(schematic_companies_count_response_params, credit_type_ids), offsetof(schematic_companies_count_response_params, has_credit_type_ids), -1, &schematic_string_array_Type},
    {"has_scheduled_downgrade", 23, 0, offsetof(schematic_companies_count_response_params, has_scheduled_downgrade), offsetof(schematic_companies_count_response_params, has_has_scheduled_downgrade), -1, &apic_type_bool},
    {"ids", 3, 0, offsetof(schematic_companies_count_response_params, ids), offsetof(schematic_companies_count_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_response_params, limit), offsetof(schematic_companies_count_response_params, has_limit), -1, &apic_type_int64},
    {"monetized_subscriptions", 23, 0, offsetof(schematic_companies_count_response_params, monetized_subscriptions), offsetof(schematic_companies_count_response_params, has_monetized_subscriptions), -1, &apic_type_bool},
    {"offset", 6, 0, offsetof(schematic_companies_count_response_params, offset), offsetof(schematic_companies_count_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_companies_count_response_params, plan_id), -1, -1, &apic_type_string},
    {"plan_ids", 8, 0, offsetof(schematic_companies_count_response_params, plan_ids), offsetof(schematic_companies_count_response_params, has_plan_ids), -1, &schematic_string_array_Type},
    {"plan_version_id", 15, 0, offsetof(schematic_companies_count_response_params, plan_version_id), -1, -1, &apic_type_string},
    {"plan_version_ids", 16, 0, offsetof(schematic_companies_count_response_params, plan_version_ids), offsetof(schematic_companies_count_response_params, has_plan_version_ids), -1, &schematic_string_array_Type},
    {"plan_version_unpublished", 24, 0, offsetof(schematic_companies_count_response_params, plan_version_unpublished), offsetof(schematic_companies_count_response_params, has_plan_version_unpublished), -1, &apic_type_bool},
    {"q", 1, 0, offsetof(schematic_companies_count_response_params, q), -1, -1, &apic_type_string},
    {"sort_order_column", 17, 0, offsetof(schematic_companies_count_response_params, sort_order_column), -1, -1, &apic_type_string},
    {"sort_order_direction", 20, 0, offsetof(schematic_companies_count_response_params, sort_order_direction), offsetof(schematic_companies_count_response_params, has_sort_order_direction), -1, &schematic_sort_direction_Type},
    {"subscription_statuses", 21, 0, offsetof(schematic_companies_count_response_params, subscription_statuses), offsetof(schematic_companies_count_response_params, has_subscription_statuses), -1, &schematic_subscription_status_array_Type},
    {"subscription_types", 18, 0, offsetof(schematic_companies_count_response_params, subscription_types), offsetof(schematic_companies_count_response_params, has_subscription_types), -1, &schematic_subscription_type_array_Type},
    {"with_entitlement_for", 20, 0, offsetof(schematic_companies_count_response_params, with_entitlement_for), -1, -1, &apic_type_string},
    {"with_subscription", 17, 0, offsetof(schematic_companies_count_response_params, with_subscription), offsetof(schematic_companies_count_response_params, has_with_subscription), -1, &apic_type_bool},
    {"without_feature_override_for", 28, 0, offsetof(schematic_companies_count_response_params, without_feature_override_for), -1, -1, &apic_type_string},
    {"without_plan", 12, 0, offsetof(schematic_companies_count_response_params, without_plan), offsetof(schematic_companies_count_response_params, has_without_plan), -1, &apic_type_bool},
    {"without_subscription", 20, 0, offsetof(schematic_companies_count_response_params, without_subscription), offsetof(schematic_companies_count_response_params, has_without_subscription), -1, &apic_type_bool},
};
const apic_struct_desc schematic_companies_count_response_params_desc = {
    "companies_count_response.params", sizeof(schematic_companies_count_response_params), schematic_companies_count_response_params_desc_Fields, 21,
    offsetof(schematic_companies_count_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_response_params_free(schematic_companies_count_response_params *obj)
{
    apic_struct_free(&schematic_companies_count_response_params_desc, obj);
}

int schematic_companies_count_response_params_from_json(const char *json, size_t len, schematic_companies_count_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_count_response_params *)value;
    return rc;
}

int schematic_companies_count_response_params_to_json(const schematic_companies_count_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_response_params_Type, obj, out, err);
}

/* companies_create_response */
static const apic_field schematic_companies_create_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_create_response, data), -1, -1, &schematic_company_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_create_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_create_response_desc = {
    "companies_create_response", sizeof(schematic_companies_create_response), schematic_companies_create_response_desc_Fields, 2,
    offsetof(schematic_companies_create_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_create_response_free(schematic_companies_create_response *obj)
{
    apic_struct_free(&schematic_companies_create_response_desc, obj);
}

int schematic_companies_create_response_from_json(const char *json, size_t len, schematic_companies_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_create_response_Type, json, len, &value, err);
    *out = (schematic_companies_create_response *)value;
    return rc;
}

int schematic_companies_create_response_to_json(const schematic_companies_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_create_response_Type, obj, out, err);
}

/* companies_delete_by_keys_response */
static const apic_field schematic_companies_delete_by_keys_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_delete_by_keys_response, data), -1, -1, &schematic_company_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_delete_by_keys_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_delete_by_keys_response_desc = {
    "companies_delete_by_keys_response", sizeof(schematic_companies_delete_by_keys_response), schematic_companies_delete_by_keys_response_desc_Fields, 2,
    offsetof(schematic_companies_delete_by_keys_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_by_keys_response_free(schematic_companies_delete_by_keys_response *obj)
{
    apic_struct_free(&schematic_companies_delete_by_keys_response_desc, obj);
}

int schematic_companies_delete_by_keys_response_from_json(const char *json, size_t len, schematic_companies_delete_by_keys_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_by_keys_response_Type, json, len, &value, err);
    *out = (schematic_companies_delete_by_keys_response *)value;
    return rc;
}

int schematic_companies_delete_by_keys_response_to_json(const schematic_companies_delete_by_keys_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_by_keys_response_Type, obj, out, err);
}

/* companies_lookup_response */
static const apic_field schematic_companies_lookup_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_lookup_response, data), -1, -1, &schematic_company_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_lookup_response, params), -1, -1, &schematic_companies_lookup_response_params_Type},
};
const apic_struct_desc schematic_companies_lookup_response_desc = {
    "companies_lookup_response", sizeof(schematic_companies_lookup_response), schematic_companies_lookup_response_desc_Fields, 2,
    offsetof(schematic_companies_lookup_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_lookup_response_free(schematic_companies_lookup_response *obj)
{
    apic_struct_free(&schematic_companies_lookup_response_desc, obj);
}

int schematic_companies_lookup_response_from_json(const char *json, size_t len, schematic_companies_lookup_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_lookup_response_Type, json, len, &value, err);
    *out = (schematic_companies_lookup_response *)value;
    return rc;
}

int schematic_companies_lookup_response_to_json(const schematic_companies_lookup_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_lookup_response_Type, obj, out, err);
}

/* companies_lookup_response.params */
static const apic_field schematic_companies_lookup_response_params_desc_Fields[] = {
    {"keys", 4, 0, offsetof(schematic_companies_lookup_response_params, keys), offsetof(schematic_companies_lookup_response_params, has_keys), -1, &schematic_string_map_Type},
};
const apic_struct_desc schematic_companies_lookup_response_params_desc = {
    "companies_lookup_response.params", sizeof(schematic_companies_lookup_response_params), schematic_companies_lookup_response_params_desc_Fields, 1,
    offsetof(schematic_companies_lookup_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_lookup_response_params_free(schematic_companies_lookup_response_params *obj)
{
    apic_struct_free(&schematic_companies_lookup_response_params_desc, obj);
}

int schematic_companies_lookup_response_params_from_json(const char *json, size_t len, schematic_companies_lookup_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_lookup_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_lookup_response_params *)value;
    return rc;
}

int schematic_companies_lookup_response_params_to_json(const schematic_companies_lookup_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_lookup_response_params_Type, obj, out, err);
}

/* companies_get_billing_entity_response */
static const apic_field schematic_companies_get_billing_entity_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_billing_entity_response, data), -1, -1, &schematic_company_billing_entity_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_billing_entity_response, params), -1, -1, &schematic_companies_get_billing_entity_response_params_Type},
};
const apic_struct_desc schematic_companies_get_billing_entity_response_desc = {
    "companies_get_billing_entity_response", sizeof(schematic_companies_get_billing_entity_response), schematic_companies_get_billing_entity_response_desc_Fields, 2,
    offsetof(schematic_companies_get_billing_entity_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_billing_entity_response_free(schematic_companies_get_billing_entity_response *obj)
{
    apic_struct_free(&schematic_companies_get_billing_entity_response_desc, obj);
}

int schematic_companies_get_billing_entity_response_from_json(const char *json, size_t len, schematic_companies_get_billing_entity_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_billing_entity_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_billing_entity_response *)value;
    return rc;
}

int schematic_companies_get_billing_entity_response_to_json(const schematic_companies_get_billing_entity_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_billing_entity_response_Type, obj, out, err);
}

/* companies_get_billing_entity_response.params */
static const apic_field schematic_companies_get_billing_entity_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_get_billing_entity_response_params, company_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_get_billing_entity_response_params_desc = {
    "companies_get_billing_entity_response.params", sizeof(schematic_companies_get_billing_entity_response_params), schematic_companies_get_billing_entity_response_params_desc_Fields, 1,
    offsetof(schematic_companies_get_billing_entity_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_billing_entity_response_params_free(schematic_companies_get_billing_entity_response_params *obj)
{
    apic_struct_free(&schematic_companies_get_billing_entity_response_params_desc, obj);
}

int schematic_companies_get_billing_entity_response_params_from_json(const char *json, size_t len, schematic_companies_get_billing_entity_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_billing_entity_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_get_billing_entity_response_params *)value;
    return rc;
}

int schematic_companies_get_billing_entity_response_params_to_json(const schematic_companies_get_billing_entity_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_billing_entity_response_params_Type, obj, out, err);
}

/* companies_get_billing_entity_child_subscriptions_response */
static const apic_field schematic_companies_get_billing_entity_child_subscriptions_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_billing_entity_child_subscriptions_response, data), -1, -1, &schematic_company_billing_entity_subscription_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_billing_entity_child_subscriptions_response, params), -1, -1, &schematic_companies_get_billing_entity_child_subscriptions_response_params_Type},
};
const apic_struct_desc schematic_companies_get_billing_entity_child_subscriptions_response_desc = {
    "companies_get_billing_entity_child_subscriptions_response", sizeof(schematic_companies_get_billing_entity_child_subscriptions_response), schematic_companies_get_billing_entity_child_subscriptions_response_desc_Fields, 2,
    offsetof(schematic_companies_get_billing_entity_child_subscriptions_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_billing_entity_child_subscriptions_response_free(schematic_companies_get_billing_entity_child_subscriptions_response *obj)
{
    apic_struct_free(&schematic_companies_get_billing_entity_child_subscriptions_response_desc, obj);
}

int schematic_companies_get_billing_entity_child_subscriptions_response_from_json(const char *json, size_t len, schematic_companies_get_billing_entity_child_subscriptions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_billing_entity_child_subscriptions_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_billing_entity_child_subscriptions_response *)value;
    return rc;
}

int schematic_companies_get_billing_entity_child_subscriptions_response_to_json(const schematic_companies_get_billing_entity_child_subscriptions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_billing_entity_child_subscriptions_response_Type, obj, out, err);
}

/* companies_get_billing_entity_child_subscriptions_response.params */
static const apic_field schematic_companies_get_billing_entity_child_subscriptions_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_get_billing_entity_child_subscriptions_response_params, company_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_get_billing_entity_child_subscriptions_response_params_desc = {
    "companies_get_billing_entity_child_subscriptions_response.params", sizeof(schematic_companies_get_billing_entity_child_subscriptions_response_params), schematic_companies_get_billing_entity_child_subscriptions_response_params_desc_Fields, 1,
    offsetof(schematic_companies_get_billing_entity_child_subscriptions_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_billing_entity_child_subscriptions_response_params_free(schematic_companies_get_billing_entity_child_subscriptions_response_params *obj)
{
    apic_struct_free(&schematic_companies_get_billing_entity_child_subscriptions_response_params_desc, obj);
}

int schematic_companies_get_billing_entity_child_subscriptions_response_params_from_json(const char *json, size_t len, schematic_companies_get_billing_entity_child_subscriptions_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_billing_entity_child_subscriptions_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_get_billing_entity_child_subscriptions_response_params *)value;
    return rc;
}

int schematic_companies_get_billing_entity_child_subscriptions_response_params_to_json(const schematic_companies_get_billing_entity_child_subscriptions_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_billing_entity_child_subscriptions_response_params_Type, obj, out, err);
}

/* companies_list_memberships_response */
static const apic_field schematic_companies_list_memberships_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_list_memberships_response, data), -1, -1, &schematic_company_membership_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_list_memberships_response, params), -1, -1, &schematic_companies_list_memberships_response_params_Type},
};
const apic_struct_desc schematic_companies_list_memberships_response_desc = {
    "companies_list_memberships_response", sizeof(schematic_companies_list_memberships_response), schematic_companies_list_memberships_response_desc_Fields, 2,
    offsetof(schematic_companies_list_memberships_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_memberships_response_free(schematic_companies_list_memberships_response *obj)
{
    apic_struct_free(&schematic_companies_list_memberships_response_desc, obj);
}

int schematic_companies_list_memberships_response_from_json(const char *json, size_t len, schematic_companies_list_memberships_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_memberships_response_Type, json, len, &value, err);
    *out = (schematic_companies_list_memberships_response *)value;
    return rc;
}

int schematic_companies_list_memberships_response_to_json(const schematic_companies_list_memberships_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_memberships_response_Type, obj, out, err);
}

/* companies_list_memberships_response.params */
static const apic_field schematic_companies_list_memberships_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_list_memberships_response_params, company_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_list_memberships_response_params, limit), offsetof(schematic_companies_list_memberships_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_memberships_response_params, offset), offsetof(schematic_companies_list_memberships_response_params, has_offset), -1, &apic_type_int64},
    {"user_id", 7, 0, offsetof(schematic_companies_list_memberships_response_params, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_list_memberships_response_params_desc = {
    "companies_list_memberships_response.params", sizeof(schematic_companies_list_memberships_response_params), schematic_companies_list_memberships_response_params_desc_Fields, 4,
    offsetof(schematic_companies_list_memberships_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_memberships_response_params_free(schematic_companies_list_memberships_response_params *obj)
{
    apic_struct_free(&schematic_companies_list_memberships_response_params_desc, obj);
}

int schematic_companies_list_memberships_response_params_from_json(const char *json, size_t len, schematic_companies_list_memberships_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_memberships_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_list_memberships_response_params *)value;
    return rc;
}

int schematic_companies_list_memberships_response_params_to_json(const schematic_companies_list_memberships_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_memberships_response_params_Type, obj, out, err);
}

/* companies_get_or_create_membership_response */
static const apic_field schematic_companies_get_or_create_membership_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_or_create_membership_response, data), -1, -1, &schematic_company_membership_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_or_create_membership_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_or_create_membership_response_desc = {
    "companies_get_or_create_membership_response", sizeof(schematic_companies_get_or_create_membership_response), schematic_companies_get_or_create_membership_response_desc_Fields, 2,
    offsetof(schematic_companies_get_or_create_membership_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_or_create_membership_response_free(schematic_companies_get_or_create_membership_response *obj)
{
    apic_struct_free(&schematic_companies_get_or_create_membership_response_desc, obj);
}

int schematic_companies_get_or_create_membership_response_from_json(const char *json, size_t len, schematic_companies_get_or_create_membership_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_or_create_membership_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_or_create_membership_response *)value;
    return rc;
}

int schematic_companies_get_or_create_membership_response_to_json(const schematic_companies_get_or_create_membership_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_or_create_membership_response_Type, obj, out, err);
}

/* companies_delete_membership_response */
static const apic_field schematic_companies_delete_membership_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_delete_membership_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_delete_membership_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_delete_membership_response_desc = {
    "companies_delete_membership_response", sizeof(schematic_companies_delete_membership_response), schematic_companies_delete_membership_response_desc_Fields, 2,
    offsetof(schematic_companies_delete_membership_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_membership_response_free(schematic_companies_delete_membership_response *obj)
{
    apic_struct_free(&schematic_companies_delete_membership_response_desc, obj);
}

int schematic_companies_delete_membership_response_from_json(const char *json, size_t len, schematic_companies_delete_membership_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_membership_response_Type, json, len, &value, err);
    *out = (schematic_companies_delete_membership_response *)value;
    return rc;
}

int schematic_companies_delete_membership_response_to_json(const schematic_companies_delete_membership_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_membership_response_Type, obj, out, err);
}

/* entitlements_list_company_overrides_response */
static const apic_field schematic_entitlements_list_company_overrides_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_company_overrides_response, data), -1, -1, &schematic_company_override_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_list_company_overrides_response, params), -1, -1, &schematic_entitlements_list_company_overrides_response_params_Type},
};
const apic_struct_desc schematic_entitlements_list_company_overrides_response_desc = {
    "entitlements_list_company_overrides_response", sizeof(schematic_entitlements_list_company_overrides_response), schematic_entitlements_list_company_overrides_response_desc_Fields, 2,
    offsetof(schematic_entitlements_list_company_overrides_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_company_overrides_response_free(schematic_entitlements_list_company_overrides_response *obj)
{
    apic_struct_free(&schematic_entitlements_list_company_overrides_response_desc, obj);
}

int schematic_entitlements_list_company_overrides_response_from_json(const char *json, size_t len, schematic_entitlements_list_company_overrides_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_company_overrides_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_company_overrides_response *)value;
    return rc;
}

int schematic_entitlements_list_company_overrides_response_to_json(const schematic_entitlements_list_company_overrides_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_company_overrides_response_Type, obj, out, err);
}

/* entitlements_list_company_overrides_response.params */
static const apic_field schematic_entitlements_list_company_overrides_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, company_ids), offsetof(schematic_entitlements_list_company_overrides_response_params, has_company_ids), -1, &schematic_string_array_Type},
    {"feature_id", 10, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, feature_ids), offsetof(schematic_entitlements_list_company_overrides_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, ids), offsetof(schematic_entitlements_list_company_overrides_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, limit), offsetof(schematic_entitlements_list_company_overrides_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, offset), offsetof(schematic_entitlements_list_company_overrides_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, q), -1, -1, &apic_type_string},
    {"without_expired", 15, 0, offsetof(schematic_entitlements_list_company_overrides_response_params, without_expired), offsetof(schematic_entitlements_list_company_overrides_response_params, has_without_expired), -1, &apic_type_bool},
};
const apic_struct_desc schematic_entitlements_list_company_overrides_response_params_desc = {
    "entitlements_list_company_overrides_response.params", sizeof(schematic_entitlements_list_company_overrides_response_params), schematic_entitlements_list_company_overrides_response_params_desc_Fields, 9,
    offsetof(schematic_entitlements_list_company_overrides_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_list_company_overrides_response_params_free(schematic_entitlements_list_company_overrides_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_list_company_overrides_response_params_desc, obj);
}

int schematic_entitlements_list_company_overrides_response_params_from_json(const char *json, size_t len, schematic_entitlements_list_company_overrides_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_list_company_overrides_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_list_company_overrides_response_params *)value;
    return rc;
}

int schematic_entitlements_list_company_overrides_response_params_to_json(const schematic_entitlements_list_company_overrides_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_list_company_overrides_response_params_Type, obj, out, err);
}

/* entitlements_create_company_override_response */
static const apic_field schematic_entitlements_create_company_override_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_create_company_override_response, data), -1, -1, &schematic_company_override_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_create_company_override_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_create_company_override_response_desc = {
    "entitlements_create_company_override_response", sizeof(schematic_entitlements_create_company_override_response), schematic_entitlements_create_company_override_response_desc_Fields, 2,
    offsetof(schematic_entitlements_create_company_override_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_create_company_override_response_free(schematic_entitlements_create_company_override_response *obj)
{
    apic_struct_free(&schematic_entitlements_create_company_override_response_desc, obj);
}

int schematic_entitlements_create_company_override_response_from_json(const char *json, size_t len, schematic_entitlements_create_company_override_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_create_company_override_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_create_company_override_response *)value;
    return rc;
}

int schematic_entitlements_create_company_override_response_to_json(const schematic_entitlements_create_company_override_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_create_company_override_response_Type, obj, out, err);
}

/* entitlements_get_company_override_response */
static const apic_field schematic_entitlements_get_company_override_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_company_override_response, data), -1, -1, &schematic_company_override_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_get_company_override_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_get_company_override_response_desc = {
    "entitlements_get_company_override_response", sizeof(schematic_entitlements_get_company_override_response), schematic_entitlements_get_company_override_response_desc_Fields, 2,
    offsetof(schematic_entitlements_get_company_override_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_get_company_override_response_free(schematic_entitlements_get_company_override_response *obj)
{
    apic_struct_free(&schematic_entitlements_get_company_override_response_desc, obj);
}

int schematic_entitlements_get_company_override_response_from_json(const char *json, size_t len, schematic_entitlements_get_company_override_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_get_company_override_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_get_company_override_response *)value;
    return rc;
}

int schematic_entitlements_get_company_override_response_to_json(const schematic_entitlements_get_company_override_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_get_company_override_response_Type, obj, out, err);
}

/* entitlements_update_company_override_response */
static const apic_field schematic_entitlements_update_company_override_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_update_company_override_response, data), -1, -1, &schematic_company_override_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_update_company_override_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_update_company_override_response_desc = {
    "entitlements_update_company_override_response", sizeof(schematic_entitlements_update_company_override_response), schematic_entitlements_update_company_override_response_desc_Fields, 2,
    offsetof(schematic_entitlements_update_company_override_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_update_company_override_response_free(schematic_entitlements_update_company_override_response *obj)
{
    apic_struct_free(&schematic_entitlements_update_company_override_response_desc, obj);
}

int schematic_entitlements_update_company_override_response_from_json(const char *json, size_t len, schematic_entitlements_update_company_override_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_update_company_override_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_update_company_override_response *)value;
    return rc;
}

int schematic_entitlements_update_company_override_response_to_json(const schematic_entitlements_update_company_override_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_update_company_override_response_Type, obj, out, err);
}

/* entitlements_delete_company_override_response */
static const apic_field schematic_entitlements_delete_company_override_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_delete_company_override_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_delete_company_override_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_entitlements_delete_company_override_response_desc = {
    "entitlements_delete_company_override_response", sizeof(schematic_entitlements_delete_company_override_response), schematic_entitlements_delete_company_override_response_desc_Fields, 2,
    offsetof(schematic_entitlements_delete_company_override_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_delete_company_override_response_free(schematic_entitlements_delete_company_override_response *obj)
{
    apic_struct_free(&schematic_entitlements_delete_company_override_response_desc, obj);
}

int schematic_entitlements_delete_company_override_response_from_json(const char *json, size_t len, schematic_entitlements_delete_company_override_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_delete_company_override_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_delete_company_override_response *)value;
    return rc;
}

int schematic_entitlements_delete_company_override_response_to_json(const schematic_entitlements_delete_company_override_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_delete_company_override_response_Type, obj, out, err);
}

/* entitlements_count_company_overrides_response */
static const apic_field schematic_entitlements_count_company_overrides_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_company_overrides_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_entitlements_count_company_overrides_response, params), -1, -1, &schematic_entitlements_count_company_overrides_response_params_Type},
};
const apic_struct_desc schematic_entitlements_count_company_overrides_response_desc = {
    "entitlements_count_company_overrides_response", sizeof(schematic_entitlements_count_company_overrides_response), schematic_entitlements_count_company_overrides_response_desc_Fields, 2,
    offsetof(schematic_entitlements_count_company_overrides_response, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_company_overrides_response_free(schematic_entitlements_count_company_overrides_response *obj)
{
    apic_struct_free(&schematic_entitlements_count_company_overrides_response_desc, obj);
}

int schematic_entitlements_count_company_overrides_response_from_json(const char *json, size_t len, schematic_entitlements_count_company_overrides_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_company_overrides_response_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_company_overrides_response *)value;
    return rc;
}

int schematic_entitlements_count_company_overrides_response_to_json(const schematic_entitlements_count_company_overrides_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_company_overrides_response_Type, obj, out, err);
}

/* entitlements_count_company_overrides_response.params */
static const apic_field schematic_entitlements_count_company_overrides_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, company_ids), offsetof(schematic_entitlements_count_company_overrides_response_params, has_company_ids), -1, &schematic_string_array_Type},
    {"feature_id", 10, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, feature_id), -1, -1, &apic_type_string},
    {"feature_ids", 11, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, feature_ids), offsetof(schematic_entitlements_count_company_overrides_response_params, has_feature_ids), -1, &schematic_string_array_Type},
    {"ids", 3, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, ids), offsetof(schematic_entitlements_count_company_overrides_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, limit), offsetof(schematic_entitlements_count_company_overrides_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, offset), offsetof(schematic_entitlements_count_company_overrides_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, q), -1, -1, &apic_type_string},
    {"without_expired", 15, 0, offsetof(schematic_entitlements_count_company_overrides_response_params, without_expired), offsetof(schematic_entitlements_count_company_overrides_response_params, has_without_expired), -1, &apic_type_bool},
};
const apic_struct_desc schematic_entitlements_count_company_overrides_response_params_desc = {
    "entitlements_count_company_overrides_response.params", sizeof(schematic_entitlements_count_company_overrides_response_params), schematic_entitlements_count_company_overrides_response_params_desc_Fields, 9,
    offsetof(schematic_entitlements_count_company_overrides_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_count_company_overrides_response_params_free(schematic_entitlements_count_company_overrides_response_params *obj)
{
    apic_struct_free(&schematic_entitlements_count_company_overrides_response_params_desc, obj);
}

int schematic_entitlements_count_company_overrides_response_params_from_json(const char *json, size_t len, schematic_entitlements_count_company_overrides_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_count_company_overrides_response_params_Type, json, len, &value, err);
    *out = (schematic_entitlements_count_company_overrides_response_params *)value;
    return rc;
}

int schematic_entitlements_count_company_overrides_response_params_to_json(const schematic_entitlements_count_company_overrides_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_count_company_overrides_response_params_Type, obj, out, err);
}

/* plans_update_company_response */
static const apic_field schematic_plans_update_company_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_update_company_response, data), -1, -1, &schematic_company_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_update_company_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_update_company_response_desc = {
    "plans_update_company_response", sizeof(schematic_plans_update_company_response), schematic_plans_update_company_response_desc_Fields, 2,
    offsetof(schematic_plans_update_company_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_update_company_response_free(schematic_plans_update_company_response *obj)
{
    apic_struct_free(&schematic_plans_update_company_response_desc, obj);
}

int schematic_plans_update_company_response_from_json(const char *json, size_t len, schematic_plans_update_company_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_update_company_response_Type, json, len, &value, err);
    *out = (schematic_plans_update_company_response *)value;
    return rc;
}

int schematic_plans_update_company_response_to_json(const schematic_plans_update_company_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_update_company_response_Type, obj, out, err);
}

/* companies_get_active_subscription_response */
static const apic_field schematic_companies_get_active_subscription_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_active_subscription_response, data), -1, -1, &schematic_company_subscription_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_active_subscription_response, params), -1, -1, &schematic_companies_get_active_subscription_response_params_Type},
};
const apic_struct_desc schematic_companies_get_active_subscription_response_desc = {
    "companies_get_active_subscription_response", sizeof(schematic_companies_get_active_subscription_response), schematic_companies_get_active_subscription_response_desc_Fields, 2,
    offsetof(schematic_companies_get_active_subscription_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_active_subscription_response_free(schematic_companies_get_active_subscription_response *obj)
{
    apic_struct_free(&schematic_companies_get_active_subscription_response_desc, obj);
}

int schematic_companies_get_active_subscription_response_from_json(const char *json, size_t len, schematic_companies_get_active_subscription_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_active_subscription_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_active_subscription_response *)value;
    return rc;
}

int schematic_companies_get_active_subscription_response_to_json(const schematic_companies_get_active_subscription_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_active_subscription_response_Type, obj, out, err);
}

/* companies_get_active_subscription_response.params */
static const apic_field schematic_companies_get_active_subscription_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_get_active_subscription_response_params, company_id), -1, -1, &apic_type_string},
    {"company_ids", 11, 0, offsetof(schematic_companies_get_active_subscription_response_params, company_ids), offsetof(schematic_companies_get_active_subscription_response_params, has_company_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_get_active_subscription_response_params, limit), offsetof(schematic_companies_get_active_subscription_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_get_active_subscription_response_params, offset), offsetof(schematic_companies_get_active_subscription_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_companies_get_active_subscription_response_params_desc = {
    "companies_get_active_subscription_response.params", sizeof(schematic_companies_get_active_subscription_response_params), schematic_companies_get_active_subscription_response_params_desc_Fields, 4,
    offsetof(schematic_companies_get_active_subscription_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_active_subscription_response_params_free(schematic_companies_get_active_subscription_response_params *obj)
{
    apic_struct_free(&schematic_companies_get_active_subscription_response_params_desc, obj);
}

int schematic_companies_get_active_subscription_response_params_from_json(const char *json, size_t len, schematic_companies_get_active_subscription_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_active_subscription_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_get_active_subscription_response_params *)value;
    return rc;
}

int schematic_companies_get_active_subscription_response_params_to_json(const schematic_companies_get_active_subscription_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_active_subscription_response_params_Type, obj, out, err);
}

/* companies_upsert_trait_response */
static const apic_field schematic_companies_upsert_trait_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_trait_response, data), -1, -1, &schematic_company_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_upsert_trait_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_upsert_trait_response_desc = {
    "companies_upsert_trait_response", sizeof(schematic_companies_upsert_trait_response), schematic_companies_upsert_trait_response_desc_Fields, 2,
    offsetof(schematic_companies_upsert_trait_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_upsert_trait_response_free(schematic_companies_upsert_trait_response *obj)
{
    apic_struct_free(&schematic_companies_upsert_trait_response_desc, obj);
}

int schematic_companies_upsert_trait_response_from_json(const char *json, size_t len, schematic_companies_upsert_trait_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_upsert_trait_response_Type, json, len, &value, err);
    *out = (schematic_companies_upsert_trait_response *)value;
    return rc;
}

int schematic_companies_upsert_trait_response_to_json(const schematic_companies_upsert_trait_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_upsert_trait_response_Type, obj, out, err);
}

/* components_list_response */
static const apic_field schematic_components_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_list_response, data), -1, -1, &schematic_component_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_list_response, params), -1, -1, &schematic_components_list_response_params_Type},
};
const apic_struct_desc schematic_components_list_response_desc = {
    "components_list_response", sizeof(schematic_components_list_response), schematic_components_list_response_desc_Fields, 2,
    offsetof(schematic_components_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_list_response_free(schematic_components_list_response *obj)
{
    apic_struct_free(&schematic_components_list_response_desc, obj);
}

int schematic_components_list_response_from_json(const char *json, size_t len, schematic_components_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_list_response_Type, json, len, &value, err);
    *out = (schematic_components_list_response *)value;
    return rc;
}

int schematic_components_list_response_to_json(const schematic_components_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_list_response_Type, obj, out, err);
}

/* components_list_response.params */
static const apic_field schematic_components_list_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_components_list_response_params, limit), offsetof(schematic_components_list_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_components_list_response_params, offset), offsetof(schematic_components_list_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_components_list_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_components_list_response_params_desc = {
    "components_list_response.params", sizeof(schematic_components_list_response_params), schematic_components_list_response_params_desc_Fields, 3,
    offsetof(schematic_components_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_components_list_response_params_free(schematic_components_list_response_params *obj)
{
    apic_struct_free(&schematic_components_list_response_params_desc, obj);
}

int schematic_components_list_response_params_from_json(const char *json, size_t len, schematic_components_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_list_response_params_Type, json, len, &value, err);
    *out = (schematic_components_list_response_params *)value;
    return rc;
}

int schematic_components_list_response_params_to_json(const schematic_components_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_list_response_params_Type, obj, out, err);
}

/* components_create_response */
static const apic_field schematic_components_create_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_create_response, data), -1, -1, &schematic_component_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_create_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_components_create_response_desc = {
    "components_create_response", sizeof(schematic_components_create_response), schematic_components_create_response_desc_Fields, 2,
    offsetof(schematic_components_create_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_create_response_free(schematic_components_create_response *obj)
{
    apic_struct_free(&schematic_components_create_response_desc, obj);
}

int schematic_components_create_response_from_json(const char *json, size_t len, schematic_components_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_create_response_Type, json, len, &value, err);
    *out = (schematic_components_create_response *)value;
    return rc;
}

int schematic_components_create_response_to_json(const schematic_components_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_create_response_Type, obj, out, err);
}

/* components_get_response */
static const apic_field schematic_components_get_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_get_response, data), -1, -1, &schematic_component_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_get_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_components_get_response_desc = {
    "components_get_response", sizeof(schematic_components_get_response), schematic_components_get_response_desc_Fields, 2,
    offsetof(schematic_components_get_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_get_response_free(schematic_components_get_response *obj)
{
    apic_struct_free(&schematic_components_get_response_desc, obj);
}

int schematic_components_get_response_from_json(const char *json, size_t len, schematic_components_get_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_get_response_Type, json, len, &value, err);
    *out = (schematic_components_get_response *)value;
    return rc;
}

int schematic_components_get_response_to_json(const schematic_components_get_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_get_response_Type, obj, out, err);
}

/* components_update_response */
static const apic_field schematic_components_update_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_update_response, data), -1, -1, &schematic_component_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_update_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_components_update_response_desc = {
    "components_update_response", sizeof(schematic_components_update_response), schematic_components_update_response_desc_Fields, 2,
    offsetof(schematic_components_update_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_update_response_free(schematic_components_update_response *obj)
{
    apic_struct_free(&schematic_components_update_response_desc, obj);
}

int schematic_components_update_response_from_json(const char *json, size_t len, schematic_components_update_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_update_response_Type, json, len, &value, err);
    *out = (schematic_components_update_response *)value;
    return rc;
}

int schematic_components_update_response_to_json(const schematic_components_update_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_update_response_Type, obj, out, err);
}

/* components_delete_response */
static const apic_field schematic_components_delete_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_delete_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_delete_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_components_delete_response_desc = {
    "components_delete_response", sizeof(schematic_components_delete_response), schematic_components_delete_response_desc_Fields, 2,
    offsetof(schematic_components_delete_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_delete_response_free(schematic_components_delete_response *obj)
{
    apic_struct_free(&schematic_components_delete_response_desc, obj);
}

int schematic_components_delete_response_from_json(const char *json, size_t len, schematic_components_delete_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_delete_response_Type, json, len, &value, err);
    *out = (schematic_components_delete_response *)value;
    return rc;
}

int schematic_components_delete_response_to_json(const schematic_components_delete_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_delete_response_Type, obj, out, err);
}

/* components_bind_catalog_response */
static const apic_field schematic_components_bind_catalog_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_bind_catalog_response, data), -1, -1, &schematic_component_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_bind_catalog_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_components_bind_catalog_response_desc = {
    "components_bind_catalog_response", sizeof(schematic_components_bind_catalog_response), schematic_components_bind_catalog_response_desc_Fields, 2,
    offsetof(schematic_components_bind_catalog_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_bind_catalog_response_free(schematic_components_bind_catalog_response *obj)
{
    apic_struct_free(&schematic_components_bind_catalog_response_desc, obj);
}

int schematic_components_bind_catalog_response_from_json(const char *json, size_t len, schematic_components_bind_catalog_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_bind_catalog_response_Type, json, len, &value, err);
    *out = (schematic_components_bind_catalog_response *)value;
    return rc;
}

int schematic_components_bind_catalog_response_to_json(const schematic_components_bind_catalog_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_bind_catalog_response_Type, obj, out, err);
}

/* components_count_response */
static const apic_field schematic_components_count_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_count_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_count_response, params), -1, -1, &schematic_components_count_response_params_Type},
};
const apic_struct_desc schematic_components_count_response_desc = {
    "components_count_response", sizeof(schematic_components_count_response), schematic_components_count_response_desc_Fields, 2,
    offsetof(schematic_components_count_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_count_response_free(schematic_components_count_response *obj)
{
    apic_struct_free(&schematic_components_count_response_desc, obj);
}

int schematic_components_count_response_from_json(const char *json, size_t len, schematic_components_count_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_count_response_Type, json, len, &value, err);
    *out = (schematic_components_count_response *)value;
    return rc;
}

int schematic_components_count_response_to_json(const schematic_components_count_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_count_response_Type, obj, out, err);
}

/* components_count_response.params */
static const apic_field schematic_components_count_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_components_count_response_params, limit), offsetof(schematic_components_count_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_components_count_response_params, offset), offsetof(schematic_components_count_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_components_count_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_components_count_response_params_desc = {
    "components_count_response.params", sizeof(schematic_components_count_response_params), schematic_components_count_response_params_desc_Fields, 3,
    offsetof(schematic_components_count_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_components_count_response_params_free(schematic_components_count_response_params *obj)
{
    apic_struct_free(&schematic_components_count_response_params_desc, obj);
}

int schematic_components_count_response_params_from_json(const char *json, size_t len, schematic_components_count_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_count_response_params_Type, json, len, &value, err);
    *out = (schematic_components_count_response_params *)value;
    return rc;
}

int schematic_components_count_response_params_to_json(const schematic_components_count_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_count_response_params_Type, obj, out, err);
}

/* components_preview_data_response */
static const apic_field schematic_components_preview_data_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_components_preview_data_response, data), -1, -1, &schematic_component_preview_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_components_preview_data_response, params), -1, -1, &schematic_components_preview_data_response_params_Type},
};
const apic_struct_desc schematic_components_preview_data_response_desc = {
    "components_preview_data_response", sizeof(schematic_components_preview_data_response), schematic_components_preview_data_response_desc_Fields, 2,
    offsetof(schematic_components_preview_data_response, unknown_fields),
    -1,
    NULL
};

void schematic_components_preview_data_response_free(schematic_components_preview_data_response *obj)
{
    apic_struct_free(&schematic_components_preview_data_response_desc, obj);
}

int schematic_components_preview_data_response_from_json(const char *json, size_t len, schematic_components_preview_data_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_preview_data_response_Type, json, len, &value, err);
    *out = (schematic_components_preview_data_response *)value;
    return rc;
}

int schematic_components_preview_data_response_to_json(const schematic_components_preview_data_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_preview_data_response_Type, obj, out, err);
}

/* components_preview_data_response.params */
static const apic_field schematic_components_preview_data_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_components_preview_data_response_params, company_id), -1, -1, &apic_type_string},
    {"component_id", 12, 0, offsetof(schematic_components_preview_data_response_params, component_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_components_preview_data_response_params_desc = {
    "components_preview_data_response.params", sizeof(schematic_components_preview_data_response_params), schematic_components_preview_data_response_params_desc_Fields, 2,
    offsetof(schematic_components_preview_data_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_components_preview_data_response_params_free(schematic_components_preview_data_response_params *obj)
{
    apic_struct_free(&schematic_components_preview_data_response_params_desc, obj);
}

int schematic_components_preview_data_response_params_from_json(const char *json, size_t len, schematic_components_preview_data_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_components_preview_data_response_params_Type, json, len, &value, err);
    *out = (schematic_components_preview_data_response_params *)value;
    return rc;
}

int schematic_components_preview_data_response_params_to_json(const schematic_components_preview_data_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_components_preview_data_response_params_Type, obj, out, err);
}

/* plans_list_custom_billings_response */
static const apic_field schematic_plans_list_custom_billings_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_list_custom_billings_response, data), -1, -1, &schematic_custom_plan_billing_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_list_custom_billings_response, params), -1, -1, &schematic_plans_list_custom_billings_response_params_Type},
};
const apic_struct_desc schematic_plans_list_custom_billings_response_desc = {
    "plans_list_custom_billings_response", sizeof(schematic_plans_list_custom_billings_response), schematic_plans_list_custom_billings_response_desc_Fields, 2,
    offsetof(schematic_plans_list_custom_billings_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_custom_billings_response_free(schematic_plans_list_custom_billings_response *obj)
{
    apic_struct_free(&schematic_plans_list_custom_billings_response_desc, obj);
}

int schematic_plans_list_custom_billings_response_from_json(const char *json, size_t len, schematic_plans_list_custom_billings_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_custom_billings_response_Type, json, len, &value, err);
    *out = (schematic_plans_list_custom_billings_response *)value;
    return rc;
}

int schematic_plans_list_custom_billings_response_to_json(const schematic_plans_list_custom_billings_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_custom_billings_response_Type, obj, out, err);
}

/* plans_list_custom_billings_response.params */
static const apic_field schematic_plans_list_custom_billings_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_plans_list_custom_billings_response_params, company_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_plans_list_custom_billings_response_params, limit), offsetof(schematic_plans_list_custom_billings_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_plans_list_custom_billings_response_params, offset), offsetof(schematic_plans_list_custom_billings_response_params, has_offset), -1, &apic_type_int64},
    {"plan_billing_source", 19, 0, offsetof(schematic_plans_list_custom_billings_response_params, plan_billing_source), offsetof(schematic_plans_list_custom_billings_response_params, has_plan_billing_source), -1, &schematic_plan_billing_source_Type},
    {"plan_id", 7, 0, offsetof(schematic_plans_list_custom_billings_response_params, plan_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_plans_list_custom_billings_response_params, status), offsetof(schematic_plans_list_custom_billings_response_params, has_status), -1, &schematic_custom_plan_billing_status_Type},
    {"statuses", 8, 0, offsetof(schematic_plans_list_custom_billings_response_params, statuses), offsetof(schematic_plans_list_custom_billings_response_params, has_statuses), -1, &schematic_custom_plan_billing_status_array_Type},
};
const apic_struct_desc schematic_plans_list_custom_billings_response_params_desc = {
    "plans_list_custom_billings_response.params", sizeof(schematic_plans_list_custom_billings_response_params), schematic_plans_list_custom_billings_response_params_desc_Fields, 7,
    offsetof(schematic_plans_list_custom_billings_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_plans_list_custom_billings_response_params_free(schematic_plans_list_custom_billings_response_params *obj)
{
    apic_struct_free(&schematic_plans_list_custom_billings_response_params_desc, obj);
}

int schematic_plans_list_custom_billings_response_params_from_json(const char *json, size_t len, schematic_plans_list_custom_billings_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_list_custom_billings_response_params_Type, json, len, &value, err);
    *out = (schematic_plans_list_custom_billings_response_params *)value;
    return rc;
}

int schematic_plans_list_custom_billings_response_params_to_json(const schematic_plans_list_custom_billings_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_list_custom_billings_response_params_Type, obj, out, err);
}

/* plans_mark_custom_billing_paid_response */
static const apic_field schematic_plans_mark_custom_billing_paid_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_mark_custom_billing_paid_response, data), -1, -1, &schematic_custom_plan_billing_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_mark_custom_billing_paid_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_mark_custom_billing_paid_response_desc = {
    "plans_mark_custom_billing_paid_response", sizeof(schematic_plans_mark_custom_billing_paid_response), schematic_plans_mark_custom_billing_paid_response_desc_Fields, 2,
    offsetof(schematic_plans_mark_custom_billing_paid_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_mark_custom_billing_paid_response_free(schematic_plans_mark_custom_billing_paid_response *obj)
{
    apic_struct_free(&schematic_plans_mark_custom_billing_paid_response_desc, obj);
}

int schematic_plans_mark_custom_billing_paid_response_from_json(const char *json, size_t len, schematic_plans_mark_custom_billing_paid_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_mark_custom_billing_paid_response_Type, json, len, &value, err);
    *out = (schematic_plans_mark_custom_billing_paid_response *)value;
    return rc;
}

int schematic_plans_mark_custom_billing_paid_response_to_json(const schematic_plans_mark_custom_billing_paid_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_mark_custom_billing_paid_response_Type, obj, out, err);
}

/* plans_retry_custom_billing_response */
static const apic_field schematic_plans_retry_custom_billing_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_retry_custom_billing_response, data), -1, -1, &schematic_custom_plan_billing_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_retry_custom_billing_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_retry_custom_billing_response_desc = {
    "plans_retry_custom_billing_response", sizeof(schematic_plans_retry_custom_billing_response), schematic_plans_retry_custom_billing_response_desc_Fields, 2,
    offsetof(schematic_plans_retry_custom_billing_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_retry_custom_billing_response_free(schematic_plans_retry_custom_billing_response *obj)
{
    apic_struct_free(&schematic_plans_retry_custom_billing_response_desc, obj);
}

int schematic_plans_retry_custom_billing_response_from_json(const char *json, size_t len, schematic_plans_retry_custom_billing_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_retry_custom_billing_response_Type, json, len, &value, err);
    *out = (schematic_plans_retry_custom_billing_response *)value;
    return rc;
}

int schematic_plans_retry_custom_billing_response_to_json(const schematic_plans_retry_custom_billing_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_retry_custom_billing_response_Type, obj, out, err);
}

/* planbundle_create_custom_plan_bundle_response */
static const apic_field schematic_planbundle_create_custom_plan_bundle_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_planbundle_create_custom_plan_bundle_response, data), -1, -1, &schematic_plan_bundle_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_planbundle_create_custom_plan_bundle_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_planbundle_create_custom_plan_bundle_response_desc = {
    "planbundle_create_custom_plan_bundle_response", sizeof(schematic_planbundle_create_custom_plan_bundle_response), schematic_planbundle_create_custom_plan_bundle_response_desc_Fields, 2,
    offsetof(schematic_planbundle_create_custom_plan_bundle_response, unknown_fields),
    -1,
    NULL
};

void schematic_planbundle_create_custom_plan_bundle_response_free(schematic_planbundle_create_custom_plan_bundle_response *obj)
{
    apic_struct_free(&schematic_planbundle_create_custom_plan_bundle_response_desc, obj);
}

int schematic_planbundle_create_custom_plan_bundle_response_from_json(const char *json, size_t len, schematic_planbundle_create_custom_plan_bundle_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_planbundle_create_custom_plan_bundle_response_Type, json, len, &value, err);
    *out = (schematic_planbundle_create_custom_plan_bundle_response *)value;
    return rc;
}

int schematic_planbundle_create_custom_plan_bundle_response_to_json(const schematic_planbundle_create_custom_plan_bundle_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_planbundle_create_custom_plan_bundle_response_Type, obj, out, err);
}

/* plans_create_custom_response */
static const apic_field schematic_plans_create_custom_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_plans_create_custom_response, data), -1, -1, &schematic_plan_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_plans_create_custom_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_plans_create_custom_response_desc = {
    "plans_create_custom_response", sizeof(schematic_plans_create_custom_response), schematic_plans_create_custom_response_desc_Fields, 2,
    offsetof(schematic_plans_create_custom_response, unknown_fields),
    -1,
    NULL
};

void schematic_plans_create_custom_response_free(schematic_plans_create_custom_response *obj)
{
    apic_struct_free(&schematic_plans_create_custom_response_desc, obj);
}

int schematic_plans_create_custom_response_from_json(const char *json, size_t len, schematic_plans_create_custom_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plans_create_custom_response_Type, json, len, &value, err);
    *out = (schematic_plans_create_custom_response *)value;
    return rc;
}

int schematic_plans_create_custom_response_to_json(const schematic_plans_create_custom_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plans_create_custom_response_Type, obj, out, err);
}

/* dataexports_list_data_exports_response */
static const apic_field schematic_dataexports_list_data_exports_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_dataexports_list_data_exports_response, data), -1, -1, &schematic_data_export_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_dataexports_list_data_exports_response, params), -1, -1, &schematic_dataexports_list_data_exports_response_params_Type},
};
const apic_struct_desc schematic_dataexports_list_data_exports_response_desc = {
    "dataexports_list_data_exports_response", sizeof(schematic_dataexports_list_data_exports_response), schematic_dataexports_list_data_exports_response_desc_Fields, 2,
    offsetof(schematic_dataexports_list_data_exports_response, unknown_fields),
    -1,
    NULL
};

void schematic_dataexports_list_data_exports_response_free(schematic_dataexports_list_data_exports_response *obj)
{
    apic_struct_free(&schematic_dataexports_list_data_exports_response_desc, obj);
}

int schematic_dataexports_list_data_exports_response_from_json(const char *json, size_t len, schematic_dataexports_list_data_exports_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_dataexports_list_data_exports_response_Type, json, len, &value, err);
    *out = (schematic_dataexports_list_data_exports_response *)value;
    return rc;
}

int schematic_dataexports_list_data_exports_response_to_json(const schematic_dataexports_list_data_exports_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_dataexports_list_data_exports_response_Type, obj, out, err);
}

/* dataexports_list_data_exports_response.params */
static const apic_field schematic_dataexports_list_data_exports_response_params_desc_Fields[] = {
    {"export_type", 11, 0, offsetof(schematic_dataexports_list_data_exports_response_params, export_type), offsetof(schematic_dataexports_list_data_exports_response_params, has_export_type), -1, &schematic_data_export_type_Type},
    {"limit", 5, 0, offsetof(schematic_dataexports_list_data_exports_response_params, limit), offsetof(schematic_dataexports_list_data_exports_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_dataexports_list_data_exports_response_params, offset), offsetof(schematic_dataexports_list_data_exports_response_params, has_offset), -1, &apic_type_int64},
    {"status", 6, 0, offsetof(schematic_dataexports_list_data_exports_response_params, status), offsetof(schematic_dataexports_list_data_exports_response_params, has_status), -1, &schematic_data_export_status_Type},
};
const apic_struct_desc schematic_dataexports_list_data_exports_response_params_desc = {
    "dataexports_list_data_exports_response.params", sizeof(schematic_dataexports_list_data_exports_response_params), schematic_dataexports_list_data_exports_response_params_desc_Fields, 4,
    offsetof(schematic_dataexports_list_data_exports_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_dataexports_list_data_exports_response_params_free(schematic_dataexports_list_data_exports_response_params *obj)
{
    apic_struct_free(&schematic_dataexports_list_data_exports_response_params_desc, obj);
}

int schematic_dataexports_list_data_exports_response_params_from_json(const char *json, size_t len, schematic_dataexports_list_data_exports_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_dataexports_list_data_exports_response_params_Type, json, len, &value, err);
    *out = (schematic_dataexports_list_data_exports_response_params *)value;
    return rc;
}

int schematic_dataexports_list_data_exports_response_params_to_json(const schematic_dataexports_list_data_exports_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_dataexports_list_data_exports_response_params_Type, obj, out, err);
}

/* dataexports_create_data_export_response */
static const apic_field schematic_dataexports_create_data_export_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_dataexports_create_data_export_response, data), -1, -1, &schematic_data_export_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_dataexports_create_data_export_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_dataexports_create_data_export_response_desc = {
    "dataexports_create_data_export_response", sizeof(schematic_dataexports_create_data_export_response), schematic_dataexports_create_data_export_response_desc_Fields, 2,
    offsetof(schematic_dataexports_create_data_export_response, unknown_fields),
    -1,
    NULL
};

void schematic_dataexports_create_data_export_response_free(schematic_dataexports_create_data_export_response *obj)
{
    apic_struct_free(&schematic_dataexports_create_data_export_response_desc, obj);
}

int schematic_dataexports_create_data_export_response_from_json(const char *json, size_t len, schematic_dataexports_create_data_export_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_dataexports_create_data_export_response_Type, json, len, &value, err);
    *out = (schematic_dataexports_create_data_export_response *)value;
    return rc;
}

int schematic_dataexports_create_data_export_response_to_json(const schematic_dataexports_create_data_export_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_dataexports_create_data_export_response_Type, obj, out, err);
}

/* dataexports_get_data_export_response */
static const apic_field schematic_dataexports_get_data_export_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_dataexports_get_data_export_response, data), -1, -1, &schematic_data_export_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_dataexports_get_data_export_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_dataexports_get_data_export_response_desc = {
    "dataexports_get_data_export_response", sizeof(schematic_dataexports_get_data_export_response), schematic_dataexports_get_data_export_response_desc_Fields, 2,
    offsetof(schematic_dataexports_get_data_export_response, unknown_fields),
    -1,
    NULL
};

void schematic_dataexports_get_data_export_response_free(schematic_dataexports_get_data_export_response *obj)
{
    apic_struct_free(&schematic_dataexports_get_data_export_response_desc, obj);
}

int schematic_dataexports_get_data_export_response_from_json(const char *json, size_t len, schematic_dataexports_get_data_export_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_dataexports_get_data_export_response_Type, json, len, &value, err);
    *out = (schematic_dataexports_get_data_export_response *)value;
    return rc;
}

int schematic_dataexports_get_data_export_response_to_json(const schematic_dataexports_get_data_export_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_dataexports_get_data_export_response_Type, obj, out, err);
}

/* companies_list_entity_key_definitions_response */
static const apic_field schematic_companies_list_entity_key_definitions_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_list_entity_key_definitions_response, data), -1, -1, &schematic_entity_key_definition_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_list_entity_key_definitions_response, params), -1, -1, &schematic_companies_list_entity_key_definitions_response_params_Type},
};
const apic_struct_desc schematic_companies_list_entity_key_definitions_response_desc = {
    "companies_list_entity_key_definitions_response", sizeof(schematic_companies_list_entity_key_definitions_response), schematic_companies_list_entity_key_definitions_response_desc_Fields, 2,
    offsetof(schematic_companies_list_entity_key_definitions_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_entity_key_definitions_response_free(schematic_companies_list_entity_key_definitions_response *obj)
{
    apic_struct_free(&schematic_companies_list_entity_key_definitions_response_desc, obj);
}

int schematic_companies_list_entity_key_definitions_response_from_json(const char *json, size_t len, schematic_companies_list_entity_key_definitions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_entity_key_definitions_response_Type, json, len, &value, err);
    *out = (schematic_companies_list_entity_key_definitions_response *)value;
    return rc;
}

int schematic_companies_list_entity_key_definitions_response_to_json(const schematic_companies_list_entity_key_definitions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_entity_key_definitions_response_Type, obj, out, err);
}

/* companies_list_entity_key_definitions_response.params */
static const apic_field schematic_companies_list_entity_key_definitions_response_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_list_entity_key_definitions_response_params, entity_type), offsetof(schematic_companies_list_entity_key_definitions_response_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_list_entity_key_definitions_response_params, ids), offsetof(schematic_companies_list_entity_key_definitions_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_entity_key_definitions_response_params, limit), offsetof(schematic_companies_list_entity_key_definitions_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_entity_key_definitions_response_params, offset), offsetof(schematic_companies_list_entity_key_definitions_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_companies_list_entity_key_definitions_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_list_entity_key_definitions_response_params_desc = {
    "companies_list_entity_key_definitions_response.params", sizeof(schematic_companies_list_entity_key_definitions_response_params), schematic_companies_list_entity_key_definitions_response_params_desc_Fields, 5,
    offsetof(schematic_companies_list_entity_key_definitions_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_entity_key_definitions_response_params_free(schematic_companies_list_entity_key_definitions_response_params *obj)
{
    apic_struct_free(&schematic_companies_list_entity_key_definitions_response_params_desc, obj);
}

int schematic_companies_list_entity_key_definitions_response_params_from_json(const char *json, size_t len, schematic_companies_list_entity_key_definitions_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_entity_key_definitions_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_list_entity_key_definitions_response_params *)value;
    return rc;
}

int schematic_companies_list_entity_key_definitions_response_params_to_json(const schematic_companies_list_entity_key_definitions_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_entity_key_definitions_response_params_Type, obj, out, err);
}

/* companies_delete_entity_key_definition_response */
static const apic_field schematic_companies_delete_entity_key_definition_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_delete_entity_key_definition_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_delete_entity_key_definition_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_delete_entity_key_definition_response_desc = {
    "companies_delete_entity_key_definition_response", sizeof(schematic_companies_delete_entity_key_definition_response), schematic_companies_delete_entity_key_definition_response_desc_Fields, 2,
    offsetof(schematic_companies_delete_entity_key_definition_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_entity_key_definition_response_free(schematic_companies_delete_entity_key_definition_response *obj)
{
    apic_struct_free(&schematic_companies_delete_entity_key_definition_response_desc, obj);
}

int schematic_companies_delete_entity_key_definition_response_from_json(const char *json, size_t len, schematic_companies_delete_entity_key_definition_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_entity_key_definition_response_Type, json, len, &value, err);
    *out = (schematic_companies_delete_entity_key_definition_response *)value;
    return rc;
}

int schematic_companies_delete_entity_key_definition_response_to_json(const schematic_companies_delete_entity_key_definition_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_entity_key_definition_response_Type, obj, out, err);
}

/* companies_count_entity_key_definitions_response */
static const apic_field schematic_companies_count_entity_key_definitions_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_key_definitions_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_key_definitions_response, params), -1, -1, &schematic_companies_count_entity_key_definitions_response_params_Type},
};
const apic_struct_desc schematic_companies_count_entity_key_definitions_response_desc = {
    "companies_count_entity_key_definitions_response", sizeof(schematic_companies_count_entity_key_definitions_response), schematic_companies_count_entity_key_definitions_response_desc_Fields, 2,
    offsetof(schematic_companies_count_entity_key_definitions_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_key_definitions_response_free(schematic_companies_count_entity_key_definitions_response *obj)
{
    apic_struct_free(&schematic_companies_count_entity_key_definitions_response_desc, obj);
}

int schematic_companies_count_entity_key_definitions_response_from_json(const char *json, size_t len, schematic_companies_count_entity_key_definitions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_key_definitions_response_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_key_definitions_response *)value;
    return rc;
}

int schematic_companies_count_entity_key_definitions_response_to_json(const schematic_companies_count_entity_key_definitions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_key_definitions_response_Type, obj, out, err);
}

/* companies_count_entity_key_definitions_response.params */
static const apic_field schematic_companies_count_entity_key_definitions_response_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_key_definitions_response_params, entity_type), offsetof(schematic_companies_count_entity_key_definitions_response_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_count_entity_key_definitions_response_params, ids), offsetof(schematic_companies_count_entity_key_definitions_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_key_definitions_response_params, limit), offsetof(schematic_companies_count_entity_key_definitions_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_key_definitions_response_params, offset), offsetof(schematic_companies_count_entity_key_definitions_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_companies_count_entity_key_definitions_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_count_entity_key_definitions_response_params_desc = {
    "companies_count_entity_key_definitions_response.params", sizeof(schematic_companies_count_entity_key_definitions_response_params), schematic_companies_count_entity_key_definitions_response_params_desc_Fields, 5,
    offsetof(schematic_companies_count_entity_key_definitions_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_key_definitions_response_params_free(schematic_companies_count_entity_key_definitions_response_params *obj)
{
    apic_struct_free(&schematic_companies_count_entity_key_definitions_response_params_desc, obj);
}

int schematic_companies_count_entity_key_definitions_response_params_from_json(const char *json, size_t len, schematic_companies_count_entity_key_definitions_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_key_definitions_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_key_definitions_response_params *)value;
    return rc;
}

int schematic_companies_count_entity_key_definitions_response_params_to_json(const schematic_companies_count_entity_key_definitions_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_key_definitions_response_params_Type, obj, out, err);
}

/* companies_count_entity_keys_response */
static const apic_field schematic_companies_count_entity_keys_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_keys_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_keys_response, params), -1, -1, &schematic_companies_count_entity_keys_response_params_Type},
};
const apic_struct_desc schematic_companies_count_entity_keys_response_desc = {
    "companies_count_entity_keys_response", sizeof(schematic_companies_count_entity_keys_response), schematic_companies_count_entity_keys_response_desc_Fields, 2,
    offsetof(schematic_companies_count_entity_keys_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_keys_response_free(schematic_companies_count_entity_keys_response *obj)
{
    apic_struct_free(&schematic_companies_count_entity_keys_response_desc, obj);
}

int schematic_companies_count_entity_keys_response_from_json(const char *json, size_t len, schematic_companies_count_entity_keys_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_keys_response_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_keys_response *)value;
    return rc;
}

int schematic_companies_count_entity_keys_response_to_json(const schematic_companies_count_entity_keys_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_keys_response_Type, obj, out, err);
}

/* companies_count_entity_keys_response.params */
static const apic_field schematic_companies_count_entity_keys_response_params_desc_Fields[] = {
    {"definition_id", 13, 0, offsetof(schematic_companies_count_entity_keys_response_params, definition_id), -1, -1, &apic_type_string},
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_keys_response_params, entity_type), offsetof(schematic_companies_count_entity_keys_response_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_keys_response_params, limit), offsetof(schematic_companies_count_entity_keys_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_keys_response_params, offset), offsetof(schematic_companies_count_entity_keys_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_companies_count_entity_keys_response_params_desc = {
    "companies_count_entity_keys_response.params", sizeof(schematic_companies_count_entity_keys_response_params), schematic_companies_count_entity_keys_response_params_desc_Fields, 4,
    offsetof(schematic_companies_count_entity_keys_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_keys_response_params_free(schematic_companies_count_entity_keys_response_params *obj)
{
    apic_struct_free(&schematic_companies_count_entity_keys_response_params_desc, obj);
}

int schematic_companies_count_entity_keys_response_params_from_json(const char *json, size_t len, schematic_companies_count_entity_keys_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_keys_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_keys_response_params *)value;
    return rc;
}

int schematic_companies_count_entity_keys_response_params_to_json(const schematic_companies_count_entity_keys_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_keys_response_params_Type, obj, out, err);
}

/* companies_list_entity_trait_definitions_response */
static const apic_field schematic_companies_list_entity_trait_definitions_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_list_entity_trait_definitions_response, data), -1, -1, &schematic_entity_trait_definition_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_list_entity_trait_definitions_response, params), -1, -1, &schematic_companies_list_entity_trait_definitions_response_params_Type},
};
const apic_struct_desc schematic_companies_list_entity_trait_definitions_response_desc = {
    "companies_list_entity_trait_definitions_response", sizeof(schematic_companies_list_entity_trait_definitions_response), schematic_companies_list_entity_trait_definitions_response_desc_Fields, 2,
    offsetof(schematic_companies_list_entity_trait_definitions_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_entity_trait_definitions_response_free(schematic_companies_list_entity_trait_definitions_response *obj)
{
    apic_struct_free(&schematic_companies_list_entity_trait_definitions_response_desc, obj);
}

int schematic_companies_list_entity_trait_definitions_response_from_json(const char *json, size_t len, schematic_companies_list_entity_trait_definitions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_entity_trait_definitions_response_Type, json, len, &value, err);
    *out = (schematic_companies_list_entity_trait_definitions_response *)value;
    return rc;
}

int schematic_companies_list_entity_trait_definitions_response_to_json(const schematic_companies_list_entity_trait_definitions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_entity_trait_definitions_response_Type, obj, out, err);
}

/* companies_list_entity_trait_definitions_response.params */
static const apic_field schematic_companies_list_entity_trait_definitions_response_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_list_entity_trait_definitions_response_params, entity_type), offsetof(schematic_companies_list_entity_trait_definitions_response_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_list_entity_trait_definitions_response_params, ids), offsetof(schematic_companies_list_entity_trait_definitions_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_list_entity_trait_definitions_response_params, limit), offsetof(schematic_companies_list_entity_trait_definitions_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_list_entity_trait_definitions_response_params, offset), offsetof(schematic_companies_list_entity_trait_definitions_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_companies_list_entity_trait_definitions_response_params, q), -1, -1, &apic_type_string},
    {"trait_type", 10, 0, offsetof(schematic_companies_list_entity_trait_definitions_response_params, trait_type), offsetof(schematic_companies_list_entity_trait_definitions_response_params, has_trait_type), -1, &schematic_trait_type_Type},
    {"trait_types", 11, 0, offsetof(schematic_companies_list_entity_trait_definitions_response_params, trait_types), offsetof(schematic_companies_list_entity_trait_definitions_response_params, has_trait_types), -1, &schematic_trait_type_array_Type},
};
const apic_struct_desc schematic_companies_list_entity_trait_definitions_response_params_desc = {
    "companies_list_entity_trait_definitions_response.params", sizeof(schematic_companies_list_entity_trait_definitions_response_params), schematic_companies_list_entity_trait_definitions_response_params_desc_Fields, 7,
    offsetof(schematic_companies_list_entity_trait_definitions_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_list_entity_trait_definitions_response_params_free(schematic_companies_list_entity_trait_definitions_response_params *obj)
{
    apic_struct_free(&schematic_companies_list_entity_trait_definitions_response_params_desc, obj);
}

int schematic_companies_list_entity_trait_definitions_response_params_from_json(const char *json, size_t len, schematic_companies_list_entity_trait_definitions_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_list_entity_trait_definitions_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_list_entity_trait_definitions_response_params *)value;
    return rc;
}

int schematic_companies_list_entity_trait_definitions_response_params_to_json(const schematic_companies_list_entity_trait_definitions_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_list_entity_trait_definitions_response_params_Type, obj, out, err);
}

/* companies_get_or_create_entity_trait_definition_response */
static const apic_field schematic_companies_get_or_create_entity_trait_definition_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_or_create_entity_trait_definition_response, data), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_or_create_entity_trait_definition_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_or_create_entity_trait_definition_response_desc = {
    "companies_get_or_create_entity_trait_definition_response", sizeof(schematic_companies_get_or_create_entity_trait_definition_response), schematic_companies_get_or_create_entity_trait_definition_response_desc_Fields, 2,
    offsetof(schematic_companies_get_or_create_entity_trait_definition_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_or_create_entity_trait_definition_response_free(schematic_companies_get_or_create_entity_trait_definition_response *obj)
{
    apic_struct_free(&schematic_companies_get_or_create_entity_trait_definition_response_desc, obj);
}

int schematic_companies_get_or_create_entity_trait_definition_response_from_json(const char *json, size_t len, schematic_companies_get_or_create_entity_trait_definition_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_or_create_entity_trait_definition_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_or_create_entity_trait_definition_response *)value;
    return rc;
}

int schematic_companies_get_or_create_entity_trait_definition_response_to_json(const schematic_companies_get_or_create_entity_trait_definition_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_or_create_entity_trait_definition_response_Type, obj, out, err);
}

/* companies_get_entity_trait_definition_response */
static const apic_field schematic_companies_get_entity_trait_definition_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_definition_response, data), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_definition_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_entity_trait_definition_response_desc = {
    "companies_get_entity_trait_definition_response", sizeof(schematic_companies_get_entity_trait_definition_response), schematic_companies_get_entity_trait_definition_response_desc_Fields, 2,
    offsetof(schematic_companies_get_entity_trait_definition_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_entity_trait_definition_response_free(schematic_companies_get_entity_trait_definition_response *obj)
{
    apic_struct_free(&schematic_companies_get_entity_trait_definition_response_desc, obj);
}

int schematic_companies_get_entity_trait_definition_response_from_json(const char *json, size_t len, schematic_companies_get_entity_trait_definition_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_entity_trait_definition_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_entity_trait_definition_response *)value;
    return rc;
}

int schematic_companies_get_entity_trait_definition_response_to_json(const schematic_companies_get_entity_trait_definition_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_entity_trait_definition_response_Type, obj, out, err);
}

/* companies_update_entity_trait_definition_response */
static const apic_field schematic_companies_update_entity_trait_definition_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_update_entity_trait_definition_response, data), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_update_entity_trait_definition_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_update_entity_trait_definition_response_desc = {
    "companies_update_entity_trait_definition_response", sizeof(schematic_companies_update_entity_trait_definition_response), schematic_companies_update_entity_trait_definition_response_desc_Fields, 2,
    offsetof(schematic_companies_update_entity_trait_definition_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_update_entity_trait_definition_response_free(schematic_companies_update_entity_trait_definition_response *obj)
{
    apic_struct_free(&schematic_companies_update_entity_trait_definition_response_desc, obj);
}

int schematic_companies_update_entity_trait_definition_response_from_json(const char *json, size_t len, schematic_companies_update_entity_trait_definition_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_update_entity_trait_definition_response_Type, json, len, &value, err);
    *out = (schematic_companies_update_entity_trait_definition_response *)value;
    return rc;
}

int schematic_companies_update_entity_trait_definition_response_to_json(const schematic_companies_update_entity_trait_definition_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_update_entity_trait_definition_response_Type, obj, out, err);
}

/* companies_delete_entity_trait_definition_response */
static const apic_field schematic_companies_delete_entity_trait_definition_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_delete_entity_trait_definition_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_delete_entity_trait_definition_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_delete_entity_trait_definition_response_desc = {
    "companies_delete_entity_trait_definition_response", sizeof(schematic_companies_delete_entity_trait_definition_response), schematic_companies_delete_entity_trait_definition_response_desc_Fields, 2,
    offsetof(schematic_companies_delete_entity_trait_definition_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_entity_trait_definition_response_free(schematic_companies_delete_entity_trait_definition_response *obj)
{
    apic_struct_free(&schematic_companies_delete_entity_trait_definition_response_desc, obj);
}

int schematic_companies_delete_entity_trait_definition_response_from_json(const char *json, size_t len, schematic_companies_delete_entity_trait_definition_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_entity_trait_definition_response_Type, json, len, &value, err);
    *out = (schematic_companies_delete_entity_trait_definition_response *)value;
    return rc;
}

int schematic_companies_delete_entity_trait_definition_response_to_json(const schematic_companies_delete_entity_trait_definition_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_entity_trait_definition_response_Type, obj, out, err);
}

/* companies_get_entity_trait_definition_usage_response */
static const apic_field schematic_companies_get_entity_trait_definition_usage_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_definition_usage_response, data), -1, -1, &schematic_entity_trait_definition_usage_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_definition_usage_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_get_entity_trait_definition_usage_response_desc = {
    "companies_get_entity_trait_definition_usage_response", sizeof(schematic_companies_get_entity_trait_definition_usage_response), schematic_companies_get_entity_trait_definition_usage_response_desc_Fields, 2,
    offsetof(schematic_companies_get_entity_trait_definition_usage_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_entity_trait_definition_usage_response_free(schematic_companies_get_entity_trait_definition_usage_response *obj)
{
    apic_struct_free(&schematic_companies_get_entity_trait_definition_usage_response_desc, obj);
}

int schematic_companies_get_entity_trait_definition_usage_response_from_json(const char *json, size_t len, schematic_companies_get_entity_trait_definition_usage_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_entity_trait_definition_usage_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_entity_trait_definition_usage_response *)value;
    return rc;
}

int schematic_companies_get_entity_trait_definition_usage_response_to_json(const schematic_companies_get_entity_trait_definition_usage_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_entity_trait_definition_usage_response_Type, obj, out, err);
}

/* companies_count_entity_trait_definitions_response */
static const apic_field schematic_companies_count_entity_trait_definitions_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_trait_definitions_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_trait_definitions_response, params), -1, -1, &schematic_companies_count_entity_trait_definitions_response_params_Type},
};
const apic_struct_desc schematic_companies_count_entity_trait_definitions_response_desc = {
    "companies_count_entity_trait_definitions_response", sizeof(schematic_companies_count_entity_trait_definitions_response), schematic_companies_count_entity_trait_definitions_response_desc_Fields, 2,
    offsetof(schematic_companies_count_entity_trait_definitions_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_trait_definitions_response_free(schematic_companies_count_entity_trait_definitions_response *obj)
{
    apic_struct_free(&schematic_companies_count_entity_trait_definitions_response_desc, obj);
}

int schematic_companies_count_entity_trait_definitions_response_from_json(const char *json, size_t len, schematic_companies_count_entity_trait_definitions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_trait_definitions_response_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_trait_definitions_response *)value;
    return rc;
}

int schematic_companies_count_entity_trait_definitions_response_to_json(const schematic_companies_count_entity_trait_definitions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_trait_definitions_response_Type, obj, out, err);
}

/* companies_count_entity_trait_definitions_response.params */
static const apic_field schematic_companies_count_entity_trait_definitions_response_params_desc_Fields[] = {
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_trait_definitions_response_params, entity_type), offsetof(schematic_companies_count_entity_trait_definitions_response_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"ids", 3, 0, offsetof(schematic_companies_count_entity_trait_definitions_response_params, ids), offsetof(schematic_companies_count_entity_trait_definitions_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_trait_definitions_response_params, limit), offsetof(schematic_companies_count_entity_trait_definitions_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_trait_definitions_response_params, offset), offsetof(schematic_companies_count_entity_trait_definitions_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_companies_count_entity_trait_definitions_response_params, q), -1, -1, &apic_type_string},
    {"trait_type", 10, 0, offsetof(schematic_companies_count_entity_trait_definitions_response_params, trait_type), offsetof(schematic_companies_count_entity_trait_definitions_response_params, has_trait_type), -1, &schematic_trait_type_Type},
    {"trait_types", 11, 0, offsetof(schematic_companies_count_entity_trait_definitions_response_params, trait_types), offsetof(schematic_companies_count_entity_trait_definitions_response_params, has_trait_types), -1, &schematic_trait_type_array_Type},
};
const apic_struct_desc schematic_companies_count_entity_trait_definitions_response_params_desc = {
    "companies_count_entity_trait_definitions_response.params", sizeof(schematic_companies_count_entity_trait_definitions_response_params), schematic_companies_count_entity_trait_definitions_response_params_desc_Fields, 7,
    offsetof(schematic_companies_count_entity_trait_definitions_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_trait_definitions_response_params_free(schematic_companies_count_entity_trait_definitions_response_params *obj)
{
    apic_struct_free(&schematic_companies_count_entity_trait_definitions_response_params_desc, obj);
}

int schematic_companies_count_entity_trait_definitions_response_params_from_json(const char *json, size_t len, schematic_companies_count_entity_trait_definitions_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_trait_definitions_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_trait_definitions_response_params *)value;
    return rc;
}

int schematic_companies_count_entity_trait_definitions_response_params_to_json(const schematic_companies_count_entity_trait_definitions_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_trait_definitions_response_params_Type, obj, out, err);
}

/* companies_get_entity_trait_values_response */
static const apic_field schematic_companies_get_entity_trait_values_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_values_response, data), -1, -1, &schematic_entity_trait_value_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_get_entity_trait_values_response, params), -1, -1, &schematic_companies_get_entity_trait_values_response_params_Type},
};
const apic_struct_desc schematic_companies_get_entity_trait_values_response_desc = {
    "companies_get_entity_trait_values_response", sizeof(schematic_companies_get_entity_trait_values_response), schematic_companies_get_entity_trait_values_response_desc_Fields, 2,
    offsetof(schematic_companies_get_entity_trait_values_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_entity_trait_values_response_free(schematic_companies_get_entity_trait_values_response *obj)
{
    apic_struct_free(&schematic_companies_get_entity_trait_values_response_desc, obj);
}

int schematic_companies_get_entity_trait_values_response_from_json(const char *json, size_t len, schematic_companies_get_entity_trait_values_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_entity_trait_values_response_Type, json, len, &value, err);
    *out = (schematic_companies_get_entity_trait_values_response *)value;
    return rc;
}

int schematic_companies_get_entity_trait_values_response_to_json(const schematic_companies_get_entity_trait_values_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_entity_trait_values_response_Type, obj, out, err);
}

/* companies_get_entity_trait_values_response.params */
static const apic_field schematic_companies_get_entity_trait_values_response_params_desc_Fields[] = {
    {"definition_id", 13, 0, offsetof(schematic_companies_get_entity_trait_values_response_params, definition_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_companies_get_entity_trait_values_response_params, limit), offsetof(schematic_companies_get_entity_trait_values_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_get_entity_trait_values_response_params, offset), offsetof(schematic_companies_get_entity_trait_values_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_companies_get_entity_trait_values_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_get_entity_trait_values_response_params_desc = {
    "companies_get_entity_trait_values_response.params", sizeof(schematic_companies_get_entity_trait_values_response_params), schematic_companies_get_entity_trait_values_response_params_desc_Fields, 4,
    offsetof(schematic_companies_get_entity_trait_values_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_get_entity_trait_values_response_params_free(schematic_companies_get_entity_trait_values_response_params *obj)
{
    apic_struct_free(&schematic_companies_get_entity_trait_values_response_params_desc, obj);
}

int schematic_companies_get_entity_trait_values_response_params_from_json(const char *json, size_t len, schematic_companies_get_entity_trait_values_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_get_entity_trait_values_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_get_entity_trait_values_response_params *)value;
    return rc;
}

int schematic_companies_get_entity_trait_values_response_params_to_json(const schematic_companies_get_entity_trait_values_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_get_entity_trait_values_response_params_Type, obj, out, err);
}

/* companies_count_entity_traits_response */
static const apic_field schematic_companies_count_entity_traits_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_traits_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_count_entity_traits_response, params), -1, -1, &schematic_companies_count_entity_traits_response_params_Type},
};
const apic_struct_desc schematic_companies_count_entity_traits_response_desc = {
    "companies_count_entity_traits_response", sizeof(schematic_companies_count_entity_traits_response), schematic_companies_count_entity_traits_response_desc_Fields, 2,
    offsetof(schematic_companies_count_entity_traits_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_traits_response_free(schematic_companies_count_entity_traits_response *obj)
{
    apic_struct_free(&schematic_companies_count_entity_traits_response_desc, obj);
}

int schematic_companies_count_entity_traits_response_from_json(const char *json, size_t len, schematic_companies_count_entity_traits_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_traits_response_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_traits_response *)value;
    return rc;
}

int schematic_companies_count_entity_traits_response_to_json(const schematic_companies_count_entity_traits_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_traits_response_Type, obj, out, err);
}

/* companies_count_entity_traits_response.params */
static const apic_field schematic_companies_count_entity_traits_response_params_desc_Fields[] = {
    {"definition_id", 13, 0, offsetof(schematic_companies_count_entity_traits_response_params, definition_id), -1, -1, &apic_type_string},
    {"entity_type", 11, 0, offsetof(schematic_companies_count_entity_traits_response_params, entity_type), offsetof(schematic_companies_count_entity_traits_response_params, has_entity_type), -1, &schematic_entity_type_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_entity_traits_response_params, limit), offsetof(schematic_companies_count_entity_traits_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_entity_traits_response_params, offset), offsetof(schematic_companies_count_entity_traits_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_companies_count_entity_traits_response_params_desc = {
    "companies_count_entity_traits_response.params", sizeof(schematic_companies_count_entity_traits_response_params), schematic_companies_count_entity_traits_response_params_desc_Fields, 4,
    offsetof(schematic_companies_count_entity_traits_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_entity_traits_response_params_free(schematic_companies_count_entity_traits_response_params *obj)
{
    apic_struct_free(&schematic_companies_count_entity_traits_response_params_desc, obj);
}

int schematic_companies_count_entity_traits_response_params_from_json(const char *json, size_t len, schematic_companies_count_entity_traits_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_entity_traits_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_count_entity_traits_response_params *)value;
    return rc;
}

int schematic_companies_count_entity_traits_response_params_to_json(const schematic_companies_count_entity_traits_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_entity_traits_response_params_Type, obj, out, err);
}

/* accounts_list_environments_response */
static const apic_field schematic_accounts_list_environments_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_list_environments_response, data), -1, -1, &schematic_environment_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_list_environments_response, params), -1, -1, &schematic_accounts_list_environments_response_params_Type},
};
const apic_struct_desc schematic_accounts_list_environments_response_desc = {
    "accounts_list_environments_response", sizeof(schematic_accounts_list_environments_response), schematic_accounts_list_environments_response_desc_Fields, 2,
    offsetof(schematic_accounts_list_environments_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_environments_response_free(schematic_accounts_list_environments_response *obj)
{
    apic_struct_free(&schematic_accounts_list_environments_response_desc, obj);
}

int schematic_accounts_list_environments_response_from_json(const char *json, size_t len, schematic_accounts_list_environments_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_environments_response_Type, json, len, &value, err);
    *out = (schematic_accounts_list_environments_response *)value;
    return rc;
}

int schematic_accounts_list_environments_response_to_json(const schematic_accounts_list_environments_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_environments_response_Type, obj, out, err);
}

/* accounts_list_environments_response.params */
static const apic_field schematic_accounts_list_environments_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_accounts_list_environments_response_params, ids), offsetof(schematic_accounts_list_environments_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_list_environments_response_params, limit), offsetof(schematic_accounts_list_environments_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_environments_response_params, offset), offsetof(schematic_accounts_list_environments_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_accounts_list_environments_response_params_desc = {
    "accounts_list_environments_response.params", sizeof(schematic_accounts_list_environments_response_params), schematic_accounts_list_environments_response_params_desc_Fields, 3,
    offsetof(schematic_accounts_list_environments_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_environments_response_params_free(schematic_accounts_list_environments_response_params *obj)
{
    apic_struct_free(&schematic_accounts_list_environments_response_params_desc, obj);
}

int schematic_accounts_list_environments_response_params_from_json(const char *json, size_t len, schematic_accounts_list_environments_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_environments_response_params_Type, json, len, &value, err);
    *out = (schematic_accounts_list_environments_response_params *)value;
    return rc;
}

int schematic_accounts_list_environments_response_params_to_json(const schematic_accounts_list_environments_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_environments_response_params_Type, obj, out, err);
}

/* accounts_create_environment_response */
static const apic_field schematic_accounts_create_environment_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_create_environment_response, data), -1, -1, &schematic_environment_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_create_environment_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_create_environment_response_desc = {
    "accounts_create_environment_response", sizeof(schematic_accounts_create_environment_response), schematic_accounts_create_environment_response_desc_Fields, 2,
    offsetof(schematic_accounts_create_environment_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_create_environment_response_free(schematic_accounts_create_environment_response *obj)
{
    apic_struct_free(&schematic_accounts_create_environment_response_desc, obj);
}

int schematic_accounts_create_environment_response_from_json(const char *json, size_t len, schematic_accounts_create_environment_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_create_environment_response_Type, json, len, &value, err);
    *out = (schematic_accounts_create_environment_response *)value;
    return rc;
}

int schematic_accounts_create_environment_response_to_json(const schematic_accounts_create_environment_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_create_environment_response_Type, obj, out, err);
}

/* accounts_get_environment_response */
static const apic_field schematic_accounts_get_environment_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_get_environment_response, data), -1, -1, &schematic_environment_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_get_environment_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_get_environment_response_desc = {
    "accounts_get_environment_response", sizeof(schematic_accounts_get_environment_response), schematic_accounts_get_environment_response_desc_Fields, 2,
    offsetof(schematic_accounts_get_environment_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_get_environment_response_free(schematic_accounts_get_environment_response *obj)
{
    apic_struct_free(&schematic_accounts_get_environment_response_desc, obj);
}

int schematic_accounts_get_environment_response_from_json(const char *json, size_t len, schematic_accounts_get_environment_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_get_environment_response_Type, json, len, &value, err);
    *out = (schematic_accounts_get_environment_response *)value;
    return rc;
}

int schematic_accounts_get_environment_response_to_json(const schematic_accounts_get_environment_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_get_environment_response_Type, obj, out, err);
}

/* accounts_update_environment_response */
static const apic_field schematic_accounts_update_environment_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_update_environment_response, data), -1, -1, &schematic_environment_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_update_environment_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_update_environment_response_desc = {
    "accounts_update_environment_response", sizeof(schematic_accounts_update_environment_response), schematic_accounts_update_environment_response_desc_Fields, 2,
    offsetof(schematic_accounts_update_environment_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_update_environment_response_free(schematic_accounts_update_environment_response *obj)
{
    apic_struct_free(&schematic_accounts_update_environment_response_desc, obj);
}

int schematic_accounts_update_environment_response_from_json(const char *json, size_t len, schematic_accounts_update_environment_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_update_environment_response_Type, json, len, &value, err);
    *out = (schematic_accounts_update_environment_response *)value;
    return rc;
}

int schematic_accounts_update_environment_response_to_json(const schematic_accounts_update_environment_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_update_environment_response_Type, obj, out, err);
}

/* accounts_delete_environment_response */
static const apic_field schematic_accounts_delete_environment_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_delete_environment_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_delete_environment_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_delete_environment_response_desc = {
    "accounts_delete_environment_response", sizeof(schematic_accounts_delete_environment_response), schematic_accounts_delete_environment_response_desc_Fields, 2,
    offsetof(schematic_accounts_delete_environment_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_delete_environment_response_free(schematic_accounts_delete_environment_response *obj)
{
    apic_struct_free(&schematic_accounts_delete_environment_response_desc, obj);
}

int schematic_accounts_delete_environment_response_from_json(const char *json, size_t len, schematic_accounts_delete_environment_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_delete_environment_response_Type, json, len, &value, err);
    *out = (schematic_accounts_delete_environment_response *)value;
    return rc;
}

int schematic_accounts_delete_environment_response_to_json(const schematic_accounts_delete_environment_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_delete_environment_response_Type, obj, out, err);
}

/* events_create_batch_response */
static const apic_field schematic_events_create_batch_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_events_create_batch_response, data), -1, -1, &schematic_raw_event_batch_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_events_create_batch_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_events_create_batch_response_desc = {
    "events_create_batch_response", sizeof(schematic_events_create_batch_response), schematic_events_create_batch_response_desc_Fields, 2,
    offsetof(schematic_events_create_batch_response, unknown_fields),
    -1,
    NULL
};

void schematic_events_create_batch_response_free(schematic_events_create_batch_response *obj)
{
    apic_struct_free(&schematic_events_create_batch_response_desc, obj);
}

int schematic_events_create_batch_response_from_json(const char *json, size_t len, schematic_events_create_batch_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_create_batch_response_Type, json, len, &value, err);
    *out = (schematic_events_create_batch_response *)value;
    return rc;
}

int schematic_events_create_batch_response_to_json(const schematic_events_create_batch_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_create_batch_response_Type, obj, out, err);
}

/* events_get_summaries_response */
static const apic_field schematic_events_get_summaries_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_events_get_summaries_response, data), -1, -1, &schematic_event_summary_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_events_get_summaries_response, params), -1, -1, &schematic_events_get_summaries_response_params_Type},
};
const apic_struct_desc schematic_events_get_summaries_response_desc = {
    "events_get_summaries_response", sizeof(schematic_events_get_summaries_response), schematic_events_get_summaries_response_desc_Fields, 2,
    offsetof(schematic_events_get_summaries_response, unknown_fields),
    -1,
    NULL
};

void schematic_events_get_summaries_response_free(schematic_events_get_summaries_response *obj)
{
    apic_struct_free(&schematic_events_get_summaries_response_desc, obj);
}

int schematic_events_get_summaries_response_from_json(const char *json, size_t len, schematic_events_get_summaries_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_get_summaries_response_Type, json, len, &value, err);
    *out = (schematic_events_get_summaries_response *)value;
    return rc;
}

int schematic_events_get_summaries_response_to_json(const schematic_events_get_summaries_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_get_summaries_response_Type, obj, out, err);
}

/* events_get_summaries_response.params */
static const apic_field schematic_events_get_summaries_response_params_desc_Fields[] = {
    {"event_subtypes", 14, 0, offsetof(schematic_events_get_summaries_response_params, event_subtypes), offsetof(schematic_events_get_summaries_response_params, has_event_subtypes), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_events_get_summaries_response_params, limit), offsetof(schematic_events_get_summaries_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_events_get_summaries_response_params, offset), offsetof(schematic_events_get_summaries_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_events_get_summaries_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_events_get_summaries_response_params_desc = {
    "events_get_summaries_response.params", sizeof(schematic_events_get_summaries_response_params), schematic_events_get_summaries_response_params_desc_Fields, 4,
    offsetof(schematic_events_get_summaries_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_events_get_summaries_response_params_free(schematic_events_get_summaries_response_params *obj)
{
    apic_struct_free(&schematic_events_get_summaries_response_params_desc, obj);
}

int schematic_events_get_summaries_response_params_from_json(const char *json, size_t len, schematic_events_get_summaries_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_get_summaries_response_params_Type, json, len, &value, err);
    *out = (schematic_events_get_summaries_response_params *)value;
    return rc;
}

int schematic_events_get_summaries_response_params_to_json(const schematic_events_get_summaries_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_get_summaries_response_params_Type, obj, out, err);
}

/* events_list_response */
static const apic_field schematic_events_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_events_list_response, data), -1, -1, &schematic_event_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_events_list_response, params), -1, -1, &schematic_events_list_response_params_Type},
};
const apic_struct_desc schematic_events_list_response_desc = {
    "events_list_response", sizeof(schematic_events_list_response), schematic_events_list_response_desc_Fields, 2,
    offsetof(schematic_events_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_events_list_response_free(schematic_events_list_response *obj)
{
    apic_struct_free(&schematic_events_list_response_desc, obj);
}

int schematic_events_list_response_from_json(const char *json, size_t len, schematic_events_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_list_response_Type, json, len, &value, err);
    *out = (schematic_events_list_response *)value;
    return rc;
}

int schematic_events_list_response_to_json(const schematic_events_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_list_response_Type, obj, out, err);
}

/* events_list_response.params */
static const apic_field schematic_events_list_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_events_list_response_params, company_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, 0, offsetof(schematic_events_list_response_params, event_subtype), -1, -1, &apic_type_string},
    {"event_types", 11, 0, offsetof(schematic_events_list_response_params, event_types), offsetof(schematic_events_list_response_params, has_event_types), -1, &schematic_event_type_model_array_Type},
    {"flag_id", 7, 0, offsetof(schematic_events_list_response_params, flag_id), -1, -1, &apic_type_string},
    {"idempotency_key", 15, 0, offsetof(schematic_events_list_response_params, idempotency_key), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_events_list_response_params, limit), offsetof(schematic_events_list_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_events_list_response_params, offset), offsetof(schematic_events_list_response_params, has_offset), -1, &apic_type_int64},
    {"user_id", 7, 0, offsetof(schematic_events_list_response_params, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_events_list_response_params_desc = {
    "events_list_response.params", sizeof(schematic_events_list_response_params), schematic_events_list_response_params_desc_Fields, 8,
    offsetof(schematic_events_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_events_list_response_params_free(schematic_events_list_response_params *obj)
{
    apic_struct_free(&schematic_events_list_response_params_desc, obj);
}

int schematic_events_list_response_params_from_json(const char *json, size_t len, schematic_events_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_events_list_response_params_Type, json, len, &value, err);
    *out = (schematic_events_list_response_params *)value;
    return rc;
}

int schematic_events_list_response_params_to_json(const schematic_events_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_events_list_response_params_Type, obj, out, err);
}
