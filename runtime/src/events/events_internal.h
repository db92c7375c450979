/* What sending an event now (events.c) and queueing it (events_queue.c) share. */
#ifndef APIC_EVENTS_EVENTS_INTERNAL_H
#define APIC_EVENTS_EVENTS_INTERNAL_H

#include "apic/events.h"

/* One event: a typed value (type, data) or JSON text under a name (name, json, len). */
typedef struct outgoing_event {
    int type;
    const void *data;
    const char *name;
    const char *json;
    size_t len;
} outgoing_event;

/* The caller's options completed into *o (the client's source; a new id, written in uuid,
 * when none is given) and the event validated and encoded, its envelope appended to env. */
int apic_event_prepare(const apic_client *client, const apic_event_registry *r, const outgoing_event *ev,
                       const apic_event_identity *identity, const apic_event_options *opts, apic_event_options *o,
                       char uuid[37], apic_buf *env, apic_error *err);

#endif
