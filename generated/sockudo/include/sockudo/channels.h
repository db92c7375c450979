/**
 * @file sockudo/channels.h
 * @brief Sockudo: channels operations. Generated; do not edit.
 */
#ifndef SOCKUDO_CHANNELS_H
#define SOCKUDO_CHANNELS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of sockudo_channels_list(). Zero-initialise, then set what you need. */
typedef struct sockudo_channels_list_params {
    /**
     * The app's id. A client made for an app (sockudo_client_new_app()) fills it in when a call leaves
     * it unset.
     * Example: `"app-1"`.
     * Required.
     */
    char *app_id;
    /**
     * Only channels whose name starts with this text, e.g. `presence-`.
     * Example: `"presence-"`.
     */
    char *filter_by_prefix;
    /**
     * Attributes to return per channel, comma-separated: `user_count` (presence channels only: needs
     * `filter_by_prefix=presence-`) and `subscription_count`.
     * Example: `"user_count"`.
     */
    char *info;
} sockudo_channels_list_params;

/**
 * List occupied channels
 *
 * Returns the channels that have at least one subscriber, optionally only those whose name starts
 * with `filter_by_prefix`. Use it for dashboards and administrative tools, not as a substitute for
 * subscribing.
 *
 * `GET /apps/{app_id}/channels`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id
 * @param out receives the result on success (sockudo_channel_list_free() it), NULL otherwise; may be NULL to discard. The occupied channels, by name.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_channels_list(sockudo_client *client, const sockudo_channels_list_params *params,
                                      sockudo_channel_list **out, sockudo_error *err);
/** Descriptor of sockudo_channels_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_channels_list_op;

/**
 * Completion of sockudo_channels_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_channels_list_async()
 * @param rc 0, or what sockudo_channels_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_channels_list()'s out would receive, owned by the callback
 * (sockudo_channel_list_free() it); NULL otherwise
 * @param err the call's error, as sockudo_channels_list() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_channels_list_callback)(void *user_data, int rc, sockudo_channel_list *result,
                                               sockudo_error *err);

/**
 * List occupied channels
 *
 * Asynchronous form of sockudo_channels_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what sockudo_channels_list() would return; the
 * result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_channels_list(); read before this returns
 * @param callback called with the outcome (see sockudo_channels_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_channels_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_channels_list()
 */
APIC_EXPORT int sockudo_channels_list_async(sockudo_client *client, const sockudo_channels_list_params *params,
                                            sockudo_channels_list_callback callback, void *user_data,
                                            apic_async_call **call, sockudo_error *err);

/** Parameters of sockudo_channels_get(). Zero-initialise, then set what you need. */
typedef struct sockudo_channels_get_params {
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
     * Attributes to return, comma-separated (`user_count`, `subscription_count`, `cache`).
     * Example: `"subscription_count"`.
     */
    char *info;
} sockudo_channels_get_params;

/**
 * Read a channel's state
 *
 * Returns whether the channel is occupied and, when `info` asks for them, its number of distinct
 * users (presence channels) and of subscriptions. Channels matched by Sockudo's AI transport also
 * report their streams (`ai`).
 *
 * `GET /apps/{app_id}/channels/{channel_name}`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters; required: app_id, channel_name
 * @param out receives the result on success (sockudo_channel_info_free() it), NULL otherwise; may be NULL to discard. The channel's state.
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int sockudo_channels_get(sockudo_client *client, const sockudo_channels_get_params *params,
                                     sockudo_channel_info **out, sockudo_error *err);
/** Descriptor of sockudo_channels_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation sockudo_channels_get_op;

/**
 * Completion of sockudo_channels_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to sockudo_channels_get_async()
 * @param rc 0, or what sockudo_channels_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what sockudo_channels_get()'s out would receive, owned by the callback
 * (sockudo_channel_info_free() it); NULL otherwise
 * @param err the call's error, as sockudo_channels_get() fills it; valid until the callback
 * returns
 */
typedef void (*sockudo_channels_get_callback)(void *user_data, int rc, sockudo_channel_info *result,
                                              sockudo_error *err);

/**
 * Read a channel's state
 *
 * Asynchronous form of sockudo_channels_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what sockudo_channels_get() would return; the
 * result is the callback's to free.
 *
 * `GET /apps/{app_id}/channels/{channel_name}`
 *
 * @param client a client from sockudo_client_new()
 * @param params parameters, as for sockudo_channels_get(); read before this returns
 * @param callback called with the outcome (see sockudo_channels_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * sockudo_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what sockudo_channels_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see sockudo_channels_get()
 */
APIC_EXPORT int sockudo_channels_get_async(sockudo_client *client, const sockudo_channels_get_params *params,
                                           sockudo_channels_get_callback callback, void *user_data,
                                           apic_async_call **call, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
