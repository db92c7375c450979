/* Receiving typed webhooks (apic/webhook_receive.h): the client's verifier first, then the
 * payload decoded into the SDK's union, its kind chosen by the event header when the SDK names
 * one, else by the union's own rules (discriminator, then shape). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "apic/codec.h"
#include "apic/webhook_receive.h"
#include "delivery/client_internal.h"
#include "log/log_internal.h"

bool apic_client_verifies_webhooks(const apic_client *client)
{
    return client != NULL && client->webhooks != NULL;
}

static void note(const apic_client *c, apic_log_level level, const char *message)
{
    if (!apic_log_on(&c->log, level)) return;
    apic_log_attempt a;
    memset(&a, 0, sizeof a);
    apic_log_emit(&c->log, level, &a, message);
}

/* The kind event_header selects: 1..n, 0 for a value this SDK does not know (a newer event), -1
 * when the header is absent (the union's own rules then decide). */
static int kind_from_header(const apic_webhook_events *w, const apic_header *headers, size_t n)
{
    const apic_union_desc *u = (const apic_union_desc *)w->type->enumeration;
    for (size_t i = 0; i < n; i++) {
        if (headers[i].name == NULL || headers[i].value == NULL || strcasecmp(headers[i].name, w->event_header) != 0) {
            continue;
        }
        for (size_t k = 0; k < u->kinds.n_values; k++) {
            if (w->header_values[k] != NULL && strcmp(headers[i].value, w->header_values[k]) == 0) return (int)k + 1;
        }
        return 0;
    }
    return -1;
}

/* Decodes the body as the header's kind into a new union value: variant kind (an object variant
 * is held by pointer, like a struct field), or, for kind 0, the body kept as raw JSON in `other`. */
static int decode_kind(const apic_webhook_events *w, int kind, const char *body, size_t len, void **out, apic_error *err)
{
    const apic_union_desc *u = (const apic_union_desc *)w->type->enumeration;
    char *value = calloc(1, u->size);
    if (value == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    int rc = 0;
    if (kind == 0) {
        char *raw = NULL;
        rc = apic_json_validate(body, len, err);
        if (rc == 0 && (raw = malloc(len + 1)) == NULL) rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
        if (rc == 0) {
            memcpy(raw, body, len);
            raw[len] = '\0';
            memcpy(value + u->other_offset, &raw, sizeof raw);
        }
    } else {
        const apic_variant *var = &u->variants[kind - 1];
        void *slot = value + var->offset;
        memcpy(value + u->kind_offset, &kind, sizeof kind); /* set first: a failed decode is freed as this kind */
        if (var->type->kind == APIC_OBJECT) {
            void *child = calloc(1, var->type->object->size);
            if (child == NULL) rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
            memcpy(slot, &child, sizeof child);
            slot = child;
        }
        if (rc == 0) rc = apic_json_decode(var->type, body, len, slot, err);
    }
    if (rc != 0) {
        apic_value_free(w->type, value);
        return rc;
    }
    *out = value;
    return 0;
}

int apic_webhook_parse(apic_client *client, const apic_webhook_events *w, const apic_header *headers, size_t n_headers,
                       const char *body, size_t len, void **out, apic_error *err)
{
    if (out != NULL) *out = NULL;
    apic_error_clear(err);
    if (client == NULL || w == NULL || w->type == NULL || w->type->kind != APIC_UNION || out == NULL ||
        (headers == NULL && n_headers > 0) || (body == NULL && len > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_webhook_parse: client, events, out (and headers and body when "
                              "counted) are required");
    }
    if (client->webhooks != NULL) {
        int rc = apic_webhook_verify(client->webhooks, headers, n_headers, body, len, 0, err);
        if (rc != 0) {
            note(client, APIC_LOG_WARN, err != NULL ? err->message : "webhook refused");
            return rc;
        }
    } else {
        /* Decoded, but nothing vouches for it: say so every time, so it cannot go unnoticed. */
        note(client, APIC_LOG_WARN, client->webhook_scheme == NULL
                                        ? "webhook parsed UNVERIFIED: config.webhook_scheme is not set"
                                        : "webhook parsed UNVERIFIED: config.webhook_secrets is not set");
    }
    int kind = w->event_header != NULL && w->header_values != NULL ? kind_from_header(w, headers, n_headers) : -1;
    int rc = kind >= 0 ? decode_kind(w, kind, body, len, out, err) : apic_value_new_from_json(w->type, body, len, out, err);
    if (rc != 0) return rc;
    if (client->webhooks != NULL) note(client, APIC_LOG_DEBUG, "webhook verified and decoded");
    return 0;
}
