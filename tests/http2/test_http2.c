/* HTTP/2 through the libcurl transport, against nginx (tests/http2/run.sh): in clear text with prior
 * knowledge and over TLS (negotiated, a test CA), 4 threads × 25 requests each; with multiplexing
 * they all share one connection, as nginx's access log shows (its connection number and protocol
 * per request). Without multiplexing over TLS each thread has its own HTTP/2 connection; forced
 * HTTP/1.1 shows as such in the log (the check can fail); a server the CA does not vouch for is
 * refused. */
#include <CUnit/CUnit.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

enum { THREADS = 4, PER_THREAD = 25 };

static const apic_operation probe_op = {.name = "probe", .method = "GET", .path = "/probe"};

typedef struct run {
    apic_client *client;
    const char *base;
    const char *marker;
    pthread_barrier_t *start;
    int thread;
    int ok;
} run;

static void *worker(void *arg)
{
    run *r = arg;
    pthread_barrier_wait(r->start); /* every thread calls at once */
    for (int i = 0; i < PER_THREAD; i++) {
        char url[256];
        snprintf(url, sizeof url, "%s/%s?t=%d&i=%d", r->base, r->marker, r->thread, i);
        apic_request_options o = {.url = url};
        apic_error err = {0};
        if (apic_call_with(r->client, &probe_op, NULL, NULL, &o, NULL, &err) == 0 && err.http_status == 200) r->ok++;
        else fprintf(stderr, "\n%s: %s\n", r->marker, err.message);
        apic_error_clear(&err);
    }
    return NULL;
}

/* What nginx logged for the requests of marker: how many, over how many connections, and
 * whether every one was protocol. */
typedef struct seen {
    int requests;
    int connections;
    int other_protocol;
} seen;

static seen logged(const char *marker, const char *protocol)
{
    seen s = {0, 0, 0};
    long conns[THREADS * PER_THREAD];
    FILE *f = fopen(getenv("NGINX_LOG"), "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    char line[512], prefix[64];
    snprintf(prefix, sizeof prefix, "/%s?", marker);
    while (fgets(line, sizeof line, f) != NULL) {
        long conn;
        char proto[32], uri[256];
        if (sscanf(line, "%ld %31s %255s", &conn, proto, uri) != 3 || strncmp(uri, prefix, strlen(prefix)) != 0) continue;
        s.requests++;
        if (strcmp(proto, protocol) != 0) s.other_protocol++;
        int known = 0;
        for (int i = 0; i < s.connections; i++) known |= conns[i] == conn;
        if (!known && s.connections < THREADS * PER_THREAD) conns[s.connections++] = conn;
    }
    fclose(f);
    return s;
}

static int all_threads(const char *base, const char *marker, apic_http_version version, bool multiplex, const char *ca)
{
    apic_config cfg = APIC_CONFIG_INIT(base);
    cfg.http_version = version;
    cfg.multiplex = multiplex;
    cfg.ca_file = ca;
    cfg.retry.max_retries = APIC_NO_RETRY;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, &err), 0);
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, THREADS);
    run runs[THREADS];
    pthread_t threads[THREADS];
    for (int t = 0; t < THREADS; t++) {
        runs[t] = (run){c, base, marker, &start, t, 0};
        pthread_create(&threads[t], NULL, worker, &runs[t]);
    }
    int ok = 0;
    for (int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        ok += runs[t].ok;
    }
    pthread_barrier_destroy(&start);
    apic_client_free(c);
    return ok;
}

static void test_clear_text_prior_knowledge_one_connection(void)
{
    CU_ASSERT_EQUAL(all_threads(getenv("NGINX_H2C_URL"), "h2c-mux", APIC_HTTP_2_PRIOR_KNOWLEDGE, true, NULL),
                    THREADS * PER_THREAD);
    seen s = logged("h2c-mux", "HTTP/2.0");
    printf("\n  h2c, multiplexed: %d requests from %d threads over %d connection(s), %d not HTTP/2\n", s.requests, THREADS,
           s.connections, s.other_protocol);
    CU_ASSERT_EQUAL(s.requests, THREADS * PER_THREAD);
    CU_ASSERT_EQUAL(s.other_protocol, 0);
    /* libcurl before 8.0 cannot reuse a clear-text prior-knowledge connection (curl issue 10634):
     * the transport gives each request its own there, and says so here. */
    if (curl_version_info(CURLVERSION_NOW)->version_num >= 0x080000) {
        CU_ASSERT_EQUAL(s.connections, 1);
    } else {
        printf("  (libcurl %s reuses no h2c prior-knowledge connection: one per request, all HTTP/2)\n",
               curl_version_info(CURLVERSION_NOW)->version);
        CU_ASSERT_EQUAL(s.connections, THREADS * PER_THREAD);
    }
}

static void test_tls_negotiated_one_connection(void)
{
    CU_ASSERT_EQUAL(all_threads(getenv("NGINX_TLS_URL"), "tls-mux", APIC_HTTP_DEFAULT, true, getenv("NGINX_CA")),
                    THREADS * PER_THREAD);
    seen s = logged("tls-mux", "HTTP/2.0");
    printf("\n  TLS, multiplexed: %d requests from %d threads over %d connection(s), %d not HTTP/2\n", s.requests, THREADS,
           s.connections, s.other_protocol);
    CU_ASSERT_EQUAL(s.requests, THREADS * PER_THREAD);
    CU_ASSERT_EQUAL(s.other_protocol, 0);
    CU_ASSERT_EQUAL(s.connections, 1);
}

static void test_without_multiplexing_and_forced_http1(void)
{
    /* HTTP/2 is negotiated over TLS by default; each thread keeps its own connection. */
    CU_ASSERT_EQUAL(all_threads(getenv("NGINX_TLS_URL"), "tls-pool", APIC_HTTP_DEFAULT, false, getenv("NGINX_CA")),
                    THREADS * PER_THREAD);
    seen s = logged("tls-pool", "HTTP/2.0");
    printf("\n  TLS, one handle per thread: %d requests over %d connection(s), %d not HTTP/2\n", s.requests, s.connections,
           s.other_protocol);
    CU_ASSERT_EQUAL(s.other_protocol, 0);
    CU_ASSERT(s.connections >= 1 && s.connections <= THREADS);
    /* HTTP/1.1 when asked: the log check tells the protocols apart. */
    CU_ASSERT_EQUAL(all_threads(getenv("NGINX_TLS_URL"), "tls-h1", APIC_HTTP_1_1, true, getenv("NGINX_CA")),
                    THREADS * PER_THREAD);
    s = logged("tls-h1", "HTTP/2.0");
    CU_ASSERT_EQUAL(s.other_protocol, THREADS * PER_THREAD);
}

static void test_untrusted_certificate_refused(void)
{
    apic_config cfg = APIC_CONFIG_INIT(getenv("NGINX_TLS_URL"));
    cfg.retry.max_retries = APIC_NO_RETRY;
    cfg.multiplex = true; /* the same refusal through the multiplexing thread */
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &probe_op, NULL, NULL, NULL, &err), APIC_E_TRANSPORT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "certificate"));
    apic_error_clear(&err);
    apic_client_free(c);
}

int main(void)
{
    if (getenv("NGINX_LOG") == NULL) {
        fprintf(stderr, "test_http2: run it through tests/http2/run.sh (needs nginx)\n");
        return 2;
    }
    CU_TestInfo tests[] = {
        {"h2c with prior knowledge: 4 threads, one connection", test_clear_text_prior_knowledge_one_connection},
        {"TLS, HTTP/2 negotiated, test CA: 4 threads, one connection", test_tls_negotiated_one_connection},
        {"without multiplexing: a connection per thread; HTTP/1.1 when asked", test_without_multiplexing_and_forced_http1},
        {"a certificate the CA does not vouch for is refused", test_untrusted_certificate_refused},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"HTTP/2", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
