/* Sockudo: client creation and security schemes. Generated; do not edit. */
#include "internal.h"

const apic_security_scheme sockudo_scheme_pusher_signature = { "pusherSignature", APIC_AUTH_PUSHER, APIC_IN_QUERY, "auth_signature", NULL, NULL };

int sockudo_client_new(const sockudo_config *cfg, sockudo_client **out, sockudo_error *err)
{
    if (cfg == NULL || out == NULL) {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "sockudo_client_new: cfg and out must not be NULL");
    }
    apic_config copy = *cfg;
    if (copy.base_url == NULL) copy.base_url = SOCKUDO_DEFAULT_BASE_URL;
    if (copy.user_agent == NULL) copy.user_agent = "sockudo-c/" "2.0.0" " apic/" APIC_VERSION;
    if (copy.idempotency_header == NULL) copy.idempotency_header = "X-Idempotency-Key";
    if (copy.webhook_scheme == NULL) copy.webhook_scheme = sockudo_webhook_scheme;
    return apic_client_new(&copy, out, err);
}

int sockudo_client_new_app(const apic_pusher_app *app, const sockudo_config *cfg, sockudo_client **out, sockudo_error *err)
{
    if (app == NULL || out == NULL) {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "sockudo_client_new_app: app and out must not be NULL");
    }
    apic_config copy = APIC_CONFIG_INIT(NULL);
    if (cfg != NULL) copy = *cfg;
    if (copy.user_agent == NULL) copy.user_agent = "sockudo-c/" "2.0.0" " apic/" APIC_VERSION;
    if (copy.idempotency_header == NULL) copy.idempotency_header = "X-Idempotency-Key";
    if (copy.webhook_scheme == NULL) copy.webhook_scheme = sockudo_webhook_scheme;
    return apic_pusher_client_new(app, &copy, out, err);
}

int sockudo_client_new_url(const char *url, const sockudo_config *cfg, sockudo_client **out, sockudo_error *err)
{
    if (url == NULL || out == NULL) {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "sockudo_client_new_url: url and out must not be NULL");
    }
    apic_pusher_url parsed;
    int rc = apic_pusher_parse_url(url, &parsed, err);
    if (rc == 0) {
        rc = sockudo_client_new_app(&parsed.app, cfg, out, err);
    } else {
        *out = NULL;
    }
    /* The parsed parts hold the secret: the client has its own copy now. */
    volatile char *text = parsed.buffer;
    for (size_t i = 0; i < sizeof parsed.buffer; i++) text[i] = 0;
    return rc;
}

void sockudo_client_free(sockudo_client *client)
{
    apic_client_free(client);
}

void sockudo_error_clear(sockudo_error *err)
{
    apic_error_clear(err);
}
