/* fork() and the queues: every live queue's lock is taken before a fork and released after it,
 * in the parent and in the child, so a child never inherits a queue caught half-way through a
 * change by another thread. The child then has a consistent copy it can free, and the pid
 * check below tells it that the copy is not its to deliver. */
#include <unistd.h>

#include "delivery/queue_internal.h"

static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static apic_queue *live; /* every queue not yet freed */
static pthread_once_t handlers_once = PTHREAD_ONCE_INIT;

static void before_fork(void)
{
    pthread_mutex_lock(&live_lock);
    for (apic_queue *q = live; q != NULL; q = q->live_next) pthread_mutex_lock(&q->lock);
}

static void after_fork(void)
{
    for (apic_queue *q = live; q != NULL; q = q->live_next) pthread_mutex_unlock(&q->lock);
    pthread_mutex_unlock(&live_lock);
}

static void install_handlers(void)
{
    pthread_atfork(before_fork, after_fork, after_fork);
}

void apic_queue_fork_track(apic_queue *q)
{
    pthread_once(&handlers_once, install_handlers);
    pthread_mutex_lock(&live_lock);
    q->live_prev = NULL;
    q->live_next = live;
    if (live != NULL) live->live_prev = q;
    live = q;
    pthread_mutex_unlock(&live_lock);
}

void apic_queue_fork_untrack(apic_queue *q)
{
    pthread_mutex_lock(&live_lock);
    if (q->live_prev != NULL) q->live_prev->live_next = q->live_next;
    else live = q->live_next;
    if (q->live_next != NULL) q->live_next->live_prev = q->live_prev;
    pthread_mutex_unlock(&live_lock);
}

bool apic_queue_in_child(const apic_queue *q)
{
    pid_t owner = atomic_load(&q->owner);
    return owner != 0 && owner != getpid();
}
