/* apic_dead_letter_replay(): a dead-letter replay (delivery/replay.h) whose registry's events go
 * to the client's events endpoint through the registry's ingest operation, as replays always
 * sent them; every other record is sent as it was recorded. */
#include <stddef.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/events.h"
#include "delivery/call_internal.h"
#include "delivery/client_internal.h"
#include "delivery/replay.h"
#include "http/outgoing.h"

/* The source an envelope names, for the registry's source header. */
typedef struct envelope_source {
    char *source;
} envelope_source;

static const apic_field source_fields[] = {
    {"source", 6, 0, offsetof(envelope_source, source), -1, -1, &apic_type_string},
};
static const apic_struct_desc source_desc = {"EnvelopeSource", sizeof(envelope_source), source_fields, 1, -1, -1, NULL};
static const apic_type source_type = {APIC_OBJECT, APIC_FMT_NONE, &source_desc, NULL, NULL};

/* Whether rec is one of r's events: recorded by its ingest operation, or an event record from
 * before records named everything a resend needs. */
static bool registry_event(const apic_event_registry *r, const apic_replayed *rec)
{
    if (rec->kind == NULL || strcmp(rec->kind, "event") != 0 || rec->body == NULL) return false;
    return rec->format < 2 || (rec->operation != NULL && strcmp(rec->operation, apic_op_name(r->ingest)) == 0);
}

static int resend_event(void *ctx, apic_client *c, const apic_replayed *rec)
{
    const apic_event_registry *r = ctx;
    if (!registry_event(r, rec)) return -1;
    envelope_source src = {NULL};
    apic_json_decode(&source_type, rec->body, strlen(rec->body), &src, NULL);
    apic_header source = {r->source_header, src.source != NULL ? src.source : c->event_source};
    apic_request_options o = {c->events_url, &source, r->source_header != NULL ? 1 : 0, rec->body, strlen(rec->body),
                              NULL, 0, 0, rec->idempotency_key, true, APIC_CACHE_USE, NULL, NULL, 0};
    apic_error err = {0};
    int rc = apic_call_internal(c, r->ingest, NULL, NULL, &o, false, NULL, &err);
    apic_error_clear(&err);
    apic_value_clear(&source_type, &src);
    return rc == 0 ? 1 : 0;
}

int apic_dead_letter_replay(apic_client *client, const apic_event_registry *r, const char *path,
                            apic_replay_report *report, apic_error *err)
{
    if (report != NULL) memset(report, 0, sizeof *report);
    if (client == NULL || path == NULL || (r != NULL && r->ingest == NULL)) {
        return apic_error_set(err, APIC_E_ARG, "apic_dead_letter_replay: client and path are required (and a registry "
                              "given needs its ingest operation)");
    }
    return apic_dead_letter_replay_with(client, path, 0, r != NULL ? resend_event : NULL, (void *)r, report, err);
}
