/* BriteEvents sessions against Prism serving spec/briteevents/openapi.yaml with request
 * validation (a request that breaks the spec gets 422, so a flush that returns 0 proves the
 * requests conform): every topic through its typed shortcuts in both word orders and through
 * the generic publish, the context in every event and header, one event alone under its own
 * idempotency key, publish_immediately, a batch cut at the spec's maxItems, and a flush Prism
 * refuses, whose events all reach the dead-letter sink and are replayed from its file by a
 * client with a token. A proxy over the libcurl transport keeps what was sent. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <briteevents/briteevents.h>

#include "cunit_run.h"

static const char *prism; /* PRISM_BRITEEVENTS_URL */

/* --- the transport: libcurl, and a copy of every request ------------------------------------ */

enum { KEPT = 8 };

static struct {
    apic_transport curl;
    int calls;
    char path[KEPT][64];
    char *body[KEPT];
    char key[KEPT][64];         /* Idempotency-Key */
    char correlation[KEPT][64]; /* X-Correlation-Id */
    int status[KEPT];
} T;

static int keep_and_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    int i = T.calls++;
    if (i < KEPT) {
        snprintf(T.path[i], sizeof T.path[i], "%s", req->url + strlen(prism));
        free(T.body[i]);
        T.body[i] = malloc(req->body_len + 1);
        if (T.body[i] != NULL) {
            memcpy(T.body[i], req->body, req->body_len);
            T.body[i][req->body_len] = '\0';
        }
        T.key[i][0] = T.correlation[i][0] = '\0';
        for (size_t h = 0; h < req->n_headers; h++) {
            if (strcmp(req->headers[h].name, "Idempotency-Key") == 0) snprintf(T.key[i], sizeof T.key[i], "%s", req->headers[h].value);
            if (strcmp(req->headers[h].name, "X-Correlation-Id") == 0) {
                snprintf(T.correlation[i], sizeof T.correlation[i], "%s", req->headers[h].value);
            }
        }
    }
    int rc = T.curl.send(T.curl.ctx, req, res, err);
    if (i < KEPT) T.status[i] = rc == 0 ? res->status : 0;
    return rc;
}

static void forget_requests(void)
{
    for (int i = 0; i < KEPT; i++) {
        free(T.body[i]);
        T.body[i] = NULL;
    }
    T.calls = 0;
}

/* --- dead letters ---------------------------------------------------------------------------------- */

static struct {
    int n;
    char key[KEPT][64];
} D;

static int keep_dead_letter(void *ctx, const apic_dead_letter_record *r)
{
    (void)ctx;
    if (D.n < KEPT) snprintf(D.key[D.n], sizeof D.key[D.n], "%s", r->idempotency_key != NULL ? r->idempotency_key : "");
    D.n++;
    return 0;
}

/* A client whose dead letters go to the callback above and, when dead_letters is not NULL, to
 * that file. */
static briteevents_client *client_writing(const char *token, const char *dead_letters)
{
    forget_requests();
    memset(&D, 0, sizeof D);
    apic_transport proxy = {keep_and_send, NULL, NULL};
    apic_dead_letter dl = {.path = dead_letters, .callback = keep_dead_letter};
    briteevents_config cfg = BRITEEVENTS_CONFIG_INIT;
    cfg.base_url = prism;
    cfg.token = token;
    cfg.event_source = "policy-service";
    cfg.transport = &proxy;
    cfg.dead_letter = &dl;
    cfg.retry.max_retries = APIC_NO_RETRY;
    briteevents_client *c = NULL;
    briteevents_error err = {0};
    CU_ASSERT_EQUAL(briteevents_client_new(&cfg, &c, &err), 0);
    briteevents_error_clear(&err);
    return c;
}

static briteevents_client *client_with(const char *token)
{
    return client_writing(token, NULL);
}

static briteevents_session *user_session(briteevents_client *c, unsigned flags)
{
    briteevents_session *s = NULL;
    briteevents_error err = {0};
    CU_ASSERT_EQUAL(briteevents_user_session(c, "u-17", "job-7f3a9c", flags, &s, &err), 0);
    briteevents_error_clear(&err);
    return s;
}

/* Whether every event of a request body (a batch, or one event) carries the context. */
static int events_with_context(const char *body, const char *user_id)
{
    cJSON *doc = cJSON_Parse(body);
    const cJSON *batch = cJSON_GetObjectItemCaseSensitive(doc, "events");
    int n = 0, ok = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, batch)
    {
        n++;
        const char *user = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "user_id"));
        ok += strcmp(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "service_name")), "policy-service") == 0 &&
              strcmp(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "job_id")), "job-7f3a9c") == 0 &&
              (user_id != NULL ? user != NULL && strcmp(user, user_id) == 0 : user == NULL);
    }
    cJSON_Delete(doc);
    return n == ok ? n : -1;
}

/* --- every topic, typed ----------------------------------------------------------------------------- */

/* Publishes one event of each topic through its typed shortcut, alternating the word orders. */
static void publish_every_topic(briteevents_session *s)
{
    briteevents_error err = {0};
    briteevents_policy_created_data created = {.policy_id = "POL-1001", .quote_id = "Q-88",
        .product = {BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_HOME, NULL}, .premium = 125000, .currency = "USD",
        .effective_date = "2026-12-01"};
    CU_ASSERT_EQUAL(briteevents_session_created_policy(s, &created, &err), 0);
    briteevents_policy_bound_data bound = {.policy_id = "POL-1001", .bound_at = "2026-11-23T06:18:45.123Z"};
    CU_ASSERT_EQUAL(briteevents_session_policy_bound(s, &bound, &err), 0);
    char *terms[] = {"premium", "coverage_limit"};
    briteevents_policy_updated_data updated = {.policy_id = "POL-1001", .changed = {terms, 2}, .has_premium = true,
                                               .premium = 131000, .reason = "Added a home office."};
    CU_ASSERT_EQUAL(briteevents_session_updated_policy(s, &updated, &err), 0);
    briteevents_policy_cancelled_data cancelled = {.policy_id = "POL-1001",
        .reason = {BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_CUSTOMER_REQUEST, NULL},
        .cancelled_at = "2027-03-01T00:00:00Z", .has_refund_amount = true, .refund_amount = 82000};
    CU_ASSERT_EQUAL(briteevents_session_policy_cancelled(s, &cancelled, &err), 0);
    briteevents_policy_holder_created_data holder = {.holder_id = "PH-501",
        .kind = {BRITEEVENTS_POLICY_HOLDER_CREATED_DATA_KIND_ORGANISATION, NULL}, .name = "Acme Mutual", .country = "US"};
    CU_ASSERT_EQUAL(briteevents_session_created_policy_holder(s, &holder, &err), 0);
    char *details[] = {"address"};
    briteevents_policy_holder_updated_data holder_updated = {.holder_id = "PH-501", .changed = {details, 1}};
    CU_ASSERT_EQUAL(briteevents_session_policy_holder_updated(s, &holder_updated, &err), 0);
    briteevents_claim_opened_data opened = {.claim_id = "CLM-3001", .policy_id = "POL-1001", .loss_date = "2027-01-14",
        .has_cause = true, .cause = {BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_WATER, NULL}};
    CU_ASSERT_EQUAL(briteevents_session_opened_claim(s, &opened, &err), 0);
    briteevents_claim_closed_data closed = {.claim_id = "CLM-3001",
        .outcome = {BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_PAID, NULL}, .has_paid_amount = true, .paid_amount = 380000};
    CU_ASSERT_EQUAL(briteevents_session_claim_closed(s, &closed, &err), 0);
    briteevents_payment_received_data received = {.payment_id = "PAY-9001", .policy_id = "POL-1001", .amount = 125000,
        .currency = "USD", .method = {BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_MOBILE_MONEY, NULL}};
    CU_ASSERT_EQUAL(briteevents_session_received_payment(s, &received, &err), 0);
    briteevents_payment_refunded_data refunded = {.payment_id = "PAY-9001", .amount = 82000, .currency = "USD"};
    CU_ASSERT_EQUAL(briteevents_session_payment_refunded(s, &refunded, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\npublish: %s\n", err.message);
    briteevents_error_clear(&err);
}

static void test_every_topic_typed_in_one_batch(void)
{
    briteevents_client *c = client_with("prism-token");
    briteevents_session *s = user_session(c, 0);
    publish_every_topic(s);
    CU_ASSERT_EQUAL(briteevents_session_pending(s), BRITEEVENTS_TOPIC_COUNT);
    CU_ASSERT_EQUAL(T.calls, 0); /* held until the flush */
    briteevents_error err = {0};
    CU_ASSERT_EQUAL(briteevents_session_flush(s, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\nflush: %s %s\n", err.message, err.body != NULL ? err.body : "");
    CU_ASSERT_EQUAL_FATAL(T.calls, 1);
    CU_ASSERT_STRING_EQUAL(T.path[0], "/events/batch");
    CU_ASSERT_EQUAL(T.status[0], 202);
    CU_ASSERT_EQUAL(events_with_context(T.body[0], "u-17"), BRITEEVENTS_TOPIC_COUNT);
    CU_ASSERT_STRING_EQUAL(T.correlation[0], "job-7f3a9c");
    CU_ASSERT_EQUAL(briteevents_session_pending(s), 0);
    briteevents_error_clear(&err);
    briteevents_session_free(s);
    briteevents_client_free(c);
}

/* --- the generic publish ---------------------------------------------------------------------------- */

static void test_generic_publish_and_unknown_topics(void)
{
    briteevents_client *c = client_with("prism-token");
    briteevents_session *s = NULL;
    briteevents_error err = {0};
    CU_ASSERT_EQUAL_FATAL(briteevents_service_session(c, "job-7f3a9c", 0, &s, &err), 0);
    CU_ASSERT_EQUAL(briteevents_session_publish(s, "Opened", "Claim", "{\"claim_id\":\"CLM-3002\",\"policy_id\":"
                                                "\"POL-1001\",\"loss_date\":\"2027-02-02\",\"cause\":\"theft\"}", &err), 0);
    CU_ASSERT_EQUAL(briteevents_session_publish(s, "Created", "PolicyHolder", "{\"holder_id\":\"PH-502\",\"kind\":"
                                                "\"person\",\"name\":\"J. Doe\",\"tier\":\"gold\"}", &err), 0);
    /* Refused before anything is held: no such topic, the words swapped, data that breaks the schema. */
    CU_ASSERT_EQUAL(briteevents_session_publish(s, "Renewed", "Policy", "{}", &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "no topic has entity 'Policy' and action 'Renewed'"));
    CU_ASSERT_EQUAL(briteevents_session_publish(s, "Claim", "Opened", "{}", &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "look swapped"));
    CU_ASSERT_EQUAL(briteevents_session_publish(s, "Closed", "Claim", "{\"claim_id\":\"CLM-3002\",\"outcome\":\"lost\"}",
                                                &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.outcome"));
    briteevents_payment_received_data bad_currency = {.payment_id = "PAY-1", .policy_id = "POL-1",
        .currency = "XX", .method = {BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_CARD, NULL}};
    CU_ASSERT_EQUAL(briteevents_session_payment_received(s, &bad_currency, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.currency"));
    CU_ASSERT_EQUAL(briteevents_session_pending(s), 2);
    CU_ASSERT_EQUAL(briteevents_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL_FATAL(T.calls, 1);
    CU_ASSERT_EQUAL(events_with_context(T.body[0], NULL), 2); /* a service session: no user */
    CU_ASSERT_PTR_NOT_NULL(strstr(T.body[0], "\"tier\":\"gold\"")); /* members the struct does not know are kept */
    briteevents_error_clear(&err);
    briteevents_session_free(s);
    briteevents_client_free(c);
}

/* --- one event, publish_immediately, chunks ---------------------------------------------------------- */

static void test_one_event_goes_alone_under_its_id(void)
{
    briteevents_client *c = client_with("prism-token");
    briteevents_session *s = user_session(c, 0);
    briteevents_policy_bound_data bound = {.policy_id = "POL-1002", .bound_at = "2026-11-23T07:00:00Z"};
    briteevents_error err = {0};
    CU_ASSERT_EQUAL(briteevents_session_bound_policy(s, &bound, &err), 0);
    CU_ASSERT_EQUAL(briteevents_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL_FATAL(T.calls, 1);
    CU_ASSERT_STRING_EQUAL(T.path[0], "/events");
    CU_ASSERT_EQUAL(T.status[0], 202);
    cJSON *e = cJSON_Parse(T.body[0]);
    const char *id = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "id"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(id);
    CU_ASSERT_STRING_EQUAL(T.key[0], id);
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "category")), "policies");
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "entity")), "Policy");
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "action")), "Bound");
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_DATE_TIME,
                                     cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "occurred_at"))));
    cJSON_Delete(e);
    briteevents_error_clear(&err);
    briteevents_session_free(s);
    briteevents_client_free(c);
}

static void test_publish_immediately(void)
{
    briteevents_client *c = client_with("prism-token");
    briteevents_session *s = user_session(c, BRITEEVENTS_PUBLISH_IMMEDIATELY);
    briteevents_error err = {0};
    briteevents_claim_closed_data closed = {.claim_id = "CLM-3001", .outcome = {BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_DENIED, NULL}};
    CU_ASSERT_EQUAL(briteevents_session_closed_claim(s, &closed, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 1);
    CU_ASSERT_EQUAL(briteevents_session_claim_closed(s, &closed, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 2);
    CU_ASSERT_EQUAL(briteevents_session_pending(s), 0);
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_STRING_EQUAL(T.path[i], "/events");
        CU_ASSERT_EQUAL(T.status[i], 202);
        CU_ASSERT_STRING_EQUAL(T.correlation[i], "job-7f3a9c");
    }
    CU_ASSERT_STRING_NOT_EQUAL(T.key[0], T.key[1]);
    CU_ASSERT_EQUAL(briteevents_session_flush(s, &err), 0);
    CU_ASSERT_EQUAL(T.calls, 2);
    briteevents_error_clear(&err);
    briteevents_session_free(s);
    briteevents_client_free(c);
}

/* Prism refuses a batch over maxItems (250): a session of 251 events must cut it. */
static void test_a_batch_is_cut_at_max_items(void)
{
    briteevents_client *c = client_with("prism-token");
    briteevents_session *s = user_session(c, 0);
    briteevents_error err = {0};
    for (int i = 0; i <= BRITEEVENTS_MAX_BATCH; i++) {
        char id[32];
        snprintf(id, sizeof id, "PAY-%d", i);
        briteevents_payment_refunded_data refund = {.payment_id = id, .amount = 100 + i, .currency = "USD"};
        CU_ASSERT_EQUAL(briteevents_session_refunded_payment(s, &refund, &err), 0);
    }
    CU_ASSERT_EQUAL(briteevents_session_flush(s, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\nflush: %s\n", err.message);
    CU_ASSERT_EQUAL_FATAL(T.calls, 2);
    CU_ASSERT_STRING_EQUAL(T.path[0], "/events/batch");
    CU_ASSERT_EQUAL(events_with_context(T.body[0], "u-17"), BRITEEVENTS_MAX_BATCH);
    CU_ASSERT_STRING_EQUAL(T.path[1], "/events"); /* the one left over goes alone */
    CU_ASSERT_EQUAL(T.status[1], 202);
    briteevents_error_clear(&err);
    briteevents_session_free(s);
    briteevents_client_free(c);
}

/* --- Prism refuses: the events are dead-lettered ------------------------------------------------------ */

static void test_prism_refuses_a_bad_request(void)
{
    /* The same operation with a body that breaks the spec (no job_id): proof that Prism checks. */
    briteevents_client *c = client_with("prism-token");
    const char *bad = "{\"events\":[{\"id\":\"6f1c3e0b-8d0a-4f43-9a55-0e3cf7d7c1aa\",\"category\":\"policies\","
                      "\"entity\":\"Policy\",\"action\":\"Created\",\"occurred_at\":\"2026-11-23T06:18:45.123Z\","
                      "\"data\":{},\"service_name\":\"policy-service\"}]}";
    apic_request_options o = {.body = bad, .body_len = strlen(bad)};
    briteevents_error err = {0};
    CU_ASSERT_EQUAL(apic_call_with(c, &briteevents_events_publish_batch_op, NULL, NULL, &o, NULL, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 422);
    briteevents_error_clear(&err);
    briteevents_client_free(c);
}

static void test_a_refused_flush_dead_letters_every_event(void)
{
    briteevents_client *c = client_with(NULL); /* no token: Prism answers 401, which is not retried */
    briteevents_session *s = user_session(c, 0);
    briteevents_error err = {0};
    publish_every_topic(s);
    CU_ASSERT_EQUAL(briteevents_session_flush(s, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "10 event(s) dead-lettered"));
    CU_ASSERT_EQUAL(T.calls, 1);
    CU_ASSERT_EQUAL(D.n, BRITEEVENTS_TOPIC_COUNT);
    /* Each record is one event under its own id. */
    cJSON *doc = cJSON_Parse(T.body[0]);
    const cJSON *e = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(doc, "events"), 3);
    CU_ASSERT_STRING_EQUAL(D.key[3], cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "id")));
    cJSON_Delete(doc);
    CU_ASSERT_EQUAL(briteevents_session_pending(s), 0);
    briteevents_error_clear(&err);
    briteevents_session_free(s);
    briteevents_client_free(c);
}

/* The records of a refused flush hold the requests that send each event alone: replayed by a
 * client with a token, each goes to Prism (which checks it against the spec) and is accepted. */
static void test_dead_lettered_events_replayed_with_the_right_token(void)
{
    char dir[] = "/tmp/apic-be-XXXXXX", path[64];
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/dead.jsonl", dir);
    briteevents_client *c = client_writing(NULL, path); /* no token: 401, not retried */
    briteevents_session *s = user_session(c, 0);
    briteevents_error err = {0};
    publish_every_topic(s);
    CU_ASSERT_EQUAL(briteevents_session_flush(s, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    CU_ASSERT_EQUAL(D.n, BRITEEVENTS_TOPIC_COUNT);
    char ids[KEPT][64];
    memcpy(ids, D.key, sizeof ids);
    briteevents_session_free(s);
    briteevents_client_free(c);

    briteevents_client *right = client_with("prism-token");
    apic_replay_report rep;
    CU_ASSERT_EQUAL(apic_dead_letter_replay(right, NULL, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.read, BRITEEVENTS_TOPIC_COUNT);
    CU_ASSERT_EQUAL(rep.delivered, BRITEEVENTS_TOPIC_COUNT);
    CU_ASSERT_EQUAL(rep.kept, 0);
    CU_ASSERT_EQUAL(T.calls, BRITEEVENTS_TOPIC_COUNT);
    for (int i = 0; i < KEPT && i < T.calls; i++) {
        CU_ASSERT_STRING_EQUAL(T.path[i], "/events");
        CU_ASSERT_EQUAL(T.status[i], 202);
        CU_ASSERT_STRING_EQUAL(T.key[i], ids[i]); /* the event's id, as when it would have gone alone */
        CU_ASSERT_STRING_EQUAL(T.correlation[i], "job-7f3a9c");
        cJSON *e = cJSON_Parse(T.body[i]);
        CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "id")), ids[i]);
        CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "user_id")), "u-17");
        cJSON_Delete(e);
    }
    FILE *f = fopen(path, "rb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(fgetc(f), EOF); /* nothing left to send */
    fclose(f);
    briteevents_error_clear(&err);
    briteevents_client_free(right);
    unlink(path);
    rmdir(dir);
}

static void test_sessions_need_their_context(void)
{
    briteevents_client *c = client_with("prism-token");
    briteevents_session *s = (briteevents_session *)1;
    briteevents_error err = {0};
    CU_ASSERT_EQUAL(briteevents_user_session(c, "", "job-1", 0, &s, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NULL(s);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "user_id is required"));
    CU_ASSERT_EQUAL(briteevents_service_session(c, NULL, 0, &s, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "job_id is required"));
    CU_ASSERT_EQUAL(briteevents_service_session(c, "job\n2", 0, &s, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "X-Correlation-Id"));
    CU_ASSERT_EQUAL(briteevents_topic_from_names("PolicyHolder", "Updated"), BRITEEVENTS_TOPIC_POLICY_HOLDER_UPDATED);
    CU_ASSERT_EQUAL(briteevents_topic_from_names("Updated", "PolicyHolder"), BRITEEVENTS_TOPIC_UNKNOWN);
    CU_ASSERT_EQUAL(T.calls, 0);
    briteevents_error_clear(&err);
    briteevents_client_free(c);
}

static int setup(void)
{
    prism = getenv("PRISM_BRITEEVENTS_URL");
    if (prism == NULL) {
        fprintf(stderr, "PRISM_BRITEEVENTS_URL is not set (run through tests/integration/with-servers.sh)\n");
        return 1;
    }
    apic_error err = {0};
    int rc = apic_curl_transport_new(NULL, &T.curl, &err);
    apic_error_clear(&err);
    return rc;
}

static int teardown(void)
{
    forget_requests();
    if (T.curl.destroy != NULL) T.curl.destroy(T.curl.ctx);
    return 0;
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"every topic, typed, both word orders, one batch", test_every_topic_typed_in_one_batch},
        {"the generic publish; unknown topics refused", test_generic_publish_and_unknown_topics},
        {"one event goes alone under its id", test_one_event_goes_alone_under_its_id},
        {"publish_immediately sends each", test_publish_immediately},
        {"a batch is cut at maxItems", test_a_batch_is_cut_at_max_items},
        {"Prism refuses a request that breaks the spec", test_prism_refuses_a_bad_request},
        {"a refused flush dead-letters every event", test_a_refused_flush_dead_letters_every_event},
        {"dead-lettered events replayed with the right token", test_dead_lettered_events_replayed_with_the_right_token},
        {"sessions need their context", test_sessions_need_their_context},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"briteevents sessions against Prism", setup, teardown, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
