/* Descriptors and entry points of SuprSend models. Generated; do not edit. */
#include "internal.h"

/* create_update_users_request.$slack.item.slack_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc = {
    "create_update_users_request.$slack.item.slack_using_incoming_webhook.incoming_webhook", sizeof(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook), suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_free(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_to_json(const suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* create_update_users_request.$ms_teams.item.ms_teams_using_conversation_id */
static const apic_field suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"conversation_id", 15, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id, conversation_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_desc = {
    "create_update_users_request.$ms_teams.item.ms_teams_using_conversation_id", sizeof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id), suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_desc_Fields, 3,
    offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_free(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_desc, obj);
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_from_json(const char *json, size_t len, suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id *)value;
    return rc;
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_to_json(const suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_conversation_id_Type, obj, out, err);
}

/* create_update_users_request.$ms_teams.item.ms_teams_using_user_id */
static const apic_field suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_desc = {
    "create_update_users_request.$ms_teams.item.ms_teams_using_user_id", sizeof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id), suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_desc_Fields, 3,
    offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_free(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_desc, obj);
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_from_json(const char *json, size_t len, suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id *)value;
    return rc;
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_to_json(const suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_user_id_Type, obj, out, err);
}

/* create_update_users_request.$ms_teams.item.ms_teams_using_incoming_webhook */
static const apic_field suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_desc = {
    "create_update_users_request.$ms_teams.item.ms_teams_using_incoming_webhook", sizeof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook), suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_free(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_desc, obj);
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_to_json(const suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_Type, obj, out, err);
}

/* create_update_users_request.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc = {
    "create_update_users_request.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook", sizeof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook), suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_free(suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_to_json(const suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* create_update_users_response */
static const apic_field suprsend_create_update_users_response_desc_Fields[] = {
    {"distinct_id", 11, 0, offsetof(suprsend_create_update_users_response, distinct_id), -1, -1, &apic_type_string},
    {"properties", 10, 0, offsetof(suprsend_create_update_users_response, properties), offsetof(suprsend_create_update_users_response, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_create_update_users_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_create_update_users_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"$<channel>", 10, 0, offsetof(suprsend_create_update_users_response, channel), offsetof(suprsend_create_update_users_response, has_channel), -1, &suprsend_create_update_users_response_channel_item_array_Type},
};
const apic_struct_desc suprsend_create_update_users_response_desc = {
    "create_update_users_response", sizeof(suprsend_create_update_users_response), suprsend_create_update_users_response_desc_Fields, 5,
    offsetof(suprsend_create_update_users_response, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_response_free(suprsend_create_update_users_response *obj)
{
    apic_struct_free(&suprsend_create_update_users_response_desc, obj);
}

int suprsend_create_update_users_response_from_json(const char *json, size_t len, suprsend_create_update_users_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_response_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_response *)value;
    return rc;
}

int suprsend_create_update_users_response_to_json(const suprsend_create_update_users_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_response_Type, obj, out, err);
}

/* create_update_users_response.$<channel>.item */
static const apic_field suprsend_create_update_users_response_channel_item_desc_Fields[] = {
    {"value", 5, 0, offsetof(suprsend_create_update_users_response_channel_item, value), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_create_update_users_response_channel_item, status), -1, -1, &apic_type_string},
    {"perma_status", 12, 0, offsetof(suprsend_create_update_users_response_channel_item, perma_status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_users_response_channel_item_desc = {
    "create_update_users_response.$<channel>.item", sizeof(suprsend_create_update_users_response_channel_item), suprsend_create_update_users_response_channel_item_desc_Fields, 3,
    offsetof(suprsend_create_update_users_response_channel_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_response_channel_item_free(suprsend_create_update_users_response_channel_item *obj)
{
    apic_struct_free(&suprsend_create_update_users_response_channel_item_desc, obj);
}

int suprsend_create_update_users_response_channel_item_from_json(const char *json, size_t len, suprsend_create_update_users_response_channel_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_response_channel_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_response_channel_item *)value;
    return rc;
}

int suprsend_create_update_users_response_channel_item_to_json(const suprsend_create_update_users_response_channel_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_response_channel_item_Type, obj, out, err);
}

/* edit_user_profile_request */
static const apic_field suprsend_edit_user_profile_request_desc_Fields[] = {
    {"operations", 10, 0, offsetof(suprsend_edit_user_profile_request, operations), offsetof(suprsend_edit_user_profile_request, has_operations), -1, &suprsend_edit_user_profile_request_operations_item_array_Type},
};
const apic_struct_desc suprsend_edit_user_profile_request_desc = {
    "edit_user_profile_request", sizeof(suprsend_edit_user_profile_request), suprsend_edit_user_profile_request_desc_Fields, 1,
    offsetof(suprsend_edit_user_profile_request, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_user_profile_request_free(suprsend_edit_user_profile_request *obj)
{
    apic_struct_free(&suprsend_edit_user_profile_request_desc, obj);
}

int suprsend_edit_user_profile_request_from_json(const char *json, size_t len, suprsend_edit_user_profile_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_user_profile_request_Type, json, len, &value, err);
    *out = (suprsend_edit_user_profile_request *)value;
    return rc;
}

int suprsend_edit_user_profile_request_to_json(const suprsend_edit_user_profile_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_user_profile_request_Type, obj, out, err);
}

/* edit_user_profile_request.operations.item */
static const apic_field suprsend_edit_user_profile_request_operations_item_desc_Fields[] = {
    {"$set", 4, 0, offsetof(suprsend_edit_user_profile_request_operations_item, set), offsetof(suprsend_edit_user_profile_request_operations_item, has_set), -1, &suprsend_string_map_Type},
    {"$unset", 6, 0, offsetof(suprsend_edit_user_profile_request_operations_item, unset), offsetof(suprsend_edit_user_profile_request_operations_item, has_unset), -1, &suprsend_string_array_Type},
    {"$append", 7, 0, offsetof(suprsend_edit_user_profile_request_operations_item, append), offsetof(suprsend_edit_user_profile_request_operations_item, has_append), -1, &suprsend_string_map_Type},
    {"$remove", 7, 0, offsetof(suprsend_edit_user_profile_request_operations_item, remove), offsetof(suprsend_edit_user_profile_request_operations_item, has_remove), -1, &suprsend_string_map_Type},
    {"$set_once", 9, 0, offsetof(suprsend_edit_user_profile_request_operations_item, set_once), offsetof(suprsend_edit_user_profile_request_operations_item, has_set_once), -1, &suprsend_string_map_Type},
    {"$increment", 10, 0, offsetof(suprsend_edit_user_profile_request_operations_item, increment), offsetof(suprsend_edit_user_profile_request_operations_item, has_increment), -1, &suprsend_string_map_Type},
};
const apic_struct_desc suprsend_edit_user_profile_request_operations_item_desc = {
    "edit_user_profile_request.operations.item", sizeof(suprsend_edit_user_profile_request_operations_item), suprsend_edit_user_profile_request_operations_item_desc_Fields, 6,
    offsetof(suprsend_edit_user_profile_request_operations_item, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_user_profile_request_operations_item_free(suprsend_edit_user_profile_request_operations_item *obj)
{
    apic_struct_free(&suprsend_edit_user_profile_request_operations_item_desc, obj);
}

int suprsend_edit_user_profile_request_operations_item_from_json(const char *json, size_t len, suprsend_edit_user_profile_request_operations_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_user_profile_request_operations_item_Type, json, len, &value, err);
    *out = (suprsend_edit_user_profile_request_operations_item *)value;
    return rc;
}

int suprsend_edit_user_profile_request_operations_item_to_json(const suprsend_edit_user_profile_request_operations_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_user_profile_request_operations_item_Type, obj, out, err);
}

/* edit_user_profile_response */
static const apic_field suprsend_edit_user_profile_response_desc_Fields[] = {
    {"distinct_id", 11, 0, offsetof(suprsend_edit_user_profile_response, distinct_id), -1, -1, &apic_type_string},
    {"properties", 10, 0, offsetof(suprsend_edit_user_profile_response, properties), offsetof(suprsend_edit_user_profile_response, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_edit_user_profile_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_edit_user_profile_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"$<channel>", 10, 0, offsetof(suprsend_edit_user_profile_response, channel), offsetof(suprsend_edit_user_profile_response, has_channel), -1, &suprsend_edit_user_profile_response_channel_item_array_Type},
};
const apic_struct_desc suprsend_edit_user_profile_response_desc = {
    "edit_user_profile_response", sizeof(suprsend_edit_user_profile_response), suprsend_edit_user_profile_response_desc_Fields, 5,
    offsetof(suprsend_edit_user_profile_response, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_user_profile_response_free(suprsend_edit_user_profile_response *obj)
{
    apic_struct_free(&suprsend_edit_user_profile_response_desc, obj);
}

int suprsend_edit_user_profile_response_from_json(const char *json, size_t len, suprsend_edit_user_profile_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_user_profile_response_Type, json, len, &value, err);
    *out = (suprsend_edit_user_profile_response *)value;
    return rc;
}

int suprsend_edit_user_profile_response_to_json(const suprsend_edit_user_profile_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_user_profile_response_Type, obj, out, err);
}

/* edit_user_profile_response.$<channel>.item */
static const apic_field suprsend_edit_user_profile_response_channel_item_desc_Fields[] = {
    {"value", 5, 0, offsetof(suprsend_edit_user_profile_response_channel_item, value), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_edit_user_profile_response_channel_item, status), -1, -1, &apic_type_string},
    {"perma_status", 12, 0, offsetof(suprsend_edit_user_profile_response_channel_item, perma_status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_edit_user_profile_response_channel_item_desc = {
    "edit_user_profile_response.$<channel>.item", sizeof(suprsend_edit_user_profile_response_channel_item), suprsend_edit_user_profile_response_channel_item_desc_Fields, 3,
    offsetof(suprsend_edit_user_profile_response_channel_item, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_user_profile_response_channel_item_free(suprsend_edit_user_profile_response_channel_item *obj)
{
    apic_struct_free(&suprsend_edit_user_profile_response_channel_item_desc, obj);
}

int suprsend_edit_user_profile_response_channel_item_from_json(const char *json, size_t len, suprsend_edit_user_profile_response_channel_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_user_profile_response_channel_item_Type, json, len, &value, err);
    *out = (suprsend_edit_user_profile_response_channel_item *)value;
    return rc;
}

int suprsend_edit_user_profile_response_channel_item_to_json(const suprsend_edit_user_profile_response_channel_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_user_profile_response_channel_item_Type, obj, out, err);
}

/* list_users_response */
static const apic_field suprsend_list_users_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_users_response, meta), -1, -1, &suprsend_list_users_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_users_response, results), offsetof(suprsend_list_users_response, has_results), -1, &suprsend_list_users_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_users_response_desc = {
    "list_users_response", sizeof(suprsend_list_users_response), suprsend_list_users_response_desc_Fields, 2,
    offsetof(suprsend_list_users_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_users_response_free(suprsend_list_users_response *obj)
{
    apic_struct_free(&suprsend_list_users_response_desc, obj);
}

int suprsend_list_users_response_from_json(const char *json, size_t len, suprsend_list_users_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_users_response_Type, json, len, &value, err);
    *out = (suprsend_list_users_response *)value;
    return rc;
}

int suprsend_list_users_response_to_json(const suprsend_list_users_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_users_response_Type, obj, out, err);
}

/* list_users_response.meta */
static const apic_field suprsend_list_users_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_users_response_meta, count), offsetof(suprsend_list_users_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_users_response_meta, limit), offsetof(suprsend_list_users_response_meta, has_limit), -1, &apic_type_int64},
    {"has_prev", 8, 0, offsetof(suprsend_list_users_response_meta, has_prev), offsetof(suprsend_list_users_response_meta, has_has_prev), -1, &apic_type_bool},
    {"before", 6, APIC_F_NULLABLE, offsetof(suprsend_list_users_response_meta, before), -1, offsetof(suprsend_list_users_response_meta, before_is_null), &apic_type_string},
    {"has_next", 8, 0, offsetof(suprsend_list_users_response_meta, has_next), offsetof(suprsend_list_users_response_meta, has_has_next), -1, &apic_type_bool},
    {"after", 5, 0, offsetof(suprsend_list_users_response_meta, after), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_list_users_response_meta_desc = {
    "list_users_response.meta", sizeof(suprsend_list_users_response_meta), suprsend_list_users_response_meta_desc_Fields, 6,
    offsetof(suprsend_list_users_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_users_response_meta_free(suprsend_list_users_response_meta *obj)
{
    apic_struct_free(&suprsend_list_users_response_meta_desc, obj);
}

int suprsend_list_users_response_meta_from_json(const char *json, size_t len, suprsend_list_users_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_users_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_users_response_meta *)value;
    return rc;
}

int suprsend_list_users_response_meta_to_json(const suprsend_list_users_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_users_response_meta_Type, obj, out, err);
}

/* list_users_response.results.item */
static const apic_field suprsend_list_users_response_results_item_desc_Fields[] = {
    {"distinct_id", 11, 0, offsetof(suprsend_list_users_response_results_item, distinct_id), -1, -1, &apic_type_string},
    {"properties", 10, 0, offsetof(suprsend_list_users_response_results_item, properties), offsetof(suprsend_list_users_response_results_item, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_list_users_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_list_users_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_list_users_response_results_item_desc = {
    "list_users_response.results.item", sizeof(suprsend_list_users_response_results_item), suprsend_list_users_response_results_item_desc_Fields, 4,
    offsetof(suprsend_list_users_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_users_response_results_item_free(suprsend_list_users_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_users_response_results_item_desc, obj);
}

int suprsend_list_users_response_results_item_from_json(const char *json, size_t len, suprsend_list_users_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_users_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_users_response_results_item *)value;
    return rc;
}

int suprsend_list_users_response_results_item_to_json(const suprsend_list_users_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_users_response_results_item_Type, obj, out, err);
}

/* merge_users_request */
static const apic_field suprsend_merge_users_request_desc_Fields[] = {
    {"from_user_id", 12, 0, offsetof(suprsend_merge_users_request, from_user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_merge_users_request_desc = {
    "merge_users_request", sizeof(suprsend_merge_users_request), suprsend_merge_users_request_desc_Fields, 1,
    offsetof(suprsend_merge_users_request, unknown_fields),
    -1,
    NULL
};

void suprsend_merge_users_request_free(suprsend_merge_users_request *obj)
{
    apic_struct_free(&suprsend_merge_users_request_desc, obj);
}

int suprsend_merge_users_request_from_json(const char *json, size_t len, suprsend_merge_users_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_merge_users_request_Type, json, len, &value, err);
    *out = (suprsend_merge_users_request *)value;
    return rc;
}

int suprsend_merge_users_request_to_json(const suprsend_merge_users_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_merge_users_request_Type, obj, out, err);
}

/* fetch_user_object_subscriptions_response */
static const apic_field suprsend_fetch_user_object_subscriptions_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_fetch_user_object_subscriptions_response, meta), -1, -1, &suprsend_fetch_user_object_subscriptions_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_fetch_user_object_subscriptions_response, results), offsetof(suprsend_fetch_user_object_subscriptions_response, has_results), -1, &suprsend_fetch_user_object_subscriptions_response_results_item_array_Type},
};
const apic_struct_desc suprsend_fetch_user_object_subscriptions_response_desc = {
    "fetch_user_object_subscriptions_response", sizeof(suprsend_fetch_user_object_subscriptions_response), suprsend_fetch_user_object_subscriptions_response_desc_Fields, 2,
    offsetof(suprsend_fetch_user_object_subscriptions_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_object_subscriptions_response_free(suprsend_fetch_user_object_subscriptions_response *obj)
{
    apic_struct_free(&suprsend_fetch_user_object_subscriptions_response_desc, obj);
}

int suprsend_fetch_user_object_subscriptions_response_from_json(const char *json, size_t len, suprsend_fetch_user_object_subscriptions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_object_subscriptions_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_object_subscriptions_response *)value;
    return rc;
}

int suprsend_fetch_user_object_subscriptions_response_to_json(const suprsend_fetch_user_object_subscriptions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_object_subscriptions_response_Type, obj, out, err);
}

/* fetch_user_object_subscriptions_response.meta */
static const apic_field suprsend_fetch_user_object_subscriptions_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, count), offsetof(suprsend_fetch_user_object_subscriptions_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, limit), offsetof(suprsend_fetch_user_object_subscriptions_response_meta, has_limit), -1, &apic_type_int64},
    {"has_prev", 8, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, has_prev), offsetof(suprsend_fetch_user_object_subscriptions_response_meta, has_has_prev), -1, &apic_type_bool},
    {"before", 6, APIC_F_NULLABLE, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, before), -1, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, before_is_null), &apic_type_string},
    {"has_next", 8, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, has_next), offsetof(suprsend_fetch_user_object_subscriptions_response_meta, has_has_next), -1, &apic_type_bool},
    {"after", 5, APIC_F_NULLABLE, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, after), -1, offsetof(suprsend_fetch_user_object_subscriptions_response_meta, after_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_fetch_user_object_subscriptions_response_meta_desc = {
    "fetch_user_object_subscriptions_response.meta", sizeof(suprsend_fetch_user_object_subscriptions_response_meta), suprsend_fetch_user_object_subscriptions_response_meta_desc_Fields, 6,
    offsetof(suprsend_fetch_user_object_subscriptions_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_object_subscriptions_response_meta_free(suprsend_fetch_user_object_subscriptions_response_meta *obj)
{
    apic_struct_free(&suprsend_fetch_user_object_subscriptions_response_meta_desc, obj);
}

int suprsend_fetch_user_object_subscriptions_response_meta_from_json(const char *json, size_t len, suprsend_fetch_user_object_subscriptions_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_object_subscriptions_response_meta_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_object_subscriptions_response_meta *)value;
    return rc;
}

int suprsend_fetch_user_object_subscriptions_response_meta_to_json(const suprsend_fetch_user_object_subscriptions_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_object_subscriptions_response_meta_Type, obj, out, err);
}

/* fetch_user_object_subscriptions_response.results.item */
static const apic_field suprsend_fetch_user_object_subscriptions_response_results_item_desc_Fields[] = {
    {"properties", 10, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item, properties), offsetof(suprsend_fetch_user_object_subscriptions_response_results_item, has_properties), -1, &apic_type_json_map},
    {"object", 6, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item, object), -1, -1, &suprsend_fetch_user_object_subscriptions_response_results_item_object_Type},
    {"created_at", 10, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_fetch_user_object_subscriptions_response_results_item_desc = {
    "fetch_user_object_subscriptions_response.results.item", sizeof(suprsend_fetch_user_object_subscriptions_response_results_item), suprsend_fetch_user_object_subscriptions_response_results_item_desc_Fields, 4,
    offsetof(suprsend_fetch_user_object_subscriptions_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_object_subscriptions_response_results_item_free(suprsend_fetch_user_object_subscriptions_response_results_item *obj)
{
    apic_struct_free(&suprsend_fetch_user_object_subscriptions_response_results_item_desc, obj);
}

int suprsend_fetch_user_object_subscriptions_response_results_item_from_json(const char *json, size_t len, suprsend_fetch_user_object_subscriptions_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_object_subscriptions_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_object_subscriptions_response_results_item *)value;
    return rc;
}

int suprsend_fetch_user_object_subscriptions_response_results_item_to_json(const suprsend_fetch_user_object_subscriptions_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_object_subscriptions_response_results_item_Type, obj, out, err);
}

/* fetch_user_object_subscriptions_response.results.item.object */
static const apic_field suprsend_fetch_user_object_subscriptions_response_results_item_object_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, object_type), -1, -1, &apic_type_string},
    {"properties", 10, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, properties), offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, has_properties), -1, &apic_type_json_map},
    {"subscriptions_count", 19, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, subscriptions_count), offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, has_subscriptions_count), -1, &apic_type_int64},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_fetch_user_object_subscriptions_response_results_item_object_desc = {
    "fetch_user_object_subscriptions_response.results.item.object", sizeof(suprsend_fetch_user_object_subscriptions_response_results_item_object), suprsend_fetch_user_object_subscriptions_response_results_item_object_desc_Fields, 5,
    offsetof(suprsend_fetch_user_object_subscriptions_response_results_item_object, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_object_subscriptions_response_results_item_object_free(suprsend_fetch_user_object_subscriptions_response_results_item_object *obj)
{
    apic_struct_free(&suprsend_fetch_user_object_subscriptions_response_results_item_object_desc, obj);
}

int suprsend_fetch_user_object_subscriptions_response_results_item_object_from_json(const char *json, size_t len, suprsend_fetch_user_object_subscriptions_response_results_item_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_object_subscriptions_response_results_item_object_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_object_subscriptions_response_results_item_object *)value;
    return rc;
}

int suprsend_fetch_user_object_subscriptions_response_results_item_object_to_json(const suprsend_fetch_user_object_subscriptions_response_results_item_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_object_subscriptions_response_results_item_object_Type, obj, out, err);
}

/* fetch_user_list_subscriptions_response */
static const apic_field suprsend_fetch_user_list_subscriptions_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_fetch_user_list_subscriptions_response, meta), -1, -1, &suprsend_fetch_user_list_subscriptions_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_fetch_user_list_subscriptions_response, results), offsetof(suprsend_fetch_user_list_subscriptions_response, has_results), -1, &suprsend_fetch_user_list_subscriptions_response_results_item_array_Type},
};
const apic_struct_desc suprsend_fetch_user_list_subscriptions_response_desc = {
    "fetch_user_list_subscriptions_response", sizeof(suprsend_fetch_user_list_subscriptions_response), suprsend_fetch_user_list_subscriptions_response_desc_Fields, 2,
    offsetof(suprsend_fetch_user_list_subscriptions_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_list_subscriptions_response_free(suprsend_fetch_user_list_subscriptions_response *obj)
{
    apic_struct_free(&suprsend_fetch_user_list_subscriptions_response_desc, obj);
}

int suprsend_fetch_user_list_subscriptions_response_from_json(const char *json, size_t len, suprsend_fetch_user_list_subscriptions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_list_subscriptions_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_list_subscriptions_response *)value;
    return rc;
}

int suprsend_fetch_user_list_subscriptions_response_to_json(const suprsend_fetch_user_list_subscriptions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_list_subscriptions_response_Type, obj, out, err);
}

/* fetch_user_list_subscriptions_response.meta */
static const apic_field suprsend_fetch_user_list_subscriptions_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, count), offsetof(suprsend_fetch_user_list_subscriptions_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, limit), offsetof(suprsend_fetch_user_list_subscriptions_response_meta, has_limit), -1, &apic_type_int64},
    {"has_prev", 8, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, has_prev), offsetof(suprsend_fetch_user_list_subscriptions_response_meta, has_has_prev), -1, &apic_type_bool},
    {"before", 6, APIC_F_NULLABLE, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, before), -1, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, before_is_null), &apic_type_string},
    {"has_next", 8, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, has_next), offsetof(suprsend_fetch_user_list_subscriptions_response_meta, has_has_next), -1, &apic_type_bool},
    {"after", 5, APIC_F_NULLABLE, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, after), -1, offsetof(suprsend_fetch_user_list_subscriptions_response_meta, after_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_fetch_user_list_subscriptions_response_meta_desc = {
    "fetch_user_list_subscriptions_response.meta", sizeof(suprsend_fetch_user_list_subscriptions_response_meta), suprsend_fetch_user_list_subscriptions_response_meta_desc_Fields, 6,
    offsetof(suprsend_fetch_user_list_subscriptions_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_list_subscriptions_response_meta_free(suprsend_fetch_user_list_subscriptions_response_meta *obj)
{
    apic_struct_free(&suprsend_fetch_user_list_subscriptions_response_meta_desc, obj);
}

int suprsend_fetch_user_list_subscriptions_response_meta_from_json(const char *json, size_t len, suprsend_fetch_user_list_subscriptions_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_list_subscriptions_response_meta_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_list_subscriptions_response_meta *)value;
    return rc;
}

int suprsend_fetch_user_list_subscriptions_response_meta_to_json(const suprsend_fetch_user_list_subscriptions_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_list_subscriptions_response_meta_Type, obj, out, err);
}

/* fetch_user_list_subscriptions_response.results.item */
static const apic_field suprsend_fetch_user_list_subscriptions_response_results_item_desc_Fields[] = {
    {"list", 4, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item, list), -1, -1, &suprsend_fetch_user_list_subscriptions_response_results_item_list_Type},
    {"created_at", 10, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_fetch_user_list_subscriptions_response_results_item_desc = {
    "fetch_user_list_subscriptions_response.results.item", sizeof(suprsend_fetch_user_list_subscriptions_response_results_item), suprsend_fetch_user_list_subscriptions_response_results_item_desc_Fields, 2,
    offsetof(suprsend_fetch_user_list_subscriptions_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_list_subscriptions_response_results_item_free(suprsend_fetch_user_list_subscriptions_response_results_item *obj)
{
    apic_struct_free(&suprsend_fetch_user_list_subscriptions_response_results_item_desc, obj);
}

int suprsend_fetch_user_list_subscriptions_response_results_item_from_json(const char *json, size_t len, suprsend_fetch_user_list_subscriptions_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_list_subscriptions_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_list_subscriptions_response_results_item *)value;
    return rc;
}

int suprsend_fetch_user_list_subscriptions_response_results_item_to_json(const suprsend_fetch_user_list_subscriptions_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_list_subscriptions_response_results_item_Type, obj, out, err);
}

/* fetch_user_list_subscriptions_response.results.item.list */
static const apic_field suprsend_fetch_user_list_subscriptions_response_results_item_list_desc_Fields[] = {
    {"list_id", 7, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, list_id), -1, -1, &apic_type_string},
    {"list_name", 9, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, list_name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, description), -1, -1, &apic_type_string},
    {"list_type", 9, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, list_type), -1, -1, &apic_type_string},
    {"source", 6, APIC_F_NULLABLE, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, source), -1, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, source_is_null), &apic_type_string},
    {"subscribers_count", 17, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, subscribers_count), offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, has_subscribers_count), -1, &apic_type_int64},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_fetch_user_list_subscriptions_response_results_item_list_desc = {
    "fetch_user_list_subscriptions_response.results.item.list", sizeof(suprsend_fetch_user_list_subscriptions_response_results_item_list), suprsend_fetch_user_list_subscriptions_response_results_item_list_desc_Fields, 7,
    offsetof(suprsend_fetch_user_list_subscriptions_response_results_item_list, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_list_subscriptions_response_results_item_list_free(suprsend_fetch_user_list_subscriptions_response_results_item_list *obj)
{
    apic_struct_free(&suprsend_fetch_user_list_subscriptions_response_results_item_list_desc, obj);
}

int suprsend_fetch_user_list_subscriptions_response_results_item_list_from_json(const char *json, size_t len, suprsend_fetch_user_list_subscriptions_response_results_item_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_list_subscriptions_response_results_item_list_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_list_subscriptions_response_results_item_list *)value;
    return rc;
}

int suprsend_fetch_user_list_subscriptions_response_results_item_list_to_json(const suprsend_fetch_user_list_subscriptions_response_results_item_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_list_subscriptions_response_results_item_list_Type, obj, out, err);
}

/* fetch_object_subscriptions_response */
static const apic_field suprsend_fetch_object_subscriptions_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_fetch_object_subscriptions_response, meta), -1, -1, &suprsend_fetch_object_subscriptions_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_fetch_object_subscriptions_response, results), offsetof(suprsend_fetch_object_subscriptions_response, has_results), -1, &suprsend_fetch_object_subscriptions_response_results_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_subscriptions_response_desc = {
    "fetch_object_subscriptions_response", sizeof(suprsend_fetch_object_subscriptions_response), suprsend_fetch_object_subscriptions_response_desc_Fields, 2,
    offsetof(suprsend_fetch_object_subscriptions_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_subscriptions_response_free(suprsend_fetch_object_subscriptions_response *obj)
{
    apic_struct_free(&suprsend_fetch_object_subscriptions_response_desc, obj);
}

int suprsend_fetch_object_subscriptions_response_from_json(const char *json, size_t len, suprsend_fetch_object_subscriptions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_subscriptions_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_subscriptions_response *)value;
    return rc;
}

int suprsend_fetch_object_subscriptions_response_to_json(const suprsend_fetch_object_subscriptions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_subscriptions_response_Type, obj, out, err);
}

/* fetch_object_subscriptions_response.meta */
static const apic_field suprsend_fetch_object_subscriptions_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_fetch_object_subscriptions_response_meta, count), offsetof(suprsend_fetch_object_subscriptions_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_fetch_object_subscriptions_response_meta, limit), offsetof(suprsend_fetch_object_subscriptions_response_meta, has_limit), -1, &apic_type_int64},
    {"has_prev", 8, 0, offsetof(suprsend_fetch_object_subscriptions_response_meta, has_prev), offsetof(suprsend_fetch_object_subscriptions_response_meta, has_has_prev), -1, &apic_type_bool},
    {"before", 6, 0, offsetof(suprsend_fetch_object_subscriptions_response_meta, before), -1, -1, &apic_type_string},
    {"has_next", 8, 0, offsetof(suprsend_fetch_object_subscriptions_response_meta, has_next), offsetof(suprsend_fetch_object_subscriptions_response_meta, has_has_next), -1, &apic_type_bool},
    {"after", 5, 0, offsetof(suprsend_fetch_object_subscriptions_response_meta, after), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_object_subscriptions_response_meta_desc = {
    "fetch_object_subscriptions_response.meta", sizeof(suprsend_fetch_object_subscriptions_response_meta), suprsend_fetch_object_subscriptions_response_meta_desc_Fields, 6,
    offsetof(suprsend_fetch_object_subscriptions_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_subscriptions_response_meta_free(suprsend_fetch_object_subscriptions_response_meta *obj)
{
    apic_struct_free(&suprsend_fetch_object_subscriptions_response_meta_desc, obj);
}

int suprsend_fetch_object_subscriptions_response_meta_from_json(const char *json, size_t len, suprsend_fetch_object_subscriptions_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_subscriptions_response_meta_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_subscriptions_response_meta *)value;
    return rc;
}

int suprsend_fetch_object_subscriptions_response_meta_to_json(const suprsend_fetch_object_subscriptions_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_subscriptions_response_meta_Type, obj, out, err);
}

/* fetch_object_subscriptions_response.results.item */
static const apic_field suprsend_fetch_object_subscriptions_response_results_item_desc_Fields[] = {
    {"properties", 10, 0, offsetof(suprsend_fetch_object_subscriptions_response_results_item, properties), offsetof(suprsend_fetch_object_subscriptions_response_results_item, has_properties), -1, &apic_type_json_map},
    {"object", 6, 0, offsetof(suprsend_fetch_object_subscriptions_response_results_item, object), offsetof(suprsend_fetch_object_subscriptions_response_results_item, has_object), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_fetch_object_subscriptions_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_object_subscriptions_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_fetch_object_subscriptions_response_results_item_desc = {
    "fetch_object_subscriptions_response.results.item", sizeof(suprsend_fetch_object_subscriptions_response_results_item), suprsend_fetch_object_subscriptions_response_results_item_desc_Fields, 4,
    offsetof(suprsend_fetch_object_subscriptions_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_subscriptions_response_results_item_free(suprsend_fetch_object_subscriptions_response_results_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_subscriptions_response_results_item_desc, obj);
}

int suprsend_fetch_object_subscriptions_response_results_item_from_json(const char *json, size_t len, suprsend_fetch_object_subscriptions_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_subscriptions_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_subscriptions_response_results_item *)value;
    return rc;
}

int suprsend_fetch_object_subscriptions_response_results_item_to_json(const suprsend_fetch_object_subscriptions_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_subscriptions_response_results_item_Type, obj, out, err);
}

/* list_messages_response */
static const apic_field suprsend_list_messages_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_messages_response, meta), -1, -1, &suprsend_cursor_pagination_Type},
    {"results", 7, 0, offsetof(suprsend_list_messages_response, results), offsetof(suprsend_list_messages_response, has_results), -1, &suprsend_message_response_array_Type},
};
const apic_struct_desc suprsend_list_messages_response_desc = {
    "list_messages_response", sizeof(suprsend_list_messages_response), suprsend_list_messages_response_desc_Fields, 2,
    offsetof(suprsend_list_messages_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_messages_response_free(suprsend_list_messages_response *obj)
{
    apic_struct_free(&suprsend_list_messages_response_desc, obj);
}

int suprsend_list_messages_response_from_json(const char *json, size_t len, suprsend_list_messages_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_messages_response_Type, json, len, &value, err);
    *out = (suprsend_list_messages_response *)value;
    return rc;
}

int suprsend_list_messages_response_to_json(const suprsend_list_messages_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_messages_response_Type, obj, out, err);
}

/* bulk_update_messages_request */
static const apic_field suprsend_bulk_update_messages_request_desc_Fields[] = {
    {"messages", 8, APIC_F_REQUIRED, offsetof(suprsend_bulk_update_messages_request, messages), -1, -1, &suprsend_bulk_update_messages_request_messages_item_array_Type},
};
const apic_struct_desc suprsend_bulk_update_messages_request_desc = {
    "bulk_update_messages_request", sizeof(suprsend_bulk_update_messages_request), suprsend_bulk_update_messages_request_desc_Fields, 1,
    offsetof(suprsend_bulk_update_messages_request, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_update_messages_request_free(suprsend_bulk_update_messages_request *obj)
{
    apic_struct_free(&suprsend_bulk_update_messages_request_desc, obj);
}

int suprsend_bulk_update_messages_request_from_json(const char *json, size_t len, suprsend_bulk_update_messages_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_update_messages_request_Type, json, len, &value, err);
    *out = (suprsend_bulk_update_messages_request *)value;
    return rc;
}

int suprsend_bulk_update_messages_request_to_json(const suprsend_bulk_update_messages_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_update_messages_request_Type, obj, out, err);
}

/* bulk_update_messages_request.messages.item */
static const apic_field suprsend_bulk_update_messages_request_messages_item_desc_Fields[] = {
    {"message_id", 10, APIC_F_REQUIRED, offsetof(suprsend_bulk_update_messages_request_messages_item, message_id), -1, -1, &apic_type_string},
    {"action", 6, APIC_F_REQUIRED, offsetof(suprsend_bulk_update_messages_request_messages_item, action), -1, -1, &suprsend_bulk_update_messages_request_messages_item_action_Type},
};
const apic_struct_desc suprsend_bulk_update_messages_request_messages_item_desc = {
    "bulk_update_messages_request.messages.item", sizeof(suprsend_bulk_update_messages_request_messages_item), suprsend_bulk_update_messages_request_messages_item_desc_Fields, 2,
    offsetof(suprsend_bulk_update_messages_request_messages_item, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_update_messages_request_messages_item_free(suprsend_bulk_update_messages_request_messages_item *obj)
{
    apic_struct_free(&suprsend_bulk_update_messages_request_messages_item_desc, obj);
}

int suprsend_bulk_update_messages_request_messages_item_from_json(const char *json, size_t len, suprsend_bulk_update_messages_request_messages_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_update_messages_request_messages_item_Type, json, len, &value, err);
    *out = (suprsend_bulk_update_messages_request_messages_item *)value;
    return rc;
}

int suprsend_bulk_update_messages_request_messages_item_to_json(const suprsend_bulk_update_messages_request_messages_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_update_messages_request_messages_item_Type, obj, out, err);
}

/* bulk_update_messages_response */
static const apic_field suprsend_bulk_update_messages_response_desc_Fields[] = {
    {"records", 7, 0, offsetof(suprsend_bulk_update_messages_response, records), offsetof(suprsend_bulk_update_messages_response, has_records), -1, &suprsend_bulk_patch_item_result_array_Type},
};
const apic_struct_desc suprsend_bulk_update_messages_response_desc = {
    "bulk_update_messages_response", sizeof(suprsend_bulk_update_messages_response), suprsend_bulk_update_messages_response_desc_Fields, 1,
    offsetof(suprsend_bulk_update_messages_response, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_update_messages_response_free(suprsend_bulk_update_messages_response *obj)
{
    apic_struct_free(&suprsend_bulk_update_messages_response_desc, obj);
}

int suprsend_bulk_update_messages_response_from_json(const char *json, size_t len, suprsend_bulk_update_messages_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_update_messages_response_Type, json, len, &value, err);
    *out = (suprsend_bulk_update_messages_response *)value;
    return rc;
}

int suprsend_bulk_update_messages_response_to_json(const suprsend_bulk_update_messages_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_update_messages_response_Type, obj, out, err);
}

/* list_workflows_response */
static const apic_field suprsend_list_workflows_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_workflows_response, meta), -1, -1, &suprsend_list_workflows_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_workflows_response, results), offsetof(suprsend_list_workflows_response, has_results), -1, &suprsend_workflow_array_Type},
};
const apic_struct_desc suprsend_list_workflows_response_desc = {
    "list_workflows_response", sizeof(suprsend_list_workflows_response), suprsend_list_workflows_response_desc_Fields, 2,
    offsetof(suprsend_list_workflows_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_workflows_response_free(suprsend_list_workflows_response *obj)
{
    apic_struct_free(&suprsend_list_workflows_response_desc, obj);
}

int suprsend_list_workflows_response_from_json(const char *json, size_t len, suprsend_list_workflows_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_workflows_response_Type, json, len, &value, err);
    *out = (suprsend_list_workflows_response *)value;
    return rc;
}

int suprsend_list_workflows_response_to_json(const suprsend_list_workflows_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_workflows_response_Type, obj, out, err);
}

/* list_workflows_response.meta */
static const apic_field suprsend_list_workflows_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_workflows_response_meta, count), offsetof(suprsend_list_workflows_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_workflows_response_meta, limit), offsetof(suprsend_list_workflows_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_workflows_response_meta, offset), offsetof(suprsend_list_workflows_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_workflows_response_meta_desc = {
    "list_workflows_response.meta", sizeof(suprsend_list_workflows_response_meta), suprsend_list_workflows_response_meta_desc_Fields, 3,
    offsetof(suprsend_list_workflows_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_workflows_response_meta_free(suprsend_list_workflows_response_meta *obj)
{
    apic_struct_free(&suprsend_list_workflows_response_meta_desc, obj);
}

int suprsend_list_workflows_response_meta_from_json(const char *json, size_t len, suprsend_list_workflows_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_workflows_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_workflows_response_meta *)value;
    return rc;
}

int suprsend_list_workflows_response_meta_to_json(const suprsend_list_workflows_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_workflows_response_meta_Type, obj, out, err);
}

/* upsert_workflow_response */
static const apic_field suprsend_upsert_workflow_response_desc_Fields[] = {
    {"validation_result", 17, 0, offsetof(suprsend_upsert_workflow_response, validation_result), -1, -1, &suprsend_upsert_workflow_response_validation_result_Type},
};
const apic_struct_desc suprsend_upsert_workflow_response_desc = {
    "upsert_workflow_response", sizeof(suprsend_upsert_workflow_response), suprsend_upsert_workflow_response_desc_Fields, 1,
    offsetof(suprsend_upsert_workflow_response, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_workflow_response_free(suprsend_upsert_workflow_response *obj)
{
    apic_struct_free(&suprsend_upsert_workflow_response_desc, obj);
}

int suprsend_upsert_workflow_response_from_json(const char *json, size_t len, suprsend_upsert_workflow_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_workflow_response_Type, json, len, &value, err);
    *out = (suprsend_upsert_workflow_response *)value;
    return rc;
}

int suprsend_upsert_workflow_response_to_json(const suprsend_upsert_workflow_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_workflow_response_Type, obj, out, err);
}

/* upsert_workflow_response.validation_result */
static const apic_field suprsend_upsert_workflow_response_validation_result_desc_Fields[] = {
    {"is_valid", 8, 0, offsetof(suprsend_upsert_workflow_response_validation_result, is_valid), offsetof(suprsend_upsert_workflow_response_validation_result, has_is_valid), -1, &apic_type_bool},
    {"errors", 6, 0, offsetof(suprsend_upsert_workflow_response_validation_result, errors), offsetof(suprsend_upsert_workflow_response_validation_result, has_errors), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_upsert_workflow_response_validation_result_desc = {
    "upsert_workflow_response.validation_result", sizeof(suprsend_upsert_workflow_response_validation_result), suprsend_upsert_workflow_response_validation_result_desc_Fields, 2,
    offsetof(suprsend_upsert_workflow_response_validation_result, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_workflow_response_validation_result_free(suprsend_upsert_workflow_response_validation_result *obj)
{
    apic_struct_free(&suprsend_upsert_workflow_response_validation_result_desc, obj);
}

int suprsend_upsert_workflow_response_validation_result_from_json(const char *json, size_t len, suprsend_upsert_workflow_response_validation_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_workflow_response_validation_result_Type, json, len, &value, err);
    *out = (suprsend_upsert_workflow_response_validation_result *)value;
    return rc;
}

int suprsend_upsert_workflow_response_validation_result_to_json(const suprsend_upsert_workflow_response_validation_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_workflow_response_validation_result_Type, obj, out, err);
}

/* toggle_workflow_request */
static const apic_field suprsend_toggle_workflow_request_desc_Fields[] = {
    {"is_enabled", 10, APIC_F_REQUIRED, offsetof(suprsend_toggle_workflow_request, is_enabled), -1, -1, &apic_type_bool},
};
const apic_struct_desc suprsend_toggle_workflow_request_desc = {
    "toggle_workflow_request", sizeof(suprsend_toggle_workflow_request), suprsend_toggle_workflow_request_desc_Fields, 1,
    offsetof(suprsend_toggle_workflow_request, unknown_fields),
    -1,
    NULL
};

void suprsend_toggle_workflow_request_free(suprsend_toggle_workflow_request *obj)
{
    apic_struct_free(&suprsend_toggle_workflow_request_desc, obj);
}

int suprsend_toggle_workflow_request_from_json(const char *json, size_t len, suprsend_toggle_workflow_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_toggle_workflow_request_Type, json, len, &value, err);
    *out = (suprsend_toggle_workflow_request *)value;
    return rc;
}

int suprsend_toggle_workflow_request_to_json(const suprsend_toggle_workflow_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_toggle_workflow_request_Type, obj, out, err);
}

/* list_schemas_response */
static const apic_field suprsend_list_schemas_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_schemas_response, meta), -1, -1, &suprsend_list_schemas_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_schemas_response, results), offsetof(suprsend_list_schemas_response, has_results), -1, &suprsend_list_schemas_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_schemas_response_desc = {
    "list_schemas_response", sizeof(suprsend_list_schemas_response), suprsend_list_schemas_response_desc_Fields, 2,
    offsetof(suprsend_list_schemas_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_schemas_response_free(suprsend_list_schemas_response *obj)
{
    apic_struct_free(&suprsend_list_schemas_response_desc, obj);
}

int suprsend_list_schemas_response_from_json(const char *json, size_t len, suprsend_list_schemas_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_schemas_response_Type, json, len, &value, err);
    *out = (suprsend_list_schemas_response *)value;
    return rc;
}

int suprsend_list_schemas_response_to_json(const suprsend_list_schemas_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_schemas_response_Type, obj, out, err);
}

/* list_schemas_response.meta */
static const apic_field suprsend_list_schemas_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_schemas_response_meta, count), offsetof(suprsend_list_schemas_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_schemas_response_meta, limit), offsetof(suprsend_list_schemas_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_schemas_response_meta, offset), offsetof(suprsend_list_schemas_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_schemas_response_meta_desc = {
    "list_schemas_response.meta", sizeof(suprsend_list_schemas_response_meta), suprsend_list_schemas_response_meta_desc_Fields, 3,
    offsetof(suprsend_list_schemas_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_schemas_response_meta_free(suprsend_list_schemas_response_meta *obj)
{
    apic_struct_free(&suprsend_list_schemas_response_meta_desc, obj);
}

int suprsend_list_schemas_response_meta_from_json(const char *json, size_t len, suprsend_list_schemas_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_schemas_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_schemas_response_meta *)value;
    return rc;
}

int suprsend_list_schemas_response_meta_to_json(const suprsend_list_schemas_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_schemas_response_meta_Type, obj, out, err);
}

/* list_schemas_response.results.item */
static const apic_field suprsend_list_schemas_response_results_item_desc_Fields[] = {
    {"slug", 4, 0, offsetof(suprsend_list_schemas_response_results_item, slug), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_list_schemas_response_results_item, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_list_schemas_response_results_item, description), -1, offsetof(suprsend_list_schemas_response_results_item, description_is_null), &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_list_schemas_response_results_item, status), offsetof(suprsend_list_schemas_response_results_item, has_status), -1, &suprsend_list_schemas_response_results_item_status_Type},
    {"hash", 4, 0, offsetof(suprsend_list_schemas_response_results_item, hash), -1, -1, &apic_type_string},
    {"json_schema", 11, APIC_F_NULLABLE, offsetof(suprsend_list_schemas_response_results_item, json_schema), offsetof(suprsend_list_schemas_response_results_item, has_json_schema), offsetof(suprsend_list_schemas_response_results_item, json_schema_is_null), &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_list_schemas_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_list_schemas_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"committed_at", 12, APIC_F_NULLABLE, offsetof(suprsend_list_schemas_response_results_item, committed_at), -1, offsetof(suprsend_list_schemas_response_results_item, committed_at_is_null), &suprsend_string_date_time_Type},
    {"commit_message", 14, APIC_F_NULLABLE, offsetof(suprsend_list_schemas_response_results_item, commit_message), -1, offsetof(suprsend_list_schemas_response_results_item, commit_message_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_list_schemas_response_results_item_desc = {
    "list_schemas_response.results.item", sizeof(suprsend_list_schemas_response_results_item), suprsend_list_schemas_response_results_item_desc_Fields, 10,
    offsetof(suprsend_list_schemas_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_schemas_response_results_item_free(suprsend_list_schemas_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_schemas_response_results_item_desc, obj);
}

int suprsend_list_schemas_response_results_item_from_json(const char *json, size_t len, suprsend_list_schemas_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_schemas_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_schemas_response_results_item *)value;
    return rc;
}

int suprsend_list_schemas_response_results_item_to_json(const suprsend_list_schemas_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_schemas_response_results_item_Type, obj, out, err);
}

/* get_schema_response */
static const apic_field suprsend_get_schema_response_desc_Fields[] = {
    {"slug", 4, 0, offsetof(suprsend_get_schema_response, slug), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_get_schema_response, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_get_schema_response, description), -1, offsetof(suprsend_get_schema_response, description_is_null), &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_get_schema_response, status), offsetof(suprsend_get_schema_response, has_status), -1, &suprsend_get_schema_response_status_Type},
    {"hash", 4, 0, offsetof(suprsend_get_schema_response, hash), -1, -1, &apic_type_string},
    {"json_schema", 11, APIC_F_NULLABLE, offsetof(suprsend_get_schema_response, json_schema), offsetof(suprsend_get_schema_response, has_json_schema), offsetof(suprsend_get_schema_response, json_schema_is_null), &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_get_schema_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_get_schema_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"committed_at", 12, APIC_F_NULLABLE, offsetof(suprsend_get_schema_response, committed_at), -1, offsetof(suprsend_get_schema_response, committed_at_is_null), &suprsend_string_date_time_Type},
    {"commit_message", 14, APIC_F_NULLABLE, offsetof(suprsend_get_schema_response, commit_message), -1, offsetof(suprsend_get_schema_response, commit_message_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_get_schema_response_desc = {
    "get_schema_response", sizeof(suprsend_get_schema_response), suprsend_get_schema_response_desc_Fields, 10,
    offsetof(suprsend_get_schema_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_schema_response_free(suprsend_get_schema_response *obj)
{
    apic_struct_free(&suprsend_get_schema_response_desc, obj);
}

int suprsend_get_schema_response_from_json(const char *json, size_t len, suprsend_get_schema_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_schema_response_Type, json, len, &value, err);
    *out = (suprsend_get_schema_response *)value;
    return rc;
}

int suprsend_get_schema_response_to_json(const suprsend_get_schema_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_schema_response_Type, obj, out, err);
}

/* upsert_schema_request */
static const apic_field suprsend_upsert_schema_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_upsert_schema_request, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_upsert_schema_request, description), -1, offsetof(suprsend_upsert_schema_request, description_is_null), &apic_type_string},
    {"json_schema", 11, APIC_F_REQUIRED, offsetof(suprsend_upsert_schema_request, json_schema), -1, -1, &apic_type_json_map},
};
const apic_struct_desc suprsend_upsert_schema_request_desc = {
    "upsert_schema_request", sizeof(suprsend_upsert_schema_request), suprsend_upsert_schema_request_desc_Fields, 3,
    offsetof(suprsend_upsert_schema_request, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_schema_request_free(suprsend_upsert_schema_request *obj)
{
    apic_struct_free(&suprsend_upsert_schema_request_desc, obj);
}

int suprsend_upsert_schema_request_from_json(const char *json, size_t len, suprsend_upsert_schema_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_schema_request_Type, json, len, &value, err);
    *out = (suprsend_upsert_schema_request *)value;
    return rc;
}

int suprsend_upsert_schema_request_to_json(const suprsend_upsert_schema_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_schema_request_Type, obj, out, err);
}

/* upsert_schema_response */
static const apic_field suprsend_upsert_schema_response_desc_Fields[] = {
    {"slug", 4, 0, offsetof(suprsend_upsert_schema_response, slug), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_upsert_schema_response, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_upsert_schema_response, description), -1, offsetof(suprsend_upsert_schema_response, description_is_null), &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_upsert_schema_response, status), offsetof(suprsend_upsert_schema_response, has_status), -1, &suprsend_upsert_schema_response_status_Type},
    {"hash", 4, 0, offsetof(suprsend_upsert_schema_response, hash), -1, -1, &apic_type_string},
    {"json_schema", 11, APIC_F_NULLABLE, offsetof(suprsend_upsert_schema_response, json_schema), offsetof(suprsend_upsert_schema_response, has_json_schema), offsetof(suprsend_upsert_schema_response, json_schema_is_null), &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_upsert_schema_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_upsert_schema_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"commit_result", 13, APIC_F_NULLABLE, offsetof(suprsend_upsert_schema_response, commit_result), -1, offsetof(suprsend_upsert_schema_response, commit_result_is_null), &suprsend_upsert_schema_response_commit_result_Type},
};
const apic_struct_desc suprsend_upsert_schema_response_desc = {
    "upsert_schema_response", sizeof(suprsend_upsert_schema_response), suprsend_upsert_schema_response_desc_Fields, 9,
    offsetof(suprsend_upsert_schema_response, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_schema_response_free(suprsend_upsert_schema_response *obj)
{
    apic_struct_free(&suprsend_upsert_schema_response_desc, obj);
}

int suprsend_upsert_schema_response_from_json(const char *json, size_t len, suprsend_upsert_schema_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_schema_response_Type, json, len, &value, err);
    *out = (suprsend_upsert_schema_response *)value;
    return rc;
}

int suprsend_upsert_schema_response_to_json(const suprsend_upsert_schema_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_schema_response_Type, obj, out, err);
}

/* upsert_schema_response.commit_result */
static const apic_field suprsend_upsert_schema_response_commit_result_desc_Fields[] = {
    {"is_committed", 12, 0, offsetof(suprsend_upsert_schema_response_commit_result, is_committed), offsetof(suprsend_upsert_schema_response_commit_result, has_is_committed), -1, &apic_type_bool},
    {"errors", 6, 0, offsetof(suprsend_upsert_schema_response_commit_result, errors), offsetof(suprsend_upsert_schema_response_commit_result, has_errors), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_upsert_schema_response_commit_result_desc = {
    "upsert_schema_response.commit_result", sizeof(suprsend_upsert_schema_response_commit_result), suprsend_upsert_schema_response_commit_result_desc_Fields, 2,
    offsetof(suprsend_upsert_schema_response_commit_result, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_schema_response_commit_result_free(suprsend_upsert_schema_response_commit_result *obj)
{
    apic_struct_free(&suprsend_upsert_schema_response_commit_result_desc, obj);
}

int suprsend_upsert_schema_response_commit_result_from_json(const char *json, size_t len, suprsend_upsert_schema_response_commit_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_schema_response_commit_result_Type, json, len, &value, err);
    *out = (suprsend_upsert_schema_response_commit_result *)value;
    return rc;
}

int suprsend_upsert_schema_response_commit_result_to_json(const suprsend_upsert_schema_response_commit_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_schema_response_commit_result_Type, obj, out, err);
}

/* commit_schema_response */
static const apic_field suprsend_commit_schema_response_desc_Fields[] = {
    {"slug", 4, 0, offsetof(suprsend_commit_schema_response, slug), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_commit_schema_response, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_commit_schema_response, description), -1, offsetof(suprsend_commit_schema_response, description_is_null), &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_commit_schema_response, status), offsetof(suprsend_commit_schema_response, has_status), -1, &suprsend_commit_schema_response_status_Type},
    {"hash", 4, 0, offsetof(suprsend_commit_schema_response, hash), -1, -1, &apic_type_string},
    {"json_schema", 11, APIC_F_NULLABLE, offsetof(suprsend_commit_schema_response, json_schema), offsetof(suprsend_commit_schema_response, has_json_schema), offsetof(suprsend_commit_schema_response, json_schema_is_null), &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_commit_schema_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_commit_schema_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"committed_at", 12, 0, offsetof(suprsend_commit_schema_response, committed_at), -1, -1, &suprsend_string_date_time_Type},
    {"commit_message", 14, 0, offsetof(suprsend_commit_schema_response, commit_message), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_commit_schema_response_desc = {
    "commit_schema_response", sizeof(suprsend_commit_schema_response), suprsend_commit_schema_response_desc_Fields, 10,
    offsetof(suprsend_commit_schema_response, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_schema_response_free(suprsend_commit_schema_response *obj)
{
    apic_struct_free(&suprsend_commit_schema_response_desc, obj);
}

int suprsend_commit_schema_response_from_json(const char *json, size_t len, suprsend_commit_schema_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_schema_response_Type, json, len, &value, err);
    *out = (suprsend_commit_schema_response *)value;
    return rc;
}

int suprsend_commit_schema_response_to_json(const suprsend_commit_schema_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_schema_response_Type, obj, out, err);
}

/* list_events_response */
static const apic_field suprsend_list_events_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_events_response, meta), -1, -1, &suprsend_list_events_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_events_response, results), offsetof(suprsend_list_events_response, has_results), -1, &suprsend_list_events_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_events_response_desc = {
    "list_events_response", sizeof(suprsend_list_events_response), suprsend_list_events_response_desc_Fields, 2,
    offsetof(suprsend_list_events_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_events_response_free(suprsend_list_events_response *obj)
{
    apic_struct_free(&suprsend_list_events_response_desc, obj);
}

int suprsend_list_events_response_from_json(const char *json, size_t len, suprsend_list_events_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_events_response_Type, json, len, &value, err);
    *out = (suprsend_list_events_response *)value;
    return rc;
}

int suprsend_list_events_response_to_json(const suprsend_list_events_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_events_response_Type, obj, out, err);
}

/* list_events_response.meta */
static const apic_field suprsend_list_events_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_events_response_meta, count), offsetof(suprsend_list_events_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_events_response_meta, limit), offsetof(suprsend_list_events_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_events_response_meta, offset), offsetof(suprsend_list_events_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_events_response_meta_desc = {
    "list_events_response.meta", sizeof(suprsend_list_events_response_meta), suprsend_list_events_response_meta_desc_Fields, 3,
    offsetof(suprsend_list_events_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_events_response_meta_free(suprsend_list_events_response_meta *obj)
{
    apic_struct_free(&suprsend_list_events_response_meta_desc, obj);
}

int suprsend_list_events_response_meta_from_json(const char *json, size_t len, suprsend_list_events_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_events_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_events_response_meta *)value;
    return rc;
}

int suprsend_list_events_response_meta_to_json(const suprsend_list_events_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_events_response_meta_Type, obj, out, err);
}

/* list_events_response.results.item */
static const apic_field suprsend_list_events_response_results_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_list_events_response_results_item, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_list_events_response_results_item, description), -1, -1, &apic_type_string},
    {"payload_schema", 14, 0, offsetof(suprsend_list_events_response_results_item, payload_schema), -1, -1, &suprsend_list_events_response_results_item_payload_schema_Type},
    {"created_at", 10, 0, offsetof(suprsend_list_events_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"$schema", 7, 0, offsetof(suprsend_list_events_response_results_item, schema), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_list_events_response_results_item_desc = {
    "list_events_response.results.item", sizeof(suprsend_list_events_response_results_item), suprsend_list_events_response_results_item_desc_Fields, 5,
    offsetof(suprsend_list_events_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_events_response_results_item_free(suprsend_list_events_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_events_response_results_item_desc, obj);
}

int suprsend_list_events_response_results_item_from_json(const char *json, size_t len, suprsend_list_events_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_events_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_events_response_results_item *)value;
    return rc;
}

int suprsend_list_events_response_results_item_to_json(const suprsend_list_events_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_events_response_results_item_Type, obj, out, err);
}

/* list_events_response.results.item.payload_schema */
static const apic_field suprsend_list_events_response_results_item_payload_schema_desc_Fields[] = {
    {"schema", 6, 0, offsetof(suprsend_list_events_response_results_item_payload_schema, schema), -1, -1, &apic_type_string},
    {"version_no", 10, 0, offsetof(suprsend_list_events_response_results_item_payload_schema, version_no), offsetof(suprsend_list_events_response_results_item_payload_schema, has_version_no), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_events_response_results_item_payload_schema_desc = {
    "list_events_response.results.item.payload_schema", sizeof(suprsend_list_events_response_results_item_payload_schema), suprsend_list_events_response_results_item_payload_schema_desc_Fields, 2,
    offsetof(suprsend_list_events_response_results_item_payload_schema, unknown_fields),
    -1,
    NULL
};

void suprsend_list_events_response_results_item_payload_schema_free(suprsend_list_events_response_results_item_payload_schema *obj)
{
    apic_struct_free(&suprsend_list_events_response_results_item_payload_schema_desc, obj);
}

int suprsend_list_events_response_results_item_payload_schema_from_json(const char *json, size_t len, suprsend_list_events_response_results_item_payload_schema **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_events_response_results_item_payload_schema_Type, json, len, &value, err);
    *out = (suprsend_list_events_response_results_item_payload_schema *)value;
    return rc;
}

int suprsend_list_events_response_results_item_payload_schema_to_json(const suprsend_list_events_response_results_item_payload_schema *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_events_response_results_item_payload_schema_Type, obj, out, err);
}

/* create_event_request */
static const apic_field suprsend_create_event_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_create_event_request, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_create_event_request, description), -1, -1, &apic_type_string},
    {"payload_schema", 14, 0, offsetof(suprsend_create_event_request, payload_schema), -1, -1, &suprsend_create_event_request_payload_schema_Type},
};
const apic_struct_desc suprsend_create_event_request_desc = {
    "create_event_request", sizeof(suprsend_create_event_request), suprsend_create_event_request_desc_Fields, 3,
    offsetof(suprsend_create_event_request, unknown_fields),
    -1,
    NULL
};

void suprsend_create_event_request_free(suprsend_create_event_request *obj)
{
    apic_struct_free(&suprsend_create_event_request_desc, obj);
}

int suprsend_create_event_request_from_json(const char *json, size_t len, suprsend_create_event_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_event_request_Type, json, len, &value, err);
    *out = (suprsend_create_event_request *)value;
    return rc;
}

int suprsend_create_event_request_to_json(const suprsend_create_event_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_event_request_Type, obj, out, err);
}

/* create_event_request.payload_schema */
static const apic_field suprsend_create_event_request_payload_schema_desc_Fields[] = {
    {"schema", 6, APIC_F_REQUIRED, offsetof(suprsend_create_event_request_payload_schema, schema), -1, -1, &apic_type_string},
    {"version_no", 10, 0, offsetof(suprsend_create_event_request_payload_schema, version_no), offsetof(suprsend_create_event_request_payload_schema, has_version_no), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_create_event_request_payload_schema_desc = {
    "create_event_request.payload_schema", sizeof(suprsend_create_event_request_payload_schema), suprsend_create_event_request_payload_schema_desc_Fields, 2,
    offsetof(suprsend_create_event_request_payload_schema, unknown_fields),
    -1,
    NULL
};

void suprsend_create_event_request_payload_schema_free(suprsend_create_event_request_payload_schema *obj)
{
    apic_struct_free(&suprsend_create_event_request_payload_schema_desc, obj);
}

int suprsend_create_event_request_payload_schema_from_json(const char *json, size_t len, suprsend_create_event_request_payload_schema **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_event_request_payload_schema_Type, json, len, &value, err);
    *out = (suprsend_create_event_request_payload_schema *)value;
    return rc;
}

int suprsend_create_event_request_payload_schema_to_json(const suprsend_create_event_request_payload_schema *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_event_request_payload_schema_Type, obj, out, err);
}

/* get_event_response */
static const apic_field suprsend_get_event_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_event_response, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_get_event_response, description), -1, -1, &apic_type_string},
    {"payload_schema", 14, 0, offsetof(suprsend_get_event_response, payload_schema), -1, -1, &suprsend_get_event_response_payload_schema_Type},
    {"created_at", 10, 0, offsetof(suprsend_get_event_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"$schema", 7, 0, offsetof(suprsend_get_event_response, schema), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_get_event_response_desc = {
    "get_event_response", sizeof(suprsend_get_event_response), suprsend_get_event_response_desc_Fields, 5,
    offsetof(suprsend_get_event_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_event_response_free(suprsend_get_event_response *obj)
{
    apic_struct_free(&suprsend_get_event_response_desc, obj);
}

int suprsend_get_event_response_from_json(const char *json, size_t len, suprsend_get_event_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_event_response_Type, json, len, &value, err);
    *out = (suprsend_get_event_response *)value;
    return rc;
}

int suprsend_get_event_response_to_json(const suprsend_get_event_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_event_response_Type, obj, out, err);
}

/* get_event_response.payload_schema */
static const apic_field suprsend_get_event_response_payload_schema_desc_Fields[] = {
    {"schema", 6, 0, offsetof(suprsend_get_event_response_payload_schema, schema), -1, -1, &apic_type_string},
    {"version_no", 10, 0, offsetof(suprsend_get_event_response_payload_schema, version_no), offsetof(suprsend_get_event_response_payload_schema, has_version_no), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_get_event_response_payload_schema_desc = {
    "get_event_response.payload_schema", sizeof(suprsend_get_event_response_payload_schema), suprsend_get_event_response_payload_schema_desc_Fields, 2,
    offsetof(suprsend_get_event_response_payload_schema, unknown_fields),
    -1,
    NULL
};

void suprsend_get_event_response_payload_schema_free(suprsend_get_event_response_payload_schema *obj)
{
    apic_struct_free(&suprsend_get_event_response_payload_schema_desc, obj);
}

int suprsend_get_event_response_payload_schema_from_json(const char *json, size_t len, suprsend_get_event_response_payload_schema **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_event_response_payload_schema_Type, json, len, &value, err);
    *out = (suprsend_get_event_response_payload_schema *)value;
    return rc;
}

int suprsend_get_event_response_payload_schema_to_json(const suprsend_get_event_response_payload_schema *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_event_response_payload_schema_Type, obj, out, err);
}

/* update_event_request */
static const apic_field suprsend_update_event_request_desc_Fields[] = {
    {"description", 11, 0, offsetof(suprsend_update_event_request, description), -1, -1, &apic_type_string},
    {"payload_schema", 14, 0, offsetof(suprsend_update_event_request, payload_schema), -1, -1, &suprsend_update_event_request_payload_schema_Type},
};
const apic_struct_desc suprsend_update_event_request_desc = {
    "update_event_request", sizeof(suprsend_update_event_request), suprsend_update_event_request_desc_Fields, 2,
    offsetof(suprsend_update_event_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_event_request_free(suprsend_update_event_request *obj)
{
    apic_struct_free(&suprsend_update_event_request_desc, obj);
}

int suprsend_update_event_request_from_json(const char *json, size_t len, suprsend_update_event_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_event_request_Type, json, len, &value, err);
    *out = (suprsend_update_event_request *)value;
    return rc;
}

int suprsend_update_event_request_to_json(const suprsend_update_event_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_event_request_Type, obj, out, err);
}

/* update_event_request.payload_schema */
static const apic_field suprsend_update_event_request_payload_schema_desc_Fields[] = {
    {"schema", 6, APIC_F_REQUIRED, offsetof(suprsend_update_event_request_payload_schema, schema), -1, -1, &apic_type_string},
    {"version_no", 10, 0, offsetof(suprsend_update_event_request_payload_schema, version_no), offsetof(suprsend_update_event_request_payload_schema, has_version_no), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_update_event_request_payload_schema_desc = {
    "update_event_request.payload_schema", sizeof(suprsend_update_event_request_payload_schema), suprsend_update_event_request_payload_schema_desc_Fields, 2,
    offsetof(suprsend_update_event_request_payload_schema, unknown_fields),
    -1,
    NULL
};

void suprsend_update_event_request_payload_schema_free(suprsend_update_event_request_payload_schema *obj)
{
    apic_struct_free(&suprsend_update_event_request_payload_schema_desc, obj);
}

int suprsend_update_event_request_payload_schema_from_json(const char *json, size_t len, suprsend_update_event_request_payload_schema **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_event_request_payload_schema_Type, json, len, &value, err);
    *out = (suprsend_update_event_request_payload_schema *)value;
    return rc;
}

int suprsend_update_event_request_payload_schema_to_json(const suprsend_update_event_request_payload_schema *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_event_request_payload_schema_Type, obj, out, err);
}

/* get_linked_workflows_response */
static const apic_field suprsend_get_linked_workflows_response_desc_Fields[] = {
    {"results", 7, 0, offsetof(suprsend_get_linked_workflows_response, results), offsetof(suprsend_get_linked_workflows_response, has_results), -1, &suprsend_get_linked_workflows_response_results_item_array_Type},
};
const apic_struct_desc suprsend_get_linked_workflows_response_desc = {
    "get_linked_workflows_response", sizeof(suprsend_get_linked_workflows_response), suprsend_get_linked_workflows_response_desc_Fields, 1,
    offsetof(suprsend_get_linked_workflows_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_linked_workflows_response_free(suprsend_get_linked_workflows_response *obj)
{
    apic_struct_free(&suprsend_get_linked_workflows_response_desc, obj);
}

int suprsend_get_linked_workflows_response_from_json(const char *json, size_t len, suprsend_get_linked_workflows_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_linked_workflows_response_Type, json, len, &value, err);
    *out = (suprsend_get_linked_workflows_response *)value;
    return rc;
}

int suprsend_get_linked_workflows_response_to_json(const suprsend_get_linked_workflows_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_linked_workflows_response_Type, obj, out, err);
}

/* get_linked_workflows_response.results.item */
static const apic_field suprsend_get_linked_workflows_response_results_item_desc_Fields[] = {
    {"slug", 4, 0, offsetof(suprsend_get_linked_workflows_response_results_item, slug), -1, -1, &apic_type_string},
    {"usage", 5, 0, offsetof(suprsend_get_linked_workflows_response_results_item, usage), offsetof(suprsend_get_linked_workflows_response_results_item, has_usage), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_get_linked_workflows_response_results_item_desc = {
    "get_linked_workflows_response.results.item", sizeof(suprsend_get_linked_workflows_response_results_item), suprsend_get_linked_workflows_response_results_item_desc_Fields, 2,
    offsetof(suprsend_get_linked_workflows_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_linked_workflows_response_results_item_free(suprsend_get_linked_workflows_response_results_item *obj)
{
    apic_struct_free(&suprsend_get_linked_workflows_response_results_item_desc, obj);
}

int suprsend_get_linked_workflows_response_results_item_from_json(const char *json, size_t len, suprsend_get_linked_workflows_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_linked_workflows_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_get_linked_workflows_response_results_item *)value;
    return rc;
}

int suprsend_get_linked_workflows_response_results_item_to_json(const suprsend_get_linked_workflows_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_linked_workflows_response_results_item_Type, obj, out, err);
}

/* delink_event_schema_response */
static const apic_field suprsend_delink_event_schema_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_delink_event_schema_response, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_delink_event_schema_response, description), -1, -1, &apic_type_string},
    {"payload_schema", 14, 0, offsetof(suprsend_delink_event_schema_response, payload_schema), -1, -1, &apic_type_any},
    {"created_at", 10, 0, offsetof(suprsend_delink_event_schema_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"$schema", 7, 0, offsetof(suprsend_delink_event_schema_response, schema), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_delink_event_schema_response_desc = {
    "delink_event_schema_response", sizeof(suprsend_delink_event_schema_response), suprsend_delink_event_schema_response_desc_Fields, 5,
    offsetof(suprsend_delink_event_schema_response, unknown_fields),
    -1,
    NULL
};

void suprsend_delink_event_schema_response_free(suprsend_delink_event_schema_response *obj)
{
    apic_struct_free(&suprsend_delink_event_schema_response_desc, obj);
}

int suprsend_delink_event_schema_response_from_json(const char *json, size_t len, suprsend_delink_event_schema_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_delink_event_schema_response_Type, json, len, &value, err);
    *out = (suprsend_delink_event_schema_response *)value;
    return rc;
}

int suprsend_delink_event_schema_response_to_json(const suprsend_delink_event_schema_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_delink_event_schema_response_Type, obj, out, err);
}

/* get_category_response */
static const apic_field suprsend_get_category_response_desc_Fields[] = {
    {"$schema", 7, 0, offsetof(suprsend_get_category_response, schema), -1, -1, &apic_type_string},
    {"root_categories", 15, 0, offsetof(suprsend_get_category_response, root_categories), offsetof(suprsend_get_category_response, has_root_categories), -1, &suprsend_get_category_response_root_categories_item_array_Type},
    {"version_no", 10, 0, offsetof(suprsend_get_category_response, version_no), offsetof(suprsend_get_category_response, has_version_no), -1, &apic_type_int64},
    {"status", 6, 0, offsetof(suprsend_get_category_response, status), offsetof(suprsend_get_category_response, has_status), -1, &suprsend_get_category_response_status_Type},
    {"validation_result", 17, 0, offsetof(suprsend_get_category_response, validation_result), -1, -1, &suprsend_get_category_response_validation_result_Type},
};
const apic_struct_desc suprsend_get_category_response_desc = {
    "get_category_response", sizeof(suprsend_get_category_response), suprsend_get_category_response_desc_Fields, 5,
    offsetof(suprsend_get_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_response_free(suprsend_get_category_response *obj)
{
    apic_struct_free(&suprsend_get_category_response_desc, obj);
}

int suprsend_get_category_response_from_json(const char *json, size_t len, suprsend_get_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_response_Type, json, len, &value, err);
    *out = (suprsend_get_category_response *)value;
    return rc;
}

int suprsend_get_category_response_to_json(const suprsend_get_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_response_Type, obj, out, err);
}

/* get_category_response.root_categories.item */
static const apic_field suprsend_get_category_response_root_categories_item_desc_Fields[] = {
    {"root_category", 13, 0, offsetof(suprsend_get_category_response_root_categories_item, root_category), -1, -1, &apic_type_string},
    {"sections", 8, 0, offsetof(suprsend_get_category_response_root_categories_item, sections), offsetof(suprsend_get_category_response_root_categories_item, has_sections), -1, &suprsend_get_category_response_root_categories_item_sections_item_array_Type},
};
const apic_struct_desc suprsend_get_category_response_root_categories_item_desc = {
    "get_category_response.root_categories.item", sizeof(suprsend_get_category_response_root_categories_item), suprsend_get_category_response_root_categories_item_desc_Fields, 2,
    offsetof(suprsend_get_category_response_root_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_response_root_categories_item_free(suprsend_get_category_response_root_categories_item *obj)
{
    apic_struct_free(&suprsend_get_category_response_root_categories_item_desc, obj);
}

int suprsend_get_category_response_root_categories_item_from_json(const char *json, size_t len, suprsend_get_category_response_root_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_response_root_categories_item_Type, json, len, &value, err);
    *out = (suprsend_get_category_response_root_categories_item *)value;
    return rc;
}

int suprsend_get_category_response_root_categories_item_to_json(const suprsend_get_category_response_root_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_response_root_categories_item_Type, obj, out, err);
}

/* get_category_response.root_categories.item.sections.item */
static const apic_field suprsend_get_category_response_root_categories_item_sections_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item, description), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item, tags), offsetof(suprsend_get_category_response_root_categories_item_sections_item, has_tags), -1, &suprsend_string_array_Type},
    {"categories", 10, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item, categories), offsetof(suprsend_get_category_response_root_categories_item_sections_item, has_categories), -1, &suprsend_get_category_response_root_categories_item_sections_item_categories_item_array_Type},
};
const apic_struct_desc suprsend_get_category_response_root_categories_item_sections_item_desc = {
    "get_category_response.root_categories.item.sections.item", sizeof(suprsend_get_category_response_root_categories_item_sections_item), suprsend_get_category_response_root_categories_item_sections_item_desc_Fields, 4,
    offsetof(suprsend_get_category_response_root_categories_item_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_response_root_categories_item_sections_item_free(suprsend_get_category_response_root_categories_item_sections_item *obj)
{
    apic_struct_free(&suprsend_get_category_response_root_categories_item_sections_item_desc, obj);
}

int suprsend_get_category_response_root_categories_item_sections_item_from_json(const char *json, size_t len, suprsend_get_category_response_root_categories_item_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_response_root_categories_item_sections_item_Type, json, len, &value, err);
    *out = (suprsend_get_category_response_root_categories_item_sections_item *)value;
    return rc;
}

int suprsend_get_category_response_root_categories_item_sections_item_to_json(const suprsend_get_category_response_root_categories_item_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_response_root_categories_item_sections_item_Type, obj, out, err);
}

/* get_category_response.root_categories.item.sections.item.categories.item */
static const apic_field suprsend_get_category_response_root_categories_item_sections_item_categories_item_desc_Fields[] = {
    {"category", 8, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, category), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, description), -1, -1, &apic_type_string},
    {"default_preference", 18, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, default_preference), -1, -1, &apic_type_string},
    {"default_mandatory_channels", 26, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, default_mandatory_channels), offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, has_default_mandatory_channels), -1, &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, default_opt_in_channels), offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, has_default_opt_in_channels), offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, default_opt_in_channels_is_null), &suprsend_string_array_Type},
    {"tags", 4, 0, offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, tags), offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, has_tags), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_get_category_response_root_categories_item_sections_item_categories_item_desc = {
    "get_category_response.root_categories.item.sections.item.categories.item", sizeof(suprsend_get_category_response_root_categories_item_sections_item_categories_item), suprsend_get_category_response_root_categories_item_sections_item_categories_item_desc_Fields, 7,
    offsetof(suprsend_get_category_response_root_categories_item_sections_item_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_response_root_categories_item_sections_item_categories_item_free(suprsend_get_category_response_root_categories_item_sections_item_categories_item *obj)
{
    apic_struct_free(&suprsend_get_category_response_root_categories_item_sections_item_categories_item_desc, obj);
}

int suprsend_get_category_response_root_categories_item_sections_item_categories_item_from_json(const char *json, size_t len, suprsend_get_category_response_root_categories_item_sections_item_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_response_root_categories_item_sections_item_categories_item_Type, json, len, &value, err);
    *out = (suprsend_get_category_response_root_categories_item_sections_item_categories_item *)value;
    return rc;
}

int suprsend_get_category_response_root_categories_item_sections_item_categories_item_to_json(const suprsend_get_category_response_root_categories_item_sections_item_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_response_root_categories_item_sections_item_categories_item_Type, obj, out, err);
}

/* get_category_response.validation_result */
static const apic_field suprsend_get_category_response_validation_result_desc_Fields[] = {
    {"is_valid", 8, 0, offsetof(suprsend_get_category_response_validation_result, is_valid), offsetof(suprsend_get_category_response_validation_result, has_is_valid), -1, &apic_type_bool},
    {"errors", 6, 0, offsetof(suprsend_get_category_response_validation_result, errors), offsetof(suprsend_get_category_response_validation_result, has_errors), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_get_category_response_validation_result_desc = {
    "get_category_response.validation_result", sizeof(suprsend_get_category_response_validation_result), suprsend_get_category_response_validation_result_desc_Fields, 2,
    offsetof(suprsend_get_category_response_validation_result, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_response_validation_result_free(suprsend_get_category_response_validation_result *obj)
{
    apic_struct_free(&suprsend_get_category_response_validation_result_desc, obj);
}

int suprsend_get_category_response_validation_result_from_json(const char *json, size_t len, suprsend_get_category_response_validation_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_response_validation_result_Type, json, len, &value, err);
    *out = (suprsend_get_category_response_validation_result *)value;
    return rc;
}

int suprsend_get_category_response_validation_result_to_json(const suprsend_get_category_response_validation_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_response_validation_result_Type, obj, out, err);
}

/* create_update_category_request */
static const apic_field suprsend_create_update_category_request_desc_Fields[] = {
    {"root_categories", 15, 0, offsetof(suprsend_create_update_category_request, root_categories), offsetof(suprsend_create_update_category_request, has_root_categories), -1, &suprsend_create_update_category_request_root_categories_item_array_Type},
};
const apic_struct_desc suprsend_create_update_category_request_desc = {
    "create_update_category_request", sizeof(suprsend_create_update_category_request), suprsend_create_update_category_request_desc_Fields, 1,
    offsetof(suprsend_create_update_category_request, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_request_free(suprsend_create_update_category_request *obj)
{
    apic_struct_free(&suprsend_create_update_category_request_desc, obj);
}

int suprsend_create_update_category_request_from_json(const char *json, size_t len, suprsend_create_update_category_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_request_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_request *)value;
    return rc;
}

int suprsend_create_update_category_request_to_json(const suprsend_create_update_category_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_request_Type, obj, out, err);
}

/* create_update_category_request.root_categories.item */
static const apic_field suprsend_create_update_category_request_root_categories_item_desc_Fields[] = {
    {"root_category", 13, 0, offsetof(suprsend_create_update_category_request_root_categories_item, root_category), offsetof(suprsend_create_update_category_request_root_categories_item, has_root_category), -1, &suprsend_create_update_category_request_root_categories_item_root_category_Type},
    {"sections", 8, 0, offsetof(suprsend_create_update_category_request_root_categories_item, sections), offsetof(suprsend_create_update_category_request_root_categories_item, has_sections), -1, &suprsend_create_update_category_request_root_categories_item_sections_item_array_Type},
};
const apic_struct_desc suprsend_create_update_category_request_root_categories_item_desc = {
    "create_update_category_request.root_categories.item", sizeof(suprsend_create_update_category_request_root_categories_item), suprsend_create_update_category_request_root_categories_item_desc_Fields, 2,
    offsetof(suprsend_create_update_category_request_root_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_request_root_categories_item_free(suprsend_create_update_category_request_root_categories_item *obj)
{
    apic_struct_free(&suprsend_create_update_category_request_root_categories_item_desc, obj);
}

int suprsend_create_update_category_request_root_categories_item_from_json(const char *json, size_t len, suprsend_create_update_category_request_root_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_request_root_categories_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_request_root_categories_item *)value;
    return rc;
}

int suprsend_create_update_category_request_root_categories_item_to_json(const suprsend_create_update_category_request_root_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_request_root_categories_item_Type, obj, out, err);
}

/* create_update_category_request.root_categories.item.sections.item */
static const apic_field suprsend_create_update_category_request_root_categories_item_sections_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item, description), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item, tags), offsetof(suprsend_create_update_category_request_root_categories_item_sections_item, has_tags), -1, &suprsend_string_array_Type},
    {"categories", 10, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item, categories), offsetof(suprsend_create_update_category_request_root_categories_item_sections_item, has_categories), -1, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_array_Type},
};
const apic_struct_desc suprsend_create_update_category_request_root_categories_item_sections_item_desc = {
    "create_update_category_request.root_categories.item.sections.item", sizeof(suprsend_create_update_category_request_root_categories_item_sections_item), suprsend_create_update_category_request_root_categories_item_sections_item_desc_Fields, 4,
    offsetof(suprsend_create_update_category_request_root_categories_item_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_request_root_categories_item_sections_item_free(suprsend_create_update_category_request_root_categories_item_sections_item *obj)
{
    apic_struct_free(&suprsend_create_update_category_request_root_categories_item_sections_item_desc, obj);
}

int suprsend_create_update_category_request_root_categories_item_sections_item_from_json(const char *json, size_t len, suprsend_create_update_category_request_root_categories_item_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_request_root_categories_item_sections_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_request_root_categories_item_sections_item *)value;
    return rc;
}

int suprsend_create_update_category_request_root_categories_item_sections_item_to_json(const suprsend_create_update_category_request_root_categories_item_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_request_root_categories_item_sections_item_Type, obj, out, err);
}

/* create_update_category_request.root_categories.item.sections.item.categories.item */
static const apic_field suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_desc_Fields[] = {
    {"category", 8, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, category), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, description), -1, -1, &apic_type_string},
    {"default_preference", 18, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, default_preference), offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, has_default_preference), -1, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_preference_Type},
    {"default_mandatory_channels", 26, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, default_mandatory_channels), offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, has_default_mandatory_channels), -1, &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_mandatory_channels_item_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, default_opt_in_channels), offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, has_default_opt_in_channels), offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, default_opt_in_channels_is_null), &suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_default_opt_in_channels_item_array_Type},
    {"tags", 4, 0, offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, tags), offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, has_tags), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_desc = {
    "create_update_category_request.root_categories.item.sections.item.categories.item", sizeof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item), suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_desc_Fields, 7,
    offsetof(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_free(suprsend_create_update_category_request_root_categories_item_sections_item_categories_item *obj)
{
    apic_struct_free(&suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_desc, obj);
}

int suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_from_json(const char *json, size_t len, suprsend_create_update_category_request_root_categories_item_sections_item_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_request_root_categories_item_sections_item_categories_item *)value;
    return rc;
}

int suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_to_json(const suprsend_create_update_category_request_root_categories_item_sections_item_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_request_root_categories_item_sections_item_categories_item_Type, obj, out, err);
}

/* create_update_category_response */
static const apic_field suprsend_create_update_category_response_desc_Fields[] = {
    {"$schema", 7, 0, offsetof(suprsend_create_update_category_response, schema), -1, -1, &apic_type_string},
    {"root_categories", 15, 0, offsetof(suprsend_create_update_category_response, root_categories), offsetof(suprsend_create_update_category_response, has_root_categories), -1, &suprsend_create_update_category_response_root_categories_item_array_Type},
    {"status", 6, 0, offsetof(suprsend_create_update_category_response, status), offsetof(suprsend_create_update_category_response, has_status), -1, &suprsend_create_update_category_response_status_Type},
    {"version_no", 10, 0, offsetof(suprsend_create_update_category_response, version_no), offsetof(suprsend_create_update_category_response, has_version_no), -1, &apic_type_int64},
    {"commit_message", 14, 0, offsetof(suprsend_create_update_category_response, commit_message), -1, -1, &apic_type_string},
    {"committed_at", 12, 0, offsetof(suprsend_create_update_category_response, committed_at), -1, -1, &suprsend_string_date_time_Type},
    {"validation_result", 17, 0, offsetof(suprsend_create_update_category_response, validation_result), -1, -1, &suprsend_create_update_category_response_validation_result_Type},
};
const apic_struct_desc suprsend_create_update_category_response_desc = {
    "create_update_category_response", sizeof(suprsend_create_update_category_response), suprsend_create_update_category_response_desc_Fields, 7,
    offsetof(suprsend_create_update_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_response_free(suprsend_create_update_category_response *obj)
{
    apic_struct_free(&suprsend_create_update_category_response_desc, obj);
}

int suprsend_create_update_category_response_from_json(const char *json, size_t len, suprsend_create_update_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_response_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_response *)value;
    return rc;
}

int suprsend_create_update_category_response_to_json(const suprsend_create_update_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_response_Type, obj, out, err);
}

/* create_update_category_response.root_categories.item */
static const apic_field suprsend_create_update_category_response_root_categories_item_desc_Fields[] = {
    {"root_category", 13, 0, offsetof(suprsend_create_update_category_response_root_categories_item, root_category), -1, -1, &apic_type_string},
    {"sections", 8, 0, offsetof(suprsend_create_update_category_response_root_categories_item, sections), offsetof(suprsend_create_update_category_response_root_categories_item, has_sections), -1, &suprsend_create_update_category_response_root_categories_item_sections_item_array_Type},
};
const apic_struct_desc suprsend_create_update_category_response_root_categories_item_desc = {
    "create_update_category_response.root_categories.item", sizeof(suprsend_create_update_category_response_root_categories_item), suprsend_create_update_category_response_root_categories_item_desc_Fields, 2,
    offsetof(suprsend_create_update_category_response_root_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_response_root_categories_item_free(suprsend_create_update_category_response_root_categories_item *obj)
{
    apic_struct_free(&suprsend_create_update_category_response_root_categories_item_desc, obj);
}

int suprsend_create_update_category_response_root_categories_item_from_json(const char *json, size_t len, suprsend_create_update_category_response_root_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_response_root_categories_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_response_root_categories_item *)value;
    return rc;
}

int suprsend_create_update_category_response_root_categories_item_to_json(const suprsend_create_update_category_response_root_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_response_root_categories_item_Type, obj, out, err);
}

/* create_update_category_response.root_categories.item.sections.item */
static const apic_field suprsend_create_update_category_response_root_categories_item_sections_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_create_update_category_response_root_categories_item_sections_item, name), -1, -1, &apic_type_string},
    {"categories", 10, 0, offsetof(suprsend_create_update_category_response_root_categories_item_sections_item, categories), offsetof(suprsend_create_update_category_response_root_categories_item_sections_item, has_categories), -1, &suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_array_Type},
};
const apic_struct_desc suprsend_create_update_category_response_root_categories_item_sections_item_desc = {
    "create_update_category_response.root_categories.item.sections.item", sizeof(suprsend_create_update_category_response_root_categories_item_sections_item), suprsend_create_update_category_response_root_categories_item_sections_item_desc_Fields, 2,
    offsetof(suprsend_create_update_category_response_root_categories_item_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_response_root_categories_item_sections_item_free(suprsend_create_update_category_response_root_categories_item_sections_item *obj)
{
    apic_struct_free(&suprsend_create_update_category_response_root_categories_item_sections_item_desc, obj);
}

int suprsend_create_update_category_response_root_categories_item_sections_item_from_json(const char *json, size_t len, suprsend_create_update_category_response_root_categories_item_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_response_root_categories_item_sections_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_response_root_categories_item_sections_item *)value;
    return rc;
}

int suprsend_create_update_category_response_root_categories_item_sections_item_to_json(const suprsend_create_update_category_response_root_categories_item_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_response_root_categories_item_sections_item_Type, obj, out, err);
}

/* create_update_category_response.root_categories.item.sections.item.categories.item */
static const apic_field suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_desc_Fields[] = {
    {"category", 8, 0, offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, category), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, name), -1, -1, &apic_type_string},
    {"default_preference", 18, 0, offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, default_preference), -1, -1, &apic_type_string},
    {"default_mandatory_channels", 26, 0, offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, default_mandatory_channels), offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, has_default_mandatory_channels), -1, &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, default_opt_in_channels), offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, has_default_opt_in_channels), offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, default_opt_in_channels_is_null), &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_desc = {
    "create_update_category_response.root_categories.item.sections.item.categories.item", sizeof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item), suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_desc_Fields, 5,
    offsetof(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_free(suprsend_create_update_category_response_root_categories_item_sections_item_categories_item *obj)
{
    apic_struct_free(&suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_desc, obj);
}

int suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_from_json(const char *json, size_t len, suprsend_create_update_category_response_root_categories_item_sections_item_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_response_root_categories_item_sections_item_categories_item *)value;
    return rc;
}

int suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_to_json(const suprsend_create_update_category_response_root_categories_item_sections_item_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_response_root_categories_item_sections_item_categories_item_Type, obj, out, err);
}

/* create_update_category_response.validation_result */
static const apic_field suprsend_create_update_category_response_validation_result_desc_Fields[] = {
    {"is_valid", 8, 0, offsetof(suprsend_create_update_category_response_validation_result, is_valid), offsetof(suprsend_create_update_category_response_validation_result, has_is_valid), -1, &apic_type_bool},
    {"errors", 6, 0, offsetof(suprsend_create_update_category_response_validation_result, errors), offsetof(suprsend_create_update_category_response_validation_result, has_errors), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_create_update_category_response_validation_result_desc = {
    "create_update_category_response.validation_result", sizeof(suprsend_create_update_category_response_validation_result), suprsend_create_update_category_response_validation_result_desc_Fields, 2,
    offsetof(suprsend_create_update_category_response_validation_result, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_category_response_validation_result_free(suprsend_create_update_category_response_validation_result *obj)
{
    apic_struct_free(&suprsend_create_update_category_response_validation_result_desc, obj);
}

int suprsend_create_update_category_response_validation_result_from_json(const char *json, size_t len, suprsend_create_update_category_response_validation_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_category_response_validation_result_Type, json, len, &value, err);
    *out = (suprsend_create_update_category_response_validation_result *)value;
    return rc;
}

int suprsend_create_update_category_response_validation_result_to_json(const suprsend_create_update_category_response_validation_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_category_response_validation_result_Type, obj, out, err);
}

/* commit_category_response */
static const apic_field suprsend_commit_category_response_desc_Fields[] = {
    {"$schema", 7, 0, offsetof(suprsend_commit_category_response, schema), -1, -1, &apic_type_string},
    {"root_categories", 15, 0, offsetof(suprsend_commit_category_response, root_categories), offsetof(suprsend_commit_category_response, has_root_categories), -1, &suprsend_commit_category_response_root_categories_item_array_Type},
    {"status", 6, 0, offsetof(suprsend_commit_category_response, status), offsetof(suprsend_commit_category_response, has_status), -1, &suprsend_commit_category_response_status_Type},
    {"version_no", 10, 0, offsetof(suprsend_commit_category_response, version_no), offsetof(suprsend_commit_category_response, has_version_no), -1, &apic_type_int64},
    {"commit_message", 14, 0, offsetof(suprsend_commit_category_response, commit_message), -1, -1, &apic_type_string},
    {"committed_at", 12, 0, offsetof(suprsend_commit_category_response, committed_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_commit_category_response_desc = {
    "commit_category_response", sizeof(suprsend_commit_category_response), suprsend_commit_category_response_desc_Fields, 6,
    offsetof(suprsend_commit_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_category_response_free(suprsend_commit_category_response *obj)
{
    apic_struct_free(&suprsend_commit_category_response_desc, obj);
}

int suprsend_commit_category_response_from_json(const char *json, size_t len, suprsend_commit_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_category_response_Type, json, len, &value, err);
    *out = (suprsend_commit_category_response *)value;
    return rc;
}

int suprsend_commit_category_response_to_json(const suprsend_commit_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_category_response_Type, obj, out, err);
}

/* commit_category_response.root_categories.item */
static const apic_field suprsend_commit_category_response_root_categories_item_desc_Fields[] = {
    {"root_category", 13, 0, offsetof(suprsend_commit_category_response_root_categories_item, root_category), -1, -1, &apic_type_string},
    {"sections", 8, 0, offsetof(suprsend_commit_category_response_root_categories_item, sections), offsetof(suprsend_commit_category_response_root_categories_item, has_sections), -1, &suprsend_commit_category_response_root_categories_item_sections_item_array_Type},
};
const apic_struct_desc suprsend_commit_category_response_root_categories_item_desc = {
    "commit_category_response.root_categories.item", sizeof(suprsend_commit_category_response_root_categories_item), suprsend_commit_category_response_root_categories_item_desc_Fields, 2,
    offsetof(suprsend_commit_category_response_root_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_category_response_root_categories_item_free(suprsend_commit_category_response_root_categories_item *obj)
{
    apic_struct_free(&suprsend_commit_category_response_root_categories_item_desc, obj);
}

int suprsend_commit_category_response_root_categories_item_from_json(const char *json, size_t len, suprsend_commit_category_response_root_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_category_response_root_categories_item_Type, json, len, &value, err);
    *out = (suprsend_commit_category_response_root_categories_item *)value;
    return rc;
}

int suprsend_commit_category_response_root_categories_item_to_json(const suprsend_commit_category_response_root_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_category_response_root_categories_item_Type, obj, out, err);
}

/* commit_category_response.root_categories.item.sections.item */
static const apic_field suprsend_commit_category_response_root_categories_item_sections_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_commit_category_response_root_categories_item_sections_item, name), -1, -1, &apic_type_string},
    {"categories", 10, 0, offsetof(suprsend_commit_category_response_root_categories_item_sections_item, categories), offsetof(suprsend_commit_category_response_root_categories_item_sections_item, has_categories), -1, &suprsend_commit_category_response_root_categories_item_sections_item_categories_item_array_Type},
};
const apic_struct_desc suprsend_commit_category_response_root_categories_item_sections_item_desc = {
    "commit_category_response.root_categories.item.sections.item", sizeof(suprsend_commit_category_response_root_categories_item_sections_item), suprsend_commit_category_response_root_categories_item_sections_item_desc_Fields, 2,
    offsetof(suprsend_commit_category_response_root_categories_item_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_category_response_root_categories_item_sections_item_free(suprsend_commit_category_response_root_categories_item_sections_item *obj)
{
    apic_struct_free(&suprsend_commit_category_response_root_categories_item_sections_item_desc, obj);
}

int suprsend_commit_category_response_root_categories_item_sections_item_from_json(const char *json, size_t len, suprsend_commit_category_response_root_categories_item_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_category_response_root_categories_item_sections_item_Type, json, len, &value, err);
    *out = (suprsend_commit_category_response_root_categories_item_sections_item *)value;
    return rc;
}

int suprsend_commit_category_response_root_categories_item_sections_item_to_json(const suprsend_commit_category_response_root_categories_item_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_category_response_root_categories_item_sections_item_Type, obj, out, err);
}

/* commit_category_response.root_categories.item.sections.item.categories.item */
static const apic_field suprsend_commit_category_response_root_categories_item_sections_item_categories_item_desc_Fields[] = {
    {"category", 8, 0, offsetof(suprsend_commit_category_response_root_categories_item_sections_item_categories_item, category), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_commit_category_response_root_categories_item_sections_item_categories_item, name), -1, -1, &apic_type_string},
    {"default_preference", 18, 0, offsetof(suprsend_commit_category_response_root_categories_item_sections_item_categories_item, default_preference), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_commit_category_response_root_categories_item_sections_item_categories_item_desc = {
    "commit_category_response.root_categories.item.sections.item.categories.item", sizeof(suprsend_commit_category_response_root_categories_item_sections_item_categories_item), suprsend_commit_category_response_root_categories_item_sections_item_categories_item_desc_Fields, 3,
    offsetof(suprsend_commit_category_response_root_categories_item_sections_item_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_category_response_root_categories_item_sections_item_categories_item_free(suprsend_commit_category_response_root_categories_item_sections_item_categories_item *obj)
{
    apic_struct_free(&suprsend_commit_category_response_root_categories_item_sections_item_categories_item_desc, obj);
}

int suprsend_commit_category_response_root_categories_item_sections_item_categories_item_from_json(const char *json, size_t len, suprsend_commit_category_response_root_categories_item_sections_item_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_category_response_root_categories_item_sections_item_categories_item_Type, json, len, &value, err);
    *out = (suprsend_commit_category_response_root_categories_item_sections_item_categories_item *)value;
    return rc;
}

int suprsend_commit_category_response_root_categories_item_sections_item_categories_item_to_json(const suprsend_commit_category_response_root_categories_item_sections_item_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_category_response_root_categories_item_sections_item_categories_item_Type, obj, out, err);
}

/* list_category_translation_locales_response */
static const apic_field suprsend_list_category_translation_locales_response_desc_Fields[] = {
    {"results", 7, 0, offsetof(suprsend_list_category_translation_locales_response, results), offsetof(suprsend_list_category_translation_locales_response, has_results), -1, &suprsend_list_category_translation_locales_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_category_translation_locales_response_desc = {
    "list_category_translation_locales_response", sizeof(suprsend_list_category_translation_locales_response), suprsend_list_category_translation_locales_response_desc_Fields, 1,
    offsetof(suprsend_list_category_translation_locales_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_category_translation_locales_response_free(suprsend_list_category_translation_locales_response *obj)
{
    apic_struct_free(&suprsend_list_category_translation_locales_response_desc, obj);
}

int suprsend_list_category_translation_locales_response_from_json(const char *json, size_t len, suprsend_list_category_translation_locales_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_category_translation_locales_response_Type, json, len, &value, err);
    *out = (suprsend_list_category_translation_locales_response *)value;
    return rc;
}

int suprsend_list_category_translation_locales_response_to_json(const suprsend_list_category_translation_locales_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_category_translation_locales_response_Type, obj, out, err);
}

/* list_category_translation_locales_response.results.item */
static const apic_field suprsend_list_category_translation_locales_response_results_item_desc_Fields[] = {
    {"locale", 6, 0, offsetof(suprsend_list_category_translation_locales_response_results_item, locale), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_list_category_translation_locales_response_results_item_desc = {
    "list_category_translation_locales_response.results.item", sizeof(suprsend_list_category_translation_locales_response_results_item), suprsend_list_category_translation_locales_response_results_item_desc_Fields, 1,
    offsetof(suprsend_list_category_translation_locales_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_category_translation_locales_response_results_item_free(suprsend_list_category_translation_locales_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_category_translation_locales_response_results_item_desc, obj);
}

int suprsend_list_category_translation_locales_response_results_item_from_json(const char *json, size_t len, suprsend_list_category_translation_locales_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_category_translation_locales_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_category_translation_locales_response_results_item *)value;
    return rc;
}

int suprsend_list_category_translation_locales_response_results_item_to_json(const suprsend_list_category_translation_locales_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_category_translation_locales_response_results_item_Type, obj, out, err);
}

/* get_category_translation_response */
static const apic_field suprsend_get_category_translation_response_desc_Fields[] = {
    {"sections", 8, 0, offsetof(suprsend_get_category_translation_response, sections), offsetof(suprsend_get_category_translation_response, has_sections), -1, &suprsend_get_category_translation_response_sections_value_map_Type},
    {"categories", 10, 0, offsetof(suprsend_get_category_translation_response, categories), offsetof(suprsend_get_category_translation_response, has_categories), -1, &suprsend_get_category_translation_response_categories_value_map_Type},
};
const apic_struct_desc suprsend_get_category_translation_response_desc = {
    "get_category_translation_response", sizeof(suprsend_get_category_translation_response), suprsend_get_category_translation_response_desc_Fields, 2,
    offsetof(suprsend_get_category_translation_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_translation_response_free(suprsend_get_category_translation_response *obj)
{
    apic_struct_free(&suprsend_get_category_translation_response_desc, obj);
}

int suprsend_get_category_translation_response_from_json(const char *json, size_t len, suprsend_get_category_translation_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_translation_response_Type, json, len, &value, err);
    *out = (suprsend_get_category_translation_response *)value;
    return rc;
}

int suprsend_get_category_translation_response_to_json(const suprsend_get_category_translation_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_translation_response_Type, obj, out, err);
}

/* get_category_translation_response.sections.value */
static const apic_field suprsend_get_category_translation_response_sections_value_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_get_category_translation_response_sections_value, name), -1, offsetof(suprsend_get_category_translation_response_sections_value, name_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_get_category_translation_response_sections_value, description), -1, offsetof(suprsend_get_category_translation_response_sections_value, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_get_category_translation_response_sections_value_desc = {
    "get_category_translation_response.sections.value", sizeof(suprsend_get_category_translation_response_sections_value), suprsend_get_category_translation_response_sections_value_desc_Fields, 2,
    offsetof(suprsend_get_category_translation_response_sections_value, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_translation_response_sections_value_free(suprsend_get_category_translation_response_sections_value *obj)
{
    apic_struct_free(&suprsend_get_category_translation_response_sections_value_desc, obj);
}

int suprsend_get_category_translation_response_sections_value_from_json(const char *json, size_t len, suprsend_get_category_translation_response_sections_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_translation_response_sections_value_Type, json, len, &value, err);
    *out = (suprsend_get_category_translation_response_sections_value *)value;
    return rc;
}

int suprsend_get_category_translation_response_sections_value_to_json(const suprsend_get_category_translation_response_sections_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_translation_response_sections_value_Type, obj, out, err);
}

/* get_category_translation_response.categories.value */
static const apic_field suprsend_get_category_translation_response_categories_value_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_get_category_translation_response_categories_value, name), -1, offsetof(suprsend_get_category_translation_response_categories_value, name_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_get_category_translation_response_categories_value, description), -1, offsetof(suprsend_get_category_translation_response_categories_value, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_get_category_translation_response_categories_value_desc = {
    "get_category_translation_response.categories.value", sizeof(suprsend_get_category_translation_response_categories_value), suprsend_get_category_translation_response_categories_value_desc_Fields, 2,
    offsetof(suprsend_get_category_translation_response_categories_value, unknown_fields),
    -1,
    NULL
};

void suprsend_get_category_translation_response_categories_value_free(suprsend_get_category_translation_response_categories_value *obj)
{
    apic_struct_free(&suprsend_get_category_translation_response_categories_value_desc, obj);
}

int suprsend_get_category_translation_response_categories_value_from_json(const char *json, size_t len, suprsend_get_category_translation_response_categories_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_category_translation_response_categories_value_Type, json, len, &value, err);
    *out = (suprsend_get_category_translation_response_categories_value *)value;
    return rc;
}

int suprsend_get_category_translation_response_categories_value_to_json(const suprsend_get_category_translation_response_categories_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_category_translation_response_categories_value_Type, obj, out, err);
}

/* add_category_translation_request */
static const apic_field suprsend_add_category_translation_request_desc_Fields[] = {
    {"sections", 8, 0, offsetof(suprsend_add_category_translation_request, sections), offsetof(suprsend_add_category_translation_request, has_sections), -1, &suprsend_add_category_translation_request_sections_value_map_Type},
    {"categories", 10, 0, offsetof(suprsend_add_category_translation_request, categories), offsetof(suprsend_add_category_translation_request, has_categories), -1, &suprsend_add_category_translation_request_categories_value_map_Type},
};
const apic_struct_desc suprsend_add_category_translation_request_desc = {
    "add_category_translation_request", sizeof(suprsend_add_category_translation_request), suprsend_add_category_translation_request_desc_Fields, 2,
    offsetof(suprsend_add_category_translation_request, unknown_fields),
    -1,
    NULL
};

void suprsend_add_category_translation_request_free(suprsend_add_category_translation_request *obj)
{
    apic_struct_free(&suprsend_add_category_translation_request_desc, obj);
}

int suprsend_add_category_translation_request_from_json(const char *json, size_t len, suprsend_add_category_translation_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_category_translation_request_Type, json, len, &value, err);
    *out = (suprsend_add_category_translation_request *)value;
    return rc;
}

int suprsend_add_category_translation_request_to_json(const suprsend_add_category_translation_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_category_translation_request_Type, obj, out, err);
}

/* add_category_translation_request.sections.value */
static const apic_field suprsend_add_category_translation_request_sections_value_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_request_sections_value, name), -1, offsetof(suprsend_add_category_translation_request_sections_value, name_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_request_sections_value, description), -1, offsetof(suprsend_add_category_translation_request_sections_value, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_add_category_translation_request_sections_value_desc = {
    "add_category_translation_request.sections.value", sizeof(suprsend_add_category_translation_request_sections_value), suprsend_add_category_translation_request_sections_value_desc_Fields, 2,
    offsetof(suprsend_add_category_translation_request_sections_value, unknown_fields),
    -1,
    NULL
};

void suprsend_add_category_translation_request_sections_value_free(suprsend_add_category_translation_request_sections_value *obj)
{
    apic_struct_free(&suprsend_add_category_translation_request_sections_value_desc, obj);
}

int suprsend_add_category_translation_request_sections_value_from_json(const char *json, size_t len, suprsend_add_category_translation_request_sections_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_category_translation_request_sections_value_Type, json, len, &value, err);
    *out = (suprsend_add_category_translation_request_sections_value *)value;
    return rc;
}

int suprsend_add_category_translation_request_sections_value_to_json(const suprsend_add_category_translation_request_sections_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_category_translation_request_sections_value_Type, obj, out, err);
}

/* add_category_translation_request.categories.value */
static const apic_field suprsend_add_category_translation_request_categories_value_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_request_categories_value, name), -1, offsetof(suprsend_add_category_translation_request_categories_value, name_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_request_categories_value, description), -1, offsetof(suprsend_add_category_translation_request_categories_value, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_add_category_translation_request_categories_value_desc = {
    "add_category_translation_request.categories.value", sizeof(suprsend_add_category_translation_request_categories_value), suprsend_add_category_translation_request_categories_value_desc_Fields, 2,
    offsetof(suprsend_add_category_translation_request_categories_value, unknown_fields),
    -1,
    NULL
};

void suprsend_add_category_translation_request_categories_value_free(suprsend_add_category_translation_request_categories_value *obj)
{
    apic_struct_free(&suprsend_add_category_translation_request_categories_value_desc, obj);
}

int suprsend_add_category_translation_request_categories_value_from_json(const char *json, size_t len, suprsend_add_category_translation_request_categories_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_category_translation_request_categories_value_Type, json, len, &value, err);
    *out = (suprsend_add_category_translation_request_categories_value *)value;
    return rc;
}

int suprsend_add_category_translation_request_categories_value_to_json(const suprsend_add_category_translation_request_categories_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_category_translation_request_categories_value_Type, obj, out, err);
}

/* add_category_translation_response */
static const apic_field suprsend_add_category_translation_response_desc_Fields[] = {
    {"sections", 8, 0, offsetof(suprsend_add_category_translation_response, sections), offsetof(suprsend_add_category_translation_response, has_sections), -1, &suprsend_add_category_translation_response_sections_value_map_Type},
    {"categories", 10, 0, offsetof(suprsend_add_category_translation_response, categories), offsetof(suprsend_add_category_translation_response, has_categories), -1, &suprsend_add_category_translation_response_categories_value_map_Type},
};
const apic_struct_desc suprsend_add_category_translation_response_desc = {
    "add_category_translation_response", sizeof(suprsend_add_category_translation_response), suprsend_add_category_translation_response_desc_Fields, 2,
    offsetof(suprsend_add_category_translation_response, unknown_fields),
    -1,
    NULL
};

void suprsend_add_category_translation_response_free(suprsend_add_category_translation_response *obj)
{
    apic_struct_free(&suprsend_add_category_translation_response_desc, obj);
}

int suprsend_add_category_translation_response_from_json(const char *json, size_t len, suprsend_add_category_translation_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_category_translation_response_Type, json, len, &value, err);
    *out = (suprsend_add_category_translation_response *)value;
    return rc;
}

int suprsend_add_category_translation_response_to_json(const suprsend_add_category_translation_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_category_translation_response_Type, obj, out, err);
}

/* add_category_translation_response.sections.value */
static const apic_field suprsend_add_category_translation_response_sections_value_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_response_sections_value, name), -1, offsetof(suprsend_add_category_translation_response_sections_value, name_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_response_sections_value, description), -1, offsetof(suprsend_add_category_translation_response_sections_value, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_add_category_translation_response_sections_value_desc = {
    "add_category_translation_response.sections.value", sizeof(suprsend_add_category_translation_response_sections_value), suprsend_add_category_translation_response_sections_value_desc_Fields, 2,
    offsetof(suprsend_add_category_translation_response_sections_value, unknown_fields),
    -1,
    NULL
};

void suprsend_add_category_translation_response_sections_value_free(suprsend_add_category_translation_response_sections_value *obj)
{
    apic_struct_free(&suprsend_add_category_translation_response_sections_value_desc, obj);
}

int suprsend_add_category_translation_response_sections_value_from_json(const char *json, size_t len, suprsend_add_category_translation_response_sections_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_category_translation_response_sections_value_Type, json, len, &value, err);
    *out = (suprsend_add_category_translation_response_sections_value *)value;
    return rc;
}

int suprsend_add_category_translation_response_sections_value_to_json(const suprsend_add_category_translation_response_sections_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_category_translation_response_sections_value_Type, obj, out, err);
}

/* add_category_translation_response.categories.value */
static const apic_field suprsend_add_category_translation_response_categories_value_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_response_categories_value, name), -1, offsetof(suprsend_add_category_translation_response_categories_value, name_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_add_category_translation_response_categories_value, description), -1, offsetof(suprsend_add_category_translation_response_categories_value, description_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_add_category_translation_response_categories_value_desc = {
    "add_category_translation_response.categories.value", sizeof(suprsend_add_category_translation_response_categories_value), suprsend_add_category_translation_response_categories_value_desc_Fields, 2,
    offsetof(suprsend_add_category_translation_response_categories_value, unknown_fields),
    -1,
    NULL
};

void suprsend_add_category_translation_response_categories_value_free(suprsend_add_category_translation_response_categories_value *obj)
{
    apic_struct_free(&suprsend_add_category_translation_response_categories_value_desc, obj);
}

int suprsend_add_category_translation_response_categories_value_from_json(const char *json, size_t len, suprsend_add_category_translation_response_categories_value **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_category_translation_response_categories_value_Type, json, len, &value, err);
    *out = (suprsend_add_category_translation_response_categories_value *)value;
    return rc;
}

int suprsend_add_category_translation_response_categories_value_to_json(const suprsend_add_category_translation_response_categories_value *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_category_translation_response_categories_value_Type, obj, out, err);
}

/* list_translations_response */
static const apic_field suprsend_list_translations_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_translations_response, meta), -1, -1, &suprsend_list_translations_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_translations_response, results), offsetof(suprsend_list_translations_response, has_results), -1, &suprsend_list_translations_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_translations_response_desc = {
    "list_translations_response", sizeof(suprsend_list_translations_response), suprsend_list_translations_response_desc_Fields, 2,
    offsetof(suprsend_list_translations_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_translations_response_free(suprsend_list_translations_response *obj)
{
    apic_struct_free(&suprsend_list_translations_response_desc, obj);
}

int suprsend_list_translations_response_from_json(const char *json, size_t len, suprsend_list_translations_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_translations_response_Type, json, len, &value, err);
    *out = (suprsend_list_translations_response *)value;
    return rc;
}

int suprsend_list_translations_response_to_json(const suprsend_list_translations_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_translations_response_Type, obj, out, err);
}

/* list_translations_response.meta */
static const apic_field suprsend_list_translations_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_translations_response_meta, count), offsetof(suprsend_list_translations_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_translations_response_meta, limit), offsetof(suprsend_list_translations_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_translations_response_meta, offset), offsetof(suprsend_list_translations_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_translations_response_meta_desc = {
    "list_translations_response.meta", sizeof(suprsend_list_translations_response_meta), suprsend_list_translations_response_meta_desc_Fields, 3,
    offsetof(suprsend_list_translations_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_translations_response_meta_free(suprsend_list_translations_response_meta *obj)
{
    apic_struct_free(&suprsend_list_translations_response_meta_desc, obj);
}

int suprsend_list_translations_response_meta_from_json(const char *json, size_t len, suprsend_list_translations_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_translations_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_translations_response_meta *)value;
    return rc;
}

int suprsend_list_translations_response_meta_to_json(const suprsend_list_translations_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_translations_response_meta_Type, obj, out, err);
}

/* list_translations_response.results.item */
static const apic_field suprsend_list_translations_response_results_item_desc_Fields[] = {
    {"filename", 8, 0, offsetof(suprsend_list_translations_response_results_item, filename), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_list_translations_response_results_item, locale), -1, -1, &apic_type_string},
    {"locale_name", 11, 0, offsetof(suprsend_list_translations_response_results_item, locale_name), -1, -1, &apic_type_string},
    {"namespace", 9, APIC_F_NULLABLE, offsetof(suprsend_list_translations_response_results_item, namespace_), -1, offsetof(suprsend_list_translations_response_results_item, namespace__is_null), &apic_type_string},
    {"action", 6, 0, offsetof(suprsend_list_translations_response_results_item, action), offsetof(suprsend_list_translations_response_results_item, has_action), -1, &suprsend_list_translations_response_results_item_action_Type},
    {"updated_at", 10, 0, offsetof(suprsend_list_translations_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_list_translations_response_results_item_desc = {
    "list_translations_response.results.item", sizeof(suprsend_list_translations_response_results_item), suprsend_list_translations_response_results_item_desc_Fields, 6,
    offsetof(suprsend_list_translations_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_translations_response_results_item_free(suprsend_list_translations_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_translations_response_results_item_desc, obj);
}

int suprsend_list_translations_response_results_item_from_json(const char *json, size_t len, suprsend_list_translations_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_translations_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_translations_response_results_item *)value;
    return rc;
}

int suprsend_list_translations_response_results_item_to_json(const suprsend_list_translations_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_translations_response_results_item_Type, obj, out, err);
}

/* get_translation_response */
static const apic_field suprsend_get_translation_response_desc_Fields[] = {
    {"filename", 8, 0, offsetof(suprsend_get_translation_response, filename), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_translation_response, locale), -1, -1, &apic_type_string},
    {"locale_name", 11, 0, offsetof(suprsend_get_translation_response, locale_name), -1, -1, &apic_type_string},
    {"namespace", 9, APIC_F_NULLABLE, offsetof(suprsend_get_translation_response, namespace_), -1, offsetof(suprsend_get_translation_response, namespace__is_null), &apic_type_string},
    {"action", 6, 0, offsetof(suprsend_get_translation_response, action), offsetof(suprsend_get_translation_response, has_action), -1, &suprsend_get_translation_response_action_Type},
    {"updated_at", 10, 0, offsetof(suprsend_get_translation_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"content", 7, 0, offsetof(suprsend_get_translation_response, content), offsetof(suprsend_get_translation_response, has_content), -1, &suprsend_string_map_Type},
};
const apic_struct_desc suprsend_get_translation_response_desc = {
    "get_translation_response", sizeof(suprsend_get_translation_response), suprsend_get_translation_response_desc_Fields, 7,
    offsetof(suprsend_get_translation_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_translation_response_free(suprsend_get_translation_response *obj)
{
    apic_struct_free(&suprsend_get_translation_response_desc, obj);
}

int suprsend_get_translation_response_from_json(const char *json, size_t len, suprsend_get_translation_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_translation_response_Type, json, len, &value, err);
    *out = (suprsend_get_translation_response *)value;
    return rc;
}

int suprsend_get_translation_response_to_json(const suprsend_get_translation_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_translation_response_Type, obj, out, err);
}

/* add_translation_request */
static const apic_field suprsend_add_translation_request_desc_Fields[] = {
    {"locale", 6, APIC_F_REQUIRED, offsetof(suprsend_add_translation_request, locale), -1, -1, &apic_type_string},
    {"content", 7, APIC_F_REQUIRED, offsetof(suprsend_add_translation_request, content), -1, -1, &apic_type_json_map},
};
const apic_struct_desc suprsend_add_translation_request_desc = {
    "add_translation_request", sizeof(suprsend_add_translation_request), suprsend_add_translation_request_desc_Fields, 2,
    offsetof(suprsend_add_translation_request, unknown_fields),
    -1,
    NULL
};

void suprsend_add_translation_request_free(suprsend_add_translation_request *obj)
{
    apic_struct_free(&suprsend_add_translation_request_desc, obj);
}

int suprsend_add_translation_request_from_json(const char *json, size_t len, suprsend_add_translation_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_translation_request_Type, json, len, &value, err);
    *out = (suprsend_add_translation_request *)value;
    return rc;
}

int suprsend_add_translation_request_to_json(const suprsend_add_translation_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_translation_request_Type, obj, out, err);
}

/* add_translation_response */
static const apic_field suprsend_add_translation_response_desc_Fields[] = {
    {"filename", 8, 0, offsetof(suprsend_add_translation_response, filename), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_add_translation_response, locale), -1, -1, &apic_type_string},
    {"locale_name", 11, 0, offsetof(suprsend_add_translation_response, locale_name), -1, -1, &apic_type_string},
    {"namespace", 9, APIC_F_NULLABLE, offsetof(suprsend_add_translation_response, namespace_), -1, offsetof(suprsend_add_translation_response, namespace__is_null), &apic_type_string},
    {"action", 6, 0, offsetof(suprsend_add_translation_response, action), offsetof(suprsend_add_translation_response, has_action), -1, &suprsend_add_translation_response_action_Type},
    {"updated_at", 10, 0, offsetof(suprsend_add_translation_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"content", 7, 0, offsetof(suprsend_add_translation_response, content), offsetof(suprsend_add_translation_response, has_content), -1, &suprsend_string_map_Type},
};
const apic_struct_desc suprsend_add_translation_response_desc = {
    "add_translation_response", sizeof(suprsend_add_translation_response), suprsend_add_translation_response_desc_Fields, 7,
    offsetof(suprsend_add_translation_response, unknown_fields),
    -1,
    NULL
};

void suprsend_add_translation_response_free(suprsend_add_translation_response *obj)
{
    apic_struct_free(&suprsend_add_translation_response_desc, obj);
}

int suprsend_add_translation_response_from_json(const char *json, size_t len, suprsend_add_translation_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_translation_response_Type, json, len, &value, err);
    *out = (suprsend_add_translation_response *)value;
    return rc;
}

int suprsend_add_translation_response_to_json(const suprsend_add_translation_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_translation_response_Type, obj, out, err);
}

/* get_translation_history_response */
static const apic_field suprsend_get_translation_history_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_get_translation_history_response, meta), -1, -1, &suprsend_get_translation_history_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_get_translation_history_response, results), offsetof(suprsend_get_translation_history_response, has_results), -1, &suprsend_get_translation_history_response_results_item_array_Type},
};
const apic_struct_desc suprsend_get_translation_history_response_desc = {
    "get_translation_history_response", sizeof(suprsend_get_translation_history_response), suprsend_get_translation_history_response_desc_Fields, 2,
    offsetof(suprsend_get_translation_history_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_translation_history_response_free(suprsend_get_translation_history_response *obj)
{
    apic_struct_free(&suprsend_get_translation_history_response_desc, obj);
}

int suprsend_get_translation_history_response_from_json(const char *json, size_t len, suprsend_get_translation_history_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_translation_history_response_Type, json, len, &value, err);
    *out = (suprsend_get_translation_history_response *)value;
    return rc;
}

int suprsend_get_translation_history_response_to_json(const suprsend_get_translation_history_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_translation_history_response_Type, obj, out, err);
}

/* get_translation_history_response.meta */
static const apic_field suprsend_get_translation_history_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_get_translation_history_response_meta, count), offsetof(suprsend_get_translation_history_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_get_translation_history_response_meta, limit), offsetof(suprsend_get_translation_history_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_translation_history_response_meta, offset), offsetof(suprsend_get_translation_history_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_get_translation_history_response_meta_desc = {
    "get_translation_history_response.meta", sizeof(suprsend_get_translation_history_response_meta), suprsend_get_translation_history_response_meta_desc_Fields, 3,
    offsetof(suprsend_get_translation_history_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_get_translation_history_response_meta_free(suprsend_get_translation_history_response_meta *obj)
{
    apic_struct_free(&suprsend_get_translation_history_response_meta_desc, obj);
}

int suprsend_get_translation_history_response_meta_from_json(const char *json, size_t len, suprsend_get_translation_history_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_translation_history_response_meta_Type, json, len, &value, err);
    *out = (suprsend_get_translation_history_response_meta *)value;
    return rc;
}

int suprsend_get_translation_history_response_meta_to_json(const suprsend_get_translation_history_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_translation_history_response_meta_Type, obj, out, err);
}

/* get_translation_history_response.results.item */
static const apic_field suprsend_get_translation_history_response_results_item_desc_Fields[] = {
    {"filename", 8, 0, offsetof(suprsend_get_translation_history_response_results_item, filename), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_get_translation_history_response_results_item, locale), -1, -1, &apic_type_string},
    {"locale_name", 11, 0, offsetof(suprsend_get_translation_history_response_results_item, locale_name), -1, -1, &apic_type_string},
    {"namespace", 9, APIC_F_NULLABLE, offsetof(suprsend_get_translation_history_response_results_item, namespace_), -1, offsetof(suprsend_get_translation_history_response_results_item, namespace__is_null), &apic_type_string},
    {"action", 6, 0, offsetof(suprsend_get_translation_history_response_results_item, action), offsetof(suprsend_get_translation_history_response_results_item, has_action), -1, &suprsend_get_translation_history_response_results_item_action_Type},
    {"updated_at", 10, 0, offsetof(suprsend_get_translation_history_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_get_translation_history_response_results_item_desc = {
    "get_translation_history_response.results.item", sizeof(suprsend_get_translation_history_response_results_item), suprsend_get_translation_history_response_results_item_desc_Fields, 6,
    offsetof(suprsend_get_translation_history_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_translation_history_response_results_item_free(suprsend_get_translation_history_response_results_item *obj)
{
    apic_struct_free(&suprsend_get_translation_history_response_results_item_desc, obj);
}

int suprsend_get_translation_history_response_results_item_from_json(const char *json, size_t len, suprsend_get_translation_history_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_translation_history_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_get_translation_history_response_results_item *)value;
    return rc;
}

int suprsend_get_translation_history_response_results_item_to_json(const suprsend_get_translation_history_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_translation_history_response_results_item_Type, obj, out, err);
}

/* rollback_translation_response */
static const apic_field suprsend_rollback_translation_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_rollback_translation_response, meta), -1, -1, &suprsend_rollback_translation_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_rollback_translation_response, results), offsetof(suprsend_rollback_translation_response, has_results), -1, &suprsend_rollback_translation_response_results_item_array_Type},
};
const apic_struct_desc suprsend_rollback_translation_response_desc = {
    "rollback_translation_response", sizeof(suprsend_rollback_translation_response), suprsend_rollback_translation_response_desc_Fields, 2,
    offsetof(suprsend_rollback_translation_response, unknown_fields),
    -1,
    NULL
};

void suprsend_rollback_translation_response_free(suprsend_rollback_translation_response *obj)
{
    apic_struct_free(&suprsend_rollback_translation_response_desc, obj);
}

int suprsend_rollback_translation_response_from_json(const char *json, size_t len, suprsend_rollback_translation_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_rollback_translation_response_Type, json, len, &value, err);
    *out = (suprsend_rollback_translation_response *)value;
    return rc;
}

int suprsend_rollback_translation_response_to_json(const suprsend_rollback_translation_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_rollback_translation_response_Type, obj, out, err);
}

/* rollback_translation_response.meta */
static const apic_field suprsend_rollback_translation_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_rollback_translation_response_meta, count), offsetof(suprsend_rollback_translation_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_rollback_translation_response_meta, limit), offsetof(suprsend_rollback_translation_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_rollback_translation_response_meta, offset), offsetof(suprsend_rollback_translation_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_rollback_translation_response_meta_desc = {
    "rollback_translation_response.meta", sizeof(suprsend_rollback_translation_response_meta), suprsend_rollback_translation_response_meta_desc_Fields, 3,
    offsetof(suprsend_rollback_translation_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_rollback_translation_response_meta_free(suprsend_rollback_translation_response_meta *obj)
{
    apic_struct_free(&suprsend_rollback_translation_response_meta_desc, obj);
}

int suprsend_rollback_translation_response_meta_from_json(const char *json, size_t len, suprsend_rollback_translation_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_rollback_translation_response_meta_Type, json, len, &value, err);
    *out = (suprsend_rollback_translation_response_meta *)value;
    return rc;
}

int suprsend_rollback_translation_response_meta_to_json(const suprsend_rollback_translation_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_rollback_translation_response_meta_Type, obj, out, err);
}

/* rollback_translation_response.results.item */
static const apic_field suprsend_rollback_translation_response_results_item_desc_Fields[] = {
    {"filename", 8, 0, offsetof(suprsend_rollback_translation_response_results_item, filename), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_rollback_translation_response_results_item, locale), -1, -1, &apic_type_string},
    {"locale_name", 11, 0, offsetof(suprsend_rollback_translation_response_results_item, locale_name), -1, -1, &apic_type_string},
    {"namespace", 9, APIC_F_NULLABLE, offsetof(suprsend_rollback_translation_response_results_item, namespace_), -1, offsetof(suprsend_rollback_translation_response_results_item, namespace__is_null), &apic_type_string},
    {"action", 6, 0, offsetof(suprsend_rollback_translation_response_results_item, action), offsetof(suprsend_rollback_translation_response_results_item, has_action), -1, &suprsend_rollback_translation_response_results_item_action_Type},
    {"updated_at", 10, 0, offsetof(suprsend_rollback_translation_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_rollback_translation_response_results_item_desc = {
    "rollback_translation_response.results.item", sizeof(suprsend_rollback_translation_response_results_item), suprsend_rollback_translation_response_results_item_desc_Fields, 6,
    offsetof(suprsend_rollback_translation_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_rollback_translation_response_results_item_free(suprsend_rollback_translation_response_results_item *obj)
{
    apic_struct_free(&suprsend_rollback_translation_response_results_item_desc, obj);
}

int suprsend_rollback_translation_response_results_item_from_json(const char *json, size_t len, suprsend_rollback_translation_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_rollback_translation_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_rollback_translation_response_results_item *)value;
    return rc;
}

int suprsend_rollback_translation_response_results_item_to_json(const suprsend_rollback_translation_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_rollback_translation_response_results_item_Type, obj, out, err);
}

/* commit_translation_response */
static const apic_field suprsend_commit_translation_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_commit_translation_response, meta), -1, -1, &suprsend_commit_translation_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_commit_translation_response, results), offsetof(suprsend_commit_translation_response, has_results), -1, &suprsend_commit_translation_response_results_item_array_Type},
};
const apic_struct_desc suprsend_commit_translation_response_desc = {
    "commit_translation_response", sizeof(suprsend_commit_translation_response), suprsend_commit_translation_response_desc_Fields, 2,
    offsetof(suprsend_commit_translation_response, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_translation_response_free(suprsend_commit_translation_response *obj)
{
    apic_struct_free(&suprsend_commit_translation_response_desc, obj);
}

int suprsend_commit_translation_response_from_json(const char *json, size_t len, suprsend_commit_translation_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_translation_response_Type, json, len, &value, err);
    *out = (suprsend_commit_translation_response *)value;
    return rc;
}

int suprsend_commit_translation_response_to_json(const suprsend_commit_translation_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_translation_response_Type, obj, out, err);
}

/* commit_translation_response.meta */
static const apic_field suprsend_commit_translation_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_commit_translation_response_meta, count), offsetof(suprsend_commit_translation_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_commit_translation_response_meta, limit), offsetof(suprsend_commit_translation_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_commit_translation_response_meta, offset), offsetof(suprsend_commit_translation_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_commit_translation_response_meta_desc = {
    "commit_translation_response.meta", sizeof(suprsend_commit_translation_response_meta), suprsend_commit_translation_response_meta_desc_Fields, 3,
    offsetof(suprsend_commit_translation_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_translation_response_meta_free(suprsend_commit_translation_response_meta *obj)
{
    apic_struct_free(&suprsend_commit_translation_response_meta_desc, obj);
}

int suprsend_commit_translation_response_meta_from_json(const char *json, size_t len, suprsend_commit_translation_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_translation_response_meta_Type, json, len, &value, err);
    *out = (suprsend_commit_translation_response_meta *)value;
    return rc;
}

int suprsend_commit_translation_response_meta_to_json(const suprsend_commit_translation_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_translation_response_meta_Type, obj, out, err);
}

/* commit_translation_response.results.item */
static const apic_field suprsend_commit_translation_response_results_item_desc_Fields[] = {
    {"filename", 8, 0, offsetof(suprsend_commit_translation_response_results_item, filename), -1, -1, &apic_type_string},
    {"locale", 6, 0, offsetof(suprsend_commit_translation_response_results_item, locale), -1, -1, &apic_type_string},
    {"locale_name", 11, 0, offsetof(suprsend_commit_translation_response_results_item, locale_name), -1, -1, &apic_type_string},
    {"namespace", 9, APIC_F_NULLABLE, offsetof(suprsend_commit_translation_response_results_item, namespace_), -1, offsetof(suprsend_commit_translation_response_results_item, namespace__is_null), &apic_type_string},
    {"action", 6, 0, offsetof(suprsend_commit_translation_response_results_item, action), offsetof(suprsend_commit_translation_response_results_item, has_action), -1, &suprsend_commit_translation_response_results_item_action_Type},
    {"updated_at", 10, 0, offsetof(suprsend_commit_translation_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_commit_translation_response_results_item_desc = {
    "commit_translation_response.results.item", sizeof(suprsend_commit_translation_response_results_item), suprsend_commit_translation_response_results_item_desc_Fields, 6,
    offsetof(suprsend_commit_translation_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_commit_translation_response_results_item_free(suprsend_commit_translation_response_results_item *obj)
{
    apic_struct_free(&suprsend_commit_translation_response_results_item_desc, obj);
}

int suprsend_commit_translation_response_results_item_from_json(const char *json, size_t len, suprsend_commit_translation_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_commit_translation_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_commit_translation_response_results_item *)value;
    return rc;
}

int suprsend_commit_translation_response_results_item_to_json(const suprsend_commit_translation_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_commit_translation_response_results_item_Type, obj, out, err);
}

/* list_templates_v2_response */
static const apic_field suprsend_list_templates_v2_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_templates_v2_response, meta), -1, -1, &suprsend_list_templates_v2_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_templates_v2_response, results), offsetof(suprsend_list_templates_v2_response, has_results), -1, &suprsend_list_templates_v2_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_templates_v2_response_desc = {
    "list_templates_v2_response", sizeof(suprsend_list_templates_v2_response), suprsend_list_templates_v2_response_desc_Fields, 2,
    offsetof(suprsend_list_templates_v2_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_templates_v2_response_free(suprsend_list_templates_v2_response *obj)
{
    apic_struct_free(&suprsend_list_templates_v2_response_desc, obj);
}

int suprsend_list_templates_v2_response_from_json(const char *json, size_t len, suprsend_list_templates_v2_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_templates_v2_response_Type, json, len, &value, err);
    *out = (suprsend_list_templates_v2_response *)value;
    return rc;
}

int suprsend_list_templates_v2_response_to_json(const suprsend_list_templates_v2_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_templates_v2_response_Type, obj, out, err);
}

/* list_templates_v2_response.meta */
static const apic_field suprsend_list_templates_v2_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_templates_v2_response_meta, count), offsetof(suprsend_list_templates_v2_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_templates_v2_response_meta, limit), offsetof(suprsend_list_templates_v2_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_templates_v2_response_meta, offset), offsetof(suprsend_list_templates_v2_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_templates_v2_response_meta_desc = {
    "list_templates_v2_response.meta", sizeof(suprsend_list_templates_v2_response_meta), suprsend_list_templates_v2_response_meta_desc_Fields, 3,
    offsetof(suprsend_list_templates_v2_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_templates_v2_response_meta_free(suprsend_list_templates_v2_response_meta *obj)
{
    apic_struct_free(&suprsend_list_templates_v2_response_meta_desc, obj);
}

int suprsend_list_templates_v2_response_meta_from_json(const char *json, size_t len, suprsend_list_templates_v2_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_templates_v2_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_templates_v2_response_meta *)value;
    return rc;
}

int suprsend_list_templates_v2_response_meta_to_json(const suprsend_list_templates_v2_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_templates_v2_response_meta_Type, obj, out, err);
}

/* list_templates_v2_response.results.item */
static const apic_field suprsend_list_templates_v2_response_results_item_desc_Fields[] = {
    {"$schema", 7, 0, offsetof(suprsend_list_templates_v2_response_results_item, schema), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_list_templates_v2_response_results_item, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_list_templates_v2_response_results_item, slug), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_list_templates_v2_response_results_item, description), -1, offsetof(suprsend_list_templates_v2_response_results_item, description_is_null), &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_list_templates_v2_response_results_item, tags), offsetof(suprsend_list_templates_v2_response_results_item, has_tags), -1, &suprsend_string_array_Type},
    {"enabled_channels", 16, 0, offsetof(suprsend_list_templates_v2_response_results_item, enabled_channels), offsetof(suprsend_list_templates_v2_response_results_item, has_enabled_channels), -1, &suprsend_string_array_Type},
    {"status", 6, 0, offsetof(suprsend_list_templates_v2_response_results_item, status), offsetof(suprsend_list_templates_v2_response_results_item, has_status), -1, &suprsend_list_templates_v2_response_results_item_status_Type},
    {"version_no", 10, APIC_F_NULLABLE, offsetof(suprsend_list_templates_v2_response_results_item, version_no), offsetof(suprsend_list_templates_v2_response_results_item, has_version_no), offsetof(suprsend_list_templates_v2_response_results_item, version_no_is_null), &apic_type_int64},
    {"hash", 4, 0, offsetof(suprsend_list_templates_v2_response_results_item, hash), -1, -1, &apic_type_string},
    {"commit_message", 14, APIC_F_NULLABLE, offsetof(suprsend_list_templates_v2_response_results_item, commit_message), -1, offsetof(suprsend_list_templates_v2_response_results_item, commit_message_is_null), &apic_type_string},
    {"created_at", 10, 0, offsetof(suprsend_list_templates_v2_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_list_templates_v2_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"active_at", 9, APIC_F_NULLABLE, offsetof(suprsend_list_templates_v2_response_results_item, active_at), -1, offsetof(suprsend_list_templates_v2_response_results_item, active_at_is_null), &suprsend_string_date_time_Type},
    {"last_triggered_at", 17, APIC_F_NULLABLE, offsetof(suprsend_list_templates_v2_response_results_item, last_triggered_at), -1, offsetof(suprsend_list_templates_v2_response_results_item, last_triggered_at_is_null), &suprsend_string_date_time_Type},
    {"updated_by", 10, 0, offsetof(suprsend_list_templates_v2_response_results_item, updated_by), -1, -1, &suprsend_list_templates_v2_response_results_item_updated_by_Type},
    {"channels", 8, 0, offsetof(suprsend_list_templates_v2_response_results_item, channels), offsetof(suprsend_list_templates_v2_response_results_item, has_channels), -1, &suprsend_list_templates_v2_response_results_item_channels_item_array_Type},
};
const apic_struct_desc suprsend_list_templates_v2_response_results_item_desc = {
    "list_templates_v2_response.results.item", sizeof(suprsend_list_templates_v2_response_results_item), suprsend_list_templates_v2_response_results_item_desc_Fields, 16,
    offsetof(suprsend_list_templates_v2_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_templates_v2_response_results_item_free(suprsend_list_templates_v2_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_templates_v2_response_results_item_desc, obj);
}

int suprsend_list_templates_v2_response_results_item_from_json(const char *json, size_t len, suprsend_list_templates_v2_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_templates_v2_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_templates_v2_response_results_item *)value;
    return rc;
}

int suprsend_list_templates_v2_response_results_item_to_json(const suprsend_list_templates_v2_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_templates_v2_response_results_item_Type, obj, out, err);
}

/* list_templates_v2_response.results.item.updated_by */
static const apic_field suprsend_list_templates_v2_response_results_item_updated_by_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_list_templates_v2_response_results_item_updated_by, name), -1, -1, &apic_type_string},
    {"email", 5, 0, offsetof(suprsend_list_templates_v2_response_results_item_updated_by, email), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_list_templates_v2_response_results_item_updated_by_desc = {
    "list_templates_v2_response.results.item.updated_by", sizeof(suprsend_list_templates_v2_response_results_item_updated_by), suprsend_list_templates_v2_response_results_item_updated_by_desc_Fields, 2,
    offsetof(suprsend_list_templates_v2_response_results_item_updated_by, unknown_fields),
    -1,
    NULL
};

void suprsend_list_templates_v2_response_results_item_updated_by_free(suprsend_list_templates_v2_response_results_item_updated_by *obj)
{
    apic_struct_free(&suprsend_list_templates_v2_response_results_item_updated_by_desc, obj);
}

int suprsend_list_templates_v2_response_results_item_updated_by_from_json(const char *json, size_t len, suprsend_list_templates_v2_response_results_item_updated_by **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_templates_v2_response_results_item_updated_by_Type, json, len, &value, err);
    *out = (suprsend_list_templates_v2_response_results_item_updated_by *)value;
    return rc;
}

int suprsend_list_templates_v2_response_results_item_updated_by_to_json(const suprsend_list_templates_v2_response_results_item_updated_by *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_templates_v2_response_results_item_updated_by_Type, obj, out, err);
}

/* list_templates_v2_response.results.item.channels.item */
static const apic_field suprsend_list_templates_v2_response_results_item_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_list_templates_v2_response_results_item_channels_item, channel), -1, -1, &apic_type_string},
    {"is_active", 9, 0, offsetof(suprsend_list_templates_v2_response_results_item_channels_item, is_active), offsetof(suprsend_list_templates_v2_response_results_item_channels_item, has_is_active), -1, &apic_type_bool},
    {"variants_count", 14, 0, offsetof(suprsend_list_templates_v2_response_results_item_channels_item, variants_count), offsetof(suprsend_list_templates_v2_response_results_item_channels_item, has_variants_count), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_templates_v2_response_results_item_channels_item_desc = {
    "list_templates_v2_response.results.item.channels.item", sizeof(suprsend_list_templates_v2_response_results_item_channels_item), suprsend_list_templates_v2_response_results_item_channels_item_desc_Fields, 3,
    offsetof(suprsend_list_templates_v2_response_results_item_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_templates_v2_response_results_item_channels_item_free(suprsend_list_templates_v2_response_results_item_channels_item *obj)
{
    apic_struct_free(&suprsend_list_templates_v2_response_results_item_channels_item_desc, obj);
}

int suprsend_list_templates_v2_response_results_item_channels_item_from_json(const char *json, size_t len, suprsend_list_templates_v2_response_results_item_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_templates_v2_response_results_item_channels_item_Type, json, len, &value, err);
    *out = (suprsend_list_templates_v2_response_results_item_channels_item *)value;
    return rc;
}

int suprsend_list_templates_v2_response_results_item_channels_item_to_json(const suprsend_list_templates_v2_response_results_item_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_templates_v2_response_results_item_channels_item_Type, obj, out, err);
}

/* upsert_template_v2_request */
static const apic_field suprsend_upsert_template_v2_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(suprsend_upsert_template_v2_request, name), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_upsert_template_v2_request, description), -1, -1, &apic_type_string},
    {"tags", 4, 0, offsetof(suprsend_upsert_template_v2_request, tags), offsetof(suprsend_upsert_template_v2_request, has_tags), -1, &suprsend_string_array_Type},
    {"enabled_channels", 16, 0, offsetof(suprsend_upsert_template_v2_request, enabled_channels), offsetof(suprsend_upsert_template_v2_request, has_enabled_channels), -1, &suprsend_upsert_template_v2_request_enabled_channels_item_array_Type},
};
const apic_struct_desc suprsend_upsert_template_v2_request_desc = {
    "upsert_template_v2_request", sizeof(suprsend_upsert_template_v2_request), suprsend_upsert_template_v2_request_desc_Fields, 4,
    offsetof(suprsend_upsert_template_v2_request, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_template_v2_request_free(suprsend_upsert_template_v2_request *obj)
{
    apic_struct_free(&suprsend_upsert_template_v2_request_desc, obj);
}

int suprsend_upsert_template_v2_request_from_json(const char *json, size_t len, suprsend_upsert_template_v2_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_template_v2_request_Type, json, len, &value, err);
    *out = (suprsend_upsert_template_v2_request *)value;
    return rc;
}

int suprsend_upsert_template_v2_request_to_json(const suprsend_upsert_template_v2_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_template_v2_request_Type, obj, out, err);
}

/* list_all_variants_v2_response */
static const apic_field suprsend_list_all_variants_v2_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_all_variants_v2_response, meta), -1, -1, &suprsend_list_all_variants_v2_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_all_variants_v2_response, results), offsetof(suprsend_list_all_variants_v2_response, has_results), -1, &suprsend_template_variant_array_Type},
};
const apic_struct_desc suprsend_list_all_variants_v2_response_desc = {
    "list_all_variants_v2_response", sizeof(suprsend_list_all_variants_v2_response), suprsend_list_all_variants_v2_response_desc_Fields, 2,
    offsetof(suprsend_list_all_variants_v2_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_all_variants_v2_response_free(suprsend_list_all_variants_v2_response *obj)
{
    apic_struct_free(&suprsend_list_all_variants_v2_response_desc, obj);
}

int suprsend_list_all_variants_v2_response_from_json(const char *json, size_t len, suprsend_list_all_variants_v2_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_all_variants_v2_response_Type, json, len, &value, err);
    *out = (suprsend_list_all_variants_v2_response *)value;
    return rc;
}

int suprsend_list_all_variants_v2_response_to_json(const suprsend_list_all_variants_v2_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_all_variants_v2_response_Type, obj, out, err);
}

/* list_all_variants_v2_response.meta */
static const apic_field suprsend_list_all_variants_v2_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_all_variants_v2_response_meta, count), offsetof(suprsend_list_all_variants_v2_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_all_variants_v2_response_meta, limit), offsetof(suprsend_list_all_variants_v2_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_all_variants_v2_response_meta, offset), offsetof(suprsend_list_all_variants_v2_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_all_variants_v2_response_meta_desc = {
    "list_all_variants_v2_response.meta", sizeof(suprsend_list_all_variants_v2_response_meta), suprsend_list_all_variants_v2_response_meta_desc_Fields, 3,
    offsetof(suprsend_list_all_variants_v2_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_all_variants_v2_response_meta_free(suprsend_list_all_variants_v2_response_meta *obj)
{
    apic_struct_free(&suprsend_list_all_variants_v2_response_meta_desc, obj);
}

int suprsend_list_all_variants_v2_response_meta_from_json(const char *json, size_t len, suprsend_list_all_variants_v2_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_all_variants_v2_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_all_variants_v2_response_meta *)value;
    return rc;
}

int suprsend_list_all_variants_v2_response_meta_to_json(const suprsend_list_all_variants_v2_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_all_variants_v2_response_meta_Type, obj, out, err);
}

/* list_channel_variants_v2_response */
static const apic_field suprsend_list_channel_variants_v2_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_channel_variants_v2_response, meta), -1, -1, &suprsend_list_channel_variants_v2_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_channel_variants_v2_response, results), offsetof(suprsend_list_channel_variants_v2_response, has_results), -1, &suprsend_template_variant_array_Type},
};
const apic_struct_desc suprsend_list_channel_variants_v2_response_desc = {
    "list_channel_variants_v2_response", sizeof(suprsend_list_channel_variants_v2_response), suprsend_list_channel_variants_v2_response_desc_Fields, 2,
    offsetof(suprsend_list_channel_variants_v2_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_channel_variants_v2_response_free(suprsend_list_channel_variants_v2_response *obj)
{
    apic_struct_free(&suprsend_list_channel_variants_v2_response_desc, obj);
}

int suprsend_list_channel_variants_v2_response_from_json(const char *json, size_t len, suprsend_list_channel_variants_v2_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_channel_variants_v2_response_Type, json, len, &value, err);
    *out = (suprsend_list_channel_variants_v2_response *)value;
    return rc;
}

int suprsend_list_channel_variants_v2_response_to_json(const suprsend_list_channel_variants_v2_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_channel_variants_v2_response_Type, obj, out, err);
}

/* list_channel_variants_v2_response.meta */
static const apic_field suprsend_list_channel_variants_v2_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_channel_variants_v2_response_meta, count), offsetof(suprsend_list_channel_variants_v2_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_channel_variants_v2_response_meta, limit), offsetof(suprsend_list_channel_variants_v2_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_list_channel_variants_v2_response_meta, offset), offsetof(suprsend_list_channel_variants_v2_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_list_channel_variants_v2_response_meta_desc = {
    "list_channel_variants_v2_response.meta", sizeof(suprsend_list_channel_variants_v2_response_meta), suprsend_list_channel_variants_v2_response_meta_desc_Fields, 3,
    offsetof(suprsend_list_channel_variants_v2_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_channel_variants_v2_response_meta_free(suprsend_list_channel_variants_v2_response_meta *obj)
{
    apic_struct_free(&suprsend_list_channel_variants_v2_response_meta_desc, obj);
}

int suprsend_list_channel_variants_v2_response_meta_from_json(const char *json, size_t len, suprsend_list_channel_variants_v2_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_channel_variants_v2_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_channel_variants_v2_response_meta *)value;
    return rc;
}

int suprsend_list_channel_variants_v2_response_meta_to_json(const suprsend_list_channel_variants_v2_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_channel_variants_v2_response_meta_Type, obj, out, err);
}

/* upsert_variant_v2_request */
static const apic_field suprsend_upsert_variant_v2_request_desc_Fields[] = {
    {"locale", 6, APIC_F_REQUIRED, offsetof(suprsend_upsert_variant_v2_request, locale), -1, -1, &apic_type_string},
    {"tenant_id", 9, APIC_F_NULLABLE, offsetof(suprsend_upsert_variant_v2_request, tenant_id), -1, offsetof(suprsend_upsert_variant_v2_request, tenant_id_is_null), &apic_type_string},
    {"conditions", 10, 0, offsetof(suprsend_upsert_variant_v2_request, conditions), offsetof(suprsend_upsert_variant_v2_request, has_conditions), -1, &suprsend_upsert_variant_v2_request_conditions_item_array_Type},
    {"content", 7, APIC_F_REQUIRED, offsetof(suprsend_upsert_variant_v2_request, content), -1, -1, &apic_type_json_map},
    {"needs_vendor_approval", 21, 0, offsetof(suprsend_upsert_variant_v2_request, needs_vendor_approval), offsetof(suprsend_upsert_variant_v2_request, has_needs_vendor_approval), -1, &apic_type_bool},
    {"seq_no", 6, 0, offsetof(suprsend_upsert_variant_v2_request, seq_no), offsetof(suprsend_upsert_variant_v2_request, has_seq_no), -1, &apic_type_int64},
    {"vendor_approvals", 16, 0, offsetof(suprsend_upsert_variant_v2_request, vendor_approvals), offsetof(suprsend_upsert_variant_v2_request, has_vendor_approvals), -1, &suprsend_json_map_array_Type},
};
const apic_struct_desc suprsend_upsert_variant_v2_request_desc = {
    "upsert_variant_v2_request", sizeof(suprsend_upsert_variant_v2_request), suprsend_upsert_variant_v2_request_desc_Fields, 7,
    offsetof(suprsend_upsert_variant_v2_request, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_variant_v2_request_free(suprsend_upsert_variant_v2_request *obj)
{
    apic_struct_free(&suprsend_upsert_variant_v2_request_desc, obj);
}

int suprsend_upsert_variant_v2_request_from_json(const char *json, size_t len, suprsend_upsert_variant_v2_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_variant_v2_request_Type, json, len, &value, err);
    *out = (suprsend_upsert_variant_v2_request *)value;
    return rc;
}

int suprsend_upsert_variant_v2_request_to_json(const suprsend_upsert_variant_v2_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_variant_v2_request_Type, obj, out, err);
}

/* upsert_variant_v2_request.conditions.item */
static const apic_field suprsend_upsert_variant_v2_request_conditions_item_desc_Fields[] = {
    {"type", 4, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item, type), offsetof(suprsend_upsert_variant_v2_request_conditions_item, has_type), -1, &suprsend_upsert_variant_v2_request_conditions_item_type_Type},
    {"expression_v1", 13, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item, expression_v1), -1, -1, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_Type},
};
const apic_struct_desc suprsend_upsert_variant_v2_request_conditions_item_desc = {
    "upsert_variant_v2_request.conditions.item", sizeof(suprsend_upsert_variant_v2_request_conditions_item), suprsend_upsert_variant_v2_request_conditions_item_desc_Fields, 2,
    offsetof(suprsend_upsert_variant_v2_request_conditions_item, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_variant_v2_request_conditions_item_free(suprsend_upsert_variant_v2_request_conditions_item *obj)
{
    apic_struct_free(&suprsend_upsert_variant_v2_request_conditions_item_desc, obj);
}

int suprsend_upsert_variant_v2_request_conditions_item_from_json(const char *json, size_t len, suprsend_upsert_variant_v2_request_conditions_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_variant_v2_request_conditions_item_Type, json, len, &value, err);
    *out = (suprsend_upsert_variant_v2_request_conditions_item *)value;
    return rc;
}

int suprsend_upsert_variant_v2_request_conditions_item_to_json(const suprsend_upsert_variant_v2_request_conditions_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_variant_v2_request_conditions_item_Type, obj, out, err);
}

/* upsert_variant_v2_request.conditions.item.expression_v1 */
static const apic_field suprsend_upsert_variant_v2_request_conditions_item_expression_v1_desc_Fields[] = {
    {"op", 2, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1, op), offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1, has_op), -1, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_op_Type},
    {"args", 4, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1, args), offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1, has_args), -1, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_array_Type},
};
const apic_struct_desc suprsend_upsert_variant_v2_request_conditions_item_expression_v1_desc = {
    "upsert_variant_v2_request.conditions.item.expression_v1", sizeof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1), suprsend_upsert_variant_v2_request_conditions_item_expression_v1_desc_Fields, 2,
    offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_variant_v2_request_conditions_item_expression_v1_free(suprsend_upsert_variant_v2_request_conditions_item_expression_v1 *obj)
{
    apic_struct_free(&suprsend_upsert_variant_v2_request_conditions_item_expression_v1_desc, obj);
}

int suprsend_upsert_variant_v2_request_conditions_item_expression_v1_from_json(const char *json, size_t len, suprsend_upsert_variant_v2_request_conditions_item_expression_v1 **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_variant_v2_request_conditions_item_expression_v1_Type, json, len, &value, err);
    *out = (suprsend_upsert_variant_v2_request_conditions_item_expression_v1 *)value;
    return rc;
}

int suprsend_upsert_variant_v2_request_conditions_item_expression_v1_to_json(const suprsend_upsert_variant_v2_request_conditions_item_expression_v1 *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_variant_v2_request_conditions_item_expression_v1_Type, obj, out, err);
}

/* upsert_variant_v2_request.conditions.item.expression_v1.args.item */
static const apic_field suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_desc_Fields[] = {
    {"op", 2, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item, op), offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item, has_op), -1, &suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_op_Type},
    {"variable_ns", 11, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item, variable_ns), -1, -1, &apic_type_string},
    {"variable", 8, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item, variable), -1, -1, &apic_type_string},
    {"value", 5, 0, offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item, value), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_desc = {
    "upsert_variant_v2_request.conditions.item.expression_v1.args.item", sizeof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item), suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_desc_Fields, 4,
    offsetof(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item, unknown_fields),
    -1,
    NULL
};

void suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_free(suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item *obj)
{
    apic_struct_free(&suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_desc, obj);
}

int suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_from_json(const char *json, size_t len, suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_Type, json, len, &value, err);
    *out = (suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item *)value;
    return rc;
}

int suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_to_json(const suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_upsert_variant_v2_request_conditions_item_expression_v1_args_item_Type, obj, out, err);
}

/* get_mock_data_v2_response */
static const apic_field suprsend_get_mock_data_v2_response_desc_Fields[] = {
    {"data", 4, 0, offsetof(suprsend_get_mock_data_v2_response, data), -1, -1, &suprsend_get_mock_data_v2_response_data_Type},
    {"transformed_data", 16, 0, offsetof(suprsend_get_mock_data_v2_response, transformed_data), offsetof(suprsend_get_mock_data_v2_response, has_transformed_data), -1, &apic_type_json_map},
};
const apic_struct_desc suprsend_get_mock_data_v2_response_desc = {
    "get_mock_data_v2_response", sizeof(suprsend_get_mock_data_v2_response), suprsend_get_mock_data_v2_response_desc_Fields, 2,
    offsetof(suprsend_get_mock_data_v2_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_mock_data_v2_response_free(suprsend_get_mock_data_v2_response *obj)
{
    apic_struct_free(&suprsend_get_mock_data_v2_response_desc, obj);
}

int suprsend_get_mock_data_v2_response_from_json(const char *json, size_t len, suprsend_get_mock_data_v2_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_mock_data_v2_response_Type, json, len, &value, err);
    *out = (suprsend_get_mock_data_v2_response *)value;
    return rc;
}

int suprsend_get_mock_data_v2_response_to_json(const suprsend_get_mock_data_v2_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_mock_data_v2_response_Type, obj, out, err);
}

/* get_mock_data_v2_response.data */
static const apic_field suprsend_get_mock_data_v2_response_data_desc_Fields[] = {
    {"payload", 7, 0, offsetof(suprsend_get_mock_data_v2_response_data, payload), offsetof(suprsend_get_mock_data_v2_response_data, has_payload), -1, &apic_type_json_map},
    {"tenant_id", 9, APIC_F_NULLABLE, offsetof(suprsend_get_mock_data_v2_response_data, tenant_id), -1, offsetof(suprsend_get_mock_data_v2_response_data, tenant_id_is_null), &apic_type_string},
    {"is_batch", 8, 0, offsetof(suprsend_get_mock_data_v2_response_data, is_batch), offsetof(suprsend_get_mock_data_v2_response_data, has_is_batch), -1, &apic_type_bool},
    {"batch_count", 11, 0, offsetof(suprsend_get_mock_data_v2_response_data, batch_count), offsetof(suprsend_get_mock_data_v2_response_data, has_batch_count), -1, &apic_type_int64},
    {"recipient_sub_type", 18, 0, offsetof(suprsend_get_mock_data_v2_response_data, recipient_sub_type), offsetof(suprsend_get_mock_data_v2_response_data, has_recipient_sub_type), -1, &suprsend_get_mock_data_v2_response_data_recipient_sub_type_Type},
    {"recipient_object", 16, APIC_F_NULLABLE, offsetof(suprsend_get_mock_data_v2_response_data, recipient_object), offsetof(suprsend_get_mock_data_v2_response_data, has_recipient_object), offsetof(suprsend_get_mock_data_v2_response_data, recipient_object_is_null), &apic_type_json_map},
    {"recipient_distinct_id", 21, APIC_F_NULLABLE, offsetof(suprsend_get_mock_data_v2_response_data, recipient_distinct_id), -1, offsetof(suprsend_get_mock_data_v2_response_data, recipient_distinct_id_is_null), &apic_type_string},
    {"actor_sub_type", 14, 0, offsetof(suprsend_get_mock_data_v2_response_data, actor_sub_type), offsetof(suprsend_get_mock_data_v2_response_data, has_actor_sub_type), -1, &suprsend_get_mock_data_v2_response_data_actor_sub_type_Type},
    {"actor_object", 12, APIC_F_NULLABLE, offsetof(suprsend_get_mock_data_v2_response_data, actor_object), offsetof(suprsend_get_mock_data_v2_response_data, has_actor_object), offsetof(suprsend_get_mock_data_v2_response_data, actor_object_is_null), &apic_type_json_map},
    {"actor_distinct_id", 17, APIC_F_NULLABLE, offsetof(suprsend_get_mock_data_v2_response_data, actor_distinct_id), -1, offsetof(suprsend_get_mock_data_v2_response_data, actor_distinct_id_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_get_mock_data_v2_response_data_desc = {
    "get_mock_data_v2_response.data", sizeof(suprsend_get_mock_data_v2_response_data), suprsend_get_mock_data_v2_response_data_desc_Fields, 10,
    offsetof(suprsend_get_mock_data_v2_response_data, unknown_fields),
    -1,
    NULL
};

void suprsend_get_mock_data_v2_response_data_free(suprsend_get_mock_data_v2_response_data *obj)
{
    apic_struct_free(&suprsend_get_mock_data_v2_response_data_desc, obj);
}

int suprsend_get_mock_data_v2_response_data_from_json(const char *json, size_t len, suprsend_get_mock_data_v2_response_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_mock_data_v2_response_data_Type, json, len, &value, err);
    *out = (suprsend_get_mock_data_v2_response_data *)value;
    return rc;
}

int suprsend_get_mock_data_v2_response_data_to_json(const suprsend_get_mock_data_v2_response_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_mock_data_v2_response_data_Type, obj, out, err);
}

/* update_mock_data_v2_request */
static const apic_field suprsend_update_mock_data_v2_request_desc_Fields[] = {
    {"payload", 7, 0, offsetof(suprsend_update_mock_data_v2_request, payload), offsetof(suprsend_update_mock_data_v2_request, has_payload), -1, &apic_type_json_map},
    {"tenant_id", 9, 0, offsetof(suprsend_update_mock_data_v2_request, tenant_id), -1, -1, &apic_type_string},
    {"is_batch", 8, 0, offsetof(suprsend_update_mock_data_v2_request, is_batch), offsetof(suprsend_update_mock_data_v2_request, has_is_batch), -1, &apic_type_bool},
    {"batch_count", 11, 0, offsetof(suprsend_update_mock_data_v2_request, batch_count), offsetof(suprsend_update_mock_data_v2_request, has_batch_count), -1, &apic_type_int64},
    {"recipient_sub_type", 18, 0, offsetof(suprsend_update_mock_data_v2_request, recipient_sub_type), offsetof(suprsend_update_mock_data_v2_request, has_recipient_sub_type), -1, &suprsend_update_mock_data_v2_request_recipient_sub_type_Type},
    {"recipient_distinct_id", 21, 0, offsetof(suprsend_update_mock_data_v2_request, recipient_distinct_id), -1, -1, &apic_type_string},
    {"recipient_object", 16, 0, offsetof(suprsend_update_mock_data_v2_request, recipient_object), -1, -1, &suprsend_update_mock_data_v2_request_recipient_object_Type},
    {"actor_sub_type", 14, 0, offsetof(suprsend_update_mock_data_v2_request, actor_sub_type), offsetof(suprsend_update_mock_data_v2_request, has_actor_sub_type), -1, &suprsend_update_mock_data_v2_request_actor_sub_type_Type},
    {"actor_distinct_id", 17, 0, offsetof(suprsend_update_mock_data_v2_request, actor_distinct_id), -1, -1, &apic_type_string},
    {"actor_object", 12, 0, offsetof(suprsend_update_mock_data_v2_request, actor_object), -1, -1, &suprsend_update_mock_data_v2_request_actor_object_Type},
};
const apic_struct_desc suprsend_update_mock_data_v2_request_desc = {
    "update_mock_data_v2_request", sizeof(suprsend_update_mock_data_v2_request), suprsend_update_mock_data_v2_request_desc_Fields, 10,
    offsetof(suprsend_update_mock_data_v2_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_mock_data_v2_request_free(suprsend_update_mock_data_v2_request *obj)
{
    apic_struct_free(&suprsend_update_mock_data_v2_request_desc, obj);
}

int suprsend_update_mock_data_v2_request_from_json(const char *json, size_t len, suprsend_update_mock_data_v2_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_mock_data_v2_request_Type, json, len, &value, err);
    *out = (suprsend_update_mock_data_v2_request *)value;
    return rc;
}

int suprsend_update_mock_data_v2_request_to_json(const suprsend_update_mock_data_v2_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_mock_data_v2_request_Type, obj, out, err);
}

/* update_mock_data_v2_request.recipient_object */
static const apic_field suprsend_update_mock_data_v2_request_recipient_object_desc_Fields[] = {
    {"object_type", 11, 0, offsetof(suprsend_update_mock_data_v2_request_recipient_object, object_type), -1, -1, &apic_type_string},
    {"id", 2, 0, offsetof(suprsend_update_mock_data_v2_request_recipient_object, id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_update_mock_data_v2_request_recipient_object_desc = {
    "update_mock_data_v2_request.recipient_object", sizeof(suprsend_update_mock_data_v2_request_recipient_object), suprsend_update_mock_data_v2_request_recipient_object_desc_Fields, 2,
    offsetof(suprsend_update_mock_data_v2_request_recipient_object, unknown_fields),
    -1,
    NULL
};

void suprsend_update_mock_data_v2_request_recipient_object_free(suprsend_update_mock_data_v2_request_recipient_object *obj)
{
    apic_struct_free(&suprsend_update_mock_data_v2_request_recipient_object_desc, obj);
}

int suprsend_update_mock_data_v2_request_recipient_object_from_json(const char *json, size_t len, suprsend_update_mock_data_v2_request_recipient_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_mock_data_v2_request_recipient_object_Type, json, len, &value, err);
    *out = (suprsend_update_mock_data_v2_request_recipient_object *)value;
    return rc;
}

int suprsend_update_mock_data_v2_request_recipient_object_to_json(const suprsend_update_mock_data_v2_request_recipient_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_mock_data_v2_request_recipient_object_Type, obj, out, err);
}

/* update_mock_data_v2_request.actor_object */
static const apic_field suprsend_update_mock_data_v2_request_actor_object_desc_Fields[] = {
    {"object_type", 11, 0, offsetof(suprsend_update_mock_data_v2_request_actor_object, object_type), -1, -1, &apic_type_string},
    {"id", 2, 0, offsetof(suprsend_update_mock_data_v2_request_actor_object, id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_update_mock_data_v2_request_actor_object_desc = {
    "update_mock_data_v2_request.actor_object", sizeof(suprsend_update_mock_data_v2_request_actor_object), suprsend_update_mock_data_v2_request_actor_object_desc_Fields, 2,
    offsetof(suprsend_update_mock_data_v2_request_actor_object, unknown_fields),
    -1,
    NULL
};

void suprsend_update_mock_data_v2_request_actor_object_free(suprsend_update_mock_data_v2_request_actor_object *obj)
{
    apic_struct_free(&suprsend_update_mock_data_v2_request_actor_object_desc, obj);
}

int suprsend_update_mock_data_v2_request_actor_object_from_json(const char *json, size_t len, suprsend_update_mock_data_v2_request_actor_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_mock_data_v2_request_actor_object_Type, json, len, &value, err);
    *out = (suprsend_update_mock_data_v2_request_actor_object *)value;
    return rc;
}

int suprsend_update_mock_data_v2_request_actor_object_to_json(const suprsend_update_mock_data_v2_request_actor_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_mock_data_v2_request_actor_object_Type, obj, out, err);
}

/* discard_variant_v2_request */
static const apic_field suprsend_discard_variant_v2_request_desc_Fields[] = {
    {"comment", 7, APIC_F_REQUIRED, offsetof(suprsend_discard_variant_v2_request, comment), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_discard_variant_v2_request_desc = {
    "discard_variant_v2_request", sizeof(suprsend_discard_variant_v2_request), suprsend_discard_variant_v2_request_desc_Fields, 1,
    offsetof(suprsend_discard_variant_v2_request, unknown_fields),
    -1,
    NULL
};

void suprsend_discard_variant_v2_request_free(suprsend_discard_variant_v2_request *obj)
{
    apic_struct_free(&suprsend_discard_variant_v2_request_desc, obj);
}

int suprsend_discard_variant_v2_request_from_json(const char *json, size_t len, suprsend_discard_variant_v2_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_discard_variant_v2_request_Type, json, len, &value, err);
    *out = (suprsend_discard_variant_v2_request *)value;
    return rc;
}

int suprsend_discard_variant_v2_request_to_json(const suprsend_discard_variant_v2_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_discard_variant_v2_request_Type, obj, out, err);
}

/* vendor_approval_v2_request */
static const apic_field suprsend_vendor_approval_v2_request_desc_Fields[] = {
    {"approval_status", 15, APIC_F_REQUIRED, offsetof(suprsend_vendor_approval_v2_request, approval_status), -1, -1, &suprsend_vendor_approval_v2_request_approval_status_Type},
    {"vendor_slug", 11, APIC_F_REQUIRED, offsetof(suprsend_vendor_approval_v2_request, vendor_slug), -1, -1, &apic_type_string},
    {"vendor_uid", 10, APIC_F_REQUIRED, offsetof(suprsend_vendor_approval_v2_request, vendor_uid), -1, -1, &apic_type_string},
    {"vendor_template_name", 20, 0, offsetof(suprsend_vendor_approval_v2_request, vendor_template_name), -1, -1, &apic_type_string},
    {"vendor_template_id", 18, 0, offsetof(suprsend_vendor_approval_v2_request, vendor_template_id), -1, -1, &apic_type_string},
    {"vendor_locale_code", 18, 0, offsetof(suprsend_vendor_approval_v2_request, vendor_locale_code), -1, -1, &apic_type_string},
    {"vendor_template_category", 24, 0, offsetof(suprsend_vendor_approval_v2_request, vendor_template_category), offsetof(suprsend_vendor_approval_v2_request, has_vendor_template_category), -1, &suprsend_vendor_approval_v2_request_vendor_template_category_Type},
    {"provider_template_id", 20, 0, offsetof(suprsend_vendor_approval_v2_request, provider_template_id), -1, -1, &apic_type_string},
    {"comment", 7, 0, offsetof(suprsend_vendor_approval_v2_request, comment), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_vendor_approval_v2_request_desc = {
    "vendor_approval_v2_request", sizeof(suprsend_vendor_approval_v2_request), suprsend_vendor_approval_v2_request_desc_Fields, 9,
    offsetof(suprsend_vendor_approval_v2_request, unknown_fields),
    -1,
    NULL
};

void suprsend_vendor_approval_v2_request_free(suprsend_vendor_approval_v2_request *obj)
{
    apic_struct_free(&suprsend_vendor_approval_v2_request_desc, obj);
}

int suprsend_vendor_approval_v2_request_from_json(const char *json, size_t len, suprsend_vendor_approval_v2_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_vendor_approval_v2_request_Type, json, len, &value, err);
    *out = (suprsend_vendor_approval_v2_request *)value;
    return rc;
}

int suprsend_vendor_approval_v2_request_to_json(const suprsend_vendor_approval_v2_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_vendor_approval_v2_request_Type, obj, out, err);
}
