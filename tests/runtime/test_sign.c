/* HMAC signing and the authentication chain: vectors computed independently (openssl dgst
 * -sha256 -hmac, and RFC 4231 / the well-known "quick brown fox" value), and what a request
 * carries for bearer, HMAC, bearer + HMAC and a user signer. */
#include <CUnit/CUnit.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "recorder.h"

#define SECRET "whsec-esauti-test"
#define ENVELOPE "{\"id\":\"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa\",\"type\":\"customer.created\"}"

static void test_hmac_vectors(void)
{
    char out[APIC_SHA256_HEX_LEN + 1];
    const void *fox[] = {"The quick brown fox ", "jumps over the lazy dog"};
    const size_t fox_len[] = {20, 23};
    CU_ASSERT_EQUAL(apic_hmac_sha256_hex("key", 3, fox, fox_len, 2, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    CU_ASSERT_EQUAL(apic_hmac_sha256_hex("key", 3, NULL, NULL, 0, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0");
    /* RFC 4231 test case 2. */
    const void *what[] = {"what do ya want for nothing?"};
    const size_t what_len[] = {28};
    CU_ASSERT_EQUAL(apic_hmac_sha256_hex("Jefe", 4, what, what_len, 1, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

static void test_request_signature_vectors(void)
{
    char out[APIC_SHA256_HEX_LEN + 1];
    CU_ASSERT_EQUAL(apic_sign_request(SECRET, "POST", "/api/integrations/events", 1700000000LL, ENVELOPE,
                                      strlen(ENVELOPE), out), 0);
    CU_ASSERT_STRING_EQUAL(out, "a8e790a3d6646fcfd22a5653e9600a0284ea097b528b75550c3aaab1318519bf");
    /* No body: the base string ends with the newline after the timestamp. */
    CU_ASSERT_EQUAL(apic_sign_request(SECRET, "GET", "/contacts?limit=10", 1700000001LL, NULL, 0, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "fb71e0e730868a84979c7628ba3ff8ecf9b1c570853fdb6a52353b6805241f5c");
}

/* --- the chain on a request ---------------------------------------------------------------- */

static const apic_hmac_scheme hmac_params = {"X-Test-Timestamp", "sha256="};
static const apic_security_scheme bearer = {"bearerAuth", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme hmac = {"hmacSignature", APIC_AUTH_HMAC, APIC_IN_HEADER, "X-Test-Signature", &hmac_params, NULL};
static const apic_security_scheme *const both[] = {&bearer, &hmac};
static const apic_security_scheme *const bearer_only[] = {&bearer};
/* bearer + HMAC when a secret is configured, else bearer alone (as spec/esauti does for events) */
static const apic_security_req signed_or_bearer[] = {{both, 2}, {bearer_only, 1}};
static const apic_operation ingest = {"test_ingest", "POST", "/integrations/events", NULL, NULL, &apic_type_any,
                                      "application/json", true, NULL, 0, signed_or_bearer, 2, APIC_BODY_JSON, NULL, NULL};

static recorder R;

static apic_client *client_with(const char *token, const char *secret, const apic_signer *signer)
{
    apic_transport t = recorder_transport(&R, 202, NULL);
    apic_config cfg = APIC_CONFIG_INIT("http://h:8080/api");
    cfg.token = token;
    cfg.hmac_secret = secret;
    cfg.signer = signer;
    cfg.transport = &t;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    apic_error_clear(&err);
    return c;
}

static void test_bearer_and_hmac_together(void)
{
    apic_client *c = client_with("tok", SECRET, NULL);
    const char *body = ENVELOPE;
    apic_error err = {0};
    long long before = (long long)time(NULL);
    CU_ASSERT_EQUAL(apic_call(c, &ingest, NULL, &body, NULL, &err), 0);
    long long after = (long long)time(NULL);
    char ts[32], sig[128], auth[64], expect[APIC_SHA256_HEX_LEN + 1];
    CU_ASSERT_PTR_NOT_NULL_FATAL(recorder_header(&R, "Authorization", auth, sizeof auth));
    CU_ASSERT_STRING_EQUAL(auth, "Bearer tok");
    CU_ASSERT_PTR_NOT_NULL_FATAL(recorder_header(&R, "X-Test-Timestamp", ts, sizeof ts));
    CU_ASSERT_PTR_NOT_NULL_FATAL(recorder_header(&R, "X-Test-Signature", sig, sizeof sig));
    long long sent = atoll(ts);
    CU_ASSERT(sent >= before && sent <= after);
    /* Recomputed over what the transport received: method, target, timestamp, exact body. */
    CU_ASSERT_STRING_EQUAL(R.url, "http://h:8080/api/integrations/events");
    CU_ASSERT_EQUAL(apic_sign_request(SECRET, "POST", "/api/integrations/events", sent, R.body, R.body_len, expect), 0);
    CU_ASSERT_EQUAL(strncmp(sig, "sha256=", 7), 0);
    CU_ASSERT_STRING_EQUAL(sig + 7, expect);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_no_secret_means_bearer_alone(void)
{
    apic_client *c = client_with("tok", NULL, NULL);
    const char *body = "{}";
    CU_ASSERT_EQUAL(apic_call(c, &ingest, NULL, &body, NULL, NULL), 0);
    char buf[64];
    CU_ASSERT_PTR_NOT_NULL(recorder_header(&R, "Authorization", buf, sizeof buf));
    CU_ASSERT_PTR_NULL(recorder_header(&R, "X-Test-Signature", buf, sizeof buf));
    CU_ASSERT_PTR_NULL(recorder_header(&R, "X-Test-Timestamp", buf, sizeof buf));
    apic_client_free(c);
    /* An empty secret is no secret (it would sign with a key anyone can guess). */
    c = client_with("tok", "", NULL);
    CU_ASSERT_EQUAL(apic_call(c, &ingest, NULL, &body, NULL, NULL), 0);
    CU_ASSERT_PTR_NULL(recorder_header(&R, "X-Test-Signature", buf, sizeof buf));
    apic_client_free(c);
}

static void test_signature_covers_query(void)
{
    apic_client *c = client_with("tok", SECRET, NULL);
    const char *body = "{}";
    apic_request_options o = {"http://other:9/in?tenant=a%20b", NULL, 0, NULL, 0, NULL, 0, 0, NULL, false, APIC_CACHE_USE, NULL, NULL, 0};
    CU_ASSERT_EQUAL(apic_call_with(c, &ingest, NULL, &body, &o, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(R.url, "http://other:9/in?tenant=a%20b");
    char ts[32], sig[128], expect[APIC_SHA256_HEX_LEN + 1];
    CU_ASSERT_PTR_NOT_NULL_FATAL(recorder_header(&R, "X-Test-Timestamp", ts, sizeof ts));
    CU_ASSERT_PTR_NOT_NULL_FATAL(recorder_header(&R, "X-Test-Signature", sig, sizeof sig));
    apic_sign_request(SECRET, "POST", "/in?tenant=a%20b", atoll(ts), "{}", 2, expect);
    CU_ASSERT_STRING_EQUAL(sig + 7, expect);
    apic_client_free(c);
}

/* A user signer sees the final request (auth headers already there) and adds its own. */
static int count_signer(void *ctx, apic_signing *req, apic_error *err)
{
    (void)err;
    int *seen = (int *)ctx;
    (*seen)++;
    CU_ASSERT_STRING_EQUAL(req->method, "POST");
    CU_ASSERT_STRING_EQUAL(req->target, "/api/integrations/events");
    CU_ASSERT_EQUAL(req->body_len, 2);
    char line[64];
    snprintf(line, sizeof line, "n=%d;len=%zu", *seen, req->body_len);
    return apic_signing_add_header(req, "X-Custom-Signature", line);
}

static int refusing_signer(void *ctx, apic_signing *req, apic_error *err)
{
    (void)ctx;
    (void)req;
    return apic_error_set(err, APIC_E_CONFIG, "no key for this tenant");
}

static void test_user_signer_last_in_chain(void)
{
    int seen = 0;
    apic_signer s = {count_signer, &seen};
    apic_client *c = client_with("tok", SECRET, &s);
    const char *body = "{}";
    CU_ASSERT_EQUAL(apic_call(c, &ingest, NULL, &body, NULL, NULL), 0);
    CU_ASSERT_EQUAL(seen, 1);
    char buf[64];
    CU_ASSERT_PTR_NOT_NULL(recorder_header(&R, "X-Custom-Signature", buf, sizeof buf));
    CU_ASSERT_STRING_EQUAL(buf, "n=1;len=2");
    /* Order: Authorization, then the HMAC pair, then the signer's header. */
    const char *a = strstr(R.headers, "Authorization:"), *h = strstr(R.headers, "X-Test-Signature:"),
               *u = strstr(R.headers, "X-Custom-Signature:");
    CU_ASSERT(a != NULL && h != NULL && u != NULL && a < h && h < u);
    apic_client_free(c);

    apic_signer no = {refusing_signer, NULL};
    c = client_with("tok", NULL, &no);
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &ingest, NULL, &body, NULL, &err), APIC_E_CONFIG);
    CU_ASSERT_EQUAL(R.calls, 0); /* refused: nothing sent */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "no key for this tenant"));
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_request_options(void)
{
    apic_client *c = client_with("tok", NULL, NULL);
    apic_header extra[] = {{"Idempotency-Key", "k-1"}, {"X-Source", "pos"}};
    const char raw[] = "{\"already\":\"encoded\"}";
    apic_request_options o = {"http://h:8080/elsewhere", extra, 2, raw, sizeof raw - 1, NULL, 0, 0, NULL, false, APIC_CACHE_USE, NULL, NULL, 0};
    CU_ASSERT_EQUAL(apic_call_with(c, &ingest, NULL, NULL, &o, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(R.url, "http://h:8080/elsewhere");
    CU_ASSERT_STRING_EQUAL(R.body, raw);
    char buf[64];
    CU_ASSERT_STRING_EQUAL(recorder_header(&R, "Idempotency-Key", buf, sizeof buf), "k-1");
    CU_ASSERT_STRING_EQUAL(recorder_header(&R, "X-Source", buf, sizeof buf), "pos");
    CU_ASSERT_STRING_EQUAL(recorder_header(&R, "Content-Type", buf, sizeof buf), "application/json");
    apic_client_free(c);
}

static void test_config_errors_name_the_key(void)
{
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    apic_client *c = NULL;
    apic_error err = {0};
    cfg.events_endpoint = "integrations/events";
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.events_endpoint"));
    cfg.events_endpoint = NULL;
    cfg.event_source = "a\r\nX-Injected: 1";
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.event_source"));
    cfg.event_source = NULL;
    apic_signer s = {NULL, NULL};
    cfg.signer = &s;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.signer"));
    CU_ASSERT_PTR_NULL(c);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo vectors[] = {
        {"HMAC-SHA256 vectors", test_hmac_vectors},
        {"request signature vectors (openssl dgst)", test_request_signature_vectors},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo chain[] = {
        {"bearer + HMAC: both headers, signature over the exact bytes", test_bearer_and_hmac_together},
        {"no (or empty) secret: bearer alone", test_no_secret_means_bearer_alone},
        {"signature covers the query", test_signature_covers_query},
        {"user signer runs last; a refusal sends nothing", test_user_signer_last_in_chain},
        {"request options: URL, headers, pre-encoded body", test_request_options},
        {"config errors name the key", test_config_errors_name_the_key},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"vectors", NULL, NULL, NULL, NULL, vectors},
        {"authentication chain", NULL, NULL, NULL, NULL, chain},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
