/* Descriptors and entry points of Schematic models. Generated; do not edit. */
#include "internal.h"

/* KeysRequestBody */
static const apic_field schematic_keys_request_body_desc_Fields[] = {
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_keys_request_body, keys), -1, -1, &schematic_string_map_Type},
};
const apic_struct_desc schematic_keys_request_body_desc = {
    "KeysRequestBody", sizeof(schematic_keys_request_body), schematic_keys_request_body_desc_Fields, 1,
    offsetof(schematic_keys_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_keys_request_body_free(schematic_keys_request_body *obj)
{
    apic_struct_free(&schematic_keys_request_body_desc, obj);
}

int schematic_keys_request_body_from_json(const char *json, size_t len, schematic_keys_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_keys_request_body_Type, json, len, &value, err);
    *out = (schematic_keys_request_body *)value;
    return rc;
}

int schematic_keys_request_body_to_json(const schematic_keys_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_keys_request_body_Type, obj, out, err);
}

/* LicenseResponseData */
static const apic_field schematic_license_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_license_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_license_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_license_response_data, name), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_license_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_license_response_data_desc = {
    "LicenseResponseData", sizeof(schematic_license_response_data), schematic_license_response_data_desc_Fields, 4,
    offsetof(schematic_license_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_license_response_data_free(schematic_license_response_data *obj)
{
    apic_struct_free(&schematic_license_response_data_desc, obj);
}

int schematic_license_response_data_from_json(const char *json, size_t len, schematic_license_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_license_response_data_Type, json, len, &value, err);
    *out = (schematic_license_response_data *)value;
    return rc;
}

int schematic_license_response_data_to_json(const schematic_license_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_license_response_data_Type, obj, out, err);
}

/* ManagePlanPreviewResponseResponseData */
static const apic_field schematic_manage_plan_preview_response_response_data_desc_Fields[] = {
    {"subscription_change_preview", 27, 0, offsetof(schematic_manage_plan_preview_response_response_data, subscription_change_preview), -1, -1, &schematic_preview_subscription_change_response_data_Type},
};
const apic_struct_desc schematic_manage_plan_preview_response_response_data_desc = {
    "ManagePlanPreviewResponseResponseData", sizeof(schematic_manage_plan_preview_response_response_data), schematic_manage_plan_preview_response_response_data_desc_Fields, 1,
    offsetof(schematic_manage_plan_preview_response_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_manage_plan_preview_response_response_data_free(schematic_manage_plan_preview_response_response_data *obj)
{
    apic_struct_free(&schematic_manage_plan_preview_response_response_data_desc, obj);
}

int schematic_manage_plan_preview_response_response_data_from_json(const char *json, size_t len, schematic_manage_plan_preview_response_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_manage_plan_preview_response_response_data_Type, json, len, &value, err);
    *out = (schematic_manage_plan_preview_response_response_data *)value;
    return rc;
}

int schematic_manage_plan_preview_response_response_data_to_json(const schematic_manage_plan_preview_response_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_manage_plan_preview_response_response_data_Type, obj, out, err);
}

/* PreviewSubscriptionChangeResponseData */
static const apic_field schematic_preview_subscription_change_response_data_desc_Fields[] = {
    {"amount_off", 10, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, amount_off), -1, -1, &apic_type_int64},
    {"due_now", 7, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, due_now), -1, -1, &apic_type_int64},
    {"finance", 7, 0, offsetof(schematic_preview_subscription_change_response_data, finance), -1, -1, &schematic_preview_subscription_finance_response_data_Type},
    {"is_scheduled_downgrade", 22, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, is_scheduled_downgrade), -1, -1, &apic_type_bool},
    {"new_charges", 11, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, new_charges), -1, -1, &apic_type_int64},
    {"opt_in_required", 15, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, opt_in_required), -1, -1, &apic_type_bool},
    {"opt_in_text", 11, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_change_response_data, opt_in_text), -1, offsetof(schematic_preview_subscription_change_response_data, opt_in_text_is_null), &apic_type_string},
    {"opt_in_title", 12, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_change_response_data, opt_in_title), -1, offsetof(schematic_preview_subscription_change_response_data, opt_in_title_is_null), &apic_type_string},
    {"payment_method_required", 23, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, payment_method_required), -1, -1, &apic_type_bool},
    {"percent_off", 11, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, percent_off), -1, -1, &apic_type_double},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, period_start), -1, -1, &schematic_string_date_time_Type},
    {"promo_code_applied", 18, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, promo_code_applied), -1, -1, &apic_type_bool},
    {"proration", 9, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, proration), -1, -1, &apic_type_int64},
    {"scheduled_change_time", 21, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_change_response_data, scheduled_change_time), -1, offsetof(schematic_preview_subscription_change_response_data, scheduled_change_time_is_null), &schematic_string_date_time_Type},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_change_response_data, trial_end), -1, offsetof(schematic_preview_subscription_change_response_data, trial_end_is_null), &schematic_string_date_time_Type},
    {"usage_violations", 16, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_change_response_data, usage_violations), -1, -1, &schematic_feature_usage_response_data_array_Type},
};
const apic_struct_desc schematic_preview_subscription_change_response_data_desc = {
    "PreviewSubscriptionChangeResponseData", sizeof(schematic_preview_subscription_change_response_data), schematic_preview_subscription_change_response_data_desc_Fields, 16,
    offsetof(schematic_preview_subscription_change_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_preview_subscription_change_response_data_free(schematic_preview_subscription_change_response_data *obj)
{
    apic_struct_free(&schematic_preview_subscription_change_response_data_desc, obj);
}

int schematic_preview_subscription_change_response_data_from_json(const char *json, size_t len, schematic_preview_subscription_change_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preview_subscription_change_response_data_Type, json, len, &value, err);
    *out = (schematic_preview_subscription_change_response_data *)value;
    return rc;
}

int schematic_preview_subscription_change_response_data_to_json(const schematic_preview_subscription_change_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preview_subscription_change_response_data_Type, obj, out, err);
}

/* PreviewSubscriptionFinanceResponseData */
static const apic_field schematic_preview_subscription_finance_response_data_desc_Fields[] = {
    {"amount_off", 10, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, amount_off), -1, -1, &apic_type_int64},
    {"discount_amount", 15, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, discount_amount), -1, -1, &apic_type_int64},
    {"discounts", 9, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, discounts), -1, -1, &schematic_preview_subscription_discount_response_data_array_Type},
    {"due_now", 7, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, due_now), -1, -1, &apic_type_int64},
    {"new_charges", 11, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, new_charges), -1, -1, &apic_type_int64},
    {"percent_off", 11, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, percent_off), -1, -1, &apic_type_double},
    {"period_end", 10, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, period_end), -1, -1, &schematic_string_date_time_Type},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, period_start), -1, -1, &schematic_string_date_time_Type},
    {"promo_code_applied", 18, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, promo_code_applied), -1, -1, &apic_type_bool},
    {"proration", 9, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, proration), -1, -1, &apic_type_int64},
    {"proration_billed_at", 19, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_finance_response_data, proration_billed_at), -1, offsetof(schematic_preview_subscription_finance_response_data, proration_billed_at_is_null), &schematic_string_date_time_Type},
    {"tax_amount", 10, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_finance_response_data, tax_amount), offsetof(schematic_preview_subscription_finance_response_data, has_tax_amount), offsetof(schematic_preview_subscription_finance_response_data, tax_amount_is_null), &apic_type_int64},
    {"tax_display_name", 16, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_finance_response_data, tax_display_name), -1, offsetof(schematic_preview_subscription_finance_response_data, tax_display_name_is_null), &apic_type_string},
    {"tax_require_billing_details", 27, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, tax_require_billing_details), -1, -1, &apic_type_bool},
    {"total_per_billing_period", 24, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, total_per_billing_period), -1, -1, &apic_type_int64},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_finance_response_data, trial_end), -1, offsetof(schematic_preview_subscription_finance_response_data, trial_end_is_null), &schematic_string_date_time_Type},
    {"upcoming_invoice_line_items", 27, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_finance_response_data, upcoming_invoice_line_items), -1, -1, &schematic_preview_subscription_upcoming_invoice_line_items_array_Type},
};
const apic_struct_desc schematic_preview_subscription_finance_response_data_desc = {
    "PreviewSubscriptionFinanceResponseData", sizeof(schematic_preview_subscription_finance_response_data), schematic_preview_subscription_finance_response_data_desc_Fields, 17,
    offsetof(schematic_preview_subscription_finance_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_preview_subscription_finance_response_data_free(schematic_preview_subscription_finance_response_data *obj)
{
    apic_struct_free(&schematic_preview_subscription_finance_response_data_desc, obj);
}

int schematic_preview_subscription_finance_response_data_from_json(const char *json, size_t len, schematic_preview_subscription_finance_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preview_subscription_finance_response_data_Type, json, len, &value, err);
    *out = (schematic_preview_subscription_finance_response_data *)value;
    return rc;
}

int schematic_preview_subscription_finance_response_data_to_json(const schematic_preview_subscription_finance_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preview_subscription_finance_response_data_Type, obj, out, err);
}

/* PreviewSubscriptionDiscountResponseData */
static const apic_field schematic_preview_subscription_discount_response_data_desc_Fields[] = {
    {"amount_off", 10, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_discount_response_data, amount_off), offsetof(schematic_preview_subscription_discount_response_data, has_amount_off), offsetof(schematic_preview_subscription_discount_response_data, amount_off_is_null), &apic_type_int64},
    {"coupon_name", 11, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_discount_response_data, coupon_name), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_discount_response_data, currency), -1, offsetof(schematic_preview_subscription_discount_response_data, currency_is_null), &apic_type_string},
    {"customer_facing_code", 20, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_discount_response_data, customer_facing_code), -1, offsetof(schematic_preview_subscription_discount_response_data, customer_facing_code_is_null), &apic_type_string},
    {"duration", 8, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_discount_response_data, duration), -1, -1, &apic_type_string},
    {"duration_in_months", 18, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_discount_response_data, duration_in_months), offsetof(schematic_preview_subscription_discount_response_data, has_duration_in_months), offsetof(schematic_preview_subscription_discount_response_data, duration_in_months_is_null), &apic_type_int64},
    {"ended_at", 8, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_discount_response_data, ended_at), -1, offsetof(schematic_preview_subscription_discount_response_data, ended_at_is_null), &schematic_string_date_time_Type},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_discount_response_data, is_active), -1, -1, &apic_type_bool},
    {"percent_off", 11, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_discount_response_data, percent_off), offsetof(schematic_preview_subscription_discount_response_data, has_percent_off), offsetof(schematic_preview_subscription_discount_response_data, percent_off_is_null), &apic_type_double},
    {"promo_code_external_id", 22, APIC_F_NULLABLE, offsetof(schematic_preview_subscription_discount_response_data, promo_code_external_id), -1, offsetof(schematic_preview_subscription_discount_response_data, promo_code_external_id_is_null), &apic_type_string},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_discount_response_data, started_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_preview_subscription_discount_response_data_desc = {
    "PreviewSubscriptionDiscountResponseData", sizeof(schematic_preview_subscription_discount_response_data), schematic_preview_subscription_discount_response_data_desc_Fields, 11,
    offsetof(schematic_preview_subscription_discount_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_preview_subscription_discount_response_data_free(schematic_preview_subscription_discount_response_data *obj)
{
    apic_struct_free(&schematic_preview_subscription_discount_response_data_desc, obj);
}

int schematic_preview_subscription_discount_response_data_from_json(const char *json, size_t len, schematic_preview_subscription_discount_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preview_subscription_discount_response_data_Type, json, len, &value, err);
    *out = (schematic_preview_subscription_discount_response_data *)value;
    return rc;
}

int schematic_preview_subscription_discount_response_data_to_json(const schematic_preview_subscription_discount_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preview_subscription_discount_response_data_Type, obj, out, err);
}

/* PreviewSubscriptionUpcomingInvoiceLineItems */
static const apic_field schematic_preview_subscription_upcoming_invoice_line_items_desc_Fields[] = {
    {"amount", 6, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_upcoming_invoice_line_items, amount), -1, -1, &apic_type_int64},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_upcoming_invoice_line_items, description), -1, -1, &apic_type_string},
    {"price_id", 8, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_upcoming_invoice_line_items, price_id), -1, -1, &apic_type_string},
    {"proration", 9, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_upcoming_invoice_line_items, proration), -1, -1, &apic_type_bool},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_preview_subscription_upcoming_invoice_line_items, quantity), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_preview_subscription_upcoming_invoice_line_items_desc = {
    "PreviewSubscriptionUpcomingInvoiceLineItems", sizeof(schematic_preview_subscription_upcoming_invoice_line_items), schematic_preview_subscription_upcoming_invoice_line_items_desc_Fields, 5,
    offsetof(schematic_preview_subscription_upcoming_invoice_line_items, unknown_fields),
    -1,
    NULL
};

void schematic_preview_subscription_upcoming_invoice_line_items_free(schematic_preview_subscription_upcoming_invoice_line_items *obj)
{
    apic_struct_free(&schematic_preview_subscription_upcoming_invoice_line_items_desc, obj);
}

int schematic_preview_subscription_upcoming_invoice_line_items_from_json(const char *json, size_t len, schematic_preview_subscription_upcoming_invoice_line_items **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preview_subscription_upcoming_invoice_line_items_Type, json, len, &value, err);
    *out = (schematic_preview_subscription_upcoming_invoice_line_items *)value;
    return rc;
}

int schematic_preview_subscription_upcoming_invoice_line_items_to_json(const schematic_preview_subscription_upcoming_invoice_line_items *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preview_subscription_upcoming_invoice_line_items_Type, obj, out, err);
}

/* ManagePlanRequest */
static const apic_field schematic_manage_plan_request_desc_Fields[] = {
    {"activate_on_payment", 19, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, activate_on_payment), offsetof(schematic_manage_plan_request, has_activate_on_payment), offsetof(schematic_manage_plan_request, activate_on_payment_is_null), &apic_type_bool},
    {"add_on_selections", 17, APIC_F_REQUIRED, offsetof(schematic_manage_plan_request, add_on_selections), -1, -1, &schematic_plan_selection_array_Type},
    {"base_plan_id", 12, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, base_plan_id), -1, offsetof(schematic_manage_plan_request, base_plan_id_is_null), &apic_type_string},
    {"base_plan_price_id", 18, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, base_plan_price_id), -1, offsetof(schematic_manage_plan_request, base_plan_price_id_is_null), &apic_type_string},
    {"base_plan_version_id", 20, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, base_plan_version_id), -1, offsetof(schematic_manage_plan_request, base_plan_version_id_is_null), &apic_type_string},
    {"billing_cycle_anchor", 20, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, billing_cycle_anchor), -1, offsetof(schematic_manage_plan_request, billing_cycle_anchor_is_null), &schematic_string_date_time_Type},
    {"billing_email", 13, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, billing_email), -1, offsetof(schematic_manage_plan_request, billing_email_is_null), &apic_type_string},
    {"billing_entity_id", 17, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, billing_entity_id), -1, offsetof(schematic_manage_plan_request, billing_entity_id_is_null), &apic_type_string},
    {"cancel_immediately", 18, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, cancel_immediately), offsetof(schematic_manage_plan_request, has_cancel_immediately), offsetof(schematic_manage_plan_request, cancel_immediately_is_null), &apic_type_bool},
    {"collection_method", 17, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, collection_method), offsetof(schematic_manage_plan_request, has_collection_method), offsetof(schematic_manage_plan_request, collection_method_is_null), &schematic_billing_collection_method_Type},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_manage_plan_request, company_id), -1, -1, &apic_type_string},
    {"coupon_external_id", 18, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, coupon_external_id), -1, offsetof(schematic_manage_plan_request, coupon_external_id_is_null), &apic_type_string},
    {"credit_bundles", 14, APIC_F_REQUIRED, offsetof(schematic_manage_plan_request, credit_bundles), -1, -1, &schematic_update_credit_bundle_request_body_array_Type},
    {"custom_field_values", 19, APIC_F_REQUIRED, offsetof(schematic_manage_plan_request, custom_field_values), -1, -1, &schematic_checkout_field_value_array_Type},
    {"days_until_due", 14, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, days_until_due), offsetof(schematic_manage_plan_request, has_days_until_due), offsetof(schematic_manage_plan_request, days_until_due_is_null), &apic_type_int64},
    {"pay_in_advance_entitlements", 27, APIC_F_REQUIRED, offsetof(schematic_manage_plan_request, pay_in_advance_entitlements), -1, -1, &schematic_update_pay_in_advance_request_body_array_Type},
    {"payment_method_external_id", 26, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, payment_method_external_id), -1, offsetof(schematic_manage_plan_request, payment_method_external_id_is_null), &apic_type_string},
    {"promo_code", 10, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, promo_code), -1, offsetof(schematic_manage_plan_request, promo_code_is_null), &apic_type_string},
    {"prorate", 7, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, prorate), offsetof(schematic_manage_plan_request, has_prorate), offsetof(schematic_manage_plan_request, prorate_is_null), &apic_type_bool},
    {"prorate_first_period", 20, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, prorate_first_period), offsetof(schematic_manage_plan_request, has_prorate_first_period), offsetof(schematic_manage_plan_request, prorate_first_period_is_null), &apic_type_bool},
    {"send_invoice", 12, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, send_invoice), offsetof(schematic_manage_plan_request, has_send_invoice), offsetof(schematic_manage_plan_request, send_invoice_is_null), &apic_type_bool},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_manage_plan_request, trial_end), -1, offsetof(schematic_manage_plan_request, trial_end_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_manage_plan_request_desc = {
    "ManagePlanRequest", sizeof(schematic_manage_plan_request), schematic_manage_plan_request_desc_Fields, 22,
    offsetof(schematic_manage_plan_request, unknown_fields),
    -1,
    NULL
};

void schematic_manage_plan_request_free(schematic_manage_plan_request *obj)
{
    apic_struct_free(&schematic_manage_plan_request_desc, obj);
}

int schematic_manage_plan_request_from_json(const char *json, size_t len, schematic_manage_plan_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_manage_plan_request_Type, json, len, &value, err);
    *out = (schematic_manage_plan_request *)value;
    return rc;
}

int schematic_manage_plan_request_to_json(const schematic_manage_plan_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_manage_plan_request_Type, obj, out, err);
}

/* PlanSelection */
static const apic_field schematic_plan_selection_desc_Fields[] = {
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_selection, plan_id), -1, -1, &apic_type_string},
    {"price_id", 8, APIC_F_NULLABLE, offsetof(schematic_plan_selection, price_id), -1, offsetof(schematic_plan_selection, price_id_is_null), &apic_type_string},
    {"version_id", 10, APIC_F_NULLABLE, offsetof(schematic_plan_selection, version_id), -1, offsetof(schematic_plan_selection, version_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_plan_selection_desc = {
    "PlanSelection", sizeof(schematic_plan_selection), schematic_plan_selection_desc_Fields, 3,
    offsetof(schematic_plan_selection, unknown_fields),
    -1,
    NULL
};

void schematic_plan_selection_free(schematic_plan_selection *obj)
{
    apic_struct_free(&schematic_plan_selection_desc, obj);
}

int schematic_plan_selection_from_json(const char *json, size_t len, schematic_plan_selection **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_selection_Type, json, len, &value, err);
    *out = (schematic_plan_selection *)value;
    return rc;
}

int schematic_plan_selection_to_json(const schematic_plan_selection *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_selection_Type, obj, out, err);
}

/* ManagePlanResponseResponseData */
static const apic_field schematic_manage_plan_response_response_data_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_manage_plan_response_response_data, company), -1, -1, &schematic_company_detail_response_data_Type},
    {"success", 7, APIC_F_REQUIRED, offsetof(schematic_manage_plan_response_response_data, success), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_manage_plan_response_response_data_desc = {
    "ManagePlanResponseResponseData", sizeof(schematic_manage_plan_response_response_data), schematic_manage_plan_response_response_data_desc_Fields, 2,
    offsetof(schematic_manage_plan_response_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_manage_plan_response_response_data_free(schematic_manage_plan_response_response_data *obj)
{
    apic_struct_free(&schematic_manage_plan_response_response_data_desc, obj);
}

int schematic_manage_plan_response_response_data_from_json(const char *json, size_t len, schematic_manage_plan_response_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_manage_plan_response_response_data_Type, json, len, &value, err);
    *out = (schematic_manage_plan_response_response_data *)value;
    return rc;
}

int schematic_manage_plan_response_response_data_to_json(const schematic_manage_plan_response_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_manage_plan_response_response_data_Type, obj, out, err);
}

/* MeterRequestBody */
static const apic_field schematic_meter_request_body_desc_Fields[] = {
    {"display_name", 12, APIC_F_REQUIRED, offsetof(schematic_meter_request_body, display_name), -1, -1, &apic_type_string},
    {"event_name", 10, APIC_F_REQUIRED, offsetof(schematic_meter_request_body, event_name), -1, -1, &apic_type_string},
    {"event_payload_key", 17, APIC_F_REQUIRED, offsetof(schematic_meter_request_body, event_payload_key), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_meter_request_body_desc = {
    "MeterRequestBody", sizeof(schematic_meter_request_body), schematic_meter_request_body_desc_Fields, 3,
    offsetof(schematic_meter_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_meter_request_body_free(schematic_meter_request_body *obj)
{
    apic_struct_free(&schematic_meter_request_body_desc, obj);
}

int schematic_meter_request_body_from_json(const char *json, size_t len, schematic_meter_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_meter_request_body_Type, json, len, &value, err);
    *out = (schematic_meter_request_body *)value;
    return rc;
}

int schematic_meter_request_body_to_json(const schematic_meter_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_meter_request_body_Type, obj, out, err);
}

/* PaymentMethodRequestBody */
static const apic_field schematic_payment_method_request_body_desc_Fields[] = {
    {"account_last4", 13, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, account_last4), -1, offsetof(schematic_payment_method_request_body, account_last4_is_null), &apic_type_string},
    {"account_name", 12, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, account_name), -1, offsetof(schematic_payment_method_request_body, account_name_is_null), &apic_type_string},
    {"bank_name", 9, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, bank_name), -1, offsetof(schematic_payment_method_request_body, bank_name_is_null), &apic_type_string},
    {"billing_email", 13, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, billing_email), -1, offsetof(schematic_payment_method_request_body, billing_email_is_null), &apic_type_string},
    {"billing_name", 12, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, billing_name), -1, offsetof(schematic_payment_method_request_body, billing_name_is_null), &apic_type_string},
    {"card_brand", 10, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, card_brand), -1, offsetof(schematic_payment_method_request_body, card_brand_is_null), &apic_type_string},
    {"card_exp_month", 14, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, card_exp_month), offsetof(schematic_payment_method_request_body, has_card_exp_month), offsetof(schematic_payment_method_request_body, card_exp_month_is_null), &apic_type_int64},
    {"card_exp_year", 13, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, card_exp_year), offsetof(schematic_payment_method_request_body, has_card_exp_year), offsetof(schematic_payment_method_request_body, card_exp_year_is_null), &apic_type_int64},
    {"card_last4", 10, APIC_F_NULLABLE, offsetof(schematic_payment_method_request_body, card_last4), -1, offsetof(schematic_payment_method_request_body, card_last4_is_null), &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_payment_method_request_body, customer_external_id), -1, -1, &apic_type_string},
    {"payment_method_type", 19, APIC_F_REQUIRED, offsetof(schematic_payment_method_request_body, payment_method_type), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_payment_method_request_body_desc = {
    "PaymentMethodRequestBody", sizeof(schematic_payment_method_request_body), schematic_payment_method_request_body_desc_Fields, 11,
    offsetof(schematic_payment_method_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_payment_method_request_body_free(schematic_payment_method_request_body *obj)
{
    apic_struct_free(&schematic_payment_method_request_body_desc, obj);
}

int schematic_payment_method_request_body_from_json(const char *json, size_t len, schematic_payment_method_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_payment_method_request_body_Type, json, len, &value, err);
    *out = (schematic_payment_method_request_body *)value;
    return rc;
}

int schematic_payment_method_request_body_to_json(const schematic_payment_method_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_payment_method_request_body_Type, obj, out, err);
}

/* PlanBundleResponseData */
static const apic_field schematic_plan_bundle_response_data_desc_Fields[] = {
    {"billing_product", 15, 0, offsetof(schematic_plan_bundle_response_data, billing_product), -1, -1, &schematic_billing_product_plan_response_data_Type},
    {"credit_grants", 13, 0, offsetof(schematic_plan_bundle_response_data, credit_grants), offsetof(schematic_plan_bundle_response_data, has_credit_grants), -1, &schematic_billing_plan_credit_grant_response_data_array_Type},
    {"entitlements", 12, 0, offsetof(schematic_plan_bundle_response_data, entitlements), offsetof(schematic_plan_bundle_response_data, has_entitlements), -1, &schematic_plan_entitlement_response_data_array_Type},
    {"plan", 4, 0, offsetof(schematic_plan_bundle_response_data, plan), -1, -1, &schematic_plan_response_data_Type},
    {"plan_version", 12, 0, offsetof(schematic_plan_bundle_response_data, plan_version), -1, -1, &schematic_plan_version_response_data_Type},
};
const apic_struct_desc schematic_plan_bundle_response_data_desc = {
    "PlanBundleResponseData", sizeof(schematic_plan_bundle_response_data), schematic_plan_bundle_response_data_desc_Fields, 5,
    offsetof(schematic_plan_bundle_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_bundle_response_data_free(schematic_plan_bundle_response_data *obj)
{
    apic_struct_free(&schematic_plan_bundle_response_data_desc, obj);
}

int schematic_plan_bundle_response_data_from_json(const char *json, size_t len, schematic_plan_bundle_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_bundle_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_bundle_response_data *)value;
    return rc;
}

int schematic_plan_bundle_response_data_to_json(const schematic_plan_bundle_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_bundle_response_data_Type, obj, out, err);
}

/* PlanChangeResponseData */
static const apic_field schematic_plan_change_response_data_desc_Fields[] = {
    {"action", 6, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, action), -1, -1, &schematic_plan_change_action_Type},
    {"actor_type", 10, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, actor_type), -1, -1, &schematic_actor_type_Type},
    {"add_ons_added", 13, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, add_ons_added), -1, -1, &schematic_plan_snapshot_view_array_Type},
    {"add_ons_removed", 15, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, add_ons_removed), -1, -1, &schematic_plan_snapshot_view_array_Type},
    {"api_key", 7, 0, offsetof(schematic_plan_change_response_data, api_key), -1, -1, &schematic_api_key_response_data_Type},
    {"audit_log", 9, 0, offsetof(schematic_plan_change_response_data, audit_log), -1, -1, &schematic_audit_log_list_response_data_Type},
    {"base_plan", 9, 0, offsetof(schematic_plan_change_response_data, base_plan), -1, -1, &schematic_plan_snapshot_view_Type},
    {"base_plan_action", 16, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, base_plan_action), offsetof(schematic_plan_change_response_data, has_base_plan_action), offsetof(schematic_plan_change_response_data, base_plan_action_is_null), &schematic_plan_change_base_plan_action_Type},
    {"base_plan_version", 17, 0, offsetof(schematic_plan_change_response_data, base_plan_version), -1, -1, &schematic_plan_version_snapshot_view_Type},
    {"company", 7, 0, offsetof(schematic_plan_change_response_data, company), -1, -1, &schematic_company_response_data_Type},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, company_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, id), -1, -1, &apic_type_string},
    {"integration", 11, 0, offsetof(schematic_plan_change_response_data, integration), -1, -1, &schematic_integration_response_data_Type},
    {"is_version_upgrade", 18, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, is_version_upgrade), -1, -1, &apic_type_bool},
    {"previous_base_plan", 18, 0, offsetof(schematic_plan_change_response_data, previous_base_plan), -1, -1, &schematic_plan_snapshot_view_Type},
    {"previous_base_plan_version", 26, 0, offsetof(schematic_plan_change_response_data, previous_base_plan_version), -1, -1, &schematic_plan_version_snapshot_view_Type},
    {"request_id", 10, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, request_id), -1, offsetof(schematic_plan_change_response_data, request_id_is_null), &apic_type_string},
    {"subscription_change_action", 26, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, subscription_change_action), offsetof(schematic_plan_change_response_data, has_subscription_change_action), offsetof(schematic_plan_change_response_data, subscription_change_action_is_null), &schematic_plan_change_subscription_action_Type},
    {"traits_updated", 14, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, traits_updated), -1, -1, &schematic_subscription_trait_update_array_Type},
    {"trial_converted_at", 18, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, trial_converted_at), -1, offsetof(schematic_plan_change_response_data, trial_converted_at_is_null), &schematic_string_date_time_Type},
    {"trial_expires_at", 16, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, trial_expires_at), -1, offsetof(schematic_plan_change_response_data, trial_expires_at_is_null), &schematic_string_date_time_Type},
    {"trial_status", 12, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, trial_status), offsetof(schematic_plan_change_response_data, has_trial_status), offsetof(schematic_plan_change_response_data, trial_status_is_null), &schematic_trial_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_change_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, user_id), -1, offsetof(schematic_plan_change_response_data, user_id_is_null), &apic_type_string},
    {"user_name", 9, APIC_F_NULLABLE, offsetof(schematic_plan_change_response_data, user_name), -1, offsetof(schematic_plan_change_response_data, user_name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_plan_change_response_data_desc = {
    "PlanChangeResponseData", sizeof(schematic_plan_change_response_data), schematic_plan_change_response_data_desc_Fields, 27,
    offsetof(schematic_plan_change_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_change_response_data_free(schematic_plan_change_response_data *obj)
{
    apic_struct_free(&schematic_plan_change_response_data_desc, obj);
}

int schematic_plan_change_response_data_from_json(const char *json, size_t len, schematic_plan_change_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_change_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_change_response_data *)value;
    return rc;
}

int schematic_plan_change_response_data_to_json(const schematic_plan_change_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_change_response_data_Type, obj, out, err);
}

/* PlanSnapshotView */
static const apic_field schematic_plan_snapshot_view_desc_Fields[] = {
    {"deleted", 7, APIC_F_REQUIRED, offsetof(schematic_plan_snapshot_view, deleted), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_plan_snapshot_view, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_plan_snapshot_view, icon), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_snapshot_view, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_snapshot_view, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plan_snapshot_view_desc = {
    "PlanSnapshotView", sizeof(schematic_plan_snapshot_view), schematic_plan_snapshot_view_desc_Fields, 5,
    offsetof(schematic_plan_snapshot_view, unknown_fields),
    -1,
    NULL
};

void schematic_plan_snapshot_view_free(schematic_plan_snapshot_view *obj)
{
    apic_struct_free(&schematic_plan_snapshot_view_desc, obj);
}

int schematic_plan_snapshot_view_from_json(const char *json, size_t len, schematic_plan_snapshot_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_snapshot_view_Type, json, len, &value, err);
    *out = (schematic_plan_snapshot_view *)value;
    return rc;
}

int schematic_plan_snapshot_view_to_json(const schematic_plan_snapshot_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_snapshot_view_Type, obj, out, err);
}

/* PlanVersionSnapshotView */
static const apic_field schematic_plan_version_snapshot_view_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_version_snapshot_view, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_version_snapshot_view, name), -1, -1, &apic_type_string},
    {"version", 7, APIC_F_REQUIRED, offsetof(schematic_plan_version_snapshot_view, version), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_plan_version_snapshot_view_desc = {
    "PlanVersionSnapshotView", sizeof(schematic_plan_version_snapshot_view), schematic_plan_version_snapshot_view_desc_Fields, 3,
    offsetof(schematic_plan_version_snapshot_view, unknown_fields),
    -1,
    NULL
};

void schematic_plan_version_snapshot_view_free(schematic_plan_version_snapshot_view *obj)
{
    apic_struct_free(&schematic_plan_version_snapshot_view_desc, obj);
}

int schematic_plan_version_snapshot_view_from_json(const char *json, size_t len, schematic_plan_version_snapshot_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_version_snapshot_view_Type, json, len, &value, err);
    *out = (schematic_plan_version_snapshot_view *)value;
    return rc;
}

int schematic_plan_version_snapshot_view_to_json(const schematic_plan_version_snapshot_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_version_snapshot_view_Type, obj, out, err);
}

/* SubscriptionTraitUpdate */
static const apic_field schematic_subscription_trait_update_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_subscription_trait_update, feature_id), -1, -1, &apic_type_string},
    {"hierarchy", 9, APIC_F_REQUIRED, offsetof(schematic_subscription_trait_update, hierarchy), -1, -1, &schematic_string_array_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(schematic_subscription_trait_update, reason), -1, -1, &apic_type_string},
    {"trait_id", 8, APIC_F_REQUIRED, offsetof(schematic_subscription_trait_update, trait_id), -1, -1, &apic_type_string},
    {"trait_name", 10, APIC_F_REQUIRED, offsetof(schematic_subscription_trait_update, trait_name), -1, -1, &apic_type_string},
    {"trait_type", 10, APIC_F_REQUIRED, offsetof(schematic_subscription_trait_update, trait_type), -1, -1, &schematic_trait_type_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_subscription_trait_update, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_subscription_trait_update_desc = {
    "SubscriptionTraitUpdate", sizeof(schematic_subscription_trait_update), schematic_subscription_trait_update_desc_Fields, 7,
    offsetof(schematic_subscription_trait_update, unknown_fields),
    -1,
    NULL
};

void schematic_subscription_trait_update_free(schematic_subscription_trait_update *obj)
{
    apic_struct_free(&schematic_subscription_trait_update_desc, obj);
}

int schematic_subscription_trait_update_from_json(const char *json, size_t len, schematic_subscription_trait_update **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_subscription_trait_update_Type, json, len, &value, err);
    *out = (schematic_subscription_trait_update *)value;
    return rc;
}

int schematic_subscription_trait_update_to_json(const schematic_subscription_trait_update *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_subscription_trait_update_Type, obj, out, err);
}

/* PlanEntitlementsOrder */
static const apic_field schematic_plan_entitlements_order_desc_Fields[] = {
    {"plan_entitlement_id", 19, APIC_F_REQUIRED, offsetof(schematic_plan_entitlements_order, plan_entitlement_id), -1, -1, &apic_type_string},
    {"visible", 7, APIC_F_NULLABLE, offsetof(schematic_plan_entitlements_order, visible), offsetof(schematic_plan_entitlements_order, has_visible), offsetof(schematic_plan_entitlements_order, visible_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_plan_entitlements_order_desc = {
    "PlanEntitlementsOrder", sizeof(schematic_plan_entitlements_order), schematic_plan_entitlements_order_desc_Fields, 2,
    offsetof(schematic_plan_entitlements_order, unknown_fields),
    -1,
    NULL
};

void schematic_plan_entitlements_order_free(schematic_plan_entitlements_order *obj)
{
    apic_struct_free(&schematic_plan_entitlements_order_desc, obj);
}

int schematic_plan_entitlements_order_from_json(const char *json, size_t len, schematic_plan_entitlements_order **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_entitlements_order_Type, json, len, &value, err);
    *out = (schematic_plan_entitlements_order *)value;
    return rc;
}

int schematic_plan_entitlements_order_to_json(const schematic_plan_entitlements_order *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_entitlements_order_Type, obj, out, err);
}

/* PlanGroupDetailResponseData */
static const apic_field schematic_plan_group_detail_response_data_desc_Fields[] = {
    {"add_ons", 7, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, add_ons), -1, -1, &schematic_plan_group_plan_detail_response_data_array_Type},
    {"checkout_settings", 17, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, checkout_settings), -1, -1, &schematic_checkout_settings_response_data_Type},
    {"component_settings", 18, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, component_settings), -1, -1, &schematic_component_settings_response_data_Type},
    {"custom_checkout_fields", 22, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, custom_checkout_fields), -1, -1, &schematic_checkout_field_response_data_array_Type},
    {"custom_plan_config", 18, 0, offsetof(schematic_plan_group_detail_response_data, custom_plan_config), -1, -1, &schematic_custom_plan_view_config_response_data_Type},
    {"custom_plan_id", 14, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, custom_plan_id), -1, offsetof(schematic_plan_group_detail_response_data, custom_plan_id_is_null), &apic_type_string},
    {"default_plan", 12, 0, offsetof(schematic_plan_group_detail_response_data, default_plan), -1, -1, &schematic_plan_group_plan_detail_response_data_Type},
    {"default_plan_id", 15, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, default_plan_id), -1, offsetof(schematic_plan_group_detail_response_data, default_plan_id_is_null), &apic_type_string},
    {"fallback_plan", 13, 0, offsetof(schematic_plan_group_detail_response_data, fallback_plan), -1, -1, &schematic_plan_group_plan_detail_response_data_Type},
    {"fallback_plan_id", 16, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, fallback_plan_id), -1, offsetof(schematic_plan_group_detail_response_data, fallback_plan_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, id), -1, -1, &apic_type_string},
    {"initial_plan", 12, 0, offsetof(schematic_plan_group_detail_response_data, initial_plan), -1, -1, &schematic_plan_group_plan_detail_response_data_Type},
    {"initial_plan_id", 15, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, initial_plan_id), -1, offsetof(schematic_plan_group_detail_response_data, initial_plan_id_is_null), &apic_type_string},
    {"initial_plan_price", 18, 0, offsetof(schematic_plan_group_detail_response_data, initial_plan_price), -1, -1, &schematic_billing_price_view_Type},
    {"initial_plan_price_id", 21, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, initial_plan_price_id), -1, offsetof(schematic_plan_group_detail_response_data, initial_plan_price_id_is_null), &apic_type_string},
    {"ordered_add_on_list", 19, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, ordered_add_on_list), -1, -1, &schematic_plan_group_plan_entitlements_order_array_Type},
    {"ordered_bundle_list", 19, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, ordered_bundle_list), -1, -1, &schematic_plan_group_bundle_order_array_Type},
    {"ordered_plan_list", 17, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, ordered_plan_list), -1, -1, &schematic_plan_group_plan_entitlements_order_array_Type},
    {"plans", 5, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, plans), -1, -1, &schematic_plan_group_plan_detail_response_data_array_Type},
    {"prevent_downgrades_when_over_limit", 34, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, prevent_downgrades_when_over_limit), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade", 30, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, prevent_self_service_downgrade), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade_button_text", 42, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, prevent_self_service_downgrade_button_text), -1, offsetof(schematic_plan_group_detail_response_data, prevent_self_service_downgrade_button_text_is_null), &apic_type_string},
    {"prevent_self_service_downgrade_url", 34, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, prevent_self_service_downgrade_url), -1, offsetof(schematic_plan_group_detail_response_data, prevent_self_service_downgrade_url_is_null), &apic_type_string},
    {"proration_behavior", 18, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, proration_behavior), -1, -1, &apic_type_string},
    {"scheduled_downgrade_behavior", 28, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, scheduled_downgrade_behavior), -1, offsetof(schematic_plan_group_detail_response_data, scheduled_downgrade_behavior_is_null), &apic_type_string},
    {"scheduled_downgrade_prevent_when_over_limit", 43, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_plan_group_detail_response_data, has_scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_plan_group_detail_response_data, scheduled_downgrade_prevent_when_over_limit_is_null), &apic_type_bool},
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, show_credits), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, show_zero_price_as_free), -1, -1, &apic_type_bool},
    {"sync_customer_billing_details", 29, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, sync_customer_billing_details), -1, -1, &apic_type_bool},
    {"tax_collection_enabled", 22, APIC_F_REQUIRED, offsetof(schematic_plan_group_detail_response_data, tax_collection_enabled), -1, -1, &apic_type_bool},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, trial_days), offsetof(schematic_plan_group_detail_response_data, has_trial_days), offsetof(schematic_plan_group_detail_response_data, trial_days_is_null), &apic_type_int64},
    {"trial_expiry_plan", 17, 0, offsetof(schematic_plan_group_detail_response_data, trial_expiry_plan), -1, -1, &schematic_plan_group_plan_detail_response_data_Type},
    {"trial_expiry_plan_id", 20, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, trial_expiry_plan_id), -1, offsetof(schematic_plan_group_detail_response_data, trial_expiry_plan_id_is_null), &apic_type_string},
    {"trial_expiry_plan_price", 23, 0, offsetof(schematic_plan_group_detail_response_data, trial_expiry_plan_price), -1, -1, &schematic_billing_price_view_Type},
    {"trial_expiry_plan_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, trial_expiry_plan_price_id), -1, offsetof(schematic_plan_group_detail_response_data, trial_expiry_plan_price_id_is_null), &apic_type_string},
    {"trial_payment_method_required", 29, APIC_F_NULLABLE, offsetof(schematic_plan_group_detail_response_data, trial_payment_method_required), offsetof(schematic_plan_group_detail_response_data, has_trial_payment_method_required), offsetof(schematic_plan_group_detail_response_data, trial_payment_method_required_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_plan_group_detail_response_data_desc = {
    "PlanGroupDetailResponseData", sizeof(schematic_plan_group_detail_response_data), schematic_plan_group_detail_response_data_desc_Fields, 38,
    offsetof(schematic_plan_group_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_group_detail_response_data_free(schematic_plan_group_detail_response_data *obj)
{
    apic_struct_free(&schematic_plan_group_detail_response_data_desc, obj);
}

int schematic_plan_group_detail_response_data_from_json(const char *json, size_t len, schematic_plan_group_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_group_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_group_detail_response_data *)value;
    return rc;
}

int schematic_plan_group_detail_response_data_to_json(const schematic_plan_group_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_group_detail_response_data_Type, obj, out, err);
}

/* PlanGroupPlanEntitlementsOrder */
static const apic_field schematic_plan_group_plan_entitlements_order_desc_Fields[] = {
    {"entitlements", 12, APIC_F_NULLABLE, offsetof(schematic_plan_group_plan_entitlements_order, entitlements), offsetof(schematic_plan_group_plan_entitlements_order, has_entitlements), offsetof(schematic_plan_group_plan_entitlements_order, entitlements_is_null), &schematic_plan_entitlements_order_array_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_group_plan_entitlements_order, plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plan_group_plan_entitlements_order_desc = {
    "PlanGroupPlanEntitlementsOrder", sizeof(schematic_plan_group_plan_entitlements_order), schematic_plan_group_plan_entitlements_order_desc_Fields, 2,
    offsetof(schematic_plan_group_plan_entitlements_order, unknown_fields),
    -1,
    NULL
};

void schematic_plan_group_plan_entitlements_order_free(schematic_plan_group_plan_entitlements_order *obj)
{
    apic_struct_free(&schematic_plan_group_plan_entitlements_order_desc, obj);
}

int schematic_plan_group_plan_entitlements_order_from_json(const char *json, size_t len, schematic_plan_group_plan_entitlements_order **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_group_plan_entitlements_order_Type, json, len, &value, err);
    *out = (schematic_plan_group_plan_entitlements_order *)value;
    return rc;
}

int schematic_plan_group_plan_entitlements_order_to_json(const schematic_plan_group_plan_entitlements_order *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_group_plan_entitlements_order_Type, obj, out, err);
}

/* PlanGroupResponseData */
static const apic_field schematic_plan_group_response_data_desc_Fields[] = {
    {"add_on_compatibilities", 22, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, add_on_compatibilities), -1, -1, &schematic_compatible_plans_response_data_array_Type},
    {"add_on_ids", 10, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, add_on_ids), -1, -1, &schematic_string_array_Type},
    {"checkout_settings", 17, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, checkout_settings), -1, -1, &schematic_checkout_settings_response_data_Type},
    {"component_settings", 18, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, component_settings), -1, -1, &schematic_component_settings_response_data_Type},
    {"default_plan_id", 15, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, default_plan_id), -1, offsetof(schematic_plan_group_response_data, default_plan_id_is_null), &apic_type_string},
    {"fallback_plan_id", 16, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, fallback_plan_id), -1, offsetof(schematic_plan_group_response_data, fallback_plan_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, id), -1, -1, &apic_type_string},
    {"initial_plan_id", 15, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, initial_plan_id), -1, offsetof(schematic_plan_group_response_data, initial_plan_id_is_null), &apic_type_string},
    {"initial_plan_price_id", 21, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, initial_plan_price_id), -1, offsetof(schematic_plan_group_response_data, initial_plan_price_id_is_null), &apic_type_string},
    {"ordered_add_on_ids", 18, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, ordered_add_on_ids), -1, -1, &schematic_ordered_plans_in_group_array_Type},
    {"plan_ids", 8, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, plan_ids), -1, -1, &schematic_ordered_plans_in_group_array_Type},
    {"prevent_downgrades_when_over_limit", 34, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, prevent_downgrades_when_over_limit), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade", 30, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, prevent_self_service_downgrade), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade_button_text", 42, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, prevent_self_service_downgrade_button_text), -1, offsetof(schematic_plan_group_response_data, prevent_self_service_downgrade_button_text_is_null), &apic_type_string},
    {"prevent_self_service_downgrade_url", 34, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, prevent_self_service_downgrade_url), -1, offsetof(schematic_plan_group_response_data, prevent_self_service_downgrade_url_is_null), &apic_type_string},
    {"proration_behavior", 18, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, proration_behavior), -1, -1, &apic_type_string},
    {"scheduled_downgrade_behavior", 28, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, scheduled_downgrade_behavior), -1, offsetof(schematic_plan_group_response_data, scheduled_downgrade_behavior_is_null), &apic_type_string},
    {"scheduled_downgrade_prevent_when_over_limit", 43, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_plan_group_response_data, has_scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_plan_group_response_data, scheduled_downgrade_prevent_when_over_limit_is_null), &apic_type_bool},
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, show_credits), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, show_zero_price_as_free), -1, -1, &apic_type_bool},
    {"sync_customer_billing_details", 29, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, sync_customer_billing_details), -1, -1, &apic_type_bool},
    {"tax_collection_enabled", 22, APIC_F_REQUIRED, offsetof(schematic_plan_group_response_data, tax_collection_enabled), -1, -1, &apic_type_bool},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, trial_days), offsetof(schematic_plan_group_response_data, has_trial_days), offsetof(schematic_plan_group_response_data, trial_days_is_null), &apic_type_int64},
    {"trial_expiry_plan_id", 20, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, trial_expiry_plan_id), -1, offsetof(schematic_plan_group_response_data, trial_expiry_plan_id_is_null), &apic_type_string},
    {"trial_expiry_plan_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, trial_expiry_plan_price_id), -1, offsetof(schematic_plan_group_response_data, trial_expiry_plan_price_id_is_null), &apic_type_string},
    {"trial_payment_method_required", 29, APIC_F_NULLABLE, offsetof(schematic_plan_group_response_data, trial_payment_method_required), offsetof(schematic_plan_group_response_data, has_trial_payment_method_required), offsetof(schematic_plan_group_response_data, trial_payment_method_required_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_plan_group_response_data_desc = {
    "PlanGroupResponseData", sizeof(schematic_plan_group_response_data), schematic_plan_group_response_data_desc_Fields, 28,
    offsetof(schematic_plan_group_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_group_response_data_free(schematic_plan_group_response_data *obj)
{
    apic_struct_free(&schematic_plan_group_response_data_desc, obj);
}

int schematic_plan_group_response_data_from_json(const char *json, size_t len, schematic_plan_group_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_group_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_group_response_data *)value;
    return rc;
}

int schematic_plan_group_response_data_to_json(const schematic_plan_group_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_group_response_data_Type, obj, out, err);
}

/* PlanGrowthPointResponseData */
static const apic_field schematic_plan_growth_point_response_data_desc_Fields[] = {
    {"month", 5, APIC_F_REQUIRED, offsetof(schematic_plan_growth_point_response_data, month), -1, -1, &schematic_string_date_time_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_growth_point_response_data, plan_id), -1, -1, &apic_type_string},
    {"plan_name", 9, APIC_F_REQUIRED, offsetof(schematic_plan_growth_point_response_data, plan_name), -1, -1, &apic_type_string},
    {"subscribers", 11, APIC_F_REQUIRED, offsetof(schematic_plan_growth_point_response_data, subscribers), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_plan_growth_point_response_data_desc = {
    "PlanGrowthPointResponseData", sizeof(schematic_plan_growth_point_response_data), schematic_plan_growth_point_response_data_desc_Fields, 4,
    offsetof(schematic_plan_growth_point_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_growth_point_response_data_free(schematic_plan_growth_point_response_data *obj)
{
    apic_struct_free(&schematic_plan_growth_point_response_data_desc, obj);
}

int schematic_plan_growth_point_response_data_from_json(const char *json, size_t len, schematic_plan_growth_point_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_growth_point_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_growth_point_response_data *)value;
    return rc;
}

int schematic_plan_growth_point_response_data_to_json(const schematic_plan_growth_point_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_growth_point_response_data_Type, obj, out, err);
}

/* PlanGrowthResponseData */
static const apic_field schematic_plan_growth_response_data_desc_Fields[] = {
    {"points", 6, APIC_F_REQUIRED, offsetof(schematic_plan_growth_response_data, points), -1, -1, &schematic_plan_growth_point_response_data_array_Type},
};
const apic_struct_desc schematic_plan_growth_response_data_desc = {
    "PlanGrowthResponseData", sizeof(schematic_plan_growth_response_data), schematic_plan_growth_response_data_desc_Fields, 1,
    offsetof(schematic_plan_growth_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_growth_response_data_free(schematic_plan_growth_response_data *obj)
{
    apic_struct_free(&schematic_plan_growth_response_data_desc, obj);
}

int schematic_plan_growth_response_data_from_json(const char *json, size_t len, schematic_plan_growth_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_growth_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_growth_response_data *)value;
    return rc;
}

int schematic_plan_growth_response_data_to_json(const schematic_plan_growth_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_growth_response_data_Type, obj, out, err);
}

/* PlanTraitResponseData */
static const apic_field schematic_plan_trait_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, plan_id), -1, -1, &apic_type_string},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, plan_type), -1, -1, &apic_type_string},
    {"trait_id", 8, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, trait_id), -1, -1, &apic_type_string},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, trait_value), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_trait_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_plan_trait_response_data_desc = {
    "PlanTraitResponseData", sizeof(schematic_plan_trait_response_data), schematic_plan_trait_response_data_desc_Fields, 9,
    offsetof(schematic_plan_trait_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_trait_response_data_free(schematic_plan_trait_response_data *obj)
{
    apic_struct_free(&schematic_plan_trait_response_data_desc, obj);
}

int schematic_plan_trait_response_data_from_json(const char *json, size_t len, schematic_plan_trait_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_trait_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_trait_response_data *)value;
    return rc;
}

int schematic_plan_trait_response_data_to_json(const schematic_plan_trait_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_trait_response_data_Type, obj, out, err);
}

/* PlanVersionCompanyMigrationResponseData */
static const apic_field schematic_plan_version_company_migration_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_company_migration_response_data, company_id), -1, -1, &apic_type_string},
    {"company_name", 12, APIC_F_REQUIRED, offsetof(schematic_plan_version_company_migration_response_data, company_name), -1, -1, &apic_type_string},
    {"completed_at", 12, APIC_F_NULLABLE, offsetof(schematic_plan_version_company_migration_response_data, completed_at), -1, offsetof(schematic_plan_version_company_migration_response_data, completed_at_is_null), &schematic_string_date_time_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_company_migration_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"error", 5, APIC_F_NULLABLE, offsetof(schematic_plan_version_company_migration_response_data, error), -1, offsetof(schematic_plan_version_company_migration_response_data, error_is_null), &apic_type_string},
    {"error_code", 10, APIC_F_NULLABLE, offsetof(schematic_plan_version_company_migration_response_data, error_code), offsetof(schematic_plan_version_company_migration_response_data, has_error_code), offsetof(schematic_plan_version_company_migration_response_data, error_code_is_null), &schematic_migration_error_code_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_version_company_migration_response_data, id), -1, -1, &apic_type_string},
    {"migration_id", 12, APIC_F_REQUIRED, offsetof(schematic_plan_version_company_migration_response_data, migration_id), -1, -1, &apic_type_string},
    {"plan_version_id_from", 20, APIC_F_NULLABLE, offsetof(schematic_plan_version_company_migration_response_data, plan_version_id_from), -1, offsetof(schematic_plan_version_company_migration_response_data, plan_version_id_from_is_null), &apic_type_string},
    {"started_at", 10, APIC_F_NULLABLE, offsetof(schematic_plan_version_company_migration_response_data, started_at), -1, offsetof(schematic_plan_version_company_migration_response_data, started_at_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_plan_version_company_migration_response_data, status), -1, -1, &schematic_plan_version_company_migration_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_company_migration_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_plan_version_company_migration_response_data_desc = {
    "PlanVersionCompanyMigrationResponseData", sizeof(schematic_plan_version_company_migration_response_data), schematic_plan_version_company_migration_response_data_desc_Fields, 12,
    offsetof(schematic_plan_version_company_migration_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_version_company_migration_response_data_free(schematic_plan_version_company_migration_response_data *obj)
{
    apic_struct_free(&schematic_plan_version_company_migration_response_data_desc, obj);
}

int schematic_plan_version_company_migration_response_data_from_json(const char *json, size_t len, schematic_plan_version_company_migration_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_version_company_migration_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_version_company_migration_response_data *)value;
    return rc;
}

int schematic_plan_version_company_migration_response_data_to_json(const schematic_plan_version_company_migration_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_version_company_migration_response_data_Type, obj, out, err);
}

/* PlanVersionMigrationPreviewCompanyResponseData */
static const apic_field schematic_plan_version_migration_preview_company_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_preview_company_response_data, company_id), -1, -1, &apic_type_string},
    {"has_billing_changes", 19, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_preview_company_response_data, has_billing_changes), -1, -1, &apic_type_bool},
    {"has_custom_pricing", 18, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_preview_company_response_data, has_custom_pricing), -1, -1, &apic_type_bool},
    {"note", 4, APIC_F_NULLABLE, offsetof(schematic_plan_version_migration_preview_company_response_data, note), -1, offsetof(schematic_plan_version_migration_preview_company_response_data, note_is_null), &apic_type_string},
    {"plan_version_id_from", 20, APIC_F_NULLABLE, offsetof(schematic_plan_version_migration_preview_company_response_data, plan_version_id_from), -1, offsetof(schematic_plan_version_migration_preview_company_response_data, plan_version_id_from_is_null), &apic_type_string},
    {"will_update_subscription", 24, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_preview_company_response_data, will_update_subscription), -1, -1, &apic_type_bool},
    {"would_fail", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_preview_company_response_data, would_fail), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_plan_version_migration_preview_company_response_data_desc = {
    "PlanVersionMigrationPreviewCompanyResponseData", sizeof(schematic_plan_version_migration_preview_company_response_data), schematic_plan_version_migration_preview_company_response_data_desc_Fields, 7,
    offsetof(schematic_plan_version_migration_preview_company_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_version_migration_preview_company_response_data_free(schematic_plan_version_migration_preview_company_response_data *obj)
{
    apic_struct_free(&schematic_plan_version_migration_preview_company_response_data_desc, obj);
}

int schematic_plan_version_migration_preview_company_response_data_from_json(const char *json, size_t len, schematic_plan_version_migration_preview_company_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_version_migration_preview_company_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_version_migration_preview_company_response_data *)value;
    return rc;
}

int schematic_plan_version_migration_preview_company_response_data_to_json(const schematic_plan_version_migration_preview_company_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_version_migration_preview_company_response_data_Type, obj, out, err);
}

/* PlanVersionMigrationPreviewResponseData */
static const apic_field schematic_plan_version_migration_preview_response_data_desc_Fields[] = {
    {"companies", 9, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_preview_response_data, companies), -1, -1, &schematic_plan_version_migration_preview_company_response_data_array_Type},
    {"has_billing_changes", 19, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_preview_response_data, has_billing_changes), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_plan_version_migration_preview_response_data_desc = {
    "PlanVersionMigrationPreviewResponseData", sizeof(schematic_plan_version_migration_preview_response_data), schematic_plan_version_migration_preview_response_data_desc_Fields, 2,
    offsetof(schematic_plan_version_migration_preview_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_version_migration_preview_response_data_free(schematic_plan_version_migration_preview_response_data *obj)
{
    apic_struct_free(&schematic_plan_version_migration_preview_response_data_desc, obj);
}

int schematic_plan_version_migration_preview_response_data_from_json(const char *json, size_t len, schematic_plan_version_migration_preview_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_version_migration_preview_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_version_migration_preview_response_data *)value;
    return rc;
}

int schematic_plan_version_migration_preview_response_data_to_json(const schematic_plan_version_migration_preview_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_version_migration_preview_response_data_Type, obj, out, err);
}

/* PlanVersionMigrationResponseData */
static const apic_field schematic_plan_version_migration_response_data_desc_Fields[] = {
    {"completed_at", 12, APIC_F_NULLABLE, offsetof(schematic_plan_version_migration_response_data, completed_at), -1, offsetof(schematic_plan_version_migration_response_data, completed_at_is_null), &schematic_string_date_time_Type},
    {"completed_companies", 19, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, completed_companies), -1, -1, &apic_type_int64},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"error", 5, APIC_F_NULLABLE, offsetof(schematic_plan_version_migration_response_data, error), -1, offsetof(schematic_plan_version_migration_response_data, error_is_null), &apic_type_string},
    {"failed_companies", 16, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, failed_companies), -1, -1, &apic_type_int64},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, id), -1, -1, &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id_from", 20, APIC_F_NULLABLE, offsetof(schematic_plan_version_migration_response_data, plan_version_id_from), -1, offsetof(schematic_plan_version_migration_response_data, plan_version_id_from_is_null), &apic_type_string},
    {"plan_version_id_to", 18, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, plan_version_id_to), -1, -1, &apic_type_string},
    {"plan_version_ids_from", 21, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, plan_version_ids_from), -1, -1, &schematic_string_array_Type},
    {"proration_behavior", 18, APIC_F_NULLABLE, offsetof(schematic_plan_version_migration_response_data, proration_behavior), offsetof(schematic_plan_version_migration_response_data, has_proration_behavior), offsetof(schematic_plan_version_migration_response_data, proration_behavior_is_null), &schematic_migration_proration_behavior_Type},
    {"skipped_companies", 17, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, skipped_companies), -1, -1, &apic_type_int64},
    {"started_at", 10, APIC_F_NULLABLE, offsetof(schematic_plan_version_migration_response_data, started_at), -1, offsetof(schematic_plan_version_migration_response_data, started_at_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, status), -1, -1, &schematic_plan_version_migration_status_Type},
    {"strategy", 8, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, strategy), -1, -1, &schematic_plan_version_migration_strategy_Type},
    {"total_companies", 15, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, total_companies), -1, -1, &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_version_migration_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_plan_version_migration_response_data_desc = {
    "PlanVersionMigrationResponseData", sizeof(schematic_plan_version_migration_response_data), schematic_plan_version_migration_response_data_desc_Fields, 17,
    offsetof(schematic_plan_version_migration_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_version_migration_response_data_free(schematic_plan_version_migration_response_data *obj)
{
    apic_struct_free(&schematic_plan_version_migration_response_data_desc, obj);
}

int schematic_plan_version_migration_response_data_from_json(const char *json, size_t len, schematic_plan_version_migration_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_version_migration_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_version_migration_response_data *)value;
    return rc;
}

int schematic_plan_version_migration_response_data_to_json(const schematic_plan_version_migration_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_version_migration_response_data_Type, obj, out, err);
}

/* PlanViewPublicResponseData */
static const apic_field schematic_plan_view_public_response_data_desc_Fields[] = {
    {"active_version", 14, 0, offsetof(schematic_plan_view_public_response_data, active_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"audience_type", 13, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, audience_type), -1, offsetof(schematic_plan_view_public_response_data, audience_type_is_null), &apic_type_string},
    {"available_periods", 17, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, available_periods), -1, -1, &schematic_plan_price_cadence_array_Type},
    {"billing_linked_resource", 23, 0, offsetof(schematic_plan_view_public_response_data, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"billing_product", 15, 0, offsetof(schematic_plan_view_public_response_data, billing_product), -1, -1, &schematic_billing_product_detail_response_data_Type},
    {"billing_strategy", 16, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, billing_strategy), -1, -1, &schematic_billing_strategy_Type},
    {"catalogs", 8, 0, offsetof(schematic_plan_view_public_response_data, catalogs), offsetof(schematic_plan_view_public_response_data, has_catalogs), -1, &schematic_plan_catalog_membership_response_data_array_Type},
    {"charge_type", 11, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, charge_type), -1, -1, &schematic_charge_type_Type},
    {"company_count", 13, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, company_count), -1, -1, &apic_type_int64},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, company_id), -1, offsetof(schematic_plan_view_public_response_data, company_id_is_null), &apic_type_string},
    {"company_logo_url", 16, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, company_logo_url), -1, offsetof(schematic_plan_view_public_response_data, company_logo_url_is_null), &apic_type_string},
    {"company_name", 12, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, company_name), -1, offsetof(schematic_plan_view_public_response_data, company_name_is_null), &apic_type_string},
    {"compatible_plan_ids", 19, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, compatible_plan_ids), -1, -1, &schematic_string_array_Type},
    {"controlled_by", 13, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, controlled_by), -1, -1, &schematic_billing_provider_type_Type},
    {"copied_from_plan_id", 19, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, copied_from_plan_id), -1, offsetof(schematic_plan_view_public_response_data, copied_from_plan_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credits", 7, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, credits), -1, -1, &schematic_billing_credit_response_data_array_Type},
    {"currency_prices", 15, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, currency_prices), -1, -1, &schematic_plan_currency_prices_response_data_array_Type},
    {"custom", 6, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, custom), -1, -1, &apic_type_bool},
    {"custom_plan_config", 18, 0, offsetof(schematic_plan_view_public_response_data, custom_plan_config), -1, -1, &schematic_custom_plan_config_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, description), -1, -1, &apic_type_string},
    {"draft_version", 13, 0, offsetof(schematic_plan_view_public_response_data, draft_version), -1, -1, &schematic_plan_version_response_data_Type},
    {"entitlements", 12, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, entitlements), offsetof(schematic_plan_view_public_response_data, has_entitlements), offsetof(schematic_plan_view_public_response_data, entitlements_is_null), &schematic_plan_entitlement_response_data_array_Type},
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, features), -1, -1, &schematic_feature_in_plan_response_data_array_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, icon), -1, -1, &schematic_plan_icon_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, id), -1, -1, &apic_type_string},
    {"included_credit_grants", 22, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, included_credit_grants), -1, -1, &schematic_plan_credit_grant_view_array_Type},
    {"is_custom", 9, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, is_custom), -1, -1, &apic_type_bool},
    {"is_default", 10, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, is_default), -1, -1, &apic_type_bool},
    {"is_free", 7, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, is_free), offsetof(schematic_plan_view_public_response_data, has_is_free), offsetof(schematic_plan_view_public_response_data, is_free_is_null), &apic_type_bool},
    {"is_trialable", 12, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, is_trialable), -1, -1, &apic_type_bool},
    {"monthly_price", 13, 0, offsetof(schematic_plan_view_public_response_data, monthly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, name), -1, -1, &apic_type_string},
    {"one_time_price", 14, 0, offsetof(schematic_plan_view_public_response_data, one_time_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, plan_type), -1, -1, &schematic_plan_type_Type},
    {"quarterly_price", 15, 0, offsetof(schematic_plan_view_public_response_data, quarterly_price), -1, -1, &schematic_billing_price_response_data_Type},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_plan_view_public_response_data, trial_days), offsetof(schematic_plan_view_public_response_data, has_trial_days), offsetof(schematic_plan_view_public_response_data, trial_days_is_null), &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"versions", 8, APIC_F_REQUIRED, offsetof(schematic_plan_view_public_response_data, versions), -1, -1, &schematic_plan_version_response_data_array_Type},
    {"yearly_price", 12, 0, offsetof(schematic_plan_view_public_response_data, yearly_price), -1, -1, &schematic_billing_price_response_data_Type},
};
const apic_struct_desc schematic_plan_view_public_response_data_desc = {
    "PlanViewPublicResponseData", sizeof(schematic_plan_view_public_response_data), schematic_plan_view_public_response_data_desc_Fields, 40,
    offsetof(schematic_plan_view_public_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_view_public_response_data_free(schematic_plan_view_public_response_data *obj)
{
    apic_struct_free(&schematic_plan_view_public_response_data_desc, obj);
}

int schematic_plan_view_public_response_data_from_json(const char *json, size_t len, schematic_plan_view_public_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_view_public_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_view_public_response_data *)value;
    return rc;
}

int schematic_plan_view_public_response_data_to_json(const schematic_plan_view_public_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_view_public_response_data_Type, obj, out, err);
}

/* PreviewMigrationRequestBody */
static const apic_field schematic_preview_migration_request_body_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_preview_migration_request_body, company_ids), offsetof(schematic_preview_migration_request_body, has_company_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_preview_migration_request_body, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id_to", 18, APIC_F_REQUIRED, offsetof(schematic_preview_migration_request_body, plan_version_id_to), -1, -1, &apic_type_string},
    {"plan_version_ids_from", 21, 0, offsetof(schematic_preview_migration_request_body, plan_version_ids_from), offsetof(schematic_preview_migration_request_body, has_plan_version_ids_from), -1, &schematic_string_array_Type},
    {"target_plan_type", 16, APIC_F_REQUIRED, offsetof(schematic_preview_migration_request_body, target_plan_type), -1, -1, &schematic_plan_type_Type},
};
const apic_struct_desc schematic_preview_migration_request_body_desc = {
    "PreviewMigrationRequestBody", sizeof(schematic_preview_migration_request_body), schematic_preview_migration_request_body_desc_Fields, 5,
    offsetof(schematic_preview_migration_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_preview_migration_request_body_free(schematic_preview_migration_request_body *obj)
{
    apic_struct_free(&schematic_preview_migration_request_body_desc, obj);
}

int schematic_preview_migration_request_body_from_json(const char *json, size_t len, schematic_preview_migration_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_preview_migration_request_body_Type, json, len, &value, err);
    *out = (schematic_preview_migration_request_body *)value;
    return rc;
}

int schematic_preview_migration_request_body_to_json(const schematic_preview_migration_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_preview_migration_request_body_Type, obj, out, err);
}

/* PublicPlansResponseData */
static const apic_field schematic_public_plans_response_data_desc_Fields[] = {
    {"active_add_ons", 14, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, active_add_ons), -1, -1, &schematic_plan_view_public_response_data_array_Type},
    {"active_plans", 12, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, active_plans), -1, -1, &schematic_plan_view_public_response_data_array_Type},
    {"add_on_compatibilities", 22, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, add_on_compatibilities), -1, -1, &schematic_compatible_plans_array_Type},
    {"capabilities", 12, 0, offsetof(schematic_public_plans_response_data, capabilities), -1, -1, &schematic_component_capabilities_Type},
    {"display_settings", 16, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, display_settings), -1, -1, &schematic_component_display_settings_Type},
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, show_credits), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_public_plans_response_data, show_zero_price_as_free), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_public_plans_response_data_desc = {
    "PublicPlansResponseData", sizeof(schematic_public_plans_response_data), schematic_public_plans_response_data_desc_Fields, 9,
    offsetof(schematic_public_plans_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_public_plans_response_data_free(schematic_public_plans_response_data *obj)
{
    apic_struct_free(&schematic_public_plans_response_data_desc, obj);
}

int schematic_public_plans_response_data_from_json(const char *json, size_t len, schematic_public_plans_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_public_plans_response_data_Type, json, len, &value, err);
    *out = (schematic_public_plans_response_data *)value;
    return rc;
}

int schematic_public_plans_response_data_to_json(const schematic_public_plans_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_public_plans_response_data_Type, obj, out, err);
}

/* PublishPlanVersionRequestBody */
static const apic_field schematic_publish_plan_version_request_body_desc_Fields[] = {
    {"activation_strategy", 19, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, activation_strategy), offsetof(schematic_publish_plan_version_request_body, has_activation_strategy), offsetof(schematic_publish_plan_version_request_body, activation_strategy_is_null), &schematic_custom_plan_activation_strategy_Type},
    {"address", 7, 0, offsetof(schematic_publish_plan_version_request_body, address), -1, -1, &schematic_customer_billing_address_Type},
    {"coupon_external_id", 18, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, coupon_external_id), -1, offsetof(schematic_publish_plan_version_request_body, coupon_external_id_is_null), &apic_type_string},
    {"custom_field_values", 19, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, custom_field_values), offsetof(schematic_publish_plan_version_request_body, has_custom_field_values), offsetof(schematic_publish_plan_version_request_body, custom_field_values_is_null), &schematic_checkout_field_value_array_Type},
    {"customer_email", 14, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, customer_email), -1, offsetof(schematic_publish_plan_version_request_body, customer_email_is_null), &apic_type_string},
    {"days_until_due", 14, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, days_until_due), offsetof(schematic_publish_plan_version_request_body, has_days_until_due), offsetof(schematic_publish_plan_version_request_body, days_until_due_is_null), &apic_type_int64},
    {"excluded_company_ids", 20, APIC_F_REQUIRED, offsetof(schematic_publish_plan_version_request_body, excluded_company_ids), -1, -1, &schematic_string_array_Type},
    {"migration_strategy", 18, APIC_F_REQUIRED, offsetof(schematic_publish_plan_version_request_body, migration_strategy), -1, -1, &schematic_plan_version_migration_strategy_Type},
    {"phone", 5, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, phone), -1, offsetof(schematic_publish_plan_version_request_body, phone_is_null), &apic_type_string},
    {"proration_behavior", 18, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, proration_behavior), offsetof(schematic_publish_plan_version_request_body, has_proration_behavior), offsetof(schematic_publish_plan_version_request_body, proration_behavior_is_null), &schematic_migration_proration_behavior_Type},
    {"require_no_migration", 20, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, require_no_migration), offsetof(schematic_publish_plan_version_request_body, has_require_no_migration), offsetof(schematic_publish_plan_version_request_body, require_no_migration_is_null), &apic_type_bool},
    {"send_invoice", 12, APIC_F_NULLABLE, offsetof(schematic_publish_plan_version_request_body, send_invoice), offsetof(schematic_publish_plan_version_request_body, has_send_invoice), offsetof(schematic_publish_plan_version_request_body, send_invoice_is_null), &apic_type_bool},
    {"tax_id", 6, 0, offsetof(schematic_publish_plan_version_request_body, tax_id), -1, -1, &schematic_tax_id_input_Type},
};
const apic_struct_desc schematic_publish_plan_version_request_body_desc = {
    "PublishPlanVersionRequestBody", sizeof(schematic_publish_plan_version_request_body), schematic_publish_plan_version_request_body_desc_Fields, 13,
    offsetof(schematic_publish_plan_version_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_publish_plan_version_request_body_free(schematic_publish_plan_version_request_body *obj)
{
    apic_struct_free(&schematic_publish_plan_version_request_body_desc, obj);
}

int schematic_publish_plan_version_request_body_from_json(const char *json, size_t len, schematic_publish_plan_version_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_publish_plan_version_request_body_Type, json, len, &value, err);
    *out = (schematic_publish_plan_version_request_body *)value;
    return rc;
}

int schematic_publish_plan_version_request_body_to_json(const schematic_publish_plan_version_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_publish_plan_version_request_body_Type, obj, out, err);
}

/* TaxIDInput */
static const apic_field schematic_tax_id_input_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_tax_id_input, type), -1, -1, &schematic_tax_id_type_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_tax_id_input, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_tax_id_input_desc = {
    "TaxIDInput", sizeof(schematic_tax_id_input), schematic_tax_id_input_desc_Fields, 2,
    offsetof(schematic_tax_id_input, unknown_fields),
    -1,
    NULL
};

void schematic_tax_id_input_free(schematic_tax_id_input *obj)
{
    apic_struct_free(&schematic_tax_id_input_desc, obj);
}

int schematic_tax_id_input_from_json(const char *json, size_t len, schematic_tax_id_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_tax_id_input_Type, json, len, &value, err);
    *out = (schematic_tax_id_input *)value;
    return rc;
}

int schematic_tax_id_input_to_json(const schematic_tax_id_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_tax_id_input_Type, obj, out, err);
}

/* QuickstartResp */
static const apic_field schematic_quickstart_resp_desc_Fields[] = {
    {"ok", 2, APIC_F_REQUIRED, offsetof(schematic_quickstart_resp, ok), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_quickstart_resp_desc = {
    "QuickstartResp", sizeof(schematic_quickstart_resp), schematic_quickstart_resp_desc_Fields, 1,
    offsetof(schematic_quickstart_resp, unknown_fields),
    -1,
    NULL
};

void schematic_quickstart_resp_free(schematic_quickstart_resp *obj)
{
    apic_struct_free(&schematic_quickstart_resp_desc, obj);
}

int schematic_quickstart_resp_from_json(const char *json, size_t len, schematic_quickstart_resp **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_quickstart_resp_Type, json, len, &value, err);
    *out = (schematic_quickstart_resp *)value;
    return rc;
}

int schematic_quickstart_resp_to_json(const schematic_quickstart_resp *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_quickstart_resp_Type, obj, out, err);
}

/* RawEventBatchResponseData */
static const apic_field schematic_raw_event_batch_response_data_desc_Fields[] = {
    {"events", 6, APIC_F_REQUIRED, offsetof(schematic_raw_event_batch_response_data, events), -1, -1, &schematic_raw_event_response_data_array_Type},
};
const apic_struct_desc schematic_raw_event_batch_response_data_desc = {
    "RawEventBatchResponseData", sizeof(schematic_raw_event_batch_response_data), schematic_raw_event_batch_response_data_desc_Fields, 1,
    offsetof(schematic_raw_event_batch_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_raw_event_batch_response_data_free(schematic_raw_event_batch_response_data *obj)
{
    apic_struct_free(&schematic_raw_event_batch_response_data_desc, obj);
}

int schematic_raw_event_batch_response_data_from_json(const char *json, size_t len, schematic_raw_event_batch_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_raw_event_batch_response_data_Type, json, len, &value, err);
    *out = (schematic_raw_event_batch_response_data *)value;
    return rc;
}

int schematic_raw_event_batch_response_data_to_json(const schematic_raw_event_batch_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_raw_event_batch_response_data_Type, obj, out, err);
}

/* RawEventResponseData */
static const apic_field schematic_raw_event_response_data_desc_Fields[] = {
    {"captured_at", 11, APIC_F_REQUIRED, offsetof(schematic_raw_event_response_data, captured_at), -1, -1, &schematic_string_date_time_Type},
    {"event_id", 8, APIC_F_NULLABLE, offsetof(schematic_raw_event_response_data, event_id), -1, offsetof(schematic_raw_event_response_data, event_id_is_null), &apic_type_string},
    {"remote_addr", 11, APIC_F_NULLABLE, offsetof(schematic_raw_event_response_data, remote_addr), -1, offsetof(schematic_raw_event_response_data, remote_addr_is_null), &apic_type_string},
    {"remote_ip", 9, APIC_F_REQUIRED, offsetof(schematic_raw_event_response_data, remote_ip), -1, -1, &apic_type_string},
    {"user_agent", 10, APIC_F_REQUIRED, offsetof(schematic_raw_event_response_data, user_agent), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_raw_event_response_data_desc = {
    "RawEventResponseData", sizeof(schematic_raw_event_response_data), schematic_raw_event_response_data_desc_Fields, 5,
    offsetof(schematic_raw_event_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_raw_event_response_data_free(schematic_raw_event_response_data *obj)
{
    apic_struct_free(&schematic_raw_event_response_data_desc, obj);
}

int schematic_raw_event_response_data_from_json(const char *json, size_t len, schematic_raw_event_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_raw_event_response_data_Type, json, len, &value, err);
    *out = (schematic_raw_event_response_data *)value;
    return rc;
}

int schematic_raw_event_response_data_to_json(const schematic_raw_event_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_raw_event_response_data_Type, obj, out, err);
}

/* RetryCustomPlanBillingRequestBody */
static const apic_field schematic_retry_custom_plan_billing_request_body_desc_Fields[] = {
    {"activation_strategy", 19, APIC_F_NULLABLE, offsetof(schematic_retry_custom_plan_billing_request_body, activation_strategy), offsetof(schematic_retry_custom_plan_billing_request_body, has_activation_strategy), offsetof(schematic_retry_custom_plan_billing_request_body, activation_strategy_is_null), &schematic_custom_plan_activation_strategy_Type},
    {"customer_email", 14, APIC_F_REQUIRED, offsetof(schematic_retry_custom_plan_billing_request_body, customer_email), -1, -1, &apic_type_string},
    {"days_until_due", 14, APIC_F_NULLABLE, offsetof(schematic_retry_custom_plan_billing_request_body, days_until_due), offsetof(schematic_retry_custom_plan_billing_request_body, has_days_until_due), offsetof(schematic_retry_custom_plan_billing_request_body, days_until_due_is_null), &apic_type_int64},
    {"send_invoice", 12, APIC_F_NULLABLE, offsetof(schematic_retry_custom_plan_billing_request_body, send_invoice), offsetof(schematic_retry_custom_plan_billing_request_body, has_send_invoice), offsetof(schematic_retry_custom_plan_billing_request_body, send_invoice_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_retry_custom_plan_billing_request_body_desc = {
    "RetryCustomPlanBillingRequestBody", sizeof(schematic_retry_custom_plan_billing_request_body), schematic_retry_custom_plan_billing_request_body_desc_Fields, 4,
    offsetof(schematic_retry_custom_plan_billing_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_retry_custom_plan_billing_request_body_free(schematic_retry_custom_plan_billing_request_body *obj)
{
    apic_struct_free(&schematic_retry_custom_plan_billing_request_body_desc, obj);
}

int schematic_retry_custom_plan_billing_request_body_from_json(const char *json, size_t len, schematic_retry_custom_plan_billing_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_retry_custom_plan_billing_request_body_Type, json, len, &value, err);
    *out = (schematic_retry_custom_plan_billing_request_body *)value;
    return rc;
}

int schematic_retry_custom_plan_billing_request_body_to_json(const schematic_retry_custom_plan_billing_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_retry_custom_plan_billing_request_body_Type, obj, out, err);
}

/* RetryMigrationRequestBody */
static const apic_field schematic_retry_migration_request_body_desc_Fields[] = {
    {"error_codes", 11, APIC_F_REQUIRED, offsetof(schematic_retry_migration_request_body, error_codes), -1, -1, &schematic_migration_error_code_array_Type},
};
const apic_struct_desc schematic_retry_migration_request_body_desc = {
    "RetryMigrationRequestBody", sizeof(schematic_retry_migration_request_body), schematic_retry_migration_request_body_desc_Fields, 1,
    offsetof(schematic_retry_migration_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_retry_migration_request_body_free(schematic_retry_migration_request_body *obj)
{
    apic_struct_free(&schematic_retry_migration_request_body_desc, obj);
}

int schematic_retry_migration_request_body_from_json(const char *json, size_t len, schematic_retry_migration_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_retry_migration_request_body_Type, json, len, &value, err);
    *out = (schematic_retry_migration_request_body *)value;
    return rc;
}

int schematic_retry_migration_request_body_to_json(const schematic_retry_migration_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_retry_migration_request_body_Type, obj, out, err);
}

/* RuleConditionGroupResponseData */
static const apic_field schematic_rule_condition_group_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_response_data, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule_condition_group_response_data, flag_id), -1, offsetof(schematic_rule_condition_group_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_response_data, id), -1, -1, &apic_type_string},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_response_data, rule_id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_group_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_rule_condition_group_response_data_desc = {
    "RuleConditionGroupResponseData", sizeof(schematic_rule_condition_group_response_data), schematic_rule_condition_group_response_data_desc_Fields, 6,
    offsetof(schematic_rule_condition_group_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_rule_condition_group_response_data_free(schematic_rule_condition_group_response_data *obj)
{
    apic_struct_free(&schematic_rule_condition_group_response_data_desc, obj);
}

int schematic_rule_condition_group_response_data_from_json(const char *json, size_t len, schematic_rule_condition_group_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_condition_group_response_data_Type, json, len, &value, err);
    *out = (schematic_rule_condition_group_response_data *)value;
    return rc;
}

int schematic_rule_condition_group_response_data_to_json(const schematic_rule_condition_group_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_condition_group_response_data_Type, obj, out, err);
}

/* RuleConditionResponseData */
static const apic_field schematic_rule_condition_response_data_desc_Fields[] = {
    {"comparison_trait_id", 19, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, comparison_trait_id), -1, offsetof(schematic_rule_condition_response_data, comparison_trait_id_is_null), &apic_type_string},
    {"condition_group_id", 18, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, condition_group_id), -1, offsetof(schematic_rule_condition_response_data, condition_group_id_is_null), &apic_type_string},
    {"condition_type", 14, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, condition_type), -1, -1, &schematic_condition_type_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, event_subtype), -1, offsetof(schematic_rule_condition_response_data, event_subtype_is_null), &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, flag_id), -1, offsetof(schematic_rule_condition_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, metric_period), offsetof(schematic_rule_condition_response_data, has_metric_period), offsetof(schematic_rule_condition_response_data, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, metric_period_month_reset), offsetof(schematic_rule_condition_response_data, has_metric_period_month_reset), offsetof(schematic_rule_condition_response_data, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"metric_value", 12, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, metric_value), offsetof(schematic_rule_condition_response_data, has_metric_value), offsetof(schematic_rule_condition_response_data, metric_value_is_null), &apic_type_int64},
    {"operator", 8, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, operator_), -1, -1, &schematic_comparable_operator_Type},
    {"resource_ids", 12, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, resource_ids), -1, -1, &schematic_string_array_Type},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, rule_id), -1, -1, &apic_type_string},
    {"trait_entity_type", 17, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, trait_entity_type), offsetof(schematic_rule_condition_response_data, has_trait_entity_type), offsetof(schematic_rule_condition_response_data, trait_entity_type_is_null), &schematic_entity_type_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_rule_condition_response_data, trait_id), -1, offsetof(schematic_rule_condition_response_data, trait_id_is_null), &apic_type_string},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, trait_value), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_condition_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_rule_condition_response_data_desc = {
    "RuleConditionResponseData", sizeof(schematic_rule_condition_response_data), schematic_rule_condition_response_data_desc_Fields, 18,
    offsetof(schematic_rule_condition_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_rule_condition_response_data_free(schematic_rule_condition_response_data *obj)
{
    apic_struct_free(&schematic_rule_condition_response_data_desc, obj);
}

int schematic_rule_condition_response_data_from_json(const char *json, size_t len, schematic_rule_condition_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_condition_response_data_Type, json, len, &value, err);
    *out = (schematic_rule_condition_response_data *)value;
    return rc;
}

int schematic_rule_condition_response_data_to_json(const schematic_rule_condition_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_condition_response_data_Type, obj, out, err);
}

/* RuleResponseData */
static const apic_field schematic_rule_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule_response_data, flag_id), -1, offsetof(schematic_rule_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, name), -1, -1, &apic_type_string},
    {"priority", 8, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, priority), -1, -1, &apic_type_int64},
    {"rule_type", 9, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, rule_type), -1, -1, &schematic_rule_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rule_response_data, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_rule_response_data_desc = {
    "RuleResponseData", sizeof(schematic_rule_response_data), schematic_rule_response_data_desc_Fields, 9,
    offsetof(schematic_rule_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_rule_response_data_free(schematic_rule_response_data *obj)
{
    apic_struct_free(&schematic_rule_response_data_desc, obj);
}

int schematic_rule_response_data_from_json(const char *json, size_t len, schematic_rule_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_response_data_Type, json, len, &value, err);
    *out = (schematic_rule_response_data *)value;
    return rc;
}

int schematic_rule_response_data_to_json(const schematic_rule_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_response_data_Type, obj, out, err);
}

/* RulesDetailResponseData */
static const apic_field schematic_rules_detail_response_data_desc_Fields[] = {
    {"flag", 4, 0, offsetof(schematic_rules_detail_response_data, flag), -1, -1, &schematic_flag_response_data_Type},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_rules_detail_response_data, rules), -1, -1, &schematic_rule_detail_response_data_array_Type},
};
const apic_struct_desc schematic_rules_detail_response_data_desc = {
    "RulesDetailResponseData", sizeof(schematic_rules_detail_response_data), schematic_rules_detail_response_data_desc_Fields, 2,
    offsetof(schematic_rules_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_rules_detail_response_data_free(schematic_rules_detail_response_data *obj)
{
    apic_struct_free(&schematic_rules_detail_response_data_desc, obj);
}

int schematic_rules_detail_response_data_from_json(const char *json, size_t len, schematic_rules_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rules_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_rules_detail_response_data *)value;
    return rc;
}

int schematic_rules_detail_response_data_to_json(const schematic_rules_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rules_detail_response_data_Type, obj, out, err);
}

/* RulesengineCheckFlagResult */
static const apic_field schematic_rulesengine_check_flag_result_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, company_id), -1, offsetof(schematic_rulesengine_check_flag_result, company_id_is_null), &apic_type_string},
    {"entitlement", 11, 0, offsetof(schematic_rulesengine_check_flag_result, entitlement), -1, -1, &schematic_rulesengine_feature_entitlement_Type},
    {"err", 3, 0, offsetof(schematic_rulesengine_check_flag_result, err), -1, -1, &apic_type_string},
    {"feature_allocation", 18, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, feature_allocation), offsetof(schematic_rulesengine_check_flag_result, has_feature_allocation), offsetof(schematic_rulesengine_check_flag_result, feature_allocation_is_null), &apic_type_int64},
    {"feature_usage", 13, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, feature_usage), offsetof(schematic_rulesengine_check_flag_result, has_feature_usage), offsetof(schematic_rulesengine_check_flag_result, feature_usage_is_null), &apic_type_int64},
    {"feature_usage_event", 19, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, feature_usage_event), -1, offsetof(schematic_rulesengine_check_flag_result, feature_usage_event_is_null), &apic_type_string},
    {"feature_usage_period", 20, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, feature_usage_period), offsetof(schematic_rulesengine_check_flag_result, has_feature_usage_period), offsetof(schematic_rulesengine_check_flag_result, feature_usage_period_is_null), &schematic_rulesengine_metric_period_Type},
    {"feature_usage_reset_at", 22, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, feature_usage_reset_at), -1, offsetof(schematic_rulesengine_check_flag_result, feature_usage_reset_at_is_null), &schematic_string_date_time_Type},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, flag_id), -1, offsetof(schematic_rulesengine_check_flag_result, flag_id_is_null), &apic_type_string},
    {"flag_key", 8, APIC_F_REQUIRED, offsetof(schematic_rulesengine_check_flag_result, flag_key), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(schematic_rulesengine_check_flag_result, reason), -1, -1, &apic_type_string},
    {"rule_id", 7, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, rule_id), -1, offsetof(schematic_rulesengine_check_flag_result, rule_id_is_null), &apic_type_string},
    {"rule_type", 9, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, rule_type), offsetof(schematic_rulesengine_check_flag_result, has_rule_type), offsetof(schematic_rulesengine_check_flag_result, rule_type_is_null), &schematic_rulesengine_rule_type_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_rulesengine_check_flag_result, user_id), -1, offsetof(schematic_rulesengine_check_flag_result, user_id_is_null), &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_check_flag_result, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_rulesengine_check_flag_result_desc = {
    "RulesengineCheckFlagResult", sizeof(schematic_rulesengine_check_flag_result), schematic_rulesengine_check_flag_result_desc_Fields, 15,
    offsetof(schematic_rulesengine_check_flag_result, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_check_flag_result_free(schematic_rulesengine_check_flag_result *obj)
{
    apic_struct_free(&schematic_rulesengine_check_flag_result_desc, obj);
}

int schematic_rulesengine_check_flag_result_from_json(const char *json, size_t len, schematic_rulesengine_check_flag_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_check_flag_result_Type, json, len, &value, err);
    *out = (schematic_rulesengine_check_flag_result *)value;
    return rc;
}

int schematic_rulesengine_check_flag_result_to_json(const schematic_rulesengine_check_flag_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_check_flag_result_Type, obj, out, err);
}

/* RulesengineFeatureEntitlement */
static const apic_field schematic_rulesengine_feature_entitlement_desc_Fields[] = {
    {"allocation", 10, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, allocation), offsetof(schematic_rulesengine_feature_entitlement, has_allocation), offsetof(schematic_rulesengine_feature_entitlement, allocation_is_null), &apic_type_int64},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, consumption_rate), offsetof(schematic_rulesengine_feature_entitlement, has_consumption_rate), offsetof(schematic_rulesengine_feature_entitlement, consumption_rate_is_null), &apic_type_double},
    {"credit_id", 9, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, credit_id), -1, offsetof(schematic_rulesengine_feature_entitlement, credit_id_is_null), &apic_type_string},
    {"credit_remaining", 16, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, credit_remaining), offsetof(schematic_rulesengine_feature_entitlement, has_credit_remaining), offsetof(schematic_rulesengine_feature_entitlement, credit_remaining_is_null), &apic_type_double},
    {"credit_reserved", 15, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, credit_reserved), offsetof(schematic_rulesengine_feature_entitlement, has_credit_reserved), offsetof(schematic_rulesengine_feature_entitlement, credit_reserved_is_null), &apic_type_double},
    {"credit_settled", 14, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, credit_settled), offsetof(schematic_rulesengine_feature_entitlement, has_credit_settled), offsetof(schematic_rulesengine_feature_entitlement, credit_settled_is_null), &apic_type_double},
    {"credit_total", 12, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, credit_total), offsetof(schematic_rulesengine_feature_entitlement, has_credit_total), offsetof(schematic_rulesengine_feature_entitlement, credit_total_is_null), &apic_type_double},
    {"credit_used", 11, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, credit_used), offsetof(schematic_rulesengine_feature_entitlement, has_credit_used), offsetof(schematic_rulesengine_feature_entitlement, credit_used_is_null), &apic_type_double},
    {"event_name", 10, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, event_name), -1, offsetof(schematic_rulesengine_feature_entitlement, event_name_is_null), &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, event_subtype), -1, offsetof(schematic_rulesengine_feature_entitlement, event_subtype_is_null), &apic_type_string},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_feature_entitlement, feature_id), -1, -1, &apic_type_string},
    {"feature_key", 11, APIC_F_REQUIRED, offsetof(schematic_rulesengine_feature_entitlement, feature_key), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, metric_period), offsetof(schematic_rulesengine_feature_entitlement, has_metric_period), offsetof(schematic_rulesengine_feature_entitlement, metric_period_is_null), &schematic_rulesengine_metric_period_Type},
    {"metric_reset_at", 15, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, metric_reset_at), -1, offsetof(schematic_rulesengine_feature_entitlement, metric_reset_at_is_null), &schematic_string_date_time_Type},
    {"month_reset", 11, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, month_reset), offsetof(schematic_rulesengine_feature_entitlement, has_month_reset), offsetof(schematic_rulesengine_feature_entitlement, month_reset_is_null), &schematic_rulesengine_metric_period_month_reset_Type},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, soft_limit), offsetof(schematic_rulesengine_feature_entitlement, has_soft_limit), offsetof(schematic_rulesengine_feature_entitlement, soft_limit_is_null), &apic_type_int64},
    {"usage", 5, APIC_F_NULLABLE, offsetof(schematic_rulesengine_feature_entitlement, usage), offsetof(schematic_rulesengine_feature_entitlement, has_usage), offsetof(schematic_rulesengine_feature_entitlement, usage_is_null), &apic_type_int64},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_feature_entitlement, value_type), -1, -1, &schematic_rulesengine_entitlement_value_type_Type},
    {"warning_tiers", 13, 0, offsetof(schematic_rulesengine_feature_entitlement, warning_tiers), offsetof(schematic_rulesengine_feature_entitlement, has_warning_tiers), -1, &schematic_rulesengine_warning_tier_array_Type},
};
const apic_struct_desc schematic_rulesengine_feature_entitlement_desc = {
    "RulesengineFeatureEntitlement", sizeof(schematic_rulesengine_feature_entitlement), schematic_rulesengine_feature_entitlement_desc_Fields, 19,
    offsetof(schematic_rulesengine_feature_entitlement, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_feature_entitlement_free(schematic_rulesengine_feature_entitlement *obj)
{
    apic_struct_free(&schematic_rulesengine_feature_entitlement_desc, obj);
}

int schematic_rulesengine_feature_entitlement_from_json(const char *json, size_t len, schematic_rulesengine_feature_entitlement **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_feature_entitlement_Type, json, len, &value, err);
    *out = (schematic_rulesengine_feature_entitlement *)value;
    return rc;
}

int schematic_rulesengine_feature_entitlement_to_json(const schematic_rulesengine_feature_entitlement *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_feature_entitlement_Type, obj, out, err);
}

/* RulesengineWarningTier */
static const apic_field schematic_rulesengine_warning_tier_desc_Fields[] = {
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_rulesengine_warning_tier, key), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_warning_tier, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_rulesengine_warning_tier_desc = {
    "RulesengineWarningTier", sizeof(schematic_rulesengine_warning_tier), schematic_rulesengine_warning_tier_desc_Fields, 2,
    offsetof(schematic_rulesengine_warning_tier, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_warning_tier_free(schematic_rulesengine_warning_tier *obj)
{
    apic_struct_free(&schematic_rulesengine_warning_tier_desc, obj);
}

int schematic_rulesengine_warning_tier_from_json(const char *json, size_t len, schematic_rulesengine_warning_tier **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_warning_tier_Type, json, len, &value, err);
    *out = (schematic_rulesengine_warning_tier *)value;
    return rc;
}

int schematic_rulesengine_warning_tier_to_json(const schematic_rulesengine_warning_tier *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_warning_tier_Type, obj, out, err);
}

/* RulesengineCompany */
static const apic_field schematic_rulesengine_company_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, account_id), -1, -1, &apic_type_string},
    {"base_plan_id", 12, APIC_F_NULLABLE, offsetof(schematic_rulesengine_company, base_plan_id), -1, offsetof(schematic_rulesengine_company, base_plan_id_is_null), &apic_type_string},
    {"billing_product_ids", 19, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, billing_product_ids), -1, -1, &schematic_string_array_Type},
    {"credit_balances", 15, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, credit_balances), -1, -1, &schematic_double_map_Type},
    {"entitlements", 12, 0, offsetof(schematic_rulesengine_company, entitlements), offsetof(schematic_rulesengine_company, has_entitlements), -1, &schematic_rulesengine_feature_entitlement_array_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, id), -1, -1, &apic_type_string},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, keys), -1, -1, &schematic_string_map_Type},
    {"metrics", 7, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, metrics), -1, -1, &schematic_rulesengine_company_metric_array_Type},
    {"plan_ids", 8, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, plan_ids), -1, -1, &schematic_string_array_Type},
    {"plan_version_ids", 16, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, plan_version_ids), -1, -1, &schematic_string_array_Type},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, rules), -1, -1, &schematic_rulesengine_rule_array_Type},
    {"subscription", 12, 0, offsetof(schematic_rulesengine_company, subscription), -1, -1, &schematic_rulesengine_subscription_Type},
    {"traits", 6, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company, traits), -1, -1, &schematic_rulesengine_trait_array_Type},
};
const apic_struct_desc schematic_rulesengine_company_desc = {
    "RulesengineCompany", sizeof(schematic_rulesengine_company), schematic_rulesengine_company_desc_Fields, 14,
    offsetof(schematic_rulesengine_company, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_company_free(schematic_rulesengine_company *obj)
{
    apic_struct_free(&schematic_rulesengine_company_desc, obj);
}

int schematic_rulesengine_company_from_json(const char *json, size_t len, schematic_rulesengine_company **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_company_Type, json, len, &value, err);
    *out = (schematic_rulesengine_company *)value;
    return rc;
}

int schematic_rulesengine_company_to_json(const schematic_rulesengine_company *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_company_Type, obj, out, err);
}

/* RulesengineCompanyMetric */
static const apic_field schematic_rulesengine_company_metric_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, account_id), -1, -1, &apic_type_string},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, company_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, event_subtype), -1, -1, &apic_type_string},
    {"month_reset", 11, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, month_reset), -1, -1, &schematic_rulesengine_metric_period_month_reset_Type},
    {"period", 6, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, period), -1, -1, &schematic_rulesengine_metric_period_Type},
    {"valid_until", 11, APIC_F_NULLABLE, offsetof(schematic_rulesengine_company_metric, valid_until), -1, offsetof(schematic_rulesengine_company_metric, valid_until_is_null), &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_company_metric, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_rulesengine_company_metric_desc = {
    "RulesengineCompanyMetric", sizeof(schematic_rulesengine_company_metric), schematic_rulesengine_company_metric_desc_Fields, 9,
    offsetof(schematic_rulesengine_company_metric, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_company_metric_free(schematic_rulesengine_company_metric *obj)
{
    apic_struct_free(&schematic_rulesengine_company_metric_desc, obj);
}

int schematic_rulesengine_company_metric_from_json(const char *json, size_t len, schematic_rulesengine_company_metric **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_company_metric_Type, json, len, &value, err);
    *out = (schematic_rulesengine_company_metric *)value;
    return rc;
}

int schematic_rulesengine_company_metric_to_json(const schematic_rulesengine_company_metric *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_company_metric_Type, obj, out, err);
}

/* RulesengineRule */
static const apic_field schematic_rulesengine_rule_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, account_id), -1, -1, &apic_type_string},
    {"condition_groups", 16, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, condition_groups), -1, -1, &schematic_rulesengine_condition_group_array_Type},
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, conditions), -1, -1, &schematic_rulesengine_condition_array_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rulesengine_rule, flag_id), -1, offsetof(schematic_rulesengine_rule, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, name), -1, -1, &apic_type_string},
    {"priority", 8, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, priority), -1, -1, &apic_type_int64},
    {"rule_type", 9, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, rule_type), -1, -1, &schematic_rulesengine_rule_type_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_rule, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_rulesengine_rule_desc = {
    "RulesengineRule", sizeof(schematic_rulesengine_rule), schematic_rulesengine_rule_desc_Fields, 10,
    offsetof(schematic_rulesengine_rule, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_rule_free(schematic_rulesengine_rule *obj)
{
    apic_struct_free(&schematic_rulesengine_rule_desc, obj);
}

int schematic_rulesengine_rule_from_json(const char *json, size_t len, schematic_rulesengine_rule **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_rule_Type, json, len, &value, err);
    *out = (schematic_rulesengine_rule *)value;
    return rc;
}

int schematic_rulesengine_rule_to_json(const schematic_rulesengine_rule *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_rule_Type, obj, out, err);
}

/* RulesengineConditionGroup */
static const apic_field schematic_rulesengine_condition_group_desc_Fields[] = {
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition_group, conditions), -1, -1, &schematic_rulesengine_condition_array_Type},
};
const apic_struct_desc schematic_rulesengine_condition_group_desc = {
    "RulesengineConditionGroup", sizeof(schematic_rulesengine_condition_group), schematic_rulesengine_condition_group_desc_Fields, 1,
    offsetof(schematic_rulesengine_condition_group, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_condition_group_free(schematic_rulesengine_condition_group *obj)
{
    apic_struct_free(&schematic_rulesengine_condition_group_desc, obj);
}

int schematic_rulesengine_condition_group_from_json(const char *json, size_t len, schematic_rulesengine_condition_group **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_condition_group_Type, json, len, &value, err);
    *out = (schematic_rulesengine_condition_group *)value;
    return rc;
}

int schematic_rulesengine_condition_group_to_json(const schematic_rulesengine_condition_group *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_condition_group_Type, obj, out, err);
}

/* RulesengineCondition */
static const apic_field schematic_rulesengine_condition_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition, account_id), -1, -1, &apic_type_string},
    {"comparison_trait_definition", 27, 0, offsetof(schematic_rulesengine_condition, comparison_trait_definition), -1, -1, &schematic_rulesengine_trait_definition_Type},
    {"condition_type", 14, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition, condition_type), -1, -1, &schematic_rulesengine_condition_type_Type},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_rulesengine_condition, consumption_rate), offsetof(schematic_rulesengine_condition, has_consumption_rate), offsetof(schematic_rulesengine_condition, consumption_rate_is_null), &apic_type_double},
    {"credit_id", 9, APIC_F_NULLABLE, offsetof(schematic_rulesengine_condition, credit_id), -1, offsetof(schematic_rulesengine_condition, credit_id_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_rulesengine_condition, event_subtype), -1, offsetof(schematic_rulesengine_condition, event_subtype_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition, id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_rulesengine_condition, metric_period), offsetof(schematic_rulesengine_condition, has_metric_period), offsetof(schematic_rulesengine_condition, metric_period_is_null), &schematic_rulesengine_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_rulesengine_condition, metric_period_month_reset), offsetof(schematic_rulesengine_condition, has_metric_period_month_reset), offsetof(schematic_rulesengine_condition, metric_period_month_reset_is_null), &schematic_rulesengine_metric_period_month_reset_Type},
    {"metric_value", 12, APIC_F_NULLABLE, offsetof(schematic_rulesengine_condition, metric_value), offsetof(schematic_rulesengine_condition, has_metric_value), offsetof(schematic_rulesengine_condition, metric_value_is_null), &apic_type_int64},
    {"operator", 8, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition, operator_), -1, -1, &schematic_comparable_operator_Type},
    {"resource_ids", 12, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition, resource_ids), -1, -1, &schematic_string_array_Type},
    {"trait_definition", 16, 0, offsetof(schematic_rulesengine_condition, trait_definition), -1, -1, &schematic_rulesengine_trait_definition_Type},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_rulesengine_condition, trait_value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_rulesengine_condition_desc = {
    "RulesengineCondition", sizeof(schematic_rulesengine_condition), schematic_rulesengine_condition_desc_Fields, 15,
    offsetof(schematic_rulesengine_condition, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_condition_free(schematic_rulesengine_condition *obj)
{
    apic_struct_free(&schematic_rulesengine_condition_desc, obj);
}

int schematic_rulesengine_condition_from_json(const char *json, size_t len, schematic_rulesengine_condition **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_condition_Type, json, len, &value, err);
    *out = (schematic_rulesengine_condition *)value;
    return rc;
}

int schematic_rulesengine_condition_to_json(const schematic_rulesengine_condition *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_condition_Type, obj, out, err);
}

/* RulesengineTraitDefinition */
static const apic_field schematic_rulesengine_trait_definition_desc_Fields[] = {
    {"comparable_type", 15, APIC_F_REQUIRED, offsetof(schematic_rulesengine_trait_definition, comparable_type), -1, -1, &schematic_rulesengine_trait_definition_comparable_type_Type},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_rulesengine_trait_definition, entity_type), -1, -1, &schematic_rulesengine_entity_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rulesengine_trait_definition, id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_rulesengine_trait_definition_desc = {
    "RulesengineTraitDefinition", sizeof(schematic_rulesengine_trait_definition), schematic_rulesengine_trait_definition_desc_Fields, 3,
    offsetof(schematic_rulesengine_trait_definition, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_trait_definition_free(schematic_rulesengine_trait_definition *obj)
{
    apic_struct_free(&schematic_rulesengine_trait_definition_desc, obj);
}

int schematic_rulesengine_trait_definition_from_json(const char *json, size_t len, schematic_rulesengine_trait_definition **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_trait_definition_Type, json, len, &value, err);
    *out = (schematic_rulesengine_trait_definition *)value;
    return rc;
}

int schematic_rulesengine_trait_definition_to_json(const schematic_rulesengine_trait_definition *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_trait_definition_Type, obj, out, err);
}

/* RulesengineSubscription */
static const apic_field schematic_rulesengine_subscription_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rulesengine_subscription, id), -1, -1, &apic_type_string},
    {"period_end", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_subscription, period_end), -1, -1, &schematic_string_date_time_Type},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(schematic_rulesengine_subscription, period_start), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_rulesengine_subscription_desc = {
    "RulesengineSubscription", sizeof(schematic_rulesengine_subscription), schematic_rulesengine_subscription_desc_Fields, 3,
    offsetof(schematic_rulesengine_subscription, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_subscription_free(schematic_rulesengine_subscription *obj)
{
    apic_struct_free(&schematic_rulesengine_subscription_desc, obj);
}

int schematic_rulesengine_subscription_from_json(const char *json, size_t len, schematic_rulesengine_subscription **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_subscription_Type, json, len, &value, err);
    *out = (schematic_rulesengine_subscription *)value;
    return rc;
}

int schematic_rulesengine_subscription_to_json(const schematic_rulesengine_subscription *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_subscription_Type, obj, out, err);
}

/* RulesengineTrait */
static const apic_field schematic_rulesengine_trait_desc_Fields[] = {
    {"trait_definition", 16, 0, offsetof(schematic_rulesengine_trait, trait_definition), -1, -1, &schematic_rulesengine_trait_definition_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_trait, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_rulesengine_trait_desc = {
    "RulesengineTrait", sizeof(schematic_rulesengine_trait), schematic_rulesengine_trait_desc_Fields, 2,
    offsetof(schematic_rulesengine_trait, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_trait_free(schematic_rulesengine_trait *obj)
{
    apic_struct_free(&schematic_rulesengine_trait_desc, obj);
}

int schematic_rulesengine_trait_from_json(const char *json, size_t len, schematic_rulesengine_trait **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_trait_Type, json, len, &value, err);
    *out = (schematic_rulesengine_trait *)value;
    return rc;
}

int schematic_rulesengine_trait_to_json(const schematic_rulesengine_trait *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_trait_Type, obj, out, err);
}

/* RulesengineFlag */
static const apic_field schematic_rulesengine_flag_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_flag, account_id), -1, -1, &apic_type_string},
    {"default_value", 13, APIC_F_REQUIRED, offsetof(schematic_rulesengine_flag, default_value), -1, -1, &apic_type_bool},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rulesengine_flag, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rulesengine_flag, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_rulesengine_flag, key), -1, -1, &apic_type_string},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_flag, rules), -1, -1, &schematic_rulesengine_rule_array_Type},
};
const apic_struct_desc schematic_rulesengine_flag_desc = {
    "RulesengineFlag", sizeof(schematic_rulesengine_flag), schematic_rulesengine_flag_desc_Fields, 6,
    offsetof(schematic_rulesengine_flag, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_flag_free(schematic_rulesengine_flag *obj)
{
    apic_struct_free(&schematic_rulesengine_flag_desc, obj);
}

int schematic_rulesengine_flag_from_json(const char *json, size_t len, schematic_rulesengine_flag **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_flag_Type, json, len, &value, err);
    *out = (schematic_rulesengine_flag *)value;
    return rc;
}

int schematic_rulesengine_flag_to_json(const schematic_rulesengine_flag *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_flag_Type, obj, out, err);
}

/* RulesengineUser */
static const apic_field schematic_rulesengine_user_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rulesengine_user, account_id), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rulesengine_user, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rulesengine_user, id), -1, -1, &apic_type_string},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_rulesengine_user, keys), -1, -1, &schematic_string_map_Type},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_rulesengine_user, rules), -1, -1, &schematic_rulesengine_rule_array_Type},
    {"traits", 6, APIC_F_REQUIRED, offsetof(schematic_rulesengine_user, traits), -1, -1, &schematic_rulesengine_trait_array_Type},
};
const apic_struct_desc schematic_rulesengine_user_desc = {
    "RulesengineUser", sizeof(schematic_rulesengine_user), schematic_rulesengine_user_desc_Fields, 6,
    offsetof(schematic_rulesengine_user, unknown_fields),
    -1,
    NULL
};

void schematic_rulesengine_user_free(schematic_rulesengine_user *obj)
{
    apic_struct_free(&schematic_rulesengine_user_desc, obj);
}

int schematic_rulesengine_user_from_json(const char *json, size_t len, schematic_rulesengine_user **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rulesengine_user_Type, json, len, &value, err);
    *out = (schematic_rulesengine_user *)value;
    return rc;
}

int schematic_rulesengine_user_to_json(const schematic_rulesengine_user *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rulesengine_user_Type, obj, out, err);
}

/* ScheduledCheckoutResponseData */
static const apic_field schematic_scheduled_checkout_response_data_desc_Fields[] = {
    {"actor_type", 10, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, actor_type), -1, -1, &apic_type_string},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, company_id), -1, -1, &apic_type_string},
    {"completed_at", 12, APIC_F_NULLABLE, offsetof(schematic_scheduled_checkout_response_data, completed_at), -1, offsetof(schematic_scheduled_checkout_response_data, completed_at_is_null), &schematic_string_date_time_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"error_message", 13, APIC_F_NULLABLE, offsetof(schematic_scheduled_checkout_response_data, error_message), -1, offsetof(schematic_scheduled_checkout_response_data, error_message_is_null), &apic_type_string},
    {"execute_after", 13, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, execute_after), -1, -1, &schematic_string_date_time_Type},
    {"from_plan_id", 12, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, from_plan_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, id), -1, -1, &apic_type_string},
    {"scheduled_interval", 18, APIC_F_NULLABLE, offsetof(schematic_scheduled_checkout_response_data, scheduled_interval), -1, offsetof(schematic_scheduled_checkout_response_data, scheduled_interval_is_null), &apic_type_string},
    {"scheduled_price", 15, APIC_F_NULLABLE, offsetof(schematic_scheduled_checkout_response_data, scheduled_price), offsetof(schematic_scheduled_checkout_response_data, has_scheduled_price), offsetof(schematic_scheduled_checkout_response_data, scheduled_price_is_null), &apic_type_int64},
    {"started_at", 10, APIC_F_NULLABLE, offsetof(schematic_scheduled_checkout_response_data, started_at), -1, offsetof(schematic_scheduled_checkout_response_data, started_at_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, status), -1, -1, &schematic_scheduled_checkout_status_Type},
    {"to_plan_id", 10, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, to_plan_id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_scheduled_checkout_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_scheduled_checkout_response_data_desc = {
    "ScheduledCheckoutResponseData", sizeof(schematic_scheduled_checkout_response_data), schematic_scheduled_checkout_response_data_desc_Fields, 14,
    offsetof(schematic_scheduled_checkout_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_scheduled_checkout_response_data_free(schematic_scheduled_checkout_response_data *obj)
{
    apic_struct_free(&schematic_scheduled_checkout_response_data_desc, obj);
}

int schematic_scheduled_checkout_response_data_from_json(const char *json, size_t len, schematic_scheduled_checkout_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_scheduled_checkout_response_data_Type, json, len, &value, err);
    *out = (schematic_scheduled_checkout_response_data *)value;
    return rc;
}

int schematic_scheduled_checkout_response_data_to_json(const schematic_scheduled_checkout_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_scheduled_checkout_response_data_Type, obj, out, err);
}

/* SegmentStatusResp */
static const apic_field schematic_segment_status_resp_desc_Fields[] = {
    {"connected", 9, APIC_F_REQUIRED, offsetof(schematic_segment_status_resp, connected), -1, -1, &apic_type_bool},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_segment_status_resp, environment_id), -1, -1, &apic_type_string},
    {"last_event_at", 13, APIC_F_NULLABLE, offsetof(schematic_segment_status_resp, last_event_at), -1, offsetof(schematic_segment_status_resp, last_event_at_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_segment_status_resp_desc = {
    "SegmentStatusResp", sizeof(schematic_segment_status_resp), schematic_segment_status_resp_desc_Fields, 3,
    offsetof(schematic_segment_status_resp, unknown_fields),
    -1,
    NULL
};

void schematic_segment_status_resp_free(schematic_segment_status_resp *obj)
{
    apic_struct_free(&schematic_segment_status_resp_desc, obj);
}

int schematic_segment_status_resp_from_json(const char *json, size_t len, schematic_segment_status_resp **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_segment_status_resp_Type, json, len, &value, err);
    *out = (schematic_segment_status_resp *)value;
    return rc;
}

int schematic_segment_status_resp_to_json(const schematic_segment_status_resp *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_segment_status_resp_Type, obj, out, err);
}

/* StartDataImportRequestBody */
static const apic_field schematic_start_data_import_request_body_desc_Fields[] = {
    {"company_matching_criteria", 25, APIC_F_NULLABLE, offsetof(schematic_start_data_import_request_body, company_matching_criteria), offsetof(schematic_start_data_import_request_body, has_company_matching_criteria), offsetof(schematic_start_data_import_request_body, company_matching_criteria_is_null), &schematic_company_matching_criteria_Type},
    {"company_matching_field", 22, APIC_F_NULLABLE, offsetof(schematic_start_data_import_request_body, company_matching_field), -1, offsetof(schematic_start_data_import_request_body, company_matching_field_is_null), &apic_type_string},
    {"integration_id", 14, APIC_F_REQUIRED, offsetof(schematic_start_data_import_request_body, integration_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_start_data_import_request_body_desc = {
    "StartDataImportRequestBody", sizeof(schematic_start_data_import_request_body), schematic_start_data_import_request_body_desc_Fields, 3,
    offsetof(schematic_start_data_import_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_start_data_import_request_body_free(schematic_start_data_import_request_body *obj)
{
    apic_struct_free(&schematic_start_data_import_request_body_desc, obj);
}

int schematic_start_data_import_request_body_from_json(const char *json, size_t len, schematic_start_data_import_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_start_data_import_request_body_Type, json, len, &value, err);
    *out = (schematic_start_data_import_request_body *)value;
    return rc;
}

int schematic_start_data_import_request_body_to_json(const schematic_start_data_import_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_start_data_import_request_body_Type, obj, out, err);
}

/* TemporaryAccessTokenResponseData */
static const apic_field schematic_temporary_access_token_response_data_desc_Fields[] = {
    {"api_key_id", 10, APIC_F_REQUIRED, offsetof(schematic_temporary_access_token_response_data, api_key_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_temporary_access_token_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_temporary_access_token_response_data, environment_id), -1, -1, &apic_type_string},
    {"expired_at", 10, APIC_F_REQUIRED, offsetof(schematic_temporary_access_token_response_data, expired_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_temporary_access_token_response_data, id), -1, -1, &apic_type_string},
    {"resource_type", 13, APIC_F_REQUIRED, offsetof(schematic_temporary_access_token_response_data, resource_type), -1, -1, &schematic_temporary_access_token_resource_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_temporary_access_token_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_temporary_access_token_response_data_desc = {
    "TemporaryAccessTokenResponseData", sizeof(schematic_temporary_access_token_response_data), schematic_temporary_access_token_response_data_desc_Fields, 7,
    offsetof(schematic_temporary_access_token_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_temporary_access_token_response_data_free(schematic_temporary_access_token_response_data *obj)
{
    apic_struct_free(&schematic_temporary_access_token_response_data_desc, obj);
}

int schematic_temporary_access_token_response_data_from_json(const char *json, size_t len, schematic_temporary_access_token_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_temporary_access_token_response_data_Type, json, len, &value, err);
    *out = (schematic_temporary_access_token_response_data *)value;
    return rc;
}

int schematic_temporary_access_token_response_data_to_json(const schematic_temporary_access_token_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_temporary_access_token_response_data_Type, obj, out, err);
}

/* TestWebhookRequestBody */
static const apic_field schematic_test_webhook_request_body_desc_Fields[] = {
    {"request_type", 12, APIC_F_REQUIRED, offsetof(schematic_test_webhook_request_body, request_type), -1, -1, &schematic_webhook_request_type_Type},
};
const apic_struct_desc schematic_test_webhook_request_body_desc = {
    "TestWebhookRequestBody", sizeof(schematic_test_webhook_request_body), schematic_test_webhook_request_body_desc_Fields, 1,
    offsetof(schematic_test_webhook_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_test_webhook_request_body_free(schematic_test_webhook_request_body *obj)
{
    apic_struct_free(&schematic_test_webhook_request_body_desc, obj);
}

int schematic_test_webhook_request_body_from_json(const char *json, size_t len, schematic_test_webhook_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_test_webhook_request_body_Type, json, len, &value, err);
    *out = (schematic_test_webhook_request_body *)value;
    return rc;
}

int schematic_test_webhook_request_body_to_json(const schematic_test_webhook_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_test_webhook_request_body_Type, obj, out, err);
}

/* TestWebhookResponseData */
static const apic_field schematic_test_webhook_response_data_desc_Fields[] = {
    {"failure_reason", 14, APIC_F_NULLABLE, offsetof(schematic_test_webhook_response_data, failure_reason), -1, offsetof(schematic_test_webhook_response_data, failure_reason_is_null), &apic_type_string},
    {"response_code", 13, APIC_F_REQUIRED, offsetof(schematic_test_webhook_response_data, response_code), -1, -1, &apic_type_int64},
    {"success", 7, APIC_F_REQUIRED, offsetof(schematic_test_webhook_response_data, success), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_test_webhook_response_data_desc = {
    "TestWebhookResponseData", sizeof(schematic_test_webhook_response_data), schematic_test_webhook_response_data_desc_Fields, 3,
    offsetof(schematic_test_webhook_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_test_webhook_response_data_free(schematic_test_webhook_response_data *obj)
{
    apic_struct_free(&schematic_test_webhook_response_data_desc, obj);
}

int schematic_test_webhook_response_data_from_json(const char *json, size_t len, schematic_test_webhook_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_test_webhook_response_data_Type, json, len, &value, err);
    *out = (schematic_test_webhook_response_data *)value;
    return rc;
}

int schematic_test_webhook_response_data_to_json(const schematic_test_webhook_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_test_webhook_response_data_Type, obj, out, err);
}

/* TopFeatureByUsageResponseData */
static const apic_field schematic_top_feature_by_usage_response_data_desc_Fields[] = {
    {"change_pct", 10, APIC_F_NULLABLE, offsetof(schematic_top_feature_by_usage_response_data, change_pct), offsetof(schematic_top_feature_by_usage_response_data, has_change_pct), offsetof(schematic_top_feature_by_usage_response_data, change_pct_is_null), &apic_type_double},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_top_feature_by_usage_response_data, feature_id), -1, -1, &apic_type_string},
    {"feature_name", 12, APIC_F_REQUIRED, offsetof(schematic_top_feature_by_usage_response_data, feature_name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_top_feature_by_usage_response_data, plural_name), -1, offsetof(schematic_top_feature_by_usage_response_data, plural_name_is_null), &apic_type_string},
    {"prior_usage", 11, APIC_F_REQUIRED, offsetof(schematic_top_feature_by_usage_response_data, prior_usage), -1, -1, &apic_type_int64},
    {"usage", 5, APIC_F_REQUIRED, offsetof(schematic_top_feature_by_usage_response_data, usage), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_top_feature_by_usage_response_data_desc = {
    "TopFeatureByUsageResponseData", sizeof(schematic_top_feature_by_usage_response_data), schematic_top_feature_by_usage_response_data_desc_Fields, 6,
    offsetof(schematic_top_feature_by_usage_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_top_feature_by_usage_response_data_free(schematic_top_feature_by_usage_response_data *obj)
{
    apic_struct_free(&schematic_top_feature_by_usage_response_data_desc, obj);
}

int schematic_top_feature_by_usage_response_data_from_json(const char *json, size_t len, schematic_top_feature_by_usage_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_top_feature_by_usage_response_data_Type, json, len, &value, err);
    *out = (schematic_top_feature_by_usage_response_data *)value;
    return rc;
}

int schematic_top_feature_by_usage_response_data_to_json(const schematic_top_feature_by_usage_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_top_feature_by_usage_response_data_Type, obj, out, err);
}

/* TopFeaturesByUsageResponseData */
static const apic_field schematic_top_features_by_usage_response_data_desc_Fields[] = {
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_top_features_by_usage_response_data, features), -1, -1, &schematic_top_feature_by_usage_response_data_array_Type},
};
const apic_struct_desc schematic_top_features_by_usage_response_data_desc = {
    "TopFeaturesByUsageResponseData", sizeof(schematic_top_features_by_usage_response_data), schematic_top_features_by_usage_response_data_desc_Fields, 1,
    offsetof(schematic_top_features_by_usage_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_top_features_by_usage_response_data_free(schematic_top_features_by_usage_response_data *obj)
{
    apic_struct_free(&schematic_top_features_by_usage_response_data_desc, obj);
}

int schematic_top_features_by_usage_response_data_from_json(const char *json, size_t len, schematic_top_features_by_usage_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_top_features_by_usage_response_data_Type, json, len, &value, err);
    *out = (schematic_top_features_by_usage_response_data *)value;
    return rc;
}

int schematic_top_features_by_usage_response_data_to_json(const schematic_top_features_by_usage_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_top_features_by_usage_response_data_Type, obj, out, err);
}

/* UpdateApiKeyRequestBody */
static const apic_field schematic_update_api_key_request_body_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_update_api_key_request_body, description), -1, offsetof(schematic_update_api_key_request_body, description_is_null), &apic_type_string},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_update_api_key_request_body, name), -1, offsetof(schematic_update_api_key_request_body, name_is_null), &apic_type_string},
    {"rate_limit_percent", 18, APIC_F_NULLABLE, offsetof(schematic_update_api_key_request_body, rate_limit_percent), offsetof(schematic_update_api_key_request_body, has_rate_limit_percent), offsetof(schematic_update_api_key_request_body, rate_limit_percent_is_null), &apic_type_int64},
};
const apic_struct_desc schematic_update_api_key_request_body_desc = {
    "UpdateApiKeyRequestBody", sizeof(schematic_update_api_key_request_body), schematic_update_api_key_request_body_desc_Fields, 3,
    offsetof(schematic_update_api_key_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_api_key_request_body_free(schematic_update_api_key_request_body *obj)
{
    apic_struct_free(&schematic_update_api_key_request_body_desc, obj);
}

int schematic_update_api_key_request_body_from_json(const char *json, size_t len, schematic_update_api_key_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_api_key_request_body_Type, json, len, &value, err);
    *out = (schematic_update_api_key_request_body *)value;
    return rc;
}

int schematic_update_api_key_request_body_to_json(const schematic_update_api_key_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_api_key_request_body_Type, obj, out, err);
}

/* UpdateBillingCreditRequestBody */
static const apic_field schematic_update_billing_credit_request_body_desc_Fields[] = {
    {"burn_strategy", 13, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, burn_strategy), offsetof(schematic_update_billing_credit_request_body, has_burn_strategy), offsetof(schematic_update_billing_credit_request_body, burn_strategy_is_null), &schematic_billing_credit_burn_strategy_Type},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, currency_prices), offsetof(schematic_update_billing_credit_request_body, has_currency_prices), offsetof(schematic_update_billing_credit_request_body, currency_prices_is_null), &schematic_credit_currency_price_request_body_array_Type},
    {"default_expiry_unit", 19, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, default_expiry_unit), offsetof(schematic_update_billing_credit_request_body, has_default_expiry_unit), offsetof(schematic_update_billing_credit_request_body, default_expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"default_expiry_unit_count", 25, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, default_expiry_unit_count), offsetof(schematic_update_billing_credit_request_body, has_default_expiry_unit_count), offsetof(schematic_update_billing_credit_request_body, default_expiry_unit_count_is_null), &apic_type_int64},
    {"default_rollover_policy", 23, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, default_rollover_policy), offsetof(schematic_update_billing_credit_request_body, has_default_rollover_policy), offsetof(schematic_update_billing_credit_request_body, default_rollover_policy_is_null), &schematic_billing_credit_rollover_policy_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_update_billing_credit_request_body, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, icon), -1, offsetof(schematic_update_billing_credit_request_body, icon_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_update_billing_credit_request_body, name), -1, -1, &apic_type_string},
    {"per_unit_price", 14, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, per_unit_price), offsetof(schematic_update_billing_credit_request_body, has_per_unit_price), offsetof(schematic_update_billing_credit_request_body, per_unit_price_is_null), &apic_type_int64},
    {"per_unit_price_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, per_unit_price_decimal), -1, offsetof(schematic_update_billing_credit_request_body, per_unit_price_decimal_is_null), &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, plural_name), -1, offsetof(schematic_update_billing_credit_request_body, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_update_billing_credit_request_body, singular_name), -1, offsetof(schematic_update_billing_credit_request_body, singular_name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_billing_credit_request_body_desc = {
    "UpdateBillingCreditRequestBody", sizeof(schematic_update_billing_credit_request_body), schematic_update_billing_credit_request_body_desc_Fields, 12,
    offsetof(schematic_update_billing_credit_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_billing_credit_request_body_free(schematic_update_billing_credit_request_body *obj)
{
    apic_struct_free(&schematic_update_billing_credit_request_body_desc, obj);
}

int schematic_update_billing_credit_request_body_from_json(const char *json, size_t len, schematic_update_billing_credit_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_billing_credit_request_body_Type, json, len, &value, err);
    *out = (schematic_update_billing_credit_request_body *)value;
    return rc;
}

int schematic_update_billing_credit_request_body_to_json(const schematic_update_billing_credit_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_billing_credit_request_body_Type, obj, out, err);
}

/* UpdateCatalogConfigurationRequestBody */
static const apic_field schematic_update_catalog_configuration_request_body_desc_Fields[] = {
    {"custom_plan_cta_text", 20, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, custom_plan_cta_text), -1, offsetof(schematic_update_catalog_configuration_request_body, custom_plan_cta_text_is_null), &apic_type_string},
    {"custom_plan_cta_url", 19, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, custom_plan_cta_url), -1, offsetof(schematic_update_catalog_configuration_request_body, custom_plan_cta_url_is_null), &apic_type_string},
    {"custom_plan_price_text", 22, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, custom_plan_price_text), -1, offsetof(schematic_update_catalog_configuration_request_body, custom_plan_price_text_is_null), &apic_type_string},
    {"custom_plans_visible", 20, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, custom_plans_visible), offsetof(schematic_update_catalog_configuration_request_body, has_custom_plans_visible), offsetof(schematic_update_catalog_configuration_request_body, custom_plans_visible_is_null), &apic_type_bool},
    {"ordered_add_ons", 15, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, ordered_add_ons), offsetof(schematic_update_catalog_configuration_request_body, has_ordered_add_ons), offsetof(schematic_update_catalog_configuration_request_body, ordered_add_ons_is_null), &schematic_catalog_config_ordered_plan_array_Type},
    {"ordered_bundles", 15, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, ordered_bundles), offsetof(schematic_update_catalog_configuration_request_body, has_ordered_bundles), offsetof(schematic_update_catalog_configuration_request_body, ordered_bundles_is_null), &schematic_catalog_config_ordered_bundle_array_Type},
    {"ordered_plans", 13, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, ordered_plans), offsetof(schematic_update_catalog_configuration_request_body, has_ordered_plans), offsetof(schematic_update_catalog_configuration_request_body, ordered_plans_is_null), &schematic_catalog_config_ordered_plan_array_Type},
    {"pricing_model", 13, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, pricing_model), -1, offsetof(schematic_update_catalog_configuration_request_body, pricing_model_is_null), &apic_type_string},
    {"pricing_url", 11, APIC_F_NULLABLE, offsetof(schematic_update_catalog_configuration_request_body, pricing_url), -1, offsetof(schematic_update_catalog_configuration_request_body, pricing_url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_catalog_configuration_request_body_desc = {
    "UpdateCatalogConfigurationRequestBody", sizeof(schematic_update_catalog_configuration_request_body), schematic_update_catalog_configuration_request_body_desc_Fields, 9,
    offsetof(schematic_update_catalog_configuration_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_catalog_configuration_request_body_free(schematic_update_catalog_configuration_request_body *obj)
{
    apic_struct_free(&schematic_update_catalog_configuration_request_body_desc, obj);
}

int schematic_update_catalog_configuration_request_body_from_json(const char *json, size_t len, schematic_update_catalog_configuration_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_catalog_configuration_request_body_Type, json, len, &value, err);
    *out = (schematic_update_catalog_configuration_request_body *)value;
    return rc;
}

int schematic_update_catalog_configuration_request_body_to_json(const schematic_update_catalog_configuration_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_catalog_configuration_request_body_Type, obj, out, err);
}

/* UpdateCatalogRequestBody */
static const apic_field schematic_update_catalog_request_body_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_update_catalog_request_body, description), -1, offsetof(schematic_update_catalog_request_body, description_is_null), &apic_type_string},
    {"is_default", 10, APIC_F_NULLABLE, offsetof(schematic_update_catalog_request_body, is_default), offsetof(schematic_update_catalog_request_body, has_is_default), offsetof(schematic_update_catalog_request_body, is_default_is_null), &apic_type_bool},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_update_catalog_request_body, name), -1, offsetof(schematic_update_catalog_request_body, name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_catalog_request_body_desc = {
    "UpdateCatalogRequestBody", sizeof(schematic_update_catalog_request_body), schematic_update_catalog_request_body_desc_Fields, 3,
    offsetof(schematic_update_catalog_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_catalog_request_body_free(schematic_update_catalog_request_body *obj)
{
    apic_struct_free(&schematic_update_catalog_request_body_desc, obj);
}

int schematic_update_catalog_request_body_from_json(const char *json, size_t len, schematic_update_catalog_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_catalog_request_body_Type, json, len, &value, err);
    *out = (schematic_update_catalog_request_body *)value;
    return rc;
}

int schematic_update_catalog_request_body_to_json(const schematic_update_catalog_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_catalog_request_body_Type, obj, out, err);
}

/* UpdateCompanyBillingDetailsRequestBody */
static const apic_field schematic_update_company_billing_details_request_body_desc_Fields[] = {
    {"address", 7, 0, offsetof(schematic_update_company_billing_details_request_body, address), -1, -1, &schematic_customer_billing_address_Type},
    {"email", 5, APIC_F_NULLABLE, offsetof(schematic_update_company_billing_details_request_body, email), -1, offsetof(schematic_update_company_billing_details_request_body, email_is_null), &apic_type_string},
    {"phone", 5, APIC_F_NULLABLE, offsetof(schematic_update_company_billing_details_request_body, phone), -1, offsetof(schematic_update_company_billing_details_request_body, phone_is_null), &apic_type_string},
    {"tax_id", 6, 0, offsetof(schematic_update_company_billing_details_request_body, tax_id), -1, -1, &schematic_tax_id_input_Type},
    {"values", 6, APIC_F_REQUIRED, offsetof(schematic_update_company_billing_details_request_body, values), -1, -1, &schematic_checkout_field_value_array_Type},
};
const apic_struct_desc schematic_update_company_billing_details_request_body_desc = {
    "UpdateCompanyBillingDetailsRequestBody", sizeof(schematic_update_company_billing_details_request_body), schematic_update_company_billing_details_request_body_desc_Fields, 5,
    offsetof(schematic_update_company_billing_details_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_company_billing_details_request_body_free(schematic_update_company_billing_details_request_body *obj)
{
    apic_struct_free(&schematic_update_company_billing_details_request_body_desc, obj);
}

int schematic_update_company_billing_details_request_body_from_json(const char *json, size_t len, schematic_update_company_billing_details_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_company_billing_details_request_body_Type, json, len, &value, err);
    *out = (schematic_update_company_billing_details_request_body *)value;
    return rc;
}

int schematic_update_company_billing_details_request_body_to_json(const schematic_update_company_billing_details_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_company_billing_details_request_body_Type, obj, out, err);
}

/* UpdateCompanyOverrideRequestBody */
static const apic_field schematic_update_company_override_request_body_desc_Fields[] = {
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, credit_consumption_rate), offsetof(schematic_update_company_override_request_body, has_credit_consumption_rate), offsetof(schematic_update_company_override_request_body, credit_consumption_rate_is_null), &apic_type_double},
    {"expiration_date", 15, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, expiration_date), -1, offsetof(schematic_update_company_override_request_body, expiration_date_is_null), &schematic_string_date_time_Type},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, metric_period), offsetof(schematic_update_company_override_request_body, has_metric_period), offsetof(schematic_update_company_override_request_body, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, metric_period_month_reset), offsetof(schematic_update_company_override_request_body, has_metric_period_month_reset), offsetof(schematic_update_company_override_request_body, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"note", 4, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, note), -1, offsetof(schematic_update_company_override_request_body, note_is_null), &apic_type_string},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, value_bool), offsetof(schematic_update_company_override_request_body, has_value_bool), offsetof(schematic_update_company_override_request_body, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, value_credit_id), -1, offsetof(schematic_update_company_override_request_body, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, value_numeric), offsetof(schematic_update_company_override_request_body, has_value_numeric), offsetof(schematic_update_company_override_request_body, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_update_company_override_request_body, value_trait_id), -1, offsetof(schematic_update_company_override_request_body, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_update_company_override_request_body, value_type), -1, -1, &schematic_entitlement_value_type_Type},
};
const apic_struct_desc schematic_update_company_override_request_body_desc = {
    "UpdateCompanyOverrideRequestBody", sizeof(schematic_update_company_override_request_body), schematic_update_company_override_request_body_desc_Fields, 10,
    offsetof(schematic_update_company_override_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_company_override_request_body_free(schematic_update_company_override_request_body *obj)
{
    apic_struct_free(&schematic_update_company_override_request_body_desc, obj);
}

int schematic_update_company_override_request_body_from_json(const char *json, size_t len, schematic_update_company_override_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_company_override_request_body_Type, json, len, &value, err);
    *out = (schematic_update_company_override_request_body *)value;
    return rc;
}

int schematic_update_company_override_request_body_to_json(const schematic_update_company_override_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_company_override_request_body_Type, obj, out, err);
}

/* UpdateCompanyPlansRequestBody */
static const apic_field schematic_update_company_plans_request_body_desc_Fields[] = {
    {"add_on_ids", 10, APIC_F_REQUIRED, offsetof(schematic_update_company_plans_request_body, add_on_ids), -1, -1, &schematic_string_array_Type},
    {"base_plan_id", 12, APIC_F_NULLABLE, offsetof(schematic_update_company_plans_request_body, base_plan_id), -1, offsetof(schematic_update_company_plans_request_body, base_plan_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_company_plans_request_body_desc = {
    "UpdateCompanyPlansRequestBody", sizeof(schematic_update_company_plans_request_body), schematic_update_company_plans_request_body_desc_Fields, 2,
    offsetof(schematic_update_company_plans_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_company_plans_request_body_free(schematic_update_company_plans_request_body *obj)
{
    apic_struct_free(&schematic_update_company_plans_request_body_desc, obj);
}

int schematic_update_company_plans_request_body_from_json(const char *json, size_t len, schematic_update_company_plans_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_company_plans_request_body_Type, json, len, &value, err);
    *out = (schematic_update_company_plans_request_body *)value;
    return rc;
}

int schematic_update_company_plans_request_body_to_json(const schematic_update_company_plans_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_company_plans_request_body_Type, obj, out, err);
}

/* UpdateComponentRequestBody */
static const apic_field schematic_update_component_request_body_desc_Fields[] = {
    {"ast", 3, 0, offsetof(schematic_update_component_request_body, ast), offsetof(schematic_update_component_request_body, has_ast), -1, &schematic_double_map_Type},
    {"entity_type", 11, APIC_F_NULLABLE, offsetof(schematic_update_component_request_body, entity_type), offsetof(schematic_update_component_request_body, has_entity_type), offsetof(schematic_update_component_request_body, entity_type_is_null), &schematic_component_entity_type_Type},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_update_component_request_body, name), -1, offsetof(schematic_update_component_request_body, name_is_null), &apic_type_string},
    {"state", 5, APIC_F_NULLABLE, offsetof(schematic_update_component_request_body, state), offsetof(schematic_update_component_request_body, has_state), offsetof(schematic_update_component_request_body, state_is_null), &schematic_component_state_Type},
};
const apic_struct_desc schematic_update_component_request_body_desc = {
    "UpdateComponentRequestBody", sizeof(schematic_update_component_request_body), schematic_update_component_request_body_desc_Fields, 4,
    offsetof(schematic_update_component_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_component_request_body_free(schematic_update_component_request_body *obj)
{
    apic_struct_free(&schematic_update_component_request_body_desc, obj);
}

int schematic_update_component_request_body_from_json(const char *json, size_t len, schematic_update_component_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_component_request_body_Type, json, len, &value, err);
    *out = (schematic_update_component_request_body *)value;
    return rc;
}

int schematic_update_component_request_body_to_json(const schematic_update_component_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_component_request_body_Type, obj, out, err);
}

/* UpdateCreditBundleDetailsRequestBody */
static const apic_field schematic_update_credit_bundle_details_request_body_desc_Fields[] = {
    {"bundle_name", 11, APIC_F_REQUIRED, offsetof(schematic_update_credit_bundle_details_request_body, bundle_name), -1, -1, &apic_type_string},
    {"compatible_plan_ids", 19, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, compatible_plan_ids), offsetof(schematic_update_credit_bundle_details_request_body, has_compatible_plan_ids), offsetof(schematic_update_credit_bundle_details_request_body, compatible_plan_ids_is_null), &schematic_string_array_Type},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, currency_prices), offsetof(schematic_update_credit_bundle_details_request_body, has_currency_prices), offsetof(schematic_update_credit_bundle_details_request_body, currency_prices_is_null), &schematic_credit_bundle_currency_price_request_body_array_Type},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, expiry_type), offsetof(schematic_update_credit_bundle_details_request_body, has_expiry_type), offsetof(schematic_update_credit_bundle_details_request_body, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, expiry_unit), offsetof(schematic_update_credit_bundle_details_request_body, has_expiry_unit), offsetof(schematic_update_credit_bundle_details_request_body, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, expiry_unit_count), offsetof(schematic_update_credit_bundle_details_request_body, has_expiry_unit_count), offsetof(schematic_update_credit_bundle_details_request_body, expiry_unit_count_is_null), &apic_type_int64},
    {"price_per_unit", 14, APIC_F_REQUIRED, offsetof(schematic_update_credit_bundle_details_request_body, price_per_unit), -1, -1, &apic_type_int64},
    {"price_per_unit_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, price_per_unit_decimal), -1, offsetof(schematic_update_credit_bundle_details_request_body, price_per_unit_decimal_is_null), &apic_type_string},
    {"quantity", 8, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, quantity), offsetof(schematic_update_credit_bundle_details_request_body, has_quantity), offsetof(schematic_update_credit_bundle_details_request_body, quantity_is_null), &apic_type_int64},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_update_credit_bundle_details_request_body, status), offsetof(schematic_update_credit_bundle_details_request_body, has_status), offsetof(schematic_update_credit_bundle_details_request_body, status_is_null), &schematic_billing_credit_bundle_status_Type},
};
const apic_struct_desc schematic_update_credit_bundle_details_request_body_desc = {
    "UpdateCreditBundleDetailsRequestBody", sizeof(schematic_update_credit_bundle_details_request_body), schematic_update_credit_bundle_details_request_body_desc_Fields, 10,
    offsetof(schematic_update_credit_bundle_details_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_credit_bundle_details_request_body_free(schematic_update_credit_bundle_details_request_body *obj)
{
    apic_struct_free(&schematic_update_credit_bundle_details_request_body_desc, obj);
}

int schematic_update_credit_bundle_details_request_body_from_json(const char *json, size_t len, schematic_update_credit_bundle_details_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_credit_bundle_details_request_body_Type, json, len, &value, err);
    *out = (schematic_update_credit_bundle_details_request_body *)value;
    return rc;
}

int schematic_update_credit_bundle_details_request_body_to_json(const schematic_update_credit_bundle_details_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_credit_bundle_details_request_body_Type, obj, out, err);
}

/* UpdateEntitlementReqCommon */
static const apic_field schematic_update_entitlement_req_common_desc_Fields[] = {
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_update_entitlement_req_common, credit_consumption_rate), offsetof(schematic_update_entitlement_req_common, has_credit_consumption_rate), offsetof(schematic_update_entitlement_req_common, credit_consumption_rate_is_null), &apic_type_double},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_update_entitlement_req_common, metric_period), offsetof(schematic_update_entitlement_req_common, has_metric_period), offsetof(schematic_update_entitlement_req_common, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_update_entitlement_req_common, metric_period_month_reset), offsetof(schematic_update_entitlement_req_common, has_metric_period_month_reset), offsetof(schematic_update_entitlement_req_common, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_update_entitlement_req_common, value_bool), offsetof(schematic_update_entitlement_req_common, has_value_bool), offsetof(schematic_update_entitlement_req_common, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_update_entitlement_req_common, value_credit_id), -1, offsetof(schematic_update_entitlement_req_common, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_update_entitlement_req_common, value_numeric), offsetof(schematic_update_entitlement_req_common, has_value_numeric), offsetof(schematic_update_entitlement_req_common, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_update_entitlement_req_common, value_trait_id), -1, offsetof(schematic_update_entitlement_req_common, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_update_entitlement_req_common, value_type), -1, -1, &schematic_entitlement_value_type_Type},
};
const apic_struct_desc schematic_update_entitlement_req_common_desc = {
    "UpdateEntitlementReqCommon", sizeof(schematic_update_entitlement_req_common), schematic_update_entitlement_req_common_desc_Fields, 8,
    offsetof(schematic_update_entitlement_req_common, unknown_fields),
    -1,
    NULL
};

void schematic_update_entitlement_req_common_free(schematic_update_entitlement_req_common *obj)
{
    apic_struct_free(&schematic_update_entitlement_req_common_desc, obj);
}

int schematic_update_entitlement_req_common_from_json(const char *json, size_t len, schematic_update_entitlement_req_common **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_entitlement_req_common_Type, json, len, &value, err);
    *out = (schematic_update_entitlement_req_common *)value;
    return rc;
}

int schematic_update_entitlement_req_common_to_json(const schematic_update_entitlement_req_common *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_entitlement_req_common_Type, obj, out, err);
}

/* UpdateEntityTraitDefinitionRequestBody */
static const apic_field schematic_update_entity_trait_definition_request_body_desc_Fields[] = {
    {"display_name", 12, APIC_F_NULLABLE, offsetof(schematic_update_entity_trait_definition_request_body, display_name), -1, offsetof(schematic_update_entity_trait_definition_request_body, display_name_is_null), &apic_type_string},
    {"trait_type", 10, APIC_F_REQUIRED, offsetof(schematic_update_entity_trait_definition_request_body, trait_type), -1, -1, &schematic_trait_type_Type},
};
const apic_struct_desc schematic_update_entity_trait_definition_request_body_desc = {
    "UpdateEntityTraitDefinitionRequestBody", sizeof(schematic_update_entity_trait_definition_request_body), schematic_update_entity_trait_definition_request_body_desc_Fields, 2,
    offsetof(schematic_update_entity_trait_definition_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_entity_trait_definition_request_body_free(schematic_update_entity_trait_definition_request_body *obj)
{
    apic_struct_free(&schematic_update_entity_trait_definition_request_body_desc, obj);
}

int schematic_update_entity_trait_definition_request_body_from_json(const char *json, size_t len, schematic_update_entity_trait_definition_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_entity_trait_definition_request_body_Type, json, len, &value, err);
    *out = (schematic_update_entity_trait_definition_request_body *)value;
    return rc;
}

int schematic_update_entity_trait_definition_request_body_to_json(const schematic_update_entity_trait_definition_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_entity_trait_definition_request_body_Type, obj, out, err);
}

/* UpdateEnvironmentRequestBody */
static const apic_field schematic_update_environment_request_body_desc_Fields[] = {
    {"environment_type", 16, APIC_F_NULLABLE, offsetof(schematic_update_environment_request_body, environment_type), offsetof(schematic_update_environment_request_body, has_environment_type), offsetof(schematic_update_environment_request_body, environment_type_is_null), &schematic_environment_type_Type},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_update_environment_request_body, name), -1, offsetof(schematic_update_environment_request_body, name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_environment_request_body_desc = {
    "UpdateEnvironmentRequestBody", sizeof(schematic_update_environment_request_body), schematic_update_environment_request_body_desc_Fields, 2,
    offsetof(schematic_update_environment_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_environment_request_body_free(schematic_update_environment_request_body *obj)
{
    apic_struct_free(&schematic_update_environment_request_body_desc, obj);
}

int schematic_update_environment_request_body_from_json(const char *json, size_t len, schematic_update_environment_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_environment_request_body_Type, json, len, &value, err);
    *out = (schematic_update_environment_request_body *)value;
    return rc;
}

int schematic_update_environment_request_body_to_json(const schematic_update_environment_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_environment_request_body_Type, obj, out, err);
}

/* UpdateFeatureRequestBody */
static const apic_field schematic_update_feature_request_body_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, description), -1, offsetof(schematic_update_feature_request_body, description_is_null), &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, event_subtype), -1, offsetof(schematic_update_feature_request_body, event_subtype_is_null), &apic_type_string},
    {"feature_type", 12, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, feature_type), offsetof(schematic_update_feature_request_body, has_feature_type), offsetof(schematic_update_feature_request_body, feature_type_is_null), &schematic_feature_type_Type},
    {"flag", 4, 0, offsetof(schematic_update_feature_request_body, flag), -1, -1, &schematic_create_or_update_flag_request_body_Type},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, icon), -1, offsetof(schematic_update_feature_request_body, icon_is_null), &apic_type_string},
    {"lifecycle_phase", 15, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, lifecycle_phase), offsetof(schematic_update_feature_request_body, has_lifecycle_phase), offsetof(schematic_update_feature_request_body, lifecycle_phase_is_null), &schematic_feature_lifecycle_phase_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, maintainer_account_member_id), -1, offsetof(schematic_update_feature_request_body, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, name), -1, offsetof(schematic_update_feature_request_body, name_is_null), &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, plural_name), -1, offsetof(schematic_update_feature_request_body, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, singular_name), -1, offsetof(schematic_update_feature_request_body, singular_name_is_null), &apic_type_string},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_update_feature_request_body, trait_id), -1, offsetof(schematic_update_feature_request_body, trait_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_feature_request_body_desc = {
    "UpdateFeatureRequestBody", sizeof(schematic_update_feature_request_body), schematic_update_feature_request_body_desc_Fields, 11,
    offsetof(schematic_update_feature_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_feature_request_body_free(schematic_update_feature_request_body *obj)
{
    apic_struct_free(&schematic_update_feature_request_body_desc, obj);
}

int schematic_update_feature_request_body_from_json(const char *json, size_t len, schematic_update_feature_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_feature_request_body_Type, json, len, &value, err);
    *out = (schematic_update_feature_request_body *)value;
    return rc;
}

int schematic_update_feature_request_body_to_json(const schematic_update_feature_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_feature_request_body_Type, obj, out, err);
}

/* UpdateFlagRulesRequestBody */
static const apic_field schematic_update_flag_rules_request_body_desc_Fields[] = {
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_update_flag_rules_request_body, rules), -1, -1, &schematic_create_or_update_rule_request_body_array_Type},
};
const apic_struct_desc schematic_update_flag_rules_request_body_desc = {
    "UpdateFlagRulesRequestBody", sizeof(schematic_update_flag_rules_request_body), schematic_update_flag_rules_request_body_desc_Fields, 1,
    offsetof(schematic_update_flag_rules_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_flag_rules_request_body_free(schematic_update_flag_rules_request_body *obj)
{
    apic_struct_free(&schematic_update_flag_rules_request_body_desc, obj);
}

int schematic_update_flag_rules_request_body_from_json(const char *json, size_t len, schematic_update_flag_rules_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_flag_rules_request_body_Type, json, len, &value, err);
    *out = (schematic_update_flag_rules_request_body *)value;
    return rc;
}

int schematic_update_flag_rules_request_body_to_json(const schematic_update_flag_rules_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_flag_rules_request_body_Type, obj, out, err);
}

/* UpdateOnboardingStateRequestBody */
static const apic_field schematic_update_onboarding_state_request_body_desc_Fields[] = {
    {"path", 4, APIC_F_NULLABLE, offsetof(schematic_update_onboarding_state_request_body, path), offsetof(schematic_update_onboarding_state_request_body, has_path), offsetof(schematic_update_onboarding_state_request_body, path_is_null), &schematic_onboarding_path_Type},
    {"pricing_page_url", 16, APIC_F_NULLABLE, offsetof(schematic_update_onboarding_state_request_body, pricing_page_url), -1, offsetof(schematic_update_onboarding_state_request_body, pricing_page_url_is_null), &apic_type_string},
    {"track", 5, APIC_F_NULLABLE, offsetof(schematic_update_onboarding_state_request_body, track), offsetof(schematic_update_onboarding_state_request_body, has_track), offsetof(schematic_update_onboarding_state_request_body, track_is_null), &schematic_onboarding_track_Type},
    {"website_url", 11, APIC_F_NULLABLE, offsetof(schematic_update_onboarding_state_request_body, website_url), -1, offsetof(schematic_update_onboarding_state_request_body, website_url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_onboarding_state_request_body_desc = {
    "UpdateOnboardingStateRequestBody", sizeof(schematic_update_onboarding_state_request_body), schematic_update_onboarding_state_request_body_desc_Fields, 4,
    offsetof(schematic_update_onboarding_state_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_onboarding_state_request_body_free(schematic_update_onboarding_state_request_body *obj)
{
    apic_struct_free(&schematic_update_onboarding_state_request_body_desc, obj);
}

int schematic_update_onboarding_state_request_body_from_json(const char *json, size_t len, schematic_update_onboarding_state_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_onboarding_state_request_body_Type, json, len, &value, err);
    *out = (schematic_update_onboarding_state_request_body *)value;
    return rc;
}

int schematic_update_onboarding_state_request_body_to_json(const schematic_update_onboarding_state_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_onboarding_state_request_body_Type, obj, out, err);
}

/* UpdatePlanBundleRequestBody */
static const apic_field schematic_update_plan_bundle_request_body_desc_Fields[] = {
    {"billing_product", 15, 0, offsetof(schematic_update_plan_bundle_request_body, billing_product), -1, -1, &schematic_upsert_billing_product_request_body_Type},
    {"credit_grants", 13, 0, offsetof(schematic_update_plan_bundle_request_body, credit_grants), offsetof(schematic_update_plan_bundle_request_body, has_credit_grants), -1, &schematic_plan_bundle_credit_grant_request_body_array_Type},
    {"entitlements", 12, APIC_F_REQUIRED, offsetof(schematic_update_plan_bundle_request_body, entitlements), -1, -1, &schematic_plan_bundle_entitlement_request_body_array_Type},
    {"plan", 4, APIC_F_REQUIRED, offsetof(schematic_update_plan_bundle_request_body, plan), -1, -1, &schematic_update_plan_request_body_Type},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_update_plan_bundle_request_body, plan_version_id), -1, offsetof(schematic_update_plan_bundle_request_body, plan_version_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_plan_bundle_request_body_desc = {
    "UpdatePlanBundleRequestBody", sizeof(schematic_update_plan_bundle_request_body), schematic_update_plan_bundle_request_body_desc_Fields, 5,
    offsetof(schematic_update_plan_bundle_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_plan_bundle_request_body_free(schematic_update_plan_bundle_request_body *obj)
{
    apic_struct_free(&schematic_update_plan_bundle_request_body_desc, obj);
}

int schematic_update_plan_bundle_request_body_from_json(const char *json, size_t len, schematic_update_plan_bundle_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_plan_bundle_request_body_Type, json, len, &value, err);
    *out = (schematic_update_plan_bundle_request_body *)value;
    return rc;
}

int schematic_update_plan_bundle_request_body_to_json(const schematic_update_plan_bundle_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_plan_bundle_request_body_Type, obj, out, err);
}

/* UpdatePlanRequestBody */
static const apic_field schematic_update_plan_request_body_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_update_plan_request_body, description), -1, offsetof(schematic_update_plan_request_body, description_is_null), &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_update_plan_request_body, icon), offsetof(schematic_update_plan_request_body, has_icon), offsetof(schematic_update_plan_request_body, icon_is_null), &schematic_plan_icon_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_update_plan_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_update_plan_request_body_desc = {
    "UpdatePlanRequestBody", sizeof(schematic_update_plan_request_body), schematic_update_plan_request_body_desc_Fields, 3,
    offsetof(schematic_update_plan_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_plan_request_body_free(schematic_update_plan_request_body *obj)
{
    apic_struct_free(&schematic_update_plan_request_body_desc, obj);
}

int schematic_update_plan_request_body_from_json(const char *json, size_t len, schematic_update_plan_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_plan_request_body_Type, json, len, &value, err);
    *out = (schematic_update_plan_request_body *)value;
    return rc;
}

int schematic_update_plan_request_body_to_json(const schematic_update_plan_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_plan_request_body_Type, obj, out, err);
}

/* UpdatePlanEntitlementRequestBody */
static const apic_field schematic_update_plan_entitlement_request_body_desc_Fields[] = {
    {"billing_product_id", 18, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, billing_product_id), -1, offsetof(schematic_update_plan_entitlement_request_body, billing_product_id_is_null), &apic_type_string},
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, billing_threshold), offsetof(schematic_update_plan_entitlement_request_body, has_billing_threshold), offsetof(schematic_update_plan_entitlement_request_body, billing_threshold_is_null), &apic_type_int64},
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, credit_consumption_rate), offsetof(schematic_update_plan_entitlement_request_body, has_credit_consumption_rate), offsetof(schematic_update_plan_entitlement_request_body, credit_consumption_rate_is_null), &apic_type_double},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, currency), -1, offsetof(schematic_update_plan_entitlement_request_body, currency_is_null), &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, currency_prices), offsetof(schematic_update_plan_entitlement_request_body, has_currency_prices), offsetof(schematic_update_plan_entitlement_request_body, currency_prices_is_null), &schematic_currency_price_request_body_array_Type},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, metric_period), offsetof(schematic_update_plan_entitlement_request_body, has_metric_period), offsetof(schematic_update_plan_entitlement_request_body, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, metric_period_month_reset), offsetof(schematic_update_plan_entitlement_request_body, has_metric_period_month_reset), offsetof(schematic_update_plan_entitlement_request_body, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"monthly_metered_price_id", 24, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, monthly_metered_price_id), -1, offsetof(schematic_update_plan_entitlement_request_body, monthly_metered_price_id_is_null), &apic_type_string},
    {"monthly_price_tiers", 19, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, monthly_price_tiers), offsetof(schematic_update_plan_entitlement_request_body, has_monthly_price_tiers), offsetof(schematic_update_plan_entitlement_request_body, monthly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"monthly_unit_price", 18, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, monthly_unit_price), offsetof(schematic_update_plan_entitlement_request_body, has_monthly_unit_price), offsetof(schematic_update_plan_entitlement_request_body, monthly_unit_price_is_null), &apic_type_int64},
    {"monthly_unit_price_decimal", 26, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, monthly_unit_price_decimal), -1, offsetof(schematic_update_plan_entitlement_request_body, monthly_unit_price_decimal_is_null), &apic_type_string},
    {"overage_billing_product_id", 26, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, overage_billing_product_id), -1, offsetof(schematic_update_plan_entitlement_request_body, overage_billing_product_id_is_null), &apic_type_string},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, price_behavior), offsetof(schematic_update_plan_entitlement_request_body, has_price_behavior), offsetof(schematic_update_plan_entitlement_request_body, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"price_tiers", 11, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, price_tiers), offsetof(schematic_update_plan_entitlement_request_body, has_price_tiers), offsetof(schematic_update_plan_entitlement_request_body, price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_metered_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, quarterly_metered_price_id), -1, offsetof(schematic_update_plan_entitlement_request_body, quarterly_metered_price_id_is_null), &apic_type_string},
    {"quarterly_price_tiers", 21, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, quarterly_price_tiers), offsetof(schematic_update_plan_entitlement_request_body, has_quarterly_price_tiers), offsetof(schematic_update_plan_entitlement_request_body, quarterly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_unit_price", 20, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, quarterly_unit_price), offsetof(schematic_update_plan_entitlement_request_body, has_quarterly_unit_price), offsetof(schematic_update_plan_entitlement_request_body, quarterly_unit_price_is_null), &apic_type_int64},
    {"quarterly_unit_price_decimal", 28, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, quarterly_unit_price_decimal), -1, offsetof(schematic_update_plan_entitlement_request_body, quarterly_unit_price_decimal_is_null), &apic_type_string},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, soft_limit), offsetof(schematic_update_plan_entitlement_request_body, has_soft_limit), offsetof(schematic_update_plan_entitlement_request_body, soft_limit_is_null), &apic_type_int64},
    {"tier_mode", 9, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, tier_mode), offsetof(schematic_update_plan_entitlement_request_body, has_tier_mode), offsetof(schematic_update_plan_entitlement_request_body, tier_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"usage_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, usage_quantity), offsetof(schematic_update_plan_entitlement_request_body, has_usage_quantity), offsetof(schematic_update_plan_entitlement_request_body, usage_quantity_is_null), &apic_type_int64},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, value_bool), offsetof(schematic_update_plan_entitlement_request_body, has_value_bool), offsetof(schematic_update_plan_entitlement_request_body, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, value_credit_id), -1, offsetof(schematic_update_plan_entitlement_request_body, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, value_numeric), offsetof(schematic_update_plan_entitlement_request_body, has_value_numeric), offsetof(schematic_update_plan_entitlement_request_body, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, value_trait_id), -1, offsetof(schematic_update_plan_entitlement_request_body, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_update_plan_entitlement_request_body, value_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"warning_tiers", 13, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, warning_tiers), offsetof(schematic_update_plan_entitlement_request_body, has_warning_tiers), offsetof(schematic_update_plan_entitlement_request_body, warning_tiers_is_null), &schematic_warning_tier_request_body_array_Type},
    {"yearly_metered_price_id", 23, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, yearly_metered_price_id), -1, offsetof(schematic_update_plan_entitlement_request_body, yearly_metered_price_id_is_null), &apic_type_string},
    {"yearly_price_tiers", 18, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, yearly_price_tiers), offsetof(schematic_update_plan_entitlement_request_body, has_yearly_price_tiers), offsetof(schematic_update_plan_entitlement_request_body, yearly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"yearly_unit_price", 17, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, yearly_unit_price), offsetof(schematic_update_plan_entitlement_request_body, has_yearly_unit_price), offsetof(schematic_update_plan_entitlement_request_body, yearly_unit_price_is_null), &apic_type_int64},
    {"yearly_unit_price_decimal", 25, APIC_F_NULLABLE, offsetof(schematic_update_plan_entitlement_request_body, yearly_unit_price_decimal), -1, offsetof(schematic_update_plan_entitlement_request_body, yearly_unit_price_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_plan_entitlement_request_body_desc = {
    "UpdatePlanEntitlementRequestBody", sizeof(schematic_update_plan_entitlement_request_body), schematic_update_plan_entitlement_request_body_desc_Fields, 31,
    offsetof(schematic_update_plan_entitlement_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_plan_entitlement_request_body_free(schematic_update_plan_entitlement_request_body *obj)
{
    apic_struct_free(&schematic_update_plan_entitlement_request_body_desc, obj);
}

int schematic_update_plan_entitlement_request_body_from_json(const char *json, size_t len, schematic_update_plan_entitlement_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_plan_entitlement_request_body_Type, json, len, &value, err);
    *out = (schematic_update_plan_entitlement_request_body *)value;
    return rc;
}

int schematic_update_plan_entitlement_request_body_to_json(const schematic_update_plan_entitlement_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_plan_entitlement_request_body_Type, obj, out, err);
}

/* UpdatePlanGroupRequestBody */
static const apic_field schematic_update_plan_group_request_body_desc_Fields[] = {
    {"add_on_compatibilities", 22, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, add_on_compatibilities), offsetof(schematic_update_plan_group_request_body, has_add_on_compatibilities), offsetof(schematic_update_plan_group_request_body, add_on_compatibilities_is_null), &schematic_compatible_plans_array_Type},
    {"add_on_ids", 10, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, add_on_ids), -1, -1, &schematic_string_array_Type},
    {"checkout_bundle_purchase_behavior", 33, 0, offsetof(schematic_update_plan_group_request_body, checkout_bundle_purchase_behavior), offsetof(schematic_update_plan_group_request_body, has_checkout_bundle_purchase_behavior), -1, &schematic_checkout_bundle_purchase_behavior_Type},
    {"checkout_collect_address", 24, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, checkout_collect_address), -1, -1, &apic_type_bool},
    {"checkout_collect_email", 22, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, checkout_collect_email), -1, -1, &apic_type_bool},
    {"checkout_collect_phone", 22, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, checkout_collect_phone), -1, -1, &apic_type_bool},
    {"checkout_collect_tax_id", 23, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, checkout_collect_tax_id), -1, -1, &apic_type_bool},
    {"custom_checkout_fields", 22, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, custom_checkout_fields), offsetof(schematic_update_plan_group_request_body, has_custom_checkout_fields), offsetof(schematic_update_plan_group_request_body, custom_checkout_fields_is_null), &schematic_checkout_field_input_array_Type},
    {"custom_plan_config", 18, 0, offsetof(schematic_update_plan_group_request_body, custom_plan_config), -1, -1, &schematic_custom_plan_config_Type},
    {"custom_plan_id", 14, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, custom_plan_id), -1, offsetof(schematic_update_plan_group_request_body, custom_plan_id_is_null), &apic_type_string},
    {"enable_tax_collection", 21, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, enable_tax_collection), -1, -1, &apic_type_bool},
    {"fallback_plan_id", 16, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, fallback_plan_id), -1, offsetof(schematic_update_plan_group_request_body, fallback_plan_id_is_null), &apic_type_string},
    {"initial_plan_id", 15, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, initial_plan_id), -1, offsetof(schematic_update_plan_group_request_body, initial_plan_id_is_null), &apic_type_string},
    {"initial_plan_price_id", 21, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, initial_plan_price_id), -1, offsetof(schematic_update_plan_group_request_body, initial_plan_price_id_is_null), &apic_type_string},
    {"opt_in_enabled", 14, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, opt_in_enabled), -1, -1, &apic_type_bool},
    {"opt_in_text", 11, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, opt_in_text), -1, offsetof(schematic_update_plan_group_request_body, opt_in_text_is_null), &apic_type_string},
    {"opt_in_title", 12, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, opt_in_title), -1, offsetof(schematic_update_plan_group_request_body, opt_in_title_is_null), &apic_type_string},
    {"ordered_add_ons", 15, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, ordered_add_ons), -1, -1, &schematic_ordered_plans_in_group_array_Type},
    {"ordered_bundle_list", 19, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, ordered_bundle_list), -1, -1, &schematic_plan_group_bundle_order_array_Type},
    {"ordered_plans", 13, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, ordered_plans), -1, -1, &schematic_ordered_plans_in_group_array_Type},
    {"prevent_downgrades_when_over_limit", 34, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, prevent_downgrades_when_over_limit), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade", 30, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, prevent_self_service_downgrade), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade_button_text", 42, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, prevent_self_service_downgrade_button_text), -1, offsetof(schematic_update_plan_group_request_body, prevent_self_service_downgrade_button_text_is_null), &apic_type_string},
    {"prevent_self_service_downgrade_url", 34, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, prevent_self_service_downgrade_url), -1, offsetof(schematic_update_plan_group_request_body, prevent_self_service_downgrade_url_is_null), &apic_type_string},
    {"proration_behavior", 18, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, proration_behavior), -1, -1, &schematic_proration_behavior_Type},
    {"scheduled_downgrade_behavior", 28, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, scheduled_downgrade_behavior), offsetof(schematic_update_plan_group_request_body, has_scheduled_downgrade_behavior), offsetof(schematic_update_plan_group_request_body, scheduled_downgrade_behavior_is_null), &schematic_scheduled_downgrade_config_behavior_Type},
    {"scheduled_downgrade_prevent_when_over_limit", 43, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_update_plan_group_request_body, has_scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_update_plan_group_request_body, scheduled_downgrade_prevent_when_over_limit_is_null), &apic_type_bool},
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, show_credits), -1, -1, &apic_type_bool},
    {"show_feature_description", 24, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, show_feature_description), -1, -1, &apic_type_bool},
    {"show_hard_limit", 15, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, show_hard_limit), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, show_zero_price_as_free), -1, -1, &apic_type_bool},
    {"sync_customer_billing_details", 29, APIC_F_REQUIRED, offsetof(schematic_update_plan_group_request_body, sync_customer_billing_details), -1, -1, &apic_type_bool},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, trial_days), offsetof(schematic_update_plan_group_request_body, has_trial_days), offsetof(schematic_update_plan_group_request_body, trial_days_is_null), &apic_type_int64},
    {"trial_expiry_plan_id", 20, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, trial_expiry_plan_id), -1, offsetof(schematic_update_plan_group_request_body, trial_expiry_plan_id_is_null), &apic_type_string},
    {"trial_expiry_plan_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, trial_expiry_plan_price_id), -1, offsetof(schematic_update_plan_group_request_body, trial_expiry_plan_price_id_is_null), &apic_type_string},
    {"trial_payment_method_required", 29, APIC_F_NULLABLE, offsetof(schematic_update_plan_group_request_body, trial_payment_method_required), offsetof(schematic_update_plan_group_request_body, has_trial_payment_method_required), offsetof(schematic_update_plan_group_request_body, trial_payment_method_required_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_update_plan_group_request_body_desc = {
    "UpdatePlanGroupRequestBody", sizeof(schematic_update_plan_group_request_body), schematic_update_plan_group_request_body_desc_Fields, 38,
    offsetof(schematic_update_plan_group_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_plan_group_request_body_free(schematic_update_plan_group_request_body *obj)
{
    apic_struct_free(&schematic_update_plan_group_request_body_desc, obj);
}

int schematic_update_plan_group_request_body_from_json(const char *json, size_t len, schematic_update_plan_group_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_plan_group_request_body_Type, json, len, &value, err);
    *out = (schematic_update_plan_group_request_body *)value;
    return rc;
}

int schematic_update_plan_group_request_body_to_json(const schematic_update_plan_group_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_plan_group_request_body_Type, obj, out, err);
}

/* UpdatePlanTraitBulkRequestBody */
static const apic_field schematic_update_plan_trait_bulk_request_body_desc_Fields[] = {
    {"apply_to_existing_companies", 27, APIC_F_REQUIRED, offsetof(schematic_update_plan_trait_bulk_request_body, apply_to_existing_companies), -1, -1, &apic_type_bool},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_update_plan_trait_bulk_request_body, plan_id), -1, -1, &apic_type_string},
    {"traits", 6, APIC_F_REQUIRED, offsetof(schematic_update_plan_trait_bulk_request_body, traits), -1, -1, &schematic_update_plan_trait_trait_request_body_array_Type},
};
const apic_struct_desc schematic_update_plan_trait_bulk_request_body_desc = {
    "UpdatePlanTraitBulkRequestBody", sizeof(schematic_update_plan_trait_bulk_request_body), schematic_update_plan_trait_bulk_request_body_desc_Fields, 3,
    offsetof(schematic_update_plan_trait_bulk_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_plan_trait_bulk_request_body_free(schematic_update_plan_trait_bulk_request_body *obj)
{
    apic_struct_free(&schematic_update_plan_trait_bulk_request_body_desc, obj);
}

int schematic_update_plan_trait_bulk_request_body_from_json(const char *json, size_t len, schematic_update_plan_trait_bulk_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_plan_trait_bulk_request_body_Type, json, len, &value, err);
    *out = (schematic_update_plan_trait_bulk_request_body *)value;
    return rc;
}

int schematic_update_plan_trait_bulk_request_body_to_json(const schematic_update_plan_trait_bulk_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_plan_trait_bulk_request_body_Type, obj, out, err);
}

/* UpdatePlanTraitTraitRequestBody */
static const apic_field schematic_update_plan_trait_trait_request_body_desc_Fields[] = {
    {"trait_id", 8, APIC_F_REQUIRED, offsetof(schematic_update_plan_trait_trait_request_body, trait_id), -1, -1, &apic_type_string},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_update_plan_trait_trait_request_body, trait_value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_update_plan_trait_trait_request_body_desc = {
    "UpdatePlanTraitTraitRequestBody", sizeof(schematic_update_plan_trait_trait_request_body), schematic_update_plan_trait_trait_request_body_desc_Fields, 2,
    offsetof(schematic_update_plan_trait_trait_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_plan_trait_trait_request_body_free(schematic_update_plan_trait_trait_request_body *obj)
{
    apic_struct_free(&schematic_update_plan_trait_trait_request_body_desc, obj);
}

int schematic_update_plan_trait_trait_request_body_from_json(const char *json, size_t len, schematic_update_plan_trait_trait_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_plan_trait_trait_request_body_Type, json, len, &value, err);
    *out = (schematic_update_plan_trait_trait_request_body *)value;
    return rc;
}

int schematic_update_plan_trait_trait_request_body_to_json(const schematic_update_plan_trait_trait_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_plan_trait_trait_request_body_Type, obj, out, err);
}

/* UpdateRuleRequestBody */
static const apic_field schematic_update_rule_request_body_desc_Fields[] = {
    {"condition_groups", 16, APIC_F_REQUIRED, offsetof(schematic_update_rule_request_body, condition_groups), -1, -1, &schematic_create_or_update_condition_group_request_body_array_Type},
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_update_rule_request_body, conditions), -1, -1, &schematic_create_or_update_condition_request_body_array_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_update_rule_request_body, name), -1, -1, &apic_type_string},
    {"priority", 8, APIC_F_REQUIRED, offsetof(schematic_update_rule_request_body, priority), -1, -1, &apic_type_int64},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_update_rule_request_body, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_update_rule_request_body_desc = {
    "UpdateRuleRequestBody", sizeof(schematic_update_rule_request_body), schematic_update_rule_request_body_desc_Fields, 5,
    offsetof(schematic_update_rule_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_rule_request_body_free(schematic_update_rule_request_body *obj)
{
    apic_struct_free(&schematic_update_rule_request_body_desc, obj);
}

int schematic_update_rule_request_body_from_json(const char *json, size_t len, schematic_update_rule_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_rule_request_body_Type, json, len, &value, err);
    *out = (schematic_update_rule_request_body *)value;
    return rc;
}

int schematic_update_rule_request_body_to_json(const schematic_update_rule_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_rule_request_body_Type, obj, out, err);
}

/* UpdateScheduledCheckoutRequest */
static const apic_field schematic_update_scheduled_checkout_request_desc_Fields[] = {
    {"execute_after", 13, APIC_F_NULLABLE, offsetof(schematic_update_scheduled_checkout_request, execute_after), -1, offsetof(schematic_update_scheduled_checkout_request, execute_after_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_update_scheduled_checkout_request, status), offsetof(schematic_update_scheduled_checkout_request, has_status), offsetof(schematic_update_scheduled_checkout_request, status_is_null), &schematic_scheduled_checkout_status_Type},
};
const apic_struct_desc schematic_update_scheduled_checkout_request_desc = {
    "UpdateScheduledCheckoutRequest", sizeof(schematic_update_scheduled_checkout_request), schematic_update_scheduled_checkout_request_desc_Fields, 2,
    offsetof(schematic_update_scheduled_checkout_request, unknown_fields),
    -1,
    NULL
};

void schematic_update_scheduled_checkout_request_free(schematic_update_scheduled_checkout_request *obj)
{
    apic_struct_free(&schematic_update_scheduled_checkout_request_desc, obj);
}

int schematic_update_scheduled_checkout_request_from_json(const char *json, size_t len, schematic_update_scheduled_checkout_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_scheduled_checkout_request_Type, json, len, &value, err);
    *out = (schematic_update_scheduled_checkout_request *)value;
    return rc;
}

int schematic_update_scheduled_checkout_request_to_json(const schematic_update_scheduled_checkout_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_scheduled_checkout_request_Type, obj, out, err);
}

/* UpdateTrialEndRequestBody */
static const apic_field schematic_update_trial_end_request_body_desc_Fields[] = {
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_update_trial_end_request_body, trial_end), -1, offsetof(schematic_update_trial_end_request_body, trial_end_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_update_trial_end_request_body_desc = {
    "UpdateTrialEndRequestBody", sizeof(schematic_update_trial_end_request_body), schematic_update_trial_end_request_body_desc_Fields, 1,
    offsetof(schematic_update_trial_end_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_trial_end_request_body_free(schematic_update_trial_end_request_body *obj)
{
    apic_struct_free(&schematic_update_trial_end_request_body_desc, obj);
}

int schematic_update_trial_end_request_body_from_json(const char *json, size_t len, schematic_update_trial_end_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_trial_end_request_body_Type, json, len, &value, err);
    *out = (schematic_update_trial_end_request_body *)value;
    return rc;
}

int schematic_update_trial_end_request_body_to_json(const schematic_update_trial_end_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_trial_end_request_body_Type, obj, out, err);
}

/* UpdateWebhookRequestBody */
static const apic_field schematic_update_webhook_request_body_desc_Fields[] = {
    {"credit_trigger_configs", 22, APIC_F_NULLABLE, offsetof(schematic_update_webhook_request_body, credit_trigger_configs), offsetof(schematic_update_webhook_request_body, has_credit_trigger_configs), offsetof(schematic_update_webhook_request_body, credit_trigger_configs_is_null), &schematic_credit_trigger_config_array_Type},
    {"entitlement_trigger_configs", 27, APIC_F_NULLABLE, offsetof(schematic_update_webhook_request_body, entitlement_trigger_configs), offsetof(schematic_update_webhook_request_body, has_entitlement_trigger_configs), offsetof(schematic_update_webhook_request_body, entitlement_trigger_configs_is_null), &schematic_entitlement_trigger_config_array_Type},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_update_webhook_request_body, name), -1, offsetof(schematic_update_webhook_request_body, name_is_null), &apic_type_string},
    {"request_types", 13, APIC_F_NULLABLE, offsetof(schematic_update_webhook_request_body, request_types), offsetof(schematic_update_webhook_request_body, has_request_types), offsetof(schematic_update_webhook_request_body, request_types_is_null), &schematic_webhook_request_type_array_Type},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_update_webhook_request_body, status), offsetof(schematic_update_webhook_request_body, has_status), offsetof(schematic_update_webhook_request_body, status_is_null), &schematic_webhook_status_Type},
    {"url", 3, APIC_F_NULLABLE, offsetof(schematic_update_webhook_request_body, url), -1, offsetof(schematic_update_webhook_request_body, url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_update_webhook_request_body_desc = {
    "UpdateWebhookRequestBody", sizeof(schematic_update_webhook_request_body), schematic_update_webhook_request_body_desc_Fields, 6,
    offsetof(schematic_update_webhook_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_webhook_request_body_free(schematic_update_webhook_request_body *obj)
{
    apic_struct_free(&schematic_update_webhook_request_body_desc, obj);
}

int schematic_update_webhook_request_body_from_json(const char *json, size_t len, schematic_update_webhook_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_webhook_request_body_Type, json, len, &value, err);
    *out = (schematic_update_webhook_request_body *)value;
    return rc;
}

int schematic_update_webhook_request_body_to_json(const schematic_update_webhook_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_webhook_request_body_Type, obj, out, err);
}

/* UpsertCompanyRequestBody */
static const apic_field schematic_upsert_company_request_body_desc_Fields[] = {
    {"base_plan_id", 12, APIC_F_NULLABLE, offsetof(schematic_upsert_company_request_body, base_plan_id), -1, offsetof(schematic_upsert_company_request_body, base_plan_id_is_null), &apic_type_string},
    {"base_plan_price_id", 18, APIC_F_NULLABLE, offsetof(schematic_upsert_company_request_body, base_plan_price_id), -1, offsetof(schematic_upsert_company_request_body, base_plan_price_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_upsert_company_request_body, id), -1, offsetof(schematic_upsert_company_request_body, id_is_null), &apic_type_string},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_upsert_company_request_body, keys), -1, -1, &schematic_string_map_Type},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_upsert_company_request_body, last_seen_at), -1, offsetof(schematic_upsert_company_request_body, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_upsert_company_request_body, name), -1, offsetof(schematic_upsert_company_request_body, name_is_null), &apic_type_string},
    {"prevent_key_remap", 17, APIC_F_NULLABLE, offsetof(schematic_upsert_company_request_body, prevent_key_remap), offsetof(schematic_upsert_company_request_body, has_prevent_key_remap), offsetof(schematic_upsert_company_request_body, prevent_key_remap_is_null), &apic_type_bool},
    {"remove_keys", 11, 0, offsetof(schematic_upsert_company_request_body, remove_keys), offsetof(schematic_upsert_company_request_body, has_remove_keys), -1, &schematic_string_array_Type},
    {"traits", 6, 0, offsetof(schematic_upsert_company_request_body, traits), offsetof(schematic_upsert_company_request_body, has_traits), -1, &apic_type_json_map},
    {"update_only", 11, APIC_F_NULLABLE, offsetof(schematic_upsert_company_request_body, update_only), offsetof(schematic_upsert_company_request_body, has_update_only), offsetof(schematic_upsert_company_request_body, update_only_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_upsert_company_request_body_desc = {
    "UpsertCompanyRequestBody", sizeof(schematic_upsert_company_request_body), schematic_upsert_company_request_body_desc_Fields, 10,
    offsetof(schematic_upsert_company_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_upsert_company_request_body_free(schematic_upsert_company_request_body *obj)
{
    apic_struct_free(&schematic_upsert_company_request_body_desc, obj);
}

int schematic_upsert_company_request_body_from_json(const char *json, size_t len, schematic_upsert_company_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_upsert_company_request_body_Type, json, len, &value, err);
    *out = (schematic_upsert_company_request_body *)value;
    return rc;
}

int schematic_upsert_company_request_body_to_json(const schematic_upsert_company_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_upsert_company_request_body_Type, obj, out, err);
}

/* UpsertTraitRequestBody */
static const apic_field schematic_upsert_trait_request_body_desc_Fields[] = {
    {"incr", 4, APIC_F_NULLABLE, offsetof(schematic_upsert_trait_request_body, incr), offsetof(schematic_upsert_trait_request_body, has_incr), offsetof(schematic_upsert_trait_request_body, incr_is_null), &apic_type_int64},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_upsert_trait_request_body, keys), -1, -1, &schematic_string_map_Type},
    {"set", 3, APIC_F_NULLABLE, offsetof(schematic_upsert_trait_request_body, set), -1, offsetof(schematic_upsert_trait_request_body, set_is_null), &apic_type_string},
    {"trait", 5, APIC_F_REQUIRED, offsetof(schematic_upsert_trait_request_body, trait), -1, -1, &apic_type_string},
    {"update_only", 11, APIC_F_NULLABLE, offsetof(schematic_upsert_trait_request_body, update_only), offsetof(schematic_upsert_trait_request_body, has_update_only), offsetof(schematic_upsert_trait_request_body, update_only_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_upsert_trait_request_body_desc = {
    "UpsertTraitRequestBody", sizeof(schematic_upsert_trait_request_body), schematic_upsert_trait_request_body_desc_Fields, 5,
    offsetof(schematic_upsert_trait_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_upsert_trait_request_body_free(schematic_upsert_trait_request_body *obj)
{
    apic_struct_free(&schematic_upsert_trait_request_body_desc, obj);
}

int schematic_upsert_trait_request_body_from_json(const char *json, size_t len, schematic_upsert_trait_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_upsert_trait_request_body_Type, json, len, &value, err);
    *out = (schematic_upsert_trait_request_body *)value;
    return rc;
}

int schematic_upsert_trait_request_body_to_json(const schematic_upsert_trait_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_upsert_trait_request_body_Type, obj, out, err);
}

/* UpsertUserRequestBody */
static const apic_field schematic_upsert_user_request_body_desc_Fields[] = {
    {"companies", 9, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, companies), offsetof(schematic_upsert_user_request_body, has_companies), offsetof(schematic_upsert_user_request_body, companies_is_null), &schematic_string_map_array_Type},
    {"company", 7, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, company), offsetof(schematic_upsert_user_request_body, has_company), offsetof(schematic_upsert_user_request_body, company_is_null), &schematic_string_map_Type},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, company_id), -1, offsetof(schematic_upsert_user_request_body, company_id_is_null), &apic_type_string},
    {"company_ids", 11, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, company_ids), offsetof(schematic_upsert_user_request_body, has_company_ids), offsetof(schematic_upsert_user_request_body, company_ids_is_null), &schematic_string_array_Type},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, id), -1, offsetof(schematic_upsert_user_request_body, id_is_null), &apic_type_string},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_upsert_user_request_body, keys), -1, -1, &schematic_string_map_Type},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, last_seen_at), -1, offsetof(schematic_upsert_user_request_body, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, name), -1, offsetof(schematic_upsert_user_request_body, name_is_null), &apic_type_string},
    {"remove_keys", 11, 0, offsetof(schematic_upsert_user_request_body, remove_keys), offsetof(schematic_upsert_user_request_body, has_remove_keys), -1, &schematic_string_array_Type},
    {"traits", 6, 0, offsetof(schematic_upsert_user_request_body, traits), offsetof(schematic_upsert_user_request_body, has_traits), -1, &apic_type_json_map},
    {"update_only", 11, APIC_F_NULLABLE, offsetof(schematic_upsert_user_request_body, update_only), offsetof(schematic_upsert_user_request_body, has_update_only), offsetof(schematic_upsert_user_request_body, update_only_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_upsert_user_request_body_desc = {
    "UpsertUserRequestBody", sizeof(schematic_upsert_user_request_body), schematic_upsert_user_request_body_desc_Fields, 11,
    offsetof(schematic_upsert_user_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_upsert_user_request_body_free(schematic_upsert_user_request_body *obj)
{
    apic_struct_free(&schematic_upsert_user_request_body_desc, obj);
}

int schematic_upsert_user_request_body_from_json(const char *json, size_t len, schematic_upsert_user_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_upsert_user_request_body_Type, json, len, &value, err);
    *out = (schematic_upsert_user_request_body *)value;
    return rc;
}

int schematic_upsert_user_request_body_to_json(const schematic_upsert_user_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_upsert_user_request_body_Type, obj, out, err);
}

/* UpsertUserSubRequestBody */
static const apic_field schematic_upsert_user_sub_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_upsert_user_sub_request_body, company_id), -1, offsetof(schematic_upsert_user_sub_request_body, company_id_is_null), &apic_type_string},
    {"company_ids", 11, APIC_F_NULLABLE, offsetof(schematic_upsert_user_sub_request_body, company_ids), offsetof(schematic_upsert_user_sub_request_body, has_company_ids), offsetof(schematic_upsert_user_sub_request_body, company_ids_is_null), &schematic_string_array_Type},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_upsert_user_sub_request_body, id), -1, offsetof(schematic_upsert_user_sub_request_body, id_is_null), &apic_type_string},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_upsert_user_sub_request_body, keys), -1, -1, &schematic_string_map_Type},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_upsert_user_sub_request_body, last_seen_at), -1, offsetof(schematic_upsert_user_sub_request_body, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_upsert_user_sub_request_body, name), -1, offsetof(schematic_upsert_user_sub_request_body, name_is_null), &apic_type_string},
    {"remove_keys", 11, 0, offsetof(schematic_upsert_user_sub_request_body, remove_keys), offsetof(schematic_upsert_user_sub_request_body, has_remove_keys), -1, &schematic_string_array_Type},
    {"traits", 6, 0, offsetof(schematic_upsert_user_sub_request_body, traits), offsetof(schematic_upsert_user_sub_request_body, has_traits), -1, &apic_type_json_map},
    {"update_only", 11, APIC_F_NULLABLE, offsetof(schematic_upsert_user_sub_request_body, update_only), offsetof(schematic_upsert_user_sub_request_body, has_update_only), offsetof(schematic_upsert_user_sub_request_body, update_only_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_upsert_user_sub_request_body_desc = {
    "UpsertUserSubRequestBody", sizeof(schematic_upsert_user_sub_request_body), schematic_upsert_user_sub_request_body_desc_Fields, 9,
    offsetof(schematic_upsert_user_sub_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_upsert_user_sub_request_body_free(schematic_upsert_user_sub_request_body *obj)
{
    apic_struct_free(&schematic_upsert_user_sub_request_body_desc, obj);
}

int schematic_upsert_user_sub_request_body_from_json(const char *json, size_t len, schematic_upsert_user_sub_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_upsert_user_sub_request_body_Type, json, len, &value, err);
    *out = (schematic_upsert_user_sub_request_body *)value;
    return rc;
}

int schematic_upsert_user_sub_request_body_to_json(const schematic_upsert_user_sub_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_upsert_user_sub_request_body_Type, obj, out, err);
}

/* UsageBasedEntitlementRequestBody */
static const apic_field schematic_usage_based_entitlement_request_body_desc_Fields[] = {
    {"billing_product_id", 18, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, billing_product_id), -1, offsetof(schematic_usage_based_entitlement_request_body, billing_product_id_is_null), &apic_type_string},
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, billing_threshold), offsetof(schematic_usage_based_entitlement_request_body, has_billing_threshold), offsetof(schematic_usage_based_entitlement_request_body, billing_threshold_is_null), &apic_type_int64},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, currency), -1, offsetof(schematic_usage_based_entitlement_request_body, currency_is_null), &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, currency_prices), offsetof(schematic_usage_based_entitlement_request_body, has_currency_prices), offsetof(schematic_usage_based_entitlement_request_body, currency_prices_is_null), &schematic_currency_price_request_body_array_Type},
    {"monthly_metered_price_id", 24, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, monthly_metered_price_id), -1, offsetof(schematic_usage_based_entitlement_request_body, monthly_metered_price_id_is_null), &apic_type_string},
    {"monthly_price_tiers", 19, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, monthly_price_tiers), offsetof(schematic_usage_based_entitlement_request_body, has_monthly_price_tiers), offsetof(schematic_usage_based_entitlement_request_body, monthly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"monthly_unit_price", 18, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, monthly_unit_price), offsetof(schematic_usage_based_entitlement_request_body, has_monthly_unit_price), offsetof(schematic_usage_based_entitlement_request_body, monthly_unit_price_is_null), &apic_type_int64},
    {"monthly_unit_price_decimal", 26, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, monthly_unit_price_decimal), -1, offsetof(schematic_usage_based_entitlement_request_body, monthly_unit_price_decimal_is_null), &apic_type_string},
    {"overage_billing_product_id", 26, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, overage_billing_product_id), -1, offsetof(schematic_usage_based_entitlement_request_body, overage_billing_product_id_is_null), &apic_type_string},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, price_behavior), offsetof(schematic_usage_based_entitlement_request_body, has_price_behavior), offsetof(schematic_usage_based_entitlement_request_body, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"price_tiers", 11, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, price_tiers), offsetof(schematic_usage_based_entitlement_request_body, has_price_tiers), offsetof(schematic_usage_based_entitlement_request_body, price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_metered_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, quarterly_metered_price_id), -1, offsetof(schematic_usage_based_entitlement_request_body, quarterly_metered_price_id_is_null), &apic_type_string},
    {"quarterly_price_tiers", 21, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, quarterly_price_tiers), offsetof(schematic_usage_based_entitlement_request_body, has_quarterly_price_tiers), offsetof(schematic_usage_based_entitlement_request_body, quarterly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_unit_price", 20, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, quarterly_unit_price), offsetof(schematic_usage_based_entitlement_request_body, has_quarterly_unit_price), offsetof(schematic_usage_based_entitlement_request_body, quarterly_unit_price_is_null), &apic_type_int64},
    {"quarterly_unit_price_decimal", 28, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, quarterly_unit_price_decimal), -1, offsetof(schematic_usage_based_entitlement_request_body, quarterly_unit_price_decimal_is_null), &apic_type_string},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, soft_limit), offsetof(schematic_usage_based_entitlement_request_body, has_soft_limit), offsetof(schematic_usage_based_entitlement_request_body, soft_limit_is_null), &apic_type_int64},
    {"tier_mode", 9, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, tier_mode), offsetof(schematic_usage_based_entitlement_request_body, has_tier_mode), offsetof(schematic_usage_based_entitlement_request_body, tier_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"usage_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, usage_quantity), offsetof(schematic_usage_based_entitlement_request_body, has_usage_quantity), offsetof(schematic_usage_based_entitlement_request_body, usage_quantity_is_null), &apic_type_int64},
    {"yearly_metered_price_id", 23, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, yearly_metered_price_id), -1, offsetof(schematic_usage_based_entitlement_request_body, yearly_metered_price_id_is_null), &apic_type_string},
    {"yearly_price_tiers", 18, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, yearly_price_tiers), offsetof(schematic_usage_based_entitlement_request_body, has_yearly_price_tiers), offsetof(schematic_usage_based_entitlement_request_body, yearly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"yearly_unit_price", 17, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, yearly_unit_price), offsetof(schematic_usage_based_entitlement_request_body, has_yearly_unit_price), offsetof(schematic_usage_based_entitlement_request_body, yearly_unit_price_is_null), &apic_type_int64},
    {"yearly_unit_price_decimal", 25, APIC_F_NULLABLE, offsetof(schematic_usage_based_entitlement_request_body, yearly_unit_price_decimal), -1, offsetof(schematic_usage_based_entitlement_request_body, yearly_unit_price_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_usage_based_entitlement_request_body_desc = {
    "UsageBasedEntitlementRequestBody", sizeof(schematic_usage_based_entitlement_request_body), schematic_usage_based_entitlement_request_body_desc_Fields, 22,
    offsetof(schematic_usage_based_entitlement_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_usage_based_entitlement_request_body_free(schematic_usage_based_entitlement_request_body *obj)
{
    apic_struct_free(&schematic_usage_based_entitlement_request_body_desc, obj);
}

int schematic_usage_based_entitlement_request_body_from_json(const char *json, size_t len, schematic_usage_based_entitlement_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_usage_based_entitlement_request_body_Type, json, len, &value, err);
    *out = (schematic_usage_based_entitlement_request_body *)value;
    return rc;
}

int schematic_usage_based_entitlement_request_body_to_json(const schematic_usage_based_entitlement_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_usage_based_entitlement_request_body_Type, obj, out, err);
}

/* UserCreditUsageResponseData */
static const apic_field schematic_user_credit_usage_response_data_desc_Fields[] = {
    {"billing_credit_id", 17, APIC_F_REQUIRED, offsetof(schematic_user_credit_usage_response_data, billing_credit_id), -1, -1, &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_user_credit_usage_response_data, credit_name), -1, -1, &apic_type_string},
    {"credits_used", 12, APIC_F_REQUIRED, offsetof(schematic_user_credit_usage_response_data, credits_used), -1, -1, &apic_type_double},
    {"share", 5, APIC_F_REQUIRED, offsetof(schematic_user_credit_usage_response_data, share), -1, -1, &apic_type_double},
    {"user", 4, 0, offsetof(schematic_user_credit_usage_response_data, user), -1, -1, &schematic_user_response_data_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_user_credit_usage_response_data, user_id), -1, offsetof(schematic_user_credit_usage_response_data, user_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_user_credit_usage_response_data_desc = {
    "UserCreditUsageResponseData", sizeof(schematic_user_credit_usage_response_data), schematic_user_credit_usage_response_data_desc_Fields, 6,
    offsetof(schematic_user_credit_usage_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_credit_usage_response_data_free(schematic_user_credit_usage_response_data *obj)
{
    apic_struct_free(&schematic_user_credit_usage_response_data_desc, obj);
}

int schematic_user_credit_usage_response_data_from_json(const char *json, size_t len, schematic_user_credit_usage_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_credit_usage_response_data_Type, json, len, &value, err);
    *out = (schematic_user_credit_usage_response_data *)value;
    return rc;
}

int schematic_user_credit_usage_response_data_to_json(const schematic_user_credit_usage_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_credit_usage_response_data_Type, obj, out, err);
}

/* UserDailyCreditPointResponseData */
static const apic_field schematic_user_daily_credit_point_response_data_desc_Fields[] = {
    {"credits_used", 12, APIC_F_REQUIRED, offsetof(schematic_user_daily_credit_point_response_data, credits_used), -1, -1, &apic_type_double},
    {"date", 4, APIC_F_REQUIRED, offsetof(schematic_user_daily_credit_point_response_data, date), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_user_daily_credit_point_response_data_desc = {
    "UserDailyCreditPointResponseData", sizeof(schematic_user_daily_credit_point_response_data), schematic_user_daily_credit_point_response_data_desc_Fields, 2,
    offsetof(schematic_user_daily_credit_point_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_daily_credit_point_response_data_free(schematic_user_daily_credit_point_response_data *obj)
{
    apic_struct_free(&schematic_user_daily_credit_point_response_data_desc, obj);
}

int schematic_user_daily_credit_point_response_data_from_json(const char *json, size_t len, schematic_user_daily_credit_point_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_daily_credit_point_response_data_Type, json, len, &value, err);
    *out = (schematic_user_daily_credit_point_response_data *)value;
    return rc;
}

int schematic_user_daily_credit_point_response_data_to_json(const schematic_user_daily_credit_point_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_daily_credit_point_response_data_Type, obj, out, err);
}

/* UserDailyUsagePointResponseData */
static const apic_field schematic_user_daily_usage_point_response_data_desc_Fields[] = {
    {"date", 4, APIC_F_REQUIRED, offsetof(schematic_user_daily_usage_point_response_data, date), -1, -1, &schematic_string_date_time_Type},
    {"feature", 7, 0, offsetof(schematic_user_daily_usage_point_response_data, feature), -1, -1, &schematic_feature_response_data_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_user_daily_usage_point_response_data, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_user_daily_usage_point_response_data_desc = {
    "UserDailyUsagePointResponseData", sizeof(schematic_user_daily_usage_point_response_data), schematic_user_daily_usage_point_response_data_desc_Fields, 3,
    offsetof(schematic_user_daily_usage_point_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_daily_usage_point_response_data_free(schematic_user_daily_usage_point_response_data *obj)
{
    apic_struct_free(&schematic_user_daily_usage_point_response_data_desc, obj);
}

int schematic_user_daily_usage_point_response_data_from_json(const char *json, size_t len, schematic_user_daily_usage_point_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_daily_usage_point_response_data_Type, json, len, &value, err);
    *out = (schematic_user_daily_usage_point_response_data *)value;
    return rc;
}

int schematic_user_daily_usage_point_response_data_to_json(const schematic_user_daily_usage_point_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_daily_usage_point_response_data_Type, obj, out, err);
}

/* UserDetailResponseData */
static const apic_field schematic_user_detail_response_data_desc_Fields[] = {
    {"company_memberships", 19, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, company_memberships), -1, -1, &schematic_company_membership_detail_response_data_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"entity_traits", 13, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, entity_traits), -1, -1, &schematic_entity_trait_detail_response_data_array_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, id), -1, -1, &apic_type_string},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, keys), -1, -1, &schematic_entity_key_detail_response_data_array_Type},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_user_detail_response_data, last_seen_at), -1, offsetof(schematic_user_detail_response_data, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, name), -1, -1, &apic_type_string},
    {"traits", 6, 0, offsetof(schematic_user_detail_response_data, traits), offsetof(schematic_user_detail_response_data, has_traits), -1, &apic_type_json_map},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_user_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_user_detail_response_data_desc = {
    "UserDetailResponseData", sizeof(schematic_user_detail_response_data), schematic_user_detail_response_data_desc_Fields, 10,
    offsetof(schematic_user_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_detail_response_data_free(schematic_user_detail_response_data *obj)
{
    apic_struct_free(&schematic_user_detail_response_data_desc, obj);
}

int schematic_user_detail_response_data_from_json(const char *json, size_t len, schematic_user_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_user_detail_response_data *)value;
    return rc;
}

int schematic_user_detail_response_data_to_json(const schematic_user_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_detail_response_data_Type, obj, out, err);
}

/* UserFeatureUsageResponseData */
static const apic_field schematic_user_feature_usage_response_data_desc_Fields[] = {
    {"feature", 7, 0, offsetof(schematic_user_feature_usage_response_data, feature), -1, -1, &schematic_feature_response_data_Type},
    {"last_seen", 9, APIC_F_REQUIRED, offsetof(schematic_user_feature_usage_response_data, last_seen), -1, -1, &schematic_string_date_time_Type},
    {"share", 5, APIC_F_REQUIRED, offsetof(schematic_user_feature_usage_response_data, share), -1, -1, &apic_type_double},
    {"user", 4, 0, offsetof(schematic_user_feature_usage_response_data, user), -1, -1, &schematic_user_response_data_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_user_feature_usage_response_data, user_id), -1, offsetof(schematic_user_feature_usage_response_data, user_id_is_null), &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_user_feature_usage_response_data, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_user_feature_usage_response_data_desc = {
    "UserFeatureUsageResponseData", sizeof(schematic_user_feature_usage_response_data), schematic_user_feature_usage_response_data_desc_Fields, 6,
    offsetof(schematic_user_feature_usage_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_feature_usage_response_data_free(schematic_user_feature_usage_response_data *obj)
{
    apic_struct_free(&schematic_user_feature_usage_response_data_desc, obj);
}

int schematic_user_feature_usage_response_data_from_json(const char *json, size_t len, schematic_user_feature_usage_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_feature_usage_response_data_Type, json, len, &value, err);
    *out = (schematic_user_feature_usage_response_data *)value;
    return rc;
}

int schematic_user_feature_usage_response_data_to_json(const schematic_user_feature_usage_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_feature_usage_response_data_Type, obj, out, err);
}

/* UserUsageByCompanyResponseData */
static const apic_field schematic_user_usage_by_company_response_data_desc_Fields[] = {
    {"credits", 7, APIC_F_REQUIRED, offsetof(schematic_user_usage_by_company_response_data, credits), -1, -1, &schematic_user_credit_usage_response_data_array_Type},
    {"end_time", 8, APIC_F_REQUIRED, offsetof(schematic_user_usage_by_company_response_data, end_time), -1, -1, &schematic_string_date_time_Type},
    {"rows", 4, APIC_F_REQUIRED, offsetof(schematic_user_usage_by_company_response_data, rows), -1, -1, &schematic_user_feature_usage_response_data_array_Type},
    {"start_time", 10, APIC_F_REQUIRED, offsetof(schematic_user_usage_by_company_response_data, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_user_usage_by_company_response_data_desc = {
    "UserUsageByCompanyResponseData", sizeof(schematic_user_usage_by_company_response_data), schematic_user_usage_by_company_response_data_desc_Fields, 4,
    offsetof(schematic_user_usage_by_company_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_usage_by_company_response_data_free(schematic_user_usage_by_company_response_data *obj)
{
    apic_struct_free(&schematic_user_usage_by_company_response_data_desc, obj);
}

int schematic_user_usage_by_company_response_data_from_json(const char *json, size_t len, schematic_user_usage_by_company_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_usage_by_company_response_data_Type, json, len, &value, err);
    *out = (schematic_user_usage_by_company_response_data *)value;
    return rc;
}

int schematic_user_usage_by_company_response_data_to_json(const schematic_user_usage_by_company_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_usage_by_company_response_data_Type, obj, out, err);
}

/* UserUsageDetailResponseData */
static const apic_field schematic_user_usage_detail_response_data_desc_Fields[] = {
    {"credits", 7, APIC_F_REQUIRED, offsetof(schematic_user_usage_detail_response_data, credits), -1, -1, &schematic_user_credit_usage_response_data_array_Type},
    {"daily_credit_points", 19, APIC_F_REQUIRED, offsetof(schematic_user_usage_detail_response_data, daily_credit_points), -1, -1, &schematic_user_daily_credit_point_response_data_array_Type},
    {"daily_points", 12, APIC_F_REQUIRED, offsetof(schematic_user_usage_detail_response_data, daily_points), -1, -1, &schematic_user_daily_usage_point_response_data_array_Type},
    {"end_time", 8, APIC_F_REQUIRED, offsetof(schematic_user_usage_detail_response_data, end_time), -1, -1, &schematic_string_date_time_Type},
    {"feature_totals", 14, APIC_F_REQUIRED, offsetof(schematic_user_usage_detail_response_data, feature_totals), -1, -1, &schematic_user_feature_usage_response_data_array_Type},
    {"start_time", 10, APIC_F_REQUIRED, offsetof(schematic_user_usage_detail_response_data, start_time), -1, -1, &schematic_string_date_time_Type},
    {"user", 4, 0, offsetof(schematic_user_usage_detail_response_data, user), -1, -1, &schematic_user_response_data_Type},
};
const apic_struct_desc schematic_user_usage_detail_response_data_desc = {
    "UserUsageDetailResponseData", sizeof(schematic_user_usage_detail_response_data), schematic_user_usage_detail_response_data_desc_Fields, 7,
    offsetof(schematic_user_usage_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_usage_detail_response_data_free(schematic_user_usage_detail_response_data *obj)
{
    apic_struct_free(&schematic_user_usage_detail_response_data_desc, obj);
}

int schematic_user_usage_detail_response_data_from_json(const char *json, size_t len, schematic_user_usage_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_usage_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_user_usage_detail_response_data *)value;
    return rc;
}

int schematic_user_usage_detail_response_data_to_json(const schematic_user_usage_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_usage_detail_response_data_Type, obj, out, err);
}

/* WebFeatureUsageWebhookOutput */
static const apic_field schematic_web_feature_usage_webhook_output_desc_Fields[] = {
    {"Allocation", 10, APIC_F_NULLABLE, offsetof(schematic_web_feature_usage_webhook_output, allocation), offsetof(schematic_web_feature_usage_webhook_output, has_allocation), offsetof(schematic_web_feature_usage_webhook_output, allocation_is_null), &apic_type_int64},
    {"CreditUsage", 11, 0, offsetof(schematic_web_feature_usage_webhook_output, credit_usage), -1, -1, &schematic_credit_usage_Type},
    {"Entitlement", 11, APIC_F_REQUIRED, offsetof(schematic_web_feature_usage_webhook_output, entitlement), -1, -1, &apic_type_string},
    {"Feature", 7, 0, offsetof(schematic_web_feature_usage_webhook_output, feature), -1, -1, &schematic_feature_view_Type},
    {"MetricResetAt", 13, APIC_F_NULLABLE, offsetof(schematic_web_feature_usage_webhook_output, metric_reset_at), -1, offsetof(schematic_web_feature_usage_webhook_output, metric_reset_at_is_null), &schematic_string_date_time_Type},
    {"Usage", 5, APIC_F_NULLABLE, offsetof(schematic_web_feature_usage_webhook_output, usage), offsetof(schematic_web_feature_usage_webhook_output, has_usage), offsetof(schematic_web_feature_usage_webhook_output, usage_is_null), &apic_type_int64},
    {"company", 7, 0, offsetof(schematic_web_feature_usage_webhook_output, company), -1, -1, &schematic_company_detail_response_data_Type},
};
const apic_struct_desc schematic_web_feature_usage_webhook_output_desc = {
    "WebFeatureUsageWebhookOutput", sizeof(schematic_web_feature_usage_webhook_output), schematic_web_feature_usage_webhook_output_desc_Fields, 7,
    offsetof(schematic_web_feature_usage_webhook_output, unknown_fields),
    -1,
    NULL
};

void schematic_web_feature_usage_webhook_output_free(schematic_web_feature_usage_webhook_output *obj)
{
    apic_struct_free(&schematic_web_feature_usage_webhook_output_desc, obj);
}

int schematic_web_feature_usage_webhook_output_from_json(const char *json, size_t len, schematic_web_feature_usage_webhook_output **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_web_feature_usage_webhook_output_Type, json, len, &value, err);
    *out = (schematic_web_feature_usage_webhook_output *)value;
    return rc;
}

int schematic_web_feature_usage_webhook_output_to_json(const schematic_web_feature_usage_webhook_output *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_web_feature_usage_webhook_output_Type, obj, out, err);
}

/* WebScheduledDowngradeWebhookOutput */
static const apic_field schematic_web_scheduled_downgrade_webhook_output_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_web_scheduled_downgrade_webhook_output, company), -1, -1, &schematic_company_response_data_Type},
    {"execute_after", 13, APIC_F_REQUIRED, offsetof(schematic_web_scheduled_downgrade_webhook_output, execute_after), -1, -1, &schematic_string_date_time_Type},
    {"from_plan", 9, 0, offsetof(schematic_web_scheduled_downgrade_webhook_output, from_plan), -1, -1, &schematic_plan_snapshot_view_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_web_scheduled_downgrade_webhook_output, id), -1, -1, &apic_type_string},
    {"scheduled_interval", 18, APIC_F_NULLABLE, offsetof(schematic_web_scheduled_downgrade_webhook_output, scheduled_interval), -1, offsetof(schematic_web_scheduled_downgrade_webhook_output, scheduled_interval_is_null), &apic_type_string},
    {"scheduled_price", 15, APIC_F_NULLABLE, offsetof(schematic_web_scheduled_downgrade_webhook_output, scheduled_price), offsetof(schematic_web_scheduled_downgrade_webhook_output, has_scheduled_price), offsetof(schematic_web_scheduled_downgrade_webhook_output, scheduled_price_is_null), &apic_type_int64},
    {"to_plan", 7, 0, offsetof(schematic_web_scheduled_downgrade_webhook_output, to_plan), -1, -1, &schematic_plan_snapshot_view_Type},
};
const apic_struct_desc schematic_web_scheduled_downgrade_webhook_output_desc = {
    "WebScheduledDowngradeWebhookOutput", sizeof(schematic_web_scheduled_downgrade_webhook_output), schematic_web_scheduled_downgrade_webhook_output_desc_Fields, 7,
    offsetof(schematic_web_scheduled_downgrade_webhook_output, unknown_fields),
    -1,
    NULL
};

void schematic_web_scheduled_downgrade_webhook_output_free(schematic_web_scheduled_downgrade_webhook_output *obj)
{
    apic_struct_free(&schematic_web_scheduled_downgrade_webhook_output_desc, obj);
}

int schematic_web_scheduled_downgrade_webhook_output_from_json(const char *json, size_t len, schematic_web_scheduled_downgrade_webhook_output **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_web_scheduled_downgrade_webhook_output_Type, json, len, &value, err);
    *out = (schematic_web_scheduled_downgrade_webhook_output *)value;
    return rc;
}

int schematic_web_scheduled_downgrade_webhook_output_to_json(const schematic_web_scheduled_downgrade_webhook_output *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_web_scheduled_downgrade_webhook_output_Type, obj, out, err);
}

/* WebhookEventDetailResponseData */
static const apic_field schematic_webhook_event_detail_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_event_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_webhook_event_detail_response_data, id), -1, -1, &apic_type_string},
    {"payload", 7, APIC_F_NULLABLE, offsetof(schematic_webhook_event_detail_response_data, payload), -1, offsetof(schematic_webhook_event_detail_response_data, payload_is_null), &apic_type_string},
    {"request_type", 12, APIC_F_REQUIRED, offsetof(schematic_webhook_event_detail_response_data, request_type), -1, -1, &schematic_webhook_request_type_Type},
    {"response_code", 13, APIC_F_NULLABLE, offsetof(schematic_webhook_event_detail_response_data, response_code), offsetof(schematic_webhook_event_detail_response_data, has_response_code), offsetof(schematic_webhook_event_detail_response_data, response_code_is_null), &apic_type_int64},
    {"sent_at", 7, APIC_F_NULLABLE, offsetof(schematic_webhook_event_detail_response_data, sent_at), -1, offsetof(schematic_webhook_event_detail_response_data, sent_at_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_webhook_event_detail_response_data, status), -1, -1, &schematic_webhook_event_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_event_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"webhook", 7, 0, offsetof(schematic_webhook_event_detail_response_data, webhook), -1, -1, &schematic_webhook_response_data_Type},
    {"webhook_id", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_event_detail_response_data, webhook_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhook_event_detail_response_data_desc = {
    "WebhookEventDetailResponseData", sizeof(schematic_webhook_event_detail_response_data), schematic_webhook_event_detail_response_data_desc_Fields, 10,
    offsetof(schematic_webhook_event_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_webhook_event_detail_response_data_free(schematic_webhook_event_detail_response_data *obj)
{
    apic_struct_free(&schematic_webhook_event_detail_response_data_desc, obj);
}

int schematic_webhook_event_detail_response_data_from_json(const char *json, size_t len, schematic_webhook_event_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhook_event_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_webhook_event_detail_response_data *)value;
    return rc;
}

int schematic_webhook_event_detail_response_data_to_json(const schematic_webhook_event_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhook_event_detail_response_data_Type, obj, out, err);
}

/* WebhookResponseData */
static const apic_field schematic_webhook_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_trigger_configs", 22, APIC_F_NULLABLE, offsetof(schematic_webhook_response_data, credit_trigger_configs), offsetof(schematic_webhook_response_data, has_credit_trigger_configs), offsetof(schematic_webhook_response_data, credit_trigger_configs_is_null), &schematic_credit_trigger_config_array_Type},
    {"entitlement_trigger_configs", 27, APIC_F_NULLABLE, offsetof(schematic_webhook_response_data, entitlement_trigger_configs), offsetof(schematic_webhook_response_data, has_entitlement_trigger_configs), offsetof(schematic_webhook_response_data, entitlement_trigger_configs_is_null), &schematic_entitlement_trigger_config_array_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, name), -1, -1, &apic_type_string},
    {"request_types", 13, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, request_types), -1, -1, &schematic_webhook_request_type_array_Type},
    {"secret", 6, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, secret), -1, -1, &apic_type_string},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, status), -1, -1, &schematic_webhook_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"url", 3, APIC_F_REQUIRED, offsetof(schematic_webhook_response_data, url), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhook_response_data_desc = {
    "WebhookResponseData", sizeof(schematic_webhook_response_data), schematic_webhook_response_data_desc_Fields, 10,
    offsetof(schematic_webhook_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_webhook_response_data_free(schematic_webhook_response_data *obj)
{
    apic_struct_free(&schematic_webhook_response_data_desc, obj);
}

int schematic_webhook_response_data_from_json(const char *json, size_t len, schematic_webhook_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhook_response_data_Type, json, len, &value, err);
    *out = (schematic_webhook_response_data *)value;
    return rc;
}

int schematic_webhook_response_data_to_json(const schematic_webhook_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhook_response_data_Type, obj, out, err);
}

/* WebhookEventResponseData */
static const apic_field schematic_webhook_event_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_event_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_webhook_event_response_data, id), -1, -1, &apic_type_string},
    {"payload", 7, APIC_F_NULLABLE, offsetof(schematic_webhook_event_response_data, payload), -1, offsetof(schematic_webhook_event_response_data, payload_is_null), &apic_type_string},
    {"request_type", 12, APIC_F_REQUIRED, offsetof(schematic_webhook_event_response_data, request_type), -1, -1, &schematic_webhook_request_type_Type},
    {"response_code", 13, APIC_F_NULLABLE, offsetof(schematic_webhook_event_response_data, response_code), offsetof(schematic_webhook_event_response_data, has_response_code), offsetof(schematic_webhook_event_response_data, response_code_is_null), &apic_type_int64},
    {"sent_at", 7, APIC_F_NULLABLE, offsetof(schematic_webhook_event_response_data, sent_at), -1, offsetof(schematic_webhook_event_response_data, sent_at_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_webhook_event_response_data, status), -1, -1, &schematic_webhook_event_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_event_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"webhook_id", 10, APIC_F_REQUIRED, offsetof(schematic_webhook_event_response_data, webhook_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhook_event_response_data_desc = {
    "WebhookEventResponseData", sizeof(schematic_webhook_event_response_data), schematic_webhook_event_response_data_desc_Fields, 9,
    offsetof(schematic_webhook_event_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_webhook_event_response_data_free(schematic_webhook_event_response_data *obj)
{
    apic_struct_free(&schematic_webhook_event_response_data_desc, obj);
}

int schematic_webhook_event_response_data_from_json(const char *json, size_t len, schematic_webhook_event_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhook_event_response_data_Type, json, len, &value, err);
    *out = (schematic_webhook_event_response_data *)value;
    return rc;
}

int schematic_webhook_event_response_data_to_json(const schematic_webhook_event_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhook_event_response_data_Type, obj, out, err);
}

/* WebhookUrl */
static const apic_field schematic_webhook_url_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_webhook_url, type), -1, -1, &schematic_integration_type_Type},
    {"url", 3, APIC_F_REQUIRED, offsetof(schematic_webhook_url, url), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_webhook_url_desc = {
    "WebhookUrl", sizeof(schematic_webhook_url), schematic_webhook_url_desc_Fields, 2,
    offsetof(schematic_webhook_url, unknown_fields),
    -1,
    NULL
};

void schematic_webhook_url_free(schematic_webhook_url *obj)
{
    apic_struct_free(&schematic_webhook_url_desc, obj);
}

int schematic_webhook_url_from_json(const char *json, size_t len, schematic_webhook_url **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_webhook_url_Type, json, len, &value, err);
    *out = (schematic_webhook_url *)value;
    return rc;
}

int schematic_webhook_url_to_json(const schematic_webhook_url *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_webhook_url_Type, obj, out, err);
}

/* WhoAmIResponseData */
static const apic_field schematic_who_am_i_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_who_am_i_response_data, account_id), -1, -1, &apic_type_string},
    {"account_name", 12, APIC_F_REQUIRED, offsetof(schematic_who_am_i_response_data, account_name), -1, -1, &apic_type_string},
    {"actor_type", 10, APIC_F_REQUIRED, offsetof(schematic_who_am_i_response_data, actor_type), -1, -1, &schematic_actor_type_Type},
    {"api_key_id", 10, APIC_F_NULLABLE, offsetof(schematic_who_am_i_response_data, api_key_id), -1, offsetof(schematic_who_am_i_response_data, api_key_id_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_who_am_i_response_data, environment_id), -1, offsetof(schematic_who_am_i_response_data, environment_id_is_null), &apic_type_string},
    {"environments", 12, APIC_F_REQUIRED, offsetof(schematic_who_am_i_response_data, environments), -1, -1, &schematic_environment_response_data_array_Type},
    {"onboarding_complete", 19, APIC_F_REQUIRED, offsetof(schematic_who_am_i_response_data, onboarding_complete), -1, -1, &apic_type_bool},
    {"stripe_user_id", 14, 0, offsetof(schematic_who_am_i_response_data, stripe_user_id), -1, -1, &apic_type_string},
    {"user_id", 7, 0, offsetof(schematic_who_am_i_response_data, user_id), -1, -1, &apic_type_string},
    {"user_name", 9, 0, offsetof(schematic_who_am_i_response_data, user_name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_who_am_i_response_data_desc = {
    "WhoAmIResponseData", sizeof(schematic_who_am_i_response_data), schematic_who_am_i_response_data_desc_Fields, 10,
    offsetof(schematic_who_am_i_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_who_am_i_response_data_free(schematic_who_am_i_response_data *obj)
{
    apic_struct_free(&schematic_who_am_i_response_data_desc, obj);
}

int schematic_who_am_i_response_data_from_json(const char *json, size_t len, schematic_who_am_i_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_who_am_i_response_data_Type, json, len, &value, err);
    *out = (schematic_who_am_i_response_data *)value;
    return rc;
}

int schematic_who_am_i_response_data_to_json(const schematic_who_am_i_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_who_am_i_response_data_Type, obj, out, err);
}

/* ZeroOutGrantRequestBody */
static const apic_field schematic_zero_out_grant_request_body_desc_Fields[] = {
    {"reason", 6, APIC_F_NULLABLE, offsetof(schematic_zero_out_grant_request_body, reason), offsetof(schematic_zero_out_grant_request_body, has_reason), offsetof(schematic_zero_out_grant_request_body, reason_is_null), &schematic_billing_credit_grant_zeroed_out_reason_Type},
};
const apic_struct_desc schematic_zero_out_grant_request_body_desc = {
    "ZeroOutGrantRequestBody", sizeof(schematic_zero_out_grant_request_body), schematic_zero_out_grant_request_body_desc_Fields, 1,
    offsetof(schematic_zero_out_grant_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_zero_out_grant_request_body_free(schematic_zero_out_grant_request_body *obj)
{
    apic_struct_free(&schematic_zero_out_grant_request_body_desc, obj);
}

int schematic_zero_out_grant_request_body_from_json(const char *json, size_t len, schematic_zero_out_grant_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_zero_out_grant_request_body_Type, json, len, &value, err);
    *out = (schematic_zero_out_grant_request_body *)value;
    return rc;
}

int schematic_zero_out_grant_request_body_to_json(const schematic_zero_out_grant_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_zero_out_grant_request_body_Type, obj, out, err);
}

/* accounts_list_members_response */
static const apic_field schematic_accounts_list_members_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_list_members_response, data), -1, -1, &schematic_account_member_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_list_members_response, params), -1, -1, &schematic_accounts_list_members_response_params_Type},
};
const apic_struct_desc schematic_accounts_list_members_response_desc = {
    "accounts_list_members_response", sizeof(schematic_accounts_list_members_response), schematic_accounts_list_members_response_desc_Fields, 2,
    offsetof(schematic_accounts_list_members_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_members_response_free(schematic_accounts_list_members_response *obj)
{
    apic_struct_free(&schematic_accounts_list_members_response_desc, obj);
}

int schematic_accounts_list_members_response_from_json(const char *json, size_t len, schematic_accounts_list_members_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_members_response_Type, json, len, &value, err);
    *out = (schematic_accounts_list_members_response *)value;
    return rc;
}

int schematic_accounts_list_members_response_to_json(const schematic_accounts_list_members_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_members_response_Type, obj, out, err);
}

/* accounts_list_members_response.params */
static const apic_field schematic_accounts_list_members_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_accounts_list_members_response_params, ids), offsetof(schematic_accounts_list_members_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_list_members_response_params, limit), offsetof(schematic_accounts_list_members_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_members_response_params, offset), offsetof(schematic_accounts_list_members_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_accounts_list_members_response_params, q), -1, -1, &apic_type_string},
    {"role", 4, 0, offsetof(schematic_accounts_list_members_response_params, role), offsetof(schematic_accounts_list_members_response_params, has_role), -1, &schematic_account_member_role_Type},
};
const apic_struct_desc schematic_accounts_list_members_response_params_desc = {
    "accounts_list_members_response.params", sizeof(schematic_accounts_list_members_response_params), schematic_accounts_list_members_response_params_desc_Fields, 5,
    offsetof(schematic_accounts_list_members_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_members_response_params_free(schematic_accounts_list_members_response_params *obj)
{
    apic_struct_free(&schematic_accounts_list_members_response_params_desc, obj);
}

int schematic_accounts_list_members_response_params_from_json(const char *json, size_t len, schematic_accounts_list_members_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_members_response_params_Type, json, len, &value, err);
    *out = (schematic_accounts_list_members_response_params *)value;
    return rc;
}

int schematic_accounts_list_members_response_params_to_json(const schematic_accounts_list_members_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_members_response_params_Type, obj, out, err);
}

/* accounts_get_member_response */
static const apic_field schematic_accounts_get_member_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_get_member_response, data), -1, -1, &schematic_account_member_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_get_member_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_get_member_response_desc = {
    "accounts_get_member_response", sizeof(schematic_accounts_get_member_response), schematic_accounts_get_member_response_desc_Fields, 2,
    offsetof(schematic_accounts_get_member_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_get_member_response_free(schematic_accounts_get_member_response *obj)
{
    apic_struct_free(&schematic_accounts_get_member_response_desc, obj);
}

int schematic_accounts_get_member_response_from_json(const char *json, size_t len, schematic_accounts_get_member_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_get_member_response_Type, json, len, &value, err);
    *out = (schematic_accounts_get_member_response *)value;
    return rc;
}

int schematic_accounts_get_member_response_to_json(const schematic_accounts_get_member_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_get_member_response_Type, obj, out, err);
}

/* accounts_count_members_response */
static const apic_field schematic_accounts_count_members_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_count_members_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_count_members_response, params), -1, -1, &schematic_accounts_count_members_response_params_Type},
};
const apic_struct_desc schematic_accounts_count_members_response_desc = {
    "accounts_count_members_response", sizeof(schematic_accounts_count_members_response), schematic_accounts_count_members_response_desc_Fields, 2,
    offsetof(schematic_accounts_count_members_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_count_members_response_free(schematic_accounts_count_members_response *obj)
{
    apic_struct_free(&schematic_accounts_count_members_response_desc, obj);
}

int schematic_accounts_count_members_response_from_json(const char *json, size_t len, schematic_accounts_count_members_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_count_members_response_Type, json, len, &value, err);
    *out = (schematic_accounts_count_members_response *)value;
    return rc;
}

int schematic_accounts_count_members_response_to_json(const schematic_accounts_count_members_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_count_members_response_Type, obj, out, err);
}

/* accounts_count_members_response.params */
static const apic_field schematic_accounts_count_members_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_accounts_count_members_response_params, ids), offsetof(schematic_accounts_count_members_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_count_members_response_params, limit), offsetof(schematic_accounts_count_members_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_count_members_response_params, offset), offsetof(schematic_accounts_count_members_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_accounts_count_members_response_params, q), -1, -1, &apic_type_string},
    {"role", 4, 0, offsetof(schematic_accounts_count_members_response_params, role), offsetof(schematic_accounts_count_members_response_params, has_role), -1, &schematic_account_member_role_Type},
};
const apic_struct_desc schematic_accounts_count_members_response_params_desc = {
    "accounts_count_members_response.params", sizeof(schematic_accounts_count_members_response_params), schematic_accounts_count_members_response_params_desc_Fields, 5,
    offsetof(schematic_accounts_count_members_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_count_members_response_params_free(schematic_accounts_count_members_response_params *obj)
{
    apic_struct_free(&schematic_accounts_count_members_response_params_desc, obj);
}

int schematic_accounts_count_members_response_params_from_json(const char *json, size_t len, schematic_accounts_count_members_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_count_members_response_params_Type, json, len, &value, err);
    *out = (schematic_accounts_count_members_response_params *)value;
    return rc;
}

int schematic_accounts_count_members_response_params_to_json(const schematic_accounts_count_members_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_count_members_response_params_Type, obj, out, err);
}

/* accounts_list_api_keys_response */
static const apic_field schematic_accounts_list_api_keys_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_list_api_keys_response, data), -1, -1, &schematic_api_key_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_list_api_keys_response, params), -1, -1, &schematic_accounts_list_api_keys_response_params_Type},
};
const apic_struct_desc schematic_accounts_list_api_keys_response_desc = {
    "accounts_list_api_keys_response", sizeof(schematic_accounts_list_api_keys_response), schematic_accounts_list_api_keys_response_desc_Fields, 2,
    offsetof(schematic_accounts_list_api_keys_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_api_keys_response_free(schematic_accounts_list_api_keys_response *obj)
{
    apic_struct_free(&schematic_accounts_list_api_keys_response_desc, obj);
}

int schematic_accounts_list_api_keys_response_from_json(const char *json, size_t len, schematic_accounts_list_api_keys_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_api_keys_response_Type, json, len, &value, err);
    *out = (schematic_accounts_list_api_keys_response *)value;
    return rc;
}

int schematic_accounts_list_api_keys_response_to_json(const schematic_accounts_list_api_keys_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_api_keys_response_Type, obj, out, err);
}

/* accounts_list_api_keys_response.params */
static const apic_field schematic_accounts_list_api_keys_response_params_desc_Fields[] = {
    {"environment_id", 14, 0, offsetof(schematic_accounts_list_api_keys_response_params, environment_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_accounts_list_api_keys_response_params, limit), offsetof(schematic_accounts_list_api_keys_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_api_keys_response_params, offset), offsetof(schematic_accounts_list_api_keys_response_params, has_offset), -1, &apic_type_int64},
    {"require_environment", 19, 0, offsetof(schematic_accounts_list_api_keys_response_params, require_environment), offsetof(schematic_accounts_list_api_keys_response_params, has_require_environment), -1, &apic_type_bool},
};
const apic_struct_desc schematic_accounts_list_api_keys_response_params_desc = {
    "accounts_list_api_keys_response.params", sizeof(schematic_accounts_list_api_keys_response_params), schematic_accounts_list_api_keys_response_params_desc_Fields, 4,
    offsetof(schematic_accounts_list_api_keys_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_api_keys_response_params_free(schematic_accounts_list_api_keys_response_params *obj)
{
    apic_struct_free(&schematic_accounts_list_api_keys_response_params_desc, obj);
}

int schematic_accounts_list_api_keys_response_params_from_json(const char *json, size_t len, schematic_accounts_list_api_keys_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_api_keys_response_params_Type, json, len, &value, err);
    *out = (schematic_accounts_list_api_keys_response_params *)value;
    return rc;
}

int schematic_accounts_list_api_keys_response_params_to_json(const schematic_accounts_list_api_keys_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_api_keys_response_params_Type, obj, out, err);
}

/* accounts_create_api_key_response */
static const apic_field schematic_accounts_create_api_key_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_create_api_key_response, data), -1, -1, &schematic_api_key_create_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_create_api_key_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_create_api_key_response_desc = {
    "accounts_create_api_key_response", sizeof(schematic_accounts_create_api_key_response), schematic_accounts_create_api_key_response_desc_Fields, 2,
    offsetof(schematic_accounts_create_api_key_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_create_api_key_response_free(schematic_accounts_create_api_key_response *obj)
{
    apic_struct_free(&schematic_accounts_create_api_key_response_desc, obj);
}

int schematic_accounts_create_api_key_response_from_json(const char *json, size_t len, schematic_accounts_create_api_key_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_create_api_key_response_Type, json, len, &value, err);
    *out = (schematic_accounts_create_api_key_response *)value;
    return rc;
}

int schematic_accounts_create_api_key_response_to_json(const schematic_accounts_create_api_key_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_create_api_key_response_Type, obj, out, err);
}

/* accounts_get_api_key_response */
static const apic_field schematic_accounts_get_api_key_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_get_api_key_response, data), -1, -1, &schematic_api_key_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_get_api_key_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_get_api_key_response_desc = {
    "accounts_get_api_key_response", sizeof(schematic_accounts_get_api_key_response), schematic_accounts_get_api_key_response_desc_Fields, 2,
    offsetof(schematic_accounts_get_api_key_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_get_api_key_response_free(schematic_accounts_get_api_key_response *obj)
{
    apic_struct_free(&schematic_accounts_get_api_key_response_desc, obj);
}

int schematic_accounts_get_api_key_response_from_json(const char *json, size_t len, schematic_accounts_get_api_key_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_get_api_key_response_Type, json, len, &value, err);
    *out = (schematic_accounts_get_api_key_response *)value;
    return rc;
}

int schematic_accounts_get_api_key_response_to_json(const schematic_accounts_get_api_key_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_get_api_key_response_Type, obj, out, err);
}

/* accounts_update_api_key_response */
static const apic_field schematic_accounts_update_api_key_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_update_api_key_response, data), -1, -1, &schematic_api_key_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_update_api_key_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_update_api_key_response_desc = {
    "accounts_update_api_key_response", sizeof(schematic_accounts_update_api_key_response), schematic_accounts_update_api_key_response_desc_Fields, 2,
    offsetof(schematic_accounts_update_api_key_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_update_api_key_response_free(schematic_accounts_update_api_key_response *obj)
{
    apic_struct_free(&schematic_accounts_update_api_key_response_desc, obj);
}

int schematic_accounts_update_api_key_response_from_json(const char *json, size_t len, schematic_accounts_update_api_key_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_update_api_key_response_Type, json, len, &value, err);
    *out = (schematic_accounts_update_api_key_response *)value;
    return rc;
}

int schematic_accounts_update_api_key_response_to_json(const schematic_accounts_update_api_key_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_update_api_key_response_Type, obj, out, err);
}

/* accounts_delete_api_key_response */
static const apic_field schematic_accounts_delete_api_key_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_delete_api_key_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_delete_api_key_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_delete_api_key_response_desc = {
    "accounts_delete_api_key_response", sizeof(schematic_accounts_delete_api_key_response), schematic_accounts_delete_api_key_response_desc_Fields, 2,
    offsetof(schematic_accounts_delete_api_key_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_delete_api_key_response_free(schematic_accounts_delete_api_key_response *obj)
{
    apic_struct_free(&schematic_accounts_delete_api_key_response_desc, obj);
}

int schematic_accounts_delete_api_key_response_from_json(const char *json, size_t len, schematic_accounts_delete_api_key_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_delete_api_key_response_Type, json, len, &value, err);
    *out = (schematic_accounts_delete_api_key_response *)value;
    return rc;
}

int schematic_accounts_delete_api_key_response_to_json(const schematic_accounts_delete_api_key_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_delete_api_key_response_Type, obj, out, err);
}

/* accounts_count_api_keys_response */
static const apic_field schematic_accounts_count_api_keys_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_count_api_keys_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_count_api_keys_response, params), -1, -1, &schematic_accounts_count_api_keys_response_params_Type},
};
const apic_struct_desc schematic_accounts_count_api_keys_response_desc = {
    "accounts_count_api_keys_response", sizeof(schematic_accounts_count_api_keys_response), schematic_accounts_count_api_keys_response_desc_Fields, 2,
    offsetof(schematic_accounts_count_api_keys_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_count_api_keys_response_free(schematic_accounts_count_api_keys_response *obj)
{
    apic_struct_free(&schematic_accounts_count_api_keys_response_desc, obj);
}

int schematic_accounts_count_api_keys_response_from_json(const char *json, size_t len, schematic_accounts_count_api_keys_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_count_api_keys_response_Type, json, len, &value, err);
    *out = (schematic_accounts_count_api_keys_response *)value;
    return rc;
}

int schematic_accounts_count_api_keys_response_to_json(const schematic_accounts_count_api_keys_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_count_api_keys_response_Type, obj, out, err);
}

/* accounts_count_api_keys_response.params */
static const apic_field schematic_accounts_count_api_keys_response_params_desc_Fields[] = {
    {"environment_id", 14, 0, offsetof(schematic_accounts_count_api_keys_response_params, environment_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_accounts_count_api_keys_response_params, limit), offsetof(schematic_accounts_count_api_keys_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_count_api_keys_response_params, offset), offsetof(schematic_accounts_count_api_keys_response_params, has_offset), -1, &apic_type_int64},
    {"require_environment", 19, 0, offsetof(schematic_accounts_count_api_keys_response_params, require_environment), offsetof(schematic_accounts_count_api_keys_response_params, has_require_environment), -1, &apic_type_bool},
};
const apic_struct_desc schematic_accounts_count_api_keys_response_params_desc = {
    "accounts_count_api_keys_response.params", sizeof(schematic_accounts_count_api_keys_response_params), schematic_accounts_count_api_keys_response_params_desc_Fields, 4,
    offsetof(schematic_accounts_count_api_keys_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_count_api_keys_response_params_free(schematic_accounts_count_api_keys_response_params *obj)
{
    apic_struct_free(&schematic_accounts_count_api_keys_response_params_desc, obj);
}

int schematic_accounts_count_api_keys_response_params_from_json(const char *json, size_t len, schematic_accounts_count_api_keys_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_count_api_keys_response_params_Type, json, len, &value, err);
    *out = (schematic_accounts_count_api_keys_response_params *)value;
    return rc;
}

int schematic_accounts_count_api_keys_response_params_to_json(const schematic_accounts_count_api_keys_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_count_api_keys_response_params_Type, obj, out, err);
}

/* accounts_list_audit_logs_response */
static const apic_field schematic_accounts_list_audit_logs_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_list_audit_logs_response, data), -1, -1, &schematic_audit_log_list_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_list_audit_logs_response, params), -1, -1, &schematic_accounts_list_audit_logs_response_params_Type},
};
const apic_struct_desc schematic_accounts_list_audit_logs_response_desc = {
    "accounts_list_audit_logs_response", sizeof(schematic_accounts_list_audit_logs_response), schematic_accounts_list_audit_logs_response_desc_Fields, 2,
    offsetof(schematic_accounts_list_audit_logs_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_audit_logs_response_free(schematic_accounts_list_audit_logs_response *obj)
{
    apic_struct_free(&schematic_accounts_list_audit_logs_response_desc, obj);
}

int schematic_accounts_list_audit_logs_response_from_json(const char *json, size_t len, schematic_accounts_list_audit_logs_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_audit_logs_response_Type, json, len, &value, err);
    *out = (schematic_accounts_list_audit_logs_response *)value;
    return rc;
}

int schematic_accounts_list_audit_logs_response_to_json(const schematic_accounts_list_audit_logs_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_audit_logs_response_Type, obj, out, err);
}

/* accounts_list_audit_logs_response.params */
static const apic_field schematic_accounts_list_audit_logs_response_params_desc_Fields[] = {
    {"actor_type", 10, 0, offsetof(schematic_accounts_list_audit_logs_response_params, actor_type), offsetof(schematic_accounts_list_audit_logs_response_params, has_actor_type), -1, &schematic_actor_type_Type},
    {"end_time", 8, 0, offsetof(schematic_accounts_list_audit_logs_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, 0, offsetof(schematic_accounts_list_audit_logs_response_params, environment_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_accounts_list_audit_logs_response_params, limit), offsetof(schematic_accounts_list_audit_logs_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_audit_logs_response_params, offset), offsetof(schematic_accounts_list_audit_logs_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_accounts_list_audit_logs_response_params, q), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_accounts_list_audit_logs_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_accounts_list_audit_logs_response_params_desc = {
    "accounts_list_audit_logs_response.params", sizeof(schematic_accounts_list_audit_logs_response_params), schematic_accounts_list_audit_logs_response_params_desc_Fields, 7,
    offsetof(schematic_accounts_list_audit_logs_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_list_audit_logs_response_params_free(schematic_accounts_list_audit_logs_response_params *obj)
{
    apic_struct_free(&schematic_accounts_list_audit_logs_response_params_desc, obj);
}

int schematic_accounts_list_audit_logs_response_params_from_json(const char *json, size_t len, schematic_accounts_list_audit_logs_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_list_audit_logs_response_params_Type, json, len, &value, err);
    *out = (schematic_accounts_list_audit_logs_response_params *)value;
    return rc;
}

int schematic_accounts_list_audit_logs_response_params_to_json(const schematic_accounts_list_audit_logs_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_list_audit_logs_response_params_Type, obj, out, err);
}

/* accounts_get_audit_log_response */
static const apic_field schematic_accounts_get_audit_log_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_get_audit_log_response, data), -1, -1, &schematic_audit_log_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_get_audit_log_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_accounts_get_audit_log_response_desc = {
    "accounts_get_audit_log_response", sizeof(schematic_accounts_get_audit_log_response), schematic_accounts_get_audit_log_response_desc_Fields, 2,
    offsetof(schematic_accounts_get_audit_log_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_get_audit_log_response_free(schematic_accounts_get_audit_log_response *obj)
{
    apic_struct_free(&schematic_accounts_get_audit_log_response_desc, obj);
}

int schematic_accounts_get_audit_log_response_from_json(const char *json, size_t len, schematic_accounts_get_audit_log_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_get_audit_log_response_Type, json, len, &value, err);
    *out = (schematic_accounts_get_audit_log_response *)value;
    return rc;
}

int schematic_accounts_get_audit_log_response_to_json(const schematic_accounts_get_audit_log_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_get_audit_log_response_Type, obj, out, err);
}

/* accounts_count_audit_logs_response */
static const apic_field schematic_accounts_count_audit_logs_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_accounts_count_audit_logs_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_accounts_count_audit_logs_response, params), -1, -1, &schematic_accounts_count_audit_logs_response_params_Type},
};
const apic_struct_desc schematic_accounts_count_audit_logs_response_desc = {
    "accounts_count_audit_logs_response", sizeof(schematic_accounts_count_audit_logs_response), schematic_accounts_count_audit_logs_response_desc_Fields, 2,
    offsetof(schematic_accounts_count_audit_logs_response, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_count_audit_logs_response_free(schematic_accounts_count_audit_logs_response *obj)
{
    apic_struct_free(&schematic_accounts_count_audit_logs_response_desc, obj);
}

int schematic_accounts_count_audit_logs_response_from_json(const char *json, size_t len, schematic_accounts_count_audit_logs_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_count_audit_logs_response_Type, json, len, &value, err);
    *out = (schematic_accounts_count_audit_logs_response *)value;
    return rc;
}

int schematic_accounts_count_audit_logs_response_to_json(const schematic_accounts_count_audit_logs_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_count_audit_logs_response_Type, obj, out, err);
}

/* accounts_count_audit_logs_response.params */
static const apic_field schematic_accounts_count_audit_logs_response_params_desc_Fields[] = {
    {"actor_type", 10, 0, offsetof(schematic_accounts_count_audit_logs_response_params, actor_type), offsetof(schematic_accounts_count_audit_logs_response_params, has_actor_type), -1, &schematic_actor_type_Type},
    {"end_time", 8, 0, offsetof(schematic_accounts_count_audit_logs_response_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, 0, offsetof(schematic_accounts_count_audit_logs_response_params, environment_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_accounts_count_audit_logs_response_params, limit), offsetof(schematic_accounts_count_audit_logs_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_count_audit_logs_response_params, offset), offsetof(schematic_accounts_count_audit_logs_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_accounts_count_audit_logs_response_params, q), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_accounts_count_audit_logs_response_params, start_time), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_accounts_count_audit_logs_response_params_desc = {
    "accounts_count_audit_logs_response.params", sizeof(schematic_accounts_count_audit_logs_response_params), schematic_accounts_count_audit_logs_response_params_desc_Fields, 7,
    offsetof(schematic_accounts_count_audit_logs_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_accounts_count_audit_logs_response_params_free(schematic_accounts_count_audit_logs_response_params *obj)
{
    apic_struct_free(&schematic_accounts_count_audit_logs_response_params_desc, obj);
}

int schematic_accounts_count_audit_logs_response_params_from_json(const char *json, size_t len, schematic_accounts_count_audit_logs_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_accounts_count_audit_logs_response_params_Type, json, len, &value, err);
    *out = (schematic_accounts_count_audit_logs_response_params *)value;
    return rc;
}

int schematic_accounts_count_audit_logs_response_params_to_json(const schematic_accounts_count_audit_logs_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_accounts_count_audit_logs_response_params_Type, obj, out, err);
}

/* billing_list_coupons_response */
static const apic_field schematic_billing_list_coupons_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_list_coupons_response, data), -1, -1, &schematic_billing_coupon_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_list_coupons_response, params), -1, -1, &schematic_billing_list_coupons_response_params_Type},
};
const apic_struct_desc schematic_billing_list_coupons_response_desc = {
    "billing_list_coupons_response", sizeof(schematic_billing_list_coupons_response), schematic_billing_list_coupons_response_desc_Fields, 2,
    offsetof(schematic_billing_list_coupons_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_coupons_response_free(schematic_billing_list_coupons_response *obj)
{
    apic_struct_free(&schematic_billing_list_coupons_response_desc, obj);
}

int schematic_billing_list_coupons_response_from_json(const char *json, size_t len, schematic_billing_list_coupons_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_coupons_response_Type, json, len, &value, err);
    *out = (schematic_billing_list_coupons_response *)value;
    return rc;
}

int schematic_billing_list_coupons_response_to_json(const schematic_billing_list_coupons_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_coupons_response_Type, obj, out, err);
}

/* billing_list_coupons_response.params */
static const apic_field schematic_billing_list_coupons_response_params_desc_Fields[] = {
    {"is_active", 9, 0, offsetof(schematic_billing_list_coupons_response_params, is_active), offsetof(schematic_billing_list_coupons_response_params, has_is_active), -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_billing_list_coupons_response_params, limit), offsetof(schematic_billing_list_coupons_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_billing_list_coupons_response_params, offset), offsetof(schematic_billing_list_coupons_response_params, has_offset), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(schematic_billing_list_coupons_response_params, q), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_billing_list_coupons_response_params_desc = {
    "billing_list_coupons_response.params", sizeof(schematic_billing_list_coupons_response_params), schematic_billing_list_coupons_response_params_desc_Fields, 4,
    offsetof(schematic_billing_list_coupons_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_billing_list_coupons_response_params_free(schematic_billing_list_coupons_response_params *obj)
{
    apic_struct_free(&schematic_billing_list_coupons_response_params_desc, obj);
}

int schematic_billing_list_coupons_response_params_from_json(const char *json, size_t len, schematic_billing_list_coupons_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_list_coupons_response_params_Type, json, len, &value, err);
    *out = (schematic_billing_list_coupons_response_params *)value;
    return rc;
}

int schematic_billing_list_coupons_response_params_to_json(const schematic_billing_list_coupons_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_list_coupons_response_params_Type, obj, out, err);
}

/* billing_upsert_coupon_response */
static const apic_field schematic_billing_upsert_coupon_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_coupon_response, data), -1, -1, &schematic_billing_coupon_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_upsert_coupon_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_upsert_coupon_response_desc = {
    "billing_upsert_coupon_response", sizeof(schematic_billing_upsert_coupon_response), schematic_billing_upsert_coupon_response_desc_Fields, 2,
    offsetof(schematic_billing_upsert_coupon_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_upsert_coupon_response_free(schematic_billing_upsert_coupon_response *obj)
{
    apic_struct_free(&schematic_billing_upsert_coupon_response_desc, obj);
}

int schematic_billing_upsert_coupon_response_from_json(const char *json, size_t len, schematic_billing_upsert_coupon_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_upsert_coupon_response_Type, json, len, &value, err);
    *out = (schematic_billing_upsert_coupon_response *)value;
    return rc;
}

int schematic_billing_upsert_coupon_response_to_json(const schematic_billing_upsert_coupon_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_upsert_coupon_response_Type, obj, out, err);
}

/* billing_delete_coupon_response */
static const apic_field schematic_billing_delete_coupon_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_billing_delete_coupon_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_billing_delete_coupon_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_billing_delete_coupon_response_desc = {
    "billing_delete_coupon_response", sizeof(schematic_billing_delete_coupon_response), schematic_billing_delete_coupon_response_desc_Fields, 2,
    offsetof(schematic_billing_delete_coupon_response, unknown_fields),
    -1,
    NULL
};

void schematic_billing_delete_coupon_response_free(schematic_billing_delete_coupon_response *obj)
{
    apic_struct_free(&schematic_billing_delete_coupon_response_desc, obj);
}

int schematic_billing_delete_coupon_response_from_json(const char *json, size_t len, schematic_billing_delete_coupon_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_billing_delete_coupon_response_Type, json, len, &value, err);
    *out = (schematic_billing_delete_coupon_response *)value;
    return rc;
}

int schematic_billing_delete_coupon_response_to_json(const schematic_billing_delete_coupon_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_billing_delete_coupon_response_Type, obj, out, err);
}

/* credits_list_billing_response */
static const apic_field schematic_credits_list_billing_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_list_billing_response, data), -1, -1, &schematic_billing_credit_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_list_billing_response, params), -1, -1, &schematic_credits_list_billing_response_params_Type},
};
const apic_struct_desc schematic_credits_list_billing_response_desc = {
    "credits_list_billing_response", sizeof(schematic_credits_list_billing_response), schematic_credits_list_billing_response_desc_Fields, 2,
    offsetof(schematic_credits_list_billing_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_billing_response_free(schematic_credits_list_billing_response *obj)
{
    apic_struct_free(&schematic_credits_list_billing_response_desc, obj);
}

int schematic_credits_list_billing_response_from_json(const char *json, size_t len, schematic_credits_list_billing_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_billing_response_Type, json, len, &value, err);
    *out = (schematic_credits_list_billing_response *)value;
    return rc;
}

int schematic_credits_list_billing_response_to_json(const schematic_credits_list_billing_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_billing_response_Type, obj, out, err);
}

/* credits_list_billing_response.params */
static const apic_field schematic_credits_list_billing_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_credits_list_billing_response_params, ids), offsetof(schematic_credits_list_billing_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_billing_response_params, limit), offsetof(schematic_credits_list_billing_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_credits_list_billing_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_credits_list_billing_response_params, offset), offsetof(schematic_credits_list_billing_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_credits_list_billing_response_params_desc = {
    "credits_list_billing_response.params", sizeof(schematic_credits_list_billing_response_params), schematic_credits_list_billing_response_params_desc_Fields, 4,
    offsetof(schematic_credits_list_billing_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_billing_response_params_free(schematic_credits_list_billing_response_params *obj)
{
    apic_struct_free(&schematic_credits_list_billing_response_params_desc, obj);
}

int schematic_credits_list_billing_response_params_from_json(const char *json, size_t len, schematic_credits_list_billing_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_billing_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_list_billing_response_params *)value;
    return rc;
}

int schematic_credits_list_billing_response_params_to_json(const schematic_credits_list_billing_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_billing_response_params_Type, obj, out, err);
}

/* credits_create_billing_response */
static const apic_field schematic_credits_create_billing_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_create_billing_response, data), -1, -1, &schematic_billing_credit_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_create_billing_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_create_billing_response_desc = {
    "credits_create_billing_response", sizeof(schematic_credits_create_billing_response), schematic_credits_create_billing_response_desc_Fields, 2,
    offsetof(schematic_credits_create_billing_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_create_billing_response_free(schematic_credits_create_billing_response *obj)
{
    apic_struct_free(&schematic_credits_create_billing_response_desc, obj);
}

int schematic_credits_create_billing_response_from_json(const char *json, size_t len, schematic_credits_create_billing_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_create_billing_response_Type, json, len, &value, err);
    *out = (schematic_credits_create_billing_response *)value;
    return rc;
}

int schematic_credits_create_billing_response_to_json(const schematic_credits_create_billing_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_create_billing_response_Type, obj, out, err);
}

/* credits_get_single_billing_response */
static const apic_field schematic_credits_get_single_billing_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_get_single_billing_response, data), -1, -1, &schematic_billing_credit_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_get_single_billing_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_get_single_billing_response_desc = {
    "credits_get_single_billing_response", sizeof(schematic_credits_get_single_billing_response), schematic_credits_get_single_billing_response_desc_Fields, 2,
    offsetof(schematic_credits_get_single_billing_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_get_single_billing_response_free(schematic_credits_get_single_billing_response *obj)
{
    apic_struct_free(&schematic_credits_get_single_billing_response_desc, obj);
}

int schematic_credits_get_single_billing_response_from_json(const char *json, size_t len, schematic_credits_get_single_billing_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_get_single_billing_response_Type, json, len, &value, err);
    *out = (schematic_credits_get_single_billing_response *)value;
    return rc;
}

int schematic_credits_get_single_billing_response_to_json(const schematic_credits_get_single_billing_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_get_single_billing_response_Type, obj, out, err);
}

/* credits_update_billing_response */
static const apic_field schematic_credits_update_billing_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_update_billing_response, data), -1, -1, &schematic_billing_credit_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_update_billing_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_update_billing_response_desc = {
    "credits_update_billing_response", sizeof(schematic_credits_update_billing_response), schematic_credits_update_billing_response_desc_Fields, 2,
    offsetof(schematic_credits_update_billing_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_update_billing_response_free(schematic_credits_update_billing_response *obj)
{
    apic_struct_free(&schematic_credits_update_billing_response_desc, obj);
}

int schematic_credits_update_billing_response_from_json(const char *json, size_t len, schematic_credits_update_billing_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_update_billing_response_Type, json, len, &value, err);
    *out = (schematic_credits_update_billing_response *)value;
    return rc;
}

int schematic_credits_update_billing_response_to_json(const schematic_credits_update_billing_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_update_billing_response_Type, obj, out, err);
}

/* credits_soft_delete_billing_response */
static const apic_field schematic_credits_soft_delete_billing_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_soft_delete_billing_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_soft_delete_billing_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_soft_delete_billing_response_desc = {
    "credits_soft_delete_billing_response", sizeof(schematic_credits_soft_delete_billing_response), schematic_credits_soft_delete_billing_response_desc_Fields, 2,
    offsetof(schematic_credits_soft_delete_billing_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_soft_delete_billing_response_free(schematic_credits_soft_delete_billing_response *obj)
{
    apic_struct_free(&schematic_credits_soft_delete_billing_response_desc, obj);
}

int schematic_credits_soft_delete_billing_response_from_json(const char *json, size_t len, schematic_credits_soft_delete_billing_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_soft_delete_billing_response_Type, json, len, &value, err);
    *out = (schematic_credits_soft_delete_billing_response *)value;
    return rc;
}

int schematic_credits_soft_delete_billing_response_to_json(const schematic_credits_soft_delete_billing_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_soft_delete_billing_response_Type, obj, out, err);
}

/* credits_list_company_balances_response */
static const apic_field schematic_credits_list_company_balances_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_list_company_balances_response, data), -1, -1, &schematic_company_credit_balance_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_list_company_balances_response, params), -1, -1, &schematic_credits_list_company_balances_response_params_Type},
};
const apic_struct_desc schematic_credits_list_company_balances_response_desc = {
    "credits_list_company_balances_response", sizeof(schematic_credits_list_company_balances_response), schematic_credits_list_company_balances_response_desc_Fields, 2,
    offsetof(schematic_credits_list_company_balances_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_company_balances_response_free(schematic_credits_list_company_balances_response *obj)
{
    apic_struct_free(&schematic_credits_list_company_balances_response_desc, obj);
}

int schematic_credits_list_company_balances_response_from_json(const char *json, size_t len, schematic_credits_list_company_balances_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_company_balances_response_Type, json, len, &value, err);
    *out = (schematic_credits_list_company_balances_response *)value;
    return rc;
}

int schematic_credits_list_company_balances_response_to_json(const schematic_credits_list_company_balances_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_company_balances_response_Type, obj, out, err);
}

/* credits_list_company_balances_response.params */
static const apic_field schematic_credits_list_company_balances_response_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_credits_list_company_balances_response_params, company_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credits_list_company_balances_response_params_desc = {
    "credits_list_company_balances_response.params", sizeof(schematic_credits_list_company_balances_response_params), schematic_credits_list_company_balances_response_params_desc_Fields, 1,
    offsetof(schematic_credits_list_company_balances_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_company_balances_response_params_free(schematic_credits_list_company_balances_response_params *obj)
{
    apic_struct_free(&schematic_credits_list_company_balances_response_params_desc, obj);
}

int schematic_credits_list_company_balances_response_params_from_json(const char *json, size_t len, schematic_credits_list_company_balances_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_company_balances_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_list_company_balances_response_params *)value;
    return rc;
}

int schematic_credits_list_company_balances_response_params_to_json(const schematic_credits_list_company_balances_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_company_balances_response_params_Type, obj, out, err);
}

/* credits_list_bundles_response */
static const apic_field schematic_credits_list_bundles_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_list_bundles_response, data), -1, -1, &schematic_billing_credit_bundle_response_data_array_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_list_bundles_response, params), -1, -1, &schematic_credits_list_bundles_response_params_Type},
};
const apic_struct_desc schematic_credits_list_bundles_response_desc = {
    "credits_list_bundles_response", sizeof(schematic_credits_list_bundles_response), schematic_credits_list_bundles_response_desc_Fields, 2,
    offsetof(schematic_credits_list_bundles_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_bundles_response_free(schematic_credits_list_bundles_response *obj)
{
    apic_struct_free(&schematic_credits_list_bundles_response_desc, obj);
}

int schematic_credits_list_bundles_response_from_json(const char *json, size_t len, schematic_credits_list_bundles_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_bundles_response_Type, json, len, &value, err);
    *out = (schematic_credits_list_bundles_response *)value;
    return rc;
}

int schematic_credits_list_bundles_response_to_json(const schematic_credits_list_bundles_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_bundles_response_Type, obj, out, err);
}

/* credits_list_bundles_response.params */
static const apic_field schematic_credits_list_bundles_response_params_desc_Fields[] = {
    {"bundle_type", 11, 0, offsetof(schematic_credits_list_bundles_response_params, bundle_type), offsetof(schematic_credits_list_bundles_response_params, has_bundle_type), -1, &schematic_billing_credit_bundle_type_Type},
    {"credit_id", 9, 0, offsetof(schematic_credits_list_bundles_response_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_list_bundles_response_params, ids), offsetof(schematic_credits_list_bundles_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_list_bundles_response_params, limit), offsetof(schematic_credits_list_bundles_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_list_bundles_response_params, offset), offsetof(schematic_credits_list_bundles_response_params, has_offset), -1, &apic_type_int64},
    {"status", 6, 0, offsetof(schematic_credits_list_bundles_response_params, status), offsetof(schematic_credits_list_bundles_response_params, has_status), -1, &schematic_billing_credit_bundle_status_Type},
};
const apic_struct_desc schematic_credits_list_bundles_response_params_desc = {
    "credits_list_bundles_response.params", sizeof(schematic_credits_list_bundles_response_params), schematic_credits_list_bundles_response_params_desc_Fields, 6,
    offsetof(schematic_credits_list_bundles_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_list_bundles_response_params_free(schematic_credits_list_bundles_response_params *obj)
{
    apic_struct_free(&schematic_credits_list_bundles_response_params_desc, obj);
}

int schematic_credits_list_bundles_response_params_from_json(const char *json, size_t len, schematic_credits_list_bundles_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_list_bundles_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_list_bundles_response_params *)value;
    return rc;
}

int schematic_credits_list_bundles_response_params_to_json(const schematic_credits_list_bundles_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_list_bundles_response_params_Type, obj, out, err);
}

/* credits_create_bundle_response */
static const apic_field schematic_credits_create_bundle_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_create_bundle_response, data), -1, -1, &schematic_billing_credit_bundle_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_create_bundle_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_create_bundle_response_desc = {
    "credits_create_bundle_response", sizeof(schematic_credits_create_bundle_response), schematic_credits_create_bundle_response_desc_Fields, 2,
    offsetof(schematic_credits_create_bundle_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_create_bundle_response_free(schematic_credits_create_bundle_response *obj)
{
    apic_struct_free(&schematic_credits_create_bundle_response_desc, obj);
}

int schematic_credits_create_bundle_response_from_json(const char *json, size_t len, schematic_credits_create_bundle_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_create_bundle_response_Type, json, len, &value, err);
    *out = (schematic_credits_create_bundle_response *)value;
    return rc;
}

int schematic_credits_create_bundle_response_to_json(const schematic_credits_create_bundle_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_create_bundle_response_Type, obj, out, err);
}

/* credits_get_bundle_response */
static const apic_field schematic_credits_get_bundle_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_get_bundle_response, data), -1, -1, &schematic_billing_credit_bundle_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_get_bundle_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_get_bundle_response_desc = {
    "credits_get_bundle_response", sizeof(schematic_credits_get_bundle_response), schematic_credits_get_bundle_response_desc_Fields, 2,
    offsetof(schematic_credits_get_bundle_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_get_bundle_response_free(schematic_credits_get_bundle_response *obj)
{
    apic_struct_free(&schematic_credits_get_bundle_response_desc, obj);
}

int schematic_credits_get_bundle_response_from_json(const char *json, size_t len, schematic_credits_get_bundle_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_get_bundle_response_Type, json, len, &value, err);
    *out = (schematic_credits_get_bundle_response *)value;
    return rc;
}

int schematic_credits_get_bundle_response_to_json(const schematic_credits_get_bundle_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_get_bundle_response_Type, obj, out, err);
}

/* credits_update_bundle_details_response */
static const apic_field schematic_credits_update_bundle_details_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_update_bundle_details_response, data), -1, -1, &schematic_billing_credit_bundle_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_update_bundle_details_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_update_bundle_details_response_desc = {
    "credits_update_bundle_details_response", sizeof(schematic_credits_update_bundle_details_response), schematic_credits_update_bundle_details_response_desc_Fields, 2,
    offsetof(schematic_credits_update_bundle_details_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_update_bundle_details_response_free(schematic_credits_update_bundle_details_response *obj)
{
    apic_struct_free(&schematic_credits_update_bundle_details_response_desc, obj);
}

int schematic_credits_update_bundle_details_response_from_json(const char *json, size_t len, schematic_credits_update_bundle_details_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_update_bundle_details_response_Type, json, len, &value, err);
    *out = (schematic_credits_update_bundle_details_response *)value;
    return rc;
}

int schematic_credits_update_bundle_details_response_to_json(const schematic_credits_update_bundle_details_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_update_bundle_details_response_Type, obj, out, err);
}

/* credits_delete_bundle_response */
static const apic_field schematic_credits_delete_bundle_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_delete_bundle_response, data), -1, -1, &schematic_delete_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_delete_bundle_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_delete_bundle_response_desc = {
    "credits_delete_bundle_response", sizeof(schematic_credits_delete_bundle_response), schematic_credits_delete_bundle_response_desc_Fields, 2,
    offsetof(schematic_credits_delete_bundle_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_delete_bundle_response_free(schematic_credits_delete_bundle_response *obj)
{
    apic_struct_free(&schematic_credits_delete_bundle_response_desc, obj);
}

int schematic_credits_delete_bundle_response_from_json(const char *json, size_t len, schematic_credits_delete_bundle_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_delete_bundle_response_Type, json, len, &value, err);
    *out = (schematic_credits_delete_bundle_response *)value;
    return rc;
}

int schematic_credits_delete_bundle_response_to_json(const schematic_credits_delete_bundle_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_delete_bundle_response_Type, obj, out, err);
}

/* credits_count_bundles_response */
static const apic_field schematic_credits_count_bundles_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_count_bundles_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_count_bundles_response, params), -1, -1, &schematic_credits_count_bundles_response_params_Type},
};
const apic_struct_desc schematic_credits_count_bundles_response_desc = {
    "credits_count_bundles_response", sizeof(schematic_credits_count_bundles_response), schematic_credits_count_bundles_response_desc_Fields, 2,
    offsetof(schematic_credits_count_bundles_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_bundles_response_free(schematic_credits_count_bundles_response *obj)
{
    apic_struct_free(&schematic_credits_count_bundles_response_desc, obj);
}

int schematic_credits_count_bundles_response_from_json(const char *json, size_t len, schematic_credits_count_bundles_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_bundles_response_Type, json, len, &value, err);
    *out = (schematic_credits_count_bundles_response *)value;
    return rc;
}

int schematic_credits_count_bundles_response_to_json(const schematic_credits_count_bundles_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_bundles_response_Type, obj, out, err);
}

/* credits_count_bundles_response.params */
static const apic_field schematic_credits_count_bundles_response_params_desc_Fields[] = {
    {"bundle_type", 11, 0, offsetof(schematic_credits_count_bundles_response_params, bundle_type), offsetof(schematic_credits_count_bundles_response_params, has_bundle_type), -1, &schematic_billing_credit_bundle_type_Type},
    {"credit_id", 9, 0, offsetof(schematic_credits_count_bundles_response_params, credit_id), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(schematic_credits_count_bundles_response_params, ids), offsetof(schematic_credits_count_bundles_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_bundles_response_params, limit), offsetof(schematic_credits_count_bundles_response_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_credits_count_bundles_response_params, offset), offsetof(schematic_credits_count_bundles_response_params, has_offset), -1, &apic_type_int64},
    {"status", 6, 0, offsetof(schematic_credits_count_bundles_response_params, status), offsetof(schematic_credits_count_bundles_response_params, has_status), -1, &schematic_billing_credit_bundle_status_Type},
};
const apic_struct_desc schematic_credits_count_bundles_response_params_desc = {
    "credits_count_bundles_response.params", sizeof(schematic_credits_count_bundles_response_params), schematic_credits_count_bundles_response_params_desc_Fields, 6,
    offsetof(schematic_credits_count_bundles_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_bundles_response_params_free(schematic_credits_count_bundles_response_params *obj)
{
    apic_struct_free(&schematic_credits_count_bundles_response_params_desc, obj);
}

int schematic_credits_count_bundles_response_params_from_json(const char *json, size_t len, schematic_credits_count_bundles_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_bundles_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_count_bundles_response_params *)value;
    return rc;
}

int schematic_credits_count_bundles_response_params_to_json(const schematic_credits_count_bundles_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_bundles_response_params_Type, obj, out, err);
}

/* credits_count_billing_response */
static const apic_field schematic_credits_count_billing_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_count_billing_response, data), -1, -1, &schematic_count_response_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_count_billing_response, params), -1, -1, &schematic_credits_count_billing_response_params_Type},
};
const apic_struct_desc schematic_credits_count_billing_response_desc = {
    "credits_count_billing_response", sizeof(schematic_credits_count_billing_response), schematic_credits_count_billing_response_desc_Fields, 2,
    offsetof(schematic_credits_count_billing_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_billing_response_free(schematic_credits_count_billing_response *obj)
{
    apic_struct_free(&schematic_credits_count_billing_response_desc, obj);
}

int schematic_credits_count_billing_response_from_json(const char *json, size_t len, schematic_credits_count_billing_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_billing_response_Type, json, len, &value, err);
    *out = (schematic_credits_count_billing_response *)value;
    return rc;
}

int schematic_credits_count_billing_response_to_json(const schematic_credits_count_billing_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_billing_response_Type, obj, out, err);
}

/* credits_count_billing_response.params */
static const apic_field schematic_credits_count_billing_response_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_credits_count_billing_response_params, ids), offsetof(schematic_credits_count_billing_response_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_credits_count_billing_response_params, limit), offsetof(schematic_credits_count_billing_response_params, has_limit), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(schematic_credits_count_billing_response_params, name), -1, -1, &apic_type_string},
    {"offset", 6, 0, offsetof(schematic_credits_count_billing_response_params, offset), offsetof(schematic_credits_count_billing_response_params, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc schematic_credits_count_billing_response_params_desc = {
    "credits_count_billing_response.params", sizeof(schematic_credits_count_billing_response_params), schematic_credits_count_billing_response_params_desc_Fields, 4,
    offsetof(schematic_credits_count_billing_response_params, unknown_fields),
    -1,
    NULL
};

void schematic_credits_count_billing_response_params_free(schematic_credits_count_billing_response_params *obj)
{
    apic_struct_free(&schematic_credits_count_billing_response_params_desc, obj);
}

int schematic_credits_count_billing_response_params_from_json(const char *json, size_t len, schematic_credits_count_billing_response_params **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_count_billing_response_params_Type, json, len, &value, err);
    *out = (schematic_credits_count_billing_response_params *)value;
    return rc;
}

int schematic_credits_count_billing_response_params_to_json(const schematic_credits_count_billing_response_params *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_count_billing_response_params_Type, obj, out, err);
}

/* credits_zero_out_grant_response */
static const apic_field schematic_credits_zero_out_grant_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_zero_out_grant_response, data), -1, -1, &schematic_billing_credit_grant_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_zero_out_grant_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_zero_out_grant_response_desc = {
    "credits_zero_out_grant_response", sizeof(schematic_credits_zero_out_grant_response), schematic_credits_zero_out_grant_response_desc_Fields, 2,
    offsetof(schematic_credits_zero_out_grant_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_zero_out_grant_response_free(schematic_credits_zero_out_grant_response *obj)
{
    apic_struct_free(&schematic_credits_zero_out_grant_response_desc, obj);
}

int schematic_credits_zero_out_grant_response_from_json(const char *json, size_t len, schematic_credits_zero_out_grant_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_zero_out_grant_response_Type, json, len, &value, err);
    *out = (schematic_credits_zero_out_grant_response *)value;
    return rc;
}

int schematic_credits_zero_out_grant_response_to_json(const schematic_credits_zero_out_grant_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_zero_out_grant_response_Type, obj, out, err);
}

/* credits_grant_billing_to_company_response */
static const apic_field schematic_credits_grant_billing_to_company_response_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_credits_grant_billing_to_company_response, data), -1, -1, &schematic_billing_credit_grant_response_data_Type},
    {"params", 6, APIC_F_REQUIRED, offsetof(schematic_credits_grant_billing_to_company_response, params), -1, -1, &apic_type_json_map},
};
const apic_struct_desc schematic_credits_grant_billing_to_company_response_desc = {
    "credits_grant_billing_to_company_response", sizeof(schematic_credits_grant_billing_to_company_response), schematic_credits_grant_billing_to_company_response_desc_Fields, 2,
    offsetof(schematic_credits_grant_billing_to_company_response, unknown_fields),
    -1,
    NULL
};

void schematic_credits_grant_billing_to_company_response_free(schematic_credits_grant_billing_to_company_response *obj)
{
    apic_struct_free(&schematic_credits_grant_billing_to_company_response_desc, obj);
}

int schematic_credits_grant_billing_to_company_response_from_json(const char *json, size_t len, schematic_credits_grant_billing_to_company_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_grant_billing_to_company_response_Type, json, len, &value, err);
    *out = (schematic_credits_grant_billing_to_company_response *)value;
    return rc;
}

int schematic_credits_grant_billing_to_company_response_to_json(const schematic_credits_grant_billing_to_company_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_grant_billing_to_company_response_Type, obj, out, err);
}
