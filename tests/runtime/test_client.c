/* apic_call and the client, through a fake transport that records each request and answers
 * with a canned response: exact method, URL, headers and body; status handling; config
 * errors; and a client shared by many threads. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

/* --- a contact, as the generator would emit it ------------------------------------------------ */

typedef struct contact {
    bool has_id;
    int64_t id;
    char *name;
    apic_json_map unknown_fields;
} contact;

static const apic_field contact_fields[] = {
    {"id", 2, 0, offsetof(contact, id), offsetof(contact, has_id), -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(contact, name), -1, -1, &apic_type_string},
};
static const apic_struct_desc contact_desc = {"Contact", sizeof(contact), contact_fields, 2,
                                              offsetof(contact, unknown_fields), -1, NULL};
static const apic_type contact_type = {APIC_OBJECT, APIC_FMT_NONE, &contact_desc, NULL, NULL};

typedef struct get_params {
    bool has_id;
    int64_t id;
    char *q;
    apic_json_map unknown_fields;
} get_params;

static const apic_field get_fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(get_params, id), offsetof(get_params, has_id), -1, &apic_type_int64},
    {"q", 1, 0, offsetof(get_params, q), -1, -1, &apic_type_string},
};
static const apic_struct_desc get_desc = {"get_params", sizeof(get_params), get_fields, 2,
                                          offsetof(get_params, unknown_fields), -1, NULL};
static const apic_param get_locs[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
                                      {APIC_IN_QUERY, APIC_STYLE_FORM, true, false}};
static const apic_response contact_responses[] = {{200, &contact_type, "application/json", APIC_RESPONSE_JSON},
                                                  {201, &contact_type, "application/json", APIC_RESPONSE_JSON},
                                                  {204, NULL, NULL, APIC_RESPONSE_JSON}};

static const apic_security_scheme bearer = {"bearerAuth", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme basic = {"basicAuth", APIC_AUTH_BASIC, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme key_header = {"keyHeader", APIC_AUTH_API_KEY, APIC_IN_HEADER, "X-Api-Key", NULL, NULL};
static const apic_security_scheme key_query = {"keyQuery", APIC_AUTH_API_KEY, APIC_IN_QUERY, "api_key", NULL, NULL};
static const apic_security_scheme key_cookie = {"keyCookie", APIC_AUTH_API_KEY, APIC_IN_COOKIE, "session", NULL, NULL};
static const apic_security_scheme *const s_bearer[] = {&bearer};
static const apic_security_scheme *const s_basic[] = {&basic};
static const apic_security_scheme *const s_header[] = {&key_header};
/* SuprSend's management API: `Authorization: ServiceToken <key>` (x-apic-key-prefix). */
static const apic_security_scheme service_token = {"serviceToken", APIC_AUTH_API_KEY, APIC_IN_HEADER, "Authorization",
                                                   NULL, "ServiceToken "};
static const apic_security_scheme *const s_service_token[] = {&service_token};
static const apic_security_req sec_service_token[] = {{s_service_token, 1}};
static const apic_security_scheme *const s_query[] = {&key_query};
static const apic_security_scheme *const s_cookie[] = {&key_cookie};
/* Alternatives in spec order: bearer, else API key in a header. */
static const apic_security_req sec_bearer_or_key[] = {{s_bearer, 1}, {s_header, 1}};
static const apic_security_req sec_basic[] = {{s_basic, 1}};
/* `security: [{}, {bearerAuth: []}]`: anonymous allowed, bearer used when configured. */
static const apic_security_req sec_optional[] = {{NULL, 0}, {s_bearer, 1}};
static const apic_security_req sec_query[] = {{s_query, 1}};
static const apic_security_req sec_cookie[] = {{s_cookie, 1}};

static const apic_operation get_op = {"test_contacts_get", "GET", "/contacts/{id}", &get_desc, get_locs,
                                      NULL, NULL, false, contact_responses, 3, sec_bearer_or_key, 2,
                                      APIC_BODY_JSON, NULL, NULL};
static const apic_operation create_op = {"test_contacts_create", "POST", "/contacts", NULL, NULL,
                                         &contact_type, "application/json", true, contact_responses, 3,
                                         sec_bearer_or_key, 2, APIC_BODY_JSON, NULL, NULL};
static const apic_operation basic_op = {"test_basic", "DELETE", "/contacts/{id}", &get_desc, get_locs,
                                        NULL, NULL, false, contact_responses, 3, sec_basic, 1, APIC_BODY_JSON, NULL, NULL};
static const apic_operation optional_op = {"test_optional", "GET", "/contacts/{id}", &get_desc, get_locs,
                                          NULL, NULL, false, contact_responses, 3, sec_optional, 2,
                                          APIC_BODY_JSON, NULL, NULL};
static const apic_operation service_token_op = {"test_service_token", "GET", "/contacts/{id}", &get_desc, get_locs,
                                                NULL, NULL, false, contact_responses, 3, sec_service_token, 1,
                                                APIC_BODY_JSON, NULL, NULL};
/* An operation with a server of its own (SuprSend's management API). */
static const apic_operation own_server_op = {"test_own_server", "GET", "/contacts/{id}", &get_desc, get_locs,
                                             NULL, NULL, false, contact_responses, 3, NULL, 0,
                                             APIC_BODY_JSON, NULL, "https://management.example/v1"};
static const apic_operation query_key_op = {"test_query_key", "GET", "/contacts/{id}", &get_desc, get_locs,
                                            NULL, NULL, false, contact_responses, 3, sec_query, 1,
                                            APIC_BODY_JSON, NULL, NULL};

/* A cookie parameter and a cookie API key must share one Cookie header. */
typedef struct cookie_params {
    char *theme;
    apic_json_map unknown_fields;
} cookie_params;
static const apic_field cookie_fields[] = {{"theme", 5, 0, offsetof(cookie_params, theme), -1, -1, &apic_type_string}};
static const apic_struct_desc cookie_desc = {"cookie_params", sizeof(cookie_params), cookie_fields, 1,
                                             offsetof(cookie_params, unknown_fields), -1, NULL};
static const apic_param cookie_locs[] = {{APIC_IN_COOKIE, APIC_STYLE_FORM, true, false}};
static const apic_operation cookie_op = {"test_cookie", "GET", "/me", &cookie_desc, cookie_locs,
                                         NULL, NULL, false, NULL, 0, sec_cookie, 1, APIC_BODY_JSON, NULL, NULL};

static const apic_response text_responses[] = {{200, &apic_type_string, "text/plain; charset=utf-8", APIC_RESPONSE_TEXT}};
static const apic_operation text_op = {"test_health", "GET", "/health", NULL, NULL, NULL, NULL, false,
                                       text_responses, 1, NULL, 0, APIC_BODY_JSON, NULL, NULL};
static const apic_response any_responses[] = {{2, &apic_type_any, "application/json", APIC_RESPONSE_JSON}};
static const apic_operation any_op = {"test_any", "GET", "/raw", NULL, NULL, NULL, NULL, false, any_responses, 1, NULL, 0,
                                      APIC_BODY_JSON, NULL, NULL};

/* --- the fake transport ------------------------------------------------------------------------ */

typedef struct fake {
    pthread_mutex_t lock;
    int calls;
    int destroyed;
    /* the last request */
    char method[16];
    char url[512];
    char headers[2048]; /* "Name: value\n" per header, in order */
    char body[512];
    size_t body_len;
    long timeout_ms;
    long connect_timeout_ms;
    /* the canned answer */
    int rc;
    int status;
    const char *res_body;
    const char *res_headers[4][2];
    /* thread mode: answer with the id found in the URL, count well-formed requests */
    bool echo_id;
    int well_formed;
} fake;

static fake F;

static bool has_header(const char *line)
{
    char want[512];
    snprintf(want, sizeof want, "%s\n", line);
    return strstr(F.headers, want) != NULL;
}

static void record(fake *f, const apic_http_request *req)
{
    snprintf(f->method, sizeof f->method, "%s", req->method);
    snprintf(f->url, sizeof f->url, "%s", req->url);
    f->headers[0] = '\0';
    for (size_t i = 0; i < req->n_headers; i++) {
        size_t n = strlen(f->headers);
        snprintf(f->headers + n, sizeof f->headers - n, "%s: %s\n", req->headers[i].name, req->headers[i].value);
    }
    f->body_len = req->body_len;
    if (req->body_len > 0) memcpy(f->body, req->body, req->body_len < sizeof f->body ? req->body_len : sizeof f->body);
    f->body[req->body_len < sizeof f->body ? req->body_len : sizeof f->body - 1] = '\0';
    f->timeout_ms = req->timeout_ms;
    f->connect_timeout_ms = req->connect_timeout_ms;
}

static int fake_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    fake *f = ctx;
    if (f->echo_id) {
        /* Many threads: check this request on its own, answer from its own URL. */
        long long id = -1;
        bool ok = strcmp(req->method, "GET") == 0 && sscanf(req->url, "http://h/api/contacts/%lld", &id) == 1 &&
                  req->n_headers == 3 && strcmp(req->headers[2].name, "Authorization") == 0 &&
                  strcmp(req->headers[2].value, "Bearer tok") == 0 && req->body_len == 0;
        char body[64];
        snprintf(body, sizeof body, "{\"id\":%lld,\"name\":\"n%lld\"}", id, id);
        pthread_mutex_lock(&f->lock);
        f->calls++;
        if (ok) f->well_formed++;
        pthread_mutex_unlock(&f->lock);
        res->status = 200;
        return apic_buf_puts(&res->body, body);
    }
    pthread_mutex_lock(&f->lock);
    f->calls++;
    record(f, req);
    pthread_mutex_unlock(&f->lock);
    if (f->rc != 0) return apic_error_set(err, (apic_status)f->rc, "canned failure");
    res->status = f->status;
    if (f->res_body != NULL && apic_buf_puts(&res->body, f->res_body) != 0) return APIC_E_NOMEM;
    for (int i = 0; i < 4 && f->res_headers[i][0] != NULL; i++) {
        const char *n = f->res_headers[i][0], *v = f->res_headers[i][1];
        if (apic_http_response_add_header(res, n, strlen(n), v, strlen(v)) != 0) return APIC_E_NOMEM;
    }
    return 0;
}

static void fake_destroy(void *ctx)
{
    ((fake *)ctx)->destroyed++;
}

static void fake_reset(int status, const char *body)
{
    pthread_mutex_t lock = F.lock;
    memset(&F, 0, sizeof F);
    F.lock = lock;
    F.status = status;
    F.res_body = body;
}

static apic_client *new_client(const char *token, const char *api_key, const char *user, const char *pass)
{
    apic_transport t = {fake_send, fake_destroy, &F};
    apic_config cfg = APIC_CONFIG_INIT("http://h/api/");
    cfg.token = token;
    cfg.api_key = api_key;
    cfg.username = user;
    cfg.password = pass;
    cfg.user_agent = "apic-test/1";
    cfg.transport = &t;
    cfg.retry.max_retries = APIC_NO_RETRY; /* one attempt per call here; test_retry.c covers retries */
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(c);
    apic_error_clear(&err);
    return c;
}

static int suite_init(void)
{
    return pthread_mutex_init(&F.lock, NULL);
}

static int suite_clean(void)
{
    return pthread_mutex_destroy(&F.lock);
}

/* --- requests as sent ------------------------------------------------------------------------- */

static void test_get_request(void)
{
    fake_reset(200, "{\"id\":42,\"name\":\"Ann\"}");
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    get_params p = {true, 42, "a b", {0}};
    void *out = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, &out, &err), 0);
    CU_ASSERT_EQUAL(F.calls, 1);
    CU_ASSERT_STRING_EQUAL(F.method, "GET");
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/contacts/42?q=a%20b");
    CU_ASSERT_STRING_EQUAL(F.headers, "Accept: application/json\nUser-Agent: apic-test/1\nAuthorization: Bearer tok\n");
    CU_ASSERT_EQUAL(F.body_len, 0);
    CU_ASSERT_EQUAL(F.timeout_ms, APIC_DEFAULT_TIMEOUT_MS);
    CU_ASSERT_EQUAL(F.connect_timeout_ms, APIC_DEFAULT_CONNECT_TIMEOUT_MS);
    CU_ASSERT_EQUAL(err.kind, APIC_OK);
    CU_ASSERT_EQUAL(err.http_status, 200);
    CU_ASSERT_EQUAL(err.attempts, 1);
    contact *got = out;
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    CU_ASSERT_TRUE(got->has_id);
    CU_ASSERT_EQUAL(got->id, 42);
    CU_ASSERT_STRING_EQUAL(got->name, "Ann");
    apic_value_free(&contact_type, got);
    apic_error_clear(&err);
    apic_client_free(c);
    CU_ASSERT_EQUAL(F.destroyed, 1);
}

static void test_post_body(void)
{
    fake_reset(201, "{\"id\":7,\"name\":\"Bo\"}");
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    contact in = {true, 7, "Bo", {0}};
    void *out = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &create_op, NULL, &in, &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(F.method, "POST");
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/contacts");
    /* A POST carries a fresh idempotency key (UUID v4) before authentication. */
    const char *fixed = "Accept: application/json\nContent-Type: application/json\nUser-Agent: apic-test/1\n"
                        "Idempotency-Key: ";
    CU_ASSERT_EQUAL(strncmp(F.headers, fixed, strlen(fixed)), 0);
    char key[37] = "";
    memcpy(key, F.headers + strlen(fixed), 36);
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_UUID, key));
    CU_ASSERT_STRING_EQUAL(F.headers + strlen(fixed) + 36, "\nAuthorization: Bearer tok\n");
    CU_ASSERT_EQUAL(F.body_len, strlen("{\"id\":7,\"name\":\"Bo\"}"));
    CU_ASSERT_STRING_EQUAL(F.body, "{\"id\":7,\"name\":\"Bo\"}");
    CU_ASSERT_PTR_NOT_NULL(out);
    apic_value_free(&contact_type, out);

    /* A body that breaks the schema is never sent. */
    fake_reset(201, "{}");
    contact bad = {true, 8, NULL, {0}};
    CU_ASSERT_EQUAL(apic_call(c, &create_op, NULL, &bad, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(F.calls, 0);
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "test_contacts_create"));
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_api_key_header_fallback(void)
{
    /* No token: the second alternative (API key in a header) is used. */
    fake_reset(204, NULL);
    apic_client *c = new_client(NULL, "k1", NULL, NULL);
    get_params p = {true, 1, NULL, {0}};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.headers, "Accept: application/json\nUser-Agent: apic-test/1\nX-Api-Key: k1\n");
    apic_client_free(c);

    /* No credentials at all: sent without authentication. */
    fake_reset(204, NULL);
    c = new_client(NULL, NULL, NULL, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.headers, "Accept: application/json\nUser-Agent: apic-test/1\n");
    apic_client_free(c);

    /* Both configured: the first alternative wins. */
    fake_reset(204, NULL);
    c = new_client("tok", "k1", NULL, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_TRUE(has_header("Authorization: Bearer tok"));
    CU_ASSERT_FALSE(has_header("X-Api-Key: k1"));
    apic_client_free(c);
}

static void test_api_key_prefix(void)
{
    /* The scheme's prefix goes before the key, the same on every call; a token does not replace it. */
    apic_client *c = new_client("tok", "st_1", NULL, NULL);
    get_params p = {true, 1, NULL, {0}};
    for (int i = 0; i < 2; i++) {
        fake_reset(204, NULL);
        CU_ASSERT_EQUAL(apic_call(c, &service_token_op, &p, NULL, NULL, NULL), 0);
        CU_ASSERT_STRING_EQUAL(F.headers, "Accept: application/json\nUser-Agent: apic-test/1\nAuthorization: ServiceToken st_1\n");
    }
    apic_client_free(c);
}

static void expect_config_error(const apic_config *cfg, const char *message)
{
    apic_client *c = (apic_client *)&c;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL(err.kind, APIC_E_CONFIG);
    CU_ASSERT_STRING_EQUAL(err.message, message);
    apic_error_clear(&err);
}

static apic_client *client_with_servers(const apic_server_url *servers, size_t n)
{
    apic_transport t = {fake_send, fake_destroy, &F};
    apic_config cfg = APIC_CONFIG_INIT("http://h/api/");
    cfg.user_agent = "apic-test/1";
    cfg.transport = &t;
    cfg.retry.max_retries = APIC_NO_RETRY;
    cfg.servers = servers;
    cfg.n_servers = n;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, NULL), 0);
    return c;
}

static void test_operation_servers(void)
{
    get_params p = {true, 7, NULL, {0}};
    /* Its own server, whatever base_url says; other operations keep base_url. */
    apic_client *c = client_with_servers(NULL, 0);
    fake_reset(204, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &own_server_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "https://management.example/v1/contacts/7");
    fake_reset(204, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &service_token_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/contacts/7");
    apic_client_free(c);
    /* Redirected by its spec URL; an entry for another server does nothing; "*" takes the rest. */
    const apic_server_url exact[] = {{"https://other.example", "http://127.0.0.1:9/x"},
                                     {"https://management.example/v1", "http://127.0.0.1:4011/"}};
    c = client_with_servers(exact, 2);
    fake_reset(204, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &own_server_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://127.0.0.1:4011/contacts/7");
    apic_client_free(c);
    const apic_server_url any[] = {{"https://other.example", "http://127.0.0.1:9/x"}, {"*", "http://127.0.0.1:4012"}};
    c = client_with_servers(any, 2);
    fake_reset(204, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &own_server_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://127.0.0.1:4012/contacts/7");
    fake_reset(204, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &service_token_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/contacts/7");
    apic_client_free(c);
    /* Bad entries are refused naming them. */
    apic_config cfg = APIC_CONFIG_INIT("http://h");
    cfg.n_servers = 1;
    expect_config_error(&cfg, "config.servers: is NULL but n_servers is 1");
    const apic_server_url no_spec[] = {{NULL, "http://127.0.0.1:1"}}, bad_url[] = {{"*", "127.0.0.1:1"}};
    cfg.servers = no_spec;
    expect_config_error(&cfg, "config.servers[0].spec_url: is required (a server of the spec, or \"*\")");
    cfg.servers = bad_url;
    expect_config_error(&cfg, "config.servers[0].url: must start with http:// or https://");
}

static void test_optional_auth(void)
{
    get_params p = {true, 1, NULL, {0}};
    fake_reset(204, NULL);
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &optional_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_TRUE(has_header("Authorization: Bearer tok"));
    apic_client_free(c);
    fake_reset(204, NULL);
    c = new_client(NULL, NULL, NULL, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &optional_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_EQUAL(F.calls, 1);
    CU_ASSERT_PTR_NULL(strstr(F.headers, "Authorization"));
    apic_client_free(c);
}

static void test_api_key_query_and_cookie(void)
{
    fake_reset(204, NULL);
    apic_client *c = new_client(NULL, "k+1/=", NULL, NULL);
    get_params p = {true, 5, "x", {0}};
    CU_ASSERT_EQUAL(apic_call(c, &query_key_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/contacts/5?q=x&api_key=k%2B1%2F%3D");
    p.q = NULL;
    CU_ASSERT_EQUAL(apic_call(c, &query_key_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/contacts/5?api_key=k%2B1%2F%3D");
    CU_ASSERT_FALSE(has_header("Authorization: Bearer tok"));

    /* The key must not reach an error message through the URL. */
    fake_reset(401, "{}");
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &query_key_op, &p, NULL, NULL, &err), APIC_E_HTTP);
    CU_ASSERT_PTR_NULL(strstr(err.message, "k%2B1"));
    CU_ASSERT_PTR_NULL(strstr(err.message, "http"));
    apic_error_clear(&err);

    fake_reset(200, NULL);
    cookie_params cp = {"dark", {0}};
    CU_ASSERT_EQUAL(apic_call(c, &cookie_op, &cp, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/me");
    CU_ASSERT_STRING_EQUAL(F.headers, "Accept: application/json\nUser-Agent: apic-test/1\nCookie: theme=dark; session=k+1/=\n");
    CU_ASSERT_EQUAL(apic_call(c, &cookie_op, NULL, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.headers, "Accept: application/json\nUser-Agent: apic-test/1\nCookie: session=k+1/=\n");
    apic_client_free(c);
}

static void test_basic_auth(void)
{
    fake_reset(204, NULL);
    apic_client *c = new_client("tok", NULL, "Aladdin", "open sesame"); /* RFC 7617's example */
    get_params p = {true, 3, NULL, {0}};
    CU_ASSERT_EQUAL(apic_call(c, &basic_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.method, "DELETE");
    const char *start = "Accept: application/json\nUser-Agent: apic-test/1\nIdempotency-Key: ";
    CU_ASSERT_EQUAL(strncmp(F.headers, start, strlen(start)), 0);
    CU_ASSERT_TRUE(has_header("Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
    apic_client_free(c);

    fake_reset(204, NULL);
    c = new_client(NULL, NULL, "ab", NULL); /* no password: "ab:" */
    CU_ASSERT_EQUAL(apic_call(c, &basic_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_TRUE(has_header("Authorization: Basic YWI6"));
    apic_client_free(c);
}

/* --- responses ------------------------------------------------------------------------------------ */

static void test_http_404(void)
{
    const char *body = "{\"error\":\"not found\",\"id\":9}";
    fake_reset(404, body);
    F.res_headers[0][0] = "x-request-id";
    F.res_headers[0][1] = "req-123";
    F.res_headers[1][0] = "Request-Id";
    F.res_headers[1][1] = "other";
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    get_params p = {true, 9, NULL, {0}};
    void *out = (void *)&p;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, &out, &err), APIC_E_HTTP);
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT_EQUAL(err.kind, APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 404);
    CU_ASSERT_EQUAL(err.body_len, strlen(body));
    CU_ASSERT_PTR_NOT_NULL_FATAL(err.body);
    CU_ASSERT_STRING_EQUAL(err.body, body);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err.request_id);
    CU_ASSERT_STRING_EQUAL(err.request_id, "req-123");
    CU_ASSERT_FALSE(err.retryable);
    CU_ASSERT_EQUAL(err.attempts, 1);
    CU_ASSERT_STRING_EQUAL(err.message, "GET /contacts/{id}: HTTP 404");

    /* The same error object is reused: the previous body is released, not leaked. */
    fake_reset(404, NULL);
    F.res_headers[0][0] = "Request-Id";
    F.res_headers[0][1] = "fallback-1";
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, &out, &err), APIC_E_HTTP);
    CU_ASSERT_PTR_NULL(err.body);
    CU_ASSERT_EQUAL(err.body_len, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err.request_id);
    CU_ASSERT_STRING_EQUAL(err.request_id, "fallback-1");
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_retryable_statuses(void)
{
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    get_params p = {true, 1, NULL, {0}};
    const int statuses[] = {500, 503, 429, 408, 409, 400, 401, 404, 422, 302, 101};
    const bool retry[] = {true, true, true, true, true, false, false, false, false, false, false};
    for (size_t i = 0; i < sizeof statuses / sizeof *statuses; i++) {
        fake_reset(statuses[i], "oops");
        apic_error err = {0};
        CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, &err), APIC_E_HTTP);
        CU_ASSERT_EQUAL(err.http_status, statuses[i]);
        CU_ASSERT_EQUAL(err.retryable, retry[i]);
        CU_ASSERT_STRING_EQUAL(err.body, "oops");
        apic_error_clear(&err);
    }
    apic_client_free(c);
}

static void test_malformed_2xx(void)
{
    const char *body = "{\"id\":42,\"name\":";
    fake_reset(200, body);
    F.res_headers[0][0] = "X-Request-Id";
    F.res_headers[0][1] = "r-9";
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    get_params p = {true, 42, NULL, {0}};
    void *out = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, &out, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT_EQUAL(err.kind, APIC_E_DECODE);
    CU_ASSERT_EQUAL(err.http_status, 200);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err.body);
    CU_ASSERT_STRING_EQUAL(err.body, body);
    CU_ASSERT_EQUAL(err.body_len, strlen(body));
    CU_ASSERT_PTR_NOT_NULL_FATAL(err.request_id);
    CU_ASSERT_STRING_EQUAL(err.request_id, "r-9");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "GET /contacts/{id}: "));
    apic_error_clear(&err);

    /* Without out the caller wants no result, so nothing is decoded. */
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, &err), 0);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_results_without_body(void)
{
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    get_params p = {true, 1, NULL, {0}};
    void *out = (void *)&p;
    /* 204 is documented without a type; 200 with an empty body has nothing to decode. */
    fake_reset(204, NULL);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, &out, NULL), 0);
    CU_ASSERT_PTR_NULL(out);
    fake_reset(200, "");
    out = (void *)&p;
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, &out, NULL), 0);
    CU_ASSERT_PTR_NULL(out);
    /* An undocumented 2xx is a success without a result. */
    fake_reset(202, "{\"id\":1,\"name\":\"x\"}");
    out = (void *)&p;
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, &out, NULL), 0);
    CU_ASSERT_PTR_NULL(out);
    apic_client_free(c);
}

static void test_text_and_any_results(void)
{
    apic_client *c = new_client(NULL, NULL, NULL, NULL);
    void *out = NULL;
    fake_reset(200, "OK {not json}\n");
    CU_ASSERT_EQUAL(apic_call(c, &text_op, NULL, NULL, &out, NULL), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_STRING_EQUAL((char *)out, "OK {not json}\n");
    free(out);

    /* 2XX range response; raw JSON comes back as the char * itself. */
    fake_reset(203, "{\"a\":[1,2]}");
    out = NULL;
    CU_ASSERT_EQUAL(apic_call(c, &any_op, NULL, NULL, &out, NULL), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_PTR_NOT_NULL(strstr((char *)out, "\"a\""));
    free(out);
    apic_client_free(c);
}

static void test_transport_failure(void)
{
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    get_params p = {true, 1, NULL, {0}};
    apic_error err = {0};
    fake_reset(0, NULL);
    F.rc = APIC_E_TIMEOUT;
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, &err), APIC_E_TIMEOUT);
    CU_ASSERT_EQUAL(err.kind, APIC_E_TIMEOUT);
    CU_ASSERT_EQUAL(err.http_status, 0);
    CU_ASSERT_EQUAL(err.attempts, 1);
    CU_ASSERT_TRUE(err.retryable);
    CU_ASSERT_STRING_EQUAL(err.message, "GET /contacts/{id}: canned failure");
    apic_error_clear(&err);
    fake_reset(0, NULL);
    F.rc = 42; /* a custom transport returning nonsense still yields a documented kind */
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, &err), APIC_E_TRANSPORT);
    CU_ASSERT_EQUAL(err.kind, APIC_E_TRANSPORT);
    apic_error_clear(&err);
    apic_client_free(c);
}

/* --- arguments and configuration ------------------------------------------------------------------ */

static void test_validation_sends_nothing(void)
{
    fake_reset(200, "{}");
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    apic_error err = {0};
    get_params p = {false, 0, NULL, {0}}; /* required path parameter id absent */
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "'id'"));
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "test_contacts_get"));
    CU_ASSERT_EQUAL(apic_call(c, &create_op, NULL, NULL, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "test_contacts_create"));
    CU_ASSERT_EQUAL(apic_call(c, NULL, NULL, NULL, NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_call(NULL, &get_op, &p, NULL, NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(F.calls, 0);
    CU_ASSERT_EQUAL(err.attempts, 0);
    apic_error_clear(&err);
    apic_client_free(c);
}


static void test_config_errors(void)
{
    apic_config cfg = APIC_CONFIG_INIT(NULL);
    expect_config_error(&cfg, "config.base_url: is required");
    cfg.base_url = "";
    expect_config_error(&cfg, "config.base_url: is required");
    cfg.base_url = "ftp://h/api";
    expect_config_error(&cfg, "config.base_url: must start with http:// or https://");
    cfg.base_url = "https://";
    expect_config_error(&cfg, "config.base_url: has no host");
    cfg.base_url = "https://h/api?x=1";
    expect_config_error(&cfg, "config.base_url: must not contain a query or fragment");
    cfg.base_url = "https://h/a b";
    expect_config_error(&cfg, "config.base_url: must not contain spaces or control characters");
    cfg.base_url = "HTTPS://h";
    cfg.timeout_ms = -1;
    expect_config_error(&cfg, "config.timeout_ms: must not be negative");
    cfg.timeout_ms = 0;
    cfg.token = "a\r\nX-Evil: 1";
    expect_config_error(&cfg, "config.token: must not contain control characters");
    cfg.token = NULL;
    cfg.username = "a:b";
    expect_config_error(&cfg, "config.username: must not contain ':'");
    cfg.username = NULL;
    cfg.ca_file = "/nonexistent/ca.pem";
    expect_config_error(&cfg, "config.ca_file: cannot read '/nonexistent/ca.pem'");
    cfg.ca_file = NULL;
    apic_transport no_send = {NULL, NULL, NULL};
    cfg.transport = &no_send;
    expect_config_error(&cfg, "config.transport: send must not be NULL");

    apic_client *c = NULL;
    CU_ASSERT_EQUAL(apic_client_new(NULL, &c, NULL), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_client_new(&cfg, NULL, NULL), APIC_E_ARG);
}

static void test_defaults_and_free(void)
{
    /* The real transport is created (no request is made) and freed with the client. */
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9/api");
    apic_client *c = NULL;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, NULL), 0);
    CU_ASSERT_PTR_NOT_NULL(c);
    apic_client_free(c);
    apic_client_free(NULL);

    /* Strings are copied: the config's storage may go away. */
    char base[] = "http://h/api";
    char token[] = "secret";
    apic_transport t = {fake_send, fake_destroy, &F};
    cfg.base_url = base;
    cfg.token = token;
    cfg.transport = &t;
    fake_reset(204, NULL);
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    memset(base, 'x', sizeof base - 1);
    memset(token, 'x', sizeof token - 1);
    get_params p = {true, 1, NULL, {0}};
    CU_ASSERT_EQUAL(apic_call(c, &get_op, &p, NULL, NULL, NULL), 0);
    CU_ASSERT_STRING_EQUAL(F.url, "http://h/api/contacts/1");
    CU_ASSERT_TRUE(has_header("Authorization: Bearer secret"));
    CU_ASSERT_TRUE(has_header("User-Agent: apic/" APIC_VERSION));
    apic_client_free(c);
    CU_ASSERT_EQUAL(F.destroyed, 1);
}

/* --- many threads ----------------------------------------------------------------------------------- */

enum { THREADS = 8, CALLS = 1000 };

typedef struct worker {
    apic_client *client;
    int index;
    int good;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    for (int i = 0; i < CALLS; i++) {
        get_params p = {true, (int64_t)w->index * CALLS + i, NULL, {0}};
        void *out = NULL;
        apic_error err = {0};
        int rc = apic_call(w->client, &get_op, &p, NULL, &out, &err);
        contact *got = out;
        if (rc == 0 && got != NULL && got->id == p.id) w->good++;
        apic_value_free(&contact_type, out);
        apic_error_clear(&err);
    }
    return NULL;
}

static void test_threads(void)
{
    fake_reset(200, NULL);
    F.echo_id = true;
    apic_client *c = new_client("tok", NULL, NULL, NULL);
    worker w[THREADS];
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++) {
        w[i] = (worker){c, i, 0};
        CU_ASSERT_EQUAL_FATAL(pthread_create(&th[i], NULL, work, &w[i]), 0);
    }
    int good = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(th[i], NULL);
        good += w[i].good;
    }
    CU_ASSERT_EQUAL(F.calls, THREADS * CALLS);
    CU_ASSERT_EQUAL(F.well_formed, THREADS * CALLS);
    CU_ASSERT_EQUAL(good, THREADS * CALLS);
    apic_client_free(c);
}

int main(void)
{
    CU_TestInfo requests[] = {
        {"GET: method, URL, headers, result", test_get_request},
        {"POST: body bytes and Content-Type; invalid body not sent", test_post_body},
        {"security alternatives; API key in a header", test_api_key_header_fallback},
        {"an API key after its scheme's prefix (ServiceToken)", test_api_key_prefix},
        {"operations with a server of their own; config.servers redirects them", test_operation_servers},
        {"optional authentication ({} alternative)", test_optional_auth},
        {"API key in the query and in a cookie", test_api_key_query_and_cookie},
        {"basic authentication", test_basic_auth},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo responses[] = {
        {"404: status, body, request id", test_http_404},
        {"retryable statuses", test_retryable_statuses},
        {"malformed 2xx body: APIC_E_DECODE keeps the body", test_malformed_2xx},
        {"no result without a typed body", test_results_without_body},
        {"text and raw JSON results", test_text_and_any_results},
        {"transport failures", test_transport_failure},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo setup[] = {
        {"validation failure calls the transport zero times", test_validation_sends_nothing},
        {"config errors name the key", test_config_errors},
        {"defaults, copies, free(NULL)", test_defaults_and_free},
        {"8 threads x 1000 calls", test_threads},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"requests", suite_init, suite_clean, NULL, NULL, requests},
        {"responses", suite_init, suite_clean, NULL, NULL, responses},
        {"client", suite_init, suite_clean, NULL, NULL, setup},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
