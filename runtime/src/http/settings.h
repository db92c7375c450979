/* What every request of a client is built with: where it goes, as whom, with which fixed
 * headers. The client owns one (delivery/client_internal.h); request building only reads it. */
#ifndef APIC_HTTP_SETTINGS_H
#define APIC_HTTP_SETTINGS_H

#include <stdbool.h>

#include "apic/request.h"
#include "apic/sign.h"
#include "http/auth.h"
#include "http/hmac.h"

typedef struct apic_http_settings {
    char *base_url;
    /* Credentials, owned; NULL when not configured (an empty one counts as not configured). */
    char *token;
    char *api_key;
    char *username;
    char *password;
    char *hmac_secret;
    apic_hmac_key *hmac_key; /* keyed with hmac_secret, when there is one */
    char *user_agent;
    char *idempotency_header;
    bool has_signer;
    apic_signer signer;
    apic_param_value *path_params; /* names and values owned: defaults of string path parameters */
    size_t n_path_params;
} apic_http_settings;

/* The credentials of s, as the security schemes read them. */
static inline apic_credentials apic_http_credentials(const apic_http_settings *s)
{
    apic_credentials c = {s->token, s->api_key, s->username, s->password, s->hmac_secret};
    return c;
}

#endif
