/* The flows of Schematic's README through the C SDK, against Prism serving
 * spec/schematic/openapi.yaml with request validation (a request that breaks the spec gets a
 * 422): identify and track (with a quantity) delivered as `POST /event-batch` batches, a company
 * and a user upserted, a flag checked twice (the second answer from the cache, nothing sent), and
 * a webhook verified. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <schematic/schematic.h>

#include "cunit_run.h"

static schematic_client *client;
static char dead_path[64]; /* this process's own: two builds' tests may run at once */
static apic_dead_letter dead_letter = {.path = dead_path};

static const char *user[] = {"email", "wcoyote@acme.net", "user_id", "your-user-id", NULL};
static const char *company[] = {"id", "your-company-id", NULL};

static void test_identify_and_track(void)
{
    schematic_error err = {0};
    schematic_identify_company acme = {company, "Acme Widgets, Inc.", "{\"city\":\"Atlanta\"}"};
    schematic_identify_event who = {user, &acme, "Wile E. Coyote", "{\"login_count\":24,\"is_staff\":false}"};
    CU_ASSERT_EQUAL(schematic_identify(client, &who, NULL, &err), 0);
    schematic_track_event plain = {"some-action", company, user, NULL, false, 0};
    CU_ASSERT_EQUAL(schematic_track(client, &plain, NULL, &err), 0);
    schematic_track_event counted = {"some-action", company, user, NULL, true, 10};
    schematic_event_options keyed = {"track-order-42", NULL, false, false};
    CU_ASSERT_EQUAL(schematic_track(client, &counted, &keyed, &err), 0);
    CU_ASSERT_EQUAL(schematic_flush(client, 10000, &err), 0);
    apic_queue_stats st;
    apic_queue_get_stats(client, &st);
    CU_ASSERT_EQUAL(st.enqueued, 3);
    CU_ASSERT_EQUAL(st.delivered, 3); /* Prism accepted the batch: each event matches the spec */
    CU_ASSERT_EQUAL(st.dead_lettered, 0);
    CU_ASSERT_EQUAL(st.batches, 1);
    /* Checked before queueing: nothing reaches the queue. */
    schematic_identify_event bad = {user, NULL, NULL, "[1,2]"};
    CU_ASSERT_EQUAL(schematic_identify(client, &bad, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "identify: traits_json: not a JSON object"));
    const char *odd[] = {"id", NULL};
    schematic_track_event bad_keys = {"x", odd, NULL, NULL, false, 0};
    CU_ASSERT_EQUAL(schematic_track(client, &bad_keys, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "track: company: the key 'id' has no value"));
    schematic_track_event nameless = {"", NULL, NULL, NULL, false, 0};
    CU_ASSERT_EQUAL(schematic_track(client, &nameless, NULL, &err), APIC_E_ARG);
    apic_queue_get_stats(client, &st);
    CU_ASSERT_EQUAL(st.enqueued, 3);
    schematic_error_clear(&err);
}

static void test_upserts(void)
{
    schematic_error err = {0};
    char *names[] = {"id"}, *values[] = {"your-company-id"};
    schematic_upsert_company_request_body co;
    memset(&co, 0, sizeof co);
    co.keys = (apic_string_map){names, values, 1};
    co.name = "Acme Widgets, Inc.";
    /* Traits are JSON values by name. */
    char *trait_names[] = {"city", "high_score", "is_active"}, *trait_values[] = {"\"Atlanta\"", "25", "true"};
    co.has_traits = true;
    co.traits = (apic_json_map){trait_names, trait_values, 3};
    schematic_companies_upsert_response *company_out = NULL;
    CU_ASSERT_EQUAL(schematic_companies_upsert(client, &co, &company_out, &err), 0);
    CU_ASSERT_EQUAL(err.http_status, 200);
    schematic_companies_upsert_response_free(company_out);

    char *unames[] = {"email", "user_id"}, *uvalues[] = {"wcoyote@acme.net", "your-user-id"};
    schematic_upsert_user_request_body u;
    memset(&u, 0, sizeof u);
    u.keys = (apic_string_map){unames, uvalues, 2};
    u.name = "Wile E. Coyote";
    u.has_traits = true;
    u.traits = (apic_json_map){trait_names, trait_values, 3};
    u.has_company = true;
    u.company = (apic_string_map){names, values, 1};
    schematic_companies_upsert_user_response *user_out = NULL;
    CU_ASSERT_EQUAL(schematic_companies_upsert_user(client, &u, &user_out, &err), 0);
    CU_ASSERT_EQUAL(err.http_status, 200);
    schematic_companies_upsert_user_response_free(user_out);
    schematic_error_clear(&err);
}

static void test_check_flag_twice(void)
{
    schematic_error err = {0};
    schematic_flag_result first, second;
    CU_ASSERT_EQUAL(schematic_check_flag_with(client, "some-flag-key", company, user, NULL, &first, &err), 0);
    CU_ASSERT_EQUAL(first.source, APIC_FLAG_FROM_API);
    CU_ASSERT_EQUAL(err.attempts, 1);
    CU_ASSERT_EQUAL(schematic_check_flag_with(client, "some-flag-key", company, user, NULL, &second, &err), 0);
    CU_ASSERT_EQUAL(second.source, APIC_FLAG_FROM_CACHE);
    CU_ASSERT_EQUAL(err.attempts, 0); /* nothing sent */
    CU_ASSERT_EQUAL(second.value, first.value);
    CU_ASSERT_STRING_EQUAL(second.reason, first.reason);
    bool on = !first.value;
    CU_ASSERT_EQUAL(schematic_check_flag(client, "some-flag-key", company, user, &on, &err), 0);
    CU_ASSERT_EQUAL(on, first.value);
    /* No keys at all is a check too (the flag's default rule answers). */
    CU_ASSERT_EQUAL(schematic_check_flag(client, "some-flag-key", NULL, NULL, &on, &err), 0);
    CU_ASSERT_EQUAL(err.attempts, 1);
    schematic_error_clear(&err);
}

static void test_webhook(void)
{
    const char *secret = "whsec-schematic-test";
    const char *body = "{\"action\":\"company.updated\",\"data\":{\"id\":\"comp_1\"}}";
    apic_webhook_secret s = {NULL, secret};
    apic_webhook_signed signed_ = {0};
    schematic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(&APIC_WEBHOOK_SCHEMATIC, &s, NULL, (long long)time(NULL), body, strlen(body),
                                            &signed_, &err), 0);
    CU_ASSERT_EQUAL(schematic_verify_webhook(secret, signed_.headers, signed_.n_headers, body, strlen(body), &err), 0);
    const char *sig = NULL, *ts = NULL;
    for (size_t i = 0; i < signed_.n_headers; i++) {
        if (strcmp(signed_.headers[i].name, SCHEMATIC_WEBHOOK_SIGNATURE_HEADER) == 0) sig = signed_.headers[i].value;
        if (strcmp(signed_.headers[i].name, SCHEMATIC_WEBHOOK_TIMESTAMP_HEADER) == 0) ts = signed_.headers[i].value;
    }
    CU_ASSERT_EQUAL(schematic_verify_signature(body, strlen(body), sig, ts, secret, &err), 0);
    CU_ASSERT_EQUAL(schematic_verify_signature(body, strlen(body) - 1, sig, ts, secret, &err), APIC_E_WEBHOOK_SIGNATURE);
    CU_ASSERT_EQUAL(schematic_verify_signature(body, strlen(body), sig, ts, "another-secret", &err), APIC_E_WEBHOOK_SIGNATURE);
    CU_ASSERT_EQUAL(schematic_verify_signature(body, strlen(body), sig, NULL, secret, &err), APIC_E_WEBHOOK_HEADER);
    CU_ASSERT_EQUAL(schematic_verify_signature(body, strlen(body), sig, "1000000000", secret, &err), APIC_E_WEBHOOK_TIMESTAMP);
    CU_ASSERT_EQUAL(schematic_verify_webhook(NULL, signed_.headers, signed_.n_headers, body, strlen(body), &err), APIC_E_ARG);
    schematic_error_clear(&err);
}

int main(void)
{
    const char *url = getenv("PRISM_SCHEMATIC_URL");
    if (url == NULL) {
        fprintf(stderr, "test_schematic_flows: PRISM_SCHEMATIC_URL is not set (run through tests/integration/with-servers.sh)\n");
        return 1;
    }
    snprintf(dead_path, sizeof dead_path, "build/schematic-flows-dead-letters-%d.jsonl", (int)getpid());
    remove(dead_path);
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = url;
    cfg.api_key = "api_test_key";
    cfg.dead_letter = &dead_letter;
    schematic_error err = {0};
    if (schematic_client_new(&cfg, &client, &err) != 0) {
        fprintf(stderr, "test_schematic_flows: %s\n", err.message);
        return 1;
    }
    CU_TestInfo tests[] = {
        {"identify and track (with a quantity) delivered in one batch; bad events refused", test_identify_and_track},
        {"a company and a user upserted", test_upserts},
        {"a flag checked twice: the second from the cache", test_check_flag_twice},
        {"a webhook verified; a changed one refused", test_webhook},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"Schematic README flows (Prism)", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    int rc = cunit_run(suites);
    schematic_client_free(client);
    return rc;
}
