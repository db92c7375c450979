/* fork() and the dead-letter sinks: every sink's lock is taken before a fork and released after
 * it, in the parent and in the child. Without this, a fork while another thread writes a record
 * would give the child a lock held by a thread the child does not have, and the child's first
 * record would wait for ever. The child has no replay running (the thread running one stays in
 * the parent), so it forgets the parent's. */
#include "delivery/dead_letter_internal.h"

static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static apic_dead_letter_sink *live; /* every sink not yet freed */
static pthread_once_t handlers_once = PTHREAD_ONCE_INIT;

static void before_fork(void)
{
    pthread_mutex_lock(&live_lock);
    for (apic_dead_letter_sink *s = live; s != NULL; s = s->live_next) pthread_mutex_lock(&s->lock);
}

static void after_fork_in_parent(void)
{
    for (apic_dead_letter_sink *s = live; s != NULL; s = s->live_next) pthread_mutex_unlock(&s->lock);
    pthread_mutex_unlock(&live_lock);
}

static void after_fork_in_child(void)
{
    for (apic_dead_letter_sink *s = live; s != NULL; s = s->live_next) {
        s->replaying = false;
        /* Waiters of the parent's replay do not exist here: a condition variable they were
         * waiting on is not safe to reuse, a fresh one is. */
        pthread_cond_init(&s->replay_done, NULL);
        pthread_mutex_unlock(&s->lock);
    }
    pthread_mutex_unlock(&live_lock);
}

static void install_handlers(void)
{
    pthread_atfork(before_fork, after_fork_in_parent, after_fork_in_child);
}

void apic_dead_letter_fork_track(apic_dead_letter_sink *s)
{
    pthread_once(&handlers_once, install_handlers);
    pthread_mutex_lock(&live_lock);
    s->live_prev = NULL;
    s->live_next = live;
    if (live != NULL) live->live_prev = s;
    live = s;
    pthread_mutex_unlock(&live_lock);
}

void apic_dead_letter_fork_untrack(apic_dead_letter_sink *s)
{
    pthread_mutex_lock(&live_lock);
    if (s->live_prev != NULL) s->live_prev->live_next = s->live_next;
    else live = s->live_next;
    if (s->live_next != NULL) s->live_next->live_prev = s->live_prev;
    pthread_mutex_unlock(&live_lock);
}
