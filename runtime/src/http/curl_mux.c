/* The multiplexing thread (curl_mux.h). Callers hand it configured easy handles and wait on a
 * condition; it adds them to its multi handle, drives every transfer at once and wakes each
 * caller when its transfer is done. Only this thread touches the multi handle; a caller's
 * handle and the buffers its callbacks write to are its own again once it is woken. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "http/curl_mux.h"

typedef struct job {
    CURL *h;
    CURLcode result;
    bool done;
    struct job *next;
} job;

struct apic_curl_mux {
    CURLM *multi;
    pthread_t thread;
    pid_t owner; /* the process whose thread this is */
    pthread_mutex_t lock; /* pending, stop, and every job's done */
    pthread_cond_t finished;
    job *pending; /* handed over, not yet added to the multi handle */
    bool stop;
};

/* Adds the handed-over jobs to the multi handle; with the lock held. */
static void take_pending(apic_curl_mux *m)
{
    for (job *j = m->pending, *next; j != NULL; j = next) {
        next = j->next;
        curl_easy_setopt(j->h, CURLOPT_PRIVATE, j);
        CURLMcode mc = curl_multi_add_handle(m->multi, j->h);
        if (mc != CURLM_OK) { /* cannot run: the caller hears it at once */
            j->result = mc == CURLM_OUT_OF_MEMORY ? CURLE_OUT_OF_MEMORY : CURLE_FAILED_INIT;
            j->done = true;
            pthread_cond_broadcast(&m->finished);
        }
    }
    m->pending = NULL;
}

/* Hands every finished transfer back to its caller. */
static void settle(apic_curl_mux *m)
{
    CURLMsg *msg;
    int left;
    while ((msg = curl_multi_info_read(m->multi, &left)) != NULL) {
        if (msg->msg != CURLMSG_DONE) continue;
        job *j = NULL;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&j);
        CURLcode result = msg->data.result;
        curl_multi_remove_handle(m->multi, msg->easy_handle);
        pthread_mutex_lock(&m->lock);
        j->result = result;
        j->done = true;
        pthread_cond_broadcast(&m->finished);
        pthread_mutex_unlock(&m->lock);
    }
}

static void *run(void *arg)
{
    apic_curl_mux *m = arg;
    int running = 0;
    pthread_mutex_lock(&m->lock);
    while (!m->stop || running > 0) {
        take_pending(m);
        pthread_mutex_unlock(&m->lock);
        curl_multi_perform(m->multi, &running);
        settle(m);
        /* Woken early by curl_multi_wakeup() when a caller hands over a transfer. */
        curl_multi_poll(m->multi, NULL, 0, 1000, NULL);
        curl_multi_perform(m->multi, &running);
        settle(m);
        pthread_mutex_lock(&m->lock);
    }
    pthread_mutex_unlock(&m->lock);
    return NULL;
}

apic_curl_mux *apic_curl_mux_new(void)
{
    apic_curl_mux *m = calloc(1, sizeof *m);
    if (m == NULL) return NULL;
    m->multi = curl_multi_init();
    m->owner = getpid();
    if (m->multi == NULL || pthread_mutex_init(&m->lock, NULL) != 0) {
        if (m->multi != NULL) curl_multi_cleanup(m->multi);
        free(m);
        return NULL;
    }
    pthread_cond_init(&m->finished, NULL);
    curl_multi_setopt(m->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
    if (pthread_create(&m->thread, NULL, run, m) != 0) {
        pthread_cond_destroy(&m->finished);
        pthread_mutex_destroy(&m->lock);
        curl_multi_cleanup(m->multi);
        free(m);
        return NULL;
    }
    return m;
}

CURLcode apic_curl_mux_perform(apic_curl_mux *m, CURL *h)
{
    if (getpid() != m->owner) return curl_easy_perform(h); /* a fork()ed child: no thread here */
    /* A new transfer waits for a connection that is still negotiating HTTP/2 rather than opening
     * another: that is what keeps concurrent callers on one connection. */
    curl_easy_setopt(h, CURLOPT_PIPEWAIT, 1L);
    job j = {h, CURLE_OK, false, NULL};
    pthread_mutex_lock(&m->lock);
    j.next = m->pending;
    m->pending = &j;
    pthread_mutex_unlock(&m->lock);
    curl_multi_wakeup(m->multi);
    pthread_mutex_lock(&m->lock);
    while (!j.done) pthread_cond_wait(&m->finished, &m->lock);
    pthread_mutex_unlock(&m->lock);
    return j.result;
}

void apic_curl_mux_free(apic_curl_mux *m)
{
    if (m == NULL) return;
    if (getpid() == m->owner) {
        pthread_mutex_lock(&m->lock);
        m->stop = true;
        pthread_mutex_unlock(&m->lock);
        curl_multi_wakeup(m->multi);
        pthread_join(m->thread, NULL);
        pthread_cond_destroy(&m->finished);
        pthread_mutex_destroy(&m->lock);
    }
    curl_multi_cleanup(m->multi);
    free(m);
}
