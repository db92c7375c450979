/* Golden test of schema shapes (tests/golden/shapes.yaml): fixed-width formats, open string and
 * integer enums, const, nullable in both spellings, typed and free-form maps that keep order,
 * recursion, inline objects, and the body of an operation as sent. */
#include <stdlib.h>
#include <string.h>

#include <shapes/shapes.h>

#include "cunit_run.h"
#include "recorder.h"

/* Every member once, in declaration order, with values that catch lossy conversions. */
static const char full[] =
    "{\"id\":9007199254740993,\"count32\":-2147483648,\"ratio\":0.5,\"weight\":1e+300,\"kind\":\"twig\","
    "\"level\":7,\"version\":\"v1\",\"note\":null,\"legacy_note\":\"kept\",\"born\":\"2024-02-29\","
    "\"seen\":\"2024-02-29T12:00:00.123Z\",\"uid\":\"123e4567-e89b-42d3-a456-426614174000\","
    "\"blob\":\"AAEC\",\"raw\":\"bytes\",\"labels\":{\"z\":1,\"a\":-2,\"m\":3},"
    "\"extra\":{\"deep\":{\"x\":[1,true,null]},\"s\":\"t\"},\"closed\":{\"a\":\"b\"},"
    "\"position\":{\"x\":1.25,\"y\":-3},\"children\":[{\"id\":2,\"kind\":\"leaf\"},{\"id\":3,\"kind\":\"branch\","
    "\"children\":[{\"id\":4,\"kind\":\"leaf\"}]}],\"parent\":{\"id\":1,\"kind\":\"branch\"},\"future\":[1,2]}";

static void test_every_member_decodes_exactly(void)
{
    shapes_node *n = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(shapes_node_from_json(full, strlen(full), &n, &err), 0);
    CU_ASSERT_EQUAL(n->id, INT64_C(9007199254740993)); /* beyond a double's 53 bits */
    CU_ASSERT(n->has_count32 && n->count32 == INT32_MIN);
    CU_ASSERT(n->has_ratio && n->ratio == 0.5f);
    CU_ASSERT(n->has_weight && n->weight == 1e300);
    CU_ASSERT_EQUAL(n->kind.value, SHAPES_NODE_KIND_UNKNOWN_VALUE); /* open enum: "twig" is kept */
    CU_ASSERT_STRING_EQUAL(n->kind.other, "twig");
    CU_ASSERT(n->has_level && n->level == 7); /* an integer enum keeps an unknown value too */
    CU_ASSERT_STRING_EQUAL(n->version, "v1");
    CU_ASSERT(n->note == NULL && n->note_is_null);
    CU_ASSERT(!n->legacy_note_is_null && strcmp(n->legacy_note, "kept") == 0);
    CU_ASSERT_STRING_EQUAL(n->born, "2024-02-29");
    CU_ASSERT_STRING_EQUAL(n->blob, "AAEC");
    CU_ASSERT_EQUAL_FATAL(n->labels.count, 3);
    CU_ASSERT_STRING_EQUAL(n->labels.keys[0], "z"); /* JSON order, not sorted */
    CU_ASSERT_STRING_EQUAL(n->labels.keys[1], "a");
    CU_ASSERT_EQUAL(n->labels.values[1], -2);
    CU_ASSERT_EQUAL_FATAL(n->extra.count, 2);
    CU_ASSERT_STRING_EQUAL(n->extra.keys[0], "deep");
    CU_ASSERT_STRING_EQUAL(n->extra.values[0], "{\"x\":[1,true,null]}");
    CU_ASSERT_STRING_EQUAL(n->closed->a, "b");
    CU_ASSERT(n->position->x == 1.25 && n->position->y == -3);
    CU_ASSERT_EQUAL_FATAL(n->children.count, 2);
    CU_ASSERT_EQUAL(n->children.items[1].kind.value, SHAPES_NODE_KIND_BRANCH);
    CU_ASSERT_EQUAL_FATAL(n->children.items[1].children.count, 1);
    CU_ASSERT_EQUAL(n->children.items[1].children.items[0].id, 4);
    CU_ASSERT_EQUAL(n->parent->id, 1);
    CU_ASSERT_EQUAL_FATAL(n->unknown_fields.count, 1);
    CU_ASSERT_STRING_EQUAL(n->unknown_fields.keys[0], "future");
    shapes_node_free(n);
    apic_error_clear(&err);
}

static void test_round_trip_is_byte_exact(void)
{
    shapes_node *n = NULL;
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(shapes_node_from_json(full, strlen(full), &n, &err), 0);
    CU_ASSERT_EQUAL_FATAL(shapes_node_to_json(n, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, full);
    free(json);
    shapes_node_free(n);
    apic_error_clear(&err);
}

static void test_absent_null_and_zero_differ(void)
{
    shapes_node n = {0};
    n.id = 0;
    n.kind.value = SHAPES_NODE_KIND_LEAF;
    n.has_level = true; /* 0 is sent when set */
    n.legacy_note_is_null = true;
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(shapes_node_to_json(&n, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"id\":0,\"kind\":\"leaf\",\"level\":0,\"legacy_note\":null}");
    free(json);
    apic_error_clear(&err);
}

/* A request lacking a required member is refused before anything is sent; a parsed response
 * lacking one is accepted (a server's omission must not lose the rest of its answer). */
static void test_missing_required_member_is_refused_with_its_name(void)
{
    const char *no_kind = "{\"id\":1}";
    shapes_node *n = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(shapes_node_from_json(no_kind, strlen(no_kind), &n, &err), 0);
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{}");
    shapes_config cfg = SHAPES_CONFIG_INIT;
    cfg.transport = &t;
    shapes_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(shapes_client_new(&cfg, &c, &err), 0);
    shapes_node *out = NULL;
    CU_ASSERT_NOT_EQUAL(shapes_create_node(c, n, &out, &err), 0);
    CU_ASSERT_EQUAL(rec.calls, 0);
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "kind"));
    shapes_client_free(c);
    shapes_node_free(n);
    apic_error_clear(&err);
}

static void test_operation_sends_the_body_and_decodes_the_answer(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{\"id\":5,\"kind\":\"leaf\",\"parent\":{\"id\":4,\"kind\":\"branch\"}}");
    shapes_config cfg = SHAPES_CONFIG_INIT;
    cfg.transport = &t;
    shapes_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(shapes_client_new(&cfg, &c, &err), 0);
    shapes_node child = {.id = 2, .kind = {SHAPES_NODE_KIND_LEAF, NULL}};
    shapes_node body = {.id = 1, .kind = {SHAPES_NODE_KIND_BRANCH, NULL}, .has_children = true,
                        .children = {&child, 1}};
    shapes_node *out = NULL;
    CU_ASSERT_EQUAL_FATAL(shapes_create_node(c, &body, &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.method, "POST");
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/api/nodes");
    CU_ASSERT_STRING_EQUAL(rec.body, "{\"id\":1,\"kind\":\"branch\",\"children\":[{\"id\":2,\"kind\":\"leaf\"}]}");
    CU_ASSERT_EQUAL(out->id, 5);
    CU_ASSERT_EQUAL(out->parent->kind.value, SHAPES_NODE_KIND_BRANCH);
    shapes_node_free(out);
    shapes_client_free(c);
    apic_error_clear(&err);
}

/* A success answer typed differently from the first (SuprSend's 207 beside 200) is not decoded,
 * but its body stays readable in err; an undocumented 2xx body too. */
static void test_an_undecoded_success_body_is_kept_in_err(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 207, "{\"records\":[{\"status\":\"error\"}]}");
    shapes_config cfg = SHAPES_CONFIG_INIT;
    cfg.transport = &t;
    shapes_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(shapes_client_new(&cfg, &c, &err), 0);
    shapes_node one = {.id = 1, .kind = {SHAPES_NODE_KIND_LEAF, NULL}};
    shapes_node_array body = {&one, 1};
    shapes_node_array *out = NULL;
    CU_ASSERT_EQUAL_FATAL(shapes_create_nodes(c, &body, &out, &err), 0);
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT_EQUAL(err.http_status, 207);
    CU_ASSERT_STRING_EQUAL(err.body, "{\"records\":[{\"status\":\"error\"}]}");
    rec.status = 200; /* the typed answer decodes, and leaves no body behind */
    rec.res_body = "[{\"id\":1,\"kind\":\"leaf\"}]";
    CU_ASSERT_EQUAL_FATAL(shapes_create_nodes(c, &body, &out, &err), 0);
    CU_ASSERT_PTR_NULL(err.body);
    CU_ASSERT_EQUAL_FATAL(out->count, 1);
    CU_ASSERT_EQUAL(out->items[0].id, 1);
    shapes_node_array_free(out);
    shapes_client_free(c);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"every member decodes exactly", test_every_member_decodes_exactly},
        {"round trip is byte exact", test_round_trip_is_byte_exact},
        {"absent, null and zero differ", test_absent_null_and_zero_differ},
        {"a missing required member is refused, named", test_missing_required_member_is_refused_with_its_name},
        {"the operation sends the body and decodes the answer", test_operation_sends_the_body_and_decodes_the_answer},
        {"an undecoded success body is kept in err", test_an_undecoded_success_body_is_kept_in_err},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"golden shapes", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
