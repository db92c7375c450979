/* The webhook verifier (apic/webhook.h) against the senders' own libraries, both ways:
 *
 *   test_vendor_webhooks VENDOR_CASES OUT_CASES
 *
 * 1. Every webhook in VENDOR_CASES (signed by standardwebhooks, svix, pusher and Schematic's SDK:
 *    tests/webhooks/vendors.js make) is verified here and must give its expected status, at the
 *    case's now_ms, and by the system clock too unless its time is exact (a tolerance edge).
 * 2. Webhooks signed here with apic_webhook_sign(), intact and tampered, are written to OUT_CASES
 *    for the same libraries to judge (vendors.js check); each carries what the library must say
 *    ("accept" or "refuse") and the status this verifier gives it ("c_status"), so the file shows
 *    where the two differ by design (the libraries of Pusher and Schematic do not look at the age).
 *
 * tests/webhooks/run.sh runs the four steps. The case format is described in vendors.js. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "cunit_run.h"
#include "read_file.h"

/* Fixed secrets, the same as vendors.js's. */
#define STD_SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
#define STD_OTHER "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
#define SVIX_SECRET "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"
#define SVIX_OLD "whsec_dGhlLW9sZC1zdml4LXNlY3JldC1rZXk="
#define PUSHER_KEY "278d425bdf160c739803"
#define PUSHER_SECRET "7ad3773142a6692b25b8"
#define PUSHER_OTHER_KEY "9f1c0a5be7d2846a31c0"
#define PUSHER_OTHER_SECRET "c3d1b0a6f49e27d85b11"
#define SCHEMATIC_SECRET "sch_whsec_3b2f6c1e9a8d4f70"
#define SCHEMATIC_UNICODE "s\xc3\xa9" "cret-\xc3\xbc-\xe6\x97\xa5\xe6\x9c\xac" /* "sécret-ü-日本" in UTF-8 */

static const char *const LIBRARIES[] = {"standardwebhooks", "svix", "pusher", "schematic"};
enum { N_LIBRARIES = 4, MAX_HEADERS = 8, VALUE_MAX = 512 };

/* Svix's service sends svix-id, svix-timestamp and svix-signature (APIC_WEBHOOK_SVIX). */
static const apic_webhook_scheme *scheme_named(const char *name)
{
    return apic_webhook_scheme_named(name != NULL && strcmp(name, "svix-headers") == 0 ? "svix" : name);
}

static const char *scheme_id(const apic_webhook_scheme *s)
{
    return s == &APIC_WEBHOOK_SVIX ? "svix-headers" : s == &APIC_WEBHOOK_PUSHER ? "pusher"
                                                    : s == &APIC_WEBHOOK_SCHEMATIC ? "schematic" : "standard-webhooks";
}

static const struct {
    const char *name;
    int status;
} STATUSES[] = {
    {"OK", APIC_OK},
    {"WEBHOOK_HEADER", APIC_E_WEBHOOK_HEADER},
    {"WEBHOOK_MALFORMED", APIC_E_WEBHOOK_MALFORMED},
    {"WEBHOOK_TIMESTAMP", APIC_E_WEBHOOK_TIMESTAMP},
    {"WEBHOOK_SIGNATURE", APIC_E_WEBHOOK_SIGNATURE},
};

static const char *status_name(int status)
{
    for (size_t i = 0; i < sizeof STATUSES / sizeof STATUSES[0]; i++) {
        if (STATUSES[i].status == status) return STATUSES[i].name;
    }
    return apic_strerror(status);
}

static bool status_named(const char *name, int *out)
{
    for (size_t i = 0; name != NULL && i < sizeof STATUSES / sizeof STATUSES[0]; i++) {
        if (strcmp(STATUSES[i].name, name) == 0) return *out = STATUSES[i].status, true;
    }
    return false;
}

static long long wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Verifies body and headers with a verifier made from scheme and secrets; returns the status
 * (APIC_E_CONFIG when the verifier could not be made). */
static int verify_with(const apic_webhook_scheme *scheme, const apic_webhook_secret *secrets, size_t n_secrets,
                       const apic_header *headers, size_t n_headers, const char *body, long long now_ms, apic_error *err)
{
    apic_webhook_verifier *v = NULL;
    int rc = apic_webhook_verifier_new(scheme, secrets, n_secrets, 0, &v, err);
    if (rc == 0) rc = apic_webhook_verify(v, headers, n_headers, body, strlen(body), now_ms, err);
    apic_webhook_verifier_free(v);
    return rc;
}

/* --- 1. the vendors sign, C verifies --------------------------------------------------------------- */

static cJSON *g_vendor_cases; /* the "cases" array of VENDOR_CASES */
static const char *g_out_path;

typedef struct tally {
    int cases, ok, refused, mismatches;
} tally;
static tally g_verified[N_LIBRARIES];
static tally g_signed[N_LIBRARIES];

static int library_index(const char *name)
{
    for (int i = 0; i < N_LIBRARIES; i++) {
        if (name != NULL && strcmp(LIBRARIES[i], name) == 0) return i;
    }
    return -1;
}

static const char *string_member(const cJSON *o, const char *name)
{
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(m) ? m->valuestring : NULL;
}

/* One vendor case, read from its JSON; false (after a CUnit failure naming the case) when a
 * member is missing or has the wrong shape. The strings point into the JSON. */
typedef struct vendor_case {
    const char *name, *library, *body;
    const apic_webhook_scheme *scheme;
    apic_webhook_secret secrets[4];
    size_t n_secrets;
    apic_header headers[MAX_HEADERS];
    size_t n_headers;
    int expect;
    long long now_ms;
    bool exact_time;
} vendor_case;

static bool read_case(const cJSON *c, vendor_case *out)
{
    memset(out, 0, sizeof *out);
    out->name = string_member(c, "name");
    out->library = string_member(c, "library");
    out->body = string_member(c, "body");
    out->scheme = scheme_named(string_member(c, "scheme"));
    const cJSON *secrets = cJSON_GetObjectItemCaseSensitive(c, "secrets");
    const cJSON *headers = cJSON_GetObjectItemCaseSensitive(c, "headers");
    const cJSON *now = cJSON_GetObjectItemCaseSensitive(c, "now_ms");
    bool ok = out->name != NULL && out->body != NULL && out->scheme != NULL && library_index(out->library) >= 0 &&
              status_named(string_member(c, "expect"), &out->expect) && cJSON_IsNumber(now) &&
              cJSON_IsArray(secrets) && cJSON_IsArray(headers) && cJSON_GetArraySize(secrets) >= 1 &&
              cJSON_GetArraySize(secrets) <= 4 && cJSON_GetArraySize(headers) <= MAX_HEADERS;
    const cJSON *e;
    if (!ok) secrets = headers = NULL;
    cJSON_ArrayForEach(e, secrets)
    {
        apic_webhook_secret *s = &out->secrets[out->n_secrets++];
        s->key_id = string_member(e, "key_id");
        s->secret = string_member(e, "secret");
        ok = ok && s->secret != NULL;
    }
    cJSON_ArrayForEach(e, headers)
    {
        const cJSON *name = cJSON_GetArrayItem(e, 0), *value = cJSON_GetArrayItem(e, 1);
        ok = ok && cJSON_IsString(name) && cJSON_IsString(value);
        if (!ok) break;
        out->headers[out->n_headers].name = name->valuestring;
        out->headers[out->n_headers++].value = value->valuestring;
    }
    if (ok) {
        out->now_ms = (long long)now->valuedouble;
        out->exact_time = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(c, "exact_time"));
    } else {
        fprintf(stderr, "\n!! vendor case '%s': a member is missing or malformed\n", out->name ? out->name : "?");
        CU_FAIL("a vendor case is malformed");
    }
    return ok;
}

/* Verifies every vendor case of one library; each must give its expected status. */
static void verify_library(int lib)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(g_vendor_cases);
    tally *t = &g_verified[lib];
    const cJSON *c;
    cJSON_ArrayForEach(c, g_vendor_cases)
    {
        if (strcmp(string_member(c, "library") ? string_member(c, "library") : "", LIBRARIES[lib]) != 0) continue;
        vendor_case vc;
        if (!read_case(c, &vc)) continue;
        t->cases++;
        apic_error err = {0};
        int got = verify_with(vc.scheme, vc.secrets, vc.n_secrets, vc.headers, vc.n_headers, vc.body, vc.now_ms, &err);
        /* And by the system clock, a moment after the library signed. */
        apic_error err_now = {0};
        int got_now = vc.exact_time ? got
                                    : verify_with(vc.scheme, vc.secrets, vc.n_secrets, vc.headers, vc.n_headers, vc.body,
                                                  0, &err_now);
        if (got == vc.expect && got_now == vc.expect) {
            if (got == APIC_OK) t->ok++;
            else t->refused++;
        } else {
            t->mismatches++;
            fprintf(stderr, "\n!! %s: %s: expected %s, C gave %s%s%s%s\n", vc.library, vc.name, status_name(vc.expect),
                    status_name(got != vc.expect ? got : got_now), got != vc.expect ? "" : " by the system clock",
                    (got != vc.expect ? err.message : err_now.message)[0] ? ": " : "",
                    got != vc.expect ? err.message : err_now.message);
        }
        CU_ASSERT_EQUAL(got, vc.expect);
        CU_ASSERT_EQUAL(got_now, vc.expect);
        /* A refusal's message never shows the secret. */
        for (size_t i = 0; i < vc.n_secrets; i++) {
            CU_ASSERT_PTR_NULL(strstr(err.message, vc.secrets[i].secret));
        }
        apic_error_clear(&err);
        apic_error_clear(&err_now);
    }
    /* Every library signed webhooks C accepts and ones it refuses. */
    CU_ASSERT(t->ok > 0);
    CU_ASSERT(t->refused > 0);
}

static void test_standardwebhooks_signed(void) { verify_library(0); }
static void test_svix_signed(void) { verify_library(1); }
static void test_pusher_signed(void) { verify_library(2); }
static void test_schematic_signed(void) { verify_library(3); }

/* No case was skipped: each names one of the four libraries and was read. */
static void test_every_case_verified(void)
{
    int n = 0;
    for (int i = 0; i < N_LIBRARIES; i++) n += g_verified[i].cases;
    if (n != cJSON_GetArraySize(g_vendor_cases)) {
        fprintf(stderr, "\n!! %d of %d vendor cases were verified\n", n, cJSON_GetArraySize(g_vendor_cases));
    }
    CU_ASSERT_EQUAL(n, cJSON_GetArraySize(g_vendor_cases));
}

/* --- 2. C signs, the vendors verify ---------------------------------------------------------------- */

/* A webhook to send: headers (own storage) and body. */
typedef struct outgoing {
    char names[MAX_HEADERS][64];
    char values[MAX_HEADERS][VALUE_MAX];
    apic_header headers[MAX_HEADERS];
    size_t n;
    char body[2048];
} outgoing;

static void put(outgoing *w, const char *name, const char *value)
{
    CU_ASSERT_FATAL(w->n < MAX_HEADERS);
    snprintf(w->names[w->n], sizeof w->names[0], "%s", name);
    snprintf(w->values[w->n], sizeof w->values[0], "%s", value);
    w->n++;
}

static char *value_of(outgoing *w, const char *name)
{
    for (size_t i = 0; i < w->n; i++) {
        if (strcmp(w->names[i], name) == 0) return w->values[i];
    }
    CU_FAIL_FATAL("no such header");
    return NULL;
}

static const apic_header *view(outgoing *w)
{
    for (size_t i = 0; i < w->n; i++) w->headers[i].name = w->names[i], w->headers[i].value = w->values[i];
    return w->headers;
}

/* Signs body with apic_webhook_sign() into a new outgoing webhook. */
static outgoing sign(const apic_webhook_scheme *s, const char *key_id, const char *secret, const char *id, long long ts,
                     const char *body)
{
    outgoing w;
    memset(&w, 0, sizeof w);
    snprintf(w.body, sizeof w.body, "%s", body);
    apic_webhook_secret sec = {key_id, secret};
    apic_webhook_signed out;
    apic_error err = {0};
    int rc = apic_webhook_sign(s, &sec, id, ts, body, strlen(body), &out, &err);
    if (rc != 0) fprintf(stderr, "\n!! apic_webhook_sign: %s\n", err.message);
    apic_error_clear(&err);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    for (size_t i = 0; i < out.n_headers; i++) put(&w, out.headers[i].name, out.headers[i].value);
    return w;
}

/* One byte in the middle changed: a lowercase letter becomes the next one (as vendors.js does), so
 * the body is still JSON and a refusal is about the signature. */
static void flip_byte(char *body)
{
    for (size_t k = strlen(body) / 2; body[k] != '\0'; k++) {
        if (body[k] >= 'a' && body[k] <= 'z') {
            body[k] = body[k] == 'z' ? 'y' : (char)(body[k] + 1);
            cJSON *still = cJSON_Parse(body);
            CU_ASSERT_PTR_NOT_NULL(still);
            cJSON_Delete(still);
            return;
        }
    }
    CU_FAIL_FATAL("flip_byte: no letter to change");
}

static cJSON *g_out; /* the cases written for vendors.js check */

/* Adds a C-signed case: the library must `expect` ("accept"/"refuse") with the first secret
 * (Pusher: the others are extra app tokens); reason: what a refusal's message must contain; C's own
 * verifier must give c_expect with all the secrets. */
static void emit(int lib, const char *name, const apic_webhook_scheme *scheme, const apic_webhook_secret *secrets,
                 size_t n_secrets, outgoing *w, const char *expect, const char *reason, int c_expect, const char *note)
{
    apic_error err = {0};
    int c_status = verify_with(scheme, secrets, n_secrets, view(w), w->n, w->body, 0, &err);
    if (c_status != c_expect) {
        fprintf(stderr, "\n!! C-signed %s: %s: C gave %s (%s), expected %s\n", LIBRARIES[lib], name, status_name(c_status),
                err.message, status_name(c_expect));
    }
    CU_ASSERT_EQUAL(c_status, c_expect);
    apic_error_clear(&err);

    cJSON *c = cJSON_CreateObject(), *secs = cJSON_CreateArray(), *hdrs = cJSON_CreateArray();
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    cJSON_AddStringToObject(c, "name", name);
    cJSON_AddStringToObject(c, "library", LIBRARIES[lib]);
    cJSON_AddStringToObject(c, "scheme", scheme_id(scheme));
    for (size_t i = 0; i < n_secrets; i++) {
        cJSON *s = cJSON_CreateObject();
        if (secrets[i].key_id != NULL) cJSON_AddStringToObject(s, "key_id", secrets[i].key_id);
        cJSON_AddStringToObject(s, "secret", secrets[i].secret);
        cJSON_AddItemToArray(secs, s);
    }
    cJSON_AddItemToObject(c, "secrets", secs);
    for (size_t i = 0; i < w->n; i++) {
        const char *pair[2] = {w->names[i], w->values[i]};
        cJSON_AddItemToArray(hdrs, cJSON_CreateStringArray(pair, 2));
    }
    cJSON_AddItemToObject(c, "headers", hdrs);
    cJSON_AddStringToObject(c, "body", w->body);
    cJSON_AddStringToObject(c, "expect", expect);
    if (reason != NULL) cJSON_AddStringToObject(c, "reason", reason);
    cJSON_AddStringToObject(c, "c_status", status_name(c_status));
    if (note != NULL) cJSON_AddStringToObject(c, "note", note);
    cJSON_AddItemToArray(g_out, c);
    g_signed[lib].cases++;
    if (strcmp(expect, "accept") == 0) g_signed[lib].ok++;
    else g_signed[lib].refused++;
}

/* A 1 KB-ish event body, the shape vendors.js uses. */
static void event_body(char *out, size_t n, long long now_ms)
{
    int len = snprintf(out, n, "{\"type\":\"invoice.paid\",\"sent_ms\":%lld,\"data\":{\"id\":\"inv_2002\",\"customer\":"
                               "{\"id\":\"cus_2002\",\"email\":\"otieno@example.com\",\"name\":\"Otieno Odhiambo\"},\"lines\":[",
                       now_ms);
    for (int i = 0; len > 0 && (size_t)len < n && len < 940; i++) {
        len += snprintf(out + len, n - (size_t)len, "%s{\"sku\":\"SKU-%d\",\"quantity\":%d,\"unit_amount\":%d}",
                        i ? "," : "", 2000 + i, i + 1, 99000 + i);
    }
    if (len > 0 && (size_t)len < n) snprintf(out + len, n - (size_t)len, "]}}");
}

static const char UNICODE_BODY[] = "{\"type\":\"contact.updated\",\"data\":{\"name\":\"Nyokabi Wa K\xc4\xa9mani\","
                                   "\"city\":\"Z\xc3\xbcrich\",\"note\":\"caf\xc3\xa9 \xe2\x98\x95, \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e, "
                                   "emoji \xf0\x9f\xa6\x92\"}}";

static void sign_standard(int lib, const char *secret, const char *other)
{
    long long now = wall_ms(), now_s = now / 1000;
    char body[2048];
    event_body(body, sizeof body, now);
    const char *id = lib == 0 ? "msg_c_standardwebhooks_81" : "msg_c_svix_81";
    const apic_webhook_scheme *S = &APIC_WEBHOOK_STANDARD;
    apic_webhook_secret mine = {NULL, secret}, theirs = {NULL, other};

    outgoing w = sign(S, NULL, secret, id, now_s, body);
    emit(lib, "1 KB event, signed now", S, &mine, 1, &w, "accept", NULL, APIC_OK, NULL);
    w = sign(S, NULL, secret, id, now_s, UNICODE_BODY);
    emit(lib, "non-ASCII body (UTF-8)", S, &mine, 1, &w, "accept", NULL, APIC_OK, NULL);
    /* Rotation: the old and the new key's signatures, space-separated; the receiver knows the new. */
    w = sign(S, NULL, secret, id, now_s, body);
    outgoing old = sign(S, NULL, other, id, now_s, body);
    char both[VALUE_MAX];
    snprintf(both, sizeof both, "%s %s", value_of(&old, "webhook-signature"), value_of(&w, "webhook-signature"));
    snprintf(value_of(&w, "webhook-signature"), VALUE_MAX, "%s", both);
    emit(lib, "two signatures (rotation)", S, &mine, 1, &w, "accept", NULL, APIC_OK, NULL);

    w = sign(S, NULL, secret, id, now_s, body);
    flip_byte(w.body);
    emit(lib, "flipped body byte", S, &mine, 1, &w, "refuse", "No matching signature", APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = sign(S, NULL, secret, id, now_s, body);
    emit(lib, "wrong secret", S, &theirs, 1, &w, "refuse", "No matching signature", APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = sign(S, NULL, secret, id, now_s, body);
    snprintf(value_of(&w, "webhook-id"), VALUE_MAX, "%s", "msg_c_replayed_under_another_id");
    emit(lib, "another message id", S, &mine, 1, &w, "refuse", "No matching signature", APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = sign(S, NULL, secret, id, now_s - 360, body);
    emit(lib, "old timestamp (signed 6 minutes ago)", S, &mine, 1, &w, "refuse", "too old", APIC_E_WEBHOOK_TIMESTAMP, NULL);
    w = sign(S, NULL, secret, id, now_s + 360, body);
    emit(lib, "future timestamp (6 minutes ahead)", S, &mine, 1, &w, "refuse", "too new", APIC_E_WEBHOOK_TIMESTAMP, NULL);
    if (lib == 1) {
        /* The names Svix's service sends: the library reads them; C reads them with APIC_WEBHOOK_SVIX. */
        w = sign(S, NULL, secret, id, now_s, body);
        for (size_t i = 0; i < w.n; i++) { /* webhook-id -> svix-id, ... */
            char renamed[64];
            snprintf(renamed, sizeof renamed, "svix%s", strchr(w.names[i], '-'));
            snprintf(w.names[i], sizeof w.names[i], "%s", renamed);
        }
        emit(lib, "svix-* header names", &APIC_WEBHOOK_SVIX, &mine, 1, &w, "accept", NULL, APIC_OK, NULL);
    }
}

static void test_sign_standard(void) { sign_standard(0, STD_SECRET, STD_OTHER); }
static void test_sign_svix(void) { sign_standard(1, SVIX_SECRET, SVIX_OLD); }

static void test_sign_pusher(void)
{
    const apic_webhook_scheme *P = &APIC_WEBHOOK_PUSHER;
    long long now = wall_ms();
    char body[512], old_body[512];
    snprintf(body, sizeof body,
             "{\"time_ms\":%lld,\"events\":[{\"name\":\"channel_vacated\",\"channel\":\"private-orders-17\"}]}", now);
    snprintf(old_body, sizeof old_body,
             "{\"time_ms\":%lld,\"events\":[{\"name\":\"channel_vacated\",\"channel\":\"private-orders-17\"}]}",
             now - 360000);
    apic_webhook_secret app = {PUSHER_KEY, PUSHER_SECRET}, other = {PUSHER_OTHER_KEY, PUSHER_OTHER_SECRET};
    apic_webhook_secret wrong = {PUSHER_KEY, PUSHER_OTHER_SECRET};
    apic_webhook_secret apps[2] = {other, app};

    /* pusher's WebHook takes only application/json bodies: a real sender says so, and so do we. */
#define SIGNED(b) sign(P, PUSHER_KEY, PUSHER_SECRET, NULL, 0, (b))
    outgoing w = SIGNED(body);
    put(&w, "Content-Type", "application/json");
    emit(2, "channel_vacated, time_ms now", P, &app, 1, &w, "accept", NULL, APIC_OK, NULL);
    w = SIGNED(body);
    put(&w, "Content-Type", "application/json");
    emit(2, "two apps: the other first, this one as an extra token", P, apps, 2, &w, "accept", NULL, APIC_OK, NULL);
    w = SIGNED(body);
    put(&w, "Content-Type", "application/json");
    flip_byte(w.body);
    emit(2, "flipped body byte", P, &app, 1, &w, "refuse", "signature or key", APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = SIGNED(body);
    put(&w, "Content-Type", "application/json");
    emit(2, "wrong secret", P, &wrong, 1, &w, "refuse", "signature or key", APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = SIGNED(body);
    put(&w, "Content-Type", "application/json");
    snprintf(value_of(&w, "X-Pusher-Key"), VALUE_MAX, "%s", PUSHER_OTHER_KEY);
    emit(2, "X-Pusher-Key of an app the receiver does not know", P, &app, 1, &w, "refuse", "signature or key",
         APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = SIGNED(old_body);
    put(&w, "Content-Type", "application/json");
    emit(2, "old time_ms (6 minutes)", P, &app, 1, &w, "accept", NULL, APIC_E_WEBHOOK_TIMESTAMP,
         "pusher 5.3.4's WebHook.isValid() does not look at time_ms; PROTOCOLS.md and C refuse it");
#undef SIGNED
}

static void test_sign_schematic(void)
{
    const apic_webhook_scheme *S = &APIC_WEBHOOK_SCHEMATIC;
    long long now_s = wall_ms() / 1000;
    char body[512];
    snprintf(body, sizeof body, "{\"action\":\"subscription.updated\",\"data\":{\"company_id\":\"comp_2002\","
                                "\"plan\":\"pro\"},\"sent_at\":%lld}", now_s);
    apic_webhook_secret mine = {NULL, SCHEMATIC_SECRET}, unicode = {NULL, SCHEMATIC_UNICODE};
    apic_webhook_secret wrong = {NULL, "another-secret"};

    outgoing w = sign(S, NULL, SCHEMATIC_SECRET, NULL, now_s, body);
    emit(3, "subscription.updated, signed now", S, &mine, 1, &w, "accept", NULL, APIC_OK, NULL);
    w = sign(S, NULL, SCHEMATIC_UNICODE, NULL, now_s, UNICODE_BODY);
    emit(3, "non-ASCII secret and body", S, &unicode, 1, &w, "accept", NULL, APIC_OK, NULL);
    w = sign(S, NULL, SCHEMATIC_SECRET, NULL, now_s, body);
    flip_byte(w.body);
    emit(3, "flipped body byte", S, &mine, 1, &w, "refuse", "Invalid webhook signature", APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = sign(S, NULL, SCHEMATIC_SECRET, NULL, now_s, body);
    emit(3, "wrong secret", S, &wrong, 1, &w, "refuse", "Invalid webhook signature", APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = sign(S, NULL, SCHEMATIC_SECRET, NULL, now_s, body);
    snprintf(value_of(&w, "X-Schematic-Webhook-Timestamp"), VALUE_MAX, "%lld", now_s - 1);
    emit(3, "timestamp header changed after signing", S, &mine, 1, &w, "refuse", "Invalid webhook signature",
         APIC_E_WEBHOOK_SIGNATURE, NULL);
    w = sign(S, NULL, SCHEMATIC_SECRET, NULL, now_s - 360, body);
    emit(3, "old timestamp (signed 6 minutes ago)", S, &mine, 1, &w, "accept", NULL, APIC_E_WEBHOOK_TIMESTAMP,
         "Schematic's SDK does not check the timestamp's age (apic/webhook.h says so); C refuses it");
}

/* Writes the C-signed cases, one a line, for vendors.js check. */
static void test_write_cases(void)
{
    FILE *f = fopen(g_out_path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fprintf(f, "{\"signed_by\": \"apic %s\",\n \"cases\": [\n", APIC_VERSION);
    int n = cJSON_GetArraySize(g_out), i = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, g_out)
    {
        char *line = cJSON_PrintUnformatted(c);
        CU_ASSERT_PTR_NOT_NULL(line);
        if (line != NULL) fprintf(f, "  %s%s\n", line, ++i < n ? "," : "");
        cJSON_free(line);
    }
    fputs("]}\n", f);
    CU_ASSERT_EQUAL(fclose(f), 0);
    CU_ASSERT(n > 0);
}

static void print_tally(const char *what, const tally *t, const char *ok, const char *refused)
{
    printf("%s:", what);
    for (int i = 0; i < N_LIBRARIES; i++) {
        printf("%s %s %d (%d %s, %d %s)", i ? "," : "", LIBRARIES[i], t[i].cases, t[i].ok, ok, t[i].refused, refused);
    }
    printf("\n");
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s VENDOR_CASES OUT_CASES\n", argv[0]);
        return 2;
    }
    char *text = read_file(argv[1]);
    cJSON *root = text != NULL ? cJSON_Parse(text) : NULL;
    free(text);
    g_vendor_cases = cJSON_GetObjectItemCaseSensitive(root, "cases");
    if (!cJSON_IsArray(g_vendor_cases) || cJSON_GetArraySize(g_vendor_cases) == 0) {
        fprintf(stderr, "%s: not a case file with cases (made by tests/webhooks/vendors.js make)\n", argv[1]);
        cJSON_Delete(root);
        return 2;
    }
    g_out_path = argv[2];
    g_out = cJSON_CreateArray();

    CU_TestInfo verified[] = {
        {"signed by standardwebhooks: each status as expected", test_standardwebhooks_signed},
        {"signed by svix: each status as expected", test_svix_signed},
        {"signed by pusher: each status as expected", test_pusher_signed},
        {"signed by Schematic's SDK: each status as expected", test_schematic_signed},
        {"every case was verified", test_every_case_verified},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo signing[] = {
        {"Standard Webhooks, for standardwebhooks", test_sign_standard},
        {"Standard Webhooks, for svix (and svix-* names)", test_sign_svix},
        {"Pusher, for pusher's WebHook", test_sign_pusher},
        {"Schematic, for Schematic's SDK", test_sign_schematic},
        {"cases written for vendors.js check", test_write_cases},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"vendor-signed webhooks verified in C", NULL, NULL, NULL, NULL, verified},
        {"C-signed webhooks for the vendors", NULL, NULL, NULL, NULL, signing},
        CU_SUITE_INFO_NULL,
    };
    int rc = cunit_run(suites);
    print_tally("C verified the vendors' webhooks", g_verified, "OK", "refused");
    int mismatches = 0;
    for (int i = 0; i < N_LIBRARIES; i++) mismatches += g_verified[i].mismatches;
    printf("C verified the vendors' webhooks: %d mismatch%s\n", mismatches, mismatches == 1 ? "" : "es");
    print_tally("C signed webhooks for the vendors", g_signed, "to accept", "to refuse");
    cJSON_Delete(g_out);
    cJSON_Delete(root);
    return rc;
}
