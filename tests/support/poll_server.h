/* An HTTP/1.1 server on 127.0.0.1 for tests with many connections at once: one thread polls
 * every connection, takes each complete request (head and Content-Length body), records it, and
 * answers what the test's answer() says, or nothing (the request hangs until the client gives
 * up). Keep-alive: a connection serves requests until the client closes it. */
#ifndef TESTS_SUPPORT_POLL_SERVER_H
#define TESTS_SUPPORT_POLL_SERVER_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

enum { PS_MAX_CONN = 1100, PS_MAX_RECORD = 4096, PS_BUF = 16384 };

typedef struct ps_request {
    char line[128];  /* "POST /path?query HTTP/1.1" */
    char key[80];    /* Idempotency-Key, "" when none */
    char body[256];  /* the first bytes of the body */
} ps_request;

typedef struct poll_server poll_server;
/* The full response text to send for request n (0-based), or NULL to leave it unanswered. The
 * result is copied out at once: a static buffer will do. */
typedef const char *(*ps_answer)(poll_server *s, int n, const ps_request *r);

struct poll_server {
    int fd, port, wake[2];
    pthread_t thread;
    ps_answer answer;
    void *ctx;
    atomic_int requests;    /* taken so far */
    atomic_int connections; /* accepted so far */
    atomic_int closed;      /* closed by the client so far */
    atomic_int peak;        /* most connections open at once */
    ps_request record[PS_MAX_RECORD];
    struct pollfd polled[PS_MAX_CONN + 2];
    struct ps_conn *conn[PS_MAX_CONN + 2];
};

typedef struct ps_conn {
    int fd;
    size_t have;
    char buf[PS_BUF];
} ps_conn;

static inline size_t ps_content_length(const char *head, size_t n)
{
    for (size_t i = 0; i + 15 < n; i++) {
        if ((i == 0 || head[i - 1] == '\n') && strncasecmp(head + i, "Content-Length:", 15) == 0) {
            return (size_t)strtoul(head + i + 15, NULL, 10);
        }
    }
    return 0;
}

static inline void ps_header(const char *head, size_t n, const char *name, char *out, size_t cap)
{
    size_t m = strlen(name);
    out[0] = '\0';
    for (size_t i = 0; i + m + 1 < n; i++) {
        if ((i == 0 || head[i - 1] == '\n') && strncasecmp(head + i, name, m) == 0 && head[i + m] == ':') {
            const char *v = head + i + m + 1;
            while (*v == ' ') v++;
            size_t k = strcspn(v, "\r\n");
            snprintf(out, cap, "%.*s", (int)(k < cap ? k : cap - 1), v);
            return;
        }
    }
}

/* Takes every complete request in c's buffer; false when the connection is to close. */
static inline bool ps_take(poll_server *s, ps_conn *c)
{
    for (;;) {
        char *end = NULL;
        for (size_t i = 0; i + 3 < c->have; i++) {
            if (memcmp(c->buf + i, "\r\n\r\n", 4) == 0) {
                end = c->buf + i;
                break;
            }
        }
        if (end == NULL) return c->have < sizeof c->buf;
        size_t head = (size_t)(end - c->buf) + 4, body = ps_content_length(c->buf, head);
        if (head + body > c->have) return head + body <= sizeof c->buf;
        int n = atomic_load(&s->requests);
        ps_request r;
        snprintf(r.line, sizeof r.line, "%.*s", (int)strcspn(c->buf, "\r\n"), c->buf);
        ps_header(c->buf, head, "Idempotency-Key", r.key, sizeof r.key);
        snprintf(r.body, sizeof r.body, "%.*s", (int)body, c->buf + head);
        if (n < PS_MAX_RECORD) s->record[n] = r;
        const char *answer = s->answer(s, n, &r);
        atomic_fetch_add(&s->requests, 1);
        memmove(c->buf, c->buf + head + body, c->have - head - body);
        c->have -= head + body;
        for (size_t sent = 0, len = answer != NULL ? strlen(answer) : 0; sent < len;) {
            ssize_t k = send(c->fd, answer + sent, len - sent, MSG_NOSIGNAL);
            if (k <= 0) return false;
            sent += (size_t)k;
        }
    }
}

static inline void *ps_serve(void *arg)
{
    poll_server *s = arg;
    struct pollfd *p = s->polled;
    ps_conn **conn = s->conn;
    size_t n = 2;
    p[0] = (struct pollfd){s->fd, POLLIN, 0};
    p[1] = (struct pollfd){s->wake[0], POLLIN, 0};
    for (;;) {
        if (poll(p, (nfds_t)n, -1) < 0) continue;
        if (p[1].revents) break;
        if ((p[0].revents & POLLIN) && n < PS_MAX_CONN + 2) {
            int fd = accept(s->fd, NULL, NULL);
            if (fd >= 0) {
                conn[n] = calloc(1, sizeof *conn[n]);
                conn[n]->fd = fd;
                p[n++] = (struct pollfd){fd, POLLIN, 0};
                int open = atomic_fetch_add(&s->connections, 1) + 1 - atomic_load(&s->closed);
                if (open > atomic_load(&s->peak)) atomic_store(&s->peak, open);
            }
        }
        for (size_t i = 2; i < n; i++) {
            if (p[i].revents == 0) continue;
            ps_conn *c = conn[i];
            ssize_t k = recv(c->fd, c->buf + c->have, sizeof c->buf - c->have, 0);
            if (k > 0) c->have += (size_t)k;
            if (k <= 0 || !ps_take(s, c)) {
                close(c->fd);
                free(c);
                atomic_fetch_add(&s->closed, 1);
                n--;
                p[i] = p[n];
                conn[i] = conn[n];
                i--;
            }
        }
    }
    for (size_t i = 2; i < n; i++) {
        close(conn[i]->fd);
        free(conn[i]);
    }
    return NULL;
}

/* Starts a server; answer decides each response. NULL on failure. */
static inline poll_server *ps_start(ps_answer answer, void *ctx)
{
    poll_server *s = calloc(1, sizeof *s);
    if (s == NULL) return NULL;
    s->answer = answer;
    s->ctx = ctx;
    s->fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int one = 1;
    setsockopt(s->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (s->fd < 0 || bind(s->fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(s->fd, 1024) != 0 ||
        getsockname(s->fd, (struct sockaddr *)&a, &len) != 0 || pipe(s->wake) != 0 ||
        pthread_create(&s->thread, NULL, ps_serve, s) != 0) {
        if (s->fd >= 0) close(s->fd);
        free(s);
        return NULL;
    }
    s->port = ntohs(a.sin_port);
    return s;
}

static inline void ps_stop(poll_server *s)
{
    if (s == NULL) return;
    if (write(s->wake[1], "x", 1) != 1) abort();
    pthread_join(s->thread, NULL);
    close(s->wake[0]);
    close(s->wake[1]);
    close(s->fd);
    free(s);
}

#endif
