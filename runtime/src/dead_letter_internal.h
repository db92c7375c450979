/* The client's dead-letter sink: a copy of its configuration and the lock its file is
 * written under; and how records are made from requests. */
#ifndef APIC_DEAD_LETTER_INTERNAL_H
#define APIC_DEAD_LETTER_INTERNAL_H

#include <pthread.h>

#include "apic/apic.h"
#include "request.h"

typedef struct apic_dead_letter_sink {
    apic_dead_letter cfg; /* path owned */
    /* Within the process: one record at a time, rotation, and a replay's reads and rewrite of
     * the file. Taken around fork() (dead_letter_fork.c). */
    pthread_mutex_t lock;
    /* A replay of the file is running (under lock): records are still appended, but the file
     * is not rotated, so that the replay finds them at the end of the file it read. */
    bool replaying;
    pthread_cond_t replay_done; /* a second replay of the file waits for the first */
    struct apic_dead_letter_sink *live_prev, *live_next; /* every sink, for the fork handlers */
} apic_dead_letter_sink;

/* Checks and copies cfg; the file is created (mode 0600) now, so a bad path is a config error. */
int apic_dead_letter_sink_new(const apic_dead_letter *cfg, apic_dead_letter_sink **out, apic_error *err);
void apic_dead_letter_sink_free(apic_dead_letter_sink *s);

/* The sink's lock around fork(): sinks are tracked from creation to free. */
void apic_dead_letter_fork_track(apic_dead_letter_sink *s);
void apic_dead_letter_fork_untrack(apic_dead_letter_sink *s);

/* Writes all n bytes (retrying short and interrupted writes); 0, or -1 with errno set. */
int apic_write_all(int fd, const char *p, size_t n);

/* Appends r as one JSON line (see apic/dead_letter.h) to out. Returns 0 or APIC_E_NOMEM. */
int apic_dead_letter_encode(const apic_dead_letter_record *r, const char *recorded_at, apic_buf *out);

/* Writes one record to the sink's file and callback. Returns 0, or a status with why set. */
int apic_dead_letter_write(apic_dead_letter_sink *s, const apic_dead_letter_record *r, apic_error *why);

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

/* What became of a record a replay read. */
typedef enum apic_resend_result {
    APIC_RESEND_UNREADABLE, /* not a record */
    APIC_RESEND_KEPT,       /* sent and failed again, or not replayable (see apic_dead_letter_replay()) */
    APIC_RESEND_DELIVERED
} apic_resend_result;

/* Sends the record on line (len bytes, without its line break) again: one of r's events (r may
 * be NULL) through r->ingest to the client's events endpoint, any other record as recorded.
 * Nothing it sends is dead-lettered again. */
apic_resend_result apic_dead_letter_resend(apic_client *c, const apic_event_registry *r, const char *line, size_t len);

/* Records a call that failed for good, when the sink takes it (events always, other requests
 * with all_requests). A record that cannot be written is added to err's message. */
void apic_dead_letter_call(apic_dead_letter_sink *s, const apic_operation *op, const apic_request *o, bool is_event,
                           const char *first_attempt_at, apic_error *err);

#endif
