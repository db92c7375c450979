/* apic_pusher_webhook_decrypt(): the data of encrypted channels' events in a webhook, decrypted.
 * The body is parsed with the codec into descriptors that keep every member as raw JSON (unknown
 * ones too), so what is not decrypted is written back as it came, in its own spelling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "delivery/client_internal.h"
#include "events/pusher_internal.h"

typedef struct hook_event {
    char *name;
    char *channel;
    char *event;
    char *data;
    char *socket_id;
    char *user_id;
    apic_json_map unknown;
} hook_event;

#define RAW(member, len) {#member, len, 0, offsetof(hook_event, member), -1, -1, &apic_type_any}
static const apic_field event_fields[] = {RAW(name, 4), RAW(channel, 7), RAW(event, 5), RAW(data, 4), RAW(socket_id, 9),
                                          RAW(user_id, 7)};
#undef RAW
static const apic_struct_desc event_desc = {"PusherWebhookEvent", sizeof(hook_event), event_fields, 6,
                                            offsetof(hook_event, unknown), -1, NULL};
static const apic_type event_type = {APIC_OBJECT, APIC_FMT_NONE, &event_desc, NULL, NULL};
static const apic_type events_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &event_type};

typedef struct hook_body {
    char *time_ms;
    apic_array events; /* of hook_event */
    bool has_events;
    apic_json_map unknown;
} hook_body;

static const apic_field body_fields[] = {
    {"time_ms", 7, 0, offsetof(hook_body, time_ms), -1, -1, &apic_type_any},
    {"events", 6, 0, offsetof(hook_body, events), offsetof(hook_body, has_events), -1, &events_type},
};
static const apic_struct_desc body_desc = {"PusherWebhook", sizeof(hook_body), body_fields, 2,
                                           offsetof(hook_body, unknown), -1, NULL};
static const apic_type body_type = {APIC_OBJECT, APIC_FMT_NONE, &body_desc, NULL, NULL};

/* The text of a raw JSON string, new in *out; APIC_E_DECODE when raw is not a string. */
static int string_of(const char *raw, char **out)
{
    *out = NULL;
    if (raw == NULL || raw[0] != '"') return APIC_E_DECODE;
    return apic_json_decode(&apic_type_string, raw, strlen(raw), out, NULL);
}

/* Replaces the data of e (an event of channel) with its decryption, as a JSON string. */
static int decrypt_event(const apic_client *c, size_t i, hook_event *e, const char *channel, apic_error *err)
{
    char *payload = NULL, *plain = NULL;
    size_t len = 0;
    int rc = string_of(e->data, &payload);
    if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    if (rc != 0) return apic_error_set(err, APIC_E_DECODE, "events[%zu].data: is not a string", i);
    rc = apic_pusher_decrypt(c, channel, payload, strlen(payload), &plain, &len, err);
    free(payload);
    if (rc != 0) {
        if (err != NULL) {
            char why[sizeof err->message];
            snprintf(why, sizeof why, "%s", err->message);
            apic_error_set(err, (apic_status)rc, "events[%zu]: %s", i, why);
        }
        return rc;
    }
    apic_buf text = {0};
    rc = apic_json_write_string(&text, plain, len);
    free(plain);
    char *lit = rc == 0 ? apic_buf_steal(&text) : NULL;
    apic_buf_free(&text);
    if (lit == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    free(e->data);
    e->data = lit;
    return 0;
}

int apic_pusher_webhook_decrypt(const apic_client *client, const char *body, size_t len, char **out, size_t *out_len,
                                apic_error *err)
{
    if (out != NULL) *out = NULL;
    if (out_len != NULL) *out_len = 0;
    if (client == NULL || body == NULL || out == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_webhook_decrypt: client, body and out are required");
    }
    hook_body h;
    memset(&h, 0, sizeof h);
    apic_error why = {0};
    int rc = apic_json_decode(&body_type, body, len, &h, &why);
    if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    if (rc != 0) return apic_error_set(err, APIC_E_DECODE, "webhook body: %s", why.message);
    if (!h.has_events) rc = apic_error_set(err, APIC_E_DECODE, "webhook body: has no events array");
    size_t changed = 0;
    for (size_t i = 0; rc == 0 && i < h.events.count; i++) {
        hook_event *e = (hook_event *)h.events.items + i;
        char *channel = NULL;
        int got = e->data != NULL ? string_of(e->channel, &channel) : APIC_E_DECODE;
        if (got == APIC_E_NOMEM) {
            rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
            break;
        }
        /* No data, or a channel that is not a string: nothing to decrypt, left as it is. */
        if (got != 0 || !apic_pusher_is_encrypted(channel)) {
            free(channel);
            continue;
        }
        rc = decrypt_event(client, i, e, channel, err);
        free(channel);
        changed += rc == 0;
    }
    apic_buf text = {0};
    if (rc == 0 && changed == 0) {
        rc = apic_buf_append(&text, body, len) == 0 ? 0 : apic_error_set(err, APIC_E_NOMEM, "out of memory");
    } else if (rc == 0) {
        rc = apic_json_encode(&body_type, &h, &text, 0, err);
    }
    apic_value_clear(&body_type, &h);
    if (rc == 0) {
        size_t n = text.len;
        if ((*out = apic_buf_steal(&text)) == NULL) rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
        else if (out_len != NULL) *out_len = n;
    }
    apic_buf_free(&text);
    return rc;
}
