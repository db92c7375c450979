/* Replaying a dead-letter file: every event record is sent again with its original
 * idempotency key; the file is rewritten (a new file renamed over the old one, so a crash
 * leaves either the old or the new file) with the records that still fail. */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apic/apic.h"
#include "call_internal.h"
#include "client_internal.h"
#include "dead_letter_internal.h"

/* The members of a record that a replay needs. */
typedef struct record {
    char *kind;
    char *idempotency_key;
    char *body; /* raw JSON: the envelope exactly as it was sent */
} record;

static const apic_field record_fields[] = {
    {"kind", 4, APIC_F_REQUIRED, offsetof(record, kind), -1, -1, &apic_type_string},
    {"idempotency_key", 15, 0, offsetof(record, idempotency_key), -1, -1, &apic_type_string},
    {"body", 4, 0, offsetof(record, body), -1, -1, &apic_type_any},
};
static const apic_struct_desc record_desc = {"DeadLetterRecord", sizeof(record), record_fields, 3, -1, -1, NULL};
static const apic_type record_type = {APIC_OBJECT, APIC_FMT_NONE, &record_desc, NULL, NULL};

/* The source an envelope names, for the registry's source header. */
typedef struct envelope_source {
    char *source;
} envelope_source;

static const apic_field source_fields[] = {
    {"source", 6, 0, offsetof(envelope_source, source), -1, -1, &apic_type_string},
};
static const apic_struct_desc source_desc = {"EnvelopeSource", sizeof(envelope_source), source_fields, 1, -1, -1, NULL};
static const apic_type source_type = {APIC_OBJECT, APIC_FMT_NONE, &source_desc, NULL, NULL};

static int read_file(const char *path, apic_buf *out, apic_error *err)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) return apic_error_set(err, APIC_E_ARG, "cannot read '%s': %s", path, strerror(errno));
    char chunk[8192];
    size_t n;
    int rc = 0;
    while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, f)) > 0) rc = apic_buf_append(out, chunk, n);
    if (rc == 0 && ferror(f)) rc = apic_error_set(err, APIC_E_TRANSPORT, "cannot read '%s'", path);
    fclose(f);
    if (rc == APIC_E_NOMEM) apic_error_set(err, rc, "out of memory reading '%s'", path);
    return rc;
}

/* Sends one event record again. true when the server accepted it. */
static bool resend(apic_client *c, const apic_event_registry *r, const record *rec)
{
    envelope_source src = {NULL};
    apic_json_decode(&source_type, rec->body, strlen(rec->body), &src, NULL);
    apic_header source = {r->source_header, src.source != NULL ? src.source : c->event_source};
    apic_request_options o = {c->events_url, &source, r->source_header != NULL ? 1 : 0, rec->body, strlen(rec->body),
                              NULL, 0, 0, rec->idempotency_key, true};
    apic_error err = {0};
    int rc = apic_call_internal(c, r->ingest, NULL, NULL, &o, false, NULL, &err);
    apic_error_clear(&err);
    apic_value_clear(&source_type, &src);
    return rc == 0;
}

/* Writes the kept lines to a new file beside path and renames it over path. */
static int rewrite(const char *path, const apic_buf *kept, apic_error *err)
{
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (tmp == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    snprintf(tmp, n, "%s.replay", path);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int rc = fd >= 0 ? apic_write_all(fd, kept->data, kept->len) : -1;
    if (rc == 0) rc = fsync(fd);
    if (fd >= 0 && close(fd) != 0) rc = -1;
    if (rc == 0) rc = rename(tmp, path);
    int saved = errno;
    if (rc != 0) unlink(tmp);
    free(tmp);
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_TRANSPORT, "cannot rewrite '%s': %s", path, strerror(saved));
}

int apic_dead_letter_replay(apic_client *client, const apic_event_registry *r, const char *path,
                            apic_replay_report *report, apic_error *err)
{
    apic_replay_report local = {0, 0, 0, 0, 0};
    if (report == NULL) report = &local;
    *report = local;
    if (client == NULL || r == NULL || r->ingest == NULL || path == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_dead_letter_replay: client, registry and path are required");
    }
    /* Within this process, nothing appends to the file while it is replayed. */
    pthread_mutex_t *lock = client->dead_letter != NULL && client->dead_letter->cfg.path != NULL &&
                                    strcmp(client->dead_letter->cfg.path, path) == 0
                                ? &client->dead_letter->lock
                                : NULL;
    if (lock != NULL) pthread_mutex_lock(lock);
    apic_buf text = {0}, kept = {0};
    int rc = read_file(path, &text, err);
    for (size_t at = 0; rc == 0 && at < text.len;) {
        char *line = text.data + at;
        char *nl = memchr(line, '\n', text.len - at);
        if (nl == NULL) { /* the last write never finished: the record is incomplete */
            report->torn++;
            break;
        }
        size_t len = (size_t)(nl - line) + 1;
        at += len;
        if (len == 1) continue;
        record rec = {NULL, NULL, NULL};
        bool parsed = apic_json_decode(&record_type, line, len - 1, &rec, NULL) == 0;
        bool is_event = parsed && strcmp(rec.kind, "event") == 0 && rec.body != NULL;
        if (parsed) report->read++;
        else report->unreadable++;
        if (is_event && resend(client, r, &rec)) {
            report->delivered++;
        } else {
            if (parsed) report->kept++;
            if (apic_buf_append(&kept, line, len) != 0) rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
        }
        apic_value_clear(&record_type, &rec);
    }
    if (rc == 0 && kept.len == 0 && kept.data == NULL && apic_buf_reserve(&kept, 0) != 0) {
        rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    if (rc == 0) rc = rewrite(path, &kept, err);
    if (lock != NULL) pthread_mutex_unlock(lock);
    apic_buf_free(&text);
    apic_buf_free(&kept);
    return rc;
}
