/* HMAC-SHA256 over several parts without joining them (a request body can be large), through
 * OpenSSL 3's EVP_MAC interface (the HMAC_CTX one is deprecated).
 *
 * Fetching the algorithm and keying a context cost more than the MAC of a small event, so the
 * algorithm is fetched once per process and a client keeps a keyed context that each
 * signature copies (a copy is independent, so threads can sign at once). */
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "apic/error.h"
#include "apic/sign.h"
#include "http/hmac.h"

static pthread_once_t hmac_once = PTHREAD_ONCE_INIT;
static EVP_MAC *hmac;

static void fetch_hmac(void)
{
    hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
}

struct apic_hmac_key {
    EVP_MAC_CTX *keyed;
};

apic_hmac_key *apic_hmac_key_new(const void *key, size_t key_len)
{
    pthread_once(&hmac_once, fetch_hmac);
    apic_hmac_key *k = hmac != NULL ? OPENSSL_zalloc(sizeof *k) : NULL;
    if (k == NULL) return NULL;
    k->keyed = EVP_MAC_CTX_new(hmac);
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    /* An empty key is legal HMAC, but OpenSSL wants a non-NULL pointer for it. */
    if (k->keyed == NULL || !EVP_MAC_init(k->keyed, key_len > 0 ? key : (const void *)"", key_len, params)) {
        apic_hmac_key_free(k);
        return NULL;
    }
    return k;
}

void apic_hmac_key_free(apic_hmac_key *k)
{
    if (k == NULL) return;
    EVP_MAC_CTX_free(k->keyed); /* OpenSSL cleanses the key material it holds */
    OPENSSL_free(k);
}

int apic_hmac_key_sign(const apic_hmac_key *k, const void *const *parts, const size_t *lens, size_t n,
                       unsigned char out[32])
{
    size_t mac_len = 0;
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(k->keyed);
    int ok = ctx != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        if (lens[i] > 0) ok = EVP_MAC_update(ctx, parts[i], lens[i]);
    }
    if (ok) ok = EVP_MAC_final(ctx, out, &mac_len, 32) && mac_len == 32;
    EVP_MAC_CTX_free(ctx);
    return ok ? 0 : APIC_E_NOMEM;
}

int apic_hmac_key_sign_hex(const apic_hmac_key *k, const void *const *parts, const size_t *lens, size_t n, char *out)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char mac[32];
    if (apic_hmac_key_sign(k, parts, lens, n, mac) != 0) {
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

int apic_hmac_request_hex(const apic_hmac_key *k, const char *method, const char *target, long long timestamp,
                          const char *body, size_t body_len, char *out)
{
    char ts[24];
    int ts_len = snprintf(ts, sizeof ts, "%lld", timestamp);
    const void *parts[] = {method, "\n", target, "\n", ts, "\n", body};
    const size_t lens[] = {strlen(method), 1, strlen(target), 1, (size_t)ts_len, 1, body != NULL ? body_len : 0};
    return apic_hmac_key_sign_hex(k, parts, lens, sizeof lens / sizeof lens[0], out);
}

int apic_hmac_sha256_hex(const void *key, size_t key_len, const void *const *parts, const size_t *lens, size_t n,
                         char *out)
{
    apic_hmac_key *k = apic_hmac_key_new(key, key_len);
    int rc = k != NULL ? apic_hmac_key_sign_hex(k, parts, lens, n, out) : APIC_E_NOMEM;
    if (k == NULL) out[0] = '\0';
    apic_hmac_key_free(k);
    return rc;
}

int apic_sign_request(const char *secret, const char *method, const char *target, long long timestamp,
                      const char *body, size_t body_len, char *out)
{
    apic_hmac_key *k = apic_hmac_key_new(secret, strlen(secret));
    int rc = k != NULL ? apic_hmac_request_hex(k, method, target, timestamp, body, body_len, out) : APIC_E_NOMEM;
    if (k == NULL) out[0] = '\0';
    apic_hmac_key_free(k);
    return rc;
}
