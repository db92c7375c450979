/* Descriptors and entry points of Schematic models. Generated; do not edit. */
#include "internal.h"

/* companies_count_users_response */
static const apic_field schematic_companies_count_users_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_count_users_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_count_users_response, params), -1, -1, &schematic_companies_count_users_response_params_Type},
};
const apic_struct_desc schematic_companies_count_users_response_desc = {
    "companies_count_users_response", sizeof(schematic_companies_count_users_response), schematic_companies_count_users_response_desc_Fields, 2,
    offsetof(schematic_companies_count_users_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_users_response_free(schematic_companies_count_users_response *obj)
{
    apic_struct_free(&schematic_companies_count_users_response_desc, obj);
}

int schematic_companies_count_users_response_from_json(const char *json, size_t len, schematic_companies_count_users_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_users_response_Type, json, len, &value, err);
    *out = (schematic_companies_count_users_response *)value;
    return rc;
}

int schematic_companies_count_users_response_to_json(const schematic_companies_count_users_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_users_response_Type, obj, out, err);
}

/* companies_count_users_response.params */
static const apic_field schematic_companies_count_users_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_companies_count_users_response_params, company_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_companies_count_users_response_params, ids), offsetof(schematic_companies_count_users_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_companies_count_users_response_params, limit), offsetof(schematic_companies_count_users_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_companies_count_users_response_params, offset), offsetof(schematic_companies_count_users_response_params, has_offset), -1, &apic_type_int64},
    {"plan_id", 7, 0, offsetof(schematic_companies_count_users_response_params, plan_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_companies_count_users_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_companies_count_users_response_params_desc = {
    "companies_count_users_response.params", sizeof(schematic_companies_count_users_response_params), schematic_companies_count_users_response_params_desc_Fields, 6,
    offsetof(schematic_companies_count_users_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_count_users_response_params_free(schematic_companies_count_users_response_params *obj)
{
    apic_struct_free(&schematic_companies_count_users_response_params_desc, obj);
}

int schematic_companies_count_users_response_params_from_json(const char *json, size_t len, schematic_companies_count_users_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_count_users_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_count_users_response_params *)value;
    return rc;
}

int schematic_companies_count_users_response_params_to_json(const schematic_companies_count_users_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_count_users_response_params_Type, obj, out, err);
}

/* companies_create_user_response */
static const apic_field schematic_companies_create_user_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_create_user_response, data), -1, -1, &schematic_user_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_create_user_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_create_user_response_desc = {
    "companies_create_user_response", sizeof(schematic_companies_create_user_response), schematic_companies_create_user_response_desc_Fields, 2,
    offsetof(schematic_companies_create_user_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_create_user_response_free(schematic_companies_create_user_response *obj)
{
    apic_struct_free(&schematic_companies_create_user_response_desc, obj);
}

int schematic_companies_create_user_response_from_json(const char *json, size_t len, schematic_companies_create_user_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_create_user_response_Type, json, len, &value, err);
    *out = (schematic_companies_create_user_response *)value;
    return rc;
}

int schematic_companies_create_user_response_to_json(const schematic_companies_create_user_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_create_user_response_Type, obj, out, err);
}

/* companies_delete_user_by_keys_response */
static const apic_field schematic_companies_delete_user_by_keys_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_delete_user_by_keys_response, data), -1, -1, &schematic_user_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_delete_user_by_keys_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_companies_delete_user_by_keys_response_desc = {
    "companies_delete_user_by_keys_response", sizeof(schematic_companies_delete_user_by_keys_response), schematic_companies_delete_user_by_keys_response_desc_Fields, 2,
    offsetof(schematic_companies_delete_user_by_keys_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_delete_user_by_keys_response_free(schematic_companies_delete_user_by_keys_response *obj)
{
    apic_struct_free(&schematic_companies_delete_user_by_keys_response_desc, obj);
}

int schematic_companies_delete_user_by_keys_response_from_json(const char *json, size_t len, schematic_companies_delete_user_by_keys_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_delete_user_by_keys_response_Type, json, len, &value, err);
    *out = (schematic_companies_delete_user_by_keys_response *)value;
    return rc;
}

int schematic_companies_delete_user_by_keys_response_to_json(const schematic_companies_delete_user_by_keys_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_delete_user_by_keys_response_Type, obj, out, err);
}

/* companies_lookup_user_response */
static const apic_field schematic_companies_lookup_user_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_companies_lookup_user_response, data), -1, -1, &schematic_user_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_companies_lookup_user_response, params), -1, -1, &schematic_companies_lookup_user_response_params_Type},
};
const apic_struct_desc schematic_companies_lookup_user_response_desc = {
    "companies_lookup_user_response", sizeof(schematic_companies_lookup_user_response), schematic_companies_lookup_user_response_desc_Fields, 2,
    offsetof(schematic_companies_lookup_user_response, unknown_fields),
    -1,
    NULL
};

void schematic_companies_lookup_user_response_free(schematic_companies_lookup_user_response *obj)
{
    apic_struct_free(&schematic_companies_lookup_user_response_desc, obj);
}

int schematic_companies_lookup_user_response_from_json(const char *json, size_t len, schematic_companies_lookup_user_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_lookup_user_response_Type, json, len, &value, err);
    *out = (schematic_companies_lookup_user_response *)value;
    return rc;
}

int schematic_companies_lookup_user_response_to_json(const schematic_companies_lookup_user_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_lookup_user_response_Type, obj, out, err);
}

/* companies_lookup_user_response.params */
static const apic_field schematic_companies_lookup_user_response_params_desc_Fields[] = {
    {"keys", 4, 0, offsetof(schematic_companies_lookup_user_response_params, keys), offsetof(schematic_companies_lookup_user_response_params, has_keys), -1, &schematic_string_map_Type},
};
const apic_struct_desc schematic_companies_lookup_user_response_params_desc = {
    "companies_lookup_user_response.params", sizeof(schematic_companies_lookup_user_response_params), schematic_companies_lookup_user_response_params_desc_Fields, 1,
    offsetof(schematic_companies_lookup_user_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_companies_lookup_user_response_params_free(schematic_companies_lookup_user_response_params *obj)
{
    apic_struct_free(&schematic_companies_lookup_user_response_params_desc, obj);
}

int schematic_companies_lookup_user_response_params_from_json(const char *json, size_t len, schematic_companies_lookup_user_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_companies_lookup_user_response_params_Type, json, len, &value, err);
    *out = (schematic_companies_lookup_user_response_params *)value;
    return rc;
}

int schematic_companies_lookup_user_response_params_to_json(const schematic_companies_lookup_user_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_companies_lookup_user_response_params_Type, obj, out, err);
}

/* credits_list_event_ledger_response */
static const apic_field schematic_credits_list_event_ledger_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_list_event_ledger_response, data), -1, -1, &schematic_credit_event_ledger_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_list_event_ledger_response, params), -1, -1, &schematic_credits_list_event_ledger_response_params_Type},
};
const apic_struct_desc schematic_credits_list_event_ledger_response_desc = {
    "credits_list_event_ledger_response", sizeof(schematic_credits_list_event_ledger_response), schematic_credits_list_event_ledger_response_desc_Fields, 2,
    offsetof(schematic_credits_list_event_ledger_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_event_ledger_response_free(schematic_credits_list_event_ledger_response *obj)
{
    apic_struct_free(&schematic_credits_list_event_ledger_response_desc, obj);
}

int schematic_credits_list_event_ledger_response_from_json(const char *json, size_t len, schematic_credits_list_event_ledger_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_event_ledger_response_Type, json, len, &value, err);
    *out = (schematic_credits_list_event_ledger_response *)value;
    return rc;
}

int schematic_credits_list_event_ledger_response_to_json(const schematic_credits_list_event_ledger_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_event_ledger_response_Type, obj, out, err);
}

/* credits_list_event_ledger_response.params */
static const apic_field schematic_credits_list_event_ledger_response_params_desc_Fields[] = {
    {"billing_credit_id", 17, 0, offsetof(schematic_credits_list_event_ledger_response_params, billing_credit_id), -1, -1, &apic_type_string},
    {"company_id", 10, 0, offsetof(schematic_credits_list_event_ledger_response_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_credits_list_event_ledger_response_params, end_time), -1, -1, &apic_type_string},
    {"event_type", 10, 0, offsetof(schematic_credits_list_event_ledger_response_params, event_type), offsetof(schematic_credits_list_event_ledger_response_params, has_event_type), -1, &schematic_credit_event_type_Type},
    {"feature_id", 10, 0, offsetof(schematic_credits_list_event_ledger_response_params, feature_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_credits_list_event_ledger_response_params, limit), offsetof(schematic_credits_list_event_ledger_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_event_ledger_response_params, offset), offsetof(schematic_credits_list_event_ledger_response_params, has_offset), -1, &apic_type_int64},
    {"start_time", 10, 0, offsetof(schematic_credits_list_event_ledger_response_params, start_time), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credits_list_event_ledger_response_params_desc = {
    "credits_list_event_ledger_response.params", sizeof(schematic_credits_list_event_ledger_response_params), schematic_credits_list_event_ledger_response_params_desc_Fields, 8,
    offsetof(schematic_credits_list_event_ledger_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_event_ledger_response_params_free(schematic_credits_list_event_ledger_response_params *obj)
{
    apic_struct_free(&schematic_credits_list_event_ledger_response_params_desc, obj);
}

int schematic_credits_list_event_ledger_response_params_from_json(const char *json, size_t len, schematic_credits_list_event_ledger_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_event_ledger_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_list_event_ledger_response_params *)value;
    return rc;
}

int schematic_credits_list_event_ledger_response_params_to_json(const schematic_credits_list_event_ledger_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_event_ledger_response_params_Type, obj, out, err);
}

/* credits_count_event_ledger_response */
static const apic_field schematic_credits_count_event_ledger_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_count_event_ledger_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_count_event_ledger_response, params), -1, -1, &schematic_credits_count_event_ledger_response_params_Type},
};
const apic_struct_desc schematic_credits_count_event_ledger_response_desc = {
    "credits_count_event_ledger_response", sizeof(schematic_credits_count_event_ledger_response), schematic_credits_count_event_ledger_response_desc_Fields, 2,
    offsetof(schematic_credits_count_event_ledger_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_event_ledger_response_free(schematic_credits_count_event_ledger_response *obj)
{
    apic_struct_free(&schematic_credits_count_event_ledger_response_desc, obj);
}

int schematic_credits_count_event_ledger_response_from_json(const char *json, size_t len, schematic_credits_count_event_ledger_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_event_ledger_response_Type, json, len, &value, err);
    *out = (schematic_credits_count_event_ledger_response *)value;
    return rc;
}

int schematic_credits_count_event_ledger_response_to_json(const schematic_credits_count_event_ledger_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_event_ledger_response_Type, obj, out, err);
}

/* credits_count_event_ledger_response.params */
static const apic_field schematic_credits_count_event_ledger_response_params_desc_Fields[] = {
    {"billing_credit_id", 17, 0, offsetof(schematic_credits_count_event_ledger_response_params, billing_credit_id), -1, -1, &apic_type_string},
    {"company_id", 10, 0, offsetof(schematic_credits_count_event_ledger_response_params, company_id), -1, -1, &apic_type_string},
    {"end_time", 8, 0, offsetof(schematic_credits_count_event_ledger_response_params, end_time), -1, -1, &apic_type_string},
    {"event_type", 10, 0, offsetof(schematic_credits_count_event_ledger_response_params, event_type), offsetof(schematic_credits_count_event_ledger_response_params, has_event_type), -1, &schematic_credit_event_type_Type},
    {"feature_id", 10, 0, offsetof(schematic_credits_count_event_ledger_response_params, feature_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_credits_count_event_ledger_response_params, limit), offsetof(schematic_credits_count_event_ledger_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_event_ledger_response_params, offset), offsetof(schematic_credits_count_event_ledger_response_params, has_offset), -1, &apic_type_int64},
    {"start_time", 10, 0, offsetof(schematic_credits_count_event_ledger_response_params, start_time), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credits_count_event_ledger_response_params_desc = {
    "credits_count_event_ledger_response.params", sizeof(schematic_credits_count_event_ledger_response_params), schematic_credits_count_event_ledger_response_params_desc_Fields, 8,
    offsetof(schematic_credits_count_event_ledger_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_event_ledger_response_params_free(schematic_credits_count_event_ledger_response_params *obj)
{
    apic_struct_free(&schematic_credits_count_event_ledger_response_params_desc, obj);
}

int schematic_credits_count_event_ledger_response_params_from_json(const char *json, size_t len, schematic_credits_count_event_ledger_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_event_ledger_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_count_event_ledger_response_params *)value;
    return rc;
}

int schematic_credits_count_event_ledger_response_params_to_json(const schematic_credits_count_event_ledger_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_event_ledger_response_params_Type, obj, out, err);
}

/* webhooks_list_events_response */
static const apic_field schematic_webhooks_list_events_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_list_events_response, data), -1, -1, &schematic_webhook_event_detail_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_list_events_response, params), -1, -1, &schematic_webhooks_list_events_response_params_Type},
};
const apic_struct_desc schematic_webhooks_list_events_response_desc = {
    "webhooks_list_events_response", sizeof(schematic_webhooks_list_events_response), schematic_webhooks_list_events_response_desc_Fields, 2,
    offsetof(schematic_webhooks_list_events_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_list_events_response_free(schematic_webhooks_list_events_response *obj)
{
    apic_struct_free(&schematic_webhooks_list_events_response_desc, obj);
}

int schematic_webhooks_list_events_response_from_json(const char *json, size_t len, schematic_webhooks_list_events_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_list_events_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_list_events_response *)value;
    return rc;
}

int schematic_webhooks_list_events_response_to_json(const schematic_webhooks_list_events_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_list_events_response_Type, obj, out, err);
}

/* webhooks_list_events_response.params */
static const apic_field schematic_webhooks_list_events_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_webhooks_list_events_response_params, ids), offsetof(schematic_webhooks_list_events_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_webhooks_list_events_response_params, limit), offsetof(schematic_webhooks_list_events_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_list_events_response_params, offset), offsetof(schematic_webhooks_list_events_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_webhooks_list_events_response_params, q), -1, -1, &apic_type_string},
    {"webhook_id", 10, 0, offsetof(schematic_webhooks_list_events_response_params, webhook_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhooks_list_events_response_params_desc = {
    "webhooks_list_events_response.params", sizeof(schematic_webhooks_list_events_response_params), schematic_webhooks_list_events_response_params_desc_Fields, 5,
    offsetof(schematic_webhooks_list_events_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_list_events_response_params_free(schematic_webhooks_list_events_response_params *obj)
{
    apic_struct_free(&schematic_webhooks_list_events_response_params_desc, obj);
}

int schematic_webhooks_list_events_response_params_from_json(const char *json, size_t len, schematic_webhooks_list_events_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_list_events_response_params_Type, json, len, &value, err);
    *out = (schematic_webhooks_list_events_response_params *)value;
    return rc;
}

int schematic_webhooks_list_events_response_params_to_json(const schematic_webhooks_list_events_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_list_events_response_params_Type, obj, out, err);
}

/* webhooks_get_event_response */
static const apic_field schematic_webhooks_get_event_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_get_event_response, data), -1, -1, &schematic_webhook_event_detail_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_get_event_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_webhooks_get_event_response_desc = {
    "webhooks_get_event_response", sizeof(schematic_webhooks_get_event_response), schematic_webhooks_get_event_response_desc_Fields, 2,
    offsetof(schematic_webhooks_get_event_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_get_event_response_free(schematic_webhooks_get_event_response *obj)
{
    apic_struct_free(&schematic_webhooks_get_event_response_desc, obj);
}

int schematic_webhooks_get_event_response_from_json(const char *json, size_t len, schematic_webhooks_get_event_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_get_event_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_get_event_response *)value;
    return rc;
}

int schematic_webhooks_get_event_response_to_json(const schematic_webhooks_get_event_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_get_event_response_Type, obj, out, err);
}

/* webhooks_count_events_response */
static const apic_field schematic_webhooks_count_events_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_count_events_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_count_events_response, params), -1, -1, &schematic_webhooks_count_events_response_params_Type},
};
const apic_struct_desc schematic_webhooks_count_events_response_desc = {
    "webhooks_count_events_response", sizeof(schematic_webhooks_count_events_response), schematic_webhooks_count_events_response_desc_Fields, 2,
    offsetof(schematic_webhooks_count_events_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_count_events_response_free(schematic_webhooks_count_events_response *obj)
{
    apic_struct_free(&schematic_webhooks_count_events_response_desc, obj);
}

int schematic_webhooks_count_events_response_from_json(const char *json, size_t len, schematic_webhooks_count_events_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_count_events_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_count_events_response *)value;
    return rc;
}

int schematic_webhooks_count_events_response_to_json(const schematic_webhooks_count_events_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_count_events_response_Type, obj, out, err);
}

/* webhooks_count_events_response.params */
static const apic_field schematic_webhooks_count_events_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_webhooks_count_events_response_params, ids), offsetof(schematic_webhooks_count_events_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_webhooks_count_events_response_params, limit), offsetof(schematic_webhooks_count_events_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_count_events_response_params, offset), offsetof(schematic_webhooks_count_events_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_webhooks_count_events_response_params, q), -1, -1, &apic_type_string},
    {"webhook_id", 10, 0, offsetof(schematic_webhooks_count_events_response_params, webhook_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhooks_count_events_response_params_desc = {
    "webhooks_count_events_response.params", sizeof(schematic_webhooks_count_events_response_params), schematic_webhooks_count_events_response_params_desc_Fields, 5,
    offsetof(schematic_webhooks_count_events_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_count_events_response_params_free(schematic_webhooks_count_events_response_params *obj)
{
    apic_struct_free(&schematic_webhooks_count_events_response_params_desc, obj);
}

int schematic_webhooks_count_events_response_params_from_json(const char *json, size_t len, schematic_webhooks_count_events_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_count_events_response_params_Type, json, len, &value, err);
    *out = (schematic_webhooks_count_events_response_params *)value;
    return rc;
}

int schematic_webhooks_count_events_response_params_to_json(const schematic_webhooks_count_events_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_count_events_response_params_Type, obj, out, err);
}

/* webhooks_list_response */
static const apic_field schematic_webhooks_list_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_list_response, data), -1, -1, &schematic_webhook_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_list_response, params), -1, -1, &schematic_webhooks_list_response_params_Type},
};
const apic_struct_desc schematic_webhooks_list_response_desc = {
    "webhooks_list_response", sizeof(schematic_webhooks_list_response), schematic_webhooks_list_response_desc_Fields, 2,
    offsetof(schematic_webhooks_list_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_list_response_free(schematic_webhooks_list_response *obj)
{
    apic_struct_free(&schematic_webhooks_list_response_desc, obj);
}

int schematic_webhooks_list_response_from_json(const char *json, size_t len, schematic_webhooks_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_list_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_list_response *)value;
    return rc;
}

int schematic_webhooks_list_response_to_json(const schematic_webhooks_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_list_response_Type, obj, out, err);
}

/* webhooks_list_response.params */
static const apic_field schematic_webhooks_list_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_webhooks_list_response_params, limit), offsetof(schematic_webhooks_list_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_list_response_params, offset), offsetof(schematic_webhooks_list_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_webhooks_list_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhooks_list_response_params_desc = {
    "webhooks_list_response.params", sizeof(schematic_webhooks_list_response_params), schematic_webhooks_list_response_params_desc_Fields, 3,
    offsetof(schematic_webhooks_list_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_list_response_params_free(schematic_webhooks_list_response_params *obj)
{
    apic_struct_free(&schematic_webhooks_list_response_params_desc, obj);
}

int schematic_webhooks_list_response_params_from_json(const char *json, size_t len, schematic_webhooks_list_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_list_response_params_Type, json, len, &value, err);
    *out = (schematic_webhooks_list_response_params *)value;
    return rc;
}

int schematic_webhooks_list_response_params_to_json(const schematic_webhooks_list_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_list_response_params_Type, obj, out, err);
}

/* webhooks_create_response */
static const apic_field schematic_webhooks_create_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_create_response, data), -1, -1, &schematic_webhook_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_create_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_webhooks_create_response_desc = {
    "webhooks_create_response", sizeof(schematic_webhooks_create_response), schematic_webhooks_create_response_desc_Fields, 2,
    offsetof(schematic_webhooks_create_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_create_response_free(schematic_webhooks_create_response *obj)
{
    apic_struct_free(&schematic_webhooks_create_response_desc, obj);
}

int schematic_webhooks_create_response_from_json(const char *json, size_t len, schematic_webhooks_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_create_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_create_response *)value;
    return rc;
}

int schematic_webhooks_create_response_to_json(const schematic_webhooks_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_create_response_Type, obj, out, err);
}

/* webhooks_get_response */
static const apic_field schematic_webhooks_get_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_get_response, data), -1, -1, &schematic_webhook_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_get_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_webhooks_get_response_desc = {
    "webhooks_get_response", sizeof(schematic_webhooks_get_response), schematic_webhooks_get_response_desc_Fields, 2,
    offsetof(schematic_webhooks_get_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_get_response_free(schematic_webhooks_get_response *obj)
{
    apic_struct_free(&schematic_webhooks_get_response_desc, obj);
}

int schematic_webhooks_get_response_from_json(const char *json, size_t len, schematic_webhooks_get_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_get_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_get_response *)value;
    return rc;
}

int schematic_webhooks_get_response_to_json(const schematic_webhooks_get_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_get_response_Type, obj, out, err);
}

/* webhooks_update_response */
static const apic_field schematic_webhooks_update_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_update_response, data), -1, -1, &schematic_webhook_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_update_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_webhooks_update_response_desc = {
    "webhooks_update_response", sizeof(schematic_webhooks_update_response), schematic_webhooks_update_response_desc_Fields, 2,
    offsetof(schematic_webhooks_update_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_update_response_free(schematic_webhooks_update_response *obj)
{
    apic_struct_free(&schematic_webhooks_update_response_desc, obj);
}

int schematic_webhooks_update_response_from_json(const char *json, size_t len, schematic_webhooks_update_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_update_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_update_response *)value;
    return rc;
}

int schematic_webhooks_update_response_to_json(const schematic_webhooks_update_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_update_response_Type, obj, out, err);
}

/* webhooks_delete_response */
static const apic_field schematic_webhooks_delete_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_delete_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_delete_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_webhooks_delete_response_desc = {
    "webhooks_delete_response", sizeof(schematic_webhooks_delete_response), schematic_webhooks_delete_response_desc_Fields, 2,
    offsetof(schematic_webhooks_delete_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_delete_response_free(schematic_webhooks_delete_response *obj)
{
    apic_struct_free(&schematic_webhooks_delete_response_desc, obj);
}

int schematic_webhooks_delete_response_from_json(const char *json, size_t len, schematic_webhooks_delete_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_delete_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_delete_response *)value;
    return rc;
}

int schematic_webhooks_delete_response_to_json(const schematic_webhooks_delete_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_delete_response_Type, obj, out, err);
}

/* webhooks_send_test_action_response */
static const apic_field schematic_webhooks_send_test_action_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_send_test_action_response, data), -1, -1, &schematic_test_webhook_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_send_test_action_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_webhooks_send_test_action_response_desc = {
    "webhooks_send_test_action_response", sizeof(schematic_webhooks_send_test_action_response), schematic_webhooks_send_test_action_response_desc_Fields, 2,
    offsetof(schematic_webhooks_send_test_action_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_send_test_action_response_free(schematic_webhooks_send_test_action_response *obj)
{
    apic_struct_free(&schematic_webhooks_send_test_action_response_desc, obj);
}

int schematic_webhooks_send_test_action_response_from_json(const char *json, size_t len, schematic_webhooks_send_test_action_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_send_test_action_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_send_test_action_response *)value;
    return rc;
}

int schematic_webhooks_send_test_action_response_to_json(const schematic_webhooks_send_test_action_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_send_test_action_response_Type, obj, out, err);
}

/* webhooks_count_response */
static const apic_field schematic_webhooks_count_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_webhooks_count_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_webhooks_count_response, params), -1, -1, &schematic_webhooks_count_response_params_Type},
};
const apic_struct_desc schematic_webhooks_count_response_desc = {
    "webhooks_count_response", sizeof(schematic_webhooks_count_response), schematic_webhooks_count_response_desc_Fields, 2,
    offsetof(schematic_webhooks_count_response, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_count_response_free(schematic_webhooks_count_response *obj)
{
    apic_struct_free(&schematic_webhooks_count_response_desc, obj);
}

int schematic_webhooks_count_response_from_json(const char *json, size_t len, schematic_webhooks_count_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_count_response_Type, json, len, &value, err);
    *out = (schematic_webhooks_count_response *)value;
    return rc;
}

int schematic_webhooks_count_response_to_json(const schematic_webhooks_count_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_count_response_Type, obj, out, err);
}

/* webhooks_count_response.params */
static const apic_field schematic_webhooks_count_response_params_desc_Fields[] = {
    {"limit", 5, 0, offsetof(schematic_webhooks_count_response_params, limit), offsetof(schematic_webhooks_count_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_webhooks_count_response_params, offset), offsetof(schematic_webhooks_count_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_webhooks_count_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhooks_count_response_params_desc = {
    "webhooks_count_response.params", sizeof(schematic_webhooks_count_response_params), schematic_webhooks_count_response_params_desc_Fields, 3,
    offsetof(schematic_webhooks_count_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_webhooks_count_response_params_free(schematic_webhooks_count_response_params *obj)
{
    apic_struct_free(&schematic_webhooks_count_response_params_desc, obj);
}

int schematic_webhooks_count_response_params_from_json(const char *json, size_t len, schematic_webhooks_count_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhooks_count_response_params_Type, json, len, &value, err);
    *out = (schematic_webhooks_count_response_params *)value;
    return rc;
}

int schematic_webhooks_count_response_params_to_json(const schematic_webhooks_count_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhooks_count_response_params_Type, obj, out, err);
}

/* accounts_get_who_am_i_response */
static const apic_field schematic_accounts_get_who_am_i_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_get_who_am_i_response, data), -1, -1, &schematic_who_am_i_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_get_who_am_i_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_get_who_am_i_response_desc = {
    "accounts_get_who_am_i_response", sizeof(schematic_accounts_get_who_am_i_response), schematic_accounts_get_who_am_i_response_desc_Fields, 2,
    offsetof(schematic_accounts_get_who_am_i_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_get_who_am_i_response_free(schematic_accounts_get_who_am_i_response *obj)
{
    apic_struct_free(&schematic_accounts_get_who_am_i_response_desc, obj);
}

int schematic_accounts_get_who_am_i_response_from_json(const char *json, size_t len, schematic_accounts_get_who_am_i_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_get_who_am_i_response_Type, json, len, &value, err);
    *out = (schematic_accounts_get_who_am_i_response *)value;
    return rc;
}

int schematic_accounts_get_who_am_i_response_to_json(const schematic_accounts_get_who_am_i_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_get_who_am_i_response_Type, obj, out, err);
}
