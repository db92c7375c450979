/* The topics runtime on a small hand-written registry: lookups by entity and action, the event
 * around checked data, and what the generic publish refuses before anything is held. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "apic/apic.h"
#include "apic/topics.h"
#include "cunit_run.h"

typedef struct amount_data {
    char *policy_id;
    bool has_amount;
    int64_t amount;
    apic_json_map unknown;
} amount_data;

static const apic_field amount_fields[] = {
    {"policy_id", 9, APIC_F_REQUIRED, offsetof(amount_data, policy_id), -1, -1, &apic_type_string},
    {"amount", 6, 0, offsetof(amount_data, amount), offsetof(amount_data, has_amount), -1, &apic_type_int64},
};
static const apic_struct_desc amount_desc = {"AmountData", sizeof(amount_data), amount_fields, 2,
                                             offsetof(amount_data, unknown), -1, NULL};
static const apic_type amount_type = {APIC_OBJECT, APIC_FMT_NONE, &amount_desc, NULL, NULL};

/* Constants in file order; by_name sorts by entity, then action:
 * Claim Opened < Policy Cancelled < Policy Created < PolicyHolder Created. */
static const apic_topic_def defs[] = {
    {"policies", "Policy", "Created", &amount_type},
    {"customers", "PolicyHolder", "Created", &amount_type},
    {"claims", "Claim", "Opened", &amount_type},
    {"policies", "Policy", "Cancelled", &amount_type},
};
static const unsigned short by_name[] = {2, 3, 0, 1};
static const apic_topic_registry reg = {defs, 4, by_name};

/* A session over a transport that fails the test if anything is sent. */
static int must_not_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)res;
    CU_FAIL("a request was sent");
    fprintf(stderr, "\nunexpected %s %s\n", req->method, req->url);
    return apic_error_set(err, APIC_E_TRANSPORT, "must not send");
}

static const apic_operation publish_op = {.name = "t_publish", .method = "POST", .path = "/events",
                                          .body = &apic_type_any, .body_media = "application/json", .body_required = true};
static const apic_session_def session_def = {&publish_op, NULL, {0, 0, 0, NULL, NULL}};

static apic_client *client;
static apic_session *session;

static int setup(void)
{
    apic_transport t = {must_not_send, NULL, NULL};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9");
    cfg.transport = &t;
    apic_context_item ctx[] = {{"job_id", NULL, "job-1"}};
    return apic_client_new(&cfg, &client, NULL) != 0 ||
           apic_session_new(client, &session_def, ctx, 1, 0, &session, NULL) != 0;
}

static int teardown(void)
{
    apic_session_free(session);
    apic_client_free(client);
    return 0;
}

static void test_lookup(void)
{
    CU_ASSERT_EQUAL(apic_topic_lookup(&reg, "Policy", "Created"), 1);
    CU_ASSERT_EQUAL(apic_topic_lookup(&reg, "PolicyHolder", "Created"), 2);
    CU_ASSERT_EQUAL(apic_topic_lookup(&reg, "Claim", "Opened"), 3);
    CU_ASSERT_EQUAL(apic_topic_lookup(&reg, "Policy", "Cancelled"), 4);
    const char *absent[][2] = {{"Policy", "Opened"}, {"Created", "Policy"}, {"Polic", "Created"},
                               {"PolicyHolder", "Cancelled"}, {"", ""}, {"Zebra", "Seen"}};
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
        CU_ASSERT_EQUAL(apic_topic_lookup(&reg, absent[i][0], absent[i][1]), 0);
    }
    CU_ASSERT_EQUAL(apic_topic_lookup(NULL, "Policy", "Created"), 0);
    CU_ASSERT_EQUAL(apic_topic_lookup(&reg, NULL, "Created"), 0);
    CU_ASSERT_EQUAL(apic_topic_lookup(&reg, "Policy", NULL), 0);
}

static void test_encode(void)
{
    amount_data d = {.policy_id = "P-1", .has_amount = true, .amount = 9007199254740993LL};
    apic_buf out = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_topic_encode(&reg, 2, &d, &out, &err), 0);
    cJSON *e = cJSON_Parse(out.data);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_UUID, cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "id"))));
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "category")), "customers");
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "entity")), "PolicyHolder");
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "action")), "Created");
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_DATE_TIME,
                                     cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "occurred_at"))));
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data, "\"data\":{\"policy_id\":\"P-1\",\"amount\":9007199254740993}}"));
    cJSON_Delete(e);
    /* The data is checked first; nothing is written when it fails. */
    amount_data missing = {0};
    size_t len = out.len;
    CU_ASSERT_EQUAL(apic_topic_encode(&reg, 1, &missing, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.policy_id"));
    CU_ASSERT_EQUAL(out.len, len);
    CU_ASSERT_EQUAL(apic_topic_encode(&reg, 5, &d, &out, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_topic_encode(&reg, 0, &d, &out, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_topic_encode(&reg, 1, NULL, &out, &err), APIC_E_ARG);
    apic_buf_free(&out);
    apic_error_clear(&err);
}

static void test_publish_holds_checked_events(void)
{
    apic_error err = {0};
    amount_data d = {.policy_id = "P-2"};
    CU_ASSERT_EQUAL(apic_topic_publish(session, &reg, 1, &d, &err), 0);
    const char *json = "{\"policy_id\":\"P-3\",\"x\":[1]}";
    CU_ASSERT_EQUAL(apic_topic_publish_json(session, &reg, "Opened", "Claim", json, strlen(json), &err), 0);
    CU_ASSERT_EQUAL(apic_session_pending(session), 2);
    CU_ASSERT_EQUAL(apic_session_discard(session), 2);
    apic_error_clear(&err);
}

static void test_generic_publish_refuses_before_holding(void)
{
    apic_error err = {0};
    const char *ok = "{\"policy_id\":\"P-1\"}";
    CU_ASSERT_EQUAL(apic_topic_publish_json(session, &reg, "Renewed", "Policy", ok, strlen(ok), &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "no topic has entity 'Policy' and action 'Renewed'; nothing was published");
    CU_ASSERT_EQUAL(apic_topic_publish_json(session, &reg, "Policy", "Created", ok, strlen(ok), &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "no topic has entity 'Created' and action 'Policy' (the action and the entity "
                                        "look swapped); nothing was published");
    const char *bad[] = {"{\"amount\":1}", "{\"policy_id\":7}", "[1]", "{\"policy_id\":", ""};
    const char *where[] = {"data.policy_id", "data.policy_id", "data", "data", "data"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CU_ASSERT_EQUAL(apic_topic_publish_json(session, &reg, "Created", "Policy", bad[i], strlen(bad[i]), &err),
                        APIC_E_VALIDATION);
        CU_ASSERT_EQUAL(strncmp(err.message, where[i], strlen(where[i])), 0);
    }
    CU_ASSERT_EQUAL(apic_topic_publish_json(NULL, &reg, "Created", "Policy", ok, strlen(ok), &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_topic_publish_json(session, &reg, NULL, "Policy", ok, strlen(ok), &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_topic_publish(session, &reg, 9, &(amount_data){.policy_id = "P"}, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_session_pending(session), 0);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"lookup by entity and action", test_lookup},
        {"the event around checked data", test_encode},
        {"publish holds checked events", test_publish_holds_checked_events},
        {"the generic publish refuses before holding", test_generic_publish_refuses_before_holding},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"topics", setup, teardown, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
