/* Templates, secrets and signature texts of webhook schemes (webhook_mac.h). */
#include <openssl/crypto.h>
#include <string.h>

#include "apic/error.h"
#include "base/base64.h"
#include "http/webhook_mac.h"

static const struct {
    const char *name;
    apic_webhook_part kind;
} placeholders[] = {{"{id}", WEBHOOK_ID}, {"{timestamp}", WEBHOOK_TIMESTAMP}, {"{body}", WEBHOOK_BODY}};

int apic_webhook_template_parse(const char *tmpl, apic_webhook_template *t, const char **why)
{
    memset(t, 0, sizeof *t);
    if (tmpl == NULL || *tmpl == '\0') return *why = "signed_content is required", -1;
    bool body = false;
    for (const char *p = tmpl; *p != '\0';) {
        if (t->n == APIC_WEBHOOK_MAX_PARTS) return *why = "signed_content has too many parts", -1;
        size_t i = 0;
        while (i < sizeof placeholders / sizeof placeholders[0] &&
               strncmp(p, placeholders[i].name, strlen(placeholders[i].name)) != 0) {
            i++;
        }
        if (i < sizeof placeholders / sizeof placeholders[0]) {
            t->kind[t->n++] = placeholders[i].kind;
            body |= placeholders[i].kind == WEBHOOK_BODY;
            t->uses_id |= placeholders[i].kind == WEBHOOK_ID;
            t->uses_timestamp |= placeholders[i].kind == WEBHOOK_TIMESTAMP;
            p += strlen(placeholders[i].name);
            continue;
        }
        if (*p == '{') return *why = "signed_content has a placeholder other than {id}, {timestamp} and {body}", -1;
        size_t n = strcspn(p, "{");
        t->kind[t->n] = WEBHOOK_LITERAL;
        t->text[t->n] = p;
        t->len[t->n++] = n;
        p += n;
    }
    /* A signature that does not cover the body vouches for nothing in it. */
    if (!body) return *why = "signed_content must contain {body}", -1;
    return 0;
}

size_t apic_webhook_template_fill(const apic_webhook_template *t, const char *id, const char *timestamp, const char *body,
                                  size_t len, const void **parts, size_t *lens)
{
    for (size_t i = 0; i < t->n; i++) {
        switch (t->kind[i]) {
        case WEBHOOK_LITERAL: parts[i] = t->text[i], lens[i] = t->len[i]; break;
        case WEBHOOK_ID: parts[i] = id, lens[i] = id != NULL ? strlen(id) : 0; break;
        case WEBHOOK_TIMESTAMP: parts[i] = timestamp, lens[i] = timestamp != NULL ? strlen(timestamp) : 0; break;
        case WEBHOOK_BODY: parts[i] = body, lens[i] = len; break;
        }
    }
    return t->n;
}

int apic_webhook_secret_key(apic_webhook_secret_format f, const char *secret, apic_buf *key)
{
    size_t n = strlen(secret);
    if (f == APIC_WEBHOOK_SECRET_TEXT) return apic_buf_append(key, secret, n) == 0 ? 0 : APIC_E_NOMEM;
    if (f == APIC_WEBHOOK_SECRET_WHSEC && strncmp(secret, "whsec_", 6) == 0) secret += 6, n -= 6;
    /* Senders print their keys without padding as often as with it. */
    char padded[1024];
    if (n == 0 || n + 3 >= sizeof padded) return -1;
    memcpy(padded, secret, n);
    while (n % 4 != 0) padded[n++] = '=';
    int rc = apic_base64_decode(key, padded, n);
    OPENSSL_cleanse(padded, sizeof padded); /* it was a secret (a memset() before return may be optimised away) */
    return rc == 0 && key->len > 0 ? 0 : rc == APIC_E_NOMEM ? APIC_E_NOMEM : -1;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool apic_webhook_signature_decode(apic_webhook_encoding e, const char *text, size_t n, unsigned char out[32])
{
    if (e == APIC_WEBHOOK_HEX) {
        if (n != 64) return false;
        for (size_t i = 0; i < 32; i++) {
            int hi = hex_value(text[2 * i]), lo = hex_value(text[2 * i + 1]);
            if (hi < 0 || lo < 0) return false;
            out[i] = (unsigned char)(hi << 4 | lo);
        }
        return true;
    }
    unsigned char room[APIC_BASE64_LEN(32) / 4 * 3];
    bool ok = n == APIC_BASE64_LEN(32) && apic_base64_decode_to(room, text, n) == 32;
    if (ok) memcpy(out, room, 32);
    return ok;
}

void apic_webhook_signature_encode(apic_webhook_encoding e, const unsigned char mac[32], char *out)
{
    static const char hex[] = "0123456789abcdef";
    if (e == APIC_WEBHOOK_BASE64) {
        apic_base64_write(out, mac, 32);
        return;
    }
    for (size_t i = 0; i < 32; i++) {
        out[2 * i] = hex[mac[i] >> 4];
        out[2 * i + 1] = hex[mac[i] & 15];
    }
    out[64] = '\0';
}
