/* The answer that ends an attempt, into the caller's hands: a 2xx decoded into its type (or
 * kept readable in err when the SDK has no type for it), an event stream's rest fed to its
 * parser, any other status kept in err with its body and request id. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/body.h"
#include "apic/codec.h"
#include "delivery/call_run.h"

typedef apic_run_stream stream;

/* The response header the caller asked for (apic_request_options.response_header), copied out
 * of the answer that ends the call. false when out of memory. */
bool apic_run_copy_header(const apic_request_options *opts, const apic_http_response *res)
{
    if (opts == NULL || opts->response_header == NULL || opts->response_header_value == NULL) return true;
    free(*opts->response_header_value);
    const char *v = apic_http_response_header(res, opts->response_header);
    *opts->response_header_value = v != NULL ? strdup(v) : NULL;
    return v == NULL || *opts->response_header_value != NULL;
}

static const apic_response *documented(const apic_operation *op, int status)
{
    const int wanted[3] = {status, status / 100, 0};
    for (int w = 0; w < 3; w++) {
        for (size_t i = 0; op->responses != NULL && i < op->n_responses; i++) {
            if (op->responses[i].status == wanted[w]) return &op->responses[i];
        }
    }
    return NULL;
}

/* Moves the response body and request id into err, for the caller to inspect. */
static int keep_response(apic_http_response *res, apic_error *err)
{
    err->http_status = res->status;
    const char *id = apic_http_response_header(res, "X-Request-Id");
    if (id == NULL) id = apic_http_response_header(res, "Request-Id");
    if (id != NULL) {
        size_t n = strlen(id) + 1;
        err->request_id = malloc(n);
        if (err->request_id == NULL) return APIC_E_NOMEM;
        memcpy(err->request_id, id, n);
    }
    if (res->body.len > 0) {
        err->body_len = res->body.len;
        err->body = apic_buf_steal(&res->body);
    }
    return 0;
}

/* A binary result: the bytes as they came and their Content-Type. */
static int take_bytes(apic_http_response *res, void **out)
{
    apic_bytes *b = calloc(1, sizeof *b);
    if (b == NULL) return APIC_E_NOMEM;
    const char *type = apic_http_response_header(res, "Content-Type");
    b->len = res->body.len;
    b->data = apic_buf_steal(&res->body);
    b->content_type = type != NULL ? strdup(type) : NULL;
    if (b->data == NULL || (type != NULL && b->content_type == NULL)) {
        apic_bytes_free(b);
        return APIC_E_NOMEM;
    }
    *out = b;
    return 0;
}

static int decode(const apic_response *r, apic_http_response *res, void **out, apic_error *err)
{
    const apic_type *t = r->type;
    if (r->kind == APIC_RESPONSE_BYTES) return take_bytes(res, out);
    if (r->kind == APIC_RESPONSE_TEXT) {
        *out = apic_buf_steal(&res->body);
        return *out != NULL ? 0 : APIC_E_NOMEM;
    }
    void *slot = NULL;
    int rc = apic_value_new_from_json(t, res->body.data, res->body.len, &slot, err);
    if (rc != 0) return rc;
    /* Generated wrappers return strings and raw JSON as the char * itself, not its slot. */
    if (t->kind == APIC_STRING || t->kind == APIC_ANY) {
        char *s = *(char **)slot;
        free(slot);
        slot = s;
    }
    *out = slot;
    return 0;
}

/* Hands the events of the stream's 2xx body to the caller's callback as they arrive; an event
 * over the limit is not handed over but stops the stream. */
static int deliver(void *ctx, const apic_sse_event *ev)
{
    stream *st = ctx;
    if (ev->data_len + strlen(ev->type) > st->max_event) {
        st->too_large = true;
        return APIC_E_TOO_LARGE;
    }
    st->delivered++;
    return st->on_event(st->ctx, ev);
}

/* What the parser holds of the event being read, which the server decides. */
static size_t pending(const apic_sse_parser *p)
{
    return p->line.len + p->data.len + p->type.len;
}

/* Feeds the parser; stops the stream (non-zero) when the event being read passed the limit, at
 * most one read (16 KiB from libcurl) after it did. */
static int feed(stream *st, const char *data, size_t len)
{
    int rc = apic_sse_feed(&st->parser, data, len);
    if (rc == APIC_E_NOMEM && st->parser.stopped == 0) st->nomem = true;
    if (rc == 0 && pending(&st->parser) > st->max_event) {
        st->too_large = true;
        rc = APIC_E_TOO_LARGE;
    }
    return rc;
}

static int stream_write(void *ctx, const apic_http_response *res, const char *data, size_t len)
{
    (void)res;
    return feed(ctx, data, len);
}

/* The rest of an event stream's body: all of it when the transport collected it instead of
 * handing it over as it came. */
static int finish_stream(const apic_operation *op, stream *st, apic_http_response *res, apic_error *err)
{
    if (res->body.len > 0) feed(st, res->body.data, res->body.len);
    if (st->nomem) return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory reading the event stream", op->method, op->path);
    if (st->too_large) {
        err->retryable = false;
        return apic_error_set(err, APIC_E_TOO_LARGE, "%s %s: an event of the stream is over %zu bytes: stream stopped",
                              op->method, op->path, st->max_event);
    }
    return 0;
}

int apic_run_finish(const apic_operation *op, apic_http_response *res, stream *st, void **out, apic_error *err)
{
    int status = res->status;
    err->http_status = status;
    if (status >= 200 && status < 300) {
        if (st != NULL) return finish_stream(op, st, res, err);
        const apic_response *r = documented(op, status);
        if (out == NULL) return 0;
        if (r == NULL || r->type == NULL) {
            /* An answer the SDK has no type for (undocumented, or typed differently from the
             * first success response) stays readable in err rather than being dropped. */
            if (res->body.len > 0 && keep_response(res, err) != 0) {
                return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
            }
            return 0;
        }
        if (res->body.len == 0 && r->kind != APIC_RESPONSE_BYTES) return 0; /* an empty file is still a file */
        int rc = decode(r, res, out, err);
        if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
        if (rc == 0) return 0;
        if (keep_response(res, err) != 0) {
            return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
        }
        return apic_op_error(err, APIC_E_DECODE, op);
    }
    if (keep_response(res, err) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
    err->retryable = status == 408 || status == 409 || status == 429 || (status >= 500 && status < 600);
    return apic_error_set(err, APIC_E_HTTP, "%s %s: HTTP %d", op->method, op->path, status);
}

void apic_run_stream_init(stream *st, apic_sse_callback on_event, void *ctx)
{
    memset(st, 0, sizeof *st);
    st->on_event = on_event;
    st->ctx = ctx;
    st->sink = (apic_body_sink){stream_write, st};
    apic_sse_init(&st->parser, deliver, st);
}

/* Only a stream the caller has seen nothing of is tried again: it starts afresh. */
void apic_run_stream_restart(stream *st)
{
    apic_sse_clear(&st->parser);
    apic_sse_init(&st->parser, deliver, st);
}
