/* Redirects, through a scripted transport: not followed unless config.max_redirects asks; when
 * followed, the credentials of every kind (bearer, API-key header and cookie, HMAC signature, a
 * signer's header, a cookie parameter) reach the request's own origin only, never another
 * scheme, host or port, nor any later hop once the chain left it; methods and bodies as RFC 9110
 * says; Location resolved as RFC 3986 says, only to http(s), without user:password or fragment;
 * chains cut at the limit. (tests/tls/ does the same against two nginx servers over TLS.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "thing.h"

/* --- the transport: answers from a script, records every request -------------------------------- */

enum { MAX_SENT = 32 };

typedef struct answer {
    int status;
    const char *location; /* NULL: no Location header */
} answer;

typedef struct sent {
    char method[16];
    char url[512];
    char headers[2048]; /* "Name: value\n" each */
    char body[256];
    size_t body_len;
} sent;

static struct {
    const answer *script; /* the answers in order; the last one repeats */
    size_t n_script;
    sent req[MAX_SENT];
    int n;
} T;

static int scripted_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)err;
    if (T.n < MAX_SENT) {
        sent *s = &T.req[T.n];
        snprintf(s->method, sizeof s->method, "%s", req->method);
        snprintf(s->url, sizeof s->url, "%s", req->url);
        s->headers[0] = '\0';
        for (size_t i = 0; i < req->n_headers; i++) {
            size_t n = strlen(s->headers);
            snprintf(s->headers + n, sizeof s->headers - n, "%s: %s\n", req->headers[i].name, req->headers[i].value);
        }
        s->body_len = req->body_len;
        snprintf(s->body, sizeof s->body, "%.*s", (int)req->body_len, req->body != NULL ? req->body : "");
    }
    size_t i = (size_t)T.n < T.n_script ? (size_t)T.n : T.n_script - 1;
    T.n++;
    const answer *a = &T.script[i];
    res->status = a->status;
    if (a->location != NULL && apic_http_response_add_header(res, "Location", 8, a->location, strlen(a->location)) != 0) {
        return APIC_E_NOMEM;
    }
    if (a->status == 200) {
        const char *json = "{\"id\":9,\"name\":\"landed\"}";
        if (apic_http_response_add_header(res, "Content-Type", 12, "application/json", 16) != 0 ||
            apic_buf_puts(&res->body, json) != 0) {
            return APIC_E_NOMEM;
        }
    }
    return 0;
}

static void script(const answer *a, size_t n)
{
    memset(&T, 0, sizeof T);
    T.script = a;
    T.n_script = n;
}

static bool has_header(const sent *s, const char *name)
{
    char want[128];
    snprintf(want, sizeof want, "%s: ", name);
    for (const char *p = s->headers; (p = strstr(p, want)) != NULL; p++) {
        if (p == s->headers || p[-1] == '\n') return true;
    }
    return false;
}

/* --- an operation authenticated every way at once ---------------------------------------------- */

typedef struct params {
    char *theme; /* a cookie parameter */
    char *trace; /* a header parameter */
    apic_json_map unknown_fields;
} params;
static const apic_field param_fields[] = {
    {"theme", 5, 0, offsetof(params, theme), -1, -1, &apic_type_string},
    {"X-Trace", 7, 0, offsetof(params, trace), -1, -1, &apic_type_string},
};
static const apic_struct_desc params_desc = {"params", sizeof(params), param_fields, 2, offsetof(params, unknown_fields), -1, NULL};
static const apic_param param_locs[] = {{APIC_IN_COOKIE, APIC_STYLE_FORM, true, false},
                                        {APIC_IN_HEADER, APIC_STYLE_SIMPLE, false, false}};

static const apic_hmac_scheme hmac_how = {"X-Timestamp", "sha256="};
static const apic_security_scheme bearer = {"bearer", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme key_header = {"key", APIC_AUTH_API_KEY, APIC_IN_HEADER, "X-API-Key", NULL, NULL};
static const apic_security_scheme key_cookie = {"session", APIC_AUTH_API_KEY, APIC_IN_COOKIE, "session", NULL, NULL};
static const apic_security_scheme key_query = {"query", APIC_AUTH_API_KEY, APIC_IN_QUERY, "api_key", NULL, NULL};
static const apic_security_scheme hmac = {"sig", APIC_AUTH_HMAC, APIC_IN_HEADER, "X-Signature", &hmac_how, NULL};
static const apic_security_scheme *const every_way[] = {&bearer, &key_header, &key_cookie, &hmac};
static const apic_security_req sec[] = {{every_way, 4}};
static const apic_security_scheme *const in_query[] = {&key_query};
static const apic_security_req sec_query[] = {{in_query, 1}};

static apic_operation op_of(const char *method, const char *path)
{
    apic_operation op = {0};
    op.name = "things_do";
    op.method = method;
    op.path = path;
    op.params = &params_desc;
    op.param_locs = param_locs;
    op.responses = thing_responses;
    op.n_responses = 1;
    op.security = sec;
    op.n_security = 1;
    return op;
}

static int sign(void *ctx, apic_signing *req, apic_error *err)
{
    (void)ctx;
    (void)err;
    return apic_signing_add_header(req, "X-Signer", "signed-by-signer");
}

/* Debug records of the redirects followed, one per line. */
static char redirect_log[1024];

static void log_sink(void *ctx, const apic_log_record *r)
{
    (void)ctx;
    if (strstr(r->message, "redirect") == NULL) return;
    size_t n = strlen(redirect_log);
    snprintf(redirect_log + n, sizeof redirect_log - n, "%d %s\n", r->status, r->message);
}

static apic_client *client_following(unsigned max_redirects)
{
    apic_config cfg = APIC_CONFIG_INIT("https://api.example.test/v1");
    cfg.token = "tok-SECRET";
    cfg.api_key = "key-SECRET";
    cfg.hmac_secret = "hmac-SECRET";
    apic_signer signer = {sign, NULL};
    cfg.signer = &signer;
    apic_transport t = {scripted_send, NULL, NULL};
    cfg.transport = &t;
    cfg.max_redirects = max_redirects;
    cfg.log_level = APIC_LOG_DEBUG;
    cfg.log_sink = log_sink;
    redirect_log[0] = '\0';
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    return c;
}

static const char *const CREDENTIAL_HEADERS[] = {"Authorization", "X-API-Key", "Cookie", "X-Signature", "X-Timestamp",
                                                 "X-Signer"};

static void expect_credentials(const sent *s, bool present)
{
    for (size_t i = 0; i < sizeof CREDENTIAL_HEADERS / sizeof *CREDENTIAL_HEADERS; i++) {
        CU_ASSERT_EQUAL(has_header(s, CREDENTIAL_HEADERS[i]), present);
        if (has_header(s, CREDENTIAL_HEADERS[i]) != present) fprintf(stderr, "\n  %s %s: %s\n", s->url, CREDENTIAL_HEADERS[i], present ? "missing" : "sent");
    }
    CU_ASSERT_EQUAL(strstr(s->headers, "SECRET") != NULL, present); /* the bearer token and the key, verbatim */
    if (present) {
        CU_ASSERT_PTR_NOT_NULL(strstr(s->headers, "Cookie: theme=dark; session=key-SECRET\n"));
    }
}

/* POSTs body (JSON) to path with the cookie and header parameters set; the answer's status. */
static int post(apic_client *c, const char *method, const char *path, thing **out, apic_error *err)
{
    apic_operation op = op_of(method, path);
    params p = {"dark", "trace-1", {0}};
    apic_request_options o = {0};
    o.body = "{\"a\":1}";
    o.body_len = 7;
    return apic_call_with(c, &op, &p, NULL, &o, (void **)out, err);
}

/* --- tests ------------------------------------------------------------------------------------------ */

static void test_off_by_default(void)
{
    static const answer a[] = {{307, "/v1/elsewhere"}};
    script(a, 1);
    apic_client *c = client_following(0);
    thing *t = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(post(c, "POST", "/things", &t, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 307);
    CU_ASSERT_FALSE(err.retryable);
    CU_ASSERT_EQUAL(T.n, 1);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_same_origin_keeps_credentials(void)
{
    static const answer a[] = {{307, "/v1/moved"}, {200, NULL}};
    script(a, 2);
    apic_client *c = client_following(5);
    thing *t = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(post(c, "POST", "/things", &t, &err), 0);
    CU_ASSERT_TRUE(t != NULL && t->id == 9);
    apic_value_free(&thing_type, t);
    CU_ASSERT_EQUAL(err.http_status, 200);
    CU_ASSERT_EQUAL(err.attempts, 1); /* one attempt, two requests */
    CU_ASSERT_EQUAL_FATAL(T.n, 2);
    expect_credentials(&T.req[0], true);
    CU_ASSERT_STRING_EQUAL(T.req[1].url, "https://api.example.test/v1/moved");
    CU_ASSERT_STRING_EQUAL(T.req[1].method, "POST");
    CU_ASSERT_STRING_EQUAL(T.req[1].body, "{\"a\":1}");
    expect_credentials(&T.req[1], true);
    CU_ASSERT_PTR_NOT_NULL(strstr(T.req[1].headers, "X-Trace: trace-1\n"));
    apic_error_clear(&err);
    apic_client_free(c);
}

/* Another host: nothing that authenticates goes along; the rest of the request does. */
static void check_foreign(const char *location, const char *expected_url)
{
    answer a[] = {{307, location}, {200, NULL}};
    script(a, 2);
    apic_client *c = client_following(5);
    thing *t = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(post(c, "POST", "/things", &t, &err), 0);
    apic_value_free(&thing_type, t);
    CU_ASSERT_EQUAL_FATAL(T.n, 2);
    CU_ASSERT_STRING_EQUAL(T.req[1].url, expected_url);
    expect_credentials(&T.req[1], false);
    CU_ASSERT_STRING_EQUAL(T.req[1].method, "POST");
    CU_ASSERT_STRING_EQUAL(T.req[1].body, "{\"a\":1}");
    CU_ASSERT_PTR_NOT_NULL(strstr(T.req[1].headers, "X-Trace: trace-1\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(T.req[1].headers, "Content-Type: application/json\n"));
    CU_ASSERT_TRUE(has_header(&T.req[1], "Idempotency-Key"));
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_other_origin_gets_no_credentials(void)
{
    check_foreign("https://cdn.example.test/blob", "https://cdn.example.test/blob");        /* another host */
    check_foreign("https://api.example.test:8443/v1/x", "https://api.example.test:8443/v1/x"); /* another port */
    check_foreign("http://api.example.test/v1/x", "http://api.example.test/v1/x");            /* another scheme */
    check_foreign("//cdn.example.test/x", "https://cdn.example.test/x");                      /* scheme-relative */
    check_foreign("https://evil.test@cdn.example.test/", "https://cdn.example.test/");         /* user info dropped */
}

/* The same origin however it is spelled: host case, the default port written out. */
static void test_same_origin_spellings(void)
{
    const char *spellings[] = {"https://API.Example.TEST/v1/x", "https://api.example.test:443/v1/x"};
    for (size_t i = 0; i < 2; i++) {
        answer a[] = {{308, spellings[i]}, {200, NULL}};
        script(a, 2);
        apic_client *c = client_following(5);
        thing *t = NULL;
        apic_error err = {0};
        CU_ASSERT_EQUAL(post(c, "POST", "/things", &t, &err), 0);
        apic_value_free(&thing_type, t);
        CU_ASSERT_EQUAL_FATAL(T.n, 2);
        expect_credentials(&T.req[1], true);
        apic_error_clear(&err);
        apic_client_free(c);
    }
}

/* Once the chain left the origin, coming back does not bring the credentials back: the server
 * in between chose where it goes. */
static void test_no_credentials_after_leaving(void)
{
    static const answer a[] = {{302, "https://cdn.example.test/hop"}, {307, "https://api.example.test/v1/back"}, {200, NULL}};
    script(a, 3);
    apic_client *c = client_following(5);
    thing *t = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(post(c, "PUT", "/things", &t, &err), 0);
    /* Each hop logged at debug level, without its URL. */
    CU_ASSERT_STRING_EQUAL(redirect_log, "302 following the redirect of HTTP 302 to another origin: no credentials sent\n"
                                         "307 following the redirect of HTTP 307 to another origin: no credentials sent\n");
    apic_value_free(&thing_type, t);
    CU_ASSERT_EQUAL_FATAL(T.n, 3);
    expect_credentials(&T.req[1], false);
    expect_credentials(&T.req[2], false);
    CU_ASSERT_STRING_EQUAL(T.req[2].url, "https://api.example.test/v1/back");
    apic_error_clear(&err);
    apic_client_free(c);
}

/* 303 (any method) and 301/302 after a POST go on as GET without the body and its Content-Type;
 * 307, 308, and 301/302 after other methods repeat the method and the body. */
static void test_methods_and_bodies(void)
{
    static const struct {
        int status;
        const char *method;
        const char *then;
        bool body;
    } cases[] = {
        {303, "POST", "GET", false}, {303, "PUT", "GET", false},   {302, "POST", "GET", false},
        {301, "POST", "GET", false}, {302, "PUT", "PUT", true},    {301, "DELETE", "DELETE", true},
        {307, "POST", "POST", true}, {308, "PATCH", "PATCH", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        answer a[] = {{cases[i].status, "/v1/next"}, {200, NULL}};
        script(a, 2);
        apic_client *c = client_following(5);
        thing *t = NULL;
        apic_error err = {0};
        CU_ASSERT_EQUAL(post(c, cases[i].method, "/things", &t, &err), 0);
        apic_value_free(&thing_type, t);
        CU_ASSERT_EQUAL_FATAL(T.n, 2);
        CU_ASSERT_STRING_EQUAL(T.req[1].method, cases[i].then);
        CU_ASSERT_EQUAL(T.req[1].body_len, cases[i].body ? 7u : 0u);
        CU_ASSERT_EQUAL(has_header(&T.req[1], "Content-Type"), cases[i].body);
        expect_credentials(&T.req[1], true);
        apic_error_clear(&err);
        apic_client_free(c);
    }
}

static void test_relative_locations(void)
{
    static const struct {
        const char *location;
        const char *url;
    } cases[] = {
        {"next?page=2", "https://api.example.test/v1/items/next?page=2"},
        {"../other", "https://api.example.test/v1/other"},
        {"/root#frag", "https://api.example.test/root"},
        {"?page=3", "https://api.example.test/v1/items/list?page=3"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        answer a[] = {{302, cases[i].location}, {200, NULL}};
        script(a, 2);
        apic_client *c = client_following(5);
        thing *t = NULL;
        apic_error err = {0};
        CU_ASSERT_EQUAL(post(c, "GET", "/items/list", &t, &err), 0);
        apic_value_free(&thing_type, t);
        CU_ASSERT_EQUAL_FATAL(T.n, 2);
        CU_ASSERT_STRING_EQUAL(T.req[1].url, cases[i].url);
        apic_error_clear(&err);
        apic_client_free(c);
    }
}

/* A loop ends at the limit: the last 3xx is the answer, and the message says why. */
static void test_chain_cut_at_the_limit(void)
{
    static const answer a[] = {{302, "/v1/loop"}};
    script(a, 1);
    apic_client *c = client_following(3);
    thing *t = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(post(c, "GET", "/loop", &t, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 302);
    CU_ASSERT_EQUAL(T.n, 4);
    CU_ASSERT_EQUAL(err.attempts, 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "HTTP 302 (redirect not followed: config.max_redirects reached)"));
    apic_error_clear(&err);
    apic_client_free(c);

    /* However many are asked for, APIC_MAX_REDIRECTS at most. */
    script(a, 1);
    c = client_following(100000);
    CU_ASSERT_EQUAL(post(c, "GET", "/loop", &t, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(T.n, APIC_MAX_REDIRECTS + 1);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_unfollowable_locations(void)
{
    const char *locations[] = {"ftp://files.example.test/x", "file:///etc/passwd", "javascript:alert(1)"};
    for (size_t i = 0; i < 3; i++) {
        answer a[] = {{302, locations[i]}};
        script(a, 1);
        apic_client *c = client_following(5);
        thing *t = NULL;
        apic_error err = {0};
        CU_ASSERT_EQUAL(post(c, "GET", "/x", &t, &err), APIC_E_HTTP);
        CU_ASSERT_EQUAL(err.http_status, 302);
        CU_ASSERT_EQUAL(T.n, 1);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "(redirect not followed: its Location is no http(s) URL)"));
        apic_error_clear(&err);
        apic_client_free(c);
    }
    /* No Location at all: the 3xx is simply the answer. */
    static const answer none[] = {{301, NULL}};
    script(none, 1);
    apic_client *c = client_following(5);
    thing *t = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(post(c, "GET", "/x", &t, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 301);
    CU_ASSERT_EQUAL(T.n, 1);
    apic_error_clear(&err);
    apic_client_free(c);
}

/* An API key in the query belongs to the URL the client built: the redirected URL is the server's. */
static void test_query_key_not_carried(void)
{
    static const answer a[] = {{302, "/v1/there"}, {200, NULL}};
    script(a, 2);
    apic_client *c = client_following(5);
    apic_operation op = op_of("GET", "/here");
    op.security = sec_query;
    thing *t = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &op, NULL, NULL, (void **)&t, &err), 0);
    apic_value_free(&thing_type, t);
    CU_ASSERT_EQUAL_FATAL(T.n, 2);
    CU_ASSERT_STRING_EQUAL(T.req[0].url, "https://api.example.test/v1/here?api_key=key-SECRET");
    CU_ASSERT_STRING_EQUAL(T.req[1].url, "https://api.example.test/v1/there");
    apic_error_clear(&err);
    apic_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"not followed by default: a 3xx is the answer", test_off_by_default},
        {"same origin: every credential kept", test_same_origin_keeps_credentials},
        {"another host, port or scheme: no credential sent", test_other_origin_gets_no_credentials},
        {"the same origin however spelled", test_same_origin_spellings},
        {"no credential once the chain left the origin", test_no_credentials_after_leaving},
        {"methods and bodies by status", test_methods_and_bodies},
        {"relative locations resolved", test_relative_locations},
        {"a chain cut at config.max_redirects, and at APIC_MAX_REDIRECTS", test_chain_cut_at_the_limit},
        {"non-http(s) locations not followed", test_unfollowable_locations},
        {"an API key in the query is not carried over", test_query_key_not_carried},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"redirects", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
