/**
 * @file sockudo/history.h
 * @brief Sockudo: history operations. Generated; do not edit.
 */
#ifndef SOCKUDO_HISTORY_H
#define SOCKUDO_HISTORY_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of sockudo_history_list(). Zero-initialise, then set what you need. */
typedef struct sockudo_history_list_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The channel's name.
     * Example: `"orders"`.
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
} sockudo_history_list_params;

/**
 * Read a channel's history
 *
 * Returns one page of the channel's durable history, newest first by default. Pass the answer's
 * `next_cursor` back as `cursor` (with the same direction and bounds) for the next page; cursors
 * are opaque: store them as strings and do not parse them. Versioned messages appear as their
 * latest visible version.
 *
 * Paginated ('next_cursor' as 'cursor'): the `_iter_new()`, `_iter_next()` and `_iter_free()`
 * functions beside this one go through every item, asking for pages as they are needed.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/history`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param out receives the result on success (sockudo_history_page_free() it), NULL otherwise; may be NULL to discard. One page of history.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_history_list(sockudo_client *client, const sockudo_history_list_params *params,
                                     sockudo_history_page **out, sockudo_error *err);
/** Descriptor of sockudo_history_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_history_list_op;

/**
 * Completion of sockudo_history_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_history_list_async()
 * @param rc 0, or what sockudo_history_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_history_list()'s out would receive, owned by the callback
 * (sockudo_history_page_free() it); NULL otherwise
 * @param err the call's error, as sockudo_history_list() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_history_list_callback)(void *user_data, int rc, sockudo_history_page *result,
                                              sockudo_error *err);

/**
 * Read a channel's history
 *
 * Asynchronous form of sockudo_history_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what sockudo_history_list() would return; the
 * result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/history`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_history_list(); read before this returns
 * @param callback called with the outcome (see sockudo_history_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_history_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_history_list()
 */
APIC_EXPORT int sockudo_history_list_async(sockudo_client *client, const sockudo_history_list_params *params,
                                           sockudo_history_list_callback callback, void *user_data,
                                           apic_async_call **call, sockudo_error *err);

/** Iteration over every item of sockudo_history_list(), page after page (apic/pager.h). */
typedef struct apic_pager sockudo_history_list_iter;
/**
 * Starts iterating: nothing is sent before the first sockudo_history_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until sockudo_history_list_iter_free(); the cursor it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int sockudo_history_list_iter_new(sockudo_client *client, const sockudo_history_list_params *params,
                                              sockudo_history_list_iter **out, sockudo_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or sockudo_history_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int sockudo_history_list_iter_next(sockudo_history_list_iter *it, const sockudo_history_item **item,
                                               sockudo_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void sockudo_history_list_iter_free(sockudo_history_list_iter *it);

/** Parameters of sockudo_history_get_state(). Zero-initialise, then set what you need. */
typedef struct sockudo_history_get_state_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The channel's name.
     * Example: `"orders"`.
     * Required.
     */
    char *channel_name;
} sockudo_history_get_state_params;

/**
 * Inspect a channel's history stream
 *
 * Sockudo operator endpoint. Returns the channel's history stream: its id, the next serial, what
 * is retained, and whether it is healthy, degraded or must be reset before recovery can prove
 * continuity again.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/history/state`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param out receives the result on success (sockudo_history_state_free() it), NULL otherwise; may be NULL to discard. The stream's state.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_history_get_state(sockudo_client *client, const sockudo_history_get_state_params *params,
                                          sockudo_history_state **out, sockudo_error *err);
/** Descriptor of sockudo_history_get_state(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_history_get_state_op;

/**
 * Completion of sockudo_history_get_state_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_history_get_state_async()
 * @param rc 0, or what sockudo_history_get_state() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_history_get_state()'s out would receive, owned by the
 * callback (sockudo_history_state_free() it); NULL otherwise
 * @param err the call's error, as sockudo_history_get_state() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_history_get_state_callback)(void *user_data, int rc, sockudo_history_state *result,
                                                   sockudo_error *err);

/**
 * Inspect a channel's history stream
 *
 * Asynchronous form of sockudo_history_get_state(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_history_get_state() would
 * return; the result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/history/state`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_history_get_state(); read before this returns
 * @param callback called with the outcome (see sockudo_history_get_state_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_history_get_state() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_history_get_state()
 */
APIC_EXPORT int sockudo_history_get_state_async(sockudo_client *client, const sockudo_history_get_state_params *params,
                                                sockudo_history_get_state_callback callback, void *user_data,
                                                apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_history_reset(). Zero-initialise, then set what you need. */
typedef struct sockudo_history_reset_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The channel's name.
     * Example: `"orders"`.
     * Required.
     */
    char *channel_name;
} sockudo_history_reset_params;

/**
 * Reset a channel's history stream
 *
 * Sockudo operator endpoint, destructive. Rotates the channel's history stream to a new stream id
 * and drops what it retained, for a damaged or deliberately abandoned stream. Clients recovering
 * across the reset are told that continuity cannot be proven. The body must repeat the channel's
 * name and the operation (`reset`), with a reason for the audit log.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/history/reset`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param body request body: sockudo_history_reset_request, sent as JSON; required. The confirmation and the reason.
 * @param out receives the result on success (sockudo_history_reset_result_free() it), NULL otherwise; may be NULL to discard. The stream was reset.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_history_reset(sockudo_client *client, const sockudo_history_reset_params *params,
                                      const sockudo_history_reset_request *body, sockudo_history_reset_result **out,
                                      sockudo_error *err);
/** Descriptor of sockudo_history_reset(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_history_reset_op;

/**
 * Completion of sockudo_history_reset_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_history_reset_async()
 * @param rc 0, or what sockudo_history_reset() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_history_reset()'s out would receive, owned by the callback
 * (sockudo_history_reset_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_history_reset() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_history_reset_callback)(void *user_data, int rc, sockudo_history_reset_result *result,
                                               sockudo_error *err);

/**
 * Reset a channel's history stream
 *
 * Asynchronous form of sockudo_history_reset(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what sockudo_history_reset() would return; the
 * result is the callback's to free.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/history/reset`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_history_reset(); read before this returns
 * @param body request body, as for sockudo_history_reset(); read before this returns
 * @param callback called with the outcome (see sockudo_history_reset_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_history_reset() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_history_reset()
 */
APIC_EXPORT int sockudo_history_reset_async(sockudo_client *client, const sockudo_history_reset_params *params,
                                            const sockudo_history_reset_request *body,
                                            sockudo_history_reset_callback callback, void *user_data,
                                            apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_history_purge(). Zero-initialise, then set what you need. */
typedef struct sockudo_history_purge_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * The channel's name.
     * Example: `"orders"`.
     * Required.
     */
    char *channel_name;
} sockudo_history_purge_params;

/**
 * Purge a channel's retained history
 *
 * Sockudo operator endpoint, destructive. Deletes retained history (all of it, or what is older
 * than a serial or a time) without rotating the stream. The body must repeat the channel's name
 * and the operation (`purge`), with a reason for the audit log.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/history/purge`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param body request body: sockudo_history_purge_request, sent as JSON; required. What to purge, the confirmation and the reason.
 * @param out receives the result on success (sockudo_history_purge_result_free() it), NULL otherwise; may be NULL to discard. The history was purged.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_history_purge(sockudo_client *client, const sockudo_history_purge_params *params,
                                      const sockudo_history_purge_request *body, sockudo_history_purge_result **out,
                                      sockudo_error *err);
/** Descriptor of sockudo_history_purge(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_history_purge_op;

/**
 * Completion of sockudo_history_purge_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_history_purge_async()
 * @param rc 0, or what sockudo_history_purge() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_history_purge()'s out would receive, owned by the callback
 * (sockudo_history_purge_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_history_purge() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_history_purge_callback)(void *user_data, int rc, sockudo_history_purge_result *result,
                                               sockudo_error *err);

/**
 * Purge a channel's retained history
 *
 * Asynchronous form of sockudo_history_purge(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what sockudo_history_purge() would return; the
 * result is the callback's to free.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/history/purge`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_history_purge(); read before this returns
 * @param body request body, as for sockudo_history_purge(); read before this returns
 * @param callback called with the outcome (see sockudo_history_purge_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_history_purge() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_history_purge()
 */
APIC_EXPORT int sockudo_history_purge_async(sockudo_client *client, const sockudo_history_purge_params *params,
                                            const sockudo_history_purge_request *body,
                                            sockudo_history_purge_callback callback, void *user_data,
                                            apic_async_call **call, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
