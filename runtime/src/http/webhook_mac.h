/* What a webhook scheme signs and with which key, shared by the verifier and the signer: the
 * signed content assembled from the scheme's template, secrets decoded as the scheme writes
 * them, and a signature's text decoded to its 32 bytes. */
#ifndef APIC_HTTP_WEBHOOK_MAC_H
#define APIC_HTTP_WEBHOOK_MAC_H

#include <stdbool.h>
#include <stddef.h>

#include "apic/buf.h"
#include "apic/webhook.h"

/* A template has at most this many parts: literals and placeholders. */
enum { APIC_WEBHOOK_MAX_PARTS = 16 };

/* One part of a parsed template: literal text (a pointer into the template), or a placeholder. */
typedef enum apic_webhook_part { WEBHOOK_LITERAL, WEBHOOK_ID, WEBHOOK_TIMESTAMP, WEBHOOK_BODY } apic_webhook_part;

/* A template parsed once. */
typedef struct apic_webhook_template {
    apic_webhook_part kind[APIC_WEBHOOK_MAX_PARTS];
    const char *text[APIC_WEBHOOK_MAX_PARTS]; /* literal parts */
    size_t len[APIC_WEBHOOK_MAX_PARTS];
    size_t n;
    bool uses_id, uses_timestamp;
} apic_webhook_template;

/* Parses tmpl ({id}, {timestamp}, {body}, literal text). 0, or -1 with *why saying what is wrong. */
int apic_webhook_template_parse(const char *tmpl, apic_webhook_template *t, const char **why);

/* The signed content of t for these values, as parts for the HMAC (pointers into the values). */
size_t apic_webhook_template_fill(const apic_webhook_template *t, const char *id, const char *timestamp, const char *body,
                                  size_t len, const void **parts, size_t *lens);

/* Appends the key that secret (written as f says) stands for to key. 0, -1 when it cannot be
 * decoded, or APIC_E_NOMEM. */
int apic_webhook_secret_key(apic_webhook_secret_format f, const char *secret, apic_buf *key);

/* Decodes one signature's text (n characters) written as e into out. false unless it is exactly
 * the 32 bytes of an HMAC-SHA256. */
bool apic_webhook_signature_decode(apic_webhook_encoding e, const char *text, size_t n, unsigned char out[32]);

/* Writes the 32 bytes of mac as e writes them, NUL-terminated, into out (at least 65 bytes). */
void apic_webhook_signature_encode(apic_webhook_encoding e, const unsigned char mac[32], char *out);

#endif
