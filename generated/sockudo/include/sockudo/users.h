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

#ifdef __cplusplus
}
#endif
#endif
