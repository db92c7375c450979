/* The Pusher Channels protocol (apic/pusher.h): channel and user authentication against vectors
 * byte for byte (PROTOCOLS.md's, and presence and user ones computed independently with
 * `openssl dgst -sha256 -hmac`), the encrypted channels' shared secret vector, encryption opened
 * independently with libsodium and refused when changed, every validation error, triggers as
 * the transport receives them (signed, app_id filled, one idempotency key in body and header),
 * limits refused before anything is sent, batches, send_to_user, webhook decryption, URLs and
 * app parts. No message may show the secret. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "recorder.h"

#define KEY "278d425bdf160c739803"
#define SECRET "7ad3773142a6692b25b8"
#define MASTER "OHRXNUZRTG5pUTFzQlFGd3J3N3Q2VFZFc0paZDEweVk="
#define OTHER_MASTER "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
#define ENC "private-encrypted-channel"
#define PRESENCE_DATA "{\"user_id\":10,\"user_info\":{\"name\":\"Mr. Channels\"}}"
#define USER_DATA "{\"id\":\"12345\",\"name\":\"Jo\"}"

/* Whether the last error shows the secret (it never may). */
static int secret_shown(const apic_error *err)
{
    return strstr(err->message, SECRET) != NULL;
}

/* A client for app 3 on 127.0.0.1:6001, sending through t (NULL: libcurl, never used). */
static apic_client *make_client(const char *master, const apic_transport *t)
{
    apic_pusher_app app = {"3", KEY, SECRET, "127.0.0.1", 6001, false, master};
    apic_config cfg = APIC_CONFIG_INIT(NULL);
    cfg.transport = t;
    cfg.retry.max_retries = APIC_NO_RETRY;
    apic_client *c = NULL;
    apic_error err = {0};
    if (apic_pusher_client_new(&app, &cfg, &c, &err) != 0) fprintf(stderr, "\n%s\n", err.message);
    return c;
}

/* --- authentication ---------------------------------------------------------------------------- */

static void test_channel_auth(void)
{
    apic_client *c = make_client(MASTER, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(c, "1234.1234", "private-foobar", NULL, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"auth\":\"" KEY ":58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4\"}");
    free(json);
    /* Presence: the exact channel_data text signed and given back beside auth. */
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(c, "1234.1234", "presence-foobar", PRESENCE_DATA, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"auth\":\"" KEY ":31935e7d86dba64c2a90aed31fdc61869f9b22ba9d8863bba239c03ca481bc80\","
                                 "\"channel_data\":\"{\\\"user_id\\\":10,\\\"user_info\\\":{\\\"name\\\":\\\"Mr. "
                                 "Channels\\\"}}\"}");
    free(json);
    /* Encrypted: the channel's key beside auth. */
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(c, "1234.1234", ENC, NULL, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"auth\":\"" KEY ":c0456231eee10602375388f34cc60995755ef37aedede8abe800e3e1bcbf6f38\","
                                 "\"shared_secret\":\"VmIsNZtCSteh8kazd2toc+ofhohBtUouQRSDtRvuyVI=\"}");
    free(json);
    /* A string user_id is as good as a number. */
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(c, "1.2", "presence-x", "{\"user_id\":\"u-1\"}", &json, &err), 0);
    free(json);
    apic_client_free(c);
}

static void test_user_auth(void)
{
    apic_client *c = make_client(NULL, NULL);
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_pusher_authenticate_user(c, "1234.1234", USER_DATA, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"auth\":\"" KEY ":a9b005c4aea2b1539954909b8aaee0599169a8085ecffeb2dfcb482ae0210cd4\","
                                 "\"user_data\":\"{\\\"id\\\":\\\"12345\\\",\\\"name\\\":\\\"Jo\\\"}\"}");
    free(json);
    apic_client_free(c);
}

/* Expects status from an authorization and a message holding want; never the secret. */
static void refused(int rc, int status, const apic_error *err, const char *want, char *json)
{
    CU_ASSERT_EQUAL(rc, status);
    CU_ASSERT_PTR_NULL(json);
    if (strstr(err->message, want) == NULL) fprintf(stderr, "\nwanted '%s' in '%s'\n", want, err->message);
    CU_ASSERT_PTR_NOT_NULL(strstr(err->message, want));
    CU_ASSERT_FALSE(secret_shown(err));
}

static void test_auth_validation(void)
{
    apic_client *c = make_client(NULL, NULL);
    char *json = NULL, long_name[202];
    apic_error err = {0};
    const char *bad_sockets[] = {"", "1234", "1234.", ".1234", "12a.3", "1.2.3", "1.2\n", "-1.2"};
    for (size_t i = 0; i < sizeof bad_sockets / sizeof *bad_sockets; i++) {
        int rc = apic_pusher_authorize_channel(c, bad_sockets[i], "private-foobar", NULL, &json, &err);
        refused(rc, APIC_E_VALIDATION, &err, "socket_id", json);
        rc = apic_pusher_authenticate_user(c, bad_sockets[i], USER_DATA, &json, &err);
        refused(rc, APIC_E_VALIDATION, &err, "socket_id", json);
    }
    refused(apic_pusher_authorize_channel(c, NULL, "private-foobar", NULL, &json, &err), APIC_E_VALIDATION, &err,
            "socket_id: is required", json);
    refused(apic_pusher_authorize_channel(c, "1.2", "", NULL, &json, &err), APIC_E_VALIDATION, &err,
            "channel: a channel name is required", json);
    refused(apic_pusher_authorize_channel(c, "1.2", "private-foo bar", NULL, &json, &err), APIC_E_VALIDATION, &err,
            "channel: 'private-foo bar' is not a channel name", json);
    refused(apic_pusher_authorize_channel(c, "1.2", "private-a#b", NULL, &json, &err), APIC_E_VALIDATION, &err,
            "is not a channel name", json);
    memset(long_name, 'a', 201);
    long_name[201] = '\0';
    refused(apic_pusher_authorize_channel(c, "1.2", long_name, NULL, &json, &err), APIC_E_VALIDATION, &err,
            "201 characters, more than the 200", json);
    long_name[200] = '\0'; /* exactly 200: taken */
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(c, "1.2", long_name, NULL, &json, &err), 0);
    free(json);
    json = NULL;
    /* Presence needs channel_data with a user_id. */
    refused(apic_pusher_authorize_channel(c, "1.2", "presence-x", NULL, &json, &err), APIC_E_VALIDATION, &err,
            "channel_data: is required for a presence channel", json);
    const char *bad_data[] = {"[1]", "{\"name\":\"x\"}", "{\"user_id\":\"\"}", "{\"user_id\":{}}", "{\"user_id\":null}",
                              "{\"user_id\":1", "not json"};
    for (size_t i = 0; i < sizeof bad_data / sizeof *bad_data; i++) {
        refused(apic_pusher_authorize_channel(c, "1.2", "presence-x", bad_data[i], &json, &err), APIC_E_VALIDATION,
                &err, "channel_data: a presence channel needs a JSON object with a user_id", json);
    }
    refused(apic_pusher_authorize_channel(c, "1.2", "private-x", "{oops", &json, &err), APIC_E_VALIDATION, &err,
            "channel_data: is not JSON", json);
    /* An encrypted channel needs the master key. */
    refused(apic_pusher_authorize_channel(c, "1.2", ENC, NULL, &json, &err), APIC_E_VALIDATION, &err,
            "is encrypted, but the client has no master key", json);
    /* User data: an object whose id is a non-empty string (the npm library's rule). */
    const char *bad_users[] = {"{\"name\":\"Jo\"}", "{\"id\":12345}", "{\"id\":\"\"}", "\"12345\"", "{\"id\":\"1\"", NULL};
    for (size_t i = 0; i < sizeof bad_users / sizeof *bad_users; i++) {
        refused(apic_pusher_authenticate_user(c, "1.2", bad_users[i], &json, &err), APIC_E_VALIDATION, &err,
                "user_data: must be a JSON object whose id is a non-empty string", json);
    }
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(NULL, "1.2", "private-x", NULL, &json, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(c, "1.2", "private-x", NULL, NULL, &err), APIC_E_ARG);
    apic_client_free(c);
    /* A client that is no Pusher app's cannot sign. */
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:6001");
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    refused(apic_pusher_authorize_channel(c, "1.2", "private-x", NULL, &json, &err), APIC_E_CONFIG, &err,
            "the client has no app key and secret", json);
    refused(apic_pusher_authenticate_user(c, "1.2", USER_DATA, &json, &err), APIC_E_CONFIG, &err,
            "the client has no app key and secret", json);
    apic_client_free(c);
    apic_error_clear(&err);
}

/* --- encryption -------------------------------------------------------------------------------- */

static void test_shared_secret(void)
{
    apic_client *c = make_client(MASTER, NULL);
    char out[45];
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_pusher_shared_secret(c, ENC, out, &err), 0);
    CU_ASSERT_STRING_EQUAL(out, "VmIsNZtCSteh8kazd2toc+ofhohBtUouQRSDtRvuyVI=");
    CU_ASSERT_EQUAL(apic_pusher_shared_secret(c, "private-foobar", out, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "is not an encrypted channel"));
    CU_ASSERT_TRUE(apic_pusher_is_encrypted(ENC));
    CU_ASSERT_FALSE(apic_pusher_is_encrypted("private-encrypted"));
    CU_ASSERT_FALSE(apic_pusher_is_encrypted(NULL));
    apic_client_free(c);
}

/* Opens json (apic_pusher_encrypt's) with libsodium alone, the key from the shared secret. */
static char *open_independently(const char *json, const char *shared_secret)
{
    unsigned char key[32], nonce[32], box[4096];
    size_t key_len = 0, nonce_len = 0, box_len = 0;
    cJSON *o = cJSON_Parse(json);
    const char *n64 = cJSON_GetStringValue(cJSON_GetObjectItem(o, "nonce"));
    const char *c64 = cJSON_GetStringValue(cJSON_GetObjectItem(o, "ciphertext"));
    char *plain = NULL;
    if (sodium_init() >= 0 && n64 != NULL && c64 != NULL && cJSON_GetArraySize(o) == 2 &&
        sodium_base642bin(key, sizeof key, shared_secret, strlen(shared_secret), NULL, &key_len, NULL,
                          sodium_base64_VARIANT_ORIGINAL) == 0 &&
        sodium_base642bin(nonce, sizeof nonce, n64, strlen(n64), NULL, &nonce_len, NULL,
                          sodium_base64_VARIANT_ORIGINAL) == 0 &&
        sodium_base642bin(box, sizeof box, c64, strlen(c64), NULL, &box_len, NULL, sodium_base64_VARIANT_ORIGINAL) == 0 &&
        key_len == 32 && nonce_len == crypto_secretbox_NONCEBYTES && box_len >= crypto_secretbox_MACBYTES) {
        plain = calloc(1, box_len);
        if (crypto_secretbox_open_easy((unsigned char *)plain, box, box_len, nonce, key) != 0) {
            free(plain);
            plain = NULL;
        }
    }
    cJSON_Delete(o);
    return plain;
}

static void test_encrypt_decrypt(void)
{
    apic_client *c = make_client(MASTER, NULL);
    const char *data = "{\"message\":\"habari\",\"n\":1}";
    char *json = NULL, *again = NULL, *plain = NULL;
    size_t len = 0;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_encrypt(c, ENC, data, strlen(data), &json, &err), 0);
    CU_ASSERT_EQUAL(strncmp(json, "{\"nonce\":\"", 10), 0);
    CU_ASSERT_EQUAL(json[10 + 32], '"'); /* 24 bytes: 32 base64 characters */
    char *opened = open_independently(json, "VmIsNZtCSteh8kazd2toc+ofhohBtUouQRSDtRvuyVI=");
    CU_ASSERT_PTR_NOT_NULL(opened);
    if (opened != NULL) CU_ASSERT_STRING_EQUAL(opened, data);
    free(opened);
    CU_ASSERT_EQUAL(apic_pusher_encrypt(c, ENC, data, strlen(data), &again, &err), 0);
    CU_ASSERT_STRING_NOT_EQUAL(json, again); /* a new nonce every time */
    CU_ASSERT_EQUAL(apic_pusher_decrypt(c, ENC, json, strlen(json), &plain, &len, &err), 0);
    CU_ASSERT_EQUAL(len, strlen(data));
    CU_ASSERT_STRING_EQUAL(plain, data);
    free(plain);
    /* Bytes that are not text come back whole (len counts them, a NUL included). */
    free(again);
    CU_ASSERT_EQUAL(apic_pusher_encrypt(c, ENC, "a\0b", 3, &again, &err), 0);
    CU_ASSERT_EQUAL(apic_pusher_decrypt(c, ENC, again, strlen(again), &plain, &len, &err), 0);
    CU_ASSERT_EQUAL(len, 3);
    CU_ASSERT_EQUAL(memcmp(plain, "a\0b", 4), 0);
    free(plain);
    free(again);
    /* Changed on the way: one ciphertext character, or the nonce. */
    char *changed = strdup(json);
    char *ct = strstr(changed, "\"ciphertext\":\"") + 14;
    ct[3] = ct[3] == 'A' ? 'B' : 'A';
    plain = (char *)1;
    CU_ASSERT_EQUAL(apic_pusher_decrypt(c, ENC, changed, strlen(changed), &plain, &len, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NULL(plain);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "does not decrypt"));
    strcpy(changed, json);
    changed[12] = changed[12] == 'A' ? 'B' : 'A';
    CU_ASSERT_EQUAL(apic_pusher_decrypt(c, ENC, changed, strlen(changed), &plain, &len, &err), APIC_E_DECODE);
    free(changed);
    /* Another channel's key, another master key. */
    CU_ASSERT_EQUAL(apic_pusher_decrypt(c, "private-encrypted-other", json, strlen(json), &plain, &len, &err),
                    APIC_E_DECODE);
    apic_client *other = make_client(OTHER_MASTER, NULL);
    CU_ASSERT_EQUAL(apic_pusher_decrypt(other, ENC, json, strlen(json), &plain, &len, &err), APIC_E_DECODE);
    apic_client_free(other);
    /* Not such JSON. */
    const char *bad[] = {"nope", "{\"nonce\":\"AAAA\",\"ciphertext\":\"AAAAAAAAAAAAAAAAAAAAAAAA\"}", "{\"nonce\":\"x\"}",
                         "{\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"ciphertext\":\"AAAA\"}",
                         "{\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"ciphertext\":\"!!!!\"}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CU_ASSERT_EQUAL(apic_pusher_decrypt(c, ENC, bad[i], strlen(bad[i]), &plain, &len, &err), APIC_E_DECODE);
    }
    CU_ASSERT_EQUAL(apic_pusher_encrypt(c, "private-x", data, strlen(data), &again, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NULL(again);
    CU_ASSERT_EQUAL(apic_pusher_encrypt(c, ENC, NULL, 1, &again, &err), APIC_E_ARG);
    free(json);
    apic_client_free(c);
    /* Without a master key. */
    c = make_client(NULL, NULL);
    CU_ASSERT_EQUAL(apic_pusher_encrypt(c, ENC, data, strlen(data), &json, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "no master key"));
    apic_client_free(c);
    apic_error_clear(&err);
}

/* --- signed URIs ------------------------------------------------------------------------------- */

static void test_signed_uri(void)
{
    apic_client *c = make_client(NULL, NULL);
    const char *body = "{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{\\\"some\\\":\\\"data\\\"}\"}";
    char *url = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "POST", "/apps/3/events", NULL, 0, body, strlen(body), 1353088179, &url,
                                           &err), 0);
    CU_ASSERT_STRING_EQUAL(url, "http://127.0.0.1:6001/apps/3/events?auth_key=" KEY "&auth_timestamp=1353088179"
                                "&auth_version=1.0&body_md5=ec365a775a4cd0599faeb73354201b6f"
                                "&auth_signature=da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c");
    free(url);
    /* Parameters: percent-encoded in the URL, signed decoded and sorted; the method upper-cased. */
    apic_header params[] = {{"info", "user_count,subscription_count"}, {"filter_by_prefix", "presence-"}};
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "get", "/apps/3/channels", params, 2, NULL, 0, 1353088179, &url, &err), 0);
    CU_ASSERT_STRING_EQUAL(url, "http://127.0.0.1:6001/apps/3/channels?info=user_count%2Csubscription_count"
                                "&filter_by_prefix=presence-&auth_key=" KEY "&auth_timestamp=1353088179&auth_version=1.0"
                                "&auth_signature=ff97d40ab3fbbd15394386a29c12998c33635305357b2e2abd18dc67efe3f87d");
    free(url);
    /* timestamp 0: now. */
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "GET", "/apps/3/channels", NULL, 0, NULL, 0, 0, &url, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(url, "&auth_timestamp=1"));
    free(url);
    apic_header reserved[] = {{"AUTH_KEY", "x"}};
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "GET", "/x", reserved, 1, NULL, 0, 1, &url, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "reserves"));
    CU_ASSERT_PTR_NULL(url);
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "GE T", "/x", NULL, 0, NULL, 0, 1, &url, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "GET", "x", NULL, 0, NULL, 0, 1, &url, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "GET", "/x?a=1", NULL, 0, NULL, 0, 1, &url, &err), APIC_E_ARG);
    apic_header unnamed[] = {{NULL, "x"}};
    CU_ASSERT_EQUAL(apic_pusher_signed_uri(c, "GET", "/x", unnamed, 1, NULL, 0, 1, &url, &err), APIC_E_ARG);
    CU_ASSERT_FALSE(secret_shown(&err));
    apic_client_free(c);
    apic_error_clear(&err);
}

/* --- triggers ---------------------------------------------------------------------------------- */

typedef struct app_params {
    char *app_id;
} app_params;

static const apic_field app_fields[] = {{"app_id", 6, APIC_F_REQUIRED, offsetof(app_params, app_id), -1, -1, &apic_type_string}};
static const apic_struct_desc app_desc = {"AppParams", sizeof(app_params), app_fields, 1, -1, -1, NULL};
static const apic_param app_locs[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false}};
static const apic_security_scheme signing = {"pusherSignature", APIC_AUTH_PUSHER, APIC_IN_QUERY, "auth_signature", NULL, NULL};
static const apic_security_scheme *const signing_only[] = {&signing};
static const apic_security_req security[] = {{signing_only, 1}};
static const apic_response answers[] = {{200, &apic_type_any, "application/json", APIC_RESPONSE_JSON}};
static const apic_operation trigger_op = {.name = "pusher_trigger", .method = "POST", .path = "/apps/{app_id}/events",
                                          .params = &app_desc, .param_locs = app_locs, .body = &apic_type_any,
                                          .body_required = true, .responses = answers, .n_responses = 1,
                                          .security = security, .n_security = 1};
static const apic_operation batch_op = {.name = "pusher_trigger_batch", .method = "POST",
                                        .path = "/apps/{app_id}/batch_events", .params = &app_desc, .param_locs = app_locs,
                                        .body = &apic_type_any, .body_required = true, .responses = answers, .n_responses = 1,
                                        .security = security, .n_security = 1};
static const apic_pusher_binding binding = {&trigger_op, &batch_op};

/* The value of name in the query of url, into buf; NULL when absent. */
static const char *query_value(const char *url, const char *name, char *buf, size_t cap)
{
    const char *q = strchr(url, '?');
    size_t n = strlen(name);
    for (const char *p = q != NULL ? q + 1 : ""; *p != '\0';) {
        size_t len = strcspn(p, "&");
        if (strncmp(p, name, n) == 0 && p[n] == '=') {
            snprintf(buf, cap, "%.*s", (int)(len - n - 1), p + n + 1);
            return buf;
        }
        p += len + (p[len] == '&');
    }
    return NULL;
}

/* The request rec holds is signed for path over its body, now. */
static void assert_signed(const recorder *rec, const char *path)
{
    char ts[32], sig[80], prefix[128];
    snprintf(prefix, sizeof prefix, "http://127.0.0.1:6001%s?auth_key=" KEY "&auth_timestamp=", path);
    CU_ASSERT_EQUAL(strncmp(rec->url, prefix, strlen(prefix)), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(query_value(rec->url, "auth_timestamp", ts, sizeof ts));
    CU_ASSERT_PTR_NOT_NULL_FATAL(query_value(rec->url, "auth_signature", sig, sizeof sig));
    apic_buf expected = {0};
    CU_ASSERT_EQUAL(apic_pusher_sign_query(KEY, SECRET, "POST", path, NULL, rec->body, rec->body_len, atoll(ts), &expected,
                                           NULL), 0);
    CU_ASSERT_PTR_NOT_NULL(expected.data != NULL ? strstr(expected.data, sig) : NULL);
    apic_buf_free(&expected);
}

static void test_trigger(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{\"channels\":{}}");
    apic_client *c = make_client(MASTER, &t);
    const char *channels[] = {"my-channel", "other"};
    apic_pusher_trigger_options o = {"1234.1234", "user_count", "key-1"};
    void *out = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_trigger(c, &binding, channels, 2, "my-event", "{\"message\":\"hello\"}", &o, &out,
                                              &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.method, "POST");
    CU_ASSERT_STRING_EQUAL(rec.body, "{\"name\":\"my-event\",\"channels\":[\"my-channel\",\"other\"],"
                                     "\"data\":\"{\\\"message\\\":\\\"hello\\\"}\",\"socket_id\":\"1234.1234\","
                                     "\"info\":\"user_count\",\"idempotency_key\":\"key-1\"}");
    assert_signed(&rec, "/apps/3/events");
    char key[64];
    CU_ASSERT_STRING_EQUAL(recorder_header(&rec, "X-Idempotency-Key", key, sizeof key), "key-1");
    CU_ASSERT_STRING_EQUAL((char *)out, "{\"channels\":{}}"); /* the operation's typed answer */
    free(out);
    /* Without a key: one UUID v4, the same in the body and the header. */
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &binding, channels, 1, "e", "", NULL, NULL, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(recorder_header(&rec, "X-Idempotency-Key", key, sizeof key));
    CU_ASSERT_EQUAL(strlen(key), 36);
    CU_ASSERT_EQUAL(key[14], '4');
    char expected[256];
    snprintf(expected, sizeof expected, "{\"name\":\"e\",\"channels\":[\"my-channel\"],\"data\":\"\",\"idempotency_key\":\"%s\"}",
             key);
    CU_ASSERT_STRING_EQUAL(rec.body, expected);
    CU_ASSERT_EQUAL(rec.calls, 2);
    apic_client_free(c);
    apic_error_clear(&err);
}

static void test_trigger_encrypted(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{}");
    apic_client *c = make_client(MASTER, &t);
    const char *channels[] = {ENC};
    const char *data = "{\"secret\":\"siri\"}";
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_trigger(c, &binding, channels, 1, "e", data, NULL, NULL, &err), 0);
    cJSON *body = cJSON_Parse(rec.body);
    const char *sealed = cJSON_GetStringValue(cJSON_GetObjectItem(body, "data"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(sealed);
    CU_ASSERT_PTR_NULL(strstr(rec.body, "siri"));
    char *plain = NULL;
    size_t len = 0;
    CU_ASSERT_EQUAL(apic_pusher_decrypt(c, ENC, sealed, strlen(sealed), &plain, &len, &err), 0);
    CU_ASSERT_STRING_EQUAL(plain, data);
    free(plain);
    cJSON_Delete(body);
    assert_signed(&rec, "/apps/3/events");
    /* An encrypted channel must be alone; and needs the master key. */
    const char *two[] = {"public", ENC};
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &binding, two, 2, "e", data, NULL, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "channels[1]: '" ENC "' is encrypted: an encrypted channel must be triggered alone"));
    CU_ASSERT_EQUAL(rec.calls, 1);
    apic_client_free(c);
    c = make_client(NULL, &t);
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &binding, channels, 1, "e", data, NULL, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "no master key"));
    CU_ASSERT_EQUAL(rec.calls, 1);
    apic_client_free(c);
    apic_error_clear(&err);
}

/* A trigger that must be refused with want in its message, nothing sent. */
static void trigger_refused(apic_client *c, const recorder *rec, const char *const *channels, size_t n, const char *event,
                            const char *data, const apic_pusher_trigger_options *o, int status, const char *want)
{
    apic_error err = {0};
    int calls = rec->calls;
    void *out = (void *)1;
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &binding, channels, n, event, data, o, &out, &err), status);
    CU_ASSERT_PTR_NULL(out);
    if (strstr(err.message, want) == NULL) fprintf(stderr, "\nwanted '%s' in '%s'\n", want, err.message);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, want));
    CU_ASSERT_EQUAL(rec->calls, calls);
    CU_ASSERT_FALSE(secret_shown(&err));
    apic_error_clear(&err);
}

static void test_limits(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{}");
    apic_client *c = make_client(MASTER, &t);
    static const char *many[APIC_PUSHER_MAX_CHANNELS + 1];
    for (size_t i = 0; i <= APIC_PUSHER_MAX_CHANNELS; i++) many[i] = "c";
    char *big = malloc(APIC_PUSHER_MAX_DATA + 2), name[APIC_PUSHER_MAX_EVENT_NAME + 2];
    memset(big, 'x', APIC_PUSHER_MAX_DATA + 1);
    big[APIC_PUSHER_MAX_DATA + 1] = '\0';
    memset(name, 'n', APIC_PUSHER_MAX_EVENT_NAME + 1);
    name[APIC_PUSHER_MAX_EVENT_NAME + 1] = '\0';
    const char *one[] = {"c"}, *enc[] = {ENC}, *bad[] = {"c", "bad channel"};
    trigger_refused(c, &rec, many, APIC_PUSHER_MAX_CHANNELS + 1, "e", "d", NULL, APIC_E_VALIDATION,
                    "channels: 101 channels, more than the 100 one trigger may name (APIC_PUSHER_MAX_CHANNELS)");
    trigger_refused(c, &rec, one, 0, "e", "d", NULL, APIC_E_VALIDATION, "channels: at least one channel is required");
    trigger_refused(c, &rec, bad, 2, "e", "d", NULL, APIC_E_VALIDATION, "channels[1]: 'bad channel' is not a channel name");
    trigger_refused(c, &rec, one, 1, big, "d", NULL, APIC_E_VALIDATION, "name: 'xxxx");
    trigger_refused(c, &rec, one, 1, name, "d", NULL, APIC_E_VALIDATION,
                    "201 characters, more than the 200 of an event name (APIC_PUSHER_MAX_EVENT_NAME)");
    trigger_refused(c, &rec, one, 1, NULL, "d", NULL, APIC_E_VALIDATION, "name: an event name is required");
    trigger_refused(c, &rec, one, 1, "e", NULL, NULL, APIC_E_VALIDATION, "data: is required");
    trigger_refused(c, &rec, one, 1, "e", big, NULL, APIC_E_VALIDATION,
                    "data: 10241 bytes, more than the 10240 the servers take (APIC_PUSHER_MAX_DATA)");
    /* Encrypted data is measured as sent: base64 and the envelope make it larger. */
    big[APIC_PUSHER_MAX_DATA] = '\0';
    trigger_refused(c, &rec, enc, 1, "e", big, NULL, APIC_E_VALIDATION, "bytes once encrypted, more than the 10240");
    apic_pusher_trigger_options o = {"1234", NULL, NULL};
    trigger_refused(c, &rec, one, 1, "e", "d", &o, APIC_E_VALIDATION, "socket_id: '1234' is not a socket id");
    o = (apic_pusher_trigger_options){NULL, NULL, "a\r\nX-Evil: 1"};
    trigger_refused(c, &rec, one, 1, "e", "d", &o, APIC_E_VALIDATION, "idempotency_key: must not be empty");
    trigger_refused(c, &rec, NULL, 1, "e", "d", NULL, APIC_E_ARG, "apic_pusher_trigger");
    apic_pusher_binding none = {NULL, NULL};
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &none, one, 1, "e", "d", NULL, NULL, &err), APIC_E_ARG);
    /* At the limits: taken. */
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &binding, one, 1, name + 1, big, NULL, NULL, &err), 0);
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &binding, many, APIC_PUSHER_MAX_CHANNELS, "e", "d", NULL, NULL, &err), 0);
    CU_ASSERT_EQUAL(rec.calls, 2);
    free(big);
    apic_client_free(c);
    apic_error_clear(&err);
}

static void test_batch(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{\"batch\":[{},{}]}");
    apic_client *c = make_client(MASTER, &t);
    apic_pusher_event events[APIC_PUSHER_MAX_BATCH + 1];
    for (size_t i = 0; i <= APIC_PUSHER_MAX_BATCH; i++) {
        events[i] = (apic_pusher_event){"c", "e", "d", NULL, NULL, "k"};
    }
    events[0] = (apic_pusher_event){"c1", "e1", "d1", "1.2", "subscription_count", "k1"};
    events[1] = (apic_pusher_event){ENC, "e2", "{\"x\":1}", NULL, NULL, NULL};
    void *out = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_trigger_batch(c, &binding, events, 2, &out, &err), 0);
    assert_signed(&rec, "/apps/3/batch_events");
    const char *head = "{\"batch\":[{\"name\":\"e1\",\"channel\":\"c1\",\"data\":\"d1\",\"socket_id\":\"1.2\","
                       "\"info\":\"subscription_count\",\"idempotency_key\":\"k1\"},{\"name\":\"e2\",\"channel\":\"" ENC
                       "\",\"data\":\"{\\\"nonce\\\":\\\"";
    CU_ASSERT_EQUAL(strncmp(rec.body, head, strlen(head)), 0);
    cJSON *body = cJSON_Parse(rec.body);
    cJSON *second = cJSON_GetArrayItem(cJSON_GetObjectItem(body, "batch"), 1);
    const char *sealed = cJSON_GetStringValue(cJSON_GetObjectItem(second, "data"));
    const char *key = cJSON_GetStringValue(cJSON_GetObjectItem(second, "idempotency_key"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(sealed);
    CU_ASSERT(key != NULL && strlen(key) == 36); /* made for it */
    char *plain = NULL;
    size_t len = 0;
    CU_ASSERT_EQUAL(apic_pusher_decrypt(c, ENC, sealed, strlen(sealed), &plain, &len, &err), 0);
    CU_ASSERT_STRING_EQUAL(plain, "{\"x\":1}");
    free(plain);
    cJSON_Delete(body);
    CU_ASSERT_STRING_EQUAL((char *)out, "{\"batch\":[{},{}]}");
    free(out);
    /* Refusals name the event; nothing is sent. */
    CU_ASSERT_EQUAL(apic_pusher_trigger_batch(c, &binding, events, APIC_PUSHER_MAX_BATCH + 1, &out, &err),
                    APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "events: 11 events, more than the 10 one batch may hold (APIC_PUSHER_MAX_BATCH)"));
    CU_ASSERT_EQUAL(apic_pusher_trigger_batch(c, &binding, events, 0, &out, &err), APIC_E_VALIDATION);
    events[2].channel = "a b";
    CU_ASSERT_EQUAL(apic_pusher_trigger_batch(c, &binding, events, 3, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "events[2].channel: 'a b' is not a channel name"));
    events[2] = (apic_pusher_event){"c", "e", NULL, NULL, NULL, NULL};
    CU_ASSERT_EQUAL(apic_pusher_trigger_batch(c, &binding, events, 3, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "events[2].data: is required"));
    events[2] = (apic_pusher_event){"c", "e", "d", "x.1", NULL, NULL};
    CU_ASSERT_EQUAL(apic_pusher_trigger_batch(c, &binding, events, 3, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "events[2].socket_id: 'x.1' is not a socket id"));
    CU_ASSERT_EQUAL(rec.calls, 1);
    CU_ASSERT_PTR_NULL(out);
    apic_client_free(c);
    apic_error_clear(&err);
}

static void test_send_to_user(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{}");
    apic_client *c = make_client(NULL, &t);
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_send_to_user(c, &binding, "user-7", "hello", "{\"a\":1}", NULL, &err), 0);
    const char *head = "{\"name\":\"hello\",\"channels\":[\"#server-to-user-user-7\"],\"data\":\"{\\\"a\\\":1}\","
                       "\"idempotency_key\":\"";
    CU_ASSERT_EQUAL(strncmp(rec.body, head, strlen(head)), 0);
    assert_signed(&rec, "/apps/3/events");
    char id[200];
    memset(id, 'u', 185);
    id[185] = '\0';
    CU_ASSERT_EQUAL(apic_pusher_send_to_user(c, &binding, id, "e", "d", NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "user_id: has more than 184 characters"));
    id[184] = '\0';
    CU_ASSERT_EQUAL(apic_pusher_send_to_user(c, &binding, id, "e", "d", NULL, &err), 0);
    CU_ASSERT_EQUAL(apic_pusher_send_to_user(c, &binding, "", "e", "d", NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "user_id: is required"));
    CU_ASSERT_EQUAL(apic_pusher_send_to_user(c, &binding, "a\nb", "e", "d", NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(apic_pusher_send_to_user(c, &binding, "u", "", "d", NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(rec.calls, 2);
    apic_client_free(c);
    apic_error_clear(&err);
}

/* --- webhooks ---------------------------------------------------------------------------------- */

static void test_webhook_decrypt(void)
{
    apic_client *c = make_client(MASTER, NULL);
    char *sealed = NULL, *out = NULL;
    size_t out_len = 0;
    apic_error err = {0};
    const char *data = "{\"typed\":\"habari \\u00e9\"}";
    CU_ASSERT_EQUAL_FATAL(apic_pusher_encrypt(c, ENC, data, strlen(data), &sealed, &err), 0);
    apic_buf body = {0};
    apic_buf_puts(&body, "{\"time_ms\":1700000000000,\"events\":[{\"name\":\"client_event\",\"channel\":\"" ENC "\","
                         "\"event\":\"client-typed\",\"data\":");
    apic_json_write_string(&body, sealed, strlen(sealed));
    apic_buf_puts(&body, ",\"socket_id\":\"1.2\",\"user_id\":\"u\",\"later\":[1,{\"b\":null}]},"
                         "{\"name\":\"member_added\",\"channel\":\"" ENC "\",\"user_id\":\"u\"},"
                         "{\"name\":\"client_event\",\"channel\":\"private-c\",\"event\":\"e\",\"data\":\"plain\"}],"
                         "\"newer\":{\"x\":true}}");
    CU_ASSERT_EQUAL_FATAL(apic_pusher_webhook_decrypt(c, body.data, body.len, &out, &out_len, &err), 0);
    CU_ASSERT_EQUAL(out_len, strlen(out));
    cJSON *got = cJSON_Parse(out);
    cJSON *events = cJSON_GetObjectItem(got, "events");
    CU_ASSERT_EQUAL(cJSON_GetArraySize(events), 3);
    cJSON *first = cJSON_GetArrayItem(events, 0);
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItem(first, "data")), data);
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItem(first, "socket_id")), "1.2");
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\"later\":[1,{\"b\":null}]"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "{\"name\":\"member_added\",\"channel\":\"" ENC "\",\"user_id\":\"u\"}"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "{\"name\":\"client_event\",\"channel\":\"private-c\",\"event\":\"e\",\"data\":\"plain\"}"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\"time_ms\":1700000000000"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\"newer\":{\"x\":true}"));
    cJSON_Delete(got);
    free(out);
    /* A body with no encrypted event: copied byte for byte. */
    const char *plain = "{ \"time_ms\": 1700000000000, \"events\": [ {\"name\":\"channel_occupied\",\"channel\":\"c\"} ] }";
    CU_ASSERT_EQUAL(apic_pusher_webhook_decrypt(c, plain, strlen(plain), &out, &out_len, &err), 0);
    CU_ASSERT_STRING_EQUAL(out, plain);
    free(out);
    /* A changed payload; not such JSON. */
    char *ct = strstr(body.data, "ciphertext") + 17;
    *ct = *ct == 'A' ? 'B' : 'A';
    CU_ASSERT_EQUAL(apic_pusher_webhook_decrypt(c, body.data, body.len, &out, &out_len, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "events[0]: payload: does not decrypt"));
    CU_ASSERT_PTR_NULL(out);
    const char *bad[] = {"nope", "{\"time_ms\":1}", "{\"events\":{}}", "{\"events\":[{\"channel\":\"" ENC "\",\"data\":5}]}",
                         "{\"events\":[{\"channel\":\"" ENC "\",\"data\":\"{}\"}]}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CU_ASSERT_EQUAL(apic_pusher_webhook_decrypt(c, bad[i], strlen(bad[i]), &out, &out_len, &err), APIC_E_DECODE);
    }
    apic_buf_free(&body);
    free(sealed);
    apic_client_free(c);
    apic_error_clear(&err);
}

/* --- apps -------------------------------------------------------------------------------------- */

static void test_parse_url(void)
{
    apic_pusher_url u;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_parse_url("http://" KEY ":" SECRET "@127.0.0.1:6001/apps/3", &u, &err), 0);
    CU_ASSERT_STRING_EQUAL(u.app.app_id, "3");
    CU_ASSERT_STRING_EQUAL(u.app.key, KEY);
    CU_ASSERT_STRING_EQUAL(u.app.secret, SECRET);
    CU_ASSERT_STRING_EQUAL(u.app.host, "127.0.0.1");
    CU_ASSERT_EQUAL(u.app.port, 6001);
    CU_ASSERT_FALSE(u.app.use_tls);
    CU_ASSERT_PTR_NULL(u.app.encryption_master_key_base64);
    /* The parsed app makes a client that answers the vector. */
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_pusher_client_new(&u.app, NULL, &c, &err), 0);
    char *json = NULL;
    CU_ASSERT_EQUAL(apic_pusher_authorize_channel(c, "1234.1234", "private-foobar", NULL, &json, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(json, "58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4"));
    free(json);
    apic_client_free(c);
    /* TLS, no port, a trailing slash, escapes in key and secret, an IPv6 host. */
    CU_ASSERT_EQUAL(apic_pusher_parse_url("HTTPS://k%2Fe:s%40c%3Ar@api.example.com/apps/app-1/", &u, &err), 0);
    CU_ASSERT_STRING_EQUAL(u.app.key, "k/e");
    CU_ASSERT_STRING_EQUAL(u.app.secret, "s@c:r");
    CU_ASSERT_STRING_EQUAL(u.app.host, "api.example.com");
    CU_ASSERT_STRING_EQUAL(u.app.app_id, "app-1");
    CU_ASSERT_EQUAL(u.app.port, 0);
    CU_ASSERT_TRUE(u.app.use_tls);
    CU_ASSERT_EQUAL(apic_pusher_parse_url("http://k:s@[::1]:6001/apps/3", &u, &err), 0);
    CU_ASSERT_STRING_EQUAL(u.app.host, "[::1]");
    CU_ASSERT_EQUAL(u.app.port, 6001);
    struct {
        const char *url, *want;
    } bad[] = {
        {"ftp://k:" SECRET "@h/apps/3", "url: must start with http:// or https://"},
        {"http://h/apps/3", "url: has no KEY:SECRET@ before the host"},
        {"http://k@h/apps/3", "url: has no secret"},
        {"http://:" SECRET "@h/apps/3", "url: the key is empty"},
        {"http://k:@h/apps/3", "url: the secret is empty"},
        {"http://k:" SECRET "@/apps/3", "url: has no host"},
        {"http://k:" SECRET "@h:0/apps/3", "url: the port must be a number from 1 to 65535"},
        {"http://k:" SECRET "@h:70000/apps/3", "url: the port must be a number from 1 to 65535"},
        {"http://k:" SECRET "@h:80x/apps/3", "url: the port must be a number from 1 to 65535"},
        {"http://k:" SECRET "@h:/apps/3", "url: the port must be a number from 1 to 65535"},
        {"http://k:" SECRET "@[::1/apps/3", "url: an IPv6 host lacks its ']'"},
        {"http://k:" SECRET "@h", "url: the path must be /apps/APP_ID"},
        {"http://k:" SECRET "@h/app/3", "url: the path must be /apps/APP_ID"},
        {"http://k:" SECRET "@h/apps/", "url: the path must be /apps/APP_ID"},
        {"http://k:" SECRET "@h/apps/3/x", "url: the path must be /apps/APP_ID"},
        {"http://k:" SECRET "@h/apps/3?x=1", "url: must not have a query or fragment"},
        {"http://k:" SECRET "@h/apps/3#f", "url: must not have a query or fragment"},
        {"http://k:" SECRET "@h/apps/3 ", "url: must not contain spaces or control characters"},
        {"http://k%zz:" SECRET "@h/apps/3", "url: the key has a bad percent-escape"},
        {"http://k:" SECRET "%0@h/apps/3", "url: the secret has a bad percent-escape"},
        {"http://k:" SECRET "%00@h/apps/3", "url: the secret has a bad percent-escape"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CU_ASSERT_EQUAL(apic_pusher_parse_url(bad[i].url, &u, &err), APIC_E_CONFIG);
        if (strstr(err.message, bad[i].want) == NULL) fprintf(stderr, "\n%s: '%s'\n", bad[i].url, err.message);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, bad[i].want));
        CU_ASSERT_FALSE(secret_shown(&err));
        CU_ASSERT_PTR_NULL(u.app.secret);
    }
    char longer[1200];
    snprintf(longer, sizeof longer, "http://k:%0900d@h/apps/%0200d", 1, 3);
    CU_ASSERT_EQUAL(apic_pusher_parse_url(longer, &u, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "url: is too long"));
    CU_ASSERT_EQUAL(apic_pusher_parse_url(NULL, &u, &err), APIC_E_ARG);
    apic_error_clear(&err);
}

/* The base URL a client was given, seen through a signed URI. */
static void assert_base(const apic_client *c, const char *want)
{
    char *url = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_pusher_signed_uri(c, "GET", "/apps/3/channels", NULL, 0, NULL, 0, 1, &url, NULL), 0);
    CU_ASSERT_EQUAL(strncmp(url, want, strlen(want)), 0);
    CU_ASSERT_EQUAL(url[strlen(want)], '/');
    free(url);
}

static void test_client_new(void)
{
    apic_error err = {0};
    apic_client *c = NULL;
    apic_pusher_app app = {"3", KEY, SECRET, NULL, 0, false, NULL};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_client_new(&app, NULL, &c, &err), 0);
    assert_base(c, "http://127.0.0.1:80");
    apic_client_free(c);
    app.use_tls = true;
    app.host = "::1";
    CU_ASSERT_EQUAL_FATAL(apic_pusher_client_new(&app, NULL, &c, &err), 0);
    assert_base(c, "https://[::1]:443");
    apic_client_free(c);
    /* The config's other path parameters stay; its app_id gives way to the app's. */
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{}");
    apic_param_value defaults[] = {{"app_id", "99"}, {"region", "eu"}};
    apic_config cfg = APIC_CONFIG_INIT("http://ignored");
    cfg.transport = &t;
    cfg.path_params = defaults;
    cfg.n_path_params = 2;
    cfg.idempotency_header = "Idempotency-Key";
    app = (apic_pusher_app){"3", KEY, SECRET, "127.0.0.1", 6001, false, MASTER};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_client_new(&app, &cfg, &c, &err), 0);
    const char *one[] = {ENC};
    CU_ASSERT_EQUAL(apic_pusher_trigger(c, &binding, one, 1, "e", "d", NULL, NULL, &err), 0);
    const char *want = "http://127.0.0.1:6001/apps/3/events?";
    CU_ASSERT_EQUAL(strncmp(rec.url, want, strlen(want)), 0);
    char key[64];
    CU_ASSERT_PTR_NOT_NULL(recorder_header(&rec, "Idempotency-Key", key, sizeof key)); /* the config's header */
    apic_client_free(c);
    struct {
        apic_pusher_app app;
        const char *want;
    } bad[] = {
        {{NULL, KEY, SECRET, NULL, 0, false, NULL}, "app.app_id: is required"},
        {{"3/4", KEY, SECRET, NULL, 0, false, NULL}, "app.app_id: may only hold"},
        {{"3", NULL, SECRET, NULL, 0, false, NULL}, "app.key: is required"},
        {{"3", "a:b", SECRET, NULL, 0, false, NULL}, "app.key: must not contain ':'"},
        {{"3", KEY, "", NULL, 0, false, NULL}, "app.secret: is required"},
        {{"3", KEY, SECRET, "h:6001", 0, false, NULL}, "app.host: must not hold a port"},
        {{"3", KEY, SECRET, "http://h", 0, false, NULL}, "app.host: must be a host name"},
        {{"3", KEY, SECRET, "", 0, false, NULL}, "app.host: must be a host name"},
        {{"3", KEY, SECRET, NULL, 70000, false, NULL}, "app.port: must be from 1 to 65535"},
        {{"3", KEY, SECRET, NULL, -1, false, NULL}, "app.port: must be from 1 to 65535"},
        {{"3", KEY, SECRET, NULL, 0, false, "c2hvcnQ="}, "app.encryption_master_key_base64: must be base64 of exactly 32"},
        {{"3", KEY, SECRET, NULL, 0, false, "!HRXNUZRTG5pUTFzQlFGd3J3N3Q2VFZFc0paZDEweVk="},
         "app.encryption_master_key_base64: must be base64"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        c = (apic_client *)1;
        CU_ASSERT_EQUAL(apic_pusher_client_new(&bad[i].app, NULL, &c, &err), APIC_E_CONFIG);
        CU_ASSERT_PTR_NULL(c);
        if (strstr(err.message, bad[i].want) == NULL) fprintf(stderr, "\n%zu: '%s'\n", i, err.message);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, bad[i].want));
        CU_ASSERT_FALSE(secret_shown(&err));
    }
    CU_ASSERT_EQUAL(apic_pusher_client_new(NULL, NULL, &c, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_pusher_client_new(&app, NULL, NULL, &err), APIC_E_ARG);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo auth[] = {
        {"channel auth: private, presence and encrypted vectors byte for byte", test_channel_auth},
        {"user auth: socket_id::user::user_data", test_user_auth},
        {"socket ids, channel names, channel_data and user_data refused, naming what", test_auth_validation},
        {"signed URIs: the PROTOCOLS.md vector, parameters, reserved names", test_signed_uri},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo crypto[] = {
        {"shared secret vector", test_shared_secret},
        {"encrypt: opened by libsodium alone; decrypt; changed or foreign payloads refused", test_encrypt_decrypt},
        {"webhook: encrypted events decrypted, everything else kept", test_webhook_decrypt},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo triggers[] = {
        {"trigger: body, signed URL, one idempotency key in body and header", test_trigger},
        {"trigger on an encrypted channel: data encrypted; alone; needs the key", test_trigger_encrypted},
        {"limits and checks refused before anything is sent", test_limits},
        {"batch: events checked and encrypted one by one", test_batch},
        {"send_to_user: #server-to-user-<id>", test_send_to_user},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo apps[] = {
        {"parse_url: parts, escapes, every refusal", test_parse_url},
        {"client_new: base URL, path parameters, every refusal", test_client_new},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"Pusher authentication", NULL, NULL, NULL, NULL, auth},
                             {"Pusher encryption", NULL, NULL, NULL, NULL, crypto},
                             {"Pusher triggers", NULL, NULL, NULL, NULL, triggers},
                             {"Pusher apps", NULL, NULL, NULL, NULL, apps},
                             CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
