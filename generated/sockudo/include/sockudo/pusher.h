/**
 * @file sockudo/pusher.h
 * @brief Sockudo: the Pusher Channels protocol beside the HTTP API (clients made for an app, events triggered with the servers' checks, channel and user authentication, signed URLs, end-to-end encrypted channels). Generated; do not edit.
 *
 * A Pusher app is an id, a key and a secret on a host (an apic_pusher_app, or a URL
 * `http://KEY:SECRET@HOST:PORT/apps/APP_ID`). A client made for one by sockudo_client_new_app()
 * signs every request the Pusher way (auth_key, auth_timestamp, auth_version, body_md5 and
 * auth_signature in the query, computed anew on every attempt), fills in the `app_id` path
 * parameter that a call leaves unset, and keeps what sockudo_client_new() sets by default. The
 * functions below are the runtime's (apic/pusher.h) in this SDK's types: events go through
 * sockudo_events_trigger() and sockudo_events_trigger_batch() (sockudo_pusher), checked first
 * against the servers' limits (APIC_PUSHER_MAX_CHANNELS channels, APIC_PUSHER_MAX_DATA bytes of
 * data, APIC_PUSHER_MAX_BATCH events a batch) and encrypted for `private-encrypted-` channels.
 *
 * @code
 * apic_pusher_app app = {"app-1", getenv("SOCKUDO_KEY"), getenv("SOCKUDO_SECRET"), "127.0.0.1", 6001, false, NULL};
 * sockudo_client *client = NULL;
 * sockudo_error err = {0};
 * if (sockudo_client_new_app(&app, NULL, &client, &err) != 0) { fprintf(stderr, "%s\n", err.message); return 1; }
 * const char *channels[] = {"orders"};
 * sockudo_trigger_result *answer = NULL;
 * if (sockudo_trigger(client, channels, 1, "order.created", "{\"id\":\"ord_1\"}", NULL, &answer, &err) == 0)
 *     sockudo_trigger_result_free(answer);
 * char *auth = NULL;  // the answer to a client library's request to subscribe to a private channel
 * if (sockudo_authorize_channel(client, "1234.1234", "private-orders", NULL, &auth, &err) == 0) free(auth);
 * sockudo_error_clear(&err);
 * sockudo_client_free(client);
 * @endcode
 */
#ifndef SOCKUDO_PUSHER_H
#define SOCKUDO_PUSHER_H

#include <stddef.h>

#include <apic/pusher.h>

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The operations events are triggered through, for the functions of apic/pusher.h:
 * sockudo_events_trigger() (`POST /apps/{app_id}/events`) for one event and
 * sockudo_events_trigger_batch() (`POST /apps/{app_id}/batch_events`) for a batch.
 */
APIC_EXPORT extern const apic_pusher_binding sockudo_pusher;

/**
 * Creates a client for a Pusher app. Its requests are signed with the app's key and secret, the
 * `app_id` path parameter of every operation defaults to app->app_id, its base URL is the app's
 * host and port (https with app->use_tls), and end-to-end encrypted channels use the app's master
 * key. The rest comes from cfg, as sockudo_client_new() takes it, with the same defaults (its
 * User-Agent, the idempotency header `X-Idempotency-Key` and the webhook scheme
 * sockudo_webhook_scheme).
 * @param app the app: app_id, key and secret are required; read during the call only
 * @param cfg everything else (timeouts, retries, logging, dead letters, webhook secrets),
 *        copied; its base_url, api_key and hmac_secret are the app's; NULL for the defaults
 * @param out receives the client (sockudo_client_free() it); NULL on failure
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_CONFIG naming the app member or config key at fault
 *        (`app.key: is required`, a master key that is not base64 of 32 bytes); APIC_E_ARG;
 *        APIC_E_NOMEM
 */
APIC_EXPORT int sockudo_client_new_app(const apic_pusher_app *app, const sockudo_config *cfg, sockudo_client **out,
                                       sockudo_error *err);

/**
 * Creates a client for the app a URL names, `http://KEY:SECRET@HOST:PORT/apps/APP_ID` (https for
 * TLS; key and secret percent-decoded), as sockudo_client_new_app() does. The secret's parsed copy
 * is wiped before it returns.
 * @param url the app's URL, e.g. from the environment
 * @param cfg everything else, as for sockudo_client_new_app(); NULL for the defaults
 * @param out receives the client (sockudo_client_free() it); NULL on failure
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_CONFIG naming what is missing or wrong in the URL (never showing the
 *        secret); or what sockudo_client_new_app() returns
 */
APIC_EXPORT int sockudo_client_new_url(const char *url, const sockudo_config *cfg, sockudo_client **out,
                                       sockudo_error *err);

/**
 * Publishes an event on n channels, through sockudo_events_trigger(). Checked first, and nothing
 * is sent when anything is wrong (APIC_E_VALIDATION naming the limit): 1 to
 * APIC_PUSHER_MAX_CHANNELS valid channel names (an encrypted channel alone), an event name of at
 * most APIC_PUSHER_MAX_EVENT_NAME characters, data of at most APIC_PUSHER_MAX_DATA bytes. For a
 * `private-encrypted-` channel the data is encrypted with the channel's key. The request is signed
 * and retried like any call, with one idempotency key on every attempt (opts->idempotency_key,
 * else a new UUID v4), so the server publishes the event once.
 * @param client a client from sockudo_client_new_app()
 * @param channels the channels' names; borrowed
 * @param n number of entries in channels
 * @param event the event's name
 * @param data the event's data as subscribers receive it (JSON text or any string)
 * @param opts the connection not to send it to (socket_id), the attributes to answer (info)
 *        and the idempotency key; may be NULL
 * @param out receives the answer on success (sockudo_trigger_result_free() it), NULL
 *        otherwise; may be NULL to discard. The event was published (or recognised as a retry):
 *        `{}`, or the attributes `info` asked for, per channel.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_VALIDATION (nothing sent); or what sockudo_events_trigger() returns
 *        (APIC_E_HTTP carries the HTTP status and body in err)
 */
APIC_EXPORT int sockudo_trigger(sockudo_client *client, const char *const *channels, size_t n, const char *event,
                                const char *data, const apic_pusher_trigger_options *opts, sockudo_trigger_result **out,
                                sockudo_error *err);

/**
 * Publishes n events (at most APIC_PUSHER_MAX_BATCH) in one request, through
 * sockudo_events_trigger_batch(): each checked and encrypted as sockudo_trigger() does, and sent
 * with its own idempotency key (events[i].idempotency_key, else a new one). Nothing is sent when
 * one event is wrong.
 * @param client a client from sockudo_client_new_app()
 * @param events the events (channel, name and data required); borrowed
 * @param n number of entries in events
 * @param out receives the answer on success (sockudo_batch_result_free() it), NULL
 *        otherwise; may be NULL to discard. The events were published.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_VALIDATION naming the event and the limit (nothing sent); or what
 *        sockudo_events_trigger_batch() returns
 */
APIC_EXPORT int sockudo_trigger_batch(sockudo_client *client, const apic_pusher_event *events, size_t n,
                                      sockudo_batch_result **out, sockudo_error *err);

/**
 * Publishes an event to every connection of a user: on the channel `#server-to-user-<user_id>`, as
 * sockudo_trigger() does (the user's client libraries receive it once signed in).
 * @param client a client from sockudo_client_new_app()
 * @param user_id the user's id, as the app signed the user in
 * @param event the event's name
 * @param data the event's data as the user's connections receive it
 * @param out receives the answer on success (sockudo_trigger_result_free() it), NULL
 *        otherwise; may be NULL to discard. The event was published (or recognised as a retry):
 *        `{}`, or the attributes `info` asked for, per channel.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return as sockudo_trigger()
 */
APIC_EXPORT int sockudo_send_to_user(sockudo_client *client, const char *user_id, const char *event, const char *data,
                                     sockudo_trigger_result **out, sockudo_error *err);

/**
 * The answer to a client library's request to subscribe a connection to a private, presence or
 * encrypted channel, as the JSON the library expects: `{"auth":"<key>:<signature>"}`, the
 * signature the hex HMAC-SHA256 of `socket_id:channel` (and `:channel_data` for a presence
 * channel) under the app's secret; with `channel_data` for a presence channel and `shared_secret`
 * (the channel's key) for an encrypted one. Nothing is sent to the server.
 * @param client a client from sockudo_client_new_app()
 * @param socket_id the connection's socket id, `<digits>.<digits>`, as the library sent it
 * @param channel the channel's name
 * @param channel_data for a presence channel, the member's JSON (it must hold a `user_id`),
 *        signed and returned exactly as given; NULL otherwise
 * @param json receives the answer (free() it); NULL on failure
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_VALIDATION naming what is wrong (the socket id, the channel name, a
 *        presence channel without channel_data, an encrypted channel without a master key);
 *        APIC_E_ARG; APIC_E_NOMEM
 */
APIC_EXPORT int sockudo_authorize_channel(const sockudo_client *client, const char *socket_id, const char *channel,
                                          const char *channel_data, char **json, sockudo_error *err);

/**
 * The answer to a client library's user authentication (sign-in) request:
 * `{"auth":"<key>:<signature>","user_data":"<user_data>"}`, the signature the hex HMAC-SHA256 of
 * `socket_id::user::user_data` under the app's secret. Nothing is sent to the server.
 * @param client a client from sockudo_client_new_app()
 * @param socket_id the connection's socket id, as the library sent it
 * @param user_data the user's JSON (it must hold an `id`), signed and returned exactly as
 *        given
 * @param json receives the answer (free() it); NULL on failure
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return as sockudo_authorize_channel()
 */
APIC_EXPORT int sockudo_authenticate_user(const sockudo_client *client, const char *socket_id, const char *user_data,
                                          char **json, sockudo_error *err);

/**
 * A signed URL of a request to the app's server, for a request this SDK does not make itself: the
 * base URL, path, the query of params (percent-encoded here) and the signing parameters (auth_key,
 * auth_timestamp, auth_version, body_md5 of body, auth_signature).
 * @param client a client from sockudo_client_new_app()
 * @param method the request's method, e.g. "GET"
 * @param path the request's path, e.g. "/apps/app-1/channels"
 * @param params the query parameters, each a name and a value (not encoded); may be NULL
 *        when n_params is 0
 * @param n_params number of entries in params
 * @param body the exact body the request will send, for body_md5; NULL for none
 * @param body_len bytes of body
 * @param timestamp auth_timestamp in Unix seconds; 0 for now
 * @param url receives the URL (free() it); NULL on failure
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_VALIDATION for a parameter that uses a reserved name (auth_key,
 *        auth_timestamp, auth_version, auth_signature, body_md5); APIC_E_ARG; APIC_E_NOMEM
 */
APIC_EXPORT int sockudo_signed_uri(const sockudo_client *client, const char *method, const char *path,
                                   const apic_header *params, size_t n_params, const char *body, size_t body_len,
                                   long long timestamp, char **url, sockudo_error *err);

/**
 * The key of an end-to-end encrypted channel: SHA-256 of the channel's name and the app's master
 * key, in base64 (what a channel authorization gives subscribers as `shared_secret`).
 * @param client a client from sockudo_client_new_app() for an app with a master key
 * @param channel the channel's name (it starts with `private-encrypted-`)
 * @param out receives the key: 44 characters of base64 and a NUL
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_VALIDATION (not an encrypted channel, no master key); APIC_E_ARG
 */
APIC_EXPORT int sockudo_shared_secret(const sockudo_client *client, const char *channel, char out[45],
                                      sockudo_error *err);

/**
 * Encrypts data for an encrypted channel, as sockudo_trigger() does before sending:
 * `{"nonce":"<base64>","ciphertext":"<base64>"}`, a NaCl secretbox under the channel's key with a
 * random 24-byte nonce.
 * @param client a client from sockudo_client_new_app() for an app with a master key
 * @param channel the channel's name (it starts with `private-encrypted-`)
 * @param data the bytes to encrypt
 * @param len number of bytes of data
 * @param json receives the encrypted data's JSON (free() it); NULL on failure
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_VALIDATION (not an encrypted channel, no master key); APIC_E_ARG;
 *        APIC_E_NOMEM
 */
APIC_EXPORT int sockudo_encrypt(const sockudo_client *client, const char *channel, const char *data, size_t len,
                                char **json, sockudo_error *err);

/**
 * Decrypts an encrypted channel's event data (the JSON sockudo_encrypt() makes).
 * @param client a client from sockudo_client_new_app() for an app with a master key
 * @param channel the channel's name
 * @param payload the event's data as received
 * @param payload_len bytes of payload
 * @param data receives the plain data, NUL-terminated (free() it); NULL on failure
 * @param len receives the number of bytes of *data
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_DECODE when payload is not such JSON or does not open under the
 *        channel's key (tampered with, or another key); APIC_E_ARG; APIC_E_NOMEM
 */
APIC_EXPORT int sockudo_decrypt(const sockudo_client *client, const char *channel, const char *payload,
                                size_t payload_len, char **data, size_t *len, sockudo_error *err);

/**
 * Decrypts, in a webhook body (`{"time_ms":...,"events":[...]}`), the `data` of every event of an
 * encrypted channel, into a new body that is otherwise the same JSON (a body without such an event
 * is copied). Call it once the webhook's signature was verified (sockudo_webhook_parse() verifies
 * and decodes; decode the decrypted body with sockudo_webhook_event_from_json()).
 * @param client a client from sockudo_client_new_app() for an app with a master key
 * @param body the webhook's body, as received
 * @param len bytes of body
 * @param out receives the new body, NUL-terminated (free() it); NULL on failure
 * @param out_len receives the number of bytes of *out
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_DECODE when the body is not such JSON or an event does not decrypt;
 *        APIC_E_NOMEM
 */
APIC_EXPORT int sockudo_webhook_decrypt(const sockudo_client *client, const char *body, size_t len, char **out,
                                        size_t *out_len, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
