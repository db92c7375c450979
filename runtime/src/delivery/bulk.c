/* Bulk requests: planning chunks within an API's limits, sending them, and reading one result
 * per record from the answer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/bulk.h"
#include "apic/codec.h"
#include "delivery/bulk_internal.h"

const char *apic_bulk_open(const apic_bulk_limits *lim)
{
    return lim->open != NULL ? lim->open : "[";
}

const char *apic_bulk_close(const apic_bulk_limits *lim)
{
    return lim->close != NULL ? lim->close : "]";
}

int apic_bulk_body(const apic_bulk_limits *lim, const apic_bulk_record *recs, size_t n, apic_buf *out)
{
    int rc = apic_buf_puts(out, apic_bulk_open(lim));
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (i > 0) rc = apic_buf_putc(out, ',');
        if (rc == 0) rc = apic_buf_append(out, recs[i].json, recs[i].len);
    }
    return rc == 0 ? apic_buf_puts(out, apic_bulk_close(lim)) : APIC_E_NOMEM;
}

static bool over(size_t limit, size_t value)
{
    return limit != 0 && value > limit;
}

int apic_bulk_plan(const apic_bulk_limits *lim, const apic_bulk_record *recs, size_t n, apic_bulk_chunk **chunks,
                   size_t *n_chunks, apic_error *err)
{
    if (lim == NULL || (recs == NULL && n > 0) || chunks == NULL || n_chunks == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_bulk_plan: limits, records and outputs are required");
    }
    *chunks = NULL;
    *n_chunks = 0;
    size_t framing = strlen(apic_bulk_open(lim)) + strlen(apic_bulk_close(lim));
    for (size_t i = 0; i < n; i++) {
        if (recs[i].json == NULL || recs[i].len == 0) {
            return apic_error_set(err, APIC_E_ARG, "bulk record %zu: no JSON text", i);
        }
        if (over(lim->max_record_bytes, recs[i].len)) {
            return apic_error_set(err, APIC_E_VALIDATION, "bulk record %zu: %zu bytes, over the %zu-byte limit of one record; nothing was sent",
                                  i, recs[i].len, lim->max_record_bytes);
        }
        if (over(lim->max_bytes, recs[i].len + framing)) {
            return apic_error_set(err, APIC_E_VALIDATION, "bulk record %zu: %zu bytes (%zu with the request's framing), over the %zu-byte "
                                  "limit of one request; nothing was sent", i, recs[i].len, recs[i].len + framing, lim->max_bytes);
        }
    }
    /* At most n chunks: one allocation, trimmed by nothing (the caller frees it). */
    apic_bulk_chunk *out = n > 0 ? calloc(n, sizeof *out) : NULL;
    if (n > 0 && out == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_bulk_plan: out of memory");
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        apic_bulk_chunk *c = k > 0 ? &out[k - 1] : NULL;
        /* A record joins the open chunk with a comma before it, when both limits allow. */
        if (c != NULL && !over(lim->max_records, c->count + 1) && !over(lim->max_bytes, c->bytes + 1 + recs[i].len)) {
            c->count++;
            c->bytes += 1 + recs[i].len;
        } else {
            out[k++] = (apic_bulk_chunk){i, 1, framing + recs[i].len};
        }
    }
    *chunks = out;
    *n_chunks = k;
    return 0;
}

/* What the bulk reads from an answer: SuprSend's `{"records":[{status, status_code, error}]}`. */
typedef struct record_error {
    char *message;
} record_error;

typedef struct record_result {
    char *status;
    bool has_status_code;
    int64_t status_code;
    record_error *error;
} record_result;

typedef struct record_results {
    apic_array records;
} record_results;

static const apic_field error_fields[] = {
    {"message", 7, 0, offsetof(record_error, message), -1, -1, &apic_type_string},
};
static const apic_struct_desc error_desc = {"BulkRecordError", sizeof(record_error), error_fields, 1, -1, -1, NULL};
static const apic_type error_type = {APIC_OBJECT, APIC_FMT_NONE, &error_desc, NULL, NULL};
static const apic_field result_fields[] = {
    {"status", 6, 0, offsetof(record_result, status), -1, -1, &apic_type_string},
    {"status_code", 11, 0, offsetof(record_result, status_code), offsetof(record_result, has_status_code), -1,
     &apic_type_int64},
    {"error", 5, 0, offsetof(record_result, error), -1, -1, &error_type},
};
static const apic_struct_desc result_desc = {"BulkRecordResult", sizeof(record_result), result_fields, 3, -1, -1, NULL};
static const apic_type result_type = {APIC_OBJECT, APIC_FMT_NONE, &result_desc, NULL, NULL};
static const apic_type results_array = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &result_type};
static const apic_field results_fields[] = {
    {"records", 7, 0, offsetof(record_results, records), -1, -1, &results_array},
};
static const apic_struct_desc results_desc = {"BulkResults", sizeof(record_results), results_fields, 1, -1, -1, NULL};
static const apic_type results_type = {APIC_OBJECT, APIC_FMT_NONE, &results_desc, NULL, NULL};
/* Designated: the descriptor may grow members whose zero is the default. */
static const apic_response any_success[] = {{.status = 2, .type = &results_type, .media = "application/json"}};

static int set_outcome(apic_bulk_outcome *o, apic_bulk_state state, int status, const char *why)
{
    o->state = state;
    o->status = status;
    free(o->error);
    o->error = why != NULL ? strdup(why) : NULL;
    return why != NULL && o->error == NULL ? APIC_E_NOMEM : 0;
}

/* One record's result from its entry in the answer. */
static int read_outcome(const record_result *r, int http_status, apic_bulk_outcome *o)
{
    int code = r->has_status_code ? (int)r->status_code : http_status;
    bool ok = r->status != NULL ? strcmp(r->status, "success") == 0 : (code >= 200 && code < 300);
    if (ok) return set_outcome(o, APIC_BULK_OK, code, NULL);
    char why[256];
    const char *msg = r->error != NULL && r->error->message != NULL ? r->error->message : "refused by the server";
    snprintf(why, sizeof why, "%s (status %s, code %d)", msg, r->status != NULL ? r->status : "none", code);
    return set_outcome(o, APIC_BULK_FAILED, code, why);
}

/* Sends one chunk and records its records' outcomes. */
static int send_chunk(apic_client *client, const apic_operation *op, const apic_bulk_limits *lim,
                      const apic_bulk_record *recs, const apic_bulk_chunk *ch, apic_bulk_report *rep, apic_error *first)
{
    apic_buf body = {0};
    int rc = apic_bulk_body(lim, recs + ch->first, ch->count, &body);
    if (rc != 0) {
        apic_buf_free(&body);
        return APIC_E_NOMEM;
    }
    /* The operation as documented, but its success answer read as per-record results. */
    apic_operation reading = *op;
    reading.responses = any_success;
    reading.n_responses = 1;
    apic_request_options opts = {0};
    opts.body = body.data;
    opts.body_len = body.len;
    apic_error err = {0};
    record_results *res = NULL;
    int call_rc = apic_call_with(client, &reading, NULL, NULL, &opts, (void **)&res, &err);
    apic_buf_free(&body);
    rep->requests++;
    bool answered = call_rc == 0 || (call_rc == APIC_E_DECODE && err.http_status >= 200 && err.http_status < 300);
    bool per_record = call_rc == 0 && res != NULL && res->records.count == ch->count;
    for (size_t i = 0; rc == 0 && i < ch->count; i++) {
        apic_bulk_outcome *o = &rep->records[ch->first + i];
        if (per_record) {
            rc = read_outcome(&((record_result *)res->records.items)[i], err.http_status, o);
        } else if (answered) {
            rc = set_outcome(o, APIC_BULK_OK, err.http_status, NULL);
        } else {
            rc = set_outcome(o, APIC_BULK_FAILED, err.http_status, err.message);
        }
        if (rc == 0 && o->state == APIC_BULK_OK) rep->ok++;
        if (rc == 0 && o->state == APIC_BULK_FAILED) {
            rep->failed++;
            if (first->kind == APIC_OK) {
                apic_error_set(first, answered ? APIC_E_HTTP : (apic_status)call_rc, "bulk record %zu: %s", ch->first + i, o->error);
                first->http_status = o->status;
            }
        }
    }
    apic_value_free(&results_type, res);
    apic_error_clear(&err);
    return rc;
}

int apic_bulk_send(apic_client *client, const apic_operation *op, const apic_bulk_limits *lim,
                   const apic_bulk_record *recs, size_t n, apic_bulk_report *report, apic_error *err)
{
    apic_error_clear(err);
    if (client == NULL || op == NULL || report == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_bulk_send: client, operation and report are required");
    }
    memset(report, 0, sizeof *report);
    apic_bulk_chunk *chunks = NULL;
    size_t n_chunks = 0;
    int rc = apic_bulk_plan(lim, recs, n, &chunks, &n_chunks, err);
    if (rc != 0) return rc;
    report->records = n > 0 ? calloc(n, sizeof *report->records) : NULL;
    if (n > 0 && report->records == NULL) {
        free(chunks);
        return apic_error_set(err, APIC_E_NOMEM, "apic_bulk_send: out of memory");
    }
    report->n = n;
    apic_error first = {0};
    for (size_t i = 0; rc == 0 && i < n_chunks; i++) rc = send_chunk(client, op, lim, recs, &chunks[i], report, &first);
    free(chunks);
    if (rc != 0) {
        apic_error_clear(&first);
        apic_bulk_report_clear(report);
        return apic_error_set(err, APIC_E_NOMEM, "apic_bulk_send: out of memory");
    }
    report->overall = report->failed == 0 ? APIC_BULK_SUCCESS : report->ok == 0 ? APIC_BULK_FAIL : APIC_BULK_PARTIAL;
    if (err != NULL) {
        *err = first; /* the first failure, for the caller who reads one message */
    } else {
        apic_error_clear(&first);
    }
    return 0;
}

void apic_bulk_report_clear(apic_bulk_report *report)
{
    if (report == NULL) return;
    for (size_t i = 0; i < report->n; i++) free(report->records[i].error);
    free(report->records);
    memset(report, 0, sizeof *report);
}
