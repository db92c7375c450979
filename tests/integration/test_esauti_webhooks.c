/* eSauti's webhooks received through the generated esauti_webhook_parse(): every example payload
 * of the spec's `webhooks` section (from the generator's samples), signed the way eSauti signs
 * (Standard Webhooks, the SDK's scheme), is verified and lands in its typed member with the
 * example's content; a tampered one is refused and nothing is decoded; a rotated secret still
 * verifies; a client without secrets decodes but logs every parse as unverified; a trigger this
 * SDK does not know is kept as raw JSON. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <esauti/esauti.h>

#include "cunit_run.h"
#include "read_file.h"

#define SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
#define OLD_SECRET "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

static cJSON *samples;

static int load_samples(void)
{
    const char *given = getenv("SAMPLES");
    char *text = read_file(given != NULL ? given : "build/samples/esauti.json");
    samples = text != NULL ? cJSON_Parse(text) : NULL;
    free(text);
    return samples == NULL;
}

static int free_samples(void)
{
    cJSON_Delete(samples);
    return 0;
}

/* Log records the client emits, counted by level, the last warning kept. */
static int warnings;
static char last_warning[512];
static void sink(void *ctx, const apic_log_record *r)
{
    (void)ctx;
    if (r->level != APIC_LOG_WARN) return;
    warnings++;
    snprintf(last_warning, sizeof last_warning, "%s", r->message != NULL ? r->message : "");
}

static esauti_client *client_with(const apic_webhook_secret *secrets, size_t n)
{
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.webhook_secrets = secrets;
    cfg.n_webhook_secrets = n;
    cfg.log_level = APIC_LOG_WARN;
    cfg.log_sink = sink;
    esauti_client *c = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_client_new(&cfg, &c, &err), 0);
    esauti_error_clear(&err);
    return c;
}

/* Parses body with the headers s holds (signed for body, or for another body when tampering). */
static int parse(esauti_client *c, const apic_webhook_signed *s, const char *body, esauti_webhook_event **ev)
{
    esauti_error err = {0};
    int rc = esauti_webhook_parse(c, s != NULL ? s->headers : NULL, s != NULL ? s->n_headers : 0, body, strlen(body), ev,
                                  &err);
    CU_ASSERT_EQUAL(rc, rc == 0 ? 0 : (int)err.kind);
    esauti_error_clear(&err);
    return rc;
}

static int kind_of_member(const char *member)
{
    const apic_enum_desc *kinds = &esauti_webhook_event_desc.kinds;
    for (size_t k = 0; k < kinds->n_values; k++) {
        if (strcmp(kinds->values[k], member) == 0) return (int)k + 1;
    }
    return 0;
}

static void test_every_example_verified_into_its_member(void)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(samples);
    const cJSON *hooks = cJSON_GetObjectItemCaseSensitive(samples, "webhooks");
    CU_ASSERT_EQUAL_FATAL(cJSON_GetArraySize(hooks), 5);
    apic_webhook_secret secret = {NULL, SECRET};
    esauti_client *c = client_with(&secret, 1);
    CU_ASSERT_TRUE_FATAL(apic_client_verifies_webhooks(c));
    int checked = 0;
    const cJSON *hook;
    cJSON_ArrayForEach(hook, hooks)
    {
        int kind = kind_of_member(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(hook, "member")));
        CU_ASSERT_NOT_EQUAL(kind, 0);
        const cJSON *example;
        cJSON_ArrayForEach(example, cJSON_GetObjectItemCaseSensitive(hook, "examples"))
        {
            char *body = cJSON_PrintUnformatted(example);
            apic_webhook_signed s;
            CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(esauti_webhook_scheme, &secret, "msg_1", (long long)time(NULL), body,
                                                    strlen(body), &s, NULL), 0);
            esauti_webhook_event *ev = NULL;
            CU_ASSERT_EQUAL(parse(c, &s, body, &ev), 0);
            CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
            CU_ASSERT_EQUAL((int)ev->kind, kind);
            /* The typed value says what the example says. */
            char *again = NULL;
            CU_ASSERT_EQUAL(esauti_webhook_event_to_json(ev, &again, NULL), 0);
            cJSON *back = cJSON_Parse(again);
            CU_ASSERT_TRUE(cJSON_Compare(back, example, true));
            cJSON_Delete(back);
            free(again);
            esauti_webhook_event_free(ev);

            /* Tampered after signing: refused, nothing decoded. */
            body[strlen(body) - 2] = body[strlen(body) - 2] == '1' ? '2' : '1';
            ev = (esauti_webhook_event *)&s; /* not NULL: the parse must clear it */
            CU_ASSERT_EQUAL(parse(c, &s, body, &ev), APIC_E_WEBHOOK_SIGNATURE);
            CU_ASSERT_PTR_NULL(ev);
            cJSON_free(body);
            checked++;
        }
    }
    CU_ASSERT_EQUAL(checked, 5);
    /* A typed look at one: the contact of contact.created. */
    const char *created = "{\"id\":\"msg_9\",\"type\":\"contact.created\",\"createdAt\":\"2026-04-12T06:50:20Z\","
                          "\"data\":{\"contact\":{\"id\":77,\"email\":\"amani@example.com\"}}}";
    apic_webhook_signed s;
    CU_ASSERT_EQUAL(apic_webhook_sign(esauti_webhook_scheme, &secret, "msg_9", (long long)time(NULL), created, strlen(created),
                                      &s, NULL), 0);
    esauti_webhook_event *ev = NULL;
    CU_ASSERT_EQUAL_FATAL(parse(c, &s, created, &ev), 0);
    CU_ASSERT_EQUAL_FATAL(ev->kind, ESAUTI_WEBHOOK_EVENT_CONTACT_CREATED);
    CU_ASSERT_EQUAL(ev->as.contact_created->data->contact->id, 77);
    CU_ASSERT_STRING_EQUAL(ev->as.contact_created->data->contact->email, "amani@example.com");
    esauti_webhook_event_free(ev);
    CU_ASSERT_EQUAL(warnings, 5); /* each refusal was logged, nothing else */
    esauti_client_free(c);
}

static void test_rotation_unknown_triggers_and_unverified_parsing(void)
{
    /* Signed with the old secret while the receiver already has the new one first. */
    apic_webhook_secret old = {NULL, OLD_SECRET}, both[] = {{NULL, SECRET}, {NULL, OLD_SECRET}};
    esauti_client *c = client_with(both, 2);
    const char *future = "{\"id\":\"msg_7\",\"type\":\"segment.contact_changed\",\"createdAt\":\"2026-04-12T06:50:20Z\","
                         "\"data\":{\"segmentId\":3}}";
    apic_webhook_signed s;
    CU_ASSERT_EQUAL(apic_webhook_sign(esauti_webhook_scheme, &old, "msg_7", (long long)time(NULL), future, strlen(future), &s,
                                      NULL), 0);
    esauti_webhook_event *ev = NULL;
    CU_ASSERT_EQUAL_FATAL(parse(c, &s, future, &ev), 0);
    CU_ASSERT_EQUAL(ev->kind, ESAUTI_WEBHOOK_EVENT_UNKNOWN_VALUE); /* a trigger this SDK does not describe */
    CU_ASSERT_PTR_NOT_NULL(ev->other);
    CU_ASSERT_PTR_NOT_NULL(strstr(ev->other, "segment.contact_changed"));
    esauti_webhook_event_free(ev);
    /* Too old: refused whatever the signature. */
    CU_ASSERT_EQUAL(apic_webhook_sign(esauti_webhook_scheme, &old, "msg_7", (long long)time(NULL) - 3600, future,
                                      strlen(future), &s, NULL), 0);
    CU_ASSERT_EQUAL(parse(c, &s, future, &ev), APIC_E_WEBHOOK_TIMESTAMP);
    esauti_client_free(c);

    /* No secret: decoded, and every parse warns that nothing vouches for it. */
    warnings = 0;
    c = client_with(NULL, 0);
    CU_ASSERT_FALSE(apic_client_verifies_webhooks(c));
    CU_ASSERT_EQUAL_FATAL(parse(c, NULL, future, &ev), 0);
    esauti_webhook_event_free(ev);
    CU_ASSERT_EQUAL_FATAL(parse(c, NULL, future, &ev), 0);
    esauti_webhook_event_free(ev);
    CU_ASSERT_EQUAL(warnings, 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(last_warning, "UNVERIFIED"));
    esauti_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"every example: verified, typed, tampered copy refused", test_every_example_verified_into_its_member},
        {"rotation, unknown triggers, too old, unverified parsing logged", test_rotation_unknown_triggers_and_unverified_parsing},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"eSauti webhooks", load_samples, free_samples, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
