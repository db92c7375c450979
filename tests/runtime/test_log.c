/* The logger: levels, what a record holds, and what it must never hold. */
#include <CUnit/CUnit.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "recorder.h"

enum { MAX_LINES = 16 };

static struct {
    int n;
    apic_log_level level[MAX_LINES];
    char json[MAX_LINES][8192];
} L;

static void capture(void *ctx, const apic_log_record *r)
{
    (void)ctx;
    if (L.n == MAX_LINES) return;
    L.level[L.n] = r->level;
    snprintf(L.json[L.n], sizeof L.json[0], "%s", r->json);
    L.n++;
}

typedef struct person {
    char *email;
    char *first_name;
    char *note;
} person;

static const apic_type email_type = {APIC_STRING, APIC_FMT_EMAIL, NULL, NULL, NULL};
static const apic_field person_fields[] = {
    {"email", 5, APIC_F_PII, offsetof(person, email), -1, -1, &email_type},
    {"first_name", 10, APIC_F_PII, offsetof(person, first_name), -1, -1, &apic_type_string},
    {"note", 4, 0, offsetof(person, note), -1, -1, &apic_type_string},
};
static const apic_struct_desc person_desc = {"Person", sizeof(person), person_fields, 3, -1, -1, NULL};
static const apic_type person_type = {APIC_OBJECT, APIC_FMT_NONE, &person_desc, NULL, NULL};
static const apic_response responses[] = {{201, &person_type, "application/json", APIC_RESPONSE_JSON}};
static const apic_security_scheme bearer = {"bearer", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme partner_key = {"partner", APIC_AUTH_API_KEY, APIC_IN_HEADER, "X-Partner-Ident", NULL, NULL};
static const apic_security_scheme query_key = {"q", APIC_AUTH_API_KEY, APIC_IN_QUERY, "access", NULL, NULL};
static const apic_hmac_scheme hmac_params = {"X-Stamp", "v1="};
static const apic_security_scheme hmac = {"hmac", APIC_AUTH_HMAC, APIC_IN_HEADER, "X-Mac", &hmac_params, NULL};
static const apic_security_scheme *const all[] = {&bearer, &partner_key, &query_key, &hmac};
static const apic_security_req needs_all[] = {{all, 4}};
static const apic_operation create_op = {"t_people_create", "POST", "/people", NULL, NULL, &person_type,
                                         "application/json", true, responses, 1, needs_all, 1, APIC_BODY_JSON, NULL, NULL};

static recorder R;
static const char *PII_KEYS[] = {"first_name", NULL};

static apic_client *client_with(apic_log_level level, bool redact, int status, const char *body)
{
    apic_transport t = recorder_transport(&R, status, body);
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    cfg.token = "tok-SECRET-1234";
    cfg.api_key = "key-SECRET-5678";
    cfg.hmac_secret = "mac-SECRET-9012";
    cfg.transport = &t;
    cfg.log_level = level;
    cfg.log_sink = capture;
    cfg.redact_pii = redact;
    cfg.log_body_max = 300;
    cfg.pii_keys = PII_KEYS;
    cfg.retry = (apic_retry_policy){1, 1, 1, 0, 0};
    memset(&L, 0, sizeof L);
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    return c;
}

static bool logged(const char *text)
{
    for (int i = 0; i < L.n; i++) {
        if (strstr(L.json[i], text) != NULL) return true;
    }
    return false;
}

static void call(apic_client *c)
{
    person p = {"amina.otieno@example.com", "Amina", "call me on +254 712 345 678"};
    void *out = NULL;
    apic_call(c, &create_op, NULL, &p, &out, NULL);
    apic_value_free(&person_type, out);
}

static void test_off_logs_nothing(void)
{
    apic_client *c = client_with(APIC_LOG_OFF, false, 201, "{}");
    call(c);
    CU_ASSERT_EQUAL(R.calls, 1);
    CU_ASSERT_EQUAL(L.n, 0);
    apic_client_free(c);
}

static void test_info_record(void)
{
    apic_client *c = client_with(APIC_LOG_INFO, false, 201, "{\"email\":\"a@b.example\"}");
    call(c);
    CU_ASSERT_EQUAL_FATAL(L.n, 1);
    CU_ASSERT_EQUAL(L.level[0], APIC_LOG_INFO);
    const char *j = L.json[0];
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "\"level\":\"info\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "\"operation\":\"t_people_create\",\"method\":\"POST\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "\"url\":\"http://h/api/people?access=[redacted]\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "\"status\":201,\"attempt\":1,\"duration_ms\":"));
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "\"idempotency_key\":\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "\"bytes_sent\":"));
    CU_ASSERT_PTR_NULL(strstr(j, "request_body")); /* bodies only at debug */
    CU_ASSERT_PTR_NULL(strstr(j, "SECRET"));
    apic_client_free(c);
}

static void test_debug_redacts_secrets_always(void)
{
    /* The server echoes the token: even then it does not reach the log. */
    apic_client *c = client_with(APIC_LOG_DEBUG, false, 201, "{\"note\":\"your token is tok-SECRET-1234\"}");
    call(c);
    CU_ASSERT_EQUAL_FATAL(L.n, 1);
    const char *j = L.json[0];
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "Authorization: [redacted]"));
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "X-Partner-Ident: [redacted]")); /* an API key header of any name */
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "X-Mac: [redacted]"));           /* the HMAC signature */
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "X-Stamp: "));                   /* a timestamp is no secret */
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "your token is [redacted]"));
    CU_ASSERT_PTR_NULL(strstr(j, "SECRET"));
    CU_ASSERT_PTR_NULL(strstr(j, "v1=")); /* no piece of the signature either */
    /* Without redact_pii, personal data is shown. */
    CU_ASSERT_PTR_NOT_NULL(strstr(j, "amina.otieno@example.com"));
    apic_client_free(c);
}

static void test_redact_pii(void)
{
    apic_client *c = client_with(APIC_LOG_DEBUG, true, 201, "{\"email\":\"wanjiru@example.co.ke\",\"first_name\":\"Wanjiru\"}");
    call(c);
    CU_ASSERT_EQUAL_FATAL(L.n, 1);
    CU_ASSERT_FALSE(logged("amina.otieno@example.com"));
    CU_ASSERT_FALSE(logged("Amina"));
    CU_ASSERT_FALSE(logged("712 345"));
    CU_ASSERT_FALSE(logged("wanjiru@"));
    CU_ASSERT_FALSE(logged("Wanjiru"));
    CU_ASSERT_TRUE(logged("a***@e***.com"));
    CU_ASSERT_TRUE(logged("+2547****678"));
    CU_ASSERT_TRUE(logged("\\\"first_name\\\":\\\"A***\\\""));
    apic_client_free(c);
}

static void test_levels_of_failures_and_bounds(void)
{
    /* 503 then 503: a warning for the retried attempt, an error for the last. */
    apic_client *c = client_with(APIC_LOG_WARN, false, 503, "{\"message\":\"down\"}");
    call(c);
    CU_ASSERT_EQUAL_FATAL(L.n, 2);
    CU_ASSERT_EQUAL(L.level[0], APIC_LOG_WARN);
    CU_ASSERT_PTR_NOT_NULL(strstr(L.json[0], "retrying in 1 ms"));
    CU_ASSERT_EQUAL(L.level[1], APIC_LOG_ERROR);
    CU_ASSERT_PTR_NOT_NULL(strstr(L.json[1], "HTTP 503 (after 2 attempts)"));
    apic_client_free(c);

    /* A long body is cut at log_body_max; binary content is never printed. */
    char big[2000];
    memset(big, 'x', sizeof big);
    memcpy(big, "{\"note\":\"", 9);
    memcpy(big + sizeof big - 3, "\"}", 3);
    c = client_with(APIC_LOG_DEBUG, false, 201, big);
    call(c);
    CU_ASSERT_TRUE(logged("more bytes]"));
    apic_client_free(c);

    /* Refused before sending: one error, nothing else. */
    c = client_with(APIC_LOG_DEBUG, true, 201, "{}");
    CU_ASSERT_EQUAL(apic_call(c, &create_op, NULL, NULL, NULL, NULL), APIC_E_ARG);
    CU_ASSERT_EQUAL(R.calls, 0);
    CU_ASSERT_EQUAL_FATAL(L.n, 1);
    CU_ASSERT_EQUAL(L.level[0], APIC_LOG_ERROR);
    CU_ASSERT_PTR_NOT_NULL(strstr(L.json[0], "the request body is required"));
    apic_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"off: no record built", test_off_logs_nothing},
        {"info: method, masked URL, status, attempt, timing, key", test_info_record},
        {"debug: secrets redacted whatever the settings", test_debug_redacts_secrets_always},
        {"redact_pii: emails, phones, marked members masked", test_redact_pii},
        {"warn and error levels; body bounds", test_levels_of_failures_and_bounds},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"logging", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
