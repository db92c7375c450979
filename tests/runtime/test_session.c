/* Sessions over a fake transport that keeps every request: what a flush sends (one batch, with
 * the context as members and headers), what discard, an empty flush and free send (nothing),
 * immediate mode, chunking at the batch limits, and the dead letters of a failed flush. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "apic/session.h"
#include "cunit_run.h"

/* --- the transport: every request kept, each answered with the status of its turn ------------- */

enum { MAX_REQUESTS = 16 };

static struct {
    int calls;
    int fail_from; /* requests from this one on (0-based) answer 503; -1: none */
    char url[MAX_REQUESTS][256];
    char body[MAX_REQUESTS][8192];
    char key[MAX_REQUESTS][64];    /* Idempotency-Key */
    char job[MAX_REQUESTS][64];    /* X-Job header */
    int n_headers[MAX_REQUESTS];
} T;

static int answer(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)err;
    int i = T.calls++;
    if (i < MAX_REQUESTS) {
        snprintf(T.url[i], sizeof T.url[i], "%s", req->url);
        snprintf(T.body[i], sizeof T.body[i], "%.*s", (int)req->body_len, req->body != NULL ? req->body : "");
        T.key[i][0] = T.job[i][0] = '\0';
        T.n_headers[i] = (int)req->n_headers;
        for (size_t h = 0; h < req->n_headers; h++) {
            if (strcmp(req->headers[h].name, "Idempotency-Key") == 0) snprintf(T.key[i], sizeof T.key[i], "%s", req->headers[h].value);
            if (strcmp(req->headers[h].name, "X-Job") == 0) snprintf(T.job[i], sizeof T.job[i], "%s", req->headers[h].value);
        }
    }
    res->status = T.fail_from >= 0 && i >= T.fail_from ? 503 : 202;
    return apic_buf_puts(&res->body, "{}");
}

/* --- dead letters, through the sink's callback -------------------------------------------------- */

static struct {
    int n;
    char body[MAX_REQUESTS][512];
    char key[MAX_REQUESTS][64];
    char operation[MAX_REQUESTS][64];
    char url[MAX_REQUESTS][128];
    char error[MAX_REQUESTS][512];
    int attempts[MAX_REQUESTS];
} D;

static int keep_dead_letter(void *ctx, const apic_dead_letter_record *r)
{
    (void)ctx;
    int i = D.n++;
    if (i >= MAX_REQUESTS) return 0;
    snprintf(D.body[i], sizeof D.body[i], "%.*s", (int)r->body_len, r->body);
    snprintf(D.key[i], sizeof D.key[i], "%s", r->idempotency_key != NULL ? r->idempotency_key : "");
    snprintf(D.operation[i], sizeof D.operation[i], "%s", r->operation);
    snprintf(D.url[i], sizeof D.url[i], "%s", r->url);
    snprintf(D.error[i], sizeof D.error[i], "%s", r->error);
    D.attempts[i] = r->attempts;
    return 0;
}

/* --- log records ------------------------------------------------------------------------------- */

static struct {
    int n;
    apic_log_level level[8];
    char message[8][160];
} L;

static void keep_log(void *ctx, const apic_log_record *r)
{
    (void)ctx;
    if (strncmp(r->message, "session", 7) != 0) return; /* only the session's own records */
    int i = L.n++ % 8;
    L.level[i] = r->level;
    snprintf(L.message[i], sizeof L.message[i], "%s", r->message);
}

/* --- the operations a session sends with ---------------------------------------------------------- */

static const apic_operation publish_op = {.name = "t_publish", .method = "POST", .path = "/events",
                                          .body = &apic_type_any, .body_media = "application/json", .body_required = true};
static const apic_operation batch_op = {.name = "t_publish_batch", .method = "POST", .path = "/events/batch",
                                        .body = &apic_type_any, .body_media = "application/json", .body_required = true};

/* Both operations; batches of at most 2. */
static const apic_session_def def = {&publish_op, &batch_op, {2, 0, 0, "{\"events\":[", "]}"}};
/* A batch operation only, as a bare array, no limit. */
static const apic_session_def batch_only = {NULL, &batch_op, {0, 0, 0, NULL, NULL}};
/* One request per event. */
static const apic_session_def single_only = {&publish_op, NULL, {0, 0, 0, NULL, NULL}};

static const apic_context_item context[] = {
    {"service_name", NULL, "billing"},
    {"user_id", NULL, "u-17"},
    {"job_id", "X-Job", "job-9"},
    {"tenant", NULL, NULL}, /* absent: neither member nor header */
};

static apic_client *client_with(bool dead_letter_sink, apic_log_level level)
{
    memset(&T, 0, sizeof T);
    memset(&D, 0, sizeof D);
    memset(&L, 0, sizeof L);
    T.fail_from = -1;
    apic_transport t = {answer, NULL, NULL};
    apic_dead_letter dl = {.callback = keep_dead_letter};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9/api");
    cfg.transport = &t;
    cfg.dead_letter = dead_letter_sink ? &dl : NULL;
    cfg.retry.max_retries = 1; /* two attempts, no long waits */
    cfg.retry.initial_delay_ms = 1;
    cfg.retry.max_delay_ms = 1;
    cfg.log_level = level;
    cfg.log_sink = keep_log;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    apic_error_clear(&err);
    return c;
}

static apic_session *session_of(apic_client *c, const apic_session_def *d, unsigned flags)
{
    apic_session *s = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_session_new(c, d, context, 4, flags, &s, &err), 0);
    apic_error_clear(&err);
    return s;
}

/* Adds item n: {"n":<n>} under the key "key-<n>". */
static int add(apic_session *s, int n, apic_error *err)
{
    char item[32], key[32];
    snprintf(item, sizeof item, "{\"n\":%d}", n);
    snprintf(key, sizeof key, "key-%d", n);
    return apic_session_add(s, item, strlen(item), key, err);
}

/* The "n" members of the events in a batch body, e.g. "1,2". */
static void ns_of(const char *body, const char *member, char *out, size_t cap)
{
    cJSON *doc = cJSON_Parse(body);
    const cJSON *events = member != NULL ? cJSON_GetObjectItemCaseSensitive(doc, member) : doc;
    out[0] = '\0';
    const cJSON *e;
    cJSON_ArrayForEach(e, events)
    {
        size_t len = strlen(out);
        snprintf(out + len, cap - len, "%s%d", len > 0 ? "," : "",
                 (int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(e, "n")));
    }
    cJSON_Delete(doc);
}

/* --- tests ----------------------------------------------------------------------------------------- */

static void test_flush_sends_one_batch_with_the_context(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    apic_session *s = session_of(c, &def, 0);
    apic_error err = {0};
    CU_ASSERT_EQUAL(add(s, 1, &err), 0);
    CU_ASSERT_EQUAL(add(s, 2, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 0); /* held until flush */
    CU_ASSERT_EQUAL(apic_session_pending(s), 2);
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 1);
    CU_ASSERT_STRING_EQUAL(T.url[0], "http://127.0.0.1:9/api/events/batch");
    CU_ASSERT_STRING_EQUAL(T.body[0], "{\"events\":[{\"n\":1,\"service_name\":\"billing\",\"user_id\":\"u-17\",\"job_id\":\"job-9\"},"
                                      "{\"n\":2,\"service_name\":\"billing\",\"user_id\":\"u-17\",\"job_id\":\"job-9\"}]}");
    CU_ASSERT_STRING_EQUAL(T.job[0], "job-9");
    CU_ASSERT_EQUAL(strlen(T.key[0]), 36); /* a batch gets a key of its own */
    CU_ASSERT_EQUAL(apic_session_pending(s), 0);
    /* The session takes new events after a flush, and the next flush sends only those. */
    CU_ASSERT_EQUAL(add(s, 3, &err), 0);
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 2);
    CU_ASSERT_STRING_EQUAL(T.url[1], "http://127.0.0.1:9/api/events"); /* one event goes alone, under its key */
    CU_ASSERT_STRING_EQUAL(T.body[1], "{\"n\":3,\"service_name\":\"billing\",\"user_id\":\"u-17\",\"job_id\":\"job-9\"}");
    CU_ASSERT_STRING_EQUAL(T.key[1], "key-3");
    CU_ASSERT_STRING_EQUAL(T.job[1], "job-9");
    CU_ASSERT_EQUAL(D.n, 0);
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_discard_sends_nothing(void)
{
    apic_client *c = client_with(true, APIC_LOG_DEBUG);
    apic_session *s = session_of(c, &def, 0);
    apic_error err = {0};
    for (int i = 0; i < 3; i++) CU_ASSERT_EQUAL(add(s, i, &err), 0);
    CU_ASSERT_EQUAL(apic_session_discard(s), 3);
    CU_ASSERT_EQUAL(apic_session_pending(s), 0);
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 0);
    CU_ASSERT_EQUAL(D.n, 0);
    CU_ASSERT_EQUAL(L.n, 1);
    CU_ASSERT_EQUAL(L.level[0], APIC_LOG_DEBUG);
    CU_ASSERT_STRING_EQUAL(L.message[0], "session: 3 event(s) discarded");
    apic_session_free(s);
    CU_ASSERT_EQUAL(L.n, 1); /* nothing held any more: freeing says nothing */
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_empty_flush_sends_nothing(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    apic_session *s = session_of(c, &def, 0);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL(apic_session_flush(s, NULL), 0);
    CU_ASSERT_EQUAL(T.calls, 0);
    CU_ASSERT_EQUAL(err.attempts, 0);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_free_with_held_events_discards_and_warns(void)
{
    apic_client *c = client_with(true, APIC_LOG_WARN);
    apic_session *s = session_of(c, &def, 0);
    apic_error err = {0};
    CU_ASSERT_EQUAL(add(s, 1, &err), 0);
    CU_ASSERT_EQUAL(add(s, 2, &err), 0);
    apic_session_free(s);
    CU_ASSERT_EQUAL(T.calls, 0);
    CU_ASSERT_EQUAL(D.n, 0);
    CU_ASSERT_EQUAL(L.n, 1);
    CU_ASSERT_EQUAL(L.level[0], APIC_LOG_WARN);
    CU_ASSERT_STRING_EQUAL(L.message[0], "session freed with 2 event(s) never flushed: discarded, not sent");
    apic_session_free(NULL);
    apic_client_free(c);
}

static void test_publish_immediately_sends_each(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    apic_session *s = session_of(c, &def, APIC_SESSION_PUBLISH_IMMEDIATELY);
    apic_error err = {0};
    for (int i = 1; i <= 3; i++) {
        CU_ASSERT_EQUAL(add(s, i, &err), 0);
        CU_ASSERT_EQUAL(T.calls, i);
        CU_ASSERT_EQUAL(apic_session_pending(s), 0);
    }
    for (int i = 0; i < 3; i++) {
        char key[16];
        snprintf(key, sizeof key, "key-%d", i + 1);
        CU_ASSERT_STRING_EQUAL(T.url[i], "http://127.0.0.1:9/api/events");
        CU_ASSERT_STRING_EQUAL(T.key[i], key); /* the event's own key: a retry or a replay is recognised */
        CU_ASSERT_STRING_EQUAL(T.job[i], "job-9");
    }
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 3);
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_chunks_at_the_batch_limit(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    apic_session *s = session_of(c, &def, 0);
    apic_error err = {0};
    for (int i = 1; i <= 5; i++) CU_ASSERT_EQUAL(add(s, i, &err), 0);
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL_FATAL(T.calls, 3); /* 2 + 2 + 1 */
    const char *want[] = {"1,2", "3,4"};
    for (int i = 0; i < 2; i++) {
        char ns[64];
        ns_of(T.body[i], "events", ns, sizeof ns);
        CU_ASSERT_STRING_EQUAL(ns, want[i]);
        CU_ASSERT_STRING_EQUAL(T.url[i], "http://127.0.0.1:9/api/events/batch");
    }
    /* The last request carries one event: it goes alone, under the event's key. */
    CU_ASSERT_STRING_EQUAL(T.url[2], "http://127.0.0.1:9/api/events");
    CU_ASSERT_STRING_EQUAL(T.key[2], "key-5");
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_chunks_by_bytes_and_a_bare_array(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    /* Each item is 66 bytes with the context: two fit in 150 bytes with "[", "," and "]" (135), three do not (202). */
    apic_session_def bytes = {NULL, &batch_op, {0, 150, 0, NULL, NULL}};
    apic_session *s = session_of(c, &bytes, 0);
    apic_error err = {0};
    for (int i = 1; i <= 3; i++) CU_ASSERT_EQUAL(add(s, i, &err), 0);
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL_FATAL(T.calls, 2);
    char ns[64];
    ns_of(T.body[0], NULL, ns, sizeof ns);
    CU_ASSERT_STRING_EQUAL(ns, "1,2");
    CU_ASSERT_TRUE(strlen(T.body[0]) <= 150);
    ns_of(T.body[1], NULL, ns, sizeof ns);
    CU_ASSERT_STRING_EQUAL(ns, "3");
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_failed_flush_dead_letters_every_event(void)
{
    apic_client *c = client_with(true, APIC_LOG_WARN);
    apic_session *s = session_of(c, &def, 0);
    apic_error err = {0};
    for (int i = 1; i <= 5; i++) CU_ASSERT_EQUAL(add(s, i, &err), 0);
    T.fail_from = 1; /* the first batch (1, 2) goes through; the second fails twice; the third is never sent */
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 503);
    CU_ASSERT_EQUAL(err.attempts, 2);
    CU_ASSERT_EQUAL(T.calls, 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "; 3 event(s) dead-lettered (2 delivered before)"));
    CU_ASSERT_EQUAL_FATAL(D.n, 3);
    for (int i = 0; i < 3; i++) {
        char key[16], body[128];
        snprintf(key, sizeof key, "key-%d", i + 3);
        snprintf(body, sizeof body, "{\"n\":%d,\"service_name\":\"billing\",\"user_id\":\"u-17\",\"job_id\":\"job-9\"}", i + 3);
        CU_ASSERT_STRING_EQUAL(D.key[i], key);
        CU_ASSERT_STRING_EQUAL(D.body[i], body); /* each event as it would be sent alone */
        CU_ASSERT_STRING_EQUAL(D.operation[i], "t_publish");
        CU_ASSERT_STRING_EQUAL(D.url[i], "http://127.0.0.1:9/api/events");
        CU_ASSERT_EQUAL(D.attempts[i], 2);
        CU_ASSERT_PTR_NOT_NULL(strstr(D.error[i], "HTTP 503"));
    }
    CU_ASSERT_EQUAL(apic_session_pending(s), 0);
    CU_ASSERT_EQUAL(L.n, 1);
    CU_ASSERT_EQUAL(L.level[0], APIC_LOG_WARN);
    CU_ASSERT_STRING_EQUAL(L.message[0], "session: 3 event(s) dead-lettered");
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_failed_immediate_publish_is_dead_lettered(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    apic_session *s = session_of(c, &batch_only, APIC_SESSION_PUBLISH_IMMEDIATELY);
    T.fail_from = 0;
    apic_error err = {0};
    CU_ASSERT_EQUAL(add(s, 7, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL_FATAL(D.n, 1);
    /* No single-event operation: the record is a batch of one, so it can be sent again as it is. */
    CU_ASSERT_STRING_EQUAL(D.body[0], "[{\"n\":7,\"service_name\":\"billing\",\"user_id\":\"u-17\",\"job_id\":\"job-9\"}]");
    CU_ASSERT_STRING_EQUAL(D.operation[0], "t_publish_batch");
    CU_ASSERT_STRING_EQUAL(D.key[0], "key-7");
    CU_ASSERT_STRING_EQUAL(T.body[0], D.body[0]);
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_failed_flush_without_a_sink_says_the_events_are_lost(void)
{
    apic_client *c = client_with(false, APIC_LOG_ERROR);
    apic_session *s = session_of(c, &single_only, 0);
    apic_error err = {0};
    CU_ASSERT_EQUAL(add(s, 1, &err), 0);
    CU_ASSERT_EQUAL(add(s, 2, &err), 0);
    T.fail_from = 0;
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(T.calls, 2); /* one request per event, two attempts, stopped at the first failure */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "; 2 event(s) NOT sent and lost: no dead-letter sink is configured"));
    CU_ASSERT_EQUAL(L.n, 1);
    CU_ASSERT_EQUAL(L.level[0], APIC_LOG_ERROR);
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_items_and_contexts_are_checked(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    apic_session *s = session_of(c, &def, 0);
    apic_error err = {0};
    const char *bad[] = {"", "[1]", "\"x\"", "{\"a\":", "{} {}", "null"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CU_ASSERT_EQUAL(apic_session_add(s, bad[i], strlen(bad[i]), NULL, &err), APIC_E_ARG);
    }
    CU_ASSERT_EQUAL(apic_session_add(s, "{}", 2, "k\r\nX-Evil: 1", &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_session_pending(s), 0);
    /* An empty object takes the context without a stray comma; blanks around it are dropped. */
    CU_ASSERT_EQUAL(apic_session_add(s, " { } \n", 6, NULL, &err), 0);
    CU_ASSERT_EQUAL(apic_session_flush(s, &err), 0);
    CU_ASSERT_STRING_EQUAL(T.body[0], "{\"service_name\":\"billing\",\"user_id\":\"u-17\",\"job_id\":\"job-9\"}");
    CU_ASSERT_EQUAL(T.key[0][0] != '\0', 1); /* no key of its own: the call makes one */
    apic_session_free(s);

    /* A context of headers only leaves the items as they are. */
    apic_session *t = NULL;
    apic_context_item header_only[] = {{NULL, "X-Job", "job-1"}};
    CU_ASSERT_EQUAL_FATAL(apic_session_new(c, &def, header_only, 1, 0, &t, &err), 0);
    CU_ASSERT_EQUAL(add(t, 5, &err), 0);
    CU_ASSERT_EQUAL(apic_session_flush(t, &err), 0);
    CU_ASSERT_STRING_EQUAL(T.body[1], "{\"n\":5}");
    CU_ASSERT_STRING_EQUAL(T.job[1], "job-1");
    apic_session_free(t);
    t = NULL;

    /* A header value that would end the header line, an item going nowhere, unknown flags. */
    apic_context_item evil[] = {{"job_id", "X-Job", "job\r\nX-Evil: 1"}};
    CU_ASSERT_EQUAL(apic_session_new(c, &def, evil, 1, 0, &t, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "X-Job"));
    apic_context_item nowhere[] = {{NULL, NULL, "x"}};
    CU_ASSERT_EQUAL(apic_session_new(c, &def, nowhere, 1, 0, &t, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_session_new(c, &def, context, 4, 0x80, &t, &err), APIC_E_ARG);
    apic_session_def none = {NULL, NULL, {0, 0, 0, NULL, NULL}};
    CU_ASSERT_EQUAL(apic_session_new(c, &none, context, 4, 0, &t, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NULL(t);
    CU_ASSERT_EQUAL(apic_session_flush(NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_session_pending(NULL), 0);
    CU_ASSERT_EQUAL(T.calls, 2);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_an_event_no_request_could_carry_is_refused(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    apic_session_def small = {&publish_op, &batch_op, {0, 100, 60, "[", "]"}};
    apic_session *s = session_of(c, &small, 0);
    apic_error err = {0};
    char big[64];
    snprintf(big, sizeof big, "{\"pad\":\"%s\"}", "xxxxxxxxxx");
    CU_ASSERT_EQUAL(apic_session_add(s, big, strlen(big), NULL, &err), APIC_E_VALIDATION); /* 79 bytes with the context */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "over the 60-byte limit of one event; nothing was queued"));
    CU_ASSERT_EQUAL(apic_session_pending(s), 0);
    CU_ASSERT_EQUAL(T.calls, 0);
    apic_error_clear(&err);
    apic_session_free(s);
    apic_client_free(c);
}

static void test_event_source(void)
{
    apic_client *c = client_with(true, APIC_LOG_OFF);
    CU_ASSERT_STRING_EQUAL(apic_client_event_source(c), APIC_DEFAULT_EVENT_SOURCE);
    CU_ASSERT_PTR_NULL(apic_client_event_source(NULL));
    apic_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"flush sends one batch with the context", test_flush_sends_one_batch_with_the_context},
        {"discard sends nothing", test_discard_sends_nothing},
        {"an empty flush sends nothing", test_empty_flush_sends_nothing},
        {"free with held events discards and warns", test_free_with_held_events_discards_and_warns},
        {"publish_immediately sends each", test_publish_immediately_sends_each},
        {"chunks at the batch limit", test_chunks_at_the_batch_limit},
        {"chunks by bytes, bare array", test_chunks_by_bytes_and_a_bare_array},
        {"a failed flush dead-letters every event", test_failed_flush_dead_letters_every_event},
        {"a failed immediate publish is dead-lettered", test_failed_immediate_publish_is_dead_lettered},
        {"no sink: the error says the events are lost", test_failed_flush_without_a_sink_says_the_events_are_lost},
        {"items and contexts are checked", test_items_and_contexts_are_checked},
        {"an event no request could carry is refused", test_an_event_no_request_could_carry_is_refused},
        {"the client's event source", test_event_source},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"session", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
