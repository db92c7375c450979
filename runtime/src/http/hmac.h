/* A keyed HMAC-SHA256, kept by a client so each signature skips keying (see hmac.c). */
#ifndef APIC_HTTP_HMAC_H
#define APIC_HTTP_HMAC_H

#include <stddef.h>

typedef struct apic_hmac_key apic_hmac_key;

/* A keyed context, or NULL when out of memory. */
apic_hmac_key *apic_hmac_key_new(const void *key, size_t key_len);
/* Frees the key (OpenSSL wipes the key material). NULL is a no-op. */
void apic_hmac_key_free(apic_hmac_key *k);
/* The HMAC of the parts, concatenated, into out (32 bytes). Safe from several threads. Returns 0
 * or APIC_E_NOMEM. */
int apic_hmac_key_sign(const apic_hmac_key *k, const void *const *parts, const size_t *lens, size_t n,
                       unsigned char out[32]);
/* Lowercase hex HMAC of the parts, concatenated, into out (65 bytes). Safe from several threads. */
int apic_hmac_key_sign_hex(const apic_hmac_key *k, const void *const *parts, const size_t *lens, size_t n, char *out);
/* apic_sign_request() with a keyed context. */
int apic_hmac_request_hex(const apic_hmac_key *k, const char *method, const char *target, long long timestamp,
                          const char *body, size_t body_len, char *out);

#endif
