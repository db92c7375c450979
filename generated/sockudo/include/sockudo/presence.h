/**
 * @file sockudo/presence.h
 * @brief Sockudo: presence operations. Generated; do not edit.
 */
#ifndef SOCKUDO_PRESENCE_H
#define SOCKUDO_PRESENCE_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of sockudo_presence_list_users(). Zero-initialise, then set what you need. */
typedef struct sockudo_presence_list_users_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The name of a presence channel (it starts with `presence-`).
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel_name;
} sockudo_presence_list_users_params;

/**
 * List the members of a presence channel
 *
 * Returns the users subscribed to a presence channel now (each once, however many connections it
 * has).
 *
 * `GET /apps/{app_id}/channels/{channel_name}/users`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param out receives the result on success (sockudo_presence_users_free() it), NULL otherwise; may be NULL to discard. The channel's members.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_presence_list_users(sockudo_client *client, const sockudo_presence_list_users_params *params,
                                            sockudo_presence_users **out, sockudo_error *err);
/** Descriptor of sockudo_presence_list_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_presence_list_users_op;

/**
 * Completion of sockudo_presence_list_users_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_presence_list_users_async()
 * @param rc 0, or what sockudo_presence_list_users() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_presence_list_users()'s out would receive, owned by the
 * callback (sockudo_presence_users_free() it); NULL otherwise
 * @param err the call's error, as sockudo_presence_list_users() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_presence_list_users_callback)(void *user_data, int rc, sockudo_presence_users *result,
                                                     sockudo_error *err);

/**
 * List the members of a presence channel
 *
 * Asynchronous form of sockudo_presence_list_users(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_presence_list_users() would
 * return; the result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/users`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_presence_list_users(); read before this returns
 * @param callback called with the outcome (see sockudo_presence_list_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_presence_list_users() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_presence_list_users()
 */
APIC_EXPORT int sockudo_presence_list_users_async(sockudo_client *client,
                                                  const sockudo_presence_list_users_params *params,
                                                  sockudo_presence_list_users_callback callback, void *user_data,
                                                  apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_presence_list_history(). Zero-initialise, then set what you need. */
typedef struct sockudo_presence_list_history_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The name of a presence channel (it starts with `presence-`).
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel_name;
    bool has_limit; /**< true when limit is set */
    /**
     * Page size; the server caps it (1000, or lower by channel policy) and uses its maximum when
     * unset.
     * Example: `50`.
     */
    int32_t limit;
    bool has_direction; /**< true when direction is set */
    /**
     * The order of the page; `newest_first` when unset.
     * Example: `"newest_first"`.
     */
    sockudo_direction_val direction;
    /**
     * The `next_cursor` of the previous page, passed back unchanged (opaque; at most 16 KiB). The
     * request's direction and bounds must be those of the page that gave it.
     * Example: `"eyJ2ZXJzaW9uIjoxLCJzZXJpYWwiOjQyfQ"`.
     */
    char *cursor;
    bool has_start_serial; /**< true when start_serial is set */
    /**
     * Only entries whose serial is at least this.
     * Example: `1`.
     */
    int64_t start_serial;
    bool has_end_serial; /**< true when end_serial is set */
    /**
     * Only entries whose serial is at most this (not below start_serial).
     * Example: `100`.
     */
    int64_t end_serial;
    bool has_start_time_ms; /**< true when start_time_ms is set */
    /**
     * Only entries published at or after this time, in Unix milliseconds.
     * Example: `1767225600000`.
     */
    int64_t start_time_ms;
    bool has_end_time_ms; /**< true when end_time_ms is set */
    /**
     * Only entries published at or before this time, in Unix milliseconds (not before start_time_ms).
     * Example: `1767229200000`.
     */
    int64_t end_time_ms;
} sockudo_presence_list_history_params;

/**
 * Read a presence channel's join and leave history
 *
 * Returns one page of the presence channel's retained membership transitions (who joined or left,
 * when and why), with the same paging and range controls as channel history. This is history, not
 * the current member list (see the users endpoint).
 *
 * Paginated ('next_cursor' as 'cursor'): the `_iter_new()`, `_iter_next()` and `_iter_free()`
 * functions beside this one go through every item, asking for pages as they are needed.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/presence/history`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param out receives the result on success (sockudo_presence_history_page_free() it), NULL otherwise; may be NULL to discard. One page of presence history.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_presence_list_history(sockudo_client *client,
                                              const sockudo_presence_list_history_params *params,
                                              sockudo_presence_history_page **out, sockudo_error *err);
/** Descriptor of sockudo_presence_list_history(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_presence_list_history_op;

/**
 * Completion of sockudo_presence_list_history_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_presence_list_history_async()
 * @param rc 0, or what sockudo_presence_list_history() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_presence_list_history()'s out would receive, owned by the
 * callback (sockudo_presence_history_page_free() it); NULL otherwise
 * @param err the call's error, as sockudo_presence_list_history() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_presence_list_history_callback)(void *user_data, int rc, sockudo_presence_history_page *result,
                                                       sockudo_error *err);

/**
 * Read a presence channel's join and leave history
 *
 * Asynchronous form of sockudo_presence_list_history(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what sockudo_presence_list_history()
 * would return; the result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/presence/history`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_presence_list_history(); read before this returns
 * @param callback called with the outcome (see sockudo_presence_list_history_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_presence_list_history() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_presence_list_history()
 */
APIC_EXPORT int sockudo_presence_list_history_async(sockudo_client *client,
                                                    const sockudo_presence_list_history_params *params,
                                                    sockudo_presence_list_history_callback callback, void *user_data,
                                                    apic_async_call **call, sockudo_error *err);

/** Iteration over every item of sockudo_presence_list_history(), page after page (apic/pager.h). */
typedef struct apic_pager sockudo_presence_list_history_iter;
/**
 * Starts iterating: nothing is sent before the first sockudo_presence_list_history_iter_next(). params is copied
 * shallowly: what it points to must stay valid until sockudo_presence_list_history_iter_free(); the cursor it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int sockudo_presence_list_history_iter_new(sockudo_client *client,
                                                       const sockudo_presence_list_history_params *params,
                                                       sockudo_presence_list_history_iter **out, sockudo_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or sockudo_presence_list_history_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int sockudo_presence_list_history_iter_next(sockudo_presence_list_history_iter *it,
                                                        const sockudo_presence_history_item **item, sockudo_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void sockudo_presence_list_history_iter_free(sockudo_presence_list_history_iter *it);

/** Parameters of sockudo_presence_get_history_state(). Zero-initialise, then set what you need. */
typedef struct sockudo_presence_get_history_state_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The name of a presence channel (it starts with `presence-`).
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel_name;
} sockudo_presence_get_history_state_params;

/**
 * Inspect a presence-history stream
 *
 * Sockudo operator endpoint. Returns the presence-history stream's continuity and degradation
 * state.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/presence/history/state`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param out receives the result on success (sockudo_presence_history_state_free() it), NULL otherwise; may be NULL to discard. The stream's state.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_presence_get_history_state(sockudo_client *client,
                                                   const sockudo_presence_get_history_state_params *params,
                                                   sockudo_presence_history_state **out, sockudo_error *err);
/** Descriptor of sockudo_presence_get_history_state(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_presence_get_history_state_op;

/**
 * Completion of sockudo_presence_get_history_state_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to sockudo_presence_get_history_state_async()
 * @param rc 0, or what sockudo_presence_get_history_state() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_presence_get_history_state()'s out would receive, owned by
 * the callback (sockudo_presence_history_state_free() it); NULL otherwise
 * @param err the call's error, as sockudo_presence_get_history_state() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_presence_get_history_state_callback)(void *user_data, int rc,
                                                            sockudo_presence_history_state *result, sockudo_error *err);

/**
 * Inspect a presence-history stream
 *
 * Asynchronous form of sockudo_presence_get_history_state(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * sockudo_presence_get_history_state() would return; the result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/presence/history/state`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_presence_get_history_state(); read before this returns
 * @param callback called with the outcome (see sockudo_presence_get_history_state_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_presence_get_history_state() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_presence_get_history_state()
 */
APIC_EXPORT int sockudo_presence_get_history_state_async(sockudo_client *client,
                                                         const sockudo_presence_get_history_state_params *params,
                                                         sockudo_presence_get_history_state_callback callback,
                                                         void *user_data, apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_presence_reset_history(). Zero-initialise, then set what you need. */
typedef struct sockudo_presence_reset_history_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The name of a presence channel (it starts with `presence-`).
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel_name;
} sockudo_presence_reset_history_params;

/**
 * Reset a presence-history stream
 *
 * Sockudo operator endpoint, destructive. Rotates the presence channel's history stream and drops
 * its retained transitions (current membership is not affected). The body must repeat the
 * channel's name and the operation (`reset`), with a reason for the audit log.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/presence/history/reset`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param body request body: sockudo_presence_history_reset_request, sent as JSON; required. The confirmation and the reason.
 * @param out receives the result on success (sockudo_presence_history_reset_result_free() it), NULL otherwise; may be NULL to discard. The stream was reset.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_presence_reset_history(sockudo_client *client,
                                               const sockudo_presence_reset_history_params *params,
                                               const sockudo_presence_history_reset_request *body,
                                               sockudo_presence_history_reset_result **out, sockudo_error *err);
/** Descriptor of sockudo_presence_reset_history(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_presence_reset_history_op;

/**
 * Completion of sockudo_presence_reset_history_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_presence_reset_history_async()
 * @param rc 0, or what sockudo_presence_reset_history() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_presence_reset_history()'s out would receive, owned by the
 * callback (sockudo_presence_history_reset_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_presence_reset_history() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_presence_reset_history_callback)(void *user_data, int rc,
                                                        sockudo_presence_history_reset_result *result,
                                                        sockudo_error *err);

/**
 * Reset a presence-history stream
 *
 * Asynchronous form of sockudo_presence_reset_history(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * sockudo_presence_reset_history() would return; the result is the callback's to free.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/presence/history/reset`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_presence_reset_history(); read before this returns
 * @param body request body, as for sockudo_presence_reset_history(); read before this returns
 * @param callback called with the outcome (see sockudo_presence_reset_history_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_presence_reset_history() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_presence_reset_history()
 */
APIC_EXPORT int sockudo_presence_reset_history_async(sockudo_client *client,
                                                     const sockudo_presence_reset_history_params *params,
                                                     const sockudo_presence_history_reset_request *body,
                                                     sockudo_presence_reset_history_callback callback, void *user_data,
                                                     apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_presence_get_snapshot(). Zero-initialise, then set what you need. */
typedef struct sockudo_presence_get_snapshot_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The name of a presence channel (it starts with `presence-`).
     * Example: `"presence-lobby"`.
     * Required.
     */
    char *channel_name;
    bool has_at_time_ms; /**< true when at_time_ms is set */
    /**
     * The membership as of this time, in Unix milliseconds.
     * Example: `1767225600000`.
     */
    int64_t at_time_ms;
    bool has_at_serial; /**< true when at_serial is set */
    /**
     * The membership as of this presence-history serial.
     * Example: `42`.
     */
    int64_t at_serial;
} sockudo_presence_get_snapshot_params;

/**
 * Reconstruct a presence channel's membership
 *
 * Replays the retained presence history to reconstruct who was a member at a time or a serial
 * (both inclusive), or now without either. For operational reconstruction; the users endpoint
 * returns the live members.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/presence/history/snapshot`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param out receives the result on success (sockudo_presence_snapshot_free() it), NULL otherwise; may be NULL to discard. The reconstructed membership.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_presence_get_snapshot(sockudo_client *client,
                                              const sockudo_presence_get_snapshot_params *params,
                                              sockudo_presence_snapshot **out, sockudo_error *err);
/** Descriptor of sockudo_presence_get_snapshot(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_presence_get_snapshot_op;

/**
 * Completion of sockudo_presence_get_snapshot_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_presence_get_snapshot_async()
 * @param rc 0, or what sockudo_presence_get_snapshot() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_presence_get_snapshot()'s out would receive, owned by the
 * callback (sockudo_presence_snapshot_free() it); NULL otherwise
 * @param err the call's error, as sockudo_presence_get_snapshot() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_presence_get_snapshot_callback)(void *user_data, int rc, sockudo_presence_snapshot *result,
                                                       sockudo_error *err);

/**
 * Reconstruct a presence channel's membership
 *
 * Asynchronous form of sockudo_presence_get_snapshot(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what sockudo_presence_get_snapshot()
 * would return; the result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/presence/history/snapshot`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_presence_get_snapshot(); read before this returns
 * @param callback called with the outcome (see sockudo_presence_get_snapshot_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_presence_get_snapshot() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_presence_get_snapshot()
 */
APIC_EXPORT int sockudo_presence_get_snapshot_async(sockudo_client *client,
                                                    const sockudo_presence_get_snapshot_params *params,
                                                    sockudo_presence_get_snapshot_callback callback, void *user_data,
                                                    apic_async_call **call, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
