/**
 * @file sockudo/models.h
 * @brief Data types of Sockudo 2.0.0: one struct per schema.
 *
 * Generated from openapi.yaml by the apic generator; do not edit.
 *
 * Conventions (see apic/desc.h):
 * - a string, raw-JSON or object member is absent when NULL;
 * - other optional members have `bool has_<name>`; nullable members have `bool <name>_is_null`;
 * - an enum member holds `value`, or the unknown text in `other` when value is 0;
 * - a union (oneOf/anyOf) holds `kind` and that variant in `as`, or (kind 0) the JSON that
 *   matched no variant in `other`; a union member is absent when it holds neither;
 * - every struct keeps members this SDK version does not know in `unknown_fields`;
 * - every struct or union returned by the SDK has exactly one `_free`; `_free(NULL)` is a no-op.
 */
#ifndef SOCKUDO_MODELS_H
#define SOCKUDO_MODELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <apic/apic.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Why a request failed.
 * The C type of the Error schema; see struct sockudo_error_model.
 */
typedef struct sockudo_error_model sockudo_error_model;
/** The C type of the TriggerRequest schema; see struct sockudo_trigger_request. */
typedef struct sockudo_trigger_request sockudo_trigger_request;
/** The C type of the ChannelAttributes schema; see struct sockudo_channel_attributes. */
typedef struct sockudo_channel_attributes sockudo_channel_attributes;
/** The C type of the TriggerResult schema; see struct sockudo_trigger_result. */
typedef struct sockudo_trigger_result sockudo_trigger_result;
/**
 * One event of a batch, published to one channel.
 * The C type of the BatchEvent schema; see struct sockudo_batch_event.
 */
typedef struct sockudo_batch_event sockudo_batch_event;
/**
 * Events published in one request; at most 10 (Sockudo's default, configurable).
 * The C type of the BatchRequest schema; see struct sockudo_batch_request.
 */
typedef struct sockudo_batch_request sockudo_batch_request;
/** The C type of the BatchResult schema; see struct sockudo_batch_result. */
typedef struct sockudo_batch_result sockudo_batch_result;
/** The C type of the ChannelSummary schema; see struct sockudo_channel_summary. */
typedef struct sockudo_channel_summary sockudo_channel_summary;
/**
 * The occupied channels.
 * The C type of the ChannelList schema; see struct sockudo_channel_list.
 */
typedef struct sockudo_channel_list sockudo_channel_list;
/**
 * The AI transport's view of a channel.
 * The C type of the AiChannelState schema; see struct sockudo_ai_channel_state.
 */
typedef struct sockudo_ai_channel_state sockudo_ai_channel_state;
/**
 * The state of one channel.
 * The C type of the ChannelInfo schema; see struct sockudo_channel_info.
 */
typedef struct sockudo_channel_info sockudo_channel_info;
/**
 * A member of a presence channel.
 * The C type of the PresenceUser schema; see struct sockudo_presence_user.
 */
typedef struct sockudo_presence_user sockudo_presence_user;
/**
 * The members of a presence channel.
 * The C type of the PresenceUsers schema; see struct sockudo_presence_users.
 */
typedef struct sockudo_presence_users sockudo_presence_users;
/**
 * The serial and time range a page was read with (null where the request set none).
 * The C type of the HistoryBounds schema; see struct sockudo_history_bounds.
 */
typedef struct sockudo_history_bounds sockudo_history_bounds;
/**
 * What the channel's history retains, and whether this page is complete.
 * The C type of the HistoryContinuity schema; see struct sockudo_history_continuity.
 */
typedef struct sockudo_history_continuity sockudo_history_continuity;
/**
 * Whether a history stream is healthy, and what proves it.
 * The C type of the StreamState schema; see struct sockudo_stream_state.
 */
typedef struct sockudo_stream_state sockudo_stream_state;
/**
 * One entry of a channel's history.
 * The C type of the HistoryItem schema; see struct sockudo_history_item.
 */
typedef struct sockudo_history_item sockudo_history_item;
/**
 * One page of a channel's history.
 * The C type of the HistoryPage schema; see struct sockudo_history_page.
 */
typedef struct sockudo_history_page sockudo_history_page;
/**
 * What a history stream retains.
 * The C type of the RetainedStats schema; see struct sockudo_retained_stats.
 */
typedef struct sockudo_retained_stats sockudo_retained_stats;
/**
 * A history stream as an operator sees it.
 * The C type of the StreamInspection schema; see struct sockudo_stream_inspection.
 */
typedef struct sockudo_stream_inspection sockudo_stream_inspection;
/**
 * A channel's history stream.
 * The C type of the HistoryState schema; see struct sockudo_history_state.
 */
typedef struct sockudo_history_state sockudo_history_state;
/**
 * The confirmation a history reset needs.
 * The C type of the HistoryResetRequest schema; see struct sockudo_history_reset_request.
 */
typedef struct sockudo_history_reset_request sockudo_history_reset_request;
/**
 * What a history reset did.
 * The C type of the HistoryResetResult schema; see struct sockudo_history_reset_result.
 */
typedef struct sockudo_history_reset_result sockudo_history_reset_result;
/** The C type of the HistoryPurgeRequest schema; see struct sockudo_history_purge_request. */
typedef struct sockudo_history_purge_request sockudo_history_purge_request;
/**
 * What a history purge did.
 * The C type of the HistoryPurgeResult schema; see struct sockudo_history_purge_result.
 */
typedef struct sockudo_history_purge_result sockudo_history_purge_result;
/**
 * One membership transition of a presence channel.
 * The C type of the PresenceHistoryItem schema; see struct sockudo_presence_history_item.
 */
typedef struct sockudo_presence_history_item sockudo_presence_history_item;
/**
 * What the presence channel's history retains, and whether this page is complete.
 * The C type of the PresenceContinuity schema; see struct sockudo_presence_continuity.
 */
typedef struct sockudo_presence_continuity sockudo_presence_continuity;
/**
 * Whether a presence-history stream is healthy.
 * The C type of the PresenceStreamState schema; see struct sockudo_presence_stream_state.
 */
typedef struct sockudo_presence_stream_state sockudo_presence_stream_state;
/**
 * One page of a presence channel's history.
 * The C type of the PresenceHistoryPage schema; see struct sockudo_presence_history_page.
 */
typedef struct sockudo_presence_history_page sockudo_presence_history_page;
/**
 * What a presence-history stream retains.
 * The C type of the PresenceRetainedStats schema; see struct sockudo_presence_retained_stats.
 */
typedef struct sockudo_presence_retained_stats sockudo_presence_retained_stats;
/**
 * A presence-history stream as an operator sees it.
 * The C type of the PresenceStreamInspection schema; see struct sockudo_presence_stream_inspection.
 */
typedef struct sockudo_presence_stream_inspection sockudo_presence_stream_inspection;
/**
 * A presence channel's history stream.
 * The C type of the PresenceHistoryState schema; see struct sockudo_presence_history_state.
 */
typedef struct sockudo_presence_history_state sockudo_presence_history_state;
/**
 * The confirmation a presence-history reset needs.
 * The C type of the PresenceHistoryResetRequest schema; see struct sockudo_presence_history_reset_request.
 */
typedef struct sockudo_presence_history_reset_request sockudo_presence_history_reset_request;
/**
 * What a presence-history reset did.
 * The C type of the PresenceHistoryResetResult schema; see struct sockudo_presence_history_reset_result.
 */
typedef struct sockudo_presence_history_reset_result sockudo_presence_history_reset_result;
/**
 * A member in a reconstructed membership.
 * The C type of the PresenceSnapshotMember schema; see struct sockudo_presence_snapshot_member.
 */
typedef struct sockudo_presence_snapshot_member sockudo_presence_snapshot_member;
/**
 * A presence channel's membership reconstructed from its history.
 * The C type of the PresenceSnapshot schema; see struct sockudo_presence_snapshot.
 */
typedef struct sockudo_presence_snapshot sockudo_presence_snapshot;
/**
 * Who made a version, when and why.
 * The C type of the VersionMetadata schema; see struct sockudo_version_metadata.
 */
typedef struct sockudo_version_metadata sockudo_version_metadata;
/**
 * A version of a versioned message as subscribers receive it.
 * The C type of the VersionedMessage schema; see struct sockudo_versioned_message.
 */
typedef struct sockudo_versioned_message sockudo_versioned_message;
/**
 * The latest visible version of a message.
 * The C type of the MessageResult schema; see struct sockudo_message_result.
 */
typedef struct sockudo_message_result sockudo_message_result;
/**
 * One page of a message's versions.
 * The C type of the MessageVersions schema; see struct sockudo_message_versions.
 */
typedef struct sockudo_message_versions sockudo_message_versions;
/**
 * An update of a versioned message.
 * The C type of the MessageUpdate schema; see struct sockudo_message_update.
 */
typedef struct sockudo_message_update sockudo_message_update;
/**
 * Text appended to a versioned message's string data.
 * The C type of the MessageAppend schema; see struct sockudo_message_append.
 */
typedef struct sockudo_message_append sockudo_message_append;
/**
 * A soft delete of a versioned message.
 * The C type of the MessageDelete schema; see struct sockudo_message_delete.
 */
typedef struct sockudo_message_delete sockudo_message_delete;
/**
 * The outcome of an update, append or delete, with the serials SDKs order and retry by.
 * The C type of the MutationResult schema; see struct sockudo_mutation_result.
 */
typedef struct sockudo_mutation_result sockudo_mutation_result;
/**
 * An annotation to publish on a message.
 * The C type of the AnnotationRequest schema; see struct sockudo_annotation_request.
 */
typedef struct sockudo_annotation_request sockudo_annotation_request;
/**
 * The annotation event a publication or a delete produced.
 * The C type of the AnnotationResult schema; see struct sockudo_annotation_result.
 */
typedef struct sockudo_annotation_result sockudo_annotation_result;
/**
 * An annotation event of a message.
 * The C type of the Annotation schema; see struct sockudo_annotation.
 */
typedef struct sockudo_annotation sockudo_annotation;
/**
 * A message's annotation events, oldest first.
 * The C type of the AnnotationList schema; see struct sockudo_annotation_list.
 */
typedef struct sockudo_annotation_list sockudo_annotation_list;
/**
 * One event of a webhook batch; which members it has depends on its name.
 * The C type of the ChannelEvent schema; see struct sockudo_channel_event.
 */
typedef struct sockudo_channel_event sockudo_channel_event;
/**
 * A batch of events Sockudo posts to an app's webhook URL (Pusher's webhook format).
 * The C type of the WebhookBatch schema; see struct sockudo_webhook_batch.
 */
typedef struct sockudo_webhook_batch sockudo_webhook_batch;
/** The C type of the Webhooks union (oneOf); see struct sockudo_webhook_event. */
typedef struct sockudo_webhook_event sockudo_webhook_event;

/**
 * Direction
 * The order of a page.
 * Example: `"newest_first"`.
 */
typedef enum sockudo_direction {
    SOCKUDO_DIRECTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_DIRECTION_NEWEST_FIRST = 1, /**< `newest_first` */
    SOCKUDO_DIRECTION_OLDEST_FIRST = 2, /**< `oldest_first` */
} sockudo_direction;

/** Direction as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct sockudo_direction_val {
    /**
     * The value; SOCKUDO_DIRECTION_UNKNOWN_VALUE (0) when the JSON text is not one this SDK version
     * knows (then see `other`).
     */
    sockudo_direction value;
    /**
     * When value is SOCKUDO_DIRECTION_UNKNOWN_VALUE: the JSON text as received, or to send, owned by
     * the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_direction_val;

/** The JSON text of a Direction constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_direction_to_string(sockudo_direction value);

/**
 * StreamState.durable_state
 * `healthy`, `degraded` (entries may be missing), or `reset_required`.
 * Example: `"healthy"`.
 */
typedef enum sockudo_stream_state_durable_state {
    SOCKUDO_STREAM_STATE_DURABLE_STATE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_STREAM_STATE_DURABLE_STATE_HEALTHY = 1, /**< `healthy` */
    SOCKUDO_STREAM_STATE_DURABLE_STATE_DEGRADED = 2, /**< `degraded` */
    SOCKUDO_STREAM_STATE_DURABLE_STATE_RESET_REQUIRED = 3, /**< `reset_required` */
} sockudo_stream_state_durable_state;

/**
 * StreamState.durable_state as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct sockudo_stream_state_durable_state_val {
    /**
     * The value; SOCKUDO_STREAM_STATE_DURABLE_STATE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    sockudo_stream_state_durable_state value;
    /**
     * When value is SOCKUDO_STREAM_STATE_DURABLE_STATE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_stream_state_durable_state_val;

/** The JSON text of a StreamState.durable_state constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_stream_state_durable_state_to_string(sockudo_stream_state_durable_state value);

/**
 * HistoryResetRequest.confirm_operation
 * The operation again.
 * Example: `"reset"`.
 */
typedef enum sockudo_history_reset_request_confirm_operation {
    SOCKUDO_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_RESET = 1, /**< `reset` */
} sockudo_history_reset_request_confirm_operation;

/**
 * HistoryResetRequest.confirm_operation as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct sockudo_history_reset_request_confirm_operation_val {
    /**
     * The value; SOCKUDO_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    sockudo_history_reset_request_confirm_operation value;
    /**
     * When value is SOCKUDO_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_history_reset_request_confirm_operation_val;

/** The JSON text of a HistoryResetRequest.confirm_operation constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_history_reset_request_confirm_operation_to_string(sockudo_history_reset_request_confirm_operation value);

/**
 * HistoryPurgeRequest.confirm_operation
 * The operation again.
 * Example: `"purge"`.
 */
typedef enum sockudo_history_purge_request_confirm_operation {
    SOCKUDO_HISTORY_PURGE_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_HISTORY_PURGE_REQUEST_CONFIRM_OPERATION_PURGE = 1, /**< `purge` */
} sockudo_history_purge_request_confirm_operation;

/**
 * HistoryPurgeRequest.confirm_operation as stored in a struct: `value`, or the text in `other`
 * (owned) when value is 0.
 */
typedef struct sockudo_history_purge_request_confirm_operation_val {
    /**
     * The value; SOCKUDO_HISTORY_PURGE_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE (0) when the JSON text
     * is not one this SDK version knows (then see `other`).
     */
    sockudo_history_purge_request_confirm_operation value;
    /**
     * When value is SOCKUDO_HISTORY_PURGE_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_history_purge_request_confirm_operation_val;

/** The JSON text of a HistoryPurgeRequest.confirm_operation constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_history_purge_request_confirm_operation_to_string(sockudo_history_purge_request_confirm_operation value);

/**
 * HistoryPurgeRequest.mode
 * What to delete.
 * Example: `"before_serial"`.
 */
typedef enum sockudo_history_purge_request_mode {
    SOCKUDO_HISTORY_PURGE_REQUEST_MODE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_HISTORY_PURGE_REQUEST_MODE_ALL = 1, /**< `all` */
    SOCKUDO_HISTORY_PURGE_REQUEST_MODE_BEFORE_SERIAL = 2, /**< `before_serial` */
    SOCKUDO_HISTORY_PURGE_REQUEST_MODE_BEFORE_TIME_MS = 3, /**< `before_time_ms` */
} sockudo_history_purge_request_mode;

/**
 * HistoryPurgeRequest.mode as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct sockudo_history_purge_request_mode_val {
    /**
     * The value; SOCKUDO_HISTORY_PURGE_REQUEST_MODE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    sockudo_history_purge_request_mode value;
    /**
     * When value is SOCKUDO_HISTORY_PURGE_REQUEST_MODE_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_history_purge_request_mode_val;

/** The JSON text of a HistoryPurgeRequest.mode constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_history_purge_request_mode_to_string(sockudo_history_purge_request_mode value);

/**
 * PresenceHistoryItem.event
 * What happened to the member.
 * Example: `"member_added"`.
 */
typedef enum sockudo_presence_history_item_event {
    SOCKUDO_PRESENCE_HISTORY_ITEM_EVENT_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_EVENT_MEMBER_ADDED = 1, /**< `member_added` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_EVENT_MEMBER_UPDATED = 2, /**< `member_updated` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_EVENT_MEMBER_REMOVED = 3, /**< `member_removed` */
} sockudo_presence_history_item_event;

/**
 * PresenceHistoryItem.event as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct sockudo_presence_history_item_event_val {
    /**
     * The value; SOCKUDO_PRESENCE_HISTORY_ITEM_EVENT_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    sockudo_presence_history_item_event value;
    /**
     * When value is SOCKUDO_PRESENCE_HISTORY_ITEM_EVENT_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_presence_history_item_event_val;

/** The JSON text of a PresenceHistoryItem.event constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_presence_history_item_event_to_string(sockudo_presence_history_item_event value);

/**
 * PresenceHistoryItem.cause
 * Why it happened.
 * Example: `"join"`.
 */
typedef enum sockudo_presence_history_item_cause {
    SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_JOIN = 1, /**< `join` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_DISCONNECT = 2, /**< `disconnect` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_ORPHAN_CLEANUP = 3, /**< `orphan_cleanup` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_TIMEOUT = 4, /**< `timeout` */
    SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_FORCED_DISCONNECT = 5, /**< `forced_disconnect` */
} sockudo_presence_history_item_cause;

/**
 * PresenceHistoryItem.cause as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct sockudo_presence_history_item_cause_val {
    /**
     * The value; SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    sockudo_presence_history_item_cause value;
    /**
     * When value is SOCKUDO_PRESENCE_HISTORY_ITEM_CAUSE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_presence_history_item_cause_val;

/** The JSON text of a PresenceHistoryItem.cause constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_presence_history_item_cause_to_string(sockudo_presence_history_item_cause value);

/**
 * PresenceStreamState.durable_state
 * `healthy`, `degraded` or `reset_required`.
 * Example: `"healthy"`.
 */
typedef enum sockudo_presence_stream_state_durable_state {
    SOCKUDO_PRESENCE_STREAM_STATE_DURABLE_STATE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_PRESENCE_STREAM_STATE_DURABLE_STATE_HEALTHY = 1, /**< `healthy` */
    SOCKUDO_PRESENCE_STREAM_STATE_DURABLE_STATE_DEGRADED = 2, /**< `degraded` */
    SOCKUDO_PRESENCE_STREAM_STATE_DURABLE_STATE_RESET_REQUIRED = 3, /**< `reset_required` */
} sockudo_presence_stream_state_durable_state;

/**
 * PresenceStreamState.durable_state as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct sockudo_presence_stream_state_durable_state_val {
    /**
     * The value; SOCKUDO_PRESENCE_STREAM_STATE_DURABLE_STATE_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    sockudo_presence_stream_state_durable_state value;
    /**
     * When value is SOCKUDO_PRESENCE_STREAM_STATE_DURABLE_STATE_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_presence_stream_state_durable_state_val;

/** The JSON text of a PresenceStreamState.durable_state constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_presence_stream_state_durable_state_to_string(sockudo_presence_stream_state_durable_state value);

/**
 * PresenceHistoryResetRequest.confirm_operation
 * The operation again.
 * Example: `"reset"`.
 */
typedef enum sockudo_presence_history_reset_request_confirm_operation {
    SOCKUDO_PRESENCE_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_PRESENCE_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_RESET = 1, /**< `reset` */
} sockudo_presence_history_reset_request_confirm_operation;

/**
 * PresenceHistoryResetRequest.confirm_operation as stored in a struct: `value`, or the text in
 * `other` (owned) when value is 0.
 */
typedef struct sockudo_presence_history_reset_request_confirm_operation_val {
    /**
     * The value; SOCKUDO_PRESENCE_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE (0) when the
     * JSON text is not one this SDK version knows (then see `other`).
     */
    sockudo_presence_history_reset_request_confirm_operation value;
    /**
     * When value is SOCKUDO_PRESENCE_HISTORY_RESET_REQUEST_CONFIRM_OPERATION_UNKNOWN_VALUE: the JSON
     * text as received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_presence_history_reset_request_confirm_operation_val;

/**
 * The JSON text of a PresenceHistoryResetRequest.confirm_operation constant, or NULL for an
 * unknown value.
 */
APIC_EXPORT const char *sockudo_presence_history_reset_request_confirm_operation_to_string(sockudo_presence_history_reset_request_confirm_operation value);

/**
 * PresenceSnapshotMember.last_event
 * The member's last transition.
 * Example: `"member_added"`.
 */
typedef enum sockudo_presence_snapshot_member_last_event {
    SOCKUDO_PRESENCE_SNAPSHOT_MEMBER_LAST_EVENT_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_PRESENCE_SNAPSHOT_MEMBER_LAST_EVENT_MEMBER_ADDED = 1, /**< `member_added` */
    SOCKUDO_PRESENCE_SNAPSHOT_MEMBER_LAST_EVENT_MEMBER_UPDATED = 2, /**< `member_updated` */
    SOCKUDO_PRESENCE_SNAPSHOT_MEMBER_LAST_EVENT_MEMBER_REMOVED = 3, /**< `member_removed` */
} sockudo_presence_snapshot_member_last_event;

/**
 * PresenceSnapshotMember.last_event as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct sockudo_presence_snapshot_member_last_event_val {
    /**
     * The value; SOCKUDO_PRESENCE_SNAPSHOT_MEMBER_LAST_EVENT_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    sockudo_presence_snapshot_member_last_event value;
    /**
     * When value is SOCKUDO_PRESENCE_SNAPSHOT_MEMBER_LAST_EVENT_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_presence_snapshot_member_last_event_val;

/** The JSON text of a PresenceSnapshotMember.last_event constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_presence_snapshot_member_last_event_to_string(sockudo_presence_snapshot_member_last_event value);

/**
 * MessageAction
 * What a version of a versioned message did.
 * Example: `"update"`.
 */
typedef enum sockudo_message_action {
    SOCKUDO_MESSAGE_ACTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_MESSAGE_ACTION_CREATE = 1, /**< `create` */
    SOCKUDO_MESSAGE_ACTION_UPDATE = 2, /**< `update` */
    SOCKUDO_MESSAGE_ACTION_DELETE = 3, /**< `delete` */
    SOCKUDO_MESSAGE_ACTION_APPEND = 4, /**< `append` */
    SOCKUDO_MESSAGE_ACTION_SUMMARY = 5, /**< `summary` */
} sockudo_message_action;

/** MessageAction as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct sockudo_message_action_val {
    /**
     * The value; SOCKUDO_MESSAGE_ACTION_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    sockudo_message_action value;
    /**
     * When value is SOCKUDO_MESSAGE_ACTION_UNKNOWN_VALUE: the JSON text as received, or to send, owned
     * by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_message_action_val;

/** The JSON text of a MessageAction constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_message_action_to_string(sockudo_message_action value);

/**
 * AnnotationResult.action
 * `annotation.create` or `annotation.delete`.
 * Example: `"annotation.create"`.
 */
typedef enum sockudo_annotation_result_action {
    SOCKUDO_ANNOTATION_RESULT_ACTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_ANNOTATION_RESULT_ACTION_ANNOTATION_CREATE = 1, /**< `annotation.create` */
    SOCKUDO_ANNOTATION_RESULT_ACTION_ANNOTATION_DELETE = 2, /**< `annotation.delete` */
} sockudo_annotation_result_action;

/**
 * AnnotationResult.action as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct sockudo_annotation_result_action_val {
    /**
     * The value; SOCKUDO_ANNOTATION_RESULT_ACTION_UNKNOWN_VALUE (0) when the JSON text is not one this
     * SDK version knows (then see `other`).
     */
    sockudo_annotation_result_action value;
    /**
     * When value is SOCKUDO_ANNOTATION_RESULT_ACTION_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_annotation_result_action_val;

/** The JSON text of a AnnotationResult.action constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_annotation_result_action_to_string(sockudo_annotation_result_action value);

/**
 * Annotation.action
 * `annotation.create` or `annotation.delete`.
 * Example: `"annotation.create"`.
 */
typedef enum sockudo_annotation_action {
    SOCKUDO_ANNOTATION_ACTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_ANNOTATION_ACTION_ANNOTATION_CREATE = 1, /**< `annotation.create` */
    SOCKUDO_ANNOTATION_ACTION_ANNOTATION_DELETE = 2, /**< `annotation.delete` */
} sockudo_annotation_action;

/**
 * Annotation.action as stored in a struct: `value`, or the text in `other` (owned) when value is
 * 0.
 */
typedef struct sockudo_annotation_action_val {
    /**
     * The value; SOCKUDO_ANNOTATION_ACTION_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    sockudo_annotation_action value;
    /**
     * When value is SOCKUDO_ANNOTATION_ACTION_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_annotation_action_val;

/** The JSON text of a Annotation.action constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_annotation_action_to_string(sockudo_annotation_action value);

/**
 * ChannelEvent.name
 * What happened: a channel became occupied or vacated, a presence member was added or removed, a
 * client published an event, or a cache channel had nothing cached.
 * Example: `"channel_occupied"`.
 */
typedef enum sockudo_channel_event_name {
    SOCKUDO_CHANNEL_EVENT_NAME_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    SOCKUDO_CHANNEL_EVENT_NAME_CHANNEL_OCCUPIED = 1, /**< `channel_occupied` */
    SOCKUDO_CHANNEL_EVENT_NAME_CHANNEL_VACATED = 2, /**< `channel_vacated` */
    SOCKUDO_CHANNEL_EVENT_NAME_MEMBER_ADDED = 3, /**< `member_added` */
    SOCKUDO_CHANNEL_EVENT_NAME_MEMBER_REMOVED = 4, /**< `member_removed` */
    SOCKUDO_CHANNEL_EVENT_NAME_CLIENT_EVENT = 5, /**< `client_event` */
    SOCKUDO_CHANNEL_EVENT_NAME_CACHE_MISS = 6, /**< `cache_miss` */
} sockudo_channel_event_name;

/**
 * ChannelEvent.name as stored in a struct: `value`, or the text in `other` (owned) when value is
 * 0.
 */
typedef struct sockudo_channel_event_name_val {
    /**
     * The value; SOCKUDO_CHANNEL_EVENT_NAME_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    sockudo_channel_event_name value;
    /**
     * When value is SOCKUDO_CHANNEL_EVENT_NAME_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} sockudo_channel_event_name_val;

/** The JSON text of a ChannelEvent.name constant, or NULL for an unknown value. */
APIC_EXPORT const char *sockudo_channel_event_name_to_string(sockudo_channel_event_name value);

/* Arrays (items inline) and maps (keys in JSON order) of generated types. */
/**
 * Named values of sockudo_channel_attributes (a JSON object): `keys[i]` names `values[i]`, in the
 * order of the JSON text; owned by the enclosing object (or, for a map an operation returns, by
 * the caller).
 */
typedef struct sockudo_channel_attributes_map {
    /** The `count` member names (NUL-terminated); NULL when the map is empty. */
    char **keys;
    /** The `count` values, stored inline; `values[i]` belongs to `keys[i]`. */
    sockudo_channel_attributes *values;
    /** Number of entries in `keys` and `values`. */
    size_t count;
} sockudo_channel_attributes_map;
/**
 * A list of sockudo_batch_event: `items` points at `count` values stored one after another, owned
 * by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_batch_event_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_batch_event *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_batch_event_array;
/**
 * A list of sockudo_channel_attributes: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_channel_attributes_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_channel_attributes *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_channel_attributes_array;
/**
 * Named values of sockudo_channel_summary (a JSON object): `keys[i]` names `values[i]`, in the
 * order of the JSON text; owned by the enclosing object (or, for a map an operation returns, by
 * the caller).
 */
typedef struct sockudo_channel_summary_map {
    /** The `count` member names (NUL-terminated); NULL when the map is empty. */
    char **keys;
    /** The `count` values, stored inline; `values[i]` belongs to `keys[i]`. */
    sockudo_channel_summary *values;
    /** Number of entries in `keys` and `values`. */
    size_t count;
} sockudo_channel_summary_map;
/**
 * A list of sockudo_presence_user: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_presence_user_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_presence_user *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_presence_user_array;
/**
 * A list of sockudo_history_item: `items` points at `count` values stored one after another, owned
 * by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_history_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_history_item *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_history_item_array;
/**
 * A list of sockudo_presence_history_item: `items` points at `count` values stored one after
 * another, owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_presence_history_item_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_presence_history_item *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_presence_history_item_array;
/**
 * A list of sockudo_presence_snapshot_member: `items` points at `count` values stored one after
 * another, owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_presence_snapshot_member_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_presence_snapshot_member *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_presence_snapshot_member_array;
/**
 * A list of sockudo_versioned_message: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_versioned_message_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_versioned_message *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_versioned_message_array;
/**
 * A list of sockudo_annotation: `items` points at `count` values stored one after another, owned
 * by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_annotation_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_annotation *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_annotation_array;
/**
 * A list of sockudo_channel_event: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct sockudo_channel_event_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    sockudo_channel_event *items;
    /** Number of values in `items`. */
    size_t count;
} sockudo_channel_event_array;

/** Which variant a sockudo_webhook_event holds. */
typedef enum sockudo_webhook_event_kind {
    SOCKUDO_WEBHOOK_EVENT_UNKNOWN_VALUE = 0, /**< none: see `other` */
    SOCKUDO_WEBHOOK_EVENT_CHANNEL_EVENTS = 1, /**< `as.channel_events` */
} sockudo_webhook_event_kind;

/**
 * Webhooks
 * A webhook the API sends, decoded: `kind` says which webhook it is, `as` holds its payload.
 * sockudo_webhook_parse() verifies a received webhook and decodes it into one (see
 * sockudo/webhook_events.h).
 *
 * One of these (oneOf, the first that fits); `kind` says which:
 * - SOCKUDO_WEBHOOK_EVENT_CHANNEL_EVENTS: `as.channel_events` (sockudo_webhook_batch *): schema WebhookBatch
 * - SOCKUDO_WEBHOOK_EVENT_UNKNOWN_VALUE (0): none; `other` keeps JSON that matched no variant (NULL: absent).
 */
struct sockudo_webhook_event {
    /** Which variant `as` holds; SOCKUDO_WEBHOOK_EVENT_UNKNOWN_VALUE (0) when none (then see `other`). */
    sockudo_webhook_event_kind kind;
    /** The variant `kind` names; the other members are not set. */
    union {
        /** When kind is SOCKUDO_WEBHOOK_EVENT_CHANNEL_EVENTS: schema WebhookBatch. */
        sockudo_webhook_batch *channel_events;
    } as;
    /** Raw JSON of a value that matched no variant (kind 0), owned; sent back unchanged. */
    char *other;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_webhook_event_free(sockudo_webhook_event *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_webhook_event_free(). */
APIC_EXPORT int sockudo_webhook_event_from_json(const char *json, size_t len, sockudo_webhook_event **out,
                                                apic_error *err);
/** Serialises obj (its variant, or `other`) into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_webhook_event_to_json(const sockudo_webhook_event *obj, char **out, apic_error *err);
/** Descriptor of sockudo_webhook_event for the apic codec. */
APIC_EXPORT extern const apic_union_desc sockudo_webhook_event_desc;

/**
 * Error
 * Why a request failed.
 */
struct sockudo_error_model {
    /**
     * A human sentence.
     * Example: `"Invalid signature"`.
     * Required.
     */
    char *error;
    bool has_code; /**< true when code is set */
    /**
     * Sockudo's error code, when it has one.
     * Format: int32. Example: `4009`.
     */
    int32_t code;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_error_model_free(sockudo_error_model *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_error_model_free(). */
APIC_EXPORT int sockudo_error_model_from_json(const char *json, size_t len, sockudo_error_model **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_error_model_to_json(const sockudo_error_model *obj, char **out, apic_error *err);
/** Descriptor of sockudo_error_model for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_error_model_desc;

/**
 * TriggerRequest
 * An event to publish: its name and data, and `channel` (one) or `channels` (several; at most
 * 100). An encrypted channel (`private-encrypted-`) is published to alone.
 */
struct sockudo_trigger_request {
    /**
     * The event's name, at most 200 characters; names starting with `pusher:` are reserved.
     * Minimum length: 1. Maximum length: 200. Example: `"order.created"`.
     * Required.
     */
    char *name;
    /**
     * The event's data as subscribers receive it, usually JSON text; at most 10 KB (10240 bytes). For
     * an encrypted channel, the JSON of the nonce and ciphertext.
     * Maximum length: 10240. Example: `"{\"id\":\"ord_123\",\"total\":4500}"`.
     * Required.
     */
    char *data;
    /**
     * A channel an event is published to: a channel name, or `#server-to-user-` followed by a user id,
     * the channel that reaches every connection of that user.
     * Minimum length: 1. Maximum length: 200. Pattern: `^(#server-to-user-)?[A-Za-z0-9_\-=@,.;]+$`.
     * Example: `"orders"`.
     */
    char *channel;
    bool has_channels; /**< true when channels is set */
    /**
     * The channels to publish to; at most 100.
     * Minimum items: 1. Maximum items: 100.
     */
    apic_string_array channels;
    /**
     * A connection's socket id, `<digits>.<digits>`.
     * Maximum length: 64. Pattern: `^\d+\.\d+$`. Example: `"1234.5678"`.
     */
    char *socket_id;
    /**
     * Attributes to answer per channel, comma-separated (`subscription_count`, `user_count`).
     * Maximum length: 100. Example: `"subscription_count"`.
     */
    char *info;
    /**
     * Makes the publish idempotent: a retry with the same key is answered like the first request and
     * not published again (as the X-Idempotency-Key header does). Retries must reuse it.
     * Minimum length: 1. Maximum length: 255. Example: `"order-created-ord_123"`.
     */
    char *idempotency_key;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_trigger_request_free(sockudo_trigger_request *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_trigger_request_free(). */
APIC_EXPORT int sockudo_trigger_request_from_json(const char *json, size_t len, sockudo_trigger_request **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_trigger_request_to_json(const sockudo_trigger_request *obj, char **out, apic_error *err);
/** Descriptor of sockudo_trigger_request for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_trigger_request_desc;

/**
 * ChannelAttributes
 * What a publish answers about one channel: the attributes `info` asked for and, for a channel
 * with versioned messages, the serials of the message it created.
 */
struct sockudo_channel_attributes {
    bool has_subscription_count; /**< true when subscription_count is set */
    /**
     * Connections subscribed to the channel.
     * Format: int32. Minimum: 0. Example: `4`.
     */
    int32_t subscription_count;
    bool has_user_count; /**< true when user_count is set */
    /**
     * Distinct users of a presence channel.
     * Format: int32. Minimum: 0. Example: `3`.
     */
    int32_t user_count;
    /**
     * The serial of the versioned message the publish created.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     */
    char *message_serial;
    bool has_history_serial; /**< true when history_serial is set */
    /**
     * Its position in the channel's history.
     * Format: int64. Minimum: 0. Example: `1`.
     */
    int64_t history_serial;
    bool has_delivery_serial; /**< true when delivery_serial is set */
    /**
     * Its position in the channel's delivery stream.
     * Format: int64. Minimum: 0. Example: `1`.
     */
    int64_t delivery_serial;
    /**
     * The serial of its first version.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     */
    char *version_serial;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_channel_attributes_free(sockudo_channel_attributes *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_channel_attributes_free(). */
APIC_EXPORT int sockudo_channel_attributes_from_json(const char *json, size_t len, sockudo_channel_attributes **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_channel_attributes_to_json(const sockudo_channel_attributes *obj, char **out, apic_error *err);
/** Descriptor of sockudo_channel_attributes for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_channel_attributes_desc;

/**
 * TriggerResult
 * What a publish answers; `{}` unless `info` asked for attributes or the channel keeps versioned
 * messages.
 */
struct sockudo_trigger_result {
    bool has_channels; /**< true when channels is set */
    /** The attributes of each channel, by name. */
    sockudo_channel_attributes_map channels;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_trigger_result_free(sockudo_trigger_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_trigger_result_free(). */
APIC_EXPORT int sockudo_trigger_result_from_json(const char *json, size_t len, sockudo_trigger_result **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_trigger_result_to_json(const sockudo_trigger_result *obj, char **out, apic_error *err);
/** Descriptor of sockudo_trigger_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_trigger_result_desc;

/**
 * BatchEvent
 * One event of a batch, published to one channel.
 */
struct sockudo_batch_event {
    /**
     * A channel an event is published to: a channel name, or `#server-to-user-` followed by a user id,
     * the channel that reaches every connection of that user.
     * Minimum length: 1. Maximum length: 200. Pattern: `^(#server-to-user-)?[A-Za-z0-9_\-=@,.;]+$`.
     * Example: `"orders"`.
     * Required.
     */
    char *channel;
    /**
     * The event's name, at most 200 characters; names starting with `pusher:` are reserved.
     * Minimum length: 1. Maximum length: 200. Example: `"order.created"`.
     * Required.
     */
    char *name;
    /**
     * The event's data as subscribers receive it, usually JSON text; at most 10 KB (10240 bytes). For
     * an encrypted channel, the JSON of the nonce and ciphertext.
     * Maximum length: 10240. Example: `"{\"id\":\"ord_123\",\"total\":4500}"`.
     * Required.
     */
    char *data;
    /**
     * A connection's socket id, `<digits>.<digits>`.
     * Maximum length: 64. Pattern: `^\d+\.\d+$`. Example: `"1234.5678"`.
     */
    char *socket_id;
    /**
     * Attributes to answer for this event's channel, comma-separated.
     * Maximum length: 100. Example: `"subscription_count"`.
     */
    char *info;
    /**
     * Makes the publish idempotent: a retry with the same key is answered like the first request and
     * not published again (as the X-Idempotency-Key header does). Retries must reuse it.
     * Minimum length: 1. Maximum length: 255. Example: `"order-created-ord_123"`.
     */
    char *idempotency_key;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_batch_event_free(sockudo_batch_event *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_batch_event_free(). */
APIC_EXPORT int sockudo_batch_event_from_json(const char *json, size_t len, sockudo_batch_event **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_batch_event_to_json(const sockudo_batch_event *obj, char **out, apic_error *err);
/** Descriptor of sockudo_batch_event for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_batch_event_desc;

/**
 * BatchRequest
 * Events published in one request; at most 10 (Sockudo's default, configurable).
 */
struct sockudo_batch_request {
    /**
     * The events, in order.
     * Minimum items: 1. Maximum items: 10.
     * Required.
     */
    sockudo_batch_event_array batch;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_batch_request_free(sockudo_batch_request *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_batch_request_free(). */
APIC_EXPORT int sockudo_batch_request_from_json(const char *json, size_t len, sockudo_batch_request **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_batch_request_to_json(const sockudo_batch_request *obj, char **out, apic_error *err);
/** Descriptor of sockudo_batch_request for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_batch_request_desc;

/**
 * BatchResult
 * What a batch publish answers; `{}` unless an event asked for `info`.
 */
struct sockudo_batch_result {
    bool has_batch; /**< true when batch is set */
    /** The attributes of each event's channel, in the batch's order (`{}` for an event without `info`). */
    sockudo_channel_attributes_array batch;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_batch_result_free(sockudo_batch_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_batch_result_free(). */
APIC_EXPORT int sockudo_batch_result_from_json(const char *json, size_t len, sockudo_batch_result **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_batch_result_to_json(const sockudo_batch_result *obj, char **out, apic_error *err);
/** Descriptor of sockudo_batch_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_batch_result_desc;

/**
 * ChannelSummary
 * An occupied channel in a list, with the attributes `info` asked for.
 */
struct sockudo_channel_summary {
    bool has_subscription_count; /**< true when subscription_count is set */
    /**
     * Connections subscribed to the channel.
     * Format: int32. Minimum: 0. Example: `4`.
     */
    int32_t subscription_count;
    bool has_user_count; /**< true when user_count is set */
    /**
     * Distinct users of a presence channel.
     * Format: int32. Minimum: 0. Example: `3`.
     */
    int32_t user_count;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_channel_summary_free(sockudo_channel_summary *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_channel_summary_free(). */
APIC_EXPORT int sockudo_channel_summary_from_json(const char *json, size_t len, sockudo_channel_summary **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_channel_summary_to_json(const sockudo_channel_summary *obj, char **out, apic_error *err);
/** Descriptor of sockudo_channel_summary for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_channel_summary_desc;

/**
 * ChannelList
 * The occupied channels.
 */
struct sockudo_channel_list {
    /**
     * The channels by name, each with the attributes `info` asked for (`{}` without).
     * Required.
     */
    sockudo_channel_summary_map channels;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_channel_list_free(sockudo_channel_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_channel_list_free(). */
APIC_EXPORT int sockudo_channel_list_from_json(const char *json, size_t len, sockudo_channel_list **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_channel_list_to_json(const sockudo_channel_list *obj, char **out, apic_error *err);
/** Descriptor of sockudo_channel_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_channel_list_desc;

/**
 * AiChannelState
 * The AI transport's view of a channel.
 */
struct sockudo_ai_channel_state {
    bool has_active_streams; /**< true when active_streams is set */
    /**
     * Streams being written now.
     * Format: int32. Minimum: 0. Example: `1`.
     */
    int32_t active_streams;
    bool has_last_history_serial; /**< true when last_history_serial is set */
    /**
     * The serial of the channel's latest history entry.
     * Format: int64. Minimum: 0. Example: `42`.
     */
    int64_t last_history_serial;
    bool has_message_count; /**< true when message_count is set */
    /**
     * Messages the channel holds.
     * Format: int64. Minimum: 0. Example: `7`.
     */
    int64_t message_count;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_ai_channel_state_free(sockudo_ai_channel_state *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_ai_channel_state_free(). */
APIC_EXPORT int sockudo_ai_channel_state_from_json(const char *json, size_t len, sockudo_ai_channel_state **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_ai_channel_state_to_json(const sockudo_ai_channel_state *obj, char **out, apic_error *err);
/** Descriptor of sockudo_ai_channel_state for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_ai_channel_state_desc;

/**
 * ChannelInfo
 * The state of one channel.
 */
struct sockudo_channel_info {
    /**
     * Whether the channel has at least one subscriber.
     * Example: `true`.
     * Required.
     */
    bool occupied;
    bool has_user_count; /**< true when user_count is set */
    /**
     * Distinct users of a presence channel (when `info` asked for it).
     * Format: int32. Minimum: 0. Example: `3`.
     */
    int32_t user_count;
    bool has_subscription_count; /**< true when subscription_count is set */
    /**
     * Connections subscribed (when `info` asked for it).
     * Format: int32. Minimum: 0. Example: `5`.
     */
    int32_t subscription_count;
    /** The AI transport's view of a channel. */
    sockudo_ai_channel_state *ai;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_channel_info_free(sockudo_channel_info *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_channel_info_free(). */
APIC_EXPORT int sockudo_channel_info_from_json(const char *json, size_t len, sockudo_channel_info **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_channel_info_to_json(const sockudo_channel_info *obj, char **out, apic_error *err);
/** Descriptor of sockudo_channel_info for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_channel_info_desc;

/**
 * PresenceUser
 * A member of a presence channel.
 */
struct sockudo_presence_user {
    /**
     * The user's id.
     * Example: `"user-1"`.
     * Required.
     */
    char *id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_user_free(sockudo_presence_user *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_user_free(). */
APIC_EXPORT int sockudo_presence_user_from_json(const char *json, size_t len, sockudo_presence_user **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_user_to_json(const sockudo_presence_user *obj, char **out, apic_error *err);
/** Descriptor of sockudo_presence_user for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_user_desc;

/**
 * PresenceUsers
 * The members of a presence channel.
 */
struct sockudo_presence_users {
    /**
     * The members, each once.
     * Required.
     */
    sockudo_presence_user_array users;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_users_free(sockudo_presence_users *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_users_free(). */
APIC_EXPORT int sockudo_presence_users_from_json(const char *json, size_t len, sockudo_presence_users **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_users_to_json(const sockudo_presence_users *obj, char **out, apic_error *err);
/** Descriptor of sockudo_presence_users for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_users_desc;

/**
 * HistoryBounds
 * The serial and time range a page was read with (null where the request set none).
 */
struct sockudo_history_bounds {
    bool has_start_serial; /**< true when start_serial is set */
    /**
     * The lowest serial asked for.
     * Format: int64. Example: `1`.
     */
    int64_t start_serial;
    bool start_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_end_serial; /**< true when end_serial is set */
    /**
     * The highest serial asked for.
     * Format: int64. Example: `100`.
     */
    int64_t end_serial;
    bool end_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_start_time_ms; /**< true when start_time_ms is set */
    /**
     * The earliest time asked for, in Unix milliseconds.
     * Format: int64. Example: `null`.
     */
    int64_t start_time_ms;
    bool start_time_ms_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_end_time_ms; /**< true when end_time_ms is set */
    /**
     * The latest time asked for, in Unix milliseconds.
     * Format: int64. Example: `null`.
     */
    int64_t end_time_ms;
    bool end_time_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_bounds_free(sockudo_history_bounds *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_bounds_free(). */
APIC_EXPORT int sockudo_history_bounds_from_json(const char *json, size_t len, sockudo_history_bounds **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_bounds_to_json(const sockudo_history_bounds *obj, char **out, apic_error *err);
/** Descriptor of sockudo_history_bounds for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_bounds_desc;

/**
 * HistoryContinuity
 * What the channel's history retains, and whether this page is complete.
 */
struct sockudo_history_continuity {
    /**
     * The history stream's id; it changes when the stream is reset.
     * Example: `"orders-1f3a"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_oldest_available_serial; /**< true when oldest_available_serial is set */
    /**
     * The oldest serial retained.
     * Format: int64. Example: `1`.
     */
    int64_t oldest_available_serial;
    bool oldest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_serial; /**< true when newest_available_serial is set */
    /**
     * The newest serial retained.
     * Format: int64. Example: `42`.
     */
    int64_t newest_available_serial;
    bool newest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_oldest_available_published_at_ms; /**< true when oldest_available_published_at_ms is set */
    /**
     * When the oldest retained entry was published, in Unix milliseconds.
     * Format: int64. Example: `1767225600000`.
     */
    int64_t oldest_available_published_at_ms;
    bool oldest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_published_at_ms; /**< true when newest_available_published_at_ms is set */
    /**
     * When the newest retained entry was published, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     */
    int64_t newest_available_published_at_ms;
    bool newest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_retained_messages; /**< true when retained_messages is set */
    /**
     * Entries retained.
     * Format: int64. Minimum: 0. Example: `42`.
     */
    int64_t retained_messages;
    bool has_retained_bytes; /**< true when retained_bytes is set */
    /**
     * Bytes retained.
     * Format: int64. Minimum: 0. Example: `16384`.
     */
    int64_t retained_bytes;
    bool has_complete; /**< true when complete is set */
    /**
     * Whether the page holds everything in its range that was ever published (nothing was lost to
     * retention or degradation).
     * Example: `true`.
     */
    bool complete;
    bool has_truncated_by_retention; /**< true when truncated_by_retention is set */
    /**
     * Whether retention dropped entries of the range.
     * Example: `false`.
     */
    bool truncated_by_retention;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_continuity_free(sockudo_history_continuity *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_continuity_free(). */
APIC_EXPORT int sockudo_history_continuity_from_json(const char *json, size_t len, sockudo_history_continuity **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_continuity_to_json(const sockudo_history_continuity *obj, char **out, apic_error *err);
/** Descriptor of sockudo_history_continuity for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_continuity_desc;

/**
 * StreamState
 * Whether a history stream is healthy, and what proves it.
 */
struct sockudo_stream_state {
    /**
     * The stream's id.
     * Example: `"orders-1f3a"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_durable_state; /**< true when durable_state is set */
    /**
     * `healthy`, `degraded` (entries may be missing), or `reset_required`.
     * Example: `"healthy"`.
     */
    sockudo_stream_state_durable_state_val durable_state;
    bool has_recovery_allowed; /**< true when recovery_allowed is set */
    /**
     * Whether connection recovery may replay from this stream.
     * Example: `true`.
     */
    bool recovery_allowed;
    bool has_reset_required; /**< true when reset_required is set */
    /**
     * Whether the stream must be reset before it is trusted again.
     * Example: `false`.
     */
    bool reset_required;
    /**
     * Why the stream is not healthy.
     * Example: `null`.
     */
    char *reason;
    bool reason_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The node that last changed the state.
     * Example: `null`.
     */
    char *node_id;
    bool node_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_last_transition_at_ms; /**< true when last_transition_at_ms is set */
    /**
     * When the state last changed, in Unix milliseconds.
     * Format: int64. Example: `null`.
     */
    int64_t last_transition_at_ms;
    bool last_transition_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Which store's state is authoritative.
     * Example: `"memory"`.
     */
    char *authoritative_source;
    /**
     * Which store the state was read from.
     * Example: `"memory"`.
     */
    char *observed_source;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_stream_state_free(sockudo_stream_state *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_stream_state_free(). */
APIC_EXPORT int sockudo_stream_state_from_json(const char *json, size_t len, sockudo_stream_state **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_stream_state_to_json(const sockudo_stream_state *obj, char **out, apic_error *err);
/** Descriptor of sockudo_stream_state for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_stream_state_desc;

/**
 * HistoryItem
 * One entry of a channel's history.
 */
struct sockudo_history_item {
    /**
     * The stream the entry belongs to.
     * Example: `"orders-1f3a"`.
     * Required.
     */
    char *stream_id;
    /**
     * The entry's position in the stream.
     * Format: int64. Minimum: 0. Example: `42`.
     * Required.
     */
    int64_t serial;
    /**
     * When it was published, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     * Required.
     */
    int64_t published_at_ms;
    /**
     * The message's id, when it had one.
     * Example: `"msg_01HX"`.
     */
    char *message_id;
    bool message_id_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The event's name.
     * Example: `"order.created"`.
     */
    char *event_name;
    bool event_name_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * What the entry records (`publish`, or a versioned message's action).
     * Example: `"publish"`.
     */
    char *operation_kind;
    bool has_payload_size_bytes; /**< true when payload_size_bytes is set */
    /**
     * The size of the stored message.
     * Format: int64. Minimum: 0. Example: `96`.
     */
    int64_t payload_size_bytes;
    bool has_message; /**< true when message is set */
    /**
     * The message as subscribers received it (event, channel, data, ...); for a versioned message, its
     * latest visible version.
     */
    apic_json_map message;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_item_free(sockudo_history_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_item_free(). */
APIC_EXPORT int sockudo_history_item_from_json(const char *json, size_t len, sockudo_history_item **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_item_to_json(const sockudo_history_item *obj, char **out, apic_error *err);
/** Descriptor of sockudo_history_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_item_desc;

/**
 * HistoryPage
 * One page of a channel's history.
 */
struct sockudo_history_page {
    /**
     * The entries, in the page's direction.
     * Required.
     */
    sockudo_history_item_array items;
    /**
     * The order of a page.
     * Example: `"newest_first"`.
     * Required.
     */
    sockudo_direction_val direction;
    /**
     * The page size used.
     * Format: int32. Minimum: 1. Example: `50`.
     * Required.
     */
    int32_t limit;
    /**
     * Whether another page follows.
     * Example: `false`.
     * Required.
     */
    bool has_more;
    /**
     * The cursor of the next page (opaque), null on the last page.
     * Example: `null`.
     */
    char *next_cursor;
    bool next_cursor_is_null; /**< true to send (or when the server sent) JSON null */
    /** The serial and time range a page was read with (null where the request set none). */
    sockudo_history_bounds *bounds;
    /** What the channel's history retains, and whether this page is complete. */
    sockudo_history_continuity *continuity;
    /** Whether a history stream is healthy, and what proves it. */
    sockudo_stream_state *stream_state;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_page_free(sockudo_history_page *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_page_free(). */
APIC_EXPORT int sockudo_history_page_from_json(const char *json, size_t len, sockudo_history_page **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_page_to_json(const sockudo_history_page *obj, char **out, apic_error *err);
/** Descriptor of sockudo_history_page for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_page_desc;

/**
 * RetainedStats
 * What a history stream retains.
 */
struct sockudo_retained_stats {
    /**
     * The stream's id.
     * Example: `"orders-1f3a"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_retained_messages; /**< true when retained_messages is set */
    /**
     * Entries retained.
     * Format: int64. Minimum: 0. Example: `42`.
     */
    int64_t retained_messages;
    bool has_retained_bytes; /**< true when retained_bytes is set */
    /**
     * Bytes retained.
     * Format: int64. Minimum: 0. Example: `16384`.
     */
    int64_t retained_bytes;
    bool has_oldest_available_serial; /**< true when oldest_available_serial is set */
    /**
     * The oldest serial retained.
     * Format: int64. Example: `1`.
     */
    int64_t oldest_available_serial;
    bool oldest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_serial; /**< true when newest_available_serial is set */
    /**
     * The newest serial retained.
     * Format: int64. Example: `42`.
     */
    int64_t newest_available_serial;
    bool newest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_oldest_available_published_at_ms; /**< true when oldest_available_published_at_ms is set */
    /**
     * When the oldest retained entry was published, in Unix milliseconds.
     * Format: int64. Example: `1767225600000`.
     */
    int64_t oldest_available_published_at_ms;
    bool oldest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_published_at_ms; /**< true when newest_available_published_at_ms is set */
    /**
     * When the newest retained entry was published, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     */
    int64_t newest_available_published_at_ms;
    bool newest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_retained_stats_free(sockudo_retained_stats *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_retained_stats_free(). */
APIC_EXPORT int sockudo_retained_stats_from_json(const char *json, size_t len, sockudo_retained_stats **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_retained_stats_to_json(const sockudo_retained_stats *obj, char **out, apic_error *err);
/** Descriptor of sockudo_retained_stats for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_retained_stats_desc;

/**
 * StreamInspection
 * A history stream as an operator sees it.
 */
struct sockudo_stream_inspection {
    /**
     * The stream's id.
     * Example: `"orders-1f3a"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_next_serial; /**< true when next_serial is set */
    /**
     * The serial the next entry will get.
     * Format: int64. Example: `43`.
     */
    int64_t next_serial;
    bool next_serial_is_null; /**< true to send (or when the server sent) JSON null */
    /** What a history stream retains. */
    sockudo_retained_stats *retained;
    /** Whether a history stream is healthy, and what proves it. */
    sockudo_stream_state *state;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_stream_inspection_free(sockudo_stream_inspection *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_stream_inspection_free(). */
APIC_EXPORT int sockudo_stream_inspection_from_json(const char *json, size_t len, sockudo_stream_inspection **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_stream_inspection_to_json(const sockudo_stream_inspection *obj, char **out, apic_error *err);
/** Descriptor of sockudo_stream_inspection for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_stream_inspection_desc;

/**
 * HistoryState
 * A channel's history stream.
 */
struct sockudo_history_state {
    /**
     * The channel.
     * Example: `"orders"`.
     * Required.
     */
    char *channel;
    /**
     * A history stream as an operator sees it.
     * Required.
     */
    sockudo_stream_inspection *stream;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_state_free(sockudo_history_state *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_state_free(). */
APIC_EXPORT int sockudo_history_state_from_json(const char *json, size_t len, sockudo_history_state **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_state_to_json(const sockudo_history_state *obj, char **out, apic_error *err);
/** Descriptor of sockudo_history_state for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_state_desc;

/**
 * HistoryResetRequest
 * The confirmation a history reset needs.
 */
struct sockudo_history_reset_request {
    /**
     * The channel's name again; must equal the path's exactly.
     * Maximum length: 200. Example: `"orders"`.
     * Required.
     */
    char *confirm_channel;
    /**
     * The operation again.
     * Example: `"reset"`.
     * Required.
     */
    sockudo_history_reset_request_confirm_operation_val confirm_operation;
    /**
     * Why, for the audit log; must not be empty.
     * Minimum length: 1. Maximum length: 1000. Example: `"stream damaged after a storage failover"`.
     * Required.
     */
    char *reason;
    /**
     * Who asked, for the audit log.
     * Maximum length: 200. Example: `"ops-oncall"`.
     */
    char *requested_by;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_reset_request_free(sockudo_history_reset_request *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_reset_request_free(). */
APIC_EXPORT int sockudo_history_reset_request_from_json(const char *json, size_t len,
                                                        sockudo_history_reset_request **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_reset_request_to_json(const sockudo_history_reset_request *obj, char **out,
                                                      apic_error *err);
/** Descriptor of sockudo_history_reset_request for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_reset_request_desc;

/**
 * HistoryResetResult
 * What a history reset did.
 */
struct sockudo_history_reset_result {
    /**
     * Always true on success.
     * Example: `true`.
     * Required.
     */
    bool ok;
    /**
     * `reset`.
     * Example: `"reset"`.
     * Required.
     */
    char *operation;
    /**
     * The channel.
     * Example: `"orders"`.
     * Required.
     */
    char *channel;
    /**
     * The reason given.
     * Example: `"stream damaged after a storage failover"`.
     */
    char *reason;
    /**
     * Who asked, as given.
     * Example: `"ops-oncall"`.
     */
    char *requested_by;
    bool requested_by_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The stream's id before the reset.
     * Example: `"orders-1f3a"`.
     */
    char *previous_stream_id;
    bool previous_stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The new stream's id.
     * Example: `"orders-7c2e"`.
     * Required.
     */
    char *new_stream_id;
    bool has_purged_messages; /**< true when purged_messages is set */
    /**
     * Entries dropped.
     * Format: int64. Minimum: 0. Example: `42`.
     */
    int64_t purged_messages;
    bool has_purged_bytes; /**< true when purged_bytes is set */
    /**
     * Bytes dropped.
     * Format: int64. Minimum: 0. Example: `16384`.
     */
    int64_t purged_bytes;
    /** A history stream as an operator sees it. */
    sockudo_stream_inspection *stream;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_reset_result_free(sockudo_history_reset_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_reset_result_free(). */
APIC_EXPORT int sockudo_history_reset_result_from_json(const char *json, size_t len, sockudo_history_reset_result **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_reset_result_to_json(const sockudo_history_reset_result *obj, char **out,
                                                     apic_error *err);
/** Descriptor of sockudo_history_reset_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_reset_result_desc;

/**
 * HistoryPurgeRequest
 * What a history purge deletes, and its confirmation: mode `all` takes no bound, `before_serial`
 * takes before_serial only, `before_time_ms` takes before_time_ms only.
 */
struct sockudo_history_purge_request {
    /**
     * The channel's name again; must equal the path's exactly.
     * Maximum length: 200. Example: `"orders"`.
     * Required.
     */
    char *confirm_channel;
    /**
     * The operation again.
     * Example: `"purge"`.
     * Required.
     */
    sockudo_history_purge_request_confirm_operation_val confirm_operation;
    /**
     * What to delete.
     * Example: `"before_serial"`.
     * Required.
     */
    sockudo_history_purge_request_mode_val mode;
    bool has_before_serial; /**< true when before_serial is set */
    /**
     * With mode `before_serial`, entries below this serial are deleted.
     * Format: int64. Minimum: 0. Example: `20`.
     */
    int64_t before_serial;
    bool has_before_time_ms; /**< true when before_time_ms is set */
    /**
     * With mode `before_time_ms`, entries published before this time (Unix milliseconds) are deleted.
     * Format: int64. Minimum: 0. Example: `1767225600000`.
     */
    int64_t before_time_ms;
    /**
     * Why, for the audit log; must not be empty.
     * Minimum length: 1. Maximum length: 1000. Example: `"retention cleanup requested by legal"`.
     * Required.
     */
    char *reason;
    /**
     * Who asked, for the audit log.
     * Maximum length: 200. Example: `"ops-oncall"`.
     */
    char *requested_by;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_purge_request_free(sockudo_history_purge_request *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_purge_request_free(). */
APIC_EXPORT int sockudo_history_purge_request_from_json(const char *json, size_t len,
                                                        sockudo_history_purge_request **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_purge_request_to_json(const sockudo_history_purge_request *obj, char **out,
                                                      apic_error *err);
/** Descriptor of sockudo_history_purge_request for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_purge_request_desc;

/**
 * HistoryPurgeResult
 * What a history purge did.
 */
struct sockudo_history_purge_result {
    /**
     * Always true on success.
     * Example: `true`.
     * Required.
     */
    bool ok;
    /**
     * `purge`.
     * Example: `"purge"`.
     * Required.
     */
    char *operation;
    /**
     * The channel.
     * Example: `"orders"`.
     * Required.
     */
    char *channel;
    /**
     * The mode used.
     * Example: `"before_serial"`.
     * Required.
     */
    char *mode;
    bool has_before_serial; /**< true when before_serial is set */
    /**
     * The serial bound used.
     * Format: int64. Example: `20`.
     */
    int64_t before_serial;
    bool before_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_before_time_ms; /**< true when before_time_ms is set */
    /**
     * The time bound used.
     * Format: int64. Example: `null`.
     */
    int64_t before_time_ms;
    bool before_time_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The reason given.
     * Example: `"retention cleanup requested by legal"`.
     */
    char *reason;
    /**
     * Who asked, as given.
     * Example: `"ops-oncall"`.
     */
    char *requested_by;
    bool requested_by_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_purged_messages; /**< true when purged_messages is set */
    /**
     * Entries deleted.
     * Format: int64. Minimum: 0. Example: `19`.
     */
    int64_t purged_messages;
    bool has_purged_bytes; /**< true when purged_bytes is set */
    /**
     * Bytes deleted.
     * Format: int64. Minimum: 0. Example: `7424`.
     */
    int64_t purged_bytes;
    /** A history stream as an operator sees it. */
    sockudo_stream_inspection *stream;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_history_purge_result_free(sockudo_history_purge_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_history_purge_result_free(). */
APIC_EXPORT int sockudo_history_purge_result_from_json(const char *json, size_t len, sockudo_history_purge_result **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_history_purge_result_to_json(const sockudo_history_purge_result *obj, char **out,
                                                     apic_error *err);
/** Descriptor of sockudo_history_purge_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_history_purge_result_desc;

/**
 * PresenceHistoryItem
 * One membership transition of a presence channel.
 */
struct sockudo_presence_history_item {
    /**
     * The stream the entry belongs to.
     * Example: `"presence-lobby-9d1b"`.
     * Required.
     */
    char *stream_id;
    /**
     * The entry's position in the stream.
     * Format: int64. Minimum: 0. Example: `7`.
     * Required.
     */
    int64_t serial;
    /**
     * When it happened, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     * Required.
     */
    int64_t published_at_ms;
    /**
     * What happened to the member.
     * Example: `"member_added"`.
     * Required.
     */
    sockudo_presence_history_item_event_val event;
    bool has_cause; /**< true when cause is set */
    /**
     * Why it happened.
     * Example: `"join"`.
     */
    sockudo_presence_history_item_cause_val cause;
    /**
     * The member.
     * Example: `"user-1"`.
     * Required.
     */
    char *user_id;
    /**
     * The connection that caused it.
     * Example: `"1234.5678"`.
     */
    char *connection_id;
    bool connection_id_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * For an orphan cleanup, the node that died.
     * Example: `null`.
     */
    char *dead_node_id;
    bool dead_node_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_payload_size_bytes; /**< true when payload_size_bytes is set */
    /**
     * The size of the stored transition.
     * Format: int64. Minimum: 0. Example: `64`.
     */
    int64_t payload_size_bytes;
    bool has_presence_event; /**< true when presence_event is set */
    /** The transition as it was stored (the member's user info included). */
    apic_json_map presence_event;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_history_item_free(sockudo_presence_history_item *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_history_item_free(). */
APIC_EXPORT int sockudo_presence_history_item_from_json(const char *json, size_t len,
                                                        sockudo_presence_history_item **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_history_item_to_json(const sockudo_presence_history_item *obj, char **out,
                                                      apic_error *err);
/** Descriptor of sockudo_presence_history_item for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_history_item_desc;

/**
 * PresenceContinuity
 * What the presence channel's history retains, and whether this page is complete.
 */
struct sockudo_presence_continuity {
    /**
     * The stream's id.
     * Example: `"presence-lobby-9d1b"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_oldest_available_serial; /**< true when oldest_available_serial is set */
    /**
     * The oldest serial retained.
     * Format: int64. Example: `1`.
     */
    int64_t oldest_available_serial;
    bool oldest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_serial; /**< true when newest_available_serial is set */
    /**
     * The newest serial retained.
     * Format: int64. Example: `7`.
     */
    int64_t newest_available_serial;
    bool newest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_oldest_available_published_at_ms; /**< true when oldest_available_published_at_ms is set */
    /**
     * When the oldest retained transition happened, in Unix milliseconds.
     * Format: int64. Example: `1767225600000`.
     */
    int64_t oldest_available_published_at_ms;
    bool oldest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_published_at_ms; /**< true when newest_available_published_at_ms is set */
    /**
     * When the newest retained transition happened, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     */
    int64_t newest_available_published_at_ms;
    bool newest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_retained_events; /**< true when retained_events is set */
    /**
     * Transitions retained.
     * Format: int64. Minimum: 0. Example: `7`.
     */
    int64_t retained_events;
    bool has_retained_bytes; /**< true when retained_bytes is set */
    /**
     * Bytes retained.
     * Format: int64. Minimum: 0. Example: `448`.
     */
    int64_t retained_bytes;
    bool has_degraded; /**< true when degraded is set */
    /**
     * Whether the stream is degraded (transitions may be missing).
     * Example: `false`.
     */
    bool degraded;
    bool has_complete; /**< true when complete is set */
    /**
     * Whether the page holds every transition of its range.
     * Example: `true`.
     */
    bool complete;
    bool has_truncated_by_retention; /**< true when truncated_by_retention is set */
    /**
     * Whether retention dropped transitions of the range.
     * Example: `false`.
     */
    bool truncated_by_retention;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_continuity_free(sockudo_presence_continuity *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_continuity_free(). */
APIC_EXPORT int sockudo_presence_continuity_from_json(const char *json, size_t len, sockudo_presence_continuity **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_continuity_to_json(const sockudo_presence_continuity *obj, char **out,
                                                    apic_error *err);
/** Descriptor of sockudo_presence_continuity for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_continuity_desc;

/**
 * PresenceStreamState
 * Whether a presence-history stream is healthy.
 */
struct sockudo_presence_stream_state {
    /**
     * The stream's id.
     * Example: `"presence-lobby-9d1b"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_durable_state; /**< true when durable_state is set */
    /**
     * `healthy`, `degraded` or `reset_required`.
     * Example: `"healthy"`.
     */
    sockudo_presence_stream_state_durable_state_val durable_state;
    bool has_continuity_proven; /**< true when continuity_proven is set */
    /**
     * Whether the stream's continuity is proven.
     * Example: `true`.
     */
    bool continuity_proven;
    bool has_reset_required; /**< true when reset_required is set */
    /**
     * Whether the stream must be reset before it is trusted again.
     * Example: `false`.
     */
    bool reset_required;
    /**
     * Why the stream is not healthy.
     * Example: `null`.
     */
    char *reason;
    bool reason_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The node that last changed the state.
     * Example: `null`.
     */
    char *node_id;
    bool node_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_last_transition_at_ms; /**< true when last_transition_at_ms is set */
    /**
     * When the state last changed, in Unix milliseconds.
     * Format: int64. Example: `null`.
     */
    int64_t last_transition_at_ms;
    bool last_transition_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Which store's state is authoritative.
     * Example: `"memory"`.
     */
    char *authoritative_source;
    /**
     * Which store the state was read from.
     * Example: `"memory"`.
     */
    char *observed_source;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_stream_state_free(sockudo_presence_stream_state *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_stream_state_free(). */
APIC_EXPORT int sockudo_presence_stream_state_from_json(const char *json, size_t len,
                                                        sockudo_presence_stream_state **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_stream_state_to_json(const sockudo_presence_stream_state *obj, char **out,
                                                      apic_error *err);
/** Descriptor of sockudo_presence_stream_state for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_stream_state_desc;

/**
 * PresenceHistoryPage
 * One page of a presence channel's history.
 */
struct sockudo_presence_history_page {
    /**
     * The transitions, in the page's direction.
     * Required.
     */
    sockudo_presence_history_item_array items;
    /**
     * The order of a page.
     * Example: `"newest_first"`.
     * Required.
     */
    sockudo_direction_val direction;
    /**
     * The page size used.
     * Format: int32. Minimum: 1. Example: `50`.
     * Required.
     */
    int32_t limit;
    /**
     * Whether another page follows.
     * Example: `false`.
     * Required.
     */
    bool has_more;
    /**
     * The cursor of the next page (opaque), null on the last page.
     * Example: `null`.
     */
    char *next_cursor;
    bool next_cursor_is_null; /**< true to send (or when the server sent) JSON null */
    /** The serial and time range a page was read with (null where the request set none). */
    sockudo_history_bounds *bounds;
    /** What the presence channel's history retains, and whether this page is complete. */
    sockudo_presence_continuity *continuity;
    /** Whether a presence-history stream is healthy. */
    sockudo_presence_stream_state *stream_state;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_history_page_free(sockudo_presence_history_page *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_history_page_free(). */
APIC_EXPORT int sockudo_presence_history_page_from_json(const char *json, size_t len,
                                                        sockudo_presence_history_page **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_history_page_to_json(const sockudo_presence_history_page *obj, char **out,
                                                      apic_error *err);
/** Descriptor of sockudo_presence_history_page for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_history_page_desc;

/**
 * PresenceRetainedStats
 * What a presence-history stream retains.
 */
struct sockudo_presence_retained_stats {
    /**
     * The stream's id.
     * Example: `"presence-lobby-9d1b"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_retained_events; /**< true when retained_events is set */
    /**
     * Transitions retained.
     * Format: int64. Minimum: 0. Example: `7`.
     */
    int64_t retained_events;
    bool has_retained_bytes; /**< true when retained_bytes is set */
    /**
     * Bytes retained.
     * Format: int64. Minimum: 0. Example: `448`.
     */
    int64_t retained_bytes;
    bool has_oldest_available_serial; /**< true when oldest_available_serial is set */
    /**
     * The oldest serial retained.
     * Format: int64. Example: `1`.
     */
    int64_t oldest_available_serial;
    bool oldest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_serial; /**< true when newest_available_serial is set */
    /**
     * The newest serial retained.
     * Format: int64. Example: `7`.
     */
    int64_t newest_available_serial;
    bool newest_available_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_oldest_available_published_at_ms; /**< true when oldest_available_published_at_ms is set */
    /**
     * When the oldest retained transition happened, in Unix milliseconds.
     * Format: int64. Example: `1767225600000`.
     */
    int64_t oldest_available_published_at_ms;
    bool oldest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_newest_available_published_at_ms; /**< true when newest_available_published_at_ms is set */
    /**
     * When the newest retained transition happened, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     */
    int64_t newest_available_published_at_ms;
    bool newest_available_published_at_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_retained_stats_free(sockudo_presence_retained_stats *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_retained_stats_free(). */
APIC_EXPORT int sockudo_presence_retained_stats_from_json(const char *json, size_t len,
                                                          sockudo_presence_retained_stats **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_retained_stats_to_json(const sockudo_presence_retained_stats *obj, char **out,
                                                        apic_error *err);
/** Descriptor of sockudo_presence_retained_stats for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_retained_stats_desc;

/**
 * PresenceStreamInspection
 * A presence-history stream as an operator sees it.
 */
struct sockudo_presence_stream_inspection {
    /**
     * The stream's id.
     * Example: `"presence-lobby-9d1b"`.
     */
    char *stream_id;
    bool stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_next_serial; /**< true when next_serial is set */
    /**
     * The serial the next transition will get.
     * Format: int64. Example: `8`.
     */
    int64_t next_serial;
    bool next_serial_is_null; /**< true to send (or when the server sent) JSON null */
    /** What a presence-history stream retains. */
    sockudo_presence_retained_stats *retained;
    /** Whether a presence-history stream is healthy. */
    sockudo_presence_stream_state *state;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_stream_inspection_free(sockudo_presence_stream_inspection *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_stream_inspection_free(). */
APIC_EXPORT int sockudo_presence_stream_inspection_from_json(const char *json, size_t len,
                                                             sockudo_presence_stream_inspection **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_stream_inspection_to_json(const sockudo_presence_stream_inspection *obj, char **out,
                                                           apic_error *err);
/** Descriptor of sockudo_presence_stream_inspection for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_stream_inspection_desc;

/**
 * PresenceHistoryState
 * A presence channel's history stream.
 */
struct sockudo_presence_history_state {
    /**
     * The channel.
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel;
    /**
     * A presence-history stream as an operator sees it.
     * Required.
     */
    sockudo_presence_stream_inspection *stream;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_history_state_free(sockudo_presence_history_state *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_history_state_free(). */
APIC_EXPORT int sockudo_presence_history_state_from_json(const char *json, size_t len,
                                                         sockudo_presence_history_state **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_history_state_to_json(const sockudo_presence_history_state *obj, char **out,
                                                       apic_error *err);
/** Descriptor of sockudo_presence_history_state for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_history_state_desc;

/**
 * PresenceHistoryResetRequest
 * The confirmation a presence-history reset needs.
 */
struct sockudo_presence_history_reset_request {
    /**
     * The channel's name again; must equal the path's exactly.
     * Maximum length: 200. Example: `"presence-lobby"`.
     * Required.
     */
    char *confirm_channel;
    /**
     * The operation again.
     * Example: `"reset"`.
     * Required.
     */
    sockudo_presence_history_reset_request_confirm_operation_val confirm_operation;
    /**
     * Why, for the audit log; must not be empty.
     * Minimum length: 1. Maximum length: 1000. Example:
     * `"presence stream degraded after a node crash"`.
     * Required.
     */
    char *reason;
    /**
     * Who asked, for the audit log.
     * Maximum length: 200. Example: `"ops-oncall"`.
     */
    char *requested_by;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_history_reset_request_free(sockudo_presence_history_reset_request *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_history_reset_request_free(). */
APIC_EXPORT int sockudo_presence_history_reset_request_from_json(const char *json, size_t len,
                                                                 sockudo_presence_history_reset_request **out,
                                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_history_reset_request_to_json(const sockudo_presence_history_reset_request *obj,
                                                               char **out, apic_error *err);
/** Descriptor of sockudo_presence_history_reset_request for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_history_reset_request_desc;

/**
 * PresenceHistoryResetResult
 * What a presence-history reset did.
 */
struct sockudo_presence_history_reset_result {
    /**
     * Always true on success.
     * Example: `true`.
     * Required.
     */
    bool ok;
    /**
     * `reset`.
     * Example: `"reset"`.
     * Required.
     */
    char *operation;
    /**
     * The channel.
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel;
    /**
     * The reason given.
     * Example: `"presence stream degraded after a node crash"`.
     */
    char *reason;
    /**
     * Who asked, as given.
     * Example: `"ops-oncall"`.
     */
    char *requested_by;
    bool requested_by_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The stream's id before the reset.
     * Example: `"presence-lobby-9d1b"`.
     */
    char *previous_stream_id;
    bool previous_stream_id_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The new stream's id.
     * Example: `"presence-lobby-4e70"`.
     * Required.
     */
    char *new_stream_id;
    bool has_purged_events; /**< true when purged_events is set */
    /**
     * Transitions dropped.
     * Format: int64. Minimum: 0. Example: `7`.
     */
    int64_t purged_events;
    bool has_purged_bytes; /**< true when purged_bytes is set */
    /**
     * Bytes dropped.
     * Format: int64. Minimum: 0. Example: `448`.
     */
    int64_t purged_bytes;
    /** A presence-history stream as an operator sees it. */
    sockudo_presence_stream_inspection *stream;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_history_reset_result_free(sockudo_presence_history_reset_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_history_reset_result_free(). */
APIC_EXPORT int sockudo_presence_history_reset_result_from_json(const char *json, size_t len,
                                                                sockudo_presence_history_reset_result **out,
                                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_history_reset_result_to_json(const sockudo_presence_history_reset_result *obj,
                                                              char **out, apic_error *err);
/** Descriptor of sockudo_presence_history_reset_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_history_reset_result_desc;

/**
 * PresenceSnapshotMember
 * A member in a reconstructed membership.
 */
struct sockudo_presence_snapshot_member {
    /**
     * The member.
     * Example: `"user-1"`.
     * Required.
     */
    char *user_id;
    bool has_last_event; /**< true when last_event is set */
    /**
     * The member's last transition.
     * Example: `"member_added"`.
     */
    sockudo_presence_snapshot_member_last_event_val last_event;
    bool has_last_event_serial; /**< true when last_event_serial is set */
    /**
     * Its serial.
     * Format: int64. Minimum: 0. Example: `7`.
     */
    int64_t last_event_serial;
    bool has_last_event_at_ms; /**< true when last_event_at_ms is set */
    /**
     * When it happened, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     */
    int64_t last_event_at_ms;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_snapshot_member_free(sockudo_presence_snapshot_member *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_snapshot_member_free(). */
APIC_EXPORT int sockudo_presence_snapshot_member_from_json(const char *json, size_t len,
                                                           sockudo_presence_snapshot_member **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_snapshot_member_to_json(const sockudo_presence_snapshot_member *obj, char **out,
                                                         apic_error *err);
/** Descriptor of sockudo_presence_snapshot_member for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_snapshot_member_desc;

/**
 * PresenceSnapshot
 * A presence channel's membership reconstructed from its history.
 */
struct sockudo_presence_snapshot {
    /**
     * The channel.
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel;
    /**
     * The members at that point.
     * Required.
     */
    sockudo_presence_snapshot_member_array members;
    /**
     * How many.
     * Format: int32. Minimum: 0. Example: `1`.
     * Required.
     */
    int32_t member_count;
    bool has_events_replayed; /**< true when events_replayed is set */
    /**
     * Transitions replayed to reconstruct it.
     * Format: int64. Minimum: 0. Example: `7`.
     */
    int64_t events_replayed;
    bool has_snapshot_serial; /**< true when snapshot_serial is set */
    /**
     * The serial the snapshot stands at.
     * Format: int64. Example: `7`.
     */
    int64_t snapshot_serial;
    bool snapshot_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_snapshot_time_ms; /**< true when snapshot_time_ms is set */
    /**
     * The time the snapshot stands at, in Unix milliseconds.
     * Format: int64. Example: `1767229200000`.
     */
    int64_t snapshot_time_ms;
    bool snapshot_time_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /** What the presence channel's history retains, and whether this page is complete. */
    sockudo_presence_continuity *continuity;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_snapshot_free(sockudo_presence_snapshot *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_presence_snapshot_free(). */
APIC_EXPORT int sockudo_presence_snapshot_from_json(const char *json, size_t len, sockudo_presence_snapshot **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_presence_snapshot_to_json(const sockudo_presence_snapshot *obj, char **out, apic_error *err);
/** Descriptor of sockudo_presence_snapshot for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_presence_snapshot_desc;

/**
 * VersionMetadata
 * Who made a version, when and why.
 */
struct sockudo_version_metadata {
    /**
     * The version's serial.
     * Example: `"00000000000000000002:test:00000000000000000001"`.
     * Required.
     */
    char *serial;
    /**
     * The client that made it, when a connection acted.
     * Example: `"user-1"`.
     */
    char *client_id;
    bool client_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_timestamp_ms; /**< true when timestamp_ms is set */
    /**
     * When, in Unix milliseconds.
     * Format: int64. Example: `1767229260000`.
     */
    int64_t timestamp_ms;
    bool timestamp_ms_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Why, as the mutation described it.
     * Example: `"user edit"`.
     */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_metadata; /**< true when metadata is set */
    /** The mutation's metadata. */
    apic_string_map metadata;
    bool metadata_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_version_metadata_free(sockudo_version_metadata *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_version_metadata_free(). */
APIC_EXPORT int sockudo_version_metadata_from_json(const char *json, size_t len, sockudo_version_metadata **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_version_metadata_to_json(const sockudo_version_metadata *obj, char **out, apic_error *err);
/** Descriptor of sockudo_version_metadata for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_version_metadata_desc;

/**
 * VersionedMessage
 * A version of a versioned message as subscribers receive it.
 */
struct sockudo_versioned_message {
    /**
     * The Protocol V2 event of the version, e.g. `sockudo:message.update`.
     * Example: `"sockudo:message.update"`.
     */
    char *event;
    /**
     * The channel.
     * Example: `"chat"`.
     */
    char *channel;
    /**
     * The message's event name.
     * Example: `"chat.message"`.
     */
    char *name;
    bool name_is_null; /**< true to send (or when the server sent) JSON null */
    /** The message's data (any JSON; for an append in a version list, the appended fragment). */
    char *data;
    bool has_extras; /**< true when extras is set */
    /**
     * The message's extras (headers, push, ephemeral), as published.
     * Example: `null`.
     */
    apic_json_map extras;
    bool extras_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_serial; /**< true when serial is set */
    /**
     * The delivery serial of the version.
     * Format: int64. Example: `34`.
     */
    int64_t serial;
    bool serial_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * What a version of a versioned message did.
     * Example: `"update"`.
     * Required.
     */
    sockudo_message_action_val action;
    /**
     * The message's serial.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
    bool has_history_serial; /**< true when history_serial is set */
    /**
     * Its position in the channel's history.
     * Format: int64. Example: `12`.
     */
    int64_t history_serial;
    bool history_serial_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_delivery_serial; /**< true when delivery_serial is set */
    /**
     * Its position in the channel's delivery stream.
     * Format: int64. Example: `34`.
     */
    int64_t delivery_serial;
    bool delivery_serial_is_null; /**< true to send (or when the server sent) JSON null */
    /** Who made a version, when and why. */
    sockudo_version_metadata *version;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_versioned_message_free(sockudo_versioned_message *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_versioned_message_free(). */
APIC_EXPORT int sockudo_versioned_message_from_json(const char *json, size_t len, sockudo_versioned_message **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_versioned_message_to_json(const sockudo_versioned_message *obj, char **out, apic_error *err);
/** Descriptor of sockudo_versioned_message for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_versioned_message_desc;

/**
 * MessageResult
 * The latest visible version of a message.
 */
struct sockudo_message_result {
    /**
     * The channel.
     * Example: `"chat"`.
     * Required.
     */
    char *channel;
    /**
     * A version of a versioned message as subscribers receive it.
     * Required.
     */
    sockudo_versioned_message *item;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_message_result_free(sockudo_message_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_message_result_free(). */
APIC_EXPORT int sockudo_message_result_from_json(const char *json, size_t len, sockudo_message_result **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_message_result_to_json(const sockudo_message_result *obj, char **out, apic_error *err);
/** Descriptor of sockudo_message_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_message_result_desc;

/**
 * MessageVersions
 * One page of a message's versions.
 */
struct sockudo_message_versions {
    /**
     * The channel.
     * Example: `"chat"`.
     * Required.
     */
    char *channel;
    bool has_direction; /**< true when direction is set */
    /**
     * The order of a page.
     * Example: `"newest_first"`.
     */
    sockudo_direction_val direction;
    bool has_limit; /**< true when limit is set */
    /**
     * The page size used.
     * Format: int32. Minimum: 1. Example: `20`.
     */
    int32_t limit;
    /**
     * Whether another page follows.
     * Example: `false`.
     * Required.
     */
    bool has_more;
    /**
     * The cursor of the next page, null on the last page.
     * Example: `null`.
     */
    char *next_cursor;
    bool next_cursor_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * The versions, in the page's direction.
     * Required.
     */
    sockudo_versioned_message_array items;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_message_versions_free(sockudo_message_versions *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_message_versions_free(). */
APIC_EXPORT int sockudo_message_versions_from_json(const char *json, size_t len, sockudo_message_versions **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_message_versions_to_json(const sockudo_message_versions *obj, char **out, apic_error *err);
/** Descriptor of sockudo_message_versions for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_message_versions_desc;

/**
 * MessageUpdate
 * An update of a versioned message.
 */
struct sockudo_message_update {
    /**
     * Members to set in the message's data (a shallow mixin).
     * Required.
     */
    apic_json_map data;
    /**
     * Why, recorded with the version.
     * Maximum length: 1000. Example: `"user edit"`.
     */
    char *description;
    /**
     * Makes the mutation idempotent (a retry with the same op_id returns the first answer).
     * Minimum length: 1. Maximum length: 255. Example: `"edit-msg-1-v2"`.
     */
    char *op_id;
    /**
     * The client the version is attributed to; with socket_id, must be that connection's user.
     * Maximum length: 200. Example: `"user-1"`.
     */
    char *client_id;
    /**
     * A connection's socket id, `<digits>.<digits>`.
     * Maximum length: 64. Pattern: `^\d+\.\d+$`. Example: `"1234.5678"`.
     */
    char *socket_id;
    bool has_metadata; /**< true when metadata is set */
    /** Metadata recorded with the version. */
    apic_string_map metadata;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_message_update_free(sockudo_message_update *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_message_update_free(). */
APIC_EXPORT int sockudo_message_update_from_json(const char *json, size_t len, sockudo_message_update **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_message_update_to_json(const sockudo_message_update *obj, char **out, apic_error *err);
/** Descriptor of sockudo_message_update for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_message_update_desc;

/**
 * MessageAppend
 * Text appended to a versioned message's string data.
 */
struct sockudo_message_append {
    /**
     * The text to append; not empty.
     * Minimum length: 1. Maximum length: 10240. Example: `" and more tokens"`.
     * Required.
     */
    char *data;
    /**
     * Why, recorded with the version.
     * Maximum length: 1000. Example: `"stream chunk"`.
     */
    char *description;
    /**
     * Makes the mutation idempotent.
     * Minimum length: 1. Maximum length: 255. Example: `"append-msg-1-17"`.
     */
    char *op_id;
    /**
     * The client the version is attributed to.
     * Maximum length: 200. Example: `"assistant"`.
     */
    char *client_id;
    /**
     * A connection's socket id, `<digits>.<digits>`.
     * Maximum length: 64. Pattern: `^\d+\.\d+$`. Example: `"1234.5678"`.
     */
    char *socket_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_message_append_free(sockudo_message_append *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_message_append_free(). */
APIC_EXPORT int sockudo_message_append_from_json(const char *json, size_t len, sockudo_message_append **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_message_append_to_json(const sockudo_message_append *obj, char **out, apic_error *err);
/** Descriptor of sockudo_message_append for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_message_append_desc;

/**
 * MessageDelete
 * A soft delete of a versioned message.
 */
struct sockudo_message_delete {
    /**
     * Why, recorded with the version.
     * Maximum length: 1000. Example: `"removed by moderator"`.
     */
    char *description;
    /**
     * Makes the mutation idempotent.
     * Minimum length: 1. Maximum length: 255. Example: `"delete-msg-1"`.
     */
    char *op_id;
    /**
     * The client the version is attributed to.
     * Maximum length: 200. Example: `"moderator-7"`.
     */
    char *client_id;
    /**
     * A connection's socket id, `<digits>.<digits>`.
     * Maximum length: 64. Pattern: `^\d+\.\d+$`. Example: `"1234.5678"`.
     */
    char *socket_id;
    bool has_metadata; /**< true when metadata is set */
    /** Metadata recorded with the version. */
    apic_string_map metadata;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_message_delete_free(sockudo_message_delete *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_message_delete_free(). */
APIC_EXPORT int sockudo_message_delete_from_json(const char *json, size_t len, sockudo_message_delete **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_message_delete_to_json(const sockudo_message_delete *obj, char **out, apic_error *err);
/** Descriptor of sockudo_message_delete for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_message_delete_desc;

/**
 * MutationResult
 * The outcome of an update, append or delete, with the serials SDKs order and retry by.
 */
struct sockudo_mutation_result {
    /**
     * The channel.
     * Example: `"chat"`.
     * Required.
     */
    char *channel;
    /**
     * The message's serial.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
    /**
     * What a version of a versioned message did.
     * Example: `"update"`.
     * Required.
     */
    sockudo_message_action_val action;
    /**
     * Whether the mutation was applied (or had been, for a retried op_id).
     * Example: `true`.
     * Required.
     */
    bool accepted;
    /**
     * The serial of the version it stored.
     * Example: `"00000000000000000002:test:00000000000000000001"`.
     */
    char *version_serial;
    bool has_history_serial; /**< true when history_serial is set */
    /**
     * Its position in the channel's history.
     * Format: int64. Minimum: 0. Example: `12`.
     */
    int64_t history_serial;
    bool has_delivery_serial; /**< true when delivery_serial is set */
    /**
     * Its position in the channel's delivery stream.
     * Format: int64. Minimum: 0. Example: `34`.
     */
    int64_t delivery_serial;
    /**
     * `applied`, or `duplicate` when the op_id was applied before.
     * Example: `"applied"`.
     */
    char *status;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_mutation_result_free(sockudo_mutation_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_mutation_result_free(). */
APIC_EXPORT int sockudo_mutation_result_from_json(const char *json, size_t len, sockudo_mutation_result **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_mutation_result_to_json(const sockudo_mutation_result *obj, char **out, apic_error *err);
/** Descriptor of sockudo_mutation_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_mutation_result_desc;

/**
 * AnnotationRequest
 * An annotation to publish on a message.
 */
struct sockudo_annotation_request {
    /**
     * The annotation's type, which says how summaries count it, e.g. `reactions:distinct.v1`.
     * Minimum length: 1. Maximum length: 200. Example: `"reactions:distinct.v1"`.
     * Required.
     */
    char *type;
    /**
     * Its logical name (the reaction, say).
     * Maximum length: 200. Example: `"like"`.
     */
    char *name;
    /**
     * The user or client it comes from.
     * Maximum length: 200. Example: `"user-1"`.
     */
    char *client_id;
    /**
     * A connection's socket id, `<digits>.<digits>`.
     * Maximum length: 64. Pattern: `^\d+\.\d+$`. Example: `"1234.5678"`.
     */
    char *socket_id;
    bool has_count; /**< true when count is set */
    /**
     * A count, for types that sum.
     * Format: int32. Minimum: 0. Example: `1`.
     */
    int32_t count;
    /** Any JSON payload. */
    char *data;
    /**
     * How data is encoded, when it is not plain JSON.
     * Maximum length: 100. Example: `"utf-8"`.
     */
    char *encoding;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_annotation_request_free(sockudo_annotation_request *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_annotation_request_free(). */
APIC_EXPORT int sockudo_annotation_request_from_json(const char *json, size_t len, sockudo_annotation_request **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_annotation_request_to_json(const sockudo_annotation_request *obj, char **out, apic_error *err);
/** Descriptor of sockudo_annotation_request for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_annotation_request_desc;

/**
 * AnnotationResult
 * The annotation event a publication or a delete produced.
 */
struct sockudo_annotation_result {
    /**
     * The channel.
     * Example: `"chat"`.
     * Required.
     */
    char *channel;
    /**
     * The annotated message.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
    /**
     * The annotation's serial (delete it by this).
     * Example: `"ann_00000000000000000007"`.
     * Required.
     */
    char *annotation_serial;
    /**
     * `annotation.create` or `annotation.delete`.
     * Example: `"annotation.create"`.
     * Required.
     */
    sockudo_annotation_result_action_val action;
    /**
     * The annotation's type.
     * Example: `"reactions:distinct.v1"`.
     */
    char *type;
    /**
     * Its name.
     * Example: `"like"`.
     */
    char *name;
    bool name_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Who it comes from.
     * Example: `"user-1"`.
     */
    char *client_id;
    bool client_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_accepted; /**< true when accepted is set */
    /**
     * Whether it was published.
     * Example: `true`.
     */
    bool accepted;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_annotation_result_free(sockudo_annotation_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_annotation_result_free(). */
APIC_EXPORT int sockudo_annotation_result_from_json(const char *json, size_t len, sockudo_annotation_result **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_annotation_result_to_json(const sockudo_annotation_result *obj, char **out, apic_error *err);
/** Descriptor of sockudo_annotation_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_annotation_result_desc;

/**
 * Annotation
 * An annotation event of a message.
 */
struct sockudo_annotation {
    /**
     * The annotation's serial.
     * Example: `"ann_00000000000000000007"`.
     * Required.
     */
    char *annotation_serial;
    /**
     * `annotation.create` or `annotation.delete`.
     * Example: `"annotation.create"`.
     * Required.
     */
    sockudo_annotation_action_val action;
    /**
     * The annotation's type.
     * Example: `"reactions:distinct.v1"`.
     * Required.
     */
    char *type;
    /**
     * Its name.
     * Example: `"like"`.
     */
    char *name;
    bool name_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Who it comes from.
     * Example: `"user-1"`.
     */
    char *client_id;
    bool client_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_count; /**< true when count is set */
    /**
     * Its count.
     * Format: int32. Example: `1`.
     */
    int32_t count;
    bool count_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Its payload, any JSON.
     * Example: `null`.
     */
    char *data;
    bool has_timestamp_ms; /**< true when timestamp_ms is set */
    /**
     * When it was published, in Unix milliseconds.
     * Format: int64. Example: `1767229300000`.
     */
    int64_t timestamp_ms;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_annotation_free(sockudo_annotation *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_annotation_free(). */
APIC_EXPORT int sockudo_annotation_from_json(const char *json, size_t len, sockudo_annotation **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_annotation_to_json(const sockudo_annotation *obj, char **out, apic_error *err);
/** Descriptor of sockudo_annotation for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_annotation_desc;

/**
 * AnnotationList
 * A message's annotation events, oldest first.
 */
struct sockudo_annotation_list {
    /**
     * The channel.
     * Example: `"chat"`.
     * Required.
     */
    char *channel;
    /**
     * The annotated message.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
    /**
     * The events.
     * Required.
     */
    sockudo_annotation_array items;
    bool has_has_more; /**< true when has_more is set */
    /**
     * Whether more events follow (ask again with from_serial set to the last one's serial).
     * Example: `false`.
     */
    bool has_more;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_annotation_list_free(sockudo_annotation_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_annotation_list_free(). */
APIC_EXPORT int sockudo_annotation_list_from_json(const char *json, size_t len, sockudo_annotation_list **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_annotation_list_to_json(const sockudo_annotation_list *obj, char **out, apic_error *err);
/** Descriptor of sockudo_annotation_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_annotation_list_desc;

/**
 * ChannelEvent
 * One event of a webhook batch; which members it has depends on its name.
 */
struct sockudo_channel_event {
    /**
     * What happened: a channel became occupied or vacated, a presence member was added or removed, a
     * client published an event, or a cache channel had nothing cached.
     * Example: `"channel_occupied"`.
     * Required.
     */
    sockudo_channel_event_name_val name;
    /**
     * The channel it happened on.
     * Example: `"orders"`.
     */
    char *channel;
    /**
     * For a client event, its name (it starts with `client-`).
     * Example: `"client-typing"`.
     */
    char *event;
    /**
     * For a client event, its data as the client sent it (for an encrypted channel, the ciphertext's
     * JSON).
     * Example: `"{\"typing\":true}"`.
     */
    char *data;
    /**
     * For a client event, the connection that sent it.
     * Example: `"1234.5678"`.
     */
    char *socket_id;
    /**
     * For a presence event, the member; for a client event on a presence channel, its sender.
     * Example: `"user-1"`.
     */
    char *user_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_channel_event_free(sockudo_channel_event *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_channel_event_free(). */
APIC_EXPORT int sockudo_channel_event_from_json(const char *json, size_t len, sockudo_channel_event **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_channel_event_to_json(const sockudo_channel_event *obj, char **out, apic_error *err);
/** Descriptor of sockudo_channel_event for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_channel_event_desc;

/**
 * WebhookBatch
 * A batch of events Sockudo posts to an app's webhook URL (Pusher's webhook format).
 */
struct sockudo_webhook_batch {
    /**
     * When the batch was sent, in Unix milliseconds; refuse a batch more than 5 minutes away.
     * Format: int64. Example: `1767225600000`.
     * Required.
     */
    int64_t time_ms;
    /**
     * The events, in the order they happened.
     * Required.
     */
    sockudo_channel_event_array events;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_webhook_batch_free(sockudo_webhook_batch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with sockudo_webhook_batch_free(). */
APIC_EXPORT int sockudo_webhook_batch_from_json(const char *json, size_t len, sockudo_webhook_batch **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int sockudo_webhook_batch_to_json(const sockudo_webhook_batch *obj, char **out, apic_error *err);
/** Descriptor of sockudo_webhook_batch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc sockudo_webhook_batch_desc;


/** Frees a apic_json_map returned by the SDK and everything it owns. NULL is a no-op. */
APIC_EXPORT void sockudo_json_map_free(apic_json_map *value);

#ifdef __cplusplus
}
#endif
#endif
