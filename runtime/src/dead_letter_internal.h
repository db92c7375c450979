/* The client's dead-letter sink: a copy of its configuration and the lock its file is
 * written under. */
#ifndef APIC_DEAD_LETTER_INTERNAL_H
#define APIC_DEAD_LETTER_INTERNAL_H

#include <pthread.h>

#include "apic/apic.h"
#include "request.h"

typedef struct apic_dead_letter_sink {
    apic_dead_letter cfg; /* path owned */
    pthread_mutex_t lock; /* one record at a time, and rotation, within the process */
} apic_dead_letter_sink;

/* Checks and copies cfg; the file is created (mode 0600) now, so a bad path is a config error. */
int apic_dead_letter_sink_new(const apic_dead_letter *cfg, apic_dead_letter_sink **out, apic_error *err);
void apic_dead_letter_sink_free(apic_dead_letter_sink *s);

/* Writes all n bytes (retrying short and interrupted writes); 0, or -1 with errno set. */
int apic_write_all(int fd, const char *p, size_t n);

/* Writes one record to the sink's file and callback. Returns 0, or a status with why set. */
int apic_dead_letter_write(apic_dead_letter_sink *s, const apic_dead_letter_record *r, apic_error *why);

/* Records a call that failed for good, when the sink takes it (events always, other requests
 * with all_requests). A record that cannot be written is added to err's message. */
void apic_dead_letter_call(apic_dead_letter_sink *s, const apic_operation *op, const apic_request *o, bool is_event,
                           const char *first_attempt_at, apic_error *err);

#endif
