/* eSauti events: every registry example encodes, validates and is accepted by Prism (envelope
 * against the spec) and by a receiver that checks the HMAC signature on its own; invalid events
 * are refused with the right path and nothing is sent. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <esauti/esauti.h>

#include "cunit_run.h"
#include "read_file.h"
#include "recorder.h"

static cJSON *samples;      /* build/samples/esauti.json */
static const cJSON *examples; /* its "events": type name -> {identity, data} */

static int load_samples(void)
{
    char *text = read_file("build/samples/esauti.json");
    samples = text != NULL ? cJSON_Parse(text) : NULL;
    free(text);
    examples = cJSON_GetObjectItemCaseSensitive(samples, "events");
    return examples == NULL;
}

static int free_samples(void)
{
    cJSON_Delete(samples);
    return 0;
}

/* The example's identity as the SDK takes it (strings borrowed from the cJSON tree). */
static esauti_event_identity identity_of(const cJSON *example)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(example, "identity");
    const cJSON *cus = cJSON_GetObjectItemCaseSensitive(id, "customer");
    const cJSON *ent = cJSON_GetObjectItemCaseSensitive(id, "entity");
    esauti_event_identity who = {cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cus, "id")),
                                 cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cus, "email")),
                                 cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cus, "phone")),
                                 cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ent, "id")), NULL};
    return who;
}

static esauti_client *client_at(const char *url, const char *endpoint, const char *secret, const apic_transport *t)
{
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = url;
    cfg.token = "events-token";
    cfg.events_endpoint = endpoint;
    cfg.hmac_secret = secret;
    cfg.transport = t;
    esauti_client *c = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_client_new(&cfg, &c, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\nclient: %s\n", err.message);
    esauti_error_clear(&err);
    return c;
}

/* --- the registry, without a server ------------------------------------------------------------ */

static void test_lookups(void)
{
    CU_ASSERT_EQUAL(ESAUTI_EVENT_TYPE_COUNT, 225);
    CU_ASSERT_EQUAL(esauti_event_registry.n_defs, 225);
    for (int t = 1; t <= ESAUTI_EVENT_TYPE_COUNT; t++) {
        const char *name = esauti_event_type_name((esauti_event_type)t);
        CU_ASSERT_PTR_NOT_NULL_FATAL(name);
        CU_ASSERT_EQUAL((int)esauti_event_type_from_name(name), t);
    }
    CU_ASSERT_EQUAL(esauti_event_type_from_name("order.created"), ESAUTI_EVENT_ORDER_CREATED);
    CU_ASSERT_STRING_EQUAL(esauti_event_type_name(ESAUTI_EVENT_CUSTOMER_CREATED), "customer.created");
    CU_ASSERT_EQUAL(esauti_event_type_from_name("order.createdd"), ESAUTI_EVENT_UNKNOWN);
    CU_ASSERT_EQUAL(esauti_event_type_from_name(""), ESAUTI_EVENT_UNKNOWN);
    CU_ASSERT_EQUAL(esauti_event_type_from_name("a"), ESAUTI_EVENT_UNKNOWN);
    CU_ASSERT_EQUAL(esauti_event_type_from_name("zzz.last"), ESAUTI_EVENT_UNKNOWN);
    CU_ASSERT_EQUAL(esauti_event_type_from_name(NULL), ESAUTI_EVENT_UNKNOWN);
    CU_ASSERT_PTR_NULL(esauti_event_type_name(ESAUTI_EVENT_UNKNOWN));
    CU_ASSERT_PTR_NULL(esauti_event_type_name((esauti_event_type)(ESAUTI_EVENT_TYPE_COUNT + 1)));
}

static bool is_uuid_v4(const char *s)
{
    return s != NULL && strlen(s) == 36 && apic_format_check(APIC_FMT_UUID, s) && s[14] == '4' &&
           strchr("89ab", s[19]) != NULL;
}

/* Decodes the example into the type's struct, encodes the event and checks the envelope. */
static bool encode_example(const char *name, const cJSON *example)
{
    int type = esauti_event_type_from_name(name);
    const apic_event_def *def = &esauti_event_registry.defs[type - 1];
    char *data_text = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(example, "data"));
    void *data = NULL;
    apic_error err = {0};
    apic_buf env = {0};
    esauti_event_identity who = identity_of(example);
    int rc = apic_value_new_from_json(def->data, data_text, strlen(data_text), &data, &err);
    if (rc == 0) rc = apic_event_encode(&esauti_event_registry, type, &who, data, NULL, &env, &err);
    bool ok = rc == 0;
    if (!ok) fprintf(stderr, "\n%s: %s\n", name, err.message);
    cJSON *e = ok ? cJSON_Parse(env.data) : NULL;
    if (ok) {
        const cJSON *ent = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(e, "identity"), "entity");
        ok = e != NULL && is_uuid_v4(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "id"))) &&
             strcmp(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "type")), name) == 0 &&
             cJSON_GetObjectItemCaseSensitive(e, "schema_version")->valueint == def->version &&
             apic_format_check(APIC_FMT_DATE_TIME, cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "occurred_at"))) &&
             strcmp(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "source")), "sdk") == 0 &&
             (def->entity == NULL || strcmp(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ent, "type")), def->entity) == 0) &&
             cJSON_Compare(cJSON_GetObjectItemCaseSensitive(e, "data"), cJSON_GetObjectItemCaseSensitive(example, "data"), true);
        if (!ok) fprintf(stderr, "\n%s: unexpected envelope %s\n", name, env.data);
    }
    cJSON_Delete(e);
    apic_buf_free(&env);
    apic_value_free(def->data, data);
    apic_error_clear(&err);
    cJSON_free(data_text);
    return ok;
}

static void test_every_example_encodes_and_validates(void)
{
    int n = 0, ok = 0;
    const cJSON *example;
    cJSON_ArrayForEach(example, examples)
    {
        n++;
        CU_ASSERT_NOT_EQUAL(esauti_event_type_from_name(example->string), ESAUTI_EVENT_UNKNOWN);
        if (esauti_event_type_from_name(example->string) != ESAUTI_EVENT_UNKNOWN && encode_example(example->string, example))
            ok++;
    }
    printf("\n  %d of %d registry examples encode and validate\n", ok, n);
    CU_ASSERT_EQUAL(n, ESAUTI_EVENT_TYPE_COUNT);
    CU_ASSERT_EQUAL(ok, ESAUTI_EVENT_TYPE_COUNT);
}

/* A transport that fails the test if it is ever called. */
static int must_not_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)res;
    CU_FAIL("a request was sent although validation failed");
    fprintf(stderr, "\nunexpected %s %s\n", req->method, req->url);
    return apic_error_set(err, APIC_E_TRANSPORT, "must not send");
}

static const char *ORDER = "{\"order_id\":\"ord_1\",\"currency\":\"KES\",\"total_amount\":1000,"
                           "\"placed_at\":\"2026-04-12T06:50:20Z\",\"items\":[%s]}";
static const char *ITEM = "{\"sku\":\"A\",\"name\":\"a\",\"quantity\":1,\"unit_amount\":1000}";

static void expect_refused(esauti_client *c, const char *type, const esauti_event_identity *who, const char *data,
                           const esauti_event_options *opts, const char *message)
{
    esauti_error err = {0};
    esauti_event_receipt *receipt = (esauti_event_receipt *)1;
    CU_ASSERT_EQUAL(esauti_events_send_named(c, type, who, data, opts, &receipt, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NULL(receipt);
    CU_ASSERT_EQUAL(err.attempts, 0);
    if (strstr(err.message, message) == NULL) fprintf(stderr, "\nwanted '%s'\n   got '%s'\n", message, err.message);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, message));
    esauti_error_clear(&err);
}

static void test_invalid_events_are_refused_without_io(void)
{
    apic_transport t = {must_not_send, NULL, NULL};
    esauti_client *c = client_at("http://127.0.0.1:9/api", NULL, "secret", &t);
    esauti_event_identity who = {"cus_1", NULL, NULL, "ord_1", NULL};
    char data[1024], items[512];

    snprintf(items, sizeof items, "%s,%s,{\"name\":\"no sku\",\"quantity\":1,\"unit_amount\":5}", ITEM, ITEM);
    snprintf(data, sizeof data, ORDER, items);
    expect_refused(c, "order.created", &who, data, NULL, "data.items[2].sku: required member is missing");
    expect_refused(c, "order.created", &who, "{\"currency\":\"KES\",\"total_amount\":1,\"items\":[],"
                   "\"placed_at\":\"2026-04-12T06:50:20Z\"}", NULL, "data.order_id: required member is missing");
    snprintf(data, sizeof data, ORDER, ITEM);
    char bad[1024];
    snprintf(bad, sizeof bad, "%s", data);
    memcpy(strstr(bad, "KES"), "KSH", 3);
    expect_refused(c, "order.created", &who, bad, NULL, "data.currency: 'KSH' is not a valid currency");
    snprintf(bad, sizeof bad, "%s", data);
    memcpy(strstr(bad, "2026-04-12"), "2026-04-31", 10);
    expect_refused(c, "order.created", &who, bad, NULL, "data.placed_at: '2026-04-31T06:50:20Z' is not a valid date-time");
    snprintf(bad, sizeof bad, "%.*s,\"channel\":\"fax\"}", (int)strlen(data) - 1, data);
    expect_refused(c, "order.created", &who, bad, NULL, "data.channel: 'fax' is not one of web, android");
    snprintf(bad, sizeof bad, "%.*s,\"total_amount\":\"1000\"}", (int)strlen(data) - 1, data);
    expect_refused(c, "order.created", &who, bad, NULL, "data.total_amount: expected integer, found string");
    expect_refused(c, "order.created", &who, "{\"order_id\":", NULL, "data");

    esauti_event_identity nobody = {NULL, NULL, NULL, "ord_1", NULL};
    expect_refused(c, "order.created", &nobody, data, NULL, "identity.customer: order.created needs a customer id, email or phone");
    esauti_event_identity no_entity = {"cus_1", NULL, NULL, NULL, NULL};
    expect_refused(c, "order.created", &no_entity, data, NULL, "identity.entity.id: required by order.created");
    esauti_event_identity bad_email = {"cus_1", "jane@", NULL, "ord_1", NULL};
    expect_refused(c, "order.created", &bad_email, data, NULL, "identity.customer.email: not a valid email (the value is personal data");
    esauti_event_identity bad_phone = {"cus_1", NULL, "0712345678", "ord_1", NULL};
    expect_refused(c, "order.created", &bad_phone, data, NULL, "identity.customer.phone: not an E.164 number (the value is personal data");
    expect_refused(c, "order.created", NULL, data, NULL, "identity.customer");

    /* The size limit counts the whole envelope. */
    size_t big = ESAUTI_MAX_EVENT_BYTES + 100;
    char *huge = malloc(big + 200);
    int n = snprintf(huge, big + 200, "{\"order_id\":\"");
    memset(huge + n, 'x', big);
    snprintf(huge + n + big, 200, "\",\"currency\":\"KES\",\"total_amount\":1,\"placed_at\":\"2026-04-12T06:50:20Z\",\"items\":[%s]}", ITEM);
    expect_refused(c, "order.created", &who, huge, NULL, "the limit is 32768");
    free(huge);

    /* Names this SDK does not know: shape only. */
    expect_refused(c, "Order Created", &who, "{}", NULL, "type: 'Order Created' is not an event type name");
    expect_refused(c, "order", &who, "{}", NULL, "type: 'order' is not an event type name");
    expect_refused(c, "order.teleported", &who, "[1,2]", NULL, "data: order.teleported needs a JSON object");
    expect_refused(c, "order.teleported", &who, "{\"a\":", NULL, "data: order.teleported needs a JSON object");

    /* Caller-chosen id and source travel in headers too. */
    esauti_event_options injected = {"id\r\nX-Evil: 1", NULL, NULL, 0, NULL};
    expect_refused(c, "order.created", &who, data, &injected, "id: 'id\r\nX-Evil: 1' is not a UUID");
    esauti_event_options evil_source = {NULL, NULL, "pos\r\nX-Evil: 1", 0, NULL};
    expect_refused(c, "order.created", &who, data, &evil_source, "source: must not contain control characters");
    esauti_event_options late = {NULL, "yesterday", NULL, 0, NULL};
    expect_refused(c, "order.created", &who, data, &late, "occurred_at: 'yesterday' is not an RFC 3339 date-time");

    /* The typed function checks the same things. */
    esauti_order_created_data typed = {0};
    typed.order_id = "ord_1";
    typed.currency = "kes";
    typed.placed_at = "2026-04-12T06:50:20Z";
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_events_send_order_created(c, &who, &typed, NULL, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.currency: 'kes' is not a valid currency"));
    CU_ASSERT_EQUAL(esauti_events_send_order_created(c, &who, NULL, NULL, NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(esauti_events_send(c, ESAUTI_EVENT_UNKNOWN, &who, "{}", NULL, NULL, &err), APIC_E_ARG);
    esauti_error_clear(&err);
    esauti_client_free(c);
}

static void test_envelope_as_sent(void)
{
    recorder r;
    apic_transport t = recorder_transport(&r, 202, "{\"id\":\"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa\","
                                                   "\"status\":\"accepted\",\"received_at\":\"2026-11-23T06:18:45.200Z\"}");
    esauti_client *c = client_at("https://h.example/api", NULL, NULL, &t);
    esauti_customer_created_data d = {0};
    d.customer_id = "cus_1";
    d.created_at = "2026-03-14T09:26:53Z";
    d.source.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_SIGNUP;
    esauti_event_identity who = {"cus_1", "amina@example.com", NULL, NULL, NULL};
    esauti_event_options o = {"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa", "2026-11-23T06:18:45.123Z", "pos-7", 0, NULL};
    esauti_event_receipt *receipt = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_events_send_customer_created(c, &who, &d, &o, &receipt, &err), 0);
    CU_ASSERT_STRING_EQUAL(r.url, "https://h.example/api/integrations/events");
    CU_ASSERT_STRING_EQUAL(r.body, "{\"id\":\"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa\",\"type\":\"customer.created\","
                                   "\"schema_version\":1,\"occurred_at\":\"2026-11-23T06:18:45.123Z\",\"source\":\"pos-7\","
                                   "\"identity\":{\"customer\":{\"id\":\"cus_1\",\"email\":\"amina@example.com\"}},"
                                   "\"data\":{\"customer_id\":\"cus_1\",\"source\":\"signup\","
                                   "\"created_at\":\"2026-03-14T09:26:53Z\"}}");
    char buf[64];
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Idempotency-Key", buf, sizeof buf), "0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa");
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "X-eSauti-Source", buf, sizeof buf), "pos-7");
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Authorization", buf, sizeof buf), "Bearer events-token");
    CU_ASSERT_PTR_NULL(recorder_header(&r, "X-eSauti-Signature", buf, sizeof buf)); /* no secret configured */
    CU_ASSERT_PTR_NOT_NULL_FATAL(receipt);
    CU_ASSERT_EQUAL(receipt->status.value, ESAUTI_EVENT_RECEIPT_STATUS_ACCEPTED);
    CU_ASSERT_STRING_EQUAL(receipt->received_at, "2026-11-23T06:18:45.200Z");
    esauti_event_receipt_free(receipt);

    /* Two sends without an id: two different UUIDs, each also its idempotency key. */
    char first[64];
    CU_ASSERT_EQUAL(esauti_events_send_customer_created(c, &who, &d, NULL, NULL, &err), 0);
    snprintf(first, sizeof first, "%s", recorder_header(&r, "Idempotency-Key", buf, sizeof buf));
    CU_ASSERT_TRUE(is_uuid_v4(first));
    CU_ASSERT_PTR_NOT_NULL(strstr(r.body, first));
    CU_ASSERT_EQUAL(esauti_events_send_customer_created(c, &who, &d, NULL, NULL, &err), 0);
    CU_ASSERT_STRING_NOT_EQUAL(recorder_header(&r, "Idempotency-Key", buf, sizeof buf), first);
    esauti_error_clear(&err);
    esauti_client_free(c);
}

/* --- against servers --------------------------------------------------------------------------- */

/* Sends every registry example with c; returns how many were accepted with a receipt. */
static int send_all(esauti_client *c, bool expect_accepted)
{
    int accepted = 0;
    const cJSON *example;
    cJSON_ArrayForEach(example, examples)
    {
        char *data = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(example, "data"));
        esauti_event_identity who = identity_of(example);
        esauti_event_receipt *receipt = NULL;
        esauti_error err = {0};
        int rc = esauti_events_send_named(c, example->string, &who, data, NULL, &receipt, &err);
        if (rc == 0 && receipt != NULL && receipt->id != NULL &&
            (!expect_accepted || receipt->status.value == ESAUTI_EVENT_RECEIPT_STATUS_ACCEPTED)) {
            accepted++;
        } else {
            fprintf(stderr, "\n%s: %s (HTTP %d) %.300s\n", example->string, err.message, err.http_status,
                    err.body != NULL ? err.body : "");
        }
        esauti_event_receipt_free(receipt);
        esauti_error_clear(&err);
        cJSON_free(data);
    }
    return accepted;
}

static void test_prism_accepts_every_envelope(void)
{
    const char *url = getenv("PRISM_ESAUTI_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    /* Prism serves the spec's paths at its root; the spec's base path is /api. */
    esauti_client *c = client_at(url, "/integrations/events", NULL, NULL);
    int accepted = send_all(c, false);
    printf("\n  Prism: %d of %d envelopes valid against EventEnvelope\n", accepted, ESAUTI_EVENT_TYPE_COUNT);
    CU_ASSERT_EQUAL(accepted, ESAUTI_EVENT_TYPE_COUNT);
    esauti_client_free(c);
}

static size_t collect(char *data, size_t size, size_t n, void *userp)
{
    apic_buf *b = (apic_buf *)userp;
    return apic_buf_append(b, data, size * n) == 0 ? size * n : 0;
}

/* One of the receiver's counters (GET /stats), or -1. */
static long receiver_count(const char *what)
{
    char url[256];
    snprintf(url, sizeof url, "%s/stats", getenv("EVENT_RECEIVER_URL"));
    apic_buf body = {0};
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    cJSON *stats = rc == CURLE_OK && body.data != NULL ? cJSON_Parse(body.data) : NULL;
    apic_buf_free(&body);
    if (stats == NULL) return -1;
    long v = (long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(stats, what));
    cJSON_Delete(stats);
    return v;
}

static void test_receiver_accepts_every_signed_event(void)
{
    const char *url = getenv("EVENT_RECEIVER_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    long before = receiver_count("accepted");
    esauti_client *c = client_at(url, NULL, getenv("EVENT_RECEIVER_SECRET"), NULL);
    int accepted = send_all(c, true);
    printf("\n  receiver: %d of %d signed events accepted\n", accepted, ESAUTI_EVENT_TYPE_COUNT);
    CU_ASSERT_EQUAL(accepted, ESAUTI_EVENT_TYPE_COUNT);
    CU_ASSERT_EQUAL(receiver_count("accepted") - before, ESAUTI_EVENT_TYPE_COUNT);

    /* The same id twice: the server recognises the retry. */
    esauti_event_options same = {"3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b", NULL, NULL, 0, NULL};
    esauti_event_identity who = {"cus_1", NULL, NULL, NULL, NULL};
    esauti_event_receipt *receipt = NULL;
    esauti_error err = {0};
    const char *data = "{\"customer_id\":\"cus_1\",\"source\":\"api\",\"created_at\":\"2026-03-14T09:26:53Z\"}";
    CU_ASSERT_EQUAL(esauti_events_send(c, ESAUTI_EVENT_CUSTOMER_CREATED, &who, data, &same, &receipt, &err), 0);
    CU_ASSERT_EQUAL(receipt != NULL ? (int)receipt->status.value : -1, ESAUTI_EVENT_RECEIPT_STATUS_ACCEPTED);
    esauti_event_receipt_free(receipt);
    CU_ASSERT_EQUAL(esauti_events_send(c, ESAUTI_EVENT_CUSTOMER_CREATED, &who, data, &same, &receipt, &err), 0);
    CU_ASSERT_EQUAL(receipt != NULL ? (int)receipt->status.value : -1, ESAUTI_EVENT_RECEIPT_STATUS_DUPLICATE);
    esauti_event_receipt_free(receipt);
    esauti_error_clear(&err);
    esauti_client_free(c);
}

static void test_wrong_secret_is_rejected_and_reported(void)
{
    const char *url = getenv("EVENT_RECEIVER_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    long before = receiver_count("unauthorized");
    const char *secrets[] = {"not-the-secret", NULL}; /* a wrong secret, and none at all */
    for (int i = 0; i < 2; i++) {
        esauti_client *c = client_at(url, NULL, secrets[i], NULL);
        esauti_event_identity who = {"cus_1", NULL, NULL, NULL, NULL};
        esauti_event_receipt *receipt = NULL;
        esauti_error err = {0};
        const char *data = "{\"customer_id\":\"cus_1\",\"source\":\"api\",\"created_at\":\"2026-03-14T09:26:53Z\"}";
        CU_ASSERT_EQUAL(esauti_events_send(c, ESAUTI_EVENT_CUSTOMER_CREATED, &who, data, NULL, &receipt, &err),
                        APIC_E_HTTP);
        CU_ASSERT_PTR_NULL(receipt);
        CU_ASSERT_EQUAL(err.http_status, 401);
        CU_ASSERT_FALSE(err.retryable);
        CU_ASSERT_PTR_NOT_NULL(err.body != NULL ? strstr(err.body, "signature mismatch") : NULL);
        esauti_error_clear(&err);
        esauti_client_free(c);
    }
    CU_ASSERT_EQUAL(receiver_count("unauthorized") - before, 2);
}

/* --- typed sends that return at once (apic/async.h) ------------------------------------------------ */

enum { ASYNC_EVENTS = 200 };

typedef struct sent {
    int calls; /* must end at 1 */
    int rc;
    bool accepted; /* a receipt with an id, status accepted */
} sent;

static void on_sent(void *user_data, int rc, esauti_event_receipt *receipt, esauti_error *err)
{
    (void)err;
    sent *s = user_data;
    s->calls++;
    s->rc = rc;
    s->accepted = receipt != NULL && receipt->id != NULL && receipt->status.value == ESAUTI_EVENT_RECEIPT_STATUS_ACCEPTED;
    esauti_event_receipt_free(receipt);
}

static void test_typed_sends_return_at_once(void)
{
    const char *url = getenv("EVENT_RECEIVER_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    long before = receiver_count("accepted");
    esauti_client *c = client_at(url, NULL, getenv("EVENT_RECEIVER_SECRET"), NULL);
    static sent outcomes[ASYNC_EVENTS];
    memset(outcomes, 0, sizeof outcomes);
    char customers[ASYNC_EVENTS][24];
    for (int i = 0; i < ASYNC_EVENTS; i++) {
        snprintf(customers[i], sizeof customers[i], "cus_a%03d", i);
        esauti_customer_created_data d;
        memset(&d, 0, sizeof d);
        d.customer_id = customers[i];
        d.created_at = "2026-03-14T09:26:53Z";
        d.source.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_API;
        esauti_event_identity who = {.customer_id = customers[i]};
        esauti_error err = {0};
        CU_ASSERT_EQUAL(esauti_events_send_customer_created_async(c, &who, &d, NULL, on_sent, &outcomes[i], NULL, &err), 0);
        esauti_error_clear(&err);
    }
    CU_ASSERT_EQUAL(receiver_count("accepted"), before); /* nothing is sent before the loop runs */

    /* A refused event: named now, its callback never called, nothing sent. */
    esauti_customer_created_data bad;
    memset(&bad, 0, sizeof bad);
    bad.customer_id = "cus_bad";
    bad.source.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_API; /* created_at, required, missing */
    esauti_event_identity bad_who = {.customer_id = "cus_bad"};
    sent refused = {0};
    apic_async_call *call = (apic_async_call *)&refused; /* any value: a refusal sets it to NULL */
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_events_send_customer_created_async(c, &bad_who, &bad, NULL, on_sent, &refused, &call, &err),
                    APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.created_at"));
    CU_ASSERT_PTR_NULL(call);
    esauti_error_clear(&err);

    /* One cancelled before the loop runs: its callback once, now; the event never sent. */
    sent cancelled = {0};
    esauti_event_identity who = {.customer_id = "cus_cancelled"};
    esauti_customer_created_data d;
    memset(&d, 0, sizeof d);
    d.customer_id = "cus_cancelled";
    d.created_at = "2026-03-14T09:26:53Z";
    d.source.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_API;
    CU_ASSERT_EQUAL_FATAL(esauti_events_send_customer_created_async(c, &who, &d, NULL, on_sent, &cancelled, &call, NULL), 0);
    CU_ASSERT_EQUAL(apic_async_cancel(call), 0);
    CU_ASSERT_EQUAL(cancelled.calls, 1);
    CU_ASSERT_EQUAL(cancelled.rc, APIC_E_CANCELLED);

    CU_ASSERT_EQUAL(apic_async_run(c, 30000), 0); /* 0: nothing left pending */
    int once = 0, accepted = 0;
    for (int i = 0; i < ASYNC_EVENTS; i++) {
        once += outcomes[i].calls == 1;
        accepted += outcomes[i].rc == 0 && outcomes[i].accepted;
    }
    printf("\n  receiver: %d of %d typed events sent asynchronously accepted, %d callbacks called once\n", accepted,
           ASYNC_EVENTS, once);
    CU_ASSERT_EQUAL(once, ASYNC_EVENTS);
    CU_ASSERT_EQUAL(accepted, ASYNC_EVENTS);
    CU_ASSERT_EQUAL(refused.calls, 0);
    CU_ASSERT_EQUAL(cancelled.calls, 1);
    CU_ASSERT_EQUAL(receiver_count("accepted") - before, ASYNC_EVENTS);
    esauti_client_free(c);
}

int main(void)
{
    CU_TestInfo registry[] = {
        {"225 types; name <-> constant lookups", test_lookups},
        {"every registry example encodes and validates", test_every_example_encodes_and_validates},
        {"invalid events: the path named, nothing sent", test_invalid_events_are_refused_without_io},
        {"the envelope and headers as sent; the receipt parsed", test_envelope_as_sent},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo servers[] = {
        {"Prism accepts every envelope (validated against the spec)", test_prism_accepts_every_envelope},
        {"the receiver accepts 100% of signed events; a repeated id is a duplicate", test_receiver_accepts_every_signed_event},
        {"a wrong or missing secret: 401, not retryable", test_wrong_secret_is_rejected_and_reported},
        {"typed sends that return at once: 200 in flight from one thread, a refusal named now, a cancellation",
         test_typed_sends_return_at_once},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"event registry", load_samples, free_samples, NULL, NULL, registry},
        {"events against servers", load_samples, free_samples, NULL, NULL, servers},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
