/* Answers to a client library's subscription and signin requests, and signed URLs (apic/pusher.h).
 * The signatures are the client's keyed HMAC (http/hmac.h): the secret is keyed once per client
 * and never copied here. What is signed is exactly the text returned beside it (channel_data,
 * user_data), so the client library sends back the bytes the server will check. */
#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/codec.h"
#include "apic/sign.h"
#include "apic/url.h"
#include "base/text.h"
#include "delivery/client_internal.h"
#include "events/pusher_internal.h"
#include "http/pusher_sign.h"

/* The one member of a JSON object the servers insist on (presence: user_id; signin: id), as raw
 * JSON; the other members are checked for form only. */
typedef struct member_of {
    char *value;
} member_of;

static const apic_field user_id_field[] = {{"user_id", 7, 0, offsetof(member_of, value), -1, -1, &apic_type_any}};
static const apic_struct_desc user_id_desc = {"PusherChannelData", sizeof(member_of), user_id_field, 1, -1, -1, NULL};
static const apic_type user_id_type = {APIC_OBJECT, APIC_FMT_NONE, &user_id_desc, NULL, NULL};
static const apic_field id_field[] = {{"id", 2, 0, offsetof(member_of, value), -1, -1, &apic_type_any}};
static const apic_struct_desc id_desc = {"PusherUserData", sizeof(member_of), id_field, 1, -1, -1, NULL};
static const apic_type id_type = {APIC_OBJECT, APIC_FMT_NONE, &id_desc, NULL, NULL};

/* Whether raw JSON is a string other than "". */
static bool nonempty_string(const char *raw)
{
    return raw != NULL && raw[0] == '"' && raw[1] != '"';
}

/* channel_data: JSON; for a presence channel an object whose user_id is a non-empty string or a
 * number (the servers key members by it). */
static int check_channel_data(const char *text, bool presence, apic_error *err)
{
    if (!presence) {
        if (apic_json_validate(text, strlen(text), NULL) == 0) return 0;
        return apic_error_set(err, APIC_E_VALIDATION, "channel_data: is not JSON");
    }
    member_of m = {NULL};
    int rc = apic_json_decode(&user_id_type, text, strlen(text), &m, NULL);
    if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    bool ok = rc == 0 && (nonempty_string(m.value) || (m.value != NULL && strchr("-0123456789", m.value[0]) != NULL));
    apic_value_clear(&user_id_type, &m);
    if (ok) return 0;
    return apic_error_set(err, APIC_E_VALIDATION, "channel_data: a presence channel needs a JSON object with a user_id "
                          "(a non-empty string or a number)");
}

/* *json = {"auth":"<key>:<hex HMAC of the parts>"} with the extra members already written in
 * extra (",\"name\":value..."), or a status. */
static int answer(const apic_client *c, const void *const *parts, const size_t *lens, size_t n, const apic_buf *extra,
                  char **json, apic_error *err)
{
    char sig[APIC_SHA256_HEX_LEN + 1];
    apic_buf auth = {0}, out = {0};
    int rc = apic_hmac_key_sign_hex(c->http.hmac_key, parts, lens, n, sig);
    if (rc == 0) rc = apic_buf_printf(&auth, "%s:%s", c->http.api_key, sig);
    if (rc == 0) rc = apic_buf_puts(&out, "{\"auth\":");
    if (rc == 0) rc = apic_json_write_string(&out, auth.data, auth.len);
    if (rc == 0 && extra->len > 0) rc = apic_buf_append(&out, extra->data, extra->len);
    if (rc == 0) rc = apic_buf_putc(&out, '}');
    if (rc == 0 && (*json = apic_buf_steal(&out)) == NULL) rc = APIC_E_NOMEM;
    apic_buf_free(&auth);
    apic_buf_free(&out);
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_NOMEM, "out of memory");
}

int apic_pusher_authorize_channel(const apic_client *client, const char *socket_id, const char *channel,
                                  const char *channel_data, char **json, apic_error *err)
{
    if (json != NULL) *json = NULL;
    if (client == NULL || json == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_authorize_channel: client and json are required");
    }
    int rc = apic_pusher_check_signer(client, "apic_pusher_authorize_channel", err);
    if (rc == 0) rc = apic_pusher_check_socket_id(socket_id, "socket_id", err);
    if (rc == 0) rc = apic_pusher_check_channel(channel, "channel", err);
    if (rc != 0) return rc;
    bool presence = strncmp(channel, "presence-", 9) == 0;
    if (presence && channel_data == NULL) {
        return apic_error_set(err, APIC_E_VALIDATION, "channel_data: is required for a presence channel (a JSON object "
                              "with a user_id)");
    }
    if (channel_data != NULL && (rc = check_channel_data(channel_data, presence, err)) != 0) return rc;

    apic_buf extra = {0};
    if (channel_data != NULL) {
        rc = apic_buf_puts(&extra, ",\"channel_data\":");
        if (rc == 0) rc = apic_json_write_string(&extra, channel_data, strlen(channel_data));
    }
    if (rc == 0 && apic_pusher_is_encrypted(channel)) {
        char secret[45];
        if ((rc = apic_pusher_shared_secret(client, channel, secret, err)) == 0) {
            rc = apic_buf_printf(&extra, ",\"shared_secret\":\"%s\"", secret);
            OPENSSL_cleanse(secret, sizeof secret);
        }
    }
    if (rc == 0) {
        const void *parts[] = {socket_id, ":", channel, ":", channel_data};
        const size_t lens[] = {strlen(socket_id), 1, strlen(channel), 1, channel_data != NULL ? strlen(channel_data) : 0};
        rc = answer(client, parts, lens, channel_data != NULL ? 5 : 3, &extra, json, err);
    } else if (rc == APIC_E_NOMEM) {
        apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    if (extra.data != NULL) OPENSSL_cleanse(extra.data, extra.len); /* it may hold the shared secret */
    apic_buf_free(&extra);
    return rc;
}

int apic_pusher_authenticate_user(const apic_client *client, const char *socket_id, const char *user_data, char **json,
                                  apic_error *err)
{
    if (json != NULL) *json = NULL;
    if (client == NULL || json == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_authenticate_user: client and json are required");
    }
    int rc = apic_pusher_check_signer(client, "apic_pusher_authenticate_user", err);
    if (rc == 0) rc = apic_pusher_check_socket_id(socket_id, "socket_id", err);
    if (rc != 0) return rc;
    member_of m = {NULL};
    rc = user_data != NULL ? apic_json_decode(&id_type, user_data, strlen(user_data), &m, NULL) : APIC_E_DECODE;
    bool ok = rc == 0 && nonempty_string(m.value);
    apic_value_clear(&id_type, &m);
    if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    if (!ok) {
        return apic_error_set(err, APIC_E_VALIDATION, "user_data: must be a JSON object whose id is a non-empty string");
    }
    apic_buf extra = {0};
    rc = apic_buf_puts(&extra, ",\"user_data\":");
    if (rc == 0) rc = apic_json_write_string(&extra, user_data, strlen(user_data));
    if (rc == 0) {
        const void *parts[] = {socket_id, "::user::", user_data};
        const size_t lens[] = {strlen(socket_id), 8, strlen(user_data)};
        rc = answer(client, parts, lens, 3, &extra, json, err);
    } else {
        rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    apic_buf_free(&extra);
    return rc;
}

/* --- signed URLs --------------------------------------------------------------------------- */

/* The query of params, percent-encoded, appended to q. */
static int encode_params(const apic_header *params, size_t n, apic_buf *q, apic_error *err)
{
    for (size_t i = 0; i < n; i++) {
        const apic_header *p = &params[i];
        if (p->name == NULL || *p->name == '\0' || p->value == NULL) {
            return apic_error_set(err, APIC_E_ARG, "params[%zu]: needs a name and a value", i);
        }
        if ((i > 0 && apic_buf_putc(q, '&') != 0) || apic_url_encode(q, p->name, strlen(p->name), false) != 0 ||
            apic_buf_putc(q, '=') != 0 || apic_url_encode(q, p->value, strlen(p->value), false) != 0) {
            return apic_error_set(err, APIC_E_NOMEM, "out of memory");
        }
    }
    return 0;
}

/* Checks method and path and writes the method upper-cased into m. */
static int check_request(const char *method, const char *path, char m[16], apic_error *err)
{
    size_t n = strlen(method);
    if (n == 0 || n >= 16 || strspn(method, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") != n) {
        return apic_error_set(err, APIC_E_ARG, "method: must be an HTTP method such as GET or POST");
    }
    for (size_t i = 0; i <= n; i++) m[i] = method[i] >= 'a' && method[i] <= 'z' ? (char)(method[i] - 32) : method[i];
    if (path[0] != '/' || strpbrk(path, "?# ") != NULL || apic_has_control(path, false)) {
        return apic_error_set(err, APIC_E_ARG, "path: must start with '/' and hold no query, fragment, spaces or "
                              "control characters");
    }
    return 0;
}

int apic_pusher_signed_uri(const apic_client *client, const char *method, const char *path, const apic_header *params,
                           size_t n_params, const char *body, size_t body_len, long long timestamp, char **url,
                           apic_error *err)
{
    if (url != NULL) *url = NULL;
    if (client == NULL || method == NULL || path == NULL || url == NULL || (params == NULL && n_params > 0) ||
        (body == NULL && body_len > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_pusher_signed_uri: client, method, path and url are required");
    }
    char m[16];
    int rc = apic_pusher_check_signer(client, "apic_pusher_signed_uri", err);
    if (rc == 0) rc = check_request(method, path, m, err);
    if (rc != 0) return rc;
    /* The URL's whole path is signed, the base URL's own included, as a request through the
     * client would be. */
    const char *base = client->http.base_url, *host = strstr(base, "://");
    host = host != NULL ? host + 3 : base;
    const char *base_path = host + strcspn(host, "/");
    size_t base_len = strlen(base);
    if (base_len > 0 && base[base_len - 1] == '/') base_len--; /* path brings its own '/' */
    apic_buf full = {0}, query = {0}, out = {0};
    rc = encode_params(params, n_params, &query, err);
    if (rc == 0 && (apic_buf_append(&full, base_path, base_len - (size_t)(base_path - base)) != 0 ||
                    apic_buf_puts(&full, path) != 0)) {
        rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    if (rc == 0) {
        apic_pusher_signature sig;
        const char *why = NULL;
        rc = apic_pusher_sign(client->http.hmac_key, client->http.api_key, m, full.data, query.data, body, body_len,
                              timestamp != 0 ? timestamp : (long long)time(NULL), &sig, NULL, &why);
        if (rc == -1) {
            rc = apic_error_set(err, APIC_E_VALIDATION, "params: %s", why);
        } else if (rc != 0 || apic_buf_append(&out, base, base_len) != 0 ||
                   apic_buf_printf(&out, "%s?%s%s%s&auth_signature=%s", path, query.len > 0 ? query.data : "",
                                   query.len > 0 ? "&" : "", sig.key_part, sig.signature) != 0 ||
                   (*url = apic_buf_steal(&out)) == NULL) {
            rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
        }
    }
    apic_buf_free(&full);
    apic_buf_free(&query);
    apic_buf_free(&out);
    return rc;
}
