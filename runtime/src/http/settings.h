/* What every request of a client is built with: where it goes, as whom, with which fixed
 * headers. The client owns one (delivery/client_internal.h); request building only reads it. */
#ifndef APIC_HTTP_SETTINGS_H
#define APIC_HTTP_SETTINGS_H

#include <stdbool.h>
#include <string.h>

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
    apic_server_url *servers;      /* owned: where operations with a server of their own go instead */
    size_t n_servers;
} apic_http_settings;

/* The base URL of op's requests: its own server (redirected when s->servers says so) or base_url. */
static inline const char *apic_http_base_url(const apic_http_settings *s, const apic_operation *op)
{
    if (op->server == NULL) return s->base_url;
    const char *any = NULL;
    for (size_t i = 0; i < s->n_servers; i++) {
        if (strcmp(s->servers[i].spec_url, op->server) == 0) return s->servers[i].url;
        if (strcmp(s->servers[i].spec_url, "*") == 0) any = s->servers[i].url;
    }
    return any != NULL ? any : op->server;
}

/* The credentials of s, as the security schemes read them. */
static inline apic_credentials apic_http_credentials(const apic_http_settings *s)
{
    apic_credentials c = {s->token, s->api_key, s->username, s->password, s->hmac_secret};
    return c;
}

#endif
