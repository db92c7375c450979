/* Schematic's flag checks answered from the client's cache, counted at a real server (WireMock's
 * request journal): 1,000 checks of one flag within the time make 1 request, and 1 more after
 * it; 1,001 distinct keys in a cache of 1,000 drop the least recently used (and only it); the
 * same keys in another order are a hit; a zero size turns the cache off; the raw operation
 * caches the whole response beside the answer. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <schematic/schematic.h>

#include "cunit_run.h"
#include "wiremock.h"

#define CHECKS "{\"method\":\"POST\",\"urlPathPattern\":\"/flags/[^/]+/check\"}"

static void sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static void stub_flags(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"urlPathPattern\":\"/flags/[^/]+/check\"},"
                            "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                            "\"jsonBody\":{\"data\":{\"flag\":\"some-flag\",\"value\":true,\"reason\":\"Matched rule\","
                            "\"flag_id\":\"flag_1\",\"rule_id\":\"rule_1\",\"company_id\":\"comp_1\"},\"params\":{}}}}"));
}

static schematic_client *client_with(const apic_cache_settings *cache)
{
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = wm_url();
    cfg.api_key = "api_test_key";
    cfg.cache = cache;
    schematic_client *c = NULL;
    schematic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, &err), 0);
    return c;
}

static void test_one_request_per_time(void)
{
    stub_flags();
    apic_cache_settings short_time = {1000, 400};
    schematic_client *c = client_with(&short_time);
    const char *company[] = {"id", "your-company-id", NULL}, *user[] = {"user_id", "your-user-id", NULL};
    schematic_error err = {0};
    int answered = 0;
    for (int i = 0; i < 1000; i++) {
        bool on = false;
        if (schematic_check_flag(c, "some-flag", company, user, &on, &err) == 0 && on) answered++;
    }
    CU_ASSERT_EQUAL(answered, 1000);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1);
    sleep_ms(500); /* past the 400 ms */
    bool on = false;
    CU_ASSERT_EQUAL(schematic_check_flag(c, "some-flag", company, user, &on, &err), 0);
    CU_ASSERT_TRUE(on);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 2);
    /* What the answer said is kept with it. */
    schematic_flag_result r;
    CU_ASSERT_EQUAL(schematic_check_flag_with(c, "some-flag", company, user, NULL, &r, &err), 0);
    CU_ASSERT_EQUAL(r.source, APIC_FLAG_FROM_CACHE);
    CU_ASSERT_STRING_EQUAL(r.reason, "Matched rule");
    CU_ASSERT_STRING_EQUAL(r.flag_id, "flag_1");
    CU_ASSERT_STRING_EQUAL(r.rule_id, "rule_1");
    CU_ASSERT_STRING_EQUAL(r.company_id, "comp_1");
    CU_ASSERT_STRING_EQUAL(r.user_id, "");
    CU_ASSERT_EQUAL(wm_count(CHECKS), 2);
    schematic_error_clear(&err);
    schematic_client_free(c);
}

static void check_company(schematic_client *c, int n)
{
    char id[32];
    snprintf(id, sizeof id, "company-%d", n);
    const char *company[] = {"id", id, NULL};
    bool on = false;
    CU_ASSERT_EQUAL(schematic_check_flag(c, "some-flag", company, NULL, &on, NULL), 0);
}

static void test_least_recently_used_goes(void)
{
    stub_flags();
    schematic_client *c = client_with(NULL); /* sdk.yaml: 1,000 answers, 5 s */
    for (int i = 0; i <= 1000; i++) check_company(c, i); /* 1,001 keys: company-0 is dropped */
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1001);
    check_company(c, 1000);
    check_company(c, 1);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1001); /* both kept */
    check_company(c, 0);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1002); /* dropped, so asked again; now company-2 is the oldest */
    check_company(c, 1);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1002); /* company-1 was used recently: kept */
    check_company(c, 2);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1003);
    apic_cache_stats st;
    apic_cache_get_stats(apic_client_cache(c, &schematic_features_check_flag_op), &st);
    CU_ASSERT_EQUAL(st.entries, 1000);
    CU_ASSERT_EQUAL(st.evictions, 3);
    schematic_client_free(c);
}

static void test_key_order_does_not_matter(void)
{
    stub_flags();
    schematic_client *c = client_with(NULL);
    const char *a[] = {"id", "c1", "domain", "acme.net", NULL}, *b[] = {"domain", "acme.net", "id", "c1", NULL};
    const char *u1[] = {"email", "x@acme.net", "user_id", "u1", NULL}, *u2[] = {"user_id", "u1", "email", "x@acme.net", NULL};
    bool on;
    CU_ASSERT_EQUAL(schematic_check_flag(c, "some-flag", a, u1, &on, NULL), 0);
    CU_ASSERT_EQUAL(schematic_check_flag(c, "some-flag", b, u2, &on, NULL), 0);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1);
    /* A key swapped between company and user is another check. */
    CU_ASSERT_EQUAL(schematic_check_flag(c, "some-flag", u1, a, &on, NULL), 0);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 2);
    schematic_client_free(c);
}

static void test_cache_off(void)
{
    stub_flags();
    apic_cache_settings off = {0, 0};
    schematic_client *c = client_with(&off);
    const char *company[] = {"id", "c1", NULL};
    bool on;
    for (int i = 0; i < 3; i++) CU_ASSERT_EQUAL(schematic_check_flag(c, "some-flag", company, NULL, &on, NULL), 0);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 3);
    schematic_client_free(c);
}

static void test_raw_operation_is_cached_too(void)
{
    stub_flags();
    schematic_client *c = client_with(NULL);
    schematic_features_check_flag_params p = {"some-flag"};
    char *names[] = {"id"}, *values[] = {"c1"};
    schematic_check_flag_request_body body;
    memset(&body, 0, sizeof body);
    body.has_company = true;
    body.company = (apic_string_map){names, values, 1};
    schematic_error err = {0};
    for (int i = 0; i < 2; i++) {
        schematic_features_check_flag_response *res = NULL;
        CU_ASSERT_EQUAL(schematic_features_check_flag(c, &p, &body, &res, &err), 0);
        CU_ASSERT_EQUAL(err.attempts, i == 0 ? 1 : 0);
        CU_ASSERT_TRUE_FATAL(res != NULL && res->data != NULL);
        CU_ASSERT_STRING_EQUAL(res->data->reason, "Matched rule");
        schematic_features_check_flag_response_free(res);
    }
    CU_ASSERT_EQUAL(wm_count(CHECKS), 1);
    /* The answer cache is apart: the first check of this flag asks. */
    const char *company[] = {"id", "c1", NULL};
    bool on;
    CU_ASSERT_EQUAL(schematic_check_flag(c, "some-flag", company, NULL, &on, &err), 0);
    CU_ASSERT_EQUAL(wm_count(CHECKS), 2);
    schematic_error_clear(&err);
    schematic_client_free(c);
}

int main(void)
{
    if (wm_url() == NULL) {
        fprintf(stderr, "test_schematic_cache: WIREMOCK_URL is not set (run through tests/integration/with-servers.sh)\n");
        return 1;
    }
    CU_TestInfo tests[] = {
        {"1,000 checks in the time: 1 request; after it: 1 more", test_one_request_per_time},
        {"1,001 keys in 1,000 entries: the least recently used goes", test_least_recently_used_goes},
        {"keys in another order are a hit", test_key_order_does_not_matter},
        {"a zero size turns the cache off", test_cache_off},
        {"the raw operation keeps whole responses", test_raw_operation_is_cached_too},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"Schematic cache", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
