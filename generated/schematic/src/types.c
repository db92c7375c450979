/* Enumerations and type descriptors of Schematic. Generated; do not edit. */
#include "internal.h"

static const char *const schematic_account_member_permission_Values[] = {
    "companies_edit",
    "company_users_edit",
    "components_edit",
    "custom_plans_edit",
    "data_exports_edit",
    "features_edit",
    "flag_rules_edit",
    "flags_edit",
    "overrides_edit",
    "plan_billing_edit",
    "plan_entitlements_edit",
    "plan_versions_edit",
    "plans_edit",
    "webhooks_edit",
    "webhooks_reveal_secret",
};
const apic_enum_desc schematic_account_member_permission_enum_desc = { "AccountMemberPermission", schematic_account_member_permission_Values, 15 };
_Static_assert(sizeof(schematic_account_member_permission) == sizeof(int), "enum slots are stored as int");

const char *schematic_account_member_permission_to_string(schematic_account_member_permission value)
{
    return value >= 1 && (size_t)value <= 15 ? schematic_account_member_permission_Values[value - 1] : NULL;
}

static const char *const schematic_account_member_role_Values[] = {
    "admin",
    "member",
};
const apic_enum_desc schematic_account_member_role_enum_desc = { "AccountMemberRole", schematic_account_member_role_Values, 2 };
_Static_assert(sizeof(schematic_account_member_role) == sizeof(int), "enum slots are stored as int");

const char *schematic_account_member_role_to_string(schematic_account_member_role value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_account_member_role_Values[value - 1] : NULL;
}

static const char *const schematic_actor_type_Values[] = {
    "api_key",
    "app_user",
    "stripe_app",
    "system",
    "temporary_access_token",
};
const apic_enum_desc schematic_actor_type_enum_desc = { "ActorType", schematic_actor_type_Values, 5 };
_Static_assert(sizeof(schematic_actor_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_actor_type_to_string(schematic_actor_type value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_actor_type_Values[value - 1] : NULL;
}

static const char *const schematic_environment_type_Values[] = {
    "development",
    "production",
    "staging",
};
const apic_enum_desc schematic_environment_type_enum_desc = { "EnvironmentType", schematic_environment_type_Values, 3 };
_Static_assert(sizeof(schematic_environment_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_environment_type_to_string(schematic_environment_type value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_environment_type_Values[value - 1] : NULL;
}

static const char *const schematic_integration_state_Values[] = {
    "active",
    "created",
    "pending",
};
const apic_enum_desc schematic_integration_state_enum_desc = { "IntegrationState", schematic_integration_state_Values, 3 };
_Static_assert(sizeof(schematic_integration_state) == sizeof(int), "enum slots are stored as int");

const char *schematic_integration_state_to_string(schematic_integration_state value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_integration_state_Values[value - 1] : NULL;
}

static const char *const schematic_integration_type_Values[] = {
    "clerk",
    "metronome",
    "orb",
    "stripe",
    "unknown",
    "workos",
};
const apic_enum_desc schematic_integration_type_enum_desc = { "IntegrationType", schematic_integration_type_Values, 6 };
_Static_assert(sizeof(schematic_integration_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_integration_type_to_string(schematic_integration_type value)
{
    return value >= 1 && (size_t)value <= 6 ? schematic_integration_type_Values[value - 1] : NULL;
}

static const char *const schematic_api_key_scope_Values[] = {
    "admin",
    "capture",
    "read",
    "write",
};
const apic_enum_desc schematic_api_key_scope_enum_desc = { "ApiKeyScope", schematic_api_key_scope_Values, 4 };
_Static_assert(sizeof(schematic_api_key_scope) == sizeof(int), "enum slots are stored as int");

const char *schematic_api_key_scope_to_string(schematic_api_key_scope value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_api_key_scope_Values[value - 1] : NULL;
}

static const char *const schematic_audit_log_export_metadata_export_type_Values[] = {
    "audit-log",
};
const apic_enum_desc schematic_audit_log_export_metadata_export_type_enum_desc = { "AuditLogExportMetadata.export_type", schematic_audit_log_export_metadata_export_type_Values, 1 };
_Static_assert(sizeof(schematic_audit_log_export_metadata_export_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_audit_log_export_metadata_export_type_to_string(schematic_audit_log_export_metadata_export_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_audit_log_export_metadata_export_type_Values[value - 1] : NULL;
}

static const char *const schematic_billing_collection_method_Values[] = {
    "charge_automatically",
    "send_invoice",
};
const apic_enum_desc schematic_billing_collection_method_enum_desc = { "BillingCollectionMethod", schematic_billing_collection_method_Values, 2 };
_Static_assert(sizeof(schematic_billing_collection_method) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_collection_method_to_string(schematic_billing_collection_method value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_collection_method_Values[value - 1] : NULL;
}

static const char *const schematic_billing_provider_type_Values[] = {
    "metronome",
    "orb",
    "schematic",
    "stripe",
};
const apic_enum_desc schematic_billing_provider_type_enum_desc = { "BillingProviderType", schematic_billing_provider_type_Values, 4 };
_Static_assert(sizeof(schematic_billing_provider_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_provider_type_to_string(schematic_billing_provider_type value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_billing_provider_type_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_auto_topup_availability_Values[] = {
    "off",
    "automatic",
    "user_controlled",
};
const apic_enum_desc schematic_billing_credit_auto_topup_availability_enum_desc = { "BillingCreditAutoTopupAvailability", schematic_billing_credit_auto_topup_availability_Values, 3 };
_Static_assert(sizeof(schematic_billing_credit_auto_topup_availability) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_auto_topup_availability_to_string(schematic_billing_credit_auto_topup_availability value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_billing_credit_auto_topup_availability_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_bundle_type_Values[] = {
    "fixed",
};
const apic_enum_desc schematic_billing_credit_bundle_type_enum_desc = { "BillingCreditBundleType", schematic_billing_credit_bundle_type_Values, 1 };
_Static_assert(sizeof(schematic_billing_credit_bundle_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_bundle_type_to_string(schematic_billing_credit_bundle_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_billing_credit_bundle_type_Values[value - 1] : NULL;
}

static const char *const schematic_billing_product_price_interval_Values[] = {
    "day",
    "month",
    "one-time",
    "year",
};
const apic_enum_desc schematic_billing_product_price_interval_enum_desc = { "BillingProductPriceInterval", schematic_billing_product_price_interval_Values, 4 };
_Static_assert(sizeof(schematic_billing_product_price_interval) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_product_price_interval_to_string(schematic_billing_product_price_interval value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_billing_product_price_interval_Values[value - 1] : NULL;
}

static const char *const schematic_billing_price_scheme_Values[] = {
    "per_unit",
    "tiered",
};
const apic_enum_desc schematic_billing_price_scheme_enum_desc = { "BillingPriceScheme", schematic_billing_price_scheme_Values, 2 };
_Static_assert(sizeof(schematic_billing_price_scheme) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_price_scheme_to_string(schematic_billing_price_scheme value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_price_scheme_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_expiry_type_Values[] = {
    "duration",
    "end_of_billing_period",
    "end_of_next_billing_period",
    "end_of_trial",
    "no_expiry",
};
const apic_enum_desc schematic_billing_credit_expiry_type_enum_desc = { "BillingCreditExpiryType", schematic_billing_credit_expiry_type_Values, 5 };
_Static_assert(sizeof(schematic_billing_credit_expiry_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_expiry_type_to_string(schematic_billing_credit_expiry_type value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_billing_credit_expiry_type_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_expiry_unit_Values[] = {
    "billing_periods",
    "days",
};
const apic_enum_desc schematic_billing_credit_expiry_unit_enum_desc = { "BillingCreditExpiryUnit", schematic_billing_credit_expiry_unit_Values, 2 };
_Static_assert(sizeof(schematic_billing_credit_expiry_unit) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_expiry_unit_to_string(schematic_billing_credit_expiry_unit value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_credit_expiry_unit_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_bundle_status_Values[] = {
    "active",
    "inactive",
};
const apic_enum_desc schematic_billing_credit_bundle_status_enum_desc = { "BillingCreditBundleStatus", schematic_billing_credit_bundle_status_Values, 2 };
_Static_assert(sizeof(schematic_billing_credit_bundle_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_bundle_status_to_string(schematic_billing_credit_bundle_status value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_credit_bundle_status_Values[value - 1] : NULL;
}

static const char *const schematic_billing_tiers_mode_Values[] = {
    "graduated",
    "volume",
};
const apic_enum_desc schematic_billing_tiers_mode_enum_desc = { "BillingTiersMode", schematic_billing_tiers_mode_Values, 2 };
_Static_assert(sizeof(schematic_billing_tiers_mode) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_tiers_mode_to_string(schematic_billing_tiers_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_tiers_mode_Values[value - 1] : NULL;
}

static const char *const schematic_billing_price_usage_type_Values[] = {
    "licensed",
    "metered",
};
const apic_enum_desc schematic_billing_price_usage_type_enum_desc = { "BillingPriceUsageType", schematic_billing_price_usage_type_Values, 2 };
_Static_assert(sizeof(schematic_billing_price_usage_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_price_usage_type_to_string(schematic_billing_price_usage_type value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_price_usage_type_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_burn_strategy_Values[] = {
    "expiration_priority",
    "first_in_first_out",
    "last_in_first_out",
    "plan_first_then_credit_bundles_first_in_first_out",
};
const apic_enum_desc schematic_billing_credit_burn_strategy_enum_desc = { "BillingCreditBurnStrategy", schematic_billing_credit_burn_strategy_Values, 4 };
_Static_assert(sizeof(schematic_billing_credit_burn_strategy) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_burn_strategy_to_string(schematic_billing_credit_burn_strategy value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_billing_credit_burn_strategy_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_grant_reason_Values[] = {
    "adjustment",
    "billing_credit_auto_topup",
    "free",
    "plan",
    "purchased",
    "rollover",
};
const apic_enum_desc schematic_billing_credit_grant_reason_enum_desc = { "BillingCreditGrantReason", schematic_billing_credit_grant_reason_Values, 6 };
_Static_assert(sizeof(schematic_billing_credit_grant_reason) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_grant_reason_to_string(schematic_billing_credit_grant_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? schematic_billing_credit_grant_reason_Values[value - 1] : NULL;
}

static const char *const schematic_billing_plan_credit_grant_reset_cadence_Values[] = {
    "daily",
    "every_6_months",
    "monthly",
    "quarterly",
    "weekly",
    "yearly",
};
const apic_enum_desc schematic_billing_plan_credit_grant_reset_cadence_enum_desc = { "BillingPlanCreditGrantResetCadence", schematic_billing_plan_credit_grant_reset_cadence_Values, 6 };
_Static_assert(sizeof(schematic_billing_plan_credit_grant_reset_cadence) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_plan_credit_grant_reset_cadence_to_string(schematic_billing_plan_credit_grant_reset_cadence value)
{
    return value >= 1 && (size_t)value <= 6 ? schematic_billing_plan_credit_grant_reset_cadence_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_grant_zeroed_out_reason_Values[] = {
    "customer_archived",
    "expired",
    "integration_uninstalled",
    "license_retired",
    "manual",
    "plan_change",
    "plan_period_reset",
    "reconciled",
};
const apic_enum_desc schematic_billing_credit_grant_zeroed_out_reason_enum_desc = { "BillingCreditGrantZeroedOutReason", schematic_billing_credit_grant_zeroed_out_reason_Values, 8 };
_Static_assert(sizeof(schematic_billing_credit_grant_zeroed_out_reason) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_grant_zeroed_out_reason_to_string(schematic_billing_credit_grant_zeroed_out_reason value)
{
    return value >= 1 && (size_t)value <= 8 ? schematic_billing_credit_grant_zeroed_out_reason_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_ledger_authority_Values[] = {
    "schematic_authoritative",
    "external_mirror",
    "external_rated",
};
const apic_enum_desc schematic_billing_credit_ledger_authority_enum_desc = { "BillingCreditLedgerAuthority", schematic_billing_credit_ledger_authority_Values, 3 };
_Static_assert(sizeof(schematic_billing_credit_ledger_authority) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_ledger_authority_to_string(schematic_billing_credit_ledger_authority value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_billing_credit_ledger_authority_Values[value - 1] : NULL;
}

static const char *const schematic_billing_credit_rollover_policy_Values[] = {
    "expire",
    "none",
    "rollover",
};
const apic_enum_desc schematic_billing_credit_rollover_policy_enum_desc = { "BillingCreditRolloverPolicy", schematic_billing_credit_rollover_policy_Values, 3 };
_Static_assert(sizeof(schematic_billing_credit_rollover_policy) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_credit_rollover_policy_to_string(schematic_billing_credit_rollover_policy value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_billing_credit_rollover_policy_Values[value - 1] : NULL;
}

static const char *const schematic_billing_plan_credit_grant_reset_start_Values[] = {
    "billing_period",
    "first_of_month",
};
const apic_enum_desc schematic_billing_plan_credit_grant_reset_start_enum_desc = { "BillingPlanCreditGrantResetStart", schematic_billing_plan_credit_grant_reset_start_Values, 2 };
_Static_assert(sizeof(schematic_billing_plan_credit_grant_reset_start) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_plan_credit_grant_reset_start_to_string(schematic_billing_plan_credit_grant_reset_start value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_plan_credit_grant_reset_start_Values[value - 1] : NULL;
}

static const char *const schematic_billing_plan_credit_grant_reset_type_Values[] = {
    "no_reset",
    "plan_period",
};
const apic_enum_desc schematic_billing_plan_credit_grant_reset_type_enum_desc = { "BillingPlanCreditGrantResetType", schematic_billing_plan_credit_grant_reset_type_Values, 2 };
_Static_assert(sizeof(schematic_billing_plan_credit_grant_reset_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_plan_credit_grant_reset_type_to_string(schematic_billing_plan_credit_grant_reset_type value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_plan_credit_grant_reset_type_Values[value - 1] : NULL;
}

static const char *const schematic_plan_credit_grant_scaling_Values[] = {
    "fixed",
    "per_license",
};
const apic_enum_desc schematic_plan_credit_grant_scaling_enum_desc = { "PlanCreditGrantScaling", schematic_plan_credit_grant_scaling_Values, 2 };
_Static_assert(sizeof(schematic_plan_credit_grant_scaling) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_credit_grant_scaling_to_string(schematic_plan_credit_grant_scaling value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_plan_credit_grant_scaling_Values[value - 1] : NULL;
}

static const char *const schematic_billing_strategy_Values[] = {
    "schematic_managed",
    "provider_managed",
    "no_billing",
};
const apic_enum_desc schematic_billing_strategy_enum_desc = { "BillingStrategy", schematic_billing_strategy_Values, 3 };
_Static_assert(sizeof(schematic_billing_strategy) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_strategy_to_string(schematic_billing_strategy value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_billing_strategy_Values[value - 1] : NULL;
}

static const char *const schematic_charge_type_Values[] = {
    "free",
    "none",
    "one_time",
    "recurring",
};
const apic_enum_desc schematic_charge_type_enum_desc = { "ChargeType", schematic_charge_type_Values, 4 };
_Static_assert(sizeof(schematic_charge_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_charge_type_to_string(schematic_charge_type value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_charge_type_Values[value - 1] : NULL;
}

static const char *const schematic_billing_subscription_trial_end_setting_Values[] = {
    "cancel",
    "subscribe",
};
const apic_enum_desc schematic_billing_subscription_trial_end_setting_enum_desc = { "BillingSubscriptionTrialEndSetting", schematic_billing_subscription_trial_end_setting_Values, 2 };
_Static_assert(sizeof(schematic_billing_subscription_trial_end_setting) == sizeof(int), "enum slots are stored as int");

const char *schematic_billing_subscription_trial_end_setting_to_string(schematic_billing_subscription_trial_end_setting value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_billing_subscription_trial_end_setting_Values[value - 1] : NULL;
}

static const char *const schematic_invoice_status_Values[] = {
    "draft",
    "open",
    "paid",
    "uncollectible",
    "void",
};
const apic_enum_desc schematic_invoice_status_enum_desc = { "InvoiceStatus", schematic_invoice_status_Values, 5 };
_Static_assert(sizeof(schematic_invoice_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_invoice_status_to_string(schematic_invoice_status value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_invoice_status_Values[value - 1] : NULL;
}

static const char *const schematic_plan_icon_Values[] = {
    "amber",
    "blue",
    "blueGray",
    "blueGreen",
    "cyan",
    "emerald",
    "fuchsia",
    "gray",
    "green",
    "indigo",
    "lightBlue",
    "lime",
    "orange",
    "pink",
    "purple",
    "red",
    "redOrange",
    "rose",
    "sky",
    "slate",
    "teal",
    "trueGray",
    "violet",
    "warmGray",
    "yellow",
};
const apic_enum_desc schematic_plan_icon_enum_desc = { "PlanIcon", schematic_plan_icon_Values, 25 };
_Static_assert(sizeof(schematic_plan_icon) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_icon_to_string(schematic_plan_icon value)
{
    return value >= 1 && (size_t)value <= 25 ? schematic_plan_icon_Values[value - 1] : NULL;
}

static const char *const schematic_plan_type_Values[] = {
    "plan",
    "add_on",
};
const apic_enum_desc schematic_plan_type_enum_desc = { "PlanType", schematic_plan_type_Values, 2 };
_Static_assert(sizeof(schematic_plan_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_type_to_string(schematic_plan_type value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_plan_type_Values[value - 1] : NULL;
}

static const char *const schematic_plan_version_status_Values[] = {
    "published",
    "draft",
    "archived",
};
const apic_enum_desc schematic_plan_version_status_enum_desc = { "PlanVersionStatus", schematic_plan_version_status_Values, 3 };
_Static_assert(sizeof(schematic_plan_version_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_version_status_to_string(schematic_plan_version_status value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_plan_version_status_Values[value - 1] : NULL;
}

static const char *const schematic_plan_price_cadence_Values[] = {
    "monthly",
    "quarterly",
    "yearly",
};
const apic_enum_desc schematic_plan_price_cadence_enum_desc = { "PlanPriceCadence", schematic_plan_price_cadence_Values, 3 };
_Static_assert(sizeof(schematic_plan_price_cadence) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_price_cadence_to_string(schematic_plan_price_cadence value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_plan_price_cadence_Values[value - 1] : NULL;
}

static const char *const schematic_feature_type_Values[] = {
    "boolean",
    "event",
    "license",
    "trait",
};
const apic_enum_desc schematic_feature_type_enum_desc = { "FeatureType", schematic_feature_type_Values, 4 };
_Static_assert(sizeof(schematic_feature_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_feature_type_to_string(schematic_feature_type value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_feature_type_Values[value - 1] : NULL;
}

static const char *const schematic_feature_lifecycle_phase_Values[] = {
    "add_on",
    "alpha",
    "beta",
    "deprecated",
    "ga",
    "inactive",
    "in_plan",
    "internal_testing",
    "legacy",
};
const apic_enum_desc schematic_feature_lifecycle_phase_enum_desc = { "FeatureLifecyclePhase", schematic_feature_lifecycle_phase_Values, 9 };
_Static_assert(sizeof(schematic_feature_lifecycle_phase) == sizeof(int), "enum slots are stored as int");

const char *schematic_feature_lifecycle_phase_to_string(schematic_feature_lifecycle_phase value)
{
    return value >= 1 && (size_t)value <= 9 ? schematic_feature_lifecycle_phase_Values[value - 1] : NULL;
}

static const char *const schematic_metric_period_Values[] = {
    "all_time",
    "current_day",
    "current_month",
    "current_week",
};
const apic_enum_desc schematic_metric_period_enum_desc = { "MetricPeriod", schematic_metric_period_Values, 4 };
_Static_assert(sizeof(schematic_metric_period) == sizeof(int), "enum slots are stored as int");

const char *schematic_metric_period_to_string(schematic_metric_period value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_metric_period_Values[value - 1] : NULL;
}

static const char *const schematic_metric_period_month_reset_Values[] = {
    "billing_cycle",
    "first_of_month",
};
const apic_enum_desc schematic_metric_period_month_reset_enum_desc = { "MetricPeriodMonthReset", schematic_metric_period_month_reset_Values, 2 };
_Static_assert(sizeof(schematic_metric_period_month_reset) == sizeof(int), "enum slots are stored as int");

const char *schematic_metric_period_month_reset_to_string(schematic_metric_period_month_reset value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_metric_period_month_reset_Values[value - 1] : NULL;
}

static const char *const schematic_entitlement_price_behavior_Values[] = {
    "credit_burndown",
    "overage",
    "pay_as_you_go",
    "pay_in_advance",
    "tier",
};
const apic_enum_desc schematic_entitlement_price_behavior_enum_desc = { "EntitlementPriceBehavior", schematic_entitlement_price_behavior_Values, 5 };
_Static_assert(sizeof(schematic_entitlement_price_behavior) == sizeof(int), "enum slots are stored as int");

const char *schematic_entitlement_price_behavior_to_string(schematic_entitlement_price_behavior value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_entitlement_price_behavior_Values[value - 1] : NULL;
}

static const char *const schematic_entity_type_Values[] = {
    "company",
    "user",
};
const apic_enum_desc schematic_entity_type_enum_desc = { "EntityType", schematic_entity_type_Values, 2 };
_Static_assert(sizeof(schematic_entity_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_entity_type_to_string(schematic_entity_type value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_entity_type_Values[value - 1] : NULL;
}

static const char *const schematic_trait_type_Values[] = {
    "boolean",
    "currency",
    "date",
    "number",
    "string",
    "url",
};
const apic_enum_desc schematic_trait_type_enum_desc = { "TraitType", schematic_trait_type_Values, 6 };
_Static_assert(sizeof(schematic_trait_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_trait_type_to_string(schematic_trait_type value)
{
    return value >= 1 && (size_t)value <= 6 ? schematic_trait_type_Values[value - 1] : NULL;
}

static const char *const schematic_entitlement_value_type_Values[] = {
    "boolean",
    "credit",
    "numeric",
    "trait",
    "unknown",
    "unlimited",
};
const apic_enum_desc schematic_entitlement_value_type_enum_desc = { "EntitlementValueType", schematic_entitlement_value_type_Values, 6 };
_Static_assert(sizeof(schematic_entitlement_value_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_entitlement_value_type_to_string(schematic_entitlement_value_type value)
{
    return value >= 1 && (size_t)value <= 6 ? schematic_entitlement_value_type_Values[value - 1] : NULL;
}

static const char *const schematic_flag_type_Values[] = {
    "boolean",
};
const apic_enum_desc schematic_flag_type_enum_desc = { "FlagType", schematic_flag_type_Values, 1 };
_Static_assert(sizeof(schematic_flag_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_flag_type_to_string(schematic_flag_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_flag_type_Values[value - 1] : NULL;
}

static const char *const schematic_condition_type_Values[] = {
    "base_plan",
    "billing_product",
    "company",
    "credit",
    "metric",
    "plan",
    "plan_version",
    "trait",
    "user",
};
const apic_enum_desc schematic_condition_type_enum_desc = { "ConditionType", schematic_condition_type_Values, 9 };
_Static_assert(sizeof(schematic_condition_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_condition_type_to_string(schematic_condition_type value)
{
    return value >= 1 && (size_t)value <= 9 ? schematic_condition_type_Values[value - 1] : NULL;
}

static const char *const schematic_comparable_operator_Values[] = {
    "eq",
    "gt",
    "gte",
    "is_empty",
    "lt",
    "lte",
    "not_empty",
    "ne",
};
const apic_enum_desc schematic_comparable_operator_enum_desc = { "ComparableOperator", schematic_comparable_operator_Values, 8 };
_Static_assert(sizeof(schematic_comparable_operator) == sizeof(int), "enum slots are stored as int");

const char *schematic_comparable_operator_to_string(schematic_comparable_operator value)
{
    return value >= 1 && (size_t)value <= 8 ? schematic_comparable_operator_Values[value - 1] : NULL;
}

static const char *const schematic_rule_type_Values[] = {
    "company_override",
    "company_override_usage_exceeded",
    "default",
    "global_override",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
};
const apic_enum_desc schematic_rule_type_enum_desc = { "RuleType", schematic_rule_type_Values, 7 };
_Static_assert(sizeof(schematic_rule_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_rule_type_to_string(schematic_rule_type value)
{
    return value >= 1 && (size_t)value <= 7 ? schematic_rule_type_Values[value - 1] : NULL;
}

static const char *const schematic_trial_status_Values[] = {
    "active",
    "converted",
    "expired",
};
const apic_enum_desc schematic_trial_status_enum_desc = { "TrialStatus", schematic_trial_status_Values, 3 };
_Static_assert(sizeof(schematic_trial_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_trial_status_to_string(schematic_trial_status value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_trial_status_Values[value - 1] : NULL;
}

static const char *const schematic_checkout_bundle_purchase_behavior_Values[] = {
    "individual",
    "quantity",
};
const apic_enum_desc schematic_checkout_bundle_purchase_behavior_enum_desc = { "CheckoutBundlePurchaseBehavior", schematic_checkout_bundle_purchase_behavior_Values, 2 };
_Static_assert(sizeof(schematic_checkout_bundle_purchase_behavior) == sizeof(int), "enum slots are stored as int");

const char *schematic_checkout_bundle_purchase_behavior_to_string(schematic_checkout_bundle_purchase_behavior value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_checkout_bundle_purchase_behavior_Values[value - 1] : NULL;
}

static const char *const schematic_custom_plan_activation_strategy_Values[] = {
    "on_payment",
    "on_publish",
};
const apic_enum_desc schematic_custom_plan_activation_strategy_enum_desc = { "CustomPlanActivationStrategy", schematic_custom_plan_activation_strategy_Values, 2 };
_Static_assert(sizeof(schematic_custom_plan_activation_strategy) == sizeof(int), "enum slots are stored as int");

const char *schematic_custom_plan_activation_strategy_to_string(schematic_custom_plan_activation_strategy value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_custom_plan_activation_strategy_Values[value - 1] : NULL;
}

static const char *const schematic_plan_billing_source_Values[] = {
    "custom_plan",
    "manage_plan",
};
const apic_enum_desc schematic_plan_billing_source_enum_desc = { "PlanBillingSource", schematic_plan_billing_source_Values, 2 };
_Static_assert(sizeof(schematic_plan_billing_source) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_billing_source_to_string(schematic_plan_billing_source value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_plan_billing_source_Values[value - 1] : NULL;
}

static const char *const schematic_custom_plan_billing_status_Values[] = {
    "active",
    "expired",
    "paid",
    "pending",
};
const apic_enum_desc schematic_custom_plan_billing_status_enum_desc = { "CustomPlanBillingStatus", schematic_custom_plan_billing_status_Values, 4 };
_Static_assert(sizeof(schematic_custom_plan_billing_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_custom_plan_billing_status_to_string(schematic_custom_plan_billing_status value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_custom_plan_billing_status_Values[value - 1] : NULL;
}

static const char *const schematic_trait_definition_comparable_type_Values[] = {
    "bool",
    "date",
    "int",
    "string",
};
const apic_enum_desc schematic_trait_definition_comparable_type_enum_desc = { "TraitDefinition.comparable_type", schematic_trait_definition_comparable_type_Values, 4 };
_Static_assert(sizeof(schematic_trait_definition_comparable_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_trait_definition_comparable_type_to_string(schematic_trait_definition_comparable_type value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_trait_definition_comparable_type_Values[value - 1] : NULL;
}

static const char *const schematic_entitlement_type_Values[] = {
    "company_override",
    "plan_entitlement",
    "unknown",
};
const apic_enum_desc schematic_entitlement_type_enum_desc = { "EntitlementType", schematic_entitlement_type_Values, 3 };
_Static_assert(sizeof(schematic_entitlement_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_entitlement_type_to_string(schematic_entitlement_type value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_entitlement_type_Values[value - 1] : NULL;
}

static const char *const schematic_clerk_integration_config_type_Values[] = {
    "clerk",
};
const apic_enum_desc schematic_clerk_integration_config_type_enum_desc = { "ClerkIntegrationConfig.type", schematic_clerk_integration_config_type_Values, 1 };
_Static_assert(sizeof(schematic_clerk_integration_config_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_clerk_integration_config_type_to_string(schematic_clerk_integration_config_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_clerk_integration_config_type_Values[value - 1] : NULL;
}

static const char *const schematic_company_feature_usage_export_metadata_export_type_Values[] = {
    "company-feature-usage",
};
const apic_enum_desc schematic_company_feature_usage_export_metadata_export_type_enum_desc = { "CompanyFeatureUsageExportMetadata.export_type", schematic_company_feature_usage_export_metadata_export_type_Values, 1 };
_Static_assert(sizeof(schematic_company_feature_usage_export_metadata_export_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_company_feature_usage_export_metadata_export_type_to_string(schematic_company_feature_usage_export_metadata_export_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_company_feature_usage_export_metadata_export_type_Values[value - 1] : NULL;
}

static const char *const schematic_company_feature_usage_export_metadata_sort_order_direction_Values[] = {
    "asc",
    "desc",
};
const apic_enum_desc schematic_company_feature_usage_export_metadata_sort_order_direction_enum_desc = { "CompanyFeatureUsageExportMetadata.sort_order_direction", schematic_company_feature_usage_export_metadata_sort_order_direction_Values, 2 };
_Static_assert(sizeof(schematic_company_feature_usage_export_metadata_sort_order_direction) == sizeof(int), "enum slots are stored as int");

const char *schematic_company_feature_usage_export_metadata_sort_order_direction_to_string(schematic_company_feature_usage_export_metadata_sort_order_direction value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_company_feature_usage_export_metadata_sort_order_direction_Values[value - 1] : NULL;
}

static const char *const schematic_company_feature_usage_export_metadata_visible_columns_item_Values[] = {
    "plan",
    "subscription",
    "users",
    "last_seen_at",
};
const apic_enum_desc schematic_company_feature_usage_export_metadata_visible_columns_item_enum_desc = { "CompanyFeatureUsageExportMetadata.visible_columns.item", schematic_company_feature_usage_export_metadata_visible_columns_item_Values, 4 };
_Static_assert(sizeof(schematic_company_feature_usage_export_metadata_visible_columns_item) == sizeof(int), "enum slots are stored as int");

const char *schematic_company_feature_usage_export_metadata_visible_columns_item_to_string(schematic_company_feature_usage_export_metadata_visible_columns_item value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_company_feature_usage_export_metadata_visible_columns_item_Values[value - 1] : NULL;
}

static const char *const schematic_company_matching_criteria_Values[] = {
    "billing_meta_object",
    "manual_upsert",
};
const apic_enum_desc schematic_company_matching_criteria_enum_desc = { "CompanyMatchingCriteria", schematic_company_matching_criteria_Values, 2 };
_Static_assert(sizeof(schematic_company_matching_criteria) == sizeof(int), "enum slots are stored as int");

const char *schematic_company_matching_criteria_to_string(schematic_company_matching_criteria value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_company_matching_criteria_Values[value - 1] : NULL;
}

static const char *const schematic_company_plan_invalid_reason_Values[] = {
    "downgrade_not_permitted",
    "feature_usage_exceeded",
};
const apic_enum_desc schematic_company_plan_invalid_reason_enum_desc = { "CompanyPlanInvalidReason", schematic_company_plan_invalid_reason_Values, 2 };
_Static_assert(sizeof(schematic_company_plan_invalid_reason) == sizeof(int), "enum slots are stored as int");

const char *schematic_company_plan_invalid_reason_to_string(schematic_company_plan_invalid_reason value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_company_plan_invalid_reason_Values[value - 1] : NULL;
}

static const char *const schematic_proration_behavior_Values[] = {
    "create_prorations",
    "invoice_immediately",
};
const apic_enum_desc schematic_proration_behavior_enum_desc = { "ProrationBehavior", schematic_proration_behavior_Values, 2 };
_Static_assert(sizeof(schematic_proration_behavior) == sizeof(int), "enum slots are stored as int");

const char *schematic_proration_behavior_to_string(schematic_proration_behavior value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_proration_behavior_Values[value - 1] : NULL;
}

static const char *const schematic_component_entity_type_Values[] = {
    "billing",
    "entitlement",
};
const apic_enum_desc schematic_component_entity_type_enum_desc = { "ComponentEntityType", schematic_component_entity_type_Values, 2 };
_Static_assert(sizeof(schematic_component_entity_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_component_entity_type_to_string(schematic_component_entity_type value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_component_entity_type_Values[value - 1] : NULL;
}

static const char *const schematic_component_state_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc schematic_component_state_enum_desc = { "ComponentState", schematic_component_state_Values, 2 };
_Static_assert(sizeof(schematic_component_state) == sizeof(int), "enum slots are stored as int");

const char *schematic_component_state_to_string(schematic_component_state value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_component_state_Values[value - 1] : NULL;
}

static const char *const schematic_credit_auto_topup_amount_type_Values[] = {
    "credit",
};
const apic_enum_desc schematic_credit_auto_topup_amount_type_enum_desc = { "CreditAutoTopupAmountType", schematic_credit_auto_topup_amount_type_Values, 1 };
_Static_assert(sizeof(schematic_credit_auto_topup_amount_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_credit_auto_topup_amount_type_to_string(schematic_credit_auto_topup_amount_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_credit_auto_topup_amount_type_Values[value - 1] : NULL;
}

static const char *const schematic_plan_bundle_action_Values[] = {
    "create",
    "update",
    "delete",
};
const apic_enum_desc schematic_plan_bundle_action_enum_desc = { "PlanBundleAction", schematic_plan_bundle_action_Values, 3 };
_Static_assert(sizeof(schematic_plan_bundle_action) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_bundle_action_to_string(schematic_plan_bundle_action value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_plan_bundle_action_Values[value - 1] : NULL;
}

static const char *const schematic_data_export_type_Values[] = {
    "audit-log",
    "company-feature-usage",
    "event",
};
const apic_enum_desc schematic_data_export_type_enum_desc = { "DataExportType", schematic_data_export_type_Values, 3 };
_Static_assert(sizeof(schematic_data_export_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_data_export_type_to_string(schematic_data_export_type value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_data_export_type_Values[value - 1] : NULL;
}

static const char *const schematic_event_export_metadata_event_types_item_Values[] = {
    "flag_check",
    "identify",
    "inference",
    "track",
};
const apic_enum_desc schematic_event_export_metadata_event_types_item_enum_desc = { "EventExportMetadata.event_types.item", schematic_event_export_metadata_event_types_item_Values, 4 };
_Static_assert(sizeof(schematic_event_export_metadata_event_types_item) == sizeof(int), "enum slots are stored as int");

const char *schematic_event_export_metadata_event_types_item_to_string(schematic_event_export_metadata_event_types_item value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_event_export_metadata_event_types_item_Values[value - 1] : NULL;
}

static const char *const schematic_event_export_metadata_export_type_Values[] = {
    "event",
};
const apic_enum_desc schematic_event_export_metadata_export_type_enum_desc = { "EventExportMetadata.export_type", schematic_event_export_metadata_export_type_Values, 1 };
_Static_assert(sizeof(schematic_event_export_metadata_export_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_event_export_metadata_export_type_to_string(schematic_event_export_metadata_export_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_event_export_metadata_export_type_Values[value - 1] : NULL;
}

static const char *const schematic_data_export_output_file_type_Values[] = {
    "csv",
    "csv.gz",
};
const apic_enum_desc schematic_data_export_output_file_type_enum_desc = { "DataExportOutputFileType", schematic_data_export_output_file_type_Values, 2 };
_Static_assert(sizeof(schematic_data_export_output_file_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_data_export_output_file_type_to_string(schematic_data_export_output_file_type value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_data_export_output_file_type_Values[value - 1] : NULL;
}

static const char *const schematic_event_type_model_Values[] = {
    "flag_check",
    "identify",
    "inference",
    "track",
};
const apic_enum_desc schematic_event_type_model_enum_desc = { "EventType", schematic_event_type_model_Values, 4 };
_Static_assert(sizeof(schematic_event_type_model) == sizeof(int), "enum slots are stored as int");

const char *schematic_event_type_model_to_string(schematic_event_type_model value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_event_type_model_Values[value - 1] : NULL;
}

static const char *const schematic_migration_proration_behavior_Values[] = {
    "always_invoice",
    "create_prorations",
    "none",
};
const apic_enum_desc schematic_migration_proration_behavior_enum_desc = { "MigrationProrationBehavior", schematic_migration_proration_behavior_Values, 3 };
_Static_assert(sizeof(schematic_migration_proration_behavior) == sizeof(int), "enum slots are stored as int");

const char *schematic_migration_proration_behavior_to_string(schematic_migration_proration_behavior value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_migration_proration_behavior_Values[value - 1] : NULL;
}

static const char *const schematic_plan_version_migration_strategy_Values[] = {
    "immediate",
    "leave",
};
const apic_enum_desc schematic_plan_version_migration_strategy_enum_desc = { "PlanVersionMigrationStrategy", schematic_plan_version_migration_strategy_Values, 2 };
_Static_assert(sizeof(schematic_plan_version_migration_strategy) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_version_migration_strategy_to_string(schematic_plan_version_migration_strategy value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_plan_version_migration_strategy_Values[value - 1] : NULL;
}

static const char *const schematic_scheduled_downgrade_config_behavior_Values[] = {
    "end_of_billing_period",
    "none",
};
const apic_enum_desc schematic_scheduled_downgrade_config_behavior_enum_desc = { "ScheduledDowngradeConfigBehavior", schematic_scheduled_downgrade_config_behavior_Values, 2 };
_Static_assert(sizeof(schematic_scheduled_downgrade_config_behavior) == sizeof(int), "enum slots are stored as int");

const char *schematic_scheduled_downgrade_config_behavior_to_string(schematic_scheduled_downgrade_config_behavior value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_scheduled_downgrade_config_behavior_Values[value - 1] : NULL;
}

static const char *const schematic_webhook_request_type_Values[] = {
    "subscription.trial.ended",
    "company.created",
    "company.deleted",
    "company.override.created",
    "company.override.deleted",
    "company.override.expired",
    "company.override.updated",
    "company.plan_changed",
    "company.scheduled_downgrade",
    "company.updated",
    "credit.limit.reached",
    "credit.limit.warning",
    "credit.purchase.success",
    "entitlement.limit.reached",
    "entitlement.limit.warning",
    "entitlement.soft_limit.reached",
    "entitlement.soft_limit.warning",
    "entitlement.tier_limit.reached",
    "entitlement.tier_limit.warning",
    "feature.created",
    "feature.deleted",
    "feature.updated",
    "flag.created",
    "flag.deleted",
    "flag_rules.updated",
    "flag.updated",
    "plan.created",
    "plan.deleted",
    "plan.entitlement.created",
    "plan.entitlement.deleted",
    "plan.entitlement.updated",
    "plan.updated",
    "plan_version.deleted",
    "rule.deleted",
    "test.send",
    "user.created",
    "user.deleted",
    "user.updated",
    "auto.topup.hard.failure",
    "auto.topup.retry.exceeded",
    "auto.topup.success",
};
const apic_enum_desc schematic_webhook_request_type_enum_desc = { "WebhookRequestType", schematic_webhook_request_type_Values, 41 };
_Static_assert(sizeof(schematic_webhook_request_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_webhook_request_type_to_string(schematic_webhook_request_type value)
{
    return value >= 1 && (size_t)value <= 41 ? schematic_webhook_request_type_Values[value - 1] : NULL;
}

static const char *const schematic_credit_event_type_Values[] = {
    "grant",
    "transfer",
    "usage",
    "zero_out",
};
const apic_enum_desc schematic_credit_event_type_enum_desc = { "CreditEventType", schematic_credit_event_type_Values, 4 };
_Static_assert(sizeof(schematic_credit_event_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_credit_event_type_to_string(schematic_credit_event_type value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_credit_event_type_Values[value - 1] : NULL;
}

static const char *const schematic_credit_usage_reason_Values[] = {
    "lease_hold",
    "lease_release",
    "manual_adjustment",
    "reconciliation",
    "track",
};
const apic_enum_desc schematic_credit_usage_reason_enum_desc = { "CreditUsageReason", schematic_credit_usage_reason_Values, 5 };
_Static_assert(sizeof(schematic_credit_usage_reason) == sizeof(int), "enum slots are stored as int");

const char *schematic_credit_usage_reason_to_string(schematic_credit_usage_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_credit_usage_reason_Values[value - 1] : NULL;
}

static const char *const schematic_credit_grant_sort_order_Values[] = {
    "created_at",
    "expires_at",
    "quantity",
    "quantity_remaining",
};
const apic_enum_desc schematic_credit_grant_sort_order_enum_desc = { "CreditGrantSortOrder", schematic_credit_grant_sort_order_Values, 4 };
_Static_assert(sizeof(schematic_credit_grant_sort_order) == sizeof(int), "enum slots are stored as int");

const char *schematic_credit_grant_sort_order_to_string(schematic_credit_grant_sort_order value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_credit_grant_sort_order_Values[value - 1] : NULL;
}

static const char *const schematic_data_export_status_Values[] = {
    "failure",
    "pending",
    "success",
};
const apic_enum_desc schematic_data_export_status_enum_desc = { "DataExportStatus", schematic_data_export_status_Values, 3 };
_Static_assert(sizeof(schematic_data_export_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_data_export_status_to_string(schematic_data_export_status value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_data_export_status_Values[value - 1] : NULL;
}

static const char *const schematic_event_status_Values[] = {
    "enriched",
    "failed",
    "pending",
    "processed",
    "unknown",
};
const apic_enum_desc schematic_event_status_enum_desc = { "EventStatus", schematic_event_status_Values, 5 };
_Static_assert(sizeof(schematic_event_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_event_status_to_string(schematic_event_status value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_event_status_Values[value - 1] : NULL;
}

static const char *const schematic_onboarding_milestone_Values[] = {
    "evaluated",
    "implemented",
};
const apic_enum_desc schematic_onboarding_milestone_enum_desc = { "OnboardingMilestone", schematic_onboarding_milestone_Values, 2 };
_Static_assert(sizeof(schematic_onboarding_milestone) == sizeof(int), "enum slots are stored as int");

const char *schematic_onboarding_milestone_to_string(schematic_onboarding_milestone value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_onboarding_milestone_Values[value - 1] : NULL;
}

static const char *const schematic_onboarding_requirement_Values[] = {
    "connect_billing",
    "create_api_key",
    "first_flag_check",
    "import_companies",
    "model_packaging",
    "send_events",
};
const apic_enum_desc schematic_onboarding_requirement_enum_desc = { "OnboardingRequirement", schematic_onboarding_requirement_Values, 6 };
_Static_assert(sizeof(schematic_onboarding_requirement) == sizeof(int), "enum slots are stored as int");

const char *schematic_onboarding_requirement_to_string(schematic_onboarding_requirement value)
{
    return value >= 1 && (size_t)value <= 6 ? schematic_onboarding_requirement_Values[value - 1] : NULL;
}

static const char *const schematic_onboarding_path_Values[] = {
    "agent",
    "app",
};
const apic_enum_desc schematic_onboarding_path_enum_desc = { "OnboardingPath", schematic_onboarding_path_Values, 2 };
_Static_assert(sizeof(schematic_onboarding_path) == sizeof(int), "enum slots are stored as int");

const char *schematic_onboarding_path_to_string(schematic_onboarding_path value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_onboarding_path_Values[value - 1] : NULL;
}

static const char *const schematic_onboarding_requirement_status_Values[] = {
    "available",
    "blocked",
    "complete",
};
const apic_enum_desc schematic_onboarding_requirement_status_enum_desc = { "OnboardingRequirementStatus", schematic_onboarding_requirement_status_Values, 3 };
_Static_assert(sizeof(schematic_onboarding_requirement_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_onboarding_requirement_status_to_string(schematic_onboarding_requirement_status value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_onboarding_requirement_status_Values[value - 1] : NULL;
}

static const char *const schematic_onboarding_track_Values[] = {
    "catalog",
    "single_plan",
};
const apic_enum_desc schematic_onboarding_track_enum_desc = { "OnboardingTrack", schematic_onboarding_track_Values, 2 };
_Static_assert(sizeof(schematic_onboarding_track) == sizeof(int), "enum slots are stored as int");

const char *schematic_onboarding_track_to_string(schematic_onboarding_track value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_onboarding_track_Values[value - 1] : NULL;
}

static const char *const schematic_stripe_integration_config_type_Values[] = {
    "stripe",
};
const apic_enum_desc schematic_stripe_integration_config_type_enum_desc = { "StripeIntegrationConfig.type", schematic_stripe_integration_config_type_Values, 1 };
_Static_assert(sizeof(schematic_stripe_integration_config_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_stripe_integration_config_type_to_string(schematic_stripe_integration_config_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_stripe_integration_config_type_Values[value - 1] : NULL;
}

static const char *const schematic_orb_integration_config_type_Values[] = {
    "orb",
};
const apic_enum_desc schematic_orb_integration_config_type_enum_desc = { "OrbIntegrationConfig.type", schematic_orb_integration_config_type_Values, 1 };
_Static_assert(sizeof(schematic_orb_integration_config_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_orb_integration_config_type_to_string(schematic_orb_integration_config_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_orb_integration_config_type_Values[value - 1] : NULL;
}

static const char *const schematic_work_os_integration_config_type_Values[] = {
    "workos",
};
const apic_enum_desc schematic_work_os_integration_config_type_enum_desc = { "WorkOSIntegrationConfig.type", schematic_work_os_integration_config_type_Values, 1 };
_Static_assert(sizeof(schematic_work_os_integration_config_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_work_os_integration_config_type_to_string(schematic_work_os_integration_config_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_work_os_integration_config_type_Values[value - 1] : NULL;
}

static const char *const schematic_metronome_integration_config_type_Values[] = {
    "metronome",
};
const apic_enum_desc schematic_metronome_integration_config_type_enum_desc = { "MetronomeIntegrationConfig.type", schematic_metronome_integration_config_type_Values, 1 };
_Static_assert(sizeof(schematic_metronome_integration_config_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_metronome_integration_config_type_to_string(schematic_metronome_integration_config_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_metronome_integration_config_type_Values[value - 1] : NULL;
}

static const char *const schematic_temporary_access_token_resource_type_Values[] = {
    "company",
};
const apic_enum_desc schematic_temporary_access_token_resource_type_enum_desc = { "TemporaryAccessTokenResourceType", schematic_temporary_access_token_resource_type_Values, 1 };
_Static_assert(sizeof(schematic_temporary_access_token_resource_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_temporary_access_token_resource_type_to_string(schematic_temporary_access_token_resource_type value)
{
    return value >= 1 && (size_t)value <= 1 ? schematic_temporary_access_token_resource_type_Values[value - 1] : NULL;
}

static const char *const schematic_migration_error_code_Values[] = {
    "ambiguous_subscription_item",
    "multiple_subscriptions",
    "no_price_for_interval",
    "not_on_origin_version",
    "operation_item_not_found",
    "permanent_config",
    "permanent_decline",
    "transient_decline",
    "transient_infra",
    "transient_stripe",
    "unknown",
    "would_leave_empty_subscription",
};
const apic_enum_desc schematic_migration_error_code_enum_desc = { "MigrationErrorCode", schematic_migration_error_code_Values, 12 };
_Static_assert(sizeof(schematic_migration_error_code) == sizeof(int), "enum slots are stored as int");

const char *schematic_migration_error_code_to_string(schematic_migration_error_code value)
{
    return value >= 1 && (size_t)value <= 12 ? schematic_migration_error_code_Values[value - 1] : NULL;
}

static const char *const schematic_plan_change_action_Values[] = {
    "checkout",
    "company_upsert",
    "fallback_plan",
    "manage_plan",
    "migration",
    "plan_billing_product_changed",
    "plan_deleted",
    "plan_trait_change",
    "plan_version_migration",
    "quickstart",
    "subscription_change",
};
const apic_enum_desc schematic_plan_change_action_enum_desc = { "PlanChangeAction", schematic_plan_change_action_Values, 11 };
_Static_assert(sizeof(schematic_plan_change_action) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_change_action_to_string(schematic_plan_change_action value)
{
    return value >= 1 && (size_t)value <= 11 ? schematic_plan_change_action_Values[value - 1] : NULL;
}

static const char *const schematic_plan_change_base_plan_action_Values[] = {
    "fallback",
    "initial",
    "trait",
    "trial_expiry",
};
const apic_enum_desc schematic_plan_change_base_plan_action_enum_desc = { "PlanChangeBasePlanAction", schematic_plan_change_base_plan_action_Values, 4 };
_Static_assert(sizeof(schematic_plan_change_base_plan_action) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_change_base_plan_action_to_string(schematic_plan_change_base_plan_action value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_plan_change_base_plan_action_Values[value - 1] : NULL;
}

static const char *const schematic_plan_change_subscription_action_Values[] = {
    "adjustment",
    "downgrade",
    "invalid",
    "subscribe",
    "unsubscribe",
    "upgrade",
    "upgrade_trial",
};
const apic_enum_desc schematic_plan_change_subscription_action_enum_desc = { "PlanChangeSubscriptionAction", schematic_plan_change_subscription_action_Values, 7 };
_Static_assert(sizeof(schematic_plan_change_subscription_action) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_change_subscription_action_to_string(schematic_plan_change_subscription_action value)
{
    return value >= 1 && (size_t)value <= 7 ? schematic_plan_change_subscription_action_Values[value - 1] : NULL;
}

static const char *const schematic_plan_version_company_migration_status_Values[] = {
    "completed",
    "failed",
    "in_progress",
    "pending",
    "skipped",
};
const apic_enum_desc schematic_plan_version_company_migration_status_enum_desc = { "PlanVersionCompanyMigrationStatus", schematic_plan_version_company_migration_status_Values, 5 };
_Static_assert(sizeof(schematic_plan_version_company_migration_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_version_company_migration_status_to_string(schematic_plan_version_company_migration_status value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_plan_version_company_migration_status_Values[value - 1] : NULL;
}

static const char *const schematic_plan_version_migration_status_Values[] = {
    "completed",
    "failed",
    "in_progress",
    "pending",
};
const apic_enum_desc schematic_plan_version_migration_status_enum_desc = { "PlanVersionMigrationStatus", schematic_plan_version_migration_status_Values, 4 };
_Static_assert(sizeof(schematic_plan_version_migration_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_plan_version_migration_status_to_string(schematic_plan_version_migration_status value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_plan_version_migration_status_Values[value - 1] : NULL;
}

static const char *const schematic_tax_id_type_Values[] = {
    "ae_trn",
    "au_abn",
    "au_arn",
    "br_cnpj",
    "br_cpf",
    "ca_bn",
    "ca_gst_hst",
    "ca_pst_bc",
    "ca_pst_mb",
    "ca_pst_sk",
    "ca_qst",
    "ch_uid",
    "ch_vat",
    "eu_vat",
    "gb_vat",
    "hk_br",
    "id_npwp",
    "il_vat",
    "in_gst",
    "jp_cn",
    "jp_rn",
    "jp_trn",
    "kr_brn",
    "mx_rfc",
    "my_frp",
    "my_itn",
    "my_sst",
    "no_vat",
    "nz_gst",
    "ph_tin",
    "sa_vat",
    "sg_gst",
    "sg_uen",
    "th_vat",
    "tr_tin",
    "tw_vat",
    "us_ein",
    "za_vat",
};
const apic_enum_desc schematic_tax_id_type_enum_desc = { "TaxIdType", schematic_tax_id_type_Values, 38 };
_Static_assert(sizeof(schematic_tax_id_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_tax_id_type_to_string(schematic_tax_id_type value)
{
    return value >= 1 && (size_t)value <= 38 ? schematic_tax_id_type_Values[value - 1] : NULL;
}

static const char *const schematic_rules_engine_schema_version_Values[] = {
    "vc8eb8df4",
    "placeholder-for-fern-compatibility",
};
const apic_enum_desc schematic_rules_engine_schema_version_enum_desc = { "RulesEngineSchemaVersion", schematic_rules_engine_schema_version_Values, 2 };
_Static_assert(sizeof(schematic_rules_engine_schema_version) == sizeof(int), "enum slots are stored as int");

const char *schematic_rules_engine_schema_version_to_string(schematic_rules_engine_schema_version value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_rules_engine_schema_version_Values[value - 1] : NULL;
}

static const char *const schematic_rulesengine_metric_period_Values[] = {
    "all_time",
    "current_day",
    "current_month",
    "current_week",
};
const apic_enum_desc schematic_rulesengine_metric_period_enum_desc = { "RulesengineMetricPeriod", schematic_rulesengine_metric_period_Values, 4 };
_Static_assert(sizeof(schematic_rulesengine_metric_period) == sizeof(int), "enum slots are stored as int");

const char *schematic_rulesengine_metric_period_to_string(schematic_rulesengine_metric_period value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_rulesengine_metric_period_Values[value - 1] : NULL;
}

static const char *const schematic_rulesengine_metric_period_month_reset_Values[] = {
    "billing_cycle",
    "first_of_month",
};
const apic_enum_desc schematic_rulesengine_metric_period_month_reset_enum_desc = { "RulesengineMetricPeriodMonthReset", schematic_rulesengine_metric_period_month_reset_Values, 2 };
_Static_assert(sizeof(schematic_rulesengine_metric_period_month_reset) == sizeof(int), "enum slots are stored as int");

const char *schematic_rulesengine_metric_period_month_reset_to_string(schematic_rulesengine_metric_period_month_reset value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_rulesengine_metric_period_month_reset_Values[value - 1] : NULL;
}

static const char *const schematic_rulesengine_entitlement_value_type_Values[] = {
    "boolean",
    "credit",
    "numeric",
    "trait",
    "unknown",
    "unlimited",
};
const apic_enum_desc schematic_rulesengine_entitlement_value_type_enum_desc = { "RulesengineEntitlementValueType", schematic_rulesengine_entitlement_value_type_Values, 6 };
_Static_assert(sizeof(schematic_rulesengine_entitlement_value_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_rulesengine_entitlement_value_type_to_string(schematic_rulesengine_entitlement_value_type value)
{
    return value >= 1 && (size_t)value <= 6 ? schematic_rulesengine_entitlement_value_type_Values[value - 1] : NULL;
}

static const char *const schematic_rulesengine_rule_type_Values[] = {
    "company_override",
    "company_override_usage_exceeded",
    "default",
    "global_override",
    "plan_entitlement",
    "plan_entitlement_usage_exceeded",
    "standard",
};
const apic_enum_desc schematic_rulesengine_rule_type_enum_desc = { "RulesengineRuleType", schematic_rulesengine_rule_type_Values, 7 };
_Static_assert(sizeof(schematic_rulesengine_rule_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_rulesengine_rule_type_to_string(schematic_rulesengine_rule_type value)
{
    return value >= 1 && (size_t)value <= 7 ? schematic_rulesengine_rule_type_Values[value - 1] : NULL;
}

static const char *const schematic_rulesengine_trait_definition_comparable_type_Values[] = {
    "bool",
    "date",
    "int",
    "string",
};
const apic_enum_desc schematic_rulesengine_trait_definition_comparable_type_enum_desc = { "RulesengineTraitDefinition.comparable_type", schematic_rulesengine_trait_definition_comparable_type_Values, 4 };
_Static_assert(sizeof(schematic_rulesengine_trait_definition_comparable_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_rulesengine_trait_definition_comparable_type_to_string(schematic_rulesengine_trait_definition_comparable_type value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_rulesengine_trait_definition_comparable_type_Values[value - 1] : NULL;
}

static const char *const schematic_rulesengine_entity_type_Values[] = {
    "company",
    "user",
};
const apic_enum_desc schematic_rulesengine_entity_type_enum_desc = { "RulesengineEntityType", schematic_rulesengine_entity_type_Values, 2 };
_Static_assert(sizeof(schematic_rulesengine_entity_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_rulesengine_entity_type_to_string(schematic_rulesengine_entity_type value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_rulesengine_entity_type_Values[value - 1] : NULL;
}

static const char *const schematic_rulesengine_condition_type_Values[] = {
    "base_plan",
    "billing_product",
    "company",
    "credit",
    "metric",
    "plan",
    "plan_version",
    "trait",
    "user",
};
const apic_enum_desc schematic_rulesengine_condition_type_enum_desc = { "RulesengineConditionType", schematic_rulesengine_condition_type_Values, 9 };
_Static_assert(sizeof(schematic_rulesengine_condition_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_rulesengine_condition_type_to_string(schematic_rulesengine_condition_type value)
{
    return value >= 1 && (size_t)value <= 9 ? schematic_rulesengine_condition_type_Values[value - 1] : NULL;
}

static const char *const schematic_scheduled_checkout_status_Values[] = {
    "cancelled",
    "error",
    "executing",
    "pending",
    "success",
};
const apic_enum_desc schematic_scheduled_checkout_status_enum_desc = { "ScheduledCheckoutStatus", schematic_scheduled_checkout_status_Values, 5 };
_Static_assert(sizeof(schematic_scheduled_checkout_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_scheduled_checkout_status_to_string(schematic_scheduled_checkout_status value)
{
    return value >= 1 && (size_t)value <= 5 ? schematic_scheduled_checkout_status_Values[value - 1] : NULL;
}

static const char *const schematic_sort_direction_Values[] = {
    "asc",
    "desc",
};
const apic_enum_desc schematic_sort_direction_enum_desc = { "SortDirection", schematic_sort_direction_Values, 2 };
_Static_assert(sizeof(schematic_sort_direction) == sizeof(int), "enum slots are stored as int");

const char *schematic_sort_direction_to_string(schematic_sort_direction value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_sort_direction_Values[value - 1] : NULL;
}

static const char *const schematic_subscription_status_Values[] = {
    "active",
    "canceled",
    "expired",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
};
const apic_enum_desc schematic_subscription_status_enum_desc = { "SubscriptionStatus", schematic_subscription_status_Values, 9 };
_Static_assert(sizeof(schematic_subscription_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_subscription_status_to_string(schematic_subscription_status value)
{
    return value >= 1 && (size_t)value <= 9 ? schematic_subscription_status_Values[value - 1] : NULL;
}

static const char *const schematic_subscription_type_Values[] = {
    "free",
    "one_time",
    "paid",
    "trial",
};
const apic_enum_desc schematic_subscription_type_enum_desc = { "SubscriptionType", schematic_subscription_type_Values, 4 };
_Static_assert(sizeof(schematic_subscription_type) == sizeof(int), "enum slots are stored as int");

const char *schematic_subscription_type_to_string(schematic_subscription_type value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_subscription_type_Values[value - 1] : NULL;
}

static const char *const schematic_time_series_granularity_Values[] = {
    "daily",
    "hourly",
    "monthly",
    "weekly",
};
const apic_enum_desc schematic_time_series_granularity_enum_desc = { "TimeSeriesGranularity", schematic_time_series_granularity_Values, 4 };
_Static_assert(sizeof(schematic_time_series_granularity) == sizeof(int), "enum slots are stored as int");

const char *schematic_time_series_granularity_to_string(schematic_time_series_granularity value)
{
    return value >= 1 && (size_t)value <= 4 ? schematic_time_series_granularity_Values[value - 1] : NULL;
}

static const char *const schematic_webhook_status_Values[] = {
    "active",
    "inactive",
};
const apic_enum_desc schematic_webhook_status_enum_desc = { "WebhookStatus", schematic_webhook_status_Values, 2 };
_Static_assert(sizeof(schematic_webhook_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_webhook_status_to_string(schematic_webhook_status value)
{
    return value >= 1 && (size_t)value <= 2 ? schematic_webhook_status_Values[value - 1] : NULL;
}

static const char *const schematic_webhook_event_status_Values[] = {
    "failure",
    "pending",
    "success",
};
const apic_enum_desc schematic_webhook_event_status_enum_desc = { "WebhookEventStatus", schematic_webhook_event_status_Values, 3 };
_Static_assert(sizeof(schematic_webhook_event_status) == sizeof(int), "enum slots are stored as int");

const char *schematic_webhook_event_status_to_string(schematic_webhook_event_status value)
{
    return value >= 1 && (size_t)value <= 3 ? schematic_webhook_event_status_Values[value - 1] : NULL;
}

const apic_type schematic_account_member_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_account_member_response_data_desc, NULL, NULL };
const apic_type schematic_string_date_time_Type = { APIC_STRING, APIC_FMT_DATE_TIME, NULL, NULL, NULL };
const apic_type schematic_account_member_permission_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_account_member_permission_enum_desc, NULL };
const apic_type schematic_account_member_permission_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_account_member_permission_Type };
const apic_type schematic_account_member_permission_array_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &schematic_account_member_permission_array_Type };
const apic_type schematic_account_member_role_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_account_member_role_enum_desc, NULL };
const apic_type schematic_acquire_credit_lease_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_acquire_credit_lease_request_body_desc, NULL, NULL };
const apic_type schematic_activity_entry_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_activity_entry_response_data_desc, NULL, NULL };
const apic_type schematic_activity_response_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_activity_response_response_data_desc, NULL, NULL };
const apic_type schematic_activity_entry_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_activity_entry_response_data_Type };
const apic_type schematic_api_error_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_api_error_desc, NULL, NULL };
const apic_type schematic_api_key_create_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_api_key_create_response_data_desc, NULL, NULL };
const apic_type schematic_environment_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_environment_response_data_desc, NULL, NULL };
const apic_type schematic_api_key_integration_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_api_key_integration_response_data_desc, NULL, NULL };
const apic_type schematic_api_key_scope_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_api_key_scope_enum_desc, NULL };
const apic_type schematic_api_key_scope_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_api_key_scope_Type };
const apic_type schematic_environment_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_environment_type_enum_desc, NULL };
const apic_type schematic_integration_state_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_integration_state_enum_desc, NULL };
const apic_type schematic_integration_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_integration_type_enum_desc, NULL };
const apic_type schematic_api_key_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_api_key_response_data_desc, NULL, NULL };
const apic_type schematic_audit_log_export_metadata_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_audit_log_export_metadata_desc, NULL, NULL };
const apic_type schematic_audit_log_export_metadata_export_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_audit_log_export_metadata_export_type_enum_desc, NULL };
const apic_type schematic_string_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type schematic_audit_log_list_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_audit_log_list_response_data_desc, NULL, NULL };
const apic_type schematic_actor_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_actor_type_enum_desc, NULL };
const apic_type schematic_audit_log_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_audit_log_response_data_desc, NULL, NULL };
const apic_type schematic_billing_coupon_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_coupon_response_data_desc, NULL, NULL };
const apic_type schematic_billing_provider_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_provider_type_enum_desc, NULL };
const apic_type schematic_billing_credit_bundle_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_credit_bundle_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_bundle_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_bundle_type_enum_desc, NULL };
const apic_type schematic_credit_bundle_currency_price_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_bundle_currency_price_response_data_desc, NULL, NULL };
const apic_type schematic_credit_bundle_currency_price_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_bundle_currency_price_response_data_Type };
const apic_type schematic_billing_credit_expiry_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_expiry_type_enum_desc, NULL };
const apic_type schematic_billing_credit_expiry_unit_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_expiry_unit_enum_desc, NULL };
const apic_type schematic_billing_price_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_price_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_bundle_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_bundle_status_enum_desc, NULL };
const apic_type schematic_billing_product_price_interval_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_product_price_interval_enum_desc, NULL };
const apic_type schematic_billing_price_scheme_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_price_scheme_enum_desc, NULL };
const apic_type schematic_billing_credit_bundle_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_credit_bundle_view_desc, NULL, NULL };
const apic_type schematic_credit_bundle_currency_price_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_bundle_currency_price_desc, NULL, NULL };
const apic_type schematic_credit_bundle_currency_price_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_bundle_currency_price_Type };
const apic_type schematic_billing_product_price_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_price_response_data_desc, NULL, NULL };
const apic_type schematic_billing_price_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_price_view_desc, NULL, NULL };
const apic_type schematic_billing_product_price_tier_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_price_tier_response_data_desc, NULL, NULL };
const apic_type schematic_billing_product_price_tier_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_product_price_tier_response_data_Type };
const apic_type schematic_billing_tiers_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_tiers_mode_enum_desc, NULL };
const apic_type schematic_billing_price_usage_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_price_usage_type_enum_desc, NULL };
const apic_type schematic_billing_credit_grant_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_credit_grant_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_grant_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_grant_reason_enum_desc, NULL };
const apic_type schematic_billing_plan_credit_grant_reset_cadence_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_plan_credit_grant_reset_cadence_enum_desc, NULL };
const apic_type schematic_credit_transfer_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_transfer_response_data_desc, NULL, NULL };
const apic_type schematic_credit_transfer_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_transfer_response_data_Type };
const apic_type schematic_billing_credit_grant_zeroed_out_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_grant_zeroed_out_reason_enum_desc, NULL };
const apic_type schematic_billing_credit_ledger_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_credit_ledger_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_credit_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_burn_strategy_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_burn_strategy_enum_desc, NULL };
const apic_type schematic_credit_currency_price_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_currency_price_response_data_desc, NULL, NULL };
const apic_type schematic_credit_currency_price_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_currency_price_response_data_Type };
const apic_type schematic_billing_credit_rollover_policy_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_rollover_policy_enum_desc, NULL };
const apic_type schematic_billing_product_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_credit_view_desc, NULL, NULL };
const apic_type schematic_credit_currency_price_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_currency_price_desc, NULL, NULL };
const apic_type schematic_credit_currency_price_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_currency_price_Type };
const apic_type schematic_billing_credit_ledger_authority_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_ledger_authority_enum_desc, NULL };
const apic_type schematic_billing_product_record_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_record_response_data_desc, NULL, NULL };
const apic_type schematic_billing_customer_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_customer_response_data_desc, NULL, NULL };
const apic_type schematic_billing_customer_subscription_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_customer_subscription_desc, NULL, NULL };
const apic_type schematic_billing_customer_with_subscriptions_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_customer_with_subscriptions_response_data_desc, NULL, NULL };
const apic_type schematic_billing_customer_subscription_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_customer_subscription_Type };
const apic_type schematic_billing_linked_resource_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_linked_resource_response_data_desc, NULL, NULL };
const apic_type schematic_billing_meter_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_meter_response_data_desc, NULL, NULL };
const apic_type schematic_billing_plan_credit_grant_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_plan_credit_grant_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_auto_topup_availability_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_credit_auto_topup_availability_enum_desc, NULL };
const apic_type schematic_preview_object_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preview_object_response_data_desc, NULL, NULL };
const apic_type schematic_billing_plan_credit_grant_reset_start_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_plan_credit_grant_reset_start_enum_desc, NULL };
const apic_type schematic_billing_plan_credit_grant_reset_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_plan_credit_grant_reset_type_enum_desc, NULL };
const apic_type schematic_plan_credit_grant_scaling_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_credit_grant_scaling_enum_desc, NULL };
const apic_type schematic_billing_product_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_detail_response_data_desc, NULL, NULL };
const apic_type schematic_billing_price_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_price_response_data_Type };
const apic_type schematic_billing_product_for_subscription_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_for_subscription_response_data_desc, NULL, NULL };
const apic_type schematic_billing_product_plan_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_plan_response_data_desc, NULL, NULL };
const apic_type schematic_billing_strategy_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_strategy_enum_desc, NULL };
const apic_type schematic_charge_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_charge_type_enum_desc, NULL };
const apic_type schematic_billing_product_pricing_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_product_pricing_desc, NULL, NULL };
const apic_type schematic_billing_subscription_discount_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_subscription_discount_desc, NULL, NULL };
const apic_type schematic_billing_subscription_discount_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_subscription_discount_view_desc, NULL, NULL };
const apic_type schematic_billing_subscription_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_subscription_response_data_desc, NULL, NULL };
const apic_type schematic_billing_subscription_trial_end_setting_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_subscription_trial_end_setting_enum_desc, NULL };
const apic_type schematic_billing_subscription_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_subscription_view_desc, NULL, NULL };
const apic_type schematic_billing_subscription_discount_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_subscription_discount_view_Type };
const apic_type schematic_invoice_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_invoice_response_data_desc, NULL, NULL };
const apic_type schematic_payment_method_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_payment_method_response_data_desc, NULL, NULL };
const apic_type schematic_billing_product_for_subscription_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_product_for_subscription_response_data_Type };
const apic_type schematic_invoice_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_invoice_status_enum_desc, NULL };
const apic_type schematic_bind_catalog_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_bind_catalog_request_body_desc, NULL, NULL };
const apic_type schematic_cancel_subscription_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_cancel_subscription_request_desc, NULL, NULL };
const apic_type schematic_capture_raw_event_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_capture_raw_event_desc, NULL, NULL };
const apic_type schematic_capture_raw_event_batch_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_capture_raw_event_batch_desc, NULL, NULL };
const apic_type schematic_capture_raw_event_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_capture_raw_event_Type };
const apic_type schematic_catalog_config_ordered_bundle_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_config_ordered_bundle_desc, NULL, NULL };
const apic_type schematic_catalog_config_ordered_bundle_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_config_ordered_bundle_response_data_desc, NULL, NULL };
const apic_type schematic_catalog_config_ordered_entitlement_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_config_ordered_entitlement_desc, NULL, NULL };
const apic_type schematic_catalog_config_ordered_entitlement_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_config_ordered_entitlement_response_data_desc, NULL, NULL };
const apic_type schematic_catalog_config_ordered_plan_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_config_ordered_plan_desc, NULL, NULL };
const apic_type schematic_catalog_config_ordered_entitlement_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_config_ordered_entitlement_Type };
const apic_type schematic_catalog_config_ordered_plan_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_config_ordered_plan_response_data_desc, NULL, NULL };
const apic_type schematic_catalog_config_ordered_entitlement_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_config_ordered_entitlement_response_data_Type };
const apic_type schematic_catalog_configuration_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_configuration_response_data_desc, NULL, NULL };
const apic_type schematic_plan_group_plan_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_group_plan_detail_response_data_desc, NULL, NULL };
const apic_type schematic_plan_group_plan_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_group_plan_detail_response_data_Type };
const apic_type schematic_catalog_config_ordered_plan_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_config_ordered_plan_response_data_Type };
const apic_type schematic_catalog_config_ordered_bundle_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_config_ordered_bundle_response_data_Type };
const apic_type schematic_plan_version_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_version_response_data_desc, NULL, NULL };
const apic_type schematic_plan_price_cadence_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_price_cadence_enum_desc, NULL };
const apic_type schematic_plan_price_cadence_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_price_cadence_Type };
const apic_type schematic_plan_catalog_membership_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_catalog_membership_response_data_desc, NULL, NULL };
const apic_type schematic_plan_catalog_membership_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_catalog_membership_response_data_Type };
const apic_type schematic_billing_credit_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_credit_response_data_Type };
const apic_type schematic_plan_currency_prices_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_currency_prices_response_data_desc, NULL, NULL };
const apic_type schematic_plan_currency_prices_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_currency_prices_response_data_Type };
const apic_type schematic_custom_plan_view_config_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_custom_plan_view_config_response_data_desc, NULL, NULL };
const apic_type schematic_plan_entitlement_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_entitlement_response_data_desc, NULL, NULL };
const apic_type schematic_plan_entitlement_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_entitlement_response_data_Type };
const apic_type schematic_feature_in_plan_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_in_plan_response_data_desc, NULL, NULL };
const apic_type schematic_feature_in_plan_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_in_plan_response_data_Type };
const apic_type schematic_plan_icon_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_icon_enum_desc, NULL };
const apic_type schematic_billing_plan_credit_grant_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_plan_credit_grant_response_data_Type };
const apic_type schematic_plan_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_type_enum_desc, NULL };
const apic_type schematic_plan_version_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_version_response_data_Type };
const apic_type schematic_plan_version_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_version_status_enum_desc, NULL };
const apic_type schematic_entitlement_currency_prices_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlement_currency_prices_response_data_desc, NULL, NULL };
const apic_type schematic_entitlement_currency_prices_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entitlement_currency_prices_response_data_Type };
const apic_type schematic_feature_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_response_data_desc, NULL, NULL };
const apic_type schematic_metric_period_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_metric_period_enum_desc, NULL };
const apic_type schematic_metric_period_month_reset_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_metric_period_month_reset_enum_desc, NULL };
const apic_type schematic_plan_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_response_data_desc, NULL, NULL };
const apic_type schematic_entitlement_price_behavior_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_entitlement_price_behavior_enum_desc, NULL };
const apic_type schematic_entity_trait_definition_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_trait_definition_response_data_desc, NULL, NULL };
const apic_type schematic_entitlement_value_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_entitlement_value_type_enum_desc, NULL };
const apic_type schematic_warning_tier_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_warning_tier_response_data_desc, NULL, NULL };
const apic_type schematic_warning_tier_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_warning_tier_response_data_Type };
const apic_type schematic_feature_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_feature_type_enum_desc, NULL };
const apic_type schematic_feature_lifecycle_phase_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_feature_lifecycle_phase_enum_desc, NULL };
const apic_type schematic_entity_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_entity_type_enum_desc, NULL };
const apic_type schematic_trait_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_trait_type_enum_desc, NULL };
const apic_type schematic_event_summary_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_summary_response_data_desc, NULL, NULL };
const apic_type schematic_flag_in_plan_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_flag_in_plan_response_data_desc, NULL, NULL };
const apic_type schematic_flag_in_plan_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_flag_in_plan_response_data_Type };
const apic_type schematic_preview_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preview_object_desc, NULL, NULL };
const apic_type schematic_preview_object_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_preview_object_Type };
const apic_type schematic_flag_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_flag_type_enum_desc, NULL };
const apic_type schematic_rule_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_detail_response_data_desc, NULL, NULL };
const apic_type schematic_rule_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rule_detail_response_data_Type };
const apic_type schematic_rule_condition_group_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_condition_group_detail_response_data_desc, NULL, NULL };
const apic_type schematic_rule_condition_group_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rule_condition_group_detail_response_data_Type };
const apic_type schematic_rule_condition_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_condition_detail_response_data_desc, NULL, NULL };
const apic_type schematic_rule_condition_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rule_condition_detail_response_data_Type };
const apic_type schematic_rule_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rule_type_enum_desc, NULL };
const apic_type schematic_condition_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_condition_type_enum_desc, NULL };
const apic_type schematic_comparable_operator_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_comparable_operator_enum_desc, NULL };
const apic_type schematic_preview_object_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_preview_object_response_data_Type };
const apic_type schematic_catalog_credit_bundle_i_ds_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_credit_bundle_i_ds_response_data_desc, NULL, NULL };
const apic_type schematic_catalog_derived_feature_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_derived_feature_response_data_desc, NULL, NULL };
const apic_type schematic_catalog_derived_features_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_derived_features_response_data_desc, NULL, NULL };
const apic_type schematic_catalog_derived_feature_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_derived_feature_response_data_Type };
const apic_type schematic_catalog_plan_i_ds_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_plan_i_ds_response_data_desc, NULL, NULL };
const apic_type schematic_catalog_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalog_response_data_desc, NULL, NULL };
const apic_type schematic_change_subscription_internal_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_change_subscription_internal_request_body_desc, NULL, NULL };
const apic_type schematic_update_add_on_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_add_on_request_body_desc, NULL, NULL };
const apic_type schematic_update_add_on_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_update_add_on_request_body_Type };
const apic_type schematic_update_auto_topup_override_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_auto_topup_override_request_body_desc, NULL, NULL };
const apic_type schematic_update_auto_topup_override_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_update_auto_topup_override_request_body_Type };
const apic_type schematic_update_credit_bundle_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_credit_bundle_request_body_desc, NULL, NULL };
const apic_type schematic_update_credit_bundle_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_update_credit_bundle_request_body_Type };
const apic_type schematic_checkout_field_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_field_value_desc, NULL, NULL };
const apic_type schematic_checkout_field_value_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_checkout_field_value_Type };
const apic_type schematic_update_pay_in_advance_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_pay_in_advance_request_body_desc, NULL, NULL };
const apic_type schematic_update_pay_in_advance_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_update_pay_in_advance_request_body_Type };
const apic_type schematic_change_subscription_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_change_subscription_request_body_desc, NULL, NULL };
const apic_type schematic_check_flag_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_check_flag_request_body_desc, NULL, NULL };
const apic_type schematic_string_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type schematic_preflight_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preflight_request_body_desc, NULL, NULL };
const apic_type schematic_double_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_double };
const apic_type schematic_preflight_event_usage_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preflight_event_usage_request_body_desc, NULL, NULL };
const apic_type schematic_check_flag_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_check_flag_response_data_desc, NULL, NULL };
const apic_type schematic_feature_entitlement_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_entitlement_desc, NULL, NULL };
const apic_type schematic_warning_tier_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_warning_tier_desc, NULL, NULL };
const apic_type schematic_warning_tier_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_warning_tier_Type };
const apic_type schematic_check_flags_bulk_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_check_flags_bulk_request_body_desc, NULL, NULL };
const apic_type schematic_check_flag_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_check_flag_request_body_Type };
const apic_type schematic_check_flags_bulk_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_check_flags_bulk_response_data_desc, NULL, NULL };
const apic_type schematic_check_flags_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_check_flags_response_data_desc, NULL, NULL };
const apic_type schematic_check_flags_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_check_flags_response_data_Type };
const apic_type schematic_company_credit_balance_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_credit_balance_desc, NULL, NULL };
const apic_type schematic_company_credit_balance_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &schematic_company_credit_balance_Type };
const apic_type schematic_check_flag_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_check_flag_response_data_Type };
const apic_type schematic_datastream_company_plan_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_datastream_company_plan_desc, NULL, NULL };
const apic_type schematic_trial_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_trial_status_enum_desc, NULL };
const apic_type schematic_checkout_data_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_data_request_body_desc, NULL, NULL };
const apic_type schematic_checkout_data_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_data_response_data_desc, NULL, NULL };
const apic_type schematic_plan_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_detail_response_data_desc, NULL, NULL };
const apic_type schematic_plan_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_detail_response_data_Type };
const apic_type schematic_usage_based_entitlement_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_usage_based_entitlement_response_data_desc, NULL, NULL };
const apic_type schematic_usage_based_entitlement_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_usage_based_entitlement_response_data_Type };
const apic_type schematic_billing_credit_bundle_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_credit_bundle_response_data_Type };
const apic_type schematic_company_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_detail_response_data_desc, NULL, NULL };
const apic_type schematic_checkout_field_with_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_field_with_value_desc, NULL, NULL };
const apic_type schematic_checkout_field_with_value_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_checkout_field_with_value_Type };
const apic_type schematic_feature_usage_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_usage_detail_response_data_desc, NULL, NULL };
const apic_type schematic_credit_bundle_purchase_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_bundle_purchase_response_data_desc, NULL, NULL };
const apic_type schematic_credit_bundle_purchase_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_bundle_purchase_response_data_Type };
const apic_type schematic_company_subscription_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_subscription_response_data_desc, NULL, NULL };
const apic_type schematic_company_plan_with_billing_sub_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_plan_with_billing_sub_view_desc, NULL, NULL };
const apic_type schematic_company_plan_with_billing_sub_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_plan_with_billing_sub_view_Type };
const apic_type schematic_billing_subscription_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_subscription_view_Type };
const apic_type schematic_custom_plan_billing_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_custom_plan_billing_response_data_desc, NULL, NULL };
const apic_type schematic_custom_plan_billing_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_custom_plan_billing_response_data_Type };
const apic_type schematic_feature_entitlement_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_entitlement_Type };
const apic_type schematic_entity_trait_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_trait_detail_response_data_desc, NULL, NULL };
const apic_type schematic_entity_trait_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entity_trait_detail_response_data_Type };
const apic_type schematic_entity_key_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_key_detail_response_data_desc, NULL, NULL };
const apic_type schematic_entity_key_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entity_key_detail_response_data_Type };
const apic_type schematic_company_event_period_metrics_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_event_period_metrics_response_data_desc, NULL, NULL };
const apic_type schematic_company_event_period_metrics_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_event_period_metrics_response_data_Type };
const apic_type schematic_payment_method_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_payment_method_response_data_Type };
const apic_type schematic_generic_preview_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_generic_preview_object_desc, NULL, NULL };
const apic_type schematic_generic_preview_object_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_generic_preview_object_Type };
const apic_type schematic_rule_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_desc, NULL, NULL };
const apic_type schematic_rule_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rule_Type };
const apic_type schematic_scheduled_downgrade_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_scheduled_downgrade_response_data_desc, NULL, NULL };
const apic_type schematic_company_plan_credit_grant_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_plan_credit_grant_view_desc, NULL, NULL };
const apic_type schematic_company_plan_credit_grant_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_plan_credit_grant_view_Type };
const apic_type schematic_custom_plan_activation_strategy_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_custom_plan_activation_strategy_enum_desc, NULL };
const apic_type schematic_plan_billing_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_billing_source_enum_desc, NULL };
const apic_type schematic_custom_plan_billing_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_custom_plan_billing_status_enum_desc, NULL };
const apic_type schematic_entity_key_definition_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_key_definition_response_data_desc, NULL, NULL };
const apic_type schematic_condition_group_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_condition_group_desc, NULL, NULL };
const apic_type schematic_condition_group_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_condition_group_Type };
const apic_type schematic_condition_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_condition_desc, NULL, NULL };
const apic_type schematic_condition_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_condition_Type };
const apic_type schematic_trait_definition_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_trait_definition_desc, NULL, NULL };
const apic_type schematic_trait_definition_comparable_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_trait_definition_comparable_type_enum_desc, NULL };
const apic_type schematic_feature_usage_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_usage_response_data_desc, NULL, NULL };
const apic_type schematic_feature_usage_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_usage_response_data_Type };
const apic_type schematic_company_override_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_override_response_data_desc, NULL, NULL };
const apic_type schematic_credit_grant_detail_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_grant_detail_desc, NULL, NULL };
const apic_type schematic_credit_grant_detail_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_grant_detail_Type };
const apic_type schematic_credit_usage_aggregation_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_usage_aggregation_desc, NULL, NULL };
const apic_type schematic_entitlement_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_entitlement_type_enum_desc, NULL };
const apic_type schematic_company_override_note_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_override_note_response_data_desc, NULL, NULL };
const apic_type schematic_company_override_note_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_override_note_response_data_Type };
const apic_type schematic_checkout_field_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_field_input_desc, NULL, NULL };
const apic_type schematic_checkout_field_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_field_response_data_desc, NULL, NULL };
const apic_type schematic_checkout_settings_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_settings_response_data_desc, NULL, NULL };
const apic_type schematic_checkout_bundle_purchase_behavior_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_checkout_bundle_purchase_behavior_enum_desc, NULL };
const apic_type schematic_checkout_subscription_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_subscription_desc, NULL, NULL };
const apic_type schematic_clerk_integration_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_clerk_integration_config_desc, NULL, NULL };
const apic_type schematic_clerk_integration_config_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_clerk_integration_config_type_enum_desc, NULL };
const apic_type schematic_company_billing_address_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_billing_address_view_desc, NULL, NULL };
const apic_type schematic_company_billing_checkout_settings_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_billing_checkout_settings_desc, NULL, NULL };
const apic_type schematic_company_billing_details_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_billing_details_response_data_desc, NULL, NULL };
const apic_type schematic_company_tax_id_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_tax_id_view_desc, NULL, NULL };
const apic_type schematic_company_tax_id_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_tax_id_view_Type };
const apic_type schematic_company_billing_details_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_billing_details_view_desc, NULL, NULL };
const apic_type schematic_company_billing_entity_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_billing_entity_response_data_desc, NULL, NULL };
const apic_type schematic_company_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_response_data_desc, NULL, NULL };
const apic_type schematic_company_billing_entity_subscription_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_billing_entity_subscription_response_data_desc, NULL, NULL };
const apic_type schematic_company_credit_balance_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_credit_balance_response_data_desc, NULL, NULL };
const apic_type schematic_company_feature_usage_export_metadata_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_feature_usage_export_metadata_desc, NULL, NULL };
const apic_type schematic_company_feature_usage_export_metadata_export_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_company_feature_usage_export_metadata_export_type_enum_desc, NULL };
const apic_type schematic_company_feature_usage_export_metadata_sort_order_direction_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_company_feature_usage_export_metadata_sort_order_direction_enum_desc, NULL };
const apic_type schematic_company_feature_usage_export_metadata_visible_columns_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_company_feature_usage_export_metadata_visible_columns_item_enum_desc, NULL };
const apic_type schematic_company_feature_usage_export_metadata_visible_columns_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_feature_usage_export_metadata_visible_columns_item_Type };
const apic_type schematic_company_ledger_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_ledger_response_data_desc, NULL, NULL };
const apic_type schematic_company_membership_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_membership_detail_response_data_desc, NULL, NULL };
const apic_type schematic_company_membership_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_membership_response_data_desc, NULL, NULL };
const apic_type schematic_company_plan_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_company_plan_detail_response_data_desc, NULL, NULL };
const apic_type schematic_custom_plan_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_custom_plan_config_desc, NULL, NULL };
const apic_type schematic_plan_credit_grant_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_credit_grant_view_desc, NULL, NULL };
const apic_type schematic_plan_credit_grant_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_credit_grant_view_Type };
const apic_type schematic_company_plan_invalid_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_company_plan_invalid_reason_enum_desc, NULL };
const apic_type schematic_compatible_plans_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_compatible_plans_desc, NULL, NULL };
const apic_type schematic_compatible_plans_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_compatible_plans_response_data_desc, NULL, NULL };
const apic_type schematic_component_capabilities_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_component_capabilities_desc, NULL, NULL };
const apic_type schematic_component_checkout_settings_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_component_checkout_settings_desc, NULL, NULL };
const apic_type schematic_proration_behavior_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_proration_behavior_enum_desc, NULL };
const apic_type schematic_component_display_settings_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_component_display_settings_desc, NULL, NULL };
const apic_type schematic_component_hydrate_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_component_hydrate_response_data_desc, NULL, NULL };
const apic_type schematic_company_plan_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_plan_detail_response_data_Type };
const apic_type schematic_compatible_plans_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_compatible_plans_Type };
const apic_type schematic_component_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_component_response_data_desc, NULL, NULL };
const apic_type schematic_billing_credit_bundle_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_credit_bundle_view_Type };
const apic_type schematic_credit_company_grant_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_company_grant_view_desc, NULL, NULL };
const apic_type schematic_credit_company_grant_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_company_grant_view_Type };
const apic_type schematic_stripe_embed_info_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_stripe_embed_info_desc, NULL, NULL };
const apic_type schematic_upcoming_invoice_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_upcoming_invoice_response_data_desc, NULL, NULL };
const apic_type schematic_component_state_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_component_state_enum_desc, NULL };
const apic_type schematic_component_entity_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_component_entity_type_enum_desc, NULL };
const apic_type schematic_credit_transfer_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_transfer_view_desc, NULL, NULL };
const apic_type schematic_credit_transfer_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_transfer_view_Type };
const apic_type schematic_component_preview_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_component_preview_response_data_desc, NULL, NULL };
const apic_type schematic_invoice_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_invoice_response_data_Type };
const apic_type schematic_component_settings_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_component_settings_response_data_desc, NULL, NULL };
const apic_type schematic_condition_group_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_condition_group_response_data_desc, NULL, NULL };
const apic_type schematic_condition_group_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_condition_group_view_desc, NULL, NULL };
const apic_type schematic_condition_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_condition_view_desc, NULL, NULL };
const apic_type schematic_condition_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_condition_view_Type };
const apic_type schematic_condition_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_condition_response_data_desc, NULL, NULL };
const apic_type schematic_count_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_count_response_desc, NULL, NULL };
const apic_type schematic_coupon_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_coupon_request_body_desc, NULL, NULL };
const apic_type schematic_create_api_key_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_api_key_request_body_desc, NULL, NULL };
const apic_type schematic_create_billing_credit_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_credit_request_body_desc, NULL, NULL };
const apic_type schematic_credit_currency_price_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_currency_price_request_body_desc, NULL, NULL };
const apic_type schematic_credit_currency_price_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_currency_price_request_body_Type };
const apic_type schematic_create_billing_customer_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_customer_request_body_desc, NULL, NULL };
const apic_type schematic_create_billing_linked_feature_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_linked_feature_request_body_desc, NULL, NULL };
const apic_type schematic_create_or_update_flag_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_or_update_flag_request_body_desc, NULL, NULL };
const apic_type schematic_create_billing_linked_plan_entitlement_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_linked_plan_entitlement_request_body_desc, NULL, NULL };
const apic_type schematic_currency_price_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_currency_price_request_body_desc, NULL, NULL };
const apic_type schematic_currency_price_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_currency_price_request_body_Type };
const apic_type schematic_create_price_tier_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_price_tier_request_body_desc, NULL, NULL };
const apic_type schematic_create_price_tier_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_create_price_tier_request_body_Type };
const apic_type schematic_warning_tier_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_warning_tier_request_body_desc, NULL, NULL };
const apic_type schematic_warning_tier_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_warning_tier_request_body_Type };
const apic_type schematic_create_billing_linked_plan_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_linked_plan_request_body_desc, NULL, NULL };
const apic_type schematic_create_billing_plan_credit_grant_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_plan_credit_grant_request_body_desc, NULL, NULL };
const apic_type schematic_credit_auto_topup_amount_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_credit_auto_topup_amount_type_enum_desc, NULL };
const apic_type schematic_create_billing_price_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_price_request_body_desc, NULL, NULL };
const apic_type schematic_create_billing_price_tier_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_price_tier_request_body_desc, NULL, NULL };
const apic_type schematic_create_billing_price_tier_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_create_billing_price_tier_request_body_Type };
const apic_type schematic_create_billing_product_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_product_request_body_desc, NULL, NULL };
const apic_type schematic_create_billing_subscription_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_billing_subscription_request_body_desc, NULL, NULL };
const apic_type schematic_billing_subscription_discount_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_subscription_discount_Type };
const apic_type schematic_billing_product_pricing_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_product_pricing_Type };
const apic_type schematic_create_catalog_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_catalog_request_body_desc, NULL, NULL };
const apic_type schematic_create_company_credit_grant_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_company_credit_grant_desc, NULL, NULL };
const apic_type schematic_create_company_override_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_company_override_request_body_desc, NULL, NULL };
const apic_type schematic_create_component_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_component_request_body_desc, NULL, NULL };
const apic_type schematic_create_coupon_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_coupon_request_body_desc, NULL, NULL };
const apic_type schematic_create_credit_bundle_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_credit_bundle_request_body_desc, NULL, NULL };
const apic_type schematic_credit_bundle_currency_price_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_bundle_currency_price_request_body_desc, NULL, NULL };
const apic_type schematic_credit_bundle_currency_price_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_bundle_currency_price_request_body_Type };
const apic_type schematic_create_custom_plan_bundle_plan_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_custom_plan_bundle_plan_request_body_desc, NULL, NULL };
const apic_type schematic_create_custom_plan_bundle_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_custom_plan_bundle_request_body_desc, NULL, NULL };
const apic_type schematic_upsert_billing_product_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_upsert_billing_product_request_body_desc, NULL, NULL };
const apic_type schematic_plan_bundle_credit_grant_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_bundle_credit_grant_request_body_desc, NULL, NULL };
const apic_type schematic_plan_bundle_credit_grant_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_bundle_credit_grant_request_body_Type };
const apic_type schematic_plan_bundle_entitlement_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_bundle_entitlement_request_body_desc, NULL, NULL };
const apic_type schematic_plan_bundle_entitlement_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_bundle_entitlement_request_body_Type };
const apic_type schematic_plan_currency_price_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_currency_price_request_body_desc, NULL, NULL };
const apic_type schematic_plan_currency_price_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_currency_price_request_body_Type };
const apic_type schematic_plan_bundle_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_bundle_action_enum_desc, NULL };
const apic_type schematic_delete_billing_plan_credit_grant_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_delete_billing_plan_credit_grant_request_body_desc, NULL, NULL };
const apic_type schematic_update_billing_plan_credit_grant_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_billing_plan_credit_grant_request_body_desc, NULL, NULL };
const apic_type schematic_create_entitlement_in_bundle_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_entitlement_in_bundle_request_body_desc, NULL, NULL };
const apic_type schematic_create_custom_plan_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_custom_plan_request_body_desc, NULL, NULL };
const apic_type schematic_create_data_export_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_data_export_request_body_desc, NULL, NULL };
const apic_type schematic_data_export_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_data_export_type_enum_desc, NULL };
const apic_type schematic_data_export_metadata_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &schematic_data_export_metadata_desc.kinds, NULL };
const apic_type schematic_data_export_output_file_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_data_export_output_file_type_enum_desc, NULL };
const apic_type schematic_event_export_metadata_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_export_metadata_desc, NULL, NULL };
const apic_type schematic_event_export_metadata_event_types_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_event_export_metadata_event_types_item_enum_desc, NULL };
const apic_type schematic_event_export_metadata_event_types_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_event_export_metadata_event_types_item_Type };
const apic_type schematic_event_export_metadata_export_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_event_export_metadata_export_type_enum_desc, NULL };
const apic_type schematic_create_entitlement_req_common_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_entitlement_req_common_desc, NULL, NULL };
const apic_type schematic_create_entity_trait_definition_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_entity_trait_definition_request_body_desc, NULL, NULL };
const apic_type schematic_create_environment_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_environment_request_body_desc, NULL, NULL };
const apic_type schematic_create_event_batch_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_event_batch_request_body_desc, NULL, NULL };
const apic_type schematic_create_event_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_event_request_body_desc, NULL, NULL };
const apic_type schematic_create_event_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_create_event_request_body_Type };
const apic_type schematic_event_body_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &schematic_event_body_desc.kinds, NULL };
const apic_type schematic_event_type_model_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_event_type_model_enum_desc, NULL };
const apic_type schematic_event_body_track_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_body_track_desc, NULL, NULL };
const apic_type schematic_event_body_flag_check_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_body_flag_check_desc, NULL, NULL };
const apic_type schematic_event_body_identify_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_body_identify_desc, NULL, NULL };
const apic_type schematic_event_body_identify_company_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_body_identify_company_desc, NULL, NULL };
const apic_type schematic_event_body_inference_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_body_inference_desc, NULL, NULL };
const apic_type schematic_create_feature_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_feature_request_body_desc, NULL, NULL };
const apic_type schematic_create_flag_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_flag_request_body_desc, NULL, NULL };
const apic_type schematic_create_invoice_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_invoice_request_body_desc, NULL, NULL };
const apic_type schematic_create_meter_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_meter_request_body_desc, NULL, NULL };
const apic_type schematic_create_migration_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_migration_input_desc, NULL, NULL };
const apic_type schematic_migration_proration_behavior_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_migration_proration_behavior_enum_desc, NULL };
const apic_type schematic_plan_version_migration_strategy_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_version_migration_strategy_enum_desc, NULL };
const apic_type schematic_create_or_update_condition_group_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_or_update_condition_group_request_body_desc, NULL, NULL };
const apic_type schematic_create_or_update_condition_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_or_update_condition_request_body_desc, NULL, NULL };
const apic_type schematic_create_or_update_condition_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_create_or_update_condition_request_body_Type };
const apic_type schematic_create_or_update_rule_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_or_update_rule_request_body_desc, NULL, NULL };
const apic_type schematic_create_or_update_condition_group_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_create_or_update_condition_group_request_body_Type };
const apic_type schematic_create_payment_method_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_payment_method_request_body_desc, NULL, NULL };
const apic_type schematic_create_plan_bundle_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_plan_bundle_request_body_desc, NULL, NULL };
const apic_type schematic_create_plan_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_plan_request_body_desc, NULL, NULL };
const apic_type schematic_create_plan_entitlement_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_plan_entitlement_request_body_desc, NULL, NULL };
const apic_type schematic_create_plan_group_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_plan_group_request_body_desc, NULL, NULL };
const apic_type schematic_checkout_field_input_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_checkout_field_input_Type };
const apic_type schematic_ordered_plans_in_group_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_ordered_plans_in_group_desc, NULL, NULL };
const apic_type schematic_ordered_plans_in_group_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_ordered_plans_in_group_Type };
const apic_type schematic_plan_group_bundle_order_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_group_bundle_order_desc, NULL, NULL };
const apic_type schematic_plan_group_bundle_order_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_group_bundle_order_Type };
const apic_type schematic_scheduled_downgrade_config_behavior_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_scheduled_downgrade_config_behavior_enum_desc, NULL };
const apic_type schematic_entitlements_in_plan_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_in_plan_desc, NULL, NULL };
const apic_type schematic_entitlements_in_plan_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entitlements_in_plan_Type };
const apic_type schematic_create_scheduled_checkout_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_scheduled_checkout_request_desc, NULL, NULL };
const apic_type schematic_create_webhook_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_create_webhook_request_body_desc, NULL, NULL };
const apic_type schematic_credit_trigger_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_trigger_config_desc, NULL, NULL };
const apic_type schematic_credit_trigger_config_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_trigger_config_Type };
const apic_type schematic_entitlement_trigger_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlement_trigger_config_desc, NULL, NULL };
const apic_type schematic_entitlement_trigger_config_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entitlement_trigger_config_Type };
const apic_type schematic_webhook_request_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_webhook_request_type_enum_desc, NULL };
const apic_type schematic_webhook_request_type_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_webhook_request_type_Type };
const apic_type schematic_credit_event_ledger_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_event_ledger_response_data_desc, NULL, NULL };
const apic_type schematic_credit_event_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_credit_event_type_enum_desc, NULL };
const apic_type schematic_feature_ledger_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_ledger_response_data_desc, NULL, NULL };
const apic_type schematic_credit_usage_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_credit_usage_reason_enum_desc, NULL };
const apic_type schematic_credit_grant_expiry_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_grant_expiry_request_body_desc, NULL, NULL };
const apic_type schematic_credit_lease_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_lease_response_data_desc, NULL, NULL };
const apic_type schematic_credit_usage_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credit_usage_desc, NULL, NULL };
const apic_type schematic_credits_auto_topup_company_summary_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_auto_topup_company_summary_desc, NULL, NULL };
const apic_type schematic_credits_auto_topup_credit_summary_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_auto_topup_credit_summary_desc, NULL, NULL };
const apic_type schematic_credits_auto_topup_hard_failure_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_auto_topup_hard_failure_desc, NULL, NULL };
const apic_type schematic_credits_auto_topup_retry_failure_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_auto_topup_retry_failure_desc, NULL, NULL };
const apic_type schematic_credits_auto_topup_success_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_auto_topup_success_desc, NULL, NULL };
const apic_type schematic_credits_credit_purchase_success_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_credit_purchase_success_desc, NULL, NULL };
const apic_type schematic_credits_webhook_company_summary_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_webhook_company_summary_desc, NULL, NULL };
const apic_type schematic_credits_webhook_credit_summary_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_webhook_credit_summary_desc, NULL, NULL };
const apic_type schematic_customer_billing_address_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_customer_billing_address_desc, NULL, NULL };
const apic_type schematic_data_event_payload_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_data_event_payload_desc, NULL, NULL };
const apic_type schematic_data_export_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_data_export_response_data_desc, NULL, NULL };
const apic_type schematic_data_export_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_data_export_status_enum_desc, NULL };
const apic_type schematic_delete_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_delete_response_desc, NULL, NULL };
const apic_type schematic_duplicate_plan_entitlements_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_duplicate_plan_entitlements_request_body_desc, NULL, NULL };
const apic_type schematic_duplicate_plan_entitlements_response_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_duplicate_plan_entitlements_response_response_data_desc, NULL, NULL };
const apic_type schematic_plan_issue_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_issue_response_data_desc, NULL, NULL };
const apic_type schematic_plan_issue_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_issue_response_data_Type };
const apic_type schematic_skipped_entitlement_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_skipped_entitlement_response_data_desc, NULL, NULL };
const apic_type schematic_skipped_entitlement_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_skipped_entitlement_response_data_Type };
const apic_type schematic_skipped_entitlement_error_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_skipped_entitlement_error_response_data_desc, NULL, NULL };
const apic_type schematic_skipped_entitlement_error_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_skipped_entitlement_error_response_data_Type };
const apic_type schematic_entity_key_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_key_response_data_desc, NULL, NULL };
const apic_type schematic_entity_trait_definition_usage_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_trait_definition_usage_desc, NULL, NULL };
const apic_type schematic_entity_trait_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_trait_response_data_desc, NULL, NULL };
const apic_type schematic_entity_trait_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entity_trait_value_desc, NULL, NULL };
const apic_type schematic_environment_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_environment_detail_response_data_desc, NULL, NULL };
const apic_type schematic_api_key_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_api_key_response_data_Type };
const apic_type schematic_environment_feature_usage_time_series_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_environment_feature_usage_time_series_response_data_desc, NULL, NULL };
const apic_type schematic_environment_usage_point_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_environment_usage_point_response_data_desc, NULL, NULL };
const apic_type schematic_environment_usage_point_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_environment_usage_point_response_data_Type };
const apic_type schematic_environment_trait_usage_time_series_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_environment_trait_usage_time_series_response_data_desc, NULL, NULL };
const apic_type schematic_event_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_detail_response_data_desc, NULL, NULL };
const apic_type schematic_event_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_event_status_enum_desc, NULL };
const apic_type schematic_event_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_event_response_data_desc, NULL, NULL };
const apic_type schematic_extend_credit_lease_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_extend_credit_lease_request_body_desc, NULL, NULL };
const apic_type schematic_feature_company_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_company_response_data_desc, NULL, NULL };
const apic_type schematic_feature_company_user_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_company_user_response_data_desc, NULL, NULL };
const apic_type schematic_feature_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_detail_response_data_desc, NULL, NULL };
const apic_type schematic_user_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_response_data_desc, NULL, NULL };
const apic_type schematic_flag_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_flag_detail_response_data_desc, NULL, NULL };
const apic_type schematic_flag_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_flag_detail_response_data_Type };
const apic_type schematic_feature_usage_history_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_usage_history_response_data_desc, NULL, NULL };
const apic_type schematic_feature_usage_legacy_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_usage_legacy_response_data_desc, NULL, NULL };
const apic_type schematic_feature_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_view_desc, NULL, NULL };
const apic_type schematic_flag_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_flag_view_desc, NULL, NULL };
const apic_type schematic_flag_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_flag_view_Type };
const apic_type schematic_rule_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_view_desc, NULL, NULL };
const apic_type schematic_rule_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rule_view_Type };
const apic_type schematic_condition_group_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_condition_group_view_Type };
const apic_type schematic_feature_usage_time_series_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_feature_usage_time_series_response_data_desc, NULL, NULL };
const apic_type schematic_limit_time_series_point_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_limit_time_series_point_response_data_desc, NULL, NULL };
const apic_type schematic_limit_time_series_point_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_limit_time_series_point_response_data_Type };
const apic_type schematic_usage_time_series_point_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_usage_time_series_point_response_data_desc, NULL, NULL };
const apic_type schematic_usage_time_series_point_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_usage_time_series_point_response_data_Type };
const apic_type schematic_flag_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_flag_response_data_desc, NULL, NULL };
const apic_type schematic_get_onboarding_state_resp_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_get_onboarding_state_resp_desc, NULL, NULL };
const apic_type schematic_onboarding_milestone_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_onboarding_milestone_view_desc, NULL, NULL };
const apic_type schematic_onboarding_milestone_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_onboarding_milestone_view_Type };
const apic_type schematic_onboarding_path_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_onboarding_path_enum_desc, NULL };
const apic_type schematic_onboarding_requirement_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_onboarding_requirement_view_desc, NULL, NULL };
const apic_type schematic_onboarding_requirement_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_onboarding_requirement_view_Type };
const apic_type schematic_onboarding_requirement_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_onboarding_requirement_enum_desc, NULL };
const apic_type schematic_onboarding_requirement_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_onboarding_requirement_Type };
const apic_type schematic_onboarding_track_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_onboarding_track_enum_desc, NULL };
const apic_type schematic_onboarding_milestone_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_onboarding_milestone_enum_desc, NULL };
const apic_type schematic_onboarding_requirement_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_onboarding_requirement_status_enum_desc, NULL };
const apic_type schematic_get_or_create_company_membership_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_get_or_create_company_membership_request_body_desc, NULL, NULL };
const apic_type schematic_insights_summary_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_summary_response_data_desc, NULL, NULL };
const apic_type schematic_mrr_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_mrr_response_data_desc, NULL, NULL };
const apic_type schematic_mrr_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_mrr_response_data_Type };
const apic_type schematic_install_integration_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_install_integration_request_body_desc, NULL, NULL };
const apic_type schematic_company_matching_criteria_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_company_matching_criteria_enum_desc, NULL };
const apic_type schematic_integration_capabilities_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integration_capabilities_desc, NULL, NULL };
const apic_type schematic_stripe_integration_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_stripe_integration_config_desc, NULL, NULL };
const apic_type schematic_stripe_integration_config_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_stripe_integration_config_type_enum_desc, NULL };
const apic_type schematic_orb_integration_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_orb_integration_config_desc, NULL, NULL };
const apic_type schematic_orb_integration_config_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_orb_integration_config_type_enum_desc, NULL };
const apic_type schematic_work_os_integration_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_work_os_integration_config_desc, NULL, NULL };
const apic_type schematic_work_os_integration_config_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_work_os_integration_config_type_enum_desc, NULL };
const apic_type schematic_metronome_integration_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_metronome_integration_config_desc, NULL, NULL };
const apic_type schematic_metronome_integration_config_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_metronome_integration_config_type_enum_desc, NULL };
const apic_type schematic_integration_install_config_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integration_install_config_desc, NULL, NULL };
const apic_type schematic_integration_config_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &schematic_integration_config_desc.kinds, NULL };
const apic_type schematic_integration_install_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integration_install_response_data_desc, NULL, NULL };
const apic_type schematic_integration_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integration_response_data_desc, NULL, NULL };
const apic_type schematic_integration_webhook_url_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integration_webhook_url_response_data_desc, NULL, NULL };
const apic_type schematic_integrations_data_set_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrations_data_set_response_data_desc, NULL, NULL };
const apic_type schematic_integrations_list_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrations_list_response_data_desc, NULL, NULL };
const apic_type schematic_integrations_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrations_response_data_desc, NULL, NULL };
const apic_type schematic_invoice_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_invoice_request_body_desc, NULL, NULL };
const apic_type schematic_issue_temporary_access_token_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_issue_temporary_access_token_request_body_desc, NULL, NULL };
const apic_type schematic_temporary_access_token_resource_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_temporary_access_token_resource_type_enum_desc, NULL };
const apic_type schematic_issue_temporary_access_token_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_issue_temporary_access_token_response_data_desc, NULL, NULL };
const apic_type schematic_keys_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_keys_request_body_desc, NULL, NULL };
const apic_type schematic_license_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_license_response_data_desc, NULL, NULL };
const apic_type schematic_manage_plan_preview_response_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_manage_plan_preview_response_response_data_desc, NULL, NULL };
const apic_type schematic_preview_subscription_change_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preview_subscription_change_response_data_desc, NULL, NULL };
const apic_type schematic_preview_subscription_finance_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preview_subscription_finance_response_data_desc, NULL, NULL };
const apic_type schematic_preview_subscription_discount_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preview_subscription_discount_response_data_desc, NULL, NULL };
const apic_type schematic_preview_subscription_discount_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_preview_subscription_discount_response_data_Type };
const apic_type schematic_preview_subscription_upcoming_invoice_line_items_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preview_subscription_upcoming_invoice_line_items_desc, NULL, NULL };
const apic_type schematic_preview_subscription_upcoming_invoice_line_items_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_preview_subscription_upcoming_invoice_line_items_Type };
const apic_type schematic_manage_plan_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_manage_plan_request_desc, NULL, NULL };
const apic_type schematic_plan_selection_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_selection_desc, NULL, NULL };
const apic_type schematic_plan_selection_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_selection_Type };
const apic_type schematic_billing_collection_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_billing_collection_method_enum_desc, NULL };
const apic_type schematic_manage_plan_response_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_manage_plan_response_response_data_desc, NULL, NULL };
const apic_type schematic_meter_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_meter_request_body_desc, NULL, NULL };
const apic_type schematic_payment_method_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_payment_method_request_body_desc, NULL, NULL };
const apic_type schematic_plan_bundle_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_bundle_response_data_desc, NULL, NULL };
const apic_type schematic_plan_change_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_change_response_data_desc, NULL, NULL };
const apic_type schematic_plan_change_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_change_action_enum_desc, NULL };
const apic_type schematic_plan_snapshot_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_snapshot_view_desc, NULL, NULL };
const apic_type schematic_plan_snapshot_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_snapshot_view_Type };
const apic_type schematic_plan_change_base_plan_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_change_base_plan_action_enum_desc, NULL };
const apic_type schematic_plan_version_snapshot_view_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_version_snapshot_view_desc, NULL, NULL };
const apic_type schematic_plan_change_subscription_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_change_subscription_action_enum_desc, NULL };
const apic_type schematic_subscription_trait_update_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_subscription_trait_update_desc, NULL, NULL };
const apic_type schematic_subscription_trait_update_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_subscription_trait_update_Type };
const apic_type schematic_plan_entitlements_order_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_entitlements_order_desc, NULL, NULL };
const apic_type schematic_plan_group_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_group_detail_response_data_desc, NULL, NULL };
const apic_type schematic_checkout_field_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_checkout_field_response_data_Type };
const apic_type schematic_plan_group_plan_entitlements_order_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_group_plan_entitlements_order_desc, NULL, NULL };
const apic_type schematic_plan_group_plan_entitlements_order_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_group_plan_entitlements_order_Type };
const apic_type schematic_plan_entitlements_order_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_entitlements_order_Type };
const apic_type schematic_plan_group_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_group_response_data_desc, NULL, NULL };
const apic_type schematic_compatible_plans_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_compatible_plans_response_data_Type };
const apic_type schematic_plan_growth_point_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_growth_point_response_data_desc, NULL, NULL };
const apic_type schematic_plan_growth_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_growth_response_data_desc, NULL, NULL };
const apic_type schematic_plan_growth_point_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_growth_point_response_data_Type };
const apic_type schematic_plan_trait_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_trait_response_data_desc, NULL, NULL };
const apic_type schematic_plan_version_company_migration_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_version_company_migration_response_data_desc, NULL, NULL };
const apic_type schematic_migration_error_code_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_migration_error_code_enum_desc, NULL };
const apic_type schematic_plan_version_company_migration_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_version_company_migration_status_enum_desc, NULL };
const apic_type schematic_plan_version_migration_preview_company_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_version_migration_preview_company_response_data_desc, NULL, NULL };
const apic_type schematic_plan_version_migration_preview_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_version_migration_preview_response_data_desc, NULL, NULL };
const apic_type schematic_plan_version_migration_preview_company_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_version_migration_preview_company_response_data_Type };
const apic_type schematic_plan_version_migration_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_version_migration_response_data_desc, NULL, NULL };
const apic_type schematic_plan_version_migration_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_plan_version_migration_status_enum_desc, NULL };
const apic_type schematic_plan_view_public_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plan_view_public_response_data_desc, NULL, NULL };
const apic_type schematic_preview_migration_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_preview_migration_request_body_desc, NULL, NULL };
const apic_type schematic_public_plans_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_public_plans_response_data_desc, NULL, NULL };
const apic_type schematic_plan_view_public_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_view_public_response_data_Type };
const apic_type schematic_publish_plan_version_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_publish_plan_version_request_body_desc, NULL, NULL };
const apic_type schematic_tax_id_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_tax_id_input_desc, NULL, NULL };
const apic_type schematic_tax_id_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_tax_id_type_enum_desc, NULL };
const apic_type schematic_quickstart_resp_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_quickstart_resp_desc, NULL, NULL };
const apic_type schematic_raw_event_batch_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_raw_event_batch_response_data_desc, NULL, NULL };
const apic_type schematic_raw_event_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_raw_event_response_data_desc, NULL, NULL };
const apic_type schematic_raw_event_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_raw_event_response_data_Type };
const apic_type schematic_retry_custom_plan_billing_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_retry_custom_plan_billing_request_body_desc, NULL, NULL };
const apic_type schematic_retry_migration_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_retry_migration_request_body_desc, NULL, NULL };
const apic_type schematic_migration_error_code_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_migration_error_code_Type };
const apic_type schematic_rule_condition_group_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_condition_group_response_data_desc, NULL, NULL };
const apic_type schematic_rule_condition_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_condition_response_data_desc, NULL, NULL };
const apic_type schematic_rule_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rule_response_data_desc, NULL, NULL };
const apic_type schematic_rules_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rules_detail_response_data_desc, NULL, NULL };
const apic_type schematic_rulesengine_check_flag_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_check_flag_result_desc, NULL, NULL };
const apic_type schematic_rulesengine_feature_entitlement_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_feature_entitlement_desc, NULL, NULL };
const apic_type schematic_rulesengine_metric_period_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rulesengine_metric_period_enum_desc, NULL };
const apic_type schematic_rulesengine_rule_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rulesengine_rule_type_enum_desc, NULL };
const apic_type schematic_rulesengine_metric_period_month_reset_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rulesengine_metric_period_month_reset_enum_desc, NULL };
const apic_type schematic_rulesengine_entitlement_value_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rulesengine_entitlement_value_type_enum_desc, NULL };
const apic_type schematic_rulesengine_warning_tier_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_warning_tier_desc, NULL, NULL };
const apic_type schematic_rulesengine_warning_tier_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rulesengine_warning_tier_Type };
const apic_type schematic_rulesengine_company_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_company_desc, NULL, NULL };
const apic_type schematic_rulesengine_feature_entitlement_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rulesengine_feature_entitlement_Type };
const apic_type schematic_rulesengine_company_metric_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_company_metric_desc, NULL, NULL };
const apic_type schematic_rulesengine_company_metric_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rulesengine_company_metric_Type };
const apic_type schematic_rulesengine_rule_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_rule_desc, NULL, NULL };
const apic_type schematic_rulesengine_rule_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rulesengine_rule_Type };
const apic_type schematic_rulesengine_subscription_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_subscription_desc, NULL, NULL };
const apic_type schematic_rulesengine_trait_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_trait_desc, NULL, NULL };
const apic_type schematic_rulesengine_trait_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rulesengine_trait_Type };
const apic_type schematic_rulesengine_condition_group_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_condition_group_desc, NULL, NULL };
const apic_type schematic_rulesengine_condition_group_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rulesengine_condition_group_Type };
const apic_type schematic_rulesengine_condition_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_condition_desc, NULL, NULL };
const apic_type schematic_rulesengine_condition_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_rulesengine_condition_Type };
const apic_type schematic_rulesengine_trait_definition_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_trait_definition_desc, NULL, NULL };
const apic_type schematic_rulesengine_condition_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rulesengine_condition_type_enum_desc, NULL };
const apic_type schematic_rulesengine_trait_definition_comparable_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rulesengine_trait_definition_comparable_type_enum_desc, NULL };
const apic_type schematic_rulesengine_entity_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_rulesengine_entity_type_enum_desc, NULL };
const apic_type schematic_rulesengine_flag_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_flag_desc, NULL, NULL };
const apic_type schematic_rulesengine_user_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_rulesengine_user_desc, NULL, NULL };
const apic_type schematic_scheduled_checkout_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_scheduled_checkout_response_data_desc, NULL, NULL };
const apic_type schematic_scheduled_checkout_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_scheduled_checkout_status_enum_desc, NULL };
const apic_type schematic_segment_status_resp_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_segment_status_resp_desc, NULL, NULL };
const apic_type schematic_start_data_import_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_start_data_import_request_body_desc, NULL, NULL };
const apic_type schematic_temporary_access_token_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_temporary_access_token_response_data_desc, NULL, NULL };
const apic_type schematic_test_webhook_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_test_webhook_request_body_desc, NULL, NULL };
const apic_type schematic_test_webhook_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_test_webhook_response_data_desc, NULL, NULL };
const apic_type schematic_top_feature_by_usage_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_top_feature_by_usage_response_data_desc, NULL, NULL };
const apic_type schematic_top_features_by_usage_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_top_features_by_usage_response_data_desc, NULL, NULL };
const apic_type schematic_top_feature_by_usage_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_top_feature_by_usage_response_data_Type };
const apic_type schematic_update_api_key_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_api_key_request_body_desc, NULL, NULL };
const apic_type schematic_update_billing_credit_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_billing_credit_request_body_desc, NULL, NULL };
const apic_type schematic_update_catalog_configuration_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_catalog_configuration_request_body_desc, NULL, NULL };
const apic_type schematic_catalog_config_ordered_plan_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_config_ordered_plan_Type };
const apic_type schematic_catalog_config_ordered_bundle_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_config_ordered_bundle_Type };
const apic_type schematic_update_catalog_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_catalog_request_body_desc, NULL, NULL };
const apic_type schematic_update_company_billing_details_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_company_billing_details_request_body_desc, NULL, NULL };
const apic_type schematic_update_company_override_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_company_override_request_body_desc, NULL, NULL };
const apic_type schematic_update_company_plans_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_company_plans_request_body_desc, NULL, NULL };
const apic_type schematic_update_component_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_component_request_body_desc, NULL, NULL };
const apic_type schematic_update_credit_bundle_details_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_credit_bundle_details_request_body_desc, NULL, NULL };
const apic_type schematic_update_entitlement_req_common_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_entitlement_req_common_desc, NULL, NULL };
const apic_type schematic_update_entity_trait_definition_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_entity_trait_definition_request_body_desc, NULL, NULL };
const apic_type schematic_update_environment_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_environment_request_body_desc, NULL, NULL };
const apic_type schematic_update_feature_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_feature_request_body_desc, NULL, NULL };
const apic_type schematic_update_flag_rules_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_flag_rules_request_body_desc, NULL, NULL };
const apic_type schematic_create_or_update_rule_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_create_or_update_rule_request_body_Type };
const apic_type schematic_update_onboarding_state_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_onboarding_state_request_body_desc, NULL, NULL };
const apic_type schematic_update_plan_bundle_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_plan_bundle_request_body_desc, NULL, NULL };
const apic_type schematic_update_plan_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_plan_request_body_desc, NULL, NULL };
const apic_type schematic_update_plan_entitlement_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_plan_entitlement_request_body_desc, NULL, NULL };
const apic_type schematic_update_plan_group_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_plan_group_request_body_desc, NULL, NULL };
const apic_type schematic_update_plan_trait_bulk_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_plan_trait_bulk_request_body_desc, NULL, NULL };
const apic_type schematic_update_plan_trait_trait_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_plan_trait_trait_request_body_desc, NULL, NULL };
const apic_type schematic_update_plan_trait_trait_request_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_update_plan_trait_trait_request_body_Type };
const apic_type schematic_update_rule_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_rule_request_body_desc, NULL, NULL };
const apic_type schematic_update_scheduled_checkout_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_scheduled_checkout_request_desc, NULL, NULL };
const apic_type schematic_update_trial_end_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_trial_end_request_body_desc, NULL, NULL };
const apic_type schematic_update_webhook_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_update_webhook_request_body_desc, NULL, NULL };
const apic_type schematic_webhook_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_webhook_status_enum_desc, NULL };
const apic_type schematic_upsert_company_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_upsert_company_request_body_desc, NULL, NULL };
const apic_type schematic_upsert_trait_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_upsert_trait_request_body_desc, NULL, NULL };
const apic_type schematic_upsert_user_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_upsert_user_request_body_desc, NULL, NULL };
const apic_type schematic_string_map_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_string_map_Type };
const apic_type schematic_upsert_user_sub_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_upsert_user_sub_request_body_desc, NULL, NULL };
const apic_type schematic_usage_based_entitlement_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_usage_based_entitlement_request_body_desc, NULL, NULL };
const apic_type schematic_user_credit_usage_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_credit_usage_response_data_desc, NULL, NULL };
const apic_type schematic_user_daily_credit_point_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_daily_credit_point_response_data_desc, NULL, NULL };
const apic_type schematic_user_daily_usage_point_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_daily_usage_point_response_data_desc, NULL, NULL };
const apic_type schematic_user_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_detail_response_data_desc, NULL, NULL };
const apic_type schematic_company_membership_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_membership_detail_response_data_Type };
const apic_type schematic_user_feature_usage_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_feature_usage_response_data_desc, NULL, NULL };
const apic_type schematic_user_usage_by_company_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_usage_by_company_response_data_desc, NULL, NULL };
const apic_type schematic_user_credit_usage_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_user_credit_usage_response_data_Type };
const apic_type schematic_user_feature_usage_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_user_feature_usage_response_data_Type };
const apic_type schematic_user_usage_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_user_usage_detail_response_data_desc, NULL, NULL };
const apic_type schematic_user_daily_credit_point_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_user_daily_credit_point_response_data_Type };
const apic_type schematic_user_daily_usage_point_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_user_daily_usage_point_response_data_Type };
const apic_type schematic_web_feature_usage_webhook_output_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_web_feature_usage_webhook_output_desc, NULL, NULL };
const apic_type schematic_web_scheduled_downgrade_webhook_output_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_web_scheduled_downgrade_webhook_output_desc, NULL, NULL };
const apic_type schematic_webhook_event_detail_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhook_event_detail_response_data_desc, NULL, NULL };
const apic_type schematic_webhook_event_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_webhook_event_status_enum_desc, NULL };
const apic_type schematic_webhook_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhook_response_data_desc, NULL, NULL };
const apic_type schematic_webhook_event_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhook_event_response_data_desc, NULL, NULL };
const apic_type schematic_webhook_url_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhook_url_desc, NULL, NULL };
const apic_type schematic_who_am_i_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_who_am_i_response_data_desc, NULL, NULL };
const apic_type schematic_environment_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_environment_response_data_Type };
const apic_type schematic_zero_out_grant_request_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_zero_out_grant_request_body_desc, NULL, NULL };
const apic_type schematic_accounts_list_members_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_members_response_desc, NULL, NULL };
const apic_type schematic_account_member_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_account_member_response_data_Type };
const apic_type schematic_accounts_list_members_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_members_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_get_member_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_get_member_response_desc, NULL, NULL };
const apic_type schematic_accounts_count_members_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_count_members_response_desc, NULL, NULL };
const apic_type schematic_accounts_count_members_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_count_members_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_list_api_keys_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_api_keys_response_desc, NULL, NULL };
const apic_type schematic_accounts_list_api_keys_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_api_keys_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_create_api_key_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_create_api_key_response_desc, NULL, NULL };
const apic_type schematic_accounts_get_api_key_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_get_api_key_response_desc, NULL, NULL };
const apic_type schematic_accounts_update_api_key_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_update_api_key_response_desc, NULL, NULL };
const apic_type schematic_accounts_delete_api_key_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_delete_api_key_response_desc, NULL, NULL };
const apic_type schematic_accounts_count_api_keys_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_count_api_keys_response_desc, NULL, NULL };
const apic_type schematic_accounts_count_api_keys_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_count_api_keys_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_list_audit_logs_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_audit_logs_response_desc, NULL, NULL };
const apic_type schematic_audit_log_list_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_audit_log_list_response_data_Type };
const apic_type schematic_accounts_list_audit_logs_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_audit_logs_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_get_audit_log_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_get_audit_log_response_desc, NULL, NULL };
const apic_type schematic_accounts_count_audit_logs_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_count_audit_logs_response_desc, NULL, NULL };
const apic_type schematic_accounts_count_audit_logs_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_count_audit_logs_response_params_desc, NULL, NULL };
const apic_type schematic_billing_list_coupons_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_coupons_response_desc, NULL, NULL };
const apic_type schematic_billing_coupon_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_coupon_response_data_Type };
const apic_type schematic_billing_list_coupons_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_coupons_response_params_desc, NULL, NULL };
const apic_type schematic_billing_upsert_coupon_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_coupon_response_desc, NULL, NULL };
const apic_type schematic_billing_delete_coupon_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_delete_coupon_response_desc, NULL, NULL };
const apic_type schematic_credits_list_billing_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_billing_response_desc, NULL, NULL };
const apic_type schematic_credits_list_billing_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_billing_response_params_desc, NULL, NULL };
const apic_type schematic_credits_create_billing_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_create_billing_response_desc, NULL, NULL };
const apic_type schematic_credits_get_single_billing_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_get_single_billing_response_desc, NULL, NULL };
const apic_type schematic_credits_update_billing_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_update_billing_response_desc, NULL, NULL };
const apic_type schematic_credits_soft_delete_billing_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_soft_delete_billing_response_desc, NULL, NULL };
const apic_type schematic_credits_list_company_balances_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_company_balances_response_desc, NULL, NULL };
const apic_type schematic_company_credit_balance_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_credit_balance_response_data_Type };
const apic_type schematic_credits_list_company_balances_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_company_balances_response_params_desc, NULL, NULL };
const apic_type schematic_credits_list_bundles_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_bundles_response_desc, NULL, NULL };
const apic_type schematic_credits_list_bundles_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_bundles_response_params_desc, NULL, NULL };
const apic_type schematic_credits_create_bundle_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_create_bundle_response_desc, NULL, NULL };
const apic_type schematic_credits_get_bundle_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_get_bundle_response_desc, NULL, NULL };
const apic_type schematic_credits_update_bundle_details_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_update_bundle_details_response_desc, NULL, NULL };
const apic_type schematic_credits_delete_bundle_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_delete_bundle_response_desc, NULL, NULL };
const apic_type schematic_credits_count_bundles_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_bundles_response_desc, NULL, NULL };
const apic_type schematic_credits_count_bundles_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_bundles_response_params_desc, NULL, NULL };
const apic_type schematic_credits_count_billing_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_billing_response_desc, NULL, NULL };
const apic_type schematic_credits_count_billing_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_billing_response_params_desc, NULL, NULL };
const apic_type schematic_credits_zero_out_grant_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_zero_out_grant_response_desc, NULL, NULL };
const apic_type schematic_credits_grant_billing_to_company_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_grant_billing_to_company_response_desc, NULL, NULL };
const apic_type schematic_credits_count_company_grants_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_company_grants_response_desc, NULL, NULL };
const apic_type schematic_credits_count_company_grants_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_company_grants_response_params_desc, NULL, NULL };
const apic_type schematic_sort_direction_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_sort_direction_enum_desc, NULL };
const apic_type schematic_credit_grant_sort_order_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_credit_grant_sort_order_enum_desc, NULL };
const apic_type schematic_credits_list_company_grants_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_company_grants_response_desc, NULL, NULL };
const apic_type schematic_billing_credit_grant_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_credit_grant_response_data_Type };
const apic_type schematic_credits_list_company_grants_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_company_grants_response_params_desc, NULL, NULL };
const apic_type schematic_credits_count_billing_grants_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_billing_grants_response_desc, NULL, NULL };
const apic_type schematic_credits_count_billing_grants_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_billing_grants_response_params_desc, NULL, NULL };
const apic_type schematic_credits_list_grants_for_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_grants_for_response_desc, NULL, NULL };
const apic_type schematic_credits_list_grants_for_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_grants_for_response_params_desc, NULL, NULL };
const apic_type schematic_credits_acquire_lease_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_acquire_lease_response_desc, NULL, NULL };
const apic_type schematic_credits_extend_lease_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_extend_lease_response_desc, NULL, NULL };
const apic_type schematic_credits_release_lease_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_release_lease_response_desc, NULL, NULL };
const apic_type schematic_credits_list_billing_plan_grants_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_billing_plan_grants_response_desc, NULL, NULL };
const apic_type schematic_credits_list_billing_plan_grants_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_billing_plan_grants_response_params_desc, NULL, NULL };
const apic_type schematic_credits_create_billing_plan_grant_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_create_billing_plan_grant_response_desc, NULL, NULL };
const apic_type schematic_credits_get_single_billing_plan_grant_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_get_single_billing_plan_grant_response_desc, NULL, NULL };
const apic_type schematic_credits_update_billing_plan_grant_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_update_billing_plan_grant_response_desc, NULL, NULL };
const apic_type schematic_credits_delete_billing_plan_grant_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_delete_billing_plan_grant_response_desc, NULL, NULL };
const apic_type schematic_credits_delete_billing_plan_grant_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_delete_billing_plan_grant_response_params_desc, NULL, NULL };
const apic_type schematic_credits_count_billing_plan_grants_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_billing_plan_grants_response_desc, NULL, NULL };
const apic_type schematic_credits_count_billing_plan_grants_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_billing_plan_grants_response_params_desc, NULL, NULL };
const apic_type schematic_billing_delete_customer_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_delete_customer_response_desc, NULL, NULL };
const apic_type schematic_billing_upsert_customer_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_customer_response_desc, NULL, NULL };
const apic_type schematic_billing_list_customers_with_subscriptions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_customers_with_subscriptions_response_desc, NULL, NULL };
const apic_type schematic_billing_customer_with_subscriptions_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_customer_with_subscriptions_response_data_Type };
const apic_type schematic_billing_list_customers_with_subscriptions_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_customers_with_subscriptions_response_params_desc, NULL, NULL };
const apic_type schematic_billing_count_customers_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_count_customers_response_desc, NULL, NULL };
const apic_type schematic_billing_count_customers_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_count_customers_response_params_desc, NULL, NULL };
const apic_type schematic_billing_list_invoices_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_invoices_response_desc, NULL, NULL };
const apic_type schematic_billing_list_invoices_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_invoices_response_params_desc, NULL, NULL };
const apic_type schematic_billing_upsert_invoice_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_invoice_response_desc, NULL, NULL };
const apic_type schematic_billing_delete_invoice_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_delete_invoice_response_desc, NULL, NULL };
const apic_type schematic_billing_list_meters_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_meters_response_desc, NULL, NULL };
const apic_type schematic_billing_meter_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_meter_response_data_Type };
const apic_type schematic_billing_list_meters_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_meters_response_params_desc, NULL, NULL };
const apic_type schematic_billing_upsert_meter_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_meter_response_desc, NULL, NULL };
const apic_type schematic_billing_list_payment_methods_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_payment_methods_response_desc, NULL, NULL };
const apic_type schematic_billing_list_payment_methods_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_payment_methods_response_params_desc, NULL, NULL };
const apic_type schematic_billing_upsert_payment_method_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_payment_method_response_desc, NULL, NULL };
const apic_type schematic_billing_delete_payment_method_by_external_id_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_delete_payment_method_by_external_id_response_desc, NULL, NULL };
const apic_type schematic_billing_list_prices_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_prices_response_desc, NULL, NULL };
const apic_type schematic_billing_price_view_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_price_view_Type };
const apic_type schematic_billing_list_prices_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_prices_response_params_desc, NULL, NULL };
const apic_type schematic_billing_upsert_price_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_price_response_desc, NULL, NULL };
const apic_type schematic_billing_delete_product_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_delete_product_response_desc, NULL, NULL };
const apic_type schematic_billing_list_product_prices_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_product_prices_response_desc, NULL, NULL };
const apic_type schematic_billing_list_product_prices_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_product_prices_response_params_desc, NULL, NULL };
const apic_type schematic_billing_delete_product_price_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_delete_product_price_response_desc, NULL, NULL };
const apic_type schematic_billing_upsert_product_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_product_response_desc, NULL, NULL };
const apic_type schematic_billing_list_products_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_products_response_desc, NULL, NULL };
const apic_type schematic_billing_product_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_billing_product_detail_response_data_Type };
const apic_type schematic_billing_list_products_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_list_products_response_params_desc, NULL, NULL };
const apic_type schematic_billing_count_products_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_count_products_response_desc, NULL, NULL };
const apic_type schematic_billing_count_products_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_count_products_response_params_desc, NULL, NULL };
const apic_type schematic_billing_upsert_subscription_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_billing_upsert_subscription_response_desc, NULL, NULL };
const apic_type schematic_catalogs_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_list_response_desc, NULL, NULL };
const apic_type schematic_catalog_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_catalog_response_data_Type };
const apic_type schematic_catalogs_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_list_response_params_desc, NULL, NULL };
const apic_type schematic_catalogs_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_create_response_desc, NULL, NULL };
const apic_type schematic_catalogs_get_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_get_response_desc, NULL, NULL };
const apic_type schematic_catalogs_update_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_update_response_desc, NULL, NULL };
const apic_type schematic_catalogs_delete_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_delete_response_desc, NULL, NULL };
const apic_type schematic_catalogs_get_configuration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_get_configuration_response_desc, NULL, NULL };
const apic_type schematic_catalogs_update_configuration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_update_configuration_response_desc, NULL, NULL };
const apic_type schematic_catalogs_get_credit_bundles_in_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_get_credit_bundles_in_response_desc, NULL, NULL };
const apic_type schematic_catalogs_get_derived_features_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_get_derived_features_response_desc, NULL, NULL };
const apic_type schematic_catalogs_get_plans_in_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_catalogs_get_plans_in_response_desc, NULL, NULL };
const apic_type schematic_checkout_internal_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_internal_response_desc, NULL, NULL };
const apic_type schematic_checkout_get_data_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_get_data_response_desc, NULL, NULL };
const apic_type schematic_checkout_preview_internal_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_preview_internal_response_desc, NULL, NULL };
const apic_type schematic_companies_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_response_desc, NULL, NULL };
const apic_type schematic_company_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_detail_response_data_Type };
const apic_type schematic_companies_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_response_params_desc, NULL, NULL };
const apic_type schematic_subscription_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_subscription_status_enum_desc, NULL };
const apic_type schematic_subscription_status_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_subscription_status_Type };
const apic_type schematic_subscription_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_subscription_type_enum_desc, NULL };
const apic_type schematic_subscription_type_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_subscription_type_Type };
const apic_type schematic_companies_upsert_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_upsert_response_desc, NULL, NULL };
const apic_type schematic_companies_get_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_response_desc, NULL, NULL };
const apic_type schematic_companies_delete_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_response_desc, NULL, NULL };
const apic_type schematic_companies_delete_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_response_params_desc, NULL, NULL };
const apic_type schematic_checkout_get_company_billing_details_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_get_company_billing_details_response_desc, NULL, NULL };
const apic_type schematic_checkout_update_company_billing_details_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_update_company_billing_details_response_desc, NULL, NULL };
const apic_type schematic_companies_count_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_response_desc, NULL, NULL };
const apic_type schematic_companies_count_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_response_params_desc, NULL, NULL };
const apic_type schematic_companies_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_create_response_desc, NULL, NULL };
const apic_type schematic_companies_delete_by_keys_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_by_keys_response_desc, NULL, NULL };
const apic_type schematic_companies_lookup_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_lookup_response_desc, NULL, NULL };
const apic_type schematic_companies_lookup_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_lookup_response_params_desc, NULL, NULL };
const apic_type schematic_companies_get_billing_entity_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_billing_entity_response_desc, NULL, NULL };
const apic_type schematic_company_billing_entity_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_billing_entity_response_data_Type };
const apic_type schematic_companies_get_billing_entity_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_billing_entity_response_params_desc, NULL, NULL };
const apic_type schematic_companies_get_billing_entity_child_subscriptions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_billing_entity_child_subscriptions_response_desc, NULL, NULL };
const apic_type schematic_company_billing_entity_subscription_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_billing_entity_subscription_response_data_Type };
const apic_type schematic_companies_get_billing_entity_child_subscriptions_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_billing_entity_child_subscriptions_response_params_desc, NULL, NULL };
const apic_type schematic_companies_list_memberships_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_memberships_response_desc, NULL, NULL };
const apic_type schematic_companies_list_memberships_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_memberships_response_params_desc, NULL, NULL };
const apic_type schematic_companies_get_or_create_membership_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_or_create_membership_response_desc, NULL, NULL };
const apic_type schematic_companies_delete_membership_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_membership_response_desc, NULL, NULL };
const apic_type schematic_entitlements_list_company_overrides_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_company_overrides_response_desc, NULL, NULL };
const apic_type schematic_company_override_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_override_response_data_Type };
const apic_type schematic_entitlements_list_company_overrides_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_company_overrides_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_create_company_override_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_create_company_override_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_company_override_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_company_override_response_desc, NULL, NULL };
const apic_type schematic_entitlements_update_company_override_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_update_company_override_response_desc, NULL, NULL };
const apic_type schematic_entitlements_delete_company_override_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_delete_company_override_response_desc, NULL, NULL };
const apic_type schematic_entitlements_count_company_overrides_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_company_overrides_response_desc, NULL, NULL };
const apic_type schematic_entitlements_count_company_overrides_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_company_overrides_response_params_desc, NULL, NULL };
const apic_type schematic_plans_update_company_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_update_company_response_desc, NULL, NULL };
const apic_type schematic_companies_get_active_subscription_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_active_subscription_response_desc, NULL, NULL };
const apic_type schematic_company_subscription_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_company_subscription_response_data_Type };
const apic_type schematic_companies_get_active_subscription_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_active_subscription_response_params_desc, NULL, NULL };
const apic_type schematic_companies_upsert_trait_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_upsert_trait_response_desc, NULL, NULL };
const apic_type schematic_components_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_list_response_desc, NULL, NULL };
const apic_type schematic_component_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_component_response_data_Type };
const apic_type schematic_components_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_list_response_params_desc, NULL, NULL };
const apic_type schematic_components_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_create_response_desc, NULL, NULL };
const apic_type schematic_components_get_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_get_response_desc, NULL, NULL };
const apic_type schematic_components_update_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_update_response_desc, NULL, NULL };
const apic_type schematic_components_delete_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_delete_response_desc, NULL, NULL };
const apic_type schematic_components_bind_catalog_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_bind_catalog_response_desc, NULL, NULL };
const apic_type schematic_components_count_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_count_response_desc, NULL, NULL };
const apic_type schematic_components_count_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_count_response_params_desc, NULL, NULL };
const apic_type schematic_components_preview_data_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_preview_data_response_desc, NULL, NULL };
const apic_type schematic_components_preview_data_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_components_preview_data_response_params_desc, NULL, NULL };
const apic_type schematic_plans_list_custom_billings_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_custom_billings_response_desc, NULL, NULL };
const apic_type schematic_plans_list_custom_billings_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_custom_billings_response_params_desc, NULL, NULL };
const apic_type schematic_custom_plan_billing_status_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_custom_plan_billing_status_Type };
const apic_type schematic_plans_mark_custom_billing_paid_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_mark_custom_billing_paid_response_desc, NULL, NULL };
const apic_type schematic_plans_retry_custom_billing_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_retry_custom_billing_response_desc, NULL, NULL };
const apic_type schematic_planbundle_create_custom_plan_bundle_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planbundle_create_custom_plan_bundle_response_desc, NULL, NULL };
const apic_type schematic_plans_create_custom_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_create_custom_response_desc, NULL, NULL };
const apic_type schematic_dataexports_list_data_exports_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_dataexports_list_data_exports_response_desc, NULL, NULL };
const apic_type schematic_data_export_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_data_export_response_data_Type };
const apic_type schematic_dataexports_list_data_exports_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_dataexports_list_data_exports_response_params_desc, NULL, NULL };
const apic_type schematic_dataexports_create_data_export_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_dataexports_create_data_export_response_desc, NULL, NULL };
const apic_type schematic_dataexports_get_data_export_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_dataexports_get_data_export_response_desc, NULL, NULL };
const apic_type schematic_companies_list_entity_key_definitions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_entity_key_definitions_response_desc, NULL, NULL };
const apic_type schematic_entity_key_definition_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entity_key_definition_response_data_Type };
const apic_type schematic_companies_list_entity_key_definitions_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_entity_key_definitions_response_params_desc, NULL, NULL };
const apic_type schematic_companies_delete_entity_key_definition_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_entity_key_definition_response_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_key_definitions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_key_definitions_response_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_key_definitions_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_key_definitions_response_params_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_keys_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_keys_response_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_keys_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_keys_response_params_desc, NULL, NULL };
const apic_type schematic_companies_list_entity_trait_definitions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_entity_trait_definitions_response_desc, NULL, NULL };
const apic_type schematic_entity_trait_definition_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entity_trait_definition_response_data_Type };
const apic_type schematic_companies_list_entity_trait_definitions_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_entity_trait_definitions_response_params_desc, NULL, NULL };
const apic_type schematic_trait_type_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_trait_type_Type };
const apic_type schematic_companies_get_or_create_entity_trait_definition_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_or_create_entity_trait_definition_response_desc, NULL, NULL };
const apic_type schematic_companies_get_entity_trait_definition_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_entity_trait_definition_response_desc, NULL, NULL };
const apic_type schematic_companies_update_entity_trait_definition_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_update_entity_trait_definition_response_desc, NULL, NULL };
const apic_type schematic_companies_delete_entity_trait_definition_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_entity_trait_definition_response_desc, NULL, NULL };
const apic_type schematic_companies_get_entity_trait_definition_usage_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_entity_trait_definition_usage_response_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_trait_definitions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_trait_definitions_response_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_trait_definitions_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_trait_definitions_response_params_desc, NULL, NULL };
const apic_type schematic_companies_get_entity_trait_values_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_entity_trait_values_response_desc, NULL, NULL };
const apic_type schematic_entity_trait_value_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_entity_trait_value_Type };
const apic_type schematic_companies_get_entity_trait_values_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_entity_trait_values_response_params_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_traits_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_traits_response_desc, NULL, NULL };
const apic_type schematic_companies_count_entity_traits_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_entity_traits_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_list_environments_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_environments_response_desc, NULL, NULL };
const apic_type schematic_accounts_list_environments_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_list_environments_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_create_environment_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_create_environment_response_desc, NULL, NULL };
const apic_type schematic_accounts_get_environment_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_get_environment_response_desc, NULL, NULL };
const apic_type schematic_accounts_update_environment_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_update_environment_response_desc, NULL, NULL };
const apic_type schematic_accounts_delete_environment_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_delete_environment_response_desc, NULL, NULL };
const apic_type schematic_events_create_batch_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_create_batch_response_desc, NULL, NULL };
const apic_type schematic_events_get_summaries_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_get_summaries_response_desc, NULL, NULL };
const apic_type schematic_event_summary_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_event_summary_response_data_Type };
const apic_type schematic_events_get_summaries_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_get_summaries_response_params_desc, NULL, NULL };
const apic_type schematic_events_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_list_response_desc, NULL, NULL };
const apic_type schematic_event_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_event_detail_response_data_Type };
const apic_type schematic_events_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_list_response_params_desc, NULL, NULL };
const apic_type schematic_event_type_model_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_event_type_model_Type };
const apic_type schematic_events_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_create_response_desc, NULL, NULL };
const apic_type schematic_events_get_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_get_response_desc, NULL, NULL };
const apic_type schematic_entitlements_list_feature_companies_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_companies_response_desc, NULL, NULL };
const apic_type schematic_feature_company_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_company_response_data_Type };
const apic_type schematic_entitlements_list_feature_companies_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_companies_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_count_feature_companies_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_feature_companies_response_desc, NULL, NULL };
const apic_type schematic_entitlements_count_feature_companies_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_feature_companies_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_list_feature_usage_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_usage_response_desc, NULL, NULL };
const apic_type schematic_entitlements_list_feature_usage_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_usage_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_list_feature_usage_history_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_usage_history_response_desc, NULL, NULL };
const apic_type schematic_feature_usage_history_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_usage_history_response_data_Type };
const apic_type schematic_entitlements_list_feature_usage_history_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_usage_history_response_params_desc, NULL, NULL };
const apic_type schematic_time_series_granularity_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &schematic_time_series_granularity_enum_desc, NULL };
const apic_type schematic_entitlements_get_feature_usage_time_series_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_feature_usage_time_series_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_feature_usage_time_series_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_feature_usage_time_series_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_count_feature_usage_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_feature_usage_response_desc, NULL, NULL };
const apic_type schematic_entitlements_count_feature_usage_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_feature_usage_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_list_feature_users_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_users_response_desc, NULL, NULL };
const apic_type schematic_feature_company_user_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_company_user_response_data_Type };
const apic_type schematic_entitlements_list_feature_users_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_feature_users_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_count_feature_users_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_feature_users_response_desc, NULL, NULL };
const apic_type schematic_entitlements_count_feature_users_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_feature_users_response_params_desc, NULL, NULL };
const apic_type schematic_features_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_list_response_desc, NULL, NULL };
const apic_type schematic_feature_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_detail_response_data_Type };
const apic_type schematic_features_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_list_response_params_desc, NULL, NULL };
const apic_type schematic_feature_type_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_feature_type_Type };
const apic_type schematic_features_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_create_response_desc, NULL, NULL };
const apic_type schematic_features_get_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_get_response_desc, NULL, NULL };
const apic_type schematic_features_update_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_update_response_desc, NULL, NULL };
const apic_type schematic_features_delete_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_delete_response_desc, NULL, NULL };
const apic_type schematic_features_upsert_for_billing_product_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_upsert_for_billing_product_response_desc, NULL, NULL };
const apic_type schematic_features_count_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_count_response_desc, NULL, NULL };
const apic_type schematic_features_count_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_count_response_params_desc, NULL, NULL };
const apic_type schematic_features_list_flags_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_list_flags_response_desc, NULL, NULL };
const apic_type schematic_features_list_flags_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_list_flags_response_params_desc, NULL, NULL };
const apic_type schematic_features_create_flag_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_create_flag_response_desc, NULL, NULL };
const apic_type schematic_features_get_flag_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_get_flag_response_desc, NULL, NULL };
const apic_type schematic_features_update_flag_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_update_flag_response_desc, NULL, NULL };
const apic_type schematic_features_delete_flag_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_delete_flag_response_desc, NULL, NULL };
const apic_type schematic_features_update_flag_rules_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_update_flag_rules_response_desc, NULL, NULL };
const apic_type schematic_features_check_flag_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_check_flag_response_desc, NULL, NULL };
const apic_type schematic_features_check_flags_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_check_flags_response_desc, NULL, NULL };
const apic_type schematic_features_check_flags_bulk_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_check_flags_bulk_response_desc, NULL, NULL };
const apic_type schematic_features_count_flags_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_count_flags_response_desc, NULL, NULL };
const apic_type schematic_features_count_flags_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_features_count_flags_response_params_desc, NULL, NULL };
const apic_type schematic_insights_get_activity_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_activity_response_desc, NULL, NULL };
const apic_type schematic_insights_get_activity_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_activity_response_params_desc, NULL, NULL };
const apic_type schematic_insights_get_environment_feature_usage_time_series_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_environment_feature_usage_time_series_response_desc, NULL, NULL };
const apic_type schematic_insights_get_environment_feature_usage_time_series_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_environment_feature_usage_time_series_response_params_desc, NULL, NULL };
const apic_type schematic_insights_get_plan_growth_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_plan_growth_response_desc, NULL, NULL };
const apic_type schematic_insights_get_plan_growth_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_plan_growth_response_params_desc, NULL, NULL };
const apic_type schematic_insights_get_summary_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_summary_response_desc, NULL, NULL };
const apic_type schematic_insights_get_top_features_by_usage_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_top_features_by_usage_response_desc, NULL, NULL };
const apic_type schematic_insights_get_top_features_by_usage_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_top_features_by_usage_response_params_desc, NULL, NULL };
const apic_type schematic_insights_get_environment_trait_usage_time_series_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_environment_trait_usage_time_series_response_desc, NULL, NULL };
const apic_type schematic_insights_get_environment_trait_usage_time_series_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_insights_get_environment_trait_usage_time_series_response_params_desc, NULL, NULL };
const apic_type schematic_integrationsapi_run_integration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_run_integration_response_desc, NULL, NULL };
const apic_type schematic_integrationsapi_list_integrations_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_list_integrations_response_desc, NULL, NULL };
const apic_type schematic_integrations_list_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_integrations_list_response_data_Type };
const apic_type schematic_integrationsapi_list_integrations_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_list_integrations_response_params_desc, NULL, NULL };
const apic_type schematic_integrationsapi_get_integration_webhook_url_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_get_integration_webhook_url_response_desc, NULL, NULL };
const apic_type schematic_integrationsapi_install_integration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_install_integration_response_desc, NULL, NULL };
const apic_type schematic_integrationsapi_start_data_import_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_start_data_import_response_desc, NULL, NULL };
const apic_type schematic_integrationsapi_load_sample_data_set_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_load_sample_data_set_response_desc, NULL, NULL };
const apic_type schematic_integrationsapi_assume_stripe_installed_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_assume_stripe_installed_response_desc, NULL, NULL };
const apic_type schematic_integrationsapi_install_stripe_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_install_stripe_response_desc, NULL, NULL };
const apic_type schematic_integrationsapi_uninstall_integration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_integrationsapi_uninstall_integration_response_desc, NULL, NULL };
const apic_type schematic_licenses_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_licenses_list_response_desc, NULL, NULL };
const apic_type schematic_license_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_license_response_data_Type };
const apic_type schematic_licenses_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_licenses_list_response_params_desc, NULL, NULL };
const apic_type schematic_licenses_get_single_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_licenses_get_single_response_desc, NULL, NULL };
const apic_type schematic_licenses_count_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_licenses_count_response_desc, NULL, NULL };
const apic_type schematic_licenses_count_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_licenses_count_response_params_desc, NULL, NULL };
const apic_type schematic_checkout_manage_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_manage_plan_response_desc, NULL, NULL };
const apic_type schematic_checkout_preview_manage_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_preview_manage_plan_response_desc, NULL, NULL };
const apic_type schematic_checkout_cancel_subscription_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_cancel_subscription_response_desc, NULL, NULL };
const apic_type schematic_accounts_get_onboarding_state_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_get_onboarding_state_response_desc, NULL, NULL };
const apic_type schematic_accounts_update_onboarding_state_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_update_onboarding_state_response_desc, NULL, NULL };
const apic_type schematic_planbundle_create_plan_bundle_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planbundle_create_plan_bundle_response_desc, NULL, NULL };
const apic_type schematic_planbundle_update_plan_bundle_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planbundle_update_plan_bundle_response_desc, NULL, NULL };
const apic_type schematic_companies_list_plan_changes_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_plan_changes_response_desc, NULL, NULL };
const apic_type schematic_plan_change_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_change_response_data_Type };
const apic_type schematic_companies_list_plan_changes_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_plan_changes_response_params_desc, NULL, NULL };
const apic_type schematic_companies_get_plan_change_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_plan_change_response_desc, NULL, NULL };
const apic_type schematic_entitlements_list_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_plan_response_desc, NULL, NULL };
const apic_type schematic_entitlements_list_plan_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_list_plan_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_create_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_create_plan_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_plan_response_desc, NULL, NULL };
const apic_type schematic_entitlements_update_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_update_plan_response_desc, NULL, NULL };
const apic_type schematic_entitlements_delete_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_delete_plan_response_desc, NULL, NULL };
const apic_type schematic_entitlements_upsert_plan_for_billing_product_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_upsert_plan_for_billing_product_response_desc, NULL, NULL };
const apic_type schematic_entitlements_count_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_plan_response_desc, NULL, NULL };
const apic_type schematic_entitlements_count_plan_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_count_plan_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_duplicate_plan_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_duplicate_plan_response_desc, NULL, NULL };
const apic_type schematic_plangroups_get_plan_group_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plangroups_get_plan_group_response_desc, NULL, NULL };
const apic_type schematic_plangroups_get_plan_group_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plangroups_get_plan_group_response_params_desc, NULL, NULL };
const apic_type schematic_plangroups_create_plan_group_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plangroups_create_plan_group_response_desc, NULL, NULL };
const apic_type schematic_plangroups_update_plan_group_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plangroups_update_plan_group_response_desc, NULL, NULL };
const apic_type schematic_companies_list_plan_traits_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_plan_traits_response_desc, NULL, NULL };
const apic_type schematic_plan_trait_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_trait_response_data_Type };
const apic_type schematic_companies_list_plan_traits_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_plan_traits_response_params_desc, NULL, NULL };
const apic_type schematic_companies_get_plan_trait_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_plan_trait_response_desc, NULL, NULL };
const apic_type schematic_companies_update_plan_traits_bulk_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_update_plan_traits_bulk_response_desc, NULL, NULL };
const apic_type schematic_companies_count_plan_traits_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_plan_traits_response_desc, NULL, NULL };
const apic_type schematic_companies_count_plan_traits_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_plan_traits_response_params_desc, NULL, NULL };
const apic_type schematic_planmigrations_list_company_migrations_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_list_company_migrations_response_desc, NULL, NULL };
const apic_type schematic_plan_version_company_migration_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_version_company_migration_response_data_Type };
const apic_type schematic_planmigrations_list_company_migrations_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_list_company_migrations_response_params_desc, NULL, NULL };
const apic_type schematic_planmigrations_retry_company_migration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_retry_company_migration_response_desc, NULL, NULL };
const apic_type schematic_planmigrations_count_company_migrations_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_count_company_migrations_response_desc, NULL, NULL };
const apic_type schematic_planmigrations_count_company_migrations_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_count_company_migrations_response_params_desc, NULL, NULL };
const apic_type schematic_planmigrations_list_migrations_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_list_migrations_response_desc, NULL, NULL };
const apic_type schematic_plan_version_migration_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_plan_version_migration_response_data_Type };
const apic_type schematic_planmigrations_list_migrations_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_list_migrations_response_params_desc, NULL, NULL };
const apic_type schematic_planmigrations_create_migration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_create_migration_response_desc, NULL, NULL };
const apic_type schematic_planmigrations_get_migration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_get_migration_response_desc, NULL, NULL };
const apic_type schematic_planmigrations_retry_migration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_retry_migration_response_desc, NULL, NULL };
const apic_type schematic_planmigrations_count_migrations_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_count_migrations_response_desc, NULL, NULL };
const apic_type schematic_planmigrations_count_migrations_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_count_migrations_response_params_desc, NULL, NULL };
const apic_type schematic_planmigrations_preview_migration_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_planmigrations_preview_migration_response_desc, NULL, NULL };
const apic_type schematic_plans_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_response_desc, NULL, NULL };
const apic_type schematic_plans_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_response_params_desc, NULL, NULL };
const apic_type schematic_plans_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_create_response_desc, NULL, NULL };
const apic_type schematic_plans_get_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_get_response_desc, NULL, NULL };
const apic_type schematic_plans_get_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_get_response_params_desc, NULL, NULL };
const apic_type schematic_plans_update_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_update_response_desc, NULL, NULL };
const apic_type schematic_plans_delete_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_delete_response_desc, NULL, NULL };
const apic_type schematic_plans_upsert_billing_product_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_upsert_billing_product_response_desc, NULL, NULL };
const apic_type schematic_plans_upsert_for_billing_product_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_upsert_for_billing_product_response_desc, NULL, NULL };
const apic_type schematic_plans_list_billing_product_match_companies_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_billing_product_match_companies_response_desc, NULL, NULL };
const apic_type schematic_plans_list_billing_product_match_companies_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_billing_product_match_companies_response_params_desc, NULL, NULL };
const apic_type schematic_plans_count_billing_product_match_companies_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_count_billing_product_match_companies_response_desc, NULL, NULL };
const apic_type schematic_plans_count_billing_product_match_companies_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_count_billing_product_match_companies_response_params_desc, NULL, NULL };
const apic_type schematic_plans_count_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_count_response_desc, NULL, NULL };
const apic_type schematic_plans_count_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_count_response_params_desc, NULL, NULL };
const apic_type schematic_plans_list_issues_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_issues_response_desc, NULL, NULL };
const apic_type schematic_plans_list_issues_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_list_issues_response_params_desc, NULL, NULL };
const apic_type schematic_plans_delete_version_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_delete_version_response_desc, NULL, NULL };
const apic_type schematic_plans_delete_version_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_delete_version_response_params_desc, NULL, NULL };
const apic_type schematic_plans_publish_version_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_plans_publish_version_response_desc, NULL, NULL };
const apic_type schematic_componentspublic_get_public_plans_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_componentspublic_get_public_plans_response_desc, NULL, NULL };
const apic_type schematic_accounts_quickstart_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_quickstart_response_desc, NULL, NULL };
const apic_type schematic_scheduledcheckout_list_scheduled_checkouts_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_scheduledcheckout_list_scheduled_checkouts_response_desc, NULL, NULL };
const apic_type schematic_scheduled_checkout_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_scheduled_checkout_response_data_Type };
const apic_type schematic_scheduledcheckout_list_scheduled_checkouts_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_scheduledcheckout_list_scheduled_checkouts_response_params_desc, NULL, NULL };
const apic_type schematic_scheduledcheckout_create_scheduled_checkout_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_scheduledcheckout_create_scheduled_checkout_response_desc, NULL, NULL };
const apic_type schematic_scheduledcheckout_get_scheduled_checkout_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_scheduledcheckout_get_scheduled_checkout_response_desc, NULL, NULL };
const apic_type schematic_scheduledcheckout_update_scheduled_checkout_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_scheduledcheckout_update_scheduled_checkout_response_desc, NULL, NULL };
const apic_type schematic_events_get_segment_integration_status_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_events_get_segment_integration_status_response_desc, NULL, NULL };
const apic_type schematic_checkout_update_customer_subscription_trial_end_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_checkout_update_customer_subscription_trial_end_response_desc, NULL, NULL };
const apic_type schematic_accesstokens_issue_temporary_access_token_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accesstokens_issue_temporary_access_token_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_feature_usage_by_company_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_feature_usage_by_company_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_feature_usage_by_company_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_feature_usage_by_company_response_params_desc, NULL, NULL };
const apic_type schematic_companies_upsert_user_trait_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_upsert_user_trait_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_user_usage_by_company_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_user_usage_by_company_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_user_usage_by_company_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_user_usage_by_company_response_params_desc, NULL, NULL };
const apic_type schematic_entitlements_get_user_usage_detail_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_user_usage_detail_response_desc, NULL, NULL };
const apic_type schematic_entitlements_get_user_usage_detail_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_entitlements_get_user_usage_detail_response_params_desc, NULL, NULL };
const apic_type schematic_companies_list_users_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_users_response_desc, NULL, NULL };
const apic_type schematic_user_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_user_detail_response_data_Type };
const apic_type schematic_companies_list_users_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_list_users_response_params_desc, NULL, NULL };
const apic_type schematic_companies_upsert_user_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_upsert_user_response_desc, NULL, NULL };
const apic_type schematic_companies_get_user_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_get_user_response_desc, NULL, NULL };
const apic_type schematic_companies_delete_user_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_user_response_desc, NULL, NULL };
const apic_type schematic_companies_count_users_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_users_response_desc, NULL, NULL };
const apic_type schematic_companies_count_users_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_count_users_response_params_desc, NULL, NULL };
const apic_type schematic_companies_create_user_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_create_user_response_desc, NULL, NULL };
const apic_type schematic_companies_delete_user_by_keys_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_delete_user_by_keys_response_desc, NULL, NULL };
const apic_type schematic_companies_lookup_user_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_lookup_user_response_desc, NULL, NULL };
const apic_type schematic_companies_lookup_user_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_companies_lookup_user_response_params_desc, NULL, NULL };
const apic_type schematic_credits_list_event_ledger_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_event_ledger_response_desc, NULL, NULL };
const apic_type schematic_credit_event_ledger_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_credit_event_ledger_response_data_Type };
const apic_type schematic_credits_list_event_ledger_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_list_event_ledger_response_params_desc, NULL, NULL };
const apic_type schematic_credits_count_event_ledger_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_event_ledger_response_desc, NULL, NULL };
const apic_type schematic_credits_count_event_ledger_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_credits_count_event_ledger_response_params_desc, NULL, NULL };
const apic_type schematic_webhooks_list_events_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_list_events_response_desc, NULL, NULL };
const apic_type schematic_webhook_event_detail_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_webhook_event_detail_response_data_Type };
const apic_type schematic_webhooks_list_events_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_list_events_response_params_desc, NULL, NULL };
const apic_type schematic_webhooks_get_event_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_get_event_response_desc, NULL, NULL };
const apic_type schematic_webhooks_count_events_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_count_events_response_desc, NULL, NULL };
const apic_type schematic_webhooks_count_events_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_count_events_response_params_desc, NULL, NULL };
const apic_type schematic_webhooks_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_list_response_desc, NULL, NULL };
const apic_type schematic_webhook_response_data_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &schematic_webhook_response_data_Type };
const apic_type schematic_webhooks_list_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_list_response_params_desc, NULL, NULL };
const apic_type schematic_webhooks_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_create_response_desc, NULL, NULL };
const apic_type schematic_webhooks_get_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_get_response_desc, NULL, NULL };
const apic_type schematic_webhooks_update_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_update_response_desc, NULL, NULL };
const apic_type schematic_webhooks_delete_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_delete_response_desc, NULL, NULL };
const apic_type schematic_webhooks_send_test_action_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_send_test_action_response_desc, NULL, NULL };
const apic_type schematic_webhooks_count_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_count_response_desc, NULL, NULL };
const apic_type schematic_webhooks_count_response_params_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_webhooks_count_response_params_desc, NULL, NULL };
const apic_type schematic_accounts_get_who_am_i_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &schematic_accounts_get_who_am_i_response_desc, NULL, NULL };

void schematic_json_map_free(apic_json_map *value)
{
    apic_value_free(&apic_type_json_map, value);
}
