/**
 * @file sockudo/users.h
 * @brief Sockudo: users operations. Generated; do not edit.
 */
#ifndef SOCKUDO_USERS_H
#define SOCKUDO_USERS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of sockudo_users_terminate_connections(). Zero-initialise, then set what you need. */
typedef struct sockudo_users_terminate_connections_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The user's id, as the app gave it when the user signed in.
     * Example: `"user-42"`.
     * Required.
     */
    char *user_id;
} sockudo_users_terminate_connections_params;

/**
 * Disconnect a user
 *
 * Closes every WebSocket connection of the user, on every Sockudo node that shares the adapter (an
 * account suspended, a sign-out from every device).
 *
 * `POST /apps/{app_id}/users/{user_id}/terminate_connections`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, user_id
 * @param out receives the result on success (sockudo_json_map_free() it), NULL otherwise; may be NULL to discard. The connections are being closed; Sockudo answers `{}`.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_users_terminate_connections(sockudo_client *client,
                                                    const sockudo_users_terminate_connections_params *params,
                                                    apic_json_map **out, sockudo_error *err);
/** Descriptor of sockudo_users_terminate_connections(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_users_terminate_connections_op;

/**
 * Completion of sockudo_users_terminate_connections_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to sockudo_users_terminate_connections_async()
 * @param rc 0, or what sockudo_users_terminate_connections() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_users_terminate_connections()'s out would receive, owned
 * by the callback (sockudo_json_map_free() it); NULL otherwise
 * @param err the call's error, as sockudo_users_terminate_connections() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_users_terminate_connections_callback)(void *user_data, int rc, apic_json_map *result,
                                                             sockudo_error *err);

/**
 * Disconnect a user
 *
 * Asynchronous form of sockudo_users_terminate_connections(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * sockudo_users_terminate_connections() would return; the result is the callback's to free.
 *
 * `POST /apps/{app_id}/users/{user_id}/terminate_connections`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_users_terminate_connections(); read before this returns
 * @param callback called with the outcome (see sockudo_users_terminate_connections_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_users_terminate_connections() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_users_terminate_connections()
 */
APIC_EXPORT int sockudo_users_terminate_connections_async(sockudo_client *client,
                                                          const sockudo_users_terminate_connections_params *params,
                                                          sockudo_users_terminate_connections_callback callback,
                                                          void *user_data, apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_users_force_reconnect(). Zero-initialise, then set what you need. */
typedef struct sockudo_users_force_reconnect_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The user's id, as the app gave it when the user signed in.
     * Example: `"user-42"`.
     * Required.
     */
    char *user_id;
} sockudo_users_force_reconnect_params;

/**
 * Make a user's connections reconnect
 *
 * Closes every connection of the user with close code 4200, which tells the client libraries to
 * reconnect at once (after a change to what the user may subscribe to).
 *
 * `POST /apps/{app_id}/users/{user_id}/force_reconnect`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, user_id
 * @param out receives the result on success (sockudo_json_map_free() it), NULL otherwise; may be NULL to discard. The connections are being closed; Sockudo answers `{}`.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_users_force_reconnect(sockudo_client *client,
                                              const sockudo_users_force_reconnect_params *params, apic_json_map **out,
                                              sockudo_error *err);
/** Descriptor of sockudo_users_force_reconnect(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_users_force_reconnect_op;

/**
 * Completion of sockudo_users_force_reconnect_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_users_force_reconnect_async()
 * @param rc 0, or what sockudo_users_force_reconnect() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_users_force_reconnect()'s out would receive, owned by the
 * callback (sockudo_json_map_free() it); NULL otherwise
 * @param err the call's error, as sockudo_users_force_reconnect() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_users_force_reconnect_callback)(void *user_data, int rc, apic_json_map *result,
                                                       sockudo_error *err);

/**
 * Make a user's connections reconnect
 *
 * Asynchronous form of sockudo_users_force_reconnect(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what sockudo_users_force_reconnect()
 * would return; the result is the callback's to free.
 *
 * `POST /apps/{app_id}/users/{user_id}/force_reconnect`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_users_force_reconnect(); read before this returns
 * @param callback called with the outcome (see sockudo_users_force_reconnect_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_users_force_reconnect() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_users_force_reconnect()
 */
APIC_EXPORT int sockudo_users_force_reconnect_async(sockudo_client *client,
                                                    const sockudo_users_force_reconnect_params *params,
                                                    sockudo_users_force_reconnect_callback callback, void *user_data,
                                                    apic_async_call **call, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
