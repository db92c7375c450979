/* Building a request: the URL with its parameters, the body, the headers and the
 * authentication chain (the spec's schemes, HMAC signing, the user's signer). */
#include <openssl/crypto.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/ids.h"
#include "apic/url.h"
#include "base/secret.h"
#include "base/text.h"
#include "codec/slot.h"
#include "http/auth.h"
#include "http/body_internal.h"
#include "http/outgoing.h"
#include "http/pusher_sign.h"
#include "http/retry_internal.h"

typedef apic_request outgoing;

void apic_request_free(outgoing *o)
{
    if (o->url_secret && o->url.data != NULL) OPENSSL_cleanse(o->url.data, o->url.cap);
    apic_buf_free(&o->url);
    apic_buf_free(&o->body);
    for (size_t i = 0; i < o->n_lines; i++) free(o->lines[i]);
    free(o->lines);
    for (size_t i = 0; i < o->n_owned; i++) apic_free_secret(o->owned[i]);
    free(o->owned);
    free(o->hdr);
    free(o->base_hdr);
    free(o->idempotency_key);
}

bool apic_is_json_media(const char *media)
{
    if (media == NULL) return true;
    size_t n = strcspn(media, ";");
    while (n > 0 && (media[n - 1] == ' ' || media[n - 1] == '\t')) n--;
    if (n == 16 && apic_has_prefix_nocase(media, "application/json")) return true;
    return n >= 5 && apic_has_prefix_nocase(media + n - 5, "+json");
}

const char *apic_op_name(const apic_operation *op)
{
    return op->name != NULL ? op->name : "apic_call";
}

/* Prefixes err's message with the operation, e.g. "GET /contacts/{id}: ". The path template
 * is used, never the URL: query strings can carry API keys. */
int apic_op_error(apic_error *err, int rc, const apic_operation *op)
{
    char why[sizeof err->message];
    memcpy(why, err->message, sizeof why);
    return apic_error_set(err, (apic_status)rc, "%s %s: %s", op->method, op->path, why);
}

/* --- what the caller gives: checked before anything is built, let alone sent ------------------- */

/* s as it may appear in a message: quoted, control characters escaped (a message must not
 * carry the line break it complains of), long text cut. */
static const char *quoted(const char *s, char *out, size_t cap)
{
    static const char hex[] = "0123456789abcdef";
    size_t w = 0;
    out[w++] = '"';
    for (; s != NULL && *s != '\0' && w + 8 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != 0x7f && c != '"' && c != '\\') {
            out[w++] = (char)c;
        } else if (c == '\r' || c == '\n' || c == '\t' || c == '"' || c == '\\') {
            out[w++] = '\\';
            out[w++] = c == '\r' ? 'r' : c == '\n' ? 'n' : c == '\t' ? 't' : (char)c;
        } else {
            out[w++] = '\\';
            out[w++] = 'x';
            out[w++] = hex[c >> 4];
            out[w++] = hex[c & 15];
        }
    }
    if (s != NULL && *s != '\0') {
        memcpy(out + w, "...", 3);
        w += 3;
    }
    out[w++] = '"';
    out[w] = '\0';
    return out;
}

static const char not_a_name[] = "is not a header name (letters, digits and !#$%&'*+-.^_`|~ only: no space, colon "
                                 "or control character)";
static const char bad_value[] = "the value contains a control character (CR, LF or another; a tab is allowed), which "
                                "could end the header line and add headers or split the request";

/* Why a header cannot be sent as it is, or NULL when it can. */
static const char *header_fault(const char *name, const char *value)
{
    if (!apic_is_header_name(name)) return not_a_name;
    if (value == NULL || apic_has_control(value, true)) return value == NULL ? "has no value" : bad_value;
    return NULL;
}

/* An absolute http(s) URL given for one call (apic_request_options.url): what is wrong with it. */
static const char *url_fault(const char *u)
{
    size_t scheme = apic_has_prefix_nocase(u, "http://") ? 7 : apic_has_prefix_nocase(u, "https://") ? 8 : 0;
    if (scheme == 0) return "must start with http:// or https://";
    if (u[scheme] == '\0' || u[scheme] == '/' || u[scheme] == '?') return "has no host";
    for (const char *p = u; *p != '\0'; p++) {
        if ((unsigned char)*p <= ' ' || *p == 0x7f) return "must not contain spaces or control characters";
        if (*p == '#') return "must not contain a fragment";
    }
    if (apic_url_has_userinfo(u)) {
        return "must not contain credentials (user:password@host); the client's configured credentials are sent";
    }
    return NULL;
}

/* The call's options (apic_request_options), refused with APIC_E_ARG naming the member at fault. */
int apic_request_check_options(const apic_operation *op, const apic_request_options *opts, apic_error *err)
{
    if (opts == NULL) return 0;
    char q[64];
    const char *why;
    if (opts->n_headers > 0 && opts->headers == NULL) {
        apic_error_set(err, APIC_E_ARG, "options.headers: is NULL but n_headers is %zu", opts->n_headers);
        return apic_op_error(err, APIC_E_ARG, op);
    }
    for (size_t i = 0; i < opts->n_headers; i++) {
        const apic_header *h = &opts->headers[i];
        if ((why = header_fault(h->name, h->value)) != NULL) {
            apic_error_set(err, APIC_E_ARG, "options.headers[%zu] (%s): %s", i, quoted(h->name, q, sizeof q), why);
            return apic_op_error(err, APIC_E_ARG, op);
        }
    }
    const char *key = opts->idempotency_key;
    if (key != NULL && (*key == '\0' || apic_has_control(key, false))) {
        apic_error_set(err, APIC_E_ARG, "options.idempotency_key: must not be empty nor contain control characters "
                       "(it is sent as a header)");
        return apic_op_error(err, APIC_E_ARG, op);
    }
    if (opts->url != NULL && (why = url_fault(opts->url)) != NULL) {
        apic_error_set(err, APIC_E_ARG, "options.url: %s", why);
        return apic_op_error(err, APIC_E_ARG, op);
    }
    if (apic_check_duration_ms(opts->timeout_ms, "options.timeout_ms", APIC_E_ARG, err) != 0 ||
        apic_check_duration_ms(opts->connect_timeout_ms, "options.connect_timeout_ms", APIC_E_ARG, err) != 0 ||
        (opts->retry != NULL && apic_retry_policy_check(opts->retry, "options.retry", APIC_E_ARG, err) != 0)) {
        return apic_op_error(err, APIC_E_ARG, op);
    }
    return 0;
}

/* Every header from index `from` on, whoever made it (parameters, the body's Content-Type, the
 * spec's schemes): the last net, so that nothing can split the request. */
static int check_headers(const apic_operation *op, const outgoing *o, size_t from, apic_error *err)
{
    for (size_t i = from; i < o->n_hdr; i++) {
        const char *why = header_fault(o->hdr[i].name, o->hdr[i].value);
        if (why == NULL) continue;
        char q[64];
        apic_error_set(err, APIC_E_VALIDATION, "header %s: %s; nothing was sent", quoted(o->hdr[i].name, q, sizeof q),
                       why);
        return apic_op_error(err, APIC_E_VALIDATION, op);
    }
    return 0;
}

/* --- building ---------------------------------------------------------------------------------- */

/* Makes room for extra more bytes in a buffer that holds, or is about to hold, a credential:
 * when it must grow, the old memory is wiped before it is freed (realloc() would free it as it
 * is). What is appended within the room then never moves. */
static int reserve_wiping(apic_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - 1 - b->len) return APIC_E_NOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    size_t cap = b->cap < 64 ? 64 : b->cap;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *data = malloc(cap);
    if (data == NULL) return APIC_E_NOMEM;
    if (b->data != NULL) {
        memcpy(data, b->data, b->len + 1);
        OPENSSL_cleanse(b->data, b->cap);
        free(b->data);
    } else {
        data[0] = '\0';
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

static int push_header(outgoing *o, const char *name, const char *value)
{
    if (o->n_hdr == o->cap_hdr) {
        size_t cap = o->cap_hdr ? 2 * o->cap_hdr : 8;
        apic_header *grown = realloc(o->hdr, cap * sizeof *grown);
        if (grown == NULL) return APIC_E_NOMEM;
        o->hdr = grown;
        o->cap_hdr = cap;
    }
    o->hdr[o->n_hdr++] = (apic_header){name, value};
    return 0;
}

/* Takes s (freed with the request); NULL (a failed allocation) is APIC_E_NOMEM. */
static int own(outgoing *o, char *s)
{
    if (s == NULL) return APIC_E_NOMEM;
    if (o->n_owned == o->cap_owned) {
        size_t cap = o->cap_owned ? 2 * o->cap_owned : 4;
        char **grown = realloc(o->owned, cap * sizeof *grown);
        if (grown == NULL) {
            apic_free_secret(s);
            return APIC_E_NOMEM;
        }
        o->owned = grown;
        o->cap_owned = cap;
    }
    o->owned[o->n_owned++] = s;
    return 0;
}

/* Adds a header whose value is built here. */
static int push_owned(outgoing *o, const char *name, char *value)
{
    if (own(o, value) != 0) return APIC_E_NOMEM;
    return push_header(o, name, value);
}

/* Cookie values may not hold controls, spaces, DQUOTE, comma, semicolon or backslash
 * (RFC 6265 cookie-octet); those bytes are percent-encoded, the rest sent as configured. */
static int put_cookie_octets(apic_buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        bool ok = c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
        int rc = ok ? apic_buf_putc(b, (char)c)
                    : apic_buf_printf(b, "%%%c%c", hex[c >> 4], hex[c & 15]);
        if (rc != 0) return APIC_E_NOMEM;
    }
    return 0;
}

/* Adds name=key to the Cookie header the parameters produced, or starts one. */
static int add_cookie(outgoing *o, const char *name, const char *key)
{
    apic_header *existing = NULL;
    for (size_t i = 0; i < o->n_hdr; i++) {
        if (strcmp(o->hdr[i].name, "Cookie") == 0) existing = &o->hdr[i];
    }
    apic_buf b = {0};
    /* Room for all of it at once: a buffer that grew while holding the key would leave a copy. */
    size_t kl = strlen(key), room = (existing != NULL ? strlen(existing->value) + 2 : 0) + strlen(name) + 1;
    int rc = kl > (SIZE_MAX - room) / 3 - 1 || apic_buf_reserve(&b, room + 3 * kl) != 0 ? APIC_E_NOMEM : 0;
    if (rc == 0 && existing != NULL && (apic_buf_puts(&b, existing->value) != 0 || apic_buf_puts(&b, "; ") != 0)) {
        rc = APIC_E_NOMEM;
    }
    if (rc == 0 && (apic_buf_puts(&b, name) != 0 || apic_buf_putc(&b, '=') != 0 || put_cookie_octets(&b, key) != 0)) {
        rc = APIC_E_NOMEM;
    }
    char *value = rc == 0 ? apic_buf_steal(&b) : NULL;
    apic_buf_free(&b);
    if (own(o, value) != 0) return APIC_E_NOMEM;
    if (existing == NULL) return push_header(o, "Cookie", value);
    existing->value = value;
    return 0;
}

/* The request target of a complete URL: its path and query ("/" when it has no path). */
static const char *request_target(const char *url)
{
    const char *host = strstr(url, "://");
    host = host != NULL ? host + 3 : url;
    const char *path = host + strcspn(host, "/?");
    return *path == '/' ? path : "/";
}

static int add_hmac(const apic_http_settings *c, const char *method, const apic_security_scheme *s, outgoing *o)
{
    long long now = (long long)time(NULL);
    char ts[24], mac[APIC_SHA256_HEX_LEN + 1];
    snprintf(ts, sizeof ts, "%lld", now);
    const char *target = request_target(o->url.data);
    if (apic_hmac_request_hex(c->hmac_key, method, target, now, o->body_data, o->body_len, mac) != 0) return APIC_E_NOMEM;
    const char *prefix = s->hmac != NULL && s->hmac->prefix != NULL ? s->hmac->prefix : "";
    size_t pl = strlen(prefix);
    char *sig = malloc(pl + sizeof mac);
    if (sig != NULL) {
        memcpy(sig, prefix, pl);
        memcpy(sig + pl, mac, sizeof mac);
    }
    if (s->hmac != NULL && s->hmac->timestamp_header != NULL &&
        push_owned(o, s->hmac->timestamp_header, strdup(ts)) != 0) {
        free(sig);
        return APIC_E_NOMEM;
    }
    return push_owned(o, s->param, sig);
}

/* Pusher's query signing: the signing parameters and the signature appended to the URL, over
 * its path and everything already in its query, with a timestamp of now (so each attempt signs
 * anew). */
static int add_pusher(const apic_http_settings *c, const apic_operation *op, outgoing *o, apic_error *err)
{
    const char *url = o->url.data, *host = strstr(url, "://");
    host = host != NULL ? host + 3 : url;
    const char *path = host + strcspn(host, "/?");
    size_t path_len = strcspn(path, "?");
    const char *query = path[path_len] == '?' ? path + path_len + 1 : NULL;
    char *path_text = strndup(*path == '/' ? path : "/", *path == '/' ? path_len : 1);
    if (path_text == NULL) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", apic_op_name(op));
    apic_pusher_signature sig;
    const char *why = NULL;
    int rc = apic_pusher_sign(c->hmac_key, c->api_key, op->method, path_text, query, o->body_data, o->body_len,
                              (long long)time(NULL), &sig, NULL, &why);
    free(path_text);
    if (rc == -1) return apic_op_error(err, apic_error_set(err, APIC_E_VALIDATION, "Pusher signing: %s", why), op);
    if (rc == 0) rc = reserve_wiping(&o->url, 1 + strlen(sig.key_part) + 16 + strlen(sig.signature));
    if (rc == 0) o->url_secret = true;
    if (rc == 0) rc = apic_buf_putc(&o->url, query != NULL ? '&' : '?');
    if (rc == 0) rc = apic_buf_puts(&o->url, sig.key_part);
    if (rc == 0) rc = apic_buf_puts(&o->url, "&auth_signature=");
    if (rc == 0) rc = apic_buf_puts(&o->url, sig.signature);
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", apic_op_name(op));
}

/* The API key as a scheme sends it: after its prefix ("ServiceToken "), when it has one. The
 * copy is owned by the request, so it is wiped with the other secrets. */
static const char *prefixed_key(outgoing *o, const apic_security_scheme *s, const char *key)
{
    if (s->prefix == NULL) return key;
    size_t pl = strlen(s->prefix), kl = strlen(key);
    char *v = malloc(pl + kl + 1);
    if (v != NULL) {
        memcpy(v, s->prefix, pl);
        memcpy(v + pl, key, kl + 1);
    }
    return own(o, v) == 0 ? v : NULL;
}

/* The spec's schemes of the chosen alternative, all of them (a composite such as bearer +
 * HMAC applies both). HMAC and Pusher signing come last among them so they sign the final URL. */
static int add_schemes(const apic_http_settings *c, const apic_operation *op, outgoing *o, apic_error *err)
{
    apic_credentials cred = apic_http_credentials(c);
    const apic_security_req *alt = apic_auth_pick(op, &cred);
    if (alt == NULL) return 0;
    const apic_security_scheme *hmac = NULL, *pusher = NULL;
    for (size_t i = 0; i < alt->n_schemes; i++) {
        const apic_security_scheme *s = alt->schemes[i];
        if (s->kind == APIC_AUTH_HMAC) {
            hmac = s;
        } else if (s->kind == APIC_AUTH_PUSHER) {
            pusher = s;
        } else if (s->kind != APIC_AUTH_API_KEY) {
            if (push_owned(o, "Authorization", apic_auth_header_value(s, &cred)) != 0) return APIC_E_NOMEM;
        } else {
            const char *key = prefixed_key(o, s, c->api_key);
            if (key == NULL) return APIC_E_NOMEM;
            if (s->in == APIC_IN_HEADER) {
                if (push_header(o, s->param, key) != 0) return APIC_E_NOMEM;
            } else if (s->in == APIC_IN_COOKIE) {
                if (add_cookie(o, s->param, key) != 0) return APIC_E_NOMEM;
            } else {
                bool has_query = strchr(o->url.data, '?') != NULL;
                size_t pl = strlen(s->param), kl = strlen(key);
                if (pl > SIZE_MAX / 8 || kl > SIZE_MAX / 8 || reserve_wiping(&o->url, 2 + 3 * pl + 3 * kl) != 0) {
                    return APIC_E_NOMEM;
                }
                o->url_secret = true;
                if (apic_buf_putc(&o->url, has_query ? '&' : '?') != 0 ||
                    apic_url_encode(&o->url, s->param, strlen(s->param), false) != 0 || apic_buf_putc(&o->url, '=') != 0 ||
                    apic_url_encode(&o->url, key, strlen(key), false) != 0) {
                    return APIC_E_NOMEM;
                }
            }
        }
    }
    if (hmac != NULL && add_hmac(c, op->method, hmac, o) != 0) return APIC_E_NOMEM;
    return pusher != NULL ? add_pusher(c, op, o, err) : 0;
}

int apic_signing_add_header(apic_signing *req, const char *name, const char *value)
{
    if (req == NULL || req->impl == NULL || name == NULL || value == NULL) return APIC_E_ARG;
    outgoing *o = (outgoing *)req->impl;
    const char *why = header_fault(name, value);
    if (why != NULL) {
        char q[64];
        if (o->refused[0] == '\0') snprintf(o->refused, sizeof o->refused, "the signer's header %s: %s",
                                             quoted(name, q, sizeof q), why == bad_value ? "the value contains a "
                                             "control character (CR, LF or another)" : "is not a header name");
        return APIC_E_ARG;
    }
    char *n = strdup(name);
    if (own(o, n) != 0) return APIC_E_NOMEM;
    return push_owned(o, n, strdup(value));
}

/* Back to the request as prepare() left it: the previous attempt's authentication goes. */
static void restore_base(outgoing *o)
{
    o->url.len = o->base_url_len;
    o->url.data[o->url.len] = '\0';
    for (size_t i = o->base_n_owned; i < o->n_owned; i++) apic_free_secret(o->owned[i]);
    o->n_owned = o->base_n_owned;
    memcpy(o->hdr, o->base_hdr, o->base_n_hdr * sizeof *o->hdr);
    o->n_hdr = o->base_n_hdr;
    o->refused[0] = '\0';
}

/* The authentication chain: the spec's schemes (HMAC included), then the user's signer. */
int apic_request_authenticate(const apic_http_settings *c, const apic_operation *op, outgoing *o, apic_error *err)
{
    restore_base(o);
    int rc = add_schemes(c, op, o, err);
    if (rc != 0 && (err == NULL || err->kind == APIC_OK)) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", apic_op_name(op));
    if (rc != 0) return rc;
    if (c->has_signer) {
        apic_signing view = {op->method, o->url.data, request_target(o->url.data), o->body_data, o->body_len, o};
        rc = c->signer.sign(c->signer.ctx, &view, err);
        /* A header apic_signing_add_header() refused stops the call, whatever the signer returned. */
        if (o->refused[0] != '\0') {
            apic_error_set(err, APIC_E_ARG, "%s; nothing was sent", o->refused);
            return apic_op_error(err, APIC_E_ARG, op);
        }
        if (rc != 0) {
            if (err->kind == APIC_OK) apic_error_set(err, (apic_status)rc, "the signer refused the request");
            return apic_op_error(err, rc, op);
        }
    }
    return check_headers(op, o, o->base_n_hdr, err);
}

static int encode_body(const apic_operation *op, const void *body, outgoing *o, char **content_type, apic_error *err)
{
    int rc = apic_body_encode(op, body, &o->body, content_type, err);
    if (rc != 0 && rc != APIC_E_NOMEM) {
        char why[sizeof err->message];
        memcpy(why, err->message, sizeof why);
        apic_error_set(err, (apic_status)rc, "%s: request body: %s", apic_op_name(op), why);
    }
    return rc;
}

/* What the operation's successful responses may be: their media types, or JSON when the spec
 * names none (an image endpoint that is sent "Accept: application/json" answers 406). */
static char *accept_value(const apic_operation *op)
{
    apic_buf b = {0};
    int rc = 0;
    for (size_t i = 0; rc == 0 && op->responses != NULL && i < op->n_responses; i++) {
        const apic_response *r = &op->responses[i];
        bool success = (r->status >= 200 && r->status < 300) || r->status == 2;
        if (!success || r->media == NULL) continue;
        bool seen = false;
        for (size_t j = 0; j < i; j++) {
            const apic_response *q = &op->responses[j];
            bool q_success = (q->status >= 200 && q->status < 300) || q->status == 2;
            seen |= q_success && q->media != NULL && strcmp(q->media, r->media) == 0;
        }
        if (!seen) rc = apic_buf_printf(&b, "%s%s", b.len > 0 ? ", " : "", r->media);
    }
    if (rc == 0 && b.len == 0) rc = apic_buf_puts(&b, "application/json");
    char *out = rc == 0 ? apic_buf_steal(&b) : NULL;
    apic_buf_free(&b);
    return out;
}

/* GET, HEAD and OPTIONS change nothing: they need no key to be repeated safely. */
static bool wants_idempotency_key(const char *method)
{
    return strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0 && strcmp(method, "OPTIONS") != 0;
}

static int add_idempotency_key(const apic_http_settings *c, const apic_operation *op, const apic_request_options *opts,
                               outgoing *o)
{
    const char *given = opts != NULL ? opts->idempotency_key : NULL;
    if (given == NULL && !wants_idempotency_key(op->method)) return 0;
    char uuid[37];
    if (given == NULL && apic_uuid_v4(uuid) != 0) return APIC_E_NOMEM;
    o->idempotency_key = strdup(given != NULL ? given : uuid);
    if (o->idempotency_key == NULL) return APIC_E_NOMEM;
    return push_header(o, c->idempotency_header, o->idempotency_key);
}

/* The state authentication starts from on every attempt. */
static int keep_base(outgoing *o)
{
    o->base_url_len = o->url.len;
    o->base_n_owned = o->n_owned;
    o->base_n_hdr = o->n_hdr;
    o->base_hdr = malloc((o->n_hdr + 1) * sizeof *o->base_hdr);
    if (o->base_hdr == NULL) return APIC_E_NOMEM;
    memcpy(o->base_hdr, o->hdr, o->n_hdr * sizeof *o->hdr);
    return 0;
}

/* params with the client's defaults in its unset string path parameters, in a shallow copy (*copy,
 * free() it) when there is one to fill; params itself otherwise. */
static const void *with_defaults(const apic_http_settings *c, const apic_operation *op, const void *params, void **copy)
{
    *copy = NULL;
    const apic_struct_desc *d = op->params;
    if (c->n_path_params == 0 || d == NULL) return params;
    for (size_t i = 0; i < d->n_fields; i++) {
        const apic_field *f = &d->fields[i];
        if (op->param_locs[i].in != APIC_IN_PATH || f->type->kind != APIC_STRING) continue;
        if (params != NULL && apic_field_has_value(params, f)) continue;
        for (size_t k = 0; k < c->n_path_params; k++) {
            if (strcmp(c->path_params[k].name, f->name) != 0) continue;
            if (*copy == NULL) {
                *copy = calloc(1, d->size);
                if (*copy == NULL) return NULL;
                if (params != NULL) memcpy(*copy, params, d->size);
            }
            const char *value = c->path_params[k].value;
            memcpy((char *)*copy + f->offset, &value, sizeof value); /* borrowed: the copy owns nothing */
            break;
        }
    }
    return *copy != NULL ? *copy : params;
}

int apic_request_prepare(const apic_http_settings *c, const apic_operation *op, const void *params, const void *body,
                         const apic_request_options *opts, outgoing *o, apic_error *err)
{
    int rc = apic_request_check_options(op, opts, err);
    if (rc != 0) return rc;
    void *filled = NULL;
    const void *given = params;
    params = with_defaults(c, op, params, &filled);
    if (params == NULL && given != NULL) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", apic_op_name(op));
    if (opts != NULL && opts->url != NULL) {
        /* The caller's URL stands for base_url + path template; parameters still apply. */
        apic_operation at_url = *op;
        at_url.path = "";
        rc = apic_url_build(opts->url, &at_url, params, &o->url, &o->lines, &o->n_lines, err);
    } else {
        rc = apic_url_build(apic_http_base_url(c, op), op, params, &o->url, &o->lines, &o->n_lines, err);
    }
    free(filled);
    if (rc != 0) return rc;
    bool send_body = op->body != NULL && body != NULL;
    char *content_type = NULL; /* set when the body chooses its own (a multipart boundary, a file's type) */
    if (opts != NULL && opts->body != NULL) {
        o->body_data = opts->body;
        o->body_len = opts->body_len;
        send_body = true;
    } else if (send_body) {
        rc = encode_body(op, body, o, &content_type, err);
        if (rc != 0) return rc == APIC_E_NOMEM ? apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", apic_op_name(op)) : rc;
        o->body_data = o->body.data;
        o->body_len = o->body.len;
    }

    char *accept = accept_value(op);
    rc = accept != NULL ? push_owned(o, "Accept", accept) : APIC_E_NOMEM;
    if (rc != 0) free(content_type);
    if (rc == 0 && content_type != NULL) {
        rc = push_owned(o, "Content-Type", content_type);
    } else if (rc == 0 && send_body) {
        rc = push_header(o, "Content-Type", op->body_media != NULL ? op->body_media : "application/json");
    }
    if (rc == 0) rc = push_header(o, "User-Agent", c->user_agent);
    for (size_t i = 0; rc == 0 && i < o->n_lines; i++) {
        /* apic_url_build writes "Name: value": split it in place rather than copy it. */
        char *sep = strstr(o->lines[i], ": ");
        *sep = '\0';
        rc = push_header(o, o->lines[i], sep + 2);
    }
    for (size_t i = 0; rc == 0 && opts != NULL && i < opts->n_headers; i++) {
        rc = push_header(o, opts->headers[i].name, opts->headers[i].value);
    }
    if (rc == 0) rc = add_idempotency_key(c, op, opts, o);
    if (rc == 0) rc = keep_base(o);
    if (rc != 0) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", apic_op_name(op));
    return check_headers(op, o, 0, err);
}

