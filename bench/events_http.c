/* Typed events over HTTP: order.created, HMAC-signed, one at a time on a keep-alive connection,
 * to a local server that answers 202 (bench/run.sh starts nginx for it).
 *
 *   events_http URL SECRET COUNT RUNS        prints VALUE|sdk_events_per_s|<median of RUNS runs> and
 *                                            VALUE|sdk_cpu_us_per_event|<median>: the process's CPU
 *                                            time (user + system, getrusage RUSAGE_SELF) over the
 *                                            timed sends, per event
 *   events_http URL SECRET COUNT rss         sends COUNT events once, printing VALUE|rss_kb_<n>|<VmRSS>
 *                                            after 10k, 100k and 1M events (and VmHWM at the end)
 *
 * Every send builds the envelope (new UUID, timestamp), validates, signs and decodes the receipt:
 * the whole per-event cost a user pays. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <esauti/esauti.h>

#include "bench.h"
#include "sample_order.h"

enum { MAX_RUNS = 15 };

static long status_kb(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    size_t n = strlen(key);
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, key, n) == 0) kb = strtol(line + n + 1, NULL, 10);
    }
    if (f != NULL) fclose(f);
    return kb;
}

static int send_one(esauti_client *c, esauti_order_created_data *order, const esauti_event_identity *who)
{
    esauti_event_receipt *receipt = NULL;
    esauti_error err = {0};
    int rc = esauti_events_send_order_created(c, who, order, NULL, &receipt, &err);
    if (rc != 0) fprintf(stderr, "events_http: %s (HTTP %d)\n", err.message, err.http_status);
    esauti_event_receipt_free(receipt);
    esauti_error_clear(&err);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s URL SECRET COUNT RUNS|rss\n", argv[0]);
        return 2;
    }
    long count = atol(argv[3]);
    bool rss = strcmp(argv[4], "rss") == 0;
    int runs = rss ? 1 : atoi(argv[4]);
    if (count <= 0 || runs <= 0 || runs > MAX_RUNS) return 2;

    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.token = "bench-token";
    cfg.hmac_secret = argv[2];
    esauti_client *c = NULL;
    esauti_error err = {0};
    if (esauti_client_new(&cfg, &c, &err) != 0) {
        fprintf(stderr, "events_http: %s\n", err.message);
        return 1;
    }
    esauti_order_created_data order = sample_order();
    esauti_event_identity who = sample_who();

    double rates[MAX_RUNS], cpu[MAX_RUNS];
    int failed = 0;
    for (int r = 0; r < runs && !failed; r++) {
        double c0 = bench_cpu_seconds(), t0 = bench_now();
        for (long i = 1; i <= count && !failed; i++) {
            failed = send_one(c, &order, &who) != 0;
            if (rss && (i == 10000 || i == 100000 || i == 1000000)) {
                printf("VALUE|rss_kb_%ld|%ld\n", i, status_kb("VmRSS"));
                fflush(stdout);
            }
        }
        rates[r] = (double)count / (bench_now() - t0);
        cpu[r] = (bench_cpu_seconds() - c0) * 1e6 / (double)count;
    }
    if (!failed && rss) printf("VALUE|hwm_kb|%ld\n", status_kb("VmHWM"));
    if (!failed && !rss) {
        printf("VALUE|sdk_events_per_s|%.0f\n", bench_median(rates, runs));
        printf("VALUE|sdk_cpu_us_per_event|%.3f\n", bench_median(cpu, runs));
    }
    esauti_client_free(c);
    return failed;
}
