/* apic_call_with() for the runtime's own use. */
#ifndef APIC_CALL_INTERNAL_H
#define APIC_CALL_INTERNAL_H

#include <stdbool.h>

#include "apic/client.h"

/* With may_dead_letter false a failure is not recorded: a replay of the dead-letter file must
 * not append to the file it is rewriting. */
int apic_call_internal(apic_client *client, const apic_operation *op, const void *params, const void *body,
                       const apic_request_options *opts, bool may_dead_letter, void **out, apic_error *err);

#endif
