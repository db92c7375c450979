/* The checks the Pusher servers make on names, made here first (pusher_internal.h): the npm
 * library's rules, so what it refuses is refused before anything is sent. */
#include <string.h>

#include "delivery/client_internal.h"
#include "events/pusher_internal.h"

/* Characters of a channel name (the npm library's /[A-Za-z0-9_\-=@,.;]/). */
static const char CHANNEL_CHARS[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-=@,.;";

const char *apic_pusher_quote(const char *s, char *buf, size_t cap)
{
    size_t max = cap - 4 < 48 ? cap - 4 : 48, i = 0;
    for (; s[i] != '\0' && i < max; i++) buf[i] = s[i] >= 0x20 && s[i] < 0x7f && s[i] != '\'' ? s[i] : '?';
    if (s[i] != '\0') {
        memcpy(buf + i, "...", 3);
        i += 3;
    }
    buf[i] = '\0';
    return buf;
}

bool apic_pusher_is_encrypted(const char *channel)
{
    return channel != NULL && strncmp(channel, APIC_PUSHER_ENCRYPTED_PREFIX, sizeof APIC_PUSHER_ENCRYPTED_PREFIX - 1) == 0;
}

int apic_pusher_check_channel(const char *channel, const char *what, apic_error *err)
{
    char q[64];
    if (channel == NULL || *channel == '\0') return apic_error_set(err, APIC_E_VALIDATION, "%s: a channel name is required", what);
    size_t n = strlen(channel);
    if (n > APIC_PUSHER_MAX_CHANNEL_NAME) {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: '%s' has %zu characters, more than the %d of a channel name "
                              "(APIC_PUSHER_MAX_CHANNEL_NAME)", what, apic_pusher_quote(channel, q, sizeof q), n,
                              APIC_PUSHER_MAX_CHANNEL_NAME);
    }
    if (strspn(channel, CHANNEL_CHARS) != n) {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: '%s' is not a channel name (only A-Z a-z 0-9 and _ - = @ , . ;)",
                              what, apic_pusher_quote(channel, q, sizeof q));
    }
    return 0;
}

int apic_pusher_check_socket_id(const char *socket_id, const char *what, apic_error *err)
{
    static const char digits[] = "0123456789";
    char q[64];
    if (socket_id == NULL || *socket_id == '\0') return apic_error_set(err, APIC_E_VALIDATION, "%s: is required", what);
    size_t a = strspn(socket_id, digits);
    size_t b = a > 0 && socket_id[a] == '.' ? strspn(socket_id + a + 1, digits) : 0;
    if (b == 0 || socket_id[a + 1 + b] != '\0') {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: '%s' is not a socket id (<digits>.<digits>)", what,
                              apic_pusher_quote(socket_id, q, sizeof q));
    }
    return 0;
}

int apic_pusher_check_signer(const apic_client *client, const char *fn, apic_error *err)
{
    if (client->http.api_key != NULL && client->http.hmac_key != NULL) return 0;
    return apic_error_set(err, APIC_E_CONFIG, "%s: the client has no app key and secret (config.api_key and "
                          "config.hmac_secret, as apic_pusher_client_new() sets them)", fn);
}
