/* Descriptors and entry points of eSauti models. Generated; do not edit. */
#include "internal.h"

/* appointment_reminder_sent_data */
static const apic_field esauti_appointment_reminder_sent_data_desc_Fields[] = {
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_reminder_sent_data, appointment_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_appointment_reminder_sent_data, channel), -1, -1, &esauti_appointment_reminder_sent_data_channel_Type},
    {"message_id", 10, 0, offsetof(esauti_appointment_reminder_sent_data, message_id), -1, -1, &apic_type_string},
    {"hours_before", 12, 0, offsetof(esauti_appointment_reminder_sent_data, hours_before), offsetof(esauti_appointment_reminder_sent_data, has_hours_before), -1, &apic_type_int32},
    {"start_at", 8, APIC_F_REQUIRED, offsetof(esauti_appointment_reminder_sent_data, start_at), -1, -1, &esauti_string_date_time_Type},
    {"sent_at", 7, APIC_F_REQUIRED, offsetof(esauti_appointment_reminder_sent_data, sent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_appointment_reminder_sent_data_desc = {
    "appointment_reminder_sent_data", sizeof(esauti_appointment_reminder_sent_data), esauti_appointment_reminder_sent_data_desc_Fields, 6,
    offsetof(esauti_appointment_reminder_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_reminder_sent_data_free(esauti_appointment_reminder_sent_data *obj)
{
    apic_struct_free(&esauti_appointment_reminder_sent_data_desc, obj);
}

int esauti_appointment_reminder_sent_data_from_json(const char *json, size_t len, esauti_appointment_reminder_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_reminder_sent_data_Type, json, len, &value, err);
    *out = (esauti_appointment_reminder_sent_data *)value;
    return rc;
}

int esauti_appointment_reminder_sent_data_to_json(const esauti_appointment_reminder_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_reminder_sent_data_Type, obj, out, err);
}

/* appointment_checked_in_data */
static const apic_field esauti_appointment_checked_in_data_desc_Fields[] = {
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_checked_in_data, appointment_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_appointment_checked_in_data, method), -1, -1, &esauti_appointment_checked_in_data_method_Type},
    {"location_id", 11, 0, offsetof(esauti_appointment_checked_in_data, location_id), -1, -1, &apic_type_string},
    {"minutes_late", 12, 0, offsetof(esauti_appointment_checked_in_data, minutes_late), offsetof(esauti_appointment_checked_in_data, has_minutes_late), -1, &apic_type_int32},
    {"checked_in_at", 13, APIC_F_REQUIRED, offsetof(esauti_appointment_checked_in_data, checked_in_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_appointment_checked_in_data_desc = {
    "appointment_checked_in_data", sizeof(esauti_appointment_checked_in_data), esauti_appointment_checked_in_data_desc_Fields, 5,
    offsetof(esauti_appointment_checked_in_data, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_checked_in_data_free(esauti_appointment_checked_in_data *obj)
{
    apic_struct_free(&esauti_appointment_checked_in_data_desc, obj);
}

int esauti_appointment_checked_in_data_from_json(const char *json, size_t len, esauti_appointment_checked_in_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_checked_in_data_Type, json, len, &value, err);
    *out = (esauti_appointment_checked_in_data *)value;
    return rc;
}

int esauti_appointment_checked_in_data_to_json(const esauti_appointment_checked_in_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_checked_in_data_Type, obj, out, err);
}

/* appointment_completed_data */
static const apic_field esauti_appointment_completed_data_desc_Fields[] = {
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_completed_data, appointment_id), -1, -1, &apic_type_string},
    {"staff_id", 8, 0, offsetof(esauti_appointment_completed_data, staff_id), -1, -1, &apic_type_string},
    {"services", 8, 0, offsetof(esauti_appointment_completed_data, services), offsetof(esauti_appointment_completed_data, has_services), -1, &esauti_appointment_completed_data_services_item_array_Type},
    {"total_amount", 12, 0, offsetof(esauti_appointment_completed_data, total_amount), offsetof(esauti_appointment_completed_data, has_total_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_appointment_completed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"payment_method", 14, 0, offsetof(esauti_appointment_completed_data, payment_method), offsetof(esauti_appointment_completed_data, has_payment_method), -1, &esauti_appointment_completed_data_payment_method_Type},
    {"completed_at", 12, APIC_F_REQUIRED, offsetof(esauti_appointment_completed_data, completed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_appointment_completed_data_desc = {
    "appointment_completed_data", sizeof(esauti_appointment_completed_data), esauti_appointment_completed_data_desc_Fields, 7,
    offsetof(esauti_appointment_completed_data, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_completed_data_free(esauti_appointment_completed_data *obj)
{
    apic_struct_free(&esauti_appointment_completed_data_desc, obj);
}

int esauti_appointment_completed_data_from_json(const char *json, size_t len, esauti_appointment_completed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_completed_data_Type, json, len, &value, err);
    *out = (esauti_appointment_completed_data *)value;
    return rc;
}

int esauti_appointment_completed_data_to_json(const esauti_appointment_completed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_completed_data_Type, obj, out, err);
}

/* appointment_completed_data.services.item */
static const apic_field esauti_appointment_completed_data_services_item_desc_Fields[] = {
    {"service_id", 10, APIC_F_REQUIRED, offsetof(esauti_appointment_completed_data_services_item, service_id), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(esauti_appointment_completed_data_services_item, name), -1, -1, &apic_type_string},
    {"price_amount", 12, APIC_F_REQUIRED, offsetof(esauti_appointment_completed_data_services_item, price_amount), -1, -1, &apic_type_int64},
};
const apic_struct_desc esauti_appointment_completed_data_services_item_desc = {
    "appointment_completed_data.services.item", sizeof(esauti_appointment_completed_data_services_item), esauti_appointment_completed_data_services_item_desc_Fields, 3,
    offsetof(esauti_appointment_completed_data_services_item, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_completed_data_services_item_free(esauti_appointment_completed_data_services_item *obj)
{
    apic_struct_free(&esauti_appointment_completed_data_services_item_desc, obj);
}

int esauti_appointment_completed_data_services_item_from_json(const char *json, size_t len, esauti_appointment_completed_data_services_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_completed_data_services_item_Type, json, len, &value, err);
    *out = (esauti_appointment_completed_data_services_item *)value;
    return rc;
}

int esauti_appointment_completed_data_services_item_to_json(const esauti_appointment_completed_data_services_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_completed_data_services_item_Type, obj, out, err);
}

/* appointment_no_show_data */
static const apic_field esauti_appointment_no_show_data_desc_Fields[] = {
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_no_show_data, appointment_id), -1, -1, &apic_type_string},
    {"start_at", 8, APIC_F_REQUIRED, offsetof(esauti_appointment_no_show_data, start_at), -1, -1, &esauti_string_date_time_Type},
    {"marked_by", 9, APIC_F_REQUIRED, offsetof(esauti_appointment_no_show_data, marked_by), -1, -1, &esauti_appointment_no_show_data_marked_by_Type},
    {"deposit_forfeited", 17, 0, offsetof(esauti_appointment_no_show_data, deposit_forfeited), offsetof(esauti_appointment_no_show_data, has_deposit_forfeited), -1, &apic_type_bool},
    {"no_show_count", 13, 0, offsetof(esauti_appointment_no_show_data, no_show_count), offsetof(esauti_appointment_no_show_data, has_no_show_count), -1, &apic_type_int32},
    {"marked_at", 9, APIC_F_REQUIRED, offsetof(esauti_appointment_no_show_data, marked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_appointment_no_show_data_desc = {
    "appointment_no_show_data", sizeof(esauti_appointment_no_show_data), esauti_appointment_no_show_data_desc_Fields, 6,
    offsetof(esauti_appointment_no_show_data, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_no_show_data_free(esauti_appointment_no_show_data *obj)
{
    apic_struct_free(&esauti_appointment_no_show_data_desc, obj);
}

int esauti_appointment_no_show_data_from_json(const char *json, size_t len, esauti_appointment_no_show_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_no_show_data_Type, json, len, &value, err);
    *out = (esauti_appointment_no_show_data *)value;
    return rc;
}

int esauti_appointment_no_show_data_to_json(const esauti_appointment_no_show_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_no_show_data_Type, obj, out, err);
}

/* verify_code_requested_data */
static const apic_field esauti_verify_code_requested_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_code_requested_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_requested_data, channel), -1, -1, &esauti_verify_code_requested_data_channel_Type},
    {"purpose", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_requested_data, purpose), -1, -1, &esauti_verify_code_requested_data_purpose_Type},
    {"destination_masked", 18, APIC_F_PII, offsetof(esauti_verify_code_requested_data, destination_masked), -1, -1, &apic_type_string},
    {"code_length", 11, 0, offsetof(esauti_verify_code_requested_data, code_length), offsetof(esauti_verify_code_requested_data, has_code_length), -1, &apic_type_int32},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_verify_code_requested_data, ip_address), -1, -1, &apic_type_string},
    {"expires_at", 10, APIC_F_REQUIRED, offsetof(esauti_verify_code_requested_data, expires_at), -1, -1, &esauti_string_date_time_Type},
    {"requested_at", 12, APIC_F_REQUIRED, offsetof(esauti_verify_code_requested_data, requested_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_code_requested_data_desc = {
    "verify_code_requested_data", sizeof(esauti_verify_code_requested_data), esauti_verify_code_requested_data_desc_Fields, 8,
    offsetof(esauti_verify_code_requested_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_code_requested_data_free(esauti_verify_code_requested_data *obj)
{
    apic_struct_free(&esauti_verify_code_requested_data_desc, obj);
}

int esauti_verify_code_requested_data_from_json(const char *json, size_t len, esauti_verify_code_requested_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_code_requested_data_Type, json, len, &value, err);
    *out = (esauti_verify_code_requested_data *)value;
    return rc;
}

int esauti_verify_code_requested_data_to_json(const esauti_verify_code_requested_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_code_requested_data_Type, obj, out, err);
}

/* verify_code_sent_data */
static const apic_field esauti_verify_code_sent_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_code_sent_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_sent_data, channel), -1, -1, &esauti_verify_code_sent_data_channel_Type},
    {"message_id", 10, 0, offsetof(esauti_verify_code_sent_data, message_id), -1, -1, &apic_type_string},
    {"attempt_number", 14, 0, offsetof(esauti_verify_code_sent_data, attempt_number), offsetof(esauti_verify_code_sent_data, has_attempt_number), -1, &apic_type_int32},
    {"cost_amount", 11, 0, offsetof(esauti_verify_code_sent_data, cost_amount), offsetof(esauti_verify_code_sent_data, has_cost_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_verify_code_sent_data, currency), -1, -1, &esauti_string_currency_Type},
    {"sent_at", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_sent_data, sent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_code_sent_data_desc = {
    "verify_code_sent_data", sizeof(esauti_verify_code_sent_data), esauti_verify_code_sent_data_desc_Fields, 7,
    offsetof(esauti_verify_code_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_code_sent_data_free(esauti_verify_code_sent_data *obj)
{
    apic_struct_free(&esauti_verify_code_sent_data_desc, obj);
}

int esauti_verify_code_sent_data_from_json(const char *json, size_t len, esauti_verify_code_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_code_sent_data_Type, json, len, &value, err);
    *out = (esauti_verify_code_sent_data *)value;
    return rc;
}

int esauti_verify_code_sent_data_to_json(const esauti_verify_code_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_code_sent_data_Type, obj, out, err);
}

/* verify_code_resent_data */
static const apic_field esauti_verify_code_resent_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_code_resent_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_resent_data, channel), -1, -1, &esauti_verify_code_resent_data_channel_Type},
    {"previous_channel", 16, 0, offsetof(esauti_verify_code_resent_data, previous_channel), offsetof(esauti_verify_code_resent_data, has_previous_channel), -1, &esauti_verify_code_resent_data_previous_channel_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_verify_code_resent_data, reason), -1, -1, &esauti_verify_code_resent_data_reason_Type},
    {"resend_count", 12, 0, offsetof(esauti_verify_code_resent_data, resend_count), offsetof(esauti_verify_code_resent_data, has_resend_count), -1, &apic_type_int32},
    {"resent_at", 9, APIC_F_REQUIRED, offsetof(esauti_verify_code_resent_data, resent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_code_resent_data_desc = {
    "verify_code_resent_data", sizeof(esauti_verify_code_resent_data), esauti_verify_code_resent_data_desc_Fields, 6,
    offsetof(esauti_verify_code_resent_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_code_resent_data_free(esauti_verify_code_resent_data *obj)
{
    apic_struct_free(&esauti_verify_code_resent_data_desc, obj);
}

int esauti_verify_code_resent_data_from_json(const char *json, size_t len, esauti_verify_code_resent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_code_resent_data_Type, json, len, &value, err);
    *out = (esauti_verify_code_resent_data *)value;
    return rc;
}

int esauti_verify_code_resent_data_to_json(const esauti_verify_code_resent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_code_resent_data_Type, obj, out, err);
}

/* verify_code_verified_data */
static const apic_field esauti_verify_code_verified_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_code_verified_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_verified_data, channel), -1, -1, &esauti_verify_code_verified_data_channel_Type},
    {"purpose", 7, 0, offsetof(esauti_verify_code_verified_data, purpose), offsetof(esauti_verify_code_verified_data, has_purpose), -1, &esauti_verify_code_verified_data_purpose_Type},
    {"attempts", 8, APIC_F_REQUIRED, offsetof(esauti_verify_code_verified_data, attempts), -1, -1, &apic_type_int32},
    {"seconds_to_verify", 17, 0, offsetof(esauti_verify_code_verified_data, seconds_to_verify), offsetof(esauti_verify_code_verified_data, has_seconds_to_verify), -1, &apic_type_int32},
    {"verified_at", 11, APIC_F_REQUIRED, offsetof(esauti_verify_code_verified_data, verified_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_code_verified_data_desc = {
    "verify_code_verified_data", sizeof(esauti_verify_code_verified_data), esauti_verify_code_verified_data_desc_Fields, 6,
    offsetof(esauti_verify_code_verified_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_code_verified_data_free(esauti_verify_code_verified_data *obj)
{
    apic_struct_free(&esauti_verify_code_verified_data_desc, obj);
}

int esauti_verify_code_verified_data_from_json(const char *json, size_t len, esauti_verify_code_verified_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_code_verified_data_Type, json, len, &value, err);
    *out = (esauti_verify_code_verified_data *)value;
    return rc;
}

int esauti_verify_code_verified_data_to_json(const esauti_verify_code_verified_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_code_verified_data_Type, obj, out, err);
}

/* verify_code_failed_data */
static const apic_field esauti_verify_code_failed_data_desc_Fields[] = {
    {"verification_id", 15, APIC_F_REQUIRED, offsetof(esauti_verify_code_failed_data, verification_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_verify_code_failed_data, channel), -1, -1, &esauti_verify_code_failed_data_channel_Type},
    {"attempt_number", 14, APIC_F_REQUIRED, offsetof(esauti_verify_code_failed_data, attempt_number), -1, -1, &apic_type_int32},
    {"attempts_remaining", 18, APIC_F_REQUIRED, offsetof(esauti_verify_code_failed_data, attempts_remaining), -1, -1, &apic_type_int32},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_verify_code_failed_data, ip_address), -1, -1, &apic_type_string},
    {"failed_at", 9, APIC_F_REQUIRED, offsetof(esauti_verify_code_failed_data, failed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_verify_code_failed_data_desc = {
    "verify_code_failed_data", sizeof(esauti_verify_code_failed_data), esauti_verify_code_failed_data_desc_Fields, 6,
    offsetof(esauti_verify_code_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_verify_code_failed_data_free(esauti_verify_code_failed_data *obj)
{
    apic_struct_free(&esauti_verify_code_failed_data_desc, obj);
}

int esauti_verify_code_failed_data_from_json(const char *json, size_t len, esauti_verify_code_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_verify_code_failed_data_Type, json, len, &value, err);
    *out = (esauti_verify_code_failed_data *)value;
    return rc;
}

int esauti_verify_code_failed_data_to_json(const esauti_verify_code_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_verify_code_failed_data_Type, obj, out, err);
}

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
