/* The museum document's webhook (publishNewEvent, a SpecialEvent) received through the generated
 * museum_webhook_parse(): every example payload the spec gives for it (the generator writes them
 * under "webhooks" in the samples, $refs to components/examples followed) parses into its typed
 * member with the example's fields, and serialises back to the same JSON. The client has no
 * secrets (the museum has no sdk.yaml, so no scheme either): the parse is unverified. Built and run
 * by tests/public/prism.sh with the museum SDK; reads $SAMPLES (Prism's $PRISM_URL is not needed). */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <museum/museum.h>

#include "cunit_run.h"
#include "read_file.h"

static cJSON *samples;

static int load_samples(void)
{
    const char *path = getenv("SAMPLES");
    char *text = read_file(path != NULL ? path : "build/public/museum.json");
    samples = text != NULL ? cJSON_Parse(text) : NULL;
    free(text);
    return samples == NULL;
}

static int free_samples(void)
{
    cJSON_Delete(samples);
    return 0;
}

/* The kind whose member of the union is named member (the union descriptor's names), or 0. */
static int kind_of_member(const char *member)
{
    const apic_enum_desc *kinds = &museum_webhook_event_desc.kinds;
    for (size_t k = 0; k < kinds->n_values; k++)
        if (strcmp(kinds->values[k], member) == 0) return (int)k + 1;
    return 0;
}

static void test_every_webhook_example_parses_into_its_member(void)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(samples);
    const cJSON *hooks = cJSON_GetObjectItemCaseSensitive(samples, "webhooks");
    CU_ASSERT_PTR_NOT_NULL_FATAL(hooks);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(hooks), 1); /* the document has one webhook */
    museum_config cfg = MUSEUM_CONFIG_INIT;
    cfg.log_level = APIC_LOG_OFF; /* each unverified parse warns; here that is expected */
    museum_client *client = NULL;
    museum_error err = {0};
    CU_ASSERT_EQUAL_FATAL(museum_client_new(&cfg, &client, &err), 0);
    CU_ASSERT_FALSE(apic_client_verifies_webhooks(client));
    int parsed = 0;
    const cJSON *hook;
    cJSON_ArrayForEach(hook, hooks)
    {
        const char *member = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(hook, "member"));
        CU_ASSERT_PTR_NOT_NULL_FATAL(member);
        int kind = kind_of_member(member);
        CU_ASSERT_NOT_EQUAL(kind, 0);
        const cJSON *example;
        cJSON_ArrayForEach(example, cJSON_GetObjectItemCaseSensitive(hook, "examples"))
        {
            char *body = cJSON_PrintUnformatted(example);
            museum_webhook_event *ev = NULL;
            int rc = museum_webhook_parse(client, NULL, 0, body, strlen(body), &ev, &err);
            if (rc != 0) fprintf(stderr, "\n%s %s: %s\n", hook->string, example->string, err.message);
            CU_ASSERT_EQUAL(rc, 0);
            if (rc == 0) {
                CU_ASSERT_EQUAL((int)ev->kind, kind);
                CU_ASSERT_EQUAL(ev->kind, MUSEUM_WEBHOOK_EVENT_PUBLISH_NEW_EVENT);
                const museum_special_event *e = ev->as.publish_new_event;
                CU_ASSERT_PTR_NOT_NULL_FATAL(e);
                CU_ASSERT_STRING_EQUAL(e->name, cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(example, "name")));
                CU_ASSERT_STRING_EQUAL(e->location,
                                       cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(example, "location")));
                CU_ASSERT_EQUAL(e->dates.count,
                                (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(example, "dates")));
                char *json = NULL;
                CU_ASSERT_EQUAL(museum_webhook_event_to_json(ev, &json, &err), 0);
                cJSON *back = json != NULL ? cJSON_Parse(json) : NULL;
                CU_ASSERT_TRUE(cJSON_Compare(back, example, true)); /* the same JSON value */
                cJSON_Delete(back);
                free(json);
                parsed++;
                printf("\nmuseum webhook %s, example %s: %s (%s)\n", hook->string, example->string, e->name,
                       e->event_id != NULL ? e->event_id : "no id");
            }
            museum_webhook_event_free(ev);
            cJSON_free(body);
        }
    }
    CU_ASSERT(parsed >= 1); /* the spec gives publishNewEvent an example */
    museum_error_clear(&err);
    museum_client_free(client);
}

static void test_a_payload_that_is_not_a_special_event_is_kept_in_other(void)
{
    museum_config cfg = MUSEUM_CONFIG_INIT;
    cfg.log_level = APIC_LOG_OFF;
    museum_client *client = NULL;
    museum_error err = {0};
    CU_ASSERT_EQUAL_FATAL(museum_client_new(&cfg, &client, &err), 0);
    const char *body = "{\"ticketId\":\"a54a57ca-36f8-421b-a6b4-2e8f26858a4c\",\"message\":\"Museum general entry\"}";
    museum_webhook_event *ev = NULL;
    CU_ASSERT_EQUAL_FATAL(museum_webhook_parse(client, NULL, 0, body, strlen(body), &ev, &err), 0);
    CU_ASSERT_EQUAL(ev->kind, MUSEUM_WEBHOOK_EVENT_UNKNOWN_VALUE);
    CU_ASSERT_STRING_EQUAL(ev->other, body);
    museum_webhook_event_free(ev);
    museum_error_clear(&err);
    museum_client_free(client);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"every webhook example parses into its member", test_every_webhook_example_parses_into_its_member},
        {"a payload that is not a special event is kept in other",
         test_a_payload_that_is_not_a_special_event_is_kept_in_other},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"museum webhooks", load_samples, free_samples, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
