/* The client's background queue, callers' side: start, enqueue, flush, close, the books.
 * The delivery thread is in queue_delivery.c; fork safety in queue_fork.c. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/text.h"
#include "delivery/client_internal.h"
#include "delivery/queue_internal.h"

enum { MAX_ID_LEN = 200 };

bool apic_queue_wait_until(pthread_cond_t *cv, pthread_mutex_t *lock, long long until_ms)
{
    if (until_ms == 0) {
        pthread_cond_wait(cv, lock);
        return true;
    }
    struct timespec at = {(time_t)(until_ms / 1000), (long)(until_ms % 1000) * 1000000L};
    return pthread_cond_timedwait(cv, lock, &at) != ETIMEDOUT;
}

/* A flush's or close's timeout: 0, milliseconds up to APIC_MAX_DURATION_MS, or APIC_QUEUE_WAIT_FOREVER. */
static int check_wait(const char *fn, long timeout_ms, apic_error *err)
{
    if (timeout_ms >= APIC_QUEUE_WAIT_FOREVER && timeout_ms <= APIC_MAX_DURATION_MS) return 0;
    return apic_error_set(err, APIC_E_ARG, "%s: timeout_ms must be 0 (do not wait), a number of milliseconds up to 24 "
                          "hours (APIC_MAX_DURATION_MS) or APIC_QUEUE_WAIT_FOREVER, not %ld", fn, timeout_ms);
}

/* The monotonic time timeout_ms from now; 0 (no limit) for APIC_QUEUE_WAIT_FOREVER. */
static long long deadline_after(long timeout_ms)
{
    return timeout_ms < 0 ? 0 : apic_monotonic_ms() + timeout_ms;
}

/* --- creation ------------------------------------------------------------------------------------ */

static apic_queue *queue_new(apic_client *client)
{
    apic_queue *q = calloc(1, sizeof *q);
    if (q == NULL) return NULL;
    q->client = client;
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC); /* waits must not jump with the wall clock */
    pthread_mutex_init(&q->lock, NULL);
    pthread_cond_init(&q->wake, &attr);
    pthread_cond_init(&q->room, &attr);
    pthread_cond_init(&q->settled, &attr);
    pthread_condattr_destroy(&attr);
    apic_queue_fork_track(q);
    return q;
}

/* --- start ------------------------------------------------------------------------------------------ */

static void queue_teardown(apic_client *client);

/* The client's queue, made (once, whoever wins) when there is none. The client learns how to
 * tear it down from the winner: it does not know the queue's code. */
static apic_queue *queue_of(apic_client *client)
{
    apic_queue *q = atomic_load(&client->queue);
    if (q != NULL) return q;
    apic_queue *made = queue_new(client);
    if (made == NULL) return NULL;
    if (atomic_compare_exchange_strong(&client->queue, &q, made)) {
        client->queue_teardown = queue_teardown;
        return made;
    }
    apic_queue_fork_untrack(made);
    pthread_mutex_destroy(&made->lock);
    pthread_cond_destroy(&made->wake);
    pthread_cond_destroy(&made->room);
    pthread_cond_destroy(&made->settled);
    free(made);
    return q; /* another start made it first */
}

static int child_error(const apic_queue *q, const char *what, apic_error *err)
{
    return apic_error_set(err, APIC_E_STATE, "%s: this process (%ld) is a fork()ed child of the one that started "
                          "the queue (%ld), and has no delivery thread; nothing was queued here (start a queue on a "
                          "new client in this process)", what, (long)getpid(), (long)atomic_load(&q->owner));
}

/* Starts the delivery thread with every signal blocked: signals go to the application's threads. */
static int start_thread(apic_queue *q)
{
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int rc = pthread_create(&q->thread, NULL, apic_queue_deliver, q);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc;
}

int apic_queue_start(apic_client *client, const apic_queue_sender *sender, const apic_queue_config *cfg,
                     apic_error *err)
{
    if (client == NULL || sender == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_queue_start: client and sender are required");
    }
    int rc = apic_queue_check_sender(sender, err);
    if (rc != 0) return rc;
    if (client->dead_letter == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "apic_queue_start: the client has no dead-letter sink "
                              "(config.dead_letter): items that fail for good, or are still queued at close, would "
                              "have nowhere to go");
    }
    apic_queue_config resolved;
    if ((rc = apic_queue_resolve_config(cfg, sender, &resolved, err)) != 0) return rc;
    apic_queue *q = queue_of(client);
    if (q == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_queue_start: out of memory");
    if (apic_queue_in_child(q)) return child_error(q, "apic_queue_start", err);

    pthread_mutex_lock(&q->lock);
    if (q->state == QUEUE_RUNNING || q->state == QUEUE_CLOSING) {
        pthread_mutex_unlock(&q->lock);
        return apic_error_set(err, APIC_E_STATE, "apic_queue_start: the client's queue is already %s",
                              q->state == QUEUE_RUNNING ? "running" : "closing");
    }
    apic_queue_sender_free(&q->sender); /* a restart replaces the last sender */
    if ((rc = apic_queue_sender_copy(client, sender, &q->sender, err)) != 0) {
        pthread_mutex_unlock(&q->lock);
        return rc;
    }
    free(q->views);
    free(q->verdicts);
    q->views = calloc(resolved.batch_max_items, sizeof *q->views);
    q->verdicts = calloc(resolved.batch_max_items, sizeof *q->verdicts);
    if (q->views == NULL || q->verdicts == NULL) {
        pthread_mutex_unlock(&q->lock);
        return apic_error_set(err, APIC_E_NOMEM, "apic_queue_start: out of memory");
    }
    q->cfg = resolved;
    q->abandon = false;
    q->close_deadline = 0;
    q->state = QUEUE_RUNNING;
    atomic_store(&q->owner, getpid());
    if ((rc = start_thread(q)) != 0) {
        q->state = QUEUE_CLOSED;
        pthread_mutex_unlock(&q->lock);
        return apic_error_set(err, APIC_E_NOMEM, "apic_queue_start: cannot create the delivery thread: %s",
                              strerror(rc));
    }
    q->stats.running = true;
    pthread_mutex_unlock(&q->lock);
    return 0;
}

/* --- enqueue ------------------------------------------------------------------------------------------ */

static int check_item(const char *id, const char *json, size_t len, apic_error *err)
{
    if (id == NULL || *id == '\0' || strlen(id) > MAX_ID_LEN || apic_has_control(id, false)) {
        return apic_error_set(err, APIC_E_ARG, "apic_queue_enqueue: the id must be 1 to %d characters without "
                              "control characters (it becomes an idempotency key)", MAX_ID_LEN);
    }
    if (json == NULL || len == 0) return apic_error_set(err, APIC_E_ARG, "apic_queue_enqueue: the item's JSON is required");
    return 0;
}

static queue_item *item_new(const char *id, const char *json, size_t len)
{
    size_t id_len = strlen(id);
    queue_item *it = malloc(sizeof *it + len + 1 + id_len + 1);
    if (it == NULL) return NULL;
    it->next = NULL;
    it->len = len;
    memcpy(it->json, json, len);
    it->json[len] = '\0';
    memcpy(it->json + len + 1, id, id_len + 1);
    it->id = it->json + len + 1;
    return it;
}

static bool fits(const apic_queue *q, size_t len)
{
    return q->stats.queued < q->cfg.max_items && q->stats.queued_bytes + len <= q->cfg.max_bytes;
}

static const char *state_text(queue_state s)
{
    return s == QUEUE_IDLE ? "has not been started" : s == QUEUE_CLOSING ? "is closing" : "is closed";
}

/* A full queue under the dead-letter policy: the item is recorded now instead (lock held on
 * entry, released inside: the record is file I/O). */
static int overflow_to_dead_letter(apic_queue *q, queue_item *it, apic_error *err)
{
    size_t items = q->stats.queued, bytes = q->stats.queued_bytes;
    pthread_mutex_unlock(&q->lock);
    char why[160];
    snprintf(why, sizeof why, "the queue was full (%zu items, %zu bytes): dead-lettered instead of queued", items, bytes);
    bool recorded = apic_queue_dead_letter(q, it, 0, 0, why, NULL);
    free(it);
    pthread_mutex_lock(&q->lock);
    if (recorded) q->stats.overflowed++;
    else q->stats.refused_full++;
    pthread_mutex_unlock(&q->lock);
    int rc = apic_error_set(err, APIC_E_FULL, recorded ? "apic_queue_enqueue: %s (replay it later; do not enqueue it "
                            "again)" : "apic_queue_enqueue: %s, but the record could NOT be written: the item was "
                            "not queued", why);
    if (err != NULL) err->retryable = !recorded;
    return rc;
}

/* Links it at the tail and wakes the thread when that changes what it waits for. Lock held. */
static void append(apic_queue *q, queue_item *it)
{
    it->enqueued_at = apic_monotonic_ms();
    bool was_empty = q->head == NULL;
    if (was_empty) q->head = it;
    else q->tail->next = it;
    q->tail = it;
    q->waiting++;
    q->waiting_bytes += it->len;
    apic_queue_stats *st = &q->stats;
    st->enqueued++;
    st->queued++;
    st->queued_bytes += it->len;
    if (st->queued > st->high_water_items) st->high_water_items = st->queued;
    if (st->queued_bytes > st->high_water_bytes) st->high_water_bytes = st->queued_bytes;
    /* An idle thread needs to know of its first item (to time the interval) and of a full batch. */
    if (q->thread_idle && (was_empty || apic_queue_batch_ready(q))) pthread_cond_signal(&q->wake);
}

int apic_queue_enqueue(apic_client *client, const char *id, const char *json, size_t len, apic_error *err)
{
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "apic_queue_enqueue: client is required");
    int rc = check_item(id, json, len, err);
    if (rc != 0) return rc;
    apic_queue *q = atomic_load(&client->queue);
    if (q == NULL) return apic_error_set(err, APIC_E_STATE, "apic_queue_enqueue: the client's queue has not been started");
    if (apic_queue_in_child(q)) return child_error(q, "apic_queue_enqueue", err);
    /* Copied before the lock is taken: the critical section stays a few pointer moves. */
    queue_item *it = item_new(id, json, len);
    if (it == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_queue_enqueue: out of memory");

    pthread_mutex_lock(&q->lock);
    if (q->state == QUEUE_RUNNING && len > q->cfg.max_bytes) {
        rc = apic_error_set(err, APIC_E_ARG, "apic_queue_enqueue: the item is %zu bytes, more than the whole queue "
                            "holds (queue.max_bytes %zu)", len, q->cfg.max_bytes);
    }
    long long until = 0;
    bool timed_out = false;
    while (rc == 0 && q->state == QUEUE_RUNNING && !fits(q, len)) {
        if (q->cfg.overflow == APIC_QUEUE_OVERFLOW_DEAD_LETTER) return overflow_to_dead_letter(q, it, err);
        if (timed_out) {
            q->stats.refused_full++;
            rc = apic_error_set(err, APIC_E_FULL, "apic_queue_enqueue: the queue is full (%zu items, %zu bytes) and "
                                "no room came within %ld ms: the item was not queued", q->stats.queued,
                                q->stats.queued_bytes, q->cfg.block_timeout_ms);
            if (err != NULL) err->retryable = true;
            break;
        }
        if (until == 0 && q->cfg.block_timeout_ms >= 0) until = apic_monotonic_ms() + q->cfg.block_timeout_ms;
        timed_out = !apic_queue_wait_until(&q->room, &q->lock, q->cfg.block_timeout_ms < 0 ? 0 : until);
    }
    if (rc == 0 && q->state != QUEUE_RUNNING) {
        rc = apic_error_set(err, APIC_E_STATE, "apic_queue_enqueue: the client's queue %s", state_text(q->state));
    }
    if (rc == 0) append(q, it);
    pthread_mutex_unlock(&q->lock);
    if (rc != 0) free(it);
    return rc;
}

/* --- flush and close ------------------------------------------------------------------------------------ */

/* Waits until the first `target` items are settled or the deadline passes. Lock held. */
static bool wait_settled(apic_queue *q, unsigned long long target, long long until)
{
    while (q->settled_n < target) {
        if (!apic_queue_wait_until(&q->settled, &q->lock, until) && q->settled_n < target) return false;
    }
    return true;
}

int apic_queue_flush(apic_client *client, long timeout_ms, apic_error *err)
{
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "apic_queue_flush: client is required");
    if (check_wait("apic_queue_flush", timeout_ms, err) != 0) return APIC_E_ARG;
    apic_queue *q = atomic_load(&client->queue);
    if (q == NULL) return 0;
    if (apic_queue_in_child(q)) return child_error(q, "apic_queue_flush", err);
    long long until = deadline_after(timeout_ms);
    pthread_mutex_lock(&q->lock);
    unsigned long long target = q->stats.enqueued;
    if (q->flush_to < target) q->flush_to = target;
    pthread_cond_signal(&q->wake);
    bool done = q->settled_n >= target || (timeout_ms != 0 && wait_settled(q, target, until));
    unsigned long long left = target - (q->settled_n < target ? q->settled_n : target);
    pthread_mutex_unlock(&q->lock);
    if (done) return 0;
    return apic_error_set(err, APIC_E_TIMEOUT, "apic_queue_flush: %llu items enqueued before the flush are not "
                          "settled after %ld ms (still queued, being sent or retried)", left, timeout_ms);
}

/* Writes the items still waiting to the dead-letter sink (the thread has stopped). Lock held;
 * released while writing. Returns how many could not be written. */
static unsigned long long spool(apic_queue *q)
{
    queue_item *it = q->head;
    q->head = q->tail = NULL;
    size_t n = q->waiting, bytes = q->waiting_bytes;
    q->waiting = q->waiting_bytes = 0;
    pthread_mutex_unlock(&q->lock);
    unsigned long long lost = 0;
    while (it != NULL) {
        queue_item *next = it->next;
        if (!apic_queue_dead_letter(q, it, 0, 0, "still queued when the queue closed: spooled for a replay", NULL)) lost++;
        free(it);
        it = next;
    }
    pthread_mutex_lock(&q->lock);
    q->stats.spooled += n - lost;
    q->stats.dead_lettered += n - lost;
    q->stats.lost += lost;
    q->stats.queued -= n;
    q->stats.queued_bytes -= bytes;
    q->settled_n += n;
    pthread_cond_broadcast(&q->settled);
    return lost;
}

int apic_queue_close(apic_client *client, long timeout_ms, apic_error *err)
{
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "apic_queue_close: client is required");
    if (check_wait("apic_queue_close", timeout_ms, err) != 0) return APIC_E_ARG;
    apic_queue *q = atomic_load(&client->queue);
    if (q == NULL) return 0;
    if (apic_queue_in_child(q)) return child_error(q, "apic_queue_close", err);
    long long until = deadline_after(timeout_ms);
    pthread_mutex_lock(&q->lock);
    if (q->state != QUEUE_RUNNING) {
        pthread_mutex_unlock(&q->lock);
        return 0;
    }
    q->state = QUEUE_CLOSING;
    q->close_deadline = until;
    unsigned long long lost_before = q->stats.lost;
    pthread_cond_broadcast(&q->room); /* blocked enqueuers learn the queue is closing */
    pthread_cond_signal(&q->wake);
    bool drained = wait_settled(q, q->stats.enqueued, until);
    q->abandon = !drained;
    pthread_cond_signal(&q->wake); /* ends a retry wait, or the thread's idle wait */
    pthread_mutex_unlock(&q->lock);
    pthread_join(q->thread, NULL);

    pthread_mutex_lock(&q->lock);
    size_t spooled = q->waiting;
    spool(q);
    unsigned long long lost = q->stats.lost - lost_before;
    q->state = QUEUE_CLOSED;
    q->stats.running = false;
    pthread_mutex_unlock(&q->lock);
    if (lost > 0) {
        return apic_error_set(err, APIC_E_TRANSPORT, "apic_queue_close: %llu items could not be recorded in the "
                              "dead-letter sink and are LOST (see the error log)", lost);
    }
    if (spooled > 0) {
        return apic_error_set(err, APIC_E_TIMEOUT, "apic_queue_close: %zu items were not delivered within %ld ms: "
                              "written to the dead-letter sink for a replay", spooled, timeout_ms);
    }
    return 0;
}

void apic_queue_get_stats(const apic_client *client, apic_queue_stats *out)
{
    memset(out, 0, sizeof *out);
    apic_queue *q = client != NULL ? atomic_load(&client->queue) : NULL;
    if (q == NULL) return;
    pthread_mutex_lock(&q->lock);
    *out = q->stats;
    pthread_mutex_unlock(&q->lock);
    if (apic_queue_in_child(q)) out->running = false; /* the thread runs in the parent only */
}

/* --- the end -------------------------------------------------------------------------------------------- */

/* Closes a running queue (close_timeout_ms) and frees it; for apic_client_free(). */
static void queue_teardown(apic_client *client)
{
    apic_queue *q = atomic_load(&client->queue);
    if (q == NULL) return;
    /* In a child the locks and conditions are the parent's copies, with waiters that do not
     * exist here: only the memory is released. */
    bool child = apic_queue_in_child(q);
    if (!child) {
        apic_error err = {0};
        if (apic_queue_close(client, q->cfg.close_timeout_ms, &err) != 0) apic_queue_log(q, APIC_LOG_ERROR, err.message);
        apic_error_clear(&err);
    }
    apic_queue_fork_untrack(q);
    queue_item *lists[2] = {q->head, q->batch}; /* a child's copies */
    for (int i = 0; i < 2; i++) {
        for (queue_item *it = lists[i], *next; it != NULL; it = next) {
            next = it->next;
            free(it);
        }
    }
    free(q->views);
    free(q->verdicts);
    apic_buf_free(&q->body);
    apic_queue_sender_free(&q->sender);
    if (!child) {
        pthread_mutex_destroy(&q->lock);
        pthread_cond_destroy(&q->wake);
        pthread_cond_destroy(&q->room);
        pthread_cond_destroy(&q->settled);
    }
    free(q);
    atomic_store(&client->queue, NULL);
}
