/**
 * @file apic/sign.h
 * @brief Message authentication codes and request signatures, exposed so that applications
 * (webhook receivers, tests) compute exactly what the SDK sends.
 */
#ifndef APIC_SIGN_H
#define APIC_SIGN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Length of a lowercase hex SHA-256 digest, without the terminator. */
#define APIC_SHA256_HEX_LEN 64

/**
 * Writes the lowercase hex HMAC-SHA256 of the parts (concatenated, as one message) under key
 * into out (APIC_SHA256_HEX_LEN + 1 bytes, NUL-terminated). Returns 0, or APIC_E_NOMEM when
 * OpenSSL cannot allocate.
 */
int apic_hmac_sha256_hex(const void *key, size_t key_len, const void *const *parts, const size_t *lens, size_t n,
                         char *out);

/**
 * The HMAC request signature of apic_hmac_scheme: hex HMAC-SHA256(secret,
 * method "\n" target "\n" timestamp "\n" body) into out (65 bytes). Returns 0 or APIC_E_NOMEM.
 */
int apic_sign_request(const char *secret, const char *method, const char *target, long long timestamp,
                      const char *body, size_t body_len, char *out);

#ifdef __cplusplus
}
#endif
#endif
