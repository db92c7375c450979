/* Every SuprSend operation, 122 of 122, called with spec-derived samples against Prism serving
 * spec/suprsend/openapi.yaml as its overlays leave it (tests/integration/with-servers.sh): the
 * hub's with `Authorization: Bearer`, the management API's with `Authorization: ServiceToken`
 * (sent to Prism through config.servers, as the driver does for every SDK). Prism validates
 * each request, its security included; none may be skipped, and no example Prism answers with
 * may break its schema (the template id the overlay fixes). A request without credentials is
 * refused, which shows the check can fail. */
#include <stdlib.h>

#include <suprsend/suprsend.h>

#include "cunit_run.h"

#define SDK_OPERATIONS suprsend_operations
#define SDK_OPERATION_COUNT suprsend_operation_count
#define SDK_NAME "suprsend"
#define SDK_PRISM_ENV "PRISM_SUPRSEND_URL"
#define SDK_PRISM_EVERY_OPERATION
#include "prism_driver.h"

/* The management API without a service token: Prism answers 401 for its missing Authorization. */
static void test_a_management_call_without_its_token_is_refused(void)
{
    const char *url = getenv(SDK_PRISM_ENV);
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.token = "hub-api-key"; /* the hub's credential is not the management API's */
    const apic_server_url here[] = {{"*", url}};
    cfg.base_url = url;
    cfg.servers = here;
    cfg.n_servers = 1;
    cfg.retry.max_retries = APIC_NO_RETRY;
    suprsend_client *c = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_client_new(&cfg, &c, &err), 0);
    const apic_operation *op = &suprsend_list_workspaces_op;
    CU_ASSERT_PTR_NOT_NULL(op->server); /* a management operation */
    void *out = NULL;
    CU_ASSERT_EQUAL(apic_call(c, op, NULL, NULL, &out, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

static CU_TestInfo tests[] = {
    {"every operation is accepted by Prism", test_every_operation_against_prism},
    {"a management call without its service token is refused", test_a_management_call_without_its_token_is_refused},
    CU_TEST_INFO_NULL,
};

static CU_SuiteInfo suites[] = {
    {"suprsend against Prism", NULL, NULL, NULL, NULL, tests},
    CU_SUITE_INFO_NULL,
};

int main(void)
{
    return cunit_run(suites);
}
