/* Signing a webhook as its sender would (apic/webhook.h): the same template and encodings the
 * verifier reads, so a test, a forwarding service or the demo can make what the senders make. */
#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "apic/sign.h"
#include "apic/webhook.h"
#include "http/hmac.h"
#include "http/webhook_mac.h"

/* Adds a header whose value is printed into out's storage; false when it does not fit. */
static bool add(apic_webhook_signed *out, const char *name, const char *fmt, const char *a, const char *b,
                const char *c)
{
    size_t i = out->n_headers;
    int n = snprintf(out->values[i], APIC_WEBHOOK_VALUE_MAX, fmt, a, b, c);
    if (n < 0 || n >= APIC_WEBHOOK_VALUE_MAX) return false;
    out->headers[i].name = name;
    out->headers[i].value = out->values[i];
    out->n_headers++;
    return true;
}

int apic_webhook_sign(const apic_webhook_scheme *s, const apic_webhook_secret *secret, const char *id,
                      long long timestamp, const char *body, size_t len, apic_webhook_signed *out, apic_error *err)
{
    if (out != NULL) memset(out, 0, sizeof *out);
    if (s == NULL || secret == NULL || secret->secret == NULL || out == NULL || (body == NULL && len > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_webhook_sign: scheme, secret and out are required");
    }
    apic_webhook_template t;
    const char *why = NULL;
    if (s->signature_header == NULL || apic_webhook_template_parse(s->signed_content, &t, &why) != 0) {
        return apic_error_set(err, APIC_E_ARG, "webhook scheme '%s': %s", s->name != NULL ? s->name : "?",
                              why != NULL ? why : "signature_header is required");
    }
    if (s->id_header != NULL && (id == NULL || *id == '\0')) return apic_error_set(err, APIC_E_ARG, "webhook: %s needs an id", s->id_header);
    if (s->key_header != NULL && secret->key_id == NULL) {
        return apic_error_set(err, APIC_E_ARG, "webhook: %s needs the secret's key_id", s->key_header);
    }
    apic_buf key = {0};
    int krc = apic_webhook_secret_key(s->secret_format, secret->secret, &key);
    if (krc != 0) {
        apic_buf_free(&key);
        return krc == -1 ? apic_error_set(err, APIC_E_CONFIG, "webhook secret: cannot be decoded")
                         : apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    apic_hmac_key *k = apic_hmac_key_new(key.data, key.len);
    OPENSSL_cleanse(key.data, key.len);
    apic_buf_free(&key);
    if (k == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");

    char ts[24], sig[APIC_SHA256_HEX_LEN + 1];
    snprintf(ts, sizeof ts, "%lld", timestamp);
    const void *parts[APIC_WEBHOOK_MAX_PARTS];
    size_t lens[APIC_WEBHOOK_MAX_PARTS];
    size_t n = apic_webhook_template_fill(&t, id, ts, body, len, parts, lens);
    unsigned char mac[32];
    int rc = apic_hmac_key_sign(k, parts, lens, n, mac);
    apic_hmac_key_free(k);
    if (rc != 0) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    apic_webhook_signature_encode(s->encoding, mac, sig);
    OPENSSL_cleanse(mac, sizeof mac);

    const char *prefix = s->prefix != NULL ? s->prefix : "";
    bool in_signature = s->timestamp_header != NULL && strcasecmp(s->timestamp_header, s->signature_header) == 0;
    bool ok = s->id_header == NULL || add(out, s->id_header, "%s%s%s", id, "", "");
    if (ok && s->timestamp_header != NULL && !in_signature) ok = add(out, s->timestamp_header, "%s%s%s", ts, "", "");
    if (ok && s->key_header != NULL) ok = add(out, s->key_header, "%s%s%s", secret->key_id, "", "");
    if (ok && in_signature) {
        char stamp[64];
        snprintf(stamp, sizeof stamp, "%s%s%c", s->timestamp_prefix != NULL ? s->timestamp_prefix : "", ts, s->separator);
        ok = add(out, s->signature_header, "%s%s%s", stamp, prefix, sig);
    } else if (ok) {
        ok = add(out, s->signature_header, "%s%s%s", prefix, sig, "");
    }
    return ok ? 0 : apic_error_set(err, APIC_E_ARG, "webhook: a header value does not fit in %d bytes", APIC_WEBHOOK_VALUE_MAX);
}
