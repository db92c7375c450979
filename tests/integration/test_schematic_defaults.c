/* Schematic's flag defaults: when Schematic cannot answer (nothing listens on the port; a server
 * answering 503 through every retry) the default answers within the retry budget, and the
 * caller learns it is a default and why; a check's own default wins over the client's; an answer
 * without data is a "not found" default; offline mode asks nothing (its transport fails the test
 * if called) and drops identify and track; the client's defaults can be set at any time. */
#include <CUnit/CUnit.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <schematic/schematic.h>

#include "cunit_run.h"
#include "wiremock.h"

#define CHECKS "{\"method\":\"POST\",\"urlPathPattern\":\"/flags/[^/]+/check\"}"

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A port nothing listens on: bound, then closed. */
static int closed_port(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t n = sizeof a;
    bind(s, (struct sockaddr *)&a, sizeof a);
    getsockname(s, (struct sockaddr *)&a, &n);
    close(s);
    return ntohs(a.sin_port);
}

static schematic_client *client_at(const char *url, const apic_flag_default *defaults, size_t n)
{
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = url;
    cfg.api_key = "api_test_key";
    cfg.flag_defaults = defaults;
    cfg.n_flag_defaults = n;
    cfg.retry.initial_delay_ms = 100; /* the seed's 2 retries, with short waits */
    schematic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, NULL), 0);
    return c;
}

static void test_port_closed(void)
{
    char url[64];
    snprintf(url, sizeof url, "http://127.0.0.1:%d", closed_port());
    apic_flag_default d[] = {{"beta-feature", true}};
    schematic_client *c = client_at(url, d, 1);
    const char *company[] = {"id", "c1", NULL};
    schematic_error err = {0};
    bool on = false;
    double t0 = now_s();
    int rc = schematic_check_flag(c, "beta-feature", company, NULL, &on, &err);
    double took = now_s() - t0;
    CU_ASSERT_EQUAL(rc, APIC_E_TRANSPORT);
    CU_ASSERT_TRUE(on); /* the default */
    CU_ASSERT_EQUAL(err.attempts, 3);
    CU_ASSERT_TRUE(took < 2.0); /* two waits of at most 100 and 200 ms, and refused connections */
    schematic_flag_result r;
    rc = schematic_check_flag_with(c, "unknown-flag", company, NULL, NULL, &r, &err);
    CU_ASSERT_EQUAL(rc, APIC_E_TRANSPORT);
    CU_ASSERT_FALSE(r.value); /* no default: false */
    CU_ASSERT_EQUAL(r.source, APIC_FLAG_DEFAULT_ERROR);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.reason, "POST /flags/{key}/check"));
    schematic_check_options own = {true, true, 0};
    rc = schematic_check_flag_with(c, "unknown-flag", company, NULL, &own, &r, &err);
    CU_ASSERT_TRUE(r.value); /* the check's own default */
    schematic_error_clear(&err);
    schematic_client_free(c);
}

static void test_503_through_the_retries(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"urlPathPattern\":\"/flags/[^/]+/check\"},"
                            "\"response\":{\"status\":503,\"body\":\"unavailable\"}}"));
    apic_flag_default d[] = {{"beta-feature", true}};
    schematic_client *c = client_at(wm_url(), d, 1);
    schematic_error err = {0};
    bool on = false;
    double t0 = now_s();
    CU_ASSERT_EQUAL(schematic_check_flag(c, "beta-feature", NULL, NULL, &on, &err), APIC_E_HTTP);
    CU_ASSERT_TRUE(now_s() - t0 < 2.0);
    CU_ASSERT_TRUE(on);
    CU_ASSERT_EQUAL(err.http_status, 503);
    CU_ASSERT_EQUAL(err.attempts, 3); /* the seed's 2 retries */
    CU_ASSERT_EQUAL(wm_count(CHECKS), 3);
    /* A default is not kept: the next check asks again. */
    CU_ASSERT_EQUAL(schematic_check_flag(c, "beta-feature", NULL, NULL, &on, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 6);
    /* 409 is not retried by this SDK. */
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"url\":\"/flags/conflict/check\"},"
                            "\"response\":{\"status\":409,\"body\":\"conflict\"}}"));
    CU_ASSERT_EQUAL(schematic_check_flag(c, "conflict", NULL, NULL, &on, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.attempts, 1);
    schematic_error_clear(&err);
    schematic_client_free(c);
}

/* Timeouts per client (config.timeout_ms) and per check (schematic_check_options.timeout_ms) against
 * a server that answers after 2 s; and 408 and 429, retried like 5xx. */
static void test_timeouts_and_retried_statuses(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"url\":\"/flags/slow/check\"},"
                            "\"response\":{\"status\":200,\"fixedDelayMilliseconds\":2000,\"headers\":{\"Content-Type\":"
                            "\"application/json\"},\"body\":\"{\\\"data\\\":{\\\"value\\\":true},\\\"params\\\":{}}\"}}"));
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"url\":\"/flags/busy/check\"},"
                            "\"response\":{\"status\":429,\"headers\":{\"Retry-After\":\"0\"},\"body\":\"slow down\"}}"));
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"url\":\"/flags/late/check\"},"
                            "\"response\":{\"status\":408,\"body\":\"timeout\"}}"));
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = wm_url();
    cfg.api_key = "api_test_key";
    cfg.timeout_ms = 300;
    cfg.retry.max_retries = APIC_NO_RETRY;
    schematic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, NULL), 0);
    schematic_error err = {0};
    bool on = true;
    double t0 = now_s();
    CU_ASSERT_EQUAL(schematic_check_flag(c, "slow", NULL, NULL, &on, &err), APIC_E_TIMEOUT);
    double client_wait = now_s() - t0;
    CU_ASSERT_FALSE(on);
    CU_ASSERT_TRUE(client_wait < 1.5);
    schematic_flag_result r;
    schematic_check_options quick = {false, false, 100};
    t0 = now_s();
    CU_ASSERT_EQUAL(schematic_check_flag_with(c, "slow", NULL, NULL, &quick, &r, &err), APIC_E_TIMEOUT);
    /* The check's 100 ms, not the client's 300 (compared, so that valgrind's slowness cancels out). */
    CU_ASSERT_TRUE(now_s() - t0 < client_wait - 0.1);
    schematic_client_free(c);
    cfg.timeout_ms = 0;
    cfg.retry.max_retries = 0; /* the SDK's 2 */
    cfg.retry.initial_delay_ms = 10;
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, NULL), 0);
    CU_ASSERT_EQUAL(schematic_check_flag(c, "busy", NULL, NULL, &on, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.attempts, 3);
    CU_ASSERT_EQUAL(schematic_check_flag(c, "late", NULL, NULL, &on, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.attempts, 3);
    schematic_error_clear(&err);
    schematic_client_free(c);
}

static void test_not_found(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"urlPathPattern\":\"/flags/[^/]+/check\"},"
                            "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                            "\"body\":\"{\\\"params\\\":{}}\"}}"));
    apic_flag_default d[] = {{"gone", true}};
    schematic_client *c = client_at(wm_url(), d, 1);
    schematic_flag_result r;
    CU_ASSERT_EQUAL(schematic_check_flag_with(c, "gone", NULL, NULL, NULL, &r, NULL), 0);
    CU_ASSERT_TRUE(r.value);
    CU_ASSERT_EQUAL(r.source, APIC_FLAG_DEFAULT_NOT_FOUND);
    schematic_client_free(c);
}

/* A transport that must never be called. */
static int must_not_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)res;
    (void)err;
    CU_FAIL("offline mode sent a request");
    fprintf(stderr, "offline mode sent %s %s\n", req->method, req->url);
    return APIC_E_TRANSPORT;
}

static void test_offline(void)
{
    apic_transport never = {must_not_send, NULL, NULL};
    char dead_path[64]; /* this process's own: two builds' tests may run at once */
    snprintf(dead_path, sizeof dead_path, "build/schematic-offline-dead-letters-%d.jsonl", (int)getpid());
    apic_dead_letter dl = {.path = dead_path};
    apic_flag_default d[] = {{"on-flag", true}};
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.transport = &never;
    cfg.offline = true;
    cfg.dead_letter = &dl;
    cfg.flag_defaults = d;
    cfg.n_flag_defaults = 1;
    schematic_client *c = NULL;
    schematic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, &err), 0);
    const char *company[] = {"id", "c1", NULL};
    bool on = false;
    CU_ASSERT_EQUAL(schematic_check_flag(c, "on-flag", company, NULL, &on, &err), 0);
    CU_ASSERT_TRUE(on);
    CU_ASSERT_EQUAL(schematic_check_flag(c, "off-flag", company, NULL, &on, &err), 0);
    CU_ASSERT_FALSE(on);
    CU_ASSERT_EQUAL(schematic_set_flag_default(c, "off-flag", true, &err), 0);
    CU_ASSERT_EQUAL(schematic_check_flag(c, "off-flag", company, NULL, &on, &err), 0);
    CU_ASSERT_TRUE(on);
    apic_flag_default more[] = {{"on-flag", false}, {"x", true}};
    CU_ASSERT_EQUAL(schematic_set_flag_defaults(c, more, 2, &err), 0);
    CU_ASSERT_EQUAL(schematic_check_flag(c, "on-flag", company, NULL, &on, &err), 0);
    CU_ASSERT_FALSE(on);
    schematic_flag_result r;
    CU_ASSERT_EQUAL(schematic_check_flag_with(c, "x", NULL, NULL, NULL, &r, &err), 0);
    CU_ASSERT_EQUAL(r.source, APIC_FLAG_DEFAULT_OFFLINE);
    /* identify and track are dropped, and succeed. */
    const char *user[] = {"user_id", "u1", NULL};
    schematic_identify_event who = {user, NULL, "Wile E. Coyote", NULL};
    CU_ASSERT_EQUAL(schematic_identify(c, &who, NULL, &err), 0);
    schematic_track_event what = {"some-action", company, user, NULL, true, 10};
    CU_ASSERT_EQUAL(schematic_track(c, &what, NULL, &err), 0);
    CU_ASSERT_EQUAL(schematic_flush(c, 1000, &err), 0);
    /* Raw operations refuse, sending nothing. */
    schematic_features_check_flag_params p = {"x"};
    schematic_check_flag_request_body body;
    memset(&body, 0, sizeof body);
    CU_ASSERT_EQUAL(schematic_features_check_flag(c, &p, &body, NULL, &err), APIC_E_OFFLINE);
    schematic_error_clear(&err);
    schematic_client_free(c);
}

int main(void)
{
    if (wm_url() == NULL) {
        fprintf(stderr, "test_schematic_defaults: WIREMOCK_URL is not set (run through tests/integration/with-servers.sh)\n");
        return 1;
    }
    CU_TestInfo tests[] = {
        {"the port closed: the default, within the retry budget", test_port_closed},
        {"503 through every retry: the default; 409 not retried", test_503_through_the_retries},
        {"timeouts per client and per check; 408 and 429 retried", test_timeouts_and_retried_statuses},
        {"an answer without data: the default, as not found", test_not_found},
        {"offline: nothing sent, defaults answer, events dropped", test_offline},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"Schematic defaults", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
