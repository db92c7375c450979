/* HMAC-SHA256 over several parts without joining them (a request body can be large), through
 * OpenSSL 3's EVP_MAC interface (the HMAC_CTX one is deprecated). */
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <stdio.h>
#include <string.h>

#include "apic/error.h"
#include "apic/sign.h"

int apic_hmac_sha256_hex(const void *key, size_t key_len, const void *const *parts, const size_t *lens, size_t n,
                         char *out)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char mac[32];
    size_t mac_len = 0;
    int ok = 0;
    EVP_MAC *m = EVP_MAC_fetch(NULL, "HMAC", NULL);
    EVP_MAC_CTX *ctx = m != NULL ? EVP_MAC_CTX_new(m) : NULL;
    if (ctx != NULL) {
        char digest[] = "SHA256";
        OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
        /* An empty key is legal HMAC, but OpenSSL wants a non-NULL pointer for it. */
        ok = EVP_MAC_init(ctx, key_len > 0 ? key : (const void *)"", key_len, params);
        for (size_t i = 0; ok && i < n; i++) {
            if (lens[i] > 0) ok = EVP_MAC_update(ctx, parts[i], lens[i]);
        }
        if (ok) ok = EVP_MAC_final(ctx, mac, &mac_len, sizeof mac) && mac_len == sizeof mac;
    }
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(m);
    if (!ok) {
        out[0] = '\0';
        return APIC_E_NOMEM;
    }
    for (size_t i = 0; i < sizeof mac; i++) {
        out[2 * i] = hex[mac[i] >> 4];
        out[2 * i + 1] = hex[mac[i] & 15];
    }
    out[APIC_SHA256_HEX_LEN] = '\0';
    return 0;
}

int apic_sign_request(const char *secret, const char *method, const char *target, long long timestamp,
                      const char *body, size_t body_len, char *out)
{
    char ts[24];
    int ts_len = snprintf(ts, sizeof ts, "%lld", timestamp);
    const void *parts[] = {method, "\n", target, "\n", ts, "\n", body};
    const size_t lens[] = {strlen(method), 1, strlen(target), 1, (size_t)ts_len, 1, body != NULL ? body_len : 0};
    return apic_hmac_sha256_hex(secret, strlen(secret), parts, lens, sizeof lens / sizeof lens[0], out);
}
