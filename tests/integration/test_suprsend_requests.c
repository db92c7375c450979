/* SuprSend's workflow triggers, events and workspace signature (spec/suprsend/c), through a
 * transport that records what would be sent (recorder.h: `calls` proves whether anything was):
 * attachments typed by their content (pdf, png, plain text made here, at run time), a 1 MB file and
 * a missing path refused before sending, naming the size and the path; the 800 KB limit at its
 * byte; idempotency keys of 255 characters and not 256; durations; every member of the bodies;
 * the signature over what is sent (Date, body, Content-Type, URI) and a fixed vector. Then
 * against Prism serving the overlaid spec (PRISM_SUPRSEND_URL): a trigger with attachments and an
 * event pass its request validation. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <suprsend/suprsend.h>

#include "cunit_run.h"
#include "recorder.h"

static char dir[] = "/tmp/suprsend-test-XXXXXX";
static char pdf[64], png[64], txt[64], big[64], missing[64];

static const char pdf_bytes[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
static const unsigned char png_bytes[] = {0x89, 'P',  'N',  'G',  '\r', '\n', 0x1a, '\n', 0,    0,    0,
                                          13,   'I',  'H',  'D',  'R',  0,    0,    0,    1,    0,    0,
                                          0,    1,    8,    6,    0,    0,    0,    0x1f, 0x15, 0xc4, 0x89};
static const char txt_bytes[] = "hello, world\n";

static void write_file(char *path, const char *name, const void *bytes, size_t n)
{
    snprintf(path, 64, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (f == NULL) return;
    fwrite(bytes, 1, n, f);
    fclose(f);
}

static int make_fixtures(void)
{
    if (mkdtemp(dir) == NULL) return 1;
    write_file(pdf, "invoice.pdf", pdf_bytes, sizeof pdf_bytes - 1);
    write_file(png, "logo.png", png_bytes, sizeof png_bytes);
    write_file(txt, "notes.txt", txt_bytes, sizeof txt_bytes - 1);
    char *zeros = calloc(1, 1024 * 1024);
    if (zeros == NULL) return 1;
    write_file(big, "big.bin", zeros, 1024 * 1024);
    free(zeros);
    snprintf(missing, sizeof missing, "%s/missing.pdf", dir);
    return 0;
}

static int remove_fixtures(void)
{
    const char *files[] = {pdf, png, txt, big};
    for (size_t i = 0; i < 4; i++) unlink(files[i]);
    return rmdir(dir) != 0;
}

/* A client sending to r (answering 202 with body), with a bearer token and no retries. */
static suprsend_client *recording_client(recorder *r, const char *body)
{
    apic_transport t = recorder_transport(r, 202, body);
    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = "http://127.0.0.1:9";
    cfg.token = "api-key";
    cfg.transport = &t;
    cfg.retry.max_retries = APIC_NO_RETRY;
    suprsend_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(suprsend_client_new(&cfg, &c, NULL), 0);
    return c;
}

static const char *to[] = {"user-42", NULL};

/* The body a trigger makes, parsed (cJSON_Delete() it); NULL when it is refused. */
static cJSON *trigger_body(const suprsend_workflow_trigger *t, suprsend_error *err)
{
    char *json = NULL;
    if (suprsend_workflow_trigger_body(t, NULL, &json, err) != 0) return NULL;
    cJSON *doc = cJSON_Parse(json);
    CU_ASSERT_PTR_NOT_NULL(doc);
    free(json);
    return doc;
}

static const char *text_at(const cJSON *obj, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* --- attachments ------------------------------------------------------------------------- */

static void test_attachments_are_typed_by_content(void)
{
    suprsend_attachment files[] = {{pdf, NULL, false}, {png, "  brand.png ", true}, {txt, NULL, false}};
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice";
    t.recipient_ids = to;
    t.attachments = files;
    t.n_attachments = 3;
    suprsend_error err = {0};
    cJSON *doc = trigger_body(&t, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    const cJSON *list = cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "data"), "$attachments");
    CU_ASSERT_EQUAL_FATAL(cJSON_GetArraySize(list), 3);
    const char *types[] = {"application/pdf", "image/png", "text/plain"};
    const char *names[] = {"invoice.pdf", "brand.png", "notes.txt"};
    const void *bytes[] = {pdf_bytes, png_bytes, txt_bytes};
    size_t lens[] = {sizeof pdf_bytes - 1, sizeof png_bytes, sizeof txt_bytes - 1};
    for (int i = 0; i < 3; i++) {
        const cJSON *a = cJSON_GetArrayItem(list, i);
        CU_ASSERT_STRING_EQUAL(text_at(a, "contentType"), types[i]);
        CU_ASSERT_STRING_EQUAL(text_at(a, "filename"), names[i]);
        CU_ASSERT_TRUE(cJSON_IsNull(cJSON_GetObjectItem(a, "url")));
        CU_ASSERT_EQUAL(cJSON_IsTrue(cJSON_GetObjectItem(a, "ignore_if_error")), i == 1);
        /* The data is the file, base64 (decoded here by OpenSSL, not by the SDK's code path). */
        const char *b64 = text_at(a, "data");
        CU_ASSERT_PTR_NOT_NULL_FATAL(b64);
        unsigned char decoded[256];
        int n = EVP_DecodeBlock(decoded, (const unsigned char *)b64, (int)strlen(b64));
        size_t pad = strlen(b64) >= 2 ? (size_t)(b64[strlen(b64) - 1] == '=') + (size_t)(b64[strlen(b64) - 2] == '=') : 0;
        CU_ASSERT_EQUAL((size_t)n - pad, lens[i]);
        CU_ASSERT_EQUAL(memcmp(decoded, bytes[i], lens[i]), 0);
    }
    cJSON_Delete(doc);
}

static void test_links_and_given_attachments(void)
{
    suprsend_attachment list[] = {{"https://example.com/terms.pdf", NULL, true}, {pdf, NULL, false}};
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice";
    t.recipient_ids = to;
    /* Attachments already in data are kept, in front; the other members are sent as they were. */
    t.data = "{\"amount\": \"$49\", \"$attachments\": [ {\"url\": \"https://example.com/a.png\", \"filename\": \"a.png\"} ] }";
    t.attachments = list;
    t.n_attachments = 2;
    suprsend_error err = {0};
    cJSON *doc = trigger_body(&t, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    const cJSON *data = cJSON_GetObjectItem(doc, "data");
    CU_ASSERT_STRING_EQUAL(text_at(data, "amount"), "$49");
    const cJSON *all = cJSON_GetObjectItem(data, "$attachments");
    CU_ASSERT_EQUAL_FATAL(cJSON_GetArraySize(all), 3);
    CU_ASSERT_STRING_EQUAL(text_at(cJSON_GetArrayItem(all, 0), "filename"), "a.png");
    const cJSON *link = cJSON_GetArrayItem(all, 1);
    CU_ASSERT_STRING_EQUAL(text_at(link, "url"), "https://example.com/terms.pdf");
    CU_ASSERT_TRUE(cJSON_IsNull(cJSON_GetObjectItem(link, "filename")));
    CU_ASSERT_TRUE(cJSON_IsNull(cJSON_GetObjectItem(link, "data")));
    CU_ASSERT_TRUE(cJSON_IsNull(cJSON_GetObjectItem(link, "contentType")));
    CU_ASSERT_TRUE(cJSON_IsTrue(cJSON_GetObjectItem(link, "ignore_if_error")));
    CU_ASSERT_STRING_EQUAL(text_at(cJSON_GetArrayItem(all, 2), "contentType"), "application/pdf");
    cJSON_Delete(doc);

    /* An $attachments that is not an array cannot take them. */
    t.data = "{\"$attachments\": {}}";
    CU_ASSERT_EQUAL(trigger_body(&t, &err), NULL);
    CU_ASSERT_EQUAL(err.kind, APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "$attachments: not an array"));
    suprsend_error_clear(&err);
}

static void test_a_1mb_file_is_refused_before_sending(void)
{
    recorder r;
    suprsend_client *c = recording_client(&r, "{}");
    suprsend_attachment files[] = {{big, NULL, false}};
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice";
    t.recipient_ids = to;
    t.attachments = files;
    t.n_attachments = 1;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(r.calls, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "suprsend_trigger: attachment '"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "big.bin': 1048576 bytes, 1398104 in base64"));
    /* The same for an event; ignore_if_error leaves it out, and the event goes. */
    suprsend_event e;
    memset(&e, 0, sizeof e);
    e.distinct_id = "user-42";
    e.event = "report_ready";
    e.attachments = files;
    e.n_attachments = 1;
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "suprsend_track: attachment '"));
    CU_ASSERT_EQUAL(r.calls, 0);
    files[0].ignore_if_error = true;
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), 0);
    CU_ASSERT_EQUAL(r.calls, 1);
    CU_ASSERT_PTR_NULL(strstr(r.body, "$attachments"));
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

static void test_a_missing_file_is_refused_naming_it(void)
{
    recorder r;
    suprsend_client *c = recording_client(&r, "{}");
    suprsend_attachment files[] = {{pdf, NULL, false}, {missing, NULL, false}};
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice";
    t.recipient_ids = to;
    t.attachments = files;
    t.n_attachments = 2;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(r.calls, 0);
    char want[256];
    snprintf(want, sizeof want, "suprsend_trigger: attachment '%s': cannot open: No such file or directory", missing);
    CU_ASSERT_STRING_EQUAL(err.message, want);
    /* A folder is no file. */
    files[1].path = dir;
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "': not a file"));
    /* Left out when it may be: the trigger goes with the pdf alone. */
    files[1].path = missing;
    files[1].ignore_if_error = true;
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), 0);
    CU_ASSERT_EQUAL(r.calls, 1);
    cJSON *sent = cJSON_Parse(r.body);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(cJSON_GetObjectItem(cJSON_GetObjectItem(sent, "data"), "$attachments")), 1);
    cJSON_Delete(sent);
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

/* The body's size as sent, 200 bytes of SuprSend's added: 819200 in all passes, one more does not. */
static void test_the_800kb_limit(void)
{
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "w";
    t.recipient_ids = to;
    t.data = "{\"x\":\"\"}";
    char *json = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_workflow_trigger_body(&t, NULL, &json, &err), 0);
    size_t empty = strlen(json);
    free(json);
    size_t fill = SUPRSEND_BODY_MAX_BYTES - SUPRSEND_WORKFLOW_RUNTIME_BYTES - empty;
    char *data = malloc(fill + 256);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    for (int extra = 0; extra < 2; extra++) {
        memcpy(data, "{\"x\":\"", 6);
        memset(data + 6, 'a', fill + (size_t)extra);
        memcpy(data + 6 + fill + (size_t)extra, "\"}", 3);
        t.data = data;
        int rc = suprsend_workflow_trigger_body(&t, NULL, &json, &err);
        if (extra == 0) {
            CU_ASSERT_EQUAL(rc, 0);
            CU_ASSERT_EQUAL(strlen(json) + SUPRSEND_WORKFLOW_RUNTIME_BYTES, SUPRSEND_BODY_MAX_BYTES);
            free(json);
        } else {
            CU_ASSERT_EQUAL(rc, APIC_E_VALIDATION);
            CU_ASSERT_STRING_EQUAL(err.message, "suprsend_workflow_trigger_body: the body is 819001 bytes (and 200 SuprSend "
                                                "adds): more than 819200 (800 KB)");
        }
    }
    /* An event's body has no allowance: its own 819200 bytes at most. */
    suprsend_event e;
    memset(&e, 0, sizeof e);
    e.distinct_id = "user-42";
    e.event = "big";
    memcpy(data, "{\"x\":\"", 6);
    memset(data + 6, 'a', fill + 200);
    memcpy(data + 6 + fill + 200, "\"}", 3);
    e.properties = data;
    CU_ASSERT_EQUAL(suprsend_event_body(&e, NULL, &json, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NULL_FATAL(json);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "suprsend_event_body: the body is "));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, " bytes: more than 819200 (800 KB)"));
    free(data);
    suprsend_error_clear(&err);
}

/* --- checks ------------------------------------------------------------------------------ */

static void test_idempotency_keys(void)
{
    recorder r;
    suprsend_client *c = recording_client(&r, "{}");
    char key[3 * 256 + 1];
    memset(key, 'k', 256);
    key[256] = '\0';
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice";
    t.recipient_ids = to;
    t.idempotency_key = key;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: idempotency_key: 256 characters, at most 255");
    CU_ASSERT_EQUAL(r.calls, 0);
    key[255] = '\0';
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), 0);
    CU_ASSERT_EQUAL(r.calls, 1);
    cJSON *sent = cJSON_Parse(r.body);
    CU_ASSERT_EQUAL(strlen(text_at(sent, "$idempotency_key")), 255);
    cJSON_Delete(sent);
    char header[300];
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Idempotency-Key", header, sizeof header), key); /* the retries' too */
    /* Characters, not bytes: 255 two-byte characters pass. */
    for (int i = 0; i < 255; i++) memcpy(key + 2 * i, "\xc3\xa9", 2);
    key[510] = '\0';
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), 0);
    /* Events check the same; and tenant ids at most 64; an empty key is a mistake, not "none". */
    suprsend_event e;
    memset(&e, 0, sizeof e);
    e.distinct_id = "user-42";
    e.event = "signed_up";
    memset(key, 'k', 256);
    key[256] = '\0';
    e.idempotency_key = key;
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_track: idempotency_key: 256 characters, at most 255");
    e.idempotency_key = "";
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_track: idempotency_key: empty (leave it NULL to send none)");
    e.idempotency_key = NULL;
    key[65] = '\0';
    e.tenant_id = key;
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_track: tenant_id: 65 characters, at most 64");
    CU_ASSERT_EQUAL(r.calls, 2);
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

static void test_durations(void)
{
    struct {
        const char *text;
        long long seconds;
    } good[] = {{"2d3h12m23s", 2 * 86400 + 3 * 3600 + 12 * 60 + 23}, {"15m", 900}, {"1h30m", 5400}, {"90m", 5400},
                {"1s", 1}, {"0d0h0m1s", 1}, {"365d", 365LL * 86400}, {"007m", 420}};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        long long s = -1;
        suprsend_error err = {0};
        CU_ASSERT_EQUAL(suprsend_duration_parse(good[i].text, &s, &err), 0);
        CU_ASSERT_EQUAL(s, good[i].seconds);
        if (s != good[i].seconds) fprintf(stderr, "%s: %lld (%s)\n", good[i].text, s, err.message);
    }
    struct {
        const char *text, *why;
    } bad[] = {{"", "'': empty (write e.g. 15m or 2d3h12m23s)"},
               {"0s", "'0s': 0 seconds, not within 1 and 31536000 (a year)"},
               {"366d", "'366d': 31622400 seconds, not within 1 and 31536000 (a year)"},
               {"2x", "'2x': 'x' after 2 is not a unit (d, h, m or s)"},
               {"10", "'10': no unit after 10 (d, h, m or s)"},
               {"3h2d", "'3h2d': d after h (the order is d, h, m, s, each once)"},
               {"1d1d", "'1d1d': d after d (the order is d, h, m, s, each once)"},
               {"d", "'d': a number is expected at offset 0, not 'd'"},
               {"-5m", "'-5m': a number is expected at offset 0, not '-'"},
               {"1.5h", "'1.5h': '.' after 1 is not a unit (d, h, m or s)"},
               {" 5m", "' 5m': a number is expected at offset 0, not ' '"},
               {"5m ", "'5m ': a number is expected at offset 2, not ' '"},
               {"1234567890s", "'1234567890s': the number at offset 0 is too long"}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        suprsend_error err = {0};
        CU_ASSERT_EQUAL(suprsend_duration_parse(bad[i].text, NULL, &err), APIC_E_VALIDATION);
        CU_ASSERT_STRING_EQUAL(err.message, bad[i].why);
    }
    /* In a trigger: the delay, and the smart delivery's time to live, are checked before sending. */
    recorder r;
    suprsend_client *c = recording_client(&r, "{}");
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice";
    t.recipient_ids = to;
    t.delay = "2h1d";
    suprsend_error err = {0};
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: delay: '2h1d': d after h (the order is d, h, m, s, each once)");
    t.delay = "1d2h";
    suprsend_delivery d = {true, NULL, "", NULL};
    t.delivery = &d;
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: delivery.time_to_live: '': empty (write e.g. 15m or 2d3h12m23s)");
    CU_ASSERT_EQUAL(r.calls, 0);
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

/* --- bodies ------------------------------------------------------------------------------ */

static void test_trigger_body(void)
{
    recorder r;
    suprsend_client *c = recording_client(&r, "{\"message_id\":\"m-1\",\"status\":\"success\"}");
    const char *channels[] = {"email", "inbox", NULL};
    suprsend_delivery d = {true, "seen", "1h", channels};
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "payment-reminder";
    t.recipients_json = "[\"user-42\", {\"distinct_id\": \"user-7\", \"$email\": [\"seven@example.com\"]}]";
    t.actor_json = "{\"distinct_id\": \"admin-1\", \"name\": \"Ada\"}";
    t.data = "{\"amount\": \"$49\"}";
    t.idempotency_key = "reminder-1";
    t.tenant_id = "acme";
    t.cancellation_key = "reminders-user-42";
    t.delay = "2d3h12m23s";
    t.delivery = &d;
    suprsend_trigger_workflow_api_response *res = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_trigger(c, &t, &res, &err), 0);
    CU_ASSERT_STRING_EQUAL(res->message_id, "m-1");
    suprsend_trigger_workflow_api_response_free(res);
    CU_ASSERT_STRING_EQUAL(r.method, "POST");
    CU_ASSERT_STRING_EQUAL(r.url, "http://127.0.0.1:9/trigger/");
    char h[64];
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Content-Type", h, sizeof h), "application/json");
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Authorization", h, sizeof h), "Bearer api-key");
    cJSON *b = cJSON_Parse(r.body);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(b), 9); /* nothing else */
    CU_ASSERT_STRING_EQUAL(text_at(b, "workflow"), "payment-reminder");
    const cJSON *to2 = cJSON_GetObjectItem(b, "recipients");
    CU_ASSERT_STRING_EQUAL(cJSON_GetArrayItem(to2, 0)->valuestring, "user-42");
    CU_ASSERT_STRING_EQUAL(text_at(cJSON_GetArrayItem(to2, 1), "distinct_id"), "user-7");
    CU_ASSERT_STRING_EQUAL(text_at(cJSON_GetObjectItem(b, "actor"), "name"), "Ada");
    const cJSON *data = cJSON_GetObjectItem(b, "data");
    CU_ASSERT_EQUAL(cJSON_GetArraySize(data), 1); /* no attachments: none added */
    CU_ASSERT_STRING_EQUAL(text_at(data, "amount"), "$49");
    CU_ASSERT_STRING_EQUAL(text_at(b, "$idempotency_key"), "reminder-1");
    CU_ASSERT_STRING_EQUAL(text_at(b, "tenant_id"), "acme");
    CU_ASSERT_STRING_EQUAL(text_at(b, "cancellation_key"), "reminders-user-42");
    CU_ASSERT_STRING_EQUAL(text_at(b, "delay"), "2d3h12m23s");
    const cJSON *dv = cJSON_GetObjectItem(b, "delivery");
    CU_ASSERT_TRUE(cJSON_IsTrue(cJSON_GetObjectItem(dv, "smart")));
    CU_ASSERT_STRING_EQUAL(text_at(dv, "success"), "seen");
    CU_ASSERT_STRING_EQUAL(text_at(dv, "time_to_live"), "1h");
    CU_ASSERT_STRING_EQUAL(cJSON_GetArrayItem(cJSON_GetObjectItem(dv, "mandatory_channels"), 1)->valuestring, "inbox");
    cJSON_Delete(b);

    /* The other forms: ids, an actor by id, data as a map; unset members are not sent. */
    char *names[] = {"count", "who"}, *values[] = {"3", "\"you\""};
    apic_json_map m = {names, values, 2};
    memset(&t, 0, sizeof t);
    t.workflow = "welcome";
    t.recipient_ids = to;
    t.actor_id = "admin-1";
    t.data_map = &m;
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), 0);
    CU_ASSERT_STRING_EQUAL(r.body, "{\"workflow\":\"welcome\",\"recipients\":[\"user-42\"],\"actor\":\"admin-1\","
                                   "\"data\":{\"count\":3,\"who\":\"you\"}}");
    t.data_map = NULL;
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.body, "\"data\":{}")); /* data is always sent, as the vendor's SDKs do */

    /* Refused, naming the member; nothing sent. */
    int calls = r.calls;
    memset(&t, 0, sizeof t);
    t.recipient_ids = to;
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_ARG);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: workflow: required (the workflow's slug)");
    t.workflow = "w";
    t.recipients_json = "[\"x\"]";
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_ARG);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: recipients: set recipient_ids or recipients_json (one of them)");
    t.recipient_ids = NULL;
    t.recipients_json = "[ ]";
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: recipients_json: not a JSON array of at least one item");
    t.recipients_json = "[\"x\"]";
    t.data = "[1]";
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: data: not a JSON object");
    t.data = "{\"a\": }";
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    t.data = NULL;
    t.tenant_id = "";
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: tenant_id: empty (leave it NULL to send none)");
    t.tenant_id = NULL;
    const char *not_channels[] = {"email", "fax", NULL};
    suprsend_delivery bad = {false, NULL, NULL, not_channels};
    t.delivery = &bad;
    CU_ASSERT_EQUAL(suprsend_trigger(c, &t, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_trigger: delivery.mandatory_channels[1]: 'fax' is not a channel");
    CU_ASSERT_EQUAL(r.calls, calls);
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

static void test_event_body(void)
{
    recorder r;
    suprsend_client *c = recording_client(&r, "{\"message\":\"OK\"}");
    suprsend_attachment files[] = {{txt, NULL, false}};
    suprsend_event e;
    memset(&e, 0, sizeof e);
    e.distinct_id = "  user-42 ";
    e.event = " product_purchased\n";
    e.properties = "{\"sku\": \"A-113\", \"$ss_sdk_version\": \"mine\"}";
    e.idempotency_key = "order-7781";
    e.tenant_id = "acme";
    e.workspace_key = "ws_key_0123456789abcdef";
    e.attachments = files;
    e.n_attachments = 1;
    suprsend_error err = {0};
    long long before = (long long)time(NULL) * 1000;
    CU_ASSERT_EQUAL_FATAL(suprsend_track(c, &e, &err), 0);
    long long after = (long long)time(NULL) * 1000 + 1000;
    CU_ASSERT_STRING_EQUAL(r.url, "http://127.0.0.1:9/event/");
    cJSON *b = cJSON_Parse(r.body);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(b), 8);
    const char *id = text_at(b, "$insert_id");
    CU_ASSERT_TRUE(id != NULL && strlen(id) == 36 && id[14] == '4');
    double at = cJSON_GetObjectItem(b, "$time")->valuedouble;
    CU_ASSERT_TRUE(at >= (double)before && at <= (double)after);
    CU_ASSERT_STRING_EQUAL(text_at(b, "event"), "product_purchased");
    CU_ASSERT_STRING_EQUAL(text_at(b, "distinct_id"), "user-42");
    CU_ASSERT_STRING_EQUAL(text_at(b, "env"), "ws_key_0123456789abcdef");
    CU_ASSERT_STRING_EQUAL(text_at(b, "$idempotency_key"), "order-7781");
    CU_ASSERT_STRING_EQUAL(text_at(b, "tenant_id"), "acme");
    const cJSON *p = cJSON_GetObjectItem(b, "properties");
    CU_ASSERT_STRING_EQUAL(text_at(p, "sku"), "A-113");
    /* The SDK names itself, over what the properties said, as the vendor's SDKs do. */
    CU_ASSERT_STRING_EQUAL(text_at(p, "$ss_sdk_version"), "suprsend-c/" SUPRSEND_API_VERSION " apic/" APIC_VERSION);
    const cJSON *a = cJSON_GetArrayItem(cJSON_GetObjectItem(p, "$attachments"), 0);
    CU_ASSERT_STRING_EQUAL(text_at(a, "contentType"), "text/plain");
    CU_ASSERT_STRING_EQUAL(text_at(a, "filename"), "notes.txt");
    cJSON_Delete(b);

    /* A new $insert_id each time; SuprSend's reserved events may be tracked, other $ and ss_ names not. */
    char first[40];
    char *json = NULL;
    e.attachments = NULL;
    e.n_attachments = 0;
    e.event = "$app_launched";
    CU_ASSERT_EQUAL_FATAL(suprsend_event_body(&e, NULL, &json, &err), 0);
    snprintf(first, sizeof first, "%.36s", strstr(json, "\"$insert_id\":\"") + 14);
    free(json);
    CU_ASSERT_EQUAL_FATAL(suprsend_event_body(&e, NULL, &json, &err), 0);
    CU_ASSERT_PTR_NULL(strstr(json, first));
    free(json);
    int calls = r.calls;
    e.event = "$custom";
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_track: event: '$custom': names starting with $ or ss_ are SuprSend's");
    e.event = "SS_internal";
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    e.event = " x ";
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_track: event: 'x': at least 2 characters");
    e.event = "ok";
    e.distinct_id = "   ";
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_ARG);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_track: distinct_id: required (the user's id)");
    e.distinct_id = "u";
    e.properties = "\"text\"";
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "suprsend_track: properties: not a JSON object");
    CU_ASSERT_EQUAL(r.calls, calls);
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

/* --- the workspace signature ------------------------------------------------------------- */

static void test_signature_vectors(void)
{
    /* Computed independently (Python's hmac, hashlib and base64) for these inputs. */
    char sig[SUPRSEND_SIGNATURE_LEN + 1];
    CU_ASSERT_EQUAL(suprsend_workspace_signature("ws_secret_0123456789", "POST", "{\"a\":1}", 7, "application/json",
                                                 "Mon, 02 Jan 2006 15:04:05 GMT", "/trigger/", sig),
                    0);
    CU_ASSERT_STRING_EQUAL(sig, "7uno1b57RD/0FOqyt5hzNMpM68sIZCehG6wMYUuiHWs=");
    CU_ASSERT_EQUAL(suprsend_workspace_signature("ws_secret_0123456789", "GET", NULL, 0, NULL, "Mon, 02 Jan 2006 15:04:05 GMT",
                                                 "/v1/tenant/acme/?x=1", sig),
                    0);
    CU_ASSERT_STRING_EQUAL(sig, "7lcZy5C75gBGvmNqOhI4J/0rRrpk1gsvi8ha+nfnwxI=");
    char date[SUPRSEND_HTTP_DATE_LEN + 1];
    suprsend_http_date((time_t)1136214245, date);
    CU_ASSERT_STRING_EQUAL(date, "Mon, 02 Jan 2006 15:04:05 GMT");
    CU_ASSERT_EQUAL(suprsend_workspace_signature(NULL, "GET", NULL, 0, NULL, date, "/", sig), APIC_E_ARG);
}

/* The signer signs what is sent: its Date, body, Content-Type and URI; a GET has no Content-Type. */
static void test_signed_requests(void)
{
    recorder r;
    apic_transport t = recorder_transport(&r, 202, "{}");
    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = "http://127.0.0.1:9/base";
    cfg.transport = &t;
    suprsend_workspace_signer *signer = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_use_workspace_signature(&cfg, "ws_key_0123456789abcdef", "ws-secret-never-shown", &signer,
                                                           &err),
                          0);
    CU_ASSERT_PTR_EQUAL(cfg.signer, (const apic_signer *)(const void *)signer);
    suprsend_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(suprsend_client_new(&cfg, &c, &err), 0);

    suprsend_event e;
    memset(&e, 0, sizeof e);
    e.distinct_id = "user-42";
    e.event = "signed_up";
    CU_ASSERT_EQUAL_FATAL(suprsend_track(c, &e, &err), 0);
    char date[64], auth[128], type[64], want[128], sig[SUPRSEND_SIGNATURE_LEN + 1];
    CU_ASSERT_PTR_NOT_NULL_FATAL(recorder_header(&r, "Date", date, sizeof date));
    CU_ASSERT_EQUAL(strlen(date), SUPRSEND_HTTP_DATE_LEN);
    CU_ASSERT_STRING_EQUAL(date + strlen(date) - 4, " GMT");
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Content-Type", type, sizeof type), "application/json");
    CU_ASSERT_EQUAL(suprsend_workspace_signature("ws-secret-never-shown", "POST", r.body, r.body_len, type, date,
                                                 "/base/event/", sig),
                    0);
    snprintf(want, sizeof want, "ws_key_0123456789abcdef:%s", sig);
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Authorization", auth, sizeof auth), want);
    CU_ASSERT_PTR_NULL(strstr(r.headers, "never-shown"));

    suprsend_get_tenant_params q = {"acme corp"};
    CU_ASSERT_EQUAL(suprsend_get_tenant(c, &q, NULL, &err), 0);
    CU_ASSERT_PTR_NULL(recorder_header(&r, "Content-Type", type, sizeof type));
    recorder_header(&r, "Date", date, sizeof date);
    CU_ASSERT_EQUAL(suprsend_workspace_signature("ws-secret-never-shown", "GET", NULL, 0, "", date, "/base/v1/tenant/acme%20corp/",
                                                 sig),
                    0);
    snprintf(want, sizeof want, "ws_key_0123456789abcdef:%s", sig);
    CU_ASSERT_STRING_EQUAL(recorder_header(&r, "Authorization", auth, sizeof auth), want);
    suprsend_client_free(c);
    suprsend_workspace_signer_free(signer);

    /* A bearer token as well would send two Authorization headers. */
    suprsend_config both = SUPRSEND_CONFIG_INIT;
    both.token = "api-key";
    CU_ASSERT_EQUAL(suprsend_use_workspace_signature(&both, "k", "s", &signer, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NULL(signer);
    CU_ASSERT_PTR_NULL(both.signer);
    suprsend_error_clear(&err);
}

/* The signer assumes every body goes as application/json: true of every operation of the SDK. */
static void test_every_body_is_json(void)
{
    for (size_t i = 0; i < suprsend_operation_count; i++) {
        const apic_operation *op = suprsend_operations[i];
        if (op->body == NULL) continue;
        CU_ASSERT_EQUAL(op->body_kind, APIC_BODY_JSON);
        CU_ASSERT_TRUE(op->body_media == NULL || strcmp(op->body_media, "application/json") == 0);
    }
}

/* --- against Prism (request validation on) ----------------------------------------------- */

static void test_prism_accepts_trigger_and_event(void)
{
    const char *url = getenv("PRISM_SUPRSEND_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = url;
    cfg.token = "api-key";
    cfg.retry.max_retries = APIC_NO_RETRY;
    suprsend_client *c = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_client_new(&cfg, &c, &err), 0);
    suprsend_attachment files[] = {{pdf, NULL, false}, {png, NULL, false}, {"https://example.com/terms.pdf", "terms.pdf", true}};
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice";
    t.recipients_json = "[{\"distinct_id\": \"user-42\", \"$email\": [\"user@example.com\"]}]";
    t.actor_json = "{\"distinct_id\": \"admin-1\"}";
    t.data = "{\"amount\": \"$49\"}";
    t.idempotency_key = "invoice-42";
    t.tenant_id = "acme";
    t.attachments = files;
    t.n_attachments = 3;
    suprsend_trigger_workflow_api_response *res = NULL;
    int rc = suprsend_trigger(c, &t, &res, &err);
    CU_ASSERT_EQUAL(rc, 0);
    if (rc != 0) fprintf(stderr, "trigger: %s %s\n", err.message, err.body != NULL ? err.body : "");
    CU_ASSERT_EQUAL(err.http_status, 202);
    suprsend_trigger_workflow_api_response_free(res);
    suprsend_event e;
    memset(&e, 0, sizeof e);
    e.distinct_id = "user-42";
    e.event = "report_ready";
    e.properties = "{\"month\": \"November\"}";
    e.idempotency_key = "report-11";
    e.tenant_id = "acme";
    e.attachments = files + 2;
    e.n_attachments = 1;
    rc = suprsend_track(c, &e, &err);
    CU_ASSERT_EQUAL(rc, 0);
    if (rc != 0) fprintf(stderr, "track: %s %s\n", err.message, err.body != NULL ? err.body : "");
    CU_ASSERT_EQUAL(err.http_status, 202);
    /* Prism refuses what breaks the spec: the check can fail. */
    e.properties = "{\"month\": 11}";
    CU_ASSERT_EQUAL(suprsend_track(c, &e, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 422);
    suprsend_error_clear(&err);
    suprsend_client_free(c);
}

static CU_TestInfo attachments[] = {
    {"pdf, png and text are typed by their content, sent in base64", test_attachments_are_typed_by_content},
    {"links, and attachments already in data", test_links_and_given_attachments},
    {"a 1 MB file is refused before sending, naming its size", test_a_1mb_file_is_refused_before_sending},
    {"a missing file is refused naming its path", test_a_missing_file_is_refused_naming_it},
    {"the 800 KB limit, at its byte", test_the_800kb_limit},
    CU_TEST_INFO_NULL,
};

static CU_TestInfo checks[] = {
    {"idempotency keys: 255 characters pass, 256 do not", test_idempotency_keys},
    {"durations", test_durations},
    CU_TEST_INFO_NULL,
};

static CU_TestInfo bodies[] = {
    {"a workflow trigger: every member", test_trigger_body},
    {"an event: every member", test_event_body},
    CU_TEST_INFO_NULL,
};

static CU_TestInfo signature[] = {
    {"fixed vectors", test_signature_vectors},
    {"the signer signs what is sent", test_signed_requests},
    {"every body of the SDK is JSON", test_every_body_is_json},
    CU_TEST_INFO_NULL,
};

static CU_TestInfo prism[] = {
    {"a trigger with attachments and an event pass Prism's validation", test_prism_accepts_trigger_and_event},
    CU_TEST_INFO_NULL,
};

static CU_SuiteInfo suites[] = {
    {"attachments", make_fixtures, NULL, NULL, NULL, attachments},
    {"checks", NULL, NULL, NULL, NULL, checks},
    {"bodies", NULL, NULL, NULL, NULL, bodies},
    {"workspace signature", NULL, NULL, NULL, NULL, signature},
    {"against Prism", NULL, remove_fixtures, NULL, NULL, prism},
    CU_SUITE_INFO_NULL,
};

int main(void)
{
    return cunit_run(suites);
}
