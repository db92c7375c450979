/* Topics: lookups by entity and action, events wrapped around checked data, handed to a session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/events.h"
#include "apic/topics.h"
#include "apic/validate.h"

/* Orders (entity, action) pairs as the generator sorts the index: entity first, then action. */
static int compare(const char *entity, const char *action, const apic_topic_def *d)
{
    int c = strcmp(entity, d->entity);
    return c != 0 ? c : strcmp(action, d->action);
}

int apic_topic_lookup(const apic_topic_registry *r, const char *entity, const char *action)
{
    if (r == NULL || entity == NULL || action == NULL) return 0;
    size_t lo = 0, hi = r->n_defs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        unsigned short i = r->by_name[mid];
        int c = compare(entity, action, &r->defs[i]);
        if (c == 0) return (int)i + 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

static int put_text(apic_buf *out, const char *key, const char *value)
{
    int rc = apic_buf_printf(out, ",\"%s\":", key);
    return rc == 0 ? apic_json_write_string(out, value, strlen(value)) : rc;
}

/* The event around encoded data; id is its UUID. */
static int wrap(const apic_topic_def *d, const char *id, const apic_buf *data, apic_buf *out)
{
    char now[25];
    apic_now_rfc3339(now);
    size_t start = out->len;
    int rc = apic_buf_puts(out, "{\"id\":");
    if (rc == 0) rc = apic_json_write_string(out, id, strlen(id));
    if (rc == 0) rc = put_text(out, "category", d->category);
    if (rc == 0) rc = put_text(out, "entity", d->entity);
    if (rc == 0) rc = put_text(out, "action", d->action);
    if (rc == 0) rc = put_text(out, "occurred_at", now);
    if (rc == 0) rc = apic_buf_puts(out, ",\"data\":");
    if (rc == 0) rc = apic_buf_append(out, data->data, data->len);
    if (rc == 0) rc = apic_buf_putc(out, '}');
    if (rc != 0) {
        out->len = start;
        if (out->data != NULL) out->data[start] = '\0';
    }
    return rc;
}

/* Checks and encodes data, and wraps it under the id. */
static int encode(const apic_topic_def *d, const char *id, const void *data, apic_buf *out, apic_error *err)
{
    if (data == NULL) return apic_error_set(err, APIC_E_ARG, "%s %s: data must not be NULL", d->entity, d->action);
    int rc = apic_validate(d->data, data, "data", err);
    if (rc != 0) return rc;
    apic_buf json = {0};
    rc = apic_json_encode(d->data, data, &json, APIC_ENC_REQUEST, err);
    if (rc == 0 && wrap(d, id, &json, out) != 0) rc = apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", d->entity, d->action);
    apic_buf_free(&json);
    return rc;
}

static const apic_topic_def *def_of(const apic_topic_registry *r, int topic)
{
    return r != NULL && topic >= 1 && (size_t)topic <= r->n_defs ? &r->defs[topic - 1] : NULL;
}

int apic_topic_encode(const apic_topic_registry *r, int topic, const void *data, apic_buf *out, apic_error *err)
{
    const apic_topic_def *d = def_of(r, topic);
    if (d == NULL || out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_topic_encode: unknown topic %d", topic);
    char id[37];
    if (apic_uuid_v4(id) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s %s: no random bytes for the event id", d->entity, d->action);
    return encode(d, id, data, out, err);
}

int apic_topic_publish(apic_session *s, const apic_topic_registry *r, int topic, const void *data, apic_error *err)
{
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_error_clear(err);
    const apic_topic_def *d = def_of(r, topic);
    if (s == NULL || d == NULL) return apic_error_set(err, APIC_E_ARG, "apic_topic_publish: a session and a known topic are required");
    char id[37];
    if (apic_uuid_v4(id) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s %s: no random bytes for the event id", d->entity, d->action);
    apic_buf event = {0};
    int rc = encode(d, id, data, &event, err);
    if (rc == 0) rc = apic_session_add(s, event.data, event.len, id, err);
    apic_buf_free(&event);
    apic_error_clear(&scratch);
    return rc;
}

int apic_topic_publish_json(apic_session *s, const apic_topic_registry *r, const char *action, const char *entity,
                            const char *data_json, size_t len, apic_error *err)
{
    apic_error_clear(err);
    if (s == NULL || r == NULL || action == NULL || entity == NULL || data_json == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_topic_publish_json: session, registry, action, entity and data are required");
    }
    int topic = apic_topic_lookup(r, entity, action);
    if (topic == 0) {
        bool swapped = apic_topic_lookup(r, action, entity) != 0;
        return apic_error_set(err, APIC_E_VALIDATION, "no topic has entity '%.60s' and action '%.60s'%s; nothing was published",
                              entity, action, swapped ? " (the action and the entity look swapped)" : "");
    }
    const apic_topic_def *d = def_of(r, topic);
    void *data = NULL;
    apic_error derr = {0};
    int rc = apic_value_new_from_json(d->data, data_json, len, &data, &derr);
    if (rc != 0) {
        /* The codec's "$" is the data object here. */
        const char *why = derr.message[0] == '$' ? derr.message + 1 : derr.message;
        rc = rc == APIC_E_NOMEM ? apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", entity, action)
                                : apic_error_set(err, APIC_E_VALIDATION, "data%s", why);
        apic_error_clear(&derr);
        return rc;
    }
    rc = apic_topic_publish(s, r, topic, data, err);
    apic_value_free(d->data, data);
    return rc;
}
