/* Golden test of webhooks named by a header (tests/golden/webhook_header.yaml, configured by
 * webhook_header.sdk.yaml: event_header X-Shop-Event, scheme standard-webhooks). Two webhooks
 * share one payload schema, so only the header can tell them apart; the header's name is matched
 * in any case; the signature is Standard Webhooks', the SDK's default scheme. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <webhook_header/webhook_header.h>

#include "cunit_run.h"
#include "recorder.h"

#define SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

static const char *const invoice = "{\"id\":\"in_1\",\"amount_due\":2500,\"currency\":\"KES\"}";

static recorder rec;
static apic_transport transport;

static webhook_header_client *client(void)
{
    static const apic_webhook_secret secrets[] = {{NULL, SECRET}};
    transport = recorder_transport(&rec, 200, "{}");
    webhook_header_config cfg = WEBHOOK_HEADER_CONFIG_INIT;
    cfg.transport = &transport;
    cfg.webhook_secrets = secrets;
    cfg.n_webhook_secrets = 1;
    webhook_header_client *c = NULL;
    webhook_header_error err = {0};
    CU_ASSERT_EQUAL_FATAL(webhook_header_client_new(&cfg, &c, &err), 0);
    return c;
}

/* Parses body, signed as the API signs, with the event header name: value (none when name is NULL). */
static int parse(webhook_header_client *c, const char *name, const char *value, const char *body,
                 webhook_header_webhook_event **out)
{
    apic_webhook_secret s = {NULL, SECRET};
    apic_webhook_signed sig;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(webhook_header_webhook_scheme, &s, "msg_1", (long long)time(NULL), body,
                                            strlen(body), &sig, &err), 0);
    apic_header headers[5];
    size_t n = 0;
    if (name != NULL) headers[n++] = (apic_header){name, value};
    for (size_t i = 0; i < sig.n_headers; i++) headers[n++] = sig.headers[i];
    int rc = webhook_header_webhook_parse(c, headers, n, body, strlen(body), out, &err);
    if (rc != 0) fprintf(stderr, "\n%s\n", err.message);
    apic_error_clear(&err);
    return rc;
}

static void test_the_sdk_describes_the_header_and_the_scheme(void)
{
    CU_ASSERT_PTR_EQUAL(webhook_header_webhook_scheme, &APIC_WEBHOOK_STANDARD);
    CU_ASSERT_STRING_EQUAL(webhook_header_webhook_events.event_header, "X-Shop-Event");
    const char *const *values = webhook_header_webhook_events.header_values;
    CU_ASSERT_PTR_NOT_NULL_FATAL(values);
    CU_ASSERT_STRING_EQUAL(values[WEBHOOK_HEADER_WEBHOOK_EVENT_INVOICE_PAID - 1], "invoicePaid");
    CU_ASSERT_STRING_EQUAL(values[WEBHOOK_HEADER_WEBHOOK_EVENT_INVOICE_VOIDED - 1], "invoiceVoided");
    CU_ASSERT_STRING_EQUAL(values[WEBHOOK_HEADER_WEBHOOK_EVENT_CUSTOMER_DELETED - 1], "customerDeleted");
    CU_ASSERT_PTR_NULL(webhook_header_webhook_event_desc.discriminator);
}

static void test_the_header_tells_apart_webhooks_of_one_schema(void)
{
    webhook_header_client *c = client();
    webhook_header_webhook_event *ev = NULL;
    CU_ASSERT_EQUAL_FATAL(parse(c, "X-Shop-Event", "invoiceVoided", invoice, &ev), 0);
    CU_ASSERT_EQUAL_FATAL(ev->kind, WEBHOOK_HEADER_WEBHOOK_EVENT_INVOICE_VOIDED); /* not the first that fits */
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev->as.invoice_voided);
    CU_ASSERT_STRING_EQUAL(ev->as.invoice_voided->id, "in_1");
    CU_ASSERT_EQUAL(ev->as.invoice_voided->amount_due, 2500);
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(webhook_header_webhook_event_to_json(ev, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, invoice);
    free(json);
    webhook_header_webhook_event_free(ev);

    CU_ASSERT_EQUAL_FATAL(parse(c, "x-shop-event", "invoicePaid", invoice, &ev), 0); /* any case */
    CU_ASSERT_EQUAL(ev->kind, WEBHOOK_HEADER_WEBHOOK_EVENT_INVOICE_PAID);
    webhook_header_webhook_event_free(ev);

    const char *deleted = "{\"customer_id\":\"cus_9\",\"at\":\"2026-04-12T06:50:20Z\"}";
    CU_ASSERT_EQUAL_FATAL(parse(c, "X-Shop-Event", "customerDeleted", deleted, &ev), 0);
    CU_ASSERT_EQUAL_FATAL(ev->kind, WEBHOOK_HEADER_WEBHOOK_EVENT_CUSTOMER_DELETED);
    CU_ASSERT_STRING_EQUAL(ev->as.customer_deleted->customer_id, "cus_9");
    webhook_header_webhook_event_free(ev);
    CU_ASSERT_EQUAL(rec.calls, 0);
    webhook_header_client_free(c);
}

static void test_a_payload_no_webhook_takes_is_kept_in_other(void)
{
    webhook_header_client *c = client();
    webhook_header_webhook_event *ev = NULL;
    const char *refund = "{\"refund_id\":\"re_1\"}";
    CU_ASSERT_EQUAL_FATAL(parse(c, "X-Shop-Event", "refundCreated", refund, &ev), 0);
    CU_ASSERT_EQUAL(ev->kind, WEBHOOK_HEADER_WEBHOOK_EVENT_UNKNOWN_VALUE);
    CU_ASSERT_STRING_EQUAL(ev->other, refund);
    webhook_header_webhook_event_free(ev);
    webhook_header_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"the SDK describes the header and the scheme", test_the_sdk_describes_the_header_and_the_scheme},
        {"the header tells apart webhooks of one schema", test_the_header_tells_apart_webhooks_of_one_schema},
        {"a payload no webhook takes is kept in other", test_a_payload_no_webhook_takes_is_kept_in_other},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"webhooks named by a header", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
