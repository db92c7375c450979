/* The client's dead-letter sink: a copy of its configuration and the lock its file is written
 * under; how a record becomes a line. Records made from requests: dead_letter_request.h. */
#ifndef APIC_DELIVERY_DEAD_LETTER_INTERNAL_H
#define APIC_DELIVERY_DEAD_LETTER_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>

#include "apic/buf.h"
#include "apic/dead_letter.h"
#include "apic/error.h"

typedef struct apic_dead_letter_sink {
    apic_dead_letter cfg; /* path owned */
    char *base_url;       /* of the client: every record names it, so a replay can send it elsewhere */
    /* Within the process: one record at a time, rotation, and a replay's reads and rewrite of
     * the file. Taken around fork() (dead_letter_fork.c). */
    pthread_mutex_t lock;
    /* A replay of the file is running (under lock): records are still appended, but the file
     * is not rotated, so that the replay finds them at the end of the file it read. */
    bool replaying;
    pthread_cond_t replay_done; /* a second replay of the file waits for the first */
    struct apic_dead_letter_sink *live_prev, *live_next; /* every sink, for the fork handlers */
} apic_dead_letter_sink;

/* Checks and copies cfg; the file is created (mode 0600) now, so a bad path is a config error.
 * base_url is the client's (copied). */
int apic_dead_letter_sink_new(const apic_dead_letter *cfg, const char *base_url, apic_dead_letter_sink **out,
                              apic_error *err);
void apic_dead_letter_sink_free(apic_dead_letter_sink *s);

/* The sink's lock around fork(): sinks are tracked from creation to free. */
void apic_dead_letter_fork_track(apic_dead_letter_sink *s);
void apic_dead_letter_fork_untrack(apic_dead_letter_sink *s);

/* Appends r as one JSON line (see apic/dead_letter.h) to out. Returns 0 or APIC_E_NOMEM. */
int apic_dead_letter_encode(const apic_dead_letter_record *r, const char *recorded_at, apic_buf *out);

/* Writes one record to the sink's file and callback. Returns 0, or a status with why set. */
int apic_dead_letter_write(apic_dead_letter_sink *s, const apic_dead_letter_record *r, apic_error *why);

#endif
