/* Every eSauti operation, called with spec-derived samples, must be accepted by Prism. */
#include <esauti/esauti.h>

#include "cunit_run.h"

#define SDK_OPERATIONS esauti_operations
#define SDK_OPERATION_COUNT esauti_operation_count
#define SDK_NAME "esauti"
#define SDK_PRISM_ENV "PRISM_ESAUTI_URL"
#include "prism_driver.h"

/* Proves the check above can fail: Prism runs with request validation and refuses a request that
 * breaks the spec (limit has minimum 1). It answers with the operation's documented 400 when there
 * is one (listContacts has), else with its own 422; the caller gets the status and the body. */
static void test_prism_refuses_a_request_that_breaks_the_spec(void)
{
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = getenv(SDK_PRISM_ENV);
    cfg.token = "prism-token";
    esauti_client *client = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_client_new(&cfg, &client, &err), 0);
    esauti_contacts_list_params q = {.has_limit = true, .limit = 0};
    esauti_contact_list *page = NULL;
    CU_ASSERT_EQUAL(esauti_contacts_list(client, &q, &page, &err), APIC_E_HTTP);
    CU_ASSERT_PTR_NULL(page);
    CU_ASSERT_EQUAL(err.http_status, 400);
    CU_ASSERT_PTR_NOT_NULL(err.body);
    CU_ASSERT_FALSE(err.retryable);
    esauti_error_clear(&err);
    esauti_client_free(client);
}

static CU_TestInfo tests[] = {
    {"every operation is accepted by Prism", test_every_operation_against_prism},
    {"a request that breaks the spec gets Prism's 422", test_prism_refuses_a_request_that_breaks_the_spec},
    CU_TEST_INFO_NULL,
};

static CU_SuiteInfo suites[] = {
    {"esauti against Prism", NULL, NULL, NULL, NULL, tests},
    CU_SUITE_INFO_NULL,
};

int main(void)
{
    return cunit_run(suites);
}
