/* The runtime's Pusher protocol (apic/pusher.h, apic/sign.h) and the Sockudo SDK on it
 * (sockudo/pusher.h) against the vendor's own library, npm `pusher` 5.3.4, both ways:
 *
 *   test_pusher_vendor VENDOR_CASES OUT_CASES
 *
 * 1. Every case in VENDOR_CASES (made by the library: tests/pusher/vendor.js make) is checked here:
 *    - request: the library's signed query string for a request (trigger, batch, channel list,
 *      channel info, users; the string its createSignedQueryString printed and its send() put in
 *      the URL, at the case's timestamp) must be what apic_pusher_sign_query() gives for the same
 *      method, path, parameters (percent-encoded here, as a URL carries them) and body, and what
 *      sockudo_signed_uri() signs. Then the same call is made through the SDK (sockudo_trigger,
 *      sockudo_trigger_batch, sockudo_channels_list, sockudo_channels_get,
 *      sockudo_presence_list_users) into a recording transport: its body must equal the library's
 *      (parsed; but for C's idempotency keys, which the library does not send, and encrypted data,
 *      compared as plaintext: nonces are random), its path and parameters the library's once
 *      decoded. The request as recorded goes to OUT_CASES: the SDK stamps it with time(NULL), so
 *      the library signs it again at that auth_timestamp (vendor.js check).
 *    - authorize / authenticate: the library's authorizeChannel / authenticateUser answers must equal
 *      sockudo_authorize_channel / sockudo_authenticate_user's as parsed JSON, and their `auth`
 *      strings byte for byte.
 *    - decrypt: an event the library encrypted for a private-encrypted- channel must open with
 *      sockudo_decrypt() to the plaintext the library encrypted. The library JSON.stringify's the
 *      data before encrypting (lib/events.js encrypt(): a string "hello" is encrypted as the 7 bytes
 *      "hello" with its quotes, and a JSON text given as a string is quoted once more); the runtime
 *      encrypts the data it is given as it is (the bytes a plain channel would carry; pusher-js
 *      JSON.parse's the plaintext when it parses, else hands over the text). So the plaintext
 *      expected here is JSON.stringify(data) of the library's input, and the SDK is given that text
 *      when it triggers "the same" encrypted event.
 * 2. C's own cases go to OUT_CASES for the library to judge (vendor.js check): signed query strings,
 *    requests the SDK put on the wire, authentication answers, encrypted payloads.
 *
 * Each kind of case has deliberately wrong members ("mismatch" / "fails"): a check that passes them
 * fails the run, so every check is shown able to fail. Known differences between the library and
 * the runtime are cases too ("differs", "c_refuses"), printed with their note.
 * tests/pusher/run.sh runs the four steps. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <apic/apic.h>
#include <sockudo/sockudo.h>

#include "cunit_run.h"
#include "read_file.h"
#include "recorder.h"

/* The PROTOCOLS.md app, the same as vendor.js's. */
#define APP_ID "3"
#define KEY "278d425bdf160c739803"
#define SECRET "7ad3773142a6692b25b8"
#define MASTER "OHRXNUZRTG5pUTFzQlFGd3J3N3Q2VFZFc0paZDEweVk="
#define BASE "http://127.0.0.1:9"
#define VECTOR_BODY "{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{\\\"some\\\":\\\"data\\\"}\"}"
#define VECTOR_SIG "da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c"

enum { MAX_PARAMS = 16, MAX_EVENTS = APIC_PUSHER_MAX_BATCH, MAX_CHANNELS = APIC_PUSHER_MAX_CHANNELS };

static recorder g_rec;
static sockudo_client *g_client;
static cJSON *g_cases; /* the "cases" array of VENDOR_CASES */
static cJSON *g_out;   /* C's cases, for vendor.js check */
static const char *g_out_path;

/* --- tallies: per check, what was compared and how it came out ----------------------------------- */

typedef struct tally {
    const char *name;
    int cases, same, wrong_seen, differs, refused, mismatches;
} tally;

enum { T_SIGN_QUERY, T_SIGNED_URI, T_SDK_TRIGGER, T_SDK_BATCH, T_SDK_CHANNELS, T_SDK_CHANNEL, T_SDK_USERS, T_AUTHORIZE,
       T_AUTHENTICATE, T_DECRYPT, N_TALLIES };
static tally g_tally[N_TALLIES] = {
    {"apic_pusher_sign_query", 0, 0, 0, 0, 0, 0}, {"sockudo_signed_uri", 0, 0, 0, 0, 0, 0},
    {"SDK trigger", 0, 0, 0, 0, 0, 0},            {"SDK batch", 0, 0, 0, 0, 0, 0},
    {"SDK channels", 0, 0, 0, 0, 0, 0},           {"SDK channel", 0, 0, 0, 0, 0, 0},
    {"SDK users", 0, 0, 0, 0, 0, 0},              {"authorize", 0, 0, 0, 0, 0, 0},
    {"authenticate", 0, 0, 0, 0, 0, 0},           {"decrypt", 0, 0, 0, 0, 0, 0},
};
/* C's cases by kind, and how many of them are wrong on purpose. */
static const char *const EMIT_KINDS[] = {"sign", "request", "authorize", "authenticate", "encrypted"};
enum { E_SIGN, E_REQUEST, E_AUTHORIZE, E_AUTHENTICATE, E_ENCRYPTED, N_EMIT_KINDS };
static int g_emitted[N_EMIT_KINDS];
static int g_emitted_wrong;

/* Judges one comparison. want: "match" (same), "mismatch" (wrong on purpose: must differ),
 * "differs" (a known difference: C gives something else), "refused" (both refuse), "c_refuses"
 * (the library signs, C refuses), "fails" (decryption must fail). */
static void judge(int t, const char *case_name, const char *want, bool same, bool c_refused, bool lib_refused,
                  const char *detail, const char *note)
{
    tally *y = &g_tally[t];
    y->cases++;
    bool ok;
    if (strcmp(want, "match") == 0) {
        ok = same && !c_refused && !lib_refused;
        if (ok) y->same++;
    } else if (strcmp(want, "mismatch") == 0 || strcmp(want, "fails") == 0) {
        ok = !same && (strcmp(want, "fails") == 0 ? c_refused : !c_refused);
        if (ok) y->wrong_seen++;
    } else if (strcmp(want, "differs") == 0) {
        ok = !same && !c_refused && !lib_refused;
        if (ok) {
            y->differs++;
            printf("%s [%s]: %s\n    %s\n", case_name, y->name, note ? note : "", detail ? detail : "");
        }
    } else if (strcmp(want, "refused") == 0) {
        ok = c_refused && lib_refused;
        if (ok) y->refused++;
    } else if (strcmp(want, "c_refuses") == 0) {
        ok = c_refused && !lib_refused;
        if (ok) {
            y->differs++;
            printf("%s [%s]: %s\n", case_name, y->name, note ? note : "");
        }
    } else {
        ok = false;
    }
    if (!ok) {
        y->mismatches++;
        fprintf(stderr, "\n!! %s: %s: expected %s, got %s%s%s\n", y->name, case_name, want,
                c_refused ? "a refusal from C" : same ? "the same" : "a difference", detail ? ": " : "",
                detail ? detail : "");
    }
    CU_ASSERT(ok);
}

/* --- small helpers ------------------------------------------------------------------------------ */

static const char *str(const cJSON *o, const char *name)
{
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(m) ? m->valuestring : NULL;
}

/* What a case expects of one check ("match" when it does not say). */
static const char *expect_of(const cJSON *c, const char *check)
{
    const char *s = str(cJSON_GetObjectItemCaseSensitive(c, "expect"), check);
    return s != NULL ? s : "match";
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A new copy of [s, s+n) with %XX decoded. */
static char *pct_decode(const char *s, size_t n)
{
    char *out = malloc(n + 1), *w = out;
    if (out == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            *w++ = (char)(hexval(s[i + 1]) << 4 | hexval(s[i + 2]));
            i += 2;
        } else {
            *w++ = s[i];
        }
    }
    *w = '\0';
    return out;
}

static bool is_reserved(const char *name)
{
    static const char *const R[] = {"auth_key", "auth_timestamp", "auth_version", "auth_signature", "body_md5"};
    for (size_t i = 0; i < sizeof R / sizeof R[0]; i++) {
        if (strcmp(name, R[i]) == 0) return true;
    }
    return false;
}

/* A URL taken apart: raw and decoded path, every query parameter decoded, and the request's own
 * parameters as they were written (for re-signing). */
typedef struct url_parts {
    char *path_raw, *path;
    size_t n;
    char *names[MAX_PARAMS], *values[MAX_PARAMS];
    apic_buf own_raw;
} url_parts;

static bool split_url(const char *url, url_parts *u)
{
    memset(u, 0, sizeof *u);
    if (strncmp(url, BASE, strlen(BASE)) != 0) return false;
    const char *p = url + strlen(BASE), *q = strchr(p, '?');
    size_t plen = q != NULL ? (size_t)(q - p) : strlen(p);
    u->path_raw = strndup(p, plen);
    u->path = pct_decode(p, plen);
    for (const char *s = q != NULL ? q + 1 : ""; *s != '\0' && u->n < MAX_PARAMS;) {
        size_t len = strcspn(s, "&"), nlen = strcspn(s, "=&");
        u->names[u->n] = pct_decode(s, nlen);
        u->values[u->n] = nlen < len ? pct_decode(s + nlen + 1, len - nlen - 1) : strdup("");
        if (!is_reserved(u->names[u->n])) {
            if (u->own_raw.len > 0) apic_buf_putc(&u->own_raw, '&');
            apic_buf_append(&u->own_raw, s, len);
        }
        u->n++;
        s += len + (s[len] == '&');
    }
    return u->path != NULL;
}

static const char *url_param(const url_parts *u, const char *name)
{
    for (size_t i = 0; i < u->n; i++) {
        if (strcmp(u->names[i], name) == 0) return u->values[i];
    }
    return NULL;
}

static void url_parts_free(url_parts *u)
{
    free(u->path_raw);
    free(u->path);
    for (size_t i = 0; i < u->n; i++) free(u->names[i]), free(u->values[i]);
    apic_buf_free(&u->own_raw);
}

/* The auth_signature of a signed query string or URL (after the last "auth_signature="). */
static const char *signature_of(const char *s)
{
    const char *at = s != NULL ? strstr(s, "auth_signature=") : NULL, *next;
    while (at != NULL && (next = strstr(at + 1, "auth_signature=")) != NULL) at = next;
    return at != NULL ? at + strlen("auth_signature=") : NULL;
}

/* Params [[name, value], ...] of a case: as apic_headers (pointing into the JSON) and as a
 * percent-encoded query in q. Returns the count. */
static size_t case_params(const cJSON *c, apic_header *h, apic_buf *q)
{
    size_t n = 0;
    const cJSON *p;
    cJSON_ArrayForEach(p, cJSON_GetObjectItemCaseSensitive(c, "params"))
    {
        const cJSON *name = cJSON_GetArrayItem(p, 0), *value = cJSON_GetArrayItem(p, 1);
        if (n == MAX_PARAMS || !cJSON_IsString(name) || !cJSON_IsString(value)) break;
        h[n].name = name->valuestring;
        h[n].value = value->valuestring;
        if (n > 0) apic_buf_putc(q, '&');
        apic_url_encode(q, h[n].name, strlen(h[n].name), false);
        apic_buf_putc(q, '=');
        apic_url_encode(q, h[n].value, strlen(h[n].value), false);
        n++;
    }
    return n;
}

/* --- the SDK's calls, from a case's inputs, into the recording transport -------------------------- */

static int op_tally(const char *op)
{
    static const char *const OPS[] = {"trigger", "batch", "channels", "channel", "users", "user"};
    static const int T[] = {T_SDK_TRIGGER, T_SDK_BATCH, T_SDK_CHANNELS, T_SDK_CHANNEL, T_SDK_USERS, T_SDK_TRIGGER};
    for (size_t i = 0; op != NULL && i < sizeof OPS / sizeof OPS[0]; i++) {
        if (strcmp(op, OPS[i]) == 0) return T[i];
    }
    return -1;
}

/* Makes the call op names with inputs (the JSON vendor.js writes); the request lands in g_rec. */
static int sdk_call(const char *op, const cJSON *in, sockudo_error *err)
{
    g_rec.calls = 0;
    if (strcmp(op, "trigger") == 0) {
        const char *channels[MAX_CHANNELS];
        size_t n = 0;
        const cJSON *ch;
        cJSON_ArrayForEach(ch, cJSON_GetObjectItemCaseSensitive(in, "channels"))
        {
            if (n < MAX_CHANNELS && cJSON_IsString(ch)) channels[n++] = ch->valuestring;
        }
        apic_pusher_trigger_options opts = {str(in, "socket_id"), str(in, "info"), NULL};
        g_rec.res_body = "{}";
        return sockudo_trigger(g_client, channels, n, str(in, "event"), str(in, "data"), &opts, NULL, err);
    }
    if (strcmp(op, "user") == 0) {
        g_rec.res_body = "{}";
        return sockudo_send_to_user(g_client, str(in, "user_id"), str(in, "event"), str(in, "data"), NULL, err);
    }
    if (strcmp(op, "batch") == 0) {
        apic_pusher_event events[MAX_EVENTS];
        size_t n = 0;
        const cJSON *e;
        cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(in, "events"))
        {
            if (n == MAX_EVENTS) break;
            apic_pusher_event ev = {str(e, "channel"), str(e, "name"), str(e, "data"), str(e, "socket_id"), str(e, "info"),
                                    NULL};
            events[n++] = ev;
        }
        g_rec.res_body = "{\"batch\":[]}";
        return sockudo_trigger_batch(g_client, events, n, NULL, err);
    }
    if (strcmp(op, "channels") == 0) {
        sockudo_channels_list_params p = {NULL, (char *)str(in, "filter_by_prefix"), (char *)str(in, "info")};
        g_rec.res_body = "{\"channels\":{}}";
        return sockudo_channels_list(g_client, &p, NULL, err);
    }
    if (strcmp(op, "channel") == 0) {
        sockudo_channels_get_params p = {NULL, (char *)str(in, "channel_name"), (char *)str(in, "info")};
        g_rec.res_body = "{\"occupied\":true}";
        return sockudo_channels_get(g_client, &p, NULL, err);
    }
    if (strcmp(op, "users") == 0) {
        sockudo_presence_list_users_params p = {NULL, (char *)str(in, "channel_name")};
        g_rec.res_body = "{\"users\":[]}";
        return sockudo_presence_list_users(g_client, &p, NULL, err);
    }
    return apic_error_set(err, APIC_E_ARG, "unknown op %s", op);
}

/* A trigger or batch body, parsed, with what cannot be equal taken out: C's idempotency keys
 * (drop_key) and, on encrypted channels, data replaced by {"plaintext": ...} (nonces are random). */
static void normalize_event(cJSON *e, const char *channel, bool drop_key)
{
    if (drop_key) cJSON_DeleteItemFromObjectCaseSensitive(e, "idempotency_key");
    if (channel == NULL || !apic_pusher_is_encrypted(channel)) return;
    const char *payload = str(e, "data");
    char *plain = NULL;
    size_t len = 0;
    cJSON *data = cJSON_CreateObject();
    if (payload != NULL && sockudo_decrypt(g_client, channel, payload, strlen(payload), &plain, &len, NULL) == 0) {
        cJSON_AddStringToObject(data, "plaintext", plain);
    } else {
        cJSON_AddStringToObject(data, "not_opened", payload != NULL ? payload : "");
    }
    free(plain);
    cJSON_ReplaceItemInObjectCaseSensitive(e, "data", data);
}

static cJSON *normalized_body(const char *text, bool drop_key)
{
    cJSON *b = text != NULL ? cJSON_Parse(text) : NULL;
    cJSON *batch = cJSON_GetObjectItemCaseSensitive(b, "batch"), *e;
    if (cJSON_IsArray(batch)) {
        cJSON_ArrayForEach(e, batch) normalize_event(e, str(e, "channel"), drop_key);
    } else if (b != NULL) {
        const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(b, "channels"), 0);
        normalize_event(b, cJSON_IsString(first) ? first->valuestring : NULL, drop_key);
    }
    return b;
}

/* --- emitting C's cases ---------------------------------------------------------------------------- */

static cJSON *emit(int kind, const char *name, const char *expect)
{
    cJSON *c = cJSON_CreateObject();
    cJSON_AddStringToObject(c, "kind", EMIT_KINDS[kind]);
    cJSON_AddStringToObject(c, "name", name);
    cJSON_AddStringToObject(c, "expect", expect);
    cJSON_AddItemToArray(g_out, c);
    g_emitted[kind]++;
    if (strcmp(expect, "match") != 0) g_emitted_wrong++;
    return c;
}

/* The request the recorder holds, as a C case for the library to sign again. */
static void emit_recorded(const char *name, const char *op, const cJSON *inputs, const char *expect)
{
    cJSON *c = emit(E_REQUEST, name, expect);
    cJSON_AddStringToObject(c, "op", op);
    cJSON_AddStringToObject(c, "method", g_rec.method);
    cJSON_AddStringToObject(c, "url", g_rec.url);
    if (g_rec.body_len > 0) cJSON_AddStringToObject(c, "body", g_rec.body);
    else cJSON_AddNullToObject(c, "body");
    cJSON_AddItemToObject(c, "inputs", cJSON_Duplicate(inputs, true));
}

/* For each event of the recorded body on an encrypted channel: the payload C sent and the data it
 * was given, for the library to open. */
static void emit_encrypted_of_recorded(const char *name, const char *op, const cJSON *inputs)
{
    cJSON *body = cJSON_Parse(g_rec.body);
    if (strcmp(op, "trigger") == 0) {
        const cJSON *ch = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(body, "channels"), 0);
        if (cJSON_IsString(ch) && apic_pusher_is_encrypted(ch->valuestring)) {
            cJSON *c = emit(E_ENCRYPTED, name, "match");
            cJSON_AddStringToObject(c, "via", "sockudo_trigger");
            cJSON_AddStringToObject(c, "channel", ch->valuestring);
            cJSON_AddStringToObject(c, "data", str(inputs, "data"));
            cJSON_AddStringToObject(c, "payload", str(body, "data"));
        }
    } else if (strcmp(op, "batch") == 0) {
        const cJSON *e;
        int i = 0;
        const cJSON *given = cJSON_GetObjectItemCaseSensitive(inputs, "events");
        cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(body, "batch"))
        {
            const char *ch = str(e, "channel");
            if (ch != NULL && apic_pusher_is_encrypted(ch)) {
                char n[256];
                snprintf(n, sizeof n, "%s (events[%d])", name, i);
                cJSON *c = emit(E_ENCRYPTED, n, "match");
                cJSON_AddStringToObject(c, "via", "sockudo_trigger_batch");
                cJSON_AddStringToObject(c, "channel", ch);
                cJSON_AddStringToObject(c, "data", str(cJSON_GetArrayItem(given, i), "data"));
                cJSON_AddStringToObject(c, "payload", str(e, "data"));
            }
            i++;
        }
    }
    cJSON_Delete(body);
}

/* --- 1. the library's cases, checked in C ---------------------------------------------------------- */

static int g_checked;

/* The SDK makes the case's call: method, decoded path and parameters, body must be the library's;
 * the URL must verify (C re-signs it at its own timestamp); the request goes to OUT_CASES. */
static void check_sdk(const cJSON *c, const char *name)
{
    const char *op = str(c, "op"), *method = str(c, "method"), *path = str(c, "path"), *lib_body = str(c, "body");
    int t = op_tally(op);
    CU_ASSERT_FATAL(t >= 0);
    const cJSON *inputs = cJSON_GetObjectItemCaseSensitive(c, "inputs");
    sockudo_error err = {0};
    int rc = sdk_call(op, inputs, &err);
    if (rc != 0 || g_rec.calls != 1) {
        judge(t, name, "match", false, true, false, err.message, NULL);
        sockudo_error_clear(&err);
        return;
    }
    sockudo_error_clear(&err);
    apic_buf why = {0};
    url_parts u;
    bool ok = split_url(g_rec.url, &u);
    if (!ok) apic_buf_printf(&why, "not a URL of " BASE ": %s; ", g_rec.url);
    if (ok && strcmp(g_rec.method, method) != 0) ok = false, apic_buf_printf(&why, "method %s; ", g_rec.method);
    if (ok && strcmp(u.path, path) != 0) ok = false, apic_buf_printf(&why, "path %s (decoded %s); ", u.path_raw, u.path);
    if (ok && strcmp(u.path_raw, path) != 0) {
        printf("note: %s: the library requests %s, the SDK %s (the same once decoded; each signs what it sends)\n",
               name, path, u.path_raw);
    }
    /* The request's own parameters: the library's, decoded, in any order. */
    apic_header params[MAX_PARAMS];
    apic_buf unused = {0};
    size_t n = case_params(c, params, &unused), own = 0;
    apic_buf_free(&unused);
    for (size_t i = 0; ok && i < u.n; i++) {
        if (is_reserved(u.names[i])) continue;
        own++;
        bool found = false;
        for (size_t k = 0; k < n && !found; k++) {
            found = strcmp(params[k].name, u.names[i]) == 0 && strcmp(params[k].value, u.values[i]) == 0;
        }
        if (!found) ok = false, apic_buf_printf(&why, "parameter %s=%s is not the library's; ", u.names[i], u.values[i]);
    }
    if (ok && own != n) ok = false, apic_buf_printf(&why, "%zu parameters, the library %zu; ", own, n);
    const char *md5 = url_param(&u, "body_md5"), *ts = url_param(&u, "auth_timestamp");
    if (ok && (strcmp(url_param(&u, "auth_key") ? url_param(&u, "auth_key") : "", KEY) != 0 ||
               strcmp(url_param(&u, "auth_version") ? url_param(&u, "auth_version") : "", "1.0") != 0 || ts == NULL ||
               (md5 != NULL) != (g_rec.body_len > 0) || (md5 != NULL) != (lib_body != NULL))) {
        ok = false, apic_buf_puts(&why, "auth_key, auth_version, auth_timestamp or body_md5; ");
    }
    /* Self-consistent: signing its own method, path, parameters and body at its own timestamp gives
     * its signature (the library does the same, independently, in vendor.js check). */
    if (ok) {
        apic_buf again = {0};
        int src = apic_pusher_sign_query(KEY, SECRET, g_rec.method, u.path_raw, u.own_raw.data, g_rec.body, g_rec.body_len,
                                         atoll(ts), &again, NULL);
        const char *sig = signature_of(again.data), *sent = url_param(&u, "auth_signature");
        if (src != 0 || sig == NULL || sent == NULL || strcmp(sig, sent) != 0) {
            ok = false, apic_buf_puts(&why, "its auth_signature is not its request's; ");
        }
        apic_buf_free(&again);
    }
    /* The body: the library's, but for idempotency keys and nonces. */
    if (ok && lib_body != NULL) {
        cJSON *a = normalized_body(g_rec.body, true), *b = normalized_body(lib_body, false);
        if (a == NULL || b == NULL || !cJSON_Compare(a, b, true)) {
            char *ta = a ? cJSON_PrintUnformatted(a) : NULL, *tb = b ? cJSON_PrintUnformatted(b) : NULL;
            apic_buf_printf(&why, "body: C %s, the library %s; ", ta ? ta : g_rec.body, tb ? tb : lib_body);
            free(ta);
            free(tb);
            ok = false;
        }
        cJSON_Delete(a);
        cJSON_Delete(b);
    }
    judge(t, name, "match", ok, false, false, why.data, NULL);
    apic_buf_free(&why);
    url_parts_free(&u);
    char label[300];
    snprintf(label, sizeof label, "SDK, the library's inputs: %s", name);
    emit_recorded(label, op, inputs, "match");
    emit_encrypted_of_recorded(label, op, inputs);
}

static void test_requests(void)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(g_cases);
    const cJSON *c;
    cJSON_ArrayForEach(c, g_cases)
    {
        if (strcmp(str(c, "kind") ? str(c, "kind") : "", "request") != 0) continue;
        g_checked++;
        const char *name = str(c, "name"), *method = str(c, "method"), *path = str(c, "path"), *query = str(c, "query");
        const char *body = str(c, "c_body") ? str(c, "c_body") : str(c, "body");
        const cJSON *ts = cJSON_GetObjectItemCaseSensitive(c, "timestamp");
        CU_ASSERT_FATAL(name != NULL && method != NULL && path != NULL && cJSON_IsNumber(ts));
        long long when = (long long)ts->valuedouble;
        apic_header params[MAX_PARAMS];
        apic_buf q = {0};
        size_t n = case_params(c, params, &q);

        /* apic_pusher_sign_query: the string the library printed, byte for byte. */
        apic_buf out = {0};
        apic_error err = {0};
        int rc = apic_pusher_sign_query(KEY, SECRET, method, path, q.data, body, body ? strlen(body) : 0, when, &out, &err);
        char detail[2048];
        snprintf(detail, sizeof detail, "the library %s\n    C           %s", query ? query : "(refused)",
                 rc == 0 ? out.data : err.message);
        judge(T_SIGN_QUERY, name, expect_of(c, "sign_query"), rc == 0 && query != NULL && strcmp(out.data, query) == 0,
              rc == APIC_E_VALIDATION, query == NULL, detail, str(c, "note"));
        if (rc != 0 && rc != APIC_E_VALIDATION) fprintf(stderr, "!! apic_pusher_sign_query: %s\n", err.message);
        apic_buf_free(&out);
        apic_error_clear(&err);

        /* sockudo_signed_uri: a URL of the same request, signed the same. */
        char *url = NULL;
        rc = sockudo_signed_uri(g_client, method, path, params, n, body, body ? strlen(body) : 0, when, &url, &err);
        const char *lib_sig = signature_of(query), *c_sig = signature_of(url);
        char prefix[512];
        snprintf(prefix, sizeof prefix, BASE "%s?", path);
        bool same = rc == 0 && lib_sig != NULL && c_sig != NULL && strcmp(lib_sig, c_sig) == 0 &&
                    strncmp(url, prefix, strlen(prefix)) == 0;
        snprintf(detail, sizeof detail, "the library %s\n    C           %s", query ? query : "(refused)",
                 rc == 0 ? url : err.message);
        judge(T_SIGNED_URI, name, expect_of(c, "signed_uri"), same, rc == APIC_E_VALIDATION, query == NULL, detail,
              str(c, "note"));
        free(url);
        apic_error_clear(&err);
        apic_buf_free(&q);

        if (str(c, "op") != NULL) check_sdk(c, name);
    }
}

static void test_authorize(void)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, g_cases)
    {
        const char *kind = str(c, "kind") ? str(c, "kind") : "";
        bool user = strcmp(kind, "authenticate") == 0;
        if (!user && strcmp(kind, "authorize") != 0) continue;
        g_checked++;
        const char *name = str(c, "name"), *answer = str(c, "answer");
        char *json = NULL;
        sockudo_error err = {0};
        int rc = user ? sockudo_authenticate_user(g_client, str(c, "socket_id"), str(c, "user_data"), &json, &err)
                      : sockudo_authorize_channel(g_client, str(c, "socket_id"), str(c, "channel"), str(c, "channel_data"),
                                                  &json, &err);
        cJSON *a = json ? cJSON_Parse(json) : NULL, *b = answer ? cJSON_Parse(answer) : NULL;
        const char *auth_a = str(a, "auth"), *auth_b = str(b, "auth");
        bool same = rc == 0 && a != NULL && b != NULL && cJSON_Compare(a, b, true) && auth_a != NULL && auth_b != NULL &&
                    strcmp(auth_a, auth_b) == 0;
        char detail[2048];
        snprintf(detail, sizeof detail, "the library %s, C %s", answer ? answer : "?", rc == 0 ? json : err.message);
        judge(user ? T_AUTHENTICATE : T_AUTHORIZE, name, expect_of(c, "answer"), same, rc != 0, false, detail, str(c, "note"));
        cJSON_Delete(a);
        cJSON_Delete(b);
        free(json);
        sockudo_error_clear(&err);
    }
}

static void test_decrypt(void)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, g_cases)
    {
        if (strcmp(str(c, "kind") ? str(c, "kind") : "", "decrypt") != 0) continue;
        g_checked++;
        const char *name = str(c, "name"), *channel = str(c, "channel"), *payload = str(c, "payload");
        const char *plaintext = str(c, "plaintext");
        CU_ASSERT_FATAL(name != NULL && channel != NULL && payload != NULL && plaintext != NULL);
        char *data = NULL;
        size_t len = 0;
        sockudo_error err = {0};
        int rc = sockudo_decrypt(g_client, channel, payload, strlen(payload), &data, &len, &err);
        bool same = rc == 0 && len == strlen(plaintext) && memcmp(data, plaintext, len) == 0;
        char detail[1024];
        snprintf(detail, sizeof detail, "expected the plaintext %s, C %s%s", plaintext, rc == 0 ? "opened it to " : "",
                 rc == 0 ? data : err.message);
        const char *want = expect_of(c, "decrypt");
        judge(T_DECRYPT, name, want, same, rc == APIC_E_DECODE, false, detail, NULL);
        if (strcmp(want, "fails") == 0) CU_ASSERT_EQUAL(rc, APIC_E_DECODE);
        free(data);
        sockudo_error_clear(&err);
    }
}

/* No case was skipped, and every check could tell a wrong case from a right one. */
static void test_every_case_checked(void)
{
    int n = cJSON_GetArraySize(g_cases);
    if (g_checked != n) fprintf(stderr, "\n!! %d of %d cases were checked\n", g_checked, n);
    CU_ASSERT_EQUAL(g_checked, n);
    for (int t = 0; t < N_TALLIES; t++) {
        if (g_tally[t].same == 0) fprintf(stderr, "\n!! %s: no case came out the same\n", g_tally[t].name);
        CU_ASSERT(g_tally[t].same > 0);
    }
    const int wrong[] = {T_SIGN_QUERY, T_SIGNED_URI, T_AUTHORIZE, T_DECRYPT};
    for (size_t i = 0; i < sizeof wrong / sizeof wrong[0]; i++) {
        if (g_tally[wrong[i]].wrong_seen == 0) fprintf(stderr, "\n!! %s: no wrong case seen\n", g_tally[wrong[i]].name);
        CU_ASSERT(g_tally[wrong[i]].wrong_seen > 0);
    }
}

/* --- 2. C's cases, for the library ------------------------------------------------------------------ */

/* JSON written with ' for " (and \' for \"), so the inputs below stay readable. */
static cJSON *jq(const char *text)
{
    char *s = strdup(text);
    for (char *p = s; *p != '\0'; p++) {
        if (*p == '\'') *p = '"';
    }
    cJSON *j = cJSON_Parse(s);
    if (j == NULL) fprintf(stderr, "\n!! not JSON: %s\n", s);
    CU_ASSERT_PTR_NOT_NULL_FATAL(j);
    free(s);
    return j;
}

/* apic_pusher_sign_query over C's inputs: the library must print the same string. */
static void sign_case(const char *name, const char *method, const char *path, const char *params_json, const char *body,
                      long long ts, bool wrong)
{
    cJSON *params = jq(params_json);
    cJSON *tmp = cJSON_CreateObject();
    cJSON_AddItemToObject(tmp, "params", params);
    apic_header h[MAX_PARAMS];
    apic_buf q = {0}, out = {0};
    case_params(tmp, h, &q);
    apic_error err = {0};
    int rc = apic_pusher_sign_query(KEY, SECRET, method, path, q.data, body, body ? strlen(body) : 0, ts, &out, &err);
    if (rc != 0) fprintf(stderr, "\n!! apic_pusher_sign_query: %s: %s\n", name, err.message);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    if (wrong) out.data[out.len - 1] = out.data[out.len - 1] == '0' ? '1' : '0'; /* the signature's last digit */
    cJSON *c = emit(E_SIGN, name, wrong ? "mismatch" : "match");
    cJSON_AddStringToObject(c, "method", method);
    cJSON_AddStringToObject(c, "path", path);
    cJSON_AddItemToObject(c, "params", cJSON_DetachItemFromObject(tmp, "params"));
    if (body != NULL) cJSON_AddStringToObject(c, "body", body);
    else cJSON_AddNullToObject(c, "body");
    cJSON_AddNumberToObject(c, "timestamp", (double)ts);
    cJSON_AddStringToObject(c, "query", out.data);
    cJSON_Delete(tmp);
    apic_buf_free(&q);
    apic_buf_free(&out);
    apic_error_clear(&err);
}

static void test_c_sign(void)
{
    /* The PROTOCOLS.md vector first: C's string for it is the documented one. */
    apic_buf out = {0};
    CU_ASSERT_EQUAL(apic_pusher_sign_query(KEY, SECRET, "POST", "/apps/3/events", NULL, VECTOR_BODY, strlen(VECTOR_BODY),
                                           1353088179, &out, NULL), 0);
    CU_ASSERT_STRING_EQUAL(signature_of(out.data), VECTOR_SIG);
    apic_buf_free(&out);

    long long now = (long long)time(NULL);
    sign_case("trigger: the PROTOCOLS.md vector", "POST", "/apps/3/events", "[]", VECTOR_BODY, 1353088179, false);
    sign_case("batch body", "POST", "/apps/3/batch_events", "[]",
              "{\"batch\":[{\"name\":\"a\",\"channel\":\"c1\",\"data\":\"x\"},{\"name\":\"b\",\"channel\":\"c2\",\"data\":\"y\"}]}",
              now, false);
    sign_case("channel list: filter_by_prefix and info", "GET", "/apps/3/channels",
              "[['filter_by_prefix','presence-'],['info','user_count,subscription_count']]", NULL, now, false);
    sign_case("channel list: values needing percent-encoding", "GET", "/apps/3/channels",
              "[['filter_by_prefix','private-\xc3\xbc &=+%/?#'],['info','a,b']]", NULL, now, false);
    sign_case("channel info", "GET", "/apps/3/channels/presence-room-7", "[['info','user_count,cache']]", NULL, now, false);
    sign_case("users", "GET", "/apps/3/channels/presence-x/users", "[]", NULL, 1353088179, false);
    sign_case("terminate a user's connections (body {})", "POST", "/apps/3/users/u-17/terminate_connections", "[]", "{}",
              now, false);
    sign_case("non-ASCII body", "POST", "/apps/3/events", "[]",
              "{\"name\":\"e\",\"channels\":[\"c\"],\"data\":\"caf\xc3\xa9 \xe2\x98\x95 \xf0\x9f\xa6\x92\"}", now, false);
    sign_case("WRONG on purpose: the signature's last digit changed", "GET", "/apps/3/channels",
              "[['info','user_count']]", NULL, now, true);
}

/* C's inputs through the SDK: each recorded request for the library to sign again. */
static void request_case(const char *name, const char *op, cJSON *inputs)
{
    sockudo_error err = {0};
    int rc = sdk_call(op, inputs, &err);
    if (rc != 0 || g_rec.calls != 1) fprintf(stderr, "\n!! %s: %s (%d calls)\n", name, err.message, g_rec.calls);
    CU_ASSERT_EQUAL(rc, 0);
    CU_ASSERT_EQUAL(g_rec.calls, 1);
    sockudo_error_clear(&err);
    if (rc == 0) {
        char label[300];
        snprintf(label, sizeof label, "SDK, C's inputs: %s", name);
        emit_recorded(label, op, inputs, "match");
        emit_encrypted_of_recorded(label, op, inputs);
    }
    cJSON_Delete(inputs);
}

static void test_c_requests(void)
{
    request_case("trigger: one channel, socket_id and info", "trigger",
                 jq("{'channels':['orders'],'event':'order.shipped','data':'{\\'id\\':\\'ord_2\\',\\'n\\':2}',"
                    "'socket_id':'7.8','info':'subscription_count'}"));
    request_case("trigger: non-ASCII and characters JSON escapes", "trigger",
                 jq("{'channels':['news','a_b-c=d@e,f.g;h'],'event':'caf\xc3\xa9',"
                    "'data':'Nyokabi Wa K\xc4\xa9mani \xf0\x9f\xa6\x92 \\\\ \\' \\n \\t </script> \\u0001'}"));
    request_case("trigger: empty data", "trigger", jq("{'channels':['c'],'event':'ping','data':''}"));
    /* The most channels one trigger may name. */
    cJSON *many = jq("{'event':'fanout','data':'{\\'x\\':1}'}"), *list = cJSON_AddArrayToObject(many, "channels");
    for (int i = 0; i < MAX_CHANNELS; i++) {
        char ch[32];
        snprintf(ch, sizeof ch, "channel-%03d", i);
        cJSON_AddItemToArray(list, cJSON_CreateString(ch));
    }
    request_case("trigger: 100 channels", "trigger", many);
    request_case("trigger: an encrypted channel, JSON data", "trigger",
                 jq("{'channels':['private-encrypted-orders'],'event':'order.paid',"
                    "'data':'{\\'id\\':\\'ord_9\\',\\'amount\\':4500,\\'note\\':\\'M\xc3\xa4rz\\'}','socket_id':'3.4'}"));
    request_case("trigger: an encrypted channel, data not JSON (no library input encrypts these bytes)", "trigger",
                 jq("{'channels':['private-encrypted-orders'],'event':'note','data':'hello'}"));
    request_case("send to a user", "user", jq("{'user_id':'u-17','event':'notice','data':'{\\'unread\\':3}'}"));
    cJSON *ten = cJSON_CreateObject(), *events = cJSON_AddArrayToObject(ten, "events");
    for (int i = 0; i < MAX_EVENTS; i++) {
        char ch[48], data[64];
        cJSON *e = cJSON_CreateObject();
        snprintf(ch, sizeof ch, i == 3 ? "private-encrypted-ledger" : i == 5 ? "presence-room-%d" : "orders-%d", i);
        snprintf(data, sizeof data, "{\"seq\":%d,\"who\":\"\xc3\x91" "and\xc3\xba\"}", i);
        cJSON_AddStringToObject(e, "channel", ch);
        cJSON_AddStringToObject(e, "name", "tick");
        cJSON_AddStringToObject(e, "data", data);
        if (i % 4 == 1) cJSON_AddStringToObject(e, "socket_id", "11.22");
        if (i % 3 == 2) cJSON_AddStringToObject(e, "info", "subscription_count");
        cJSON_AddItemToArray(events, e);
    }
    request_case("batch: 10 events (the most), one encrypted", "batch", ten);
    request_case("channel list: filter_by_prefix and info", "channels",
                 jq("{'filter_by_prefix':'presence-','info':'user_count'}"));
    request_case("channel list: info alone", "channels", jq("{'info':'subscription_count'}"));
    request_case("channel list: a prefix needing percent-encoding", "channels",
                 jq("{'filter_by_prefix':'private-\xc3\xbc &=+%/?#','info':'user_count,subscription_count'}"));
    request_case("channel info", "channel", jq("{'channel_name':'presence-room-7','info':'user_count'}"));
    request_case("channel info: a name with = @ , . ;", "channel",
                 jq("{'channel_name':'presence-a=b@c,d.e;f','info':'subscription_count,cache'}"));
    request_case("users: presence-x", "users", jq("{'channel_name':'presence-x'}"));
    request_case("users: a name with @", "users", jq("{'channel_name':'presence-a@b'}"));

    /* Deliberately wrong: a recorded request changed after it was signed. */
    cJSON *in = jq("{'channels':['orders'],'event':'e','data':'{\\'a\\':1}'}");
    sockudo_error err = {0};
    CU_ASSERT_EQUAL(sdk_call("trigger", in, &err), 0);
    char *sig = strstr(g_rec.url, "auth_signature=");
    CU_ASSERT_PTR_NOT_NULL_FATAL(sig);
    char *last = g_rec.url + strlen(g_rec.url) - 1;
    *last = *last == '0' ? '1' : '0';
    emit_recorded("WRONG on purpose: the recorded trigger's signature, last digit changed", "trigger", in, "mismatch");
    CU_ASSERT_EQUAL(sdk_call("trigger", in, &err), 0);
    char *a = strstr(g_rec.body, "\"e\"");
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    a[1] = 'f'; /* the event's name, after signing */
    emit_recorded("WRONG on purpose: the recorded trigger's body changed after signing", "trigger", in, "mismatch");
    cJSON_Delete(in);
    sockudo_error_clear(&err);
}

static void auth_case(bool user, const char *name, const char *socket, const char *channel, const char *data, bool wrong)
{
    char *json = NULL;
    sockudo_error err = {0};
    int rc = user ? sockudo_authenticate_user(g_client, socket, data, &json, &err)
                  : sockudo_authorize_channel(g_client, socket, channel, data, &json, &err);
    if (rc != 0) fprintf(stderr, "\n!! %s: %s\n", name, err.message);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    if (wrong) { /* one hex digit of the signature */
        char *colon = strchr(strstr(json, "\"auth\""), ':');
        colon = strchr(colon + 1, ':');
        colon[1] = colon[1] == '0' ? '1' : '0';
    }
    cJSON *c = emit(user ? E_AUTHENTICATE : E_AUTHORIZE, name, wrong ? "mismatch" : "match");
    cJSON_AddStringToObject(c, "socket_id", socket);
    if (user) {
        cJSON_AddStringToObject(c, "user_data", data);
    } else {
        cJSON_AddStringToObject(c, "channel", channel);
        if (data != NULL) cJSON_AddStringToObject(c, "channel_data", data);
        else cJSON_AddNullToObject(c, "channel_data");
    }
    cJSON_AddStringToObject(c, "answer", json);
    free(json);
    sockudo_error_clear(&err);
}

static void test_c_auth(void)
{
    /* channel_data and user_data in JSON.stringify's form: the library takes objects and
     * stringifies them, so only that form can be signed by both. */
    auth_case(false, "private", "1234.1234", "private-foobar", NULL, false);
    auth_case(false, "private, with channel_data", "5.6", "private-orders-17", "{\"note\":\"kept\"}", false);
    auth_case(false, "presence: user_info, non-ASCII", "12.34", "presence-room-7",
              "{\"user_id\":\"u-9\",\"user_info\":{\"name\":\"\xc3\x91" "and\xc3\xba\",\"tags\":[\"a\",\"b\"],\"q\":\"\\\"x\\\"\"}}",
              false);
    auth_case(false, "presence: a numeric user_id", "1.1", "presence-a=b@c,d.e;f", "{\"user_id\":7}", false);
    auth_case(false, "encrypted: shared_secret", "123.456", "private-encrypted-channel", NULL, false);
    auth_case(false, "encrypted: another channel", "9.9", "private-encrypted-ledger", NULL, false);
    auth_case(false, "WRONG on purpose: one digit of the signature changed", "1234.1234", "private-foobar", NULL, true);
    auth_case(true, "user: id only", "1234.1234", NULL, "{\"id\":\"u-17\"}", false);
    auth_case(true, "user: id, name, watchlist, non-ASCII", "55.66", NULL,
              "{\"id\":\"u-42\",\"name\":\"Ama \xc3\x91" "and\xc3\xba\",\"watchlist\":[\"u-17\"],\"info\":{\"\xc3\xa9\":true}}",
              false);
    auth_case(true, "WRONG on purpose: one digit of the signature changed", "55.66", NULL, "{\"id\":\"u-42\"}", true);
}

static void encrypt_case(const char *name, const char *channel, const char *data, const char *label_as)
{
    char *payload = NULL;
    sockudo_error err = {0};
    int rc = sockudo_encrypt(g_client, channel, data, strlen(data), &payload, &err);
    if (rc != 0) fprintf(stderr, "\n!! %s: %s\n", name, err.message);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    cJSON *c = emit(E_ENCRYPTED, name, label_as != NULL ? "mismatch" : "match");
    cJSON_AddStringToObject(c, "via", "sockudo_encrypt");
    cJSON_AddStringToObject(c, "channel", label_as != NULL ? label_as : channel);
    cJSON_AddStringToObject(c, "data", data);
    cJSON_AddStringToObject(c, "payload", payload);
    free(payload);
    sockudo_error_clear(&err);
}

static void test_c_encrypt(void)
{
    encrypt_case("a JSON object", "private-encrypted-orders", "{\"id\":\"ord_3\",\"amount\":4500}", NULL);
    encrypt_case("a plain string (not JSON: encrypted as it is)", "private-encrypted-orders", "hello", NULL);
    encrypt_case("a JSON string (the bytes the library makes of \"hello\")", "private-encrypted-orders", "\"hello\"", NULL);
    encrypt_case("non-ASCII text", "private-encrypted-x", "caf\xc3\xa9 \xe2\x98\x95 \xf0\x9f\xa6\x92", NULL);
    encrypt_case("empty data", "private-encrypted-x", "", NULL);
    static char big[APIC_PUSHER_MAX_DATA / 2];
    memset(big, 'z', sizeof big - 1);
    memcpy(big, "{\"pad\":\"", 8);
    memcpy(big + sizeof big - 3, "\"}", 3);
    encrypt_case("5 KB of JSON", "private-encrypted-x", big, NULL);
    encrypt_case("WRONG on purpose: encrypted for -other, labelled -orders", "private-encrypted-other", "{\"x\":1}",
                 "private-encrypted-orders");
}

static void test_write_cases(void)
{
    FILE *f = fopen(g_out_path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fprintf(f, "{\"made_by\": \"apic %s\",\n \"cases\": [\n", APIC_VERSION);
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
    CU_ASSERT(g_emitted_wrong > 0);
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
    g_cases = cJSON_GetObjectItemCaseSensitive(root, "cases");
    if (!cJSON_IsArray(g_cases) || cJSON_GetArraySize(g_cases) == 0) {
        fprintf(stderr, "%s: not a case file with cases (made by tests/pusher/vendor.js make)\n", argv[1]);
        cJSON_Delete(root);
        return 2;
    }
    g_out_path = argv[2];
    g_out = cJSON_CreateArray();

    /* One client for the app, its requests recorded instead of sent. */
    apic_transport t = recorder_transport(&g_rec, 200, "{}");
    sockudo_config cfg = APIC_CONFIG_INIT(NULL);
    cfg.transport = &t;
    apic_pusher_app app = {APP_ID, KEY, SECRET, "127.0.0.1", 9, false, MASTER};
    sockudo_error err = {0};
    if (sockudo_client_new_app(&app, &cfg, &g_client, &err) != 0) {
        fprintf(stderr, "sockudo_client_new_app: %s\n", err.message);
        sockudo_error_clear(&err);
        cJSON_Delete(root);
        cJSON_Delete(g_out);
        return 1;
    }

    CU_TestInfo checked[] = {
        {"requests: apic_pusher_sign_query, sockudo_signed_uri and the SDK's request", test_requests},
        {"authorizeChannel / authenticateUser answers", test_authorize},
        {"encrypted events the library made open in C", test_decrypt},
        {"every case was checked; every check saw a wrong case", test_every_case_checked},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo made[] = {
        {"apic_pusher_sign_query strings", test_c_sign},
        {"requests the SDK sends", test_c_requests},
        {"authentication answers", test_c_auth},
        {"encrypted payloads", test_c_encrypt},
        {"cases written for vendor.js check", test_write_cases},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"the library's cases checked in C", NULL, NULL, NULL, NULL, checked},
        {"C's cases for the library", NULL, NULL, NULL, NULL, made},
        CU_SUITE_INFO_NULL,
    };
    int rc = cunit_run(suites);

    int mismatches = 0;
    printf("C checked pusher's cases:");
    for (int i = 0; i < N_TALLIES; i++) {
        const tally *y = &g_tally[i];
        printf("%s %s %d (%d same", i ? "," : "", y->name, y->cases, y->same);
        if (y->wrong_seen) printf(", %d wrong on purpose seen", y->wrong_seen);
        if (y->differs) printf(", %d known difference%s", y->differs, y->differs == 1 ? "" : "s");
        if (y->refused) printf(", %d both refuse", y->refused);
        printf(")");
        mismatches += y->mismatches;
    }
    printf("\nC checked pusher's cases: %d mismatch%s\n", mismatches, mismatches == 1 ? "" : "es");
    printf("C made cases for pusher:");
    for (int i = 0; i < N_EMIT_KINDS; i++) printf("%s %s %d", i ? "," : "", EMIT_KINDS[i], g_emitted[i]);
    printf(" (%d wrong on purpose)\n", g_emitted_wrong);

    sockudo_client_free(g_client);
    cJSON_Delete(g_out);
    cJSON_Delete(root);
    return rc != 0 ? rc : mismatches != 0;
}
