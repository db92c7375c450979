/* Sockudo: the Pusher Channels protocol, the runtime's (apic/pusher.h) in this SDK's types. Generated; do not edit. */
#include "internal.h"

const apic_pusher_binding sockudo_pusher = { &sockudo_events_trigger_op, &sockudo_events_trigger_batch_op };

int sockudo_trigger(sockudo_client *client, const char *const *channels, size_t n, const char *event, const char *data,
    const apic_pusher_trigger_options *opts, sockudo_trigger_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_pusher_trigger(client, &sockudo_pusher, channels, n, event, data, opts, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_trigger_result *)result;
    return rc;
}

int sockudo_trigger_batch(sockudo_client *client, const apic_pusher_event *events, size_t n, sockudo_batch_result **out,
    sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_pusher_trigger_batch(client, &sockudo_pusher, events, n, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_batch_result *)result;
    return rc;
}

int sockudo_send_to_user(sockudo_client *client, const char *user_id, const char *event,
    const char *data, sockudo_trigger_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_pusher_send_to_user(client, &sockudo_pusher, user_id, event, data, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_trigger_result *)result;
    return rc;
}

int sockudo_authorize_channel(const sockudo_client *client, const char *socket_id, const char *channel, const char *channel_data,
    char **json, sockudo_error *err)
{
    return apic_pusher_authorize_channel(client, socket_id, channel, channel_data, json, err);
}

int sockudo_authenticate_user(const sockudo_client *client, const char *socket_id, const char *user_data, char **json, sockudo_error *err)
{
    return apic_pusher_authenticate_user(client, socket_id, user_data, json, err);
}

int sockudo_signed_uri(const sockudo_client *client, const char *method, const char *path, const apic_header *params, size_t n_params,
    const char *body, size_t body_len, long long timestamp, char **url, sockudo_error *err)
{
    return apic_pusher_signed_uri(client, method, path, params, n_params, body, body_len, timestamp, url, err);
}

int sockudo_shared_secret(const sockudo_client *client, const char *channel, char out[45], sockudo_error *err)
{
    return apic_pusher_shared_secret(client, channel, out, err);
}

int sockudo_encrypt(const sockudo_client *client, const char *channel, const char *data, size_t len, char **json, sockudo_error *err)
{
    return apic_pusher_encrypt(client, channel, data, len, json, err);
}

int sockudo_decrypt(const sockudo_client *client, const char *channel, const char *payload, size_t payload_len, char **data,
    size_t *len, sockudo_error *err)
{
    return apic_pusher_decrypt(client, channel, payload, payload_len, data, len, err);
}

int sockudo_webhook_decrypt(const sockudo_client *client, const char *body, size_t len, char **out, size_t *out_len,
    sockudo_error *err)
{
    return apic_pusher_webhook_decrypt(client, body, len, out, out_len, err);
}
