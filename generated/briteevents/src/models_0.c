/* Descriptors and entry points of BriteEvents models. Generated; do not edit. */
#include "internal.h"

/* Event */
static const apic_field briteevents_event_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(briteevents_event, id), -1, -1, &briteevents_string_uuid_Type},
    {"category", 8, APIC_F_REQUIRED, offsetof(briteevents_event, category), -1, -1, &apic_type_string},
    {"entity", 6, APIC_F_REQUIRED, offsetof(briteevents_event, entity), -1, -1, &apic_type_string},
    {"action", 6, APIC_F_REQUIRED, offsetof(briteevents_event, action), -1, -1, &apic_type_string},
    {"occurred_at", 11, APIC_F_REQUIRED, offsetof(briteevents_event, occurred_at), -1, -1, &briteevents_string_date_time_Type},
    {"data", 4, APIC_F_REQUIRED, offsetof(briteevents_event, data), -1, -1, &apic_type_json_map},
    {"service_name", 12, APIC_F_REQUIRED, offsetof(briteevents_event, service_name), -1, -1, &apic_type_string},
    {"user_id", 7, 0, offsetof(briteevents_event, user_id), -1, -1, &apic_type_string},
    {"job_id", 6, APIC_F_REQUIRED, offsetof(briteevents_event, job_id), -1, -1, &apic_type_string},
};
const apic_struct_desc briteevents_event_desc = {
    "Event", sizeof(briteevents_event), briteevents_event_desc_Fields, 9,
    offsetof(briteevents_event, unknown_fields),
    -1,
    NULL
};

void briteevents_event_free(briteevents_event *obj)
{
    apic_struct_free(&briteevents_event_desc, obj);
}

int briteevents_event_from_json(const char *json, size_t len, briteevents_event **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_event_Type, json, len, &value, err);
    *out = (briteevents_event *)value;
    return rc;
}

int briteevents_event_to_json(const briteevents_event *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_event_Type, obj, out, err);
}

/* EventBatch */
static const apic_field briteevents_event_batch_desc_Fields[] = {
    {"events", 6, APIC_F_REQUIRED, offsetof(briteevents_event_batch, events), -1, -1, &briteevents_event_array_Type},
};
const apic_struct_desc briteevents_event_batch_desc = {
    "EventBatch", sizeof(briteevents_event_batch), briteevents_event_batch_desc_Fields, 1,
    offsetof(briteevents_event_batch, unknown_fields),
    -1,
    NULL
};

void briteevents_event_batch_free(briteevents_event_batch *obj)
{
    apic_struct_free(&briteevents_event_batch_desc, obj);
}

int briteevents_event_batch_from_json(const char *json, size_t len, briteevents_event_batch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_event_batch_Type, json, len, &value, err);
    *out = (briteevents_event_batch *)value;
    return rc;
}

int briteevents_event_batch_to_json(const briteevents_event_batch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_event_batch_Type, obj, out, err);
}

/* PublishReceipt */
static const apic_field briteevents_publish_receipt_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(briteevents_publish_receipt, id), -1, -1, &briteevents_string_uuid_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(briteevents_publish_receipt, status), -1, -1, &briteevents_publish_receipt_status_Type},
};
const apic_struct_desc briteevents_publish_receipt_desc = {
    "PublishReceipt", sizeof(briteevents_publish_receipt), briteevents_publish_receipt_desc_Fields, 2,
    offsetof(briteevents_publish_receipt, unknown_fields),
    -1,
    NULL
};

void briteevents_publish_receipt_free(briteevents_publish_receipt *obj)
{
    apic_struct_free(&briteevents_publish_receipt_desc, obj);
}

int briteevents_publish_receipt_from_json(const char *json, size_t len, briteevents_publish_receipt **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_publish_receipt_Type, json, len, &value, err);
    *out = (briteevents_publish_receipt *)value;
    return rc;
}

int briteevents_publish_receipt_to_json(const briteevents_publish_receipt *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_publish_receipt_Type, obj, out, err);
}

/* BatchReceipt */
static const apic_field briteevents_batch_receipt_desc_Fields[] = {
    {"accepted", 8, APIC_F_REQUIRED, offsetof(briteevents_batch_receipt, accepted), -1, -1, &apic_type_int32},
    {"duplicates", 10, APIC_F_REQUIRED, offsetof(briteevents_batch_receipt, duplicates), -1, -1, &apic_type_int32},
};
const apic_struct_desc briteevents_batch_receipt_desc = {
    "BatchReceipt", sizeof(briteevents_batch_receipt), briteevents_batch_receipt_desc_Fields, 2,
    offsetof(briteevents_batch_receipt, unknown_fields),
    -1,
    NULL
};

void briteevents_batch_receipt_free(briteevents_batch_receipt *obj)
{
    apic_struct_free(&briteevents_batch_receipt_desc, obj);
}

int briteevents_batch_receipt_from_json(const char *json, size_t len, briteevents_batch_receipt **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_batch_receipt_Type, json, len, &value, err);
    *out = (briteevents_batch_receipt *)value;
    return rc;
}

int briteevents_batch_receipt_to_json(const briteevents_batch_receipt *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_batch_receipt_Type, obj, out, err);
}

/* Error */
static const apic_field briteevents_error_model_desc_Fields[] = {
    {"message", 7, APIC_F_REQUIRED, offsetof(briteevents_error_model, message), -1, -1, &apic_type_string},
    {"index", 5, 0, offsetof(briteevents_error_model, index), offsetof(briteevents_error_model, has_index), -1, &apic_type_int32},
};
const apic_struct_desc briteevents_error_model_desc = {
    "Error", sizeof(briteevents_error_model), briteevents_error_model_desc_Fields, 2,
    offsetof(briteevents_error_model, unknown_fields),
    -1,
    NULL
};

void briteevents_error_model_free(briteevents_error_model *obj)
{
    apic_struct_free(&briteevents_error_model_desc, obj);
}

int briteevents_error_model_from_json(const char *json, size_t len, briteevents_error_model **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_error_model_Type, json, len, &value, err);
    *out = (briteevents_error_model *)value;
    return rc;
}

int briteevents_error_model_to_json(const briteevents_error_model *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_error_model_Type, obj, out, err);
}

/* policy_created_data */
static const apic_field briteevents_policy_created_data_desc_Fields[] = {
    {"policy_id", 9, APIC_F_REQUIRED, offsetof(briteevents_policy_created_data, policy_id), -1, -1, &apic_type_string},
    {"quote_id", 8, 0, offsetof(briteevents_policy_created_data, quote_id), -1, -1, &apic_type_string},
    {"product", 7, APIC_F_REQUIRED, offsetof(briteevents_policy_created_data, product), -1, -1, &briteevents_policy_created_data_product_Type},
    {"premium", 7, APIC_F_REQUIRED, offsetof(briteevents_policy_created_data, premium), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(briteevents_policy_created_data, currency), -1, -1, &briteevents_string_currency_Type},
    {"effective_date", 14, APIC_F_REQUIRED, offsetof(briteevents_policy_created_data, effective_date), -1, -1, &briteevents_string_date_Type},
};
const apic_struct_desc briteevents_policy_created_data_desc = {
    "policy_created_data", sizeof(briteevents_policy_created_data), briteevents_policy_created_data_desc_Fields, 6,
    offsetof(briteevents_policy_created_data, unknown_fields),
    -1,
    NULL
};

void briteevents_policy_created_data_free(briteevents_policy_created_data *obj)
{
    apic_struct_free(&briteevents_policy_created_data_desc, obj);
}

int briteevents_policy_created_data_from_json(const char *json, size_t len, briteevents_policy_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_policy_created_data_Type, json, len, &value, err);
    *out = (briteevents_policy_created_data *)value;
    return rc;
}

int briteevents_policy_created_data_to_json(const briteevents_policy_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_policy_created_data_Type, obj, out, err);
}

/* policy_bound_data */
static const apic_field briteevents_policy_bound_data_desc_Fields[] = {
    {"policy_id", 9, APIC_F_REQUIRED, offsetof(briteevents_policy_bound_data, policy_id), -1, -1, &apic_type_string},
    {"bound_at", 8, APIC_F_REQUIRED, offsetof(briteevents_policy_bound_data, bound_at), -1, -1, &briteevents_string_date_time_Type},
};
const apic_struct_desc briteevents_policy_bound_data_desc = {
    "policy_bound_data", sizeof(briteevents_policy_bound_data), briteevents_policy_bound_data_desc_Fields, 2,
    offsetof(briteevents_policy_bound_data, unknown_fields),
    -1,
    NULL
};

void briteevents_policy_bound_data_free(briteevents_policy_bound_data *obj)
{
    apic_struct_free(&briteevents_policy_bound_data_desc, obj);
}

int briteevents_policy_bound_data_from_json(const char *json, size_t len, briteevents_policy_bound_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_policy_bound_data_Type, json, len, &value, err);
    *out = (briteevents_policy_bound_data *)value;
    return rc;
}

int briteevents_policy_bound_data_to_json(const briteevents_policy_bound_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_policy_bound_data_Type, obj, out, err);
}

/* policy_updated_data */
static const apic_field briteevents_policy_updated_data_desc_Fields[] = {
    {"policy_id", 9, APIC_F_REQUIRED, offsetof(briteevents_policy_updated_data, policy_id), -1, -1, &apic_type_string},
    {"changed", 7, APIC_F_REQUIRED, offsetof(briteevents_policy_updated_data, changed), -1, -1, &briteevents_string_array_Type},
    {"premium", 7, 0, offsetof(briteevents_policy_updated_data, premium), offsetof(briteevents_policy_updated_data, has_premium), -1, &apic_type_int64},
    {"reason", 6, 0, offsetof(briteevents_policy_updated_data, reason), -1, -1, &apic_type_string},
};
const apic_struct_desc briteevents_policy_updated_data_desc = {
    "policy_updated_data", sizeof(briteevents_policy_updated_data), briteevents_policy_updated_data_desc_Fields, 4,
    offsetof(briteevents_policy_updated_data, unknown_fields),
    -1,
    NULL
};

void briteevents_policy_updated_data_free(briteevents_policy_updated_data *obj)
{
    apic_struct_free(&briteevents_policy_updated_data_desc, obj);
}

int briteevents_policy_updated_data_from_json(const char *json, size_t len, briteevents_policy_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_policy_updated_data_Type, json, len, &value, err);
    *out = (briteevents_policy_updated_data *)value;
    return rc;
}

int briteevents_policy_updated_data_to_json(const briteevents_policy_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_policy_updated_data_Type, obj, out, err);
}

/* policy_cancelled_data */
static const apic_field briteevents_policy_cancelled_data_desc_Fields[] = {
    {"policy_id", 9, APIC_F_REQUIRED, offsetof(briteevents_policy_cancelled_data, policy_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(briteevents_policy_cancelled_data, reason), -1, -1, &briteevents_policy_cancelled_data_reason_Type},
    {"cancelled_at", 12, APIC_F_REQUIRED, offsetof(briteevents_policy_cancelled_data, cancelled_at), -1, -1, &briteevents_string_date_time_Type},
    {"refund_amount", 13, 0, offsetof(briteevents_policy_cancelled_data, refund_amount), offsetof(briteevents_policy_cancelled_data, has_refund_amount), -1, &apic_type_int64},
};
const apic_struct_desc briteevents_policy_cancelled_data_desc = {
    "policy_cancelled_data", sizeof(briteevents_policy_cancelled_data), briteevents_policy_cancelled_data_desc_Fields, 4,
    offsetof(briteevents_policy_cancelled_data, unknown_fields),
    -1,
    NULL
};

void briteevents_policy_cancelled_data_free(briteevents_policy_cancelled_data *obj)
{
    apic_struct_free(&briteevents_policy_cancelled_data_desc, obj);
}

int briteevents_policy_cancelled_data_from_json(const char *json, size_t len, briteevents_policy_cancelled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_policy_cancelled_data_Type, json, len, &value, err);
    *out = (briteevents_policy_cancelled_data *)value;
    return rc;
}

int briteevents_policy_cancelled_data_to_json(const briteevents_policy_cancelled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_policy_cancelled_data_Type, obj, out, err);
}

/* policy_holder_created_data */
static const apic_field briteevents_policy_holder_created_data_desc_Fields[] = {
    {"holder_id", 9, APIC_F_REQUIRED, offsetof(briteevents_policy_holder_created_data, holder_id), -1, -1, &apic_type_string},
    {"kind", 4, APIC_F_REQUIRED, offsetof(briteevents_policy_holder_created_data, kind), -1, -1, &briteevents_policy_holder_created_data_kind_Type},
    {"name", 4, APIC_F_REQUIRED | APIC_F_PII, offsetof(briteevents_policy_holder_created_data, name), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_PII, offsetof(briteevents_policy_holder_created_data, email), -1, -1, &briteevents_string_email_Type},
    {"country", 7, 0, offsetof(briteevents_policy_holder_created_data, country), -1, -1, &briteevents_string_country_Type},
};
const apic_struct_desc briteevents_policy_holder_created_data_desc = {
    "policy_holder_created_data", sizeof(briteevents_policy_holder_created_data), briteevents_policy_holder_created_data_desc_Fields, 5,
    offsetof(briteevents_policy_holder_created_data, unknown_fields),
    -1,
    NULL
};

void briteevents_policy_holder_created_data_free(briteevents_policy_holder_created_data *obj)
{
    apic_struct_free(&briteevents_policy_holder_created_data_desc, obj);
}

int briteevents_policy_holder_created_data_from_json(const char *json, size_t len, briteevents_policy_holder_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_policy_holder_created_data_Type, json, len, &value, err);
    *out = (briteevents_policy_holder_created_data *)value;
    return rc;
}

int briteevents_policy_holder_created_data_to_json(const briteevents_policy_holder_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_policy_holder_created_data_Type, obj, out, err);
}

/* policy_holder_updated_data */
static const apic_field briteevents_policy_holder_updated_data_desc_Fields[] = {
    {"holder_id", 9, APIC_F_REQUIRED, offsetof(briteevents_policy_holder_updated_data, holder_id), -1, -1, &apic_type_string},
    {"changed", 7, APIC_F_REQUIRED, offsetof(briteevents_policy_holder_updated_data, changed), -1, -1, &briteevents_string_array_Type},
};
const apic_struct_desc briteevents_policy_holder_updated_data_desc = {
    "policy_holder_updated_data", sizeof(briteevents_policy_holder_updated_data), briteevents_policy_holder_updated_data_desc_Fields, 2,
    offsetof(briteevents_policy_holder_updated_data, unknown_fields),
    -1,
    NULL
};

void briteevents_policy_holder_updated_data_free(briteevents_policy_holder_updated_data *obj)
{
    apic_struct_free(&briteevents_policy_holder_updated_data_desc, obj);
}

int briteevents_policy_holder_updated_data_from_json(const char *json, size_t len, briteevents_policy_holder_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_policy_holder_updated_data_Type, json, len, &value, err);
    *out = (briteevents_policy_holder_updated_data *)value;
    return rc;
}

int briteevents_policy_holder_updated_data_to_json(const briteevents_policy_holder_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_policy_holder_updated_data_Type, obj, out, err);
}

/* claim_opened_data */
static const apic_field briteevents_claim_opened_data_desc_Fields[] = {
    {"claim_id", 8, APIC_F_REQUIRED, offsetof(briteevents_claim_opened_data, claim_id), -1, -1, &apic_type_string},
    {"policy_id", 9, APIC_F_REQUIRED, offsetof(briteevents_claim_opened_data, policy_id), -1, -1, &apic_type_string},
    {"loss_date", 9, APIC_F_REQUIRED, offsetof(briteevents_claim_opened_data, loss_date), -1, -1, &briteevents_string_date_Type},
    {"cause", 5, 0, offsetof(briteevents_claim_opened_data, cause), offsetof(briteevents_claim_opened_data, has_cause), -1, &briteevents_claim_opened_data_cause_Type},
    {"estimated_amount", 16, 0, offsetof(briteevents_claim_opened_data, estimated_amount), offsetof(briteevents_claim_opened_data, has_estimated_amount), -1, &apic_type_int64},
};
const apic_struct_desc briteevents_claim_opened_data_desc = {
    "claim_opened_data", sizeof(briteevents_claim_opened_data), briteevents_claim_opened_data_desc_Fields, 5,
    offsetof(briteevents_claim_opened_data, unknown_fields),
    -1,
    NULL
};

void briteevents_claim_opened_data_free(briteevents_claim_opened_data *obj)
{
    apic_struct_free(&briteevents_claim_opened_data_desc, obj);
}

int briteevents_claim_opened_data_from_json(const char *json, size_t len, briteevents_claim_opened_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_claim_opened_data_Type, json, len, &value, err);
    *out = (briteevents_claim_opened_data *)value;
    return rc;
}

int briteevents_claim_opened_data_to_json(const briteevents_claim_opened_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_claim_opened_data_Type, obj, out, err);
}

/* claim_closed_data */
static const apic_field briteevents_claim_closed_data_desc_Fields[] = {
    {"claim_id", 8, APIC_F_REQUIRED, offsetof(briteevents_claim_closed_data, claim_id), -1, -1, &apic_type_string},
    {"outcome", 7, APIC_F_REQUIRED, offsetof(briteevents_claim_closed_data, outcome), -1, -1, &briteevents_claim_closed_data_outcome_Type},
    {"paid_amount", 11, 0, offsetof(briteevents_claim_closed_data, paid_amount), offsetof(briteevents_claim_closed_data, has_paid_amount), -1, &apic_type_int64},
};
const apic_struct_desc briteevents_claim_closed_data_desc = {
    "claim_closed_data", sizeof(briteevents_claim_closed_data), briteevents_claim_closed_data_desc_Fields, 3,
    offsetof(briteevents_claim_closed_data, unknown_fields),
    -1,
    NULL
};

void briteevents_claim_closed_data_free(briteevents_claim_closed_data *obj)
{
    apic_struct_free(&briteevents_claim_closed_data_desc, obj);
}

int briteevents_claim_closed_data_from_json(const char *json, size_t len, briteevents_claim_closed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_claim_closed_data_Type, json, len, &value, err);
    *out = (briteevents_claim_closed_data *)value;
    return rc;
}

int briteevents_claim_closed_data_to_json(const briteevents_claim_closed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_claim_closed_data_Type, obj, out, err);
}

/* payment_received_data */
static const apic_field briteevents_payment_received_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(briteevents_payment_received_data, payment_id), -1, -1, &apic_type_string},
    {"policy_id", 9, APIC_F_REQUIRED, offsetof(briteevents_payment_received_data, policy_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(briteevents_payment_received_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(briteevents_payment_received_data, currency), -1, -1, &briteevents_string_currency_Type},
    {"method", 6, APIC_F_REQUIRED, offsetof(briteevents_payment_received_data, method), -1, -1, &briteevents_payment_received_data_method_Type},
    {"received_at", 11, 0, offsetof(briteevents_payment_received_data, received_at), -1, -1, &briteevents_string_date_time_Type},
};
const apic_struct_desc briteevents_payment_received_data_desc = {
    "payment_received_data", sizeof(briteevents_payment_received_data), briteevents_payment_received_data_desc_Fields, 6,
    offsetof(briteevents_payment_received_data, unknown_fields),
    -1,
    NULL
};

void briteevents_payment_received_data_free(briteevents_payment_received_data *obj)
{
    apic_struct_free(&briteevents_payment_received_data_desc, obj);
}

int briteevents_payment_received_data_from_json(const char *json, size_t len, briteevents_payment_received_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_payment_received_data_Type, json, len, &value, err);
    *out = (briteevents_payment_received_data *)value;
    return rc;
}

int briteevents_payment_received_data_to_json(const briteevents_payment_received_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_payment_received_data_Type, obj, out, err);
}

/* payment_refunded_data */
static const apic_field briteevents_payment_refunded_data_desc_Fields[] = {
    {"payment_id", 10, APIC_F_REQUIRED, offsetof(briteevents_payment_refunded_data, payment_id), -1, -1, &apic_type_string},
    {"amount", 6, APIC_F_REQUIRED, offsetof(briteevents_payment_refunded_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(briteevents_payment_refunded_data, currency), -1, -1, &briteevents_string_currency_Type},
    {"reason", 6, 0, offsetof(briteevents_payment_refunded_data, reason), -1, -1, &apic_type_string},
};
const apic_struct_desc briteevents_payment_refunded_data_desc = {
    "payment_refunded_data", sizeof(briteevents_payment_refunded_data), briteevents_payment_refunded_data_desc_Fields, 4,
    offsetof(briteevents_payment_refunded_data, unknown_fields),
    -1,
    NULL
};

void briteevents_payment_refunded_data_free(briteevents_payment_refunded_data *obj)
{
    apic_struct_free(&briteevents_payment_refunded_data_desc, obj);
}

int briteevents_payment_refunded_data_from_json(const char *json, size_t len, briteevents_payment_refunded_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&briteevents_payment_refunded_data_Type, json, len, &value, err);
    *out = (briteevents_payment_refunded_data *)value;
    return rc;
}

int briteevents_payment_refunded_data_to_json(const briteevents_payment_refunded_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&briteevents_payment_refunded_data_Type, obj, out, err);
}
