/* The text/event-stream parser (apic/sse.h) against the WHATWG rules, fed in every split; and
 * apic_call_events() over libcurl against a server on 127.0.0.1, written here, that streams
 * with pauses: events reach the callback while the stream is still open, and the callback
 * can end it. Nothing but 127.0.0.1 is contacted. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"

/* --- the parser ------------------------------------------------------------------------------ */

typedef struct events {
    char log[2048]; /* "type|id|retry|data;" per event */
    int n;
    int stop_at; /* return 7 from the callback at this event (0: never) */
} events;

static int collect(void *ctx, const apic_sse_event *ev)
{
    events *e = ctx;
    size_t at = strlen(e->log);
    snprintf(e->log + at, sizeof e->log - at, "%s|%s|%ld|%.*s;", ev->type, ev->id, ev->retry_ms, (int)ev->data_len,
             ev->data);
    CU_ASSERT_EQUAL(strlen(ev->data), ev->data_len);
    e->n++;
    return e->stop_at > 0 && e->n == e->stop_at ? 7 : 0;
}

/* Feeds text (len bytes) split at the given positions (ascending, cuts[0..n_cuts)). */
static int feed_split(const char *text, size_t len, const size_t *cuts, size_t n_cuts, events *out)
{
    apic_sse_parser p;
    apic_sse_init(&p, collect, out);
    size_t from = 0;
    int rc = 0;
    for (size_t i = 0; i <= n_cuts && rc == 0; i++) {
        size_t to = i < n_cuts ? cuts[i] : len;
        rc = apic_sse_feed(&p, text + from, to - from);
        from = to;
    }
    apic_sse_clear(&p);
    return rc;
}

static const char full[] = "\xEF\xBB\xBF"              /* a byte order mark, dropped */
                           ": a comment\r\n"            /* ignored */
                           "retry: 1500\r\n"
                           "event: update\r\n"
                           "id: 41\r\n"
                           "data: first\r\n"
                           "data:second\r\n"            /* no space after the colon */
                           "data:  third\r\n\r\n"       /* one space removed, not two */
                           "data\n"                     /* a field with no colon: empty value */
                           "\n"
                           "id: 42\r"                   /* CR alone ends lines too */
                           "foo: unknown field\r"
                           "retry: soon\r"              /* not digits: ignored */
                           "data: \xEF\xBB\xBF kept\r\r" /* a BOM after the start is content */
                           "event: lonely\n\n"          /* no data: nothing dispatched */
                           "id\n"                       /* resets the last id */
                           "data: x\n\n"
                           "data: never dispatched";   /* the stream ends mid-event */

static const char full_events[] = "update|41|1500|first\nsecond\n third;"
                                  "message|41|1500|;"
                                  "message|42|1500|\xEF\xBB\xBF kept;"
                                  "message||1500|x;";

static void test_whatwg_fields(void)
{
    events e = {0};
    CU_ASSERT_EQUAL(feed_split(full, sizeof full - 1, NULL, 0, &e), 0);
    CU_ASSERT_STRING_EQUAL(e.log, full_events);
    CU_ASSERT_EQUAL(e.n, 4);
}

/* Every way of cutting the stream in two and in three gives the same events: lines, CRLF pairs
 * and the byte order mark may be split anywhere. */
static void test_every_split(void)
{
    size_t len = sizeof full - 1;
    int bad = 0;
    for (size_t a = 0; a <= len; a++) {
        for (size_t b = a; b <= len; b += (b < 40 || b > len - 40) ? 1 : 7) {
            size_t cuts[] = {a, b};
            events e = {0};
            CU_ASSERT_EQUAL(feed_split(full, len, cuts, 2, &e), 0);
            if (strcmp(e.log, full_events) != 0 && bad++ < 3) fprintf(stderr, "\n  cut at %zu, %zu: %s\n", a, b, e.log);
        }
    }
    CU_ASSERT_EQUAL(bad, 0);
    /* one byte at a time */
    apic_sse_parser p;
    events e = {0};
    apic_sse_init(&p, collect, &e);
    for (size_t i = 0; i < len; i++) CU_ASSERT_EQUAL(apic_sse_feed(&p, full + i, 1), 0);
    apic_sse_clear(&p);
    CU_ASSERT_STRING_EQUAL(e.log, full_events);
}

static void test_crlf_split_is_one_line_end(void)
{
    /* "\r" | "\n" must not read as two line ends (which would dispatch the event early, empty-typed). */
    const char text[] = "event: a\r\ndata: 1\r\n\r\n";
    size_t cuts[] = {9, 18};
    events e = {0};
    CU_ASSERT_EQUAL(feed_split(text, sizeof text - 1, cuts, 2, &e), 0);
    CU_ASSERT_STRING_EQUAL(e.log, "a||-1|1;");
}

static void test_callback_stops(void)
{
    apic_sse_parser p;
    events e = {.stop_at = 1};
    apic_sse_init(&p, collect, &e);
    CU_ASSERT_EQUAL(apic_sse_feed(&p, "data: 1\n\ndata: 2\n\n", 18), 7);
    CU_ASSERT_EQUAL(apic_sse_feed(&p, "data: 3\n\n", 9), 7); /* nothing more is read */
    CU_ASSERT_EQUAL(e.n, 1);
    apic_sse_clear(&p);
    apic_sse_clear(NULL);
}

static void test_id_with_nul_is_ignored(void)
{
    const char text[] = "id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n";
    events e = {0};
    CU_ASSERT_EQUAL(feed_split(text, sizeof text - 1, NULL, 0, &e), 0);
    CU_ASSERT_STRING_EQUAL(e.log, "message|1|-1|a;message|1|-1|b;");
}

/* The type is handed over as a C string, which cannot hold a NUL: an `event` field holding one is
 * ignored as an `id` is, never an empty or cut type (found by tests/fuzz/fuzz_sse.c). */
static void test_event_type_with_nul_is_ignored(void)
{
    const char text[] = "event: \0x\ndata: a\n\nevent: up\0date\nevent: ok\ndata: b\n\nevent: up\0date\ndata: c\n\n";
    events e = {0};
    CU_ASSERT_EQUAL(feed_split(text, sizeof text - 1, NULL, 0, &e), 0);
    CU_ASSERT_STRING_EQUAL(e.log, "message||-1|a;ok||-1|b;message||-1|c;");
}

/* --- a streaming server on 127.0.0.1 ------------------------------------------------------------ */

typedef struct server {
    int fd;
    int port;
    bool keep_pinging; /* after the first event, ping until the client hangs up (at most 5 s) */
    pthread_t thread;
    bool client_left;  /* a write failed: the client closed the stream */
} server;

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void pause_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static bool send_text(int fd, const char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t k = send(fd, s, n, MSG_NOSIGNAL);
        if (k <= 0) return false;
        s += k;
        n -= (size_t)k;
    }
    return true;
}

static void *serve(void *arg)
{
    server *s = arg;
    struct pollfd pf = {s->fd, POLLIN, 0};
    if (poll(&pf, 1, 10000) != 1) return NULL;
    int c = accept(s->fd, NULL, NULL);
    if (c < 0) return NULL;
    char head[4096] = "";
    size_t have = 0;
    while (have < sizeof head - 1 && strstr(head, "\r\n\r\n") == NULL) {
        ssize_t k = recv(c, head + have, sizeof head - 1 - have, 0);
        if (k <= 0) break;
        have += (size_t)k;
        head[have] = '\0';
    }
    /* No Content-Length: the body is everything until the connection closes. */
    send_text(c, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                 "Connection: close\r\n\r\n: open\n\n");
    send_text(c, "id: 1\ndata: one\n\n");
    if (s->keep_pinging) {
        for (int i = 0; i < 250 && !s->client_left; i++) {
            pause_ms(20);
            s->client_left = !send_text(c, ": ping\n");
        }
    } else {
        pause_ms(400);
        send_text(c, "id: 2\ndata: two\n\n");
    }
    close(c);
    return NULL;
}

static void server_start(server *s, bool keep_pinging)
{
    memset(s, 0, sizeof *s);
    s->keep_pinging = keep_pinging;
    s->fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    CU_ASSERT_EQUAL_FATAL(bind(s->fd, (struct sockaddr *)&a, sizeof a), 0);
    CU_ASSERT_EQUAL_FATAL(listen(s->fd, 4), 0);
    socklen_t len = sizeof a;
    getsockname(s->fd, (struct sockaddr *)&a, &len);
    s->port = ntohs(a.sin_port);
    pthread_create(&s->thread, NULL, serve, s);
}

static void server_stop(server *s)
{
    pthread_join(s->thread, NULL);
    close(s->fd);
}

static const apic_response stream_responses[] = {{200, NULL, "text/event-stream", APIC_RESPONSE_EVENTS}};
static const apic_operation stream_op = {"t_stream", "GET", "/stream", NULL, NULL, NULL, NULL, false, stream_responses,
                                         1, NULL, 0, APIC_BODY_JSON, NULL, NULL};

typedef struct timed {
    int n;
    long long at[4];
    char data[4][16];
    int stop_at; /* return 1 at this event (0: never) */
} timed;

static int on_timed(void *ctx, const apic_sse_event *ev)
{
    timed *t = ctx;
    if (t->n < 4) {
        t->at[t->n] = now_ms();
        snprintf(t->data[t->n], sizeof t->data[t->n], "%s", ev->data);
    }
    t->n++;
    return t->stop_at > 0 && t->n == t->stop_at ? 1 : 0;
}

static apic_client *client_on(const server *s)
{
    char url[64];
    snprintf(url, sizeof url, "http://127.0.0.1:%d", s->port);
    apic_config cfg = APIC_CONFIG_INIT(url);
    cfg.retry.max_retries = APIC_NO_RETRY;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    apic_error_clear(&err);
    return c;
}

static void test_events_arrive_before_the_stream_ends(void)
{
    server s;
    server_start(&s, false);
    apic_client *c = client_on(&s);
    timed t = {0};
    apic_error err = {0};
    long long started = now_ms();
    CU_ASSERT_EQUAL(apic_call_events(c, &stream_op, NULL, NULL, NULL, on_timed, &t, &err), 0);
    long long ended = now_ms();
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.data[0], "one");
    CU_ASSERT_STRING_EQUAL(t.data[1], "two");
    /* The server waited 400 ms between the events: the first was delivered while it waited. */
    CU_ASSERT(t.at[1] - t.at[0] >= 300);
    CU_ASSERT(ended - t.at[0] >= 300);
    CU_ASSERT(t.at[0] - started < ended - started);
    CU_ASSERT_EQUAL(err.http_status, 200);
    apic_error_clear(&err);
    apic_client_free(c);
    server_stop(&s);
}

static void test_callback_ends_a_stream_that_would_go_on(void)
{
    server s;
    server_start(&s, true);
    apic_client *c = client_on(&s);
    timed t = {.stop_at = 1};
    apic_error err = {0};
    long long started = now_ms();
    CU_ASSERT_EQUAL(apic_call_events(c, &stream_op, NULL, NULL, NULL, on_timed, &t, &err), 0);
    CU_ASSERT_EQUAL(t.n, 1);
    CU_ASSERT(now_ms() - started < 3000); /* the server would have gone on for 5 s */
    apic_error_clear(&err);
    apic_client_free(c);
    server_stop(&s);
    CU_ASSERT(s.client_left);
}

int main(void)
{
    CU_TestInfo parser_tests[] = {
        {"fields, comments, BOM, CR/LF/CRLF, multi-line data, id and retry", test_whatwg_fields},
        {"every split of the stream gives the same events", test_every_split},
        {"a CRLF split across pieces is one line end", test_crlf_split_is_one_line_end},
        {"the callback stops the parser", test_callback_stops},
        {"an id holding NUL is ignored", test_id_with_nul_is_ignored},
        {"an event type holding NUL is ignored", test_event_type_with_nul_is_ignored},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo stream_tests[] = {
        {"events arrive before the stream ends", test_events_arrive_before_the_stream_ends},
        {"the callback ends a stream that would go on", test_callback_ends_a_stream_that_would_go_on},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"SSE parser", NULL, NULL, NULL, NULL, parser_tests},
        {"SSE over libcurl (127.0.0.1)", NULL, NULL, NULL, NULL, stream_tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
