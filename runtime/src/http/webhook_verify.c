/* Verifying webhooks (apic/webhook.h): one code path for every scheme, which is data. The
 * headers are read first (missing, repeated with different values, unreadable), then the
 * timestamp's age, then the signatures against every secret the key allows, in constant time;
 * a timestamp inside the body is read only once the signature vouches for the body. */
#include <limits.h>
#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "apic/codec.h"
#include "apic/webhook.h"
#include "http/hmac.h"
#include "http/webhook_mac.h"

/* More signatures than this in one header is not rotation: refused, so work stays bounded. */
enum { MAX_SIGNATURES = 16 };

typedef struct keyed_secret {
    char *key_id;
    apic_hmac_key *key;
} keyed_secret;

struct apic_webhook_verifier {
    const apic_webhook_scheme *s;
    apic_webhook_template content;
    long long tolerance_ms; /* < 0: the age is not checked */
    bool timestamp_in_signature; /* the timestamp is an entry of the signature header */
    size_t n;
    keyed_secret secrets[];
};

void apic_webhook_verifier_free(apic_webhook_verifier *v)
{
    if (v == NULL) return;
    for (size_t i = 0; i < v->n; i++) {
        free(v->secrets[i].key_id);
        apic_hmac_key_free(v->secrets[i].key);
    }
    free(v);
}

static int check_scheme(const apic_webhook_scheme *s, apic_webhook_template *content, apic_error *err)
{
    const char *why = NULL;
    if (s->signature_header == NULL || *s->signature_header == '\0') why = "signature_header is required";
    else if (apic_webhook_template_parse(s->signed_content, content, &why) != 0) {
    } else if (content->uses_id && s->id_header == NULL) why = "signed_content uses {id} but there is no id_header";
    else if (content->uses_timestamp && s->timestamp_header == NULL) {
        why = "signed_content uses {timestamp} but there is no timestamp_header";
    } else if (s->timestamp_header != NULL && strcasecmp(s->timestamp_header, s->signature_header) == 0 &&
               (s->timestamp_prefix == NULL || *s->timestamp_prefix == '\0' || s->separator == 0)) {
        why = "a timestamp inside the signature header needs timestamp_prefix and a separator";
    }
    if (why == NULL) return 0;
    return apic_error_set(err, APIC_E_CONFIG, "webhook scheme '%s': %s", s->name != NULL ? s->name : "?", why);
}

int apic_webhook_verifier_new(const apic_webhook_scheme *scheme, const apic_webhook_secret *secrets, size_t n,
                              long tolerance_s, apic_webhook_verifier **out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_webhook_verifier_new: out must not be NULL");
    *out = NULL;
    if (scheme == NULL) return apic_error_set(err, APIC_E_CONFIG, "webhook verifier: a scheme is required");
    if (secrets == NULL || n == 0) return apic_error_set(err, APIC_E_CONFIG, "webhook verifier: at least one secret is required");
    apic_webhook_template content;
    int rc = check_scheme(scheme, &content, err);
    if (rc != 0) return rc;
    apic_webhook_verifier *v = calloc(1, sizeof *v + n * sizeof v->secrets[0]);
    if (v == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    v->s = scheme;
    v->content = content;
    long tol = tolerance_s != 0 ? tolerance_s : scheme->tolerance_s != 0 ? scheme->tolerance_s : 300;
    v->tolerance_ms = tol < 0 ? -1 : (long long)tol * 1000;
    v->timestamp_in_signature = scheme->timestamp_header != NULL &&
                                strcasecmp(scheme->timestamp_header, scheme->signature_header) == 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const apic_webhook_secret *sec = &secrets[i];
        if (sec->secret == NULL || *sec->secret == '\0') {
            rc = apic_error_set(err, APIC_E_CONFIG, "webhook secret %zu: is empty", i + 1);
        } else if (scheme->key_header != NULL && (sec->key_id == NULL || *sec->key_id == '\0')) {
            rc = apic_error_set(err, APIC_E_CONFIG, "webhook secret %zu: needs the key_id that %s names", i + 1,
                                scheme->key_header);
        }
        apic_buf key = {0};
        int krc = rc == 0 ? apic_webhook_secret_key(scheme->secret_format, sec->secret, &key) : 0;
        if (krc == -1) {
            rc = apic_error_set(err, APIC_E_CONFIG, "webhook secret %zu: is not %s", i + 1,
                                scheme->secret_format == APIC_WEBHOOK_SECRET_WHSEC ? "'whsec_' and base64" : "base64");
        } else if (krc != 0) {
            rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
        }
        if (rc == 0) {
            v->secrets[i].key = apic_hmac_key_new(key.data, key.len);
            if (sec->key_id != NULL) v->secrets[i].key_id = strdup(sec->key_id);
            if (v->secrets[i].key == NULL || (sec->key_id != NULL && v->secrets[i].key_id == NULL)) {
                rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
            }
            v->n = i + 1;
        }
        if (key.data != NULL) OPENSSL_cleanse(key.data, key.len);
        apic_buf_free(&key);
    }
    if (rc != 0) {
        apic_webhook_verifier_free(v);
        return rc;
    }
    *out = v;
    return 0;
}

/* --- reading the request ------------------------------------------------------------------------ */

typedef struct text {
    const char *p;
    size_t n;
} text;

static text trimmed(const char *p, size_t n)
{
    while (n > 0 && (*p == ' ' || *p == '\t')) p++, n--;
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
    text t = {p, n};
    return t;
}

/* The value of header name: 1 found (in *out), 0 absent or empty, -1 given more than once with
 * different values (which one the sender signed cannot be told). */
static int header(const apic_header *h, size_t n, const char *name, text *out)
{
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        if (h[i].name == NULL || h[i].value == NULL || strcasecmp(h[i].name, name) != 0) continue;
        text t = trimmed(h[i].value, strlen(h[i].value));
        if (found && (t.n != out->n || memcmp(t.p, out->p, t.n) != 0)) return -1;
        *out = t;
        found = 1;
    }
    return found && out->n > 0;
}

static int need_header(const apic_header *h, size_t n, const char *name, text *out, apic_error *err)
{
    int got = header(h, n, name, out);
    if (got == 1) return 0;
    if (got == 0) return apic_error_set(err, APIC_E_WEBHOOK_HEADER, "webhook: header %s is missing", name);
    return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: header %s is given more than once with different values",
                          name);
}

/* A timestamp's digits as milliseconds; false when t is not a plain non-negative number. */
static bool parse_timestamp(text t, bool ms, long long *out)
{
    if (t.n == 0 || t.n > 18) return false;
    long long v = 0;
    for (size_t i = 0; i < t.n; i++) {
        if (t.p[i] < '0' || t.p[i] > '9') return false;
        v = v * 10 + (t.p[i] - '0');
    }
    if (!ms && v > LLONG_MAX / 1000) return false;
    *out = ms ? v : v * 1000;
    return true;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int check_age(const apic_webhook_verifier *v, long long at_ms, long long now, apic_error *err)
{
    long long d = at_ms > now ? at_ms - now : now - at_ms;
    if (v->tolerance_ms < 0 || d <= v->tolerance_ms) return 0;
    return apic_error_set(err, APIC_E_WEBHOOK_TIMESTAMP, "webhook: the timestamp is %lld s %s now, more than the %lld s "
                          "allowed", d / 1000, at_ms > now ? "ahead of" : "behind", v->tolerance_ms / 1000);
}

/* The signatures of the header, decoded; the timestamp entry when it lives there. */
typedef struct signatures {
    unsigned char mac[MAX_SIGNATURES][32];
    size_t n;
    size_t unreadable; /* entries with the prefix whose rest is not a signature */
    text timestamp;
} signatures;

static int read_signatures(const apic_webhook_verifier *v, text h, signatures *out, apic_error *err)
{
    const apic_webhook_scheme *s = v->s;
    size_t plen = s->prefix != NULL ? strlen(s->prefix) : 0;
    size_t tlen = v->timestamp_in_signature ? strlen(s->timestamp_prefix) : 0;
    out->n = out->unreadable = 0;
    out->timestamp.p = NULL;
    out->timestamp.n = 0;
    for (size_t at = 0; at < h.n;) {
        const char *end = s->separator != 0 ? memchr(h.p + at, s->separator, h.n - at) : NULL;
        size_t len = end != NULL ? (size_t)(end - (h.p + at)) : h.n - at;
        text e = trimmed(h.p + at, len);
        at += len + 1;
        if (e.n == 0) continue;
        if (tlen > 0 && e.n >= tlen && memcmp(e.p, s->timestamp_prefix, tlen) == 0) {
            out->timestamp = trimmed(e.p + tlen, e.n - tlen);
            continue;
        }
        if (plen > 0 && (e.n < plen || memcmp(e.p, s->prefix, plen) != 0)) continue; /* another version's: not ours */
        if (out->n + out->unreadable == MAX_SIGNATURES) {
            return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: header %s holds more than %d signatures",
                                  s->signature_header, MAX_SIGNATURES);
        }
        if (apic_webhook_signature_decode(s->encoding, e.p + plen, e.n - plen, out->mac[out->n])) out->n++;
        else out->unreadable++;
    }
    if (out->n > 0) return 0;
    if (out->unreadable > 0) {
        return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: the signature in %s is not %s of 32 bytes",
                              s->signature_header, s->encoding == APIC_WEBHOOK_HEX ? "64 hex digits" : "the base64");
    }
    return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: header %s holds no signature%s%s%s", s->signature_header,
                          plen > 0 ? " starting with '" : "", plen > 0 ? s->prefix : "", plen > 0 ? "'" : "");
}

/* The body's timestamp member (a JSON number), read once the signature matched. */
static int body_timestamp(const apic_webhook_verifier *v, const char *body, size_t len, long long *at_ms, apic_error *err)
{
    typedef struct stamp {
        int64_t value;
        bool has_value;
    } stamp;
    const char *name = v->s->timestamp_member;
    apic_field field = {name, (uint32_t)strlen(name), 0, offsetof(stamp, value), offsetof(stamp, has_value), -1,
                        &apic_type_int64};
    apic_struct_desc desc = {"WebhookBody", sizeof(stamp), &field, 1, -1, -1, NULL};
    apic_type type = {APIC_OBJECT, APIC_FMT_NONE, &desc, NULL, NULL};
    stamp st = {0, false};
    if (apic_json_decode(&type, body, len, &st, NULL) != 0 || !st.has_value || st.value < 0 ||
        (!v->s->timestamp_ms && st.value > LLONG_MAX / 1000)) {
        return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: the body has no number member %s", name);
    }
    *at_ms = v->s->timestamp_ms ? st.value : st.value * 1000;
    return 0;
}

int apic_webhook_verify(const apic_webhook_verifier *v, const apic_header *headers, size_t n_headers, const char *body,
                        size_t len, long long at_ms, apic_error *err)
{
    if (v == NULL || (headers == NULL && n_headers > 0) || (body == NULL && len > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_webhook_verify: a verifier is required, and headers and body when given a count");
    }
    const apic_webhook_scheme *s = v->s;
    if (len == 0) return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: the body is empty");
    text sig, id = {NULL, 0}, key = {NULL, 0}, ts = {NULL, 0};
    int rc = need_header(headers, n_headers, s->signature_header, &sig, err);
    if (rc == 0 && s->id_header != NULL) rc = need_header(headers, n_headers, s->id_header, &id, err);
    if (rc == 0 && s->key_header != NULL) rc = need_header(headers, n_headers, s->key_header, &key, err);
    if (rc == 0 && s->timestamp_header != NULL && !v->timestamp_in_signature) {
        rc = need_header(headers, n_headers, s->timestamp_header, &ts, err);
    }
    signatures sigs;
    if (rc == 0) rc = read_signatures(v, sig, &sigs, err);
    if (rc != 0) return rc;
    if (v->timestamp_in_signature) {
        ts = sigs.timestamp;
        if (ts.n == 0) {
            return apic_error_set(err, APIC_E_WEBHOOK_HEADER, "webhook: header %s has no %s timestamp", s->signature_header,
                                  s->timestamp_prefix);
        }
    }
    long long now = at_ms != 0 ? at_ms : now_ms(), sent_ms = 0;
    if (s->timestamp_header != NULL) {
        if (!parse_timestamp(ts, s->timestamp_ms, &sent_ms)) {
            return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: the timestamp in %s is not a number",
                                  s->timestamp_header);
        }
        if ((rc = check_age(v, sent_ms, now, err)) != 0) return rc;
    }

    /* The values the template refers to, NUL-terminated (header values end where they end). */
    char id_text[256], ts_text[32];
    if (id.n >= sizeof id_text) return apic_error_set(err, APIC_E_WEBHOOK_MALFORMED, "webhook: header %s is too long", s->id_header);
    memcpy(id_text, id.p != NULL ? id.p : "", id.n);
    id_text[id.n] = '\0';
    memcpy(ts_text, ts.p != NULL ? ts.p : "", ts.n < sizeof ts_text ? ts.n : 0);
    ts_text[ts.n < sizeof ts_text ? ts.n : 0] = '\0';
    const void *parts[APIC_WEBHOOK_MAX_PARTS];
    size_t lens[APIC_WEBHOOK_MAX_PARTS];
    size_t n_parts = apic_webhook_template_fill(&v->content, id_text, ts_text, body, len, parts, lens);

    bool matched = false, keyed = false;
    for (size_t i = 0; i < v->n && !matched; i++) {
        const keyed_secret *k = &v->secrets[i];
        if (s->key_header != NULL && (strlen(k->key_id) != key.n || memcmp(k->key_id, key.p, key.n) != 0)) continue;
        keyed = true;
        unsigned char mac[32];
        if (apic_hmac_key_sign(k->key, parts, lens, n_parts, mac) != 0) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
        for (size_t j = 0; j < sigs.n && !matched; j++) matched = CRYPTO_memcmp(mac, sigs.mac[j], 32) == 0;
        OPENSSL_cleanse(mac, sizeof mac);
    }
    if (!keyed) {
        return apic_error_set(err, APIC_E_WEBHOOK_SIGNATURE, "webhook: no secret is configured for the key %s names",
                              s->key_header);
    }
    if (!matched) {
        return apic_error_set(err, APIC_E_WEBHOOK_SIGNATURE, "webhook: no signature in %s matches (%zu signature%s, %zu "
                              "secret%s tried)", s->signature_header, sigs.n, sigs.n == 1 ? "" : "s", v->n, v->n == 1 ? "" : "s");
    }
    if (s->timestamp_member != NULL) {
        if ((rc = body_timestamp(v, body, len, &sent_ms, err)) != 0) return rc;
        return check_age(v, sent_ms, now, err);
    }
    return 0;
}
