/* The multi handle and what it waits on (curl_loop.h). curl says which sockets to watch through
 * CURLMOPT_SOCKETFUNCTION and when to act without one through CURLMOPT_TIMERFUNCTION; both are
 * recorded in a table that poll() reads, and forwarded to the program's loop when it has one. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/clock.h"
#include "http/curl_loop.h"

typedef struct watched {
    int fd;
    int events; /* APIC_LOOP_IN / APIC_LOOP_OUT */
} watched;

struct apic_curl_loop {
    CURLM *multi;
    apic_curl_loop_done done;
    apic_curl_loop_watch watch;
    void *ctx;
    watched *fds; /* fds[0] is the wake pipe's read end */
    size_t n_fds, cap_fds;
    struct pollfd *polled; /* poll()'s copy of fds */
    long long due;         /* curl's timer, monotonic ms; -1: none */
    int wake[2];
    atomic_bool woken; /* a byte is in the pipe: no need for another */
};

static size_t find(const apic_curl_loop *l, int fd)
{
    for (size_t i = 0; i < l->n_fds; i++) {
        if (l->fds[i].fd == fd) return i;
    }
    return l->n_fds;
}

/* Records fd's events (0: forgets it) and tells the program's loop. */
static int set_watch(apic_curl_loop *l, int fd, int events)
{
    size_t i = find(l, fd);
    if (events == 0) {
        if (i == l->n_fds) return 0;
        l->fds[i] = l->fds[--l->n_fds];
    } else if (i < l->n_fds) {
        l->fds[i].events = events;
    } else {
        if (l->n_fds == l->cap_fds) {
            size_t cap = l->cap_fds * 2 + 8;
            watched *f = realloc(l->fds, cap * sizeof *f);
            if (f == NULL) return -1;
            l->fds = f;
            struct pollfd *p = realloc(l->polled, cap * sizeof *p);
            if (p == NULL) return -1;
            l->polled = p;
            l->cap_fds = cap;
        }
        l->fds[l->n_fds++] = (watched){fd, events};
    }
    if (l->watch != NULL) l->watch(l->ctx, fd, events);
    return 0;
}

static int on_socket(CURL *h, curl_socket_t fd, int what, void *ud, void *socketp)
{
    (void)h;
    (void)socketp;
    static const int events[] = {[CURL_POLL_NONE] = 0, [CURL_POLL_IN] = APIC_LOOP_IN, [CURL_POLL_OUT] = APIC_LOOP_OUT,
                                 [CURL_POLL_INOUT] = APIC_LOOP_IN | APIC_LOOP_OUT, [CURL_POLL_REMOVE] = 0};
    return set_watch(ud, (int)fd, what >= 0 && what <= CURL_POLL_REMOVE ? events[what] : 0);
}

static int on_timer(CURLM *multi, long ms, void *ud)
{
    (void)multi;
    apic_curl_loop *l = ud;
    l->due = ms < 0 ? -1 : apic_monotonic_ms() + ms;
    return 0;
}

apic_curl_loop *apic_curl_loop_new(apic_curl_loop_done done, apic_curl_loop_watch watch, void *ctx)
{
    apic_curl_loop *l = calloc(1, sizeof *l);
    if (l == NULL) return NULL;
    l->done = done;
    l->ctx = ctx;
    l->due = -1;
    l->wake[0] = l->wake[1] = -1;
    if (pipe(l->wake) != 0 || fcntl(l->wake[0], F_SETFL, O_NONBLOCK) != 0 || fcntl(l->wake[1], F_SETFL, O_NONBLOCK) != 0 ||
        fcntl(l->wake[0], F_SETFD, FD_CLOEXEC) != 0 || fcntl(l->wake[1], F_SETFD, FD_CLOEXEC) != 0 ||
        (l->multi = curl_multi_init()) == NULL || set_watch(l, l->wake[0], APIC_LOOP_IN) != 0) {
        apic_curl_loop_free(l);
        return NULL;
    }
    curl_multi_setopt(l->multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    curl_multi_setopt(l->multi, CURLMOPT_SOCKETDATA, l);
    curl_multi_setopt(l->multi, CURLMOPT_TIMERFUNCTION, on_timer);
    curl_multi_setopt(l->multi, CURLMOPT_TIMERDATA, l);
    /* Set last: the wake pipe was recorded before, and is now announced with the rest. */
    l->watch = watch;
    if (watch != NULL) watch(ctx, l->wake[0], APIC_LOOP_IN);
    return l;
}

void apic_curl_loop_free(apic_curl_loop *l)
{
    if (l == NULL) return;
    if (l->multi != NULL) curl_multi_cleanup(l->multi); /* may close sockets: through on_socket */
    if (l->watch != NULL && l->n_fds > 0) {
        for (size_t i = 0; i < l->n_fds; i++) l->watch(l->ctx, l->fds[i].fd, 0);
    }
    for (int i = 0; i < 2; i++) {
        if (l->wake[i] >= 0) close(l->wake[i]);
    }
    free(l->fds);
    free(l->polled);
    free(l);
}

CURLMcode apic_curl_loop_add(apic_curl_loop *l, CURL *h, void *xfer)
{
    curl_easy_setopt(h, CURLOPT_PRIVATE, xfer);
    return curl_multi_add_handle(l->multi, h);
}

void apic_curl_loop_remove(apic_curl_loop *l, CURL *h)
{
    curl_multi_remove_handle(l->multi, h);
}

/* Reports the transfers curl finished; each leaves the multi handle before done() hears of it. */
static void collect(apic_curl_loop *l)
{
    CURLMsg *m;
    int left;
    while ((m = curl_multi_info_read(l->multi, &left)) != NULL) {
        if (m->msg != CURLMSG_DONE) continue;
        CURL *h = m->easy_handle;
        CURLcode cc = m->data.result;
        void *xfer = NULL;
        curl_easy_getinfo(h, CURLINFO_PRIVATE, &xfer);
        curl_multi_remove_handle(l->multi, h);
        l->done(l->ctx, xfer, cc);
    }
}

static void drain(apic_curl_loop *l)
{
    char buf[64];
    /* Emptied first, then open to the next wake: the other order could lose a wake written in
     * between (its byte read here, the flag left set with the pipe empty). */
    while (read(l->wake[0], buf, sizeof buf) > 0) continue;
    atomic_store(&l->woken, false);
}

bool apic_curl_loop_socket(apic_curl_loop *l, int fd, int events)
{
    if (fd == l->wake[0]) {
        drain(l);
        return true;
    }
    int mask = ((events & APIC_LOOP_IN) ? CURL_CSELECT_IN : 0) | ((events & APIC_LOOP_OUT) ? CURL_CSELECT_OUT : 0);
    int running = 0;
    curl_multi_socket_action(l->multi, fd, mask, &running);
    collect(l);
    return false;
}

long long apic_curl_loop_due(const apic_curl_loop *l)
{
    return l->due;
}

void apic_curl_loop_timeout(apic_curl_loop *l)
{
    if (l->due < 0 || l->due > apic_monotonic_ms()) return;
    int running = 0;
    l->due = -1; /* curl sets it again when it wants another */
    curl_multi_socket_action(l->multi, CURL_SOCKET_TIMEOUT, 0, &running);
    collect(l);
}

bool apic_curl_loop_poll(apic_curl_loop *l, long ms)
{
    size_t n = l->n_fds;
    for (size_t i = 0; i < n; i++) {
        short ev = (short)(((l->fds[i].events & APIC_LOOP_IN) ? POLLIN : 0) | ((l->fds[i].events & APIC_LOOP_OUT) ? POLLOUT : 0));
        l->polled[i] = (struct pollfd){l->fds[i].fd, ev, 0};
    }
    int ready = poll(l->polled, (nfds_t)n, ms < 0 ? -1 : (int)(ms > 1000000 ? 1000000 : ms));
    bool woken = false;
    /* Acting on one socket may change the table: the copy in polled is what was waited on. */
    for (size_t i = 0; ready > 0 && i < n; i++) {
        short got = l->polled[i].revents;
        if (got == 0) continue;
        ready--;
        int events = ((got & (POLLIN | POLLHUP | POLLERR)) ? APIC_LOOP_IN : 0) | ((got & (POLLOUT | POLLERR)) ? APIC_LOOP_OUT : 0);
        if (apic_curl_loop_socket(l, l->polled[i].fd, events)) woken = true;
    }
    apic_curl_loop_timeout(l);
    return woken;
}

void apic_curl_loop_wake(apic_curl_loop *l)
{
    if (atomic_exchange(&l->woken, true)) return;
    ssize_t w;
    do {
        w = write(l->wake[1], "", 1);
    } while (w < 0 && errno == EINTR);
}
