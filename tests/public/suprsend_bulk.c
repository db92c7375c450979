/* SuprSend's bulk workflow trigger against Prism serving suprsend.yaml, which validates every
 * request: 250 records go as chunks of 100, 100 and 50 (the spec's maxItems is 100), and a
 * chunker allowed 101 records gets Prism's refusal, so the check can fail. Built and run by
 * tests/public/prism.sh with the suprsend SDK; reads $PRISM_URL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <suprsend/suprsend.h>

#include "cunit_run.h"

#define RECORDS 250

static apic_bulk_record recs[RECORDS];
static char texts[RECORDS][96];

static apic_client *client_at_prism(void)
{
    const char *url = getenv("PRISM_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    suprsend_config cfg = APIC_CONFIG_INIT(url);
    cfg.token = "prism-token";
    cfg.retry.max_retries = APIC_NO_RETRY;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_client_new(&cfg, &c, &err), 0);
    for (size_t i = 0; i < RECORDS; i++) {
        int n = snprintf(texts[i], sizeof texts[i], "{\"workflow\":\"welcome\",\"recipients\":[{\"distinct_id\":\"user-%zu\"}]}", i);
        recs[i] = (apic_bulk_record){texts[i], (size_t)n};
    }
    return c;
}

static void test_chunks_within_the_limits_are_accepted(void)
{
    apic_client *c = client_at_prism();
    apic_bulk_limits lim = APIC_BULK_LIMITS_SUPRSEND;
    apic_bulk_report rep = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_bulk_send(c, &suprsend_trigger_workflow_api_op, &lim, recs, RECORDS, &rep, &err), 0);
    if (rep.failed > 0) fprintf(stderr, "first failure: %s\n  %.400s\n", err.message, err.body ? err.body : "");
    CU_ASSERT_EQUAL(rep.requests, 3);
    CU_ASSERT_EQUAL(rep.ok, RECORDS);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_SUCCESS);
    printf("\nsuprsend bulk: %zu records in %zu requests accepted by Prism\n", rep.ok, rep.requests);
    apic_bulk_report_clear(&rep);
    apic_error_clear(&err);
    suprsend_client_free(c);
}

static void test_a_chunk_over_the_spec_limit_is_refused(void)
{
    apic_client *c = client_at_prism();
    apic_bulk_limits lim = APIC_BULK_LIMITS_SUPRSEND;
    lim.max_records = 101; /* one more than the spec allows */
    apic_bulk_report rep = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_bulk_send(c, &suprsend_trigger_workflow_api_op, &lim, recs, 101, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.requests, 1);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_FAIL);
    CU_ASSERT(rep.records[0].status == 422 || rep.records[0].status == 400);
    apic_bulk_report_clear(&rep);
    apic_error_clear(&err);
    suprsend_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"chunks within the limits are accepted", test_chunks_within_the_limits_are_accepted},
        {"a chunk over the spec's limit is refused", test_a_chunk_over_the_spec_limit_is_refused},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"suprsend bulk against Prism", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
