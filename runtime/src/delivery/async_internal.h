/* The asynchronous engine of a client (apic/async.h): its calls, in the lists that say where
 * each is, and the multi handle they are sent through. async.c has the entry points and the
 * dispatch, async_call.c moves one call through its steps (call_run.h). */
#ifndef APIC_DELIVERY_ASYNC_INTERNAL_H
#define APIC_DELIVERY_ASYNC_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "apic/async.h"
#include "delivery/call_run.h"
#include "http/curl_loop.h"
#include "http/curl_xfer.h"

typedef enum apic_async_where {
    APIC_AT_INCOMING, /* started, not yet taken by the loop thread */
    APIC_AT_WAITING,  /* over the in-flight limit: waits its turn */
    APIC_AT_SENDING,  /* a transfer in the multi handle */
    APIC_AT_RETRY,    /* waiting to retry, until due */
    APIC_AT_DONE      /* completed, its callback not yet run */
} apic_async_where;

struct apic_async_call {
    struct apic_async *engine;
    apic_call_run run;
    apic_error err;
    void *result;
    apic_async_adapter adapter;
    apic_async_fn typed;
    void *user_data;
    apic_curl_xfer *xfer; /* while sending through libcurl */
    /* Copies of what the request keeps pointing at from the caller's options (a raw body, extra
     * headers): the call outlives apic_call_async(), the caller's memory need not. */
    char *body;
    apic_header *headers;
    char *header_text; /* the names and values headers point into */
    apic_async_where at;
    long long due; /* monotonic ms, while waiting to retry */
    struct apic_async_call *prev, *next;
};

typedef struct apic_async_list {
    apic_async_call *head, *tail;
} apic_async_list;

typedef struct apic_async {
    apic_client *client;
    apic_curl_pool *pool; /* NULL: a custom transport, sent through synchronously */
    apic_curl_loop *loop;
    apic_async_hooks hooks;
    size_t max_in_flight, in_flight;
    pthread_mutex_t lock; /* guards incoming, which any thread appends to */
    apic_async_list incoming;
    apic_async_list waiting, sending, retrying, completed;
    CURL **idle; /* handles of finished transfers, kept for the next (at most max_in_flight) */
    size_t n_idle;
    atomic_size_t pending; /* started and whose callback has not returned */
    atomic_bool closing;   /* the client is being freed: no call starts */
    atomic_bool started;   /* a call was started: too late to configure */
    int depth;             /* entry points running on the loop thread (callbacks may nest them) */
    bool free_client;      /* apic_client_free() was called inside: done when depth is back to 0 */
    long long armed;       /* the time last asked of hooks.timer (-1: none) */
} apic_async;

void apic_async_list_push(apic_async_list *l, apic_async_call *k);
void apic_async_list_push_front(apic_async_list *l, apic_async_call *k);
void apic_async_list_remove(apic_async_list *l, apic_async_call *k);

/* Moves k on from its step: a transfer started, a retry timer set, or completion. */
void apic_async_advance(apic_async *e, apic_async_call *k);
/* A transfer of the multi handle ended (apic_curl_loop_done). */
void apic_async_transfer_done(void *ctx, void *call, CURLcode cc);
/* Stops k wherever it is, short of its callback, with APIC_E_CANCELLED (why added to the
 * message): then it is the first completed. A call completed already is left as it is. */
void apic_async_stop(apic_async *e, apic_async_call *k, const char *why);
/* Frees a call whose callback has run (or never will). */
void apic_async_call_free(apic_async_call *k);

#endif
