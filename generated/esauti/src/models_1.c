/* Descriptors and entry points of eSauti models. Generated; do not edit. */
#include "internal.h"

/* order_delivery_failed_data */
static const apic_field esauti_order_delivery_failed_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_delivery_failed_data, order_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_order_delivery_failed_data, reason), -1, -1, &esauti_order_delivery_failed_data_reason_Type},
    {"attempt", 7, APIC_F_REQUIRED, offsetof(esauti_order_delivery_failed_data, attempt), -1, -1, &apic_type_int32},
    {"next_attempt_at", 15, 0, offsetof(esauti_order_delivery_failed_data, next_attempt_at), -1, -1, &esauti_string_date_time_Type},
    {"failed_at", 9, APIC_F_REQUIRED, offsetof(esauti_order_delivery_failed_data, failed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_delivery_failed_data_desc = {
    "order_delivery_failed_data", sizeof(esauti_order_delivery_failed_data), esauti_order_delivery_failed_data_desc_Fields, 5,
    offsetof(esauti_order_delivery_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_delivery_failed_data_free(esauti_order_delivery_failed_data *obj)
{
    apic_struct_free(&esauti_order_delivery_failed_data_desc, obj);
}

int esauti_order_delivery_failed_data_from_json(const char *json, size_t len, esauti_order_delivery_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_delivery_failed_data_Type, json, len, &value, err);
    *out = (esauti_order_delivery_failed_data *)value;
    return rc;
}

int esauti_order_delivery_failed_data_to_json(const esauti_order_delivery_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_delivery_failed_data_Type, obj, out, err);
}

/* order_cancelled_data */
static const apic_field esauti_order_cancelled_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_cancelled_data, order_id), -1, -1, &apic_type_string},
    {"cancelled_by", 12, APIC_F_REQUIRED, offsetof(esauti_order_cancelled_data, cancelled_by), -1, -1, &esauti_order_cancelled_data_cancelled_by_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_order_cancelled_data, reason), -1, -1, &esauti_order_cancelled_data_reason_Type},
    {"refund_due", 10, 0, offsetof(esauti_order_cancelled_data, refund_due), offsetof(esauti_order_cancelled_data, has_refund_due), -1, &apic_type_bool},
    {"cancelled_at", 12, APIC_F_REQUIRED, offsetof(esauti_order_cancelled_data, cancelled_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_cancelled_data_desc = {
    "order_cancelled_data", sizeof(esauti_order_cancelled_data), esauti_order_cancelled_data_desc_Fields, 5,
    offsetof(esauti_order_cancelled_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_cancelled_data_free(esauti_order_cancelled_data *obj)
{
    apic_struct_free(&esauti_order_cancelled_data_desc, obj);
}

int esauti_order_cancelled_data_from_json(const char *json, size_t len, esauti_order_cancelled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_cancelled_data_Type, json, len, &value, err);
    *out = (esauti_order_cancelled_data *)value;
    return rc;
}

int esauti_order_cancelled_data_to_json(const esauti_order_cancelled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_cancelled_data_Type, obj, out, err);
}

/* order_held_data */
static const apic_field esauti_order_held_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_held_data, order_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_order_held_data, reason), -1, -1, &esauti_order_held_data_reason_Type},
    {"note", 4, 0, offsetof(esauti_order_held_data, note), -1, -1, &apic_type_string},
    {"review_by", 9, 0, offsetof(esauti_order_held_data, review_by), -1, -1, &esauti_string_date_time_Type},
    {"held_at", 7, APIC_F_REQUIRED, offsetof(esauti_order_held_data, held_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_held_data_desc = {
    "order_held_data", sizeof(esauti_order_held_data), esauti_order_held_data_desc_Fields, 5,
    offsetof(esauti_order_held_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_held_data_free(esauti_order_held_data *obj)
{
    apic_struct_free(&esauti_order_held_data_desc, obj);
}

int esauti_order_held_data_from_json(const char *json, size_t len, esauti_order_held_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_held_data_Type, json, len, &value, err);
    *out = (esauti_order_held_data *)value;
    return rc;
}

int esauti_order_held_data_to_json(const esauti_order_held_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_held_data_Type, obj, out, err);
}

/* order_reordered_data */
static const apic_field esauti_order_reordered_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_reordered_data, order_id), -1, -1, &apic_type_string},
    {"original_order_id", 17, APIC_F_REQUIRED, offsetof(esauti_order_reordered_data, original_order_id), -1, -1, &apic_type_string},
    {"source", 6, 0, offsetof(esauti_order_reordered_data, source), offsetof(esauti_order_reordered_data, has_source), -1, &esauti_order_reordered_data_source_Type},
    {"items_changed", 13, 0, offsetof(esauti_order_reordered_data, items_changed), offsetof(esauti_order_reordered_data, has_items_changed), -1, &apic_type_bool},
    {"days_since_original", 19, 0, offsetof(esauti_order_reordered_data, days_since_original), offsetof(esauti_order_reordered_data, has_days_since_original), -1, &apic_type_int32},
    {"reordered_at", 12, APIC_F_REQUIRED, offsetof(esauti_order_reordered_data, reordered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_reordered_data_desc = {
    "order_reordered_data", sizeof(esauti_order_reordered_data), esauti_order_reordered_data_desc_Fields, 6,
    offsetof(esauti_order_reordered_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_reordered_data_free(esauti_order_reordered_data *obj)
{
    apic_struct_free(&esauti_order_reordered_data_desc, obj);
}

int esauti_order_reordered_data_from_json(const char *json, size_t len, esauti_order_reordered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_reordered_data_Type, json, len, &value, err);
    *out = (esauti_order_reordered_data *)value;
    return rc;
}

int esauti_order_reordered_data_to_json(const esauti_order_reordered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_reordered_data_Type, obj, out, err);
}

/* order_refunded_data */
static const apic_field esauti_order_refunded_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data, order_id), -1, -1, &apic_type_string},
    {"refund_id", 9, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data, refund_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data, currency), -1, -1, &esauti_string_currency_Type},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data, amount), -1, -1, &apic_type_int64},
    {"full_refund", 11, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data, full_refund), -1, -1, &apic_type_bool},
    {"refund_method", 13, 0, offsetof(esauti_order_refunded_data, refund_method), offsetof(esauti_order_refunded_data, has_refund_method), -1, &esauti_order_refunded_data_refund_method_Type},
    {"items", 5, 0, offsetof(esauti_order_refunded_data, items), offsetof(esauti_order_refunded_data, has_items), -1, &esauti_order_refunded_data_items_item_array_Type},
    {"refunded_at", 11, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data, refunded_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_refunded_data_desc = {
    "order_refunded_data", sizeof(esauti_order_refunded_data), esauti_order_refunded_data_desc_Fields, 8,
    offsetof(esauti_order_refunded_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_refunded_data_free(esauti_order_refunded_data *obj)
{
    apic_struct_free(&esauti_order_refunded_data_desc, obj);
}

int esauti_order_refunded_data_from_json(const char *json, size_t len, esauti_order_refunded_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_refunded_data_Type, json, len, &value, err);
    *out = (esauti_order_refunded_data *)value;
    return rc;
}

int esauti_order_refunded_data_to_json(const esauti_order_refunded_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_refunded_data_Type, obj, out, err);
}

/* order_refunded_data.items.item */
static const apic_field esauti_order_refunded_data_items_item_desc_Fields[] = {
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data_items_item, sku), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data_items_item, quantity), -1, -1, &apic_type_int32},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_order_refunded_data_items_item, amount), -1, -1, &apic_type_int64},
};
const apic_struct_desc esauti_order_refunded_data_items_item_desc = {
    "order_refunded_data.items.item", sizeof(esauti_order_refunded_data_items_item), esauti_order_refunded_data_items_item_desc_Fields, 3,
    offsetof(esauti_order_refunded_data_items_item, unknown_fields),
    -1,
    NULL
};

void esauti_order_refunded_data_items_item_free(esauti_order_refunded_data_items_item *obj)
{
    apic_struct_free(&esauti_order_refunded_data_items_item_desc, obj);
}

int esauti_order_refunded_data_items_item_from_json(const char *json, size_t len, esauti_order_refunded_data_items_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_refunded_data_items_item_Type, json, len, &value, err);
    *out = (esauti_order_refunded_data_items_item *)value;
    return rc;
}

int esauti_order_refunded_data_items_item_to_json(const esauti_order_refunded_data_items_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_refunded_data_items_item_Type, obj, out, err);
}

/* order_completed_data */
static const apic_field esauti_order_completed_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_completed_data, order_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_order_completed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"net_amount", 10, APIC_F_REQUIRED, offsetof(esauti_order_completed_data, net_amount), -1, -1, &apic_type_int64},
    {"loyalty_points", 14, 0, offsetof(esauti_order_completed_data, loyalty_points), offsetof(esauti_order_completed_data, has_loyalty_points), -1, &apic_type_int32},
    {"completed_at", 12, APIC_F_REQUIRED, offsetof(esauti_order_completed_data, completed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_completed_data_desc = {
    "order_completed_data", sizeof(esauti_order_completed_data), esauti_order_completed_data_desc_Fields, 5,
    offsetof(esauti_order_completed_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_completed_data_free(esauti_order_completed_data *obj)
{
    apic_struct_free(&esauti_order_completed_data_desc, obj);
}

int esauti_order_completed_data_from_json(const char *json, size_t len, esauti_order_completed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_completed_data_Type, json, len, &value, err);
    *out = (esauti_order_completed_data *)value;
    return rc;
}

int esauti_order_completed_data_to_json(const esauti_order_completed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_completed_data_Type, obj, out, err);
}

/* payment_initiated_data */
static const apic_field esauti_payment_initiated_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_initiated_data, payment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_payment_initiated_data, order_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_payment_initiated_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_payment_initiated_data, currency), -1, -1, &esauti_string_currency_Type},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_payment_initiated_data, method), -1, -1, &esauti_payment_initiated_data_method_Type},
    {"payer_phone", 11, APIC_F_PII, offsetof(esauti_payment_initiated_data, payer_phone), -1, -1, &esauti_string_phone_Type},
    {"expires_at", 10, 0, offsetof(esauti_payment_initiated_data, expires_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_payment_initiated_data_desc = {
    "payment_initiated_data", sizeof(esauti_payment_initiated_data), esauti_payment_initiated_data_desc_Fields, 7,
    offsetof(esauti_payment_initiated_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_initiated_data_free(esauti_payment_initiated_data *obj)
{
    apic_struct_free(&esauti_payment_initiated_data_desc, obj);
}

int esauti_payment_initiated_data_from_json(const char *json, size_t len, esauti_payment_initiated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_initiated_data_Type, json, len, &value, err);
    *out = (esauti_payment_initiated_data *)value;
    return rc;
}

int esauti_payment_initiated_data_to_json(const esauti_payment_initiated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_initiated_data_Type, obj, out, err);
}

/* payment_authorized_data */
static const apic_field esauti_payment_authorized_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_authorized_data, payment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_payment_authorized_data, order_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_payment_authorized_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_payment_authorized_data, currency), -1, -1, &esauti_string_currency_Type},
    {"card_brand", 10, 0, offsetof(esauti_payment_authorized_data, card_brand), offsetof(esauti_payment_authorized_data, has_card_brand), -1, &esauti_payment_authorized_data_card_brand_Type},
    {"card_last4", 10, 0, offsetof(esauti_payment_authorized_data, card_last4), -1, -1, &apic_type_string},
    {"authorization_expires_at", 24, 0, offsetof(esauti_payment_authorized_data, authorization_expires_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_payment_authorized_data_desc = {
    "payment_authorized_data", sizeof(esauti_payment_authorized_data), esauti_payment_authorized_data_desc_Fields, 7,
    offsetof(esauti_payment_authorized_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_authorized_data_free(esauti_payment_authorized_data *obj)
{
    apic_struct_free(&esauti_payment_authorized_data_desc, obj);
}

int esauti_payment_authorized_data_from_json(const char *json, size_t len, esauti_payment_authorized_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_authorized_data_Type, json, len, &value, err);
    *out = (esauti_payment_authorized_data *)value;
    return rc;
}

int esauti_payment_authorized_data_to_json(const esauti_payment_authorized_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_authorized_data_Type, obj, out, err);
}

/* payment_captured_data */
static const apic_field esauti_payment_captured_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_captured_data, payment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_payment_captured_data, order_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_payment_captured_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_payment_captured_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_payment_captured_data_desc = {
    "payment_captured_data", sizeof(esauti_payment_captured_data), esauti_payment_captured_data_desc_Fields, 4,
    offsetof(esauti_payment_captured_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_captured_data_free(esauti_payment_captured_data *obj)
{
    apic_struct_free(&esauti_payment_captured_data_desc, obj);
}

int esauti_payment_captured_data_from_json(const char *json, size_t len, esauti_payment_captured_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_captured_data_Type, json, len, &value, err);
    *out = (esauti_payment_captured_data *)value;
    return rc;
}

int esauti_payment_captured_data_to_json(const esauti_payment_captured_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_captured_data_Type, obj, out, err);
}

/* payment_succeeded_data */
static const apic_field esauti_payment_succeeded_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_succeeded_data, payment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_payment_succeeded_data, order_id), -1, -1, &apic_type_string},
    {"invoice_id", 10, 0, offsetof(esauti_payment_succeeded_data, invoice_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_payment_succeeded_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_payment_succeeded_data, currency), -1, -1, &esauti_string_currency_Type},
    {"fee_amount", 10, 0, offsetof(esauti_payment_succeeded_data, fee_amount), offsetof(esauti_payment_succeeded_data, has_fee_amount), -1, &apic_type_int64},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_payment_succeeded_data, method), -1, -1, &esauti_payment_succeeded_data_method_Type},
    {"provider_reference", 18, 0, offsetof(esauti_payment_succeeded_data, provider_reference), -1, -1, &apic_type_string},
    {"payer_phone", 11, APIC_F_PII, offsetof(esauti_payment_succeeded_data, payer_phone), -1, -1, &esauti_string_phone_Type},
};
const apic_struct_desc esauti_payment_succeeded_data_desc = {
    "payment_succeeded_data", sizeof(esauti_payment_succeeded_data), esauti_payment_succeeded_data_desc_Fields, 9,
    offsetof(esauti_payment_succeeded_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_succeeded_data_free(esauti_payment_succeeded_data *obj)
{
    apic_struct_free(&esauti_payment_succeeded_data_desc, obj);
}

int esauti_payment_succeeded_data_from_json(const char *json, size_t len, esauti_payment_succeeded_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_succeeded_data_Type, json, len, &value, err);
    *out = (esauti_payment_succeeded_data *)value;
    return rc;
}

int esauti_payment_succeeded_data_to_json(const esauti_payment_succeeded_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_succeeded_data_Type, obj, out, err);
}

/* payment_failed_data */
static const apic_field esauti_payment_failed_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_failed_data, payment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_payment_failed_data, order_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_payment_failed_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_payment_failed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_payment_failed_data, method), -1, -1, &esauti_payment_failed_data_method_Type},
    {"failure_reason", 14, APIC_F_REQUIRED, offsetof(esauti_payment_failed_data, failure_reason), -1, -1, &esauti_payment_failed_data_failure_reason_Type},
    {"failure_message", 15, 0, offsetof(esauti_payment_failed_data, failure_message), -1, -1, &apic_type_string},
    {"retryable", 9, 0, offsetof(esauti_payment_failed_data, retryable), offsetof(esauti_payment_failed_data, has_retryable), -1, &apic_type_bool},
};
const apic_struct_desc esauti_payment_failed_data_desc = {
    "payment_failed_data", sizeof(esauti_payment_failed_data), esauti_payment_failed_data_desc_Fields, 8,
    offsetof(esauti_payment_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_failed_data_free(esauti_payment_failed_data *obj)
{
    apic_struct_free(&esauti_payment_failed_data_desc, obj);
}

int esauti_payment_failed_data_from_json(const char *json, size_t len, esauti_payment_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_failed_data_Type, json, len, &value, err);
    *out = (esauti_payment_failed_data *)value;
    return rc;
}

int esauti_payment_failed_data_to_json(const esauti_payment_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_failed_data_Type, obj, out, err);
}

/* payment_cancelled_data */
static const apic_field esauti_payment_cancelled_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_cancelled_data, payment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_payment_cancelled_data, order_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_payment_cancelled_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_payment_cancelled_data, currency), -1, -1, &esauti_string_currency_Type},
    {"cancelled_by", 12, APIC_F_REQUIRED, offsetof(esauti_payment_cancelled_data, cancelled_by), -1, -1, &esauti_payment_cancelled_data_cancelled_by_Type},
    {"reason", 6, 0, offsetof(esauti_payment_cancelled_data, reason), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_payment_cancelled_data_desc = {
    "payment_cancelled_data", sizeof(esauti_payment_cancelled_data), esauti_payment_cancelled_data_desc_Fields, 6,
    offsetof(esauti_payment_cancelled_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_cancelled_data_free(esauti_payment_cancelled_data *obj)
{
    apic_struct_free(&esauti_payment_cancelled_data_desc, obj);
}

int esauti_payment_cancelled_data_from_json(const char *json, size_t len, esauti_payment_cancelled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_cancelled_data_Type, json, len, &value, err);
    *out = (esauti_payment_cancelled_data *)value;
    return rc;
}

int esauti_payment_cancelled_data_to_json(const esauti_payment_cancelled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_cancelled_data_Type, obj, out, err);
}

/* payment_method_added_data */
static const apic_field esauti_payment_method_added_data_desc_Fields[] = {
    {"payment_method_id", 17, APIC_F_REQUIRED, offsetof(esauti_payment_method_added_data, payment_method_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_payment_method_added_data, method), -1, -1, &esauti_payment_method_added_data_method_Type},
    {"card_brand", 10, 0, offsetof(esauti_payment_method_added_data, card_brand), offsetof(esauti_payment_method_added_data, has_card_brand), -1, &esauti_payment_method_added_data_card_brand_Type},
    {"last4", 5, 0, offsetof(esauti_payment_method_added_data, last4), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_PII, offsetof(esauti_payment_method_added_data, phone), -1, -1, &esauti_string_phone_Type},
    {"expiry_month", 12, 0, offsetof(esauti_payment_method_added_data, expiry_month), offsetof(esauti_payment_method_added_data, has_expiry_month), -1, &apic_type_int32},
    {"expiry_year", 11, 0, offsetof(esauti_payment_method_added_data, expiry_year), offsetof(esauti_payment_method_added_data, has_expiry_year), -1, &apic_type_int32},
    {"is_default", 10, APIC_F_REQUIRED, offsetof(esauti_payment_method_added_data, is_default), -1, -1, &apic_type_bool},
};
const apic_struct_desc esauti_payment_method_added_data_desc = {
    "payment_method_added_data", sizeof(esauti_payment_method_added_data), esauti_payment_method_added_data_desc_Fields, 8,
    offsetof(esauti_payment_method_added_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_method_added_data_free(esauti_payment_method_added_data *obj)
{
    apic_struct_free(&esauti_payment_method_added_data_desc, obj);
}

int esauti_payment_method_added_data_from_json(const char *json, size_t len, esauti_payment_method_added_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_method_added_data_Type, json, len, &value, err);
    *out = (esauti_payment_method_added_data *)value;
    return rc;
}

int esauti_payment_method_added_data_to_json(const esauti_payment_method_added_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_method_added_data_Type, obj, out, err);
}

/* payment_method_removed_data */
static const apic_field esauti_payment_method_removed_data_desc_Fields[] = {
    {"payment_method_id", 17, APIC_F_REQUIRED, offsetof(esauti_payment_method_removed_data, payment_method_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_payment_method_removed_data, method), -1, -1, &esauti_payment_method_removed_data_method_Type},
    {"last4", 5, 0, offsetof(esauti_payment_method_removed_data, last4), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_payment_method_removed_data, reason), -1, -1, &esauti_payment_method_removed_data_reason_Type},
    {"removed_by", 10, 0, offsetof(esauti_payment_method_removed_data, removed_by), offsetof(esauti_payment_method_removed_data, has_removed_by), -1, &esauti_payment_method_removed_data_removed_by_Type},
};
const apic_struct_desc esauti_payment_method_removed_data_desc = {
    "payment_method_removed_data", sizeof(esauti_payment_method_removed_data), esauti_payment_method_removed_data_desc_Fields, 5,
    offsetof(esauti_payment_method_removed_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_method_removed_data_free(esauti_payment_method_removed_data *obj)
{
    apic_struct_free(&esauti_payment_method_removed_data_desc, obj);
}

int esauti_payment_method_removed_data_from_json(const char *json, size_t len, esauti_payment_method_removed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_method_removed_data_Type, json, len, &value, err);
    *out = (esauti_payment_method_removed_data *)value;
    return rc;
}

int esauti_payment_method_removed_data_to_json(const esauti_payment_method_removed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_method_removed_data_Type, obj, out, err);
}

/* payment_disputed_data */
static const apic_field esauti_payment_disputed_data_desc_Fields[] = {
    {"dispute_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_disputed_data, dispute_id), -1, -1, &apic_type_string},
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_payment_disputed_data, payment_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_payment_disputed_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_payment_disputed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_payment_disputed_data, reason), -1, -1, &esauti_payment_disputed_data_reason_Type},
    {"status", 6, 0, offsetof(esauti_payment_disputed_data, status), offsetof(esauti_payment_disputed_data, has_status), -1, &esauti_payment_disputed_data_status_Type},
    {"evidence_due_by", 15, 0, offsetof(esauti_payment_disputed_data, evidence_due_by), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_payment_disputed_data_desc = {
    "payment_disputed_data", sizeof(esauti_payment_disputed_data), esauti_payment_disputed_data_desc_Fields, 7,
    offsetof(esauti_payment_disputed_data, unknown_fields),
    -1,
    NULL
};

void esauti_payment_disputed_data_free(esauti_payment_disputed_data *obj)
{
    apic_struct_free(&esauti_payment_disputed_data_desc, obj);
}

int esauti_payment_disputed_data_from_json(const char *json, size_t len, esauti_payment_disputed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_payment_disputed_data_Type, json, len, &value, err);
    *out = (esauti_payment_disputed_data *)value;
    return rc;
}

int esauti_payment_disputed_data_to_json(const esauti_payment_disputed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_payment_disputed_data_Type, obj, out, err);
}

/* refund_requested_data */
static const apic_field esauti_refund_requested_data_desc_Fields[] = {
    {"refund_id", 9, APIC_F_REQUIRED, offsetof(esauti_refund_requested_data, refund_id), -1, -1, &apic_type_string},
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_refund_requested_data, payment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_refund_requested_data, order_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_refund_requested_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_refund_requested_data, currency), -1, -1, &esauti_string_currency_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_refund_requested_data, reason), -1, -1, &esauti_refund_requested_data_reason_Type},
    {"requested_by", 12, 0, offsetof(esauti_refund_requested_data, requested_by), offsetof(esauti_refund_requested_data, has_requested_by), -1, &esauti_refund_requested_data_requested_by_Type},
    {"note", 4, 0, offsetof(esauti_refund_requested_data, note), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_refund_requested_data_desc = {
    "refund_requested_data", sizeof(esauti_refund_requested_data), esauti_refund_requested_data_desc_Fields, 8,
    offsetof(esauti_refund_requested_data, unknown_fields),
    -1,
    NULL
};

void esauti_refund_requested_data_free(esauti_refund_requested_data *obj)
{
    apic_struct_free(&esauti_refund_requested_data_desc, obj);
}

int esauti_refund_requested_data_from_json(const char *json, size_t len, esauti_refund_requested_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_refund_requested_data_Type, json, len, &value, err);
    *out = (esauti_refund_requested_data *)value;
    return rc;
}

int esauti_refund_requested_data_to_json(const esauti_refund_requested_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_refund_requested_data_Type, obj, out, err);
}

/* refund_succeeded_data */
static const apic_field esauti_refund_succeeded_data_desc_Fields[] = {
    {"refund_id", 9, APIC_F_REQUIRED, offsetof(esauti_refund_succeeded_data, refund_id), -1, -1, &apic_type_string},
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_refund_succeeded_data, payment_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_refund_succeeded_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_refund_succeeded_data, currency), -1, -1, &esauti_string_currency_Type},
    {"destination", 11, APIC_F_REQUIRED, offsetof(esauti_refund_succeeded_data, destination), -1, -1, &esauti_refund_succeeded_data_destination_Type},
    {"provider_reference", 18, 0, offsetof(esauti_refund_succeeded_data, provider_reference), -1, -1, &apic_type_string},
    {"is_partial", 10, 0, offsetof(esauti_refund_succeeded_data, is_partial), offsetof(esauti_refund_succeeded_data, has_is_partial), -1, &apic_type_bool},
};
const apic_struct_desc esauti_refund_succeeded_data_desc = {
    "refund_succeeded_data", sizeof(esauti_refund_succeeded_data), esauti_refund_succeeded_data_desc_Fields, 7,
    offsetof(esauti_refund_succeeded_data, unknown_fields),
    -1,
    NULL
};

void esauti_refund_succeeded_data_free(esauti_refund_succeeded_data *obj)
{
    apic_struct_free(&esauti_refund_succeeded_data_desc, obj);
}

int esauti_refund_succeeded_data_from_json(const char *json, size_t len, esauti_refund_succeeded_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_refund_succeeded_data_Type, json, len, &value, err);
    *out = (esauti_refund_succeeded_data *)value;
    return rc;
}

int esauti_refund_succeeded_data_to_json(const esauti_refund_succeeded_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_refund_succeeded_data_Type, obj, out, err);
}

/* refund_failed_data */
static const apic_field esauti_refund_failed_data_desc_Fields[] = {
    {"refund_id", 9, APIC_F_REQUIRED, offsetof(esauti_refund_failed_data, refund_id), -1, -1, &apic_type_string},
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(esauti_refund_failed_data, payment_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_refund_failed_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_refund_failed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"failure_reason", 14, APIC_F_REQUIRED, offsetof(esauti_refund_failed_data, failure_reason), -1, -1, &esauti_refund_failed_data_failure_reason_Type},
    {"will_retry", 10, 0, offsetof(esauti_refund_failed_data, will_retry), offsetof(esauti_refund_failed_data, has_will_retry), -1, &apic_type_bool},
};
const apic_struct_desc esauti_refund_failed_data_desc = {
    "refund_failed_data", sizeof(esauti_refund_failed_data), esauti_refund_failed_data_desc_Fields, 6,
    offsetof(esauti_refund_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_refund_failed_data_free(esauti_refund_failed_data *obj)
{
    apic_struct_free(&esauti_refund_failed_data_desc, obj);
}

int esauti_refund_failed_data_from_json(const char *json, size_t len, esauti_refund_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_refund_failed_data_Type, json, len, &value, err);
    *out = (esauti_refund_failed_data *)value;
    return rc;
}

int esauti_refund_failed_data_to_json(const esauti_refund_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_refund_failed_data_Type, obj, out, err);
}

/* invoice_created_data */
static const apic_field esauti_invoice_created_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data, amount_due), -1, -1, &apic_type_int64},
    {"tax_amount", 10, 0, offsetof(esauti_invoice_created_data, tax_amount), offsetof(esauti_invoice_created_data, has_tax_amount), -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data, currency), -1, -1, &esauti_string_currency_Type},
    {"due_date", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data, due_date), -1, -1, &esauti_string_date_Type},
    {"subscription_id", 15, 0, offsetof(esauti_invoice_created_data, subscription_id), -1, -1, &apic_type_string},
    {"line_items", 10, 0, offsetof(esauti_invoice_created_data, line_items), offsetof(esauti_invoice_created_data, has_line_items), -1, &esauti_invoice_created_data_line_items_item_array_Type},
};
const apic_struct_desc esauti_invoice_created_data_desc = {
    "invoice_created_data", sizeof(esauti_invoice_created_data), esauti_invoice_created_data_desc_Fields, 8,
    offsetof(esauti_invoice_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_created_data_free(esauti_invoice_created_data *obj)
{
    apic_struct_free(&esauti_invoice_created_data_desc, obj);
}

int esauti_invoice_created_data_from_json(const char *json, size_t len, esauti_invoice_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_created_data_Type, json, len, &value, err);
    *out = (esauti_invoice_created_data *)value;
    return rc;
}

int esauti_invoice_created_data_to_json(const esauti_invoice_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_created_data_Type, obj, out, err);
}

/* invoice_created_data.line_items.item */
static const apic_field esauti_invoice_created_data_line_items_item_desc_Fields[] = {
    {"label", 5, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data_line_items_item, label), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data_line_items_item, quantity), -1, -1, &apic_type_int32},
    {"unit_amount", 11, 0, offsetof(esauti_invoice_created_data_line_items_item, unit_amount), offsetof(esauti_invoice_created_data_line_items_item, has_unit_amount), -1, &apic_type_int64},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_invoice_created_data_line_items_item, amount), -1, -1, &apic_type_int64},
};
const apic_struct_desc esauti_invoice_created_data_line_items_item_desc = {
    "invoice_created_data.line_items.item", sizeof(esauti_invoice_created_data_line_items_item), esauti_invoice_created_data_line_items_item_desc_Fields, 4,
    offsetof(esauti_invoice_created_data_line_items_item, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_created_data_line_items_item_free(esauti_invoice_created_data_line_items_item *obj)
{
    apic_struct_free(&esauti_invoice_created_data_line_items_item_desc, obj);
}

int esauti_invoice_created_data_line_items_item_from_json(const char *json, size_t len, esauti_invoice_created_data_line_items_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_created_data_line_items_item_Type, json, len, &value, err);
    *out = (esauti_invoice_created_data_line_items_item *)value;
    return rc;
}

int esauti_invoice_created_data_line_items_item_to_json(const esauti_invoice_created_data_line_items_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_created_data_line_items_item_Type, obj, out, err);
}

/* invoice_sent_data */
static const apic_field esauti_invoice_sent_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_sent_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, APIC_F_REQUIRED, offsetof(esauti_invoice_sent_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_sent_data, amount_due), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_sent_data, currency), -1, -1, &esauti_string_currency_Type},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_invoice_sent_data, channel), -1, -1, &esauti_invoice_sent_data_channel_Type},
    {"recipient", 9, APIC_F_PII, offsetof(esauti_invoice_sent_data, recipient), -1, -1, &apic_type_string},
    {"payment_url", 11, 0, offsetof(esauti_invoice_sent_data, payment_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_invoice_sent_data_desc = {
    "invoice_sent_data", sizeof(esauti_invoice_sent_data), esauti_invoice_sent_data_desc_Fields, 7,
    offsetof(esauti_invoice_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_sent_data_free(esauti_invoice_sent_data *obj)
{
    apic_struct_free(&esauti_invoice_sent_data_desc, obj);
}

int esauti_invoice_sent_data_from_json(const char *json, size_t len, esauti_invoice_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_sent_data_Type, json, len, &value, err);
    *out = (esauti_invoice_sent_data *)value;
    return rc;
}

int esauti_invoice_sent_data_to_json(const esauti_invoice_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_sent_data_Type, obj, out, err);
}

/* invoice_viewed_data */
static const apic_field esauti_invoice_viewed_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_viewed_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, APIC_F_REQUIRED, offsetof(esauti_invoice_viewed_data, invoice_number), -1, -1, &apic_type_string},
    {"viewed_via", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_viewed_data, viewed_via), -1, -1, &esauti_invoice_viewed_data_viewed_via_Type},
    {"view_count", 10, 0, offsetof(esauti_invoice_viewed_data, view_count), offsetof(esauti_invoice_viewed_data, has_view_count), -1, &apic_type_int32},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_invoice_viewed_data, ip_address), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_invoice_viewed_data_desc = {
    "invoice_viewed_data", sizeof(esauti_invoice_viewed_data), esauti_invoice_viewed_data_desc_Fields, 5,
    offsetof(esauti_invoice_viewed_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_viewed_data_free(esauti_invoice_viewed_data *obj)
{
    apic_struct_free(&esauti_invoice_viewed_data_desc, obj);
}

int esauti_invoice_viewed_data_from_json(const char *json, size_t len, esauti_invoice_viewed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_viewed_data_Type, json, len, &value, err);
    *out = (esauti_invoice_viewed_data *)value;
    return rc;
}

int esauti_invoice_viewed_data_to_json(const esauti_invoice_viewed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_viewed_data_Type, obj, out, err);
}

/* invoice_reminder_sent_data */
static const apic_field esauti_invoice_reminder_sent_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_reminder_sent_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, 0, offsetof(esauti_invoice_reminder_sent_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_reminder_sent_data, amount_due), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_reminder_sent_data, currency), -1, -1, &esauti_string_currency_Type},
    {"due_date", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_reminder_sent_data, due_date), -1, -1, &esauti_string_date_Type},
    {"days_overdue", 12, 0, offsetof(esauti_invoice_reminder_sent_data, days_overdue), offsetof(esauti_invoice_reminder_sent_data, has_days_overdue), -1, &apic_type_int32},
    {"reminder_number", 15, 0, offsetof(esauti_invoice_reminder_sent_data, reminder_number), offsetof(esauti_invoice_reminder_sent_data, has_reminder_number), -1, &apic_type_int32},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_invoice_reminder_sent_data, channel), -1, -1, &esauti_invoice_reminder_sent_data_channel_Type},
};
const apic_struct_desc esauti_invoice_reminder_sent_data_desc = {
    "invoice_reminder_sent_data", sizeof(esauti_invoice_reminder_sent_data), esauti_invoice_reminder_sent_data_desc_Fields, 8,
    offsetof(esauti_invoice_reminder_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_reminder_sent_data_free(esauti_invoice_reminder_sent_data *obj)
{
    apic_struct_free(&esauti_invoice_reminder_sent_data_desc, obj);
}

int esauti_invoice_reminder_sent_data_from_json(const char *json, size_t len, esauti_invoice_reminder_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_reminder_sent_data_Type, json, len, &value, err);
    *out = (esauti_invoice_reminder_sent_data *)value;
    return rc;
}

int esauti_invoice_reminder_sent_data_to_json(const esauti_invoice_reminder_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_reminder_sent_data_Type, obj, out, err);
}

/* invoice_partially_paid_data */
static const apic_field esauti_invoice_partially_paid_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_partially_paid_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, 0, offsetof(esauti_invoice_partially_paid_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_paid", 11, APIC_F_REQUIRED, offsetof(esauti_invoice_partially_paid_data, amount_paid), -1, -1, &apic_type_int64},
    {"amount_remaining", 16, APIC_F_REQUIRED, offsetof(esauti_invoice_partially_paid_data, amount_remaining), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_partially_paid_data, currency), -1, -1, &esauti_string_currency_Type},
    {"payment_id", 10, 0, offsetof(esauti_invoice_partially_paid_data, payment_id), -1, -1, &apic_type_string},
    {"method", 6, 0, offsetof(esauti_invoice_partially_paid_data, method), offsetof(esauti_invoice_partially_paid_data, has_method), -1, &esauti_invoice_partially_paid_data_method_Type},
};
const apic_struct_desc esauti_invoice_partially_paid_data_desc = {
    "invoice_partially_paid_data", sizeof(esauti_invoice_partially_paid_data), esauti_invoice_partially_paid_data_desc_Fields, 7,
    offsetof(esauti_invoice_partially_paid_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_partially_paid_data_free(esauti_invoice_partially_paid_data *obj)
{
    apic_struct_free(&esauti_invoice_partially_paid_data_desc, obj);
}

int esauti_invoice_partially_paid_data_from_json(const char *json, size_t len, esauti_invoice_partially_paid_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_partially_paid_data_Type, json, len, &value, err);
    *out = (esauti_invoice_partially_paid_data *)value;
    return rc;
}

int esauti_invoice_partially_paid_data_to_json(const esauti_invoice_partially_paid_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_partially_paid_data_Type, obj, out, err);
}

/* invoice_paid_data */
static const apic_field esauti_invoice_paid_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_paid_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, 0, offsetof(esauti_invoice_paid_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_paid", 11, APIC_F_REQUIRED, offsetof(esauti_invoice_paid_data, amount_paid), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_paid_data, currency), -1, -1, &esauti_string_currency_Type},
    {"payment_ids", 11, APIC_F_REQUIRED, offsetof(esauti_invoice_paid_data, payment_ids), -1, -1, &esauti_string_array_Type},
    {"paid_late", 9, APIC_F_REQUIRED, offsetof(esauti_invoice_paid_data, paid_late), -1, -1, &apic_type_bool},
    {"receipt_url", 11, 0, offsetof(esauti_invoice_paid_data, receipt_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_invoice_paid_data_desc = {
    "invoice_paid_data", sizeof(esauti_invoice_paid_data), esauti_invoice_paid_data_desc_Fields, 7,
    offsetof(esauti_invoice_paid_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_paid_data_free(esauti_invoice_paid_data *obj)
{
    apic_struct_free(&esauti_invoice_paid_data_desc, obj);
}

int esauti_invoice_paid_data_from_json(const char *json, size_t len, esauti_invoice_paid_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_paid_data_Type, json, len, &value, err);
    *out = (esauti_invoice_paid_data *)value;
    return rc;
}

int esauti_invoice_paid_data_to_json(const esauti_invoice_paid_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_paid_data_Type, obj, out, err);
}

/* invoice_overdue_data */
static const apic_field esauti_invoice_overdue_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_overdue_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, 0, offsetof(esauti_invoice_overdue_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_overdue_data, amount_due), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_overdue_data, currency), -1, -1, &esauti_string_currency_Type},
    {"due_date", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_overdue_data, due_date), -1, -1, &esauti_string_date_Type},
    {"late_fee_amount", 15, 0, offsetof(esauti_invoice_overdue_data, late_fee_amount), offsetof(esauti_invoice_overdue_data, has_late_fee_amount), -1, &apic_type_int64},
};
const apic_struct_desc esauti_invoice_overdue_data_desc = {
    "invoice_overdue_data", sizeof(esauti_invoice_overdue_data), esauti_invoice_overdue_data_desc_Fields, 6,
    offsetof(esauti_invoice_overdue_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_overdue_data_free(esauti_invoice_overdue_data *obj)
{
    apic_struct_free(&esauti_invoice_overdue_data_desc, obj);
}

int esauti_invoice_overdue_data_from_json(const char *json, size_t len, esauti_invoice_overdue_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_overdue_data_Type, json, len, &value, err);
    *out = (esauti_invoice_overdue_data *)value;
    return rc;
}

int esauti_invoice_overdue_data_to_json(const esauti_invoice_overdue_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_overdue_data_Type, obj, out, err);
}

/* invoice_voided_data */
static const apic_field esauti_invoice_voided_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_voided_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, 0, offsetof(esauti_invoice_voided_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_due", 10, 0, offsetof(esauti_invoice_voided_data, amount_due), offsetof(esauti_invoice_voided_data, has_amount_due), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_invoice_voided_data, currency), -1, -1, &esauti_string_currency_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_invoice_voided_data, reason), -1, -1, &esauti_invoice_voided_data_reason_Type},
    {"replaced_by_invoice_id", 22, 0, offsetof(esauti_invoice_voided_data, replaced_by_invoice_id), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_invoice_voided_data_desc = {
    "invoice_voided_data", sizeof(esauti_invoice_voided_data), esauti_invoice_voided_data_desc_Fields, 6,
    offsetof(esauti_invoice_voided_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_voided_data_free(esauti_invoice_voided_data *obj)
{
    apic_struct_free(&esauti_invoice_voided_data_desc, obj);
}

int esauti_invoice_voided_data_from_json(const char *json, size_t len, esauti_invoice_voided_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_voided_data_Type, json, len, &value, err);
    *out = (esauti_invoice_voided_data *)value;
    return rc;
}

int esauti_invoice_voided_data_to_json(const esauti_invoice_voided_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_voided_data_Type, obj, out, err);
}

/* invoice_written_off_data */
static const apic_field esauti_invoice_written_off_data_desc_Fields[] = {
    {"invoice_id", 10, APIC_F_REQUIRED, offsetof(esauti_invoice_written_off_data, invoice_id), -1, -1, &apic_type_string},
    {"invoice_number", 14, 0, offsetof(esauti_invoice_written_off_data, invoice_number), -1, -1, &apic_type_string},
    {"amount_written_off", 18, APIC_F_REQUIRED, offsetof(esauti_invoice_written_off_data, amount_written_off), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_invoice_written_off_data, currency), -1, -1, &esauti_string_currency_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_invoice_written_off_data, reason), -1, -1, &esauti_invoice_written_off_data_reason_Type},
    {"note", 4, 0, offsetof(esauti_invoice_written_off_data, note), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_invoice_written_off_data_desc = {
    "invoice_written_off_data", sizeof(esauti_invoice_written_off_data), esauti_invoice_written_off_data_desc_Fields, 6,
    offsetof(esauti_invoice_written_off_data, unknown_fields),
    -1,
    NULL
};

void esauti_invoice_written_off_data_free(esauti_invoice_written_off_data *obj)
{
    apic_struct_free(&esauti_invoice_written_off_data_desc, obj);
}

int esauti_invoice_written_off_data_from_json(const char *json, size_t len, esauti_invoice_written_off_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_invoice_written_off_data_Type, json, len, &value, err);
    *out = (esauti_invoice_written_off_data *)value;
    return rc;
}

int esauti_invoice_written_off_data_to_json(const esauti_invoice_written_off_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_invoice_written_off_data_Type, obj, out, err);
}

/* subscription_created_data */
static const apic_field esauti_subscription_created_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data, subscription_id), -1, -1, &apic_type_string},
    {"plan", 4, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data, plan), -1, -1, &esauti_subscription_created_data_plan_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data, status), -1, -1, &esauti_subscription_created_data_status_Type},
    {"trial_ends_at", 13, 0, offsetof(esauti_subscription_created_data, trial_ends_at), -1, -1, &esauti_string_date_time_Type},
    {"signup_channel", 14, 0, offsetof(esauti_subscription_created_data, signup_channel), offsetof(esauti_subscription_created_data, has_signup_channel), -1, &esauti_subscription_created_data_signup_channel_Type},
    {"coupon_code", 11, 0, offsetof(esauti_subscription_created_data, coupon_code), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_subscription_created_data_desc = {
    "subscription_created_data", sizeof(esauti_subscription_created_data), esauti_subscription_created_data_desc_Fields, 6,
    offsetof(esauti_subscription_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_created_data_free(esauti_subscription_created_data *obj)
{
    apic_struct_free(&esauti_subscription_created_data_desc, obj);
}

int esauti_subscription_created_data_from_json(const char *json, size_t len, esauti_subscription_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_created_data_Type, json, len, &value, err);
    *out = (esauti_subscription_created_data *)value;
    return rc;
}

int esauti_subscription_created_data_to_json(const esauti_subscription_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_created_data_Type, obj, out, err);
}

/* subscription_created_data.plan */
static const apic_field esauti_subscription_created_data_plan_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data_plan, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data_plan, name), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data_plan, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data_plan, currency), -1, -1, &esauti_string_currency_Type},
    {"interval", 8, APIC_F_REQUIRED, offsetof(esauti_subscription_created_data_plan, interval), -1, -1, &esauti_subscription_created_data_plan_interval_Type},
};
const apic_struct_desc esauti_subscription_created_data_plan_desc = {
    "subscription_created_data.plan", sizeof(esauti_subscription_created_data_plan), esauti_subscription_created_data_plan_desc_Fields, 5,
    offsetof(esauti_subscription_created_data_plan, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_created_data_plan_free(esauti_subscription_created_data_plan *obj)
{
    apic_struct_free(&esauti_subscription_created_data_plan_desc, obj);
}

int esauti_subscription_created_data_plan_from_json(const char *json, size_t len, esauti_subscription_created_data_plan **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_created_data_plan_Type, json, len, &value, err);
    *out = (esauti_subscription_created_data_plan *)value;
    return rc;
}

int esauti_subscription_created_data_plan_to_json(const esauti_subscription_created_data_plan *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_created_data_plan_Type, obj, out, err);
}

/* subscription_trial_started_data */
static const apic_field esauti_subscription_trial_started_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_trial_started_data, subscription_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_trial_started_data, plan_id), -1, -1, &apic_type_string},
    {"plan_name", 9, 0, offsetof(esauti_subscription_trial_started_data, plan_name), -1, -1, &apic_type_string},
    {"trial_days", 10, 0, offsetof(esauti_subscription_trial_started_data, trial_days), offsetof(esauti_subscription_trial_started_data, has_trial_days), -1, &apic_type_int32},
    {"trial_ends_at", 13, APIC_F_REQUIRED, offsetof(esauti_subscription_trial_started_data, trial_ends_at), -1, -1, &esauti_string_date_time_Type},
    {"payment_method_on_file", 22, 0, offsetof(esauti_subscription_trial_started_data, payment_method_on_file), offsetof(esauti_subscription_trial_started_data, has_payment_method_on_file), -1, &apic_type_bool},
};
const apic_struct_desc esauti_subscription_trial_started_data_desc = {
    "subscription_trial_started_data", sizeof(esauti_subscription_trial_started_data), esauti_subscription_trial_started_data_desc_Fields, 6,
    offsetof(esauti_subscription_trial_started_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_trial_started_data_free(esauti_subscription_trial_started_data *obj)
{
    apic_struct_free(&esauti_subscription_trial_started_data_desc, obj);
}

int esauti_subscription_trial_started_data_from_json(const char *json, size_t len, esauti_subscription_trial_started_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_trial_started_data_Type, json, len, &value, err);
    *out = (esauti_subscription_trial_started_data *)value;
    return rc;
}

int esauti_subscription_trial_started_data_to_json(const esauti_subscription_trial_started_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_trial_started_data_Type, obj, out, err);
}

/* subscription_trial_ended_data */
static const apic_field esauti_subscription_trial_ended_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_trial_ended_data, subscription_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_trial_ended_data, plan_id), -1, -1, &apic_type_string},
    {"outcome", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_trial_ended_data, outcome), -1, -1, &esauti_subscription_trial_ended_data_outcome_Type},
    {"trial_started_at", 16, 0, offsetof(esauti_subscription_trial_ended_data, trial_started_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_subscription_trial_ended_data_desc = {
    "subscription_trial_ended_data", sizeof(esauti_subscription_trial_ended_data), esauti_subscription_trial_ended_data_desc_Fields, 4,
    offsetof(esauti_subscription_trial_ended_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_trial_ended_data_free(esauti_subscription_trial_ended_data *obj)
{
    apic_struct_free(&esauti_subscription_trial_ended_data_desc, obj);
}

int esauti_subscription_trial_ended_data_from_json(const char *json, size_t len, esauti_subscription_trial_ended_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_trial_ended_data_Type, json, len, &value, err);
    *out = (esauti_subscription_trial_ended_data *)value;
    return rc;
}

int esauti_subscription_trial_ended_data_to_json(const esauti_subscription_trial_ended_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_trial_ended_data_Type, obj, out, err);
}

/* subscription_activated_data */
static const apic_field esauti_subscription_activated_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_activated_data, subscription_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_activated_data, plan_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_activated_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_subscription_activated_data, currency), -1, -1, &esauti_string_currency_Type},
    {"billing_interval", 16, 0, offsetof(esauti_subscription_activated_data, billing_interval), offsetof(esauti_subscription_activated_data, has_billing_interval), -1, &esauti_subscription_activated_data_billing_interval_Type},
    {"current_period_end", 18, APIC_F_REQUIRED, offsetof(esauti_subscription_activated_data, current_period_end), -1, -1, &esauti_string_date_time_Type},
    {"first_payment_id", 16, 0, offsetof(esauti_subscription_activated_data, first_payment_id), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_subscription_activated_data_desc = {
    "subscription_activated_data", sizeof(esauti_subscription_activated_data), esauti_subscription_activated_data_desc_Fields, 7,
    offsetof(esauti_subscription_activated_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_activated_data_free(esauti_subscription_activated_data *obj)
{
    apic_struct_free(&esauti_subscription_activated_data_desc, obj);
}

int esauti_subscription_activated_data_from_json(const char *json, size_t len, esauti_subscription_activated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_activated_data_Type, json, len, &value, err);
    *out = (esauti_subscription_activated_data *)value;
    return rc;
}

int esauti_subscription_activated_data_to_json(const esauti_subscription_activated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_activated_data_Type, obj, out, err);
}

/* subscription_renewed_data */
static const apic_field esauti_subscription_renewed_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_renewed_data, subscription_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_renewed_data, plan_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_renewed_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_subscription_renewed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(esauti_subscription_renewed_data, period_start), -1, -1, &esauti_string_date_time_Type},
    {"period_end", 10, APIC_F_REQUIRED, offsetof(esauti_subscription_renewed_data, period_end), -1, -1, &esauti_string_date_time_Type},
    {"invoice_id", 10, 0, offsetof(esauti_subscription_renewed_data, invoice_id), -1, -1, &apic_type_string},
    {"renewal_count", 13, 0, offsetof(esauti_subscription_renewed_data, renewal_count), offsetof(esauti_subscription_renewed_data, has_renewal_count), -1, &apic_type_int32},
};
const apic_struct_desc esauti_subscription_renewed_data_desc = {
    "subscription_renewed_data", sizeof(esauti_subscription_renewed_data), esauti_subscription_renewed_data_desc_Fields, 8,
    offsetof(esauti_subscription_renewed_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_renewed_data_free(esauti_subscription_renewed_data *obj)
{
    apic_struct_free(&esauti_subscription_renewed_data_desc, obj);
}

int esauti_subscription_renewed_data_from_json(const char *json, size_t len, esauti_subscription_renewed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_renewed_data_Type, json, len, &value, err);
    *out = (esauti_subscription_renewed_data *)value;
    return rc;
}

int esauti_subscription_renewed_data_to_json(const esauti_subscription_renewed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_renewed_data_Type, obj, out, err);
}

/* subscription_renewal_failed_data */
static const apic_field esauti_subscription_renewal_failed_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_renewal_failed_data, subscription_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_renewal_failed_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_subscription_renewal_failed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"failure_reason", 14, APIC_F_REQUIRED, offsetof(esauti_subscription_renewal_failed_data, failure_reason), -1, -1, &esauti_subscription_renewal_failed_data_failure_reason_Type},
    {"attempt", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_renewal_failed_data, attempt), -1, -1, &apic_type_int32},
    {"next_retry_at", 13, 0, offsetof(esauti_subscription_renewal_failed_data, next_retry_at), -1, -1, &esauti_string_date_time_Type},
    {"cancels_at", 10, 0, offsetof(esauti_subscription_renewal_failed_data, cancels_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_subscription_renewal_failed_data_desc = {
    "subscription_renewal_failed_data", sizeof(esauti_subscription_renewal_failed_data), esauti_subscription_renewal_failed_data_desc_Fields, 7,
    offsetof(esauti_subscription_renewal_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_renewal_failed_data_free(esauti_subscription_renewal_failed_data *obj)
{
    apic_struct_free(&esauti_subscription_renewal_failed_data_desc, obj);
}

int esauti_subscription_renewal_failed_data_from_json(const char *json, size_t len, esauti_subscription_renewal_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_renewal_failed_data_Type, json, len, &value, err);
    *out = (esauti_subscription_renewal_failed_data *)value;
    return rc;
}

int esauti_subscription_renewal_failed_data_to_json(const esauti_subscription_renewal_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_renewal_failed_data_Type, obj, out, err);
}

/* subscription_plan_changed_data */
static const apic_field esauti_subscription_plan_changed_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_plan_changed_data, subscription_id), -1, -1, &apic_type_string},
    {"previous_plan_id", 16, APIC_F_REQUIRED, offsetof(esauti_subscription_plan_changed_data, previous_plan_id), -1, -1, &apic_type_string},
    {"new_plan_id", 11, APIC_F_REQUIRED, offsetof(esauti_subscription_plan_changed_data, new_plan_id), -1, -1, &apic_type_string},
    {"change_type", 11, APIC_F_REQUIRED, offsetof(esauti_subscription_plan_changed_data, change_type), -1, -1, &esauti_subscription_plan_changed_data_change_type_Type},
    {"effective_at", 12, APIC_F_REQUIRED, offsetof(esauti_subscription_plan_changed_data, effective_at), -1, -1, &esauti_string_date_time_Type},
    {"proration_amount", 16, 0, offsetof(esauti_subscription_plan_changed_data, proration_amount), offsetof(esauti_subscription_plan_changed_data, has_proration_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_subscription_plan_changed_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_subscription_plan_changed_data_desc = {
    "subscription_plan_changed_data", sizeof(esauti_subscription_plan_changed_data), esauti_subscription_plan_changed_data_desc_Fields, 7,
    offsetof(esauti_subscription_plan_changed_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_plan_changed_data_free(esauti_subscription_plan_changed_data *obj)
{
    apic_struct_free(&esauti_subscription_plan_changed_data_desc, obj);
}

int esauti_subscription_plan_changed_data_from_json(const char *json, size_t len, esauti_subscription_plan_changed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_plan_changed_data_Type, json, len, &value, err);
    *out = (esauti_subscription_plan_changed_data *)value;
    return rc;
}

int esauti_subscription_plan_changed_data_to_json(const esauti_subscription_plan_changed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_plan_changed_data_Type, obj, out, err);
}

/* subscription_paused_data */
static const apic_field esauti_subscription_paused_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_paused_data, subscription_id), -1, -1, &apic_type_string},
    {"paused_by", 9, APIC_F_REQUIRED, offsetof(esauti_subscription_paused_data, paused_by), -1, -1, &esauti_subscription_paused_data_paused_by_Type},
    {"reason", 6, 0, offsetof(esauti_subscription_paused_data, reason), offsetof(esauti_subscription_paused_data, has_reason), -1, &esauti_subscription_paused_data_reason_Type},
    {"resumes_at", 10, 0, offsetof(esauti_subscription_paused_data, resumes_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_subscription_paused_data_desc = {
    "subscription_paused_data", sizeof(esauti_subscription_paused_data), esauti_subscription_paused_data_desc_Fields, 4,
    offsetof(esauti_subscription_paused_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_paused_data_free(esauti_subscription_paused_data *obj)
{
    apic_struct_free(&esauti_subscription_paused_data_desc, obj);
}

int esauti_subscription_paused_data_from_json(const char *json, size_t len, esauti_subscription_paused_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_paused_data_Type, json, len, &value, err);
    *out = (esauti_subscription_paused_data *)value;
    return rc;
}

int esauti_subscription_paused_data_to_json(const esauti_subscription_paused_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_paused_data_Type, obj, out, err);
}

/* subscription_resumed_data */
static const apic_field esauti_subscription_resumed_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_resumed_data, subscription_id), -1, -1, &apic_type_string},
    {"resumed_by", 10, APIC_F_REQUIRED, offsetof(esauti_subscription_resumed_data, resumed_by), -1, -1, &esauti_subscription_resumed_data_resumed_by_Type},
    {"paused_days", 11, 0, offsetof(esauti_subscription_resumed_data, paused_days), offsetof(esauti_subscription_resumed_data, has_paused_days), -1, &apic_type_int32},
    {"next_billing_at", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_resumed_data, next_billing_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_subscription_resumed_data_desc = {
    "subscription_resumed_data", sizeof(esauti_subscription_resumed_data), esauti_subscription_resumed_data_desc_Fields, 4,
    offsetof(esauti_subscription_resumed_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_resumed_data_free(esauti_subscription_resumed_data *obj)
{
    apic_struct_free(&esauti_subscription_resumed_data_desc, obj);
}

int esauti_subscription_resumed_data_from_json(const char *json, size_t len, esauti_subscription_resumed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_resumed_data_Type, json, len, &value, err);
    *out = (esauti_subscription_resumed_data *)value;
    return rc;
}

int esauti_subscription_resumed_data_to_json(const esauti_subscription_resumed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_resumed_data_Type, obj, out, err);
}

/* subscription_cancellation_scheduled_data */
static const apic_field esauti_subscription_cancellation_scheduled_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_cancellation_scheduled_data, subscription_id), -1, -1, &apic_type_string},
    {"plan_id", 7, 0, offsetof(esauti_subscription_cancellation_scheduled_data, plan_id), -1, -1, &apic_type_string},
    {"cancel_at", 9, APIC_F_REQUIRED, offsetof(esauti_subscription_cancellation_scheduled_data, cancel_at), -1, -1, &esauti_string_date_time_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_cancellation_scheduled_data, reason), -1, -1, &esauti_subscription_cancellation_scheduled_data_reason_Type},
    {"feedback", 8, 0, offsetof(esauti_subscription_cancellation_scheduled_data, feedback), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_subscription_cancellation_scheduled_data_desc = {
    "subscription_cancellation_scheduled_data", sizeof(esauti_subscription_cancellation_scheduled_data), esauti_subscription_cancellation_scheduled_data_desc_Fields, 5,
    offsetof(esauti_subscription_cancellation_scheduled_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_cancellation_scheduled_data_free(esauti_subscription_cancellation_scheduled_data *obj)
{
    apic_struct_free(&esauti_subscription_cancellation_scheduled_data_desc, obj);
}

int esauti_subscription_cancellation_scheduled_data_from_json(const char *json, size_t len, esauti_subscription_cancellation_scheduled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_cancellation_scheduled_data_Type, json, len, &value, err);
    *out = (esauti_subscription_cancellation_scheduled_data *)value;
    return rc;
}

int esauti_subscription_cancellation_scheduled_data_to_json(const esauti_subscription_cancellation_scheduled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_cancellation_scheduled_data_Type, obj, out, err);
}

/* subscription_cancelled_data */
static const apic_field esauti_subscription_cancelled_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_cancelled_data, subscription_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_cancelled_data, plan_id), -1, -1, &apic_type_string},
    {"cancelled_by", 12, APIC_F_REQUIRED, offsetof(esauti_subscription_cancelled_data, cancelled_by), -1, -1, &esauti_subscription_cancelled_data_cancelled_by_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_cancelled_data, reason), -1, -1, &esauti_subscription_cancelled_data_reason_Type},
    {"refund_amount", 13, 0, offsetof(esauti_subscription_cancelled_data, refund_amount), offsetof(esauti_subscription_cancelled_data, has_refund_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_subscription_cancelled_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_subscription_cancelled_data_desc = {
    "subscription_cancelled_data", sizeof(esauti_subscription_cancelled_data), esauti_subscription_cancelled_data_desc_Fields, 6,
    offsetof(esauti_subscription_cancelled_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_cancelled_data_free(esauti_subscription_cancelled_data *obj)
{
    apic_struct_free(&esauti_subscription_cancelled_data_desc, obj);
}

int esauti_subscription_cancelled_data_from_json(const char *json, size_t len, esauti_subscription_cancelled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_cancelled_data_Type, json, len, &value, err);
    *out = (esauti_subscription_cancelled_data *)value;
    return rc;
}

int esauti_subscription_cancelled_data_to_json(const esauti_subscription_cancelled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_cancelled_data_Type, obj, out, err);
}

/* subscription_expired_data */
static const apic_field esauti_subscription_expired_data_desc_Fields[] = {
    {"subscription_id", 15, APIC_F_REQUIRED, offsetof(esauti_subscription_expired_data, subscription_id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(esauti_subscription_expired_data, plan_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_subscription_expired_data, reason), -1, -1, &esauti_subscription_expired_data_reason_Type},
    {"started_at", 10, 0, offsetof(esauti_subscription_expired_data, started_at), -1, -1, &esauti_string_date_time_Type},
    {"renewal_url", 11, 0, offsetof(esauti_subscription_expired_data, renewal_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_subscription_expired_data_desc = {
    "subscription_expired_data", sizeof(esauti_subscription_expired_data), esauti_subscription_expired_data_desc_Fields, 5,
    offsetof(esauti_subscription_expired_data, unknown_fields),
    -1,
    NULL
};

void esauti_subscription_expired_data_free(esauti_subscription_expired_data *obj)
{
    apic_struct_free(&esauti_subscription_expired_data_desc, obj);
}

int esauti_subscription_expired_data_from_json(const char *json, size_t len, esauti_subscription_expired_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_subscription_expired_data_Type, json, len, &value, err);
    *out = (esauti_subscription_expired_data *)value;
    return rc;
}

int esauti_subscription_expired_data_to_json(const esauti_subscription_expired_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_subscription_expired_data_Type, obj, out, err);
}

/* fulfillment_created_data */
static const apic_field esauti_fulfillment_created_data_desc_Fields[] = {
    {"fulfillment_id", 14, APIC_F_REQUIRED, offsetof(esauti_fulfillment_created_data, fulfillment_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_fulfillment_created_data, order_id), -1, -1, &apic_type_string},
    {"location_id", 11, 0, offsetof(esauti_fulfillment_created_data, location_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_fulfillment_created_data, method), -1, -1, &esauti_fulfillment_created_data_method_Type},
    {"items", 5, APIC_F_REQUIRED, offsetof(esauti_fulfillment_created_data, items), -1, -1, &esauti_fulfillment_created_data_items_item_array_Type},
};
const apic_struct_desc esauti_fulfillment_created_data_desc = {
    "fulfillment_created_data", sizeof(esauti_fulfillment_created_data), esauti_fulfillment_created_data_desc_Fields, 5,
    offsetof(esauti_fulfillment_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_fulfillment_created_data_free(esauti_fulfillment_created_data *obj)
{
    apic_struct_free(&esauti_fulfillment_created_data_desc, obj);
}

int esauti_fulfillment_created_data_from_json(const char *json, size_t len, esauti_fulfillment_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_fulfillment_created_data_Type, json, len, &value, err);
    *out = (esauti_fulfillment_created_data *)value;
    return rc;
}

int esauti_fulfillment_created_data_to_json(const esauti_fulfillment_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_fulfillment_created_data_Type, obj, out, err);
}

/* fulfillment_created_data.items.item */
static const apic_field esauti_fulfillment_created_data_items_item_desc_Fields[] = {
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_fulfillment_created_data_items_item, sku), -1, -1, &apic_type_string},
    {"title", 5, 0, offsetof(esauti_fulfillment_created_data_items_item, title), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_fulfillment_created_data_items_item, quantity), -1, -1, &apic_type_int32},
};
const apic_struct_desc esauti_fulfillment_created_data_items_item_desc = {
    "fulfillment_created_data.items.item", sizeof(esauti_fulfillment_created_data_items_item), esauti_fulfillment_created_data_items_item_desc_Fields, 3,
    offsetof(esauti_fulfillment_created_data_items_item, unknown_fields),
    -1,
    NULL
};

void esauti_fulfillment_created_data_items_item_free(esauti_fulfillment_created_data_items_item *obj)
{
    apic_struct_free(&esauti_fulfillment_created_data_items_item_desc, obj);
}

int esauti_fulfillment_created_data_items_item_from_json(const char *json, size_t len, esauti_fulfillment_created_data_items_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_fulfillment_created_data_items_item_Type, json, len, &value, err);
    *out = (esauti_fulfillment_created_data_items_item *)value;
    return rc;
}

int esauti_fulfillment_created_data_items_item_to_json(const esauti_fulfillment_created_data_items_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_fulfillment_created_data_items_item_Type, obj, out, err);
}

/* fulfillment_cancelled_data */
static const apic_field esauti_fulfillment_cancelled_data_desc_Fields[] = {
    {"fulfillment_id", 14, APIC_F_REQUIRED, offsetof(esauti_fulfillment_cancelled_data, fulfillment_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_fulfillment_cancelled_data, order_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_fulfillment_cancelled_data, reason), -1, -1, &esauti_fulfillment_cancelled_data_reason_Type},
    {"will_refulfill", 14, 0, offsetof(esauti_fulfillment_cancelled_data, will_refulfill), offsetof(esauti_fulfillment_cancelled_data, has_will_refulfill), -1, &apic_type_bool},
};
const apic_struct_desc esauti_fulfillment_cancelled_data_desc = {
    "fulfillment_cancelled_data", sizeof(esauti_fulfillment_cancelled_data), esauti_fulfillment_cancelled_data_desc_Fields, 4,
    offsetof(esauti_fulfillment_cancelled_data, unknown_fields),
    -1,
    NULL
};

void esauti_fulfillment_cancelled_data_free(esauti_fulfillment_cancelled_data *obj)
{
    apic_struct_free(&esauti_fulfillment_cancelled_data_desc, obj);
}

int esauti_fulfillment_cancelled_data_from_json(const char *json, size_t len, esauti_fulfillment_cancelled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_fulfillment_cancelled_data_Type, json, len, &value, err);
    *out = (esauti_fulfillment_cancelled_data *)value;
    return rc;
}

int esauti_fulfillment_cancelled_data_to_json(const esauti_fulfillment_cancelled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_fulfillment_cancelled_data_Type, obj, out, err);
}

/* shipment_created_data */
static const apic_field esauti_shipment_created_data_desc_Fields[] = {
    {"shipment_id", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_created_data, shipment_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_shipment_created_data, order_id), -1, -1, &apic_type_string},
    {"carrier", 7, APIC_F_REQUIRED, offsetof(esauti_shipment_created_data, carrier), -1, -1, &apic_type_string},
    {"tracking_number", 15, 0, offsetof(esauti_shipment_created_data, tracking_number), -1, -1, &apic_type_string},
    {"tracking_url", 12, 0, offsetof(esauti_shipment_created_data, tracking_url), -1, -1, &esauti_string_uri_Type},
    {"estimated_delivery_date", 23, 0, offsetof(esauti_shipment_created_data, estimated_delivery_date), -1, -1, &esauti_string_date_Type},
    {"delivery_address", 16, APIC_F_REQUIRED, offsetof(esauti_shipment_created_data, delivery_address), -1, -1, &esauti_shipment_created_data_delivery_address_Type},
};
const apic_struct_desc esauti_shipment_created_data_desc = {
    "shipment_created_data", sizeof(esauti_shipment_created_data), esauti_shipment_created_data_desc_Fields, 7,
    offsetof(esauti_shipment_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_created_data_free(esauti_shipment_created_data *obj)
{
    apic_struct_free(&esauti_shipment_created_data_desc, obj);
}

int esauti_shipment_created_data_from_json(const char *json, size_t len, esauti_shipment_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_created_data_Type, json, len, &value, err);
    *out = (esauti_shipment_created_data *)value;
    return rc;
}

int esauti_shipment_created_data_to_json(const esauti_shipment_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_created_data_Type, obj, out, err);
}

/* shipment_created_data.delivery_address */
static const apic_field esauti_shipment_created_data_delivery_address_desc_Fields[] = {
    {"recipient_name", 14, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_shipment_created_data_delivery_address, recipient_name), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_shipment_created_data_delivery_address, phone), -1, -1, &esauti_string_phone_Type},
    {"line1", 5, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_shipment_created_data_delivery_address, line1), -1, -1, &apic_type_string},
    {"landmark", 8, APIC_F_PII, offsetof(esauti_shipment_created_data_delivery_address, landmark), -1, -1, &apic_type_string},
    {"city", 4, APIC_F_REQUIRED, offsetof(esauti_shipment_created_data_delivery_address, city), -1, -1, &apic_type_string},
    {"region", 6, 0, offsetof(esauti_shipment_created_data_delivery_address, region), -1, -1, &apic_type_string},
    {"country", 7, APIC_F_REQUIRED, offsetof(esauti_shipment_created_data_delivery_address, country), -1, -1, &esauti_string_country_Type},
};
const apic_struct_desc esauti_shipment_created_data_delivery_address_desc = {
    "shipment_created_data.delivery_address", sizeof(esauti_shipment_created_data_delivery_address), esauti_shipment_created_data_delivery_address_desc_Fields, 7,
    offsetof(esauti_shipment_created_data_delivery_address, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_created_data_delivery_address_free(esauti_shipment_created_data_delivery_address *obj)
{
    apic_struct_free(&esauti_shipment_created_data_delivery_address_desc, obj);
}

int esauti_shipment_created_data_delivery_address_from_json(const char *json, size_t len, esauti_shipment_created_data_delivery_address **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_created_data_delivery_address_Type, json, len, &value, err);
    *out = (esauti_shipment_created_data_delivery_address *)value;
    return rc;
}

int esauti_shipment_created_data_delivery_address_to_json(const esauti_shipment_created_data_delivery_address *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_created_data_delivery_address_Type, obj, out, err);
}

/* shipment_dispatched_data */
static const apic_field esauti_shipment_dispatched_data_desc_Fields[] = {
    {"shipment_id", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_dispatched_data, shipment_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_shipment_dispatched_data, order_id), -1, -1, &apic_type_string},
    {"carrier", 7, APIC_F_REQUIRED, offsetof(esauti_shipment_dispatched_data, carrier), -1, -1, &apic_type_string},
    {"tracking_number", 15, APIC_F_REQUIRED, offsetof(esauti_shipment_dispatched_data, tracking_number), -1, -1, &apic_type_string},
    {"tracking_url", 12, 0, offsetof(esauti_shipment_dispatched_data, tracking_url), -1, -1, &esauti_string_uri_Type},
    {"estimated_delivery_date", 23, 0, offsetof(esauti_shipment_dispatched_data, estimated_delivery_date), -1, -1, &esauti_string_date_Type},
    {"package_count", 13, 0, offsetof(esauti_shipment_dispatched_data, package_count), offsetof(esauti_shipment_dispatched_data, has_package_count), -1, &apic_type_int32},
};
const apic_struct_desc esauti_shipment_dispatched_data_desc = {
    "shipment_dispatched_data", sizeof(esauti_shipment_dispatched_data), esauti_shipment_dispatched_data_desc_Fields, 7,
    offsetof(esauti_shipment_dispatched_data, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_dispatched_data_free(esauti_shipment_dispatched_data *obj)
{
    apic_struct_free(&esauti_shipment_dispatched_data_desc, obj);
}

int esauti_shipment_dispatched_data_from_json(const char *json, size_t len, esauti_shipment_dispatched_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_dispatched_data_Type, json, len, &value, err);
    *out = (esauti_shipment_dispatched_data *)value;
    return rc;
}

int esauti_shipment_dispatched_data_to_json(const esauti_shipment_dispatched_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_dispatched_data_Type, obj, out, err);
}

/* shipment_tracking_updated_data */
static const apic_field esauti_shipment_tracking_updated_data_desc_Fields[] = {
    {"shipment_id", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_tracking_updated_data, shipment_id), -1, -1, &apic_type_string},
    {"tracking_number", 15, 0, offsetof(esauti_shipment_tracking_updated_data, tracking_number), -1, -1, &apic_type_string},
    {"status", 6, APIC_F_REQUIRED, offsetof(esauti_shipment_tracking_updated_data, status), -1, -1, &esauti_shipment_tracking_updated_data_status_Type},
    {"location", 8, 0, offsetof(esauti_shipment_tracking_updated_data, location), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_shipment_tracking_updated_data_desc = {
    "shipment_tracking_updated_data", sizeof(esauti_shipment_tracking_updated_data), esauti_shipment_tracking_updated_data_desc_Fields, 4,
    offsetof(esauti_shipment_tracking_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_tracking_updated_data_free(esauti_shipment_tracking_updated_data *obj)
{
    apic_struct_free(&esauti_shipment_tracking_updated_data_desc, obj);
}

int esauti_shipment_tracking_updated_data_from_json(const char *json, size_t len, esauti_shipment_tracking_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_tracking_updated_data_Type, json, len, &value, err);
    *out = (esauti_shipment_tracking_updated_data *)value;
    return rc;
}

int esauti_shipment_tracking_updated_data_to_json(const esauti_shipment_tracking_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_tracking_updated_data_Type, obj, out, err);
}

/* shipment_delayed_data */
static const apic_field esauti_shipment_delayed_data_desc_Fields[] = {
    {"shipment_id", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_delayed_data, shipment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_shipment_delayed_data, order_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_shipment_delayed_data, reason), -1, -1, &esauti_shipment_delayed_data_reason_Type},
    {"previous_estimated_date", 23, 0, offsetof(esauti_shipment_delayed_data, previous_estimated_date), -1, -1, &esauti_string_date_Type},
    {"new_estimated_date", 18, APIC_F_REQUIRED, offsetof(esauti_shipment_delayed_data, new_estimated_date), -1, -1, &esauti_string_date_Type},
};
const apic_struct_desc esauti_shipment_delayed_data_desc = {
    "shipment_delayed_data", sizeof(esauti_shipment_delayed_data), esauti_shipment_delayed_data_desc_Fields, 5,
    offsetof(esauti_shipment_delayed_data, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_delayed_data_free(esauti_shipment_delayed_data *obj)
{
    apic_struct_free(&esauti_shipment_delayed_data_desc, obj);
}

int esauti_shipment_delayed_data_from_json(const char *json, size_t len, esauti_shipment_delayed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_delayed_data_Type, json, len, &value, err);
    *out = (esauti_shipment_delayed_data *)value;
    return rc;
}

int esauti_shipment_delayed_data_to_json(const esauti_shipment_delayed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_delayed_data_Type, obj, out, err);
}

/* shipment_arrived_at_pickup_point_data */
static const apic_field esauti_shipment_arrived_at_pickup_point_data_desc_Fields[] = {
    {"shipment_id", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_arrived_at_pickup_point_data, shipment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_shipment_arrived_at_pickup_point_data, order_id), -1, -1, &apic_type_string},
    {"pickup_point", 12, APIC_F_REQUIRED, offsetof(esauti_shipment_arrived_at_pickup_point_data, pickup_point), -1, -1, &esauti_shipment_arrived_at_pickup_point_data_pickup_point_Type},
    {"pickup_code", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_arrived_at_pickup_point_data, pickup_code), -1, -1, &apic_type_string},
    {"collect_by", 10, APIC_F_REQUIRED, offsetof(esauti_shipment_arrived_at_pickup_point_data, collect_by), -1, -1, &esauti_string_date_Type},
    {"cod_amount", 10, 0, offsetof(esauti_shipment_arrived_at_pickup_point_data, cod_amount), offsetof(esauti_shipment_arrived_at_pickup_point_data, has_cod_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_shipment_arrived_at_pickup_point_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_shipment_arrived_at_pickup_point_data_desc = {
    "shipment_arrived_at_pickup_point_data", sizeof(esauti_shipment_arrived_at_pickup_point_data), esauti_shipment_arrived_at_pickup_point_data_desc_Fields, 7,
    offsetof(esauti_shipment_arrived_at_pickup_point_data, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_arrived_at_pickup_point_data_free(esauti_shipment_arrived_at_pickup_point_data *obj)
{
    apic_struct_free(&esauti_shipment_arrived_at_pickup_point_data_desc, obj);
}

int esauti_shipment_arrived_at_pickup_point_data_from_json(const char *json, size_t len, esauti_shipment_arrived_at_pickup_point_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_arrived_at_pickup_point_data_Type, json, len, &value, err);
    *out = (esauti_shipment_arrived_at_pickup_point_data *)value;
    return rc;
}

int esauti_shipment_arrived_at_pickup_point_data_to_json(const esauti_shipment_arrived_at_pickup_point_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_arrived_at_pickup_point_data_Type, obj, out, err);
}

/* shipment_arrived_at_pickup_point_data.pickup_point */
static const apic_field esauti_shipment_arrived_at_pickup_point_data_pickup_point_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_shipment_arrived_at_pickup_point_data_pickup_point, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_shipment_arrived_at_pickup_point_data_pickup_point, name), -1, -1, &apic_type_string},
    {"address", 7, APIC_F_REQUIRED, offsetof(esauti_shipment_arrived_at_pickup_point_data_pickup_point, address), -1, -1, &apic_type_string},
    {"opening_hours", 13, 0, offsetof(esauti_shipment_arrived_at_pickup_point_data_pickup_point, opening_hours), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_shipment_arrived_at_pickup_point_data_pickup_point_desc = {
    "shipment_arrived_at_pickup_point_data.pickup_point", sizeof(esauti_shipment_arrived_at_pickup_point_data_pickup_point), esauti_shipment_arrived_at_pickup_point_data_pickup_point_desc_Fields, 4,
    offsetof(esauti_shipment_arrived_at_pickup_point_data_pickup_point, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_arrived_at_pickup_point_data_pickup_point_free(esauti_shipment_arrived_at_pickup_point_data_pickup_point *obj)
{
    apic_struct_free(&esauti_shipment_arrived_at_pickup_point_data_pickup_point_desc, obj);
}

int esauti_shipment_arrived_at_pickup_point_data_pickup_point_from_json(const char *json, size_t len, esauti_shipment_arrived_at_pickup_point_data_pickup_point **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_arrived_at_pickup_point_data_pickup_point_Type, json, len, &value, err);
    *out = (esauti_shipment_arrived_at_pickup_point_data_pickup_point *)value;
    return rc;
}

int esauti_shipment_arrived_at_pickup_point_data_pickup_point_to_json(const esauti_shipment_arrived_at_pickup_point_data_pickup_point *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_arrived_at_pickup_point_data_pickup_point_Type, obj, out, err);
}

/* shipment_delivery_failed_data */
static const apic_field esauti_shipment_delivery_failed_data_desc_Fields[] = {
    {"shipment_id", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_delivery_failed_data, shipment_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_shipment_delivery_failed_data, order_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_shipment_delivery_failed_data, reason), -1, -1, &esauti_shipment_delivery_failed_data_reason_Type},
    {"attempt_number", 14, APIC_F_REQUIRED, offsetof(esauti_shipment_delivery_failed_data, attempt_number), -1, -1, &apic_type_int32},
    {"next_attempt_date", 17, 0, offsetof(esauti_shipment_delivery_failed_data, next_attempt_date), -1, -1, &esauti_string_date_Type},
    {"returning_to_sender", 19, 0, offsetof(esauti_shipment_delivery_failed_data, returning_to_sender), offsetof(esauti_shipment_delivery_failed_data, has_returning_to_sender), -1, &apic_type_bool},
};
const apic_struct_desc esauti_shipment_delivery_failed_data_desc = {
    "shipment_delivery_failed_data", sizeof(esauti_shipment_delivery_failed_data), esauti_shipment_delivery_failed_data_desc_Fields, 6,
    offsetof(esauti_shipment_delivery_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_delivery_failed_data_free(esauti_shipment_delivery_failed_data *obj)
{
    apic_struct_free(&esauti_shipment_delivery_failed_data_desc, obj);
}

int esauti_shipment_delivery_failed_data_from_json(const char *json, size_t len, esauti_shipment_delivery_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_delivery_failed_data_Type, json, len, &value, err);
    *out = (esauti_shipment_delivery_failed_data *)value;
    return rc;
}

int esauti_shipment_delivery_failed_data_to_json(const esauti_shipment_delivery_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_delivery_failed_data_Type, obj, out, err);
}

/* shipment_delivered_data */
static const apic_field esauti_shipment_delivered_data_desc_Fields[] = {
    {"shipment_id", 11, APIC_F_REQUIRED, offsetof(esauti_shipment_delivered_data, shipment_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_shipment_delivered_data, order_id), -1, -1, &apic_type_string},
    {"handed_over_to", 14, APIC_F_REQUIRED, offsetof(esauti_shipment_delivered_data, handed_over_to), -1, -1, &esauti_shipment_delivered_data_handed_over_to_Type},
    {"received_by_name", 16, APIC_F_PII, offsetof(esauti_shipment_delivered_data, received_by_name), -1, -1, &apic_type_string},
    {"proof_of_delivery_url", 21, 0, offsetof(esauti_shipment_delivered_data, proof_of_delivery_url), -1, -1, &esauti_string_uri_Type},
    {"delivered_late", 14, 0, offsetof(esauti_shipment_delivered_data, delivered_late), offsetof(esauti_shipment_delivered_data, has_delivered_late), -1, &apic_type_bool},
    {"cod_amount_collected", 20, 0, offsetof(esauti_shipment_delivered_data, cod_amount_collected), offsetof(esauti_shipment_delivered_data, has_cod_amount_collected), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_shipment_delivered_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_shipment_delivered_data_desc = {
    "shipment_delivered_data", sizeof(esauti_shipment_delivered_data), esauti_shipment_delivered_data_desc_Fields, 8,
    offsetof(esauti_shipment_delivered_data, unknown_fields),
    -1,
    NULL
};

void esauti_shipment_delivered_data_free(esauti_shipment_delivered_data *obj)
{
    apic_struct_free(&esauti_shipment_delivered_data_desc, obj);
}

int esauti_shipment_delivered_data_from_json(const char *json, size_t len, esauti_shipment_delivered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_shipment_delivered_data_Type, json, len, &value, err);
    *out = (esauti_shipment_delivered_data *)value;
    return rc;
}

int esauti_shipment_delivered_data_to_json(const esauti_shipment_delivered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_shipment_delivered_data_Type, obj, out, err);
}

/* return_requested_data */
static const apic_field esauti_return_requested_data_desc_Fields[] = {
    {"return_id", 9, APIC_F_REQUIRED, offsetof(esauti_return_requested_data, return_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_return_requested_data, order_id), -1, -1, &apic_type_string},
    {"items", 5, APIC_F_REQUIRED, offsetof(esauti_return_requested_data, items), -1, -1, &esauti_return_requested_data_items_item_array_Type},
    {"return_method", 13, 0, offsetof(esauti_return_requested_data, return_method), offsetof(esauti_return_requested_data, has_return_method), -1, &esauti_return_requested_data_return_method_Type},
    {"preferred_resolution", 20, APIC_F_REQUIRED, offsetof(esauti_return_requested_data, preferred_resolution), -1, -1, &esauti_return_requested_data_preferred_resolution_Type},
};
const apic_struct_desc esauti_return_requested_data_desc = {
    "return_requested_data", sizeof(esauti_return_requested_data), esauti_return_requested_data_desc_Fields, 5,
    offsetof(esauti_return_requested_data, unknown_fields),
    -1,
    NULL
};

void esauti_return_requested_data_free(esauti_return_requested_data *obj)
{
    apic_struct_free(&esauti_return_requested_data_desc, obj);
}

int esauti_return_requested_data_from_json(const char *json, size_t len, esauti_return_requested_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_return_requested_data_Type, json, len, &value, err);
    *out = (esauti_return_requested_data *)value;
    return rc;
}

int esauti_return_requested_data_to_json(const esauti_return_requested_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_return_requested_data_Type, obj, out, err);
}

/* return_requested_data.items.item */
static const apic_field esauti_return_requested_data_items_item_desc_Fields[] = {
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_return_requested_data_items_item, sku), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_return_requested_data_items_item, quantity), -1, -1, &apic_type_int32},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_return_requested_data_items_item, reason), -1, -1, &esauti_return_requested_data_items_item_reason_Type},
};
const apic_struct_desc esauti_return_requested_data_items_item_desc = {
    "return_requested_data.items.item", sizeof(esauti_return_requested_data_items_item), esauti_return_requested_data_items_item_desc_Fields, 3,
    offsetof(esauti_return_requested_data_items_item, unknown_fields),
    -1,
    NULL
};

void esauti_return_requested_data_items_item_free(esauti_return_requested_data_items_item *obj)
{
    apic_struct_free(&esauti_return_requested_data_items_item_desc, obj);
}

int esauti_return_requested_data_items_item_from_json(const char *json, size_t len, esauti_return_requested_data_items_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_return_requested_data_items_item_Type, json, len, &value, err);
    *out = (esauti_return_requested_data_items_item *)value;
    return rc;
}

int esauti_return_requested_data_items_item_to_json(const esauti_return_requested_data_items_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_return_requested_data_items_item_Type, obj, out, err);
}

/* return_approved_data */
static const apic_field esauti_return_approved_data_desc_Fields[] = {
    {"return_id", 9, APIC_F_REQUIRED, offsetof(esauti_return_approved_data, return_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_return_approved_data, order_id), -1, -1, &apic_type_string},
    {"return_method", 13, APIC_F_REQUIRED, offsetof(esauti_return_approved_data, return_method), -1, -1, &esauti_return_approved_data_return_method_Type},
    {"return_by", 9, APIC_F_REQUIRED, offsetof(esauti_return_approved_data, return_by), -1, -1, &esauti_string_date_Type},
    {"return_label_url", 16, 0, offsetof(esauti_return_approved_data, return_label_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_return_approved_data_desc = {
    "return_approved_data", sizeof(esauti_return_approved_data), esauti_return_approved_data_desc_Fields, 5,
    offsetof(esauti_return_approved_data, unknown_fields),
    -1,
    NULL
};

void esauti_return_approved_data_free(esauti_return_approved_data *obj)
{
    apic_struct_free(&esauti_return_approved_data_desc, obj);
}

int esauti_return_approved_data_from_json(const char *json, size_t len, esauti_return_approved_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_return_approved_data_Type, json, len, &value, err);
    *out = (esauti_return_approved_data *)value;
    return rc;
}

int esauti_return_approved_data_to_json(const esauti_return_approved_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_return_approved_data_Type, obj, out, err);
}

/* return_rejected_data */
static const apic_field esauti_return_rejected_data_desc_Fields[] = {
    {"return_id", 9, APIC_F_REQUIRED, offsetof(esauti_return_rejected_data, return_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_return_rejected_data, order_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_return_rejected_data, reason), -1, -1, &esauti_return_rejected_data_reason_Type},
    {"note", 4, 0, offsetof(esauti_return_rejected_data, note), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_return_rejected_data_desc = {
    "return_rejected_data", sizeof(esauti_return_rejected_data), esauti_return_rejected_data_desc_Fields, 4,
    offsetof(esauti_return_rejected_data, unknown_fields),
    -1,
    NULL
};

void esauti_return_rejected_data_free(esauti_return_rejected_data *obj)
{
    apic_struct_free(&esauti_return_rejected_data_desc, obj);
}

int esauti_return_rejected_data_from_json(const char *json, size_t len, esauti_return_rejected_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_return_rejected_data_Type, json, len, &value, err);
    *out = (esauti_return_rejected_data *)value;
    return rc;
}

int esauti_return_rejected_data_to_json(const esauti_return_rejected_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_return_rejected_data_Type, obj, out, err);
}

/* return_received_data */
static const apic_field esauti_return_received_data_desc_Fields[] = {
    {"return_id", 9, APIC_F_REQUIRED, offsetof(esauti_return_received_data, return_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_return_received_data, order_id), -1, -1, &apic_type_string},
    {"location_id", 11, 0, offsetof(esauti_return_received_data, location_id), -1, -1, &apic_type_string},
    {"items", 5, APIC_F_REQUIRED, offsetof(esauti_return_received_data, items), -1, -1, &esauti_return_received_data_items_item_array_Type},
};
const apic_struct_desc esauti_return_received_data_desc = {
    "return_received_data", sizeof(esauti_return_received_data), esauti_return_received_data_desc_Fields, 4,
    offsetof(esauti_return_received_data, unknown_fields),
    -1,
    NULL
};

void esauti_return_received_data_free(esauti_return_received_data *obj)
{
    apic_struct_free(&esauti_return_received_data_desc, obj);
}

int esauti_return_received_data_from_json(const char *json, size_t len, esauti_return_received_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_return_received_data_Type, json, len, &value, err);
    *out = (esauti_return_received_data *)value;
    return rc;
}

int esauti_return_received_data_to_json(const esauti_return_received_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_return_received_data_Type, obj, out, err);
}

/* return_received_data.items.item */
static const apic_field esauti_return_received_data_items_item_desc_Fields[] = {
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_return_received_data_items_item, sku), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_return_received_data_items_item, quantity), -1, -1, &apic_type_int32},
    {"condition", 9, APIC_F_REQUIRED, offsetof(esauti_return_received_data_items_item, condition), -1, -1, &esauti_return_received_data_items_item_condition_Type},
};
const apic_struct_desc esauti_return_received_data_items_item_desc = {
    "return_received_data.items.item", sizeof(esauti_return_received_data_items_item), esauti_return_received_data_items_item_desc_Fields, 3,
    offsetof(esauti_return_received_data_items_item, unknown_fields),
    -1,
    NULL
};

void esauti_return_received_data_items_item_free(esauti_return_received_data_items_item *obj)
{
    apic_struct_free(&esauti_return_received_data_items_item_desc, obj);
}

int esauti_return_received_data_items_item_from_json(const char *json, size_t len, esauti_return_received_data_items_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_return_received_data_items_item_Type, json, len, &value, err);
    *out = (esauti_return_received_data_items_item *)value;
    return rc;
}

int esauti_return_received_data_items_item_to_json(const esauti_return_received_data_items_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_return_received_data_items_item_Type, obj, out, err);
}

/* return_completed_data */
static const apic_field esauti_return_completed_data_desc_Fields[] = {
    {"return_id", 9, APIC_F_REQUIRED, offsetof(esauti_return_completed_data, return_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_return_completed_data, order_id), -1, -1, &apic_type_string},
    {"resolution", 10, APIC_F_REQUIRED, offsetof(esauti_return_completed_data, resolution), -1, -1, &esauti_return_completed_data_resolution_Type},
    {"refund_id", 9, 0, offsetof(esauti_return_completed_data, refund_id), -1, -1, &apic_type_string},
    {"exchange_order_id", 17, 0, offsetof(esauti_return_completed_data, exchange_order_id), -1, -1, &apic_type_string},
    {"credit_amount", 13, 0, offsetof(esauti_return_completed_data, credit_amount), offsetof(esauti_return_completed_data, has_credit_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_return_completed_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_return_completed_data_desc = {
    "return_completed_data", sizeof(esauti_return_completed_data), esauti_return_completed_data_desc_Fields, 7,
    offsetof(esauti_return_completed_data, unknown_fields),
    -1,
    NULL
};

void esauti_return_completed_data_free(esauti_return_completed_data *obj)
{
    apic_struct_free(&esauti_return_completed_data_desc, obj);
}

int esauti_return_completed_data_from_json(const char *json, size_t len, esauti_return_completed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_return_completed_data_Type, json, len, &value, err);
    *out = (esauti_return_completed_data *)value;
    return rc;
}

int esauti_return_completed_data_to_json(const esauti_return_completed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_return_completed_data_Type, obj, out, err);
}

/* coupon_issued_data */
static const apic_field esauti_coupon_issued_data_desc_Fields[] = {
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(esauti_coupon_issued_data, coupon_id), -1, -1, &apic_type_string},
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_issued_data, code), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_coupon_issued_data, campaign_id), -1, -1, &apic_type_string},
    {"discount_type", 13, APIC_F_REQUIRED, offsetof(esauti_coupon_issued_data, discount_type), -1, -1, &esauti_coupon_issued_data_discount_type_Type},
    {"percent_off", 11, 0, offsetof(esauti_coupon_issued_data, percent_off), offsetof(esauti_coupon_issued_data, has_percent_off), -1, &apic_type_double},
    {"amount_off", 10, 0, offsetof(esauti_coupon_issued_data, amount_off), offsetof(esauti_coupon_issued_data, has_amount_off), -1, &apic_type_int64},
    {"min_order_amount", 16, 0, offsetof(esauti_coupon_issued_data, min_order_amount), offsetof(esauti_coupon_issued_data, has_min_order_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_coupon_issued_data, currency), -1, -1, &esauti_string_currency_Type},
    {"expires_at", 10, APIC_F_REQUIRED, offsetof(esauti_coupon_issued_data, expires_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_coupon_issued_data_desc = {
    "coupon_issued_data", sizeof(esauti_coupon_issued_data), esauti_coupon_issued_data_desc_Fields, 9,
    offsetof(esauti_coupon_issued_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_issued_data_free(esauti_coupon_issued_data *obj)
{
    apic_struct_free(&esauti_coupon_issued_data_desc, obj);
}

int esauti_coupon_issued_data_from_json(const char *json, size_t len, esauti_coupon_issued_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_issued_data_Type, json, len, &value, err);
    *out = (esauti_coupon_issued_data *)value;
    return rc;
}

int esauti_coupon_issued_data_to_json(const esauti_coupon_issued_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_issued_data_Type, obj, out, err);
}

/* coupon_claimed_data */
static const apic_field esauti_coupon_claimed_data_desc_Fields[] = {
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(esauti_coupon_claimed_data, coupon_id), -1, -1, &apic_type_string},
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_claimed_data, code), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_coupon_claimed_data, campaign_id), -1, -1, &apic_type_string},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_coupon_claimed_data, source), -1, -1, &esauti_coupon_claimed_data_source_Type},
    {"landing_url", 11, 0, offsetof(esauti_coupon_claimed_data, landing_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_coupon_claimed_data_desc = {
    "coupon_claimed_data", sizeof(esauti_coupon_claimed_data), esauti_coupon_claimed_data_desc_Fields, 5,
    offsetof(esauti_coupon_claimed_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_claimed_data_free(esauti_coupon_claimed_data *obj)
{
    apic_struct_free(&esauti_coupon_claimed_data_desc, obj);
}

int esauti_coupon_claimed_data_from_json(const char *json, size_t len, esauti_coupon_claimed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_claimed_data_Type, json, len, &value, err);
    *out = (esauti_coupon_claimed_data *)value;
    return rc;
}

int esauti_coupon_claimed_data_to_json(const esauti_coupon_claimed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_claimed_data_Type, obj, out, err);
}

/* coupon_applied_data */
static const apic_field esauti_coupon_applied_data_desc_Fields[] = {
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(esauti_coupon_applied_data, coupon_id), -1, -1, &apic_type_string},
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_applied_data, code), -1, -1, &apic_type_string},
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_coupon_applied_data, cart_id), -1, -1, &apic_type_string},
    {"discount_amount", 15, APIC_F_REQUIRED, offsetof(esauti_coupon_applied_data, discount_amount), -1, -1, &apic_type_int64},
    {"cart_total_amount", 17, 0, offsetof(esauti_coupon_applied_data, cart_total_amount), offsetof(esauti_coupon_applied_data, has_cart_total_amount), -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_coupon_applied_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_coupon_applied_data_desc = {
    "coupon_applied_data", sizeof(esauti_coupon_applied_data), esauti_coupon_applied_data_desc_Fields, 6,
    offsetof(esauti_coupon_applied_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_applied_data_free(esauti_coupon_applied_data *obj)
{
    apic_struct_free(&esauti_coupon_applied_data_desc, obj);
}

int esauti_coupon_applied_data_from_json(const char *json, size_t len, esauti_coupon_applied_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_applied_data_Type, json, len, &value, err);
    *out = (esauti_coupon_applied_data *)value;
    return rc;
}

int esauti_coupon_applied_data_to_json(const esauti_coupon_applied_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_applied_data_Type, obj, out, err);
}

/* coupon_redeemed_data */
static const apic_field esauti_coupon_redeemed_data_desc_Fields[] = {
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(esauti_coupon_redeemed_data, coupon_id), -1, -1, &apic_type_string},
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_redeemed_data, code), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_coupon_redeemed_data, order_id), -1, -1, &apic_type_string},
    {"discount_amount", 15, APIC_F_REQUIRED, offsetof(esauti_coupon_redeemed_data, discount_amount), -1, -1, &apic_type_int64},
    {"order_total_amount", 18, 0, offsetof(esauti_coupon_redeemed_data, order_total_amount), offsetof(esauti_coupon_redeemed_data, has_order_total_amount), -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_coupon_redeemed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"uses_remaining", 14, 0, offsetof(esauti_coupon_redeemed_data, uses_remaining), offsetof(esauti_coupon_redeemed_data, has_uses_remaining), -1, &apic_type_int32},
};
const apic_struct_desc esauti_coupon_redeemed_data_desc = {
    "coupon_redeemed_data", sizeof(esauti_coupon_redeemed_data), esauti_coupon_redeemed_data_desc_Fields, 7,
    offsetof(esauti_coupon_redeemed_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_redeemed_data_free(esauti_coupon_redeemed_data *obj)
{
    apic_struct_free(&esauti_coupon_redeemed_data_desc, obj);
}

int esauti_coupon_redeemed_data_from_json(const char *json, size_t len, esauti_coupon_redeemed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_redeemed_data_Type, json, len, &value, err);
    *out = (esauti_coupon_redeemed_data *)value;
    return rc;
}

int esauti_coupon_redeemed_data_to_json(const esauti_coupon_redeemed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_redeemed_data_Type, obj, out, err);
}

/* coupon_redemption_rejected_data */
static const apic_field esauti_coupon_redemption_rejected_data_desc_Fields[] = {
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_redemption_rejected_data, code), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_coupon_redemption_rejected_data, reason), -1, -1, &esauti_coupon_redemption_rejected_data_reason_Type},
    {"cart_id", 7, 0, offsetof(esauti_coupon_redemption_rejected_data, cart_id), -1, -1, &apic_type_string},
    {"cart_total_amount", 17, 0, offsetof(esauti_coupon_redemption_rejected_data, cart_total_amount), offsetof(esauti_coupon_redemption_rejected_data, has_cart_total_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_coupon_redemption_rejected_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_coupon_redemption_rejected_data_desc = {
    "coupon_redemption_rejected_data", sizeof(esauti_coupon_redemption_rejected_data), esauti_coupon_redemption_rejected_data_desc_Fields, 5,
    offsetof(esauti_coupon_redemption_rejected_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_redemption_rejected_data_free(esauti_coupon_redemption_rejected_data *obj)
{
    apic_struct_free(&esauti_coupon_redemption_rejected_data_desc, obj);
}

int esauti_coupon_redemption_rejected_data_from_json(const char *json, size_t len, esauti_coupon_redemption_rejected_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_redemption_rejected_data_Type, json, len, &value, err);
    *out = (esauti_coupon_redemption_rejected_data *)value;
    return rc;
}

int esauti_coupon_redemption_rejected_data_to_json(const esauti_coupon_redemption_rejected_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_redemption_rejected_data_Type, obj, out, err);
}

/* coupon_expiry_reminder_sent_data */
static const apic_field esauti_coupon_expiry_reminder_sent_data_desc_Fields[] = {
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(esauti_coupon_expiry_reminder_sent_data, coupon_id), -1, -1, &apic_type_string},
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_expiry_reminder_sent_data, code), -1, -1, &apic_type_string},
    {"expires_at", 10, APIC_F_REQUIRED, offsetof(esauti_coupon_expiry_reminder_sent_data, expires_at), -1, -1, &esauti_string_date_time_Type},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_coupon_expiry_reminder_sent_data, channel), -1, -1, &esauti_coupon_expiry_reminder_sent_data_channel_Type},
    {"days_left", 9, 0, offsetof(esauti_coupon_expiry_reminder_sent_data, days_left), offsetof(esauti_coupon_expiry_reminder_sent_data, has_days_left), -1, &apic_type_int32},
};
const apic_struct_desc esauti_coupon_expiry_reminder_sent_data_desc = {
    "coupon_expiry_reminder_sent_data", sizeof(esauti_coupon_expiry_reminder_sent_data), esauti_coupon_expiry_reminder_sent_data_desc_Fields, 5,
    offsetof(esauti_coupon_expiry_reminder_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_expiry_reminder_sent_data_free(esauti_coupon_expiry_reminder_sent_data *obj)
{
    apic_struct_free(&esauti_coupon_expiry_reminder_sent_data_desc, obj);
}

int esauti_coupon_expiry_reminder_sent_data_from_json(const char *json, size_t len, esauti_coupon_expiry_reminder_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_expiry_reminder_sent_data_Type, json, len, &value, err);
    *out = (esauti_coupon_expiry_reminder_sent_data *)value;
    return rc;
}

int esauti_coupon_expiry_reminder_sent_data_to_json(const esauti_coupon_expiry_reminder_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_expiry_reminder_sent_data_Type, obj, out, err);
}

/* coupon_expired_data */
static const apic_field esauti_coupon_expired_data_desc_Fields[] = {
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(esauti_coupon_expired_data, coupon_id), -1, -1, &apic_type_string},
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_expired_data, code), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_coupon_expired_data, campaign_id), -1, -1, &apic_type_string},
    {"times_used", 10, APIC_F_REQUIRED, offsetof(esauti_coupon_expired_data, times_used), -1, -1, &apic_type_int32},
};
const apic_struct_desc esauti_coupon_expired_data_desc = {
    "coupon_expired_data", sizeof(esauti_coupon_expired_data), esauti_coupon_expired_data_desc_Fields, 4,
    offsetof(esauti_coupon_expired_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_expired_data_free(esauti_coupon_expired_data *obj)
{
    apic_struct_free(&esauti_coupon_expired_data_desc, obj);
}

int esauti_coupon_expired_data_from_json(const char *json, size_t len, esauti_coupon_expired_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_expired_data_Type, json, len, &value, err);
    *out = (esauti_coupon_expired_data *)value;
    return rc;
}

int esauti_coupon_expired_data_to_json(const esauti_coupon_expired_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_expired_data_Type, obj, out, err);
}

/* coupon_revoked_data */
static const apic_field esauti_coupon_revoked_data_desc_Fields[] = {
    {"coupon_id", 9, APIC_F_REQUIRED, offsetof(esauti_coupon_revoked_data, coupon_id), -1, -1, &apic_type_string},
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_coupon_revoked_data, code), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_coupon_revoked_data, reason), -1, -1, &esauti_coupon_revoked_data_reason_Type},
    {"revoked_by", 10, APIC_F_REQUIRED, offsetof(esauti_coupon_revoked_data, revoked_by), -1, -1, &esauti_coupon_revoked_data_revoked_by_Type},
    {"note", 4, 0, offsetof(esauti_coupon_revoked_data, note), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_coupon_revoked_data_desc = {
    "coupon_revoked_data", sizeof(esauti_coupon_revoked_data), esauti_coupon_revoked_data_desc_Fields, 5,
    offsetof(esauti_coupon_revoked_data, unknown_fields),
    -1,
    NULL
};

void esauti_coupon_revoked_data_free(esauti_coupon_revoked_data *obj)
{
    apic_struct_free(&esauti_coupon_revoked_data_desc, obj);
}

int esauti_coupon_revoked_data_from_json(const char *json, size_t len, esauti_coupon_revoked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_coupon_revoked_data_Type, json, len, &value, err);
    *out = (esauti_coupon_revoked_data *)value;
    return rc;
}

int esauti_coupon_revoked_data_to_json(const esauti_coupon_revoked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_coupon_revoked_data_Type, obj, out, err);
}

/* loyalty_enrolled_data */
static const apic_field esauti_loyalty_enrolled_data_desc_Fields[] = {
    {"member_id", 9, APIC_F_REQUIRED, offsetof(esauti_loyalty_enrolled_data, member_id), -1, -1, &apic_type_string},
    {"program_id", 10, APIC_F_REQUIRED, offsetof(esauti_loyalty_enrolled_data, program_id), -1, -1, &apic_type_string},
    {"tier", 4, APIC_F_REQUIRED, offsetof(esauti_loyalty_enrolled_data, tier), -1, -1, &esauti_loyalty_enrolled_data_tier_Type},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_loyalty_enrolled_data, channel), -1, -1, &esauti_loyalty_enrolled_data_channel_Type},
    {"welcome_points", 14, 0, offsetof(esauti_loyalty_enrolled_data, welcome_points), offsetof(esauti_loyalty_enrolled_data, has_welcome_points), -1, &apic_type_int64},
    {"referred_by_member_id", 21, 0, offsetof(esauti_loyalty_enrolled_data, referred_by_member_id), -1, -1, &apic_type_string},
    {"date_of_birth", 13, APIC_F_PII, offsetof(esauti_loyalty_enrolled_data, date_of_birth), -1, -1, &esauti_string_date_Type},
};
const apic_struct_desc esauti_loyalty_enrolled_data_desc = {
    "loyalty_enrolled_data", sizeof(esauti_loyalty_enrolled_data), esauti_loyalty_enrolled_data_desc_Fields, 7,
    offsetof(esauti_loyalty_enrolled_data, unknown_fields),
    -1,
    NULL
};

void esauti_loyalty_enrolled_data_free(esauti_loyalty_enrolled_data *obj)
{
    apic_struct_free(&esauti_loyalty_enrolled_data_desc, obj);
}

int esauti_loyalty_enrolled_data_from_json(const char *json, size_t len, esauti_loyalty_enrolled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_loyalty_enrolled_data_Type, json, len, &value, err);
    *out = (esauti_loyalty_enrolled_data *)value;
    return rc;
}

int esauti_loyalty_enrolled_data_to_json(const esauti_loyalty_enrolled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_loyalty_enrolled_data_Type, obj, out, err);
}

/* loyalty_points_earned_data */
static const apic_field esauti_loyalty_points_earned_data_desc_Fields[] = {
    {"member_id", 9, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_earned_data, member_id), -1, -1, &apic_type_string},
    {"points", 6, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_earned_data, points), -1, -1, &apic_type_int64},
    {"balance_after", 13, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_earned_data, balance_after), -1, -1, &apic_type_int64},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_earned_data, source), -1, -1, &esauti_loyalty_points_earned_data_source_Type},
    {"order_id", 8, 0, offsetof(esauti_loyalty_points_earned_data, order_id), -1, -1, &apic_type_string},
    {"expires_on", 10, 0, offsetof(esauti_loyalty_points_earned_data, expires_on), -1, -1, &esauti_string_date_Type},
};
const apic_struct_desc esauti_loyalty_points_earned_data_desc = {
    "loyalty_points_earned_data", sizeof(esauti_loyalty_points_earned_data), esauti_loyalty_points_earned_data_desc_Fields, 6,
    offsetof(esauti_loyalty_points_earned_data, unknown_fields),
    -1,
    NULL
};

void esauti_loyalty_points_earned_data_free(esauti_loyalty_points_earned_data *obj)
{
    apic_struct_free(&esauti_loyalty_points_earned_data_desc, obj);
}

int esauti_loyalty_points_earned_data_from_json(const char *json, size_t len, esauti_loyalty_points_earned_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_loyalty_points_earned_data_Type, json, len, &value, err);
    *out = (esauti_loyalty_points_earned_data *)value;
    return rc;
}

int esauti_loyalty_points_earned_data_to_json(const esauti_loyalty_points_earned_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_loyalty_points_earned_data_Type, obj, out, err);
}

/* loyalty_points_redeemed_data */
static const apic_field esauti_loyalty_points_redeemed_data_desc_Fields[] = {
    {"member_id", 9, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_redeemed_data, member_id), -1, -1, &apic_type_string},
    {"points", 6, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_redeemed_data, points), -1, -1, &apic_type_int64},
    {"balance_after", 13, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_redeemed_data, balance_after), -1, -1, &apic_type_int64},
    {"reward", 6, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_redeemed_data, reward), -1, -1, &esauti_loyalty_points_redeemed_data_reward_Type},
    {"order_id", 8, 0, offsetof(esauti_loyalty_points_redeemed_data, order_id), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_loyalty_points_redeemed_data_desc = {
    "loyalty_points_redeemed_data", sizeof(esauti_loyalty_points_redeemed_data), esauti_loyalty_points_redeemed_data_desc_Fields, 5,
    offsetof(esauti_loyalty_points_redeemed_data, unknown_fields),
    -1,
    NULL
};

void esauti_loyalty_points_redeemed_data_free(esauti_loyalty_points_redeemed_data *obj)
{
    apic_struct_free(&esauti_loyalty_points_redeemed_data_desc, obj);
}

int esauti_loyalty_points_redeemed_data_from_json(const char *json, size_t len, esauti_loyalty_points_redeemed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_loyalty_points_redeemed_data_Type, json, len, &value, err);
    *out = (esauti_loyalty_points_redeemed_data *)value;
    return rc;
}

int esauti_loyalty_points_redeemed_data_to_json(const esauti_loyalty_points_redeemed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_loyalty_points_redeemed_data_Type, obj, out, err);
}

/* loyalty_points_redeemed_data.reward */
static const apic_field esauti_loyalty_points_redeemed_data_reward_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_redeemed_data_reward, id), -1, -1, &apic_type_string},
    {"kind", 4, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_redeemed_data_reward, kind), -1, -1, &esauti_loyalty_points_redeemed_data_reward_kind_Type},
    {"title", 5, 0, offsetof(esauti_loyalty_points_redeemed_data_reward, title), -1, -1, &apic_type_string},
    {"value_amount", 12, 0, offsetof(esauti_loyalty_points_redeemed_data_reward, value_amount), offsetof(esauti_loyalty_points_redeemed_data_reward, has_value_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_loyalty_points_redeemed_data_reward, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_loyalty_points_redeemed_data_reward_desc = {
    "loyalty_points_redeemed_data.reward", sizeof(esauti_loyalty_points_redeemed_data_reward), esauti_loyalty_points_redeemed_data_reward_desc_Fields, 5,
    offsetof(esauti_loyalty_points_redeemed_data_reward, unknown_fields),
    -1,
    NULL
};

void esauti_loyalty_points_redeemed_data_reward_free(esauti_loyalty_points_redeemed_data_reward *obj)
{
    apic_struct_free(&esauti_loyalty_points_redeemed_data_reward_desc, obj);
}

int esauti_loyalty_points_redeemed_data_reward_from_json(const char *json, size_t len, esauti_loyalty_points_redeemed_data_reward **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_loyalty_points_redeemed_data_reward_Type, json, len, &value, err);
    *out = (esauti_loyalty_points_redeemed_data_reward *)value;
    return rc;
}

int esauti_loyalty_points_redeemed_data_reward_to_json(const esauti_loyalty_points_redeemed_data_reward *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_loyalty_points_redeemed_data_reward_Type, obj, out, err);
}

/* loyalty_points_expired_data */
static const apic_field esauti_loyalty_points_expired_data_desc_Fields[] = {
    {"member_id", 9, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_expired_data, member_id), -1, -1, &apic_type_string},
    {"points", 6, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_expired_data, points), -1, -1, &apic_type_int64},
    {"balance_after", 13, APIC_F_REQUIRED, offsetof(esauti_loyalty_points_expired_data, balance_after), -1, -1, &apic_type_int64},
    {"earned_before", 13, 0, offsetof(esauti_loyalty_points_expired_data, earned_before), -1, -1, &esauti_string_date_Type},
};
const apic_struct_desc esauti_loyalty_points_expired_data_desc = {
    "loyalty_points_expired_data", sizeof(esauti_loyalty_points_expired_data), esauti_loyalty_points_expired_data_desc_Fields, 4,
    offsetof(esauti_loyalty_points_expired_data, unknown_fields),
    -1,
    NULL
};

void esauti_loyalty_points_expired_data_free(esauti_loyalty_points_expired_data *obj)
{
    apic_struct_free(&esauti_loyalty_points_expired_data_desc, obj);
}

int esauti_loyalty_points_expired_data_from_json(const char *json, size_t len, esauti_loyalty_points_expired_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_loyalty_points_expired_data_Type, json, len, &value, err);
    *out = (esauti_loyalty_points_expired_data *)value;
    return rc;
}

int esauti_loyalty_points_expired_data_to_json(const esauti_loyalty_points_expired_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_loyalty_points_expired_data_Type, obj, out, err);
}

/* loyalty_tier_upgraded_data */
static const apic_field esauti_loyalty_tier_upgraded_data_desc_Fields[] = {
    {"member_id", 9, APIC_F_REQUIRED, offsetof(esauti_loyalty_tier_upgraded_data, member_id), -1, -1, &apic_type_string},
    {"previous_tier", 13, APIC_F_REQUIRED, offsetof(esauti_loyalty_tier_upgraded_data, previous_tier), -1, -1, &esauti_loyalty_tier_upgraded_data_previous_tier_Type},
    {"new_tier", 8, APIC_F_REQUIRED, offsetof(esauti_loyalty_tier_upgraded_data, new_tier), -1, -1, &esauti_loyalty_tier_upgraded_data_new_tier_Type},
};
const apic_struct_desc esauti_loyalty_tier_upgraded_data_desc = {
    "loyalty_tier_upgraded_data", sizeof(esauti_loyalty_tier_upgraded_data), esauti_loyalty_tier_upgraded_data_desc_Fields, 3,
    offsetof(esauti_loyalty_tier_upgraded_data, unknown_fields),
    -1,
    NULL
};

void esauti_loyalty_tier_upgraded_data_free(esauti_loyalty_tier_upgraded_data *obj)
{
    apic_struct_free(&esauti_loyalty_tier_upgraded_data_desc, obj);
}

int esauti_loyalty_tier_upgraded_data_from_json(const char *json, size_t len, esauti_loyalty_tier_upgraded_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_loyalty_tier_upgraded_data_Type, json, len, &value, err);
    *out = (esauti_loyalty_tier_upgraded_data *)value;
    return rc;
}

int esauti_loyalty_tier_upgraded_data_to_json(const esauti_loyalty_tier_upgraded_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_loyalty_tier_upgraded_data_Type, obj, out, err);
}

/* loyalty_tier_changed_data */
static const apic_field esauti_loyalty_tier_changed_data_desc_Fields[] = {
    {"member_id", 9, APIC_F_REQUIRED, offsetof(esauti_loyalty_tier_changed_data, member_id), -1, -1, &apic_type_string},
    {"previous_tier", 13, APIC_F_REQUIRED, offsetof(esauti_loyalty_tier_changed_data, previous_tier), -1, -1, &esauti_loyalty_tier_changed_data_previous_tier_Type},
    {"new_tier", 8, APIC_F_REQUIRED, offsetof(esauti_loyalty_tier_changed_data, new_tier), -1, -1, &esauti_loyalty_tier_changed_data_new_tier_Type},
    {"direction", 9, APIC_F_REQUIRED, offsetof(esauti_loyalty_tier_changed_data, direction), -1, -1, &esauti_loyalty_tier_changed_data_direction_Type},
    {"reason", 6, 0, offsetof(esauti_loyalty_tier_changed_data, reason), offsetof(esauti_loyalty_tier_changed_data, has_reason), -1, &esauti_loyalty_tier_changed_data_reason_Type},
    {"qualifying_points", 17, 0, offsetof(esauti_loyalty_tier_changed_data, qualifying_points), offsetof(esauti_loyalty_tier_changed_data, has_qualifying_points), -1, &apic_type_int64},
    {"valid_until", 11, 0, offsetof(esauti_loyalty_tier_changed_data, valid_until), -1, -1, &esauti_string_date_Type},
};
const apic_struct_desc esauti_loyalty_tier_changed_data_desc = {
    "loyalty_tier_changed_data", sizeof(esauti_loyalty_tier_changed_data), esauti_loyalty_tier_changed_data_desc_Fields, 7,
    offsetof(esauti_loyalty_tier_changed_data, unknown_fields),
    -1,
    NULL
};

void esauti_loyalty_tier_changed_data_free(esauti_loyalty_tier_changed_data *obj)
{
    apic_struct_free(&esauti_loyalty_tier_changed_data_desc, obj);
}

int esauti_loyalty_tier_changed_data_from_json(const char *json, size_t len, esauti_loyalty_tier_changed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_loyalty_tier_changed_data_Type, json, len, &value, err);
    *out = (esauti_loyalty_tier_changed_data *)value;
    return rc;
}

int esauti_loyalty_tier_changed_data_to_json(const esauti_loyalty_tier_changed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_loyalty_tier_changed_data_Type, obj, out, err);
}

/* wallet_opened_data */
static const apic_field esauti_wallet_opened_data_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_opened_data, wallet_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_wallet_opened_data, currency), -1, -1, &esauti_string_currency_Type},
    {"kyc_level", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_opened_data, kyc_level), -1, -1, &esauti_wallet_opened_data_kyc_level_Type},
    {"welcome_credit_amount", 21, 0, offsetof(esauti_wallet_opened_data, welcome_credit_amount), offsetof(esauti_wallet_opened_data, has_welcome_credit_amount), -1, &apic_type_int64},
    {"channel", 7, 0, offsetof(esauti_wallet_opened_data, channel), offsetof(esauti_wallet_opened_data, has_channel), -1, &esauti_wallet_opened_data_channel_Type},
};
const apic_struct_desc esauti_wallet_opened_data_desc = {
    "wallet_opened_data", sizeof(esauti_wallet_opened_data), esauti_wallet_opened_data_desc_Fields, 5,
    offsetof(esauti_wallet_opened_data, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_opened_data_free(esauti_wallet_opened_data *obj)
{
    apic_struct_free(&esauti_wallet_opened_data_desc, obj);
}

int esauti_wallet_opened_data_from_json(const char *json, size_t len, esauti_wallet_opened_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_opened_data_Type, json, len, &value, err);
    *out = (esauti_wallet_opened_data *)value;
    return rc;
}

int esauti_wallet_opened_data_to_json(const esauti_wallet_opened_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_opened_data_Type, obj, out, err);
}

/* wallet_topped_up_data */
static const apic_field esauti_wallet_topped_up_data_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_topped_up_data, wallet_id), -1, -1, &apic_type_string},
    {"transaction_id", 14, APIC_F_REQUIRED, offsetof(esauti_wallet_topped_up_data, transaction_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_topped_up_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_wallet_topped_up_data, currency), -1, -1, &esauti_string_currency_Type},
    {"balance_after", 13, APIC_F_REQUIRED, offsetof(esauti_wallet_topped_up_data, balance_after), -1, -1, &apic_type_int64},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_topped_up_data, source), -1, -1, &esauti_wallet_topped_up_data_source_Type},
    {"provider_reference", 18, 0, offsetof(esauti_wallet_topped_up_data, provider_reference), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_wallet_topped_up_data_desc = {
    "wallet_topped_up_data", sizeof(esauti_wallet_topped_up_data), esauti_wallet_topped_up_data_desc_Fields, 7,
    offsetof(esauti_wallet_topped_up_data, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_topped_up_data_free(esauti_wallet_topped_up_data *obj)
{
    apic_struct_free(&esauti_wallet_topped_up_data_desc, obj);
}

int esauti_wallet_topped_up_data_from_json(const char *json, size_t len, esauti_wallet_topped_up_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_topped_up_data_Type, json, len, &value, err);
    *out = (esauti_wallet_topped_up_data *)value;
    return rc;
}

int esauti_wallet_topped_up_data_to_json(const esauti_wallet_topped_up_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_topped_up_data_Type, obj, out, err);
}

/* wallet_top_up_failed_data */
static const apic_field esauti_wallet_top_up_failed_data_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_top_up_failed_data, wallet_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_top_up_failed_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_wallet_top_up_failed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_top_up_failed_data, source), -1, -1, &esauti_wallet_top_up_failed_data_source_Type},
    {"failure_reason", 14, APIC_F_REQUIRED, offsetof(esauti_wallet_top_up_failed_data, failure_reason), -1, -1, &esauti_wallet_top_up_failed_data_failure_reason_Type},
};
const apic_struct_desc esauti_wallet_top_up_failed_data_desc = {
    "wallet_top_up_failed_data", sizeof(esauti_wallet_top_up_failed_data), esauti_wallet_top_up_failed_data_desc_Fields, 5,
    offsetof(esauti_wallet_top_up_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_top_up_failed_data_free(esauti_wallet_top_up_failed_data *obj)
{
    apic_struct_free(&esauti_wallet_top_up_failed_data_desc, obj);
}

int esauti_wallet_top_up_failed_data_from_json(const char *json, size_t len, esauti_wallet_top_up_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_top_up_failed_data_Type, json, len, &value, err);
    *out = (esauti_wallet_top_up_failed_data *)value;
    return rc;
}

int esauti_wallet_top_up_failed_data_to_json(const esauti_wallet_top_up_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_top_up_failed_data_Type, obj, out, err);
}

/* wallet_debited_data */
static const apic_field esauti_wallet_debited_data_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_debited_data, wallet_id), -1, -1, &apic_type_string},
    {"transaction_id", 14, APIC_F_REQUIRED, offsetof(esauti_wallet_debited_data, transaction_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_debited_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_wallet_debited_data, currency), -1, -1, &esauti_string_currency_Type},
    {"balance_after", 13, APIC_F_REQUIRED, offsetof(esauti_wallet_debited_data, balance_after), -1, -1, &apic_type_int64},
    {"purpose", 7, APIC_F_REQUIRED, offsetof(esauti_wallet_debited_data, purpose), -1, -1, &esauti_wallet_debited_data_purpose_Type},
    {"reference_id", 12, 0, offsetof(esauti_wallet_debited_data, reference_id), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_wallet_debited_data_desc = {
    "wallet_debited_data", sizeof(esauti_wallet_debited_data), esauti_wallet_debited_data_desc_Fields, 7,
    offsetof(esauti_wallet_debited_data, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_debited_data_free(esauti_wallet_debited_data *obj)
{
    apic_struct_free(&esauti_wallet_debited_data_desc, obj);
}

int esauti_wallet_debited_data_from_json(const char *json, size_t len, esauti_wallet_debited_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_debited_data_Type, json, len, &value, err);
    *out = (esauti_wallet_debited_data *)value;
    return rc;
}

int esauti_wallet_debited_data_to_json(const esauti_wallet_debited_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_debited_data_Type, obj, out, err);
}

/* wallet_transfer_sent_data */
static const apic_field esauti_wallet_transfer_sent_data_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_sent_data, wallet_id), -1, -1, &apic_type_string},
    {"transfer_id", 11, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_sent_data, transfer_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_sent_data, amount), -1, -1, &apic_type_int64},
    {"fee_amount", 10, 0, offsetof(esauti_wallet_transfer_sent_data, fee_amount), offsetof(esauti_wallet_transfer_sent_data, has_fee_amount), -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_sent_data, currency), -1, -1, &esauti_string_currency_Type},
    {"balance_after", 13, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_sent_data, balance_after), -1, -1, &apic_type_int64},
    {"recipient", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_sent_data, recipient), -1, -1, &esauti_wallet_transfer_sent_data_recipient_Type},
    {"note", 4, 0, offsetof(esauti_wallet_transfer_sent_data, note), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_wallet_transfer_sent_data_desc = {
    "wallet_transfer_sent_data", sizeof(esauti_wallet_transfer_sent_data), esauti_wallet_transfer_sent_data_desc_Fields, 8,
    offsetof(esauti_wallet_transfer_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_transfer_sent_data_free(esauti_wallet_transfer_sent_data *obj)
{
    apic_struct_free(&esauti_wallet_transfer_sent_data_desc, obj);
}

int esauti_wallet_transfer_sent_data_from_json(const char *json, size_t len, esauti_wallet_transfer_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_transfer_sent_data_Type, json, len, &value, err);
    *out = (esauti_wallet_transfer_sent_data *)value;
    return rc;
}

int esauti_wallet_transfer_sent_data_to_json(const esauti_wallet_transfer_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_transfer_sent_data_Type, obj, out, err);
}

/* wallet_transfer_sent_data.recipient */
static const apic_field esauti_wallet_transfer_sent_data_recipient_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_sent_data_recipient, wallet_id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_PII, offsetof(esauti_wallet_transfer_sent_data_recipient, name), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_PII, offsetof(esauti_wallet_transfer_sent_data_recipient, phone), -1, -1, &esauti_string_phone_Type},
};
const apic_struct_desc esauti_wallet_transfer_sent_data_recipient_desc = {
    "wallet_transfer_sent_data.recipient", sizeof(esauti_wallet_transfer_sent_data_recipient), esauti_wallet_transfer_sent_data_recipient_desc_Fields, 3,
    offsetof(esauti_wallet_transfer_sent_data_recipient, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_transfer_sent_data_recipient_free(esauti_wallet_transfer_sent_data_recipient *obj)
{
    apic_struct_free(&esauti_wallet_transfer_sent_data_recipient_desc, obj);
}

int esauti_wallet_transfer_sent_data_recipient_from_json(const char *json, size_t len, esauti_wallet_transfer_sent_data_recipient **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_transfer_sent_data_recipient_Type, json, len, &value, err);
    *out = (esauti_wallet_transfer_sent_data_recipient *)value;
    return rc;
}

int esauti_wallet_transfer_sent_data_recipient_to_json(const esauti_wallet_transfer_sent_data_recipient *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_transfer_sent_data_recipient_Type, obj, out, err);
}

/* wallet_transfer_received_data */
static const apic_field esauti_wallet_transfer_received_data_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_received_data, wallet_id), -1, -1, &apic_type_string},
    {"transfer_id", 11, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_received_data, transfer_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_received_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_received_data, currency), -1, -1, &esauti_string_currency_Type},
    {"balance_after", 13, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_received_data, balance_after), -1, -1, &apic_type_int64},
    {"sender", 6, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_received_data, sender), -1, -1, &esauti_wallet_transfer_received_data_sender_Type},
    {"note", 4, 0, offsetof(esauti_wallet_transfer_received_data, note), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_wallet_transfer_received_data_desc = {
    "wallet_transfer_received_data", sizeof(esauti_wallet_transfer_received_data), esauti_wallet_transfer_received_data_desc_Fields, 7,
    offsetof(esauti_wallet_transfer_received_data, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_transfer_received_data_free(esauti_wallet_transfer_received_data *obj)
{
    apic_struct_free(&esauti_wallet_transfer_received_data_desc, obj);
}

int esauti_wallet_transfer_received_data_from_json(const char *json, size_t len, esauti_wallet_transfer_received_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_transfer_received_data_Type, json, len, &value, err);
    *out = (esauti_wallet_transfer_received_data *)value;
    return rc;
}

int esauti_wallet_transfer_received_data_to_json(const esauti_wallet_transfer_received_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_transfer_received_data_Type, obj, out, err);
}

/* wallet_transfer_received_data.sender */
static const apic_field esauti_wallet_transfer_received_data_sender_desc_Fields[] = {
    {"wallet_id", 9, APIC_F_REQUIRED, offsetof(esauti_wallet_transfer_received_data_sender, wallet_id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_PII, offsetof(esauti_wallet_transfer_received_data_sender, name), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_PII, offsetof(esauti_wallet_transfer_received_data_sender, phone), -1, -1, &esauti_string_phone_Type},
};
const apic_struct_desc esauti_wallet_transfer_received_data_sender_desc = {
    "wallet_transfer_received_data.sender", sizeof(esauti_wallet_transfer_received_data_sender), esauti_wallet_transfer_received_data_sender_desc_Fields, 3,
    offsetof(esauti_wallet_transfer_received_data_sender, unknown_fields),
    -1,
    NULL
};

void esauti_wallet_transfer_received_data_sender_free(esauti_wallet_transfer_received_data_sender *obj)
{
    apic_struct_free(&esauti_wallet_transfer_received_data_sender_desc, obj);
}

int esauti_wallet_transfer_received_data_sender_from_json(const char *json, size_t len, esauti_wallet_transfer_received_data_sender **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_wallet_transfer_received_data_sender_Type, json, len, &value, err);
    *out = (esauti_wallet_transfer_received_data_sender *)value;
    return rc;
}

int esauti_wallet_transfer_received_data_sender_to_json(const esauti_wallet_transfer_received_data_sender *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_wallet_transfer_received_data_sender_Type, obj, out, err);
}

/* review_requested_data */
static const apic_field esauti_review_requested_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_review_requested_data, order_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_review_requested_data, channel), -1, -1, &esauti_review_requested_data_channel_Type},
    {"review_url", 10, APIC_F_REQUIRED, offsetof(esauti_review_requested_data, review_url), -1, -1, &esauti_string_uri_Type},
    {"products", 8, 0, offsetof(esauti_review_requested_data, products), offsetof(esauti_review_requested_data, has_products), -1, &esauti_review_requested_data_products_item_array_Type},
    {"request_number", 14, 0, offsetof(esauti_review_requested_data, request_number), offsetof(esauti_review_requested_data, has_request_number), -1, &apic_type_int32},
};
const apic_struct_desc esauti_review_requested_data_desc = {
    "review_requested_data", sizeof(esauti_review_requested_data), esauti_review_requested_data_desc_Fields, 5,
    offsetof(esauti_review_requested_data, unknown_fields),
    -1,
    NULL
};

void esauti_review_requested_data_free(esauti_review_requested_data *obj)
{
    apic_struct_free(&esauti_review_requested_data_desc, obj);
}

int esauti_review_requested_data_from_json(const char *json, size_t len, esauti_review_requested_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_requested_data_Type, json, len, &value, err);
    *out = (esauti_review_requested_data *)value;
    return rc;
}

int esauti_review_requested_data_to_json(const esauti_review_requested_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_requested_data_Type, obj, out, err);
}

/* review_requested_data.products.item */
static const apic_field esauti_review_requested_data_products_item_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_review_requested_data_products_item, product_id), -1, -1, &apic_type_string},
    {"title", 5, 0, offsetof(esauti_review_requested_data_products_item, title), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_review_requested_data_products_item_desc = {
    "review_requested_data.products.item", sizeof(esauti_review_requested_data_products_item), esauti_review_requested_data_products_item_desc_Fields, 2,
    offsetof(esauti_review_requested_data_products_item, unknown_fields),
    -1,
    NULL
};

void esauti_review_requested_data_products_item_free(esauti_review_requested_data_products_item *obj)
{
    apic_struct_free(&esauti_review_requested_data_products_item_desc, obj);
}

int esauti_review_requested_data_products_item_from_json(const char *json, size_t len, esauti_review_requested_data_products_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_requested_data_products_item_Type, json, len, &value, err);
    *out = (esauti_review_requested_data_products_item *)value;
    return rc;
}

int esauti_review_requested_data_products_item_to_json(const esauti_review_requested_data_products_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_requested_data_products_item_Type, obj, out, err);
}

/* review_submitted_data */
static const apic_field esauti_review_submitted_data_desc_Fields[] = {
    {"review_id", 9, APIC_F_REQUIRED, offsetof(esauti_review_submitted_data, review_id), -1, -1, &apic_type_string},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_review_submitted_data, product_id), -1, -1, &apic_type_string},
    {"order_id", 8, 0, offsetof(esauti_review_submitted_data, order_id), -1, -1, &apic_type_string},
    {"rating", 6, APIC_F_REQUIRED, offsetof(esauti_review_submitted_data, rating), -1, -1, &apic_type_int32},
    {"title", 5, 0, offsetof(esauti_review_submitted_data, title), -1, -1, &apic_type_string},
    {"body", 4, 0, offsetof(esauti_review_submitted_data, body), -1, -1, &apic_type_string},
    {"photo_urls", 10, 0, offsetof(esauti_review_submitted_data, photo_urls), offsetof(esauti_review_submitted_data, has_photo_urls), -1, &esauti_string_array_2_Type},
    {"verified_purchase", 17, 0, offsetof(esauti_review_submitted_data, verified_purchase), offsetof(esauti_review_submitted_data, has_verified_purchase), -1, &apic_type_bool},
};
const apic_struct_desc esauti_review_submitted_data_desc = {
    "review_submitted_data", sizeof(esauti_review_submitted_data), esauti_review_submitted_data_desc_Fields, 8,
    offsetof(esauti_review_submitted_data, unknown_fields),
    -1,
    NULL
};

void esauti_review_submitted_data_free(esauti_review_submitted_data *obj)
{
    apic_struct_free(&esauti_review_submitted_data_desc, obj);
}

int esauti_review_submitted_data_from_json(const char *json, size_t len, esauti_review_submitted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_submitted_data_Type, json, len, &value, err);
    *out = (esauti_review_submitted_data *)value;
    return rc;
}

int esauti_review_submitted_data_to_json(const esauti_review_submitted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_submitted_data_Type, obj, out, err);
}

/* review_published_data */
static const apic_field esauti_review_published_data_desc_Fields[] = {
    {"review_id", 9, APIC_F_REQUIRED, offsetof(esauti_review_published_data, review_id), -1, -1, &apic_type_string},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_review_published_data, product_id), -1, -1, &apic_type_string},
    {"rating", 6, APIC_F_REQUIRED, offsetof(esauti_review_published_data, rating), -1, -1, &apic_type_int32},
    {"moderation", 10, APIC_F_REQUIRED, offsetof(esauti_review_published_data, moderation), -1, -1, &esauti_review_published_data_moderation_Type},
    {"review_url", 10, 0, offsetof(esauti_review_published_data, review_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_review_published_data_desc = {
    "review_published_data", sizeof(esauti_review_published_data), esauti_review_published_data_desc_Fields, 5,
    offsetof(esauti_review_published_data, unknown_fields),
    -1,
    NULL
};

void esauti_review_published_data_free(esauti_review_published_data *obj)
{
    apic_struct_free(&esauti_review_published_data_desc, obj);
}

int esauti_review_published_data_from_json(const char *json, size_t len, esauti_review_published_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_published_data_Type, json, len, &value, err);
    *out = (esauti_review_published_data *)value;
    return rc;
}

int esauti_review_published_data_to_json(const esauti_review_published_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_published_data_Type, obj, out, err);
}

/* review_rejected_data */
static const apic_field esauti_review_rejected_data_desc_Fields[] = {
    {"review_id", 9, APIC_F_REQUIRED, offsetof(esauti_review_rejected_data, review_id), -1, -1, &apic_type_string},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_review_rejected_data, product_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_review_rejected_data, reason), -1, -1, &esauti_review_rejected_data_reason_Type},
    {"note", 4, 0, offsetof(esauti_review_rejected_data, note), -1, -1, &apic_type_string},
    {"can_resubmit", 12, 0, offsetof(esauti_review_rejected_data, can_resubmit), offsetof(esauti_review_rejected_data, has_can_resubmit), -1, &apic_type_bool},
};
const apic_struct_desc esauti_review_rejected_data_desc = {
    "review_rejected_data", sizeof(esauti_review_rejected_data), esauti_review_rejected_data_desc_Fields, 5,
    offsetof(esauti_review_rejected_data, unknown_fields),
    -1,
    NULL
};

void esauti_review_rejected_data_free(esauti_review_rejected_data *obj)
{
    apic_struct_free(&esauti_review_rejected_data_desc, obj);
}

int esauti_review_rejected_data_from_json(const char *json, size_t len, esauti_review_rejected_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_rejected_data_Type, json, len, &value, err);
    *out = (esauti_review_rejected_data *)value;
    return rc;
}

int esauti_review_rejected_data_to_json(const esauti_review_rejected_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_rejected_data_Type, obj, out, err);
}

/* review_updated_data */
static const apic_field esauti_review_updated_data_desc_Fields[] = {
    {"review_id", 9, APIC_F_REQUIRED, offsetof(esauti_review_updated_data, review_id), -1, -1, &apic_type_string},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_review_updated_data, product_id), -1, -1, &apic_type_string},
    {"previous_rating", 15, 0, offsetof(esauti_review_updated_data, previous_rating), offsetof(esauti_review_updated_data, has_previous_rating), -1, &apic_type_int32},
    {"rating", 6, APIC_F_REQUIRED, offsetof(esauti_review_updated_data, rating), -1, -1, &apic_type_int32},
    {"changed_fields", 14, APIC_F_REQUIRED, offsetof(esauti_review_updated_data, changed_fields), -1, -1, &esauti_review_updated_data_changed_fields_item_array_Type},
};
const apic_struct_desc esauti_review_updated_data_desc = {
    "review_updated_data", sizeof(esauti_review_updated_data), esauti_review_updated_data_desc_Fields, 5,
    offsetof(esauti_review_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_review_updated_data_free(esauti_review_updated_data *obj)
{
    apic_struct_free(&esauti_review_updated_data_desc, obj);
}

int esauti_review_updated_data_from_json(const char *json, size_t len, esauti_review_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_updated_data_Type, json, len, &value, err);
    *out = (esauti_review_updated_data *)value;
    return rc;
}

int esauti_review_updated_data_to_json(const esauti_review_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_updated_data_Type, obj, out, err);
}

/* review_replied_data */
static const apic_field esauti_review_replied_data_desc_Fields[] = {
    {"review_id", 9, APIC_F_REQUIRED, offsetof(esauti_review_replied_data, review_id), -1, -1, &apic_type_string},
    {"reply_id", 8, APIC_F_REQUIRED, offsetof(esauti_review_replied_data, reply_id), -1, -1, &apic_type_string},
    {"reply_body", 10, APIC_F_REQUIRED, offsetof(esauti_review_replied_data, reply_body), -1, -1, &apic_type_string},
    {"replied_by", 10, APIC_F_REQUIRED, offsetof(esauti_review_replied_data, replied_by), -1, -1, &esauti_review_replied_data_replied_by_Type},
    {"review_url", 10, 0, offsetof(esauti_review_replied_data, review_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_review_replied_data_desc = {
    "review_replied_data", sizeof(esauti_review_replied_data), esauti_review_replied_data_desc_Fields, 5,
    offsetof(esauti_review_replied_data, unknown_fields),
    -1,
    NULL
};

void esauti_review_replied_data_free(esauti_review_replied_data *obj)
{
    apic_struct_free(&esauti_review_replied_data_desc, obj);
}

int esauti_review_replied_data_from_json(const char *json, size_t len, esauti_review_replied_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_replied_data_Type, json, len, &value, err);
    *out = (esauti_review_replied_data *)value;
    return rc;
}

int esauti_review_replied_data_to_json(const esauti_review_replied_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_replied_data_Type, obj, out, err);
}

/* review_deleted_data */
static const apic_field esauti_review_deleted_data_desc_Fields[] = {
    {"review_id", 9, APIC_F_REQUIRED, offsetof(esauti_review_deleted_data, review_id), -1, -1, &apic_type_string},
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_review_deleted_data, product_id), -1, -1, &apic_type_string},
    {"deleted_by", 10, APIC_F_REQUIRED, offsetof(esauti_review_deleted_data, deleted_by), -1, -1, &esauti_review_deleted_data_deleted_by_Type},
    {"reason", 6, 0, offsetof(esauti_review_deleted_data, reason), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_review_deleted_data_desc = {
    "review_deleted_data", sizeof(esauti_review_deleted_data), esauti_review_deleted_data_desc_Fields, 4,
    offsetof(esauti_review_deleted_data, unknown_fields),
    -1,
    NULL
};

void esauti_review_deleted_data_free(esauti_review_deleted_data *obj)
{
    apic_struct_free(&esauti_review_deleted_data_desc, obj);
}

int esauti_review_deleted_data_from_json(const char *json, size_t len, esauti_review_deleted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_review_deleted_data_Type, json, len, &value, err);
    *out = (esauti_review_deleted_data *)value;
    return rc;
}

int esauti_review_deleted_data_to_json(const esauti_review_deleted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_review_deleted_data_Type, obj, out, err);
}

/* ticket_created_data */
static const apic_field esauti_ticket_created_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_created_data, ticket_id), -1, -1, &apic_type_string},
    {"subject", 7, APIC_F_REQUIRED, offsetof(esauti_ticket_created_data, subject), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_ticket_created_data, channel), -1, -1, &esauti_ticket_created_data_channel_Type},
    {"priority", 8, APIC_F_REQUIRED, offsetof(esauti_ticket_created_data, priority), -1, -1, &esauti_ticket_created_data_priority_Type},
    {"category", 8, 0, offsetof(esauti_ticket_created_data, category), offsetof(esauti_ticket_created_data, has_category), -1, &esauti_ticket_created_data_category_Type},
    {"order_id", 8, 0, offsetof(esauti_ticket_created_data, order_id), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(esauti_ticket_created_data, tags), offsetof(esauti_ticket_created_data, has_tags), -1, &esauti_string_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(esauti_ticket_created_data, created_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_created_data_desc = {
    "ticket_created_data", sizeof(esauti_ticket_created_data), esauti_ticket_created_data_desc_Fields, 8,
    offsetof(esauti_ticket_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_created_data_free(esauti_ticket_created_data *obj)
{
    apic_struct_free(&esauti_ticket_created_data_desc, obj);
}

int esauti_ticket_created_data_from_json(const char *json, size_t len, esauti_ticket_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_created_data_Type, json, len, &value, err);
    *out = (esauti_ticket_created_data *)value;
    return rc;
}

int esauti_ticket_created_data_to_json(const esauti_ticket_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_created_data_Type, obj, out, err);
}

/* ticket_assigned_data */
static const apic_field esauti_ticket_assigned_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_assigned_data, ticket_id), -1, -1, &apic_type_string},
    {"assignee_id", 11, APIC_F_REQUIRED, offsetof(esauti_ticket_assigned_data, assignee_id), -1, -1, &apic_type_string},
    {"assignee_name", 13, APIC_F_PII, offsetof(esauti_ticket_assigned_data, assignee_name), -1, -1, &apic_type_string},
    {"team", 4, 0, offsetof(esauti_ticket_assigned_data, team), -1, -1, &apic_type_string},
    {"previous_assignee_id", 20, 0, offsetof(esauti_ticket_assigned_data, previous_assignee_id), -1, -1, &apic_type_string},
    {"assignment_method", 17, 0, offsetof(esauti_ticket_assigned_data, assignment_method), offsetof(esauti_ticket_assigned_data, has_assignment_method), -1, &esauti_ticket_assigned_data_assignment_method_Type},
    {"assigned_at", 11, APIC_F_REQUIRED, offsetof(esauti_ticket_assigned_data, assigned_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_assigned_data_desc = {
    "ticket_assigned_data", sizeof(esauti_ticket_assigned_data), esauti_ticket_assigned_data_desc_Fields, 7,
    offsetof(esauti_ticket_assigned_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_assigned_data_free(esauti_ticket_assigned_data *obj)
{
    apic_struct_free(&esauti_ticket_assigned_data_desc, obj);
}

int esauti_ticket_assigned_data_from_json(const char *json, size_t len, esauti_ticket_assigned_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_assigned_data_Type, json, len, &value, err);
    *out = (esauti_ticket_assigned_data *)value;
    return rc;
}

int esauti_ticket_assigned_data_to_json(const esauti_ticket_assigned_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_assigned_data_Type, obj, out, err);
}

/* ticket_status_changed_data */
static const apic_field esauti_ticket_status_changed_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_status_changed_data, ticket_id), -1, -1, &apic_type_string},
    {"from_status", 11, APIC_F_REQUIRED, offsetof(esauti_ticket_status_changed_data, from_status), -1, -1, &esauti_ticket_status_changed_data_from_status_Type},
    {"to_status", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_status_changed_data, to_status), -1, -1, &esauti_ticket_status_changed_data_to_status_Type},
    {"changed_by", 10, 0, offsetof(esauti_ticket_status_changed_data, changed_by), offsetof(esauti_ticket_status_changed_data, has_changed_by), -1, &esauti_ticket_status_changed_data_changed_by_Type},
    {"agent_id", 8, 0, offsetof(esauti_ticket_status_changed_data, agent_id), -1, -1, &apic_type_string},
    {"changed_at", 10, APIC_F_REQUIRED, offsetof(esauti_ticket_status_changed_data, changed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_status_changed_data_desc = {
    "ticket_status_changed_data", sizeof(esauti_ticket_status_changed_data), esauti_ticket_status_changed_data_desc_Fields, 6,
    offsetof(esauti_ticket_status_changed_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_status_changed_data_free(esauti_ticket_status_changed_data *obj)
{
    apic_struct_free(&esauti_ticket_status_changed_data_desc, obj);
}

int esauti_ticket_status_changed_data_from_json(const char *json, size_t len, esauti_ticket_status_changed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_status_changed_data_Type, json, len, &value, err);
    *out = (esauti_ticket_status_changed_data *)value;
    return rc;
}

int esauti_ticket_status_changed_data_to_json(const esauti_ticket_status_changed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_status_changed_data_Type, obj, out, err);
}

/* ticket_agent_replied_data */
static const apic_field esauti_ticket_agent_replied_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_agent_replied_data, ticket_id), -1, -1, &apic_type_string},
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_ticket_agent_replied_data, message_id), -1, -1, &apic_type_string},
    {"agent_id", 8, APIC_F_REQUIRED, offsetof(esauti_ticket_agent_replied_data, agent_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_ticket_agent_replied_data, channel), -1, -1, &esauti_ticket_agent_replied_data_channel_Type},
    {"is_first_response", 17, 0, offsetof(esauti_ticket_agent_replied_data, is_first_response), offsetof(esauti_ticket_agent_replied_data, has_is_first_response), -1, &apic_type_bool},
    {"response_time_seconds", 21, 0, offsetof(esauti_ticket_agent_replied_data, response_time_seconds), offsetof(esauti_ticket_agent_replied_data, has_response_time_seconds), -1, &apic_type_int64},
    {"replied_at", 10, APIC_F_REQUIRED, offsetof(esauti_ticket_agent_replied_data, replied_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_agent_replied_data_desc = {
    "ticket_agent_replied_data", sizeof(esauti_ticket_agent_replied_data), esauti_ticket_agent_replied_data_desc_Fields, 7,
    offsetof(esauti_ticket_agent_replied_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_agent_replied_data_free(esauti_ticket_agent_replied_data *obj)
{
    apic_struct_free(&esauti_ticket_agent_replied_data_desc, obj);
}

int esauti_ticket_agent_replied_data_from_json(const char *json, size_t len, esauti_ticket_agent_replied_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_agent_replied_data_Type, json, len, &value, err);
    *out = (esauti_ticket_agent_replied_data *)value;
    return rc;
}

int esauti_ticket_agent_replied_data_to_json(const esauti_ticket_agent_replied_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_agent_replied_data_Type, obj, out, err);
}

/* ticket_customer_replied_data */
static const apic_field esauti_ticket_customer_replied_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_customer_replied_data, ticket_id), -1, -1, &apic_type_string},
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_ticket_customer_replied_data, message_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_ticket_customer_replied_data, channel), -1, -1, &esauti_ticket_customer_replied_data_channel_Type},
    {"attachment_count", 16, 0, offsetof(esauti_ticket_customer_replied_data, attachment_count), offsetof(esauti_ticket_customer_replied_data, has_attachment_count), -1, &apic_type_int32},
    {"replied_at", 10, APIC_F_REQUIRED, offsetof(esauti_ticket_customer_replied_data, replied_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_customer_replied_data_desc = {
    "ticket_customer_replied_data", sizeof(esauti_ticket_customer_replied_data), esauti_ticket_customer_replied_data_desc_Fields, 5,
    offsetof(esauti_ticket_customer_replied_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_customer_replied_data_free(esauti_ticket_customer_replied_data *obj)
{
    apic_struct_free(&esauti_ticket_customer_replied_data_desc, obj);
}

int esauti_ticket_customer_replied_data_from_json(const char *json, size_t len, esauti_ticket_customer_replied_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_customer_replied_data_Type, json, len, &value, err);
    *out = (esauti_ticket_customer_replied_data *)value;
    return rc;
}

int esauti_ticket_customer_replied_data_to_json(const esauti_ticket_customer_replied_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_customer_replied_data_Type, obj, out, err);
}

/* ticket_escalated_data */
static const apic_field esauti_ticket_escalated_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_escalated_data, ticket_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_ticket_escalated_data, reason), -1, -1, &esauti_ticket_escalated_data_reason_Type},
    {"from_tier", 9, 0, offsetof(esauti_ticket_escalated_data, from_tier), offsetof(esauti_ticket_escalated_data, has_from_tier), -1, &apic_type_int32},
    {"to_tier", 7, 0, offsetof(esauti_ticket_escalated_data, to_tier), offsetof(esauti_ticket_escalated_data, has_to_tier), -1, &apic_type_int32},
    {"escalated_by", 12, 0, offsetof(esauti_ticket_escalated_data, escalated_by), offsetof(esauti_ticket_escalated_data, has_escalated_by), -1, &esauti_ticket_escalated_data_escalated_by_Type},
    {"note", 4, 0, offsetof(esauti_ticket_escalated_data, note), -1, -1, &apic_type_string},
    {"escalated_at", 12, APIC_F_REQUIRED, offsetof(esauti_ticket_escalated_data, escalated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_escalated_data_desc = {
    "ticket_escalated_data", sizeof(esauti_ticket_escalated_data), esauti_ticket_escalated_data_desc_Fields, 7,
    offsetof(esauti_ticket_escalated_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_escalated_data_free(esauti_ticket_escalated_data *obj)
{
    apic_struct_free(&esauti_ticket_escalated_data_desc, obj);
}

int esauti_ticket_escalated_data_from_json(const char *json, size_t len, esauti_ticket_escalated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_escalated_data_Type, json, len, &value, err);
    *out = (esauti_ticket_escalated_data *)value;
    return rc;
}

int esauti_ticket_escalated_data_to_json(const esauti_ticket_escalated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_escalated_data_Type, obj, out, err);
}

/* ticket_sla_breached_data */
static const apic_field esauti_ticket_sla_breached_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_sla_breached_data, ticket_id), -1, -1, &apic_type_string},
    {"sla_policy_id", 13, 0, offsetof(esauti_ticket_sla_breached_data, sla_policy_id), -1, -1, &apic_type_string},
    {"sla_metric", 10, APIC_F_REQUIRED, offsetof(esauti_ticket_sla_breached_data, sla_metric), -1, -1, &esauti_ticket_sla_breached_data_sla_metric_Type},
    {"priority", 8, 0, offsetof(esauti_ticket_sla_breached_data, priority), offsetof(esauti_ticket_sla_breached_data, has_priority), -1, &esauti_ticket_sla_breached_data_priority_Type},
    {"due_at", 6, APIC_F_REQUIRED, offsetof(esauti_ticket_sla_breached_data, due_at), -1, -1, &esauti_string_date_time_Type},
    {"breached_at", 11, APIC_F_REQUIRED, offsetof(esauti_ticket_sla_breached_data, breached_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_sla_breached_data_desc = {
    "ticket_sla_breached_data", sizeof(esauti_ticket_sla_breached_data), esauti_ticket_sla_breached_data_desc_Fields, 6,
    offsetof(esauti_ticket_sla_breached_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_sla_breached_data_free(esauti_ticket_sla_breached_data *obj)
{
    apic_struct_free(&esauti_ticket_sla_breached_data_desc, obj);
}

int esauti_ticket_sla_breached_data_from_json(const char *json, size_t len, esauti_ticket_sla_breached_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_sla_breached_data_Type, json, len, &value, err);
    *out = (esauti_ticket_sla_breached_data *)value;
    return rc;
}

int esauti_ticket_sla_breached_data_to_json(const esauti_ticket_sla_breached_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_sla_breached_data_Type, obj, out, err);
}

/* ticket_resolved_data */
static const apic_field esauti_ticket_resolved_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_resolved_data, ticket_id), -1, -1, &apic_type_string},
    {"resolution_code", 15, APIC_F_REQUIRED, offsetof(esauti_ticket_resolved_data, resolution_code), -1, -1, &esauti_ticket_resolved_data_resolution_code_Type},
    {"resolution_note", 15, 0, offsetof(esauti_ticket_resolved_data, resolution_note), -1, -1, &apic_type_string},
    {"resolved_by", 11, 0, offsetof(esauti_ticket_resolved_data, resolved_by), -1, -1, &apic_type_string},
    {"reply_count", 11, 0, offsetof(esauti_ticket_resolved_data, reply_count), offsetof(esauti_ticket_resolved_data, has_reply_count), -1, &apic_type_int32},
    {"resolution_time_seconds", 23, 0, offsetof(esauti_ticket_resolved_data, resolution_time_seconds), offsetof(esauti_ticket_resolved_data, has_resolution_time_seconds), -1, &apic_type_int64},
    {"resolved_at", 11, APIC_F_REQUIRED, offsetof(esauti_ticket_resolved_data, resolved_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_resolved_data_desc = {
    "ticket_resolved_data", sizeof(esauti_ticket_resolved_data), esauti_ticket_resolved_data_desc_Fields, 7,
    offsetof(esauti_ticket_resolved_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_resolved_data_free(esauti_ticket_resolved_data *obj)
{
    apic_struct_free(&esauti_ticket_resolved_data_desc, obj);
}

int esauti_ticket_resolved_data_from_json(const char *json, size_t len, esauti_ticket_resolved_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_resolved_data_Type, json, len, &value, err);
    *out = (esauti_ticket_resolved_data *)value;
    return rc;
}

int esauti_ticket_resolved_data_to_json(const esauti_ticket_resolved_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_resolved_data_Type, obj, out, err);
}

/* ticket_reopened_data */
static const apic_field esauti_ticket_reopened_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_reopened_data, ticket_id), -1, -1, &apic_type_string},
    {"reopened_by", 11, APIC_F_REQUIRED, offsetof(esauti_ticket_reopened_data, reopened_by), -1, -1, &esauti_ticket_reopened_data_reopened_by_Type},
    {"previous_status", 15, 0, offsetof(esauti_ticket_reopened_data, previous_status), offsetof(esauti_ticket_reopened_data, has_previous_status), -1, &esauti_ticket_reopened_data_previous_status_Type},
    {"reopen_count", 12, 0, offsetof(esauti_ticket_reopened_data, reopen_count), offsetof(esauti_ticket_reopened_data, has_reopen_count), -1, &apic_type_int32},
    {"reopened_at", 11, APIC_F_REQUIRED, offsetof(esauti_ticket_reopened_data, reopened_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_reopened_data_desc = {
    "ticket_reopened_data", sizeof(esauti_ticket_reopened_data), esauti_ticket_reopened_data_desc_Fields, 5,
    offsetof(esauti_ticket_reopened_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_reopened_data_free(esauti_ticket_reopened_data *obj)
{
    apic_struct_free(&esauti_ticket_reopened_data_desc, obj);
}

int esauti_ticket_reopened_data_from_json(const char *json, size_t len, esauti_ticket_reopened_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_reopened_data_Type, json, len, &value, err);
    *out = (esauti_ticket_reopened_data *)value;
    return rc;
}

int esauti_ticket_reopened_data_to_json(const esauti_ticket_reopened_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_reopened_data_Type, obj, out, err);
}

/* ticket_closed_data */
static const apic_field esauti_ticket_closed_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_closed_data, ticket_id), -1, -1, &apic_type_string},
    {"close_reason", 12, 0, offsetof(esauti_ticket_closed_data, close_reason), offsetof(esauti_ticket_closed_data, has_close_reason), -1, &esauti_ticket_closed_data_close_reason_Type},
    {"merged_into_ticket_id", 21, 0, offsetof(esauti_ticket_closed_data, merged_into_ticket_id), -1, -1, &apic_type_string},
    {"closed_at", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_closed_data, closed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_closed_data_desc = {
    "ticket_closed_data", sizeof(esauti_ticket_closed_data), esauti_ticket_closed_data_desc_Fields, 4,
    offsetof(esauti_ticket_closed_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_closed_data_free(esauti_ticket_closed_data *obj)
{
    apic_struct_free(&esauti_ticket_closed_data_desc, obj);
}

int esauti_ticket_closed_data_from_json(const char *json, size_t len, esauti_ticket_closed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_closed_data_Type, json, len, &value, err);
    *out = (esauti_ticket_closed_data *)value;
    return rc;
}

int esauti_ticket_closed_data_to_json(const esauti_ticket_closed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_closed_data_Type, obj, out, err);
}

/* ticket_satisfaction_rated_data */
static const apic_field esauti_ticket_satisfaction_rated_data_desc_Fields[] = {
    {"ticket_id", 9, APIC_F_REQUIRED, offsetof(esauti_ticket_satisfaction_rated_data, ticket_id), -1, -1, &apic_type_string},
    {"rating", 6, APIC_F_REQUIRED, offsetof(esauti_ticket_satisfaction_rated_data, rating), -1, -1, &esauti_ticket_satisfaction_rated_data_rating_Type},
    {"score", 5, 0, offsetof(esauti_ticket_satisfaction_rated_data, score), offsetof(esauti_ticket_satisfaction_rated_data, has_score), -1, &apic_type_int32},
    {"comment", 7, APIC_F_PII, offsetof(esauti_ticket_satisfaction_rated_data, comment), -1, -1, &apic_type_string},
    {"agent_id", 8, 0, offsetof(esauti_ticket_satisfaction_rated_data, agent_id), -1, -1, &apic_type_string},
    {"rated_at", 8, APIC_F_REQUIRED, offsetof(esauti_ticket_satisfaction_rated_data, rated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_ticket_satisfaction_rated_data_desc = {
    "ticket_satisfaction_rated_data", sizeof(esauti_ticket_satisfaction_rated_data), esauti_ticket_satisfaction_rated_data_desc_Fields, 6,
    offsetof(esauti_ticket_satisfaction_rated_data, unknown_fields),
    -1,
    NULL
};

void esauti_ticket_satisfaction_rated_data_free(esauti_ticket_satisfaction_rated_data *obj)
{
    apic_struct_free(&esauti_ticket_satisfaction_rated_data_desc, obj);
}

int esauti_ticket_satisfaction_rated_data_from_json(const char *json, size_t len, esauti_ticket_satisfaction_rated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_ticket_satisfaction_rated_data_Type, json, len, &value, err);
    *out = (esauti_ticket_satisfaction_rated_data *)value;
    return rc;
}

int esauti_ticket_satisfaction_rated_data_to_json(const esauti_ticket_satisfaction_rated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_ticket_satisfaction_rated_data_Type, obj, out, err);
}

/* email_sent_data */
static const apic_field esauti_email_sent_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_email_sent_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_email_sent_data, campaign_id), -1, -1, &apic_type_string},
    {"template_id", 11, 0, offsetof(esauti_email_sent_data, template_id), -1, -1, &apic_type_string},
    {"subject", 7, APIC_F_REQUIRED, offsetof(esauti_email_sent_data, subject), -1, -1, &apic_type_string},
    {"category", 8, APIC_F_REQUIRED, offsetof(esauti_email_sent_data, category), -1, -1, &esauti_email_sent_data_category_Type},
    {"from_address", 12, 0, offsetof(esauti_email_sent_data, from_address), -1, -1, &esauti_string_email_Type},
    {"sent_at", 7, APIC_F_REQUIRED, offsetof(esauti_email_sent_data, sent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_email_sent_data_desc = {
    "email_sent_data", sizeof(esauti_email_sent_data), esauti_email_sent_data_desc_Fields, 7,
    offsetof(esauti_email_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_email_sent_data_free(esauti_email_sent_data *obj)
{
    apic_struct_free(&esauti_email_sent_data_desc, obj);
}

int esauti_email_sent_data_from_json(const char *json, size_t len, esauti_email_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_sent_data_Type, json, len, &value, err);
    *out = (esauti_email_sent_data *)value;
    return rc;
}

int esauti_email_sent_data_to_json(const esauti_email_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_sent_data_Type, obj, out, err);
}

/* email_delivered_data */
static const apic_field esauti_email_delivered_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_email_delivered_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_email_delivered_data, campaign_id), -1, -1, &apic_type_string},
    {"mailbox_provider", 16, 0, offsetof(esauti_email_delivered_data, mailbox_provider), -1, -1, &apic_type_string},
    {"delivery_seconds", 16, 0, offsetof(esauti_email_delivered_data, delivery_seconds), offsetof(esauti_email_delivered_data, has_delivery_seconds), -1, &apic_type_int32},
    {"delivered_at", 12, APIC_F_REQUIRED, offsetof(esauti_email_delivered_data, delivered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_email_delivered_data_desc = {
    "email_delivered_data", sizeof(esauti_email_delivered_data), esauti_email_delivered_data_desc_Fields, 5,
    offsetof(esauti_email_delivered_data, unknown_fields),
    -1,
    NULL
};

void esauti_email_delivered_data_free(esauti_email_delivered_data *obj)
{
    apic_struct_free(&esauti_email_delivered_data_desc, obj);
}

int esauti_email_delivered_data_from_json(const char *json, size_t len, esauti_email_delivered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_delivered_data_Type, json, len, &value, err);
    *out = (esauti_email_delivered_data *)value;
    return rc;
}

int esauti_email_delivered_data_to_json(const esauti_email_delivered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_delivered_data_Type, obj, out, err);
}

/* email_opened_data */
static const apic_field esauti_email_opened_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_email_opened_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_email_opened_data, campaign_id), -1, -1, &apic_type_string},
    {"machine_open", 12, APIC_F_REQUIRED, offsetof(esauti_email_opened_data, machine_open), -1, -1, &apic_type_bool},
    {"open_count", 10, 0, offsetof(esauti_email_opened_data, open_count), offsetof(esauti_email_opened_data, has_open_count), -1, &apic_type_int32},
    {"user_agent", 10, 0, offsetof(esauti_email_opened_data, user_agent), -1, -1, &apic_type_string},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_email_opened_data, ip_address), -1, -1, &apic_type_string},
    {"opened_at", 9, APIC_F_REQUIRED, offsetof(esauti_email_opened_data, opened_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_email_opened_data_desc = {
    "email_opened_data", sizeof(esauti_email_opened_data), esauti_email_opened_data_desc_Fields, 7,
    offsetof(esauti_email_opened_data, unknown_fields),
    -1,
    NULL
};

void esauti_email_opened_data_free(esauti_email_opened_data *obj)
{
    apic_struct_free(&esauti_email_opened_data_desc, obj);
}

int esauti_email_opened_data_from_json(const char *json, size_t len, esauti_email_opened_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_opened_data_Type, json, len, &value, err);
    *out = (esauti_email_opened_data *)value;
    return rc;
}

int esauti_email_opened_data_to_json(const esauti_email_opened_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_opened_data_Type, obj, out, err);
}

/* email_clicked_data */
static const apic_field esauti_email_clicked_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_email_clicked_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_email_clicked_data, campaign_id), -1, -1, &apic_type_string},
    {"url", 3, APIC_F_REQUIRED, offsetof(esauti_email_clicked_data, url), -1, -1, &esauti_string_uri_Type},
    {"link_label", 10, 0, offsetof(esauti_email_clicked_data, link_label), -1, -1, &apic_type_string},
    {"user_agent", 10, 0, offsetof(esauti_email_clicked_data, user_agent), -1, -1, &apic_type_string},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_email_clicked_data, ip_address), -1, -1, &apic_type_string},
    {"clicked_at", 10, APIC_F_REQUIRED, offsetof(esauti_email_clicked_data, clicked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_email_clicked_data_desc = {
    "email_clicked_data", sizeof(esauti_email_clicked_data), esauti_email_clicked_data_desc_Fields, 7,
    offsetof(esauti_email_clicked_data, unknown_fields),
    -1,
    NULL
};

void esauti_email_clicked_data_free(esauti_email_clicked_data *obj)
{
    apic_struct_free(&esauti_email_clicked_data_desc, obj);
}

int esauti_email_clicked_data_from_json(const char *json, size_t len, esauti_email_clicked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_clicked_data_Type, json, len, &value, err);
    *out = (esauti_email_clicked_data *)value;
    return rc;
}

int esauti_email_clicked_data_to_json(const esauti_email_clicked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_clicked_data_Type, obj, out, err);
}

/* email_bounced_data */
static const apic_field esauti_email_bounced_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_email_bounced_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_email_bounced_data, campaign_id), -1, -1, &apic_type_string},
    {"bounce_type", 11, APIC_F_REQUIRED, offsetof(esauti_email_bounced_data, bounce_type), -1, -1, &esauti_email_bounced_data_bounce_type_Type},
    {"reason", 6, 0, offsetof(esauti_email_bounced_data, reason), offsetof(esauti_email_bounced_data, has_reason), -1, &esauti_email_bounced_data_reason_Type},
    {"smtp_code", 9, 0, offsetof(esauti_email_bounced_data, smtp_code), -1, -1, &apic_type_string},
    {"address_suppressed", 18, 0, offsetof(esauti_email_bounced_data, address_suppressed), offsetof(esauti_email_bounced_data, has_address_suppressed), -1, &apic_type_bool},
    {"bounced_at", 10, APIC_F_REQUIRED, offsetof(esauti_email_bounced_data, bounced_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_email_bounced_data_desc = {
    "email_bounced_data", sizeof(esauti_email_bounced_data), esauti_email_bounced_data_desc_Fields, 7,
    offsetof(esauti_email_bounced_data, unknown_fields),
    -1,
    NULL
};

void esauti_email_bounced_data_free(esauti_email_bounced_data *obj)
{
    apic_struct_free(&esauti_email_bounced_data_desc, obj);
}

int esauti_email_bounced_data_from_json(const char *json, size_t len, esauti_email_bounced_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_bounced_data_Type, json, len, &value, err);
    *out = (esauti_email_bounced_data *)value;
    return rc;
}

int esauti_email_bounced_data_to_json(const esauti_email_bounced_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_bounced_data_Type, obj, out, err);
}

/* sms_sent_data */
static const apic_field esauti_sms_sent_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_sms_sent_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_sms_sent_data, campaign_id), -1, -1, &apic_type_string},
    {"sender_id", 9, APIC_F_REQUIRED, offsetof(esauti_sms_sent_data, sender_id), -1, -1, &apic_type_string},
    {"segments", 8, APIC_F_REQUIRED, offsetof(esauti_sms_sent_data, segments), -1, -1, &apic_type_int32},
    {"category", 8, APIC_F_REQUIRED, offsetof(esauti_sms_sent_data, category), -1, -1, &esauti_sms_sent_data_category_Type},
    {"cost_amount", 11, 0, offsetof(esauti_sms_sent_data, cost_amount), offsetof(esauti_sms_sent_data, has_cost_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_sms_sent_data, currency), -1, -1, &esauti_string_currency_Type},
    {"sent_at", 7, APIC_F_REQUIRED, offsetof(esauti_sms_sent_data, sent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_sms_sent_data_desc = {
    "sms_sent_data", sizeof(esauti_sms_sent_data), esauti_sms_sent_data_desc_Fields, 8,
    offsetof(esauti_sms_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_sms_sent_data_free(esauti_sms_sent_data *obj)
{
    apic_struct_free(&esauti_sms_sent_data_desc, obj);
}

int esauti_sms_sent_data_from_json(const char *json, size_t len, esauti_sms_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_sms_sent_data_Type, json, len, &value, err);
    *out = (esauti_sms_sent_data *)value;
    return rc;
}

int esauti_sms_sent_data_to_json(const esauti_sms_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_sms_sent_data_Type, obj, out, err);
}

/* sms_delivered_data */
static const apic_field esauti_sms_delivered_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_sms_delivered_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_sms_delivered_data, campaign_id), -1, -1, &apic_type_string},
    {"network", 7, 0, offsetof(esauti_sms_delivered_data, network), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_sms_delivered_data, country), -1, -1, &esauti_string_country_Type},
    {"delivered_at", 12, APIC_F_REQUIRED, offsetof(esauti_sms_delivered_data, delivered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_sms_delivered_data_desc = {
    "sms_delivered_data", sizeof(esauti_sms_delivered_data), esauti_sms_delivered_data_desc_Fields, 5,
    offsetof(esauti_sms_delivered_data, unknown_fields),
    -1,
    NULL
};

void esauti_sms_delivered_data_free(esauti_sms_delivered_data *obj)
{
    apic_struct_free(&esauti_sms_delivered_data_desc, obj);
}

int esauti_sms_delivered_data_from_json(const char *json, size_t len, esauti_sms_delivered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_sms_delivered_data_Type, json, len, &value, err);
    *out = (esauti_sms_delivered_data *)value;
    return rc;
}

int esauti_sms_delivered_data_to_json(const esauti_sms_delivered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_sms_delivered_data_Type, obj, out, err);
}

/* sms_failed_data */
static const apic_field esauti_sms_failed_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_sms_failed_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_sms_failed_data, campaign_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_sms_failed_data, reason), -1, -1, &esauti_sms_failed_data_reason_Type},
    {"operator_code", 13, 0, offsetof(esauti_sms_failed_data, operator_code), -1, -1, &apic_type_string},
    {"permanent", 9, 0, offsetof(esauti_sms_failed_data, permanent), offsetof(esauti_sms_failed_data, has_permanent), -1, &apic_type_bool},
    {"failed_at", 9, APIC_F_REQUIRED, offsetof(esauti_sms_failed_data, failed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_sms_failed_data_desc = {
    "sms_failed_data", sizeof(esauti_sms_failed_data), esauti_sms_failed_data_desc_Fields, 6,
    offsetof(esauti_sms_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_sms_failed_data_free(esauti_sms_failed_data *obj)
{
    apic_struct_free(&esauti_sms_failed_data_desc, obj);
}

int esauti_sms_failed_data_from_json(const char *json, size_t len, esauti_sms_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_sms_failed_data_Type, json, len, &value, err);
    *out = (esauti_sms_failed_data *)value;
    return rc;
}

int esauti_sms_failed_data_to_json(const esauti_sms_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_sms_failed_data_Type, obj, out, err);
}

/* sms_clicked_data */
static const apic_field esauti_sms_clicked_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_sms_clicked_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_sms_clicked_data, campaign_id), -1, -1, &apic_type_string},
    {"url", 3, APIC_F_REQUIRED, offsetof(esauti_sms_clicked_data, url), -1, -1, &esauti_string_uri_Type},
    {"short_url", 9, 0, offsetof(esauti_sms_clicked_data, short_url), -1, -1, &esauti_string_uri_Type},
    {"user_agent", 10, 0, offsetof(esauti_sms_clicked_data, user_agent), -1, -1, &apic_type_string},
    {"clicked_at", 10, APIC_F_REQUIRED, offsetof(esauti_sms_clicked_data, clicked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_sms_clicked_data_desc = {
    "sms_clicked_data", sizeof(esauti_sms_clicked_data), esauti_sms_clicked_data_desc_Fields, 6,
    offsetof(esauti_sms_clicked_data, unknown_fields),
    -1,
    NULL
};

void esauti_sms_clicked_data_free(esauti_sms_clicked_data *obj)
{
    apic_struct_free(&esauti_sms_clicked_data_desc, obj);
}

int esauti_sms_clicked_data_from_json(const char *json, size_t len, esauti_sms_clicked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_sms_clicked_data_Type, json, len, &value, err);
    *out = (esauti_sms_clicked_data *)value;
    return rc;
}

int esauti_sms_clicked_data_to_json(const esauti_sms_clicked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_sms_clicked_data_Type, obj, out, err);
}

/* sms_opted_out_data */
static const apic_field esauti_sms_opted_out_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_sms_opted_out_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_sms_opted_out_data, campaign_id), -1, -1, &apic_type_string},
    {"keyword", 7, APIC_F_REQUIRED, offsetof(esauti_sms_opted_out_data, keyword), -1, -1, &apic_type_string},
    {"short_code", 10, 0, offsetof(esauti_sms_opted_out_data, short_code), -1, -1, &apic_type_string},
    {"opted_out_at", 12, APIC_F_REQUIRED, offsetof(esauti_sms_opted_out_data, opted_out_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_sms_opted_out_data_desc = {
    "sms_opted_out_data", sizeof(esauti_sms_opted_out_data), esauti_sms_opted_out_data_desc_Fields, 5,
    offsetof(esauti_sms_opted_out_data, unknown_fields),
    -1,
    NULL
};

void esauti_sms_opted_out_data_free(esauti_sms_opted_out_data *obj)
{
    apic_struct_free(&esauti_sms_opted_out_data_desc, obj);
}

int esauti_sms_opted_out_data_from_json(const char *json, size_t len, esauti_sms_opted_out_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_sms_opted_out_data_Type, json, len, &value, err);
    *out = (esauti_sms_opted_out_data *)value;
    return rc;
}

int esauti_sms_opted_out_data_to_json(const esauti_sms_opted_out_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_sms_opted_out_data_Type, obj, out, err);
}

/* whatsapp_sent_data */
static const apic_field esauti_whatsapp_sent_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_whatsapp_sent_data, message_id), -1, -1, &apic_type_string},
    {"wa_message_id", 13, 0, offsetof(esauti_whatsapp_sent_data, wa_message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_whatsapp_sent_data, campaign_id), -1, -1, &apic_type_string},
    {"message_type", 12, APIC_F_REQUIRED, offsetof(esauti_whatsapp_sent_data, message_type), -1, -1, &esauti_whatsapp_sent_data_message_type_Type},
    {"template_name", 13, 0, offsetof(esauti_whatsapp_sent_data, template_name), -1, -1, &apic_type_string},
    {"conversation_category", 21, APIC_F_REQUIRED, offsetof(esauti_whatsapp_sent_data, conversation_category), -1, -1, &esauti_whatsapp_sent_data_conversation_category_Type},
    {"sent_at", 7, APIC_F_REQUIRED, offsetof(esauti_whatsapp_sent_data, sent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_whatsapp_sent_data_desc = {
    "whatsapp_sent_data", sizeof(esauti_whatsapp_sent_data), esauti_whatsapp_sent_data_desc_Fields, 7,
    offsetof(esauti_whatsapp_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_whatsapp_sent_data_free(esauti_whatsapp_sent_data *obj)
{
    apic_struct_free(&esauti_whatsapp_sent_data_desc, obj);
}

int esauti_whatsapp_sent_data_from_json(const char *json, size_t len, esauti_whatsapp_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_whatsapp_sent_data_Type, json, len, &value, err);
    *out = (esauti_whatsapp_sent_data *)value;
    return rc;
}

int esauti_whatsapp_sent_data_to_json(const esauti_whatsapp_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_whatsapp_sent_data_Type, obj, out, err);
}

/* whatsapp_delivered_data */
static const apic_field esauti_whatsapp_delivered_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_whatsapp_delivered_data, message_id), -1, -1, &apic_type_string},
    {"wa_message_id", 13, 0, offsetof(esauti_whatsapp_delivered_data, wa_message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_whatsapp_delivered_data, campaign_id), -1, -1, &apic_type_string},
    {"delivered_at", 12, APIC_F_REQUIRED, offsetof(esauti_whatsapp_delivered_data, delivered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_whatsapp_delivered_data_desc = {
    "whatsapp_delivered_data", sizeof(esauti_whatsapp_delivered_data), esauti_whatsapp_delivered_data_desc_Fields, 4,
    offsetof(esauti_whatsapp_delivered_data, unknown_fields),
    -1,
    NULL
};

void esauti_whatsapp_delivered_data_free(esauti_whatsapp_delivered_data *obj)
{
    apic_struct_free(&esauti_whatsapp_delivered_data_desc, obj);
}

int esauti_whatsapp_delivered_data_from_json(const char *json, size_t len, esauti_whatsapp_delivered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_whatsapp_delivered_data_Type, json, len, &value, err);
    *out = (esauti_whatsapp_delivered_data *)value;
    return rc;
}

int esauti_whatsapp_delivered_data_to_json(const esauti_whatsapp_delivered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_whatsapp_delivered_data_Type, obj, out, err);
}

/* whatsapp_read_data */
static const apic_field esauti_whatsapp_read_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_whatsapp_read_data, message_id), -1, -1, &apic_type_string},
    {"wa_message_id", 13, 0, offsetof(esauti_whatsapp_read_data, wa_message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_whatsapp_read_data, campaign_id), -1, -1, &apic_type_string},
    {"read_at", 7, APIC_F_REQUIRED, offsetof(esauti_whatsapp_read_data, read_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_whatsapp_read_data_desc = {
    "whatsapp_read_data", sizeof(esauti_whatsapp_read_data), esauti_whatsapp_read_data_desc_Fields, 4,
    offsetof(esauti_whatsapp_read_data, unknown_fields),
    -1,
    NULL
};

void esauti_whatsapp_read_data_free(esauti_whatsapp_read_data *obj)
{
    apic_struct_free(&esauti_whatsapp_read_data_desc, obj);
}

int esauti_whatsapp_read_data_from_json(const char *json, size_t len, esauti_whatsapp_read_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_whatsapp_read_data_Type, json, len, &value, err);
    *out = (esauti_whatsapp_read_data *)value;
    return rc;
}

int esauti_whatsapp_read_data_to_json(const esauti_whatsapp_read_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_whatsapp_read_data_Type, obj, out, err);
}

/* whatsapp_clicked_data */
static const apic_field esauti_whatsapp_clicked_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_whatsapp_clicked_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_whatsapp_clicked_data, campaign_id), -1, -1, &apic_type_string},
    {"click_type", 10, APIC_F_REQUIRED, offsetof(esauti_whatsapp_clicked_data, click_type), -1, -1, &esauti_whatsapp_clicked_data_click_type_Type},
    {"button_text", 11, 0, offsetof(esauti_whatsapp_clicked_data, button_text), -1, -1, &apic_type_string},
    {"url", 3, 0, offsetof(esauti_whatsapp_clicked_data, url), -1, -1, &esauti_string_uri_Type},
    {"clicked_at", 10, APIC_F_REQUIRED, offsetof(esauti_whatsapp_clicked_data, clicked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_whatsapp_clicked_data_desc = {
    "whatsapp_clicked_data", sizeof(esauti_whatsapp_clicked_data), esauti_whatsapp_clicked_data_desc_Fields, 6,
    offsetof(esauti_whatsapp_clicked_data, unknown_fields),
    -1,
    NULL
};

void esauti_whatsapp_clicked_data_free(esauti_whatsapp_clicked_data *obj)
{
    apic_struct_free(&esauti_whatsapp_clicked_data_desc, obj);
}

int esauti_whatsapp_clicked_data_from_json(const char *json, size_t len, esauti_whatsapp_clicked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_whatsapp_clicked_data_Type, json, len, &value, err);
    *out = (esauti_whatsapp_clicked_data *)value;
    return rc;
}

int esauti_whatsapp_clicked_data_to_json(const esauti_whatsapp_clicked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_whatsapp_clicked_data_Type, obj, out, err);
}

/* whatsapp_failed_data */
static const apic_field esauti_whatsapp_failed_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_whatsapp_failed_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_whatsapp_failed_data, campaign_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_whatsapp_failed_data, reason), -1, -1, &esauti_whatsapp_failed_data_reason_Type},
    {"error_code", 10, 0, offsetof(esauti_whatsapp_failed_data, error_code), -1, -1, &apic_type_string},
    {"failed_at", 9, APIC_F_REQUIRED, offsetof(esauti_whatsapp_failed_data, failed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_whatsapp_failed_data_desc = {
    "whatsapp_failed_data", sizeof(esauti_whatsapp_failed_data), esauti_whatsapp_failed_data_desc_Fields, 5,
    offsetof(esauti_whatsapp_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_whatsapp_failed_data_free(esauti_whatsapp_failed_data *obj)
{
    apic_struct_free(&esauti_whatsapp_failed_data_desc, obj);
}

int esauti_whatsapp_failed_data_from_json(const char *json, size_t len, esauti_whatsapp_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_whatsapp_failed_data_Type, json, len, &value, err);
    *out = (esauti_whatsapp_failed_data *)value;
    return rc;
}

int esauti_whatsapp_failed_data_to_json(const esauti_whatsapp_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_whatsapp_failed_data_Type, obj, out, err);
}

/* push_sent_data */
static const apic_field esauti_push_sent_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_push_sent_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_push_sent_data, campaign_id), -1, -1, &apic_type_string},
    {"device_id", 9, APIC_F_REQUIRED, offsetof(esauti_push_sent_data, device_id), -1, -1, &apic_type_string},
    {"platform", 8, APIC_F_REQUIRED, offsetof(esauti_push_sent_data, platform), -1, -1, &esauti_push_sent_data_platform_Type},
    {"title", 5, 0, offsetof(esauti_push_sent_data, title), -1, -1, &apic_type_string},
    {"deep_link", 9, 0, offsetof(esauti_push_sent_data, deep_link), -1, -1, &esauti_string_uri_Type},
    {"sent_at", 7, APIC_F_REQUIRED, offsetof(esauti_push_sent_data, sent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_push_sent_data_desc = {
    "push_sent_data", sizeof(esauti_push_sent_data), esauti_push_sent_data_desc_Fields, 7,
    offsetof(esauti_push_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_push_sent_data_free(esauti_push_sent_data *obj)
{
    apic_struct_free(&esauti_push_sent_data_desc, obj);
}

int esauti_push_sent_data_from_json(const char *json, size_t len, esauti_push_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_push_sent_data_Type, json, len, &value, err);
    *out = (esauti_push_sent_data *)value;
    return rc;
}

int esauti_push_sent_data_to_json(const esauti_push_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_push_sent_data_Type, obj, out, err);
}

/* push_delivered_data */
static const apic_field esauti_push_delivered_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_push_delivered_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_push_delivered_data, campaign_id), -1, -1, &apic_type_string},
    {"device_id", 9, APIC_F_REQUIRED, offsetof(esauti_push_delivered_data, device_id), -1, -1, &apic_type_string},
    {"platform", 8, 0, offsetof(esauti_push_delivered_data, platform), offsetof(esauti_push_delivered_data, has_platform), -1, &esauti_push_delivered_data_platform_Type},
    {"delivered_at", 12, APIC_F_REQUIRED, offsetof(esauti_push_delivered_data, delivered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_push_delivered_data_desc = {
    "push_delivered_data", sizeof(esauti_push_delivered_data), esauti_push_delivered_data_desc_Fields, 5,
    offsetof(esauti_push_delivered_data, unknown_fields),
    -1,
    NULL
};

void esauti_push_delivered_data_free(esauti_push_delivered_data *obj)
{
    apic_struct_free(&esauti_push_delivered_data_desc, obj);
}

int esauti_push_delivered_data_from_json(const char *json, size_t len, esauti_push_delivered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_push_delivered_data_Type, json, len, &value, err);
    *out = (esauti_push_delivered_data *)value;
    return rc;
}

int esauti_push_delivered_data_to_json(const esauti_push_delivered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_push_delivered_data_Type, obj, out, err);
}

/* push_opened_data */
static const apic_field esauti_push_opened_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_push_opened_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_push_opened_data, campaign_id), -1, -1, &apic_type_string},
    {"device_id", 9, APIC_F_REQUIRED, offsetof(esauti_push_opened_data, device_id), -1, -1, &apic_type_string},
    {"platform", 8, 0, offsetof(esauti_push_opened_data, platform), offsetof(esauti_push_opened_data, has_platform), -1, &esauti_push_opened_data_platform_Type},
    {"action_id", 9, 0, offsetof(esauti_push_opened_data, action_id), -1, -1, &apic_type_string},
    {"opened_at", 9, APIC_F_REQUIRED, offsetof(esauti_push_opened_data, opened_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_push_opened_data_desc = {
    "push_opened_data", sizeof(esauti_push_opened_data), esauti_push_opened_data_desc_Fields, 6,
    offsetof(esauti_push_opened_data, unknown_fields),
    -1,
    NULL
};

void esauti_push_opened_data_free(esauti_push_opened_data *obj)
{
    apic_struct_free(&esauti_push_opened_data_desc, obj);
}

int esauti_push_opened_data_from_json(const char *json, size_t len, esauti_push_opened_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_push_opened_data_Type, json, len, &value, err);
    *out = (esauti_push_opened_data *)value;
    return rc;
}

int esauti_push_opened_data_to_json(const esauti_push_opened_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_push_opened_data_Type, obj, out, err);
}

/* push_dismissed_data */
static const apic_field esauti_push_dismissed_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_push_dismissed_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_push_dismissed_data, campaign_id), -1, -1, &apic_type_string},
    {"device_id", 9, APIC_F_REQUIRED, offsetof(esauti_push_dismissed_data, device_id), -1, -1, &apic_type_string},
    {"platform", 8, 0, offsetof(esauti_push_dismissed_data, platform), offsetof(esauti_push_dismissed_data, has_platform), -1, &esauti_push_dismissed_data_platform_Type},
    {"dismissed_at", 12, APIC_F_REQUIRED, offsetof(esauti_push_dismissed_data, dismissed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_push_dismissed_data_desc = {
    "push_dismissed_data", sizeof(esauti_push_dismissed_data), esauti_push_dismissed_data_desc_Fields, 5,
    offsetof(esauti_push_dismissed_data, unknown_fields),
    -1,
    NULL
};

void esauti_push_dismissed_data_free(esauti_push_dismissed_data *obj)
{
    apic_struct_free(&esauti_push_dismissed_data_desc, obj);
}

int esauti_push_dismissed_data_from_json(const char *json, size_t len, esauti_push_dismissed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_push_dismissed_data_Type, json, len, &value, err);
    *out = (esauti_push_dismissed_data *)value;
    return rc;
}

int esauti_push_dismissed_data_to_json(const esauti_push_dismissed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_push_dismissed_data_Type, obj, out, err);
}

/* push_failed_data */
static const apic_field esauti_push_failed_data_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(esauti_push_failed_data, message_id), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_push_failed_data, campaign_id), -1, -1, &apic_type_string},
    {"device_id", 9, APIC_F_REQUIRED, offsetof(esauti_push_failed_data, device_id), -1, -1, &apic_type_string},
    {"platform", 8, 0, offsetof(esauti_push_failed_data, platform), offsetof(esauti_push_failed_data, has_platform), -1, &esauti_push_failed_data_platform_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_push_failed_data, reason), -1, -1, &esauti_push_failed_data_reason_Type},
    {"device_disabled", 15, 0, offsetof(esauti_push_failed_data, device_disabled), offsetof(esauti_push_failed_data, has_device_disabled), -1, &apic_type_bool},
    {"failed_at", 9, APIC_F_REQUIRED, offsetof(esauti_push_failed_data, failed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_push_failed_data_desc = {
    "push_failed_data", sizeof(esauti_push_failed_data), esauti_push_failed_data_desc_Fields, 7,
    offsetof(esauti_push_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_push_failed_data_free(esauti_push_failed_data *obj)
{
    apic_struct_free(&esauti_push_failed_data_desc, obj);
}

int esauti_push_failed_data_from_json(const char *json, size_t len, esauti_push_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_push_failed_data_Type, json, len, &value, err);
    *out = (esauti_push_failed_data *)value;
    return rc;
}

int esauti_push_failed_data_to_json(const esauti_push_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_push_failed_data_Type, obj, out, err);
}

/* campaign_entered_data */
static const apic_field esauti_campaign_entered_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_entered_data, campaign_id), -1, -1, &apic_type_string},
    {"campaign_name", 13, 0, offsetof(esauti_campaign_entered_data, campaign_name), -1, -1, &apic_type_string},
    {"campaign_type", 13, APIC_F_REQUIRED, offsetof(esauti_campaign_entered_data, campaign_type), -1, -1, &esauti_campaign_entered_data_campaign_type_Type},
    {"entry_source", 12, APIC_F_REQUIRED, offsetof(esauti_campaign_entered_data, entry_source), -1, -1, &esauti_campaign_entered_data_entry_source_Type},
    {"trigger_event", 13, 0, offsetof(esauti_campaign_entered_data, trigger_event), -1, -1, &apic_type_string},
    {"segment_id", 10, 0, offsetof(esauti_campaign_entered_data, segment_id), -1, -1, &apic_type_string},
    {"entered_at", 10, APIC_F_REQUIRED, offsetof(esauti_campaign_entered_data, entered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_entered_data_desc = {
    "campaign_entered_data", sizeof(esauti_campaign_entered_data), esauti_campaign_entered_data_desc_Fields, 7,
    offsetof(esauti_campaign_entered_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_entered_data_free(esauti_campaign_entered_data *obj)
{
    apic_struct_free(&esauti_campaign_entered_data_desc, obj);
}

int esauti_campaign_entered_data_from_json(const char *json, size_t len, esauti_campaign_entered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_entered_data_Type, json, len, &value, err);
    *out = (esauti_campaign_entered_data *)value;
    return rc;
}

int esauti_campaign_entered_data_to_json(const esauti_campaign_entered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_entered_data_Type, obj, out, err);
}

/* campaign_variant_assigned_data */
static const apic_field esauti_campaign_variant_assigned_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_variant_assigned_data, campaign_id), -1, -1, &apic_type_string},
    {"experiment_id", 13, APIC_F_REQUIRED, offsetof(esauti_campaign_variant_assigned_data, experiment_id), -1, -1, &apic_type_string},
    {"variant", 7, APIC_F_REQUIRED, offsetof(esauti_campaign_variant_assigned_data, variant), -1, -1, &apic_type_string},
    {"is_control", 10, APIC_F_REQUIRED, offsetof(esauti_campaign_variant_assigned_data, is_control), -1, -1, &apic_type_bool},
    {"split_percent", 13, 0, offsetof(esauti_campaign_variant_assigned_data, split_percent), offsetof(esauti_campaign_variant_assigned_data, has_split_percent), -1, &apic_type_double},
    {"assigned_at", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_variant_assigned_data, assigned_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_variant_assigned_data_desc = {
    "campaign_variant_assigned_data", sizeof(esauti_campaign_variant_assigned_data), esauti_campaign_variant_assigned_data_desc_Fields, 6,
    offsetof(esauti_campaign_variant_assigned_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_variant_assigned_data_free(esauti_campaign_variant_assigned_data *obj)
{
    apic_struct_free(&esauti_campaign_variant_assigned_data_desc, obj);
}

int esauti_campaign_variant_assigned_data_from_json(const char *json, size_t len, esauti_campaign_variant_assigned_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_variant_assigned_data_Type, json, len, &value, err);
    *out = (esauti_campaign_variant_assigned_data *)value;
    return rc;
}

int esauti_campaign_variant_assigned_data_to_json(const esauti_campaign_variant_assigned_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_variant_assigned_data_Type, obj, out, err);
}

/* campaign_step_completed_data */
static const apic_field esauti_campaign_step_completed_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_step_completed_data, campaign_id), -1, -1, &apic_type_string},
    {"step_id", 7, APIC_F_REQUIRED, offsetof(esauti_campaign_step_completed_data, step_id), -1, -1, &apic_type_string},
    {"step_type", 9, APIC_F_REQUIRED, offsetof(esauti_campaign_step_completed_data, step_type), -1, -1, &esauti_campaign_step_completed_data_step_type_Type},
    {"branch", 6, 0, offsetof(esauti_campaign_step_completed_data, branch), -1, -1, &apic_type_string},
    {"next_step_id", 12, 0, offsetof(esauti_campaign_step_completed_data, next_step_id), -1, -1, &apic_type_string},
    {"completed_at", 12, APIC_F_REQUIRED, offsetof(esauti_campaign_step_completed_data, completed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_step_completed_data_desc = {
    "campaign_step_completed_data", sizeof(esauti_campaign_step_completed_data), esauti_campaign_step_completed_data_desc_Fields, 6,
    offsetof(esauti_campaign_step_completed_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_step_completed_data_free(esauti_campaign_step_completed_data *obj)
{
    apic_struct_free(&esauti_campaign_step_completed_data_desc, obj);
}

int esauti_campaign_step_completed_data_from_json(const char *json, size_t len, esauti_campaign_step_completed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_step_completed_data_Type, json, len, &value, err);
    *out = (esauti_campaign_step_completed_data *)value;
    return rc;
}

int esauti_campaign_step_completed_data_to_json(const esauti_campaign_step_completed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_step_completed_data_Type, obj, out, err);
}

/* campaign_message_suppressed_data */
static const apic_field esauti_campaign_message_suppressed_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_message_suppressed_data, campaign_id), -1, -1, &apic_type_string},
    {"step_id", 7, 0, offsetof(esauti_campaign_message_suppressed_data, step_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_campaign_message_suppressed_data, channel), -1, -1, &esauti_campaign_message_suppressed_data_channel_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_campaign_message_suppressed_data, reason), -1, -1, &esauti_campaign_message_suppressed_data_reason_Type},
    {"rescheduled_for", 15, 0, offsetof(esauti_campaign_message_suppressed_data, rescheduled_for), -1, -1, &esauti_string_date_time_Type},
    {"suppressed_at", 13, APIC_F_REQUIRED, offsetof(esauti_campaign_message_suppressed_data, suppressed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_message_suppressed_data_desc = {
    "campaign_message_suppressed_data", sizeof(esauti_campaign_message_suppressed_data), esauti_campaign_message_suppressed_data_desc_Fields, 6,
    offsetof(esauti_campaign_message_suppressed_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_message_suppressed_data_free(esauti_campaign_message_suppressed_data *obj)
{
    apic_struct_free(&esauti_campaign_message_suppressed_data_desc, obj);
}

int esauti_campaign_message_suppressed_data_from_json(const char *json, size_t len, esauti_campaign_message_suppressed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_message_suppressed_data_Type, json, len, &value, err);
    *out = (esauti_campaign_message_suppressed_data *)value;
    return rc;
}

int esauti_campaign_message_suppressed_data_to_json(const esauti_campaign_message_suppressed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_message_suppressed_data_Type, obj, out, err);
}

/* campaign_goal_reached_data */
static const apic_field esauti_campaign_goal_reached_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_goal_reached_data, campaign_id), -1, -1, &apic_type_string},
    {"goal", 4, APIC_F_REQUIRED, offsetof(esauti_campaign_goal_reached_data, goal), -1, -1, &apic_type_string},
    {"reached_at", 10, APIC_F_REQUIRED, offsetof(esauti_campaign_goal_reached_data, reached_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_goal_reached_data_desc = {
    "campaign_goal_reached_data", sizeof(esauti_campaign_goal_reached_data), esauti_campaign_goal_reached_data_desc_Fields, 3,
    offsetof(esauti_campaign_goal_reached_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_goal_reached_data_free(esauti_campaign_goal_reached_data *obj)
{
    apic_struct_free(&esauti_campaign_goal_reached_data_desc, obj);
}

int esauti_campaign_goal_reached_data_from_json(const char *json, size_t len, esauti_campaign_goal_reached_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_goal_reached_data_Type, json, len, &value, err);
    *out = (esauti_campaign_goal_reached_data *)value;
    return rc;
}

int esauti_campaign_goal_reached_data_to_json(const esauti_campaign_goal_reached_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_goal_reached_data_Type, obj, out, err);
}

/* campaign_converted_data */
static const apic_field esauti_campaign_converted_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_converted_data, campaign_id), -1, -1, &apic_type_string},
    {"goal_type", 9, APIC_F_REQUIRED, offsetof(esauti_campaign_converted_data, goal_type), -1, -1, &esauti_campaign_converted_data_goal_type_Type},
    {"order_id", 8, 0, offsetof(esauti_campaign_converted_data, order_id), -1, -1, &apic_type_string},
    {"revenue_amount", 14, 0, offsetof(esauti_campaign_converted_data, revenue_amount), offsetof(esauti_campaign_converted_data, has_revenue_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_campaign_converted_data, currency), -1, -1, &esauti_string_currency_Type},
    {"attributed_message_id", 21, 0, offsetof(esauti_campaign_converted_data, attributed_message_id), -1, -1, &apic_type_string},
    {"attributed_channel", 18, 0, offsetof(esauti_campaign_converted_data, attributed_channel), offsetof(esauti_campaign_converted_data, has_attributed_channel), -1, &esauti_campaign_converted_data_attributed_channel_Type},
    {"attribution_model", 17, 0, offsetof(esauti_campaign_converted_data, attribution_model), offsetof(esauti_campaign_converted_data, has_attribution_model), -1, &esauti_campaign_converted_data_attribution_model_Type},
    {"converted_at", 12, APIC_F_REQUIRED, offsetof(esauti_campaign_converted_data, converted_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_converted_data_desc = {
    "campaign_converted_data", sizeof(esauti_campaign_converted_data), esauti_campaign_converted_data_desc_Fields, 9,
    offsetof(esauti_campaign_converted_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_converted_data_free(esauti_campaign_converted_data *obj)
{
    apic_struct_free(&esauti_campaign_converted_data_desc, obj);
}

int esauti_campaign_converted_data_from_json(const char *json, size_t len, esauti_campaign_converted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_converted_data_Type, json, len, &value, err);
    *out = (esauti_campaign_converted_data *)value;
    return rc;
}

int esauti_campaign_converted_data_to_json(const esauti_campaign_converted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_converted_data_Type, obj, out, err);
}

/* campaign_unsubscribed_data */
static const apic_field esauti_campaign_unsubscribed_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_unsubscribed_data, campaign_id), -1, -1, &apic_type_string},
    {"message_id", 10, 0, offsetof(esauti_campaign_unsubscribed_data, message_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_campaign_unsubscribed_data, channel), -1, -1, &esauti_campaign_unsubscribed_data_channel_Type},
    {"scope", 5, APIC_F_REQUIRED, offsetof(esauti_campaign_unsubscribed_data, scope), -1, -1, &esauti_campaign_unsubscribed_data_scope_Type},
    {"reason", 6, 0, offsetof(esauti_campaign_unsubscribed_data, reason), offsetof(esauti_campaign_unsubscribed_data, has_reason), -1, &esauti_campaign_unsubscribed_data_reason_Type},
    {"unsubscribed_at", 15, APIC_F_REQUIRED, offsetof(esauti_campaign_unsubscribed_data, unsubscribed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_unsubscribed_data_desc = {
    "campaign_unsubscribed_data", sizeof(esauti_campaign_unsubscribed_data), esauti_campaign_unsubscribed_data_desc_Fields, 6,
    offsetof(esauti_campaign_unsubscribed_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_unsubscribed_data_free(esauti_campaign_unsubscribed_data *obj)
{
    apic_struct_free(&esauti_campaign_unsubscribed_data_desc, obj);
}

int esauti_campaign_unsubscribed_data_from_json(const char *json, size_t len, esauti_campaign_unsubscribed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_unsubscribed_data_Type, json, len, &value, err);
    *out = (esauti_campaign_unsubscribed_data *)value;
    return rc;
}

int esauti_campaign_unsubscribed_data_to_json(const esauti_campaign_unsubscribed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_unsubscribed_data_Type, obj, out, err);
}

/* campaign_coupon_issued_data */
static const apic_field esauti_campaign_coupon_issued_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_coupon_issued_data, campaign_id), -1, -1, &apic_type_string},
    {"coupon_code", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_coupon_issued_data, coupon_code), -1, -1, &apic_type_string},
    {"discount_type", 13, APIC_F_REQUIRED, offsetof(esauti_campaign_coupon_issued_data, discount_type), -1, -1, &esauti_campaign_coupon_issued_data_discount_type_Type},
    {"percent_off", 11, 0, offsetof(esauti_campaign_coupon_issued_data, percent_off), offsetof(esauti_campaign_coupon_issued_data, has_percent_off), -1, &apic_type_double},
    {"amount_off", 10, 0, offsetof(esauti_campaign_coupon_issued_data, amount_off), offsetof(esauti_campaign_coupon_issued_data, has_amount_off), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_campaign_coupon_issued_data, currency), -1, -1, &esauti_string_currency_Type},
    {"expires_at", 10, APIC_F_REQUIRED, offsetof(esauti_campaign_coupon_issued_data, expires_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_coupon_issued_data_desc = {
    "campaign_coupon_issued_data", sizeof(esauti_campaign_coupon_issued_data), esauti_campaign_coupon_issued_data_desc_Fields, 7,
    offsetof(esauti_campaign_coupon_issued_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_coupon_issued_data_free(esauti_campaign_coupon_issued_data *obj)
{
    apic_struct_free(&esauti_campaign_coupon_issued_data_desc, obj);
}

int esauti_campaign_coupon_issued_data_from_json(const char *json, size_t len, esauti_campaign_coupon_issued_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_coupon_issued_data_Type, json, len, &value, err);
    *out = (esauti_campaign_coupon_issued_data *)value;
    return rc;
}

int esauti_campaign_coupon_issued_data_to_json(const esauti_campaign_coupon_issued_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_coupon_issued_data_Type, obj, out, err);
}

/* campaign_exited_data */
static const apic_field esauti_campaign_exited_data_desc_Fields[] = {
    {"campaign_id", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_exited_data, campaign_id), -1, -1, &apic_type_string},
    {"exit_reason", 11, APIC_F_REQUIRED, offsetof(esauti_campaign_exited_data, exit_reason), -1, -1, &esauti_campaign_exited_data_exit_reason_Type},
    {"last_step_id", 12, 0, offsetof(esauti_campaign_exited_data, last_step_id), -1, -1, &apic_type_string},
    {"messages_sent", 13, 0, offsetof(esauti_campaign_exited_data, messages_sent), offsetof(esauti_campaign_exited_data, has_messages_sent), -1, &apic_type_int32},
    {"exited_at", 9, APIC_F_REQUIRED, offsetof(esauti_campaign_exited_data, exited_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_exited_data_desc = {
    "campaign_exited_data", sizeof(esauti_campaign_exited_data), esauti_campaign_exited_data_desc_Fields, 5,
    offsetof(esauti_campaign_exited_data, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_exited_data_free(esauti_campaign_exited_data *obj)
{
    apic_struct_free(&esauti_campaign_exited_data_desc, obj);
}

int esauti_campaign_exited_data_from_json(const char *json, size_t len, esauti_campaign_exited_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_exited_data_Type, json, len, &value, err);
    *out = (esauti_campaign_exited_data *)value;
    return rc;
}

int esauti_campaign_exited_data_to_json(const esauti_campaign_exited_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_exited_data_Type, obj, out, err);
}

/* form_viewed_data */
static const apic_field esauti_form_viewed_data_desc_Fields[] = {
    {"form_id", 7, APIC_F_REQUIRED, offsetof(esauti_form_viewed_data, form_id), -1, -1, &apic_type_string},
    {"form_name", 9, 0, offsetof(esauti_form_viewed_data, form_name), -1, -1, &apic_type_string},
    {"display_type", 12, APIC_F_REQUIRED, offsetof(esauti_form_viewed_data, display_type), -1, -1, &esauti_form_viewed_data_display_type_Type},
    {"page_url", 8, APIC_F_REQUIRED, offsetof(esauti_form_viewed_data, page_url), -1, -1, &esauti_string_uri_Type},
    {"referrer_url", 12, 0, offsetof(esauti_form_viewed_data, referrer_url), -1, -1, &esauti_string_uri_Type},
    {"viewed_at", 9, APIC_F_REQUIRED, offsetof(esauti_form_viewed_data, viewed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_form_viewed_data_desc = {
    "form_viewed_data", sizeof(esauti_form_viewed_data), esauti_form_viewed_data_desc_Fields, 6,
    offsetof(esauti_form_viewed_data, unknown_fields),
    -1,
    NULL
};

void esauti_form_viewed_data_free(esauti_form_viewed_data *obj)
{
    apic_struct_free(&esauti_form_viewed_data_desc, obj);
}

int esauti_form_viewed_data_from_json(const char *json, size_t len, esauti_form_viewed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_viewed_data_Type, json, len, &value, err);
    *out = (esauti_form_viewed_data *)value;
    return rc;
}

int esauti_form_viewed_data_to_json(const esauti_form_viewed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_viewed_data_Type, obj, out, err);
}

/* form_started_data */
static const apic_field esauti_form_started_data_desc_Fields[] = {
    {"form_id", 7, APIC_F_REQUIRED, offsetof(esauti_form_started_data, form_id), -1, -1, &apic_type_string},
    {"form_name", 9, 0, offsetof(esauti_form_started_data, form_name), -1, -1, &apic_type_string},
    {"page_url", 8, APIC_F_REQUIRED, offsetof(esauti_form_started_data, page_url), -1, -1, &esauti_string_uri_Type},
    {"first_field", 11, 0, offsetof(esauti_form_started_data, first_field), -1, -1, &apic_type_string},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(esauti_form_started_data, started_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_form_started_data_desc = {
    "form_started_data", sizeof(esauti_form_started_data), esauti_form_started_data_desc_Fields, 5,
    offsetof(esauti_form_started_data, unknown_fields),
    -1,
    NULL
};

void esauti_form_started_data_free(esauti_form_started_data *obj)
{
    apic_struct_free(&esauti_form_started_data_desc, obj);
}

int esauti_form_started_data_from_json(const char *json, size_t len, esauti_form_started_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_started_data_Type, json, len, &value, err);
    *out = (esauti_form_started_data *)value;
    return rc;
}

int esauti_form_started_data_to_json(const esauti_form_started_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_started_data_Type, obj, out, err);
}

/* form_submitted_data */
static const apic_field esauti_form_submitted_data_desc_Fields[] = {
    {"form_id", 7, APIC_F_REQUIRED, offsetof(esauti_form_submitted_data, form_id), -1, -1, &apic_type_string},
    {"submission_id", 13, APIC_F_REQUIRED, offsetof(esauti_form_submitted_data, submission_id), -1, -1, &esauti_string_uuid_Type},
    {"page_url", 8, 0, offsetof(esauti_form_submitted_data, page_url), -1, -1, &esauti_string_uri_Type},
    {"contact", 7, APIC_F_REQUIRED, offsetof(esauti_form_submitted_data, contact), -1, -1, &esauti_form_submitted_data_contact_Type},
    {"consents", 8, 0, offsetof(esauti_form_submitted_data, consents), offsetof(esauti_form_submitted_data, has_consents), -1, &esauti_form_submitted_data_consents_item_array_Type},
    {"fields", 6, APIC_F_PII, offsetof(esauti_form_submitted_data, fields), offsetof(esauti_form_submitted_data, has_fields), -1, &esauti_string_map_Type},
    {"submitted_at", 12, APIC_F_REQUIRED, offsetof(esauti_form_submitted_data, submitted_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_form_submitted_data_desc = {
    "form_submitted_data", sizeof(esauti_form_submitted_data), esauti_form_submitted_data_desc_Fields, 7,
    offsetof(esauti_form_submitted_data, unknown_fields),
    -1,
    NULL
};

void esauti_form_submitted_data_free(esauti_form_submitted_data *obj)
{
    apic_struct_free(&esauti_form_submitted_data_desc, obj);
}

int esauti_form_submitted_data_from_json(const char *json, size_t len, esauti_form_submitted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submitted_data_Type, json, len, &value, err);
    *out = (esauti_form_submitted_data *)value;
    return rc;
}

int esauti_form_submitted_data_to_json(const esauti_form_submitted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submitted_data_Type, obj, out, err);
}

/* form_submitted_data.contact */
static const apic_field esauti_form_submitted_data_contact_desc_Fields[] = {
    {"first_name", 10, APIC_F_PII, offsetof(esauti_form_submitted_data_contact, first_name), -1, -1, &apic_type_string},
    {"last_name", 9, APIC_F_PII, offsetof(esauti_form_submitted_data_contact, last_name), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_PII, offsetof(esauti_form_submitted_data_contact, email), -1, -1, &esauti_string_email_Type},
    {"phone", 5, APIC_F_PII, offsetof(esauti_form_submitted_data_contact, phone), -1, -1, &esauti_string_phone_Type},
    {"country", 7, 0, offsetof(esauti_form_submitted_data_contact, country), -1, -1, &esauti_string_country_Type},
};
const apic_struct_desc esauti_form_submitted_data_contact_desc = {
    "form_submitted_data.contact", sizeof(esauti_form_submitted_data_contact), esauti_form_submitted_data_contact_desc_Fields, 5,
    offsetof(esauti_form_submitted_data_contact, unknown_fields),
    -1,
    NULL
};

void esauti_form_submitted_data_contact_free(esauti_form_submitted_data_contact *obj)
{
    apic_struct_free(&esauti_form_submitted_data_contact_desc, obj);
}

int esauti_form_submitted_data_contact_from_json(const char *json, size_t len, esauti_form_submitted_data_contact **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submitted_data_contact_Type, json, len, &value, err);
    *out = (esauti_form_submitted_data_contact *)value;
    return rc;
}

int esauti_form_submitted_data_contact_to_json(const esauti_form_submitted_data_contact *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submitted_data_contact_Type, obj, out, err);
}

/* form_submitted_data.consents.item */
static const apic_field esauti_form_submitted_data_consents_item_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_form_submitted_data_consents_item, channel), -1, -1, &esauti_form_submitted_data_consents_item_channel_Type},
    {"granted", 7, APIC_F_REQUIRED, offsetof(esauti_form_submitted_data_consents_item, granted), -1, -1, &apic_type_bool},
};
const apic_struct_desc esauti_form_submitted_data_consents_item_desc = {
    "form_submitted_data.consents.item", sizeof(esauti_form_submitted_data_consents_item), esauti_form_submitted_data_consents_item_desc_Fields, 2,
    offsetof(esauti_form_submitted_data_consents_item, unknown_fields),
    -1,
    NULL
};

void esauti_form_submitted_data_consents_item_free(esauti_form_submitted_data_consents_item *obj)
{
    apic_struct_free(&esauti_form_submitted_data_consents_item_desc, obj);
}

int esauti_form_submitted_data_consents_item_from_json(const char *json, size_t len, esauti_form_submitted_data_consents_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submitted_data_consents_item_Type, json, len, &value, err);
    *out = (esauti_form_submitted_data_consents_item *)value;
    return rc;
}

int esauti_form_submitted_data_consents_item_to_json(const esauti_form_submitted_data_consents_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submitted_data_consents_item_Type, obj, out, err);
}

/* form_abandoned_data */
static const apic_field esauti_form_abandoned_data_desc_Fields[] = {
    {"form_id", 7, APIC_F_REQUIRED, offsetof(esauti_form_abandoned_data, form_id), -1, -1, &apic_type_string},
    {"page_url", 8, 0, offsetof(esauti_form_abandoned_data, page_url), -1, -1, &esauti_string_uri_Type},
    {"last_field", 10, APIC_F_REQUIRED, offsetof(esauti_form_abandoned_data, last_field), -1, -1, &apic_type_string},
    {"fields_completed", 16, 0, offsetof(esauti_form_abandoned_data, fields_completed), offsetof(esauti_form_abandoned_data, has_fields_completed), -1, &apic_type_int32},
    {"fields_total", 12, 0, offsetof(esauti_form_abandoned_data, fields_total), offsetof(esauti_form_abandoned_data, has_fields_total), -1, &apic_type_int32},
    {"abandoned_at", 12, APIC_F_REQUIRED, offsetof(esauti_form_abandoned_data, abandoned_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_form_abandoned_data_desc = {
    "form_abandoned_data", sizeof(esauti_form_abandoned_data), esauti_form_abandoned_data_desc_Fields, 6,
    offsetof(esauti_form_abandoned_data, unknown_fields),
    -1,
    NULL
};

void esauti_form_abandoned_data_free(esauti_form_abandoned_data *obj)
{
    apic_struct_free(&esauti_form_abandoned_data_desc, obj);
}

int esauti_form_abandoned_data_from_json(const char *json, size_t len, esauti_form_abandoned_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_abandoned_data_Type, json, len, &value, err);
    *out = (esauti_form_abandoned_data *)value;
    return rc;
}

int esauti_form_abandoned_data_to_json(const esauti_form_abandoned_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_abandoned_data_Type, obj, out, err);
}

/* form_submission_rejected_data */
static const apic_field esauti_form_submission_rejected_data_desc_Fields[] = {
    {"form_id", 7, APIC_F_REQUIRED, offsetof(esauti_form_submission_rejected_data, form_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_form_submission_rejected_data, reason), -1, -1, &esauti_form_submission_rejected_data_reason_Type},
    {"invalid_fields", 14, 0, offsetof(esauti_form_submission_rejected_data, invalid_fields), offsetof(esauti_form_submission_rejected_data, has_invalid_fields), -1, &esauti_string_array_Type},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_form_submission_rejected_data, ip_address), -1, -1, &apic_type_string},
    {"rejected_at", 11, APIC_F_REQUIRED, offsetof(esauti_form_submission_rejected_data, rejected_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_form_submission_rejected_data_desc = {
    "form_submission_rejected_data", sizeof(esauti_form_submission_rejected_data), esauti_form_submission_rejected_data_desc_Fields, 5,
    offsetof(esauti_form_submission_rejected_data, unknown_fields),
    -1,
    NULL
};

void esauti_form_submission_rejected_data_free(esauti_form_submission_rejected_data *obj)
{
    apic_struct_free(&esauti_form_submission_rejected_data_desc, obj);
}

int esauti_form_submission_rejected_data_from_json(const char *json, size_t len, esauti_form_submission_rejected_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submission_rejected_data_Type, json, len, &value, err);
    *out = (esauti_form_submission_rejected_data *)value;
    return rc;
}

int esauti_form_submission_rejected_data_to_json(const esauti_form_submission_rejected_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submission_rejected_data_Type, obj, out, err);
}

/* survey_sent_data */
static const apic_field esauti_survey_sent_data_desc_Fields[] = {
    {"survey_id", 9, APIC_F_REQUIRED, offsetof(esauti_survey_sent_data, survey_id), -1, -1, &apic_type_string},
    {"survey_type", 11, APIC_F_REQUIRED, offsetof(esauti_survey_sent_data, survey_type), -1, -1, &esauti_survey_sent_data_survey_type_Type},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_survey_sent_data, channel), -1, -1, &esauti_survey_sent_data_channel_Type},
    {"trigger", 7, 0, offsetof(esauti_survey_sent_data, trigger), -1, -1, &apic_type_string},
    {"survey_url", 10, 0, offsetof(esauti_survey_sent_data, survey_url), -1, -1, &esauti_string_uri_Type},
    {"sent_at", 7, APIC_F_REQUIRED, offsetof(esauti_survey_sent_data, sent_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_survey_sent_data_desc = {
    "survey_sent_data", sizeof(esauti_survey_sent_data), esauti_survey_sent_data_desc_Fields, 6,
    offsetof(esauti_survey_sent_data, unknown_fields),
    -1,
    NULL
};

void esauti_survey_sent_data_free(esauti_survey_sent_data *obj)
{
    apic_struct_free(&esauti_survey_sent_data_desc, obj);
}

int esauti_survey_sent_data_from_json(const char *json, size_t len, esauti_survey_sent_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_survey_sent_data_Type, json, len, &value, err);
    *out = (esauti_survey_sent_data *)value;
    return rc;
}

int esauti_survey_sent_data_to_json(const esauti_survey_sent_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_survey_sent_data_Type, obj, out, err);
}

/* survey_started_data */
static const apic_field esauti_survey_started_data_desc_Fields[] = {
    {"survey_id", 9, APIC_F_REQUIRED, offsetof(esauti_survey_started_data, survey_id), -1, -1, &apic_type_string},
    {"response_id", 11, APIC_F_REQUIRED, offsetof(esauti_survey_started_data, response_id), -1, -1, &esauti_string_uuid_Type},
    {"channel", 7, 0, offsetof(esauti_survey_started_data, channel), offsetof(esauti_survey_started_data, has_channel), -1, &esauti_survey_started_data_channel_Type},
    {"question_count", 14, 0, offsetof(esauti_survey_started_data, question_count), offsetof(esauti_survey_started_data, has_question_count), -1, &apic_type_int32},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(esauti_survey_started_data, started_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_survey_started_data_desc = {
    "survey_started_data", sizeof(esauti_survey_started_data), esauti_survey_started_data_desc_Fields, 5,
    offsetof(esauti_survey_started_data, unknown_fields),
    -1,
    NULL
};

void esauti_survey_started_data_free(esauti_survey_started_data *obj)
{
    apic_struct_free(&esauti_survey_started_data_desc, obj);
}

int esauti_survey_started_data_from_json(const char *json, size_t len, esauti_survey_started_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_survey_started_data_Type, json, len, &value, err);
    *out = (esauti_survey_started_data *)value;
    return rc;
}

int esauti_survey_started_data_to_json(const esauti_survey_started_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_survey_started_data_Type, obj, out, err);
}

/* survey_completed_data */
static const apic_field esauti_survey_completed_data_desc_Fields[] = {
    {"survey_id", 9, APIC_F_REQUIRED, offsetof(esauti_survey_completed_data, survey_id), -1, -1, &apic_type_string},
    {"response_id", 11, APIC_F_REQUIRED, offsetof(esauti_survey_completed_data, response_id), -1, -1, &esauti_string_uuid_Type},
    {"survey_type", 11, APIC_F_REQUIRED, offsetof(esauti_survey_completed_data, survey_type), -1, -1, &esauti_survey_completed_data_survey_type_Type},
    {"score", 5, 0, offsetof(esauti_survey_completed_data, score), offsetof(esauti_survey_completed_data, has_score), -1, &apic_type_int32},
    {"nps_group", 9, 0, offsetof(esauti_survey_completed_data, nps_group), offsetof(esauti_survey_completed_data, has_nps_group), -1, &esauti_survey_completed_data_nps_group_Type},
    {"answers", 7, 0, offsetof(esauti_survey_completed_data, answers), offsetof(esauti_survey_completed_data, has_answers), -1, &esauti_survey_completed_data_answers_item_array_Type},
    {"completed_at", 12, APIC_F_REQUIRED, offsetof(esauti_survey_completed_data, completed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_survey_completed_data_desc = {
    "survey_completed_data", sizeof(esauti_survey_completed_data), esauti_survey_completed_data_desc_Fields, 7,
    offsetof(esauti_survey_completed_data, unknown_fields),
    -1,
    NULL
};

void esauti_survey_completed_data_free(esauti_survey_completed_data *obj)
{
    apic_struct_free(&esauti_survey_completed_data_desc, obj);
}

int esauti_survey_completed_data_from_json(const char *json, size_t len, esauti_survey_completed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_survey_completed_data_Type, json, len, &value, err);
    *out = (esauti_survey_completed_data *)value;
    return rc;
}

int esauti_survey_completed_data_to_json(const esauti_survey_completed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_survey_completed_data_Type, obj, out, err);
}

/* survey_completed_data.answers.item */
static const apic_field esauti_survey_completed_data_answers_item_desc_Fields[] = {
    {"question_id", 11, APIC_F_REQUIRED, offsetof(esauti_survey_completed_data_answers_item, question_id), -1, -1, &apic_type_string},
    {"answer", 6, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_survey_completed_data_answers_item, answer), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_survey_completed_data_answers_item_desc = {
    "survey_completed_data.answers.item", sizeof(esauti_survey_completed_data_answers_item), esauti_survey_completed_data_answers_item_desc_Fields, 2,
    offsetof(esauti_survey_completed_data_answers_item, unknown_fields),
    -1,
    NULL
};

void esauti_survey_completed_data_answers_item_free(esauti_survey_completed_data_answers_item *obj)
{
    apic_struct_free(&esauti_survey_completed_data_answers_item_desc, obj);
}

int esauti_survey_completed_data_answers_item_from_json(const char *json, size_t len, esauti_survey_completed_data_answers_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_survey_completed_data_answers_item_Type, json, len, &value, err);
    *out = (esauti_survey_completed_data_answers_item *)value;
    return rc;
}

int esauti_survey_completed_data_answers_item_to_json(const esauti_survey_completed_data_answers_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_survey_completed_data_answers_item_Type, obj, out, err);
}

/* survey_abandoned_data */
static const apic_field esauti_survey_abandoned_data_desc_Fields[] = {
    {"survey_id", 9, APIC_F_REQUIRED, offsetof(esauti_survey_abandoned_data, survey_id), -1, -1, &apic_type_string},
    {"response_id", 11, APIC_F_REQUIRED, offsetof(esauti_survey_abandoned_data, response_id), -1, -1, &esauti_string_uuid_Type},
    {"questions_answered", 18, APIC_F_REQUIRED, offsetof(esauti_survey_abandoned_data, questions_answered), -1, -1, &apic_type_int32},
    {"last_question_id", 16, 0, offsetof(esauti_survey_abandoned_data, last_question_id), -1, -1, &apic_type_string},
    {"abandoned_at", 12, APIC_F_REQUIRED, offsetof(esauti_survey_abandoned_data, abandoned_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_survey_abandoned_data_desc = {
    "survey_abandoned_data", sizeof(esauti_survey_abandoned_data), esauti_survey_abandoned_data_desc_Fields, 5,
    offsetof(esauti_survey_abandoned_data, unknown_fields),
    -1,
    NULL
};

void esauti_survey_abandoned_data_free(esauti_survey_abandoned_data *obj)
{
    apic_struct_free(&esauti_survey_abandoned_data_desc, obj);
}

int esauti_survey_abandoned_data_from_json(const char *json, size_t len, esauti_survey_abandoned_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_survey_abandoned_data_Type, json, len, &value, err);
    *out = (esauti_survey_abandoned_data *)value;
    return rc;
}

int esauti_survey_abandoned_data_to_json(const esauti_survey_abandoned_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_survey_abandoned_data_Type, obj, out, err);
}

/* booking_requested_data */
static const apic_field esauti_booking_requested_data_desc_Fields[] = {
    {"booking_id", 10, APIC_F_REQUIRED, offsetof(esauti_booking_requested_data, booking_id), -1, -1, &apic_type_string},
    {"service_id", 10, APIC_F_REQUIRED, offsetof(esauti_booking_requested_data, service_id), -1, -1, &apic_type_string},
    {"service_name", 12, 0, offsetof(esauti_booking_requested_data, service_name), -1, -1, &apic_type_string},
    {"location_id", 11, 0, offsetof(esauti_booking_requested_data, location_id), -1, -1, &apic_type_string},
    {"staff_id", 8, 0, offsetof(esauti_booking_requested_data, staff_id), -1, -1, &apic_type_string},
    {"requested_start", 15, APIC_F_REQUIRED, offsetof(esauti_booking_requested_data, requested_start), -1, -1, &esauti_string_date_time_Type},
    {"duration_minutes", 16, 0, offsetof(esauti_booking_requested_data, duration_minutes), offsetof(esauti_booking_requested_data, has_duration_minutes), -1, &apic_type_int32},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_booking_requested_data, channel), -1, -1, &esauti_booking_requested_data_channel_Type},
    {"notes", 5, APIC_F_PII, offsetof(esauti_booking_requested_data, notes), -1, -1, &apic_type_string},
    {"requested_at", 12, APIC_F_REQUIRED, offsetof(esauti_booking_requested_data, requested_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_booking_requested_data_desc = {
    "booking_requested_data", sizeof(esauti_booking_requested_data), esauti_booking_requested_data_desc_Fields, 10,
    offsetof(esauti_booking_requested_data, unknown_fields),
    -1,
    NULL
};

void esauti_booking_requested_data_free(esauti_booking_requested_data *obj)
{
    apic_struct_free(&esauti_booking_requested_data_desc, obj);
}

int esauti_booking_requested_data_from_json(const char *json, size_t len, esauti_booking_requested_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_booking_requested_data_Type, json, len, &value, err);
    *out = (esauti_booking_requested_data *)value;
    return rc;
}

int esauti_booking_requested_data_to_json(const esauti_booking_requested_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_booking_requested_data_Type, obj, out, err);
}

/* booking_confirmed_data */
static const apic_field esauti_booking_confirmed_data_desc_Fields[] = {
    {"booking_id", 10, APIC_F_REQUIRED, offsetof(esauti_booking_confirmed_data, booking_id), -1, -1, &apic_type_string},
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_booking_confirmed_data, appointment_id), -1, -1, &apic_type_string},
    {"start_at", 8, APIC_F_REQUIRED, offsetof(esauti_booking_confirmed_data, start_at), -1, -1, &esauti_string_date_time_Type},
    {"confirmed_by", 12, APIC_F_REQUIRED, offsetof(esauti_booking_confirmed_data, confirmed_by), -1, -1, &esauti_booking_confirmed_data_confirmed_by_Type},
    {"deposit_amount", 14, 0, offsetof(esauti_booking_confirmed_data, deposit_amount), offsetof(esauti_booking_confirmed_data, has_deposit_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_booking_confirmed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"confirmed_at", 12, APIC_F_REQUIRED, offsetof(esauti_booking_confirmed_data, confirmed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_booking_confirmed_data_desc = {
    "booking_confirmed_data", sizeof(esauti_booking_confirmed_data), esauti_booking_confirmed_data_desc_Fields, 7,
    offsetof(esauti_booking_confirmed_data, unknown_fields),
    -1,
    NULL
};

void esauti_booking_confirmed_data_free(esauti_booking_confirmed_data *obj)
{
    apic_struct_free(&esauti_booking_confirmed_data_desc, obj);
}

int esauti_booking_confirmed_data_from_json(const char *json, size_t len, esauti_booking_confirmed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_booking_confirmed_data_Type, json, len, &value, err);
    *out = (esauti_booking_confirmed_data *)value;
    return rc;
}

int esauti_booking_confirmed_data_to_json(const esauti_booking_confirmed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_booking_confirmed_data_Type, obj, out, err);
}

/* booking_declined_data */
static const apic_field esauti_booking_declined_data_desc_Fields[] = {
    {"booking_id", 10, APIC_F_REQUIRED, offsetof(esauti_booking_declined_data, booking_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_booking_declined_data, reason), -1, -1, &esauti_booking_declined_data_reason_Type},
    {"alternative_start", 17, 0, offsetof(esauti_booking_declined_data, alternative_start), -1, -1, &esauti_string_date_time_Type},
    {"message", 7, 0, offsetof(esauti_booking_declined_data, message), -1, -1, &apic_type_string},
    {"declined_at", 11, APIC_F_REQUIRED, offsetof(esauti_booking_declined_data, declined_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_booking_declined_data_desc = {
    "booking_declined_data", sizeof(esauti_booking_declined_data), esauti_booking_declined_data_desc_Fields, 5,
    offsetof(esauti_booking_declined_data, unknown_fields),
    -1,
    NULL
};

void esauti_booking_declined_data_free(esauti_booking_declined_data *obj)
{
    apic_struct_free(&esauti_booking_declined_data_desc, obj);
}

int esauti_booking_declined_data_from_json(const char *json, size_t len, esauti_booking_declined_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_booking_declined_data_Type, json, len, &value, err);
    *out = (esauti_booking_declined_data *)value;
    return rc;
}

int esauti_booking_declined_data_to_json(const esauti_booking_declined_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_booking_declined_data_Type, obj, out, err);
}

/* appointment_scheduled_data */
static const apic_field esauti_appointment_scheduled_data_desc_Fields[] = {
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_scheduled_data, appointment_id), -1, -1, &apic_type_string},
    {"booking_id", 10, 0, offsetof(esauti_appointment_scheduled_data, booking_id), -1, -1, &apic_type_string},
    {"service_id", 10, APIC_F_REQUIRED, offsetof(esauti_appointment_scheduled_data, service_id), -1, -1, &apic_type_string},
    {"staff_id", 8, 0, offsetof(esauti_appointment_scheduled_data, staff_id), -1, -1, &apic_type_string},
    {"location_id", 11, 0, offsetof(esauti_appointment_scheduled_data, location_id), -1, -1, &apic_type_string},
    {"start_at", 8, APIC_F_REQUIRED, offsetof(esauti_appointment_scheduled_data, start_at), -1, -1, &esauti_string_date_time_Type},
    {"end_at", 6, APIC_F_REQUIRED, offsetof(esauti_appointment_scheduled_data, end_at), -1, -1, &esauti_string_date_time_Type},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_appointment_scheduled_data, source), -1, -1, &esauti_appointment_scheduled_data_source_Type},
    {"price_amount", 12, 0, offsetof(esauti_appointment_scheduled_data, price_amount), offsetof(esauti_appointment_scheduled_data, has_price_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_appointment_scheduled_data, currency), -1, -1, &esauti_string_currency_Type},
};
const apic_struct_desc esauti_appointment_scheduled_data_desc = {
    "appointment_scheduled_data", sizeof(esauti_appointment_scheduled_data), esauti_appointment_scheduled_data_desc_Fields, 10,
    offsetof(esauti_appointment_scheduled_data, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_scheduled_data_free(esauti_appointment_scheduled_data *obj)
{
    apic_struct_free(&esauti_appointment_scheduled_data_desc, obj);
}

int esauti_appointment_scheduled_data_from_json(const char *json, size_t len, esauti_appointment_scheduled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_scheduled_data_Type, json, len, &value, err);
    *out = (esauti_appointment_scheduled_data *)value;
    return rc;
}

int esauti_appointment_scheduled_data_to_json(const esauti_appointment_scheduled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_scheduled_data_Type, obj, out, err);
}

/* appointment_rescheduled_data */
static const apic_field esauti_appointment_rescheduled_data_desc_Fields[] = {
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_rescheduled_data, appointment_id), -1, -1, &apic_type_string},
    {"previous_start_at", 17, APIC_F_REQUIRED, offsetof(esauti_appointment_rescheduled_data, previous_start_at), -1, -1, &esauti_string_date_time_Type},
    {"start_at", 8, APIC_F_REQUIRED, offsetof(esauti_appointment_rescheduled_data, start_at), -1, -1, &esauti_string_date_time_Type},
    {"previous_staff_id", 17, 0, offsetof(esauti_appointment_rescheduled_data, previous_staff_id), -1, -1, &apic_type_string},
    {"staff_id", 8, 0, offsetof(esauti_appointment_rescheduled_data, staff_id), -1, -1, &apic_type_string},
    {"requested_by", 12, APIC_F_REQUIRED, offsetof(esauti_appointment_rescheduled_data, requested_by), -1, -1, &esauti_appointment_rescheduled_data_requested_by_Type},
    {"reschedule_count", 16, 0, offsetof(esauti_appointment_rescheduled_data, reschedule_count), offsetof(esauti_appointment_rescheduled_data, has_reschedule_count), -1, &apic_type_int32},
    {"rescheduled_at", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_rescheduled_data, rescheduled_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_appointment_rescheduled_data_desc = {
    "appointment_rescheduled_data", sizeof(esauti_appointment_rescheduled_data), esauti_appointment_rescheduled_data_desc_Fields, 8,
    offsetof(esauti_appointment_rescheduled_data, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_rescheduled_data_free(esauti_appointment_rescheduled_data *obj)
{
    apic_struct_free(&esauti_appointment_rescheduled_data_desc, obj);
}

int esauti_appointment_rescheduled_data_from_json(const char *json, size_t len, esauti_appointment_rescheduled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_rescheduled_data_Type, json, len, &value, err);
    *out = (esauti_appointment_rescheduled_data *)value;
    return rc;
}

int esauti_appointment_rescheduled_data_to_json(const esauti_appointment_rescheduled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_rescheduled_data_Type, obj, out, err);
}

/* appointment_cancelled_data */
static const apic_field esauti_appointment_cancelled_data_desc_Fields[] = {
    {"appointment_id", 14, APIC_F_REQUIRED, offsetof(esauti_appointment_cancelled_data, appointment_id), -1, -1, &apic_type_string},
    {"cancelled_by", 12, APIC_F_REQUIRED, offsetof(esauti_appointment_cancelled_data, cancelled_by), -1, -1, &esauti_appointment_cancelled_data_cancelled_by_Type},
    {"reason", 6, 0, offsetof(esauti_appointment_cancelled_data, reason), offsetof(esauti_appointment_cancelled_data, has_reason), -1, &esauti_appointment_cancelled_data_reason_Type},
    {"start_at", 8, APIC_F_REQUIRED, offsetof(esauti_appointment_cancelled_data, start_at), -1, -1, &esauti_string_date_time_Type},
    {"late_cancellation", 17, 0, offsetof(esauti_appointment_cancelled_data, late_cancellation), offsetof(esauti_appointment_cancelled_data, has_late_cancellation), -1, &apic_type_bool},
    {"refund_amount", 13, 0, offsetof(esauti_appointment_cancelled_data, refund_amount), offsetof(esauti_appointment_cancelled_data, has_refund_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_appointment_cancelled_data, currency), -1, -1, &esauti_string_currency_Type},
    {"cancelled_at", 12, APIC_F_REQUIRED, offsetof(esauti_appointment_cancelled_data, cancelled_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_appointment_cancelled_data_desc = {
    "appointment_cancelled_data", sizeof(esauti_appointment_cancelled_data), esauti_appointment_cancelled_data_desc_Fields, 8,
    offsetof(esauti_appointment_cancelled_data, unknown_fields),
    -1,
    NULL
};

void esauti_appointment_cancelled_data_free(esauti_appointment_cancelled_data *obj)
{
    apic_struct_free(&esauti_appointment_cancelled_data_desc, obj);
}

int esauti_appointment_cancelled_data_from_json(const char *json, size_t len, esauti_appointment_cancelled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_appointment_cancelled_data_Type, json, len, &value, err);
    *out = (esauti_appointment_cancelled_data *)value;
    return rc;
}

int esauti_appointment_cancelled_data_to_json(const esauti_appointment_cancelled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_appointment_cancelled_data_Type, obj, out, err);
}
