/* Enumerations and type descriptors of SuprSend. Generated; do not edit. */
#include "internal.h"

static const char *const suprsend_template_variant_approval_status_Values[] = {
    "auto_approved",
    "pending",
    "sent_for_approval",
    "approved",
    "rejected",
};
const apic_enum_desc suprsend_template_variant_approval_status_enum_desc = { "TemplateVariant.approval_status", suprsend_template_variant_approval_status_Values, 5 };
_Static_assert(sizeof(suprsend_template_variant_approval_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_template_variant_approval_status_to_string(suprsend_template_variant_approval_status value)
{
    return value >= 1 && (size_t)value <= 5 ? suprsend_template_variant_approval_status_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_status_Values[] = {
    "active",
    "inactive",
    "draft",
};
const apic_enum_desc suprsend_workflow_status_enum_desc = { "Workflow.status", suprsend_workflow_status_Values, 3 };
_Static_assert(sizeof(suprsend_workflow_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_status_to_string(suprsend_workflow_status value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_workflow_status_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_trigger_type_Values[] = {
    "event",
    "dynamic",
    "api",
};
const apic_enum_desc suprsend_workflow_trigger_type_enum_desc = { "Workflow.trigger_type", suprsend_workflow_trigger_type_Values, 3 };
_Static_assert(sizeof(suprsend_workflow_trigger_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_trigger_type_to_string(suprsend_workflow_trigger_type value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_workflow_trigger_type_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_override_recipients_type_Values[] = {
    "user",
    "single_object_fields",
};
const apic_enum_desc suprsend_workflow_override_recipients_type_enum_desc = { "Workflow.override_recipients_type", suprsend_workflow_override_recipients_type_Values, 2 };
_Static_assert(sizeof(suprsend_workflow_override_recipients_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_override_recipients_type_to_string(suprsend_workflow_override_recipients_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_workflow_override_recipients_type_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_Values[] = {
    "email",
    "sms",
    "inbox",
    "androidpush",
    "iospush",
    "slack",
    "ms_teams",
    "webpush",
    "whatsapp",
};
const apic_enum_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_enum_desc = { "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$channels.item", suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_to_string(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_digest_node_schedule_type_Values[] = {
    "static",
    "dynamic",
};
const apic_enum_desc suprsend_digest_node_schedule_type_enum_desc = { "DigestNode.schedule_type", suprsend_digest_node_schedule_type_Values, 2 };
_Static_assert(sizeof(suprsend_digest_node_schedule_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_digest_node_schedule_type_to_string(suprsend_digest_node_schedule_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_digest_node_schedule_type_Values[value - 1] : NULL;
}

static const char *const suprsend_schedule_frequency_Values[] = {
    "minutely",
    "hourly",
    "daily",
    "weekly_mo2fr",
    "weekly",
    "monthly",
};
const apic_enum_desc suprsend_schedule_frequency_enum_desc = { "Schedule.frequency", suprsend_schedule_frequency_Values, 6 };
_Static_assert(sizeof(suprsend_schedule_frequency) == sizeof(int), "enum slots are stored as int");

const char *suprsend_schedule_frequency_to_string(suprsend_schedule_frequency value)
{
    return value >= 1 && (size_t)value <= 6 ? suprsend_schedule_frequency_Values[value - 1] : NULL;
}

static const char *const suprsend_schedule_weekdays_item_Values[] = {
    "su",
    "mo",
    "tu",
    "we",
    "th",
    "fr",
    "sa",
};
const apic_enum_desc suprsend_schedule_weekdays_item_enum_desc = { "Schedule.weekdays.item", suprsend_schedule_weekdays_item_Values, 7 };
_Static_assert(sizeof(suprsend_schedule_weekdays_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_schedule_weekdays_item_to_string(suprsend_schedule_weekdays_item value)
{
    return value >= 1 && (size_t)value <= 7 ? suprsend_schedule_weekdays_item_Values[value - 1] : NULL;
}

static const char *const suprsend_schedule_monthdays_item_day_Values[] = {
    "su",
    "mo",
    "tu",
    "we",
    "th",
    "fr",
    "sa",
};
const apic_enum_desc suprsend_schedule_monthdays_item_day_enum_desc = { "Schedule.monthdays.item.day", suprsend_schedule_monthdays_item_day_Values, 7 };
_Static_assert(sizeof(suprsend_schedule_monthdays_item_day) == sizeof(int), "enum slots are stored as int");

const char *suprsend_schedule_monthdays_item_day_to_string(suprsend_schedule_monthdays_item_day value)
{
    return value >= 1 && (size_t)value <= 7 ? suprsend_schedule_monthdays_item_day_Values[value - 1] : NULL;
}

static const char *const suprsend_schedule_tz_selection_Values[] = {
    "fixed",
    "recipient",
};
const apic_enum_desc suprsend_schedule_tz_selection_enum_desc = { "Schedule.tz_selection", suprsend_schedule_tz_selection_Values, 2 };
_Static_assert(sizeof(suprsend_schedule_tz_selection) == sizeof(int), "enum slots are stored as int");

const char *suprsend_schedule_tz_selection_to_string(suprsend_schedule_tz_selection value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_schedule_tz_selection_Values[value - 1] : NULL;
}

static const char *const suprsend_digest_node_retain_order_Values[] = {
    "first",
    "last",
};
const apic_enum_desc suprsend_digest_node_retain_order_enum_desc = { "DigestNode.retain_order", suprsend_digest_node_retain_order_Values, 2 };
_Static_assert(sizeof(suprsend_digest_node_retain_order) == sizeof(int), "enum slots are stored as int");

const char *suprsend_digest_node_retain_order_to_string(suprsend_digest_node_retain_order value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_digest_node_retain_order_Values[value - 1] : NULL;
}

static const char *const suprsend_delay_node_delay_type_Values[] = {
    "fixed",
    "dynamic",
    "relative_to",
};
const apic_enum_desc suprsend_delay_node_delay_type_enum_desc = { "DelayNode.delay_type", suprsend_delay_node_delay_type_Values, 3 };
_Static_assert(sizeof(suprsend_delay_node_delay_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_delay_node_delay_type_to_string(suprsend_delay_node_delay_type value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_delay_node_delay_type_Values[value - 1] : NULL;
}

static const char *const suprsend_delay_node_relative_to_offset_type_Values[] = {
    "before",
    "after",
};
const apic_enum_desc suprsend_delay_node_relative_to_offset_type_enum_desc = { "DelayNode.relative_to.offset_type", suprsend_delay_node_relative_to_offset_type_Values, 2 };
_Static_assert(sizeof(suprsend_delay_node_relative_to_offset_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_delay_node_relative_to_offset_type_to_string(suprsend_delay_node_relative_to_offset_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_delay_node_relative_to_offset_type_Values[value - 1] : NULL;
}

static const char *const suprsend_delay_node_relative_to_offset_value_type_Values[] = {
    "fixed",
    "dynamic",
};
const apic_enum_desc suprsend_delay_node_relative_to_offset_value_type_enum_desc = { "DelayNode.relative_to.offset_value_type", suprsend_delay_node_relative_to_offset_value_type_Values, 2 };
_Static_assert(sizeof(suprsend_delay_node_relative_to_offset_value_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_delay_node_relative_to_offset_value_type_to_string(suprsend_delay_node_relative_to_offset_value_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_delay_node_relative_to_offset_value_type_Values[value - 1] : NULL;
}

static const char *const suprsend_batch_node_mode_Values[] = {
    "accumulate_all",
    "flush_leading_item",
};
const apic_enum_desc suprsend_batch_node_mode_enum_desc = { "BatchNode.mode", suprsend_batch_node_mode_Values, 2 };
_Static_assert(sizeof(suprsend_batch_node_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_batch_node_mode_to_string(suprsend_batch_node_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_batch_node_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_batch_node_window_type_Values[] = {
    "fixed",
    "dynamic",
    "relative_to",
};
const apic_enum_desc suprsend_batch_node_window_type_enum_desc = { "BatchNode.window_type", suprsend_batch_node_window_type_Values, 3 };
_Static_assert(sizeof(suprsend_batch_node_window_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_batch_node_window_type_to_string(suprsend_batch_node_window_type value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_batch_node_window_type_Values[value - 1] : NULL;
}

static const char *const suprsend_batch_node_relative_to_offset_type_Values[] = {
    "before",
    "after",
};
const apic_enum_desc suprsend_batch_node_relative_to_offset_type_enum_desc = { "BatchNode.relative_to.offset_type", suprsend_batch_node_relative_to_offset_type_Values, 2 };
_Static_assert(sizeof(suprsend_batch_node_relative_to_offset_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_batch_node_relative_to_offset_type_to_string(suprsend_batch_node_relative_to_offset_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_batch_node_relative_to_offset_type_Values[value - 1] : NULL;
}

static const char *const suprsend_batch_node_relative_to_offset_value_type_Values[] = {
    "fixed",
    "dynamic",
};
const apic_enum_desc suprsend_batch_node_relative_to_offset_value_type_enum_desc = { "BatchNode.relative_to.offset_value_type", suprsend_batch_node_relative_to_offset_value_type_Values, 2 };
_Static_assert(sizeof(suprsend_batch_node_relative_to_offset_value_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_batch_node_relative_to_offset_value_type_to_string(suprsend_batch_node_relative_to_offset_value_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_batch_node_relative_to_offset_value_type_Values[value - 1] : NULL;
}

static const char *const suprsend_batch_node_retain_order_Values[] = {
    "first",
    "last",
};
const apic_enum_desc suprsend_batch_node_retain_order_enum_desc = { "BatchNode.retain_order", suprsend_batch_node_retain_order_Values, 2 };
_Static_assert(sizeof(suprsend_batch_node_retain_order) == sizeof(int), "enum slots are stored as int");

const char *suprsend_batch_node_retain_order_to_string(suprsend_batch_node_retain_order value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_batch_node_retain_order_Values[value - 1] : NULL;
}

static const char *const suprsend_http_api_webhook_node_http_method_Values[] = {
    "GET",
    "PUT",
    "POST",
    "PATCH",
    "DELETE",
};
const apic_enum_desc suprsend_http_api_webhook_node_http_method_enum_desc = { "HttpApiWebhookNode.http_method", suprsend_http_api_webhook_node_http_method_Values, 5 };
_Static_assert(sizeof(suprsend_http_api_webhook_node_http_method) == sizeof(int), "enum slots are stored as int");

const char *suprsend_http_api_webhook_node_http_method_to_string(suprsend_http_api_webhook_node_http_method value)
{
    return value >= 1 && (size_t)value <= 5 ? suprsend_http_api_webhook_node_http_method_Values[value - 1] : NULL;
}

static const char *const suprsend_branch_wait_until_node_branches_item_conditions_item_type_Values[] = {
    "future_event",
    "delay",
};
const apic_enum_desc suprsend_branch_wait_until_node_branches_item_conditions_item_type_enum_desc = { "BranchWaitUntilNode.branches.item.conditions.item.type", suprsend_branch_wait_until_node_branches_item_conditions_item_type_Values, 2 };
_Static_assert(sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_branch_wait_until_node_branches_item_conditions_item_type_to_string(suprsend_branch_wait_until_node_branches_item_conditions_item_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_branch_wait_until_node_branches_item_conditions_item_type_Values[value - 1] : NULL;
}

static const char *const suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_Values[] = {
    "fixed",
    "dynamic",
    "relative_to",
};
const apic_enum_desc suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_enum_desc = { "BranchWaitUntilNode.branches.item.conditions.item.delay_properties.delay_type", suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_Values, 3 };
_Static_assert(sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_to_string(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_Values[value - 1] : NULL;
}

static const char *const suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_Values[] = {
    "before",
    "after",
};
const apic_enum_desc suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_enum_desc = { "BranchWaitUntilNode.branches.item.conditions.item.delay_properties.relative_to.offset_type", suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_Values, 2 };
_Static_assert(sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_to_string(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_Values[value - 1] : NULL;
}

static const char *const suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_Values[] = {
    "fixed",
    "dynamic",
};
const apic_enum_desc suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_enum_desc = { "BranchWaitUntilNode.branches.item.conditions.item.delay_properties.relative_to.offset_value_type", suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_Values, 2 };
_Static_assert(sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_to_string(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_Values[value - 1] : NULL;
}

static const char *const suprsend_branch_node_branches_item_conditions_item_expression_v1_op_Values[] = {
    "AND",
    "OR",
};
const apic_enum_desc suprsend_branch_node_branches_item_conditions_item_expression_v1_op_enum_desc = { "BranchNode.branches.item.conditions.item.expression_v1.op", suprsend_branch_node_branches_item_conditions_item_expression_v1_op_Values, 2 };
_Static_assert(sizeof(suprsend_branch_node_branches_item_conditions_item_expression_v1_op) == sizeof(int), "enum slots are stored as int");

const char *suprsend_branch_node_branches_item_conditions_item_expression_v1_op_to_string(suprsend_branch_node_branches_item_conditions_item_expression_v1_op value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_branch_node_branches_item_conditions_item_expression_v1_op_Values[value - 1] : NULL;
}

static const char *const suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_Values[] = {
    "",
    "$brand",
    "$actor",
    "$recipient",
    "$future_event",
    "$workflow",
};
const apic_enum_desc suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_enum_desc = { "BranchNode.branches.item.conditions.item.expression_v1.args.item.variable_ns", suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_Values, 6 };
_Static_assert(sizeof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns) == sizeof(int), "enum slots are stored as int");

const char *suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_to_string(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns value)
{
    return value >= 1 && (size_t)value <= 6 ? suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_Values[value - 1] : NULL;
}

static const char *const suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_Values[] = {
    "==",
    "!=",
    ">",
    ">=",
    "<",
    "<=",
    "EMPTY",
    "NON_EMPTY",
    "CONTAINS",
    "NOT_CONTAINS",
    "DATETIME_EQUALS",
    "DATETIME_LT",
    "DATETIME_GT",
};
const apic_enum_desc suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_enum_desc = { "BranchNode.branches.item.conditions.item.expression_v1.args.item.op", suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_Values, 13 };
_Static_assert(sizeof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op) == sizeof(int), "enum slots are stored as int");

const char *suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_to_string(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op value)
{
    return value >= 1 && (size_t)value <= 13 ? suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_Values[value - 1] : NULL;
}

static const char *const suprsend_transform_node_variables_item_value_lang_Values[] = {
    "jsonnet",
    "handlebars",
};
const apic_enum_desc suprsend_transform_node_variables_item_value_lang_enum_desc = { "TransformNode.variables.item.value_lang", suprsend_transform_node_variables_item_value_lang_Values, 2 };
_Static_assert(sizeof(suprsend_transform_node_variables_item_value_lang) == sizeof(int), "enum slots are stored as int");

const char *suprsend_transform_node_variables_item_value_lang_to_string(suprsend_transform_node_variables_item_value_lang value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_transform_node_variables_item_value_lang_Values[value - 1] : NULL;
}

static const char *const suprsend_time_window_node_windows_item_frequency_Values[] = {
    "daily",
    "weekly_mo2fr",
    "weekly",
    "monthly",
};
const apic_enum_desc suprsend_time_window_node_windows_item_frequency_enum_desc = { "TimeWindowNode.windows.item.frequency", suprsend_time_window_node_windows_item_frequency_Values, 4 };
_Static_assert(sizeof(suprsend_time_window_node_windows_item_frequency) == sizeof(int), "enum slots are stored as int");

const char *suprsend_time_window_node_windows_item_frequency_to_string(suprsend_time_window_node_windows_item_frequency value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_time_window_node_windows_item_frequency_Values[value - 1] : NULL;
}

static const char *const suprsend_time_window_node_windows_item_weekdays_item_Values[] = {
    "su",
    "mo",
    "tu",
    "we",
    "th",
    "fr",
    "sa",
};
const apic_enum_desc suprsend_time_window_node_windows_item_weekdays_item_enum_desc = { "TimeWindowNode.windows.item.weekdays.item", suprsend_time_window_node_windows_item_weekdays_item_Values, 7 };
_Static_assert(sizeof(suprsend_time_window_node_windows_item_weekdays_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_time_window_node_windows_item_weekdays_item_to_string(suprsend_time_window_node_windows_item_weekdays_item value)
{
    return value >= 1 && (size_t)value <= 7 ? suprsend_time_window_node_windows_item_weekdays_item_Values[value - 1] : NULL;
}

static const char *const suprsend_time_window_node_windows_item_monthdays_item_day_Values[] = {
    "su",
    "mo",
    "tu",
    "we",
    "th",
    "fr",
    "sa",
};
const apic_enum_desc suprsend_time_window_node_windows_item_monthdays_item_day_enum_desc = { "TimeWindowNode.windows.item.monthdays.item.day", suprsend_time_window_node_windows_item_monthdays_item_day_Values, 7 };
_Static_assert(sizeof(suprsend_time_window_node_windows_item_monthdays_item_day) == sizeof(int), "enum slots are stored as int");

const char *suprsend_time_window_node_windows_item_monthdays_item_day_to_string(suprsend_time_window_node_windows_item_monthdays_item_day value)
{
    return value >= 1 && (size_t)value <= 7 ? suprsend_time_window_node_windows_item_monthdays_item_day_Values[value - 1] : NULL;
}

static const char *const suprsend_time_window_node_tz_selection_Values[] = {
    "fixed",
    "recipient",
};
const apic_enum_desc suprsend_time_window_node_tz_selection_enum_desc = { "TimeWindowNode.tz_selection", suprsend_time_window_node_tz_selection_Values, 2 };
_Static_assert(sizeof(suprsend_time_window_node_tz_selection) == sizeof(int), "enum slots are stored as int");

const char *suprsend_time_window_node_tz_selection_to_string(suprsend_time_window_node_tz_selection value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_time_window_node_tz_selection_Values[value - 1] : NULL;
}

static const char *const suprsend_subscriber_list_operation_add_user_node_user_selection_item_Values[] = {
    "actor",
    "recipient",
};
const apic_enum_desc suprsend_subscriber_list_operation_add_user_node_user_selection_item_enum_desc = { "SubscriberListOperationAddUserNode.user_selection.item", suprsend_subscriber_list_operation_add_user_node_user_selection_item_Values, 2 };
_Static_assert(sizeof(suprsend_subscriber_list_operation_add_user_node_user_selection_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_subscriber_list_operation_add_user_node_user_selection_item_to_string(suprsend_subscriber_list_operation_add_user_node_user_selection_item value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_subscriber_list_operation_add_user_node_user_selection_item_Values[value - 1] : NULL;
}

static const char *const suprsend_subscriber_list_operation_remove_user_node_user_selection_item_Values[] = {
    "actor",
    "recipient",
};
const apic_enum_desc suprsend_subscriber_list_operation_remove_user_node_user_selection_item_enum_desc = { "SubscriberListOperationRemoveUserNode.user_selection.item", suprsend_subscriber_list_operation_remove_user_node_user_selection_item_Values, 2 };
_Static_assert(sizeof(suprsend_subscriber_list_operation_remove_user_node_user_selection_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_subscriber_list_operation_remove_user_node_user_selection_item_to_string(suprsend_subscriber_list_operation_remove_user_node_user_selection_item value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_subscriber_list_operation_remove_user_node_user_selection_item_Values[value - 1] : NULL;
}

static const char *const suprsend_object_operation_add_subscription_node_user_selection_item_Values[] = {
    "actor",
    "recipient",
};
const apic_enum_desc suprsend_object_operation_add_subscription_node_user_selection_item_enum_desc = { "ObjectOperationAddSubscriptionNode.user_selection.item", suprsend_object_operation_add_subscription_node_user_selection_item_Values, 2 };
_Static_assert(sizeof(suprsend_object_operation_add_subscription_node_user_selection_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_object_operation_add_subscription_node_user_selection_item_to_string(suprsend_object_operation_add_subscription_node_user_selection_item value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_object_operation_add_subscription_node_user_selection_item_Values[value - 1] : NULL;
}

static const char *const suprsend_object_operation_remove_subscription_node_user_selection_item_Values[] = {
    "actor",
    "recipient",
};
const apic_enum_desc suprsend_object_operation_remove_subscription_node_user_selection_item_enum_desc = { "ObjectOperationRemoveSubscriptionNode.user_selection.item", suprsend_object_operation_remove_subscription_node_user_selection_item_Values, 2 };
_Static_assert(sizeof(suprsend_object_operation_remove_subscription_node_user_selection_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_object_operation_remove_subscription_node_user_selection_item_to_string(suprsend_object_operation_remove_subscription_node_user_selection_item value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_object_operation_remove_subscription_node_user_selection_item_Values[value - 1] : NULL;
}

static const char *const suprsend_user_update_node_user_selection_Values[] = {
    "actor",
    "recipient",
};
const apic_enum_desc suprsend_user_update_node_user_selection_enum_desc = { "UserUpdateNode.user_selection", suprsend_user_update_node_user_selection_Values, 2 };
_Static_assert(sizeof(suprsend_user_update_node_user_selection) == sizeof(int), "enum slots are stored as int");

const char *suprsend_user_update_node_user_selection_to_string(suprsend_user_update_node_user_selection value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_user_update_node_user_selection_Values[value - 1] : NULL;
}

static const char *const suprsend_invoke_workflow_node_actor_selection_Values[] = {
    "recipient",
    "actor",
    "expression",
};
const apic_enum_desc suprsend_invoke_workflow_node_actor_selection_enum_desc = { "InvokeWorkflowNode.actor_selection", suprsend_invoke_workflow_node_actor_selection_Values, 3 };
_Static_assert(sizeof(suprsend_invoke_workflow_node_actor_selection) == sizeof(int), "enum slots are stored as int");

const char *suprsend_invoke_workflow_node_actor_selection_to_string(suprsend_invoke_workflow_node_actor_selection value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_invoke_workflow_node_actor_selection_Values[value - 1] : NULL;
}

static const char *const suprsend_invoke_workflow_node_recipient_selection_Values[] = {
    "recipient",
    "actor",
    "expression",
};
const apic_enum_desc suprsend_invoke_workflow_node_recipient_selection_enum_desc = { "InvokeWorkflowNode.recipient_selection", suprsend_invoke_workflow_node_recipient_selection_Values, 3 };
_Static_assert(sizeof(suprsend_invoke_workflow_node_recipient_selection) == sizeof(int), "enum slots are stored as int");

const char *suprsend_invoke_workflow_node_recipient_selection_to_string(suprsend_invoke_workflow_node_recipient_selection value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_invoke_workflow_node_recipient_selection_Values[value - 1] : NULL;
}

static const char *const suprsend_send_multi_channel_node_channels_item_Values[] = {
    "sms",
    "email",
    "androidpush",
    "iospush",
    "webpush",
    "inbox",
    "whatsapp",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_send_multi_channel_node_channels_item_enum_desc = { "SendMultiChannelNode.channels.item", suprsend_send_multi_channel_node_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_send_multi_channel_node_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_send_multi_channel_node_channels_item_to_string(suprsend_send_multi_channel_node_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_send_multi_channel_node_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_send_smart_channel_routing_node_channels_item_Values[] = {
    "sms",
    "email",
    "androidpush",
    "iospush",
    "webpush",
    "inbox",
    "whatsapp",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_send_smart_channel_routing_node_channels_item_enum_desc = { "SendSmartChannelRoutingNode.channels.item", suprsend_send_smart_channel_routing_node_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_send_smart_channel_routing_node_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_send_smart_channel_routing_node_channels_item_to_string(suprsend_send_smart_channel_routing_node_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_send_smart_channel_routing_node_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_send_smart_channel_routing_node_mandatory_channels_item_Values[] = {
    "sms",
    "email",
    "androidpush",
    "iospush",
    "webpush",
    "inbox",
    "whatsapp",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_send_smart_channel_routing_node_mandatory_channels_item_enum_desc = { "SendSmartChannelRoutingNode.mandatory_channels.item", suprsend_send_smart_channel_routing_node_mandatory_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_send_smart_channel_routing_node_mandatory_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_send_smart_channel_routing_node_mandatory_channels_item_to_string(suprsend_send_smart_channel_routing_node_mandatory_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_send_smart_channel_routing_node_mandatory_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_send_smart_channel_routing_node_routing_basis_Values[] = {
    "cost_low_to_high",
};
const apic_enum_desc suprsend_send_smart_channel_routing_node_routing_basis_enum_desc = { "SendSmartChannelRoutingNode.routing_basis", suprsend_send_smart_channel_routing_node_routing_basis_Values, 1 };
_Static_assert(sizeof(suprsend_send_smart_channel_routing_node_routing_basis) == sizeof(int), "enum slots are stored as int");

const char *suprsend_send_smart_channel_routing_node_routing_basis_to_string(suprsend_send_smart_channel_routing_node_routing_basis value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_send_smart_channel_routing_node_routing_basis_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_create_update_trigger_type_Values[] = {
    "event",
    "api",
};
const apic_enum_desc suprsend_workflow_create_update_trigger_type_enum_desc = { "WorkflowCreateUpdate.trigger_type", suprsend_workflow_create_update_trigger_type_Values, 2 };
_Static_assert(sizeof(suprsend_workflow_create_update_trigger_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_create_update_trigger_type_to_string(suprsend_workflow_create_update_trigger_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_workflow_create_update_trigger_type_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_create_update_conditions_item_type_Values[] = {
    "expression_v1",
};
const apic_enum_desc suprsend_workflow_create_update_conditions_item_type_enum_desc = { "WorkflowCreateUpdate.conditions.item.type", suprsend_workflow_create_update_conditions_item_type_Values, 1 };
_Static_assert(sizeof(suprsend_workflow_create_update_conditions_item_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_create_update_conditions_item_type_to_string(suprsend_workflow_create_update_conditions_item_type value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_workflow_create_update_conditions_item_type_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_create_update_conditions_item_expression_v1_op_Values[] = {
    "AND",
};
const apic_enum_desc suprsend_workflow_create_update_conditions_item_expression_v1_op_enum_desc = { "WorkflowCreateUpdate.conditions.item.expression_v1.op", suprsend_workflow_create_update_conditions_item_expression_v1_op_Values, 1 };
_Static_assert(sizeof(suprsend_workflow_create_update_conditions_item_expression_v1_op) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_create_update_conditions_item_expression_v1_op_to_string(suprsend_workflow_create_update_conditions_item_expression_v1_op value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_workflow_create_update_conditions_item_expression_v1_op_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_Values[] = {
    "==",
    "!=",
    ">",
    "<",
    ">=",
    "<=",
    "EMPTY",
    "NON_EMPTY",
    "CONTAINS",
    "NOT_CONTAINS",
    "ARRAY_INTERSECTS",
    "NOT_ARRAY_INTERSECTS",
    "DATETIME_EQUALS",
    "DATETIME_LT",
    "DATETIME_GT",
};
const apic_enum_desc suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_enum_desc = { "WorkflowCreateUpdate.conditions.item.expression_v1.args.item.op", suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_Values, 15 };
_Static_assert(sizeof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_to_string(suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op value)
{
    return value >= 1 && (size_t)value <= 15 ? suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_Values[] = {
    "",
    "$recipient",
    "$tenant",
};
const apic_enum_desc suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_enum_desc = { "WorkflowCreateUpdate.conditions.item.expression_v1.args.item.variable_ns", suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_Values, 3 };
_Static_assert(sizeof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_to_string(suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_Values[value - 1] : NULL;
}

static const char *const suprsend_workflow_create_update_override_recipients_type_Values[] = {
    "user",
    "single_object_fields",
};
const apic_enum_desc suprsend_workflow_create_update_override_recipients_type_enum_desc = { "WorkflowCreateUpdate.override_recipients_type", suprsend_workflow_create_update_override_recipients_type_Values, 2 };
_Static_assert(sizeof(suprsend_workflow_create_update_override_recipients_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_workflow_create_update_override_recipients_type_to_string(suprsend_workflow_create_update_override_recipients_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_workflow_create_update_override_recipients_type_Values[value - 1] : NULL;
}

static const char *const suprsend_message_response_status_Values[] = {
    "triggered",
    "trigger_failed",
    "trigger_blocked",
    "not_to_be_triggered",
    "to_be_triggered",
    "sent_by_vendor",
    "delivered",
    "delivery_failure",
    "seen",
    "clicked",
    "dismissed",
    "read",
};
const apic_enum_desc suprsend_message_response_status_enum_desc = { "MessageResponse.status", suprsend_message_response_status_Values, 12 };
_Static_assert(sizeof(suprsend_message_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_message_response_status_to_string(suprsend_message_response_status value)
{
    return value >= 1 && (size_t)value <= 12 ? suprsend_message_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_message_response_channel_Values[] = {
    "sms",
    "email",
    "whatsapp",
    "inbox",
    "androidpush",
    "iospush",
    "webpush",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_message_response_channel_enum_desc = { "MessageResponse.channel", suprsend_message_response_channel_Values, 9 };
_Static_assert(sizeof(suprsend_message_response_channel) == sizeof(int), "enum slots are stored as int");

const char *suprsend_message_response_channel_to_string(suprsend_message_response_channel value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_message_response_channel_Values[value - 1] : NULL;
}

static const char *const suprsend_message_response_recipient_type_Values[] = {
    "user",
    "object",
};
const apic_enum_desc suprsend_message_response_recipient_type_enum_desc = { "MessageResponse.recipient.$type", suprsend_message_response_recipient_type_Values, 2 };
_Static_assert(sizeof(suprsend_message_response_recipient_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_message_response_recipient_type_to_string(suprsend_message_response_recipient_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_message_response_recipient_type_Values[value - 1] : NULL;
}

static const char *const suprsend_bulk_patch_item_result_error_type_Values[] = {
    "not_found",
    "status_blocked",
    "action_not_supported",
    "internal_error",
};
const apic_enum_desc suprsend_bulk_patch_item_result_error_type_enum_desc = { "BulkPatchItemResult.error.type", suprsend_bulk_patch_item_result_error_type_Values, 4 };
_Static_assert(sizeof(suprsend_bulk_patch_item_result_error_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_bulk_patch_item_result_error_type_to_string(suprsend_bulk_patch_item_result_error_type value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_bulk_patch_item_result_error_type_Values[value - 1] : NULL;
}

static const char *const suprsend_management_workspace_mode_Values[] = {
    "sandbox",
    "production",
};
const apic_enum_desc suprsend_management_workspace_mode_enum_desc = { "ManagementWorkspace.mode", suprsend_management_workspace_mode_Values, 2 };
_Static_assert(sizeof(suprsend_management_workspace_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_management_workspace_mode_to_string(suprsend_management_workspace_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_management_workspace_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_management_workspace_signing_key_status_Values[] = {
    "active",
    "rolled",
};
const apic_enum_desc suprsend_management_workspace_signing_key_status_enum_desc = { "ManagementWorkspaceSigningKey.status", suprsend_management_workspace_signing_key_status_Values, 2 };
_Static_assert(sizeof(suprsend_management_workspace_signing_key_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_management_workspace_signing_key_status_to_string(suprsend_management_workspace_signing_key_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_management_workspace_signing_key_status_Values[value - 1] : NULL;
}

static const char *const suprsend_management_workspace_signing_key_create_response_status_Values[] = {
    "active",
    "rolled",
};
const apic_enum_desc suprsend_management_workspace_signing_key_create_response_status_enum_desc = { "ManagementWorkspaceSigningKeyCreateResponse.status", suprsend_management_workspace_signing_key_create_response_status_Values, 2 };
_Static_assert(sizeof(suprsend_management_workspace_signing_key_create_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_management_workspace_signing_key_create_response_status_to_string(suprsend_management_workspace_signing_key_create_response_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_management_workspace_signing_key_create_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_create_list_response_list_type_Values[] = {
    "static_list",
    "query_based",
};
const apic_enum_desc suprsend_create_list_response_list_type_enum_desc = { "create_list_response.list_type", suprsend_create_list_response_list_type_Values, 2 };
_Static_assert(sizeof(suprsend_create_list_response_list_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_create_list_response_list_type_to_string(suprsend_create_list_response_list_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_create_list_response_list_type_Values[value - 1] : NULL;
}

static const char *const suprsend_get_user_preference_all_categories_response_results_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_get_user_preference_all_categories_response_results_item_preference_enum_desc = { "get_user_preference_all_categories_response.results.item.preference", suprsend_get_user_preference_all_categories_response_results_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_get_user_preference_all_categories_response_results_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_user_preference_all_categories_response_results_item_preference_to_string(suprsend_get_user_preference_all_categories_response_results_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_user_preference_all_categories_response_results_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_list_response_list_type_Values[] = {
    "static_list",
    "query_based",
};
const apic_enum_desc suprsend_get_list_response_list_type_enum_desc = { "get_list_response.list_type", suprsend_get_list_response_list_type_Values, 2 };
_Static_assert(sizeof(suprsend_get_list_response_list_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_list_response_list_type_to_string(suprsend_get_list_response_list_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_list_response_list_type_Values[value - 1] : NULL;
}

static const char *const suprsend_update_user_preference_category_response_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_update_user_preference_category_response_channels_item_preference_enum_desc = { "update_user_preference_category_response.channels.item.preference", suprsend_update_user_preference_category_response_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_update_user_preference_category_response_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_user_preference_category_response_channels_item_preference_to_string(suprsend_update_user_preference_category_response_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_update_user_preference_category_response_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_brand_default_preference_request_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_brand_default_preference_request_preference_enum_desc = { "update_brand_default_preference_request.preference", suprsend_update_brand_default_preference_request_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_brand_default_preference_request_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_brand_default_preference_request_preference_to_string(suprsend_update_brand_default_preference_request_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_brand_default_preference_request_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_brand_default_preference_request_mandatory_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "androidpush",
    "inbox",
    "iospush",
    "slack",
    "webpush",
    "ms_teams",
};
const apic_enum_desc suprsend_update_brand_default_preference_request_mandatory_channels_item_enum_desc = { "update_brand_default_preference_request.mandatory_channels.item", suprsend_update_brand_default_preference_request_mandatory_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_update_brand_default_preference_request_mandatory_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_brand_default_preference_request_mandatory_channels_item_to_string(suprsend_update_brand_default_preference_request_mandatory_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_update_brand_default_preference_request_mandatory_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_update_brand_default_preference_request_opt_in_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "androidpush",
    "inbox",
    "iospush",
    "slack",
    "webpush",
    "ms_teams",
};
const apic_enum_desc suprsend_update_brand_default_preference_request_opt_in_channels_item_enum_desc = { "update_brand_default_preference_request.opt_in_channels.item", suprsend_update_brand_default_preference_request_opt_in_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_update_brand_default_preference_request_opt_in_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_brand_default_preference_request_opt_in_channels_item_to_string(suprsend_update_brand_default_preference_request_opt_in_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_update_brand_default_preference_request_opt_in_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_update_brand_default_preference_request_blocked_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "androidpush",
    "inbox",
    "iospush",
    "slack",
    "webpush",
    "ms_teams",
};
const apic_enum_desc suprsend_update_brand_default_preference_request_blocked_channels_item_enum_desc = { "update_brand_default_preference_request.blocked_channels.item", suprsend_update_brand_default_preference_request_blocked_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_update_brand_default_preference_request_blocked_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_brand_default_preference_request_blocked_channels_item_to_string(suprsend_update_brand_default_preference_request_blocked_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_update_brand_default_preference_request_blocked_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_update_brand_default_preference_response_default_preference_Values[] = {
    "cant_unsubscribe",
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_update_brand_default_preference_response_default_preference_enum_desc = { "update_brand_default_preference_response.default_preference", suprsend_update_brand_default_preference_response_default_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_brand_default_preference_response_default_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_brand_default_preference_response_default_preference_to_string(suprsend_update_brand_default_preference_response_default_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_brand_default_preference_response_default_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_brand_default_preference_response_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_update_brand_default_preference_response_preference_enum_desc = { "update_brand_default_preference_response.preference", suprsend_update_brand_default_preference_response_preference_Values, 2 };
_Static_assert(sizeof(suprsend_update_brand_default_preference_response_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_brand_default_preference_response_preference_to_string(suprsend_update_brand_default_preference_response_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_update_brand_default_preference_response_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_brand_default_preference_response_blocked_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "androidpush",
    "inbox",
    "iospush",
    "slack",
    "webpush",
    "ms_teams",
};
const apic_enum_desc suprsend_update_brand_default_preference_response_blocked_channels_item_enum_desc = { "update_brand_default_preference_response.blocked_channels.item", suprsend_update_brand_default_preference_response_blocked_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_update_brand_default_preference_response_blocked_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_brand_default_preference_response_blocked_channels_item_to_string(suprsend_update_brand_default_preference_response_blocked_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_update_brand_default_preference_response_blocked_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_full_preference_response_root_categories_item_root_category_Values[] = {
    "system",
    "transactional",
    "promotional",
};
const apic_enum_desc suprsend_get_tenant_full_preference_response_root_categories_item_root_category_enum_desc = { "get_tenant_full_preference_response.root_categories.item.root_category", suprsend_get_tenant_full_preference_response_root_categories_item_root_category_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_full_preference_response_root_categories_item_root_category) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_full_preference_response_root_categories_item_root_category_to_string(suprsend_get_tenant_full_preference_response_root_categories_item_root_category value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_full_preference_response_root_categories_item_root_category_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_enum_desc = { "get_tenant_full_preference_response.root_categories.item.sections.item.categories.item.default_preference", suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_to_string(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_enum_desc = { "get_tenant_full_preference_response.root_categories.item.sections.item.categories.item.preference", suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_to_string(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_preference_all_categories_response_results_item_root_category_Values[] = {
    "system",
    "transactional",
    "promotional",
};
const apic_enum_desc suprsend_get_tenant_preference_all_categories_response_results_item_root_category_enum_desc = { "get_tenant_preference_all_categories_response.results.item.root_category", suprsend_get_tenant_preference_all_categories_response_results_item_root_category_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_preference_all_categories_response_results_item_root_category) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_preference_all_categories_response_results_item_root_category_to_string(suprsend_get_tenant_preference_all_categories_response_results_item_root_category value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_preference_all_categories_response_results_item_root_category_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_enum_desc = { "get_tenant_preference_all_categories_response.results.item.default_preference", suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_preference_all_categories_response_results_item_default_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_to_string(suprsend_get_tenant_preference_all_categories_response_results_item_default_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_preference_all_categories_response_results_item_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_get_tenant_preference_all_categories_response_results_item_preference_enum_desc = { "get_tenant_preference_all_categories_response.results.item.preference", suprsend_get_tenant_preference_all_categories_response_results_item_preference_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_preference_all_categories_response_results_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_preference_all_categories_response_results_item_preference_to_string(suprsend_get_tenant_preference_all_categories_response_results_item_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_preference_all_categories_response_results_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_preference_single_category_response_root_category_Values[] = {
    "system",
    "transactional",
    "promotional",
};
const apic_enum_desc suprsend_get_tenant_preference_single_category_response_root_category_enum_desc = { "get_tenant_preference_single_category_response.root_category", suprsend_get_tenant_preference_single_category_response_root_category_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_preference_single_category_response_root_category) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_preference_single_category_response_root_category_to_string(suprsend_get_tenant_preference_single_category_response_root_category value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_preference_single_category_response_root_category_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_preference_single_category_response_default_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_get_tenant_preference_single_category_response_default_preference_enum_desc = { "get_tenant_preference_single_category_response.default_preference", suprsend_get_tenant_preference_single_category_response_default_preference_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_preference_single_category_response_default_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_preference_single_category_response_default_preference_to_string(suprsend_get_tenant_preference_single_category_response_default_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_preference_single_category_response_default_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_preference_single_category_response_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_get_tenant_preference_single_category_response_preference_enum_desc = { "get_tenant_preference_single_category_response.preference", suprsend_get_tenant_preference_single_category_response_preference_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_preference_single_category_response_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_preference_single_category_response_preference_to_string(suprsend_get_tenant_preference_single_category_response_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_preference_single_category_response_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_tenant_preference_single_category_request_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_tenant_preference_single_category_request_preference_enum_desc = { "update_tenant_preference_single_category_request.preference", suprsend_update_tenant_preference_single_category_request_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_tenant_preference_single_category_request_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_tenant_preference_single_category_request_preference_to_string(suprsend_update_tenant_preference_single_category_request_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_tenant_preference_single_category_request_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_tenant_preference_single_category_response_root_category_Values[] = {
    "system",
    "transactional",
    "promotional",
};
const apic_enum_desc suprsend_update_tenant_preference_single_category_response_root_category_enum_desc = { "update_tenant_preference_single_category_response.root_category", suprsend_update_tenant_preference_single_category_response_root_category_Values, 3 };
_Static_assert(sizeof(suprsend_update_tenant_preference_single_category_response_root_category) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_tenant_preference_single_category_response_root_category_to_string(suprsend_update_tenant_preference_single_category_response_root_category value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_tenant_preference_single_category_response_root_category_Values[value - 1] : NULL;
}

static const char *const suprsend_update_tenant_preference_single_category_response_default_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_tenant_preference_single_category_response_default_preference_enum_desc = { "update_tenant_preference_single_category_response.default_preference", suprsend_update_tenant_preference_single_category_response_default_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_tenant_preference_single_category_response_default_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_tenant_preference_single_category_response_default_preference_to_string(suprsend_update_tenant_preference_single_category_response_default_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_tenant_preference_single_category_response_default_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_tenant_preference_single_category_response_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_tenant_preference_single_category_response_preference_enum_desc = { "update_tenant_preference_single_category_response.preference", suprsend_update_tenant_preference_single_category_response_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_tenant_preference_single_category_response_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_tenant_preference_single_category_response_preference_to_string(suprsend_update_tenant_preference_single_category_response_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_tenant_preference_single_category_response_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_default_preference_response_default_preference_Values[] = {
    "cant_unsubscribe",
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_get_tenant_default_preference_response_default_preference_enum_desc = { "get_tenant_default_preference_response.default_preference", suprsend_get_tenant_default_preference_response_default_preference_Values, 3 };
_Static_assert(sizeof(suprsend_get_tenant_default_preference_response_default_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_default_preference_response_default_preference_to_string(suprsend_get_tenant_default_preference_response_default_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_get_tenant_default_preference_response_default_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_default_preference_response_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_get_tenant_default_preference_response_preference_enum_desc = { "get_tenant_default_preference_response.preference", suprsend_get_tenant_default_preference_response_preference_Values, 2 };
_Static_assert(sizeof(suprsend_get_tenant_default_preference_response_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_default_preference_response_preference_to_string(suprsend_get_tenant_default_preference_response_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_tenant_default_preference_response_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_tenant_default_preference_response_blocked_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "androidpush",
    "inbox",
    "iospush",
    "slack",
    "webpush",
    "ms_teams",
};
const apic_enum_desc suprsend_get_tenant_default_preference_response_blocked_channels_item_enum_desc = { "get_tenant_default_preference_response.blocked_channels.item", suprsend_get_tenant_default_preference_response_blocked_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_get_tenant_default_preference_response_blocked_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_tenant_default_preference_response_blocked_channels_item_to_string(suprsend_get_tenant_default_preference_response_blocked_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_get_tenant_default_preference_response_blocked_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_trigger_workflow_api_response_records_item_status_Values[] = {
    "success",
    "error",
};
const apic_enum_desc suprsend_trigger_workflow_api_response_records_item_status_enum_desc = { "trigger_workflow_api_response.records.item.status", suprsend_trigger_workflow_api_response_records_item_status_Values, 2 };
_Static_assert(sizeof(suprsend_trigger_workflow_api_response_records_item_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_trigger_workflow_api_response_records_item_status_to_string(suprsend_trigger_workflow_api_response_records_item_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_trigger_workflow_api_response_records_item_status_Values[value - 1] : NULL;
}

static const char *const suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_enum_desc = { "get_user_full_preference_response.sections.item.subcategories.item.preference", suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_to_string(suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc = { "get_user_full_preference_response.sections.item.subcategories.item.channels.item.preference", suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_to_string(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_user_full_preference_request_categories_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_update_user_full_preference_request_categories_item_preference_enum_desc = { "update_user_full_preference_request.categories.item.preference", suprsend_update_user_full_preference_request_categories_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_update_user_full_preference_request_categories_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_user_full_preference_request_categories_item_preference_to_string(suprsend_update_user_full_preference_request_categories_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_update_user_full_preference_request_categories_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_enum_desc = { "update_user_full_preference_response.sections.item.subcategories.item.original_preference", suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_to_string(suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_enum_desc = { "update_user_full_preference_response.sections.item.subcategories.item.preference", suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_to_string(suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc = { "update_user_full_preference_response.sections.item.subcategories.item.channels.item.preference", suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_to_string(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_preference_single_category_response_original_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_preference_single_category_response_original_preference_enum_desc = { "fetch_object_preference_single_category_response.original_preference", suprsend_fetch_object_preference_single_category_response_original_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_preference_single_category_response_original_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_preference_single_category_response_original_preference_to_string(suprsend_fetch_object_preference_single_category_response_original_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_preference_single_category_response_original_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_preference_single_category_response_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_preference_single_category_response_preference_enum_desc = { "fetch_object_preference_single_category_response.preference", suprsend_fetch_object_preference_single_category_response_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_preference_single_category_response_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_preference_single_category_response_preference_to_string(suprsend_fetch_object_preference_single_category_response_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_preference_single_category_response_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_preference_single_category_response_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_preference_single_category_response_channels_item_preference_enum_desc = { "fetch_object_preference_single_category_response.channels.item.preference", suprsend_fetch_object_preference_single_category_response_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_preference_single_category_response_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_preference_single_category_response_channels_item_preference_to_string(suprsend_fetch_object_preference_single_category_response_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_preference_single_category_response_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_object_preference_category_response_original_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_object_preference_category_response_original_preference_enum_desc = { "object_preference_category_response.original_preference", suprsend_object_preference_category_response_original_preference_Values, 2 };
_Static_assert(sizeof(suprsend_object_preference_category_response_original_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_object_preference_category_response_original_preference_to_string(suprsend_object_preference_category_response_original_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_object_preference_category_response_original_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_object_preference_category_response_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_object_preference_category_response_preference_enum_desc = { "object_preference_category_response.preference", suprsend_object_preference_category_response_preference_Values, 2 };
_Static_assert(sizeof(suprsend_object_preference_category_response_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_object_preference_category_response_preference_to_string(suprsend_object_preference_category_response_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_object_preference_category_response_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_object_preference_category_response_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_object_preference_category_response_channels_item_preference_enum_desc = { "object_preference_category_response.channels.item.preference", suprsend_object_preference_category_response_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_object_preference_category_response_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_object_preference_category_response_channels_item_preference_to_string(suprsend_object_preference_category_response_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_object_preference_category_response_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_enum_desc = { "fetch_object_full_preference_response.sections.item.subcategories.item.preference", suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_to_string(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc = { "fetch_object_full_preference_response.sections.item.subcategories.item.channels.item.preference", suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_to_string(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_enum_desc = { "update_object_full_preference_response.sections.item.subcategories.item.original_preference", suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_to_string(suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_enum_desc = { "update_object_full_preference_response.sections.item.subcategories.item.preference", suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_Values, 3 };
_Static_assert(sizeof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_to_string(suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc = { "update_object_full_preference_response.sections.item.subcategories.item.channels.item.preference", suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_to_string(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_enum_desc = { "fetch_object_preference_all_categories_response.results.item.original_preference", suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_preference_all_categories_response_results_item_original_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_to_string(suprsend_fetch_object_preference_all_categories_response_results_item_original_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_preference_all_categories_response_results_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_preference_all_categories_response_results_item_preference_enum_desc = { "fetch_object_preference_all_categories_response.results.item.preference", suprsend_fetch_object_preference_all_categories_response_results_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_preference_all_categories_response_results_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_preference_all_categories_response_results_item_preference_to_string(suprsend_fetch_object_preference_all_categories_response_results_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_preference_all_categories_response_results_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_Values[] = {
    "opt_in",
    "opt_out",
};
const apic_enum_desc suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_enum_desc = { "fetch_object_preference_all_categories_response.results.item.channels.item.preference", suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_Values, 2 };
_Static_assert(sizeof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_to_string(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_list_messages_status_item_Values[] = {
    "triggered (status AnyOf('triggered','trigger_blocked','sent_by_vendor','to_be_triggered','not_to_be_triggered'))",
    "delivery_failed (status AnyOf('trigger_failed','failure_by_vendor')",
    "delivered",
    "seen",
    "clicked",
    "dismissed",
    "read (is_read = true)",
    "unread (is_read = false)",
    "archived (is_archived = true)",
};
const apic_enum_desc suprsend_list_messages_status_item_enum_desc = { "list_messages_status[].item", suprsend_list_messages_status_item_Values, 9 };
_Static_assert(sizeof(suprsend_list_messages_status_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_messages_status_item_to_string(suprsend_list_messages_status_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_list_messages_status_item_Values[value - 1] : NULL;
}

static const char *const suprsend_list_messages_channel_Values[] = {
    "sms",
    "email",
    "androidpush",
    "iospush",
    "webpush",
    "inbox",
    "whatsapp",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_list_messages_channel_enum_desc = { "list_messages_channel", suprsend_list_messages_channel_Values, 9 };
_Static_assert(sizeof(suprsend_list_messages_channel) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_messages_channel_to_string(suprsend_list_messages_channel value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_list_messages_channel_Values[value - 1] : NULL;
}

static const char *const suprsend_bulk_update_messages_request_messages_item_action_Values[] = {
    "seen",
    "clicked",
    "dismissed",
    "read",
    "unread",
    "archived",
    "unarchived",
};
const apic_enum_desc suprsend_bulk_update_messages_request_messages_item_action_enum_desc = { "bulk_update_messages_request.messages.item.action", suprsend_bulk_update_messages_request_messages_item_action_Values, 7 };
_Static_assert(sizeof(suprsend_bulk_update_messages_request_messages_item_action) == sizeof(int), "enum slots are stored as int");

const char *suprsend_bulk_update_messages_request_messages_item_action_to_string(suprsend_bulk_update_messages_request_messages_item_action value)
{
    return value >= 1 && (size_t)value <= 7 ? suprsend_bulk_update_messages_request_messages_item_action_Values[value - 1] : NULL;
}

static const char *const suprsend_list_workflows_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_list_workflows_mode_enum_desc = { "list_workflows_mode", suprsend_list_workflows_mode_Values, 2 };
_Static_assert(sizeof(suprsend_list_workflows_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_workflows_mode_to_string(suprsend_list_workflows_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_list_workflows_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_get_workflow_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_get_workflow_mode_enum_desc = { "get_workflow_mode", suprsend_get_workflow_mode_Values, 2 };
_Static_assert(sizeof(suprsend_get_workflow_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_workflow_mode_to_string(suprsend_get_workflow_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_workflow_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_list_schemas_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_list_schemas_mode_enum_desc = { "list_schemas_mode", suprsend_list_schemas_mode_Values, 2 };
_Static_assert(sizeof(suprsend_list_schemas_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_schemas_mode_to_string(suprsend_list_schemas_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_list_schemas_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_list_schemas_response_results_item_status_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_list_schemas_response_results_item_status_enum_desc = { "list_schemas_response.results.item.status", suprsend_list_schemas_response_results_item_status_Values, 2 };
_Static_assert(sizeof(suprsend_list_schemas_response_results_item_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_schemas_response_results_item_status_to_string(suprsend_list_schemas_response_results_item_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_list_schemas_response_results_item_status_Values[value - 1] : NULL;
}

static const char *const suprsend_get_schema_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_get_schema_mode_enum_desc = { "get_schema_mode", suprsend_get_schema_mode_Values, 2 };
_Static_assert(sizeof(suprsend_get_schema_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_schema_mode_to_string(suprsend_get_schema_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_schema_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_get_schema_response_status_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_get_schema_response_status_enum_desc = { "get_schema_response.status", suprsend_get_schema_response_status_Values, 2 };
_Static_assert(sizeof(suprsend_get_schema_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_schema_response_status_to_string(suprsend_get_schema_response_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_schema_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_upsert_schema_response_status_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_upsert_schema_response_status_enum_desc = { "upsert_schema_response.status", suprsend_upsert_schema_response_status_Values, 2 };
_Static_assert(sizeof(suprsend_upsert_schema_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_upsert_schema_response_status_to_string(suprsend_upsert_schema_response_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_upsert_schema_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_commit_schema_response_status_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_commit_schema_response_status_enum_desc = { "commit_schema_response.status", suprsend_commit_schema_response_status_Values, 2 };
_Static_assert(sizeof(suprsend_commit_schema_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_commit_schema_response_status_to_string(suprsend_commit_schema_response_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_commit_schema_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_get_category_mode_Values[] = {
    "live",
    "draft",
};
const apic_enum_desc suprsend_get_category_mode_enum_desc = { "get_category_mode", suprsend_get_category_mode_Values, 2 };
_Static_assert(sizeof(suprsend_get_category_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_category_mode_to_string(suprsend_get_category_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_category_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_get_category_response_status_Values[] = {
    "draft",
    "active",
};
const apic_enum_desc suprsend_get_category_response_status_enum_desc = { "get_category_response.status", suprsend_get_category_response_status_Values, 2 };
_Static_assert(sizeof(suprsend_get_category_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_category_response_status_to_string(suprsend_get_category_response_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_category_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_create_update_category_request_root_categories_item_root_category_Values[] = {
    "system",
    "transactional",
    "promotional",
};
const apic_enum_desc suprsend_create_update_category_request_root_categories_item_root_category_enum_desc = { "create_update_category_request.root_categories.item.root_category", suprsend_create_update_category_request_root_categories_item_root_category_Values, 3 };
_Static_assert(sizeof(suprsend_create_update_category_request_root_categories_item_root_category) == sizeof(int), "enum slots are stored as int");

const char *suprsend_create_update_category_request_root_categories_item_root_category_to_string(suprsend_create_update_category_request_root_categories_item_root_category value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_create_update_category_request_root_categories_item_root_category_Values[value - 1] : NULL;
}

static const char *const suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_Values[] = {
    "opt_in",
    "opt_out",
    "cant_unsubscribe",
};
const apic_enum_desc suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_enum_desc = { "create_update_category_request.root_categories.item.sections.item.categories.item.default_preference", suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_Values, 3 };
_Static_assert(sizeof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference) == sizeof(int), "enum slots are stored as int");

const char *suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_to_string(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_Values[value - 1] : NULL;
}

static const char *const suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "androidpush",
    "inbox",
    "iospush",
    "slack",
    "webpush",
};
const apic_enum_desc suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_enum_desc = { "create_update_category_request.root_categories.item.sections.item.categories.item.default_mandatory_channels.item", suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_Values, 8 };
_Static_assert(sizeof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_to_string(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item value)
{
    return value >= 1 && (size_t)value <= 8 ? suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "androidpush",
    "inbox",
    "iospush",
    "slack",
    "webpush",
    "ms_teams",
};
const apic_enum_desc suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_enum_desc = { "create_update_category_request.root_categories.item.sections.item.categories.item.default_opt_in_channels.item", suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_to_string(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_create_update_category_response_status_Values[] = {
    "draft",
    "active",
};
const apic_enum_desc suprsend_create_update_category_response_status_enum_desc = { "create_update_category_response.status", suprsend_create_update_category_response_status_Values, 2 };
_Static_assert(sizeof(suprsend_create_update_category_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_create_update_category_response_status_to_string(suprsend_create_update_category_response_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_create_update_category_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_commit_category_response_status_Values[] = {
    "draft",
    "active",
};
const apic_enum_desc suprsend_commit_category_response_status_enum_desc = { "commit_category_response.status", suprsend_commit_category_response_status_Values, 2 };
_Static_assert(sizeof(suprsend_commit_category_response_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_commit_category_response_status_to_string(suprsend_commit_category_response_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_commit_category_response_status_Values[value - 1] : NULL;
}

static const char *const suprsend_list_translations_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_list_translations_mode_enum_desc = { "list_translations_mode", suprsend_list_translations_mode_Values, 2 };
_Static_assert(sizeof(suprsend_list_translations_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_translations_mode_to_string(suprsend_list_translations_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_list_translations_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_list_translations_response_results_item_action_Values[] = {
    "added",
    "updated",
    "deleted",
    "unchanged",
};
const apic_enum_desc suprsend_list_translations_response_results_item_action_enum_desc = { "list_translations_response.results.item.action", suprsend_list_translations_response_results_item_action_Values, 4 };
_Static_assert(sizeof(suprsend_list_translations_response_results_item_action) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_translations_response_results_item_action_to_string(suprsend_list_translations_response_results_item_action value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_list_translations_response_results_item_action_Values[value - 1] : NULL;
}

static const char *const suprsend_get_translation_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_get_translation_mode_enum_desc = { "get_translation_mode", suprsend_get_translation_mode_Values, 2 };
_Static_assert(sizeof(suprsend_get_translation_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_translation_mode_to_string(suprsend_get_translation_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_translation_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_get_translation_response_action_Values[] = {
    "added",
    "updated",
    "deleted",
    "unchanged",
};
const apic_enum_desc suprsend_get_translation_response_action_enum_desc = { "get_translation_response.action", suprsend_get_translation_response_action_Values, 4 };
_Static_assert(sizeof(suprsend_get_translation_response_action) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_translation_response_action_to_string(suprsend_get_translation_response_action value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_get_translation_response_action_Values[value - 1] : NULL;
}

static const char *const suprsend_add_translation_response_action_Values[] = {
    "added",
    "updated",
    "deleted",
    "unchanged",
};
const apic_enum_desc suprsend_add_translation_response_action_enum_desc = { "add_translation_response.action", suprsend_add_translation_response_action_Values, 4 };
_Static_assert(sizeof(suprsend_add_translation_response_action) == sizeof(int), "enum slots are stored as int");

const char *suprsend_add_translation_response_action_to_string(suprsend_add_translation_response_action value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_add_translation_response_action_Values[value - 1] : NULL;
}

static const char *const suprsend_get_translation_history_response_results_item_action_Values[] = {
    "added",
    "updated",
    "deleted",
    "unchanged",
};
const apic_enum_desc suprsend_get_translation_history_response_results_item_action_enum_desc = { "get_translation_history_response.results.item.action", suprsend_get_translation_history_response_results_item_action_Values, 4 };
_Static_assert(sizeof(suprsend_get_translation_history_response_results_item_action) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_translation_history_response_results_item_action_to_string(suprsend_get_translation_history_response_results_item_action value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_get_translation_history_response_results_item_action_Values[value - 1] : NULL;
}

static const char *const suprsend_rollback_translation_response_results_item_action_Values[] = {
    "added",
    "updated",
    "deleted",
    "unchanged",
};
const apic_enum_desc suprsend_rollback_translation_response_results_item_action_enum_desc = { "rollback_translation_response.results.item.action", suprsend_rollback_translation_response_results_item_action_Values, 4 };
_Static_assert(sizeof(suprsend_rollback_translation_response_results_item_action) == sizeof(int), "enum slots are stored as int");

const char *suprsend_rollback_translation_response_results_item_action_to_string(suprsend_rollback_translation_response_results_item_action value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_rollback_translation_response_results_item_action_Values[value - 1] : NULL;
}

static const char *const suprsend_commit_translation_response_results_item_action_Values[] = {
    "added",
    "updated",
    "deleted",
    "unchanged",
};
const apic_enum_desc suprsend_commit_translation_response_results_item_action_enum_desc = { "commit_translation_response.results.item.action", suprsend_commit_translation_response_results_item_action_Values, 4 };
_Static_assert(sizeof(suprsend_commit_translation_response_results_item_action) == sizeof(int), "enum slots are stored as int");

const char *suprsend_commit_translation_response_results_item_action_to_string(suprsend_commit_translation_response_results_item_action value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_commit_translation_response_results_item_action_Values[value - 1] : NULL;
}

static const char *const suprsend_list_templates_v2_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_list_templates_v2_mode_enum_desc = { "list_templates_v2_mode", suprsend_list_templates_v2_mode_Values, 2 };
_Static_assert(sizeof(suprsend_list_templates_v2_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_templates_v2_mode_to_string(suprsend_list_templates_v2_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_list_templates_v2_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_list_templates_v2_response_results_item_status_Values[] = {
    "draft",
    "active",
};
const apic_enum_desc suprsend_list_templates_v2_response_results_item_status_enum_desc = { "list_templates_v2_response.results.item.status", suprsend_list_templates_v2_response_results_item_status_Values, 2 };
_Static_assert(sizeof(suprsend_list_templates_v2_response_results_item_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_templates_v2_response_results_item_status_to_string(suprsend_list_templates_v2_response_results_item_status value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_list_templates_v2_response_results_item_status_Values[value - 1] : NULL;
}

static const char *const suprsend_get_template_v2_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_get_template_v2_mode_enum_desc = { "get_template_v2_mode", suprsend_get_template_v2_mode_Values, 2 };
_Static_assert(sizeof(suprsend_get_template_v2_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_template_v2_mode_to_string(suprsend_get_template_v2_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_template_v2_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_upsert_template_v2_request_enabled_channels_item_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "inbox",
    "androidpush",
    "iospush",
    "webpush",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_upsert_template_v2_request_enabled_channels_item_enum_desc = { "upsert_template_v2_request.enabled_channels.item", suprsend_upsert_template_v2_request_enabled_channels_item_Values, 9 };
_Static_assert(sizeof(suprsend_upsert_template_v2_request_enabled_channels_item) == sizeof(int), "enum slots are stored as int");

const char *suprsend_upsert_template_v2_request_enabled_channels_item_to_string(suprsend_upsert_template_v2_request_enabled_channels_item value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_upsert_template_v2_request_enabled_channels_item_Values[value - 1] : NULL;
}

static const char *const suprsend_list_channel_variants_v2_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "inbox",
    "androidpush",
    "iospush",
    "webpush",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_list_channel_variants_v2_channel_enum_desc = { "list_channel_variants_v2_channel", suprsend_list_channel_variants_v2_channel_Values, 9 };
_Static_assert(sizeof(suprsend_list_channel_variants_v2_channel) == sizeof(int), "enum slots are stored as int");

const char *suprsend_list_channel_variants_v2_channel_to_string(suprsend_list_channel_variants_v2_channel value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_list_channel_variants_v2_channel_Values[value - 1] : NULL;
}

static const char *const suprsend_get_variant_v2_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "inbox",
    "androidpush",
    "iospush",
    "webpush",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_get_variant_v2_channel_enum_desc = { "get_variant_v2_channel", suprsend_get_variant_v2_channel_Values, 9 };
_Static_assert(sizeof(suprsend_get_variant_v2_channel) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_variant_v2_channel_to_string(suprsend_get_variant_v2_channel value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_get_variant_v2_channel_Values[value - 1] : NULL;
}

static const char *const suprsend_upsert_variant_v2_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "inbox",
    "androidpush",
    "iospush",
    "webpush",
    "slack",
    "ms_teams",
};
const apic_enum_desc suprsend_upsert_variant_v2_channel_enum_desc = { "upsert_variant_v2_channel", suprsend_upsert_variant_v2_channel_Values, 9 };
_Static_assert(sizeof(suprsend_upsert_variant_v2_channel) == sizeof(int), "enum slots are stored as int");

const char *suprsend_upsert_variant_v2_channel_to_string(suprsend_upsert_variant_v2_channel value)
{
    return value >= 1 && (size_t)value <= 9 ? suprsend_upsert_variant_v2_channel_Values[value - 1] : NULL;
}

static const char *const suprsend_upsert_variant_v2_request_conditions_item_type_Values[] = {
    "expression_v1",
};
const apic_enum_desc suprsend_upsert_variant_v2_request_conditions_item_type_enum_desc = { "upsert_variant_v2_request.conditions.item.type", suprsend_upsert_variant_v2_request_conditions_item_type_Values, 1 };
_Static_assert(sizeof(suprsend_upsert_variant_v2_request_conditions_item_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_upsert_variant_v2_request_conditions_item_type_to_string(suprsend_upsert_variant_v2_request_conditions_item_type value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_upsert_variant_v2_request_conditions_item_type_Values[value - 1] : NULL;
}

static const char *const suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_Values[] = {
    "AND",
};
const apic_enum_desc suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_enum_desc = { "upsert_variant_v2_request.conditions.item.expression_v1.op", suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_Values, 1 };
_Static_assert(sizeof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op) == sizeof(int), "enum slots are stored as int");

const char *suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_to_string(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_Values[value - 1] : NULL;
}

static const char *const suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_Values[] = {
    "==",
};
const apic_enum_desc suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_enum_desc = { "upsert_variant_v2_request.conditions.item.expression_v1.args.item.op", suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_Values, 1 };
_Static_assert(sizeof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op) == sizeof(int), "enum slots are stored as int");

const char *suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_to_string(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_Values[value - 1] : NULL;
}

static const char *const suprsend_get_mock_data_v2_mode_Values[] = {
    "draft",
    "live",
};
const apic_enum_desc suprsend_get_mock_data_v2_mode_enum_desc = { "get_mock_data_v2_mode", suprsend_get_mock_data_v2_mode_Values, 2 };
_Static_assert(sizeof(suprsend_get_mock_data_v2_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_mock_data_v2_mode_to_string(suprsend_get_mock_data_v2_mode value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_mock_data_v2_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_get_mock_data_v2_response_data_recipient_sub_type_Values[] = {
    "user",
    "object",
};
const apic_enum_desc suprsend_get_mock_data_v2_response_data_recipient_sub_type_enum_desc = { "get_mock_data_v2_response.data.recipient_sub_type", suprsend_get_mock_data_v2_response_data_recipient_sub_type_Values, 2 };
_Static_assert(sizeof(suprsend_get_mock_data_v2_response_data_recipient_sub_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_mock_data_v2_response_data_recipient_sub_type_to_string(suprsend_get_mock_data_v2_response_data_recipient_sub_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_mock_data_v2_response_data_recipient_sub_type_Values[value - 1] : NULL;
}

static const char *const suprsend_get_mock_data_v2_response_data_actor_sub_type_Values[] = {
    "user",
    "object",
};
const apic_enum_desc suprsend_get_mock_data_v2_response_data_actor_sub_type_enum_desc = { "get_mock_data_v2_response.data.actor_sub_type", suprsend_get_mock_data_v2_response_data_actor_sub_type_Values, 2 };
_Static_assert(sizeof(suprsend_get_mock_data_v2_response_data_actor_sub_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_get_mock_data_v2_response_data_actor_sub_type_to_string(suprsend_get_mock_data_v2_response_data_actor_sub_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_get_mock_data_v2_response_data_actor_sub_type_Values[value - 1] : NULL;
}

static const char *const suprsend_update_mock_data_v2_request_recipient_sub_type_Values[] = {
    "user",
    "object",
};
const apic_enum_desc suprsend_update_mock_data_v2_request_recipient_sub_type_enum_desc = { "update_mock_data_v2_request.recipient_sub_type", suprsend_update_mock_data_v2_request_recipient_sub_type_Values, 2 };
_Static_assert(sizeof(suprsend_update_mock_data_v2_request_recipient_sub_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_mock_data_v2_request_recipient_sub_type_to_string(suprsend_update_mock_data_v2_request_recipient_sub_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_update_mock_data_v2_request_recipient_sub_type_Values[value - 1] : NULL;
}

static const char *const suprsend_update_mock_data_v2_request_actor_sub_type_Values[] = {
    "user",
    "object",
};
const apic_enum_desc suprsend_update_mock_data_v2_request_actor_sub_type_enum_desc = { "update_mock_data_v2_request.actor_sub_type", suprsend_update_mock_data_v2_request_actor_sub_type_Values, 2 };
_Static_assert(sizeof(suprsend_update_mock_data_v2_request_actor_sub_type) == sizeof(int), "enum slots are stored as int");

const char *suprsend_update_mock_data_v2_request_actor_sub_type_to_string(suprsend_update_mock_data_v2_request_actor_sub_type value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_update_mock_data_v2_request_actor_sub_type_Values[value - 1] : NULL;
}

static const char *const suprsend_discard_variant_v2_channel_Values[] = {
    "whatsapp",
    "sms",
};
const apic_enum_desc suprsend_discard_variant_v2_channel_enum_desc = { "discard_variant_v2_channel", suprsend_discard_variant_v2_channel_Values, 2 };
_Static_assert(sizeof(suprsend_discard_variant_v2_channel) == sizeof(int), "enum slots are stored as int");

const char *suprsend_discard_variant_v2_channel_to_string(suprsend_discard_variant_v2_channel value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_discard_variant_v2_channel_Values[value - 1] : NULL;
}

static const char *const suprsend_discard_variant_v2_mode_Values[] = {
    "live",
};
const apic_enum_desc suprsend_discard_variant_v2_mode_enum_desc = { "discard_variant_v2_mode", suprsend_discard_variant_v2_mode_Values, 1 };
_Static_assert(sizeof(suprsend_discard_variant_v2_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_discard_variant_v2_mode_to_string(suprsend_discard_variant_v2_mode value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_discard_variant_v2_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_vendor_approval_v2_channel_Values[] = {
    "whatsapp",
    "sms",
};
const apic_enum_desc suprsend_vendor_approval_v2_channel_enum_desc = { "vendor_approval_v2_channel", suprsend_vendor_approval_v2_channel_Values, 2 };
_Static_assert(sizeof(suprsend_vendor_approval_v2_channel) == sizeof(int), "enum slots are stored as int");

const char *suprsend_vendor_approval_v2_channel_to_string(suprsend_vendor_approval_v2_channel value)
{
    return value >= 1 && (size_t)value <= 2 ? suprsend_vendor_approval_v2_channel_Values[value - 1] : NULL;
}

static const char *const suprsend_vendor_approval_v2_mode_Values[] = {
    "live",
};
const apic_enum_desc suprsend_vendor_approval_v2_mode_enum_desc = { "vendor_approval_v2_mode", suprsend_vendor_approval_v2_mode_Values, 1 };
_Static_assert(sizeof(suprsend_vendor_approval_v2_mode) == sizeof(int), "enum slots are stored as int");

const char *suprsend_vendor_approval_v2_mode_to_string(suprsend_vendor_approval_v2_mode value)
{
    return value >= 1 && (size_t)value <= 1 ? suprsend_vendor_approval_v2_mode_Values[value - 1] : NULL;
}

static const char *const suprsend_vendor_approval_v2_request_approval_status_Values[] = {
    "pending",
    "sent_for_approval",
    "approved",
    "rejected",
};
const apic_enum_desc suprsend_vendor_approval_v2_request_approval_status_enum_desc = { "vendor_approval_v2_request.approval_status", suprsend_vendor_approval_v2_request_approval_status_Values, 4 };
_Static_assert(sizeof(suprsend_vendor_approval_v2_request_approval_status) == sizeof(int), "enum slots are stored as int");

const char *suprsend_vendor_approval_v2_request_approval_status_to_string(suprsend_vendor_approval_v2_request_approval_status value)
{
    return value >= 1 && (size_t)value <= 4 ? suprsend_vendor_approval_v2_request_approval_status_Values[value - 1] : NULL;
}

static const char *const suprsend_vendor_approval_v2_request_vendor_template_category_Values[] = {
    "UTILITY",
    "MARKETING",
    "AUTHENTICATION",
};
const apic_enum_desc suprsend_vendor_approval_v2_request_vendor_template_category_enum_desc = { "vendor_approval_v2_request.vendor_template_category", suprsend_vendor_approval_v2_request_vendor_template_category_Values, 3 };
_Static_assert(sizeof(suprsend_vendor_approval_v2_request_vendor_template_category) == sizeof(int), "enum slots are stored as int");

const char *suprsend_vendor_approval_v2_request_vendor_template_category_to_string(suprsend_vendor_approval_v2_request_vendor_template_category value)
{
    return value >= 1 && (size_t)value <= 3 ? suprsend_vendor_approval_v2_request_vendor_template_category_Values[value - 1] : NULL;
}

const apic_type suprsend_template_variant_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_template_variant_desc, NULL, NULL };
const apic_type suprsend_json_map_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_json_map };
const apic_type suprsend_template_variant_approval_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_template_variant_approval_status_enum_desc, NULL };
const apic_type suprsend_string_date_time_Type = { APIC_STRING, APIC_FMT_DATE_TIME, NULL, NULL, NULL };
const apic_type suprsend_workflow_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_desc, NULL, NULL };
const apic_type suprsend_string_uri_Type = { APIC_STRING, APIC_FMT_URI, NULL, NULL, NULL };
const apic_type suprsend_workflow_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_status_enum_desc, NULL };
const apic_type suprsend_string_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type suprsend_workflow_trigger_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_trigger_type_enum_desc, NULL };
const apic_type suprsend_workflow_override_recipients_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_override_recipients_type_enum_desc, NULL };
const apic_type suprsend_workflow_updated_by_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_updated_by_desc, NULL, NULL };
const apic_type suprsend_workflow_validation_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_validation_result_desc, NULL, NULL };
const apic_type suprsend_string_email_Type = { APIC_STRING, APIC_FMT_EMAIL, NULL, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_workflow_trigger_single_body_recipients_item_desc.kinds, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_trigger_single_body_recipients_item_Type };
const apic_type suprsend_workflow_trigger_single_body_actor_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_actor_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_data_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_enum_desc, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_Type };
const apic_type suprsend_string_array_2_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_string_email_Type };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_desc.kinds, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Type };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_desc.kinds, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Type };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_recipients_item_notify_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_recipients_item_notify_object_desc, NULL, NULL };
const apic_type suprsend_string_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type suprsend_workflow_trigger_single_body_data_attachments_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_workflow_trigger_single_body_data_attachments_item_desc.kinds, NULL };
const apic_type suprsend_workflow_trigger_single_body_data_attachments_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_trigger_single_body_data_attachments_item_Type };
const apic_type suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_desc, NULL, NULL };
const apic_type suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_desc, NULL, NULL };
const apic_type suprsend_digest_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_digest_node_desc, NULL, NULL };
const apic_type suprsend_digest_node_schedule_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_digest_node_schedule_type_enum_desc, NULL };
const apic_type suprsend_schedule_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_schedule_desc, NULL, NULL };
const apic_type suprsend_digest_node_retain_order_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_digest_node_retain_order_enum_desc, NULL };
const apic_type suprsend_schedule_frequency_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_schedule_frequency_enum_desc, NULL };
const apic_type suprsend_schedule_weekdays_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_schedule_weekdays_item_enum_desc, NULL };
const apic_type suprsend_schedule_weekdays_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_schedule_weekdays_item_Type };
const apic_type suprsend_schedule_monthdays_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_schedule_monthdays_item_desc, NULL, NULL };
const apic_type suprsend_schedule_monthdays_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_schedule_monthdays_item_Type };
const apic_type suprsend_schedule_tz_selection_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_schedule_tz_selection_enum_desc, NULL };
const apic_type suprsend_schedule_monthdays_item_day_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_schedule_monthdays_item_day_enum_desc, NULL };
const apic_type suprsend_delay_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_delay_node_desc, NULL, NULL };
const apic_type suprsend_delay_node_delay_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_delay_node_delay_type_enum_desc, NULL };
const apic_type suprsend_delay_node_relative_to_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_delay_node_relative_to_desc, NULL, NULL };
const apic_type suprsend_delay_node_relative_to_offset_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_delay_node_relative_to_offset_type_enum_desc, NULL };
const apic_type suprsend_delay_node_relative_to_offset_value_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_delay_node_relative_to_offset_value_type_enum_desc, NULL };
const apic_type suprsend_batch_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_batch_node_desc, NULL, NULL };
const apic_type suprsend_batch_node_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_batch_node_mode_enum_desc, NULL };
const apic_type suprsend_batch_node_window_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_batch_node_window_type_enum_desc, NULL };
const apic_type suprsend_batch_node_relative_to_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_batch_node_relative_to_desc, NULL, NULL };
const apic_type suprsend_batch_node_retain_order_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_batch_node_retain_order_enum_desc, NULL };
const apic_type suprsend_batch_node_relative_to_offset_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_batch_node_relative_to_offset_type_enum_desc, NULL };
const apic_type suprsend_batch_node_relative_to_offset_value_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_batch_node_relative_to_offset_value_type_enum_desc, NULL };
const apic_type suprsend_http_api_webhook_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_http_api_webhook_node_desc, NULL, NULL };
const apic_type suprsend_http_api_webhook_node_http_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_http_api_webhook_node_http_method_enum_desc, NULL };
const apic_type suprsend_http_api_webhook_node_headers_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_http_api_webhook_node_headers_item_desc, NULL, NULL };
const apic_type suprsend_http_api_webhook_node_headers_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_http_api_webhook_node_headers_item_Type };
const apic_type suprsend_http_api_webhook_node_query_params_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_http_api_webhook_node_query_params_item_desc, NULL, NULL };
const apic_type suprsend_http_api_webhook_node_query_params_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_http_api_webhook_node_query_params_item_Type };
const apic_type suprsend_http_api_fetch_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_http_api_fetch_node_desc, NULL, NULL };
const apic_type suprsend_http_api_fetch_node_headers_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_http_api_fetch_node_headers_item_desc, NULL, NULL };
const apic_type suprsend_http_api_fetch_node_headers_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_http_api_fetch_node_headers_item_Type };
const apic_type suprsend_http_api_fetch_node_query_params_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_http_api_fetch_node_query_params_item_desc, NULL, NULL };
const apic_type suprsend_http_api_fetch_node_query_params_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_http_api_fetch_node_query_params_item_Type };
const apic_type suprsend_branch_wait_until_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_wait_until_node_desc, NULL, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_wait_until_node_branches_item_desc, NULL, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_branch_wait_until_node_branches_item_Type };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_wait_until_node_branches_item_conditions_item_desc, NULL, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_branch_wait_until_node_branches_item_conditions_item_Type };
const apic_type suprsend_json_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_any };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_branch_wait_until_node_branches_item_conditions_item_type_enum_desc, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_desc, NULL, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_Type };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_desc, NULL, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_enum_desc, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_desc, NULL, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_enum_desc, NULL };
const apic_type suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_enum_desc, NULL };
const apic_type suprsend_branch_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_node_desc, NULL, NULL };
const apic_type suprsend_branch_node_branches_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_node_branches_item_desc, NULL, NULL };
const apic_type suprsend_branch_node_branches_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_branch_node_branches_item_Type };
const apic_type suprsend_branch_node_branches_item_conditions_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_node_branches_item_conditions_item_desc, NULL, NULL };
const apic_type suprsend_branch_node_branches_item_conditions_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_branch_node_branches_item_conditions_item_Type };
const apic_type suprsend_branch_node_branches_item_conditions_item_expression_v1_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_node_branches_item_conditions_item_expression_v1_desc, NULL, NULL };
const apic_type suprsend_branch_node_branches_item_conditions_item_expression_v1_op_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_branch_node_branches_item_conditions_item_expression_v1_op_enum_desc, NULL };
const apic_type suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_desc, NULL, NULL };
const apic_type suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_Type };
const apic_type suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_enum_desc, NULL };
const apic_type suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_enum_desc, NULL };
const apic_type suprsend_transform_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_transform_node_desc, NULL, NULL };
const apic_type suprsend_transform_node_variables_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_transform_node_variables_item_desc, NULL, NULL };
const apic_type suprsend_transform_node_variables_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_transform_node_variables_item_Type };
const apic_type suprsend_transform_node_variables_item_value_lang_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_transform_node_variables_item_value_lang_enum_desc, NULL };
const apic_type suprsend_time_window_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_time_window_node_desc, NULL, NULL };
const apic_type suprsend_time_window_node_windows_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_time_window_node_windows_item_desc, NULL, NULL };
const apic_type suprsend_time_window_node_windows_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_time_window_node_windows_item_Type };
const apic_type suprsend_time_window_node_tz_selection_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_time_window_node_tz_selection_enum_desc, NULL };
const apic_type suprsend_time_window_node_windows_item_frequency_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_time_window_node_windows_item_frequency_enum_desc, NULL };
const apic_type suprsend_time_window_node_windows_item_weekdays_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_time_window_node_windows_item_weekdays_item_enum_desc, NULL };
const apic_type suprsend_time_window_node_windows_item_weekdays_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_time_window_node_windows_item_weekdays_item_Type };
const apic_type suprsend_time_window_node_windows_item_monthdays_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_time_window_node_windows_item_monthdays_item_desc, NULL, NULL };
const apic_type suprsend_time_window_node_windows_item_monthdays_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_time_window_node_windows_item_monthdays_item_Type };
const apic_type suprsend_time_window_node_windows_item_monthdays_item_day_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_time_window_node_windows_item_monthdays_item_day_enum_desc, NULL };
const apic_type suprsend_subscriber_list_operation_add_user_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_subscriber_list_operation_add_user_node_desc, NULL, NULL };
const apic_type suprsend_subscriber_list_operation_add_user_node_user_selection_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_subscriber_list_operation_add_user_node_user_selection_item_enum_desc, NULL };
const apic_type suprsend_subscriber_list_operation_add_user_node_user_selection_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_subscriber_list_operation_add_user_node_user_selection_item_Type };
const apic_type suprsend_subscriber_list_operation_remove_user_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_subscriber_list_operation_remove_user_node_desc, NULL, NULL };
const apic_type suprsend_subscriber_list_operation_remove_user_node_user_selection_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_subscriber_list_operation_remove_user_node_user_selection_item_enum_desc, NULL };
const apic_type suprsend_subscriber_list_operation_remove_user_node_user_selection_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_subscriber_list_operation_remove_user_node_user_selection_item_Type };
const apic_type suprsend_object_operation_add_subscription_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_operation_add_subscription_node_desc, NULL, NULL };
const apic_type suprsend_object_operation_add_subscription_node_user_selection_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_object_operation_add_subscription_node_user_selection_item_enum_desc, NULL };
const apic_type suprsend_object_operation_add_subscription_node_user_selection_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_object_operation_add_subscription_node_user_selection_item_Type };
const apic_type suprsend_object_operation_remove_subscription_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_operation_remove_subscription_node_desc, NULL, NULL };
const apic_type suprsend_object_operation_remove_subscription_node_user_selection_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_object_operation_remove_subscription_node_user_selection_item_enum_desc, NULL };
const apic_type suprsend_object_operation_remove_subscription_node_user_selection_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_object_operation_remove_subscription_node_user_selection_item_Type };
const apic_type suprsend_user_update_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_user_update_node_desc, NULL, NULL };
const apic_type suprsend_user_update_node_user_selection_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_user_update_node_user_selection_enum_desc, NULL };
const apic_type suprsend_invoke_workflow_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_invoke_workflow_node_desc, NULL, NULL };
const apic_type suprsend_invoke_workflow_node_actor_selection_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_invoke_workflow_node_actor_selection_enum_desc, NULL };
const apic_type suprsend_invoke_workflow_node_recipient_selection_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_invoke_workflow_node_recipient_selection_enum_desc, NULL };
const apic_type suprsend_send_email_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_email_node_desc, NULL, NULL };
const apic_type suprsend_send_sms_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_sms_node_desc, NULL, NULL };
const apic_type suprsend_send_whatsapp_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_whatsapp_node_desc, NULL, NULL };
const apic_type suprsend_send_mobile_push_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_mobile_push_node_desc, NULL, NULL };
const apic_type suprsend_send_inbox_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_inbox_node_desc, NULL, NULL };
const apic_type suprsend_send_webpush_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_webpush_node_desc, NULL, NULL };
const apic_type suprsend_send_slack_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_slack_node_desc, NULL, NULL };
const apic_type suprsend_send_ms_teams_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_ms_teams_node_desc, NULL, NULL };
const apic_type suprsend_send_multi_channel_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_multi_channel_node_desc, NULL, NULL };
const apic_type suprsend_send_multi_channel_node_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_send_multi_channel_node_channels_item_enum_desc, NULL };
const apic_type suprsend_send_multi_channel_node_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_send_multi_channel_node_channels_item_Type };
const apic_type suprsend_send_smart_channel_routing_node_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_send_smart_channel_routing_node_desc, NULL, NULL };
const apic_type suprsend_send_smart_channel_routing_node_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_send_smart_channel_routing_node_channels_item_enum_desc, NULL };
const apic_type suprsend_send_smart_channel_routing_node_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_send_smart_channel_routing_node_channels_item_Type };
const apic_type suprsend_send_smart_channel_routing_node_mandatory_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_send_smart_channel_routing_node_mandatory_channels_item_enum_desc, NULL };
const apic_type suprsend_send_smart_channel_routing_node_mandatory_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_send_smart_channel_routing_node_mandatory_channels_item_Type };
const apic_type suprsend_send_smart_channel_routing_node_routing_basis_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_send_smart_channel_routing_node_routing_basis_enum_desc, NULL };
const apic_type suprsend_workflow_create_update_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_trigger_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_create_update_trigger_type_enum_desc, NULL };
const apic_type suprsend_workflow_create_update_payload_schema_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_payload_schema_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_ratelimit_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_ratelimit_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_conditions_item_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_create_update_conditions_item_Type };
const apic_type suprsend_workflow_create_update_override_recipients_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_create_update_override_recipients_type_enum_desc, NULL };
const apic_type suprsend_workflow_create_update_override_recipients_single_object_fields_expr_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_override_recipients_single_object_fields_expr_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_tree_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_tree_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_create_update_conditions_item_type_enum_desc, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_expression_v1_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_conditions_item_expression_v1_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_expression_v1_op_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_create_update_conditions_item_expression_v1_op_enum_desc, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_expression_v1_args_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workflow_create_update_conditions_item_expression_v1_args_item_desc, NULL, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_expression_v1_args_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_create_update_conditions_item_expression_v1_args_item_Type };
const apic_type suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_enum_desc, NULL };
const apic_type suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_enum_desc, NULL };
const apic_type suprsend_workflow_create_update_tree_nodes_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_workflow_create_update_tree_nodes_item_desc.kinds, NULL };
const apic_type suprsend_workflow_create_update_tree_nodes_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_create_update_tree_nodes_item_Type };
const apic_type suprsend_error_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_error_response_desc, NULL, NULL };
const apic_type suprsend_message_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_message_response_desc, NULL, NULL };
const apic_type suprsend_message_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_message_response_status_enum_desc, NULL };
const apic_type suprsend_message_response_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_message_response_channel_enum_desc, NULL };
const apic_type suprsend_message_response_recipient_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_message_response_recipient_desc, NULL, NULL };
const apic_type suprsend_message_response_vendor_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_message_response_vendor_desc, NULL, NULL };
const apic_type suprsend_message_response_workflow_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_message_response_workflow_desc, NULL, NULL };
const apic_type suprsend_message_response_template_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_message_response_template_desc, NULL, NULL };
const apic_type suprsend_message_response_recipient_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_message_response_recipient_type_enum_desc, NULL };
const apic_type suprsend_cursor_pagination_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_cursor_pagination_desc, NULL, NULL };
const apic_type suprsend_bulk_patch_item_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_patch_item_result_desc, NULL, NULL };
const apic_type suprsend_bulk_patch_item_result_error_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_patch_item_result_error_desc, NULL, NULL };
const apic_type suprsend_bulk_patch_item_result_error_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_bulk_patch_item_result_error_type_enum_desc, NULL };
const apic_type suprsend_workspace_create_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workspace_create_desc, NULL, NULL };
const apic_type suprsend_workspace_api_key_create_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workspace_api_key_create_desc, NULL, NULL };
const apic_type suprsend_disable_workspace_api_key_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_disable_workspace_api_key_request_desc, NULL, NULL };
const apic_type suprsend_workspace_public_key_create_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workspace_public_key_create_desc, NULL, NULL };
const apic_type suprsend_patch_workspace_public_key_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_patch_workspace_public_key_request_desc, NULL, NULL };
const apic_type suprsend_roll_workspace_signing_key_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_roll_workspace_signing_key_request_desc, NULL, NULL };
const apic_type suprsend_management_list_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_list_meta_desc, NULL, NULL };
const apic_type suprsend_management_actor_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_actor_desc, NULL, NULL };
const apic_type suprsend_management_workspace_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_desc, NULL, NULL };
const apic_type suprsend_management_workspace_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_management_workspace_mode_enum_desc, NULL };
const apic_type suprsend_management_workspace_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_list_response_desc, NULL, NULL };
const apic_type suprsend_management_workspace_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_management_workspace_Type };
const apic_type suprsend_workspace_create_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workspace_create_request_desc, NULL, NULL };
const apic_type suprsend_management_workspace_api_key_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_api_key_desc, NULL, NULL };
const apic_type suprsend_management_workspace_api_key_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_api_key_create_response_desc, NULL, NULL };
const apic_type suprsend_management_workspace_api_key_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_api_key_list_response_desc, NULL, NULL };
const apic_type suprsend_management_workspace_api_key_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_management_workspace_api_key_Type };
const apic_type suprsend_workspace_api_key_create_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workspace_api_key_create_request_desc, NULL, NULL };
const apic_type suprsend_management_workspace_public_key_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_public_key_desc, NULL, NULL };
const apic_type suprsend_management_workspace_public_key_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_public_key_list_response_desc, NULL, NULL };
const apic_type suprsend_management_workspace_public_key_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_management_workspace_public_key_Type };
const apic_type suprsend_workspace_public_key_create_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workspace_public_key_create_request_desc, NULL, NULL };
const apic_type suprsend_workspace_public_key_patch_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_workspace_public_key_patch_request_desc, NULL, NULL };
const apic_type suprsend_management_workspace_signing_key_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_signing_key_desc, NULL, NULL };
const apic_type suprsend_management_workspace_signing_key_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_management_workspace_signing_key_status_enum_desc, NULL };
const apic_type suprsend_management_workspace_signing_key_create_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_signing_key_create_response_desc, NULL, NULL };
const apic_type suprsend_management_workspace_signing_key_create_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_management_workspace_signing_key_create_response_status_enum_desc, NULL };
const apic_type suprsend_management_workspace_signing_key_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_management_workspace_signing_key_list_response_desc, NULL, NULL };
const apic_type suprsend_management_workspace_signing_key_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_management_workspace_signing_key_Type };
const apic_type suprsend_event_api_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_event_api_request_desc, NULL, NULL };
const apic_type suprsend_event_api_request_properties_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_event_api_request_properties_desc, NULL, NULL };
const apic_type suprsend_event_api_request_properties_attachments_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_event_api_request_properties_attachments_item_desc.kinds, NULL };
const apic_type suprsend_event_api_request_properties_attachments_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_event_api_request_properties_attachments_item_Type };
const apic_type suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_desc, NULL, NULL };
const apic_type suprsend_event_api_request_properties_attachments_item_base64_encoded_file_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_event_api_request_properties_attachments_item_base64_encoded_file_desc, NULL, NULL };
const apic_type suprsend_event_api_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_event_api_response_desc, NULL, NULL };
const apic_type suprsend_create_tenants_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_tenants_request_desc, NULL, NULL };
const apic_type suprsend_create_tenants_request_social_links_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_tenants_request_social_links_desc, NULL, NULL };
const apic_type suprsend_get_tenant_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_list_response_desc, NULL, NULL };
const apic_type suprsend_get_tenant_list_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_list_response_meta_desc, NULL, NULL };
const apic_type suprsend_get_tenant_list_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_list_response_results_item_desc, NULL, NULL };
const apic_type suprsend_get_tenant_list_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_tenant_list_response_results_item_Type };
const apic_type suprsend_get_tenant_list_response_results_item_social_links_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_list_response_results_item_social_links_desc, NULL, NULL };
const apic_type suprsend_remove_users_from_list_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_remove_users_from_list_request_desc, NULL, NULL };
const apic_type suprsend_remove_users_from_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_remove_users_from_list_response_desc, NULL, NULL };
const apic_type suprsend_get_all_lists_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_all_lists_response_desc, NULL, NULL };
const apic_type suprsend_get_all_lists_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_all_lists_response_meta_desc, NULL, NULL };
const apic_type suprsend_create_list_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_list_request_desc, NULL, NULL };
const apic_type suprsend_create_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_list_response_desc, NULL, NULL };
const apic_type suprsend_create_list_response_list_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_create_list_response_list_type_enum_desc, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_dynamic_workflow_trigger_request_users_item_Type };
const apic_type suprsend_dynamic_workflow_trigger_request_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_data_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_delivery_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_delivery_desc, NULL, NULL };
const apic_type suprsend_string_date_Type = { APIC_STRING, APIC_FMT_DATE, NULL, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_desc.kinds, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_slack_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Type };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_desc.kinds, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Type };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_data_attachments_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_dynamic_workflow_trigger_request_data_attachments_item_desc.kinds, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_data_attachments_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_dynamic_workflow_trigger_request_data_attachments_item_Type };
const apic_type suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_desc, NULL, NULL };
const apic_type suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_all_categories_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preference_all_categories_response_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_all_categories_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preference_all_categories_response_meta_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_all_categories_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preference_all_categories_response_results_item_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_all_categories_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_preference_all_categories_response_results_item_Type };
const apic_type suprsend_get_user_preference_all_categories_response_results_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_user_preference_all_categories_response_results_item_preference_enum_desc, NULL };
const apic_type suprsend_get_user_preference_all_categories_response_results_item_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preference_all_categories_response_results_item_channels_item_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_all_categories_response_results_item_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_preference_all_categories_response_results_item_channels_item_Type };
const apic_type suprsend_add_subscribers_to_list_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_subscribers_to_list_request_desc, NULL, NULL };
const apic_type suprsend_add_subscribers_to_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_subscribers_to_list_response_desc, NULL, NULL };
const apic_type suprsend_get_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_list_response_desc, NULL, NULL };
const apic_type suprsend_get_list_response_list_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_list_response_list_type_enum_desc, NULL };
const apic_type suprsend_trigger_broadcast_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_trigger_broadcast_request_desc, NULL, NULL };
const apic_type suprsend_trigger_broadcast_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_trigger_broadcast_response_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_channel_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preference_channel_response_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_channel_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preference_channel_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_get_user_preference_channel_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_preference_channel_response_channel_preferences_item_Type };
const apic_type suprsend_update_user_preference_channel_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_preference_channel_request_desc, NULL, NULL };
const apic_type suprsend_update_user_preference_channel_request_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_preference_channel_request_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_update_user_preference_channel_request_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_preference_channel_request_channel_preferences_item_Type };
const apic_type suprsend_update_user_preference_channel_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_preference_channel_response_desc, NULL, NULL };
const apic_type suprsend_update_user_preference_channel_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_preference_channel_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_update_user_preference_channel_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_preference_channel_response_channel_preferences_item_Type };
const apic_type suprsend_get_user_preferences_single_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preferences_single_category_response_desc, NULL, NULL };
const apic_type suprsend_get_user_preferences_single_category_response_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_preferences_single_category_response_channels_item_desc, NULL, NULL };
const apic_type suprsend_get_user_preferences_single_category_response_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_preferences_single_category_response_channels_item_Type };
const apic_type suprsend_update_user_preference_category_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_preference_category_request_desc, NULL, NULL };
const apic_type suprsend_update_user_preference_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_preference_category_response_desc, NULL, NULL };
const apic_type suprsend_update_user_preference_category_response_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_preference_category_response_channels_item_desc, NULL, NULL };
const apic_type suprsend_update_user_preference_category_response_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_preference_category_response_channels_item_Type };
const apic_type suprsend_update_user_preference_category_response_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_user_preference_category_response_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_brand_default_preference_request_desc, NULL, NULL };
const apic_type suprsend_update_brand_default_preference_request_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_brand_default_preference_request_preference_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_request_mandatory_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_brand_default_preference_request_mandatory_channels_item_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_request_mandatory_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_brand_default_preference_request_mandatory_channels_item_Type };
const apic_type suprsend_update_brand_default_preference_request_opt_in_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_brand_default_preference_request_opt_in_channels_item_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_request_opt_in_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_brand_default_preference_request_opt_in_channels_item_Type };
const apic_type suprsend_update_brand_default_preference_request_blocked_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_brand_default_preference_request_blocked_channels_item_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_request_blocked_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_brand_default_preference_request_blocked_channels_item_Type };
const apic_type suprsend_update_brand_default_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_brand_default_preference_response_desc, NULL, NULL };
const apic_type suprsend_update_brand_default_preference_response_default_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_brand_default_preference_response_default_preference_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_response_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_brand_default_preference_response_preference_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_response_blocked_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_brand_default_preference_response_blocked_channels_item_enum_desc, NULL };
const apic_type suprsend_update_brand_default_preference_response_blocked_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_brand_default_preference_response_blocked_channels_item_Type };
const apic_type suprsend_get_tenant_full_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_full_preference_response_desc, NULL, NULL };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_full_preference_response_root_categories_item_desc, NULL, NULL };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_tenant_full_preference_response_root_categories_item_Type };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_root_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_full_preference_response_root_categories_item_root_category_enum_desc, NULL };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_desc, NULL, NULL };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_Type };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_desc, NULL, NULL };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_Type };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_preference_all_categories_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_preference_all_categories_response_desc, NULL, NULL };
const apic_type suprsend_get_tenant_preference_all_categories_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_preference_all_categories_response_meta_desc, NULL, NULL };
const apic_type suprsend_get_tenant_preference_all_categories_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_preference_all_categories_response_results_item_desc, NULL, NULL };
const apic_type suprsend_get_tenant_preference_all_categories_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_tenant_preference_all_categories_response_results_item_Type };
const apic_type suprsend_get_tenant_preference_all_categories_response_results_item_root_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_preference_all_categories_response_results_item_root_category_enum_desc, NULL };
const apic_type suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_preference_all_categories_response_results_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_preference_all_categories_response_results_item_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_preference_single_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_preference_single_category_response_desc, NULL, NULL };
const apic_type suprsend_get_tenant_preference_single_category_response_root_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_preference_single_category_response_root_category_enum_desc, NULL };
const apic_type suprsend_get_tenant_preference_single_category_response_default_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_preference_single_category_response_default_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_preference_single_category_response_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_preference_single_category_response_preference_enum_desc, NULL };
const apic_type suprsend_update_tenant_preference_single_category_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_tenant_preference_single_category_request_desc, NULL, NULL };
const apic_type suprsend_update_tenant_preference_single_category_request_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_tenant_preference_single_category_request_preference_enum_desc, NULL };
const apic_type suprsend_update_tenant_preference_single_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_tenant_preference_single_category_response_desc, NULL, NULL };
const apic_type suprsend_update_tenant_preference_single_category_response_root_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_tenant_preference_single_category_response_root_category_enum_desc, NULL };
const apic_type suprsend_update_tenant_preference_single_category_response_default_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_tenant_preference_single_category_response_default_preference_enum_desc, NULL };
const apic_type suprsend_update_tenant_preference_single_category_response_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_tenant_preference_single_category_response_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_default_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_default_preference_response_desc, NULL, NULL };
const apic_type suprsend_get_tenant_default_preference_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_tenant_default_preference_response_meta_desc, NULL, NULL };
const apic_type suprsend_get_tenant_default_preference_response_default_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_default_preference_response_default_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_default_preference_response_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_default_preference_response_preference_enum_desc, NULL };
const apic_type suprsend_get_tenant_default_preference_response_blocked_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_tenant_default_preference_response_blocked_channels_item_enum_desc, NULL };
const apic_type suprsend_get_tenant_default_preference_response_blocked_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_tenant_default_preference_response_blocked_channels_item_Type };
const apic_type suprsend_add_subscribers_to_draft_list_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_subscribers_to_draft_list_request_desc, NULL, NULL };
const apic_type suprsend_add_subscribers_to_draft_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_subscribers_to_draft_list_response_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_response_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_response_default_language_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_response_default_language_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_response_updated_by_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_response_updated_by_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_response_tags_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_response_tags_item_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_response_tags_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_template_details_response_tags_item_Type };
const apic_type suprsend_finish_sync_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_finish_sync_response_desc, NULL, NULL };
const apic_type suprsend_remove_subscribers_from_draft_list_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_remove_subscribers_from_draft_list_request_desc, NULL, NULL };
const apic_type suprsend_remove_subscribers_from_draft_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_remove_subscribers_from_draft_list_response_desc, NULL, NULL };
const apic_type suprsend_start_sync_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_start_sync_response_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_channel_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_channel_response_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_channel_response_channel_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_channel_response_channel_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_channel_response_versions_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_channel_response_versions_item_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_channel_response_versions_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_template_details_channel_response_versions_item_Type };
const apic_type suprsend_fetch_template_details_channel_response_versions_item_templates_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_channel_response_versions_item_templates_item_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_channel_response_versions_item_templates_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_template_details_channel_response_versions_item_templates_item_Type };
const apic_type suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_desc, NULL, NULL };
const apic_type suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_desc, NULL, NULL };
const apic_type suprsend_fetch_template_list_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_list_response_desc, NULL, NULL };
const apic_type suprsend_fetch_template_list_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_list_response_meta_desc, NULL, NULL };
const apic_type suprsend_fetch_template_list_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_list_response_results_item_desc, NULL, NULL };
const apic_type suprsend_fetch_template_list_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_template_list_response_results_item_Type };
const apic_type suprsend_fetch_template_list_response_results_item_default_language_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_list_response_results_item_default_language_desc, NULL, NULL };
const apic_type suprsend_fetch_template_list_response_results_item_updated_by_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_list_response_results_item_updated_by_desc, NULL, NULL };
const apic_type suprsend_fetch_template_list_response_results_item_tags_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_template_list_response_results_item_tags_item_desc, NULL, NULL };
const apic_type suprsend_fetch_template_list_response_results_item_tags_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_template_list_response_results_item_tags_item_Type };
const apic_type suprsend_trigger_workflow_api_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_trigger_workflow_api_response_desc, NULL, NULL };
const apic_type suprsend_trigger_workflow_api_response_2_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_trigger_workflow_api_response_2_desc, NULL, NULL };
const apic_type suprsend_trigger_workflow_api_response_records_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_trigger_workflow_api_response_records_item_desc, NULL, NULL };
const apic_type suprsend_trigger_workflow_api_response_records_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_trigger_workflow_api_response_records_item_Type };
const apic_type suprsend_trigger_workflow_api_response_records_item_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_trigger_workflow_api_response_records_item_status_enum_desc, NULL };
const apic_type suprsend_trigger_workflow_api_response_records_item_error_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_trigger_workflow_api_response_records_item_error_desc, NULL, NULL };
const apic_type suprsend_cancel_workflow_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_cancel_workflow_request_desc, NULL, NULL };
const apic_type suprsend_cancel_workflow_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_cancel_workflow_response_desc, NULL, NULL };
const apic_type suprsend_cancel_broadcast_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_cancel_broadcast_request_desc, NULL, NULL };
const apic_type suprsend_cancel_broadcast_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_cancel_broadcast_response_desc, NULL, NULL };
const apic_type suprsend_bulk_update_user_preference_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_update_user_preference_request_desc, NULL, NULL };
const apic_type suprsend_bulk_update_user_preference_request_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_update_user_preference_request_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_bulk_update_user_preference_request_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_bulk_update_user_preference_request_channel_preferences_item_Type };
const apic_type suprsend_bulk_update_user_preference_request_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_update_user_preference_request_categories_item_desc, NULL, NULL };
const apic_type suprsend_bulk_update_user_preference_request_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_bulk_update_user_preference_request_categories_item_Type };
const apic_type suprsend_bulk_update_user_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_update_user_preference_response_desc, NULL, NULL };
const apic_type suprsend_reset_user_preferences_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_reset_user_preferences_request_desc, NULL, NULL };
const apic_type suprsend_reset_user_preferences_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_reset_user_preferences_response_desc, NULL, NULL };
const apic_type suprsend_get_user_full_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_full_preference_response_desc, NULL, NULL };
const apic_type suprsend_get_user_full_preference_response_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_full_preference_response_sections_item_desc, NULL, NULL };
const apic_type suprsend_get_user_full_preference_response_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_full_preference_response_sections_item_Type };
const apic_type suprsend_get_user_full_preference_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_full_preference_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_get_user_full_preference_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_full_preference_response_channel_preferences_item_Type };
const apic_type suprsend_get_user_full_preference_response_sections_item_subcategories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_desc, NULL, NULL };
const apic_type suprsend_get_user_full_preference_response_sections_item_subcategories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_Type };
const apic_type suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_enum_desc, NULL };
const apic_type suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_desc, NULL, NULL };
const apic_type suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_Type };
const apic_type suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_update_user_full_preference_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_request_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_request_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_request_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_request_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_full_preference_request_channel_preferences_item_Type };
const apic_type suprsend_update_user_full_preference_request_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_request_categories_item_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_request_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_full_preference_request_categories_item_Type };
const apic_type suprsend_update_user_full_preference_request_categories_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_user_full_preference_request_categories_item_preference_enum_desc, NULL };
const apic_type suprsend_update_user_full_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_response_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_response_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_response_sections_item_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_response_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_full_preference_response_sections_item_Type };
const apic_type suprsend_update_user_full_preference_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_full_preference_response_channel_preferences_item_Type };
const apic_type suprsend_update_user_full_preference_response_sections_item_subcategories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_response_sections_item_subcategories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_Type };
const apic_type suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_enum_desc, NULL };
const apic_type suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_enum_desc, NULL };
const apic_type suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_desc, NULL, NULL };
const apic_type suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_Type };
const apic_type suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_get_subscriber_list_users_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_subscriber_list_users_response_desc, NULL, NULL };
const apic_type suprsend_get_subscriber_list_users_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_subscriber_list_users_response_meta_desc, NULL, NULL };
const apic_type suprsend_get_subscriber_list_users_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_subscriber_list_users_response_results_item_desc, NULL, NULL };
const apic_type suprsend_get_subscriber_list_users_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_subscriber_list_users_response_results_item_Type };
const apic_type suprsend_get_object_by_id_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_object_by_id_response_desc, NULL, NULL };
const apic_type suprsend_get_object_by_id_response_channel_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_object_by_id_response_channel_item_desc, NULL, NULL };
const apic_type suprsend_get_object_by_id_response_channel_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_object_by_id_response_channel_item_Type };
const apic_type suprsend_create_update_objects_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_slack_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_create_update_objects_request_slack_item_desc.kinds, NULL };
const apic_type suprsend_create_update_objects_request_slack_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_objects_request_slack_item_Type };
const apic_type suprsend_create_update_objects_request_ms_teams_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_create_update_objects_request_ms_teams_item_desc.kinds, NULL };
const apic_type suprsend_create_update_objects_request_ms_teams_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_objects_request_ms_teams_item_Type };
const apic_type suprsend_create_update_objects_request_slack_item_slack_using_email_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_slack_item_slack_using_email_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_slack_item_slack_using_member_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_slack_item_slack_using_member_id_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_slack_item_slack_using_channel_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_slack_item_slack_using_channel_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_response_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_response_channel_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_objects_response_channel_item_desc, NULL, NULL };
const apic_type suprsend_create_update_objects_response_channel_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_objects_response_channel_item_Type };
const apic_type suprsend_edit_object_profile_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_object_profile_request_desc, NULL, NULL };
const apic_type suprsend_edit_object_profile_request_operations_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_object_profile_request_operations_item_desc, NULL, NULL };
const apic_type suprsend_edit_object_profile_request_operations_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_edit_object_profile_request_operations_item_Type };
const apic_type suprsend_edit_object_profile_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_object_profile_response_desc, NULL, NULL };
const apic_type suprsend_edit_object_profile_response_channel_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_object_profile_response_channel_item_desc, NULL, NULL };
const apic_type suprsend_edit_object_profile_response_channel_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_edit_object_profile_response_channel_item_Type };
const apic_type suprsend_list_object_subscriptions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_object_subscriptions_response_desc, NULL, NULL };
const apic_type suprsend_list_object_subscriptions_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_object_subscriptions_response_meta_desc, NULL, NULL };
const apic_type suprsend_list_object_subscriptions_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_object_subscriptions_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_object_subscriptions_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_object_subscriptions_response_results_item_Type };
const apic_type suprsend_list_object_subscriptions_response_results_item_user_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_object_subscriptions_response_results_item_user_desc, NULL, NULL };
const apic_type suprsend_list_object_subscriptions_response_results_item_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_object_subscriptions_response_results_item_object_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_add_object_subscription_request_recipients_item_desc.kinds, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_add_object_subscription_request_recipients_item_Type };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_desc.kinds, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Type };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_desc.kinds, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Type };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_request_recipients_item_add_child_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_request_recipients_item_add_child_object_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_response_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_response_user_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_response_user_desc, NULL, NULL };
const apic_type suprsend_add_object_subscription_response_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_object_subscription_response_object_desc, NULL, NULL };
const apic_type suprsend_delete_object_subscriptions_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_delete_object_subscriptions_request_desc, NULL, NULL };
const apic_type suprsend_delete_object_subscriptions_request_recipients_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_delete_object_subscriptions_request_recipients_item_desc.kinds, NULL };
const apic_type suprsend_delete_object_subscriptions_request_recipients_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_delete_object_subscriptions_request_recipients_item_Type };
const apic_type suprsend_delete_object_subscriptions_request_recipients_item_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_delete_object_subscriptions_request_recipients_item_object_desc, NULL, NULL };
const apic_type suprsend_list_objects_by_type_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_objects_by_type_response_desc, NULL, NULL };
const apic_type suprsend_list_objects_by_type_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_objects_by_type_response_meta_desc, NULL, NULL };
const apic_type suprsend_list_objects_by_type_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_objects_by_type_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_objects_by_type_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_objects_by_type_response_results_item_Type };
const apic_type suprsend_list_objects_by_type_response_results_item_inbox_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_objects_by_type_response_results_item_inbox_item_desc, NULL, NULL };
const apic_type suprsend_list_objects_by_type_response_results_item_inbox_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_objects_by_type_response_results_item_inbox_item_Type };
const apic_type suprsend_fetch_object_preference_single_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_single_category_response_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_single_category_response_original_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_preference_single_category_response_original_preference_enum_desc, NULL };
const apic_type suprsend_fetch_object_preference_single_category_response_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_preference_single_category_response_preference_enum_desc, NULL };
const apic_type suprsend_fetch_object_preference_single_category_response_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_single_category_response_channels_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_single_category_response_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_preference_single_category_response_channels_item_Type };
const apic_type suprsend_fetch_object_preference_single_category_response_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_preference_single_category_response_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_object_preference_category_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_preference_category_request_desc, NULL, NULL };
const apic_type suprsend_object_preference_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_preference_category_response_desc, NULL, NULL };
const apic_type suprsend_object_preference_category_response_original_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_object_preference_category_response_original_preference_enum_desc, NULL };
const apic_type suprsend_object_preference_category_response_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_object_preference_category_response_preference_enum_desc, NULL };
const apic_type suprsend_object_preference_category_response_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_preference_category_response_channels_item_desc, NULL, NULL };
const apic_type suprsend_object_preference_category_response_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_object_preference_category_response_channels_item_Type };
const apic_type suprsend_object_preference_category_response_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_object_preference_category_response_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_fetch_object_preference_all_channels_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_all_channels_response_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_Type };
const apic_type suprsend_object_preference_channel_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_preference_channel_request_desc, NULL, NULL };
const apic_type suprsend_object_preference_channel_request_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_preference_channel_request_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_object_preference_channel_request_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_object_preference_channel_request_channel_preferences_item_Type };
const apic_type suprsend_object_preference_channel_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_preference_channel_response_desc, NULL, NULL };
const apic_type suprsend_object_preference_channel_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_object_preference_channel_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_object_preference_channel_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_object_preference_channel_response_channel_preferences_item_Type };
const apic_type suprsend_fetch_object_full_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_full_preference_response_desc, NULL, NULL };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_full_preference_response_sections_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_full_preference_response_sections_item_Type };
const apic_type suprsend_fetch_object_full_preference_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_full_preference_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_full_preference_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_full_preference_response_channel_preferences_item_Type };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_Type };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_enum_desc, NULL };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_Type };
const apic_type suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_update_object_full_preference_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_object_full_preference_request_desc, NULL, NULL };
const apic_type suprsend_update_object_full_preference_request_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_object_full_preference_request_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_update_object_full_preference_request_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_object_full_preference_request_channel_preferences_item_Type };
const apic_type suprsend_update_object_full_preference_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_object_full_preference_response_desc, NULL, NULL };
const apic_type suprsend_update_object_full_preference_response_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_object_full_preference_response_sections_item_desc, NULL, NULL };
const apic_type suprsend_update_object_full_preference_response_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_object_full_preference_response_sections_item_Type };
const apic_type suprsend_update_object_full_preference_response_channel_preferences_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_object_full_preference_response_channel_preferences_item_desc, NULL, NULL };
const apic_type suprsend_update_object_full_preference_response_channel_preferences_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_object_full_preference_response_channel_preferences_item_Type };
const apic_type suprsend_update_object_full_preference_response_sections_item_subcategories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_desc, NULL, NULL };
const apic_type suprsend_update_object_full_preference_response_sections_item_subcategories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_Type };
const apic_type suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_enum_desc, NULL };
const apic_type suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_enum_desc, NULL };
const apic_type suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_desc, NULL, NULL };
const apic_type suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_Type };
const apic_type suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_fetch_object_preference_all_categories_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_all_categories_response_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_all_categories_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_all_categories_response_meta_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_all_categories_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_all_categories_response_results_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_all_categories_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_preference_all_categories_response_results_item_Type };
const apic_type suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_enum_desc, NULL };
const apic_type suprsend_fetch_object_preference_all_categories_response_results_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_preference_all_categories_response_results_item_preference_enum_desc, NULL };
const apic_type suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_Type };
const apic_type suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_enum_desc, NULL };
const apic_type suprsend_fetch_user_profile_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_profile_response_desc, NULL, NULL };
const apic_type suprsend_fetch_user_profile_response_channel_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_profile_response_channel_item_desc, NULL, NULL };
const apic_type suprsend_fetch_user_profile_response_channel_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_user_profile_response_channel_item_Type };
const apic_type suprsend_create_update_users_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_slack_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_create_update_users_request_slack_item_desc.kinds, NULL };
const apic_type suprsend_create_update_users_request_slack_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_users_request_slack_item_Type };
const apic_type suprsend_create_update_users_request_ms_teams_item_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_create_update_users_request_ms_teams_item_desc.kinds, NULL };
const apic_type suprsend_create_update_users_request_ms_teams_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_users_request_ms_teams_item_Type };
const apic_type suprsend_create_update_users_request_slack_item_slack_using_email_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_slack_item_slack_using_email_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_slack_item_slack_using_member_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_slack_item_slack_using_member_id_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_slack_item_slack_using_channel_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_slack_item_slack_using_channel_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, NULL, NULL };
const apic_type suprsend_create_update_users_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_response_desc, NULL, NULL };
const apic_type suprsend_create_update_users_response_channel_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_users_response_channel_item_desc, NULL, NULL };
const apic_type suprsend_create_update_users_response_channel_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_users_response_channel_item_Type };
const apic_type suprsend_edit_user_profile_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_user_profile_request_desc, NULL, NULL };
const apic_type suprsend_edit_user_profile_request_operations_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_user_profile_request_operations_item_desc, NULL, NULL };
const apic_type suprsend_edit_user_profile_request_operations_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_edit_user_profile_request_operations_item_Type };
const apic_type suprsend_edit_user_profile_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_user_profile_response_desc, NULL, NULL };
const apic_type suprsend_edit_user_profile_response_channel_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_edit_user_profile_response_channel_item_desc, NULL, NULL };
const apic_type suprsend_edit_user_profile_response_channel_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_edit_user_profile_response_channel_item_Type };
const apic_type suprsend_list_users_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_users_response_desc, NULL, NULL };
const apic_type suprsend_list_users_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_users_response_meta_desc, NULL, NULL };
const apic_type suprsend_list_users_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_users_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_users_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_users_response_results_item_Type };
const apic_type suprsend_merge_users_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_merge_users_request_desc, NULL, NULL };
const apic_type suprsend_fetch_user_object_subscriptions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_object_subscriptions_response_desc, NULL, NULL };
const apic_type suprsend_fetch_user_object_subscriptions_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_object_subscriptions_response_meta_desc, NULL, NULL };
const apic_type suprsend_fetch_user_object_subscriptions_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_object_subscriptions_response_results_item_desc, NULL, NULL };
const apic_type suprsend_fetch_user_object_subscriptions_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_user_object_subscriptions_response_results_item_Type };
const apic_type suprsend_fetch_user_object_subscriptions_response_results_item_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_object_subscriptions_response_results_item_object_desc, NULL, NULL };
const apic_type suprsend_fetch_user_list_subscriptions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_list_subscriptions_response_desc, NULL, NULL };
const apic_type suprsend_fetch_user_list_subscriptions_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_list_subscriptions_response_meta_desc, NULL, NULL };
const apic_type suprsend_fetch_user_list_subscriptions_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_list_subscriptions_response_results_item_desc, NULL, NULL };
const apic_type suprsend_fetch_user_list_subscriptions_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_user_list_subscriptions_response_results_item_Type };
const apic_type suprsend_fetch_user_list_subscriptions_response_results_item_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_user_list_subscriptions_response_results_item_list_desc, NULL, NULL };
const apic_type suprsend_fetch_object_subscriptions_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_subscriptions_response_desc, NULL, NULL };
const apic_type suprsend_fetch_object_subscriptions_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_subscriptions_response_meta_desc, NULL, NULL };
const apic_type suprsend_fetch_object_subscriptions_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_fetch_object_subscriptions_response_results_item_desc, NULL, NULL };
const apic_type suprsend_fetch_object_subscriptions_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_fetch_object_subscriptions_response_results_item_Type };
const apic_type suprsend_list_messages_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_messages_response_desc, NULL, NULL };
const apic_type suprsend_message_response_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_message_response_Type };
const apic_type suprsend_bulk_update_messages_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_update_messages_request_desc, NULL, NULL };
const apic_type suprsend_bulk_update_messages_request_messages_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_update_messages_request_messages_item_desc, NULL, NULL };
const apic_type suprsend_bulk_update_messages_request_messages_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_bulk_update_messages_request_messages_item_Type };
const apic_type suprsend_bulk_update_messages_request_messages_item_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_bulk_update_messages_request_messages_item_action_enum_desc, NULL };
const apic_type suprsend_bulk_update_messages_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_bulk_update_messages_response_desc, NULL, NULL };
const apic_type suprsend_bulk_patch_item_result_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_bulk_patch_item_result_Type };
const apic_type suprsend_list_workflows_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_workflows_response_desc, NULL, NULL };
const apic_type suprsend_list_workflows_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_workflows_response_meta_desc, NULL, NULL };
const apic_type suprsend_workflow_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_Type };
const apic_type suprsend_upsert_workflow_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_workflow_response_desc, NULL, NULL };
const apic_type suprsend_upsert_workflow_response_validation_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_workflow_response_validation_result_desc, NULL, NULL };
const apic_type suprsend_toggle_workflow_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_toggle_workflow_request_desc, NULL, NULL };
const apic_type suprsend_list_schemas_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_schemas_response_desc, NULL, NULL };
const apic_type suprsend_list_schemas_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_schemas_response_meta_desc, NULL, NULL };
const apic_type suprsend_list_schemas_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_schemas_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_schemas_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_schemas_response_results_item_Type };
const apic_type suprsend_list_schemas_response_results_item_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_schemas_response_results_item_status_enum_desc, NULL };
const apic_type suprsend_get_schema_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_schema_response_desc, NULL, NULL };
const apic_type suprsend_get_schema_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_schema_response_status_enum_desc, NULL };
const apic_type suprsend_upsert_schema_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_schema_request_desc, NULL, NULL };
const apic_type suprsend_upsert_schema_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_schema_response_desc, NULL, NULL };
const apic_type suprsend_upsert_schema_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_upsert_schema_response_status_enum_desc, NULL };
const apic_type suprsend_upsert_schema_response_commit_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_schema_response_commit_result_desc, NULL, NULL };
const apic_type suprsend_commit_schema_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_schema_response_desc, NULL, NULL };
const apic_type suprsend_commit_schema_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_commit_schema_response_status_enum_desc, NULL };
const apic_type suprsend_list_events_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_events_response_desc, NULL, NULL };
const apic_type suprsend_list_events_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_events_response_meta_desc, NULL, NULL };
const apic_type suprsend_list_events_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_events_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_events_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_events_response_results_item_Type };
const apic_type suprsend_list_events_response_results_item_payload_schema_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_events_response_results_item_payload_schema_desc, NULL, NULL };
const apic_type suprsend_create_event_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_event_request_desc, NULL, NULL };
const apic_type suprsend_create_event_request_payload_schema_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_event_request_payload_schema_desc, NULL, NULL };
const apic_type suprsend_get_event_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_event_response_desc, NULL, NULL };
const apic_type suprsend_get_event_response_payload_schema_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_event_response_payload_schema_desc, NULL, NULL };
const apic_type suprsend_update_event_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_event_request_desc, NULL, NULL };
const apic_type suprsend_update_event_request_payload_schema_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_event_request_payload_schema_desc, NULL, NULL };
const apic_type suprsend_get_linked_workflows_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_linked_workflows_response_desc, NULL, NULL };
const apic_type suprsend_get_linked_workflows_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_linked_workflows_response_results_item_desc, NULL, NULL };
const apic_type suprsend_get_linked_workflows_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_linked_workflows_response_results_item_Type };
const apic_type suprsend_delink_event_schema_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_delink_event_schema_response_desc, NULL, NULL };
const apic_type suprsend_get_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_response_desc, NULL, NULL };
const apic_type suprsend_get_category_response_root_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_response_root_categories_item_desc, NULL, NULL };
const apic_type suprsend_get_category_response_root_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_category_response_root_categories_item_Type };
const apic_type suprsend_get_category_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_category_response_status_enum_desc, NULL };
const apic_type suprsend_get_category_response_validation_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_response_validation_result_desc, NULL, NULL };
const apic_type suprsend_get_category_response_root_categories_item_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_response_root_categories_item_sections_item_desc, NULL, NULL };
const apic_type suprsend_get_category_response_root_categories_item_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_category_response_root_categories_item_sections_item_Type };
const apic_type suprsend_get_category_response_root_categories_item_sections_item_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_response_root_categories_item_sections_item_categories_item_desc, NULL, NULL };
const apic_type suprsend_get_category_response_root_categories_item_sections_item_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_category_response_root_categories_item_sections_item_categories_item_Type };
const apic_type suprsend_create_update_category_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_request_desc, NULL, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_request_root_categories_item_desc, NULL, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_request_root_categories_item_Type };
const apic_type suprsend_create_update_category_request_root_categories_item_root_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_create_update_category_request_root_categories_item_root_category_enum_desc, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_request_root_categories_item_sections_item_desc, NULL, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_request_root_categories_item_sections_item_Type };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_desc, NULL, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_Type };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_enum_desc, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_enum_desc, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_Type };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_enum_desc, NULL };
const apic_type suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_Type };
const apic_type suprsend_create_update_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_response_desc, NULL, NULL };
const apic_type suprsend_create_update_category_response_root_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_response_root_categories_item_desc, NULL, NULL };
const apic_type suprsend_create_update_category_response_root_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_response_root_categories_item_Type };
const apic_type suprsend_create_update_category_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_create_update_category_response_status_enum_desc, NULL };
const apic_type suprsend_create_update_category_response_validation_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_response_validation_result_desc, NULL, NULL };
const apic_type suprsend_create_update_category_response_root_categories_item_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_response_root_categories_item_sections_item_desc, NULL, NULL };
const apic_type suprsend_create_update_category_response_root_categories_item_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_response_root_categories_item_sections_item_Type };
const apic_type suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_desc, NULL, NULL };
const apic_type suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_Type };
const apic_type suprsend_commit_category_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_category_response_desc, NULL, NULL };
const apic_type suprsend_commit_category_response_root_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_category_response_root_categories_item_desc, NULL, NULL };
const apic_type suprsend_commit_category_response_root_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_commit_category_response_root_categories_item_Type };
const apic_type suprsend_commit_category_response_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_commit_category_response_status_enum_desc, NULL };
const apic_type suprsend_commit_category_response_root_categories_item_sections_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_category_response_root_categories_item_sections_item_desc, NULL, NULL };
const apic_type suprsend_commit_category_response_root_categories_item_sections_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_commit_category_response_root_categories_item_sections_item_Type };
const apic_type suprsend_commit_category_response_root_categories_item_sections_item_categories_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_category_response_root_categories_item_sections_item_categories_item_desc, NULL, NULL };
const apic_type suprsend_commit_category_response_root_categories_item_sections_item_categories_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_commit_category_response_root_categories_item_sections_item_categories_item_Type };
const apic_type suprsend_list_category_translation_locales_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_category_translation_locales_response_desc, NULL, NULL };
const apic_type suprsend_list_category_translation_locales_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_category_translation_locales_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_category_translation_locales_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_category_translation_locales_response_results_item_Type };
const apic_type suprsend_get_category_translation_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_translation_response_desc, NULL, NULL };
const apic_type suprsend_get_category_translation_response_sections_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_translation_response_sections_value_desc, NULL, NULL };
const apic_type suprsend_get_category_translation_response_sections_value_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &suprsend_get_category_translation_response_sections_value_Type };
const apic_type suprsend_get_category_translation_response_categories_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_category_translation_response_categories_value_desc, NULL, NULL };
const apic_type suprsend_get_category_translation_response_categories_value_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &suprsend_get_category_translation_response_categories_value_Type };
const apic_type suprsend_add_category_translation_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_category_translation_request_desc, NULL, NULL };
const apic_type suprsend_add_category_translation_request_sections_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_category_translation_request_sections_value_desc, NULL, NULL };
const apic_type suprsend_add_category_translation_request_sections_value_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &suprsend_add_category_translation_request_sections_value_Type };
const apic_type suprsend_add_category_translation_request_categories_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_category_translation_request_categories_value_desc, NULL, NULL };
const apic_type suprsend_add_category_translation_request_categories_value_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &suprsend_add_category_translation_request_categories_value_Type };
const apic_type suprsend_add_category_translation_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_category_translation_response_desc, NULL, NULL };
const apic_type suprsend_add_category_translation_response_sections_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_category_translation_response_sections_value_desc, NULL, NULL };
const apic_type suprsend_add_category_translation_response_sections_value_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &suprsend_add_category_translation_response_sections_value_Type };
const apic_type suprsend_add_category_translation_response_categories_value_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_category_translation_response_categories_value_desc, NULL, NULL };
const apic_type suprsend_add_category_translation_response_categories_value_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &suprsend_add_category_translation_response_categories_value_Type };
const apic_type suprsend_list_translations_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_translations_response_desc, NULL, NULL };
const apic_type suprsend_list_translations_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_translations_response_meta_desc, NULL, NULL };
const apic_type suprsend_list_translations_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_translations_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_translations_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_translations_response_results_item_Type };
const apic_type suprsend_list_translations_response_results_item_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_translations_response_results_item_action_enum_desc, NULL };
const apic_type suprsend_get_translation_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_translation_response_desc, NULL, NULL };
const apic_type suprsend_get_translation_response_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_translation_response_action_enum_desc, NULL };
const apic_type suprsend_add_translation_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_translation_request_desc, NULL, NULL };
const apic_type suprsend_add_translation_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_add_translation_response_desc, NULL, NULL };
const apic_type suprsend_add_translation_response_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_add_translation_response_action_enum_desc, NULL };
const apic_type suprsend_get_translation_history_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_translation_history_response_desc, NULL, NULL };
const apic_type suprsend_get_translation_history_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_translation_history_response_meta_desc, NULL, NULL };
const apic_type suprsend_get_translation_history_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_translation_history_response_results_item_desc, NULL, NULL };
const apic_type suprsend_get_translation_history_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_get_translation_history_response_results_item_Type };
const apic_type suprsend_get_translation_history_response_results_item_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_translation_history_response_results_item_action_enum_desc, NULL };
const apic_type suprsend_rollback_translation_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_rollback_translation_response_desc, NULL, NULL };
const apic_type suprsend_rollback_translation_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_rollback_translation_response_meta_desc, NULL, NULL };
const apic_type suprsend_rollback_translation_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_rollback_translation_response_results_item_desc, NULL, NULL };
const apic_type suprsend_rollback_translation_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_rollback_translation_response_results_item_Type };
const apic_type suprsend_rollback_translation_response_results_item_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_rollback_translation_response_results_item_action_enum_desc, NULL };
const apic_type suprsend_commit_translation_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_translation_response_desc, NULL, NULL };
const apic_type suprsend_commit_translation_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_translation_response_meta_desc, NULL, NULL };
const apic_type suprsend_commit_translation_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_commit_translation_response_results_item_desc, NULL, NULL };
const apic_type suprsend_commit_translation_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_commit_translation_response_results_item_Type };
const apic_type suprsend_commit_translation_response_results_item_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_commit_translation_response_results_item_action_enum_desc, NULL };
const apic_type suprsend_list_templates_v2_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_templates_v2_response_desc, NULL, NULL };
const apic_type suprsend_list_templates_v2_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_templates_v2_response_meta_desc, NULL, NULL };
const apic_type suprsend_list_templates_v2_response_results_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_templates_v2_response_results_item_desc, NULL, NULL };
const apic_type suprsend_list_templates_v2_response_results_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_templates_v2_response_results_item_Type };
const apic_type suprsend_list_templates_v2_response_results_item_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_templates_v2_response_results_item_status_enum_desc, NULL };
const apic_type suprsend_list_templates_v2_response_results_item_updated_by_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_templates_v2_response_results_item_updated_by_desc, NULL, NULL };
const apic_type suprsend_list_templates_v2_response_results_item_channels_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_templates_v2_response_results_item_channels_item_desc, NULL, NULL };
const apic_type suprsend_list_templates_v2_response_results_item_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_templates_v2_response_results_item_channels_item_Type };
const apic_type suprsend_upsert_template_v2_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_template_v2_request_desc, NULL, NULL };
const apic_type suprsend_upsert_template_v2_request_enabled_channels_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_upsert_template_v2_request_enabled_channels_item_enum_desc, NULL };
const apic_type suprsend_upsert_template_v2_request_enabled_channels_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_upsert_template_v2_request_enabled_channels_item_Type };
const apic_type suprsend_list_all_variants_v2_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_all_variants_v2_response_desc, NULL, NULL };
const apic_type suprsend_list_all_variants_v2_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_all_variants_v2_response_meta_desc, NULL, NULL };
const apic_type suprsend_template_variant_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_template_variant_Type };
const apic_type suprsend_list_channel_variants_v2_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_channel_variants_v2_response_desc, NULL, NULL };
const apic_type suprsend_list_channel_variants_v2_response_meta_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_list_channel_variants_v2_response_meta_desc, NULL, NULL };
const apic_type suprsend_upsert_variant_v2_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_variant_v2_request_desc, NULL, NULL };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_variant_v2_request_conditions_item_desc, NULL, NULL };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_upsert_variant_v2_request_conditions_item_Type };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_upsert_variant_v2_request_conditions_item_type_enum_desc, NULL };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_expression_v1_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_desc, NULL, NULL };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_enum_desc, NULL };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_desc, NULL, NULL };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_Type };
const apic_type suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_enum_desc, NULL };
const apic_type suprsend_get_mock_data_v2_response_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_mock_data_v2_response_desc, NULL, NULL };
const apic_type suprsend_get_mock_data_v2_response_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_get_mock_data_v2_response_data_desc, NULL, NULL };
const apic_type suprsend_get_mock_data_v2_response_data_recipient_sub_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_mock_data_v2_response_data_recipient_sub_type_enum_desc, NULL };
const apic_type suprsend_get_mock_data_v2_response_data_actor_sub_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_mock_data_v2_response_data_actor_sub_type_enum_desc, NULL };
const apic_type suprsend_update_mock_data_v2_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_mock_data_v2_request_desc, NULL, NULL };
const apic_type suprsend_update_mock_data_v2_request_recipient_sub_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_mock_data_v2_request_recipient_sub_type_enum_desc, NULL };
const apic_type suprsend_update_mock_data_v2_request_recipient_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_mock_data_v2_request_recipient_object_desc, NULL, NULL };
const apic_type suprsend_update_mock_data_v2_request_actor_sub_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_update_mock_data_v2_request_actor_sub_type_enum_desc, NULL };
const apic_type suprsend_update_mock_data_v2_request_actor_object_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_update_mock_data_v2_request_actor_object_desc, NULL, NULL };
const apic_type suprsend_discard_variant_v2_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_discard_variant_v2_request_desc, NULL, NULL };
const apic_type suprsend_vendor_approval_v2_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &suprsend_vendor_approval_v2_request_desc, NULL, NULL };
const apic_type suprsend_vendor_approval_v2_request_approval_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_vendor_approval_v2_request_approval_status_enum_desc, NULL };
const apic_type suprsend_vendor_approval_v2_request_vendor_template_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_vendor_approval_v2_request_vendor_template_category_enum_desc, NULL };
const apic_type suprsend_trigger_workflow_api_request_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &suprsend_trigger_workflow_api_request_desc.kinds, NULL };
const apic_type suprsend_workflow_trigger_single_body_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_workflow_trigger_single_body_Type };
const apic_type suprsend_list_messages_status_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_messages_status_item_enum_desc, NULL };
const apic_type suprsend_list_messages_status_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &suprsend_list_messages_status_item_Type };
const apic_type suprsend_list_messages_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_messages_channel_enum_desc, NULL };
const apic_type suprsend_list_workflows_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_workflows_mode_enum_desc, NULL };
const apic_type suprsend_get_workflow_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_workflow_mode_enum_desc, NULL };
const apic_type suprsend_list_schemas_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_schemas_mode_enum_desc, NULL };
const apic_type suprsend_get_schema_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_schema_mode_enum_desc, NULL };
const apic_type suprsend_get_category_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_category_mode_enum_desc, NULL };
const apic_type suprsend_list_translations_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_translations_mode_enum_desc, NULL };
const apic_type suprsend_get_translation_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_translation_mode_enum_desc, NULL };
const apic_type suprsend_list_templates_v2_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_templates_v2_mode_enum_desc, NULL };
const apic_type suprsend_get_template_v2_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_template_v2_mode_enum_desc, NULL };
const apic_type suprsend_list_channel_variants_v2_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_list_channel_variants_v2_channel_enum_desc, NULL };
const apic_type suprsend_get_variant_v2_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_variant_v2_channel_enum_desc, NULL };
const apic_type suprsend_upsert_variant_v2_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_upsert_variant_v2_channel_enum_desc, NULL };
const apic_type suprsend_get_mock_data_v2_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_get_mock_data_v2_mode_enum_desc, NULL };
const apic_type suprsend_discard_variant_v2_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_discard_variant_v2_channel_enum_desc, NULL };
const apic_type suprsend_discard_variant_v2_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_discard_variant_v2_mode_enum_desc, NULL };
const apic_type suprsend_vendor_approval_v2_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_vendor_approval_v2_channel_enum_desc, NULL };
const apic_type suprsend_vendor_approval_v2_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &suprsend_vendor_approval_v2_mode_enum_desc, NULL };

void suprsend_json_map_free(apic_json_map *value)
{
    apic_value_free(&apic_type_json_map, value);
}
