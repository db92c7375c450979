/* The asynchronous engine's entry points (apic/async.h). Every function the loop thread calls
 * (run, socket_ready, timeout, cancel) enters the engine, does its part, then dispatches: the
 * calls started meanwhile are taken in, as many as the in-flight limit allows begin, due
 * retries start, and the callbacks of completed calls run, last, when the engine's lists are
 * consistent, so that a callback may start or cancel calls and even free the client. */
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "delivery/async_internal.h"
#include "delivery/client_internal.h"

_Static_assert((int)APIC_ASYNC_IN == (int)APIC_LOOP_IN && (int)APIC_ASYNC_OUT == (int)APIC_LOOP_OUT, "the loop passes the watch masks through");

enum { DEFAULT_MAX_IN_FLIGHT = 64, MOST_IN_FLIGHT = 100000 };

/* The engine this thread is dispatching, if any: a call it starts needs no wake-up. */
static _Thread_local apic_async *dispatching;

typedef struct entry {
    apic_async *previous;
} entry;

static void watch_hook(void *ctx, int fd, int events)
{
    apic_async *e = ctx;
    if (e->hooks.watch != NULL) e->hooks.watch(e->hooks.ctx, fd, events);
}

static void engine_free(apic_async *e)
{
    if (e == NULL) return;
    apic_curl_loop_free(e->loop);
    for (size_t i = 0; i < e->n_idle; i++) apic_curl_handle_release(e->pool, e->idle[i]);
    free(e->idle);
    pthread_mutex_destroy(&e->lock);
    free(e);
}

static int engine_new(apic_client *c, const apic_async_options *opts, apic_async **out, apic_error *err)
{
    *out = NULL;
    apic_async *e = calloc(1, sizeof *e);
    if (e == NULL || pthread_mutex_init(&e->lock, NULL) != 0) {
        free(e);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory starting asynchronous calls");
    }
    e->client = c;
    e->pool = apic_curl_pool_of(&c->transport);
    e->max_in_flight = opts != NULL && opts->max_in_flight > 0 ? opts->max_in_flight : DEFAULT_MAX_IN_FLIGHT;
    if (opts != NULL) e->hooks = opts->hooks;
    e->armed = -1;
    e->idle = calloc(e->max_in_flight, sizeof *e->idle);
    if (e->idle == NULL || (e->loop = apic_curl_loop_new(apic_async_transfer_done, watch_hook, e)) == NULL) {
        engine_free(e);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory (or out of file descriptors) starting asynchronous calls");
    }
    *out = e;
    return 0;
}

/* The client's engine, made by the first thread that needs it. */
static int engine_of(apic_client *c, apic_async **out, apic_error *err)
{
    *out = atomic_load(&c->async);
    if (*out != NULL) return 0;
    apic_async *e;
    int rc = engine_new(c, NULL, &e, err);
    if (rc != 0) return rc;
    apic_async *none = NULL;
    if (!atomic_compare_exchange_strong(&c->async, &none, e)) {
        engine_free(e);
        e = none;
    }
    *out = e;
    return 0;
}

int apic_async_configure(apic_client *client, const apic_async_options *opts, apic_error *err)
{
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "apic_async_configure: client must not be NULL");
    if (opts != NULL && (opts->hooks.watch == NULL) != (opts->hooks.timer == NULL)) {
        return apic_error_set(err, APIC_E_ARG, "apic_async_configure: hooks.watch and hooks.timer go together");
    }
    if (opts != NULL && opts->max_in_flight > MOST_IN_FLIGHT) {
        return apic_error_set(err, APIC_E_CONFIG, "max_in_flight: at most %d", MOST_IN_FLIGHT);
    }
    apic_async *old = atomic_load(&client->async);
    if (old != NULL && atomic_load(&old->started)) {
        return apic_error_set(err, APIC_E_STATE, "apic_async_configure: calls were started already");
    }
    apic_async *e;
    int rc = engine_new(client, opts, &e, err);
    if (rc != 0) return rc;
    atomic_store(&client->async, e);
    engine_free(old);
    return 0;
}

/* --- dispatch ----------------------------------------------------------------------------------- */

static void enter(apic_async *e, entry *at)
{
    at->previous = dispatching;
    dispatching = e;
    e->depth++;
}

static long long earliest_retry(const apic_async *e)
{
    long long due = -1;
    for (const apic_async_call *k = e->retrying.head; k != NULL; k = k->next) {
        if (due < 0 || k->due < due) due = k->due;
    }
    return due;
}

/* When the engine next has something to do without a socket: curl's timer or a retry. */
static long long next_due(const apic_async *e)
{
    long long a = apic_curl_loop_due(e->loop), b = earliest_retry(e);
    return a < 0 ? b : b < 0 ? a : a < b ? a : b;
}

static void take_incoming(apic_async *e)
{
    pthread_mutex_lock(&e->lock);
    apic_async_call *k = e->incoming.head;
    e->incoming.head = e->incoming.tail = NULL;
    pthread_mutex_unlock(&e->lock);
    while (k != NULL) {
        apic_async_call *next = k->next;
        if (k->run.step == APIC_RUN_DONE) {
            /* Answered without sending (offline, the cache): only its callback is left. */
            apic_run_close(&k->run);
            k->at = APIC_AT_DONE;
            apic_async_list_push(&e->completed, k);
        } else {
            k->at = APIC_AT_WAITING;
            apic_async_list_push(&e->waiting, k);
        }
        k = next;
    }
}

static void admit(apic_async *e)
{
    while (e->waiting.head != NULL && e->in_flight < e->max_in_flight) {
        apic_async_call *k = e->waiting.head;
        apic_async_list_remove(&e->waiting, k);
        e->in_flight++;
        apic_run_waited(&k->run);
        apic_async_advance(e, k);
    }
}

static void retry_due(apic_async *e)
{
    long long now = apic_monotonic_ms();
    for (apic_async_call *k = e->retrying.head, *next; k != NULL; k = next) {
        next = k->next;
        if (k->due > now) continue;
        apic_async_list_remove(&e->retrying, k);
        apic_run_waited(&k->run);
        apic_async_advance(e, k);
        next = e->retrying.head; /* advance() may have added to the list: start over */
    }
}

static void deliver(apic_async *e)
{
    apic_async_call *k;
    while ((k = e->completed.head) != NULL) {
        apic_async_list_remove(&e->completed, k);
        k->adapter(k->typed, k->user_data, k->run.rc, k->run.rc == 0 ? k->result : NULL, &k->err);
        apic_async_call_free(k);
        atomic_fetch_sub(&e->pending, 1);
    }
}

static bool incoming(apic_async *e)
{
    pthread_mutex_lock(&e->lock);
    bool some = e->incoming.head != NULL;
    pthread_mutex_unlock(&e->lock);
    return some;
}

/* Everything that is ready, until nothing is: callbacks may start more. */
static void dispatch(apic_async *e)
{
    do {
        take_incoming(e);
        admit(e);
        retry_due(e);
        deliver(e);
    } while (e->completed.head != NULL || (e->waiting.head != NULL && e->in_flight < e->max_in_flight) || incoming(e));
}

/* Asks the program's loop for the timer the engine needs now. */
static void rearm(apic_async *e)
{
    if (e->hooks.timer == NULL) return;
    long long due = next_due(e);
    if (due == e->armed) return;
    e->armed = due;
    long long ms = due < 0 ? -1 : due - apic_monotonic_ms();
    e->hooks.timer(e->hooks.ctx, due < 0 ? -1L : ms < 0 ? 0L : (long)ms);
}

/* Returns true when the client was freed meanwhile (by a callback): the caller returns at once. */
static bool leave(apic_async *e, const entry *at)
{
    dispatch(e);
    e->depth--;
    dispatching = at->previous;
    if (e->depth > 0) return false;
    if (e->free_client) {
        apic_client_free(e->client);
        return true;
    }
    rearm(e);
    return false;
}

/* Cancels every call not completed, for the client's end. */
static void cancel_all(apic_async *e)
{
    atomic_store(&e->closing, true);
    apic_async_list *lists[] = {&e->incoming, &e->waiting, &e->sending, &e->retrying};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        while (lists[i]->head != NULL) apic_async_stop(e, lists[i]->head, " (the client was freed)");
    }
}

bool apic_async_release(apic_client *client)
{
    apic_async *e = atomic_load(&client->async);
    if (e == NULL) return true;
    if (e->depth > 0) {
        /* Inside a callback: the engine's callers still hold it. */
        if (!e->free_client) {
            e->free_client = true;
            cancel_all(e);
        }
        return false;
    }
    entry at;
    enter(e, &at);
    cancel_all(e);
    dispatch(e);
    e->depth--;
    dispatching = at.previous;
    engine_free(e);
    atomic_store(&client->async, NULL);
    return true;
}

/* --- starting and cancelling --------------------------------------------------------------------- */

/* The caller's options with the raw body and extra headers copied into k (the request points at
 * them until the call ends); false when out of memory. */
static bool own_options(apic_async_call *k, const apic_request_options *opts, apic_request_options *mine)
{
    *mine = *opts;
    if (opts->body != NULL) {
        k->body = malloc(opts->body_len + 1);
        if (k->body == NULL) return false;
        memcpy(k->body, opts->body, opts->body_len);
        k->body[opts->body_len] = '\0';
        mine->body = k->body;
    }
    if (opts->headers == NULL || opts->n_headers == 0) return true;
    size_t text = 0;
    for (size_t i = 0; i < opts->n_headers; i++) {
        const apic_header *h = &opts->headers[i];
        text += (h->name != NULL ? strlen(h->name) : 0) + (h->value != NULL ? strlen(h->value) : 0) + 2;
    }
    k->headers = malloc(opts->n_headers * sizeof *k->headers);
    k->header_text = malloc(text);
    if (k->headers == NULL || k->header_text == NULL) return false;
    char *at = k->header_text;
    for (size_t i = 0; i < opts->n_headers; i++) {
        const char *parts[2] = {opts->headers[i].name, opts->headers[i].value};
        const char *copies[2] = {NULL, NULL};
        for (int j = 0; j < 2; j++) {
            if (parts[j] == NULL) continue; /* refused, with its name, by the option checks */
            size_t n = strlen(parts[j]) + 1;
            memcpy(at, parts[j], n);
            copies[j] = at;
            at += n;
        }
        k->headers[i] = (apic_header){copies[0], copies[1]};
    }
    mine->headers = k->headers;
    return true;
}

int apic_call_async_adapted(apic_client *client, const apic_operation *op, const void *params, const void *body,
                            const apic_request_options *opts, apic_async_adapter adapter, apic_async_fn typed,
                            void *user_data, apic_async_call **call, apic_error *err)
{
    if (call != NULL) *call = NULL;
    apic_error_clear(err);
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "apic_call_async: client must not be NULL");
    if (adapter == NULL || typed == NULL) return apic_error_set(err, APIC_E_ARG, "apic_call_async: the callback must not be NULL");
    apic_async *e;
    int rc = engine_of(client, &e, err);
    if (rc != 0) return rc;
    if (atomic_load(&e->closing)) return apic_error_set(err, APIC_E_STATE, "apic_call_async: the client is being freed");
    apic_async_call *k = calloc(1, sizeof *k);
    if (k == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_call_async: out of memory");
    k->engine = e;
    k->adapter = adapter;
    k->typed = typed;
    k->user_data = user_data;
    apic_request_options mine;
    if (opts != NULL && !own_options(k, opts, &mine)) {
        apic_async_call_free(k);
        return apic_error_set(err, APIC_E_NOMEM, "apic_call_async: out of memory");
    }
    apic_run_open(&k->run, client, op, params, body, opts != NULL ? &mine : NULL, true, NULL, &k->result, &k->err);
    if (k->run.step == APIC_RUN_DONE && k->run.rc != 0 && k->run.rc != APIC_E_OFFLINE) {
        /* Refused before anything could be sent: the caller hears it now, not from a callback. */
        rc = apic_run_close(&k->run);
        if (err != NULL) {
            *err = k->err;
            memset(&k->err, 0, sizeof k->err);
        }
        apic_async_call_free(k);
        return rc;
    }
    atomic_store(&e->started, true);
    atomic_fetch_add(&e->pending, 1);
    if (call != NULL) *call = k;
    k->at = APIC_AT_INCOMING;
    pthread_mutex_lock(&e->lock);
    apic_async_list_push(&e->incoming, k);
    pthread_mutex_unlock(&e->lock);
    /* The loop thread dispatching takes it before it returns; otherwise it is woken. */
    if (dispatching != e) apic_curl_loop_wake(e->loop);
    return 0;
}

/* Calls the plain callback that apic_call_async() was given. */
static void plain(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((apic_async_callback)typed)(user_data, rc, result, err);
}

int apic_call_async(apic_client *client, const apic_operation *op, const void *params, const void *body,
                    const apic_request_options *opts, apic_async_callback cb, void *user_data, apic_async_call **call,
                    apic_error *err)
{
    return apic_call_async_adapted(client, op, params, body, opts, plain, (apic_async_fn)cb, user_data, call, err);
}

int apic_async_cancel(apic_async_call *call)
{
    if (call == NULL) return APIC_E_ARG;
    apic_async *e = call->engine;
    entry at;
    enter(e, &at);
    apic_async_stop(e, call, NULL);
    leave(e, &at);
    return 0;
}

/* --- driving ----------------------------------------------------------------------------------- */

int apic_async_run(apic_client *client, long timeout_ms)
{
    if (client == NULL) return APIC_E_ARG;
    apic_async *e = atomic_load(&client->async);
    if (e == NULL) return 0;
    if (e->hooks.watch != NULL) return APIC_E_STATE;
    long long end = timeout_ms < 0 ? -1 : apic_monotonic_ms() + timeout_ms;
    entry at;
    enter(e, &at);
    for (;;) {
        dispatch(e);
        if (e->free_client || atomic_load(&e->pending) == 0) break;
        long long now = apic_monotonic_ms();
        if (end >= 0 && now >= end && timeout_ms > 0) break;
        long long due = next_due(e);
        if (end >= 0 && (due < 0 || end < due)) due = end;
        apic_curl_loop_poll(e->loop, due < 0 ? -1 : due > now ? (long)(due - now) : 0);
        if (timeout_ms == 0) {
            dispatch(e);
            break;
        }
    }
    if (leave(e, &at)) return APIC_E_STATE;
    return (int)atomic_load(&e->pending);
}

void apic_async_socket_ready(apic_client *client, int fd, int events)
{
    apic_async *e = client != NULL ? atomic_load(&client->async) : NULL;
    if (e == NULL) return;
    entry at;
    enter(e, &at);
    apic_curl_loop_socket(e->loop, fd, events);
    apic_curl_loop_timeout(e->loop);
    leave(e, &at);
}

void apic_async_timeout(apic_client *client)
{
    apic_async *e = client != NULL ? atomic_load(&client->async) : NULL;
    if (e == NULL) return;
    entry at;
    enter(e, &at);
    e->armed = -1;
    apic_curl_loop_timeout(e->loop);
    leave(e, &at);
}

size_t apic_async_pending(const apic_client *client)
{
    apic_async *e = client != NULL ? atomic_load(&((apic_client *)client)->async) : NULL;
    return e != NULL ? atomic_load(&e->pending) : 0;
}
