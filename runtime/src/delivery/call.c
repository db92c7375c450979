/* apic_call: one logical call, made of attempts. The request is built once (URL, body,
 * headers, idempotency key); each attempt authenticates anew (signatures carry a time), sends,
 * and its outcome decides: a result, an error for good, or another attempt after a wait
 * (apic/retry.h). A call that fails for good may go to the dead-letter sink. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "apic/body.h"
#include "apic/codec.h"
#include "apic/ids.h"
#include "base/clock.h"
#include "delivery/call_cache.h"
#include "delivery/call_internal.h"
#include "delivery/client_internal.h"
#include "delivery/dead_letter_request.h"
#include "http/outgoing.h"
#include "http/redirect.h"
#include "http/retry_internal.h"
#include "log/log_internal.h"

typedef apic_request outgoing;

/* An event stream being read (apic_call_events): the parser, fed by the transport as the body
 * arrives, and how many events the caller has seen, since a call is not retried after one. */
typedef struct stream {
    apic_sse_parser parser;
    apic_body_sink sink;
    apic_sse_callback on_event;
    void *ctx;
    int delivered;
    bool nomem;
    size_t max_event; /* largest event (data, type and the line being read), in bytes */
    bool too_large;   /* an event passed max_event: the stream was stopped */
} stream;

/* --- one attempt ---------------------------------------------------------------------------- */

/* Time limits of one call: per attempt, and the deadline of all of them (0: none). */
typedef struct limits {
    long timeout_ms;
    long connect_timeout_ms;
    long long deadline; /* monotonic milliseconds */
    const apic_request_options *opts; /* the caller's, for the response header it wants copied; may be NULL */
    size_t max_body;    /* largest response body (of a stream: event), in bytes */
    bool max_body_from_call; /* max_body is the call's option, not the client's */
} limits;

/* The response header the caller asked for (apic_request_options.response_header), copied out
 * of the answer that ends the call. false when out of memory. */
static bool copy_wanted_header(const apic_request_options *opts, const apic_http_response *res)
{
    if (opts == NULL || opts->response_header == NULL || opts->response_header_value == NULL) return true;
    free(*opts->response_header_value);
    const char *v = apic_http_response_header(res, opts->response_header);
    *opts->response_header_value = v != NULL ? strdup(v) : NULL;
    return v == NULL || *opts->response_header_value != NULL;
}

_Thread_local apic_retry_waiter apic_thread_retry_waiter;

/* The wait before a retry; false when this thread's waiter gave up (the call then fails). */
static bool wait_to_retry(long ms)
{
    const apic_retry_waiter *w = &apic_thread_retry_waiter;
    if (w->wait != NULL) return w->wait(w->ctx, ms);
    apic_sleep_ms(ms);
    return true;
}

/* Appends to err's message, keeping its kind. */
static void add_to_message(apic_error *err, const char *what)
{
    size_t n = strlen(err->message);
    snprintf(err->message + n, sizeof err->message - n, "%s", what);
}

/* One request through the transport. Its failures come out as the documented kinds only, and
 * nothing larger than the limit leaves here, whatever the transport (a custom one may not
 * enforce it: then nothing over it is decoded all the same). */
static int transport_send(const apic_client *c, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    err->retryable = true; /* the transport says otherwise for a failure that asking again cannot mend */
    int rc = c->transport.send(c->transport.ctx, req, res, err);
    if (rc == 0) {
        bool streamed = req->sink != NULL && res->status >= 200 && res->status < 300;
        if (req->max_body_bytes == 0 || streamed || res->body.len <= req->max_body_bytes) return 0;
        err->http_status = res->status;
        apic_http_response_clear(res);
        rc = apic_error_set(err, APIC_E_TOO_LARGE, "response body over %zu bytes", req->max_body_bytes);
    }
    /* A custom transport may return anything; callers can rely on the documented kinds only. */
    if (rc != APIC_E_TIMEOUT && rc != APIC_E_NOMEM && rc != APIC_E_TOO_LARGE) rc = APIC_E_TRANSPORT;
    if (err->kind != rc) apic_error_set(err, (apic_status)rc, "%s", apic_strerror(rc));
    if (rc == APIC_E_NOMEM || rc == APIC_E_TOO_LARGE) err->retryable = false;
    return rc;
}

/* A redirect being followed, for the log: never its URL (a signed URL is a credential). */
static void log_redirect(const apic_client *c, const apic_operation *op, int status, bool foreign)
{
    if (!apic_log_on(&c->log, APIC_LOG_DEBUG)) return;
    char msg[128];
    snprintf(msg, sizeof msg, "following the redirect of HTTP %d to %s", status,
             foreign ? "another origin: no credentials sent" : "the same origin");
    apic_log_attempt a = {.op = op, .status = status, .duration_ms = -1};
    apic_log_emit(&c->log, APIC_LOG_DEBUG, &a, msg);
}

/* The headers of a redirected request: o's as sent (credentials included) while the chain stays
 * on the request's origin; once it left it, o's from before authentication without any
 * credential header. Without the body, its Content-Type goes too. Returns the count. */
static size_t redirect_headers(const outgoing *o, bool foreign, bool body, apic_header *out)
{
    const apic_header *from = foreign ? o->base_hdr : o->hdr;
    size_t n = foreign ? o->base_n_hdr : o->n_hdr, k = 0;
    for (size_t i = 0; i < n; i++) {
        if (foreign && apic_header_is_credential(from[i].name)) continue;
        if (!body && strcasecmp(from[i].name, "Content-Type") == 0) continue;
        out[k++] = from[i];
    }
    return k;
}

/* Follows the redirects that res (the answer to req) starts, up to the client's max_redirects;
 * res ends as the answer to the last request sent. A 3xx left unfollowed is the answer: *why
 * then says why it was not followed. The chain shares the attempt's time (req->timeout_ms). */
static int follow(const apic_client *c, const apic_operation *op, const outgoing *o, apic_http_request req,
                  long long started, apic_http_response *res, const char **why, apic_error *err)
{
    size_t cap = (o->n_hdr > o->base_n_hdr ? o->n_hdr : o->base_n_hdr) + 1;
    apic_header *hdr = malloc(cap * sizeof *hdr);
    if (hdr == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory following a redirect");
    char *url = NULL; /* the URL of the request last sent, when it is not o's */
    bool foreign = false, body = true;
    int rc = 0;
    for (unsigned hop = 0; rc == 0 && apic_redirect_status(res->status); hop++) {
        const char *location = apic_http_response_header(res, "Location");
        if (location == NULL) break; /* nowhere to go: the 3xx is the answer */
        if (hop == c->max_redirects) {
            *why = " (redirect not followed: config.max_redirects reached)";
            break;
        }
        char *next = NULL;
        apic_error scratch = {0};
        rc = apic_redirect_target(req.url, location, &next, &scratch);
        if (rc == APIC_E_HTTP) {
            *why = " (redirect not followed: its Location is no http(s) URL)";
            rc = 0;
            break;
        }
        if (rc != 0) {
            rc = apic_error_set(err, APIC_E_NOMEM, "%s", scratch.message);
            break;
        }
        int status = res->status;
        bool keep_body;
        req.method = apic_redirect_method(status, req.method, &keep_body);
        if (!keep_body) {
            body = false;
            req.body = NULL;
            req.body_len = 0;
        }
        foreign = foreign || !apic_same_origin(o->url.data, next);
        req.n_headers = redirect_headers(o, foreign, body, hdr);
        req.headers = hdr;
        free(url);
        url = next;
        req.url = url;
        long left = req.timeout_ms - (long)(apic_monotonic_ms() - started);
        if (left <= 0) {
            rc = apic_error_set(err, APIC_E_TIMEOUT, "timed out following redirects");
            break;
        }
        req.timeout_ms = left;
        started = apic_monotonic_ms();
        log_redirect(c, op, status, foreign);
        apic_http_response_clear(res);
        rc = transport_send(c, &req, res, err);
    }
    free(url);
    free(hdr);
    return rc;
}

/* The limit a response passed, named for the caller. */
static void name_limit(apic_error *err, const limits *lim)
{
    const char *key = strstr(err->message, "response headers") != NULL ? "config.max_response_header_bytes"
                      : lim->max_body_from_call ? "apic_request_options.max_response_bytes"
                                                : "config.max_response_bytes";
    char note[64];
    snprintf(note, sizeof note, " (%s)", key);
    add_to_message(err, note);
}

static int send_once(const apic_client *c, const apic_operation *op, const outgoing *o, const limits *lim, long timeout_ms,
                     const stream *st, apic_http_response *res, const char **why, apic_error *err)
{
    apic_http_request req = {op->method, o->url.data, o->hdr, o->n_hdr, o->body_data, o->body_len, timeout_ms,
                             lim->connect_timeout_ms, st != NULL ? &st->sink : NULL, lim->max_body,
                             c->max_response_header_bytes};
    err->attempts++;
    long long started = apic_monotonic_ms();
    int rc = transport_send(c, &req, res, err);
    if (rc == 0 && c->max_redirects > 0 && apic_redirect_status(res->status)) {
        rc = follow(c, op, o, req, started, res, why, err);
    }
    if (rc == 0) return 0;
    if (rc == APIC_E_TOO_LARGE) name_limit(err, lim);
    return apic_op_error(err, rc, op);
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

static int finish(const apic_operation *op, apic_http_response *res, stream *st, void **out, apic_error *err)
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

/* --- the call ---------------------------------------------------------------------------------- */

/* Whether the client gives field i of op's parameters a value when the call leaves it unset. */
static bool has_default(const apic_client *c, const apic_operation *op, size_t i)
{
    if (op->param_locs == NULL || op->param_locs[i].in != APIC_IN_PATH) return false;
    for (size_t k = 0; k < c->http.n_path_params; k++) {
        if (strcmp(c->http.path_params[k].name, op->params->fields[i].name) == 0) return true;
    }
    return false;
}

/* The first required parameter the client has no default for, or NULL. */
static const apic_field *first_required(const apic_client *c, const apic_operation *op)
{
    const apic_struct_desc *d = op->params;
    for (size_t i = 0; d != NULL && i < d->n_fields; i++) {
        if ((d->fields[i].flags & APIC_F_REQUIRED) && !has_default(c, op, i)) return &d->fields[i];
    }
    return NULL;
}

static int check_args(const apic_client *c, const apic_operation *op, const void *params, const void *body, apic_error *err)
{
    if (c == NULL) return apic_error_set(err, APIC_E_ARG, "apic_call: client must not be NULL");
    if (op == NULL || op->method == NULL || op->path == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_call: op must not be NULL");
    }
    const apic_field *req = first_required(c, op);
    if (params == NULL && req != NULL) {
        return apic_error_set(err, APIC_E_ARG, "%s: params must not be NULL (parameter '%s' is required)", apic_op_name(op),
                              req->name);
    }
    if (body == NULL && op->body_required && op->body != NULL) {
        return apic_error_set(err, APIC_E_ARG, "%s: body must not be NULL (the request body is required)", apic_op_name(op));
    }
    return 0;
}

int apic_call(apic_client *client, const apic_operation *op, const void *params, const void *body, void **out,
              apic_error *err)
{
    return apic_call_with(client, op, params, body, NULL, out, err);
}

/* The previous attempt's response leaves err before the next attempt (attempts stay). */
static void forget_response(apic_error *err)
{
    free(err->body);
    free(err->request_id);
    err->body = NULL;
    err->body_len = 0;
    err->request_id = NULL;
    err->http_status = 0;
}

/* Whether the failure of an attempt (rc, with res when a response came) is worth another one,
 * and the wait the server asked for (-1: none). A transport failure is, unless the transport
 * said otherwise (transport_retryable: a certificate that does not verify). */
static bool worth_retrying(int rc, const apic_http_response *res, bool transport_retryable, bool conflict_is_final,
                           const long long now_s, long long *asked_ms)
{
    *asked_ms = -1;
    if (rc == APIC_E_TRANSPORT || rc == APIC_E_TIMEOUT) return transport_retryable;
    if (rc != APIC_E_HTTP) return false; /* a result that does not decode is not fixed by asking again */
    bool retry = apic_retry_status(res->status) && !(res->status == 409 && conflict_is_final);
    const char *should = apic_http_response_header(res, "x-should-retry");
    if (should != NULL && strcmp(should, "true") == 0) retry = true;
    if (should != NULL && strcmp(should, "false") == 0) retry = false;
    const char *ms = apic_http_response_header(res, "retry-after-ms");
    char *end = NULL;
    long long v = ms != NULL ? strtoll(ms, &end, 10) : -1;
    if (ms != NULL && end != ms && *end == '\0' && v >= 0) {
        *asked_ms = v;
    } else if (!apic_parse_retry_after(apic_http_response_header(res, "Retry-After"), now_s, asked_ms)) {
        *asked_ms = -1;
    }
    return retry;
}

/* A log record of an attempt; response_body is the body as received (err may hold it now). */
static void log_attempt(const apic_client *c, apic_log_level level, const apic_operation *op, const outgoing *o,
                        const apic_http_response *res, const apic_error *err, long duration_ms, const char *message)
{
    const char *body = res->body.data != NULL ? res->body.data : err->body;
    size_t body_len = res->body.data != NULL ? res->body.len : err->body_len;
    apic_log_attempt a = {op, o->url.data, res->status, err->attempts, duration_ms,
                          apic_http_response_header(res, "X-Request-Id"), o->idempotency_key, o->body_len,
                          body != NULL ? body_len : 0, o->hdr, o->n_hdr, o->body_data, o->body_len, op->body_media,
                          body, body_len, apic_http_response_header(res, "Content-Type")};
    apic_log_emit(&c->log, level, &a, message);
}

static int attempts(apic_client *c, const apic_operation *op, outgoing *o, const apic_retry_policy *pol,
                    const limits *lim, stream *st, apic_call_cache *cc, void **out, apic_error *err)
{
    bool repeatable = apic_retry_method_safe(op->method, o->idempotency_key != NULL);
    for (int retry = 0;; retry++) {
        long timeout = lim->timeout_ms;
        if (lim->deadline != 0) {
            long long left = lim->deadline - apic_monotonic_ms();
            if (left <= 0) break;
            if (left < timeout) timeout = (long)left;
        }
        forget_response(err);
        int rc = apic_request_authenticate(&c->http, op, o, err);
        if (rc != 0) return rc;
        apic_http_response res = {0};
        if (st != NULL) {
            /* Only a stream the caller has seen nothing of is tried again: it starts afresh. */
            apic_sse_clear(&st->parser);
            apic_sse_init(&st->parser, deliver, st);
        }
        long long started = apic_monotonic_ms();
        const char *unfollowed = NULL;
        rc = send_once(c, op, o, lim, timeout, st, &res, &unfollowed, err);
        long duration = (long)(apic_monotonic_ms() - started);
        if (rc == 0) rc = finish(op, &res, st, out, err);
        if (rc == APIC_E_HTTP && unfollowed != NULL) add_to_message(err, unfollowed);
        if (rc == APIC_E_TOO_LARGE && st != NULL && st->too_large) name_limit(err, lim);
        long long asked = -1;
        bool again = rc != 0 && worth_retrying(rc, &res, err->retryable, c->conflict_is_final, (long long)time(NULL), &asked) &&
                     (st == NULL || st->delivered == 0);
        if (rc == 0 && !copy_wanted_header(lim->opts, &res)) {
            rc = apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
        }
        if (rc == 0) {
            apic_call_cache_store(cc, &res);
            if (apic_log_on(&c->log, APIC_LOG_INFO)) log_attempt(c, APIC_LOG_INFO, op, o, &res, err, duration, "ok");
            apic_http_response_clear(&res);
            return 0;
        }
        err->retryable = again;
        char note[160];
        long wait = -1;
        if (again && !repeatable) {
            add_to_message(err, " (not retried: a POST or PATCH without an idempotency key could be applied twice)");
        } else if (again && retry >= pol->max_retries) {
            if (err->attempts > 1) {
                snprintf(note, sizeof note, " (after %d attempts)", err->attempts);
                add_to_message(err, note);
            }
        } else if (again && asked > pol->max_retry_after_ms) {
            snprintf(note, sizeof note, " (not retried: the server asked to wait %lld ms, more than max_retry_after_ms %ld)",
                     asked, pol->max_retry_after_ms);
            add_to_message(err, note);
        } else if (again) {
            wait = asked >= 0 ? (long)asked : apic_backoff_ms(pol, retry);
            if (lim->deadline != 0 && apic_monotonic_ms() + wait >= lim->deadline) wait = -2;
        }
        apic_log_level level = wait >= 0 ? APIC_LOG_WARN : APIC_LOG_ERROR;
        if (apic_log_on(&c->log, level)) {
            char msg[sizeof err->message + 48];
            snprintf(msg, sizeof msg, wait >= 0 ? "%s; retrying in %ld ms" : "%s", err->message, wait);
            log_attempt(c, level, op, o, &res, err, duration, msg);
        }
        apic_http_response_clear(&res);
        if (wait == -2) break;
        if (wait < 0) return rc;
        if (!wait_to_retry(wait)) {
            add_to_message(err, " (retry abandoned: the caller stopped waiting)");
            return rc;
        }
    }
    char why[sizeof err->message];
    memcpy(why, err->message, sizeof why);
    return apic_error_set(err, APIC_E_TIMEOUT, "%s %s: the deadline of %ld ms passed after %d attempts%s%s", op->method,
                          op->path, (long)(pol->deadline_ms), err->attempts, why[0] ? "; last: " : "", why);
}

/* A call refused before anything was sent (bad arguments, a value that breaks the schema). */
static void log_refused(const apic_client *c, const apic_operation *op, const apic_error *err)
{
    if (!apic_log_on(&c->log, APIC_LOG_ERROR)) return;
    apic_log_attempt a = {op, NULL, 0, 0, -1, NULL, NULL, 0, 0, NULL, 0, NULL, 0, NULL, NULL, 0, NULL};
    apic_log_emit(&c->log, APIC_LOG_ERROR, &a, err->message);
}

/* A call that sends nothing by design: offline mode, or an answer still fresh in the cache. */
static void log_unsent(const apic_client *c, const apic_operation *op, int status, const char *what)
{
    if (!apic_log_on(&c->log, APIC_LOG_DEBUG)) return;
    apic_log_attempt a = {op, NULL, status, 0, -1, NULL, NULL, 0, 0, NULL, 0, NULL, 0, NULL, NULL, 0, NULL};
    apic_log_emit(&c->log, APIC_LOG_DEBUG, &a, what);
}

/* Answers the call from the cache when it holds a fresh answer: returns true with *rc set. */
static bool from_cache(apic_client *c, const apic_operation *op, const apic_request_options *opts, apic_call_cache *cc,
                       void **out, apic_error *err, int *rc)
{
    apic_http_response kept = {0};
    if (!apic_call_cache_lookup(cc, &kept)) return false;
    int status = kept.status;
    *rc = finish(op, &kept, NULL, out, err);
    if (*rc == 0 && !copy_wanted_header(opts, &kept)) *rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
    apic_http_response_clear(&kept);
    log_unsent(c, op, status, "answered from the cache");
    return true;
}

int apic_call_with(apic_client *client, const apic_operation *op, const void *params, const void *body,
                   const apic_request_options *opts, void **out, apic_error *err)
{
    return apic_call_internal(client, op, params, body, opts, true, out, err);
}

static int call(apic_client *client, const apic_operation *op, const void *params, const void *body,
                const apic_request_options *opts, bool may_dead_letter, stream *st, void **out, apic_error *err)
{
    /* Every step below may write to err, so a caller passing NULL gets a scratch one. */
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_error_clear(err);
    if (out != NULL) *out = NULL;

    int rc = check_args(client, op, params, opts != NULL && opts->body != NULL ? opts->body : body, err);
    if (rc == 0) rc = apic_request_check_options(op, opts, err);
    if (rc != 0) {
        if (client != NULL && op != NULL) log_refused(client, op, err);
        return rc;
    }

    apic_retry_policy pol = apic_retry_effective(opts != NULL && opts->retry != NULL ? opts->retry : &client->retry);
    limits lim = {opts != NULL && opts->timeout_ms > 0 ? opts->timeout_ms : client->timeout_ms,
                  opts != NULL && opts->connect_timeout_ms > 0 ? opts->connect_timeout_ms : client->connect_timeout_ms,
                  pol.deadline_ms > 0 ? apic_monotonic_ms() + pol.deadline_ms : 0, opts, client->max_response_bytes, false};
    if (opts != NULL && opts->max_response_bytes > 0) {
        lim.max_body = opts->max_response_bytes;
        lim.max_body_from_call = true;
    }
    if (st != NULL) st->max_event = lim.max_body;
    if (client->offline) {
        log_unsent(client, op, 0, "offline mode: not sent");
        return apic_error_set(err, APIC_E_OFFLINE, "%s %s: offline mode (config.offline): nothing is sent", op->method,
                              op->path);
    }
    apic_call_cache cc;
    apic_call_cache_begin(client, op, params, body, opts, &cc);
    if (st == NULL && from_cache(client, op, opts, &cc, out, err, &rc)) {
        apic_call_cache_end(&cc);
        if (rc == 0) err->message[0] = '\0';
        apic_error_clear(&scratch);
        return rc;
    }
    char first_at[25];
    apic_now_rfc3339(first_at);
    outgoing o = {0};
    rc = apic_request_prepare(&client->http, op, params, body, opts, &o, err);
    if (rc == 0) rc = attempts(client, op, &o, &pol, &lim, st, &cc, out, err);
    apic_call_cache_end(&cc);
    if (rc != 0 && err->attempts > 0 && may_dead_letter) {
        apic_dead_letter_call(client->dead_letter, op, &o, opts != NULL && opts->is_event, first_at, err);
        if (client->dead_letter != NULL && apic_log_on(&client->log, APIC_LOG_WARN)) {
            apic_log_attempt a = {op, NULL, err->http_status, 0, -1, NULL, o.idempotency_key, 0, 0,
                                  NULL, 0, NULL, 0, NULL, NULL, 0, NULL};
            apic_log_emit(&client->log, APIC_LOG_WARN, &a, strstr(err->message, "; NOT dead-lettered") != NULL
                                                         ? "could not be dead-lettered" : "dead-lettered");
        }
    } else if (rc != 0 && err->attempts == 0) {
        log_refused(client, op, err);
    }
    apic_request_free(&o);
    if (rc == 0) {
        /* Success leaves only the facts of the exchange (status, attempts) in err. */
        err->kind = APIC_OK;
        err->message[0] = '\0';
        err->retryable = false;
    }
    apic_error_clear(&scratch);
    return rc;
}

int apic_call_internal(apic_client *client, const apic_operation *op, const void *params, const void *body,
                       const apic_request_options *opts, bool may_dead_letter, void **out, apic_error *err)
{
    return call(client, op, params, body, opts, may_dead_letter, NULL, out, err);
}

int apic_call_events(apic_client *client, const apic_operation *op, const void *params, const void *body,
                     const apic_request_options *opts, apic_sse_callback on_event, void *ctx, apic_error *err)
{
    if (on_event == NULL) return apic_error_set(err, APIC_E_ARG, "apic_call_events: on_event must not be NULL");
    stream st = {.on_event = on_event, .ctx = ctx};
    st.sink = (apic_body_sink){stream_write, &st};
    apic_sse_init(&st.parser, deliver, &st);
    int rc = call(client, op, params, body, opts, true, &st, NULL, err);
    apic_sse_clear(&st.parser);
    return rc;
}
