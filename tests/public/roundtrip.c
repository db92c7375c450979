/* Round trip of every schema example of a generated SDK: parse the example into its struct or
 * union, serialise it, parse that again, serialise again, and compare the two texts. Built once
 * per public document by tests/public/run.sh with
 *   -DSDK_HEADER='<name/name.h>' -DSDK_SCHEMAS=name_schemas -DSDK_SCHEMA_COUNT=name_schema_count
 *   -DSDK_UNIONS=name_unions -DSDK_UNION_COUNT=name_union_count
 *   roundtrip SAMPLES.json */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include SDK_HEADER

#include "cunit_run.h"
#include "read_file.h"

static const char *samples_path;

/* Parse then serialise: the text, or NULL with the reason printed. */
static char *through(const apic_type *t, const char *json, const char *what, const char *name)
{
    void *v = NULL;
    apic_error err = {0};
    char *out = NULL;
    if (apic_value_new_from_json(t, json, strlen(json), &v, &err) != 0 || apic_value_to_json(t, v, &out, &err) != 0) {
        fprintf(stderr, "\n%s: %s: %s\n", name, what, err.message);
        out = NULL;
    }
    apic_value_free(t, v);
    apic_error_clear(&err);
    return out;
}

/* Round-trips the example of schema name (if the samples have one) as type t. */
static void check(const apic_type *t, const char *name, const cJSON *examples, int *tried, int *passed)
{
    const cJSON *example = cJSON_GetObjectItemCaseSensitive(examples, name);
    if (example == NULL) return;
    (*tried)++;
    char *json = cJSON_PrintUnformatted(example);
    char *once = through(t, json, "the example", name);
    char *twice = once != NULL ? through(t, once, "its serialisation", name) : NULL;
    if (once != NULL && twice != NULL && strcmp(once, twice) == 0) {
        (*passed)++;
    } else if (once != NULL && twice != NULL) {
        fprintf(stderr, "\n%s: serialisations differ:\n  %.300s\n  %.300s\n", name, once, twice);
    }
    free(once);
    free(twice);
    cJSON_free(json);
}

static void test_every_example_round_trips(void)
{
    char *text = read_file(samples_path);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    cJSON *samples = cJSON_Parse(text);
    free(text);
    const cJSON *examples = cJSON_GetObjectItemCaseSensitive(samples, "schemas");
    CU_ASSERT_PTR_NOT_NULL_FATAL(examples);
    int tried = 0, passed = 0;
    for (size_t i = 0; i < SDK_SCHEMA_COUNT; i++) {
        apic_type t = {APIC_OBJECT, APIC_FMT_NONE, SDK_SCHEMAS[i], NULL, NULL};
        check(&t, SDK_SCHEMAS[i]->name, examples, &tried, &passed);
    }
    for (size_t i = 0; i < SDK_UNION_COUNT; i++) {
        apic_type t = {APIC_UNION, APIC_FMT_NONE, NULL, &SDK_UNIONS[i]->kinds, NULL};
        check(&t, SDK_UNIONS[i]->kinds.name, examples, &tried, &passed);
    }
    printf("\n  %d of %d schema examples round-trip\n", passed, tried);
    CU_ASSERT_EQUAL(passed, tried);
    cJSON_Delete(samples);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s SAMPLES.json\n", argv[0]);
        return 2;
    }
    samples_path = argv[1];
    CU_TestInfo tests[] = {
        {"every schema example: parse, serialise, parse, serialise, compare", test_every_example_round_trips},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"schema round trips", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
