/* Descriptors and entry points of Schematic models. Generated; do not edit. */
#include "internal.h"

/* ComponentCheckoutSettings */
static const apic_field schematic_component_checkout_settings_desc_Fields[] = {
    {"bundle_purchase_behavior", 24, APIC_F_REQUIRED, offsetof(schematic_component_checkout_settings, bundle_purchase_behavior), -1, -1, &schematic_checkout_bundle_purchase_behavior_Type},
    {"collect_address", 15, APIC_F_REQUIRED, offsetof(schematic_component_checkout_settings, collect_address), -1, -1, &apic_type_bool},
    {"collect_email", 13, APIC_F_REQUIRED, offsetof(schematic_component_checkout_settings, collect_email), -1, -1, &apic_type_bool},
    {"collect_phone", 13, APIC_F_REQUIRED, offsetof(schematic_component_checkout_settings, collect_phone), -1, -1, &apic_type_bool},
    {"collect_tax_id", 14, APIC_F_REQUIRED, offsetof(schematic_component_checkout_settings, collect_tax_id), -1, -1, &apic_type_bool},
    {"proration_behavior", 18, APIC_F_REQUIRED, offsetof(schematic_component_checkout_settings, proration_behavior), -1, -1, &schematic_proration_behavior_Type},
    {"tax_collection_enabled", 22, APIC_F_REQUIRED, offsetof(schematic_component_checkout_settings, tax_collection_enabled), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_component_checkout_settings_desc = {
    "ComponentCheckoutSettings", sizeof(schematic_component_checkout_settings), schematic_component_checkout_settings_desc_Fields, 7,
    offsetof(schematic_component_checkout_settings, unknown_fields),
    -1,
    NULL
};

void schematic_component_checkout_settings_free(schematic_component_checkout_settings *obj)
{
    apic_struct_free(&schematic_component_checkout_settings_desc, obj);
}

int schematic_component_checkout_settings_from_json(const char *json, size_t len, schematic_component_checkout_settings **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_component_checkout_settings_Type, json, len, &value, err);
    *out = (schematic_component_checkout_settings *)value;
    return rc;
}

int schematic_component_checkout_settings_to_json(const schematic_component_checkout_settings *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_component_checkout_settings_Type, obj, out, err);
}

/* ComponentDisplaySettings */
static const apic_field schematic_component_display_settings_desc_Fields[] = {
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_component_display_settings, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_component_display_settings, show_credits), -1, -1, &apic_type_bool},
    {"show_feature_description", 24, APIC_F_REQUIRED, offsetof(schematic_component_display_settings, show_feature_description), -1, -1, &apic_type_bool},
    {"show_hard_limit", 15, APIC_F_REQUIRED, offsetof(schematic_component_display_settings, show_hard_limit), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_component_display_settings, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_component_display_settings, show_zero_price_as_free), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_component_display_settings_desc = {
    "ComponentDisplaySettings", sizeof(schematic_component_display_settings), schematic_component_display_settings_desc_Fields, 6,
    offsetof(schematic_component_display_settings, unknown_fields),
    -1,
    NULL
};

void schematic_component_display_settings_free(schematic_component_display_settings *obj)
{
    apic_struct_free(&schematic_component_display_settings_desc, obj);
}

int schematic_component_display_settings_from_json(const char *json, size_t len, schematic_component_display_settings **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_component_display_settings_Type, json, len, &value, err);
    *out = (schematic_component_display_settings *)value;
    return rc;
}

int schematic_component_display_settings_to_json(const schematic_component_display_settings *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_component_display_settings_Type, obj, out, err);
}

/* ComponentHydrateResponseData */
static const apic_field schematic_component_hydrate_response_data_desc_Fields[] = {
    {"active_add_ons", 14, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, active_add_ons), -1, -1, &schematic_company_plan_detail_response_data_array_Type},
    {"active_plans", 12, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, active_plans), -1, -1, &schematic_company_plan_detail_response_data_array_Type},
    {"active_usage_based_entitlements", 31, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, active_usage_based_entitlements), -1, -1, &schematic_usage_based_entitlement_response_data_array_Type},
    {"add_on_compatibilities", 22, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, add_on_compatibilities), -1, -1, &schematic_compatible_plans_array_Type},
    {"capabilities", 12, 0, offsetof(schematic_component_hydrate_response_data, capabilities), -1, -1, &schematic_component_capabilities_Type},
    {"checkout_settings", 17, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, checkout_settings), -1, -1, &schematic_component_checkout_settings_Type},
    {"company", 7, 0, offsetof(schematic_component_hydrate_response_data, company), -1, -1, &schematic_company_detail_response_data_Type},
    {"component", 9, 0, offsetof(schematic_component_hydrate_response_data, component), -1, -1, &schematic_component_response_data_Type},
    {"credit_bundles", 14, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, credit_bundles), -1, -1, &schematic_billing_credit_bundle_view_array_Type},
    {"credit_grants", 13, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, credit_grants), -1, -1, &schematic_credit_company_grant_view_array_Type},
    {"custom_checkout_fields", 22, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, custom_checkout_fields), -1, -1, &schematic_checkout_field_with_value_array_Type},
    {"default_plan", 12, 0, offsetof(schematic_component_hydrate_response_data, default_plan), -1, -1, &schematic_plan_detail_response_data_Type},
    {"display_settings", 16, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, display_settings), -1, -1, &schematic_component_display_settings_Type},
    {"feature_usage", 13, 0, offsetof(schematic_component_hydrate_response_data, feature_usage), -1, -1, &schematic_feature_usage_detail_response_data_Type},
    {"post_trial_plan", 15, 0, offsetof(schematic_component_hydrate_response_data, post_trial_plan), -1, -1, &schematic_plan_detail_response_data_Type},
    {"prevent_self_service_downgrade", 30, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, prevent_self_service_downgrade), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade_button_text", 42, APIC_F_NULLABLE, offsetof(schematic_component_hydrate_response_data, prevent_self_service_downgrade_button_text), -1, offsetof(schematic_component_hydrate_response_data, prevent_self_service_downgrade_button_text_is_null), &apic_type_string},
    {"prevent_self_service_downgrade_url", 34, APIC_F_NULLABLE, offsetof(schematic_component_hydrate_response_data, prevent_self_service_downgrade_url), -1, offsetof(schematic_component_hydrate_response_data, prevent_self_service_downgrade_url_is_null), &apic_type_string},
    {"scheduled_downgrade", 19, 0, offsetof(schematic_component_hydrate_response_data, scheduled_downgrade), -1, -1, &schematic_scheduled_downgrade_response_data_Type},
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, show_credits), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_component_hydrate_response_data, show_zero_price_as_free), -1, -1, &apic_type_bool},
    {"stripe_embed", 12, 0, offsetof(schematic_component_hydrate_response_data, stripe_embed), -1, -1, &schematic_stripe_embed_info_Type},
    {"subscription", 12, 0, offsetof(schematic_component_hydrate_response_data, subscription), -1, -1, &schematic_company_subscription_response_data_Type},
    {"trial_payment_method_required", 29, APIC_F_NULLABLE, offsetof(schematic_component_hydrate_response_data, trial_payment_method_required), offsetof(schematic_component_hydrate_response_data, has_trial_payment_method_required), offsetof(schematic_component_hydrate_response_data, trial_payment_method_required_is_null), &apic_type_bool},
    {"upcoming_invoice", 16, 0, offsetof(schematic_component_hydrate_response_data, upcoming_invoice), -1, -1, &schematic_upcoming_invoice_response_data_Type},
};
const apic_struct_desc schematic_component_hydrate_response_data_desc = {
    "ComponentHydrateResponseData", sizeof(schematic_component_hydrate_response_data), schematic_component_hydrate_response_data_desc_Fields, 27,
    offsetof(schematic_component_hydrate_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_component_hydrate_response_data_free(schematic_component_hydrate_response_data *obj)
{
    apic_struct_free(&schematic_component_hydrate_response_data_desc, obj);
}

int schematic_component_hydrate_response_data_from_json(const char *json, size_t len, schematic_component_hydrate_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_component_hydrate_response_data_Type, json, len, &value, err);
    *out = (schematic_component_hydrate_response_data *)value;
    return rc;
}

int schematic_component_hydrate_response_data_to_json(const schematic_component_hydrate_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_component_hydrate_response_data_Type, obj, out, err);
}

/* ComponentResponseData */
static const apic_field schematic_component_response_data_desc_Fields[] = {
    {"ast", 3, 0, offsetof(schematic_component_response_data, ast), offsetof(schematic_component_response_data, has_ast), -1, &schematic_double_map_Type},
    {"catalog_id", 10, APIC_F_NULLABLE, offsetof(schematic_component_response_data, catalog_id), -1, offsetof(schematic_component_response_data, catalog_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_component_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_component_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_component_response_data, name), -1, -1, &apic_type_string},
    {"state", 5, APIC_F_REQUIRED, offsetof(schematic_component_response_data, state), -1, -1, &schematic_component_state_Type},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_component_response_data, type), -1, -1, &schematic_component_entity_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_component_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_component_response_data_desc = {
    "ComponentResponseData", sizeof(schematic_component_response_data), schematic_component_response_data_desc_Fields, 8,
    offsetof(schematic_component_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_component_response_data_free(schematic_component_response_data *obj)
{
    apic_struct_free(&schematic_component_response_data_desc, obj);
}

int schematic_component_response_data_from_json(const char *json, size_t len, schematic_component_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_component_response_data_Type, json, len, &value, err);
    *out = (schematic_component_response_data *)value;
    return rc;
}

int schematic_component_response_data_to_json(const schematic_component_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_component_response_data_Type, obj, out, err);
}

/* CreditCompanyGrantView */
static const apic_field schematic_credit_company_grant_view_desc_Fields[] = {
    {"billing_credit_bundle_id", 24, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, billing_credit_bundle_id), -1, offsetof(schematic_credit_company_grant_view, billing_credit_bundle_id_is_null), &apic_type_string},
    {"billing_credit_id", 17, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, billing_credit_id), -1, -1, &apic_type_string},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, company_id), -1, -1, &apic_type_string},
    {"company_license_id", 18, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, company_license_id), -1, offsetof(schematic_credit_company_grant_view, company_license_id_is_null), &apic_type_string},
    {"company_name", 12, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, company_name), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_description", 18, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, credit_description), -1, -1, &apic_type_string},
    {"credit_icon", 11, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, credit_icon), -1, offsetof(schematic_credit_company_grant_view, credit_icon_is_null), &apic_type_string},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, credit_name), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, currency), -1, offsetof(schematic_credit_company_grant_view, currency_is_null), &apic_type_string},
    {"exhausted_at", 12, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, exhausted_at), -1, offsetof(schematic_credit_company_grant_view, exhausted_at_is_null), &schematic_string_date_time_Type},
    {"expires_at", 10, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, expires_at), -1, offsetof(schematic_credit_company_grant_view, expires_at_is_null), &schematic_string_date_time_Type},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, expiry_type), offsetof(schematic_credit_company_grant_view, has_expiry_type), offsetof(schematic_credit_company_grant_view, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, expiry_unit), offsetof(schematic_credit_company_grant_view, has_expiry_unit), offsetof(schematic_credit_company_grant_view, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, expiry_unit_count), offsetof(schematic_credit_company_grant_view, has_expiry_unit_count), offsetof(schematic_credit_company_grant_view, expiry_unit_count_is_null), &apic_type_int64},
    {"grant_reason", 12, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, grant_reason), -1, -1, &schematic_billing_credit_grant_reason_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, id), -1, -1, &apic_type_string},
    {"license_name", 12, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, license_name), -1, offsetof(schematic_credit_company_grant_view, license_name_is_null), &apic_type_string},
    {"plan_id", 7, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, plan_id), -1, offsetof(schematic_credit_company_grant_view, plan_id_is_null), &apic_type_string},
    {"plan_name", 9, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, plan_name), -1, offsetof(schematic_credit_company_grant_view, plan_name_is_null), &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, plural_name), -1, offsetof(schematic_credit_company_grant_view, plural_name_is_null), &apic_type_string},
    {"price", 5, 0, offsetof(schematic_credit_company_grant_view, price), -1, -1, &schematic_billing_product_price_response_data_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, quantity), -1, -1, &apic_type_double},
    {"quantity_remaining", 18, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, quantity_remaining), -1, -1, &apic_type_double},
    {"quantity_used", 13, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, quantity_used), -1, -1, &apic_type_double},
    {"renewal_enabled", 15, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, renewal_enabled), -1, -1, &apic_type_bool},
    {"renewal_period", 14, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, renewal_period), offsetof(schematic_credit_company_grant_view, has_renewal_period), offsetof(schematic_credit_company_grant_view, renewal_period_is_null), &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reserved", 8, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, reserved), offsetof(schematic_credit_company_grant_view, has_reserved), offsetof(schematic_credit_company_grant_view, reserved_is_null), &apic_type_double},
    {"settled", 7, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, settled), offsetof(schematic_credit_company_grant_view, has_settled), offsetof(schematic_credit_company_grant_view, settled_is_null), &apic_type_double},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, singular_name), -1, offsetof(schematic_credit_company_grant_view, singular_name_is_null), &apic_type_string},
    {"source_grant_id", 15, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, source_grant_id), -1, offsetof(schematic_credit_company_grant_view, source_grant_id_is_null), &apic_type_string},
    {"source_label", 12, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, source_label), -1, -1, &apic_type_string},
    {"transfers", 9, 0, offsetof(schematic_credit_company_grant_view, transfers), offsetof(schematic_credit_company_grant_view, has_transfers), -1, &schematic_credit_transfer_view_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_credit_company_grant_view, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"valid_from", 10, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, valid_from), -1, offsetof(schematic_credit_company_grant_view, valid_from_is_null), &schematic_string_date_time_Type},
    {"zeroed_out_date", 15, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, zeroed_out_date), -1, offsetof(schematic_credit_company_grant_view, zeroed_out_date_is_null), &schematic_string_date_time_Type},
    {"zeroed_out_reason", 17, APIC_F_NULLABLE, offsetof(schematic_credit_company_grant_view, zeroed_out_reason), offsetof(schematic_credit_company_grant_view, has_zeroed_out_reason), offsetof(schematic_credit_company_grant_view, zeroed_out_reason_is_null), &schematic_billing_credit_grant_zeroed_out_reason_Type},
};
const apic_struct_desc schematic_credit_company_grant_view_desc = {
    "CreditCompanyGrantView", sizeof(schematic_credit_company_grant_view), schematic_credit_company_grant_view_desc_Fields, 37,
    offsetof(schematic_credit_company_grant_view, unknown_fields),
    -1,
    NULL
};

void schematic_credit_company_grant_view_free(schematic_credit_company_grant_view *obj)
{
    apic_struct_free(&schematic_credit_company_grant_view_desc, obj);
}

int schematic_credit_company_grant_view_from_json(const char *json, size_t len, schematic_credit_company_grant_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_company_grant_view_Type, json, len, &value, err);
    *out = (schematic_credit_company_grant_view *)value;
    return rc;
}

int schematic_credit_company_grant_view_to_json(const schematic_credit_company_grant_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_company_grant_view_Type, obj, out, err);
}

/* CreditTransferView */
static const apic_field schematic_credit_transfer_view_desc_Fields[] = {
    {"amount", 6, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_view, amount), -1, -1, &apic_type_double},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"direction", 9, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_view, direction), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_view, id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_view, reason), -1, -1, &apic_type_string},
    {"related_grant_id", 16, APIC_F_REQUIRED, offsetof(schematic_credit_transfer_view, related_grant_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credit_transfer_view_desc = {
    "CreditTransferView", sizeof(schematic_credit_transfer_view), schematic_credit_transfer_view_desc_Fields, 6,
    offsetof(schematic_credit_transfer_view, unknown_fields),
    -1,
    NULL
};

void schematic_credit_transfer_view_free(schematic_credit_transfer_view *obj)
{
    apic_struct_free(&schematic_credit_transfer_view_desc, obj);
}

int schematic_credit_transfer_view_from_json(const char *json, size_t len, schematic_credit_transfer_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_transfer_view_Type, json, len, &value, err);
    *out = (schematic_credit_transfer_view *)value;
    return rc;
}

int schematic_credit_transfer_view_to_json(const schematic_credit_transfer_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_transfer_view_Type, obj, out, err);
}

/* StripeEmbedInfo */
static const apic_field schematic_stripe_embed_info_desc_Fields[] = {
    {"account_id", 10, APIC_F_NULLABLE, offsetof(schematic_stripe_embed_info, account_id), -1, offsetof(schematic_stripe_embed_info, account_id_is_null), &apic_type_string},
    {"publishable_key", 15, APIC_F_NULLABLE, offsetof(schematic_stripe_embed_info, publishable_key), -1, offsetof(schematic_stripe_embed_info, publishable_key_is_null), &apic_type_string},
    {"schematic_publishable_key", 25, APIC_F_REQUIRED, offsetof(schematic_stripe_embed_info, schematic_publishable_key), -1, -1, &apic_type_string},
    {"setup_intent_client_secret", 26, APIC_F_NULLABLE, offsetof(schematic_stripe_embed_info, setup_intent_client_secret), -1, offsetof(schematic_stripe_embed_info, setup_intent_client_secret_is_null), &apic_type_string},
};
const apic_struct_desc schematic_stripe_embed_info_desc = {
    "StripeEmbedInfo", sizeof(schematic_stripe_embed_info), schematic_stripe_embed_info_desc_Fields, 4,
    offsetof(schematic_stripe_embed_info, unknown_fields),
    -1,
    NULL
};

void schematic_stripe_embed_info_free(schematic_stripe_embed_info *obj)
{
    apic_struct_free(&schematic_stripe_embed_info_desc, obj);
}

int schematic_stripe_embed_info_from_json(const char *json, size_t len, schematic_stripe_embed_info **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_stripe_embed_info_Type, json, len, &value, err);
    *out = (schematic_stripe_embed_info *)value;
    return rc;
}

int schematic_stripe_embed_info_to_json(const schematic_stripe_embed_info *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_stripe_embed_info_Type, obj, out, err);
}

/* UpcomingInvoiceResponseData */
static const apic_field schematic_upcoming_invoice_response_data_desc_Fields[] = {
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, amount_due), -1, -1, &apic_type_int64},
    {"amount_paid", 11, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, amount_paid), -1, -1, &apic_type_int64},
    {"amount_remaining", 16, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, amount_remaining), -1, -1, &apic_type_int64},
    {"collection_method", 17, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, collection_method), -1, -1, &apic_type_string},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_upcoming_invoice_response_data, company_id), -1, offsetof(schematic_upcoming_invoice_response_data, company_id_is_null), &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, customer_external_id), -1, -1, &apic_type_string},
    {"due_date", 8, APIC_F_NULLABLE, offsetof(schematic_upcoming_invoice_response_data, due_date), -1, offsetof(schematic_upcoming_invoice_response_data, due_date_is_null), &schematic_string_date_time_Type},
    {"ending_balance", 14, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, ending_balance), -1, -1, &apic_type_int64},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, environment_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_NULLABLE, offsetof(schematic_upcoming_invoice_response_data, external_id), -1, offsetof(schematic_upcoming_invoice_response_data, external_id_is_null), &apic_type_string},
    {"payment_method_external_id", 26, APIC_F_NULLABLE, offsetof(schematic_upcoming_invoice_response_data, payment_method_external_id), -1, offsetof(schematic_upcoming_invoice_response_data, payment_method_external_id_is_null), &apic_type_string},
    {"provider_type", 13, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, provider_type), -1, -1, &schematic_billing_provider_type_Type},
    {"starting_balance", 16, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, starting_balance), -1, -1, &apic_type_int64},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_upcoming_invoice_response_data, status), offsetof(schematic_upcoming_invoice_response_data, has_status), offsetof(schematic_upcoming_invoice_response_data, status_is_null), &schematic_invoice_status_Type},
    {"subscription_external_id", 24, APIC_F_NULLABLE, offsetof(schematic_upcoming_invoice_response_data, subscription_external_id), -1, offsetof(schematic_upcoming_invoice_response_data, subscription_external_id_is_null), &apic_type_string},
    {"subtotal", 8, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, subtotal), -1, -1, &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_upcoming_invoice_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"url", 3, APIC_F_NULLABLE, offsetof(schematic_upcoming_invoice_response_data, url), -1, offsetof(schematic_upcoming_invoice_response_data, url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_upcoming_invoice_response_data_desc = {
    "UpcomingInvoiceResponseData", sizeof(schematic_upcoming_invoice_response_data), schematic_upcoming_invoice_response_data_desc_Fields, 20,
    offsetof(schematic_upcoming_invoice_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_upcoming_invoice_response_data_free(schematic_upcoming_invoice_response_data *obj)
{
    apic_struct_free(&schematic_upcoming_invoice_response_data_desc, obj);
}

int schematic_upcoming_invoice_response_data_from_json(const char *json, size_t len, schematic_upcoming_invoice_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_upcoming_invoice_response_data_Type, json, len, &value, err);
    *out = (schematic_upcoming_invoice_response_data *)value;
    return rc;
}

int schematic_upcoming_invoice_response_data_to_json(const schematic_upcoming_invoice_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_upcoming_invoice_response_data_Type, obj, out, err);
}

/* ComponentPreviewResponseData */
static const apic_field schematic_component_preview_response_data_desc_Fields[] = {
    {"active_add_ons", 14, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, active_add_ons), -1, -1, &schematic_company_plan_detail_response_data_array_Type},
    {"active_plans", 12, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, active_plans), -1, -1, &schematic_company_plan_detail_response_data_array_Type},
    {"active_usage_based_entitlements", 31, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, active_usage_based_entitlements), -1, -1, &schematic_usage_based_entitlement_response_data_array_Type},
    {"add_on_compatibilities", 22, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, add_on_compatibilities), -1, -1, &schematic_compatible_plans_array_Type},
    {"capabilities", 12, 0, offsetof(schematic_component_preview_response_data, capabilities), -1, -1, &schematic_component_capabilities_Type},
    {"checkout_settings", 17, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, checkout_settings), -1, -1, &schematic_component_checkout_settings_Type},
    {"company", 7, 0, offsetof(schematic_component_preview_response_data, company), -1, -1, &schematic_company_detail_response_data_Type},
    {"component", 9, 0, offsetof(schematic_component_preview_response_data, component), -1, -1, &schematic_component_response_data_Type},
    {"credit_bundles", 14, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, credit_bundles), -1, -1, &schematic_billing_credit_bundle_view_array_Type},
    {"credit_grants", 13, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, credit_grants), -1, -1, &schematic_credit_company_grant_view_array_Type},
    {"custom_checkout_fields", 22, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, custom_checkout_fields), -1, -1, &schematic_checkout_field_with_value_array_Type},
    {"default_plan", 12, 0, offsetof(schematic_component_preview_response_data, default_plan), -1, -1, &schematic_plan_detail_response_data_Type},
    {"display_settings", 16, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, display_settings), -1, -1, &schematic_component_display_settings_Type},
    {"feature_usage", 13, 0, offsetof(schematic_component_preview_response_data, feature_usage), -1, -1, &schematic_feature_usage_detail_response_data_Type},
    {"invoices", 8, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, invoices), -1, -1, &schematic_invoice_response_data_array_Type},
    {"post_trial_plan", 15, 0, offsetof(schematic_component_preview_response_data, post_trial_plan), -1, -1, &schematic_plan_detail_response_data_Type},
    {"prevent_self_service_downgrade", 30, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, prevent_self_service_downgrade), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade_button_text", 42, APIC_F_NULLABLE, offsetof(schematic_component_preview_response_data, prevent_self_service_downgrade_button_text), -1, offsetof(schematic_component_preview_response_data, prevent_self_service_downgrade_button_text_is_null), &apic_type_string},
    {"prevent_self_service_downgrade_url", 34, APIC_F_NULLABLE, offsetof(schematic_component_preview_response_data, prevent_self_service_downgrade_url), -1, offsetof(schematic_component_preview_response_data, prevent_self_service_downgrade_url_is_null), &apic_type_string},
    {"scheduled_downgrade", 19, 0, offsetof(schematic_component_preview_response_data, scheduled_downgrade), -1, -1, &schematic_scheduled_downgrade_response_data_Type},
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, show_credits), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_component_preview_response_data, show_zero_price_as_free), -1, -1, &apic_type_bool},
    {"stripe_embed", 12, 0, offsetof(schematic_component_preview_response_data, stripe_embed), -1, -1, &schematic_stripe_embed_info_Type},
    {"subscription", 12, 0, offsetof(schematic_component_preview_response_data, subscription), -1, -1, &schematic_company_subscription_response_data_Type},
    {"trial_payment_method_required", 29, APIC_F_NULLABLE, offsetof(schematic_component_preview_response_data, trial_payment_method_required), offsetof(schematic_component_preview_response_data, has_trial_payment_method_required), offsetof(schematic_component_preview_response_data, trial_payment_method_required_is_null), &apic_type_bool},
    {"upcoming_invoice", 16, 0, offsetof(schematic_component_preview_response_data, upcoming_invoice), -1, -1, &schematic_upcoming_invoice_response_data_Type},
};
const apic_struct_desc schematic_component_preview_response_data_desc = {
    "ComponentPreviewResponseData", sizeof(schematic_component_preview_response_data), schematic_component_preview_response_data_desc_Fields, 28,
    offsetof(schematic_component_preview_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_component_preview_response_data_free(schematic_component_preview_response_data *obj)
{
    apic_struct_free(&schematic_component_preview_response_data_desc, obj);
}

int schematic_component_preview_response_data_from_json(const char *json, size_t len, schematic_component_preview_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_component_preview_response_data_Type, json, len, &value, err);
    *out = (schematic_component_preview_response_data *)value;
    return rc;
}

int schematic_component_preview_response_data_to_json(const schematic_component_preview_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_component_preview_response_data_Type, obj, out, err);
}

/* ComponentSettingsResponseData */
static const apic_field schematic_component_settings_response_data_desc_Fields[] = {
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_component_settings_response_data, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_component_settings_response_data, show_credits), -1, -1, &apic_type_bool},
    {"show_feature_description", 24, APIC_F_REQUIRED, offsetof(schematic_component_settings_response_data, show_feature_description), -1, -1, &apic_type_bool},
    {"show_hard_limit", 15, APIC_F_REQUIRED, offsetof(schematic_component_settings_response_data, show_hard_limit), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_component_settings_response_data, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_component_settings_response_data, show_zero_price_as_free), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_component_settings_response_data_desc = {
    "ComponentSettingsResponseData", sizeof(schematic_component_settings_response_data), schematic_component_settings_response_data_desc_Fields, 6,
    offsetof(schematic_component_settings_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_component_settings_response_data_free(schematic_component_settings_response_data *obj)
{
    apic_struct_free(&schematic_component_settings_response_data_desc, obj);
}

int schematic_component_settings_response_data_from_json(const char *json, size_t len, schematic_component_settings_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_component_settings_response_data_Type, json, len, &value, err);
    *out = (schematic_component_settings_response_data *)value;
    return rc;
}

int schematic_component_settings_response_data_to_json(const schematic_component_settings_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_component_settings_response_data_Type, obj, out, err);
}

/* ConditionGroupResponseData */
static const apic_field schematic_condition_group_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group_response_data, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_condition_group_response_data, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_condition_group_response_data, flag_id), -1, offsetof(schematic_condition_group_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_condition_group_response_data, id), -1, -1, &apic_type_string},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_condition_group_response_data, rule_id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_condition_group_response_data_desc = {
    "ConditionGroupResponseData", sizeof(schematic_condition_group_response_data), schematic_condition_group_response_data_desc_Fields, 7,
    offsetof(schematic_condition_group_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_condition_group_response_data_free(schematic_condition_group_response_data *obj)
{
    apic_struct_free(&schematic_condition_group_response_data_desc, obj);
}

int schematic_condition_group_response_data_from_json(const char *json, size_t len, schematic_condition_group_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_condition_group_response_data_Type, json, len, &value, err);
    *out = (schematic_condition_group_response_data *)value;
    return rc;
}

int schematic_condition_group_response_data_to_json(const schematic_condition_group_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_condition_group_response_data_Type, obj, out, err);
}

/* ConditionGroupView */
static const apic_field schematic_condition_group_view_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group_view, account_id), -1, -1, &apic_type_string},
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group_view, conditions), -1, -1, &schematic_condition_view_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_condition_group_view, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_condition_group_view, flag_id), -1, offsetof(schematic_condition_group_view, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_condition_group_view, id), -1, -1, &apic_type_string},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_condition_group_view, rule_id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_group_view, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_condition_group_view_desc = {
    "ConditionGroupView", sizeof(schematic_condition_group_view), schematic_condition_group_view_desc_Fields, 8,
    offsetof(schematic_condition_group_view, unknown_fields),
    -1,
    NULL
};

void schematic_condition_group_view_free(schematic_condition_group_view *obj)
{
    apic_struct_free(&schematic_condition_group_view_desc, obj);
}

int schematic_condition_group_view_from_json(const char *json, size_t len, schematic_condition_group_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_condition_group_view_Type, json, len, &value, err);
    *out = (schematic_condition_group_view *)value;
    return rc;
}

int schematic_condition_group_view_to_json(const schematic_condition_group_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_condition_group_view_Type, obj, out, err);
}

/* ConditionView */
static const apic_field schematic_condition_view_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_condition_view, account_id), -1, -1, &apic_type_string},
    {"billing_products", 16, APIC_F_REQUIRED, offsetof(schematic_condition_view, billing_products), -1, -1, &schematic_generic_preview_object_array_Type},
    {"companies", 9, APIC_F_REQUIRED, offsetof(schematic_condition_view, companies), -1, -1, &schematic_generic_preview_object_array_Type},
    {"comparison_trait", 16, 0, offsetof(schematic_condition_view, comparison_trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"comparison_trait_id", 19, APIC_F_NULLABLE, offsetof(schematic_condition_view, comparison_trait_id), -1, offsetof(schematic_condition_view, comparison_trait_id_is_null), &apic_type_string},
    {"condition_group_id", 18, APIC_F_NULLABLE, offsetof(schematic_condition_view, condition_group_id), -1, offsetof(schematic_condition_view, condition_group_id_is_null), &apic_type_string},
    {"condition_type", 14, APIC_F_REQUIRED, offsetof(schematic_condition_view, condition_type), -1, -1, &schematic_condition_type_Type},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_condition_view, consumption_rate), offsetof(schematic_condition_view, has_consumption_rate), offsetof(schematic_condition_view, consumption_rate_is_null), &apic_type_double},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_id", 9, APIC_F_NULLABLE, offsetof(schematic_condition_view, credit_id), -1, offsetof(schematic_condition_view, credit_id_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_condition_view, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_condition_view, event_subtype), -1, offsetof(schematic_condition_view, event_subtype_is_null), &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_condition_view, flag_id), -1, offsetof(schematic_condition_view, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_condition_view, id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_condition_view, metric_period), offsetof(schematic_condition_view, has_metric_period), offsetof(schematic_condition_view, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_condition_view, metric_period_month_reset), offsetof(schematic_condition_view, has_metric_period_month_reset), offsetof(schematic_condition_view, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"metric_value", 12, APIC_F_NULLABLE, offsetof(schematic_condition_view, metric_value), offsetof(schematic_condition_view, has_metric_value), offsetof(schematic_condition_view, metric_value_is_null), &apic_type_int64},
    {"operator", 8, APIC_F_REQUIRED, offsetof(schematic_condition_view, operator_), -1, -1, &schematic_comparable_operator_Type},
    {"plan_versions", 13, APIC_F_REQUIRED, offsetof(schematic_condition_view, plan_versions), -1, -1, &schematic_generic_preview_object_array_Type},
    {"plans", 5, APIC_F_REQUIRED, offsetof(schematic_condition_view, plans), -1, -1, &schematic_generic_preview_object_array_Type},
    {"resource_unspecified_ids", 24, APIC_F_REQUIRED, offsetof(schematic_condition_view, resource_unspecified_ids), -1, -1, &schematic_string_array_Type},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_condition_view, rule_id), -1, -1, &apic_type_string},
    {"trait", 5, 0, offsetof(schematic_condition_view, trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"trait_entity_type", 17, APIC_F_NULLABLE, offsetof(schematic_condition_view, trait_entity_type), offsetof(schematic_condition_view, has_trait_entity_type), offsetof(schematic_condition_view, trait_entity_type_is_null), &schematic_entity_type_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_condition_view, trait_id), -1, offsetof(schematic_condition_view, trait_id_is_null), &apic_type_string},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_condition_view, trait_value), -1, -1, &apic_type_string},
    {"trait_value_bool", 16, APIC_F_REQUIRED, offsetof(schematic_condition_view, trait_value_bool), -1, -1, &apic_type_bool},
    {"trait_value_date", 16, APIC_F_NULLABLE, offsetof(schematic_condition_view, trait_value_date), -1, offsetof(schematic_condition_view, trait_value_date_is_null), &schematic_string_date_time_Type},
    {"trait_value_int", 15, APIC_F_REQUIRED, offsetof(schematic_condition_view, trait_value_int), -1, -1, &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_view, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"users", 5, APIC_F_REQUIRED, offsetof(schematic_condition_view, users), -1, -1, &schematic_generic_preview_object_array_Type},
};
const apic_struct_desc schematic_condition_view_desc = {
    "ConditionView", sizeof(schematic_condition_view), schematic_condition_view_desc_Fields, 31,
    offsetof(schematic_condition_view, unknown_fields),
    -1,
    NULL
};

void schematic_condition_view_free(schematic_condition_view *obj)
{
    apic_struct_free(&schematic_condition_view_desc, obj);
}

int schematic_condition_view_from_json(const char *json, size_t len, schematic_condition_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_condition_view_Type, json, len, &value, err);
    *out = (schematic_condition_view *)value;
    return rc;
}

int schematic_condition_view_to_json(const schematic_condition_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_condition_view_Type, obj, out, err);
}

/* ConditionResponseData */
static const apic_field schematic_condition_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, account_id), -1, -1, &apic_type_string},
    {"comparison_trait_id", 19, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, comparison_trait_id), -1, offsetof(schematic_condition_response_data, comparison_trait_id_is_null), &apic_type_string},
    {"condition_group_id", 18, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, condition_group_id), -1, offsetof(schematic_condition_response_data, condition_group_id_is_null), &apic_type_string},
    {"condition_type", 14, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, condition_type), -1, -1, &schematic_condition_type_Type},
    {"consumption_rate", 16, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, consumption_rate), offsetof(schematic_condition_response_data, has_consumption_rate), offsetof(schematic_condition_response_data, consumption_rate_is_null), &apic_type_double},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_id", 9, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, credit_id), -1, offsetof(schematic_condition_response_data, credit_id_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, environment_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, event_subtype), -1, offsetof(schematic_condition_response_data, event_subtype_is_null), &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, flag_id), -1, offsetof(schematic_condition_response_data, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, metric_period), offsetof(schematic_condition_response_data, has_metric_period), offsetof(schematic_condition_response_data, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, metric_period_month_reset), offsetof(schematic_condition_response_data, has_metric_period_month_reset), offsetof(schematic_condition_response_data, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"metric_value", 12, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, metric_value), offsetof(schematic_condition_response_data, has_metric_value), offsetof(schematic_condition_response_data, metric_value_is_null), &apic_type_int64},
    {"operator", 8, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, operator_), -1, -1, &schematic_comparable_operator_Type},
    {"resource_unspecified_ids", 24, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, resource_unspecified_ids), -1, -1, &schematic_string_array_Type},
    {"rule_id", 7, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, rule_id), -1, -1, &apic_type_string},
    {"trait_entity_type", 17, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, trait_entity_type), offsetof(schematic_condition_response_data, has_trait_entity_type), offsetof(schematic_condition_response_data, trait_entity_type_is_null), &schematic_entity_type_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, trait_id), -1, offsetof(schematic_condition_response_data, trait_id_is_null), &apic_type_string},
    {"trait_value", 11, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, trait_value), -1, -1, &apic_type_string},
    {"trait_value_bool", 16, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, trait_value_bool), -1, -1, &apic_type_bool},
    {"trait_value_date", 16, APIC_F_NULLABLE, offsetof(schematic_condition_response_data, trait_value_date), -1, offsetof(schematic_condition_response_data, trait_value_date_is_null), &schematic_string_date_time_Type},
    {"trait_value_int", 15, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, trait_value_int), -1, -1, &apic_type_int64},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_condition_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_condition_response_data_desc = {
    "ConditionResponseData", sizeof(schematic_condition_response_data), schematic_condition_response_data_desc_Fields, 24,
    offsetof(schematic_condition_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_condition_response_data_free(schematic_condition_response_data *obj)
{
    apic_struct_free(&schematic_condition_response_data_desc, obj);
}

int schematic_condition_response_data_from_json(const char *json, size_t len, schematic_condition_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_condition_response_data_Type, json, len, &value, err);
    *out = (schematic_condition_response_data *)value;
    return rc;
}

int schematic_condition_response_data_to_json(const schematic_condition_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_condition_response_data_Type, obj, out, err);
}

/* CountResponse */
static const apic_field schematic_count_response_desc_Fields[] = {
    {"count", 5, 0, offsetof(schematic_count_response, count), offsetof(schematic_count_response, has_count), -1, &apic_type_int64},
};
const apic_struct_desc schematic_count_response_desc = {
    "CountResponse", sizeof(schematic_count_response), schematic_count_response_desc_Fields, 1,
    offsetof(schematic_count_response, unknown_fields),
    -1,
    NULL
};

void schematic_count_response_free(schematic_count_response *obj)
{
    apic_struct_free(&schematic_count_response_desc, obj);
}

int schematic_count_response_from_json(const char *json, size_t len, schematic_count_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_count_response_Type, json, len, &value, err);
    *out = (schematic_count_response *)value;
    return rc;
}

int schematic_count_response_to_json(const schematic_count_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_count_response_Type, obj, out, err);
}

/* CouponRequestBody */
static const apic_field schematic_coupon_request_body_desc_Fields[] = {
    {"amount_off", 10, APIC_F_REQUIRED, offsetof(schematic_coupon_request_body, amount_off), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_coupon_request_body, currency), -1, offsetof(schematic_coupon_request_body, currency_is_null), &apic_type_string},
    {"duration", 8, APIC_F_REQUIRED, offsetof(schematic_coupon_request_body, duration), -1, -1, &apic_type_string},
    {"duration_in_months", 18, APIC_F_REQUIRED, offsetof(schematic_coupon_request_body, duration_in_months), -1, -1, &apic_type_int64},
    {"max_redemptions", 15, APIC_F_REQUIRED, offsetof(schematic_coupon_request_body, max_redemptions), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_coupon_request_body, name), -1, -1, &apic_type_string},
    {"percent_off", 11, APIC_F_REQUIRED, offsetof(schematic_coupon_request_body, percent_off), -1, -1, &apic_type_double},
    {"times_redeemed", 14, APIC_F_REQUIRED, offsetof(schematic_coupon_request_body, times_redeemed), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_coupon_request_body_desc = {
    "CouponRequestBody", sizeof(schematic_coupon_request_body), schematic_coupon_request_body_desc_Fields, 8,
    offsetof(schematic_coupon_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_coupon_request_body_free(schematic_coupon_request_body *obj)
{
    apic_struct_free(&schematic_coupon_request_body_desc, obj);
}

int schematic_coupon_request_body_from_json(const char *json, size_t len, schematic_coupon_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_coupon_request_body_Type, json, len, &value, err);
    *out = (schematic_coupon_request_body *)value;
    return rc;
}

int schematic_coupon_request_body_to_json(const schematic_coupon_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_coupon_request_body_Type, obj, out, err);
}

/* CreateApiKeyRequestBody */
static const apic_field schematic_create_api_key_request_body_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_create_api_key_request_body, description), -1, offsetof(schematic_create_api_key_request_body, description_is_null), &apic_type_string},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_api_key_request_body, environment_id), -1, offsetof(schematic_create_api_key_request_body, environment_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_api_key_request_body, name), -1, -1, &apic_type_string},
    {"rate_limit_percent", 18, APIC_F_NULLABLE, offsetof(schematic_create_api_key_request_body, rate_limit_percent), offsetof(schematic_create_api_key_request_body, has_rate_limit_percent), offsetof(schematic_create_api_key_request_body, rate_limit_percent_is_null), &apic_type_int64},
    {"readonly", 8, APIC_F_NULLABLE, offsetof(schematic_create_api_key_request_body, readonly), offsetof(schematic_create_api_key_request_body, has_readonly), offsetof(schematic_create_api_key_request_body, readonly_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_create_api_key_request_body_desc = {
    "CreateApiKeyRequestBody", sizeof(schematic_create_api_key_request_body), schematic_create_api_key_request_body_desc_Fields, 5,
    offsetof(schematic_create_api_key_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_api_key_request_body_free(schematic_create_api_key_request_body *obj)
{
    apic_struct_free(&schematic_create_api_key_request_body_desc, obj);
}

int schematic_create_api_key_request_body_from_json(const char *json, size_t len, schematic_create_api_key_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_api_key_request_body_Type, json, len, &value, err);
    *out = (schematic_create_api_key_request_body *)value;
    return rc;
}

int schematic_create_api_key_request_body_to_json(const schematic_create_api_key_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_api_key_request_body_Type, obj, out, err);
}

/* CreateBillingCreditRequestBody */
static const apic_field schematic_create_billing_credit_request_body_desc_Fields[] = {
    {"burn_strategy", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, burn_strategy), offsetof(schematic_create_billing_credit_request_body, has_burn_strategy), offsetof(schematic_create_billing_credit_request_body, burn_strategy_is_null), &schematic_billing_credit_burn_strategy_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_create_billing_credit_request_body, currency), -1, -1, &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, currency_prices), offsetof(schematic_create_billing_credit_request_body, has_currency_prices), offsetof(schematic_create_billing_credit_request_body, currency_prices_is_null), &schematic_credit_currency_price_request_body_array_Type},
    {"default_expiry_unit", 19, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, default_expiry_unit), offsetof(schematic_create_billing_credit_request_body, has_default_expiry_unit), offsetof(schematic_create_billing_credit_request_body, default_expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"default_expiry_unit_count", 25, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, default_expiry_unit_count), offsetof(schematic_create_billing_credit_request_body, has_default_expiry_unit_count), offsetof(schematic_create_billing_credit_request_body, default_expiry_unit_count_is_null), &apic_type_int64},
    {"default_rollover_policy", 23, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, default_rollover_policy), offsetof(schematic_create_billing_credit_request_body, has_default_rollover_policy), offsetof(schematic_create_billing_credit_request_body, default_rollover_policy_is_null), &schematic_billing_credit_rollover_policy_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_create_billing_credit_request_body, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, icon), -1, offsetof(schematic_create_billing_credit_request_body, icon_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_billing_credit_request_body, name), -1, -1, &apic_type_string},
    {"per_unit_price", 14, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, per_unit_price), offsetof(schematic_create_billing_credit_request_body, has_per_unit_price), offsetof(schematic_create_billing_credit_request_body, per_unit_price_is_null), &apic_type_int64},
    {"per_unit_price_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, per_unit_price_decimal), -1, offsetof(schematic_create_billing_credit_request_body, per_unit_price_decimal_is_null), &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, plural_name), -1, offsetof(schematic_create_billing_credit_request_body, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_credit_request_body, singular_name), -1, offsetof(schematic_create_billing_credit_request_body, singular_name_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_billing_credit_request_body_desc = {
    "CreateBillingCreditRequestBody", sizeof(schematic_create_billing_credit_request_body), schematic_create_billing_credit_request_body_desc_Fields, 13,
    offsetof(schematic_create_billing_credit_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_credit_request_body_free(schematic_create_billing_credit_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_credit_request_body_desc, obj);
}

int schematic_create_billing_credit_request_body_from_json(const char *json, size_t len, schematic_create_billing_credit_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_credit_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_credit_request_body *)value;
    return rc;
}

int schematic_create_billing_credit_request_body_to_json(const schematic_create_billing_credit_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_credit_request_body_Type, obj, out, err);
}

/* CreditCurrencyPriceRequestBody */
static const apic_field schematic_credit_currency_price_request_body_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_credit_currency_price_request_body, currency), -1, -1, &apic_type_string},
    {"price_per_unit", 14, APIC_F_NULLABLE, offsetof(schematic_credit_currency_price_request_body, price_per_unit), offsetof(schematic_credit_currency_price_request_body, has_price_per_unit), offsetof(schematic_credit_currency_price_request_body, price_per_unit_is_null), &apic_type_int64},
    {"price_per_unit_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_credit_currency_price_request_body, price_per_unit_decimal), -1, offsetof(schematic_credit_currency_price_request_body, price_per_unit_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_credit_currency_price_request_body_desc = {
    "CreditCurrencyPriceRequestBody", sizeof(schematic_credit_currency_price_request_body), schematic_credit_currency_price_request_body_desc_Fields, 3,
    offsetof(schematic_credit_currency_price_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_credit_currency_price_request_body_free(schematic_credit_currency_price_request_body *obj)
{
    apic_struct_free(&schematic_credit_currency_price_request_body_desc, obj);
}

int schematic_credit_currency_price_request_body_from_json(const char *json, size_t len, schematic_credit_currency_price_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_currency_price_request_body_Type, json, len, &value, err);
    *out = (schematic_credit_currency_price_request_body *)value;
    return rc;
}

int schematic_credit_currency_price_request_body_to_json(const schematic_credit_currency_price_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_currency_price_request_body_Type, obj, out, err);
}

/* CreateBillingCustomerRequestBody */
static const apic_field schematic_create_billing_customer_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_customer_request_body, company_id), -1, offsetof(schematic_create_billing_customer_request_body, company_id_is_null), &apic_type_string},
    {"default_payment_method_id", 25, APIC_F_NULLABLE, offsetof(schematic_create_billing_customer_request_body, default_payment_method_id), -1, offsetof(schematic_create_billing_customer_request_body, default_payment_method_id_is_null), &apic_type_string},
    {"email", 5, APIC_F_REQUIRED, offsetof(schematic_create_billing_customer_request_body, email), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_create_billing_customer_request_body, external_id), -1, -1, &apic_type_string},
    {"meta", 4, APIC_F_REQUIRED, offsetof(schematic_create_billing_customer_request_body, meta), -1, -1, &schematic_string_map_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_billing_customer_request_body, name), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_customer_request_body, provider_type), offsetof(schematic_create_billing_customer_request_body, has_provider_type), offsetof(schematic_create_billing_customer_request_body, provider_type_is_null), &schematic_billing_provider_type_Type},
};
const apic_struct_desc schematic_create_billing_customer_request_body_desc = {
    "CreateBillingCustomerRequestBody", sizeof(schematic_create_billing_customer_request_body), schematic_create_billing_customer_request_body_desc_Fields, 7,
    offsetof(schematic_create_billing_customer_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_customer_request_body_free(schematic_create_billing_customer_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_customer_request_body_desc, obj);
}

int schematic_create_billing_customer_request_body_from_json(const char *json, size_t len, schematic_create_billing_customer_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_customer_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_customer_request_body *)value;
    return rc;
}

int schematic_create_billing_customer_request_body_to_json(const schematic_create_billing_customer_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_customer_request_body_Type, obj, out, err);
}

/* CreateBillingLinkedFeatureRequestBody */
static const apic_field schematic_create_billing_linked_feature_request_body_desc_Fields[] = {
    {"billing_provider", 16, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_feature_request_body, billing_provider), -1, -1, &schematic_billing_provider_type_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_feature_request_body, description), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_feature_request_body, event_subtype), -1, offsetof(schematic_create_billing_linked_feature_request_body, event_subtype_is_null), &apic_type_string},
    {"external_resource_id", 20, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_feature_request_body, external_resource_id), -1, -1, &apic_type_string},
    {"feature_type", 12, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_feature_request_body, feature_type), -1, -1, &schematic_feature_type_Type},
    {"flag", 4, 0, offsetof(schematic_create_billing_linked_feature_request_body, flag), -1, -1, &schematic_create_or_update_flag_request_body_Type},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_feature_request_body, icon), -1, offsetof(schematic_create_billing_linked_feature_request_body, icon_is_null), &apic_type_string},
    {"lifecycle_phase", 15, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_feature_request_body, lifecycle_phase), offsetof(schematic_create_billing_linked_feature_request_body, has_lifecycle_phase), offsetof(schematic_create_billing_linked_feature_request_body, lifecycle_phase_is_null), &schematic_feature_lifecycle_phase_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_feature_request_body, maintainer_account_member_id), -1, offsetof(schematic_create_billing_linked_feature_request_body, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_feature_request_body, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_feature_request_body, plural_name), -1, offsetof(schematic_create_billing_linked_feature_request_body, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_feature_request_body, singular_name), -1, offsetof(schematic_create_billing_linked_feature_request_body, singular_name_is_null), &apic_type_string},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_feature_request_body, trait_id), -1, offsetof(schematic_create_billing_linked_feature_request_body, trait_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_billing_linked_feature_request_body_desc = {
    "CreateBillingLinkedFeatureRequestBody", sizeof(schematic_create_billing_linked_feature_request_body), schematic_create_billing_linked_feature_request_body_desc_Fields, 13,
    offsetof(schematic_create_billing_linked_feature_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_linked_feature_request_body_free(schematic_create_billing_linked_feature_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_linked_feature_request_body_desc, obj);
}

int schematic_create_billing_linked_feature_request_body_from_json(const char *json, size_t len, schematic_create_billing_linked_feature_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_linked_feature_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_linked_feature_request_body *)value;
    return rc;
}

int schematic_create_billing_linked_feature_request_body_to_json(const schematic_create_billing_linked_feature_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_linked_feature_request_body_Type, obj, out, err);
}

/* CreateOrUpdateFlagRequestBody */
static const apic_field schematic_create_or_update_flag_request_body_desc_Fields[] = {
    {"default_value", 13, APIC_F_REQUIRED, offsetof(schematic_create_or_update_flag_request_body, default_value), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_create_or_update_flag_request_body, description), -1, -1, &apic_type_string},
    {"feature_id", 10, APIC_F_NULLABLE, offsetof(schematic_create_or_update_flag_request_body, feature_id), -1, offsetof(schematic_create_or_update_flag_request_body, feature_id_is_null), &apic_type_string},
    {"flag_type", 9, APIC_F_REQUIRED, offsetof(schematic_create_or_update_flag_request_body, flag_type), -1, -1, &schematic_flag_type_Type},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_create_or_update_flag_request_body, id), -1, offsetof(schematic_create_or_update_flag_request_body, id_is_null), &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_create_or_update_flag_request_body, key), -1, -1, &apic_type_string},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_create_or_update_flag_request_body, maintainer_account_member_id), -1, offsetof(schematic_create_or_update_flag_request_body, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_or_update_flag_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_or_update_flag_request_body_desc = {
    "CreateOrUpdateFlagRequestBody", sizeof(schematic_create_or_update_flag_request_body), schematic_create_or_update_flag_request_body_desc_Fields, 8,
    offsetof(schematic_create_or_update_flag_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_or_update_flag_request_body_free(schematic_create_or_update_flag_request_body *obj)
{
    apic_struct_free(&schematic_create_or_update_flag_request_body_desc, obj);
}

int schematic_create_or_update_flag_request_body_from_json(const char *json, size_t len, schematic_create_or_update_flag_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_or_update_flag_request_body_Type, json, len, &value, err);
    *out = (schematic_create_or_update_flag_request_body *)value;
    return rc;
}

int schematic_create_or_update_flag_request_body_to_json(const schematic_create_or_update_flag_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_or_update_flag_request_body_Type, obj, out, err);
}

/* CreateBillingLinkedPlanEntitlementRequestBody */
static const apic_field schematic_create_billing_linked_plan_entitlement_request_body_desc_Fields[] = {
    {"billing_product_id", 18, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, billing_product_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, billing_product_id_is_null), &apic_type_string},
    {"billing_provider", 16, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, billing_provider), -1, -1, &schematic_billing_provider_type_Type},
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, billing_threshold), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_billing_threshold), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, billing_threshold_is_null), &apic_type_int64},
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, credit_consumption_rate), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_credit_consumption_rate), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, credit_consumption_rate_is_null), &apic_type_double},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, currency), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, currency_is_null), &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, currency_prices), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_currency_prices), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, currency_prices_is_null), &schematic_currency_price_request_body_array_Type},
    {"external_resource_id", 20, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, external_resource_id), -1, -1, &apic_type_string},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, feature_id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, metric_period), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_metric_period), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, metric_period_month_reset), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_metric_period_month_reset), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"monthly_metered_price_id", 24, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_metered_price_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_metered_price_id_is_null), &apic_type_string},
    {"monthly_price_tiers", 19, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_monthly_price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"monthly_unit_price", 18, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_unit_price), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_monthly_unit_price), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_unit_price_is_null), &apic_type_int64},
    {"monthly_unit_price_decimal", 26, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_unit_price_decimal), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, monthly_unit_price_decimal_is_null), &apic_type_string},
    {"overage_billing_product_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, overage_billing_product_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, overage_billing_product_id_is_null), &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, plan_version_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, plan_version_id_is_null), &apic_type_string},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, price_behavior), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_price_behavior), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"price_tiers", 11, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_metered_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_metered_price_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_metered_price_id_is_null), &apic_type_string},
    {"quarterly_price_tiers", 21, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_quarterly_price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_unit_price", 20, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_unit_price), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_quarterly_unit_price), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_unit_price_is_null), &apic_type_int64},
    {"quarterly_unit_price_decimal", 28, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_unit_price_decimal), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, quarterly_unit_price_decimal_is_null), &apic_type_string},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, soft_limit), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_soft_limit), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, soft_limit_is_null), &apic_type_int64},
    {"tier_mode", 9, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, tier_mode), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_tier_mode), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, tier_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"usage_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, usage_quantity), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_usage_quantity), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, usage_quantity_is_null), &apic_type_int64},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_bool), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_value_bool), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_credit_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_numeric), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_value_numeric), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_trait_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, value_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"warning_tiers", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, warning_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_warning_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, warning_tiers_is_null), &schematic_warning_tier_request_body_array_Type},
    {"yearly_metered_price_id", 23, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_metered_price_id), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_metered_price_id_is_null), &apic_type_string},
    {"yearly_price_tiers", 18, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_yearly_price_tiers), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"yearly_unit_price", 17, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_unit_price), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, has_yearly_unit_price), offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_unit_price_is_null), &apic_type_int64},
    {"yearly_unit_price_decimal", 25, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_unit_price_decimal), -1, offsetof(schematic_create_billing_linked_plan_entitlement_request_body, yearly_unit_price_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_billing_linked_plan_entitlement_request_body_desc = {
    "CreateBillingLinkedPlanEntitlementRequestBody", sizeof(schematic_create_billing_linked_plan_entitlement_request_body), schematic_create_billing_linked_plan_entitlement_request_body_desc_Fields, 36,
    offsetof(schematic_create_billing_linked_plan_entitlement_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_linked_plan_entitlement_request_body_free(schematic_create_billing_linked_plan_entitlement_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_linked_plan_entitlement_request_body_desc, obj);
}

int schematic_create_billing_linked_plan_entitlement_request_body_from_json(const char *json, size_t len, schematic_create_billing_linked_plan_entitlement_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_linked_plan_entitlement_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_linked_plan_entitlement_request_body *)value;
    return rc;
}

int schematic_create_billing_linked_plan_entitlement_request_body_to_json(const schematic_create_billing_linked_plan_entitlement_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_linked_plan_entitlement_request_body_Type, obj, out, err);
}

/* CurrencyPriceRequestBody */
static const apic_field schematic_currency_price_request_body_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_currency_price_request_body, currency), -1, -1, &apic_type_string},
    {"monthly_price_tiers", 19, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, monthly_price_tiers), offsetof(schematic_currency_price_request_body, has_monthly_price_tiers), offsetof(schematic_currency_price_request_body, monthly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"monthly_unit_price", 18, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, monthly_unit_price), offsetof(schematic_currency_price_request_body, has_monthly_unit_price), offsetof(schematic_currency_price_request_body, monthly_unit_price_is_null), &apic_type_int64},
    {"monthly_unit_price_decimal", 26, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, monthly_unit_price_decimal), -1, offsetof(schematic_currency_price_request_body, monthly_unit_price_decimal_is_null), &apic_type_string},
    {"quarterly_price_tiers", 21, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, quarterly_price_tiers), offsetof(schematic_currency_price_request_body, has_quarterly_price_tiers), offsetof(schematic_currency_price_request_body, quarterly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_unit_price", 20, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, quarterly_unit_price), offsetof(schematic_currency_price_request_body, has_quarterly_unit_price), offsetof(schematic_currency_price_request_body, quarterly_unit_price_is_null), &apic_type_int64},
    {"quarterly_unit_price_decimal", 28, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, quarterly_unit_price_decimal), -1, offsetof(schematic_currency_price_request_body, quarterly_unit_price_decimal_is_null), &apic_type_string},
    {"yearly_price_tiers", 18, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, yearly_price_tiers), offsetof(schematic_currency_price_request_body, has_yearly_price_tiers), offsetof(schematic_currency_price_request_body, yearly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"yearly_unit_price", 17, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, yearly_unit_price), offsetof(schematic_currency_price_request_body, has_yearly_unit_price), offsetof(schematic_currency_price_request_body, yearly_unit_price_is_null), &apic_type_int64},
    {"yearly_unit_price_decimal", 25, APIC_F_NULLABLE, offsetof(schematic_currency_price_request_body, yearly_unit_price_decimal), -1, offsetof(schematic_currency_price_request_body, yearly_unit_price_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_currency_price_request_body_desc = {
    "CurrencyPriceRequestBody", sizeof(schematic_currency_price_request_body), schematic_currency_price_request_body_desc_Fields, 10,
    offsetof(schematic_currency_price_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_currency_price_request_body_free(schematic_currency_price_request_body *obj)
{
    apic_struct_free(&schematic_currency_price_request_body_desc, obj);
}

int schematic_currency_price_request_body_from_json(const char *json, size_t len, schematic_currency_price_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_currency_price_request_body_Type, json, len, &value, err);
    *out = (schematic_currency_price_request_body *)value;
    return rc;
}

int schematic_currency_price_request_body_to_json(const schematic_currency_price_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_currency_price_request_body_Type, obj, out, err);
}

/* CreatePriceTierRequestBody */
static const apic_field schematic_create_price_tier_request_body_desc_Fields[] = {
    {"flat_amount", 11, APIC_F_NULLABLE, offsetof(schematic_create_price_tier_request_body, flat_amount), offsetof(schematic_create_price_tier_request_body, has_flat_amount), offsetof(schematic_create_price_tier_request_body, flat_amount_is_null), &apic_type_int64},
    {"per_unit_price", 14, APIC_F_NULLABLE, offsetof(schematic_create_price_tier_request_body, per_unit_price), offsetof(schematic_create_price_tier_request_body, has_per_unit_price), offsetof(schematic_create_price_tier_request_body, per_unit_price_is_null), &apic_type_int64},
    {"per_unit_price_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_create_price_tier_request_body, per_unit_price_decimal), -1, offsetof(schematic_create_price_tier_request_body, per_unit_price_decimal_is_null), &apic_type_string},
    {"up_to", 5, APIC_F_NULLABLE, offsetof(schematic_create_price_tier_request_body, up_to), offsetof(schematic_create_price_tier_request_body, has_up_to), offsetof(schematic_create_price_tier_request_body, up_to_is_null), &apic_type_int64},
};
const apic_struct_desc schematic_create_price_tier_request_body_desc = {
    "CreatePriceTierRequestBody", sizeof(schematic_create_price_tier_request_body), schematic_create_price_tier_request_body_desc_Fields, 4,
    offsetof(schematic_create_price_tier_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_price_tier_request_body_free(schematic_create_price_tier_request_body *obj)
{
    apic_struct_free(&schematic_create_price_tier_request_body_desc, obj);
}

int schematic_create_price_tier_request_body_from_json(const char *json, size_t len, schematic_create_price_tier_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_price_tier_request_body_Type, json, len, &value, err);
    *out = (schematic_create_price_tier_request_body *)value;
    return rc;
}

int schematic_create_price_tier_request_body_to_json(const schematic_create_price_tier_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_price_tier_request_body_Type, obj, out, err);
}

/* WarningTierRequestBody */
static const apic_field schematic_warning_tier_request_body_desc_Fields[] = {
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_warning_tier_request_body, key), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_warning_tier_request_body, value), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_warning_tier_request_body_desc = {
    "WarningTierRequestBody", sizeof(schematic_warning_tier_request_body), schematic_warning_tier_request_body_desc_Fields, 2,
    offsetof(schematic_warning_tier_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_warning_tier_request_body_free(schematic_warning_tier_request_body *obj)
{
    apic_struct_free(&schematic_warning_tier_request_body_desc, obj);
}

int schematic_warning_tier_request_body_from_json(const char *json, size_t len, schematic_warning_tier_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_warning_tier_request_body_Type, json, len, &value, err);
    *out = (schematic_warning_tier_request_body *)value;
    return rc;
}

int schematic_warning_tier_request_body_to_json(const schematic_warning_tier_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_warning_tier_request_body_Type, obj, out, err);
}

/* CreateBillingLinkedPlanRequestBody */
static const apic_field schematic_create_billing_linked_plan_request_body_desc_Fields[] = {
    {"billing_provider", 16, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_request_body, billing_provider), -1, -1, &schematic_billing_provider_type_Type},
    {"description", 11, 0, offsetof(schematic_create_billing_linked_plan_request_body, description), -1, -1, &apic_type_string},
    {"external_resource_id", 20, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_request_body, external_resource_id), -1, -1, &apic_type_string},
    {"external_resource_version", 25, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_request_body, external_resource_version), -1, offsetof(schematic_create_billing_linked_plan_request_body, external_resource_version_is_null), &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_create_billing_linked_plan_request_body, icon), offsetof(schematic_create_billing_linked_plan_request_body, has_icon), offsetof(schematic_create_billing_linked_plan_request_body, icon_is_null), &schematic_plan_icon_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_request_body, name), -1, -1, &apic_type_string},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_create_billing_linked_plan_request_body, plan_type), -1, -1, &schematic_plan_type_Type},
};
const apic_struct_desc schematic_create_billing_linked_plan_request_body_desc = {
    "CreateBillingLinkedPlanRequestBody", sizeof(schematic_create_billing_linked_plan_request_body), schematic_create_billing_linked_plan_request_body_desc_Fields, 7,
    offsetof(schematic_create_billing_linked_plan_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_linked_plan_request_body_free(schematic_create_billing_linked_plan_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_linked_plan_request_body_desc, obj);
}

int schematic_create_billing_linked_plan_request_body_from_json(const char *json, size_t len, schematic_create_billing_linked_plan_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_linked_plan_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_linked_plan_request_body *)value;
    return rc;
}

int schematic_create_billing_linked_plan_request_body_to_json(const schematic_create_billing_linked_plan_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_linked_plan_request_body_Type, obj, out, err);
}

/* CreateBillingPlanCreditGrantRequestBody */
static const apic_field schematic_create_billing_plan_credit_grant_request_body_desc_Fields[] = {
    {"apply_to_existing", 17, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, apply_to_existing), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_apply_to_existing), offsetof(schematic_create_billing_plan_credit_grant_request_body, apply_to_existing_is_null), &apic_type_bool},
    {"auto_topup_amount", 17, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_amount), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_amount), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_amount_is_null), &apic_type_int64},
    {"auto_topup_amount_type", 22, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_amount_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_amount_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_amount_type_is_null), &schematic_credit_auto_topup_amount_type_Type},
    {"auto_topup_availability", 23, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_availability), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_availability), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_availability_is_null), &schematic_billing_credit_auto_topup_availability_Type},
    {"auto_topup_enabled", 18, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_enabled), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_enabled), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_enabled_is_null), &apic_type_bool},
    {"auto_topup_expiry_type", 22, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_expiry_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_expiry_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"auto_topup_expiry_unit", 22, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_expiry_unit), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_expiry_unit), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"auto_topup_expiry_unit_count", 28, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_expiry_unit_count), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_expiry_unit_count), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_expiry_unit_count_is_null), &apic_type_int64},
    {"auto_topup_self_service", 23, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_self_service), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_self_service), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_self_service_is_null), &apic_type_bool},
    {"auto_topup_threshold_credits", 28, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_threshold_credits), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_threshold_credits), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_threshold_credits_is_null), &apic_type_int64},
    {"auto_topup_threshold_percent", 28, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_threshold_percent), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_auto_topup_threshold_percent), offsetof(schematic_create_billing_plan_credit_grant_request_body, auto_topup_threshold_percent_is_null), &apic_type_int64},
    {"can_buy_bundles", 15, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, can_buy_bundles), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_can_buy_bundles), offsetof(schematic_create_billing_plan_credit_grant_request_body, can_buy_bundles_is_null), &apic_type_bool},
    {"company_credit_amount", 21, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, company_credit_amount), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_company_credit_amount), offsetof(schematic_create_billing_plan_credit_grant_request_body, company_credit_amount_is_null), &apic_type_int64},
    {"credit_amount", 13, APIC_F_REQUIRED, offsetof(schematic_create_billing_plan_credit_grant_request_body, credit_amount), -1, -1, &apic_type_int64},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_create_billing_plan_credit_grant_request_body, credit_id), -1, -1, &apic_type_string},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, expiry_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_expiry_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, expiry_unit), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_expiry_unit), offsetof(schematic_create_billing_plan_credit_grant_request_body, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, expiry_unit_count), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_expiry_unit_count), offsetof(schematic_create_billing_plan_credit_grant_request_body, expiry_unit_count_is_null), &apic_type_int64},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, license_id), -1, offsetof(schematic_create_billing_plan_credit_grant_request_body, license_id_is_null), &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_create_billing_plan_credit_grant_request_body, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, plan_version_id), -1, offsetof(schematic_create_billing_plan_credit_grant_request_body, plan_version_id_is_null), &apic_type_string},
    {"reset_cadence", 13, APIC_F_REQUIRED, offsetof(schematic_create_billing_plan_credit_grant_request_body, reset_cadence), -1, -1, &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reset_start", 11, APIC_F_REQUIRED, offsetof(schematic_create_billing_plan_credit_grant_request_body, reset_start), -1, -1, &schematic_billing_plan_credit_grant_reset_start_Type},
    {"reset_type", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, reset_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_reset_type), offsetof(schematic_create_billing_plan_credit_grant_request_body, reset_type_is_null), &schematic_billing_plan_credit_grant_reset_type_Type},
    {"rollover_percentage", 19, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, rollover_percentage), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_rollover_percentage), offsetof(schematic_create_billing_plan_credit_grant_request_body, rollover_percentage_is_null), &apic_type_int64},
    {"scaling", 7, APIC_F_NULLABLE, offsetof(schematic_create_billing_plan_credit_grant_request_body, scaling), offsetof(schematic_create_billing_plan_credit_grant_request_body, has_scaling), offsetof(schematic_create_billing_plan_credit_grant_request_body, scaling_is_null), &schematic_plan_credit_grant_scaling_Type},
};
const apic_struct_desc schematic_create_billing_plan_credit_grant_request_body_desc = {
    "CreateBillingPlanCreditGrantRequestBody", sizeof(schematic_create_billing_plan_credit_grant_request_body), schematic_create_billing_plan_credit_grant_request_body_desc_Fields, 26,
    offsetof(schematic_create_billing_plan_credit_grant_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_plan_credit_grant_request_body_free(schematic_create_billing_plan_credit_grant_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_plan_credit_grant_request_body_desc, obj);
}

int schematic_create_billing_plan_credit_grant_request_body_from_json(const char *json, size_t len, schematic_create_billing_plan_credit_grant_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_plan_credit_grant_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_plan_credit_grant_request_body *)value;
    return rc;
}

int schematic_create_billing_plan_credit_grant_request_body_to_json(const schematic_create_billing_plan_credit_grant_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_plan_credit_grant_request_body_Type, obj, out, err);
}

/* CreateBillingPriceRequestBody */
static const apic_field schematic_create_billing_price_request_body_desc_Fields[] = {
    {"billing_scheme", 14, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, billing_scheme), -1, -1, &schematic_billing_price_scheme_Type},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, currency), -1, -1, &apic_type_string},
    {"external_account_id", 19, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, external_account_id), -1, -1, &apic_type_string},
    {"interval", 8, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, interval), -1, -1, &apic_type_string},
    {"interval_count", 14, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_request_body, interval_count), offsetof(schematic_create_billing_price_request_body, has_interval_count), offsetof(schematic_create_billing_price_request_body, interval_count_is_null), &apic_type_int64},
    {"is_active", 9, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, is_active), -1, -1, &apic_type_bool},
    {"meter_id", 8, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_request_body, meter_id), -1, offsetof(schematic_create_billing_price_request_body, meter_id_is_null), &apic_type_string},
    {"nickname", 8, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_request_body, nickname), -1, offsetof(schematic_create_billing_price_request_body, nickname_is_null), &apic_type_string},
    {"package_size", 12, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_request_body, package_size), offsetof(schematic_create_billing_price_request_body, has_package_size), offsetof(schematic_create_billing_price_request_body, package_size_is_null), &apic_type_int64},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, price), -1, -1, &apic_type_int64},
    {"price_decimal", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_request_body, price_decimal), -1, offsetof(schematic_create_billing_price_request_body, price_decimal_is_null), &apic_type_string},
    {"price_external_id", 17, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, price_external_id), -1, -1, &apic_type_string},
    {"price_tiers", 11, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, price_tiers), -1, -1, &schematic_create_billing_price_tier_request_body_array_Type},
    {"product_external_id", 19, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, product_external_id), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_request_body, provider_type), offsetof(schematic_create_billing_price_request_body, has_provider_type), offsetof(schematic_create_billing_price_request_body, provider_type_is_null), &schematic_billing_provider_type_Type},
    {"tiers_mode", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_request_body, tiers_mode), offsetof(schematic_create_billing_price_request_body, has_tiers_mode), offsetof(schematic_create_billing_price_request_body, tiers_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"usage_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_request_body, usage_type), -1, -1, &schematic_billing_price_usage_type_Type},
};
const apic_struct_desc schematic_create_billing_price_request_body_desc = {
    "CreateBillingPriceRequestBody", sizeof(schematic_create_billing_price_request_body), schematic_create_billing_price_request_body_desc_Fields, 17,
    offsetof(schematic_create_billing_price_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_price_request_body_free(schematic_create_billing_price_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_price_request_body_desc, obj);
}

int schematic_create_billing_price_request_body_from_json(const char *json, size_t len, schematic_create_billing_price_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_price_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_price_request_body *)value;
    return rc;
}

int schematic_create_billing_price_request_body_to_json(const schematic_create_billing_price_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_price_request_body_Type, obj, out, err);
}

/* CreateBillingPriceTierRequestBody */
static const apic_field schematic_create_billing_price_tier_request_body_desc_Fields[] = {
    {"flat_amount", 11, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_tier_request_body, flat_amount), offsetof(schematic_create_billing_price_tier_request_body, has_flat_amount), offsetof(schematic_create_billing_price_tier_request_body, flat_amount_is_null), &apic_type_int64},
    {"per_unit_decimal", 16, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_tier_request_body, per_unit_decimal), -1, offsetof(schematic_create_billing_price_tier_request_body, per_unit_decimal_is_null), &apic_type_string},
    {"per_unit_price", 14, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_tier_request_body, per_unit_price), offsetof(schematic_create_billing_price_tier_request_body, has_per_unit_price), offsetof(schematic_create_billing_price_tier_request_body, per_unit_price_is_null), &apic_type_int64},
    {"price_external_id", 17, APIC_F_REQUIRED, offsetof(schematic_create_billing_price_tier_request_body, price_external_id), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_tier_request_body, provider_type), offsetof(schematic_create_billing_price_tier_request_body, has_provider_type), offsetof(schematic_create_billing_price_tier_request_body, provider_type_is_null), &schematic_billing_provider_type_Type},
    {"up_to", 5, APIC_F_NULLABLE, offsetof(schematic_create_billing_price_tier_request_body, up_to), offsetof(schematic_create_billing_price_tier_request_body, has_up_to), offsetof(schematic_create_billing_price_tier_request_body, up_to_is_null), &apic_type_int64},
};
const apic_struct_desc schematic_create_billing_price_tier_request_body_desc = {
    "CreateBillingPriceTierRequestBody", sizeof(schematic_create_billing_price_tier_request_body), schematic_create_billing_price_tier_request_body_desc_Fields, 6,
    offsetof(schematic_create_billing_price_tier_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_price_tier_request_body_free(schematic_create_billing_price_tier_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_price_tier_request_body_desc, obj);
}

int schematic_create_billing_price_tier_request_body_from_json(const char *json, size_t len, schematic_create_billing_price_tier_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_price_tier_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_price_tier_request_body *)value;
    return rc;
}

int schematic_create_billing_price_tier_request_body_to_json(const schematic_create_billing_price_tier_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_price_tier_request_body_Type, obj, out, err);
}

/* CreateBillingProductRequestBody */
static const apic_field schematic_create_billing_product_request_body_desc_Fields[] = {
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_create_billing_product_request_body, external_id), -1, -1, &apic_type_string},
    {"is_active", 9, APIC_F_NULLABLE, offsetof(schematic_create_billing_product_request_body, is_active), offsetof(schematic_create_billing_product_request_body, has_is_active), offsetof(schematic_create_billing_product_request_body, is_active_is_null), &apic_type_bool},
    {"name", 4, APIC_F_NULLABLE, offsetof(schematic_create_billing_product_request_body, name), -1, offsetof(schematic_create_billing_product_request_body, name_is_null), &apic_type_string},
    {"price", 5, APIC_F_REQUIRED, offsetof(schematic_create_billing_product_request_body, price), -1, -1, &apic_type_double},
    {"provider_type", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_product_request_body, provider_type), offsetof(schematic_create_billing_product_request_body, has_provider_type), offsetof(schematic_create_billing_product_request_body, provider_type_is_null), &schematic_billing_provider_type_Type},
};
const apic_struct_desc schematic_create_billing_product_request_body_desc = {
    "CreateBillingProductRequestBody", sizeof(schematic_create_billing_product_request_body), schematic_create_billing_product_request_body_desc_Fields, 5,
    offsetof(schematic_create_billing_product_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_product_request_body_free(schematic_create_billing_product_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_product_request_body_desc, obj);
}

int schematic_create_billing_product_request_body_from_json(const char *json, size_t len, schematic_create_billing_product_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_product_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_product_request_body *)value;
    return rc;
}

int schematic_create_billing_product_request_body_to_json(const schematic_create_billing_product_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_product_request_body_Type, obj, out, err);
}

/* CreateBillingSubscriptionRequestBody */
static const apic_field schematic_create_billing_subscription_request_body_desc_Fields[] = {
    {"application_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, application_id), -1, offsetof(schematic_create_billing_subscription_request_body, application_id_is_null), &apic_type_string},
    {"cancel_at", 9, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, cancel_at), offsetof(schematic_create_billing_subscription_request_body, has_cancel_at), offsetof(schematic_create_billing_subscription_request_body, cancel_at_is_null), &apic_type_int64},
    {"cancel_at_period_end", 20, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, cancel_at_period_end), -1, -1, &apic_type_bool},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, company_id), -1, offsetof(schematic_create_billing_subscription_request_body, company_id_is_null), &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, customer_external_id), -1, -1, &apic_type_string},
    {"default_payment_method_external_id", 34, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, default_payment_method_external_id), -1, offsetof(schematic_create_billing_subscription_request_body, default_payment_method_external_id_is_null), &apic_type_string},
    {"default_payment_method_id", 25, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, default_payment_method_id), -1, offsetof(schematic_create_billing_subscription_request_body, default_payment_method_id_is_null), &apic_type_string},
    {"discounts", 9, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, discounts), -1, -1, &schematic_billing_subscription_discount_array_Type},
    {"expired_at", 10, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, expired_at), -1, -1, &schematic_string_date_time_Type},
    {"interval", 8, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, interval), -1, offsetof(schematic_create_billing_subscription_request_body, interval_is_null), &apic_type_string},
    {"metadata", 8, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, metadata), offsetof(schematic_create_billing_subscription_request_body, has_metadata), offsetof(schematic_create_billing_subscription_request_body, metadata_is_null), &apic_type_json_map},
    {"period_end", 10, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, period_end), offsetof(schematic_create_billing_subscription_request_body, has_period_end), offsetof(schematic_create_billing_subscription_request_body, period_end_is_null), &apic_type_int64},
    {"period_start", 12, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, period_start), offsetof(schematic_create_billing_subscription_request_body, has_period_start), offsetof(schematic_create_billing_subscription_request_body, period_start_is_null), &apic_type_int64},
    {"product_external_ids", 20, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, product_external_ids), -1, -1, &schematic_billing_product_pricing_array_Type},
    {"provider_type", 13, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, provider_type), offsetof(schematic_create_billing_subscription_request_body, has_provider_type), offsetof(schematic_create_billing_subscription_request_body, provider_type_is_null), &schematic_billing_provider_type_Type},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, status), -1, offsetof(schematic_create_billing_subscription_request_body, status_is_null), &apic_type_string},
    {"subscription_external_id", 24, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, subscription_external_id), -1, -1, &apic_type_string},
    {"total_price", 11, APIC_F_REQUIRED, offsetof(schematic_create_billing_subscription_request_body, total_price), -1, -1, &apic_type_int64},
    {"trial_end", 9, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, trial_end), offsetof(schematic_create_billing_subscription_request_body, has_trial_end), offsetof(schematic_create_billing_subscription_request_body, trial_end_is_null), &apic_type_int64},
    {"trial_end_setting", 17, APIC_F_NULLABLE, offsetof(schematic_create_billing_subscription_request_body, trial_end_setting), offsetof(schematic_create_billing_subscription_request_body, has_trial_end_setting), offsetof(schematic_create_billing_subscription_request_body, trial_end_setting_is_null), &schematic_billing_subscription_trial_end_setting_Type},
};
const apic_struct_desc schematic_create_billing_subscription_request_body_desc = {
    "CreateBillingSubscriptionRequestBody", sizeof(schematic_create_billing_subscription_request_body), schematic_create_billing_subscription_request_body_desc_Fields, 21,
    offsetof(schematic_create_billing_subscription_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_billing_subscription_request_body_free(schematic_create_billing_subscription_request_body *obj)
{
    apic_struct_free(&schematic_create_billing_subscription_request_body_desc, obj);
}

int schematic_create_billing_subscription_request_body_from_json(const char *json, size_t len, schematic_create_billing_subscription_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_billing_subscription_request_body_Type, json, len, &value, err);
    *out = (schematic_create_billing_subscription_request_body *)value;
    return rc;
}

int schematic_create_billing_subscription_request_body_to_json(const schematic_create_billing_subscription_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_billing_subscription_request_body_Type, obj, out, err);
}

/* CreateCatalogRequestBody */
static const apic_field schematic_create_catalog_request_body_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_create_catalog_request_body, description), -1, offsetof(schematic_create_catalog_request_body, description_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_catalog_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_catalog_request_body_desc = {
    "CreateCatalogRequestBody", sizeof(schematic_create_catalog_request_body), schematic_create_catalog_request_body_desc_Fields, 2,
    offsetof(schematic_create_catalog_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_catalog_request_body_free(schematic_create_catalog_request_body *obj)
{
    apic_struct_free(&schematic_create_catalog_request_body_desc, obj);
}

int schematic_create_catalog_request_body_from_json(const char *json, size_t len, schematic_create_catalog_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_catalog_request_body_Type, json, len, &value, err);
    *out = (schematic_create_catalog_request_body *)value;
    return rc;
}

int schematic_create_catalog_request_body_to_json(const schematic_create_catalog_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_catalog_request_body_Type, obj, out, err);
}

/* CreateCompanyCreditGrant */
static const apic_field schematic_create_company_credit_grant_desc_Fields[] = {
    {"billing_periods_count", 21, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, billing_periods_count), offsetof(schematic_create_company_credit_grant, has_billing_periods_count), offsetof(schematic_create_company_credit_grant, billing_periods_count_is_null), &apic_type_int64},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_company_credit_grant, company_id), -1, -1, &apic_type_string},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_create_company_credit_grant, credit_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, currency), -1, offsetof(schematic_create_company_credit_grant, currency_is_null), &apic_type_string},
    {"expires_at", 10, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, expires_at), -1, offsetof(schematic_create_company_credit_grant, expires_at_is_null), &schematic_string_date_time_Type},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, expiry_type), offsetof(schematic_create_company_credit_grant, has_expiry_type), offsetof(schematic_create_company_credit_grant, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, expiry_unit), offsetof(schematic_create_company_credit_grant, has_expiry_unit), offsetof(schematic_create_company_credit_grant, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, expiry_unit_count), offsetof(schematic_create_company_credit_grant, has_expiry_unit_count), offsetof(schematic_create_company_credit_grant, expiry_unit_count_is_null), &apic_type_int64},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_create_company_credit_grant, quantity), -1, -1, &apic_type_int64},
    {"reason", 6, APIC_F_REQUIRED, offsetof(schematic_create_company_credit_grant, reason), -1, -1, &schematic_billing_credit_grant_reason_Type},
    {"renewal_enabled", 15, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, renewal_enabled), offsetof(schematic_create_company_credit_grant, has_renewal_enabled), offsetof(schematic_create_company_credit_grant, renewal_enabled_is_null), &apic_type_bool},
    {"renewal_period", 14, APIC_F_NULLABLE, offsetof(schematic_create_company_credit_grant, renewal_period), offsetof(schematic_create_company_credit_grant, has_renewal_period), offsetof(schematic_create_company_credit_grant, renewal_period_is_null), &schematic_billing_plan_credit_grant_reset_start_Type},
};
const apic_struct_desc schematic_create_company_credit_grant_desc = {
    "CreateCompanyCreditGrant", sizeof(schematic_create_company_credit_grant), schematic_create_company_credit_grant_desc_Fields, 12,
    offsetof(schematic_create_company_credit_grant, unknown_fields),
    -1,
    NULL
};

void schematic_create_company_credit_grant_free(schematic_create_company_credit_grant *obj)
{
    apic_struct_free(&schematic_create_company_credit_grant_desc, obj);
}

int schematic_create_company_credit_grant_from_json(const char *json, size_t len, schematic_create_company_credit_grant **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_company_credit_grant_Type, json, len, &value, err);
    *out = (schematic_create_company_credit_grant *)value;
    return rc;
}

int schematic_create_company_credit_grant_to_json(const schematic_create_company_credit_grant *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_company_credit_grant_Type, obj, out, err);
}

/* CreateCompanyOverrideRequestBody */
static const apic_field schematic_create_company_override_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_company_override_request_body, company_id), -1, -1, &apic_type_string},
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, credit_consumption_rate), offsetof(schematic_create_company_override_request_body, has_credit_consumption_rate), offsetof(schematic_create_company_override_request_body, credit_consumption_rate_is_null), &apic_type_double},
    {"expiration_date", 15, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, expiration_date), -1, offsetof(schematic_create_company_override_request_body, expiration_date_is_null), &schematic_string_date_time_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_company_override_request_body, feature_id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, metric_period), offsetof(schematic_create_company_override_request_body, has_metric_period), offsetof(schematic_create_company_override_request_body, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, metric_period_month_reset), offsetof(schematic_create_company_override_request_body, has_metric_period_month_reset), offsetof(schematic_create_company_override_request_body, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"note", 4, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, note), -1, offsetof(schematic_create_company_override_request_body, note_is_null), &apic_type_string},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, value_bool), offsetof(schematic_create_company_override_request_body, has_value_bool), offsetof(schematic_create_company_override_request_body, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, value_credit_id), -1, offsetof(schematic_create_company_override_request_body, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, value_numeric), offsetof(schematic_create_company_override_request_body, has_value_numeric), offsetof(schematic_create_company_override_request_body, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_company_override_request_body, value_trait_id), -1, offsetof(schematic_create_company_override_request_body, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_company_override_request_body, value_type), -1, -1, &schematic_entitlement_value_type_Type},
};
const apic_struct_desc schematic_create_company_override_request_body_desc = {
    "CreateCompanyOverrideRequestBody", sizeof(schematic_create_company_override_request_body), schematic_create_company_override_request_body_desc_Fields, 12,
    offsetof(schematic_create_company_override_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_company_override_request_body_free(schematic_create_company_override_request_body *obj)
{
    apic_struct_free(&schematic_create_company_override_request_body_desc, obj);
}

int schematic_create_company_override_request_body_from_json(const char *json, size_t len, schematic_create_company_override_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_company_override_request_body_Type, json, len, &value, err);
    *out = (schematic_create_company_override_request_body *)value;
    return rc;
}

int schematic_create_company_override_request_body_to_json(const schematic_create_company_override_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_company_override_request_body_Type, obj, out, err);
}

/* CreateComponentRequestBody */
static const apic_field schematic_create_component_request_body_desc_Fields[] = {
    {"ast", 3, 0, offsetof(schematic_create_component_request_body, ast), offsetof(schematic_create_component_request_body, has_ast), -1, &schematic_double_map_Type},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_create_component_request_body, entity_type), -1, -1, &schematic_component_entity_type_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_component_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_component_request_body_desc = {
    "CreateComponentRequestBody", sizeof(schematic_create_component_request_body), schematic_create_component_request_body_desc_Fields, 3,
    offsetof(schematic_create_component_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_component_request_body_free(schematic_create_component_request_body *obj)
{
    apic_struct_free(&schematic_create_component_request_body_desc, obj);
}

int schematic_create_component_request_body_from_json(const char *json, size_t len, schematic_create_component_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_component_request_body_Type, json, len, &value, err);
    *out = (schematic_create_component_request_body *)value;
    return rc;
}

int schematic_create_component_request_body_to_json(const schematic_create_component_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_component_request_body_Type, obj, out, err);
}

/* CreateCouponRequestBody */
static const apic_field schematic_create_coupon_request_body_desc_Fields[] = {
    {"amount_off", 10, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, amount_off), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_create_coupon_request_body, currency), -1, offsetof(schematic_create_coupon_request_body, currency_is_null), &apic_type_string},
    {"duration", 8, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, duration), -1, -1, &apic_type_string},
    {"duration_in_months", 18, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, duration_in_months), -1, -1, &apic_type_int64},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, external_id), -1, -1, &apic_type_string},
    {"max_redemptions", 15, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, max_redemptions), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, name), -1, -1, &apic_type_string},
    {"percent_off", 11, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, percent_off), -1, -1, &apic_type_double},
    {"times_redeemed", 14, APIC_F_REQUIRED, offsetof(schematic_create_coupon_request_body, times_redeemed), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_create_coupon_request_body_desc = {
    "CreateCouponRequestBody", sizeof(schematic_create_coupon_request_body), schematic_create_coupon_request_body_desc_Fields, 9,
    offsetof(schematic_create_coupon_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_coupon_request_body_free(schematic_create_coupon_request_body *obj)
{
    apic_struct_free(&schematic_create_coupon_request_body_desc, obj);
}

int schematic_create_coupon_request_body_from_json(const char *json, size_t len, schematic_create_coupon_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_coupon_request_body_Type, json, len, &value, err);
    *out = (schematic_create_coupon_request_body *)value;
    return rc;
}

int schematic_create_coupon_request_body_to_json(const schematic_create_coupon_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_coupon_request_body_Type, obj, out, err);
}

/* CreateCreditBundleRequestBody */
static const apic_field schematic_create_credit_bundle_request_body_desc_Fields[] = {
    {"bundle_name", 11, APIC_F_REQUIRED, offsetof(schematic_create_credit_bundle_request_body, bundle_name), -1, -1, &apic_type_string},
    {"bundle_type", 11, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, bundle_type), offsetof(schematic_create_credit_bundle_request_body, has_bundle_type), offsetof(schematic_create_credit_bundle_request_body, bundle_type_is_null), &schematic_billing_credit_bundle_type_Type},
    {"compatible_plan_ids", 19, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, compatible_plan_ids), offsetof(schematic_create_credit_bundle_request_body, has_compatible_plan_ids), offsetof(schematic_create_credit_bundle_request_body, compatible_plan_ids_is_null), &schematic_string_array_Type},
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_create_credit_bundle_request_body, credit_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_create_credit_bundle_request_body, currency), -1, -1, &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, currency_prices), offsetof(schematic_create_credit_bundle_request_body, has_currency_prices), offsetof(schematic_create_credit_bundle_request_body, currency_prices_is_null), &schematic_credit_bundle_currency_price_request_body_array_Type},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, expiry_type), offsetof(schematic_create_credit_bundle_request_body, has_expiry_type), offsetof(schematic_create_credit_bundle_request_body, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, expiry_unit), offsetof(schematic_create_credit_bundle_request_body, has_expiry_unit), offsetof(schematic_create_credit_bundle_request_body, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, expiry_unit_count), offsetof(schematic_create_credit_bundle_request_body, has_expiry_unit_count), offsetof(schematic_create_credit_bundle_request_body, expiry_unit_count_is_null), &apic_type_int64},
    {"price_per_unit", 14, APIC_F_REQUIRED, offsetof(schematic_create_credit_bundle_request_body, price_per_unit), -1, -1, &apic_type_int64},
    {"price_per_unit_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, price_per_unit_decimal), -1, offsetof(schematic_create_credit_bundle_request_body, price_per_unit_decimal_is_null), &apic_type_string},
    {"quantity", 8, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, quantity), offsetof(schematic_create_credit_bundle_request_body, has_quantity), offsetof(schematic_create_credit_bundle_request_body, quantity_is_null), &apic_type_int64},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_create_credit_bundle_request_body, status), offsetof(schematic_create_credit_bundle_request_body, has_status), offsetof(schematic_create_credit_bundle_request_body, status_is_null), &schematic_billing_credit_bundle_status_Type},
};
const apic_struct_desc schematic_create_credit_bundle_request_body_desc = {
    "CreateCreditBundleRequestBody", sizeof(schematic_create_credit_bundle_request_body), schematic_create_credit_bundle_request_body_desc_Fields, 13,
    offsetof(schematic_create_credit_bundle_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_credit_bundle_request_body_free(schematic_create_credit_bundle_request_body *obj)
{
    apic_struct_free(&schematic_create_credit_bundle_request_body_desc, obj);
}

int schematic_create_credit_bundle_request_body_from_json(const char *json, size_t len, schematic_create_credit_bundle_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_credit_bundle_request_body_Type, json, len, &value, err);
    *out = (schematic_create_credit_bundle_request_body *)value;
    return rc;
}

int schematic_create_credit_bundle_request_body_to_json(const schematic_create_credit_bundle_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_credit_bundle_request_body_Type, obj, out, err);
}

/* CreditBundleCurrencyPriceRequestBody */
static const apic_field schematic_credit_bundle_currency_price_request_body_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_credit_bundle_currency_price_request_body, currency), -1, -1, &apic_type_string},
    {"price_per_unit", 14, APIC_F_NULLABLE, offsetof(schematic_credit_bundle_currency_price_request_body, price_per_unit), offsetof(schematic_credit_bundle_currency_price_request_body, has_price_per_unit), offsetof(schematic_credit_bundle_currency_price_request_body, price_per_unit_is_null), &apic_type_int64},
    {"price_per_unit_decimal", 22, APIC_F_NULLABLE, offsetof(schematic_credit_bundle_currency_price_request_body, price_per_unit_decimal), -1, offsetof(schematic_credit_bundle_currency_price_request_body, price_per_unit_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_credit_bundle_currency_price_request_body_desc = {
    "CreditBundleCurrencyPriceRequestBody", sizeof(schematic_credit_bundle_currency_price_request_body), schematic_credit_bundle_currency_price_request_body_desc_Fields, 3,
    offsetof(schematic_credit_bundle_currency_price_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_credit_bundle_currency_price_request_body_free(schematic_credit_bundle_currency_price_request_body *obj)
{
    apic_struct_free(&schematic_credit_bundle_currency_price_request_body_desc, obj);
}

int schematic_credit_bundle_currency_price_request_body_from_json(const char *json, size_t len, schematic_credit_bundle_currency_price_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_bundle_currency_price_request_body_Type, json, len, &value, err);
    *out = (schematic_credit_bundle_currency_price_request_body *)value;
    return rc;
}

int schematic_credit_bundle_currency_price_request_body_to_json(const schematic_credit_bundle_currency_price_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_bundle_currency_price_request_body_Type, obj, out, err);
}

/* CreateCustomPlanBundlePlanRequestBody */
static const apic_field schematic_create_custom_plan_bundle_plan_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_custom_plan_bundle_plan_request_body, company_id), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(schematic_create_custom_plan_bundle_plan_request_body, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_create_custom_plan_bundle_plan_request_body, icon), offsetof(schematic_create_custom_plan_bundle_plan_request_body, has_icon), offsetof(schematic_create_custom_plan_bundle_plan_request_body, icon_is_null), &schematic_plan_icon_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_custom_plan_bundle_plan_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_custom_plan_bundle_plan_request_body_desc = {
    "CreateCustomPlanBundlePlanRequestBody", sizeof(schematic_create_custom_plan_bundle_plan_request_body), schematic_create_custom_plan_bundle_plan_request_body_desc_Fields, 4,
    offsetof(schematic_create_custom_plan_bundle_plan_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_custom_plan_bundle_plan_request_body_free(schematic_create_custom_plan_bundle_plan_request_body *obj)
{
    apic_struct_free(&schematic_create_custom_plan_bundle_plan_request_body_desc, obj);
}

int schematic_create_custom_plan_bundle_plan_request_body_from_json(const char *json, size_t len, schematic_create_custom_plan_bundle_plan_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_custom_plan_bundle_plan_request_body_Type, json, len, &value, err);
    *out = (schematic_create_custom_plan_bundle_plan_request_body *)value;
    return rc;
}

int schematic_create_custom_plan_bundle_plan_request_body_to_json(const schematic_create_custom_plan_bundle_plan_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_custom_plan_bundle_plan_request_body_Type, obj, out, err);
}

/* CreateCustomPlanBundleRequestBody */
static const apic_field schematic_create_custom_plan_bundle_request_body_desc_Fields[] = {
    {"billing_product", 15, APIC_F_REQUIRED, offsetof(schematic_create_custom_plan_bundle_request_body, billing_product), -1, -1, &schematic_upsert_billing_product_request_body_Type},
    {"credit_grants", 13, 0, offsetof(schematic_create_custom_plan_bundle_request_body, credit_grants), offsetof(schematic_create_custom_plan_bundle_request_body, has_credit_grants), -1, &schematic_plan_bundle_credit_grant_request_body_array_Type},
    {"entitlements", 12, APIC_F_REQUIRED, offsetof(schematic_create_custom_plan_bundle_request_body, entitlements), -1, -1, &schematic_plan_bundle_entitlement_request_body_array_Type},
    {"plan", 4, APIC_F_REQUIRED, offsetof(schematic_create_custom_plan_bundle_request_body, plan), -1, -1, &schematic_create_custom_plan_bundle_plan_request_body_Type},
};
const apic_struct_desc schematic_create_custom_plan_bundle_request_body_desc = {
    "CreateCustomPlanBundleRequestBody", sizeof(schematic_create_custom_plan_bundle_request_body), schematic_create_custom_plan_bundle_request_body_desc_Fields, 4,
    offsetof(schematic_create_custom_plan_bundle_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_custom_plan_bundle_request_body_free(schematic_create_custom_plan_bundle_request_body *obj)
{
    apic_struct_free(&schematic_create_custom_plan_bundle_request_body_desc, obj);
}

int schematic_create_custom_plan_bundle_request_body_from_json(const char *json, size_t len, schematic_create_custom_plan_bundle_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_custom_plan_bundle_request_body_Type, json, len, &value, err);
    *out = (schematic_create_custom_plan_bundle_request_body *)value;
    return rc;
}

int schematic_create_custom_plan_bundle_request_body_to_json(const schematic_create_custom_plan_bundle_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_custom_plan_bundle_request_body_Type, obj, out, err);
}

/* UpsertBillingProductRequestBody */
static const apic_field schematic_upsert_billing_product_request_body_desc_Fields[] = {
    {"billing_product_id", 18, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, billing_product_id), -1, offsetof(schematic_upsert_billing_product_request_body, billing_product_id_is_null), &apic_type_string},
    {"billing_strategy", 16, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, billing_strategy), offsetof(schematic_upsert_billing_product_request_body, has_billing_strategy), offsetof(schematic_upsert_billing_product_request_body, billing_strategy_is_null), &schematic_billing_strategy_Type},
    {"charge_type", 11, APIC_F_REQUIRED, offsetof(schematic_upsert_billing_product_request_body, charge_type), -1, -1, &schematic_charge_type_Type},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, currency), -1, offsetof(schematic_upsert_billing_product_request_body, currency_is_null), &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, currency_prices), offsetof(schematic_upsert_billing_product_request_body, has_currency_prices), offsetof(schematic_upsert_billing_product_request_body, currency_prices_is_null), &schematic_plan_currency_price_request_body_array_Type},
    {"is_trialable", 12, APIC_F_REQUIRED, offsetof(schematic_upsert_billing_product_request_body, is_trialable), -1, -1, &apic_type_bool},
    {"monthly_price", 13, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, monthly_price), offsetof(schematic_upsert_billing_product_request_body, has_monthly_price), offsetof(schematic_upsert_billing_product_request_body, monthly_price_is_null), &apic_type_int64},
    {"monthly_price_id", 16, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, monthly_price_id), -1, offsetof(schematic_upsert_billing_product_request_body, monthly_price_id_is_null), &apic_type_string},
    {"one_time_price", 14, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, one_time_price), offsetof(schematic_upsert_billing_product_request_body, has_one_time_price), offsetof(schematic_upsert_billing_product_request_body, one_time_price_is_null), &apic_type_int64},
    {"one_time_price_id", 17, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, one_time_price_id), -1, offsetof(schematic_upsert_billing_product_request_body, one_time_price_id_is_null), &apic_type_string},
    {"quarterly_price", 15, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, quarterly_price), offsetof(schematic_upsert_billing_product_request_body, has_quarterly_price), offsetof(schematic_upsert_billing_product_request_body, quarterly_price_is_null), &apic_type_int64},
    {"quarterly_price_id", 18, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, quarterly_price_id), -1, offsetof(schematic_upsert_billing_product_request_body, quarterly_price_id_is_null), &apic_type_string},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, trial_days), offsetof(schematic_upsert_billing_product_request_body, has_trial_days), offsetof(schematic_upsert_billing_product_request_body, trial_days_is_null), &apic_type_int64},
    {"yearly_price", 12, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, yearly_price), offsetof(schematic_upsert_billing_product_request_body, has_yearly_price), offsetof(schematic_upsert_billing_product_request_body, yearly_price_is_null), &apic_type_int64},
    {"yearly_price_id", 15, APIC_F_NULLABLE, offsetof(schematic_upsert_billing_product_request_body, yearly_price_id), -1, offsetof(schematic_upsert_billing_product_request_body, yearly_price_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_upsert_billing_product_request_body_desc = {
    "UpsertBillingProductRequestBody", sizeof(schematic_upsert_billing_product_request_body), schematic_upsert_billing_product_request_body_desc_Fields, 15,
    offsetof(schematic_upsert_billing_product_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_upsert_billing_product_request_body_free(schematic_upsert_billing_product_request_body *obj)
{
    apic_struct_free(&schematic_upsert_billing_product_request_body_desc, obj);
}

int schematic_upsert_billing_product_request_body_from_json(const char *json, size_t len, schematic_upsert_billing_product_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_upsert_billing_product_request_body_Type, json, len, &value, err);
    *out = (schematic_upsert_billing_product_request_body *)value;
    return rc;
}

int schematic_upsert_billing_product_request_body_to_json(const schematic_upsert_billing_product_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_upsert_billing_product_request_body_Type, obj, out, err);
}

/* PlanCurrencyPriceRequestBody */
static const apic_field schematic_plan_currency_price_request_body_desc_Fields[] = {
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_plan_currency_price_request_body, currency), -1, -1, &apic_type_string},
    {"monthly_price", 13, APIC_F_NULLABLE, offsetof(schematic_plan_currency_price_request_body, monthly_price), offsetof(schematic_plan_currency_price_request_body, has_monthly_price), offsetof(schematic_plan_currency_price_request_body, monthly_price_is_null), &apic_type_int64},
    {"one_time_price", 14, APIC_F_NULLABLE, offsetof(schematic_plan_currency_price_request_body, one_time_price), offsetof(schematic_plan_currency_price_request_body, has_one_time_price), offsetof(schematic_plan_currency_price_request_body, one_time_price_is_null), &apic_type_int64},
    {"quarterly_price", 15, APIC_F_NULLABLE, offsetof(schematic_plan_currency_price_request_body, quarterly_price), offsetof(schematic_plan_currency_price_request_body, has_quarterly_price), offsetof(schematic_plan_currency_price_request_body, quarterly_price_is_null), &apic_type_int64},
    {"yearly_price", 12, APIC_F_NULLABLE, offsetof(schematic_plan_currency_price_request_body, yearly_price), offsetof(schematic_plan_currency_price_request_body, has_yearly_price), offsetof(schematic_plan_currency_price_request_body, yearly_price_is_null), &apic_type_int64},
};
const apic_struct_desc schematic_plan_currency_price_request_body_desc = {
    "PlanCurrencyPriceRequestBody", sizeof(schematic_plan_currency_price_request_body), schematic_plan_currency_price_request_body_desc_Fields, 5,
    offsetof(schematic_plan_currency_price_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_plan_currency_price_request_body_free(schematic_plan_currency_price_request_body *obj)
{
    apic_struct_free(&schematic_plan_currency_price_request_body_desc, obj);
}

int schematic_plan_currency_price_request_body_from_json(const char *json, size_t len, schematic_plan_currency_price_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_currency_price_request_body_Type, json, len, &value, err);
    *out = (schematic_plan_currency_price_request_body *)value;
    return rc;
}

int schematic_plan_currency_price_request_body_to_json(const schematic_plan_currency_price_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_currency_price_request_body_Type, obj, out, err);
}

/* PlanBundleCreditGrantRequestBody */
static const apic_field schematic_plan_bundle_credit_grant_request_body_desc_Fields[] = {
    {"action", 6, APIC_F_REQUIRED, offsetof(schematic_plan_bundle_credit_grant_request_body, action), -1, -1, &schematic_plan_bundle_action_Type},
    {"create_req", 10, 0, offsetof(schematic_plan_bundle_credit_grant_request_body, create_req), -1, -1, &schematic_create_billing_plan_credit_grant_request_body_Type},
    {"credit_grant_id", 15, APIC_F_NULLABLE, offsetof(schematic_plan_bundle_credit_grant_request_body, credit_grant_id), -1, offsetof(schematic_plan_bundle_credit_grant_request_body, credit_grant_id_is_null), &apic_type_string},
    {"delete_req", 10, 0, offsetof(schematic_plan_bundle_credit_grant_request_body, delete_req), -1, -1, &schematic_delete_billing_plan_credit_grant_request_body_Type},
    {"update_req", 10, 0, offsetof(schematic_plan_bundle_credit_grant_request_body, update_req), -1, -1, &schematic_update_billing_plan_credit_grant_request_body_Type},
};
const apic_struct_desc schematic_plan_bundle_credit_grant_request_body_desc = {
    "PlanBundleCreditGrantRequestBody", sizeof(schematic_plan_bundle_credit_grant_request_body), schematic_plan_bundle_credit_grant_request_body_desc_Fields, 5,
    offsetof(schematic_plan_bundle_credit_grant_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_plan_bundle_credit_grant_request_body_free(schematic_plan_bundle_credit_grant_request_body *obj)
{
    apic_struct_free(&schematic_plan_bundle_credit_grant_request_body_desc, obj);
}

int schematic_plan_bundle_credit_grant_request_body_from_json(const char *json, size_t len, schematic_plan_bundle_credit_grant_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_bundle_credit_grant_request_body_Type, json, len, &value, err);
    *out = (schematic_plan_bundle_credit_grant_request_body *)value;
    return rc;
}

int schematic_plan_bundle_credit_grant_request_body_to_json(const schematic_plan_bundle_credit_grant_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_bundle_credit_grant_request_body_Type, obj, out, err);
}

/* DeleteBillingPlanCreditGrantRequestBody */
static const apic_field schematic_delete_billing_plan_credit_grant_request_body_desc_Fields[] = {
    {"apply_to_existing", 17, APIC_F_NULLABLE, offsetof(schematic_delete_billing_plan_credit_grant_request_body, apply_to_existing), offsetof(schematic_delete_billing_plan_credit_grant_request_body, has_apply_to_existing), offsetof(schematic_delete_billing_plan_credit_grant_request_body, apply_to_existing_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_delete_billing_plan_credit_grant_request_body_desc = {
    "DeleteBillingPlanCreditGrantRequestBody", sizeof(schematic_delete_billing_plan_credit_grant_request_body), schematic_delete_billing_plan_credit_grant_request_body_desc_Fields, 1,
    offsetof(schematic_delete_billing_plan_credit_grant_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_delete_billing_plan_credit_grant_request_body_free(schematic_delete_billing_plan_credit_grant_request_body *obj)
{
    apic_struct_free(&schematic_delete_billing_plan_credit_grant_request_body_desc, obj);
}

int schematic_delete_billing_plan_credit_grant_request_body_from_json(const char *json, size_t len, schematic_delete_billing_plan_credit_grant_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_delete_billing_plan_credit_grant_request_body_Type, json, len, &value, err);
    *out = (schematic_delete_billing_plan_credit_grant_request_body *)value;
    return rc;
}

int schematic_delete_billing_plan_credit_grant_request_body_to_json(const schematic_delete_billing_plan_credit_grant_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_delete_billing_plan_credit_grant_request_body_Type, obj, out, err);
}

/* UpdateBillingPlanCreditGrantRequestBody */
static const apic_field schematic_update_billing_plan_credit_grant_request_body_desc_Fields[] = {
    {"apply_to_existing", 17, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, apply_to_existing), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_apply_to_existing), offsetof(schematic_update_billing_plan_credit_grant_request_body, apply_to_existing_is_null), &apic_type_bool},
    {"auto_topup_amount", 17, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_amount), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_amount), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_amount_is_null), &apic_type_int64},
    {"auto_topup_amount_type", 22, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_amount_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_amount_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_amount_type_is_null), &schematic_credit_auto_topup_amount_type_Type},
    {"auto_topup_availability", 23, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_availability), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_availability), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_availability_is_null), &schematic_billing_credit_auto_topup_availability_Type},
    {"auto_topup_enabled", 18, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_enabled), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_enabled), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_enabled_is_null), &apic_type_bool},
    {"auto_topup_expiry_type", 22, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_expiry_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_expiry_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"auto_topup_expiry_unit", 22, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_expiry_unit), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_expiry_unit), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"auto_topup_expiry_unit_count", 28, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_expiry_unit_count), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_expiry_unit_count), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_expiry_unit_count_is_null), &apic_type_int64},
    {"auto_topup_self_service", 23, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_self_service), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_self_service), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_self_service_is_null), &apic_type_bool},
    {"auto_topup_threshold_credits", 28, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_threshold_credits), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_threshold_credits), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_threshold_credits_is_null), &apic_type_int64},
    {"auto_topup_threshold_percent", 28, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_threshold_percent), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_auto_topup_threshold_percent), offsetof(schematic_update_billing_plan_credit_grant_request_body, auto_topup_threshold_percent_is_null), &apic_type_int64},
    {"can_buy_bundles", 15, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, can_buy_bundles), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_can_buy_bundles), offsetof(schematic_update_billing_plan_credit_grant_request_body, can_buy_bundles_is_null), &apic_type_bool},
    {"company_credit_amount", 21, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, company_credit_amount), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_company_credit_amount), offsetof(schematic_update_billing_plan_credit_grant_request_body, company_credit_amount_is_null), &apic_type_int64},
    {"credit_amount", 13, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, credit_amount), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_credit_amount), offsetof(schematic_update_billing_plan_credit_grant_request_body, credit_amount_is_null), &apic_type_int64},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, expiry_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_expiry_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, expiry_unit), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_expiry_unit), offsetof(schematic_update_billing_plan_credit_grant_request_body, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, expiry_unit_count), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_expiry_unit_count), offsetof(schematic_update_billing_plan_credit_grant_request_body, expiry_unit_count_is_null), &apic_type_int64},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, license_id), -1, offsetof(schematic_update_billing_plan_credit_grant_request_body, license_id_is_null), &apic_type_string},
    {"reset_cadence", 13, APIC_F_REQUIRED, offsetof(schematic_update_billing_plan_credit_grant_request_body, reset_cadence), -1, -1, &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reset_start", 11, APIC_F_REQUIRED, offsetof(schematic_update_billing_plan_credit_grant_request_body, reset_start), -1, -1, &schematic_billing_plan_credit_grant_reset_start_Type},
    {"reset_type", 10, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, reset_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_reset_type), offsetof(schematic_update_billing_plan_credit_grant_request_body, reset_type_is_null), &schematic_billing_plan_credit_grant_reset_type_Type},
    {"rollover_percentage", 19, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, rollover_percentage), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_rollover_percentage), offsetof(schematic_update_billing_plan_credit_grant_request_body, rollover_percentage_is_null), &apic_type_int64},
    {"scaling", 7, APIC_F_NULLABLE, offsetof(schematic_update_billing_plan_credit_grant_request_body, scaling), offsetof(schematic_update_billing_plan_credit_grant_request_body, has_scaling), offsetof(schematic_update_billing_plan_credit_grant_request_body, scaling_is_null), &schematic_plan_credit_grant_scaling_Type},
};
const apic_struct_desc schematic_update_billing_plan_credit_grant_request_body_desc = {
    "UpdateBillingPlanCreditGrantRequestBody", sizeof(schematic_update_billing_plan_credit_grant_request_body), schematic_update_billing_plan_credit_grant_request_body_desc_Fields, 23,
    offsetof(schematic_update_billing_plan_credit_grant_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_update_billing_plan_credit_grant_request_body_free(schematic_update_billing_plan_credit_grant_request_body *obj)
{
    apic_struct_free(&schematic_update_billing_plan_credit_grant_request_body_desc, obj);
}

int schematic_update_billing_plan_credit_grant_request_body_from_json(const char *json, size_t len, schematic_update_billing_plan_credit_grant_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_update_billing_plan_credit_grant_request_body_Type, json, len, &value, err);
    *out = (schematic_update_billing_plan_credit_grant_request_body *)value;
    return rc;
}

int schematic_update_billing_plan_credit_grant_request_body_to_json(const schematic_update_billing_plan_credit_grant_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_update_billing_plan_credit_grant_request_body_Type, obj, out, err);
}

/* PlanBundleEntitlementRequestBody */
static const apic_field schematic_plan_bundle_entitlement_request_body_desc_Fields[] = {
    {"action", 6, APIC_F_REQUIRED, offsetof(schematic_plan_bundle_entitlement_request_body, action), -1, -1, &schematic_plan_bundle_action_Type},
    {"entitlement_id", 14, APIC_F_NULLABLE, offsetof(schematic_plan_bundle_entitlement_request_body, entitlement_id), -1, offsetof(schematic_plan_bundle_entitlement_request_body, entitlement_id_is_null), &apic_type_string},
    {"req", 3, 0, offsetof(schematic_plan_bundle_entitlement_request_body, req), -1, -1, &schematic_create_entitlement_in_bundle_request_body_Type},
};
const apic_struct_desc schematic_plan_bundle_entitlement_request_body_desc = {
    "PlanBundleEntitlementRequestBody", sizeof(schematic_plan_bundle_entitlement_request_body), schematic_plan_bundle_entitlement_request_body_desc_Fields, 3,
    offsetof(schematic_plan_bundle_entitlement_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_plan_bundle_entitlement_request_body_free(schematic_plan_bundle_entitlement_request_body *obj)
{
    apic_struct_free(&schematic_plan_bundle_entitlement_request_body_desc, obj);
}

int schematic_plan_bundle_entitlement_request_body_from_json(const char *json, size_t len, schematic_plan_bundle_entitlement_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_bundle_entitlement_request_body_Type, json, len, &value, err);
    *out = (schematic_plan_bundle_entitlement_request_body *)value;
    return rc;
}

int schematic_plan_bundle_entitlement_request_body_to_json(const schematic_plan_bundle_entitlement_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_bundle_entitlement_request_body_Type, obj, out, err);
}

/* CreateEntitlementInBundleRequestBody */
static const apic_field schematic_create_entitlement_in_bundle_request_body_desc_Fields[] = {
    {"billing_product_id", 18, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, billing_product_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, billing_product_id_is_null), &apic_type_string},
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, billing_threshold), offsetof(schematic_create_entitlement_in_bundle_request_body, has_billing_threshold), offsetof(schematic_create_entitlement_in_bundle_request_body, billing_threshold_is_null), &apic_type_int64},
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, credit_consumption_rate), offsetof(schematic_create_entitlement_in_bundle_request_body, has_credit_consumption_rate), offsetof(schematic_create_entitlement_in_bundle_request_body, credit_consumption_rate_is_null), &apic_type_double},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, currency), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, currency_is_null), &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, currency_prices), offsetof(schematic_create_entitlement_in_bundle_request_body, has_currency_prices), offsetof(schematic_create_entitlement_in_bundle_request_body, currency_prices_is_null), &schematic_currency_price_request_body_array_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_entitlement_in_bundle_request_body, feature_id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, metric_period), offsetof(schematic_create_entitlement_in_bundle_request_body, has_metric_period), offsetof(schematic_create_entitlement_in_bundle_request_body, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, metric_period_month_reset), offsetof(schematic_create_entitlement_in_bundle_request_body, has_metric_period_month_reset), offsetof(schematic_create_entitlement_in_bundle_request_body, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"monthly_metered_price_id", 24, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_metered_price_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_metered_price_id_is_null), &apic_type_string},
    {"monthly_price_tiers", 19, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, has_monthly_price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"monthly_unit_price", 18, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_unit_price), offsetof(schematic_create_entitlement_in_bundle_request_body, has_monthly_unit_price), offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_unit_price_is_null), &apic_type_int64},
    {"monthly_unit_price_decimal", 26, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_unit_price_decimal), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, monthly_unit_price_decimal_is_null), &apic_type_string},
    {"overage_billing_product_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, overage_billing_product_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, overage_billing_product_id_is_null), &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_create_entitlement_in_bundle_request_body, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, plan_version_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, plan_version_id_is_null), &apic_type_string},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, price_behavior), offsetof(schematic_create_entitlement_in_bundle_request_body, has_price_behavior), offsetof(schematic_create_entitlement_in_bundle_request_body, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"price_tiers", 11, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, has_price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_metered_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_metered_price_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_metered_price_id_is_null), &apic_type_string},
    {"quarterly_price_tiers", 21, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, has_quarterly_price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_unit_price", 20, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_unit_price), offsetof(schematic_create_entitlement_in_bundle_request_body, has_quarterly_unit_price), offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_unit_price_is_null), &apic_type_int64},
    {"quarterly_unit_price_decimal", 28, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_unit_price_decimal), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, quarterly_unit_price_decimal_is_null), &apic_type_string},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, soft_limit), offsetof(schematic_create_entitlement_in_bundle_request_body, has_soft_limit), offsetof(schematic_create_entitlement_in_bundle_request_body, soft_limit_is_null), &apic_type_int64},
    {"tier_mode", 9, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, tier_mode), offsetof(schematic_create_entitlement_in_bundle_request_body, has_tier_mode), offsetof(schematic_create_entitlement_in_bundle_request_body, tier_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"usage_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, usage_quantity), offsetof(schematic_create_entitlement_in_bundle_request_body, has_usage_quantity), offsetof(schematic_create_entitlement_in_bundle_request_body, usage_quantity_is_null), &apic_type_int64},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, value_bool), offsetof(schematic_create_entitlement_in_bundle_request_body, has_value_bool), offsetof(schematic_create_entitlement_in_bundle_request_body, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, value_credit_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, value_numeric), offsetof(schematic_create_entitlement_in_bundle_request_body, has_value_numeric), offsetof(schematic_create_entitlement_in_bundle_request_body, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, value_trait_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_entitlement_in_bundle_request_body, value_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"warning_tiers", 13, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, warning_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, has_warning_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, warning_tiers_is_null), &schematic_warning_tier_request_body_array_Type},
    {"yearly_metered_price_id", 23, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_metered_price_id), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_metered_price_id_is_null), &apic_type_string},
    {"yearly_price_tiers", 18, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, has_yearly_price_tiers), offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"yearly_unit_price", 17, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_unit_price), offsetof(schematic_create_entitlement_in_bundle_request_body, has_yearly_unit_price), offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_unit_price_is_null), &apic_type_int64},
    {"yearly_unit_price_decimal", 25, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_unit_price_decimal), -1, offsetof(schematic_create_entitlement_in_bundle_request_body, yearly_unit_price_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_entitlement_in_bundle_request_body_desc = {
    "CreateEntitlementInBundleRequestBody", sizeof(schematic_create_entitlement_in_bundle_request_body), schematic_create_entitlement_in_bundle_request_body_desc_Fields, 34,
    offsetof(schematic_create_entitlement_in_bundle_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_entitlement_in_bundle_request_body_free(schematic_create_entitlement_in_bundle_request_body *obj)
{
    apic_struct_free(&schematic_create_entitlement_in_bundle_request_body_desc, obj);
}

int schematic_create_entitlement_in_bundle_request_body_from_json(const char *json, size_t len, schematic_create_entitlement_in_bundle_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_entitlement_in_bundle_request_body_Type, json, len, &value, err);
    *out = (schematic_create_entitlement_in_bundle_request_body *)value;
    return rc;
}

int schematic_create_entitlement_in_bundle_request_body_to_json(const schematic_create_entitlement_in_bundle_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_entitlement_in_bundle_request_body_Type, obj, out, err);
}

/* CreateCustomPlanRequestBody */
static const apic_field schematic_create_custom_plan_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_custom_plan_request_body, company_id), -1, -1, &apic_type_string},
    {"copied_from_plan_id", 19, APIC_F_NULLABLE, offsetof(schematic_create_custom_plan_request_body, copied_from_plan_id), -1, offsetof(schematic_create_custom_plan_request_body, copied_from_plan_id_is_null), &apic_type_string},
    {"copied_price_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_custom_plan_request_body, copied_price_id), -1, offsetof(schematic_create_custom_plan_request_body, copied_price_id_is_null), &apic_type_string},
    {"description", 11, 0, offsetof(schematic_create_custom_plan_request_body, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_create_custom_plan_request_body, icon), offsetof(schematic_create_custom_plan_request_body, has_icon), offsetof(schematic_create_custom_plan_request_body, icon_is_null), &schematic_plan_icon_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_custom_plan_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_custom_plan_request_body_desc = {
    "CreateCustomPlanRequestBody", sizeof(schematic_create_custom_plan_request_body), schematic_create_custom_plan_request_body_desc_Fields, 6,
    offsetof(schematic_create_custom_plan_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_custom_plan_request_body_free(schematic_create_custom_plan_request_body *obj)
{
    apic_struct_free(&schematic_create_custom_plan_request_body_desc, obj);
}

int schematic_create_custom_plan_request_body_from_json(const char *json, size_t len, schematic_create_custom_plan_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_custom_plan_request_body_Type, json, len, &value, err);
    *out = (schematic_create_custom_plan_request_body *)value;
    return rc;
}

int schematic_create_custom_plan_request_body_to_json(const schematic_create_custom_plan_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_custom_plan_request_body_Type, obj, out, err);
}

/* CreateDataExportRequestBody */
static const apic_field schematic_create_data_export_request_body_desc_Fields[] = {
    {"export_type", 11, APIC_F_REQUIRED, offsetof(schematic_create_data_export_request_body, export_type), -1, -1, &schematic_data_export_type_Type},
    {"metadata", 8, 0, offsetof(schematic_create_data_export_request_body, metadata), -1, -1, &schematic_data_export_metadata_Type},
    {"output_file_type", 16, APIC_F_REQUIRED, offsetof(schematic_create_data_export_request_body, output_file_type), -1, -1, &schematic_data_export_output_file_type_Type},
};
const apic_struct_desc schematic_create_data_export_request_body_desc = {
    "CreateDataExportRequestBody", sizeof(schematic_create_data_export_request_body), schematic_create_data_export_request_body_desc_Fields, 3,
    offsetof(schematic_create_data_export_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_data_export_request_body_free(schematic_create_data_export_request_body *obj)
{
    apic_struct_free(&schematic_create_data_export_request_body_desc, obj);
}

int schematic_create_data_export_request_body_from_json(const char *json, size_t len, schematic_create_data_export_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_data_export_request_body_Type, json, len, &value, err);
    *out = (schematic_create_data_export_request_body *)value;
    return rc;
}

int schematic_create_data_export_request_body_to_json(const schematic_create_data_export_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_data_export_request_body_Type, obj, out, err);
}

/* EventExportMetadata */
static const apic_field schematic_event_export_metadata_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_event_export_metadata, company_id), -1, offsetof(schematic_event_export_metadata, company_id_is_null), &apic_type_string},
    {"end_time", 8, APIC_F_NULLABLE, offsetof(schematic_event_export_metadata, end_time), -1, offsetof(schematic_event_export_metadata, end_time_is_null), &schematic_string_date_time_Type},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_event_export_metadata, event_subtype), -1, offsetof(schematic_event_export_metadata, event_subtype_is_null), &apic_type_string},
    {"event_types", 11, APIC_F_NULLABLE, offsetof(schematic_event_export_metadata, event_types), offsetof(schematic_event_export_metadata, has_event_types), offsetof(schematic_event_export_metadata, event_types_is_null), &schematic_event_export_metadata_event_types_item_array_Type},
    {"export_type", 11, APIC_F_REQUIRED, offsetof(schematic_event_export_metadata, export_type), -1, -1, &schematic_event_export_metadata_export_type_Type},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_event_export_metadata, flag_id), -1, offsetof(schematic_event_export_metadata, flag_id_is_null), &apic_type_string},
    {"notification_email_recipient_email_addresses", 44, 0, offsetof(schematic_event_export_metadata, notification_email_recipient_email_addresses), offsetof(schematic_event_export_metadata, has_notification_email_recipient_email_addresses), -1, &schematic_string_array_Type},
    {"start_time", 10, APIC_F_NULLABLE, offsetof(schematic_event_export_metadata, start_time), -1, offsetof(schematic_event_export_metadata, start_time_is_null), &schematic_string_date_time_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_event_export_metadata, user_id), -1, offsetof(schematic_event_export_metadata, user_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_event_export_metadata_desc = {
    "EventExportMetadata", sizeof(schematic_event_export_metadata), schematic_event_export_metadata_desc_Fields, 9,
    offsetof(schematic_event_export_metadata, unknown_fields),
    -1,
    NULL
};

void schematic_event_export_metadata_free(schematic_event_export_metadata *obj)
{
    apic_struct_free(&schematic_event_export_metadata_desc, obj);
}

int schematic_event_export_metadata_from_json(const char *json, size_t len, schematic_event_export_metadata **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_export_metadata_Type, json, len, &value, err);
    *out = (schematic_event_export_metadata *)value;
    return rc;
}

int schematic_event_export_metadata_to_json(const schematic_event_export_metadata *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_export_metadata_Type, obj, out, err);
}

/* CreateEntitlementReqCommon */
static const apic_field schematic_create_entitlement_req_common_desc_Fields[] = {
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_req_common, credit_consumption_rate), offsetof(schematic_create_entitlement_req_common, has_credit_consumption_rate), offsetof(schematic_create_entitlement_req_common, credit_consumption_rate_is_null), &apic_type_double},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_entitlement_req_common, feature_id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_req_common, metric_period), offsetof(schematic_create_entitlement_req_common, has_metric_period), offsetof(schematic_create_entitlement_req_common, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_req_common, metric_period_month_reset), offsetof(schematic_create_entitlement_req_common, has_metric_period_month_reset), offsetof(schematic_create_entitlement_req_common, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_req_common, value_bool), offsetof(schematic_create_entitlement_req_common, has_value_bool), offsetof(schematic_create_entitlement_req_common, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_req_common, value_credit_id), -1, offsetof(schematic_create_entitlement_req_common, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_req_common, value_numeric), offsetof(schematic_create_entitlement_req_common, has_value_numeric), offsetof(schematic_create_entitlement_req_common, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_entitlement_req_common, value_trait_id), -1, offsetof(schematic_create_entitlement_req_common, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_entitlement_req_common, value_type), -1, -1, &schematic_entitlement_value_type_Type},
};
const apic_struct_desc schematic_create_entitlement_req_common_desc = {
    "CreateEntitlementReqCommon", sizeof(schematic_create_entitlement_req_common), schematic_create_entitlement_req_common_desc_Fields, 9,
    offsetof(schematic_create_entitlement_req_common, unknown_fields),
    -1,
    NULL
};

void schematic_create_entitlement_req_common_free(schematic_create_entitlement_req_common *obj)
{
    apic_struct_free(&schematic_create_entitlement_req_common_desc, obj);
}

int schematic_create_entitlement_req_common_from_json(const char *json, size_t len, schematic_create_entitlement_req_common **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_entitlement_req_common_Type, json, len, &value, err);
    *out = (schematic_create_entitlement_req_common *)value;
    return rc;
}

int schematic_create_entitlement_req_common_to_json(const schematic_create_entitlement_req_common *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_entitlement_req_common_Type, obj, out, err);
}

/* CreateEntityTraitDefinitionRequestBody */
static const apic_field schematic_create_entity_trait_definition_request_body_desc_Fields[] = {
    {"display_name", 12, APIC_F_NULLABLE, offsetof(schematic_create_entity_trait_definition_request_body, display_name), -1, offsetof(schematic_create_entity_trait_definition_request_body, display_name_is_null), &apic_type_string},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_create_entity_trait_definition_request_body, entity_type), -1, -1, &schematic_entity_type_Type},
    {"hierarchy", 9, APIC_F_REQUIRED, offsetof(schematic_create_entity_trait_definition_request_body, hierarchy), -1, -1, &schematic_string_array_Type},
    {"trait_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_entity_trait_definition_request_body, trait_type), -1, -1, &schematic_trait_type_Type},
};
const apic_struct_desc schematic_create_entity_trait_definition_request_body_desc = {
    "CreateEntityTraitDefinitionRequestBody", sizeof(schematic_create_entity_trait_definition_request_body), schematic_create_entity_trait_definition_request_body_desc_Fields, 4,
    offsetof(schematic_create_entity_trait_definition_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_entity_trait_definition_request_body_free(schematic_create_entity_trait_definition_request_body *obj)
{
    apic_struct_free(&schematic_create_entity_trait_definition_request_body_desc, obj);
}

int schematic_create_entity_trait_definition_request_body_from_json(const char *json, size_t len, schematic_create_entity_trait_definition_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_entity_trait_definition_request_body_Type, json, len, &value, err);
    *out = (schematic_create_entity_trait_definition_request_body *)value;
    return rc;
}

int schematic_create_entity_trait_definition_request_body_to_json(const schematic_create_entity_trait_definition_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_entity_trait_definition_request_body_Type, obj, out, err);
}

/* CreateEnvironmentRequestBody */
static const apic_field schematic_create_environment_request_body_desc_Fields[] = {
    {"environment_type", 16, APIC_F_REQUIRED, offsetof(schematic_create_environment_request_body, environment_type), -1, -1, &schematic_environment_type_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_environment_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_environment_request_body_desc = {
    "CreateEnvironmentRequestBody", sizeof(schematic_create_environment_request_body), schematic_create_environment_request_body_desc_Fields, 2,
    offsetof(schematic_create_environment_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_environment_request_body_free(schematic_create_environment_request_body *obj)
{
    apic_struct_free(&schematic_create_environment_request_body_desc, obj);
}

int schematic_create_environment_request_body_from_json(const char *json, size_t len, schematic_create_environment_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_environment_request_body_Type, json, len, &value, err);
    *out = (schematic_create_environment_request_body *)value;
    return rc;
}

int schematic_create_environment_request_body_to_json(const schematic_create_environment_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_environment_request_body_Type, obj, out, err);
}

/* CreateEventBatchRequestBody */
static const apic_field schematic_create_event_batch_request_body_desc_Fields[] = {
    {"events", 6, APIC_F_REQUIRED, offsetof(schematic_create_event_batch_request_body, events), -1, -1, &schematic_create_event_request_body_array_Type},
};
const apic_struct_desc schematic_create_event_batch_request_body_desc = {
    "CreateEventBatchRequestBody", sizeof(schematic_create_event_batch_request_body), schematic_create_event_batch_request_body_desc_Fields, 1,
    offsetof(schematic_create_event_batch_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_event_batch_request_body_free(schematic_create_event_batch_request_body *obj)
{
    apic_struct_free(&schematic_create_event_batch_request_body_desc, obj);
}

int schematic_create_event_batch_request_body_from_json(const char *json, size_t len, schematic_create_event_batch_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_event_batch_request_body_Type, json, len, &value, err);
    *out = (schematic_create_event_batch_request_body *)value;
    return rc;
}

int schematic_create_event_batch_request_body_to_json(const schematic_create_event_batch_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_event_batch_request_body_Type, obj, out, err);
}

/* CreateEventRequestBody */
static const apic_field schematic_create_event_request_body_desc_Fields[] = {
    {"backfill", 8, APIC_F_NULLABLE, offsetof(schematic_create_event_request_body, backfill), offsetof(schematic_create_event_request_body, has_backfill), offsetof(schematic_create_event_request_body, backfill_is_null), &apic_type_bool},
    {"body", 4, 0, offsetof(schematic_create_event_request_body, body), -1, -1, &schematic_event_body_Type},
    {"event_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_event_request_body, event_type), -1, -1, &schematic_event_type_model_Type},
    {"idempotency_key", 15, APIC_F_NULLABLE, offsetof(schematic_create_event_request_body, idempotency_key), -1, offsetof(schematic_create_event_request_body, idempotency_key_is_null), &apic_type_string},
    {"sent_at", 7, APIC_F_NULLABLE, offsetof(schematic_create_event_request_body, sent_at), -1, offsetof(schematic_create_event_request_body, sent_at_is_null), &schematic_string_date_time_Type},
    {"trusted_client_clock", 20, APIC_F_NULLABLE, offsetof(schematic_create_event_request_body, trusted_client_clock), offsetof(schematic_create_event_request_body, has_trusted_client_clock), offsetof(schematic_create_event_request_body, trusted_client_clock_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_create_event_request_body_desc = {
    "CreateEventRequestBody", sizeof(schematic_create_event_request_body), schematic_create_event_request_body_desc_Fields, 6,
    offsetof(schematic_create_event_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_event_request_body_free(schematic_create_event_request_body *obj)
{
    apic_struct_free(&schematic_create_event_request_body_desc, obj);
}

int schematic_create_event_request_body_from_json(const char *json, size_t len, schematic_create_event_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_event_request_body_Type, json, len, &value, err);
    *out = (schematic_create_event_request_body *)value;
    return rc;
}

int schematic_create_event_request_body_to_json(const schematic_create_event_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_event_request_body_Type, obj, out, err);
}

/* EventBodyTrack */
static const apic_field schematic_event_body_track_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_event_body_track, company), offsetof(schematic_event_body_track, has_company), -1, &schematic_string_map_Type},
    {"event", 5, APIC_F_REQUIRED, offsetof(schematic_event_body_track, event), -1, -1, &apic_type_string},
    {"lease_id", 8, 0, offsetof(schematic_event_body_track, lease_id), -1, -1, &apic_type_string},
    {"quantity", 8, 0, offsetof(schematic_event_body_track, quantity), offsetof(schematic_event_body_track, has_quantity), -1, &apic_type_int64},
    {"traits", 6, 0, offsetof(schematic_event_body_track, traits), offsetof(schematic_event_body_track, has_traits), -1, &apic_type_json_map},
    {"user", 4, 0, offsetof(schematic_event_body_track, user), offsetof(schematic_event_body_track, has_user), -1, &schematic_string_map_Type},
};
const apic_struct_desc schematic_event_body_track_desc = {
    "EventBodyTrack", sizeof(schematic_event_body_track), schematic_event_body_track_desc_Fields, 6,
    offsetof(schematic_event_body_track, unknown_fields),
    -1,
    NULL
};

void schematic_event_body_track_free(schematic_event_body_track *obj)
{
    apic_struct_free(&schematic_event_body_track_desc, obj);
}

int schematic_event_body_track_from_json(const char *json, size_t len, schematic_event_body_track **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_body_track_Type, json, len, &value, err);
    *out = (schematic_event_body_track *)value;
    return rc;
}

int schematic_event_body_track_to_json(const schematic_event_body_track *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_body_track_Type, obj, out, err);
}

/* EventBodyFlagCheck */
static const apic_field schematic_event_body_flag_check_desc_Fields[] = {
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_event_body_flag_check, company_id), -1, offsetof(schematic_event_body_flag_check, company_id_is_null), &apic_type_string},
    {"error", 5, APIC_F_NULLABLE, offsetof(schematic_event_body_flag_check, error), -1, offsetof(schematic_event_body_flag_check, error_is_null), &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_event_body_flag_check, flag_id), -1, offsetof(schematic_event_body_flag_check, flag_id_is_null), &apic_type_string},
    {"flag_key", 8, APIC_F_REQUIRED, offsetof(schematic_event_body_flag_check, flag_key), -1, -1, &apic_type_string},
    {"preflight", 9, 0, offsetof(schematic_event_body_flag_check, preflight), offsetof(schematic_event_body_flag_check, has_preflight), -1, &apic_type_bool},
    {"reason", 6, APIC_F_REQUIRED, offsetof(schematic_event_body_flag_check, reason), -1, -1, &apic_type_string},
    {"req_company", 11, APIC_F_NULLABLE, offsetof(schematic_event_body_flag_check, req_company), offsetof(schematic_event_body_flag_check, has_req_company), offsetof(schematic_event_body_flag_check, req_company_is_null), &schematic_string_map_Type},
    {"req_user", 8, APIC_F_NULLABLE, offsetof(schematic_event_body_flag_check, req_user), offsetof(schematic_event_body_flag_check, has_req_user), offsetof(schematic_event_body_flag_check, req_user_is_null), &schematic_string_map_Type},
    {"rule_id", 7, APIC_F_NULLABLE, offsetof(schematic_event_body_flag_check, rule_id), -1, offsetof(schematic_event_body_flag_check, rule_id_is_null), &apic_type_string},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_event_body_flag_check, user_id), -1, offsetof(schematic_event_body_flag_check, user_id_is_null), &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_event_body_flag_check, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_event_body_flag_check_desc = {
    "EventBodyFlagCheck", sizeof(schematic_event_body_flag_check), schematic_event_body_flag_check_desc_Fields, 11,
    offsetof(schematic_event_body_flag_check, unknown_fields),
    -1,
    NULL
};

void schematic_event_body_flag_check_free(schematic_event_body_flag_check *obj)
{
    apic_struct_free(&schematic_event_body_flag_check_desc, obj);
}

int schematic_event_body_flag_check_from_json(const char *json, size_t len, schematic_event_body_flag_check **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_body_flag_check_Type, json, len, &value, err);
    *out = (schematic_event_body_flag_check *)value;
    return rc;
}

int schematic_event_body_flag_check_to_json(const schematic_event_body_flag_check *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_body_flag_check_Type, obj, out, err);
}

/* EventBodyIdentify */
static const apic_field schematic_event_body_identify_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_event_body_identify, company), -1, -1, &schematic_event_body_identify_company_Type},
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_event_body_identify, keys), -1, -1, &schematic_string_map_Type},
    {"name", 4, 0, offsetof(schematic_event_body_identify, name), -1, -1, &apic_type_string},
    {"traits", 6, 0, offsetof(schematic_event_body_identify, traits), offsetof(schematic_event_body_identify, has_traits), -1, &apic_type_json_map},
};
const apic_struct_desc schematic_event_body_identify_desc = {
    "EventBodyIdentify", sizeof(schematic_event_body_identify), schematic_event_body_identify_desc_Fields, 4,
    offsetof(schematic_event_body_identify, unknown_fields),
    -1,
    NULL
};

void schematic_event_body_identify_free(schematic_event_body_identify *obj)
{
    apic_struct_free(&schematic_event_body_identify_desc, obj);
}

int schematic_event_body_identify_from_json(const char *json, size_t len, schematic_event_body_identify **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_body_identify_Type, json, len, &value, err);
    *out = (schematic_event_body_identify *)value;
    return rc;
}

int schematic_event_body_identify_to_json(const schematic_event_body_identify *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_body_identify_Type, obj, out, err);
}

/* EventBodyIdentify.company */
static const apic_field schematic_event_body_identify_company_desc_Fields[] = {
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_event_body_identify_company, keys), -1, -1, &schematic_string_map_Type},
    {"name", 4, 0, offsetof(schematic_event_body_identify_company, name), -1, -1, &apic_type_string},
    {"traits", 6, 0, offsetof(schematic_event_body_identify_company, traits), offsetof(schematic_event_body_identify_company, has_traits), -1, &apic_type_json_map},
};
const apic_struct_desc schematic_event_body_identify_company_desc = {
    "EventBodyIdentify.company", sizeof(schematic_event_body_identify_company), schematic_event_body_identify_company_desc_Fields, 3,
    offsetof(schematic_event_body_identify_company, unknown_fields),
    -1,
    NULL
};

void schematic_event_body_identify_company_free(schematic_event_body_identify_company *obj)
{
    apic_struct_free(&schematic_event_body_identify_company_desc, obj);
}

int schematic_event_body_identify_company_from_json(const char *json, size_t len, schematic_event_body_identify_company **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_body_identify_company_Type, json, len, &value, err);
    *out = (schematic_event_body_identify_company *)value;
    return rc;
}

int schematic_event_body_identify_company_to_json(const schematic_event_body_identify_company *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_body_identify_company_Type, obj, out, err);
}

/* EventBodyInference */
static const apic_field schematic_event_body_inference_desc_Fields[] = {
    {"cached_input_tokens", 19, 0, offsetof(schematic_event_body_inference, cached_input_tokens), offsetof(schematic_event_body_inference, has_cached_input_tokens), -1, &apic_type_int64},
    {"company", 7, APIC_F_REQUIRED, offsetof(schematic_event_body_inference, company), -1, -1, &schematic_string_map_Type},
    {"cost", 4, 0, offsetof(schematic_event_body_inference, cost), -1, -1, &apic_type_string},
    {"currency", 8, 0, offsetof(schematic_event_body_inference, currency), -1, -1, &apic_type_string},
    {"event", 5, 0, offsetof(schematic_event_body_inference, event), -1, -1, &apic_type_string},
    {"input_tokens", 12, APIC_F_REQUIRED, offsetof(schematic_event_body_inference, input_tokens), -1, -1, &apic_type_int64},
    {"operation", 9, 0, offsetof(schematic_event_body_inference, operation), -1, -1, &apic_type_string},
    {"output_tokens", 13, APIC_F_REQUIRED, offsetof(schematic_event_body_inference, output_tokens), -1, -1, &apic_type_int64},
    {"provider", 8, APIC_F_REQUIRED, offsetof(schematic_event_body_inference, provider), -1, -1, &apic_type_string},
    {"reasoning_tokens", 16, 0, offsetof(schematic_event_body_inference, reasoning_tokens), offsetof(schematic_event_body_inference, has_reasoning_tokens), -1, &apic_type_int64},
    {"request_model", 13, 0, offsetof(schematic_event_body_inference, request_model), -1, -1, &apic_type_string},
    {"requests", 8, 0, offsetof(schematic_event_body_inference, requests), offsetof(schematic_event_body_inference, has_requests), -1, &apic_type_int64},
    {"response_model", 14, APIC_F_REQUIRED, offsetof(schematic_event_body_inference, response_model), -1, -1, &apic_type_string},
    {"user", 4, 0, offsetof(schematic_event_body_inference, user), offsetof(schematic_event_body_inference, has_user), -1, &schematic_string_map_Type},
};
const apic_struct_desc schematic_event_body_inference_desc = {
    "EventBodyInference", sizeof(schematic_event_body_inference), schematic_event_body_inference_desc_Fields, 14,
    offsetof(schematic_event_body_inference, unknown_fields),
    -1,
    NULL
};

void schematic_event_body_inference_free(schematic_event_body_inference *obj)
{
    apic_struct_free(&schematic_event_body_inference_desc, obj);
}

int schematic_event_body_inference_from_json(const char *json, size_t len, schematic_event_body_inference **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_body_inference_Type, json, len, &value, err);
    *out = (schematic_event_body_inference *)value;
    return rc;
}

int schematic_event_body_inference_to_json(const schematic_event_body_inference *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_body_inference_Type, obj, out, err);
}

/* CreateFeatureRequestBody */
static const apic_field schematic_create_feature_request_body_desc_Fields[] = {
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_create_feature_request_body, description), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_create_feature_request_body, event_subtype), -1, offsetof(schematic_create_feature_request_body, event_subtype_is_null), &apic_type_string},
    {"feature_type", 12, APIC_F_REQUIRED, offsetof(schematic_create_feature_request_body, feature_type), -1, -1, &schematic_feature_type_Type},
    {"flag", 4, 0, offsetof(schematic_create_feature_request_body, flag), -1, -1, &schematic_create_or_update_flag_request_body_Type},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_create_feature_request_body, icon), -1, offsetof(schematic_create_feature_request_body, icon_is_null), &apic_type_string},
    {"lifecycle_phase", 15, APIC_F_NULLABLE, offsetof(schematic_create_feature_request_body, lifecycle_phase), offsetof(schematic_create_feature_request_body, has_lifecycle_phase), offsetof(schematic_create_feature_request_body, lifecycle_phase_is_null), &schematic_feature_lifecycle_phase_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_create_feature_request_body, maintainer_account_member_id), -1, offsetof(schematic_create_feature_request_body, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_feature_request_body, name), -1, -1, &apic_type_string},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_create_feature_request_body, plural_name), -1, offsetof(schematic_create_feature_request_body, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_create_feature_request_body, singular_name), -1, offsetof(schematic_create_feature_request_body, singular_name_is_null), &apic_type_string},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_create_feature_request_body, trait_id), -1, offsetof(schematic_create_feature_request_body, trait_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_feature_request_body_desc = {
    "CreateFeatureRequestBody", sizeof(schematic_create_feature_request_body), schematic_create_feature_request_body_desc_Fields, 11,
    offsetof(schematic_create_feature_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_feature_request_body_free(schematic_create_feature_request_body *obj)
{
    apic_struct_free(&schematic_create_feature_request_body_desc, obj);
}

int schematic_create_feature_request_body_from_json(const char *json, size_t len, schematic_create_feature_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_feature_request_body_Type, json, len, &value, err);
    *out = (schematic_create_feature_request_body *)value;
    return rc;
}

int schematic_create_feature_request_body_to_json(const schematic_create_feature_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_feature_request_body_Type, obj, out, err);
}

/* CreateFlagRequestBody */
static const apic_field schematic_create_flag_request_body_desc_Fields[] = {
    {"default_value", 13, APIC_F_REQUIRED, offsetof(schematic_create_flag_request_body, default_value), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_create_flag_request_body, description), -1, -1, &apic_type_string},
    {"feature_id", 10, APIC_F_NULLABLE, offsetof(schematic_create_flag_request_body, feature_id), -1, offsetof(schematic_create_flag_request_body, feature_id_is_null), &apic_type_string},
    {"flag_type", 9, APIC_F_REQUIRED, offsetof(schematic_create_flag_request_body, flag_type), -1, -1, &schematic_flag_type_Type},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_create_flag_request_body, key), -1, -1, &apic_type_string},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_create_flag_request_body, maintainer_account_member_id), -1, offsetof(schematic_create_flag_request_body, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_flag_request_body, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_flag_request_body_desc = {
    "CreateFlagRequestBody", sizeof(schematic_create_flag_request_body), schematic_create_flag_request_body_desc_Fields, 7,
    offsetof(schematic_create_flag_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_flag_request_body_free(schematic_create_flag_request_body *obj)
{
    apic_struct_free(&schematic_create_flag_request_body_desc, obj);
}

int schematic_create_flag_request_body_from_json(const char *json, size_t len, schematic_create_flag_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_flag_request_body_Type, json, len, &value, err);
    *out = (schematic_create_flag_request_body *)value;
    return rc;
}

int schematic_create_flag_request_body_to_json(const schematic_create_flag_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_flag_request_body_Type, obj, out, err);
}

/* CreateInvoiceRequestBody */
static const apic_field schematic_create_invoice_request_body_desc_Fields[] = {
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(schematic_create_invoice_request_body, amount_due), -1, -1, &apic_type_int64},
    {"amount_paid", 11, APIC_F_REQUIRED, offsetof(schematic_create_invoice_request_body, amount_paid), -1, -1, &apic_type_int64},
    {"amount_remaining", 16, APIC_F_REQUIRED, offsetof(schematic_create_invoice_request_body, amount_remaining), -1, -1, &apic_type_int64},
    {"collection_method", 17, APIC_F_REQUIRED, offsetof(schematic_create_invoice_request_body, collection_method), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_create_invoice_request_body, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_create_invoice_request_body, customer_external_id), -1, -1, &apic_type_string},
    {"due_date", 8, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, due_date), -1, offsetof(schematic_create_invoice_request_body, due_date_is_null), &schematic_string_date_time_Type},
    {"ending_balance", 14, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, ending_balance), offsetof(schematic_create_invoice_request_body, has_ending_balance), offsetof(schematic_create_invoice_request_body, ending_balance_is_null), &apic_type_int64},
    {"external_id", 11, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, external_id), -1, offsetof(schematic_create_invoice_request_body, external_id_is_null), &apic_type_string},
    {"payment_method_external_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, payment_method_external_id), -1, offsetof(schematic_create_invoice_request_body, payment_method_external_id_is_null), &apic_type_string},
    {"starting_balance", 16, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, starting_balance), offsetof(schematic_create_invoice_request_body, has_starting_balance), offsetof(schematic_create_invoice_request_body, starting_balance_is_null), &apic_type_int64},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, status), offsetof(schematic_create_invoice_request_body, has_status), offsetof(schematic_create_invoice_request_body, status_is_null), &schematic_invoice_status_Type},
    {"subscription_external_id", 24, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, subscription_external_id), -1, offsetof(schematic_create_invoice_request_body, subscription_external_id_is_null), &apic_type_string},
    {"subtotal", 8, APIC_F_REQUIRED, offsetof(schematic_create_invoice_request_body, subtotal), -1, -1, &apic_type_int64},
    {"url", 3, APIC_F_NULLABLE, offsetof(schematic_create_invoice_request_body, url), -1, offsetof(schematic_create_invoice_request_body, url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_invoice_request_body_desc = {
    "CreateInvoiceRequestBody", sizeof(schematic_create_invoice_request_body), schematic_create_invoice_request_body_desc_Fields, 15,
    offsetof(schematic_create_invoice_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_invoice_request_body_free(schematic_create_invoice_request_body *obj)
{
    apic_struct_free(&schematic_create_invoice_request_body_desc, obj);
}

int schematic_create_invoice_request_body_from_json(const char *json, size_t len, schematic_create_invoice_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_invoice_request_body_Type, json, len, &value, err);
    *out = (schematic_create_invoice_request_body *)value;
    return rc;
}

int schematic_create_invoice_request_body_to_json(const schematic_create_invoice_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_invoice_request_body_Type, obj, out, err);
}

/* CreateMeterRequestBody */
static const apic_field schematic_create_meter_request_body_desc_Fields[] = {
    {"display_name", 12, APIC_F_REQUIRED, offsetof(schematic_create_meter_request_body, display_name), -1, -1, &apic_type_string},
    {"event_name", 10, APIC_F_REQUIRED, offsetof(schematic_create_meter_request_body, event_name), -1, -1, &apic_type_string},
    {"event_payload_key", 17, APIC_F_REQUIRED, offsetof(schematic_create_meter_request_body, event_payload_key), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_create_meter_request_body, external_id), -1, -1, &apic_type_string},
    {"provider_type", 13, APIC_F_NULLABLE, offsetof(schematic_create_meter_request_body, provider_type), offsetof(schematic_create_meter_request_body, has_provider_type), offsetof(schematic_create_meter_request_body, provider_type_is_null), &schematic_billing_provider_type_Type},
};
const apic_struct_desc schematic_create_meter_request_body_desc = {
    "CreateMeterRequestBody", sizeof(schematic_create_meter_request_body), schematic_create_meter_request_body_desc_Fields, 5,
    offsetof(schematic_create_meter_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_meter_request_body_free(schematic_create_meter_request_body *obj)
{
    apic_struct_free(&schematic_create_meter_request_body_desc, obj);
}

int schematic_create_meter_request_body_from_json(const char *json, size_t len, schematic_create_meter_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_meter_request_body_Type, json, len, &value, err);
    *out = (schematic_create_meter_request_body *)value;
    return rc;
}

int schematic_create_meter_request_body_to_json(const schematic_create_meter_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_meter_request_body_Type, obj, out, err);
}

/* CreateMigrationInput */
static const apic_field schematic_create_migration_input_desc_Fields[] = {
    {"company_ids", 11, 0, offsetof(schematic_create_migration_input, company_ids), offsetof(schematic_create_migration_input, has_company_ids), -1, &schematic_string_array_Type},
    {"excluded_company_ids", 20, 0, offsetof(schematic_create_migration_input, excluded_company_ids), offsetof(schematic_create_migration_input, has_excluded_company_ids), -1, &schematic_string_array_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_create_migration_input, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id_to", 18, APIC_F_REQUIRED, offsetof(schematic_create_migration_input, plan_version_id_to), -1, -1, &apic_type_string},
    {"plan_version_ids_from", 21, 0, offsetof(schematic_create_migration_input, plan_version_ids_from), offsetof(schematic_create_migration_input, has_plan_version_ids_from), -1, &schematic_string_array_Type},
    {"proration_behavior", 18, APIC_F_NULLABLE, offsetof(schematic_create_migration_input, proration_behavior), offsetof(schematic_create_migration_input, has_proration_behavior), offsetof(schematic_create_migration_input, proration_behavior_is_null), &schematic_migration_proration_behavior_Type},
    {"strategy", 8, APIC_F_REQUIRED, offsetof(schematic_create_migration_input, strategy), -1, -1, &schematic_plan_version_migration_strategy_Type},
    {"target_plan_type", 16, APIC_F_REQUIRED, offsetof(schematic_create_migration_input, target_plan_type), -1, -1, &schematic_plan_type_Type},
};
const apic_struct_desc schematic_create_migration_input_desc = {
    "CreateMigrationInput", sizeof(schematic_create_migration_input), schematic_create_migration_input_desc_Fields, 8,
    offsetof(schematic_create_migration_input, unknown_fields),
    -1,
    NULL
};

void schematic_create_migration_input_free(schematic_create_migration_input *obj)
{
    apic_struct_free(&schematic_create_migration_input_desc, obj);
}

int schematic_create_migration_input_from_json(const char *json, size_t len, schematic_create_migration_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_migration_input_Type, json, len, &value, err);
    *out = (schematic_create_migration_input *)value;
    return rc;
}

int schematic_create_migration_input_to_json(const schematic_create_migration_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_migration_input_Type, obj, out, err);
}

/* CreateOrUpdateConditionGroupRequestBody */
static const apic_field schematic_create_or_update_condition_group_request_body_desc_Fields[] = {
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_create_or_update_condition_group_request_body, conditions), -1, -1, &schematic_create_or_update_condition_request_body_array_Type},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_group_request_body, flag_id), -1, offsetof(schematic_create_or_update_condition_group_request_body, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_group_request_body, id), -1, offsetof(schematic_create_or_update_condition_group_request_body, id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_or_update_condition_group_request_body_desc = {
    "CreateOrUpdateConditionGroupRequestBody", sizeof(schematic_create_or_update_condition_group_request_body), schematic_create_or_update_condition_group_request_body_desc_Fields, 3,
    offsetof(schematic_create_or_update_condition_group_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_or_update_condition_group_request_body_free(schematic_create_or_update_condition_group_request_body *obj)
{
    apic_struct_free(&schematic_create_or_update_condition_group_request_body_desc, obj);
}

int schematic_create_or_update_condition_group_request_body_from_json(const char *json, size_t len, schematic_create_or_update_condition_group_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_or_update_condition_group_request_body_Type, json, len, &value, err);
    *out = (schematic_create_or_update_condition_group_request_body *)value;
    return rc;
}

int schematic_create_or_update_condition_group_request_body_to_json(const schematic_create_or_update_condition_group_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_or_update_condition_group_request_body_Type, obj, out, err);
}

/* CreateOrUpdateConditionRequestBody */
static const apic_field schematic_create_or_update_condition_request_body_desc_Fields[] = {
    {"comparison_trait_id", 19, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, comparison_trait_id), -1, offsetof(schematic_create_or_update_condition_request_body, comparison_trait_id_is_null), &apic_type_string},
    {"condition_type", 14, APIC_F_REQUIRED, offsetof(schematic_create_or_update_condition_request_body, condition_type), -1, -1, &schematic_condition_type_Type},
    {"credit_cost", 11, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, credit_cost), offsetof(schematic_create_or_update_condition_request_body, has_credit_cost), offsetof(schematic_create_or_update_condition_request_body, credit_cost_is_null), &apic_type_double},
    {"credit_id", 9, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, credit_id), -1, offsetof(schematic_create_or_update_condition_request_body, credit_id_is_null), &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, event_subtype), -1, offsetof(schematic_create_or_update_condition_request_body, event_subtype_is_null), &apic_type_string},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, id), -1, offsetof(schematic_create_or_update_condition_request_body, id_is_null), &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, metric_period), offsetof(schematic_create_or_update_condition_request_body, has_metric_period), offsetof(schematic_create_or_update_condition_request_body, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, metric_period_month_reset), offsetof(schematic_create_or_update_condition_request_body, has_metric_period_month_reset), offsetof(schematic_create_or_update_condition_request_body, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"metric_value", 12, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, metric_value), offsetof(schematic_create_or_update_condition_request_body, has_metric_value), offsetof(schematic_create_or_update_condition_request_body, metric_value_is_null), &apic_type_int64},
    {"operator", 8, APIC_F_REQUIRED, offsetof(schematic_create_or_update_condition_request_body, operator_), -1, -1, &schematic_comparable_operator_Type},
    {"resource_ids", 12, APIC_F_REQUIRED, offsetof(schematic_create_or_update_condition_request_body, resource_ids), -1, -1, &schematic_string_array_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, trait_id), -1, offsetof(schematic_create_or_update_condition_request_body, trait_id_is_null), &apic_type_string},
    {"trait_value", 11, APIC_F_NULLABLE, offsetof(schematic_create_or_update_condition_request_body, trait_value), -1, offsetof(schematic_create_or_update_condition_request_body, trait_value_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_or_update_condition_request_body_desc = {
    "CreateOrUpdateConditionRequestBody", sizeof(schematic_create_or_update_condition_request_body), schematic_create_or_update_condition_request_body_desc_Fields, 13,
    offsetof(schematic_create_or_update_condition_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_or_update_condition_request_body_free(schematic_create_or_update_condition_request_body *obj)
{
    apic_struct_free(&schematic_create_or_update_condition_request_body_desc, obj);
}

int schematic_create_or_update_condition_request_body_from_json(const char *json, size_t len, schematic_create_or_update_condition_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_or_update_condition_request_body_Type, json, len, &value, err);
    *out = (schematic_create_or_update_condition_request_body *)value;
    return rc;
}

int schematic_create_or_update_condition_request_body_to_json(const schematic_create_or_update_condition_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_or_update_condition_request_body_Type, obj, out, err);
}

/* CreateOrUpdateRuleRequestBody */
static const apic_field schematic_create_or_update_rule_request_body_desc_Fields[] = {
    {"condition_groups", 16, APIC_F_REQUIRED, offsetof(schematic_create_or_update_rule_request_body, condition_groups), -1, -1, &schematic_create_or_update_condition_group_request_body_array_Type},
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_create_or_update_rule_request_body, conditions), -1, -1, &schematic_create_or_update_condition_request_body_array_Type},
    {"id", 2, APIC_F_NULLABLE, offsetof(schematic_create_or_update_rule_request_body, id), -1, offsetof(schematic_create_or_update_rule_request_body, id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_or_update_rule_request_body, name), -1, -1, &apic_type_string},
    {"priority", 8, APIC_F_REQUIRED, offsetof(schematic_create_or_update_rule_request_body, priority), -1, -1, &apic_type_int64},
    {"rule_type", 9, APIC_F_NULLABLE, offsetof(schematic_create_or_update_rule_request_body, rule_type), offsetof(schematic_create_or_update_rule_request_body, has_rule_type), offsetof(schematic_create_or_update_rule_request_body, rule_type_is_null), &schematic_rule_type_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_create_or_update_rule_request_body, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_create_or_update_rule_request_body_desc = {
    "CreateOrUpdateRuleRequestBody", sizeof(schematic_create_or_update_rule_request_body), schematic_create_or_update_rule_request_body_desc_Fields, 7,
    offsetof(schematic_create_or_update_rule_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_or_update_rule_request_body_free(schematic_create_or_update_rule_request_body *obj)
{
    apic_struct_free(&schematic_create_or_update_rule_request_body_desc, obj);
}

int schematic_create_or_update_rule_request_body_from_json(const char *json, size_t len, schematic_create_or_update_rule_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_or_update_rule_request_body_Type, json, len, &value, err);
    *out = (schematic_create_or_update_rule_request_body *)value;
    return rc;
}

int schematic_create_or_update_rule_request_body_to_json(const schematic_create_or_update_rule_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_or_update_rule_request_body_Type, obj, out, err);
}

/* CreatePaymentMethodRequestBody */
static const apic_field schematic_create_payment_method_request_body_desc_Fields[] = {
    {"account_last4", 13, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, account_last4), -1, offsetof(schematic_create_payment_method_request_body, account_last4_is_null), &apic_type_string},
    {"account_name", 12, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, account_name), -1, offsetof(schematic_create_payment_method_request_body, account_name_is_null), &apic_type_string},
    {"bank_name", 9, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, bank_name), -1, offsetof(schematic_create_payment_method_request_body, bank_name_is_null), &apic_type_string},
    {"billing_email", 13, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, billing_email), -1, offsetof(schematic_create_payment_method_request_body, billing_email_is_null), &apic_type_string},
    {"billing_name", 12, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, billing_name), -1, offsetof(schematic_create_payment_method_request_body, billing_name_is_null), &apic_type_string},
    {"card_brand", 10, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, card_brand), -1, offsetof(schematic_create_payment_method_request_body, card_brand_is_null), &apic_type_string},
    {"card_exp_month", 14, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, card_exp_month), offsetof(schematic_create_payment_method_request_body, has_card_exp_month), offsetof(schematic_create_payment_method_request_body, card_exp_month_is_null), &apic_type_int64},
    {"card_exp_year", 13, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, card_exp_year), offsetof(schematic_create_payment_method_request_body, has_card_exp_year), offsetof(schematic_create_payment_method_request_body, card_exp_year_is_null), &apic_type_int64},
    {"card_last4", 10, APIC_F_NULLABLE, offsetof(schematic_create_payment_method_request_body, card_last4), -1, offsetof(schematic_create_payment_method_request_body, card_last4_is_null), &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_create_payment_method_request_body, customer_external_id), -1, -1, &apic_type_string},
    {"external_id", 11, APIC_F_REQUIRED, offsetof(schematic_create_payment_method_request_body, external_id), -1, -1, &apic_type_string},
    {"payment_method_type", 19, APIC_F_REQUIRED, offsetof(schematic_create_payment_method_request_body, payment_method_type), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_payment_method_request_body_desc = {
    "CreatePaymentMethodRequestBody", sizeof(schematic_create_payment_method_request_body), schematic_create_payment_method_request_body_desc_Fields, 12,
    offsetof(schematic_create_payment_method_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_payment_method_request_body_free(schematic_create_payment_method_request_body *obj)
{
    apic_struct_free(&schematic_create_payment_method_request_body_desc, obj);
}

int schematic_create_payment_method_request_body_from_json(const char *json, size_t len, schematic_create_payment_method_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_payment_method_request_body_Type, json, len, &value, err);
    *out = (schematic_create_payment_method_request_body *)value;
    return rc;
}

int schematic_create_payment_method_request_body_to_json(const schematic_create_payment_method_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_payment_method_request_body_Type, obj, out, err);
}

/* CreatePlanBundleRequestBody */
static const apic_field schematic_create_plan_bundle_request_body_desc_Fields[] = {
    {"billing_product", 15, 0, offsetof(schematic_create_plan_bundle_request_body, billing_product), -1, -1, &schematic_upsert_billing_product_request_body_Type},
    {"credit_grants", 13, 0, offsetof(schematic_create_plan_bundle_request_body, credit_grants), offsetof(schematic_create_plan_bundle_request_body, has_credit_grants), -1, &schematic_plan_bundle_credit_grant_request_body_array_Type},
    {"entitlements", 12, APIC_F_REQUIRED, offsetof(schematic_create_plan_bundle_request_body, entitlements), -1, -1, &schematic_plan_bundle_entitlement_request_body_array_Type},
    {"plan", 4, APIC_F_REQUIRED, offsetof(schematic_create_plan_bundle_request_body, plan), -1, -1, &schematic_create_plan_request_body_Type},
};
const apic_struct_desc schematic_create_plan_bundle_request_body_desc = {
    "CreatePlanBundleRequestBody", sizeof(schematic_create_plan_bundle_request_body), schematic_create_plan_bundle_request_body_desc_Fields, 4,
    offsetof(schematic_create_plan_bundle_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_plan_bundle_request_body_free(schematic_create_plan_bundle_request_body *obj)
{
    apic_struct_free(&schematic_create_plan_bundle_request_body_desc, obj);
}

int schematic_create_plan_bundle_request_body_from_json(const char *json, size_t len, schematic_create_plan_bundle_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_plan_bundle_request_body_Type, json, len, &value, err);
    *out = (schematic_create_plan_bundle_request_body *)value;
    return rc;
}

int schematic_create_plan_bundle_request_body_to_json(const schematic_create_plan_bundle_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_plan_bundle_request_body_Type, obj, out, err);
}

/* CreatePlanRequestBody */
static const apic_field schematic_create_plan_request_body_desc_Fields[] = {
    {"description", 11, 0, offsetof(schematic_create_plan_request_body, description), -1, -1, &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_create_plan_request_body, icon), offsetof(schematic_create_plan_request_body, has_icon), offsetof(schematic_create_plan_request_body, icon_is_null), &schematic_plan_icon_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_plan_request_body, name), -1, -1, &apic_type_string},
    {"plan_type", 9, APIC_F_REQUIRED, offsetof(schematic_create_plan_request_body, plan_type), -1, -1, &schematic_plan_type_Type},
};
const apic_struct_desc schematic_create_plan_request_body_desc = {
    "CreatePlanRequestBody", sizeof(schematic_create_plan_request_body), schematic_create_plan_request_body_desc_Fields, 4,
    offsetof(schematic_create_plan_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_plan_request_body_free(schematic_create_plan_request_body *obj)
{
    apic_struct_free(&schematic_create_plan_request_body_desc, obj);
}

int schematic_create_plan_request_body_from_json(const char *json, size_t len, schematic_create_plan_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_plan_request_body_Type, json, len, &value, err);
    *out = (schematic_create_plan_request_body *)value;
    return rc;
}

int schematic_create_plan_request_body_to_json(const schematic_create_plan_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_plan_request_body_Type, obj, out, err);
}

/* CreatePlanEntitlementRequestBody */
static const apic_field schematic_create_plan_entitlement_request_body_desc_Fields[] = {
    {"billing_product_id", 18, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, billing_product_id), -1, offsetof(schematic_create_plan_entitlement_request_body, billing_product_id_is_null), &apic_type_string},
    {"billing_threshold", 17, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, billing_threshold), offsetof(schematic_create_plan_entitlement_request_body, has_billing_threshold), offsetof(schematic_create_plan_entitlement_request_body, billing_threshold_is_null), &apic_type_int64},
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, credit_consumption_rate), offsetof(schematic_create_plan_entitlement_request_body, has_credit_consumption_rate), offsetof(schematic_create_plan_entitlement_request_body, credit_consumption_rate_is_null), &apic_type_double},
    {"currency", 8, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, currency), -1, offsetof(schematic_create_plan_entitlement_request_body, currency_is_null), &apic_type_string},
    {"currency_prices", 15, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, currency_prices), offsetof(schematic_create_plan_entitlement_request_body, has_currency_prices), offsetof(schematic_create_plan_entitlement_request_body, currency_prices_is_null), &schematic_currency_price_request_body_array_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_plan_entitlement_request_body, feature_id), -1, -1, &apic_type_string},
    {"metric_period", 13, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, metric_period), offsetof(schematic_create_plan_entitlement_request_body, has_metric_period), offsetof(schematic_create_plan_entitlement_request_body, metric_period_is_null), &schematic_metric_period_Type},
    {"metric_period_month_reset", 25, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, metric_period_month_reset), offsetof(schematic_create_plan_entitlement_request_body, has_metric_period_month_reset), offsetof(schematic_create_plan_entitlement_request_body, metric_period_month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"monthly_metered_price_id", 24, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, monthly_metered_price_id), -1, offsetof(schematic_create_plan_entitlement_request_body, monthly_metered_price_id_is_null), &apic_type_string},
    {"monthly_price_tiers", 19, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, monthly_price_tiers), offsetof(schematic_create_plan_entitlement_request_body, has_monthly_price_tiers), offsetof(schematic_create_plan_entitlement_request_body, monthly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"monthly_unit_price", 18, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, monthly_unit_price), offsetof(schematic_create_plan_entitlement_request_body, has_monthly_unit_price), offsetof(schematic_create_plan_entitlement_request_body, monthly_unit_price_is_null), &apic_type_int64},
    {"monthly_unit_price_decimal", 26, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, monthly_unit_price_decimal), -1, offsetof(schematic_create_plan_entitlement_request_body, monthly_unit_price_decimal_is_null), &apic_type_string},
    {"overage_billing_product_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, overage_billing_product_id), -1, offsetof(schematic_create_plan_entitlement_request_body, overage_billing_product_id_is_null), &apic_type_string},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_create_plan_entitlement_request_body, plan_id), -1, -1, &apic_type_string},
    {"plan_version_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, plan_version_id), -1, offsetof(schematic_create_plan_entitlement_request_body, plan_version_id_is_null), &apic_type_string},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, price_behavior), offsetof(schematic_create_plan_entitlement_request_body, has_price_behavior), offsetof(schematic_create_plan_entitlement_request_body, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"price_tiers", 11, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, price_tiers), offsetof(schematic_create_plan_entitlement_request_body, has_price_tiers), offsetof(schematic_create_plan_entitlement_request_body, price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_metered_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, quarterly_metered_price_id), -1, offsetof(schematic_create_plan_entitlement_request_body, quarterly_metered_price_id_is_null), &apic_type_string},
    {"quarterly_price_tiers", 21, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, quarterly_price_tiers), offsetof(schematic_create_plan_entitlement_request_body, has_quarterly_price_tiers), offsetof(schematic_create_plan_entitlement_request_body, quarterly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"quarterly_unit_price", 20, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, quarterly_unit_price), offsetof(schematic_create_plan_entitlement_request_body, has_quarterly_unit_price), offsetof(schematic_create_plan_entitlement_request_body, quarterly_unit_price_is_null), &apic_type_int64},
    {"quarterly_unit_price_decimal", 28, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, quarterly_unit_price_decimal), -1, offsetof(schematic_create_plan_entitlement_request_body, quarterly_unit_price_decimal_is_null), &apic_type_string},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, soft_limit), offsetof(schematic_create_plan_entitlement_request_body, has_soft_limit), offsetof(schematic_create_plan_entitlement_request_body, soft_limit_is_null), &apic_type_int64},
    {"tier_mode", 9, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, tier_mode), offsetof(schematic_create_plan_entitlement_request_body, has_tier_mode), offsetof(schematic_create_plan_entitlement_request_body, tier_mode_is_null), &schematic_billing_tiers_mode_Type},
    {"usage_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, usage_quantity), offsetof(schematic_create_plan_entitlement_request_body, has_usage_quantity), offsetof(schematic_create_plan_entitlement_request_body, usage_quantity_is_null), &apic_type_int64},
    {"value_bool", 10, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, value_bool), offsetof(schematic_create_plan_entitlement_request_body, has_value_bool), offsetof(schematic_create_plan_entitlement_request_body, value_bool_is_null), &apic_type_bool},
    {"value_credit_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, value_credit_id), -1, offsetof(schematic_create_plan_entitlement_request_body, value_credit_id_is_null), &apic_type_string},
    {"value_numeric", 13, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, value_numeric), offsetof(schematic_create_plan_entitlement_request_body, has_value_numeric), offsetof(schematic_create_plan_entitlement_request_body, value_numeric_is_null), &apic_type_int64},
    {"value_trait_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, value_trait_id), -1, offsetof(schematic_create_plan_entitlement_request_body, value_trait_id_is_null), &apic_type_string},
    {"value_type", 10, APIC_F_REQUIRED, offsetof(schematic_create_plan_entitlement_request_body, value_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"warning_tiers", 13, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, warning_tiers), offsetof(schematic_create_plan_entitlement_request_body, has_warning_tiers), offsetof(schematic_create_plan_entitlement_request_body, warning_tiers_is_null), &schematic_warning_tier_request_body_array_Type},
    {"yearly_metered_price_id", 23, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, yearly_metered_price_id), -1, offsetof(schematic_create_plan_entitlement_request_body, yearly_metered_price_id_is_null), &apic_type_string},
    {"yearly_price_tiers", 18, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, yearly_price_tiers), offsetof(schematic_create_plan_entitlement_request_body, has_yearly_price_tiers), offsetof(schematic_create_plan_entitlement_request_body, yearly_price_tiers_is_null), &schematic_create_price_tier_request_body_array_Type},
    {"yearly_unit_price", 17, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, yearly_unit_price), offsetof(schematic_create_plan_entitlement_request_body, has_yearly_unit_price), offsetof(schematic_create_plan_entitlement_request_body, yearly_unit_price_is_null), &apic_type_int64},
    {"yearly_unit_price_decimal", 25, APIC_F_NULLABLE, offsetof(schematic_create_plan_entitlement_request_body, yearly_unit_price_decimal), -1, offsetof(schematic_create_plan_entitlement_request_body, yearly_unit_price_decimal_is_null), &apic_type_string},
};
const apic_struct_desc schematic_create_plan_entitlement_request_body_desc = {
    "CreatePlanEntitlementRequestBody", sizeof(schematic_create_plan_entitlement_request_body), schematic_create_plan_entitlement_request_body_desc_Fields, 34,
    offsetof(schematic_create_plan_entitlement_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_plan_entitlement_request_body_free(schematic_create_plan_entitlement_request_body *obj)
{
    apic_struct_free(&schematic_create_plan_entitlement_request_body_desc, obj);
}

int schematic_create_plan_entitlement_request_body_from_json(const char *json, size_t len, schematic_create_plan_entitlement_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_plan_entitlement_request_body_Type, json, len, &value, err);
    *out = (schematic_create_plan_entitlement_request_body *)value;
    return rc;
}

int schematic_create_plan_entitlement_request_body_to_json(const schematic_create_plan_entitlement_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_plan_entitlement_request_body_Type, obj, out, err);
}

/* CreatePlanGroupRequestBody */
static const apic_field schematic_create_plan_group_request_body_desc_Fields[] = {
    {"add_on_compatibilities", 22, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, add_on_compatibilities), offsetof(schematic_create_plan_group_request_body, has_add_on_compatibilities), offsetof(schematic_create_plan_group_request_body, add_on_compatibilities_is_null), &schematic_compatible_plans_array_Type},
    {"add_on_ids", 10, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, add_on_ids), -1, -1, &schematic_string_array_Type},
    {"checkout_bundle_purchase_behavior", 33, 0, offsetof(schematic_create_plan_group_request_body, checkout_bundle_purchase_behavior), offsetof(schematic_create_plan_group_request_body, has_checkout_bundle_purchase_behavior), -1, &schematic_checkout_bundle_purchase_behavior_Type},
    {"checkout_collect_address", 24, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, checkout_collect_address), -1, -1, &apic_type_bool},
    {"checkout_collect_email", 22, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, checkout_collect_email), -1, -1, &apic_type_bool},
    {"checkout_collect_phone", 22, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, checkout_collect_phone), -1, -1, &apic_type_bool},
    {"checkout_collect_tax_id", 23, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, checkout_collect_tax_id), -1, -1, &apic_type_bool},
    {"custom_checkout_fields", 22, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, custom_checkout_fields), offsetof(schematic_create_plan_group_request_body, has_custom_checkout_fields), offsetof(schematic_create_plan_group_request_body, custom_checkout_fields_is_null), &schematic_checkout_field_input_array_Type},
    {"custom_plan_config", 18, 0, offsetof(schematic_create_plan_group_request_body, custom_plan_config), -1, -1, &schematic_custom_plan_config_Type},
    {"custom_plan_id", 14, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, custom_plan_id), -1, offsetof(schematic_create_plan_group_request_body, custom_plan_id_is_null), &apic_type_string},
    {"enable_tax_collection", 21, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, enable_tax_collection), -1, -1, &apic_type_bool},
    {"fallback_plan_id", 16, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, fallback_plan_id), -1, offsetof(schematic_create_plan_group_request_body, fallback_plan_id_is_null), &apic_type_string},
    {"initial_plan_id", 15, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, initial_plan_id), -1, offsetof(schematic_create_plan_group_request_body, initial_plan_id_is_null), &apic_type_string},
    {"initial_plan_price_id", 21, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, initial_plan_price_id), -1, offsetof(schematic_create_plan_group_request_body, initial_plan_price_id_is_null), &apic_type_string},
    {"opt_in_enabled", 14, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, opt_in_enabled), -1, -1, &apic_type_bool},
    {"opt_in_text", 11, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, opt_in_text), -1, offsetof(schematic_create_plan_group_request_body, opt_in_text_is_null), &apic_type_string},
    {"opt_in_title", 12, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, opt_in_title), -1, offsetof(schematic_create_plan_group_request_body, opt_in_title_is_null), &apic_type_string},
    {"ordered_add_ons", 15, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, ordered_add_ons), -1, -1, &schematic_ordered_plans_in_group_array_Type},
    {"ordered_bundle_list", 19, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, ordered_bundle_list), -1, -1, &schematic_plan_group_bundle_order_array_Type},
    {"ordered_plans", 13, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, ordered_plans), -1, -1, &schematic_ordered_plans_in_group_array_Type},
    {"prevent_downgrades_when_over_limit", 34, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, prevent_downgrades_when_over_limit), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade", 30, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, prevent_self_service_downgrade), -1, -1, &apic_type_bool},
    {"prevent_self_service_downgrade_button_text", 42, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, prevent_self_service_downgrade_button_text), -1, offsetof(schematic_create_plan_group_request_body, prevent_self_service_downgrade_button_text_is_null), &apic_type_string},
    {"prevent_self_service_downgrade_url", 34, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, prevent_self_service_downgrade_url), -1, offsetof(schematic_create_plan_group_request_body, prevent_self_service_downgrade_url_is_null), &apic_type_string},
    {"proration_behavior", 18, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, proration_behavior), -1, -1, &schematic_proration_behavior_Type},
    {"scheduled_downgrade_behavior", 28, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, scheduled_downgrade_behavior), offsetof(schematic_create_plan_group_request_body, has_scheduled_downgrade_behavior), offsetof(schematic_create_plan_group_request_body, scheduled_downgrade_behavior_is_null), &schematic_scheduled_downgrade_config_behavior_Type},
    {"scheduled_downgrade_prevent_when_over_limit", 43, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_create_plan_group_request_body, has_scheduled_downgrade_prevent_when_over_limit), offsetof(schematic_create_plan_group_request_body, scheduled_downgrade_prevent_when_over_limit_is_null), &apic_type_bool},
    {"show_as_monthly_prices", 22, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, show_as_monthly_prices), -1, -1, &apic_type_bool},
    {"show_credits", 12, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, show_credits), -1, -1, &apic_type_bool},
    {"show_feature_description", 24, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, show_feature_description), -1, -1, &apic_type_bool},
    {"show_hard_limit", 15, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, show_hard_limit), -1, -1, &apic_type_bool},
    {"show_period_toggle", 18, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, show_period_toggle), -1, -1, &apic_type_bool},
    {"show_zero_price_as_free", 23, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, show_zero_price_as_free), -1, -1, &apic_type_bool},
    {"sync_customer_billing_details", 29, APIC_F_REQUIRED, offsetof(schematic_create_plan_group_request_body, sync_customer_billing_details), -1, -1, &apic_type_bool},
    {"trial_days", 10, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, trial_days), offsetof(schematic_create_plan_group_request_body, has_trial_days), offsetof(schematic_create_plan_group_request_body, trial_days_is_null), &apic_type_int64},
    {"trial_expiry_plan_id", 20, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, trial_expiry_plan_id), -1, offsetof(schematic_create_plan_group_request_body, trial_expiry_plan_id_is_null), &apic_type_string},
    {"trial_expiry_plan_price_id", 26, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, trial_expiry_plan_price_id), -1, offsetof(schematic_create_plan_group_request_body, trial_expiry_plan_price_id_is_null), &apic_type_string},
    {"trial_payment_method_required", 29, APIC_F_NULLABLE, offsetof(schematic_create_plan_group_request_body, trial_payment_method_required), offsetof(schematic_create_plan_group_request_body, has_trial_payment_method_required), offsetof(schematic_create_plan_group_request_body, trial_payment_method_required_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_create_plan_group_request_body_desc = {
    "CreatePlanGroupRequestBody", sizeof(schematic_create_plan_group_request_body), schematic_create_plan_group_request_body_desc_Fields, 38,
    offsetof(schematic_create_plan_group_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_plan_group_request_body_free(schematic_create_plan_group_request_body *obj)
{
    apic_struct_free(&schematic_create_plan_group_request_body_desc, obj);
}

int schematic_create_plan_group_request_body_from_json(const char *json, size_t len, schematic_create_plan_group_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_plan_group_request_body_Type, json, len, &value, err);
    *out = (schematic_create_plan_group_request_body *)value;
    return rc;
}

int schematic_create_plan_group_request_body_to_json(const schematic_create_plan_group_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_plan_group_request_body_Type, obj, out, err);
}

/* OrderedPlansInGroup */
static const apic_field schematic_ordered_plans_in_group_desc_Fields[] = {
    {"entitlements", 12, APIC_F_NULLABLE, offsetof(schematic_ordered_plans_in_group, entitlements), offsetof(schematic_ordered_plans_in_group, has_entitlements), offsetof(schematic_ordered_plans_in_group, entitlements_is_null), &schematic_entitlements_in_plan_array_Type},
    {"plan_id", 7, APIC_F_REQUIRED, offsetof(schematic_ordered_plans_in_group, plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_ordered_plans_in_group_desc = {
    "OrderedPlansInGroup", sizeof(schematic_ordered_plans_in_group), schematic_ordered_plans_in_group_desc_Fields, 2,
    offsetof(schematic_ordered_plans_in_group, unknown_fields),
    -1,
    NULL
};

void schematic_ordered_plans_in_group_free(schematic_ordered_plans_in_group *obj)
{
    apic_struct_free(&schematic_ordered_plans_in_group_desc, obj);
}

int schematic_ordered_plans_in_group_from_json(const char *json, size_t len, schematic_ordered_plans_in_group **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_ordered_plans_in_group_Type, json, len, &value, err);
    *out = (schematic_ordered_plans_in_group *)value;
    return rc;
}

int schematic_ordered_plans_in_group_to_json(const schematic_ordered_plans_in_group *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_ordered_plans_in_group_Type, obj, out, err);
}

/* EntitlementsInPlan */
static const apic_field schematic_entitlements_in_plan_desc_Fields[] = {
    {"entitlement_id", 14, APIC_F_REQUIRED, offsetof(schematic_entitlements_in_plan, entitlement_id), -1, -1, &apic_type_string},
    {"visible", 7, APIC_F_NULLABLE, offsetof(schematic_entitlements_in_plan, visible), offsetof(schematic_entitlements_in_plan, has_visible), offsetof(schematic_entitlements_in_plan, visible_is_null), &apic_type_bool},
};
const apic_struct_desc schematic_entitlements_in_plan_desc = {
    "EntitlementsInPlan", sizeof(schematic_entitlements_in_plan), schematic_entitlements_in_plan_desc_Fields, 2,
    offsetof(schematic_entitlements_in_plan, unknown_fields),
    -1,
    NULL
};

void schematic_entitlements_in_plan_free(schematic_entitlements_in_plan *obj)
{
    apic_struct_free(&schematic_entitlements_in_plan_desc, obj);
}

int schematic_entitlements_in_plan_from_json(const char *json, size_t len, schematic_entitlements_in_plan **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlements_in_plan_Type, json, len, &value, err);
    *out = (schematic_entitlements_in_plan *)value;
    return rc;
}

int schematic_entitlements_in_plan_to_json(const schematic_entitlements_in_plan *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlements_in_plan_Type, obj, out, err);
}

/* PlanGroupBundleOrder */
static const apic_field schematic_plan_group_bundle_order_desc_Fields[] = {
    {"bundleId", 8, APIC_F_REQUIRED, offsetof(schematic_plan_group_bundle_order, bundle_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plan_group_bundle_order_desc = {
    "PlanGroupBundleOrder", sizeof(schematic_plan_group_bundle_order), schematic_plan_group_bundle_order_desc_Fields, 1,
    offsetof(schematic_plan_group_bundle_order, unknown_fields),
    -1,
    NULL
};

void schematic_plan_group_bundle_order_free(schematic_plan_group_bundle_order *obj)
{
    apic_struct_free(&schematic_plan_group_bundle_order_desc, obj);
}

int schematic_plan_group_bundle_order_from_json(const char *json, size_t len, schematic_plan_group_bundle_order **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_group_bundle_order_Type, json, len, &value, err);
    *out = (schematic_plan_group_bundle_order *)value;
    return rc;
}

int schematic_plan_group_bundle_order_to_json(const schematic_plan_group_bundle_order *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_group_bundle_order_Type, obj, out, err);
}

/* CreateScheduledCheckoutRequest */
static const apic_field schematic_create_scheduled_checkout_request_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_scheduled_checkout_request, company_id), -1, -1, &apic_type_string},
    {"execute_after", 13, APIC_F_REQUIRED, offsetof(schematic_create_scheduled_checkout_request, execute_after), -1, -1, &schematic_string_date_time_Type},
    {"from_plan_id", 12, APIC_F_REQUIRED, offsetof(schematic_create_scheduled_checkout_request, from_plan_id), -1, -1, &apic_type_string},
    {"to_plan_id", 10, APIC_F_REQUIRED, offsetof(schematic_create_scheduled_checkout_request, to_plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_scheduled_checkout_request_desc = {
    "CreateScheduledCheckoutRequest", sizeof(schematic_create_scheduled_checkout_request), schematic_create_scheduled_checkout_request_desc_Fields, 4,
    offsetof(schematic_create_scheduled_checkout_request, unknown_fields),
    -1,
    NULL
};

void schematic_create_scheduled_checkout_request_free(schematic_create_scheduled_checkout_request *obj)
{
    apic_struct_free(&schematic_create_scheduled_checkout_request_desc, obj);
}

int schematic_create_scheduled_checkout_request_from_json(const char *json, size_t len, schematic_create_scheduled_checkout_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_scheduled_checkout_request_Type, json, len, &value, err);
    *out = (schematic_create_scheduled_checkout_request *)value;
    return rc;
}

int schematic_create_scheduled_checkout_request_to_json(const schematic_create_scheduled_checkout_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_scheduled_checkout_request_Type, obj, out, err);
}

/* CreateWebhookRequestBody */
static const apic_field schematic_create_webhook_request_body_desc_Fields[] = {
    {"credit_trigger_configs", 22, APIC_F_NULLABLE, offsetof(schematic_create_webhook_request_body, credit_trigger_configs), offsetof(schematic_create_webhook_request_body, has_credit_trigger_configs), offsetof(schematic_create_webhook_request_body, credit_trigger_configs_is_null), &schematic_credit_trigger_config_array_Type},
    {"entitlement_trigger_configs", 27, APIC_F_NULLABLE, offsetof(schematic_create_webhook_request_body, entitlement_trigger_configs), offsetof(schematic_create_webhook_request_body, has_entitlement_trigger_configs), offsetof(schematic_create_webhook_request_body, entitlement_trigger_configs_is_null), &schematic_entitlement_trigger_config_array_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_create_webhook_request_body, name), -1, -1, &apic_type_string},
    {"request_types", 13, APIC_F_REQUIRED, offsetof(schematic_create_webhook_request_body, request_types), -1, -1, &schematic_webhook_request_type_array_Type},
    {"url", 3, APIC_F_REQUIRED, offsetof(schematic_create_webhook_request_body, url), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_create_webhook_request_body_desc = {
    "CreateWebhookRequestBody", sizeof(schematic_create_webhook_request_body), schematic_create_webhook_request_body_desc_Fields, 5,
    offsetof(schematic_create_webhook_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_create_webhook_request_body_free(schematic_create_webhook_request_body *obj)
{
    apic_struct_free(&schematic_create_webhook_request_body_desc, obj);
}

int schematic_create_webhook_request_body_from_json(const char *json, size_t len, schematic_create_webhook_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_create_webhook_request_body_Type, json, len, &value, err);
    *out = (schematic_create_webhook_request_body *)value;
    return rc;
}

int schematic_create_webhook_request_body_to_json(const schematic_create_webhook_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_create_webhook_request_body_Type, obj, out, err);
}

/* CreditTriggerConfig */
static const apic_field schematic_credit_trigger_config_desc_Fields[] = {
    {"credit_id", 9, APIC_F_REQUIRED, offsetof(schematic_credit_trigger_config, credit_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credit_trigger_config_desc = {
    "CreditTriggerConfig", sizeof(schematic_credit_trigger_config), schematic_credit_trigger_config_desc_Fields, 1,
    offsetof(schematic_credit_trigger_config, unknown_fields),
    -1,
    NULL
};

void schematic_credit_trigger_config_free(schematic_credit_trigger_config *obj)
{
    apic_struct_free(&schematic_credit_trigger_config_desc, obj);
}

int schematic_credit_trigger_config_from_json(const char *json, size_t len, schematic_credit_trigger_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_trigger_config_Type, json, len, &value, err);
    *out = (schematic_credit_trigger_config *)value;
    return rc;
}

int schematic_credit_trigger_config_to_json(const schematic_credit_trigger_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_trigger_config_Type, obj, out, err);
}

/* EntitlementTriggerConfig */
static const apic_field schematic_entitlement_trigger_config_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_entitlement_trigger_config, feature_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entitlement_trigger_config_desc = {
    "EntitlementTriggerConfig", sizeof(schematic_entitlement_trigger_config), schematic_entitlement_trigger_config_desc_Fields, 1,
    offsetof(schematic_entitlement_trigger_config, unknown_fields),
    -1,
    NULL
};

void schematic_entitlement_trigger_config_free(schematic_entitlement_trigger_config *obj)
{
    apic_struct_free(&schematic_entitlement_trigger_config_desc, obj);
}

int schematic_entitlement_trigger_config_from_json(const char *json, size_t len, schematic_entitlement_trigger_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entitlement_trigger_config_Type, json, len, &value, err);
    *out = (schematic_entitlement_trigger_config *)value;
    return rc;
}

int schematic_entitlement_trigger_config_to_json(const schematic_entitlement_trigger_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entitlement_trigger_config_Type, obj, out, err);
}

/* CreditEventLedgerResponseData */
static const apic_field schematic_credit_event_ledger_response_data_desc_Fields[] = {
    {"amount", 6, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, amount), -1, -1, &apic_type_double},
    {"auto_topup_log_id", 17, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, auto_topup_log_id), -1, offsetof(schematic_credit_event_ledger_response_data, auto_topup_log_id_is_null), &apic_type_string},
    {"billing_credit_bundle_id", 24, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, billing_credit_bundle_id), -1, offsetof(schematic_credit_event_ledger_response_data, billing_credit_bundle_id_is_null), &apic_type_string},
    {"billing_credit_id", 17, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, billing_credit_id), -1, -1, &apic_type_string},
    {"company", 7, 0, offsetof(schematic_credit_event_ledger_response_data, company), -1, -1, &schematic_company_ledger_response_data_Type},
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, company_id), -1, -1, &apic_type_string},
    {"credit", 6, 0, offsetof(schematic_credit_event_ledger_response_data, credit), -1, -1, &schematic_billing_credit_ledger_response_data_Type},
    {"credit_name", 11, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, credit_name), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, environment_id), -1, -1, &apic_type_string},
    {"event_at", 8, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, event_at), -1, -1, &schematic_string_date_time_Type},
    {"event_id", 8, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, event_id), -1, -1, &apic_type_string},
    {"event_type", 10, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, event_type), -1, -1, &schematic_credit_event_type_Type},
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, expiry_type), offsetof(schematic_credit_event_ledger_response_data, has_expiry_type), offsetof(schematic_credit_event_ledger_response_data, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, expiry_unit), offsetof(schematic_credit_event_ledger_response_data, has_expiry_unit), offsetof(schematic_credit_event_ledger_response_data, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, expiry_unit_count), offsetof(schematic_credit_event_ledger_response_data, has_expiry_unit_count), offsetof(schematic_credit_event_ledger_response_data, expiry_unit_count_is_null), &apic_type_int64},
    {"feature", 7, 0, offsetof(schematic_credit_event_ledger_response_data, feature), -1, -1, &schematic_feature_ledger_response_data_Type},
    {"feature_id", 10, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, feature_id), -1, offsetof(schematic_credit_event_ledger_response_data, feature_id_is_null), &apic_type_string},
    {"from_grant_id", 13, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, from_grant_id), -1, offsetof(schematic_credit_event_ledger_response_data, from_grant_id_is_null), &apic_type_string},
    {"grant_expires_at", 16, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, grant_expires_at), -1, offsetof(schematic_credit_event_ledger_response_data, grant_expires_at_is_null), &schematic_string_date_time_Type},
    {"grant_id", 8, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, grant_id), -1, offsetof(schematic_credit_event_ledger_response_data, grant_id_is_null), &apic_type_string},
    {"grant_quantity", 14, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, grant_quantity), offsetof(schematic_credit_event_ledger_response_data, has_grant_quantity), offsetof(schematic_credit_event_ledger_response_data, grant_quantity_is_null), &apic_type_double},
    {"grant_quantity_remaining", 24, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, grant_quantity_remaining), offsetof(schematic_credit_event_ledger_response_data, has_grant_quantity_remaining), offsetof(schematic_credit_event_ledger_response_data, grant_quantity_remaining_is_null), &apic_type_double},
    {"grant_reason", 12, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, grant_reason), offsetof(schematic_credit_event_ledger_response_data, has_grant_reason), offsetof(schematic_credit_event_ledger_response_data, grant_reason_is_null), &schematic_billing_credit_grant_reason_Type},
    {"grant_valid_from", 16, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, grant_valid_from), -1, offsetof(schematic_credit_event_ledger_response_data, grant_valid_from_is_null), &schematic_string_date_time_Type},
    {"plan_id", 7, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, plan_id), -1, offsetof(schematic_credit_event_ledger_response_data, plan_id_is_null), &apic_type_string},
    {"quantity_consumed", 17, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, quantity_consumed), offsetof(schematic_credit_event_ledger_response_data, has_quantity_consumed), offsetof(schematic_credit_event_ledger_response_data, quantity_consumed_is_null), &apic_type_double},
    {"quantity_remaining_at_zero_out", 30, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, quantity_remaining_at_zero_out), offsetof(schematic_credit_event_ledger_response_data, has_quantity_remaining_at_zero_out), offsetof(schematic_credit_event_ledger_response_data, quantity_remaining_at_zero_out_is_null), &apic_type_double},
    {"source_id", 9, APIC_F_REQUIRED, offsetof(schematic_credit_event_ledger_response_data, source_id), -1, -1, &apic_type_int64},
    {"to_grant_id", 11, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, to_grant_id), -1, offsetof(schematic_credit_event_ledger_response_data, to_grant_id_is_null), &apic_type_string},
    {"usage_event_id", 14, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, usage_event_id), -1, offsetof(schematic_credit_event_ledger_response_data, usage_event_id_is_null), &apic_type_string},
    {"usage_reason", 12, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, usage_reason), offsetof(schematic_credit_event_ledger_response_data, has_usage_reason), offsetof(schematic_credit_event_ledger_response_data, usage_reason_is_null), &schematic_credit_usage_reason_Type},
    {"zeroed_out_reason", 17, APIC_F_NULLABLE, offsetof(schematic_credit_event_ledger_response_data, zeroed_out_reason), offsetof(schematic_credit_event_ledger_response_data, has_zeroed_out_reason), offsetof(schematic_credit_event_ledger_response_data, zeroed_out_reason_is_null), &schematic_billing_credit_grant_zeroed_out_reason_Type},
};
const apic_struct_desc schematic_credit_event_ledger_response_data_desc = {
    "CreditEventLedgerResponseData", sizeof(schematic_credit_event_ledger_response_data), schematic_credit_event_ledger_response_data_desc_Fields, 32,
    offsetof(schematic_credit_event_ledger_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_credit_event_ledger_response_data_free(schematic_credit_event_ledger_response_data *obj)
{
    apic_struct_free(&schematic_credit_event_ledger_response_data_desc, obj);
}

int schematic_credit_event_ledger_response_data_from_json(const char *json, size_t len, schematic_credit_event_ledger_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_event_ledger_response_data_Type, json, len, &value, err);
    *out = (schematic_credit_event_ledger_response_data *)value;
    return rc;
}

int schematic_credit_event_ledger_response_data_to_json(const schematic_credit_event_ledger_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_event_ledger_response_data_Type, obj, out, err);
}

/* FeatureLedgerResponseData */
static const apic_field schematic_feature_ledger_response_data_desc_Fields[] = {
    {"description", 11, APIC_F_NULLABLE, offsetof(schematic_feature_ledger_response_data, description), -1, offsetof(schematic_feature_ledger_response_data, description_is_null), &apic_type_string},
    {"icon", 4, APIC_F_NULLABLE, offsetof(schematic_feature_ledger_response_data, icon), -1, offsetof(schematic_feature_ledger_response_data, icon_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_feature_ledger_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_feature_ledger_response_data, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_feature_ledger_response_data_desc = {
    "FeatureLedgerResponseData", sizeof(schematic_feature_ledger_response_data), schematic_feature_ledger_response_data_desc_Fields, 4,
    offsetof(schematic_feature_ledger_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_ledger_response_data_free(schematic_feature_ledger_response_data *obj)
{
    apic_struct_free(&schematic_feature_ledger_response_data_desc, obj);
}

int schematic_feature_ledger_response_data_from_json(const char *json, size_t len, schematic_feature_ledger_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_ledger_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_ledger_response_data *)value;
    return rc;
}

int schematic_feature_ledger_response_data_to_json(const schematic_feature_ledger_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_ledger_response_data_Type, obj, out, err);
}

/* CreditGrantExpiryRequestBody */
static const apic_field schematic_credit_grant_expiry_request_body_desc_Fields[] = {
    {"expiry_type", 11, APIC_F_NULLABLE, offsetof(schematic_credit_grant_expiry_request_body, expiry_type), offsetof(schematic_credit_grant_expiry_request_body, has_expiry_type), offsetof(schematic_credit_grant_expiry_request_body, expiry_type_is_null), &schematic_billing_credit_expiry_type_Type},
    {"expiry_unit", 11, APIC_F_NULLABLE, offsetof(schematic_credit_grant_expiry_request_body, expiry_unit), offsetof(schematic_credit_grant_expiry_request_body, has_expiry_unit), offsetof(schematic_credit_grant_expiry_request_body, expiry_unit_is_null), &schematic_billing_credit_expiry_unit_Type},
    {"expiry_unit_count", 17, APIC_F_NULLABLE, offsetof(schematic_credit_grant_expiry_request_body, expiry_unit_count), offsetof(schematic_credit_grant_expiry_request_body, has_expiry_unit_count), offsetof(schematic_credit_grant_expiry_request_body, expiry_unit_count_is_null), &apic_type_int64},
    {"reset_cadence", 13, APIC_F_REQUIRED, offsetof(schematic_credit_grant_expiry_request_body, reset_cadence), -1, -1, &schematic_billing_plan_credit_grant_reset_cadence_Type},
    {"reset_start", 11, APIC_F_REQUIRED, offsetof(schematic_credit_grant_expiry_request_body, reset_start), -1, -1, &schematic_billing_plan_credit_grant_reset_start_Type},
    {"reset_type", 10, APIC_F_NULLABLE, offsetof(schematic_credit_grant_expiry_request_body, reset_type), offsetof(schematic_credit_grant_expiry_request_body, has_reset_type), offsetof(schematic_credit_grant_expiry_request_body, reset_type_is_null), &schematic_billing_plan_credit_grant_reset_type_Type},
};
const apic_struct_desc schematic_credit_grant_expiry_request_body_desc = {
    "CreditGrantExpiryRequestBody", sizeof(schematic_credit_grant_expiry_request_body), schematic_credit_grant_expiry_request_body_desc_Fields, 6,
    offsetof(schematic_credit_grant_expiry_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_credit_grant_expiry_request_body_free(schematic_credit_grant_expiry_request_body *obj)
{
    apic_struct_free(&schematic_credit_grant_expiry_request_body_desc, obj);
}

int schematic_credit_grant_expiry_request_body_from_json(const char *json, size_t len, schematic_credit_grant_expiry_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_grant_expiry_request_body_Type, json, len, &value, err);
    *out = (schematic_credit_grant_expiry_request_body *)value;
    return rc;
}

int schematic_credit_grant_expiry_request_body_to_json(const schematic_credit_grant_expiry_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_grant_expiry_request_body_Type, obj, out, err);
}

/* CreditLeaseResponseData */
static const apic_field schematic_credit_lease_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_credit_lease_response_data, company_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_credit_lease_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"credit_type_id", 14, APIC_F_REQUIRED, offsetof(schematic_credit_lease_response_data, credit_type_id), -1, -1, &apic_type_string},
    {"expires_at", 10, APIC_F_REQUIRED, offsetof(schematic_credit_lease_response_data, expires_at), -1, -1, &schematic_string_date_time_Type},
    {"granted_amount", 14, APIC_F_REQUIRED, offsetof(schematic_credit_lease_response_data, granted_amount), -1, -1, &apic_type_double},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credit_lease_response_data, id), -1, -1, &apic_type_string},
    {"released_at", 11, APIC_F_NULLABLE, offsetof(schematic_credit_lease_response_data, released_at), -1, offsetof(schematic_credit_lease_response_data, released_at_is_null), &schematic_string_date_time_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_credit_lease_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_credit_lease_response_data_desc = {
    "CreditLeaseResponseData", sizeof(schematic_credit_lease_response_data), schematic_credit_lease_response_data_desc_Fields, 8,
    offsetof(schematic_credit_lease_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_credit_lease_response_data_free(schematic_credit_lease_response_data *obj)
{
    apic_struct_free(&schematic_credit_lease_response_data_desc, obj);
}

int schematic_credit_lease_response_data_from_json(const char *json, size_t len, schematic_credit_lease_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_lease_response_data_Type, json, len, &value, err);
    *out = (schematic_credit_lease_response_data *)value;
    return rc;
}

int schematic_credit_lease_response_data_to_json(const schematic_credit_lease_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_lease_response_data_Type, obj, out, err);
}

/* CreditUsage */
static const apic_field schematic_credit_usage_desc_Fields[] = {
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_credit_usage, credit_consumption_rate), offsetof(schematic_credit_usage, has_credit_consumption_rate), offsetof(schematic_credit_usage, credit_consumption_rate_is_null), &apic_type_double},
    {"credit_grant_counts", 19, 0, offsetof(schematic_credit_usage, credit_grant_counts), offsetof(schematic_credit_usage, has_credit_grant_counts), -1, &schematic_double_map_Type},
    {"credit_grant_details", 20, 0, offsetof(schematic_credit_usage, credit_grant_details), offsetof(schematic_credit_usage, has_credit_grant_details), -1, &schematic_credit_grant_detail_array_Type},
    {"credit_remaining", 16, APIC_F_NULLABLE, offsetof(schematic_credit_usage, credit_remaining), offsetof(schematic_credit_usage, has_credit_remaining), offsetof(schematic_credit_usage, credit_remaining_is_null), &apic_type_double},
    {"credit_total", 12, APIC_F_NULLABLE, offsetof(schematic_credit_usage, credit_total), offsetof(schematic_credit_usage, has_credit_total), offsetof(schematic_credit_usage, credit_total_is_null), &apic_type_double},
    {"credit_type_icon", 16, APIC_F_NULLABLE, offsetof(schematic_credit_usage, credit_type_icon), -1, offsetof(schematic_credit_usage, credit_type_icon_is_null), &apic_type_string},
    {"credit_type_name", 16, APIC_F_NULLABLE, offsetof(schematic_credit_usage, credit_type_name), -1, offsetof(schematic_credit_usage, credit_type_name_is_null), &apic_type_string},
    {"credit_used", 11, APIC_F_NULLABLE, offsetof(schematic_credit_usage, credit_used), offsetof(schematic_credit_usage, has_credit_used), offsetof(schematic_credit_usage, credit_used_is_null), &apic_type_double},
    {"usage_aggregation", 17, 0, offsetof(schematic_credit_usage, usage_aggregation), -1, -1, &schematic_credit_usage_aggregation_Type},
};
const apic_struct_desc schematic_credit_usage_desc = {
    "CreditUsage", sizeof(schematic_credit_usage), schematic_credit_usage_desc_Fields, 9,
    offsetof(schematic_credit_usage, unknown_fields),
    -1,
    NULL
};

void schematic_credit_usage_free(schematic_credit_usage *obj)
{
    apic_struct_free(&schematic_credit_usage_desc, obj);
}

int schematic_credit_usage_from_json(const char *json, size_t len, schematic_credit_usage **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credit_usage_Type, json, len, &value, err);
    *out = (schematic_credit_usage *)value;
    return rc;
}

int schematic_credit_usage_to_json(const schematic_credit_usage *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credit_usage_Type, obj, out, err);
}

/* CreditsAutoTopupCompanySummary */
static const apic_field schematic_credits_auto_topup_company_summary_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credits_auto_topup_company_summary, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_credits_auto_topup_company_summary, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credits_auto_topup_company_summary_desc = {
    "CreditsAutoTopupCompanySummary", sizeof(schematic_credits_auto_topup_company_summary), schematic_credits_auto_topup_company_summary_desc_Fields, 2,
    offsetof(schematic_credits_auto_topup_company_summary, unknown_fields),
    -1,
    NULL
};

void schematic_credits_auto_topup_company_summary_free(schematic_credits_auto_topup_company_summary *obj)
{
    apic_struct_free(&schematic_credits_auto_topup_company_summary_desc, obj);
}

int schematic_credits_auto_topup_company_summary_from_json(const char *json, size_t len, schematic_credits_auto_topup_company_summary **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_auto_topup_company_summary_Type, json, len, &value, err);
    *out = (schematic_credits_auto_topup_company_summary *)value;
    return rc;
}

int schematic_credits_auto_topup_company_summary_to_json(const schematic_credits_auto_topup_company_summary *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_auto_topup_company_summary_Type, obj, out, err);
}

/* CreditsAutoTopupCreditSummary */
static const apic_field schematic_credits_auto_topup_credit_summary_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credits_auto_topup_credit_summary, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_credits_auto_topup_credit_summary, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credits_auto_topup_credit_summary_desc = {
    "CreditsAutoTopupCreditSummary", sizeof(schematic_credits_auto_topup_credit_summary), schematic_credits_auto_topup_credit_summary_desc_Fields, 2,
    offsetof(schematic_credits_auto_topup_credit_summary, unknown_fields),
    -1,
    NULL
};

void schematic_credits_auto_topup_credit_summary_free(schematic_credits_auto_topup_credit_summary *obj)
{
    apic_struct_free(&schematic_credits_auto_topup_credit_summary_desc, obj);
}

int schematic_credits_auto_topup_credit_summary_from_json(const char *json, size_t len, schematic_credits_auto_topup_credit_summary **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_auto_topup_credit_summary_Type, json, len, &value, err);
    *out = (schematic_credits_auto_topup_credit_summary *)value;
    return rc;
}

int schematic_credits_auto_topup_credit_summary_to_json(const schematic_credits_auto_topup_credit_summary *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_auto_topup_credit_summary_Type, obj, out, err);
}

/* CreditsAutoTopupHardFailure */
static const apic_field schematic_credits_auto_topup_hard_failure_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_credits_auto_topup_hard_failure, company), -1, -1, &schematic_credits_auto_topup_company_summary_Type},
    {"credit", 6, 0, offsetof(schematic_credits_auto_topup_hard_failure, credit), -1, -1, &schematic_credits_auto_topup_credit_summary_Type},
    {"error_message", 13, APIC_F_NULLABLE, offsetof(schematic_credits_auto_topup_hard_failure, error_message), -1, offsetof(schematic_credits_auto_topup_hard_failure, error_message_is_null), &apic_type_string},
    {"stripe_error_code", 17, APIC_F_NULLABLE, offsetof(schematic_credits_auto_topup_hard_failure, stripe_error_code), -1, offsetof(schematic_credits_auto_topup_hard_failure, stripe_error_code_is_null), &apic_type_string},
};
const apic_struct_desc schematic_credits_auto_topup_hard_failure_desc = {
    "CreditsAutoTopupHardFailure", sizeof(schematic_credits_auto_topup_hard_failure), schematic_credits_auto_topup_hard_failure_desc_Fields, 4,
    offsetof(schematic_credits_auto_topup_hard_failure, unknown_fields),
    -1,
    NULL
};

void schematic_credits_auto_topup_hard_failure_free(schematic_credits_auto_topup_hard_failure *obj)
{
    apic_struct_free(&schematic_credits_auto_topup_hard_failure_desc, obj);
}

int schematic_credits_auto_topup_hard_failure_from_json(const char *json, size_t len, schematic_credits_auto_topup_hard_failure **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_auto_topup_hard_failure_Type, json, len, &value, err);
    *out = (schematic_credits_auto_topup_hard_failure *)value;
    return rc;
}

int schematic_credits_auto_topup_hard_failure_to_json(const schematic_credits_auto_topup_hard_failure *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_auto_topup_hard_failure_Type, obj, out, err);
}

/* CreditsAutoTopupRetryFailure */
static const apic_field schematic_credits_auto_topup_retry_failure_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_credits_auto_topup_retry_failure, company), -1, -1, &schematic_credits_auto_topup_company_summary_Type},
    {"consecutive_failures", 20, APIC_F_REQUIRED, offsetof(schematic_credits_auto_topup_retry_failure, consecutive_failures), -1, -1, &apic_type_int64},
    {"credit", 6, 0, offsetof(schematic_credits_auto_topup_retry_failure, credit), -1, -1, &schematic_credits_auto_topup_credit_summary_Type},
    {"last_error_message", 18, APIC_F_NULLABLE, offsetof(schematic_credits_auto_topup_retry_failure, last_error_message), -1, offsetof(schematic_credits_auto_topup_retry_failure, last_error_message_is_null), &apic_type_string},
    {"stripe_error_code", 17, APIC_F_NULLABLE, offsetof(schematic_credits_auto_topup_retry_failure, stripe_error_code), -1, offsetof(schematic_credits_auto_topup_retry_failure, stripe_error_code_is_null), &apic_type_string},
};
const apic_struct_desc schematic_credits_auto_topup_retry_failure_desc = {
    "CreditsAutoTopupRetryFailure", sizeof(schematic_credits_auto_topup_retry_failure), schematic_credits_auto_topup_retry_failure_desc_Fields, 5,
    offsetof(schematic_credits_auto_topup_retry_failure, unknown_fields),
    -1,
    NULL
};

void schematic_credits_auto_topup_retry_failure_free(schematic_credits_auto_topup_retry_failure *obj)
{
    apic_struct_free(&schematic_credits_auto_topup_retry_failure_desc, obj);
}

int schematic_credits_auto_topup_retry_failure_from_json(const char *json, size_t len, schematic_credits_auto_topup_retry_failure **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_auto_topup_retry_failure_Type, json, len, &value, err);
    *out = (schematic_credits_auto_topup_retry_failure *)value;
    return rc;
}

int schematic_credits_auto_topup_retry_failure_to_json(const schematic_credits_auto_topup_retry_failure *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_auto_topup_retry_failure_Type, obj, out, err);
}

/* CreditsAutoTopupSuccess */
static const apic_field schematic_credits_auto_topup_success_desc_Fields[] = {
    {"company", 7, 0, offsetof(schematic_credits_auto_topup_success, company), -1, -1, &schematic_credits_auto_topup_company_summary_Type},
    {"credit", 6, 0, offsetof(schematic_credits_auto_topup_success, credit), -1, -1, &schematic_credits_auto_topup_credit_summary_Type},
    {"grant_id", 8, APIC_F_REQUIRED, offsetof(schematic_credits_auto_topup_success, grant_id), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_credits_auto_topup_success, quantity), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_credits_auto_topup_success_desc = {
    "CreditsAutoTopupSuccess", sizeof(schematic_credits_auto_topup_success), schematic_credits_auto_topup_success_desc_Fields, 4,
    offsetof(schematic_credits_auto_topup_success, unknown_fields),
    -1,
    NULL
};

void schematic_credits_auto_topup_success_free(schematic_credits_auto_topup_success *obj)
{
    apic_struct_free(&schematic_credits_auto_topup_success_desc, obj);
}

int schematic_credits_auto_topup_success_from_json(const char *json, size_t len, schematic_credits_auto_topup_success **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_auto_topup_success_Type, json, len, &value, err);
    *out = (schematic_credits_auto_topup_success *)value;
    return rc;
}

int schematic_credits_auto_topup_success_to_json(const schematic_credits_auto_topup_success *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_auto_topup_success_Type, obj, out, err);
}

/* CreditsCreditPurchaseSuccess */
static const apic_field schematic_credits_credit_purchase_success_desc_Fields[] = {
    {"bundle_id", 9, APIC_F_REQUIRED, offsetof(schematic_credits_credit_purchase_success, bundle_id), -1, -1, &apic_type_string},
    {"bundle_name", 11, APIC_F_REQUIRED, offsetof(schematic_credits_credit_purchase_success, bundle_name), -1, -1, &apic_type_string},
    {"company", 7, 0, offsetof(schematic_credits_credit_purchase_success, company), -1, -1, &schematic_credits_webhook_company_summary_Type},
    {"credit", 6, 0, offsetof(schematic_credits_credit_purchase_success, credit), -1, -1, &schematic_credits_webhook_credit_summary_Type},
    {"grant_ids", 9, APIC_F_REQUIRED, offsetof(schematic_credits_credit_purchase_success, grant_ids), -1, -1, &schematic_string_array_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_credits_credit_purchase_success, quantity), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_credits_credit_purchase_success_desc = {
    "CreditsCreditPurchaseSuccess", sizeof(schematic_credits_credit_purchase_success), schematic_credits_credit_purchase_success_desc_Fields, 6,
    offsetof(schematic_credits_credit_purchase_success, unknown_fields),
    -1,
    NULL
};

void schematic_credits_credit_purchase_success_free(schematic_credits_credit_purchase_success *obj)
{
    apic_struct_free(&schematic_credits_credit_purchase_success_desc, obj);
}

int schematic_credits_credit_purchase_success_from_json(const char *json, size_t len, schematic_credits_credit_purchase_success **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_credit_purchase_success_Type, json, len, &value, err);
    *out = (schematic_credits_credit_purchase_success *)value;
    return rc;
}

int schematic_credits_credit_purchase_success_to_json(const schematic_credits_credit_purchase_success *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_credit_purchase_success_Type, obj, out, err);
}

/* CreditsWebhookCompanySummary */
static const apic_field schematic_credits_webhook_company_summary_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credits_webhook_company_summary, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_credits_webhook_company_summary, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credits_webhook_company_summary_desc = {
    "CreditsWebhookCompanySummary", sizeof(schematic_credits_webhook_company_summary), schematic_credits_webhook_company_summary_desc_Fields, 2,
    offsetof(schematic_credits_webhook_company_summary, unknown_fields),
    -1,
    NULL
};

void schematic_credits_webhook_company_summary_free(schematic_credits_webhook_company_summary *obj)
{
    apic_struct_free(&schematic_credits_webhook_company_summary_desc, obj);
}

int schematic_credits_webhook_company_summary_from_json(const char *json, size_t len, schematic_credits_webhook_company_summary **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_webhook_company_summary_Type, json, len, &value, err);
    *out = (schematic_credits_webhook_company_summary *)value;
    return rc;
}

int schematic_credits_webhook_company_summary_to_json(const schematic_credits_webhook_company_summary *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_webhook_company_summary_Type, obj, out, err);
}

/* CreditsWebhookCreditSummary */
static const apic_field schematic_credits_webhook_credit_summary_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_credits_webhook_credit_summary, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_credits_webhook_credit_summary, name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_credits_webhook_credit_summary_desc = {
    "CreditsWebhookCreditSummary", sizeof(schematic_credits_webhook_credit_summary), schematic_credits_webhook_credit_summary_desc_Fields, 2,
    offsetof(schematic_credits_webhook_credit_summary, unknown_fields),
    -1,
    NULL
};

void schematic_credits_webhook_credit_summary_free(schematic_credits_webhook_credit_summary *obj)
{
    apic_struct_free(&schematic_credits_webhook_credit_summary_desc, obj);
}

int schematic_credits_webhook_credit_summary_from_json(const char *json, size_t len, schematic_credits_webhook_credit_summary **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_credits_webhook_credit_summary_Type, json, len, &value, err);
    *out = (schematic_credits_webhook_credit_summary *)value;
    return rc;
}

int schematic_credits_webhook_credit_summary_to_json(const schematic_credits_webhook_credit_summary *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_credits_webhook_credit_summary_Type, obj, out, err);
}

/* CustomerBillingAddress */
static const apic_field schematic_customer_billing_address_desc_Fields[] = {
    {"city", 4, APIC_F_REQUIRED, offsetof(schematic_customer_billing_address, city), -1, -1, &apic_type_string},
    {"country", 7, APIC_F_REQUIRED, offsetof(schematic_customer_billing_address, country), -1, -1, &apic_type_string},
    {"line1", 5, APIC_F_REQUIRED, offsetof(schematic_customer_billing_address, line1), -1, -1, &apic_type_string},
    {"line2", 5, APIC_F_REQUIRED, offsetof(schematic_customer_billing_address, line2), -1, -1, &apic_type_string},
    {"postal_code", 11, APIC_F_REQUIRED, offsetof(schematic_customer_billing_address, postal_code), -1, -1, &apic_type_string},
    {"state", 5, APIC_F_REQUIRED, offsetof(schematic_customer_billing_address, state), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_customer_billing_address_desc = {
    "CustomerBillingAddress", sizeof(schematic_customer_billing_address), schematic_customer_billing_address_desc_Fields, 6,
    offsetof(schematic_customer_billing_address, unknown_fields),
    -1,
    NULL
};

void schematic_customer_billing_address_free(schematic_customer_billing_address *obj)
{
    apic_struct_free(&schematic_customer_billing_address_desc, obj);
}

int schematic_customer_billing_address_from_json(const char *json, size_t len, schematic_customer_billing_address **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_customer_billing_address_Type, json, len, &value, err);
    *out = (schematic_customer_billing_address *)value;
    return rc;
}

int schematic_customer_billing_address_to_json(const schematic_customer_billing_address *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_customer_billing_address_Type, obj, out, err);
}

/* DataEventPayload */
static const apic_field schematic_data_event_payload_desc_Fields[] = {
    {"api_key", 7, APIC_F_REQUIRED, offsetof(schematic_data_event_payload, api_key), -1, -1, &apic_type_string},
    {"backfill", 8, APIC_F_NULLABLE, offsetof(schematic_data_event_payload, backfill), offsetof(schematic_data_event_payload, has_backfill), offsetof(schematic_data_event_payload, backfill_is_null), &apic_type_bool},
    {"body", 4, 0, offsetof(schematic_data_event_payload, body), offsetof(schematic_data_event_payload, has_body), -1, &apic_type_json_map},
    {"idempotency_key", 15, APIC_F_NULLABLE, offsetof(schematic_data_event_payload, idempotency_key), -1, offsetof(schematic_data_event_payload, idempotency_key_is_null), &apic_type_string},
    {"sent_at", 7, APIC_F_NULLABLE, offsetof(schematic_data_event_payload, sent_at), -1, offsetof(schematic_data_event_payload, sent_at_is_null), &schematic_string_date_time_Type},
    {"trusted_client_clock", 20, APIC_F_NULLABLE, offsetof(schematic_data_event_payload, trusted_client_clock), offsetof(schematic_data_event_payload, has_trusted_client_clock), offsetof(schematic_data_event_payload, trusted_client_clock_is_null), &apic_type_bool},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_data_event_payload, type), -1, -1, &schematic_event_type_model_Type},
};
const apic_struct_desc schematic_data_event_payload_desc = {
    "DataEventPayload", sizeof(schematic_data_event_payload), schematic_data_event_payload_desc_Fields, 7,
    offsetof(schematic_data_event_payload, unknown_fields),
    -1,
    NULL
};

void schematic_data_event_payload_free(schematic_data_event_payload *obj)
{
    apic_struct_free(&schematic_data_event_payload_desc, obj);
}

int schematic_data_event_payload_from_json(const char *json, size_t len, schematic_data_event_payload **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_data_event_payload_Type, json, len, &value, err);
    *out = (schematic_data_event_payload *)value;
    return rc;
}

int schematic_data_event_payload_to_json(const schematic_data_event_payload *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_data_event_payload_Type, obj, out, err);
}

/* DataExportResponseData */
static const apic_field schematic_data_export_response_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, environment_id), -1, -1, &apic_type_string},
    {"export_type", 11, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, export_type), -1, -1, &schematic_data_export_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, id), -1, -1, &apic_type_string},
    {"metadata", 8, 0, offsetof(schematic_data_export_response_data, metadata), -1, -1, &schematic_data_export_metadata_Type},
    {"output_file_type", 16, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, output_file_type), -1, -1, &schematic_data_export_output_file_type_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, status), -1, -1, &schematic_data_export_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_data_export_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_data_export_response_data_desc = {
    "DataExportResponseData", sizeof(schematic_data_export_response_data), schematic_data_export_response_data_desc_Fields, 9,
    offsetof(schematic_data_export_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_data_export_response_data_free(schematic_data_export_response_data *obj)
{
    apic_struct_free(&schematic_data_export_response_data_desc, obj);
}

int schematic_data_export_response_data_from_json(const char *json, size_t len, schematic_data_export_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_data_export_response_data_Type, json, len, &value, err);
    *out = (schematic_data_export_response_data *)value;
    return rc;
}

int schematic_data_export_response_data_to_json(const schematic_data_export_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_data_export_response_data_Type, obj, out, err);
}

/* DeleteResponse */
static const apic_field schematic_delete_response_desc_Fields[] = {
    {"deleted", 7, 0, offsetof(schematic_delete_response, deleted), offsetof(schematic_delete_response, has_deleted), -1, &apic_type_bool},
};
const apic_struct_desc schematic_delete_response_desc = {
    "DeleteResponse", sizeof(schematic_delete_response), schematic_delete_response_desc_Fields, 1,
    offsetof(schematic_delete_response, unknown_fields),
    -1,
    NULL
};

void schematic_delete_response_free(schematic_delete_response *obj)
{
    apic_struct_free(&schematic_delete_response_desc, obj);
}

int schematic_delete_response_from_json(const char *json, size_t len, schematic_delete_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_delete_response_Type, json, len, &value, err);
    *out = (schematic_delete_response *)value;
    return rc;
}

int schematic_delete_response_to_json(const schematic_delete_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_delete_response_Type, obj, out, err);
}

/* DuplicatePlanEntitlementsRequestBody */
static const apic_field schematic_duplicate_plan_entitlements_request_body_desc_Fields[] = {
    {"source_plan_id", 14, APIC_F_REQUIRED, offsetof(schematic_duplicate_plan_entitlements_request_body, source_plan_id), -1, -1, &apic_type_string},
    {"target_plan_id", 14, APIC_F_REQUIRED, offsetof(schematic_duplicate_plan_entitlements_request_body, target_plan_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_duplicate_plan_entitlements_request_body_desc = {
    "DuplicatePlanEntitlementsRequestBody", sizeof(schematic_duplicate_plan_entitlements_request_body), schematic_duplicate_plan_entitlements_request_body_desc_Fields, 2,
    offsetof(schematic_duplicate_plan_entitlements_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_duplicate_plan_entitlements_request_body_free(schematic_duplicate_plan_entitlements_request_body *obj)
{
    apic_struct_free(&schematic_duplicate_plan_entitlements_request_body_desc, obj);
}

int schematic_duplicate_plan_entitlements_request_body_from_json(const char *json, size_t len, schematic_duplicate_plan_entitlements_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_duplicate_plan_entitlements_request_body_Type, json, len, &value, err);
    *out = (schematic_duplicate_plan_entitlements_request_body *)value;
    return rc;
}

int schematic_duplicate_plan_entitlements_request_body_to_json(const schematic_duplicate_plan_entitlements_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_duplicate_plan_entitlements_request_body_Type, obj, out, err);
}

/* DuplicatePlanEntitlementsResponseResponseData */
static const apic_field schematic_duplicate_plan_entitlements_response_response_data_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(schematic_duplicate_plan_entitlements_response_response_data, data), -1, -1, &schematic_plan_entitlement_response_data_array_Type},
    {"issues", 6, APIC_F_REQUIRED, offsetof(schematic_duplicate_plan_entitlements_response_response_data, issues), -1, -1, &schematic_plan_issue_response_data_array_Type},
    {"skipped", 7, APIC_F_REQUIRED, offsetof(schematic_duplicate_plan_entitlements_response_response_data, skipped), -1, -1, &schematic_skipped_entitlement_response_data_array_Type},
};
const apic_struct_desc schematic_duplicate_plan_entitlements_response_response_data_desc = {
    "DuplicatePlanEntitlementsResponseResponseData", sizeof(schematic_duplicate_plan_entitlements_response_response_data), schematic_duplicate_plan_entitlements_response_response_data_desc_Fields, 3,
    offsetof(schematic_duplicate_plan_entitlements_response_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_duplicate_plan_entitlements_response_response_data_free(schematic_duplicate_plan_entitlements_response_response_data *obj)
{
    apic_struct_free(&schematic_duplicate_plan_entitlements_response_response_data_desc, obj);
}

int schematic_duplicate_plan_entitlements_response_response_data_from_json(const char *json, size_t len, schematic_duplicate_plan_entitlements_response_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_duplicate_plan_entitlements_response_response_data_Type, json, len, &value, err);
    *out = (schematic_duplicate_plan_entitlements_response_response_data *)value;
    return rc;
}

int schematic_duplicate_plan_entitlements_response_response_data_to_json(const schematic_duplicate_plan_entitlements_response_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_duplicate_plan_entitlements_response_response_data_Type, obj, out, err);
}

/* PlanIssueResponseData */
static const apic_field schematic_plan_issue_response_data_desc_Fields[] = {
    {"code", 4, APIC_F_REQUIRED, offsetof(schematic_plan_issue_response_data, code), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_plan_issue_response_data, description), -1, -1, &apic_type_string},
    {"detail", 6, 0, offsetof(schematic_plan_issue_response_data, detail), -1, -1, &apic_type_string},
    {"id", 2, 0, offsetof(schematic_plan_issue_response_data, id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_plan_issue_response_data_desc = {
    "PlanIssueResponseData", sizeof(schematic_plan_issue_response_data), schematic_plan_issue_response_data_desc_Fields, 4,
    offsetof(schematic_plan_issue_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_plan_issue_response_data_free(schematic_plan_issue_response_data *obj)
{
    apic_struct_free(&schematic_plan_issue_response_data_desc, obj);
}

int schematic_plan_issue_response_data_from_json(const char *json, size_t len, schematic_plan_issue_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_plan_issue_response_data_Type, json, len, &value, err);
    *out = (schematic_plan_issue_response_data *)value;
    return rc;
}

int schematic_plan_issue_response_data_to_json(const schematic_plan_issue_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_plan_issue_response_data_Type, obj, out, err);
}

/* SkippedEntitlementResponseData */
static const apic_field schematic_skipped_entitlement_response_data_desc_Fields[] = {
    {"entitlement_id", 14, APIC_F_REQUIRED, offsetof(schematic_skipped_entitlement_response_data, entitlement_id), -1, -1, &apic_type_string},
    {"errors", 6, APIC_F_REQUIRED, offsetof(schematic_skipped_entitlement_response_data, errors), -1, -1, &schematic_skipped_entitlement_error_response_data_array_Type},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_skipped_entitlement_response_data, feature_id), -1, -1, &apic_type_string},
    {"feature_name", 12, APIC_F_REQUIRED, offsetof(schematic_skipped_entitlement_response_data, feature_name), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_skipped_entitlement_response_data_desc = {
    "SkippedEntitlementResponseData", sizeof(schematic_skipped_entitlement_response_data), schematic_skipped_entitlement_response_data_desc_Fields, 4,
    offsetof(schematic_skipped_entitlement_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_skipped_entitlement_response_data_free(schematic_skipped_entitlement_response_data *obj)
{
    apic_struct_free(&schematic_skipped_entitlement_response_data_desc, obj);
}

int schematic_skipped_entitlement_response_data_from_json(const char *json, size_t len, schematic_skipped_entitlement_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_skipped_entitlement_response_data_Type, json, len, &value, err);
    *out = (schematic_skipped_entitlement_response_data *)value;
    return rc;
}

int schematic_skipped_entitlement_response_data_to_json(const schematic_skipped_entitlement_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_skipped_entitlement_response_data_Type, obj, out, err);
}

/* SkippedEntitlementErrorResponseData */
static const apic_field schematic_skipped_entitlement_error_response_data_desc_Fields[] = {
    {"message", 7, APIC_F_REQUIRED, offsetof(schematic_skipped_entitlement_error_response_data, message), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_skipped_entitlement_error_response_data_desc = {
    "SkippedEntitlementErrorResponseData", sizeof(schematic_skipped_entitlement_error_response_data), schematic_skipped_entitlement_error_response_data_desc_Fields, 1,
    offsetof(schematic_skipped_entitlement_error_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_skipped_entitlement_error_response_data_free(schematic_skipped_entitlement_error_response_data *obj)
{
    apic_struct_free(&schematic_skipped_entitlement_error_response_data_desc, obj);
}

int schematic_skipped_entitlement_error_response_data_from_json(const char *json, size_t len, schematic_skipped_entitlement_error_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_skipped_entitlement_error_response_data_Type, json, len, &value, err);
    *out = (schematic_skipped_entitlement_error_response_data *)value;
    return rc;
}

int schematic_skipped_entitlement_error_response_data_to_json(const schematic_skipped_entitlement_error_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_skipped_entitlement_error_response_data_Type, obj, out, err);
}

/* EntityKeyResponseData */
static const apic_field schematic_entity_key_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, definition_id), -1, -1, &apic_type_string},
    {"entity_id", 9, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, entity_id), -1, -1, &apic_type_string},
    {"entity_type", 11, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, entity_type), -1, -1, &schematic_entity_type_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, key), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_entity_key_response_data, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entity_key_response_data_desc = {
    "EntityKeyResponseData", sizeof(schematic_entity_key_response_data), schematic_entity_key_response_data_desc_Fields, 9,
    offsetof(schematic_entity_key_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_entity_key_response_data_free(schematic_entity_key_response_data *obj)
{
    apic_struct_free(&schematic_entity_key_response_data_desc, obj);
}

int schematic_entity_key_response_data_from_json(const char *json, size_t len, schematic_entity_key_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_key_response_data_Type, json, len, &value, err);
    *out = (schematic_entity_key_response_data *)value;
    return rc;
}

int schematic_entity_key_response_data_to_json(const schematic_entity_key_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_key_response_data_Type, obj, out, err);
}

/* EntityTraitDefinitionUsage */
static const apic_field schematic_entity_trait_definition_usage_desc_Fields[] = {
    {"checkout_field_config_count", 27, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_usage, checkout_field_config_count), -1, -1, &apic_type_int64},
    {"company_override_count", 22, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_usage, company_override_count), -1, -1, &apic_type_int64},
    {"feature_count", 13, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_usage, feature_count), -1, -1, &apic_type_int64},
    {"plan_entitlement_count", 22, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_usage, plan_entitlement_count), -1, -1, &apic_type_int64},
    {"plan_trait_count", 16, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_usage, plan_trait_count), -1, -1, &apic_type_int64},
    {"rule_condition_count", 20, APIC_F_REQUIRED, offsetof(schematic_entity_trait_definition_usage, rule_condition_count), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_entity_trait_definition_usage_desc = {
    "EntityTraitDefinitionUsage", sizeof(schematic_entity_trait_definition_usage), schematic_entity_trait_definition_usage_desc_Fields, 6,
    offsetof(schematic_entity_trait_definition_usage, unknown_fields),
    -1,
    NULL
};

void schematic_entity_trait_definition_usage_free(schematic_entity_trait_definition_usage *obj)
{
    apic_struct_free(&schematic_entity_trait_definition_usage_desc, obj);
}

int schematic_entity_trait_definition_usage_from_json(const char *json, size_t len, schematic_entity_trait_definition_usage **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_trait_definition_usage_Type, json, len, &value, err);
    *out = (schematic_entity_trait_definition_usage *)value;
    return rc;
}

int schematic_entity_trait_definition_usage_to_json(const schematic_entity_trait_definition_usage *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_trait_definition_usage_Type, obj, out, err);
}

/* EntityTraitResponseData */
static const apic_field schematic_entity_trait_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_trait_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_entity_trait_response_data, definition_id), -1, -1, &apic_type_string},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_entity_trait_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_entity_trait_response_data, id), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_entity_trait_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_entity_trait_response_data, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entity_trait_response_data_desc = {
    "EntityTraitResponseData", sizeof(schematic_entity_trait_response_data), schematic_entity_trait_response_data_desc_Fields, 6,
    offsetof(schematic_entity_trait_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_entity_trait_response_data_free(schematic_entity_trait_response_data *obj)
{
    apic_struct_free(&schematic_entity_trait_response_data_desc, obj);
}

int schematic_entity_trait_response_data_from_json(const char *json, size_t len, schematic_entity_trait_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_trait_response_data_Type, json, len, &value, err);
    *out = (schematic_entity_trait_response_data *)value;
    return rc;
}

int schematic_entity_trait_response_data_to_json(const schematic_entity_trait_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_trait_response_data_Type, obj, out, err);
}

/* EntityTraitValue */
static const apic_field schematic_entity_trait_value_desc_Fields[] = {
    {"definition_id", 13, APIC_F_REQUIRED, offsetof(schematic_entity_trait_value, definition_id), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_entity_trait_value, value), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_entity_trait_value_desc = {
    "EntityTraitValue", sizeof(schematic_entity_trait_value), schematic_entity_trait_value_desc_Fields, 2,
    offsetof(schematic_entity_trait_value, unknown_fields),
    -1,
    NULL
};

void schematic_entity_trait_value_free(schematic_entity_trait_value *obj)
{
    apic_struct_free(&schematic_entity_trait_value_desc, obj);
}

int schematic_entity_trait_value_from_json(const char *json, size_t len, schematic_entity_trait_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_entity_trait_value_Type, json, len, &value, err);
    *out = (schematic_entity_trait_value *)value;
    return rc;
}

int schematic_entity_trait_value_to_json(const schematic_entity_trait_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_entity_trait_value_Type, obj, out, err);
}

/* EnvironmentDetailResponseData */
static const apic_field schematic_environment_detail_response_data_desc_Fields[] = {
    {"api_keys", 8, APIC_F_REQUIRED, offsetof(schematic_environment_detail_response_data, api_keys), -1, -1, &schematic_api_key_response_data_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_environment_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_type", 16, APIC_F_REQUIRED, offsetof(schematic_environment_detail_response_data, environment_type), -1, -1, &schematic_environment_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_environment_detail_response_data, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_environment_detail_response_data, name), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_environment_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_environment_detail_response_data_desc = {
    "EnvironmentDetailResponseData", sizeof(schematic_environment_detail_response_data), schematic_environment_detail_response_data_desc_Fields, 6,
    offsetof(schematic_environment_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_environment_detail_response_data_free(schematic_environment_detail_response_data *obj)
{
    apic_struct_free(&schematic_environment_detail_response_data_desc, obj);
}

int schematic_environment_detail_response_data_from_json(const char *json, size_t len, schematic_environment_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_environment_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_environment_detail_response_data *)value;
    return rc;
}

int schematic_environment_detail_response_data_to_json(const schematic_environment_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_environment_detail_response_data_Type, obj, out, err);
}

/* EnvironmentFeatureUsageTimeSeriesResponseData */
static const apic_field schematic_environment_feature_usage_time_series_response_data_desc_Fields[] = {
    {"event_subtype", 13, APIC_F_REQUIRED, offsetof(schematic_environment_feature_usage_time_series_response_data, event_subtype), -1, -1, &apic_type_string},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_environment_feature_usage_time_series_response_data, feature_id), -1, -1, &apic_type_string},
    {"points", 6, APIC_F_REQUIRED, offsetof(schematic_environment_feature_usage_time_series_response_data, points), -1, -1, &schematic_environment_usage_point_response_data_array_Type},
};
const apic_struct_desc schematic_environment_feature_usage_time_series_response_data_desc = {
    "EnvironmentFeatureUsageTimeSeriesResponseData", sizeof(schematic_environment_feature_usage_time_series_response_data), schematic_environment_feature_usage_time_series_response_data_desc_Fields, 3,
    offsetof(schematic_environment_feature_usage_time_series_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_environment_feature_usage_time_series_response_data_free(schematic_environment_feature_usage_time_series_response_data *obj)
{
    apic_struct_free(&schematic_environment_feature_usage_time_series_response_data_desc, obj);
}

int schematic_environment_feature_usage_time_series_response_data_from_json(const char *json, size_t len, schematic_environment_feature_usage_time_series_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_environment_feature_usage_time_series_response_data_Type, json, len, &value, err);
    *out = (schematic_environment_feature_usage_time_series_response_data *)value;
    return rc;
}

int schematic_environment_feature_usage_time_series_response_data_to_json(const schematic_environment_feature_usage_time_series_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_environment_feature_usage_time_series_response_data_Type, obj, out, err);
}

/* EnvironmentUsagePointResponseData */
static const apic_field schematic_environment_usage_point_response_data_desc_Fields[] = {
    {"timestamp", 9, APIC_F_REQUIRED, offsetof(schematic_environment_usage_point_response_data, timestamp), -1, -1, &schematic_string_date_time_Type},
    {"usage", 5, APIC_F_REQUIRED, offsetof(schematic_environment_usage_point_response_data, usage), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_environment_usage_point_response_data_desc = {
    "EnvironmentUsagePointResponseData", sizeof(schematic_environment_usage_point_response_data), schematic_environment_usage_point_response_data_desc_Fields, 2,
    offsetof(schematic_environment_usage_point_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_environment_usage_point_response_data_free(schematic_environment_usage_point_response_data *obj)
{
    apic_struct_free(&schematic_environment_usage_point_response_data_desc, obj);
}

int schematic_environment_usage_point_response_data_from_json(const char *json, size_t len, schematic_environment_usage_point_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_environment_usage_point_response_data_Type, json, len, &value, err);
    *out = (schematic_environment_usage_point_response_data *)value;
    return rc;
}

int schematic_environment_usage_point_response_data_to_json(const schematic_environment_usage_point_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_environment_usage_point_response_data_Type, obj, out, err);
}

/* EnvironmentTraitUsageTimeSeriesResponseData */
static const apic_field schematic_environment_trait_usage_time_series_response_data_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_environment_trait_usage_time_series_response_data, feature_id), -1, -1, &apic_type_string},
    {"points", 6, APIC_F_REQUIRED, offsetof(schematic_environment_trait_usage_time_series_response_data, points), -1, -1, &schematic_environment_usage_point_response_data_array_Type},
    {"trait_definition_id", 19, APIC_F_REQUIRED, offsetof(schematic_environment_trait_usage_time_series_response_data, trait_definition_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_environment_trait_usage_time_series_response_data_desc = {
    "EnvironmentTraitUsageTimeSeriesResponseData", sizeof(schematic_environment_trait_usage_time_series_response_data), schematic_environment_trait_usage_time_series_response_data_desc_Fields, 3,
    offsetof(schematic_environment_trait_usage_time_series_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_environment_trait_usage_time_series_response_data_free(schematic_environment_trait_usage_time_series_response_data *obj)
{
    apic_struct_free(&schematic_environment_trait_usage_time_series_response_data_desc, obj);
}

int schematic_environment_trait_usage_time_series_response_data_from_json(const char *json, size_t len, schematic_environment_trait_usage_time_series_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_environment_trait_usage_time_series_response_data_Type, json, len, &value, err);
    *out = (schematic_environment_trait_usage_time_series_response_data *)value;
    return rc;
}

int schematic_environment_trait_usage_time_series_response_data_to_json(const schematic_environment_trait_usage_time_series_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_environment_trait_usage_time_series_response_data_Type, obj, out, err);
}

/* EventDetailResponseData */
static const apic_field schematic_event_detail_response_data_desc_Fields[] = {
    {"api_key", 7, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, api_key), -1, offsetof(schematic_event_detail_response_data, api_key_is_null), &apic_type_string},
    {"api_key_view", 12, 0, offsetof(schematic_event_detail_response_data, api_key_view), -1, -1, &schematic_api_key_response_data_Type},
    {"body", 4, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, body), -1, -1, &apic_type_json_map},
    {"body_preview", 12, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, body_preview), -1, -1, &apic_type_string},
    {"captured_at", 11, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, captured_at), -1, -1, &schematic_string_date_time_Type},
    {"company", 7, 0, offsetof(schematic_event_detail_response_data, company), -1, -1, &schematic_preview_object_Type},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, company_id), -1, offsetof(schematic_event_detail_response_data, company_id_is_null), &apic_type_string},
    {"enriched_at", 11, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, enriched_at), -1, offsetof(schematic_event_detail_response_data, enriched_at_is_null), &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, environment_id), -1, offsetof(schematic_event_detail_response_data, environment_id_is_null), &apic_type_string},
    {"error_message", 13, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, error_message), -1, offsetof(schematic_event_detail_response_data, error_message_is_null), &apic_type_string},
    {"feature_ids", 11, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, feature_ids), -1, -1, &schematic_string_array_Type},
    {"features", 8, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, features), -1, -1, &schematic_preview_object_array_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, id), -1, -1, &apic_type_string},
    {"idempotency_key", 15, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, idempotency_key), -1, offsetof(schematic_event_detail_response_data, idempotency_key_is_null), &apic_type_string},
    {"lease_id", 8, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, lease_id), -1, offsetof(schematic_event_detail_response_data, lease_id_is_null), &apic_type_string},
    {"loaded_at", 9, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, loaded_at), -1, offsetof(schematic_event_detail_response_data, loaded_at_is_null), &schematic_string_date_time_Type},
    {"processed_at", 12, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, processed_at), -1, offsetof(schematic_event_detail_response_data, processed_at_is_null), &schematic_string_date_time_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, quantity), -1, -1, &apic_type_int64},
    {"sent_at", 7, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, sent_at), -1, offsetof(schematic_event_detail_response_data, sent_at_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, status), -1, -1, &schematic_event_status_Type},
    {"subtype", 7, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, subtype), -1, offsetof(schematic_event_detail_response_data, subtype_is_null), &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_event_detail_response_data, type), -1, -1, &schematic_event_type_model_Type},
    {"updated_at", 10, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, updated_at), -1, offsetof(schematic_event_detail_response_data, updated_at_is_null), &schematic_string_date_time_Type},
    {"user", 4, 0, offsetof(schematic_event_detail_response_data, user), -1, -1, &schematic_preview_object_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_event_detail_response_data, user_id), -1, offsetof(schematic_event_detail_response_data, user_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_event_detail_response_data_desc = {
    "EventDetailResponseData", sizeof(schematic_event_detail_response_data), schematic_event_detail_response_data_desc_Fields, 25,
    offsetof(schematic_event_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_event_detail_response_data_free(schematic_event_detail_response_data *obj)
{
    apic_struct_free(&schematic_event_detail_response_data_desc, obj);
}

int schematic_event_detail_response_data_from_json(const char *json, size_t len, schematic_event_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_event_detail_response_data *)value;
    return rc;
}

int schematic_event_detail_response_data_to_json(const schematic_event_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_detail_response_data_Type, obj, out, err);
}

/* EventResponseData */
static const apic_field schematic_event_response_data_desc_Fields[] = {
    {"api_key", 7, APIC_F_NULLABLE, offsetof(schematic_event_response_data, api_key), -1, offsetof(schematic_event_response_data, api_key_is_null), &apic_type_string},
    {"body", 4, APIC_F_REQUIRED, offsetof(schematic_event_response_data, body), -1, -1, &apic_type_json_map},
    {"body_preview", 12, APIC_F_REQUIRED, offsetof(schematic_event_response_data, body_preview), -1, -1, &apic_type_string},
    {"captured_at", 11, APIC_F_REQUIRED, offsetof(schematic_event_response_data, captured_at), -1, -1, &schematic_string_date_time_Type},
    {"company_id", 10, APIC_F_NULLABLE, offsetof(schematic_event_response_data, company_id), -1, offsetof(schematic_event_response_data, company_id_is_null), &apic_type_string},
    {"enriched_at", 11, APIC_F_NULLABLE, offsetof(schematic_event_response_data, enriched_at), -1, offsetof(schematic_event_response_data, enriched_at_is_null), &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_event_response_data, environment_id), -1, offsetof(schematic_event_response_data, environment_id_is_null), &apic_type_string},
    {"error_message", 13, APIC_F_NULLABLE, offsetof(schematic_event_response_data, error_message), -1, offsetof(schematic_event_response_data, error_message_is_null), &apic_type_string},
    {"feature_ids", 11, APIC_F_REQUIRED, offsetof(schematic_event_response_data, feature_ids), -1, -1, &schematic_string_array_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_event_response_data, id), -1, -1, &apic_type_string},
    {"idempotency_key", 15, APIC_F_NULLABLE, offsetof(schematic_event_response_data, idempotency_key), -1, offsetof(schematic_event_response_data, idempotency_key_is_null), &apic_type_string},
    {"lease_id", 8, APIC_F_NULLABLE, offsetof(schematic_event_response_data, lease_id), -1, offsetof(schematic_event_response_data, lease_id_is_null), &apic_type_string},
    {"loaded_at", 9, APIC_F_NULLABLE, offsetof(schematic_event_response_data, loaded_at), -1, offsetof(schematic_event_response_data, loaded_at_is_null), &schematic_string_date_time_Type},
    {"processed_at", 12, APIC_F_NULLABLE, offsetof(schematic_event_response_data, processed_at), -1, offsetof(schematic_event_response_data, processed_at_is_null), &schematic_string_date_time_Type},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(schematic_event_response_data, quantity), -1, -1, &apic_type_int64},
    {"sent_at", 7, APIC_F_NULLABLE, offsetof(schematic_event_response_data, sent_at), -1, offsetof(schematic_event_response_data, sent_at_is_null), &schematic_string_date_time_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_event_response_data, status), -1, -1, &schematic_event_status_Type},
    {"subtype", 7, APIC_F_NULLABLE, offsetof(schematic_event_response_data, subtype), -1, offsetof(schematic_event_response_data, subtype_is_null), &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_event_response_data, type), -1, -1, &schematic_event_type_model_Type},
    {"updated_at", 10, APIC_F_NULLABLE, offsetof(schematic_event_response_data, updated_at), -1, offsetof(schematic_event_response_data, updated_at_is_null), &schematic_string_date_time_Type},
    {"user_id", 7, APIC_F_NULLABLE, offsetof(schematic_event_response_data, user_id), -1, offsetof(schematic_event_response_data, user_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_event_response_data_desc = {
    "EventResponseData", sizeof(schematic_event_response_data), schematic_event_response_data_desc_Fields, 21,
    offsetof(schematic_event_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_event_response_data_free(schematic_event_response_data *obj)
{
    apic_struct_free(&schematic_event_response_data_desc, obj);
}

int schematic_event_response_data_from_json(const char *json, size_t len, schematic_event_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_response_data_Type, json, len, &value, err);
    *out = (schematic_event_response_data *)value;
    return rc;
}

int schematic_event_response_data_to_json(const schematic_event_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_response_data_Type, obj, out, err);
}

/* ExtendCreditLeaseRequestBody */
static const apic_field schematic_extend_credit_lease_request_body_desc_Fields[] = {
    {"additional_amount", 17, APIC_F_REQUIRED, offsetof(schematic_extend_credit_lease_request_body, additional_amount), -1, -1, &apic_type_double},
    {"expires_at", 10, APIC_F_NULLABLE, offsetof(schematic_extend_credit_lease_request_body, expires_at), -1, offsetof(schematic_extend_credit_lease_request_body, expires_at_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_extend_credit_lease_request_body_desc = {
    "ExtendCreditLeaseRequestBody", sizeof(schematic_extend_credit_lease_request_body), schematic_extend_credit_lease_request_body_desc_Fields, 2,
    offsetof(schematic_extend_credit_lease_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_extend_credit_lease_request_body_free(schematic_extend_credit_lease_request_body *obj)
{
    apic_struct_free(&schematic_extend_credit_lease_request_body_desc, obj);
}

int schematic_extend_credit_lease_request_body_from_json(const char *json, size_t len, schematic_extend_credit_lease_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_extend_credit_lease_request_body_Type, json, len, &value, err);
    *out = (schematic_extend_credit_lease_request_body *)value;
    return rc;
}

int schematic_extend_credit_lease_request_body_to_json(const schematic_extend_credit_lease_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_extend_credit_lease_request_body_Type, obj, out, err);
}

/* FeatureCompanyResponseData */
static const apic_field schematic_feature_company_response_data_desc_Fields[] = {
    {"access", 6, APIC_F_REQUIRED, offsetof(schematic_feature_company_response_data, access), -1, -1, &apic_type_bool},
    {"allocation", 10, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, allocation), offsetof(schematic_feature_company_response_data, has_allocation), offsetof(schematic_feature_company_response_data, allocation_is_null), &apic_type_int64},
    {"allocation_type", 15, APIC_F_REQUIRED, offsetof(schematic_feature_company_response_data, allocation_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"company", 7, 0, offsetof(schematic_feature_company_response_data, company), -1, -1, &schematic_company_detail_response_data_Type},
    {"company_override", 16, 0, offsetof(schematic_feature_company_response_data, company_override), -1, -1, &schematic_company_override_response_data_Type},
    {"credit_consumption_rate", 23, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, credit_consumption_rate), offsetof(schematic_feature_company_response_data, has_credit_consumption_rate), offsetof(schematic_feature_company_response_data, credit_consumption_rate_is_null), &apic_type_double},
    {"credit_grant_counts", 19, 0, offsetof(schematic_feature_company_response_data, credit_grant_counts), offsetof(schematic_feature_company_response_data, has_credit_grant_counts), -1, &schematic_double_map_Type},
    {"credit_grant_details", 20, 0, offsetof(schematic_feature_company_response_data, credit_grant_details), offsetof(schematic_feature_company_response_data, has_credit_grant_details), -1, &schematic_credit_grant_detail_array_Type},
    {"credit_grant_reason", 19, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, credit_grant_reason), offsetof(schematic_feature_company_response_data, has_credit_grant_reason), offsetof(schematic_feature_company_response_data, credit_grant_reason_is_null), &schematic_billing_credit_grant_reason_Type},
    {"credit_remaining", 16, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, credit_remaining), offsetof(schematic_feature_company_response_data, has_credit_remaining), offsetof(schematic_feature_company_response_data, credit_remaining_is_null), &apic_type_double},
    {"credit_total", 12, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, credit_total), offsetof(schematic_feature_company_response_data, has_credit_total), offsetof(schematic_feature_company_response_data, credit_total_is_null), &apic_type_double},
    {"credit_type_icon", 16, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, credit_type_icon), -1, offsetof(schematic_feature_company_response_data, credit_type_icon_is_null), &apic_type_string},
    {"credit_usage", 12, 0, offsetof(schematic_feature_company_response_data, credit_usage), -1, -1, &schematic_credit_usage_Type},
    {"credit_usage_aggregation", 24, 0, offsetof(schematic_feature_company_response_data, credit_usage_aggregation), -1, -1, &schematic_credit_usage_aggregation_Type},
    {"credit_used", 11, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, credit_used), offsetof(schematic_feature_company_response_data, has_credit_used), offsetof(schematic_feature_company_response_data, credit_used_is_null), &apic_type_double},
    {"effective_limit", 15, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, effective_limit), offsetof(schematic_feature_company_response_data, has_effective_limit), offsetof(schematic_feature_company_response_data, effective_limit_is_null), &apic_type_int64},
    {"effective_price", 15, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, effective_price), offsetof(schematic_feature_company_response_data, has_effective_price), offsetof(schematic_feature_company_response_data, effective_price_is_null), &apic_type_double},
    {"entitlement_expiration_date", 27, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, entitlement_expiration_date), -1, offsetof(schematic_feature_company_response_data, entitlement_expiration_date_is_null), &schematic_string_date_time_Type},
    {"entitlement_id", 14, APIC_F_REQUIRED, offsetof(schematic_feature_company_response_data, entitlement_id), -1, -1, &apic_type_string},
    {"entitlement_source", 18, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, entitlement_source), -1, offsetof(schematic_feature_company_response_data, entitlement_source_is_null), &apic_type_string},
    {"entitlement_type", 16, APIC_F_REQUIRED, offsetof(schematic_feature_company_response_data, entitlement_type), -1, -1, &schematic_entitlement_type_Type},
    {"feature", 7, 0, offsetof(schematic_feature_company_response_data, feature), -1, -1, &schematic_feature_in_plan_response_data_Type},
    {"has_valid_allocation", 20, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, has_valid_allocation), offsetof(schematic_feature_company_response_data, has_has_valid_allocation), offsetof(schematic_feature_company_response_data, has_valid_allocation_is_null), &apic_type_bool},
    {"is_unlimited", 12, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, is_unlimited), offsetof(schematic_feature_company_response_data, has_is_unlimited), offsetof(schematic_feature_company_response_data, is_unlimited_is_null), &apic_type_bool},
    {"metric_reset_at", 15, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, metric_reset_at), -1, offsetof(schematic_feature_company_response_data, metric_reset_at_is_null), &schematic_string_date_time_Type},
    {"month_reset", 11, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, month_reset), offsetof(schematic_feature_company_response_data, has_month_reset), offsetof(schematic_feature_company_response_data, month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"monthly_usage_based_price", 25, 0, offsetof(schematic_feature_company_response_data, monthly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
    {"overuse", 7, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, overuse), offsetof(schematic_feature_company_response_data, has_overuse), offsetof(schematic_feature_company_response_data, overuse_is_null), &apic_type_int64},
    {"percent_used", 12, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, percent_used), offsetof(schematic_feature_company_response_data, has_percent_used), offsetof(schematic_feature_company_response_data, percent_used_is_null), &apic_type_double},
    {"period", 6, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, period), offsetof(schematic_feature_company_response_data, has_period), offsetof(schematic_feature_company_response_data, period_is_null), &schematic_metric_period_Type},
    {"plan", 4, 0, offsetof(schematic_feature_company_response_data, plan), -1, -1, &schematic_plan_response_data_Type},
    {"plan_entitlement", 16, 0, offsetof(schematic_feature_company_response_data, plan_entitlement), -1, -1, &schematic_plan_entitlement_response_data_Type},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, price_behavior), offsetof(schematic_feature_company_response_data, has_price_behavior), offsetof(schematic_feature_company_response_data, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
    {"quarterly_usage_based_price", 27, 0, offsetof(schematic_feature_company_response_data, quarterly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
    {"soft_limit", 10, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, soft_limit), offsetof(schematic_feature_company_response_data, has_soft_limit), offsetof(schematic_feature_company_response_data, soft_limit_is_null), &apic_type_int64},
    {"usage", 5, APIC_F_NULLABLE, offsetof(schematic_feature_company_response_data, usage), offsetof(schematic_feature_company_response_data, has_usage), offsetof(schematic_feature_company_response_data, usage_is_null), &apic_type_int64},
    {"yearly_usage_based_price", 24, 0, offsetof(schematic_feature_company_response_data, yearly_usage_based_price), -1, -1, &schematic_billing_price_view_Type},
};
const apic_struct_desc schematic_feature_company_response_data_desc = {
    "FeatureCompanyResponseData", sizeof(schematic_feature_company_response_data), schematic_feature_company_response_data_desc_Fields, 37,
    offsetof(schematic_feature_company_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_company_response_data_free(schematic_feature_company_response_data *obj)
{
    apic_struct_free(&schematic_feature_company_response_data_desc, obj);
}

int schematic_feature_company_response_data_from_json(const char *json, size_t len, schematic_feature_company_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_company_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_company_response_data *)value;
    return rc;
}

int schematic_feature_company_response_data_to_json(const schematic_feature_company_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_company_response_data_Type, obj, out, err);
}

/* FeatureCompanyUserResponseData */
static const apic_field schematic_feature_company_user_response_data_desc_Fields[] = {
    {"access", 6, APIC_F_REQUIRED, offsetof(schematic_feature_company_user_response_data, access), -1, -1, &apic_type_bool},
    {"allocation", 10, APIC_F_NULLABLE, offsetof(schematic_feature_company_user_response_data, allocation), offsetof(schematic_feature_company_user_response_data, has_allocation), offsetof(schematic_feature_company_user_response_data, allocation_is_null), &apic_type_int64},
    {"allocation_type", 15, APIC_F_REQUIRED, offsetof(schematic_feature_company_user_response_data, allocation_type), -1, -1, &schematic_entitlement_value_type_Type},
    {"company", 7, 0, offsetof(schematic_feature_company_user_response_data, company), -1, -1, &schematic_company_detail_response_data_Type},
    {"entitlement_id", 14, APIC_F_REQUIRED, offsetof(schematic_feature_company_user_response_data, entitlement_id), -1, -1, &apic_type_string},
    {"entitlement_type", 16, APIC_F_REQUIRED, offsetof(schematic_feature_company_user_response_data, entitlement_type), -1, -1, &schematic_entitlement_type_Type},
    {"feature", 7, 0, offsetof(schematic_feature_company_user_response_data, feature), -1, -1, &schematic_feature_detail_response_data_Type},
    {"metric_reset_at", 15, APIC_F_NULLABLE, offsetof(schematic_feature_company_user_response_data, metric_reset_at), -1, offsetof(schematic_feature_company_user_response_data, metric_reset_at_is_null), &schematic_string_date_time_Type},
    {"month_reset", 11, APIC_F_NULLABLE, offsetof(schematic_feature_company_user_response_data, month_reset), offsetof(schematic_feature_company_user_response_data, has_month_reset), offsetof(schematic_feature_company_user_response_data, month_reset_is_null), &schematic_metric_period_month_reset_Type},
    {"period", 6, APIC_F_NULLABLE, offsetof(schematic_feature_company_user_response_data, period), offsetof(schematic_feature_company_user_response_data, has_period), offsetof(schematic_feature_company_user_response_data, period_is_null), &schematic_metric_period_Type},
    {"plan", 4, 0, offsetof(schematic_feature_company_user_response_data, plan), -1, -1, &schematic_plan_response_data_Type},
    {"usage", 5, APIC_F_NULLABLE, offsetof(schematic_feature_company_user_response_data, usage), offsetof(schematic_feature_company_user_response_data, has_usage), offsetof(schematic_feature_company_user_response_data, usage_is_null), &apic_type_int64},
    {"user", 4, 0, offsetof(schematic_feature_company_user_response_data, user), -1, -1, &schematic_user_response_data_Type},
};
const apic_struct_desc schematic_feature_company_user_response_data_desc = {
    "FeatureCompanyUserResponseData", sizeof(schematic_feature_company_user_response_data), schematic_feature_company_user_response_data_desc_Fields, 13,
    offsetof(schematic_feature_company_user_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_company_user_response_data_free(schematic_feature_company_user_response_data *obj)
{
    apic_struct_free(&schematic_feature_company_user_response_data_desc, obj);
}

int schematic_feature_company_user_response_data_from_json(const char *json, size_t len, schematic_feature_company_user_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_company_user_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_company_user_response_data *)value;
    return rc;
}

int schematic_feature_company_user_response_data_to_json(const schematic_feature_company_user_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_company_user_response_data_Type, obj, out, err);
}

/* FeatureDetailResponseData */
static const apic_field schematic_feature_detail_response_data_desc_Fields[] = {
    {"billing_linked_resource", 23, 0, offsetof(schematic_feature_detail_response_data, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"billing_product", 15, 0, offsetof(schematic_feature_detail_response_data, billing_product), -1, -1, &schematic_billing_product_response_data_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, description), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, event_subtype), -1, offsetof(schematic_feature_detail_response_data, event_subtype_is_null), &apic_type_string},
    {"event_summary", 13, 0, offsetof(schematic_feature_detail_response_data, event_summary), -1, -1, &schematic_event_summary_response_data_Type},
    {"feature_type", 12, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, feature_type), -1, -1, &schematic_feature_type_Type},
    {"flags", 5, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, flags), -1, -1, &schematic_flag_detail_response_data_array_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, icon), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, id), -1, -1, &apic_type_string},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, license_id), -1, offsetof(schematic_feature_detail_response_data, license_id_is_null), &apic_type_string},
    {"lifecycle_phase", 15, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, lifecycle_phase), offsetof(schematic_feature_detail_response_data, has_lifecycle_phase), offsetof(schematic_feature_detail_response_data, lifecycle_phase_is_null), &schematic_feature_lifecycle_phase_Type},
    {"maintainer", 10, 0, offsetof(schematic_feature_detail_response_data, maintainer), -1, -1, &schematic_account_member_response_data_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, maintainer_account_member_id), -1, offsetof(schematic_feature_detail_response_data, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, name), -1, -1, &apic_type_string},
    {"plans", 5, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, plans), -1, -1, &schematic_preview_object_array_Type},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, plural_name), -1, offsetof(schematic_feature_detail_response_data, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, singular_name), -1, offsetof(schematic_feature_detail_response_data, singular_name_is_null), &apic_type_string},
    {"trait", 5, 0, offsetof(schematic_feature_detail_response_data, trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, trait_id), -1, offsetof(schematic_feature_detail_response_data, trait_id_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_limit_trait_id", 20, APIC_F_NULLABLE, offsetof(schematic_feature_detail_response_data, usage_limit_trait_id), -1, offsetof(schematic_feature_detail_response_data, usage_limit_trait_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_feature_detail_response_data_desc = {
    "FeatureDetailResponseData", sizeof(schematic_feature_detail_response_data), schematic_feature_detail_response_data_desc_Fields, 22,
    offsetof(schematic_feature_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_detail_response_data_free(schematic_feature_detail_response_data *obj)
{
    apic_struct_free(&schematic_feature_detail_response_data_desc, obj);
}

int schematic_feature_detail_response_data_from_json(const char *json, size_t len, schematic_feature_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_detail_response_data *)value;
    return rc;
}

int schematic_feature_detail_response_data_to_json(const schematic_feature_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_detail_response_data_Type, obj, out, err);
}

/* FlagDetailResponseData */
static const apic_field schematic_flag_detail_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"default_value", 13, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, default_value), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, description), -1, -1, &apic_type_string},
    {"feature", 7, 0, offsetof(schematic_flag_detail_response_data, feature), -1, -1, &schematic_feature_response_data_Type},
    {"feature_id", 10, APIC_F_NULLABLE, offsetof(schematic_flag_detail_response_data, feature_id), -1, offsetof(schematic_flag_detail_response_data, feature_id_is_null), &apic_type_string},
    {"flag_type", 9, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, flag_type), -1, -1, &schematic_flag_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, key), -1, -1, &apic_type_string},
    {"last_checked_at", 15, APIC_F_NULLABLE, offsetof(schematic_flag_detail_response_data, last_checked_at), -1, offsetof(schematic_flag_detail_response_data, last_checked_at_is_null), &schematic_string_date_time_Type},
    {"maintainer", 10, 0, offsetof(schematic_flag_detail_response_data, maintainer), -1, -1, &schematic_account_member_response_data_Type},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_flag_detail_response_data, maintainer_account_member_id), -1, offsetof(schematic_flag_detail_response_data, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, name), -1, -1, &apic_type_string},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, rules), -1, -1, &schematic_rule_detail_response_data_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_detail_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_flag_detail_response_data_desc = {
    "FlagDetailResponseData", sizeof(schematic_flag_detail_response_data), schematic_flag_detail_response_data_desc_Fields, 14,
    offsetof(schematic_flag_detail_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_flag_detail_response_data_free(schematic_flag_detail_response_data *obj)
{
    apic_struct_free(&schematic_flag_detail_response_data_desc, obj);
}

int schematic_flag_detail_response_data_from_json(const char *json, size_t len, schematic_flag_detail_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_flag_detail_response_data_Type, json, len, &value, err);
    *out = (schematic_flag_detail_response_data *)value;
    return rc;
}

int schematic_flag_detail_response_data_to_json(const schematic_flag_detail_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_flag_detail_response_data_Type, obj, out, err);
}

/* UserResponseData */
static const apic_field schematic_user_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_user_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_user_response_data, environment_id), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_user_response_data, id), -1, -1, &apic_type_string},
    {"last_seen_at", 12, APIC_F_NULLABLE, offsetof(schematic_user_response_data, last_seen_at), -1, offsetof(schematic_user_response_data, last_seen_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_user_response_data, name), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_user_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_user_response_data_desc = {
    "UserResponseData", sizeof(schematic_user_response_data), schematic_user_response_data_desc_Fields, 6,
    offsetof(schematic_user_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_user_response_data_free(schematic_user_response_data *obj)
{
    apic_struct_free(&schematic_user_response_data_desc, obj);
}

int schematic_user_response_data_from_json(const char *json, size_t len, schematic_user_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_user_response_data_Type, json, len, &value, err);
    *out = (schematic_user_response_data *)value;
    return rc;
}

int schematic_user_response_data_to_json(const schematic_user_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_user_response_data_Type, obj, out, err);
}

/* FeatureUsageHistoryResponseData */
static const apic_field schematic_feature_usage_history_response_data_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_feature_usage_history_response_data, company_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_REQUIRED, offsetof(schematic_feature_usage_history_response_data, event_subtype), -1, -1, &apic_type_string},
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_feature_usage_history_response_data, feature_id), -1, -1, &apic_type_string},
    {"period_end", 10, APIC_F_REQUIRED, offsetof(schematic_feature_usage_history_response_data, period_end), -1, -1, &schematic_string_date_time_Type},
    {"period_start", 12, APIC_F_REQUIRED, offsetof(schematic_feature_usage_history_response_data, period_start), -1, -1, &schematic_string_date_time_Type},
    {"usage", 5, APIC_F_REQUIRED, offsetof(schematic_feature_usage_history_response_data, usage), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_feature_usage_history_response_data_desc = {
    "FeatureUsageHistoryResponseData", sizeof(schematic_feature_usage_history_response_data), schematic_feature_usage_history_response_data_desc_Fields, 6,
    offsetof(schematic_feature_usage_history_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_usage_history_response_data_free(schematic_feature_usage_history_response_data *obj)
{
    apic_struct_free(&schematic_feature_usage_history_response_data_desc, obj);
}

int schematic_feature_usage_history_response_data_from_json(const char *json, size_t len, schematic_feature_usage_history_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_usage_history_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_usage_history_response_data *)value;
    return rc;
}

int schematic_feature_usage_history_response_data_to_json(const schematic_feature_usage_history_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_usage_history_response_data_Type, obj, out, err);
}

/* FeatureUsageLegacyResponseData */
static const apic_field schematic_feature_usage_legacy_response_data_desc_Fields[] = {
    {"Allocation", 10, APIC_F_NULLABLE, offsetof(schematic_feature_usage_legacy_response_data, allocation), offsetof(schematic_feature_usage_legacy_response_data, has_allocation), offsetof(schematic_feature_usage_legacy_response_data, allocation_is_null), &apic_type_int64},
    {"CreditUsage", 11, 0, offsetof(schematic_feature_usage_legacy_response_data, credit_usage), -1, -1, &schematic_credit_usage_Type},
    {"Entitlement", 11, APIC_F_REQUIRED, offsetof(schematic_feature_usage_legacy_response_data, entitlement), -1, -1, &apic_type_string},
    {"Feature", 7, 0, offsetof(schematic_feature_usage_legacy_response_data, feature), -1, -1, &schematic_feature_view_Type},
    {"MetricResetAt", 13, APIC_F_NULLABLE, offsetof(schematic_feature_usage_legacy_response_data, metric_reset_at), -1, offsetof(schematic_feature_usage_legacy_response_data, metric_reset_at_is_null), &schematic_string_date_time_Type},
    {"Usage", 5, APIC_F_NULLABLE, offsetof(schematic_feature_usage_legacy_response_data, usage), offsetof(schematic_feature_usage_legacy_response_data, has_usage), offsetof(schematic_feature_usage_legacy_response_data, usage_is_null), &apic_type_int64},
};
const apic_struct_desc schematic_feature_usage_legacy_response_data_desc = {
    "FeatureUsageLegacyResponseData", sizeof(schematic_feature_usage_legacy_response_data), schematic_feature_usage_legacy_response_data_desc_Fields, 6,
    offsetof(schematic_feature_usage_legacy_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_usage_legacy_response_data_free(schematic_feature_usage_legacy_response_data *obj)
{
    apic_struct_free(&schematic_feature_usage_legacy_response_data_desc, obj);
}

int schematic_feature_usage_legacy_response_data_from_json(const char *json, size_t len, schematic_feature_usage_legacy_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_usage_legacy_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_usage_legacy_response_data *)value;
    return rc;
}

int schematic_feature_usage_legacy_response_data_to_json(const schematic_feature_usage_legacy_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_usage_legacy_response_data_Type, obj, out, err);
}

/* FeatureView */
static const apic_field schematic_feature_view_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_feature_view, account_id), -1, -1, &apic_type_string},
    {"billing_linked_resource", 23, 0, offsetof(schematic_feature_view, billing_linked_resource), -1, -1, &schematic_billing_linked_resource_response_data_Type},
    {"billing_product", 15, 0, offsetof(schematic_feature_view, billing_product), -1, -1, &schematic_billing_product_record_response_data_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_feature_view, description), -1, -1, &apic_type_string},
    {"event_subtype", 13, APIC_F_NULLABLE, offsetof(schematic_feature_view, event_subtype), -1, offsetof(schematic_feature_view, event_subtype_is_null), &apic_type_string},
    {"event_summary", 13, 0, offsetof(schematic_feature_view, event_summary), -1, -1, &schematic_event_summary_response_data_Type},
    {"feature_type", 12, APIC_F_REQUIRED, offsetof(schematic_feature_view, feature_type), -1, -1, &schematic_feature_type_Type},
    {"flags", 5, APIC_F_REQUIRED, offsetof(schematic_feature_view, flags), -1, -1, &schematic_flag_view_array_Type},
    {"icon", 4, APIC_F_REQUIRED, offsetof(schematic_feature_view, icon), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_feature_view, id), -1, -1, &apic_type_string},
    {"license_id", 10, APIC_F_NULLABLE, offsetof(schematic_feature_view, license_id), -1, offsetof(schematic_feature_view, license_id_is_null), &apic_type_string},
    {"lifecycle_phase", 15, APIC_F_NULLABLE, offsetof(schematic_feature_view, lifecycle_phase), offsetof(schematic_feature_view, has_lifecycle_phase), offsetof(schematic_feature_view, lifecycle_phase_is_null), &schematic_feature_lifecycle_phase_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_feature_view, name), -1, -1, &apic_type_string},
    {"plans", 5, APIC_F_REQUIRED, offsetof(schematic_feature_view, plans), -1, -1, &schematic_preview_object_array_Type},
    {"plural_name", 11, APIC_F_NULLABLE, offsetof(schematic_feature_view, plural_name), -1, offsetof(schematic_feature_view, plural_name_is_null), &apic_type_string},
    {"singular_name", 13, APIC_F_NULLABLE, offsetof(schematic_feature_view, singular_name), -1, offsetof(schematic_feature_view, singular_name_is_null), &apic_type_string},
    {"trait", 5, 0, offsetof(schematic_feature_view, trait), -1, -1, &schematic_entity_trait_definition_response_data_Type},
    {"trait_id", 8, APIC_F_NULLABLE, offsetof(schematic_feature_view, trait_id), -1, offsetof(schematic_feature_view, trait_id_is_null), &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_feature_view, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"usage_limit_trait_id", 20, APIC_F_NULLABLE, offsetof(schematic_feature_view, usage_limit_trait_id), -1, offsetof(schematic_feature_view, usage_limit_trait_id_is_null), &apic_type_string},
};
const apic_struct_desc schematic_feature_view_desc = {
    "FeatureView", sizeof(schematic_feature_view), schematic_feature_view_desc_Fields, 21,
    offsetof(schematic_feature_view, unknown_fields),
    -1,
    NULL
};

void schematic_feature_view_free(schematic_feature_view *obj)
{
    apic_struct_free(&schematic_feature_view_desc, obj);
}

int schematic_feature_view_from_json(const char *json, size_t len, schematic_feature_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_view_Type, json, len, &value, err);
    *out = (schematic_feature_view *)value;
    return rc;
}

int schematic_feature_view_to_json(const schematic_feature_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_view_Type, obj, out, err);
}

/* FlagView */
static const apic_field schematic_flag_view_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_flag_view, account_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"default_value", 13, APIC_F_REQUIRED, offsetof(schematic_flag_view, default_value), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_flag_view, description), -1, -1, &apic_type_string},
    {"feature", 7, 0, offsetof(schematic_flag_view, feature), -1, -1, &schematic_feature_response_data_Type},
    {"feature_id", 10, APIC_F_NULLABLE, offsetof(schematic_flag_view, feature_id), -1, offsetof(schematic_flag_view, feature_id_is_null), &apic_type_string},
    {"flag_type", 9, APIC_F_REQUIRED, offsetof(schematic_flag_view, flag_type), -1, -1, &schematic_flag_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_flag_view, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_flag_view, key), -1, -1, &apic_type_string},
    {"last_checked_at", 15, APIC_F_NULLABLE, offsetof(schematic_flag_view, last_checked_at), -1, offsetof(schematic_flag_view, last_checked_at_is_null), &schematic_string_date_time_Type},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_flag_view, name), -1, -1, &apic_type_string},
    {"rules", 5, APIC_F_REQUIRED, offsetof(schematic_flag_view, rules), -1, -1, &schematic_rule_view_array_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_view, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_flag_view_desc = {
    "FlagView", sizeof(schematic_flag_view), schematic_flag_view_desc_Fields, 13,
    offsetof(schematic_flag_view, unknown_fields),
    -1,
    NULL
};

void schematic_flag_view_free(schematic_flag_view *obj)
{
    apic_struct_free(&schematic_flag_view_desc, obj);
}

int schematic_flag_view_from_json(const char *json, size_t len, schematic_flag_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_flag_view_Type, json, len, &value, err);
    *out = (schematic_flag_view *)value;
    return rc;
}

int schematic_flag_view_to_json(const schematic_flag_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_flag_view_Type, obj, out, err);
}

/* RuleView */
static const apic_field schematic_rule_view_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(schematic_rule_view, account_id), -1, -1, &apic_type_string},
    {"condition_groups", 16, APIC_F_REQUIRED, offsetof(schematic_rule_view, condition_groups), -1, -1, &schematic_condition_group_view_array_Type},
    {"conditions", 10, APIC_F_REQUIRED, offsetof(schematic_rule_view, conditions), -1, -1, &schematic_condition_view_array_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_view, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_rule_view, environment_id), -1, -1, &apic_type_string},
    {"flag_id", 7, APIC_F_NULLABLE, offsetof(schematic_rule_view, flag_id), -1, offsetof(schematic_rule_view, flag_id_is_null), &apic_type_string},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_rule_view, id), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_rule_view, name), -1, -1, &apic_type_string},
    {"priority", 8, APIC_F_REQUIRED, offsetof(schematic_rule_view, priority), -1, -1, &apic_type_int64},
    {"rule_type", 9, APIC_F_REQUIRED, offsetof(schematic_rule_view, rule_type), -1, -1, &schematic_rule_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_rule_view, updated_at), -1, -1, &schematic_string_date_time_Type},
    {"value", 5, APIC_F_REQUIRED, offsetof(schematic_rule_view, value), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_rule_view_desc = {
    "RuleView", sizeof(schematic_rule_view), schematic_rule_view_desc_Fields, 12,
    offsetof(schematic_rule_view, unknown_fields),
    -1,
    NULL
};

void schematic_rule_view_free(schematic_rule_view *obj)
{
    apic_struct_free(&schematic_rule_view_desc, obj);
}

int schematic_rule_view_from_json(const char *json, size_t len, schematic_rule_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_rule_view_Type, json, len, &value, err);
    *out = (schematic_rule_view *)value;
    return rc;
}

int schematic_rule_view_to_json(const schematic_rule_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_rule_view_Type, obj, out, err);
}

/* FeatureUsageTimeSeriesResponseData */
static const apic_field schematic_feature_usage_time_series_response_data_desc_Fields[] = {
    {"feature_id", 10, APIC_F_REQUIRED, offsetof(schematic_feature_usage_time_series_response_data, feature_id), -1, -1, &apic_type_string},
    {"feature_type", 12, APIC_F_REQUIRED, offsetof(schematic_feature_usage_time_series_response_data, feature_type), -1, -1, &schematic_feature_type_Type},
    {"limits", 6, APIC_F_REQUIRED, offsetof(schematic_feature_usage_time_series_response_data, limits), -1, -1, &schematic_limit_time_series_point_response_data_array_Type},
    {"period_type", 11, APIC_F_NULLABLE, offsetof(schematic_feature_usage_time_series_response_data, period_type), -1, offsetof(schematic_feature_usage_time_series_response_data, period_type_is_null), &apic_type_string},
    {"usage_points", 12, APIC_F_REQUIRED, offsetof(schematic_feature_usage_time_series_response_data, usage_points), -1, -1, &schematic_usage_time_series_point_response_data_array_Type},
};
const apic_struct_desc schematic_feature_usage_time_series_response_data_desc = {
    "FeatureUsageTimeSeriesResponseData", sizeof(schematic_feature_usage_time_series_response_data), schematic_feature_usage_time_series_response_data_desc_Fields, 5,
    offsetof(schematic_feature_usage_time_series_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_feature_usage_time_series_response_data_free(schematic_feature_usage_time_series_response_data *obj)
{
    apic_struct_free(&schematic_feature_usage_time_series_response_data_desc, obj);
}

int schematic_feature_usage_time_series_response_data_from_json(const char *json, size_t len, schematic_feature_usage_time_series_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_feature_usage_time_series_response_data_Type, json, len, &value, err);
    *out = (schematic_feature_usage_time_series_response_data *)value;
    return rc;
}

int schematic_feature_usage_time_series_response_data_to_json(const schematic_feature_usage_time_series_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_feature_usage_time_series_response_data_Type, obj, out, err);
}

/* LimitTimeSeriesPointResponseData */
static const apic_field schematic_limit_time_series_point_response_data_desc_Fields[] = {
    {"effective_at", 12, APIC_F_REQUIRED, offsetof(schematic_limit_time_series_point_response_data, effective_at), -1, -1, &schematic_string_date_time_Type},
    {"is_soft_limit", 13, APIC_F_REQUIRED, offsetof(schematic_limit_time_series_point_response_data, is_soft_limit), -1, -1, &apic_type_bool},
    {"limit_source", 12, APIC_F_REQUIRED, offsetof(schematic_limit_time_series_point_response_data, limit_source), -1, -1, &schematic_entitlement_type_Type},
    {"limit_value", 11, APIC_F_NULLABLE, offsetof(schematic_limit_time_series_point_response_data, limit_value), offsetof(schematic_limit_time_series_point_response_data, has_limit_value), offsetof(schematic_limit_time_series_point_response_data, limit_value_is_null), &apic_type_int64},
    {"plan_id", 7, APIC_F_NULLABLE, offsetof(schematic_limit_time_series_point_response_data, plan_id), -1, offsetof(schematic_limit_time_series_point_response_data, plan_id_is_null), &apic_type_string},
    {"price_behavior", 14, APIC_F_NULLABLE, offsetof(schematic_limit_time_series_point_response_data, price_behavior), offsetof(schematic_limit_time_series_point_response_data, has_price_behavior), offsetof(schematic_limit_time_series_point_response_data, price_behavior_is_null), &schematic_entitlement_price_behavior_Type},
};
const apic_struct_desc schematic_limit_time_series_point_response_data_desc = {
    "LimitTimeSeriesPointResponseData", sizeof(schematic_limit_time_series_point_response_data), schematic_limit_time_series_point_response_data_desc_Fields, 6,
    offsetof(schematic_limit_time_series_point_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_limit_time_series_point_response_data_free(schematic_limit_time_series_point_response_data *obj)
{
    apic_struct_free(&schematic_limit_time_series_point_response_data_desc, obj);
}

int schematic_limit_time_series_point_response_data_from_json(const char *json, size_t len, schematic_limit_time_series_point_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_limit_time_series_point_response_data_Type, json, len, &value, err);
    *out = (schematic_limit_time_series_point_response_data *)value;
    return rc;
}

int schematic_limit_time_series_point_response_data_to_json(const schematic_limit_time_series_point_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_limit_time_series_point_response_data_Type, obj, out, err);
}

/* UsageTimeSeriesPointResponseData */
static const apic_field schematic_usage_time_series_point_response_data_desc_Fields[] = {
    {"period_end", 10, APIC_F_NULLABLE, offsetof(schematic_usage_time_series_point_response_data, period_end), -1, offsetof(schematic_usage_time_series_point_response_data, period_end_is_null), &schematic_string_date_time_Type},
    {"period_start", 12, APIC_F_NULLABLE, offsetof(schematic_usage_time_series_point_response_data, period_start), -1, offsetof(schematic_usage_time_series_point_response_data, period_start_is_null), &schematic_string_date_time_Type},
    {"timestamp", 9, APIC_F_REQUIRED, offsetof(schematic_usage_time_series_point_response_data, timestamp), -1, -1, &schematic_string_date_time_Type},
    {"usage", 5, APIC_F_REQUIRED, offsetof(schematic_usage_time_series_point_response_data, usage), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_usage_time_series_point_response_data_desc = {
    "UsageTimeSeriesPointResponseData", sizeof(schematic_usage_time_series_point_response_data), schematic_usage_time_series_point_response_data_desc_Fields, 4,
    offsetof(schematic_usage_time_series_point_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_usage_time_series_point_response_data_free(schematic_usage_time_series_point_response_data *obj)
{
    apic_struct_free(&schematic_usage_time_series_point_response_data_desc, obj);
}

int schematic_usage_time_series_point_response_data_from_json(const char *json, size_t len, schematic_usage_time_series_point_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_usage_time_series_point_response_data_Type, json, len, &value, err);
    *out = (schematic_usage_time_series_point_response_data *)value;
    return rc;
}

int schematic_usage_time_series_point_response_data_to_json(const schematic_usage_time_series_point_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_usage_time_series_point_response_data_Type, obj, out, err);
}

/* FlagResponseData */
static const apic_field schematic_flag_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"default_value", 13, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, default_value), -1, -1, &apic_type_bool},
    {"description", 11, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, description), -1, -1, &apic_type_string},
    {"feature_id", 10, APIC_F_NULLABLE, offsetof(schematic_flag_response_data, feature_id), -1, offsetof(schematic_flag_response_data, feature_id_is_null), &apic_type_string},
    {"flag_type", 9, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, flag_type), -1, -1, &schematic_flag_type_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, id), -1, -1, &apic_type_string},
    {"key", 3, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, key), -1, -1, &apic_type_string},
    {"maintainer_account_member_id", 28, APIC_F_NULLABLE, offsetof(schematic_flag_response_data, maintainer_account_member_id), -1, offsetof(schematic_flag_response_data, maintainer_account_member_id_is_null), &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, name), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_flag_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_flag_response_data_desc = {
    "FlagResponseData", sizeof(schematic_flag_response_data), schematic_flag_response_data_desc_Fields, 10,
    offsetof(schematic_flag_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_flag_response_data_free(schematic_flag_response_data *obj)
{
    apic_struct_free(&schematic_flag_response_data_desc, obj);
}

int schematic_flag_response_data_from_json(const char *json, size_t len, schematic_flag_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_flag_response_data_Type, json, len, &value, err);
    *out = (schematic_flag_response_data *)value;
    return rc;
}

int schematic_flag_response_data_to_json(const schematic_flag_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_flag_response_data_Type, obj, out, err);
}

/* GetOnboardingStateResp */
static const apic_field schematic_get_onboarding_state_resp_desc_Fields[] = {
    {"environment_id", 14, APIC_F_NULLABLE, offsetof(schematic_get_onboarding_state_resp, environment_id), -1, offsetof(schematic_get_onboarding_state_resp, environment_id_is_null), &apic_type_string},
    {"milestones", 10, APIC_F_REQUIRED, offsetof(schematic_get_onboarding_state_resp, milestones), -1, -1, &schematic_onboarding_milestone_view_array_Type},
    {"path", 4, APIC_F_NULLABLE, offsetof(schematic_get_onboarding_state_resp, path), offsetof(schematic_get_onboarding_state_resp, has_path), offsetof(schematic_get_onboarding_state_resp, path_is_null), &schematic_onboarding_path_Type},
    {"requirements", 12, APIC_F_REQUIRED, offsetof(schematic_get_onboarding_state_resp, requirements), -1, -1, &schematic_onboarding_requirement_view_array_Type},
    {"suggested_next", 14, APIC_F_REQUIRED, offsetof(schematic_get_onboarding_state_resp, suggested_next), -1, -1, &schematic_onboarding_requirement_array_Type},
    {"track", 5, APIC_F_NULLABLE, offsetof(schematic_get_onboarding_state_resp, track), offsetof(schematic_get_onboarding_state_resp, has_track), offsetof(schematic_get_onboarding_state_resp, track_is_null), &schematic_onboarding_track_Type},
};
const apic_struct_desc schematic_get_onboarding_state_resp_desc = {
    "GetOnboardingStateResp", sizeof(schematic_get_onboarding_state_resp), schematic_get_onboarding_state_resp_desc_Fields, 6,
    offsetof(schematic_get_onboarding_state_resp, unknown_fields),
    -1,
    NULL
};

void schematic_get_onboarding_state_resp_free(schematic_get_onboarding_state_resp *obj)
{
    apic_struct_free(&schematic_get_onboarding_state_resp_desc, obj);
}

int schematic_get_onboarding_state_resp_from_json(const char *json, size_t len, schematic_get_onboarding_state_resp **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_get_onboarding_state_resp_Type, json, len, &value, err);
    *out = (schematic_get_onboarding_state_resp *)value;
    return rc;
}

int schematic_get_onboarding_state_resp_to_json(const schematic_get_onboarding_state_resp *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_get_onboarding_state_resp_Type, obj, out, err);
}

/* OnboardingMilestoneView */
static const apic_field schematic_onboarding_milestone_view_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_onboarding_milestone_view, id), -1, -1, &schematic_onboarding_milestone_Type},
    {"missing", 7, APIC_F_REQUIRED, offsetof(schematic_onboarding_milestone_view, missing), -1, -1, &schematic_onboarding_requirement_array_Type},
    {"progress", 8, APIC_F_REQUIRED, offsetof(schematic_onboarding_milestone_view, progress), -1, -1, &apic_type_double},
    {"reached_at", 10, APIC_F_NULLABLE, offsetof(schematic_onboarding_milestone_view, reached_at), -1, offsetof(schematic_onboarding_milestone_view, reached_at_is_null), &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_onboarding_milestone_view_desc = {
    "OnboardingMilestoneView", sizeof(schematic_onboarding_milestone_view), schematic_onboarding_milestone_view_desc_Fields, 4,
    offsetof(schematic_onboarding_milestone_view, unknown_fields),
    -1,
    NULL
};

void schematic_onboarding_milestone_view_free(schematic_onboarding_milestone_view *obj)
{
    apic_struct_free(&schematic_onboarding_milestone_view_desc, obj);
}

int schematic_onboarding_milestone_view_from_json(const char *json, size_t len, schematic_onboarding_milestone_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_onboarding_milestone_view_Type, json, len, &value, err);
    *out = (schematic_onboarding_milestone_view *)value;
    return rc;
}

int schematic_onboarding_milestone_view_to_json(const schematic_onboarding_milestone_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_onboarding_milestone_view_Type, obj, out, err);
}

/* OnboardingRequirementView */
static const apic_field schematic_onboarding_requirement_view_desc_Fields[] = {
    {"blocked_by", 10, 0, offsetof(schematic_onboarding_requirement_view, blocked_by), offsetof(schematic_onboarding_requirement_view, has_blocked_by), -1, &schematic_onboarding_requirement_array_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_onboarding_requirement_view, id), -1, -1, &schematic_onboarding_requirement_Type},
    {"reached_at", 10, APIC_F_NULLABLE, offsetof(schematic_onboarding_requirement_view, reached_at), -1, offsetof(schematic_onboarding_requirement_view, reached_at_is_null), &schematic_string_date_time_Type},
    {"satisfied_by", 12, 0, offsetof(schematic_onboarding_requirement_view, satisfied_by), -1, -1, &apic_type_string},
    {"status", 6, APIC_F_REQUIRED, offsetof(schematic_onboarding_requirement_view, status), -1, -1, &schematic_onboarding_requirement_status_Type},
};
const apic_struct_desc schematic_onboarding_requirement_view_desc = {
    "OnboardingRequirementView", sizeof(schematic_onboarding_requirement_view), schematic_onboarding_requirement_view_desc_Fields, 5,
    offsetof(schematic_onboarding_requirement_view, unknown_fields),
    -1,
    NULL
};

void schematic_onboarding_requirement_view_free(schematic_onboarding_requirement_view *obj)
{
    apic_struct_free(&schematic_onboarding_requirement_view_desc, obj);
}

int schematic_onboarding_requirement_view_from_json(const char *json, size_t len, schematic_onboarding_requirement_view **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_onboarding_requirement_view_Type, json, len, &value, err);
    *out = (schematic_onboarding_requirement_view *)value;
    return rc;
}

int schematic_onboarding_requirement_view_to_json(const schematic_onboarding_requirement_view *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_onboarding_requirement_view_Type, obj, out, err);
}

/* GetOrCreateCompanyMembershipRequestBody */
static const apic_field schematic_get_or_create_company_membership_request_body_desc_Fields[] = {
    {"company_id", 10, APIC_F_REQUIRED, offsetof(schematic_get_or_create_company_membership_request_body, company_id), -1, -1, &apic_type_string},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(schematic_get_or_create_company_membership_request_body, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_get_or_create_company_membership_request_body_desc = {
    "GetOrCreateCompanyMembershipRequestBody", sizeof(schematic_get_or_create_company_membership_request_body), schematic_get_or_create_company_membership_request_body_desc_Fields, 2,
    offsetof(schematic_get_or_create_company_membership_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_get_or_create_company_membership_request_body_free(schematic_get_or_create_company_membership_request_body *obj)
{
    apic_struct_free(&schematic_get_or_create_company_membership_request_body_desc, obj);
}

int schematic_get_or_create_company_membership_request_body_from_json(const char *json, size_t len, schematic_get_or_create_company_membership_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_get_or_create_company_membership_request_body_Type, json, len, &value, err);
    *out = (schematic_get_or_create_company_membership_request_body *)value;
    return rc;
}

int schematic_get_or_create_company_membership_request_body_to_json(const schematic_get_or_create_company_membership_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_get_or_create_company_membership_request_body_Type, obj, out, err);
}

/* InsightsSummaryResponseData */
static const apic_field schematic_insights_summary_response_data_desc_Fields[] = {
    {"active_credits", 14, APIC_F_REQUIRED, offsetof(schematic_insights_summary_response_data, active_credits), -1, -1, &apic_type_double},
    {"mrr", 3, APIC_F_REQUIRED, offsetof(schematic_insights_summary_response_data, mrr), -1, -1, &schematic_mrr_response_data_array_Type},
    {"paid_companies", 14, APIC_F_REQUIRED, offsetof(schematic_insights_summary_response_data, paid_companies), -1, -1, &apic_type_int64},
    {"total_companies", 15, APIC_F_REQUIRED, offsetof(schematic_insights_summary_response_data, total_companies), -1, -1, &apic_type_int64},
    {"total_features", 14, APIC_F_REQUIRED, offsetof(schematic_insights_summary_response_data, total_features), -1, -1, &apic_type_int64},
    {"total_plans", 11, APIC_F_REQUIRED, offsetof(schematic_insights_summary_response_data, total_plans), -1, -1, &apic_type_int64},
};
const apic_struct_desc schematic_insights_summary_response_data_desc = {
    "InsightsSummaryResponseData", sizeof(schematic_insights_summary_response_data), schematic_insights_summary_response_data_desc_Fields, 6,
    offsetof(schematic_insights_summary_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_insights_summary_response_data_free(schematic_insights_summary_response_data *obj)
{
    apic_struct_free(&schematic_insights_summary_response_data_desc, obj);
}

int schematic_insights_summary_response_data_from_json(const char *json, size_t len, schematic_insights_summary_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_insights_summary_response_data_Type, json, len, &value, err);
    *out = (schematic_insights_summary_response_data *)value;
    return rc;
}

int schematic_insights_summary_response_data_to_json(const schematic_insights_summary_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_insights_summary_response_data_Type, obj, out, err);
}

/* MrrResponseData */
static const apic_field schematic_mrr_response_data_desc_Fields[] = {
    {"amount", 6, APIC_F_REQUIRED, offsetof(schematic_mrr_response_data, amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_mrr_response_data, currency), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_mrr_response_data_desc = {
    "MrrResponseData", sizeof(schematic_mrr_response_data), schematic_mrr_response_data_desc_Fields, 2,
    offsetof(schematic_mrr_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_mrr_response_data_free(schematic_mrr_response_data *obj)
{
    apic_struct_free(&schematic_mrr_response_data_desc, obj);
}

int schematic_mrr_response_data_from_json(const char *json, size_t len, schematic_mrr_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_mrr_response_data_Type, json, len, &value, err);
    *out = (schematic_mrr_response_data *)value;
    return rc;
}

int schematic_mrr_response_data_to_json(const schematic_mrr_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_mrr_response_data_Type, obj, out, err);
}

/* InstallIntegrationRequestBody */
static const apic_field schematic_install_integration_request_body_desc_Fields[] = {
    {"company_matching_criteria", 25, APIC_F_NULLABLE, offsetof(schematic_install_integration_request_body, company_matching_criteria), offsetof(schematic_install_integration_request_body, has_company_matching_criteria), offsetof(schematic_install_integration_request_body, company_matching_criteria_is_null), &schematic_company_matching_criteria_Type},
    {"company_matching_field", 22, APIC_F_NULLABLE, offsetof(schematic_install_integration_request_body, company_matching_field), -1, offsetof(schematic_install_integration_request_body, company_matching_field_is_null), &apic_type_string},
    {"config", 6, 0, offsetof(schematic_install_integration_request_body, config), offsetof(schematic_install_integration_request_body, has_config), -1, &apic_type_json_map},
    {"is_sandbox", 10, APIC_F_NULLABLE, offsetof(schematic_install_integration_request_body, is_sandbox), offsetof(schematic_install_integration_request_body, has_is_sandbox), offsetof(schematic_install_integration_request_body, is_sandbox_is_null), &apic_type_bool},
    {"live_mode", 9, APIC_F_NULLABLE, offsetof(schematic_install_integration_request_body, live_mode), offsetof(schematic_install_integration_request_body, has_live_mode), offsetof(schematic_install_integration_request_body, live_mode_is_null), &apic_type_bool},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_install_integration_request_body, type), -1, -1, &schematic_integration_type_Type},
};
const apic_struct_desc schematic_install_integration_request_body_desc = {
    "InstallIntegrationRequestBody", sizeof(schematic_install_integration_request_body), schematic_install_integration_request_body_desc_Fields, 6,
    offsetof(schematic_install_integration_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_install_integration_request_body_free(schematic_install_integration_request_body *obj)
{
    apic_struct_free(&schematic_install_integration_request_body_desc, obj);
}

int schematic_install_integration_request_body_from_json(const char *json, size_t len, schematic_install_integration_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_install_integration_request_body_Type, json, len, &value, err);
    *out = (schematic_install_integration_request_body *)value;
    return rc;
}

int schematic_install_integration_request_body_to_json(const schematic_install_integration_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_install_integration_request_body_Type, obj, out, err);
}

/* IntegrationCapabilities */
static const apic_field schematic_integration_capabilities_desc_Fields[] = {
    {"author_plans", 12, APIC_F_REQUIRED, offsetof(schematic_integration_capabilities, author_plans), -1, -1, &apic_type_bool},
    {"checkout", 8, APIC_F_REQUIRED, offsetof(schematic_integration_capabilities, checkout), -1, -1, &apic_type_bool},
    {"edit_billing", 12, APIC_F_REQUIRED, offsetof(schematic_integration_capabilities, edit_billing), -1, -1, &apic_type_bool},
};
const apic_struct_desc schematic_integration_capabilities_desc = {
    "IntegrationCapabilities", sizeof(schematic_integration_capabilities), schematic_integration_capabilities_desc_Fields, 3,
    offsetof(schematic_integration_capabilities, unknown_fields),
    -1,
    NULL
};

void schematic_integration_capabilities_free(schematic_integration_capabilities *obj)
{
    apic_struct_free(&schematic_integration_capabilities_desc, obj);
}

int schematic_integration_capabilities_from_json(const char *json, size_t len, schematic_integration_capabilities **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integration_capabilities_Type, json, len, &value, err);
    *out = (schematic_integration_capabilities *)value;
    return rc;
}

int schematic_integration_capabilities_to_json(const schematic_integration_capabilities *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integration_capabilities_Type, obj, out, err);
}

/* StripeIntegrationConfig */
static const apic_field schematic_stripe_integration_config_desc_Fields[] = {
    {"account_id", 10, APIC_F_NULLABLE, offsetof(schematic_stripe_integration_config, account_id), -1, offsetof(schematic_stripe_integration_config, account_id_is_null), &apic_type_string},
    {"account_name", 12, APIC_F_NULLABLE, offsetof(schematic_stripe_integration_config, account_name), -1, offsetof(schematic_stripe_integration_config, account_name_is_null), &apic_type_string},
    {"company_update_only", 19, 0, offsetof(schematic_stripe_integration_config, company_update_only), offsetof(schematic_stripe_integration_config, has_company_update_only), -1, &apic_type_bool},
    {"is_sandbox", 10, APIC_F_REQUIRED, offsetof(schematic_stripe_integration_config, is_sandbox), -1, -1, &apic_type_bool},
    {"live_mode", 9, APIC_F_REQUIRED, offsetof(schematic_stripe_integration_config, live_mode), -1, -1, &apic_type_bool},
    {"onboard_url", 11, APIC_F_NULLABLE, offsetof(schematic_stripe_integration_config, onboard_url), -1, offsetof(schematic_stripe_integration_config, onboard_url_is_null), &apic_type_string},
    {"return_to", 9, APIC_F_NULLABLE, offsetof(schematic_stripe_integration_config, return_to), -1, offsetof(schematic_stripe_integration_config, return_to_is_null), &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_stripe_integration_config, type), -1, -1, &schematic_stripe_integration_config_type_Type},
};
const apic_struct_desc schematic_stripe_integration_config_desc = {
    "StripeIntegrationConfig", sizeof(schematic_stripe_integration_config), schematic_stripe_integration_config_desc_Fields, 8,
    offsetof(schematic_stripe_integration_config, unknown_fields),
    -1,
    NULL
};

void schematic_stripe_integration_config_free(schematic_stripe_integration_config *obj)
{
    apic_struct_free(&schematic_stripe_integration_config_desc, obj);
}

int schematic_stripe_integration_config_from_json(const char *json, size_t len, schematic_stripe_integration_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_stripe_integration_config_Type, json, len, &value, err);
    *out = (schematic_stripe_integration_config *)value;
    return rc;
}

int schematic_stripe_integration_config_to_json(const schematic_stripe_integration_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_stripe_integration_config_Type, obj, out, err);
}

/* OrbIntegrationConfig */
static const apic_field schematic_orb_integration_config_desc_Fields[] = {
    {"external_customer_id_key", 24, APIC_F_NULLABLE, offsetof(schematic_orb_integration_config, external_customer_id_key), -1, offsetof(schematic_orb_integration_config, external_customer_id_key_is_null), &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_orb_integration_config, type), -1, -1, &schematic_orb_integration_config_type_Type},
};
const apic_struct_desc schematic_orb_integration_config_desc = {
    "OrbIntegrationConfig", sizeof(schematic_orb_integration_config), schematic_orb_integration_config_desc_Fields, 2,
    offsetof(schematic_orb_integration_config, unknown_fields),
    -1,
    NULL
};

void schematic_orb_integration_config_free(schematic_orb_integration_config *obj)
{
    apic_struct_free(&schematic_orb_integration_config_desc, obj);
}

int schematic_orb_integration_config_from_json(const char *json, size_t len, schematic_orb_integration_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_orb_integration_config_Type, json, len, &value, err);
    *out = (schematic_orb_integration_config *)value;
    return rc;
}

int schematic_orb_integration_config_to_json(const schematic_orb_integration_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_orb_integration_config_Type, obj, out, err);
}

/* WorkOSIntegrationConfig */
static const apic_field schematic_work_os_integration_config_desc_Fields[] = {
    {"first_events_received", 21, APIC_F_NULLABLE, offsetof(schematic_work_os_integration_config, first_events_received), offsetof(schematic_work_os_integration_config, has_first_events_received), offsetof(schematic_work_os_integration_config, first_events_received_is_null), &apic_type_bool},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_work_os_integration_config, type), -1, -1, &schematic_work_os_integration_config_type_Type},
    {"webhook_url", 11, APIC_F_NULLABLE, offsetof(schematic_work_os_integration_config, webhook_url), -1, offsetof(schematic_work_os_integration_config, webhook_url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_work_os_integration_config_desc = {
    "WorkOSIntegrationConfig", sizeof(schematic_work_os_integration_config), schematic_work_os_integration_config_desc_Fields, 3,
    offsetof(schematic_work_os_integration_config, unknown_fields),
    -1,
    NULL
};

void schematic_work_os_integration_config_free(schematic_work_os_integration_config *obj)
{
    apic_struct_free(&schematic_work_os_integration_config_desc, obj);
}

int schematic_work_os_integration_config_from_json(const char *json, size_t len, schematic_work_os_integration_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_work_os_integration_config_Type, json, len, &value, err);
    *out = (schematic_work_os_integration_config *)value;
    return rc;
}

int schematic_work_os_integration_config_to_json(const schematic_work_os_integration_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_work_os_integration_config_Type, obj, out, err);
}

/* MetronomeIntegrationConfig */
static const apic_field schematic_metronome_integration_config_desc_Fields[] = {
    {"external_customer_id_key", 24, APIC_F_NULLABLE, offsetof(schematic_metronome_integration_config, external_customer_id_key), -1, offsetof(schematic_metronome_integration_config, external_customer_id_key_is_null), &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_metronome_integration_config, type), -1, -1, &schematic_metronome_integration_config_type_Type},
};
const apic_struct_desc schematic_metronome_integration_config_desc = {
    "MetronomeIntegrationConfig", sizeof(schematic_metronome_integration_config), schematic_metronome_integration_config_desc_Fields, 2,
    offsetof(schematic_metronome_integration_config, unknown_fields),
    -1,
    NULL
};

void schematic_metronome_integration_config_free(schematic_metronome_integration_config *obj)
{
    apic_struct_free(&schematic_metronome_integration_config_desc, obj);
}

int schematic_metronome_integration_config_from_json(const char *json, size_t len, schematic_metronome_integration_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_metronome_integration_config_Type, json, len, &value, err);
    *out = (schematic_metronome_integration_config *)value;
    return rc;
}

int schematic_metronome_integration_config_to_json(const schematic_metronome_integration_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_metronome_integration_config_Type, obj, out, err);
}

/* IntegrationInstallConfig */
static const apic_field schematic_integration_install_config_desc_Fields[] = {
    {"company_matching_criteria", 25, APIC_F_NULLABLE, offsetof(schematic_integration_install_config, company_matching_criteria), offsetof(schematic_integration_install_config, has_company_matching_criteria), offsetof(schematic_integration_install_config, company_matching_criteria_is_null), &schematic_company_matching_criteria_Type},
    {"company_matching_field", 22, APIC_F_NULLABLE, offsetof(schematic_integration_install_config, company_matching_field), -1, offsetof(schematic_integration_install_config, company_matching_field_is_null), &apic_type_string},
    {"config", 6, 0, offsetof(schematic_integration_install_config, config), -1, -1, &schematic_integration_config_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_integration_install_config, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_integration_install_config, id), -1, -1, &apic_type_string},
    {"integration_id", 14, APIC_F_REQUIRED, offsetof(schematic_integration_install_config, integration_id), -1, -1, &apic_type_string},
    {"is_app_install", 14, APIC_F_REQUIRED, offsetof(schematic_integration_install_config, is_app_install), -1, -1, &apic_type_bool},
    {"is_connect_install", 18, APIC_F_REQUIRED, offsetof(schematic_integration_install_config, is_connect_install), -1, -1, &apic_type_bool},
    {"live_mode", 9, APIC_F_REQUIRED, offsetof(schematic_integration_install_config, live_mode), -1, -1, &apic_type_bool},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_integration_install_config, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_integration_install_config_desc = {
    "IntegrationInstallConfig", sizeof(schematic_integration_install_config), schematic_integration_install_config_desc_Fields, 10,
    offsetof(schematic_integration_install_config, unknown_fields),
    -1,
    NULL
};

void schematic_integration_install_config_free(schematic_integration_install_config *obj)
{
    apic_struct_free(&schematic_integration_install_config_desc, obj);
}

int schematic_integration_install_config_from_json(const char *json, size_t len, schematic_integration_install_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integration_install_config_Type, json, len, &value, err);
    *out = (schematic_integration_install_config *)value;
    return rc;
}

int schematic_integration_install_config_to_json(const schematic_integration_install_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integration_install_config_Type, obj, out, err);
}

/* IntegrationInstallResponseData */
static const apic_field schematic_integration_install_response_data_desc_Fields[] = {
    {"capabilities", 12, APIC_F_REQUIRED, offsetof(schematic_integration_install_response_data, capabilities), -1, -1, &schematic_integration_capabilities_Type},
    {"config", 6, APIC_F_REQUIRED, offsetof(schematic_integration_install_response_data, config), -1, -1, &schematic_integration_install_config_Type},
    {"integration", 11, APIC_F_REQUIRED, offsetof(schematic_integration_install_response_data, integration), -1, -1, &schematic_integration_response_data_Type},
};
const apic_struct_desc schematic_integration_install_response_data_desc = {
    "IntegrationInstallResponseData", sizeof(schematic_integration_install_response_data), schematic_integration_install_response_data_desc_Fields, 3,
    offsetof(schematic_integration_install_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_integration_install_response_data_free(schematic_integration_install_response_data *obj)
{
    apic_struct_free(&schematic_integration_install_response_data_desc, obj);
}

int schematic_integration_install_response_data_from_json(const char *json, size_t len, schematic_integration_install_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integration_install_response_data_Type, json, len, &value, err);
    *out = (schematic_integration_install_response_data *)value;
    return rc;
}

int schematic_integration_install_response_data_to_json(const schematic_integration_install_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integration_install_response_data_Type, obj, out, err);
}

/* IntegrationResponseData */
static const apic_field schematic_integration_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_integration_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_integration_response_data, id), -1, -1, &apic_type_string},
    {"state", 5, APIC_F_REQUIRED, offsetof(schematic_integration_response_data, state), -1, -1, &schematic_integration_state_Type},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_integration_response_data, type), -1, -1, &schematic_integration_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_integration_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_integration_response_data_desc = {
    "IntegrationResponseData", sizeof(schematic_integration_response_data), schematic_integration_response_data_desc_Fields, 5,
    offsetof(schematic_integration_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_integration_response_data_free(schematic_integration_response_data *obj)
{
    apic_struct_free(&schematic_integration_response_data_desc, obj);
}

int schematic_integration_response_data_from_json(const char *json, size_t len, schematic_integration_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integration_response_data_Type, json, len, &value, err);
    *out = (schematic_integration_response_data *)value;
    return rc;
}

int schematic_integration_response_data_to_json(const schematic_integration_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integration_response_data_Type, obj, out, err);
}

/* IntegrationWebhookUrlResponseData */
static const apic_field schematic_integration_webhook_url_response_data_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_integration_webhook_url_response_data, type), -1, -1, &schematic_integration_type_Type},
    {"url", 3, APIC_F_REQUIRED, offsetof(schematic_integration_webhook_url_response_data, url), -1, -1, &apic_type_string},
};
const apic_struct_desc schematic_integration_webhook_url_response_data_desc = {
    "IntegrationWebhookUrlResponseData", sizeof(schematic_integration_webhook_url_response_data), schematic_integration_webhook_url_response_data_desc_Fields, 2,
    offsetof(schematic_integration_webhook_url_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_integration_webhook_url_response_data_free(schematic_integration_webhook_url_response_data *obj)
{
    apic_struct_free(&schematic_integration_webhook_url_response_data_desc, obj);
}

int schematic_integration_webhook_url_response_data_from_json(const char *json, size_t len, schematic_integration_webhook_url_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integration_webhook_url_response_data_Type, json, len, &value, err);
    *out = (schematic_integration_webhook_url_response_data *)value;
    return rc;
}

int schematic_integration_webhook_url_response_data_to_json(const schematic_integration_webhook_url_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integration_webhook_url_response_data_Type, obj, out, err);
}

/* IntegrationsDataSetResponseData */
static const apic_field schematic_integrations_data_set_response_data_desc_Fields[] = {
    {"keys", 4, APIC_F_REQUIRED, offsetof(schematic_integrations_data_set_response_data, keys), -1, -1, &schematic_string_array_Type},
};
const apic_struct_desc schematic_integrations_data_set_response_data_desc = {
    "IntegrationsDataSetResponseData", sizeof(schematic_integrations_data_set_response_data), schematic_integrations_data_set_response_data_desc_Fields, 1,
    offsetof(schematic_integrations_data_set_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_integrations_data_set_response_data_free(schematic_integrations_data_set_response_data *obj)
{
    apic_struct_free(&schematic_integrations_data_set_response_data_desc, obj);
}

int schematic_integrations_data_set_response_data_from_json(const char *json, size_t len, schematic_integrations_data_set_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrations_data_set_response_data_Type, json, len, &value, err);
    *out = (schematic_integrations_data_set_response_data *)value;
    return rc;
}

int schematic_integrations_data_set_response_data_to_json(const schematic_integrations_data_set_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrations_data_set_response_data_Type, obj, out, err);
}

/* IntegrationsListResponseData */
static const apic_field schematic_integrations_list_response_data_desc_Fields[] = {
    {"capabilities", 12, APIC_F_REQUIRED, offsetof(schematic_integrations_list_response_data, capabilities), -1, -1, &schematic_integration_capabilities_Type},
    {"config", 6, 0, offsetof(schematic_integrations_list_response_data, config), -1, -1, &schematic_integration_config_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_integrations_list_response_data, id), -1, -1, &apic_type_string},
    {"is_app_install", 14, APIC_F_REQUIRED, offsetof(schematic_integrations_list_response_data, is_app_install), -1, -1, &apic_type_bool},
    {"is_connect_install", 18, APIC_F_REQUIRED, offsetof(schematic_integrations_list_response_data, is_connect_install), -1, -1, &apic_type_bool},
    {"last_webhook_received_at", 24, APIC_F_NULLABLE, offsetof(schematic_integrations_list_response_data, last_webhook_received_at), -1, offsetof(schematic_integrations_list_response_data, last_webhook_received_at_is_null), &schematic_string_date_time_Type},
    {"state", 5, APIC_F_REQUIRED, offsetof(schematic_integrations_list_response_data, state), -1, -1, &schematic_integration_state_Type},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_integrations_list_response_data, type), -1, -1, &schematic_integration_type_Type},
};
const apic_struct_desc schematic_integrations_list_response_data_desc = {
    "IntegrationsListResponseData", sizeof(schematic_integrations_list_response_data), schematic_integrations_list_response_data_desc_Fields, 8,
    offsetof(schematic_integrations_list_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_integrations_list_response_data_free(schematic_integrations_list_response_data *obj)
{
    apic_struct_free(&schematic_integrations_list_response_data_desc, obj);
}

int schematic_integrations_list_response_data_from_json(const char *json, size_t len, schematic_integrations_list_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrations_list_response_data_Type, json, len, &value, err);
    *out = (schematic_integrations_list_response_data *)value;
    return rc;
}

int schematic_integrations_list_response_data_to_json(const schematic_integrations_list_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrations_list_response_data_Type, obj, out, err);
}

/* IntegrationsResponseData */
static const apic_field schematic_integrations_response_data_desc_Fields[] = {
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_integrations_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_integrations_response_data, id), -1, -1, &apic_type_string},
    {"state", 5, APIC_F_REQUIRED, offsetof(schematic_integrations_response_data, state), -1, -1, &schematic_integration_state_Type},
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_integrations_response_data, type), -1, -1, &schematic_integration_type_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_integrations_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_integrations_response_data_desc = {
    "IntegrationsResponseData", sizeof(schematic_integrations_response_data), schematic_integrations_response_data_desc_Fields, 5,
    offsetof(schematic_integrations_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_integrations_response_data_free(schematic_integrations_response_data *obj)
{
    apic_struct_free(&schematic_integrations_response_data_desc, obj);
}

int schematic_integrations_response_data_from_json(const char *json, size_t len, schematic_integrations_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integrations_response_data_Type, json, len, &value, err);
    *out = (schematic_integrations_response_data *)value;
    return rc;
}

int schematic_integrations_response_data_to_json(const schematic_integrations_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integrations_response_data_Type, obj, out, err);
}

/* InvoiceRequestBody */
static const apic_field schematic_invoice_request_body_desc_Fields[] = {
    {"amount_due", 10, APIC_F_REQUIRED, offsetof(schematic_invoice_request_body, amount_due), -1, -1, &apic_type_int64},
    {"amount_paid", 11, APIC_F_REQUIRED, offsetof(schematic_invoice_request_body, amount_paid), -1, -1, &apic_type_int64},
    {"amount_remaining", 16, APIC_F_REQUIRED, offsetof(schematic_invoice_request_body, amount_remaining), -1, -1, &apic_type_int64},
    {"collection_method", 17, APIC_F_REQUIRED, offsetof(schematic_invoice_request_body, collection_method), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(schematic_invoice_request_body, currency), -1, -1, &apic_type_string},
    {"customer_external_id", 20, APIC_F_REQUIRED, offsetof(schematic_invoice_request_body, customer_external_id), -1, -1, &apic_type_string},
    {"due_date", 8, APIC_F_NULLABLE, offsetof(schematic_invoice_request_body, due_date), -1, offsetof(schematic_invoice_request_body, due_date_is_null), &schematic_string_date_time_Type},
    {"ending_balance", 14, APIC_F_NULLABLE, offsetof(schematic_invoice_request_body, ending_balance), offsetof(schematic_invoice_request_body, has_ending_balance), offsetof(schematic_invoice_request_body, ending_balance_is_null), &apic_type_int64},
    {"payment_method_external_id", 26, APIC_F_NULLABLE, offsetof(schematic_invoice_request_body, payment_method_external_id), -1, offsetof(schematic_invoice_request_body, payment_method_external_id_is_null), &apic_type_string},
    {"starting_balance", 16, APIC_F_NULLABLE, offsetof(schematic_invoice_request_body, starting_balance), offsetof(schematic_invoice_request_body, has_starting_balance), offsetof(schematic_invoice_request_body, starting_balance_is_null), &apic_type_int64},
    {"status", 6, APIC_F_NULLABLE, offsetof(schematic_invoice_request_body, status), offsetof(schematic_invoice_request_body, has_status), offsetof(schematic_invoice_request_body, status_is_null), &schematic_invoice_status_Type},
    {"subscription_external_id", 24, APIC_F_NULLABLE, offsetof(schematic_invoice_request_body, subscription_external_id), -1, offsetof(schematic_invoice_request_body, subscription_external_id_is_null), &apic_type_string},
    {"subtotal", 8, APIC_F_REQUIRED, offsetof(schematic_invoice_request_body, subtotal), -1, -1, &apic_type_int64},
    {"url", 3, APIC_F_NULLABLE, offsetof(schematic_invoice_request_body, url), -1, offsetof(schematic_invoice_request_body, url_is_null), &apic_type_string},
};
const apic_struct_desc schematic_invoice_request_body_desc = {
    "InvoiceRequestBody", sizeof(schematic_invoice_request_body), schematic_invoice_request_body_desc_Fields, 14,
    offsetof(schematic_invoice_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_invoice_request_body_free(schematic_invoice_request_body *obj)
{
    apic_struct_free(&schematic_invoice_request_body_desc, obj);
}

int schematic_invoice_request_body_from_json(const char *json, size_t len, schematic_invoice_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_invoice_request_body_Type, json, len, &value, err);
    *out = (schematic_invoice_request_body *)value;
    return rc;
}

int schematic_invoice_request_body_to_json(const schematic_invoice_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_invoice_request_body_Type, obj, out, err);
}

/* IssueTemporaryAccessTokenRequestBody */
static const apic_field schematic_issue_temporary_access_token_request_body_desc_Fields[] = {
    {"lookup", 6, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_request_body, lookup), -1, -1, &schematic_string_map_Type},
    {"resource_type", 13, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_request_body, resource_type), -1, -1, &schematic_temporary_access_token_resource_type_Type},
};
const apic_struct_desc schematic_issue_temporary_access_token_request_body_desc = {
    "IssueTemporaryAccessTokenRequestBody", sizeof(schematic_issue_temporary_access_token_request_body), schematic_issue_temporary_access_token_request_body_desc_Fields, 2,
    offsetof(schematic_issue_temporary_access_token_request_body, unknown_fields),
    -1,
    NULL
};

void schematic_issue_temporary_access_token_request_body_free(schematic_issue_temporary_access_token_request_body *obj)
{
    apic_struct_free(&schematic_issue_temporary_access_token_request_body_desc, obj);
}

int schematic_issue_temporary_access_token_request_body_from_json(const char *json, size_t len, schematic_issue_temporary_access_token_request_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_issue_temporary_access_token_request_body_Type, json, len, &value, err);
    *out = (schematic_issue_temporary_access_token_request_body *)value;
    return rc;
}

int schematic_issue_temporary_access_token_request_body_to_json(const schematic_issue_temporary_access_token_request_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_issue_temporary_access_token_request_body_Type, obj, out, err);
}

/* IssueTemporaryAccessTokenResponseData */
static const apic_field schematic_issue_temporary_access_token_response_data_desc_Fields[] = {
    {"api_key_id", 10, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, api_key_id), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, created_at), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, environment_id), -1, -1, &apic_type_string},
    {"expired_at", 10, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, expired_at), -1, -1, &schematic_string_date_time_Type},
    {"id", 2, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, id), -1, -1, &apic_type_string},
    {"resource_type", 13, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, resource_type), -1, -1, &schematic_temporary_access_token_resource_type_Type},
    {"token", 5, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, token), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(schematic_issue_temporary_access_token_response_data, updated_at), -1, -1, &schematic_string_date_time_Type},
};
const apic_struct_desc schematic_issue_temporary_access_token_response_data_desc = {
    "IssueTemporaryAccessTokenResponseData", sizeof(schematic_issue_temporary_access_token_response_data), schematic_issue_temporary_access_token_response_data_desc_Fields, 8,
    offsetof(schematic_issue_temporary_access_token_response_data, unknown_fields),
    -1,
    NULL
};

void schematic_issue_temporary_access_token_response_data_free(schematic_issue_temporary_access_token_response_data *obj)
{
    apic_struct_free(&schematic_issue_temporary_access_token_response_data_desc, obj);
}

int schematic_issue_temporary_access_token_response_data_from_json(const char *json, size_t len, schematic_issue_temporary_access_token_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_issue_temporary_access_token_response_data_Type, json, len, &value, err);
    *out = (schematic_issue_temporary_access_token_response_data *)value;
    return rc;
}

int schematic_issue_temporary_access_token_response_data_to_json(const schematic_issue_temporary_access_token_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_issue_temporary_access_token_response_data_Type, obj, out, err);
}
