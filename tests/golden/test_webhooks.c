/* Golden test of typed webhooks (tests/golden/webhooks.yaml, configured by webhooks.sdk.yaml): the
 * spec's webhooks are one union, told apart by their `type` member (found by the generator: a
 * const or a one-value enum in every payload); the signature scheme is the one sdk.yaml describes,
 * which webhooks_client_new() makes the default. A webhook signed with the client's secret parses
 * into its typed member; a tampered body, a wrong secret, a stale timestamp or a missing header is
 * refused before anything is decoded; a client without secrets parses unverified (and says so in
 * a warn-level record); a webhook of a kind the SDK does not know is kept in `other`. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <webhooks/webhooks.h>

#include "cunit_run.h"
#include "recorder.h"

/* A Standard-Webhooks-style secret: `whsec_` and the key in base64, as the scheme's secret_format says. */
#define SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
#define OTHER_SECRET "whsec_aGVsbG8gd29ybGQsIGhlbGxvIHdlYmhvb2tz"

static const char *const created =
    "{\"object\":\"event\",\"type\":\"order.created\",\"order\":{\"id\":\"ord_1\",\"total\":4500,\"currency\":\"KES\"},"
    "\"created_at\":\"2026-04-12T06:50:20Z\"}";
static const char *const shipped =
    "{\"type\":\"order.shipped\",\"order_id\":\"ord_1\",\"carrier\":\"DHL\",\"tracking\":{\"number\":\"JD0001\"}}";
static const char *const refund = "{\"type\":\"refund.issued\",\"amount\":1500,\"reason\":\"fraud\"}";
static const char *const ping = "{\"type\":\"ping\",\"at\":[1,2,3]}";

static recorder rec;
static apic_transport transport;
static int warnings;

static void count_warnings(void *ctx, const apic_log_record *r)
{
    (void)ctx;
    if (r->level == APIC_LOG_WARN) warnings++;
}

/* A client of the SDK with the given secrets (n may be 0) and the SDK's default scheme. */
static webhooks_client *client_with(const apic_webhook_secret *secrets, size_t n)
{
    transport = recorder_transport(&rec, 200, "{}");
    webhooks_config cfg = WEBHOOKS_CONFIG_INIT;
    cfg.transport = &transport;
    cfg.webhook_secrets = secrets;
    cfg.n_webhook_secrets = n;
    cfg.log_level = APIC_LOG_WARN;
    cfg.log_sink = count_warnings;
    webhooks_client *c = NULL;
    webhooks_error err = {0};
    int rc = webhooks_client_new(&cfg, &c, &err);
    if (rc != 0) fprintf(stderr, "\nclient: %s\n", err.message);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    webhooks_error_clear(&err);
    warnings = 0;
    return c;
}

static webhooks_client *verifying_client(void)
{
    static const apic_webhook_secret secrets[] = {{NULL, SECRET}};
    return client_with(secrets, 1);
}

/* The headers the API sends with body, signed with secret at time `at` (seconds since 1970). */
static void sign_at(const char *secret, long long at, const char *body, apic_webhook_signed *out)
{
    apic_webhook_secret s = {NULL, secret};
    apic_error err = {0};
    int rc = apic_webhook_sign(webhooks_webhook_scheme, &s, "msg_2Lk8vQ0aF3pR7sT1", at, body, strlen(body), out, &err);
    if (rc != 0) fprintf(stderr, "\nsign: %s\n", err.message);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    apic_error_clear(&err);
}

static void sign(const char *body, apic_webhook_signed *out)
{
    sign_at(SECRET, (long long)time(NULL), body, out);
}

/* Parses body with the headers of its signature; returns the status, *out the value. */
static int parse(webhooks_client *c, const apic_webhook_signed *s, const char *body, webhooks_webhook_event **out,
                 webhooks_error *err)
{
    return webhooks_webhook_parse(c, s != NULL ? s->headers : NULL, s != NULL ? s->n_headers : 0, body, strlen(body),
                                  out, err);
}

static void test_the_scheme_is_the_one_sdk_yaml_describes(void)
{
    const apic_webhook_scheme *s = webhooks_webhook_scheme;
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_STRING_EQUAL(s->name, "Acme signatures");
    CU_ASSERT_STRING_EQUAL(s->signature_header, "X-Acme-Signature");
    CU_ASSERT_STRING_EQUAL(s->prefix, "v1=");
    CU_ASSERT_EQUAL(s->separator, ' ');
    CU_ASSERT_EQUAL(s->encoding, APIC_WEBHOOK_BASE64);
    CU_ASSERT_STRING_EQUAL(s->signed_content, "{id}.{timestamp}.{body}");
    CU_ASSERT_STRING_EQUAL(s->timestamp_header, "X-Acme-Timestamp");
    CU_ASSERT_STRING_EQUAL(s->id_header, "X-Acme-Id");
    CU_ASSERT_PTR_NULL(s->key_header);
    CU_ASSERT_PTR_NULL(s->timestamp_member);
    CU_ASSERT_FALSE(s->timestamp_ms);
    CU_ASSERT_EQUAL(s->secret_format, APIC_WEBHOOK_SECRET_WHSEC);
    CU_ASSERT_EQUAL(s->tolerance_s, 600);
    /* The events: the union's type, told apart by `type`, no header. */
    CU_ASSERT_PTR_NOT_NULL(webhooks_webhook_events.type);
    CU_ASSERT_EQUAL(webhooks_webhook_events.type->kind, APIC_UNION);
    CU_ASSERT_PTR_EQUAL(apic_union_of(webhooks_webhook_events.type), &webhooks_webhook_event_desc);
    CU_ASSERT_STRING_EQUAL(webhooks_webhook_event_desc.discriminator, "type");
    CU_ASSERT_PTR_NULL(webhooks_webhook_events.event_header);
    /* A config that leaves webhook_scheme NULL gets the SDK's: with a secret, the client verifies. */
    webhooks_client *c = verifying_client();
    CU_ASSERT_TRUE(apic_client_verifies_webhooks(c));
    webhooks_client_free(c);
}

static void test_a_signed_webhook_parses_into_its_member(void)
{
    webhooks_client *c = verifying_client();
    apic_webhook_signed s;
    webhooks_webhook_event *ev = NULL;
    webhooks_error err = {0};

    sign(created, &s); /* a $ref'd payload: the component's struct */
    int rc = parse(c, &s, created, &ev, &err);
    if (rc != 0) fprintf(stderr, "\n%s\n", err.message);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL_FATAL(ev->kind, WEBHOOKS_WEBHOOK_EVENT_ORDER_CREATED);
    webhooks_order_created *oc = ev->as.order_created;
    CU_ASSERT_STRING_EQUAL(oc->order->id, "ord_1");
    CU_ASSERT_EQUAL(oc->order->total, 4500);
    CU_ASSERT_STRING_EQUAL(oc->created_at, "2026-04-12T06:50:20Z");
    CU_ASSERT_PTR_NULL(ev->other);
    char *json = NULL;
    CU_ASSERT_EQUAL(webhooks_webhook_event_to_json(ev, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, created); /* unchanged, member for member */
    free(json);
    webhooks_webhook_event_free(ev);

    sign(shipped, &s); /* an inline payload: a struct of its own */
    CU_ASSERT_EQUAL_FATAL(parse(c, &s, shipped, &ev, &err), 0);
    CU_ASSERT_EQUAL_FATAL(ev->kind, WEBHOOKS_WEBHOOK_EVENT_ORDER_SHIPPED);
    webhooks_order_shipped_payload *os = ev->as.order_shipped;
    CU_ASSERT_STRING_EQUAL(os->carrier, "DHL");
    CU_ASSERT_STRING_EQUAL(os->order_id, "ord_1");
    CU_ASSERT_PTR_NOT_NULL_FATAL(os->tracking);
    CU_ASSERT_STRING_EQUAL(os->tracking->number, "JD0001");
    webhooks_webhook_event_free(ev);

    sign(refund, &s); /* told apart by a one-value enum */
    CU_ASSERT_EQUAL_FATAL(parse(c, &s, refund, &ev, &err), 0);
    CU_ASSERT_EQUAL_FATAL(ev->kind, WEBHOOKS_WEBHOOK_EVENT_REFUND_ISSUED);
    CU_ASSERT_EQUAL(ev->as.refund_issued->amount, 1500);
    CU_ASSERT_EQUAL(ev->as.refund_issued->reason.value, WEBHOOKS_REFUND_REASON_FRAUD);
    CU_ASSERT_EQUAL(ev->as.refund_issued->type.value, WEBHOOKS_REFUND_TYPE_REFUND_ISSUED);
    webhooks_webhook_event_free(ev);

    sign(ping, &s); /* no schema: raw JSON, chosen by the webhook's key */
    CU_ASSERT_EQUAL_FATAL(parse(c, &s, ping, &ev, &err), 0);
    CU_ASSERT_EQUAL_FATAL(ev->kind, WEBHOOKS_WEBHOOK_EVENT_PING);
    CU_ASSERT_STRING_EQUAL(ev->as.ping, ping);
    webhooks_webhook_event_free(ev);

    CU_ASSERT_EQUAL(warnings, 0); /* verified: nothing to warn about */
    CU_ASSERT_EQUAL(rec.calls, 0); /* receiving sends nothing */
    webhooks_error_clear(&err);
    webhooks_client_free(c);
}

static void test_a_tampered_body_is_refused(void)
{
    webhooks_client *c = verifying_client();
    apic_webhook_signed s;
    sign(refund, &s);
    const char *changed = "{\"type\":\"refund.issued\",\"amount\":9500,\"reason\":\"fraud\"}";
    webhooks_webhook_event *ev = (webhooks_webhook_event *)&s; /* not NULL: the parse must set it */
    webhooks_error err = {0};
    CU_ASSERT_EQUAL(parse(c, &s, changed, &ev, &err), APIC_E_WEBHOOK_SIGNATURE);
    CU_ASSERT_EQUAL(err.kind, APIC_E_WEBHOOK_SIGNATURE);
    CU_ASSERT_PTR_NULL(ev);
    CU_ASSERT_PTR_NULL(strstr(err.message != NULL ? err.message : "", SECRET));

    sign_at(OTHER_SECRET, (long long)time(NULL), refund, &s); /* signed with another secret */
    CU_ASSERT_EQUAL(parse(c, &s, refund, &ev, &err), APIC_E_WEBHOOK_SIGNATURE);
    CU_ASSERT_PTR_NULL(ev);

    sign_at(SECRET, (long long)time(NULL) - 3600, refund, &s); /* an hour old: the tolerance is 600 s */
    CU_ASSERT_EQUAL(parse(c, &s, refund, &ev, &err), APIC_E_WEBHOOK_TIMESTAMP);
    CU_ASSERT_PTR_NULL(ev);

    CU_ASSERT_EQUAL(parse(c, NULL, refund, &ev, &err), APIC_E_WEBHOOK_HEADER); /* no signature at all */
    CU_ASSERT_PTR_NULL(ev);
    webhooks_error_clear(&err);
    webhooks_client_free(c);
}

static void test_without_secrets_a_webhook_parses_unverified(void)
{
    webhooks_client *c = client_with(NULL, 0);
    CU_ASSERT_FALSE(apic_client_verifies_webhooks(c));
    webhooks_webhook_event *ev = NULL;
    webhooks_error err = {0};
    CU_ASSERT_EQUAL_FATAL(parse(c, NULL, shipped, &ev, &err), 0); /* no signature, yet decoded */
    CU_ASSERT_EQUAL_FATAL(ev->kind, WEBHOOKS_WEBHOOK_EVENT_ORDER_SHIPPED);
    CU_ASSERT_STRING_EQUAL(ev->as.order_shipped->carrier, "DHL");
    webhooks_webhook_event_free(ev);
    CU_ASSERT_EQUAL(warnings, 1); /* and said so */
    webhooks_error_clear(&err);
    webhooks_client_free(c);
}

static void test_an_unknown_event_is_kept_in_other(void)
{
    webhooks_client *c = verifying_client();
    const char *cancelled = "{\"type\":\"order.cancelled\",\"order_id\":\"ord_1\",\"reason\":{\"code\":7}}";
    apic_webhook_signed s;
    sign(cancelled, &s);
    webhooks_webhook_event *ev = NULL;
    webhooks_error err = {0};
    CU_ASSERT_EQUAL_FATAL(parse(c, &s, cancelled, &ev, &err), 0);
    CU_ASSERT_EQUAL(ev->kind, WEBHOOKS_WEBHOOK_EVENT_UNKNOWN_VALUE);
    CU_ASSERT_EQUAL(WEBHOOKS_WEBHOOK_EVENT_UNKNOWN_VALUE, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev->other);
    CU_ASSERT_STRING_EQUAL(ev->other, cancelled);
    char *json = NULL;
    CU_ASSERT_EQUAL(webhooks_webhook_event_to_json(ev, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, cancelled); /* sent back unchanged */
    free(json);
    webhooks_webhook_event_free(ev);
    webhooks_error_clear(&err);
    webhooks_client_free(c);
}

static void test_a_known_kind_that_breaks_its_payload_is_a_decode_error(void)
{
    webhooks_client *c = verifying_client();
    const char *bad = "{\"type\":\"refund.issued\",\"amount\":\"lots\"}"; /* the tag says Refund: amount is an integer */
    apic_webhook_signed s;
    sign(bad, &s);
    webhooks_webhook_event *ev = NULL;
    webhooks_error err = {0};
    CU_ASSERT_EQUAL(parse(c, &s, bad, &ev, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NULL(ev);
    CU_ASSERT_EQUAL(webhooks_webhook_parse(c, s.headers, s.n_headers, bad, strlen(bad), NULL, &err), APIC_E_ARG);
    webhooks_error_clear(&err);
    webhooks_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"the scheme is the one sdk.yaml describes", test_the_scheme_is_the_one_sdk_yaml_describes},
        {"a signed webhook parses into its member", test_a_signed_webhook_parses_into_its_member},
        {"a tampered body, another secret, a stale or missing signature is refused", test_a_tampered_body_is_refused},
        {"without secrets a webhook parses unverified", test_without_secrets_a_webhook_parses_unverified},
        {"an unknown event is kept in other", test_an_unknown_event_is_kept_in_other},
        {"a known kind that breaks its payload is a decode error", test_a_known_kind_that_breaks_its_payload_is_a_decode_error},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"typed webhooks", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
