/* Schematic flag checks with the C SDK, against the local nginx bench/run.sh starts (its
 * /flags/{key}/check answers 200 with a canned CheckFlagResponse, value true):
 *
 *   schematic_flags URL hit ITERATIONS RUNS   one check fills the client's cache (sdk.yaml's: 1,000
 *                                             answers, 5 s), then the same flag, company and user
 *                                             ITERATIONS times per run, answered from it; prints
 *                                             VALUE|flag_hit_c_ns|<median ns per check>
 *   schematic_flags URL miss COUNT RUNS       the cache turned off (config.cache zero): COUNT checks
 *                                             one after another on one keep-alive connection, each a
 *                                             request, its body written and the answer decoded;
 *                                             prints VALUE|flag_miss_c_per_s|<median checks per s>
 *
 * Its baselines, in the same run: bench/node_schematic.js (the vendor's Node SDK, cached) for the
 * hit, wrk with bench/wrk_flag_check.lua (the same request, no SDK) for the miss. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <apic/apic.h>
#include <schematic/schematic.h>

#include "bench.h"

enum { MAX_RUNS = 15 };

/* The keys node_schematic.js and wrk_flag_check.lua send, made once as a caller would. */
static const char *const company[] = {"id", "comp_1001", NULL};
static const char *const user[] = {"user_id", "user_2001", NULL};

/* One check: 0 when it answered Schematic's value (true; the default would be false). err is the
 * caller's, kept across checks as a caller's loop would (a hit leaves an empty one untouched). */
static int check(schematic_client *c, schematic_error *err)
{
    bool on = false;
    int rc = schematic_check_flag(c, "bench-flag", company, user, &on, err);
    if (rc != 0 || !on) {
        fprintf(stderr, "schematic_flags: %s (HTTP %d)\n", rc != 0 ? err->message : "the default answered", err->http_status);
    }
    return rc != 0 || !on;
}

int main(int argc, char **argv)
{
    if (argc != 5 || (strcmp(argv[2], "hit") != 0 && strcmp(argv[2], "miss") != 0)) {
        fprintf(stderr, "usage: %s URL hit|miss COUNT RUNS\n", argv[0]);
        return 2;
    }
    bool hit = strcmp(argv[2], "hit") == 0;
    long count = atol(argv[3]);
    int runs = atoi(argv[4]);
    if (count <= 0 || runs <= 0 || runs > MAX_RUNS) return 2;

    apic_cache_settings off = {0, 0};
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.api_key = "sch_dev_bench";
    if (!hit) cfg.cache = &off;
    schematic_client *c = NULL;
    schematic_error err = {0};
    if (schematic_client_new(&cfg, &c, &err) != 0) {
        fprintf(stderr, "schematic_flags: %s\n", err.message);
        return 1;
    }
    int failed = check(c, &err); /* the hit's fill; the miss's connection */
    long warmup = hit ? count / 10 : 0;
    for (long i = 0; i < warmup && !failed; i++) failed = check(c, &err);
    double v[MAX_RUNS];
    for (int r = 0; r < runs && !failed; r++) {
        double t0 = bench_now();
        for (long i = 0; i < count && !failed; i++) failed = check(c, &err);
        double s = bench_now() - t0;
        v[r] = hit ? s * 1e9 / (double)count : (double)count / s;
    }
    /* Hits: the answer stored once, every check after the fill answered from it. Misses: no cache
     * at all (its counters read zero), so every check was a request. */
    apic_cache_stats st;
    apic_cache_get_stats(apic_client_cache(c, &schematic_features_check_flag_op), &st);
    unsigned long long hits = hit ? (unsigned long long)(warmup + (long)runs * count) : 0, stores = hit;
    if (!failed && (st.hits != hits || st.stores != stores || st.misses != stores)) {
        fprintf(stderr, "schematic_flags: %llu hits, %llu misses, %llu stores (expected %llu, %llu, %llu)\n", st.hits,
                st.misses, st.stores, hits, stores, stores);
        failed = 1;
    }
    if (!failed) printf("VALUE|flag_%s|%.1f\n", hit ? "hit_c_ns" : "miss_c_per_s", bench_median(v, runs));
    schematic_error_clear(&err);
    schematic_client_free(c);
    return failed;
}
