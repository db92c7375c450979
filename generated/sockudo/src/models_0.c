/* Descriptors and entry points of Sockudo models. Generated; do not edit. */
#include "internal.h"

/* Error */
static const apic_field sockudo_error_model_desc_Fields[] = {
    {"error", 5, APIC_F_REQUIRED, offsetof(sockudo_error_model, error), -1, -1, &apic_type_string},
    {"code", 4, 0, offsetof(sockudo_error_model, code), offsetof(sockudo_error_model, has_code), -1, &apic_type_int32},
};
const apic_struct_desc sockudo_error_model_desc = {
    "Error", sizeof(sockudo_error_model), sockudo_error_model_desc_Fields, 2,
    offsetof(sockudo_error_model, unknown_fields),
    -1,
    NULL
};

void sockudo_error_model_free(sockudo_error_model *obj)
{
    apic_struct_free(&sockudo_error_model_desc, obj);
}

int sockudo_error_model_from_json(const char *json, size_t len, sockudo_error_model **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_error_model_Type, json, len, &value, err);
    *out = (sockudo_error_model *)value;
    return rc;
}

int sockudo_error_model_to_json(const sockudo_error_model *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_error_model_Type, obj, out, err);
}

/* TriggerRequest */
static const apic_field sockudo_trigger_request_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(sockudo_trigger_request, name), -1, -1, &apic_type_string},
    {"data", 4, APIC_F_REQUIRED, offsetof(sockudo_trigger_request, data), -1, -1, &apic_type_string},
    {"channel", 7, 0, offsetof(sockudo_trigger_request, channel), -1, -1, &apic_type_string},
    {"channels", 8, 0, offsetof(sockudo_trigger_request, channels), offsetof(sockudo_trigger_request, has_channels), -1, &sockudo_string_array_Type},
    {"socket_id", 9, 0, offsetof(sockudo_trigger_request, socket_id), -1, -1, &apic_type_string},
    {"info", 4, 0, offsetof(sockudo_trigger_request, info), -1, -1, &apic_type_string},
    {"idempotency_key", 15, 0, offsetof(sockudo_trigger_request, idempotency_key), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_trigger_request_desc = {
    "TriggerRequest", sizeof(sockudo_trigger_request), sockudo_trigger_request_desc_Fields, 7,
    offsetof(sockudo_trigger_request, unknown_fields),
    -1,
    NULL
};

void sockudo_trigger_request_free(sockudo_trigger_request *obj)
{
    apic_struct_free(&sockudo_trigger_request_desc, obj);
}

int sockudo_trigger_request_from_json(const char *json, size_t len, sockudo_trigger_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_trigger_request_Type, json, len, &value, err);
    *out = (sockudo_trigger_request *)value;
    return rc;
}

int sockudo_trigger_request_to_json(const sockudo_trigger_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_trigger_request_Type, obj, out, err);
}

/* ChannelAttributes */
static const apic_field sockudo_channel_attributes_desc_Fields[] = {
    {"subscription_count", 18, 0, offsetof(sockudo_channel_attributes, subscription_count), offsetof(sockudo_channel_attributes, has_subscription_count), -1, &apic_type_int32},
    {"user_count", 10, 0, offsetof(sockudo_channel_attributes, user_count), offsetof(sockudo_channel_attributes, has_user_count), -1, &apic_type_int32},
    {"message_serial", 14, 0, offsetof(sockudo_channel_attributes, message_serial), -1, -1, &apic_type_string},
    {"history_serial", 14, 0, offsetof(sockudo_channel_attributes, history_serial), offsetof(sockudo_channel_attributes, has_history_serial), -1, &apic_type_int64},
    {"delivery_serial", 15, 0, offsetof(sockudo_channel_attributes, delivery_serial), offsetof(sockudo_channel_attributes, has_delivery_serial), -1, &apic_type_int64},
    {"version_serial", 14, 0, offsetof(sockudo_channel_attributes, version_serial), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_channel_attributes_desc = {
    "ChannelAttributes", sizeof(sockudo_channel_attributes), sockudo_channel_attributes_desc_Fields, 6,
    offsetof(sockudo_channel_attributes, unknown_fields),
    -1,
    NULL
};

void sockudo_channel_attributes_free(sockudo_channel_attributes *obj)
{
    apic_struct_free(&sockudo_channel_attributes_desc, obj);
}

int sockudo_channel_attributes_from_json(const char *json, size_t len, sockudo_channel_attributes **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_channel_attributes_Type, json, len, &value, err);
    *out = (sockudo_channel_attributes *)value;
    return rc;
}

int sockudo_channel_attributes_to_json(const sockudo_channel_attributes *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_channel_attributes_Type, obj, out, err);
}

/* TriggerResult */
static const apic_field sockudo_trigger_result_desc_Fields[] = {
    {"channels", 8, 0, offsetof(sockudo_trigger_result, channels), offsetof(sockudo_trigger_result, has_channels), -1, &sockudo_channel_attributes_map_Type},
};
const apic_struct_desc sockudo_trigger_result_desc = {
    "TriggerResult", sizeof(sockudo_trigger_result), sockudo_trigger_result_desc_Fields, 1,
    offsetof(sockudo_trigger_result, unknown_fields),
    -1,
    NULL
};

void sockudo_trigger_result_free(sockudo_trigger_result *obj)
{
    apic_struct_free(&sockudo_trigger_result_desc, obj);
}

int sockudo_trigger_result_from_json(const char *json, size_t len, sockudo_trigger_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_trigger_result_Type, json, len, &value, err);
    *out = (sockudo_trigger_result *)value;
    return rc;
}

int sockudo_trigger_result_to_json(const sockudo_trigger_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_trigger_result_Type, obj, out, err);
}

/* BatchEvent */
static const apic_field sockudo_batch_event_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_batch_event, channel), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(sockudo_batch_event, name), -1, -1, &apic_type_string},
    {"data", 4, APIC_F_REQUIRED, offsetof(sockudo_batch_event, data), -1, -1, &apic_type_string},
    {"socket_id", 9, 0, offsetof(sockudo_batch_event, socket_id), -1, -1, &apic_type_string},
    {"info", 4, 0, offsetof(sockudo_batch_event, info), -1, -1, &apic_type_string},
    {"idempotency_key", 15, 0, offsetof(sockudo_batch_event, idempotency_key), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_batch_event_desc = {
    "BatchEvent", sizeof(sockudo_batch_event), sockudo_batch_event_desc_Fields, 6,
    offsetof(sockudo_batch_event, unknown_fields),
    -1,
    NULL
};

void sockudo_batch_event_free(sockudo_batch_event *obj)
{
    apic_struct_free(&sockudo_batch_event_desc, obj);
}

int sockudo_batch_event_from_json(const char *json, size_t len, sockudo_batch_event **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_batch_event_Type, json, len, &value, err);
    *out = (sockudo_batch_event *)value;
    return rc;
}

int sockudo_batch_event_to_json(const sockudo_batch_event *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_batch_event_Type, obj, out, err);
}

/* BatchRequest */
static const apic_field sockudo_batch_request_desc_Fields[] = {
    {"batch", 5, APIC_F_REQUIRED, offsetof(sockudo_batch_request, batch), -1, -1, &sockudo_batch_event_array_Type},
};
const apic_struct_desc sockudo_batch_request_desc = {
    "BatchRequest", sizeof(sockudo_batch_request), sockudo_batch_request_desc_Fields, 1,
    offsetof(sockudo_batch_request, unknown_fields),
    -1,
    NULL
};

void sockudo_batch_request_free(sockudo_batch_request *obj)
{
    apic_struct_free(&sockudo_batch_request_desc, obj);
}

int sockudo_batch_request_from_json(const char *json, size_t len, sockudo_batch_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_batch_request_Type, json, len, &value, err);
    *out = (sockudo_batch_request *)value;
    return rc;
}

int sockudo_batch_request_to_json(const sockudo_batch_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_batch_request_Type, obj, out, err);
}

/* BatchResult */
static const apic_field sockudo_batch_result_desc_Fields[] = {
    {"batch", 5, 0, offsetof(sockudo_batch_result, batch), offsetof(sockudo_batch_result, has_batch), -1, &sockudo_channel_attributes_array_Type},
};
const apic_struct_desc sockudo_batch_result_desc = {
    "BatchResult", sizeof(sockudo_batch_result), sockudo_batch_result_desc_Fields, 1,
    offsetof(sockudo_batch_result, unknown_fields),
    -1,
    NULL
};

void sockudo_batch_result_free(sockudo_batch_result *obj)
{
    apic_struct_free(&sockudo_batch_result_desc, obj);
}

int sockudo_batch_result_from_json(const char *json, size_t len, sockudo_batch_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_batch_result_Type, json, len, &value, err);
    *out = (sockudo_batch_result *)value;
    return rc;
}

int sockudo_batch_result_to_json(const sockudo_batch_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_batch_result_Type, obj, out, err);
}

/* ChannelSummary */
static const apic_field sockudo_channel_summary_desc_Fields[] = {
    {"subscription_count", 18, 0, offsetof(sockudo_channel_summary, subscription_count), offsetof(sockudo_channel_summary, has_subscription_count), -1, &apic_type_int32},
    {"user_count", 10, 0, offsetof(sockudo_channel_summary, user_count), offsetof(sockudo_channel_summary, has_user_count), -1, &apic_type_int32},
};
const apic_struct_desc sockudo_channel_summary_desc = {
    "ChannelSummary", sizeof(sockudo_channel_summary), sockudo_channel_summary_desc_Fields, 2,
    offsetof(sockudo_channel_summary, unknown_fields),
    -1,
    NULL
};

void sockudo_channel_summary_free(sockudo_channel_summary *obj)
{
    apic_struct_free(&sockudo_channel_summary_desc, obj);
}

int sockudo_channel_summary_from_json(const char *json, size_t len, sockudo_channel_summary **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_channel_summary_Type, json, len, &value, err);
    *out = (sockudo_channel_summary *)value;
    return rc;
}

int sockudo_channel_summary_to_json(const sockudo_channel_summary *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_channel_summary_Type, obj, out, err);
}

/* ChannelList */
static const apic_field sockudo_channel_list_desc_Fields[] = {
    {"channels", 8, APIC_F_REQUIRED, offsetof(sockudo_channel_list, channels), -1, -1, &sockudo_channel_summary_map_Type},
};
const apic_struct_desc sockudo_channel_list_desc = {
    "ChannelList", sizeof(sockudo_channel_list), sockudo_channel_list_desc_Fields, 1,
    offsetof(sockudo_channel_list, unknown_fields),
    -1,
    NULL
};

void sockudo_channel_list_free(sockudo_channel_list *obj)
{
    apic_struct_free(&sockudo_channel_list_desc, obj);
}

int sockudo_channel_list_from_json(const char *json, size_t len, sockudo_channel_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_channel_list_Type, json, len, &value, err);
    *out = (sockudo_channel_list *)value;
    return rc;
}

int sockudo_channel_list_to_json(const sockudo_channel_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_channel_list_Type, obj, out, err);
}

/* AiChannelState */
static const apic_field sockudo_ai_channel_state_desc_Fields[] = {
    {"active_streams", 14, 0, offsetof(sockudo_ai_channel_state, active_streams), offsetof(sockudo_ai_channel_state, has_active_streams), -1, &apic_type_int32},
    {"last_history_serial", 19, 0, offsetof(sockudo_ai_channel_state, last_history_serial), offsetof(sockudo_ai_channel_state, has_last_history_serial), -1, &apic_type_int64},
    {"message_count", 13, 0, offsetof(sockudo_ai_channel_state, message_count), offsetof(sockudo_ai_channel_state, has_message_count), -1, &apic_type_int64},
};
const apic_struct_desc sockudo_ai_channel_state_desc = {
    "AiChannelState", sizeof(sockudo_ai_channel_state), sockudo_ai_channel_state_desc_Fields, 3,
    offsetof(sockudo_ai_channel_state, unknown_fields),
    -1,
    NULL
};

void sockudo_ai_channel_state_free(sockudo_ai_channel_state *obj)
{
    apic_struct_free(&sockudo_ai_channel_state_desc, obj);
}

int sockudo_ai_channel_state_from_json(const char *json, size_t len, sockudo_ai_channel_state **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_ai_channel_state_Type, json, len, &value, err);
    *out = (sockudo_ai_channel_state *)value;
    return rc;
}

int sockudo_ai_channel_state_to_json(const sockudo_ai_channel_state *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_ai_channel_state_Type, obj, out, err);
}

/* ChannelInfo */
static const apic_field sockudo_channel_info_desc_Fields[] = {
    {"occupied", 8, APIC_F_REQUIRED, offsetof(sockudo_channel_info, occupied), -1, -1, &apic_type_bool},
    {"user_count", 10, 0, offsetof(sockudo_channel_info, user_count), offsetof(sockudo_channel_info, has_user_count), -1, &apic_type_int32},
    {"subscription_count", 18, 0, offsetof(sockudo_channel_info, subscription_count), offsetof(sockudo_channel_info, has_subscription_count), -1, &apic_type_int32},
    {"ai", 2, 0, offsetof(sockudo_channel_info, ai), -1, -1, &sockudo_ai_channel_state_Type},
};
const apic_struct_desc sockudo_channel_info_desc = {
    "ChannelInfo", sizeof(sockudo_channel_info), sockudo_channel_info_desc_Fields, 4,
    offsetof(sockudo_channel_info, unknown_fields),
    -1,
    NULL
};

void sockudo_channel_info_free(sockudo_channel_info *obj)
{
    apic_struct_free(&sockudo_channel_info_desc, obj);
}

int sockudo_channel_info_from_json(const char *json, size_t len, sockudo_channel_info **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_channel_info_Type, json, len, &value, err);
    *out = (sockudo_channel_info *)value;
    return rc;
}

int sockudo_channel_info_to_json(const sockudo_channel_info *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_channel_info_Type, obj, out, err);
}

/* PresenceUser */
static const apic_field sockudo_presence_user_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(sockudo_presence_user, id), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_presence_user_desc = {
    "PresenceUser", sizeof(sockudo_presence_user), sockudo_presence_user_desc_Fields, 1,
    offsetof(sockudo_presence_user, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_user_free(sockudo_presence_user *obj)
{
    apic_struct_free(&sockudo_presence_user_desc, obj);
}

int sockudo_presence_user_from_json(const char *json, size_t len, sockudo_presence_user **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_user_Type, json, len, &value, err);
    *out = (sockudo_presence_user *)value;
    return rc;
}

int sockudo_presence_user_to_json(const sockudo_presence_user *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_user_Type, obj, out, err);
}

/* PresenceUsers */
static const apic_field sockudo_presence_users_desc_Fields[] = {
    {"users", 5, APIC_F_REQUIRED, offsetof(sockudo_presence_users, users), -1, -1, &sockudo_presence_user_array_Type},
};
const apic_struct_desc sockudo_presence_users_desc = {
    "PresenceUsers", sizeof(sockudo_presence_users), sockudo_presence_users_desc_Fields, 1,
    offsetof(sockudo_presence_users, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_users_free(sockudo_presence_users *obj)
{
    apic_struct_free(&sockudo_presence_users_desc, obj);
}

int sockudo_presence_users_from_json(const char *json, size_t len, sockudo_presence_users **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_users_Type, json, len, &value, err);
    *out = (sockudo_presence_users *)value;
    return rc;
}

int sockudo_presence_users_to_json(const sockudo_presence_users *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_users_Type, obj, out, err);
}

/* HistoryBounds */
static const apic_field sockudo_history_bounds_desc_Fields[] = {
    {"start_serial", 12, APIC_F_NULLABLE, offsetof(sockudo_history_bounds, start_serial), offsetof(sockudo_history_bounds, has_start_serial), offsetof(sockudo_history_bounds, start_serial_is_null), &apic_type_int64},
    {"end_serial", 10, APIC_F_NULLABLE, offsetof(sockudo_history_bounds, end_serial), offsetof(sockudo_history_bounds, has_end_serial), offsetof(sockudo_history_bounds, end_serial_is_null), &apic_type_int64},
    {"start_time_ms", 13, APIC_F_NULLABLE, offsetof(sockudo_history_bounds, start_time_ms), offsetof(sockudo_history_bounds, has_start_time_ms), offsetof(sockudo_history_bounds, start_time_ms_is_null), &apic_type_int64},
    {"end_time_ms", 11, APIC_F_NULLABLE, offsetof(sockudo_history_bounds, end_time_ms), offsetof(sockudo_history_bounds, has_end_time_ms), offsetof(sockudo_history_bounds, end_time_ms_is_null), &apic_type_int64},
};
const apic_struct_desc sockudo_history_bounds_desc = {
    "HistoryBounds", sizeof(sockudo_history_bounds), sockudo_history_bounds_desc_Fields, 4,
    offsetof(sockudo_history_bounds, unknown_fields),
    -1,
    NULL
};

void sockudo_history_bounds_free(sockudo_history_bounds *obj)
{
    apic_struct_free(&sockudo_history_bounds_desc, obj);
}

int sockudo_history_bounds_from_json(const char *json, size_t len, sockudo_history_bounds **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_bounds_Type, json, len, &value, err);
    *out = (sockudo_history_bounds *)value;
    return rc;
}

int sockudo_history_bounds_to_json(const sockudo_history_bounds *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_bounds_Type, obj, out, err);
}

/* HistoryContinuity */
static const apic_field sockudo_history_continuity_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_history_continuity, stream_id), -1, offsetof(sockudo_history_continuity, stream_id_is_null), &apic_type_string},
    {"oldest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_history_continuity, oldest_available_serial), offsetof(sockudo_history_continuity, has_oldest_available_serial), offsetof(sockudo_history_continuity, oldest_available_serial_is_null), &apic_type_int64},
    {"newest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_history_continuity, newest_available_serial), offsetof(sockudo_history_continuity, has_newest_available_serial), offsetof(sockudo_history_continuity, newest_available_serial_is_null), &apic_type_int64},
    {"oldest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_history_continuity, oldest_available_published_at_ms), offsetof(sockudo_history_continuity, has_oldest_available_published_at_ms), offsetof(sockudo_history_continuity, oldest_available_published_at_ms_is_null), &apic_type_int64},
    {"newest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_history_continuity, newest_available_published_at_ms), offsetof(sockudo_history_continuity, has_newest_available_published_at_ms), offsetof(sockudo_history_continuity, newest_available_published_at_ms_is_null), &apic_type_int64},
    {"retained_messages", 17, 0, offsetof(sockudo_history_continuity, retained_messages), offsetof(sockudo_history_continuity, has_retained_messages), -1, &apic_type_int64},
    {"retained_bytes", 14, 0, offsetof(sockudo_history_continuity, retained_bytes), offsetof(sockudo_history_continuity, has_retained_bytes), -1, &apic_type_int64},
    {"complete", 8, 0, offsetof(sockudo_history_continuity, complete), offsetof(sockudo_history_continuity, has_complete), -1, &apic_type_bool},
    {"truncated_by_retention", 22, 0, offsetof(sockudo_history_continuity, truncated_by_retention), offsetof(sockudo_history_continuity, has_truncated_by_retention), -1, &apic_type_bool},
};
const apic_struct_desc sockudo_history_continuity_desc = {
    "HistoryContinuity", sizeof(sockudo_history_continuity), sockudo_history_continuity_desc_Fields, 9,
    offsetof(sockudo_history_continuity, unknown_fields),
    -1,
    NULL
};

void sockudo_history_continuity_free(sockudo_history_continuity *obj)
{
    apic_struct_free(&sockudo_history_continuity_desc, obj);
}

int sockudo_history_continuity_from_json(const char *json, size_t len, sockudo_history_continuity **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_continuity_Type, json, len, &value, err);
    *out = (sockudo_history_continuity *)value;
    return rc;
}

int sockudo_history_continuity_to_json(const sockudo_history_continuity *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_continuity_Type, obj, out, err);
}

/* StreamState */
static const apic_field sockudo_stream_state_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_stream_state, stream_id), -1, offsetof(sockudo_stream_state, stream_id_is_null), &apic_type_string},
    {"durable_state", 13, 0, offsetof(sockudo_stream_state, durable_state), offsetof(sockudo_stream_state, has_durable_state), -1, &sockudo_stream_state_durable_state_Type},
    {"recovery_allowed", 16, 0, offsetof(sockudo_stream_state, recovery_allowed), offsetof(sockudo_stream_state, has_recovery_allowed), -1, &apic_type_bool},
    {"reset_required", 14, 0, offsetof(sockudo_stream_state, reset_required), offsetof(sockudo_stream_state, has_reset_required), -1, &apic_type_bool},
    {"reason", 6, APIC_F_NULLABLE, offsetof(sockudo_stream_state, reason), -1, offsetof(sockudo_stream_state, reason_is_null), &apic_type_string},
    {"node_id", 7, APIC_F_NULLABLE, offsetof(sockudo_stream_state, node_id), -1, offsetof(sockudo_stream_state, node_id_is_null), &apic_type_string},
    {"last_transition_at_ms", 21, APIC_F_NULLABLE, offsetof(sockudo_stream_state, last_transition_at_ms), offsetof(sockudo_stream_state, has_last_transition_at_ms), offsetof(sockudo_stream_state, last_transition_at_ms_is_null), &apic_type_int64},
    {"authoritative_source", 20, 0, offsetof(sockudo_stream_state, authoritative_source), -1, -1, &apic_type_string},
    {"observed_source", 15, 0, offsetof(sockudo_stream_state, observed_source), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_stream_state_desc = {
    "StreamState", sizeof(sockudo_stream_state), sockudo_stream_state_desc_Fields, 9,
    offsetof(sockudo_stream_state, unknown_fields),
    -1,
    NULL
};

void sockudo_stream_state_free(sockudo_stream_state *obj)
{
    apic_struct_free(&sockudo_stream_state_desc, obj);
}

int sockudo_stream_state_from_json(const char *json, size_t len, sockudo_stream_state **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_stream_state_Type, json, len, &value, err);
    *out = (sockudo_stream_state *)value;
    return rc;
}

int sockudo_stream_state_to_json(const sockudo_stream_state *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_stream_state_Type, obj, out, err);
}

/* HistoryItem */
static const apic_field sockudo_history_item_desc_Fields[] = {
    {"stream_id", 9, APIC_F_REQUIRED, offsetof(sockudo_history_item, stream_id), -1, -1, &apic_type_string},
    {"serial", 6, APIC_F_REQUIRED, offsetof(sockudo_history_item, serial), -1, -1, &apic_type_int64},
    {"published_at_ms", 15, APIC_F_REQUIRED, offsetof(sockudo_history_item, published_at_ms), -1, -1, &apic_type_int64},
    {"message_id", 10, APIC_F_NULLABLE, offsetof(sockudo_history_item, message_id), -1, offsetof(sockudo_history_item, message_id_is_null), &apic_type_string},
    {"event_name", 10, APIC_F_NULLABLE, offsetof(sockudo_history_item, event_name), -1, offsetof(sockudo_history_item, event_name_is_null), &apic_type_string},
    {"operation_kind", 14, 0, offsetof(sockudo_history_item, operation_kind), -1, -1, &apic_type_string},
    {"payload_size_bytes", 18, 0, offsetof(sockudo_history_item, payload_size_bytes), offsetof(sockudo_history_item, has_payload_size_bytes), -1, &apic_type_int64},
    {"message", 7, 0, offsetof(sockudo_history_item, message), offsetof(sockudo_history_item, has_message), -1, &apic_type_json_map},
};
const apic_struct_desc sockudo_history_item_desc = {
    "HistoryItem", sizeof(sockudo_history_item), sockudo_history_item_desc_Fields, 8,
    offsetof(sockudo_history_item, unknown_fields),
    -1,
    NULL
};

void sockudo_history_item_free(sockudo_history_item *obj)
{
    apic_struct_free(&sockudo_history_item_desc, obj);
}

int sockudo_history_item_from_json(const char *json, size_t len, sockudo_history_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_item_Type, json, len, &value, err);
    *out = (sockudo_history_item *)value;
    return rc;
}

int sockudo_history_item_to_json(const sockudo_history_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_item_Type, obj, out, err);
}

/* HistoryPage */
static const apic_field sockudo_history_page_desc_Fields[] = {
    {"items", 5, APIC_F_REQUIRED, offsetof(sockudo_history_page, items), -1, -1, &sockudo_history_item_array_Type},
    {"direction", 9, APIC_F_REQUIRED, offsetof(sockudo_history_page, direction), -1, -1, &sockudo_direction_Type},
    {"limit", 5, APIC_F_REQUIRED, offsetof(sockudo_history_page, limit), -1, -1, &apic_type_int32},
    {"has_more", 8, APIC_F_REQUIRED, offsetof(sockudo_history_page, has_more), -1, -1, &apic_type_bool},
    {"next_cursor", 11, APIC_F_NULLABLE, offsetof(sockudo_history_page, next_cursor), -1, offsetof(sockudo_history_page, next_cursor_is_null), &apic_type_string},
    {"bounds", 6, 0, offsetof(sockudo_history_page, bounds), -1, -1, &sockudo_history_bounds_Type},
    {"continuity", 10, 0, offsetof(sockudo_history_page, continuity), -1, -1, &sockudo_history_continuity_Type},
    {"stream_state", 12, 0, offsetof(sockudo_history_page, stream_state), -1, -1, &sockudo_stream_state_Type},
};
const apic_struct_desc sockudo_history_page_desc = {
    "HistoryPage", sizeof(sockudo_history_page), sockudo_history_page_desc_Fields, 8,
    offsetof(sockudo_history_page, unknown_fields),
    -1,
    NULL
};

void sockudo_history_page_free(sockudo_history_page *obj)
{
    apic_struct_free(&sockudo_history_page_desc, obj);
}

int sockudo_history_page_from_json(const char *json, size_t len, sockudo_history_page **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_page_Type, json, len, &value, err);
    *out = (sockudo_history_page *)value;
    return rc;
}

int sockudo_history_page_to_json(const sockudo_history_page *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_page_Type, obj, out, err);
}

/* RetainedStats */
static const apic_field sockudo_retained_stats_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_retained_stats, stream_id), -1, offsetof(sockudo_retained_stats, stream_id_is_null), &apic_type_string},
    {"retained_messages", 17, 0, offsetof(sockudo_retained_stats, retained_messages), offsetof(sockudo_retained_stats, has_retained_messages), -1, &apic_type_int64},
    {"retained_bytes", 14, 0, offsetof(sockudo_retained_stats, retained_bytes), offsetof(sockudo_retained_stats, has_retained_bytes), -1, &apic_type_int64},
    {"oldest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_retained_stats, oldest_available_serial), offsetof(sockudo_retained_stats, has_oldest_available_serial), offsetof(sockudo_retained_stats, oldest_available_serial_is_null), &apic_type_int64},
    {"newest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_retained_stats, newest_available_serial), offsetof(sockudo_retained_stats, has_newest_available_serial), offsetof(sockudo_retained_stats, newest_available_serial_is_null), &apic_type_int64},
    {"oldest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_retained_stats, oldest_available_published_at_ms), offsetof(sockudo_retained_stats, has_oldest_available_published_at_ms), offsetof(sockudo_retained_stats, oldest_available_published_at_ms_is_null), &apic_type_int64},
    {"newest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_retained_stats, newest_available_published_at_ms), offsetof(sockudo_retained_stats, has_newest_available_published_at_ms), offsetof(sockudo_retained_stats, newest_available_published_at_ms_is_null), &apic_type_int64},
};
const apic_struct_desc sockudo_retained_stats_desc = {
    "RetainedStats", sizeof(sockudo_retained_stats), sockudo_retained_stats_desc_Fields, 7,
    offsetof(sockudo_retained_stats, unknown_fields),
    -1,
    NULL
};

void sockudo_retained_stats_free(sockudo_retained_stats *obj)
{
    apic_struct_free(&sockudo_retained_stats_desc, obj);
}

int sockudo_retained_stats_from_json(const char *json, size_t len, sockudo_retained_stats **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_retained_stats_Type, json, len, &value, err);
    *out = (sockudo_retained_stats *)value;
    return rc;
}

int sockudo_retained_stats_to_json(const sockudo_retained_stats *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_retained_stats_Type, obj, out, err);
}

/* StreamInspection */
static const apic_field sockudo_stream_inspection_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_stream_inspection, stream_id), -1, offsetof(sockudo_stream_inspection, stream_id_is_null), &apic_type_string},
    {"next_serial", 11, APIC_F_NULLABLE, offsetof(sockudo_stream_inspection, next_serial), offsetof(sockudo_stream_inspection, has_next_serial), offsetof(sockudo_stream_inspection, next_serial_is_null), &apic_type_int64},
    {"retained", 8, 0, offsetof(sockudo_stream_inspection, retained), -1, -1, &sockudo_retained_stats_Type},
    {"state", 5, 0, offsetof(sockudo_stream_inspection, state), -1, -1, &sockudo_stream_state_Type},
};
const apic_struct_desc sockudo_stream_inspection_desc = {
    "StreamInspection", sizeof(sockudo_stream_inspection), sockudo_stream_inspection_desc_Fields, 4,
    offsetof(sockudo_stream_inspection, unknown_fields),
    -1,
    NULL
};

void sockudo_stream_inspection_free(sockudo_stream_inspection *obj)
{
    apic_struct_free(&sockudo_stream_inspection_desc, obj);
}

int sockudo_stream_inspection_from_json(const char *json, size_t len, sockudo_stream_inspection **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_stream_inspection_Type, json, len, &value, err);
    *out = (sockudo_stream_inspection *)value;
    return rc;
}

int sockudo_stream_inspection_to_json(const sockudo_stream_inspection *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_stream_inspection_Type, obj, out, err);
}

/* HistoryState */
static const apic_field sockudo_history_state_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_history_state, channel), -1, -1, &apic_type_string},
    {"stream", 6, APIC_F_REQUIRED, offsetof(sockudo_history_state, stream), -1, -1, &sockudo_stream_inspection_Type},
};
const apic_struct_desc sockudo_history_state_desc = {
    "HistoryState", sizeof(sockudo_history_state), sockudo_history_state_desc_Fields, 2,
    offsetof(sockudo_history_state, unknown_fields),
    -1,
    NULL
};

void sockudo_history_state_free(sockudo_history_state *obj)
{
    apic_struct_free(&sockudo_history_state_desc, obj);
}

int sockudo_history_state_from_json(const char *json, size_t len, sockudo_history_state **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_state_Type, json, len, &value, err);
    *out = (sockudo_history_state *)value;
    return rc;
}

int sockudo_history_state_to_json(const sockudo_history_state *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_state_Type, obj, out, err);
}

/* HistoryResetRequest */
static const apic_field sockudo_history_reset_request_desc_Fields[] = {
    {"confirm_channel", 15, APIC_F_REQUIRED, offsetof(sockudo_history_reset_request, confirm_channel), -1, -1, &apic_type_string},
    {"confirm_operation", 17, APIC_F_REQUIRED, offsetof(sockudo_history_reset_request, confirm_operation), -1, -1, &sockudo_history_reset_request_confirm_operation_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(sockudo_history_reset_request, reason), -1, -1, &apic_type_string},
    {"requested_by", 12, 0, offsetof(sockudo_history_reset_request, requested_by), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_history_reset_request_desc = {
    "HistoryResetRequest", sizeof(sockudo_history_reset_request), sockudo_history_reset_request_desc_Fields, 4,
    offsetof(sockudo_history_reset_request, unknown_fields),
    -1,
    NULL
};

void sockudo_history_reset_request_free(sockudo_history_reset_request *obj)
{
    apic_struct_free(&sockudo_history_reset_request_desc, obj);
}

int sockudo_history_reset_request_from_json(const char *json, size_t len, sockudo_history_reset_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_reset_request_Type, json, len, &value, err);
    *out = (sockudo_history_reset_request *)value;
    return rc;
}

int sockudo_history_reset_request_to_json(const sockudo_history_reset_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_reset_request_Type, obj, out, err);
}

/* HistoryResetResult */
static const apic_field sockudo_history_reset_result_desc_Fields[] = {
    {"ok", 2, APIC_F_REQUIRED, offsetof(sockudo_history_reset_result, ok), -1, -1, &apic_type_bool},
    {"operation", 9, APIC_F_REQUIRED, offsetof(sockudo_history_reset_result, operation), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_history_reset_result, channel), -1, -1, &apic_type_string},
    {"reason", 6, 0, offsetof(sockudo_history_reset_result, reason), -1, -1, &apic_type_string},
    {"requested_by", 12, APIC_F_NULLABLE, offsetof(sockudo_history_reset_result, requested_by), -1, offsetof(sockudo_history_reset_result, requested_by_is_null), &apic_type_string},
    {"previous_stream_id", 18, APIC_F_NULLABLE, offsetof(sockudo_history_reset_result, previous_stream_id), -1, offsetof(sockudo_history_reset_result, previous_stream_id_is_null), &apic_type_string},
    {"new_stream_id", 13, APIC_F_REQUIRED, offsetof(sockudo_history_reset_result, new_stream_id), -1, -1, &apic_type_string},
    {"purged_messages", 15, 0, offsetof(sockudo_history_reset_result, purged_messages), offsetof(sockudo_history_reset_result, has_purged_messages), -1, &apic_type_int64},
    {"purged_bytes", 12, 0, offsetof(sockudo_history_reset_result, purged_bytes), offsetof(sockudo_history_reset_result, has_purged_bytes), -1, &apic_type_int64},
    {"stream", 6, 0, offsetof(sockudo_history_reset_result, stream), -1, -1, &sockudo_stream_inspection_Type},
};
const apic_struct_desc sockudo_history_reset_result_desc = {
    "HistoryResetResult", sizeof(sockudo_history_reset_result), sockudo_history_reset_result_desc_Fields, 10,
    offsetof(sockudo_history_reset_result, unknown_fields),
    -1,
    NULL
};

void sockudo_history_reset_result_free(sockudo_history_reset_result *obj)
{
    apic_struct_free(&sockudo_history_reset_result_desc, obj);
}

int sockudo_history_reset_result_from_json(const char *json, size_t len, sockudo_history_reset_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_reset_result_Type, json, len, &value, err);
    *out = (sockudo_history_reset_result *)value;
    return rc;
}

int sockudo_history_reset_result_to_json(const sockudo_history_reset_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_reset_result_Type, obj, out, err);
}

/* HistoryPurgeRequest */
static const apic_field sockudo_history_purge_request_desc_Fields[] = {
    {"confirm_channel", 15, APIC_F_REQUIRED, offsetof(sockudo_history_purge_request, confirm_channel), -1, -1, &apic_type_string},
    {"confirm_operation", 17, APIC_F_REQUIRED, offsetof(sockudo_history_purge_request, confirm_operation), -1, -1, &sockudo_history_purge_request_confirm_operation_Type},
    {"mode", 4, APIC_F_REQUIRED, offsetof(sockudo_history_purge_request, mode), -1, -1, &sockudo_history_purge_request_mode_Type},
    {"before_serial", 13, 0, offsetof(sockudo_history_purge_request, before_serial), offsetof(sockudo_history_purge_request, has_before_serial), -1, &apic_type_int64},
    {"before_time_ms", 14, 0, offsetof(sockudo_history_purge_request, before_time_ms), offsetof(sockudo_history_purge_request, has_before_time_ms), -1, &apic_type_int64},
    {"reason", 6, APIC_F_REQUIRED, offsetof(sockudo_history_purge_request, reason), -1, -1, &apic_type_string},
    {"requested_by", 12, 0, offsetof(sockudo_history_purge_request, requested_by), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_history_purge_request_desc = {
    "HistoryPurgeRequest", sizeof(sockudo_history_purge_request), sockudo_history_purge_request_desc_Fields, 7,
    offsetof(sockudo_history_purge_request, unknown_fields),
    -1,
    NULL
};

void sockudo_history_purge_request_free(sockudo_history_purge_request *obj)
{
    apic_struct_free(&sockudo_history_purge_request_desc, obj);
}

int sockudo_history_purge_request_from_json(const char *json, size_t len, sockudo_history_purge_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_purge_request_Type, json, len, &value, err);
    *out = (sockudo_history_purge_request *)value;
    return rc;
}

int sockudo_history_purge_request_to_json(const sockudo_history_purge_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_purge_request_Type, obj, out, err);
}

/* HistoryPurgeResult */
static const apic_field sockudo_history_purge_result_desc_Fields[] = {
    {"ok", 2, APIC_F_REQUIRED, offsetof(sockudo_history_purge_result, ok), -1, -1, &apic_type_bool},
    {"operation", 9, APIC_F_REQUIRED, offsetof(sockudo_history_purge_result, operation), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_history_purge_result, channel), -1, -1, &apic_type_string},
    {"mode", 4, APIC_F_REQUIRED, offsetof(sockudo_history_purge_result, mode), -1, -1, &apic_type_string},
    {"before_serial", 13, APIC_F_NULLABLE, offsetof(sockudo_history_purge_result, before_serial), offsetof(sockudo_history_purge_result, has_before_serial), offsetof(sockudo_history_purge_result, before_serial_is_null), &apic_type_int64},
    {"before_time_ms", 14, APIC_F_NULLABLE, offsetof(sockudo_history_purge_result, before_time_ms), offsetof(sockudo_history_purge_result, has_before_time_ms), offsetof(sockudo_history_purge_result, before_time_ms_is_null), &apic_type_int64},
    {"reason", 6, 0, offsetof(sockudo_history_purge_result, reason), -1, -1, &apic_type_string},
    {"requested_by", 12, APIC_F_NULLABLE, offsetof(sockudo_history_purge_result, requested_by), -1, offsetof(sockudo_history_purge_result, requested_by_is_null), &apic_type_string},
    {"purged_messages", 15, 0, offsetof(sockudo_history_purge_result, purged_messages), offsetof(sockudo_history_purge_result, has_purged_messages), -1, &apic_type_int64},
    {"purged_bytes", 12, 0, offsetof(sockudo_history_purge_result, purged_bytes), offsetof(sockudo_history_purge_result, has_purged_bytes), -1, &apic_type_int64},
    {"stream", 6, 0, offsetof(sockudo_history_purge_result, stream), -1, -1, &sockudo_stream_inspection_Type},
};
const apic_struct_desc sockudo_history_purge_result_desc = {
    "HistoryPurgeResult", sizeof(sockudo_history_purge_result), sockudo_history_purge_result_desc_Fields, 11,
    offsetof(sockudo_history_purge_result, unknown_fields),
    -1,
    NULL
};

void sockudo_history_purge_result_free(sockudo_history_purge_result *obj)
{
    apic_struct_free(&sockudo_history_purge_result_desc, obj);
}

int sockudo_history_purge_result_from_json(const char *json, size_t len, sockudo_history_purge_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_history_purge_result_Type, json, len, &value, err);
    *out = (sockudo_history_purge_result *)value;
    return rc;
}

int sockudo_history_purge_result_to_json(const sockudo_history_purge_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_history_purge_result_Type, obj, out, err);
}

/* PresenceHistoryItem */
static const apic_field sockudo_presence_history_item_desc_Fields[] = {
    {"stream_id", 9, APIC_F_REQUIRED, offsetof(sockudo_presence_history_item, stream_id), -1, -1, &apic_type_string},
    {"serial", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_history_item, serial), -1, -1, &apic_type_int64},
    {"published_at_ms", 15, APIC_F_REQUIRED, offsetof(sockudo_presence_history_item, published_at_ms), -1, -1, &apic_type_int64},
    {"event", 5, APIC_F_REQUIRED, offsetof(sockudo_presence_history_item, event), -1, -1, &sockudo_presence_history_item_event_Type},
    {"cause", 5, 0, offsetof(sockudo_presence_history_item, cause), offsetof(sockudo_presence_history_item, has_cause), -1, &sockudo_presence_history_item_cause_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(sockudo_presence_history_item, user_id), -1, -1, &apic_type_string},
    {"connection_id", 13, APIC_F_NULLABLE, offsetof(sockudo_presence_history_item, connection_id), -1, offsetof(sockudo_presence_history_item, connection_id_is_null), &apic_type_string},
    {"dead_node_id", 12, APIC_F_NULLABLE, offsetof(sockudo_presence_history_item, dead_node_id), -1, offsetof(sockudo_presence_history_item, dead_node_id_is_null), &apic_type_string},
    {"payload_size_bytes", 18, 0, offsetof(sockudo_presence_history_item, payload_size_bytes), offsetof(sockudo_presence_history_item, has_payload_size_bytes), -1, &apic_type_int64},
    {"presence_event", 14, 0, offsetof(sockudo_presence_history_item, presence_event), offsetof(sockudo_presence_history_item, has_presence_event), -1, &apic_type_json_map},
};
const apic_struct_desc sockudo_presence_history_item_desc = {
    "PresenceHistoryItem", sizeof(sockudo_presence_history_item), sockudo_presence_history_item_desc_Fields, 10,
    offsetof(sockudo_presence_history_item, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_history_item_free(sockudo_presence_history_item *obj)
{
    apic_struct_free(&sockudo_presence_history_item_desc, obj);
}

int sockudo_presence_history_item_from_json(const char *json, size_t len, sockudo_presence_history_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_history_item_Type, json, len, &value, err);
    *out = (sockudo_presence_history_item *)value;
    return rc;
}

int sockudo_presence_history_item_to_json(const sockudo_presence_history_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_history_item_Type, obj, out, err);
}

/* PresenceContinuity */
static const apic_field sockudo_presence_continuity_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_presence_continuity, stream_id), -1, offsetof(sockudo_presence_continuity, stream_id_is_null), &apic_type_string},
    {"oldest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_presence_continuity, oldest_available_serial), offsetof(sockudo_presence_continuity, has_oldest_available_serial), offsetof(sockudo_presence_continuity, oldest_available_serial_is_null), &apic_type_int64},
    {"newest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_presence_continuity, newest_available_serial), offsetof(sockudo_presence_continuity, has_newest_available_serial), offsetof(sockudo_presence_continuity, newest_available_serial_is_null), &apic_type_int64},
    {"oldest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_presence_continuity, oldest_available_published_at_ms), offsetof(sockudo_presence_continuity, has_oldest_available_published_at_ms), offsetof(sockudo_presence_continuity, oldest_available_published_at_ms_is_null), &apic_type_int64},
    {"newest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_presence_continuity, newest_available_published_at_ms), offsetof(sockudo_presence_continuity, has_newest_available_published_at_ms), offsetof(sockudo_presence_continuity, newest_available_published_at_ms_is_null), &apic_type_int64},
    {"retained_events", 15, 0, offsetof(sockudo_presence_continuity, retained_events), offsetof(sockudo_presence_continuity, has_retained_events), -1, &apic_type_int64},
    {"retained_bytes", 14, 0, offsetof(sockudo_presence_continuity, retained_bytes), offsetof(sockudo_presence_continuity, has_retained_bytes), -1, &apic_type_int64},
    {"degraded", 8, 0, offsetof(sockudo_presence_continuity, degraded), offsetof(sockudo_presence_continuity, has_degraded), -1, &apic_type_bool},
    {"complete", 8, 0, offsetof(sockudo_presence_continuity, complete), offsetof(sockudo_presence_continuity, has_complete), -1, &apic_type_bool},
    {"truncated_by_retention", 22, 0, offsetof(sockudo_presence_continuity, truncated_by_retention), offsetof(sockudo_presence_continuity, has_truncated_by_retention), -1, &apic_type_bool},
};
const apic_struct_desc sockudo_presence_continuity_desc = {
    "PresenceContinuity", sizeof(sockudo_presence_continuity), sockudo_presence_continuity_desc_Fields, 10,
    offsetof(sockudo_presence_continuity, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_continuity_free(sockudo_presence_continuity *obj)
{
    apic_struct_free(&sockudo_presence_continuity_desc, obj);
}

int sockudo_presence_continuity_from_json(const char *json, size_t len, sockudo_presence_continuity **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_continuity_Type, json, len, &value, err);
    *out = (sockudo_presence_continuity *)value;
    return rc;
}

int sockudo_presence_continuity_to_json(const sockudo_presence_continuity *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_continuity_Type, obj, out, err);
}

/* PresenceStreamState */
static const apic_field sockudo_presence_stream_state_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_presence_stream_state, stream_id), -1, offsetof(sockudo_presence_stream_state, stream_id_is_null), &apic_type_string},
    {"durable_state", 13, 0, offsetof(sockudo_presence_stream_state, durable_state), offsetof(sockudo_presence_stream_state, has_durable_state), -1, &sockudo_presence_stream_state_durable_state_Type},
    {"continuity_proven", 17, 0, offsetof(sockudo_presence_stream_state, continuity_proven), offsetof(sockudo_presence_stream_state, has_continuity_proven), -1, &apic_type_bool},
    {"reset_required", 14, 0, offsetof(sockudo_presence_stream_state, reset_required), offsetof(sockudo_presence_stream_state, has_reset_required), -1, &apic_type_bool},
    {"reason", 6, APIC_F_NULLABLE, offsetof(sockudo_presence_stream_state, reason), -1, offsetof(sockudo_presence_stream_state, reason_is_null), &apic_type_string},
    {"node_id", 7, APIC_F_NULLABLE, offsetof(sockudo_presence_stream_state, node_id), -1, offsetof(sockudo_presence_stream_state, node_id_is_null), &apic_type_string},
    {"last_transition_at_ms", 21, APIC_F_NULLABLE, offsetof(sockudo_presence_stream_state, last_transition_at_ms), offsetof(sockudo_presence_stream_state, has_last_transition_at_ms), offsetof(sockudo_presence_stream_state, last_transition_at_ms_is_null), &apic_type_int64},
    {"authoritative_source", 20, 0, offsetof(sockudo_presence_stream_state, authoritative_source), -1, -1, &apic_type_string},
    {"observed_source", 15, 0, offsetof(sockudo_presence_stream_state, observed_source), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_presence_stream_state_desc = {
    "PresenceStreamState", sizeof(sockudo_presence_stream_state), sockudo_presence_stream_state_desc_Fields, 9,
    offsetof(sockudo_presence_stream_state, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_stream_state_free(sockudo_presence_stream_state *obj)
{
    apic_struct_free(&sockudo_presence_stream_state_desc, obj);
}

int sockudo_presence_stream_state_from_json(const char *json, size_t len, sockudo_presence_stream_state **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_stream_state_Type, json, len, &value, err);
    *out = (sockudo_presence_stream_state *)value;
    return rc;
}

int sockudo_presence_stream_state_to_json(const sockudo_presence_stream_state *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_stream_state_Type, obj, out, err);
}

/* PresenceHistoryPage */
static const apic_field sockudo_presence_history_page_desc_Fields[] = {
    {"items", 5, APIC_F_REQUIRED, offsetof(sockudo_presence_history_page, items), -1, -1, &sockudo_presence_history_item_array_Type},
    {"direction", 9, APIC_F_REQUIRED, offsetof(sockudo_presence_history_page, direction), -1, -1, &sockudo_direction_Type},
    {"limit", 5, APIC_F_REQUIRED, offsetof(sockudo_presence_history_page, limit), -1, -1, &apic_type_int32},
    {"has_more", 8, APIC_F_REQUIRED, offsetof(sockudo_presence_history_page, has_more), -1, -1, &apic_type_bool},
    {"next_cursor", 11, APIC_F_NULLABLE, offsetof(sockudo_presence_history_page, next_cursor), -1, offsetof(sockudo_presence_history_page, next_cursor_is_null), &apic_type_string},
    {"bounds", 6, 0, offsetof(sockudo_presence_history_page, bounds), -1, -1, &sockudo_history_bounds_Type},
    {"continuity", 10, 0, offsetof(sockudo_presence_history_page, continuity), -1, -1, &sockudo_presence_continuity_Type},
    {"stream_state", 12, 0, offsetof(sockudo_presence_history_page, stream_state), -1, -1, &sockudo_presence_stream_state_Type},
};
const apic_struct_desc sockudo_presence_history_page_desc = {
    "PresenceHistoryPage", sizeof(sockudo_presence_history_page), sockudo_presence_history_page_desc_Fields, 8,
    offsetof(sockudo_presence_history_page, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_history_page_free(sockudo_presence_history_page *obj)
{
    apic_struct_free(&sockudo_presence_history_page_desc, obj);
}

int sockudo_presence_history_page_from_json(const char *json, size_t len, sockudo_presence_history_page **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_history_page_Type, json, len, &value, err);
    *out = (sockudo_presence_history_page *)value;
    return rc;
}

int sockudo_presence_history_page_to_json(const sockudo_presence_history_page *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_history_page_Type, obj, out, err);
}

/* PresenceRetainedStats */
static const apic_field sockudo_presence_retained_stats_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_presence_retained_stats, stream_id), -1, offsetof(sockudo_presence_retained_stats, stream_id_is_null), &apic_type_string},
    {"retained_events", 15, 0, offsetof(sockudo_presence_retained_stats, retained_events), offsetof(sockudo_presence_retained_stats, has_retained_events), -1, &apic_type_int64},
    {"retained_bytes", 14, 0, offsetof(sockudo_presence_retained_stats, retained_bytes), offsetof(sockudo_presence_retained_stats, has_retained_bytes), -1, &apic_type_int64},
    {"oldest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_presence_retained_stats, oldest_available_serial), offsetof(sockudo_presence_retained_stats, has_oldest_available_serial), offsetof(sockudo_presence_retained_stats, oldest_available_serial_is_null), &apic_type_int64},
    {"newest_available_serial", 23, APIC_F_NULLABLE, offsetof(sockudo_presence_retained_stats, newest_available_serial), offsetof(sockudo_presence_retained_stats, has_newest_available_serial), offsetof(sockudo_presence_retained_stats, newest_available_serial_is_null), &apic_type_int64},
    {"oldest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_presence_retained_stats, oldest_available_published_at_ms), offsetof(sockudo_presence_retained_stats, has_oldest_available_published_at_ms), offsetof(sockudo_presence_retained_stats, oldest_available_published_at_ms_is_null), &apic_type_int64},
    {"newest_available_published_at_ms", 32, APIC_F_NULLABLE, offsetof(sockudo_presence_retained_stats, newest_available_published_at_ms), offsetof(sockudo_presence_retained_stats, has_newest_available_published_at_ms), offsetof(sockudo_presence_retained_stats, newest_available_published_at_ms_is_null), &apic_type_int64},
};
const apic_struct_desc sockudo_presence_retained_stats_desc = {
    "PresenceRetainedStats", sizeof(sockudo_presence_retained_stats), sockudo_presence_retained_stats_desc_Fields, 7,
    offsetof(sockudo_presence_retained_stats, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_retained_stats_free(sockudo_presence_retained_stats *obj)
{
    apic_struct_free(&sockudo_presence_retained_stats_desc, obj);
}

int sockudo_presence_retained_stats_from_json(const char *json, size_t len, sockudo_presence_retained_stats **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_retained_stats_Type, json, len, &value, err);
    *out = (sockudo_presence_retained_stats *)value;
    return rc;
}

int sockudo_presence_retained_stats_to_json(const sockudo_presence_retained_stats *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_retained_stats_Type, obj, out, err);
}

/* PresenceStreamInspection */
static const apic_field sockudo_presence_stream_inspection_desc_Fields[] = {
    {"stream_id", 9, APIC_F_NULLABLE, offsetof(sockudo_presence_stream_inspection, stream_id), -1, offsetof(sockudo_presence_stream_inspection, stream_id_is_null), &apic_type_string},
    {"next_serial", 11, APIC_F_NULLABLE, offsetof(sockudo_presence_stream_inspection, next_serial), offsetof(sockudo_presence_stream_inspection, has_next_serial), offsetof(sockudo_presence_stream_inspection, next_serial_is_null), &apic_type_int64},
    {"retained", 8, 0, offsetof(sockudo_presence_stream_inspection, retained), -1, -1, &sockudo_presence_retained_stats_Type},
    {"state", 5, 0, offsetof(sockudo_presence_stream_inspection, state), -1, -1, &sockudo_presence_stream_state_Type},
};
const apic_struct_desc sockudo_presence_stream_inspection_desc = {
    "PresenceStreamInspection", sizeof(sockudo_presence_stream_inspection), sockudo_presence_stream_inspection_desc_Fields, 4,
    offsetof(sockudo_presence_stream_inspection, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_stream_inspection_free(sockudo_presence_stream_inspection *obj)
{
    apic_struct_free(&sockudo_presence_stream_inspection_desc, obj);
}

int sockudo_presence_stream_inspection_from_json(const char *json, size_t len, sockudo_presence_stream_inspection **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_stream_inspection_Type, json, len, &value, err);
    *out = (sockudo_presence_stream_inspection *)value;
    return rc;
}

int sockudo_presence_stream_inspection_to_json(const sockudo_presence_stream_inspection *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_stream_inspection_Type, obj, out, err);
}

/* PresenceHistoryState */
static const apic_field sockudo_presence_history_state_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_presence_history_state, channel), -1, -1, &apic_type_string},
    {"stream", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_history_state, stream), -1, -1, &sockudo_presence_stream_inspection_Type},
};
const apic_struct_desc sockudo_presence_history_state_desc = {
    "PresenceHistoryState", sizeof(sockudo_presence_history_state), sockudo_presence_history_state_desc_Fields, 2,
    offsetof(sockudo_presence_history_state, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_history_state_free(sockudo_presence_history_state *obj)
{
    apic_struct_free(&sockudo_presence_history_state_desc, obj);
}

int sockudo_presence_history_state_from_json(const char *json, size_t len, sockudo_presence_history_state **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_history_state_Type, json, len, &value, err);
    *out = (sockudo_presence_history_state *)value;
    return rc;
}

int sockudo_presence_history_state_to_json(const sockudo_presence_history_state *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_history_state_Type, obj, out, err);
}

/* PresenceHistoryResetRequest */
static const apic_field sockudo_presence_history_reset_request_desc_Fields[] = {
    {"confirm_channel", 15, APIC_F_REQUIRED, offsetof(sockudo_presence_history_reset_request, confirm_channel), -1, -1, &apic_type_string},
    {"confirm_operation", 17, APIC_F_REQUIRED, offsetof(sockudo_presence_history_reset_request, confirm_operation), -1, -1, &sockudo_presence_history_reset_request_confirm_operation_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(sockudo_presence_history_reset_request, reason), -1, -1, &apic_type_string},
    {"requested_by", 12, 0, offsetof(sockudo_presence_history_reset_request, requested_by), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_presence_history_reset_request_desc = {
    "PresenceHistoryResetRequest", sizeof(sockudo_presence_history_reset_request), sockudo_presence_history_reset_request_desc_Fields, 4,
    offsetof(sockudo_presence_history_reset_request, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_history_reset_request_free(sockudo_presence_history_reset_request *obj)
{
    apic_struct_free(&sockudo_presence_history_reset_request_desc, obj);
}

int sockudo_presence_history_reset_request_from_json(const char *json, size_t len, sockudo_presence_history_reset_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_history_reset_request_Type, json, len, &value, err);
    *out = (sockudo_presence_history_reset_request *)value;
    return rc;
}

int sockudo_presence_history_reset_request_to_json(const sockudo_presence_history_reset_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_history_reset_request_Type, obj, out, err);
}

/* PresenceHistoryResetResult */
static const apic_field sockudo_presence_history_reset_result_desc_Fields[] = {
    {"ok", 2, APIC_F_REQUIRED, offsetof(sockudo_presence_history_reset_result, ok), -1, -1, &apic_type_bool},
    {"operation", 9, APIC_F_REQUIRED, offsetof(sockudo_presence_history_reset_result, operation), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_presence_history_reset_result, channel), -1, -1, &apic_type_string},
    {"reason", 6, 0, offsetof(sockudo_presence_history_reset_result, reason), -1, -1, &apic_type_string},
    {"requested_by", 12, APIC_F_NULLABLE, offsetof(sockudo_presence_history_reset_result, requested_by), -1, offsetof(sockudo_presence_history_reset_result, requested_by_is_null), &apic_type_string},
    {"previous_stream_id", 18, APIC_F_NULLABLE, offsetof(sockudo_presence_history_reset_result, previous_stream_id), -1, offsetof(sockudo_presence_history_reset_result, previous_stream_id_is_null), &apic_type_string},
    {"new_stream_id", 13, APIC_F_REQUIRED, offsetof(sockudo_presence_history_reset_result, new_stream_id), -1, -1, &apic_type_string},
    {"purged_events", 13, 0, offsetof(sockudo_presence_history_reset_result, purged_events), offsetof(sockudo_presence_history_reset_result, has_purged_events), -1, &apic_type_int64},
    {"purged_bytes", 12, 0, offsetof(sockudo_presence_history_reset_result, purged_bytes), offsetof(sockudo_presence_history_reset_result, has_purged_bytes), -1, &apic_type_int64},
    {"stream", 6, 0, offsetof(sockudo_presence_history_reset_result, stream), -1, -1, &sockudo_presence_stream_inspection_Type},
};
const apic_struct_desc sockudo_presence_history_reset_result_desc = {
    "PresenceHistoryResetResult", sizeof(sockudo_presence_history_reset_result), sockudo_presence_history_reset_result_desc_Fields, 10,
    offsetof(sockudo_presence_history_reset_result, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_history_reset_result_free(sockudo_presence_history_reset_result *obj)
{
    apic_struct_free(&sockudo_presence_history_reset_result_desc, obj);
}

int sockudo_presence_history_reset_result_from_json(const char *json, size_t len, sockudo_presence_history_reset_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_history_reset_result_Type, json, len, &value, err);
    *out = (sockudo_presence_history_reset_result *)value;
    return rc;
}

int sockudo_presence_history_reset_result_to_json(const sockudo_presence_history_reset_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_history_reset_result_Type, obj, out, err);
}

/* PresenceSnapshotMember */
static const apic_field sockudo_presence_snapshot_member_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(sockudo_presence_snapshot_member, user_id), -1, -1, &apic_type_string},
    {"last_event", 10, 0, offsetof(sockudo_presence_snapshot_member, last_event), offsetof(sockudo_presence_snapshot_member, has_last_event), -1, &sockudo_presence_snapshot_member_last_event_Type},
    {"last_event_serial", 17, 0, offsetof(sockudo_presence_snapshot_member, last_event_serial), offsetof(sockudo_presence_snapshot_member, has_last_event_serial), -1, &apic_type_int64},
    {"last_event_at_ms", 16, 0, offsetof(sockudo_presence_snapshot_member, last_event_at_ms), offsetof(sockudo_presence_snapshot_member, has_last_event_at_ms), -1, &apic_type_int64},
};
const apic_struct_desc sockudo_presence_snapshot_member_desc = {
    "PresenceSnapshotMember", sizeof(sockudo_presence_snapshot_member), sockudo_presence_snapshot_member_desc_Fields, 4,
    offsetof(sockudo_presence_snapshot_member, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_snapshot_member_free(sockudo_presence_snapshot_member *obj)
{
    apic_struct_free(&sockudo_presence_snapshot_member_desc, obj);
}

int sockudo_presence_snapshot_member_from_json(const char *json, size_t len, sockudo_presence_snapshot_member **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_snapshot_member_Type, json, len, &value, err);
    *out = (sockudo_presence_snapshot_member *)value;
    return rc;
}

int sockudo_presence_snapshot_member_to_json(const sockudo_presence_snapshot_member *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_snapshot_member_Type, obj, out, err);
}

/* PresenceSnapshot */
static const apic_field sockudo_presence_snapshot_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_presence_snapshot, channel), -1, -1, &apic_type_string},
    {"members", 7, APIC_F_REQUIRED, offsetof(sockudo_presence_snapshot, members), -1, -1, &sockudo_presence_snapshot_member_array_Type},
    {"member_count", 12, APIC_F_REQUIRED, offsetof(sockudo_presence_snapshot, member_count), -1, -1, &apic_type_int32},
    {"events_replayed", 15, 0, offsetof(sockudo_presence_snapshot, events_replayed), offsetof(sockudo_presence_snapshot, has_events_replayed), -1, &apic_type_int64},
    {"snapshot_serial", 15, APIC_F_NULLABLE, offsetof(sockudo_presence_snapshot, snapshot_serial), offsetof(sockudo_presence_snapshot, has_snapshot_serial), offsetof(sockudo_presence_snapshot, snapshot_serial_is_null), &apic_type_int64},
    {"snapshot_time_ms", 16, APIC_F_NULLABLE, offsetof(sockudo_presence_snapshot, snapshot_time_ms), offsetof(sockudo_presence_snapshot, has_snapshot_time_ms), offsetof(sockudo_presence_snapshot, snapshot_time_ms_is_null), &apic_type_int64},
    {"continuity", 10, 0, offsetof(sockudo_presence_snapshot, continuity), -1, -1, &sockudo_presence_continuity_Type},
};
const apic_struct_desc sockudo_presence_snapshot_desc = {
    "PresenceSnapshot", sizeof(sockudo_presence_snapshot), sockudo_presence_snapshot_desc_Fields, 7,
    offsetof(sockudo_presence_snapshot, unknown_fields),
    -1,
    NULL
};

void sockudo_presence_snapshot_free(sockudo_presence_snapshot *obj)
{
    apic_struct_free(&sockudo_presence_snapshot_desc, obj);
}

int sockudo_presence_snapshot_from_json(const char *json, size_t len, sockudo_presence_snapshot **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_presence_snapshot_Type, json, len, &value, err);
    *out = (sockudo_presence_snapshot *)value;
    return rc;
}

int sockudo_presence_snapshot_to_json(const sockudo_presence_snapshot *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_presence_snapshot_Type, obj, out, err);
}

/* VersionMetadata */
static const apic_field sockudo_version_metadata_desc_Fields[] = {
    {"serial", 6, APIC_F_REQUIRED, offsetof(sockudo_version_metadata, serial), -1, -1, &apic_type_string},
    {"client_id", 9, APIC_F_NULLABLE, offsetof(sockudo_version_metadata, client_id), -1, offsetof(sockudo_version_metadata, client_id_is_null), &apic_type_string},
    {"timestamp_ms", 12, APIC_F_NULLABLE, offsetof(sockudo_version_metadata, timestamp_ms), offsetof(sockudo_version_metadata, has_timestamp_ms), offsetof(sockudo_version_metadata, timestamp_ms_is_null), &apic_type_int64},
    {"description", 11, APIC_F_NULLABLE, offsetof(sockudo_version_metadata, description), -1, offsetof(sockudo_version_metadata, description_is_null), &apic_type_string},
    {"metadata", 8, APIC_F_NULLABLE, offsetof(sockudo_version_metadata, metadata), offsetof(sockudo_version_metadata, has_metadata), offsetof(sockudo_version_metadata, metadata_is_null), &sockudo_string_map_Type},
};
const apic_struct_desc sockudo_version_metadata_desc = {
    "VersionMetadata", sizeof(sockudo_version_metadata), sockudo_version_metadata_desc_Fields, 5,
    offsetof(sockudo_version_metadata, unknown_fields),
    -1,
    NULL
};

void sockudo_version_metadata_free(sockudo_version_metadata *obj)
{
    apic_struct_free(&sockudo_version_metadata_desc, obj);
}

int sockudo_version_metadata_from_json(const char *json, size_t len, sockudo_version_metadata **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_version_metadata_Type, json, len, &value, err);
    *out = (sockudo_version_metadata *)value;
    return rc;
}

int sockudo_version_metadata_to_json(const sockudo_version_metadata *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_version_metadata_Type, obj, out, err);
}

/* VersionedMessage */
static const apic_field sockudo_versioned_message_desc_Fields[] = {
    {"event", 5, 0, offsetof(sockudo_versioned_message, event), -1, -1, &apic_type_string},
    {"channel", 7, 0, offsetof(sockudo_versioned_message, channel), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_NULLABLE, offsetof(sockudo_versioned_message, name), -1, offsetof(sockudo_versioned_message, name_is_null), &apic_type_string},
    {"data", 4, 0, offsetof(sockudo_versioned_message, data), -1, -1, &apic_type_any},
    {"extras", 6, APIC_F_NULLABLE, offsetof(sockudo_versioned_message, extras), offsetof(sockudo_versioned_message, has_extras), offsetof(sockudo_versioned_message, extras_is_null), &apic_type_json_map},
    {"serial", 6, APIC_F_NULLABLE, offsetof(sockudo_versioned_message, serial), offsetof(sockudo_versioned_message, has_serial), offsetof(sockudo_versioned_message, serial_is_null), &apic_type_int64},
    {"action", 6, APIC_F_REQUIRED, offsetof(sockudo_versioned_message, action), -1, -1, &sockudo_message_action_Type},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_versioned_message, message_serial), -1, -1, &apic_type_string},
    {"history_serial", 14, APIC_F_NULLABLE, offsetof(sockudo_versioned_message, history_serial), offsetof(sockudo_versioned_message, has_history_serial), offsetof(sockudo_versioned_message, history_serial_is_null), &apic_type_int64},
    {"delivery_serial", 15, APIC_F_NULLABLE, offsetof(sockudo_versioned_message, delivery_serial), offsetof(sockudo_versioned_message, has_delivery_serial), offsetof(sockudo_versioned_message, delivery_serial_is_null), &apic_type_int64},
    {"version", 7, 0, offsetof(sockudo_versioned_message, version), -1, -1, &sockudo_version_metadata_Type},
};
const apic_struct_desc sockudo_versioned_message_desc = {
    "VersionedMessage", sizeof(sockudo_versioned_message), sockudo_versioned_message_desc_Fields, 11,
    offsetof(sockudo_versioned_message, unknown_fields),
    -1,
    NULL
};

void sockudo_versioned_message_free(sockudo_versioned_message *obj)
{
    apic_struct_free(&sockudo_versioned_message_desc, obj);
}

int sockudo_versioned_message_from_json(const char *json, size_t len, sockudo_versioned_message **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_versioned_message_Type, json, len, &value, err);
    *out = (sockudo_versioned_message *)value;
    return rc;
}

int sockudo_versioned_message_to_json(const sockudo_versioned_message *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_versioned_message_Type, obj, out, err);
}

/* MessageResult */
static const apic_field sockudo_message_result_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_message_result, channel), -1, -1, &apic_type_string},
    {"item", 4, APIC_F_REQUIRED, offsetof(sockudo_message_result, item), -1, -1, &sockudo_versioned_message_Type},
};
const apic_struct_desc sockudo_message_result_desc = {
    "MessageResult", sizeof(sockudo_message_result), sockudo_message_result_desc_Fields, 2,
    offsetof(sockudo_message_result, unknown_fields),
    -1,
    NULL
};

void sockudo_message_result_free(sockudo_message_result *obj)
{
    apic_struct_free(&sockudo_message_result_desc, obj);
}

int sockudo_message_result_from_json(const char *json, size_t len, sockudo_message_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_message_result_Type, json, len, &value, err);
    *out = (sockudo_message_result *)value;
    return rc;
}

int sockudo_message_result_to_json(const sockudo_message_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_message_result_Type, obj, out, err);
}

/* MessageVersions */
static const apic_field sockudo_message_versions_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_message_versions, channel), -1, -1, &apic_type_string},
    {"direction", 9, 0, offsetof(sockudo_message_versions, direction), offsetof(sockudo_message_versions, has_direction), -1, &sockudo_direction_Type},
    {"limit", 5, 0, offsetof(sockudo_message_versions, limit), offsetof(sockudo_message_versions, has_limit), -1, &apic_type_int32},
    {"has_more", 8, APIC_F_REQUIRED, offsetof(sockudo_message_versions, has_more), -1, -1, &apic_type_bool},
    {"next_cursor", 11, APIC_F_NULLABLE, offsetof(sockudo_message_versions, next_cursor), -1, offsetof(sockudo_message_versions, next_cursor_is_null), &apic_type_string},
    {"items", 5, APIC_F_REQUIRED, offsetof(sockudo_message_versions, items), -1, -1, &sockudo_versioned_message_array_Type},
};
const apic_struct_desc sockudo_message_versions_desc = {
    "MessageVersions", sizeof(sockudo_message_versions), sockudo_message_versions_desc_Fields, 6,
    offsetof(sockudo_message_versions, unknown_fields),
    -1,
    NULL
};

void sockudo_message_versions_free(sockudo_message_versions *obj)
{
    apic_struct_free(&sockudo_message_versions_desc, obj);
}

int sockudo_message_versions_from_json(const char *json, size_t len, sockudo_message_versions **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_message_versions_Type, json, len, &value, err);
    *out = (sockudo_message_versions *)value;
    return rc;
}

int sockudo_message_versions_to_json(const sockudo_message_versions *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_message_versions_Type, obj, out, err);
}

/* MessageUpdate */
static const apic_field sockudo_message_update_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(sockudo_message_update, data), -1, -1, &apic_type_json_map},
    {"description", 11, 0, offsetof(sockudo_message_update, description), -1, -1, &apic_type_string},
    {"op_id", 5, 0, offsetof(sockudo_message_update, op_id), -1, -1, &apic_type_string},
    {"client_id", 9, 0, offsetof(sockudo_message_update, client_id), -1, -1, &apic_type_string},
    {"socket_id", 9, 0, offsetof(sockudo_message_update, socket_id), -1, -1, &apic_type_string},
    {"metadata", 8, 0, offsetof(sockudo_message_update, metadata), offsetof(sockudo_message_update, has_metadata), -1, &sockudo_string_map_Type},
};
const apic_struct_desc sockudo_message_update_desc = {
    "MessageUpdate", sizeof(sockudo_message_update), sockudo_message_update_desc_Fields, 6,
    offsetof(sockudo_message_update, unknown_fields),
    -1,
    NULL
};

void sockudo_message_update_free(sockudo_message_update *obj)
{
    apic_struct_free(&sockudo_message_update_desc, obj);
}

int sockudo_message_update_from_json(const char *json, size_t len, sockudo_message_update **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_message_update_Type, json, len, &value, err);
    *out = (sockudo_message_update *)value;
    return rc;
}

int sockudo_message_update_to_json(const sockudo_message_update *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_message_update_Type, obj, out, err);
}

/* MessageAppend */
static const apic_field sockudo_message_append_desc_Fields[] = {
    {"data", 4, APIC_F_REQUIRED, offsetof(sockudo_message_append, data), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(sockudo_message_append, description), -1, -1, &apic_type_string},
    {"op_id", 5, 0, offsetof(sockudo_message_append, op_id), -1, -1, &apic_type_string},
    {"client_id", 9, 0, offsetof(sockudo_message_append, client_id), -1, -1, &apic_type_string},
    {"socket_id", 9, 0, offsetof(sockudo_message_append, socket_id), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_message_append_desc = {
    "MessageAppend", sizeof(sockudo_message_append), sockudo_message_append_desc_Fields, 5,
    offsetof(sockudo_message_append, unknown_fields),
    -1,
    NULL
};

void sockudo_message_append_free(sockudo_message_append *obj)
{
    apic_struct_free(&sockudo_message_append_desc, obj);
}

int sockudo_message_append_from_json(const char *json, size_t len, sockudo_message_append **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_message_append_Type, json, len, &value, err);
    *out = (sockudo_message_append *)value;
    return rc;
}

int sockudo_message_append_to_json(const sockudo_message_append *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_message_append_Type, obj, out, err);
}

/* MessageDelete */
static const apic_field sockudo_message_delete_desc_Fields[] = {
    {"description", 11, 0, offsetof(sockudo_message_delete, description), -1, -1, &apic_type_string},
    {"op_id", 5, 0, offsetof(sockudo_message_delete, op_id), -1, -1, &apic_type_string},
    {"client_id", 9, 0, offsetof(sockudo_message_delete, client_id), -1, -1, &apic_type_string},
    {"socket_id", 9, 0, offsetof(sockudo_message_delete, socket_id), -1, -1, &apic_type_string},
    {"metadata", 8, 0, offsetof(sockudo_message_delete, metadata), offsetof(sockudo_message_delete, has_metadata), -1, &sockudo_string_map_Type},
};
const apic_struct_desc sockudo_message_delete_desc = {
    "MessageDelete", sizeof(sockudo_message_delete), sockudo_message_delete_desc_Fields, 5,
    offsetof(sockudo_message_delete, unknown_fields),
    -1,
    NULL
};

void sockudo_message_delete_free(sockudo_message_delete *obj)
{
    apic_struct_free(&sockudo_message_delete_desc, obj);
}

int sockudo_message_delete_from_json(const char *json, size_t len, sockudo_message_delete **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_message_delete_Type, json, len, &value, err);
    *out = (sockudo_message_delete *)value;
    return rc;
}

int sockudo_message_delete_to_json(const sockudo_message_delete *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_message_delete_Type, obj, out, err);
}

/* MutationResult */
static const apic_field sockudo_mutation_result_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_mutation_result, channel), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_mutation_result, message_serial), -1, -1, &apic_type_string},
    {"action", 6, APIC_F_REQUIRED, offsetof(sockudo_mutation_result, action), -1, -1, &sockudo_message_action_Type},
    {"accepted", 8, APIC_F_REQUIRED, offsetof(sockudo_mutation_result, accepted), -1, -1, &apic_type_bool},
    {"version_serial", 14, 0, offsetof(sockudo_mutation_result, version_serial), -1, -1, &apic_type_string},
    {"history_serial", 14, 0, offsetof(sockudo_mutation_result, history_serial), offsetof(sockudo_mutation_result, has_history_serial), -1, &apic_type_int64},
    {"delivery_serial", 15, 0, offsetof(sockudo_mutation_result, delivery_serial), offsetof(sockudo_mutation_result, has_delivery_serial), -1, &apic_type_int64},
    {"status", 6, 0, offsetof(sockudo_mutation_result, status), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_mutation_result_desc = {
    "MutationResult", sizeof(sockudo_mutation_result), sockudo_mutation_result_desc_Fields, 8,
    offsetof(sockudo_mutation_result, unknown_fields),
    -1,
    NULL
};

void sockudo_mutation_result_free(sockudo_mutation_result *obj)
{
    apic_struct_free(&sockudo_mutation_result_desc, obj);
}

int sockudo_mutation_result_from_json(const char *json, size_t len, sockudo_mutation_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_mutation_result_Type, json, len, &value, err);
    *out = (sockudo_mutation_result *)value;
    return rc;
}

int sockudo_mutation_result_to_json(const sockudo_mutation_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_mutation_result_Type, obj, out, err);
}

/* AnnotationRequest */
static const apic_field sockudo_annotation_request_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(sockudo_annotation_request, type), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(sockudo_annotation_request, name), -1, -1, &apic_type_string},
    {"client_id", 9, 0, offsetof(sockudo_annotation_request, client_id), -1, -1, &apic_type_string},
    {"socket_id", 9, 0, offsetof(sockudo_annotation_request, socket_id), -1, -1, &apic_type_string},
    {"count", 5, 0, offsetof(sockudo_annotation_request, count), offsetof(sockudo_annotation_request, has_count), -1, &apic_type_int32},
    {"data", 4, 0, offsetof(sockudo_annotation_request, data), -1, -1, &apic_type_any},
    {"encoding", 8, 0, offsetof(sockudo_annotation_request, encoding), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_annotation_request_desc = {
    "AnnotationRequest", sizeof(sockudo_annotation_request), sockudo_annotation_request_desc_Fields, 7,
    offsetof(sockudo_annotation_request, unknown_fields),
    -1,
    NULL
};

void sockudo_annotation_request_free(sockudo_annotation_request *obj)
{
    apic_struct_free(&sockudo_annotation_request_desc, obj);
}

int sockudo_annotation_request_from_json(const char *json, size_t len, sockudo_annotation_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_annotation_request_Type, json, len, &value, err);
    *out = (sockudo_annotation_request *)value;
    return rc;
}

int sockudo_annotation_request_to_json(const sockudo_annotation_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_annotation_request_Type, obj, out, err);
}

/* AnnotationResult */
static const apic_field sockudo_annotation_result_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_annotation_result, channel), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_annotation_result, message_serial), -1, -1, &apic_type_string},
    {"annotation_serial", 17, APIC_F_REQUIRED, offsetof(sockudo_annotation_result, annotation_serial), -1, -1, &apic_type_string},
    {"action", 6, APIC_F_REQUIRED, offsetof(sockudo_annotation_result, action), -1, -1, &sockudo_annotation_result_action_Type},
    {"type", 4, 0, offsetof(sockudo_annotation_result, type), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_NULLABLE, offsetof(sockudo_annotation_result, name), -1, offsetof(sockudo_annotation_result, name_is_null), &apic_type_string},
    {"client_id", 9, APIC_F_NULLABLE, offsetof(sockudo_annotation_result, client_id), -1, offsetof(sockudo_annotation_result, client_id_is_null), &apic_type_string},
    {"accepted", 8, 0, offsetof(sockudo_annotation_result, accepted), offsetof(sockudo_annotation_result, has_accepted), -1, &apic_type_bool},
};
const apic_struct_desc sockudo_annotation_result_desc = {
    "AnnotationResult", sizeof(sockudo_annotation_result), sockudo_annotation_result_desc_Fields, 8,
    offsetof(sockudo_annotation_result, unknown_fields),
    -1,
    NULL
};

void sockudo_annotation_result_free(sockudo_annotation_result *obj)
{
    apic_struct_free(&sockudo_annotation_result_desc, obj);
}

int sockudo_annotation_result_from_json(const char *json, size_t len, sockudo_annotation_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_annotation_result_Type, json, len, &value, err);
    *out = (sockudo_annotation_result *)value;
    return rc;
}

int sockudo_annotation_result_to_json(const sockudo_annotation_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_annotation_result_Type, obj, out, err);
}

/* Annotation */
static const apic_field sockudo_annotation_desc_Fields[] = {
    {"annotation_serial", 17, APIC_F_REQUIRED, offsetof(sockudo_annotation, annotation_serial), -1, -1, &apic_type_string},
    {"action", 6, APIC_F_REQUIRED, offsetof(sockudo_annotation, action), -1, -1, &sockudo_annotation_action_Type},
    {"type", 4, APIC_F_REQUIRED, offsetof(sockudo_annotation, type), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_NULLABLE, offsetof(sockudo_annotation, name), -1, offsetof(sockudo_annotation, name_is_null), &apic_type_string},
    {"client_id", 9, APIC_F_NULLABLE, offsetof(sockudo_annotation, client_id), -1, offsetof(sockudo_annotation, client_id_is_null), &apic_type_string},
    {"count", 5, APIC_F_NULLABLE, offsetof(sockudo_annotation, count), offsetof(sockudo_annotation, has_count), offsetof(sockudo_annotation, count_is_null), &apic_type_int32},
    {"data", 4, 0, offsetof(sockudo_annotation, data), -1, -1, &apic_type_any},
    {"timestamp_ms", 12, 0, offsetof(sockudo_annotation, timestamp_ms), offsetof(sockudo_annotation, has_timestamp_ms), -1, &apic_type_int64},
};
const apic_struct_desc sockudo_annotation_desc = {
    "Annotation", sizeof(sockudo_annotation), sockudo_annotation_desc_Fields, 8,
    offsetof(sockudo_annotation, unknown_fields),
    -1,
    NULL
};

void sockudo_annotation_free(sockudo_annotation *obj)
{
    apic_struct_free(&sockudo_annotation_desc, obj);
}

int sockudo_annotation_from_json(const char *json, size_t len, sockudo_annotation **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_annotation_Type, json, len, &value, err);
    *out = (sockudo_annotation *)value;
    return rc;
}

int sockudo_annotation_to_json(const sockudo_annotation *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_annotation_Type, obj, out, err);
}

/* AnnotationList */
static const apic_field sockudo_annotation_list_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(sockudo_annotation_list, channel), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_annotation_list, message_serial), -1, -1, &apic_type_string},
    {"items", 5, APIC_F_REQUIRED, offsetof(sockudo_annotation_list, items), -1, -1, &sockudo_annotation_array_Type},
    {"has_more", 8, 0, offsetof(sockudo_annotation_list, has_more), offsetof(sockudo_annotation_list, has_has_more), -1, &apic_type_bool},
};
const apic_struct_desc sockudo_annotation_list_desc = {
    "AnnotationList", sizeof(sockudo_annotation_list), sockudo_annotation_list_desc_Fields, 4,
    offsetof(sockudo_annotation_list, unknown_fields),
    -1,
    NULL
};

void sockudo_annotation_list_free(sockudo_annotation_list *obj)
{
    apic_struct_free(&sockudo_annotation_list_desc, obj);
}

int sockudo_annotation_list_from_json(const char *json, size_t len, sockudo_annotation_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_annotation_list_Type, json, len, &value, err);
    *out = (sockudo_annotation_list *)value;
    return rc;
}

int sockudo_annotation_list_to_json(const sockudo_annotation_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_annotation_list_Type, obj, out, err);
}

/* ChannelEvent */
static const apic_field sockudo_channel_event_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(sockudo_channel_event, name), -1, -1, &sockudo_channel_event_name_Type},
    {"channel", 7, 0, offsetof(sockudo_channel_event, channel), -1, -1, &apic_type_string},
    {"event", 5, 0, offsetof(sockudo_channel_event, event), -1, -1, &apic_type_string},
    {"data", 4, 0, offsetof(sockudo_channel_event, data), -1, -1, &apic_type_string},
    {"socket_id", 9, 0, offsetof(sockudo_channel_event, socket_id), -1, -1, &apic_type_string},
    {"user_id", 7, 0, offsetof(sockudo_channel_event, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc sockudo_channel_event_desc = {
    "ChannelEvent", sizeof(sockudo_channel_event), sockudo_channel_event_desc_Fields, 6,
    offsetof(sockudo_channel_event, unknown_fields),
    -1,
    NULL
};

void sockudo_channel_event_free(sockudo_channel_event *obj)
{
    apic_struct_free(&sockudo_channel_event_desc, obj);
}

int sockudo_channel_event_from_json(const char *json, size_t len, sockudo_channel_event **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_channel_event_Type, json, len, &value, err);
    *out = (sockudo_channel_event *)value;
    return rc;
}

int sockudo_channel_event_to_json(const sockudo_channel_event *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_channel_event_Type, obj, out, err);
}

/* WebhookBatch */
static const apic_field sockudo_webhook_batch_desc_Fields[] = {
    {"time_ms", 7, APIC_F_REQUIRED, offsetof(sockudo_webhook_batch, time_ms), -1, -1, &apic_type_int64},
    {"events", 6, APIC_F_REQUIRED, offsetof(sockudo_webhook_batch, events), -1, -1, &sockudo_channel_event_array_Type},
};
const apic_struct_desc sockudo_webhook_batch_desc = {
    "WebhookBatch", sizeof(sockudo_webhook_batch), sockudo_webhook_batch_desc_Fields, 2,
    offsetof(sockudo_webhook_batch, unknown_fields),
    -1,
    NULL
};

void sockudo_webhook_batch_free(sockudo_webhook_batch *obj)
{
    apic_struct_free(&sockudo_webhook_batch_desc, obj);
}

int sockudo_webhook_batch_from_json(const char *json, size_t len, sockudo_webhook_batch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_webhook_batch_Type, json, len, &value, err);
    *out = (sockudo_webhook_batch *)value;
    return rc;
}

int sockudo_webhook_batch_to_json(const sockudo_webhook_batch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_webhook_batch_Type, obj, out, err);
}
