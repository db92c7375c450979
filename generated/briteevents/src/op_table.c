/* BriteEvents: the table of all operations. Generated; do not edit. */
#include "internal.h"

const apic_operation *const briteevents_operations[] = {
    &briteevents_events_publish_op,
    &briteevents_events_publish_batch_op,
};
const size_t briteevents_operation_count = 2;
