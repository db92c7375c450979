/* Bulk workflows, events and user edits (bulk.h): every record is checked, the valid ones are
 * cut into chunks the way the vendor's SDKs count (each record's size plus a per-kind overhead,
 * within SuprSend's limits), each chunk goes out through apic_bulk_send(), and its results are
 * put back at the records' own indexes beside those refused before sending. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "suprsend/suprsend.h"

/* What a record's check reads of it: the members the API requires and those with limits, by
 * descriptors of their own, so the rest of the record (free-form data, recipients of any form)
 * is not decoded. One struct serves workflows and events. */
typedef struct record_shape {
    char *name;            /* workflow / event */
    char *distinct_id;     /* events */
    apic_array recipients; /* workflows: raw JSON items */
    char *payload;         /* data / properties: raw JSON */
    char *idempotency_key;
    char *tenant_id;
} record_shape;

static const apic_type raw_array = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_any};
static const apic_field workflow_fields[] = {
    {"workflow", 8, APIC_F_REQUIRED, offsetof(record_shape, name), -1, -1, &apic_type_string},
    {"recipients", 10, APIC_F_REQUIRED, offsetof(record_shape, recipients), -1, -1, &raw_array},
    {"data", 4, 0, offsetof(record_shape, payload), -1, -1, &apic_type_any},
    {"$idempotency_key", 16, 0, offsetof(record_shape, idempotency_key), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(record_shape, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc workflow_desc = {"WorkflowTrigger", sizeof(record_shape), workflow_fields, 5, -1, -1, NULL};
static const apic_type workflow_type = {APIC_OBJECT, APIC_FMT_NONE, &workflow_desc, NULL, NULL};
static const apic_field event_fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(record_shape, distinct_id), -1, -1, &apic_type_string},
    {"event", 5, APIC_F_REQUIRED, offsetof(record_shape, name), -1, -1, &apic_type_string},
    {"properties", 10, 0, offsetof(record_shape, payload), -1, -1, &apic_type_any},
    {"$idempotency_key", 16, 0, offsetof(record_shape, idempotency_key), -1, -1, &apic_type_string},
    {"tenant_id", 9, 0, offsetof(record_shape, tenant_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc event_desc = {"Event", sizeof(record_shape), event_fields, 5, -1, -1, NULL};
static const apic_type event_type = {APIC_OBJECT, APIC_FMT_NONE, &event_desc, NULL, NULL};

/* One kind of bulk: where it goes and how it is counted. */
typedef struct bulk_kind {
    const char *what;          /* "workflows", "events", "users": names records in messages */
    const apic_operation *op;
    size_t max_records;        /* in one request */
    size_t max_record_bytes;   /* one record, overhead included (and, for the body limit, the request's brackets) */
    size_t overhead;           /* bytes counted on top of each record */
} bulk_kind;

/* A workflow or an event alone must fit in a request: the body limit less its "[" and "]". */
#define ALONE_IN_A_REQUEST (SUPRSEND_BODY_MAX_BYTES - 2u)
static const bulk_kind workflows_kind = {"workflows", &suprsend_trigger_workflow_api_op, SUPRSEND_BULK_MAX_WORKFLOWS,
                                         ALONE_IN_A_REQUEST, SUPRSEND_WORKFLOW_RUNTIME_BYTES};
static const bulk_kind events_kind = {"events", &suprsend_event_api_op, SUPRSEND_BULK_MAX_EVENTS, ALONE_IN_A_REQUEST, 0};
static const bulk_kind users_kind = {"users", &suprsend_event_api_op, SUPRSEND_BULK_MAX_USERS,
                                     SUPRSEND_BULK_MAX_USER_BYTES, 0};

/* A bulk in progress: the records that passed their checks, in order, with their own indexes. */
typedef struct bulk_run {
    const bulk_kind *kind;
    apic_bulk_report *report;
    apic_error first;      /* the first failure, handed to the caller's err */
    apic_bulk_record *valid;
    size_t *index;         /* index[k]: the caller's index of valid[k] */
    size_t n_valid;
} bulk_run;

static int nomem(apic_error *err, const char *fn)
{
    return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
}

/* Records the failure of record i (not sent: status 0), and keeps it as the first if it is. */
static int refuse_record(bulk_run *run, size_t i, const char *why)
{
    apic_bulk_outcome *o = &run->report->records[i];
    o->state = APIC_BULK_FAILED;
    o->status = 0;
    if ((o->error = strdup(why)) == NULL) return APIC_E_NOMEM;
    run->report->failed++;
    if (run->first.kind == APIC_OK) apic_error_set(&run->first, APIC_E_VALIDATION, "%s", why);
    return 0;
}

/* Checks one record's JSON against shape; fills why (naming "<what>[i]") when it fails. */
static bool record_ok(const bulk_kind *kind, size_t i, const char *json, size_t len, const apic_type *shape, char *why,
                      size_t cap)
{
    char root[48];
    snprintf(root, sizeof root, "%s[%zu]", kind->what, i);
    if (len + kind->overhead > kind->max_record_bytes) {
        snprintf(why, cap, "%s: %zu bytes%s, over the %zu-byte limit of one record; not sent", root, len + kind->overhead,
                 kind->overhead > 0 ? " (with the bytes SuprSend adds in flight)" : "", kind->max_record_bytes);
        return false;
    }
    if (shape == NULL) return true;
    if (json[strspn(json, " \t\r\n")] != '{') {
        snprintf(why, cap, "%s: not a JSON object; not sent", root);
        return false;
    }
    apic_error e = {0};
    void *v = NULL;
    int rc = apic_value_new_from_json(shape, json, len, &v, &e);
    const record_shape *r = v;
    if (rc == 0) rc = apic_validate(shape, r, root, &e);
    if (rc != 0) {
        /* apic_validate names the place; a decoding error gives an offset only, so the record is named here. */
        snprintf(why, cap, "%s%s%s; not sent", rc == APIC_E_VALIDATION ? "" : root, rc == APIC_E_VALIDATION ? "" : ": ",
                 e.message);
    } else if (shape == &workflow_type && r->recipients.count == 0) {
        snprintf(why, cap, "%s.recipients: at least one recipient is required; not sent", root);
        rc = APIC_E_VALIDATION;
    } else if (r->payload != NULL && r->payload[0] != '{') {
        snprintf(why, cap, "%s.%s: not a JSON object; not sent", root, shape == &workflow_type ? "data" : "properties");
        rc = APIC_E_VALIDATION;
    } else if ((r->idempotency_key != NULL && r->idempotency_key[0] != '\0' &&
                suprsend_check_text(root, "$idempotency_key", r->idempotency_key, SUPRSEND_IDEMPOTENCY_KEY_MAX, &e) != 0) ||
               (r->tenant_id != NULL && r->tenant_id[0] != '\0' &&
                suprsend_check_text(root, "tenant_id", r->tenant_id, SUPRSEND_TENANT_ID_MAX, &e) != 0)) {
        snprintf(why, cap, "%s; not sent", e.message);
        rc = APIC_E_VALIDATION;
    }
    apic_value_free(shape, v);
    apic_error_clear(&e);
    return rc == 0;
}

/* Takes record i into the run when it passes its check, else records its failure. */
static int add_record(bulk_run *run, size_t i, const char *json, size_t len, const apic_type *shape)
{
    char why[600];
    if (!record_ok(run->kind, i, json, len, shape, why, sizeof why)) return refuse_record(run, i, why);
    run->valid[run->n_valid] = (apic_bulk_record){json, len};
    run->index[run->n_valid++] = i;
    return 0;
}

/* Sends valid[first, first + count) as one request and puts its results at their indexes. */
static int send_chunk(apic_client *client, bulk_run *run, size_t first, size_t count)
{
    /* The chunk is planned already: no limit, so apic_bulk_send() makes it one request. */
    const apic_bulk_limits one_request = {0, 0, 0, NULL, NULL};
    apic_bulk_report sub = {0};
    apic_error err = {0};
    int rc = apic_bulk_send(client, run->kind->op, &one_request, run->valid + first, count, &sub, &err);
    if (rc == 0) {
        run->report->requests += sub.requests;
        for (size_t j = 0; j < sub.n; j++) {
            apic_bulk_outcome *o = &run->report->records[run->index[first + j]];
            *o = sub.records[j];
            sub.records[j].error = NULL; /* moved */
            if (o->state == APIC_BULK_OK) run->report->ok++;
            else run->report->failed++;
        }
        if (run->first.kind == APIC_OK && err.kind != APIC_OK) {
            /* err names the record by its index in the chunk: name it by the caller's. */
            size_t j = 0;
            while (j + 1 < sub.n && sub.records[j].state == APIC_BULK_OK) j++;
            const char *why = run->report->records[run->index[first + j]].error;
            run->first = err;
            err = (apic_error){0};
            if (why != NULL) {
                snprintf(run->first.message, sizeof run->first.message, "%s[%zu]: %s", run->kind->what,
                         run->index[first + j], why);
            }
        }
    }
    apic_bulk_report_clear(&sub);
    apic_error_clear(&err);
    return rc;
}

/* Cuts the valid records into chunks as the vendor's SDKs do (greedy, in order: a chunk is
 * closed when the next record would pass the count or the size limit, sizes counting each
 * record's overhead, and, unlike theirs, the brackets and commas too, so a request never
 * exceeds the limit on the wire) and sends each. */
static int send_all(apic_client *client, bulk_run *run)
{
    size_t first = 0, count = 0, bytes = 2; /* "[" and "]" */
    for (size_t k = 0; k < run->n_valid; k++) {
        size_t add = run->valid[k].len + run->kind->overhead + (count > 0); /* and its comma */
        if (count > 0 && (count == run->kind->max_records || bytes + add > SUPRSEND_BODY_MAX_BYTES)) {
            int rc = send_chunk(client, run, first, count);
            if (rc != 0) return rc;
            first = k;
            count = 0;
            bytes = 2;
            add = run->valid[k].len + run->kind->overhead;
        }
        count++;
        bytes += add;
    }
    return count > 0 ? send_chunk(client, run, first, count) : 0;
}

static int begin(bulk_run *run, const bulk_kind *kind, apic_client *client, const void *records, size_t n,
                 apic_bulk_report *report, apic_error *err, const char *fn)
{
    apic_error_clear(err);
    if (client == NULL || report == NULL || (records == NULL && n > 0)) {
        return apic_error_set(err, APIC_E_ARG, "%s: client, records and report are required", fn);
    }
    memset(report, 0, sizeof *report);
    *run = (bulk_run){kind, report, {0}, NULL, NULL, 0};
    if (n == 0) return 0;
    report->records = calloc(n, sizeof *report->records);
    run->valid = calloc(n, sizeof *run->valid);
    run->index = calloc(n, sizeof *run->index);
    if (report->records == NULL || run->valid == NULL || run->index == NULL) {
        free(run->valid);
        free(run->index);
        free(report->records);
        report->records = NULL;
        return nomem(err, fn);
    }
    report->n = n;
    return 0;
}

/* Finishes the run: the overall status and the first failure on success, an empty report otherwise. */
static int finish(bulk_run *run, int rc, apic_error *err, const char *fn)
{
    free(run->valid);
    free(run->index);
    apic_bulk_report *rep = run->report;
    if (rc != 0) {
        apic_error_clear(&run->first);
        apic_bulk_report_clear(rep);
        return rc == APIC_E_NOMEM ? nomem(err, fn) : apic_error_set(err, (apic_status)rc, "%s: the bulk could not run", fn);
    }
    rep->overall = rep->failed == 0 ? APIC_BULK_SUCCESS : rep->ok == 0 ? APIC_BULK_FAIL : APIC_BULK_PARTIAL;
    if (err != NULL) {
        *err = run->first;
    } else {
        apic_error_clear(&run->first);
    }
    return 0;
}

/* Workflows and events: records of the caller's JSON, checked against shape. */
static int send_texts(const bulk_kind *kind, const apic_type *shape, apic_client *client, const char *const *texts,
                      size_t n, apic_bulk_report *report, apic_error *err, const char *fn)
{
    bulk_run run;
    int rc = begin(&run, kind, client, texts, n, report, err, fn);
    if (rc != 0) return rc;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (texts[i] == NULL) {
            char why[64];
            snprintf(why, sizeof why, "%s[%zu]: NULL; not sent", kind->what, i);
            rc = refuse_record(&run, i, why);
        } else {
            rc = add_record(&run, i, texts[i], strlen(texts[i]), shape);
        }
    }
    if (rc == 0) rc = send_all(client, &run);
    return finish(&run, rc, err, fn);
}

int suprsend_bulk_trigger_workflows(suprsend_client *client, const char *const *workflows, size_t n,
                                    apic_bulk_report *report, suprsend_error *err)
{
    return send_texts(&workflows_kind, &workflow_type, client, workflows, n, report, err, "suprsend_bulk_trigger_workflows");
}

int suprsend_bulk_track_events(suprsend_client *client, const char *const *events, size_t n, apic_bulk_report *report,
                               suprsend_error *err)
{
    return send_texts(&events_kind, &event_type, client, events, n, report, err, "suprsend_bulk_track_events");
}

/* One edit as the identity record of the vendor's `UserEdit.get_async_payload()`, into b. */
static int identity_record(const suprsend_user_edit *u, const char *workspace_key, const char *operations, apic_buf *b)
{
    char id[37];
    struct timespec now;
    if (apic_uuid_v4(id) != 0 || clock_gettime(CLOCK_REALTIME, &now) != 0) return APIC_E_NOMEM;
    long long ms = (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
    const char *distinct_id = suprsend_user_edit_distinct_id(u);
    int rc = apic_buf_printf(b, "{\"$schema\":\"2\",\"$insert_id\":\"%s\",\"$time\":%lld,", id, ms);
    if (rc == 0 && workspace_key != NULL) rc = apic_buf_puts(b, "\"env\":");
    if (rc == 0 && workspace_key != NULL) rc = apic_json_write_string(b, workspace_key, strlen(workspace_key));
    if (rc == 0 && workspace_key != NULL) rc = apic_buf_putc(b, ',');
    if (rc == 0) rc = apic_buf_puts(b, "\"distinct_id\":");
    if (rc == 0) rc = apic_json_write_string(b, distinct_id, strlen(distinct_id));
    /* The SDK named as suprsend_event_body() names it in an event's properties. */
    if (rc == 0) rc = apic_buf_printf(b, ",\"$user_operations\":%s,\"properties\":{\"$ss_sdk_version\":\"suprsend-c/%s apic/%s\"}}",
                                      operations, SUPRSEND_API_VERSION, APIC_VERSION);
    return rc;
}

int suprsend_bulk_save_users(suprsend_client *client, const suprsend_user_edit *const *users, size_t n,
                             const char *workspace_key, apic_bulk_report *report, suprsend_error *err)
{
    static const char fn[] = "suprsend_bulk_save_users";
    bulk_run run;
    int rc = begin(&run, &users_kind, client, users, n, report, err, fn);
    if (rc != 0) return rc;
    /* The records are built here, so they are owned here until the bulk is sent. */
    apic_buf *texts = n > 0 ? calloc(n, sizeof *texts) : NULL;
    if (n > 0 && texts == NULL) rc = APIC_E_NOMEM;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        char why[600];
        const char *refusal = users[i] != NULL ? suprsend_user_edit_refusal(users[i]) : "NULL";
        if (refusal != NULL) {
            snprintf(why, sizeof why, "users[%zu]: %.500s; not sent", i, refusal);
            rc = refuse_record(&run, i, why);
            continue;
        }
        char *ops = NULL;
        rc = suprsend_user_edit_operations_json(users[i], &ops, NULL);
        if (rc == 0) rc = identity_record(users[i], workspace_key, ops, &texts[i]);
        free(ops);
        if (rc == 0) rc = add_record(&run, i, texts[i].data, texts[i].len, NULL);
    }
    if (rc == 0) rc = send_all(client, &run);
    for (size_t i = 0; texts != NULL && i < n; i++) apic_buf_free(&texts[i]);
    free(texts);
    return finish(&run, rc, err, fn);
}

const char *suprsend_bulk_status(const apic_bulk_report *report)
{
    if (report == NULL) return "";
    switch (report->overall) {
    case APIC_BULK_SUCCESS:
        return "success";
    case APIC_BULK_PARTIAL:
        return "partial";
    case APIC_BULK_FAIL:
        return "fail";
    }
    return "";
}
