/* Enumerations and type descriptors of BriteEvents. Generated; do not edit. */
#include "internal.h"

static const char *const briteevents_publish_receipt_status_Values[] = {
    "accepted",
    "duplicate",
};
const apic_enum_desc briteevents_publish_receipt_status_enum_desc = { "PublishReceipt.status", briteevents_publish_receipt_status_Values, 2 };
_Static_assert(sizeof(briteevents_publish_receipt_status) == sizeof(int), "enum slots are stored as int");

const char *briteevents_publish_receipt_status_to_string(briteevents_publish_receipt_status value)
{
    return value >= 1 && (size_t)value <= 2 ? briteevents_publish_receipt_status_Values[value - 1] : NULL;
}

static const char *const briteevents_policy_created_data_product_Values[] = {
    "home",
    "auto",
    "life",
    "travel",
};
const apic_enum_desc briteevents_policy_created_data_product_enum_desc = { "policy_created_data.product", briteevents_policy_created_data_product_Values, 4 };
_Static_assert(sizeof(briteevents_policy_created_data_product) == sizeof(int), "enum slots are stored as int");

const char *briteevents_policy_created_data_product_to_string(briteevents_policy_created_data_product value)
{
    return value >= 1 && (size_t)value <= 4 ? briteevents_policy_created_data_product_Values[value - 1] : NULL;
}

static const char *const briteevents_policy_cancelled_data_reason_Values[] = {
    "customer_request",
    "non_payment",
    "underwriting",
    "duplicate",
};
const apic_enum_desc briteevents_policy_cancelled_data_reason_enum_desc = { "policy_cancelled_data.reason", briteevents_policy_cancelled_data_reason_Values, 4 };
_Static_assert(sizeof(briteevents_policy_cancelled_data_reason) == sizeof(int), "enum slots are stored as int");

const char *briteevents_policy_cancelled_data_reason_to_string(briteevents_policy_cancelled_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? briteevents_policy_cancelled_data_reason_Values[value - 1] : NULL;
}

static const char *const briteevents_policy_holder_created_data_kind_Values[] = {
    "person",
    "organisation",
};
const apic_enum_desc briteevents_policy_holder_created_data_kind_enum_desc = { "policy_holder_created_data.kind", briteevents_policy_holder_created_data_kind_Values, 2 };
_Static_assert(sizeof(briteevents_policy_holder_created_data_kind) == sizeof(int), "enum slots are stored as int");

const char *briteevents_policy_holder_created_data_kind_to_string(briteevents_policy_holder_created_data_kind value)
{
    return value >= 1 && (size_t)value <= 2 ? briteevents_policy_holder_created_data_kind_Values[value - 1] : NULL;
}

static const char *const briteevents_claim_opened_data_cause_Values[] = {
    "fire",
    "water",
    "theft",
    "collision",
    "weather",
    "other",
};
const apic_enum_desc briteevents_claim_opened_data_cause_enum_desc = { "claim_opened_data.cause", briteevents_claim_opened_data_cause_Values, 6 };
_Static_assert(sizeof(briteevents_claim_opened_data_cause) == sizeof(int), "enum slots are stored as int");

const char *briteevents_claim_opened_data_cause_to_string(briteevents_claim_opened_data_cause value)
{
    return value >= 1 && (size_t)value <= 6 ? briteevents_claim_opened_data_cause_Values[value - 1] : NULL;
}

static const char *const briteevents_claim_closed_data_outcome_Values[] = {
    "paid",
    "denied",
    "withdrawn",
};
const apic_enum_desc briteevents_claim_closed_data_outcome_enum_desc = { "claim_closed_data.outcome", briteevents_claim_closed_data_outcome_Values, 3 };
_Static_assert(sizeof(briteevents_claim_closed_data_outcome) == sizeof(int), "enum slots are stored as int");

const char *briteevents_claim_closed_data_outcome_to_string(briteevents_claim_closed_data_outcome value)
{
    return value >= 1 && (size_t)value <= 3 ? briteevents_claim_closed_data_outcome_Values[value - 1] : NULL;
}

static const char *const briteevents_payment_received_data_method_Values[] = {
    "card",
    "bank_transfer",
    "mobile_money",
    "cheque",
};
const apic_enum_desc briteevents_payment_received_data_method_enum_desc = { "payment_received_data.method", briteevents_payment_received_data_method_Values, 4 };
_Static_assert(sizeof(briteevents_payment_received_data_method) == sizeof(int), "enum slots are stored as int");

const char *briteevents_payment_received_data_method_to_string(briteevents_payment_received_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? briteevents_payment_received_data_method_Values[value - 1] : NULL;
}

const apic_type briteevents_event_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_event_desc, NULL, NULL };
const apic_type briteevents_string_uuid_Type = { APIC_STRING, APIC_FMT_UUID, NULL, NULL, NULL };
const apic_type briteevents_string_date_time_Type = { APIC_STRING, APIC_FMT_DATE_TIME, NULL, NULL, NULL };
const apic_type briteevents_event_batch_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_event_batch_desc, NULL, NULL };
const apic_type briteevents_event_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &briteevents_event_Type };
const apic_type briteevents_publish_receipt_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_publish_receipt_desc, NULL, NULL };
const apic_type briteevents_publish_receipt_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &briteevents_publish_receipt_status_enum_desc, NULL };
const apic_type briteevents_batch_receipt_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_batch_receipt_desc, NULL, NULL };
const apic_type briteevents_error_model_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_error_model_desc, NULL, NULL };
const apic_type briteevents_policy_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_policy_created_data_desc, NULL, NULL };
const apic_type briteevents_policy_created_data_product_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &briteevents_policy_created_data_product_enum_desc, NULL };
const apic_type briteevents_string_currency_Type = { APIC_STRING, APIC_FMT_CURRENCY, NULL, NULL, NULL };
const apic_type briteevents_string_date_Type = { APIC_STRING, APIC_FMT_DATE, NULL, NULL, NULL };
const apic_type briteevents_policy_bound_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_policy_bound_data_desc, NULL, NULL };
const apic_type briteevents_policy_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_policy_updated_data_desc, NULL, NULL };
const apic_type briteevents_string_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type briteevents_policy_cancelled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_policy_cancelled_data_desc, NULL, NULL };
const apic_type briteevents_policy_cancelled_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &briteevents_policy_cancelled_data_reason_enum_desc, NULL };
const apic_type briteevents_policy_holder_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_policy_holder_created_data_desc, NULL, NULL };
const apic_type briteevents_policy_holder_created_data_kind_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &briteevents_policy_holder_created_data_kind_enum_desc, NULL };
const apic_type briteevents_string_email_Type = { APIC_STRING, APIC_FMT_EMAIL, NULL, NULL, NULL };
const apic_type briteevents_string_country_Type = { APIC_STRING, APIC_FMT_COUNTRY, NULL, NULL, NULL };
const apic_type briteevents_policy_holder_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_policy_holder_updated_data_desc, NULL, NULL };
const apic_type briteevents_claim_opened_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_claim_opened_data_desc, NULL, NULL };
const apic_type briteevents_claim_opened_data_cause_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &briteevents_claim_opened_data_cause_enum_desc, NULL };
const apic_type briteevents_claim_closed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_claim_closed_data_desc, NULL, NULL };
const apic_type briteevents_claim_closed_data_outcome_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &briteevents_claim_closed_data_outcome_enum_desc, NULL };
const apic_type briteevents_payment_received_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_payment_received_data_desc, NULL, NULL };
const apic_type briteevents_payment_received_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &briteevents_payment_received_data_method_enum_desc, NULL };
const apic_type briteevents_payment_refunded_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &briteevents_payment_refunded_data_desc, NULL, NULL };
