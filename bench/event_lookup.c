/* Event type lookups by name: the generated registry's binary search against a linear scan of
 * the same table (the baseline), measured in the same run over the same names: names resolved
 * per second, median of RUNS runs each. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <esauti/esauti.h>

#include "bench.h"

enum { ROUNDS = 1000, RUNS = 5 };

static int linear(const char *name)
{
    for (size_t i = 0; i < esauti_event_registry.n_defs; i++) {
        if (strcmp(esauti_event_registry.defs[i].name, name) == 0) return (int)i + 1;
    }
    return 0;
}

/* Resolves every name ROUNDS times; returns names per second. sum defeats dead-code removal. */
static double run(int (*lookup)(const char *), const char **names, size_t n, long *sum)
{
    double t0 = bench_now();
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t i = 0; i < n; i++) *sum += lookup(names[i]);
    }
    return (double)ROUNDS * (double)n / (bench_now() - t0);
}

static int generated(const char *name)
{
    return (int)esauti_event_type_from_name(name);
}

int main(void)
{
    /* Every known name plus as many unknown ones (a newer server's types), shuffled by a fixed step. */
    static char unknown[ESAUTI_EVENT_TYPE_COUNT][80];
    const char *names[2 * ESAUTI_EVENT_TYPE_COUNT];
    size_t n = 0;
    for (int t = 1; t <= ESAUTI_EVENT_TYPE_COUNT; t++) {
        names[n++] = esauti_event_type_name((esauti_event_type)t);
        snprintf(unknown[t - 1], sizeof unknown[0], "%s_v9", esauti_event_type_name((esauti_event_type)t));
        names[n++] = unknown[t - 1];
    }
    for (size_t i = 0; i < n; i++) {
        size_t j = (i * 7919) % n;
        const char *tmp = names[i];
        names[i] = names[j];
        names[j] = tmp;
    }
    long s1 = 0, s2 = 0;
    double base[RUNS], ours[RUNS];
    for (int r = 0; r < RUNS; r++) {
        base[r] = run(linear, names, n, &s1);
        ours[r] = run(generated, names, n, &s2);
    }
    if (s1 != s2) {
        fprintf(stderr, "event_lookup: the two lookups disagree (%ld vs %ld)\n", s1, s2);
        return 1;
    }
    char figure[96];
    snprintf(figure, sizeof figure, "event type lookup by name (%zu names, half unknown)", n);
    bench_row(figure, bench_median(ours, RUNS), bench_median(base, RUNS), "names/s", ">=5");
    return 0;
}
