/* Schematic's flag checks from many threads (run under ThreadSanitizer by `make test-tsan`): 8
 * threads x 100,000 checks of 64 companies through one client, every answer the one the server
 * gives that company (even ids on, odd off), and the cache asks once per company while the
 * answers stay fresh. The server is a transport in this process, so the threads race in the
 * cache, not on a socket. Under valgrind, which runs one thread at a time, and ASan
 * (APIC_TEST_UNDER), each thread checks 10,000 times; under TSan the whole 100,000. */
#include <CUnit/CUnit.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <schematic/schematic.h>

#include "cunit_run.h"

#define THREADS 8
#define COMPANIES 64

static int checks = 100000;

static atomic_long asked;

/* Answers POST /flags/{key}/check: on for company-<even>, off for company-<odd>. */
static int answer(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)err;
    atomic_fetch_add(&asked, 1);
    char body[512] = "";
    size_t len = req->body_len < sizeof body - 1 ? req->body_len : sizeof body - 1;
    if (req->body != NULL) memcpy(body, req->body, len);
    body[len] = '\0';
    const char *id = strstr(body, "company-");
    int n = id != NULL ? atoi(id + 8) : -1;
    res->status = 200;
    return apic_buf_puts(&res->body, n >= 0 && n % 2 == 0 ? "{\"data\":{\"flag\":\"f\",\"value\":true,\"reason\":\"even\"},\"params\":{}}"
                                                           : "{\"data\":{\"flag\":\"f\",\"value\":false,\"reason\":\"odd\"},\"params\":{}}");
}

static void *checker(void *arg)
{
    schematic_client *c = arg;
    long wrong = 0;
    unsigned seed = (unsigned)(size_t)pthread_self();
    for (int i = 0; i < checks; i++) {
        int n = (int)(rand_r(&seed) % COMPANIES);
        char id[32];
        snprintf(id, sizeof id, "company-%d", n);
        const char *company[] = {"id", id, NULL};
        bool on = false;
        if (schematic_check_flag(c, "f", company, NULL, &on, NULL) != 0 || on != (n % 2 == 0)) wrong++;
    }
    return (void *)wrong;
}

static void test_threads(void)
{
    apic_transport t = {answer, NULL, NULL};
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.transport = &t;
    cfg.api_key = "api_test_key";
    apic_cache_settings an_hour = {1000, 3600 * 1000L}; /* fresh for the whole test, however slow */
    cfg.cache = &an_hour;
    schematic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, NULL), 0);
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++) CU_ASSERT_EQUAL_FATAL(pthread_create(&th[i], NULL, checker, c), 0);
    long wrong = 0;
    for (int i = 0; i < THREADS; i++) {
        void *w = NULL;
        pthread_join(th[i], &w);
        wrong += (long)w;
    }
    CU_ASSERT_EQUAL(wrong, 0);
    /* Each company is asked once, or a few times when threads miss it at the same moment. */
    long n = atomic_load(&asked);
    CU_ASSERT_TRUE(n >= COMPANIES && n <= COMPANIES * THREADS);
    apic_cache_stats st;
    apic_cache_get_stats(apic_client_cache(c, &schematic_features_check_flag_op), &st);
    CU_ASSERT_EQUAL(st.hits + st.misses, (unsigned long long)THREADS * (unsigned long long)checks);
    CU_ASSERT_EQUAL(st.entries, COMPANIES);
    printf("\n%d threads x %d checks: %ld requests, %llu hits\n", THREADS, checks, n, st.hits);
    schematic_client_free(c);
}

int main(void)
{
    const char *under = getenv("APIC_TEST_UNDER");
    if (under != NULL && (strcmp(under, "valgrind") == 0 || strcmp(under, "asan") == 0)) checks = 10000;
    CU_TestInfo tests[] = {
        {"8 threads x 100,000 checks: every answer right, one request per company", test_threads},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"Schematic threads", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
