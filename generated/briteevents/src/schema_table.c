/* BriteEvents: the tables of all data types (structs, unions). Generated; do not edit. */
#include "internal.h"

const apic_struct_desc *const briteevents_schemas[] = {
    &briteevents_event_desc,
    &briteevents_event_batch_desc,
    &briteevents_publish_receipt_desc,
    &briteevents_batch_receipt_desc,
    &briteevents_error_model_desc,
    &briteevents_policy_created_data_desc,
    &briteevents_policy_bound_data_desc,
    &briteevents_policy_updated_data_desc,
    &briteevents_policy_cancelled_data_desc,
    &briteevents_policy_holder_created_data_desc,
    &briteevents_policy_holder_updated_data_desc,
    &briteevents_claim_opened_data_desc,
    &briteevents_claim_closed_data_desc,
    &briteevents_payment_received_data_desc,
    &briteevents_payment_refunded_data_desc,
};
const size_t briteevents_schema_count = 15;

const apic_union_desc *const briteevents_unions[] = {
    NULL
};
const size_t briteevents_union_count = 0;
