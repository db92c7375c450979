/* eSauti's calls that do not block (apic/async.h) against real servers, driven from one thread by
 * apic_async_run(): 1,000 events in flight at once with no thread made by the SDK; retries,
 * timeouts, Retry-After and dead letters on the asynchronous path with the books of the blocking
 * tests (a fault server of this program's own, faults on and off, and WireMock's scenarios and
 * request journal); cancellation before sending, while sending and while waiting to retry; calls
 * started from another thread (one, then thousands in bursts: every wake-up must be seen) and from
 * callbacks, and a callback that frees the client; last, that the body and headers given in opts
 * are the caller's again once apic_call_async() returns.
 *
 * Events are sent as apic_event_send() sends them, through apic_call_async(): the envelope made by
 * apic_event_encode(), posted raw to the events URL by esauti_events_ingest_op with the source
 * header, the event id as the idempotency key and is_event (so a failure is dead-lettered).
 *
 * The fault server is started by this program (tests/servers/fault_server.py on a port of its
 * own) rather than the one of with-servers.sh: test_esauti_load counts every id that server ever
 * accepted, so events sent to it here would break that test's books. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <apic/async.h>
#include <esauti/esauti.h>

#include "cunit_run.h"
#include "wiremock_case.h"

enum { MANY = 1000 };

#define RECEIPT_ID "3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b"
#define RECEIPT "{\\\"id\\\":\\\"" RECEIPT_ID "\\\",\\\"status\\\":\\\"accepted\\\"," \
                "\\\"received_at\\\":\\\"2026-11-23T06:18:45.200Z\\\"}"
static const char *OK = "{\"status\":202,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"" RECEIPT "\"}";

static bool under_a_tool; /* valgrind or a sanitizer (APIC_TEST_UNDER): smaller runs */
static unsigned run_tag;  /* the first 8 hex digits of this run's event ids */
static char dead_path[96];

/* --- small things ----------------------------------------------------------------------------------- */

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* The threads of this process, as the kernel counts them. */
static int threads(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int n = -1;
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "Threads:", 8) == 0) n = atoi(line + 8);
    }
    if (f != NULL) fclose(f);
    return n;
}

static int lines_in(const char *path)
{
    FILE *f = fopen(path, "r");
    int n = 0, c;
    while (f != NULL && (c = fgetc(f)) != EOF) n += c == '\n';
    if (f != NULL) fclose(f);
    return n;
}

/* The id of event i of a set (set 0..15), a UUID whose first group is the run's tag. */
static void event_id(char out[37], int set, int i)
{
    snprintf(out, 37, "%08x-%04x-4000-8000-%012d", run_tag, set, i);
}

/* The index of id within set, or -1 when it is not one of this run's ids of that set. */
static int index_of(const char *id, int set)
{
    char prefix[16];
    snprintf(prefix, sizeof prefix, "%08x-%04x-", run_tag, set);
    if (strlen(id) != 36 || strncmp(id, prefix, 14) != 0) return -1;
    return atoi(id + 24);
}

/* --- the fault server: started here, on a port of its own -------------------------------------------- */

static pid_t fault_pid = -1;
static char fault_url[64];

/* GET (post NULL) or POST to the fault server; returns the body (free() it) or NULL. */
static char *fault_text(const char *path, const char *post)
{
    char url[256];
    snprintf(url, sizeof url, "%s%s", fault_url, path);
    wm_reply r = {0, NULL, 0};
    CURL *h = curl_easy_init();
    if (h == NULL) return NULL;
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, wm_collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &r);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 10000L);
    if (post != NULL) curl_easy_setopt(h, CURLOPT_POSTFIELDS, post);
    CURLcode cc = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(h);
    if (cc != CURLE_OK || status != 200 || r.body == NULL) {
        free(r.body);
        return NULL;
    }
    return r.body;
}

/* A number of the fault server's books (GET path), or -1. */
static long fault_stat(const char *path, const char *key)
{
    char *text = fault_text(path, NULL);
    cJSON *doc = text != NULL ? cJSON_Parse(text) : NULL;
    const cJSON *v = cJSON_GetObjectItem(doc, key);
    long n = cJSON_IsNumber(v) ? (long)cJSON_GetNumberValue(v) : -1;
    cJSON_Delete(doc);
    free(text);
    return n;
}

static void fault_switch(bool on)
{
    free(fault_text("/faults", on ? "{\"enabled\":true}" : "{\"enabled\":false}"));
    free(fault_text("/batch/faults", on ? "{\"enabled\":true}" : "{\"enabled\":false}"));
}

/* Marks in seen[] the ids of set that the fault server accepted; returns how many, and in *other
 * the ids with the run's tag that are not of the set's form. */
static int fault_ids(int set, unsigned char *seen, int n, int *other)
{
    char path[64];
    snprintf(path, sizeof path, "/ids?prefix=%08x-%04x-", run_tag, set);
    char *text = fault_text(path, NULL);
    int count = 0;
    *other = 0;
    for (char *line = text, *nl; line != NULL && (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
        *nl = '\0';
        int i = index_of(line, set);
        if (i >= 0 && i < n && !seen[i]) {
            seen[i] = 1;
            count++;
        } else {
            (*other)++;
        }
    }
    free(text);
    return text != NULL ? count : -1;
}

static int start_fault_server(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) != 0 || getsockname(s, (struct sockaddr *)&a, &len) != 0) {
        if (s >= 0) close(s);
        return -1;
    }
    close(s);
    char port[16];
    snprintf(port, sizeof port, "%d", ntohs(a.sin_port));
    snprintf(fault_url, sizeof fault_url, "http://127.0.0.1:%s", port);
    fault_pid = fork();
    if (fault_pid < 0) return -1;
    if (fault_pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM); /* it goes when this program does, however it ends */
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        /* Its listen backlog raised from socketserver's 5: 100 connections opened at once would
         * otherwise find the accept queue full, and some wait for the kernel's SYN-ACK retries. */
        execl("/usr/bin/python3", "python3", "-c",
              "import sys; sys.path.insert(0, 'tests/servers'); import fault_server; "
              "fault_server.Server.request_queue_size = 1024; sys.argv[0] = 'fault_server.py'; fault_server.main()",
              port, "20261124", (char *)NULL);
        _exit(127);
    }
    for (int i = 0; i < 300; i++) {
        char *text = fault_text("/stats", NULL);
        free(text);
        if (text != NULL) return 0;
        if (waitpid(fault_pid, NULL, WNOHANG) == fault_pid) {
            fault_pid = -1;
            return -1;
        }
        sleep_ms(100);
    }
    return -1;
}

static void stop_fault_server(void)
{
    if (fault_pid <= 0) return;
    kill(fault_pid, SIGTERM);
    waitpid(fault_pid, NULL, 0);
    fault_pid = -1;
}

/* --- WireMock cases: /case/<name> (tests/support/wiremock_case.h) ----------------------------------------- */

/* One answer for every request of a case. */
static void stub_always(const char *name, const char *response)
{
    char json[1024];
    snprintf(json, sizeof json, "{\"request\":{\"method\":\"POST\",\"url\":\"/case/%s\"},\"response\":%s}", name, response);
    CU_ASSERT_FATAL(wm_stub(json));
}

static long case_count(const char *name)
{
    char pattern[256];
    snprintf(pattern, sizeof pattern, "{\"method\":\"POST\",\"url\":\"/case/%s\"}", name);
    return wm_count(pattern);
}

static void case_url(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/case/%s", wm_url(), name);
}

/* --- clients and events ---------------------------------------------------------------------------------- */

static apic_client *new_client(const char *base, apic_retry_policy retry, long timeout_ms, size_t max_in_flight,
                               bool dead_letters)
{
    static apic_dead_letter dl;
    dl = (apic_dead_letter){dead_path, false, 0, 0, NULL, NULL, false};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = base;
    cfg.token = "faults-token";
    cfg.hmac_secret = "faults-secret"; /* each attempt signed anew */
    cfg.timeout_ms = timeout_ms;
    cfg.retry = retry;
    if (dead_letters) cfg.dead_letter = &dl;
    esauti_client *c = NULL;
    esauti_error err = {0};
    int rc = esauti_client_new(&cfg, &c, &err);
    if (rc != 0) fprintf(stderr, "\nclient: %s\n", err.message);
    esauti_error_clear(&err);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    if (max_in_flight > 0) {
        apic_async_options ao = {.max_in_flight = max_in_flight};
        CU_ASSERT_EQUAL_FATAL(apic_async_configure(c, &ao, NULL), 0);
    }
    return c;
}

/* The envelope of customer.created event id about customer, as apic_event_send() makes it. */
static int encode_event(const char *id, const char *customer, apic_buf *out)
{
    esauti_customer_created_data d;
    memset(&d, 0, sizeof d);
    d.customer_id = (char *)customer;
    d.created_at = "2026-03-14T09:26:53Z";
    d.source.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_API;
    esauti_event_identity who = {.customer_id = customer};
    esauti_event_options o = {id, NULL, NULL, 0, NULL};
    esauti_error err = {0};
    int rc = apic_event_encode(&esauti_event_registry, ESAUTI_EVENT_CUSTOMER_CREATED, &who, &d, &o, out, &err);
    if (rc != 0) fprintf(stderr, "\nencode: %s\n", err.message);
    esauti_error_clear(&err);
    return rc;
}

/* The request body of a call, kept until its callback has run. apic_call_async() should copy
 * opts->body and opts->headers before it returns (apic/async.h), but it borrows them (see
 * test_options_read_before_return, the last test): the calls of the other tests keep them. */
typedef struct held {
    apic_buf body;
    apic_async_callback cb;
    void *user_data;
} held;

static void then_release(void *user_data, int rc, void *result, apic_error *err)
{
    held *h = user_data;
    h->cb(h->user_data, rc, result, err);
    apic_buf_free(&h->body);
    free(h);
}

/* Posts body (taken: freed after the callback, or now when the call does not start) to url. */
static int start_raw(apic_client *c, const apic_operation *op, const char *url, apic_buf *body, const apic_retry_policy *retry,
                     long timeout_ms, const char *key, apic_async_callback cb, void *user_data, apic_async_call **call)
{
    held *h = calloc(1, sizeof *h);
    if (h == NULL) {
        apic_buf_free(body);
        return APIC_E_NOMEM;
    }
    h->body = *body;
    memset(body, 0, sizeof *body);
    h->cb = cb;
    h->user_data = user_data;
    apic_header source = {esauti_event_registry.source_header, "sdk"}; /* both static: nothing to keep */
    apic_request_options ro;
    memset(&ro, 0, sizeof ro);
    ro.url = url;
    ro.headers = &source;
    ro.n_headers = 1;
    ro.body = h->body.data;
    ro.body_len = h->body.len;
    ro.retry = retry;
    ro.timeout_ms = timeout_ms;
    ro.idempotency_key = key;
    ro.is_event = op == &esauti_events_ingest_op;
    esauti_error err = {0};
    int rc = apic_call_async(c, op, NULL, NULL, &ro, then_release, h, call, &err);
    if (rc != 0) {
        fprintf(stderr, "\napic_call_async: %s\n", err.message);
        apic_buf_free(&h->body);
        free(h);
    }
    esauti_error_clear(&err);
    return rc;
}

/* apic_event_send() without blocking: the envelope posted to url by the ingest operation, the
 * event id as its idempotency key, dead-lettered on failure (is_event). */
static int send_event_async(apic_client *c, const char *url, const char *id, const apic_retry_policy *retry,
                            long timeout_ms, apic_async_callback cb, void *user_data, apic_async_call **call)
{
    char customer[48];
    snprintf(customer, sizeof customer, "cus_%s", id + 24);
    apic_buf env = {0};
    int rc = encode_event(id, customer, &env);
    if (rc != 0) {
        apic_buf_free(&env);
        return rc;
    }
    return start_raw(c, &esauti_events_ingest_op, url, &env, retry, timeout_ms, id, cb, user_data, call);
}

/* What one call's callback saw. */
typedef struct outcome {
    int calls; /* must end at 1 */
    int rc;
    int attempts;
    int http_status;
    int threads; /* of the process, inside the callback */
    long long at;
    bool dead_lettered;
    int receipt_status; /* ESAUTI_EVENT_RECEIPT_STATUS_*, 0 without a receipt */
    char receipt_id[40];
    char message[160];
} outcome;

static void note(outcome *o, int rc, apic_error *err)
{
    o->calls++;
    o->rc = rc;
    o->attempts = err->attempts;
    o->http_status = err->http_status;
    o->at = now_ms();
    o->dead_lettered = rc != 0 && strstr(err->message, "; dead-lettered") != NULL;
    snprintf(o->message, sizeof o->message, "%.159s", err->message);
}

static void on_receipt(void *user_data, int rc, void *result, apic_error *err)
{
    outcome *o = user_data;
    note(o, rc, err);
    o->threads = threads();
    esauti_event_receipt *r = result;
    if (r != NULL) {
        snprintf(o->receipt_id, sizeof o->receipt_id, "%s", r->id != NULL ? r->id : "");
        o->receipt_status = (int)r->status.value;
    }
    esauti_event_receipt_free(r);
}

/* --- 1. 1,000 calls at once from one thread --------------------------------------------------------------- */

static void test_thousand_at_once(void)
{
    CU_ASSERT_FATAL(fault_pid > 0);
    fault_switch(false);
    char url[128];
    snprintf(url, sizeof url, "%s/api/integrations/events", fault_url);
    long requests_before = fault_stat("/stats", "requests");
    int before = threads();
    CU_ASSERT_EQUAL(before, 1);
    apic_client *c = new_client(fault_url, (apic_retry_policy){APIC_NO_RETRY, 0, 0, 0, 0}, 30000, 100, false);
    static outcome o[MANY];
    static char ids[MANY][37];
    memset(o, 0, sizeof o);
    long long t0 = now_ms();
    int started = 0;
    for (int i = 0; i < MANY; i++) {
        event_id(ids[i], 1, i);
        started += send_event_async(c, url, ids[i], NULL, 0, on_receipt, &o[i], NULL) == 0;
    }
    long long t_started = now_ms();
    CU_ASSERT_EQUAL(started, MANY);
    CU_ASSERT_EQUAL(apic_async_pending(c), (size_t)MANY);
    CU_ASSERT_EQUAL(fault_stat("/stats", "requests"), requests_before); /* nothing sent before the loop runs */
    CU_ASSERT_EQUAL(threads(), before);
    int left = apic_async_run(c, -1);
    long long t_run = now_ms();
    CU_ASSERT_EQUAL(left, 0);
    CU_ASSERT_EQUAL(apic_async_pending(c), 0);
    int once = 0, right = 0, one_thread = 0;
    for (int i = 0; i < MANY; i++) {
        once += o[i].calls == 1;
        right += o[i].rc == 0 && o[i].attempts == 1 && o[i].http_status == 202 && strcmp(o[i].receipt_id, ids[i]) == 0 &&
                 o[i].receipt_status == ESAUTI_EVENT_RECEIPT_STATUS_ACCEPTED;
        one_thread += o[i].threads == 1;
        if (o[i].rc != 0) fprintf(stderr, "\ncall %d: %d %s\n", i, o[i].rc, o[i].message);
    }
    CU_ASSERT_EQUAL(once, MANY);
    CU_ASSERT_EQUAL(right, MANY);
    CU_ASSERT_EQUAL(one_thread, MANY); /* no thread of the SDK's, inside any callback */
    CU_ASSERT_EQUAL(threads(), 1);
    apic_client_free(c);
    CU_ASSERT_EQUAL(threads(), 1);

    /* The server holds exactly the 1,000 ids sent, each once. */
    static unsigned char seen[MANY];
    memset(seen, 0, sizeof seen);
    int other = 0;
    CU_ASSERT_EQUAL(fault_ids(1, seen, MANY, &other), MANY);
    CU_ASSERT_EQUAL(other, 0);
    CU_ASSERT_EQUAL(fault_stat("/stats", "requests") - requests_before, MANY);
    CU_ASSERT_EQUAL(fault_stat("/stats", "duplicates"), 0);
    printf("\n  1,000 events started in %lld ms, all answered %lld ms later by one apic_async_run() (at most 100 in "
           "flight); threads: %d before, %d in every callback\n",
           t_started - t0, t_run - t_started, before, one_thread == MANY ? 1 : -1);
}

/* --- 2. retries and timeouts: the books ------------------------------------------------------------------------- */

/* The ids of the records of the dead-letter file, marked in seen[] (set `set`); returns the records. */
static int dead_letter_ids(int set, unsigned char *seen, int n)
{
    FILE *f = fopen(dead_path, "r");
    char line[16384];
    int records = 0;
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        records++;
        const char *k = strstr(line, "\"idempotency_key\":\"");
        if (k == NULL) continue;
        char id[37];
        snprintf(id, sizeof id, "%s", k + 19);
        int i = index_of(id, set);
        if (i >= 0 && i < n) seen[i] = 1;
    }
    if (f != NULL) fclose(f);
    return records;
}

static void test_events_through_faults_books_balance(void)
{
    CU_ASSERT_FATAL(fault_pid > 0);
    enum { N = 500 };
    fault_switch(true);
    unlink(dead_path);
    char url[128];
    snprintf(url, sizeof url, "%s/api/integrations/events", fault_url);
    long req0 = fault_stat("/stats", "requests"), s503_0 = fault_stat("/stats", "served_503");
    long rb0 = fault_stat("/stats", "resets_before"), ra0 = fault_stat("/stats", "resets_after");
    long dup0 = fault_stat("/stats", "duplicates");
    /* One retry, so that some events fail twice and are dead-lettered: both sides of the books. */
    apic_retry_policy retry = {1, 100, 400, 2500, 0};
    apic_client *c = new_client(fault_url, retry, 5000, 100, true);
    static outcome o[N];
    static char ids[N][37];
    memset(o, 0, sizeof o);
    long long t0 = now_ms();
    for (int i = 0; i < N; i++) {
        event_id(ids[i], 2, i);
        CU_ASSERT_EQUAL(send_event_async(c, url, ids[i], NULL, 0, on_receipt, &o[i], NULL), 0);
    }
    CU_ASSERT_EQUAL(apic_async_run(c, -1), 0);
    long long elapsed = now_ms() - t0;
    int once = 0, delivered = 0, dead_lettered = 0, other = 0, retried = 0;
    long attempts = 0;
    static unsigned char dl_expected[N];
    memset(dl_expected, 0, sizeof dl_expected);
    for (int i = 0; i < N; i++) {
        once += o[i].calls == 1;
        attempts += o[i].attempts;
        retried += o[i].attempts > 1;
        if (o[i].rc == 0 && strcmp(o[i].receipt_id, ids[i]) == 0) {
            delivered++;
        } else if (o[i].dead_lettered) {
            dead_lettered++;
            dl_expected[i] = 1;
        } else {
            other++;
            fprintf(stderr, "\nevent %d: rc %d, %s\n", i, o[i].rc, o[i].message);
        }
    }
    long requests = fault_stat("/stats", "requests") - req0, served_503 = fault_stat("/stats", "served_503") - s503_0;
    long resets_after = fault_stat("/stats", "resets_after") - ra0;
    long resets = fault_stat("/stats", "resets_before") - rb0 + resets_after;
    long duplicates = fault_stat("/stats", "duplicates") - dup0;

    static unsigned char at_server[N], in_file[N];
    memset(at_server, 0, sizeof at_server);
    memset(in_file, 0, sizeof in_file);
    int stray = 0;
    int unique = fault_ids(2, at_server, N, &stray);
    int records = dead_letter_ids(2, in_file, N);
    int lost = 0, delivered_not_at_server = 0, file_mismatch = 0;
    for (int i = 0; i < N; i++) {
        lost += !at_server[i] && !in_file[i];
        delivered_not_at_server += o[i].rc == 0 && !at_server[i];
        file_mismatch += in_file[i] != dl_expected[i];
    }
    printf("\n  books: sent %d, delivered %d, dead-lettered %d, lost %d; %ld attempts (%d events retried), server: %ld "
           "requests, 503s %ld, resets %ld, ids accepted twice %ld (answers lost to a reset: %ld); %lld ms\n",
           N, delivered, dead_lettered, lost, attempts, retried, requests, served_503, resets, duplicates, resets_after,
           elapsed);
    CU_ASSERT_EQUAL(once, N);
    CU_ASSERT_EQUAL(other, 0);
    CU_ASSERT_EQUAL(delivered + dead_lettered, N); /* sent = delivered + dead-lettered */
    CU_ASSERT_EQUAL(records, dead_lettered);       /* one record per dead-lettered event ... */
    CU_ASSERT_EQUAL(file_mismatch, 0);             /* ... and exactly those */
    CU_ASSERT_EQUAL(lost, 0);
    CU_ASSERT_EQUAL(delivered_not_at_server, 0);
    CU_ASSERT_EQUAL(stray, 0);
    CU_ASSERT(unique >= delivered);
    /* Every attempt reached the server (libcurl may send a request again, once, when a reused
     * connection was reset before any answer); an id accepted twice only follows a lost answer. */
    CU_ASSERT(requests >= attempts && requests <= attempts + resets);
    CU_ASSERT(duplicates <= resets_after);
    CU_ASSERT(served_503 > 0 && resets > 0 && retried > 0); /* the faults did happen */

    /* The faults stop; the dead letters go again (blocking replay): the server then has them all. */
    fault_switch(false);
    apic_replay_report rep;
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_dead_letter_replay(c, dead_path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, (size_t)dead_lettered);
    CU_ASSERT_EQUAL(rep.kept, 0);
    memset(at_server, 0, sizeof at_server);
    CU_ASSERT_EQUAL(fault_ids(2, at_server, N, &stray), N);
    esauti_error_clear(&err);
    apic_client_free(c);
    unlink(dead_path);
}

/* A batch of events: the SDK makes its idempotency key (POST without one given), which each retry
 * must repeat: the fault server counts keys, reuses and mismatches (the same key, other events). */
static void on_batch(void *user_data, int rc, void *result, apic_error *err)
{
    outcome *o = user_data;
    note(o, rc, err);
    esauti_event_batch_receipt *r = result;
    if (r != NULL) o->receipt_status = (int)r->receipts.count;
    esauti_event_batch_receipt_free(r);
}

static void test_batches_keep_one_key_per_call(void)
{
    CU_ASSERT_FATAL(fault_pid > 0);
    enum { BATCHES = 40, PER = 10 };
    fault_switch(true);
    char url[128];
    snprintf(url, sizeof url, "%s/api/integrations/events/batch", fault_url);
    long keys0 = fault_stat("/batch/stats", "keys"), req0 = fault_stat("/batch/stats", "requests");
    long mism0 = fault_stat("/batch/stats", "key_mismatches"), bad0 = fault_stat("/batch/stats", "bad_request");
    long res0 = fault_stat("/batch/stats", "resets_before") + fault_stat("/batch/stats", "resets_after");
    apic_client *c = new_client(fault_url, (apic_retry_policy){5, 50, 200, 2500, 0}, 5000, 16, false);
    static outcome o[BATCHES];
    memset(o, 0, sizeof o);
    for (int b = 0; b < BATCHES; b++) {
        apic_buf body = {0};
        int rc = apic_buf_append(&body, "{\"events\":[", 11);
        for (int i = 0; i < PER && rc == 0; i++) {
            char id[37], customer[48];
            event_id(id, 3, b * PER + i);
            snprintf(customer, sizeof customer, "cus_%s", id + 24);
            if (i > 0) rc = apic_buf_append(&body, ",", 1);
            if (rc == 0) rc = encode_event(id, customer, &body);
        }
        if (rc == 0) rc = apic_buf_append(&body, "]}", 2);
        CU_ASSERT_EQUAL_FATAL(rc, 0);
        /* No key given: the SDK makes one for the POST, once for all its attempts. */
        CU_ASSERT_EQUAL(start_raw(c, &esauti_events_ingest_batch_op, url, &body, NULL, 0, NULL, on_batch, &o[b], NULL), 0);
    }
    CU_ASSERT_EQUAL(apic_async_run(c, -1), 0);
    apic_client_free(c);
    int once = 0, ok = 0;
    long attempts = 0;
    for (int b = 0; b < BATCHES; b++) {
        once += o[b].calls == 1;
        ok += o[b].rc == 0 && o[b].receipt_status == PER;
        attempts += o[b].attempts;
        if (o[b].rc != 0) fprintf(stderr, "\nbatch %d: %s\n", b, o[b].message);
    }
    long keys = fault_stat("/batch/stats", "keys") - keys0, requests = fault_stat("/batch/stats", "requests") - req0;
    long mismatches = fault_stat("/batch/stats", "key_mismatches") - mism0;
    long bad = fault_stat("/batch/stats", "bad_request") - bad0;
    long resets = fault_stat("/batch/stats", "resets_before") + fault_stat("/batch/stats", "resets_after") - res0;
    printf("\n  batches: %d calls, %ld attempts; server: %ld requests, %ld keys, %ld mismatches, %ld resets\n", BATCHES,
           attempts, requests, keys, mismatches, resets);
    CU_ASSERT_EQUAL(once, BATCHES);
    CU_ASSERT_EQUAL(ok, BATCHES);
    CU_ASSERT_EQUAL(keys, BATCHES); /* one key per call ... */
    CU_ASSERT_EQUAL(mismatches, 0); /* ... always with the same events */
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT(requests >= attempts && requests <= attempts + resets);
    CU_ASSERT(attempts > BATCHES); /* some were retried */
    fault_switch(false);
}

/* WireMock: 503 twice, then 202; one key on every attempt. */
static void test_503_twice_then_ok(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_case("async-flaky", "{\"status\":503}", 2, OK);
    char url[160], id[37];
    case_url(url, sizeof url, "async-flaky");
    event_id(id, 4, 1);
    apic_client *c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 2500, 0}, 5000, 0, true);
    outcome o = {0};
    CU_ASSERT_EQUAL(send_event_async(c, url, id, NULL, 0, on_receipt, &o, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, -1), 0);
    apic_client_free(c);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, 0);
    CU_ASSERT_EQUAL(o.attempts, 3);
    CU_ASSERT_EQUAL(o.http_status, 202);
    CU_ASSERT_STRING_EQUAL(o.receipt_id, RECEIPT_ID);
    journal j = journal_of("async-flaky");
    CU_ASSERT_EQUAL(j.n, 3);
    for (int i = 0; i < j.n; i++) CU_ASSERT_STRING_EQUAL(j.keys[i], id);
    for (int i = 1; i < j.n; i++) {
        double gap = j.at_ms[i] - j.at_ms[i - 1];
        if (gap < 75 || gap > 1000) fprintf(stderr, "\n%.0f ms between attempts %d and %d\n", gap, i, i + 1);
        CU_ASSERT(gap >= 75 && gap <= 1000); /* the backoff: 75-100% of 100 ms, then of 200 ms */
    }
}

/* WireMock: every answer later than the attempt's timeout: APIC_E_TIMEOUT after 2 attempts, dead-lettered. */
static void test_delay_beyond_the_timeout(void)
{
    CU_ASSERT_FATAL(wm_reset());
    unlink(dead_path);
    stub_always("async-slow", "{\"status\":202,\"fixedDelayMilliseconds\":3000,\"body\":\"late\"}");
    char url[160], id[37];
    case_url(url, sizeof url, "async-slow");
    event_id(id, 4, 2);
    apic_client *c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 2500, 0}, 5000, 0, true);
    apic_retry_policy once_more = {1, 100, 400, 2500, 0};
    outcome o = {0};
    long long t0 = now_ms();
    /* The call's own timeout (500 ms) and policy (one retry), not the client's. */
    CU_ASSERT_EQUAL(send_event_async(c, url, id, &once_more, 500, on_receipt, &o, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, -1), 0);
    long long took = now_ms() - t0;
    apic_client_free(c);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, APIC_E_TIMEOUT);
    CU_ASSERT_EQUAL(o.attempts, 2);
    CU_ASSERT_TRUE(o.dead_lettered);
    CU_ASSERT_EQUAL(lines_in(dead_path), 1);
    CU_ASSERT(took >= 2 * 500 + 75 && took < 2900); /* two timeouts and a backoff, never the 3 s delay */
    journal j = journal_of("async-slow");
    CU_ASSERT_EQUAL(j.n, 2);
    for (int i = 0; i < j.n; i++) CU_ASSERT_STRING_EQUAL(j.keys[i], id);
    unlink(dead_path);
}

/* WireMock: 429 with Retry-After: 1; another call on the same client completes during the wait. */
static void test_429_retry_after_is_a_timer(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_case("async-busy", "{\"status\":429,\"headers\":{\"Retry-After\":\"1\"}}", 1, OK);
    char quick_ok[512];
    snprintf(quick_ok, sizeof quick_ok,
             "{\"status\":202,\"fixedDelayMilliseconds\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
             "\"body\":\"%s\"}",
             RECEIPT);
    stub_always("async-meanwhile", quick_ok);
    char busy_url[160], quick_url[160], busy_id[37], quick_id[37];
    case_url(busy_url, sizeof busy_url, "async-busy");
    case_url(quick_url, sizeof quick_url, "async-meanwhile");
    event_id(busy_id, 4, 3);
    event_id(quick_id, 4, 4);
    apic_client *c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 2500, 0}, 5000, 0, false);
    outcome busy = {0}, quick = {0};
    long long t0 = now_ms();
    CU_ASSERT_EQUAL(send_event_async(c, busy_url, busy_id, NULL, 0, on_receipt, &busy, NULL), 0);
    /* Until the 429 is in: the call then waits to retry. */
    while (case_count("async-busy") < 1 && now_ms() - t0 < 5000) apic_async_run(c, 20);
    apic_async_run(c, 100);
    long long t_quick = now_ms();
    CU_ASSERT_EQUAL(send_event_async(c, quick_url, quick_id, NULL, 0, on_receipt, &quick, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, -1), 0);
    apic_client_free(c);
    CU_ASSERT_EQUAL(busy.calls, 1);
    CU_ASSERT_EQUAL(busy.rc, 0);
    CU_ASSERT_EQUAL(busy.attempts, 2);
    CU_ASSERT_EQUAL(quick.calls, 1);
    CU_ASSERT_EQUAL(quick.rc, 0);
    journal j = journal_of("async-busy");
    CU_ASSERT_EQUAL_FATAL(j.n, 2);
    double gap = j.at_ms[1] - j.at_ms[0];
    printf("\n  429 with Retry-After: 1: retried %.0f ms later; the other call answered %lld ms after it started, %lld ms "
           "before the retried one\n",
           gap, quick.at - t_quick, busy.at - quick.at);
    CU_ASSERT(gap >= 990 && gap <= 1600);
    CU_ASSERT_STRING_EQUAL(j.keys[0], busy_id);
    CU_ASSERT_STRING_EQUAL(j.keys[1], busy_id);
    /* The loop was not asleep: the other call (200 ms at the server) ended well before the retry. */
    CU_ASSERT(quick.at < busy.at - 300);
}

/* --- 3. cancellation ------------------------------------------------------------------------------------------- */

static void test_cancel_before_sending(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_always("async-never", OK);
    char url[160], id[37];
    case_url(url, sizeof url, "async-never");
    event_id(id, 5, 1);
    apic_client *c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 2500, 0}, 5000, 0, true);
    unlink(dead_path);
    outcome o = {0};
    apic_async_call *call = NULL;
    CU_ASSERT_EQUAL_FATAL(send_event_async(c, url, id, NULL, 0, on_receipt, &o, &call), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(call);
    CU_ASSERT_EQUAL(o.calls, 0); /* never from inside apic_call_async() */
    CU_ASSERT_EQUAL(apic_async_cancel(call), 0);
    CU_ASSERT_EQUAL(o.calls, 1); /* before apic_async_cancel() returned */
    CU_ASSERT_EQUAL(o.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(o.attempts, 0);
    CU_ASSERT_EQUAL(apic_async_pending(c), 0);
    CU_ASSERT_EQUAL(apic_async_run(c, 200), 0);
    apic_client_free(c);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(case_count("async-never"), 0);
    CU_ASSERT_EQUAL(lines_in(dead_path), 0); /* a cancelled event is not dead-lettered */
}

static void test_cancel_while_sending(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_always("async-hanging", "{\"status\":202,\"fixedDelayMilliseconds\":5000}");
    char url[160], id[37];
    case_url(url, sizeof url, "async-hanging");
    event_id(id, 5, 2);
    apic_client *c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 2500, 0}, 10000, 0, true);
    unlink(dead_path);
    outcome o = {0};
    apic_async_call *call = NULL;
    long long t0 = now_ms();
    CU_ASSERT_EQUAL_FATAL(send_event_async(c, url, id, NULL, 0, on_receipt, &o, &call), 0);
    while (case_count("async-hanging") < 1 && now_ms() - t0 < 4000) CU_ASSERT_EQUAL(apic_async_run(c, 20), 1);
    CU_ASSERT_EQUAL_FATAL(case_count("async-hanging"), 1);
    CU_ASSERT_EQUAL(o.calls, 0);
    CU_ASSERT_EQUAL(apic_async_cancel(call), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(o.attempts, 1);
    CU_ASSERT_EQUAL(apic_async_pending(c), 0);
    long long t1 = now_ms();
    CU_ASSERT_EQUAL(apic_async_run(c, 300), 0); /* nothing left: returns at once */
    sleep_ms(300);
    CU_ASSERT_EQUAL(apic_async_run(c, 0), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(case_count("async-hanging"), 1); /* not sent again */
    CU_ASSERT(t1 - t0 < 4500);                       /* did not wait for the answer */
    apic_client_free(c);
    CU_ASSERT_EQUAL(lines_in(dead_path), 0);
}

static void test_cancel_while_waiting_to_retry(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_always("async-later", "{\"status\":503,\"headers\":{\"Retry-After\":\"5\"}}");
    char url[160], id[37];
    case_url(url, sizeof url, "async-later");
    event_id(id, 5, 3);
    apic_client *c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 10000, 0}, 5000, 0, true);
    unlink(dead_path);
    outcome o = {0};
    apic_async_call *call = NULL;
    long long t0 = now_ms();
    CU_ASSERT_EQUAL_FATAL(send_event_async(c, url, id, NULL, 0, on_receipt, &o, &call), 0);
    while (case_count("async-later") < 1 && now_ms() - t0 < 4000) apic_async_run(c, 20);
    CU_ASSERT_EQUAL_FATAL(case_count("async-later"), 1);
    CU_ASSERT_EQUAL(apic_async_run(c, 200), 1); /* the 503 is in: the call waits its 5 s */
    CU_ASSERT_EQUAL(o.calls, 0);
    CU_ASSERT_EQUAL(apic_async_cancel(call), 0);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(o.attempts, 1);
    CU_ASSERT_FALSE(o.dead_lettered);
    long long t1 = now_ms();
    while (now_ms() - t1 < 300) apic_async_run(c, 50);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(case_count("async-later"), 1);
    CU_ASSERT(now_ms() - t0 < 4500); /* the 5 s wait was cut short */
    apic_client_free(c);
    CU_ASSERT_EQUAL(lines_in(dead_path), 0);
}

/* --- 4. threads and callbacks ------------------------------------------------------------------------------------ */

typedef struct cross {
    apic_client *c;
    char url[160];
    outcome quick;
    long long started_at;
    apic_async_call *slow; /* cancelled by the quick call's callback while its callback has not run */
    outcome slow_o;
} cross;

static cross x;

static void quick_done(void *user_data, int rc, void *result, apic_error *err)
{
    on_receipt(user_data, rc, result, err);
    if (x.slow != NULL) apic_async_cancel(x.slow); /* a callback may cancel another call */
}

static void slow_done(void *user_data, int rc, void *result, apic_error *err)
{
    x.slow = NULL;
    on_receipt(user_data, rc, result, err);
}

static void *start_from_another_thread(void *arg)
{
    (void)arg;
    sleep_ms(150); /* the loop thread is waiting in poll() by now */
    char id[37];
    event_id(id, 6, 2);
    x.started_at = now_ms();
    send_event_async(x.c, x.url, id, NULL, 0, quick_done, &x.quick, NULL);
    return NULL;
}

static void test_call_from_another_thread(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_always("async-slow-thread", "{\"status\":202,\"fixedDelayMilliseconds\":4000}");
    stub_always("async-quick-thread", OK);
    memset(&x, 0, sizeof x);
    x.c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 2500, 0}, 10000, 0, false);
    case_url(x.url, sizeof x.url, "async-quick-thread");
    char slow_url[160], id[37];
    case_url(slow_url, sizeof slow_url, "async-slow-thread");
    event_id(id, 6, 1);
    CU_ASSERT_EQUAL_FATAL(send_event_async(x.c, slow_url, id, NULL, 0, slow_done, &x.slow_o, &x.slow), 0);
    pthread_t t;
    long long t0 = now_ms();
    CU_ASSERT_EQUAL_FATAL(pthread_create(&t, NULL, start_from_another_thread, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_run(x.c, -1), 0);
    long long took = now_ms() - t0;
    pthread_join(t, NULL);
    apic_client_free(x.c);
    printf("\n  a call from another thread answered %lld ms after it started (the loop was waiting on a 4 s call)\n",
           x.quick.at - x.started_at);
    CU_ASSERT_EQUAL(x.quick.calls, 1);
    CU_ASSERT_EQUAL(x.quick.rc, 0);
    CU_ASSERT(x.quick.at - x.started_at < 1000); /* woken, not left until the slow call ends */
    CU_ASSERT_EQUAL(x.slow_o.calls, 1);
    CU_ASSERT_EQUAL(x.slow_o.rc, APIC_E_CANCELLED);
    CU_ASSERT(took < 3500);
}

/* Bursts of calls from another thread while the loop thread waits on a long call: every burst must
 * be taken promptly, each wake-up seen. apic_async_run() is given 1 s at a time, so a wake-up
 * that is lost costs up to 1 s instead of the whole long call. */
enum { BURSTS = 150, BURST = 20 };

typedef struct bursts {
    apic_client *c;
    char url[160];
    atomic_int done;
    atomic_bool finished;
    int stalled;
    int sent;
    long long worst;
    int failed;
} bursts;

static void burst_done(void *user_data, int rc, void *result, apic_error *err)
{
    (void)err;
    bursts *b = user_data;
    if (rc != 0) b->failed++;
    esauti_event_receipt_free(result);
    atomic_fetch_add(&b->done, 1);
}

static void *burst_thread(void *arg)
{
    bursts *b = arg;
    int bursts_n = under_a_tool ? BURSTS / 5 : BURSTS;
    for (int r = 0; r < bursts_n; r++) {
        int target = atomic_load(&b->done) + BURST;
        long long t0 = now_ms();
        for (int i = 0; i < BURST; i++) {
            char id[37];
            event_id(id, 7, r * BURST + i);
            send_event_async(b->c, b->url, id, NULL, 0, burst_done, b, NULL);
        }
        while (atomic_load(&b->done) < target && now_ms() - t0 < 5000) sleep_ms(1);
        long long took = now_ms() - t0;
        if (took > b->worst) b->worst = took;
        if (took > 500) {
            b->stalled++;
            fprintf(stderr, "\nburst %d: answered after %lld ms\n", r, took);
            if (b->stalled == 3) break; /* enough to know: the rest would wait as long */
        }
        b->sent += BURST;
    }
    atomic_store(&b->finished, true);
    return NULL;
}

static outcome long_o;
static apic_async_call *long_call; /* until its callback */

static void long_done(void *user_data, int rc, void *result, apic_error *err)
{
    long_call = NULL;
    on_receipt(user_data, rc, result, err);
}

static void test_bursts_from_another_thread(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(fault_pid > 0);
    fault_switch(false);
    stub_always("async-long", "{\"status\":202,\"fixedDelayMilliseconds\":60000}");
    static bursts b;
    memset(&b, 0, sizeof b);
    b.c = new_client(wm_url(), (apic_retry_policy){APIC_NO_RETRY, 0, 0, 0, 0}, 120000, 0, false);
    snprintf(b.url, sizeof b.url, "%s/api/integrations/events", fault_url);
    char long_url[160], id[37];
    case_url(long_url, sizeof long_url, "async-long");
    event_id(id, 7, 99999);
    memset(&long_o, 0, sizeof long_o);
    CU_ASSERT_EQUAL_FATAL(send_event_async(b.c, long_url, id, NULL, 0, long_done, &long_o, &long_call), 0);
    pthread_t t;
    CU_ASSERT_EQUAL_FATAL(pthread_create(&t, NULL, burst_thread, &b), 0);
    while (!atomic_load(&b.finished)) apic_async_run(b.c, 1000);
    pthread_join(t, NULL);
    if (long_call != NULL) CU_ASSERT_EQUAL(apic_async_cancel(long_call), 0);
    CU_ASSERT_EQUAL(apic_async_run(b.c, -1), 0);
    apic_client_free(b.c);
    int n = b.sent + (b.stalled == 3 ? BURST : 0);
    printf("\n  %d calls from another thread in bursts of %d: slowest burst %lld ms, %d over 500 ms\n", n, BURST, b.worst,
           b.stalled);
    CU_ASSERT_EQUAL(atomic_load(&b.done), n);
    CU_ASSERT_EQUAL(b.sent, (under_a_tool ? BURSTS / 5 : BURSTS) * BURST);
    CU_ASSERT_EQUAL(b.failed, 0);
    CU_ASSERT_EQUAL(b.stalled, 0);
    CU_ASSERT_EQUAL(long_o.calls, 1);
    CU_ASSERT_EQUAL(long_o.rc, APIC_E_CANCELLED);
}

/* A callback that starts the next call: five in a chain, all inside one apic_async_run(). */
typedef struct chain {
    apic_client *c;
    char url[160];
    outcome o[5];
    int next;
    bool inside_start; /* true while apic_call_async() runs */
    int called_inside;
} chain;

static void chain_done(void *user_data, int rc, void *result, apic_error *err)
{
    chain *ch = user_data;
    if (ch->inside_start) ch->called_inside++;
    on_receipt(&ch->o[ch->next], rc, result, err);
    if (++ch->next < 5) {
        char id[37];
        event_id(id, 8, ch->next);
        ch->inside_start = true;
        CU_ASSERT_EQUAL(send_event_async(ch->c, ch->url, id, NULL, 0, chain_done, ch, NULL), 0);
        ch->inside_start = false;
    }
}

static void test_callback_starts_a_call(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_always("async-chain", OK);
    static chain ch;
    memset(&ch, 0, sizeof ch);
    ch.c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 2500, 0}, 5000, 0, false);
    case_url(ch.url, sizeof ch.url, "async-chain");
    char id[37];
    event_id(id, 8, 0);
    ch.inside_start = true;
    CU_ASSERT_EQUAL(send_event_async(ch.c, ch.url, id, NULL, 0, chain_done, &ch, NULL), 0);
    ch.inside_start = false;
    CU_ASSERT_EQUAL(apic_async_run(ch.c, -1), 0);
    apic_client_free(ch.c);
    CU_ASSERT_EQUAL(ch.next, 5);
    CU_ASSERT_EQUAL(ch.called_inside, 0);
    for (int i = 0; i < 5; i++) {
        CU_ASSERT_EQUAL(ch.o[i].calls, 1);
        CU_ASSERT_EQUAL(ch.o[i].rc, 0);
    }
    CU_ASSERT_EQUAL(case_count("async-chain"), 5);
}

/* A callback that frees the client while calls are waiting to retry, sending, and queued. */
typedef struct freeing {
    apic_client *c;
    outcome o;
    int late_start; /* what apic_call_async() returned from a cancelled call's callback */
} freeing;

static freeing fr;

static void frees_client(void *user_data, int rc, void *result, apic_error *err)
{
    on_receipt(user_data, rc, result, err);
    apic_client_free(fr.c);
}

static void cancelled_then_starts(void *user_data, int rc, void *result, apic_error *err)
{
    on_receipt(user_data, rc, result, err);
    /* The client is being freed: no call starts. */
    static outcome never;
    esauti_error e = {0};
    apic_request_options ro;
    memset(&ro, 0, sizeof ro);
    ro.url = "http://127.0.0.1:9/never";
    ro.body = "{}";
    ro.body_len = 2;
    fr.late_start = apic_call_async(fr.c, &esauti_events_ingest_op, NULL, NULL, &ro, on_receipt, &never, NULL, &e);
    esauti_error_clear(&e);
}

static void test_callback_frees_the_client(void)
{
    CU_ASSERT_FATAL(wm_reset());
    stub_always("async-free-retry", "{\"status\":503,\"headers\":{\"Retry-After\":\"5\"}}");
    stub_always("async-free-sending", "{\"status\":202,\"fixedDelayMilliseconds\":5000}");
    stub_always("async-free-now", OK);
    stub_always("async-free-queued", OK);
    memset(&fr, 0, sizeof fr);
    /* Three in flight: the retrying, the sending and the freeing call; the others queue. */
    fr.c = new_client(wm_url(), (apic_retry_policy){3, 100, 400, 10000, 0}, 10000, 3, true);
    unlink(dead_path);
    char retry_url[160], sending_url[160], now_url[160], queued_url[160], id[37];
    case_url(retry_url, sizeof retry_url, "async-free-retry");
    case_url(sending_url, sizeof sending_url, "async-free-sending");
    case_url(now_url, sizeof now_url, "async-free-now");
    case_url(queued_url, sizeof queued_url, "async-free-queued");
    outcome retrying = {0}, sending = {0}, queued[3] = {{0}};
    event_id(id, 9, 1);
    CU_ASSERT_EQUAL_FATAL(send_event_async(fr.c, retry_url, id, NULL, 0, on_receipt, &retrying, NULL), 0);
    event_id(id, 9, 2);
    CU_ASSERT_EQUAL_FATAL(send_event_async(fr.c, sending_url, id, NULL, 0, on_receipt, &sending, NULL), 0);
    long long t0 = now_ms();
    while ((case_count("async-free-retry") < 1 || case_count("async-free-sending") < 1) && now_ms() - t0 < 4000) {
        apic_async_run(fr.c, 20);
    }
    CU_ASSERT_EQUAL(apic_async_run(fr.c, 200), 2); /* the 503 is in: one waits, one sends */
    event_id(id, 9, 3);
    CU_ASSERT_EQUAL_FATAL(send_event_async(fr.c, now_url, id, NULL, 0, frees_client, &fr.o, NULL), 0);
    for (int i = 0; i < 3; i++) {
        event_id(id, 9, 4 + i);
        CU_ASSERT_EQUAL_FATAL(
            send_event_async(fr.c, queued_url, id, NULL, 0, i == 0 ? cancelled_then_starts : on_receipt, &queued[i], NULL), 0);
    }
    CU_ASSERT_EQUAL(apic_async_run(fr.c, -1), APIC_E_STATE); /* the client is gone: not touched again */
    long long took = now_ms() - t0;
    CU_ASSERT_EQUAL(fr.o.calls, 1);
    CU_ASSERT_EQUAL(fr.o.rc, 0);
    CU_ASSERT_EQUAL(retrying.calls, 1);
    CU_ASSERT_EQUAL(retrying.rc, APIC_E_CANCELLED);
    CU_ASSERT_EQUAL(sending.calls, 1);
    CU_ASSERT_EQUAL(sending.rc, APIC_E_CANCELLED);
    for (int i = 0; i < 3; i++) {
        CU_ASSERT_EQUAL(queued[i].calls, 1);
        CU_ASSERT_EQUAL(queued[i].rc, APIC_E_CANCELLED);
        /* The first may have been admitted when the freeing call left its place: started, never sent. */
        CU_ASSERT(queued[i].attempts <= (i == 0 ? 1 : 0));
    }
    CU_ASSERT_EQUAL(fr.late_start, APIC_E_STATE);
    CU_ASSERT(took < 4500); /* neither the 5 s wait nor the 5 s answer was waited for */
    CU_ASSERT_EQUAL(case_count("async-free-retry"), 1);
    CU_ASSERT_EQUAL(case_count("async-free-sending"), 1);
    CU_ASSERT_EQUAL(case_count("async-free-now"), 1);
    CU_ASSERT_EQUAL(case_count("async-free-queued"), 0);
    CU_ASSERT_EQUAL(lines_in(dead_path), 0); /* cancelled calls are not dead-lettered */
    unlink(dead_path);
}

/* --- 5. what apic_call_async() reads ---------------------------------------------------------------------------- */

/* apic/async.h: "params, body and opts are read before this returns ... except for
 * opts->response_header and opts->response_header_value". So the caller may overwrite and free
 * the body bytes and the header strings it gave in opts as soon as the call is started. */
static void test_options_read_before_return(void)
{
    CU_ASSERT_FATAL(wm_reset());
    char id[37], url[160];
    event_id(id, 10, 1);
    case_url(url, sizeof url, "async-copied");
    apic_buf env = {0};
    CU_ASSERT_EQUAL_FATAL(encode_event(id, "cus_copied", &env), 0);
    char stub[1024];
    snprintf(stub, sizeof stub,
             "{\"request\":{\"method\":\"POST\",\"url\":\"/case/async-copied\",\"headers\":{\"X-Trace\":"
             "{\"equalTo\":\"trace-1\"}},\"bodyPatterns\":[{\"contains\":\"%s\"}]},\"response\":%s}",
             id, OK);
    CU_ASSERT_FATAL(wm_stub(stub));
    apic_client *c = new_client(wm_url(), (apic_retry_policy){APIC_NO_RETRY, 0, 0, 0, 0}, 5000, 0, false);
    char *body = malloc(env.len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(body);
    memcpy(body, env.data, env.len);
    char name[16] = "X-Trace", value[16] = "trace-1";
    apic_header trace = {name, value};
    apic_request_options ro;
    memset(&ro, 0, sizeof ro);
    ro.url = url;
    ro.headers = &trace;
    ro.n_headers = 1;
    ro.body = body;
    ro.body_len = env.len;
    ro.idempotency_key = id;
    outcome o = {0};
    CU_ASSERT_EQUAL_FATAL(apic_call_async(c, &esauti_events_ingest_op, NULL, NULL, &ro, on_receipt, &o, NULL, NULL), 0);
    /* The caller's buffers are its own again. */
    for (volatile char *v = body; v < body + env.len; v++) *v = 'x'; /* volatile: not elided before free() */
    free(body);
    snprintf(name, sizeof name, "X-Other");
    snprintf(value, sizeof value, "overwritten");
    CU_ASSERT_EQUAL(apic_async_run(c, -1), 0);
    apic_client_free(c);
    if (o.rc != 0) fprintf(stderr, "\nthe call: %s\n", o.message);
    CU_ASSERT_EQUAL(o.calls, 1);
    CU_ASSERT_EQUAL(o.rc, 0);
    CU_ASSERT_EQUAL(o.http_status, 202);
    CU_ASSERT_EQUAL(case_count("async-copied"), 1);
    apic_buf_free(&env);
}

/* --- the program ------------------------------------------------------------------------------------------------ */

static int suite_init(void)
{
    if (wm_url() == NULL) return 1;
    const char *under = getenv("APIC_TEST_UNDER");
    under_a_tool = under != NULL && *under != '\0';
    run_tag = ((unsigned)getpid() * 2654435761u) ^ (unsigned)time(NULL);
    snprintf(dead_path, sizeof dead_path, "build/async-dead-letters-%d.jsonl", (int)getpid());
    unlink(dead_path);
    return start_fault_server() == 0 && wm_reset() ? 0 : 1;
}

static int suite_clean(void)
{
    stop_fault_server();
    unlink(dead_path);
    return 0;
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"1,000 events at once from one thread: each callback once, every id at the server, no thread made",
         test_thousand_at_once},
        {"500 events through 503s and resets: sent = delivered + dead-lettered, none lost", test_events_through_faults_books_balance},
        {"batches through faults: one idempotency key per call, the same on every retry", test_batches_keep_one_key_per_call},
        {"503 twice, then 202: 3 attempts, one key", test_503_twice_then_ok},
        {"a delay beyond the call's timeout: APIC_E_TIMEOUT after 2 attempts, dead-lettered", test_delay_beyond_the_timeout},
        {"429 with Retry-After: 1 waits as a timer: another call completes meanwhile", test_429_retry_after_is_a_timer},
        {"cancelled before sending: callback once, nothing sent", test_cancel_before_sending},
        {"cancelled while sending: callback once, nothing sent again", test_cancel_while_sending},
        {"cancelled while waiting to retry: callback once, no second request", test_cancel_while_waiting_to_retry},
        {"a call from another thread wakes the loop", test_call_from_another_thread},
        {"bursts of calls from another thread: every wake-up seen", test_bursts_from_another_thread},
        {"a callback starts the next call", test_callback_starts_a_call},
        {"a callback frees the client: every pending call cancelled once, apic_async_run() says APIC_E_STATE",
         test_callback_frees_the_client},
        /* Last: ASan stops the program at a use after free, and this test finds one (see the report). */
        {"the body and headers given in opts are the caller's again once apic_call_async() returns",
         test_options_read_before_return},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"eSauti asynchronous calls (fault server, WireMock)", suite_init, suite_clean, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
