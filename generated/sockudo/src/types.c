/* Enumerations and type descriptors of Sockudo. Generated; do not edit. */
#include "internal.h"

static const char *const sockudo_direction_Values[] = {
    "newest_first",
    "oldest_first",
};
const apic_enum_desc sockudo_direction_enum_desc = { "Direction", sockudo_direction_Values, 2 };
_Static_assert(sizeof(sockudo_direction) == sizeof(int), "enum slots are stored as int");

const char *sockudo_direction_to_string(sockudo_direction value)
{
    return value >= 1 && (size_t)value <= 2 ? sockudo_direction_Values[value - 1] : NULL;
}

static const char *const sockudo_stream_state_durable_state_Values[] = {
    "healthy",
    "degraded",
    "reset_required",
};
const apic_enum_desc sockudo_stream_state_durable_state_enum_desc = { "StreamState.durable_state", sockudo_stream_state_durable_state_Values, 3 };
_Static_assert(sizeof(sockudo_stream_state_durable_state) == sizeof(int), "enum slots are stored as int");

const char *sockudo_stream_state_durable_state_to_string(sockudo_stream_state_durable_state value)
{
    return value >= 1 && (size_t)value <= 3 ? sockudo_stream_state_durable_state_Values[value - 1] : NULL;
}

static const char *const sockudo_history_reset_request_confirm_operation_Values[] = {
    "reset",
};
const apic_enum_desc sockudo_history_reset_request_confirm_operation_enum_desc = { "HistoryResetRequest.confirm_operation", sockudo_history_reset_request_confirm_operation_Values, 1 };
_Static_assert(sizeof(sockudo_history_reset_request_confirm_operation) == sizeof(int), "enum slots are stored as int");

const char *sockudo_history_reset_request_confirm_operation_to_string(sockudo_history_reset_request_confirm_operation value)
{
    return value >= 1 && (size_t)value <= 1 ? sockudo_history_reset_request_confirm_operation_Values[value - 1] : NULL;
}

static const char *const sockudo_history_purge_request_confirm_operation_Values[] = {
    "purge",
};
const apic_enum_desc sockudo_history_purge_request_confirm_operation_enum_desc = { "HistoryPurgeRequest.confirm_operation", sockudo_history_purge_request_confirm_operation_Values, 1 };
_Static_assert(sizeof(sockudo_history_purge_request_confirm_operation) == sizeof(int), "enum slots are stored as int");

const char *sockudo_history_purge_request_confirm_operation_to_string(sockudo_history_purge_request_confirm_operation value)
{
    return value >= 1 && (size_t)value <= 1 ? sockudo_history_purge_request_confirm_operation_Values[value - 1] : NULL;
}

static const char *const sockudo_history_purge_request_mode_Values[] = {
    "all",
    "before_serial",
    "before_time_ms",
};
const apic_enum_desc sockudo_history_purge_request_mode_enum_desc = { "HistoryPurgeRequest.mode", sockudo_history_purge_request_mode_Values, 3 };
_Static_assert(sizeof(sockudo_history_purge_request_mode) == sizeof(int), "enum slots are stored as int");

const char *sockudo_history_purge_request_mode_to_string(sockudo_history_purge_request_mode value)
{
    return value >= 1 && (size_t)value <= 3 ? sockudo_history_purge_request_mode_Values[value - 1] : NULL;
}

static const char *const sockudo_presence_history_item_event_Values[] = {
    "member_added",
    "member_updated",
    "member_removed",
};
const apic_enum_desc sockudo_presence_history_item_event_enum_desc = { "PresenceHistoryItem.event", sockudo_presence_history_item_event_Values, 3 };
_Static_assert(sizeof(sockudo_presence_history_item_event) == sizeof(int), "enum slots are stored as int");

const char *sockudo_presence_history_item_event_to_string(sockudo_presence_history_item_event value)
{
    return value >= 1 && (size_t)value <= 3 ? sockudo_presence_history_item_event_Values[value - 1] : NULL;
}

static const char *const sockudo_presence_history_item_cause_Values[] = {
    "join",
    "disconnect",
    "orphan_cleanup",
    "timeout",
    "forced_disconnect",
};
const apic_enum_desc sockudo_presence_history_item_cause_enum_desc = { "PresenceHistoryItem.cause", sockudo_presence_history_item_cause_Values, 5 };
_Static_assert(sizeof(sockudo_presence_history_item_cause) == sizeof(int), "enum slots are stored as int");

const char *sockudo_presence_history_item_cause_to_string(sockudo_presence_history_item_cause value)
{
    return value >= 1 && (size_t)value <= 5 ? sockudo_presence_history_item_cause_Values[value - 1] : NULL;
}

static const char *const sockudo_presence_stream_state_durable_state_Values[] = {
    "healthy",
    "degraded",
    "reset_required",
};
const apic_enum_desc sockudo_presence_stream_state_durable_state_enum_desc = { "PresenceStreamState.durable_state", sockudo_presence_stream_state_durable_state_Values, 3 };
_Static_assert(sizeof(sockudo_presence_stream_state_durable_state) == sizeof(int), "enum slots are stored as int");

const char *sockudo_presence_stream_state_durable_state_to_string(sockudo_presence_stream_state_durable_state value)
{
    return value >= 1 && (size_t)value <= 3 ? sockudo_presence_stream_state_durable_state_Values[value - 1] : NULL;
}

static const char *const sockudo_presence_history_reset_request_confirm_operation_Values[] = {
    "reset",
};
const apic_enum_desc sockudo_presence_history_reset_request_confirm_operation_enum_desc = { "PresenceHistoryResetRequest.confirm_operation", sockudo_presence_history_reset_request_confirm_operation_Values, 1 };
_Static_assert(sizeof(sockudo_presence_history_reset_request_confirm_operation) == sizeof(int), "enum slots are stored as int");

const char *sockudo_presence_history_reset_request_confirm_operation_to_string(sockudo_presence_history_reset_request_confirm_operation value)
{
    return value >= 1 && (size_t)value <= 1 ? sockudo_presence_history_reset_request_confirm_operation_Values[value - 1] : NULL;
}

static const char *const sockudo_presence_snapshot_member_last_event_Values[] = {
    "member_added",
    "member_updated",
    "member_removed",
};
const apic_enum_desc sockudo_presence_snapshot_member_last_event_enum_desc = { "PresenceSnapshotMember.last_event", sockudo_presence_snapshot_member_last_event_Values, 3 };
_Static_assert(sizeof(sockudo_presence_snapshot_member_last_event) == sizeof(int), "enum slots are stored as int");

const char *sockudo_presence_snapshot_member_last_event_to_string(sockudo_presence_snapshot_member_last_event value)
{
    return value >= 1 && (size_t)value <= 3 ? sockudo_presence_snapshot_member_last_event_Values[value - 1] : NULL;
}

static const char *const sockudo_message_action_Values[] = {
    "create",
    "update",
    "delete",
    "append",
    "summary",
};
const apic_enum_desc sockudo_message_action_enum_desc = { "MessageAction", sockudo_message_action_Values, 5 };
_Static_assert(sizeof(sockudo_message_action) == sizeof(int), "enum slots are stored as int");

const char *sockudo_message_action_to_string(sockudo_message_action value)
{
    return value >= 1 && (size_t)value <= 5 ? sockudo_message_action_Values[value - 1] : NULL;
}

static const char *const sockudo_annotation_result_action_Values[] = {
    "annotation.create",
    "annotation.delete",
};
const apic_enum_desc sockudo_annotation_result_action_enum_desc = { "AnnotationResult.action", sockudo_annotation_result_action_Values, 2 };
_Static_assert(sizeof(sockudo_annotation_result_action) == sizeof(int), "enum slots are stored as int");

const char *sockudo_annotation_result_action_to_string(sockudo_annotation_result_action value)
{
    return value >= 1 && (size_t)value <= 2 ? sockudo_annotation_result_action_Values[value - 1] : NULL;
}

static const char *const sockudo_annotation_action_Values[] = {
    "annotation.create",
    "annotation.delete",
};
const apic_enum_desc sockudo_annotation_action_enum_desc = { "Annotation.action", sockudo_annotation_action_Values, 2 };
_Static_assert(sizeof(sockudo_annotation_action) == sizeof(int), "enum slots are stored as int");

const char *sockudo_annotation_action_to_string(sockudo_annotation_action value)
{
    return value >= 1 && (size_t)value <= 2 ? sockudo_annotation_action_Values[value - 1] : NULL;
}

static const char *const sockudo_channel_event_name_Values[] = {
    "channel_occupied",
    "channel_vacated",
    "member_added",
    "member_removed",
    "client_event",
    "cache_miss",
};
const apic_enum_desc sockudo_channel_event_name_enum_desc = { "ChannelEvent.name", sockudo_channel_event_name_Values, 6 };
_Static_assert(sizeof(sockudo_channel_event_name) == sizeof(int), "enum slots are stored as int");

const char *sockudo_channel_event_name_to_string(sockudo_channel_event_name value)
{
    return value >= 1 && (size_t)value <= 6 ? sockudo_channel_event_name_Values[value - 1] : NULL;
}

const apic_type sockudo_error_model_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_error_model_desc, NULL, NULL };
const apic_type sockudo_trigger_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_trigger_request_desc, NULL, NULL };
const apic_type sockudo_string_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type sockudo_channel_attributes_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_channel_attributes_desc, NULL, NULL };
const apic_type sockudo_trigger_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_trigger_result_desc, NULL, NULL };
const apic_type sockudo_channel_attributes_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &sockudo_channel_attributes_Type };
const apic_type sockudo_batch_event_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_batch_event_desc, NULL, NULL };
const apic_type sockudo_batch_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_batch_request_desc, NULL, NULL };
const apic_type sockudo_batch_event_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_batch_event_Type };
const apic_type sockudo_batch_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_batch_result_desc, NULL, NULL };
const apic_type sockudo_channel_attributes_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_channel_attributes_Type };
const apic_type sockudo_channel_summary_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_channel_summary_desc, NULL, NULL };
const apic_type sockudo_channel_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_channel_list_desc, NULL, NULL };
const apic_type sockudo_channel_summary_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &sockudo_channel_summary_Type };
const apic_type sockudo_ai_channel_state_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_ai_channel_state_desc, NULL, NULL };
const apic_type sockudo_channel_info_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_channel_info_desc, NULL, NULL };
const apic_type sockudo_presence_user_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_user_desc, NULL, NULL };
const apic_type sockudo_presence_users_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_users_desc, NULL, NULL };
const apic_type sockudo_presence_user_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_presence_user_Type };
const apic_type sockudo_history_bounds_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_bounds_desc, NULL, NULL };
const apic_type sockudo_history_continuity_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_continuity_desc, NULL, NULL };
const apic_type sockudo_stream_state_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_stream_state_desc, NULL, NULL };
const apic_type sockudo_stream_state_durable_state_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_stream_state_durable_state_enum_desc, NULL };
const apic_type sockudo_history_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_item_desc, NULL, NULL };
const apic_type sockudo_history_page_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_page_desc, NULL, NULL };
const apic_type sockudo_history_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_history_item_Type };
const apic_type sockudo_direction_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_direction_enum_desc, NULL };
const apic_type sockudo_retained_stats_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_retained_stats_desc, NULL, NULL };
const apic_type sockudo_stream_inspection_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_stream_inspection_desc, NULL, NULL };
const apic_type sockudo_history_state_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_state_desc, NULL, NULL };
const apic_type sockudo_history_reset_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_reset_request_desc, NULL, NULL };
const apic_type sockudo_history_reset_request_confirm_operation_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_history_reset_request_confirm_operation_enum_desc, NULL };
const apic_type sockudo_history_reset_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_reset_result_desc, NULL, NULL };
const apic_type sockudo_history_purge_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_purge_request_desc, NULL, NULL };
const apic_type sockudo_history_purge_request_confirm_operation_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_history_purge_request_confirm_operation_enum_desc, NULL };
const apic_type sockudo_history_purge_request_mode_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_history_purge_request_mode_enum_desc, NULL };
const apic_type sockudo_history_purge_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_history_purge_result_desc, NULL, NULL };
const apic_type sockudo_presence_history_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_history_item_desc, NULL, NULL };
const apic_type sockudo_presence_history_item_event_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_presence_history_item_event_enum_desc, NULL };
const apic_type sockudo_presence_history_item_cause_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_presence_history_item_cause_enum_desc, NULL };
const apic_type sockudo_presence_continuity_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_continuity_desc, NULL, NULL };
const apic_type sockudo_presence_stream_state_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_stream_state_desc, NULL, NULL };
const apic_type sockudo_presence_stream_state_durable_state_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_presence_stream_state_durable_state_enum_desc, NULL };
const apic_type sockudo_presence_history_page_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_history_page_desc, NULL, NULL };
const apic_type sockudo_presence_history_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_presence_history_item_Type };
const apic_type sockudo_presence_retained_stats_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_retained_stats_desc, NULL, NULL };
const apic_type sockudo_presence_stream_inspection_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_stream_inspection_desc, NULL, NULL };
const apic_type sockudo_presence_history_state_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_history_state_desc, NULL, NULL };
const apic_type sockudo_presence_history_reset_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_history_reset_request_desc, NULL, NULL };
const apic_type sockudo_presence_history_reset_request_confirm_operation_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_presence_history_reset_request_confirm_operation_enum_desc, NULL };
const apic_type sockudo_presence_history_reset_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_history_reset_result_desc, NULL, NULL };
const apic_type sockudo_presence_snapshot_member_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_snapshot_member_desc, NULL, NULL };
const apic_type sockudo_presence_snapshot_member_last_event_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_presence_snapshot_member_last_event_enum_desc, NULL };
const apic_type sockudo_presence_snapshot_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_presence_snapshot_desc, NULL, NULL };
const apic_type sockudo_presence_snapshot_member_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_presence_snapshot_member_Type };
const apic_type sockudo_version_metadata_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_version_metadata_desc, NULL, NULL };
const apic_type sockudo_string_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type sockudo_versioned_message_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_versioned_message_desc, NULL, NULL };
const apic_type sockudo_message_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_message_action_enum_desc, NULL };
const apic_type sockudo_message_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_message_result_desc, NULL, NULL };
const apic_type sockudo_message_versions_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_message_versions_desc, NULL, NULL };
const apic_type sockudo_versioned_message_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_versioned_message_Type };
const apic_type sockudo_message_update_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_message_update_desc, NULL, NULL };
const apic_type sockudo_message_append_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_message_append_desc, NULL, NULL };
const apic_type sockudo_message_delete_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_message_delete_desc, NULL, NULL };
const apic_type sockudo_mutation_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_mutation_result_desc, NULL, NULL };
const apic_type sockudo_annotation_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_annotation_request_desc, NULL, NULL };
const apic_type sockudo_annotation_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_annotation_result_desc, NULL, NULL };
const apic_type sockudo_annotation_result_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_annotation_result_action_enum_desc, NULL };
const apic_type sockudo_annotation_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_annotation_desc, NULL, NULL };
const apic_type sockudo_annotation_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_annotation_action_enum_desc, NULL };
const apic_type sockudo_annotation_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_annotation_list_desc, NULL, NULL };
const apic_type sockudo_annotation_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_annotation_Type };
const apic_type sockudo_channel_event_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_channel_event_desc, NULL, NULL };
const apic_type sockudo_channel_event_name_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &sockudo_channel_event_name_enum_desc, NULL };
const apic_type sockudo_webhook_batch_Type = { APIC_OBJECT, APIC_FMT_NONE, &sockudo_webhook_batch_desc, NULL, NULL };
const apic_type sockudo_channel_event_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &sockudo_channel_event_Type };
const apic_type sockudo_webhook_event_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &sockudo_webhook_event_desc.kinds, NULL };

void sockudo_json_map_free(apic_json_map *value)
{
    apic_value_free(&apic_type_json_map, value);
}
