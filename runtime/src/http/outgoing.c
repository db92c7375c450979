/* Building a request: the URL with its parameters, the body, the headers and the
 * authentication chain (the spec's schemes, HMAC signing, the user's signer). */
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

typedef apic_request outgoing;

void apic_request_free(outgoing *o)
{
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
    int rc = 0;
    if (existing != NULL && (apic_buf_puts(&b, existing->value) != 0 || apic_buf_puts(&b, "; ") != 0)) rc = APIC_E_NOMEM;
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
}

/* The authentication chain: the spec's schemes (HMAC included), then the user's signer. */
int apic_request_authenticate(const apic_http_settings *c, const apic_operation *op, outgoing *o, apic_error *err)
{
    restore_base(o);
    int rc = add_schemes(c, op, o, err);
    if (rc != 0 && (err == NULL || err->kind == APIC_OK)) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", apic_op_name(op));
    if (rc != 0) return rc;
    if (!c->has_signer) return 0;
    apic_signing view = {op->method, o->url.data, request_target(o->url.data), o->body_data, o->body_len, o};
    rc = c->signer.sign(c->signer.ctx, &view, err);
    if (rc == 0) return 0;
    if (err->kind == APIC_OK) apic_error_set(err, (apic_status)rc, "the signer refused the request");
    return apic_op_error(err, rc, op);
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
    int rc;
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
    return 0;
}

