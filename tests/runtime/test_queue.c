/* The background queue (apic/queue.h) against a fake batch endpoint (tests/support/
 * fake_batch_server.h): batching by count, bytes and interval; both overflow policies; flush
 * and close; the spool when the server is unreachable, and its replay one item at a time;
 * rejections; one key per batch across retries; fork; many threads; events through the queue.
 * Every test ends by balancing the books: enqueued = delivered + dead-lettered + lost + queued. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "fake_batch_server.h"
#include "read_file.h"

static char dir[64];
static char dead[128];
static fake_server F;

static const apic_operation single_op = {.name = "t_ingest", .method = "POST", .path = "/events", .body = &apic_type_any,
                                         .body_media = "application/json", .body_required = true};
static const apic_operation batch_op = {.name = "t_ingest_batch", .method = "POST", .path = "/events/batch",
                                        .body = &apic_type_any, .body_media = "application/json", .body_required = true};

/* The fake's answers: {"receipts":[...]}, "rejected" refusing an item. */
static int read_answer(void *ctx, const char *answer, size_t len, const apic_queue_item *items, size_t n,
                       apic_queue_verdict *verdicts)
{
    (void)ctx;
    (void)items;
    cJSON *doc = cJSON_ParseWithLength(answer, len);
    const cJSON *receipts = cJSON_GetObjectItem(doc, "receipts");
    if (cJSON_GetArraySize(receipts) != (int)n) {
        cJSON_Delete(doc);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        const cJSON *r = cJSON_GetArrayItem(receipts, (int)i);
        const char *status = cJSON_GetStringValue(cJSON_GetObjectItem(r, "status"));
        if (status != NULL && strcmp(status, "rejected") == 0) {
            verdicts[i].rejected = true;
            snprintf(verdicts[i].reason, sizeof verdicts[i].reason, "%s",
                     cJSON_GetStringValue(cJSON_GetObjectItem(r, "error")));
        }
    }
    cJSON_Delete(doc);
    return 0;
}

static const apic_queue_sender sender = {&batch_op, NULL, NULL, NULL, NULL, NULL, 0, 0, read_answer, NULL, &single_op, NULL};

/* A client on the fake (reset), with a dead-letter file (emptied) unless without_sink. */
static apic_client *client_with(const apic_retry_policy *retry, bool without_sink)
{
    apic_transport t = fake_transport(&F);
    unlink(dead);
    apic_dead_letter dl = {dead, false, 0, 0, NULL, NULL, false};
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    cfg.transport = &t;
    cfg.events_endpoint = "/events";
    cfg.retry = retry != NULL ? *retry : (apic_retry_policy){2, 1, 2, 0, 0}; /* 3 attempts, ms waits */
    cfg.dead_letter = without_sink ? NULL : &dl;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    apic_error_clear(&err);
    return c;
}

static apic_client *client_started(const apic_queue_config *qc)
{
    apic_client *c = client_with(NULL, false);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_queue_start(c, &sender, qc, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\n%s\n", err.message);
    apic_error_clear(&err);
    return c;
}

/* Queues item `prefix-i` padded with pad bytes; returns the status. */
static int put(apic_client *c, const char *prefix, int i, size_t pad, apic_error *err)
{
    char id[64], json[4096];
    snprintf(id, sizeof id, "%s-%d", prefix, i);
    char padding[2048];
    memset(padding, 'x', pad);
    padding[pad] = '\0';
    int n = snprintf(json, sizeof json, "{\"id\":\"%s\",\"pad\":\"%s\"}", id, padding);
    return apic_queue_enqueue(c, id, json, (size_t)n, err);
}

static void put_many(apic_client *c, const char *prefix, int from, int count)
{
    for (int i = from; i < from + count; i++) CU_ASSERT_EQUAL(put(c, prefix, i, 10, NULL), 0);
}

static apic_queue_stats stats_of(const apic_client *c)
{
    apic_queue_stats s;
    apic_queue_get_stats(c, &s);
    return s;
}

static void assert_books(const apic_client *c)
{
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.enqueued, s.delivered + s.dead_lettered + s.lost + s.queued);
}

/* The dead-letter file's records as a cJSON array (cJSON_Delete it). */
static cJSON *dead_letters(void)
{
    cJSON *all = cJSON_CreateArray();
    char *text = read_file(dead);
    for (char *line = text, *nl; line != NULL && *line != '\0'; line = nl + 1) {
        nl = strchr(line, '\n');
        if (nl == NULL) break;
        *nl = '\0';
        cJSON_AddItemToArray(all, cJSON_Parse(line));
    }
    free(text);
    return all;
}

static const char *member(const cJSON *o, const char *key)
{
    return cJSON_GetStringValue(cJSON_GetObjectItem(o, key));
}

static long long now_ms(void)
{
    return fake_now_ms();
}

static apic_queue_config config(size_t batch_items, long interval_ms)
{
    apic_queue_config qc = APIC_QUEUE_CONFIG_INIT;
    qc.batch_max_items = batch_items;
    qc.flush_interval_ms = interval_ms;
    return qc;
}

static void finish(apic_client *c)
{
    assert_books(c);
    apic_client_free(c);
    fake_free(&F);
}

/* --- settings and states ---------------------------------------------------------------------- */

static void test_start_checks_and_states(void)
{
    apic_error err = {0};
    apic_client *c = client_with(NULL, true);
    CU_ASSERT_EQUAL(apic_queue_start(c, &sender, NULL, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "dead-letter"));
    apic_client_free(c);
    fake_free(&F);

    c = client_with(NULL, false);
    CU_ASSERT_EQUAL(apic_queue_enqueue(c, "a", "{}", 2, &err), APIC_E_STATE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "not been started"));
    CU_ASSERT_EQUAL(apic_queue_flush(c, 10, &err), 0);
    CU_ASSERT_EQUAL(apic_queue_close(c, 10, &err), 0);
    CU_ASSERT_FALSE(stats_of(c).running);
    apic_queue_sender no_op = sender;
    no_op.op = NULL;
    CU_ASSERT_EQUAL(apic_queue_start(c, &no_op, NULL, &err), APIC_E_ARG);
    apic_queue_config bad = config(200, 0);
    bad.max_items = 100;
    CU_ASSERT_EQUAL(apic_queue_start(c, &sender, &bad, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "queue.batch_max_items"));
    bad = config(0, -1);
    CU_ASSERT_EQUAL(apic_queue_start(c, &sender, &bad, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "queue.flush_interval_ms"));

    CU_ASSERT_EQUAL(apic_queue_start(c, &sender, NULL, &err), 0);
    CU_ASSERT_TRUE(stats_of(c).running);
    CU_ASSERT_EQUAL(apic_queue_start(c, &sender, NULL, &err), APIC_E_STATE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "already running"));
    CU_ASSERT_EQUAL(apic_queue_enqueue(c, "", "{}", 2, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_queue_enqueue(c, "a\nb", "{}", 2, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_queue_enqueue(c, "a", NULL, 0, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(stats_of(c).enqueued, 0);
    CU_ASSERT_EQUAL(fake_requests(&F), 0);
    apic_error_clear(&err);
    finish(c);
}

/* --- batching ----------------------------------------------------------------------------------- */

static void test_batches_by_count(void)
{
    apic_queue_config qc = config(10, 60000);
    apic_client *c = client_started(&qc);
    put_many(c, "count", 0, 35);
    CU_ASSERT_TRUE(fake_wait_requests(&F, 3, 5000));
    fake_sleep_ms(150); /* the last 5 wait for their batch to fill or the interval */
    CU_ASSERT_EQUAL(fake_requests(&F), 3);
    CU_ASSERT_EQUAL(stats_of(c).queued, 5);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(fake_requests(&F), 4);
    for (int i = 0; i < 3; i++) CU_ASSERT_EQUAL(F.req[i].items, 10);
    CU_ASSERT_EQUAL(F.req[3].items, 5);
    CU_ASSERT_STRING_EQUAL(F.req[0].url, "http://h/api/events/batch");
    CU_ASSERT_STRING_NOT_EQUAL(F.req[0].key, F.req[1].key); /* a key per batch */
    CU_ASSERT_EQUAL(strlen(F.req[0].key), 36);
    CU_ASSERT_EQUAL(fake_unique_ids(&F), 35);
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.delivered, 35);
    CU_ASSERT_EQUAL(s.batches, 4);
    CU_ASSERT_EQUAL(s.queued, 0);
    CU_ASSERT_EQUAL(s.queued_bytes, 0);
    finish(c);
}

static void test_batches_by_bytes(void)
{
    /* Items of 100 bytes: a body of 9 is "[" + 900 + 8 commas + "]" = 910 bytes, 10 would be 1011. */
    apic_queue_config qc = config(100, 60000);
    qc.batch_max_bytes = 1000;
    apic_client *c = client_started(&qc);
    size_t pad = 100 - strlen("{\"id\":\"bytes-0\",\"pad\":\"\"}");
    for (int i = 0; i < 10; i++) CU_ASSERT_EQUAL(put(c, "bytes", i, pad, NULL), 0);
    CU_ASSERT_TRUE(fake_wait_requests(&F, 1, 5000)); /* full by bytes: no flush needed */
    CU_ASSERT_EQUAL(F.req[0].items, 9);
    CU_ASSERT_EQUAL(F.req[0].body_len, 910);
    for (int i = 10; i < 40; i++) CU_ASSERT_EQUAL(put(c, "bytes", i, pad, NULL), 0);
    CU_ASSERT_EQUAL(put(c, "big", 0, 1500, NULL), 0); /* larger than a batch: goes alone */
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    size_t n = fake_requests(&F), items = 0;
    for (size_t i = 0; i < n; i++) {
        items += F.req[i].items;
        if (F.req[i].body_len > 1000) CU_ASSERT_EQUAL(F.req[i].items, 1);
        if (i + 2 < n) CU_ASSERT_EQUAL(F.req[i].items, 9);
    }
    CU_ASSERT_EQUAL(items, 41);
    CU_ASSERT_EQUAL(F.req[n - 1].items, 1);
    CU_ASSERT(F.req[n - 1].body_len > 1500);
    finish(c);
}

static void test_batches_by_interval(void)
{
    apic_queue_config qc = config(100, 150);
    apic_client *c = client_started(&qc);
    long long t0 = now_ms();
    put_many(c, "tick", 0, 3);
    fake_sleep_ms(50);
    CU_ASSERT_EQUAL(fake_requests(&F), 0);
    CU_ASSERT_TRUE_FATAL(fake_wait_requests(&F, 1, 5000));
    CU_ASSERT(F.req[0].at_ms - t0 >= 140);
    CU_ASSERT_EQUAL(F.req[0].items, 3);
    finish(c);
}

/* --- overflow ------------------------------------------------------------------------------------ */

typedef struct blocked_put {
    apic_client *c;
    int rc;
} blocked_put;

static void *put_in_thread(void *arg)
{
    blocked_put *b = arg;
    b->rc = put(b->c, "late", 0, 10, NULL);
    return NULL;
}

static void test_full_queue_blocks_then_fails(void)
{
    apic_queue_config qc = config(5, 60000);
    qc.max_items = 5;
    qc.block_timeout_ms = 300;
    apic_client *c = client_started(&qc);
    fake_set_gate(&F, true);
    put_many(c, "full", 0, 5); /* a full batch: taken, and held at the gate, still counted */
    CU_ASSERT_TRUE(fake_wait_requests(&F, 1, 5000));
    apic_error err = {0};
    long long t0 = now_ms();
    CU_ASSERT_EQUAL(put(c, "full", 5, 10, &err), APIC_E_FULL);
    long waited = (long)(now_ms() - t0);
    CU_ASSERT(waited >= 290);
    CU_ASSERT_TRUE(err.retryable); /* the caller still holds the item */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "not queued"));
    CU_ASSERT_EQUAL(stats_of(c).refused_full, 1);

    /* Room made while an enqueue waits lets it through. */
    blocked_put b = {c, -100};
    pthread_t t;
    pthread_create(&t, NULL, put_in_thread, &b);
    fake_sleep_ms(50);
    fake_set_gate(&F, false);
    pthread_join(t, NULL);
    CU_ASSERT_EQUAL(b.rc, 0);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.delivered, 6);
    CU_ASSERT_EQUAL(s.high_water_items, 5);
    CU_ASSERT_FALSE(fake_has_id(&F, "full-5"));
    apic_error_clear(&err);
    finish(c);
}

static void test_full_queue_dead_letters(void)
{
    apic_queue_config qc = config(5, 60000);
    qc.max_items = 5;
    qc.overflow = APIC_QUEUE_OVERFLOW_DEAD_LETTER;
    apic_client *c = client_started(&qc);
    fake_set_gate(&F, true);
    put_many(c, "dl", 0, 5);
    CU_ASSERT_TRUE(fake_wait_requests(&F, 1, 5000));
    apic_error err = {0};
    for (int i = 5; i < 8; i++) {
        long long t0 = now_ms();
        CU_ASSERT_EQUAL(put(c, "dl", i, 10, &err), APIC_E_FULL);
        CU_ASSERT(now_ms() - t0 < 200); /* no waiting */
        CU_ASSERT_FALSE(err.retryable); /* recorded: the caller must not send it again */
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "dead-lettered"));
    }
    cJSON *dl = dead_letters();
    CU_ASSERT_EQUAL_FATAL(cJSON_GetArraySize(dl), 3);
    for (int i = 0; i < 3; i++) {
        const cJSON *r = cJSON_GetArrayItem(dl, i);
        char id[16];
        snprintf(id, sizeof id, "dl-%d", i + 5);
        CU_ASSERT_STRING_EQUAL(member(r, "idempotency_key"), id);
        CU_ASSERT_STRING_EQUAL(member(r, "kind"), "event");
        CU_ASSERT_STRING_EQUAL(member(r, "operation"), "t_ingest");
        CU_ASSERT_STRING_EQUAL(member(cJSON_GetObjectItem(r, "body"), "id"), id); /* the item as enqueued */
        CU_ASSERT_EQUAL(cJSON_GetNumberValue(cJSON_GetObjectItem(r, "attempts")), 0);
    }
    cJSON_Delete(dl);
    fake_set_gate(&F, false);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.overflowed, 3);
    CU_ASSERT_EQUAL(s.enqueued, 5);
    CU_ASSERT_EQUAL(s.delivered, 5);
    apic_error_clear(&err);
    finish(c);
}

/* --- flush and close ------------------------------------------------------------------------------- */

static void test_flush_waits_for_earlier_items(void)
{
    apic_queue_config qc = config(100, 60000);
    apic_client *c = client_started(&qc);
    put_many(c, "flush", 0, 50);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    CU_ASSERT_EQUAL(fake_unique_ids(&F), 50); /* on the server when flush returns */
    CU_ASSERT_EQUAL(stats_of(c).delivered, 50);

    fake_set_gate(&F, true);
    put_many(c, "flush", 50, 1);
    apic_error err = {0};
    long long t0 = now_ms();
    CU_ASSERT_EQUAL(apic_queue_flush(c, 100, &err), APIC_E_TIMEOUT);
    CU_ASSERT(now_ms() - t0 >= 90);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "1 items"));
    CU_ASSERT_EQUAL(apic_queue_flush(c, 0, &err), APIC_E_TIMEOUT); /* 0: ask, do not wait */
    fake_set_gate(&F, false);
    CU_ASSERT_EQUAL(apic_queue_flush(c, APIC_QUEUE_WAIT_FOREVER, &err), 0);
    CU_ASSERT_EQUAL(fake_unique_ids(&F), 51);
    apic_error_clear(&err);
    finish(c);
}

static void test_close_drains_refuses_and_restarts(void)
{
    apic_queue_config qc = config(100, 60000);
    apic_client *c = client_started(&qc);
    put_many(c, "close", 0, 20);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_queue_close(c, 5000, &err), 0);
    CU_ASSERT_EQUAL(fake_unique_ids(&F), 20);
    CU_ASSERT_EQUAL(put(c, "close", 20, 10, &err), APIC_E_STATE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "closed"));
    CU_ASSERT_FALSE(stats_of(c).running);
    CU_ASSERT_EQUAL(apic_queue_close(c, 10, &err), 0); /* twice is fine */

    CU_ASSERT_EQUAL(apic_queue_start(c, &sender, &qc, &err), 0);
    put_many(c, "again", 0, 5);
    assert_books(c);
    apic_client_free(c); /* closes the running queue: drains first */
    CU_ASSERT_EQUAL(fake_unique_ids(&F), 25);
    CU_ASSERT_TRUE(fake_has_id(&F, "again-4"));
    apic_error_clear(&err);
    fake_free(&F);
}

/* The server is unreachable and retry waits are long: close gives up after its timeout, cuts the
 * wait short, and everything ends in the dead-letter file; a replay then delivers each item
 * through the single-item operation with its own id as the key. */
static void test_close_spools_when_unreachable(void)
{
    apic_retry_policy slow = {3, 2000, 2000, 0, 0};
    apic_client *c = client_with(&slow, false);
    F.unreachable = true;
    apic_queue_config qc = config(100, 60000);
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_queue_start(c, &sender, &qc, &err), 0);
    put_many(c, "spool", 0, 250); /* two full batches and 50 */
    CU_ASSERT_TRUE(fake_wait_requests(&F, 1, 5000));
    long long t0 = now_ms();
    CU_ASSERT_EQUAL(apic_queue_close(c, 300, &err), APIC_E_TIMEOUT);
    long took = (long)(now_ms() - t0);
    CU_ASSERT(took >= 290 && took < 1500); /* not the 2 s retry wait */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "dead-letter"));
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.delivered, 0);
    CU_ASSERT_EQUAL(s.dead_lettered, 250);
    CU_ASSERT_EQUAL(s.spooled, 150);
    CU_ASSERT_EQUAL(s.lost, 0);
    CU_ASSERT_EQUAL(s.queued, 0);
    assert_books(c);

    cJSON *dl = dead_letters();
    CU_ASSERT_EQUAL(cJSON_GetArraySize(dl), 250);
    int keys_match = 0;
    const cJSON *r;
    cJSON_ArrayForEach(r, dl)
    {
        const char *key = member(r, "idempotency_key");
        keys_match += key != NULL && strcmp(key, member(cJSON_GetObjectItem(r, "body"), "id")) == 0 &&
                      strcmp(member(r, "kind"), "event") == 0 && strcmp(member(r, "url"), "http://h/api/events") == 0;
    }
    CU_ASSERT_EQUAL(keys_match, 250);
    cJSON_Delete(dl);

    pthread_mutex_lock(&F.lock);
    F.unreachable = false;
    size_t before = F.n_requests;
    pthread_mutex_unlock(&F.lock);
    const apic_event_registry reg = {NULL, 0, NULL, 0, "X-Source", &single_op, NULL, 0};
    apic_replay_report rep;
    CU_ASSERT_EQUAL(apic_dead_letter_replay(c, &reg, dead, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, 250);
    CU_ASSERT_EQUAL(rep.kept, 0);
    CU_ASSERT_EQUAL(fake_unique_ids(&F), 250);
    CU_ASSERT_EQUAL_FATAL(F.n_requests - before, 250); /* one by one */
    CU_ASSERT_STRING_EQUAL(F.req[before].url, "http://h/events");
    CU_ASSERT_EQUAL(F.req[before].items, 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(F.req[before].key, "spool-"));
    apic_error_clear(&err);
    finish(c);
}

/* --- what the server says --------------------------------------------------------------------------- */

static void test_rejections_and_failures_are_dead_lettered(void)
{
    apic_queue_config qc = config(100, 60000);
    apic_client *c = client_started(&qc);
    F.reject_mark = "bad";
    put_many(c, "ok", 0, 4);
    put_many(c, "bad", 0, 2);
    put_many(c, "ok", 4, 4);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.delivered, 8);
    CU_ASSERT_EQUAL(s.rejected, 2);
    CU_ASSERT_EQUAL(s.dead_lettered, 2);
    cJSON *dl = dead_letters();
    CU_ASSERT_EQUAL_FATAL(cJSON_GetArraySize(dl), 2);
    CU_ASSERT_STRING_EQUAL(member(cJSON_GetArrayItem(dl, 0), "idempotency_key"), "bad-0");
    CU_ASSERT_PTR_NOT_NULL(strstr(member(cJSON_GetArrayItem(dl, 1), "error"), "refused by the fake"));
    CU_ASSERT_EQUAL(cJSON_GetNumberValue(cJSON_GetObjectItem(cJSON_GetArrayItem(dl, 0), "http_status")), 202);
    cJSON_Delete(dl);

    pthread_mutex_lock(&F.lock);
    F.always_status = 400; /* not retried: the whole batch fails for good */
    pthread_mutex_unlock(&F.lock);
    put_many(c, "refused", 0, 5);
    size_t before = fake_requests(&F);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    CU_ASSERT_EQUAL(fake_requests(&F) - before, 1);
    dl = dead_letters();
    CU_ASSERT_EQUAL_FATAL(cJSON_GetArraySize(dl), 7);
    for (int i = 2; i < 7; i++) {
        const cJSON *r = cJSON_GetArrayItem(dl, i);
        char id[16];
        snprintf(id, sizeof id, "refused-%d", i - 2);
        CU_ASSERT_STRING_EQUAL(member(r, "idempotency_key"), id); /* each its own record and key */
        CU_ASSERT_EQUAL(cJSON_GetNumberValue(cJSON_GetObjectItem(r, "http_status")), 400);
        CU_ASSERT_PTR_NOT_NULL(strstr(member(r, "error"), "the batch of 5 failed"));
    }
    cJSON_Delete(dl);
    s = stats_of(c);
    CU_ASSERT_EQUAL(s.dead_lettered, 7);
    CU_ASSERT_EQUAL(s.retried_batches, 0);
    finish(c);
}

static void test_retried_batch_keeps_its_key(void)
{
    apic_queue_config qc = config(100, 60000);
    apic_client *c = client_started(&qc);
    F.fail_first = 2;
    F.fail_status = 503;
    put_many(c, "retry", 0, 10);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(fake_requests(&F), 3);
    CU_ASSERT_STRING_EQUAL(F.req[0].key, F.req[1].key);
    CU_ASSERT_STRING_EQUAL(F.req[1].key, F.req[2].key);
    put_many(c, "retry", 10, 10);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(fake_requests(&F), 4);
    CU_ASSERT_STRING_NOT_EQUAL(F.req[3].key, F.req[0].key);
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.batches, 2);
    CU_ASSERT_EQUAL(s.retried_batches, 1);
    CU_ASSERT_EQUAL(s.attempts, 4);
    CU_ASSERT_EQUAL(s.delivered, 20);
    finish(c);
}

/* --- fork and threads ------------------------------------------------------------------------------- */

static void test_enqueue_in_forked_child_fails(void)
{
    apic_queue_config qc = config(100, 60000);
    apic_client *c = client_started(&qc);
    put_many(c, "parent", 0, 5);
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    put_many(c, "parent", 5, 3); /* queued at the fork: the child's copies must never be sent */
    fflush(NULL);
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        apic_error err = {0};
        bool ok = put(c, "child", 0, 10, &err) == APIC_E_STATE && strstr(err.message, "fork()ed child") != NULL;
        ok = ok && apic_queue_flush(c, 100, &err) == APIC_E_STATE;
        ok = ok && apic_queue_close(c, 100, &err) == APIC_E_STATE;
        if (!ok) fprintf(stderr, "child: %s\n", err.message);
        apic_error_clear(&err);
        apic_client_free(c); /* releases the child's copy only */
        fake_free(&F);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    CU_ASSERT_EQUAL(waitpid(pid, &status, 0), pid);
    CU_ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    put_many(c, "parent", 8, 2); /* the parent is unaffected */
    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, NULL), 0);
    CU_ASSERT_EQUAL(stats_of(c).delivered, 10);
    CU_ASSERT_EQUAL(fake_unique_ids(&F), 10);
    finish(c);
}

enum { THREADS = 8, PER_THREAD = 2000 };

static void *producer(void *arg)
{
    apic_client *c = ((void **)arg)[0];
    int t = (int)(size_t)((void **)arg)[1];
    char prefix[16];
    snprintf(prefix, sizeof prefix, "t%d", t);
    for (int i = 0; i < PER_THREAD; i++) {
        if (put(c, prefix, i, 40, NULL) != 0) return (void *)1;
    }
    return NULL;
}

static void test_many_threads_none_lost(void)
{
    apic_queue_config qc = config(100, 50);
    qc.max_items = 1000;
    qc.max_bytes = 64 * 1024;
    qc.batch_max_bytes = 16 * 1024;
    qc.block_timeout_ms = APIC_QUEUE_WAIT_FOREVER;
    apic_client *c = client_started(&qc);
    F.fail_first = 2; /* the first batch is retried twice */
    F.fail_status = 503;
    pthread_t th[THREADS];
    void *args[THREADS][2];
    for (int t = 0; t < THREADS; t++) {
        args[t][0] = c;
        args[t][1] = (void *)(size_t)t;
        pthread_create(&th[t], NULL, producer, args[t]);
    }
    for (int t = 0; t < THREADS; t++) {
        void *failed = NULL;
        pthread_join(th[t], &failed);
        CU_ASSERT_PTR_NULL(failed);
    }
    CU_ASSERT_EQUAL(apic_queue_close(c, 30000, NULL), 0);
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.enqueued, THREADS * PER_THREAD);
    CU_ASSERT_EQUAL(s.delivered, THREADS * PER_THREAD);
    CU_ASSERT_EQUAL(fake_unique_ids(&F), THREADS * PER_THREAD);
    CU_ASSERT(s.high_water_items <= 1000);
    CU_ASSERT(s.high_water_bytes <= 64 * 1024);
    CU_ASSERT_EQUAL(s.retried_batches, 1);
    finish(c);
}

/* --- events through the queue ------------------------------------------------------------------------ */

typedef struct ping_data {
    char *note;
} ping_data;

static const apic_field ping_fields[] = {{"note", 4, APIC_F_REQUIRED, offsetof(ping_data, note), -1, -1, &apic_type_string}};
static const apic_struct_desc ping_desc = {"PingData", sizeof(ping_data), ping_fields, 1, -1, -1, NULL};
static const apic_type ping_type = {APIC_OBJECT, APIC_FMT_NONE, &ping_desc, NULL, NULL};
static const apic_event_def defs[] = {{"ping.sent", 1, 0, NULL, &ping_type}};
static const unsigned short by_name[] = {0};
static const apic_event_registry events = {defs, 1, by_name, 0, "X-Source", &single_op, &batch_op, 2};

static void test_events_through_the_queue(void)
{
    apic_client *c = client_with(NULL, false);
    apic_error err = {0};
    const apic_event_registry no_batch = {defs, 1, by_name, 0, "X-Source", &single_op, NULL, 0};
    CU_ASSERT_EQUAL(apic_event_queue_start(c, &no_batch, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "batch_operation"));
    CU_ASSERT_EQUAL_FATAL(apic_event_queue_start(c, &events, NULL, &err), 0);

    ping_data d = {(char *)"hello"};
    const char *refused_id = "3f0c1a2b-4d5e-4f60-8a7b-0000000000bd";
    apic_event_options refused = {refused_id, NULL, NULL, 0, NULL};
    F.reject_mark = "0000000000bd";
    CU_ASSERT_EQUAL(apic_event_enqueue(c, &events, 1, NULL, &d, NULL, &err), 0);
    CU_ASSERT_EQUAL(apic_event_enqueue(c, &events, 1, NULL, &d, &refused, &err), 0);
    CU_ASSERT_EQUAL(apic_event_enqueue_json(c, &events, "x.y", NULL, "{\"a\":1}", 7, NULL, &err), 0);
    /* Checked on the caller's thread: nothing is queued. */
    ping_data empty = {NULL};
    CU_ASSERT_EQUAL(apic_event_enqueue(c, &events, 1, NULL, &empty, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.note"));
    apic_retry_policy own = {1, 0, 0, 0, 0};
    apic_event_options with_retry = {NULL, NULL, NULL, 0, &own};
    CU_ASSERT_EQUAL(apic_event_enqueue(c, &events, 1, NULL, &d, &with_retry, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(stats_of(c).enqueued, 3);

    CU_ASSERT_EQUAL(apic_queue_flush(c, 5000, &err), 0);
    CU_ASSERT_EQUAL_FATAL(fake_requests(&F), 2); /* the registry takes 2 events per batch */
    CU_ASSERT_STRING_EQUAL(F.req[0].url, "http://h/events/batch");
    CU_ASSERT_STRING_EQUAL(F.req[0].source, "sdk");
    CU_ASSERT_EQUAL(F.req[0].items, 2);
    apic_queue_stats s = stats_of(c);
    CU_ASSERT_EQUAL(s.delivered, 2);
    CU_ASSERT_EQUAL(s.rejected, 1);
    cJSON *dl = dead_letters();
    CU_ASSERT_EQUAL_FATAL(cJSON_GetArraySize(dl), 1);
    const cJSON *r = cJSON_GetArrayItem(dl, 0);
    CU_ASSERT_STRING_EQUAL(member(r, "idempotency_key"), refused_id);
    CU_ASSERT_STRING_EQUAL(member(r, "operation"), "t_ingest");
    CU_ASSERT_STRING_EQUAL(member(r, "url"), "http://h/events");
    CU_ASSERT_STRING_EQUAL(member(r, "error"), "rejected by the server: refused by the fake");
    CU_ASSERT_STRING_EQUAL(member(cJSON_GetObjectItem(r, "body"), "type"), "ping.sent");
    cJSON_Delete(dl);
    apic_error_clear(&err);
    finish(c);
}

static int suite_init(void)
{
    snprintf(dir, sizeof dir, "/tmp/apic-queue-XXXXXX");
    if (mkdtemp(dir) == NULL) return 1;
    snprintf(dead, sizeof dead, "%s/dead.jsonl", dir);
    return 0;
}

static int suite_clean(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : 1;
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"start checks its settings; enqueue needs a running queue", test_start_checks_and_states},
        {"a batch leaves when it has batch_max_items", test_batches_by_count},
        {"a batch leaves when it reaches batch_max_bytes; a larger item goes alone", test_batches_by_bytes},
        {"a batch leaves when its oldest item waited flush_interval_ms", test_batches_by_interval},
        {"full queue, BLOCK: waits block_timeout_ms, then APIC_E_FULL; room lets a waiter in", test_full_queue_blocks_then_fails},
        {"full queue, DEAD_LETTER: recorded at once, APIC_E_FULL not retryable", test_full_queue_dead_letters},
        {"flush waits until earlier items are settled, or times out", test_flush_waits_for_earlier_items},
        {"close drains, refuses new items, and the queue can start again", test_close_drains_refuses_and_restarts},
        {"close with an unreachable server spools everything; a replay sends it one by one", test_close_spools_when_unreachable},
        {"items refused in the answer and batches failed for good are dead-lettered one by one", test_rejections_and_failures_are_dead_lettered},
        {"a retried batch keeps its idempotency key; the next batch has its own", test_retried_batch_keeps_its_key},
        {"after fork(), the child's enqueue fails and the parent goes on", test_enqueue_in_forked_child_fails},
        {"8 threads enqueue 16,000 items through a small queue: none lost", test_many_threads_none_lost},
        {"events: checked on the caller's thread, sent to the batch operation, receipts read", test_events_through_the_queue},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"queue", suite_init, suite_clean, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
