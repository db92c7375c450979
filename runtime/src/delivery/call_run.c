/* The steps of a call (call_run.h): what the blocking and the asynchronous drivers share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "apic/ids.h"
#include "base/clock.h"
#include "delivery/call_run.h"
#include "delivery/client_internal.h"
#include "delivery/dead_letter_request.h"
#include "http/redirect.h"
#include "http/retry_internal.h"
#include "log/log_internal.h"

typedef apic_call_run run_t;

/* Appends to err's message, keeping its kind. */
static void add_to_message(apic_error *err, const char *what)
{
    size_t n = strlen(err->message);
    snprintf(err->message + n, sizeof err->message - n, "%s", what);
}

/* --- checks before anything is built --------------------------------------------------------- */

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

/* --- logs -------------------------------------------------------------------------------------- */

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

/* A log record of an attempt; the response body is as received (err may hold it now). */
static void log_attempt(const run_t *r, apic_log_level level, long duration_ms, const char *message)
{
    const apic_http_response *res = &r->res;
    const apic_error *err = r->err;
    const char *body = res->body.data != NULL ? res->body.data : err->body;
    size_t body_len = res->body.data != NULL ? res->body.len : err->body_len;
    apic_log_attempt a = {r->op, r->o.url.data, res->status, err->attempts, duration_ms,
                          apic_http_response_header(res, "X-Request-Id"), r->o.idempotency_key, r->o.body_len,
                          body != NULL ? body_len : 0, r->o.hdr, r->o.n_hdr, r->o.body_data, r->o.body_len,
                          r->op->body_media, body, body_len, apic_http_response_header(res, "Content-Type")};
    apic_log_emit(&r->c->log, level, &a, message);
}

/* --- opening ---------------------------------------------------------------------------------- */

static void done(run_t *r, int rc)
{
    r->step = APIC_RUN_DONE;
    r->rc = rc;
}

/* Answers the call from the cache when it holds a fresh answer. */
static bool from_cache(run_t *r)
{
    apic_http_response kept = {0};
    if (!apic_call_cache_lookup(&r->cc, &kept)) return false;
    int status = kept.status;
    int rc = apic_run_finish(r->op, &kept, NULL, r->out, r->err);
    if (rc == 0 && !apic_run_copy_header(&r->opts, &kept)) rc = apic_error_set(r->err, APIC_E_NOMEM, "out of memory");
    apic_http_response_clear(&kept);
    log_unsent(r->c, r->op, status, "answered from the cache");
    if (rc == 0) r->err->message[0] = '\0';
    done(r, rc);
    return true;
}

static void begin_attempt(run_t *r);

void apic_run_open(run_t *r, apic_client *c, const apic_operation *op, const void *params, const void *body,
                   const apic_request_options *opts, bool may_dead_letter, apic_run_stream *st, void **out,
                   apic_error *err)
{
    memset(r, 0, sizeof *r);
    r->c = c;
    r->op = op;
    if (opts != NULL) r->opts = *opts;
    r->may_dead_letter = may_dead_letter;
    r->st = st;
    r->out = out;
    r->err = err;
    apic_error_clear(err);
    if (out != NULL) *out = NULL;

    int rc = check_args(c, op, params, opts != NULL && opts->body != NULL ? opts->body : body, err);
    if (rc == 0) rc = apic_request_check_options(op, opts, err);
    if (rc != 0) {
        if (c != NULL && op != NULL) log_refused(c, op, err);
        done(r, rc);
        return;
    }
    r->pol = apic_retry_effective(opts != NULL && opts->retry != NULL ? opts->retry : &c->retry);
    r->lim = (apic_run_limits){opts != NULL && opts->timeout_ms > 0 ? opts->timeout_ms : c->timeout_ms,
                               opts != NULL && opts->connect_timeout_ms > 0 ? opts->connect_timeout_ms : c->connect_timeout_ms,
                               r->pol.deadline_ms > 0 ? apic_monotonic_ms() + r->pol.deadline_ms : 0,
                               c->max_response_bytes, false};
    if (opts != NULL && opts->max_response_bytes > 0) {
        r->lim.max_body = opts->max_response_bytes;
        r->lim.max_body_from_call = true;
    }
    if (st != NULL) st->max_event = r->lim.max_body;
    if (c->offline) {
        log_unsent(c, op, 0, "offline mode: not sent");
        done(r, apic_error_set(err, APIC_E_OFFLINE, "%s %s: offline mode (config.offline): nothing is sent", op->method,
                               op->path));
        return;
    }
    apic_call_cache_begin(c, op, params, body, opts, &r->cc);
    r->cache_open = true;
    if (st == NULL && from_cache(r)) return;
    apic_now_rfc3339(r->first_at);
    r->prepared = true;
    rc = apic_request_prepare(&c->http, op, params, body, opts, &r->o, err);
    if (rc != 0) {
        done(r, rc);
        return;
    }
    r->repeatable = apic_retry_method_safe(op->method, r->o.idempotency_key != NULL);
    /* The first attempt starts when the driver says: an asynchronous call may wait its turn, and
     * authentication is done as late as it can be (signatures carry a time). */
    r->step = APIC_RUN_WAIT;
    r->wait_ms = 0;
}

/* --- an attempt --------------------------------------------------------------------------------- */

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

static void deadline_passed(run_t *r)
{
    apic_error *err = r->err;
    char why[sizeof err->message];
    memcpy(why, err->message, sizeof why);
    done(r, apic_error_set(err, APIC_E_TIMEOUT, "%s %s: the deadline of %ld ms passed after %d attempts%s%s", r->op->method,
                           r->op->path, (long)(r->pol.deadline_ms), err->attempts, why[0] ? "; last: " : "", why));
}

/* Authenticates and sets run->req up for the attempt's first request. */
static void begin_attempt(run_t *r)
{
    long timeout = r->lim.timeout_ms;
    if (r->lim.deadline != 0) {
        long long left = r->lim.deadline - apic_monotonic_ms();
        if (left <= 0) {
            deadline_passed(r);
            return;
        }
        if (left < timeout) timeout = (long)left;
    }
    forget_response(r->err);
    int rc = apic_request_authenticate(&r->c->http, r->op, &r->o, r->err);
    if (rc != 0) {
        done(r, rc);
        return;
    }
    if (r->st != NULL) apic_run_stream_restart(r->st);
    r->req = (apic_http_request){r->op->method, r->o.url.data, r->o.hdr, r->o.n_hdr, r->o.body_data, r->o.body_len, timeout,
                                 r->lim.connect_timeout_ms, r->st != NULL ? &r->st->sink : NULL, r->lim.max_body,
                                 r->c->max_response_header_bytes};
    r->unfollowed = NULL;
    r->hops = 0;
    r->foreign = false;
    r->hop_body = true;
    r->err->attempts++;
    r->err->retryable = true; /* the transport says otherwise for a failure that asking again cannot mend */
    r->attempt_started = r->hop_started = apic_monotonic_ms();
    r->step = APIC_RUN_SEND;
}

/* The transport's failures come out as the documented kinds only, and nothing larger than the
 * limit leaves here, whatever the transport (a custom one may not enforce it: then nothing over
 * it is decoded all the same). */
static int transport_outcome(const apic_http_request *req, apic_http_response *res, int rc, apic_error *err)
{
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

/* The headers of a redirected request: the request's as sent (credentials included) while the
 * chain stays on its origin; once it left it, those from before authentication without any
 * credential header. Without the body, its Content-Type goes too. */
static void redirect_headers(run_t *r)
{
    const apic_header *from = r->foreign ? r->o.base_hdr : r->o.hdr;
    size_t n = r->foreign ? r->o.base_n_hdr : r->o.n_hdr, k = 0;
    for (size_t i = 0; i < n; i++) {
        if (r->foreign && apic_header_is_credential(from[i].name)) continue;
        if (!r->hop_body && strcasecmp(from[i].name, "Content-Type") == 0) continue;
        r->hop_hdr[k++] = from[i];
    }
    r->req.headers = r->hop_hdr;
    r->req.n_headers = k;
}

/* Whether res (the answer to req) starts a redirect to follow: then run->req is the next request
 * (SEND). A 3xx left unfollowed is the answer: run->unfollowed says why. *rc gets a failure
 * (out of memory, time up). The chain shares the attempt's time (req.timeout_ms). */
static bool redirect(run_t *r, int *rc)
{
    apic_http_response *res = &r->res;
    const char *location = apic_http_response_header(res, "Location");
    if (location == NULL) return false; /* nowhere to go: the 3xx is the answer */
    if (r->hops == r->c->max_redirects) {
        r->unfollowed = " (redirect not followed: config.max_redirects reached)";
        return false;
    }
    char *next = NULL;
    apic_error scratch = {0};
    int got = apic_redirect_target(r->req.url, location, &next, &scratch);
    if (got == APIC_E_HTTP) {
        r->unfollowed = " (redirect not followed: its Location is no http(s) URL)";
        return false;
    }
    if (got != 0 || (r->hop_hdr == NULL && (r->hop_hdr = malloc(((r->o.n_hdr > r->o.base_n_hdr ? r->o.n_hdr : r->o.base_n_hdr) + 1) *
                                                                  sizeof *r->hop_hdr)) == NULL)) {
        free(next);
        *rc = apic_error_set(r->err, APIC_E_NOMEM, "%s", got != 0 ? scratch.message : "out of memory following a redirect");
        return false;
    }
    int status = res->status;
    bool keep_body;
    r->req.method = apic_redirect_method(status, r->req.method, &keep_body);
    if (!keep_body) {
        r->hop_body = false;
        r->req.body = NULL;
        r->req.body_len = 0;
    }
    r->foreign = r->foreign || !apic_same_origin(r->o.url.data, next);
    redirect_headers(r);
    free(r->hop_url);
    r->hop_url = next;
    r->req.url = next;
    long left = r->req.timeout_ms - (long)(apic_monotonic_ms() - r->hop_started);
    if (left <= 0) {
        *rc = apic_error_set(r->err, APIC_E_TIMEOUT, "timed out following redirects");
        return false;
    }
    r->req.timeout_ms = left;
    r->hop_started = apic_monotonic_ms();
    r->hops++;
    log_redirect(r->c, r->op, status, r->foreign);
    apic_http_response_clear(res);
    r->err->retryable = true;
    r->step = APIC_RUN_SEND;
    return true;
}

/* The limit a response passed, named for the caller. */
static void name_limit(const run_t *r)
{
    const char *key = strstr(r->err->message, "response headers") != NULL ? "config.max_response_header_bytes"
                      : r->lim.max_body_from_call ? "apic_request_options.max_response_bytes"
                                                  : "config.max_response_bytes";
    char note[64];
    snprintf(note, sizeof note, " (%s)", key);
    add_to_message(r->err, note);
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

/* The wait before the next attempt after a failure worth retrying, or -1 when there is none
 * (the reason added to the message), -2 when it would pass the deadline. */
static long next_wait(run_t *r, long long asked)
{
    apic_error *err = r->err;
    char note[160];
    if (!r->repeatable) {
        add_to_message(err, " (not retried: a POST or PATCH without an idempotency key could be applied twice)");
        return -1;
    }
    if (err->attempts - 1 >= r->pol.max_retries) {
        if (err->attempts > 1) {
            snprintf(note, sizeof note, " (after %d attempts)", err->attempts);
            add_to_message(err, note);
        }
        return -1;
    }
    if (asked > r->pol.max_retry_after_ms) {
        snprintf(note, sizeof note, " (not retried: the server asked to wait %lld ms, more than max_retry_after_ms %ld)",
                 asked, r->pol.max_retry_after_ms);
        add_to_message(err, note);
        return -1;
    }
    long wait = asked >= 0 ? (long)asked : apic_backoff_ms(&r->pol, err->attempts - 1);
    if (r->lim.deadline != 0 && apic_monotonic_ms() + wait >= r->lim.deadline) return -2;
    return wait;
}

/* The attempt's last answer (or failure, rc) is in: a result, a wait, or an error for good. */
static void end_attempt(run_t *r, int rc)
{
    apic_error *err = r->err;
    if (rc != 0) {
        if (rc == APIC_E_TOO_LARGE) name_limit(r);
        rc = apic_op_error(err, rc, r->op);
    }
    long duration = (long)(apic_monotonic_ms() - r->attempt_started);
    apic_run_stream *st = r->st;
    if (rc == 0) rc = apic_run_finish(r->op, &r->res, st, r->out, err);
    if (rc == APIC_E_HTTP && r->unfollowed != NULL) add_to_message(err, r->unfollowed);
    if (rc == APIC_E_TOO_LARGE && st != NULL && st->too_large) name_limit(r);
    long long asked = -1;
    bool again = rc != 0 && worth_retrying(rc, &r->res, err->retryable, r->c->conflict_is_final, (long long)time(NULL), &asked) &&
                 (st == NULL || st->delivered == 0);
    if (rc == 0 && !apic_run_copy_header(&r->opts, &r->res)) {
        rc = apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", r->op->method, r->op->path);
    }
    if (rc == 0) {
        apic_call_cache_store(&r->cc, &r->res);
        if (apic_log_on(&r->c->log, APIC_LOG_INFO)) log_attempt(r, APIC_LOG_INFO, duration, "ok");
        apic_http_response_clear(&r->res);
        done(r, 0);
        return;
    }
    err->retryable = again;
    long wait = again ? next_wait(r, asked) : -1;
    apic_log_level level = wait >= 0 ? APIC_LOG_WARN : APIC_LOG_ERROR;
    if (apic_log_on(&r->c->log, level)) {
        char msg[sizeof err->message + 48];
        snprintf(msg, sizeof msg, wait >= 0 ? "%s; retrying in %ld ms" : "%s", err->message, wait);
        log_attempt(r, level, duration, msg);
    }
    apic_http_response_clear(&r->res);
    if (wait == -2) {
        deadline_passed(r);
    } else if (wait < 0) {
        done(r, rc);
    } else {
        r->rc = rc;
        r->wait_ms = wait;
        r->step = APIC_RUN_WAIT;
    }
}

void apic_run_sent(run_t *r, int rc)
{
    rc = transport_outcome(&r->req, &r->res, rc, r->err);
    if (rc == 0 && r->c->max_redirects > 0 && apic_redirect_status(r->res.status) && redirect(r, &rc)) return;
    end_attempt(r, rc);
}

void apic_run_waited(run_t *r)
{
    begin_attempt(r);
}

void apic_run_stop(run_t *r, int rc, const char *note)
{
    if (rc != 0) {
        apic_error_set(r->err, (apic_status)rc, "%s %s: %s", r->op->method, r->op->path, apic_strerror(rc));
    } else {
        rc = r->rc;
    }
    if (note != NULL) add_to_message(r->err, note);
    apic_http_response_clear(&r->res);
    done(r, rc);
}

/* --- closing ------------------------------------------------------------------------------------ */

static void dead_letter(run_t *r)
{
    apic_client *c = r->c;
    apic_error *err = r->err;
    apic_dead_letter_call(c->dead_letter, r->op, &r->o, r->opts.is_event, r->first_at, err);
    if (c->dead_letter != NULL && apic_log_on(&c->log, APIC_LOG_WARN)) {
        apic_log_attempt a = {r->op, NULL, err->http_status, 0, -1, NULL, r->o.idempotency_key, 0, 0,
                              NULL, 0, NULL, 0, NULL, NULL, 0, NULL};
        apic_log_emit(&c->log, APIC_LOG_WARN, &a, strstr(err->message, "; NOT dead-lettered") != NULL
                                                     ? "could not be dead-lettered" : "dead-lettered");
    }
}

int apic_run_close(run_t *r)
{
    int rc = r->rc;
    apic_error *err = r->err;
    if (r->cache_open) apic_call_cache_end(&r->cc);
    if (r->prepared) {
        /* A cancelled call is neither dead-lettered nor logged as refused: the caller who
         * cancelled it is told. */
        bool failed = rc != 0 && rc != APIC_E_CANCELLED;
        if (failed && err->attempts > 0 && r->may_dead_letter) {
            dead_letter(r);
        } else if (failed && err->attempts == 0) {
            log_refused(r->c, r->op, err);
        }
        apic_request_free(&r->o);
    }
    free(r->hop_hdr);
    free(r->hop_url);
    r->hop_hdr = NULL;
    r->hop_url = NULL;
    apic_http_response_clear(&r->res);
    if (rc == 0) {
        /* Success leaves only the facts of the exchange (status, attempts) in err. */
        err->kind = APIC_OK;
        err->message[0] = '\0';
        err->retryable = false;
    }
    return rc;
}
