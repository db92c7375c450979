/* End-to-end encrypted channels (apic/pusher.h): each channel has its own key, SHA-256 of its name
 * followed by the app's 32-byte master key, so a subscriber learns the key of the channels it
 * was authorized for and no other. Event data is a NaCl secretbox (XSalsa20-Poly1305, libsodium:
 * OpenSSL has no XSalsa20) under that key with a random 24-byte nonce, sent as
 * {"nonce":"<base64>","ciphertext":"<base64>"}, what pusher-js opens. Keys are wiped after use. */
#include <openssl/evp.h>
#include <pthread.h>
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "base/base64.h"
#include "delivery/client_internal.h"
#include "events/pusher_internal.h"

enum { NONCE_LEN = crypto_secretbox_NONCEBYTES, MAC_LEN = crypto_secretbox_MACBYTES };

/* libsodium must be initialised once before use (it picks its implementations and opens its
 * random source); sodium_init() itself is not safe to race from several threads. */
static pthread_once_t sodium_once = PTHREAD_ONCE_INIT;
static int sodium_status = -1;

static void start_sodium(void)
{
    sodium_status = sodium_init() < 0 ? -1 : 0;
}

static int sodium_ready(apic_error *err)
{
    pthread_once(&sodium_once, start_sodium);
    if (sodium_status == 0) return 0;
    return apic_error_set(err, APIC_E_STATE, "libsodium could not be initialised (no random source?)");
}

int apic_pusher_channel_key(const apic_client *client, const char *channel, const char *what, unsigned char key[32],
                            apic_error *err)
{
    char q[64];
    int rc = apic_pusher_check_channel(channel, what, err);
    if (rc != 0) return rc;
    if (!apic_pusher_is_encrypted(channel)) {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: '%s' is not an encrypted channel (its name does not start "
                              "with " APIC_PUSHER_ENCRYPTED_PREFIX ")", what, apic_pusher_quote(channel, q, sizeof q));
    }
    if (!client->has_encryption_key) {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: '%s' is encrypted, but the client has no master key "
                              "(encryption_master_key_base64)", what, apic_pusher_quote(channel, q, sizeof q));
    }
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int n = 0;
    bool ok = ctx != NULL && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1 &&
              EVP_DigestUpdate(ctx, channel, strlen(channel)) == 1 &&
              EVP_DigestUpdate(ctx, client->encryption_key, sizeof client->encryption_key) == 1 &&
              EVP_DigestFinal_ex(ctx, key, &n) == 1 && n == 32;
    EVP_MD_CTX_free(ctx); /* resets the context, cleansing its state */
    if (!ok) {
        sodium_memzero(key, 32);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    return 0;
}

int apic_pusher_shared_secret(const apic_client *client, const char *channel, char out[45], apic_error *err)
{
    if (client == NULL || out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_pusher_shared_secret: client and out are required");
    out[0] = '\0';
    unsigned char key[32];
    int rc = apic_pusher_channel_key(client, channel, "channel", key, err);
    if (rc != 0) return rc;
    apic_base64_write(out, key, sizeof key);
    sodium_memzero(key, sizeof key);
    return 0;
}

int apic_pusher_encrypt_to(const apic_client *client, const char *channel, const char *what, const char *data,
                           size_t len, apic_buf *out, apic_error *err)
{
    int rc = sodium_ready(err);
    if (rc != 0) return rc;
    if (len > SIZE_MAX / 2) return apic_error_set(err, APIC_E_ARG, "%s: data too large to encrypt", what);
    unsigned char key[32];
    if ((rc = apic_pusher_channel_key(client, channel, what, key, err)) != 0) return rc;
    unsigned char nonce[NONCE_LEN];
    randombytes_buf(nonce, sizeof nonce);
    size_t box_len = len + MAC_LEN;
    unsigned char *box = malloc(box_len);
    static const char head[] = "{\"nonce\":\"", middle[] = "\",\"ciphertext\":\"", tail[] = "\"}";
    size_t need = sizeof head + APIC_BASE64_LEN(NONCE_LEN) + sizeof middle + APIC_BASE64_LEN(box_len) + sizeof tail;
    if (box == NULL || apic_buf_reserve(out, need) != 0) {
        sodium_memzero(key, sizeof key);
        free(box);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    crypto_secretbox_easy(box, (const unsigned char *)(data != NULL ? data : ""), len, nonce, key);
    sodium_memzero(key, sizeof key);
    char *w = out->data + out->len;
    memcpy(w, head, sizeof head - 1);
    w = apic_base64_write(w + sizeof head - 1, nonce, sizeof nonce);
    memcpy(w, middle, sizeof middle - 1);
    w = apic_base64_write(w + sizeof middle - 1, box, box_len);
    memcpy(w, tail, sizeof tail);
    out->len = (size_t)(w - out->data) + sizeof tail - 1;
    free(box);
    return 0;
}

int apic_pusher_encrypt(const apic_client *client, const char *channel, const char *data, size_t len, char **json,
                        apic_error *err)
{
    if (json != NULL) *json = NULL;
    if (client == NULL || json == NULL || (data == NULL && len > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_encrypt: client, data and json are required");
    }
    apic_buf out = {0};
    int rc = apic_pusher_encrypt_to(client, channel, "channel", data, len, &out, err);
    if (rc == 0 && (*json = apic_buf_steal(&out)) == NULL) rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
    apic_buf_free(&out);
    return rc;
}

/* --- decryption ---------------------------------------------------------------------------- */

typedef struct sealed {
    char *nonce;
    char *ciphertext;
} sealed;

static const apic_field sealed_fields[] = {
    {"nonce", 5, APIC_F_REQUIRED, offsetof(sealed, nonce), -1, -1, &apic_type_string},
    {"ciphertext", 10, APIC_F_REQUIRED, offsetof(sealed, ciphertext), -1, -1, &apic_type_string},
};
static const apic_struct_desc sealed_desc = {"PusherEncryptedData", sizeof(sealed), sealed_fields, 2, -1, -1, NULL};
static const apic_type sealed_type = {APIC_OBJECT, APIC_FMT_NONE, &sealed_desc, NULL, NULL};

/* The nonce and the box of payload, decoded into nonce and box (a new buffer). 0 or a status. */
static int unseal(const char *payload, size_t payload_len, unsigned char nonce[NONCE_LEN], apic_buf *box, apic_error *err)
{
    sealed s = {NULL, NULL};
    int rc = apic_json_decode(&sealed_type, payload, payload_len, &s, NULL);
    if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    if (rc != 0 || s.nonce == NULL || s.ciphertext == NULL) {
        apic_value_clear(&sealed_type, &s);
        return apic_error_set(err, APIC_E_DECODE, "payload: is not the JSON of encrypted data "
                              "({\"nonce\":\"<base64>\",\"ciphertext\":\"<base64>\"})");
    }
    size_t n = strlen(s.nonce);
    long got = n == APIC_BASE64_LEN(NONCE_LEN) ? apic_base64_decode_to(nonce, s.nonce, n) : -1;
    if (got != NONCE_LEN) {
        rc = apic_error_set(err, APIC_E_DECODE, "payload.nonce: is not base64 of %d bytes", (int)NONCE_LEN);
    } else if ((rc = apic_base64_decode(box, s.ciphertext, strlen(s.ciphertext))) != 0 || box->len < MAC_LEN) {
        rc = rc == APIC_E_NOMEM ? apic_error_set(err, APIC_E_NOMEM, "out of memory")
                                : apic_error_set(err, APIC_E_DECODE, "payload.ciphertext: is not base64 of at least "
                                                 "%d bytes", (int)MAC_LEN);
    }
    apic_value_clear(&sealed_type, &s);
    return rc;
}

int apic_pusher_decrypt(const apic_client *client, const char *channel, const char *payload, size_t payload_len,
                        char **data, size_t *len, apic_error *err)
{
    if (data != NULL) *data = NULL;
    if (len != NULL) *len = 0;
    if (client == NULL || payload == NULL || data == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_decrypt: client, payload and data are required");
    }
    int rc = sodium_ready(err);
    unsigned char key[32], nonce[NONCE_LEN];
    if (rc != 0 || (rc = apic_pusher_channel_key(client, channel, "channel", key, err)) != 0) return rc;
    apic_buf box = {0};
    char *plain = NULL;
    if ((rc = unseal(payload, payload_len, nonce, &box, err)) == 0) {
        size_t n = box.len - MAC_LEN;
        if ((plain = malloc(n + 1)) == NULL) {
            rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
        } else if (crypto_secretbox_open_easy((unsigned char *)plain, (const unsigned char *)box.data, box.len, nonce,
                                              key) != 0) {
            rc = apic_error_set(err, APIC_E_DECODE, "payload: does not decrypt under the channel's key (changed on "
                                "the way, or encrypted under another master key)");
        } else {
            plain[n] = '\0';
            *data = plain;
            plain = NULL;
            if (len != NULL) *len = n;
        }
    }
    sodium_memzero(key, sizeof key);
    free(plain);
    apic_buf_free(&box);
    return rc;
}
