/* SuprSend user profile edits and bulk requests (spec/suprsend/c: user_edit.h, bulk.h). Most
 * tests send through a transport of their own that keeps every request and answers as told, so
 * the exact bodies can be checked: each edit call adds the operation the vendor's Node SDK adds
 * (UserEdit: $append/$remove of a channel with $id_provider, $set of $preferred_language, $unset
 * lists, ...), a refused call names its field and leaves the edit unsavable (nothing is sent), a
 * bulk of 250 workflows goes in 3 requests of at most 100, requests never pass 800 KB, a record
 * over its limit fails alone naming its index and size, and per-record answers (207) become
 * per-record results. Two tests go to Prism serving spec/suprsend/openapi.yaml (as its overlays
 * leave it), which validates the requests: a saved edit and the bulk of 250 workflows. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <suprsend/suprsend.h>

#include "cunit_run.h"

/* ---- a transport that keeps every request ---- */

#define MAX_REQUESTS 16

typedef struct captured {
    char method[8];
    char *url;
    char *body;
    size_t body_len;
} captured;

typedef struct capture {
    captured req[MAX_REQUESTS];
    int n;
    int status;          /* the answer to every request */
    const char *answer;  /* its body, or NULL: 202 {"message":"OK"}; "RECORDS" = 207 per-record results */
    int fail_request;    /* 1-based: that request is answered 500 (0: none) */
} capture;

/* A 207 answer for a bulk request: one result per record, the record whose "fail" member is true refused. */
static int per_record_answer(const apic_http_request *req, apic_buf *out)
{
    cJSON *recs = cJSON_ParseWithLength(req->body, req->body_len);
    int rc = apic_buf_puts(out, "{\"records\":[");
    int i = 0;
    for (const cJSON *r = recs != NULL ? recs->child : NULL; rc == 0 && r != NULL; r = r->next, i++) {
        const cJSON *data = cJSON_GetObjectItemCaseSensitive(r, "data");
        bool fail = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(data, "fail"));
        rc = apic_buf_printf(out, "%s%s", i > 0 ? "," : "",
                             fail ? "{\"status\":\"error\",\"status_code\":404,\"error\":{\"message\":\"workflow not found\"}}"
                                  : "{\"status\":\"success\",\"status_code\":202}");
    }
    cJSON_Delete(recs);
    return rc == 0 ? apic_buf_puts(out, "]}") : rc;
}

static int capture_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)err;
    capture *c = ctx;
    if (c->n == MAX_REQUESTS) return APIC_E_TRANSPORT;
    captured *k = &c->req[c->n++];
    snprintf(k->method, sizeof k->method, "%s", req->method);
    k->url = strdup(req->url);
    k->body = malloc(req->body_len + 1);
    if (k->url == NULL || k->body == NULL) return APIC_E_NOMEM;
    if (req->body_len > 0) memcpy(k->body, req->body, req->body_len);
    k->body[req->body_len] = '\0';
    k->body_len = req->body_len;
    if (c->fail_request == c->n) {
        res->status = 500;
        return apic_buf_puts(&res->body, "{\"message\":\"internal error\"}");
    }
    if (c->answer != NULL && strcmp(c->answer, "RECORDS") == 0) {
        res->status = 207;
        return per_record_answer(req, &res->body);
    }
    res->status = c->status != 0 ? c->status : 202;
    return apic_buf_puts(&res->body, c->answer != NULL ? c->answer : "{\"message\":\"OK\"}");
}

static void capture_clear(capture *c)
{
    for (int i = 0; i < c->n; i++) {
        free(c->req[i].url);
        free(c->req[i].body);
    }
    memset(c, 0, sizeof *c);
}

static apic_transport capture_transport;

static suprsend_client *client_with(capture *c)
{
    memset(c, 0, sizeof *c);
    capture_transport = (apic_transport){capture_send, NULL, c};
    suprsend_config cfg = APIC_CONFIG_INIT("https://hub.suprsend.test");
    cfg.token = "t0k-secret";
    cfg.transport = &capture_transport;
    cfg.retry.max_retries = APIC_NO_RETRY;
    suprsend_client *client = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_client_new(&cfg, &client, &err), 0);
    return client;
}

/* The path of a captured URL (after the host). */
static const char *path_of(const captured *k)
{
    const char *p = strstr(k->url, "://");
    p = p != NULL ? strchr(p + 3, '/') : NULL;
    return p != NULL ? p : "";
}

static void assert_json_equal(const char *got, const char *want)
{
    cJSON *g = cJSON_Parse(got), *w = cJSON_Parse(want);
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    CU_ASSERT_PTR_NOT_NULL_FATAL(w);
    bool same = cJSON_Compare(g, w, true);
    if (!same) fprintf(stderr, "\n  got:  %.2000s\n  want: %.2000s\n", got, want);
    CU_ASSERT_TRUE(same);
    cJSON_Delete(g);
    cJSON_Delete(w);
}

/* ---- user profile edits ---- */

static void test_every_edit_gives_the_node_sdk_operation(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    suprsend_user_edit *e = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_user_edit_new("  user-1729 ", &e, &err), 0);
    CU_ASSERT_STRING_EQUAL(suprsend_user_edit_distinct_id(e), "user-1729");
    CU_ASSERT_EQUAL(suprsend_user_edit_add_email(e, "ada@example.com", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_email(e, "old@example.com", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_add_sms(e, "+15555550100", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_sms(e, "+15555550101", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_add_whatsapp(e, "+15555550102", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_whatsapp(e, "+15555550103", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_add_androidpush(e, "fcm-token-1", "fcm", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_androidpush(e, "fcm-token-0", NULL, &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_add_iospush(e, "apns-token-1", "apns", "com.example.app", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_iospush(e, "apns-token-0", "apns", NULL, &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_add_webpush(e, "{\"endpoint\":\"https://push.example/1\",\"keys\":{\"p256dh\":\"k\",\"auth\":\"a\"}}",
                                                   "vapid", &err), 0);
    suprsend_slack_identity slack = {.email = "ada@example.com", .access_token = "xoxb-123"};
    CU_ASSERT_EQUAL(suprsend_user_edit_add_slack(e, &slack, &err), 0);
    suprsend_slack_identity hook = {.incoming_webhook_url = "https://hooks.slack.com/services/T/B/X"};
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_slack(e, &hook, &err), 0);
    suprsend_ms_teams_identity teams = {.tenant_id = "t-1", .service_url = "https://smba.trafficmanager.net/amer",
                                        .conversation_id = "19:abc"};
    CU_ASSERT_EQUAL(suprsend_user_edit_add_ms_teams(e, &teams, &err), 0);
    suprsend_ms_teams_identity teams_hook = {.incoming_webhook_url = "https://example.webhook.office.com/x"};
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_ms_teams(e, &teams_hook, &err), 0);
    const char *gone[] = {"$whatsapp", " legacy_id ", NULL};
    CU_ASSERT_EQUAL(suprsend_user_edit_unset(e, gone, &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_set_preferred_language(e, "fr", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_set_timezone(e, "America/New_York", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_set(e, "plan", "\"pro\"", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_set_once(e, "first_seen", "\"2026-01-02\"", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_increment(e, "logins", "1", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_append(e, "tags", "\"beta\"", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_remove(e, "tags", "\"alpha\"", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_count(e), 23);
    CU_ASSERT_PTR_NULL(suprsend_user_edit_refusal(e));
    CU_ASSERT_EQUAL(suprsend_user_edit_save(client, e, NULL, &err), 0);
    CU_ASSERT_EQUAL_FATAL(cap.n, 1);
    CU_ASSERT_STRING_EQUAL(cap.req[0].method, "PATCH");
    CU_ASSERT_STRING_EQUAL(path_of(&cap.req[0]), "/v1/user/user-1729/");
    assert_json_equal(cap.req[0].body, "{\"operations\":["
        "{\"$append\":{\"$email\":\"ada@example.com\"}},"
        "{\"$remove\":{\"$email\":\"old@example.com\"}},"
        "{\"$append\":{\"$sms\":\"+15555550100\"}},"
        "{\"$remove\":{\"$sms\":\"+15555550101\"}},"
        "{\"$append\":{\"$whatsapp\":\"+15555550102\"}},"
        "{\"$remove\":{\"$whatsapp\":\"+15555550103\"}},"
        "{\"$append\":{\"$androidpush\":\"fcm-token-1\",\"$id_provider\":\"fcm\"}},"
        "{\"$remove\":{\"$androidpush\":\"fcm-token-0\",\"$id_provider\":null}},"
        "{\"$append\":{\"$iospush\":\"apns-token-1\",\"$id_provider\":\"apns\",\"$bundle_id\":\"com.example.app\"}},"
        "{\"$remove\":{\"$iospush\":\"apns-token-0\",\"$id_provider\":\"apns\"}},"
        "{\"$append\":{\"$webpush\":{\"endpoint\":\"https://push.example/1\",\"keys\":{\"p256dh\":\"k\",\"auth\":\"a\"}},\"$id_provider\":\"vapid\"}},"
        "{\"$append\":{\"$slack\":{\"email\":\"ada@example.com\",\"access_token\":\"xoxb-123\"}}},"
        "{\"$remove\":{\"$slack\":{\"incoming_webhook\":{\"url\":\"https://hooks.slack.com/services/T/B/X\"}}}},"
        "{\"$append\":{\"$ms_teams\":{\"tenant_id\":\"t-1\",\"service_url\":\"https://smba.trafficmanager.net/amer\",\"conversation_id\":\"19:abc\"}}},"
        "{\"$remove\":{\"$ms_teams\":{\"incoming_webhook\":{\"url\":\"https://example.webhook.office.com/x\"}}}},"
        "{\"$unset\":[\"$whatsapp\",\"legacy_id\"]},"
        "{\"$set\":{\"$preferred_language\":\"fr\"}},"
        "{\"$set\":{\"$timezone\":\"America/New_York\"}},"
        "{\"$set\":{\"plan\":\"pro\"}},"
        "{\"$set_once\":{\"first_seen\":\"2026-01-02\"}},"
        "{\"$add\":{\"logins\":1}},"
        "{\"$append\":{\"tags\":\"beta\"}},"
        "{\"$remove\":{\"tags\":\"alpha\"}}]}");
    /* Saved again: the same request (the edit is unchanged). */
    CU_ASSERT_EQUAL(suprsend_user_edit_save(client, e, NULL, &err), 0);
    CU_ASSERT_EQUAL_FATAL(cap.n, 2);
    CU_ASSERT_STRING_EQUAL(cap.req[1].body, cap.req[0].body);
    suprsend_user_edit_free(e);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    capture_clear(&cap);
}

static void test_the_distinct_id_is_encoded_in_the_path(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    suprsend_user_edit *e = NULL;
    CU_ASSERT_EQUAL_FATAL(suprsend_user_edit_new("team a/ü", &e, NULL), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_save(client, e, NULL, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(cap.n, 1);
    CU_ASSERT_STRING_EQUAL(path_of(&cap.req[0]), "/v1/user/team%20a%2F%C3%BC/");
    CU_ASSERT_STRING_EQUAL(cap.req[0].body, "{\"operations\":[]}"); /* nothing edited: sent as the vendor's SDK sends it */
    suprsend_user_edit_free(e);
    suprsend_client_free(client);
    capture_clear(&cap);
}

/* Calls one refused edit function; returns its status and the message. */
typedef int (*edit_call)(suprsend_user_edit *e, suprsend_error *err);

static int bad_email(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_add_email(e, "ada@", err); }
static int bad_sms(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_add_sms(e, "5555550100", err); }
static int bad_whatsapp(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_remove_whatsapp(e, "+1 555", err); }
static int no_token(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_add_androidpush(e, "", "fcm", err); }
static int empty_provider(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_add_iospush(e, "tok", " ", NULL, err); }
static int webpush_not_object(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_add_webpush(e, "[1]", NULL, err); }
static int bad_language(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_set_preferred_language(e, "xx", err); }
static int upper_language(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_set_preferred_language(e, "EN", err); }
static int slack_two_targets(suprsend_user_edit *e, suprsend_error *err)
{
    suprsend_slack_identity s = {.email = "a@example.com", .user_id = "U1", .access_token = "xoxb-1"};
    return suprsend_user_edit_add_slack(e, &s, err);
}
static int slack_no_token(suprsend_user_edit *e, suprsend_error *err)
{
    suprsend_slack_identity s = {.channel_id = "C1"};
    return suprsend_user_edit_add_slack(e, &s, err);
}
static int teams_no_tenant(suprsend_user_edit *e, suprsend_error *err)
{
    suprsend_ms_teams_identity t = {.service_url = "https://smba.example", .user_id = "u1"};
    return suprsend_user_edit_add_ms_teams(e, &t, err);
}
static int teams_bad_url(suprsend_user_edit *e, suprsend_error *err)
{
    suprsend_ms_teams_identity t = {.incoming_webhook_url = "not a url"};
    return suprsend_user_edit_remove_ms_teams(e, &t, err);
}
static int empty_unset(suprsend_user_edit *e, suprsend_error *err)
{
    const char *keys[] = {NULL};
    return suprsend_user_edit_unset(e, keys, err);
}
static int channel_as_property(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_set(e, "$email", "\"a@b.co\"", err); }
static int language_as_property(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_set_once(e, "$preferred_language", "\"xx\"", err); }
static int blank_key(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_append(e, "  ", "1", err); }
static int bad_json(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_set(e, "plan", "pro", err); }
static int not_a_number(suprsend_user_edit *e, suprsend_error *err) { return suprsend_user_edit_increment(e, "logins", "\"1\"", err); }

static void test_a_bad_edit_is_refused_naming_its_field_and_nothing_is_sent(void)
{
    static const struct {
        edit_call call;
        const char *names; /* the message holds this */
    } cases[] = {
        {bad_email, "email: not an email address"},
        {bad_sms, "sms: not an E.164 phone number"},
        {bad_whatsapp, "whatsapp: not an E.164 phone number"},
        {no_token, "androidpush: required"},
        {empty_provider, "iospush.provider: empty"},
        {webpush_not_object, "webpush: not a JSON object"},
        {bad_language, "preferred_language: 'xx' is not an ISO 639-1 language code"},
        {upper_language, "preferred_language: 'EN'"},
        {slack_two_targets, "slack: give exactly one of email, user_id, channel_id or incoming_webhook_url (2 given)"},
        {slack_no_token, "slack.access_token: required"},
        {teams_no_tenant, "ms_teams.tenant_id: required"},
        {teams_bad_url, "ms_teams.incoming_webhook_url: not an absolute URL"},
        {empty_unset, "keys: at least one key is required"},
        {channel_as_property, "key: '$email' is a channel"},
        {language_as_property, "'$preferred_language' is set (and checked) by suprsend_user_edit_set_preferred_language"},
        {blank_key, "key: required"},
        {bad_json, "'plan': not one JSON value"},
        {not_a_number, "'logins': not a JSON number"},
    };
    capture cap;
    suprsend_client *client = client_with(&cap);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        suprsend_user_edit *e = NULL;
        suprsend_error err = {0};
        CU_ASSERT_EQUAL_FATAL(suprsend_user_edit_new("user-1", &e, &err), 0);
        CU_ASSERT_EQUAL(suprsend_user_edit_add_email(e, "ok@example.com", &err), 0);
        CU_ASSERT_EQUAL(cases[i].call(e, &err), APIC_E_VALIDATION);
        if (strstr(err.message, cases[i].names) == NULL) fprintf(stderr, "\n  case %zu: %s\n", i, err.message);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, cases[i].names));
        /* Personal data stays out of messages: the field is named, the address or number is not. */
        CU_ASSERT_PTR_NULL(strstr(err.message, "ada@"));
        CU_ASSERT_PTR_NULL(strstr(err.message, "5555550100"));
        CU_ASSERT_EQUAL(suprsend_user_edit_count(e), 1); /* the refused call recorded nothing */
        CU_ASSERT_PTR_NOT_NULL(suprsend_user_edit_refusal(e));
        /* A later good call still works, but the edit stays unsavable: nothing is sent. */
        CU_ASSERT_EQUAL(suprsend_user_edit_set(e, "plan", "\"pro\"", &err), 0);
        CU_ASSERT_EQUAL(suprsend_user_edit_save(client, e, NULL, &err), APIC_E_VALIDATION);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nothing was sent"));
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, cases[i].names));
        char *ops = NULL;
        CU_ASSERT_EQUAL(suprsend_user_edit_operations_json(e, &ops, &err), APIC_E_VALIDATION);
        CU_ASSERT_PTR_NULL(ops);
        suprsend_user_edit_free(e);
        suprsend_error_clear(&err);
    }
    CU_ASSERT_EQUAL(cap.n, 0);
    suprsend_error err = {0};
    suprsend_user_edit *e = NULL;
    CU_ASSERT_EQUAL(suprsend_user_edit_new(" \t", &e, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NULL(e);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "distinct_id: required"));
    CU_ASSERT_EQUAL(suprsend_user_edit_add_email(NULL, "a@example.com", &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(suprsend_user_edit_save(client, NULL, NULL, &err), APIC_E_ARG);
    suprsend_user_edit_free(NULL);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    capture_clear(&cap);
}

/* Every language of the list is taken, and a near miss is not. */
static void test_the_language_list(void)
{
    static const char *const some[] = {"aa", "en", "fr", "hi", "nb", "zh", "zu", "sw", "yo"};
    static const char *const not[] = {"", "e", "eng", "en-US", "iw", "zz", "jp", "xx"};
    suprsend_user_edit *e = NULL;
    CU_ASSERT_EQUAL_FATAL(suprsend_user_edit_new("u", &e, NULL), 0);
    for (size_t i = 0; i < sizeof some / sizeof some[0]; i++) {
        CU_ASSERT_EQUAL(suprsend_user_edit_set_preferred_language(e, some[i], NULL), 0);
    }
    CU_ASSERT_PTR_NULL(suprsend_user_edit_refusal(e));
    for (size_t i = 0; i < sizeof not / sizeof not[0]; i++) {
        suprsend_error err = {0};
        CU_ASSERT_EQUAL(suprsend_user_edit_set_preferred_language(e, not[i], &err), APIC_E_VALIDATION);
    }
    CU_ASSERT_EQUAL(suprsend_user_edit_count(e), sizeof some / sizeof some[0]);
    suprsend_user_edit_free(e);
}

static void test_an_edit_over_800_kb_is_refused_naming_its_size(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    size_t n = 900 * 1024;
    char *big = malloc(n + 3);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    big[0] = '"';
    memset(big + 1, 'x', n);
    big[n + 1] = '"';
    big[n + 2] = '\0';
    suprsend_user_edit *e = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_user_edit_new("user-1", &e, &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_set(e, "notes", big, &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_save(client, e, NULL, &err), APIC_E_VALIDATION);
    char want[96];
    snprintf(want, sizeof want, "the body is %zu bytes", n + 2 + strlen("{\"operations\":[{\"$set\":{\"notes\":}}]}"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, want));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "800 KB"));
    CU_ASSERT_EQUAL(cap.n, 0);
    free(big);
    suprsend_user_edit_free(e);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    capture_clear(&cap);
}

static suprsend_client *client_at_prism(void)
{
    const char *url = getenv("PRISM_SUPRSEND_URL");
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    suprsend_config cfg = APIC_CONFIG_INIT(url);
    cfg.token = "prism-token";
    cfg.retry.max_retries = APIC_NO_RETRY;
    suprsend_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(suprsend_client_new(&cfg, &c, NULL), 0);
    return c;
}

/* Prism checks the PATCH against the spec (its operations' members are maps of strings there:
 * the edits whose values are strings) and answers with the documented profile. */
static void test_a_saved_edit_is_accepted_by_prism(void)
{
    suprsend_client *client = client_at_prism();
    suprsend_user_edit *e = NULL;
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_user_edit_new("user-1729", &e, &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_add_email(e, "ada@example.com", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_add_sms(e, "+15555550100", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_remove_whatsapp(e, "+15555550102", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_set_preferred_language(e, "en", &err), 0);
    CU_ASSERT_EQUAL(suprsend_user_edit_set(e, "plan", "\"pro\"", &err), 0);
    const char *gone[] = {"$slack", "legacy_id", NULL};
    CU_ASSERT_EQUAL(suprsend_user_edit_unset(e, gone, &err), 0);
    suprsend_edit_user_profile_response *profile = NULL;
    int rc = suprsend_user_edit_save(client, e, &profile, &err);
    if (rc != 0) fprintf(stderr, "\n  %s (HTTP %d)\n", err.message, err.http_status);
    CU_ASSERT_EQUAL(rc, 0);
    CU_ASSERT_PTR_NOT_NULL(profile);
    suprsend_edit_user_profile_response_free(profile);
    suprsend_user_edit_free(e);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
}

/* ---- bulk ---- */

#define WORKFLOWS 250

typedef struct texts {
    char *items[1024];
    size_t n;
} texts;

static void texts_clear(texts *t)
{
    for (size_t i = 0; i < t->n; i++) free(t->items[i]);
    t->n = 0;
}

static void add_text(texts *t, const char *fmt, size_t i, const char *extra)
{
    size_t need = strlen(fmt) + strlen(extra) + 32;
    t->items[t->n] = malloc(need);
    snprintf(t->items[t->n], need, fmt, i, extra);
    t->n++;
}

static void workflows(texts *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        /* As Prism takes them: the spec's recipients are objects, its data values strings. */
        add_text(t, "{\"workflow\":\"welcome\",\"recipients\":[{\"distinct_id\":\"user-%zu\"}],\"data\":{\"n\":\"1%s\"}}", i, "");
    }
}

/* The records of request k, parsed. */
static cJSON *records_of(const capture *cap, int k)
{
    cJSON *a = cJSON_ParseWithLength(cap->req[k].body, cap->req[k].body_len);
    CU_ASSERT_TRUE(cJSON_IsArray(a));
    return a;
}

static void test_250_workflows_go_in_3_requests_of_at_most_100(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    texts t = {0};
    workflows(&t, WORKFLOWS);
    apic_bulk_report rep = {0};
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_trigger_workflows(client, (const char *const *)t.items, t.n, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.requests, 3);
    CU_ASSERT_EQUAL(rep.n, WORKFLOWS);
    CU_ASSERT_EQUAL(rep.ok, WORKFLOWS);
    CU_ASSERT_EQUAL(rep.failed, 0);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_SUCCESS);
    CU_ASSERT_STRING_EQUAL(suprsend_bulk_status(&rep), "success");
    CU_ASSERT_EQUAL(err.kind, APIC_OK);
    CU_ASSERT_EQUAL_FATAL(cap.n, 3);
    static const int sizes[] = {100, 100, 50};
    int seen = 0;
    for (int k = 0; k < 3; k++) {
        CU_ASSERT_STRING_EQUAL(cap.req[k].method, "POST");
        CU_ASSERT_STRING_EQUAL(path_of(&cap.req[k]), "/trigger/");
        cJSON *a = records_of(&cap, k);
        CU_ASSERT_EQUAL(cJSON_GetArraySize(a), sizes[k]);
        /* In order, each record as given. */
        for (const cJSON *r = a != NULL ? a->child : NULL; r != NULL; r = r->next, seen++) {
            char want[32];
            snprintf(want, sizeof want, "user-%d", seen);
            const cJSON *to = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(r, "recipients"), 0);
            const cJSON *id = cJSON_GetObjectItemCaseSensitive(to, "distinct_id");
            CU_ASSERT_TRUE(cJSON_IsString(id) && strcmp(id->valuestring, want) == 0);
        }
        cJSON_Delete(a);
    }
    CU_ASSERT_EQUAL(seen, WORKFLOWS);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);
    texts_clear(&t);
    suprsend_client_free(client);
    capture_clear(&cap);
}

/* Large workflows are cut by size: 20 of 50,000 bytes (each counted with the 200 bytes SuprSend
 * adds) make 16 + 4, no request over 800 KB. */
static void test_large_workflows_are_cut_at_800_kb(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    char *pad = malloc(50001);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pad);
    texts t = {0};
    const char *fmt = "{\"workflow\":\"welcome\",\"recipients\":[\"user-%zu\"],\"data\":{\"pad\":\"%s\"}}";
    size_t frame = strlen(fmt); /* the text around the pad: less "%zu" and "%s", plus an index of 5 digits */
    memset(pad, 'p', 50000 - frame);
    pad[50000 - frame] = '\0';
    for (size_t i = 10000; i < 10020; i++) add_text(&t, fmt, i, pad);
    CU_ASSERT_EQUAL(strlen(t.items[0]), 50000);
    apic_bulk_report rep = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_trigger_workflows(client, (const char *const *)t.items, t.n, &rep, NULL), 0);
    CU_ASSERT_EQUAL(rep.requests, 2);
    CU_ASSERT_EQUAL(rep.ok, 20);
    CU_ASSERT_EQUAL_FATAL(cap.n, 2);
    cJSON *a = records_of(&cap, 0), *b = records_of(&cap, 1);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(a), 16);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(b), 4);
    for (int k = 0; k < 2; k++) CU_ASSERT_TRUE(cap.req[k].body_len <= SUPRSEND_BODY_MAX_BYTES);
    cJSON_Delete(a);
    cJSON_Delete(b);
    free(pad);
    apic_bulk_report_clear(&rep);
    texts_clear(&t);
    suprsend_client_free(client);
    capture_clear(&cap);
}

/* Bad records fail alone, unsent, naming their index and what is wrong; the rest are sent. */
static void test_bad_workflows_fail_alone(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    texts t = {0};
    workflows(&t, 3);
    add_text(&t, "{\"recipients\":[\"user-%zu\"]%s}", 3, "");                                /* 3: no workflow */
    add_text(&t, "{\"workflow\":\"w%zu\",\"recipients\":[]%s}", 4, "");                      /* 4: nobody */
    add_text(&t, "[\"not an object %zu\"%s]", 5, "");                                           /* 5 */
    add_text(&t, "{\"workflow\":\"w\",\"recipients\":[\"u\"],\"data\":[%zu]%s}", 6, "");     /* 6: data not an object */
    char *key = malloc(300);
    memset(key, 'k', 299);
    key[299] = '\0';
    add_text(&t, "{\"workflow\":\"w\",\"recipients\":[\"u-%zu\"],\"$idempotency_key\":\"%s\"}", 7, key); /* 7 */
    free(key);
    size_t n = 900 * 1024;
    char *big = malloc(n + 1);
    memset(big, 'b', n);
    big[n] = '\0';
    add_text(&t, "{\"workflow\":\"w\",\"recipients\":[\"u-%zu\"],\"data\":{\"b\":\"%s\"}}", 8, big); /* 8: too large */
    free(big);
    size_t big_len = strlen(t.items[8]);
    add_text(&t, "{\"workflow\":\"w\",\"recipients\":\"user-%zu\"%s}", 9, "");               /* 9: recipients not an array */
    const char *items[11];
    for (size_t i = 0; i < t.n; i++) items[i] = t.items[i];
    items[10] = NULL; /* 10 */
    apic_bulk_report rep = {0};
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_trigger_workflows(client, items, 11, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.requests, 1);
    CU_ASSERT_EQUAL(rep.ok, 3);
    CU_ASSERT_EQUAL(rep.failed, 8);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_PARTIAL);
    CU_ASSERT_STRING_EQUAL(suprsend_bulk_status(&rep), "partial");
    CU_ASSERT_EQUAL(err.kind, APIC_E_VALIDATION); /* the first failure */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "workflows[3]"));
    char size_msg[96];
    snprintf(size_msg, sizeof size_msg, "workflows[8]: %zu bytes", big_len + SUPRSEND_WORKFLOW_RUNTIME_BYTES);
    const char *want[] = {NULL, NULL, NULL,
                          "workflows[3].workflow: required member is missing",
                          "workflows[4].recipients: at least one recipient is required",
                          "workflows[5]: not a JSON object",
                          "workflows[6].data: not a JSON object",
                          "workflows[7]: $idempotency_key: 299 characters, at most 255",
                          size_msg,
                          "workflows[9]",
                          "workflows[10]: NULL"};
    for (size_t i = 0; i < 11; i++) {
        if (want[i] == NULL) {
            CU_ASSERT_EQUAL(rep.records[i].state, APIC_BULK_OK);
            continue;
        }
        CU_ASSERT_EQUAL(rep.records[i].state, APIC_BULK_FAILED);
        CU_ASSERT_EQUAL(rep.records[i].status, 0); /* never sent */
        const char *msg = rep.records[i].error != NULL ? rep.records[i].error : "";
        if (strstr(msg, want[i]) == NULL || strstr(msg, "not sent") == NULL) fprintf(stderr, "\n  %zu: %.300s\n", i, msg);
        CU_ASSERT_PTR_NOT_NULL(strstr(msg, want[i]));
        CU_ASSERT_PTR_NOT_NULL(strstr(msg, "not sent"));
    }
    CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[8].error, "819198-byte limit"));
    CU_ASSERT_EQUAL_FATAL(cap.n, 1);
    cJSON *a = records_of(&cap, 0);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(a), 3);
    cJSON_Delete(a);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);
    texts_clear(&t);
    suprsend_client_free(client);
    capture_clear(&cap);
}

/* The server's per-record answers (207) and a failed request become per-record results. */
static void test_per_record_results(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    texts t = {0};
    for (size_t i = 0; i < 150; i++) {
        add_text(&t, "{\"workflow\":\"w\",\"recipients\":[\"u-%zu\"],\"data\":{\"fail\":%s}}", i, i % 50 == 7 ? "true" : "false");
    }
    cap.answer = "RECORDS";
    apic_bulk_report rep = {0};
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_trigger_workflows(client, (const char *const *)t.items, t.n, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.requests, 2);
    CU_ASSERT_EQUAL(rep.failed, 3);
    CU_ASSERT_EQUAL(rep.ok, 147);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_PARTIAL);
    for (size_t i = 0; i < 150; i++) {
        bool failed = i % 50 == 7;
        CU_ASSERT_EQUAL(rep.records[i].state, failed ? APIC_BULK_FAILED : APIC_BULK_OK);
        if (failed) {
            CU_ASSERT_EQUAL(rep.records[i].status, 404);
            CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[i].error, "workflow not found"));
        }
    }
    CU_ASSERT_EQUAL(err.http_status, 404);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "workflows[7]: workflow not found"));
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);

    /* The second of three requests fails (500, no retry): its 100 records fail, the rest succeed. */
    capture_clear(&cap);
    cap.fail_request = 2;
    texts_clear(&t);
    workflows(&t, WORKFLOWS);
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_trigger_workflows(client, (const char *const *)t.items, t.n, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.requests, 3);
    CU_ASSERT_EQUAL(rep.ok, 150);
    CU_ASSERT_EQUAL(rep.failed, 100);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_PARTIAL);
    CU_ASSERT_EQUAL(rep.records[99].state, APIC_BULK_OK);
    CU_ASSERT_EQUAL(rep.records[100].state, APIC_BULK_FAILED);
    CU_ASSERT_EQUAL(rep.records[100].status, 500);
    CU_ASSERT_EQUAL(rep.records[199].status, 500);
    CU_ASSERT_EQUAL(rep.records[200].state, APIC_BULK_OK);
    CU_ASSERT_EQUAL(err.http_status, 500);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);

    /* Every request fails: "fail". */
    capture_clear(&cap);
    cap.status = 401;
    cap.answer = "{\"message\":\"bad key\"}";
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_trigger_workflows(client, (const char *const *)t.items, 10, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_FAIL);
    CU_ASSERT_STRING_EQUAL(suprsend_bulk_status(&rep), "fail");
    CU_ASSERT_EQUAL(rep.failed, 10);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);

    /* Nothing to send: success, no request. */
    capture_clear(&cap);
    CU_ASSERT_EQUAL(suprsend_bulk_trigger_workflows(client, NULL, 0, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_SUCCESS);
    CU_ASSERT_EQUAL(rep.requests, 0);
    CU_ASSERT_EQUAL(cap.n, 0);
    CU_ASSERT_EQUAL(suprsend_bulk_trigger_workflows(NULL, NULL, 0, &rep, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(suprsend_bulk_trigger_workflows(client, NULL, 3, &rep, &err), APIC_E_ARG);
    CU_ASSERT_STRING_EQUAL(suprsend_bulk_status(NULL), "");
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);
    texts_clear(&t);
    suprsend_client_free(client);
    capture_clear(&cap);
}

static void test_events_go_in_requests_of_at_most_100(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    texts t = {0};
    for (size_t i = 0; i < 150; i++) {
        add_text(&t, "{\"distinct_id\":\"user-%zu\",\"event\":\"order_shipped\",\"properties\":{\"n\":1%s}}", i, "");
    }
    add_text(&t, "{\"distinct_id\":\"user-%zu\"%s}", 150, "");                           /* no event */
    add_text(&t, "{\"distinct_id\":\"user-%zu\",\"event\":\"e\",\"properties\":7%s}", 151, ""); /* properties not an object */
    apic_bulk_report rep = {0};
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_track_events(client, (const char *const *)t.items, t.n, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.requests, 2);
    CU_ASSERT_EQUAL(rep.ok, 150);
    CU_ASSERT_EQUAL(rep.failed, 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[150].error, "events[150].event: required member is missing"));
    CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[151].error, "events[151].properties: not a JSON object"));
    CU_ASSERT_EQUAL_FATAL(cap.n, 2);
    CU_ASSERT_STRING_EQUAL(path_of(&cap.req[0]), "/event/");
    cJSON *a = records_of(&cap, 0), *b = records_of(&cap, 1);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(a), 100);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(b), 50);
    cJSON_Delete(a);
    cJSON_Delete(b);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);
    texts_clear(&t);
    suprsend_client_free(client);
    capture_clear(&cap);
}

#define USERS 403

static void test_users_go_as_identity_records(void)
{
    capture cap;
    suprsend_client *client = client_with(&cap);
    suprsend_user_edit *users[USERS];
    for (size_t i = 0; i < USERS; i++) {
        char id[32];
        snprintf(id, sizeof id, "user-%zu", i);
        CU_ASSERT_EQUAL_FATAL(suprsend_user_edit_new(id, &users[i], NULL), 0);
        CU_ASSERT_EQUAL(suprsend_user_edit_add_email(users[i], "ada@example.com", NULL), 0);
        CU_ASSERT_EQUAL(suprsend_user_edit_set_preferred_language(users[i], "en", NULL), 0);
    }
    /* users[1] has a refused call; users[2] is over 10 KB. */
    CU_ASSERT_EQUAL(suprsend_user_edit_set_preferred_language(users[1], "xx", NULL), APIC_E_VALIDATION);
    char big[11 * 1024];
    memset(big, 'n', sizeof big - 3);
    big[0] = '"';
    big[sizeof big - 3] = '"';
    big[sizeof big - 2] = '\0';
    CU_ASSERT_EQUAL(suprsend_user_edit_set(users[2], "notes", big, NULL), 0);
    apic_bulk_report rep = {0};
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_save_users(client, (const suprsend_user_edit *const *)users, USERS, "ws-key", &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.n, USERS);
    CU_ASSERT_EQUAL(rep.failed, 2);
    CU_ASSERT_EQUAL(rep.ok, USERS - 2);
    CU_ASSERT_EQUAL(rep.requests, 2); /* 400 + 1 */
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_PARTIAL);
    CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[1].error, "users[1]: suprsend_user_edit_set_preferred_language: preferred_language: 'xx'"));
    CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[2].error, "users[2]: "));
    CU_ASSERT_PTR_NOT_NULL(strstr(rep.records[2].error, "bytes, over the 10240-byte limit of one record; not sent"));
    CU_ASSERT_EQUAL(rep.records[2].status, 0);
    CU_ASSERT_EQUAL_FATAL(cap.n, 2);
    CU_ASSERT_STRING_EQUAL(path_of(&cap.req[0]), "/event/");
    cJSON *a = records_of(&cap, 0), *b = records_of(&cap, 1);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(a), 400);
    CU_ASSERT_EQUAL(cJSON_GetArraySize(b), 1);
    const cJSON *r = cJSON_GetArrayItem(a, 0);
    CU_ASSERT_STRING_EQUAL(cJSON_GetObjectItemCaseSensitive(r, "$schema")->valuestring, "2");
    CU_ASSERT_STRING_EQUAL(cJSON_GetObjectItemCaseSensitive(r, "env")->valuestring, "ws-key");
    CU_ASSERT_STRING_EQUAL(cJSON_GetObjectItemCaseSensitive(r, "distinct_id")->valuestring, "user-0");
    CU_ASSERT_EQUAL(strlen(cJSON_GetObjectItemCaseSensitive(r, "$insert_id")->valuestring), 36);
    CU_ASSERT_TRUE(cJSON_GetObjectItemCaseSensitive(r, "$time")->valuedouble > 1.7e12);
    CU_ASSERT_PTR_NOT_NULL(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(r, "properties"), "$ss_sdk_version"));
    char *ops = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(r, "$user_operations"));
    assert_json_equal(ops, "[{\"$append\":{\"$email\":\"ada@example.com\"}},{\"$set\":{\"$preferred_language\":\"en\"}}]");
    free(ops);
    /* In order, the refused ones left out: the second record is users[3]. */
    CU_ASSERT_STRING_EQUAL(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(a, 1), "distinct_id")->valuestring, "user-3");
    CU_ASSERT_STRING_EQUAL(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(b, 0), "distinct_id")->valuestring, "user-402");
    cJSON_Delete(a);
    cJSON_Delete(b);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);
    /* Without a workspace key no env is sent. */
    capture_clear(&cap);
    CU_ASSERT_EQUAL(suprsend_bulk_save_users(client, (const suprsend_user_edit *const *)users + 3, 1, NULL, &rep, &err), 0);
    CU_ASSERT_EQUAL_FATAL(cap.n, 1);
    a = records_of(&cap, 0);
    CU_ASSERT_PTR_NULL(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(a, 0), "env"));
    cJSON_Delete(a);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);
    for (size_t i = 0; i < USERS; i++) suprsend_user_edit_free(users[i]);
    suprsend_client_free(client);
    capture_clear(&cap);
}

static void test_250_workflows_are_accepted_by_prism(void)
{
    suprsend_client *client = client_at_prism();
    texts t = {0};
    workflows(&t, WORKFLOWS);
    apic_bulk_report rep = {0};
    suprsend_error err = {0};
    CU_ASSERT_EQUAL_FATAL(suprsend_bulk_trigger_workflows(client, (const char *const *)t.items, t.n, &rep, &err), 0);
    if (rep.failed > 0) fprintf(stderr, "\n  first failure: %s\n  %.400s\n", err.message, err.body != NULL ? err.body : "");
    CU_ASSERT_EQUAL(rep.requests, 3);
    CU_ASSERT_EQUAL(rep.ok, WORKFLOWS);
    CU_ASSERT_EQUAL(rep.overall, APIC_BULK_SUCCESS);
    apic_bulk_report_clear(&rep);
    suprsend_error_clear(&err);
    texts_clear(&t);
    suprsend_client_free(client);
}

int main(void)
{
    CU_TestInfo edits[] = {
        {"every edit gives the Node SDK's operation", test_every_edit_gives_the_node_sdk_operation},
        {"the distinct_id is encoded in the path", test_the_distinct_id_is_encoded_in_the_path},
        {"a bad edit is refused naming its field; nothing is sent", test_a_bad_edit_is_refused_naming_its_field_and_nothing_is_sent},
        {"the ISO 639-1 list", test_the_language_list},
        {"an edit over 800 KB is refused naming its size", test_an_edit_over_800_kb_is_refused_naming_its_size},
        {"a saved edit is accepted by Prism", test_a_saved_edit_is_accepted_by_prism},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo bulk[] = {
        {"250 workflows go in 3 requests of at most 100", test_250_workflows_go_in_3_requests_of_at_most_100},
        {"large workflows are cut at 800 KB", test_large_workflows_are_cut_at_800_kb},
        {"bad workflows fail alone, naming index and field", test_bad_workflows_fail_alone},
        {"per-record results", test_per_record_results},
        {"events go in requests of at most 100", test_events_go_in_requests_of_at_most_100},
        {"users go as identity records, 400 a request, 10 KB each", test_users_go_as_identity_records},
        {"250 workflows are accepted by Prism", test_250_workflows_are_accepted_by_prism},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"suprsend user edits", NULL, NULL, NULL, NULL, edits},
        {"suprsend bulk", NULL, NULL, NULL, NULL, bulk},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
