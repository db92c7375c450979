/**
 * @file apic/pusher.h
 * @brief The Pusher Channels protocol beside its HTTP API (Sockudo speaks it): apps from parts or
 * a URL, channel and user authentication, signed URIs, end-to-end encrypted channels, and
 * triggering events with the checks the servers make.
 *
 * A Pusher app is an id, a key and a secret on a host. A client made by apic_pusher_client_new()
 * carries them: its requests are signed (APIC_AUTH_PUSHER: auth_key, auth_timestamp,
 * auth_version, body_md5 and auth_signature in the query, computed after the body is encoded and
 * anew on every attempt), every operation's `app_id` path parameter defaults to the app's, and
 * the master key of encrypted channels is checked once. The functions below take that client.
 *
 * @code
 * apic_pusher_url parsed;
 * apic_pusher_parse_url("http://278d425bdf160c739803:7ad3773142a6692b25b8@127.0.0.1:6001/apps/3", &parsed, &err);
 * apic_client *c = NULL;
 * apic_pusher_client_new(&parsed.app, NULL, &c, &err);
 * char *auth = NULL;                                     // {"auth":"278d...:58df8b0c..."}
 * apic_pusher_authorize_channel(c, "1234.1234", "private-foobar", NULL, &auth, &err);
 * free(auth);
 * @endcode
 */
#ifndef APIC_PUSHER_H
#define APIC_PUSHER_H

#include <stdbool.h>
#include <stddef.h>

#include "client.h"
#include "error.h"
#include "export.h"
#include "operation.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The prefix of end-to-end encrypted channels. */
#define APIC_PUSHER_ENCRYPTED_PREFIX "private-encrypted-"
/** Largest event data the servers take, in bytes (Pusher's limit; 413 above). */
#define APIC_PUSHER_MAX_DATA 10240
/** Most channels one trigger may name. */
#define APIC_PUSHER_MAX_CHANNELS 100
/** Most events one batch may hold (Pusher's default; Sockudo's is configurable). */
#define APIC_PUSHER_MAX_BATCH 10
/** Longest channel name. */
#define APIC_PUSHER_MAX_CHANNEL_NAME 200
/** Longest event name. */
#define APIC_PUSHER_MAX_EVENT_NAME 200

/** A Pusher app as parts; all borrowed for the call that takes them. */
typedef struct apic_pusher_app {
    const char *app_id; /**< required */
    const char *key;    /**< required: the app key (auth_key), public */
    const char *secret; /**< required: the app secret; signs, never sent */
    const char *host;   /**< NULL = "127.0.0.1" */
    int port;           /**< 0 = 443 with TLS, else 80 */
    bool use_tls;       /**< https rather than http */
    /** Master key of encrypted channels: base64 of exactly 32 bytes; NULL = no encrypted channels. */
    const char *encryption_master_key_base64;
} apic_pusher_app;

/** An app parsed from a URL; app points into buffer. */
typedef struct apic_pusher_url {
    apic_pusher_app app; /**< the parts; its strings live in buffer */
    char buffer[1024];   /**< storage of the parts' text */
} apic_pusher_url;

/**
 * Parses `http(s)://KEY:SECRET@HOST[:PORT]/apps/APP_ID` (key and secret percent-decoded; an IPv6
 * host in brackets; a trailing '/' allowed) into out; the port is 0 when the URL has none. The
 * buffer then holds the secret: wipe it when done. Returns 0, or APIC_E_CONFIG naming what is
 * missing or wrong (`url: the port must be a number from 1 to 65535`; never showing the secret;
 * out is wiped), APIC_E_ARG.
 */
APIC_EXPORT int apic_pusher_parse_url(const char *url, apic_pusher_url *out, apic_error *err);

/**
 * Makes a client for app: cfg (may be NULL: the defaults) with base_url (`scheme://host:port`),
 * api_key (the key), hmac_secret (the secret), the `app_id` path parameter and the master key
 * taken from app (cfg's master key stays when app has none; cfg's other path parameters stay).
 * cfg's idempotency_header defaults to `X-Idempotency-Key`, the header Sockudo reads. Returns 0,
 * or APIC_E_CONFIG naming the app member at fault (`app.key: is required`, an app_id that is not
 * letters, digits and `._~-`, a key holding ':', a host holding a port, a master key that is not
 * base64 of 32 bytes), or what apic_client_new() returns.
 */
APIC_EXPORT int apic_pusher_client_new(const apic_pusher_app *app, const apic_config *cfg, apic_client **out,
                                       apic_error *err);

/** Whether channel is end-to-end encrypted (its name starts with APIC_PUSHER_ENCRYPTED_PREFIX). */
APIC_EXPORT bool apic_pusher_is_encrypted(const char *channel);

/**
 * The answer to a client library's request to subscribe socket_id to a private, presence or
 * encrypted channel, as the JSON it expects: `{"auth":"<key>:<hex HMAC-SHA256(secret,
 * socket_id:channel[:channel_data])>"}`, with `channel_data` (exactly the text given: JSON; for a
 * presence channel, required and an object whose `user_id` is a non-empty string or a number)
 * and `shared_secret` (encrypted channels: base64 of the channel's key). *json is new (free()
 * it). Returns 0, APIC_E_VALIDATION naming what is wrong (a socket id that is not
 * `<digits>.<digits>`, a channel name that is empty, longer than APIC_PUSHER_MAX_CHANNEL_NAME or
 * holds other than `A-Z a-z 0-9 _ - = @ , . ;`, presence without channel_data, an encrypted
 * channel without a master key), APIC_E_CONFIG for a client without app key and secret,
 * APIC_E_ARG, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_pusher_authorize_channel(const apic_client *client, const char *socket_id, const char *channel,
                                              const char *channel_data, char **json, apic_error *err);

/**
 * The answer to a user authentication (signin) request: `{"auth":"<key>:<hex HMAC-SHA256(secret,
 * socket_id::user::user_data)>","user_data":"<user_data>"}`; user_data is the exact JSON text sent
 * to the client and must hold an `id`. *json is new (free() it). Statuses as
 * apic_pusher_authorize_channel().
 */
APIC_EXPORT int apic_pusher_authenticate_user(const apic_client *client, const char *socket_id, const char *user_data,
                                              char **json, apic_error *err);

/**
 * A signed URL for a request to the app's server: base URL, path, query with the params given
 * (each already a name and a value; percent-encoded here) and the signing ones, the signature
 * over method (upper-cased), the URL's whole path and body (body_md5; may be NULL for none).
 * timestamp is Unix seconds (0 = now). *url is new (free() it). Returns 0, APIC_E_VALIDATION for
 * a param using a reserved name (auth_key, auth_timestamp, auth_version, auth_signature,
 * body_md5, in any case), APIC_E_ARG (also a method that is not letters, a path not starting with
 * '/' or holding a query), APIC_E_CONFIG for a client without app key and secret, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_pusher_signed_uri(const apic_client *client, const char *method, const char *path,
                                       const apic_header *params, size_t n_params, const char *body, size_t body_len,
                                       long long timestamp, char **url, apic_error *err);

/**
 * The channel's key of an encrypted channel, base64 (44 characters and a NUL), into out: SHA-256
 * of the channel's name followed by the 32 bytes of the master key. Returns 0, APIC_E_VALIDATION
 * for a channel name that is invalid or not encrypted, or a client without a master key,
 * APIC_E_ARG, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_pusher_shared_secret(const apic_client *client, const char *channel, char out[45], apic_error *err);

/**
 * Encrypts data (len bytes, as they are: a JSON text is not quoted again) for an encrypted
 * channel: `{"nonce":"<b64>","ciphertext":"<b64>"}` (NaCl secretbox, XSalsa20-Poly1305, under the
 * channel's key, a random 24-byte nonce), new in *json (free() it). Statuses as
 * apic_pusher_shared_secret(), and APIC_E_STATE when libsodium cannot start.
 */
APIC_EXPORT int apic_pusher_encrypt(const apic_client *client, const char *channel, const char *data, size_t len,
                                    char **json, apic_error *err);

/**
 * Decrypts an encrypted channel's event data (the JSON apic_pusher_encrypt() makes) into a new
 * NUL-terminated *data (free() it) of *len bytes (len may be NULL). Returns 0, APIC_E_DECODE when
 * it is not such JSON or does not open under the channel's key (tampered, or another key),
 * APIC_E_VALIDATION as apic_pusher_shared_secret(), APIC_E_ARG, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_pusher_decrypt(const apic_client *client, const char *channel, const char *payload, size_t payload_len,
                                    char **data, size_t *len, apic_error *err);

/** The operations a Pusher-protocol SDK triggers events through (its sdk.yaml names them). */
typedef struct apic_pusher_binding {
    const apic_operation *trigger;       /**< POST /apps/{app_id}/events */
    const apic_operation *trigger_batch; /**< POST /apps/{app_id}/batch_events */
} apic_pusher_binding;

/** Per-trigger options; all borrowed, all optional. */
typedef struct apic_pusher_trigger_options {
    const char *socket_id;       /**< a connection that must not receive the event (its sender) */
    const char *info;            /**< attributes to answer per channel, comma-separated ("user_count,subscription_count") */
    const char *idempotency_key; /**< sent as the event's idempotency key; NULL = one made per call (UUID v4) */
} apic_pusher_trigger_options;

/** One event of a batch; all borrowed. */
typedef struct apic_pusher_event {
    const char *channel;         /**< required */
    const char *name;            /**< required */
    const char *data;            /**< required: the event's data as sent (JSON text or any string) */
    const char *socket_id;       /**< NULL = none */
    const char *info;            /**< NULL = none */
    const char *idempotency_key; /**< NULL = one made per event */
} apic_pusher_event;

/**
 * Triggers event on n channels with data: checked first (1 to APIC_PUSHER_MAX_CHANNELS valid
 * channel names, an encrypted channel alone, an event name of 1 to APIC_PUSHER_MAX_EVENT_NAME
 * characters, data (required; "" is data) of at most APIC_PUSHER_MAX_DATA bytes as sent, i.e.
 * once encrypted, a socket_id of the form `<digits>.<digits>`: an APIC_E_VALIDATION names the
 * limit and nothing is sent), data encrypted for an encrypted channel, then sent with b->trigger
 * (signed, retried, idempotent, dead-lettered as an event when it fails for good). The body is
 * `{"name","channels","data","socket_id","info","idempotency_key"}`; the idempotency key (the
 * caller's or a new UUID v4) is the same in the body and the client's idempotency header.
 * *out receives the operation's typed answer (its generated `_free`), as apic_call() does.
 * Returns 0 or a status with err set (APIC_E_ARG without client, binding or channels).
 */
APIC_EXPORT int apic_pusher_trigger(apic_client *client, const apic_pusher_binding *b, const char *const *channels,
                                    size_t n, const char *event, const char *data,
                                    const apic_pusher_trigger_options *opts, void **out, apic_error *err);

/** Triggers n events (1 to APIC_PUSHER_MAX_BATCH) in one request, each checked and encrypted as
 *  apic_pusher_trigger() does (messages name the event: `events[2].channel: ...`), with
 *  b->trigger_batch: `{"batch":[{"name","channel","data","socket_id","info","idempotency_key"}]}`,
 *  each event with its own key; the request's idempotency header gets one key per call. */
APIC_EXPORT int apic_pusher_trigger_batch(apic_client *client, const apic_pusher_binding *b, const apic_pusher_event *events,
                                          size_t n, void **out, apic_error *err);

/** Sends event to every connection of user_id (the channel `#server-to-user-<user_id>`), as
 *  apic_pusher_trigger() does; user_id is required, without control characters, and short enough
 *  for the channel to stay within APIC_PUSHER_MAX_CHANNEL_NAME. */
APIC_EXPORT int apic_pusher_send_to_user(apic_client *client, const apic_pusher_binding *b, const char *user_id,
                                         const char *event, const char *data, void **out, apic_error *err);

/**
 * Decrypts, in a webhook body (Pusher's `{"time_ms":..,"events":[..]}`), the `data` of every event
 * of an encrypted channel, into a new body *out (free() it; out_len may be NULL) that is otherwise
 * the same JSON: every other member is kept as it was written, members this runtime does not know
 * included, though an object's known members come first. A body with no such event is copied
 * byte for byte. Call it after the webhook's signature was verified. Returns 0, APIC_E_DECODE when
 * the body is not such JSON or an event does not decrypt (err names it: `events[0]: ...`),
 * APIC_E_VALIDATION for a client without a master key, APIC_E_ARG, APIC_E_NOMEM.
 */
APIC_EXPORT int apic_pusher_webhook_decrypt(const apic_client *client, const char *body, size_t len, char **out,
                                            size_t *out_len, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
