/* Every Sockudo operation, called with spec-derived samples and signed the Pusher way, must be
 * accepted by Prism (which validates each request against spec/sockudo/openapi.yaml, its
 * pusherSignature scheme included); an unsigned request and one that breaks the spec are refused.
 * The spec's webhook example, signed as Sockudo signs (Pusher's scheme, the SDK's default), is
 * verified and decoded by sockudo_webhook_parse(); a tampered one is refused. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sockudo/sockudo.h>

#include "cunit_run.h"

#define SDK_OPERATIONS sockudo_operations
#define SDK_OPERATION_COUNT sockudo_operation_count
#define SDK_NAME "sockudo"
#define SDK_PRISM_ENV "PRISM_SOCKUDO_URL"
#define SDK_PRISM_HMAC_SECRET "prism-secret"
#include "prism_driver.h"

#define APP_KEY "278d425bdf160c739803"
#define APP_SECRET "7ad3773142a6692b25b8"

static sockudo_client *prism_client(bool signed_requests)
{
    sockudo_config cfg = SOCKUDO_CONFIG_INIT;
    cfg.base_url = getenv(SDK_PRISM_ENV);
    cfg.api_key = "prism-key";
    cfg.hmac_secret = signed_requests ? SDK_PRISM_HMAC_SECRET : NULL;
    cfg.retry.max_retries = APIC_NO_RETRY;
    sockudo_client *client = NULL;
    sockudo_error err = {0};
    CU_ASSERT_EQUAL(sockudo_client_new(&cfg, &client, &err), 0);
    sockudo_error_clear(&err);
    return client;
}

/* Proves the check above can fail on signing: without the secret no request is signed (the
 * Pusher scheme needs both the key and the secret), and Prism refuses it for its missing
 * auth_signature with 401. */
static void test_prism_refuses_an_unsigned_request(void)
{
    sockudo_client *client = prism_client(false);
    CU_ASSERT_PTR_NOT_NULL_FATAL(client);
    sockudo_channels_get_params q = {.app_id = "app-1", .channel_name = "orders"};
    sockudo_channel_info *info = NULL;
    sockudo_error err = {0};
    CU_ASSERT_EQUAL(sockudo_channels_get(client, &q, &info, &err), APIC_E_HTTP);
    CU_ASSERT_PTR_NULL(info);
    CU_ASSERT_EQUAL(err.http_status, 401);
    sockudo_error_clear(&err);

    /* The same request signed is accepted, and decodes into the typed answer. */
    sockudo_client *signer = prism_client(true);
    CU_ASSERT_EQUAL(sockudo_channels_get(signer, &q, &info, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(info);
    if (info != NULL) CU_ASSERT_TRUE(info->occupied);
    sockudo_channel_info_free(info);
    sockudo_error_clear(&err);
    sockudo_client_free(signer);
    sockudo_client_free(client);
}

/* And on the spec's limits: a history page of limit 0 (minimum 1) and an event whose data is
 * larger than 10 KB (maxLength 10240) get Prism's documented 400 (or its own 422). */
static void test_prism_refuses_requests_that_break_the_spec(void)
{
    sockudo_client *client = prism_client(true);
    CU_ASSERT_PTR_NOT_NULL_FATAL(client);
    sockudo_error err = {0};
    sockudo_history_list_params h = {.app_id = "app-1", .channel_name = "orders", .has_limit = true, .limit = 0};
    sockudo_history_page *page = NULL;
    CU_ASSERT_EQUAL(sockudo_history_list(client, &h, &page, &err), APIC_E_HTTP);
    CU_ASSERT_PTR_NULL(page);
    CU_ASSERT(err.http_status == 400 || err.http_status == 422);
    sockudo_error_clear(&err);

    static char big[10242];
    memset(big, 'x', sizeof big - 1);
    char *channels[] = {"orders"};
    sockudo_trigger_request body = {.name = "order.created", .data = big, .has_channels = true,
                                    .channels = {channels, 1}};
    sockudo_events_trigger_params p = {.app_id = "app-1"};
    sockudo_trigger_result *res = NULL;
    CU_ASSERT_EQUAL(sockudo_events_trigger(client, &p, &body, &res, &err), APIC_E_HTTP);
    CU_ASSERT(err.http_status == 400 || err.http_status == 422);
    CU_ASSERT_PTR_NULL(res);
    sockudo_error_clear(&err);
    sockudo_client_free(client);
}

/* The spec's webhook example, as Sockudo would post it now. */
static char *webhook_body(void)
{
    const char *given = getenv("SAMPLES");
    char *text = read_file(given != NULL ? given : "build/samples/sockudo.json");
    cJSON *samples = text != NULL ? cJSON_Parse(text) : NULL;
    free(text);
    cJSON *example = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(
            cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(samples, "webhooks"), "channelEvents"),
            "examples"),
        "example");
    char *body = NULL;
    if (example != NULL) {
        /* Its time_ms is a fixed date: the receiver refuses a webhook more than 5 minutes old. */
        cJSON_ReplaceItemInObjectCaseSensitive(example, "time_ms", cJSON_CreateNumber((double)time(NULL) * 1000.0));
        body = cJSON_PrintUnformatted(example);
    }
    cJSON_Delete(samples);
    return body;
}

static void test_webhooks_are_verified_with_the_pusher_scheme(void)
{
    char *body = webhook_body();
    CU_ASSERT_PTR_NOT_NULL_FATAL(body);
    apic_webhook_secret secrets[] = {{"another-key", "another-secret"}, {APP_KEY, APP_SECRET}};
    sockudo_config cfg = SOCKUDO_CONFIG_INIT; /* webhook_scheme NULL: the SDK's, Pusher's */
    cfg.webhook_secrets = secrets;
    cfg.n_webhook_secrets = 2;
    sockudo_client *client = NULL;
    sockudo_error err = {0};
    CU_ASSERT_EQUAL_FATAL(sockudo_client_new(&cfg, &client, &err), 0);
    CU_ASSERT_PTR_EQUAL(sockudo_webhook_scheme, &APIC_WEBHOOK_PUSHER);

    apic_webhook_signed s;
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(sockudo_webhook_scheme, &secrets[1], NULL, 0, body, strlen(body), &s, &err), 0);
    sockudo_webhook_event *ev = NULL;
    CU_ASSERT_EQUAL(sockudo_webhook_parse(client, s.headers, s.n_headers, body, strlen(body), &ev, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(ev->kind, SOCKUDO_WEBHOOK_EVENT_CHANNEL_EVENTS);
    const sockudo_webhook_batch *batch = ev->as.channel_events;
    CU_ASSERT_PTR_NOT_NULL_FATAL(batch);
    CU_ASSERT_EQUAL_FATAL(batch->events.count, 3);
    CU_ASSERT_EQUAL(batch->events.items[0].name.value, SOCKUDO_CHANNEL_EVENT_NAME_CHANNEL_OCCUPIED);
    CU_ASSERT_STRING_EQUAL(batch->events.items[0].channel, "orders");
    CU_ASSERT_EQUAL(batch->events.items[1].name.value, SOCKUDO_CHANNEL_EVENT_NAME_MEMBER_ADDED);
    CU_ASSERT_STRING_EQUAL(batch->events.items[1].user_id, "user-1");
    CU_ASSERT_EQUAL(batch->events.items[2].name.value, SOCKUDO_CHANNEL_EVENT_NAME_CLIENT_EVENT);
    CU_ASSERT_STRING_EQUAL(batch->events.items[2].event, "client-typing");
    CU_ASSERT_STRING_EQUAL(batch->events.items[2].data, "{\"typing\":true}");
    sockudo_webhook_event_free(ev);
    ev = NULL;

    /* One byte changed after signing: refused, nothing decoded. */
    char *tampered = strdup(body);
    tampered[strlen(tampered) - 3] ^= 1;
    CU_ASSERT_EQUAL(sockudo_webhook_parse(client, s.headers, s.n_headers, tampered, strlen(tampered), &ev, &err),
                    APIC_E_WEBHOOK_SIGNATURE);
    CU_ASSERT_PTR_NULL(ev);
    free(tampered);

    /* Signed with a secret the receiver does not have for that key: refused too. */
    apic_webhook_secret wrong = {APP_KEY, "not-the-secret"};
    CU_ASSERT_EQUAL(apic_webhook_sign(sockudo_webhook_scheme, &wrong, NULL, 0, body, strlen(body), &s, &err), 0);
    CU_ASSERT_EQUAL(sockudo_webhook_parse(client, s.headers, s.n_headers, body, strlen(body), &ev, &err),
                    APIC_E_WEBHOOK_SIGNATURE);
    CU_ASSERT_PTR_NULL(ev);
    sockudo_error_clear(&err);
    sockudo_client_free(client);
    cJSON_free(body);
}

static CU_TestInfo tests[] = {
    {"every operation is accepted by Prism", test_every_operation_against_prism},
    {"an unsigned request gets Prism's 401", test_prism_refuses_an_unsigned_request},
    {"requests that break the spec's limits are refused", test_prism_refuses_requests_that_break_the_spec},
    {"webhooks are verified with the Pusher scheme", test_webhooks_are_verified_with_the_pusher_scheme},
    CU_TEST_INFO_NULL,
};

static CU_SuiteInfo suites[] = {
    {"sockudo against Prism", NULL, NULL, NULL, NULL, tests},
    CU_SUITE_INFO_NULL,
};

int main(void)
{
    return cunit_run(suites);
}
