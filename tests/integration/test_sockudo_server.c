/* The Sockudo SDK against tests/servers/pusher_server.py, a server of the Pusher Channels HTTP API
 * that checks every request's signature the way Sockudo does (Python's hmac and hashlib, not our
 * C) and keeps a journal of what it accepted and refused: events triggered one at a time, in a
 * batch and to a user, and the generated channel, presence and user operations are signed and
 * accepted (the client made for the app fills in app_id); a retried idempotency key is answered
 * once; and the server's check can fail: a client with the wrong secret, a body or a signature
 * changed in transit, a signed URL that is too old are refused with 401, while the runtime's own
 * checks refuse what the servers would before anything is sent. */
#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sockudo/sockudo.h>

#include "cunit_run.h"

static const char *server, *app_id, *key, *secret;
static int port;

static int setup(void)
{
    server = getenv("PUSHER_SERVER_URL");
    app_id = getenv("PUSHER_APP_ID");
    key = getenv("PUSHER_KEY");
    secret = getenv("PUSHER_SECRET");
    const char *colon = server != NULL ? strrchr(server, ':') : NULL;
    port = colon != NULL ? atoi(colon + 1) : 0;
    if (server == NULL || app_id == NULL || key == NULL || secret == NULL || port <= 0) {
        fprintf(stderr, "PUSHER_SERVER_URL, PUSHER_APP_ID, PUSHER_KEY and PUSHER_SECRET are needed "
                        "(tests/integration/with-servers.sh sets them)\n");
        return 1;
    }
    return curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK;
}

static int teardown(void)
{
    curl_global_cleanup();
    return 0;
}

/* -- plain HTTP, for the journal and for signed URLs ----------------------------------------- */
static size_t collect(char *data, size_t size, size_t n, void *ctx)
{
    apic_buf *b = ctx;
    return apic_buf_append(b, data, size * n) == 0 ? size * n : 0;
}

/* Sends method to url (with body when not NULL); returns the status, the body in *out (free() it). */
static long http(const char *method, const char *url, const char *body, char **out)
{
    apic_buf b = {0};
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &b);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
    struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    if (body != NULL) curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
    long status = 0;
    if (curl_easy_perform(h) == CURLE_OK) curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
    if (out != NULL) {
        *out = apic_buf_steal(&b);
    } else {
        apic_buf_free(&b);
    }
    return status;
}

/* The server's journal: {"entries": [...]}. */
static cJSON *journal(void)
{
    char url[300], *text = NULL;
    snprintf(url, sizeof url, "%s/journal", server);
    CU_ASSERT_EQUAL(http("GET", url, NULL, &text), 200);
    cJSON *doc = text != NULL ? cJSON_Parse(text) : NULL;
    free(text);
    CU_ASSERT_PTR_NOT_NULL(doc);
    return doc;
}

static int journal_size(void)
{
    cJSON *doc = journal();
    int n = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(doc, "entries"));
    cJSON_Delete(doc);
    return n;
}

/* A copy of the last journal entry (cJSON_Delete() it). */
static cJSON *last_entry(void)
{
    cJSON *doc = journal();
    cJSON *entries = cJSON_GetObjectItemCaseSensitive(doc, "entries");
    cJSON *last = cJSON_Duplicate(cJSON_GetArrayItem(entries, cJSON_GetArraySize(entries) - 1), true);
    cJSON_Delete(doc);
    CU_ASSERT_PTR_NOT_NULL(last);
    return last;
}

/* How many journal entries carry idempotency key k (in the X-Idempotency-Key header or the body). */
static int entries_with_key(const char *k, int *replays)
{
    cJSON *doc = journal(), *e;
    int n = 0;
    *replays = 0;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(doc, "entries"))
    {
        const char *header = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "idempotency_key"));
        bool in_body = false;
        const cJSON *b;
        cJSON_ArrayForEach(b, cJSON_GetObjectItemCaseSensitive(e, "body_idempotency_keys"))
        {
            in_body = in_body || strcmp(cJSON_GetStringValue(b), k) == 0;
        }
        if ((header != NULL && strcmp(header, k) == 0) || in_body) {
            n++;
            *replays += cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "replay"));
        }
    }
    cJSON_Delete(doc);
    return n;
}

static const char *entry_string(const cJSON *e, const char *name)
{
    const char *s = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, name));
    return s != NULL ? s : "";
}

static bool entry_has(const cJSON *e, const char *list, const char *value)
{
    const cJSON *v;
    cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(e, list))
    {
        if (cJSON_IsString(v) && strcmp(v->valuestring, value) == 0) return true;
    }
    return false;
}

/* -- clients ---------------------------------------------------------------------------------- */
static sockudo_client *app_client(const char *the_secret, const apic_transport *transport)
{
    apic_pusher_app app = {app_id, key, the_secret, "127.0.0.1", port, false, NULL};
    sockudo_config cfg = SOCKUDO_CONFIG_INIT;
    cfg.retry.max_retries = APIC_NO_RETRY;
    cfg.transport = transport;
    sockudo_client *c = NULL;
    sockudo_error err = {0};
    int rc = sockudo_client_new_app(&app, &cfg, &c, &err);
    if (rc != 0) fprintf(stderr, "sockudo_client_new_app: %s\n", err.message);
    CU_ASSERT_EQUAL(rc, 0);
    sockudo_error_clear(&err);
    return c;
}

static void unique_key(char *out, size_t n, const char *what)
{
    static int seq;
    snprintf(out, n, "sockudo-test-%ld-%s-%d", (long)getpid(), what, ++seq);
}

/* -- accepted --------------------------------------------------------------------------------- */
static void test_a_signed_trigger_is_accepted_once_per_idempotency_key(void)
{
    sockudo_client *c = app_client(secret, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    char k[96];
    unique_key(k, sizeof k, "trigger");
    const char *channels[] = {"orders"};
    apic_pusher_trigger_options opts = {NULL, "subscription_count", k};
    sockudo_trigger_result *res = NULL;
    sockudo_error err = {0};
    int rc = sockudo_trigger(c, channels, 1, "order.created", "{\"id\":\"ord_123\"}", &opts, &res, &err);
    if (rc != 0) fprintf(stderr, "sockudo_trigger: %s (HTTP %d) %s\n", err.message, err.http_status, err.body ? err.body : "");
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(res);
    CU_ASSERT_TRUE(res->has_channels);
    CU_ASSERT_EQUAL_FATAL(res->channels.count, 1);
    CU_ASSERT_STRING_EQUAL(res->channels.keys[0], "orders");
    CU_ASSERT_TRUE(res->channels.values[0].has_subscription_count);
    CU_ASSERT_EQUAL(res->channels.values[0].subscription_count, 4);
    sockudo_trigger_result_free(res);

    cJSON *e = last_entry();
    CU_ASSERT_TRUE(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "accepted")));
    char path[256];
    snprintf(path, sizeof path, "/apps/%s/events", app_id);
    CU_ASSERT_STRING_EQUAL(entry_string(e, "path"), path);
    CU_ASSERT_STRING_EQUAL(entry_string(e, "idempotency_key"), k); /* the X-Idempotency-Key header */
    CU_ASSERT_TRUE(entry_has(e, "body_idempotency_keys", k));      /* and the body's */
    CU_ASSERT_TRUE(entry_has(e, "event_names", "order.created"));
    CU_ASSERT_TRUE(entry_has(e, "channels", "orders"));
    cJSON_Delete(e);

    /* The caller retries with the same key: the server answers as the first time, publishing once. */
    res = NULL;
    CU_ASSERT_EQUAL(sockudo_trigger(c, channels, 1, "order.created", "{\"id\":\"ord_123\"}", &opts, &res, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(res);
    if (res != NULL) CU_ASSERT_EQUAL(res->channels.count, 1);
    sockudo_trigger_result_free(res);
    int replays = 0;
    CU_ASSERT_EQUAL(entries_with_key(k, &replays), 2);
    CU_ASSERT_EQUAL(replays, 1);
    sockudo_error_clear(&err);
    sockudo_client_free(c);
}

static void test_a_batch_and_an_event_to_a_user_are_accepted(void)
{
    sockudo_client *c = app_client(secret, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    char k1[96], k2[96];
    unique_key(k1, sizeof k1, "batch");
    unique_key(k2, sizeof k2, "batch");
    apic_pusher_event events[] = {
        {"orders", "order.created", "{\"id\":\"ord_124\"}", NULL, "subscription_count", k1},
        {"presence-lobby", "order.paid", "{\"id\":\"ord_124\"}", "1234.5678", NULL, k2},
    };
    sockudo_batch_result *batch = NULL;
    sockudo_error err = {0};
    int rc = sockudo_trigger_batch(c, events, 2, &batch, &err);
    if (rc != 0) fprintf(stderr, "sockudo_trigger_batch: %s (HTTP %d)\n", err.message, err.http_status);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(batch);
    CU_ASSERT_EQUAL_FATAL(batch->batch.count, 2);
    CU_ASSERT_EQUAL(batch->batch.items[0].subscription_count, 4);
    CU_ASSERT_FALSE(batch->batch.items[1].has_subscription_count);
    sockudo_batch_result_free(batch);
    cJSON *e = last_entry();
    char path[256];
    snprintf(path, sizeof path, "/apps/%s/batch_events", app_id);
    CU_ASSERT_STRING_EQUAL(entry_string(e, "path"), path);
    CU_ASSERT_TRUE(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "accepted")));
    CU_ASSERT_TRUE(entry_has(e, "body_idempotency_keys", k1));
    CU_ASSERT_TRUE(entry_has(e, "body_idempotency_keys", k2));
    CU_ASSERT_TRUE(entry_has(e, "channels", "presence-lobby"));
    cJSON_Delete(e);

    sockudo_trigger_result *res = NULL;
    rc = sockudo_send_to_user(c, "user-42", "account.locked", "{}", &res, &err);
    CU_ASSERT_EQUAL(rc, 0);
    sockudo_trigger_result_free(res);
    e = last_entry();
    CU_ASSERT_TRUE(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "accepted")));
    CU_ASSERT_TRUE(entry_has(e, "channels", "#server-to-user-user-42"));
    cJSON_Delete(e);
    sockudo_error_clear(&err);
    sockudo_client_free(c);
}

/* The generated operations, app_id left unset: the client made for the app fills it in. */
static void test_channel_state_and_users_operations_are_accepted(void)
{
    sockudo_client *c = app_client(secret, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    sockudo_error err = {0};
    int before = journal_size();

    sockudo_channels_list_params lq = {.filter_by_prefix = "presence-", .info = "user_count"};
    sockudo_channel_list *list = NULL;
    CU_ASSERT_EQUAL(sockudo_channels_list(c, &lq, &list, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(list);
    CU_ASSERT_EQUAL_FATAL(list->channels.count, 1);
    CU_ASSERT_STRING_EQUAL(list->channels.keys[0], "presence-lobby");
    CU_ASSERT_EQUAL(list->channels.values[0].user_count, 2);
    sockudo_channel_list_free(list);

    sockudo_channels_get_params gq = {.channel_name = "presence-lobby", .info = "user_count,subscription_count"};
    sockudo_channel_info *info = NULL;
    CU_ASSERT_EQUAL(sockudo_channels_get(c, &gq, &info, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(info);
    CU_ASSERT_TRUE(info->occupied);
    CU_ASSERT_EQUAL(info->user_count, 2);
    CU_ASSERT_EQUAL(info->subscription_count, 3);
    sockudo_channel_info_free(info);

    sockudo_presence_list_users_params uq = {.channel_name = "presence-lobby"};
    sockudo_presence_users *users = NULL;
    CU_ASSERT_EQUAL(sockudo_presence_list_users(c, &uq, &users, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(users);
    CU_ASSERT_EQUAL_FATAL(users->users.count, 2);
    CU_ASSERT_STRING_EQUAL(users->users.items[0].id, "user-1");
    sockudo_presence_users_free(users);

    sockudo_users_terminate_connections_params tq = {.user_id = "user-42"};
    apic_json_map *empty = NULL;
    CU_ASSERT_EQUAL(sockudo_users_terminate_connections(c, &tq, &empty, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(empty);
    if (empty != NULL) CU_ASSERT_EQUAL(empty->count, 0);
    sockudo_json_map_free(empty);

    /* A channel name the path escapes (@ , ; =) is signed as the path is sent. */
    sockudo_channels_get_params odd = {.channel_name = "private-a@b,c;d=e", .info = "subscription_count"};
    CU_ASSERT_EQUAL(sockudo_channels_get(c, &odd, &info, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(info);
    if (info != NULL) CU_ASSERT_FALSE(info->occupied);
    sockudo_channel_info_free(info);

    cJSON *doc = journal(), *e;
    int n = 0, accepted = 0;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(doc, "entries"))
    {
        if (n++ < before) continue;
        accepted += cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "accepted"));
        char prefix[128];
        snprintf(prefix, sizeof prefix, "/apps/%s/", app_id);
        CU_ASSERT_EQUAL(strncmp(entry_string(e, "path"), prefix, strlen(prefix)), 0);
    }
    CU_ASSERT_EQUAL(n - before, 5);
    CU_ASSERT_EQUAL(accepted, 5);
    cJSON_Delete(doc);
    sockudo_error_clear(&err);
    sockudo_client_free(c);
}

static void test_a_client_made_from_a_url_is_accepted(void)
{
    char url[512];
    snprintf(url, sizeof url, "http://%s:%s@127.0.0.1:%d/apps/%s", key, secret, port, app_id);
    sockudo_client *c = NULL;
    sockudo_error err = {0};
    CU_ASSERT_EQUAL_FATAL(sockudo_client_new_url(url, NULL, &c, &err), 0);
    sockudo_channels_get_params q = {.channel_name = "orders"};
    sockudo_channel_info *info = NULL;
    CU_ASSERT_EQUAL(sockudo_channels_get(c, &q, &info, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(info);
    sockudo_channel_info_free(info);
    sockudo_client_free(c);

    /* A URL without a secret is refused, naming what is missing but never a secret. */
    snprintf(url, sizeof url, "http://%s@127.0.0.1:%d/apps/%s", key, port, app_id);
    CU_ASSERT_EQUAL(sockudo_client_new_url(url, NULL, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NULL(c);
    sockudo_error_clear(&err);
}

/* -- refused ---------------------------------------------------------------------------------- */
static void test_the_server_refuses_the_wrong_secret(void)
{
    sockudo_client *c = app_client("not-the-secret", NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    const char *channels[] = {"orders"};
    sockudo_trigger_result *res = NULL;
    sockudo_error err = {0};
    CU_ASSERT_EQUAL(sockudo_trigger(c, channels, 1, "order.created", "{}", NULL, &res, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    CU_ASSERT_FALSE(err.retryable);
    CU_ASSERT_PTR_NULL(res);
    cJSON *e = last_entry();
    CU_ASSERT_FALSE(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "accepted")));
    CU_ASSERT_EQUAL(cJSON_GetObjectItemCaseSensitive(e, "status")->valueint, 401);
    CU_ASSERT_STRING_EQUAL(entry_string(e, "reason"), "invalid signature");
    cJSON_Delete(e);

    sockudo_channels_get_params q = {.channel_name = "orders"};
    sockudo_channel_info *info = NULL;
    CU_ASSERT_EQUAL(sockudo_channels_get(c, &q, &info, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    sockudo_error_clear(&err);
    sockudo_client_free(c);
}

/* A transport that changes the request after it was signed, then sends it with libcurl. */
typedef enum tamper { TAMPER_NONE, TAMPER_BODY, TAMPER_SIGNATURE } tamper;
typedef struct tampering {
    apic_transport inner;
    tamper how;
} tampering;

static int tampering_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    tampering *t = ctx;
    apic_http_request copy = *req;
    char *url = strdup(req->url), *body = NULL;
    if (t->how == TAMPER_SIGNATURE) {
        char *sig = strstr(url, "auth_signature=");
        if (sig != NULL) {
            sig += strlen("auth_signature=");
            sig[0] = sig[0] == '0' ? '1' : '0';
        }
    } else if (t->how == TAMPER_BODY && req->body_len > 0) {
        body = malloc(req->body_len);
        memcpy(body, req->body, req->body_len);
        char *at = strstr(body, "ord_");
        if (at != NULL) at[4] = at[4] == '9' ? '8' : '9';
        copy.body = body;
    }
    copy.url = url;
    int rc = t->inner.send(t->inner.ctx, &copy, res, err);
    free(url);
    free(body);
    return rc;
}

static void tampering_destroy(void *ctx)
{
    tampering *t = ctx;
    if (t->inner.destroy != NULL) t->inner.destroy(t->inner.ctx);
}

static int trigger_through(tamper how, sockudo_error *err)
{
    tampering t = {{NULL, NULL, NULL}, how};
    CU_ASSERT_EQUAL_FATAL(apic_curl_transport_new(NULL, &t.inner, err), 0);
    apic_transport transport = {tampering_send, tampering_destroy, &t};
    sockudo_client *c = app_client(secret, &transport);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    const char *channels[] = {"orders"};
    int rc = sockudo_trigger(c, channels, 1, "order.created", "{\"id\":\"ord_125\"}", NULL, NULL, err);
    sockudo_client_free(c);
    return rc;
}

static void test_the_server_refuses_a_request_changed_after_signing(void)
{
    sockudo_error err = {0};
    CU_ASSERT_EQUAL(trigger_through(TAMPER_NONE, &err), 0); /* the transport itself changes nothing */

    CU_ASSERT_EQUAL(trigger_through(TAMPER_BODY, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    cJSON *e = last_entry();
    CU_ASSERT_STRING_EQUAL(entry_string(e, "reason"), "body_md5 does not match the body");
    cJSON_Delete(e);

    CU_ASSERT_EQUAL(trigger_through(TAMPER_SIGNATURE, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    e = last_entry();
    CU_ASSERT_STRING_EQUAL(entry_string(e, "reason"), "invalid signature");
    cJSON_Delete(e);
    sockudo_error_clear(&err);
}

/* sockudo_signed_uri() signs as the server checks; a URL signed 1000 s ago is refused. */
static void test_signed_urls_and_their_age(void)
{
    sockudo_client *c = app_client(secret, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    char path[256];
    snprintf(path, sizeof path, "/apps/%s/channels", app_id);
    apic_header params[] = {{"filter_by_prefix", "presence-"}, {"info", "user_count"}};
    char *url = NULL, *body = NULL;
    sockudo_error err = {0};
    CU_ASSERT_EQUAL_FATAL(sockudo_signed_uri(c, "GET", path, params, 2, NULL, 0, 0, &url, &err), 0);
    CU_ASSERT_EQUAL(http("GET", url, NULL, &body), 200);
    CU_ASSERT_PTR_NOT_NULL(body != NULL ? strstr(body, "\"presence-lobby\"") : NULL);
    free(url);
    free(body);

    CU_ASSERT_EQUAL_FATAL(sockudo_signed_uri(c, "GET", path, params, 2, NULL, 0, (long long)time(NULL) - 1000, &url,
                                             &err), 0);
    CU_ASSERT_EQUAL(http("GET", url, NULL, NULL), 401);
    cJSON *e = last_entry();
    CU_ASSERT_PTR_NOT_NULL(strstr(entry_string(e, "reason"), "auth_timestamp"));
    cJSON_Delete(e);
    free(url);

    /* A body signed is a body checked: another body under the same URL is refused. */
    const char *sent = "{\"name\":\"order.created\",\"channels\":[\"orders\"],\"data\":\"{}\"}";
    snprintf(path, sizeof path, "/apps/%s/events", app_id);
    CU_ASSERT_EQUAL_FATAL(sockudo_signed_uri(c, "POST", path, NULL, 0, sent, strlen(sent), 0, &url, &err), 0);
    CU_ASSERT_EQUAL(http("POST", url, sent, NULL), 200);
    CU_ASSERT_EQUAL(http("POST", url, "{\"name\":\"order.created\",\"channels\":[\"orders\"],\"data\":\"{\\\"x\\\":1}\"}",
                         NULL), 401);
    free(url);

    /* The signing parameters are the signer's own. */
    apic_header reserved[] = {{"auth_timestamp", "1"}};
    CU_ASSERT_EQUAL(sockudo_signed_uri(c, "GET", path, reserved, 1, NULL, 0, 0, &url, &err), APIC_E_VALIDATION);
    sockudo_error_clear(&err);
    sockudo_client_free(c);
}

/* What the servers would refuse is refused before anything is sent. */
static void test_the_runtime_checks_before_sending(void)
{
    sockudo_client *c = app_client(secret, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    int before = journal_size();
    sockudo_error err = {0};
    const char *many[APIC_PUSHER_MAX_CHANNELS + 1];
    for (size_t i = 0; i < APIC_PUSHER_MAX_CHANNELS + 1; i++) many[i] = "orders";
    CU_ASSERT_EQUAL(sockudo_trigger(c, many, APIC_PUSHER_MAX_CHANNELS + 1, "e", "{}", NULL, NULL, &err),
                    APIC_E_VALIDATION);
    static char big[APIC_PUSHER_MAX_DATA + 2];
    memset(big, 'x', sizeof big - 1);
    CU_ASSERT_EQUAL(sockudo_trigger(c, many, 1, "e", big, NULL, NULL, &err), APIC_E_VALIDATION);
    const char *bad[] = {"not a channel"};
    CU_ASSERT_EQUAL(sockudo_trigger(c, bad, 1, "e", "{}", NULL, NULL, &err), APIC_E_VALIDATION);
    apic_pusher_event events[APIC_PUSHER_MAX_BATCH + 1];
    for (size_t i = 0; i < APIC_PUSHER_MAX_BATCH + 1; i++) {
        events[i] = (apic_pusher_event){"orders", "e", "{}", NULL, NULL, NULL};
    }
    CU_ASSERT_EQUAL(sockudo_trigger_batch(c, events, APIC_PUSHER_MAX_BATCH + 1, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(journal_size(), before);
    sockudo_error_clear(&err);
    sockudo_client_free(c);
}

/* Channel authorization, no server involved: PROTOCOLS.md's vector. */
static void test_channel_authorization_reproduces_the_vector(void)
{
    apic_pusher_app app = {"3", "278d425bdf160c739803", "7ad3773142a6692b25b8", "127.0.0.1", port, false, NULL};
    sockudo_client *c = NULL;
    sockudo_error err = {0};
    CU_ASSERT_EQUAL_FATAL(sockudo_client_new_app(&app, NULL, &c, &err), 0);
    char *json = NULL;
    CU_ASSERT_EQUAL(sockudo_authorize_channel(c, "1234.1234", "private-foobar", NULL, &json, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(json);
    CU_ASSERT_STRING_EQUAL(json, "{\"auth\":\"278d425bdf160c739803:"
                                 "58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4\"}");
    free(json);
    sockudo_error_clear(&err);
    sockudo_client_free(c);
}

static CU_TestInfo tests[] = {
    {"a signed trigger is accepted, once per idempotency key", test_a_signed_trigger_is_accepted_once_per_idempotency_key},
    {"a batch and an event to a user are accepted", test_a_batch_and_an_event_to_a_user_are_accepted},
    {"channel state and users operations are accepted", test_channel_state_and_users_operations_are_accepted},
    {"a client made from a URL is accepted", test_a_client_made_from_a_url_is_accepted},
    {"the server refuses the wrong secret", test_the_server_refuses_the_wrong_secret},
    {"the server refuses a request changed after signing", test_the_server_refuses_a_request_changed_after_signing},
    {"signed URLs, and their age", test_signed_urls_and_their_age},
    {"the runtime checks before sending", test_the_runtime_checks_before_sending},
    {"channel authorization reproduces the vector", test_channel_authorization_reproduces_the_vector},
    CU_TEST_INFO_NULL,
};

static CU_SuiteInfo suites[] = {
    {"sockudo against a Pusher-protocol server", setup, teardown, NULL, NULL, tests},
    CU_SUITE_INFO_NULL,
};

int main(void)
{
    return cunit_run(suites);
}
