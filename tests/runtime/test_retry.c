/* The retry policy, against a scripted transport that answers each attempt from a list and
 * records when it was called and with which idempotency key. */
#include <CUnit/CUnit.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "cunit_run.h"

/* --- Retry-After parsing ------------------------------------------------------------------- */

static void test_retry_after(void)
{
    long long ms = -1;
    const long long now = 784111777; /* Sun, 06 Nov 1994 08:49:37 GMT, RFC 9110's example */
    CU_ASSERT_TRUE(apic_parse_retry_after("120", now, &ms));
    CU_ASSERT_EQUAL(ms, 120000);
    CU_ASSERT_TRUE(apic_parse_retry_after(" 0 ", now, &ms));
    CU_ASSERT_EQUAL(ms, 0);
    CU_ASSERT_TRUE(apic_parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now - 5, &ms));
    CU_ASSERT_EQUAL(ms, 5000);
    CU_ASSERT_TRUE(apic_parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now + 100, &ms)); /* past: now */
    CU_ASSERT_EQUAL(ms, 0);
    CU_ASSERT_TRUE(apic_parse_retry_after("Thu, 01 Jan 1970 00:00:10 GMT", 0, &ms));
    CU_ASSERT_EQUAL(ms, 10000);
    CU_ASSERT_TRUE(apic_parse_retry_after("Tue, 29 Feb 2028 23:59:59 GMT", 1835481599 - 1, &ms)); /* epoch of that date: Python calendar.timegm */
    CU_ASSERT_EQUAL(ms, 1000);
    const char *bad[] = {"", "soon", "-1", "1.5", "12a", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 6 Nov 1994 08:49:37 GMT",
                         "Sun, 06 Foo 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "999999999999", NULL};
    for (const char **b = bad; *b != NULL; b++) {
        if (apic_parse_retry_after(*b, now, &ms)) fprintf(stderr, "\naccepted '%s'\n", *b);
        CU_ASSERT_FALSE(apic_parse_retry_after(*b, now, &ms));
    }
    CU_ASSERT_FALSE(apic_parse_retry_after(NULL, now, &ms));
}

/* --- the scripted transport ------------------------------------------------------------------ */

enum { MAX_STEPS = 8 };

typedef struct step {
    int rc;          /* a transport failure to return, or 0 */
    int status;
    const char *header_name, *header_value;
} step;

typedef struct script {
    step steps[MAX_STEPS];
    int n, calls;
    double at[MAX_STEPS];  /* when each attempt came, seconds */
    char keys[MAX_STEPS][64];
    char sigs[MAX_STEPS][80];
} script;

static script S;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *header_of(const apic_http_request *req, const char *name)
{
    for (size_t i = 0; i < req->n_headers; i++) {
        if (strcmp(req->headers[i].name, name) == 0) return req->headers[i].value;
    }
    return "";
}

static int scripted(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    int i = S.calls++;
    CU_ASSERT_FATAL(i < S.n);
    S.at[i] = now_s();
    snprintf(S.keys[i], sizeof S.keys[i], "%s", header_of(req, "Idempotency-Key"));
    snprintf(S.sigs[i], sizeof S.sigs[i], "%s", header_of(req, "Authorization"));
    const step *s = &S.steps[i];
    if (s->rc != 0) return apic_error_set(err, (apic_status)s->rc, "scripted failure %d", i + 1);
    res->status = s->status;
    if (s->header_name != NULL) {
        apic_http_response_add_header(res, s->header_name, strlen(s->header_name), s->header_value, strlen(s->header_value));
    }
    return apic_buf_puts(&res->body, s->status < 300 ? "{\"id\":1,\"name\":\"a\"}" : "{\"message\":\"no\"}");
}

static void play(const step *steps, int n)
{
    memset(&S, 0, sizeof S);
    memcpy(S.steps, steps, (size_t)n * sizeof *steps);
    S.n = n;
}

typedef struct thing {
    bool has_id;
    int64_t id;
    char *name;
} thing;

static const apic_field thing_fields[] = {
    {"id", 2, 0, offsetof(thing, id), offsetof(thing, has_id), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(thing, name), -1, -1, &apic_type_string},
};
static const apic_struct_desc thing_desc = {"Thing", sizeof(thing), thing_fields, 2, -1, -1, NULL};
static const apic_type thing_type = {APIC_OBJECT, APIC_FMT_NONE, &thing_desc, NULL, NULL};
static const apic_response ok_responses[] = {{200, &thing_type, "application/json", APIC_RESPONSE_JSON},
                                             {201, &thing_type, "application/json", APIC_RESPONSE_JSON}};
static const apic_security_scheme bearer = {"bearer", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme *const bearer_only[] = {&bearer};
static const apic_security_req needs_bearer[] = {{bearer_only, 1}};
static const apic_operation get_op = {"t_get", "GET", "/things/1", NULL, NULL, NULL, NULL, false, ok_responses, 2,
                                      needs_bearer, 1, APIC_BODY_JSON, NULL, NULL};
static const apic_operation post_op = {"t_create", "POST", "/things", NULL, NULL, &thing_type, "application/json", true,
                                       ok_responses, 2, needs_bearer, 1, APIC_BODY_JSON, NULL, NULL};

/* Small delays so the suite stays fast: steps of 40, 80, 160 ms (cap 160). */
static apic_client *client_with(int max_retries, long deadline_ms)
{
    apic_transport t = {scripted, NULL, NULL};
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    cfg.token = "tok";
    cfg.transport = &t;
    cfg.retry.max_retries = max_retries;
    cfg.retry.initial_delay_ms = 40;
    cfg.retry.max_delay_ms = 160;
    cfg.retry.max_retry_after_ms = 1500;
    cfg.retry.deadline_ms = deadline_ms;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    return c;
}

static void expect_gap(int i, double lo_ms, double hi_ms)
{
    double gap = (S.at[i] - S.at[i - 1]) * 1000;
    if (gap < lo_ms || gap > hi_ms) fprintf(stderr, "\nwait before attempt %d: %.1f ms, wanted [%.0f, %.0f]\n", i + 1, gap, lo_ms, hi_ms);
    CU_ASSERT(gap >= lo_ms && gap <= hi_ms);
}

/* --- what is retried ------------------------------------------------------------------------- */

static void test_503_twice_then_200(void)
{
    step steps[] = {{0, 503, NULL, NULL}, {0, 503, NULL, NULL}, {0, 200, NULL, NULL}};
    play(steps, 3);
    apic_client *c = client_with(3, 0);
    void *out = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, &out, &err), 0);
    CU_ASSERT_EQUAL(S.calls, 3);
    CU_ASSERT_EQUAL(err.attempts, 3);
    CU_ASSERT_EQUAL(err.http_status, 200);
    CU_ASSERT_PTR_NULL(err.body); /* the failed attempts' bodies are gone */
    CU_ASSERT_PTR_NOT_NULL(out);
    /* Backoff with jitter: [75%, 100%] of 40 ms, then of 80 ms (+ scheduling slack). */
    expect_gap(1, 30, 40 + 60);
    expect_gap(2, 60, 80 + 60);
    /* Every attempt authenticated again (a signature could carry a time). */
    CU_ASSERT_STRING_EQUAL(S.sigs[2], "Bearer tok");
    apic_value_free(&thing_type, out);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_what_is_retried(void)
{
    const struct {
        step first;
        int attempts; /* with 2 retries allowed */
    } cases[] = {
        {{APIC_E_TRANSPORT, 0, NULL, NULL}, 3}, {{APIC_E_TIMEOUT, 0, NULL, NULL}, 3}, {{0, 500, NULL, NULL}, 3},
        {{0, 502, NULL, NULL}, 3},              {{0, 408, NULL, NULL}, 3},            {{0, 409, NULL, NULL}, 3},
        {{0, 429, NULL, NULL}, 3},              {{0, 400, NULL, NULL}, 1},            {{0, 401, NULL, NULL}, 1},
        {{0, 403, NULL, NULL}, 1},              {{0, 404, NULL, NULL}, 1},            {{0, 422, NULL, NULL}, 1},
        {{0, 400, "x-should-retry", "true"}, 3}, {{0, 503, "x-should-retry", "false"}, 1},
    };
    apic_client *c = client_with(2, 0);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        step steps[3] = {cases[i].first, cases[i].first, cases[i].first};
        play(steps, 3);
        apic_error err = {0};
        CU_ASSERT_NOT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), 0);
        if (S.calls != cases[i].attempts) fprintf(stderr, "\ncase %zu: %d attempts\n", i, S.calls);
        CU_ASSERT_EQUAL(S.calls, cases[i].attempts);
        CU_ASSERT_EQUAL(err.attempts, cases[i].attempts);
        CU_ASSERT_EQUAL(err.retryable, cases[i].attempts > 1);
        if (cases[i].attempts > 1) CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "(after 3 attempts)"));
        apic_error_clear(&err);
    }
    apic_client_free(c);
}

static void test_same_idempotency_key_on_every_attempt(void)
{
    step steps[] = {{0, 500, NULL, NULL}, {APIC_E_TRANSPORT, 0, NULL, NULL}, {0, 201, NULL, NULL}};
    play(steps, 3);
    apic_client *c = client_with(3, 0);
    thing in = {true, 1, "a"};
    CU_ASSERT_EQUAL(apic_call(c, &post_op, NULL, &in, NULL, NULL), 0);
    CU_ASSERT_EQUAL(S.calls, 3);
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_UUID, S.keys[0]));
    CU_ASSERT_STRING_EQUAL(S.keys[1], S.keys[0]);
    CU_ASSERT_STRING_EQUAL(S.keys[2], S.keys[0]);
    /* The next logical call gets a key of its own. */
    char first[64];
    snprintf(first, sizeof first, "%s", S.keys[0]);
    step one[] = {{0, 201, NULL, NULL}};
    play(one, 1);
    CU_ASSERT_EQUAL(apic_call(c, &post_op, NULL, &in, NULL, NULL), 0);
    CU_ASSERT_STRING_NOT_EQUAL(S.keys[0], first);
    /* A key the caller gives is used as it is, on every attempt. */
    play(steps, 3);
    apic_request_options o = {NULL, NULL, 0, NULL, 0, NULL, 0, 0, "order-42-create", false, APIC_CACHE_USE, NULL, NULL, 0};
    CU_ASSERT_EQUAL(apic_call_with(c, &post_op, NULL, &in, &o, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(S.keys[0], "order-42-create");
    CU_ASSERT_STRING_EQUAL(S.keys[2], "order-42-create");
    /* GET carries none. */
    play(one, 1);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(S.keys[0], "");
    apic_client_free(c);
}

static void test_retry_after_is_honoured(void)
{
    step steps[] = {{0, 429, "Retry-After", "1"}, {0, 503, "retry-after-ms", "120"}, {0, 200, NULL, NULL}};
    play(steps, 3);
    apic_client *c = client_with(3, 0);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, NULL), 0);
    CU_ASSERT_EQUAL(S.calls, 3);
    expect_gap(1, 995, 1000 + 100);
    expect_gap(2, 118, 120 + 100);
    apic_client_free(c);
}

static void test_retry_after_beyond_the_cap_fails_clearly(void)
{
    step steps[] = {{0, 503, "Retry-After", "3600"}, {0, 200, NULL, NULL}};
    play(steps, 2);
    apic_client *c = client_with(3, 0);
    apic_error err = {0};
    double t0 = now_s();
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_HTTP);
    CU_ASSERT(now_s() - t0 < 0.5); /* it did not wait */
    CU_ASSERT_EQUAL(S.calls, 1);
    CU_ASSERT_EQUAL(err.http_status, 503);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "the server asked to wait 3600000 ms, more than max_retry_after_ms 1500"));
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_no_retry_and_per_call_policy(void)
{
    step steps[] = {{0, 503, NULL, NULL}, {0, 503, NULL, NULL}, {0, 503, NULL, NULL}, {0, 503, NULL, NULL}};
    apic_client *c = client_with(APIC_NO_RETRY, 0);
    play(steps, 4);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, NULL), APIC_E_HTTP);
    CU_ASSERT_EQUAL(S.calls, 1);
    apic_retry_policy more = {3, 5, 5, 0, 0};
    apic_request_options o = {NULL, NULL, 0, NULL, 0, &more, 0, 0, NULL, false, APIC_CACHE_USE, NULL, NULL, 0};
    play(steps, 4);
    CU_ASSERT_EQUAL(apic_call_with(c, &get_op, NULL, NULL, &o, NULL, NULL), APIC_E_HTTP);
    CU_ASSERT_EQUAL(S.calls, 4);
    apic_client_free(c);
}

static void test_deadline(void)
{
    step steps[] = {{0, 503, NULL, NULL}, {0, 503, NULL, NULL}, {0, 503, NULL, NULL}, {0, 503, NULL, NULL}};
    play(steps, 4);
    /* The second wait (60 to 80 ms, after a first of 30 to 40) would end past 80 ms, whatever
     * the jitter: two attempts, then the deadline error. */
    apic_client *c = client_with(3, 80);
    apic_error err = {0};
    double t0 = now_s();
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_TIMEOUT);
    CU_ASSERT(now_s() - t0 < 1.0); /* not the 280 ms of all three waits: generous for valgrind */
    CU_ASSERT_EQUAL(S.calls, 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "the deadline of 80 ms passed after 2 attempts; last: "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "HTTP 503"));
    CU_ASSERT_EQUAL(err.http_status, 503);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_backoff_is_capped_and_jittered(void)
{
    /* 6 retries: steps 40, 80, 160, 160, 160, 160 ms, each in [75%, 100%]. */
    step steps[7];
    for (int i = 0; i < 7; i++) steps[i] = (step){0, 500, NULL, NULL};
    play(steps, 7);
    apic_client *c = client_with(6, 0);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, NULL), APIC_E_HTTP);
    CU_ASSERT_EQUAL(S.calls, 7);
    const double step_ms[] = {40, 80, 160, 160, 160, 160};
    for (int i = 1; i < 7; i++) expect_gap(i, step_ms[i - 1] * 0.75 - 1, step_ms[i - 1] + 60);
    apic_client_free(c);
}

int main(void)
{
    CU_TestInfo parsing[] = {
        {"Retry-After: seconds and HTTP dates", test_retry_after},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo loop[] = {
        {"503, 503, 200: three attempts, backoff between", test_503_twice_then_200},
        {"connection errors, timeouts, 408/409/429/5xx retried; other 4xx not; x-should-retry", test_what_is_retried},
        {"one idempotency key per logical call, on every attempt", test_same_idempotency_key_on_every_attempt},
        {"Retry-After and retry-after-ms honoured", test_retry_after_is_honoured},
        {"a wait beyond max_retry_after_ms fails at once, clearly", test_retry_after_beyond_the_cap_fails_clearly},
        {"APIC_NO_RETRY; a per-call policy", test_no_retry_and_per_call_policy},
        {"the deadline covers attempts and waits", test_deadline},
        {"backoff capped, with jitter in [75%, 100%]", test_backoff_is_capped_and_jittered},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"Retry-After", NULL, NULL, NULL, NULL, parsing},
        {"retry loop", NULL, NULL, NULL, NULL, loop},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
