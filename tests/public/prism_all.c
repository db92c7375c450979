/* Every operation of a public document's SDK against Prism serving that document, with request
 * validation. Built by tests/public/prism.sh with -DSDK_HEADER, -DSDK_PREFIX_OPERATIONS,
 * -DSDK_PREFIX_OPERATION_COUNT and -DSDK_NAME; reads $PRISM_URL and $SAMPLES. */
#include SDK_HEADER

#include "cunit_run.h"

#define SDK_OPERATIONS SDK_PREFIX_OPERATIONS
#define SDK_OPERATION_COUNT SDK_PREFIX_OPERATION_COUNT
#define SDK_PRISM_ENV "PRISM_URL"
#include "prism_driver.h"

int main(void)
{
    CU_TestInfo tests[] = {
        {"every operation is accepted by Prism", test_every_operation_against_prism},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {SDK_NAME " against Prism", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
