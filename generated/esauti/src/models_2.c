/* Descriptors and entry points of eSauti models. Generated; do not edit. */
#include "internal.h"

/* verify_code_expired_data */
static const apic_field esauti_verify_code_expired_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_code_expired_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_expired_data, channel), -1, -1, &esauti_verify_code_expired_data_channel_Type},
    {"attempts", 8, APIC_F_REQUIRED, offsetof(esauti_verify_code_expired_data, attempts), -1, -1, &apic_type_int32},
    {"validity_seconds", 16, 0, offsetof(esauti_verify_code_expired_data, validity_seconds), offsetof(esauti_verify_code_expired_data, has_validity_seconds), -1, &apic_type_int32},
    {"expired_at", 10, APIC_F_REQUIRED, offsetof(esauti_verify_code_expired_data, expired_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_code_expired_data_desc = {
    "verify_code_expired_data", sizeof(esauti_verify_code_expired_data), esauti_verify_code_expired_data_desc_Fields, 5,
    offsetof(esauti_verify_code_expired_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_code_expired_data_free(esauti_verify_code_expired_data *obj)
{
    apic_struct_free(&esauti_verify_code_expired_data_desc, obj);
}

int esauti_verify_code_expired_data_from_json(const char *json, size_t len, esauti_verify_code_expired_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_code_expired_data_Type, json, len, &value, err);
    *out = (esauti_verify_code_expired_data *)value;
    return rc;
}

int esauti_verify_code_expired_data_to_json(const esauti_verify_code_expired_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_code_expired_data_Type, obj, out, err);
}

/* verify_max_attempts_reached_data */
static const apic_field esauti_verify_max_attempts_reached_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_max_attempts_reached_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_max_attempts_reached_data, channel), -1, -1, &esauti_verify_max_attempts_reached_data_channel_Type},
    {"max_attempts", 12, APIC_F_REQUIRED, offsetof(esauti_verify_max_attempts_reached_data, max_attempts), -1, -1, &apic_type_int32},
    {"locked_until", 12, 0, offsetof(esauti_verify_max_attempts_reached_data, locked_until), -1, -1, &esauti_string_date_time_Type},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_verify_max_attempts_reached_data, ip_address), -1, -1, &apic_type_string},
    {"reached_at", 10, APIC_F_REQUIRED, offsetof(esauti_verify_max_attempts_reached_data, reached_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_max_attempts_reached_data_desc = {
    "verify_max_attempts_reached_data", sizeof(esauti_verify_max_attempts_reached_data), esauti_verify_max_attempts_reached_data_desc_Fields, 6,
    offsetof(esauti_verify_max_attempts_reached_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_max_attempts_reached_data_free(esauti_verify_max_attempts_reached_data *obj)
{
    apic_struct_free(&esauti_verify_max_attempts_reached_data_desc, obj);
}

int esauti_verify_max_attempts_reached_data_from_json(const char *json, size_t len, esauti_verify_max_attempts_reached_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_max_attempts_reached_data_Type, json, len, &value, err);
    *out = (esauti_verify_max_attempts_reached_data *)value;
    return rc;
}

int esauti_verify_max_attempts_reached_data_to_json(const esauti_verify_max_attempts_reached_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_max_attempts_reached_data_Type, obj, out, err);
}

/* verify_delivery_failed_data */
static const apic_field esauti_verify_delivery_failed_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_delivery_failed_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_delivery_failed_data, channel), -1, -1, &esauti_verify_delivery_failed_data_channel_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_verify_delivery_failed_data, reason), -1, -1, &esauti_verify_delivery_failed_data_reason_Type},
    {"message_id", 10, 0, offsetof(esauti_verify_delivery_failed_data, message_id), -1, -1, &apic_type_string},
    {"fallback_channel", 16, 0, offsetof(esauti_verify_delivery_failed_data, fallback_channel), offsetof(esauti_verify_delivery_failed_data, has_fallback_channel), -1, &esauti_verify_delivery_failed_data_fallback_channel_Type},
    {"failed_at", 9, APIC_F_REQUIRED, offsetof(esauti_verify_delivery_failed_data, failed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_delivery_failed_data_desc = {
    "verify_delivery_failed_data", sizeof(esauti_verify_delivery_failed_data), esauti_verify_delivery_failed_data_desc_Fields, 6,
    offsetof(esauti_verify_delivery_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_delivery_failed_data_free(esauti_verify_delivery_failed_data *obj)
{
    apic_struct_free(&esauti_verify_delivery_failed_data_desc, obj);
}

int esauti_verify_delivery_failed_data_from_json(const char *json, size_t len, esauti_verify_delivery_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_delivery_failed_data_Type, json, len, &value, err);
    *out = (esauti_verify_delivery_failed_data *)value;
    return rc;
}

int esauti_verify_delivery_failed_data_to_json(const esauti_verify_delivery_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_delivery_failed_data_Type, obj, out, err);
}
