/* Identify and track (buffered_events.h): each event is written once, as the JSON of a
 * CreateEventRequestBody, and queued; the runtime's queue wraps batches in {"events": [...]} for
 * `POST /event-batch`, retries them, and dead-letters what fails for good, each event with its
 * own id, so a replay sends it alone through `POST /events`. */
#include <stdio.h>
#include <string.h>

#include "schematic/schematic.h"

static int nomem(apic_error *err)
{
    return apic_error_set(err, APIC_E_NOMEM, "out of memory");
}

/* Checks a key list: name, value, ..., NULL; an empty list counts as none. */
static int check_keys(const char *const *keys, bool required, const char *what, apic_error *err)
{
    if (keys == NULL || keys[0] == NULL) {
        return required ? apic_error_set(err, APIC_E_ARG, "%s: required (name, value, ..., NULL)", what) : 0;
    }
    for (size_t i = 0; keys[i] != NULL; i += 2) {
        if (keys[i][0] == '\0') return apic_error_set(err, APIC_E_ARG, "%s: key %zu has an empty name", what, i / 2);
        if (keys[i + 1] == NULL) {
            return apic_error_set(err, APIC_E_ARG, "%s: the key '%.64s' has no value (the list is name, value, ..., NULL)",
                                  what, keys[i]);
        }
    }
    return 0;
}

/* Traits are sent as given: they must be one JSON object. */
static int check_traits(const char *json, const char *what, apic_error *err)
{
    if (json == NULL) return 0;
    const char *p = json + strspn(json, " \t\r\n");
    apic_error why = {0};
    if (*p != '{' || apic_json_validate(json, strlen(json), &why) != 0) {
        return apic_error_set(err, APIC_E_ARG, "%s: not a JSON object%s%s", what, why.message[0] ? ": " : "", why.message);
    }
    return 0;
}

static int put_keys(apic_buf *b, const char *name, const char *const *keys)
{
    int rc = apic_buf_puts(b, name);
    if (rc == 0) rc = apic_buf_putc(b, '{');
    for (size_t i = 0; rc == 0 && keys != NULL && keys[i] != NULL; i += 2) {
        if (i > 0) rc = apic_buf_putc(b, ',');
        if (rc == 0) rc = apic_json_write_string(b, keys[i], strlen(keys[i]));
        if (rc == 0) rc = apic_buf_putc(b, ':');
        if (rc == 0) rc = apic_json_write_string(b, keys[i + 1], strlen(keys[i + 1]));
    }
    return rc == 0 ? apic_buf_putc(b, '}') : rc;
}

static int put_text(apic_buf *b, const char *name, const char *value)
{
    if (value == NULL) return 0;
    int rc = apic_buf_puts(b, name);
    return rc == 0 ? apic_json_write_string(b, value, strlen(value)) : rc;
}

static int put_raw(apic_buf *b, const char *name, const char *json)
{
    if (json == NULL) return 0;
    int rc = apic_buf_puts(b, name);
    return rc == 0 ? apic_buf_puts(b, json) : rc;
}

/* Queues {"event_type": type, "body": <body>, "sent_at": ..., options}: body holds the body's JSON. */
static int enqueue(schematic_client *client, const char *type, const apic_buf *body, const schematic_event_options *opts,
                   apic_error *err)
{
    if (opts != NULL && opts->idempotency_key != NULL && (opts->idempotency_key[0] == '\0' || strlen(opts->idempotency_key) > 200)) {
        return apic_error_set(err, APIC_E_ARG, "%s: opts.idempotency_key: must have 1 to 200 characters", type);
    }
    char id[37], now[25];
    const char *key = opts != NULL ? opts->idempotency_key : NULL;
    if (key == NULL && apic_uuid_v4(id) != 0) return nomem(err);
    apic_now_rfc3339(now);
    apic_buf b = {0};
    int rc = apic_buf_puts(&b, "{\"event_type\":\"");
    if (rc == 0) rc = apic_buf_puts(&b, type);
    if (rc == 0) rc = apic_buf_puts(&b, "\",\"body\":");
    if (rc == 0) rc = apic_buf_append(&b, body->data, body->len);
    if (rc == 0) rc = put_text(&b, ",\"sent_at\":", opts != NULL && opts->sent_at != NULL ? opts->sent_at : now);
    if (rc == 0) rc = put_text(&b, ",\"idempotency_key\":", key);
    if (rc == 0 && opts != NULL && opts->trusted_client_clock) rc = apic_buf_puts(&b, ",\"trusted_client_clock\":true");
    if (rc == 0 && opts != NULL && opts->backfill) rc = apic_buf_puts(&b, ",\"backfill\":true");
    if (rc == 0) rc = apic_buf_putc(&b, '}');
    if (rc != 0) {
        apic_buf_free(&b);
        return nomem(err);
    }
    rc = apic_queue_enqueue(client, key != NULL ? key : id, b.data, b.len, err);
    apic_buf_free(&b);
    return rc;
}

/* Whether the event goes anywhere: offline mode drops it (0, logged); no queue is a config error. */
static int can_send(schematic_client *client, const char *type, bool *dropped, apic_error *err)
{
    *dropped = false;
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "%s: client is required", type);
    if (apic_client_offline(client)) {
        char line[64];
        snprintf(line, sizeof line, "offline mode: %s event dropped", type);
        apic_client_log(client, APIC_LOG_DEBUG, NULL, line);
        *dropped = true;
        return 0;
    }
    apic_queue_stats st;
    apic_queue_get_stats(client, &st);
    if (!st.running) {
        return apic_error_set(err, APIC_E_CONFIG, "%s: no event queue runs: schematic_client_new() starts it when "
                              "config.dead_letter names where events that fail for good are kept", type);
    }
    return 0;
}

int schematic_identify(schematic_client *client, const schematic_identify_event *event,
                       const schematic_event_options *opts, schematic_error *err)
{
    if (event == NULL) return apic_error_set(err, APIC_E_ARG, "identify: event is required");
    int rc = check_keys(event->keys, true, "identify: keys", err);
    if (rc == 0) rc = check_traits(event->traits_json, "identify: traits_json", err);
    if (rc == 0 && event->company != NULL) {
        rc = check_keys(event->company->keys, true, "identify: company.keys", err);
        if (rc == 0) rc = check_traits(event->company->traits_json, "identify: company.traits_json", err);
    }
    bool dropped;
    if (rc == 0) rc = can_send(client, "identify", &dropped, err);
    if (rc != 0 || dropped) return rc;
    apic_buf body = {0};
    rc = put_keys(&body, "{\"keys\":", event->keys);
    if (rc == 0 && event->company != NULL) {
        rc = put_keys(&body, ",\"company\":{\"keys\":", event->company->keys);
        if (rc == 0) rc = put_text(&body, ",\"name\":", event->company->name);
        if (rc == 0) rc = put_raw(&body, ",\"traits\":", event->company->traits_json);
        if (rc == 0) rc = apic_buf_putc(&body, '}');
    }
    if (rc == 0) rc = put_text(&body, ",\"name\":", event->name);
    if (rc == 0) rc = put_raw(&body, ",\"traits\":", event->traits_json);
    if (rc == 0) rc = apic_buf_putc(&body, '}');
    rc = rc == 0 ? enqueue(client, "identify", &body, opts, err) : nomem(err);
    apic_buf_free(&body);
    return rc;
}

int schematic_track(schematic_client *client, const schematic_track_event *event, const schematic_event_options *opts,
                    schematic_error *err)
{
    if (event == NULL) return apic_error_set(err, APIC_E_ARG, "track: event is required");
    if (event->event == NULL || event->event[0] == '\0') return apic_error_set(err, APIC_E_ARG, "track: event: required");
    int rc = check_keys(event->company, false, "track: company", err);
    if (rc == 0) rc = check_keys(event->user, false, "track: user", err);
    if (rc == 0) rc = check_traits(event->traits_json, "track: traits_json", err);
    bool dropped;
    if (rc == 0) rc = can_send(client, "track", &dropped, err);
    if (rc != 0 || dropped) return rc;
    apic_buf body = {0};
    rc = put_text(&body, "{\"event\":", event->event);
    if (rc == 0 && event->user != NULL && event->user[0] != NULL) rc = put_keys(&body, ",\"user\":", event->user);
    if (rc == 0 && event->company != NULL && event->company[0] != NULL) rc = put_keys(&body, ",\"company\":", event->company);
    if (rc == 0 && event->has_quantity) {
        char q[32];
        snprintf(q, sizeof q, ",\"quantity\":%lld", event->quantity);
        rc = apic_buf_puts(&body, q);
    }
    if (rc == 0) rc = put_raw(&body, ",\"traits\":", event->traits_json);
    if (rc == 0) rc = apic_buf_putc(&body, '}');
    rc = rc == 0 ? enqueue(client, "track", &body, opts, err) : nomem(err);
    apic_buf_free(&body);
    return rc;
}

int schematic_flush(schematic_client *client, long timeout_ms, schematic_error *err)
{
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "schematic_flush: client is required");
    return apic_queue_flush(client, timeout_ms, err);
}

int schematic_start(schematic_client *client, const schematic_config *cfg, schematic_error *err)
{
    if (cfg->offline || cfg->dead_letter == NULL) return 0;
    apic_queue_sender s;
    memset(&s, 0, sizeof s);
    s.op = &schematic_events_create_batch_op;
    s.head = "{\"events\":[";
    s.tail = "]}";
    s.max_items = SCHEMATIC_EVENT_BATCH_MAX;
    s.item_op = &schematic_events_create_op;
    apic_queue_config q = APIC_QUEUE_CONFIG_INIT;
    q.batch_max_items = SCHEMATIC_EVENT_BATCH_MAX;
    q.flush_interval_ms = SCHEMATIC_EVENT_FLUSH_MS;
    return apic_queue_start(client, &s, &q, err);
}
