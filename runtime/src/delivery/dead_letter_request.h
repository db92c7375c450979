/* Dead-letter records made from requests, as the call loop, the queue and sessions record what
 * failed for good. */
#ifndef APIC_DELIVERY_DEAD_LETTER_REQUEST_H
#define APIC_DELIVERY_DEAD_LETTER_REQUEST_H

#include <stdbool.h>

#include "apic/client.h"
#include "delivery/dead_letter_internal.h"
#include "http/outgoing.h"

/* Writes to s the record of outcome (kind, attempts, status, error, times; failed_at NULL =
 * now) completed with the request members (operation, method, URL, Content-Type, Accept,
 * headers, security, idempotency key, body) of op and o as apic_request_prepare() built it,
 * before authentication: no credential is in it. */
int apic_dead_letter_write_request(apic_dead_letter_sink *s, const apic_dead_letter_record *outcome,
                                   const apic_operation *op, const apic_request *o, apic_error *why);

/* The same for a request that was not made as such (an event of a batch that failed): it is
 * built from opts as apic_call_with() would build it, then recorded in c's sink. */
int apic_dead_letter_write_call(apic_client *c, const apic_dead_letter_record *outcome, const apic_operation *op,
                                const apic_request_options *opts, apic_error *why);

/* Records a call that failed for good, when the sink takes it (events always, other requests
 * with all_requests). A record that cannot be written is added to err's message. */
void apic_dead_letter_call(apic_dead_letter_sink *s, const apic_operation *op, const apic_request *o, bool is_event,
                           const char *first_attempt_at, apic_error *err);

#endif
