/* One asynchronous call through its steps (call_run.h): each send is a transfer of the engine's
 * multi handle, each wait a timer; nothing here blocks, except the send of a custom transport,
 * which has no other form. */
#include <stdlib.h>

#include "base/clock.h"
#include "delivery/async_internal.h"
#include "delivery/client_internal.h"

void apic_async_list_push(apic_async_list *l, apic_async_call *k)
{
    k->next = NULL;
    k->prev = l->tail;
    if (l->tail != NULL) l->tail->next = k;
    else l->head = k;
    l->tail = k;
}

void apic_async_list_push_front(apic_async_list *l, apic_async_call *k)
{
    k->prev = NULL;
    k->next = l->head;
    if (l->head != NULL) l->head->prev = k;
    else l->tail = k;
    l->head = k;
}

void apic_async_list_remove(apic_async_list *l, apic_async_call *k)
{
    if (k->prev != NULL) k->prev->next = k->next;
    else l->head = k->next;
    if (k->next != NULL) k->next->prev = k->prev;
    else l->tail = k->prev;
    k->prev = k->next = NULL;
}

/* A finished transfer's handle, kept for the next one: its connection stays with the multi
 * handle either way, but making a handle costs more than keeping one. */
static void keep_handle(apic_async *e, CURL *h)
{
    if (h == NULL) return;
    if (e->n_idle < e->max_in_flight) {
        e->idle[e->n_idle++] = h;
    } else {
        apic_curl_handle_release(e->pool, h);
    }
}

/* Starts k's request as a transfer; false with the transport's status in *rc when it cannot. */
static bool start_transfer(apic_async *e, apic_async_call *k, int *rc)
{
    CURL *h = e->n_idle > 0 ? e->idle[--e->n_idle] : NULL;
    *rc = apic_curl_xfer_begin(e->pool, h, &k->run.req, &k->run.res, &k->xfer, &k->err);
    if (*rc != 0) return false;
    if (apic_curl_loop_add(e->loop, apic_curl_xfer_handle(k->xfer), k) != CURLM_OK) {
        apic_curl_xfer_end(k->xfer, CURLE_FAILED_INIT, &h, &k->err);
        k->xfer = NULL;
        keep_handle(e, h);
        *rc = apic_error_set(&k->err, APIC_E_TRANSPORT, "request failed: the transfer could not be started");
        return false;
    }
    return true;
}

void apic_async_advance(apic_async *e, apic_async_call *k)
{
    for (;;) {
        apic_call_run *run = &k->run;
        if (run->step == APIC_RUN_SEND) {
            int rc;
            if (e->pool == NULL) {
                apic_client *c = e->client;
                apic_run_sent(run, c->transport.send(c->transport.ctx, &run->req, &run->res, &k->err));
                continue;
            }
            if (!start_transfer(e, k, &rc)) {
                apic_run_sent(run, rc);
                continue;
            }
            k->at = APIC_AT_SENDING;
            apic_async_list_push(&e->sending, k);
            return;
        }
        if (run->step == APIC_RUN_WAIT) {
            k->due = apic_monotonic_ms() + run->wait_ms;
            k->at = APIC_AT_RETRY;
            apic_async_list_push(&e->retrying, k);
            return;
        }
        apic_run_close(run);
        e->in_flight--;
        k->at = APIC_AT_DONE;
        apic_async_list_push(&e->completed, k);
        return;
    }
}

void apic_async_transfer_done(void *ctx, void *call, CURLcode cc)
{
    apic_async *e = ctx;
    apic_async_call *k = call;
    apic_async_list_remove(&e->sending, k);
    CURL *h = NULL;
    int rc = apic_curl_xfer_end(k->xfer, cc, &h, &k->err);
    k->xfer = NULL;
    keep_handle(e, h);
    apic_run_sent(&k->run, rc);
    apic_async_advance(e, k);
}

void apic_async_stop(apic_async *e, apic_async_call *k, const char *why)
{
    switch (k->at) {
    case APIC_AT_DONE:
        return;
    case APIC_AT_INCOMING:
        pthread_mutex_lock(&e->lock);
        apic_async_list_remove(&e->incoming, k);
        pthread_mutex_unlock(&e->lock);
        break;
    case APIC_AT_WAITING:
        apic_async_list_remove(&e->waiting, k);
        break;
    case APIC_AT_SENDING: {
        /* Out of the multi handle first: nothing more of the request is sent. */
        apic_async_list_remove(&e->sending, k);
        CURL *h = apic_curl_xfer_handle(k->xfer);
        apic_curl_loop_remove(e->loop, h);
        apic_error scratch = {0};
        apic_curl_xfer_end(k->xfer, CURLE_ABORTED_BY_CALLBACK, &h, &scratch);
        apic_error_clear(&scratch);
        k->xfer = NULL;
        keep_handle(e, h);
        e->in_flight--;
        break;
    }
    case APIC_AT_RETRY:
        apic_async_list_remove(&e->retrying, k);
        e->in_flight--;
        break;
    }
    apic_run_stop(&k->run, APIC_E_CANCELLED, why);
    apic_run_close(&k->run);
    k->at = APIC_AT_DONE;
    apic_async_list_push_front(&e->completed, k);
}

void apic_async_call_free(apic_async_call *k)
{
    apic_error_clear(&k->err);
    free(k->body);
    free(k->headers);
    free(k->header_text);
    free(k);
}
