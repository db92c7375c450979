/* Workflow triggers (workflow_trigger.h): every member checked, then the body written member by
 * member, `data` last but one so that its attachments are read only once the rest is known good. */
#include <stdlib.h>
#include <string.h>

#include "suprsend/suprsend.h"

#define FN_TRIGGER "suprsend_trigger"
#define FN_BODY "suprsend_workflow_trigger_body"

/* The channels SuprSend's schema allows in delivery.mandatory_channels. */
static const char *const channels[] = {"androidpush", "iospush", "webpush", "email", "sms",
                                       "whatsapp", "slack", "inbox", "messenger", "ms_teams"};

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

static int check_recipients(const char *fn, const suprsend_workflow_trigger *t, apic_error *err)
{
    if ((t->recipient_ids == NULL) == (t->recipients_json == NULL)) {
        return apic_error_set(err, APIC_E_ARG, "%s: recipients: set recipient_ids or recipients_json (one of them)", fn);
    }
    int rc = suprsend_check_json(fn, "recipients_json", t->recipients_json, '[', err);
    if (rc != 0) return rc;
    if (t->recipient_ids != NULL && t->recipient_ids[0] == NULL) {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: recipient_ids: empty (at least one recipient)", fn);
    }
    for (size_t i = 0; t->recipient_ids != NULL && t->recipient_ids[i] != NULL; i++) {
        if (*t->recipient_ids[i] == '\0') return apic_error_set(err, APIC_E_VALIDATION, "%s: recipient_ids[%zu]: empty", fn, i);
    }
    return 0;
}

static int check_delivery(const char *fn, const suprsend_delivery *d, apic_error *err)
{
    if (d == NULL) return 0;
    if (d->success != NULL && *d->success == '\0') {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: delivery.success: empty (leave it NULL for SuprSend's)", fn);
    }
    apic_error why = {0};
    int rc = d->time_to_live != NULL ? suprsend_duration_parse(d->time_to_live, NULL, &why) : 0;
    if (rc != 0) return fail_from(err, &why, rc, fn, "delivery.time_to_live");
    for (size_t i = 0; d->mandatory_channels != NULL && d->mandatory_channels[i] != NULL; i++) {
        size_t k = 0;
        while (k < sizeof channels / sizeof *channels && strcmp(channels[k], d->mandatory_channels[i]) != 0) k++;
        if (k == sizeof channels / sizeof *channels) {
            return apic_error_set(err, APIC_E_VALIDATION, "%s: delivery.mandatory_channels[%zu]: '%.64s' is not a channel", fn, i,
                                  d->mandatory_channels[i]);
        }
    }
    return 0;
}

/* Everything but the attachments and the body's size. */
static int check(const char *fn, const suprsend_workflow_trigger *t, apic_error *err)
{
    if (t->workflow == NULL || *t->workflow == '\0') {
        return apic_error_set(err, APIC_E_ARG, "%s: workflow: required (the workflow's slug)", fn);
    }
    int rc = check_recipients(fn, t, err);
    if (rc != 0) return rc;
    if (t->actor_id != NULL && t->actor_json != NULL) return apic_error_set(err, APIC_E_ARG, "%s: actor: set actor_id or actor_json, not both", fn);
    if (t->actor_id != NULL && *t->actor_id == '\0') return apic_error_set(err, APIC_E_VALIDATION, "%s: actor_id: empty", fn);
    if (t->data != NULL && t->data_map != NULL) return apic_error_set(err, APIC_E_ARG, "%s: data: set data or data_map, not both", fn);
    if ((rc = suprsend_check_json(fn, "actor_json", t->actor_json, '{', err)) != 0 ||
        (rc = suprsend_check_json(fn, "data", t->data, '{', err)) != 0 ||
        (rc = suprsend_check_text(fn, "idempotency_key", t->idempotency_key, SUPRSEND_IDEMPOTENCY_KEY_MAX, err)) != 0 ||
        (rc = suprsend_check_text(fn, "tenant_id", t->tenant_id, SUPRSEND_TENANT_ID_MAX, err)) != 0 ||
        (rc = suprsend_check_text(fn, "cancellation_key", t->cancellation_key, SUPRSEND_CANCELLATION_KEY_MAX, err)) != 0) {
        return rc;
    }
    apic_error why = {0};
    if (t->delay != NULL && (rc = suprsend_duration_parse(t->delay, NULL, &why)) != 0) return fail_from(err, &why, rc, fn, "delay");
    return check_delivery(fn, t->delivery, err);
}

/* `,"name":"value"` when value is set. */
static int put_text(apic_buf *b, const char *name, const char *value)
{
    if (value == NULL) return 0;
    if (apic_buf_printf(b, ",\"%s\":", name) != 0) return APIC_E_NOMEM;
    return apic_json_write_string(b, value, strlen(value));
}

static int put_recipients(apic_buf *b, const suprsend_workflow_trigger *t)
{
    if (t->recipients_json != NULL) return apic_buf_printf(b, ",\"recipients\":%s", t->recipients_json);
    int rc = apic_buf_puts(b, ",\"recipients\":[");
    for (size_t i = 0; rc == 0 && t->recipient_ids[i] != NULL; i++) {
        if (i > 0) rc = apic_buf_putc(b, ',');
        if (rc == 0) rc = apic_json_write_string(b, t->recipient_ids[i], strlen(t->recipient_ids[i]));
    }
    return rc == 0 ? apic_buf_putc(b, ']') : rc;
}

static int put_delivery(apic_buf *b, const suprsend_delivery *d)
{
    if (d == NULL) return 0;
    int rc = apic_buf_printf(b, ",\"delivery\":{\"smart\":%s", d->smart ? "true" : "false");
    if (rc == 0) rc = put_text(b, "success", d->success);
    if (rc == 0) rc = put_text(b, "time_to_live", d->time_to_live);
    if (rc == 0 && d->mandatory_channels != NULL) {
        rc = apic_buf_puts(b, ",\"mandatory_channels\":[");
        for (size_t i = 0; rc == 0 && d->mandatory_channels[i] != NULL; i++) {
            rc = apic_buf_printf(b, "%s\"%s\"", i > 0 ? "," : "", d->mandatory_channels[i]); /* checked: plain names */
        }
        if (rc == 0) rc = apic_buf_putc(b, ']');
    }
    return rc == 0 ? apic_buf_putc(b, '}') : rc;
}

/* The data object's text with its attachments (*data, free() it). */
static int data_with_attachments(const char *fn, const suprsend_workflow_trigger *t, suprsend_client *client, char **data,
                                 apic_error *err)
{
    apic_error why = {0};
    apic_buf given = {0};
    int rc = 0;
    if (t->data_map != NULL && (rc = apic_json_encode(&apic_type_json_map, t->data_map, &given, 0, &why)) != 0) {
        apic_buf_free(&given);
        return fail_from(err, &why, rc, fn, "data_map");
    }
    rc = suprsend_add_attachments(t->data_map != NULL ? given.data : t->data, t->attachments, t->n_attachments, client, data, &why);
    apic_buf_free(&given);
    return rc != 0 ? fail_from(err, &why, rc, fn, NULL) : 0;
}

static int build(const char *fn, const suprsend_workflow_trigger *t, suprsend_client *client, char **json, apic_error *err)
{
    *json = NULL;
    if (t == NULL) return apic_error_set(err, APIC_E_ARG, "%s: the trigger is required", fn);
    int rc = check(fn, t, err);
    char *data = NULL;
    if (rc == 0) rc = data_with_attachments(fn, t, client, &data, err);
    if (rc != 0) return rc;
    apic_buf b = {0};
    rc = apic_buf_puts(&b, "{\"workflow\":");
    if (rc == 0) rc = apic_json_write_string(&b, t->workflow, strlen(t->workflow));
    if (rc == 0) rc = put_recipients(&b, t);
    if (rc == 0) rc = put_text(&b, "actor", t->actor_id);
    if (rc == 0 && t->actor_json != NULL) rc = apic_buf_printf(&b, ",\"actor\":%s", t->actor_json);
    if (rc == 0) rc = apic_buf_puts(&b, ",\"data\":");
    if (rc == 0) rc = apic_buf_puts(&b, data);
    if (rc == 0) rc = put_text(&b, "$idempotency_key", t->idempotency_key);
    if (rc == 0) rc = put_text(&b, "tenant_id", t->tenant_id);
    if (rc == 0) rc = put_text(&b, "cancellation_key", t->cancellation_key);
    if (rc == 0) rc = put_text(&b, "delay", t->delay);
    if (rc == 0) rc = put_delivery(&b, t->delivery);
    if (rc == 0) rc = apic_buf_putc(&b, '}');
    free(data);
    if (rc != 0) {
        apic_buf_free(&b);
        return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    }
    rc = suprsend_check_body_size(fn, b.len, SUPRSEND_WORKFLOW_RUNTIME_BYTES, err);
    if (rc == 0 && (*json = apic_buf_steal(&b)) == NULL) rc = apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    apic_buf_free(&b);
    return rc;
}

int suprsend_workflow_trigger_body(const suprsend_workflow_trigger *trigger, suprsend_client *client, char **json,
                                   suprsend_error *err)
{
    if (json == NULL) return apic_error_set(err, APIC_E_ARG, FN_BODY ": json is required");
    return build(FN_BODY, trigger, client, json, err);
}

int suprsend_trigger(suprsend_client *client, const suprsend_workflow_trigger *trigger,
                     suprsend_trigger_workflow_api_response **out, suprsend_error *err)
{
    if (out != NULL) *out = NULL;
    if (err != NULL) apic_error_clear(err);
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, FN_TRIGGER ": client is required");
    char *body = NULL;
    int rc = build(FN_TRIGGER, trigger, client, &body, err);
    if (rc != 0) return rc;
    apic_request_options o;
    memset(&o, 0, sizeof o);
    o.body = body;
    o.body_len = strlen(body);
    o.idempotency_key = trigger->idempotency_key;
    rc = apic_call_with(client, &suprsend_trigger_workflow_api_op, NULL, NULL, &o, (void **)out, err);
    free(body);
    return rc;
}
