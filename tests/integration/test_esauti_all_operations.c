/* Every eSauti operation, called with spec-derived samples, must be accepted by Prism. */
#include <esauti/esauti.h>

#include "cunit_run.h"

#define SDK_OPERATIONS esauti_operations
#define SDK_OPERATION_COUNT esauti_operation_count
#define SDK_NAME "esauti"
#define SDK_PRISM_ENV "PRISM_ESAUTI_URL"
#include "prism_driver.h"

static CU_TestInfo tests[] = {
    {"every operation is accepted by Prism", test_every_operation_against_prism},
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
