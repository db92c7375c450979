/* apic_call: turns an operation descriptor and its arguments into one HTTP exchange, and the
 * exchange into a result. It is split into prepare (URL, body, headers: done once),
 * authenticate (the chain: the spec's schemes, HMAC signing, the user's signer), send (one
 * attempt) and finish (status -> result or error). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/apic.h"
#include "auth.h"
#include "client_internal.h"

/* --- preparing a request ------------------------------------------------------------------- */

/* Everything one request points at; owned here and released by outgoing_free(). */
typedef struct outgoing {
    apic_buf url;
    apic_buf body;
    const char *body_data; /* the bytes sent: body.data, or the caller's pre-encoded body */
    size_t body_len;
    char **lines; /* "Name: value" lines from apic_url_build, split in place for hdr */
    size_t n_lines;
    char **owned; /* header names and values built here (authentication, signers) */
    size_t n_owned, cap_owned;
    apic_header *hdr;
    size_t n_hdr, cap_hdr;
} outgoing;

static void outgoing_free(outgoing *o)
{
    apic_buf_free(&o->url);
    apic_buf_free(&o->body);
    for (size_t i = 0; i < o->n_lines; i++) free(o->lines[i]);
    free(o->lines);
    for (size_t i = 0; i < o->n_owned; i++) apic_free_secret(o->owned[i]);
    free(o->owned);
    free(o->hdr);
}

static bool has_prefix_nocase(const char *s, const char *prefix)
{
    for (; *prefix != '\0'; s++, prefix++) {
        char c = (*s >= 'A' && *s <= 'Z') ? (char)(*s + ('a' - 'A')) : *s;
        if (c != *prefix) return false;
    }
    return true;
}

static bool is_json_media(const char *media)
{
    if (media == NULL) return true;
    size_t n = strcspn(media, ";");
    while (n > 0 && (media[n - 1] == ' ' || media[n - 1] == '\t')) n--;
    if (n == 16 && has_prefix_nocase(media, "application/json")) return true;
    return n >= 5 && has_prefix_nocase(media + n - 5, "+json");
}

static const char *op_name(const apic_operation *op)
{
    return op->name != NULL ? op->name : "apic_call";
}

/* Prefixes err's message with the operation, e.g. "GET /contacts/{id}: ". The path template
 * is used, never the URL: query strings can carry API keys. */
static int prefixed(apic_error *err, int rc, const apic_operation *op)
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

static char *dup_text(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d != NULL) memcpy(d, s, n);
    return d;
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

static int add_hmac(const apic_client *c, const char *method, const apic_security_scheme *s, outgoing *o)
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
        push_owned(o, s->hmac->timestamp_header, dup_text(ts)) != 0) {
        free(sig);
        return APIC_E_NOMEM;
    }
    return push_owned(o, s->param, sig);
}

/* The spec's schemes of the chosen alternative, all of them (a composite such as bearer +
 * HMAC applies both). HMAC comes last among them so it signs the final URL. */
static int add_schemes(const apic_client *c, const apic_operation *op, outgoing *o)
{
    apic_credentials cred = {c->token, c->api_key, c->username, c->password, c->hmac_secret};
    const apic_security_req *alt = apic_auth_pick(op, &cred);
    if (alt == NULL) return 0;
    const apic_security_scheme *hmac = NULL;
    for (size_t i = 0; i < alt->n_schemes; i++) {
        const apic_security_scheme *s = alt->schemes[i];
        if (s->kind == APIC_AUTH_HMAC) {
            hmac = s;
        } else if (s->kind != APIC_AUTH_API_KEY) {
            if (push_owned(o, "Authorization", apic_auth_header_value(s, &cred)) != 0) return APIC_E_NOMEM;
        } else if (s->in == APIC_IN_HEADER) {
            if (push_header(o, s->param, c->api_key) != 0) return APIC_E_NOMEM;
        } else if (s->in == APIC_IN_COOKIE) {
            if (add_cookie(o, s->param, c->api_key) != 0) return APIC_E_NOMEM;
        } else {
            bool has_query = strchr(o->url.data, '?') != NULL;
            if (apic_buf_putc(&o->url, has_query ? '&' : '?') != 0 ||
                apic_url_encode(&o->url, s->param, strlen(s->param), false) != 0 || apic_buf_putc(&o->url, '=') != 0 ||
                apic_url_encode(&o->url, c->api_key, strlen(c->api_key), false) != 0) {
                return APIC_E_NOMEM;
            }
        }
    }
    return hmac != NULL ? add_hmac(c, op->method, hmac, o) : 0;
}

int apic_signing_add_header(apic_signing *req, const char *name, const char *value)
{
    if (req == NULL || req->impl == NULL || name == NULL || value == NULL) return APIC_E_ARG;
    outgoing *o = (outgoing *)req->impl;
    char *n = dup_text(name);
    if (own(o, n) != 0) return APIC_E_NOMEM;
    return push_owned(o, n, dup_text(value));
}

/* The authentication chain: the spec's schemes (HMAC included), then the user's signer. */
static int authenticate(const apic_client *c, const apic_operation *op, outgoing *o, apic_error *err)
{
    if (add_schemes(c, op, o) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", op_name(op));
    if (!c->has_signer) return 0;
    apic_signing view = {op->method, o->url.data, request_target(o->url.data), o->body_data, o->body_len, o};
    int rc = c->signer.sign(c->signer.ctx, &view, err);
    if (rc == 0) return 0;
    if (err->kind == APIC_OK) apic_error_set(err, (apic_status)rc, "the signer refused the request");
    return prefixed(err, rc, op);
}

static int encode_body(const apic_operation *op, const void *body, outgoing *o, apic_error *err)
{
    /* A text body (a string with a non-JSON media type) is sent as the text itself. */
    if (op->body->kind == APIC_STRING && !is_json_media(op->body_media)) {
        const char *text = *(char *const *)body;
        if (text == NULL) return 0;
        return apic_buf_puts(&o->body, text) == 0 ? 0 : APIC_E_NOMEM;
    }
    int rc = apic_json_encode(op->body, body, &o->body, APIC_ENC_REQUEST, err);
    if (rc != 0 && rc != APIC_E_NOMEM) {
        char why[sizeof err->message];
        memcpy(why, err->message, sizeof why);
        apic_error_set(err, (apic_status)rc, "%s: request body: %s", op_name(op), why);
    }
    return rc;
}

static int prepare(const apic_client *c, const apic_operation *op, const void *params, const void *body,
                   const apic_request_options *opts, outgoing *o, apic_error *err)
{
    int rc;
    if (opts != NULL && opts->url != NULL) {
        /* The caller's URL stands for base_url + path template; parameters still apply. */
        apic_operation at_url = *op;
        at_url.path = "";
        rc = apic_url_build(opts->url, &at_url, params, &o->url, &o->lines, &o->n_lines, err);
    } else {
        rc = apic_url_build(c->base_url, op, params, &o->url, &o->lines, &o->n_lines, err);
    }
    if (rc != 0) return rc;
    bool send_body = op->body != NULL && body != NULL;
    if (opts != NULL && opts->body != NULL) {
        o->body_data = opts->body;
        o->body_len = opts->body_len;
        send_body = true;
    } else if (send_body) {
        rc = encode_body(op, body, o, err);
        if (rc != 0) return rc == APIC_E_NOMEM ? apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", op_name(op)) : rc;
        o->body_data = o->body.data;
        o->body_len = o->body.len;
    }

    rc = push_header(o, "Accept", "application/json");
    if (rc == 0 && send_body) rc = push_header(o, "Content-Type", op->body_media != NULL ? op->body_media : "application/json");
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
    if (rc != 0) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", op_name(op));
    return authenticate(c, op, o, err);
}

/* --- one attempt ---------------------------------------------------------------------------- */

static int send_once(const apic_client *c, const apic_operation *op, const outgoing *o, apic_http_response *res,
                     apic_error *err)
{
    apic_http_request req = {op->method, o->url.data, o->hdr, o->n_hdr, o->body_data, o->body_len, c->timeout_ms,
                             c->connect_timeout_ms};
    err->attempts++;
    int rc = c->transport.send(c->transport.ctx, &req, res, err);
    if (rc == 0) return 0;
    /* A custom transport may return anything; callers can rely on the documented kinds only. */
    if (rc != APIC_E_TIMEOUT && rc != APIC_E_NOMEM) rc = APIC_E_TRANSPORT;
    if (err->kind != rc) apic_error_set(err, (apic_status)rc, "%s", apic_strerror(rc));
    err->retryable = rc != APIC_E_NOMEM;
    return prefixed(err, rc, op);
}

static const apic_response *documented(const apic_operation *op, int status)
{
    const int wanted[3] = {status, status / 100, 0};
    for (int w = 0; w < 3; w++) {
        for (size_t i = 0; op->responses != NULL && i < op->n_responses; i++) {
            if (op->responses[i].status == wanted[w]) return &op->responses[i];
        }
    }
    return NULL;
}

/* Moves the response body and request id into err, for the caller to inspect. */
static int keep_response(apic_http_response *res, apic_error *err)
{
    err->http_status = res->status;
    const char *id = apic_http_response_header(res, "X-Request-Id");
    if (id == NULL) id = apic_http_response_header(res, "Request-Id");
    if (id != NULL) {
        size_t n = strlen(id) + 1;
        err->request_id = malloc(n);
        if (err->request_id == NULL) return APIC_E_NOMEM;
        memcpy(err->request_id, id, n);
    }
    if (res->body.len > 0) {
        err->body_len = res->body.len;
        err->body = apic_buf_steal(&res->body);
    }
    return 0;
}

static int decode(const apic_response *r, apic_http_response *res, void **out, apic_error *err)
{
    const apic_type *t = r->type;
    if (t->kind == APIC_STRING && !is_json_media(r->media)) {
        *out = apic_buf_steal(&res->body);
        return *out != NULL ? 0 : APIC_E_NOMEM;
    }
    void *slot = NULL;
    int rc = apic_value_new_from_json(t, res->body.data, res->body.len, &slot, err);
    if (rc != 0) return rc;
    /* Generated wrappers return strings and raw JSON as the char * itself, not its slot. */
    if (t->kind == APIC_STRING || t->kind == APIC_ANY) {
        char *s = *(char **)slot;
        free(slot);
        slot = s;
    }
    *out = slot;
    return 0;
}

static int finish(const apic_operation *op, apic_http_response *res, void **out, apic_error *err)
{
    int status = res->status;
    err->http_status = status;
    if (status >= 200 && status < 300) {
        const apic_response *r = documented(op, status);
        if (out == NULL || r == NULL || r->type == NULL || res->body.len == 0) return 0;
        int rc = decode(r, res, out, err);
        if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
        if (rc == 0) return 0;
        if (keep_response(res, err) != 0) {
            return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
        }
        return prefixed(err, APIC_E_DECODE, op);
    }
    if (keep_response(res, err) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s %s: out of memory", op->method, op->path);
    err->retryable = status == 408 || status == 409 || status == 429 || (status >= 500 && status < 600);
    return apic_error_set(err, APIC_E_HTTP, "%s %s: HTTP %d", op->method, op->path, status);
}

/* --- the call ---------------------------------------------------------------------------------- */

static const apic_field *first_required(const apic_struct_desc *d)
{
    for (size_t i = 0; d != NULL && i < d->n_fields; i++) {
        if (d->fields[i].flags & APIC_F_REQUIRED) return &d->fields[i];
    }
    return NULL;
}

static int check_args(const apic_client *c, const apic_operation *op, const void *params, const void *body, apic_error *err)
{
    if (c == NULL) return apic_error_set(err, APIC_E_ARG, "apic_call: client must not be NULL");
    if (op == NULL || op->method == NULL || op->path == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_call: op must not be NULL");
    }
    const apic_field *req = first_required(op->params);
    if (params == NULL && req != NULL) {
        return apic_error_set(err, APIC_E_ARG, "%s: params must not be NULL (parameter '%s' is required)", op_name(op),
                              req->name);
    }
    if (body == NULL && op->body_required && op->body != NULL) {
        return apic_error_set(err, APIC_E_ARG, "%s: body must not be NULL (the request body is required)", op_name(op));
    }
    return 0;
}

int apic_call(apic_client *client, const apic_operation *op, const void *params, const void *body, void **out,
              apic_error *err)
{
    return apic_call_with(client, op, params, body, NULL, out, err);
}

int apic_call_with(apic_client *client, const apic_operation *op, const void *params, const void *body,
                   const apic_request_options *opts, void **out, apic_error *err)
{
    /* Every step below may write to err, so a caller passing NULL gets a scratch one. */
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_error_clear(err);
    if (out != NULL) *out = NULL;

    int rc = check_args(client, op, params, opts != NULL && opts->body != NULL ? opts->body : body, err);
    if (rc != 0) return rc;

    outgoing o = {0};
    rc = prepare(client, op, params, body, opts, &o, err);
    if (rc == 0) {
        apic_http_response res = {0};
        rc = send_once(client, op, &o, &res, err);
        if (rc == 0) rc = finish(op, &res, out, err);
        apic_http_response_clear(&res);
    }
    outgoing_free(&o);
    if (rc == 0) {
        /* Success leaves only the facts of the exchange (status, attempts) in err. */
        err->kind = APIC_OK;
        err->message[0] = '\0';
    }
    apic_error_clear(&scratch);
    return rc;
}
