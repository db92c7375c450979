/* eSauti events through the background queue, against real servers on 127.0.0.1:
 * - 8 threads enqueue 50,000 events each (400,000) while the batch endpoint of
 *   tests/servers/fault_server.py is slow (0-4 ms a batch), answers 10% of batches with 503,
 *   resets 2% of connections (half of them after taking the batch) and refuses 0.2% of events
 *   one by one. After close, the ids the server holds plus the ids in the dead-letter file are
 *   all the ids: none lost; a replay of the file then delivers the rest one by one. The queue's
 *   byte high-water mark stays under its bound, and so does the process's peak RSS. Under
 *   valgrind, ASan and TSan (APIC_TEST_UNDER, set by the Makefile) the run is 16,000 events;
 *   APIC_TEST_QUEUE_EVENTS overrides the total.
 * - every registry example, queued, leaves in batches that Prism validates against EventBatch;
 * - signed batches pass the HMAC-checking receiver (typed and JSON enqueue). */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <esauti/esauti.h>

#include "cunit_run.h"
#include "read_file.h"

enum { THREADS = 8 };
/* The queue's byte bound binds first (about 15,000 envelopes of 280 bytes); the item bound is 20,000. */
#define QUEUE_MAX_BYTES (4u * 1024u * 1024u)
#define QUEUE_MAX_ITEMS 20000u
/* Peak RSS growth allowed: the queued JSON and its bookkeeping (under twice the byte bound), one
 * batch body, and 16 MiB for the producers' stacks, libcurl and the allocator. */
#define RSS_GROWTH_LIMIT_KB ((long)(2 * QUEUE_MAX_BYTES / 1024) + 16L * 1024L)

/* --- small helpers --------------------------------------------------------------------------------- */

static size_t collect(char *data, size_t size, size_t n, void *userp)
{
    return apic_buf_append((apic_buf *)userp, data, size * n) == 0 ? size * n : 0;
}

/* GET (post NULL) or POST to base + path; the body (free() it) or NULL. */
static char *http_text(const char *base, const char *path, const char *post)
{
    char url[512];
    snprintf(url, sizeof url, "%s%s", base, path);
    apic_buf body = {0};
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    if (post != NULL) curl_easy_setopt(h, CURLOPT_POSTFIELDS, post);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    if (rc != CURLE_OK) apic_buf_free(&body);
    return body.data != NULL ? apic_buf_steal(&body) : (rc == CURLE_OK ? strdup("") : NULL);
}

static long json_number(const char *base, const char *path, const char *key)
{
    char *text = http_text(base, path, NULL);
    cJSON *doc = text != NULL ? cJSON_Parse(text) : NULL;
    long v = doc != NULL ? (long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(doc, key)) : -1;
    cJSON_Delete(doc);
    free(text);
    return v;
}

/* A line of /proc/self/status in kB ("VmRSS:", "VmHWM:"), or -1. */
static long status_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f != NULL && kb < 0 && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, field, strlen(field)) == 0) kb = strtol(line + strlen(field), NULL, 10);
    }
    if (f != NULL) fclose(f);
    return kb;
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* --- the ids: <run tag>-0000-4000-8000-<index>, so both sides can be checked by index ------------ */

static unsigned run_tag;

static void id_of(char out[37], long i)
{
    snprintf(out, 37, "%08x-0000-4000-8000-%012lx", run_tag, (unsigned long)i);
}

/* The index of an id of this run, or -1. */
static long index_of(const char *id, long n)
{
    char prefix[9];
    snprintf(prefix, sizeof prefix, "%08x", run_tag);
    if (strncmp(id, prefix, 8) != 0 || strlen(id) < 36) return -1;
    long i = strtol(id + 24, NULL, 16);
    return i >= 0 && i < n ? i : -1;
}

/* Marks in seen the ids the fault server holds (either endpoint); returns how many. */
static long server_ids(unsigned char *seen, long n)
{
    char path[64];
    snprintf(path, sizeof path, "/ids?prefix=%08x", run_tag);
    char *text = http_text(getenv("FAULT_SERVER_URL"), path, NULL);
    long count = 0;
    for (char *line = text, *nl; line != NULL && (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
        *nl = '\0';
        long i = index_of(line, n);
        if (i >= 0 && !seen[i]) {
            seen[i] = 1;
            count++;
        }
    }
    free(text);
    return count;
}

/* Marks in seen the ids of the dead-letter file; returns its lines. */
static long dead_letter_ids(const char *path, unsigned char *seen, long n)
{
    char *text = read_file(path);
    long lines = 0;
    const char *key = "\"idempotency_key\":\"";
    for (char *line = text, *nl; line != NULL && (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
        *nl = '\0';
        lines++;
        const char *at = strstr(line, key);
        long i = at != NULL ? index_of(at + strlen(key), n) : -1;
        if (i >= 0) seen[i] = 1;
    }
    free(text);
    return lines;
}

/* --- 400,000 events through faults ------------------------------------------------------------------ */

typedef struct producer {
    esauti_client *client;
    long first, count;
    atomic_long *refused;
} producer;

static void *produce(void *arg)
{
    producer *p = arg;
    esauti_customer_created_data d = {0};
    d.created_at = "2026-03-14T09:26:53Z";
    d.source.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_API;
    for (long i = p->first; i < p->first + p->count; i++) {
        char customer[32], id[37];
        snprintf(customer, sizeof customer, "cus_%07ld", i);
        id_of(id, i);
        d.customer_id = customer;
        esauti_event_identity who = {.customer_id = customer};
        esauti_event_options opts = {.id = id};
        esauti_error err = {0};
        if (esauti_events_enqueue_customer_created(p->client, &who, &d, &opts, &err) != 0) {
            if (atomic_fetch_add(p->refused, 1) == 0) fprintf(stderr, "\n  enqueue refused: %s\n", err.message);
        }
        esauti_error_clear(&err);
    }
    return NULL;
}

static void test_many_threads_through_faults_none_lost(void)
{
    const char *base = getenv("FAULT_SERVER_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(base);
    const char *under = getenv("APIC_TEST_UNDER");
    bool plain = under == NULL || *under == '\0';
    long total = getenv("APIC_TEST_QUEUE_EVENTS") != NULL ? atol(getenv("APIC_TEST_QUEUE_EVENTS"))
                 : plain                                 ? 400000
                                                         : 16000;
    long per = total / THREADS;
    total = per * THREADS;
    run_tag = (unsigned)getpid() * 2654435761u ^ (unsigned)time(NULL);
    char dead[128];
    snprintf(dead, sizeof dead, "build/queue-dead-letters-%d.jsonl", (int)getpid());
    unlink(dead);
    long rss_before = status_kb("VmRSS:");

    apic_dead_letter dl = {dead, false, 0, 0, NULL, NULL, false};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = base;
    cfg.token = "load-token";
    cfg.timeout_ms = 10000;
    cfg.retry = (apic_retry_policy){2, 2, 8, 0, 0}; /* 3 attempts, waits of a few ms */
    cfg.dead_letter = &dl;
    esauti_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(esauti_client_new(&cfg, &c, NULL), 0);
    esauti_queue_config q = ESAUTI_QUEUE_CONFIG_INIT;
    q.max_bytes = QUEUE_MAX_BYTES;
    q.max_items = QUEUE_MAX_ITEMS;
    q.block_timeout_ms = 120000; /* producers outpace the server: they wait for room */
    esauti_error err = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_events_queue_start(c, &q, &err), 0);

    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    atomic_long refused = 0;
    pthread_t th[THREADS];
    producer ps[THREADS];
    for (int t = 0; t < THREADS; t++) {
        ps[t] = (producer){c, t * per, per, &refused};
        pthread_create(&th[t], NULL, produce, &ps[t]);
    }
    for (int t = 0; t < THREADS; t++) pthread_join(th[t], NULL);
    double enqueued_s = seconds_since(&t0);
    CU_ASSERT_EQUAL(esauti_events_queue_close(c, 300000, &err), 0);
    double closed_s = seconds_since(&t0);
    esauti_queue_stats s;
    esauti_events_queue_stats(c, &s);
    long rss_peak = status_kb("VmHWM:");

    unsigned char *at_server = calloc((size_t)total, 1), *in_file = calloc((size_t)total, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(at_server);
    CU_ASSERT_PTR_NOT_NULL_FATAL(in_file);
    long unique = server_ids(at_server, total);
    long lines = dead_letter_ids(dead, in_file, total);
    long lost = 0, both = 0;
    for (long i = 0; i < total; i++) {
        lost += !at_server[i] && !in_file[i];
        both += at_server[i] && in_file[i];
    }
    long requests = json_number(base, "/batch/stats", "requests"), keys = json_number(base, "/batch/stats", "keys");
    long mismatches = json_number(base, "/batch/stats", "key_mismatches");
    long served_503 = json_number(base, "/batch/stats", "served_503");
    long resets = json_number(base, "/batch/stats", "resets_before") + json_number(base, "/batch/stats", "resets_after");
    long duplicates = json_number(base, "/batch/stats", "duplicates");
    printf("\n  books: sent %ld, delivered %llu, dead-lettered %llu (refused one by one %llu, spooled %llu), retried "
           "batches %llu, lost %ld; %llu batches, %llu requests (server: %ld, 503s %ld, resets %ld, ids taken twice %ld); "
           "ids at the server %ld + in the dead-letter file %ld (both %ld) = all %ld; enqueue refused %ld\n",
           total, s.delivered, s.dead_lettered, s.rejected, s.spooled, s.retried_batches, lost, s.batches, s.attempts,
           requests, served_503, resets, duplicates, unique, lines, both, total, (long)atomic_load(&refused));
    printf("  memory: queue high-water %zu bytes (bound %u), %zu events (bound %zu); RSS %ld KB before, peak %ld KB "
           "(+%ld KB, limit %ld KB)%s\n",
           s.high_water_bytes, QUEUE_MAX_BYTES, s.high_water_items, (size_t)q.max_items, rss_before, rss_peak,
           rss_peak - rss_before, RSS_GROWTH_LIMIT_KB, plain ? "" : " (not checked under a sanitizer or valgrind)");
    printf("  time: enqueued in %.1f s, closed (all settled) at %.1f s: %.0f events/s%s\n", enqueued_s, closed_s,
           (double)total / closed_s, plain ? "" : "; a smaller run: the plain run sends 400,000");

    CU_ASSERT_EQUAL(atomic_load(&refused), 0);
    CU_ASSERT_EQUAL(s.enqueued, (unsigned long long)total);
    CU_ASSERT_EQUAL(lost, 0);
    CU_ASSERT_EQUAL(s.lost, 0);
    CU_ASSERT_EQUAL(s.delivered + s.dead_lettered, (unsigned long long)total);
    CU_ASSERT_EQUAL(s.queued, 0);
    CU_ASSERT_EQUAL(lines, (long)s.dead_lettered); /* each event its own record */
    CU_ASSERT(unique >= (long)s.delivered);
    CU_ASSERT(s.high_water_bytes <= QUEUE_MAX_BYTES);
    CU_ASSERT(s.high_water_items <= q.max_items);
    if (plain) CU_ASSERT(rss_peak - rss_before < RSS_GROWTH_LIMIT_KB);
    /* One key per batch, the same on every retry: the server saw as many keys as batches, each
     * always with the same events. It may see a few more requests than attempts: libcurl sends a
     * request again, once, when a reused connection was reset before any answer. */
    CU_ASSERT_EQUAL(keys, (long)s.batches);
    CU_ASSERT(requests >= (long)s.attempts && requests <= (long)s.attempts + resets);
    CU_ASSERT_EQUAL(mismatches, 0);
    CU_ASSERT(s.retried_batches > 0 && served_503 > 0 && resets > 0 && s.rejected > 0); /* the faults did happen */

    /* The faults stop; the dead letters go again, one by one, through the single-event endpoint. */
    free(http_text(base, "/faults", "{\"enabled\":false}"));
    free(http_text(base, "/batch/faults", "{\"enabled\":false}"));
    apic_replay_report rep;
    CU_ASSERT_EQUAL(esauti_dead_letter_replay(c, dead, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, (size_t)s.dead_lettered);
    CU_ASSERT_EQUAL(rep.kept, 0);
    memset(at_server, 0, (size_t)total);
    long after = server_ids(at_server, total);
    printf("  replay: %zu dead letters delivered one by one; the server now holds %ld of %ld ids\n", rep.delivered,
           after, total);
    CU_ASSERT_EQUAL(after, total);
    free(http_text(base, "/faults", "{\"enabled\":true}"));
    free(http_text(base, "/batch/faults", "{\"enabled\":true}"));

    free(at_server);
    free(in_file);
    esauti_error_clear(&err);
    esauti_client_free(c);
    unlink(dead);
}

/* --- every registry example, batched, against Prism ----------------------------------------------- */

static esauti_client *client_at(const char *url, const char *endpoint, const char *secret, const char *dead)
{
    static apic_dead_letter dl;
    dl = (apic_dead_letter){dead, false, 0, 0, NULL, NULL, false};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = url;
    cfg.token = "events-token";
    cfg.events_endpoint = endpoint;
    cfg.hmac_secret = secret;
    cfg.dead_letter = &dl;
    esauti_client *c = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_client_new(&cfg, &c, &err), 0);
    esauti_queue_config q = ESAUTI_QUEUE_CONFIG_INIT;
    CU_ASSERT_EQUAL(esauti_events_queue_start(c, &q, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\nclient: %s\n", err.message);
    esauti_error_clear(&err);
    return c;
}

/* Queues every example of build/samples/esauti.json; returns how many were queued. */
static int enqueue_examples(esauti_client *c)
{
    char *text = read_file("build/samples/esauti.json");
    cJSON *samples = text != NULL ? cJSON_Parse(text) : NULL;
    free(text);
    int queued = 0;
    const cJSON *example;
    cJSON_ArrayForEach(example, cJSON_GetObjectItemCaseSensitive(samples, "events"))
    {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(example, "identity");
        const cJSON *cus = cJSON_GetObjectItemCaseSensitive(id, "customer");
        const cJSON *ent = cJSON_GetObjectItemCaseSensitive(id, "entity");
        esauti_event_identity who = {cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cus, "id")),
                                     cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cus, "email")),
                                     cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cus, "phone")),
                                     cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ent, "id")), NULL};
        char *data = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(example, "data"));
        esauti_error err = {0};
        if (esauti_events_enqueue_named(c, example->string, &who, data, NULL, &err) == 0) queued++;
        else fprintf(stderr, "\n%s: %s\n", example->string, err.message);
        esauti_error_clear(&err);
        cJSON_free(data);
    }
    cJSON_Delete(samples);
    return queued;
}

static void test_prism_validates_every_batch(void)
{
    const char *url = getenv("PRISM_ESAUTI_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    char dead[128];
    snprintf(dead, sizeof dead, "build/queue-prism-dead-letters-%d.jsonl", (int)getpid());
    unlink(dead);
    /* Prism serves the spec's paths at its root; the spec's base path is /api. */
    esauti_client *c = client_at(url, "/integrations/events", NULL, dead);
    CU_ASSERT_EQUAL(enqueue_examples(c), ESAUTI_EVENT_TYPE_COUNT);
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_events_flush(c, 60000, &err), 0);
    esauti_queue_stats s;
    esauti_events_queue_stats(c, &s);
    /* Prism answers its example receipt, whose id is none of ours: those events are
     * dead-lettered as unconfirmed, which is right. A batch Prism refused (422) would fail. */
    char *text = read_file(dead);
    int failed = 0;
    for (const char *at = text; at != NULL && (at = strstr(at, "the batch of")) != NULL; at++) failed++;
    free(text);
    printf("\n  Prism: %d events in %llu batches (%llu attempts), %d refused by its validation\n",
           ESAUTI_EVENT_TYPE_COUNT, s.batches, s.attempts, failed);
    CU_ASSERT_EQUAL(s.batches, (ESAUTI_EVENT_TYPE_COUNT + 99) / 100);
    CU_ASSERT_EQUAL(s.attempts, s.batches);
    CU_ASSERT_EQUAL(failed, 0);
    esauti_error_clear(&err);
    esauti_client_free(c);
    unlink(dead);
}

/* --- signed batches ------------------------------------------------------------------------------------ */

static void test_receiver_accepts_signed_batches(void)
{
    const char *url = getenv("EVENT_RECEIVER_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    char dead[128];
    snprintf(dead, sizeof dead, "build/queue-receiver-dead-letters-%d.jsonl", (int)getpid());
    unlink(dead);
    long before = json_number(url, "/stats", "accepted"), batches = json_number(url, "/stats", "batches");
    esauti_client *c = client_at(url, NULL, getenv("EVENT_RECEIVER_SECRET"), dead);
    CU_ASSERT_EQUAL(enqueue_examples(c), ESAUTI_EVENT_TYPE_COUNT);
    esauti_order_created_data_items_item lines[] = {
        {.sku = "KIKOY-TWL-BLU", .name = "Kikoy beach towel", .quantity = 3, .unit_amount = 150000}};
    esauti_order_created_data order = {.order_id = "ord_5001", .currency = "KES", .total_amount = 450000,
                                       .items = {lines, 1}, .placed_at = "2026-04-12T06:50:20Z"};
    esauti_event_identity who = {.customer_id = "cus_1001", .entity_id = "ord_5001"};
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_events_enqueue_order_created(c, &who, &order, NULL, &err), 0);
    order.currency = "KSH"; /* checked on the caller's thread: refused, nothing queued */
    CU_ASSERT_EQUAL(esauti_events_enqueue_order_created(c, &who, &order, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.currency"));
    CU_ASSERT_EQUAL(esauti_events_enqueue(c, (esauti_event_type)9999, &who, "{}", NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(esauti_events_queue_close(c, 60000, &err), 0);
    esauti_queue_stats s;
    esauti_events_queue_stats(c, &s);
    CU_ASSERT_EQUAL(s.enqueued, ESAUTI_EVENT_TYPE_COUNT + 1);
    CU_ASSERT_EQUAL(s.delivered, ESAUTI_EVENT_TYPE_COUNT + 1);
    CU_ASSERT_EQUAL(json_number(url, "/stats", "accepted") - before, ESAUTI_EVENT_TYPE_COUNT + 1);
    CU_ASSERT_EQUAL(json_number(url, "/stats", "batches") - batches, (ESAUTI_EVENT_TYPE_COUNT + 1 + 99) / 100);
    CU_ASSERT_EQUAL(esauti_events_enqueue_order_created(c, &who, &order, NULL, &err), APIC_E_VALIDATION);
    order.currency = "KES";
    CU_ASSERT_EQUAL(esauti_events_enqueue_order_created(c, &who, &order, NULL, &err), APIC_E_STATE); /* closed */
    esauti_error_clear(&err);
    esauti_client_free(c);
    unlink(dead);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"8 threads, 400,000 events, a slow and faulty server: none lost, memory bounded",
         test_many_threads_through_faults_none_lost},
        {"every registry example, batched, passes Prism's validation", test_prism_validates_every_batch},
        {"signed batches pass the HMAC-checking receiver", test_receiver_accepts_signed_batches},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"eSauti event queue", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
