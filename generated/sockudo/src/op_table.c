/* Sockudo: the table of all operations. Generated; do not edit. */
#include "internal.h"

const apic_operation *const sockudo_operations[] = {
    &sockudo_events_trigger_op,
    &sockudo_events_trigger_batch_op,
    &sockudo_channels_list_op,
    &sockudo_channels_get_op,
    &sockudo_presence_list_users_op,
    &sockudo_users_terminate_connections_op,
    &sockudo_users_force_reconnect_op,
    &sockudo_history_list_op,
    &sockudo_history_get_state_op,
    &sockudo_history_reset_op,
    &sockudo_history_purge_op,
    &sockudo_presence_list_history_op,
    &sockudo_presence_get_history_state_op,
    &sockudo_presence_reset_history_op,
    &sockudo_presence_get_snapshot_op,
    &sockudo_messages_get_op,
    &sockudo_messages_list_versions_op,
    &sockudo_messages_update_op,
    &sockudo_messages_append_op,
    &sockudo_messages_delete_op,
    &sockudo_annotations_list_op,
    &sockudo_annotations_publish_op,
    &sockudo_annotations_delete_op,
};
const size_t sockudo_operation_count = 23;
