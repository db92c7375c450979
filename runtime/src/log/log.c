/* The logger: records of attempts and failures, redacted before anything leaves: secrets always,
 * personal data when asked. Nothing here runs unless the record's level is on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "apic/codec.h"
#include "apic/ids.h"
#include "http/outgoing.h"
#include "log/log_internal.h"

enum { DEFAULT_BODY_MAX = 4096 };

const char *apic_log_level_name(apic_log_level level)
{
    static const char *const names[] = {"default", "off", "error", "warn", "info", "debug"};
    return (unsigned)level < sizeof names / sizeof names[0] ? names[level] : "?";
}

static apic_log_level level_from_env(void)
{
    const char *v = getenv("APIC_LOG");
    if (v == NULL) return APIC_LOG_OFF;
    for (int l = APIC_LOG_ERROR; l <= APIC_LOG_DEBUG; l++) {
        if (strcasecmp(v, apic_log_level_name((apic_log_level)l)) == 0) return (apic_log_level)l;
    }
    return APIC_LOG_OFF;
}

int apic_log_setup(apic_logger *l, const char *const *pii_keys)
{
    if (l->level == APIC_LOG_DEFAULT) l->level = level_from_env();
    const char *env = getenv("APIC_REDACT_PII");
    l->redact_pii = l->redact_pii || (env != NULL && strcmp(env, "1") == 0);
    if (l->body_max == 0) l->body_max = DEFAULT_BODY_MAX;
    size_t n = 0;
    while (pii_keys != NULL && pii_keys[n] != NULL) n++;
    l->pii_keys = calloc(n + 1, sizeof *l->pii_keys);
    if (l->pii_keys == NULL) return APIC_E_NOMEM;
    for (size_t i = 0; i < n; i++) {
        if ((l->pii_keys[i] = strdup(pii_keys[i])) == NULL) return APIC_E_NOMEM;
    }
    return 0;
}

void apic_log_teardown(apic_logger *l)
{
    for (size_t i = 0; l->pii_keys != NULL && l->pii_keys[i] != NULL; i++) free(l->pii_keys[i]);
    free(l->pii_keys);
    l->pii_keys = NULL;
}

/* --- what is secret ------------------------------------------------------------------------------ */

/* A header or query parameter whose value is a credential: by name, or named by the operation's
 * security schemes (an API key of any name, a signature header). */
static bool is_secret_name(const apic_operation *op, const char *name, size_t len)
{
    static const char *const exact[] = {"authorization", "proxy-authorization", "cookie", "set-cookie", "auth_signature",
                                        "api_key", "apikey", "access_token", "token", "password", "secret"};
    static const char *const parts[] = {"signature", "secret", "token", "api-key", "apikey", "password"};
    char lower[128];
    if (len >= sizeof lower) len = sizeof lower - 1;
    for (size_t i = 0; i < len; i++) lower[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    lower[len] = '\0';
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++) {
        if (strcmp(lower, exact[i]) == 0) return true;
    }
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (strstr(lower, parts[i]) != NULL) return true;
    }
    for (size_t i = 0; op != NULL && op->security != NULL && i < op->n_security; i++) {
        for (size_t j = 0; j < op->security[i].n_schemes; j++) {
            const apic_security_scheme *s = op->security[i].schemes[j];
            if (s != NULL && s->param != NULL && strcasecmp(s->param, lower) == 0) return true;
        }
    }
    return false;
}

/* The first of the client's credentials in text[0, len): its offset, its length in *n; len when
 * there is none. Credentials shorter than 4 bytes are not looked for: they would mask ordinary text. */
static size_t find_credential(const apic_logger *l, const char *text, size_t len, size_t *n)
{
    size_t first = len;
    *n = 0;
    for (size_t s = 0; s < APIC_LOG_SECRETS; s++) {
        const char *v = l->secrets[s];
        size_t vn = v != NULL ? strlen(v) : 0;
        if (vn < 4 || vn > len) continue;
        for (size_t i = 0; i + vn <= len && i < first; i++) {
            if (text[i] == v[0] && memcmp(text + i, v, vn) == 0) {
                first = i;
                *n = vn;
                break;
            }
        }
    }
    return first;
}

/* text[0, len) as it may enter a record: *out is text itself when it holds none of the client's
 * credentials, else tmp's copy with each replaced by "[redacted]" (tmp never holds one: a buffer
 * that grows or is freed with a credential in it would leave a copy in freed memory). */
static int without_credentials(const apic_logger *l, const char *text, size_t len, apic_buf *tmp, const char **out,
                               size_t *out_len)
{
    *out = text;
    *out_len = len;
    if (text == NULL) return 0;
    size_t n, at = find_credential(l, text, len, &n);
    if (at == len) return 0;
    size_t done = 0;
    int rc = 0;
    while (rc == 0 && at < len - done) {
        rc = apic_buf_append(tmp, text + done, at);
        if (rc == 0) rc = apic_buf_puts(tmp, "[redacted]");
        done += at + n;
        at = find_credential(l, text + done, len - done, &n);
    }
    if (rc == 0) rc = apic_buf_append(tmp, text + done, len - done);
    *out = tmp->data;
    *out_len = tmp->len;
    return rc;
}

/* Replaces every occurrence of the client's credentials in b (a last net under all the rest:
 * what enters a record has been through without_credentials() already). */
static int scrub_credentials(const apic_logger *l, apic_buf *b)
{
    for (size_t s = 0; s < APIC_LOG_SECRETS; s++) {
        const char *v = l->secrets[s];
        size_t n = v != NULL ? strlen(v) : 0;
        if (n < 4 || b->data == NULL) continue; /* shorter would mask ordinary text */
        apic_buf out = {0};
        const char *p = b->data, *hit;
        while ((hit = strstr(p, v)) != NULL) {
            if (apic_buf_append(&out, p, (size_t)(hit - p)) != 0 || apic_buf_puts(&out, "[redacted]") != 0) {
                apic_buf_free(&out);
                return APIC_E_NOMEM;
            }
            p = hit + n;
        }
        if (out.data == NULL) continue;
        if (apic_buf_puts(&out, p) != 0) {
            apic_buf_free(&out);
            return APIC_E_NOMEM;
        }
        volatile char *w = b->data; /* it held a credential */
        for (size_t i = 0; i < b->cap; i++) w[i] = 0;
        apic_buf_free(b);
        *b = out;
    }
    return 0;
}

/* The URL with the values of secret query parameters replaced. */
static int put_url(const apic_operation *op, const char *url, apic_buf *out)
{
    const char *q = strchr(url, '?');
    if (q == NULL) return apic_buf_puts(out, url);
    int rc = apic_buf_append(out, url, (size_t)(q - url) + 1);
    for (const char *p = q + 1; rc == 0 && *p != '\0';) {
        size_t len = strcspn(p, "&");
        size_t klen = strcspn(p, "=&");
        if (klen < len && is_secret_name(op, p, klen)) {
            rc = apic_buf_append(out, p, klen + 1);
            if (rc == 0) rc = apic_buf_puts(out, "[redacted]");
        } else {
            rc = apic_buf_append(out, p, len);
        }
        p += len;
        if (rc == 0 && *p == '&') rc = apic_buf_putc(out, *p++);
    }
    return rc;
}

/* --- bodies ---------------------------------------------------------------------------------------- */

static bool is_text_media(const char *media)
{
    if (media == NULL) return true;
    return strncasecmp(media, "application/json", 16) == 0 || strncasecmp(media, "text/", 5) == 0 ||
           strstr(media, "+json") != NULL || strncasecmp(media, "application/x-www-form-urlencoded", 33) == 0;
}

/* A body as it may be logged: redacted, bounded, and only when it is text. */
static int put_body(const apic_logger *l, const char *body, size_t len, const char *media, apic_buf *out)
{
    if (!is_text_media(media) || memchr(body, '\0', len) != NULL) {
        return apic_buf_printf(out, "[%zu bytes of %s, not logged]", len, media != NULL ? media : "binary");
    }
    apic_buf red = {0};
    int rc = l->redact_pii ? apic_mask_pii_json(body, len, (const char *const *)l->pii_keys, &red) : apic_buf_append(&red, body, len);
    if (rc == 0 && red.len > l->body_max) {
        size_t cut = l->body_max;
        while (cut > 0 && ((unsigned char)red.data[cut] & 0xc0) == 0x80) cut--; /* whole UTF-8 characters */
        size_t dropped = red.len - cut;
        red.len = cut;
        rc = apic_buf_printf(&red, "...[%zu more bytes]", dropped);
    }
    if (rc == 0) rc = apic_buf_append(out, red.data != NULL ? red.data : "", red.len);
    apic_buf_free(&red);
    return rc;
}

/* --- the record ---------------------------------------------------------------------------------- */

static int put_str(apic_buf *b, const char *key, const char *v)
{
    if (v == NULL) return 0;
    int rc = apic_buf_printf(b, ",\"%s\":", key);
    return rc == 0 ? apic_json_write_string(b, v, strlen(v)) : rc;
}

static int put_headers(const apic_logger *l, const apic_log_attempt *a, apic_buf *lines)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < a->n_headers; i++) {
        const apic_header *h = &a->headers[i];
        bool secret = is_secret_name(a->op, h->name, strlen(h->name));
        const char *v = secret ? "[redacted]" : h->value != NULL ? h->value : "";
        apic_buf tmp = {0};
        size_t vn;
        rc = without_credentials(l, v, strlen(v), &tmp, &v, &vn);
        if (rc == 0) rc = apic_buf_printf(lines, "%s: %.*s\n", h->name, (int)vn, v);
        apic_buf_free(&tmp);
    }
    return rc;
}

/* Masks credentials, and personal data when asked; the result is in b. */
static int redacted_text(const apic_logger *l, const char *text, apic_buf *b)
{
    if (text == NULL) return 0;
    apic_buf tmp = {0};
    size_t n;
    int rc = without_credentials(l, text, strlen(text), &tmp, &text, &n);
    if (rc == 0) rc = l->redact_pii ? apic_mask_pii_text(text, n, b) : apic_buf_append(b, text, n);
    apic_buf_free(&tmp);
    return rc;
}

void apic_log_emit(const apic_logger *l, apic_log_level level, const apic_log_attempt *a, const char *message)
{
    apic_buf url = {0}, msg = {0}, headers = {0}, req = {0}, res = {0}, line = {0};
    char now[25];
    apic_now_rfc3339(now);
    int rc = redacted_text(l, message, &msg);
    /* Text from outside (URLs, headers, bodies, ids) enters a buffer only without the client's
     * credentials (without_credentials()), wherever they appear. */
    apic_buf clean_url = {0}, clean_req = {0}, clean_res = {0}, clean_rid = {0}, clean_key = {0};
    const char *rid = a->request_id, *key = a->idempotency_key;
    size_t n;
    if (rc == 0) rc = without_credentials(l, rid, rid != NULL ? strlen(rid) : 0, &clean_rid, &rid, &n);
    if (rc == 0) rc = without_credentials(l, key, key != NULL ? strlen(key) : 0, &clean_key, &key, &n);
    if (rc == 0 && a->url != NULL) {
        apic_buf raw = {0};
        const char *u;
        rc = without_credentials(l, a->url, strlen(a->url), &clean_url, &u, &n);
        if (rc == 0) rc = put_url(a->op, u, &raw);
        if (rc == 0) rc = redacted_text(l, raw.data, &url);
        apic_buf_free(&raw);
    }
    bool debug = level <= l->level && l->level >= APIC_LOG_DEBUG;
    if (rc == 0 && debug && a->headers != NULL) rc = put_headers(l, a, &headers);
    if (rc == 0 && debug && a->request_body != NULL) {
        const char *body;
        rc = without_credentials(l, a->request_body, a->request_len, &clean_req, &body, &n);
        if (rc == 0) rc = put_body(l, body, n, a->request_media, &req);
    }
    if (rc == 0 && debug && a->response_body != NULL) {
        const char *body;
        rc = without_credentials(l, a->response_body, a->response_len, &clean_res, &body, &n);
        if (rc == 0) rc = put_body(l, body, n, a->response_media, &res);
    }
    if (rc == 0) {
        rc = apic_buf_printf(&line, "{\"time\":\"%s\",\"level\":\"%s\"", now, apic_log_level_name(level));
        if (rc == 0) rc = put_str(&line, "message", msg.data);
        if (rc == 0) rc = put_str(&line, "operation", a->op != NULL ? apic_op_name(a->op) : NULL);
        if (rc == 0) rc = put_str(&line, "method", a->op != NULL ? a->op->method : NULL);
        if (rc == 0) rc = put_str(&line, "url", url.data);
        if (rc == 0 && a->status > 0) rc = apic_buf_printf(&line, ",\"status\":%d", a->status);
        if (rc == 0 && a->attempt > 0) {
            rc = apic_buf_printf(&line, ",\"attempt\":%d,\"duration_ms\":%ld,\"bytes_sent\":%zu,\"bytes_received\":%zu",
                                 a->attempt, a->duration_ms, a->bytes_sent, a->bytes_received);
        }
        if (rc == 0) rc = put_str(&line, "request_id", rid);
        if (rc == 0) rc = put_str(&line, "idempotency_key", key);
        if (rc == 0) rc = put_str(&line, "headers", headers.data);
        if (rc == 0) rc = put_str(&line, "request_body", req.data);
        if (rc == 0) rc = put_str(&line, "response_body", res.data);
        if (rc == 0) rc = apic_buf_putc(&line, '}');
        if (rc == 0) rc = scrub_credentials(l, &line);
        if (rc == 0) rc = scrub_credentials(l, &res);
        if (rc == 0) rc = scrub_credentials(l, &req);
        if (rc == 0) rc = scrub_credentials(l, &msg);
        if (rc == 0) rc = scrub_credentials(l, &url);
        if (rc == 0) rc = scrub_credentials(l, &headers);
    }
    if (rc == 0) {
        apic_log_record r = {level, now, msg.data, a->op != NULL ? apic_op_name(a->op) : NULL,
                             a->op != NULL ? a->op->method : NULL, url.data, a->status, a->attempt, a->duration_ms,
                             rid, key, a->bytes_sent, a->bytes_received, headers.data,
                             req.data, res.data, line.data};
        if (l->sink != NULL) {
            l->sink(l->ctx, &r);
        } else {
            apic_buf_putc(&line, '\n');
            fwrite(line.data, 1, line.len, stderr);
        }
    }
    apic_buf_free(&clean_url);
    apic_buf_free(&clean_req);
    apic_buf_free(&clean_res);
    apic_buf_free(&clean_rid);
    apic_buf_free(&clean_key);
    apic_buf_free(&url);
    apic_buf_free(&msg);
    apic_buf_free(&headers);
    apic_buf_free(&req);
    apic_buf_free(&res);
    apic_buf_free(&line);
}
