/* Events (track.h): checked as the vendor's Event checks them, then written member by member. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "suprsend/suprsend.h"

#define FN_TRACK "suprsend_track"
#define FN_BODY "suprsend_event_body"

/* What every event's properties carry: the SDK that sent it (the vendor's SDKs send their
 * User-Agent; this is the generated client's default one). */
#define SDK_VERSION_KEY "$ss_sdk_version"
#define SDK_VERSION "suprsend-c/" SUPRSEND_API_VERSION " apic/" APIC_VERSION

/* SuprSend's own events, which may be tracked although their names start with `$`. */
static const char *const reserved[] = {"$identify",     "$notification_delivered", "$notification_dismiss",
                                       "$notification_clicked", "$app_launched", "$user_login", "$user_logout"};

/* err = "fn: field: why" (field may be NULL), from a lower-level error; why is released. */
static int fail_from(apic_error *err, apic_error *why, int rc, const char *fn, const char *field)
{
    if (field != NULL) {
        apic_error_set(err, (apic_status)rc, "%s: %s: %s", fn, field, why->message);
    } else {
        apic_error_set(err, (apic_status)rc, "%s: %s", fn, why->message);
    }
    apic_error_clear(why);
    return rc;
}

/* s without surrounding blanks: its start, and its length in *n. */
static const char *trimmed(const char *s, size_t *n)
{
    while (isspace((unsigned char)*s)) s++;
    *n = strlen(s);
    while (*n > 0 && isspace((unsigned char)s[*n - 1])) (*n)--;
    return s;
}

static int check_name(const char *fn, const char *name, size_t n, apic_error *err)
{
    if (n == 0) return apic_error_set(err, APIC_E_ARG, "%s: event: required (the event's name)", fn);
    bool ours = name[0] == '$' || (n >= 3 && strncasecmp(name, "ss_", 3) == 0);
    for (size_t i = 0; ours && i < sizeof reserved / sizeof *reserved; i++) {
        ours = strlen(reserved[i]) != n || strncmp(reserved[i], name, n) != 0;
    }
    if (ours) {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: event: '%.*s': names starting with $ or ss_ are SuprSend's", fn,
                              (int)(n < 64 ? n : 64), name);
    }
    /* Characters, as the vendor's schema counts them (minLength 2). */
    size_t chars = 0;
    for (size_t i = 0; i < n; i++) chars += ((unsigned char)name[i] & 0xC0u) != 0x80u;
    if (chars < 2) return apic_error_set(err, APIC_E_VALIDATION, "%s: event: '%.*s': at least 2 characters", fn, (int)n, name);
    return 0;
}

static int check(const char *fn, const suprsend_event *e, apic_error *err)
{
    size_t n = 0;
    if (e->distinct_id != NULL) trimmed(e->distinct_id, &n);
    if (n == 0) return apic_error_set(err, APIC_E_ARG, "%s: distinct_id: required (the user's id)", fn);
    n = 0;
    const char *name = e->event != NULL ? trimmed(e->event, &n) : "";
    int rc = check_name(fn, name, n, err);
    if (rc != 0) return rc;
    if (e->properties != NULL && e->properties_map != NULL) {
        return apic_error_set(err, APIC_E_ARG, "%s: properties: set properties or properties_map, not both", fn);
    }
    if ((rc = suprsend_check_json(fn, "properties", e->properties, '{', err)) != 0) return rc;
    if (e->workspace_key != NULL && *e->workspace_key == '\0') {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: workspace_key: empty (leave it NULL to send none)", fn);
    }
    if ((rc = suprsend_check_text(fn, "idempotency_key", e->idempotency_key, SUPRSEND_IDEMPOTENCY_KEY_MAX, err)) != 0) return rc;
    return suprsend_check_text(fn, "tenant_id", e->tenant_id, SUPRSEND_TENANT_ID_MAX, err);
}

/* Sets m's member key to the raw JSON value (replacing one of that name). Returns 0 or APIC_E_NOMEM. */
static int set_member(apic_json_map *m, const char *key, const char *value)
{
    char *v = strdup(value);
    if (v == NULL) return APIC_E_NOMEM;
    for (size_t i = 0; i < m->count; i++) {
        if (strcmp(m->keys[i], key) == 0) {
            free(m->values[i]);
            m->values[i] = v;
            return 0;
        }
    }
    char *k = strdup(key);
    char **keys = k != NULL ? realloc(m->keys, (m->count + 1) * sizeof *keys) : NULL;
    if (keys != NULL) m->keys = keys;
    char **values = keys != NULL ? realloc(m->values, (m->count + 1) * sizeof *values) : NULL;
    if (values == NULL) {
        free(k);
        free(v);
        return APIC_E_NOMEM;
    }
    m->values = values;
    m->keys[m->count] = k;
    m->values[m->count++] = v;
    return 0;
}

/* The properties' text with the attachments and the SDK's version, appended to b. */
static int put_properties(const char *fn, const suprsend_event *e, suprsend_client *client, apic_buf *b, apic_error *err)
{
    apic_error why = {0};
    apic_buf given = {0};
    char *with = NULL;
    apic_json_map m = {NULL, NULL, 0};
    int rc = e->properties_map != NULL ? apic_json_encode(&apic_type_json_map, e->properties_map, &given, 0, &why) : 0;
    if (rc != 0) {
        apic_buf_free(&given);
        return fail_from(err, &why, rc, fn, "properties_map");
    }
    rc = suprsend_add_attachments(e->properties_map != NULL ? given.data : e->properties, e->attachments, e->n_attachments,
                                  client, &with, &why);
    if (rc == 0) rc = apic_json_decode(&apic_type_json_map, with, strlen(with), &m, &why);
    if (rc == 0 && (set_member(&m, SDK_VERSION_KEY, "\"" SDK_VERSION "\"") != 0 ||
                    apic_json_encode(&apic_type_json_map, &m, b, 0, &why) != 0)) {
        rc = apic_error_set(&why, APIC_E_NOMEM, "out of memory");
    }
    apic_value_clear(&apic_type_json_map, &m);
    free(with);
    apic_buf_free(&given);
    return rc != 0 ? fail_from(err, &why, rc, fn, NULL) : 0;
}

/* `,"name":"value"` when value is set. */
static int put_text(apic_buf *b, const char *name, const char *value, size_t len)
{
    if (value == NULL) return 0;
    if (apic_buf_printf(b, ",\"%s\":", name) != 0) return APIC_E_NOMEM;
    return apic_json_write_string(b, value, len);
}

static int build(const char *fn, const suprsend_event *e, suprsend_client *client, char **json, apic_error *err)
{
    *json = NULL;
    if (e == NULL) return apic_error_set(err, APIC_E_ARG, "%s: the event is required", fn);
    int rc = check(fn, e, err);
    if (rc != 0) return rc;
    char id[37];
    if (apic_uuid_v4(id) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    size_t name_len = 0, who_len = 0;
    const char *name = trimmed(e->event, &name_len), *who = trimmed(e->distinct_id, &who_len);
    apic_buf b = {0};
    rc = apic_buf_printf(&b, "{\"$insert_id\":\"%s\",\"$time\":%lld", id,
                         (long long)now.tv_sec * 1000 + (long long)(now.tv_nsec / 1000000));
    if (rc == 0) rc = put_text(&b, "event", name, name_len);
    if (rc == 0) rc = put_text(&b, "env", e->workspace_key, e->workspace_key != NULL ? strlen(e->workspace_key) : 0);
    if (rc == 0) rc = put_text(&b, "distinct_id", who, who_len);
    if (rc == 0) rc = apic_buf_puts(&b, ",\"properties\":");
    if (rc != 0) {
        apic_buf_free(&b);
        return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    }
    rc = put_properties(fn, e, client, &b, err);
    if (rc == 0 &&
        (put_text(&b, "$idempotency_key", e->idempotency_key, e->idempotency_key != NULL ? strlen(e->idempotency_key) : 0) != 0 ||
         put_text(&b, "tenant_id", e->tenant_id, e->tenant_id != NULL ? strlen(e->tenant_id) : 0) != 0 ||
         apic_buf_putc(&b, '}') != 0)) {
        rc = apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    }
    if (rc == 0) rc = suprsend_check_body_size(fn, b.len, 0, err);
    if (rc == 0 && (*json = apic_buf_steal(&b)) == NULL) rc = apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    apic_buf_free(&b);
    return rc;
}

int suprsend_event_body(const suprsend_event *event, suprsend_client *client, char **json, suprsend_error *err)
{
    if (json == NULL) return apic_error_set(err, APIC_E_ARG, FN_BODY ": json is required");
    return build(FN_BODY, event, client, json, err);
}

int suprsend_track(suprsend_client *client, const suprsend_event *event, suprsend_error *err)
{
    if (err != NULL) apic_error_clear(err);
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, FN_TRACK ": client is required");
    char *body = NULL;
    int rc = build(FN_TRACK, event, client, &body, err);
    if (rc != 0) return rc;
    apic_request_options o;
    memset(&o, 0, sizeof o);
    o.body = body;
    o.body_len = strlen(body);
    o.idempotency_key = event->idempotency_key;
    o.is_event = true; /* kept in the dead-letter sink if it fails for good */
    rc = apic_call_with(client, &suprsend_event_api_op, NULL, NULL, &o, NULL, err);
    free(body);
    return rc;
}
