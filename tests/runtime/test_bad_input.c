/* Caller input is checked before anything is sent (docs/bad-input.md): each refusal names what
 * is wrong and where (the config key, the option, the parameter, the header), the transport is
 * never called, and no message carries the bytes it complains of (a line break) or a secret.
 * Header names and values (per-call, parameters, config values, a signer's), path parameters
 * (always percent-encoded; "." and ".." segments too), URLs (a scheme, no user:password) and
 * durations (not negative, at most APIC_MAX_DURATION_MS). The path is also checked on the wire,
 * through libcurl, against a server on 127.0.0.1 written here. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "recorder.h"

static recorder R;

/* --- helpers ------------------------------------------------------------------------------------ */

static apic_config base_config(apic_transport *t)
{
    *t = recorder_transport(&R, 200, "{}");
    apic_config cfg = APIC_CONFIG_INIT("https://api.example.test/v1");
    cfg.transport = t;
    cfg.retry.max_retries = APIC_NO_RETRY;
    return cfg;
}

/* apic_client_new(cfg) fails with APIC_E_CONFIG and exactly message. */
static void expect_config(const apic_config *cfg, const char *message)
{
    apic_client *c = (apic_client *)&c;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NULL(c);
    if (strcmp(err.message, message) != 0) fprintf(stderr, "\n  got:  %s\n  want: %s\n", err.message, message);
    CU_ASSERT_STRING_EQUAL(err.message, message);
    CU_ASSERT_PTR_NULL(strpbrk(err.message, "\r\n"));
    apic_error_clear(&err);
}

static apic_client *new_client(const apic_config *cfg)
{
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(cfg, &c, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\n  %s\n", err.message);
    apic_error_clear(&err);
    return c;
}

/* A call that must be refused with kind and a message containing want, nothing sent. */
static void expect_refused(apic_client *c, const apic_operation *op, const void *params, const apic_request_options *o,
                           apic_status kind, const char *want)
{
    R.calls = 0;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call_with(c, op, params, NULL, o, NULL, &err), kind);
    CU_ASSERT_EQUAL(err.kind, kind);
    if (strstr(err.message, want) == NULL) fprintf(stderr, "\n  got:  %s\n  want: ...%s...\n", err.message, want);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, want));
    CU_ASSERT_PTR_NULL(strpbrk(err.message, "\r\n"));
    CU_ASSERT_EQUAL(err.attempts, 0);
    CU_ASSERT_EQUAL(R.calls, 0);
    apic_error_clear(&err);
}

/* --- operations --------------------------------------------------------------------------------- */

static const apic_response ok[] = {{200, NULL, NULL, APIC_RESPONSE_JSON}};
static const apic_operation ping_op = {"t_ping", "GET", "/ping", NULL, NULL, NULL, NULL, false, ok, 1, NULL, 0,
                                       APIC_BODY_JSON, NULL, NULL};

/* GET /files/{name} with a header parameter X-Trace. */
typedef struct file_params {
    char *name;
    char *trace;
    apic_json_map unknown_fields;
} file_params;
static const apic_field file_fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(file_params, name), -1, -1, &apic_type_string},
    {"X-Trace", 7, 0, offsetof(file_params, trace), -1, -1, &apic_type_string},
};
static const apic_struct_desc file_desc = {"file_params", sizeof(file_params), file_fields, 2,
                                           offsetof(file_params, unknown_fields), -1, NULL};
static const apic_param file_locs[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
                                       {APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, false}};
static const apic_param file_label_locs[] = {{APIC_IN_PATH, APIC_STYLE_LABEL, false, false},
                                             {APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, false}};
static const apic_operation file_op = {"t_file_get", "GET", "/files/{name}/raw", &file_desc, file_locs, NULL, NULL,
                                       false, ok, 1, NULL, 0, APIC_BODY_JSON, NULL, NULL};
static const apic_operation file_label_op = {"t_file_label", "GET", "/files/{name}", &file_desc, file_label_locs, NULL,
                                             NULL, false, ok, 1, NULL, 0, APIC_BODY_JSON, NULL, NULL};
/* A template without a leading '/', appended to a base URL ending in '/'. */
static const apic_operation file_rel_op = {"t_file_rel", "GET", "{name}", &file_desc, file_locs, NULL, NULL, false, ok,
                                           1, NULL, 0, APIC_BODY_JSON, NULL, NULL};

/* GET /pair/{a}{b}: two parameters in one segment. */
typedef struct pair_params {
    char *a;
    char *b;
    apic_json_map unknown_fields;
} pair_params;
static const apic_field pair_fields[] = {
    {"a", 1, APIC_F_REQUIRED, offsetof(pair_params, a), -1, -1, &apic_type_string},
    {"b", 1, APIC_F_REQUIRED, offsetof(pair_params, b), -1, -1, &apic_type_string},
};
static const apic_struct_desc pair_desc = {"pair_params", sizeof(pair_params), pair_fields, 2,
                                           offsetof(pair_params, unknown_fields), -1, NULL};
static const apic_param pair_locs[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
                                       {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false}};
static const apic_operation pair_op = {"t_pair", "GET", "/pair/{a}{b}", &pair_desc, pair_locs, NULL, NULL, false, ok, 1,
                                       NULL, 0, APIC_BODY_JSON, NULL, NULL};

/* --- config ------------------------------------------------------------------------------------- */

static void test_config_urls(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    cfg.base_url = "api.example.test/v1";
    expect_config(&cfg, "config.base_url: must start with http:// or https://");
    cfg.base_url = "https://user:s3cret@api.example.test/v1";
    expect_config(&cfg, "config.base_url: must not contain credentials (user:password@host); set config.username and "
                        "config.password, or config.token, instead");
    cfg.base_url = "https://@api.example.test/v1"; /* an empty user is user information all the same */
    expect_config(&cfg, "config.base_url: must not contain credentials (user:password@host); set config.username and "
                        "config.password, or config.token, instead");
    cfg.base_url = "https://api.example.test/v1/@me"; /* '@' in the path is no credential */
    apic_client *c = new_client(&cfg);
    apic_client_free(c);
    cfg.base_url = "https://api.example.test/v1";

    apic_server_url servers[] = {{"*", "http://u:p@127.0.0.1:4010"}};
    cfg.servers = servers;
    cfg.n_servers = 1;
    expect_config(&cfg, "config.servers[0].url: must not contain credentials (user:password@host); set config.username "
                        "and config.password, or config.token, instead");
    cfg.servers = NULL;
    cfg.n_servers = 0;

    cfg.events_endpoint = "https://u:p@events.example.test/in";
    expect_config(&cfg, "config.events_endpoint: must not contain credentials (user:password@host); set "
                        "config.username and config.password, or config.token, instead");
    cfg.events_endpoint = "https:///in";
    expect_config(&cfg, "config.events_endpoint: has no host");
    cfg.events_endpoint = "https://events.example.test/in#frag";
    expect_config(&cfg, "config.events_endpoint: must not contain a fragment");
    cfg.events_endpoint = "events";
    expect_config(&cfg, "config.events_endpoint: must be a path starting with '/' or an http(s) URL");
    cfg.events_endpoint = "https://events.example.test/in?source=sdk"; /* a query is fine here */
    c = new_client(&cfg);
    apic_client_free(c);
    cfg.events_endpoint = NULL;

    /* The proxy's user:password is handled on purpose (curl sends it to the proxy only). */
    cfg.proxy = "http://proxy-user:proxy-pass@127.0.0.1:3128";
    c = new_client(&cfg);
    apic_client_free(c);
}

static void test_config_durations(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    cfg.timeout_ms = -1;
    expect_config(&cfg, "config.timeout_ms: must not be negative");
    cfg.timeout_ms = APIC_MAX_DURATION_MS + 1;
    expect_config(&cfg, "config.timeout_ms: 86400001 ms is more than 24 hours (APIC_MAX_DURATION_MS): a mistake for "
                        "seconds or another unit?");
    cfg.timeout_ms = APIC_MAX_DURATION_MS; /* 24 hours exactly is allowed */
    apic_client *c = new_client(&cfg);
    apic_client_free(c);
    cfg.timeout_ms = 0;
    cfg.connect_timeout_ms = -5;
    expect_config(&cfg, "config.connect_timeout_ms: must not be negative");
    cfg.connect_timeout_ms = 30L * 24 * 3600 * 1000;
    expect_config(&cfg, "config.connect_timeout_ms: 2592000000 ms is more than 24 hours (APIC_MAX_DURATION_MS): a "
                        "mistake for seconds or another unit?");
    cfg.connect_timeout_ms = 0;
    cfg.retry.max_retries = 101;
    expect_config(&cfg, "config.retry.max_retries: must be APIC_NO_RETRY (-1), 0 (the default) or up to 100, not 101");
    cfg.retry.max_retries = -2;
    expect_config(&cfg, "config.retry.max_retries: must be APIC_NO_RETRY (-1), 0 (the default) or up to 100, not -2");
    cfg.retry.max_retries = 0;
    cfg.retry.initial_delay_ms = -1;
    expect_config(&cfg, "config.retry.initial_delay_ms: must not be negative");
    cfg.retry.initial_delay_ms = 0;
    cfg.retry.max_delay_ms = APIC_MAX_DURATION_MS + 1;
    expect_config(&cfg, "config.retry.max_delay_ms: 86400001 ms is more than 24 hours (APIC_MAX_DURATION_MS): a "
                        "mistake for seconds or another unit?");
    cfg.retry.max_delay_ms = 0;
    cfg.retry.max_retry_after_ms = -1;
    expect_config(&cfg, "config.retry.max_retry_after_ms: must not be negative");
    cfg.retry.max_retry_after_ms = 0;
    cfg.retry.deadline_ms = 100000000;
    expect_config(&cfg, "config.retry.deadline_ms: 100000000 ms is more than 24 hours (APIC_MAX_DURATION_MS): a "
                        "mistake for seconds or another unit?");
}

static void test_config_headers(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    cfg.token = "tok\r\nX-Injected: 1";
    expect_config(&cfg, "config.token: must not contain control characters");
    cfg.token = NULL;
    cfg.api_key = "key\n";
    expect_config(&cfg, "config.api_key: must not contain control characters");
    cfg.api_key = NULL;
    cfg.user_agent = "agent/1\rX: y";
    expect_config(&cfg, "config.user_agent: must not contain control characters");
    cfg.user_agent = NULL;
    const char *bad_names[] = {"", "Idempotency Key", "Idempotency-Key:", "X\r\nY", "Ключ"};
    for (size_t i = 0; i < sizeof bad_names / sizeof bad_names[0]; i++) {
        cfg.idempotency_header = bad_names[i];
        expect_config(&cfg, "config.idempotency_header: must be a header name (letters, digits and !#$%&'*+-.^_`|~; no "
                            "space, colon or control character)");
    }
    cfg.idempotency_header = NULL;
    cfg.event_source = "svc\n";
    expect_config(&cfg, "config.event_source: must not contain control characters");
}

/* --- per-call options ------------------------------------------------------------------------------ */

static void test_call_headers(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    apic_client *c = new_client(&cfg);
    apic_request_options o = {0};
    apic_header h[2] = {{"X-Ok", "fine"}, {NULL, NULL}};
    o.headers = h;
    o.n_headers = 2;
    const struct {
        const char *name, *value, *want;
    } rows[] = {
        {"X-Evil", "a\r\nX-Injected: 1", "options.headers[1] (\"X-Evil\"): the value contains a control character (CR, LF "
                                         "or another; a tab is allowed), which could end the header line"},
        {"X-Evil", "a\nb", "options.headers[1] (\"X-Evil\"): the value contains a control character"},
        {"X-Evil", "a\rb", "options.headers[1] (\"X-Evil\"): the value contains a control character"},
        {"X-Evil", "a\x01" "b", "options.headers[1] (\"X-Evil\"): the value contains a control character"},
        {"X-Evil", "a\x7f", "options.headers[1] (\"X-Evil\"): the value contains a control character"},
        {"X-Evil\r\nX-Injected", "1", "options.headers[1] (\"X-Evil\\r\\nX-Injected\"): is not a header name"},
        {"X Evil", "1", "options.headers[1] (\"X Evil\"): is not a header name"},
        {"X-Evil:", "1", "options.headers[1] (\"X-Evil:\"): is not a header name"},
        {"", "1", "options.headers[1] (\"\"): is not a header name"},
        {NULL, "1", "options.headers[1] (\"\"): is not a header name"},
        {"X-Evil", NULL, "options.headers[1] (\"X-Evil\"): has no value"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        h[1] = (apic_header){rows[i].name, rows[i].value};
        expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, rows[i].want);
    }
    o.headers = NULL;
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "GET /ping: options.headers: is NULL but n_headers is 2");
    /* A tab is allowed (obs-fold aside, it is whitespace inside a field value); so is UTF-8. */
    o.headers = h;
    h[1] = (apic_header){"X-Note", "a\tb \xc3\xa9"};
    CU_ASSERT_EQUAL(apic_call_with(c, &ping_op, NULL, NULL, &o, NULL, NULL), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(R.headers, "X-Note: a\tb \xc3\xa9\n"));
    apic_client_free(c);
}

/* A client that sends nothing (offline mode) refuses a bad option all the same: the check does
 * not depend on whether the call would be sent. */
static void test_offline_calls_check_options_too(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    cfg.offline = true;
    apic_client *c = new_client(&cfg);
    apic_header h[] = {{"X-Evil", "a\r\nX-Injected: 1"}};
    apic_request_options o = {0};
    o.headers = h;
    o.n_headers = 1;
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.headers[0] (\"X-Evil\"): the value contains a control");
    o.n_headers = 0;
    o.timeout_ms = -5;
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.timeout_ms");
    apic_client_free(c);
}

static void test_call_options(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    apic_client *c = new_client(&cfg);
    apic_request_options o = {0};
    o.idempotency_key = "k1\r\nX-Injected: 1";
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "GET /ping: options.idempotency_key: must not be empty nor "
                                                      "contain control characters");
    o.idempotency_key = "";
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.idempotency_key: must not be empty");
    o.idempotency_key = NULL;

    const struct {
        const char *url, *want;
    } urls[] = {
        {"api.example.test/x", "GET /ping: options.url: must start with http:// or https://"},
        {"ftp://api.example.test/x", "options.url: must start with http:// or https://"},
        {"https://user:pw@api.example.test/x", "options.url: must not contain credentials (user:password@host)"},
        {"https:///x", "options.url: has no host"},
        {"https://api.example.test/a b", "options.url: must not contain spaces or control characters"},
        {"https://api.example.test/a\r\nHost: evil", "options.url: must not contain spaces or control characters"},
        {"https://api.example.test/x#top", "options.url: must not contain a fragment"},
    };
    for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++) {
        o.url = urls[i].url;
        expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, urls[i].want);
    }
    o.url = "https://api.example.test/next?page=2&cursor=%2Fa"; /* a next page's URL */
    CU_ASSERT_EQUAL(apic_call_with(c, &ping_op, NULL, NULL, &o, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(R.url, "https://api.example.test/next?page=2&cursor=%2Fa");
    o.url = NULL;

    o.timeout_ms = -1;
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "GET /ping: options.timeout_ms: must not be negative");
    o.timeout_ms = APIC_MAX_DURATION_MS + 1;
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.timeout_ms: 86400001 ms is more than 24 hours");
    o.timeout_ms = 0;
    o.connect_timeout_ms = -1;
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.connect_timeout_ms: must not be negative");
    o.connect_timeout_ms = 0;
    apic_retry_policy p = {1000, 0, 0, 0, 0};
    o.retry = &p;
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.retry.max_retries: must be APIC_NO_RETRY (-1), 0 (the "
                                                      "default) or up to 100, not 1000");
    p = (apic_retry_policy){0, 0, 0, 0, -1};
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.retry.deadline_ms: must not be negative");
    p = (apic_retry_policy){0, 0, 0, 0, 90000000};
    expect_refused(c, &ping_op, NULL, &o, APIC_E_ARG, "options.retry.deadline_ms: 90000000 ms is more than 24 hours");
    apic_client_free(c);
}

static void test_header_parameters(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    apic_client *c = new_client(&cfg);
    file_params p = {"a", "t-1\r\nX-Injected: 1", {0}};
    expect_refused(c, &file_op, &p, NULL, APIC_E_VALIDATION, "t_file_get: parameter 'X-Trace' contains a line break or "
                                                             "control character");
    p.trace = "t-1\x1b[2J";
    expect_refused(c, &file_op, &p, NULL, APIC_E_VALIDATION, "parameter 'X-Trace' contains a line break");
    p.trace = "t-1";
    CU_ASSERT_EQUAL(apic_call(c, &file_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(R.headers, "X-Trace: t-1\n"));
    apic_client_free(c);
}

/* --- a signer's headers --------------------------------------------------------------------------- */

typedef struct signer_case {
    const char *name, *value;
    bool honest; /* returns what apic_signing_add_header() returned; else 0 whatever happened */
    int add_rc;
} signer_case;

static int sign_case(void *ctx, apic_signing *req, apic_error *err)
{
    (void)err;
    signer_case *s = ctx;
    s->add_rc = apic_signing_add_header(req, s->name, s->value);
    return s->honest ? s->add_rc : 0;
}

static void test_signer_headers(void)
{
    signer_case sc = {"X-Sig", "v\r\nX-Injected: 1", true, 0};
    apic_signer signer = {sign_case, &sc};
    apic_transport t;
    apic_config cfg = base_config(&t);
    cfg.signer = &signer;
    apic_client *c = new_client(&cfg);
    expect_refused(c, &ping_op, NULL, NULL, APIC_E_ARG, "GET /ping: the signer's header \"X-Sig\": the value contains a "
                                                        "control character (CR, LF or another); nothing was sent");
    CU_ASSERT_EQUAL(sc.add_rc, APIC_E_ARG);
    /* A signer that ignores the refusal does not get the request sent either. */
    sc.honest = false;
    expect_refused(c, &ping_op, NULL, NULL, APIC_E_ARG, "the signer's header \"X-Sig\": the value contains a control");
    sc = (signer_case){"X-Sig\nX-Injected", "1", false, 0};
    expect_refused(c, &ping_op, NULL, NULL, APIC_E_ARG, "the signer's header \"X-Sig\\nX-Injected\": is not a header name");
    sc = (signer_case){"X-Sig", "good", false, 0};
    CU_ASSERT_EQUAL(apic_call(c, &ping_op, NULL, NULL, NULL, NULL), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(R.headers, "X-Sig: good\n"));
    apic_client_free(c);
}

/* --- path parameters -------------------------------------------------------------------------------- */

static void expect_url(apic_client *c, const apic_operation *op, const void *params, const char *url)
{
    R.calls = 0;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, op, params, NULL, NULL, &err), 0);
    CU_ASSERT_EQUAL(R.calls, 1);
    if (strcmp(R.url, url) != 0) fprintf(stderr, "\n  got:  %s\n  want: %s\n", R.url, url);
    CU_ASSERT_STRING_EQUAL(R.url, url);
    apic_error_clear(&err);
}

static void test_path_parameters(void)
{
    apic_transport t;
    apic_config cfg = base_config(&t);
    apic_client *c = new_client(&cfg);
    const struct {
        const char *name, *path;
    } rows[] = {
        {"..", "/v1/files/%2E%2E/raw"},
        {".", "/v1/files/%2E/raw"},
        {"../../admin", "/v1/files/..%2F..%2Fadmin/raw"},
        {"a/b?c#d", "/v1/files/a%2Fb%3Fc%23d/raw"},
        {"%2E%2E", "/v1/files/%252E%252E/raw"},
        {"...", "/v1/files/.../raw"},       /* not a dot-segment */
        {".hidden", "/v1/files/.hidden/raw"}, /* nor this */
        {"a b\r\n", "/v1/files/a%20b%0D%0A/raw"},
        {"", "/v1/files//raw"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        file_params p = {(char *)rows[i].name, NULL, {0}};
        char want[256];
        snprintf(want, sizeof want, "https://api.example.test%s", rows[i].path);
        expect_url(c, &file_op, &p, want);
    }
    /* Label style writes "." before the value: "." becomes the segment "..". */
    file_params dot = {".", NULL, {0}};
    expect_url(c, &file_label_op, &dot, "https://api.example.test/v1/files/%2E%2E");
    /* Two parameters making one segment. */
    pair_params pp = {".", ".", {0}};
    expect_url(c, &pair_op, &pp, "https://api.example.test/v1/pair/%2E%2E");
    pp = (pair_params){".", "x", {0}};
    expect_url(c, &pair_op, &pp, "https://api.example.test/v1/pair/.x");
    apic_client_free(c);

    /* A template without a leading '/': the segment starts in the base URL's trailing '/'. */
    cfg.base_url = "https://api.example.test/v1/";
    c = new_client(&cfg);
    file_params up = {"..", NULL, {0}};
    expect_url(c, &file_rel_op, &up, "https://api.example.test/v1/%2E%2E");
    apic_client_free(c);

    /* A default of config.path_params is encoded the same way. */
    apic_param_value defaults[] = {{"name", ".."}};
    cfg.base_url = "https://api.example.test/v1";
    cfg.path_params = defaults;
    cfg.n_path_params = 1;
    c = new_client(&cfg);
    file_params none = {NULL, NULL, {0}};
    expect_url(c, &file_op, &none, "https://api.example.test/v1/files/%2E%2E/raw");
    apic_client_free(c);
}

/* --- on the wire: libcurl sends the request line as built --------------------------------------- */

typedef struct wire {
    int fd, port, requests;
    char lines[4][256]; /* request lines received */
    pthread_t thread;
} wire;

static void *serve(void *arg)
{
    wire *w = arg;
    struct pollfd p = {w->fd, POLLIN, 0};
    while (w->requests < 4 && poll(&p, 1, 5000) == 1) {
        int fd = accept(w->fd, NULL, NULL);
        if (fd < 0) break;
        char buf[4096];
        size_t have = 0;
        struct pollfd q = {fd, POLLIN, 0};
        while (have < sizeof buf - 1 && poll(&q, 1, 5000) == 1) {
            ssize_t k = recv(fd, buf + have, sizeof buf - 1 - have, 0);
            if (k <= 0) break;
            have += (size_t)k;
            buf[have] = '\0';
            if (strstr(buf, "\r\n\r\n") != NULL) break;
        }
        buf[have] = '\0';
        snprintf(w->lines[w->requests++], sizeof w->lines[0], "%.*s", (int)strcspn(buf, "\r\n"), buf);
        static const char res[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                  "Connection: close\r\n\r\n{}";
        if (send(fd, res, sizeof res - 1, MSG_NOSIGNAL) < 0) {
        }
        close(fd);
    }
    return NULL;
}

static void test_path_on_the_wire(void)
{
    wire w = {0};
    w.fd = socket(AF_INET, SOCK_STREAM, 0);
    CU_ASSERT_FATAL(w.fd >= 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    CU_ASSERT_FATAL(bind(w.fd, (struct sockaddr *)&a, sizeof a) == 0 && listen(w.fd, 4) == 0);
    socklen_t len = sizeof a;
    CU_ASSERT_FATAL(getsockname(w.fd, (struct sockaddr *)&a, &len) == 0);
    w.port = ntohs(a.sin_port);
    CU_ASSERT_FATAL(pthread_create(&w.thread, NULL, serve, &w) == 0);

    char base[64];
    snprintf(base, sizeof base, "http://127.0.0.1:%d/api", w.port);
    apic_config cfg = APIC_CONFIG_INIT(base);
    cfg.retry.max_retries = APIC_NO_RETRY;
    cfg.proxy = ""; /* never through a proxy of the environment */
    apic_client *c = new_client(&cfg);
    const char *names[] = {"..", "../../etc/passwd", ".", "a?b#c"};
    for (size_t i = 0; i < 4; i++) {
        file_params p = {(char *)names[i], NULL, {0}};
        apic_error err = {0};
        CU_ASSERT_EQUAL(apic_call(c, &file_op, &p, NULL, NULL, &err), 0);
        if (err.kind != APIC_OK) fprintf(stderr, "\n  %s\n", err.message);
        apic_error_clear(&err);
    }
    apic_client_free(c);
    pthread_join(w.thread, NULL);
    close(w.fd);
    CU_ASSERT_EQUAL_FATAL(w.requests, 4);
    CU_ASSERT_STRING_EQUAL(w.lines[0], "GET /api/files/%2E%2E/raw HTTP/1.1");
    CU_ASSERT_STRING_EQUAL(w.lines[1], "GET /api/files/..%2F..%2Fetc%2Fpasswd/raw HTTP/1.1");
    CU_ASSERT_STRING_EQUAL(w.lines[2], "GET /api/files/%2E/raw HTTP/1.1");
    CU_ASSERT_STRING_EQUAL(w.lines[3], "GET /api/files/a%3Fb%23c/raw HTTP/1.1");
}

/* --- the queue's settings ------------------------------------------------------------------------- */

static const apic_operation batch_op = {"t_batch", "POST", "/events/batch", NULL, NULL, NULL, NULL, false, ok, 1, NULL,
                                        0, APIC_BODY_JSON, NULL, NULL};

static void test_queue_settings(void)
{
    char path[] = "/tmp/apic-bad-input-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, false};
    apic_transport t;
    apic_config cfg = base_config(&t);
    cfg.dead_letter = &dl;
    apic_client *c = new_client(&cfg);
    apic_queue_sender s = {&batch_op, NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL};
    apic_error err = {0};
    const struct {
        long flush, block, close;
        const char *want;
    } rows[] = {
        {-1, 0, 0, "queue.flush_interval_ms: must not be negative"},
        {APIC_MAX_DURATION_MS + 1, 0, 0, "queue.flush_interval_ms: 86400001 ms is more than 24 hours"},
        {0, -2, 0, "queue.block_timeout_ms: must be 0 (the default), a number of milliseconds up to 24 hours "
                   "(APIC_MAX_DURATION_MS) or APIC_QUEUE_WAIT_FOREVER, not -2"},
        {0, 0, 100000000, "queue.close_timeout_ms: must be 0 (the default), a number of milliseconds up to 24 hours "
                          "(APIC_MAX_DURATION_MS) or APIC_QUEUE_WAIT_FOREVER, not 100000000"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        apic_queue_config q = APIC_QUEUE_CONFIG_INIT;
        q.flush_interval_ms = rows[i].flush;
        q.block_timeout_ms = rows[i].block;
        q.close_timeout_ms = rows[i].close;
        CU_ASSERT_EQUAL(apic_queue_start(c, &s, &q, &err), APIC_E_CONFIG);
        if (strstr(err.message, rows[i].want) == NULL) fprintf(stderr, "\n  got:  %s\n", err.message);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, rows[i].want));
    }
    apic_header h[] = {{"X-Batch", "1\r\nX-Injected: 1"}};
    s.headers = h;
    s.n_headers = 1;
    CU_ASSERT_EQUAL(apic_queue_start(c, &s, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "sender.headers[0]"));
    h[0] = (apic_header){"X Batch", "1"};
    CU_ASSERT_EQUAL(apic_queue_start(c, &s, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "sender.headers[0] needs a header name"));
    CU_ASSERT_EQUAL(apic_queue_flush(c, -5, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "apic_queue_flush: timeout_ms must be 0 (do not wait), a number of "
                                               "milliseconds up to 24 hours (APIC_MAX_DURATION_MS) or "
                                               "APIC_QUEUE_WAIT_FOREVER, not -5"));
    CU_ASSERT_EQUAL(apic_queue_close(c, APIC_MAX_DURATION_MS + 1, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "apic_queue_close: timeout_ms must be"));
    CU_ASSERT_EQUAL(apic_queue_flush(c, APIC_QUEUE_WAIT_FOREVER, &err), 0); /* no queue: nothing to wait for */
    CU_ASSERT_EQUAL(R.calls, 0);
    apic_error_clear(&err);
    apic_client_free(c);
    unlink(path);
}

int main(void)
{
    CU_TestInfo config[] = {
        {"URLs: no scheme, user:password (base_url, servers, events_endpoint) refused; proxy credentials kept", test_config_urls},
        {"durations: negative or over 24 hours refused, naming the key", test_config_durations},
        {"values sent as headers: control characters refused, header names checked", test_config_headers},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo calls[] = {
        {"per-call headers: CR, LF, controls, bad names refused; nothing sent", test_call_headers},
        {"per-call idempotency key, URL, timeouts and retry policy checked", test_call_options},
        {"an offline client checks the options too", test_offline_calls_check_options_too},
        {"header parameters with a line break refused", test_header_parameters},
        {"a signer's header with a line break refused, even when the signer ignores it", test_signer_headers},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo paths[] = {
        {"path parameters: '/', '?', '#' encoded; '.' and '..' segments as %2E", test_path_parameters},
        {"through libcurl to 127.0.0.1: the request line as built", test_path_on_the_wire},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo queue[] = {
        {"queue settings and flush/close timeouts checked", test_queue_settings},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"config", NULL, NULL, NULL, NULL, config},
        {"calls", NULL, NULL, NULL, NULL, calls},
        {"paths", NULL, NULL, NULL, NULL, paths},
        {"queue", NULL, NULL, NULL, NULL, queue},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
