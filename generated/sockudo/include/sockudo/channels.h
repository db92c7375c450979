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

#ifdef __cplusplus
}
#endif
#endif
