/* URL building: percent-encoding, every row of the OpenAPI 3.1 style examples table,
 * presence rules and the base URL join. Descriptors are written as the generator emits them. */
#include <locale.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

/* --- helpers ------------------------------------------------------------------------------ */

static char *encode(const char *s, size_t len, bool reserved)
{
    static char out[256];
    apic_buf b = {0};
    CU_ASSERT_EQUAL_FATAL(apic_url_encode(&b, s, len, reserved), 0);
    snprintf(out, sizeof out, "%s", b.data != NULL ? b.data : "");
    apic_buf_free(&b);
    return out;
}

static apic_error g_err;
static char g_url[1024];
static char **g_hdr;
static size_t g_n_hdr;

static void reset(void)
{
    for (size_t i = 0; i < g_n_hdr; i++) free(g_hdr[i]);
    free(g_hdr);
    g_hdr = NULL;
    g_n_hdr = 0;
    apic_error_clear(&g_err);
    g_url[0] = '\0';
}

/* Builds base + path with one parameter table; leaves the URL in g_url and headers in g_hdr. */
static int build_with(const char *base, const char *path, const apic_struct_desc *d, const apic_param *locs,
                      const void *params)
{
    reset();
    apic_operation op = {"test_op", "GET", path, d, locs, NULL, NULL, false, NULL, 0, NULL, 0, APIC_BODY_JSON, NULL, NULL};
    apic_buf b = {0};
    int rc = apic_url_build(base, &op, params, &b, &g_hdr, &g_n_hdr, &g_err);
    snprintf(g_url, sizeof g_url, "%s", b.data != NULL ? b.data : "");
    apic_buf_free(&b);
    return rc;
}

static int build(const char *path, const apic_struct_desc *d, const apic_param *locs, const void *params)
{
    return build_with("http://h", path, d, locs, params);
}

static int suite_clean(void)
{
    reset();
    return 0;
}

/* --- the style examples' values: color = "blue" / ["blue","black","brown"] / {R,G,B} ------- */

typedef struct rgb {
    bool has_R;
    int64_t R;
    bool has_G;
    int64_t G;
    bool has_B;
    int64_t B;
    apic_json_map unknown_fields;
} rgb;

static const apic_field rgb_fields[] = {
    {"R", 1, 0, offsetof(rgb, R), offsetof(rgb, has_R), -1, &apic_type_int64},
    {"G", 1, 0, offsetof(rgb, G), offsetof(rgb, has_G), -1, &apic_type_int64},
    {"B", 1, 0, offsetof(rgb, B), offsetof(rgb, has_B), -1, &apic_type_int64},
};
static const apic_struct_desc rgb_desc = {"rgb", sizeof(rgb), rgb_fields, 3, offsetof(rgb, unknown_fields), -1, NULL};
static const apic_type rgb_type = {APIC_OBJECT, APIC_FMT_NONE, &rgb_desc, NULL, NULL};
static const apic_type strings_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string};

/* One struct holding all three shapes; three descriptors each expose one of them as "color". */
typedef struct color_params {
    char *s;
    bool has_a;
    apic_string_array a;
    rgb *o;
    apic_json_map unknown_fields;
} color_params;

static const apic_field color_s_field[] = {{"color", 5, 0, offsetof(color_params, s), -1, -1, &apic_type_string}};
static const apic_field color_a_field[] = {
    {"color", 5, 0, offsetof(color_params, a), offsetof(color_params, has_a), -1, &strings_type}};
static const apic_field color_o_field[] = {{"color", 5, 0, offsetof(color_params, o), -1, -1, &rgb_type}};
static const apic_struct_desc color_s = {"p", sizeof(color_params), color_s_field, 1, offsetof(color_params, unknown_fields), -1, NULL};
static const apic_struct_desc color_a = {"p", sizeof(color_params), color_a_field, 1, offsetof(color_params, unknown_fields), -1, NULL};
static const apic_struct_desc color_o = {"p", sizeof(color_params), color_o_field, 1, offsetof(color_params, unknown_fields), -1, NULL};

static char *colors[] = {"blue", "black", "brown"};
static rgb color_rgb = {true, 100, true, 200, true, 150, {0}};

/* Checks one row of the table; NULL expectations are the table's "n/a". */
static void row(apic_param_in in, apic_style style, bool explode, const char *string, const char *array,
                const char *object)
{
    apic_param loc[] = {{in, style, explode, false}};
    color_params p = {"blue", true, {colors, 3}, &color_rgb, {0}};
    const apic_struct_desc *descs[] = {&color_s, &color_a, &color_o};
    const char *want[] = {string, array, object};
    const char *path = in == APIC_IN_PATH ? "/x/{color}" : "/x";
    for (int i = 0; i < 3; i++) {
        if (want[i] == NULL) continue;
        char expect[512];
        CU_ASSERT_EQUAL_FATAL(build(path, descs[i], loc, &p), 0);
        if (in == APIC_IN_PATH) {
            snprintf(expect, sizeof expect, "http://h/x/%s", want[i]);
            CU_ASSERT_STRING_EQUAL(g_url, expect);
            CU_ASSERT_EQUAL(g_n_hdr, 0);
        } else if (in == APIC_IN_QUERY) {
            snprintf(expect, sizeof expect, "http://h/x?%s", want[i]);
            CU_ASSERT_STRING_EQUAL(g_url, expect);
        } else {
            snprintf(expect, sizeof expect, "color: %s", want[i]);
            CU_ASSERT_STRING_EQUAL(g_url, "http://h/x");
            CU_ASSERT_EQUAL_FATAL(g_n_hdr, 1);
            CU_ASSERT_STRING_EQUAL(g_hdr[0], expect);
        }
        if (strcmp(g_url, expect) != 0 && (g_n_hdr == 0 || strcmp(g_hdr[0], expect) != 0)) {
            fprintf(stderr, "\n  style %d explode %d shape %d: got '%s' want '%s'\n", (int)style, (int)explode, i,
                    g_n_hdr > 0 ? g_hdr[0] : g_url, expect);
        }
    }
}

static void test_path_styles(void)
{
    row(APIC_IN_PATH, APIC_STYLE_SIMPLE, false, "blue", "blue,black,brown", "R,100,G,200,B,150");
    row(APIC_IN_PATH, APIC_STYLE_SIMPLE, true, "blue", "blue,black,brown", "R=100,G=200,B=150");
    row(APIC_IN_PATH, APIC_STYLE_LABEL, false, ".blue", ".blue.black.brown", ".R.100.G.200.B.150");
    row(APIC_IN_PATH, APIC_STYLE_LABEL, true, ".blue", ".blue.black.brown", ".R=100.G=200.B=150");
    row(APIC_IN_PATH, APIC_STYLE_MATRIX, false, ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150");
    row(APIC_IN_PATH, APIC_STYLE_MATRIX, true, ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150");
}

static void test_query_styles(void)
{
    row(APIC_IN_QUERY, APIC_STYLE_FORM, false, "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150");
    row(APIC_IN_QUERY, APIC_STYLE_FORM, true, "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150");
    row(APIC_IN_QUERY, APIC_STYLE_SPACE_DELIMITED, false, NULL, "color=blue%20black%20brown",
        "color=R%20100%20G%20200%20B%20150");
    row(APIC_IN_QUERY, APIC_STYLE_PIPE_DELIMITED, false, NULL, "color=blue|black|brown", "color=R|100|G|200|B|150");
    row(APIC_IN_QUERY, APIC_STYLE_DEEP_OBJECT, true, NULL, NULL, "color[R]=100&color[G]=200&color[B]=150");
}

static void test_header_styles(void)
{
    row(APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, "blue", "blue,black,brown", "R,100,G,200,B,150");
    row(APIC_IN_HEADER, APIC_STYLE_SIMPLE, true, "blue", "blue,black,brown", "R=100,G=200,B=150");
}

/* The table's "empty" column: an empty string and an empty (but set) array. */
static void test_empty_values(void)
{
    color_params p = {"", true, {NULL, 0}, NULL, {0}};
    apic_param matrix[] = {{APIC_IN_PATH, APIC_STYLE_MATRIX, false, false}};
    apic_param label[] = {{APIC_IN_PATH, APIC_STYLE_LABEL, false, false}};
    apic_param form[] = {{APIC_IN_QUERY, APIC_STYLE_FORM, true, false}};
    const apic_struct_desc *descs[] = {&color_s, &color_a};
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL(build("/x/{color}", descs[i], matrix, &p), 0);
        CU_ASSERT_STRING_EQUAL(g_url, "http://h/x/;color");
        /* The table's "." is a whole segment: sent as "." it would be a dot-segment, removed by
         * curl and servers (RFC 3986 5.2.4), so it goes encoded, as the same text. */
        CU_ASSERT_EQUAL(build("/x/{color}", descs[i], label, &p), 0);
        CU_ASSERT_STRING_EQUAL(g_url, "http://h/x/%2E");
        CU_ASSERT_EQUAL(build("/x", descs[i], form, &p), 0);
        CU_ASSERT_STRING_EQUAL(g_url, "http://h/x?color=");
    }
}

/* An APIC_MAP of primitives is an object too, in the map's key order. */
static void test_map_as_object(void)
{
    typedef struct mp {
        bool has_color;
        apic_int64_map color;
        apic_json_map unknown_fields;
    } mp;
    static const apic_type map_type = {APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_int64};
    static const apic_field f[] = {{"color", 5, 0, offsetof(mp, color), offsetof(mp, has_color), -1, &map_type}};
    static const apic_struct_desc d = {"mp", sizeof(mp), f, 1, offsetof(mp, unknown_fields), -1, NULL};
    char *keys[] = {"R", "G", "B"};
    int64_t values[] = {100, 200, 150};
    mp p = {true, {keys, values, 3}, {0}};
    apic_param deep[] = {{APIC_IN_QUERY, APIC_STYLE_DEEP_OBJECT, true, false}};
    apic_param form[] = {{APIC_IN_QUERY, APIC_STYLE_FORM, true, false}};
    CU_ASSERT_EQUAL(build("/x", &d, deep, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x?color[R]=100&color[G]=200&color[B]=150");
    CU_ASSERT_EQUAL(build("/x", &d, form, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x?R=100&G=200&B=150");
}

/* --- percent-encoding ------------------------------------------------------------------------ */

static void test_percent_encoding(void)
{
    CU_ASSERT_STRING_EQUAL(encode("AZaz09-._~", 10, false), "AZaz09-._~");
    CU_ASSERT_STRING_EQUAL(encode("a b", 3, false), "a%20b");
    CU_ASSERT_STRING_EQUAL(encode("a b", 3, true), "a%20b");
    CU_ASSERT_STRING_EQUAL(encode("\xc3\xa9\xe2\x82\xac", 5, false), "%C3%A9%E2%82%AC"); /* é€ */
    CU_ASSERT_STRING_EQUAL(encode("%", 1, true), "%25");
    CU_ASSERT_STRING_EQUAL(encode("a\0b", 3, false), "a%00b");
    CU_ASSERT_STRING_EQUAL(encode("\"<>\\^`{|}", 9, true), "%22%3C%3E%5C%5E%60%7B%7C%7D");
    const char *reserved = ":/?#[]@!$&'()*+,;=";
    CU_ASSERT_STRING_EQUAL(encode(reserved, strlen(reserved), true), reserved);
    CU_ASSERT_STRING_EQUAL(encode(reserved, strlen(reserved), false),
                           "%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D");
    CU_ASSERT_STRING_EQUAL(encode("", 0, false), "");
}

/* Values are encoded in the URL; allowReserved keeps the reserved set in query values only. */
static void test_values_encoded(void)
{
    color_params p = {"a b/c&d=e", false, {NULL, 0}, NULL, {0}};
    apic_param path[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false}};
    apic_param query[] = {{APIC_IN_QUERY, APIC_STYLE_FORM, true, false}};
    apic_param query_reserved[] = {{APIC_IN_QUERY, APIC_STYLE_FORM, true, true}};
    CU_ASSERT_EQUAL(build("/x/{color}", &color_s, path, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x/a%20b%2Fc%26d%3De");
    CU_ASSERT_EQUAL(build("/x", &color_s, query, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x?color=a%20b%2Fc%26d%3De");
    CU_ASSERT_EQUAL(build("/x", &color_s, query_reserved, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x?color=a%20b/c&d=e");
}

/* --- presence, numbers, required ------------------------------------------------------------- */

typedef struct list_params {
    bool has_start;
    int64_t start;
    bool has_limit;
    int64_t limit;
    char *search;
    bool has_ids;
    apic_int64_array ids;
    bool has_flag;
    bool flag;
    bool has_ratio;
    double ratio;
    apic_json_map unknown_fields;
} list_params;

static const apic_type ids_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_int64};
static const apic_field list_fields[] = {
    {"start", 5, 0, offsetof(list_params, start), offsetof(list_params, has_start), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(list_params, limit), offsetof(list_params, has_limit), -1, &apic_type_int64},
    {"search", 6, 0, offsetof(list_params, search), -1, -1, &apic_type_string},
    {"ids", 3, 0, offsetof(list_params, ids), offsetof(list_params, has_ids), -1, &ids_type},
    {"flag", 4, 0, offsetof(list_params, flag), offsetof(list_params, has_flag), -1, &apic_type_bool},
    {"ratio", 5, 0, offsetof(list_params, ratio), offsetof(list_params, has_ratio), -1, &apic_type_double},
};
static const apic_struct_desc list_desc = {"contacts_list_params", sizeof(list_params), list_fields, 6,
                                           offsetof(list_params, unknown_fields), -1, NULL};
static const apic_param list_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false}, {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false}, {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false}, {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};

static void test_present_and_absent(void)
{
    list_params p = {0};
    CU_ASSERT_EQUAL(build("/contacts", &list_desc, list_locs, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/contacts");
    CU_ASSERT_EQUAL(build("/contacts", &list_desc, list_locs, NULL), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/contacts");

    /* Zero, false and 2^53 + 1 are values, not absence, and integers never pass through a double. */
    p.has_start = true;
    p.start = 9007199254740993LL;
    p.has_limit = true;
    p.limit = 0;
    p.has_flag = true;
    p.flag = false;
    CU_ASSERT_EQUAL(build("/contacts", &list_desc, list_locs, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/contacts?start=9007199254740993&limit=0&flag=false");

    int64_t ids[] = {-1, 2};
    p.ids = (apic_int64_array){ids, 2};
    p.search = "";
    p.has_limit = false;
    CU_ASSERT_EQUAL(build("/contacts", &list_desc, list_locs, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/contacts?start=9007199254740993&search=&ids=-1&ids=2&flag=false");
}

static const char *ratio_text(double v)
{
    list_params p = {0};
    p.has_ratio = true;
    p.ratio = v;
    CU_ASSERT_EQUAL(build("/r", &list_desc, list_locs, &p), 0);
    return strchr(g_url, '=') != NULL ? strchr(g_url, '=') + 1 : "";
}

static void test_doubles(void)
{
    CU_ASSERT_STRING_EQUAL(ratio_text(0.1), "0.1");
    CU_ASSERT_STRING_EQUAL(ratio_text(100.0), "100");
    CU_ASSERT_STRING_EQUAL(ratio_text(-2.5), "-2.5");
    CU_ASSERT_STRING_EQUAL(ratio_text(1e21), "1e%2B21");
    CU_ASSERT_STRING_EQUAL(ratio_text(0.30000000000000004), "0.30000000000000004");
    CU_ASSERT_STRING_EQUAL(ratio_text(1.7976931348623157e308), "1.7976931348623157e%2B308");
    /* A decimal comma locale must not leak into the URL (only checked where one is installed). */
    const char *locales[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8"};
    for (size_t i = 0; i < sizeof locales / sizeof *locales; i++) {
        if (setlocale(LC_NUMERIC, locales[i]) != NULL) {
            CU_ASSERT_STRING_EQUAL(ratio_text(0.5), "0.5");
            setlocale(LC_NUMERIC, "C");
            break;
        }
    }
    /* NaN has no parameter form. */
    list_params p = {0};
    p.has_ratio = true;
    p.ratio = strtod("nan", NULL);
    CU_ASSERT_EQUAL(build("/r", &list_desc, list_locs, &p), APIC_E_ENCODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "'ratio'"));
}

typedef struct get_params {
    char *id;
    bool has_kind;
    apic_enum kind;
    char *trace;
    apic_json_map unknown_fields;
} get_params;

static const char *const kind_values[] = {"person", "company"};
static const apic_enum_desc kind_enum = {"kind", kind_values, 2};
static const apic_type kind_type = {APIC_ENUM, APIC_FMT_NONE, NULL, &kind_enum, NULL};
static const apic_field get_fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(get_params, id), -1, -1, &apic_type_string},
    {"kind", 4, 0, offsetof(get_params, kind), offsetof(get_params, has_kind), -1, &kind_type},
    {"X-Trace", 7, APIC_F_REQUIRED, offsetof(get_params, trace), -1, -1, &apic_type_string},
};
static const apic_struct_desc get_desc = {"get_params", sizeof(get_params), get_fields, 3,
                                          offsetof(get_params, unknown_fields), -1, NULL};
static const apic_param get_locs[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
                                      {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
                                      {APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, false}};

static void test_required_missing(void)
{
    get_params p = {NULL, false, {0, NULL}, "t1", {0}};
    CU_ASSERT_EQUAL(build("/contacts/{id}", &get_desc, get_locs, &p), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(g_err.kind, APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "'id'"));
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "test_op"));
    CU_ASSERT_STRING_EQUAL(g_url, "");
    CU_ASSERT_EQUAL(g_n_hdr, 0);

    CU_ASSERT_EQUAL(build("/contacts/{id}", &get_desc, get_locs, NULL), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "'id'"));

    p.id = "7";
    p.trace = NULL;
    CU_ASSERT_EQUAL(build("/contacts/{id}", &get_desc, get_locs, &p), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "'X-Trace'"));

    /* A template name with no parameter behind it would request the wrong resource. */
    p.trace = "t1";
    CU_ASSERT_EQUAL(build("/contacts/{id}/notes/{note}", &get_desc, get_locs, &p), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "'note'"));
}

static void test_enum_and_header(void)
{
    get_params p = {"a/b", true, {2, NULL}, "t-1", {0}};
    CU_ASSERT_EQUAL_FATAL(build("/contacts/{id}", &get_desc, get_locs, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/contacts/a%2Fb?kind=company");
    CU_ASSERT_EQUAL_FATAL(g_n_hdr, 1);
    CU_ASSERT_STRING_EQUAL(g_hdr[0], "X-Trace: t-1");

    /* An unknown enum text goes back exactly as it came. */
    p.kind = (apic_enum){0, "government body"};
    CU_ASSERT_EQUAL(build("/contacts/{id}", &get_desc, get_locs, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/contacts/a%2Fb?kind=government%20body");

    p.kind = (apic_enum){0, NULL};
    CU_ASSERT_EQUAL(build("/contacts/{id}", &get_desc, get_locs, &p), APIC_E_ENCODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "'kind'"));

    /* A header value could otherwise smuggle a second header in. */
    p.kind = (apic_enum){1, NULL};
    p.trace = "x\r\nX-Evil: 1";
    CU_ASSERT_EQUAL(build("/contacts/{id}", &get_desc, get_locs, &p), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(g_err.message, "'X-Trace'"));
    CU_ASSERT_EQUAL(g_n_hdr, 0);
}

static void test_cookies(void)
{
    typedef struct cp {
        bool has_a;
        int32_t a;
        char *b;
        bool has_c;
        apic_string_array c;
        apic_json_map unknown_fields;
    } cp;
    static const apic_field f[] = {
        {"a", 1, 0, offsetof(cp, a), offsetof(cp, has_a), -1, &apic_type_int32},
        {"b", 1, 0, offsetof(cp, b), -1, -1, &apic_type_string},
        {"c", 1, 0, offsetof(cp, c), offsetof(cp, has_c), -1, &strings_type},
    };
    static const apic_struct_desc d = {"cp", sizeof(cp), f, 3, offsetof(cp, unknown_fields), -1, NULL};
    static const apic_param locs[] = {{APIC_IN_COOKIE, APIC_STYLE_FORM, true, false},
                                      {APIC_IN_COOKIE, APIC_STYLE_FORM, true, false},
                                      {APIC_IN_COOKIE, APIC_STYLE_FORM, false, false}};
    char *c[] = {"x", "y;z"};
    cp p = {true, 1, "2", false, {NULL, 0}, {0}};
    CU_ASSERT_EQUAL_FATAL(build("/x", &d, locs, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x");
    CU_ASSERT_EQUAL_FATAL(g_n_hdr, 1);
    CU_ASSERT_STRING_EQUAL(g_hdr[0], "Cookie: a=1; b=2");

    p.has_a = false;
    p.c = (apic_string_array){c, 2};
    CU_ASSERT_EQUAL_FATAL(build("/x", &d, locs, &p), 0);
    CU_ASSERT_EQUAL_FATAL(g_n_hdr, 1);
    CU_ASSERT_STRING_EQUAL(g_hdr[0], "Cookie: b=2; c=x,y%3Bz");

    memset(&p, 0, sizeof p);
    CU_ASSERT_EQUAL(build("/x", &d, locs, &p), 0);
    CU_ASSERT_EQUAL(g_n_hdr, 0);
    CU_ASSERT_PTR_NULL(g_hdr);
}

/* Every value the types allow is sent. deepObject goes as deep as the value (Stripe's
 * `status_transitions[posted_at][gte]=1`), arrays inside by index; where the style has no form for
 * a member or item (objects in a form-style array, which OpenAPI leaves undefined) it goes as JSON
 * text; a parameter described with `content: application/json` goes as JSON text whole. */
static void test_nested_values_are_sent(void)
{
    typedef struct outer {
        rgb *inner;
        apic_json_map unknown_fields;
    } outer;
    static const apic_field of[] = {{"inner", 5, 0, offsetof(outer, inner), -1, -1, &rgb_type}};
    static const apic_struct_desc od = {"outer", sizeof(outer), of, 1, offsetof(outer, unknown_fields), -1, NULL};
    static const apic_type outer_type = {APIC_OBJECT, APIC_FMT_NONE, &od, NULL, NULL};
    static const apic_type rgbs_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &rgb_type};
    typedef struct np {
        outer *q;
        apic_array list;
        apic_array lines;
        outer *filter;
        apic_json_map unknown_fields;
    } np;
    static const apic_field nf[] = {{"q", 1, 0, offsetof(np, q), -1, -1, &outer_type},
                                    {"list", 4, 0, offsetof(np, list), -1, -1, &rgbs_type},
                                    {"lines", 5, 0, offsetof(np, lines), -1, -1, &rgbs_type},
                                    {"filter", 6, 0, offsetof(np, filter), -1, -1, &outer_type}};
    static const apic_struct_desc nd = {"np", sizeof(np), nf, 4, offsetof(np, unknown_fields), -1, NULL};
    static const apic_param locs[] = {{APIC_IN_QUERY, APIC_STYLE_DEEP_OBJECT, true, false},
                                      {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
                                      {APIC_IN_QUERY, APIC_STYLE_DEEP_OBJECT, true, false},
                                      {APIC_IN_QUERY, APIC_STYLE_JSON, false, false}};
    outer o = {&color_rgb, {0}};
    rgb two[] = {color_rgb, {true, 1, false, 0, false, 0, {0}}};
    np p = {&o, {two, 2}, {two, 2}, &o, {0}};
    CU_ASSERT_EQUAL_FATAL(build("/x", &nd, locs, &p), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x?q[inner][R]=100&q[inner][G]=200&q[inner][B]=150"
                                  "&list=%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D&list=%7B%22R%22%3A1%7D"
                                  "&lines[0][R]=100&lines[0][G]=200&lines[0][B]=150&lines[1][R]=1"
                                  "&filter=%7B%22inner%22%3A%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D%7D");
    /* In a header and in the path, a JSON parameter is the same text (escaped in the path). */
    static const apic_param json_locs[] = {{APIC_IN_HEADER, APIC_STYLE_JSON, false, false},
                                           {APIC_IN_PATH, APIC_STYLE_JSON, false, false}};
    typedef struct jp {
        outer *h;
        outer *id;
        apic_json_map unknown_fields;
    } jp;
    static const apic_field jf[] = {{"X-Filter", 8, 0, offsetof(jp, h), -1, -1, &outer_type},
                                    {"id", 2, APIC_F_REQUIRED, offsetof(jp, id), -1, -1, &outer_type}};
    static const apic_struct_desc jd = {"jp", sizeof(jp), jf, 2, offsetof(jp, unknown_fields), -1, NULL};
    jp j = {&o, &o, {0}};
    CU_ASSERT_EQUAL_FATAL(build("/x/{id}", &jd, json_locs, &j), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "http://h/x/%7B%22inner%22%3A%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D%7D");
    CU_ASSERT_EQUAL_FATAL(g_n_hdr, 1);
    CU_ASSERT_STRING_EQUAL(g_hdr[0], "X-Filter: {\"inner\":{\"R\":100,\"G\":200,\"B\":150}}");
}

static void test_base_url_join(void)
{
    get_params p = {"9", false, {0, NULL}, "t", {0}};
    const char *bases[] = {"http://127.0.0.1:4010/api", "http://127.0.0.1:4010/api/"};
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL(build_with(bases[i], "/contacts/{id}", &get_desc, get_locs, &p), 0);
        CU_ASSERT_STRING_EQUAL(g_url, "http://127.0.0.1:4010/api/contacts/9");
    }
    CU_ASSERT_EQUAL(build_with("https://h/", "/", NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "https://h/");
    CU_ASSERT_EQUAL(build_with("https://h", "/contacts", NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(g_url, "https://h/contacts");
}

/* A URL appended to a buffer that already holds text keeps that text, even on failure. */
static void test_appends_and_restores(void)
{
    apic_operation op = {"test_op", "GET", "/contacts/{id}", &get_desc, get_locs, NULL, NULL, false, NULL, 0, NULL, 0,
                         APIC_BODY_JSON, NULL, NULL};
    get_params p = {NULL, false, {0, NULL}, "t", {0}};
    apic_buf b = {0};
    char **h = (char **)&b; /* non-NULL garbage must be overwritten */
    size_t n = 99;
    CU_ASSERT_EQUAL(apic_buf_puts(&b, "prefix "), 0);
    CU_ASSERT_EQUAL(apic_url_build("http://h", &op, &p, &b, &h, &n, NULL), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(b.data, "prefix ");
    CU_ASSERT_PTR_NULL(h);
    CU_ASSERT_EQUAL(n, 0);
    apic_buf_free(&b);
}

int main(void)
{
    CU_TestInfo url_tests[] = {
        {"percent-encoding table", test_percent_encoding},
        {"path styles (simple, label, matrix)", test_path_styles},
        {"query styles (form, spaceDelimited, pipeDelimited, deepObject)", test_query_styles},
        {"header style (simple)", test_header_styles},
        {"empty values", test_empty_values},
        {"map of primitives as object", test_map_as_object},
        {"values percent-encoded, allowReserved", test_values_encoded},
        {"present zero/false/int64 and absent", test_present_and_absent},
        {"doubles shortest round-trip, locale-independent", test_doubles},
        {"required parameters missing", test_required_missing},
        {"enums and header parameters", test_enum_and_header},
        {"cookies in one header", test_cookies},
        {"nested values sent: deepObject to any depth, JSON text where no form exists", test_nested_values_are_sent},
        {"base URL join", test_base_url_join},
        {"appends to buffer, restores on failure", test_appends_and_restores},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"url", NULL, suite_clean, NULL, NULL, url_tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
