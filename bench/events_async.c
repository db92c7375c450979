/* Typed events over HTTP without blocking (apic/async.h): order.created, HMAC-signed, 64 calls in
 * flight from one thread, driven by the built-in loop (apic_async_run()), to a local server that
 * answers 202 (bench/run.sh starts nginx for it; wrk -t1 -c64 on the same location is the baseline).
 *
 *   events_async URL SECRET COUNT RUNS   prints VALUE|async_events_per_s|<median of RUNS runs> and
 *                                        VALUE|async_cpu_us_per_event|<median>: the process's CPU
 *                                        time (user + system, getrusage RUSAGE_SELF) over the
 *                                        timed sends, per event
 *
 * Each event costs what bench/events_http.c's blocking send costs (a new UUID and timestamp, the
 * envelope built and validated, the request signed, the receipt decoded), as the asynchronous form
 * of esauti_events_send_order_created(): apic_event_encode(), then apic_call_async() with the ingest
 * operation and the options apic_event_send() gives it (examples/esauti_async_libuv.c does the
 * same). 64 calls are started, and each callback starts the next until COUNT were: the client
 * always has 64 in flight (max_in_flight 64), as wrk -c64 has 64 connections busy. A run fails
 * unless every callback fired once, with a receipt. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <apic/async.h>
#include <esauti/esauti.h>

#include "bench.h"
#include "sample_order.h"

enum { MAX_RUNS = 15, IN_FLIGHT = 64 };

typedef struct bench {
    esauti_client *client;
    char events_url[512];
    const esauti_order_created_data *order;
    const esauti_event_identity *who;
    long count, started, done, failed;
} bench;

static void on_event(void *user_data, int rc, void *result, apic_error *err);

/* One event: checked and enveloped here, sent by the loop. */
static int start_one(bench *b)
{
    char id[37];
    apic_buf env = {0};
    esauti_error err = {0};
    int rc = apic_uuid_v4(id) == 0 ? 0 : APIC_E_NOMEM;
    esauti_event_options o = {.id = id, .source = "sdk"};
    if (rc == 0) rc = apic_event_encode(&esauti_event_registry, ESAUTI_EVENT_ORDER_CREATED, b->who, b->order, &o, &env, &err);
    if (rc == 0) {
        apic_header source = {esauti_event_registry.source_header, o.source};
        apic_request_options ro = {.url = b->events_url, .headers = &source, .n_headers = 1, .body = env.data,
                                   .body_len = env.len, .idempotency_key = id, .is_event = true};
        rc = apic_call_async(b->client, esauti_event_registry.ingest, NULL, NULL, &ro, on_event, b, NULL, &err);
    }
    if (rc != 0) fprintf(stderr, "events_async: not started: %s\n", err.message);
    apic_buf_free(&env);
    esauti_error_clear(&err);
    b->started++;
    if (rc != 0) { /* no callback will come for it */
        b->done++;
        b->failed++;
    }
    return rc;
}

/* A call ended: count it, and start the next one in its place while COUNT are not started. */
static void on_event(void *user_data, int rc, void *result, apic_error *err)
{
    bench *b = user_data;
    b->done++;
    if (rc != 0 || result == NULL) {
        if (b->failed++ < 3) fprintf(stderr, "events_async: %s (HTTP %d)\n", err->message, err->http_status);
    }
    esauti_event_receipt_free(result);
    if (b->started < b->count && b->failed == 0) start_one(b);
}

/* COUNT events, 64 at a time; 0 when all were delivered. */
static int run(bench *b, long count)
{
    b->count = count;
    b->started = b->done = b->failed = 0;
    for (int i = 0; i < IN_FLIGHT && b->started < count; i++) start_one(b);
    int left = apic_async_run(b->client, -1);
    if (left != 0 || b->done != b->started || b->failed != 0 || b->started != count) {
        fprintf(stderr, "events_async: apic_async_run() -> %d; %ld started, %ld done, %ld failed of %ld\n", left,
                b->started, b->done, b->failed, count);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s URL SECRET COUNT RUNS\n", argv[0]);
        return 2;
    }
    long count = atol(argv[3]);
    int runs = atoi(argv[4]);
    if (count <= 0 || runs <= 0 || runs > MAX_RUNS) return 2;

    bench b = {0};
    /* The endpoint the client's config would give (APIC_DEFAULT_EVENTS_ENDPOINT on URL's origin). */
    snprintf(b.events_url, sizeof b.events_url, "%s/api/integrations/events", argv[1]);
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.token = "bench-token";
    cfg.hmac_secret = argv[2];
    esauti_error err = {0};
    apic_async_options ao = {.max_in_flight = IN_FLIGHT}; /* no hooks: apic_async_run() drives the calls */
    if (esauti_client_new(&cfg, &b.client, &err) != 0 || apic_async_configure(b.client, &ao, &err) != 0) {
        fprintf(stderr, "events_async: %s\n", err.message);
        esauti_client_free(b.client);
        return 1;
    }
    esauti_order_created_data order = sample_order();
    esauti_event_identity who = sample_who();
    b.order = &order;
    b.who = &who;

    double rates[MAX_RUNS], cpu[MAX_RUNS];
    /* 640 events first, untimed: the 64 connections are open when the runs start. */
    int failed = run(&b, 10 * IN_FLIGHT);
    for (int r = 0; r < runs && !failed; r++) {
        double c0 = bench_cpu_seconds(), t0 = bench_now();
        failed = run(&b, count);
        rates[r] = (double)count / (bench_now() - t0);
        cpu[r] = (bench_cpu_seconds() - c0) * 1e6 / (double)count;
    }
    if (!failed) {
        printf("VALUE|async_events_per_s|%.0f\n", bench_median(rates, runs));
        printf("VALUE|async_cpu_us_per_event|%.3f\n", bench_median(cpu, runs));
    }
    esauti_client_free(b.client);
    return failed;
}
