/* Pusher's query signing (APIC_AUTH_PUSHER, apic_pusher_sign_query): the PROTOCOLS.md vector byte
 * for byte; a signed request carries the five parameters, signed over its path and whole query
 * (an independent HMAC here checks it); every attempt signs anew with the same idempotency key;
 * reserved names are refused before anything is sent; the client's app_id fills the path. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "recorder.h"

#define KEY "278d425bdf160c739803"
#define SECRET "7ad3773142a6692b25b8"
#define BODY "{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{\\\"some\\\":\\\"data\\\"}\"}"

static void test_vector(void)
{
    apic_buf out = {0};
    CU_ASSERT_EQUAL_FATAL(apic_pusher_sign_query(KEY, SECRET, "POST", "/apps/3/events", NULL, BODY, strlen(BODY), 1353088179,
                                                 &out, NULL), 0);
    CU_ASSERT_STRING_EQUAL(out.data, "auth_key=278d425bdf160c739803&auth_timestamp=1353088179&auth_version=1.0"
                                     "&body_md5=ec365a775a4cd0599faeb73354201b6f"
                                     "&auth_signature=da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c");
    apic_buf_free(&out);
    /* The request's own parameters are signed too: decoded, names lower-cased, sorted. */
    CU_ASSERT_EQUAL(apic_pusher_sign_query(KEY, SECRET, "GET", "/apps/3/channels", "filter_by_prefix=presence-&INFO=user%2Ccount",
                                           NULL, 0, 1353088179, &out, NULL), 0);
    CU_ASSERT_EQUAL(strncmp(out.data, "auth_key=278d425bdf160c739803&auth_timestamp=1353088179&auth_version=1.0"
                                      "&filter_by_prefix=presence-&info=user,count&auth_signature=", 126), 0);
    apic_buf_free(&out);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_pusher_sign_query(KEY, SECRET, "GET", "/x", "auth_timestamp=1", NULL, 0, 1, &out, &err),
                    APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "reserves"));
    apic_buf_free(&out);
}

/* --- a signed operation ------------------------------------------------------------------------ */

typedef struct channels_params {
    char *app_id;
    char *filter_by_prefix;
} channels_params;

static const apic_field params_fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(channels_params, app_id), -1, -1, &apic_type_string},
    {"filter_by_prefix", 16, 0, offsetof(channels_params, filter_by_prefix), -1, -1, &apic_type_string},
};
static const apic_struct_desc params_desc = {"ChannelsParams", sizeof(channels_params), params_fields, 2, -1, -1, NULL};
static const apic_param params_locs[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
                                         {APIC_IN_QUERY, APIC_STYLE_FORM, true, false}};
static const apic_security_scheme signing = {"pusherSignature", APIC_AUTH_PUSHER, APIC_IN_QUERY, "auth_signature", NULL, NULL};
static const apic_security_scheme *const signing_only[] = {&signing};
static const apic_security_req security[] = {{signing_only, 1}};

static apic_operation channels_op(const char *method)
{
    apic_operation op = {.name = "pusher_channels", .method = method, .path = "/apps/{app_id}/channels",
                         .params = &params_desc, .param_locs = params_locs, .security = security, .n_security = 1};
    return op;
}

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

static void test_signed_request(void)
{
    recorder rec;
    apic_transport t = recorder_transport(&rec, 200, "{}");
    apic_param_value app = {"app_id", "3"};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:6001");
    cfg.transport = &t;
    cfg.api_key = KEY;
    cfg.hmac_secret = SECRET;
    cfg.path_params = &app;
    cfg.n_path_params = 1;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    apic_operation op = channels_op("GET");
    channels_params q = {NULL, "presence-"}; /* app_id from the client */
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_call(c, &op, &q, NULL, NULL, &err), 0);
    CU_ASSERT_EQUAL(strncmp(rec.url, "http://127.0.0.1:6001/apps/3/channels?filter_by_prefix=presence-&auth_key=" KEY
                                     "&auth_timestamp=", 92), 0);
    char ts[32], sig[80];
    CU_ASSERT_PTR_NOT_NULL_FATAL(query_value(rec.url, "auth_timestamp", ts, sizeof ts));
    CU_ASSERT_PTR_NOT_NULL_FATAL(query_value(rec.url, "auth_signature", sig, sizeof sig));
    CU_ASSERT_PTR_NULL(query_value(rec.url, "body_md5", ts + 20, 8)); /* no body, no body_md5 */
    CU_ASSERT(llabs(atoll(ts) - (long long)time(NULL)) <= 2);
    /* Recomputed independently of the request path: the same signature. */
    apic_buf expected = {0};
    CU_ASSERT_EQUAL(apic_pusher_sign_query(KEY, SECRET, "GET", "/apps/3/channels", "filter_by_prefix=presence-", NULL, 0,
                                           atoll(ts), &expected, NULL), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(expected.data, sig));
    apic_buf_free(&expected);
    /* A call's own app_id wins over the client's. */
    q.app_id = "77";
    CU_ASSERT_EQUAL(apic_call(c, &op, &q, NULL, NULL, &err), 0);
    CU_ASSERT_EQUAL(strncmp(rec.url, "http://127.0.0.1:6001/apps/77/channels?", 39), 0);
    /* A reserved name among the query parameters: refused, nothing sent. */
    int calls = rec.calls;
    q.filter_by_prefix = NULL;
    apic_operation bad = op;
    apic_field fields[2];
    memcpy(fields, params_fields, sizeof fields);
    fields[1].name = "auth_key";
    fields[1].name_len = 8;
    apic_struct_desc d = params_desc;
    d.fields = fields;
    bad.params = &d;
    channels_params evil = {"3", "me"};
    CU_ASSERT_EQUAL(apic_call(c, &bad, &evil, NULL, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "reserves"));
    CU_ASSERT_EQUAL(rec.calls, calls);
    apic_error_clear(&err);
    apic_client_free(c);
}

/* --- retries: a 503, then a 200 ------------------------------------------------------------------ */

static struct {
    int calls;
    char urls[2][1024];
    char keys[2][64];
} R;

static int fail_once(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)err;
    int i = R.calls++;
    if (i < 2) {
        snprintf(R.urls[i], sizeof R.urls[i], "%s", req->url);
        for (size_t h = 0; h < req->n_headers; h++) {
            if (strcmp(req->headers[h].name, "X-Idempotency-Key") == 0) snprintf(R.keys[i], 64, "%s", req->headers[h].value);
        }
    }
    if (i == 0) {
        struct timespec wait = {1, 100 * 1000 * 1000}; /* the next attempt falls in another second */
        nanosleep(&wait, NULL);
    }
    res->status = i == 0 ? 503 : 200;
    return apic_buf_puts(&res->body, "{}");
}

static void test_each_attempt_signs_anew(void)
{
    apic_transport t = {fail_once, NULL, NULL};
    apic_param_value app = {"app_id", "3"};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:6001");
    cfg.transport = &t;
    cfg.api_key = KEY;
    cfg.hmac_secret = SECRET;
    cfg.path_params = &app;
    cfg.n_path_params = 1;
    cfg.idempotency_header = "X-Idempotency-Key";
    cfg.retry = (apic_retry_policy){2, 1, 2, 0, 0};
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    apic_operation op = channels_op("POST");
    apic_request_options o = {.body = BODY, .body_len = strlen(BODY)};
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call_with(c, &op, NULL, NULL, &o, NULL, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\n%s\n", err.message);
    CU_ASSERT_EQUAL_FATAL(R.calls, 2);
    CU_ASSERT_EQUAL(err.attempts, 2);
    char ts0[32], ts1[32], md5[40], sig0[80], sig1[80];
    CU_ASSERT_PTR_NOT_NULL_FATAL(query_value(R.urls[0], "auth_timestamp", ts0, sizeof ts0));
    CU_ASSERT_PTR_NOT_NULL_FATAL(query_value(R.urls[1], "auth_timestamp", ts1, sizeof ts1));
    CU_ASSERT_STRING_NOT_EQUAL(ts0, ts1);
    CU_ASSERT_STRING_EQUAL(query_value(R.urls[1], "body_md5", md5, sizeof md5), "ec365a775a4cd0599faeb73354201b6f");
    query_value(R.urls[0], "auth_signature", sig0, sizeof sig0);
    query_value(R.urls[1], "auth_signature", sig1, sizeof sig1);
    CU_ASSERT_STRING_NOT_EQUAL(sig0, sig1);
    for (int i = 0; i < 2; i++) { /* both valid for their own timestamp */
        apic_buf e = {0};
        char ts[32];
        query_value(R.urls[i], "auth_timestamp", ts, sizeof ts);
        CU_ASSERT_EQUAL(apic_pusher_sign_query(KEY, SECRET, "POST", "/apps/3/channels", NULL, BODY, strlen(BODY), atoll(ts),
                                               &e, NULL), 0);
        CU_ASSERT_PTR_NOT_NULL(strstr(e.data, i == 0 ? sig0 : sig1));
        apic_buf_free(&e);
    }
    CU_ASSERT_STRING_EQUAL(R.keys[0], R.keys[1]); /* one idempotency key for the whole call */
    CU_ASSERT_NOT_EQUAL(R.keys[0][0], '\0');
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_config_checks(void)
{
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:6001");
    apic_error err = {0};
    apic_client *c = NULL;
    cfg.encryption_master_key_base64 = "c2hvcnQ="; /* 5 bytes */
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.encryption_master_key_base64"));
    cfg.encryption_master_key_base64 = "OHRXNUZRTG5pUTFzQlFGd3J3N3Q2VFZFc0paZDEweVk=";
    apic_param_value bad = {NULL, "3"};
    cfg.path_params = &bad;
    cfg.n_path_params = 1;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.path_params[0]"));
    cfg.n_path_params = 0;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    apic_client_free(c);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"the PROTOCOLS.md vector byte for byte; query parameters signed", test_vector},
        {"a signed request: five parameters, path and query signed, app_id from the client", test_signed_request},
        {"a 503 then a 200: two attempts, two timestamps, both valid, one key", test_each_attempt_signs_anew},
        {"master key and path parameter defaults are checked", test_config_checks},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"Pusher signing", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
