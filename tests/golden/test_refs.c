/* Golden test of references beyond JSON pointers (tests/golden/refs.yaml): a tree whose children
 * are `$dynamicRef: "#node"` is a tree of trees, `$ref: "#person"` reaches an `$anchor`, a
 * `$recursiveRef: "#"` is the schema holding it; an allOf of Base and a discriminated union is
 * that union with Base's members in each variant, decoded by the discriminator and sent whole.
 * Requests are recorded, not sent. */
#include <string.h>

#include <refs/refs.h>

#include "cunit_run.h"
#include "recorder.h"

static recorder rec;
static refs_client *client;
static refs_error err;

static void open_client(const char *body)
{
    static apic_transport t;
    t = recorder_transport(&rec, 200, body);
    refs_config cfg = REFS_CONFIG_INIT;
    cfg.transport = &t;
    CU_ASSERT_EQUAL_FATAL(refs_client_new(&cfg, &client, &err), 0);
}

static void close_client(void)
{
    refs_client_free(client);
    client = NULL;
    refs_error_clear(&err);
}

static void test_dynamic_and_anchor_references(void)
{
    open_client("{\"name\":\"root\",\"owner\":{\"name\":\"ada\"},"
                "\"children\":[{\"name\":\"a\",\"children\":[{\"name\":\"a1\"}]},{\"name\":\"b\"}]}");
    refs_tree *t = NULL;
    CU_ASSERT_EQUAL_FATAL(refs_get_tree(client, &t, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->name, "root");
    CU_ASSERT_TRUE_FATAL(t->owner != NULL);
    CU_ASSERT_STRING_EQUAL(t->owner->name, "ada");
    CU_ASSERT_TRUE_FATAL(t->has_children && t->children.count == 2);
    CU_ASSERT_TRUE_FATAL(t->children.items[0].has_children && t->children.items[0].children.count == 1);
    CU_ASSERT_STRING_EQUAL(t->children.items[0].children.items[0].name, "a1");
    refs_tree_free(t);
    close_client();
}

static void test_recursive_reference(void)
{
    open_client("{\"label\":\"shoes\",\"parent\":{\"label\":\"clothing\",\"parent\":{\"label\":\"all\"}}}");
    refs_category *c = NULL;
    CU_ASSERT_EQUAL_FATAL(refs_get_category(client, &c, &err), 0);
    CU_ASSERT_TRUE_FATAL(c != NULL && c->parent != NULL && c->parent->parent != NULL);
    CU_ASSERT_STRING_EQUAL(c->parent->parent->label, "all");
    CU_ASSERT_PTR_NULL(c->parent->parent->parent);
    refs_category_free(c);
    close_client();
}

static void test_all_of_around_a_union(void)
{
    open_client("{\"id\":\"p2\",\"name\":\"rex\",\"kind\":\"dog\",\"barks\":3}");
    refs_pet_cat cat = {.id = "p1", .name = "tom", .kind = {REFS_PET_CAT_KIND_CAT, NULL}, .has_meows = true,
                        .meows = true};
    refs_pet body = {.kind = REFS_PET_CAT, .as.cat = &cat};
    refs_pet *back = NULL;
    CU_ASSERT_EQUAL_FATAL(refs_add_pet(client, &body, &back, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.body, "{\"id\":\"p1\",\"name\":\"tom\",\"kind\":\"cat\",\"meows\":true}");
    CU_ASSERT_PTR_NOT_NULL_FATAL(back);
    CU_ASSERT_EQUAL(back->kind, REFS_PET_DOG); /* chosen by the discriminator */
    CU_ASSERT_TRUE_FATAL(back->as.dog != NULL);
    CU_ASSERT_STRING_EQUAL(back->as.dog->id, "p2"); /* Base's member, in the variant */
    CU_ASSERT_STRING_EQUAL(back->as.dog->name, "rex");
    CU_ASSERT_TRUE(back->as.dog->has_barks && back->as.dog->barks == 3);
    refs_pet_free(back);
    close_client();
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"$dynamicRef and $anchor", test_dynamic_and_anchor_references},
        {"$recursiveRef", test_recursive_reference},
        {"allOf around a union: the union, Base in each variant", test_all_of_around_a_union},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"golden refs", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
