/* eSauti: client creation and security schemes. Generated; do not edit. */
#include "internal.h"

const apic_security_scheme esauti_scheme_bearer_auth = { "bearerAuth", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL };

static const apic_hmac_scheme esauti_scheme_hmac_signature_hmac = { "X-eSauti-Timestamp", "sha256=" };
const apic_security_scheme esauti_scheme_hmac_signature = { "hmacSignature", APIC_AUTH_HMAC, APIC_IN_HEADER, "X-eSauti-Signature", &esauti_scheme_hmac_signature_hmac, NULL };

/* Members the spec marks as personal data (x-pii): masked in logs when redact_pii is on. */
static const char *const esauti_pii_keys[] = {
    "address",
    "answer",
    "assignee_name",
    "city",
    "comment",
    "date_of_birth",
    "destination_masked",
    "email",
    "fields",
    "first_name",
    "full_name",
    "ipAddress",
    "ip_address",
    "landmark",
    "last_name",
    "line1",
    "name",
    "new_values",
    "notes",
    "payer_phone",
    "phone",
    "received_by",
    "received_by_name",
    "recipient",
    "recipient_name",
    "username",
    NULL
};

int esauti_client_new(const esauti_config *cfg, esauti_client **out, esauti_error *err)
{
    if (cfg == NULL || out == NULL) {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "esauti_client_new: cfg and out must not be NULL");
    }
    apic_config copy = *cfg;
    if (copy.base_url == NULL) copy.base_url = ESAUTI_DEFAULT_BASE_URL;
    if (copy.user_agent == NULL) copy.user_agent = "esauti-c/" "1.0.0" " apic/" APIC_VERSION;
    if (copy.pii_keys == NULL) copy.pii_keys = esauti_pii_keys;
    if (copy.idempotency_header == NULL) copy.idempotency_header = "Idempotency-Key";
    if (copy.webhook_scheme == NULL) copy.webhook_scheme = esauti_webhook_scheme;
    return apic_client_new(&copy, out, err);
}

void esauti_client_free(esauti_client *client)
{
    apic_client_free(client);
}

void esauti_error_clear(esauti_error *err)
{
    apic_error_clear(err);
}
