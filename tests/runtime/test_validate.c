/* The validator and the string formats: what passes, what is refused, and the path named. */
#include <CUnit/CUnit.h>
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

/* --- formats ------------------------------------------------------------------------------- */

static void expect_format(apic_format f, const char *const *good, const char *const *bad)
{
    for (; *good != NULL; good++) {
        if (!apic_format_check(f, *good)) fprintf(stderr, "\n%s should accept '%s'\n", apic_format_name(f), *good);
        CU_ASSERT_TRUE(apic_format_check(f, *good));
    }
    for (; *bad != NULL; bad++) {
        if (apic_format_check(f, *bad)) fprintf(stderr, "\n%s should refuse '%s'\n", apic_format_name(f), *bad);
        CU_ASSERT_FALSE(apic_format_check(f, *bad));
    }
}

static void test_date_time(void)
{
    const char *good[] = {"2026-11-23T06:18:45Z", "2026-11-23T06:18:45.123Z", "2024-02-29T23:59:60+03:00",
                          "2026-01-01t00:00:00z", "1999-12-31T23:59:59.999999-12:00", NULL};
    const char *bad[] = {"", "2026-11-23", "2026-11-23 06:18:45Z", "2026-13-01T00:00:00Z", "2025-02-29T00:00:00Z",
                         "2026-11-23T24:00:00Z", "2026-11-23T06:18:45", "2026-11-23T06:18:45.Z",
                         "2026-11-23T06:18:45Zjunk", "2026-11-23T06:18:45+0300", NULL};
    expect_format(APIC_FMT_DATE_TIME, good, bad);
    const char *dgood[] = {"2026-11-23", "2000-02-29", NULL};
    const char *dbad[] = {"2026-11-31", "1900-02-29", "26-11-23", "2026-11-23T00:00:00Z", NULL};
    expect_format(APIC_FMT_DATE, dgood, dbad);
}

static void test_email_uuid_uri(void)
{
    const char *egood[] = {"jane@example.com", "j.o+tag@mail.example.co.ke", "x@d-1.io", "ü@bücher.de", NULL};
    const char *ebad[] = {"", "jane", "@example.com", "jane@", "jane@localhost", "jane@@example.com", "ja ne@example.com",
                          "jane@-example.com", "jane@example..com", "jane@example.com.", "a\"b@example.com", NULL};
    expect_format(APIC_FMT_EMAIL, egood, ebad);
    const char *ugood[] = {"3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "3F0C1A2B-4D5E-4F60-8A7B-9C0D1E2F3A4B", NULL};
    const char *ubad[] = {"3f0c1a2b4d5e4f608a7b9c0d1e2f3a4b", "3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4", "g f0c1a2b", NULL};
    expect_format(APIC_FMT_UUID, ugood, ubad);
    const char *rgood[] = {"https://shop.example.com/p/1?x=2", "mailto:jane@example.com", "urn:isbn:0451450523", NULL};
    const char *rbad[] = {"", "shop.example.com", "://x", "https://exa mple.com", "1http://x", NULL};
    expect_format(APIC_FMT_URI, rgood, rbad);
}

static void test_currency_phone_country(void)
{
    const char *cgood[] = {"KES", "USD", "EUR", "UGX", "TZS", "XOF", "ZWG", NULL};
    const char *cbad[] = {"", "kes", "KSH", "US", "USDD", "HRK", "ABC", NULL};
    expect_format(APIC_FMT_CURRENCY, cgood, cbad);
    const char *pgood[] = {"+254712345678", "+14155550100", "+2547123", NULL};
    const char *pbad[] = {"", "0712345678", "+0712345678", "+254 712 345 678", "+1234567890123456", "+123456", NULL};
    expect_format(APIC_FMT_PHONE, pgood, pbad);
    const char *kgood[] = {"KE", "UG", NULL};
    const char *kbad[] = {"ke", "KEN", "K", "", NULL};
    expect_format(APIC_FMT_COUNTRY, kgood, kbad);
}

/* --- the validator on a described value ------------------------------------------------------ */

typedef struct item {
    char *sku;
    bool has_quantity;
    int64_t quantity;
} item;

typedef struct item_array {
    item *items;
    size_t count;
} item_array;

typedef struct order {
    char *order_id;
    char *email;
    apic_enum status;
    bool has_items;
    item_array items;
    bool has_total;
    double total;
    char *extra;
    apic_string_map labels;
} order;

static const apic_field item_fields[] = {
    {"sku", 3, APIC_F_REQUIRED, offsetof(item, sku), -1, -1, &apic_type_string},
    {"quantity", 8, 0, offsetof(item, quantity), offsetof(item, has_quantity), -1, &apic_type_int64},
};
static const apic_struct_desc item_desc = {"Item", sizeof(item), item_fields, 2, -1, -1, NULL};
static const apic_type item_type = {APIC_OBJECT, APIC_FMT_NONE, &item_desc, NULL, NULL};
static const apic_type items_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &item_type};
static const char *const statuses[] = {"pending", "paid"};
static const apic_enum_desc status_desc = {"Status", statuses, 2};
static const apic_type status_type = {APIC_ENUM, APIC_FMT_NONE, NULL, &status_desc, NULL};
static const apic_type email_type = {APIC_STRING, APIC_FMT_EMAIL, NULL, NULL, NULL};
static const apic_type currency_type = {APIC_STRING, APIC_FMT_CURRENCY, NULL, NULL, NULL};
static const apic_type labels_type = {APIC_MAP, APIC_FMT_NONE, NULL, NULL, &currency_type};
static const apic_field order_fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(order, order_id), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_PII, offsetof(order, email), -1, -1, &email_type},
    {"status", 6, APIC_F_REQUIRED, offsetof(order, status), -1, -1, &status_type},
    {"items", 5, 0, offsetof(order, items), offsetof(order, has_items), -1, &items_type},
    {"total", 5, 0, offsetof(order, total), offsetof(order, has_total), -1, &apic_type_double},
    {"extra", 5, 0, offsetof(order, extra), -1, -1, &apic_type_any},
    {"labels", 6, 0, offsetof(order, labels), -1, -1, &labels_type},
};
static const apic_struct_desc order_desc = {"Order", sizeof(order), order_fields, 7, -1, -1, NULL};
static const apic_type order_type = {APIC_OBJECT, APIC_FMT_NONE, &order_desc, NULL, NULL};

static item three[3];
static char *label_keys[] = {"price"};
static char *label_values[] = {"KES"};

static order valid_order(void)
{
    three[0] = (item){"A", true, 1};
    three[1] = (item){"B", false, 0};
    three[2] = (item){"C", true, 3};
    order o = {"o-1", "jane@example.com", {1, NULL}, true, {three, 3}, true, 12.5, "{\"a\":[1]}",
               {label_keys, label_values, 1}};
    return o;
}

static void expect_refused(const order *o, const char *message)
{
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_validate(&order_type, o, "data", &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(err.kind, APIC_E_VALIDATION);
    if (strcmp(err.message, message) != 0) fprintf(stderr, "\nexpected '%s'\n     got '%s'\n", message, err.message);
    CU_ASSERT_STRING_EQUAL(err.message, message);
    apic_error_clear(&err);
}

static void test_valid_value_passes(void)
{
    order o = valid_order();
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_validate(&order_type, &o, "data", &err), 0);
    CU_ASSERT_EQUAL(err.kind, APIC_OK);
    o.email = NULL; /* optional */
    o.has_items = false;
    o.items.count = 0;
    CU_ASSERT_EQUAL(apic_validate(&order_type, &o, "data", &err), 0);
}

static void test_paths_name_the_problem(void)
{
    order o = valid_order();
    o.order_id = NULL;
    expect_refused(&o, "data.order_id: required member is missing");
    o = valid_order();
    three[2].sku = NULL;
    expect_refused(&o, "data.items[2].sku: required member is missing");
    o = valid_order();
    o.email = "jane@localhost";
    /* email is personal data (APIC_F_PII): named, but its value is not repeated. */
    expect_refused(&o, "data.email: not a valid email (the value is personal data, so it is not shown)");
    o = valid_order();
    o.status = (apic_enum){0, "refunded"};
    expect_refused(&o, "data.status: 'refunded' is not one of pending, paid");
    o.status = (apic_enum){0, NULL};
    expect_refused(&o, "data.status: required member is missing"); /* neither a value nor a text: absent */
    o = valid_order();
    o.extra = "{\"a\":";
    expect_refused(&o, "data.extra: not well-formed JSON");
    o = valid_order();
    label_values[0] = "shillings";
    expect_refused(&o, "data.labels.price: 'shillings' is not a valid currency");
    label_values[0] = "KES";
    o = valid_order();
    o.total = NAN;
    expect_refused(&o, "data.total: NaN and infinities have no JSON form");
}

static void test_bad_arguments(void)
{
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_validate(NULL, NULL, "data", &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_validate(&order_type, NULL, "data", NULL), APIC_E_ARG);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo formats[] = {
        {"date-time and date", test_date_time},
        {"email, uuid, uri", test_email_uuid_uri},
        {"currency, phone, country", test_currency_phone_country},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo validator[] = {
        {"a valid value passes", test_valid_value_passes},
        {"the first problem is named by its path", test_paths_name_the_problem},
        {"bad arguments", test_bad_arguments},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"formats", NULL, NULL, NULL, NULL, formats},
        {"validator", NULL, NULL, NULL, NULL, validator},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
