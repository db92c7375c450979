/* eSauti events under injected faults (WireMock): each case sends one event to a URL of its
 * own; WireMock's request journal then shows how many attempts arrived, with which
 * idempotency key and when. The books must balance: sent = delivered + dead-lettered. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <esauti/esauti.h>

#include "cunit_run.h"
#include "wiremock_case.h"

#define RECEIPT "{\\\"id\\\":\\\"3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b\\\",\\\"status\\\":\\\"accepted\\\"," \
                "\\\"received_at\\\":\\\"2026-11-23T06:18:45.200Z\\\"}"

static char dead_path[96];
static int sent, delivered;

enum { MAX_RETRIES = 3, INITIAL_MS = 100, MAX_MS = 400, TIMEOUT_MS = 700 };

static int suite_init(void)
{
    if (wm_url() == NULL || !wm_reset()) return 1;
    snprintf(dead_path, sizeof dead_path, "build/faults-dead-letters-%d.jsonl", (int)getpid());
    unlink(dead_path);
    return 0;
}

static int suite_clean(void)
{
    unlink(dead_path);
    return 0;
}

static int dead_letters(void)
{
    FILE *f = fopen(dead_path, "r");
    int n = 0, c;
    while (f != NULL && (c = fgetc(f)) != EOF) n += c == '\n';
    if (f != NULL) fclose(f);
    return n;
}

/* Sends one order.created with a fixed id to /case/<name>; returns the status. */
static int send_case(const char *name, const char *id, esauti_error *err)
{
    char endpoint[128];
    snprintf(endpoint, sizeof endpoint, "%s/case/%s", wm_url(), name);
    apic_dead_letter dl = {dead_path, false, 0, 0, NULL, NULL, false};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = wm_url();
    cfg.token = "faults-token";
    cfg.hmac_secret = "faults-secret";
    cfg.events_endpoint = endpoint;
    cfg.timeout_ms = TIMEOUT_MS;
    cfg.retry = (apic_retry_policy){MAX_RETRIES, INITIAL_MS, MAX_MS, 2500, 0};
    cfg.dead_letter = &dl;
    esauti_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(esauti_client_new(&cfg, &c, err), 0);
    esauti_order_created_data_items_item line = {.sku = "A", .name = "a", .quantity = 1, .unit_amount = 100};
    esauti_order_created_data order = {.order_id = "o1", .currency = "KES", .total_amount = 100, .items = {&line, 1},
                                       .placed_at = "2026-04-12T06:50:20Z"};
    esauti_event_identity who = {.customer_id = "c1", .entity_id = "o1"};
    esauti_event_options o = {id, NULL, NULL, 0, NULL};
    esauti_event_receipt *receipt = NULL;
    sent++;
    int rc = esauti_events_send_order_created(c, &who, &order, &o, &receipt, err);
    if (rc == 0) delivered++;
    esauti_event_receipt_free(receipt);
    esauti_client_free(c);
    return rc;
}

/* The journal of a case: n attempts, all with the event's id as key, waits at least min_wait_ms. */
static void expect_attempts(const char *name, const char *id, int n, double min_wait_ms, double max_wait_ms)
{
    journal j = journal_of(name);
    if (j.n != n) fprintf(stderr, "\n%s: %d attempts in the journal, wanted %d\n", name, j.n, n);
    CU_ASSERT_EQUAL(j.n, n);
    for (int i = 0; i < j.n; i++) CU_ASSERT_STRING_EQUAL(j.keys[i], id);
    for (int i = 1; i < j.n; i++) {
        double gap = j.at_ms[i] - j.at_ms[i - 1];
        if (gap < min_wait_ms || gap > max_wait_ms) {
            fprintf(stderr, "\n%s: %.0f ms between attempts %d and %d, wanted [%.0f, %.0f]\n", name, gap, i, i + 1,
                    min_wait_ms, max_wait_ms);
        }
        CU_ASSERT(gap >= min_wait_ms && gap <= max_wait_ms);
    }
}

static const char *OK = "{\"status\":202,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"" RECEIPT "\"}";

/* A transport fault once, then success: retried after the first backoff step (75-100% of 100 ms). */
static void fault_then_ok(const char *fault, const char *id)
{
    char first[128];
    snprintf(first, sizeof first, "{\"fault\":\"%s\"}", fault);
    char name[64];
    snprintf(name, sizeof name, "%s", fault);
    for (char *p = name; *p; p++) *p = (char)(*p == '_' ? '-' : *p + ('a' - 'A') * (*p >= 'A' && *p <= 'Z'));
    stub_case(name, first, 1, OK);
    esauti_error err = {0};
    CU_ASSERT_EQUAL(send_case(name, id, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\n%s: %s\n", name, err.message);
    CU_ASSERT_EQUAL(err.attempts, 2);
    expect_attempts(name, id, 2, INITIAL_MS * 0.75, 1500);
    esauti_error_clear(&err);
}

static void test_connection_reset(void)
{
    fault_then_ok("CONNECTION_RESET_BY_PEER", "00000000-0000-4000-8000-000000000001");
}

static void test_empty_response(void)
{
    fault_then_ok("EMPTY_RESPONSE", "00000000-0000-4000-8000-000000000002");
}

static void test_malformed_chunk(void)
{
    fault_then_ok("MALFORMED_RESPONSE_CHUNK", "00000000-0000-4000-8000-000000000003");
}

static void test_random_data_then_close(void)
{
    fault_then_ok("RANDOM_DATA_THEN_CLOSE", "00000000-0000-4000-8000-000000000004");
}

static void test_delay_beyond_the_timeout(void)
{
    const char *id = "00000000-0000-4000-8000-000000000005";
    stub_case("slow", "{\"status\":202,\"fixedDelayMilliseconds\":3000,\"body\":\"late\"}", 1, OK);
    esauti_error err = {0};
    CU_ASSERT_EQUAL(send_case("slow", id, &err), 0);
    CU_ASSERT_EQUAL(err.attempts, 2);
    /* The first attempt gave up after the timeout, then the backoff. */
    expect_attempts("slow", id, 2, TIMEOUT_MS + INITIAL_MS * 0.75 - 50, TIMEOUT_MS + 1500);
    esauti_error_clear(&err);
}

static void test_429_retry_after_seconds(void)
{
    const char *id = "00000000-0000-4000-8000-000000000006";
    stub_case("busy-seconds", "{\"status\":429,\"headers\":{\"Retry-After\":\"1\"}}", 1, OK);
    esauti_error err = {0};
    CU_ASSERT_EQUAL(send_case("busy-seconds", id, &err), 0);
    expect_attempts("busy-seconds", id, 2, 990, 1600);
    esauti_error_clear(&err);
}

static void test_429_retry_after_date(void)
{
    const char *id = "00000000-0000-4000-8000-000000000007";
    char date[64], response[256];
    time_t at = time(NULL) + 2;
    struct tm tm;
    gmtime_r(&at, &tm);
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    snprintf(response, sizeof response, "{\"status\":429,\"headers\":{\"Retry-After\":\"%s\"}}", date);
    stub_case("busy-date", response, 1, OK);
    esauti_error err = {0};
    CU_ASSERT_EQUAL(send_case("busy-date", id, &err), 0);
    expect_attempts("busy-date", id, 2, 900, 2600); /* whole seconds: between 1 and 2 s from when it was asked */
    esauti_error_clear(&err);
}

static void test_503_twice_then_ok(void)
{
    const char *id = "00000000-0000-4000-8000-000000000008";
    stub_case("flaky", "{\"status\":503}", 2, OK);
    esauti_error err = {0};
    CU_ASSERT_EQUAL(send_case("flaky", id, &err), 0);
    CU_ASSERT_EQUAL(err.attempts, 3);
    expect_attempts("flaky", id, 3, INITIAL_MS * 0.75, 1000);
    esauti_error_clear(&err);
}

static void expect_dead_lettered(const char *name, const char *response, const char *id, int attempts, int status)
{
    int before = dead_letters();
    stub_case(name, response, 1, response);
    esauti_error err = {0};
    CU_ASSERT_EQUAL(send_case(name, id, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, status);
    CU_ASSERT_EQUAL(err.attempts, attempts);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "dead-lettered"));
    CU_ASSERT_EQUAL(dead_letters(), before + 1);
    expect_attempts(name, id, attempts, INITIAL_MS * 0.75, 1500);
    esauti_error_clear(&err);
}

static void test_400_and_401_not_retried(void)
{
    expect_dead_lettered("bad-request", "{\"status\":400,\"body\":\"{}\"}", "00000000-0000-4000-8000-000000000009", 1, 400);
    expect_dead_lettered("unauthorized", "{\"status\":401,\"body\":\"{}\"}", "00000000-0000-4000-8000-00000000000a", 1, 401);
}

static void test_500_beyond_max_retries_dead_lettered(void)
{
    expect_dead_lettered("broken", "{\"status\":500,\"body\":\"{}\"}", "00000000-0000-4000-8000-00000000000b",
                         1 + MAX_RETRIES, 500);
    /* And the dead-lettered record carries the same key, ready for replay. */
    FILE *f = fopen(dead_path, "r");
    char line[8192], last[8192] = "";
    while (f != NULL && fgets(line, sizeof line, f) != NULL) memcpy(last, line, sizeof last);
    if (f != NULL) fclose(f);
    CU_ASSERT_PTR_NOT_NULL(strstr(last, "\"idempotency_key\":\"00000000-0000-4000-8000-00000000000b\""));
}

static void test_books_balance(void)
{
    printf("\n  books: sent %d = delivered %d + dead-lettered %d\n", sent, delivered, dead_letters());
    CU_ASSERT_EQUAL(sent, 11);
    CU_ASSERT_EQUAL(sent, delivered + dead_letters());
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"connection reset, then delivered", test_connection_reset},
        {"empty response, then delivered", test_empty_response},
        {"malformed chunk, then delivered", test_malformed_chunk},
        {"random data then close, then delivered", test_random_data_then_close},
        {"a delay beyond the timeout, then delivered", test_delay_beyond_the_timeout},
        {"429 with Retry-After in seconds", test_429_retry_after_seconds},
        {"429 with Retry-After as an HTTP date", test_429_retry_after_date},
        {"503 twice, then 202", test_503_twice_then_ok},
        {"400 and 401: one attempt, dead-lettered", test_400_and_401_not_retried},
        {"500 beyond max_retries: dead-lettered", test_500_beyond_max_retries_dead_lettered},
        {"the books balance", test_books_balance},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"events under faults (WireMock)", suite_init, suite_clean, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
