/* apic_form_encode (apic/url.h): application/x-www-form-urlencoded bodies written by the query
 * parameter serialiser, with deepObject nested as deep as a value goes (Stripe's brackets). */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

/* --- types, as the generator would emit them ----------------------------------------------------- */

typedef struct price {
    char *currency;
    bool has_amount;
    int64_t amount;
    apic_json_map unknown_fields;
} price;
static const apic_field price_fields[] = {
    {"currency", 8, 0, offsetof(price, currency), -1, -1, &apic_type_string},
    {"amount", 6, 0, offsetof(price, amount), offsetof(price, has_amount), -1, &apic_type_int64},
};
static const apic_struct_desc price_desc = {"Price", sizeof(price), price_fields, 2, offsetof(price, unknown_fields), -1,
                                            NULL};
static const apic_type price_type = {APIC_OBJECT, APIC_FMT_NONE, &price_desc, NULL, NULL};

typedef struct line {
    price *price;
    bool has_quantity;
    int32_t quantity;
    apic_json_map unknown_fields;
} line;
static const apic_field line_fields[] = {
    {"price", 5, 0, offsetof(line, price), -1, -1, &price_type},
    {"quantity", 8, 0, offsetof(line, quantity), offsetof(line, has_quantity), -1, &apic_type_int32},
};
static const apic_struct_desc line_desc = {"Line", sizeof(line), line_fields, 2, offsetof(line, unknown_fields), -1, NULL};
static const apic_type line_type = {APIC_OBJECT, APIC_FMT_NONE, &line_desc, NULL, NULL};
typedef struct line_array {
    line *items;
    size_t count;
} line_array;
static const apic_type line_array_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &line_type};
static const apic_type strings_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string};
static const apic_type string_map_type = {APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_string};

typedef struct order {
    char *customer;            /* required */
    char *id;                  /* read-only */
    char *note;                /* nullable */
    bool note_is_null;
    bool has_paid;
    bool paid;
    bool has_ratio;
    double ratio;
    bool has_lines;
    line_array lines;          /* deepObject: lines[0][price][currency]=... */
    bool has_metadata;
    apic_string_map metadata;  /* deepObject: metadata[key]=... */
    price *total;              /* form (exploded): its members as pairs of their own */
    bool has_tags;
    apic_string_array tags;    /* form, exploded: tags=a&tags=b */
    bool has_codes;
    apic_string_array codes;   /* form, not exploded: codes=a,b */
    char *redirect;            /* allowReserved */
    apic_string_map extra;     /* additionalProperties */
    apic_json_map unknown_fields;
} order;
static const apic_field order_fields[] = {
    {"customer", 8, APIC_F_REQUIRED, offsetof(order, customer), -1, -1, &apic_type_string},
    {"id", 2, APIC_F_READONLY, offsetof(order, id), -1, -1, &apic_type_string},
    {"note", 4, APIC_F_NULLABLE, offsetof(order, note), -1, offsetof(order, note_is_null), &apic_type_string},
    {"paid", 4, 0, offsetof(order, paid), offsetof(order, has_paid), -1, &apic_type_bool},
    {"ratio", 5, 0, offsetof(order, ratio), offsetof(order, has_ratio), -1, &apic_type_double},
    {"lines", 5, 0, offsetof(order, lines), offsetof(order, has_lines), -1, &line_array_type},
    {"metadata", 8, 0, offsetof(order, metadata), offsetof(order, has_metadata), -1, &string_map_type},
    {"total", 5, 0, offsetof(order, total), -1, -1, &price_type},
    {"tags", 4, 0, offsetof(order, tags), offsetof(order, has_tags), -1, &strings_type},
    {"codes", 5, 0, offsetof(order, codes), offsetof(order, has_codes), -1, &strings_type},
    {"redirect", 8, 0, offsetof(order, redirect), -1, -1, &apic_type_string},
};
static const apic_struct_desc order_desc = {"Order", sizeof(order), order_fields, 11, offsetof(order, unknown_fields),
                                            offsetof(order, extra), &string_map_type};
static const apic_type order_type = {APIC_OBJECT, APIC_FMT_NONE, &order_desc, NULL, NULL};
static const apic_body_field order_enc[] = {
    {APIC_STYLE_FORM, true, false, NULL},        {APIC_STYLE_FORM, true, false, NULL},
    {APIC_STYLE_FORM, true, false, NULL},        {APIC_STYLE_FORM, true, false, NULL},
    {APIC_STYLE_FORM, true, false, NULL},        {APIC_STYLE_DEEP_OBJECT, true, false, NULL},
    {APIC_STYLE_DEEP_OBJECT, true, false, NULL}, {APIC_STYLE_FORM, true, false, NULL},
    {APIC_STYLE_FORM, true, false, NULL},        {APIC_STYLE_FORM, false, false, NULL},
    {APIC_STYLE_FORM, true, true, NULL},
};

static apic_buf out;
static apic_error err;

static int encode(const apic_type *t, const void *v, const apic_body_field *enc)
{
    apic_buf_free(&out);
    apic_error_clear(&err);
    return apic_form_encode(t, v, enc, &out, &err);
}

/* --- tests --------------------------------------------------------------------------------------- */

static void test_every_shape(void)
{
    price usd = {"usd", true, 1500, {0}}, eur = {"eur", false, 0, {0}};
    line lines[] = {{&usd, true, 2, {0}}, {&eur, false, 0, {0}}};
    char *mk[] = {"plan", "a b"}, *mv[] = {"pro", "x&y"};
    char *tags[] = {"red", "blue green"};
    char *ek[] = {"extra_key"}, *ev[] = {"v"};
    price total = {"kes", true, 99, {0}};
    order o = {.customer = "cus_1", .id = "ord_never_sent", .note = "n", .note_is_null = true, .has_paid = true,
               .paid = false, .has_ratio = true, .ratio = 0.25, .lines = {lines, 2}, .metadata = {mk, mv, 2},
               .total = &total, .tags = {tags, 2}, .codes = {tags, 2}, .redirect = "https://x.test/a?b=c",
               .extra = {ek, ev, 1}};
    CU_ASSERT_EQUAL_FATAL(encode(&order_type, &o, order_enc), 0);
    CU_ASSERT_STRING_EQUAL(out.data, "customer=cus_1&paid=false&ratio=0.25"
                                     "&lines[0][price][currency]=usd&lines[0][price][amount]=1500&lines[0][quantity]=2"
                                     "&lines[1][price][currency]=eur"
                                     "&metadata[plan]=pro&metadata[a%20b]=x%26y"
                                     "&currency=kes&amount=99"
                                     "&tags=red&tags=blue%20green&codes=red,blue%20green"
                                     "&redirect=https://x.test/a?b=c&extra_key=v");
}

static void test_defaults_without_encodings(void)
{
    char *tags[] = {"a", "b"};
    order o = {.customer = "c d", .tags = {tags, 2}};
    CU_ASSERT_EQUAL_FATAL(encode(&order_type, &o, NULL), 0);
    CU_ASSERT_STRING_EQUAL(out.data, "customer=c%20d&tags=a&tags=b");
}

static void test_map_body(void)
{
    char *k[] = {"To", "Body"}, *v[] = {"+254700000001", "Hi there"};
    apic_string_map m = {k, v, 2};
    CU_ASSERT_EQUAL_FATAL(encode(&string_map_type, &m, NULL), 0);
    CU_ASSERT_STRING_EQUAL(out.data, "To=%2B254700000001&Body=Hi%20there");
}

static void test_required_member(void)
{
    order o = {.has_paid = true, .paid = true};
    CU_ASSERT_EQUAL(encode(&order_type, &o, order_enc), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "'customer'"));
}

/* An object inside a form-style member has no form of its own (OpenAPI leaves it undefined): it
 * goes as its JSON text, as servers read such values, rather than being refused. */
static void test_nested_under_form_style_is_json(void)
{
    price usd = {"usd", false, 0, {0}};
    line lines[] = {{&usd, false, 0, {0}}};
    order o = {.customer = "c", .lines = {lines, 1}};
    apic_body_field enc[11];
    memcpy(enc, order_enc, sizeof enc);
    enc[5].style = APIC_STYLE_FORM;
    CU_ASSERT_EQUAL_FATAL(encode(&order_type, &o, enc), 0);
    CU_ASSERT_STRING_EQUAL(out.data, "customer=c&lines=%7B%22price%22%3A%7B%22currency%22%3A%22usd%22%7D%7D");
}

static void test_not_an_object(void)
{
    char *s = "x";
    CU_ASSERT_EQUAL(encode(&apic_type_string, &s, NULL), APIC_E_ARG);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"every shape: scalars, deepObject nesting, form objects, repeated and joined arrays", test_every_shape},
        {"without encodings: form, exploded", test_defaults_without_encodings},
        {"a map body", test_map_body},
        {"a required member is checked", test_required_member},
        {"an object inside a form-style member goes as JSON text", test_nested_under_form_style_is_json},
        {"only objects and maps are forms", test_not_an_object},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"form bodies", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    int rc = cunit_run(suites);
    apic_buf_free(&out);
    apic_error_clear(&err);
    return rc;
}
