/* SuprSend: client creation and security schemes. Generated; do not edit. */
#include "internal.h"

const apic_security_scheme suprsend_scheme_bearer_auth = { "BearerAuth", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL };

const apic_security_scheme suprsend_scheme_service_token_auth = { "ServiceTokenAuth", APIC_AUTH_API_KEY, APIC_IN_HEADER, "Authorization", NULL, "ServiceToken " };

int suprsend_client_new(const suprsend_config *cfg, suprsend_client **out, suprsend_error *err)
{
    if (cfg == NULL || out == NULL) {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "suprsend_client_new: cfg and out must not be NULL");
    }
    apic_config copy = *cfg;
    if (copy.base_url == NULL) copy.base_url = SUPRSEND_DEFAULT_BASE_URL;
    if (copy.user_agent == NULL) copy.user_agent = "suprsend-c/" "1.2.2" " apic/" APIC_VERSION;
    return apic_client_new(&copy, out, err);
}

void suprsend_client_free(suprsend_client *client)
{
    apic_client_free(client);
}

void suprsend_error_clear(suprsend_error *err)
{
    apic_error_clear(err);
}
