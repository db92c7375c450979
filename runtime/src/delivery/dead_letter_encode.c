/* A dead-letter record as one JSON line (the format is described in apic/dead_letter.h). */
#include <string.h>

#include "apic/codec.h"
#include "base/base64.h"
#include "delivery/dead_letter_internal.h"

static int put_text(apic_buf *b, bool *first, const char *key, const char *value)
{
    if (value == NULL) return 0;
    int rc = apic_buf_printf(b, "%s\"%s\":", *first ? "{" : ",", key);
    *first = false;
    return rc == 0 ? apic_json_write_string(b, value, strlen(value)) : rc;
}

/* The URL without the user:password an authority may hold (a credential, like an API key). */
static int put_url(apic_buf *b, bool *first, const char *key, const char *url)
{
    if (url == NULL) return 0;
    const char *host = strstr(url, "://");
    host = host != NULL ? host + 3 : url;
    const char *at = NULL;
    for (const char *p = host; *p != '\0' && *p != '/' && *p != '?' && *p != '#'; p++) {
        if (*p == '@') at = p;
    }
    if (at == NULL) return put_text(b, first, key, url);
    apic_buf clean = {0};
    int rc = apic_buf_append(&clean, url, (size_t)(host - url));
    if (rc == 0) rc = apic_buf_puts(&clean, at + 1);
    if (rc == 0) rc = put_text(b, first, key, clean.data);
    apic_buf_free(&clean);
    return rc;
}

static int put_headers(apic_buf *b, const apic_header *h, size_t n)
{
    int rc = apic_buf_puts(b, ",\"headers\":[");
    for (size_t i = 0; rc == 0 && i < n; i++) {
        rc = apic_buf_puts(b, i > 0 ? ",{\"name\":" : "{\"name\":");
        if (rc == 0) rc = apic_json_write_string(b, h[i].name, strlen(h[i].name));
        if (rc == 0) rc = apic_buf_puts(b, ",\"value\":");
        if (rc == 0) rc = apic_json_write_string(b, h[i].value, strlen(h[i].value));
        if (rc == 0) rc = apic_buf_putc(b, '}');
    }
    return rc == 0 ? apic_buf_putc(b, ']') : rc;
}

static const char *kind_name(apic_auth_kind k)
{
    switch (k) {
    case APIC_AUTH_BEARER: return "bearer";
    case APIC_AUTH_BASIC: return "basic";
    case APIC_AUTH_API_KEY: return "apiKey";
    case APIC_AUTH_HMAC: return "hmac";
    case APIC_AUTH_PUSHER: return "pusher";
    }
    return "unknown";
}

static const char *in_name(apic_param_in in)
{
    return in == APIC_IN_QUERY ? "query" : in == APIC_IN_COOKIE ? "cookie" : "header";
}

static int put_scheme(apic_buf *b, const apic_security_scheme *s)
{
    bool first = true;
    int rc = put_text(b, &first, "kind", kind_name(s->kind));
    if (rc == 0) rc = put_text(b, &first, "name", s->name);
    if (rc == 0 && s->kind == APIC_AUTH_API_KEY) rc = put_text(b, &first, "in", in_name(s->in));
    if (rc == 0) rc = put_text(b, &first, "param", s->param);
    if (rc == 0 && s->hmac != NULL) rc = put_text(b, &first, "timestamp_header", s->hmac->timestamp_header);
    if (rc == 0 && s->hmac != NULL) rc = put_text(b, &first, "prefix", s->hmac->prefix);
    if (rc == 0 && s->kind == APIC_AUTH_API_KEY && s->prefix != NULL) rc = put_text(b, &first, "prefix", s->prefix);
    return rc == 0 ? apic_buf_putc(b, '}') : rc;
}

static int put_security(apic_buf *b, const apic_security_req *alts, size_t n)
{
    int rc = apic_buf_puts(b, ",\"security\":[");
    for (size_t i = 0; rc == 0 && i < n; i++) {
        rc = apic_buf_puts(b, i > 0 ? ",[" : "[");
        for (size_t k = 0; rc == 0 && k < alts[i].n_schemes; k++) {
            if (k > 0) rc = apic_buf_putc(b, ',');
            if (rc == 0) rc = put_scheme(b, alts[i].schemes[k]);
        }
        if (rc == 0) rc = apic_buf_putc(b, ']');
    }
    return rc == 0 ? apic_buf_putc(b, ']') : rc;
}

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The body, exactly: as JSON when it is one JSON value that reads back byte for byte (no line
 * break, which would end the record, and no surrounding blanks, which a reader drops), so an
 * envelope stays readable; else as a JSON string when it is text; else in base64. */
static int put_body(apic_buf *b, const char *body, size_t len)
{
    bool json = len > 0 && !blank(body[0]) && !blank(body[len - 1]) && memchr(body, '\n', len) == NULL &&
                apic_json_validate(body, len, NULL) == 0;
    if (json) {
        int rc = apic_buf_puts(b, ",\"body\":");
        return rc == 0 ? apic_buf_append(b, body, len) : rc;
    }
    /* A NUL would end the text where it is read back; bytes that are not UTF-8 are not JSON. */
    if (memchr(body, '\0', len) == NULL) {
        size_t at = b->len;
        int rc = apic_buf_puts(b, ",\"body_text\":");
        size_t literal = b->len;
        if (rc == 0) rc = apic_json_write_string(b, body, len);
        if (rc != 0 || apic_json_validate(b->data + literal, b->len - literal, NULL) == 0) return rc;
        b->len = at;
        b->data[at] = '\0';
    }
    int rc = apic_buf_puts(b, ",\"body_base64\":\"");
    if (rc == 0) rc = apic_buf_reserve(b, APIC_BASE64_LEN(len) + 1);
    if (rc == 0) b->len = (size_t)(apic_base64_write(b->data + b->len, (const unsigned char *)body, len) - b->data);
    return rc == 0 ? apic_buf_putc(b, '"') : rc;
}

int apic_dead_letter_encode(const apic_dead_letter_record *r, const char *recorded_at, apic_buf *b)
{
    bool first = true;
    int rc = put_text(b, &first, "kind", r->kind);
    /* A record without it predates the members that let it be sent again as it is. */
    if (rc == 0) rc = apic_buf_printf(b, ",\"format\":%d", APIC_DEAD_LETTER_FORMAT);
    if (rc == 0) rc = put_text(b, &first, "recorded_at", recorded_at);
    if (rc == 0) rc = put_text(b, &first, "operation", r->operation);
    if (rc == 0) rc = put_text(b, &first, "method", r->method);
    if (rc == 0) rc = put_url(b, &first, "url", r->url);
    if (rc == 0) rc = put_url(b, &first, "base_url", r->base_url);
    if (rc == 0) rc = put_text(b, &first, "content_type", r->content_type);
    if (rc == 0) rc = put_text(b, &first, "accept", r->accept);
    if (rc == 0) rc = put_headers(b, r->headers, r->n_headers);
    if (rc == 0) rc = put_security(b, r->security, r->n_security);
    if (rc == 0) rc = put_text(b, &first, "idempotency_key", r->idempotency_key);
    if (rc == 0) rc = apic_buf_printf(b, ",\"attempts\":%d,\"http_status\":%d", r->attempts, r->http_status);
    if (rc == 0) rc = put_text(b, &first, "error", r->error);
    if (rc == 0) rc = put_text(b, &first, "first_attempt_at", r->first_attempt_at);
    if (rc == 0) rc = put_text(b, &first, "failed_at", r->failed_at);
    if (rc == 0 && r->body != NULL) rc = put_body(b, r->body, r->body_len);
    if (rc == 0) rc = apic_buf_puts(b, "}\n");
    return rc;
}
