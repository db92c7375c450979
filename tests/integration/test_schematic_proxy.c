/* The proxy setting, seen from both ends: a flag check goes through the test proxy
 * (tests/servers/http_proxy.py, which journals what it forwards) when config.proxy names it, or
 * when config.proxy is NULL and http_proxy does; and never when neither does, when config.proxy
 * is "" whatever the environment says, or when no_proxy covers the host. Each check is answered
 * by Prism either way, so a request that went round the proxy still counts as answered. */
#include <CUnit/CUnit.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <schematic/schematic.h>

#include "cunit_run.h"

static const char *prism_url, *proxy_url;
static const char *const company[] = {"id", "your-company-id", NULL};

static size_t collect(char *data, size_t size, size_t n, void *userp)
{
    char *buf = userp;
    size_t have = strlen(buf), add = size * n;
    if (have + add >= 4096) add = 4095 - have; /* only the count at the start is read */
    memcpy(buf + have, data, add);
    buf[have + add] = '\0';
    return size * n;
}

/* The proxy's journal: how many requests it has forwarded (-1 if it cannot be asked), and the
 * journal's text in buf. Asked directly, never through a proxy. */
static long proxy_forwarded(char buf[4096])
{
    char url[256];
    snprintf(url, sizeof url, "%s/journal", proxy_url);
    buf[0] = '\0';
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_PROXY, "");
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, buf);
    long status = 0;
    if (curl_easy_perform(h) == CURLE_OK) curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(h);
    const char *c = strstr(buf, "\"count\": ");
    return status == 200 && c != NULL ? strtol(c + 9, NULL, 10) : -1;
}

static void clear_environment(void)
{
    static const char *const names[] = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                                        "ALL_PROXY",  "no_proxy",   "NO_PROXY"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) unsetenv(names[i]);
}

/* One flag check by a new client with that proxy setting; returns how many requests the proxy
 * forwarded meanwhile, and asserts the check was answered by Prism. */
static long check_through(const char *proxy, const char *flag)
{
    char journal[4096];
    long before = proxy_forwarded(journal);
    CU_ASSERT_TRUE_FATAL(before >= 0);
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = prism_url;
    cfg.api_key = "api_test_key";
    cfg.proxy = proxy;
    schematic_client *c = NULL;
    schematic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, &err), 0);
    schematic_flag_result r;
    int rc = schematic_check_flag_with(c, flag, company, NULL, NULL, &r, &err);
    CU_ASSERT_EQUAL(rc, 0);
    if (rc != 0) fprintf(stderr, "check through proxy '%s': %s\n", proxy ? proxy : "(NULL)", err.message);
    CU_ASSERT_EQUAL(r.source, APIC_FLAG_FROM_API);
    schematic_error_clear(&err);
    schematic_client_free(c);
    long after = proxy_forwarded(journal);
    if (after > before) {
        char want[128];
        snprintf(want, sizeof want, "\"url\": \"%s/flags/%s/check\"", prism_url, flag);
        CU_ASSERT_PTR_NOT_NULL(strstr(journal, want));
    }
    return after - before;
}

static void test_configured(void)
{
    clear_environment();
    CU_ASSERT_EQUAL(check_through(proxy_url, "configured"), 1);
}

static void test_none_anywhere(void)
{
    clear_environment();
    CU_ASSERT_EQUAL(check_through(NULL, "none-anywhere"), 0);
}

static void test_environment(void)
{
    clear_environment();
    setenv("http_proxy", proxy_url, 1);
    CU_ASSERT_EQUAL(check_through(NULL, "from-environment"), 1);
    setenv("no_proxy", "127.0.0.1", 1); /* the environment's exceptions apply too */
    CU_ASSERT_EQUAL(check_through(NULL, "excepted"), 0);
    clear_environment();
}

static void test_empty_means_none(void)
{
    clear_environment();
    setenv("http_proxy", proxy_url, 1);
    setenv("HTTP_PROXY", proxy_url, 1);
    setenv("all_proxy", proxy_url, 1);
    CU_ASSERT_EQUAL(check_through("", "empty-setting"), 0);
    clear_environment();
}

/* A proxy that cannot be reached fails the check like an unreachable server (the default
 * answers); a proxy that is not a URL is refused when the client is made, naming the key. */
static void test_bad_proxy(void)
{
    clear_environment();
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = prism_url;
    cfg.api_key = "api_test_key";
    cfg.proxy = "http://127.0.0.1:1";
    cfg.retry.initial_delay_ms = 10; /* the seed's 2 retries, with short waits */
    apic_flag_default d[] = {{"unreachable", true}};
    cfg.flag_defaults = d;
    cfg.n_flag_defaults = 1;
    schematic_client *c = NULL;
    schematic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(schematic_client_new(&cfg, &c, &err), 0);
    bool on = false;
    CU_ASSERT_EQUAL(schematic_check_flag(c, "unreachable", company, NULL, &on, &err), APIC_E_TRANSPORT);
    CU_ASSERT_TRUE(on);
    schematic_client_free(c);
    cfg.proxy = "http://proxy host:3128";
    c = NULL;
    CU_ASSERT_EQUAL(schematic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.proxy"));
    schematic_error_clear(&err);
}

int main(void)
{
    prism_url = getenv("PRISM_SCHEMATIC_URL");
    proxy_url = getenv("PROXY_URL");
    if (prism_url == NULL || proxy_url == NULL) {
        fprintf(stderr, "test_schematic_proxy: PRISM_SCHEMATIC_URL and PROXY_URL must be set "
                        "(run through tests/integration/with-servers.sh)\n");
        return 1;
    }
    CU_TestInfo tests[] = {
        {"config.proxy names the proxy: the check goes through it", test_configured},
        {"no proxy configured, none in the environment: straight to the server", test_none_anywhere},
        {"config.proxy NULL: http_proxy is followed, and no_proxy", test_environment},
        {"config.proxy \"\": no proxy, whatever the environment says", test_empty_means_none},
        {"an unreachable proxy fails like a server; a malformed one is refused", test_bad_proxy},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"Schematic through an HTTP proxy", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
