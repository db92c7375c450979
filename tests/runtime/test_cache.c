/* The answer cache (apic/cache.h) and its use by calls (apic_client_cache_op): least recently
 * used first out, freshness, keys whose maps ignore order and whose parts cannot run together,
 * values too large for the caller, threads; a cached operation answers a repeated call without
 * sending it, decoded afresh; per-call skip and refresh; a cache turned off; offline mode sends
 * nothing; flag defaults; 409 made final by the config. */
#include <CUnit/CUnit.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "recorder.h"

static void sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static void key_of(apic_cache_key *k, const char *s)
{
    apic_cache_key_init(k, 'T');
    apic_cache_key_add_str(k, s);
}

static bool has(apic_cache *c, const char *s)
{
    apic_cache_key k;
    key_of(&k, s);
    char v[32];
    size_t n = 0;
    bool hit = apic_cache_get(c, &k, v, sizeof v, &n);
    apic_cache_key_release(&k);
    return hit;
}

static void put(apic_cache *c, const char *s)
{
    apic_cache_key k;
    key_of(&k, s);
    CU_ASSERT_EQUAL(apic_cache_put(c, &k, "v", 1), 0);
    apic_cache_key_release(&k);
}

static void test_lru_order(void)
{
    apic_cache *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_cache_new(3, 60000, &c, NULL), 0);
    put(c, "a");
    put(c, "b");
    put(c, "c");
    CU_ASSERT_TRUE(has(c, "a")); /* a is now the most recently used: b is the oldest */
    put(c, "d");
    CU_ASSERT_FALSE(has(c, "b"));
    CU_ASSERT_TRUE(has(c, "a"));
    CU_ASSERT_TRUE(has(c, "c"));
    CU_ASSERT_TRUE(has(c, "d"));
    put(c, "c"); /* a replacement is not a new entry */
    apic_cache_stats st;
    apic_cache_get_stats(c, &st);
    CU_ASSERT_EQUAL(st.entries, 3);
    CU_ASSERT_EQUAL(st.evictions, 1);
    CU_ASSERT_EQUAL(st.stores, 5);
    CU_ASSERT_EQUAL(st.hits, 4);
    CU_ASSERT_EQUAL(st.misses, 1);
    apic_cache_clear(c);
    CU_ASSERT_FALSE(has(c, "a"));
    apic_cache_get_stats(c, &st);
    CU_ASSERT_EQUAL(st.entries, 0);
    apic_cache_free(c);
}

static void test_value_round_trip(void)
{
    apic_cache *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_cache_new(10, 60000, &c, NULL), 0);
    apic_cache_key k;
    key_of(&k, "k");
    unsigned char value[5] = {1, 0, 2, 0, 3}; /* bytes, not text */
    CU_ASSERT_EQUAL(apic_cache_put(c, &k, value, sizeof value), 0);
    unsigned char got[8];
    size_t n = 0;
    CU_ASSERT_TRUE(apic_cache_get(c, &k, got, sizeof got, &n));
    CU_ASSERT_EQUAL(n, 5);
    CU_ASSERT_EQUAL(memcmp(got, value, 5), 0);
    CU_ASSERT_FALSE(apic_cache_get(c, &k, got, 4, &n)); /* does not fit: a miss, nothing written past 4 */
    apic_buf b = {0};
    CU_ASSERT_TRUE(apic_cache_get_buf(c, &k, &b));
    CU_ASSERT_EQUAL(b.len, 5);
    apic_buf_free(&b);
    apic_cache_key_release(&k);
    apic_cache_free(c);
}

static void test_expiry(void)
{
    apic_cache *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_cache_new(10, 60, &c, NULL), 0);
    put(c, "x");
    CU_ASSERT_TRUE(has(c, "x"));
    sleep_ms(100); /* the coarse clock ticks every few ms: 40 ms past the time is plenty */
    CU_ASSERT_FALSE(has(c, "x"));
    apic_cache_stats st;
    apic_cache_get_stats(c, &st);
    CU_ASSERT_EQUAL(st.expired, 1);
    CU_ASSERT_EQUAL(st.entries, 0);
    apic_cache_free(c);
}

static bool same_key(apic_cache_key *a, apic_cache_key *b)
{
    bool same = a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
    apic_cache_key_release(a);
    apic_cache_key_release(b);
    return same;
}

static void test_keys(void)
{
    apic_cache_key a, b;
    /* Maps: the order of the pairs does not matter, in either form. */
    const char *pairs1[] = {"id", "c1", "email", "x@y", NULL}, *pairs2[] = {"email", "x@y", "id", "c1", NULL};
    const char *names[] = {"id", "email"}, *values[] = {"c1", "x@y"};
    apic_cache_key_init(&a, 'K');
    apic_cache_key_add_pairs(&a, pairs1, NULL, 2, 2);
    apic_cache_key_init(&b, 'K');
    apic_cache_key_add_pairs(&b, pairs2, NULL, 2, 2);
    CU_ASSERT_TRUE(same_key(&a, &b));
    apic_cache_key_init(&a, 'K');
    apic_cache_key_add_pairs(&a, pairs1, NULL, 2, 2);
    apic_cache_key_init(&b, 'K');
    apic_cache_key_add_pairs(&b, names, values, 2, 1);
    CU_ASSERT_TRUE(same_key(&a, &b));
    /* Parts cannot run together: ("ab", "c") is not ("a", "bc"). */
    apic_cache_key_init(&a, 'K');
    apic_cache_key_add_str(&a, "ab");
    apic_cache_key_add_str(&a, "c");
    apic_cache_key_init(&b, 'K');
    apic_cache_key_add_str(&b, "a");
    apic_cache_key_add_str(&b, "bc");
    CU_ASSERT_FALSE(same_key(&a, &b));
    /* NULL is not "", a value is not a name, and kinds never meet. */
    apic_cache_key_init(&a, 'K');
    apic_cache_key_add_str(&a, NULL);
    apic_cache_key_init(&b, 'K');
    apic_cache_key_add_str(&b, "");
    CU_ASSERT_FALSE(same_key(&a, &b));
    const char *swapped[] = {"c1", "id", NULL};
    apic_cache_key_init(&a, 'K');
    apic_cache_key_add_pairs(&a, pairs1, NULL, 1, 2);
    apic_cache_key_init(&b, 'K');
    apic_cache_key_add_pairs(&b, swapped, NULL, 1, 2);
    CU_ASSERT_FALSE(same_key(&a, &b));
    apic_cache_key_init(&a, 'A');
    apic_cache_key_init(&b, 'B');
    CU_ASSERT_FALSE(same_key(&a, &b));
    /* A long key spills to the heap and still works (released without a leak). */
    char long_text[1000];
    memset(long_text, 'z', sizeof long_text - 1);
    long_text[sizeof long_text - 1] = '\0';
    apic_cache *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_cache_new(4, 60000, &c, NULL), 0);
    put(c, long_text);
    CU_ASSERT_TRUE(has(c, long_text));
    long_text[500] = 'y';
    CU_ASSERT_FALSE(has(c, long_text));
    apic_cache_free(c);
}

/* The hash reads keys eight and sixteen bytes at a time with an overlapping last word. Every
 * length from 1 to 80 bytes is stored, then looked up with a key built elsewhere on the stack: a
 * byte read past the key's end would differ between the two (a miss; valgrind: uninitialised),
 * and keys differing only in their last byte must answer their own values. */
static void key_of_length(apic_cache_key *k, size_t len, int last, char fill)
{
    char text[81];
    memset(text, fill, sizeof text);
    memset(text, 'k', len);
    text[len - 1] = (char)('a' + last);
    apic_cache_key_init(k, 'L');
    apic_cache_key_add(k, text, len);
    /* What lies beyond the key in its buffer differs too. */
    memset(k->data + k->len, fill, k->cap - k->len);
}

static void test_every_key_length(void)
{
    apic_cache *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_cache_new(200, 60000, &c, NULL), 0);
    apic_cache_key k;
    for (size_t len = 1; len <= 80; len++) {
        for (int last = 0; last < 2; last++) {
            key_of_length(&k, len, last, 'x');
            unsigned char v = (unsigned char)(len * 2 + (size_t)last);
            CU_ASSERT_EQUAL(apic_cache_put(c, &k, &v, 1), 0);
            apic_cache_key_release(&k);
        }
    }
    for (size_t len = 1; len <= 80; len++) {
        for (int last = 0; last < 2; last++) {
            key_of_length(&k, len, last, 'y');
            unsigned char v = 0;
            size_t n = 0;
            CU_ASSERT_TRUE(apic_cache_get(c, &k, &v, 1, &n));
            CU_ASSERT_EQUAL(v, (unsigned char)(len * 2 + (size_t)last));
            apic_cache_key_release(&k);
        }
    }
    apic_cache_stats st;
    apic_cache_get_stats(c, &st);
    CU_ASSERT_EQUAL(st.entries, 160);
    apic_cache_free(c);
}

static void test_new_refuses(void)
{
    apic_cache *c = (apic_cache *)1;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_cache_new(0, 1000, &c, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL(apic_cache_new(10, 0, &c, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_cache_new(10, 10, NULL, &err), APIC_E_ARG);
    /* A NULL cache is a cache that never answers. */
    apic_cache_key k;
    key_of(&k, "x");
    char v[4];
    CU_ASSERT_FALSE(apic_cache_get(NULL, &k, v, sizeof v, NULL));
    CU_ASSERT_EQUAL(apic_cache_put(NULL, &k, "v", 1), 0);
    apic_cache_key_release(&k);
}

/* Eight threads reading and writing 64 keys in a cache of 32: every answer read is the one
 * written for its key (the value is the key). */
static void *hammer(void *arg)
{
    apic_cache *c = arg;
    long bad = 0;
    for (int i = 0; i < 20000; i++) {
        char name[16], got[16];
        snprintf(name, sizeof name, "k%d", (i * 7919) % 64);
        apic_cache_key k;
        key_of(&k, name);
        size_t n = 0;
        if (apic_cache_get(c, &k, got, sizeof got - 1, &n)) {
            got[n] = '\0';
            if (strcmp(got, name) != 0) bad++;
        } else {
            apic_cache_put(c, &k, name, strlen(name));
        }
        apic_cache_key_release(&k);
    }
    return (void *)bad;
}

static void test_threads(void)
{
    apic_cache *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_cache_new(32, 60000, &c, NULL), 0);
    pthread_t t[8];
    for (int i = 0; i < 8; i++) CU_ASSERT_EQUAL(pthread_create(&t[i], NULL, hammer, c), 0);
    for (int i = 0; i < 8; i++) {
        void *bad = NULL;
        pthread_join(t[i], &bad);
        CU_ASSERT_PTR_NULL(bad);
    }
    apic_cache_stats st;
    apic_cache_get_stats(c, &st);
    CU_ASSERT_EQUAL(st.hits + st.misses, 8 * 20000);
    CU_ASSERT_TRUE(st.entries <= 32);
    apic_cache_free(c);
}

/* --- a cached operation ------------------------------------------------------------------------ */

typedef struct check_params {
    char *key;
} check_params;
typedef struct check_body {
    bool has_company;
    apic_string_map company;
    bool has_user;
    apic_string_map user;
    char *note; /* not part of the key */
} check_body;
typedef struct check_answer {
    bool has_value;
    bool value;
} check_answer;

static const apic_type string_map = {APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_string};
static const apic_field params_fields[] = {
    {"key", 3, APIC_F_REQUIRED, offsetof(check_params, key), -1, -1, &apic_type_string}};
static const apic_struct_desc params_desc = {"CheckParams", sizeof(check_params), params_fields, 1, -1, -1, NULL};
static const apic_param params_locs[] = {{APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false}};
static const apic_field body_fields[] = {
    {"company", 7, 0, offsetof(check_body, company), offsetof(check_body, has_company), -1, &string_map},
    {"user", 4, 0, offsetof(check_body, user), offsetof(check_body, has_user), -1, &string_map},
    {"note", 4, 0, offsetof(check_body, note), -1, -1, &apic_type_string}};
static const apic_struct_desc body_desc = {"CheckBody", sizeof(check_body), body_fields, 3, -1, -1, NULL};
static const apic_type body_type = {APIC_OBJECT, APIC_FMT_NONE, &body_desc, NULL, NULL};
static const apic_field answer_fields[] = {
    {"value", 5, 0, offsetof(check_answer, value), offsetof(check_answer, has_value), -1, &apic_type_bool}};
static const apic_struct_desc answer_desc = {"Answer", sizeof(check_answer), answer_fields, 1, -1, -1, NULL};
static const apic_type answer_type = {APIC_OBJECT, APIC_FMT_NONE, &answer_desc, NULL, NULL};
static const apic_response responses[] = {{200, &answer_type, "application/json", APIC_RESPONSE_JSON}};
static const apic_operation check_op = {"check", "POST", "/flags/{key}/check", &params_desc, params_locs, &body_type,
                                        NULL, true, responses, 1, NULL, 0, APIC_BODY_JSON, NULL, NULL};
static const char *const check_key[] = {"key", "company", "user", NULL};
static const apic_cache_spec check_cache = {check_key, 0, 0};

static int check(apic_client *c, const char *flag, char **company, char **values, const apic_request_options *o,
                 bool *value, apic_error *err)
{
    check_params p = {(char *)flag};
    check_body b = {true, {company, values, 1}, false, {NULL, NULL, 0}, "not keyed"};
    void *out = NULL;
    int rc = apic_call_with(c, &check_op, &p, &b, o, &out, err);
    if (rc == 0 && out != NULL) *value = ((check_answer *)out)->value;
    apic_value_free(&answer_type, out);
    return rc;
}

static apic_client *client_with(recorder *r, const apic_cache_settings *settings)
{
    apic_transport t = recorder_transport(r, 200, "{\"value\":true}");
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:1");
    cfg.transport = &t;
    cfg.cache = settings;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(apic_client_cache_op(c, &check_op, &check_cache, NULL), 0);
    return c;
}

static void test_cached_operation(void)
{
    recorder r;
    apic_client *c = client_with(&r, NULL);
    char *company[] = {"id"}, *c1[] = {"c1"}, *c2[] = {"c2"};
    apic_error err = {0};
    bool v = false;
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, &err), 0);
    CU_ASSERT_TRUE(v);
    CU_ASSERT_EQUAL(err.attempts, 1);
    v = false;
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, &err), 0);
    CU_ASSERT_TRUE(v); /* decoded afresh from the kept body */
    CU_ASSERT_EQUAL(err.attempts, 0);
    CU_ASSERT_EQUAL(err.http_status, 200);
    CU_ASSERT_EQUAL(r.calls, 1);
    CU_ASSERT_EQUAL(check(c, "g", company, c1, NULL, &v, &err), 0); /* another flag: another key */
    CU_ASSERT_EQUAL(check(c, "f", company, c2, NULL, &v, &err), 0); /* another company too */
    CU_ASSERT_EQUAL(r.calls, 3);
    apic_request_options skip = {.cache = APIC_CACHE_SKIP}, refresh = {.cache = APIC_CACHE_REFRESH};
    CU_ASSERT_EQUAL(check(c, "f", company, c1, &skip, &v, &err), 0);
    CU_ASSERT_EQUAL(r.calls, 4);
    CU_ASSERT_EQUAL(check(c, "f", company, c1, &refresh, &v, &err), 0);
    CU_ASSERT_EQUAL(r.calls, 5);
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, &err), 0);
    CU_ASSERT_EQUAL(r.calls, 5);
    apic_client_cache_clear(c);
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, &err), 0);
    CU_ASSERT_EQUAL(r.calls, 6);
    CU_ASSERT_PTR_NOT_NULL(apic_client_cache(c, &check_op));
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_cache_off_and_bad_keys(void)
{
    recorder r;
    apic_cache_settings off = {0, 5000};
    apic_client *c = client_with(&r, &off);
    CU_ASSERT_PTR_NULL(apic_client_cache(c, &check_op));
    char *company[] = {"id"}, *c1[] = {"c1"};
    bool v;
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, NULL), 0);
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, NULL), 0);
    CU_ASSERT_EQUAL(r.calls, 2);
    const char *const wrong[] = {"key", "company_keys", NULL};
    apic_cache_spec bad = {wrong, 0, 0};
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_cache_op(c, &check_op, &bad, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "`company_keys` of check is neither a parameter nor a body member"));
    apic_client_free(c);
    /* A failed answer is not kept. */
    apic_client *d = client_with(&r, NULL);
    r.status = 503;
    apic_retry_policy none = {APIC_NO_RETRY, 0, 0, 0, 0};
    apic_request_options once = {.retry = &none};
    CU_ASSERT_EQUAL(check(d, "f", company, c1, &once, &v, NULL), APIC_E_HTTP);
    r.status = 200;
    CU_ASSERT_EQUAL(check(d, "f", company, c1, NULL, &v, NULL), 0);
    CU_ASSERT_EQUAL(r.calls, 2); /* the recorder restarted its count for d */
    apic_client_free(d);
}

static void test_offline_sends_nothing(void)
{
    recorder r;
    apic_transport t = recorder_transport(&r, 200, "{}");
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:1");
    cfg.transport = &t;
    cfg.offline = true;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    CU_ASSERT_TRUE(apic_client_offline(c));
    CU_ASSERT_EQUAL(apic_client_cache_op(c, &check_op, &check_cache, NULL), 0);
    CU_ASSERT_PTR_NULL(apic_client_cache(c, &check_op)); /* nothing to cache offline */
    char *company[] = {"id"}, *c1[] = {"c1"};
    apic_error err = {0};
    bool v = false;
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, &err), APIC_E_OFFLINE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "offline mode (config.offline)"));
    CU_ASSERT_EQUAL(err.attempts, 0);
    CU_ASSERT_EQUAL(r.calls, 0);
    CU_ASSERT_STRING_EQUAL(apic_strerror(APIC_E_OFFLINE), "offline mode: nothing is sent");
    apic_client_free(c);
}

static void test_flag_defaults(void)
{
    recorder r;
    apic_transport t = recorder_transport(&r, 200, "{}");
    apic_flag_default d[] = {{"on-flag", true}, {"off-flag", false}};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:1");
    cfg.transport = &t;
    cfg.flag_defaults = d;
    cfg.n_flag_defaults = 2;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    CU_ASSERT_TRUE(apic_flag_default_get(c, "on-flag"));
    CU_ASSERT_FALSE(apic_flag_default_get(c, "off-flag"));
    CU_ASSERT_FALSE(apic_flag_default_get(c, "unknown"));
    CU_ASSERT_EQUAL(apic_flag_default_set(c, "unknown", true, NULL), 0);
    CU_ASSERT_TRUE(apic_flag_default_get(c, "unknown"));
    apic_flag_default more[] = {{"on-flag", false}, {"z", true}, {"a", true}};
    CU_ASSERT_EQUAL(apic_flag_defaults_set(c, more, 3, NULL), 0);
    CU_ASSERT_FALSE(apic_flag_default_get(c, "on-flag"));
    CU_ASSERT_TRUE(apic_flag_default_get(c, "z"));
    CU_ASSERT_TRUE(apic_flag_default_get(c, "a"));
    apic_flag_default broken[] = {{"b", true}, {"", true}};
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_flag_defaults_set(c, broken, 2, &err), APIC_E_ARG);
    CU_ASSERT_STRING_EQUAL(err.message, "defaults[1].key: a flag key is required");
    CU_ASSERT_FALSE(apic_flag_default_get(c, "b")); /* all or none */
    apic_client_free(c);
    /* The config's are checked by name. */
    apic_flag_default nameless[] = {{NULL, true}};
    cfg.flag_defaults = nameless;
    cfg.n_flag_defaults = 1;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_STRING_EQUAL(err.message, "config.flag_defaults[0].key: a flag key is required");
    cfg.n_flag_defaults = 0;
    apic_cache_settings negative = {10, -1};
    cfg.cache = &negative;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.cache.ttl_ms"));
    cfg.cache = NULL;
    cfg.proxy = "http://127.0.0.1:3128\r\nX: y";
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.proxy"));
    CU_ASSERT_STRING_EQUAL(apic_flag_source_name(APIC_FLAG_DEFAULT_OFFLINE), "default: offline");
}

static void test_conflict_can_be_final(void)
{
    recorder r;
    apic_transport t = recorder_transport(&r, 409, "{\"error\":\"conflict\"}");
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:1");
    cfg.transport = &t;
    cfg.retry = (apic_retry_policy){2, 1, 1, 0, 0};
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    char *company[] = {"id"}, *c1[] = {"c1"};
    bool v;
    apic_error err = {0};
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.attempts, 3); /* 409 retried by default */
    apic_client_free(c);
    cfg.conflict_is_final = true;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    CU_ASSERT_EQUAL(check(c, "f", company, c1, NULL, &v, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.attempts, 1);
    CU_ASSERT_EQUAL(err.http_status, 409);
    apic_error_clear(&err);
    apic_client_free(c);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"least recently used goes first; replacing is not adding", test_lru_order},
        {"values are bytes; one larger than the caller's room is a miss", test_value_round_trip},
        {"entries expire after their time", test_expiry},
        {"keys: maps in any order meet, parts never run together", test_keys},
        {"keys of every length from 1 to 80 bytes stay apart", test_every_key_length},
        {"a cache of nothing is refused; a NULL cache never answers", test_new_refuses},
        {"eight threads read and write: every answer is its key's", test_threads},
        {"a cached operation: the same call is answered without a request", test_cached_operation},
        {"caching off; key names checked; a failure is not kept", test_cache_off_and_bad_keys},
        {"offline mode sends nothing", test_offline_sends_nothing},
        {"flag defaults: configured, set, all or none", test_flag_defaults},
        {"409 is final when the config says so", test_conflict_can_be_final},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"cache", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
