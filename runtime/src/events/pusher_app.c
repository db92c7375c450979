/* A Pusher app from a URL or from parts, and a client for it (apic/pusher.h). Messages name the
 * part at fault (`url: ...`, `app.<member>: ...`) and never show the secret. */
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/client.h"
#include "base/base64.h"
#include "base/text.h"
#include "events/pusher_internal.h"

/* Characters of an app id: unreserved in a URL, so the path signed is the path sent. */
static const char APP_ID_CHARS[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-";

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* --- URL ----------------------------------------------------------------------------------- */

typedef struct writer {
    char *w, *end;
} writer;

/* Appends [s, s+n) and a NUL, %XX decoded when decode; NULL when it does not fit, or (decoding)
 * for a bad escape or a NUL byte, *bad_escape then set. Returns where the text starts. */
static const char *put(writer *wr, const char *s, size_t n, bool decode, bool *bad_escape)
{
    char *start = wr->w;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (decode && c == '%') {
            int hi = i + 2 < n ? hex_digit(s[i + 1]) : -1;
            int lo = hi >= 0 ? hex_digit(s[i + 2]) : -1;
            if (hi < 0 || lo < 0 || (hi | lo) == 0) return *bad_escape = true, NULL;
            c = (char)(hi << 4 | lo);
            i += 2;
        }
        if (wr->w == wr->end) return NULL;
        *wr->w++ = c;
    }
    if (wr->w == wr->end) return NULL;
    *wr->w++ = '\0';
    return start;
}

static int parse(const char *url, apic_pusher_url *out, apic_error *err)
{
    size_t scheme = apic_has_prefix_nocase(url, "https://") ? 8 : apic_has_prefix_nocase(url, "http://") ? 7 : 0;
    if (scheme == 0) return apic_error_set(err, APIC_E_CONFIG, "url: must start with http:// or https://");
    for (const char *p = url; *p != '\0'; p++) {
        if ((unsigned char)*p <= ' ' || *p == 0x7f) {
            return apic_error_set(err, APIC_E_CONFIG, "url: must not contain spaces or control characters");
        }
    }
    const char *auth = url + scheme;
    size_t auth_len = strcspn(auth, "/?#");
    const char *at = NULL;
    for (const char *p = auth; p < auth + auth_len; p++) {
        if (*p == '@') at = p; /* the last '@': the host follows it */
    }
    if (at == NULL) return apic_error_set(err, APIC_E_CONFIG, "url: has no KEY:SECRET@ before the host");
    const char *colon = memchr(auth, ':', (size_t)(at - auth));
    if (colon == NULL) return apic_error_set(err, APIC_E_CONFIG, "url: has no secret (KEY:SECRET@ before the host)");
    if (colon == auth) return apic_error_set(err, APIC_E_CONFIG, "url: the key is empty (KEY:SECRET@ before the host)");
    if (colon + 1 == at) return apic_error_set(err, APIC_E_CONFIG, "url: the secret is empty (KEY:SECRET@ before the host)");

    const char *host = at + 1, *host_end = auth + auth_len;
    const char *port = NULL;
    if (*host == '[') { /* an IPv6 address keeps its brackets: the base URL needs them */
        const char *close = memchr(host, ']', (size_t)(host_end - host));
        if (close == NULL) return apic_error_set(err, APIC_E_CONFIG, "url: an IPv6 host lacks its ']'");
        if (close + 1 < host_end && close[1] != ':') return apic_error_set(err, APIC_E_CONFIG, "url: unexpected text after the host");
        port = close + 1 < host_end ? close + 2 : NULL;
        host_end = close + 1;
    } else {
        const char *c = memchr(host, ':', (size_t)(host_end - host));
        if (c != NULL) {
            port = c + 1;
            host_end = c;
        }
    }
    if (host_end == host || (host_end == host + 2 && *host == '[')) return apic_error_set(err, APIC_E_CONFIG, "url: has no host");
    long port_no = 0;
    if (port != NULL) {
        size_t digits = strspn(port, "0123456789");
        if (digits == 0 || digits > 5 || port + digits != auth + auth_len ||
            (port_no = strtol(port, NULL, 10)) < 1 || port_no > 65535) {
            return apic_error_set(err, APIC_E_CONFIG, "url: the port must be a number from 1 to 65535");
        }
    }
    const char *path = auth + auth_len;
    size_t id_len = 0;
    if (strncmp(path, "/apps/", 6) != 0 || (id_len = strcspn(path + 6, "/?#")) == 0) {
        return apic_error_set(err, APIC_E_CONFIG, "url: the path must be /apps/APP_ID");
    }
    const char *rest = path + 6 + id_len;
    if (*rest == '/') rest++; /* a trailing slash */
    if (*rest == '?' || *rest == '#') return apic_error_set(err, APIC_E_CONFIG, "url: must not have a query or fragment");
    if (*rest != '\0') return apic_error_set(err, APIC_E_CONFIG, "url: the path must be /apps/APP_ID");

    writer wr = {out->buffer, out->buffer + sizeof out->buffer};
    bool bad_key = false, bad_secret = false;
    apic_pusher_app *a = &out->app;
    a->key = put(&wr, auth, (size_t)(colon - auth), true, &bad_key);
    a->secret = a->key != NULL ? put(&wr, colon + 1, (size_t)(at - colon - 1), true, &bad_secret) : NULL;
    a->host = a->secret != NULL ? put(&wr, host, (size_t)(host_end - host), false, &bad_key) : NULL;
    a->app_id = a->host != NULL ? put(&wr, path + 6, id_len, false, &bad_key) : NULL;
    if (bad_key) return apic_error_set(err, APIC_E_CONFIG, "url: the key has a bad percent-escape (%%XX, not %%00)");
    if (bad_secret) return apic_error_set(err, APIC_E_CONFIG, "url: the secret has a bad percent-escape (%%XX, not %%00)");
    if (a->app_id == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "url: is too long (its parts must fit in %zu bytes)", sizeof out->buffer);
    }
    a->port = (int)port_no;
    a->use_tls = scheme == 8;
    return 0;
}

int apic_pusher_parse_url(const char *url, apic_pusher_url *out, apic_error *err)
{
    if (url == NULL || out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_pusher_parse_url: url and out are required");
    memset(out, 0, sizeof *out);
    int rc = parse(url, out, err);
    if (rc != 0) OPENSSL_cleanse(out, sizeof *out); /* a secret may have been written before the error */
    return rc;
}

/* --- client -------------------------------------------------------------------------------- */

/* 0, or APIC_E_CONFIG naming the member of app at fault. */
static int check_app(const apic_pusher_app *app, apic_error *err)
{
    if (app->app_id == NULL || *app->app_id == '\0') return apic_error_set(err, APIC_E_CONFIG, "app.app_id: is required");
    if (strspn(app->app_id, APP_ID_CHARS) != strlen(app->app_id)) {
        return apic_error_set(err, APIC_E_CONFIG, "app.app_id: may only hold letters, digits and . _ ~ -");
    }
    if (app->key == NULL || *app->key == '\0') return apic_error_set(err, APIC_E_CONFIG, "app.key: is required");
    /* The key begins every auth answer, "<key>:<signature>", and is sent in the query. */
    if (strchr(app->key, ':') != NULL || strchr(app->key, ' ') != NULL || apic_has_control(app->key, false)) {
        return apic_error_set(err, APIC_E_CONFIG, "app.key: must not contain ':', spaces or control characters");
    }
    if (app->secret == NULL || *app->secret == '\0') return apic_error_set(err, APIC_E_CONFIG, "app.secret: is required");
    const char *h = app->host;
    if (h != NULL && (*h == '\0' || strpbrk(h, "/?#@ ") != NULL || apic_has_control(h, false))) {
        return apic_error_set(err, APIC_E_CONFIG, "app.host: must be a host name or address, without scheme or path");
    }
    const char *colon = h != NULL && *h != '[' ? strchr(h, ':') : NULL;
    if (colon != NULL && strchr(colon + 1, ':') == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "app.host: must not hold a port (set app.port)");
    }
    if (app->port < 0 || app->port > 65535) {
        return apic_error_set(err, APIC_E_CONFIG, "app.port: must be from 1 to 65535 (0: 443 with TLS, else 80)");
    }
    const char *mk = app->encryption_master_key_base64;
    if (mk != NULL) {
        unsigned char key[APIC_BASE64_LEN(32) / 4 * 3];
        size_t n = strlen(mk);
        long got = n == APIC_BASE64_LEN(32) ? apic_base64_decode_to(key, mk, n) : -1;
        OPENSSL_cleanse(key, sizeof key);
        if (got != 32) {
            return apic_error_set(err, APIC_E_CONFIG, "app.encryption_master_key_base64: must be base64 of exactly 32 "
                                  "bytes (44 characters)");
        }
    }
    return 0;
}

int apic_pusher_client_new(const apic_pusher_app *app, const apic_config *cfg, apic_client **out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_pusher_client_new: out must not be NULL");
    *out = NULL;
    if (app == NULL) return apic_error_set(err, APIC_E_ARG, "apic_pusher_client_new: app must not be NULL");
    int rc = check_app(app, err);
    if (rc != 0) return rc;

    const char *host = app->host != NULL ? app->host : "127.0.0.1";
    bool bare_ipv6 = *host != '[' && strchr(host, ':') != NULL; /* check_app let only an IPv6 address through */
    int port = app->port != 0 ? app->port : app->use_tls ? 443 : 80;
    size_t n = strlen(host) + 32;
    char *base = malloc(n);
    apic_config c = APIC_CONFIG_INIT(NULL);
    if (cfg != NULL) c = *cfg;
    size_t n_params = 1;
    for (size_t i = 0; cfg != NULL && cfg->path_params != NULL && i < cfg->n_path_params; i++) n_params++;
    apic_param_value *params = calloc(n_params, sizeof *params);
    if (base == NULL || params == NULL) {
        free(base);
        free(params);
        return apic_error_set(err, APIC_E_NOMEM, "apic_pusher_client_new: out of memory");
    }
    snprintf(base, n, "%s://%s%s%s:%d", app->use_tls ? "https" : "http", bare_ipv6 ? "[" : "", host,
             bare_ipv6 ? "]" : "", port);
    /* The app's id fills every operation's app_id; the config's other defaults stay. */
    params[0] = (apic_param_value){"app_id", app->app_id};
    size_t k = 1;
    for (size_t i = 0; cfg != NULL && k < n_params && i < cfg->n_path_params; i++) {
        if (cfg->path_params[i].name == NULL || strcmp(cfg->path_params[i].name, "app_id") != 0) {
            params[k++] = cfg->path_params[i];
        }
    }
    c.base_url = base;
    c.api_key = app->key;
    c.hmac_secret = app->secret;
    c.path_params = params;
    c.n_path_params = k;
    if (app->encryption_master_key_base64 != NULL) c.encryption_master_key_base64 = app->encryption_master_key_base64;
    /* Sockudo reads the idempotency key from this header (and from the body). */
    if (c.idempotency_header == NULL) c.idempotency_header = "X-Idempotency-Key";
    rc = apic_client_new(&c, out, err);
    free(base);
    free(params);
    return rc;
}
