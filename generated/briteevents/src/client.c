/* BriteEvents: client creation and security schemes. Generated; do not edit. */
#include "internal.h"

const apic_security_scheme briteevents_scheme_bearer_auth = { "bearerAuth", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL };

/* Members the spec marks as personal data (x-pii): masked in logs when redact_pii is on. */
static const char *const briteevents_pii_keys[] = {
    "email",
    "name",
    NULL
};

int briteevents_client_new(const briteevents_config *cfg, briteevents_client **out, briteevents_error *err)
{
    if (cfg == NULL || out == NULL) {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "briteevents_client_new: cfg and out must not be NULL");
    }
    apic_config copy = *cfg;
    if (copy.base_url == NULL) copy.base_url = BRITEEVENTS_DEFAULT_BASE_URL;
    if (copy.user_agent == NULL) copy.user_agent = "briteevents-c/" "1.0.0" " apic/" APIC_VERSION;
    if (copy.pii_keys == NULL) copy.pii_keys = briteevents_pii_keys;
    if (copy.idempotency_header == NULL) copy.idempotency_header = "Idempotency-Key";
    return apic_client_new(&copy, out, err);
}

void briteevents_client_free(briteevents_client *client)
{
    apic_client_free(client);
}

void briteevents_error_clear(briteevents_error *err)
{
    apic_error_clear(err);
}
