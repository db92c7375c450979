/* Descriptors and entry points of SuprSend models. Generated; do not edit. */
#include "internal.h"

/* TemplateVariant */
static const apic_field suprsend_template_variant_desc_Fields[] = {
    {"$schema", 7, 0, offsetof(suprsend_template_variant, schema), -1, -1, &apic_type_string},
    {"channel", 7, 0, offsetof(suprsend_template_variant, channel), -1, -1, &apic_type_string},
    {"id", 2, 0, offsetof(suprsend_template_variant, id), -1, -1, &apic_type_string},
    {"tenant_id", 9, APIC_F_NULLABLE, offsetof(suprsend_template_variant, tenant_id), -1, offsetof(suprsend_template_variant, tenant_id_is_null), &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_template_variant, locale), -1, -1, &apic_type_string},
    {"conditions", 10, 0, offsetof(suprsend_template_variant, conditions), offsetof(suprsend_template_variant, has_conditions), -1, &suprsend_json_map_array_Type},
    {"hash", 4, 0, offsetof(suprsend_template_variant, hash), -1, -1, &apic_type_string},
    {"needs_vendor_approval", 21, 0, offsetof(suprsend_template_variant, needs_vendor_approval), offsetof(suprsend_template_variant, has_needs_vendor_approval), -1, &apic_type_bool},
    {"sysgen_template_name", 20, APIC_F_NULLABLE, offsetof(suprsend_template_variant, sysgen_template_name), -1, offsetof(suprsend_template_variant, sysgen_template_name_is_null), &apic_type_string},
    {"approval_status", 15, 0, offsetof(suprsend_template_variant, approval_status), offsetof(suprsend_template_variant, has_approval_status), -1, &suprsend_template_variant_approval_status_Type},
    {"discard_comment", 15, APIC_F_NULLABLE, offsetof(suprsend_template_variant, discard_comment), -1, offsetof(suprsend_template_variant, discard_comment_is_null), &apic_type_string},
    {"approval_at", 11, APIC_F_NULLABLE, offsetof(suprsend_template_variant, approval_at), -1, offsetof(suprsend_template_variant, approval_at_is_null), &suprsend_string_date_time_Type},
    {"has_error", 9, 0, offsetof(suprsend_template_variant, has_error), offsetof(suprsend_template_variant, has_has_error), -1, &apic_type_bool},
    {"seq_no", 6, 0, offsetof(suprsend_template_variant, seq_no), offsetof(suprsend_template_variant, has_seq_no), -1, &apic_type_int64},
    {"action", 6, APIC_F_NULLABLE, offsetof(suprsend_template_variant, action), -1, offsetof(suprsend_template_variant, action_is_null), &apic_type_string},
    {"created_at", 10, 0, offsetof(suprsend_template_variant, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"content", 7, 0, offsetof(suprsend_template_variant, content), offsetof(suprsend_template_variant, has_content), -1, &apic_type_json_map},
    {"vendor_approvals", 16, 0, offsetof(suprsend_template_variant, vendor_approvals), offsetof(suprsend_template_variant, has_vendor_approvals), -1, &suprsend_json_map_array_Type},
};
const apic_struct_desc suprsend_template_variant_desc = {
    "TemplateVariant", sizeof(suprsend_template_variant), suprsend_template_variant_desc_Fields, 18,
    offsetof(suprsend_template_variant, unknown_fields),
    -1,
    NULL
};

void suprsend_template_variant_free(suprsend_template_variant *obj)
{
    apic_struct_free(&suprsend_template_variant_desc, obj);
}

int suprsend_template_variant_from_json(const char *json, size_t len, suprsend_template_variant **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_template_variant_Type, json, len, &value, err);
    *out = (suprsend_template_variant *)value;
    return rc;
}

int suprsend_template_variant_to_json(const suprsend_template_variant *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_template_variant_Type, obj, out, err);
}

/* Workflow */
static const apic_field suprsend_workflow_desc_Fields[] = {
    {"$schema", 7, 0, offsetof(suprsend_workflow, schema), -1, -1, &suprsend_string_uri_Type},
    {"slug", 4, 0, offsetof(suprsend_workflow, slug), -1, -1, &apic_type_string},
    {"is_enabled", 10, 0, offsetof(suprsend_workflow, is_enabled), offsetof(suprsend_workflow, has_is_enabled), -1, &apic_type_bool},
    {"created_at", 10, 0, offsetof(suprsend_workflow, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"last_executed_at", 16, APIC_F_NULLABLE, offsetof(suprsend_workflow, last_executed_at), -1, offsetof(suprsend_workflow, last_executed_at_is_null), &suprsend_string_date_time_Type},
    {"name", 4, 0, offsetof(suprsend_workflow, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_workflow, description), -1, offsetof(suprsend_workflow, description_is_null), &apic_type_string},
    {"updated_at", 10, 0, offsetof(suprsend_workflow, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"commit_message", 14, APIC_F_NULLABLE, offsetof(suprsend_workflow, commit_message), -1, offsetof(suprsend_workflow, commit_message_is_null), &apic_type_string},
    {"hash", 4, APIC_F_NULLABLE, offsetof(suprsend_workflow, hash), -1, offsetof(suprsend_workflow, hash_is_null), &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_workflow, status), offsetof(suprsend_workflow, has_status), -1, &suprsend_workflow_status_Type},
    {"category", 8, 0, offsetof(suprsend_workflow, category), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_workflow, tags), offsetof(suprsend_workflow, has_tags), -1, &suprsend_string_array_Type},
    {"ratelimit", 9, APIC_F_NULLABLE, offsetof(suprsend_workflow, ratelimit), offsetof(suprsend_workflow, has_ratelimit), offsetof(suprsend_workflow, ratelimit_is_null), &apic_type_json_map},
    {"conditions", 10, 0, offsetof(suprsend_workflow, conditions), offsetof(suprsend_workflow, has_conditions), -1, &suprsend_json_map_array_Type},
    {"trigger_type", 12, 0, offsetof(suprsend_workflow, trigger_type), offsetof(suprsend_workflow, has_trigger_type), -1, &suprsend_workflow_trigger_type_Type},
    {"trigger_events", 14, 0, offsetof(suprsend_workflow, trigger_events), offsetof(suprsend_workflow, has_trigger_events), -1, &suprsend_string_array_Type},
    {"override_recipients_type", 24, APIC_F_NULLABLE, offsetof(suprsend_workflow, override_recipients_type), offsetof(suprsend_workflow, has_override_recipients_type), offsetof(suprsend_workflow, override_recipients_type_is_null), &suprsend_workflow_override_recipients_type_Type},
    {"override_recipients_user_expr", 29, APIC_F_NULLABLE, offsetof(suprsend_workflow, override_recipients_user_expr), -1, offsetof(suprsend_workflow, override_recipients_user_expr_is_null), &apic_type_string},
    {"override_recipients_single_object_fields_expr", 45, APIC_F_NULLABLE, offsetof(suprsend_workflow, override_recipients_single_object_fields_expr), -1, offsetof(suprsend_workflow, override_recipients_single_object_fields_expr_is_null), &apic_type_string},
    {"override_actor_user_expr", 24, APIC_F_NULLABLE, offsetof(suprsend_workflow, override_actor_user_expr), -1, offsetof(suprsend_workflow, override_actor_user_expr_is_null), &apic_type_string},
    {"override_tenant_expr", 20, APIC_F_NULLABLE, offsetof(suprsend_workflow, override_tenant_expr), -1, offsetof(suprsend_workflow, override_tenant_expr_is_null), &apic_type_string},
    {"active_at", 9, 0, offsetof(suprsend_workflow, active_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_by", 10, APIC_F_NULLABLE, offsetof(suprsend_workflow, updated_by), -1, offsetof(suprsend_workflow, updated_by_is_null), &suprsend_workflow_updated_by_Type},
    {"tree", 4, 0, offsetof(suprsend_workflow, tree), offsetof(suprsend_workflow, has_tree), -1, &apic_type_json_map},
    {"validation_result", 17, 0, offsetof(suprsend_workflow, validation_result), -1, -1, &suprsend_workflow_validation_result_Type},
};
const apic_struct_desc suprsend_workflow_desc = {
    "Workflow", sizeof(suprsend_workflow), suprsend_workflow_desc_Fields, 26,
    offsetof(suprsend_workflow, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_free(suprsend_workflow *obj)
{
    apic_struct_free(&suprsend_workflow_desc, obj);
}

int suprsend_workflow_from_json(const char *json, size_t len, suprsend_workflow **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_Type, json, len, &value, err);
    *out = (suprsend_workflow *)value;
    return rc;
}

int suprsend_workflow_to_json(const suprsend_workflow *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_Type, obj, out, err);
}

/* Workflow.updated_by */
static const apic_field suprsend_workflow_updated_by_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_workflow_updated_by, name), -1, -1, &apic_type_string},
    {"email", 5, 0, offsetof(suprsend_workflow_updated_by, email), -1, -1, &suprsend_string_email_Type},
};
const apic_struct_desc suprsend_workflow_updated_by_desc = {
    "Workflow.updated_by", sizeof(suprsend_workflow_updated_by), suprsend_workflow_updated_by_desc_Fields, 2,
    offsetof(suprsend_workflow_updated_by, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_updated_by_free(suprsend_workflow_updated_by *obj)
{
    apic_struct_free(&suprsend_workflow_updated_by_desc, obj);
}

int suprsend_workflow_updated_by_from_json(const char *json, size_t len, suprsend_workflow_updated_by **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_updated_by_Type, json, len, &value, err);
    *out = (suprsend_workflow_updated_by *)value;
    return rc;
}

int suprsend_workflow_updated_by_to_json(const suprsend_workflow_updated_by *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_updated_by_Type, obj, out, err);
}

/* Workflow.validation_result */
static const apic_field suprsend_workflow_validation_result_desc_Fields[] = {
    {"is_valid", 8, 0, offsetof(suprsend_workflow_validation_result, is_valid), offsetof(suprsend_workflow_validation_result, has_is_valid), -1, &apic_type_bool},
    {"errors", 6, 0, offsetof(suprsend_workflow_validation_result, errors), offsetof(suprsend_workflow_validation_result, has_errors), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_workflow_validation_result_desc = {
    "Workflow.validation_result", sizeof(suprsend_workflow_validation_result), suprsend_workflow_validation_result_desc_Fields, 2,
    offsetof(suprsend_workflow_validation_result, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_validation_result_free(suprsend_workflow_validation_result *obj)
{
    apic_struct_free(&suprsend_workflow_validation_result_desc, obj);
}

int suprsend_workflow_validation_result_from_json(const char *json, size_t len, suprsend_workflow_validation_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_validation_result_Type, json, len, &value, err);
    *out = (suprsend_workflow_validation_result *)value;
    return rc;
}

int suprsend_workflow_validation_result_to_json(const suprsend_workflow_validation_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_validation_result_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody */
static const apic_field suprsend_workflow_trigger_single_body_desc_Fields[] = {
    {"workflow", 8, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body, workflow), -1, -1, &apic_type_string},
    {"recipients", 10, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body, recipients), -1, -1, &suprsend_workflow_trigger_single_body_recipients_item_array_Type},
    {"actor", 5, 0, offsetof(suprsend_workflow_trigger_single_body, actor), -1, -1, &suprsend_workflow_trigger_single_body_actor_Type},
    {"data", 4, 0, offsetof(suprsend_workflow_trigger_single_body, data), -1, -1, &suprsend_workflow_trigger_single_body_data_Type},
    {"tenant_id", 9, 0, offsetof(suprsend_workflow_trigger_single_body, tenant_id), -1, -1, &apic_type_string},
    {"$idempotency_key", 16, 0, offsetof(suprsend_workflow_trigger_single_body, idempotency_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_desc = {
    "WorkflowTriggerSingleBody", sizeof(suprsend_workflow_trigger_single_body), suprsend_workflow_trigger_single_body_desc_Fields, 6,
    offsetof(suprsend_workflow_trigger_single_body, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_free(suprsend_workflow_trigger_single_body *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_desc, obj);
}

int suprsend_workflow_trigger_single_body_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_to_json(const suprsend_workflow_trigger_single_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_desc_Fields[] = {
    {"is_transient", 12, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, is_transient), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_is_transient), -1, &apic_type_bool},
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, distinct_id), -1, -1, &apic_type_string},
    {"$channels", 9, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, channels), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_channels), -1, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_channels_item_array_Type},
    {"$email", 6, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, email), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_email), -1, &suprsend_string_array_2_Type},
    {"$sms", 4, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, sms), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_sms), -1, &suprsend_string_array_Type},
    {"$inbox", 6, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, inbox), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_inbox), -1, &suprsend_string_array_Type},
    {"$androidpush", 12, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, androidpush), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_androidpush), -1, &suprsend_string_array_Type},
    {"$iospush", 8, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, iospush), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_iospush), -1, &suprsend_string_array_Type},
    {"$slack", 6, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, slack), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_slack), -1, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_array_Type},
    {"$ms_teams", 9, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, ms_teams), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, has_ms_teams), -1, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_array_Type},
    {"$timezone", 9, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, timezone), -1, -1, &apic_type_string},
    {"$locale", 7, 0, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, locale), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_desc_Fields, 12,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_email */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_desc_Fields[] = {
    {"email", 5, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email, email), -1, -1, &suprsend_string_email_Type},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_email", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_desc_Fields, 2,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_member_id */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id, user_id), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_member_id", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_desc_Fields, 2,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_channel */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel, channel), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_channel", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_desc_Fields, 2,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_incoming_webhook */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_incoming_webhook", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item.slack_using_incoming_webhook.incoming_webhook", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_conversation_id */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"conversation_id", 15, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id, conversation_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_conversation_id", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_desc_Fields, 3,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_user_id */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_user_id", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_desc_Fields, 3,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_incoming_webhook */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_incoming_webhook", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc = {
    "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook", sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook), suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.notify_object */
static const apic_field suprsend_workflow_trigger_single_body_recipients_item_notify_object_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_notify_object, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_recipients_item_notify_object, object_type), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_recipients_item_notify_object_desc = {
    "WorkflowTriggerSingleBody.recipients.item.notify_object", sizeof(suprsend_workflow_trigger_single_body_recipients_item_notify_object), suprsend_workflow_trigger_single_body_recipients_item_notify_object_desc_Fields, 2,
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_notify_object, unknown_fields),
    offsetof(suprsend_workflow_trigger_single_body_recipients_item_notify_object, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_workflow_trigger_single_body_recipients_item_notify_object_free(suprsend_workflow_trigger_single_body_recipients_item_notify_object *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_recipients_item_notify_object_desc, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_notify_object_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_notify_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_notify_object_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_notify_object *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_notify_object_to_json(const suprsend_workflow_trigger_single_body_recipients_item_notify_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_notify_object_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.actor */
static const apic_field suprsend_workflow_trigger_single_body_actor_desc_Fields[] = {
    {"is_transient", 12, 0, offsetof(suprsend_workflow_trigger_single_body_actor, is_transient), offsetof(suprsend_workflow_trigger_single_body_actor, has_is_transient), -1, &apic_type_bool},
    {"distinct_id", 11, 0, offsetof(suprsend_workflow_trigger_single_body_actor, distinct_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_actor_desc = {
    "WorkflowTriggerSingleBody.actor", sizeof(suprsend_workflow_trigger_single_body_actor), suprsend_workflow_trigger_single_body_actor_desc_Fields, 2,
    offsetof(suprsend_workflow_trigger_single_body_actor, unknown_fields),
    offsetof(suprsend_workflow_trigger_single_body_actor, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_workflow_trigger_single_body_actor_free(suprsend_workflow_trigger_single_body_actor *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_actor_desc, obj);
}

int suprsend_workflow_trigger_single_body_actor_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_actor **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_actor_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_actor *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_actor_to_json(const suprsend_workflow_trigger_single_body_actor *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_actor_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.data */
static const apic_field suprsend_workflow_trigger_single_body_data_desc_Fields[] = {
    {"$attachments", 12, 0, offsetof(suprsend_workflow_trigger_single_body_data, attachments), offsetof(suprsend_workflow_trigger_single_body_data, has_attachments), -1, &suprsend_workflow_trigger_single_body_data_attachments_item_array_Type},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_data_desc = {
    "WorkflowTriggerSingleBody.data", sizeof(suprsend_workflow_trigger_single_body_data), suprsend_workflow_trigger_single_body_data_desc_Fields, 1,
    offsetof(suprsend_workflow_trigger_single_body_data, unknown_fields),
    offsetof(suprsend_workflow_trigger_single_body_data, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_workflow_trigger_single_body_data_free(suprsend_workflow_trigger_single_body_data *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_data_desc, obj);
}

int suprsend_workflow_trigger_single_body_data_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_data_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_data *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_data_to_json(const suprsend_workflow_trigger_single_body_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_data_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.data.$attachments.item.pass_public_url */
static const apic_field suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url, url), -1, -1, &suprsend_string_uri_Type},
    {"filename", 8, 0, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url, filename), -1, -1, &apic_type_string},
    {"ignore_if_error", 15, 0, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url, ignore_if_error), offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url, has_ignore_if_error), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_desc = {
    "WorkflowTriggerSingleBody.data.$attachments.item.pass_public_url", sizeof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url), suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_desc_Fields, 3,
    offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_free(suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_desc, obj);
}

int suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_to_json(const suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.data.$attachments.item.pass_base64_file_locally */
static const apic_field suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally, data), -1, -1, &apic_type_string},
    {"filename", 8, 0, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally, filename), -1, -1, &apic_type_string},
    {"contentType", 11, 0, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally, content_type), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_desc = {
    "WorkflowTriggerSingleBody.data.$attachments.item.pass_base64_file_locally", sizeof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally), suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_desc_Fields, 3,
    offsetof(suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_free(suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally *obj)
{
    apic_struct_free(&suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_desc, obj);
}

int suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_to_json(const suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_Type, obj, out, err);
}

/* DigestNode */
static const apic_field suprsend_digest_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_digest_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_digest_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_digest_node, description), -1, offsetof(suprsend_digest_node, description_is_null), &apic_type_string},
    {"schedule_type", 13, APIC_F_REQUIRED, offsetof(suprsend_digest_node, schedule_type), -1, -1, &suprsend_digest_node_schedule_type_Type},
    {"dynamic_schedule_expr", 21, 0, offsetof(suprsend_digest_node, dynamic_schedule_expr), -1, -1, &apic_type_string},
    {"schedule", 8, 0, offsetof(suprsend_digest_node, schedule), -1, -1, &suprsend_schedule_Type},
    {"retain_count", 12, 0, offsetof(suprsend_digest_node, retain_count), offsetof(suprsend_digest_node, has_retain_count), -1, &apic_type_int64},
    {"retain_order", 12, 0, offsetof(suprsend_digest_node, retain_order), offsetof(suprsend_digest_node, has_retain_order), -1, &suprsend_digest_node_retain_order_Type},
    {"trigger_min_count", 17, 0, offsetof(suprsend_digest_node, trigger_min_count), offsetof(suprsend_digest_node, has_trigger_min_count), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_digest_node_desc = {
    "DigestNode", sizeof(suprsend_digest_node), suprsend_digest_node_desc_Fields, 9,
    offsetof(suprsend_digest_node, unknown_fields),
    -1,
    NULL
};

void suprsend_digest_node_free(suprsend_digest_node *obj)
{
    apic_struct_free(&suprsend_digest_node_desc, obj);
}

int suprsend_digest_node_from_json(const char *json, size_t len, suprsend_digest_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_digest_node_Type, json, len, &value, err);
    *out = (suprsend_digest_node *)value;
    return rc;
}

int suprsend_digest_node_to_json(const suprsend_digest_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_digest_node_Type, obj, out, err);
}

/* Schedule */
static const apic_field suprsend_schedule_desc_Fields[] = {
    {"frequency", 9, 0, offsetof(suprsend_schedule, frequency), offsetof(suprsend_schedule, has_frequency), -1, &suprsend_schedule_frequency_Type},
    {"interval", 8, 0, offsetof(suprsend_schedule, interval), offsetof(suprsend_schedule, has_interval), -1, &apic_type_int64},
    {"weekdays", 8, 0, offsetof(suprsend_schedule, weekdays), offsetof(suprsend_schedule, has_weekdays), -1, &suprsend_schedule_weekdays_item_array_Type},
    {"monthdays", 9, 0, offsetof(suprsend_schedule, monthdays), offsetof(suprsend_schedule, has_monthdays), -1, &suprsend_schedule_monthdays_item_array_Type},
    {"time", 4, 0, offsetof(suprsend_schedule, time), -1, -1, &apic_type_string},
    {"dtstart", 7, 0, offsetof(suprsend_schedule, dtstart), -1, -1, &apic_type_string},
    {"tz_selection", 12, 0, offsetof(suprsend_schedule, tz_selection), offsetof(suprsend_schedule, has_tz_selection), -1, &suprsend_schedule_tz_selection_Type},
    {"tz_fixed", 8, 0, offsetof(suprsend_schedule, tz_fixed), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_schedule_desc = {
    "Schedule", sizeof(suprsend_schedule), suprsend_schedule_desc_Fields, 8,
    offsetof(suprsend_schedule, unknown_fields),
    -1,
    NULL
};

void suprsend_schedule_free(suprsend_schedule *obj)
{
    apic_struct_free(&suprsend_schedule_desc, obj);
}

int suprsend_schedule_from_json(const char *json, size_t len, suprsend_schedule **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_schedule_Type, json, len, &value, err);
    *out = (suprsend_schedule *)value;
    return rc;
}

int suprsend_schedule_to_json(const suprsend_schedule *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_schedule_Type, obj, out, err);
}

/* Schedule.monthdays.item */
static const apic_field suprsend_schedule_monthdays_item_desc_Fields[] = {
    {"pos", 3, 0, offsetof(suprsend_schedule_monthdays_item, pos), offsetof(suprsend_schedule_monthdays_item, has_pos), -1, &apic_type_int64},
    {"day", 3, APIC_F_NULLABLE, offsetof(suprsend_schedule_monthdays_item, day), offsetof(suprsend_schedule_monthdays_item, has_day), offsetof(suprsend_schedule_monthdays_item, day_is_null), &suprsend_schedule_monthdays_item_day_Type},
};
const apic_struct_desc suprsend_schedule_monthdays_item_desc = {
    "Schedule.monthdays.item", sizeof(suprsend_schedule_monthdays_item), suprsend_schedule_monthdays_item_desc_Fields, 2,
    offsetof(suprsend_schedule_monthdays_item, unknown_fields),
    -1,
    NULL
};

void suprsend_schedule_monthdays_item_free(suprsend_schedule_monthdays_item *obj)
{
    apic_struct_free(&suprsend_schedule_monthdays_item_desc, obj);
}

int suprsend_schedule_monthdays_item_from_json(const char *json, size_t len, suprsend_schedule_monthdays_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_schedule_monthdays_item_Type, json, len, &value, err);
    *out = (suprsend_schedule_monthdays_item *)value;
    return rc;
}

int suprsend_schedule_monthdays_item_to_json(const suprsend_schedule_monthdays_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_schedule_monthdays_item_Type, obj, out, err);
}

/* DelayNode */
static const apic_field suprsend_delay_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_delay_node, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_delay_node, description), -1, offsetof(suprsend_delay_node, description_is_null), &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_delay_node, node_type), -1, -1, &apic_type_string},
    {"delay_type", 10, APIC_F_REQUIRED, offsetof(suprsend_delay_node, delay_type), -1, -1, &suprsend_delay_node_delay_type_Type},
    {"duration", 8, 0, offsetof(suprsend_delay_node, duration), -1, -1, &apic_type_string},
    {"relative_to", 11, 0, offsetof(suprsend_delay_node, relative_to), -1, -1, &suprsend_delay_node_relative_to_Type},
};
const apic_struct_desc suprsend_delay_node_desc = {
    "DelayNode", sizeof(suprsend_delay_node), suprsend_delay_node_desc_Fields, 6,
    offsetof(suprsend_delay_node, unknown_fields),
    -1,
    NULL
};

void suprsend_delay_node_free(suprsend_delay_node *obj)
{
    apic_struct_free(&suprsend_delay_node_desc, obj);
}

int suprsend_delay_node_from_json(const char *json, size_t len, suprsend_delay_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_delay_node_Type, json, len, &value, err);
    *out = (suprsend_delay_node *)value;
    return rc;
}

int suprsend_delay_node_to_json(const suprsend_delay_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_delay_node_Type, obj, out, err);
}

/* DelayNode.relative_to */
static const apic_field suprsend_delay_node_relative_to_desc_Fields[] = {
    {"pivot_expr", 10, 0, offsetof(suprsend_delay_node_relative_to, pivot_expr), -1, -1, &apic_type_string},
    {"offset_type", 11, 0, offsetof(suprsend_delay_node_relative_to, offset_type), offsetof(suprsend_delay_node_relative_to, has_offset_type), -1, &suprsend_delay_node_relative_to_offset_type_Type},
    {"offset_value_type", 17, 0, offsetof(suprsend_delay_node_relative_to, offset_value_type), offsetof(suprsend_delay_node_relative_to, has_offset_value_type), -1, &suprsend_delay_node_relative_to_offset_value_type_Type},
    {"offset_value", 12, 0, offsetof(suprsend_delay_node_relative_to, offset_value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_delay_node_relative_to_desc = {
    "DelayNode.relative_to", sizeof(suprsend_delay_node_relative_to), suprsend_delay_node_relative_to_desc_Fields, 4,
    offsetof(suprsend_delay_node_relative_to, unknown_fields),
    -1,
    NULL
};

void suprsend_delay_node_relative_to_free(suprsend_delay_node_relative_to *obj)
{
    apic_struct_free(&suprsend_delay_node_relative_to_desc, obj);
}

int suprsend_delay_node_relative_to_from_json(const char *json, size_t len, suprsend_delay_node_relative_to **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_delay_node_relative_to_Type, json, len, &value, err);
    *out = (suprsend_delay_node_relative_to *)value;
    return rc;
}

int suprsend_delay_node_relative_to_to_json(const suprsend_delay_node_relative_to *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_delay_node_relative_to_Type, obj, out, err);
}

/* BatchNode */
static const apic_field suprsend_batch_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_batch_node, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_batch_node, description), -1, offsetof(suprsend_batch_node, description_is_null), &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_batch_node, node_type), -1, -1, &apic_type_string},
    {"mode", 4, APIC_F_REQUIRED, offsetof(suprsend_batch_node, mode), -1, -1, &suprsend_batch_node_mode_Type},
    {"window_type", 11, APIC_F_REQUIRED, offsetof(suprsend_batch_node, window_type), -1, -1, &suprsend_batch_node_window_type_Type},
    {"fixed_window", 12, 0, offsetof(suprsend_batch_node, fixed_window), -1, -1, &apic_type_string},
    {"dynamic_window_expr", 19, 0, offsetof(suprsend_batch_node, dynamic_window_expr), -1, -1, &apic_type_string},
    {"relative_to", 11, 0, offsetof(suprsend_batch_node, relative_to), -1, -1, &suprsend_batch_node_relative_to_Type},
    {"retain_count", 12, 0, offsetof(suprsend_batch_node, retain_count), offsetof(suprsend_batch_node, has_retain_count), -1, &apic_type_int64},
    {"retain_order", 12, 0, offsetof(suprsend_batch_node, retain_order), offsetof(suprsend_batch_node, has_retain_order), -1, &suprsend_batch_node_retain_order_Type},
    {"batch_key", 9, 0, offsetof(suprsend_batch_node, batch_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_batch_node_desc = {
    "BatchNode", sizeof(suprsend_batch_node), suprsend_batch_node_desc_Fields, 11,
    offsetof(suprsend_batch_node, unknown_fields),
    -1,
    NULL
};

void suprsend_batch_node_free(suprsend_batch_node *obj)
{
    apic_struct_free(&suprsend_batch_node_desc, obj);
}

int suprsend_batch_node_from_json(const char *json, size_t len, suprsend_batch_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_batch_node_Type, json, len, &value, err);
    *out = (suprsend_batch_node *)value;
    return rc;
}

int suprsend_batch_node_to_json(const suprsend_batch_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_batch_node_Type, obj, out, err);
}

/* BatchNode.relative_to */
static const apic_field suprsend_batch_node_relative_to_desc_Fields[] = {
    {"pivot_expr", 10, 0, offsetof(suprsend_batch_node_relative_to, pivot_expr), -1, -1, &apic_type_string},
    {"offset_type", 11, 0, offsetof(suprsend_batch_node_relative_to, offset_type), offsetof(suprsend_batch_node_relative_to, has_offset_type), -1, &suprsend_batch_node_relative_to_offset_type_Type},
    {"offset_value_type", 17, 0, offsetof(suprsend_batch_node_relative_to, offset_value_type), offsetof(suprsend_batch_node_relative_to, has_offset_value_type), -1, &suprsend_batch_node_relative_to_offset_value_type_Type},
    {"offset_value", 12, 0, offsetof(suprsend_batch_node_relative_to, offset_value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_batch_node_relative_to_desc = {
    "BatchNode.relative_to", sizeof(suprsend_batch_node_relative_to), suprsend_batch_node_relative_to_desc_Fields, 4,
    offsetof(suprsend_batch_node_relative_to, unknown_fields),
    -1,
    NULL
};

void suprsend_batch_node_relative_to_free(suprsend_batch_node_relative_to *obj)
{
    apic_struct_free(&suprsend_batch_node_relative_to_desc, obj);
}

int suprsend_batch_node_relative_to_from_json(const char *json, size_t len, suprsend_batch_node_relative_to **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_batch_node_relative_to_Type, json, len, &value, err);
    *out = (suprsend_batch_node_relative_to *)value;
    return rc;
}

int suprsend_batch_node_relative_to_to_json(const suprsend_batch_node_relative_to *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_batch_node_relative_to_Type, obj, out, err);
}

/* HttpApiWebhookNode */
static const apic_field suprsend_http_api_webhook_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_http_api_webhook_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_http_api_webhook_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_http_api_webhook_node, description), -1, offsetof(suprsend_http_api_webhook_node, description_is_null), &apic_type_string},
    {"http_method", 11, APIC_F_REQUIRED, offsetof(suprsend_http_api_webhook_node, http_method), -1, -1, &suprsend_http_api_webhook_node_http_method_Type},
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_http_api_webhook_node, url), -1, -1, &suprsend_string_uri_Type},
    {"headers", 7, 0, offsetof(suprsend_http_api_webhook_node, headers), offsetof(suprsend_http_api_webhook_node, has_headers), -1, &suprsend_http_api_webhook_node_headers_item_array_Type},
    {"body_content_type", 17, 0, offsetof(suprsend_http_api_webhook_node, body_content_type), -1, -1, &apic_type_string},
    {"body", 4, 0, offsetof(suprsend_http_api_webhook_node, body), -1, -1, &apic_type_string},
    {"query_params", 12, 0, offsetof(suprsend_http_api_webhook_node, query_params), offsetof(suprsend_http_api_webhook_node, has_query_params), -1, &suprsend_http_api_webhook_node_query_params_item_array_Type},
    {"output_key", 10, 0, offsetof(suprsend_http_api_webhook_node, output_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_http_api_webhook_node_desc = {
    "HttpApiWebhookNode", sizeof(suprsend_http_api_webhook_node), suprsend_http_api_webhook_node_desc_Fields, 10,
    offsetof(suprsend_http_api_webhook_node, unknown_fields),
    -1,
    NULL
};

void suprsend_http_api_webhook_node_free(suprsend_http_api_webhook_node *obj)
{
    apic_struct_free(&suprsend_http_api_webhook_node_desc, obj);
}

int suprsend_http_api_webhook_node_from_json(const char *json, size_t len, suprsend_http_api_webhook_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_http_api_webhook_node_Type, json, len, &value, err);
    *out = (suprsend_http_api_webhook_node *)value;
    return rc;
}

int suprsend_http_api_webhook_node_to_json(const suprsend_http_api_webhook_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_http_api_webhook_node_Type, obj, out, err);
}

/* HttpApiWebhookNode.headers.item */
static const apic_field suprsend_http_api_webhook_node_headers_item_desc_Fields[] = {
    {"key", 3, 0, offsetof(suprsend_http_api_webhook_node_headers_item, key), -1, -1, &apic_type_string},
    {"value", 5, 0, offsetof(suprsend_http_api_webhook_node_headers_item, value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_http_api_webhook_node_headers_item_desc = {
    "HttpApiWebhookNode.headers.item", sizeof(suprsend_http_api_webhook_node_headers_item), suprsend_http_api_webhook_node_headers_item_desc_Fields, 2,
    offsetof(suprsend_http_api_webhook_node_headers_item, unknown_fields),
    -1,
    NULL
};

void suprsend_http_api_webhook_node_headers_item_free(suprsend_http_api_webhook_node_headers_item *obj)
{
    apic_struct_free(&suprsend_http_api_webhook_node_headers_item_desc, obj);
}

int suprsend_http_api_webhook_node_headers_item_from_json(const char *json, size_t len, suprsend_http_api_webhook_node_headers_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_http_api_webhook_node_headers_item_Type, json, len, &value, err);
    *out = (suprsend_http_api_webhook_node_headers_item *)value;
    return rc;
}

int suprsend_http_api_webhook_node_headers_item_to_json(const suprsend_http_api_webhook_node_headers_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_http_api_webhook_node_headers_item_Type, obj, out, err);
}

/* HttpApiWebhookNode.query_params.item */
static const apic_field suprsend_http_api_webhook_node_query_params_item_desc_Fields[] = {
    {"key", 3, 0, offsetof(suprsend_http_api_webhook_node_query_params_item, key), -1, -1, &apic_type_string},
    {"value", 5, 0, offsetof(suprsend_http_api_webhook_node_query_params_item, value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_http_api_webhook_node_query_params_item_desc = {
    "HttpApiWebhookNode.query_params.item", sizeof(suprsend_http_api_webhook_node_query_params_item), suprsend_http_api_webhook_node_query_params_item_desc_Fields, 2,
    offsetof(suprsend_http_api_webhook_node_query_params_item, unknown_fields),
    -1,
    NULL
};

void suprsend_http_api_webhook_node_query_params_item_free(suprsend_http_api_webhook_node_query_params_item *obj)
{
    apic_struct_free(&suprsend_http_api_webhook_node_query_params_item_desc, obj);
}

int suprsend_http_api_webhook_node_query_params_item_from_json(const char *json, size_t len, suprsend_http_api_webhook_node_query_params_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_http_api_webhook_node_query_params_item_Type, json, len, &value, err);
    *out = (suprsend_http_api_webhook_node_query_params_item *)value;
    return rc;
}

int suprsend_http_api_webhook_node_query_params_item_to_json(const suprsend_http_api_webhook_node_query_params_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_http_api_webhook_node_query_params_item_Type, obj, out, err);
}

/* HttpApiFetchNode */
static const apic_field suprsend_http_api_fetch_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_http_api_fetch_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_http_api_fetch_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_http_api_fetch_node, description), -1, offsetof(suprsend_http_api_fetch_node, description_is_null), &apic_type_string},
    {"http_method", 11, APIC_F_REQUIRED, offsetof(suprsend_http_api_fetch_node, http_method), -1, -1, &apic_type_string},
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_http_api_fetch_node, url), -1, -1, &apic_type_string},
    {"headers", 7, 0, offsetof(suprsend_http_api_fetch_node, headers), offsetof(suprsend_http_api_fetch_node, has_headers), -1, &suprsend_http_api_fetch_node_headers_item_array_Type},
    {"query_params", 12, 0, offsetof(suprsend_http_api_fetch_node, query_params), offsetof(suprsend_http_api_fetch_node, has_query_params), -1, &suprsend_http_api_fetch_node_query_params_item_array_Type},
    {"output_key", 10, 0, offsetof(suprsend_http_api_fetch_node, output_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_http_api_fetch_node_desc = {
    "HttpApiFetchNode", sizeof(suprsend_http_api_fetch_node), suprsend_http_api_fetch_node_desc_Fields, 8,
    offsetof(suprsend_http_api_fetch_node, unknown_fields),
    -1,
    NULL
};

void suprsend_http_api_fetch_node_free(suprsend_http_api_fetch_node *obj)
{
    apic_struct_free(&suprsend_http_api_fetch_node_desc, obj);
}

int suprsend_http_api_fetch_node_from_json(const char *json, size_t len, suprsend_http_api_fetch_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_http_api_fetch_node_Type, json, len, &value, err);
    *out = (suprsend_http_api_fetch_node *)value;
    return rc;
}

int suprsend_http_api_fetch_node_to_json(const suprsend_http_api_fetch_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_http_api_fetch_node_Type, obj, out, err);
}

/* HttpApiFetchNode.headers.item */
static const apic_field suprsend_http_api_fetch_node_headers_item_desc_Fields[] = {
    {"key", 3, 0, offsetof(suprsend_http_api_fetch_node_headers_item, key), -1, -1, &apic_type_string},
    {"value", 5, 0, offsetof(suprsend_http_api_fetch_node_headers_item, value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_http_api_fetch_node_headers_item_desc = {
    "HttpApiFetchNode.headers.item", sizeof(suprsend_http_api_fetch_node_headers_item), suprsend_http_api_fetch_node_headers_item_desc_Fields, 2,
    offsetof(suprsend_http_api_fetch_node_headers_item, unknown_fields),
    -1,
    NULL
};

void suprsend_http_api_fetch_node_headers_item_free(suprsend_http_api_fetch_node_headers_item *obj)
{
    apic_struct_free(&suprsend_http_api_fetch_node_headers_item_desc, obj);
}

int suprsend_http_api_fetch_node_headers_item_from_json(const char *json, size_t len, suprsend_http_api_fetch_node_headers_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_http_api_fetch_node_headers_item_Type, json, len, &value, err);
    *out = (suprsend_http_api_fetch_node_headers_item *)value;
    return rc;
}

int suprsend_http_api_fetch_node_headers_item_to_json(const suprsend_http_api_fetch_node_headers_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_http_api_fetch_node_headers_item_Type, obj, out, err);
}

/* HttpApiFetchNode.query_params.item */
static const apic_field suprsend_http_api_fetch_node_query_params_item_desc_Fields[] = {
    {"key", 3, 0, offsetof(suprsend_http_api_fetch_node_query_params_item, key), -1, -1, &apic_type_string},
    {"value", 5, 0, offsetof(suprsend_http_api_fetch_node_query_params_item, value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_http_api_fetch_node_query_params_item_desc = {
    "HttpApiFetchNode.query_params.item", sizeof(suprsend_http_api_fetch_node_query_params_item), suprsend_http_api_fetch_node_query_params_item_desc_Fields, 2,
    offsetof(suprsend_http_api_fetch_node_query_params_item, unknown_fields),
    -1,
    NULL
};

void suprsend_http_api_fetch_node_query_params_item_free(suprsend_http_api_fetch_node_query_params_item *obj)
{
    apic_struct_free(&suprsend_http_api_fetch_node_query_params_item_desc, obj);
}

int suprsend_http_api_fetch_node_query_params_item_from_json(const char *json, size_t len, suprsend_http_api_fetch_node_query_params_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_http_api_fetch_node_query_params_item_Type, json, len, &value, err);
    *out = (suprsend_http_api_fetch_node_query_params_item *)value;
    return rc;
}

int suprsend_http_api_fetch_node_query_params_item_to_json(const suprsend_http_api_fetch_node_query_params_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_http_api_fetch_node_query_params_item_Type, obj, out, err);
}

/* BranchWaitUntilNode */
static const apic_field suprsend_branch_wait_until_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_branch_wait_until_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_branch_wait_until_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_branch_wait_until_node, description), -1, offsetof(suprsend_branch_wait_until_node, description_is_null), &apic_type_string},
    {"branches", 8, APIC_F_REQUIRED, offsetof(suprsend_branch_wait_until_node, branches), -1, -1, &suprsend_branch_wait_until_node_branches_item_array_Type},
};
const apic_struct_desc suprsend_branch_wait_until_node_desc = {
    "BranchWaitUntilNode", sizeof(suprsend_branch_wait_until_node), suprsend_branch_wait_until_node_desc_Fields, 4,
    offsetof(suprsend_branch_wait_until_node, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_wait_until_node_free(suprsend_branch_wait_until_node *obj)
{
    apic_struct_free(&suprsend_branch_wait_until_node_desc, obj);
}

int suprsend_branch_wait_until_node_from_json(const char *json, size_t len, suprsend_branch_wait_until_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_wait_until_node_Type, json, len, &value, err);
    *out = (suprsend_branch_wait_until_node *)value;
    return rc;
}

int suprsend_branch_wait_until_node_to_json(const suprsend_branch_wait_until_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_wait_until_node_Type, obj, out, err);
}

/* BranchWaitUntilNode.branches.item */
static const apic_field suprsend_branch_wait_until_node_branches_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_branch_wait_until_node_branches_item, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_branch_wait_until_node_branches_item, description), -1, -1, &apic_type_string},
    {"is_default", 10, 0, offsetof(suprsend_branch_wait_until_node_branches_item, is_default), offsetof(suprsend_branch_wait_until_node_branches_item, has_is_default), -1, &apic_type_bool},
    {"conditions", 10, 0, offsetof(suprsend_branch_wait_until_node_branches_item, conditions), offsetof(suprsend_branch_wait_until_node_branches_item, has_conditions), -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_array_Type},
    {"nodes", 5, 0, offsetof(suprsend_branch_wait_until_node_branches_item, nodes), offsetof(suprsend_branch_wait_until_node_branches_item, has_nodes), -1, &suprsend_json_array_Type},
};
const apic_struct_desc suprsend_branch_wait_until_node_branches_item_desc = {
    "BranchWaitUntilNode.branches.item", sizeof(suprsend_branch_wait_until_node_branches_item), suprsend_branch_wait_until_node_branches_item_desc_Fields, 5,
    offsetof(suprsend_branch_wait_until_node_branches_item, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_wait_until_node_branches_item_free(suprsend_branch_wait_until_node_branches_item *obj)
{
    apic_struct_free(&suprsend_branch_wait_until_node_branches_item_desc, obj);
}

int suprsend_branch_wait_until_node_branches_item_from_json(const char *json, size_t len, suprsend_branch_wait_until_node_branches_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_wait_until_node_branches_item_Type, json, len, &value, err);
    *out = (suprsend_branch_wait_until_node_branches_item *)value;
    return rc;
}

int suprsend_branch_wait_until_node_branches_item_to_json(const suprsend_branch_wait_until_node_branches_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_wait_until_node_branches_item_Type, obj, out, err);
}

/* BranchWaitUntilNode.branches.item.conditions.item */
static const apic_field suprsend_branch_wait_until_node_branches_item_conditions_item_desc_Fields[] = {
    {"type", 4, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item, type), offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item, has_type), -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_type_Type},
    {"event_name", 10, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item, event_name), -1, -1, &apic_type_string},
    {"event_conditions", 16, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item, event_conditions), offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item, has_event_conditions), -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_array_Type},
    {"delay_properties", 16, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item, delay_properties), -1, -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_Type},
};
const apic_struct_desc suprsend_branch_wait_until_node_branches_item_conditions_item_desc = {
    "BranchWaitUntilNode.branches.item.conditions.item", sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item), suprsend_branch_wait_until_node_branches_item_conditions_item_desc_Fields, 4,
    offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_wait_until_node_branches_item_conditions_item_free(suprsend_branch_wait_until_node_branches_item_conditions_item *obj)
{
    apic_struct_free(&suprsend_branch_wait_until_node_branches_item_conditions_item_desc, obj);
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_from_json(const char *json, size_t len, suprsend_branch_wait_until_node_branches_item_conditions_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_Type, json, len, &value, err);
    *out = (suprsend_branch_wait_until_node_branches_item_conditions_item *)value;
    return rc;
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_to_json(const suprsend_branch_wait_until_node_branches_item_conditions_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_Type, obj, out, err);
}

/* BranchWaitUntilNode.branches.item.conditions.item.event_conditions.item */
static const apic_field suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_desc_Fields[] = {
    {"variable_ns", 11, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item, variable_ns), -1, -1, &apic_type_string},
    {"variable", 8, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item, variable), -1, -1, &apic_type_string},
    {"op", 2, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item, op), -1, -1, &apic_type_string},
    {"value", 5, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item, value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_desc = {
    "BranchWaitUntilNode.branches.item.conditions.item.event_conditions.item", sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item), suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_desc_Fields, 4,
    offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_free(suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item *obj)
{
    apic_struct_free(&suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_desc, obj);
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_from_json(const char *json, size_t len, suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_Type, json, len, &value, err);
    *out = (suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item *)value;
    return rc;
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_to_json(const suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_event_conditions_item_Type, obj, out, err);
}

/* BranchWaitUntilNode.branches.item.conditions.item.delay_properties */
static const apic_field suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_desc_Fields[] = {
    {"delay_type", 10, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties, delay_type), offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties, has_delay_type), -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_delay_type_Type},
    {"value", 5, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties, value), -1, -1, &apic_type_string},
    {"relative_to", 11, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties, relative_to), -1, -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_Type},
};
const apic_struct_desc suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_desc = {
    "BranchWaitUntilNode.branches.item.conditions.item.delay_properties", sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties), suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_desc_Fields, 3,
    offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_free(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties *obj)
{
    apic_struct_free(&suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_desc, obj);
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_from_json(const char *json, size_t len, suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_Type, json, len, &value, err);
    *out = (suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties *)value;
    return rc;
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_to_json(const suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_Type, obj, out, err);
}

/* BranchWaitUntilNode.branches.item.conditions.item.delay_properties.relative_to */
static const apic_field suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_desc_Fields[] = {
    {"pivot_expr", 10, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to, pivot_expr), -1, -1, &apic_type_string},
    {"offset_type", 11, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to, offset_type), offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to, has_offset_type), -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_type_Type},
    {"offset_value_type", 17, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to, offset_value_type), offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to, has_offset_value_type), -1, &suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_offset_value_type_Type},
    {"offset_value", 12, 0, offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to, offset_value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_desc = {
    "BranchWaitUntilNode.branches.item.conditions.item.delay_properties.relative_to", sizeof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to), suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_desc_Fields, 4,
    offsetof(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_free(suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to *obj)
{
    apic_struct_free(&suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_desc, obj);
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_from_json(const char *json, size_t len, suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_Type, json, len, &value, err);
    *out = (suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to *)value;
    return rc;
}

int suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_to_json(const suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_wait_until_node_branches_item_conditions_item_delay_properties_relative_to_Type, obj, out, err);
}

/* BranchNode */
static const apic_field suprsend_branch_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_branch_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_branch_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_branch_node, description), -1, offsetof(suprsend_branch_node, description_is_null), &apic_type_string},
    {"branches", 8, APIC_F_REQUIRED, offsetof(suprsend_branch_node, branches), -1, -1, &suprsend_branch_node_branches_item_array_Type},
};
const apic_struct_desc suprsend_branch_node_desc = {
    "BranchNode", sizeof(suprsend_branch_node), suprsend_branch_node_desc_Fields, 4,
    offsetof(suprsend_branch_node, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_node_free(suprsend_branch_node *obj)
{
    apic_struct_free(&suprsend_branch_node_desc, obj);
}

int suprsend_branch_node_from_json(const char *json, size_t len, suprsend_branch_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_node_Type, json, len, &value, err);
    *out = (suprsend_branch_node *)value;
    return rc;
}

int suprsend_branch_node_to_json(const suprsend_branch_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_node_Type, obj, out, err);
}

/* BranchNode.branches.item */
static const apic_field suprsend_branch_node_branches_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_branch_node_branches_item, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_branch_node_branches_item, description), -1, -1, &apic_type_string},
    {"is_default", 10, 0, offsetof(suprsend_branch_node_branches_item, is_default), offsetof(suprsend_branch_node_branches_item, has_is_default), -1, &apic_type_bool},
    {"conditions", 10, 0, offsetof(suprsend_branch_node_branches_item, conditions), offsetof(suprsend_branch_node_branches_item, has_conditions), -1, &suprsend_branch_node_branches_item_conditions_item_array_Type},
    {"nodes", 5, 0, offsetof(suprsend_branch_node_branches_item, nodes), offsetof(suprsend_branch_node_branches_item, has_nodes), -1, &suprsend_json_array_Type},
};
const apic_struct_desc suprsend_branch_node_branches_item_desc = {
    "BranchNode.branches.item", sizeof(suprsend_branch_node_branches_item), suprsend_branch_node_branches_item_desc_Fields, 5,
    offsetof(suprsend_branch_node_branches_item, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_node_branches_item_free(suprsend_branch_node_branches_item *obj)
{
    apic_struct_free(&suprsend_branch_node_branches_item_desc, obj);
}

int suprsend_branch_node_branches_item_from_json(const char *json, size_t len, suprsend_branch_node_branches_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_node_branches_item_Type, json, len, &value, err);
    *out = (suprsend_branch_node_branches_item *)value;
    return rc;
}

int suprsend_branch_node_branches_item_to_json(const suprsend_branch_node_branches_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_node_branches_item_Type, obj, out, err);
}

/* BranchNode.branches.item.conditions.item */
static const apic_field suprsend_branch_node_branches_item_conditions_item_desc_Fields[] = {
    {"type", 4, 0, offsetof(suprsend_branch_node_branches_item_conditions_item, type), -1, -1, &apic_type_string},
    {"expression_v1", 13, 0, offsetof(suprsend_branch_node_branches_item_conditions_item, expression_v1), -1, -1, &suprsend_branch_node_branches_item_conditions_item_expression_v1_Type},
};
const apic_struct_desc suprsend_branch_node_branches_item_conditions_item_desc = {
    "BranchNode.branches.item.conditions.item", sizeof(suprsend_branch_node_branches_item_conditions_item), suprsend_branch_node_branches_item_conditions_item_desc_Fields, 2,
    offsetof(suprsend_branch_node_branches_item_conditions_item, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_node_branches_item_conditions_item_free(suprsend_branch_node_branches_item_conditions_item *obj)
{
    apic_struct_free(&suprsend_branch_node_branches_item_conditions_item_desc, obj);
}

int suprsend_branch_node_branches_item_conditions_item_from_json(const char *json, size_t len, suprsend_branch_node_branches_item_conditions_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_node_branches_item_conditions_item_Type, json, len, &value, err);
    *out = (suprsend_branch_node_branches_item_conditions_item *)value;
    return rc;
}

int suprsend_branch_node_branches_item_conditions_item_to_json(const suprsend_branch_node_branches_item_conditions_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_node_branches_item_conditions_item_Type, obj, out, err);
}

/* BranchNode.branches.item.conditions.item.expression_v1 */
static const apic_field suprsend_branch_node_branches_item_conditions_item_expression_v1_desc_Fields[] = {
    {"op", 2, 0, offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1, op), offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1, has_op), -1, &suprsend_branch_node_branches_item_conditions_item_expression_v1_op_Type},
    {"args", 4, 0, offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1, args), offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1, has_args), -1, &suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_array_Type},
};
const apic_struct_desc suprsend_branch_node_branches_item_conditions_item_expression_v1_desc = {
    "BranchNode.branches.item.conditions.item.expression_v1", sizeof(suprsend_branch_node_branches_item_conditions_item_expression_v1), suprsend_branch_node_branches_item_conditions_item_expression_v1_desc_Fields, 2,
    offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_node_branches_item_conditions_item_expression_v1_free(suprsend_branch_node_branches_item_conditions_item_expression_v1 *obj)
{
    apic_struct_free(&suprsend_branch_node_branches_item_conditions_item_expression_v1_desc, obj);
}

int suprsend_branch_node_branches_item_conditions_item_expression_v1_from_json(const char *json, size_t len, suprsend_branch_node_branches_item_conditions_item_expression_v1 **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_node_branches_item_conditions_item_expression_v1_Type, json, len, &value, err);
    *out = (suprsend_branch_node_branches_item_conditions_item_expression_v1 *)value;
    return rc;
}

int suprsend_branch_node_branches_item_conditions_item_expression_v1_to_json(const suprsend_branch_node_branches_item_conditions_item_expression_v1 *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_node_branches_item_conditions_item_expression_v1_Type, obj, out, err);
}

/* BranchNode.branches.item.conditions.item.expression_v1.args.item */
static const apic_field suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_desc_Fields[] = {
    {"variable_ns", 11, 0, offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, variable_ns), offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, has_variable_ns), -1, &suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_variable_ns_Type},
    {"variable", 8, 0, offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, variable), -1, -1, &apic_type_string},
    {"op", 2, 0, offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, op), offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, has_op), -1, &suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_op_Type},
    {"value", 5, 0, offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, value), -1, -1, &apic_type_string},
    {"args", 4, 0, offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, args), offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, has_args), -1, &suprsend_json_array_Type},
};
const apic_struct_desc suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_desc = {
    "BranchNode.branches.item.conditions.item.expression_v1.args.item", sizeof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item), suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_desc_Fields, 5,
    offsetof(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item, unknown_fields),
    -1,
    NULL
};

void suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_free(suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item *obj)
{
    apic_struct_free(&suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_desc, obj);
}

int suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_from_json(const char *json, size_t len, suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_Type, json, len, &value, err);
    *out = (suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item *)value;
    return rc;
}

int suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_to_json(const suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_branch_node_branches_item_conditions_item_expression_v1_args_item_Type, obj, out, err);
}

/* TransformNode */
static const apic_field suprsend_transform_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_transform_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_transform_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_transform_node, description), -1, offsetof(suprsend_transform_node, description_is_null), &apic_type_string},
    {"variables", 9, APIC_F_REQUIRED, offsetof(suprsend_transform_node, variables), -1, -1, &suprsend_transform_node_variables_item_array_Type},
};
const apic_struct_desc suprsend_transform_node_desc = {
    "TransformNode", sizeof(suprsend_transform_node), suprsend_transform_node_desc_Fields, 4,
    offsetof(suprsend_transform_node, unknown_fields),
    -1,
    NULL
};

void suprsend_transform_node_free(suprsend_transform_node *obj)
{
    apic_struct_free(&suprsend_transform_node_desc, obj);
}

int suprsend_transform_node_from_json(const char *json, size_t len, suprsend_transform_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_transform_node_Type, json, len, &value, err);
    *out = (suprsend_transform_node *)value;
    return rc;
}

int suprsend_transform_node_to_json(const suprsend_transform_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_transform_node_Type, obj, out, err);
}

/* TransformNode.variables.item */
static const apic_field suprsend_transform_node_variables_item_desc_Fields[] = {
    {"key", 3, 0, offsetof(suprsend_transform_node_variables_item, key), -1, -1, &apic_type_string},
    {"value_lang", 10, 0, offsetof(suprsend_transform_node_variables_item, value_lang), offsetof(suprsend_transform_node_variables_item, has_value_lang), -1, &suprsend_transform_node_variables_item_value_lang_Type},
    {"value", 5, 0, offsetof(suprsend_transform_node_variables_item, value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_transform_node_variables_item_desc = {
    "TransformNode.variables.item", sizeof(suprsend_transform_node_variables_item), suprsend_transform_node_variables_item_desc_Fields, 3,
    offsetof(suprsend_transform_node_variables_item, unknown_fields),
    -1,
    NULL
};

void suprsend_transform_node_variables_item_free(suprsend_transform_node_variables_item *obj)
{
    apic_struct_free(&suprsend_transform_node_variables_item_desc, obj);
}

int suprsend_transform_node_variables_item_from_json(const char *json, size_t len, suprsend_transform_node_variables_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_transform_node_variables_item_Type, json, len, &value, err);
    *out = (suprsend_transform_node_variables_item *)value;
    return rc;
}

int suprsend_transform_node_variables_item_to_json(const suprsend_transform_node_variables_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_transform_node_variables_item_Type, obj, out, err);
}

/* TimeWindowNode */
static const apic_field suprsend_time_window_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_time_window_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_time_window_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_time_window_node, description), -1, offsetof(suprsend_time_window_node, description_is_null), &apic_type_string},
    {"windows", 7, APIC_F_REQUIRED, offsetof(suprsend_time_window_node, windows), -1, -1, &suprsend_time_window_node_windows_item_array_Type},
    {"tz_selection", 12, 0, offsetof(suprsend_time_window_node, tz_selection), offsetof(suprsend_time_window_node, has_tz_selection), -1, &suprsend_time_window_node_tz_selection_Type},
    {"tz_fixed", 8, 0, offsetof(suprsend_time_window_node, tz_fixed), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_time_window_node_desc = {
    "TimeWindowNode", sizeof(suprsend_time_window_node), suprsend_time_window_node_desc_Fields, 6,
    offsetof(suprsend_time_window_node, unknown_fields),
    -1,
    NULL
};

void suprsend_time_window_node_free(suprsend_time_window_node *obj)
{
    apic_struct_free(&suprsend_time_window_node_desc, obj);
}

int suprsend_time_window_node_from_json(const char *json, size_t len, suprsend_time_window_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_time_window_node_Type, json, len, &value, err);
    *out = (suprsend_time_window_node *)value;
    return rc;
}

int suprsend_time_window_node_to_json(const suprsend_time_window_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_time_window_node_Type, obj, out, err);
}

/* TimeWindowNode.windows.item */
static const apic_field suprsend_time_window_node_windows_item_desc_Fields[] = {
    {"frequency", 9, 0, offsetof(suprsend_time_window_node_windows_item, frequency), offsetof(suprsend_time_window_node_windows_item, has_frequency), -1, &suprsend_time_window_node_windows_item_frequency_Type},
    {"weekdays", 8, 0, offsetof(suprsend_time_window_node_windows_item, weekdays), offsetof(suprsend_time_window_node_windows_item, has_weekdays), -1, &suprsend_time_window_node_windows_item_weekdays_item_array_Type},
    {"monthdays", 9, 0, offsetof(suprsend_time_window_node_windows_item, monthdays), offsetof(suprsend_time_window_node_windows_item, has_monthdays), -1, &suprsend_time_window_node_windows_item_monthdays_item_array_Type},
    {"stime", 5, 0, offsetof(suprsend_time_window_node_windows_item, stime), -1, -1, &apic_type_string},
    {"etime", 5, 0, offsetof(suprsend_time_window_node_windows_item, etime), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_time_window_node_windows_item_desc = {
    "TimeWindowNode.windows.item", sizeof(suprsend_time_window_node_windows_item), suprsend_time_window_node_windows_item_desc_Fields, 5,
    offsetof(suprsend_time_window_node_windows_item, unknown_fields),
    -1,
    NULL
};

void suprsend_time_window_node_windows_item_free(suprsend_time_window_node_windows_item *obj)
{
    apic_struct_free(&suprsend_time_window_node_windows_item_desc, obj);
}

int suprsend_time_window_node_windows_item_from_json(const char *json, size_t len, suprsend_time_window_node_windows_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_time_window_node_windows_item_Type, json, len, &value, err);
    *out = (suprsend_time_window_node_windows_item *)value;
    return rc;
}

int suprsend_time_window_node_windows_item_to_json(const suprsend_time_window_node_windows_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_time_window_node_windows_item_Type, obj, out, err);
}

/* TimeWindowNode.windows.item.monthdays.item */
static const apic_field suprsend_time_window_node_windows_item_monthdays_item_desc_Fields[] = {
    {"pos", 3, 0, offsetof(suprsend_time_window_node_windows_item_monthdays_item, pos), offsetof(suprsend_time_window_node_windows_item_monthdays_item, has_pos), -1, &apic_type_int64},
    {"day", 3, APIC_F_NULLABLE, offsetof(suprsend_time_window_node_windows_item_monthdays_item, day), offsetof(suprsend_time_window_node_windows_item_monthdays_item, has_day), offsetof(suprsend_time_window_node_windows_item_monthdays_item, day_is_null), &suprsend_time_window_node_windows_item_monthdays_item_day_Type},
};
const apic_struct_desc suprsend_time_window_node_windows_item_monthdays_item_desc = {
    "TimeWindowNode.windows.item.monthdays.item", sizeof(suprsend_time_window_node_windows_item_monthdays_item), suprsend_time_window_node_windows_item_monthdays_item_desc_Fields, 2,
    offsetof(suprsend_time_window_node_windows_item_monthdays_item, unknown_fields),
    -1,
    NULL
};

void suprsend_time_window_node_windows_item_monthdays_item_free(suprsend_time_window_node_windows_item_monthdays_item *obj)
{
    apic_struct_free(&suprsend_time_window_node_windows_item_monthdays_item_desc, obj);
}

int suprsend_time_window_node_windows_item_monthdays_item_from_json(const char *json, size_t len, suprsend_time_window_node_windows_item_monthdays_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_time_window_node_windows_item_monthdays_item_Type, json, len, &value, err);
    *out = (suprsend_time_window_node_windows_item_monthdays_item *)value;
    return rc;
}

int suprsend_time_window_node_windows_item_monthdays_item_to_json(const suprsend_time_window_node_windows_item_monthdays_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_time_window_node_windows_item_monthdays_item_Type, obj, out, err);
}

/* SubscriberListOperationAddUserNode */
static const apic_field suprsend_subscriber_list_operation_add_user_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_add_user_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_add_user_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_subscriber_list_operation_add_user_node, description), -1, offsetof(suprsend_subscriber_list_operation_add_user_node, description_is_null), &apic_type_string},
    {"is_list_id_dynamic", 18, 0, offsetof(suprsend_subscriber_list_operation_add_user_node, is_list_id_dynamic), offsetof(suprsend_subscriber_list_operation_add_user_node, has_is_list_id_dynamic), -1, &apic_type_bool},
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_add_user_node, list_id), -1, -1, &apic_type_string},
    {"create_list_if_missing", 22, 0, offsetof(suprsend_subscriber_list_operation_add_user_node, create_list_if_missing), offsetof(suprsend_subscriber_list_operation_add_user_node, has_create_list_if_missing), -1, &apic_type_bool},
    {"list_name", 9, 0, offsetof(suprsend_subscriber_list_operation_add_user_node, list_name), -1, -1, &apic_type_string},
    {"user_selection", 14, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_add_user_node, user_selection), -1, -1, &suprsend_subscriber_list_operation_add_user_node_user_selection_item_array_Type},
};
const apic_struct_desc suprsend_subscriber_list_operation_add_user_node_desc = {
    "SubscriberListOperationAddUserNode", sizeof(suprsend_subscriber_list_operation_add_user_node), suprsend_subscriber_list_operation_add_user_node_desc_Fields, 8,
    offsetof(suprsend_subscriber_list_operation_add_user_node, unknown_fields),
    -1,
    NULL
};

void suprsend_subscriber_list_operation_add_user_node_free(suprsend_subscriber_list_operation_add_user_node *obj)
{
    apic_struct_free(&suprsend_subscriber_list_operation_add_user_node_desc, obj);
}

int suprsend_subscriber_list_operation_add_user_node_from_json(const char *json, size_t len, suprsend_subscriber_list_operation_add_user_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_subscriber_list_operation_add_user_node_Type, json, len, &value, err);
    *out = (suprsend_subscriber_list_operation_add_user_node *)value;
    return rc;
}

int suprsend_subscriber_list_operation_add_user_node_to_json(const suprsend_subscriber_list_operation_add_user_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_subscriber_list_operation_add_user_node_Type, obj, out, err);
}

/* SubscriberListOperationRemoveUserNode */
static const apic_field suprsend_subscriber_list_operation_remove_user_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_remove_user_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_remove_user_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_subscriber_list_operation_remove_user_node, description), -1, offsetof(suprsend_subscriber_list_operation_remove_user_node, description_is_null), &apic_type_string},
    {"is_list_id_dynamic", 18, 0, offsetof(suprsend_subscriber_list_operation_remove_user_node, is_list_id_dynamic), offsetof(suprsend_subscriber_list_operation_remove_user_node, has_is_list_id_dynamic), -1, &apic_type_bool},
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_remove_user_node, list_id), -1, -1, &apic_type_string},
    {"user_selection", 14, APIC_F_REQUIRED, offsetof(suprsend_subscriber_list_operation_remove_user_node, user_selection), -1, -1, &suprsend_subscriber_list_operation_remove_user_node_user_selection_item_array_Type},
};
const apic_struct_desc suprsend_subscriber_list_operation_remove_user_node_desc = {
    "SubscriberListOperationRemoveUserNode", sizeof(suprsend_subscriber_list_operation_remove_user_node), suprsend_subscriber_list_operation_remove_user_node_desc_Fields, 6,
    offsetof(suprsend_subscriber_list_operation_remove_user_node, unknown_fields),
    -1,
    NULL
};

void suprsend_subscriber_list_operation_remove_user_node_free(suprsend_subscriber_list_operation_remove_user_node *obj)
{
    apic_struct_free(&suprsend_subscriber_list_operation_remove_user_node_desc, obj);
}

int suprsend_subscriber_list_operation_remove_user_node_from_json(const char *json, size_t len, suprsend_subscriber_list_operation_remove_user_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_subscriber_list_operation_remove_user_node_Type, json, len, &value, err);
    *out = (suprsend_subscriber_list_operation_remove_user_node *)value;
    return rc;
}

int suprsend_subscriber_list_operation_remove_user_node_to_json(const suprsend_subscriber_list_operation_remove_user_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_subscriber_list_operation_remove_user_node_Type, obj, out, err);
}

/* ObjectOperationAddSubscriptionNode */
static const apic_field suprsend_object_operation_add_subscription_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_object_operation_add_subscription_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_object_operation_add_subscription_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_object_operation_add_subscription_node, description), -1, offsetof(suprsend_object_operation_add_subscription_node, description_is_null), &apic_type_string},
    {"is_object_id_dynamic", 20, 0, offsetof(suprsend_object_operation_add_subscription_node, is_object_id_dynamic), offsetof(suprsend_object_operation_add_subscription_node, has_is_object_id_dynamic), -1, &apic_type_bool},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_object_operation_add_subscription_node, object_type), -1, -1, &apic_type_string},
    {"object_id", 9, APIC_F_REQUIRED, offsetof(suprsend_object_operation_add_subscription_node, object_id), -1, -1, &apic_type_string},
    {"create_object_if_missing", 24, 0, offsetof(suprsend_object_operation_add_subscription_node, create_object_if_missing), offsetof(suprsend_object_operation_add_subscription_node, has_create_object_if_missing), -1, &apic_type_bool},
    {"user_selection", 14, APIC_F_REQUIRED, offsetof(suprsend_object_operation_add_subscription_node, user_selection), -1, -1, &suprsend_object_operation_add_subscription_node_user_selection_item_array_Type},
    {"subscription_properties", 23, 0, offsetof(suprsend_object_operation_add_subscription_node, subscription_properties), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_object_operation_add_subscription_node_desc = {
    "ObjectOperationAddSubscriptionNode", sizeof(suprsend_object_operation_add_subscription_node), suprsend_object_operation_add_subscription_node_desc_Fields, 9,
    offsetof(suprsend_object_operation_add_subscription_node, unknown_fields),
    -1,
    NULL
};

void suprsend_object_operation_add_subscription_node_free(suprsend_object_operation_add_subscription_node *obj)
{
    apic_struct_free(&suprsend_object_operation_add_subscription_node_desc, obj);
}

int suprsend_object_operation_add_subscription_node_from_json(const char *json, size_t len, suprsend_object_operation_add_subscription_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_operation_add_subscription_node_Type, json, len, &value, err);
    *out = (suprsend_object_operation_add_subscription_node *)value;
    return rc;
}

int suprsend_object_operation_add_subscription_node_to_json(const suprsend_object_operation_add_subscription_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_operation_add_subscription_node_Type, obj, out, err);
}

/* ObjectOperationRemoveSubscriptionNode */
static const apic_field suprsend_object_operation_remove_subscription_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_object_operation_remove_subscription_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_object_operation_remove_subscription_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_object_operation_remove_subscription_node, description), -1, offsetof(suprsend_object_operation_remove_subscription_node, description_is_null), &apic_type_string},
    {"is_object_id_dynamic", 20, 0, offsetof(suprsend_object_operation_remove_subscription_node, is_object_id_dynamic), offsetof(suprsend_object_operation_remove_subscription_node, has_is_object_id_dynamic), -1, &apic_type_bool},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_object_operation_remove_subscription_node, object_type), -1, -1, &apic_type_string},
    {"object_id", 9, APIC_F_REQUIRED, offsetof(suprsend_object_operation_remove_subscription_node, object_id), -1, -1, &apic_type_string},
    {"user_selection", 14, APIC_F_REQUIRED, offsetof(suprsend_object_operation_remove_subscription_node, user_selection), -1, -1, &suprsend_object_operation_remove_subscription_node_user_selection_item_array_Type},
};
const apic_struct_desc suprsend_object_operation_remove_subscription_node_desc = {
    "ObjectOperationRemoveSubscriptionNode", sizeof(suprsend_object_operation_remove_subscription_node), suprsend_object_operation_remove_subscription_node_desc_Fields, 7,
    offsetof(suprsend_object_operation_remove_subscription_node, unknown_fields),
    -1,
    NULL
};

void suprsend_object_operation_remove_subscription_node_free(suprsend_object_operation_remove_subscription_node *obj)
{
    apic_struct_free(&suprsend_object_operation_remove_subscription_node_desc, obj);
}

int suprsend_object_operation_remove_subscription_node_from_json(const char *json, size_t len, suprsend_object_operation_remove_subscription_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_operation_remove_subscription_node_Type, json, len, &value, err);
    *out = (suprsend_object_operation_remove_subscription_node *)value;
    return rc;
}

int suprsend_object_operation_remove_subscription_node_to_json(const suprsend_object_operation_remove_subscription_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_operation_remove_subscription_node_Type, obj, out, err);
}

/* UserUpdateNode */
static const apic_field suprsend_user_update_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_user_update_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_user_update_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_user_update_node, description), -1, offsetof(suprsend_user_update_node, description_is_null), &apic_type_string},
    {"user_selection", 14, APIC_F_REQUIRED, offsetof(suprsend_user_update_node, user_selection), -1, -1, &suprsend_user_update_node_user_selection_Type},
    {"properties", 10, APIC_F_REQUIRED, offsetof(suprsend_user_update_node, properties), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_user_update_node_desc = {
    "UserUpdateNode", sizeof(suprsend_user_update_node), suprsend_user_update_node_desc_Fields, 5,
    offsetof(suprsend_user_update_node, unknown_fields),
    -1,
    NULL
};

void suprsend_user_update_node_free(suprsend_user_update_node *obj)
{
    apic_struct_free(&suprsend_user_update_node_desc, obj);
}

int suprsend_user_update_node_from_json(const char *json, size_t len, suprsend_user_update_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_user_update_node_Type, json, len, &value, err);
    *out = (suprsend_user_update_node *)value;
    return rc;
}

int suprsend_user_update_node_to_json(const suprsend_user_update_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_user_update_node_Type, obj, out, err);
}

/* InvokeWorkflowNode */
static const apic_field suprsend_invoke_workflow_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_invoke_workflow_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_invoke_workflow_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_invoke_workflow_node, description), -1, offsetof(suprsend_invoke_workflow_node, description_is_null), &apic_type_string},
    {"workflow", 8, APIC_F_REQUIRED, offsetof(suprsend_invoke_workflow_node, workflow), -1, -1, &apic_type_string},
    {"actor_selection", 15, APIC_F_NULLABLE, offsetof(suprsend_invoke_workflow_node, actor_selection), offsetof(suprsend_invoke_workflow_node, has_actor_selection), offsetof(suprsend_invoke_workflow_node, actor_selection_is_null), &suprsend_invoke_workflow_node_actor_selection_Type},
    {"actor_expression", 16, 0, offsetof(suprsend_invoke_workflow_node, actor_expression), -1, -1, &apic_type_string},
    {"recipient_selection", 19, APIC_F_REQUIRED, offsetof(suprsend_invoke_workflow_node, recipient_selection), -1, -1, &suprsend_invoke_workflow_node_recipient_selection_Type},
    {"recipient_expression", 20, 0, offsetof(suprsend_invoke_workflow_node, recipient_expression), -1, -1, &apic_type_string},
    {"data", 4, 0, offsetof(suprsend_invoke_workflow_node, data), -1, -1, &apic_type_string},
    {"append_current_run_data", 23, 0, offsetof(suprsend_invoke_workflow_node, append_current_run_data), offsetof(suprsend_invoke_workflow_node, has_append_current_run_data), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_invoke_workflow_node_desc = {
    "InvokeWorkflowNode", sizeof(suprsend_invoke_workflow_node), suprsend_invoke_workflow_node_desc_Fields, 10,
    offsetof(suprsend_invoke_workflow_node, unknown_fields),
    -1,
    NULL
};

void suprsend_invoke_workflow_node_free(suprsend_invoke_workflow_node *obj)
{
    apic_struct_free(&suprsend_invoke_workflow_node_desc, obj);
}

int suprsend_invoke_workflow_node_from_json(const char *json, size_t len, suprsend_invoke_workflow_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_invoke_workflow_node_Type, json, len, &value, err);
    *out = (suprsend_invoke_workflow_node *)value;
    return rc;
}

int suprsend_invoke_workflow_node_to_json(const suprsend_invoke_workflow_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_invoke_workflow_node_Type, obj, out, err);
}

/* SendEmailNode */
static const apic_field suprsend_send_email_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_email_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_email_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_email_node, description), -1, offsetof(suprsend_send_email_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_email_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_email_node_desc = {
    "SendEmailNode", sizeof(suprsend_send_email_node), suprsend_send_email_node_desc_Fields, 4,
    offsetof(suprsend_send_email_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_email_node_free(suprsend_send_email_node *obj)
{
    apic_struct_free(&suprsend_send_email_node_desc, obj);
}

int suprsend_send_email_node_from_json(const char *json, size_t len, suprsend_send_email_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_email_node_Type, json, len, &value, err);
    *out = (suprsend_send_email_node *)value;
    return rc;
}

int suprsend_send_email_node_to_json(const suprsend_send_email_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_email_node_Type, obj, out, err);
}

/* SendSmsNode */
static const apic_field suprsend_send_sms_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_sms_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_sms_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_sms_node, description), -1, offsetof(suprsend_send_sms_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_sms_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_sms_node_desc = {
    "SendSmsNode", sizeof(suprsend_send_sms_node), suprsend_send_sms_node_desc_Fields, 4,
    offsetof(suprsend_send_sms_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_sms_node_free(suprsend_send_sms_node *obj)
{
    apic_struct_free(&suprsend_send_sms_node_desc, obj);
}

int suprsend_send_sms_node_from_json(const char *json, size_t len, suprsend_send_sms_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_sms_node_Type, json, len, &value, err);
    *out = (suprsend_send_sms_node *)value;
    return rc;
}

int suprsend_send_sms_node_to_json(const suprsend_send_sms_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_sms_node_Type, obj, out, err);
}

/* SendWhatsappNode */
static const apic_field suprsend_send_whatsapp_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_whatsapp_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_whatsapp_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_whatsapp_node, description), -1, offsetof(suprsend_send_whatsapp_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_whatsapp_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_whatsapp_node_desc = {
    "SendWhatsappNode", sizeof(suprsend_send_whatsapp_node), suprsend_send_whatsapp_node_desc_Fields, 4,
    offsetof(suprsend_send_whatsapp_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_whatsapp_node_free(suprsend_send_whatsapp_node *obj)
{
    apic_struct_free(&suprsend_send_whatsapp_node_desc, obj);
}

int suprsend_send_whatsapp_node_from_json(const char *json, size_t len, suprsend_send_whatsapp_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_whatsapp_node_Type, json, len, &value, err);
    *out = (suprsend_send_whatsapp_node *)value;
    return rc;
}

int suprsend_send_whatsapp_node_to_json(const suprsend_send_whatsapp_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_whatsapp_node_Type, obj, out, err);
}

/* SendMobilePushNode */
static const apic_field suprsend_send_mobile_push_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_mobile_push_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_mobile_push_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_mobile_push_node, description), -1, offsetof(suprsend_send_mobile_push_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_mobile_push_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_mobile_push_node_desc = {
    "SendMobilePushNode", sizeof(suprsend_send_mobile_push_node), suprsend_send_mobile_push_node_desc_Fields, 4,
    offsetof(suprsend_send_mobile_push_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_mobile_push_node_free(suprsend_send_mobile_push_node *obj)
{
    apic_struct_free(&suprsend_send_mobile_push_node_desc, obj);
}

int suprsend_send_mobile_push_node_from_json(const char *json, size_t len, suprsend_send_mobile_push_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_mobile_push_node_Type, json, len, &value, err);
    *out = (suprsend_send_mobile_push_node *)value;
    return rc;
}

int suprsend_send_mobile_push_node_to_json(const suprsend_send_mobile_push_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_mobile_push_node_Type, obj, out, err);
}

/* SendInboxNode */
static const apic_field suprsend_send_inbox_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_inbox_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_inbox_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_inbox_node, description), -1, offsetof(suprsend_send_inbox_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_inbox_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_inbox_node_desc = {
    "SendInboxNode", sizeof(suprsend_send_inbox_node), suprsend_send_inbox_node_desc_Fields, 4,
    offsetof(suprsend_send_inbox_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_inbox_node_free(suprsend_send_inbox_node *obj)
{
    apic_struct_free(&suprsend_send_inbox_node_desc, obj);
}

int suprsend_send_inbox_node_from_json(const char *json, size_t len, suprsend_send_inbox_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_inbox_node_Type, json, len, &value, err);
    *out = (suprsend_send_inbox_node *)value;
    return rc;
}

int suprsend_send_inbox_node_to_json(const suprsend_send_inbox_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_inbox_node_Type, obj, out, err);
}

/* SendWebpushNode */
static const apic_field suprsend_send_webpush_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_webpush_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_webpush_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_webpush_node, description), -1, offsetof(suprsend_send_webpush_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_webpush_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_webpush_node_desc = {
    "SendWebpushNode", sizeof(suprsend_send_webpush_node), suprsend_send_webpush_node_desc_Fields, 4,
    offsetof(suprsend_send_webpush_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_webpush_node_free(suprsend_send_webpush_node *obj)
{
    apic_struct_free(&suprsend_send_webpush_node_desc, obj);
}

int suprsend_send_webpush_node_from_json(const char *json, size_t len, suprsend_send_webpush_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_webpush_node_Type, json, len, &value, err);
    *out = (suprsend_send_webpush_node *)value;
    return rc;
}

int suprsend_send_webpush_node_to_json(const suprsend_send_webpush_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_webpush_node_Type, obj, out, err);
}

/* SendSlackNode */
static const apic_field suprsend_send_slack_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_slack_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_slack_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_slack_node, description), -1, offsetof(suprsend_send_slack_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_slack_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_slack_node_desc = {
    "SendSlackNode", sizeof(suprsend_send_slack_node), suprsend_send_slack_node_desc_Fields, 4,
    offsetof(suprsend_send_slack_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_slack_node_free(suprsend_send_slack_node *obj)
{
    apic_struct_free(&suprsend_send_slack_node_desc, obj);
}

int suprsend_send_slack_node_from_json(const char *json, size_t len, suprsend_send_slack_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_slack_node_Type, json, len, &value, err);
    *out = (suprsend_send_slack_node *)value;
    return rc;
}

int suprsend_send_slack_node_to_json(const suprsend_send_slack_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_slack_node_Type, obj, out, err);
}

/* SendMsTeamsNode */
static const apic_field suprsend_send_ms_teams_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_ms_teams_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_ms_teams_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_ms_teams_node, description), -1, offsetof(suprsend_send_ms_teams_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_ms_teams_node, template_), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_ms_teams_node_desc = {
    "SendMsTeamsNode", sizeof(suprsend_send_ms_teams_node), suprsend_send_ms_teams_node_desc_Fields, 4,
    offsetof(suprsend_send_ms_teams_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_ms_teams_node_free(suprsend_send_ms_teams_node *obj)
{
    apic_struct_free(&suprsend_send_ms_teams_node_desc, obj);
}

int suprsend_send_ms_teams_node_from_json(const char *json, size_t len, suprsend_send_ms_teams_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_ms_teams_node_Type, json, len, &value, err);
    *out = (suprsend_send_ms_teams_node *)value;
    return rc;
}

int suprsend_send_ms_teams_node_to_json(const suprsend_send_ms_teams_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_ms_teams_node_Type, obj, out, err);
}

/* SendMultiChannelNode */
static const apic_field suprsend_send_multi_channel_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_multi_channel_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_multi_channel_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_multi_channel_node, description), -1, offsetof(suprsend_send_multi_channel_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_multi_channel_node, template_), -1, -1, &apic_type_string},
    {"channels", 8, 0, offsetof(suprsend_send_multi_channel_node, channels), offsetof(suprsend_send_multi_channel_node, has_channels), -1, &suprsend_send_multi_channel_node_channels_item_array_Type},
    {"channels_expr", 13, 0, offsetof(suprsend_send_multi_channel_node, channels_expr), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_send_multi_channel_node_desc = {
    "SendMultiChannelNode", sizeof(suprsend_send_multi_channel_node), suprsend_send_multi_channel_node_desc_Fields, 6,
    offsetof(suprsend_send_multi_channel_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_multi_channel_node_free(suprsend_send_multi_channel_node *obj)
{
    apic_struct_free(&suprsend_send_multi_channel_node_desc, obj);
}

int suprsend_send_multi_channel_node_from_json(const char *json, size_t len, suprsend_send_multi_channel_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_multi_channel_node_Type, json, len, &value, err);
    *out = (suprsend_send_multi_channel_node *)value;
    return rc;
}

int suprsend_send_multi_channel_node_to_json(const suprsend_send_multi_channel_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_multi_channel_node_Type, obj, out, err);
}

/* SendSmartChannelRoutingNode */
static const apic_field suprsend_send_smart_channel_routing_node_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_send_smart_channel_routing_node, name), -1, -1, &apic_type_string},
    {"node_type", 9, APIC_F_REQUIRED, offsetof(suprsend_send_smart_channel_routing_node, node_type), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_send_smart_channel_routing_node, description), -1, offsetof(suprsend_send_smart_channel_routing_node, description_is_null), &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_send_smart_channel_routing_node, template_), -1, -1, &apic_type_string},
    {"channels", 8, 0, offsetof(suprsend_send_smart_channel_routing_node, channels), offsetof(suprsend_send_smart_channel_routing_node, has_channels), -1, &suprsend_send_smart_channel_routing_node_channels_item_array_Type},
    {"channels_expr", 13, 0, offsetof(suprsend_send_smart_channel_routing_node, channels_expr), -1, -1, &apic_type_string},
    {"success", 7, 0, offsetof(suprsend_send_smart_channel_routing_node, success), -1, -1, &apic_type_string},
    {"success_is_event", 16, 0, offsetof(suprsend_send_smart_channel_routing_node, success_is_event), offsetof(suprsend_send_smart_channel_routing_node, has_success_is_event), -1, &apic_type_bool},
    {"ttl_value", 9, 0, offsetof(suprsend_send_smart_channel_routing_node, ttl_value), -1, -1, &apic_type_string},
    {"mandatory_channels", 18, 0, offsetof(suprsend_send_smart_channel_routing_node, mandatory_channels), offsetof(suprsend_send_smart_channel_routing_node, has_mandatory_channels), -1, &suprsend_send_smart_channel_routing_node_mandatory_channels_item_array_Type},
    {"routing_basis", 13, 0, offsetof(suprsend_send_smart_channel_routing_node, routing_basis), offsetof(suprsend_send_smart_channel_routing_node, has_routing_basis), -1, &suprsend_send_smart_channel_routing_node_routing_basis_Type},
};
const apic_struct_desc suprsend_send_smart_channel_routing_node_desc = {
    "SendSmartChannelRoutingNode", sizeof(suprsend_send_smart_channel_routing_node), suprsend_send_smart_channel_routing_node_desc_Fields, 11,
    offsetof(suprsend_send_smart_channel_routing_node, unknown_fields),
    -1,
    NULL
};

void suprsend_send_smart_channel_routing_node_free(suprsend_send_smart_channel_routing_node *obj)
{
    apic_struct_free(&suprsend_send_smart_channel_routing_node_desc, obj);
}

int suprsend_send_smart_channel_routing_node_from_json(const char *json, size_t len, suprsend_send_smart_channel_routing_node **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_send_smart_channel_routing_node_Type, json, len, &value, err);
    *out = (suprsend_send_smart_channel_routing_node *)value;
    return rc;
}

int suprsend_send_smart_channel_routing_node_to_json(const suprsend_send_smart_channel_routing_node *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_send_smart_channel_routing_node_Type, obj, out, err);
}

/* WorkflowCreateUpdate */
static const apic_field suprsend_workflow_create_update_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_workflow_create_update, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, description), -1, offsetof(suprsend_workflow_create_update, description_is_null), &apic_type_string},
    {"is_enabled", 10, 0, offsetof(suprsend_workflow_create_update, is_enabled), offsetof(suprsend_workflow_create_update, has_is_enabled), -1, &apic_type_bool},
    {"category", 8, APIC_F_REQUIRED, offsetof(suprsend_workflow_create_update, category), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_workflow_create_update, tags), offsetof(suprsend_workflow_create_update, has_tags), -1, &suprsend_string_array_Type},
    {"trigger_type", 12, APIC_F_REQUIRED, offsetof(suprsend_workflow_create_update, trigger_type), -1, -1, &suprsend_workflow_create_update_trigger_type_Type},
    {"payload_schema", 14, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, payload_schema), -1, offsetof(suprsend_workflow_create_update, payload_schema_is_null), &suprsend_workflow_create_update_payload_schema_Type},
    {"trigger_events", 14, 0, offsetof(suprsend_workflow_create_update, trigger_events), offsetof(suprsend_workflow_create_update, has_trigger_events), -1, &suprsend_string_array_Type},
    {"ratelimit", 9, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, ratelimit), -1, offsetof(suprsend_workflow_create_update, ratelimit_is_null), &suprsend_workflow_create_update_ratelimit_Type},
    {"conditions", 10, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, conditions), offsetof(suprsend_workflow_create_update, has_conditions), offsetof(suprsend_workflow_create_update, conditions_is_null), &suprsend_workflow_create_update_conditions_item_array_Type},
    {"override_recipients_type", 24, 0, offsetof(suprsend_workflow_create_update, override_recipients_type), offsetof(suprsend_workflow_create_update, has_override_recipients_type), -1, &suprsend_workflow_create_update_override_recipients_type_Type},
    {"override_recipients_user_expr", 29, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, override_recipients_user_expr), -1, offsetof(suprsend_workflow_create_update, override_recipients_user_expr_is_null), &apic_type_string},
    {"override_recipients_single_object_fields_expr", 45, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, override_recipients_single_object_fields_expr), -1, offsetof(suprsend_workflow_create_update, override_recipients_single_object_fields_expr_is_null), &suprsend_workflow_create_update_override_recipients_single_object_fields_expr_Type},
    {"override_actor_user_expr", 24, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, override_actor_user_expr), -1, offsetof(suprsend_workflow_create_update, override_actor_user_expr_is_null), &apic_type_string},
    {"override_tenant_expr", 20, APIC_F_NULLABLE, offsetof(suprsend_workflow_create_update, override_tenant_expr), -1, offsetof(suprsend_workflow_create_update, override_tenant_expr_is_null), &apic_type_string},
    {"tree", 4, APIC_F_REQUIRED, offsetof(suprsend_workflow_create_update, tree), -1, -1, &suprsend_workflow_create_update_tree_Type},
};
const apic_struct_desc suprsend_workflow_create_update_desc = {
    "WorkflowCreateUpdate", sizeof(suprsend_workflow_create_update), suprsend_workflow_create_update_desc_Fields, 16,
    offsetof(suprsend_workflow_create_update, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_free(suprsend_workflow_create_update *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_desc, obj);
}

int suprsend_workflow_create_update_from_json(const char *json, size_t len, suprsend_workflow_create_update **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update *)value;
    return rc;
}

int suprsend_workflow_create_update_to_json(const suprsend_workflow_create_update *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_Type, obj, out, err);
}

/* WorkflowCreateUpdate.payload_schema */
static const apic_field suprsend_workflow_create_update_payload_schema_desc_Fields[] = {
    {"schema", 6, 0, offsetof(suprsend_workflow_create_update_payload_schema, schema), -1, -1, &apic_type_string},
    {"version_no", 10, 0, offsetof(suprsend_workflow_create_update_payload_schema, version_no), offsetof(suprsend_workflow_create_update_payload_schema, has_version_no), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_workflow_create_update_payload_schema_desc = {
    "WorkflowCreateUpdate.payload_schema", sizeof(suprsend_workflow_create_update_payload_schema), suprsend_workflow_create_update_payload_schema_desc_Fields, 2,
    offsetof(suprsend_workflow_create_update_payload_schema, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_payload_schema_free(suprsend_workflow_create_update_payload_schema *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_payload_schema_desc, obj);
}

int suprsend_workflow_create_update_payload_schema_from_json(const char *json, size_t len, suprsend_workflow_create_update_payload_schema **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_payload_schema_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_payload_schema *)value;
    return rc;
}

int suprsend_workflow_create_update_payload_schema_to_json(const suprsend_workflow_create_update_payload_schema *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_payload_schema_Type, obj, out, err);
}

/* WorkflowCreateUpdate.ratelimit */
static const apic_field suprsend_workflow_create_update_ratelimit_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_workflow_create_update_ratelimit, count), offsetof(suprsend_workflow_create_update_ratelimit, has_count), -1, &apic_type_int64},
    {"sliding_window", 14, 0, offsetof(suprsend_workflow_create_update_ratelimit, sliding_window), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_create_update_ratelimit_desc = {
    "WorkflowCreateUpdate.ratelimit", sizeof(suprsend_workflow_create_update_ratelimit), suprsend_workflow_create_update_ratelimit_desc_Fields, 2,
    offsetof(suprsend_workflow_create_update_ratelimit, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_ratelimit_free(suprsend_workflow_create_update_ratelimit *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_ratelimit_desc, obj);
}

int suprsend_workflow_create_update_ratelimit_from_json(const char *json, size_t len, suprsend_workflow_create_update_ratelimit **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_ratelimit_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_ratelimit *)value;
    return rc;
}

int suprsend_workflow_create_update_ratelimit_to_json(const suprsend_workflow_create_update_ratelimit *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_ratelimit_Type, obj, out, err);
}

/* WorkflowCreateUpdate.conditions.item */
static const apic_field suprsend_workflow_create_update_conditions_item_desc_Fields[] = {
    {"type", 4, 0, offsetof(suprsend_workflow_create_update_conditions_item, type), offsetof(suprsend_workflow_create_update_conditions_item, has_type), -1, &suprsend_workflow_create_update_conditions_item_type_Type},
    {"expression_v1", 13, 0, offsetof(suprsend_workflow_create_update_conditions_item, expression_v1), -1, -1, &suprsend_workflow_create_update_conditions_item_expression_v1_Type},
};
const apic_struct_desc suprsend_workflow_create_update_conditions_item_desc = {
    "WorkflowCreateUpdate.conditions.item", sizeof(suprsend_workflow_create_update_conditions_item), suprsend_workflow_create_update_conditions_item_desc_Fields, 2,
    offsetof(suprsend_workflow_create_update_conditions_item, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_conditions_item_free(suprsend_workflow_create_update_conditions_item *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_conditions_item_desc, obj);
}

int suprsend_workflow_create_update_conditions_item_from_json(const char *json, size_t len, suprsend_workflow_create_update_conditions_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_conditions_item_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_conditions_item *)value;
    return rc;
}

int suprsend_workflow_create_update_conditions_item_to_json(const suprsend_workflow_create_update_conditions_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_conditions_item_Type, obj, out, err);
}

/* WorkflowCreateUpdate.conditions.item.expression_v1 */
static const apic_field suprsend_workflow_create_update_conditions_item_expression_v1_desc_Fields[] = {
    {"op", 2, 0, offsetof(suprsend_workflow_create_update_conditions_item_expression_v1, op), offsetof(suprsend_workflow_create_update_conditions_item_expression_v1, has_op), -1, &suprsend_workflow_create_update_conditions_item_expression_v1_op_Type},
    {"args", 4, 0, offsetof(suprsend_workflow_create_update_conditions_item_expression_v1, args), offsetof(suprsend_workflow_create_update_conditions_item_expression_v1, has_args), -1, &suprsend_workflow_create_update_conditions_item_expression_v1_args_item_array_Type},
};
const apic_struct_desc suprsend_workflow_create_update_conditions_item_expression_v1_desc = {
    "WorkflowCreateUpdate.conditions.item.expression_v1", sizeof(suprsend_workflow_create_update_conditions_item_expression_v1), suprsend_workflow_create_update_conditions_item_expression_v1_desc_Fields, 2,
    offsetof(suprsend_workflow_create_update_conditions_item_expression_v1, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_conditions_item_expression_v1_free(suprsend_workflow_create_update_conditions_item_expression_v1 *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_conditions_item_expression_v1_desc, obj);
}

int suprsend_workflow_create_update_conditions_item_expression_v1_from_json(const char *json, size_t len, suprsend_workflow_create_update_conditions_item_expression_v1 **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_conditions_item_expression_v1_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_conditions_item_expression_v1 *)value;
    return rc;
}

int suprsend_workflow_create_update_conditions_item_expression_v1_to_json(const suprsend_workflow_create_update_conditions_item_expression_v1 *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_conditions_item_expression_v1_Type, obj, out, err);
}

/* WorkflowCreateUpdate.conditions.item.expression_v1.args.item */
static const apic_field suprsend_workflow_create_update_conditions_item_expression_v1_args_item_desc_Fields[] = {
    {"op", 2, 0, offsetof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item, op), offsetof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item, has_op), -1, &suprsend_workflow_create_update_conditions_item_expression_v1_args_item_op_Type},
    {"value", 5, 0, offsetof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item, value), -1, -1, &apic_type_string},
    {"variable", 8, 0, offsetof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item, variable), -1, -1, &apic_type_string},
    {"variable_ns", 11, 0, offsetof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item, variable_ns), offsetof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item, has_variable_ns), -1, &suprsend_workflow_create_update_conditions_item_expression_v1_args_item_variable_ns_Type},
};
const apic_struct_desc suprsend_workflow_create_update_conditions_item_expression_v1_args_item_desc = {
    "WorkflowCreateUpdate.conditions.item.expression_v1.args.item", sizeof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item), suprsend_workflow_create_update_conditions_item_expression_v1_args_item_desc_Fields, 4,
    offsetof(suprsend_workflow_create_update_conditions_item_expression_v1_args_item, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_conditions_item_expression_v1_args_item_free(suprsend_workflow_create_update_conditions_item_expression_v1_args_item *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_conditions_item_expression_v1_args_item_desc, obj);
}

int suprsend_workflow_create_update_conditions_item_expression_v1_args_item_from_json(const char *json, size_t len, suprsend_workflow_create_update_conditions_item_expression_v1_args_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_conditions_item_expression_v1_args_item_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_conditions_item_expression_v1_args_item *)value;
    return rc;
}

int suprsend_workflow_create_update_conditions_item_expression_v1_args_item_to_json(const suprsend_workflow_create_update_conditions_item_expression_v1_args_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_conditions_item_expression_v1_args_item_Type, obj, out, err);
}

/* WorkflowCreateUpdate.override_recipients_single_object_fields_expr */
static const apic_field suprsend_workflow_create_update_override_recipients_single_object_fields_expr_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_workflow_create_update_override_recipients_single_object_fields_expr, id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_workflow_create_update_override_recipients_single_object_fields_expr, object_type), -1, -1, &apic_type_string},
    {"$object_subscriptions_query.depth", 33, 0, offsetof(suprsend_workflow_create_update_override_recipients_single_object_fields_expr, object_subscriptions_query_depth), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workflow_create_update_override_recipients_single_object_fields_expr_desc = {
    "WorkflowCreateUpdate.override_recipients_single_object_fields_expr", sizeof(suprsend_workflow_create_update_override_recipients_single_object_fields_expr), suprsend_workflow_create_update_override_recipients_single_object_fields_expr_desc_Fields, 3,
    offsetof(suprsend_workflow_create_update_override_recipients_single_object_fields_expr, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_override_recipients_single_object_fields_expr_free(suprsend_workflow_create_update_override_recipients_single_object_fields_expr *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_override_recipients_single_object_fields_expr_desc, obj);
}

int suprsend_workflow_create_update_override_recipients_single_object_fields_expr_from_json(const char *json, size_t len, suprsend_workflow_create_update_override_recipients_single_object_fields_expr **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_override_recipients_single_object_fields_expr_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_override_recipients_single_object_fields_expr *)value;
    return rc;
}

int suprsend_workflow_create_update_override_recipients_single_object_fields_expr_to_json(const suprsend_workflow_create_update_override_recipients_single_object_fields_expr *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_override_recipients_single_object_fields_expr_Type, obj, out, err);
}

/* WorkflowCreateUpdate.tree */
static const apic_field suprsend_workflow_create_update_tree_desc_Fields[] = {
    {"nodes", 5, 0, offsetof(suprsend_workflow_create_update_tree, nodes), offsetof(suprsend_workflow_create_update_tree, has_nodes), -1, &suprsend_workflow_create_update_tree_nodes_item_array_Type},
};
const apic_struct_desc suprsend_workflow_create_update_tree_desc = {
    "WorkflowCreateUpdate.tree", sizeof(suprsend_workflow_create_update_tree), suprsend_workflow_create_update_tree_desc_Fields, 1,
    offsetof(suprsend_workflow_create_update_tree, unknown_fields),
    -1,
    NULL
};

void suprsend_workflow_create_update_tree_free(suprsend_workflow_create_update_tree *obj)
{
    apic_struct_free(&suprsend_workflow_create_update_tree_desc, obj);
}

int suprsend_workflow_create_update_tree_from_json(const char *json, size_t len, suprsend_workflow_create_update_tree **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_tree_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_tree *)value;
    return rc;
}

int suprsend_workflow_create_update_tree_to_json(const suprsend_workflow_create_update_tree *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_tree_Type, obj, out, err);
}

/* ErrorResponse */
static const apic_field suprsend_error_response_desc_Fields[] = {
    {"code", 4, 0, offsetof(suprsend_error_response, code), offsetof(suprsend_error_response, has_code), -1, &apic_type_int64},
    {"error_code", 10, 0, offsetof(suprsend_error_response, error_code), -1, -1, &apic_type_string},
    {"type", 4, 0, offsetof(suprsend_error_response, type), -1, -1, &apic_type_string},
    {"message", 7, 0, offsetof(suprsend_error_response, message), -1, -1, &apic_type_string},
    {"detail", 6, 0, offsetof(suprsend_error_response, detail), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_error_response_desc = {
    "ErrorResponse", sizeof(suprsend_error_response), suprsend_error_response_desc_Fields, 5,
    offsetof(suprsend_error_response, unknown_fields),
    -1,
    NULL
};

void suprsend_error_response_free(suprsend_error_response *obj)
{
    apic_struct_free(&suprsend_error_response_desc, obj);
}

int suprsend_error_response_from_json(const char *json, size_t len, suprsend_error_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_error_response_Type, json, len, &value, err);
    *out = (suprsend_error_response *)value;
    return rc;
}

int suprsend_error_response_to_json(const suprsend_error_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_error_response_Type, obj, out, err);
}

/* MessageResponse */
static const apic_field suprsend_message_response_desc_Fields[] = {
    {"message_id", 10, 0, offsetof(suprsend_message_response, message_id), -1, -1, &apic_type_string},
    {"created_at", 10, 0, offsetof(suprsend_message_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_message_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"triggered_at", 12, APIC_F_NULLABLE, offsetof(suprsend_message_response, triggered_at), -1, offsetof(suprsend_message_response, triggered_at_is_null), &suprsend_string_date_time_Type},
    {"delivered_at", 12, APIC_F_NULLABLE, offsetof(suprsend_message_response, delivered_at), -1, offsetof(suprsend_message_response, delivered_at_is_null), &suprsend_string_date_time_Type},
    {"seen_at", 7, APIC_F_NULLABLE, offsetof(suprsend_message_response, seen_at), -1, offsetof(suprsend_message_response, seen_at_is_null), &suprsend_string_date_time_Type},
    {"clicked_at", 10, APIC_F_NULLABLE, offsetof(suprsend_message_response, clicked_at), -1, offsetof(suprsend_message_response, clicked_at_is_null), &suprsend_string_date_time_Type},
    {"dismissed_at", 12, APIC_F_NULLABLE, offsetof(suprsend_message_response, dismissed_at), -1, offsetof(suprsend_message_response, dismissed_at_is_null), &suprsend_string_date_time_Type},
    {"read_at", 7, APIC_F_NULLABLE, offsetof(suprsend_message_response, read_at), -1, offsetof(suprsend_message_response, read_at_is_null), &suprsend_string_date_time_Type},
    {"unread_at", 9, APIC_F_NULLABLE, offsetof(suprsend_message_response, unread_at), -1, offsetof(suprsend_message_response, unread_at_is_null), &suprsend_string_date_time_Type},
    {"archived_at", 11, APIC_F_NULLABLE, offsetof(suprsend_message_response, archived_at), -1, offsetof(suprsend_message_response, archived_at_is_null), &suprsend_string_date_time_Type},
    {"unarchived_at", 13, APIC_F_NULLABLE, offsetof(suprsend_message_response, unarchived_at), -1, offsetof(suprsend_message_response, unarchived_at_is_null), &suprsend_string_date_time_Type},
    {"is_read", 7, 0, offsetof(suprsend_message_response, is_read), offsetof(suprsend_message_response, has_is_read), -1, &apic_type_bool},
    {"is_archived", 11, 0, offsetof(suprsend_message_response, is_archived), offsetof(suprsend_message_response, has_is_archived), -1, &apic_type_bool},
    {"status", 6, 0, offsetof(suprsend_message_response, status), offsetof(suprsend_message_response, has_status), -1, &suprsend_message_response_status_Type},
    {"channel", 7, 0, offsetof(suprsend_message_response, channel), offsetof(suprsend_message_response, has_channel), -1, &suprsend_message_response_channel_Type},
    {"idempotency_key", 15, 0, offsetof(suprsend_message_response, idempotency_key), -1, -1, &apic_type_string},
    {"failure_reason", 14, 0, offsetof(suprsend_message_response, failure_reason), -1, -1, &apic_type_string},
    {"recipient", 9, 0, offsetof(suprsend_message_response, recipient), -1, -1, &suprsend_message_response_recipient_Type},
    {"parent_entity_id", 16, 0, offsetof(suprsend_message_response, parent_entity_id), -1, -1, &apic_type_string},
    {"parent_entity_type", 18, 0, offsetof(suprsend_message_response, parent_entity_type), -1, -1, &apic_type_string},
    {"vendor", 6, 0, offsetof(suprsend_message_response, vendor), -1, -1, &suprsend_message_response_vendor_Type},
    {"execution_id", 12, 0, offsetof(suprsend_message_response, execution_id), -1, -1, &apic_type_string},
    {"parent_execution_id", 19, 0, offsetof(suprsend_message_response, parent_execution_id), -1, -1, &apic_type_string},
    {"is_campaign", 11, 0, offsetof(suprsend_message_response, is_campaign), offsetof(suprsend_message_response, has_is_campaign), -1, &apic_type_bool},
    {"tenant_id", 9, 0, offsetof(suprsend_message_response, tenant_id), -1, -1, &apic_type_string},
    {"workflow", 8, 0, offsetof(suprsend_message_response, workflow), -1, -1, &suprsend_message_response_workflow_Type},
    {"template", 8, 0, offsetof(suprsend_message_response, template_), -1, -1, &suprsend_message_response_template_Type},
    {"channel_identity", 16, 0, offsetof(suprsend_message_response, channel_identity), offsetof(suprsend_message_response, has_channel_identity), -1, &apic_type_json_map},
    {"category", 8, 0, offsetof(suprsend_message_response, category), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_message_response_desc = {
    "MessageResponse", sizeof(suprsend_message_response), suprsend_message_response_desc_Fields, 30,
    offsetof(suprsend_message_response, unknown_fields),
    -1,
    NULL
};

void suprsend_message_response_free(suprsend_message_response *obj)
{
    apic_struct_free(&suprsend_message_response_desc, obj);
}

int suprsend_message_response_from_json(const char *json, size_t len, suprsend_message_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_message_response_Type, json, len, &value, err);
    *out = (suprsend_message_response *)value;
    return rc;
}

int suprsend_message_response_to_json(const suprsend_message_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_message_response_Type, obj, out, err);
}

/* MessageResponse.recipient */
static const apic_field suprsend_message_response_recipient_desc_Fields[] = {
    {"$type", 5, 0, offsetof(suprsend_message_response_recipient, type), offsetof(suprsend_message_response_recipient, has_type), -1, &suprsend_message_response_recipient_type_Type},
    {"distinct_id", 11, 0, offsetof(suprsend_message_response_recipient, distinct_id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_message_response_recipient, object_type), -1, -1, &apic_type_string},
    {"id", 2, 0, offsetof(suprsend_message_response_recipient, id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_message_response_recipient_desc = {
    "MessageResponse.recipient", sizeof(suprsend_message_response_recipient), suprsend_message_response_recipient_desc_Fields, 4,
    offsetof(suprsend_message_response_recipient, unknown_fields),
    -1,
    NULL
};

void suprsend_message_response_recipient_free(suprsend_message_response_recipient *obj)
{
    apic_struct_free(&suprsend_message_response_recipient_desc, obj);
}

int suprsend_message_response_recipient_from_json(const char *json, size_t len, suprsend_message_response_recipient **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_message_response_recipient_Type, json, len, &value, err);
    *out = (suprsend_message_response_recipient *)value;
    return rc;
}

int suprsend_message_response_recipient_to_json(const suprsend_message_response_recipient *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_message_response_recipient_Type, obj, out, err);
}

/* MessageResponse.vendor */
static const apic_field suprsend_message_response_vendor_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_message_response_vendor, name), -1, -1, &apic_type_string},
    {"nickname", 8, 0, offsetof(suprsend_message_response_vendor, nickname), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_message_response_vendor_desc = {
    "MessageResponse.vendor", sizeof(suprsend_message_response_vendor), suprsend_message_response_vendor_desc_Fields, 2,
    offsetof(suprsend_message_response_vendor, unknown_fields),
    -1,
    NULL
};

void suprsend_message_response_vendor_free(suprsend_message_response_vendor *obj)
{
    apic_struct_free(&suprsend_message_response_vendor_desc, obj);
}

int suprsend_message_response_vendor_from_json(const char *json, size_t len, suprsend_message_response_vendor **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_message_response_vendor_Type, json, len, &value, err);
    *out = (suprsend_message_response_vendor *)value;
    return rc;
}

int suprsend_message_response_vendor_to_json(const suprsend_message_response_vendor *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_message_response_vendor_Type, obj, out, err);
}

/* MessageResponse.workflow */
static const apic_field suprsend_message_response_workflow_desc_Fields[] = {
    {"slug", 4, 0, offsetof(suprsend_message_response_workflow, slug), -1, -1, &apic_type_string},
    {"version_id", 10, 0, offsetof(suprsend_message_response_workflow, version_id), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_message_response_workflow, name), -1, -1, &apic_type_string},
    {"node_ref", 8, 0, offsetof(suprsend_message_response_workflow, node_ref), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_message_response_workflow_desc = {
    "MessageResponse.workflow", sizeof(suprsend_message_response_workflow), suprsend_message_response_workflow_desc_Fields, 4,
    offsetof(suprsend_message_response_workflow, unknown_fields),
    -1,
    NULL
};

void suprsend_message_response_workflow_free(suprsend_message_response_workflow *obj)
{
    apic_struct_free(&suprsend_message_response_workflow_desc, obj);
}

int suprsend_message_response_workflow_from_json(const char *json, size_t len, suprsend_message_response_workflow **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_message_response_workflow_Type, json, len, &value, err);
    *out = (suprsend_message_response_workflow *)value;
    return rc;
}

int suprsend_message_response_workflow_to_json(const suprsend_message_response_workflow *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_message_response_workflow_Type, obj, out, err);
}

/* MessageResponse.template */
static const apic_field suprsend_message_response_template_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_message_response_template, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_message_response_template, slug), -1, -1, &apic_type_string},
    {"version_no", 10, 0, offsetof(suprsend_message_response_template, version_no), offsetof(suprsend_message_response_template, has_version_no), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_message_response_template_desc = {
    "MessageResponse.template", sizeof(suprsend_message_response_template), suprsend_message_response_template_desc_Fields, 3,
    offsetof(suprsend_message_response_template, unknown_fields),
    -1,
    NULL
};

void suprsend_message_response_template_free(suprsend_message_response_template *obj)
{
    apic_struct_free(&suprsend_message_response_template_desc, obj);
}

int suprsend_message_response_template_from_json(const char *json, size_t len, suprsend_message_response_template **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_message_response_template_Type, json, len, &value, err);
    *out = (suprsend_message_response_template *)value;
    return rc;
}

int suprsend_message_response_template_to_json(const suprsend_message_response_template *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_message_response_template_Type, obj, out, err);
}

/* CursorPagination */
static const apic_field suprsend_cursor_pagination_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_cursor_pagination, count), offsetof(suprsend_cursor_pagination, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_cursor_pagination, limit), offsetof(suprsend_cursor_pagination, has_limit), -1, &apic_type_int64},
    {"has_prev", 8, 0, offsetof(suprsend_cursor_pagination, has_prev), offsetof(suprsend_cursor_pagination, has_has_prev), -1, &apic_type_bool},
    {"before", 6, APIC_F_NULLABLE, offsetof(suprsend_cursor_pagination, before), -1, offsetof(suprsend_cursor_pagination, before_is_null), &apic_type_string},
    {"has_next", 8, 0, offsetof(suprsend_cursor_pagination, has_next), offsetof(suprsend_cursor_pagination, has_has_next), -1, &apic_type_bool},
    {"after", 5, APIC_F_NULLABLE, offsetof(suprsend_cursor_pagination, after), -1, offsetof(suprsend_cursor_pagination, after_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_cursor_pagination_desc = {
    "CursorPagination", sizeof(suprsend_cursor_pagination), suprsend_cursor_pagination_desc_Fields, 6,
    offsetof(suprsend_cursor_pagination, unknown_fields),
    -1,
    NULL
};

void suprsend_cursor_pagination_free(suprsend_cursor_pagination *obj)
{
    apic_struct_free(&suprsend_cursor_pagination_desc, obj);
}

int suprsend_cursor_pagination_from_json(const char *json, size_t len, suprsend_cursor_pagination **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_cursor_pagination_Type, json, len, &value, err);
    *out = (suprsend_cursor_pagination *)value;
    return rc;
}

int suprsend_cursor_pagination_to_json(const suprsend_cursor_pagination *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_cursor_pagination_Type, obj, out, err);
}

/* BulkPatchItemResult */
static const apic_field suprsend_bulk_patch_item_result_desc_Fields[] = {
    {"message_id", 10, 0, offsetof(suprsend_bulk_patch_item_result, message_id), -1, -1, &apic_type_string},
    {"status_code", 11, 0, offsetof(suprsend_bulk_patch_item_result, status_code), offsetof(suprsend_bulk_patch_item_result, has_status_code), -1, &apic_type_int64},
    {"error", 5, APIC_F_NULLABLE, offsetof(suprsend_bulk_patch_item_result, error), -1, offsetof(suprsend_bulk_patch_item_result, error_is_null), &suprsend_bulk_patch_item_result_error_Type},
};
const apic_struct_desc suprsend_bulk_patch_item_result_desc = {
    "BulkPatchItemResult", sizeof(suprsend_bulk_patch_item_result), suprsend_bulk_patch_item_result_desc_Fields, 3,
    offsetof(suprsend_bulk_patch_item_result, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_patch_item_result_free(suprsend_bulk_patch_item_result *obj)
{
    apic_struct_free(&suprsend_bulk_patch_item_result_desc, obj);
}

int suprsend_bulk_patch_item_result_from_json(const char *json, size_t len, suprsend_bulk_patch_item_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_patch_item_result_Type, json, len, &value, err);
    *out = (suprsend_bulk_patch_item_result *)value;
    return rc;
}

int suprsend_bulk_patch_item_result_to_json(const suprsend_bulk_patch_item_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_patch_item_result_Type, obj, out, err);
}

/* BulkPatchItemResult.error */
static const apic_field suprsend_bulk_patch_item_result_error_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(suprsend_bulk_patch_item_result_error, type), -1, -1, &suprsend_bulk_patch_item_result_error_type_Type},
    {"message", 7, APIC_F_REQUIRED, offsetof(suprsend_bulk_patch_item_result_error, message), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_bulk_patch_item_result_error_desc = {
    "BulkPatchItemResult.error", sizeof(suprsend_bulk_patch_item_result_error), suprsend_bulk_patch_item_result_error_desc_Fields, 2,
    offsetof(suprsend_bulk_patch_item_result_error, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_patch_item_result_error_free(suprsend_bulk_patch_item_result_error *obj)
{
    apic_struct_free(&suprsend_bulk_patch_item_result_error_desc, obj);
}

int suprsend_bulk_patch_item_result_error_from_json(const char *json, size_t len, suprsend_bulk_patch_item_result_error **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_patch_item_result_error_Type, json, len, &value, err);
    *out = (suprsend_bulk_patch_item_result_error *)value;
    return rc;
}

int suprsend_bulk_patch_item_result_error_to_json(const suprsend_bulk_patch_item_result_error *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_patch_item_result_error_Type, obj, out, err);
}

/* WorkspaceCreate */
static const apic_field suprsend_workspace_create_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_workspace_create, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_workspace_create, description), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workspace_create_desc = {
    "WorkspaceCreate", sizeof(suprsend_workspace_create), suprsend_workspace_create_desc_Fields, 2,
    offsetof(suprsend_workspace_create, unknown_fields),
    -1,
    NULL
};

void suprsend_workspace_create_free(suprsend_workspace_create *obj)
{
    apic_struct_free(&suprsend_workspace_create_desc, obj);
}

int suprsend_workspace_create_from_json(const char *json, size_t len, suprsend_workspace_create **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workspace_create_Type, json, len, &value, err);
    *out = (suprsend_workspace_create *)value;
    return rc;
}

int suprsend_workspace_create_to_json(const suprsend_workspace_create *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workspace_create_Type, obj, out, err);
}

/* WorkspaceApiKeyCreate */
static const apic_field suprsend_workspace_api_key_create_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_workspace_api_key_create, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_workspace_api_key_create, description), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workspace_api_key_create_desc = {
    "WorkspaceApiKeyCreate", sizeof(suprsend_workspace_api_key_create), suprsend_workspace_api_key_create_desc_Fields, 2,
    offsetof(suprsend_workspace_api_key_create, unknown_fields),
    -1,
    NULL
};

void suprsend_workspace_api_key_create_free(suprsend_workspace_api_key_create *obj)
{
    apic_struct_free(&suprsend_workspace_api_key_create_desc, obj);
}

int suprsend_workspace_api_key_create_from_json(const char *json, size_t len, suprsend_workspace_api_key_create **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workspace_api_key_create_Type, json, len, &value, err);
    *out = (suprsend_workspace_api_key_create *)value;
    return rc;
}

int suprsend_workspace_api_key_create_to_json(const suprsend_workspace_api_key_create *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workspace_api_key_create_Type, obj, out, err);
}

/* DisableWorkspaceApiKeyRequest */
static const apic_field suprsend_disable_workspace_api_key_request_desc_Fields[] = {
    {"is_disabled", 11, APIC_F_REQUIRED, offsetof(suprsend_disable_workspace_api_key_request, is_disabled), -1, -1, &apic_type_bool},
};
const apic_struct_desc suprsend_disable_workspace_api_key_request_desc = {
    "DisableWorkspaceApiKeyRequest", sizeof(suprsend_disable_workspace_api_key_request), suprsend_disable_workspace_api_key_request_desc_Fields, 1,
    offsetof(suprsend_disable_workspace_api_key_request, unknown_fields),
    -1,
    NULL
};

void suprsend_disable_workspace_api_key_request_free(suprsend_disable_workspace_api_key_request *obj)
{
    apic_struct_free(&suprsend_disable_workspace_api_key_request_desc, obj);
}

int suprsend_disable_workspace_api_key_request_from_json(const char *json, size_t len, suprsend_disable_workspace_api_key_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_disable_workspace_api_key_request_Type, json, len, &value, err);
    *out = (suprsend_disable_workspace_api_key_request *)value;
    return rc;
}

int suprsend_disable_workspace_api_key_request_to_json(const suprsend_disable_workspace_api_key_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_disable_workspace_api_key_request_Type, obj, out, err);
}

/* WorkspacePublicKeyCreate */
static const apic_field suprsend_workspace_public_key_create_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_workspace_public_key_create, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_workspace_public_key_create, description), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_workspace_public_key_create_desc = {
    "WorkspacePublicKeyCreate", sizeof(suprsend_workspace_public_key_create), suprsend_workspace_public_key_create_desc_Fields, 2,
    offsetof(suprsend_workspace_public_key_create, unknown_fields),
    -1,
    NULL
};

void suprsend_workspace_public_key_create_free(suprsend_workspace_public_key_create *obj)
{
    apic_struct_free(&suprsend_workspace_public_key_create_desc, obj);
}

int suprsend_workspace_public_key_create_from_json(const char *json, size_t len, suprsend_workspace_public_key_create **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workspace_public_key_create_Type, json, len, &value, err);
    *out = (suprsend_workspace_public_key_create *)value;
    return rc;
}

int suprsend_workspace_public_key_create_to_json(const suprsend_workspace_public_key_create *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workspace_public_key_create_Type, obj, out, err);
}

/* PatchWorkspacePublicKeyRequest */
static const apic_field suprsend_patch_workspace_public_key_request_desc_Fields[] = {
    {"is_secure_mode_enabled", 22, APIC_F_REQUIRED, offsetof(suprsend_patch_workspace_public_key_request, is_secure_mode_enabled), -1, -1, &apic_type_bool},
};
const apic_struct_desc suprsend_patch_workspace_public_key_request_desc = {
    "PatchWorkspacePublicKeyRequest", sizeof(suprsend_patch_workspace_public_key_request), suprsend_patch_workspace_public_key_request_desc_Fields, 1,
    offsetof(suprsend_patch_workspace_public_key_request, unknown_fields),
    -1,
    NULL
};

void suprsend_patch_workspace_public_key_request_free(suprsend_patch_workspace_public_key_request *obj)
{
    apic_struct_free(&suprsend_patch_workspace_public_key_request_desc, obj);
}

int suprsend_patch_workspace_public_key_request_from_json(const char *json, size_t len, suprsend_patch_workspace_public_key_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_patch_workspace_public_key_request_Type, json, len, &value, err);
    *out = (suprsend_patch_workspace_public_key_request *)value;
    return rc;
}

int suprsend_patch_workspace_public_key_request_to_json(const suprsend_patch_workspace_public_key_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_patch_workspace_public_key_request_Type, obj, out, err);
}

/* RollWorkspaceSigningKeyRequest */
static const apic_field suprsend_roll_workspace_signing_key_request_desc_Fields[] = {
    {"expiry_at", 9, 0, offsetof(suprsend_roll_workspace_signing_key_request, expiry_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_roll_workspace_signing_key_request_desc = {
    "RollWorkspaceSigningKeyRequest", sizeof(suprsend_roll_workspace_signing_key_request), suprsend_roll_workspace_signing_key_request_desc_Fields, 1,
    offsetof(suprsend_roll_workspace_signing_key_request, unknown_fields),
    -1,
    NULL
};

void suprsend_roll_workspace_signing_key_request_free(suprsend_roll_workspace_signing_key_request *obj)
{
    apic_struct_free(&suprsend_roll_workspace_signing_key_request_desc, obj);
}

int suprsend_roll_workspace_signing_key_request_from_json(const char *json, size_t len, suprsend_roll_workspace_signing_key_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_roll_workspace_signing_key_request_Type, json, len, &value, err);
    *out = (suprsend_roll_workspace_signing_key_request *)value;
    return rc;
}

int suprsend_roll_workspace_signing_key_request_to_json(const suprsend_roll_workspace_signing_key_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_roll_workspace_signing_key_request_Type, obj, out, err);
}

/* ManagementListMeta */
static const apic_field suprsend_management_list_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_management_list_meta, count), offsetof(suprsend_management_list_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, APIC_F_NULLABLE, offsetof(suprsend_management_list_meta, limit), offsetof(suprsend_management_list_meta, has_limit), offsetof(suprsend_management_list_meta, limit_is_null), &apic_type_int64},
    {"offset", 6, APIC_F_NULLABLE, offsetof(suprsend_management_list_meta, offset), offsetof(suprsend_management_list_meta, has_offset), offsetof(suprsend_management_list_meta, offset_is_null), &apic_type_int64},
};
const apic_struct_desc suprsend_management_list_meta_desc = {
    "ManagementListMeta", sizeof(suprsend_management_list_meta), suprsend_management_list_meta_desc_Fields, 3,
    offsetof(suprsend_management_list_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_management_list_meta_free(suprsend_management_list_meta *obj)
{
    apic_struct_free(&suprsend_management_list_meta_desc, obj);
}

int suprsend_management_list_meta_from_json(const char *json, size_t len, suprsend_management_list_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_list_meta_Type, json, len, &value, err);
    *out = (suprsend_management_list_meta *)value;
    return rc;
}

int suprsend_management_list_meta_to_json(const suprsend_management_list_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_list_meta_Type, obj, out, err);
}

/* ManagementActor */
static const apic_field suprsend_management_actor_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_management_actor, name), -1, -1, &apic_type_string},
    {"email", 5, 0, offsetof(suprsend_management_actor, email), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_management_actor_desc = {
    "ManagementActor", sizeof(suprsend_management_actor), suprsend_management_actor_desc_Fields, 2,
    offsetof(suprsend_management_actor, unknown_fields),
    -1,
    NULL
};

void suprsend_management_actor_free(suprsend_management_actor *obj)
{
    apic_struct_free(&suprsend_management_actor_desc, obj);
}

int suprsend_management_actor_from_json(const char *json, size_t len, suprsend_management_actor **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_actor_Type, json, len, &value, err);
    *out = (suprsend_management_actor *)value;
    return rc;
}

int suprsend_management_actor_to_json(const suprsend_management_actor *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_actor_Type, obj, out, err);
}

/* ManagementWorkspace */
static const apic_field suprsend_management_workspace_desc_Fields[] = {
    {"uid", 3, 0, offsetof(suprsend_management_workspace, uid), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_management_workspace, slug), -1, -1, &apic_type_string},
    {"data_center", 11, 0, offsetof(suprsend_management_workspace, data_center), offsetof(suprsend_management_workspace, has_data_center), -1, &apic_type_json_map},
    {"is_expired", 10, 0, offsetof(suprsend_management_workspace, is_expired), offsetof(suprsend_management_workspace, has_is_expired), -1, &apic_type_bool},
    {"has_limit_reached", 17, 0, offsetof(suprsend_management_workspace, has_limit_reached), offsetof(suprsend_management_workspace, has_has_limit_reached), -1, &apic_type_bool},
    {"name", 4, 0, offsetof(suprsend_management_workspace, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_management_workspace, description), -1, offsetof(suprsend_management_workspace, description_is_null), &apic_type_string},
    {"mode", 4, 0, offsetof(suprsend_management_workspace, mode), offsetof(suprsend_management_workspace, has_mode), -1, &suprsend_management_workspace_mode_Type},
};
const apic_struct_desc suprsend_management_workspace_desc = {
    "ManagementWorkspace", sizeof(suprsend_management_workspace), suprsend_management_workspace_desc_Fields, 8,
    offsetof(suprsend_management_workspace, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_free(suprsend_management_workspace *obj)
{
    apic_struct_free(&suprsend_management_workspace_desc, obj);
}

int suprsend_management_workspace_from_json(const char *json, size_t len, suprsend_management_workspace **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_Type, json, len, &value, err);
    *out = (suprsend_management_workspace *)value;
    return rc;
}

int suprsend_management_workspace_to_json(const suprsend_management_workspace *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_Type, obj, out, err);
}

/* ManagementWorkspaceListResponse */
static const apic_field suprsend_management_workspace_list_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_management_workspace_list_response, meta), -1, -1, &suprsend_management_list_meta_Type},
    {"results", 7, 0, offsetof(suprsend_management_workspace_list_response, results), offsetof(suprsend_management_workspace_list_response, has_results), -1, &suprsend_management_workspace_array_Type},
};
const apic_struct_desc suprsend_management_workspace_list_response_desc = {
    "ManagementWorkspaceListResponse", sizeof(suprsend_management_workspace_list_response), suprsend_management_workspace_list_response_desc_Fields, 2,
    offsetof(suprsend_management_workspace_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_list_response_free(suprsend_management_workspace_list_response *obj)
{
    apic_struct_free(&suprsend_management_workspace_list_response_desc, obj);
}

int suprsend_management_workspace_list_response_from_json(const char *json, size_t len, suprsend_management_workspace_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_list_response_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_list_response *)value;
    return rc;
}

int suprsend_management_workspace_list_response_to_json(const suprsend_management_workspace_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_list_response_Type, obj, out, err);
}

/* WorkspaceCreateRequest */
static const apic_field suprsend_workspace_create_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_workspace_create_request, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_workspace_create_request, description), -1, offsetof(suprsend_workspace_create_request, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_workspace_create_request_desc = {
    "WorkspaceCreateRequest", sizeof(suprsend_workspace_create_request), suprsend_workspace_create_request_desc_Fields, 2,
    offsetof(suprsend_workspace_create_request, unknown_fields),
    -1,
    NULL
};

void suprsend_workspace_create_request_free(suprsend_workspace_create_request *obj)
{
    apic_struct_free(&suprsend_workspace_create_request_desc, obj);
}

int suprsend_workspace_create_request_from_json(const char *json, size_t len, suprsend_workspace_create_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workspace_create_request_Type, json, len, &value, err);
    *out = (suprsend_workspace_create_request *)value;
    return rc;
}

int suprsend_workspace_create_request_to_json(const suprsend_workspace_create_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workspace_create_request_Type, obj, out, err);
}

/* ManagementWorkspaceApiKey */
static const apic_field suprsend_management_workspace_api_key_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_management_workspace_api_key, id), -1, -1, &apic_type_string},
    {"masked_api_key", 14, 0, offsetof(suprsend_management_workspace_api_key, masked_api_key), -1, -1, &apic_type_string},
    {"is_deleted", 10, 0, offsetof(suprsend_management_workspace_api_key, is_deleted), offsetof(suprsend_management_workspace_api_key, has_is_deleted), -1, &apic_type_bool},
    {"name", 4, 0, offsetof(suprsend_management_workspace_api_key, name), -1, -1, &apic_type_string},
    {"allowed_domains", 15, 0, offsetof(suprsend_management_workspace_api_key, allowed_domains), offsetof(suprsend_management_workspace_api_key, has_allowed_domains), -1, &suprsend_string_array_Type},
    {"created_at", 10, 0, offsetof(suprsend_management_workspace_api_key, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"created_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_api_key, created_by), -1, offsetof(suprsend_management_workspace_api_key, created_by_is_null), &suprsend_management_actor_Type},
    {"deleted_at", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_api_key, deleted_at), -1, offsetof(suprsend_management_workspace_api_key, deleted_at_is_null), &suprsend_string_date_time_Type},
    {"deleted_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_api_key, deleted_by), -1, offsetof(suprsend_management_workspace_api_key, deleted_by_is_null), &suprsend_management_actor_Type},
};
const apic_struct_desc suprsend_management_workspace_api_key_desc = {
    "ManagementWorkspaceApiKey", sizeof(suprsend_management_workspace_api_key), suprsend_management_workspace_api_key_desc_Fields, 9,
    offsetof(suprsend_management_workspace_api_key, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_api_key_free(suprsend_management_workspace_api_key *obj)
{
    apic_struct_free(&suprsend_management_workspace_api_key_desc, obj);
}

int suprsend_management_workspace_api_key_from_json(const char *json, size_t len, suprsend_management_workspace_api_key **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_api_key_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_api_key *)value;
    return rc;
}

int suprsend_management_workspace_api_key_to_json(const suprsend_management_workspace_api_key *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_api_key_Type, obj, out, err);
}

/* ManagementWorkspaceApiKeyCreateResponse */
static const apic_field suprsend_management_workspace_api_key_create_response_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_management_workspace_api_key_create_response, id), -1, -1, &apic_type_string},
    {"masked_api_key", 14, 0, offsetof(suprsend_management_workspace_api_key_create_response, masked_api_key), -1, -1, &apic_type_string},
    {"is_deleted", 10, 0, offsetof(suprsend_management_workspace_api_key_create_response, is_deleted), offsetof(suprsend_management_workspace_api_key_create_response, has_is_deleted), -1, &apic_type_bool},
    {"name", 4, 0, offsetof(suprsend_management_workspace_api_key_create_response, name), -1, -1, &apic_type_string},
    {"allowed_domains", 15, 0, offsetof(suprsend_management_workspace_api_key_create_response, allowed_domains), offsetof(suprsend_management_workspace_api_key_create_response, has_allowed_domains), -1, &suprsend_string_array_Type},
    {"created_at", 10, 0, offsetof(suprsend_management_workspace_api_key_create_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"created_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_api_key_create_response, created_by), -1, offsetof(suprsend_management_workspace_api_key_create_response, created_by_is_null), &suprsend_management_actor_Type},
    {"deleted_at", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_api_key_create_response, deleted_at), -1, offsetof(suprsend_management_workspace_api_key_create_response, deleted_at_is_null), &suprsend_string_date_time_Type},
    {"deleted_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_api_key_create_response, deleted_by), -1, offsetof(suprsend_management_workspace_api_key_create_response, deleted_by_is_null), &suprsend_management_actor_Type},
    {"api_key", 7, 0, offsetof(suprsend_management_workspace_api_key_create_response, api_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_management_workspace_api_key_create_response_desc = {
    "ManagementWorkspaceApiKeyCreateResponse", sizeof(suprsend_management_workspace_api_key_create_response), suprsend_management_workspace_api_key_create_response_desc_Fields, 10,
    offsetof(suprsend_management_workspace_api_key_create_response, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_api_key_create_response_free(suprsend_management_workspace_api_key_create_response *obj)
{
    apic_struct_free(&suprsend_management_workspace_api_key_create_response_desc, obj);
}

int suprsend_management_workspace_api_key_create_response_from_json(const char *json, size_t len, suprsend_management_workspace_api_key_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_api_key_create_response_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_api_key_create_response *)value;
    return rc;
}

int suprsend_management_workspace_api_key_create_response_to_json(const suprsend_management_workspace_api_key_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_api_key_create_response_Type, obj, out, err);
}

/* ManagementWorkspaceApiKeyListResponse */
static const apic_field suprsend_management_workspace_api_key_list_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_management_workspace_api_key_list_response, meta), -1, -1, &suprsend_management_list_meta_Type},
    {"results", 7, 0, offsetof(suprsend_management_workspace_api_key_list_response, results), offsetof(suprsend_management_workspace_api_key_list_response, has_results), -1, &suprsend_management_workspace_api_key_array_Type},
};
const apic_struct_desc suprsend_management_workspace_api_key_list_response_desc = {
    "ManagementWorkspaceApiKeyListResponse", sizeof(suprsend_management_workspace_api_key_list_response), suprsend_management_workspace_api_key_list_response_desc_Fields, 2,
    offsetof(suprsend_management_workspace_api_key_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_api_key_list_response_free(suprsend_management_workspace_api_key_list_response *obj)
{
    apic_struct_free(&suprsend_management_workspace_api_key_list_response_desc, obj);
}

int suprsend_management_workspace_api_key_list_response_from_json(const char *json, size_t len, suprsend_management_workspace_api_key_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_api_key_list_response_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_api_key_list_response *)value;
    return rc;
}

int suprsend_management_workspace_api_key_list_response_to_json(const suprsend_management_workspace_api_key_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_api_key_list_response_Type, obj, out, err);
}

/* WorkspaceApiKeyCreateRequest */
static const apic_field suprsend_workspace_api_key_create_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_workspace_api_key_create_request, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_workspace_api_key_create_request, description), -1, offsetof(suprsend_workspace_api_key_create_request, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_workspace_api_key_create_request_desc = {
    "WorkspaceApiKeyCreateRequest", sizeof(suprsend_workspace_api_key_create_request), suprsend_workspace_api_key_create_request_desc_Fields, 2,
    offsetof(suprsend_workspace_api_key_create_request, unknown_fields),
    -1,
    NULL
};

void suprsend_workspace_api_key_create_request_free(suprsend_workspace_api_key_create_request *obj)
{
    apic_struct_free(&suprsend_workspace_api_key_create_request_desc, obj);
}

int suprsend_workspace_api_key_create_request_from_json(const char *json, size_t len, suprsend_workspace_api_key_create_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workspace_api_key_create_request_Type, json, len, &value, err);
    *out = (suprsend_workspace_api_key_create_request *)value;
    return rc;
}

int suprsend_workspace_api_key_create_request_to_json(const suprsend_workspace_api_key_create_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workspace_api_key_create_request_Type, obj, out, err);
}

/* ManagementWorkspacePublicKey */
static const apic_field suprsend_management_workspace_public_key_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_management_workspace_public_key, id), -1, -1, &apic_type_string},
    {"api_key", 7, 0, offsetof(suprsend_management_workspace_public_key, api_key), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_management_workspace_public_key, name), -1, -1, &apic_type_string},
    {"allowed_domains", 15, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_public_key, allowed_domains), offsetof(suprsend_management_workspace_public_key, has_allowed_domains), offsetof(suprsend_management_workspace_public_key, allowed_domains_is_null), &suprsend_string_array_Type},
    {"is_secure_mode_enabled", 22, 0, offsetof(suprsend_management_workspace_public_key, is_secure_mode_enabled), offsetof(suprsend_management_workspace_public_key, has_is_secure_mode_enabled), -1, &apic_type_bool},
    {"is_deleted", 10, 0, offsetof(suprsend_management_workspace_public_key, is_deleted), offsetof(suprsend_management_workspace_public_key, has_is_deleted), -1, &apic_type_bool},
    {"is_default", 10, 0, offsetof(suprsend_management_workspace_public_key, is_default), offsetof(suprsend_management_workspace_public_key, has_is_default), -1, &apic_type_bool},
    {"created_at", 10, 0, offsetof(suprsend_management_workspace_public_key, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"created_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_public_key, created_by), -1, offsetof(suprsend_management_workspace_public_key, created_by_is_null), &suprsend_management_actor_Type},
    {"rotated_at", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_public_key, rotated_at), -1, offsetof(suprsend_management_workspace_public_key, rotated_at_is_null), &suprsend_string_date_time_Type},
    {"rotated_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_public_key, rotated_by), -1, offsetof(suprsend_management_workspace_public_key, rotated_by_is_null), &suprsend_management_actor_Type},
    {"updated_at", 10, 0, offsetof(suprsend_management_workspace_public_key, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_public_key, updated_by), -1, offsetof(suprsend_management_workspace_public_key, updated_by_is_null), &suprsend_management_actor_Type},
};
const apic_struct_desc suprsend_management_workspace_public_key_desc = {
    "ManagementWorkspacePublicKey", sizeof(suprsend_management_workspace_public_key), suprsend_management_workspace_public_key_desc_Fields, 13,
    offsetof(suprsend_management_workspace_public_key, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_public_key_free(suprsend_management_workspace_public_key *obj)
{
    apic_struct_free(&suprsend_management_workspace_public_key_desc, obj);
}

int suprsend_management_workspace_public_key_from_json(const char *json, size_t len, suprsend_management_workspace_public_key **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_public_key_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_public_key *)value;
    return rc;
}

int suprsend_management_workspace_public_key_to_json(const suprsend_management_workspace_public_key *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_public_key_Type, obj, out, err);
}

/* ManagementWorkspacePublicKeyListResponse */
static const apic_field suprsend_management_workspace_public_key_list_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_management_workspace_public_key_list_response, meta), -1, -1, &suprsend_management_list_meta_Type},
    {"results", 7, 0, offsetof(suprsend_management_workspace_public_key_list_response, results), offsetof(suprsend_management_workspace_public_key_list_response, has_results), -1, &suprsend_management_workspace_public_key_array_Type},
};
const apic_struct_desc suprsend_management_workspace_public_key_list_response_desc = {
    "ManagementWorkspacePublicKeyListResponse", sizeof(suprsend_management_workspace_public_key_list_response), suprsend_management_workspace_public_key_list_response_desc_Fields, 2,
    offsetof(suprsend_management_workspace_public_key_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_public_key_list_response_free(suprsend_management_workspace_public_key_list_response *obj)
{
    apic_struct_free(&suprsend_management_workspace_public_key_list_response_desc, obj);
}

int suprsend_management_workspace_public_key_list_response_from_json(const char *json, size_t len, suprsend_management_workspace_public_key_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_public_key_list_response_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_public_key_list_response *)value;
    return rc;
}

int suprsend_management_workspace_public_key_list_response_to_json(const suprsend_management_workspace_public_key_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_public_key_list_response_Type, obj, out, err);
}

/* WorkspacePublicKeyCreateRequest */
static const apic_field suprsend_workspace_public_key_create_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_workspace_public_key_create_request, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_workspace_public_key_create_request, description), -1, offsetof(suprsend_workspace_public_key_create_request, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_workspace_public_key_create_request_desc = {
    "WorkspacePublicKeyCreateRequest", sizeof(suprsend_workspace_public_key_create_request), suprsend_workspace_public_key_create_request_desc_Fields, 2,
    offsetof(suprsend_workspace_public_key_create_request, unknown_fields),
    -1,
    NULL
};

void suprsend_workspace_public_key_create_request_free(suprsend_workspace_public_key_create_request *obj)
{
    apic_struct_free(&suprsend_workspace_public_key_create_request_desc, obj);
}

int suprsend_workspace_public_key_create_request_from_json(const char *json, size_t len, suprsend_workspace_public_key_create_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workspace_public_key_create_request_Type, json, len, &value, err);
    *out = (suprsend_workspace_public_key_create_request *)value;
    return rc;
}

int suprsend_workspace_public_key_create_request_to_json(const suprsend_workspace_public_key_create_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workspace_public_key_create_request_Type, obj, out, err);
}

/* WorkspacePublicKeyPatchRequest */
static const apic_field suprsend_workspace_public_key_patch_request_desc_Fields[] = {
    {"is_secure_mode_enabled", 22, APIC_F_REQUIRED, offsetof(suprsend_workspace_public_key_patch_request, is_secure_mode_enabled), -1, -1, &apic_type_bool},
};
const apic_struct_desc suprsend_workspace_public_key_patch_request_desc = {
    "WorkspacePublicKeyPatchRequest", sizeof(suprsend_workspace_public_key_patch_request), suprsend_workspace_public_key_patch_request_desc_Fields, 1,
    offsetof(suprsend_workspace_public_key_patch_request, unknown_fields),
    -1,
    NULL
};

void suprsend_workspace_public_key_patch_request_free(suprsend_workspace_public_key_patch_request *obj)
{
    apic_struct_free(&suprsend_workspace_public_key_patch_request_desc, obj);
}

int suprsend_workspace_public_key_patch_request_from_json(const char *json, size_t len, suprsend_workspace_public_key_patch_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workspace_public_key_patch_request_Type, json, len, &value, err);
    *out = (suprsend_workspace_public_key_patch_request *)value;
    return rc;
}

int suprsend_workspace_public_key_patch_request_to_json(const suprsend_workspace_public_key_patch_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workspace_public_key_patch_request_Type, obj, out, err);
}

/* ManagementWorkspaceSigningKey */
static const apic_field suprsend_management_workspace_signing_key_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_management_workspace_signing_key, id), -1, -1, &apic_type_string},
    {"uid", 3, 0, offsetof(suprsend_management_workspace_signing_key, uid), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_management_workspace_signing_key, status), offsetof(suprsend_management_workspace_signing_key, has_status), -1, &suprsend_management_workspace_signing_key_status_Type},
    {"allowed_domains", 15, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key, allowed_domains), offsetof(suprsend_management_workspace_signing_key, has_allowed_domains), offsetof(suprsend_management_workspace_signing_key, allowed_domains_is_null), &suprsend_string_array_Type},
    {"expiry_at", 9, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key, expiry_at), -1, offsetof(suprsend_management_workspace_signing_key, expiry_at_is_null), &suprsend_string_date_time_Type},
    {"created_at", 10, 0, offsetof(suprsend_management_workspace_signing_key, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"created_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key, created_by), -1, offsetof(suprsend_management_workspace_signing_key, created_by_is_null), &suprsend_management_actor_Type},
    {"rolled_at", 9, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key, rolled_at), -1, offsetof(suprsend_management_workspace_signing_key, rolled_at_is_null), &suprsend_string_date_time_Type},
    {"rolled_by", 9, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key, rolled_by), -1, offsetof(suprsend_management_workspace_signing_key, rolled_by_is_null), &suprsend_management_actor_Type},
    {"deleted_at", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key, deleted_at), -1, offsetof(suprsend_management_workspace_signing_key, deleted_at_is_null), &suprsend_string_date_time_Type},
    {"deleted_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key, deleted_by), -1, offsetof(suprsend_management_workspace_signing_key, deleted_by_is_null), &suprsend_management_actor_Type},
};
const apic_struct_desc suprsend_management_workspace_signing_key_desc = {
    "ManagementWorkspaceSigningKey", sizeof(suprsend_management_workspace_signing_key), suprsend_management_workspace_signing_key_desc_Fields, 11,
    offsetof(suprsend_management_workspace_signing_key, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_signing_key_free(suprsend_management_workspace_signing_key *obj)
{
    apic_struct_free(&suprsend_management_workspace_signing_key_desc, obj);
}

int suprsend_management_workspace_signing_key_from_json(const char *json, size_t len, suprsend_management_workspace_signing_key **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_signing_key_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_signing_key *)value;
    return rc;
}

int suprsend_management_workspace_signing_key_to_json(const suprsend_management_workspace_signing_key *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_signing_key_Type, obj, out, err);
}

/* ManagementWorkspaceSigningKeyCreateResponse */
static const apic_field suprsend_management_workspace_signing_key_create_response_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_management_workspace_signing_key_create_response, id), -1, -1, &apic_type_string},
    {"uid", 3, 0, offsetof(suprsend_management_workspace_signing_key_create_response, uid), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_management_workspace_signing_key_create_response, status), offsetof(suprsend_management_workspace_signing_key_create_response, has_status), -1, &suprsend_management_workspace_signing_key_create_response_status_Type},
    {"allowed_domains", 15, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key_create_response, allowed_domains), offsetof(suprsend_management_workspace_signing_key_create_response, has_allowed_domains), offsetof(suprsend_management_workspace_signing_key_create_response, allowed_domains_is_null), &suprsend_string_array_Type},
    {"expiry_at", 9, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key_create_response, expiry_at), -1, offsetof(suprsend_management_workspace_signing_key_create_response, expiry_at_is_null), &suprsend_string_date_time_Type},
    {"created_at", 10, 0, offsetof(suprsend_management_workspace_signing_key_create_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"created_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key_create_response, created_by), -1, offsetof(suprsend_management_workspace_signing_key_create_response, created_by_is_null), &suprsend_management_actor_Type},
    {"rolled_at", 9, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key_create_response, rolled_at), -1, offsetof(suprsend_management_workspace_signing_key_create_response, rolled_at_is_null), &suprsend_string_date_time_Type},
    {"rolled_by", 9, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key_create_response, rolled_by), -1, offsetof(suprsend_management_workspace_signing_key_create_response, rolled_by_is_null), &suprsend_management_actor_Type},
    {"deleted_at", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key_create_response, deleted_at), -1, offsetof(suprsend_management_workspace_signing_key_create_response, deleted_at_is_null), &suprsend_string_date_time_Type},
    {"deleted_by", 10, APIC_F_NULLABLE, offsetof(suprsend_management_workspace_signing_key_create_response, deleted_by), -1, offsetof(suprsend_management_workspace_signing_key_create_response, deleted_by_is_null), &suprsend_management_actor_Type},
    {"private_key_pem", 15, 0, offsetof(suprsend_management_workspace_signing_key_create_response, private_key_pem), -1, -1, &apic_type_string},
    {"private_key_base64", 18, 0, offsetof(suprsend_management_workspace_signing_key_create_response, private_key_base64), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_management_workspace_signing_key_create_response_desc = {
    "ManagementWorkspaceSigningKeyCreateResponse", sizeof(suprsend_management_workspace_signing_key_create_response), suprsend_management_workspace_signing_key_create_response_desc_Fields, 13,
    offsetof(suprsend_management_workspace_signing_key_create_response, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_signing_key_create_response_free(suprsend_management_workspace_signing_key_create_response *obj)
{
    apic_struct_free(&suprsend_management_workspace_signing_key_create_response_desc, obj);
}

int suprsend_management_workspace_signing_key_create_response_from_json(const char *json, size_t len, suprsend_management_workspace_signing_key_create_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_signing_key_create_response_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_signing_key_create_response *)value;
    return rc;
}

int suprsend_management_workspace_signing_key_create_response_to_json(const suprsend_management_workspace_signing_key_create_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_signing_key_create_response_Type, obj, out, err);
}

/* ManagementWorkspaceSigningKeyListResponse */
static const apic_field suprsend_management_workspace_signing_key_list_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_management_workspace_signing_key_list_response, meta), -1, -1, &suprsend_management_list_meta_Type},
    {"results", 7, 0, offsetof(suprsend_management_workspace_signing_key_list_response, results), offsetof(suprsend_management_workspace_signing_key_list_response, has_results), -1, &suprsend_management_workspace_signing_key_array_Type},
};
const apic_struct_desc suprsend_management_workspace_signing_key_list_response_desc = {
    "ManagementWorkspaceSigningKeyListResponse", sizeof(suprsend_management_workspace_signing_key_list_response), suprsend_management_workspace_signing_key_list_response_desc_Fields, 2,
    offsetof(suprsend_management_workspace_signing_key_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_management_workspace_signing_key_list_response_free(suprsend_management_workspace_signing_key_list_response *obj)
{
    apic_struct_free(&suprsend_management_workspace_signing_key_list_response_desc, obj);
}

int suprsend_management_workspace_signing_key_list_response_from_json(const char *json, size_t len, suprsend_management_workspace_signing_key_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_management_workspace_signing_key_list_response_Type, json, len, &value, err);
    *out = (suprsend_management_workspace_signing_key_list_response *)value;
    return rc;
}

int suprsend_management_workspace_signing_key_list_response_to_json(const suprsend_management_workspace_signing_key_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_management_workspace_signing_key_list_response_Type, obj, out, err);
}

/* event_api_request */
static const apic_field suprsend_event_api_request_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_event_api_request, distinct_id), -1, -1, &apic_type_string},
    {"event", 5, APIC_F_REQUIRED, offsetof(suprsend_event_api_request, event), -1, -1, &apic_type_string},
    {"properties", 10, 0, offsetof(suprsend_event_api_request, properties), -1, -1, &suprsend_event_api_request_properties_Type},
    {"tenant_id", 9, 0, offsetof(suprsend_event_api_request, tenant_id), -1, -1, &apic_type_string},
    {"$idempotency_key", 16, 0, offsetof(suprsend_event_api_request, idempotency_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_event_api_request_desc = {
    "event_api_request", sizeof(suprsend_event_api_request), suprsend_event_api_request_desc_Fields, 5,
    offsetof(suprsend_event_api_request, unknown_fields),
    -1,
    NULL
};

void suprsend_event_api_request_free(suprsend_event_api_request *obj)
{
    apic_struct_free(&suprsend_event_api_request_desc, obj);
}

int suprsend_event_api_request_from_json(const char *json, size_t len, suprsend_event_api_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_event_api_request_Type, json, len, &value, err);
    *out = (suprsend_event_api_request *)value;
    return rc;
}

int suprsend_event_api_request_to_json(const suprsend_event_api_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_event_api_request_Type, obj, out, err);
}

/* event_api_request.properties */
static const apic_field suprsend_event_api_request_properties_desc_Fields[] = {
    {"$attachments", 12, 0, offsetof(suprsend_event_api_request_properties, attachments), offsetof(suprsend_event_api_request_properties, has_attachments), -1, &suprsend_event_api_request_properties_attachments_item_array_Type},
};
const apic_struct_desc suprsend_event_api_request_properties_desc = {
    "event_api_request.properties", sizeof(suprsend_event_api_request_properties), suprsend_event_api_request_properties_desc_Fields, 1,
    offsetof(suprsend_event_api_request_properties, unknown_fields),
    offsetof(suprsend_event_api_request_properties, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_event_api_request_properties_free(suprsend_event_api_request_properties *obj)
{
    apic_struct_free(&suprsend_event_api_request_properties_desc, obj);
}

int suprsend_event_api_request_properties_from_json(const char *json, size_t len, suprsend_event_api_request_properties **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_event_api_request_properties_Type, json, len, &value, err);
    *out = (suprsend_event_api_request_properties *)value;
    return rc;
}

int suprsend_event_api_request_properties_to_json(const suprsend_event_api_request_properties *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_event_api_request_properties_Type, obj, out, err);
}

/* event_api_request.properties.$attachments.item.publicly_accessible_url */
static const apic_field suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_event_api_request_properties_attachments_item_publicly_accessible_url, url), -1, -1, &suprsend_string_uri_Type},
    {"filename", 8, 0, offsetof(suprsend_event_api_request_properties_attachments_item_publicly_accessible_url, filename), -1, -1, &apic_type_string},
    {"ignore_if_error", 15, 0, offsetof(suprsend_event_api_request_properties_attachments_item_publicly_accessible_url, ignore_if_error), offsetof(suprsend_event_api_request_properties_attachments_item_publicly_accessible_url, has_ignore_if_error), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_desc = {
    "event_api_request.properties.$attachments.item.publicly_accessible_url", sizeof(suprsend_event_api_request_properties_attachments_item_publicly_accessible_url), suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_desc_Fields, 3,
    offsetof(suprsend_event_api_request_properties_attachments_item_publicly_accessible_url, unknown_fields),
    -1,
    NULL
};

void suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_free(suprsend_event_api_request_properties_attachments_item_publicly_accessible_url *obj)
{
    apic_struct_free(&suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_desc, obj);
}

int suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_from_json(const char *json, size_t len, suprsend_event_api_request_properties_attachments_item_publicly_accessible_url **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_Type, json, len, &value, err);
    *out = (suprsend_event_api_request_properties_attachments_item_publicly_accessible_url *)value;
    return rc;
}

int suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_to_json(const suprsend_event_api_request_properties_attachments_item_publicly_accessible_url *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_Type, obj, out, err);
}

/* event_api_request.properties.$attachments.item.base64_encoded_file */
static const apic_field suprsend_event_api_request_properties_attachments_item_base64_encoded_file_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(suprsend_event_api_request_properties_attachments_item_base64_encoded_file, data), -1, -1, &apic_type_string},
    {"filename", 8, 0, offsetof(suprsend_event_api_request_properties_attachments_item_base64_encoded_file, filename), -1, -1, &apic_type_string},
    {"contentType", 11, 0, offsetof(suprsend_event_api_request_properties_attachments_item_base64_encoded_file, content_type), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_event_api_request_properties_attachments_item_base64_encoded_file_desc = {
    "event_api_request.properties.$attachments.item.base64_encoded_file", sizeof(suprsend_event_api_request_properties_attachments_item_base64_encoded_file), suprsend_event_api_request_properties_attachments_item_base64_encoded_file_desc_Fields, 3,
    offsetof(suprsend_event_api_request_properties_attachments_item_base64_encoded_file, unknown_fields),
    -1,
    NULL
};

void suprsend_event_api_request_properties_attachments_item_base64_encoded_file_free(suprsend_event_api_request_properties_attachments_item_base64_encoded_file *obj)
{
    apic_struct_free(&suprsend_event_api_request_properties_attachments_item_base64_encoded_file_desc, obj);
}

int suprsend_event_api_request_properties_attachments_item_base64_encoded_file_from_json(const char *json, size_t len, suprsend_event_api_request_properties_attachments_item_base64_encoded_file **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_event_api_request_properties_attachments_item_base64_encoded_file_Type, json, len, &value, err);
    *out = (suprsend_event_api_request_properties_attachments_item_base64_encoded_file *)value;
    return rc;
}

int suprsend_event_api_request_properties_attachments_item_base64_encoded_file_to_json(const suprsend_event_api_request_properties_attachments_item_base64_encoded_file *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_event_api_request_properties_attachments_item_base64_encoded_file_Type, obj, out, err);
}

/* event_api_response */
static const apic_field suprsend_event_api_response_desc_Fields[] = {
    {"message", 7, 0, offsetof(suprsend_event_api_response, message), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_event_api_response_desc = {
    "event_api_response", sizeof(suprsend_event_api_response), suprsend_event_api_response_desc_Fields, 1,
    offsetof(suprsend_event_api_response, unknown_fields),
    -1,
    NULL
};

void suprsend_event_api_response_free(suprsend_event_api_response *obj)
{
    apic_struct_free(&suprsend_event_api_response_desc, obj);
}

int suprsend_event_api_response_from_json(const char *json, size_t len, suprsend_event_api_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_event_api_response_Type, json, len, &value, err);
    *out = (suprsend_event_api_response *)value;
    return rc;
}

int suprsend_event_api_response_to_json(const suprsend_event_api_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_event_api_response_Type, obj, out, err);
}

/* create_tenants_request */
static const apic_field suprsend_create_tenants_request_desc_Fields[] = {
    {"tenant_name", 11, APIC_F_REQUIRED, offsetof(suprsend_create_tenants_request, tenant_name), -1, -1, &apic_type_string},
    {"logo", 4, 0, offsetof(suprsend_create_tenants_request, logo), -1, -1, &apic_type_string},
    {"primary_color", 13, 0, offsetof(suprsend_create_tenants_request, primary_color), -1, -1, &apic_type_string},
    {"secondary_color", 15, 0, offsetof(suprsend_create_tenants_request, secondary_color), -1, -1, &apic_type_string},
    {"tertiary_color", 14, 0, offsetof(suprsend_create_tenants_request, tertiary_color), -1, -1, &apic_type_string},
    {"preference_page_url", 19, 0, offsetof(suprsend_create_tenants_request, preference_page_url), -1, -1, &apic_type_string},
    {"social_links", 12, 0, offsetof(suprsend_create_tenants_request, social_links), -1, -1, &suprsend_create_tenants_request_social_links_Type},
    {"properties", 10, 0, offsetof(suprsend_create_tenants_request, properties), offsetof(suprsend_create_tenants_request, has_properties), -1, &suprsend_string_map_Type},
};
const apic_struct_desc suprsend_create_tenants_request_desc = {
    "create_tenants_request", sizeof(suprsend_create_tenants_request), suprsend_create_tenants_request_desc_Fields, 8,
    offsetof(suprsend_create_tenants_request, unknown_fields),
    -1,
    NULL
};

void suprsend_create_tenants_request_free(suprsend_create_tenants_request *obj)
{
    apic_struct_free(&suprsend_create_tenants_request_desc, obj);
}

int suprsend_create_tenants_request_from_json(const char *json, size_t len, suprsend_create_tenants_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_tenants_request_Type, json, len, &value, err);
    *out = (suprsend_create_tenants_request *)value;
    return rc;
}

int suprsend_create_tenants_request_to_json(const suprsend_create_tenants_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_tenants_request_Type, obj, out, err);
}

/* create_tenants_request.social_links */
static const apic_field suprsend_create_tenants_request_social_links_desc_Fields[] = {
    {"website", 7, 0, offsetof(suprsend_create_tenants_request_social_links, website), -1, -1, &apic_type_string},
    {"facebook", 8, 0, offsetof(suprsend_create_tenants_request_social_links, facebook), -1, -1, &apic_type_string},
    {"LinkedIn", 8, 0, offsetof(suprsend_create_tenants_request_social_links, linked_in), -1, -1, &apic_type_string},
    {"x", 1, 0, offsetof(suprsend_create_tenants_request_social_links, x), -1, -1, &apic_type_string},
    {"instagram", 9, 0, offsetof(suprsend_create_tenants_request_social_links, instagram), -1, -1, &apic_type_string},
    {"medium", 6, 0, offsetof(suprsend_create_tenants_request_social_links, medium), -1, -1, &apic_type_string},
    {"discord", 7, 0, offsetof(suprsend_create_tenants_request_social_links, discord), -1, -1, &apic_type_string},
    {"telegram", 8, 0, offsetof(suprsend_create_tenants_request_social_links, telegram), -1, -1, &apic_type_string},
    {"youtube", 7, 0, offsetof(suprsend_create_tenants_request_social_links, youtube), -1, -1, &apic_type_string},
    {"tiktok", 6, 0, offsetof(suprsend_create_tenants_request_social_links, tiktok), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_tenants_request_social_links_desc = {
    "create_tenants_request.social_links", sizeof(suprsend_create_tenants_request_social_links), suprsend_create_tenants_request_social_links_desc_Fields, 10,
    offsetof(suprsend_create_tenants_request_social_links, unknown_fields),
    -1,
    NULL
};

void suprsend_create_tenants_request_social_links_free(suprsend_create_tenants_request_social_links *obj)
{
    apic_struct_free(&suprsend_create_tenants_request_social_links_desc, obj);
}

int suprsend_create_tenants_request_social_links_from_json(const char *json, size_t len, suprsend_create_tenants_request_social_links **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_tenants_request_social_links_Type, json, len, &value, err);
    *out = (suprsend_create_tenants_request_social_links *)value;
    return rc;
}

int suprsend_create_tenants_request_social_links_to_json(const suprsend_create_tenants_request_social_links *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_tenants_request_social_links_Type, obj, out, err);
}

/* get_tenant_list_response */
static const apic_field suprsend_get_tenant_list_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_get_tenant_list_response, meta), -1, -1, &suprsend_get_tenant_list_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_get_tenant_list_response, results), offsetof(suprsend_get_tenant_list_response, has_results), -1, &suprsend_get_tenant_list_response_results_item_array_Type},
};
const apic_struct_desc suprsend_get_tenant_list_response_desc = {
    "get_tenant_list_response", sizeof(suprsend_get_tenant_list_response), suprsend_get_tenant_list_response_desc_Fields, 2,
    offsetof(suprsend_get_tenant_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_list_response_free(suprsend_get_tenant_list_response *obj)
{
    apic_struct_free(&suprsend_get_tenant_list_response_desc, obj);
}

int suprsend_get_tenant_list_response_from_json(const char *json, size_t len, suprsend_get_tenant_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_list_response_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_list_response *)value;
    return rc;
}

int suprsend_get_tenant_list_response_to_json(const suprsend_get_tenant_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_list_response_Type, obj, out, err);
}

/* get_tenant_list_response.meta */
static const apic_field suprsend_get_tenant_list_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_get_tenant_list_response_meta, count), offsetof(suprsend_get_tenant_list_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_get_tenant_list_response_meta, limit), offsetof(suprsend_get_tenant_list_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_tenant_list_response_meta, offset), offsetof(suprsend_get_tenant_list_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_get_tenant_list_response_meta_desc = {
    "get_tenant_list_response.meta", sizeof(suprsend_get_tenant_list_response_meta), suprsend_get_tenant_list_response_meta_desc_Fields, 3,
    offsetof(suprsend_get_tenant_list_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_list_response_meta_free(suprsend_get_tenant_list_response_meta *obj)
{
    apic_struct_free(&suprsend_get_tenant_list_response_meta_desc, obj);
}

int suprsend_get_tenant_list_response_meta_from_json(const char *json, size_t len, suprsend_get_tenant_list_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_list_response_meta_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_list_response_meta *)value;
    return rc;
}

int suprsend_get_tenant_list_response_meta_to_json(const suprsend_get_tenant_list_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_list_response_meta_Type, obj, out, err);
}

/* get_tenant_list_response.results.item */
static const apic_field suprsend_get_tenant_list_response_results_item_desc_Fields[] = {
    {"tenant_id", 9, 0, offsetof(suprsend_get_tenant_list_response_results_item, tenant_id), -1, -1, &apic_type_string},
    {"tenant_name", 11, 0, offsetof(suprsend_get_tenant_list_response_results_item, tenant_name), -1, -1, &apic_type_string},
    {"logo", 4, 0, offsetof(suprsend_get_tenant_list_response_results_item, logo), -1, -1, &suprsend_string_uri_Type},
    {"timezone", 8, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_list_response_results_item, timezone), -1, offsetof(suprsend_get_tenant_list_response_results_item, timezone_is_null), &apic_type_string},
    {"blocked_channels", 16, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_list_response_results_item, blocked_channels), -1, offsetof(suprsend_get_tenant_list_response_results_item, blocked_channels_is_null), &apic_type_string},
    {"embedded_preference_url", 23, 0, offsetof(suprsend_get_tenant_list_response_results_item, embedded_preference_url), -1, -1, &suprsend_string_uri_Type},
    {"hosted_preference_domain", 24, 0, offsetof(suprsend_get_tenant_list_response_results_item, hosted_preference_domain), -1, -1, &apic_type_string},
    {"primary_color", 13, 0, offsetof(suprsend_get_tenant_list_response_results_item, primary_color), -1, -1, &apic_type_string},
    {"secondary_color", 15, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_list_response_results_item, secondary_color), -1, offsetof(suprsend_get_tenant_list_response_results_item, secondary_color_is_null), &apic_type_string},
    {"tertiary_color", 14, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_list_response_results_item, tertiary_color), -1, offsetof(suprsend_get_tenant_list_response_results_item, tertiary_color_is_null), &apic_type_string},
    {"social_links", 12, 0, offsetof(suprsend_get_tenant_list_response_results_item, social_links), -1, -1, &suprsend_get_tenant_list_response_results_item_social_links_Type},
    {"properties", 10, 0, offsetof(suprsend_get_tenant_list_response_results_item, properties), offsetof(suprsend_get_tenant_list_response_results_item, has_properties), -1, &apic_type_json_map},
    {"updated_at", 10, 0, offsetof(suprsend_get_tenant_list_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_get_tenant_list_response_results_item_desc = {
    "get_tenant_list_response.results.item", sizeof(suprsend_get_tenant_list_response_results_item), suprsend_get_tenant_list_response_results_item_desc_Fields, 13,
    offsetof(suprsend_get_tenant_list_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_list_response_results_item_free(suprsend_get_tenant_list_response_results_item *obj)
{
    apic_struct_free(&suprsend_get_tenant_list_response_results_item_desc, obj);
}

int suprsend_get_tenant_list_response_results_item_from_json(const char *json, size_t len, suprsend_get_tenant_list_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_list_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_list_response_results_item *)value;
    return rc;
}

int suprsend_get_tenant_list_response_results_item_to_json(const suprsend_get_tenant_list_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_list_response_results_item_Type, obj, out, err);
}

/* get_tenant_list_response.results.item.social_links */
static const apic_field suprsend_get_tenant_list_response_results_item_social_links_desc_Fields[] = {
    {"website", 7, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, website), -1, -1, &apic_type_string},
    {"facebook", 8, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, facebook), -1, -1, &apic_type_string},
    {"linkedin", 8, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, linkedin), -1, -1, &apic_type_string},
    {"x", 1, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, x), -1, -1, &apic_type_string},
    {"instagram", 9, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, instagram), -1, -1, &apic_type_string},
    {"medium", 6, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, medium), -1, -1, &apic_type_string},
    {"discord", 7, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, discord), -1, -1, &apic_type_string},
    {"telegram", 8, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, telegram), -1, -1, &apic_type_string},
    {"youtube", 7, 0, offsetof(suprsend_get_tenant_list_response_results_item_social_links, youtube), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_get_tenant_list_response_results_item_social_links_desc = {
    "get_tenant_list_response.results.item.social_links", sizeof(suprsend_get_tenant_list_response_results_item_social_links), suprsend_get_tenant_list_response_results_item_social_links_desc_Fields, 9,
    offsetof(suprsend_get_tenant_list_response_results_item_social_links, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_list_response_results_item_social_links_free(suprsend_get_tenant_list_response_results_item_social_links *obj)
{
    apic_struct_free(&suprsend_get_tenant_list_response_results_item_social_links_desc, obj);
}

int suprsend_get_tenant_list_response_results_item_social_links_from_json(const char *json, size_t len, suprsend_get_tenant_list_response_results_item_social_links **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_list_response_results_item_social_links_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_list_response_results_item_social_links *)value;
    return rc;
}

int suprsend_get_tenant_list_response_results_item_social_links_to_json(const suprsend_get_tenant_list_response_results_item_social_links *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_list_response_results_item_social_links_Type, obj, out, err);
}

/* remove_users_from_list_request */
static const apic_field suprsend_remove_users_from_list_request_desc_Fields[] = {
    {"distinct_ids", 12, 0, offsetof(suprsend_remove_users_from_list_request, distinct_ids), offsetof(suprsend_remove_users_from_list_request, has_distinct_ids), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_remove_users_from_list_request_desc = {
    "remove_users_from_list_request", sizeof(suprsend_remove_users_from_list_request), suprsend_remove_users_from_list_request_desc_Fields, 1,
    offsetof(suprsend_remove_users_from_list_request, unknown_fields),
    -1,
    NULL
};

void suprsend_remove_users_from_list_request_free(suprsend_remove_users_from_list_request *obj)
{
    apic_struct_free(&suprsend_remove_users_from_list_request_desc, obj);
}

int suprsend_remove_users_from_list_request_from_json(const char *json, size_t len, suprsend_remove_users_from_list_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_remove_users_from_list_request_Type, json, len, &value, err);
    *out = (suprsend_remove_users_from_list_request *)value;
    return rc;
}

int suprsend_remove_users_from_list_request_to_json(const suprsend_remove_users_from_list_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_remove_users_from_list_request_Type, obj, out, err);
}

/* remove_users_from_list_response */
static const apic_field suprsend_remove_users_from_list_response_desc_Fields[] = {
    {"success", 7, APIC_F_REQUIRED, offsetof(suprsend_remove_users_from_list_response, success), -1, -1, &apic_type_bool},
    {"affected_count", 14, APIC_F_REQUIRED, offsetof(suprsend_remove_users_from_list_response, affected_count), -1, -1, &apic_type_int64},
};
const apic_struct_desc suprsend_remove_users_from_list_response_desc = {
    "remove_users_from_list_response", sizeof(suprsend_remove_users_from_list_response), suprsend_remove_users_from_list_response_desc_Fields, 2,
    offsetof(suprsend_remove_users_from_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_remove_users_from_list_response_free(suprsend_remove_users_from_list_response *obj)
{
    apic_struct_free(&suprsend_remove_users_from_list_response_desc, obj);
}

int suprsend_remove_users_from_list_response_from_json(const char *json, size_t len, suprsend_remove_users_from_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_remove_users_from_list_response_Type, json, len, &value, err);
    *out = (suprsend_remove_users_from_list_response *)value;
    return rc;
}

int suprsend_remove_users_from_list_response_to_json(const suprsend_remove_users_from_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_remove_users_from_list_response_Type, obj, out, err);
}

/* get_all_lists_response */
static const apic_field suprsend_get_all_lists_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_get_all_lists_response, meta), -1, -1, &suprsend_get_all_lists_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_get_all_lists_response, results), offsetof(suprsend_get_all_lists_response, has_results), -1, &suprsend_json_map_array_Type},
};
const apic_struct_desc suprsend_get_all_lists_response_desc = {
    "get_all_lists_response", sizeof(suprsend_get_all_lists_response), suprsend_get_all_lists_response_desc_Fields, 2,
    offsetof(suprsend_get_all_lists_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_all_lists_response_free(suprsend_get_all_lists_response *obj)
{
    apic_struct_free(&suprsend_get_all_lists_response_desc, obj);
}

int suprsend_get_all_lists_response_from_json(const char *json, size_t len, suprsend_get_all_lists_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_all_lists_response_Type, json, len, &value, err);
    *out = (suprsend_get_all_lists_response *)value;
    return rc;
}

int suprsend_get_all_lists_response_to_json(const suprsend_get_all_lists_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_all_lists_response_Type, obj, out, err);
}

/* get_all_lists_response.meta */
static const apic_field suprsend_get_all_lists_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_get_all_lists_response_meta, count), offsetof(suprsend_get_all_lists_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_get_all_lists_response_meta, limit), offsetof(suprsend_get_all_lists_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_all_lists_response_meta, offset), offsetof(suprsend_get_all_lists_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_get_all_lists_response_meta_desc = {
    "get_all_lists_response.meta", sizeof(suprsend_get_all_lists_response_meta), suprsend_get_all_lists_response_meta_desc_Fields, 3,
    offsetof(suprsend_get_all_lists_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_get_all_lists_response_meta_free(suprsend_get_all_lists_response_meta *obj)
{
    apic_struct_free(&suprsend_get_all_lists_response_meta_desc, obj);
}

int suprsend_get_all_lists_response_meta_from_json(const char *json, size_t len, suprsend_get_all_lists_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_all_lists_response_meta_Type, json, len, &value, err);
    *out = (suprsend_get_all_lists_response_meta *)value;
    return rc;
}

int suprsend_get_all_lists_response_meta_to_json(const suprsend_get_all_lists_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_all_lists_response_meta_Type, obj, out, err);
}

/* create_list_request */
static const apic_field suprsend_create_list_request_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_create_list_request, list_id), -1, -1, &apic_type_string},
    {"list_name", 9, 0, offsetof(suprsend_create_list_request, list_name), -1, -1, &apic_type_string},
    {"list_description", 16, 0, offsetof(suprsend_create_list_request, list_description), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_list_request_desc = {
    "create_list_request", sizeof(suprsend_create_list_request), suprsend_create_list_request_desc_Fields, 3,
    offsetof(suprsend_create_list_request, unknown_fields),
    -1,
    NULL
};

void suprsend_create_list_request_free(suprsend_create_list_request *obj)
{
    apic_struct_free(&suprsend_create_list_request_desc, obj);
}

int suprsend_create_list_request_from_json(const char *json, size_t len, suprsend_create_list_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_list_request_Type, json, len, &value, err);
    *out = (suprsend_create_list_request *)value;
    return rc;
}

int suprsend_create_list_request_to_json(const suprsend_create_list_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_list_request_Type, obj, out, err);
}

/* create_list_response */
static const apic_field suprsend_create_list_response_desc_Fields[] = {
    {"list_id", 7, 0, offsetof(suprsend_create_list_response, list_id), -1, -1, &apic_type_string},
    {"list_name", 9, 0, offsetof(suprsend_create_list_response, list_name), -1, -1, &apic_type_string},
    {"list_description", 16, 0, offsetof(suprsend_create_list_response, list_description), -1, -1, &apic_type_string},
    {"list_type", 9, 0, offsetof(suprsend_create_list_response, list_type), offsetof(suprsend_create_list_response, has_list_type), -1, &suprsend_create_list_response_list_type_Type},
    {"subscribers_count", 17, 0, offsetof(suprsend_create_list_response, subscribers_count), offsetof(suprsend_create_list_response, has_subscribers_count), -1, &apic_type_int64},
    {"source", 6, 0, offsetof(suprsend_create_list_response, source), -1, -1, &apic_type_string},
    {"is_readonly", 11, 0, offsetof(suprsend_create_list_response, is_readonly), offsetof(suprsend_create_list_response, has_is_readonly), -1, &apic_type_bool},
    {"status", 6, 0, offsetof(suprsend_create_list_response, status), -1, -1, &apic_type_string},
    {"track_user_entry", 16, 0, offsetof(suprsend_create_list_response, track_user_entry), offsetof(suprsend_create_list_response, has_track_user_entry), -1, &apic_type_bool},
    {"track_user_exit", 15, 0, offsetof(suprsend_create_list_response, track_user_exit), offsetof(suprsend_create_list_response, has_track_user_exit), -1, &apic_type_bool},
    {"requested_for_delete", 20, 0, offsetof(suprsend_create_list_response, requested_for_delete), offsetof(suprsend_create_list_response, has_requested_for_delete), -1, &apic_type_bool},
    {"created_at", 10, 0, offsetof(suprsend_create_list_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_create_list_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"drafts", 6, APIC_F_NULLABLE, offsetof(suprsend_create_list_response, drafts), -1, offsetof(suprsend_create_list_response, drafts_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_create_list_response_desc = {
    "create_list_response", sizeof(suprsend_create_list_response), suprsend_create_list_response_desc_Fields, 14,
    offsetof(suprsend_create_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_create_list_response_free(suprsend_create_list_response *obj)
{
    apic_struct_free(&suprsend_create_list_response_desc, obj);
}

int suprsend_create_list_response_from_json(const char *json, size_t len, suprsend_create_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_list_response_Type, json, len, &value, err);
    *out = (suprsend_create_list_response *)value;
    return rc;
}

int suprsend_create_list_response_to_json(const suprsend_create_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_list_response_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request */
static const apic_field suprsend_dynamic_workflow_trigger_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request, name), -1, -1, &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request, template_), -1, -1, &apic_type_string},
    {"notification_category", 21, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request, notification_category), -1, -1, &apic_type_string},
    {"users", 5, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request, users), -1, -1, &suprsend_dynamic_workflow_trigger_request_users_item_array_Type},
    {"data", 4, 0, offsetof(suprsend_dynamic_workflow_trigger_request, data), -1, -1, &suprsend_dynamic_workflow_trigger_request_data_Type},
    {"delivery", 8, 0, offsetof(suprsend_dynamic_workflow_trigger_request, delivery), -1, -1, &suprsend_dynamic_workflow_trigger_request_delivery_Type},
    {"delay", 5, 0, offsetof(suprsend_dynamic_workflow_trigger_request, delay), -1, -1, &apic_type_string},
    {"trigger_at", 10, 0, offsetof(suprsend_dynamic_workflow_trigger_request, trigger_at), -1, -1, &suprsend_string_date_Type},
    {"tenant_id", 9, 0, offsetof(suprsend_dynamic_workflow_trigger_request, tenant_id), -1, -1, &apic_type_string},
    {"$idempotency_key", 16, 0, offsetof(suprsend_dynamic_workflow_trigger_request, idempotency_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_desc = {
    "dynamic_workflow_trigger_request", sizeof(suprsend_dynamic_workflow_trigger_request), suprsend_dynamic_workflow_trigger_request_desc_Fields, 10,
    offsetof(suprsend_dynamic_workflow_trigger_request, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_free(suprsend_dynamic_workflow_trigger_request *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_to_json(const suprsend_dynamic_workflow_trigger_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, distinct_id), -1, -1, &apic_type_string},
    {"$channels", 9, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, channels), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_channels), -1, &suprsend_string_array_Type},
    {"$email", 6, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, email), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_email), -1, &suprsend_string_array_Type},
    {"$sms", 4, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, sms), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_sms), -1, &suprsend_string_array_Type},
    {"$whatsapp", 9, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, whatsapp), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_whatsapp), -1, &suprsend_string_array_Type},
    {"$androidpush", 12, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, androidpush), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_androidpush), -1, &suprsend_string_array_Type},
    {"$iospush", 8, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, iospush), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_iospush), -1, &suprsend_string_array_Type},
    {"$slack", 6, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, slack), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_slack), -1, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_array_Type},
    {"$ms_teams", 9, 0, offsetof(suprsend_dynamic_workflow_trigger_request_users_item, ms_teams), offsetof(suprsend_dynamic_workflow_trigger_request_users_item, has_ms_teams), -1, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_array_Type},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_desc = {
    "dynamic_workflow_trigger_request.users.item", sizeof(suprsend_dynamic_workflow_trigger_request_users_item), suprsend_dynamic_workflow_trigger_request_users_item_desc_Fields, 9,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_free(suprsend_dynamic_workflow_trigger_request_users_item *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_to_json(const suprsend_dynamic_workflow_trigger_request_users_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$slack.item.user_email_id */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_desc_Fields[] = {
    {"email", 5, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id, email), -1, -1, &suprsend_string_email_Type},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_desc = {
    "dynamic_workflow_trigger_request.users.item.$slack.item.user_email_id", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id), suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_desc_Fields, 2,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_free(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$slack.item.user_member_id */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id, user_id), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_desc = {
    "dynamic_workflow_trigger_request.users.item.$slack.item.user_member_id", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id), suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_desc_Fields, 2,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_free(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$slack.item.slack_channel */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel, channel), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_desc = {
    "dynamic_workflow_trigger_request.users.item.$slack.item.slack_channel", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel), suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_desc_Fields, 2,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_free(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$slack.item.using_incoming_webhook */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_desc = {
    "dynamic_workflow_trigger_request.users.item.$slack.item.using_incoming_webhook", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook), suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_free(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$slack.item.using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_desc = {
    "dynamic_workflow_trigger_request.users.item.$slack.item.using_incoming_webhook.incoming_webhook", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook), suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_free(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_conversation_id */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"conversation_id", 15, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id, conversation_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_desc = {
    "dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_conversation_id", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id), suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_desc_Fields, 3,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_free(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_user_id */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_desc = {
    "dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_user_id", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id), suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_desc_Fields, 3,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_free(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_incoming_webhook */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_desc = {
    "dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_incoming_webhook", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook), suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_free(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc = {
    "dynamic_workflow_trigger_request.users.item.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook", sizeof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook), suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_free(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.data */
static const apic_field suprsend_dynamic_workflow_trigger_request_data_desc_Fields[] = {
    {"$attachments", 12, 0, offsetof(suprsend_dynamic_workflow_trigger_request_data, attachments), offsetof(suprsend_dynamic_workflow_trigger_request_data, has_attachments), -1, &suprsend_dynamic_workflow_trigger_request_data_attachments_item_array_Type},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_data_desc = {
    "dynamic_workflow_trigger_request.data", sizeof(suprsend_dynamic_workflow_trigger_request_data), suprsend_dynamic_workflow_trigger_request_data_desc_Fields, 1,
    offsetof(suprsend_dynamic_workflow_trigger_request_data, unknown_fields),
    offsetof(suprsend_dynamic_workflow_trigger_request_data, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_dynamic_workflow_trigger_request_data_free(suprsend_dynamic_workflow_trigger_request_data *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_data_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_data_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_data_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_data *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_data_to_json(const suprsend_dynamic_workflow_trigger_request_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_data_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.data.$attachments.item.publicly_accessible_url */
static const apic_field suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url, url), -1, -1, &suprsend_string_uri_Type},
    {"filename", 8, 0, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url, filename), -1, -1, &apic_type_string},
    {"ignore_if_error", 15, 0, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url, ignore_if_error), offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url, has_ignore_if_error), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_desc = {
    "dynamic_workflow_trigger_request.data.$attachments.item.publicly_accessible_url", sizeof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url), suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_desc_Fields, 3,
    offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_free(suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_to_json(const suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.data.$attachments.item.base64_encoded_file */
static const apic_field suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file, data), -1, -1, &apic_type_string},
    {"filename", 8, 0, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file, filename), -1, -1, &apic_type_string},
    {"contentType", 11, 0, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file, content_type), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_desc = {
    "dynamic_workflow_trigger_request.data.$attachments.item.base64_encoded_file", sizeof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file), suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_desc_Fields, 3,
    offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_free(suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_to_json(const suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.delivery */
static const apic_field suprsend_dynamic_workflow_trigger_request_delivery_desc_Fields[] = {
    {"smart", 5, 0, offsetof(suprsend_dynamic_workflow_trigger_request_delivery, smart), offsetof(suprsend_dynamic_workflow_trigger_request_delivery, has_smart), -1, &apic_type_bool},
    {"success", 7, 0, offsetof(suprsend_dynamic_workflow_trigger_request_delivery, success), -1, -1, &apic_type_string},
    {"time_to_live", 12, 0, offsetof(suprsend_dynamic_workflow_trigger_request_delivery, time_to_live), -1, -1, &apic_type_string},
    {"mandatory_channels", 18, 0, offsetof(suprsend_dynamic_workflow_trigger_request_delivery, mandatory_channels), offsetof(suprsend_dynamic_workflow_trigger_request_delivery, has_mandatory_channels), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_dynamic_workflow_trigger_request_delivery_desc = {
    "dynamic_workflow_trigger_request.delivery", sizeof(suprsend_dynamic_workflow_trigger_request_delivery), suprsend_dynamic_workflow_trigger_request_delivery_desc_Fields, 4,
    offsetof(suprsend_dynamic_workflow_trigger_request_delivery, unknown_fields),
    -1,
    NULL
};

void suprsend_dynamic_workflow_trigger_request_delivery_free(suprsend_dynamic_workflow_trigger_request_delivery *obj)
{
    apic_struct_free(&suprsend_dynamic_workflow_trigger_request_delivery_desc, obj);
}

int suprsend_dynamic_workflow_trigger_request_delivery_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_delivery **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_delivery_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_delivery *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_delivery_to_json(const suprsend_dynamic_workflow_trigger_request_delivery *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_delivery_Type, obj, out, err);
}

/* get_user_preference_all_categories_response */
static const apic_field suprsend_get_user_preference_all_categories_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_get_user_preference_all_categories_response, meta), -1, -1, &suprsend_get_user_preference_all_categories_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_get_user_preference_all_categories_response, results), offsetof(suprsend_get_user_preference_all_categories_response, has_results), -1, &suprsend_get_user_preference_all_categories_response_results_item_array_Type},
};
const apic_struct_desc suprsend_get_user_preference_all_categories_response_desc = {
    "get_user_preference_all_categories_response", sizeof(suprsend_get_user_preference_all_categories_response), suprsend_get_user_preference_all_categories_response_desc_Fields, 2,
    offsetof(suprsend_get_user_preference_all_categories_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preference_all_categories_response_free(suprsend_get_user_preference_all_categories_response *obj)
{
    apic_struct_free(&suprsend_get_user_preference_all_categories_response_desc, obj);
}

int suprsend_get_user_preference_all_categories_response_from_json(const char *json, size_t len, suprsend_get_user_preference_all_categories_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preference_all_categories_response_Type, json, len, &value, err);
    *out = (suprsend_get_user_preference_all_categories_response *)value;
    return rc;
}

int suprsend_get_user_preference_all_categories_response_to_json(const suprsend_get_user_preference_all_categories_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preference_all_categories_response_Type, obj, out, err);
}

/* get_user_preference_all_categories_response.meta */
static const apic_field suprsend_get_user_preference_all_categories_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_get_user_preference_all_categories_response_meta, count), offsetof(suprsend_get_user_preference_all_categories_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_get_user_preference_all_categories_response_meta, limit), offsetof(suprsend_get_user_preference_all_categories_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_user_preference_all_categories_response_meta, offset), offsetof(suprsend_get_user_preference_all_categories_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_get_user_preference_all_categories_response_meta_desc = {
    "get_user_preference_all_categories_response.meta", sizeof(suprsend_get_user_preference_all_categories_response_meta), suprsend_get_user_preference_all_categories_response_meta_desc_Fields, 3,
    offsetof(suprsend_get_user_preference_all_categories_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preference_all_categories_response_meta_free(suprsend_get_user_preference_all_categories_response_meta *obj)
{
    apic_struct_free(&suprsend_get_user_preference_all_categories_response_meta_desc, obj);
}

int suprsend_get_user_preference_all_categories_response_meta_from_json(const char *json, size_t len, suprsend_get_user_preference_all_categories_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preference_all_categories_response_meta_Type, json, len, &value, err);
    *out = (suprsend_get_user_preference_all_categories_response_meta *)value;
    return rc;
}

int suprsend_get_user_preference_all_categories_response_meta_to_json(const suprsend_get_user_preference_all_categories_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preference_all_categories_response_meta_Type, obj, out, err);
}

/* get_user_preference_all_categories_response.results.item */
static const apic_field suprsend_get_user_preference_all_categories_response_results_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item, description), -1, -1, &apic_type_string},
    {"original_preference", 19, APIC_F_NULLABLE, offsetof(suprsend_get_user_preference_all_categories_response_results_item, original_preference), -1, offsetof(suprsend_get_user_preference_all_categories_response_results_item, original_preference_is_null), &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item, preference), offsetof(suprsend_get_user_preference_all_categories_response_results_item, has_preference), -1, &suprsend_get_user_preference_all_categories_response_results_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item, is_editable), offsetof(suprsend_get_user_preference_all_categories_response_results_item, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item, channels), offsetof(suprsend_get_user_preference_all_categories_response_results_item, has_channels), -1, &suprsend_get_user_preference_all_categories_response_results_item_channels_item_array_Type},
};
const apic_struct_desc suprsend_get_user_preference_all_categories_response_results_item_desc = {
    "get_user_preference_all_categories_response.results.item", sizeof(suprsend_get_user_preference_all_categories_response_results_item), suprsend_get_user_preference_all_categories_response_results_item_desc_Fields, 7,
    offsetof(suprsend_get_user_preference_all_categories_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preference_all_categories_response_results_item_free(suprsend_get_user_preference_all_categories_response_results_item *obj)
{
    apic_struct_free(&suprsend_get_user_preference_all_categories_response_results_item_desc, obj);
}

int suprsend_get_user_preference_all_categories_response_results_item_from_json(const char *json, size_t len, suprsend_get_user_preference_all_categories_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preference_all_categories_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_preference_all_categories_response_results_item *)value;
    return rc;
}

int suprsend_get_user_preference_all_categories_response_results_item_to_json(const suprsend_get_user_preference_all_categories_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preference_all_categories_response_results_item_Type, obj, out, err);
}

/* get_user_preference_all_categories_response.results.item.channels.item */
static const apic_field suprsend_get_user_preference_all_categories_response_results_item_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item_channels_item, preference), -1, -1, &apic_type_string},
    {"is_editable", 11, 0, offsetof(suprsend_get_user_preference_all_categories_response_results_item_channels_item, is_editable), offsetof(suprsend_get_user_preference_all_categories_response_results_item_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_get_user_preference_all_categories_response_results_item_channels_item_desc = {
    "get_user_preference_all_categories_response.results.item.channels.item", sizeof(suprsend_get_user_preference_all_categories_response_results_item_channels_item), suprsend_get_user_preference_all_categories_response_results_item_channels_item_desc_Fields, 3,
    offsetof(suprsend_get_user_preference_all_categories_response_results_item_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preference_all_categories_response_results_item_channels_item_free(suprsend_get_user_preference_all_categories_response_results_item_channels_item *obj)
{
    apic_struct_free(&suprsend_get_user_preference_all_categories_response_results_item_channels_item_desc, obj);
}

int suprsend_get_user_preference_all_categories_response_results_item_channels_item_from_json(const char *json, size_t len, suprsend_get_user_preference_all_categories_response_results_item_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preference_all_categories_response_results_item_channels_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_preference_all_categories_response_results_item_channels_item *)value;
    return rc;
}

int suprsend_get_user_preference_all_categories_response_results_item_channels_item_to_json(const suprsend_get_user_preference_all_categories_response_results_item_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preference_all_categories_response_results_item_channels_item_Type, obj, out, err);
}

/* add_subscribers_to_list_request */
static const apic_field suprsend_add_subscribers_to_list_request_desc_Fields[] = {
    {"distinct_ids", 12, 0, offsetof(suprsend_add_subscribers_to_list_request, distinct_ids), offsetof(suprsend_add_subscribers_to_list_request, has_distinct_ids), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_add_subscribers_to_list_request_desc = {
    "add_subscribers_to_list_request", sizeof(suprsend_add_subscribers_to_list_request), suprsend_add_subscribers_to_list_request_desc_Fields, 1,
    offsetof(suprsend_add_subscribers_to_list_request, unknown_fields),
    -1,
    NULL
};

void suprsend_add_subscribers_to_list_request_free(suprsend_add_subscribers_to_list_request *obj)
{
    apic_struct_free(&suprsend_add_subscribers_to_list_request_desc, obj);
}

int suprsend_add_subscribers_to_list_request_from_json(const char *json, size_t len, suprsend_add_subscribers_to_list_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_subscribers_to_list_request_Type, json, len, &value, err);
    *out = (suprsend_add_subscribers_to_list_request *)value;
    return rc;
}

int suprsend_add_subscribers_to_list_request_to_json(const suprsend_add_subscribers_to_list_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_subscribers_to_list_request_Type, obj, out, err);
}

/* add_subscribers_to_list_response */
static const apic_field suprsend_add_subscribers_to_list_response_desc_Fields[] = {
    {"success", 7, 0, offsetof(suprsend_add_subscribers_to_list_response, success), offsetof(suprsend_add_subscribers_to_list_response, has_success), -1, &apic_type_bool},
    {"affected_count", 14, 0, offsetof(suprsend_add_subscribers_to_list_response, affected_count), offsetof(suprsend_add_subscribers_to_list_response, has_affected_count), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_add_subscribers_to_list_response_desc = {
    "add_subscribers_to_list_response", sizeof(suprsend_add_subscribers_to_list_response), suprsend_add_subscribers_to_list_response_desc_Fields, 2,
    offsetof(suprsend_add_subscribers_to_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_add_subscribers_to_list_response_free(suprsend_add_subscribers_to_list_response *obj)
{
    apic_struct_free(&suprsend_add_subscribers_to_list_response_desc, obj);
}

int suprsend_add_subscribers_to_list_response_from_json(const char *json, size_t len, suprsend_add_subscribers_to_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_subscribers_to_list_response_Type, json, len, &value, err);
    *out = (suprsend_add_subscribers_to_list_response *)value;
    return rc;
}

int suprsend_add_subscribers_to_list_response_to_json(const suprsend_add_subscribers_to_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_subscribers_to_list_response_Type, obj, out, err);
}

/* get_list_response */
static const apic_field suprsend_get_list_response_desc_Fields[] = {
    {"list_id", 7, 0, offsetof(suprsend_get_list_response, list_id), -1, -1, &apic_type_string},
    {"list_name", 9, 0, offsetof(suprsend_get_list_response, list_name), -1, -1, &apic_type_string},
    {"list_description", 16, 0, offsetof(suprsend_get_list_response, list_description), -1, -1, &apic_type_string},
    {"list_type", 9, 0, offsetof(suprsend_get_list_response, list_type), offsetof(suprsend_get_list_response, has_list_type), -1, &suprsend_get_list_response_list_type_Type},
    {"subscribers_count", 17, 0, offsetof(suprsend_get_list_response, subscribers_count), offsetof(suprsend_get_list_response, has_subscribers_count), -1, &apic_type_int64},
    {"source", 6, 0, offsetof(suprsend_get_list_response, source), -1, -1, &apic_type_string},
    {"is_readonly", 11, 0, offsetof(suprsend_get_list_response, is_readonly), offsetof(suprsend_get_list_response, has_is_readonly), -1, &apic_type_bool},
    {"status", 6, 0, offsetof(suprsend_get_list_response, status), -1, -1, &apic_type_string},
    {"track_user_entry", 16, 0, offsetof(suprsend_get_list_response, track_user_entry), offsetof(suprsend_get_list_response, has_track_user_entry), -1, &apic_type_bool},
    {"track_user_exit", 15, 0, offsetof(suprsend_get_list_response, track_user_exit), offsetof(suprsend_get_list_response, has_track_user_exit), -1, &apic_type_bool},
    {"requested_for_delete", 20, 0, offsetof(suprsend_get_list_response, requested_for_delete), offsetof(suprsend_get_list_response, has_requested_for_delete), -1, &apic_type_bool},
    {"created_at", 10, 0, offsetof(suprsend_get_list_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_get_list_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"drafts", 6, APIC_F_NULLABLE, offsetof(suprsend_get_list_response, drafts), -1, offsetof(suprsend_get_list_response, drafts_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_get_list_response_desc = {
    "get_list_response", sizeof(suprsend_get_list_response), suprsend_get_list_response_desc_Fields, 14,
    offsetof(suprsend_get_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_list_response_free(suprsend_get_list_response *obj)
{
    apic_struct_free(&suprsend_get_list_response_desc, obj);
}

int suprsend_get_list_response_from_json(const char *json, size_t len, suprsend_get_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_list_response_Type, json, len, &value, err);
    *out = (suprsend_get_list_response *)value;
    return rc;
}

int suprsend_get_list_response_to_json(const suprsend_get_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_list_response_Type, obj, out, err);
}

/* trigger_broadcast_request */
static const apic_field suprsend_trigger_broadcast_request_desc_Fields[] = {
    {"list_id", 7, APIC_F_REQUIRED, offsetof(suprsend_trigger_broadcast_request, list_id), -1, -1, &apic_type_string},
    {"template", 8, APIC_F_REQUIRED, offsetof(suprsend_trigger_broadcast_request, template_), -1, -1, &apic_type_string},
    {"notification_category", 21, APIC_F_REQUIRED, offsetof(suprsend_trigger_broadcast_request, notification_category), -1, -1, &apic_type_string},
    {"channels", 8, 0, offsetof(suprsend_trigger_broadcast_request, channels), offsetof(suprsend_trigger_broadcast_request, has_channels), -1, &suprsend_string_array_Type},
    {"data", 4, 0, offsetof(suprsend_trigger_broadcast_request, data), offsetof(suprsend_trigger_broadcast_request, has_data), -1, &apic_type_json_map},
    {"delay", 5, 0, offsetof(suprsend_trigger_broadcast_request, delay), -1, -1, &apic_type_string},
    {"trigger_at", 10, 0, offsetof(suprsend_trigger_broadcast_request, trigger_at), -1, -1, &suprsend_string_date_Type},
    {"tenant_id", 9, 0, offsetof(suprsend_trigger_broadcast_request, tenant_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_trigger_broadcast_request_desc = {
    "trigger_broadcast_request", sizeof(suprsend_trigger_broadcast_request), suprsend_trigger_broadcast_request_desc_Fields, 8,
    offsetof(suprsend_trigger_broadcast_request, unknown_fields),
    -1,
    NULL
};

void suprsend_trigger_broadcast_request_free(suprsend_trigger_broadcast_request *obj)
{
    apic_struct_free(&suprsend_trigger_broadcast_request_desc, obj);
}

int suprsend_trigger_broadcast_request_from_json(const char *json, size_t len, suprsend_trigger_broadcast_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_trigger_broadcast_request_Type, json, len, &value, err);
    *out = (suprsend_trigger_broadcast_request *)value;
    return rc;
}

int suprsend_trigger_broadcast_request_to_json(const suprsend_trigger_broadcast_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_trigger_broadcast_request_Type, obj, out, err);
}

/* trigger_broadcast_response */
static const apic_field suprsend_trigger_broadcast_response_desc_Fields[] = {
    {"message", 7, 0, offsetof(suprsend_trigger_broadcast_response, message), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_trigger_broadcast_response_desc = {
    "trigger_broadcast_response", sizeof(suprsend_trigger_broadcast_response), suprsend_trigger_broadcast_response_desc_Fields, 1,
    offsetof(suprsend_trigger_broadcast_response, unknown_fields),
    -1,
    NULL
};

void suprsend_trigger_broadcast_response_free(suprsend_trigger_broadcast_response *obj)
{
    apic_struct_free(&suprsend_trigger_broadcast_response_desc, obj);
}

int suprsend_trigger_broadcast_response_from_json(const char *json, size_t len, suprsend_trigger_broadcast_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_trigger_broadcast_response_Type, json, len, &value, err);
    *out = (suprsend_trigger_broadcast_response *)value;
    return rc;
}

int suprsend_trigger_broadcast_response_to_json(const suprsend_trigger_broadcast_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_trigger_broadcast_response_Type, obj, out, err);
}

/* get_user_preference_channel_response */
static const apic_field suprsend_get_user_preference_channel_response_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_get_user_preference_channel_response, channel_preferences), offsetof(suprsend_get_user_preference_channel_response, has_channel_preferences), -1, &suprsend_get_user_preference_channel_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_get_user_preference_channel_response_desc = {
    "get_user_preference_channel_response", sizeof(suprsend_get_user_preference_channel_response), suprsend_get_user_preference_channel_response_desc_Fields, 1,
    offsetof(suprsend_get_user_preference_channel_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preference_channel_response_free(suprsend_get_user_preference_channel_response *obj)
{
    apic_struct_free(&suprsend_get_user_preference_channel_response_desc, obj);
}

int suprsend_get_user_preference_channel_response_from_json(const char *json, size_t len, suprsend_get_user_preference_channel_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preference_channel_response_Type, json, len, &value, err);
    *out = (suprsend_get_user_preference_channel_response *)value;
    return rc;
}

int suprsend_get_user_preference_channel_response_to_json(const suprsend_get_user_preference_channel_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preference_channel_response_Type, obj, out, err);
}

/* get_user_preference_channel_response.channel_preferences.item */
static const apic_field suprsend_get_user_preference_channel_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_get_user_preference_channel_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_get_user_preference_channel_response_channel_preferences_item, is_restricted), offsetof(suprsend_get_user_preference_channel_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_get_user_preference_channel_response_channel_preferences_item_desc = {
    "get_user_preference_channel_response.channel_preferences.item", sizeof(suprsend_get_user_preference_channel_response_channel_preferences_item), suprsend_get_user_preference_channel_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_get_user_preference_channel_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preference_channel_response_channel_preferences_item_free(suprsend_get_user_preference_channel_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_get_user_preference_channel_response_channel_preferences_item_desc, obj);
}

int suprsend_get_user_preference_channel_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_get_user_preference_channel_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preference_channel_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_preference_channel_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_get_user_preference_channel_response_channel_preferences_item_to_json(const suprsend_get_user_preference_channel_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preference_channel_response_channel_preferences_item_Type, obj, out, err);
}

/* update_user_preference_channel_request */
static const apic_field suprsend_update_user_preference_channel_request_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_update_user_preference_channel_request, channel_preferences), offsetof(suprsend_update_user_preference_channel_request, has_channel_preferences), -1, &suprsend_update_user_preference_channel_request_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_update_user_preference_channel_request_desc = {
    "update_user_preference_channel_request", sizeof(suprsend_update_user_preference_channel_request), suprsend_update_user_preference_channel_request_desc_Fields, 1,
    offsetof(suprsend_update_user_preference_channel_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_preference_channel_request_free(suprsend_update_user_preference_channel_request *obj)
{
    apic_struct_free(&suprsend_update_user_preference_channel_request_desc, obj);
}

int suprsend_update_user_preference_channel_request_from_json(const char *json, size_t len, suprsend_update_user_preference_channel_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_preference_channel_request_Type, json, len, &value, err);
    *out = (suprsend_update_user_preference_channel_request *)value;
    return rc;
}

int suprsend_update_user_preference_channel_request_to_json(const suprsend_update_user_preference_channel_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_preference_channel_request_Type, obj, out, err);
}

/* update_user_preference_channel_request.channel_preferences.item */
static const apic_field suprsend_update_user_preference_channel_request_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_user_preference_channel_request_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_update_user_preference_channel_request_channel_preferences_item, is_restricted), offsetof(suprsend_update_user_preference_channel_request_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_user_preference_channel_request_channel_preferences_item_desc = {
    "update_user_preference_channel_request.channel_preferences.item", sizeof(suprsend_update_user_preference_channel_request_channel_preferences_item), suprsend_update_user_preference_channel_request_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_update_user_preference_channel_request_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_preference_channel_request_channel_preferences_item_free(suprsend_update_user_preference_channel_request_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_update_user_preference_channel_request_channel_preferences_item_desc, obj);
}

int suprsend_update_user_preference_channel_request_channel_preferences_item_from_json(const char *json, size_t len, suprsend_update_user_preference_channel_request_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_preference_channel_request_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_preference_channel_request_channel_preferences_item *)value;
    return rc;
}

int suprsend_update_user_preference_channel_request_channel_preferences_item_to_json(const suprsend_update_user_preference_channel_request_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_preference_channel_request_channel_preferences_item_Type, obj, out, err);
}

/* update_user_preference_channel_response */
static const apic_field suprsend_update_user_preference_channel_response_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_update_user_preference_channel_response, channel_preferences), offsetof(suprsend_update_user_preference_channel_response, has_channel_preferences), -1, &suprsend_update_user_preference_channel_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_update_user_preference_channel_response_desc = {
    "update_user_preference_channel_response", sizeof(suprsend_update_user_preference_channel_response), suprsend_update_user_preference_channel_response_desc_Fields, 1,
    offsetof(suprsend_update_user_preference_channel_response, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_preference_channel_response_free(suprsend_update_user_preference_channel_response *obj)
{
    apic_struct_free(&suprsend_update_user_preference_channel_response_desc, obj);
}

int suprsend_update_user_preference_channel_response_from_json(const char *json, size_t len, suprsend_update_user_preference_channel_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_preference_channel_response_Type, json, len, &value, err);
    *out = (suprsend_update_user_preference_channel_response *)value;
    return rc;
}

int suprsend_update_user_preference_channel_response_to_json(const suprsend_update_user_preference_channel_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_preference_channel_response_Type, obj, out, err);
}
