/* The queue's delivery thread: waits for a batch to be due, takes it, sends it with the
 * client's retry policy under one idempotency key, and settles every item: delivered, or
 * recorded in the dead-letter sink. The queue's lock is never held while sending or writing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/ids.h"
#include "base/clock.h"
#include "delivery/call_internal.h"
#include "delivery/client_internal.h"
#include "delivery/dead_letter_internal.h"
#include "delivery/dead_letter_request.h"
#include "delivery/queue_internal.h"
#include "log/log_internal.h"

/* The request body a batch of n items of bytes in total makes. */
static size_t body_size(const queue_sender *s, size_t n, size_t bytes)
{
    return s->head_len + bytes + (n > 0 ? (n - 1) * s->separator_len : 0) + s->tail_len;
}

bool apic_queue_batch_ready(const apic_queue *q)
{
    return q->waiting >= q->cfg.batch_max_items ||
           body_size(&q->sender, q->waiting, q->waiting_bytes) >= q->cfg.batch_max_bytes;
}

/* Whether a batch leaves now: full, asked for (flush, close), or its oldest item has waited the
 * interval; else *until is when it will be due. Lock held, items waiting. */
static bool batch_due(const apic_queue *q, long long *until)
{
    if (q->state == QUEUE_CLOSING || q->flush_to > q->taken || apic_queue_batch_ready(q)) return true;
    *until = q->head->enqueued_at + q->cfg.flush_interval_ms;
    return apic_monotonic_ms() >= *until;
}

/* Moves the oldest items that make one batch into q->batch; returns how many. Lock held. */
static size_t take_batch(apic_queue *q, size_t *bytes)
{
    size_t n = 0, size = q->sender.head_len + q->sender.tail_len;
    queue_item **link = &q->batch;
    *bytes = 0;
    while (q->head != NULL && n < q->cfg.batch_max_items) {
        size_t add = q->head->len + (n > 0 ? q->sender.separator_len : 0);
        if (n > 0 && size + add > q->cfg.batch_max_bytes) break; /* an item larger than a batch goes alone */
        queue_item *it = q->head;
        q->head = it->next;
        it->next = NULL;
        *link = it;
        link = &it->next;
        q->views[n] = (apic_queue_item){it->id, it->json, it->len};
        size += add;
        *bytes += it->len;
        n++;
    }
    if (q->head == NULL) q->tail = NULL;
    q->waiting -= n;
    q->waiting_bytes -= *bytes;
    q->taken += n;
    return n;
}

/* --- records and logs ------------------------------------------------------------------------------ */

void apic_queue_log(const apic_queue *q, apic_log_level level, const char *message)
{
    if (!apic_log_on(&q->client->log, level)) return;
    apic_log_attempt a = {.op = &q->sender.op, .url = q->sender.url, .duration_ms = -1};
    apic_log_emit(&q->client->log, level, &a, message);
}

bool apic_queue_dead_letter(apic_queue *q, const queue_item *it, int attempts, int http_status, const char *why,
                            const char *first_attempt_at)
{
    /* The request that sends this item alone, under its id. */
    const queue_sender *s = &q->sender;
    apic_request_options alone = {.url = s->item_url, .headers = s->headers, .n_headers = s->n_headers,
                                  .body = it->json, .body_len = it->len, .idempotency_key = it->id};
    apic_dead_letter_record r = {.kind = "event", .attempts = attempts, .http_status = http_status, .error = why,
                                 .first_attempt_at = first_attempt_at};
    apic_error e = {0};
    if (apic_dead_letter_write_call(q->client, &r, s->item_op, &alone, &e) == 0) return true;
    char msg[sizeof e.message + 128];
    snprintf(msg, sizeof msg, "queue: item %.60s is LOST: its dead-letter record could not be written: %s", it->id,
             e.message);
    apic_queue_log(q, APIC_LOG_ERROR, msg);
    return false;
}

/* --- one batch -------------------------------------------------------------------------------------- */

/* How a batch ended, for the books. */
typedef struct outcome {
    size_t delivered, dead_lettered, rejected, lost;
    int attempts;
} outcome;

/* Waits of the retry loop on this thread: cut short when a close runs out of time. */
static bool retry_wait(void *ctx, long ms)
{
    apic_queue *q = ctx;
    long long until = apic_monotonic_ms() + ms;
    pthread_mutex_lock(&q->lock);
    while (!q->abandon && apic_queue_wait_until(&q->wake, &q->lock, until)) {
    }
    bool go_on = !q->abandon;
    pthread_mutex_unlock(&q->lock);
    return go_on;
}

static int build_body(const queue_sender *s, const queue_item *it, apic_buf *body)
{
    body->len = 0;
    int rc = apic_buf_append(body, s->head, s->head_len);
    for (bool first = true; rc == 0 && it != NULL; it = it->next, first = false) {
        if (!first) rc = apic_buf_append(body, s->separator, s->separator_len);
        if (rc == 0) rc = apic_buf_append(body, it->json, it->len);
    }
    return rc == 0 ? apic_buf_append(body, s->tail, s->tail_len) : rc;
}

/* Sends the batch (n items in q->batch) and settles each item. close_deadline: 0, or when a
 * close stops waiting (attempts then get no more than the time left). */
static outcome send_batch(apic_queue *q, size_t n, long long close_deadline)
{
    apic_buf *body = &q->body;
    const queue_sender *s = &q->sender;
    outcome out = {0, 0, 0, 0, 0};
    apic_error err = {0};
    char key[37], first_at[25], why[sizeof err.message + 64];
    apic_now_rfc3339(first_at);
    char *answer = NULL;
    int rc = build_body(s, q->batch, body) != 0 ? apic_error_set(&err, APIC_E_NOMEM, "out of memory building the batch")
             : apic_uuid_v4(key) != 0       ? apic_error_set(&err, APIC_E_NOMEM, "no random bytes for the batch's key")
                                            : 0;
    if (rc == 0) {
        apic_request_options o = {.url = s->url, .headers = s->headers, .n_headers = s->n_headers, .body = body->data,
                                  .body_len = body->len, .idempotency_key = key};
        if (close_deadline != 0) {
            long long left = close_deadline - apic_monotonic_ms();
            if (left < q->client->timeout_ms) o.timeout_ms = left > 1 ? (long)left : 1;
        }
        /* The batch is not dead-lettered as a request: each of its items is, below. */
        rc = apic_call_internal(q->client, &s->op, NULL, NULL, &o, false, (void **)&answer, &err);
    }
    out.attempts = err.attempts;
    memset(q->verdicts, 0, n * sizeof *q->verdicts);
    const char *batch_failed = NULL;
    if (rc != 0) {
        snprintf(why, sizeof why, "the batch of %zu failed: %s", n, err.message);
        batch_failed = why;
    } else if (s->read_answer != NULL &&
               s->read_answer(s->ctx, answer, answer != NULL ? strlen(answer) : 0, q->views, n, q->verdicts) != 0) {
        snprintf(why, sizeof why, "the answer to the batch of %zu (HTTP %d) could not be read", n, err.http_status);
        batch_failed = why;
    }
    size_t i = 0;
    for (const queue_item *it = q->batch; it != NULL; it = it->next, i++) {
        const apic_queue_verdict *v = &q->verdicts[i];
        if (batch_failed == NULL && !v->rejected) {
            out.delivered++;
            continue;
        }
        char reason[sizeof v->reason + 64];
        if (batch_failed == NULL) snprintf(reason, sizeof reason, "rejected by the server: %s", v->reason);
        const char *why_this = batch_failed != NULL ? batch_failed : reason;
        bool ok = apic_queue_dead_letter(q, it, err.attempts, err.http_status, why_this, first_at);
        if (!ok) out.lost++;
        else if (batch_failed == NULL) out.rejected++;
        else out.dead_lettered++;
    }
    if (batch_failed != NULL || out.rejected > 0) {
        char msg[sizeof why + 96];
        snprintf(msg, sizeof msg, "queue: %zu of %zu items dead-lettered: %s", out.dead_lettered + out.rejected, n,
                 batch_failed != NULL ? batch_failed : "refused one by one in the answer");
        apic_queue_log(q, APIC_LOG_WARN, msg);
    }
    free(answer);
    apic_error_clear(&err);
    return out;
}

/* The batch is settled: its items leave the books of the queue and make room. Lock held. */
static void settle(apic_queue *q, size_t n, size_t bytes, const outcome *o)
{
    for (queue_item *it = q->batch, *next; it != NULL; it = next) {
        next = it->next;
        free(it);
    }
    q->batch = NULL;
    apic_queue_stats *st = &q->stats;
    st->delivered += o->delivered;
    st->dead_lettered += o->dead_lettered + o->rejected;
    st->rejected += o->rejected;
    st->lost += o->lost;
    st->batches++;
    st->attempts += (unsigned long long)o->attempts;
    if (o->attempts > 1) st->retried_batches++;
    st->queued -= n;
    st->queued_bytes -= bytes;
    q->settled_n += n;
    pthread_cond_broadcast(&q->room);
    pthread_cond_broadcast(&q->settled);
}

void *apic_queue_deliver(void *arg)
{
    apic_queue *q = arg;
    apic_thread_retry_waiter = (apic_retry_waiter){retry_wait, q};
    pthread_mutex_lock(&q->lock);
    for (;;) {
        if (q->abandon || (q->state == QUEUE_CLOSING && q->waiting == 0)) break;
        long long until = 0;
        if (q->waiting == 0 || !batch_due(q, &until)) {
            q->thread_idle = true;
            apic_queue_wait_until(&q->wake, &q->lock, until);
            q->thread_idle = false;
            continue;
        }
        size_t bytes;
        size_t n = take_batch(q, &bytes);
        long long close_deadline = q->state == QUEUE_CLOSING ? q->close_deadline : 0;
        pthread_mutex_unlock(&q->lock);
        outcome o = send_batch(q, n, close_deadline);
        pthread_mutex_lock(&q->lock);
        settle(q, n, bytes, &o);
    }
    pthread_mutex_unlock(&q->lock);
    return NULL;
}
