/* Verifying a Standard Webhooks webhook: apic_webhook_verify() with a verifier made once, on the
 * 1 KB payload bench/webhook_1k.json, signed now (so the timestamp check runs by the system clock,
 * as in a receiver). Its baseline, bench/node_webhooks.js, times the `standardwebhooks` npm
 * library's Webhook.verify on the same payload in the same run.
 *
 *   webhook_verify PAYLOAD [ITERATIONS [RUNS]]    prints VALUE|webhook_verify_c_ns|<median ns per verify>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "bench.h"

#define SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PAYLOAD [ITERATIONS [RUNS]]\n", argv[0]);
        return 2;
    }
    long iterations = argc > 2 ? atol(argv[2]) : 200000;
    int runs = argc > 3 ? atoi(argv[3]) : 7;
    if (iterations <= 0 || runs <= 0 || runs > 100) return 2;
    static char body[1 << 16];
    FILE *f = fopen(argv[1], "rb");
    size_t len = f != NULL ? fread(body, 1, sizeof body, f) : 0;
    if (f != NULL) fclose(f);
    if (len == 0) {
        fprintf(stderr, "webhook_verify: cannot read %s\n", argv[1]);
        return 1;
    }

    apic_webhook_secret secret = {NULL, SECRET};
    apic_webhook_signed sig;
    apic_webhook_verifier *v = NULL;
    apic_error err = {0};
    if (apic_webhook_sign(&APIC_WEBHOOK_STANDARD, &secret, "msg_2Vd3wQ7pK1bench", (long long)time(NULL), body, len, &sig,
                          &err) != 0 ||
        apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, &secret, 1, 0, &v, &err) != 0) {
        fprintf(stderr, "webhook_verify: %s\n", err.message);
        return 1;
    }
    /* As a server hands them over: a few more headers than the scheme reads. */
    apic_header headers[] = {
        {"Host", "hooks.example.com"}, {"Content-Type", "application/json"}, {"Content-Length", "1024"},
        sig.headers[0], sig.headers[1], sig.headers[2], {"User-Agent", "Svix-Webhooks/1.0"},
    };
    size_t n_headers = sizeof headers / sizeof headers[0];
    if (apic_webhook_verify(v, headers, n_headers, body, len, 0, &err) != 0) {
        fprintf(stderr, "webhook_verify: the signed payload does not verify: %s\n", err.message);
        return 1;
    }

    long failures = 0;
    for (long i = 0; i < iterations / 10; i++) failures += apic_webhook_verify(v, headers, n_headers, body, len, 0, NULL) != 0;
    double ns[100];
    for (int r = 0; r < runs; r++) {
        double t0 = bench_now();
        for (long i = 0; i < iterations; i++) failures += apic_webhook_verify(v, headers, n_headers, body, len, 0, NULL) != 0;
        ns[r] = (bench_now() - t0) * 1e9 / (double)iterations;
    }
    apic_webhook_verifier_free(v);
    if (failures != 0) {
        fprintf(stderr, "webhook_verify: %ld verifies failed\n", failures);
        return 1;
    }
    printf("VALUE|webhook_verify_c_ns|%.1f\n", bench_median(ns, runs));
    return 0;
}
