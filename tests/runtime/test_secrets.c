/* Secrets copied into a client are wiped before their memory is freed.
 *
 * This program is linked with -Wl,--wrap=free -Wl,--wrap=realloc (see the Makefile), so every
 * free() and realloc() the runtime (libapic.a) makes comes here first. Each secret is a marker
 * no other text holds; every block freed is scanned for each marker (the whole block as the
 * allocator sized it, malloc_usable_size()), and so is every block realloc() moves (realloc frees
 * the old block as it is). A marker found is a copy freed unwiped: the test fails naming it.
 *
 * What it cannot see: copies made by the libraries the runtime hands a secret to, which free
 * with their own free() (libcurl's copies of header lines, URLs and the proxy; OpenSSL's HMAC
 * states, which it frees with OPENSSL_clear_free). Its requests go to a recording transport, so
 * libcurl never holds a marker here. Works under gcc, clang, valgrind (blocks are scanned through
 * a copy marked defined) and ASan (its malloc_usable_size() and free() are the wrapped ones). */
#include <malloc.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef VALGRIND_MAKE_MEM_DEFINED
#define VALGRIND_MAKE_MEM_DEFINED(p, n) ((void)(p), (void)(n))
#endif

#include "apic/apic.h"
#include "cunit_run.h"
#include "recorder.h"

/* --- the markers -------------------------------------------------------------------------------- */

#define TOKEN "tok-Q7vX2mR9-SECRET-TOKEN"
#define API_KEY "key-Z3kP8wL1-SECRET-APIKEY"
#define PASSWORD "pw-H6dN4tY0-SECRET-PASSWORD"
#define HMAC_SECRET "hmac-B5rJ1cU8-SECRET-HMAC"
#define WEBHOOK_SECRET "whk-M2gF7sA3-SECRET-WEBHOOK"
#define PROXY_PASSWORD "prx-K9eT5vW2-SECRET-PROXY"
/* 32 bytes: the master key of encrypted channels and a Standard Webhooks key, as decoded. */
#define MASTER_KEY "MASTER-KEY-32-BYTES-D4xC8nE6qL0w"
#define WHSEC_KEY "WHSEC-KEY-32-BYTES-decoded-R1yI7"
_Static_assert(sizeof MASTER_KEY - 1 == 32 && sizeof WHSEC_KEY - 1 == 32, "32-byte keys");

enum { N_MARKERS = 9 };
static const char *const marker_name[N_MARKERS] = {"token", "api_key", "password", "hmac_secret", "webhook secret",
                                                   "proxy password", "encryption master key (decoded)",
                                                   "Standard Webhooks key (decoded)", "Basic credentials (base64)"};
static char basic_b64[128]; /* base64 of "user:" PASSWORD, as the Authorization header carries it */
static const char *marker_text(int i)
{
    static const char *const text[N_MARKERS] = {TOKEN, API_KEY, PASSWORD, HMAC_SECRET, WEBHOOK_SECRET, PROXY_PASSWORD,
                                                MASTER_KEY, WHSEC_KEY, basic_b64};
    return text[i];
}

/* --- the wrapped allocator ----------------------------------------------------------------------- */

void __real_free(void *p);
void *__real_realloc(void *p, size_t n);
void __wrap_free(void *p);
void *__wrap_realloc(void *p, size_t n);

static int armed;                /* scan only while a test runs the runtime */
static int quiet;                /* the detector's own test: a copy found is expected, not told */
static int leaks[N_MARKERS];     /* copies found, by marker */
static unsigned long frees_seen; /* blocks scanned: proof that the runtime's frees come here */

static size_t find(const unsigned char *hay, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; m > 0 && i + m <= n; i++) {
        if (hay[i] == (unsigned char)needle[0] && memcmp(hay + i, needle, m) == 0) return i;
    }
    return (size_t)-1;
}

/* The first marker in the block, or -1. The bytes are read through a copy marked defined, so
 * valgrind does not count the scan of a block's unused room as a use of uninitialised memory. */
static int marker_in(const void *block)
{
    enum { CHUNK = 4096, OVERLAP = 64 };
    static _Thread_local unsigned char scratch[CHUNK + OVERLAP];
    size_t n = malloc_usable_size((void *)block);
    for (size_t at = 0; at < n; at += CHUNK) {
        size_t len = n - at < CHUNK + OVERLAP ? n - at : CHUNK + OVERLAP;
        memcpy(scratch, (const unsigned char *)block + at, len);
        VALGRIND_MAKE_MEM_DEFINED(scratch, len);
        for (int i = 0; i < N_MARKERS; i++) {
            if (marker_text(i)[0] != '\0' && find(scratch, len, marker_text(i)) != (size_t)-1) return i;
        }
    }
    return -1;
}

static void leaked(int which, const char *how)
{
    leaks[which]++;
    if (!quiet) fprintf(stderr, "  secret left in memory %s: %s\n", how, marker_name[which]);
}

void __wrap_free(void *p)
{
    if (p != NULL && armed) {
        frees_seen++;
        int m = marker_in(p);
        if (m >= 0) leaked(m, "by free()");
    }
    __real_free(p);
}

void *__wrap_realloc(void *p, size_t n)
{
    int m = p != NULL && armed ? marker_in(p) : -1;
    void *q = __real_realloc(p, n);
    if (m >= 0 && q != NULL && q != p) leaked(m, "by realloc() (the old block, freed as it was)");
    return q;
}

static void arm(void)
{
    memset(leaks, 0, sizeof leaks);
    frees_seen = 0;
    armed = 1;
}

/* Disarms and asserts that nothing leaked. */
static void expect_no_leak(void)
{
    armed = 0;
    for (int i = 0; i < N_MARKERS; i++) {
        if (leaks[i] != 0) fprintf(stderr, "  %d unwiped cop%s of the %s\n", leaks[i], leaks[i] == 1 ? "y" : "ies", marker_name[i]);
        CU_ASSERT_EQUAL(leaks[i], 0);
    }
    CU_ASSERT_TRUE(frees_seen > 0);
}

static void base64(const unsigned char *in, size_t n, char *out)
{
    static const char a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t w = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[w++] = a[v >> 18 & 63];
        out[w++] = a[v >> 12 & 63];
        out[w++] = i + 1 < n ? a[v >> 6 & 63] : '=';
        out[w++] = i + 2 < n ? a[v & 63] : '=';
    }
    out[w] = '\0';
}

/* --- operations, one per way a credential is sent ----------------------------------------------- */

static const apic_response ok[] = {{200, NULL, NULL, APIC_RESPONSE_JSON}};
static const apic_security_scheme bearer = {"bearer", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme basic = {"basic", APIC_AUTH_BASIC, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme key_header = {"kh", APIC_AUTH_API_KEY, APIC_IN_HEADER, "X-Api-Key", NULL, NULL};
static const apic_security_scheme key_prefixed = {"kp", APIC_AUTH_API_KEY, APIC_IN_HEADER, "Authorization", NULL,
                                                  "ServiceToken "};
static const apic_security_scheme key_query = {"kq", APIC_AUTH_API_KEY, APIC_IN_QUERY, "key", NULL, NULL};
static const apic_security_scheme key_cookie = {"kc", APIC_AUTH_API_KEY, APIC_IN_COOKIE, "session", NULL, NULL};
static const apic_hmac_scheme hmac_how = {"X-Timestamp", "sha256="};
static const apic_security_scheme hmac = {"hmac", APIC_AUTH_HMAC, APIC_IN_HEADER, "X-Signature", &hmac_how, NULL};
static const apic_security_scheme *const s_bearer_hmac[] = {&bearer, &hmac};
static const apic_security_scheme *const s_basic[] = {&basic};
static const apic_security_scheme *const s_keys[] = {&key_header, &key_query, &key_cookie};
static const apic_security_scheme *const s_prefixed[] = {&key_prefixed};
static const apic_security_req r_bearer_hmac[] = {{s_bearer_hmac, 2}};
static const apic_security_req r_basic[] = {{s_basic, 1}};
static const apic_security_req r_keys[] = {{s_keys, 3}};
static const apic_security_req r_prefixed[] = {{s_prefixed, 1}};

#define OP(name, method, sec) {name, method, "/things", NULL, NULL, NULL, NULL, false, ok, 1, sec, 1, APIC_BODY_JSON, NULL, NULL}
static const apic_operation ops[] = {OP("t_bearer_hmac", "POST", r_bearer_hmac), OP("t_basic", "GET", r_basic),
                                     OP("t_keys", "GET", r_keys), OP("t_prefixed", "DELETE", r_prefixed)};

/* A signer that sends a copy of the token (as some schemes do, under a name of their own). */
static int sign_with_token(void *ctx, apic_signing *req, apic_error *err)
{
    (void)ctx;
    (void)err;
    return apic_signing_add_header(req, "X-Extra-Auth", TOKEN);
}

static void discard(void *ctx, const apic_log_record *r)
{
    (void)ctx;
    (void)r;
}

static recorder R;

static void fill_config(apic_config *cfg, apic_transport *t, const apic_signer *signer, const apic_webhook_secret *whs)
{
    static char master_b64[64];
    base64((const unsigned char *)MASTER_KEY, 32, master_b64);
    *t = recorder_transport(&R, 200, "{}");
    cfg->token = TOKEN;
    cfg->api_key = API_KEY;
    cfg->username = "user";
    cfg->password = PASSWORD;
    cfg->hmac_secret = HMAC_SECRET;
    cfg->encryption_master_key_base64 = master_b64;
    cfg->webhook_scheme = &APIC_WEBHOOK_SCHEMATIC;
    cfg->webhook_secrets = whs;
    cfg->n_webhook_secrets = 1;
    cfg->transport = t;
    cfg->signer = signer;
    cfg->retry.max_retries = APIC_NO_RETRY;
    cfg->log_level = APIC_LOG_DEBUG; /* the logger's records are built, and freed, too */
    cfg->log_sink = discard;
}

/* --- the tests ------------------------------------------------------------------------------------ */

/* The detector itself: a copy freed as it is is found, a wiped one is not. */
static void test_detector_finds_an_unwiped_copy(void)
{
    /* Called through volatile pointers: the compiler must not drop a malloc() and free() pair. */
    void *(*volatile alloc)(size_t) = malloc;
    void *(*volatile grow)(void *, size_t) = realloc;
    void (*volatile release)(void *) = free;
    arm();
    quiet = 1;
    char *copy = alloc(64);
    CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
    strcpy(copy, TOKEN);
    release(copy);
    armed = quiet = 0;
    CU_ASSERT_EQUAL(leaks[0], 1);
    /* A block holding a secret moved by realloc() (1 MiB does not fit where 64 bytes were). */
    arm();
    quiet = 1;
    copy = alloc(64);
    CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
    strcpy(copy, API_KEY);
    uintptr_t was = (uintptr_t)copy;
    char *moved = grow(copy, 1 << 20);
    CU_ASSERT_PTR_NOT_NULL_FATAL(moved);
    CU_ASSERT_TRUE((uintptr_t)moved != was);
    memset(moved, 0, 1 << 20);
    release(moved);
    armed = quiet = 0;
    CU_ASSERT_EQUAL(leaks[1], 1);
    arm();
    copy = alloc(64);
    CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
    strcpy(copy, TOKEN);
    volatile char *v = copy;
    for (size_t i = 0; i < 64; i++) v[i] = 0;
    release(copy);
    expect_no_leak();
}

/* Every credential a config can hold, used by every kind of scheme, then the client freed. */
static void test_client_copies_wiped(void)
{
    apic_webhook_secret whs = {NULL, WEBHOOK_SECRET};
    apic_signer signer = {sign_with_token, NULL};
    apic_transport t;
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    fill_config(&cfg, &t, &signer, &whs);
    arm();
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, &err), 0);
    /* Each is sent, so each copy a request makes existed. */
    static const char *const sent[] = {"Authorization: Bearer " TOKEN, "Authorization: Basic ", "X-Api-Key: " API_KEY,
                                       "Authorization: ServiceToken " API_KEY};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        CU_ASSERT_EQUAL(apic_call(c, &ops[i], NULL, NULL, NULL, &err), 0);
        CU_ASSERT_PTR_NOT_NULL(strstr(R.headers, sent[i]));
        if (i == 2) {
            CU_ASSERT_PTR_NOT_NULL(strstr(R.url, "?key=" API_KEY));
            CU_ASSERT_PTR_NOT_NULL(strstr(R.headers, "Cookie: session=" API_KEY));
        }
    }
    CU_ASSERT_EQUAL(R.calls, 4);
    apic_error_clear(&err);
    apic_client_free(c);
    expect_no_leak();
}

/* A client refused after the credentials were copied (a bad master key is decoded last). */
static void test_refused_client_wipes(void)
{
    apic_webhook_secret whs = {NULL, WEBHOOK_SECRET};
    apic_transport t;
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    fill_config(&cfg, &t, NULL, &whs);
    cfg.encryption_master_key_base64 = "not base64 of 32 bytes";
    arm();
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.encryption_master_key_base64"));
    expect_no_leak();
}

/* Standard Webhooks secrets are base64: the decoded key is what must not stay. */
static void test_whsec_key_wiped(void)
{
    char secret[80] = "whsec_";
    base64((const unsigned char *)WHSEC_KEY, 32, secret + 6);
    apic_webhook_secret whs = {NULL, secret};
    apic_transport t = recorder_transport(&R, 200, "{}");
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    cfg.transport = &t;
    cfg.webhook_scheme = &APIC_WEBHOOK_STANDARD;
    cfg.webhook_secrets = &whs;
    cfg.n_webhook_secrets = 1;
    arm();
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    apic_client_free(c);
    expect_no_leak();
}

/* The libcurl transport keeps the proxy URL, user:password included (config.proxy documents it). */
static void test_proxy_credentials_wiped(void)
{
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9/api");
    cfg.proxy = "http://proxy-user:" PROXY_PASSWORD "@127.0.0.1:9";
    arm();
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, &err), 0);
    apic_client_free(c);
    expect_no_leak();
}

int main(void)
{
    char pair[64];
    snprintf(pair, sizeof pair, "user:%s", PASSWORD);
    base64((const unsigned char *)pair, strlen(pair), basic_b64);
    CU_TestInfo tests[] = {
        {"the detector finds a copy freed unwiped, and not a wiped one", test_detector_finds_an_unwiped_copy},
        {"token, API key, password, HMAC secret, master key, webhook secret: every copy wiped", test_client_copies_wiped},
        {"a client refused after copying credentials wipes them", test_refused_client_wipes},
        {"a Standard Webhooks key (decoded from whsec_) wiped", test_whsec_key_wiped},
        {"proxy credentials of the libcurl transport wiped", test_proxy_credentials_wiped},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"secrets", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
