/* The personal-data maskers on awkward inputs. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

static void expect_text(const char *in, const char *want)
{
    apic_buf out = {0};
    CU_ASSERT_EQUAL(apic_mask_pii_text(in, strlen(in), &out), 0);
    const char *got = out.data != NULL ? out.data : "";
    if (strcmp(got, want) != 0) fprintf(stderr, "\n  in: %s\nwant: %s\n got: %s\n", in, want, got);
    CU_ASSERT_STRING_EQUAL(got, want);
    apic_buf_free(&out);
}

static void expect_json(const char *in, const char *const *keys, const char *want)
{
    apic_buf out = {0};
    CU_ASSERT_EQUAL(apic_mask_pii_json(in, strlen(in), keys, &out), 0);
    const char *got = out.data != NULL ? out.data : "";
    if (strcmp(got, want) != 0) fprintf(stderr, "\n  in: %s\nwant: %s\n got: %s\n", in, want, got);
    CU_ASSERT_STRING_EQUAL(got, want);
    apic_buf_free(&out);
}

static void test_emails(void)
{
    expect_text("jane.doe@example.com", "j***@e***.com");
    expect_text("contact: Jane <jane.doe@mail.example.co.ke>.", "contact: Jane <j***@m***.ke>.");
    expect_text("https://h/api/contacts?email=jane%40example.com&limit=10", "https://h/api/contacts?email=j***%40e***.com&limit=10");
    expect_text("mailto:a+tag@x.io", "mailto:a***@x***.io");
    expect_text("ünïcode@bücher.de ok", "ü***@b***.de ok");
    expect_text("two: a@b.org, c@d.net", "two: a***@b***.org, c***@d***.net");
    /* Not emails: left alone. */
    expect_text("user@localhost and @handle and 50% @ noon and a@b.c", "user@localhost and @handle and 50% @ noon and a@b.c");
}

static void test_phones(void)
{
    expect_text("+254712345678", "+2547****678");
    expect_text("call +254 712 345 678 now", "call +2547****678 now");
    expect_text("0712-345-678", "0712****678");
    expect_text("0712345678", "0712****678");
    expect_text("(415) 555-0100", "4155****100");
    expect_text("tel:+1-415-555-0100", "tel:+1415****100");
    /* Not phone numbers: amounts, ids, dates, times, UUIDs, versions, long ids. */
    expect_text("total 495000 KES, id 9007199254740993, at 2026-11-23 06:18:45.123, v1.2.3",
                "total 495000 KES, id 9007199254740993, at 2026-11-23 06:18:45.123, v1.2.3");
    expect_text("0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa 1700000000 ord_5001 +12", "0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa 1700000000 ord_5001 +12");
}

static void test_json(void)
{
    const char *keys[] = {"first_name", "address", "phones", NULL};
    expect_json("{\"first_name\":\"Amina\",\"country\":\"KE\",\"note\":\"mail amina@example.com\"}", keys,
                "{\"first_name\":\"A***\",\"country\":\"KE\",\"note\":\"mail a***@e***.com\"}");
    /* Escapes are decoded before looking: \u0040 is an @. */
    expect_json("{\"note\":\"amina\\u0040example.com\"}", keys, "{\"note\":\"a***@e***.com\"}");
    /* Whole containers under a personal-data member; numbers too; null stays null. */
    expect_json("{\"address\":{\"line1\":\"12 Moi Ave\",\"zip\":100},\"phones\":[\"+254712345678\",null],\"n\":5}", keys,
                "{\"address\":{\"line1\":\"1***\",\"zip\":\"***\"},\"phones\":[\"+2547****678\",null],\"n\":5}");
    /* A key that is only a value elsewhere is not a key. */
    expect_json("[\"first_name\",\"x\"]", keys, "[\"first_name\",\"x\"]");
    /* Unicode in masked values keeps whole characters; strings with quotes stay valid JSON. */
    expect_json("{\"first_name\":\"Ömer \\\"O\\\"\"}", keys, "{\"first_name\":\"Ö***\"}");
    /* Not JSON: masked as text. */
    expect_json("not json: jane@example.com", keys, "not json: j***@e***.com");
    expect_json("{}", NULL, "{}");
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"emails: plain, in URLs, unicode, lists; lookalikes left", test_emails},
        {"phones: E.164, national, spaced, dashed; numbers that are not phones left", test_phones},
        {"JSON: marked members, escapes, containers, not-JSON", test_json},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"personal-data maskers", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
