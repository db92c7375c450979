/* The JSON codec against hand-written structs and descriptors laid out exactly as the
 * generator emits them: round trips, presence, exact numbers, strings, unknown data,
 * recursion, request/response modes, and strict rejection of malformed input. */
#include <CUnit/CUnit.h>
#include <locale.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "cunit_run.h"

/* ---- generated-style model: Contact, CompanyRef, ContactList ---- */

typedef enum esauti_contact_status {
    ESAUTI_CONTACT_STATUS__OTHER = 0,
    ESAUTI_CONTACT_STATUS_ACTIVE = 1,
    ESAUTI_CONTACT_STATUS_BOUNCED = 2
} esauti_contact_status;
typedef struct esauti_contact_status_val {
    esauti_contact_status value;
    char *other;
} esauti_contact_status_val;

typedef struct esauti_company_ref {
    int64_t id;
    char *name;
    apic_json_map unknown_fields;
} esauti_company_ref;

typedef struct esauti_contact {
    int64_t id;
    char *email;
    char *firstname;
    bool firstname_is_null;
    bool has_points;
    int32_t points;
    bool has_score;
    double score;
    bool has_is_published;
    bool is_published;
    bool has_status;
    esauti_contact_status_val status;
    esauti_company_ref *company;
    bool has_tags;
    apic_string_array tags;
    bool has_custom_fields;
    apic_json_map custom_fields;
    bool has_stage_id;
    int64_t stage_id;
    bool stage_id_is_null;
    char *metadata;
    char *password; /* writeOnly */
    apic_json_map unknown_fields;
} esauti_contact;

typedef struct esauti_contact_array {
    esauti_contact *items;
    size_t count;
} esauti_contact_array;

typedef struct esauti_contact_list {
    int64_t total;
    esauti_contact_array contacts;
    apic_json_map unknown_fields;
} esauti_contact_list;

static const char *const esauti_contact_status_values[] = {"active", "bounced"};
static const apic_enum_desc esauti_contact_status_desc = {"ContactStatus", esauti_contact_status_values, 2};
static const apic_type esauti_contact_status_type = {APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_status_desc,
                                                     NULL};
extern const apic_struct_desc esauti_company_ref_desc;
extern const apic_struct_desc esauti_contact_desc;
extern const apic_struct_desc esauti_contact_list_desc;
static const apic_type esauti_company_ref_type = {APIC_OBJECT, APIC_FMT_NONE, &esauti_company_ref_desc, NULL, NULL};
static const apic_type esauti_contact_type = {APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_desc, NULL, NULL};
static const apic_type esauti_contact_array_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_contact_type};
static const apic_type esauti_contact_list_type = {APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_list_desc, NULL, NULL};
static const apic_type esauti_email_type = {APIC_STRING, APIC_FMT_EMAIL, NULL, NULL, NULL};
static const apic_type esauti_contact_tags_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string};

static const apic_field esauti_company_ref_fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_company_ref, id), -1, -1, &apic_type_int64},
    {"name", 4, 0, offsetof(esauti_company_ref, name), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_company_ref_desc = {"CompanyRef", sizeof(esauti_company_ref), esauti_company_ref_fields, 2,
                                                  offsetof(esauti_company_ref, unknown_fields), -1, NULL};

static const apic_field esauti_contact_fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_contact, id), -1, -1, &apic_type_int64},
    {"email", 5, APIC_F_REQUIRED, offsetof(esauti_contact, email), -1, -1, &esauti_email_type},
    {"firstname", 9, APIC_F_NULLABLE, offsetof(esauti_contact, firstname), -1,
     offsetof(esauti_contact, firstname_is_null), &apic_type_string},
    {"points", 6, 0, offsetof(esauti_contact, points), offsetof(esauti_contact, has_points), -1, &apic_type_int32},
    {"score", 5, 0, offsetof(esauti_contact, score), offsetof(esauti_contact, has_score), -1, &apic_type_double},
    {"is_published", 12, 0, offsetof(esauti_contact, is_published), offsetof(esauti_contact, has_is_published), -1,
     &apic_type_bool},
    {"status", 6, 0, offsetof(esauti_contact, status), offsetof(esauti_contact, has_status), -1,
     &esauti_contact_status_type},
    {"company", 7, 0, offsetof(esauti_contact, company), -1, -1, &esauti_company_ref_type},
    {"tags", 4, 0, offsetof(esauti_contact, tags), offsetof(esauti_contact, has_tags), -1, &esauti_contact_tags_type},
    {"custom_fields", 13, 0, offsetof(esauti_contact, custom_fields), offsetof(esauti_contact, has_custom_fields), -1,
     &apic_type_json_map},
    {"stage_id", 8, APIC_F_NULLABLE, offsetof(esauti_contact, stage_id), offsetof(esauti_contact, has_stage_id),
     offsetof(esauti_contact, stage_id_is_null), &apic_type_int64},
    {"metadata", 8, 0, offsetof(esauti_contact, metadata), -1, -1, &apic_type_any},
    {"password", 8, APIC_F_WRITEONLY, offsetof(esauti_contact, password), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_contact_desc = {"Contact", sizeof(esauti_contact), esauti_contact_fields,
                                              sizeof esauti_contact_fields / sizeof esauti_contact_fields[0],
                                              offsetof(esauti_contact, unknown_fields), -1, NULL};

static const apic_field esauti_contact_list_fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_contact_list, total), -1, -1, &apic_type_int64},
    {"contacts", 8, APIC_F_REQUIRED, offsetof(esauti_contact_list, contacts), -1, -1, &esauti_contact_array_type},
};
const apic_struct_desc esauti_contact_list_desc = {"ContactList", sizeof(esauti_contact_list),
                                                   esauti_contact_list_fields, 2,
                                                   offsetof(esauti_contact_list, unknown_fields), -1, NULL};

/* ---- a recursive type: a node with child nodes and an optional parent-like node ---- */

typedef struct node node;
typedef struct node_array {
    node *items;
    size_t count;
} node_array;
struct node {
    char *name;
    bool has_children;
    node_array children;
    node *parent;
    apic_json_map unknown_fields;
};
extern const apic_struct_desc node_desc;
static const apic_type node_type = {APIC_OBJECT, APIC_FMT_NONE, &node_desc, NULL, NULL};
static const apic_type node_array_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &node_type};
static const apic_field node_fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(node, name), -1, -1, &apic_type_string},
    {"children", 8, 0, offsetof(node, children), offsetof(node, has_children), -1, &node_array_type},
    {"parent", 6, 0, offsetof(node, parent), -1, -1, &node_type},
};
const apic_struct_desc node_desc = {"Node", sizeof(node), node_fields, 3, offsetof(node, unknown_fields), -1, NULL};

/* ---- additionalProperties: {type: string} ---- */

typedef struct labels {
    char *kind;
    bool has_extra;
    apic_string_map extra;
    apic_json_map unknown_fields;
} labels;
static const apic_type string_map_type = {APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_string};
static const apic_field labels_fields[] = {
    {"kind", 4, 0, offsetof(labels, kind), -1, -1, &apic_type_string},
};
static const apic_struct_desc labels_desc = {"Labels", sizeof(labels), labels_fields, 1,
                                             offsetof(labels, unknown_fields), offsetof(labels, extra),
                                             &string_map_type};
static const apic_type labels_type = {APIC_OBJECT, APIC_FMT_NONE, &labels_desc, NULL, NULL};

/* ---- a struct that keeps no unknown members, with float and int arrays ---- */

typedef struct point {
    int32_t x;
    int32_t y;
    bool has_w;
    float w;
    bool has_ids;
    apic_int64_array ids;
} point;
static const apic_type int64_array_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_int64};
static const apic_field point_fields[] = {
    {"x", 1, APIC_F_REQUIRED, offsetof(point, x), -1, -1, &apic_type_int32},
    {"y", 1, APIC_F_REQUIRED, offsetof(point, y), -1, -1, &apic_type_int32},
    {"w", 1, 0, offsetof(point, w), offsetof(point, has_w), -1, &apic_type_float},
    {"ids", 3, 0, offsetof(point, ids), offsetof(point, has_ids), -1, &int64_array_type},
};
static const apic_struct_desc point_desc = {"Point", sizeof(point), point_fields, 4, -1, -1, NULL};
static const apic_type point_type = {APIC_OBJECT, APIC_FMT_NONE, &point_desc, NULL, NULL};

/* ---- helpers ---- */

/* Copies text into an allocation of exactly its length, so reading past len is caught
 * by valgrind and ASan. */
static char *exact_copy(const char *s, size_t n)
{
    char *p = malloc(n != 0 ? n : 1);
    if (p != NULL && n != 0) memcpy(p, s, n);
    return p;
}

static int decode(const apic_type *t, const char *json, void *slot, apic_error *err)
{
    size_t n = strlen(json);
    char *copy = exact_copy(json, n);
    int rc = apic_json_decode(t, copy, n, slot, err);
    free(copy);
    return rc;
}

static int validate(const char *json, size_t n)
{
    char *copy = exact_copy(json, n);
    int rc = apic_json_validate(copy, n, NULL);
    free(copy);
    return rc;
}

/* Encodes into a fresh string (NULL on failure, *rc tells why). */
static char *encode(const apic_type *t, const void *slot, unsigned mode, int *rc, apic_error *err)
{
    apic_buf b = {0};
    *rc = apic_json_encode(t, slot, &b, mode, err);
    if (*rc != 0) {
        apic_buf_free(&b);
        return NULL;
    }
    return apic_buf_steal(&b);
}

static int check_str(const char *actual, const char *expected, const char *what)
{
    if (actual != NULL && strcmp(actual, expected) == 0) return 1;
    fprintf(stderr, "\n%s:\n  expected: %s\n  actual:   %s\n", what, expected, actual ? actual : "(null)");
    return 0;
}
#define ASSERT_STR(actual, expected) CU_ASSERT(check_str((actual), (expected), #actual))

static int all_zero(const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i] != 0) return 0;
    return 1;
}

/* Decodes then re-encodes (mode 0: every field) and expects the same bytes back. */
static void expect_round_trip(const apic_type *t, const char *json)
{
    size_t size = apic_type_size(t);
    void *slot = calloc(1, size);
    apic_error err = {0};
    int rc = decode(t, json, slot, &err);
    CU_ASSERT_EQUAL(rc, 0);
    if (rc != 0) fprintf(stderr, "\ndecode failed: %s\n", err.message);
    char *out = encode(t, slot, 0, &rc, &err);
    CU_ASSERT_EQUAL(rc, 0);
    ASSERT_STR(out, json);
    free(out);
    apic_value_clear(t, slot);
    CU_ASSERT(all_zero(slot, size));
    free(slot);
}

static const char CONTACT_JSON[] =
    "{\"id\":42,\"email\":\"ada@example.com\",\"firstname\":\"Ada\",\"points\":0,\"score\":97.5,"
    "\"is_published\":false,\"status\":\"active\",\"company\":{\"id\":7,\"name\":\"Acme\",\"founded\":1999},"
    "\"tags\":[\"a\",\"b\"],\"custom_fields\":{\"color\":\"blue\",\"n\":[1,2]},\"stage_id\":null,"
    "\"metadata\":{\"k\":[true,null]},\"password\":\"pw\",\"zz_unknown\":{\"deep\":[1,{\"x\":\"y\"}]}}";

static const char LIST_JSON[] =
    "{\"total\":3,\"contacts\":["
    "{\"id\":1,\"email\":\"a@x.io\",\"points\":10,\"status\":\"bounced\",\"tags\":[]},"
    "{\"id\":2,\"email\":\"b@x.io\",\"firstname\":null,\"score\":-0.25,\"company\":{\"id\":9}},"
    "{\"id\":3,\"email\":\"c@x.io\",\"is_published\":true,\"stage_id\":77,\"metadata\":\"text\"}"
    "],\"next\":\"cursor-2\"}";

/* ---- tests ---- */

static void test_contact_round_trip(void)
{
    esauti_contact c = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type, CONTACT_JSON, &c, &err), 0);
    CU_ASSERT_EQUAL(c.id, 42);
    ASSERT_STR(c.email, "ada@example.com");
    ASSERT_STR(c.firstname, "Ada");
    CU_ASSERT_FALSE(c.firstname_is_null);
    CU_ASSERT(c.has_points && c.points == 0);
    CU_ASSERT(c.has_score && c.score == 97.5);
    CU_ASSERT(c.has_is_published && !c.is_published);
    CU_ASSERT(c.has_status && c.status.value == ESAUTI_CONTACT_STATUS_ACTIVE && c.status.other == NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c.company);
    CU_ASSERT_EQUAL(c.company->id, 7);
    ASSERT_STR(c.company->name, "Acme");
    CU_ASSERT_EQUAL_FATAL(c.company->unknown_fields.count, 1);
    ASSERT_STR(c.company->unknown_fields.keys[0], "founded");
    ASSERT_STR(c.company->unknown_fields.values[0], "1999");
    CU_ASSERT(c.has_tags);
    CU_ASSERT_EQUAL_FATAL(c.tags.count, 2);
    ASSERT_STR(c.tags.items[1], "b");
    CU_ASSERT(c.has_custom_fields);
    CU_ASSERT_EQUAL_FATAL(c.custom_fields.count, 2);
    ASSERT_STR(c.custom_fields.values[1], "[1,2]");
    CU_ASSERT(c.stage_id_is_null && !c.has_stage_id);
    ASSERT_STR(c.metadata, "{\"k\":[true,null]}");
    ASSERT_STR(c.password, "pw");
    CU_ASSERT_EQUAL_FATAL(c.unknown_fields.count, 1);
    ASSERT_STR(c.unknown_fields.keys[0], "zz_unknown");
    ASSERT_STR(c.unknown_fields.values[0], "{\"deep\":[1,{\"x\":\"y\"}]}");

    int rc;
    char *out = encode(&esauti_contact_type, &c, 0, &rc, &err);
    CU_ASSERT_EQUAL(rc, 0);
    ASSERT_STR(out, CONTACT_JSON);
    free(out);
    apic_value_clear(&esauti_contact_type, &c);
    CU_ASSERT(all_zero(&c, sizeof c));
}

static void test_list_of_three_round_trip(void)
{
    esauti_contact_list l = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_list_type, LIST_JSON, &l, &err), 0);
    CU_ASSERT_EQUAL(l.total, 3);
    CU_ASSERT_EQUAL_FATAL(l.contacts.count, 3);
    esauti_contact *c = l.contacts.items;
    CU_ASSERT(c[0].id == 1 && c[0].has_points && c[0].points == 10);
    CU_ASSERT(c[0].has_status && c[0].status.value == ESAUTI_CONTACT_STATUS_BOUNCED);
    CU_ASSERT(c[0].has_tags && c[0].tags.count == 0);
    CU_ASSERT(c[1].firstname == NULL && c[1].firstname_is_null);
    CU_ASSERT(c[1].has_score && c[1].score == -0.25);
    CU_ASSERT(c[1].company != NULL && c[1].company->id == 9 && c[1].company->name == NULL);
    CU_ASSERT(!c[1].has_points && !c[1].has_tags);
    CU_ASSERT(c[2].has_is_published && c[2].is_published);
    CU_ASSERT(c[2].has_stage_id && c[2].stage_id == 77 && !c[2].stage_id_is_null);
    ASSERT_STR(c[2].metadata, "\"text\"");
    CU_ASSERT_EQUAL_FATAL(l.unknown_fields.count, 1);
    ASSERT_STR(l.unknown_fields.values[0], "\"cursor-2\"");
    apic_value_clear(&esauti_contact_list_type, &l);

    expect_round_trip(&esauti_contact_list_type, LIST_JSON);
    expect_round_trip(&esauti_contact_array_type, "[{\"id\":1,\"email\":\"a\"},{\"id\":2,\"email\":\"b\"}]");
    expect_round_trip(&esauti_contact_array_type, "[]");
}

static void test_presence_zero_false_empty_null(void)
{
    esauti_contact c = {0};
    c.id = 5;
    c.email = "e@x.io";
    int rc;
    char *out = encode(&esauti_contact_type, &c, APIC_ENC_RESPONSE, &rc, NULL);
    ASSERT_STR(out, "{\"id\":5,\"email\":\"e@x.io\"}"); /* nothing set: nothing sent */
    free(out);

    c.firstname = "";
    c.has_points = true; /* points == 0 */
    c.has_score = true;  /* score == 0.0 */
    c.has_is_published = true; /* false */
    c.has_tags = true;   /* empty array */
    c.has_stage_id = true;
    c.stage_id_is_null = true; /* null wins over the value */
    out = encode(&esauti_contact_type, &c, APIC_ENC_RESPONSE, &rc, NULL);
    ASSERT_STR(out, "{\"id\":5,\"email\":\"e@x.io\",\"firstname\":\"\",\"points\":0,\"score\":0,"
                    "\"is_published\":false,\"tags\":[],\"stage_id\":null}");
    free(out);

    c.firstname = NULL;
    c.firstname_is_null = true;
    c.has_points = c.has_score = c.has_is_published = c.has_tags = c.has_stage_id = c.stage_id_is_null = false;
    out = encode(&esauti_contact_type, &c, APIC_ENC_RESPONSE, &rc, NULL);
    ASSERT_STR(out, "{\"id\":5,\"email\":\"e@x.io\",\"firstname\":null}");
    free(out);

    /* Decoding: present zero/false/"" set has_, absent leaves it clear, and null into a
     * non-nullable field leaves it absent without an error. */
    esauti_contact d = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type,
                                 "{\"id\":0,\"email\":\"\",\"points\":0,\"is_published\":false,\"score\":null,"
                                 "\"tags\":null,\"company\":null,\"firstname\":null,\"stage_id\":null}",
                                 &d, NULL),
                          0);
    CU_ASSERT(d.id == 0 && d.email != NULL && d.email[0] == '\0');
    CU_ASSERT(d.has_points && d.points == 0);
    CU_ASSERT(d.has_is_published && !d.is_published);
    CU_ASSERT(!d.has_score && !d.has_tags && d.company == NULL && !d.has_status);
    CU_ASSERT(d.firstname == NULL && d.firstname_is_null);
    CU_ASSERT(!d.has_stage_id && d.stage_id_is_null);
    apic_value_clear(&esauti_contact_type, &d);
}

static void test_int64_exact(void)
{
    static const char *const cases[] = {"-9223372036854775808", "9223372036854775807", "9007199254740993",
                                        "-9007199254740993", "0", "-1"};
    static const int64_t values[] = {INT64_MIN, INT64_MAX, 9007199254740993LL, -9007199254740993LL, 0, -1};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t v = 12345;
        CU_ASSERT_EQUAL(decode(&apic_type_int64, cases[i], &v, NULL), 0);
        CU_ASSERT(v == values[i]);
        int rc;
        char *out = encode(&apic_type_int64, &values[i], 0, &rc, NULL);
        ASSERT_STR(out, cases[i]);
        free(out);
    }
    /* Integral numbers written with a fraction or exponent are still exact integers. */
    static const char *const integral[] = {"2.0", "1e3", "-0.0", "1.5e1", "92233720368547758.07e2", "0e-99999"};
    static const int64_t integral_values[] = {2, 1000, 0, 15, INT64_MAX, 0};
    for (size_t i = 0; i < sizeof integral / sizeof integral[0]; i++) {
        int64_t v = 12345;
        CU_ASSERT_EQUAL(decode(&apic_type_int64, integral[i], &v, NULL), 0);
        CU_ASSERT(v == integral_values[i]);
    }
    static const char *const bad[] = {"9223372036854775808", "-9223372036854775809", "18446744073709551616",
                                      "1e19", "2.5", "1e-1", "92233720368547758.08e2", "1e999999999999", "\"1\""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t v = 0;
        apic_error err = {0};
        CU_ASSERT_EQUAL(decode(&apic_type_int64, bad[i], &v, &err), APIC_E_DECODE);
        CU_ASSERT_EQUAL(v, 0);
        CU_ASSERT_EQUAL(err.kind, APIC_E_DECODE);
    }
    /* Inside a struct, through a field. */
    esauti_contact c = {0};
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"id\":9007199254740993,\"email\":\"x\"}", &c, NULL), 0);
    CU_ASSERT(c.id == 9007199254740993LL);
    int rc;
    char *out = encode(&esauti_contact_type, &c, 0, &rc, NULL);
    ASSERT_STR(out, "{\"id\":9007199254740993,\"email\":\"x\"}");
    free(out);
    apic_value_clear(&esauti_contact_type, &c);
}

static void test_int32_range(void)
{
    int32_t v = 0;
    CU_ASSERT_EQUAL(decode(&apic_type_int32, "2147483647", &v, NULL), 0);
    CU_ASSERT_EQUAL(v, INT32_MAX);
    CU_ASSERT_EQUAL(decode(&apic_type_int32, "-2147483648", &v, NULL), 0);
    CU_ASSERT_EQUAL(v, INT32_MIN);
    v = 0;
    apic_error err = {0};
    CU_ASSERT_EQUAL(decode(&apic_type_int32, "2147483648", &v, &err), APIC_E_DECODE);
    CU_ASSERT_EQUAL(v, 0);
    CU_ASSERT_EQUAL(decode(&apic_type_int32, "-2147483649", &v, NULL), APIC_E_DECODE);
    CU_ASSERT_EQUAL(decode(&apic_type_int32, "1e10", &v, NULL), APIC_E_DECODE);

    esauti_contact c = {0};
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"id\":1,\"email\":\"x\",\"points\":4294967296}", &c, &err),
                    APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "$.points: "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "out of range"));
    CU_ASSERT(all_zero(&c, sizeof c));
}

/* A member name is a C string, which \u0000 would cut short: "id\u0000x" would read as "id" and,
 * sent back among the unknown members, stand beside (or, decoded again, replace) the real "id".
 * Such a name is refused, as Jansson refuses it (found by tests/fuzz/fuzz_json_contact.c). */
static void test_member_name_with_nul_is_refused(void)
{
    esauti_contact c = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"email\":\"a@b.co\",\"id\\u0000x\":51}", &c, &err),
                    APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "\\u0000"));
    CU_ASSERT(all_zero(&c, sizeof c));
    apic_json_map m = {0};
    CU_ASSERT_EQUAL(decode(&apic_type_json_map, "{\"a\":1,\"a\\u0000\":2}", &m, &err), APIC_E_DECODE);
    CU_ASSERT(all_zero(&m, sizeof m));
    /* Other escapes in names still read. */
    CU_ASSERT_EQUAL(decode(&apic_type_json_map, "{\"\\u0061\\n\":1}", &m, &err), 0);
    CU_ASSERT_EQUAL_FATAL(m.count, 1);
    ASSERT_STR(m.keys[0], "a\n");
    apic_value_clear(&apic_type_json_map, &m);
    apic_error_clear(&err);
}

static void test_strings_unicode_and_escapes(void)
{
    char *s = NULL;
    /* é, €, U+1F600 (surrogate pair), raw UTF-8 passes through, and every short escape. */
    CU_ASSERT_EQUAL_FATAL(decode(&apic_type_string, "\"\\u00e9\\u20AC\\ud83d\\ude00|\xC3\xA9|\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
                                 &s, NULL),
                          0);
    ASSERT_STR(s, "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80|\xC3\xA9|\"\\/\b\f\n\r\t");
    apic_value_clear(&apic_type_string, &s);
    CU_ASSERT_PTR_NULL(s);

    /* Lone surrogates (escaped) become U+FFFD; the next escape is still read. */
    CU_ASSERT_EQUAL_FATAL(decode(&apic_type_string, "\"\\ud800x\\udc00\\ud83d\\u0041\\ud83d\"", &s, NULL), 0);
    ASSERT_STR(s, "\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD" "A\xEF\xBF\xBD");
    apic_value_clear(&apic_type_string, &s);

    /* \u0000 decodes to a NUL byte; the C string ends there. */
    CU_ASSERT_EQUAL_FATAL(decode(&apic_type_string, "\"a\\u0000b\"", &s, NULL), 0);
    CU_ASSERT(s[0] == 'a' && s[1] == '\0' && s[2] == 'b');
    apic_value_clear(&apic_type_string, &s);

    /* Encoding escapes '"', '\\' and control characters; UTF-8 and DEL pass through. */
    const char *raw = "q\"b\\s/\x01\x1f\b\f\n\r\t\x7f\xC3\xA9\xF0\x9F\x98\x80";
    int rc;
    char *out = encode(&apic_type_string, &raw, 0, &rc, NULL);
    ASSERT_STR(out, "\"q\\\"b\\\\s/\\u0001\\u001f\\b\\f\\n\\r\\t\x7f\xC3\xA9\xF0\x9F\x98\x80\"");
    free(out);

    apic_buf b = {0};
    CU_ASSERT_EQUAL(apic_json_write_string(&b, "x\0y", 3), 0); /* explicit length: NUL is escaped */
    ASSERT_STR(b.data, "\"x\\u0000y\"");
    CU_ASSERT_EQUAL(b.len, 10);
    apic_buf_free(&b);

    /* A long string with escapes spread out, to cross buffer growth. */
    char longs[5000];
    for (size_t i = 0; i < sizeof longs - 1; i++) longs[i] = (char)(i % 97 == 0 ? '\n' : 'a' + (int)(i % 26));
    longs[sizeof longs - 1] = '\0';
    const char *lp = longs;
    out = encode(&apic_type_string, &lp, 0, &rc, NULL);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    char *back = NULL;
    CU_ASSERT_EQUAL(decode(&apic_type_string, out, &back, NULL), 0);
    ASSERT_STR(back, longs);
    free(back);
    free(out);
}

static void test_unknown_members_kept_verbatim(void)
{
    const char *in = "{ \"id\" : 1 , \"x\" : { \"a\" : [ 1 , { \"b\" : null } ] } ,\"email\":\"e\","
                     "\"y\":[true,\"s\\u00e9\",-1.5e-3,{}],\"z\":\"\\\"q\\\"\"\n}";
    esauti_contact c = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type, in, &c, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(c.unknown_fields.count, 3);
    ASSERT_STR(c.unknown_fields.keys[0], "x");
    ASSERT_STR(c.unknown_fields.values[0], "{ \"a\" : [ 1 , { \"b\" : null } ] }"); /* exact bytes, trimmed */
    ASSERT_STR(c.unknown_fields.keys[1], "y");
    ASSERT_STR(c.unknown_fields.values[1], "[true,\"s\\u00e9\",-1.5e-3,{}]");
    ASSERT_STR(c.unknown_fields.values[2], "\"\\\"q\\\"\"");
    int rc;
    char *out = encode(&esauti_contact_type, &c, APIC_ENC_REQUEST, &rc, NULL);
    ASSERT_STR(out, "{\"email\":\"e\",\"x\":{ \"a\" : [ 1 , { \"b\" : null } ] },"
                    "\"y\":[true,\"s\\u00e9\",-1.5e-3,{}],\"z\":\"\\\"q\\\"\"}");
    free(out);
    apic_value_clear(&esauti_contact_type, &c);

    /* Escaped member names are unescaped before matching and storing. */
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type, "{\"\\u0069d\":3,\"em\\u0061il\":\"e\",\"k\\n\":1}", &c, NULL),
                          0);
    CU_ASSERT_EQUAL(c.id, 3);
    ASSERT_STR(c.email, "e");
    CU_ASSERT_EQUAL_FATAL(c.unknown_fields.count, 1);
    ASSERT_STR(c.unknown_fields.keys[0], "k\n");
    out = encode(&esauti_contact_type, &c, 0, &rc, NULL);
    ASSERT_STR(out, "{\"id\":3,\"email\":\"e\",\"k\\n\":1}");
    free(out);
    apic_value_clear(&esauti_contact_type, &c);

    /* A long escaped name (unescaped on the heap rather than on the stack). */
    char longkey[600];
    int kl = sprintf(longkey, "{\"id\":1,\"email\":\"e\",\"");
    for (int i = 0; i < 300; i++) {
        if (i == 150) longkey[kl++] = '\\'; /* an escaped backslash */
        longkey[kl++] = i == 150 ? '\\' : 'k';
    }
    sprintf(longkey + kl, "\":2}");
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type, longkey, &c, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(c.unknown_fields.count, 1);
    CU_ASSERT_EQUAL(strlen(c.unknown_fields.keys[0]), 300);
    CU_ASSERT_EQUAL(c.unknown_fields.keys[0][150], '\\');
    CU_ASSERT_EQUAL(c.unknown_fields.keys[0][149], 'k');
    out = encode(&esauti_contact_type, &c, 0, &rc, NULL);
    ASSERT_STR(out, longkey);
    free(out);
    apic_value_clear(&esauti_contact_type, &c);

    /* A struct without unknown_fields validates and drops unknown members. */
    point p = {0};
    CU_ASSERT_EQUAL(decode(&point_type, "{\"x\":1,\"z\":{\"q\":[1,{\"r\":2}]},\"y\":2}", &p, NULL), 0);
    CU_ASSERT(p.x == 1 && p.y == 2);
    CU_ASSERT_EQUAL(decode(&point_type, "{\"x\":1,\"z\":[1,}", &p, NULL), APIC_E_DECODE);
    CU_ASSERT(all_zero(&p, sizeof p));

    /* Raw JSON set by the caller is validated before it is written. */
    esauti_contact bad = {0};
    bad.id = 1;
    bad.email = "e";
    bad.metadata = "{\"a\":";
    apic_buf b = {0};
    apic_buf_puts(&b, "keep");
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_json_encode(&esauti_contact_type, &bad, &b, 0, &err), APIC_E_ENCODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "$.metadata: "));
    ASSERT_STR(b.data, "keep");
    CU_ASSERT_EQUAL(b.len, 4);
    bad.metadata = "  [1, 2]\n";
    CU_ASSERT_EQUAL(apic_json_encode(&esauti_contact_type, &bad, &b, 0, &err), 0);
    ASSERT_STR(b.data, "keep{\"id\":1,\"email\":\"e\",\"metadata\":[1, 2]}");
    apic_buf_free(&b);
}

static void test_unknown_enum_text(void)
{
    esauti_contact c = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type, "{\"id\":1,\"email\":\"e\",\"status\":\"archived\"}", &c, NULL),
                          0);
    CU_ASSERT(c.has_status);
    CU_ASSERT_EQUAL(c.status.value, ESAUTI_CONTACT_STATUS__OTHER);
    ASSERT_STR(c.status.other, "archived");
    int rc;
    char *out = encode(&esauti_contact_type, &c, 0, &rc, NULL);
    ASSERT_STR(out, "{\"id\":1,\"email\":\"e\",\"status\":\"archived\"}");
    free(out);
    apic_value_clear(&esauti_contact_type, &c);

    /* Escaped text of a known value matches it; a prefix of a known value does not. */
    esauti_contact_status_val st = {0};
    CU_ASSERT_EQUAL(decode(&esauti_contact_status_type, "\"\\u0061ctive\"", &st, NULL), 0);
    CU_ASSERT(st.value == ESAUTI_CONTACT_STATUS_ACTIVE && st.other == NULL);
    CU_ASSERT_EQUAL(decode(&esauti_contact_status_type, "\"activ\"", &st, NULL), 0);
    CU_ASSERT(st.value == 0 && st.other != NULL && strcmp(st.other, "activ") == 0);
    apic_value_clear(&esauti_contact_status_type, &st);
    CU_ASSERT_EQUAL(decode(&esauti_contact_status_type, "\"\"", &st, NULL), 0);
    CU_ASSERT(st.value == 0 && st.other != NULL && st.other[0] == '\0');
    apic_value_clear(&esauti_contact_status_type, &st);
    CU_ASSERT_EQUAL(decode(&esauti_contact_status_type, "1", &st, NULL), APIC_E_DECODE);

    /* Neither a value nor a text, or a value out of range: nothing can be written. */
    apic_error err = {0};
    esauti_contact e = {0};
    e.id = 1;
    e.email = "e";
    e.has_status = true;
    CU_ASSERT_PTR_NULL(encode(&esauti_contact_type, &e, 0, &rc, &err));
    CU_ASSERT_EQUAL(rc, APIC_E_ENCODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "$.status: "));
    e.status.value = 3;
    CU_ASSERT_PTR_NULL(encode(&esauti_contact_type, &e, 0, &rc, &err));
    CU_ASSERT_EQUAL(rc, APIC_E_ENCODE);
    e.status.value = ESAUTI_CONTACT_STATUS_BOUNCED;
    out = encode(&esauti_contact_type, &e, 0, &rc, &err);
    ASSERT_STR(out, "{\"id\":1,\"email\":\"e\",\"status\":\"bounced\"}");
    free(out);
}

static void test_duplicate_keys_last_wins(void)
{
    esauti_contact c = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type,
                                 "{\"email\":\"first\",\"id\":1,\"company\":{\"id\":1,\"name\":\"A\"},\"email\":\"second\","
                                 "\"status\":\"other\",\"tags\":[\"t\"],\"firstname\":null,\"zz\":1,\"yy\":2,\"zz\":[3],"
                                 "\"company\":{\"id\":2},\"status\":\"active\",\"tags\":[\"u\",\"v\"],\"firstname\":\"F\","
                                 "\"id\":2}",
                                 &c, NULL),
                          0);
    ASSERT_STR(c.email, "second");
    CU_ASSERT_EQUAL(c.id, 2);
    CU_ASSERT(c.company != NULL && c.company->id == 2 && c.company->name == NULL);
    CU_ASSERT(c.status.value == ESAUTI_CONTACT_STATUS_ACTIVE && c.status.other == NULL);
    CU_ASSERT(c.has_tags && c.tags.count == 2);
    CU_ASSERT(c.firstname != NULL && !c.firstname_is_null);
    /* Unknown members: the last value, at the first position. */
    CU_ASSERT_EQUAL_FATAL(c.unknown_fields.count, 2);
    ASSERT_STR(c.unknown_fields.keys[0], "zz");
    ASSERT_STR(c.unknown_fields.values[0], "[3]");
    ASSERT_STR(c.unknown_fields.keys[1], "yy");
    apic_value_clear(&esauti_contact_type, &c);

    /* A free-form map large enough for the hashed path, with many repeats. */
    char json[4096];
    size_t n = (size_t)snprintf(json, sizeof json, "{\"id\":1,\"email\":\"e\",\"custom_fields\":{");
    for (int i = 0; i < 60; i++)
        n += (size_t)snprintf(json + n, sizeof json - n, "%s\"k%d\":%d", i ? "," : "", i % 20, i);
    snprintf(json + n, sizeof json - n, "}}");
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_type, json, &c, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(c.custom_fields.count, 20);
    for (int i = 0; i < 20; i++) {
        char key[16], val[16];
        snprintf(key, sizeof key, "k%d", i);
        snprintf(val, sizeof val, "%d", i + 40);
        ASSERT_STR(c.custom_fields.keys[i], key);
        ASSERT_STR(c.custom_fields.values[i], val);
    }
    apic_value_clear(&esauti_contact_type, &c);

    /* Last wins for a nullable value turned null, too. */
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"id\":1,\"email\":\"e\",\"stage_id\":4,\"stage_id\":null}", &c,
                           NULL),
                    0);
    CU_ASSERT(!c.has_stage_id && c.stage_id_is_null && c.stage_id == 0);
    apic_value_clear(&esauti_contact_type, &c);
}

static void test_additional_properties_typed_map(void)
{
    labels l = {0};
    const char *in = "{\"zeta\":\"1\",\"kind\":\"k\",\"alpha\":\"2\",\"mid\":null,\"alpha\":\"3\",\"b\":\"\\u00e9\"}";
    CU_ASSERT_EQUAL_FATAL(decode(&labels_type, in, &l, NULL), 0);
    ASSERT_STR(l.kind, "k");
    CU_ASSERT_EQUAL(l.unknown_fields.count, 0); /* typed map takes them instead */
    CU_ASSERT_EQUAL_FATAL(l.extra.count, 4);
    ASSERT_STR(l.extra.keys[0], "zeta");
    ASSERT_STR(l.extra.keys[1], "alpha");
    ASSERT_STR(l.extra.values[1], "3");
    ASSERT_STR(l.extra.keys[2], "mid");
    CU_ASSERT_PTR_NULL(l.extra.values[2]);
    ASSERT_STR(l.extra.values[3], "\xC3\xA9");
    int rc;
    char *out = encode(&labels_type, &l, 0, &rc, NULL);
    ASSERT_STR(out, "{\"kind\":\"k\",\"zeta\":\"1\",\"alpha\":\"3\",\"mid\":null,\"b\":\"\xC3\xA9\"}");
    free(out);
    apic_value_clear(&labels_type, &l);

    /* Values of the wrong type are decode errors with the path of the member. */
    apic_error err = {0};
    CU_ASSERT_EQUAL(decode(&labels_type, "{\"kind\":\"k\",\"n\":5}", &l, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "$.n: expected string, found number at offset 16"));
    CU_ASSERT(all_zero(&l, sizeof l));

    /* A top-level typed map keeps order too. */
    expect_round_trip(&string_map_type, "{\"b\":\"1\",\"a\":\"2\",\"c\":\"3\"}");
    expect_round_trip(&string_map_type, "{}");
}

static void test_recursive_struct(void)
{
    const char *in = "{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"children\":[{\"name\":\"a1\"},{\"name\":\"a2\","
                     "\"children\":[]}]},{\"name\":\"b\",\"parent\":{\"name\":\"root-copy\"}}],"
                     "\"parent\":{\"name\":\"up\",\"parent\":{\"name\":\"top\",\"extra\":[1]}}}";
    node n = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&node_type, in, &n, NULL), 0);
    ASSERT_STR(n.name, "root");
    CU_ASSERT_EQUAL_FATAL(n.children.count, 2);
    node *a = &n.children.items[0];
    CU_ASSERT_EQUAL_FATAL(a->children.count, 2);
    ASSERT_STR(a->children.items[1].name, "a2");
    CU_ASSERT(a->children.items[1].has_children && a->children.items[1].children.count == 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(n.children.items[1].parent);
    ASSERT_STR(n.children.items[1].parent->name, "root-copy");
    CU_ASSERT_PTR_NOT_NULL_FATAL(n.parent);
    CU_ASSERT_PTR_NOT_NULL_FATAL(n.parent->parent);
    ASSERT_STR(n.parent->parent->name, "top");
    CU_ASSERT_EQUAL(n.parent->parent->unknown_fields.count, 1);
    CU_ASSERT_PTR_NULL(n.parent->parent->parent);
    apic_value_clear(&node_type, &n);

    expect_round_trip(&node_type, in);

    /* Depth is bounded: a chain of 200 parents is refused, not a stack overflow. */
    char *deep = malloc(200 * 22 + 16);
    size_t len = 0;
    for (int i = 0; i < 200; i++) len += (size_t)sprintf(deep + len, "{\"name\":\"n\",\"parent\":");
    len += (size_t)sprintf(deep + len, "null");
    for (int i = 0; i < 200; i++) deep[len++] = '}';
    deep[len] = '\0';
    apic_error err = {0};
    CU_ASSERT_EQUAL(decode(&node_type, deep, &n, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nesting deeper than 128"));
    CU_ASSERT(all_zero(&n, sizeof n));
    free(deep);

    /* A cyclic value (a caller bug) fails to encode instead of recursing forever. */
    node loop = {0};
    loop.name = "loop";
    loop.parent = &loop;
    int rc;
    CU_ASSERT_PTR_NULL(encode(&node_type, &loop, 0, &rc, &err));
    CU_ASSERT_EQUAL(rc, APIC_E_ENCODE);
}

static void test_request_mode_required_and_readonly(void)
{
    esauti_contact c = {0};
    c.id = 99; /* readOnly: never sent in a request */
    c.password = "secret";
    apic_buf b = {0};
    apic_buf_puts(&b, "prefix");
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_json_encode(&esauti_contact_type, &c, &b, APIC_ENC_REQUEST, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(err.kind, APIC_E_VALIDATION);
    ASSERT_STR(err.message, "$.email: required field is missing");
    ASSERT_STR(b.data, "prefix"); /* restored */
    CU_ASSERT_EQUAL(b.len, 6);

    c.email = "e@x.io";
    CU_ASSERT_EQUAL(apic_json_encode(&esauti_contact_type, &c, &b, APIC_ENC_REQUEST, &err), 0);
    ASSERT_STR(b.data, "prefix{\"email\":\"e@x.io\",\"password\":\"secret\"}");
    apic_buf_free(&b);

    /* Response mode: readOnly is sent, writeOnly is not, nothing is required. */
    int rc;
    char *out = encode(&esauti_contact_type, &c, APIC_ENC_RESPONSE, &rc, NULL);
    ASSERT_STR(out, "{\"id\":99,\"email\":\"e@x.io\"}");
    free(out);
    c.email = NULL;
    out = encode(&esauti_contact_type, &c, APIC_ENC_RESPONSE, &rc, NULL);
    CU_ASSERT_EQUAL(rc, 0);
    ASSERT_STR(out, "{\"id\":99}");
    free(out);

    /* The path of a nested missing field. */
    esauti_contact items[2] = {{0}};
    items[0].email = "a";
    esauti_contact_list l = {0};
    l.total = 2;
    l.contacts.items = items;
    l.contacts.count = 2;
    CU_ASSERT_PTR_NULL(encode(&esauti_contact_list_type, &l, APIC_ENC_REQUEST, &rc, &err));
    CU_ASSERT_EQUAL(rc, APIC_E_VALIDATION);
    ASSERT_STR(err.message, "$.contacts[1].email: required field is missing");
}

/* A document cut at every byte offset is refused, leaves the slot zeroed, and (under
 * valgrind/ASan, since each prefix sits in an exact-size allocation) is never over-read. */
static void test_truncated_at_every_offset(void)
{
    const char *docs[] = {LIST_JSON, CONTACT_JSON, "[\"\\ud83d\\ude00\xF0\x9F\x98\x80\",-1.25e+10,true,false,null]"};
    const apic_type *types[] = {&esauti_contact_list_type, &esauti_contact_type, &apic_type_any};
    for (size_t d = 0; d < 3; d++) {
        size_t len = strlen(docs[d]);
        size_t size = apic_type_size(types[d]);
        void *slot = calloc(1, size);
        size_t failures = 0, validate_failures = 0;
        for (size_t cut = 0; cut < len; cut++) {
            char *copy = exact_copy(docs[d], cut);
            apic_error err = {0};
            if (apic_json_decode(types[d], copy, cut, slot, &err) == APIC_E_DECODE && err.kind == APIC_E_DECODE)
                failures++;
            if (apic_json_validate(copy, cut, NULL) == APIC_E_DECODE) validate_failures++;
            CU_ASSERT(all_zero(slot, size));
            free(copy);
        }
        CU_ASSERT_EQUAL(failures, len);
        CU_ASSERT_EQUAL(validate_failures, len);
        CU_ASSERT_EQUAL(validate(docs[d], len), 0);
        free(slot);
    }
}

static const char *const malformed[] = {
    "", " ", "{", "}", "[", "]", "[1,]", "[,1]", "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":}", "{'a':1}", "{a:1}",
    "[1 2]", "{\"a\":1 \"b\":2}", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\uD83D\\u\"", "\"\\", "\"\\u",
    "01", "-01", "1.", "-", "+1", ".5", "1e", "1e+", "1.e3", "--1", "0x10", "1.5.2", "NaN", "Infinity", "-Infinity",
    "tru", "nul", "True", "nulll", "{} x", "{}{}", "[1]]", "1 2", "\"a\"\"b\"", "\"\x01\"", "\"tab\there\"",
    "\"\xC3\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xFF\"", "\"\x80\"", "\"\xE2\x82\"",
    "\"\xF0\x9F\x98\"", "[\"ok\",\"\xE0\x80\xAF\"]", "\xEF\xBB\xBF{}",
};

static void test_malformed_inputs(void)
{
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        const char *m = malformed[i];
        size_t len = strlen(m);
        char *copy = exact_copy(m, len);
        apic_error err = {0};
        char *any = NULL;
        int rc = apic_json_decode(&apic_type_any, copy, len, &any, &err);
        if (rc != APIC_E_DECODE) fprintf(stderr, "\naccepted malformed input #%zu: %s\n", i, m);
        CU_ASSERT_EQUAL(rc, APIC_E_DECODE);
        CU_ASSERT_PTR_NULL(any);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, " at offset "));
        CU_ASSERT_EQUAL(apic_json_validate(copy, len, NULL), APIC_E_DECODE);
        esauti_contact c = {0};
        CU_ASSERT_EQUAL(apic_json_decode(&esauti_contact_type, copy, len, &c, NULL), APIC_E_DECODE);
        CU_ASSERT(all_zero(&c, sizeof c));
        free(copy);
    }
    /* A NUL byte after the value is data, not an end. */
    CU_ASSERT_EQUAL(validate("{\"a\":1}\0", 8), APIC_E_DECODE);
    CU_ASSERT_EQUAL(validate("{\"a\":1}\0", 7), 0);

    /* Malformed parts deep inside an otherwise typed document. */
    static const char *const typed[] = {
        "{\"id\":1,\"email\":\"\\q\"}",          "{\"id\":01,\"email\":\"e\"}",
        "{\"id\":1,\"email\":\"e\",\"x\":[1.]}", "{\"id\":1,\"email\":\"e\",\"tags\":[\"a\",]}",
        "{\"id\":1,\"email\":\"e\",\"company\":{\"id\":1,\"name\":\"\xC3\x28\"}}",
        "{\"id\":1,\"email\":\"e\",\"metadata\":{\"a\":tru}}", "{\"id\":1,\"email\":\"e\"} ,",
        "{\"id\":1,\"email\":\"e\",\"custom_fields\":{\"a\":1,\"a\":}}",
        "{\"id\":1,\"email\":\"e\",\"score\":1e400}", "{\"id\":1,\"email\":\"e\",\"is_published\":1}",
        "{\"id\":1,\"email\":\"e\",\"tags\":[1]}", "{\"id\":1,\"email\":\"e\",\"company\":[]}",
    };
    for (size_t i = 0; i < sizeof typed / sizeof typed[0]; i++) {
        esauti_contact c = {0};
        apic_error err = {0};
        int rc = decode(&esauti_contact_type, typed[i], &c, &err);
        if (rc != APIC_E_DECODE) fprintf(stderr, "\naccepted bad typed input #%zu: %s\n", i, typed[i]);
        CU_ASSERT_EQUAL(rc, APIC_E_DECODE);
        CU_ASSERT(all_zero(&c, sizeof c));
    }
}

static void test_depth_limit(void)
{
    size_t n = 10000;
    char *deep = malloc(2 * n);
    memset(deep, '[', n);
    memset(deep + n, ']', n);
    char *any = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_json_decode(&apic_type_any, deep, 2 * n, &any, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nesting deeper than 128 levels"));
    CU_ASSERT_PTR_NULL(any);
    CU_ASSERT_EQUAL(apic_json_validate(deep, 2 * n, NULL), APIC_E_DECODE);
    /* Same through a typed field holding raw JSON. */
    char *doc = malloc(2 * n + 64);
    int k = sprintf(doc, "{\"id\":1,\"email\":\"e\",\"metadata\":");
    memcpy(doc + k, deep, 2 * n);
    doc[(size_t)k + 2 * n] = '}';
    esauti_contact c = {0};
    CU_ASSERT_EQUAL(apic_json_decode(&esauti_contact_type, doc, (size_t)k + 2 * n + 1, &c, NULL), APIC_E_DECODE);
    CU_ASSERT(all_zero(&c, sizeof c));
    /* Exactly the limit is fine, one more is not. */
    CU_ASSERT_EQUAL(apic_json_decode(&apic_type_any, deep + n - 128, 256, &any, NULL), 0);
    CU_ASSERT_EQUAL(strlen(any), 256);
    free(any);
    any = NULL;
    CU_ASSERT_EQUAL(apic_json_decode(&apic_type_any, deep + n - 129, 258, &any, NULL), APIC_E_DECODE);
    free(doc);
    free(deep);

    /* Objects count too, in raw values as in typed ones. */
    char *objs = malloc(200 * 5 + 1 + 200);
    size_t len = 0;
    for (int i = 0; i < 200; i++) len += (size_t)sprintf(objs + len, "{\"a\":");
    objs[len++] = '1';
    for (int i = 0; i < 200; i++) objs[len++] = '}';
    CU_ASSERT_EQUAL(apic_json_validate(objs, len, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nesting deeper than 128 levels"));
    apic_json_map m = {0};
    CU_ASSERT_EQUAL(apic_json_decode(&apic_type_json_map, objs, len, &m, &err), APIC_E_DECODE);
    CU_ASSERT(m.keys == NULL && m.count == 0);
    free(objs);
}

static void test_type_mismatch_names_path_and_offset(void)
{
    const char *doc = "{\"total\":3,\"contacts\":[{\"id\":1,\"email\":\"a\"},{\"id\":2,\"email\":\"b\"},"
                      "{\"email\":\"c\",\"id\":\"oops\"}]}";
    size_t offset = (size_t)(strstr(doc, "\"oops\"") - doc);
    char expected[128];
    snprintf(expected, sizeof expected, "$.contacts[2].id: expected integer, found string at offset %zu", offset);
    esauti_contact_list l = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL(decode(&esauti_contact_list_type, doc, &l, &err), APIC_E_DECODE);
    ASSERT_STR(err.message, expected);
    CU_ASSERT(all_zero(&l, sizeof l));

    CU_ASSERT_EQUAL(decode(&esauti_contact_list_type, "{\"total\":1,\"contacts\":{}}", &l, &err), APIC_E_DECODE);
    ASSERT_STR(err.message, "$.contacts: expected array, found object at offset 22");
    esauti_contact c = {0};
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"id\":1,\"email\":\"e\",\"tags\":[\"a\",true]}", &c, &err),
                    APIC_E_DECODE);
    ASSERT_STR(err.message, "$.tags[1]: expected string, found boolean at offset 32");
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "[]", &c, &err), APIC_E_DECODE);
    ASSERT_STR(err.message, "$: expected object, found array at offset 0");
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"id\":1}  x", &c, &err), APIC_E_DECODE);
    ASSERT_STR(err.message, "$: unexpected data after the JSON value at offset 10");
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"id\":1.5}", &c, &err), APIC_E_DECODE);
    CU_ASSERT(all_zero(&c, sizeof c));
    ASSERT_STR(err.message, "$.id: expected integer, found fractional number at offset 6");
}

static void test_validate_table(void)
{
    static const char *const good[] = {
        "0", "-0", "1.5e+10", "1E-2", "-0.0e0", "123456789012345678901234567890", "\"x\"", " [ ] ", "{}",
        "{\"a\":[1,{\"b\":null}],\"c\":\"\\u00e9\"}", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "true", "false", "null",
        "  \"x\"\r\n\t", "\"\\u0000\"", "[[[]]]", "{\"\":\"\"}", "\"\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF\"",
        "1e999999999999999999",
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int rc = validate(good[i], strlen(good[i]));
        if (rc != 0) fprintf(stderr, "\nrejected valid JSON #%zu: %s\n", i, good[i]);
        CU_ASSERT_EQUAL(rc, 0);
    }
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++)
        CU_ASSERT_EQUAL(validate(malformed[i], strlen(malformed[i])), APIC_E_DECODE);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_json_validate("[1,\"a\\qb\"]", 10, &err), APIC_E_DECODE);
    ASSERT_STR(err.message, "$[1]: invalid escape at offset 5");
    CU_ASSERT_EQUAL(apic_json_validate(NULL, 0, &err), APIC_E_DECODE);
}

/* Text of a double through the codec. */
static void double_text(double d, char *buf, size_t cap)
{
    apic_buf b = {0};
    buf[0] = '\0';
    if (apic_json_encode(&apic_type_double, &d, &b, 0, NULL) == 0) snprintf(buf, cap, "%s", b.data);
    apic_buf_free(&b);
}

/* Significant digits of a number text: first to last non-zero digit of the mantissa. */
static int sig_digits(const char *s)
{
    int first = -1, last = -1, pos = 0;
    for (; *s != '\0' && *s != 'e' && *s != 'E'; s++) {
        if (*s < '0' || *s > '9') continue;
        if (*s != '0') {
            if (first < 0) first = pos;
            last = pos;
        }
        pos++;
    }
    return first < 0 ? 1 : last - first + 1;
}

static void test_doubles_shortest_round_trip(void)
{
    static const double values[] = {0.1, 1.5, -2.25, 97.5, 1e300, 0.30000000000000004, 1e21, 1e15, 123456.789,
                                    0.00001234, 1e-7, -0.0, 5e-324, 1.7976931348623157e308, 9007199254740993.0};
    static const char *const texts[] = {"0.1", "1.5", "-2.25", "97.5", "1e+300", "0.30000000000000004", "1e+21",
                                        "1000000000000000", "123456.789", "0.00001234", "1e-07", "-0",
                                        "4.94065645841247e-324", "1.7976931348623157e+308", "9007199254740992"};
    char buf[64];
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        double_text(values[i], buf, sizeof buf);
        ASSERT_STR(buf, texts[i]);
    }
    /* Random bit patterns and "human" decimals: always exact, never longer than the first
     * of %.15g / %.16g / %.17g that round-trips. */
    uint64_t state = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 20000; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        double d;
        if (i % 2 == 0) {
            memcpy(&d, &state, sizeof d);
            if (!isfinite(d)) continue;
        } else {
            static const double scale[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
            d = (double)(int64_t)(state % 2000000000000u) / scale[state >> 60];
        }
        double_text(d, buf, sizeof buf);
        double back = strtod(buf, NULL);
        if (memcmp(&back, &d, sizeof d) != 0) {
            fprintf(stderr, "\n%.17g printed as %s\n", d, buf);
            CU_FAIL("double did not round-trip");
            break;
        }
        char ref[64];
        for (int prec = 15; prec <= 17; prec++) {
            snprintf(ref, sizeof ref, "%.*g", prec, d);
            if (strtod(ref, NULL) == d) break;
        }
        if (sig_digits(buf) > sig_digits(ref)) {
            fprintf(stderr, "\n%.17g printed as %s, %s is shorter\n", d, buf, ref);
            CU_FAIL("double text is not the shortest");
            break;
        }
        double parsed = 0;
        CU_ASSERT_EQUAL(decode(&apic_type_double, buf, &parsed, NULL), 0);
        CU_ASSERT(memcmp(&parsed, &d, sizeof d) == 0);
    }
    /* Parsing: correctly rounded, locale-free, overflow refused, underflow kept. */
    double d = 0;
    CU_ASSERT_EQUAL(decode(&apic_type_double, "2.2250738585072011e-308", &d, NULL), 0);
    CU_ASSERT(d == strtod("2.2250738585072011e-308", NULL));
    CU_ASSERT_EQUAL(decode(&apic_type_double, "123456789012345678901234567890", &d, NULL), 0);
    CU_ASSERT(d == 1.2345678901234568e29);
    CU_ASSERT_EQUAL(decode(&apic_type_double, "1e-400", &d, NULL), 0);
    CU_ASSERT(d == 0);
    CU_ASSERT_EQUAL(decode(&apic_type_double, "-1e400", &d, NULL), APIC_E_DECODE);
    CU_ASSERT_EQUAL(decode(&apic_type_double, "\"1.5\"", &d, NULL), APIC_E_DECODE);

    /* NaN and infinities cannot be JSON. */
    esauti_contact c = {0};
    c.id = 1;
    c.email = "e";
    c.has_score = true;
    c.score = NAN;
    apic_error err = {0};
    int rc;
    CU_ASSERT_PTR_NULL(encode(&esauti_contact_type, &c, 0, &rc, &err));
    CU_ASSERT_EQUAL(rc, APIC_E_ENCODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "$.score: "));
    c.score = -INFINITY;
    CU_ASSERT_PTR_NULL(encode(&esauti_contact_type, &c, 0, &rc, &err));
    CU_ASSERT_EQUAL(rc, APIC_E_ENCODE);

    /* Floats: shortest text for a float, parsed without double rounding. */
    point p = {0};
    p.has_w = true;
    p.w = 0.1f;
    char *out = encode(&point_type, &p, 0, &rc, NULL);
    ASSERT_STR(out, "{\"x\":0,\"y\":0,\"w\":0.1}");
    free(out);
    p.w = 3.4028235e38f;
    out = encode(&point_type, &p, 0, &rc, NULL);
    ASSERT_STR(out, "{\"x\":0,\"y\":0,\"w\":3.4028235e+38}");
    free(out);
    point q = {0};
    CU_ASSERT_EQUAL(decode(&point_type, "{\"x\":1,\"y\":2,\"w\":0.1,\"ids\":[1,-2,9007199254740993]}", &q, NULL), 0);
    CU_ASSERT(q.has_w && q.w == 0.1f);
    CU_ASSERT(q.has_ids && q.ids.count == 3 && q.ids.items[2] == 9007199254740993LL);
    apic_value_clear(&point_type, &q);
    CU_ASSERT_EQUAL(decode(&point_type, "{\"x\":1,\"y\":2,\"w\":1e39}", &q, NULL), APIC_E_DECODE);
}

static void test_locale_independent_numbers(void)
{
    if (setlocale(LC_NUMERIC, "de_DE.UTF-8") == NULL) {
        CU_PASS("de_DE.UTF-8 is not installed: the locale assertions were skipped");
        return;
    }
    char probe[16];
    snprintf(probe, sizeof probe, "%.1f", 1.5);
    CU_ASSERT_STRING_EQUAL(probe, "1,5"); /* the locale really is active */
    double d = 0;
    CU_ASSERT_EQUAL(decode(&apic_type_double, "1.5", &d, NULL), 0);
    CU_ASSERT(d == 1.5);
    CU_ASSERT_EQUAL(decode(&apic_type_double, "0.30000000000000004", &d, NULL), 0); /* strtod path */
    CU_ASSERT(d == 0.1 + 0.2);
    CU_ASSERT_EQUAL(decode(&apic_type_double, "1.5e-300", &d, NULL), 0);
    CU_ASSERT(d == 1.5e-300);
    float f = 0;
    CU_ASSERT_EQUAL(decode(&apic_type_float, "2.5", &f, NULL), 0);
    CU_ASSERT(f == 2.5f);
    char buf[64];
    double_text(0.25, buf, sizeof buf);
    ASSERT_STR(buf, "0.25");
    double_text(0.1 + 0.2, buf, sizeof buf); /* snprintf path */
    ASSERT_STR(buf, "0.30000000000000004");
    double_text(1.5e-300, buf, sizeof buf);
    ASSERT_STR(buf, "1.5e-300");
    f = 0.1f;
    apic_buf b = {0};
    CU_ASSERT_EQUAL(apic_json_encode(&apic_type_float, &f, &b, 0, NULL), 0);
    ASSERT_STR(b.data, "0.1");
    apic_buf_free(&b);
    setlocale(LC_NUMERIC, "C");
}

static void test_arrays_and_null_items(void)
{
    apic_string_array a = {0};
    CU_ASSERT_EQUAL_FATAL(decode(&esauti_contact_tags_type, "[\"a\",null,\"\"]", &a, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(a.count, 3);
    CU_ASSERT_PTR_NULL(a.items[1]);
    int rc;
    char *out = encode(&esauti_contact_tags_type, &a, 0, &rc, NULL);
    ASSERT_STR(out, "[\"a\",null,\"\"]");
    free(out);
    apic_value_clear(&esauti_contact_tags_type, &a);
    CU_ASSERT(a.items == NULL && a.count == 0);

    /* Growth over many elements; null is not an integer. */
    apic_int64_array ints = {0};
    char json[8192];
    size_t n = 0;
    json[n++] = '[';
    for (int i = 0; i < 1000; i++) n += (size_t)snprintf(json + n, sizeof json - n, "%s%d", i ? "," : "", i * 7 - 3);
    json[n++] = ']';
    json[n] = '\0';
    CU_ASSERT_EQUAL_FATAL(decode(&int64_array_type, json, &ints, NULL), 0);
    CU_ASSERT_EQUAL(ints.count, 1000);
    CU_ASSERT(ints.items[999] == 999 * 7 - 3);
    out = encode(&int64_array_type, &ints, 0, &rc, NULL);
    ASSERT_STR(out, json);
    free(out);
    apic_value_clear(&int64_array_type, &ints);
    apic_error err = {0};
    CU_ASSERT_EQUAL(decode(&int64_array_type, "[1,null]", &ints, &err), APIC_E_DECODE);
    ASSERT_STR(err.message, "$[1]: expected integer, found null at offset 3");
    CU_ASSERT(ints.items == NULL && ints.count == 0);

    /* A non-nullable raw field keeps null as its value; whitespace around values is trimmed. */
    esauti_contact c = {0};
    CU_ASSERT_EQUAL(decode(&esauti_contact_type, "{\"id\":1,\"email\":\"e\",\"metadata\": null ,\"custom_fields\":"
                                                 "{\"a\": null,\"b\" :  { } }}",
                           &c, NULL),
                    0);
    ASSERT_STR(c.metadata, "null");
    CU_ASSERT_EQUAL_FATAL(c.custom_fields.count, 2);
    ASSERT_STR(c.custom_fields.values[0], "null");
    ASSERT_STR(c.custom_fields.values[1], "{ }");
    apic_value_clear(&esauti_contact_type, &c);
}

static void test_new_from_json_and_free(void)
{
    void *v = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_value_new_from_json(&esauti_contact_type, CONTACT_JSON, strlen(CONTACT_JSON), &v, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(((esauti_contact *)v)->id, 42);
    apic_value_free(&esauti_contact_type, v);

    v = (void *)&err;
    CU_ASSERT_EQUAL(apic_value_new_from_json(&esauti_contact_type, "{\"id\":", 6, &v, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NULL(v);
    const char *one = "[{\"id\":1,\"email\":\"a\"}]";
    CU_ASSERT_EQUAL(apic_value_new_from_json(&esauti_contact_array_type, one, strlen(one), &v, &err), 0);
    CU_ASSERT_EQUAL(((esauti_contact_array *)v)->count, 1);
    apic_value_free(&esauti_contact_array_type, v);

    /* A heap struct built by hand is freed with everything it owns. */
    esauti_contact *c = calloc(1, sizeof *c);
    c->email = strdup("e");
    c->company = calloc(1, sizeof *c->company);
    c->company->name = strdup("n");
    c->status.other = strdup("o");
    apic_struct_free(&esauti_contact_desc, c);
    apic_struct_free(&esauti_contact_desc, NULL);
    apic_value_free(&esauti_contact_type, NULL);
    CU_ASSERT_EQUAL(apic_json_decode(NULL, "1", 1, &v, &err), APIC_E_ARG);
    apic_buf b = {0};
    CU_ASSERT_EQUAL(apic_json_encode(&apic_type_int64, NULL, &b, 0, &err), APIC_E_ARG);
}

static void test_buf_and_error(void)
{
    apic_buf b = {0};
    char *s = apic_buf_steal(&b);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_STRING_EQUAL(s, "");
    free(s);
    CU_ASSERT_EQUAL(apic_buf_putc(&b, 'a'), 0);
    CU_ASSERT_EQUAL(apic_buf_puts(&b, "bc"), 0);
    CU_ASSERT_EQUAL(apic_buf_append(&b, "de", 2), 0);
    CU_ASSERT_EQUAL(apic_buf_printf(&b, "%d-%s", 42, "x"), 0);
    ASSERT_STR(b.data, "abcde42-x");
    char big[300];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CU_ASSERT_EQUAL(apic_buf_printf(&b, "[%s]", big), 0); /* does not fit: grows and formats again */
    CU_ASSERT_EQUAL(b.len, 9 + 301);
    CU_ASSERT_EQUAL(b.data[b.len], '\0');
    CU_ASSERT_EQUAL(b.data[b.len - 1], ']');
    CU_ASSERT(b.cap > b.len);
    CU_ASSERT_EQUAL(apic_buf_reserve(&b, (size_t)-1), APIC_E_NOMEM);
    s = apic_buf_steal(&b);
    CU_ASSERT(b.data == NULL && b.len == 0 && b.cap == 0);
    CU_ASSERT_EQUAL(strlen(s), 310);
    free(s);
    apic_buf_free(&b);

    apic_error err = {0};
    err.http_status = 404;
    err.body = strdup("body");
    CU_ASSERT_EQUAL(apic_error_set(&err, APIC_E_HTTP, "status %d", 404), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.kind, APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 404); /* other fields kept */
    ASSERT_STR(err.message, "status 404");
    ASSERT_STR(err.body, "body");
    apic_error_clear(&err);
    CU_ASSERT(err.kind == APIC_OK && err.body == NULL && err.message[0] == '\0');
    apic_error_clear(NULL);
    CU_ASSERT_EQUAL(apic_error_set(NULL, APIC_E_ARG, "x"), APIC_E_ARG);
    CU_ASSERT_STRING_EQUAL(apic_strerror(APIC_E_HTTP), "HTTP error");
    CU_ASSERT_STRING_EQUAL(apic_strerror(12345), "unknown error");
    CU_ASSERT_EQUAL(apic_type_size(&esauti_contact_type), sizeof(esauti_contact));
    CU_ASSERT_EQUAL(apic_type_size(&esauti_contact_status_type), sizeof(esauti_contact_status_val));
    CU_ASSERT_EQUAL(apic_type_size(&apic_type_json_map), sizeof(apic_json_map));
}

static CU_TestInfo codec_tests[] = {
    {"contact round trip", test_contact_round_trip},
    {"list of three contacts round trip", test_list_of_three_round_trip},
    {"0, false, \"\" and null sent when set, absent when not", test_presence_zero_false_empty_null},
    {"int64 min, max and 2^53+1 exact both ways", test_int64_exact},
    {"int32 overflow rejected", test_int32_range},
    {"unicode escapes, surrogates, control characters", test_strings_unicode_and_escapes},
    {"a member name holding \\u0000 is refused", test_member_name_with_nul_is_refused},
    {"unknown members kept and re-emitted verbatim", test_unknown_members_kept_verbatim},
    {"unknown enum text kept and re-emitted", test_unknown_enum_text},
    {"duplicate keys: last wins, no leak", test_duplicate_keys_last_wins},
    {"additionalProperties typed map keeps order", test_additional_properties_typed_map},
    {"recursive struct", test_recursive_struct},
    {"request mode: required and readOnly", test_request_mode_required_and_readonly},
    {"truncated at every byte offset", test_truncated_at_every_offset},
    {"malformed inputs rejected", test_malformed_inputs},
    {"depth limit", test_depth_limit},
    {"type mismatch names path and offset", test_type_mismatch_names_path_and_offset},
    {"apic_json_validate table", test_validate_table},
    {"doubles: shortest exact text", test_doubles_shortest_round_trip},
    {"numbers ignore LC_NUMERIC", test_locale_independent_numbers},
    {"arrays and null items", test_arrays_and_null_items},
    {"new_from_json and free", test_new_from_json_and_free},
    {"apic_buf and apic_error", test_buf_and_error},
    CU_TEST_INFO_NULL,
};

static CU_SuiteInfo suites[] = {
    {"codec", NULL, NULL, NULL, NULL, codec_tests},
    CU_SUITE_INFO_NULL,
};

int main(void)
{
    return cunit_run(suites);
}
