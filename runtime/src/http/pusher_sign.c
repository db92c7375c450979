/* Pusher's query signing (pusher_sign.h): auth_signature = hex HMAC-SHA256(secret,
 * METHOD "\n" PATH "\n" QUERY), QUERY being every parameter but auth_signature, names lower-cased,
 * values decoded (not escaped in the signed string), sorted by name and joined `k=v&k=v`. */
#include <openssl/evp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "apic/error.h"
#include "apic/sign.h"
#include "http/pusher_sign.h"

static const char *const RESERVED[] = {"auth_key", "auth_timestamp", "auth_version", "auth_signature", "body_md5"};

typedef struct pair {
    char *name;  /* lower-cased, decoded; owned */
    char *value; /* decoded; owned */
} pair;

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A new copy of [p, p+n) with %XX decoded (and lower-cased when lower). */
static char *decoded(const char *p, size_t n, bool lower)
{
    char *out = malloc(n + 1), *w = out;
    if (out == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '%' && i + 2 < n && hex_digit(p[i + 1]) >= 0 && hex_digit(p[i + 2]) >= 0) {
            c = (char)(hex_digit(p[i + 1]) << 4 | hex_digit(p[i + 2]));
            i += 2;
        }
        *w++ = lower && c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    *w = '\0';
    return out;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const pair *)a)->name, ((const pair *)b)->name);
}

/* Fetched once: EVP_md5() looks the algorithm up on every call, a third of an MD5 of 300 bytes. */
static pthread_once_t md5_once = PTHREAD_ONCE_INIT;
static EVP_MD *md5;

static void fetch_md5(void)
{
    md5 = EVP_MD_fetch(NULL, "MD5", NULL);
}

static void md5_hex(const char *body, size_t len, char out[33])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char d[16] = {0};
    unsigned int n = 0;
    pthread_once(&md5_once, fetch_md5);
    if (md5 != NULL) EVP_Digest(body, len, d, &n, md5, NULL);
    for (int i = 0; i < 16; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[32] = '\0';
}

/* n in decimal, written backwards from the end of buf[24]; returns where it starts. */
static const char *decimal(long long n, char buf[24])
{
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    char *p = buf + 23;
    *p = '\0';
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (n < 0) *--p = '-';
    return p;
}

/* The pieces joined into out[cap]; false when they do not fit. Signing runs on every request, and
 * copying the pieces costs a fraction of formatting them. */
static bool join(char *out, size_t cap, const char *const *pieces, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(pieces[i]);
        if (k >= cap - len) return false;
        memcpy(out + len, pieces[i], k);
        len += k;
    }
    out[len] = '\0';
    return true;
}

int apic_pusher_sign(const apic_hmac_key *secret, const char *key, const char *method, const char *path,
                     const char *query, const char *body, size_t body_len, long long timestamp,
                     apic_pusher_signature *out, apic_buf *sorted, const char **why)
{
    /* The added parameters, in query form (their values need no escaping). */
    char md5[33] = "";
    if (body_len > 0) md5_hex(body, body_len, md5);
    char ts[24];
    const char *pieces[] = {"auth_key=", key, "&auth_timestamp=", decimal(timestamp, ts), "&auth_version=1.0",
                            body_len > 0 ? "&body_md5=" : "", md5};
    if (!join(out->key_part, sizeof out->key_part, pieces, sizeof pieces / sizeof *pieces)) {
        return *why = "the app key is too long", -1;
    }

    size_t cap = 8, count = 0;
    pair *pairs = malloc(cap * sizeof *pairs);
    int rc = pairs != NULL ? 0 : APIC_E_NOMEM;
    /* The URL's own parameters, then the added ones: one pass over both query strings. */
    const char *parts[2] = {query != NULL ? query : "", out->key_part};
    for (int q = 0; q < 2 && rc == 0; q++) {
        for (const char *p = parts[q]; *p != '\0' && rc == 0;) {
            size_t len = strcspn(p, "&"), nlen = strcspn(p, "=&");
            if (len > 0) {
                if (count == cap) {
                    pair *more = realloc(pairs, 2 * cap * sizeof *pairs);
                    if (more == NULL) {
                        rc = APIC_E_NOMEM;
                        break;
                    }
                    pairs = more;
                    cap *= 2;
                }
                pair *e = &pairs[count];
                e->name = decoded(p, nlen, true);
                e->value = nlen < len ? decoded(p + nlen + 1, len - nlen - 1, false) : decoded("", 0, false);
                count++;
                if (e->name == NULL || e->value == NULL) rc = APIC_E_NOMEM;
                for (size_t r = 0; rc == 0 && q == 0 && r < sizeof RESERVED / sizeof RESERVED[0]; r++) {
                    if (strcmp(e->name, RESERVED[r]) == 0) {
                        *why = "a query parameter uses a name Pusher signing reserves (auth_key, auth_timestamp, "
                               "auth_version, auth_signature, body_md5)";
                        rc = -1;
                    }
                }
            }
            p += len;
            if (*p == '&') p++;
        }
    }
    apic_buf text = {0};
    if (rc == 0) {
        qsort(pairs, count, sizeof *pairs, by_name);
        /* METHOD "\n" PATH "\n" k=v&k=v, the method upper-cased as the libraries send it. */
        rc = apic_buf_reserve(&text, strlen(method) + strlen(path) + 2 + 64 * count);
        for (const char *m = method; rc == 0 && *m != '\0'; m++) rc = apic_buf_putc(&text, *m >= 'a' && *m <= 'z' ? (char)(*m - 32) : *m);
        if (rc == 0) rc = apic_buf_putc(&text, '\n');
        if (rc == 0) rc = apic_buf_puts(&text, path);
        if (rc == 0) rc = apic_buf_putc(&text, '\n');
        size_t at = text.len;
        for (size_t i = 0; rc == 0 && i < count; i++) {
            if (i > 0) rc = apic_buf_putc(&text, '&');
            if (rc == 0) rc = apic_buf_puts(&text, pairs[i].name);
            if (rc == 0) rc = apic_buf_putc(&text, '=');
            if (rc == 0) rc = apic_buf_puts(&text, pairs[i].value);
        }
        const void *mac_parts[] = {text.data};
        const size_t lens[] = {text.len};
        if (rc == 0) rc = apic_hmac_key_sign_hex(secret, mac_parts, lens, 1, out->signature);
        if (rc == 0 && sorted != NULL) {
            rc = apic_buf_append(sorted, text.data + at, text.len - at);
            if (rc == 0) rc = apic_buf_puts(sorted, "&auth_signature=");
            if (rc == 0) rc = apic_buf_puts(sorted, out->signature);
        }
        if (rc != 0) rc = APIC_E_NOMEM;
    }
    for (size_t i = 0; i < count; i++) {
        free(pairs[i].name);
        free(pairs[i].value);
    }
    free(pairs);
    apic_buf_free(&text);
    return rc;
}

int apic_pusher_sign_query(const char *key, const char *secret, const char *method, const char *path, const char *query,
                           const char *body, size_t body_len, long long timestamp, apic_buf *out, apic_error *err)
{
    if (key == NULL || secret == NULL || method == NULL || path == NULL || out == NULL || (body == NULL && body_len > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_sign_query: key, secret, method, path and out are required");
    }
    apic_hmac_key *k = apic_hmac_key_new(secret, strlen(secret));
    if (k == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    apic_pusher_signature sig;
    const char *why = NULL;
    int rc = apic_pusher_sign(k, key, method, path, query, body, body_len, timestamp, &sig, out, &why);
    apic_hmac_key_free(k);
    if (rc == -1) return apic_error_set(err, APIC_E_VALIDATION, "Pusher signing: %s", why);
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_NOMEM, "out of memory");
}
