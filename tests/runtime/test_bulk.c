/* Bulk chunker: limits by count and by encoded bytes (exactly at the limit, one byte over, one
 * oversize record), order kept, one idempotency key per chunk, per-record results read from a
 * SuprSend-style 207 answer, and a failing chunk that fails only its own records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

/* --- a transport answering from a script, keeping every request body and idempotency key --- */

#define MAX_CALLS 16

typedef struct script {
    int calls;
    char *bodies[MAX_CALLS];
    char keys[MAX_CALLS][64];
    int status[MAX_CALLS];    /* answer of call i; 0 = 200 */
    const char *answer[MAX_CALLS];
} script;

static int script_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)err;
    script *s = (script *)ctx;
    int i = s->calls++;
    CU_ASSERT_FATAL(i < MAX_CALLS);
    s->bodies[i] = strndup(req->body, req->body_len);
    for (size_t h = 0; h < req->n_headers; h++) {
        if (strcmp(req->headers[h].name, "Idempotency-Key") == 0) snprintf(s->keys[i], sizeof s->keys[i], "%s", req->headers[h].value);
    }
    res->status = s->status[i] != 0 ? s->status[i] : 200;
    return s->answer[i] != NULL ? apic_buf_puts(&res->body, s->answer[i]) : 0;
}

static void script_clear(script *s)
{
    for (int i = 0; i < s->calls; i++) free(s->bodies[i]);
    memset(s, 0, sizeof *s);
}

static const apic_response trigger_responses[] = {{.status = 2, .type = &apic_type_any, .media = "application/json"}};
static const apic_operation trigger_op = {.name = "trigger", .method = "POST", .path = "/trigger/", .body = &apic_type_any,
                                          .body_media = "application/json", .body_required = true,
                                          .responses = trigger_responses, .n_responses = 1};

static apic_client *client_for(script *s)
{
    static apic_transport t;
    t = (apic_transport){script_send, NULL, s};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9");
    cfg.transport = &t;
    cfg.retry.max_retries = APIC_NO_RETRY;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, &err), 0);
    return c;
}

/* n records of exactly size bytes each: {"i":"<index>","p":"xxx..."} */
static apic_bulk_record *records(size_t n, size_t size)
{
    apic_bulk_record *r = calloc(n, sizeof *r);
    for (size_t i = 0; i < n; i++) {
        char *text = malloc(size + 1);
        int head = snprintf(text, size + 1, "{\"i\":\"%zu\",\"p\":\"", i);
        CU_ASSERT_FATAL(head > 0 && (size_t)head + 2 <= size);
        memset(text + head, 'x', size - (size_t)head - 2);
        memcpy(text + size - 2, "\"}", 3);
        r[i] = (apic_bulk_record){text, size};
    }
    return r;
}

/* One record of exactly size bytes (free its json). */
static apic_bulk_record record_of(size_t size)
{
    apic_bulk_record *one = records(1, size);
    apic_bulk_record r = one[0];
    free(one);
    return r;
}

static void records_free(apic_bulk_record *r, size_t n)
{
    for (size_t i = 0; i < n; i++) free((char *)r[i].json);
    free(r);
}

/* --- planning -------------------------------------------------------------------------------- */

static void test_count_limit_cuts_in_order(void)
{
    apic_bulk_limits lim = APIC_BULK_LIMITS_SUPRSEND;
    apic_bulk_record *r = records(250, 40);
    apic_bulk_chunk *ch = NULL;
    size_t n = 0;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_bulk_plan(&lim, r, 250, &ch, &n, &err), 0);
    CU_ASSERT_EQUAL_FATAL(n, 3);
    CU_ASSERT(ch[0].first == 0 && ch[0].count == 100);
    CU_ASSERT(ch[1].first == 100 && ch[1].count == 100);
    CU_ASSERT(ch[2].first == 200 && ch[2].count == 50);
    CU_ASSERT_EQUAL(ch[2].bytes, 2 + 50 * 40 + 49); /* [ ] and 49 commas */
    free(ch);
    records_free(r, 250);
}

static void test_exactly_at_the_byte_limit_is_one_request(void)
{
    /* 10 records of 100 bytes: 2 + 1000 + 9 = 1011 bytes on the wire. */
    apic_bulk_limits lim = {100, 1011, 0, NULL, NULL};
    apic_bulk_record *r = records(10, 100);
    apic_bulk_chunk *ch = NULL;
    size_t n = 0;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_bulk_plan(&lim, r, 10, &ch, &n, &err), 0);
    CU_ASSERT_EQUAL(n, 1);
    CU_ASSERT_EQUAL(ch[0].bytes, 1011);
    free(ch);
    lim.max_bytes = 1010; /* one byte less: the last record moves to a second request */
    CU_ASSERT_EQUAL_FATAL(apic_bulk_plan(&lim, r, 10, &ch, &n, &err), 0);
    CU_ASSERT_EQUAL_FATAL(n, 2);
    CU_ASSERT(ch[0].count == 9 && ch[0].bytes == 2 + 900 + 8);
    CU_ASSERT(ch[1].first == 9 && ch[1].count == 1 && ch[1].bytes == 102);
    free(ch);
    records_free(r, 10);
}

static void test_one_oversize_record_refuses_the_bulk_and_names_it(void)
{
    apic_bulk_limits lim = {100, 500, 0, NULL, NULL};
    apic_bulk_record *r = records(5, 100);
    free((char *)r[3].json);
    r[3] = record_of(499); /* 499 + "[]" = 501 > 500 */
    script s = {0};
    apic_client *c = client_for(&s);
    apic_bulk_report rep = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_bulk_send(c, &trigger_op, &lim, r, 5, &rep, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(s.calls, 0); /* nothing sent */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "bulk record 3: 499 bytes (501 with the request's framing), over the 500-byte"));
    r[3].len = 498; /* fits exactly: sent alone */
    CU_ASSERT_EQUAL(apic_bulk_send(c, &trigger_op, &lim, r, 5, &rep, &err), 0);
    CU_ASSERT_EQUAL(s.calls, 3); /* [0..2] 2+300+2, [3] 500, [4] */
    CU_ASSERT_EQUAL(strlen(s.bodies[1]), 500);
    apic_bulk_report_clear(&rep);
    apic_bulk_limits per_record = APIC_BULK_LIMITS_SUPRSEND_IDENTITIES;
    apic_bulk_record big = record_of(10 * 1024 + 1);
    CU_ASSERT_EQUAL(apic_bulk_send(c, &trigger_op, &per_record, &big, 1, &rep, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "over the 10240-byte limit of one record"));
    free((char *)big.json);
    apic_bulk_report_clear(&rep);
    apic_error_clear(&err);
    apic_client_free(c);
    script_clear(&s);
    records_free(r, 5);
}

/* --- sending --------------------------------------------------------------------------------- */

static void test_chunks_are_sent_in_order_each_with_its_own_key(void)
{
    apic_bulk_limits lim = {2, 0, 0, NULL, NULL};
    apic_bulk_record r[] = {{"{\"a\":1}", 7}, {"{\"a\":2}", 7}, {"{\"a\":3}", 7}};
    script s = {0};
    apic_client *c = client_for(&s);
    apic_bulk_report rep = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_bulk_send(c, &trigger_op, &lim, r, 3, &rep, &err), 0);
    CU_ASSERT_EQUAL_FATAL(s.calls, 2);
    CU_ASSERT_STRING_EQUAL(s.bodies[0], "[{\"a\":1},{\"a\":2}]");
    CU_ASSERT_STRING_EQUAL(s.bodies[1], "[{\"a\":3}]");
    CU_ASSERT(strlen(s.keys[0]) == 36 && strlen(s.keys[1]) == 36 && strcmp(s.keys[0], s.keys[1]) != 0);
    CU_ASSERT(rep.overall == APIC_BULK_SUCCESS && rep.ok == 3 && rep.failed == 0 && rep.requests == 2);
    apic_bulk_report_clear(&rep);
    apic_client_free(c);
    script_clear(&s);
}

static void test_per_record_results_and_a_failed_chunk(void)
{
    apic_bulk_limits lim = {2, 0, 0, NULL, NULL};
    apic_bulk_record r[] = {{"{\"w\":1}", 7}, {"{\"w\":2}", 7}, {"{\"w\":3}", 7}, {"{\"w\":4}", 7}, {"{\"w\":5}", 7}};
    script s = {0};
    s.status[0] = 207;
    s.answer[0] = "{\"records\":[{\"status\":\"success\",\"status_code\":202,\"message_id\":\"m1\"},"
                  "{\"status\":\"error\",\"status_code\":404,\"error\":{\"message\":\"workflow not found\",\"type\":\"not_found\"}}],"
                  "\"status\":\"success\"}";
    s.status[1] = 400; /* not retried: both records of the chunk fail with the request's error */
    s.answer[1] = "{\"error\":\"bad\"}";
    s.status[2] = 202; /* no per-record answer: a 2xx accepts the chunk */
    apic_client *c = client_for(&s);
    apic_bulk_report rep = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_bulk_send(c, &trigger_op, &lim, r, 5, &rep, &err), 0);
    CU_ASSERT_EQUAL(s.calls, 3); /* the failed chunk did not stop the next one */
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_PARTIAL);
    CU_ASSERT(rep.ok == 2 && rep.failed == 3);
    CU_ASSERT(rep.records[0].state == APIC_BULK_OK && rep.records[0].status == 202 && rep.records[0].error == NULL);
    CU_ASSERT(rep.records[1].state == APIC_BULK_FAILED && rep.records[1].status == 404);
    CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[1].error, "workflow not found"));
    CU_ASSERT(rep.records[2].state == APIC_BULK_FAILED && rep.records[2].status == 400);
    CU_ASSERT(rep.records[3].state == APIC_BULK_FAILED && rep.records[3].status == 400);
    CU_ASSERT(rep.records[4].state == APIC_BULK_OK && rep.records[4].status == 202);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "bulk record 1: workflow not found")); /* the first failure */
    apic_bulk_report_clear(&rep);
    CU_ASSERT(rep.records == NULL && rep.n == 0);
    apic_error_clear(&err);
    apic_client_free(c);
    script_clear(&s);
}

static void test_every_chunk_failing_is_a_fail(void)
{
    apic_bulk_limits lim = APIC_BULK_LIMITS_SUPRSEND;
    apic_bulk_record r[] = {{"{}", 2}};
    script s = {0};
    s.status[0] = 401;
    apic_client *c = client_for(&s);
    apic_bulk_report rep = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_bulk_send(c, &trigger_op, &lim, r, 1, &rep, &err), 0);
    CU_ASSERT(rep.overall == APIC_BULK_FAIL && rep.failed == 1 && rep.records[0].state == APIC_BULK_FAILED);
    CU_ASSERT_EQUAL(err.http_status, 401);
    apic_bulk_report_clear(&rep);
    CU_ASSERT_EQUAL(apic_bulk_send(c, &trigger_op, &lim, NULL, 0, &rep, &err), 0); /* nothing to do */
    CU_ASSERT(s.calls == 1 && rep.overall == APIC_BULK_SUCCESS && rep.requests == 0);
    apic_bulk_report_clear(&rep);
    apic_error_clear(&err);
    apic_client_free(c);
    script_clear(&s);
}

int main(void)
{
    CU_TestInfo plan[] = {
        {"the count limit cuts in order", test_count_limit_cuts_in_order},
        {"exactly at the byte limit is one request, one byte over is two", test_exactly_at_the_byte_limit_is_one_request},
        {"one oversize record refuses the bulk and names it", test_one_oversize_record_refuses_the_bulk_and_names_it},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo send[] = {
        {"chunks are sent in order, each with its own key", test_chunks_are_sent_in_order_each_with_its_own_key},
        {"per-record results and a failed chunk", test_per_record_results_and_a_failed_chunk},
        {"every chunk failing is a fail", test_every_chunk_failing_is_a_fail},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"bulk plan", NULL, NULL, NULL, NULL, plan},
        {"bulk send", NULL, NULL, NULL, NULL, send},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
