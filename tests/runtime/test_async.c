/* Asynchronous calls (apic/async.h) against an HTTP server on 127.0.0.1 written for the test
 * (tests/support/poll_server.h): many calls from one thread, results and callbacks counted,
 * retries and timeouts as timers, cancellation at each stage, the threads rules, the program's
 * own loop through the hooks, and a custom transport. */
#include <poll.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "apic/async.h"
#include "cunit_run.h"
#include "poll_server.h"
#include "thing.h"

static const apic_operation get_op = {"things_get", "GET", "/things/{id}", NULL, NULL, NULL, NULL, false,
                                      thing_responses, 1, NULL, 0, APIC_BODY_JSON, NULL, NULL};
static const apic_operation post_op = {"things_create", "POST", "/things", NULL, NULL, &thing_type, "application/json",
                                       true, thing_responses, 1, NULL, 0, APIC_BODY_JSON, NULL, NULL};

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The number of threads of this process. */
static int threads(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int n = -1;
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        if (sscanf(line, "Threads: %d", &n) == 1) break;
    }
    if (f != NULL) fclose(f);
    return n;
}

/* --- answers ------------------------------------------------------------------------------------- */

/* 200 with a Thing whose id is the number in the request's body {"id":N} or path /things/N. */
static const char *echo(poll_server *s, int n, const ps_request *r)
{
    (void)s;
    (void)n;
    static _Thread_local char out[256];
    long id = -1;
    const char *p = strstr(r->line, "/things/");
    if (p != NULL) id = strtol(p + 8, NULL, 10);
    if ((p = strstr(r->body, "\"id\":")) != NULL) id = strtol(p + 5, NULL, 10);
    char body[64];
    int len = snprintf(body, sizeof body, "{\"id\":%ld,\"name\":\"t\"}", id);
    snprintf(out, sizeof out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len, body);
    return out;
}

static const char *unavailable(const char *retry_after)
{
    static _Thread_local char out[160];
    snprintf(out, sizeof out, "HTTP/1.1 503 Service Unavailable\r\n%s%s%sContent-Length: 0\r\n\r\n",
             retry_after != NULL ? "Retry-After: " : "", retry_after != NULL ? retry_after : "", retry_after != NULL ? "\r\n" : "");
    return out;
}

/* Two 503s, then echo: the first two requests only. */
static const char *twice_503(poll_server *s, int n, const ps_request *r)
{
    return n < 2 ? unavailable(NULL) : echo(s, n, r);
}

static const char *hang(poll_server *s, int n, const ps_request *r)
{
    (void)s;
    (void)n;
    (void)r;
    return NULL;
}

/* 503 asking for a 10 s wait. */
static const char *wait_long(poll_server *s, int n, const ps_request *r)
{
    (void)s;
    (void)n;
    (void)r;
    return unavailable("10");
}

/* The first request (a call that waits 1 s to retry) gets 503 Retry-After: 1; the rest echo. */
static const char *first_waits(poll_server *s, int n, const ps_request *r)
{
    return n == 0 ? unavailable("1") : echo(s, n, r);
}

/* --- clients and callbacks ---------------------------------------------------------------------- */

static apic_client *client_for(const poll_server *s, int max_retries, long timeout_ms)
{
    char base[128];
    snprintf(base, sizeof base, "http://127.0.0.1:%d/api", s->port);
    apic_config cfg = APIC_CONFIG_INIT(base);
    cfg.retry.max_retries = max_retries;
    cfg.retry.initial_delay_ms = 10;
    cfg.retry.max_delay_ms = 20;
    cfg.timeout_ms = timeout_ms;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    return c;
}

/* What one call's callback saw. */
typedef struct outcome {
    int calls; /* times the callback ran: must end at 1 */
    int rc;
    long long id; /* of the Thing returned, -1 without one */
    int attempts;
    int threads; /* of the process, inside the callback */
    long long at;
} outcome;

static void record(void *user_data, int rc, void *result, apic_error *err)
{
    outcome *o = user_data;
    o->calls++;
    o->rc = rc;
    o->attempts = err->attempts;
    o->threads = threads();
    o->at = now_ms();
    thing *t = result;
    o->id = t != NULL ? t->id : -1;
    if (t != NULL) apic_value_free(&thing_type, t);
}

/* Starts a GET of thing id, through opts.url (the path carries the id). */
static int start_get(apic_client *c, int id, outcome *o, apic_async_call **call)
{
    char url[160];
    snprintf(url, sizeof url, "%s/things/%d", getenv("ASYNC_TEST_BASE"), id);
    apic_request_options opts = {0};
    opts.url = url;
    return apic_call_async(c, &get_op, NULL, NULL, &opts, record, o, call, NULL);
}

static void set_base(const poll_server *s)
{
    char base[128];
    snprintf(base, sizeof base, "http://127.0.0.1:%d/api", s->port);
    setenv("ASYNC_TEST_BASE", base, 1);
}

/* --- tests -------------------------------------------------------------------------------------------- */

enum { MANY = 1000 };

static void test_many_calls_one_thread(void)
{
    poll_server *s = ps_start(echo, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    set_base(s);
    apic_client *c = client_for(s, 0, 10000);
    apic_async_options ao = {.max_in_flight = 100};
    CU_ASSERT_EQUAL(apic_async_configure(c, &ao, NULL), 0);
    static outcome o[MANY];
    memset(o, 0, sizeof o);
    int before = threads();
    for (int i = 0; i < MANY; i++) CU_ASSERT_EQUAL(start_get(c, i, &o[i], NULL), 0);
    CU_ASSERT_EQUAL(apic_async_pending(c), MANY);
    CU_ASSERT_EQUAL(s->requests, 0); /* nothing is sent before the loop runs */
    CU_ASSERT_EQUAL(apic_async_run(c, -1), 0);
    int once = 0, right = 0, same_threads = 0;
    for (int i = 0; i < MANY; i++) {
        once += o[i].calls == 1;
        right += o[i].rc == 0 && o[i].id == i;
        same_threads += o[i].threads == before;
    }
    CU_ASSERT_EQUAL(once, MANY);
    CU_ASSERT_EQUAL(right, MANY);
    CU_ASSERT_EQUAL(same_threads, MANY); /* the SDK made no thread */
    CU_ASSERT_EQUAL(s->requests, MANY);
    CU_ASSERT_TRUE(s->peak <= 100); /* the in-flight limit holds */
    CU_ASSERT_TRUE(s->connections < MANY / 2); /* connections are reused */
    apic_client_free(c);
    ps_stop(s);
}

static void test_retries_keep_one_key(void)
{
    poll_server *s = ps_start(twice_503, NULL);
    apic_client *c = client_for(s, 3, 5000);
    thing in = {true, 7, "seven", {0}};
    outcome o = {0};
    CU_ASSERT_EQUAL(apic_call_async(c, &post_op, NULL, &in, NULL, record, &o, NULL, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 5000), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, 0);
    CU_ASSERT_EQUAL(o.id, 7);
    CU_ASSERT_EQUAL(o.attempts, 3);
    CU_ASSERT_EQUAL_FATAL(s->requests, 3);
    CU_ASSERT_NOT_EQUAL(s->record[0].key[0], '\0');
    CU_ASSERT_STRING_EQUAL(s->record[0].key, s->record[1].key);
    CU_ASSERT_STRING_EQUAL(s->record[0].key, s->record[2].key);
    apic_client_free(c);
    ps_stop(s);
}

static void test_timeout_then_dead_letter(void)
{
    poll_server *s = ps_start(hang, NULL);
    char path[] = "/tmp/apic-async-dl-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    char base[128];
    snprintf(base, sizeof base, "http://127.0.0.1:%d/api", s->port);
    apic_config cfg = APIC_CONFIG_INIT(base);
    cfg.retry.max_retries = 1;
    cfg.retry.initial_delay_ms = 10;
    cfg.timeout_ms = 200;
    apic_dead_letter dl = {0};
    dl.path = path;
    dl.all_requests = true;
    cfg.dead_letter = &dl;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    thing in = {true, 1, "one", {0}};
    outcome o = {0};
    long long t0 = now_ms();
    CU_ASSERT_EQUAL(apic_call_async(c, &post_op, NULL, &in, NULL, record, &o, NULL, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 5000), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, APIC_E_TIMEOUT);
    CU_ASSERT_EQUAL(o.attempts, 2);
    CU_ASSERT_TRUE(now_ms() - t0 >= 400);
    CU_ASSERT_EQUAL(s->requests, 2);
    apic_client_free(c);
    FILE *f = fopen(path, "r");
    char line[4096] = "";
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
    fclose(f);
    CU_ASSERT_PTR_NOT_NULL(strstr(line, "\"things_create\""));
    unlink(path);
    ps_stop(s);
}

/* A wait to retry is a timer: other calls complete during it. */
static void test_retry_wait_is_a_timer(void)
{
    poll_server *s = ps_start(first_waits, NULL);
    set_base(s);
    apic_client *c = client_for(s, 2, 5000);
    outcome waiting = {0}, quick = {0};
    long long t0 = now_ms();
    CU_ASSERT_EQUAL(start_get(c, 1, &waiting, NULL), 0);
    /* The first call is sent before the second starts, so that it gets the 503. */
    while (s->requests < 1) apic_async_run(c, 10);
    CU_ASSERT_EQUAL(start_get(c, 2, &quick, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 5000), 0);
    CU_ASSERT_EQUAL(waiting.calls, 1);
    CU_ASSERT_EQUAL(waiting.rc, 0);
    CU_ASSERT_EQUAL(waiting.attempts, 2);
    CU_ASSERT_TRUE(waiting.at - t0 >= 1000);
    CU_ASSERT_EQUAL(quick.calls, 1);
    CU_ASSERT_EQUAL(quick.rc, 0);
    CU_ASSERT_TRUE(quick.at - t0 < 900);
    apic_client_free(c);
    ps_stop(s);
}

static void test_cancel_before_sending(void)
{
    poll_server *s = ps_start(echo, NULL);
    set_base(s);
    apic_client *c = client_for(s, 0, 5000);
    outcome o = {0};
    apic_async_call *call = NULL;
    CU_ASSERT_EQUAL(start_get(c, 1, &o, &call), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(call);
    CU_ASSERT_EQUAL(apic_async_cancel(call), 0);
    CU_ASSERT_EQUAL(o.calls, 1); /* before apic_async_cancel() returned */
    CU_ASSERT_EQUAL(o.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(apic_async_run(c, 200), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(s->requests, 0);
    apic_client_free(c);
    ps_stop(s);
}

static void test_cancel_while_sending(void)
{
    poll_server *s = ps_start(hang, NULL);
    set_base(s);
    apic_client *c = client_for(s, 3, 5000);
    outcome o = {0};
    apic_async_call *call = NULL;
    CU_ASSERT_EQUAL(start_get(c, 1, &o, &call), 0);
    long long t0 = now_ms();
    while (s->requests < 1 && now_ms() - t0 < 3000) apic_async_run(c, 10);
    CU_ASSERT_EQUAL_FATAL(s->requests, 1);
    CU_ASSERT_EQUAL(apic_async_cancel(call), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(apic_async_run(c, 300), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(s->requests, 1); /* no retry after the cancellation */
    apic_client_free(c);
    ps_stop(s);
}

static void test_cancel_while_waiting_to_retry(void)
{
    poll_server *s = ps_start(wait_long, NULL);
    set_base(s);
    apic_client *c = client_for(s, 3, 5000);
    outcome o = {0};
    apic_async_call *call = NULL;
    CU_ASSERT_EQUAL(start_get(c, 1, &o, &call), 0);
    long long t0 = now_ms();
    while (s->requests < 1 && now_ms() - t0 < 3000) apic_async_run(c, 10);
    apic_async_run(c, 100); /* the 503 is read: the call waits its 10 s */
    CU_ASSERT_EQUAL(o.calls, 0);
    CU_ASSERT_EQUAL(apic_async_pending(c), 1);
    CU_ASSERT_EQUAL(apic_async_cancel(call), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(apic_async_pending(c), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 300), 0);
    CU_ASSERT_EQUAL(s->requests, 1);
    apic_client_free(c);
    ps_stop(s);
}

/* --- threads ----------------------------------------------------------------------------------------- */

typedef struct chain {
    apic_client *c;
    int left; /* calls still to start from callbacks */
    int done;
} chain;

static void chained(void *user_data, int rc, void *result, apic_error *err)
{
    (void)err;
    chain *ch = user_data;
    CU_ASSERT_EQUAL(rc, 0);
    apic_value_free(&thing_type, result);
    ch->done++;
    if (ch->left-- > 0) {
        char url[160];
        snprintf(url, sizeof url, "%s/things/%d", getenv("ASYNC_TEST_BASE"), ch->left);
        apic_request_options opts = {0};
        opts.url = url;
        CU_ASSERT_EQUAL(apic_call_async(ch->c, &get_op, NULL, NULL, &opts, chained, ch, NULL, NULL), 0);
    }
}

static void test_callback_starts_a_call(void)
{
    poll_server *s = ps_start(echo, NULL);
    set_base(s);
    apic_client *c = client_for(s, 0, 5000);
    chain ch = {c, 5, 0};
    apic_request_options opts = {0};
    char url[160];
    snprintf(url, sizeof url, "%s/things/9", getenv("ASYNC_TEST_BASE"));
    opts.url = url;
    CU_ASSERT_EQUAL(apic_call_async(c, &get_op, NULL, NULL, &opts, chained, &ch, NULL, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 5000), 0);
    CU_ASSERT_EQUAL(ch.done, 6);
    apic_client_free(c);
    ps_stop(s);
}

typedef struct freeing {
    apic_client *c;
    int freed;
} freeing;

static void frees_client(void *user_data, int rc, void *result, apic_error *err)
{
    (void)rc;
    (void)err;
    freeing *f = user_data;
    apic_value_free(&thing_type, result);
    apic_client_free(f->c);
    f->freed++;
}

static void test_callback_frees_the_client(void)
{
    poll_server *s = ps_start(first_waits, NULL);
    set_base(s);
    apic_client *c = client_for(s, 3, 5000);
    outcome waiting = {0}, queued = {0};
    CU_ASSERT_EQUAL(start_get(c, 1, &waiting, NULL), 0); /* gets the 503: waits 1 s */
    while (s->requests < 1) apic_async_run(c, 10);
    freeing f = {c, 0};
    char url[160];
    snprintf(url, sizeof url, "%s/things/2", getenv("ASYNC_TEST_BASE"));
    apic_request_options opts = {0};
    opts.url = url;
    CU_ASSERT_EQUAL(apic_call_async(c, &get_op, NULL, NULL, &opts, frees_client, &f, NULL, NULL), 0);
    CU_ASSERT_EQUAL(start_get(c, 3, &queued, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 5000), APIC_E_STATE); /* c is gone: not touched again */
    CU_ASSERT_EQUAL(f.freed, 1);
    CU_ASSERT_EQUAL(waiting.calls, 1);
    CU_ASSERT_EQUAL(waiting.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(queued.calls, 1);
    CU_ASSERT_TRUE(queued.rc == APIC_E_CANCELLED || queued.rc == 0);
    ps_stop(s);
}

typedef struct starter {
    apic_client *c;
    outcome o[10];
} starter;

static void *start_from_thread(void *arg)
{
    starter *st = arg;
    struct timespec ts = {0, 50 * 1000000};
    nanosleep(&ts, NULL);
    for (int i = 0; i < 10; i++) start_get(st->c, 100 + i, &st->o[i], NULL);
    return NULL;
}

static void test_call_from_another_thread(void)
{
    poll_server *s = ps_start(echo, NULL);
    set_base(s);
    apic_client *c = client_for(s, 0, 5000);
    starter st = {c, {{0}}};
    /* A call the loop waits on meanwhile, so that apic_async_run() does not return at once. */
    poll_server *slow = ps_start(first_waits, NULL);
    char url[160];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/api/things/1", slow->port);
    apic_request_options opts = {0};
    opts.url = url;
    outcome waiting = {0};
    CU_ASSERT_EQUAL(apic_call_async(c, &get_op, NULL, NULL, &opts, record, &waiting, NULL, NULL), 0);
    pthread_t t;
    CU_ASSERT_EQUAL_FATAL(pthread_create(&t, NULL, start_from_thread, &st), 0);
    long long t0 = now_ms();
    CU_ASSERT_EQUAL(apic_async_run(c, 5000), 0);
    pthread_join(t, NULL);
    int done = 0;
    for (int i = 0; i < 10; i++) {
        done += st.o[i].calls == 1 && st.o[i].rc == 0 && st.o[i].id == 100 + i;
        CU_ASSERT_TRUE(st.o[i].at - t0 < 900); /* woken, not left until the 1 s retry */
    }
    CU_ASSERT_EQUAL(done, 10);
    CU_ASSERT_EQUAL(waiting.rc, 0);
    apic_client_free(c);
    ps_stop(slow);
    ps_stop(s);
}

/* --- the program's own loop ------------------------------------------------------------------------ */

enum { MAX_FDS = 256 };

typedef struct my_loop {
    struct pollfd fds[MAX_FDS];
    int n;
    long long timer_at; /* -1: none */
    int watch_calls, timer_calls;
} my_loop;

static void my_watch(void *ctx, int fd, int events)
{
    my_loop *l = ctx;
    l->watch_calls++;
    int i = 0;
    while (i < l->n && l->fds[i].fd != fd) i++;
    if (events == 0) {
        if (i < l->n) l->fds[i] = l->fds[--l->n];
        return;
    }
    if (i == l->n) l->n++;
    l->fds[i] = (struct pollfd){fd, (short)(((events & APIC_ASYNC_IN) ? POLLIN : 0) | ((events & APIC_ASYNC_OUT) ? POLLOUT : 0)), 0};
}

static void my_timer(void *ctx, long ms)
{
    my_loop *l = ctx;
    l->timer_calls++;
    l->timer_at = ms < 0 ? -1 : now_ms() + ms;
}

static void test_hooks_drive_the_calls(void)
{
    poll_server *s = ps_start(twice_503, NULL);
    set_base(s);
    apic_client *c = client_for(s, 3, 5000);
    my_loop l = {.timer_at = -1};
    apic_async_options ao = {0};
    ao.hooks = (apic_async_hooks){my_watch, my_timer, &l};
    CU_ASSERT_EQUAL(apic_async_configure(c, &ao, NULL), 0);
    CU_ASSERT_EQUAL(l.n, 1); /* the wake-up pipe */
    outcome o[20] = {{0}};
    for (int i = 0; i < 20; i++) CU_ASSERT_EQUAL(start_get(c, i, &o[i], NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 0), APIC_E_STATE); /* the hooks drive this client */
    long long t0 = now_ms();
    while (apic_async_pending(c) > 0 && now_ms() - t0 < 5000) {
        long wait = l.timer_at < 0 ? 1000 : l.timer_at > now_ms() ? (long)(l.timer_at - now_ms()) : 0;
        struct pollfd ready[MAX_FDS];
        int n = l.n;
        memcpy(ready, l.fds, sizeof ready[0] * (size_t)n);
        int got = poll(ready, (nfds_t)n, (int)wait);
        for (int i = 0; got > 0 && i < n; i++) {
            if (ready[i].revents == 0) continue;
            int ev = ((ready[i].revents & (POLLIN | POLLHUP | POLLERR)) ? APIC_ASYNC_IN : 0) |
                     ((ready[i].revents & POLLOUT) ? APIC_ASYNC_OUT : 0);
            apic_async_socket_ready(c, ready[i].fd, ev);
        }
        if (l.timer_at >= 0 && l.timer_at <= now_ms()) {
            l.timer_at = -1;
            apic_async_timeout(c);
        }
    }
    int ok = 0;
    for (int i = 0; i < 20; i++) ok += o[i].calls == 1 && o[i].rc == 0 && o[i].id == i;
    CU_ASSERT_EQUAL(ok, 20);
    CU_ASSERT_EQUAL(s->requests, 22); /* two answered 503 and were retried */
    CU_ASSERT_TRUE(l.timer_calls > 0);
    apic_client_free(c);
    CU_ASSERT_EQUAL(l.n, 0); /* everything unwatched */
    ps_stop(s);
}

/* --- a custom transport, and refusals ------------------------------------------------------------------ */

static int canned_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)err;
    (*(int *)ctx)++;
    CU_ASSERT_PTR_NOT_NULL(strstr(req->url, "/things/5"));
    res->status = 200;
    apic_http_response_add_header(res, "Content-Type", 12, "application/json", 16);
    return apic_buf_append(&res->body, "{\"id\":5}", 8);
}

static void test_custom_transport(void)
{
    int sent = 0;
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9/api");
    apic_transport t = {canned_send, NULL, &sent};
    cfg.transport = &t;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    setenv("ASYNC_TEST_BASE", "http://127.0.0.1:9/api", 1);
    outcome o = {0};
    CU_ASSERT_EQUAL(start_get(c, 5, &o, NULL), 0);
    CU_ASSERT_EQUAL(sent, 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 1000), 0);
    CU_ASSERT_EQUAL(sent, 1);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.id, 5);
    apic_client_free(c);
}

static void never(void *user_data, int rc, void *result, apic_error *err)
{
    (void)rc;
    (void)result;
    (void)err;
    (*(int *)user_data)++;
}

static void test_refused_calls_have_no_callback(void)
{
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9/api");
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    int called = 0;
    apic_error err = {0};
    apic_async_call *call = (apic_async_call *)&called;
    /* The body is required. */
    CU_ASSERT_EQUAL(apic_call_async(c, &post_op, NULL, NULL, NULL, never, &called, &call, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NULL(call);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "body must not be NULL"));
    CU_ASSERT_EQUAL(apic_call_async(c, &post_op, NULL, NULL, NULL, NULL, &called, NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_async_pending(c), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 0), 0);
    CU_ASSERT_EQUAL(called, 0);
    apic_async_options bad = {.max_in_flight = 100001};
    CU_ASSERT_EQUAL(apic_async_configure(c, &bad, &err), APIC_E_CONFIG);
    apic_error_clear(&err);
    apic_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"1,000 calls from one thread: each callback once, results right, no thread made", test_many_calls_one_thread},
        {"retries after 503s keep one idempotency key", test_retries_keep_one_key},
        {"attempts that time out, then a dead letter", test_timeout_then_dead_letter},
        {"a wait to retry is a timer: other calls complete meanwhile", test_retry_wait_is_a_timer},
        {"cancelled before sending: nothing sent, callback once", test_cancel_before_sending},
        {"cancelled while sending: callback once, no retry", test_cancel_while_sending},
        {"cancelled while waiting to retry: callback once, nothing more sent", test_cancel_while_waiting_to_retry},
        {"a callback starts the next call", test_callback_starts_a_call},
        {"a callback frees the client: the others are cancelled, once each", test_callback_frees_the_client},
        {"calls started from another thread wake the loop", test_call_from_another_thread},
        {"the program's loop drives the calls through the hooks", test_hooks_drive_the_calls},
        {"a custom transport is sent through from the loop", test_custom_transport},
        {"refused calls return the error and have no callback", test_refused_calls_have_no_callback},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"async", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
