/* TLS through the libcurl transport, against nginx (tests/tls/run.sh) with a test CA, its servers
 * speaking TLS 1.3 (the API) and 1.2 (another origin): a CA the
 * system does not know is refused, saying so, until ca_file names it; a certificate for another
 * host name is refused; public-key pins pass when right and fail when wrong; redirects are not
 * followed by default, and when they are, the credentials reach the API's origin and not the
 * other one (the servers' logs say what each request carried). Errors about who the server is are
 * not retried. With the argument "legacy" (run with a client configuration that allows TLS 1.0 and
 * 1.1): a plain libcurl handle reaches servers limited to those versions, the runtime does not. */
#include <CUnit/CUnit.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "thing.h"

static const apic_security_scheme bearer = {"bearer", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme key_header = {"key", APIC_AUTH_API_KEY, APIC_IN_HEADER, "X-API-Key", NULL, NULL};
static const apic_security_scheme key_cookie = {"session", APIC_AUTH_API_KEY, APIC_IN_COOKIE, "session", NULL, NULL};
static const apic_security_scheme *const every_way[] = {&bearer, &key_header, &key_cookie};
static const apic_security_req sec[] = {{every_way, 3}};
static const apic_operation get_op = {.name = "things_get", .method = "GET", .path = "/things/1",
                                      .responses = thing_responses, .n_responses = 1, .security = sec, .n_security = 1};

static const char *env(const char *name)
{
    const char *v = getenv(name);
    if (v == NULL) {
        fprintf(stderr, "%s is not set: run this program through tests/tls/run.sh\n", name);
        exit(2);
    }
    return v;
}

static int sign(void *ctx, apic_signing *req, apic_error *err)
{
    (void)ctx;
    (void)err;
    return apic_signing_add_header(req, "X-Signer", "signed");
}

typedef struct setup {
    const char *base;
    const char *ca_file;
    const char *pin;
    unsigned max_redirects;
    int max_retries; /* 0: the default (3) */
} setup;

static apic_client *client_of(setup s)
{
    apic_config cfg = APIC_CONFIG_INIT(s.base);
    cfg.ca_file = s.ca_file;
    cfg.pinned_public_key = s.pin;
    cfg.max_redirects = s.max_redirects;
    cfg.token = "tok-1";
    cfg.api_key = "key-1";
    apic_signer signer = {sign, NULL};
    cfg.signer = &signer;
    cfg.retry.max_retries = s.max_retries;
    cfg.retry.initial_delay_ms = 10;
    cfg.timeout_ms = 20000; /* valgrind makes handshakes slow */
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    if (c == NULL) fprintf(stderr, "\n  apic_client_new: %s\n", err.message);
    apic_error_clear(&err);
    return c;
}

/* One GET of url through c; its status, *id the answer's id (or -1). */
static int get(apic_client *c, const char *url, int64_t *id, apic_error *err)
{
    apic_request_options o = {0};
    o.url = url;
    thing *t = NULL;
    int rc = apic_call_with(c, &get_op, NULL, NULL, &o, (void **)&t, err);
    *id = t != NULL && t->has_id ? t->id : -1;
    apic_value_free(&thing_type, t);
    return rc;
}

static void expect_refused(const apic_error *err, const char *what, const char *reason)
{
    CU_ASSERT_EQUAL(err->kind, APIC_E_TRANSPORT);
    CU_ASSERT_EQUAL(err->http_status, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(err->message, what));
    CU_ASSERT_PTR_NOT_NULL(strstr(err->message, reason));
    printf("\n    %s\n", err->message);
}

/* --- certificates -------------------------------------------------------------------------------- */

static void test_unknown_ca(void)
{
    apic_client *c = client_of((setup){env("TLS_GOOD_URL"), NULL, NULL, 0, 0});
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, env("TLS_GOOD_URL"), &id, &err), APIC_E_TRANSPORT);
    expect_refused(&err, "TLS: the server's certificate was refused", "SSL certificate problem");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "issuer"));
    CU_ASSERT_EQUAL(err.attempts, 1); /* the default policy retries transport errors, not this one */
    CU_ASSERT_FALSE(err.retryable);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_ca_file(void)
{
    apic_client *c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), NULL, 0, 0});
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, env("TLS_GOOD_URL"), &id, &err), 0);
    CU_ASSERT_EQUAL(id, 1);
    apic_error_clear(&err);
    /* The certificate names localhost too: the same server by that name is fine. */
    char url[128];
    snprintf(url, sizeof url, "https://localhost:%s", strrchr(env("TLS_GOOD_URL"), ':') + 1);
    CU_ASSERT_EQUAL(get(c, url, &id, &err), 0);
    CU_ASSERT_EQUAL(id, 1);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_wrong_host_name(void)
{
    apic_client *c = client_of((setup){env("TLS_WRONG_HOST_URL"), env("TLS_CA"), NULL, 0, 0});
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, env("TLS_WRONG_HOST_URL"), &id, &err), APIC_E_TRANSPORT);
    expect_refused(&err, "TLS: the server's certificate was refused", "127.0.0.1");
    CU_ASSERT_EQUAL(err.attempts, 1);
    apic_error_clear(&err);
    apic_client_free(c);
}

/* --- pins ---------------------------------------------------------------------------------------- */

static void test_pins(void)
{
    const char *right[] = {env("TLS_PIN"), env("TLS_PUBKEY_FILE")};
    for (int i = 0; i < 2; i++) {
        apic_client *c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), right[i], 0, 0});
        int64_t id;
        apic_error err = {0};
        CU_ASSERT_EQUAL(get(c, env("TLS_GOOD_URL"), &id, &err), 0);
        CU_ASSERT_EQUAL(id, 1);
        apic_error_clear(&err);
        apic_client_free(c);
    }
    /* The right key among several pins (a key and its successor) passes too. */
    char both[256];
    snprintf(both, sizeof both, "%s;%s", env("TLS_WRONG_PIN"), env("TLS_PIN"));
    apic_client *c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), both, 0, 0});
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, env("TLS_GOOD_URL"), &id, &err), 0);
    apic_error_clear(&err);
    apic_client_free(c);

    /* A certificate the CA vouches for, but not the pinned key: refused, not retried. */
    c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), env("TLS_WRONG_PIN"), 0, 0});
    CU_ASSERT_EQUAL(get(c, env("TLS_GOOD_URL"), &id, &err), APIC_E_TRANSPORT);
    expect_refused(&err, "TLS: the server's public key matches no pinned_public_key", "pinned public key");
    CU_ASSERT_EQUAL(err.attempts, 1);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_malformed_pins(void)
{
    const char *bad[] = {"sha256//tooshort=", "md5//AAAA", "sha256//", "/no/such/key.pem"};
    for (int i = 0; i < 4; i++) {
        apic_config cfg = APIC_CONFIG_INIT(env("TLS_GOOD_URL"));
        cfg.pinned_public_key = bad[i];
        apic_client *c = NULL;
        apic_error err = {0};
        CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
        CU_ASSERT_PTR_NULL(c);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "pinned_public_key"));
        apic_error_clear(&err);
    }
}

/* --- redirects ----------------------------------------------------------------------------------- */

/* The line of log whose request URI is uri, or "" (into line). nginx writes it once the answer
 * is out, so it may come a moment after the client has the answer: it is waited for, 2 s at most. */
static const char *logged_within(const char *log, const char *uri, char *line, size_t cap, int tries_left)
{
    char want[256];
    snprintf(want, sizeof want, " %s ", uri);
    line[0] = '\0';
    for (int tries = 0; tries < tries_left && line[0] == '\0'; tries++) {
        if (tries > 0) nanosleep(&(struct timespec){0, 20000000}, NULL);
        FILE *f = fopen(log, "r");
        if (f == NULL) continue;
        char buf[1024];
        while (fgets(buf, sizeof buf, f) != NULL) {
            if (strstr(buf, want) != NULL) snprintf(line, cap, "%s", buf);
        }
        fclose(f);
    }
    return line;
}

static const char *logged(const char *log, const char *uri, char *line, size_t cap)
{
    return logged_within(log, uri, line, cap, 100);
}

static const char *const SENT = "auth=[Bearer tok-1] key=[key-1] cookie=[session=key-1] signer=[signed]";
static const char *const NOTHING = "auth=[-] key=[-] cookie=[-] signer=[-]";

static void test_redirects_off_by_default(void)
{
    apic_client *c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), NULL, 0, 0});
    char url[160];
    snprintf(url, sizeof url, "%s/cross?run=off-%d", env("TLS_GOOD_URL"), (int)getpid());
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, url, &id, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 307);
    CU_ASSERT_EQUAL(err.attempts, 1);
    apic_error_clear(&err);
    apic_client_free(c);
    /* The API's log has the request, the other origin's nothing of it. */
    char line[1024], uri[64];
    snprintf(uri, sizeof uri, "/cross?run=off-%d", (int)getpid());
    CU_ASSERT_PTR_NOT_NULL(strstr(logged(env("TLS_LOG"), uri, line, sizeof line), SENT));
    snprintf(uri, sizeof uri, "/landing?run=off-%d", (int)getpid());
    CU_ASSERT_STRING_EQUAL(logged_within(env("TLS_OTHER_LOG"), uri, line, sizeof line, 1), "");
}

static void test_redirect_same_origin(void)
{
    apic_client *c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), NULL, 5, 0});
    char url[160], uri[64], line[1024];
    snprintf(url, sizeof url, "%s/same?run=same-%d", env("TLS_GOOD_URL"), (int)getpid());
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, url, &id, &err), 0);
    CU_ASSERT_EQUAL(id, 1);
    apic_error_clear(&err);
    apic_client_free(c);
    snprintf(uri, sizeof uri, "/landing?run=same-%d", (int)getpid());
    logged(env("TLS_LOG"), uri, line, sizeof line);
    CU_ASSERT_PTR_NOT_NULL(strstr(line, SENT));
    CU_ASSERT_PTR_NOT_NULL(strstr(line, " TLSv1.3 ")); /* the API speaks TLS 1.3 only */
    printf("\n    same origin, second request: %s", line);
}

static void test_redirect_other_origin(void)
{
    apic_client *c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), NULL, 5, 0});
    char url[160], uri[64], line[1024];
    snprintf(url, sizeof url, "%s/cross?run=cross-%d", env("TLS_GOOD_URL"), (int)getpid());
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, url, &id, &err), 0);
    CU_ASSERT_EQUAL(id, 2); /* the other origin answered */
    apic_error_clear(&err);
    apic_client_free(c);
    /* The API got the credentials; the other origin, following its redirect, none. */
    snprintf(uri, sizeof uri, "/cross?run=cross-%d", (int)getpid());
    CU_ASSERT_PTR_NOT_NULL(strstr(logged(env("TLS_LOG"), uri, line, sizeof line), SENT));
    snprintf(uri, sizeof uri, "/landing?run=cross-%d", (int)getpid());
    logged(env("TLS_OTHER_LOG"), uri, line, sizeof line);
    CU_ASSERT_PTR_NOT_NULL(strstr(line, NOTHING));
    CU_ASSERT_PTR_NOT_NULL(strstr(line, " TLSv1.2 ")); /* the other origin, TLS 1.2 only */
    printf("\n    other origin's log: %s", line);
}

/* --- TLS 1.0 and 1.1 ------------------------------------------------------------------------------ */

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
    (void)p;
    (void)ud;
    return size * n;
}

/* A plain libcurl handle (no minimum version of its own) in this process, with its OpenSSL
 * configuration: it must reach the server, else the refusal below would prove nothing. */
static void control(const char *url, const char *version, const char *log)
{
    char target[160], uri[64];
    snprintf(uri, sizeof uri, "/control-%s-%d", version, (int)getpid());
    snprintf(target, sizeof target, "%s%s", url, uri);
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, target);
    curl_easy_setopt(h, CURLOPT_CAINFO, env("TLS_CA"));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
    char errbuf[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    CURLcode cc = curl_easy_perform(h);
    long code = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_cleanup(h);
    CU_ASSERT_EQUAL(cc, CURLE_OK);
    CU_ASSERT_EQUAL(code, 200);
    if (cc != CURLE_OK) {
        fprintf(stderr, "\n  control: libcurl without a minimum cannot reach the %s server either (%s): this OpenSSL "
                "cannot speak %s, so the refusal below proves nothing\n", version, errbuf, version);
        return;
    }
    char line[1024], want[96];
    logged(log, uri, line, sizeof line);
    snprintf(want, sizeof want, " %s GET %s ", version, uri);
    CU_ASSERT_PTR_NOT_NULL(strstr(line, want));
    printf("\n    control (plain libcurl): %s", line);
}

static void check_legacy(const char *url, const char *version)
{
    control(url, version, env("TLS_LOG"));
    apic_client *c = client_of((setup){url, env("TLS_CA"), NULL, 0, APIC_NO_RETRY});
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, url, &id, &err), APIC_E_TRANSPORT);
    expect_refused(&err, "TLS handshake failed", "protocol version");
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_tls10_refused(void)
{
    check_legacy(env("TLS_10_URL"), "TLSv1");
}

static void test_tls11_refused(void)
{
    check_legacy(env("TLS_11_URL"), "TLSv1.1");
}

/* Under the same configuration, TLS 1.2 and later still work: the refusal is about the version. */
static void test_modern_still_fine(void)
{
    apic_client *c = client_of((setup){env("TLS_GOOD_URL"), env("TLS_CA"), NULL, 0, 0});
    int64_t id;
    apic_error err = {0};
    CU_ASSERT_EQUAL(get(c, env("TLS_GOOD_URL"), &id, &err), 0);
    CU_ASSERT_EQUAL(id, 1);
    apic_error_clear(&err);
    apic_client_free(c);
}

int main(int argc, char **argv)
{
    CU_TestInfo tests[] = {
        {"a CA the system does not know: refused, saying so, not retried", test_unknown_ca},
        {"ca_file names the CA: accepted (by IP and by name)", test_ca_file},
        {"a certificate for another host name: refused", test_wrong_host_name},
        {"pins: the right key passes (hash, several, file), a wrong one fails", test_pins},
        {"malformed pins: APIC_E_CONFIG", test_malformed_pins},
        {"redirects not followed by default", test_redirects_off_by_default},
        {"redirect to the same origin: credentials sent", test_redirect_same_origin},
        {"redirect to another origin: no credentials there", test_redirect_other_origin},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo legacy[] = {
        {"a TLS 1.0 server: reachable by plain libcurl, refused by the runtime", test_tls10_refused},
        {"a TLS 1.1 server: reachable by plain libcurl, refused by the runtime", test_tls11_refused},
        {"TLS 1.2 and later still work", test_modern_still_fine},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"TLS", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    CU_SuiteInfo legacy_suites[] = {
        {"TLS 1.0 and 1.1 (OpenSSL configured to allow them)", NULL, NULL, NULL, NULL, legacy},
        CU_SUITE_INFO_NULL,
    };
    /* The control handles share libcurl's global state with the runtime's. */
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int rc = cunit_run(argc > 1 && strcmp(argv[1], "legacy") == 0 ? legacy_suites : suites);
    curl_global_cleanup();
    return rc;
}
