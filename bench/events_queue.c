/* Typed events through the background queue (apic/queue.h): order.created enqueued one by one on
 * the caller's thread, posted by the queue's own thread in batches of 100, HMAC-signed, to a local
 * server that answers 202 with one receipt per event (bench/run.sh starts nginx for it).
 *
 *   events_queue URL SECRET COUNT RUNS   prints VALUE|queue_events_per_s|<median of RUNS runs>,
 *                                        VALUE|queue_cpu_us_per_event|<median> (the whole process:
 *                                        the caller's thread and the queue's, getrusage RUSAGE_SELF)
 *                                        and VALUE|queue_caller_cpu_us_per_event|<median> (the
 *                                        caller's thread alone, CLOCK_THREAD_CPUTIME_ID)
 *   events_queue answer                  prints nginx's directives answering a batch (bench/run.sh
 *                                        writes them where bench/nginx.conf.in includes them)
 *
 * A run times COUNT enqueues (COUNT a multiple of 100) and the flush after them: from the first
 * enqueue until the last batch's receipts are read. It fails unless every event was delivered.
 *
 * The ids. The queue matches each event to its receipt by id, and nginx can only give a fixed
 * answer, so the events carry their ids (opts.id): the k-th event of every batch has the k-th of
 * 100 fixed ids, and nginx's answer holds those 100 receipts in that order. Everything else is the
 * SDK's usual path: envelope (timestamp), validation, encoding and copy on the caller's thread; the
 * batch body, its idempotency key, signature and request, the answer decoded and every receipt
 * checked on the queue's. What giving the ids saves is one UUID (apic_uuid_v4, a few tens of ns
 * from a pool of random bytes) per event. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <esauti/esauti.h>

#include "bench.h"
#include "sample_order.h"

enum { MAX_RUNS = 15, BATCH = 100 };

static double thread_cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void id_of(char out[37], int k)
{
    snprintf(out, 37, "0b6f1c3e-8d0a-4f43-9a55-%012d", k);
}

/* nginx's answer to a batch of the BATCH ids, in order, as eSauti's EventBatchReceipt words it:
 * {"receipts":[{"id":...,"status":"accepted","received_at":...}, ...]}, 10.7 KB. nginx takes no
 * quoted string over 4 KB in its configuration, so the answer is set in pieces of 25 receipts and
 * returned joined. */
static void print_answer(void)
{
    enum { PIECE = 25 };
    for (int k = 0; k < BATCH; k++) {
        char id[37];
        id_of(id, k);
        if (k % PIECE == 0) printf("set $receipts%d '%s", k / PIECE, k == 0 ? "{\"receipts\":[" : "");
        printf("%s{\"id\":\"%s\",\"status\":\"accepted\",\"received_at\":\"2026-11-23T06:18:45.200Z\"}",
               k ? "," : "", id);
        if (k % PIECE == PIECE - 1) printf("%s';\n", k == BATCH - 1 ? "]}" : "");
    }
    printf("return 202 '");
    for (int p = 0; p < BATCH / PIECE; p++) printf("$receipts%d", p);
    printf("';\n");
}

/* The dead-letter sink the queue requires: nothing should reach it; counted, and the run fails. */
static int dead_letter(void *ctx, const apic_dead_letter_record *record)
{
    (void)record;
    (*(long *)ctx)++;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "answer") == 0) {
        print_answer();
        return 0;
    }
    if (argc != 5) {
        fprintf(stderr, "usage: %s URL SECRET COUNT RUNS | %s answer\n", argv[0], argv[0]);
        return 2;
    }
    long count = atol(argv[3]);
    int runs = atoi(argv[4]);
    if (count <= 0 || count % BATCH != 0 || runs <= 0 || runs > MAX_RUNS) return 2;

    long dead = 0;
    apic_dead_letter sink = {.callback = dead_letter, .ctx = &dead};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.token = "bench-token";
    cfg.hmac_secret = argv[2];
    cfg.dead_letter = &sink;
    esauti_client *c = NULL;
    esauti_error err = {0};
    esauti_queue_config q = ESAUTI_QUEUE_CONFIG_INIT; /* batches of 100, 10,000 events queued at most */
    q.block_timeout_ms = APIC_QUEUE_WAIT_FOREVER;     /* a full queue makes enqueue wait for room */
    if (esauti_client_new(&cfg, &c, &err) != 0 || esauti_events_queue_start(c, &q, &err) != 0) {
        fprintf(stderr, "events_queue: %s\n", err.message);
        esauti_client_free(c);
        return 1;
    }
    esauti_order_created_data order = sample_order();
    esauti_event_identity who = sample_who();
    char ids[BATCH][37];
    for (int k = 0; k < BATCH; k++) id_of(ids[k], k);

    double rates[MAX_RUNS], cpu[MAX_RUNS], caller[MAX_RUNS];
    int failed = 0;
    /* One batch first, untimed: the connection is open when the runs start. */
    for (int r = -1; r < runs && !failed; r++) {
        long n = r < 0 ? BATCH : count;
        esauti_queue_stats before, after;
        esauti_events_queue_stats(c, &before);
        double c0 = bench_cpu_seconds(), own0 = thread_cpu_seconds(), t0 = bench_now();
        for (long i = 0; i < n && !failed; i++) {
            esauti_event_options opts = {.id = ids[i % BATCH]};
            if (esauti_events_enqueue_order_created(c, &who, &order, &opts, &err) != 0) failed = 1;
        }
        if (!failed && esauti_events_flush(c, APIC_QUEUE_WAIT_FOREVER, &err) != 0) failed = 1;
        double t1 = bench_now(), own1 = thread_cpu_seconds(), c1 = bench_cpu_seconds();
        if (failed) {
            fprintf(stderr, "events_queue: %s\n", err.message);
            break;
        }
        esauti_events_queue_stats(c, &after);
        if (after.delivered - before.delivered != (unsigned long long)n || dead != 0) {
            fprintf(stderr, "events_queue: %llu of %ld events delivered, %ld dead-lettered\n",
                    after.delivered - before.delivered, n, dead);
            failed = 1;
        } else if (r >= 0) {
            rates[r] = (double)n / (t1 - t0);
            cpu[r] = (c1 - c0) * 1e6 / (double)n;
            caller[r] = (own1 - own0) * 1e6 / (double)n;
        }
    }
    if (!failed) {
        printf("VALUE|queue_events_per_s|%.0f\n", bench_median(rates, runs));
        printf("VALUE|queue_cpu_us_per_event|%.3f\n", bench_median(cpu, runs));
        printf("VALUE|queue_caller_cpu_us_per_event|%.3f\n", bench_median(caller, runs));
    }
    esauti_error_clear(&err);
    esauti_client_free(c);
    return failed;
}
