/* The client: validated configuration, and apic_call(), which turns an operation
 * descriptor and its arguments into one HTTP exchange and the exchange into a result.
 *
 * apic_call is split into prepare (URL, headers, body: done once), send (one attempt)
 * and finish (status -> result or error), so that retries can wrap send + finish. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apic/apic.h"
#include "auth.h"

struct apic_client {
    char *base_url;
    char *token;
    char *api_key;
    char *username;
    char *password;
    char *user_agent;
    long timeout_ms;
    long connect_timeout_ms;
    apic_transport transport;
};

/* --- configuration ------------------------------------------------------------------------ */

static bool has_prefix_nocase(const char *s, const char *prefix)
{
    for (; *prefix != '\0'; s++, prefix++) {
        char c = (*s >= 'A' && *s <= 'Z') ? (char)(*s + ('a' - 'A')) : *s;
        if (c != *prefix) return false;
    }
    return true;
}

/* Values that end up in header lines must not be able to end the line. */
static bool has_control(const char *s)
{
    for (; s != NULL && *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c < 0x20 && c != '\t') || c == 0x7f) return true;
    }
    return false;
}

static int check_config(const apic_config *cfg, apic_error *err)
{
    const char *u = cfg->base_url;
    if (u == NULL || *u == '\0') return apic_error_set(err, APIC_E_CONFIG, "config.base_url: is required");
    size_t scheme = has_prefix_nocase(u, "http://") ? 7 : has_prefix_nocase(u, "https://") ? 8 : 0;
    if (scheme == 0) return apic_error_set(err, APIC_E_CONFIG, "config.base_url: must start with http:// or https://");
    if (u[scheme] == '\0' || u[scheme] == '/') return apic_error_set(err, APIC_E_CONFIG, "config.base_url: has no host");
    for (const char *p = u; *p != '\0'; p++) {
        if ((unsigned char)*p <= ' ' || *p == 0x7f) {
            return apic_error_set(err, APIC_E_CONFIG, "config.base_url: must not contain spaces or control characters");
        }
        /* Paths are appended to the base URL, so a query or fragment there would swallow them. */
        if (*p == '?' || *p == '#') {
            return apic_error_set(err, APIC_E_CONFIG, "config.base_url: must not contain a query or fragment");
        }
    }
    if (cfg->timeout_ms < 0) return apic_error_set(err, APIC_E_CONFIG, "config.timeout_ms: must not be negative");
    if (cfg->connect_timeout_ms < 0) {
        return apic_error_set(err, APIC_E_CONFIG, "config.connect_timeout_ms: must not be negative");
    }
    if (has_control(cfg->token)) return apic_error_set(err, APIC_E_CONFIG, "config.token: must not contain control characters");
    if (has_control(cfg->api_key)) {
        return apic_error_set(err, APIC_E_CONFIG, "config.api_key: must not contain control characters");
    }
    if (has_control(cfg->user_agent)) {
        return apic_error_set(err, APIC_E_CONFIG, "config.user_agent: must not contain control characters");
    }
    /* RFC 7617: the user-id of Basic authentication cannot contain a colon. */
    if (cfg->username != NULL && strchr(cfg->username, ':') != NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.username: must not contain ':'");
    }
    if (cfg->transport != NULL && cfg->transport->send == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.transport: send must not be NULL");
    }
    if (cfg->transport == NULL && cfg->ca_file != NULL && access(cfg->ca_file, R_OK) != 0) {
        return apic_error_set(err, APIC_E_CONFIG, "config.ca_file: cannot read '%s'", cfg->ca_file);
    }
    return 0;
}

/* Copies s; an empty credential counts as not configured, so it never selects a scheme. */
static bool dup_str(const char *s, bool empty_is_null, char **out)
{
    *out = NULL;
    if (s == NULL || (empty_is_null && *s == '\0')) return true;
    size_t n = strlen(s) + 1;
    *out = malloc(n);
    if (*out != NULL) memcpy(*out, s, n);
    return *out != NULL;
}

static void free_secret(char *s)
{
    if (s == NULL) return;
    volatile char *v = s;
    while (*v != '\0') *v++ = '\0';
    free(s);
}

static void free_fields(apic_client *c)
{
    free(c->base_url);
    free_secret(c->token);
    free_secret(c->api_key);
    free(c->username);
    free_secret(c->password);
    free(c->user_agent);
}

int apic_client_new(const apic_config *cfg, apic_client **out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_client_new: out must not be NULL");
    *out = NULL;
    if (cfg == NULL) return apic_error_set(err, APIC_E_ARG, "apic_client_new: cfg must not be NULL");
    int rc = check_config(cfg, err);
    if (rc != 0) return rc;

    apic_client *c = calloc(1, sizeof *c);
    if (c == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_client_new: out of memory");
    if (!dup_str(cfg->base_url, false, &c->base_url) || !dup_str(cfg->token, true, &c->token) ||
        !dup_str(cfg->api_key, true, &c->api_key) || !dup_str(cfg->username, true, &c->username) ||
        !dup_str(cfg->password, false, &c->password) ||
        !dup_str(cfg->user_agent != NULL ? cfg->user_agent : "apic/" APIC_VERSION, false, &c->user_agent)) {
        free_fields(c);
        free(c);
        return apic_error_set(err, APIC_E_NOMEM, "apic_client_new: out of memory");
    }
    c->timeout_ms = cfg->timeout_ms > 0 ? cfg->timeout_ms : APIC_DEFAULT_TIMEOUT_MS;
    c->connect_timeout_ms = cfg->connect_timeout_ms > 0 ? cfg->connect_timeout_ms : APIC_DEFAULT_CONNECT_TIMEOUT_MS;

    if (cfg->transport != NULL) {
        c->transport = *cfg->transport;
    } else {
        apic_curl_options o = {cfg->ca_file, c->user_agent, 0};
        rc = apic_curl_transport_new(&o, &c->transport, err);
        if (rc != 0) {
            free_fields(c);
            free(c);
            return rc;
        }
    }
    *out = c;
    return 0;
}

void apic_client_free(apic_client *client)
{
    if (client == NULL) return;
    if (client->transport.destroy != NULL) client->transport.destroy(client->transport.ctx);
    free_fields(client);
    free(client);
}

/* --- preparing a request ------------------------------------------------------------------- */

/* Everything one request points at; owned here and released by outgoing_free(). */
typedef struct outgoing {
    apic_buf url;
    apic_buf body;
    char **lines; /* "Name: value" lines from apic_url_build, split in place for hdr */
    size_t n_lines;
    char **owned; /* header values built for authentication */
    size_t n_owned;
    apic_header *hdr;
    size_t n_hdr;
} outgoing;

static void outgoing_free(outgoing *o)
{
    apic_buf_free(&o->url);
    apic_buf_free(&o->body);
    for (size_t i = 0; i < o->n_lines; i++) free(o->lines[i]);
    free(o->lines);
    for (size_t i = 0; i < o->n_owned; i++) free_secret(o->owned[i]);
    free(o->owned);
    free(o->hdr);
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

static void push_header(outgoing *o, const char *name, const char *value)
{
    o->hdr[o->n_hdr++] = (apic_header){name, value};
}

static int own(outgoing *o, char *s)
{
    if (s == NULL) return APIC_E_NOMEM;
    o->owned[o->n_owned++] = s;
    return 0;
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
    if (existing != NULL) {
        existing->value = value;
    } else {
        push_header(o, "Cookie", value);
    }
    return 0;
}

static int add_auth(const apic_client *c, const apic_operation *op, outgoing *o)
{
    apic_credentials cred = {c->token, c->api_key, c->username, c->password};
    const apic_security_req *alt = apic_auth_pick(op, &cred);
    if (alt == NULL) return 0;
    for (size_t i = 0; i < alt->n_schemes; i++) {
        const apic_security_scheme *s = alt->schemes[i];
        if (s->kind != APIC_AUTH_API_KEY) {
            char *v = apic_auth_header_value(s, &cred);
            if (own(o, v) != 0) return APIC_E_NOMEM;
            push_header(o, "Authorization", v);
        } else if (s->in == APIC_IN_HEADER) {
            push_header(o, s->param, c->api_key);
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
    return 0;
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

static int prepare(const apic_client *c, const apic_operation *op, const void *params, const void *body, outgoing *o,
                   apic_error *err)
{
    int rc = apic_url_build(c->base_url, op, params, &o->url, &o->lines, &o->n_lines, err);
    if (rc != 0) return rc;
    bool send_body = op->body != NULL && body != NULL;
    if (send_body) {
        rc = encode_body(op, body, o, err);
        if (rc != 0) return rc == APIC_E_NOMEM ? apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", op_name(op)) : rc;
    }

    size_t n_schemes = 0;
    for (size_t i = 0; op->security != NULL && i < op->n_security; i++) {
        if (op->security[i].n_schemes > n_schemes) n_schemes = op->security[i].n_schemes;
    }
    o->hdr = calloc(3 + o->n_lines + n_schemes, sizeof *o->hdr);
    o->owned = calloc(n_schemes + 1, sizeof *o->owned);
    if (o->hdr == NULL || o->owned == NULL) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", op_name(op));

    push_header(o, "Accept", "application/json");
    if (send_body) push_header(o, "Content-Type", op->body_media != NULL ? op->body_media : "application/json");
    push_header(o, "User-Agent", c->user_agent);
    for (size_t i = 0; i < o->n_lines; i++) {
        /* apic_url_build writes "Name: value": split it in place rather than copy it. */
        char *sep = strstr(o->lines[i], ": ");
        *sep = '\0';
        push_header(o, o->lines[i], sep + 2);
    }
    if (add_auth(c, op, o) != 0) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", op_name(op));
    return 0;
}

/* --- one attempt ---------------------------------------------------------------------------- */

static int send_once(const apic_client *c, const apic_operation *op, const outgoing *o, apic_http_response *res,
                     apic_error *err)
{
    apic_http_request req = {op->method, o->url.data, o->hdr, o->n_hdr, o->body.data, o->body.len, c->timeout_ms,
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
    /* Every step below may write to err, so a caller passing NULL gets a scratch one. */
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_error_clear(err);
    if (out != NULL) *out = NULL;

    int rc = check_args(client, op, params, body, err);
    if (rc != 0) return rc;

    outgoing o = {0};
    rc = prepare(client, op, params, body, &o, err);
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
