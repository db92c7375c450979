/* apic_call_with() for the runtime's own use. */
#ifndef APIC_DELIVERY_CALL_INTERNAL_H
#define APIC_DELIVERY_CALL_INTERNAL_H

#include <stdbool.h>

#include "apic/client.h"

/* Waits of the retry loop made on this thread go through wait() when it is set, instead of
 * sleeping: a thread that must stop promptly (a queue's delivery thread, when its queue
 * closes) can cut them short. wait() returns false to give up: the call fails with the error
 * of its last attempt. */
typedef struct apic_retry_waiter {
    bool (*wait)(void *ctx, long ms);
    void *ctx;
} apic_retry_waiter;
extern _Thread_local apic_retry_waiter apic_thread_retry_waiter;

/* With may_dead_letter false a failure is not recorded: a replay of the dead-letter file must
 * not append to the file it is rewriting. */
int apic_call_internal(apic_client *client, const apic_operation *op, const void *params, const void *body,
                       const apic_request_options *opts, bool may_dead_letter, void **out, apic_error *err);

#endif
