/* The client's background queue (apic/queue.h): what queue.c (the callers' side),
 * queue_settings.c, queue_delivery.c (the delivery thread) and queue_fork.c (fork safety) share. */
#ifndef APIC_DELIVERY_QUEUE_INTERNAL_H
#define APIC_DELIVERY_QUEUE_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <sys/types.h>

#include "apic/queue.h"

/* One item: id and JSON live in the same allocation as the link. */
typedef struct queue_item {
    struct queue_item *next;
    long long enqueued_at; /* monotonic ms: the batch interval counts from the oldest */
    size_t len;            /* of json */
    const char *id;        /* points into data, after the JSON */
    char json[];           /* the JSON, a NUL, the id, a NUL */
} queue_item;

typedef enum queue_state {
    QUEUE_IDLE,    /* never started */
    QUEUE_RUNNING,
    QUEUE_CLOSING, /* refuses items, drains */
    QUEUE_CLOSED   /* can be started again */
} queue_state;

/* The caller's apic_queue_sender, copied. */
typedef struct queue_sender {
    apic_operation op; /* the batch operation, answering its 2xx body as JSON text */
    char *url;         /* complete URL of the batch endpoint */
    char *head, *separator, *tail;
    size_t head_len, separator_len, tail_len;
    apic_header *headers; /* names and values owned */
    size_t n_headers;
    int (*read_answer)(void *ctx, const char *answer, size_t len, const apic_queue_item *items, size_t n,
                       apic_queue_verdict *verdicts);
    void *ctx;
    const apic_operation *item_op;
    char *item_url;
} queue_sender;

typedef struct apic_queue {
    apic_client *client;
    pthread_mutex_t lock;   /* everything below, except owner */
    pthread_cond_t wake;    /* the delivery thread: work, a flush, a close, a retry wait cut short */
    pthread_cond_t room;    /* enqueuers waiting for room */
    pthread_cond_t settled; /* flush and close, waiting for items to be settled */
    pthread_t thread;
    /* The process whose thread delivers (0 before the first start): read without the lock by
     * the fork check, which must not take a lock a fork may have copied in use. */
    _Atomic pid_t owner;
    queue_state state;
    apic_queue_config cfg; /* defaults resolved; batch_max_items capped by the sender's */
    queue_sender sender;

    queue_item *head, *tail; /* waiting, oldest first */
    size_t waiting, waiting_bytes;
    queue_item *batch;       /* the batch being sent, in order: reachable, so a fork()ed child frees it too */
    apic_queue_item *views;  /* batch_max_items entries, for read_answer() */
    apic_queue_verdict *verdicts;
    apic_buf body;           /* the thread's request body, kept between batches */
    unsigned long long taken;    /* items taken into batches so far */
    unsigned long long settled_n; /* items delivered, dead-lettered or lost so far */
    unsigned long long flush_to; /* items up to this count go out without waiting for a full batch */
    long long close_deadline;    /* monotonic ms, 0: none (while closing) */
    bool abandon;                /* close ran out of time: no new batch, retry waits end */
    bool thread_idle;            /* the thread waits for work: enqueue signals it when that matters */
    apic_queue_stats stats;

    struct apic_queue *live_prev, *live_next; /* queue_fork.c's list of live queues */
} apic_queue;

/* queue_settings.c: the sender checked, copied into s (apic_queue_sender_free() releases it);
 * the config with its zero members resolved and checked. Each returns 0 or a status, err set. */
int apic_queue_check_sender(const apic_queue_sender *sender, apic_error *err);
int apic_queue_sender_copy(const apic_client *c, const apic_queue_sender *in, queue_sender *s, apic_error *err);
void apic_queue_sender_free(queue_sender *s);
int apic_queue_resolve_config(const apic_queue_config *in, const apic_queue_sender *s, apic_queue_config *out,
                              apic_error *err);

/* Waits on cv until the monotonic time until_ms (0: no limit). false when the time has come. */
bool apic_queue_wait_until(pthread_cond_t *cv, pthread_mutex_t *lock, long long until_ms);

/* Whether a batch should leave now; with the lock held. */
bool apic_queue_batch_ready(const apic_queue *q);
/* The delivery thread's body (queue_delivery.c). */
void *apic_queue_deliver(void *arg);
/* Writes the dead-letter record of one item; false (and the item counts as lost) when it
 * could not be written. Without the lock. */
bool apic_queue_dead_letter(apic_queue *q, const queue_item *it, int attempts, int http_status, const char *why,
                            const char *first_attempt_at);
/* Logs a message about the queue's batch operation at level. Without the lock. */
void apic_queue_log(const apic_queue *q, apic_log_level level, const char *message);

/* Adds q to the queues whose locks are taken around fork(), or removes it (queue_fork.c). */
void apic_queue_fork_track(apic_queue *q);
void apic_queue_fork_untrack(apic_queue *q);
/* Whether this process is a fork()ed child of the one that started q. */
bool apic_queue_in_child(const apic_queue *q);

#endif
