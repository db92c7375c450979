/* Descriptors and entry points of SuprSend unions (oneOf/anyOf). Generated; do not edit. */
#include "internal.h"

/* WorkflowTriggerSingleBody.recipients.item */
_Static_assert(sizeof(suprsend_workflow_trigger_single_body_recipients_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_workflow_trigger_single_body_recipients_item_Values[] = {
    "identify_user_inline",
    "notify_object",
    "recipient_by_distinct_id",
};
static const apic_variant suprsend_workflow_trigger_single_body_recipients_item_Variants[] = {
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item, as.identify_user_inline), NULL, 0},
    {&suprsend_workflow_trigger_single_body_recipients_item_notify_object_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item, as.notify_object), NULL, 0},
    {&apic_type_string, offsetof(suprsend_workflow_trigger_single_body_recipients_item, as.recipient_by_distinct_id), NULL, 0},
};
const apic_union_desc suprsend_workflow_trigger_single_body_recipients_item_desc = {
    { "WorkflowTriggerSingleBody.recipients.item", suprsend_workflow_trigger_single_body_recipients_item_Values, 3 }, suprsend_workflow_trigger_single_body_recipients_item_Variants,
    NULL, sizeof(suprsend_workflow_trigger_single_body_recipients_item), offsetof(suprsend_workflow_trigger_single_body_recipients_item, kind), offsetof(suprsend_workflow_trigger_single_body_recipients_item, other)
};

void suprsend_workflow_trigger_single_body_recipients_item_free(suprsend_workflow_trigger_single_body_recipients_item *obj)
{
    apic_value_free(&suprsend_workflow_trigger_single_body_recipients_item_Type, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_to_json(const suprsend_workflow_trigger_single_body_recipients_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item */
_Static_assert(sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Values[] = {
    "slack_using_email",
    "slack_using_member_id",
    "slack_using_channel",
    "slack_using_incoming_webhook",
};
static const apic_variant suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Variants[] = {
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_email_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item, as.slack_using_email), NULL, 0},
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_member_id_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item, as.slack_using_member_id), NULL, 0},
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_channel_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item, as.slack_using_channel), NULL, 0},
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_slack_using_incoming_webhook_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item, as.slack_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_desc = {
    { "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$slack.item", suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Values, 4 }, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Variants,
    NULL, sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item, kind), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item, other)
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item *obj)
{
    apic_value_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Type, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_slack_item_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item */
_Static_assert(sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Values[] = {
    "ms_teams_using_conversation_id",
    "ms_teams_using_user_id",
    "ms_teams_using_incoming_webhook",
};
static const apic_variant suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Variants[] = {
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_conversation_id_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item, as.ms_teams_using_conversation_id), NULL, 0},
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_user_id_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item, as.ms_teams_using_user_id), NULL, 0},
    {&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_ms_teams_using_incoming_webhook_Type, offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item, as.ms_teams_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_desc = {
    { "WorkflowTriggerSingleBody.recipients.item.identify_user_inline.$ms_teams.item", suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Values, 3 }, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Variants,
    NULL, sizeof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item, kind), offsetof(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item, other)
};

void suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_free(suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item *obj)
{
    apic_value_free(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Type, obj);
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_to_json(const suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_recipients_item_identify_user_inline_ms_teams_item_Type, obj, out, err);
}

/* WorkflowTriggerSingleBody.data.$attachments.item */
_Static_assert(sizeof(suprsend_workflow_trigger_single_body_data_attachments_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_workflow_trigger_single_body_data_attachments_item_Values[] = {
    "pass_public_url",
    "pass_base64_file_locally",
};
static const apic_variant suprsend_workflow_trigger_single_body_data_attachments_item_Variants[] = {
    {&suprsend_workflow_trigger_single_body_data_attachments_item_pass_public_url_Type, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item, as.pass_public_url), NULL, 0},
    {&suprsend_workflow_trigger_single_body_data_attachments_item_pass_base64_file_locally_Type, offsetof(suprsend_workflow_trigger_single_body_data_attachments_item, as.pass_base64_file_locally), NULL, 0},
};
const apic_union_desc suprsend_workflow_trigger_single_body_data_attachments_item_desc = {
    { "WorkflowTriggerSingleBody.data.$attachments.item", suprsend_workflow_trigger_single_body_data_attachments_item_Values, 2 }, suprsend_workflow_trigger_single_body_data_attachments_item_Variants,
    NULL, sizeof(suprsend_workflow_trigger_single_body_data_attachments_item), offsetof(suprsend_workflow_trigger_single_body_data_attachments_item, kind), offsetof(suprsend_workflow_trigger_single_body_data_attachments_item, other)
};

void suprsend_workflow_trigger_single_body_data_attachments_item_free(suprsend_workflow_trigger_single_body_data_attachments_item *obj)
{
    apic_value_free(&suprsend_workflow_trigger_single_body_data_attachments_item_Type, obj);
}

int suprsend_workflow_trigger_single_body_data_attachments_item_from_json(const char *json, size_t len, suprsend_workflow_trigger_single_body_data_attachments_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_trigger_single_body_data_attachments_item_Type, json, len, &value, err);
    *out = (suprsend_workflow_trigger_single_body_data_attachments_item *)value;
    return rc;
}

int suprsend_workflow_trigger_single_body_data_attachments_item_to_json(const suprsend_workflow_trigger_single_body_data_attachments_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_trigger_single_body_data_attachments_item_Type, obj, out, err);
}

/* WorkflowCreateUpdate.tree.nodes.item */
_Static_assert(sizeof(suprsend_workflow_create_update_tree_nodes_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_workflow_create_update_tree_nodes_item_Values[] = {
    "delay_node",
    "batch_node",
    "digest_node",
    "http_api_webhook_node",
    "http_api_fetch_node",
    "branch_wait_until_node",
    "branch_node",
    "transform_node",
    "time_window_node",
    "subscriber_list_operation_add_user_node",
    "subscriber_list_operation_remove_user_node",
    "object_operation_add_subscription_node",
    "object_operation_remove_subscription_node",
    "user_update_node",
    "invoke_workflow_node",
    "send_email_node",
    "send_sms_node",
    "send_whatsapp_node",
    "send_mobile_push_node",
    "send_inbox_node",
    "send_webpush_node",
    "send_slack_node",
    "send_ms_teams_node",
    "send_multi_channel_node",
    "send_smart_channel_routing_node",
};
static const apic_variant suprsend_workflow_create_update_tree_nodes_item_Variants[] = {
    {&suprsend_delay_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.delay_node), NULL, 0},
    {&suprsend_batch_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.batch_node), NULL, 0},
    {&suprsend_digest_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.digest_node), NULL, 0},
    {&suprsend_http_api_webhook_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.http_api_webhook_node), NULL, 0},
    {&suprsend_http_api_fetch_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.http_api_fetch_node), NULL, 0},
    {&suprsend_branch_wait_until_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.branch_wait_until_node), NULL, 0},
    {&suprsend_branch_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.branch_node), NULL, 0},
    {&suprsend_transform_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.transform_node), NULL, 0},
    {&suprsend_time_window_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.time_window_node), NULL, 0},
    {&suprsend_subscriber_list_operation_add_user_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.subscriber_list_operation_add_user_node), NULL, 0},
    {&suprsend_subscriber_list_operation_remove_user_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.subscriber_list_operation_remove_user_node), NULL, 0},
    {&suprsend_object_operation_add_subscription_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.object_operation_add_subscription_node), NULL, 0},
    {&suprsend_object_operation_remove_subscription_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.object_operation_remove_subscription_node), NULL, 0},
    {&suprsend_user_update_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.user_update_node), NULL, 0},
    {&suprsend_invoke_workflow_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.invoke_workflow_node), NULL, 0},
    {&suprsend_send_email_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_email_node), NULL, 0},
    {&suprsend_send_sms_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_sms_node), NULL, 0},
    {&suprsend_send_whatsapp_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_whatsapp_node), NULL, 0},
    {&suprsend_send_mobile_push_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_mobile_push_node), NULL, 0},
    {&suprsend_send_inbox_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_inbox_node), NULL, 0},
    {&suprsend_send_webpush_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_webpush_node), NULL, 0},
    {&suprsend_send_slack_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_slack_node), NULL, 0},
    {&suprsend_send_ms_teams_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_ms_teams_node), NULL, 0},
    {&suprsend_send_multi_channel_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_multi_channel_node), NULL, 0},
    {&suprsend_send_smart_channel_routing_node_Type, offsetof(suprsend_workflow_create_update_tree_nodes_item, as.send_smart_channel_routing_node), NULL, 0},
};
const apic_union_desc suprsend_workflow_create_update_tree_nodes_item_desc = {
    { "WorkflowCreateUpdate.tree.nodes.item", suprsend_workflow_create_update_tree_nodes_item_Values, 25 }, suprsend_workflow_create_update_tree_nodes_item_Variants,
    NULL, sizeof(suprsend_workflow_create_update_tree_nodes_item), offsetof(suprsend_workflow_create_update_tree_nodes_item, kind), offsetof(suprsend_workflow_create_update_tree_nodes_item, other)
};

void suprsend_workflow_create_update_tree_nodes_item_free(suprsend_workflow_create_update_tree_nodes_item *obj)
{
    apic_value_free(&suprsend_workflow_create_update_tree_nodes_item_Type, obj);
}

int suprsend_workflow_create_update_tree_nodes_item_from_json(const char *json, size_t len, suprsend_workflow_create_update_tree_nodes_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_workflow_create_update_tree_nodes_item_Type, json, len, &value, err);
    *out = (suprsend_workflow_create_update_tree_nodes_item *)value;
    return rc;
}

int suprsend_workflow_create_update_tree_nodes_item_to_json(const suprsend_workflow_create_update_tree_nodes_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_workflow_create_update_tree_nodes_item_Type, obj, out, err);
}

/* event_api_request.properties.$attachments.item */
_Static_assert(sizeof(suprsend_event_api_request_properties_attachments_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_event_api_request_properties_attachments_item_Values[] = {
    "publicly_accessible_url",
    "base64_encoded_file",
};
static const apic_variant suprsend_event_api_request_properties_attachments_item_Variants[] = {
    {&suprsend_event_api_request_properties_attachments_item_publicly_accessible_url_Type, offsetof(suprsend_event_api_request_properties_attachments_item, as.publicly_accessible_url), NULL, 0},
    {&suprsend_event_api_request_properties_attachments_item_base64_encoded_file_Type, offsetof(suprsend_event_api_request_properties_attachments_item, as.base64_encoded_file), NULL, 0},
};
const apic_union_desc suprsend_event_api_request_properties_attachments_item_desc = {
    { "event_api_request.properties.$attachments.item", suprsend_event_api_request_properties_attachments_item_Values, 2 }, suprsend_event_api_request_properties_attachments_item_Variants,
    NULL, sizeof(suprsend_event_api_request_properties_attachments_item), offsetof(suprsend_event_api_request_properties_attachments_item, kind), offsetof(suprsend_event_api_request_properties_attachments_item, other)
};

void suprsend_event_api_request_properties_attachments_item_free(suprsend_event_api_request_properties_attachments_item *obj)
{
    apic_value_free(&suprsend_event_api_request_properties_attachments_item_Type, obj);
}

int suprsend_event_api_request_properties_attachments_item_from_json(const char *json, size_t len, suprsend_event_api_request_properties_attachments_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_event_api_request_properties_attachments_item_Type, json, len, &value, err);
    *out = (suprsend_event_api_request_properties_attachments_item *)value;
    return rc;
}

int suprsend_event_api_request_properties_attachments_item_to_json(const suprsend_event_api_request_properties_attachments_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_event_api_request_properties_attachments_item_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$slack.item */
_Static_assert(sizeof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Values[] = {
    "user_email_id",
    "user_member_id",
    "slack_channel",
    "using_incoming_webhook",
};
static const apic_variant suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Variants[] = {
    {&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_email_id_Type, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item, as.user_email_id), NULL, 0},
    {&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_user_member_id_Type, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item, as.user_member_id), NULL, 0},
    {&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_slack_channel_Type, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item, as.slack_channel), NULL, 0},
    {&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_using_incoming_webhook_Type, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item, as.using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_dynamic_workflow_trigger_request_users_item_slack_item_desc = {
    { "dynamic_workflow_trigger_request.users.item.$slack.item", suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Values, 4 }, suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Variants,
    NULL, sizeof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item), offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item, kind), offsetof(suprsend_dynamic_workflow_trigger_request_users_item_slack_item, other)
};

void suprsend_dynamic_workflow_trigger_request_users_item_slack_item_free(suprsend_dynamic_workflow_trigger_request_users_item_slack_item *obj)
{
    apic_value_free(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Type, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_slack_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_slack_item *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_slack_item_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_slack_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_slack_item_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.users.item.$ms_teams.item */
_Static_assert(sizeof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Values[] = {
    "ms_teams_using_conversation_id",
    "ms_teams_using_user_id",
    "ms_teams_using_incoming_webhook",
};
static const apic_variant suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Variants[] = {
    {&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_conversation_id_Type, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item, as.ms_teams_using_conversation_id), NULL, 0},
    {&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_user_id_Type, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item, as.ms_teams_using_user_id), NULL, 0},
    {&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_ms_teams_using_incoming_webhook_Type, offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item, as.ms_teams_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_desc = {
    { "dynamic_workflow_trigger_request.users.item.$ms_teams.item", suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Values, 3 }, suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Variants,
    NULL, sizeof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item), offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item, kind), offsetof(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item, other)
};

void suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_free(suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item *obj)
{
    apic_value_free(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Type, obj);
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_to_json(const suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_users_item_ms_teams_item_Type, obj, out, err);
}

/* dynamic_workflow_trigger_request.data.$attachments.item */
_Static_assert(sizeof(suprsend_dynamic_workflow_trigger_request_data_attachments_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_dynamic_workflow_trigger_request_data_attachments_item_Values[] = {
    "publicly_accessible_url",
    "base64_encoded_file",
};
static const apic_variant suprsend_dynamic_workflow_trigger_request_data_attachments_item_Variants[] = {
    {&suprsend_dynamic_workflow_trigger_request_data_attachments_item_publicly_accessible_url_Type, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item, as.publicly_accessible_url), NULL, 0},
    {&suprsend_dynamic_workflow_trigger_request_data_attachments_item_base64_encoded_file_Type, offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item, as.base64_encoded_file), NULL, 0},
};
const apic_union_desc suprsend_dynamic_workflow_trigger_request_data_attachments_item_desc = {
    { "dynamic_workflow_trigger_request.data.$attachments.item", suprsend_dynamic_workflow_trigger_request_data_attachments_item_Values, 2 }, suprsend_dynamic_workflow_trigger_request_data_attachments_item_Variants,
    NULL, sizeof(suprsend_dynamic_workflow_trigger_request_data_attachments_item), offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item, kind), offsetof(suprsend_dynamic_workflow_trigger_request_data_attachments_item, other)
};

void suprsend_dynamic_workflow_trigger_request_data_attachments_item_free(suprsend_dynamic_workflow_trigger_request_data_attachments_item *obj)
{
    apic_value_free(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_Type, obj);
}

int suprsend_dynamic_workflow_trigger_request_data_attachments_item_from_json(const char *json, size_t len, suprsend_dynamic_workflow_trigger_request_data_attachments_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_Type, json, len, &value, err);
    *out = (suprsend_dynamic_workflow_trigger_request_data_attachments_item *)value;
    return rc;
}

int suprsend_dynamic_workflow_trigger_request_data_attachments_item_to_json(const suprsend_dynamic_workflow_trigger_request_data_attachments_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_dynamic_workflow_trigger_request_data_attachments_item_Type, obj, out, err);
}

/* trigger_workflow_api_request */
_Static_assert(sizeof(suprsend_trigger_workflow_api_request_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_trigger_workflow_api_request_Values[] = {
    "workflow_trigger_single_body",
    "bulk_workflow_trigger",
};
static const apic_variant suprsend_trigger_workflow_api_request_Variants[] = {
    {&suprsend_workflow_trigger_single_body_Type, offsetof(suprsend_trigger_workflow_api_request, as.workflow_trigger_single_body), NULL, 0},
    {&suprsend_workflow_trigger_single_body_array_Type, offsetof(suprsend_trigger_workflow_api_request, as.bulk_workflow_trigger), NULL, 0},
};
const apic_union_desc suprsend_trigger_workflow_api_request_desc = {
    { "trigger_workflow_api_request", suprsend_trigger_workflow_api_request_Values, 2 }, suprsend_trigger_workflow_api_request_Variants,
    NULL, sizeof(suprsend_trigger_workflow_api_request), offsetof(suprsend_trigger_workflow_api_request, kind), offsetof(suprsend_trigger_workflow_api_request, other)
};

void suprsend_trigger_workflow_api_request_free(suprsend_trigger_workflow_api_request *obj)
{
    apic_value_free(&suprsend_trigger_workflow_api_request_Type, obj);
}

int suprsend_trigger_workflow_api_request_from_json(const char *json, size_t len, suprsend_trigger_workflow_api_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_trigger_workflow_api_request_Type, json, len, &value, err);
    *out = (suprsend_trigger_workflow_api_request *)value;
    return rc;
}

int suprsend_trigger_workflow_api_request_to_json(const suprsend_trigger_workflow_api_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_trigger_workflow_api_request_Type, obj, out, err);
}

/* create_update_objects_request.$slack.item */
_Static_assert(sizeof(suprsend_create_update_objects_request_slack_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_create_update_objects_request_slack_item_Values[] = {
    "slack_using_email",
    "slack_using_member_id",
    "slack_using_channel",
    "slack_using_incoming_webhook",
};
static const apic_variant suprsend_create_update_objects_request_slack_item_Variants[] = {
    {&suprsend_create_update_objects_request_slack_item_slack_using_email_Type, offsetof(suprsend_create_update_objects_request_slack_item, as.slack_using_email), NULL, 0},
    {&suprsend_create_update_objects_request_slack_item_slack_using_member_id_Type, offsetof(suprsend_create_update_objects_request_slack_item, as.slack_using_member_id), NULL, 0},
    {&suprsend_create_update_objects_request_slack_item_slack_using_channel_Type, offsetof(suprsend_create_update_objects_request_slack_item, as.slack_using_channel), NULL, 0},
    {&suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_Type, offsetof(suprsend_create_update_objects_request_slack_item, as.slack_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_create_update_objects_request_slack_item_desc = {
    { "create_update_objects_request.$slack.item", suprsend_create_update_objects_request_slack_item_Values, 4 }, suprsend_create_update_objects_request_slack_item_Variants,
    NULL, sizeof(suprsend_create_update_objects_request_slack_item), offsetof(suprsend_create_update_objects_request_slack_item, kind), offsetof(suprsend_create_update_objects_request_slack_item, other)
};

void suprsend_create_update_objects_request_slack_item_free(suprsend_create_update_objects_request_slack_item *obj)
{
    apic_value_free(&suprsend_create_update_objects_request_slack_item_Type, obj);
}

int suprsend_create_update_objects_request_slack_item_from_json(const char *json, size_t len, suprsend_create_update_objects_request_slack_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_slack_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_slack_item *)value;
    return rc;
}

int suprsend_create_update_objects_request_slack_item_to_json(const suprsend_create_update_objects_request_slack_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_slack_item_Type, obj, out, err);
}

/* create_update_objects_request.$ms_teams.item */
_Static_assert(sizeof(suprsend_create_update_objects_request_ms_teams_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_create_update_objects_request_ms_teams_item_Values[] = {
    "ms_teams_using_conversation_id",
    "ms_teams_using_user_id",
    "ms_teams_using_incoming_webhook",
};
static const apic_variant suprsend_create_update_objects_request_ms_teams_item_Variants[] = {
    {&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_Type, offsetof(suprsend_create_update_objects_request_ms_teams_item, as.ms_teams_using_conversation_id), NULL, 0},
    {&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_Type, offsetof(suprsend_create_update_objects_request_ms_teams_item, as.ms_teams_using_user_id), NULL, 0},
    {&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_Type, offsetof(suprsend_create_update_objects_request_ms_teams_item, as.ms_teams_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_create_update_objects_request_ms_teams_item_desc = {
    { "create_update_objects_request.$ms_teams.item", suprsend_create_update_objects_request_ms_teams_item_Values, 3 }, suprsend_create_update_objects_request_ms_teams_item_Variants,
    NULL, sizeof(suprsend_create_update_objects_request_ms_teams_item), offsetof(suprsend_create_update_objects_request_ms_teams_item, kind), offsetof(suprsend_create_update_objects_request_ms_teams_item, other)
};

void suprsend_create_update_objects_request_ms_teams_item_free(suprsend_create_update_objects_request_ms_teams_item *obj)
{
    apic_value_free(&suprsend_create_update_objects_request_ms_teams_item_Type, obj);
}

int suprsend_create_update_objects_request_ms_teams_item_from_json(const char *json, size_t len, suprsend_create_update_objects_request_ms_teams_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_ms_teams_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_ms_teams_item *)value;
    return rc;
}

int suprsend_create_update_objects_request_ms_teams_item_to_json(const suprsend_create_update_objects_request_ms_teams_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_ms_teams_item_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item */
_Static_assert(sizeof(suprsend_add_object_subscription_request_recipients_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_add_object_subscription_request_recipients_item_Values[] = {
    "add_user",
    "add_child_object",
};
static const apic_variant suprsend_add_object_subscription_request_recipients_item_Variants[] = {
    {&suprsend_add_object_subscription_request_recipients_item_add_user_Type, offsetof(suprsend_add_object_subscription_request_recipients_item, as.add_user), NULL, 0},
    {&suprsend_add_object_subscription_request_recipients_item_add_child_object_Type, offsetof(suprsend_add_object_subscription_request_recipients_item, as.add_child_object), NULL, 0},
};
const apic_union_desc suprsend_add_object_subscription_request_recipients_item_desc = {
    { "add_object_subscription_request.recipients.item", suprsend_add_object_subscription_request_recipients_item_Values, 2 }, suprsend_add_object_subscription_request_recipients_item_Variants,
    NULL, sizeof(suprsend_add_object_subscription_request_recipients_item), offsetof(suprsend_add_object_subscription_request_recipients_item, kind), offsetof(suprsend_add_object_subscription_request_recipients_item, other)
};

void suprsend_add_object_subscription_request_recipients_item_free(suprsend_add_object_subscription_request_recipients_item *obj)
{
    apic_value_free(&suprsend_add_object_subscription_request_recipients_item_Type, obj);
}

int suprsend_add_object_subscription_request_recipients_item_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_to_json(const suprsend_add_object_subscription_request_recipients_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$slack.item */
_Static_assert(sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Values[] = {
    "slack_using_email",
    "slack_using_member_id",
    "slack_using_channel",
    "slack_using_incoming_webhook",
};
static const apic_variant suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Variants[] = {
    {&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_Type, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item, as.slack_using_email), NULL, 0},
    {&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_Type, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item, as.slack_using_member_id), NULL, 0},
    {&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_Type, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item, as.slack_using_channel), NULL, 0},
    {&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_Type, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item, as.slack_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_desc = {
    { "add_object_subscription_request.recipients.item.add_user.$slack.item", suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Values, 4 }, suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Variants,
    NULL, sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item, kind), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item, other)
};

void suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_free(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item *obj)
{
    apic_value_free(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Type, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_slack_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_slack_item *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_slack_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$ms_teams.item */
_Static_assert(sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Values[] = {
    "ms_teams_using_conversation_id",
    "ms_teams_using_user_id",
    "ms_teams_using_incoming_webhook",
};
static const apic_variant suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Variants[] = {
    {&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_Type, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item, as.ms_teams_using_conversation_id), NULL, 0},
    {&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_Type, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item, as.ms_teams_using_user_id), NULL, 0},
    {&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_Type, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item, as.ms_teams_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_desc = {
    { "add_object_subscription_request.recipients.item.add_user.$ms_teams.item", suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Values, 3 }, suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Variants,
    NULL, sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item, kind), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item, other)
};

void suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_free(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item *obj)
{
    apic_value_free(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Type, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_Type, obj, out, err);
}

/* delete_object_subscriptions_request.recipients.item */
_Static_assert(sizeof(suprsend_delete_object_subscriptions_request_recipients_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_delete_object_subscriptions_request_recipients_item_Values[] = {
    "string",
    "object",
};
static const apic_variant suprsend_delete_object_subscriptions_request_recipients_item_Variants[] = {
    {&apic_type_string, offsetof(suprsend_delete_object_subscriptions_request_recipients_item, as.string), NULL, 0},
    {&suprsend_delete_object_subscriptions_request_recipients_item_object_Type, offsetof(suprsend_delete_object_subscriptions_request_recipients_item, as.object), NULL, 0},
};
const apic_union_desc suprsend_delete_object_subscriptions_request_recipients_item_desc = {
    { "delete_object_subscriptions_request.recipients.item", suprsend_delete_object_subscriptions_request_recipients_item_Values, 2 }, suprsend_delete_object_subscriptions_request_recipients_item_Variants,
    NULL, sizeof(suprsend_delete_object_subscriptions_request_recipients_item), offsetof(suprsend_delete_object_subscriptions_request_recipients_item, kind), offsetof(suprsend_delete_object_subscriptions_request_recipients_item, other)
};

void suprsend_delete_object_subscriptions_request_recipients_item_free(suprsend_delete_object_subscriptions_request_recipients_item *obj)
{
    apic_value_free(&suprsend_delete_object_subscriptions_request_recipients_item_Type, obj);
}

int suprsend_delete_object_subscriptions_request_recipients_item_from_json(const char *json, size_t len, suprsend_delete_object_subscriptions_request_recipients_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_delete_object_subscriptions_request_recipients_item_Type, json, len, &value, err);
    *out = (suprsend_delete_object_subscriptions_request_recipients_item *)value;
    return rc;
}

int suprsend_delete_object_subscriptions_request_recipients_item_to_json(const suprsend_delete_object_subscriptions_request_recipients_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_delete_object_subscriptions_request_recipients_item_Type, obj, out, err);
}

/* create_update_users_request.$slack.item */
_Static_assert(sizeof(suprsend_create_update_users_request_slack_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_create_update_users_request_slack_item_Values[] = {
    "slack_using_email",
    "slack_using_member_id",
    "slack_using_channel",
    "slack_using_incoming_webhook",
};
static const apic_variant suprsend_create_update_users_request_slack_item_Variants[] = {
    {&suprsend_create_update_users_request_slack_item_slack_using_email_Type, offsetof(suprsend_create_update_users_request_slack_item, as.slack_using_email), NULL, 0},
    {&suprsend_create_update_users_request_slack_item_slack_using_member_id_Type, offsetof(suprsend_create_update_users_request_slack_item, as.slack_using_member_id), NULL, 0},
    {&suprsend_create_update_users_request_slack_item_slack_using_channel_Type, offsetof(suprsend_create_update_users_request_slack_item, as.slack_using_channel), NULL, 0},
    {&suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_Type, offsetof(suprsend_create_update_users_request_slack_item, as.slack_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_create_update_users_request_slack_item_desc = {
    { "create_update_users_request.$slack.item", suprsend_create_update_users_request_slack_item_Values, 4 }, suprsend_create_update_users_request_slack_item_Variants,
    NULL, sizeof(suprsend_create_update_users_request_slack_item), offsetof(suprsend_create_update_users_request_slack_item, kind), offsetof(suprsend_create_update_users_request_slack_item, other)
};

void suprsend_create_update_users_request_slack_item_free(suprsend_create_update_users_request_slack_item *obj)
{
    apic_value_free(&suprsend_create_update_users_request_slack_item_Type, obj);
}

int suprsend_create_update_users_request_slack_item_from_json(const char *json, size_t len, suprsend_create_update_users_request_slack_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_slack_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_slack_item *)value;
    return rc;
}

int suprsend_create_update_users_request_slack_item_to_json(const suprsend_create_update_users_request_slack_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_slack_item_Type, obj, out, err);
}

/* create_update_users_request.$ms_teams.item */
_Static_assert(sizeof(suprsend_create_update_users_request_ms_teams_item_kind) == sizeof(int), "union kinds are stored as int");
static const char *const suprsend_create_update_users_request_ms_teams_item_Values[] = {
    "ms_teams_using_conversation_id",
    "ms_teams_using_user_id",
    "ms_teams_using_incoming_webhook",
};
static const apic_variant suprsend_create_update_users_request_ms_teams_item_Variants[] = {
    {&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_Type, offsetof(suprsend_create_update_users_request_ms_teams_item, as.ms_teams_using_conversation_id), NULL, 0},
    {&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_Type, offsetof(suprsend_create_update_users_request_ms_teams_item, as.ms_teams_using_user_id), NULL, 0},
    {&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_Type, offsetof(suprsend_create_update_users_request_ms_teams_item, as.ms_teams_using_incoming_webhook), NULL, 0},
};
const apic_union_desc suprsend_create_update_users_request_ms_teams_item_desc = {
    { "create_update_users_request.$ms_teams.item", suprsend_create_update_users_request_ms_teams_item_Values, 3 }, suprsend_create_update_users_request_ms_teams_item_Variants,
    NULL, sizeof(suprsend_create_update_users_request_ms_teams_item), offsetof(suprsend_create_update_users_request_ms_teams_item, kind), offsetof(suprsend_create_update_users_request_ms_teams_item, other)
};

void suprsend_create_update_users_request_ms_teams_item_free(suprsend_create_update_users_request_ms_teams_item *obj)
{
    apic_value_free(&suprsend_create_update_users_request_ms_teams_item_Type, obj);
}

int suprsend_create_update_users_request_ms_teams_item_from_json(const char *json, size_t len, suprsend_create_update_users_request_ms_teams_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_ms_teams_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_ms_teams_item *)value;
    return rc;
}

int suprsend_create_update_users_request_ms_teams_item_to_json(const suprsend_create_update_users_request_ms_teams_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_ms_teams_item_Type, obj, out, err);
}
