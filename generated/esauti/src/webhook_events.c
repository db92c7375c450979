/* eSauti: the webhooks the API sends. Generated; do not edit. */
#include "internal.h"

const apic_webhook_scheme *const esauti_webhook_scheme = &APIC_WEBHOOK_STANDARD;

const apic_webhook_events esauti_webhook_events = {
    &esauti_webhook_event_Type, NULL, NULL
};

int esauti_webhook_parse(esauti_client *client, const apic_header *headers, size_t n_headers, const char *body, size_t len,
    esauti_webhook_event **out, esauti_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "esauti_webhook_parse: out must not be NULL");
    void *value = NULL;
    int rc = apic_webhook_parse(client, &esauti_webhook_events, headers, n_headers, body, len, &value, err);
    *out = (esauti_webhook_event *)value;
    return rc;
}
