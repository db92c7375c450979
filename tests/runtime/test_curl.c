/* The libcurl transport against a real HTTP/1.1 server on 127.0.0.1, written here: a single
 * thread on an ephemeral port that serves a fixed number of requests and records what it
 * got. Nothing but 127.0.0.1 is ever contacted. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "thing.h"

/* --- the server ------------------------------------------------------------------------------ */

enum { MAX_REQ = 16, IDLE_MS = 5000 };

typedef enum mode {
    ANSWER,   /* answer every request with `response` */
    HANG,     /* read the request, never answer, wait for the client to give up */
    STALL,    /* send the headers and half the body, then nothing more */
    INTERIM   /* send "100 Continue" with a header first, then the response */
} mode;

typedef struct server {
    int fd;
    int port;
    int max_requests;
    mode mode;
    const char *response; /* full response text; NULL = DEFAULT_RESPONSE */
    pthread_t thread;
    /* what happened */
    int connections;
    int requests;
    char head[MAX_REQ][2048];
    char body[MAX_REQ][1024];
    size_t body_len[MAX_REQ];
} server;

#define DEFAULT_BODY "{\"id\":1,\"name\":\"x\"}"
#define DEFAULT_RESPONSE                                                                             \
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: rid-1\r\nX-Twice: a\r\n" \
    "X-Twice: b\r\nContent-Length: 19\r\n\r\n" DEFAULT_BODY
_Static_assert(sizeof DEFAULT_BODY - 1 == 19, "DEFAULT_RESPONSE's Content-Length must match DEFAULT_BODY");

static bool readable(int fd, int ms)
{
    struct pollfd p = {fd, POLLIN, 0};
    return poll(&p, 1, ms) == 1;
}

static const char *find(const char *hay, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++) {
        if (memcmp(hay + i, needle, m) == 0) return hay + i;
    }
    return NULL;
}

static size_t content_length(const char *head)
{
    for (const char *p = head; (p = strchr(p, '\n')) != NULL;) {
        p++;
        if (strncasecmp(p, "Content-Length:", 15) == 0) return (size_t)strtoul(p + 15, NULL, 10);
    }
    return 0;
}

static void send_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t k = send(fd, s, n, MSG_NOSIGNAL);
        if (k <= 0) return;
        s += k;
        n -= (size_t)k;
    }
}

/* Serves requests on one connection until it closes or the budget is spent. */
static void serve_connection(server *s, int fd)
{
    char buf[8192];
    size_t have = 0;
    while (s->requests < s->max_requests) {
        const char *end;
        while ((end = find(buf, have, "\r\n\r\n")) == NULL) {
            if (have == sizeof buf || !readable(fd, IDLE_MS)) return;
            ssize_t k = recv(fd, buf + have, sizeof buf - have, 0);
            if (k <= 0) return;
            have += (size_t)k;
        }
        size_t head_len = (size_t)(end - buf) + 4;
        int r = s->requests;
        snprintf(s->head[r], sizeof s->head[r], "%.*s", (int)head_len, buf);
        size_t clen = content_length(s->head[r]);
        memmove(buf, buf + head_len, have - head_len);
        have -= head_len;
        /* The body streams through buf; its first bytes are kept, the rest only counted. */
        size_t got = 0;
        while (got < clen) {
            if (have == 0) {
                if (!readable(fd, IDLE_MS)) return;
                ssize_t k = recv(fd, buf, sizeof buf, 0);
                if (k <= 0) return;
                have = (size_t)k;
            }
            size_t take = clen - got < have ? clen - got : have;
            if (got < sizeof s->body[r] - 1) {
                size_t keep = sizeof s->body[r] - 1 - got;
                memcpy(s->body[r] + got, buf, take < keep ? take : keep);
            }
            got += take;
            memmove(buf, buf + take, have - take);
            have -= take;
        }
        s->body_len[r] = clen;
        s->requests++;

        if (s->mode == STALL) {
            const char *part = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 19\r\n\r\n{\"id\":1,";
            send_all(fd, part, strlen(part));
        }
        if (s->mode == HANG || s->mode == STALL) {
            /* Wait for the client to time out and close. */
            while (readable(fd, IDLE_MS) && recv(fd, buf, sizeof buf, 0) > 0) {
            }
            return;
        }
        if (s->mode == INTERIM) {
            const char *interim = "HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\n";
            send_all(fd, interim, strlen(interim));
        }
        const char *res = s->response != NULL ? s->response : DEFAULT_RESPONSE;
        size_t n = strlen(res);
        if (strncmp(s->head[r], "HEAD ", 5) == 0) n = (size_t)(strstr(res, "\r\n\r\n") - res) + 4;
        send_all(fd, res, n);
    }
}

static void *serve(void *arg)
{
    server *s = arg;
    while (s->requests < s->max_requests && readable(s->fd, IDLE_MS)) {
        int fd = accept(s->fd, NULL, NULL);
        if (fd < 0) break;
        s->connections++;
        serve_connection(s, fd);
        close(fd);
    }
    return NULL;
}

static server *server_start(int max_requests, mode m, const char *response)
{
    server *s = calloc(1, sizeof *s);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    s->max_requests = max_requests;
    s->mode = m;
    s->response = response;
    s->fd = socket(AF_INET, SOCK_STREAM, 0);
    CU_ASSERT_FATAL(s->fd >= 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    CU_ASSERT_FATAL(bind(s->fd, (struct sockaddr *)&a, sizeof a) == 0);
    CU_ASSERT_FATAL(listen(s->fd, 16) == 0);
    socklen_t len = sizeof a;
    CU_ASSERT_FATAL(getsockname(s->fd, (struct sockaddr *)&a, &len) == 0);
    s->port = ntohs(a.sin_port);
    CU_ASSERT_FATAL(pthread_create(&s->thread, NULL, serve, s) == 0);
    return s;
}

/* Waits for the server to finish; it only reads its records after this. */
static void server_stop(server *s)
{
    pthread_join(s->thread, NULL);
    close(s->fd);
}

static char *url_of(const server *s, const char *path)
{
    static char url[256];
    snprintf(url, sizeof url, "http://127.0.0.1:%d%s", s->port, path);
    return url;
}

/* --- descriptors -------------------------------------------------------------------------------- */

typedef struct create_params {
    char *q;
    char *trace;
    apic_json_map unknown_fields;
} create_params;
static const apic_field create_fields[] = {
    {"q", 1, 0, offsetof(create_params, q), -1, -1, &apic_type_string},
    {"X-Trace", 7, 0, offsetof(create_params, trace), -1, -1, &apic_type_string},
};
static const apic_struct_desc create_desc = {"create_params", sizeof(create_params), create_fields, 2,
                                             offsetof(create_params, unknown_fields), -1, NULL};
static const apic_param create_locs[] = {{APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
                                         {APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, false}};
static const apic_security_scheme bearer = {"bearer", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme *const s_bearer[] = {&bearer};
static const apic_security_req sec[] = {{s_bearer, 1}};
static const apic_operation create_op = {"things_create", "POST", "/things", &create_desc, create_locs,
                                         &thing_type, "application/json", true, thing_responses, 1, sec, 1,
                                         APIC_BODY_JSON, NULL, NULL};
static const apic_operation get_op = {"things_get", "GET", "/things/1", NULL, NULL, NULL, NULL, false,
                                      thing_responses, 1, sec, 1, APIC_BODY_JSON, NULL, NULL};

static apic_client *client_for(const server *s, long timeout_ms)
{
    char base[128];
    snprintf(base, sizeof base, "http://127.0.0.1:%d/api/", s->port);
    apic_config cfg = APIC_CONFIG_INIT(base);
    cfg.token = "t0k";
    cfg.user_agent = "apic-curl-test";
    cfg.timeout_ms = timeout_ms;
    cfg.retry.max_retries = APIC_NO_RETRY; /* the transport's own behaviour, one attempt at a time */
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    apic_error_clear(&err);
    return c;
}

static bool head_has(const char *head, const char *line)
{
    char want[256];
    snprintf(want, sizeof want, "\r\n%s\r\n", line);
    return strstr(head, want) != NULL;
}

/* --- tests ----------------------------------------------------------------------------------------- */

static void test_request_arrives_intact(void)
{
    server *s = server_start(1, ANSWER, NULL);
    apic_client *c = client_for(s, 5000);
    create_params p = {"a b", "tr-1", {0}};
    thing in = {true, 5, "caf\xc3\xa9", {0}};
    void *out = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &create_op, &p, &in, &out, &err), 0);
    apic_client_free(c);
    server_stop(s);

    const char *h = s->head[0];
    CU_ASSERT_EQUAL(s->requests, 1);
    CU_ASSERT_EQUAL(strncmp(h, "POST /api/things?q=a%20b HTTP/1.1\r\n", 35), 0);
    CU_ASSERT_TRUE(head_has(h, "Accept: application/json"));
    CU_ASSERT_TRUE(head_has(h, "Content-Type: application/json"));
    CU_ASSERT_TRUE(head_has(h, "User-Agent: apic-curl-test"));
    CU_ASSERT_TRUE(head_has(h, "Authorization: Bearer t0k"));
    CU_ASSERT_TRUE(head_has(h, "X-Trace: tr-1"));
    char host[64];
    snprintf(host, sizeof host, "Host: 127.0.0.1:%d", s->port);
    CU_ASSERT_TRUE(head_has(h, host));
    CU_ASSERT_PTR_NULL(strstr(h, "Expect:"));
    const char *body = "{\"id\":5,\"name\":\"caf\xc3\xa9\"}";
    char clen[64];
    snprintf(clen, sizeof clen, "Content-Length: %zu", strlen(body));
    CU_ASSERT_TRUE(head_has(h, clen));
    CU_ASSERT_EQUAL(s->body_len[0], strlen(body));
    CU_ASSERT_STRING_EQUAL(s->body[0], body);

    thing *t = out;
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->id, 1);
    CU_ASSERT_STRING_EQUAL(t->name, "x");
    CU_ASSERT_EQUAL(err.http_status, 200);
    apic_value_free(&thing_type, t);
    apic_error_clear(&err);
    free(s);
}

/* A body over 1 MB would make curl wait for "100 Continue" unless Expect: is suppressed. */
static void test_large_body_no_expect(void)
{
    static char big[1100 * 1024];
    memset(big, 'z', sizeof big - 1);
    server *s = server_start(1, ANSWER, NULL);
    apic_transport t;
    CU_ASSERT_EQUAL_FATAL(apic_curl_transport_new(NULL, &t, NULL), 0);
    apic_http_request req = {"PUT", url_of(s, "/big"), NULL, 0, big, sizeof big - 1, 5000, 5000, NULL, 0, 0};
    apic_http_response res = {0};
    CU_ASSERT_EQUAL(t.send(t.ctx, &req, &res, NULL), 0);
    CU_ASSERT_EQUAL(res.status, 200);
    apic_http_response_clear(&res);
    t.destroy(t.ctx);
    server_stop(s);
    CU_ASSERT_EQUAL(strncmp(s->head[0], "PUT /big HTTP/1.1\r\n", 19), 0);
    CU_ASSERT_PTR_NULL(strstr(s->head[0], "Expect:"));
    CU_ASSERT_EQUAL(s->body_len[0], sizeof big - 1);
    CU_ASSERT_EQUAL(s->body[0][0], 'z');
    free(s);
}

static void test_methods(void)
{
    const char *methods[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    enum { N = sizeof methods / sizeof *methods };
    server *s = server_start(N, ANSWER, NULL);
    apic_transport t;
    CU_ASSERT_EQUAL_FATAL(apic_curl_transport_new(NULL, &t, NULL), 0);
    int statuses[N] = {0};
    size_t body_lens[N] = {0};
    for (int i = 0; i < N; i++) {
        bool with_body = strcmp(methods[i], "DELETE") == 0;
        apic_http_request req = {methods[i], url_of(s, "/m"), NULL, 0, with_body ? "{}" : NULL, with_body ? 2 : 0, 5000, 5000, NULL, 0, 0};
        apic_http_response res = {0};
        CU_ASSERT_EQUAL(t.send(t.ctx, &req, &res, NULL), 0);
        statuses[i] = res.status;
        body_lens[i] = res.body.len;
        apic_http_response_clear(&res);
    }
    t.destroy(t.ctx);
    server_stop(s);
    CU_ASSERT_EQUAL(s->requests, N);
    for (int i = 0; i < N; i++) {
        char line[64];
        snprintf(line, sizeof line, "%s /m HTTP/1.1\r\n", methods[i]);
        CU_ASSERT_EQUAL(strncmp(s->head[i], line, strlen(line)), 0);
        CU_ASSERT_EQUAL(statuses[i], 200);
        CU_ASSERT_EQUAL(body_lens[i], strcmp(methods[i], "HEAD") == 0 ? 0 : strlen(DEFAULT_BODY));
    }
    /* POST, PUT and PATCH say Content-Length: 0 when empty; DELETE carries its body. */
    CU_ASSERT_TRUE(head_has(s->head[2], "Content-Length: 0"));
    CU_ASSERT_TRUE(head_has(s->head[3], "Content-Length: 0"));
    CU_ASSERT_TRUE(head_has(s->head[4], "Content-Length: 0"));
    CU_ASSERT_TRUE(head_has(s->head[5], "Content-Length: 2"));
    CU_ASSERT_STRING_EQUAL(s->body[5], "{}");
    free(s);
}

static void test_keep_alive(void)
{
    server *s = server_start(10, ANSWER, NULL);
    apic_client *c = client_for(s, 5000);
    int ok = 0;
    for (int i = 0; i < 10; i++) {
        void *out = NULL;
        if (apic_call(c, &get_op, NULL, NULL, &out, NULL) == 0 && out != NULL) ok++;
        apic_value_free(&thing_type, out);
    }
    apic_client_free(c);
    server_stop(s);
    CU_ASSERT_EQUAL(ok, 10);
    CU_ASSERT_EQUAL(s->requests, 10);
    CU_ASSERT_EQUAL(s->connections, 1);
    free(s);
}

static void test_response_headers(void)
{
    server *s = server_start(2, INTERIM, NULL);
    apic_transport t;
    CU_ASSERT_EQUAL_FATAL(apic_curl_transport_new(NULL, &t, NULL), 0);
    apic_header hdr[] = {{"X-Empty", ""}, {"X-One", "1"}};
    apic_http_request req = {"GET", url_of(s, "/h"), hdr, 2, NULL, 0, 5000, 5000, NULL, 0, 0};
    apic_http_response res = {0};
    CU_ASSERT_EQUAL(t.send(t.ctx, &req, &res, NULL), 0);
    CU_ASSERT_EQUAL(res.status, 200);
    CU_ASSERT_STRING_EQUAL(apic_http_response_header(&res, "x-request-id"), "rid-1");
    CU_ASSERT_STRING_EQUAL(apic_http_response_header(&res, "CONTENT-TYPE"), "application/json");
    CU_ASSERT_STRING_EQUAL(apic_http_response_header(&res, "X-Twice"), "a");
    /* The interim 100 response's headers were dropped when the final status line came. */
    CU_ASSERT_PTR_NULL(apic_http_response_header(&res, "X-Interim"));
    CU_ASSERT_PTR_NULL(apic_http_response_header(&res, "X-Missing"));
    CU_ASSERT_EQUAL(res.n_headers, 5);
    CU_ASSERT_EQUAL(res.body.len, strlen(DEFAULT_BODY));
    CU_ASSERT_STRING_EQUAL(res.body.data, DEFAULT_BODY);
    apic_http_response_clear(&res);
    CU_ASSERT_EQUAL(res.n_headers, 0);
    CU_ASSERT_PTR_NULL(res.body.data);

    /* The same handle is reused after a reset: none of the previous request's headers remain. */
    apic_http_request plain = {"GET", url_of(s, "/h2"), NULL, 0, NULL, 0, 5000, 5000, NULL, 0, 0};
    CU_ASSERT_EQUAL(t.send(t.ctx, &plain, &res, NULL), 0);
    apic_http_response_clear(&res);
    t.destroy(t.ctx);
    server_stop(s);
    CU_ASSERT_TRUE(head_has(s->head[0], "X-Empty:"));
    CU_ASSERT_TRUE(head_has(s->head[0], "X-One: 1"));
    CU_ASSERT_PTR_NULL(strstr(s->head[1], "X-One"));
    CU_ASSERT_EQUAL(s->connections, 1);
    free(s);
}

static void test_http_error_status(void)
{
    server *s = server_start(1, ANSWER,
                             "HTTP/1.1 503 Service Unavailable\r\nRequest-Id: r-503\r\nContent-Length: 7\r\n\r\nbusy..!");
    apic_client *c = client_for(s, 5000);
    apic_error err = {0};
    void *out = NULL;
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, &out, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 503);
    CU_ASSERT_TRUE(err.retryable);
    CU_ASSERT_STRING_EQUAL(err.body, "busy..!");
    CU_ASSERT_STRING_EQUAL(err.request_id, "r-503");
    CU_ASSERT_STRING_EQUAL(err.message, "GET /things/1: HTTP 503");
    apic_error_clear(&err);
    apic_client_free(c);
    server_stop(s);
    free(s);
}

/* Redirects are answers, not instructions: the 302 comes back and nothing else is requested. */
static void test_no_redirects(void)
{
    server *s = server_start(1, ANSWER, "HTTP/1.1 302 Found\r\nLocation: /api/elsewhere\r\nContent-Length: 0\r\n\r\n");
    apic_client *c = client_for(s, 5000);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 302);
    CU_ASSERT_FALSE(err.retryable);
    apic_error_clear(&err);
    apic_client_free(c);
    server_stop(s);
    CU_ASSERT_EQUAL(s->requests, 1);
    free(s);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void test_timeout(void)
{
    server *s = server_start(1, HANG, NULL);
    apic_client *c = client_for(s, 300);
    apic_error err = {0};
    double t0 = now_ms();
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_TIMEOUT);
    double took = now_ms() - t0;
    CU_ASSERT_EQUAL(err.kind, APIC_E_TIMEOUT);
    CU_ASSERT_EQUAL(err.http_status, 0);
    CU_ASSERT_TRUE(err.retryable);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "GET /things/1: "));
    CU_ASSERT_TRUE(took >= 250.0);
    CU_ASSERT_TRUE(took < 3000.0); /* generous: valgrind slows everything down */
    apic_error_clear(&err);
    apic_client_free(c);
    server_stop(s);
    CU_ASSERT_EQUAL(s->requests, 1);
    free(s);
}

static void test_stall_mid_body(void)
{
    server *s = server_start(1, STALL, NULL);
    apic_client *c = client_for(s, 300);
    apic_error err = {0};
    void *out = NULL;
    double t0 = now_ms();
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, &out, &err), APIC_E_TIMEOUT);
    double took = now_ms() - t0;
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT_TRUE(err.retryable);
    CU_ASSERT_TRUE(took >= 250.0 && took < 3000.0);
    apic_error_clear(&err);
    apic_client_free(c);
    server_stop(s);
    free(s);
}

static void test_closed_port(void)
{
    /* A port that was just free and has no listener: connection refused. */
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    CU_ASSERT_FATAL(fd >= 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    CU_ASSERT_FATAL(bind(fd, (struct sockaddr *)&a, sizeof a) == 0);
    socklen_t len = sizeof a;
    CU_ASSERT_FATAL(getsockname(fd, (struct sockaddr *)&a, &len) == 0);
    close(fd);

    char base[64];
    snprintf(base, sizeof base, "http://127.0.0.1:%d", ntohs(a.sin_port));
    apic_config cfg = APIC_CONFIG_INIT(base);
    cfg.connect_timeout_ms = 2000;
    cfg.retry.max_retries = APIC_NO_RETRY;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_TRANSPORT);
    CU_ASSERT_EQUAL(err.kind, APIC_E_TRANSPORT);
    CU_ASSERT_EQUAL(err.attempts, 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "GET /things/1: "));
    CU_ASSERT(strlen(err.message) > strlen("GET /things/1: "));
    apic_error_clear(&err);
    apic_client_free(c);
}

/* Only http and https are ever spoken, whatever URL reaches the transport. */
static void test_other_schemes_refused(void)
{
    apic_transport t;
    CU_ASSERT_EQUAL_FATAL(apic_curl_transport_new(NULL, &t, NULL), 0);
    apic_http_request req = {"GET", "file:///etc/passwd", NULL, 0, NULL, 0, 1000, 1000, NULL, 0, 0};
    apic_http_response res = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL(t.send(t.ctx, &req, &res, &err), APIC_E_TRANSPORT);
    CU_ASSERT_EQUAL(res.body.len, 0);
    req.url = "http://127.0.0.1:1/";
    req.method = "GET /x HTTP/1.1\r\nX:";
    CU_ASSERT_EQUAL(t.send(t.ctx, &req, &res, &err), APIC_E_ARG);
    /* A header name that is not a token (SuprSend's spec declares "ServiceToken <token>"). */
    apic_header bad_name = {"ServiceToken <token>", "k"};
    req.method = "GET";
    req.headers = &bad_name;
    req.n_headers = 1;
    CU_ASSERT_EQUAL(t.send(t.ctx, &req, &res, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "not a valid HTTP token"));
    apic_error_clear(&err);
    t.destroy(t.ctx);

    apic_curl_options bad = {NULL, NULL, -1, APIC_HTTP_DEFAULT, false, NULL, NULL};
    CU_ASSERT_EQUAL(apic_curl_transport_new(&bad, &t, NULL), APIC_E_CONFIG);
}

/* Concurrent requests each get a handle; the server is single-threaded, so they queue there. */
typedef struct par {
    apic_transport *t;
    const char *url;
    int status;
} par;

static void *one_request(void *arg)
{
    par *p = arg;
    apic_http_request req = {"GET", p->url, NULL, 0, NULL, 0, 10000, 5000, NULL, 0, 0};
    apic_http_response res = {0};
    if (p->t->send(p->t->ctx, &req, &res, NULL) == 0) p->status = res.status;
    apic_http_response_clear(&res);
    return NULL;
}

static void test_concurrent_handles(void)
{
    enum { N = 4 };
    /* "Connection: close" makes the single-threaded server move on to the next client. */
    server *s = server_start(N, ANSWER, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
    apic_transport t;
    apic_curl_options o = {NULL, "par", 2, APIC_HTTP_DEFAULT, false, NULL, NULL};
    CU_ASSERT_EQUAL_FATAL(apic_curl_transport_new(&o, &t, NULL), 0);
    char url[256];
    snprintf(url, sizeof url, "%s", url_of(s, "/p"));
    par ps[N];
    pthread_t th[N];
    for (int i = 0; i < N; i++) {
        ps[i] = (par){&t, url, 0};
        CU_ASSERT_EQUAL_FATAL(pthread_create(&th[i], NULL, one_request, &ps[i]), 0);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(th[i], NULL);
        CU_ASSERT_EQUAL(ps[i].status, 200);
    }
    t.destroy(t.ctx);
    server_stop(s);
    CU_ASSERT_EQUAL(s->requests, N);
    CU_ASSERT_EQUAL(s->connections, N);
    CU_ASSERT_TRUE(head_has(s->head[0], "User-Agent: par"));
    free(s);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"request line, headers and body arrive intact", test_request_arrives_intact},
        {"large body sent without Expect: 100-continue", test_large_body_no_expect},
        {"every method", test_methods},
        {"10 sequential calls use 1 connection", test_keep_alive},
        {"response headers collected, interim ones dropped", test_response_headers},
        {"HTTP error status through the client", test_http_error_status},
        {"redirects not followed", test_no_redirects},
        {"server that never answers: APIC_E_TIMEOUT", test_timeout},
        {"server that stalls mid-body: APIC_E_TIMEOUT, not a hang", test_stall_mid_body},
        {"closed port: APIC_E_TRANSPORT", test_closed_port},
        {"other schemes, bad methods and bad header names refused", test_other_schemes_refused},
        {"concurrent requests", test_concurrent_handles},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"curl transport", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
