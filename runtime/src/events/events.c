/* Events: registry lookups, envelopes (identity and data checked first) and sending them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/codec.h"
#include "apic/events.h"
#include "apic/validate.h"
#include "base/random.h"
#include "base/text.h"
#include "delivery/client_internal.h"
#include "events/events_internal.h"

int apic_event_lookup(const apic_event_registry *r, const char *name)
{
    if (r == NULL || name == NULL) return 0;
    size_t lo = 0, hi = r->n_defs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        unsigned short i = r->by_name[mid];
        int c = strcmp(name, r->defs[i].name);
        if (c == 0) return (int)i + 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

/* --- checks ---------------------------------------------------------------------------------- */

static bool present(const char *s)
{
    return s != NULL && *s != '\0';
}

/* `entity.action`: lower-case words of [a-z0-9_], dot separated, at least two. */
static bool type_name_ok(const char *s)
{
    int words = 0;
    while (*s != '\0') {
        if (!(*s >= 'a' && *s <= 'z')) return false;
        while ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_') s++;
        words++;
        if (*s == '.') {
            s++;
            if (*s == '\0') return false;
        } else if (*s != '\0') {
            return false;
        }
    }
    return words >= 2;
}

static int check_identity(const char *type, const apic_event_def *def, const apic_event_identity *id,
                          apic_error *err)
{
    static const apic_event_identity none = {NULL, NULL, NULL, NULL, NULL};
    if (id == NULL) id = &none;
    unsigned need = def != NULL ? def->identity : 0;
    if ((need & APIC_IDENTITY_CUSTOMER) && !present(id->customer_id) && !present(id->customer_email) &&
        !present(id->customer_phone)) {
        return apic_error_set(err, APIC_E_VALIDATION, "identity.customer: %s needs a customer id, email or phone", type);
    }
    static const struct {
        unsigned bit;
        size_t offset;
        const char *path;
    } keys[] = {
        {APIC_IDENTITY_CUSTOMER_ID, offsetof(apic_event_identity, customer_id), "identity.customer.id"},
        {APIC_IDENTITY_CUSTOMER_EMAIL, offsetof(apic_event_identity, customer_email), "identity.customer.email"},
        {APIC_IDENTITY_CUSTOMER_PHONE, offsetof(apic_event_identity, customer_phone), "identity.customer.phone"},
        {APIC_IDENTITY_ENTITY, offsetof(apic_event_identity, entity_id), "identity.entity.id"},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *v = *(const char *const *)((const char *)id + keys[i].offset);
        if ((need & keys[i].bit) && !present(v)) {
            return apic_error_set(err, APIC_E_VALIDATION, "%s: required by %s", keys[i].path, type);
        }
    }
    if (id->customer_email != NULL && !apic_format_check(APIC_FMT_EMAIL, id->customer_email)) {
        return apic_error_set(err, APIC_E_VALIDATION,
                              "identity.customer.email: not a valid email (the value is personal data, so it is not shown)");
    }
    if (id->customer_phone != NULL && !apic_format_check(APIC_FMT_PHONE, id->customer_phone)) {
        return apic_error_set(err, APIC_E_VALIDATION, "identity.customer.phone: not an E.164 number (the value is "
                              "personal data, so it is not shown)");
    }
    const char *entity_type = id->entity_type != NULL ? id->entity_type : def != NULL ? def->entity : NULL;
    if (present(id->entity_id) && !present(entity_type)) {
        return apic_error_set(err, APIC_E_VALIDATION, "identity.entity.type: needed with an entity id");
    }
    return 0;
}

/* --- the envelope ------------------------------------------------------------------------------ */

static int put_member(apic_buf *out, bool *first, const char *key, const char *value)
{
    if (value == NULL) return 0;
    int rc = apic_buf_puts(out, *first ? "\"" : ",\"");
    *first = false;
    if (rc == 0) rc = apic_buf_puts(out, key);
    if (rc == 0) rc = apic_buf_puts(out, "\":");
    if (rc == 0) rc = apic_json_write_string(out, value, strlen(value));
    return rc;
}

static int put_identity(apic_buf *out, const apic_event_identity *id, const char *entity_type)
{
    int rc = apic_buf_puts(out, ",\"identity\":{");
    bool first_group = true;
    if (rc == 0 && id != NULL && (id->customer_id || id->customer_email || id->customer_phone)) {
        bool first = true;
        rc = apic_buf_puts(out, "\"customer\":{");
        if (rc == 0) rc = put_member(out, &first, "id", id->customer_id);
        if (rc == 0) rc = put_member(out, &first, "email", id->customer_email);
        if (rc == 0) rc = put_member(out, &first, "phone", id->customer_phone);
        if (rc == 0) rc = apic_buf_putc(out, '}');
        first_group = false;
    }
    if (rc == 0 && id != NULL && id->entity_id != NULL) {
        bool first = true;
        rc = apic_buf_puts(out, first_group ? "\"entity\":{" : ",\"entity\":{");
        if (rc == 0) rc = put_member(out, &first, "id", id->entity_id);
        if (rc == 0) rc = put_member(out, &first, "type", entity_type);
        if (rc == 0) rc = apic_buf_putc(out, '}');
    }
    return rc == 0 ? apic_buf_putc(out, '}') : rc;
}

/* Writes the envelope around data_json (an encoded JSON object) and checks its size. */
static int envelope(const apic_event_registry *r, const char *type, const apic_event_def *def,
                    const apic_event_identity *id, const char *data_json, size_t data_len,
                    const apic_event_options *opts, apic_buf *out, apic_error *err)
{
    char uuid[37], now[25];
    const char *event_id = opts != NULL && opts->id != NULL ? opts->id : NULL;
    if (event_id == NULL) {
        if (apic_uuid_v4(uuid) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s: no random bytes for the event id", type);
        event_id = uuid;
    }
    const char *at = opts != NULL && opts->occurred_at != NULL ? opts->occurred_at : NULL;
    if (at == NULL) {
        apic_now_rfc3339(now);
        at = now;
    } else if (!apic_format_check(APIC_FMT_DATE_TIME, at)) {
        return apic_error_set(err, APIC_E_VALIDATION, "occurred_at: '%.40s' is not an RFC 3339 date-time", at);
    }
    const char *source = opts != NULL && opts->source != NULL ? opts->source : APIC_DEFAULT_EVENT_SOURCE;
    /* The id is the idempotency key too; the spec wants a UUID, which also keeps the header clean. */
    if (!apic_format_check(APIC_FMT_UUID, event_id)) {
        return apic_error_set(err, APIC_E_VALIDATION, "id: '%.40s' is not a UUID", event_id);
    }
    /* The source travels in a header too, where a line break would start a header of its own. */
    if (apic_has_control(source, false)) return apic_error_set(err, APIC_E_VALIDATION, "source: must not contain control characters");
    int version = opts != NULL && opts->schema_version > 0 ? opts->schema_version : def != NULL ? def->version : 1;
    const char *entity_type = id != NULL && id->entity_type != NULL ? id->entity_type : def != NULL ? def->entity : NULL;

    size_t start = out->len;
    bool first = true;
    int rc = apic_buf_putc(out, '{');
    if (rc == 0) rc = put_member(out, &first, "id", event_id);
    if (rc == 0) rc = put_member(out, &first, "type", type);
    if (rc == 0) rc = apic_buf_printf(out, ",\"schema_version\":%d", version);
    if (rc == 0) rc = put_member(out, &first, "occurred_at", at);
    if (rc == 0) rc = put_member(out, &first, "source", source);
    if (rc == 0) rc = put_identity(out, id, entity_type);
    if (rc == 0) rc = apic_buf_puts(out, ",\"data\":");
    if (rc == 0) rc = apic_buf_append(out, data_json, data_len);
    if (rc == 0) rc = apic_buf_putc(out, '}');
    size_t limit = r->max_event_bytes > 0 ? r->max_event_bytes : APIC_EVENT_DEFAULT_MAX_BYTES;
    if (rc == 0 && out->len - start > limit) {
        size_t n = out->len - start;
        out->len = start;
        out->data[start] = '\0';
        return apic_error_set(err, APIC_E_VALIDATION, "%s: the event is %zu bytes encoded; the limit is %zu", type, n,
                              limit);
    }
    if (rc != 0) {
        out->len = start;
        if (out->data != NULL) out->data[start] = '\0';
        return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", type);
    }
    return 0;
}

static const apic_event_def *def_of(const apic_event_registry *r, int type)
{
    return r != NULL && type >= 1 && (size_t)type <= r->n_defs ? &r->defs[type - 1] : NULL;
}

int apic_event_encode(const apic_event_registry *r, int type, const apic_event_identity *identity, const void *data,
                      const apic_event_options *opts, apic_buf *out, apic_error *err)
{
    const apic_event_def *def = def_of(r, type);
    if (def == NULL || out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_event_encode: unknown event type %d", type);
    if (data == NULL) return apic_error_set(err, APIC_E_ARG, "%s: data must not be NULL", def->name);
    int rc = check_identity(def->name, def, identity, err);
    if (rc == 0) rc = apic_validate(def->data, data, "data", err);
    if (rc != 0) return rc;
    apic_buf json = {0};
    rc = apic_json_encode(def->data, data, &json, APIC_ENC_REQUEST, err);
    if (rc == 0) rc = envelope(r, def->name, def, identity, json.data, json.len, opts, out, err);
    apic_buf_free(&json);
    return rc;
}

/* The first non-blank byte of text, or 0. */
static char first_byte(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') return s[i];
    }
    return 0;
}

int apic_event_encode_json(const apic_event_registry *r, const char *type_name, const apic_event_identity *identity,
                           const char *data_json, size_t len, const apic_event_options *opts, apic_buf *out,
                           apic_error *err)
{
    if (r == NULL || type_name == NULL || data_json == NULL || out == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_event_encode_json: registry, type, data and out are required");
    }
    int type = apic_event_lookup(r, type_name);
    if (type != 0) {
        /* Known: decoded into its struct, so it is checked and sent exactly like a typed event. */
        const apic_event_def *def = def_of(r, type);
        void *data = NULL;
        apic_error derr = {0};
        int rc = apic_value_new_from_json(def->data, data_json, len, &data, &derr);
        if (rc != 0) {
            /* The codec's "$" is the data object here. */
            const char *why = derr.message[0] == '$' ? derr.message + 1 : derr.message;
            rc = rc == APIC_E_NOMEM ? apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", type_name)
                                    : apic_error_set(err, APIC_E_VALIDATION, "data%s", why);
            apic_error_clear(&derr);
            return rc;
        }
        rc = apic_event_encode(r, type, identity, data, opts, out, err);
        apic_value_free(def->data, data);
        return rc;
    }
    if (!type_name_ok(type_name)) {
        return apic_error_set(err, APIC_E_VALIDATION, "type: '%.60s' is not an event type name (entity.action, lower case)",
                              type_name);
    }
    if (apic_json_validate(data_json, len, NULL) != 0 || first_byte(data_json, len) != '{') {
        return apic_error_set(err, APIC_E_VALIDATION, "data: %s needs a JSON object", type_name);
    }
    int rc = check_identity(type_name, NULL, identity, err);
    if (rc != 0) return rc;
    return envelope(r, type_name, NULL, identity, data_json, len, opts, out, err);
}

/* --- sending ------------------------------------------------------------------------------------ */

/* The ingest call's options for one encoded event; *source is the header they point at. */
static apic_request_options ingest_options(const apic_client *client, const apic_event_registry *r, const apic_buf *env,
                                           const apic_event_options *o, apic_header *source)
{
    *source = (apic_header){r->source_header, o->source};
    /* The event id is the idempotency key: every attempt, and a replay from the dead-letter
     * file, carries the same one, so the server accepts the event once. */
    return (apic_request_options){client->events_url, source, r->source_header != NULL ? 1 : 0, env->data, env->len,
                                  o->retry, 0, 0, o->id, true, APIC_CACHE_USE, NULL, NULL, 0};
}

static int post(apic_client *client, const apic_event_registry *r, const apic_buf *env, const apic_event_options *o,
                void **receipt, apic_error *err)
{
    apic_header source;
    apic_request_options ro = ingest_options(client, r, env, o, &source);
    return apic_call_with(client, r->ingest, NULL, NULL, &ro, receipt, err);
}

/* The caller's options with the client's source and a new id filled in: the id must be known
 * here, since it is sent twice (in the envelope and as the idempotency key). */
static int fill_options(const apic_client *client, const apic_event_options *opts, apic_event_options *o, char uuid[37],
                        apic_error *err)
{
    *o = opts != NULL ? *opts : (apic_event_options){NULL, NULL, NULL, 0, NULL};
    if (o->source == NULL) o->source = client->event_source;
    if (o->id == NULL) {
        if (apic_uuid_v4(uuid) != 0) return apic_error_set(err, APIC_E_NOMEM, "event: no random bytes for the event id");
        o->id = uuid;
    }
    return 0;
}

static int begin_send(const apic_client *client, const apic_event_registry *r, void **receipt, apic_error *err)
{
    apic_error_clear(err);
    if (receipt != NULL) *receipt = NULL;
    if (client == NULL || r == NULL || r->ingest == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_event_send: client and registry (with its ingest operation) are required");
    }
    return 0;
}

int apic_event_prepare(const apic_client *client, const apic_event_registry *r, const outgoing_event *ev,
                       const apic_event_identity *identity, const apic_event_options *opts, apic_event_options *o,
                       char uuid[37], apic_buf *env, apic_error *err)
{
    int rc = fill_options(client, opts, o, uuid, err);
    if (rc == 0 && ev->name != NULL) rc = apic_event_encode_json(r, ev->name, identity, ev->json, ev->len, o, env, err);
    if (rc == 0 && ev->name == NULL) rc = apic_event_encode(r, ev->type, identity, ev->data, o, env, err);
    return rc;
}

static int send_event(apic_client *client, const apic_event_registry *r, const outgoing_event *ev,
                      const apic_event_identity *identity, const apic_event_options *opts, void **receipt, apic_error *err)
{
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_event_options o;
    char uuid[37];
    apic_buf env = {0};
    int rc = begin_send(client, r, receipt, err);
    if (rc == 0) rc = apic_event_prepare(client, r, ev, identity, opts, &o, uuid, &env, err);
    if (rc == 0) rc = post(client, r, &env, &o, receipt, err);
    apic_buf_free(&env);
    apic_error_clear(&scratch);
    return rc;
}

int apic_event_send(apic_client *client, const apic_event_registry *r, int type, const apic_event_identity *identity,
                    const void *data, const apic_event_options *opts, void **receipt, apic_error *err)
{
    outgoing_event ev = {type, data, NULL, NULL, 0};
    return send_event(client, r, &ev, identity, opts, receipt, err);
}

int apic_event_send_async(apic_client *client, const apic_event_registry *r, int type, const apic_event_identity *identity,
                          const void *data, const apic_event_options *opts, apic_async_adapter adapter, apic_async_fn typed,
                          void *user_data, apic_async_call **call, apic_error *err)
{
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    if (call != NULL) *call = NULL;
    outgoing_event ev = {type, data, NULL, NULL, 0};
    apic_event_options o;
    char uuid[37];
    apic_buf env = {0};
    int rc = begin_send(client, r, NULL, err);
    if (rc == 0) rc = apic_event_prepare(client, r, &ev, identity, opts, &o, uuid, &env, err);
    if (rc == 0) {
        apic_header source;
        apic_request_options ro = ingest_options(client, r, &env, &o, &source);
        rc = apic_call_async_adapted(client, r->ingest, NULL, NULL, &ro, adapter, typed, user_data, call, err);
    }
    apic_buf_free(&env);
    apic_error_clear(&scratch);
    return rc;
}

int apic_event_send_json(apic_client *client, const apic_event_registry *r, const char *type_name,
                         const apic_event_identity *identity, const char *data_json, size_t len,
                         const apic_event_options *opts, void **receipt, apic_error *err)
{
    if (type_name == NULL) {
        if (receipt != NULL) *receipt = NULL;
        return apic_error_set(err, APIC_E_ARG, "apic_event_send_json: the type name is required");
    }
    outgoing_event ev = {0, NULL, type_name, data_json, len};
    return send_event(client, r, &ev, identity, opts, receipt, err);
}
