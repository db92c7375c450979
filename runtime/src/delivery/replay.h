/* Replaying a dead-letter file: every record sent again, the file rewritten with those that
 * still fail. Records are sent as they were recorded unless a hook sends them its own way:
 * the events layer's apic_dead_letter_replay() sends its registry's events to the events
 * endpoint through one (events/event_replay.c), so this layer knows nothing of registries. */
#ifndef APIC_DELIVERY_REPLAY_H
#define APIC_DELIVERY_REPLAY_H

#include <stddef.h>

#include "apic/client.h"
#include "apic/dead_letter.h"

/* The members of a record a hook decides on; borrowed for the hook's call. */
typedef struct apic_replayed {
    const char *kind;      /* "event" or "request" */
    int format;            /* 0: a record from before the format was written (format 1) */
    const char *operation; /* NULL when not recorded */
    const char *body;      /* raw JSON exactly as sent, or NULL */
    const char *idempotency_key;
} apic_replayed;

/* Sends rec its own way: 1 when delivered, 0 when it failed again (the record is kept), -1 when
 * the record is not the hook's (it is then sent as recorded). Nothing it sends may be
 * dead-lettered again (apic_call_internal() with may_dead_letter false). */
typedef int (*apic_replay_hook)(void *ctx, apic_client *c, const apic_replayed *rec);

/* What became of a record a replay read. */
typedef enum apic_resend_result {
    APIC_RESEND_UNREADABLE, /* not a record */
    APIC_RESEND_KEPT,       /* sent and failed again, or not replayable (see apic_dead_letter_replay()) */
    APIC_RESEND_DELIVERED
} apic_resend_result;

/* Sends the record on line (len bytes, without its line break) again: through hook (may be
 * NULL) when it takes it, else as recorded (flags: APIC_REPLAY_*). Nothing it sends is
 * dead-lettered again. */
apic_resend_result apic_dead_letter_resend(apic_client *c, unsigned flags, apic_replay_hook hook, void *ctx,
                                           const char *line, size_t len);

/* Replays the file at path (see apic_dead_letter_replay() in apic/events.h), each record through
 * apic_dead_letter_resend() with flags, hook and ctx. */
int apic_dead_letter_replay_with(apic_client *client, const char *path, unsigned flags, apic_replay_hook hook,
                                 void *ctx, apic_replay_report *report, apic_error *err);

#endif
