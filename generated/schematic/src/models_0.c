/* Descriptors and entry points of Schematic models. Generated; do not edit. */
#include "internal.h"

/* AccountMemberResponseData */
static const apic_field schematic_account_member_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_account_member_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"email", 5, APIC_F_NULLABLE, offsetof(schematic_account_member_response_data, email), -1, offsetof(schematic_account_member_response_data, email_is_null), &apic_type_string},
    {"first_name", 10, APIC_F_NULLABLE, offsetof(schematic_account_member_response_data, first_name), -1, offsetof(schematic_account_member_response_data, first_name_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_account_member_response_data, id), -1, -1, &apic_type_string},
    {"image_url", 9, APIC_F_NULLABLE, offsetof(schematic_account_member_response_data, image_url), -1, offsetof(schematic_account_member_response_data, image_url_is_null), &apic_type_string},
    {"last_name", 9, APIC_F_NULLABLE, offsetof(schematic_account_member_response_data, last_name), -1, offsetof(schematic_account_member_response_data, last_name_is_null), &apic_type_string},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_account_member_response_data, name), -1, offsetof(schematic_account_member_response_data, name_is_null), &apic_type_string},
    {"permissions", 11, APIC_F_REQUIRED, offsetof(schematic_account_member_response_data, permissions), -1, -1, &schematic_account_member_permission_array_map_Type},
    {"role", 4, APIC_F_NULLABLE, offsetof(schematic_account_member_response_data, role), offsetof(schematic_account_member_response_data, has_role), offsetof(schematic_account_member_response_data, role_is_null), &schematic_account_member_role_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_account_member_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_account_member_response_data_desc = {
    "AccountMemberResponseData", sizeof(schematic_account_member_response_data), schematic_account_member_response_data_desc_Fields, 10,
    offsetof(schematic_account_member_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_account_member_response_data_free(schematic_account_member_response_data *obj)
{
    apic_struct_free(&schematic_account_member_response_data_desc, obj);
}

int schematic_account_member_response_data_from_json(const char *json, size_t len, schematic_account_member_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_account_member_response_data_Type, json, len, &value, err);
    *out = (schematic_account_member_response_data *)value;
    return rc;
}

int schematic_account_member_response_data_to_json(const schematic_account_member_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_account_member_response_data_Type, obj, out, err);
}

/* AcquireCreditLeaseRequestBody */
static const apic_field schematic_acquire_credit_lease_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_acquire_credit_lease_request_body, company_id), -1, -1, &apic_type_string},
    {"credit_type_id", 14, APIC_F_REQUIRED, offsetof(schematic_acquire_credit_lease_request_body, credit_type_id), -1, -1, &apic_type_string},
    {"expires_at", 10, APIC_F_NULLABLE, offsetof(schematic_acquire_credit_lease_request_body, expires_at), -1, offsetof(schematic_acquire_credit_lease_request_body, expires_at_is_null), &schematic_string_date_time_Type},
    {"requested_amount", 16, APIC_F_REQUIRED, offsetof(schematic_acquire_credit_lease_request_body, requested_amount), -1, -1, &apic_type_double},
};
const apic_struct_desc schematic_acquire_credit_lease_request_body_desc = {
    "AcquireCreditLeaseRequestBody", sizeof(schematic_acquire_credit_lease_request_body), schematic_acquire_credit_lease_request_body_desc_Fields, 4,
    offsetof(schematic_acquire_credit_lease_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_acquire_credit_lease_request_body_free(schematic_acquire_credit_lease_request_body *obj)
{
    apic_struct_free(&schematic_acquire_credit_lease_request_body_desc, obj);
}

int schematic_acquire_credit_lease_request_body_from_json(const char *json, size_t len, schematic_acquire_credit_lease_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_acquire_credit_lease_request_body_Type, json, len, &value, err);
    *out = (schematic_acquire_credit_lease_request_body *)value;
    return rc;
}

int schematic_acquire_credit_lease_request_body_to_json(const schematic_acquire_credit_lease_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_acquire_credit_lease_request_body_Type, obj, out, err);
}

/* ActivityEntryResponseData */
static const apic_field schematic_activity_entry_response_data_desc_Fields[] = {
    {"actor_name", 10, APIC_F_REQUIRED, offsetof(schematic_activity_entry_response_data, actor_name), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(schematic_activity_entry_response_data, method), -1, -1, &apic_type_string},
    {"resource_name", 13, APIC_F_REQUIRED, offsetof(schematic_activity_entry_response_data, resource_name), -1, -1, &apic_type_string},
    {"resource_type", 13, APIC_F_REQUIRED, offsetof(schematic_activity_entry_response_data, resource_type), -1, -1, &apic_type_string},
    {"timestamp", 9, APIC_F_REQUIRED, offsetof(schematic_activity_entry_response_data, timestamp), -1, -1, &schematic_string_date_time_Type},
    {"title", 5, APIC_F_REQUIRED, offsetof(schematic_activity_entry_response_data, title), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_activity_entry_response_data_desc = {
    "ActivityEntryResponseData", sizeof(schematic_activity_entry_response_data), schematic_activity_entry_response_data_desc_Fields, 6,
    offsetof(schematic_activity_entry_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_activity_entry_response_data_free(schematic_activity_entry_response_data *obj)
{
    apic_struct_free(&schematic_activity_entry_response_data_desc, obj);
}

int schematic_activity_entry_response_data_from_json(const char *json, size_t len, schematic_activity_entry_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_activity_entry_response_data_Type, json, len, &value, err);
    *out = (schematic_activity_entry_response_data *)value;
    return rc;
}

int schematic_activity_entry_response_data_to_json(const schematic_activity_entry_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_activity_entry_response_data_Type, obj, out, err);
}

/* ActivityResponseResponseData */
static const apic_field schematic_activity_response_response_data_desc_Fields[] = {
    {"entries", 7, APIC_F_REQUIRED, offsetof(schematic_activity_response_response_data, entries), -1, -1, &schematic_activity_entry_response_data_array_Type},
};
const apic_struct_desc schematic_activity_response_response_data_desc = {
    "ActivityResponseResponseData", sizeof(schematic_activity_response_response_data), schematic_activity_response_response_data_desc_Fields, 1,
    offsetof(schematic_activity_response_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_activity_response_response_data_free(schematic_activity_response_response_data *obj)
{
    apic_struct_free(&schematic_activity_response_response_data_desc, obj);
}

int schematic_activity_response_response_data_from_json(const char *json, size_t len, schematic_activity_response_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_activity_response_response_data_Type, json, len, &value, err);
    *out = (schematic_activity_response_response_data *)value;
    return rc;
}

int schematic_activity_response_response_data_to_json(const schematic_activity_response_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_activity_response_response_data_Type, obj, out, err);
}

/* ApiError */
static const apic_field schematic_api_error_desc_Fields[] = {
    {"error", 5, APIC_F_REQUIRED, offsetof(schematic_api_error, error), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_api_error_desc = {
    "ApiError", sizeof(schematic_api_error), schematic_api_error_desc_Fields, 1,
    offsetof(schematic_api_error, unknown_fields),
    -1,
    NULL
};

void schematic_api_error_free(schematic_api_error *obj)
{
    apic_struct_free(&schematic_api_error_desc, obj);
}

int schematic_api_error_from_json(const char *json, size_t len, schematic_api_error **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_api_error_Type, json, len, &value, err);
    *out = (schematic_api_error *)value;
    return rc;
}

int schematic_api_error_to_json(const schematic_api_error *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_api_error_Type, obj, out, err);
}

/* ApiKeyCreateResponseData */
static const apic_field schematic_api_key_create_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_api_key_create_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_api_key_create_response_data, description), -1, offsetof(schematic_api_key_create_response_data, description_is_null), &apic_type_string},
    {"environment", 11, 0, offsetof(schematic_api_key_create_response_data, environment), -1, -1, &schematic_environment_response_data_Type},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_api_key_create_response_data, environment_id), -1, offsetof(schematic_api_key_create_response_data, environment_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_api_key_create_response_data, id), -1, -1, &apic_type_string},
    {"integration", 11, 0, offsetof(schematic_api_key_create_response_data, integration), -1, -1, &schematic_api_key_integration_response_data_Type},
    {"last_used_at", 12, APIC_F_NULLABLE, offsetof(schematic_api_key_create_response_data, last_used_at), -1, offsetof(schematic_api_key_create_response_data, last_used_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_api_key_create_response_data, name), -1, -1, &apic_type_string},
    {"rate_limit_percent", 18, APIC_F_NULLABLE, offsetof(schematic_api_key_create_response_data, rate_limit_percent), offsetof(schematic_api_key_create_response_data, has_rate_limit_percent), offsetof(schematic_api_key_create_response_data, rate_limit_percent_is_null), &apic_type_int64},
    {"readonly", 8, APIC_F_REQUIRED, offsetof(schematic_api_key_create_response_data, readonly), -1, -1, &apic_type_bool},
    {"scopes", 6, APIC_F_REQUIRED, offsetof(schematic_api_key_create_response_data, scopes), -1, -1, &schematic_api_key_scope_array_Type},
    {"secret", 6, APIC_F_REQUIRED, offsetof(schematic_api_key_create_response_data, secret), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_api_key_create_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_api_key_create_response_data_desc = {
    "ApiKeyCreateResponseData", sizeof(schematic_api_key_create_response_data), schematic_api_key_create_response_data_desc_Fields, 13,
    offsetof(schematic_api_key_create_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_api_key_create_response_data_free(schematic_api_key_create_response_data *obj)
{
    apic_struct_free(&schematic_api_key_create_response_data_desc, obj);
}

int schematic_api_key_create_response_data_from_json(const char *json, size_t len, schematic_api_key_create_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_api_key_create_response_data_Type, json, len, &value, err);
    *out = (schematic_api_key_create_response_data *)value;
    return rc;
}

int schematic_api_key_create_response_data_to_json(const schematic_api_key_create_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_api_key_create_response_data_Type, obj, out, err);
}

/* EnvironmentResponseData */
static const apic_field schematic_environment_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_environment_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_type", 16, APIC_F_REQUIRED, offsetof(schematic_environment_response_data, environment_type), -1, -1, &schematic_environment_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_environment_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_environment_response_data, name), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_environment_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_environment_response_data_desc = {
    "EnvironmentResponseData", sizeof(schematic_environment_response_data), schematic_environment_response_data_desc_Fields, 5,
    offsetof(schematic_environment_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_environment_response_data_free(schematic_environment_response_data *obj)
{
    apic_struct_free(&schematic_environment_response_data_desc, obj);
}

int schematic_environment_response_data_from_json(const char *json, size_t len, schematic_environment_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_environment_response_data_Type, json, len, &value, err);
    *out = (schematic_environment_response_data *)value;
    return rc;
}

int schematic_environment_response_data_to_json(const schematic_environment_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_environment_response_data_Type, obj, out, err);
}

/* ApiKeyIntegrationResponseData */
static const apic_field schematic_api_key_integration_response_data_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_api_key_integration_response_data, id), -1, -1, &apic_type_string},
    {"state", 5, APIC_F_REQUIRED, offsetof(schematic_api_key_integration_response_data, state), -1, -1, &schematic_integration_state_Type},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_api_key_integration_response_data, type), -1, -1, &schematic_integration_type_Type},
};
const apic_struct_desc schematic_api_key_integration_response_data_desc = {
    "ApiKeyIntegrationResponseData", sizeof(schematic_api_key_integration_response_data), schematic_api_key_integration_response_data_desc_Fields, 3,
    offsetof(schematic_api_key_integration_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_api_key_integration_response_data_free(schematic_api_key_integration_response_data *obj)
{
    apic_struct_free(&schematic_api_key_integration_response_data_desc, obj);
}

int schematic_api_key_integration_response_data_from_json(const char *json, size_t len, schematic_api_key_integration_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_api_key_integration_response_data_Type, json, len, &value, err);
    *out = (schematic_api_key_integration_response_data *)value;
    return rc;
}

int schematic_api_key_integration_response_data_to_json(const schematic_api_key_integration_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_api_key_integration_response_data_Type, obj, out, err);
}

/* ApiKeyResponseData */
static const apic_field schematic_api_key_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_api_key_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_api_key_response_data, description), -1, offsetof(schematic_api_key_response_data, description_is_null), &apic_type_string},
    {"environment", 11, 0, offsetof(schematic_api_key_response_data, environment), -1, -1, &schematic_environment_response_data_Type},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_api_key_response_data, environment_id), -1, offsetof(schematic_api_key_response_data, environment_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_api_key_response_data, id), -1, -1, &apic_type_string},
    {"integration", 11, 0, offsetof(schematic_api_key_response_data, integration), -1, -1, &schematic_api_key_integration_response_data_Type},
    {"last_used_at", 12, APIC_F_NULLABLE, offsetof(schematic_api_key_response_data, last_used_at), -1, offsetof(schematic_api_key_response_data, last_used_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_api_key_response_data, name), -1, -1, &apic_type_string},
    {"rate_limit_percent", 18, APIC_F_NULLABLE, offsetof(schematic_api_key_response_data, rate_limit_percent), offsetof(schematic_api_key_response_data, has_rate_limit_percent), offsetof(schematic_api_key_response_data, rate_limit_percent_is_null), &apic_type_int64},
    {"readonly", 8, APIC_F_REQUIRED, offsetof(schematic_api_key_response_data, readonly), -1, -1, &apic_type_bool},
    {"scopes", 6, APIC_F_REQUIRED, offsetof(schematic_api_key_response_data, scopes), -1, -1, &schematic_api_key_scope_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_api_key_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_api_key_response_data_desc = {
    "ApiKeyResponseData", sizeof(schematic_api_key_response_data), schematic_api_key_response_data_desc_Fields, 12,
    offsetof(schematic_api_key_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_api_key_response_data_free(schematic_api_key_response_data *obj)
{
    apic_struct_free(&schematic_api_key_response_data_desc, obj);
}

int schematic_api_key_response_data_from_json(const char *json, size_t len, schematic_api_key_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_api_key_response_data_Type, json, len, &value, err);
    *out = (schematic_api_key_response_data *)value;
    return rc;
}

int schematic_api_key_response_data_to_json(const schematic_api_key_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_api_key_response_data_Type, obj, out, err);
}

/* AuditLogExportMetadata */
static const apic_field schematic_audit_log_export_metadata_desc_Fields[] = {
    {"actor_type", 10, APIC_F_NULLABLE, offsetof(schematic_audit_log_export_metadata, actor_type), -1, offsetof(schematic_audit_log_export_metadata, actor_type_is_null), &apic_type_string},
    {"end_time", 8, APIC_F_NULLABLE, offsetof(schematic_audit_log_export_metadata, end_time), -1, offsetof(schematic_audit_log_export_metadata, end_time_is_null), &schematic_string_date_time_Type},
    {"export_type", 11, APIC_F_REQUIRED, offsetof(schematic_audit_log_export_metadata, export_type), -1, -1, &schematic_audit_log_export_metadata_export_type_Type},
    {"notification_email_recipient_email_addresses", 44, 0, offsetof(schematic_audit_log_export_metadata, notification_email_recipient_email_addresses), offsetof(schematic_audit_log_export_metadata, has_notification_email_recipient_email_addresses), -1, &schematic_string_array_Type},
    {"q", 1, APIC_F_NULLABLE, offsetof(schematic_audit_log_export_metadata, q), -1, offsetof(schematic_audit_log_export_metadata, q_is_null), &apic_type_string},
    {"start_time", 10, APIC_F_NULLABLE, offsetof(schematic_audit_log_export_metadata, start_time), -1, offsetof(schematic_audit_log_export_metadata, start_time_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_audit_log_export_metadata_desc = {
    "AuditLogExportMetadata", sizeof(schematic_audit_log_export_metadata), schematic_audit_log_export_metadata_desc_Fields, 6,
    offsetof(schematic_audit_log_export_metadata, unknown_fields),
    -1,
    NULL
};

void schematic_audit_log_export_metadata_free(schematic_audit_log_export_metadata *obj)
{
    apic_struct_free(&schematic_audit_log_export_metadata_desc, obj);
}

int schematic_audit_log_export_metadata_from_json(const char *json, size_t len, schematic_audit_log_export_metadata **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_audit_log_export_metadata_Type, json, len, &value, err);
    *out = (schematic_audit_log_export_metadata *)value;
    return rc;
}

int schematic_audit_log_export_metadata_to_json(const schematic_audit_log_export_metadata *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_audit_log_export_metadata_Type, obj, out, err);
}

/* AuditLogListResponseData */
static const apic_field schematic_audit_log_list_response_data_desc_Fields[] = {
    {"actor_type", 10, APIC_F_REQUIRED, offsetof(schematic_audit_log_list_response_data, actor_type), -1, -1, &schematic_actor_type_Type},
    {"api_key", 7, 0, offsetof(schematic_audit_log_list_response_data, api_key), -1, -1, &schematic_api_key_response_data_Type},
    {"api_key_id", 10, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, api_key_id), -1, offsetof(schematic_audit_log_list_response_data, api_key_id_is_null), &apic_type_string},
    {"ended_at", 8, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, ended_at), -1, offsetof(schematic_audit_log_list_response_data, ended_at_is_null), &schematic_string_date_time_Type},
    {"environment", 11, 0, offsetof(schematic_audit_log_list_response_data, environment), -1, -1, &schematic_environment_response_data_Type},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, environment_id), -1, offsetof(schematic_audit_log_list_response_data, environment_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_audit_log_list_response_data, id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(schematic_audit_log_list_response_data, method), -1, -1, &apic_type_string},
    {"resource_id", 11, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, resource_id), offsetof(schematic_audit_log_list_response_data, has_resource_id), offsetof(schematic_audit_log_list_response_data, resource_id_is_null), &apic_type_int64},
    {"resource_id_string", 18, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, resource_id_string), -1, offsetof(schematic_audit_log_list_response_data, resource_id_string_is_null), &apic_type_string},
    {"resource_name", 13, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, resource_name), -1, offsetof(schematic_audit_log_list_response_data, resource_name_is_null), &apic_type_string},
    {"resource_type", 13, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, resource_type), -1, offsetof(schematic_audit_log_list_response_data, resource_type_is_null), &apic_type_string},
    {"resp_code", 9, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, resp_code), offsetof(schematic_audit_log_list_response_data, has_resp_code), offsetof(schematic_audit_log_list_response_data, resp_code_is_null), &apic_type_int64},
    {"secondary_resource", 18, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, secondary_resource), -1, offsetof(schematic_audit_log_list_response_data, secondary_resource_is_null), &apic_type_string},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(schematic_audit_log_list_response_data, started_at), -1, -1, &schematic_string_date_time_Type},
    {"url", 3, APIC_F_REQUIRED, offsetof(schematic_audit_log_list_response_data, url), -1, -1, &apic_type_string},
    {"user_name", 9, APIC_F_NULLABLE, offsetof(schematic_audit_log_list_response_data, user_name), -1, offsetof(schematic_audit_log_list_response_data, user_name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_audit_log_list_response_data_desc = {
    "AuditLogListResponseData", sizeof(schematic_audit_log_list_response_data), schematic_audit_log_list_response_data_desc_Fields, 17,
    offsetof(schematic_audit_log_list_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_audit_log_list_response_data_free(schematic_audit_log_list_response_data *obj)
{
    apic_struct_free(&schematic_audit_log_list_response_data_desc, obj);
}

int schematic_audit_log_list_response_data_from_json(const char *json, size_t len, schematic_audit_log_list_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_audit_log_list_response_data_Type, json, len, &value, err);
    *out = (schematic_audit_log_list_response_data *)value;
    return rc;
}

int schematic_audit_log_list_response_data_to_json(const schematic_audit_log_list_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_audit_log_list_response_data_Type, obj, out, err);
}

/* AuditLogResponseData */
static const apic_field schematic_audit_log_response_data_desc_Fields[] = {
    {"actor_type", 10, APIC_F_REQUIRED, offsetof(schematic_audit_log_response_data, actor_type), -1, -1, &schematic_actor_type_Type},
    {"api_key", 7, 0, offsetof(schematic_audit_log_response_data, api_key), -1, -1, &schematic_api_key_response_data_Type},
    {"api_key_id", 10, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, api_key_id), -1, offsetof(schematic_audit_log_response_data, api_key_id_is_null), &apic_type_string},
    {"ended_at", 8, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, ended_at), -1, offsetof(schematic_audit_log_response_data, ended_at_is_null), &schematic_string_date_time_Type},
    {"environment", 11, 0, offsetof(schematic_audit_log_response_data, environment), -1, -1, &schematic_environment_response_data_Type},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, environment_id), -1, offsetof(schematic_audit_log_response_data, environment_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_audit_log_response_data, id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(schematic_audit_log_response_data, method), -1, -1, &apic_type_string},
    {"req_body", 8, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, req_body), -1, offsetof(schematic_audit_log_response_data, req_body_is_null), &apic_type_string},
    {"resource_id", 11, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, resource_id), offsetof(schematic_audit_log_response_data, has_resource_id), offsetof(schematic_audit_log_response_data, resource_id_is_null), &apic_type_int64},
    {"resource_id_string", 18, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, resource_id_string), -1, offsetof(schematic_audit_log_response_data, resource_id_string_is_null), &apic_type_string},
    {"resource_name", 13, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, resource_name), -1, offsetof(schematic_audit_log_response_data, resource_name_is_null), &apic_type_string},
    {"resource_type", 13, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, resource_type), -1, offsetof(schematic_audit_log_response_data, resource_type_is_null), &apic_type_string},
    {"resp_body", 9, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, resp_body), -1, offsetof(schematic_audit_log_response_data, resp_body_is_null), &apic_type_string},
    {"resp_code", 9, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, resp_code), offsetof(schematic_audit_log_response_data, has_resp_code), offsetof(schematic_audit_log_response_data, resp_code_is_null), &apic_type_int64},
    {"secondary_resource", 18, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, secondary_resource), -1, offsetof(schematic_audit_log_response_data, secondary_resource_is_null), &apic_type_string},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(schematic_audit_log_response_data, started_at), -1, -1, &schematic_string_date_time_Type},
    {"url", 3, APIC_F_REQUIRED, offsetof(schematic_audit_log_response_data, url), -1, -1, &apic_type_string},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, user_id), -1, offsetof(schematic_audit_log_response_data, user_id_is_null), &apic_type_string},
    {"user_name", 9, APIC_F_NULLABLE, offsetof(schematic_audit_log_response_data, user_name), -1, offsetof(schematic_audit_log_response_data, user_name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_audit_log_response_data_desc = {
    "AuditLogResponseData", sizeof(schematic_audit_log_response_data), schematic_audit_log_response_data_desc_Fields, 20,
    offsetof(schematic_audit_log_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_audit_log_response_data_free(schematic_audit_log_response_data *obj)
{
    apic_struct_free(&schematic_audit_log_response_data_desc, obj);
}

int schematic_audit_log_response_data_from_json(const char *json, size_t len, schematic_audit_log_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_audit_log_response_data_Type, json, len, &value, err);
    *out = (schematic_audit_log_response_data *)value;
    return rc;
}

int schematic_audit_log_response_data_to_json(const schematic_audit_log_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_audit_log_response_data_Type, obj, out, err);
}

/* BillingCouponResponseData */
static const apic_field schematic_billing_coupon_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, account_id), -1, -1, &apic_type_string},
    {"amount_off", 10, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, amount_off), offsetof(schematic_billing_coupon_response_data, has_amount_off), offsetof(schematic_billing_coupon_response_data, amount_off_is_null), &apic_type_int64},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, currency), -1, offsetof(schematic_billing_coupon_response_data, currency_is_null), &apic_type_string},
    {"duration", 8, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, duration), -1, offsetof(schematic_billing_coupon_response_data, duration_is_null), &apic_type_string},
    {"duration_in_months", 18, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, duration_in_months), offsetof(schematic_billing_coupon_response_data, has_duration_in_months), offsetof(schematic_billing_coupon_response_data, duration_in_months_is_null), &apic_type_int64},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, external_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, id), -1, -1, &apic_type_string},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, is_active), -1, -1, &apic_type_bool},
    {"max_redemptions", 15, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, max_redemptions), offsetof(schematic_billing_coupon_response_data, has_max_redemptions), offsetof(schematic_billing_coupon_response_data, max_redemptions_is_null), &apic_type_int64},
    {"metadata", 8, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, metadata), -1, -1, &apic_type_json_map},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, name), -1, -1, &apic_type_string},
    {"percent_off", 11, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, percent_off), offsetof(schematic_billing_coupon_response_data, has_percent_off), offsetof(schematic_billing_coupon_response_data, percent_off_is_null), &apic_type_double},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"times_redeemed", 14, APIC_F_REQUIRED, offsetof(schematic_billing_coupon_response_data, times_redeemed), -1, -1, &apic_type_int64},
    {"valid_from", 10, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, valid_from), -1, offsetof(schematic_billing_coupon_response_data, valid_from_is_null), &schematic_string_date_time_Type},
    {"valid_until", 11, APIC_F_NULLABLE, offsetof(schematic_billing_coupon_response_data, valid_until), -1, offsetof(schematic_billing_coupon_response_data, valid_until_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_coupon_response_data_desc = {
    "BillingCouponResponseData", sizeof(schematic_billing_coupon_response_data), schematic_billing_coupon_response_data_desc_Fields, 17,
    offsetof(schematic_billing_coupon_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_coupon_response_data_free(schematic_billing_coupon_response_data *obj)
{
    apic_struct_free(&schematic_billing_coupon_response_data_desc, obj);
}

int schematic_billing_coupon_response_data_from_json(const char *json, size_t len, schematic_billing_coupon_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_coupon_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_coupon_response_data *)value;
    return rc;
}

int schematic_billing_coupon_response_data_to_json(const schematic_billing_coupon_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_coupon_response_data_Type, obj, out, err);
}

/* BillingCreditBundleResponseData */
static const apic_field schematic_billing_credit_bundle_response_data_desc_Fields[] = {
    {"billing_invoice_id", 18, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_response_data, billing_invoice_id), -1, offsetof(schematic_billing_credit_bundle_response_data, billing_invoice_id_is_null), &apic_type_string},
    {"bundle_type", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, bundle_type), -1, -1, &schematic_billing_credit_bundle_type_Type},
    {"compatible_plan_ids", 19, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, compatible_plan_ids), -1, -1, &schematic_string_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_description", 18, 0, offsetof(schematic_billing_credit_bundle_response_data, credit_description), -1, -1, &apic_type_string},
    {"credit_icon", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_response_data, credit_icon), -1, offsetof(schematic_billing_credit_bundle_response_data, credit_icon_is_null), &apic_type_string},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, credit_id), -1, -1, &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, credit_name), -1, -1, &apic_type_string},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, currency_prices), -1, -1, &schematic_credit_bundle_currency_price_response_data_array_Type},
    {"expiry_type", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, expiry_type), -1, -1, &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, expiry_unit), -1, -1, &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_response_data, expiry_unit_count), offsetof(schematic_billing_credit_bundle_response_data, has_expiry_unit_count), offsetof(schematic_billing_credit_bundle_response_data, expiry_unit_count_is_null), &apic_type_int64},
    {"has_grants", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, has_grants), -1, -1, &apic_type_bool},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_response_data, plural_name), -1, offsetof(schematic_billing_credit_bundle_response_data, plural_name_is_null), &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_credit_bundle_response_data, price), -1, -1, &schematic_billing_price_response_data_Type},
    {"quantity", 8, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_response_data, quantity), offsetof(schematic_billing_credit_bundle_response_data, has_quantity), offsetof(schematic_billing_credit_bundle_response_data, quantity_is_null), &apic_type_int64},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_response_data, singular_name), -1, offsetof(schematic_billing_credit_bundle_response_data, singular_name_is_null), &apic_type_string},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, status), -1, -1, &schematic_billing_credit_bundle_status_Type},
    {"unit_price", 10, 0, offsetof(schematic_billing_credit_bundle_response_data, unit_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_credit_bundle_response_data_desc = {
    "BillingCreditBundleResponseData", sizeof(schematic_billing_credit_bundle_response_data), schematic_billing_credit_bundle_response_data_desc_Fields, 22,
    offsetof(schematic_billing_credit_bundle_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_credit_bundle_response_data_free(schematic_billing_credit_bundle_response_data *obj)
{
    apic_struct_free(&schematic_billing_credit_bundle_response_data_desc, obj);
}

int schematic_billing_credit_bundle_response_data_from_json(const char *json, size_t len, schematic_billing_credit_bundle_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_credit_bundle_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_credit_bundle_response_data *)value;
    return rc;
}

int schematic_billing_credit_bundle_response_data_to_json(const schematic_billing_credit_bundle_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_credit_bundle_response_data_Type, obj, out, err);
}

/* CreditBundleCurrencyPriceResponseData */
static const apic_field schematic_credit_bundle_currency_price_response_data_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_credit_bundle_currency_price_response_data, currency), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_credit_bundle_currency_price_response_data, price), -1, -1, &schematic_billing_price_response_data_Type},
};
const apic_struct_desc schematic_credit_bundle_currency_price_response_data_desc = {
    "CreditBundleCurrencyPriceResponseData", sizeof(schematic_credit_bundle_currency_price_response_data), schematic_credit_bundle_currency_price_response_data_desc_Fields, 2,
    offsetof(schematic_credit_bundle_currency_price_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_credit_bundle_currency_price_response_data_free(schematic_credit_bundle_currency_price_response_data *obj)
{
    apic_struct_free(&schematic_credit_bundle_currency_price_response_data_desc, obj);
}

int schematic_credit_bundle_currency_price_response_data_from_json(const char *json, size_t len, schematic_credit_bundle_currency_price_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_bundle_currency_price_response_data_Type, json, len, &value, err);
    *out = (schematic_credit_bundle_currency_price_response_data *)value;
    return rc;
}

int schematic_credit_bundle_currency_price_response_data_to_json(const schematic_credit_bundle_currency_price_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_bundle_currency_price_response_data_Type, obj, out, err);
}

/* BillingPriceResponseData */
static const apic_field schematic_billing_price_response_data_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, currency), -1, -1, &apic_type_string},
    {"external_price_id", 17, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, external_price_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, interval), -1, -1, &schematic_billing_product_price_interval_Type},
    {"interval_count", 14, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, interval_count), -1, -1, &apic_type_int64},
    {"nickname", 8, APIC_F_NULLABLE, offsetof(schematic_billing_price_response_data, nickname), -1, offsetof(schematic_billing_price_response_data, nickname_is_null), &apic_type_string},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, price), -1, -1, &apic_type_int64},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_billing_price_response_data, price_decimal), -1, offsetof(schematic_billing_price_response_data, price_decimal_is_null), &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"scheme", 6, APIC_F_REQUIRED, offsetof(schematic_billing_price_response_data, scheme), -1, -1, &schematic_billing_price_scheme_Type},
};
const apic_struct_desc schematic_billing_price_response_data_desc = {
    "BillingPriceResponseData", sizeof(schematic_billing_price_response_data), schematic_billing_price_response_data_desc_Fields, 10,
    offsetof(schematic_billing_price_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_price_response_data_free(schematic_billing_price_response_data *obj)
{
    apic_struct_free(&schematic_billing_price_response_data_desc, obj);
}

int schematic_billing_price_response_data_from_json(const char *json, size_t len, schematic_billing_price_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_price_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_price_response_data *)value;
    return rc;
}

int schematic_billing_price_response_data_to_json(const schematic_billing_price_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_price_response_data_Type, obj, out, err);
}

/* BillingCreditBundleView */
static const apic_field schematic_billing_credit_bundle_view_desc_Fields[] = {
    {"bundle_type", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, bundle_type), -1, -1, &schematic_billing_credit_bundle_type_Type},
    {"compatible_plan_ids", 19, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, compatible_plan_ids), -1, -1, &schematic_string_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_description", 18, 0, offsetof(schematic_billing_credit_bundle_view, credit_description), -1, -1, &apic_type_string},
    {"credit_icon", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_view, credit_icon), -1, offsetof(schematic_billing_credit_bundle_view, credit_icon_is_null), &apic_type_string},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, credit_id), -1, -1, &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, credit_name), -1, -1, &apic_type_string},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, currency_prices), -1, -1, &schematic_credit_bundle_currency_price_array_Type},
    {"expiry_type", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, expiry_type), -1, -1, &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, expiry_unit), -1, -1, &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_view, expiry_unit_count), offsetof(schematic_billing_credit_bundle_view, has_expiry_unit_count), offsetof(schematic_billing_credit_bundle_view, expiry_unit_count_is_null), &apic_type_int64},
    {"has_grants", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, has_grants), -1, -1, &apic_type_bool},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_view, plural_name), -1, offsetof(schematic_billing_credit_bundle_view, plural_name_is_null), &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_credit_bundle_view, price), -1, -1, &schematic_billing_product_price_response_data_Type},
    {"quantity", 8, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_view, quantity), offsetof(schematic_billing_credit_bundle_view, has_quantity), offsetof(schematic_billing_credit_bundle_view, quantity_is_null), &apic_type_int64},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_billing_credit_bundle_view, singular_name), -1, offsetof(schematic_billing_credit_bundle_view, singular_name_is_null), &apic_type_string},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, status), -1, -1, &schematic_billing_credit_bundle_status_Type},
    {"unit_price", 10, 0, offsetof(schematic_billing_credit_bundle_view, unit_price), -1, -1, &schematic_billing_product_price_response_data_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_bundle_view, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_credit_bundle_view_desc = {
    "BillingCreditBundleView", sizeof(schematic_billing_credit_bundle_view), schematic_billing_credit_bundle_view_desc_Fields, 21,
    offsetof(schematic_billing_credit_bundle_view, unknown_fields),
    -1,
    NULL
};

void schematic_billing_credit_bundle_view_free(schematic_billing_credit_bundle_view *obj)
{
    apic_struct_free(&schematic_billing_credit_bundle_view_desc, obj);
}

int schematic_billing_credit_bundle_view_from_json(const char *json, size_t len, schematic_billing_credit_bundle_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_credit_bundle_view_Type, json, len, &value, err);
    *out = (schematic_billing_credit_bundle_view *)value;
    return rc;
}

int schematic_billing_credit_bundle_view_to_json(const schematic_billing_credit_bundle_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_credit_bundle_view_Type, obj, out, err);
}

/* CreditBundleCurrencyPrice */
static const apic_field schematic_credit_bundle_currency_price_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_credit_bundle_currency_price, currency), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_credit_bundle_currency_price, price), -1, -1, &schematic_billing_price_view_Type},
};
const apic_struct_desc schematic_credit_bundle_currency_price_desc = {
    "CreditBundleCurrencyPrice", sizeof(schematic_credit_bundle_currency_price), schematic_credit_bundle_currency_price_desc_Fields, 2,
    offsetof(schematic_credit_bundle_currency_price, unknown_fields),
    -1,
    NULL
};

void schematic_credit_bundle_currency_price_free(schematic_credit_bundle_currency_price *obj)
{
    apic_struct_free(&schematic_credit_bundle_currency_price_desc, obj);
}

int schematic_credit_bundle_currency_price_from_json(const char *json, size_t len, schematic_credit_bundle_currency_price **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_bundle_currency_price_Type, json, len, &value, err);
    *out = (schematic_credit_bundle_currency_price *)value;
    return rc;
}

int schematic_credit_bundle_currency_price_to_json(const schematic_credit_bundle_currency_price *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_bundle_currency_price_Type, obj, out, err);
}

/* BillingPriceView */
static const apic_field schematic_billing_price_view_desc_Fields[] = {
    {"billing_scheme", 14, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, billing_scheme), -1, -1, &schematic_billing_price_scheme_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, currency), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, interval), -1, -1, &schematic_billing_product_price_interval_Type},
    {"interval_count", 14, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, interval_count), -1, -1, &apic_type_int64},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, is_active), -1, -1, &apic_type_bool},
    {"meter_event_name", 16, APIC_F_NULLABLE, offsetof(schematic_billing_price_view, meter_event_name), -1, offsetof(schematic_billing_price_view, meter_event_name_is_null), &apic_type_string},
    {"meter_event_payload_key", 23, APIC_F_NULLABLE, offsetof(schematic_billing_price_view, meter_event_payload_key), -1, offsetof(schematic_billing_price_view, meter_event_payload_key_is_null), &apic_type_string},
    {"meter_id", 8, APIC_F_NULLABLE, offsetof(schematic_billing_price_view, meter_id), -1, offsetof(schematic_billing_price_view, meter_id_is_null), &apic_type_string},
    {"nickname", 8, APIC_F_NULLABLE, offsetof(schematic_billing_price_view, nickname), -1, offsetof(schematic_billing_price_view, nickname_is_null), &apic_type_string},
    {"package_size", 12, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, package_size), -1, -1, &apic_type_int64},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, price), -1, -1, &apic_type_int64},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_billing_price_view, price_decimal), -1, offsetof(schematic_billing_price_view, price_decimal_is_null), &apic_type_string},
    {"price_external_id", 17, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, price_external_id), -1, -1, &apic_type_string},
    {"price_id", 8, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, price_id), -1, -1, &apic_type_string},
    {"price_tier", 10, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, price_tier), -1, -1, &schematic_billing_product_price_tier_response_data_array_Type},
    {"product_external_id", 19, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, product_external_id), -1, -1, &apic_type_string},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, product_id), -1, -1, &apic_type_string},
    {"product_name", 12, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, product_name), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"tiers_mode", 10, APIC_F_NULLABLE, offsetof(schematic_billing_price_view, tiers_mode), offsetof(schematic_billing_price_view, has_tiers_mode), offsetof(schematic_billing_price_view, tiers_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_type", 10, APIC_F_REQUIRED, offsetof(schematic_billing_price_view, usage_type), -1, -1, &schematic_billing_price_usage_type_Type},
};
const apic_struct_desc schematic_billing_price_view_desc = {
    "BillingPriceView", sizeof(schematic_billing_price_view), schematic_billing_price_view_desc_Fields, 24,
    offsetof(schematic_billing_price_view, unknown_fields),
    -1,
    NULL
};

void schematic_billing_price_view_free(schematic_billing_price_view *obj)
{
    apic_struct_free(&schematic_billing_price_view_desc, obj);
}

int schematic_billing_price_view_from_json(const char *json, size_t len, schematic_billing_price_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_price_view_Type, json, len, &value, err);
    *out = (schematic_billing_price_view *)value;
    return rc;
}

int schematic_billing_price_view_to_json(const schematic_billing_price_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_price_view_Type, obj, out, err);
}

/* BillingProductPriceTierResponseData */
static const apic_field schematic_billing_product_price_tier_response_data_desc_Fields[] = {
    {"flat_amount", 11, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_tier_response_data, flat_amount), offsetof(schematic_billing_product_price_tier_response_data, has_flat_amount), offsetof(schematic_billing_product_price_tier_response_data, flat_amount_is_null), &apic_type_int64},
    {"per_unit_price", 14, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_tier_response_data, per_unit_price), offsetof(schematic_billing_product_price_tier_response_data, has_per_unit_price), offsetof(schematic_billing_product_price_tier_response_data, per_unit_price_is_null), &apic_type_int64},
    {"per_unit_price_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_tier_response_data, per_unit_price_decimal), -1, offsetof(schematic_billing_product_price_tier_response_data, per_unit_price_decimal_is_null), &apic_type_string},
    {"up_to", 5, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_tier_response_data, up_to), offsetof(schematic_billing_product_price_tier_response_data, has_up_to), offsetof(schematic_billing_product_price_tier_response_data, up_to_is_null), &apic_type_int64},
};
const apic_struct_desc schematic_billing_product_price_tier_response_data_desc = {
    "BillingProductPriceTierResponseData", sizeof(schematic_billing_product_price_tier_response_data), schematic_billing_product_price_tier_response_data_desc_Fields, 4,
    offsetof(schematic_billing_product_price_tier_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_price_tier_response_data_free(schematic_billing_product_price_tier_response_data *obj)
{
    apic_struct_free(&schematic_billing_product_price_tier_response_data_desc, obj);
}

int schematic_billing_product_price_tier_response_data_from_json(const char *json, size_t len, schematic_billing_product_price_tier_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_price_tier_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_product_price_tier_response_data *)value;
    return rc;
}

int schematic_billing_product_price_tier_response_data_to_json(const schematic_billing_product_price_tier_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_price_tier_response_data_Type, obj, out, err);
}

/* BillingProductPriceResponseData */
static const apic_field schematic_billing_product_price_response_data_desc_Fields[] = {
    {"billing_scheme", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, billing_scheme), -1, -1, &schematic_billing_price_scheme_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, currency), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, interval), -1, -1, &schematic_billing_product_price_interval_Type},
    {"interval_count", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, interval_count), -1, -1, &apic_type_int64},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, is_active), -1, -1, &apic_type_bool},
    {"meter_id", 8, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_response_data, meter_id), -1, offsetof(schematic_billing_product_price_response_data, meter_id_is_null), &apic_type_string},
    {"nickname", 8, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_response_data, nickname), -1, offsetof(schematic_billing_product_price_response_data, nickname_is_null), &apic_type_string},
    {"package_size", 12, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, package_size), -1, -1, &apic_type_int64},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, price), -1, -1, &apic_type_int64},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_response_data, price_decimal), -1, offsetof(schematic_billing_product_price_response_data, price_decimal_is_null), &apic_type_string},
    {"price_external_id", 17, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, price_external_id), -1, -1, &apic_type_string},
    {"product_external_id", 19, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, product_external_id), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"tiers_mode", 10, APIC_F_NULLABLE, offsetof(schematic_billing_product_price_response_data, tiers_mode), offsetof(schematic_billing_product_price_response_data, has_tiers_mode), offsetof(schematic_billing_product_price_response_data, tiers_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_type", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_price_response_data, usage_type), -1, -1, &schematic_billing_price_usage_type_Type},
};
const apic_struct_desc schematic_billing_product_price_response_data_desc = {
    "BillingProductPriceResponseData", sizeof(schematic_billing_product_price_response_data), schematic_billing_product_price_response_data_desc_Fields, 18,
    offsetof(schematic_billing_product_price_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_price_response_data_free(schematic_billing_product_price_response_data *obj)
{
    apic_struct_free(&schematic_billing_product_price_response_data_desc, obj);
}

int schematic_billing_product_price_response_data_from_json(const char *json, size_t len, schematic_billing_product_price_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_price_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_product_price_response_data *)value;
    return rc;
}

int schematic_billing_product_price_response_data_to_json(const schematic_billing_product_price_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_price_response_data_Type, obj, out, err);
}

/* BillingCreditGrantResponseData */
static const apic_field schematic_billing_credit_grant_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, company_id), -1, -1, &apic_type_string},
    {"company_license_id", 18, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, company_license_id), -1, offsetof(schematic_billing_credit_grant_response_data, company_license_id_is_null), &apic_type_string},
    {"company_name", 12, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, company_name), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_icon", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, credit_icon), -1, offsetof(schematic_billing_credit_grant_response_data, credit_icon_is_null), &apic_type_string},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, credit_id), -1, -1, &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, credit_name), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, currency), -1, offsetof(schematic_billing_credit_grant_response_data, currency_is_null), &apic_type_string},
    {"expires_at", 10, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, expires_at), -1, offsetof(schematic_billing_credit_grant_response_data, expires_at_is_null), &schematic_string_date_time_Type},
    {"grant_reason", 12, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, grant_reason), -1, -1, &schematic_billing_credit_grant_reason_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, id), -1, -1, &apic_type_string},
    {"license_name", 12, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, license_name), -1, offsetof(schematic_billing_credit_grant_response_data, license_name_is_null), &apic_type_string},
    {"plan_id", 7, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, plan_id), -1, offsetof(schematic_billing_credit_grant_response_data, plan_id_is_null), &apic_type_string},
    {"plan_name", 9, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, plan_name), -1, offsetof(schematic_billing_credit_grant_response_data, plan_name_is_null), &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_credit_grant_response_data, price), -1, -1, &schematic_billing_price_response_data_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, quantity), -1, -1, &apic_type_double},
    {"quantity_remaining", 18, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, quantity_remaining), -1, -1, &apic_type_double},
    {"quantity_used", 13, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, quantity_used), -1, -1, &apic_type_double},
    {"renewal_enabled", 15, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, renewal_enabled), -1, -1, &apic_type_bool},
    {"renewal_period", 14, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, renewal_period), offsetof(schematic_billing_credit_grant_response_data, has_renewal_period), offsetof(schematic_billing_credit_grant_response_data, renewal_period_is_null), &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reserved", 8, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, reserved), offsetof(schematic_billing_credit_grant_response_data, has_reserved), offsetof(schematic_billing_credit_grant_response_data, reserved_is_null), &apic_type_double},
    {"settled", 7, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, settled), offsetof(schematic_billing_credit_grant_response_data, has_settled), offsetof(schematic_billing_credit_grant_response_data, settled_is_null), &apic_type_double},
    {"source_grant_id", 15, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, source_grant_id), -1, offsetof(schematic_billing_credit_grant_response_data, source_grant_id_is_null), &apic_type_string},
    {"source_label", 12, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, source_label), -1, -1, &apic_type_string},
    {"transfers", 9, 0, offsetof(schematic_billing_credit_grant_response_data, transfers), offsetof(schematic_billing_credit_grant_response_data, has_transfers), -1, &schematic_credit_transfer_response_data_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_grant_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"valid_from", 10, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, valid_from), -1, offsetof(schematic_billing_credit_grant_response_data, valid_from_is_null), &schematic_string_date_time_Type},
    {"zeroed_out_date", 15, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, zeroed_out_date), -1, offsetof(schematic_billing_credit_grant_response_data, zeroed_out_date_is_null), &schematic_string_date_time_Type},
    {"zeroed_out_reason", 17, APIC_F_NULLABLE, offsetof(schematic_billing_credit_grant_response_data, zeroed_out_reason), offsetof(schematic_billing_credit_grant_response_data, has_zeroed_out_reason), offsetof(schematic_billing_credit_grant_response_data, zeroed_out_reason_is_null), &schematic_billing_credit_grant_zeroed_out_reason_Type},
};
const apic_struct_desc schematic_billing_credit_grant_response_data_desc = {
    "BillingCreditGrantResponseData", sizeof(schematic_billing_credit_grant_response_data), schematic_billing_credit_grant_response_data_desc_Fields, 29,
    offsetof(schematic_billing_credit_grant_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_credit_grant_response_data_free(schematic_billing_credit_grant_response_data *obj)
{
    apic_struct_free(&schematic_billing_credit_grant_response_data_desc, obj);
}

int schematic_billing_credit_grant_response_data_from_json(const char *json, size_t len, schematic_billing_credit_grant_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_credit_grant_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_credit_grant_response_data *)value;
    return rc;
}

int schematic_billing_credit_grant_response_data_to_json(const schematic_billing_credit_grant_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_credit_grant_response_data_Type, obj, out, err);
}

/* CreditTransferResponseData */
static const apic_field schematic_credit_transfer_response_data_desc_Fields[] = {
    {"amount", 6, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_response_data, amount), -1, -1, &apic_type_double},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"direction", 9, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_response_data, direction), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_response_data, id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_response_data, reason), -1, -1, &apic_type_string},
    {"related_grant_id", 16, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_response_data, related_grant_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credit_transfer_response_data_desc = {
    "CreditTransferResponseData", sizeof(schematic_credit_transfer_response_data), schematic_credit_transfer_response_data_desc_Fields, 6,
    offsetof(schematic_credit_transfer_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_credit_transfer_response_data_free(schematic_credit_transfer_response_data *obj)
{
    apic_struct_free(&schematic_credit_transfer_response_data_desc, obj);
}

int schematic_credit_transfer_response_data_from_json(const char *json, size_t len, schematic_credit_transfer_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_transfer_response_data_Type, json, len, &value, err);
    *out = (schematic_credit_transfer_response_data *)value;
    return rc;
}

int schematic_credit_transfer_response_data_to_json(const schematic_credit_transfer_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_transfer_response_data_Type, obj, out, err);
}

/* BillingCreditLedgerResponseData */
static const apic_field schematic_billing_credit_ledger_response_data_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_ledger_response_data, description), -1, offsetof(schematic_billing_credit_ledger_response_data, description_is_null), &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_billing_credit_ledger_response_data, icon), -1, offsetof(schematic_billing_credit_ledger_response_data, icon_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_credit_ledger_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_credit_ledger_response_data, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_ledger_response_data, plural_name), -1, offsetof(schematic_billing_credit_ledger_response_data, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_billing_credit_ledger_response_data, singular_name), -1, offsetof(schematic_billing_credit_ledger_response_data, singular_name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_billing_credit_ledger_response_data_desc = {
    "BillingCreditLedgerResponseData", sizeof(schematic_billing_credit_ledger_response_data), schematic_billing_credit_ledger_response_data_desc_Fields, 6,
    offsetof(schematic_billing_credit_ledger_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_credit_ledger_response_data_free(schematic_billing_credit_ledger_response_data *obj)
{
    apic_struct_free(&schematic_billing_credit_ledger_response_data_desc, obj);
}

int schematic_billing_credit_ledger_response_data_from_json(const char *json, size_t len, schematic_billing_credit_ledger_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_credit_ledger_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_credit_ledger_response_data *)value;
    return rc;
}

int schematic_billing_credit_ledger_response_data_to_json(const schematic_billing_credit_ledger_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_credit_ledger_response_data_Type, obj, out, err);
}

/* BillingCreditResponseData */
static const apic_field schematic_billing_credit_response_data_desc_Fields[] = {
    {"burn_strategy", 13, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, burn_strategy), -1, -1, &schematic_billing_credit_burn_strategy_Type},
    {"cost_editable", 13, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, cost_editable), -1, -1, &apic_type_bool},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, currency_prices), -1, -1, &schematic_credit_currency_price_response_data_array_Type},
    {"default_expiry_unit", 19, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, default_expiry_unit), -1, -1, &schematic_billing_credit_expiry_unit_Type},
    {"default_expiry_unit_count", 25, APIC_F_NULLABLE, offsetof(schematic_billing_credit_response_data, default_expiry_unit_count), offsetof(schematic_billing_credit_response_data, has_default_expiry_unit_count), offsetof(schematic_billing_credit_response_data, default_expiry_unit_count_is_null), &apic_type_int64},
    {"default_rollover_policy", 23, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, default_rollover_policy), -1, -1, &schematic_billing_credit_rollover_policy_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_billing_credit_response_data, icon), -1, offsetof(schematic_billing_credit_response_data, icon_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_response_data, plural_name), -1, offsetof(schematic_billing_credit_response_data, plural_name_is_null), &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_credit_response_data, price), -1, -1, &schematic_billing_price_response_data_Type},
    {"product", 7, 0, offsetof(schematic_billing_credit_response_data, product), -1, -1, &schematic_billing_product_response_data_Type},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_billing_credit_response_data, singular_name), -1, offsetof(schematic_billing_credit_response_data, singular_name_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_credit_response_data_desc = {
    "BillingCreditResponseData", sizeof(schematic_billing_credit_response_data), schematic_billing_credit_response_data_desc_Fields, 16,
    offsetof(schematic_billing_credit_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_credit_response_data_free(schematic_billing_credit_response_data *obj)
{
    apic_struct_free(&schematic_billing_credit_response_data_desc, obj);
}

int schematic_billing_credit_response_data_from_json(const char *json, size_t len, schematic_billing_credit_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_credit_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_credit_response_data *)value;
    return rc;
}

int schematic_billing_credit_response_data_to_json(const schematic_billing_credit_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_credit_response_data_Type, obj, out, err);
}

/* CreditCurrencyPriceResponseData */
static const apic_field schematic_credit_currency_price_response_data_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_credit_currency_price_response_data, currency), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_credit_currency_price_response_data, price), -1, -1, &schematic_billing_price_response_data_Type},
};
const apic_struct_desc schematic_credit_currency_price_response_data_desc = {
    "CreditCurrencyPriceResponseData", sizeof(schematic_credit_currency_price_response_data), schematic_credit_currency_price_response_data_desc_Fields, 2,
    offsetof(schematic_credit_currency_price_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_credit_currency_price_response_data_free(schematic_credit_currency_price_response_data *obj)
{
    apic_struct_free(&schematic_credit_currency_price_response_data_desc, obj);
}

int schematic_credit_currency_price_response_data_from_json(const char *json, size_t len, schematic_credit_currency_price_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_currency_price_response_data_Type, json, len, &value, err);
    *out = (schematic_credit_currency_price_response_data *)value;
    return rc;
}

int schematic_credit_currency_price_response_data_to_json(const schematic_credit_currency_price_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_currency_price_response_data_Type, obj, out, err);
}

/* BillingProductResponseData */
static const apic_field schematic_billing_product_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_billing_product_response_data, currency), -1, offsetof(schematic_billing_product_response_data, currency_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, external_id), -1, -1, &apic_type_string},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, is_active), -1, -1, &apic_type_bool},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, name), -1, -1, &apic_type_string},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, price), -1, -1, &apic_type_double},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_billing_product_response_data, price_decimal), -1, offsetof(schematic_billing_product_response_data, price_decimal_is_null), &apic_type_string},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, product_id), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, quantity), -1, -1, &apic_type_double},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_product_response_data_desc = {
    "BillingProductResponseData", sizeof(schematic_billing_product_response_data), schematic_billing_product_response_data_desc_Fields, 13,
    offsetof(schematic_billing_product_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_response_data_free(schematic_billing_product_response_data *obj)
{
    apic_struct_free(&schematic_billing_product_response_data_desc, obj);
}

int schematic_billing_product_response_data_from_json(const char *json, size_t len, schematic_billing_product_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_product_response_data *)value;
    return rc;
}

int schematic_billing_product_response_data_to_json(const schematic_billing_product_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_response_data_Type, obj, out, err);
}

/* BillingCreditView */
static const apic_field schematic_billing_credit_view_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, account_id), -1, -1, &apic_type_string},
    {"burn_strategy", 13, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, burn_strategy), -1, -1, &schematic_billing_credit_burn_strategy_Type},
    {"cost_editable", 13, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, cost_editable), -1, -1, &apic_type_bool},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, currency_prices), -1, -1, &schematic_credit_currency_price_array_Type},
    {"default_expiry_unit", 19, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, default_expiry_unit), -1, -1, &schematic_billing_credit_expiry_unit_Type},
    {"default_expiry_unit_count", 25, APIC_F_NULLABLE, offsetof(schematic_billing_credit_view, default_expiry_unit_count), offsetof(schematic_billing_credit_view, has_default_expiry_unit_count), offsetof(schematic_billing_credit_view, default_expiry_unit_count_is_null), &apic_type_int64},
    {"default_rollover_policy", 23, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, default_rollover_policy), -1, -1, &schematic_billing_credit_rollover_policy_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, description), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, environment_id), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_billing_credit_view, icon), -1, offsetof(schematic_billing_credit_view, icon_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, id), -1, -1, &apic_type_string},
    {"ledger_authority", 16, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, ledger_authority), -1, -1, &schematic_billing_credit_ledger_authority_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_billing_credit_view, plural_name), -1, offsetof(schematic_billing_credit_view, plural_name_is_null), &apic_type_string},
    {"price", 5, 0, offsetof(schematic_billing_credit_view, price), -1, -1, &schematic_billing_price_view_Type},
    {"price_per_unit", 14, APIC_F_NULLABLE, offsetof(schematic_billing_credit_view, price_per_unit), offsetof(schematic_billing_credit_view, has_price_per_unit), offsetof(schematic_billing_credit_view, price_per_unit_is_null), &apic_type_int64},
    {"price_per_unit_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_billing_credit_view, price_per_unit_decimal), -1, offsetof(schematic_billing_credit_view, price_per_unit_decimal_is_null), &apic_type_string},
    {"product", 7, 0, offsetof(schematic_billing_credit_view, product), -1, -1, &schematic_billing_product_record_response_data_Type},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_billing_credit_view, singular_name), -1, offsetof(schematic_billing_credit_view, singular_name_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_credit_view, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_credit_view_desc = {
    "BillingCreditView", sizeof(schematic_billing_credit_view), schematic_billing_credit_view_desc_Fields, 21,
    offsetof(schematic_billing_credit_view, unknown_fields),
    -1,
    NULL
};

void schematic_billing_credit_view_free(schematic_billing_credit_view *obj)
{
    apic_struct_free(&schematic_billing_credit_view_desc, obj);
}

int schematic_billing_credit_view_from_json(const char *json, size_t len, schematic_billing_credit_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_credit_view_Type, json, len, &value, err);
    *out = (schematic_billing_credit_view *)value;
    return rc;
}

int schematic_billing_credit_view_to_json(const schematic_billing_credit_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_credit_view_Type, obj, out, err);
}

/* CreditCurrencyPrice */
static const apic_field schematic_credit_currency_price_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_credit_currency_price, currency), -1, -1, &apic_type_string},
    {"price", 5, 0, offsetof(schematic_credit_currency_price, price), -1, -1, &schematic_billing_price_view_Type},
};
const apic_struct_desc schematic_credit_currency_price_desc = {
    "CreditCurrencyPrice", sizeof(schematic_credit_currency_price), schematic_credit_currency_price_desc_Fields, 2,
    offsetof(schematic_credit_currency_price, unknown_fields),
    -1,
    NULL
};

void schematic_credit_currency_price_free(schematic_credit_currency_price *obj)
{
    apic_struct_free(&schematic_credit_currency_price_desc, obj);
}

int schematic_credit_currency_price_from_json(const char *json, size_t len, schematic_credit_currency_price **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_currency_price_Type, json, len, &value, err);
    *out = (schematic_credit_currency_price *)value;
    return rc;
}

int schematic_credit_currency_price_to_json(const schematic_credit_currency_price *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_currency_price_Type, obj, out, err);
}

/* BillingProductRecordResponseData */
static const apic_field schematic_billing_product_record_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, external_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, id), -1, -1, &apic_type_string},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, is_active), -1, -1, &apic_type_bool},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, name), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_record_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_product_record_response_data_desc = {
    "BillingProductRecordResponseData", sizeof(schematic_billing_product_record_response_data), schematic_billing_product_record_response_data_desc_Fields, 9,
    offsetof(schematic_billing_product_record_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_record_response_data_free(schematic_billing_product_record_response_data *obj)
{
    apic_struct_free(&schematic_billing_product_record_response_data_desc, obj);
}

int schematic_billing_product_record_response_data_from_json(const char *json, size_t len, schematic_billing_product_record_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_record_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_product_record_response_data *)value;
    return rc;
}

int schematic_billing_product_record_response_data_to_json(const schematic_billing_product_record_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_record_response_data_Type, obj, out, err);
}

/* BillingCustomerResponseData */
static const apic_field schematic_billing_customer_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_billing_customer_response_data, company_id), -1, offsetof(schematic_billing_customer_response_data, company_id_is_null), &apic_type_string},
    {"deleted_at", 10, APIC_F_NULLABLE, offsetof(schematic_billing_customer_response_data, deleted_at), -1, offsetof(schematic_billing_customer_response_data, deleted_at_is_null), &schematic_string_date_time_Type},
    {"email", 5, APIC_F_REQUIRED, offsetof(schematic_billing_customer_response_data, email), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_customer_response_data, external_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_customer_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_customer_response_data, name), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_customer_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_customer_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_customer_response_data_desc = {
    "BillingCustomerResponseData", sizeof(schematic_billing_customer_response_data), schematic_billing_customer_response_data_desc_Fields, 8,
    offsetof(schematic_billing_customer_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_customer_response_data_free(schematic_billing_customer_response_data *obj)
{
    apic_struct_free(&schematic_billing_customer_response_data_desc, obj);
}

int schematic_billing_customer_response_data_from_json(const char *json, size_t len, schematic_billing_customer_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_customer_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_customer_response_data *)value;
    return rc;
}

int schematic_billing_customer_response_data_to_json(const schematic_billing_customer_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_customer_response_data_Type, obj, out, err);
}

/* BillingCustomerSubscription */
static const apic_field schematic_billing_customer_subscription_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_customer_subscription, currency), -1, -1, &apic_type_string},
    {"expired_at", 10, APIC_F_NULLABLE, offsetof(schematic_billing_customer_subscription, expired_at), -1, offsetof(schematic_billing_customer_subscription, expired_at_is_null), &schematic_string_date_time_Type},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_customer_subscription, interval), -1, -1, &apic_type_string},
    {"metered_usage", 13, APIC_F_REQUIRED, offsetof(schematic_billing_customer_subscription, metered_usage), -1, -1, &apic_type_bool},
    {"per_unit_price", 14, APIC_F_REQUIRED, offsetof(schematic_billing_customer_subscription, per_unit_price), -1, -1, &apic_type_int64},
    {"total_price", 11, APIC_F_REQUIRED, offsetof(schematic_billing_customer_subscription, total_price), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_billing_customer_subscription_desc = {
    "BillingCustomerSubscription", sizeof(schematic_billing_customer_subscription), schematic_billing_customer_subscription_desc_Fields, 6,
    offsetof(schematic_billing_customer_subscription, unknown_fields),
    -1,
    NULL
};

void schematic_billing_customer_subscription_free(schematic_billing_customer_subscription *obj)
{
    apic_struct_free(&schematic_billing_customer_subscription_desc, obj);
}

int schematic_billing_customer_subscription_from_json(const char *json, size_t len, schematic_billing_customer_subscription **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_customer_subscription_Type, json, len, &value, err);
    *out = (schematic_billing_customer_subscription *)value;
    return rc;
}

int schematic_billing_customer_subscription_to_json(const schematic_billing_customer_subscription *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_customer_subscription_Type, obj, out, err);
}

/* BillingCustomerWithSubscriptionsResponseData */
static const apic_field schematic_billing_customer_with_subscriptions_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_billing_customer_with_subscriptions_response_data, company_id), -1, offsetof(schematic_billing_customer_with_subscriptions_response_data, company_id_is_null), &apic_type_string},
    {"deleted_at", 10, APIC_F_NULLABLE, offsetof(schematic_billing_customer_with_subscriptions_response_data, deleted_at), -1, offsetof(schematic_billing_customer_with_subscriptions_response_data, deleted_at_is_null), &schematic_string_date_time_Type},
    {"email", 5, APIC_F_REQUIRED, offsetof(schematic_billing_customer_with_subscriptions_response_data, email), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_customer_with_subscriptions_response_data, external_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_customer_with_subscriptions_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_customer_with_subscriptions_response_data, name), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_customer_with_subscriptions_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"subscriptions", 13, APIC_F_REQUIRED, offsetof(schematic_billing_customer_with_subscriptions_response_data, subscriptions), -1, -1, &schematic_billing_customer_subscription_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_customer_with_subscriptions_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_customer_with_subscriptions_response_data_desc = {
    "BillingCustomerWithSubscriptionsResponseData", sizeof(schematic_billing_customer_with_subscriptions_response_data), schematic_billing_customer_with_subscriptions_response_data_desc_Fields, 9,
    offsetof(schematic_billing_customer_with_subscriptions_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_customer_with_subscriptions_response_data_free(schematic_billing_customer_with_subscriptions_response_data *obj)
{
    apic_struct_free(&schematic_billing_customer_with_subscriptions_response_data_desc, obj);
}

int schematic_billing_customer_with_subscriptions_response_data_from_json(const char *json, size_t len, schematic_billing_customer_with_subscriptions_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_customer_with_subscriptions_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_customer_with_subscriptions_response_data *)value;
    return rc;
}

int schematic_billing_customer_with_subscriptions_response_data_to_json(const schematic_billing_customer_with_subscriptions_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_customer_with_subscriptions_response_data_Type, obj, out, err);
}

/* BillingLinkedResourceResponseData */
static const apic_field schematic_billing_linked_resource_response_data_desc_Fields[] = {
    {"billing_provider", 16, APIC_F_REQUIRED, offsetof(schematic_billing_linked_resource_response_data, billing_provider), -1, -1, &schematic_billing_provider_type_Type},
    {"external_resource_id", 20, APIC_F_REQUIRED, offsetof(schematic_billing_linked_resource_response_data, external_resource_id), -1, -1, &apic_type_string},
    {"originator", 10, APIC_F_REQUIRED, offsetof(schematic_billing_linked_resource_response_data, originator), -1, -1, &schematic_billing_provider_type_Type},
};
const apic_struct_desc schematic_billing_linked_resource_response_data_desc = {
    "BillingLinkedResourceResponseData", sizeof(schematic_billing_linked_resource_response_data), schematic_billing_linked_resource_response_data_desc_Fields, 3,
    offsetof(schematic_billing_linked_resource_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_linked_resource_response_data_free(schematic_billing_linked_resource_response_data *obj)
{
    apic_struct_free(&schematic_billing_linked_resource_response_data_desc, obj);
}

int schematic_billing_linked_resource_response_data_from_json(const char *json, size_t len, schematic_billing_linked_resource_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_linked_resource_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_linked_resource_response_data *)value;
    return rc;
}

int schematic_billing_linked_resource_response_data_to_json(const schematic_billing_linked_resource_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_linked_resource_response_data_Type, obj, out, err);
}

/* BillingMeterResponseData */
static const apic_field schematic_billing_meter_response_data_desc_Fields[] = {
    {"dispaly_name", 12, APIC_F_REQUIRED, offsetof(schematic_billing_meter_response_data, dispaly_name), -1, -1, &apic_type_string},
    {"event_name", 10, APIC_F_REQUIRED, offsetof(schematic_billing_meter_response_data, event_name), -1, -1, &apic_type_string},
    {"event_payload_key", 17, APIC_F_REQUIRED, offsetof(schematic_billing_meter_response_data, event_payload_key), -1, -1, &apic_type_string},
    {"external_price_id", 17, APIC_F_REQUIRED, offsetof(schematic_billing_meter_response_data, external_price_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_meter_response_data, id), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_meter_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
};
const apic_struct_desc schematic_billing_meter_response_data_desc = {
    "BillingMeterResponseData", sizeof(schematic_billing_meter_response_data), schematic_billing_meter_response_data_desc_Fields, 6,
    offsetof(schematic_billing_meter_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_meter_response_data_free(schematic_billing_meter_response_data *obj)
{
    apic_struct_free(&schematic_billing_meter_response_data_desc, obj);
}

int schematic_billing_meter_response_data_from_json(const char *json, size_t len, schematic_billing_meter_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_meter_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_meter_response_data *)value;
    return rc;
}

int schematic_billing_meter_response_data_to_json(const schematic_billing_meter_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_meter_response_data_Type, obj, out, err);
}

/* BillingPlanCreditGrantResponseData */
static const apic_field schematic_billing_plan_credit_grant_response_data_desc_Fields[] = {
    {"auto_topup_amount", 17, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_amount), offsetof(schematic_billing_plan_credit_grant_response_data, has_auto_topup_amount), offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_amount_is_null), &apic_type_int64},
    {"auto_topup_amount_type", 22, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_amount_type), -1, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_amount_type_is_null), &apic_type_string},
    {"auto_topup_availability", 23, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_availability), -1, -1, &schematic_billing_credit_auto_topup_availability_Type},
    {"auto_topup_enabled", 18, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_enabled), -1, -1, &apic_type_bool},
    {"auto_topup_expiry_type", 22, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_expiry_type), offsetof(schematic_billing_plan_credit_grant_response_data, has_auto_topup_expiry_type), offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"auto_topup_expiry_unit", 22, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_expiry_unit), offsetof(schematic_billing_plan_credit_grant_response_data, has_auto_topup_expiry_unit), offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"auto_topup_expiry_unit_count", 28, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_expiry_unit_count), offsetof(schematic_billing_plan_credit_grant_response_data, has_auto_topup_expiry_unit_count), offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_expiry_unit_count_is_null), &apic_type_int64},
    {"auto_topup_self_service", 23, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_self_service), -1, -1, &apic_type_bool},
    {"auto_topup_threshold_credits", 28, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_threshold_credits), offsetof(schematic_billing_plan_credit_grant_response_data, has_auto_topup_threshold_credits), offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_threshold_credits_is_null), &apic_type_int64},
    {"auto_topup_threshold_percent", 28, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_threshold_percent), offsetof(schematic_billing_plan_credit_grant_response_data, has_auto_topup_threshold_percent), offsetof(schematic_billing_plan_credit_grant_response_data, auto_topup_threshold_percent_is_null), &apic_type_int64},
    {"can_buy_bundles", 15, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, can_buy_bundles), -1, -1, &apic_type_bool},
    {"company_credit_amount", 21, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, company_credit_amount), -1, -1, &apic_type_int64},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit", 6, 0, offsetof(schematic_billing_plan_credit_grant_response_data, credit), -1, -1, &schematic_billing_credit_response_data_Type},
    {"credit_amount", 13, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, credit_amount), -1, -1, &apic_type_int64},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, credit_id), -1, -1, &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, credit_name), -1, -1, &apic_type_string},
    {"credit_plural_name", 18, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, credit_plural_name), -1, offsetof(schematic_billing_plan_credit_grant_response_data, credit_plural_name_is_null), &apic_type_string},
    {"credit_singular_name", 20, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, credit_singular_name), -1, offsetof(schematic_billing_plan_credit_grant_response_data, credit_singular_name_is_null), &apic_type_string},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, expiry_type), offsetof(schematic_billing_plan_credit_grant_response_data, has_expiry_type), offsetof(schematic_billing_plan_credit_grant_response_data, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, expiry_unit), offsetof(schematic_billing_plan_credit_grant_response_data, has_expiry_unit), offsetof(schematic_billing_plan_credit_grant_response_data, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, expiry_unit_count), offsetof(schematic_billing_plan_credit_grant_response_data, has_expiry_unit_count), offsetof(schematic_billing_plan_credit_grant_response_data, expiry_unit_count_is_null), &apic_type_int64},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, id), -1, -1, &apic_type_string},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, license_id), -1, offsetof(schematic_billing_plan_credit_grant_response_data, license_id_is_null), &apic_type_string},
    {"plan", 4, 0, offsetof(schematic_billing_plan_credit_grant_response_data, plan), -1, -1, &schematic_preview_object_response_data_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, plan_id), -1, -1, &apic_type_string},
    {"plan_name", 9, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, plan_name), -1, -1, &apic_type_string},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, plan_version_id), -1, offsetof(schematic_billing_plan_credit_grant_response_data, plan_version_id_is_null), &apic_type_string},
    {"reset_cadence", 13, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, reset_cadence), offsetof(schematic_billing_plan_credit_grant_response_data, has_reset_cadence), offsetof(schematic_billing_plan_credit_grant_response_data, reset_cadence_is_null), &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reset_start", 11, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, reset_start), offsetof(schematic_billing_plan_credit_grant_response_data, has_reset_start), offsetof(schematic_billing_plan_credit_grant_response_data, reset_start_is_null), &schematic_billing_plan_credit_grant_reset_start_Type},
    {"reset_type", 10, APIC_F_NULLABLE, offsetof(schematic_billing_plan_credit_grant_response_data, reset_type), offsetof(schematic_billing_plan_credit_grant_response_data, has_reset_type), offsetof(schematic_billing_plan_credit_grant_response_data, reset_type_is_null), &schematic_billing_plan_credit_grant_reset_type_Type},
    {"rollover_percentage", 19, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, rollover_percentage), -1, -1, &apic_type_int64},
    {"scaling", 7, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, scaling), -1, -1, &schematic_plan_credit_grant_scaling_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_plan_credit_grant_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_plan_credit_grant_response_data_desc = {
    "BillingPlanCreditGrantResponseData", sizeof(schematic_billing_plan_credit_grant_response_data), schematic_billing_plan_credit_grant_response_data_desc_Fields, 34,
    offsetof(schematic_billing_plan_credit_grant_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_plan_credit_grant_response_data_free(schematic_billing_plan_credit_grant_response_data *obj)
{
    apic_struct_free(&schematic_billing_plan_credit_grant_response_data_desc, obj);
}

int schematic_billing_plan_credit_grant_response_data_from_json(const char *json, size_t len, schematic_billing_plan_credit_grant_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_plan_credit_grant_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_plan_credit_grant_response_data *)value;
    return rc;
}

int schematic_billing_plan_credit_grant_response_data_to_json(const schematic_billing_plan_credit_grant_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_plan_credit_grant_response_data_Type, obj, out, err);
}

/* PreviewObjectResponseData */
static const apic_field schematic_preview_object_response_data_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_preview_object_response_data, description), -1, offsetof(schematic_preview_object_response_data, description_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_preview_object_response_data, id), -1, -1, &apic_type_string},
    {"image_url", 9, APIC_F_NULLABLE, offsetof(schematic_preview_object_response_data, image_url), -1, offsetof(schematic_preview_object_response_data, image_url_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_preview_object_response_data, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_preview_object_response_data_desc = {
    "PreviewObjectResponseData", sizeof(schematic_preview_object_response_data), schematic_preview_object_response_data_desc_Fields, 4,
    offsetof(schematic_preview_object_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_preview_object_response_data_free(schematic_preview_object_response_data *obj)
{
    apic_struct_free(&schematic_preview_object_response_data_desc, obj);
}

int schematic_preview_object_response_data_from_json(const char *json, size_t len, schematic_preview_object_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preview_object_response_data_Type, json, len, &value, err);
    *out = (schematic_preview_object_response_data *)value;
    return rc;
}

int schematic_preview_object_response_data_to_json(const schematic_preview_object_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preview_object_response_data_Type, obj, out, err);
}

/* BillingProductDetailResponseData */
static const apic_field schematic_billing_product_detail_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_billing_product_detail_response_data, currency), -1, offsetof(schematic_billing_product_detail_response_data, currency_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, external_id), -1, -1, &apic_type_string},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, is_active), -1, -1, &apic_type_bool},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, name), -1, -1, &apic_type_string},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, price), -1, -1, &apic_type_double},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_billing_product_detail_response_data, price_decimal), -1, offsetof(schematic_billing_product_detail_response_data, price_decimal_is_null), &apic_type_string},
    {"prices", 6, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, prices), -1, -1, &schematic_billing_price_response_data_array_Type},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, product_id), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, quantity), -1, -1, &apic_type_double},
    {"subscription_count", 18, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, subscription_count), -1, -1, &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_product_detail_response_data_desc = {
    "BillingProductDetailResponseData", sizeof(schematic_billing_product_detail_response_data), schematic_billing_product_detail_response_data_desc_Fields, 15,
    offsetof(schematic_billing_product_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_detail_response_data_free(schematic_billing_product_detail_response_data *obj)
{
    apic_struct_free(&schematic_billing_product_detail_response_data_desc, obj);
}

int schematic_billing_product_detail_response_data_from_json(const char *json, size_t len, schematic_billing_product_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_product_detail_response_data *)value;
    return rc;
}

int schematic_billing_product_detail_response_data_to_json(const schematic_billing_product_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_detail_response_data_Type, obj, out, err);
}

/* BillingProductForSubscriptionResponseData */
static const apic_field schematic_billing_product_for_subscription_response_data_desc_Fields[] = {
    {"billing_scheme", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, billing_scheme), -1, -1, &schematic_billing_price_scheme_Type},
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_billing_product_for_subscription_response_data, billing_threshold), offsetof(schematic_billing_product_for_subscription_response_data, has_billing_threshold), offsetof(schematic_billing_product_for_subscription_response_data, billing_threshold_is_null), &apic_type_int64},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, currency), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, external_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, interval), -1, -1, &apic_type_string},
    {"interval_count", 14, APIC_F_NULLABLE, offsetof(schematic_billing_product_for_subscription_response_data, interval_count), offsetof(schematic_billing_product_for_subscription_response_data, has_interval_count), offsetof(schematic_billing_product_for_subscription_response_data, interval_count_is_null), &apic_type_int64},
    {"meter_id", 8, APIC_F_NULLABLE, offsetof(schematic_billing_product_for_subscription_response_data, meter_id), -1, offsetof(schematic_billing_product_for_subscription_response_data, meter_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, name), -1, -1, &apic_type_string},
    {"package_size", 12, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, package_size), -1, -1, &apic_type_int64},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, price), -1, -1, &apic_type_int64},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_billing_product_for_subscription_response_data, price_decimal), -1, offsetof(schematic_billing_product_for_subscription_response_data, price_decimal_is_null), &apic_type_string},
    {"price_external_id", 17, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, price_external_id), -1, -1, &apic_type_string},
    {"price_id", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, price_id), -1, -1, &apic_type_string},
    {"price_tier", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, price_tier), -1, -1, &schematic_billing_product_price_tier_response_data_array_Type},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, quantity), -1, -1, &apic_type_double},
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, subscription_id), -1, -1, &apic_type_string},
    {"subscription_item_external_id", 29, APIC_F_NULLABLE, offsetof(schematic_billing_product_for_subscription_response_data, subscription_item_external_id), -1, offsetof(schematic_billing_product_for_subscription_response_data, subscription_item_external_id_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_type", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_for_subscription_response_data, usage_type), -1, -1, &schematic_billing_price_usage_type_Type},
};
const apic_struct_desc schematic_billing_product_for_subscription_response_data_desc = {
    "BillingProductForSubscriptionResponseData", sizeof(schematic_billing_product_for_subscription_response_data), schematic_billing_product_for_subscription_response_data_desc_Fields, 23,
    offsetof(schematic_billing_product_for_subscription_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_for_subscription_response_data_free(schematic_billing_product_for_subscription_response_data *obj)
{
    apic_struct_free(&schematic_billing_product_for_subscription_response_data_desc, obj);
}

int schematic_billing_product_for_subscription_response_data_from_json(const char *json, size_t len, schematic_billing_product_for_subscription_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_for_subscription_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_product_for_subscription_response_data *)value;
    return rc;
}

int schematic_billing_product_for_subscription_response_data_to_json(const schematic_billing_product_for_subscription_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_for_subscription_response_data_Type, obj, out, err);
}

/* BillingProductPlanResponseData */
static const apic_field schematic_billing_product_plan_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, account_id), -1, -1, &apic_type_string},
    {"billing_product_id", 18, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, billing_product_id), -1, -1, &apic_type_string},
    {"billing_strategy", 16, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, billing_strategy), -1, -1, &schematic_billing_strategy_Type},
    {"charge_type", 11, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, charge_type), -1, -1, &schematic_charge_type_Type},
    {"controlled_by", 13, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, controlled_by), -1, -1, &schematic_billing_provider_type_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, environment_id), -1, -1, &apic_type_string},
    {"is_trialable", 12, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, is_trialable), -1, -1, &apic_type_bool},
    {"monthly_price_id", 16, APIC_F_NULLABLE, offsetof(schematic_billing_product_plan_response_data, monthly_price_id), -1, offsetof(schematic_billing_product_plan_response_data, monthly_price_id_is_null), &apic_type_string},
    {"one_time_price_id", 17, APIC_F_NULLABLE, offsetof(schematic_billing_product_plan_response_data, one_time_price_id), -1, offsetof(schematic_billing_product_plan_response_data, one_time_price_id_is_null), &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_billing_product_plan_response_data, plan_id), -1, -1, &apic_type_string},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_billing_product_plan_response_data, trial_days), offsetof(schematic_billing_product_plan_response_data, has_trial_days), offsetof(schematic_billing_product_plan_response_data, trial_days_is_null), &apic_type_int64},
    {"yearly_price_id", 15, APIC_F_NULLABLE, offsetof(schematic_billing_product_plan_response_data, yearly_price_id), -1, offsetof(schematic_billing_product_plan_response_data, yearly_price_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_billing_product_plan_response_data_desc = {
    "BillingProductPlanResponseData", sizeof(schematic_billing_product_plan_response_data), schematic_billing_product_plan_response_data_desc_Fields, 12,
    offsetof(schematic_billing_product_plan_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_plan_response_data_free(schematic_billing_product_plan_response_data *obj)
{
    apic_struct_free(&schematic_billing_product_plan_response_data_desc, obj);
}

int schematic_billing_product_plan_response_data_from_json(const char *json, size_t len, schematic_billing_product_plan_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_plan_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_product_plan_response_data *)value;
    return rc;
}

int schematic_billing_product_plan_response_data_to_json(const schematic_billing_product_plan_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_plan_response_data_Type, obj, out, err);
}

/* BillingProductPricing */
static const apic_field schematic_billing_product_pricing_desc_Fields[] = {
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_billing_product_pricing, billing_threshold), offsetof(schematic_billing_product_pricing, has_billing_threshold), offsetof(schematic_billing_product_pricing, billing_threshold_is_null), &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_pricing, currency), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_pricing, interval), -1, -1, &apic_type_string},
    {"meter_id", 8, APIC_F_NULLABLE, offsetof(schematic_billing_product_pricing, meter_id), -1, offsetof(schematic_billing_product_pricing, meter_id_is_null), &apic_type_string},
    {"package_size", 12, APIC_F_NULLABLE, offsetof(schematic_billing_product_pricing, package_size), offsetof(schematic_billing_product_pricing, has_package_size), offsetof(schematic_billing_product_pricing, package_size_is_null), &apic_type_int64},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_billing_product_pricing, price), -1, -1, &apic_type_int64},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_billing_product_pricing, price_decimal), -1, offsetof(schematic_billing_product_pricing, price_decimal_is_null), &apic_type_string},
    {"price_external_id", 17, APIC_F_REQUIRED, offsetof(schematic_billing_product_pricing, price_external_id), -1, -1, &apic_type_string},
    {"product_external_id", 19, APIC_F_REQUIRED, offsetof(schematic_billing_product_pricing, product_external_id), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_billing_product_pricing, quantity), -1, -1, &apic_type_int64},
    {"subscription_item_external_id", 29, APIC_F_NULLABLE, offsetof(schematic_billing_product_pricing, subscription_item_external_id), -1, offsetof(schematic_billing_product_pricing, subscription_item_external_id_is_null), &apic_type_string},
    {"usage_type", 10, APIC_F_REQUIRED, offsetof(schematic_billing_product_pricing, usage_type), -1, -1, &schematic_billing_price_usage_type_Type},
};
const apic_struct_desc schematic_billing_product_pricing_desc = {
    "BillingProductPricing", sizeof(schematic_billing_product_pricing), schematic_billing_product_pricing_desc_Fields, 12,
    offsetof(schematic_billing_product_pricing, unknown_fields),
    -1,
    NULL
};

void schematic_billing_product_pricing_free(schematic_billing_product_pricing *obj)
{
    apic_struct_free(&schematic_billing_product_pricing_desc, obj);
}

int schematic_billing_product_pricing_from_json(const char *json, size_t len, schematic_billing_product_pricing **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_product_pricing_Type, json, len, &value, err);
    *out = (schematic_billing_product_pricing *)value;
    return rc;
}

int schematic_billing_product_pricing_to_json(const schematic_billing_product_pricing *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_product_pricing_Type, obj, out, err);
}

/* BillingSubscriptionDiscount */
static const apic_field schematic_billing_subscription_discount_desc_Fields[] = {
    {"coupon_external_id", 18, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount, coupon_external_id), -1, -1, &apic_type_string},
    {"customer_facing_code", 20, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount, customer_facing_code), -1, offsetof(schematic_billing_subscription_discount, customer_facing_code_is_null), &apic_type_string},
    {"ended_at", 8, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount, ended_at), -1, offsetof(schematic_billing_subscription_discount, ended_at_is_null), &schematic_string_date_time_Type},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount, external_id), -1, -1, &apic_type_string},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount, is_active), -1, -1, &apic_type_bool},
    {"promo_code_external_id", 22, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount, promo_code_external_id), -1, offsetof(schematic_billing_subscription_discount, promo_code_external_id_is_null), &apic_type_string},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount, started_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_billing_subscription_discount_desc = {
    "BillingSubscriptionDiscount", sizeof(schematic_billing_subscription_discount), schematic_billing_subscription_discount_desc_Fields, 7,
    offsetof(schematic_billing_subscription_discount, unknown_fields),
    -1,
    NULL
};

void schematic_billing_subscription_discount_free(schematic_billing_subscription_discount *obj)
{
    apic_struct_free(&schematic_billing_subscription_discount_desc, obj);
}

int schematic_billing_subscription_discount_from_json(const char *json, size_t len, schematic_billing_subscription_discount **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_subscription_discount_Type, json, len, &value, err);
    *out = (schematic_billing_subscription_discount *)value;
    return rc;
}

int schematic_billing_subscription_discount_to_json(const schematic_billing_subscription_discount *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_subscription_discount_Type, obj, out, err);
}

/* BillingSubscriptionDiscountView */
static const apic_field schematic_billing_subscription_discount_view_desc_Fields[] = {
    {"amount_off", 10, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount_view, amount_off), offsetof(schematic_billing_subscription_discount_view, has_amount_off), offsetof(schematic_billing_subscription_discount_view, amount_off_is_null), &apic_type_int64},
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount_view, coupon_id), -1, -1, &apic_type_string},
    {"coupon_name", 11, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount_view, coupon_name), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount_view, currency), -1, offsetof(schematic_billing_subscription_discount_view, currency_is_null), &apic_type_string},
    {"customer_facing_code", 20, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount_view, customer_facing_code), -1, offsetof(schematic_billing_subscription_discount_view, customer_facing_code_is_null), &apic_type_string},
    {"discount_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount_view, discount_external_id), -1, -1, &apic_type_string},
    {"duration", 8, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount_view, duration), -1, -1, &apic_type_string},
    {"duration_in_months", 18, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount_view, duration_in_months), offsetof(schematic_billing_subscription_discount_view, has_duration_in_months), offsetof(schematic_billing_subscription_discount_view, duration_in_months_is_null), &apic_type_int64},
    {"ended_at", 8, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount_view, ended_at), -1, offsetof(schematic_billing_subscription_discount_view, ended_at_is_null), &schematic_string_date_time_Type},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount_view, is_active), -1, -1, &apic_type_bool},
    {"percent_off", 11, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount_view, percent_off), offsetof(schematic_billing_subscription_discount_view, has_percent_off), offsetof(schematic_billing_subscription_discount_view, percent_off_is_null), &apic_type_double},
    {"promo_code_external_id", 22, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_discount_view, promo_code_external_id), -1, offsetof(schematic_billing_subscription_discount_view, promo_code_external_id_is_null), &apic_type_string},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount_view, started_at), -1, -1, &schematic_string_date_time_Type},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_discount_view, subscription_external_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_billing_subscription_discount_view_desc = {
    "BillingSubscriptionDiscountView", sizeof(schematic_billing_subscription_discount_view), schematic_billing_subscription_discount_view_desc_Fields, 14,
    offsetof(schematic_billing_subscription_discount_view, unknown_fields),
    -1,
    NULL
};

void schematic_billing_subscription_discount_view_free(schematic_billing_subscription_discount_view *obj)
{
    apic_struct_free(&schematic_billing_subscription_discount_view_desc, obj);
}

int schematic_billing_subscription_discount_view_from_json(const char *json, size_t len, schematic_billing_subscription_discount_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_subscription_discount_view_Type, json, len, &value, err);
    *out = (schematic_billing_subscription_discount_view *)value;
    return rc;
}

int schematic_billing_subscription_discount_view_to_json(const schematic_billing_subscription_discount_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_subscription_discount_view_Type, obj, out, err);
}

/* BillingSubscriptionResponseData */
static const apic_field schematic_billing_subscription_response_data_desc_Fields[] = {
    {"application_id", 14, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_response_data, application_id), -1, offsetof(schematic_billing_subscription_response_data, application_id_is_null), &apic_type_string},
    {"cancel_at", 9, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_response_data, cancel_at), offsetof(schematic_billing_subscription_response_data, has_cancel_at), offsetof(schematic_billing_subscription_response_data, cancel_at_is_null), &apic_type_int64},
    {"cancel_at_period_end", 20, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, cancel_at_period_end), -1, -1, &apic_type_bool},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_response_data, company_id), -1, offsetof(schematic_billing_subscription_response_data, company_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, customer_external_id), -1, -1, &apic_type_string},
    {"default_payment_method_id", 25, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_response_data, default_payment_method_id), -1, offsetof(schematic_billing_subscription_response_data, default_payment_method_id_is_null), &apic_type_string},
    {"expired_at", 10, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_response_data, expired_at), -1, offsetof(schematic_billing_subscription_response_data, expired_at_is_null), &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, interval), -1, -1, &apic_type_string},
    {"metadata", 8, 0, offsetof(schematic_billing_subscription_response_data, metadata), offsetof(schematic_billing_subscription_response_data, has_metadata), -1, &apic_type_json_map},
    {"period_end", 10, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, period_end), -1, -1, &apic_type_int64},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, period_start), -1, -1, &apic_type_int64},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, status), -1, -1, &apic_type_string},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, subscription_external_id), -1, -1, &apic_type_string},
    {"total_price", 11, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_response_data, total_price), -1, -1, &apic_type_int64},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_response_data, trial_end), offsetof(schematic_billing_subscription_response_data, has_trial_end), offsetof(schematic_billing_subscription_response_data, trial_end_is_null), &apic_type_int64},
    {"trial_end_setting", 17, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_response_data, trial_end_setting), offsetof(schematic_billing_subscription_response_data, has_trial_end_setting), offsetof(schematic_billing_subscription_response_data, trial_end_setting_is_null), &schematic_billing_subscription_trial_end_setting_Type},
};
const apic_struct_desc schematic_billing_subscription_response_data_desc = {
    "BillingSubscriptionResponseData", sizeof(schematic_billing_subscription_response_data), schematic_billing_subscription_response_data_desc_Fields, 20,
    offsetof(schematic_billing_subscription_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_billing_subscription_response_data_free(schematic_billing_subscription_response_data *obj)
{
    apic_struct_free(&schematic_billing_subscription_response_data_desc, obj);
}

int schematic_billing_subscription_response_data_from_json(const char *json, size_t len, schematic_billing_subscription_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_subscription_response_data_Type, json, len, &value, err);
    *out = (schematic_billing_subscription_response_data *)value;
    return rc;
}

int schematic_billing_subscription_response_data_to_json(const schematic_billing_subscription_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_subscription_response_data_Type, obj, out, err);
}

/* BillingSubscriptionView */
static const apic_field schematic_billing_subscription_view_desc_Fields[] = {
    {"application_id", 14, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_view, application_id), -1, offsetof(schematic_billing_subscription_view, application_id_is_null), &apic_type_string},
    {"cancel_at", 9, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_view, cancel_at), offsetof(schematic_billing_subscription_view, has_cancel_at), offsetof(schematic_billing_subscription_view, cancel_at_is_null), &apic_type_int64},
    {"cancel_at_period_end", 20, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, cancel_at_period_end), -1, -1, &apic_type_bool},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_view, company_id), -1, offsetof(schematic_billing_subscription_view, company_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, customer_external_id), -1, -1, &apic_type_string},
    {"default_payment_method_id", 25, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_view, default_payment_method_id), -1, offsetof(schematic_billing_subscription_view, default_payment_method_id_is_null), &apic_type_string},
    {"discounts", 9, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, discounts), -1, -1, &schematic_billing_subscription_discount_view_array_Type},
    {"expired_at", 10, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_view, expired_at), -1, offsetof(schematic_billing_subscription_view, expired_at_is_null), &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, interval), -1, -1, &apic_type_string},
    {"latest_invoice", 14, 0, offsetof(schematic_billing_subscription_view, latest_invoice), -1, -1, &schematic_invoice_response_data_Type},
    {"metadata", 8, 0, offsetof(schematic_billing_subscription_view, metadata), offsetof(schematic_billing_subscription_view, has_metadata), -1, &apic_type_json_map},
    {"payment_method", 14, 0, offsetof(schematic_billing_subscription_view, payment_method), -1, -1, &schematic_payment_method_response_data_Type},
    {"period_end", 10, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, period_end), -1, -1, &apic_type_int64},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, period_start), -1, -1, &apic_type_int64},
    {"products", 8, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, products), -1, -1, &schematic_billing_product_for_subscription_response_data_array_Type},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, status), -1, -1, &apic_type_string},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, subscription_external_id), -1, -1, &apic_type_string},
    {"total_price", 11, APIC_F_REQUIRED, offsetof(schematic_billing_subscription_view, total_price), -1, -1, &apic_type_int64},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_view, trial_end), offsetof(schematic_billing_subscription_view, has_trial_end), offsetof(schematic_billing_subscription_view, trial_end_is_null), &apic_type_int64},
    {"trial_end_setting", 17, APIC_F_NULLABLE, offsetof(schematic_billing_subscription_view, trial_end_setting), offsetof(schematic_billing_subscription_view, has_trial_end_setting), offsetof(schematic_billing_subscription_view, trial_end_setting_is_null), &schematic_billing_subscription_trial_end_setting_Type},
};
const apic_struct_desc schematic_billing_subscription_view_desc = {
    "BillingSubscriptionView", sizeof(schematic_billing_subscription_view), schematic_billing_subscription_view_desc_Fields, 24,
    offsetof(schematic_billing_subscription_view, unknown_fields),
    -1,
    NULL
};

void schematic_billing_subscription_view_free(schematic_billing_subscription_view *obj)
{
    apic_struct_free(&schematic_billing_subscription_view_desc, obj);
}

int schematic_billing_subscription_view_from_json(const char *json, size_t len, schematic_billing_subscription_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_subscription_view_Type, json, len, &value, err);
    *out = (schematic_billing_subscription_view *)value;
    return rc;
}

int schematic_billing_subscription_view_to_json(const schematic_billing_subscription_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_subscription_view_Type, obj, out, err);
}

/* InvoiceResponseData */
static const apic_field schematic_invoice_response_data_desc_Fields[] = {
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, amount_due), -1, -1, &apic_type_int64},
    {"amount_paid", 11, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, amount_paid), -1, -1, &apic_type_int64},
    {"amount_remaining", 16, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, amount_remaining), -1, -1, &apic_type_int64},
    {"collection_method", 17, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, collection_method), -1, -1, &apic_type_string},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_invoice_response_data, company_id), -1, offsetof(schematic_invoice_response_data, company_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, customer_external_id), -1, -1, &apic_type_string},
    {"due_date", 8, APIC_F_NULLABLE, offsetof(schematic_invoice_response_data, due_date), -1, offsetof(schematic_invoice_response_data, due_date_is_null), &schematic_string_date_time_Type},
    {"ending_balance", 14, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, ending_balance), -1, -1, &apic_type_int64},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_NULLABLE, offsetof(schematic_invoice_response_data, external_id), -1, offsetof(schematic_invoice_response_data, external_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, id), -1, -1, &apic_type_string},
    {"payment_method_external_id", 26, APIC_F_NULLABLE, offsetof(schematic_invoice_response_data, payment_method_external_id), -1, offsetof(schematic_invoice_response_data, payment_method_external_id_is_null), &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"starting_balance", 16, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, starting_balance), -1, -1, &apic_type_int64},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_invoice_response_data, status), offsetof(schematic_invoice_response_data, has_status), offsetof(schematic_invoice_response_data, status_is_null), &schematic_invoice_status_Type},
    {"subscription_external_id", 24, APIC_F_NULLABLE, offsetof(schematic_invoice_response_data, subscription_external_id), -1, offsetof(schematic_invoice_response_data, subscription_external_id_is_null), &apic_type_string},
    {"subtotal", 8, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, subtotal), -1, -1, &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_invoice_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"url", 3, APIC_F_NULLABLE, offsetof(schematic_invoice_response_data, url), -1, offsetof(schematic_invoice_response_data, url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_invoice_response_data_desc = {
    "InvoiceResponseData", sizeof(schematic_invoice_response_data), schematic_invoice_response_data_desc_Fields, 21,
    offsetof(schematic_invoice_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_invoice_response_data_free(schematic_invoice_response_data *obj)
{
    apic_struct_free(&schematic_invoice_response_data_desc, obj);
}

int schematic_invoice_response_data_from_json(const char *json, size_t len, schematic_invoice_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_invoice_response_data_Type, json, len, &value, err);
    *out = (schematic_invoice_response_data *)value;
    return rc;
}

int schematic_invoice_response_data_to_json(const schematic_invoice_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_invoice_response_data_Type, obj, out, err);
}

/* PaymentMethodResponseData */
static const apic_field schematic_payment_method_response_data_desc_Fields[] = {
    {"account_last4", 13, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, account_last4), -1, offsetof(schematic_payment_method_response_data, account_last4_is_null), &apic_type_string},
    {"account_name", 12, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, account_name), -1, offsetof(schematic_payment_method_response_data, account_name_is_null), &apic_type_string},
    {"bank_name", 9, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, bank_name), -1, offsetof(schematic_payment_method_response_data, bank_name_is_null), &apic_type_string},
    {"billing_email", 13, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, billing_email), -1, offsetof(schematic_payment_method_response_data, billing_email_is_null), &apic_type_string},
    {"billing_name", 12, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, billing_name), -1, offsetof(schematic_payment_method_response_data, billing_name_is_null), &apic_type_string},
    {"card_brand", 10, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, card_brand), -1, offsetof(schematic_payment_method_response_data, card_brand_is_null), &apic_type_string},
    {"card_exp_month", 14, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, card_exp_month), offsetof(schematic_payment_method_response_data, has_card_exp_month), offsetof(schematic_payment_method_response_data, card_exp_month_is_null), &apic_type_int64},
    {"card_exp_year", 13, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, card_exp_year), offsetof(schematic_payment_method_response_data, has_card_exp_year), offsetof(schematic_payment_method_response_data, card_exp_year_is_null), &apic_type_int64},
    {"card_last4", 10, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, card_last4), -1, offsetof(schematic_payment_method_response_data, card_last4_is_null), &apic_type_string},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_payment_method_response_data, company_id), -1, offsetof(schematic_payment_method_response_data, company_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, customer_external_id), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, external_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, id), -1, -1, &apic_type_string},
    {"payment_method_type", 19, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, payment_method_type), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_payment_method_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_payment_method_response_data_desc = {
    "PaymentMethodResponseData", sizeof(schematic_payment_method_response_data), schematic_payment_method_response_data_desc_Fields, 18,
    offsetof(schematic_payment_method_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_payment_method_response_data_free(schematic_payment_method_response_data *obj)
{
    apic_struct_free(&schematic_payment_method_response_data_desc, obj);
}

int schematic_payment_method_response_data_from_json(const char *json, size_t len, schematic_payment_method_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_payment_method_response_data_Type, json, len, &value, err);
    *out = (schematic_payment_method_response_data *)value;
    return rc;
}

int schematic_payment_method_response_data_to_json(const schematic_payment_method_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_payment_method_response_data_Type, obj, out, err);
}

/* BindCatalogRequestBody */
static const apic_field schematic_bind_catalog_request_body_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_NULLABLE, offsetof(schematic_bind_catalog_request_body, catalog_id), -1, offsetof(schematic_bind_catalog_request_body, catalog_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_bind_catalog_request_body_desc = {
    "BindCatalogRequestBody", sizeof(schematic_bind_catalog_request_body), schematic_bind_catalog_request_body_desc_Fields, 1,
    offsetof(schematic_bind_catalog_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_bind_catalog_request_body_free(schematic_bind_catalog_request_body *obj)
{
    apic_struct_free(&schematic_bind_catalog_request_body_desc, obj);
}

int schematic_bind_catalog_request_body_from_json(const char *json, size_t len, schematic_bind_catalog_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_bind_catalog_request_body_Type, json, len, &value, err);
    *out = (schematic_bind_catalog_request_body *)value;
    return rc;
}

int schematic_bind_catalog_request_body_to_json(const schematic_bind_catalog_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_bind_catalog_request_body_Type, obj, out, err);
}

/* CancelSubscriptionRequest */
static const apic_field schematic_cancel_subscription_request_desc_Fields[] = {
    {"cancel_immediately", 18, APIC_F_NULLABLE, offsetof(schematic_cancel_subscription_request, cancel_immediately), offsetof(schematic_cancel_subscription_request, has_cancel_immediately), offsetof(schematic_cancel_subscription_request, cancel_immediately_is_null), &apic_type_bool},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_cancel_subscription_request, company_id), -1, -1, &apic_type_string},
    {"prorate", 7, APIC_F_NULLABLE, offsetof(schematic_cancel_subscription_request, prorate), offsetof(schematic_cancel_subscription_request, has_prorate), offsetof(schematic_cancel_subscription_request, prorate_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_cancel_subscription_request_desc = {
    "CancelSubscriptionRequest", sizeof(schematic_cancel_subscription_request), schematic_cancel_subscription_request_desc_Fields, 3,
    offsetof(schematic_cancel_subscription_request, unknown_fields),
    -1,
    NULL
};

void schematic_cancel_subscription_request_free(schematic_cancel_subscription_request *obj)
{
    apic_struct_free(&schematic_cancel_subscription_request_desc, obj);
}

int schematic_cancel_subscription_request_from_json(const char *json, size_t len, schematic_cancel_subscription_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_cancel_subscription_request_Type, json, len, &value, err);
    *out = (schematic_cancel_subscription_request *)value;
    return rc;
}

int schematic_cancel_subscription_request_to_json(const schematic_cancel_subscription_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_cancel_subscription_request_Type, obj, out, err);
}

/* CaptureRawEvent */
static const apic_field schematic_capture_raw_event_desc_Fields[] = {
    {"captured_at", 11, APIC_F_REQUIRED, offsetof(schematic_capture_raw_event, captured_at), -1, -1, &schematic_string_date_time_Type},
    {"event_id", 8, APIC_F_NULLABLE, offsetof(schematic_capture_raw_event, event_id), -1, offsetof(schematic_capture_raw_event, event_id_is_null), &apic_type_string},
    {"raw_bytes", 9, APIC_F_REQUIRED, offsetof(schematic_capture_raw_event, raw_bytes), -1, -1, &apic_type_string},
    {"remote_ip", 9, APIC_F_REQUIRED, offsetof(schematic_capture_raw_event, remote_ip), -1, -1, &apic_type_string},
    {"user_agent", 10, APIC_F_REQUIRED, offsetof(schematic_capture_raw_event, user_agent), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_capture_raw_event_desc = {
    "CaptureRawEvent", sizeof(schematic_capture_raw_event), schematic_capture_raw_event_desc_Fields, 5,
    offsetof(schematic_capture_raw_event, unknown_fields),
    -1,
    NULL
};

void schematic_capture_raw_event_free(schematic_capture_raw_event *obj)
{
    apic_struct_free(&schematic_capture_raw_event_desc, obj);
}

int schematic_capture_raw_event_from_json(const char *json, size_t len, schematic_capture_raw_event **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_capture_raw_event_Type, json, len, &value, err);
    *out = (schematic_capture_raw_event *)value;
    return rc;
}

int schematic_capture_raw_event_to_json(const schematic_capture_raw_event *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_capture_raw_event_Type, obj, out, err);
}

/* CaptureRawEventBatch */
static const apic_field schematic_capture_raw_event_batch_desc_Fields[] = {
    {"events", 6, APIC_F_REQUIRED, offsetof(schematic_capture_raw_event_batch, events), -1, -1, &schematic_capture_raw_event_array_Type},
};
const apic_struct_desc schematic_capture_raw_event_batch_desc = {
    "CaptureRawEventBatch", sizeof(schematic_capture_raw_event_batch), schematic_capture_raw_event_batch_desc_Fields, 1,
    offsetof(schematic_capture_raw_event_batch, unknown_fields),
    -1,
    NULL
};

void schematic_capture_raw_event_batch_free(schematic_capture_raw_event_batch *obj)
{
    apic_struct_free(&schematic_capture_raw_event_batch_desc, obj);
}

int schematic_capture_raw_event_batch_from_json(const char *json, size_t len, schematic_capture_raw_event_batch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_capture_raw_event_batch_Type, json, len, &value, err);
    *out = (schematic_capture_raw_event_batch *)value;
    return rc;
}

int schematic_capture_raw_event_batch_to_json(const schematic_capture_raw_event_batch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_capture_raw_event_batch_Type, obj, out, err);
}

/* CatalogConfigOrderedBundle */
static const apic_field schematic_catalog_config_ordered_bundle_desc_Fields[] = {
    {"bundle_id", 9, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_bundle, bundle_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_catalog_config_ordered_bundle_desc = {
    "CatalogConfigOrderedBundle", sizeof(schematic_catalog_config_ordered_bundle), schematic_catalog_config_ordered_bundle_desc_Fields, 1,
    offsetof(schematic_catalog_config_ordered_bundle, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_config_ordered_bundle_free(schematic_catalog_config_ordered_bundle *obj)
{
    apic_struct_free(&schematic_catalog_config_ordered_bundle_desc, obj);
}

int schematic_catalog_config_ordered_bundle_from_json(const char *json, size_t len, schematic_catalog_config_ordered_bundle **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_config_ordered_bundle_Type, json, len, &value, err);
    *out = (schematic_catalog_config_ordered_bundle *)value;
    return rc;
}

int schematic_catalog_config_ordered_bundle_to_json(const schematic_catalog_config_ordered_bundle *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_config_ordered_bundle_Type, obj, out, err);
}

/* CatalogConfigOrderedBundleResponseData */
static const apic_field schematic_catalog_config_ordered_bundle_response_data_desc_Fields[] = {
    {"bundle_id", 9, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_bundle_response_data, bundle_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_catalog_config_ordered_bundle_response_data_desc = {
    "CatalogConfigOrderedBundleResponseData", sizeof(schematic_catalog_config_ordered_bundle_response_data), schematic_catalog_config_ordered_bundle_response_data_desc_Fields, 1,
    offsetof(schematic_catalog_config_ordered_bundle_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_config_ordered_bundle_response_data_free(schematic_catalog_config_ordered_bundle_response_data *obj)
{
    apic_struct_free(&schematic_catalog_config_ordered_bundle_response_data_desc, obj);
}

int schematic_catalog_config_ordered_bundle_response_data_from_json(const char *json, size_t len, schematic_catalog_config_ordered_bundle_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_config_ordered_bundle_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_config_ordered_bundle_response_data *)value;
    return rc;
}

int schematic_catalog_config_ordered_bundle_response_data_to_json(const schematic_catalog_config_ordered_bundle_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_config_ordered_bundle_response_data_Type, obj, out, err);
}

/* CatalogConfigOrderedEntitlement */
static const apic_field schematic_catalog_config_ordered_entitlement_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_entitlement, feature_id), -1, -1, &apic_type_string},
    {"visible", 7, APIC_F_NULLABLE, offsetof(schematic_catalog_config_ordered_entitlement, visible), offsetof(schematic_catalog_config_ordered_entitlement, has_visible), offsetof(schematic_catalog_config_ordered_entitlement, visible_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_catalog_config_ordered_entitlement_desc = {
    "CatalogConfigOrderedEntitlement", sizeof(schematic_catalog_config_ordered_entitlement), schematic_catalog_config_ordered_entitlement_desc_Fields, 2,
    offsetof(schematic_catalog_config_ordered_entitlement, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_config_ordered_entitlement_free(schematic_catalog_config_ordered_entitlement *obj)
{
    apic_struct_free(&schematic_catalog_config_ordered_entitlement_desc, obj);
}

int schematic_catalog_config_ordered_entitlement_from_json(const char *json, size_t len, schematic_catalog_config_ordered_entitlement **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_config_ordered_entitlement_Type, json, len, &value, err);
    *out = (schematic_catalog_config_ordered_entitlement *)value;
    return rc;
}

int schematic_catalog_config_ordered_entitlement_to_json(const schematic_catalog_config_ordered_entitlement *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_config_ordered_entitlement_Type, obj, out, err);
}

/* CatalogConfigOrderedEntitlementResponseData */
static const apic_field schematic_catalog_config_ordered_entitlement_response_data_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_entitlement_response_data, feature_id), -1, -1, &apic_type_string},
    {"visible", 7, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_entitlement_response_data, visible), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_catalog_config_ordered_entitlement_response_data_desc = {
    "CatalogConfigOrderedEntitlementResponseData", sizeof(schematic_catalog_config_ordered_entitlement_response_data), schematic_catalog_config_ordered_entitlement_response_data_desc_Fields, 2,
    offsetof(schematic_catalog_config_ordered_entitlement_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_config_ordered_entitlement_response_data_free(schematic_catalog_config_ordered_entitlement_response_data *obj)
{
    apic_struct_free(&schematic_catalog_config_ordered_entitlement_response_data_desc, obj);
}

int schematic_catalog_config_ordered_entitlement_response_data_from_json(const char *json, size_t len, schematic_catalog_config_ordered_entitlement_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_config_ordered_entitlement_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_config_ordered_entitlement_response_data *)value;
    return rc;
}

int schematic_catalog_config_ordered_entitlement_response_data_to_json(const schematic_catalog_config_ordered_entitlement_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_config_ordered_entitlement_response_data_Type, obj, out, err);
}

/* CatalogConfigOrderedPlan */
static const apic_field schematic_catalog_config_ordered_plan_desc_Fields[] = {
    {"entitlements", 12, APIC_F_NULLABLE, offsetof(schematic_catalog_config_ordered_plan, entitlements), offsetof(schematic_catalog_config_ordered_plan, has_entitlements), offsetof(schematic_catalog_config_ordered_plan, entitlements_is_null), &schematic_catalog_config_ordered_entitlement_array_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_plan, plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_catalog_config_ordered_plan_desc = {
    "CatalogConfigOrderedPlan", sizeof(schematic_catalog_config_ordered_plan), schematic_catalog_config_ordered_plan_desc_Fields, 2,
    offsetof(schematic_catalog_config_ordered_plan, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_config_ordered_plan_free(schematic_catalog_config_ordered_plan *obj)
{
    apic_struct_free(&schematic_catalog_config_ordered_plan_desc, obj);
}

int schematic_catalog_config_ordered_plan_from_json(const char *json, size_t len, schematic_catalog_config_ordered_plan **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_config_ordered_plan_Type, json, len, &value, err);
    *out = (schematic_catalog_config_ordered_plan *)value;
    return rc;
}

int schematic_catalog_config_ordered_plan_to_json(const schematic_catalog_config_ordered_plan *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_config_ordered_plan_Type, obj, out, err);
}

/* CatalogConfigOrderedPlanResponseData */
static const apic_field schematic_catalog_config_ordered_plan_response_data_desc_Fields[] = {
    {"entitlements", 12, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_plan_response_data, entitlements), -1, -1, &schematic_catalog_config_ordered_entitlement_response_data_array_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_catalog_config_ordered_plan_response_data, plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_catalog_config_ordered_plan_response_data_desc = {
    "CatalogConfigOrderedPlanResponseData", sizeof(schematic_catalog_config_ordered_plan_response_data), schematic_catalog_config_ordered_plan_response_data_desc_Fields, 2,
    offsetof(schematic_catalog_config_ordered_plan_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_config_ordered_plan_response_data_free(schematic_catalog_config_ordered_plan_response_data *obj)
{
    apic_struct_free(&schematic_catalog_config_ordered_plan_response_data_desc, obj);
}

int schematic_catalog_config_ordered_plan_response_data_from_json(const char *json, size_t len, schematic_catalog_config_ordered_plan_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_config_ordered_plan_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_config_ordered_plan_response_data *)value;
    return rc;
}

int schematic_catalog_config_ordered_plan_response_data_to_json(const schematic_catalog_config_ordered_plan_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_config_ordered_plan_response_data_Type, obj, out, err);
}

/* CatalogConfigurationResponseData */
static const apic_field schematic_catalog_configuration_response_data_desc_Fields[] = {
    {"add_ons", 7, APIC_F_REQUIRED, offsetof(schematic_catalog_configuration_response_data, add_ons), -1, -1, &schematic_plan_group_plan_detail_response_data_array_Type},
    {"custom_plan_cta_text", 20, APIC_F_NULLABLE, offsetof(schematic_catalog_configuration_response_data, custom_plan_cta_text), -1, offsetof(schematic_catalog_configuration_response_data, custom_plan_cta_text_is_null), &apic_type_string},
    {"custom_plan_cta_url", 19, APIC_F_NULLABLE, offsetof(schematic_catalog_configuration_response_data, custom_plan_cta_url), -1, offsetof(schematic_catalog_configuration_response_data, custom_plan_cta_url_is_null), &apic_type_string},
    {"custom_plan_price_text", 22, APIC_F_NULLABLE, offsetof(schematic_catalog_configuration_response_data, custom_plan_price_text), -1, offsetof(schematic_catalog_configuration_response_data, custom_plan_price_text_is_null), &apic_type_string},
    {"custom_plans_visible", 20, APIC_F_REQUIRED, offsetof(schematic_catalog_configuration_response_data, custom_plans_visible), -1, -1, &apic_type_bool},
    {"ordered_add_ons", 15, APIC_F_REQUIRED, offsetof(schematic_catalog_configuration_response_data, ordered_add_ons), -1, -1, &schematic_catalog_config_ordered_plan_response_data_array_Type},
    {"ordered_bundles", 15, APIC_F_REQUIRED, offsetof(schematic_catalog_configuration_response_data, ordered_bundles), -1, -1, &schematic_catalog_config_ordered_bundle_response_data_array_Type},
    {"ordered_plans", 13, APIC_F_REQUIRED, offsetof(schematic_catalog_configuration_response_data, ordered_plans), -1, -1, &schematic_catalog_config_ordered_plan_response_data_array_Type},
    {"plans", 5, APIC_F_REQUIRED, offsetof(schematic_catalog_configuration_response_data, plans), -1, -1, &schematic_plan_group_plan_detail_response_data_array_Type},
    {"pricing_model", 13, APIC_F_NULLABLE, offsetof(schematic_catalog_configuration_response_data, pricing_model), -1, offsetof(schematic_catalog_configuration_response_data, pricing_model_is_null), &apic_type_string},
    {"pricing_url", 11, APIC_F_NULLABLE, offsetof(schematic_catalog_configuration_response_data, pricing_url), -1, offsetof(schematic_catalog_configuration_response_data, pricing_url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_catalog_configuration_response_data_desc = {
    "CatalogConfigurationResponseData", sizeof(schematic_catalog_configuration_response_data), schematic_catalog_configuration_response_data_desc_Fields, 11,
    offsetof(schematic_catalog_configuration_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_configuration_response_data_free(schematic_catalog_configuration_response_data *obj)
{
    apic_struct_free(&schematic_catalog_configuration_response_data_desc, obj);
}

int schematic_catalog_configuration_response_data_from_json(const char *json, size_t len, schematic_catalog_configuration_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_configuration_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_configuration_response_data *)value;
    return rc;
}

int schematic_catalog_configuration_response_data_to_json(const schematic_catalog_configuration_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_configuration_response_data_Type, obj, out, err);
}

/* PlanGroupPlanDetailResponseData */
static const apic_field schematic_plan_group_plan_detail_response_data_desc_Fields[] = {
    {"active_version", 14, 0, offsetof(schematic_plan_group_plan_detail_response_data, active_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"audience_type", 13, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, audience_type), -1, offsetof(schematic_plan_group_plan_detail_response_data, audience_type_is_null), &apic_type_string},
    {"available_periods", 17, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, available_periods), -1, -1, &schematic_plan_price_cadence_array_Type},
    {"billing_linked_resource", 23, 0, offsetof(schematic_plan_group_plan_detail_response_data, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"billing_product", 15, 0, offsetof(schematic_plan_group_plan_detail_response_data, billing_product), -1, -1, &schematic_billing_product_detail_response_data_Type},
    {"billing_strategy", 16, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, billing_strategy), -1, -1, &schematic_billing_strategy_Type},
    {"catalogs", 8, 0, offsetof(schematic_plan_group_plan_detail_response_data, catalogs), offsetof(schematic_plan_group_plan_detail_response_data, has_catalogs), -1, &schematic_plan_catalog_membership_response_data_array_Type},
    {"charge_type", 11, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, charge_type), -1, -1, &schematic_charge_type_Type},
    {"company_count", 13, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, company_count), -1, -1, &apic_type_int64},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, company_id), -1, offsetof(schematic_plan_group_plan_detail_response_data, company_id_is_null), &apic_type_string},
    {"company_logo_url", 16, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, company_logo_url), -1, offsetof(schematic_plan_group_plan_detail_response_data, company_logo_url_is_null), &apic_type_string},
    {"company_name", 12, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, company_name), -1, offsetof(schematic_plan_group_plan_detail_response_data, company_name_is_null), &apic_type_string},
    {"compatible_plan_ids", 19, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, compatible_plan_ids), -1, -1, &schematic_string_array_Type},
    {"controlled_by", 13, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, controlled_by), -1, -1, &schematic_billing_provider_type_Type},
    {"copied_from_plan_id", 19, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, copied_from_plan_id), -1, offsetof(schematic_plan_group_plan_detail_response_data, copied_from_plan_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credits", 7, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, credits), -1, -1, &schematic_billing_credit_response_data_array_Type},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, currency_prices), -1, -1, &schematic_plan_currency_prices_response_data_array_Type},
    {"custom_plan_config", 18, 0, offsetof(schematic_plan_group_plan_detail_response_data, custom_plan_config), -1, -1, &schematic_custom_plan_view_config_response_data_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, description), -1, -1, &apic_type_string},
    {"draft_version", 13, 0, offsetof(schematic_plan_group_plan_detail_response_data, draft_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"entitlements", 12, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, entitlements), offsetof(schematic_plan_group_plan_detail_response_data, has_entitlements), offsetof(schematic_plan_group_plan_detail_response_data, entitlements_is_null), &schematic_plan_entitlement_response_data_array_Type},
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, features), -1, -1, &schematic_feature_in_plan_response_data_array_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, icon), -1, -1, &schematic_plan_icon_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, id), -1, -1, &apic_type_string},
    {"included_credit_grants", 22, 0, offsetof(schematic_plan_group_plan_detail_response_data, included_credit_grants), offsetof(schematic_plan_group_plan_detail_response_data, has_included_credit_grants), -1, &schematic_billing_plan_credit_grant_response_data_array_Type},
    {"is_custom", 9, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, is_custom), -1, -1, &apic_type_bool},
    {"is_default", 10, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, is_default), -1, -1, &apic_type_bool},
    {"is_free", 7, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, is_free), offsetof(schematic_plan_group_plan_detail_response_data, has_is_free), offsetof(schematic_plan_group_plan_detail_response_data, is_free_is_null), &apic_type_bool},
    {"is_trialable", 12, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, is_trialable), -1, -1, &apic_type_bool},
    {"monthly_price", 13, 0, offsetof(schematic_plan_group_plan_detail_response_data, monthly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, name), -1, -1, &apic_type_string},
    {"one_time_price", 14, 0, offsetof(schematic_plan_group_plan_detail_response_data, one_time_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, plan_type), -1, -1, &schematic_plan_type_Type},
    {"quarterly_price", 15, 0, offsetof(schematic_plan_group_plan_detail_response_data, quarterly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_detail_response_data, trial_days), offsetof(schematic_plan_group_plan_detail_response_data, has_trial_days), offsetof(schematic_plan_group_plan_detail_response_data, trial_days_is_null), &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"versions", 8, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_detail_response_data, versions), -1, -1, &schematic_plan_version_response_data_array_Type},
    {"yearly_price", 12, 0, offsetof(schematic_plan_group_plan_detail_response_data, yearly_price), -1, -1, &schematic_billing_price_response_data_Type},
};
const apic_struct_desc schematic_plan_group_plan_detail_response_data_desc = {
    "PlanGroupPlanDetailResponseData", sizeof(schematic_plan_group_plan_detail_response_data), schematic_plan_group_plan_detail_response_data_desc_Fields, 39,
    offsetof(schematic_plan_group_plan_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_group_plan_detail_response_data_free(schematic_plan_group_plan_detail_response_data *obj)
{
    apic_struct_free(&schematic_plan_group_plan_detail_response_data_desc, obj);
}

int schematic_plan_group_plan_detail_response_data_from_json(const char *json, size_t len, schematic_plan_group_plan_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_group_plan_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_group_plan_detail_response_data *)value;
    return rc;
}

int schematic_plan_group_plan_detail_response_data_to_json(const schematic_plan_group_plan_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_group_plan_detail_response_data_Type, obj, out, err);
}

/* PlanVersionResponseData */
static const apic_field schematic_plan_version_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, description), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, environment_id), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, icon), -1, -1, &schematic_plan_icon_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, name), -1, -1, &apic_type_string},
    {"original_plan_id", 16, APIC_F_NULLABLE, offsetof(schematic_plan_version_response_data, original_plan_id), -1, offsetof(schematic_plan_version_response_data, original_plan_id_is_null), &apic_type_string},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, plan_type), -1, -1, &schematic_plan_type_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, status), -1, -1, &schematic_plan_version_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"version", 7, APIC_F_REQUIRED, offsetof(schematic_plan_version_response_data, version), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_plan_version_response_data_desc = {
    "PlanVersionResponseData", sizeof(schematic_plan_version_response_data), schematic_plan_version_response_data_desc_Fields, 11,
    offsetof(schematic_plan_version_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_version_response_data_free(schematic_plan_version_response_data *obj)
{
    apic_struct_free(&schematic_plan_version_response_data_desc, obj);
}

int schematic_plan_version_response_data_from_json(const char *json, size_t len, schematic_plan_version_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_version_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_version_response_data *)value;
    return rc;
}

int schematic_plan_version_response_data_to_json(const schematic_plan_version_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_version_response_data_Type, obj, out, err);
}

/* PlanCatalogMembershipResponseData */
static const apic_field schematic_plan_catalog_membership_response_data_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_catalog_membership_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_catalog_membership_response_data, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plan_catalog_membership_response_data_desc = {
    "PlanCatalogMembershipResponseData", sizeof(schematic_plan_catalog_membership_response_data), schematic_plan_catalog_membership_response_data_desc_Fields, 2,
    offsetof(schematic_plan_catalog_membership_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_catalog_membership_response_data_free(schematic_plan_catalog_membership_response_data *obj)
{
    apic_struct_free(&schematic_plan_catalog_membership_response_data_desc, obj);
}

int schematic_plan_catalog_membership_response_data_from_json(const char *json, size_t len, schematic_plan_catalog_membership_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_catalog_membership_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_catalog_membership_response_data *)value;
    return rc;
}

int schematic_plan_catalog_membership_response_data_to_json(const schematic_plan_catalog_membership_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_catalog_membership_response_data_Type, obj, out, err);
}

/* PlanCurrencyPricesResponseData */
static const apic_field schematic_plan_currency_prices_response_data_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_plan_currency_prices_response_data, currency), -1, -1, &apic_type_string},
    {"monthly_price", 13, 0, offsetof(schematic_plan_currency_prices_response_data, monthly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"one_time_price", 14, 0, offsetof(schematic_plan_currency_prices_response_data, one_time_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"quarterly_price", 15, 0, offsetof(schematic_plan_currency_prices_response_data, quarterly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"yearly_price", 12, 0, offsetof(schematic_plan_currency_prices_response_data, yearly_price), -1, -1, &schematic_billing_price_response_data_Type},
};
const apic_struct_desc schematic_plan_currency_prices_response_data_desc = {
    "PlanCurrencyPricesResponseData", sizeof(schematic_plan_currency_prices_response_data), schematic_plan_currency_prices_response_data_desc_Fields, 5,
    offsetof(schematic_plan_currency_prices_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_currency_prices_response_data_free(schematic_plan_currency_prices_response_data *obj)
{
    apic_struct_free(&schematic_plan_currency_prices_response_data_desc, obj);
}

int schematic_plan_currency_prices_response_data_from_json(const char *json, size_t len, schematic_plan_currency_prices_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_currency_prices_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_currency_prices_response_data *)value;
    return rc;
}

int schematic_plan_currency_prices_response_data_to_json(const schematic_plan_currency_prices_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_currency_prices_response_data_Type, obj, out, err);
}

/* CustomPlanViewConfigResponseData */
static const apic_field schematic_custom_plan_view_config_response_data_desc_Fields[] = {
    {"cta_text", 8, APIC_F_REQUIRED, offsetof(schematic_custom_plan_view_config_response_data, cta_text), -1, -1, &apic_type_string},
    {"cta_web_site", 12, APIC_F_REQUIRED, offsetof(schematic_custom_plan_view_config_response_data, cta_web_site), -1, -1, &apic_type_string},
    {"price_text", 10, APIC_F_REQUIRED, offsetof(schematic_custom_plan_view_config_response_data, price_text), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_custom_plan_view_config_response_data_desc = {
    "CustomPlanViewConfigResponseData", sizeof(schematic_custom_plan_view_config_response_data), schematic_custom_plan_view_config_response_data_desc_Fields, 3,
    offsetof(schematic_custom_plan_view_config_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_custom_plan_view_config_response_data_free(schematic_custom_plan_view_config_response_data *obj)
{
    apic_struct_free(&schematic_custom_plan_view_config_response_data_desc, obj);
}

int schematic_custom_plan_view_config_response_data_from_json(const char *json, size_t len, schematic_custom_plan_view_config_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_custom_plan_view_config_response_data_Type, json, len, &value, err);
    *out = (schematic_custom_plan_view_config_response_data *)value;
    return rc;
}

int schematic_custom_plan_view_config_response_data_to_json(const schematic_custom_plan_view_config_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_custom_plan_view_config_response_data_Type, obj, out, err);
}

/* PlanEntitlementResponseData */
static const apic_field schematic_plan_entitlement_response_data_desc_Fields[] = {
    {"billing_linked_resource", 23, 0, offsetof(schematic_plan_entitlement_response_data, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, billing_threshold), offsetof(schematic_plan_entitlement_response_data, has_billing_threshold), offsetof(schematic_plan_entitlement_response_data, billing_threshold_is_null), &apic_type_int64},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, consumption_rate), offsetof(schematic_plan_entitlement_response_data, has_consumption_rate), offsetof(schematic_plan_entitlement_response_data, consumption_rate_is_null), &apic_type_double},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, currency_prices), -1, -1, &schematic_entitlement_currency_prices_response_data_array_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, environment_id), -1, -1, &apic_type_string},
    {"feature", 7, 0, offsetof(schematic_plan_entitlement_response_data, feature), -1, -1, &schematic_feature_response_data_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, feature_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, id), -1, -1, &apic_type_string},
    {"metered_monthly_price", 21, 0, offsetof(schematic_plan_entitlement_response_data, metered_monthly_price), -1, -1, &schematic_billing_price_view_Type},
    {"metered_quarterly_price", 23, 0, offsetof(schematic_plan_entitlement_response_data, metered_quarterly_price), -1, -1, &schematic_billing_price_view_Type},
    {"metered_yearly_price", 20, 0, offsetof(schematic_plan_entitlement_response_data, metered_yearly_price), -1, -1, &schematic_billing_price_view_Type},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, metric_period), offsetof(schematic_plan_entitlement_response_data, has_metric_period), offsetof(schematic_plan_entitlement_response_data, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, metric_period_month_reset), offsetof(schematic_plan_entitlement_response_data, has_metric_period_month_reset), offsetof(schematic_plan_entitlement_response_data, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"plan", 4, 0, offsetof(schematic_plan_entitlement_response_data, plan), -1, -1, &schematic_plan_response_data_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, plan_id), -1, -1, &apic_type_string},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, price_behavior), offsetof(schematic_plan_entitlement_response_data, has_price_behavior), offsetof(schematic_plan_entitlement_response_data, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, rule_id), -1, -1, &apic_type_string},
    {"rule_id_usage_exceeded", 22, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, rule_id_usage_exceeded), -1, offsetof(schematic_plan_entitlement_response_data, rule_id_usage_exceeded_is_null), &apic_type_string},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, soft_limit), offsetof(schematic_plan_entitlement_response_data, has_soft_limit), offsetof(schematic_plan_entitlement_response_data, soft_limit_is_null), &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_based_product", 19, 0, offsetof(schematic_plan_entitlement_response_data, usage_based_product), -1, -1, &schematic_billing_product_response_data_Type},
    {"usage_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, usage_quantity), offsetof(schematic_plan_entitlement_response_data, has_usage_quantity), offsetof(schematic_plan_entitlement_response_data, usage_quantity_is_null), &apic_type_int64},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, value_bool), offsetof(schematic_plan_entitlement_response_data, has_value_bool), offsetof(schematic_plan_entitlement_response_data, value_bool_is_null), &apic_type_bool},
    {"value_credit", 12, 0, offsetof(schematic_plan_entitlement_response_data, value_credit), -1, -1, &schematic_billing_credit_response_data_Type},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, value_numeric), offsetof(schematic_plan_entitlement_response_data, has_value_numeric), offsetof(schematic_plan_entitlement_response_data, value_numeric_is_null), &apic_type_int64},
    {"value_trait", 11, 0, offsetof(schematic_plan_entitlement_response_data, value_trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_plan_entitlement_response_data, value_trait_id), -1, offsetof(schematic_plan_entitlement_response_data, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, value_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"warning_tiers", 13, APIC_F_REQUIRED, offsetof(schematic_plan_entitlement_response_data, warning_tiers), -1, -1, &schematic_warning_tier_response_data_array_Type},
};
const apic_struct_desc schematic_plan_entitlement_response_data_desc = {
    "PlanEntitlementResponseData", sizeof(schematic_plan_entitlement_response_data), schematic_plan_entitlement_response_data_desc_Fields, 30,
    offsetof(schematic_plan_entitlement_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_entitlement_response_data_free(schematic_plan_entitlement_response_data *obj)
{
    apic_struct_free(&schematic_plan_entitlement_response_data_desc, obj);
}

int schematic_plan_entitlement_response_data_from_json(const char *json, size_t len, schematic_plan_entitlement_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_entitlement_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_entitlement_response_data *)value;
    return rc;
}

int schematic_plan_entitlement_response_data_to_json(const schematic_plan_entitlement_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_entitlement_response_data_Type, obj, out, err);
}

/* EntitlementCurrencyPricesResponseData */
static const apic_field schematic_entitlement_currency_prices_response_data_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_entitlement_currency_prices_response_data, currency), -1, -1, &apic_type_string},
    {"monthly_price", 13, 0, offsetof(schematic_entitlement_currency_prices_response_data, monthly_price), -1, -1, &schematic_billing_price_view_Type},
    {"quarterly_price", 15, 0, offsetof(schematic_entitlement_currency_prices_response_data, quarterly_price), -1, -1, &schematic_billing_price_view_Type},
    {"yearly_price", 12, 0, offsetof(schematic_entitlement_currency_prices_response_data, yearly_price), -1, -1, &schematic_billing_price_view_Type},
};
const apic_struct_desc schematic_entitlement_currency_prices_response_data_desc = {
    "EntitlementCurrencyPricesResponseData", sizeof(schematic_entitlement_currency_prices_response_data), schematic_entitlement_currency_prices_response_data_desc_Fields, 4,
    offsetof(schematic_entitlement_currency_prices_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_entitlement_currency_prices_response_data_free(schematic_entitlement_currency_prices_response_data *obj)
{
    apic_struct_free(&schematic_entitlement_currency_prices_response_data_desc, obj);
}

int schematic_entitlement_currency_prices_response_data_from_json(const char *json, size_t len, schematic_entitlement_currency_prices_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlement_currency_prices_response_data_Type, json, len, &value, err);
    *out = (schematic_entitlement_currency_prices_response_data *)value;
    return rc;
}

int schematic_entitlement_currency_prices_response_data_to_json(const schematic_entitlement_currency_prices_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlement_currency_prices_response_data_Type, obj, out, err);
}

/* FeatureResponseData */
static const apic_field schematic_feature_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_feature_response_data, description), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, event_subtype), -1, offsetof(schematic_feature_response_data, event_subtype_is_null), &apic_type_string},
    {"feature_type", 12, APIC_F_REQUIRED, offsetof(schematic_feature_response_data, feature_type), -1, -1, &schematic_feature_type_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_feature_response_data, icon), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_feature_response_data, id), -1, -1, &apic_type_string},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, license_id), -1, offsetof(schematic_feature_response_data, license_id_is_null), &apic_type_string},
    {"lifecycle_phase", 15, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, lifecycle_phase), offsetof(schematic_feature_response_data, has_lifecycle_phase), offsetof(schematic_feature_response_data, lifecycle_phase_is_null), &schematic_feature_lifecycle_phase_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, maintainer_account_member_id), -1, offsetof(schematic_feature_response_data, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_feature_response_data, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, plural_name), -1, offsetof(schematic_feature_response_data, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, singular_name), -1, offsetof(schematic_feature_response_data, singular_name_is_null), &apic_type_string},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, trait_id), -1, offsetof(schematic_feature_response_data, trait_id_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_limit_trait_id", 20, APIC_F_NULLABLE, offsetof(schematic_feature_response_data, usage_limit_trait_id), -1, offsetof(schematic_feature_response_data, usage_limit_trait_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_feature_response_data_desc = {
    "FeatureResponseData", sizeof(schematic_feature_response_data), schematic_feature_response_data_desc_Fields, 15,
    offsetof(schematic_feature_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_response_data_free(schematic_feature_response_data *obj)
{
    apic_struct_free(&schematic_feature_response_data_desc, obj);
}

int schematic_feature_response_data_from_json(const char *json, size_t len, schematic_feature_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_response_data *)value;
    return rc;
}

int schematic_feature_response_data_to_json(const schematic_feature_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_response_data_Type, obj, out, err);
}

/* PlanResponseData */
static const apic_field schematic_plan_response_data_desc_Fields[] = {
    {"audience_type", 13, APIC_F_NULLABLE, offsetof(schematic_plan_response_data, audience_type), -1, offsetof(schematic_plan_response_data, audience_type_is_null), &apic_type_string},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_plan_response_data, company_id), -1, offsetof(schematic_plan_response_data, company_id_is_null), &apic_type_string},
    {"copied_from_plan_id", 19, APIC_F_NULLABLE, offsetof(schematic_plan_response_data, copied_from_plan_id), -1, offsetof(schematic_plan_response_data, copied_from_plan_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_plan_response_data, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_plan_response_data, icon), -1, -1, &schematic_plan_icon_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_response_data, name), -1, -1, &apic_type_string},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_plan_response_data, plan_type), -1, -1, &schematic_plan_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_plan_response_data_desc = {
    "PlanResponseData", sizeof(schematic_plan_response_data), schematic_plan_response_data_desc_Fields, 10,
    offsetof(schematic_plan_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_response_data_free(schematic_plan_response_data *obj)
{
    apic_struct_free(&schematic_plan_response_data_desc, obj);
}

int schematic_plan_response_data_from_json(const char *json, size_t len, schematic_plan_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_response_data *)value;
    return rc;
}

int schematic_plan_response_data_to_json(const schematic_plan_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_response_data_Type, obj, out, err);
}

/* EntityTraitDefinitionResponseData */
static const apic_field schematic_entity_trait_definition_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"display_name", 12, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_response_data, display_name), -1, -1, &apic_type_string},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_response_data, entity_type), -1, -1, &schematic_entity_type_Type},
    {"hierarchy", 9, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_response_data, hierarchy), -1, -1, &schematic_string_array_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_response_data, id), -1, -1, &apic_type_string},
    {"trait_type", 10, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_response_data, trait_type), -1, -1, &schematic_trait_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_entity_trait_definition_response_data_desc = {
    "EntityTraitDefinitionResponseData", sizeof(schematic_entity_trait_definition_response_data), schematic_entity_trait_definition_response_data_desc_Fields, 7,
    offsetof(schematic_entity_trait_definition_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_entity_trait_definition_response_data_free(schematic_entity_trait_definition_response_data *obj)
{
    apic_struct_free(&schematic_entity_trait_definition_response_data_desc, obj);
}

int schematic_entity_trait_definition_response_data_from_json(const char *json, size_t len, schematic_entity_trait_definition_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_trait_definition_response_data_Type, json, len, &value, err);
    *out = (schematic_entity_trait_definition_response_data *)value;
    return rc;
}

int schematic_entity_trait_definition_response_data_to_json(const schematic_entity_trait_definition_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_trait_definition_response_data_Type, obj, out, err);
}

/* WarningTierResponseData */
static const apic_field schematic_warning_tier_response_data_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_warning_tier_response_data, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_warning_tier_response_data, key), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_warning_tier_response_data, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_warning_tier_response_data_desc = {
    "WarningTierResponseData", sizeof(schematic_warning_tier_response_data), schematic_warning_tier_response_data_desc_Fields, 3,
    offsetof(schematic_warning_tier_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_warning_tier_response_data_free(schematic_warning_tier_response_data *obj)
{
    apic_struct_free(&schematic_warning_tier_response_data_desc, obj);
}

int schematic_warning_tier_response_data_from_json(const char *json, size_t len, schematic_warning_tier_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_warning_tier_response_data_Type, json, len, &value, err);
    *out = (schematic_warning_tier_response_data *)value;
    return rc;
}

int schematic_warning_tier_response_data_to_json(const schematic_warning_tier_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_warning_tier_response_data_Type, obj, out, err);
}

/* FeatureInPlanResponseData */
static const apic_field schematic_feature_in_plan_response_data_desc_Fields[] = {
    {"billing_linked_resource", 23, 0, offsetof(schematic_feature_in_plan_response_data, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, description), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, event_subtype), -1, offsetof(schematic_feature_in_plan_response_data, event_subtype_is_null), &apic_type_string},
    {"event_summary", 13, 0, offsetof(schematic_feature_in_plan_response_data, event_summary), -1, -1, &schematic_event_summary_response_data_Type},
    {"feature_type", 12, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, feature_type), -1, -1, &schematic_feature_type_Type},
    {"flags", 5, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, flags), -1, -1, &schematic_flag_in_plan_response_data_array_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, icon), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, id), -1, -1, &apic_type_string},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, license_id), -1, offsetof(schematic_feature_in_plan_response_data, license_id_is_null), &apic_type_string},
    {"lifecycle_phase", 15, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, lifecycle_phase), offsetof(schematic_feature_in_plan_response_data, has_lifecycle_phase), offsetof(schematic_feature_in_plan_response_data, lifecycle_phase_is_null), &schematic_feature_lifecycle_phase_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, maintainer_account_member_id), -1, offsetof(schematic_feature_in_plan_response_data, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, name), -1, -1, &apic_type_string},
    {"plans", 5, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, plans), -1, -1, &schematic_preview_object_array_Type},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, plural_name), -1, offsetof(schematic_feature_in_plan_response_data, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, singular_name), -1, offsetof(schematic_feature_in_plan_response_data, singular_name_is_null), &apic_type_string},
    {"trait", 5, 0, offsetof(schematic_feature_in_plan_response_data, trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, trait_id), -1, offsetof(schematic_feature_in_plan_response_data, trait_id_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_in_plan_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_limit_trait_id", 20, APIC_F_NULLABLE, offsetof(schematic_feature_in_plan_response_data, usage_limit_trait_id), -1, offsetof(schematic_feature_in_plan_response_data, usage_limit_trait_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_feature_in_plan_response_data_desc = {
    "FeatureInPlanResponseData", sizeof(schematic_feature_in_plan_response_data), schematic_feature_in_plan_response_data_desc_Fields, 20,
    offsetof(schematic_feature_in_plan_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_in_plan_response_data_free(schematic_feature_in_plan_response_data *obj)
{
    apic_struct_free(&schematic_feature_in_plan_response_data_desc, obj);
}

int schematic_feature_in_plan_response_data_from_json(const char *json, size_t len, schematic_feature_in_plan_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_in_plan_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_in_plan_response_data *)value;
    return rc;
}

int schematic_feature_in_plan_response_data_to_json(const schematic_feature_in_plan_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_in_plan_response_data_Type, obj, out, err);
}

/* EventSummaryResponseData */
static const apic_field schematic_event_summary_response_data_desc_Fields[] = {
    {"company_count", 13, APIC_F_REQUIRED, offsetof(schematic_event_summary_response_data, company_count), -1, -1, &apic_type_int64},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_event_summary_response_data, environment_id), -1, -1, &apic_type_string},
    {"event_count", 11, APIC_F_REQUIRED, offsetof(schematic_event_summary_response_data, event_count), -1, -1, &apic_type_int64},
    {"event_subtype", 13, APIC_F_REQUIRED, offsetof(schematic_event_summary_response_data, event_subtype), -1, -1, &apic_type_string},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_event_summary_response_data, last_seen_at), -1, offsetof(schematic_event_summary_response_data, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"user_count", 10, APIC_F_REQUIRED, offsetof(schematic_event_summary_response_data, user_count), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_event_summary_response_data_desc = {
    "EventSummaryResponseData", sizeof(schematic_event_summary_response_data), schematic_event_summary_response_data_desc_Fields, 6,
    offsetof(schematic_event_summary_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_event_summary_response_data_free(schematic_event_summary_response_data *obj)
{
    apic_struct_free(&schematic_event_summary_response_data_desc, obj);
}

int schematic_event_summary_response_data_from_json(const char *json, size_t len, schematic_event_summary_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_summary_response_data_Type, json, len, &value, err);
    *out = (schematic_event_summary_response_data *)value;
    return rc;
}

int schematic_event_summary_response_data_to_json(const schematic_event_summary_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_summary_response_data_Type, obj, out, err);
}

/* FlagInPlanResponseData */
static const apic_field schematic_flag_in_plan_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"default_value", 13, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, default_value), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, description), -1, -1, &apic_type_string},
    {"feature", 7, 0, offsetof(schematic_flag_in_plan_response_data, feature), -1, -1, &schematic_feature_response_data_Type},
    {"feature_id", 10, APIC_F_NULLABLE, offsetof(schematic_flag_in_plan_response_data, feature_id), -1, offsetof(schematic_flag_in_plan_response_data, feature_id_is_null), &apic_type_string},
    {"flag_type", 9, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, flag_type), -1, -1, &schematic_flag_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, key), -1, -1, &apic_type_string},
    {"last_checked_at", 15, APIC_F_NULLABLE, offsetof(schematic_flag_in_plan_response_data, last_checked_at), -1, offsetof(schematic_flag_in_plan_response_data, last_checked_at_is_null), &schematic_string_date_time_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_flag_in_plan_response_data, maintainer_account_member_id), -1, offsetof(schematic_flag_in_plan_response_data, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, name), -1, -1, &apic_type_string},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, rules), -1, -1, &schematic_rule_detail_response_data_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_in_plan_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_flag_in_plan_response_data_desc = {
    "FlagInPlanResponseData", sizeof(schematic_flag_in_plan_response_data), schematic_flag_in_plan_response_data_desc_Fields, 13,
    offsetof(schematic_flag_in_plan_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_flag_in_plan_response_data_free(schematic_flag_in_plan_response_data *obj)
{
    apic_struct_free(&schematic_flag_in_plan_response_data_desc, obj);
}

int schematic_flag_in_plan_response_data_from_json(const char *json, size_t len, schematic_flag_in_plan_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_flag_in_plan_response_data_Type, json, len, &value, err);
    *out = (schematic_flag_in_plan_response_data *)value;
    return rc;
}

int schematic_flag_in_plan_response_data_to_json(const schematic_flag_in_plan_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_flag_in_plan_response_data_Type, obj, out, err);
}

/* RuleDetailResponseData */
static const apic_field schematic_rule_detail_response_data_desc_Fields[] = {
    {"condition_groups", 16, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, condition_groups), -1, -1, &schematic_rule_condition_group_detail_response_data_array_Type},
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, conditions), -1, -1, &schematic_rule_condition_detail_response_data_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule_detail_response_data, flag_id), -1, offsetof(schematic_rule_detail_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, name), -1, -1, &apic_type_string},
    {"priority", 8, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, priority), -1, -1, &apic_type_int64},
    {"rule_type", 9, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, rule_type), -1, -1, &schematic_rule_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rule_detail_response_data, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_rule_detail_response_data_desc = {
    "RuleDetailResponseData", sizeof(schematic_rule_detail_response_data), schematic_rule_detail_response_data_desc_Fields, 11,
    offsetof(schematic_rule_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_rule_detail_response_data_free(schematic_rule_detail_response_data *obj)
{
    apic_struct_free(&schematic_rule_detail_response_data_desc, obj);
}

int schematic_rule_detail_response_data_from_json(const char *json, size_t len, schematic_rule_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_rule_detail_response_data *)value;
    return rc;
}

int schematic_rule_detail_response_data_to_json(const schematic_rule_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_detail_response_data_Type, obj, out, err);
}

/* RuleConditionGroupDetailResponseData */
static const apic_field schematic_rule_condition_group_detail_response_data_desc_Fields[] = {
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_detail_response_data, conditions), -1, -1, &schematic_rule_condition_detail_response_data_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule_condition_group_detail_response_data, flag_id), -1, offsetof(schematic_rule_condition_group_detail_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_detail_response_data, id), -1, -1, &apic_type_string},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_detail_response_data, rule_id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_rule_condition_group_detail_response_data_desc = {
    "RuleConditionGroupDetailResponseData", sizeof(schematic_rule_condition_group_detail_response_data), schematic_rule_condition_group_detail_response_data_desc_Fields, 7,
    offsetof(schematic_rule_condition_group_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_rule_condition_group_detail_response_data_free(schematic_rule_condition_group_detail_response_data *obj)
{
    apic_struct_free(&schematic_rule_condition_group_detail_response_data_desc, obj);
}

int schematic_rule_condition_group_detail_response_data_from_json(const char *json, size_t len, schematic_rule_condition_group_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_condition_group_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_rule_condition_group_detail_response_data *)value;
    return rc;
}

int schematic_rule_condition_group_detail_response_data_to_json(const schematic_rule_condition_group_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_condition_group_detail_response_data_Type, obj, out, err);
}

/* RuleConditionDetailResponseData */
static const apic_field schematic_rule_condition_detail_response_data_desc_Fields[] = {
    {"comparison_trait", 16, 0, offsetof(schematic_rule_condition_detail_response_data, comparison_trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"comparison_trait_id", 19, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, comparison_trait_id), -1, offsetof(schematic_rule_condition_detail_response_data, comparison_trait_id_is_null), &apic_type_string},
    {"condition_group_id", 18, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, condition_group_id), -1, offsetof(schematic_rule_condition_detail_response_data, condition_group_id_is_null), &apic_type_string},
    {"condition_type", 14, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, condition_type), -1, -1, &schematic_condition_type_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, event_subtype), -1, offsetof(schematic_rule_condition_detail_response_data, event_subtype_is_null), &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, flag_id), -1, offsetof(schematic_rule_condition_detail_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, metric_period), offsetof(schematic_rule_condition_detail_response_data, has_metric_period), offsetof(schematic_rule_condition_detail_response_data, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, metric_period_month_reset), offsetof(schematic_rule_condition_detail_response_data, has_metric_period_month_reset), offsetof(schematic_rule_condition_detail_response_data, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"metric_value", 12, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, metric_value), offsetof(schematic_rule_condition_detail_response_data, has_metric_value), offsetof(schematic_rule_condition_detail_response_data, metric_value_is_null), &apic_type_int64},
    {"operator", 8, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, operator_), -1, -1, &schematic_comparable_operator_Type},
    {"resource_ids", 12, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, resource_ids), -1, -1, &schematic_string_array_Type},
    {"resources", 9, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, resources), -1, -1, &schematic_preview_object_response_data_array_Type},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, rule_id), -1, -1, &apic_type_string},
    {"trait", 5, 0, offsetof(schematic_rule_condition_detail_response_data, trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"trait_entity_type", 17, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, trait_entity_type), offsetof(schematic_rule_condition_detail_response_data, has_trait_entity_type), offsetof(schematic_rule_condition_detail_response_data, trait_entity_type_is_null), &schematic_entity_type_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_rule_condition_detail_response_data, trait_id), -1, offsetof(schematic_rule_condition_detail_response_data, trait_id_is_null), &apic_type_string},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, trait_value), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_rule_condition_detail_response_data_desc = {
    "RuleConditionDetailResponseData", sizeof(schematic_rule_condition_detail_response_data), schematic_rule_condition_detail_response_data_desc_Fields, 21,
    offsetof(schematic_rule_condition_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_rule_condition_detail_response_data_free(schematic_rule_condition_detail_response_data *obj)
{
    apic_struct_free(&schematic_rule_condition_detail_response_data_desc, obj);
}

int schematic_rule_condition_detail_response_data_from_json(const char *json, size_t len, schematic_rule_condition_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_condition_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_rule_condition_detail_response_data *)value;
    return rc;
}

int schematic_rule_condition_detail_response_data_to_json(const schematic_rule_condition_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_condition_detail_response_data_Type, obj, out, err);
}

/* PreviewObject */
static const apic_field schematic_preview_object_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_preview_object, description), -1, offsetof(schematic_preview_object, description_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_preview_object, id), -1, -1, &apic_type_string},
    {"image_url", 9, APIC_F_NULLABLE, offsetof(schematic_preview_object, image_url), -1, offsetof(schematic_preview_object, image_url_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_preview_object, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_preview_object_desc = {
    "PreviewObject", sizeof(schematic_preview_object), schematic_preview_object_desc_Fields, 4,
    offsetof(schematic_preview_object, unknown_fields),
    -1,
    NULL
};

void schematic_preview_object_free(schematic_preview_object *obj)
{
    apic_struct_free(&schematic_preview_object_desc, obj);
}

int schematic_preview_object_from_json(const char *json, size_t len, schematic_preview_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preview_object_Type, json, len, &value, err);
    *out = (schematic_preview_object *)value;
    return rc;
}

int schematic_preview_object_to_json(const schematic_preview_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preview_object_Type, obj, out, err);
}

/* CatalogCreditBundleIDsResponseData */
static const apic_field schematic_catalog_credit_bundle_i_ds_response_data_desc_Fields[] = {
    {"credit_bundle_ids", 17, APIC_F_REQUIRED, offsetof(schematic_catalog_credit_bundle_i_ds_response_data, credit_bundle_ids), -1, -1, &schematic_string_array_Type},
};
const apic_struct_desc schematic_catalog_credit_bundle_i_ds_response_data_desc = {
    "CatalogCreditBundleIDsResponseData", sizeof(schematic_catalog_credit_bundle_i_ds_response_data), schematic_catalog_credit_bundle_i_ds_response_data_desc_Fields, 1,
    offsetof(schematic_catalog_credit_bundle_i_ds_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_credit_bundle_i_ds_response_data_free(schematic_catalog_credit_bundle_i_ds_response_data *obj)
{
    apic_struct_free(&schematic_catalog_credit_bundle_i_ds_response_data_desc, obj);
}

int schematic_catalog_credit_bundle_i_ds_response_data_from_json(const char *json, size_t len, schematic_catalog_credit_bundle_i_ds_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_credit_bundle_i_ds_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_credit_bundle_i_ds_response_data *)value;
    return rc;
}

int schematic_catalog_credit_bundle_i_ds_response_data_to_json(const schematic_catalog_credit_bundle_i_ds_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_credit_bundle_i_ds_response_data_Type, obj, out, err);
}

/* CatalogDerivedFeatureResponseData */
static const apic_field schematic_catalog_derived_feature_response_data_desc_Fields[] = {
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_catalog_derived_feature_response_data, icon), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_catalog_derived_feature_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_catalog_derived_feature_response_data, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_catalog_derived_feature_response_data_desc = {
    "CatalogDerivedFeatureResponseData", sizeof(schematic_catalog_derived_feature_response_data), schematic_catalog_derived_feature_response_data_desc_Fields, 3,
    offsetof(schematic_catalog_derived_feature_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_derived_feature_response_data_free(schematic_catalog_derived_feature_response_data *obj)
{
    apic_struct_free(&schematic_catalog_derived_feature_response_data_desc, obj);
}

int schematic_catalog_derived_feature_response_data_from_json(const char *json, size_t len, schematic_catalog_derived_feature_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_derived_feature_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_derived_feature_response_data *)value;
    return rc;
}

int schematic_catalog_derived_feature_response_data_to_json(const schematic_catalog_derived_feature_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_derived_feature_response_data_Type, obj, out, err);
}

/* CatalogDerivedFeaturesResponseData */
static const apic_field schematic_catalog_derived_features_response_data_desc_Fields[] = {
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_catalog_derived_features_response_data, features), -1, -1, &schematic_catalog_derived_feature_response_data_array_Type},
};
const apic_struct_desc schematic_catalog_derived_features_response_data_desc = {
    "CatalogDerivedFeaturesResponseData", sizeof(schematic_catalog_derived_features_response_data), schematic_catalog_derived_features_response_data_desc_Fields, 1,
    offsetof(schematic_catalog_derived_features_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_derived_features_response_data_free(schematic_catalog_derived_features_response_data *obj)
{
    apic_struct_free(&schematic_catalog_derived_features_response_data_desc, obj);
}

int schematic_catalog_derived_features_response_data_from_json(const char *json, size_t len, schematic_catalog_derived_features_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_derived_features_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_derived_features_response_data *)value;
    return rc;
}

int schematic_catalog_derived_features_response_data_to_json(const schematic_catalog_derived_features_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_derived_features_response_data_Type, obj, out, err);
}

/* CatalogPlanIDsResponseData */
static const apic_field schematic_catalog_plan_i_ds_response_data_desc_Fields[] = {
    {"plan_ids", 8, APIC_F_REQUIRED, offsetof(schematic_catalog_plan_i_ds_response_data, plan_ids), -1, -1, &schematic_string_array_Type},
};
const apic_struct_desc schematic_catalog_plan_i_ds_response_data_desc = {
    "CatalogPlanIDsResponseData", sizeof(schematic_catalog_plan_i_ds_response_data), schematic_catalog_plan_i_ds_response_data_desc_Fields, 1,
    offsetof(schematic_catalog_plan_i_ds_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_plan_i_ds_response_data_free(schematic_catalog_plan_i_ds_response_data *obj)
{
    apic_struct_free(&schematic_catalog_plan_i_ds_response_data_desc, obj);
}

int schematic_catalog_plan_i_ds_response_data_from_json(const char *json, size_t len, schematic_catalog_plan_i_ds_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_plan_i_ds_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_plan_i_ds_response_data *)value;
    return rc;
}

int schematic_catalog_plan_i_ds_response_data_to_json(const schematic_catalog_plan_i_ds_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_plan_i_ds_response_data_Type, obj, out, err);
}

/* CatalogResponseData */
static const apic_field schematic_catalog_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_catalog_response_data, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_catalog_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"custom_plan_cta_text", 20, APIC_F_NULLABLE, offsetof(schematic_catalog_response_data, custom_plan_cta_text), -1, offsetof(schematic_catalog_response_data, custom_plan_cta_text_is_null), &apic_type_string},
    {"custom_plan_cta_url", 19, APIC_F_NULLABLE, offsetof(schematic_catalog_response_data, custom_plan_cta_url), -1, offsetof(schematic_catalog_response_data, custom_plan_cta_url_is_null), &apic_type_string},
    {"custom_plan_price_text", 22, APIC_F_NULLABLE, offsetof(schematic_catalog_response_data, custom_plan_price_text), -1, offsetof(schematic_catalog_response_data, custom_plan_price_text_is_null), &apic_type_string},
    {"custom_plans_visible", 20, APIC_F_REQUIRED, offsetof(schematic_catalog_response_data, custom_plans_visible), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_catalog_response_data, description), -1, offsetof(schematic_catalog_response_data, description_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_catalog_response_data, id), -1, -1, &apic_type_string},
    {"is_default", 10, APIC_F_REQUIRED, offsetof(schematic_catalog_response_data, is_default), -1, -1, &apic_type_bool},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_catalog_response_data, name), -1, -1, &apic_type_string},
    {"pricing_model", 13, APIC_F_NULLABLE, offsetof(schematic_catalog_response_data, pricing_model), -1, offsetof(schematic_catalog_response_data, pricing_model_is_null), &apic_type_string},
    {"pricing_url", 11, APIC_F_NULLABLE, offsetof(schematic_catalog_response_data, pricing_url), -1, offsetof(schematic_catalog_response_data, pricing_url_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_catalog_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_catalog_response_data_desc = {
    "CatalogResponseData", sizeof(schematic_catalog_response_data), schematic_catalog_response_data_desc_Fields, 13,
    offsetof(schematic_catalog_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_catalog_response_data_free(schematic_catalog_response_data *obj)
{
    apic_struct_free(&schematic_catalog_response_data_desc, obj);
}

int schematic_catalog_response_data_from_json(const char *json, size_t len, schematic_catalog_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_catalog_response_data_Type, json, len, &value, err);
    *out = (schematic_catalog_response_data *)value;
    return rc;
}

int schematic_catalog_response_data_to_json(const schematic_catalog_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_catalog_response_data_Type, obj, out, err);
}

/* ChangeSubscriptionInternalRequestBody */
static const apic_field schematic_change_subscription_internal_request_body_desc_Fields[] = {
    {"add_on_ids", 10, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, add_on_ids), -1, -1, &schematic_update_add_on_request_body_array_Type},
    {"auto_topup_overrides", 20, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, auto_topup_overrides), -1, -1, &schematic_update_auto_topup_override_request_body_array_Type},
    {"billing_entity_id", 17, APIC_F_NULLABLE, offsetof(schematic_change_subscription_internal_request_body, billing_entity_id), -1, offsetof(schematic_change_subscription_internal_request_body, billing_entity_id_is_null), &apic_type_string},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, company_id), -1, -1, &apic_type_string},
    {"coupon_external_id", 18, APIC_F_NULLABLE, offsetof(schematic_change_subscription_internal_request_body, coupon_external_id), -1, offsetof(schematic_change_subscription_internal_request_body, coupon_external_id_is_null), &apic_type_string},
    {"credit_bundles", 14, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, credit_bundles), -1, -1, &schematic_update_credit_bundle_request_body_array_Type},
    {"custom_field_values", 19, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, custom_field_values), -1, -1, &schematic_checkout_field_value_array_Type},
    {"new_plan_id", 11, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, new_plan_id), -1, -1, &apic_type_string},
    {"new_price_id", 12, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, new_price_id), -1, -1, &apic_type_string},
    {"opt_in_accepted", 15, APIC_F_NULLABLE, offsetof(schematic_change_subscription_internal_request_body, opt_in_accepted), offsetof(schematic_change_subscription_internal_request_body, has_opt_in_accepted), offsetof(schematic_change_subscription_internal_request_body, opt_in_accepted_is_null), &apic_type_bool},
    {"pay_in_advance", 14, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, pay_in_advance), -1, -1, &schematic_update_pay_in_advance_request_body_array_Type},
    {"payment_method_id", 17, APIC_F_NULLABLE, offsetof(schematic_change_subscription_internal_request_body, payment_method_id), -1, offsetof(schematic_change_subscription_internal_request_body, payment_method_id_is_null), &apic_type_string},
    {"promo_code", 10, APIC_F_NULLABLE, offsetof(schematic_change_subscription_internal_request_body, promo_code), -1, offsetof(schematic_change_subscription_internal_request_body, promo_code_is_null), &apic_type_string},
    {"skip_trial", 10, APIC_F_REQUIRED, offsetof(schematic_change_subscription_internal_request_body, skip_trial), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_change_subscription_internal_request_body_desc = {
    "ChangeSubscriptionInternalRequestBody", sizeof(schematic_change_subscription_internal_request_body), schematic_change_subscription_internal_request_body_desc_Fields, 14,
    offsetof(schematic_change_subscription_internal_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_change_subscription_internal_request_body_free(schematic_change_subscription_internal_request_body *obj)
{
    apic_struct_free(&schematic_change_subscription_internal_request_body_desc, obj);
}

int schematic_change_subscription_internal_request_body_from_json(const char *json, size_t len, schematic_change_subscription_internal_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_change_subscription_internal_request_body_Type, json, len, &value, err);
    *out = (schematic_change_subscription_internal_request_body *)value;
    return rc;
}

int schematic_change_subscription_internal_request_body_to_json(const schematic_change_subscription_internal_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_change_subscription_internal_request_body_Type, obj, out, err);
}

/* UpdateAddOnRequestBody */
static const apic_field schematic_update_add_on_request_body_desc_Fields[] = {
    {"add_on_id", 9, APIC_F_REQUIRED, offsetof(schematic_update_add_on_request_body, add_on_id), -1, -1, &apic_type_string},
    {"price_id", 8, APIC_F_REQUIRED, offsetof(schematic_update_add_on_request_body, price_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_update_add_on_request_body_desc = {
    "UpdateAddOnRequestBody", sizeof(schematic_update_add_on_request_body), schematic_update_add_on_request_body_desc_Fields, 2,
    offsetof(schematic_update_add_on_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_add_on_request_body_free(schematic_update_add_on_request_body *obj)
{
    apic_struct_free(&schematic_update_add_on_request_body_desc, obj);
}

int schematic_update_add_on_request_body_from_json(const char *json, size_t len, schematic_update_add_on_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_add_on_request_body_Type, json, len, &value, err);
    *out = (schematic_update_add_on_request_body *)value;
    return rc;
}

int schematic_update_add_on_request_body_to_json(const schematic_update_add_on_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_add_on_request_body_Type, obj, out, err);
}

/* UpdateAutoTopupOverrideRequestBody */
static const apic_field schematic_update_auto_topup_override_request_body_desc_Fields[] = {
    {"auto_topup_amount", 17, APIC_F_NULLABLE, offsetof(schematic_update_auto_topup_override_request_body, auto_topup_amount), offsetof(schematic_update_auto_topup_override_request_body, has_auto_topup_amount), offsetof(schematic_update_auto_topup_override_request_body, auto_topup_amount_is_null), &apic_type_int64},
    {"auto_topup_enabled", 18, APIC_F_NULLABLE, offsetof(schematic_update_auto_topup_override_request_body, auto_topup_enabled), offsetof(schematic_update_auto_topup_override_request_body, has_auto_topup_enabled), offsetof(schematic_update_auto_topup_override_request_body, auto_topup_enabled_is_null), &apic_type_bool},
    {"auto_topup_threshold_credits", 28, APIC_F_NULLABLE, offsetof(schematic_update_auto_topup_override_request_body, auto_topup_threshold_credits), offsetof(schematic_update_auto_topup_override_request_body, has_auto_topup_threshold_credits), offsetof(schematic_update_auto_topup_override_request_body, auto_topup_threshold_credits_is_null), &apic_type_int64},
    {"plan_credit_grant_id", 20, APIC_F_REQUIRED, offsetof(schematic_update_auto_topup_override_request_body, plan_credit_grant_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_update_auto_topup_override_request_body_desc = {
    "UpdateAutoTopupOverrideRequestBody", sizeof(schematic_update_auto_topup_override_request_body), schematic_update_auto_topup_override_request_body_desc_Fields, 4,
    offsetof(schematic_update_auto_topup_override_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_auto_topup_override_request_body_free(schematic_update_auto_topup_override_request_body *obj)
{
    apic_struct_free(&schematic_update_auto_topup_override_request_body_desc, obj);
}

int schematic_update_auto_topup_override_request_body_from_json(const char *json, size_t len, schematic_update_auto_topup_override_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_auto_topup_override_request_body_Type, json, len, &value, err);
    *out = (schematic_update_auto_topup_override_request_body *)value;
    return rc;
}

int schematic_update_auto_topup_override_request_body_to_json(const schematic_update_auto_topup_override_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_auto_topup_override_request_body_Type, obj, out, err);
}

/* UpdateCreditBundleRequestBody */
static const apic_field schematic_update_credit_bundle_request_body_desc_Fields[] = {
    {"bundle_id", 9, APIC_F_REQUIRED, offsetof(schematic_update_credit_bundle_request_body, bundle_id), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_update_credit_bundle_request_body, quantity), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_update_credit_bundle_request_body_desc = {
    "UpdateCreditBundleRequestBody", sizeof(schematic_update_credit_bundle_request_body), schematic_update_credit_bundle_request_body_desc_Fields, 2,
    offsetof(schematic_update_credit_bundle_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_credit_bundle_request_body_free(schematic_update_credit_bundle_request_body *obj)
{
    apic_struct_free(&schematic_update_credit_bundle_request_body_desc, obj);
}

int schematic_update_credit_bundle_request_body_from_json(const char *json, size_t len, schematic_update_credit_bundle_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_credit_bundle_request_body_Type, json, len, &value, err);
    *out = (schematic_update_credit_bundle_request_body *)value;
    return rc;
}

int schematic_update_credit_bundle_request_body_to_json(const schematic_update_credit_bundle_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_credit_bundle_request_body_Type, obj, out, err);
}

/* CheckoutFieldValue */
static const apic_field schematic_checkout_field_value_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_checkout_field_value, id), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_checkout_field_value, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_checkout_field_value_desc = {
    "CheckoutFieldValue", sizeof(schematic_checkout_field_value), schematic_checkout_field_value_desc_Fields, 2,
    offsetof(schematic_checkout_field_value, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_field_value_free(schematic_checkout_field_value *obj)
{
    apic_struct_free(&schematic_checkout_field_value_desc, obj);
}

int schematic_checkout_field_value_from_json(const char *json, size_t len, schematic_checkout_field_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_field_value_Type, json, len, &value, err);
    *out = (schematic_checkout_field_value *)value;
    return rc;
}

int schematic_checkout_field_value_to_json(const schematic_checkout_field_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_field_value_Type, obj, out, err);
}

/* UpdatePayInAdvanceRequestBody */
static const apic_field schematic_update_pay_in_advance_request_body_desc_Fields[] = {
    {"price_id", 8, APIC_F_REQUIRED, offsetof(schematic_update_pay_in_advance_request_body, price_id), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_update_pay_in_advance_request_body, quantity), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_update_pay_in_advance_request_body_desc = {
    "UpdatePayInAdvanceRequestBody", sizeof(schematic_update_pay_in_advance_request_body), schematic_update_pay_in_advance_request_body_desc_Fields, 2,
    offsetof(schematic_update_pay_in_advance_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_pay_in_advance_request_body_free(schematic_update_pay_in_advance_request_body *obj)
{
    apic_struct_free(&schematic_update_pay_in_advance_request_body_desc, obj);
}

int schematic_update_pay_in_advance_request_body_from_json(const char *json, size_t len, schematic_update_pay_in_advance_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_pay_in_advance_request_body_Type, json, len, &value, err);
    *out = (schematic_update_pay_in_advance_request_body *)value;
    return rc;
}

int schematic_update_pay_in_advance_request_body_to_json(const schematic_update_pay_in_advance_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_pay_in_advance_request_body_Type, obj, out, err);
}

/* ChangeSubscriptionRequestBody */
static const apic_field schematic_change_subscription_request_body_desc_Fields[] = {
    {"add_on_ids", 10, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, add_on_ids), -1, -1, &schematic_update_add_on_request_body_array_Type},
    {"auto_topup_overrides", 20, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, auto_topup_overrides), -1, -1, &schematic_update_auto_topup_override_request_body_array_Type},
    {"billing_entity_id", 17, APIC_F_NULLABLE, offsetof(schematic_change_subscription_request_body, billing_entity_id), -1, offsetof(schematic_change_subscription_request_body, billing_entity_id_is_null), &apic_type_string},
    {"coupon_external_id", 18, APIC_F_NULLABLE, offsetof(schematic_change_subscription_request_body, coupon_external_id), -1, offsetof(schematic_change_subscription_request_body, coupon_external_id_is_null), &apic_type_string},
    {"credit_bundles", 14, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, credit_bundles), -1, -1, &schematic_update_credit_bundle_request_body_array_Type},
    {"custom_field_values", 19, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, custom_field_values), -1, -1, &schematic_checkout_field_value_array_Type},
    {"new_plan_id", 11, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, new_plan_id), -1, -1, &apic_type_string},
    {"new_price_id", 12, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, new_price_id), -1, -1, &apic_type_string},
    {"opt_in_accepted", 15, APIC_F_NULLABLE, offsetof(schematic_change_subscription_request_body, opt_in_accepted), offsetof(schematic_change_subscription_request_body, has_opt_in_accepted), offsetof(schematic_change_subscription_request_body, opt_in_accepted_is_null), &apic_type_bool},
    {"pay_in_advance", 14, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, pay_in_advance), -1, -1, &schematic_update_pay_in_advance_request_body_array_Type},
    {"payment_method_id", 17, APIC_F_NULLABLE, offsetof(schematic_change_subscription_request_body, payment_method_id), -1, offsetof(schematic_change_subscription_request_body, payment_method_id_is_null), &apic_type_string},
    {"promo_code", 10, APIC_F_NULLABLE, offsetof(schematic_change_subscription_request_body, promo_code), -1, offsetof(schematic_change_subscription_request_body, promo_code_is_null), &apic_type_string},
    {"skip_trial", 10, APIC_F_REQUIRED, offsetof(schematic_change_subscription_request_body, skip_trial), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_change_subscription_request_body_desc = {
    "ChangeSubscriptionRequestBody", sizeof(schematic_change_subscription_request_body), schematic_change_subscription_request_body_desc_Fields, 13,
    offsetof(schematic_change_subscription_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_change_subscription_request_body_free(schematic_change_subscription_request_body *obj)
{
    apic_struct_free(&schematic_change_subscription_request_body_desc, obj);
}

int schematic_change_subscription_request_body_from_json(const char *json, size_t len, schematic_change_subscription_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_change_subscription_request_body_Type, json, len, &value, err);
    *out = (schematic_change_subscription_request_body *)value;
    return rc;
}

int schematic_change_subscription_request_body_to_json(const schematic_change_subscription_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_change_subscription_request_body_Type, obj, out, err);
}

/* CheckFlagRequestBody */
static const apic_field schematic_check_flag_request_body_desc_Fields[] = {
    {"company", 7, APIC_F_NULLABLE, offsetof(schematic_check_flag_request_body, company), offsetof(schematic_check_flag_request_body, has_company), offsetof(schematic_check_flag_request_body, company_is_null), &schematic_string_map_Type},
    {"preflight", 9, 0, offsetof(schematic_check_flag_request_body, preflight), -1, -1, &schematic_preflight_request_body_Type},
    {"user", 4, APIC_F_NULLABLE, offsetof(schematic_check_flag_request_body, user), offsetof(schematic_check_flag_request_body, has_user), offsetof(schematic_check_flag_request_body, user_is_null), &schematic_string_map_Type},
};
const apic_struct_desc schematic_check_flag_request_body_desc = {
    "CheckFlagRequestBody", sizeof(schematic_check_flag_request_body), schematic_check_flag_request_body_desc_Fields, 3,
    offsetof(schematic_check_flag_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_check_flag_request_body_free(schematic_check_flag_request_body *obj)
{
    apic_struct_free(&schematic_check_flag_request_body_desc, obj);
}

int schematic_check_flag_request_body_from_json(const char *json, size_t len, schematic_check_flag_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_check_flag_request_body_Type, json, len, &value, err);
    *out = (schematic_check_flag_request_body *)value;
    return rc;
}

int schematic_check_flag_request_body_to_json(const schematic_check_flag_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_check_flag_request_body_Type, obj, out, err);
}

/* PreflightRequestBody */
static const apic_field schematic_preflight_request_body_desc_Fields[] = {
    {"credit_cost", 11, 0, offsetof(schematic_preflight_request_body, credit_cost), offsetof(schematic_preflight_request_body, has_credit_cost), -1, &schematic_double_map_Type},
    {"event_usage", 11, 0, offsetof(schematic_preflight_request_body, event_usage), -1, -1, &schematic_preflight_event_usage_request_body_Type},
    {"usage", 5, APIC_F_NULLABLE, offsetof(schematic_preflight_request_body, usage), offsetof(schematic_preflight_request_body, has_usage), offsetof(schematic_preflight_request_body, usage_is_null), &apic_type_int64},
};
const apic_struct_desc schematic_preflight_request_body_desc = {
    "PreflightRequestBody", sizeof(schematic_preflight_request_body), schematic_preflight_request_body_desc_Fields, 3,
    offsetof(schematic_preflight_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_preflight_request_body_free(schematic_preflight_request_body *obj)
{
    apic_struct_free(&schematic_preflight_request_body_desc, obj);
}

int schematic_preflight_request_body_from_json(const char *json, size_t len, schematic_preflight_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preflight_request_body_Type, json, len, &value, err);
    *out = (schematic_preflight_request_body *)value;
    return rc;
}

int schematic_preflight_request_body_to_json(const schematic_preflight_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preflight_request_body_Type, obj, out, err);
}

/* PreflightEventUsageRequestBody */
static const apic_field schematic_preflight_event_usage_request_body_desc_Fields[] = {
    {"event_subtype", 13, APIC_F_REQUIRED, offsetof(schematic_preflight_event_usage_request_body, event_subtype), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_preflight_event_usage_request_body, quantity), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_preflight_event_usage_request_body_desc = {
    "PreflightEventUsageRequestBody", sizeof(schematic_preflight_event_usage_request_body), schematic_preflight_event_usage_request_body_desc_Fields, 2,
    offsetof(schematic_preflight_event_usage_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_preflight_event_usage_request_body_free(schematic_preflight_event_usage_request_body *obj)
{
    apic_struct_free(&schematic_preflight_event_usage_request_body_desc, obj);
}

int schematic_preflight_event_usage_request_body_from_json(const char *json, size_t len, schematic_preflight_event_usage_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preflight_event_usage_request_body_Type, json, len, &value, err);
    *out = (schematic_preflight_event_usage_request_body *)value;
    return rc;
}

int schematic_preflight_event_usage_request_body_to_json(const schematic_preflight_event_usage_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preflight_event_usage_request_body_Type, obj, out, err);
}

/* CheckFlagResponseData */
static const apic_field schematic_check_flag_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, company_id), -1, offsetof(schematic_check_flag_response_data, company_id_is_null), &apic_type_string},
    {"entitlement", 11, 0, offsetof(schematic_check_flag_response_data, entitlement), -1, -1, &schematic_feature_entitlement_Type},
    {"error", 5, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, error), -1, offsetof(schematic_check_flag_response_data, error_is_null), &apic_type_string},
    {"feature_allocation", 18, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, feature_allocation), offsetof(schematic_check_flag_response_data, has_feature_allocation), offsetof(schematic_check_flag_response_data, feature_allocation_is_null), &apic_type_int64},
    {"feature_usage", 13, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, feature_usage), offsetof(schematic_check_flag_response_data, has_feature_usage), offsetof(schematic_check_flag_response_data, feature_usage_is_null), &apic_type_int64},
    {"feature_usage_event", 19, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, feature_usage_event), -1, offsetof(schematic_check_flag_response_data, feature_usage_event_is_null), &apic_type_string},
    {"feature_usage_period", 20, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, feature_usage_period), offsetof(schematic_check_flag_response_data, has_feature_usage_period), offsetof(schematic_check_flag_response_data, feature_usage_period_is_null), &schematic_metric_period_Type},
    {"feature_usage_reset_at", 22, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, feature_usage_reset_at), -1, offsetof(schematic_check_flag_response_data, feature_usage_reset_at_is_null), &schematic_string_date_time_Type},
    {"flag", 4, APIC_F_REQUIRED, offsetof(schematic_check_flag_response_data, flag), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, flag_id), -1, offsetof(schematic_check_flag_response_data, flag_id_is_null), &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(schematic_check_flag_response_data, reason), -1, -1, &apic_type_string},
    {"rule_id", 7, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, rule_id), -1, offsetof(schematic_check_flag_response_data, rule_id_is_null), &apic_type_string},
    {"rule_type", 9, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, rule_type), offsetof(schematic_check_flag_response_data, has_rule_type), offsetof(schematic_check_flag_response_data, rule_type_is_null), &schematic_rule_type_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_check_flag_response_data, user_id), -1, offsetof(schematic_check_flag_response_data, user_id_is_null), &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_check_flag_response_data, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_check_flag_response_data_desc = {
    "CheckFlagResponseData", sizeof(schematic_check_flag_response_data), schematic_check_flag_response_data_desc_Fields, 15,
    offsetof(schematic_check_flag_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_check_flag_response_data_free(schematic_check_flag_response_data *obj)
{
    apic_struct_free(&schematic_check_flag_response_data_desc, obj);
}

int schematic_check_flag_response_data_from_json(const char *json, size_t len, schematic_check_flag_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_check_flag_response_data_Type, json, len, &value, err);
    *out = (schematic_check_flag_response_data *)value;
    return rc;
}

int schematic_check_flag_response_data_to_json(const schematic_check_flag_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_check_flag_response_data_Type, obj, out, err);
}

/* FeatureEntitlement */
static const apic_field schematic_feature_entitlement_desc_Fields[] = {
    {"allocation", 10, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, allocation), offsetof(schematic_feature_entitlement, has_allocation), offsetof(schematic_feature_entitlement, allocation_is_null), &apic_type_int64},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, consumption_rate), offsetof(schematic_feature_entitlement, has_consumption_rate), offsetof(schematic_feature_entitlement, consumption_rate_is_null), &apic_type_double},
    {"credit_id", 9, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, credit_id), -1, offsetof(schematic_feature_entitlement, credit_id_is_null), &apic_type_string},
    {"credit_remaining", 16, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, credit_remaining), offsetof(schematic_feature_entitlement, has_credit_remaining), offsetof(schematic_feature_entitlement, credit_remaining_is_null), &apic_type_double},
    {"credit_reserved", 15, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, credit_reserved), offsetof(schematic_feature_entitlement, has_credit_reserved), offsetof(schematic_feature_entitlement, credit_reserved_is_null), &apic_type_double},
    {"credit_settled", 14, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, credit_settled), offsetof(schematic_feature_entitlement, has_credit_settled), offsetof(schematic_feature_entitlement, credit_settled_is_null), &apic_type_double},
    {"credit_total", 12, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, credit_total), offsetof(schematic_feature_entitlement, has_credit_total), offsetof(schematic_feature_entitlement, credit_total_is_null), &apic_type_double},
    {"credit_used", 11, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, credit_used), offsetof(schematic_feature_entitlement, has_credit_used), offsetof(schematic_feature_entitlement, credit_used_is_null), &apic_type_double},
    {"event_name", 10, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, event_name), -1, offsetof(schematic_feature_entitlement, event_name_is_null), &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, event_subtype), -1, offsetof(schematic_feature_entitlement, event_subtype_is_null), &apic_type_string},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_feature_entitlement, feature_id), -1, -1, &apic_type_string},
    {"feature_key", 11, APIC_F_REQUIRED, offsetof(schematic_feature_entitlement, feature_key), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, metric_period), offsetof(schematic_feature_entitlement, has_metric_period), offsetof(schematic_feature_entitlement, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_reset_at", 15, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, metric_reset_at), -1, offsetof(schematic_feature_entitlement, metric_reset_at_is_null), &schematic_string_date_time_Type},
    {"month_reset", 11, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, month_reset), offsetof(schematic_feature_entitlement, has_month_reset), offsetof(schematic_feature_entitlement, month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, soft_limit), offsetof(schematic_feature_entitlement, has_soft_limit), offsetof(schematic_feature_entitlement, soft_limit_is_null), &apic_type_int64},
    {"usage", 5, APIC_F_NULLABLE, offsetof(schematic_feature_entitlement, usage), offsetof(schematic_feature_entitlement, has_usage), offsetof(schematic_feature_entitlement, usage_is_null), &apic_type_int64},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_feature_entitlement, value_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"warning_tiers", 13, 0, offsetof(schematic_feature_entitlement, warning_tiers), offsetof(schematic_feature_entitlement, has_warning_tiers), -1, &schematic_warning_tier_array_Type},
};
const apic_struct_desc schematic_feature_entitlement_desc = {
    "FeatureEntitlement", sizeof(schematic_feature_entitlement), schematic_feature_entitlement_desc_Fields, 19,
    offsetof(schematic_feature_entitlement, unknown_fields),
    -1,
    NULL
};

void schematic_feature_entitlement_free(schematic_feature_entitlement *obj)
{
    apic_struct_free(&schematic_feature_entitlement_desc, obj);
}

int schematic_feature_entitlement_from_json(const char *json, size_t len, schematic_feature_entitlement **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_entitlement_Type, json, len, &value, err);
    *out = (schematic_feature_entitlement *)value;
    return rc;
}

int schematic_feature_entitlement_to_json(const schematic_feature_entitlement *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_entitlement_Type, obj, out, err);
}

/* WarningTier */
static const apic_field schematic_warning_tier_desc_Fields[] = {
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_warning_tier, key), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_warning_tier, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_warning_tier_desc = {
    "WarningTier", sizeof(schematic_warning_tier), schematic_warning_tier_desc_Fields, 2,
    offsetof(schematic_warning_tier, unknown_fields),
    -1,
    NULL
};

void schematic_warning_tier_free(schematic_warning_tier *obj)
{
    apic_struct_free(&schematic_warning_tier_desc, obj);
}

int schematic_warning_tier_from_json(const char *json, size_t len, schematic_warning_tier **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_warning_tier_Type, json, len, &value, err);
    *out = (schematic_warning_tier *)value;
    return rc;
}

int schematic_warning_tier_to_json(const schematic_warning_tier *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_warning_tier_Type, obj, out, err);
}

/* CheckFlagsBulkRequestBody */
static const apic_field schematic_check_flags_bulk_request_body_desc_Fields[] = {
    {"contexts", 8, APIC_F_REQUIRED, offsetof(schematic_check_flags_bulk_request_body, contexts), -1, -1, &schematic_check_flag_request_body_array_Type},
};
const apic_struct_desc schematic_check_flags_bulk_request_body_desc = {
    "CheckFlagsBulkRequestBody", sizeof(schematic_check_flags_bulk_request_body), schematic_check_flags_bulk_request_body_desc_Fields, 1,
    offsetof(schematic_check_flags_bulk_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_check_flags_bulk_request_body_free(schematic_check_flags_bulk_request_body *obj)
{
    apic_struct_free(&schematic_check_flags_bulk_request_body_desc, obj);
}

int schematic_check_flags_bulk_request_body_from_json(const char *json, size_t len, schematic_check_flags_bulk_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_check_flags_bulk_request_body_Type, json, len, &value, err);
    *out = (schematic_check_flags_bulk_request_body *)value;
    return rc;
}

int schematic_check_flags_bulk_request_body_to_json(const schematic_check_flags_bulk_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_check_flags_bulk_request_body_Type, obj, out, err);
}

/* CheckFlagsBulkResponseData */
static const apic_field schematic_check_flags_bulk_response_data_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_check_flags_bulk_response_data, data), -1, -1, &schematic_check_flags_response_data_array_Type},
};
const apic_struct_desc schematic_check_flags_bulk_response_data_desc = {
    "CheckFlagsBulkResponseData", sizeof(schematic_check_flags_bulk_response_data), schematic_check_flags_bulk_response_data_desc_Fields, 1,
    offsetof(schematic_check_flags_bulk_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_check_flags_bulk_response_data_free(schematic_check_flags_bulk_response_data *obj)
{
    apic_struct_free(&schematic_check_flags_bulk_response_data_desc, obj);
}

int schematic_check_flags_bulk_response_data_from_json(const char *json, size_t len, schematic_check_flags_bulk_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_check_flags_bulk_response_data_Type, json, len, &value, err);
    *out = (schematic_check_flags_bulk_response_data *)value;
    return rc;
}

int schematic_check_flags_bulk_response_data_to_json(const schematic_check_flags_bulk_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_check_flags_bulk_response_data_Type, obj, out, err);
}

/* CheckFlagsResponseData */
static const apic_field schematic_check_flags_response_data_desc_Fields[] = {
    {"credit_balances", 15, 0, offsetof(schematic_check_flags_response_data, credit_balances), offsetof(schematic_check_flags_response_data, has_credit_balances), -1, &schematic_company_credit_balance_map_Type},
    {"flags", 5, APIC_F_REQUIRED, offsetof(schematic_check_flags_response_data, flags), -1, -1, &schematic_check_flag_response_data_array_Type},
    {"plan", 4, 0, offsetof(schematic_check_flags_response_data, plan), -1, -1, &schematic_datastream_company_plan_Type},
};
const apic_struct_desc schematic_check_flags_response_data_desc = {
    "CheckFlagsResponseData", sizeof(schematic_check_flags_response_data), schematic_check_flags_response_data_desc_Fields, 3,
    offsetof(schematic_check_flags_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_check_flags_response_data_free(schematic_check_flags_response_data *obj)
{
    apic_struct_free(&schematic_check_flags_response_data_desc, obj);
}

int schematic_check_flags_response_data_from_json(const char *json, size_t len, schematic_check_flags_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_check_flags_response_data_Type, json, len, &value, err);
    *out = (schematic_check_flags_response_data *)value;
    return rc;
}

int schematic_check_flags_response_data_to_json(const schematic_check_flags_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_check_flags_response_data_Type, obj, out, err);
}

/* CompanyCreditBalance */
static const apic_field schematic_company_credit_balance_desc_Fields[] = {
    {"remaining", 9, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance, remaining), -1, -1, &apic_type_double},
    {"reserved", 8, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance, reserved), -1, -1, &apic_type_double},
    {"settled", 7, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance, settled), -1, -1, &apic_type_double},
};
const apic_struct_desc schematic_company_credit_balance_desc = {
    "CompanyCreditBalance", sizeof(schematic_company_credit_balance), schematic_company_credit_balance_desc_Fields, 3,
    offsetof(schematic_company_credit_balance, unknown_fields),
    -1,
    NULL
};

void schematic_company_credit_balance_free(schematic_company_credit_balance *obj)
{
    apic_struct_free(&schematic_company_credit_balance_desc, obj);
}

int schematic_company_credit_balance_from_json(const char *json, size_t len, schematic_company_credit_balance **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_credit_balance_Type, json, len, &value, err);
    *out = (schematic_company_credit_balance *)value;
    return rc;
}

int schematic_company_credit_balance_to_json(const schematic_company_credit_balance *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_credit_balance_Type, obj, out, err);
}

/* DatastreamCompanyPlan */
static const apic_field schematic_datastream_company_plan_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_datastream_company_plan, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_datastream_company_plan, name), -1, -1, &apic_type_string},
    {"trial_end_date", 14, APIC_F_NULLABLE, offsetof(schematic_datastream_company_plan, trial_end_date), -1, offsetof(schematic_datastream_company_plan, trial_end_date_is_null), &schematic_string_date_time_Type},
    {"trial_status", 12, APIC_F_NULLABLE, offsetof(schematic_datastream_company_plan, trial_status), offsetof(schematic_datastream_company_plan, has_trial_status), offsetof(schematic_datastream_company_plan, trial_status_is_null), &schematic_trial_status_Type},
};
const apic_struct_desc schematic_datastream_company_plan_desc = {
    "DatastreamCompanyPlan", sizeof(schematic_datastream_company_plan), schematic_datastream_company_plan_desc_Fields, 4,
    offsetof(schematic_datastream_company_plan, unknown_fields),
    -1,
    NULL
};

void schematic_datastream_company_plan_free(schematic_datastream_company_plan *obj)
{
    apic_struct_free(&schematic_datastream_company_plan_desc, obj);
}

int schematic_datastream_company_plan_from_json(const char *json, size_t len, schematic_datastream_company_plan **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_datastream_company_plan_Type, json, len, &value, err);
    *out = (schematic_datastream_company_plan *)value;
    return rc;
}

int schematic_datastream_company_plan_to_json(const schematic_datastream_company_plan *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_datastream_company_plan_Type, obj, out, err);
}

/* CheckoutDataRequestBody */
static const apic_field schematic_checkout_data_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_checkout_data_request_body, company_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_checkout_data_request_body, currency), -1, offsetof(schematic_checkout_data_request_body, currency_is_null), &apic_type_string},
    {"selected_plan_id", 16, APIC_F_NULLABLE, offsetof(schematic_checkout_data_request_body, selected_plan_id), -1, offsetof(schematic_checkout_data_request_body, selected_plan_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_checkout_data_request_body_desc = {
    "CheckoutDataRequestBody", sizeof(schematic_checkout_data_request_body), schematic_checkout_data_request_body_desc_Fields, 3,
    offsetof(schematic_checkout_data_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_data_request_body_free(schematic_checkout_data_request_body *obj)
{
    apic_struct_free(&schematic_checkout_data_request_body_desc, obj);
}

int schematic_checkout_data_request_body_from_json(const char *json, size_t len, schematic_checkout_data_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_data_request_body_Type, json, len, &value, err);
    *out = (schematic_checkout_data_request_body *)value;
    return rc;
}

int schematic_checkout_data_request_body_to_json(const schematic_checkout_data_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_data_request_body_Type, obj, out, err);
}

/* CheckoutDataResponseData */
static const apic_field schematic_checkout_data_response_data_desc_Fields[] = {
    {"active_add_ons", 14, APIC_F_REQUIRED, offsetof(schematic_checkout_data_response_data, active_add_ons), -1, -1, &schematic_plan_detail_response_data_array_Type},
    {"active_plan", 11, 0, offsetof(schematic_checkout_data_response_data, active_plan), -1, -1, &schematic_plan_detail_response_data_Type},
    {"active_usage_based_entitlements", 31, APIC_F_REQUIRED, offsetof(schematic_checkout_data_response_data, active_usage_based_entitlements), -1, -1, &schematic_usage_based_entitlement_response_data_array_Type},
    {"available_credit_bundles", 24, APIC_F_REQUIRED, offsetof(schematic_checkout_data_response_data, available_credit_bundles), -1, -1, &schematic_billing_credit_bundle_response_data_array_Type},
    {"company", 7, 0, offsetof(schematic_checkout_data_response_data, company), -1, -1, &schematic_company_detail_response_data_Type},
    {"custom_checkout_fields", 22, APIC_F_REQUIRED, offsetof(schematic_checkout_data_response_data, custom_checkout_fields), -1, -1, &schematic_checkout_field_with_value_array_Type},
    {"feature_usage", 13, 0, offsetof(schematic_checkout_data_response_data, feature_usage), -1, -1, &schematic_feature_usage_detail_response_data_Type},
    {"selected_credit_bundles", 23, APIC_F_REQUIRED, offsetof(schematic_checkout_data_response_data, selected_credit_bundles), -1, -1, &schematic_credit_bundle_purchase_response_data_array_Type},
    {"selected_plan", 13, 0, offsetof(schematic_checkout_data_response_data, selected_plan), -1, -1, &schematic_plan_detail_response_data_Type},
    {"selected_usage_based_entitlements", 33, APIC_F_REQUIRED, offsetof(schematic_checkout_data_response_data, selected_usage_based_entitlements), -1, -1, &schematic_usage_based_entitlement_response_data_array_Type},
    {"subscription", 12, 0, offsetof(schematic_checkout_data_response_data, subscription), -1, -1, &schematic_company_subscription_response_data_Type},
};
const apic_struct_desc schematic_checkout_data_response_data_desc = {
    "CheckoutDataResponseData", sizeof(schematic_checkout_data_response_data), schematic_checkout_data_response_data_desc_Fields, 11,
    offsetof(schematic_checkout_data_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_data_response_data_free(schematic_checkout_data_response_data *obj)
{
    apic_struct_free(&schematic_checkout_data_response_data_desc, obj);
}

int schematic_checkout_data_response_data_from_json(const char *json, size_t len, schematic_checkout_data_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_data_response_data_Type, json, len, &value, err);
    *out = (schematic_checkout_data_response_data *)value;
    return rc;
}

int schematic_checkout_data_response_data_to_json(const schematic_checkout_data_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_data_response_data_Type, obj, out, err);
}

/* PlanDetailResponseData */
static const apic_field schematic_plan_detail_response_data_desc_Fields[] = {
    {"active_version", 14, 0, offsetof(schematic_plan_detail_response_data, active_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"audience_type", 13, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, audience_type), -1, offsetof(schematic_plan_detail_response_data, audience_type_is_null), &apic_type_string},
    {"billing_linked_resource", 23, 0, offsetof(schematic_plan_detail_response_data, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"billing_product", 15, 0, offsetof(schematic_plan_detail_response_data, billing_product), -1, -1, &schematic_billing_product_detail_response_data_Type},
    {"billing_strategy", 16, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, billing_strategy), -1, -1, &schematic_billing_strategy_Type},
    {"catalogs", 8, 0, offsetof(schematic_plan_detail_response_data, catalogs), offsetof(schematic_plan_detail_response_data, has_catalogs), -1, &schematic_plan_catalog_membership_response_data_array_Type},
    {"charge_type", 11, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, charge_type), -1, -1, &schematic_charge_type_Type},
    {"company_count", 13, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, company_count), -1, -1, &apic_type_int64},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, company_id), -1, offsetof(schematic_plan_detail_response_data, company_id_is_null), &apic_type_string},
    {"company_logo_url", 16, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, company_logo_url), -1, offsetof(schematic_plan_detail_response_data, company_logo_url_is_null), &apic_type_string},
    {"company_name", 12, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, company_name), -1, offsetof(schematic_plan_detail_response_data, company_name_is_null), &apic_type_string},
    {"controlled_by", 13, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, controlled_by), -1, -1, &schematic_billing_provider_type_Type},
    {"copied_from_plan_id", 19, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, copied_from_plan_id), -1, offsetof(schematic_plan_detail_response_data, copied_from_plan_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credits", 7, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, credits), -1, -1, &schematic_billing_credit_response_data_array_Type},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, currency_prices), -1, -1, &schematic_plan_currency_prices_response_data_array_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, description), -1, -1, &apic_type_string},
    {"draft_version", 13, 0, offsetof(schematic_plan_detail_response_data, draft_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"entitlements", 12, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, entitlements), offsetof(schematic_plan_detail_response_data, has_entitlements), offsetof(schematic_plan_detail_response_data, entitlements_is_null), &schematic_plan_entitlement_response_data_array_Type},
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, features), -1, -1, &schematic_feature_in_plan_response_data_array_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, icon), -1, -1, &schematic_plan_icon_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, id), -1, -1, &apic_type_string},
    {"included_credit_grants", 22, 0, offsetof(schematic_plan_detail_response_data, included_credit_grants), offsetof(schematic_plan_detail_response_data, has_included_credit_grants), -1, &schematic_billing_plan_credit_grant_response_data_array_Type},
    {"is_default", 10, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, is_default), -1, -1, &apic_type_bool},
    {"is_free", 7, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, is_free), offsetof(schematic_plan_detail_response_data, has_is_free), offsetof(schematic_plan_detail_response_data, is_free_is_null), &apic_type_bool},
    {"is_trialable", 12, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, is_trialable), -1, -1, &apic_type_bool},
    {"monthly_price", 13, 0, offsetof(schematic_plan_detail_response_data, monthly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, name), -1, -1, &apic_type_string},
    {"one_time_price", 14, 0, offsetof(schematic_plan_detail_response_data, one_time_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, plan_type), -1, -1, &schematic_plan_type_Type},
    {"quarterly_price", 15, 0, offsetof(schematic_plan_detail_response_data, quarterly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_plan_detail_response_data, trial_days), offsetof(schematic_plan_detail_response_data, has_trial_days), offsetof(schematic_plan_detail_response_data, trial_days_is_null), &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"versions", 8, APIC_F_REQUIRED, offsetof(schematic_plan_detail_response_data, versions), -1, -1, &schematic_plan_version_response_data_array_Type},
    {"yearly_price", 12, 0, offsetof(schematic_plan_detail_response_data, yearly_price), -1, -1, &schematic_billing_price_response_data_Type},
};
const apic_struct_desc schematic_plan_detail_response_data_desc = {
    "PlanDetailResponseData", sizeof(schematic_plan_detail_response_data), schematic_plan_detail_response_data_desc_Fields, 35,
    offsetof(schematic_plan_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_detail_response_data_free(schematic_plan_detail_response_data *obj)
{
    apic_struct_free(&schematic_plan_detail_response_data_desc, obj);
}

int schematic_plan_detail_response_data_from_json(const char *json, size_t len, schematic_plan_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_detail_response_data *)value;
    return rc;
}

int schematic_plan_detail_response_data_to_json(const schematic_plan_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_detail_response_data_Type, obj, out, err);
}

/* UsageBasedEntitlementResponseData */
static const apic_field schematic_usage_based_entitlement_response_data_desc_Fields[] = {
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, billing_threshold), offsetof(schematic_usage_based_entitlement_response_data, has_billing_threshold), offsetof(schematic_usage_based_entitlement_response_data, billing_threshold_is_null), &apic_type_int64},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, consumption_rate), offsetof(schematic_usage_based_entitlement_response_data, has_consumption_rate), offsetof(schematic_usage_based_entitlement_response_data, consumption_rate_is_null), &apic_type_double},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_usage_based_entitlement_response_data, feature_id), -1, -1, &apic_type_string},
    {"metered_price", 13, 0, offsetof(schematic_usage_based_entitlement_response_data, metered_price), -1, -1, &schematic_billing_price_view_Type},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, metric_period), offsetof(schematic_usage_based_entitlement_response_data, has_metric_period), offsetof(schematic_usage_based_entitlement_response_data, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, metric_period_month_reset), offsetof(schematic_usage_based_entitlement_response_data, has_metric_period_month_reset), offsetof(schematic_usage_based_entitlement_response_data, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"monthly_usage_based_price", 25, 0, offsetof(schematic_usage_based_entitlement_response_data, monthly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, price_behavior), offsetof(schematic_usage_based_entitlement_response_data, has_price_behavior), offsetof(schematic_usage_based_entitlement_response_data, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"quarterly_usage_based_price", 27, 0, offsetof(schematic_usage_based_entitlement_response_data, quarterly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
    {"usage_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, usage_quantity), offsetof(schematic_usage_based_entitlement_response_data, has_usage_quantity), offsetof(schematic_usage_based_entitlement_response_data, usage_quantity_is_null), &apic_type_int64},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, value_bool), offsetof(schematic_usage_based_entitlement_response_data, has_value_bool), offsetof(schematic_usage_based_entitlement_response_data, value_bool_is_null), &apic_type_bool},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_response_data, value_numeric), offsetof(schematic_usage_based_entitlement_response_data, has_value_numeric), offsetof(schematic_usage_based_entitlement_response_data, value_numeric_is_null), &apic_type_int64},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_usage_based_entitlement_response_data, value_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"yearly_usage_based_price", 24, 0, offsetof(schematic_usage_based_entitlement_response_data, yearly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
};
const apic_struct_desc schematic_usage_based_entitlement_response_data_desc = {
    "UsageBasedEntitlementResponseData", sizeof(schematic_usage_based_entitlement_response_data), schematic_usage_based_entitlement_response_data_desc_Fields, 14,
    offsetof(schematic_usage_based_entitlement_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_usage_based_entitlement_response_data_free(schematic_usage_based_entitlement_response_data *obj)
{
    apic_struct_free(&schematic_usage_based_entitlement_response_data_desc, obj);
}

int schematic_usage_based_entitlement_response_data_from_json(const char *json, size_t len, schematic_usage_based_entitlement_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_usage_based_entitlement_response_data_Type, json, len, &value, err);
    *out = (schematic_usage_based_entitlement_response_data *)value;
    return rc;
}

int schematic_usage_based_entitlement_response_data_to_json(const schematic_usage_based_entitlement_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_usage_based_entitlement_response_data_Type, obj, out, err);
}

/* CompanyDetailResponseData */
static const apic_field schematic_company_detail_response_data_desc_Fields[] = {
    {"add_ons", 7, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, add_ons), -1, -1, &schematic_company_plan_with_billing_sub_view_array_Type},
    {"billing_credit_balances", 23, APIC_F_NULLABLE, offsetof(schematic_company_detail_response_data, billing_credit_balances), offsetof(schematic_company_detail_response_data, has_billing_credit_balances), offsetof(schematic_company_detail_response_data, billing_credit_balances_is_null), &schematic_double_map_Type},
    {"billing_subscription", 20, 0, offsetof(schematic_company_detail_response_data, billing_subscription), -1, -1, &schematic_billing_subscription_view_Type},
    {"billing_subscriptions", 21, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, billing_subscriptions), -1, -1, &schematic_billing_subscription_view_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"custom_plan_billings", 20, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, custom_plan_billings), -1, -1, &schematic_custom_plan_billing_response_data_array_Type},
    {"default_payment_method", 22, 0, offsetof(schematic_company_detail_response_data, default_payment_method), -1, -1, &schematic_payment_method_response_data_Type},
    {"entitlements", 12, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, entitlements), -1, -1, &schematic_feature_entitlement_array_Type},
    {"entity_traits", 13, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, entity_traits), -1, -1, &schematic_entity_trait_detail_response_data_array_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, id), -1, -1, &apic_type_string},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, keys), -1, -1, &schematic_entity_key_detail_response_data_array_Type},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_company_detail_response_data, last_seen_at), -1, offsetof(schematic_company_detail_response_data, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"logo_url", 8, APIC_F_NULLABLE, offsetof(schematic_company_detail_response_data, logo_url), -1, offsetof(schematic_company_detail_response_data, logo_url_is_null), &apic_type_string},
    {"metrics", 7, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, metrics), -1, -1, &schematic_company_event_period_metrics_response_data_array_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, name), -1, -1, &apic_type_string},
    {"payment_methods", 15, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, payment_methods), -1, -1, &schematic_payment_method_response_data_array_Type},
    {"plan", 4, 0, offsetof(schematic_company_detail_response_data, plan), -1, -1, &schematic_company_plan_with_billing_sub_view_Type},
    {"plans", 5, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, plans), -1, -1, &schematic_generic_preview_object_array_Type},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, rules), -1, -1, &schematic_rule_array_Type},
    {"scheduled_downgrade", 19, 0, offsetof(schematic_company_detail_response_data, scheduled_downgrade), -1, -1, &schematic_scheduled_downgrade_response_data_Type},
    {"traits", 6, 0, offsetof(schematic_company_detail_response_data, traits), offsetof(schematic_company_detail_response_data, has_traits), -1, &apic_type_json_map},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"user_count", 10, APIC_F_REQUIRED, offsetof(schematic_company_detail_response_data, user_count), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_company_detail_response_data_desc = {
    "CompanyDetailResponseData", sizeof(schematic_company_detail_response_data), schematic_company_detail_response_data_desc_Fields, 24,
    offsetof(schematic_company_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_detail_response_data_free(schematic_company_detail_response_data *obj)
{
    apic_struct_free(&schematic_company_detail_response_data_desc, obj);
}

int schematic_company_detail_response_data_from_json(const char *json, size_t len, schematic_company_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_company_detail_response_data *)value;
    return rc;
}

int schematic_company_detail_response_data_to_json(const schematic_company_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_detail_response_data_Type, obj, out, err);
}

/* CompanyPlanWithBillingSubView */
static const apic_field schematic_company_plan_with_billing_sub_view_desc_Fields[] = {
    {"added_on", 8, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, added_on), -1, offsetof(schematic_company_plan_with_billing_sub_view, added_on_is_null), &schematic_string_date_time_Type},
    {"billing_product_external_id", 27, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, billing_product_external_id), -1, offsetof(schematic_company_plan_with_billing_sub_view, billing_product_external_id_is_null), &apic_type_string},
    {"billing_product_id", 18, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, billing_product_id), -1, offsetof(schematic_company_plan_with_billing_sub_view, billing_product_id_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, description), -1, offsetof(schematic_company_plan_with_billing_sub_view, description_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_plan_with_billing_sub_view, id), -1, -1, &apic_type_string},
    {"image_url", 9, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, image_url), -1, offsetof(schematic_company_plan_with_billing_sub_view, image_url_is_null), &apic_type_string},
    {"included_credit_grants", 22, APIC_F_REQUIRED, offsetof(schematic_company_plan_with_billing_sub_view, included_credit_grants), -1, -1, &schematic_company_plan_credit_grant_view_array_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_company_plan_with_billing_sub_view, name), -1, -1, &apic_type_string},
    {"plan_period", 11, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, plan_period), -1, offsetof(schematic_company_plan_with_billing_sub_view, plan_period_is_null), &apic_type_string},
    {"plan_price", 10, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, plan_price), offsetof(schematic_company_plan_with_billing_sub_view, has_plan_price), offsetof(schematic_company_plan_with_billing_sub_view, plan_price_is_null), &apic_type_int64},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_company_plan_with_billing_sub_view, plan_version_id), -1, offsetof(schematic_company_plan_with_billing_sub_view, plan_version_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_company_plan_with_billing_sub_view_desc = {
    "CompanyPlanWithBillingSubView", sizeof(schematic_company_plan_with_billing_sub_view), schematic_company_plan_with_billing_sub_view_desc_Fields, 11,
    offsetof(schematic_company_plan_with_billing_sub_view, unknown_fields),
    -1,
    NULL
};

void schematic_company_plan_with_billing_sub_view_free(schematic_company_plan_with_billing_sub_view *obj)
{
    apic_struct_free(&schematic_company_plan_with_billing_sub_view_desc, obj);
}

int schematic_company_plan_with_billing_sub_view_from_json(const char *json, size_t len, schematic_company_plan_with_billing_sub_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_plan_with_billing_sub_view_Type, json, len, &value, err);
    *out = (schematic_company_plan_with_billing_sub_view *)value;
    return rc;
}

int schematic_company_plan_with_billing_sub_view_to_json(const schematic_company_plan_with_billing_sub_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_plan_with_billing_sub_view_Type, obj, out, err);
}

/* CompanyPlanCreditGrantView */
static const apic_field schematic_company_plan_credit_grant_view_desc_Fields[] = {
    {"billing_credit_auto_topup_amount", 32, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_amount), offsetof(schematic_company_plan_credit_grant_view, has_billing_credit_auto_topup_amount), offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_amount_is_null), &apic_type_int64},
    {"billing_credit_auto_topup_amount_type", 37, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_amount_type), -1, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_amount_type_is_null), &apic_type_string},
    {"billing_credit_auto_topup_availability", 38, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_availability), offsetof(schematic_company_plan_credit_grant_view, has_billing_credit_auto_topup_availability), offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_availability_is_null), &schematic_billing_credit_auto_topup_availability_Type},
    {"billing_credit_auto_topup_enabled", 33, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_enabled), -1, -1, &apic_type_bool},
    {"billing_credit_auto_topup_expiry_type", 37, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_expiry_type), offsetof(schematic_company_plan_credit_grant_view, has_billing_credit_auto_topup_expiry_type), offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"billing_credit_auto_topup_expiry_unit", 37, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit), offsetof(schematic_company_plan_credit_grant_view, has_billing_credit_auto_topup_expiry_unit), offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"billing_credit_auto_topup_expiry_unit_count", 43, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit_count), offsetof(schematic_company_plan_credit_grant_view, has_billing_credit_auto_topup_expiry_unit_count), offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit_count_is_null), &apic_type_int64},
    {"billing_credit_auto_topup_self_service", 38, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_self_service), -1, -1, &apic_type_bool},
    {"billing_credit_auto_topup_threshold_credits", 43, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_threshold_credits), offsetof(schematic_company_plan_credit_grant_view, has_billing_credit_auto_topup_threshold_credits), offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_threshold_credits_is_null), &apic_type_int64},
    {"billing_credit_auto_topup_threshold_percent", 43, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_threshold_percent), offsetof(schematic_company_plan_credit_grant_view, has_billing_credit_auto_topup_threshold_percent), offsetof(schematic_company_plan_credit_grant_view, billing_credit_auto_topup_threshold_percent_is_null), &apic_type_int64},
    {"billing_credit_can_buy_bundles", 30, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, billing_credit_can_buy_bundles), -1, -1, &apic_type_bool},
    {"company_auto_topup_amount", 25, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, company_auto_topup_amount), offsetof(schematic_company_plan_credit_grant_view, has_company_auto_topup_amount), offsetof(schematic_company_plan_credit_grant_view, company_auto_topup_amount_is_null), &apic_type_int64},
    {"company_auto_topup_enabled", 26, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, company_auto_topup_enabled), offsetof(schematic_company_plan_credit_grant_view, has_company_auto_topup_enabled), offsetof(schematic_company_plan_credit_grant_view, company_auto_topup_enabled_is_null), &apic_type_bool},
    {"company_auto_topup_threshold_credits", 36, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, company_auto_topup_threshold_credits), offsetof(schematic_company_plan_credit_grant_view, has_company_auto_topup_threshold_credits), offsetof(schematic_company_plan_credit_grant_view, company_auto_topup_threshold_credits_is_null), &apic_type_int64},
    {"company_credit_amount", 21, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, company_credit_amount), -1, -1, &apic_type_int64},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit", 6, 0, offsetof(schematic_company_plan_credit_grant_view, credit), -1, -1, &schematic_billing_credit_view_Type},
    {"credit_amount", 13, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, credit_amount), -1, -1, &apic_type_int64},
    {"credit_description", 18, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, credit_description), -1, -1, &apic_type_string},
    {"credit_icon", 11, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, credit_icon), -1, offsetof(schematic_company_plan_credit_grant_view, credit_icon_is_null), &apic_type_string},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, credit_id), -1, -1, &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, credit_name), -1, -1, &apic_type_string},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, expiry_type), offsetof(schematic_company_plan_credit_grant_view, has_expiry_type), offsetof(schematic_company_plan_credit_grant_view, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, expiry_unit), offsetof(schematic_company_plan_credit_grant_view, has_expiry_unit), offsetof(schematic_company_plan_credit_grant_view, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, expiry_unit_count), offsetof(schematic_company_plan_credit_grant_view, has_expiry_unit_count), offsetof(schematic_company_plan_credit_grant_view, expiry_unit_count_is_null), &apic_type_int64},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, id), -1, -1, &apic_type_string},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, license_id), -1, offsetof(schematic_company_plan_credit_grant_view, license_id_is_null), &apic_type_string},
    {"plan", 4, 0, offsetof(schematic_company_plan_credit_grant_view, plan), -1, -1, &schematic_generic_preview_object_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, plan_version_id), -1, offsetof(schematic_company_plan_credit_grant_view, plan_version_id_is_null), &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, plural_name), -1, offsetof(schematic_company_plan_credit_grant_view, plural_name_is_null), &apic_type_string},
    {"reset_cadence", 13, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, reset_cadence), offsetof(schematic_company_plan_credit_grant_view, has_reset_cadence), offsetof(schematic_company_plan_credit_grant_view, reset_cadence_is_null), &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reset_start", 11, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, reset_start), offsetof(schematic_company_plan_credit_grant_view, has_reset_start), offsetof(schematic_company_plan_credit_grant_view, reset_start_is_null), &schematic_billing_plan_credit_grant_reset_start_Type},
    {"reset_type", 10, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, reset_type), -1, -1, &schematic_billing_plan_credit_grant_reset_type_Type},
    {"rollover_percentage", 19, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, rollover_percentage), -1, -1, &apic_type_int64},
    {"scaling", 7, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, scaling), -1, -1, &schematic_plan_credit_grant_scaling_Type},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_company_plan_credit_grant_view, singular_name), -1, offsetof(schematic_company_plan_credit_grant_view, singular_name_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_plan_credit_grant_view, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_company_plan_credit_grant_view_desc = {
    "CompanyPlanCreditGrantView", sizeof(schematic_company_plan_credit_grant_view), schematic_company_plan_credit_grant_view_desc_Fields, 38,
    offsetof(schematic_company_plan_credit_grant_view, unknown_fields),
    -1,
    NULL
};

void schematic_company_plan_credit_grant_view_free(schematic_company_plan_credit_grant_view *obj)
{
    apic_struct_free(&schematic_company_plan_credit_grant_view_desc, obj);
}

int schematic_company_plan_credit_grant_view_from_json(const char *json, size_t len, schematic_company_plan_credit_grant_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_plan_credit_grant_view_Type, json, len, &value, err);
    *out = (schematic_company_plan_credit_grant_view *)value;
    return rc;
}

int schematic_company_plan_credit_grant_view_to_json(const schematic_company_plan_credit_grant_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_plan_credit_grant_view_Type, obj, out, err);
}

/* GenericPreviewObject */
static const apic_field schematic_generic_preview_object_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_generic_preview_object, description), -1, offsetof(schematic_generic_preview_object, description_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_generic_preview_object, id), -1, -1, &apic_type_string},
    {"image_url", 9, APIC_F_NULLABLE, offsetof(schematic_generic_preview_object, image_url), -1, offsetof(schematic_generic_preview_object, image_url_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_generic_preview_object, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_generic_preview_object_desc = {
    "GenericPreviewObject", sizeof(schematic_generic_preview_object), schematic_generic_preview_object_desc_Fields, 4,
    offsetof(schematic_generic_preview_object, unknown_fields),
    -1,
    NULL
};

void schematic_generic_preview_object_free(schematic_generic_preview_object *obj)
{
    apic_struct_free(&schematic_generic_preview_object_desc, obj);
}

int schematic_generic_preview_object_from_json(const char *json, size_t len, schematic_generic_preview_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_generic_preview_object_Type, json, len, &value, err);
    *out = (schematic_generic_preview_object *)value;
    return rc;
}

int schematic_generic_preview_object_to_json(const schematic_generic_preview_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_generic_preview_object_Type, obj, out, err);
}

/* CustomPlanBillingResponseData */
static const apic_field schematic_custom_plan_billing_response_data_desc_Fields[] = {
    {"activation_strategy", 19, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, activation_strategy), -1, -1, &schematic_custom_plan_activation_strategy_Type},
    {"billing_cycle_anchor", 20, APIC_F_NULLABLE, offsetof(schematic_custom_plan_billing_response_data, billing_cycle_anchor), -1, offsetof(schematic_custom_plan_billing_response_data, billing_cycle_anchor_is_null), &schematic_string_date_time_Type},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, company_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"days_until_due", 14, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, days_until_due), -1, -1, &apic_type_int64},
    {"external_invoice_id", 19, APIC_F_NULLABLE, offsetof(schematic_custom_plan_billing_response_data, external_invoice_id), -1, offsetof(schematic_custom_plan_billing_response_data, external_invoice_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, id), -1, -1, &apic_type_string},
    {"paid_at", 7, APIC_F_NULLABLE, offsetof(schematic_custom_plan_billing_response_data, paid_at), -1, offsetof(schematic_custom_plan_billing_response_data, paid_at_is_null), &schematic_string_date_time_Type},
    {"plan_billing_source", 19, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, plan_billing_source), -1, -1, &schematic_plan_billing_source_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, plan_id), -1, -1, &apic_type_string},
    {"published_at", 12, APIC_F_NULLABLE, offsetof(schematic_custom_plan_billing_response_data, published_at), -1, offsetof(schematic_custom_plan_billing_response_data, published_at_is_null), &schematic_string_date_time_Type},
    {"send_invoice", 12, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, send_invoice), -1, -1, &apic_type_bool},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, status), -1, -1, &schematic_custom_plan_billing_status_Type},
    {"stripe_invoice_url", 18, APIC_F_NULLABLE, offsetof(schematic_custom_plan_billing_response_data, stripe_invoice_url), -1, offsetof(schematic_custom_plan_billing_response_data, stripe_invoice_url_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_custom_plan_billing_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_custom_plan_billing_response_data_desc = {
    "CustomPlanBillingResponseData", sizeof(schematic_custom_plan_billing_response_data), schematic_custom_plan_billing_response_data_desc_Fields, 15,
    offsetof(schematic_custom_plan_billing_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_custom_plan_billing_response_data_free(schematic_custom_plan_billing_response_data *obj)
{
    apic_struct_free(&schematic_custom_plan_billing_response_data_desc, obj);
}

int schematic_custom_plan_billing_response_data_from_json(const char *json, size_t len, schematic_custom_plan_billing_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_custom_plan_billing_response_data_Type, json, len, &value, err);
    *out = (schematic_custom_plan_billing_response_data *)value;
    return rc;
}

int schematic_custom_plan_billing_response_data_to_json(const schematic_custom_plan_billing_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_custom_plan_billing_response_data_Type, obj, out, err);
}

/* EntityTraitDetailResponseData */
static const apic_field schematic_entity_trait_detail_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_trait_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"definition", 10, 0, offsetof(schematic_entity_trait_detail_response_data, definition), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_entity_trait_detail_response_data, definition_id), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_entity_trait_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_entity_trait_detail_response_data, id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_trait_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_entity_trait_detail_response_data, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entity_trait_detail_response_data_desc = {
    "EntityTraitDetailResponseData", sizeof(schematic_entity_trait_detail_response_data), schematic_entity_trait_detail_response_data_desc_Fields, 7,
    offsetof(schematic_entity_trait_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_entity_trait_detail_response_data_free(schematic_entity_trait_detail_response_data *obj)
{
    apic_struct_free(&schematic_entity_trait_detail_response_data_desc, obj);
}

int schematic_entity_trait_detail_response_data_from_json(const char *json, size_t len, schematic_entity_trait_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_trait_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_entity_trait_detail_response_data *)value;
    return rc;
}

int schematic_entity_trait_detail_response_data_to_json(const schematic_entity_trait_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_trait_detail_response_data_Type, obj, out, err);
}

/* EntityKeyDetailResponseData */
static const apic_field schematic_entity_key_detail_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"definition", 10, 0, offsetof(schematic_entity_key_detail_response_data, definition), -1, -1, &schematic_entity_key_definition_response_data_Type},
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, definition_id), -1, -1, &apic_type_string},
    {"entity_id", 9, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, entity_id), -1, -1, &apic_type_string},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, entity_type), -1, -1, &schematic_entity_type_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, key), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_entity_key_detail_response_data, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entity_key_detail_response_data_desc = {
    "EntityKeyDetailResponseData", sizeof(schematic_entity_key_detail_response_data), schematic_entity_key_detail_response_data_desc_Fields, 10,
    offsetof(schematic_entity_key_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_entity_key_detail_response_data_free(schematic_entity_key_detail_response_data *obj)
{
    apic_struct_free(&schematic_entity_key_detail_response_data_desc, obj);
}

int schematic_entity_key_detail_response_data_from_json(const char *json, size_t len, schematic_entity_key_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_key_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_entity_key_detail_response_data *)value;
    return rc;
}

int schematic_entity_key_detail_response_data_to_json(const schematic_entity_key_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_key_detail_response_data_Type, obj, out, err);
}

/* EntityKeyDefinitionResponseData */
static const apic_field schematic_entity_key_definition_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_key_definition_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_entity_key_definition_response_data, entity_type), -1, -1, &schematic_entity_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_entity_key_definition_response_data, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_entity_key_definition_response_data, key), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_key_definition_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_entity_key_definition_response_data_desc = {
    "EntityKeyDefinitionResponseData", sizeof(schematic_entity_key_definition_response_data), schematic_entity_key_definition_response_data_desc_Fields, 5,
    offsetof(schematic_entity_key_definition_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_entity_key_definition_response_data_free(schematic_entity_key_definition_response_data *obj)
{
    apic_struct_free(&schematic_entity_key_definition_response_data_desc, obj);
}

int schematic_entity_key_definition_response_data_from_json(const char *json, size_t len, schematic_entity_key_definition_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_key_definition_response_data_Type, json, len, &value, err);
    *out = (schematic_entity_key_definition_response_data *)value;
    return rc;
}

int schematic_entity_key_definition_response_data_to_json(const schematic_entity_key_definition_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_key_definition_response_data_Type, obj, out, err);
}

/* CompanyEventPeriodMetricsResponseData */
static const apic_field schematic_company_event_period_metrics_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, account_id), -1, -1, &apic_type_string},
    {"captured_at_max", 15, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, captured_at_max), -1, -1, &schematic_string_date_time_Type},
    {"captured_at_min", 15, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, captured_at_min), -1, -1, &schematic_string_date_time_Type},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, company_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, event_subtype), -1, -1, &apic_type_string},
    {"month_reset", 11, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, month_reset), -1, -1, &schematic_metric_period_month_reset_Type},
    {"period", 6, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, period), -1, -1, &schematic_metric_period_Type},
    {"valid_until", 11, APIC_F_NULLABLE, offsetof(schematic_company_event_period_metrics_response_data, valid_until), -1, offsetof(schematic_company_event_period_metrics_response_data, valid_until_is_null), &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_company_event_period_metrics_response_data, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_company_event_period_metrics_response_data_desc = {
    "CompanyEventPeriodMetricsResponseData", sizeof(schematic_company_event_period_metrics_response_data), schematic_company_event_period_metrics_response_data_desc_Fields, 11,
    offsetof(schematic_company_event_period_metrics_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_event_period_metrics_response_data_free(schematic_company_event_period_metrics_response_data *obj)
{
    apic_struct_free(&schematic_company_event_period_metrics_response_data_desc, obj);
}

int schematic_company_event_period_metrics_response_data_from_json(const char *json, size_t len, schematic_company_event_period_metrics_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_event_period_metrics_response_data_Type, json, len, &value, err);
    *out = (schematic_company_event_period_metrics_response_data *)value;
    return rc;
}

int schematic_company_event_period_metrics_response_data_to_json(const schematic_company_event_period_metrics_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_event_period_metrics_response_data_Type, obj, out, err);
}

/* Rule */
static const apic_field schematic_rule_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rule, account_id), -1, -1, &apic_type_string},
    {"condition_groups", 16, APIC_F_REQUIRED, offsetof(schematic_rule, condition_groups), -1, -1, &schematic_condition_group_array_Type},
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_rule, conditions), -1, -1, &schematic_condition_array_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule, flag_id), -1, offsetof(schematic_rule, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_rule, name), -1, -1, &apic_type_string},
    {"priority", 8, APIC_F_REQUIRED, offsetof(schematic_rule, priority), -1, -1, &apic_type_int64},
    {"rule_type", 9, APIC_F_REQUIRED, offsetof(schematic_rule, rule_type), -1, -1, &schematic_rule_type_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rule, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_rule_desc = {
    "Rule", sizeof(schematic_rule), schematic_rule_desc_Fields, 10,
    offsetof(schematic_rule, unknown_fields),
    -1,
    NULL
};

void schematic_rule_free(schematic_rule *obj)
{
    apic_struct_free(&schematic_rule_desc, obj);
}

int schematic_rule_from_json(const char *json, size_t len, schematic_rule **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_Type, json, len, &value, err);
    *out = (schematic_rule *)value;
    return rc;
}

int schematic_rule_to_json(const schematic_rule *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_Type, obj, out, err);
}

/* ConditionGroup */
static const apic_field schematic_condition_group_desc_Fields[] = {
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group, conditions), -1, -1, &schematic_condition_array_Type},
};
const apic_struct_desc schematic_condition_group_desc = {
    "ConditionGroup", sizeof(schematic_condition_group), schematic_condition_group_desc_Fields, 1,
    offsetof(schematic_condition_group, unknown_fields),
    -1,
    NULL
};

void schematic_condition_group_free(schematic_condition_group *obj)
{
    apic_struct_free(&schematic_condition_group_desc, obj);
}

int schematic_condition_group_from_json(const char *json, size_t len, schematic_condition_group **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_condition_group_Type, json, len, &value, err);
    *out = (schematic_condition_group *)value;
    return rc;
}

int schematic_condition_group_to_json(const schematic_condition_group *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_condition_group_Type, obj, out, err);
}

/* Condition */
static const apic_field schematic_condition_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_condition, account_id), -1, -1, &apic_type_string},
    {"comparison_trait_definition", 27, 0, offsetof(schematic_condition, comparison_trait_definition), -1, -1, &schematic_trait_definition_Type},
    {"condition_type", 14, APIC_F_REQUIRED, offsetof(schematic_condition, condition_type), -1, -1, &schematic_condition_type_Type},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_condition, consumption_rate), offsetof(schematic_condition, has_consumption_rate), offsetof(schematic_condition, consumption_rate_is_null), &apic_type_double},
    {"credit_id", 9, APIC_F_NULLABLE, offsetof(schematic_condition, credit_id), -1, offsetof(schematic_condition, credit_id_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_condition, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_condition, event_subtype), -1, offsetof(schematic_condition, event_subtype_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_condition, id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_condition, metric_period), offsetof(schematic_condition, has_metric_period), offsetof(schematic_condition, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_condition, metric_period_month_reset), offsetof(schematic_condition, has_metric_period_month_reset), offsetof(schematic_condition, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"metric_value", 12, APIC_F_NULLABLE, offsetof(schematic_condition, metric_value), offsetof(schematic_condition, has_metric_value), offsetof(schematic_condition, metric_value_is_null), &apic_type_int64},
    {"operator", 8, APIC_F_REQUIRED, offsetof(schematic_condition, operator_), -1, -1, &schematic_comparable_operator_Type},
    {"resource_ids", 12, APIC_F_REQUIRED, offsetof(schematic_condition, resource_ids), -1, -1, &schematic_string_array_Type},
    {"trait_definition", 16, 0, offsetof(schematic_condition, trait_definition), -1, -1, &schematic_trait_definition_Type},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_condition, trait_value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_condition_desc = {
    "Condition", sizeof(schematic_condition), schematic_condition_desc_Fields, 15,
    offsetof(schematic_condition, unknown_fields),
    -1,
    NULL
};

void schematic_condition_free(schematic_condition *obj)
{
    apic_struct_free(&schematic_condition_desc, obj);
}

int schematic_condition_from_json(const char *json, size_t len, schematic_condition **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_condition_Type, json, len, &value, err);
    *out = (schematic_condition *)value;
    return rc;
}

int schematic_condition_to_json(const schematic_condition *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_condition_Type, obj, out, err);
}

/* TraitDefinition */
static const apic_field schematic_trait_definition_desc_Fields[] = {
    {"comparable_type", 15, APIC_F_REQUIRED, offsetof(schematic_trait_definition, comparable_type), -1, -1, &schematic_trait_definition_comparable_type_Type},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_trait_definition, entity_type), -1, -1, &schematic_entity_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_trait_definition, id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_trait_definition_desc = {
    "TraitDefinition", sizeof(schematic_trait_definition), schematic_trait_definition_desc_Fields, 3,
    offsetof(schematic_trait_definition, unknown_fields),
    -1,
    NULL
};

void schematic_trait_definition_free(schematic_trait_definition *obj)
{
    apic_struct_free(&schematic_trait_definition_desc, obj);
}

int schematic_trait_definition_from_json(const char *json, size_t len, schematic_trait_definition **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_trait_definition_Type, json, len, &value, err);
    *out = (schematic_trait_definition *)value;
    return rc;
}

int schematic_trait_definition_to_json(const schematic_trait_definition *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_trait_definition_Type, obj, out, err);
}

/* ScheduledDowngradeResponseData */
static const apic_field schematic_scheduled_downgrade_response_data_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, currency), -1, -1, &apic_type_string},
    {"effective_after", 15, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, effective_after), -1, -1, &schematic_string_date_time_Type},
    {"from_plan_id", 12, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, from_plan_id), -1, -1, &apic_type_string},
    {"from_plan_name", 14, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, from_plan_name), -1, -1, &apic_type_string},
    {"from_subscription_price", 23, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, from_subscription_price), -1, -1, &apic_type_int64},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, interval), -1, -1, &apic_type_string},
    {"scheduled_interval", 18, APIC_F_NULLABLE, offsetof(schematic_scheduled_downgrade_response_data, scheduled_interval), -1, offsetof(schematic_scheduled_downgrade_response_data, scheduled_interval_is_null), &apic_type_string},
    {"scheduled_price", 15, APIC_F_NULLABLE, offsetof(schematic_scheduled_downgrade_response_data, scheduled_price), offsetof(schematic_scheduled_downgrade_response_data, has_scheduled_price), offsetof(schematic_scheduled_downgrade_response_data, scheduled_price_is_null), &apic_type_int64},
    {"to_plan_id", 10, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, to_plan_id), -1, -1, &apic_type_string},
    {"to_plan_name", 12, APIC_F_REQUIRED, offsetof(schematic_scheduled_downgrade_response_data, to_plan_name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_scheduled_downgrade_response_data_desc = {
    "ScheduledDowngradeResponseData", sizeof(schematic_scheduled_downgrade_response_data), schematic_scheduled_downgrade_response_data_desc_Fields, 11,
    offsetof(schematic_scheduled_downgrade_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_scheduled_downgrade_response_data_free(schematic_scheduled_downgrade_response_data *obj)
{
    apic_struct_free(&schematic_scheduled_downgrade_response_data_desc, obj);
}

int schematic_scheduled_downgrade_response_data_from_json(const char *json, size_t len, schematic_scheduled_downgrade_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_scheduled_downgrade_response_data_Type, json, len, &value, err);
    *out = (schematic_scheduled_downgrade_response_data *)value;
    return rc;
}

int schematic_scheduled_downgrade_response_data_to_json(const schematic_scheduled_downgrade_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_scheduled_downgrade_response_data_Type, obj, out, err);
}

/* CheckoutFieldWithValue */
static const apic_field schematic_checkout_field_with_value_desc_Fields[] = {
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_checkout_field_with_value, definition_id), -1, -1, &apic_type_string},
    {"helper_text", 11, APIC_F_NULLABLE, offsetof(schematic_checkout_field_with_value, helper_text), -1, offsetof(schematic_checkout_field_with_value, helper_text_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_checkout_field_with_value, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_field_with_value, name), -1, -1, &apic_type_string},
    {"required", 8, APIC_F_REQUIRED, offsetof(schematic_checkout_field_with_value, required), -1, -1, &apic_type_bool},
    {"stripe_metadata_key", 19, APIC_F_REQUIRED, offsetof(schematic_checkout_field_with_value, stripe_metadata_key), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_NULLABLE, offsetof(schematic_checkout_field_with_value, value), -1, offsetof(schematic_checkout_field_with_value, value_is_null), &apic_type_string},
};
const apic_struct_desc schematic_checkout_field_with_value_desc = {
    "CheckoutFieldWithValue", sizeof(schematic_checkout_field_with_value), schematic_checkout_field_with_value_desc_Fields, 7,
    offsetof(schematic_checkout_field_with_value, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_field_with_value_free(schematic_checkout_field_with_value *obj)
{
    apic_struct_free(&schematic_checkout_field_with_value_desc, obj);
}

int schematic_checkout_field_with_value_from_json(const char *json, size_t len, schematic_checkout_field_with_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_field_with_value_Type, json, len, &value, err);
    *out = (schematic_checkout_field_with_value *)value;
    return rc;
}

int schematic_checkout_field_with_value_to_json(const schematic_checkout_field_with_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_field_with_value_Type, obj, out, err);
}

/* FeatureUsageDetailResponseData */
static const apic_field schematic_feature_usage_detail_response_data_desc_Fields[] = {
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_feature_usage_detail_response_data, features), -1, -1, &schematic_feature_usage_response_data_array_Type},
};
const apic_struct_desc schematic_feature_usage_detail_response_data_desc = {
    "FeatureUsageDetailResponseData", sizeof(schematic_feature_usage_detail_response_data), schematic_feature_usage_detail_response_data_desc_Fields, 1,
    offsetof(schematic_feature_usage_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_usage_detail_response_data_free(schematic_feature_usage_detail_response_data *obj)
{
    apic_struct_free(&schematic_feature_usage_detail_response_data_desc, obj);
}

int schematic_feature_usage_detail_response_data_from_json(const char *json, size_t len, schematic_feature_usage_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_usage_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_usage_detail_response_data *)value;
    return rc;
}

int schematic_feature_usage_detail_response_data_to_json(const schematic_feature_usage_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_usage_detail_response_data_Type, obj, out, err);
}

/* FeatureUsageResponseData */
static const apic_field schematic_feature_usage_response_data_desc_Fields[] = {
    {"access", 6, APIC_F_REQUIRED, offsetof(schematic_feature_usage_response_data, access), -1, -1, &apic_type_bool},
    {"allocation", 10, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, allocation), offsetof(schematic_feature_usage_response_data, has_allocation), offsetof(schematic_feature_usage_response_data, allocation_is_null), &apic_type_int64},
    {"allocation_type", 15, APIC_F_REQUIRED, offsetof(schematic_feature_usage_response_data, allocation_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"company_override", 16, 0, offsetof(schematic_feature_usage_response_data, company_override), -1, -1, &schematic_company_override_response_data_Type},
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, credit_consumption_rate), offsetof(schematic_feature_usage_response_data, has_credit_consumption_rate), offsetof(schematic_feature_usage_response_data, credit_consumption_rate_is_null), &apic_type_double},
    {"credit_grant_counts", 19, 0, offsetof(schematic_feature_usage_response_data, credit_grant_counts), offsetof(schematic_feature_usage_response_data, has_credit_grant_counts), -1, &schematic_double_map_Type},
    {"credit_grant_details", 20, 0, offsetof(schematic_feature_usage_response_data, credit_grant_details), offsetof(schematic_feature_usage_response_data, has_credit_grant_details), -1, &schematic_credit_grant_detail_array_Type},
    {"credit_grant_reason", 19, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, credit_grant_reason), offsetof(schematic_feature_usage_response_data, has_credit_grant_reason), offsetof(schematic_feature_usage_response_data, credit_grant_reason_is_null), &schematic_billing_credit_grant_reason_Type},
    {"credit_remaining", 16, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, credit_remaining), offsetof(schematic_feature_usage_response_data, has_credit_remaining), offsetof(schematic_feature_usage_response_data, credit_remaining_is_null), &apic_type_double},
    {"credit_total", 12, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, credit_total), offsetof(schematic_feature_usage_response_data, has_credit_total), offsetof(schematic_feature_usage_response_data, credit_total_is_null), &apic_type_double},
    {"credit_type_icon", 16, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, credit_type_icon), -1, offsetof(schematic_feature_usage_response_data, credit_type_icon_is_null), &apic_type_string},
    {"credit_usage_aggregation", 24, 0, offsetof(schematic_feature_usage_response_data, credit_usage_aggregation), -1, -1, &schematic_credit_usage_aggregation_Type},
    {"credit_used", 11, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, credit_used), offsetof(schematic_feature_usage_response_data, has_credit_used), offsetof(schematic_feature_usage_response_data, credit_used_is_null), &apic_type_double},
    {"effective_limit", 15, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, effective_limit), offsetof(schematic_feature_usage_response_data, has_effective_limit), offsetof(schematic_feature_usage_response_data, effective_limit_is_null), &apic_type_int64},
    {"effective_price", 15, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, effective_price), offsetof(schematic_feature_usage_response_data, has_effective_price), offsetof(schematic_feature_usage_response_data, effective_price_is_null), &apic_type_double},
    {"entitlement_expiration_date", 27, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, entitlement_expiration_date), -1, offsetof(schematic_feature_usage_response_data, entitlement_expiration_date_is_null), &schematic_string_date_time_Type},
    {"entitlement_id", 14, APIC_F_REQUIRED, offsetof(schematic_feature_usage_response_data, entitlement_id), -1, -1, &apic_type_string},
    {"entitlement_source", 18, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, entitlement_source), -1, offsetof(schematic_feature_usage_response_data, entitlement_source_is_null), &apic_type_string},
    {"entitlement_type", 16, APIC_F_REQUIRED, offsetof(schematic_feature_usage_response_data, entitlement_type), -1, -1, &schematic_entitlement_type_Type},
    {"feature", 7, 0, offsetof(schematic_feature_usage_response_data, feature), -1, -1, &schematic_feature_in_plan_response_data_Type},
    {"has_valid_allocation", 20, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, has_valid_allocation), offsetof(schematic_feature_usage_response_data, has_has_valid_allocation), offsetof(schematic_feature_usage_response_data, has_valid_allocation_is_null), &apic_type_bool},
    {"is_unlimited", 12, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, is_unlimited), offsetof(schematic_feature_usage_response_data, has_is_unlimited), offsetof(schematic_feature_usage_response_data, is_unlimited_is_null), &apic_type_bool},
    {"metric_reset_at", 15, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, metric_reset_at), -1, offsetof(schematic_feature_usage_response_data, metric_reset_at_is_null), &schematic_string_date_time_Type},
    {"month_reset", 11, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, month_reset), offsetof(schematic_feature_usage_response_data, has_month_reset), offsetof(schematic_feature_usage_response_data, month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"monthly_usage_based_price", 25, 0, offsetof(schematic_feature_usage_response_data, monthly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
    {"overuse", 7, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, overuse), offsetof(schematic_feature_usage_response_data, has_overuse), offsetof(schematic_feature_usage_response_data, overuse_is_null), &apic_type_int64},
    {"percent_used", 12, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, percent_used), offsetof(schematic_feature_usage_response_data, has_percent_used), offsetof(schematic_feature_usage_response_data, percent_used_is_null), &apic_type_double},
    {"period", 6, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, period), offsetof(schematic_feature_usage_response_data, has_period), offsetof(schematic_feature_usage_response_data, period_is_null), &schematic_metric_period_Type},
    {"plan", 4, 0, offsetof(schematic_feature_usage_response_data, plan), -1, -1, &schematic_plan_response_data_Type},
    {"plan_entitlement", 16, 0, offsetof(schematic_feature_usage_response_data, plan_entitlement), -1, -1, &schematic_plan_entitlement_response_data_Type},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, price_behavior), offsetof(schematic_feature_usage_response_data, has_price_behavior), offsetof(schematic_feature_usage_response_data, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"quarterly_usage_based_price", 27, 0, offsetof(schematic_feature_usage_response_data, quarterly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, soft_limit), offsetof(schematic_feature_usage_response_data, has_soft_limit), offsetof(schematic_feature_usage_response_data, soft_limit_is_null), &apic_type_int64},
    {"usage", 5, APIC_F_NULLABLE, offsetof(schematic_feature_usage_response_data, usage), offsetof(schematic_feature_usage_response_data, has_usage), offsetof(schematic_feature_usage_response_data, usage_is_null), &apic_type_int64},
    {"yearly_usage_based_price", 24, 0, offsetof(schematic_feature_usage_response_data, yearly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
};
const apic_struct_desc schematic_feature_usage_response_data_desc = {
    "FeatureUsageResponseData", sizeof(schematic_feature_usage_response_data), schematic_feature_usage_response_data_desc_Fields, 35,
    offsetof(schematic_feature_usage_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_usage_response_data_free(schematic_feature_usage_response_data *obj)
{
    apic_struct_free(&schematic_feature_usage_response_data_desc, obj);
}

int schematic_feature_usage_response_data_from_json(const char *json, size_t len, schematic_feature_usage_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_usage_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_usage_response_data *)value;
    return rc;
}

int schematic_feature_usage_response_data_to_json(const schematic_feature_usage_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_usage_response_data_Type, obj, out, err);
}

/* CompanyOverrideResponseData */
static const apic_field schematic_company_override_response_data_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_company_override_response_data, company), -1, -1, &schematic_company_detail_response_data_Type},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, company_id), -1, -1, &apic_type_string},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, consumption_rate), offsetof(schematic_company_override_response_data, has_consumption_rate), offsetof(schematic_company_override_response_data, consumption_rate_is_null), &apic_type_double},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, environment_id), -1, -1, &apic_type_string},
    {"expiration_date", 15, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, expiration_date), -1, offsetof(schematic_company_override_response_data, expiration_date_is_null), &schematic_string_date_time_Type},
    {"feature", 7, 0, offsetof(schematic_company_override_response_data, feature), -1, -1, &schematic_feature_response_data_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, feature_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, metric_period), offsetof(schematic_company_override_response_data, has_metric_period), offsetof(schematic_company_override_response_data, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, metric_period_month_reset), offsetof(schematic_company_override_response_data, has_metric_period_month_reset), offsetof(schematic_company_override_response_data, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"notes", 5, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, notes), -1, -1, &schematic_company_override_note_response_data_array_Type},
    {"rule_id", 7, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, rule_id), -1, offsetof(schematic_company_override_response_data, rule_id_is_null), &apic_type_string},
    {"rule_id_usage_exceeded", 22, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, rule_id_usage_exceeded), -1, offsetof(schematic_company_override_response_data, rule_id_usage_exceeded_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, value_bool), offsetof(schematic_company_override_response_data, has_value_bool), offsetof(schematic_company_override_response_data, value_bool_is_null), &apic_type_bool},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, value_numeric), offsetof(schematic_company_override_response_data, has_value_numeric), offsetof(schematic_company_override_response_data, value_numeric_is_null), &apic_type_int64},
    {"value_trait", 11, 0, offsetof(schematic_company_override_response_data, value_trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_company_override_response_data, value_trait_id), -1, offsetof(schematic_company_override_response_data, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_company_override_response_data, value_type), -1, -1, &schematic_entitlement_value_type_Type},
};
const apic_struct_desc schematic_company_override_response_data_desc = {
    "CompanyOverrideResponseData", sizeof(schematic_company_override_response_data), schematic_company_override_response_data_desc_Fields, 20,
    offsetof(schematic_company_override_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_override_response_data_free(schematic_company_override_response_data *obj)
{
    apic_struct_free(&schematic_company_override_response_data_desc, obj);
}

int schematic_company_override_response_data_from_json(const char *json, size_t len, schematic_company_override_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_override_response_data_Type, json, len, &value, err);
    *out = (schematic_company_override_response_data *)value;
    return rc;
}

int schematic_company_override_response_data_to_json(const schematic_company_override_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_override_response_data_Type, obj, out, err);
}

/* CompanyOverrideNoteResponseData */
static const apic_field schematic_company_override_note_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_override_note_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"external_user_id", 16, APIC_F_REQUIRED, offsetof(schematic_company_override_note_response_data, external_user_id), -1, -1, &apic_type_string},
    {"external_user_name", 18, APIC_F_REQUIRED, offsetof(schematic_company_override_note_response_data, external_user_name), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_override_note_response_data, id), -1, -1, &apic_type_string},
    {"note", 4, APIC_F_REQUIRED, offsetof(schematic_company_override_note_response_data, note), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_override_note_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_company_override_note_response_data_desc = {
    "CompanyOverrideNoteResponseData", sizeof(schematic_company_override_note_response_data), schematic_company_override_note_response_data_desc_Fields, 6,
    offsetof(schematic_company_override_note_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_override_note_response_data_free(schematic_company_override_note_response_data *obj)
{
    apic_struct_free(&schematic_company_override_note_response_data_desc, obj);
}

int schematic_company_override_note_response_data_from_json(const char *json, size_t len, schematic_company_override_note_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_override_note_response_data_Type, json, len, &value, err);
    *out = (schematic_company_override_note_response_data *)value;
    return rc;
}

int schematic_company_override_note_response_data_to_json(const schematic_company_override_note_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_override_note_response_data_Type, obj, out, err);
}

/* CreditGrantDetail */
static const apic_field schematic_credit_grant_detail_desc_Fields[] = {
    {"credit_type_icon", 16, APIC_F_NULLABLE, offsetof(schematic_credit_grant_detail, credit_type_icon), -1, offsetof(schematic_credit_grant_detail, credit_type_icon_is_null), &apic_type_string},
    {"expires_at", 10, APIC_F_NULLABLE, offsetof(schematic_credit_grant_detail, expires_at), -1, offsetof(schematic_credit_grant_detail, expires_at_is_null), &schematic_string_date_time_Type},
    {"grant_reason", 12, APIC_F_REQUIRED, offsetof(schematic_credit_grant_detail, grant_reason), -1, -1, &schematic_billing_credit_grant_reason_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_credit_grant_detail, quantity), -1, -1, &apic_type_double},
};
const apic_struct_desc schematic_credit_grant_detail_desc = {
    "CreditGrantDetail", sizeof(schematic_credit_grant_detail), schematic_credit_grant_detail_desc_Fields, 4,
    offsetof(schematic_credit_grant_detail, unknown_fields),
    -1,
    NULL
};

void schematic_credit_grant_detail_free(schematic_credit_grant_detail *obj)
{
    apic_struct_free(&schematic_credit_grant_detail_desc, obj);
}

int schematic_credit_grant_detail_from_json(const char *json, size_t len, schematic_credit_grant_detail **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_grant_detail_Type, json, len, &value, err);
    *out = (schematic_credit_grant_detail *)value;
    return rc;
}

int schematic_credit_grant_detail_to_json(const schematic_credit_grant_detail *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_grant_detail_Type, obj, out, err);
}

/* CreditUsageAggregation */
static const apic_field schematic_credit_usage_aggregation_desc_Fields[] = {
    {"usage_this_billing_period", 25, APIC_F_NULLABLE, offsetof(schematic_credit_usage_aggregation, usage_this_billing_period), offsetof(schematic_credit_usage_aggregation, has_usage_this_billing_period), offsetof(schematic_credit_usage_aggregation, usage_this_billing_period_is_null), &apic_type_double},
    {"usage_this_calendar_month", 25, APIC_F_NULLABLE, offsetof(schematic_credit_usage_aggregation, usage_this_calendar_month), offsetof(schematic_credit_usage_aggregation, has_usage_this_calendar_month), offsetof(schematic_credit_usage_aggregation, usage_this_calendar_month_is_null), &apic_type_double},
    {"usage_this_week", 15, APIC_F_NULLABLE, offsetof(schematic_credit_usage_aggregation, usage_this_week), offsetof(schematic_credit_usage_aggregation, has_usage_this_week), offsetof(schematic_credit_usage_aggregation, usage_this_week_is_null), &apic_type_double},
    {"usage_today", 11, APIC_F_NULLABLE, offsetof(schematic_credit_usage_aggregation, usage_today), offsetof(schematic_credit_usage_aggregation, has_usage_today), offsetof(schematic_credit_usage_aggregation, usage_today_is_null), &apic_type_double},
};
const apic_struct_desc schematic_credit_usage_aggregation_desc = {
    "CreditUsageAggregation", sizeof(schematic_credit_usage_aggregation), schematic_credit_usage_aggregation_desc_Fields, 4,
    offsetof(schematic_credit_usage_aggregation, unknown_fields),
    -1,
    NULL
};

void schematic_credit_usage_aggregation_free(schematic_credit_usage_aggregation *obj)
{
    apic_struct_free(&schematic_credit_usage_aggregation_desc, obj);
}

int schematic_credit_usage_aggregation_from_json(const char *json, size_t len, schematic_credit_usage_aggregation **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_usage_aggregation_Type, json, len, &value, err);
    *out = (schematic_credit_usage_aggregation *)value;
    return rc;
}

int schematic_credit_usage_aggregation_to_json(const schematic_credit_usage_aggregation *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_usage_aggregation_Type, obj, out, err);
}

/* CreditBundlePurchaseResponseData */
static const apic_field schematic_credit_bundle_purchase_response_data_desc_Fields[] = {
    {"bundle", 6, 0, offsetof(schematic_credit_bundle_purchase_response_data, bundle), -1, -1, &schematic_billing_credit_bundle_response_data_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_credit_bundle_purchase_response_data, quantity), -1, -1, &apic_type_int64},
    {"total", 5, APIC_F_REQUIRED, offsetof(schematic_credit_bundle_purchase_response_data, total), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_credit_bundle_purchase_response_data_desc = {
    "CreditBundlePurchaseResponseData", sizeof(schematic_credit_bundle_purchase_response_data), schematic_credit_bundle_purchase_response_data_desc_Fields, 3,
    offsetof(schematic_credit_bundle_purchase_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_credit_bundle_purchase_response_data_free(schematic_credit_bundle_purchase_response_data *obj)
{
    apic_struct_free(&schematic_credit_bundle_purchase_response_data_desc, obj);
}

int schematic_credit_bundle_purchase_response_data_from_json(const char *json, size_t len, schematic_credit_bundle_purchase_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_bundle_purchase_response_data_Type, json, len, &value, err);
    *out = (schematic_credit_bundle_purchase_response_data *)value;
    return rc;
}

int schematic_credit_bundle_purchase_response_data_to_json(const schematic_credit_bundle_purchase_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_bundle_purchase_response_data_Type, obj, out, err);
}

/* CompanySubscriptionResponseData */
static const apic_field schematic_company_subscription_response_data_desc_Fields[] = {
    {"cancel_at", 9, APIC_F_NULLABLE, offsetof(schematic_company_subscription_response_data, cancel_at), -1, offsetof(schematic_company_subscription_response_data, cancel_at_is_null), &schematic_string_date_time_Type},
    {"cancel_at_period_end", 20, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, cancel_at_period_end), -1, -1, &apic_type_bool},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, customer_external_id), -1, -1, &apic_type_string},
    {"discounts", 9, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, discounts), -1, -1, &schematic_billing_subscription_discount_view_array_Type},
    {"expired_at", 10, APIC_F_NULLABLE, offsetof(schematic_company_subscription_response_data, expired_at), -1, offsetof(schematic_company_subscription_response_data, expired_at_is_null), &schematic_string_date_time_Type},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, interval), -1, -1, &apic_type_string},
    {"is_initial", 10, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, is_initial), -1, -1, &apic_type_bool},
    {"latest_invoice", 14, 0, offsetof(schematic_company_subscription_response_data, latest_invoice), -1, -1, &schematic_invoice_response_data_Type},
    {"payment_method", 14, 0, offsetof(schematic_company_subscription_response_data, payment_method), -1, -1, &schematic_payment_method_response_data_Type},
    {"products", 8, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, products), -1, -1, &schematic_billing_product_for_subscription_response_data_array_Type},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, status), -1, -1, &apic_type_string},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, subscription_external_id), -1, -1, &apic_type_string},
    {"total_price", 11, APIC_F_REQUIRED, offsetof(schematic_company_subscription_response_data, total_price), -1, -1, &apic_type_int64},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_company_subscription_response_data, trial_end), -1, offsetof(schematic_company_subscription_response_data, trial_end_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_company_subscription_response_data_desc = {
    "CompanySubscriptionResponseData", sizeof(schematic_company_subscription_response_data), schematic_company_subscription_response_data_desc_Fields, 16,
    offsetof(schematic_company_subscription_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_subscription_response_data_free(schematic_company_subscription_response_data *obj)
{
    apic_struct_free(&schematic_company_subscription_response_data_desc, obj);
}

int schematic_company_subscription_response_data_from_json(const char *json, size_t len, schematic_company_subscription_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_subscription_response_data_Type, json, len, &value, err);
    *out = (schematic_company_subscription_response_data *)value;
    return rc;
}

int schematic_company_subscription_response_data_to_json(const schematic_company_subscription_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_subscription_response_data_Type, obj, out, err);
}

/* CheckoutFieldInput */
static const apic_field schematic_checkout_field_input_desc_Fields[] = {
    {"definition_id", 13, APIC_F_NULLABLE, offsetof(schematic_checkout_field_input, definition_id), -1, offsetof(schematic_checkout_field_input, definition_id_is_null), &apic_type_string},
    {"helper_text", 11, APIC_F_NULLABLE, offsetof(schematic_checkout_field_input, helper_text), -1, offsetof(schematic_checkout_field_input, helper_text_is_null), &apic_type_string},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_checkout_field_input, id), -1, offsetof(schematic_checkout_field_input, id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_field_input, name), -1, -1, &apic_type_string},
    {"required", 8, APIC_F_REQUIRED, offsetof(schematic_checkout_field_input, required), -1, -1, &apic_type_bool},
    {"stripe_metadata_key", 19, APIC_F_REQUIRED, offsetof(schematic_checkout_field_input, stripe_metadata_key), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_checkout_field_input_desc = {
    "CheckoutFieldInput", sizeof(schematic_checkout_field_input), schematic_checkout_field_input_desc_Fields, 6,
    offsetof(schematic_checkout_field_input, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_field_input_free(schematic_checkout_field_input *obj)
{
    apic_struct_free(&schematic_checkout_field_input_desc, obj);
}

int schematic_checkout_field_input_from_json(const char *json, size_t len, schematic_checkout_field_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_field_input_Type, json, len, &value, err);
    *out = (schematic_checkout_field_input *)value;
    return rc;
}

int schematic_checkout_field_input_to_json(const schematic_checkout_field_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_field_input_Type, obj, out, err);
}

/* CheckoutFieldResponseData */
static const apic_field schematic_checkout_field_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, definition_id), -1, -1, &apic_type_string},
    {"helper_text", 11, APIC_F_NULLABLE, offsetof(schematic_checkout_field_response_data, helper_text), -1, offsetof(schematic_checkout_field_response_data, helper_text_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, name), -1, -1, &apic_type_string},
    {"position", 8, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, position), -1, -1, &apic_type_int64},
    {"required", 8, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, required), -1, -1, &apic_type_bool},
    {"stripe_metadata_key", 19, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, stripe_metadata_key), -1, -1, &apic_type_string},
    {"trait_hierarchy", 15, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, trait_hierarchy), -1, -1, &schematic_string_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_checkout_field_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_checkout_field_response_data_desc = {
    "CheckoutFieldResponseData", sizeof(schematic_checkout_field_response_data), schematic_checkout_field_response_data_desc_Fields, 10,
    offsetof(schematic_checkout_field_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_field_response_data_free(schematic_checkout_field_response_data *obj)
{
    apic_struct_free(&schematic_checkout_field_response_data_desc, obj);
}

int schematic_checkout_field_response_data_from_json(const char *json, size_t len, schematic_checkout_field_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_field_response_data_Type, json, len, &value, err);
    *out = (schematic_checkout_field_response_data *)value;
    return rc;
}

int schematic_checkout_field_response_data_to_json(const schematic_checkout_field_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_field_response_data_Type, obj, out, err);
}

/* CheckoutSettingsResponseData */
static const apic_field schematic_checkout_settings_response_data_desc_Fields[] = {
    {"bundle_purchase_behavior", 24, APIC_F_REQUIRED, offsetof(schematic_checkout_settings_response_data, bundle_purchase_behavior), -1, -1, &schematic_checkout_bundle_purchase_behavior_Type},
    {"collect_address", 15, APIC_F_REQUIRED, offsetof(schematic_checkout_settings_response_data, collect_address), -1, -1, &apic_type_bool},
    {"collect_email", 13, APIC_F_REQUIRED, offsetof(schematic_checkout_settings_response_data, collect_email), -1, -1, &apic_type_bool},
    {"collect_phone", 13, APIC_F_REQUIRED, offsetof(schematic_checkout_settings_response_data, collect_phone), -1, -1, &apic_type_bool},
    {"collect_tax_id", 14, APIC_F_REQUIRED, offsetof(schematic_checkout_settings_response_data, collect_tax_id), -1, -1, &apic_type_bool},
    {"opt_in_enabled", 14, APIC_F_REQUIRED, offsetof(schematic_checkout_settings_response_data, opt_in_enabled), -1, -1, &apic_type_bool},
    {"opt_in_text", 11, APIC_F_NULLABLE, offsetof(schematic_checkout_settings_response_data, opt_in_text), -1, offsetof(schematic_checkout_settings_response_data, opt_in_text_is_null), &apic_type_string},
    {"opt_in_title", 12, APIC_F_NULLABLE, offsetof(schematic_checkout_settings_response_data, opt_in_title), -1, offsetof(schematic_checkout_settings_response_data, opt_in_title_is_null), &apic_type_string},
};
const apic_struct_desc schematic_checkout_settings_response_data_desc = {
    "CheckoutSettingsResponseData", sizeof(schematic_checkout_settings_response_data), schematic_checkout_settings_response_data_desc_Fields, 8,
    offsetof(schematic_checkout_settings_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_settings_response_data_free(schematic_checkout_settings_response_data *obj)
{
    apic_struct_free(&schematic_checkout_settings_response_data_desc, obj);
}

int schematic_checkout_settings_response_data_from_json(const char *json, size_t len, schematic_checkout_settings_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_settings_response_data_Type, json, len, &value, err);
    *out = (schematic_checkout_settings_response_data *)value;
    return rc;
}

int schematic_checkout_settings_response_data_to_json(const schematic_checkout_settings_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_settings_response_data_Type, obj, out, err);
}

/* CheckoutSubscription */
static const apic_field schematic_checkout_subscription_desc_Fields[] = {
    {"application_id", 14, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, application_id), -1, offsetof(schematic_checkout_subscription, application_id_is_null), &apic_type_string},
    {"cancel_at", 9, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, cancel_at), offsetof(schematic_checkout_subscription, has_cancel_at), offsetof(schematic_checkout_subscription, cancel_at_is_null), &apic_type_int64},
    {"cancel_at_period_end", 20, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, cancel_at_period_end), -1, -1, &apic_type_bool},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, company_id), -1, offsetof(schematic_checkout_subscription, company_id_is_null), &apic_type_string},
    {"confirm_payment_intent_client_secret", 36, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, confirm_payment_intent_client_secret), -1, offsetof(schematic_checkout_subscription, confirm_payment_intent_client_secret_is_null), &apic_type_string},
    {"confirm_payment_intent_id", 25, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, confirm_payment_intent_id), -1, offsetof(schematic_checkout_subscription, confirm_payment_intent_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, customer_external_id), -1, -1, &apic_type_string},
    {"default_payment_method_id", 25, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, default_payment_method_id), -1, offsetof(schematic_checkout_subscription, default_payment_method_id_is_null), &apic_type_string},
    {"expired_at", 10, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, expired_at), -1, offsetof(schematic_checkout_subscription, expired_at_is_null), &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, interval), -1, -1, &apic_type_string},
    {"invoice_id", 10, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, invoice_id), -1, offsetof(schematic_checkout_subscription, invoice_id_is_null), &apic_type_string},
    {"invoice_url", 11, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, invoice_url), -1, offsetof(schematic_checkout_subscription, invoice_url_is_null), &apic_type_string},
    {"metadata", 8, 0, offsetof(schematic_checkout_subscription, metadata), offsetof(schematic_checkout_subscription, has_metadata), -1, &apic_type_json_map},
    {"period_end", 10, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, period_end), -1, -1, &apic_type_int64},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, period_start), -1, -1, &apic_type_int64},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, status), -1, -1, &apic_type_string},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, subscription_external_id), -1, -1, &apic_type_string},
    {"total_price", 11, APIC_F_REQUIRED, offsetof(schematic_checkout_subscription, total_price), -1, -1, &apic_type_int64},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, trial_end), offsetof(schematic_checkout_subscription, has_trial_end), offsetof(schematic_checkout_subscription, trial_end_is_null), &apic_type_int64},
    {"trial_end_setting", 17, APIC_F_NULLABLE, offsetof(schematic_checkout_subscription, trial_end_setting), offsetof(schematic_checkout_subscription, has_trial_end_setting), offsetof(schematic_checkout_subscription, trial_end_setting_is_null), &schematic_billing_subscription_trial_end_setting_Type},
};
const apic_struct_desc schematic_checkout_subscription_desc = {
    "CheckoutSubscription", sizeof(schematic_checkout_subscription), schematic_checkout_subscription_desc_Fields, 24,
    offsetof(schematic_checkout_subscription, unknown_fields),
    -1,
    NULL
};

void schematic_checkout_subscription_free(schematic_checkout_subscription *obj)
{
    apic_struct_free(&schematic_checkout_subscription_desc, obj);
}

int schematic_checkout_subscription_from_json(const char *json, size_t len, schematic_checkout_subscription **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_checkout_subscription_Type, json, len, &value, err);
    *out = (schematic_checkout_subscription *)value;
    return rc;
}

int schematic_checkout_subscription_to_json(const schematic_checkout_subscription *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_checkout_subscription_Type, obj, out, err);
}

/* ClerkIntegrationConfig */
static const apic_field schematic_clerk_integration_config_desc_Fields[] = {
    {"first_events_received", 21, APIC_F_NULLABLE, offsetof(schematic_clerk_integration_config, first_events_received), offsetof(schematic_clerk_integration_config, has_first_events_received), offsetof(schematic_clerk_integration_config, first_events_received_is_null), &apic_type_bool},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_clerk_integration_config, type), -1, -1, &schematic_clerk_integration_config_type_Type},
    {"webhook_url", 11, APIC_F_NULLABLE, offsetof(schematic_clerk_integration_config, webhook_url), -1, offsetof(schematic_clerk_integration_config, webhook_url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_clerk_integration_config_desc = {
    "ClerkIntegrationConfig", sizeof(schematic_clerk_integration_config), schematic_clerk_integration_config_desc_Fields, 3,
    offsetof(schematic_clerk_integration_config, unknown_fields),
    -1,
    NULL
};

void schematic_clerk_integration_config_free(schematic_clerk_integration_config *obj)
{
    apic_struct_free(&schematic_clerk_integration_config_desc, obj);
}

int schematic_clerk_integration_config_from_json(const char *json, size_t len, schematic_clerk_integration_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_clerk_integration_config_Type, json, len, &value, err);
    *out = (schematic_clerk_integration_config *)value;
    return rc;
}

int schematic_clerk_integration_config_to_json(const schematic_clerk_integration_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_clerk_integration_config_Type, obj, out, err);
}

/* CompanyBillingAddressView */
static const apic_field schematic_company_billing_address_view_desc_Fields[] = {
    {"city", 4, APIC_F_REQUIRED, offsetof(schematic_company_billing_address_view, city), -1, -1, &apic_type_string},
    {"country", 7, APIC_F_REQUIRED, offsetof(schematic_company_billing_address_view, country), -1, -1, &apic_type_string},
    {"line1", 5, APIC_F_REQUIRED, offsetof(schematic_company_billing_address_view, line1), -1, -1, &apic_type_string},
    {"line2", 5, APIC_F_REQUIRED, offsetof(schematic_company_billing_address_view, line2), -1, -1, &apic_type_string},
    {"postal_code", 11, APIC_F_REQUIRED, offsetof(schematic_company_billing_address_view, postal_code), -1, -1, &apic_type_string},
    {"state", 5, APIC_F_REQUIRED, offsetof(schematic_company_billing_address_view, state), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_company_billing_address_view_desc = {
    "CompanyBillingAddressView", sizeof(schematic_company_billing_address_view), schematic_company_billing_address_view_desc_Fields, 6,
    offsetof(schematic_company_billing_address_view, unknown_fields),
    -1,
    NULL
};

void schematic_company_billing_address_view_free(schematic_company_billing_address_view *obj)
{
    apic_struct_free(&schematic_company_billing_address_view_desc, obj);
}

int schematic_company_billing_address_view_from_json(const char *json, size_t len, schematic_company_billing_address_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_billing_address_view_Type, json, len, &value, err);
    *out = (schematic_company_billing_address_view *)value;
    return rc;
}

int schematic_company_billing_address_view_to_json(const schematic_company_billing_address_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_billing_address_view_Type, obj, out, err);
}

/* CompanyBillingCheckoutSettings */
static const apic_field schematic_company_billing_checkout_settings_desc_Fields[] = {
    {"collect_address", 15, APIC_F_REQUIRED, offsetof(schematic_company_billing_checkout_settings, collect_address), -1, -1, &apic_type_bool},
    {"collect_email", 13, APIC_F_REQUIRED, offsetof(schematic_company_billing_checkout_settings, collect_email), -1, -1, &apic_type_bool},
    {"collect_phone", 13, APIC_F_REQUIRED, offsetof(schematic_company_billing_checkout_settings, collect_phone), -1, -1, &apic_type_bool},
    {"collect_tax_id", 14, APIC_F_REQUIRED, offsetof(schematic_company_billing_checkout_settings, collect_tax_id), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_company_billing_checkout_settings_desc = {
    "CompanyBillingCheckoutSettings", sizeof(schematic_company_billing_checkout_settings), schematic_company_billing_checkout_settings_desc_Fields, 4,
    offsetof(schematic_company_billing_checkout_settings, unknown_fields),
    -1,
    NULL
};

void schematic_company_billing_checkout_settings_free(schematic_company_billing_checkout_settings *obj)
{
    apic_struct_free(&schematic_company_billing_checkout_settings_desc, obj);
}

int schematic_company_billing_checkout_settings_from_json(const char *json, size_t len, schematic_company_billing_checkout_settings **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_billing_checkout_settings_Type, json, len, &value, err);
    *out = (schematic_company_billing_checkout_settings *)value;
    return rc;
}

int schematic_company_billing_checkout_settings_to_json(const schematic_company_billing_checkout_settings *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_billing_checkout_settings_Type, obj, out, err);
}

/* CompanyBillingDetailsResponseData */
static const apic_field schematic_company_billing_details_response_data_desc_Fields[] = {
    {"address", 7, 0, offsetof(schematic_company_billing_details_response_data, address), -1, -1, &schematic_company_billing_address_view_Type},
    {"checkout_settings", 17, APIC_F_REQUIRED, offsetof(schematic_company_billing_details_response_data, checkout_settings), -1, -1, &schematic_company_billing_checkout_settings_Type},
    {"custom_fields", 13, APIC_F_REQUIRED, offsetof(schematic_company_billing_details_response_data, custom_fields), -1, -1, &schematic_checkout_field_with_value_array_Type},
    {"email", 5, APIC_F_NULLABLE, offsetof(schematic_company_billing_details_response_data, email), -1, offsetof(schematic_company_billing_details_response_data, email_is_null), &apic_type_string},
    {"phone", 5, APIC_F_NULLABLE, offsetof(schematic_company_billing_details_response_data, phone), -1, offsetof(schematic_company_billing_details_response_data, phone_is_null), &apic_type_string},
    {"tax_ids", 7, APIC_F_REQUIRED, offsetof(schematic_company_billing_details_response_data, tax_ids), -1, -1, &schematic_company_tax_id_view_array_Type},
};
const apic_struct_desc schematic_company_billing_details_response_data_desc = {
    "CompanyBillingDetailsResponseData", sizeof(schematic_company_billing_details_response_data), schematic_company_billing_details_response_data_desc_Fields, 6,
    offsetof(schematic_company_billing_details_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_billing_details_response_data_free(schematic_company_billing_details_response_data *obj)
{
    apic_struct_free(&schematic_company_billing_details_response_data_desc, obj);
}

int schematic_company_billing_details_response_data_from_json(const char *json, size_t len, schematic_company_billing_details_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_billing_details_response_data_Type, json, len, &value, err);
    *out = (schematic_company_billing_details_response_data *)value;
    return rc;
}

int schematic_company_billing_details_response_data_to_json(const schematic_company_billing_details_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_billing_details_response_data_Type, obj, out, err);
}

/* CompanyTaxIDView */
static const apic_field schematic_company_tax_id_view_desc_Fields[] = {
    {"country", 7, APIC_F_REQUIRED, offsetof(schematic_company_tax_id_view, country), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_tax_id_view, id), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_company_tax_id_view, type), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_company_tax_id_view, value), -1, -1, &apic_type_string},
    {"verification_status", 19, APIC_F_NULLABLE, offsetof(schematic_company_tax_id_view, verification_status), -1, offsetof(schematic_company_tax_id_view, verification_status_is_null), &apic_type_string},
};
const apic_struct_desc schematic_company_tax_id_view_desc = {
    "CompanyTaxIDView", sizeof(schematic_company_tax_id_view), schematic_company_tax_id_view_desc_Fields, 5,
    offsetof(schematic_company_tax_id_view, unknown_fields),
    -1,
    NULL
};

void schematic_company_tax_id_view_free(schematic_company_tax_id_view *obj)
{
    apic_struct_free(&schematic_company_tax_id_view_desc, obj);
}

int schematic_company_tax_id_view_from_json(const char *json, size_t len, schematic_company_tax_id_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_tax_id_view_Type, json, len, &value, err);
    *out = (schematic_company_tax_id_view *)value;
    return rc;
}

int schematic_company_tax_id_view_to_json(const schematic_company_tax_id_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_tax_id_view_Type, obj, out, err);
}

/* CompanyBillingDetailsView */
static const apic_field schematic_company_billing_details_view_desc_Fields[] = {
    {"address", 7, 0, offsetof(schematic_company_billing_details_view, address), -1, -1, &schematic_company_billing_address_view_Type},
    {"checkout_settings", 17, APIC_F_REQUIRED, offsetof(schematic_company_billing_details_view, checkout_settings), -1, -1, &schematic_company_billing_checkout_settings_Type},
    {"custom_fields", 13, APIC_F_REQUIRED, offsetof(schematic_company_billing_details_view, custom_fields), -1, -1, &schematic_checkout_field_with_value_array_Type},
    {"email", 5, APIC_F_NULLABLE, offsetof(schematic_company_billing_details_view, email), -1, offsetof(schematic_company_billing_details_view, email_is_null), &apic_type_string},
    {"phone", 5, APIC_F_NULLABLE, offsetof(schematic_company_billing_details_view, phone), -1, offsetof(schematic_company_billing_details_view, phone_is_null), &apic_type_string},
    {"tax_ids", 7, APIC_F_REQUIRED, offsetof(schematic_company_billing_details_view, tax_ids), -1, -1, &schematic_company_tax_id_view_array_Type},
};
const apic_struct_desc schematic_company_billing_details_view_desc = {
    "CompanyBillingDetailsView", sizeof(schematic_company_billing_details_view), schematic_company_billing_details_view_desc_Fields, 6,
    offsetof(schematic_company_billing_details_view, unknown_fields),
    -1,
    NULL
};

void schematic_company_billing_details_view_free(schematic_company_billing_details_view *obj)
{
    apic_struct_free(&schematic_company_billing_details_view_desc, obj);
}

int schematic_company_billing_details_view_from_json(const char *json, size_t len, schematic_company_billing_details_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_billing_details_view_Type, json, len, &value, err);
    *out = (schematic_company_billing_details_view *)value;
    return rc;
}

int schematic_company_billing_details_view_to_json(const schematic_company_billing_details_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_billing_details_view_Type, obj, out, err);
}

/* CompanyBillingEntityResponseData */
static const apic_field schematic_company_billing_entity_response_data_desc_Fields[] = {
    {"billing_entity", 14, 0, offsetof(schematic_company_billing_entity_response_data, billing_entity), -1, -1, &schematic_company_response_data_Type},
    {"has_own_stripe_customer", 23, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_response_data, has_own_stripe_customer), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_company_billing_entity_response_data_desc = {
    "CompanyBillingEntityResponseData", sizeof(schematic_company_billing_entity_response_data), schematic_company_billing_entity_response_data_desc_Fields, 2,
    offsetof(schematic_company_billing_entity_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_billing_entity_response_data_free(schematic_company_billing_entity_response_data *obj)
{
    apic_struct_free(&schematic_company_billing_entity_response_data_desc, obj);
}

int schematic_company_billing_entity_response_data_from_json(const char *json, size_t len, schematic_company_billing_entity_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_billing_entity_response_data_Type, json, len, &value, err);
    *out = (schematic_company_billing_entity_response_data *)value;
    return rc;
}

int schematic_company_billing_entity_response_data_to_json(const schematic_company_billing_entity_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_billing_entity_response_data_Type, obj, out, err);
}

/* CompanyResponseData */
static const apic_field schematic_company_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_company_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_response_data, id), -1, -1, &apic_type_string},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_company_response_data, last_seen_at), -1, offsetof(schematic_company_response_data, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"logo_url", 8, APIC_F_NULLABLE, offsetof(schematic_company_response_data, logo_url), -1, offsetof(schematic_company_response_data, logo_url_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_company_response_data, name), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_company_response_data_desc = {
    "CompanyResponseData", sizeof(schematic_company_response_data), schematic_company_response_data_desc_Fields, 7,
    offsetof(schematic_company_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_response_data_free(schematic_company_response_data *obj)
{
    apic_struct_free(&schematic_company_response_data_desc, obj);
}

int schematic_company_response_data_from_json(const char *json, size_t len, schematic_company_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_response_data_Type, json, len, &value, err);
    *out = (schematic_company_response_data *)value;
    return rc;
}

int schematic_company_response_data_to_json(const schematic_company_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_response_data_Type, obj, out, err);
}

/* CompanyBillingEntitySubscriptionResponseData */
static const apic_field schematic_company_billing_entity_subscription_response_data_desc_Fields[] = {
    {"cancel_at", 9, APIC_F_NULLABLE, offsetof(schematic_company_billing_entity_subscription_response_data, cancel_at), -1, offsetof(schematic_company_billing_entity_subscription_response_data, cancel_at_is_null), &schematic_string_date_time_Type},
    {"cancel_at_period_end", 20, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, cancel_at_period_end), -1, -1, &apic_type_bool},
    {"company", 7, 0, offsetof(schematic_company_billing_entity_subscription_response_data, company), -1, -1, &schematic_company_response_data_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, customer_external_id), -1, -1, &apic_type_string},
    {"discounts", 9, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, discounts), -1, -1, &schematic_billing_subscription_discount_view_array_Type},
    {"expired_at", 10, APIC_F_NULLABLE, offsetof(schematic_company_billing_entity_subscription_response_data, expired_at), -1, offsetof(schematic_company_billing_entity_subscription_response_data, expired_at_is_null), &schematic_string_date_time_Type},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, interval), -1, -1, &apic_type_string},
    {"is_initial", 10, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, is_initial), -1, -1, &apic_type_bool},
    {"latest_invoice", 14, 0, offsetof(schematic_company_billing_entity_subscription_response_data, latest_invoice), -1, -1, &schematic_invoice_response_data_Type},
    {"payment_method", 14, 0, offsetof(schematic_company_billing_entity_subscription_response_data, payment_method), -1, -1, &schematic_payment_method_response_data_Type},
    {"plan_name", 9, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, plan_name), -1, -1, &apic_type_string},
    {"products", 8, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, products), -1, -1, &schematic_billing_product_for_subscription_response_data_array_Type},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, status), -1, -1, &apic_type_string},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, subscription_external_id), -1, -1, &apic_type_string},
    {"total_price", 11, APIC_F_REQUIRED, offsetof(schematic_company_billing_entity_subscription_response_data, total_price), -1, -1, &apic_type_int64},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_company_billing_entity_subscription_response_data, trial_end), -1, offsetof(schematic_company_billing_entity_subscription_response_data, trial_end_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_company_billing_entity_subscription_response_data_desc = {
    "CompanyBillingEntitySubscriptionResponseData", sizeof(schematic_company_billing_entity_subscription_response_data), schematic_company_billing_entity_subscription_response_data_desc_Fields, 18,
    offsetof(schematic_company_billing_entity_subscription_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_billing_entity_subscription_response_data_free(schematic_company_billing_entity_subscription_response_data *obj)
{
    apic_struct_free(&schematic_company_billing_entity_subscription_response_data_desc, obj);
}

int schematic_company_billing_entity_subscription_response_data_from_json(const char *json, size_t len, schematic_company_billing_entity_subscription_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_billing_entity_subscription_response_data_Type, json, len, &value, err);
    *out = (schematic_company_billing_entity_subscription_response_data *)value;
    return rc;
}

int schematic_company_billing_entity_subscription_response_data_to_json(const schematic_company_billing_entity_subscription_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_billing_entity_subscription_response_data_Type, obj, out, err);
}

/* CompanyCreditBalanceResponseData */
static const apic_field schematic_company_credit_balance_response_data_desc_Fields[] = {
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance_response_data, credit_id), -1, -1, &apic_type_string},
    {"remaining", 9, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance_response_data, remaining), -1, -1, &apic_type_double},
    {"reserved", 8, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance_response_data, reserved), -1, -1, &apic_type_double},
    {"settled", 7, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance_response_data, settled), -1, -1, &apic_type_double},
    {"source", 6, APIC_F_REQUIRED, offsetof(schematic_company_credit_balance_response_data, source), -1, -1, &schematic_billing_provider_type_Type},
    {"total", 5, APIC_F_NULLABLE, offsetof(schematic_company_credit_balance_response_data, total), offsetof(schematic_company_credit_balance_response_data, has_total), offsetof(schematic_company_credit_balance_response_data, total_is_null), &apic_type_double},
};
const apic_struct_desc schematic_company_credit_balance_response_data_desc = {
    "CompanyCreditBalanceResponseData", sizeof(schematic_company_credit_balance_response_data), schematic_company_credit_balance_response_data_desc_Fields, 6,
    offsetof(schematic_company_credit_balance_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_credit_balance_response_data_free(schematic_company_credit_balance_response_data *obj)
{
    apic_struct_free(&schematic_company_credit_balance_response_data_desc, obj);
}

int schematic_company_credit_balance_response_data_from_json(const char *json, size_t len, schematic_company_credit_balance_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_credit_balance_response_data_Type, json, len, &value, err);
    *out = (schematic_company_credit_balance_response_data *)value;
    return rc;
}

int schematic_company_credit_balance_response_data_to_json(const schematic_company_credit_balance_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_credit_balance_response_data_Type, obj, out, err);
}

/* CompanyFeatureUsageExportMetadata */
static const apic_field schematic_company_feature_usage_export_metadata_desc_Fields[] = {
    {"company_ids", 11, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, company_ids), offsetof(schematic_company_feature_usage_export_metadata, has_company_ids), offsetof(schematic_company_feature_usage_export_metadata, company_ids_is_null), &schematic_string_array_Type},
    {"credit_type_ids", 15, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, credit_type_ids), offsetof(schematic_company_feature_usage_export_metadata, has_credit_type_ids), offsetof(schematic_company_feature_usage_export_metadata, credit_type_ids_is_null), &schematic_string_array_Type},
    {"entity_key_definition_ids", 25, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, entity_key_definition_ids), offsetof(schematic_company_feature_usage_export_metadata, has_entity_key_definition_ids), offsetof(schematic_company_feature_usage_export_metadata, entity_key_definition_ids_is_null), &schematic_string_array_Type},
    {"entity_trait_definition_ids", 27, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, entity_trait_definition_ids), offsetof(schematic_company_feature_usage_export_metadata, has_entity_trait_definition_ids), offsetof(schematic_company_feature_usage_export_metadata, entity_trait_definition_ids_is_null), &schematic_string_array_Type},
    {"export_type", 11, APIC_F_REQUIRED, offsetof(schematic_company_feature_usage_export_metadata, export_type), -1, -1, &schematic_company_feature_usage_export_metadata_export_type_Type},
    {"feature_ids", 11, 0, offsetof(schematic_company_feature_usage_export_metadata, feature_ids), offsetof(schematic_company_feature_usage_export_metadata, has_feature_ids), -1, &schematic_string_array_Type},
    {"has_scheduled_downgrade", 23, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, has_scheduled_downgrade), offsetof(schematic_company_feature_usage_export_metadata, has_has_scheduled_downgrade), offsetof(schematic_company_feature_usage_export_metadata, has_scheduled_downgrade_is_null), &apic_type_bool},
    {"monetized_subscriptions", 23, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, monetized_subscriptions), offsetof(schematic_company_feature_usage_export_metadata, has_monetized_subscriptions), offsetof(schematic_company_feature_usage_export_metadata, monetized_subscriptions_is_null), &apic_type_bool},
    {"notification_email_recipient_email_addresses", 44, 0, offsetof(schematic_company_feature_usage_export_metadata, notification_email_recipient_email_addresses), offsetof(schematic_company_feature_usage_export_metadata, has_notification_email_recipient_email_addresses), -1, &schematic_string_array_Type},
    {"plan_id", 7, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, plan_id), -1, offsetof(schematic_company_feature_usage_export_metadata, plan_id_is_null), &apic_type_string},
    {"plan_ids", 8, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, plan_ids), offsetof(schematic_company_feature_usage_export_metadata, has_plan_ids), offsetof(schematic_company_feature_usage_export_metadata, plan_ids_is_null), &schematic_string_array_Type},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, plan_version_id), -1, offsetof(schematic_company_feature_usage_export_metadata, plan_version_id_is_null), &apic_type_string},
    {"plan_version_unpublished", 24, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, plan_version_unpublished), offsetof(schematic_company_feature_usage_export_metadata, has_plan_version_unpublished), offsetof(schematic_company_feature_usage_export_metadata, plan_version_unpublished_is_null), &apic_type_bool},
    {"q", 1, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, q), -1, offsetof(schematic_company_feature_usage_export_metadata, q_is_null), &apic_type_string},
    {"sort_order_column", 17, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, sort_order_column), -1, offsetof(schematic_company_feature_usage_export_metadata, sort_order_column_is_null), &apic_type_string},
    {"sort_order_direction", 20, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, sort_order_direction), offsetof(schematic_company_feature_usage_export_metadata, has_sort_order_direction), offsetof(schematic_company_feature_usage_export_metadata, sort_order_direction_is_null), &schematic_company_feature_usage_export_metadata_sort_order_direction_Type},
    {"subscription_statuses", 21, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, subscription_statuses), offsetof(schematic_company_feature_usage_export_metadata, has_subscription_statuses), offsetof(schematic_company_feature_usage_export_metadata, subscription_statuses_is_null), &schematic_string_array_Type},
    {"subscription_types", 18, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, subscription_types), offsetof(schematic_company_feature_usage_export_metadata, has_subscription_types), offsetof(schematic_company_feature_usage_export_metadata, subscription_types_is_null), &schematic_string_array_Type},
    {"visible_columns", 15, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, visible_columns), offsetof(schematic_company_feature_usage_export_metadata, has_visible_columns), offsetof(schematic_company_feature_usage_export_metadata, visible_columns_is_null), &schematic_company_feature_usage_export_metadata_visible_columns_item_array_Type},
    {"with_entitlement_for", 20, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, with_entitlement_for), -1, offsetof(schematic_company_feature_usage_export_metadata, with_entitlement_for_is_null), &apic_type_string},
    {"with_subscription", 17, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, with_subscription), offsetof(schematic_company_feature_usage_export_metadata, has_with_subscription), offsetof(schematic_company_feature_usage_export_metadata, with_subscription_is_null), &apic_type_bool},
    {"without_feature_override_for", 28, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, without_feature_override_for), -1, offsetof(schematic_company_feature_usage_export_metadata, without_feature_override_for_is_null), &apic_type_string},
    {"without_plan", 12, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, without_plan), offsetof(schematic_company_feature_usage_export_metadata, has_without_plan), offsetof(schematic_company_feature_usage_export_metadata, without_plan_is_null), &apic_type_bool},
    {"without_subscription", 20, APIC_F_NULLABLE, offsetof(schematic_company_feature_usage_export_metadata, without_subscription), offsetof(schematic_company_feature_usage_export_metadata, has_without_subscription), offsetof(schematic_company_feature_usage_export_metadata, without_subscription_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_company_feature_usage_export_metadata_desc = {
    "CompanyFeatureUsageExportMetadata", sizeof(schematic_company_feature_usage_export_metadata), schematic_company_feature_usage_export_metadata_desc_Fields, 24,
    offsetof(schematic_company_feature_usage_export_metadata, unknown_fields),
    -1,
    NULL
};

void schematic_company_feature_usage_export_metadata_free(schematic_company_feature_usage_export_metadata *obj)
{
    apic_struct_free(&schematic_company_feature_usage_export_metadata_desc, obj);
}

int schematic_company_feature_usage_export_metadata_from_json(const char *json, size_t len, schematic_company_feature_usage_export_metadata **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_feature_usage_export_metadata_Type, json, len, &value, err);
    *out = (schematic_company_feature_usage_export_metadata *)value;
    return rc;
}

int schematic_company_feature_usage_export_metadata_to_json(const schematic_company_feature_usage_export_metadata *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_feature_usage_export_metadata_Type, obj, out, err);
}

/* CompanyLedgerResponseData */
static const apic_field schematic_company_ledger_response_data_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_ledger_response_data, id), -1, -1, &apic_type_string},
    {"logo_url", 8, APIC_F_NULLABLE, offsetof(schematic_company_ledger_response_data, logo_url), -1, offsetof(schematic_company_ledger_response_data, logo_url_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_company_ledger_response_data, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_company_ledger_response_data_desc = {
    "CompanyLedgerResponseData", sizeof(schematic_company_ledger_response_data), schematic_company_ledger_response_data_desc_Fields, 3,
    offsetof(schematic_company_ledger_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_ledger_response_data_free(schematic_company_ledger_response_data *obj)
{
    apic_struct_free(&schematic_company_ledger_response_data_desc, obj);
}

int schematic_company_ledger_response_data_from_json(const char *json, size_t len, schematic_company_ledger_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_ledger_response_data_Type, json, len, &value, err);
    *out = (schematic_company_ledger_response_data *)value;
    return rc;
}

int schematic_company_ledger_response_data_to_json(const schematic_company_ledger_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_ledger_response_data_Type, obj, out, err);
}

/* CompanyMembershipDetailResponseData */
static const apic_field schematic_company_membership_detail_response_data_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_company_membership_detail_response_data, company), -1, -1, &schematic_company_response_data_Type},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_company_membership_detail_response_data, company_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_membership_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_membership_detail_response_data, id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_membership_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(schematic_company_membership_detail_response_data, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_company_membership_detail_response_data_desc = {
    "CompanyMembershipDetailResponseData", sizeof(schematic_company_membership_detail_response_data), schematic_company_membership_detail_response_data_desc_Fields, 6,
    offsetof(schematic_company_membership_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_membership_detail_response_data_free(schematic_company_membership_detail_response_data *obj)
{
    apic_struct_free(&schematic_company_membership_detail_response_data_desc, obj);
}

int schematic_company_membership_detail_response_data_from_json(const char *json, size_t len, schematic_company_membership_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_membership_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_company_membership_detail_response_data *)value;
    return rc;
}

int schematic_company_membership_detail_response_data_to_json(const schematic_company_membership_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_membership_detail_response_data_Type, obj, out, err);
}

/* CompanyMembershipResponseData */
static const apic_field schematic_company_membership_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_company_membership_response_data, company_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_membership_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_membership_response_data, id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_membership_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(schematic_company_membership_response_data, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_company_membership_response_data_desc = {
    "CompanyMembershipResponseData", sizeof(schematic_company_membership_response_data), schematic_company_membership_response_data_desc_Fields, 5,
    offsetof(schematic_company_membership_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_membership_response_data_free(schematic_company_membership_response_data *obj)
{
    apic_struct_free(&schematic_company_membership_response_data_desc, obj);
}

int schematic_company_membership_response_data_from_json(const char *json, size_t len, schematic_company_membership_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_membership_response_data_Type, json, len, &value, err);
    *out = (schematic_company_membership_response_data *)value;
    return rc;
}

int schematic_company_membership_response_data_to_json(const schematic_company_membership_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_membership_response_data_Type, obj, out, err);
}

/* CompanyPlanDetailResponseData */
static const apic_field schematic_company_plan_detail_response_data_desc_Fields[] = {
    {"active_version", 14, 0, offsetof(schematic_company_plan_detail_response_data, active_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"audience_type", 13, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, audience_type), -1, offsetof(schematic_company_plan_detail_response_data, audience_type_is_null), &apic_type_string},
    {"available_periods", 17, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, available_periods), -1, -1, &schematic_plan_price_cadence_array_Type},
    {"billing_linked_resource", 23, 0, offsetof(schematic_company_plan_detail_response_data, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"billing_product", 15, 0, offsetof(schematic_company_plan_detail_response_data, billing_product), -1, -1, &schematic_billing_product_detail_response_data_Type},
    {"billing_strategy", 16, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, billing_strategy), -1, -1, &schematic_billing_strategy_Type},
    {"catalogs", 8, 0, offsetof(schematic_company_plan_detail_response_data, catalogs), offsetof(schematic_company_plan_detail_response_data, has_catalogs), -1, &schematic_plan_catalog_membership_response_data_array_Type},
    {"charge_type", 11, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, charge_type), -1, -1, &schematic_charge_type_Type},
    {"company_can_trial", 17, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, company_can_trial), -1, -1, &apic_type_bool},
    {"company_count", 13, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, company_count), -1, -1, &apic_type_int64},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, company_id), -1, offsetof(schematic_company_plan_detail_response_data, company_id_is_null), &apic_type_string},
    {"company_logo_url", 16, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, company_logo_url), -1, offsetof(schematic_company_plan_detail_response_data, company_logo_url_is_null), &apic_type_string},
    {"company_name", 12, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, company_name), -1, offsetof(schematic_company_plan_detail_response_data, company_name_is_null), &apic_type_string},
    {"compatible_plan_ids", 19, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, compatible_plan_ids), -1, -1, &schematic_string_array_Type},
    {"controlled_by", 13, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, controlled_by), -1, -1, &schematic_billing_provider_type_Type},
    {"copied_from_plan_id", 19, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, copied_from_plan_id), -1, offsetof(schematic_company_plan_detail_response_data, copied_from_plan_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credits", 7, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, credits), -1, -1, &schematic_billing_credit_response_data_array_Type},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, currency_prices), -1, -1, &schematic_plan_currency_prices_response_data_array_Type},
    {"current", 7, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, current), -1, -1, &apic_type_bool},
    {"custom", 6, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, custom), -1, -1, &apic_type_bool},
    {"custom_plan_config", 18, 0, offsetof(schematic_company_plan_detail_response_data, custom_plan_config), -1, -1, &schematic_custom_plan_config_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, description), -1, -1, &apic_type_string},
    {"draft_version", 13, 0, offsetof(schematic_company_plan_detail_response_data, draft_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"entitlements", 12, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, entitlements), offsetof(schematic_company_plan_detail_response_data, has_entitlements), offsetof(schematic_company_plan_detail_response_data, entitlements_is_null), &schematic_plan_entitlement_response_data_array_Type},
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, features), -1, -1, &schematic_feature_in_plan_response_data_array_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, icon), -1, -1, &schematic_plan_icon_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, id), -1, -1, &apic_type_string},
    {"included_credit_grants", 22, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, included_credit_grants), -1, -1, &schematic_plan_credit_grant_view_array_Type},
    {"invalid_reason", 14, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, invalid_reason), offsetof(schematic_company_plan_detail_response_data, has_invalid_reason), offsetof(schematic_company_plan_detail_response_data, invalid_reason_is_null), &schematic_company_plan_invalid_reason_Type},
    {"is_custom", 9, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, is_custom), -1, -1, &apic_type_bool},
    {"is_default", 10, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, is_default), -1, -1, &apic_type_bool},
    {"is_free", 7, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, is_free), offsetof(schematic_company_plan_detail_response_data, has_is_free), offsetof(schematic_company_plan_detail_response_data, is_free_is_null), &apic_type_bool},
    {"is_trialable", 12, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, is_trialable), -1, -1, &apic_type_bool},
    {"monthly_price", 13, 0, offsetof(schematic_company_plan_detail_response_data, monthly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, name), -1, -1, &apic_type_string},
    {"one_time_price", 14, 0, offsetof(schematic_company_plan_detail_response_data, one_time_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, plan_type), -1, -1, &schematic_plan_type_Type},
    {"quarterly_price", 15, 0, offsetof(schematic_company_plan_detail_response_data, quarterly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_company_plan_detail_response_data, trial_days), offsetof(schematic_company_plan_detail_response_data, has_trial_days), offsetof(schematic_company_plan_detail_response_data, trial_days_is_null), &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_violations", 16, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, usage_violations), -1, -1, &schematic_feature_usage_response_data_array_Type},
    {"valid", 5, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, valid), -1, -1, &apic_type_bool},
    {"versions", 8, APIC_F_REQUIRED, offsetof(schematic_company_plan_detail_response_data, versions), -1, -1, &schematic_plan_version_response_data_array_Type},
    {"yearly_price", 12, 0, offsetof(schematic_company_plan_detail_response_data, yearly_price), -1, -1, &schematic_billing_price_response_data_Type},
};
const apic_struct_desc schematic_company_plan_detail_response_data_desc = {
    "CompanyPlanDetailResponseData", sizeof(schematic_company_plan_detail_response_data), schematic_company_plan_detail_response_data_desc_Fields, 45,
    offsetof(schematic_company_plan_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_company_plan_detail_response_data_free(schematic_company_plan_detail_response_data *obj)
{
    apic_struct_free(&schematic_company_plan_detail_response_data_desc, obj);
}

int schematic_company_plan_detail_response_data_from_json(const char *json, size_t len, schematic_company_plan_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_company_plan_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_company_plan_detail_response_data *)value;
    return rc;
}

int schematic_company_plan_detail_response_data_to_json(const schematic_company_plan_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_company_plan_detail_response_data_Type, obj, out, err);
}

/* CustomPlanConfig */
static const apic_field schematic_custom_plan_config_desc_Fields[] = {
    {"cta_text", 8, APIC_F_REQUIRED, offsetof(schematic_custom_plan_config, cta_text), -1, -1, &apic_type_string},
    {"cta_web_site", 12, APIC_F_REQUIRED, offsetof(schematic_custom_plan_config, cta_web_site), -1, -1, &apic_type_string},
    {"price_text", 10, APIC_F_REQUIRED, offsetof(schematic_custom_plan_config, price_text), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_custom_plan_config_desc = {
    "CustomPlanConfig", sizeof(schematic_custom_plan_config), schematic_custom_plan_config_desc_Fields, 3,
    offsetof(schematic_custom_plan_config, unknown_fields),
    -1,
    NULL
};

void schematic_custom_plan_config_free(schematic_custom_plan_config *obj)
{
    apic_struct_free(&schematic_custom_plan_config_desc, obj);
}

int schematic_custom_plan_config_from_json(const char *json, size_t len, schematic_custom_plan_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_custom_plan_config_Type, json, len, &value, err);
    *out = (schematic_custom_plan_config *)value;
    return rc;
}

int schematic_custom_plan_config_to_json(const schematic_custom_plan_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_custom_plan_config_Type, obj, out, err);
}

/* PlanCreditGrantView */
static const apic_field schematic_plan_credit_grant_view_desc_Fields[] = {
    {"billing_credit_auto_topup_amount", 32, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_amount), offsetof(schematic_plan_credit_grant_view, has_billing_credit_auto_topup_amount), offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_amount_is_null), &apic_type_int64},
    {"billing_credit_auto_topup_amount_type", 37, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_amount_type), -1, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_amount_type_is_null), &apic_type_string},
    {"billing_credit_auto_topup_availability", 38, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_availability), offsetof(schematic_plan_credit_grant_view, has_billing_credit_auto_topup_availability), offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_availability_is_null), &schematic_billing_credit_auto_topup_availability_Type},
    {"billing_credit_auto_topup_enabled", 33, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_enabled), -1, -1, &apic_type_bool},
    {"billing_credit_auto_topup_expiry_type", 37, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_expiry_type), offsetof(schematic_plan_credit_grant_view, has_billing_credit_auto_topup_expiry_type), offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"billing_credit_auto_topup_expiry_unit", 37, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit), offsetof(schematic_plan_credit_grant_view, has_billing_credit_auto_topup_expiry_unit), offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"billing_credit_auto_topup_expiry_unit_count", 43, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit_count), offsetof(schematic_plan_credit_grant_view, has_billing_credit_auto_topup_expiry_unit_count), offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_expiry_unit_count_is_null), &apic_type_int64},
    {"billing_credit_auto_topup_self_service", 38, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_self_service), -1, -1, &apic_type_bool},
    {"billing_credit_auto_topup_threshold_credits", 43, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_threshold_credits), offsetof(schematic_plan_credit_grant_view, has_billing_credit_auto_topup_threshold_credits), offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_threshold_credits_is_null), &apic_type_int64},
    {"billing_credit_auto_topup_threshold_percent", 43, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_threshold_percent), offsetof(schematic_plan_credit_grant_view, has_billing_credit_auto_topup_threshold_percent), offsetof(schematic_plan_credit_grant_view, billing_credit_auto_topup_threshold_percent_is_null), &apic_type_int64},
    {"billing_credit_can_buy_bundles", 30, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, billing_credit_can_buy_bundles), -1, -1, &apic_type_bool},
    {"company_credit_amount", 21, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, company_credit_amount), -1, -1, &apic_type_int64},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit", 6, 0, offsetof(schematic_plan_credit_grant_view, credit), -1, -1, &schematic_billing_credit_view_Type},
    {"credit_amount", 13, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, credit_amount), -1, -1, &apic_type_int64},
    {"credit_description", 18, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, credit_description), -1, -1, &apic_type_string},
    {"credit_icon", 11, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, credit_icon), -1, offsetof(schematic_plan_credit_grant_view, credit_icon_is_null), &apic_type_string},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, credit_id), -1, -1, &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, credit_name), -1, -1, &apic_type_string},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, expiry_type), offsetof(schematic_plan_credit_grant_view, has_expiry_type), offsetof(schematic_plan_credit_grant_view, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, expiry_unit), offsetof(schematic_plan_credit_grant_view, has_expiry_unit), offsetof(schematic_plan_credit_grant_view, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, expiry_unit_count), offsetof(schematic_plan_credit_grant_view, has_expiry_unit_count), offsetof(schematic_plan_credit_grant_view, expiry_unit_count_is_null), &apic_type_int64},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, id), -1, -1, &apic_type_string},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, license_id), -1, offsetof(schematic_plan_credit_grant_view, license_id_is_null), &apic_type_string},
    {"plan", 4, 0, offsetof(schematic_plan_credit_grant_view, plan), -1, -1, &schematic_generic_preview_object_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, plan_version_id), -1, offsetof(schematic_plan_credit_grant_view, plan_version_id_is_null), &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, plural_name), -1, offsetof(schematic_plan_credit_grant_view, plural_name_is_null), &apic_type_string},
    {"reset_cadence", 13, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, reset_cadence), offsetof(schematic_plan_credit_grant_view, has_reset_cadence), offsetof(schematic_plan_credit_grant_view, reset_cadence_is_null), &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reset_start", 11, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, reset_start), offsetof(schematic_plan_credit_grant_view, has_reset_start), offsetof(schematic_plan_credit_grant_view, reset_start_is_null), &schematic_billing_plan_credit_grant_reset_start_Type},
    {"reset_type", 10, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, reset_type), -1, -1, &schematic_billing_plan_credit_grant_reset_type_Type},
    {"rollover_percentage", 19, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, rollover_percentage), -1, -1, &apic_type_int64},
    {"scaling", 7, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, scaling), -1, -1, &schematic_plan_credit_grant_scaling_Type},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_plan_credit_grant_view, singular_name), -1, offsetof(schematic_plan_credit_grant_view, singular_name_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_credit_grant_view, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_plan_credit_grant_view_desc = {
    "PlanCreditGrantView", sizeof(schematic_plan_credit_grant_view), schematic_plan_credit_grant_view_desc_Fields, 35,
    offsetof(schematic_plan_credit_grant_view, unknown_fields),
    -1,
    NULL
};

void schematic_plan_credit_grant_view_free(schematic_plan_credit_grant_view *obj)
{
    apic_struct_free(&schematic_plan_credit_grant_view_desc, obj);
}

int schematic_plan_credit_grant_view_from_json(const char *json, size_t len, schematic_plan_credit_grant_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_credit_grant_view_Type, json, len, &value, err);
    *out = (schematic_plan_credit_grant_view *)value;
    return rc;
}

int schematic_plan_credit_grant_view_to_json(const schematic_plan_credit_grant_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_credit_grant_view_Type, obj, out, err);
}

/* CompatiblePlans */
static const apic_field schematic_compatible_plans_desc_Fields[] = {
    {"compatible_plan_ids", 19, APIC_F_REQUIRED, offsetof(schematic_compatible_plans, compatible_plan_ids), -1, -1, &schematic_string_array_Type},
    {"source_plan_id", 14, APIC_F_REQUIRED, offsetof(schematic_compatible_plans, source_plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_compatible_plans_desc = {
    "CompatiblePlans", sizeof(schematic_compatible_plans), schematic_compatible_plans_desc_Fields, 2,
    offsetof(schematic_compatible_plans, unknown_fields),
    -1,
    NULL
};

void schematic_compatible_plans_free(schematic_compatible_plans *obj)
{
    apic_struct_free(&schematic_compatible_plans_desc, obj);
}

int schematic_compatible_plans_from_json(const char *json, size_t len, schematic_compatible_plans **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_compatible_plans_Type, json, len, &value, err);
    *out = (schematic_compatible_plans *)value;
    return rc;
}

int schematic_compatible_plans_to_json(const schematic_compatible_plans *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_compatible_plans_Type, obj, out, err);
}

/* CompatiblePlansResponseData */
static const apic_field schematic_compatible_plans_response_data_desc_Fields[] = {
    {"compatible_plan_ids", 19, APIC_F_REQUIRED, offsetof(schematic_compatible_plans_response_data, compatible_plan_ids), -1, -1, &schematic_string_array_Type},
    {"source_plan_id", 14, APIC_F_REQUIRED, offsetof(schematic_compatible_plans_response_data, source_plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_compatible_plans_response_data_desc = {
    "CompatiblePlansResponseData", sizeof(schematic_compatible_plans_response_data), schematic_compatible_plans_response_data_desc_Fields, 2,
    offsetof(schematic_compatible_plans_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_compatible_plans_response_data_free(schematic_compatible_plans_response_data *obj)
{
    apic_struct_free(&schematic_compatible_plans_response_data_desc, obj);
}

int schematic_compatible_plans_response_data_from_json(const char *json, size_t len, schematic_compatible_plans_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_compatible_plans_response_data_Type, json, len, &value, err);
    *out = (schematic_compatible_plans_response_data *)value;
    return rc;
}

int schematic_compatible_plans_response_data_to_json(const schematic_compatible_plans_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_compatible_plans_response_data_Type, obj, out, err);
}

/* ComponentCapabilities */
static const apic_field schematic_component_capabilities_desc_Fields[] = {
    {"badge_visibility", 16, APIC_F_REQUIRED, offsetof(schematic_component_capabilities, badge_visibility), -1, -1, &apic_type_bool},
    {"checkout", 8, APIC_F_REQUIRED, offsetof(schematic_component_capabilities, checkout), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_component_capabilities_desc = {
    "ComponentCapabilities", sizeof(schematic_component_capabilities), schematic_component_capabilities_desc_Fields, 2,
    offsetof(schematic_component_capabilities, unknown_fields),
    -1,
    NULL
};

void schematic_component_capabilities_free(schematic_component_capabilities *obj)
{
    apic_struct_free(&schematic_component_capabilities_desc, obj);
}

int schematic_component_capabilities_from_json(const char *json, size_t len, schematic_component_capabilities **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_component_capabilities_Type, json, len, &value, err);
    *out = (schematic_component_capabilities *)value;
    return rc;
}

int schematic_component_capabilities_to_json(const schematic_component_capabilities *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_component_capabilities_Type, obj, out, err);
}
