/* The generated eSauti SDK against WireMock: what goes on the wire (checked in WireMock's request
 * journal) and what the caller gets back (error status and body, exact int64, kept unknowns). */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <string.h>

#include <esauti/esauti.h>

#include "cunit_run.h"
#include "wiremock.h"

#define BIG_ID "9007199254740993" /* 2^53 + 1: the first integer a double cannot hold */

static esauti_client *client;

static int suite_init(void)
{
    if (wm_url() == NULL) return 1;
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = wm_url();
    cfg.token = "t0k-secret";
    esauti_error err = {0};
    int rc = esauti_client_new(&cfg, &client, &err);
    esauti_error_clear(&err);
    return rc;
}

static int suite_clean(void)
{
    esauti_client_free(client);
    return 0;
}

static void test_404_gives_status_and_body(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"GET\",\"url\":\"/contacts/42\"},"
                            "\"response\":{\"status\":404,\"headers\":{\"Content-Type\":\"application/json\","
                            "\"X-Request-Id\":\"req-404\"},\"body\":\"{\\\"code\\\":404,\\\"message\\\":"
                            "\\\"Contact not found\\\"}\"}}"));
    esauti_contacts_get_params p = {.id = 42};
    esauti_contact *c = (esauti_contact *)1; /* must be reset to NULL on failure */
    esauti_error err = {0};
    int rc = esauti_contacts_get(client, &p, &c, &err);
    CU_ASSERT_EQUAL(rc, APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.kind, APIC_E_HTTP);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL(err.http_status, 404);
    CU_ASSERT_EQUAL(err.attempts, 1);
    CU_ASSERT_FALSE(err.retryable);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err.body);
    CU_ASSERT_STRING_EQUAL(err.body, "{\"code\":404,\"message\":\"Contact not found\"}");
    CU_ASSERT_EQUAL(err.body_len, strlen(err.body));
    CU_ASSERT_PTR_NOT_NULL_FATAL(err.request_id);
    CU_ASSERT_STRING_EQUAL(err.request_id, "req-404");
    /* The body decodes into the spec's error type. */
    esauti_error_model *e = NULL;
    esauti_error perr = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_error_model_from_json(err.body, err.body_len, &e, &perr), 0);
    CU_ASSERT_EQUAL(e->code, 404);
    CU_ASSERT_STRING_EQUAL(e->message, "Contact not found");
    esauti_error_model_free(e);
    esauti_error_clear(&err);
}

static void test_bearer_token_is_sent(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"DELETE\",\"url\":\"/contacts/7\"},\"response\":{\"status\":204}}"));
    esauti_contacts_delete_params p = {.id = 7};
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_contacts_delete(client, &p, &err), 0);
    CU_ASSERT_EQUAL(err.http_status, 204);
    CU_ASSERT_EQUAL(wm_count("{\"method\":\"DELETE\",\"url\":\"/contacts/7\",\"headers\":{\"Authorization\":"
                             "{\"equalTo\":\"Bearer t0k-secret\"}}}"), 1);
    esauti_error_clear(&err);
}

static void test_zero_false_empty_and_null_are_sent(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"POST\",\"url\":\"/contacts\"},\"response\":{\"status\":201,"
                            "\"headers\":{\"Content-Type\":\"application/json\"},"
                            "\"body\":\"{\\\"id\\\":1,\\\"email\\\":\\\"z@example.com\\\"}\"}}"));
    esauti_contact_input in = {.email = "z@example.com", .lastname = "", .has_points = true, .points = 0,
                               .has_do_not_contact = true, .do_not_contact = false, .phone_is_null = true};
    esauti_contact *out = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_contacts_create(client, &in, &out, &err), 0);
    CU_ASSERT_EQUAL(err.http_status, 201);
    CU_ASSERT_EQUAL(out->id, 1);
    esauti_contact_free(out);
    /* Exactly these members: 0, false, "" and null present; nothing unset sent. */
    CU_ASSERT_EQUAL(wm_count("{\"method\":\"POST\",\"url\":\"/contacts\",\"headers\":{\"Content-Type\":"
                             "{\"contains\":\"application/json\"}},\"bodyPatterns\":[{\"equalToJson\":"
                             "{\"email\":\"z@example.com\",\"lastname\":\"\",\"phone\":null,\"points\":0,"
                             "\"doNotContact\":false}}]}"), 1);
    esauti_error_clear(&err);
}

static void test_int64_round_trips_exactly(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"GET\",\"url\":\"/contacts/" BIG_ID "\"},\"response\":{"
                            "\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                            "\"body\":\"{\\\"id\\\":" BIG_ID ",\\\"email\\\":\\\"big@example.com\\\",\\\"ownerId\\\":"
                            BIG_ID ",\\\"loyaltyTier\\\":\\\"gold\\\"}\"}}"));
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"PUT\",\"url\":\"/contacts/" BIG_ID "\"},"
                            "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                            "\"body\":\"{\\\"id\\\":1,\\\"email\\\":\\\"big@example.com\\\"}\"}}"));
    esauti_contacts_get_params p = {.id = INT64_C(9007199254740993)};
    esauti_contact *c = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_contacts_get(client, &p, &c, &err), 0);
    CU_ASSERT_EQUAL(c->id, INT64_C(9007199254740993));
    CU_ASSERT_TRUE(c->has_owner_id);
    CU_ASSERT_EQUAL(c->owner_id, INT64_C(9007199254740993));
    /* A member this SDK does not know is kept verbatim. */
    CU_ASSERT_EQUAL_FATAL(c->unknown_fields.count, 1);
    CU_ASSERT_STRING_EQUAL(c->unknown_fields.keys[0], "loyaltyTier");
    CU_ASSERT_STRING_EQUAL(c->unknown_fields.values[0], "\"gold\"");

    /* Sent back: the id in the path and the owner in the body, digit for digit. */
    esauti_contacts_replace_params rp = {.id = c->id};
    esauti_contact_input in = {.email = c->email, .has_owner_id = true, .owner_id = c->owner_id};
    esauti_contact *out = NULL;
    CU_ASSERT_EQUAL(esauti_contacts_replace(client, &rp, &in, &out, &err), 0);
    esauti_contact_free(out);
    CU_ASSERT_EQUAL(wm_count("{\"method\":\"PUT\",\"url\":\"/contacts/" BIG_ID "\",\"bodyPatterns\":["
                             "{\"contains\":\"\\\"ownerId\\\":" BIG_ID "\"}]}"), 1);
    esauti_contact_free(c);
    esauti_error_clear(&err);
}

static void test_list_query_encoding(void)
{
    CU_ASSERT_FATAL(wm_reset());
    CU_ASSERT_FATAL(wm_stub("{\"request\":{\"method\":\"GET\",\"urlPath\":\"/contacts\"},\"response\":{\"status\":200,"
                            "\"headers\":{\"Content-Type\":\"application/json\"},"
                            "\"body\":\"{\\\"total\\\":0,\\\"contacts\\\":[]}\"}}"));
    int64_t ids[] = {3, INT64_C(9007199254740993)};
    esauti_contacts_list_params q = {.has_start = true, .start = 0, .has_limit = true, .limit = 10,
                                     .search = "a b&c=d/é", .has_ids = true, .ids = {ids, 2}};
    esauti_contact_list *page = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_contacts_list(client, &q, &page, &err), 0);
    CU_ASSERT_EQUAL(page->total, 0);
    CU_ASSERT_EQUAL(page->contacts.count, 0);
    esauti_contact_list_free(page);
    /* The exact bytes of the query, in parameter order; start=0 is sent because it is set. */
    CU_ASSERT_EQUAL(wm_count("{\"method\":\"GET\",\"url\":\"/contacts?start=0&limit=10&search=a%20b%26c%3Dd%2F%C3%A9"
                             "&ids=3,9007199254740993\"}"), 1);
    esauti_error_clear(&err);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"404 with a JSON body: status, body, request id", test_404_gives_status_and_body},
        {"bearer token on every call", test_bearer_token_is_sent},
        {"0, false, \"\" and null are sent; unset is not", test_zero_false_empty_and_null_are_sent},
        {"id 9007199254740993 round-trips exactly", test_int64_round_trips_exactly},
        {"list: query parameters percent-encoded, arrays joined", test_list_query_encoding},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"esauti against WireMock", suite_init, suite_clean, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
