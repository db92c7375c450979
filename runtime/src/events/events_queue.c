/* Events through the client's queue: envelopes checked and encoded on the caller's thread,
 * sent in batches to the registry's batch operation, their receipts read back one by one. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "delivery/client_internal.h"
#include "events/events_internal.h"

/* --- the batch answer: {"receipts":[{"id":..., "status":..., "error":...}, ...]} ---------------- */

typedef struct receipt {
    char *id;
    char *status;
    char *error; /* raw JSON: a string or anything a server may say */
} receipt;

static const apic_field receipt_fields[] = {
    {"id", 2, 0, offsetof(receipt, id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(receipt, status), -1, -1, &apic_type_string},
    {"error", 5, 0, offsetof(receipt, error), -1, -1, &apic_type_any},
};
static const apic_struct_desc receipt_desc = {"EventReceipt", sizeof(receipt), receipt_fields, 3, -1, -1, NULL};
static const apic_type receipt_type = {APIC_OBJECT, APIC_FMT_NONE, &receipt_desc, NULL, NULL};
static const apic_type receipts_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &receipt_type};

typedef struct batch_answer {
    apic_array receipts;
} batch_answer;

static const apic_field answer_fields[] = {
    {"receipts", 8, APIC_F_REQUIRED, offsetof(batch_answer, receipts), -1, -1, &receipts_type},
};
static const apic_struct_desc answer_desc = {"EventBatchReceipt", sizeof(batch_answer), answer_fields, 1, -1, -1, NULL};
static const apic_type answer_type = {APIC_OBJECT, APIC_FMT_NONE, &answer_desc, NULL, NULL};

/* The receipt of the event with this id: at its own position when the server kept the order
 * (it should), else wherever it is. */
static const receipt *receipt_for(const batch_answer *a, size_t i, const char *id)
{
    const receipt *all = a->receipts.items;
    if (i < a->receipts.count && all[i].id != NULL && strcmp(all[i].id, id) == 0) return &all[i];
    for (size_t k = 0; k < a->receipts.count; k++) {
        if (all[k].id != NULL && strcmp(all[k].id, id) == 0) return &all[k];
    }
    return NULL;
}

/* The reason a receipt gives: its error's text when that is a JSON string, else the JSON as it is. */
static void say_why(const char *error, char *out, size_t cap)
{
    char *text = NULL;
    if (error == NULL) {
        snprintf(out, cap, "status rejected");
    } else if (error[0] == '"' && apic_json_decode(&apic_type_string, error, strlen(error), &text, NULL) == 0) {
        snprintf(out, cap, "%s", text);
    } else {
        snprintf(out, cap, "%s", error);
    }
    free(text);
}

static int read_receipts(void *ctx, const char *answer, size_t len, const apic_queue_item *items, size_t n,
                         apic_queue_verdict *verdicts)
{
    (void)ctx;
    batch_answer a = {{NULL, 0}};
    if (answer == NULL || apic_json_decode(&answer_type, answer, len, &a, NULL) != 0) return -1;
    for (size_t i = 0; i < n; i++) {
        const receipt *r = receipt_for(&a, i, items[i].id);
        apic_queue_verdict *v = &verdicts[i];
        if (r == NULL) {
            v->rejected = true;
            snprintf(v->reason, sizeof v->reason, "the answer to its batch has no receipt for it");
        } else if (r->error != NULL || (r->status != NULL && strcmp(r->status, "rejected") == 0)) {
            v->rejected = true;
            say_why(r->error, v->reason, sizeof v->reason);
        }
    }
    apic_value_clear(&answer_type, &a);
    return 0;
}

/* --- starting the queue ------------------------------------------------------------------------------ */

/* *url: the events endpoint plus what the batch path adds to the ingest path, or NULL when
 * the batch path does not extend it (base_url + path). Returns 0 or APIC_E_NOMEM. */
static int batch_url(const apic_client *c, const apic_event_registry *r, char **url)
{
    const char *single = r->ingest->path, *batch = r->ingest_batch->path;
    size_t n = strlen(single);
    *url = NULL;
    if (n == 0 || strncmp(batch, single, n) != 0) return 0;
    size_t a = strlen(c->events_url), b = strlen(batch + n);
    if ((*url = malloc(a + b + 1)) == NULL) return APIC_E_NOMEM;
    memcpy(*url, c->events_url, a);
    memcpy(*url + a, batch + n, b + 1);
    return 0;
}

int apic_event_queue_start(apic_client *client, const apic_event_registry *r, const apic_queue_config *cfg,
                           apic_error *err)
{
    if (client == NULL || r == NULL || r->ingest == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_event_queue_start: client and registry (with its ingest operation) "
                              "are required");
    }
    if (r->ingest_batch == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_event_queue_start: the registry has no batch operation (the "
                              "generator's sdk.yaml events.batch_operation)");
    }
    char *url;
    if (batch_url(client, r, &url) != 0) return apic_error_set(err, APIC_E_NOMEM, "apic_event_queue_start: out of memory");
    apic_header source = {r->source_header, client->event_source};
    apic_queue_sender s = {r->ingest_batch, url, "{\"events\":[", ",", "]}", &source, r->source_header != NULL ? 1 : 0,
                           r->max_batch_events, read_receipts, NULL, r->ingest, client->events_url};
    int rc = apic_queue_start(client, &s, cfg, err);
    free(url);
    return rc;
}

/* --- queueing an event --------------------------------------------------------------------------------- */

static int enqueue_event(apic_client *client, const apic_event_registry *r, const outgoing_event *ev,
                         const apic_event_identity *identity, const apic_event_options *opts, apic_error *err)
{
    apic_error_clear(err);
    if (client == NULL || r == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_event_enqueue: client and registry are required");
    }
    if (opts != NULL && opts->retry != NULL) {
        return apic_error_set(err, APIC_E_ARG, "opts.retry: a queued event is sent in a batch with the client's retry "
                              "policy; send it at once (apic_event_send) to give it a policy of its own");
    }
    apic_event_options o;
    char uuid[37];
    apic_buf env = {0};
    int rc = apic_event_prepare(client, r, ev, identity, opts, &o, uuid, &env, err);
    if (rc == 0) rc = apic_queue_enqueue(client, o.id, env.data, env.len, err);
    apic_buf_free(&env);
    return rc;
}

int apic_event_enqueue(apic_client *client, const apic_event_registry *r, int type, const apic_event_identity *identity,
                       const void *data, const apic_event_options *opts, apic_error *err)
{
    outgoing_event ev = {type, data, NULL, NULL, 0};
    return enqueue_event(client, r, &ev, identity, opts, err);
}

int apic_event_enqueue_json(apic_client *client, const apic_event_registry *r, const char *type_name,
                            const apic_event_identity *identity, const char *data_json, size_t len,
                            const apic_event_options *opts, apic_error *err)
{
    if (type_name == NULL) return apic_error_set(err, APIC_E_ARG, "apic_event_enqueue_json: the type name is required");
    outgoing_event ev = {0, NULL, type_name, data_json, len};
    return enqueue_event(client, r, &ev, identity, opts, err);
}
