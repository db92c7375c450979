/* What every benchmark program shares: a monotonic clock, the process's CPU time, medians, and
 * the result line format bench/run.sh turns into the table:
 *
 *   ROW|<figure>|<ours>|<baseline>|<unit>|<target>
 *
 * where target is "<=X" or ">=X" on ours/baseline (or "info" for figures without one). */
#ifndef BENCH_BENCH_H
#define BENCH_BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the whole process so far (every thread), user + system, in seconds: getrusage(2)
 * RUSAGE_SELF, microsecond resolution. */
static inline double bench_cpu_seconds(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static int bench_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median of n values (sorts them). */
static inline double bench_median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, bench_cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static inline void bench_row(const char *figure, double ours, double baseline, const char *unit, const char *target)
{
    printf("ROW|%s|%.6g|%.6g|%s|%s\n", figure, ours, baseline, unit, target);
    fflush(stdout);
}

#endif
