/**
 * @file sockudo/messages.h
 * @brief Sockudo: messages operations. Generated; do not edit.
 */
#ifndef SOCKUDO_MESSAGES_H
#define SOCKUDO_MESSAGES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of sockudo_messages_get(). Zero-initialise, then set what you need. */
typedef struct sockudo_messages_get_params {
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
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
} sockudo_messages_get_params;

/**
 * Read a message's latest version
 *
 * Returns the latest visible version of a versioned (mutable) message, its updates and appends
 * rolled up.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial
 * @param out receives the result on success (sockudo_message_result_free() it), NULL otherwise; may be NULL to discard. The message.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_messages_get(sockudo_client *client, const sockudo_messages_get_params *params,
                                     sockudo_message_result **out, sockudo_error *err);
/** Descriptor of sockudo_messages_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_messages_get_op;

/**
 * Completion of sockudo_messages_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_messages_get_async()
 * @param rc 0, or what sockudo_messages_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_messages_get()'s out would receive, owned by the callback
 * (sockudo_message_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_messages_get() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_messages_get_callback)(void *user_data, int rc, sockudo_message_result *result,
                                              sockudo_error *err);

/**
 * Read a message's latest version
 *
 * Asynchronous form of sockudo_messages_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what sockudo_messages_get() would return; the
 * result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_messages_get(); read before this returns
 * @param callback called with the outcome (see sockudo_messages_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_messages_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_messages_get()
 */
APIC_EXPORT int sockudo_messages_get_async(sockudo_client *client, const sockudo_messages_get_params *params,
                                           sockudo_messages_get_callback callback, void *user_data,
                                           apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_messages_list_versions(). Zero-initialise, then set what you need. */
typedef struct sockudo_messages_list_versions_params {
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
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
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
     * The `next_cursor` of the previous page (a version serial), passed back unchanged.
     * Example: `"00000000000000000002:test:00000000000000000001"`.
     */
    char *cursor;
} sockudo_messages_list_versions_params;

/**
 * List a message's versions
 *
 * Returns one page of the message's preserved versions (its creation and every update, append and
 * delete), newest first by default; pass `next_cursor` back as `cursor` for the next page.
 *
 * Paginated ('next_cursor' as 'cursor'): the `_iter_new()`, `_iter_next()` and `_iter_free()`
 * functions beside this one go through every item, asking for pages as they are needed.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/versions`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial
 * @param out receives the result on success (sockudo_message_versions_free() it), NULL otherwise; may be NULL to discard. One page of versions.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_messages_list_versions(sockudo_client *client,
                                               const sockudo_messages_list_versions_params *params,
                                               sockudo_message_versions **out, sockudo_error *err);
/** Descriptor of sockudo_messages_list_versions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_messages_list_versions_op;

/**
 * Completion of sockudo_messages_list_versions_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to sockudo_messages_list_versions_async()
 * @param rc 0, or what sockudo_messages_list_versions() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what sockudo_messages_list_versions()'s out would receive, owned by the
 * callback (sockudo_message_versions_free() it); NULL otherwise
 * @param err the call's error, as sockudo_messages_list_versions() fills it; valid until the
 * callback returns
 */
typedef void (*sockudo_messages_list_versions_callback)(void *user_data, int rc, sockudo_message_versions *result,
                                                        sockudo_error *err);

/**
 * List a message's versions
 *
 * Asynchronous form of sockudo_messages_list_versions(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * sockudo_messages_list_versions() would return; the result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/versions`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_messages_list_versions(); read before this returns
 * @param callback called with the outcome (see sockudo_messages_list_versions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_messages_list_versions() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_messages_list_versions()
 */
APIC_EXPORT int sockudo_messages_list_versions_async(sockudo_client *client,
                                                     const sockudo_messages_list_versions_params *params,
                                                     sockudo_messages_list_versions_callback callback, void *user_data,
                                                     apic_async_call **call, sockudo_error *err);

/** Iteration over every item of sockudo_messages_list_versions(), page after page (apic/pager.h). */
typedef struct apic_pager sockudo_messages_list_versions_iter;
/**
 * Starts iterating: nothing is sent before the first sockudo_messages_list_versions_iter_next(). params is copied
 * shallowly: what it points to must stay valid until sockudo_messages_list_versions_iter_free(); the cursor it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int sockudo_messages_list_versions_iter_new(sockudo_client *client,
                                                        const sockudo_messages_list_versions_params *params,
                                                        sockudo_messages_list_versions_iter **out, sockudo_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or sockudo_messages_list_versions_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int sockudo_messages_list_versions_iter_next(sockudo_messages_list_versions_iter *it,
                                                         const sockudo_versioned_message **item, sockudo_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void sockudo_messages_list_versions_iter_free(sockudo_messages_list_versions_iter *it);

/** Parameters of sockudo_messages_update(). Zero-initialise, then set what you need. */
typedef struct sockudo_messages_update_params {
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
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
} sockudo_messages_update_params;

/**
 * Update a message
 *
 * Applies a shallow mixin update to the message's data and stores it as a new version; subscribers
 * receive a `sockudo:message.update` event. An `op_id` makes a retry return the first answer
 * instead of applying the update twice.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/update`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial
 * @param body request body: sockudo_message_update, sent as JSON; required. The new data and what the version records.
 * @param out receives the result on success (sockudo_mutation_result_free() it), NULL otherwise; may be NULL to discard. The mutation's outcome.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_messages_update(sockudo_client *client, const sockudo_messages_update_params *params,
                                        const sockudo_message_update *body, sockudo_mutation_result **out,
                                        sockudo_error *err);
/** Descriptor of sockudo_messages_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_messages_update_op;

/**
 * Completion of sockudo_messages_update_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_messages_update_async()
 * @param rc 0, or what sockudo_messages_update() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_messages_update()'s out would receive, owned by the
 * callback (sockudo_mutation_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_messages_update() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_messages_update_callback)(void *user_data, int rc, sockudo_mutation_result *result,
                                                 sockudo_error *err);

/**
 * Update a message
 *
 * Asynchronous form of sockudo_messages_update(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_messages_update() would return;
 * the result is the callback's to free.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/update`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_messages_update(); read before this returns
 * @param body request body, as for sockudo_messages_update(); read before this returns
 * @param callback called with the outcome (see sockudo_messages_update_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_messages_update() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_messages_update()
 */
APIC_EXPORT int sockudo_messages_update_async(sockudo_client *client, const sockudo_messages_update_params *params,
                                              const sockudo_message_update *body,
                                              sockudo_messages_update_callback callback, void *user_data,
                                              apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_messages_append(). Zero-initialise, then set what you need. */
typedef struct sockudo_messages_append_params {
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
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
} sockudo_messages_append_params;

/**
 * Append to a message
 *
 * Appends text to the message's string data (a streamed answer, token by token) and stores the
 * rolled-up result as a new version; subscribers receive a `sockudo:message.append` event with the
 * fragment.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/append`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial
 * @param body request body: sockudo_message_append, sent as JSON; required. The text to append and what the version records.
 * @param out receives the result on success (sockudo_mutation_result_free() it), NULL otherwise; may be NULL to discard. The mutation's outcome.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_messages_append(sockudo_client *client, const sockudo_messages_append_params *params,
                                        const sockudo_message_append *body, sockudo_mutation_result **out,
                                        sockudo_error *err);
/** Descriptor of sockudo_messages_append(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_messages_append_op;

/**
 * Completion of sockudo_messages_append_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_messages_append_async()
 * @param rc 0, or what sockudo_messages_append() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_messages_append()'s out would receive, owned by the
 * callback (sockudo_mutation_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_messages_append() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_messages_append_callback)(void *user_data, int rc, sockudo_mutation_result *result,
                                                 sockudo_error *err);

/**
 * Append to a message
 *
 * Asynchronous form of sockudo_messages_append(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_messages_append() would return;
 * the result is the callback's to free.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/append`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_messages_append(); read before this returns
 * @param body request body, as for sockudo_messages_append(); read before this returns
 * @param callback called with the outcome (see sockudo_messages_append_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_messages_append() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_messages_append()
 */
APIC_EXPORT int sockudo_messages_append_async(sockudo_client *client, const sockudo_messages_append_params *params,
                                              const sockudo_message_append *body,
                                              sockudo_messages_append_callback callback, void *user_data,
                                              apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_messages_delete(). Zero-initialise, then set what you need. */
typedef struct sockudo_messages_delete_params {
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
    /**
     * The serial of a versioned message, as its publication answered it.
     * Example: `"00000000000000000001:test:00000000000000000001"`.
     * Required.
     */
    char *message_serial;
} sockudo_messages_delete_params;

/**
 * Delete a message
 *
 * Soft-deletes the message: a delete version is stored (the earlier versions are kept) and
 * subscribers receive a `sockudo:message.delete` event.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/delete`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name, message_serial
 * @param body request body: sockudo_message_delete, sent as JSON; may be NULL. What the version records; may be omitted.
 * @param out receives the result on success (sockudo_mutation_result_free() it), NULL otherwise; may be NULL to discard. The mutation's outcome.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_messages_delete(sockudo_client *client, const sockudo_messages_delete_params *params,
                                        const sockudo_message_delete *body, sockudo_mutation_result **out,
                                        sockudo_error *err);
/** Descriptor of sockudo_messages_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_messages_delete_op;

/**
 * Completion of sockudo_messages_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_messages_delete_async()
 * @param rc 0, or what sockudo_messages_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_messages_delete()'s out would receive, owned by the
 * callback (sockudo_mutation_result_free() it); NULL otherwise
 * @param err the call's error, as sockudo_messages_delete() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_messages_delete_callback)(void *user_data, int rc, sockudo_mutation_result *result,
                                                 sockudo_error *err);

/**
 * Delete a message
 *
 * Asynchronous form of sockudo_messages_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what sockudo_messages_delete() would return;
 * the result is the callback's to free.
 *
 * `POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/delete`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_messages_delete(); read before this returns
 * @param body request body, as for sockudo_messages_delete(); read before this returns
 * @param callback called with the outcome (see sockudo_messages_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_messages_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_messages_delete()
 */
APIC_EXPORT int sockudo_messages_delete_async(sockudo_client *client, const sockudo_messages_delete_params *params,
                                              const sockudo_message_delete *body,
                                              sockudo_messages_delete_callback callback, void *user_data,
                                              apic_async_call **call, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
