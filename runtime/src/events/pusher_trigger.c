/* Triggering events (apic/pusher.h): everything the servers would refuse is refused first, naming
 * the limit, so nothing is sent that cannot succeed; the body is written here (its data a string,
 * encrypted for an encrypted channel) and sent through the SDK's operation with apic_call_with(),
 * so signing, retries, the idempotency header, logging and dead letters are the client's. The
 * idempotency key goes in the body too: Sockudo reads it from either place. */
#include <stdio.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/ids.h"
#include "base/text.h"
#include "delivery/client_internal.h"
#include "events/pusher_internal.h"

/* The prefix of the channel that reaches every connection of one user. */
#define USER_CHANNEL "#server-to-user-"

/* One event as the body carries it; channels NULL in a batch (channel says where it goes). */
typedef struct event_in {
    const char *const *channels;
    size_t n_channels;
    const char *channel;
    const char *name;
    const char *data;
    const char *socket_id;
    const char *info;
    const char *idempotency_key;
} event_in;

static int nomem(apic_error *err)
{
    return apic_error_set(err, APIC_E_NOMEM, "out of memory");
}

/* "<name>[<i>]<tail>" into out[32] (names and tails here are short): triggers name each channel
 * they check, and a format per channel would cost more than the check. */
static void index_name(char out[32], const char *name, size_t i, const char *tail)
{
    char digits[24], *d = digits + sizeof digits;
    do {
        *--d = (char)('0' + i % 10);
        i /= 10;
    } while (i != 0);
    size_t a = strlen(name), b = (size_t)(digits + sizeof digits - d), c = strlen(tail);
    memcpy(out, name, a);
    out[a] = '[';
    memcpy(out + a + 1, d, b);
    memcpy(out + a + 1 + b, tail, c + 1);
}

/* The checks of one event's name and options; at prefixes each name ("" or "events[3]."). */
static int check_event(const event_in *e, const char *at, apic_error *err)
{
    char q[64];
    if (e->name == NULL || *e->name == '\0') return apic_error_set(err, APIC_E_VALIDATION, "%sname: an event name is required", at);
    size_t n = strlen(e->name);
    if (n > APIC_PUSHER_MAX_EVENT_NAME) {
        return apic_error_set(err, APIC_E_VALIDATION, "%sname: '%s' has %zu characters, more than the %d of an event "
                              "name (APIC_PUSHER_MAX_EVENT_NAME)", at, apic_pusher_quote(e->name, q, sizeof q), n,
                              APIC_PUSHER_MAX_EVENT_NAME);
    }
    if (e->data == NULL) return apic_error_set(err, APIC_E_VALIDATION, "%sdata: is required (\"\" is data)", at);
    if (e->socket_id != NULL) {
        char what[48];
        snprintf(what, sizeof what, "%ssocket_id", at);
        int rc = apic_pusher_check_socket_id(e->socket_id, what, err);
        if (rc != 0) return rc;
    }
    /* It also travels as a header: a line break there would end the header. */
    if (e->idempotency_key != NULL && (*e->idempotency_key == '\0' || apic_has_control(e->idempotency_key, false))) {
        return apic_error_set(err, APIC_E_VALIDATION, "%sidempotency_key: must not be empty or hold control characters",
                              at);
    }
    return 0;
}

/* Writes "data":<the data as sent>, encrypted for an encrypted channel: its size is what the
 * servers measure, so it is checked as sent (and before encrypting, which only adds to it). */
static int put_data(const apic_client *c, const event_in *e, const char *at, apic_buf *body, apic_error *err)
{
    size_t n = strlen(e->data);
    const char *channel = e->channels != NULL ? e->channels[0] : e->channel;
    if (n > APIC_PUSHER_MAX_DATA) {
        return apic_error_set(err, APIC_E_VALIDATION, "%sdata: %zu bytes, more than the %d the servers take "
                              "(APIC_PUSHER_MAX_DATA)", at, n, APIC_PUSHER_MAX_DATA);
    }
    if (apic_buf_puts(body, ",\"data\":") != 0) return nomem(err);
    if (!apic_pusher_is_encrypted(channel)) return apic_json_write_string(body, e->data, n) == 0 ? 0 : nomem(err);
    char what[48];
    snprintf(what, sizeof what, "%schannel", at);
    apic_buf sealed = {0};
    int rc = apic_pusher_encrypt_to(c, channel, what, e->data, n, &sealed, err);
    if (rc == 0 && sealed.len > APIC_PUSHER_MAX_DATA) {
        rc = apic_error_set(err, APIC_E_VALIDATION, "%sdata: %zu bytes once encrypted, more than the %d the servers take "
                            "(APIC_PUSHER_MAX_DATA)", at, sealed.len, APIC_PUSHER_MAX_DATA);
    }
    if (rc == 0 && apic_json_write_string(body, sealed.data, sealed.len) != 0) rc = nomem(err);
    apic_buf_free(&sealed);
    return rc;
}

/* Appends ,"name":"value" when value is set. */
static int put_member(apic_buf *body, const char *name, const char *value)
{
    if (value == NULL) return 0;
    /* Pieces rather than a format: this runs on every trigger, and formatting costs more than the copy. */
    if (apic_buf_puts(body, ",\"") != 0 || apic_buf_puts(body, name) != 0 || apic_buf_puts(body, "\":") != 0) {
        return APIC_E_NOMEM;
    }
    return apic_json_write_string(body, value, strlen(value));
}

/* Writes one event's JSON object; its idempotency key (given, else made) into key. */
static int put_event(const apic_client *c, const event_in *e, const char *at, apic_buf *body, char key[37],
                     const char **used_key, apic_error *err)
{
    int rc = check_event(e, at, err);
    if (rc != 0) return rc;
    *used_key = e->idempotency_key;
    if (*used_key == NULL) {
        if (apic_uuid_v4(key) != 0) return nomem(err);
        *used_key = key;
    }
    rc = apic_buf_puts(body, "{\"name\":");
    if (rc == 0) rc = apic_json_write_string(body, e->name, strlen(e->name));
    if (rc == 0 && e->channels != NULL) {
        rc = apic_buf_puts(body, ",\"channels\":[");
        for (size_t i = 0; rc == 0 && i < e->n_channels; i++) {
            if (i > 0) rc = apic_buf_putc(body, ',');
            if (rc == 0) rc = apic_json_write_string(body, e->channels[i], strlen(e->channels[i]));
        }
        if (rc == 0) rc = apic_buf_putc(body, ']');
    } else if (rc == 0) {
        rc = put_member(body, "channel", e->channel);
    }
    if (rc != 0) return nomem(err);
    if ((rc = put_data(c, e, at, body, err)) != 0) return rc;
    if (put_member(body, "socket_id", e->socket_id) != 0 || put_member(body, "info", e->info) != 0 ||
        put_member(body, "idempotency_key", *used_key) != 0 || apic_buf_putc(body, '}') != 0) {
        return nomem(err);
    }
    return 0;
}

/* Sends body with op: signed, retried, recorded as an event when it fails for good. */
static int send_body(apic_client *client, const apic_operation *op, const apic_buf *body, const char *key, void **out,
                apic_error *err)
{
    apic_request_options o;
    memset(&o, 0, sizeof o);
    o.body = body->data;
    o.body_len = body->len;
    o.idempotency_key = key;
    o.is_event = true;
    return apic_call_with(client, op, NULL, NULL, &o, out, err);
}

/* A single event on checked channels. */
static int trigger_checked(apic_client *client, const apic_pusher_binding *b, const event_in *e, void **out,
                           apic_error *err)
{
    apic_buf body = {0};
    char made[37];
    const char *key = NULL;
    int rc = put_event(client, e, "", &body, made, &key, err);
    if (rc == 0) rc = send_body(client, b->trigger, &body, key, out, err);
    apic_buf_free(&body);
    return rc;
}

int apic_pusher_trigger(apic_client *client, const apic_pusher_binding *b, const char *const *channels, size_t n,
                        const char *event, const char *data, const apic_pusher_trigger_options *opts, void **out,
                        apic_error *err)
{
    if (out != NULL) *out = NULL;
    if (client == NULL || b == NULL || b->trigger == NULL || (channels == NULL && n > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_trigger: client, binding (with trigger) and channels are "
                              "required");
    }
    if (n == 0) return apic_error_set(err, APIC_E_VALIDATION, "channels: at least one channel is required");
    if (n > APIC_PUSHER_MAX_CHANNELS) {
        return apic_error_set(err, APIC_E_VALIDATION, "channels: %zu channels, more than the %d one trigger may name "
                              "(APIC_PUSHER_MAX_CHANNELS)", n, APIC_PUSHER_MAX_CHANNELS);
    }
    for (size_t i = 0; i < n; i++) {
        char what[32], q[64];
        index_name(what, "channels", i, "]");
        int rc = apic_pusher_check_channel(channels[i], what, err);
        if (rc != 0) return rc;
        /* Its data is encrypted under its own key, which no other channel's subscribers have. */
        if (n > 1 && apic_pusher_is_encrypted(channels[i])) {
            return apic_error_set(err, APIC_E_VALIDATION, "%s: '%s' is encrypted: an encrypted channel must be triggered "
                                  "alone", what, apic_pusher_quote(channels[i], q, sizeof q));
        }
    }
    event_in e = {channels, n, NULL, event, data, NULL, NULL, NULL};
    if (opts != NULL) {
        e.socket_id = opts->socket_id;
        e.info = opts->info;
        e.idempotency_key = opts->idempotency_key;
    }
    return trigger_checked(client, b, &e, out, err);
}

int apic_pusher_trigger_batch(apic_client *client, const apic_pusher_binding *b, const apic_pusher_event *events,
                              size_t n, void **out, apic_error *err)
{
    if (out != NULL) *out = NULL;
    if (client == NULL || b == NULL || b->trigger_batch == NULL || (events == NULL && n > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_trigger_batch: client, binding (with trigger_batch) and "
                              "events are required");
    }
    if (n == 0) return apic_error_set(err, APIC_E_VALIDATION, "events: at least one event is required");
    if (n > APIC_PUSHER_MAX_BATCH) {
        return apic_error_set(err, APIC_E_VALIDATION, "events: %zu events, more than the %d one batch may hold "
                              "(APIC_PUSHER_MAX_BATCH)", n, APIC_PUSHER_MAX_BATCH);
    }
    apic_buf body = {0};
    int rc = apic_buf_puts(&body, "{\"batch\":[") == 0 ? 0 : nomem(err);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const apic_pusher_event *ev = &events[i];
        char at[32], what[48], made[37];
        const char *key = NULL;
        index_name(at, "events", i, "].");
        index_name(what, "events", i, "].channel");
        event_in e = {NULL, 0, ev->channel, ev->name, ev->data, ev->socket_id, ev->info, ev->idempotency_key};
        if ((rc = apic_pusher_check_channel(ev->channel, what, err)) != 0) break;
        if (i > 0 && apic_buf_putc(&body, ',') != 0) rc = nomem(err);
        if (rc == 0) rc = put_event(client, &e, at, &body, made, &key, err);
    }
    if (rc == 0 && apic_buf_puts(&body, "]}") != 0) rc = nomem(err);
    /* Each event carries its own key; the request's header gets one of its own per call. */
    if (rc == 0) rc = send_body(client, b->trigger_batch, &body, NULL, out, err);
    apic_buf_free(&body);
    return rc;
}

int apic_pusher_send_to_user(apic_client *client, const apic_pusher_binding *b, const char *user_id, const char *event,
                             const char *data, void **out, apic_error *err)
{
    if (out != NULL) *out = NULL;
    if (client == NULL || b == NULL || b->trigger == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_send_to_user: client and binding (with trigger) are required");
    }
    if (user_id == NULL || *user_id == '\0') return apic_error_set(err, APIC_E_VALIDATION, "user_id: is required");
    if (apic_has_control(user_id, false)) {
        return apic_error_set(err, APIC_E_VALIDATION, "user_id: must not hold control characters");
    }
    char channel[APIC_PUSHER_MAX_CHANNEL_NAME + 1];
    size_t room = APIC_PUSHER_MAX_CHANNEL_NAME - (sizeof USER_CHANNEL - 1);
    if (strlen(user_id) > room) {
        return apic_error_set(err, APIC_E_VALIDATION, "user_id: has more than %zu characters (the channel "
                              USER_CHANNEL "<user_id> may have %d)", room, APIC_PUSHER_MAX_CHANNEL_NAME);
    }
    snprintf(channel, sizeof channel, USER_CHANNEL "%s", user_id);
    const char *channels[] = {channel};
    event_in e = {channels, 1, NULL, event, data, NULL, NULL, NULL};
    return trigger_checked(client, b, &e, out, err);
}
