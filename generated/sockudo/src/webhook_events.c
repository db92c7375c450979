/* Sockudo: the webhooks the API sends. Generated; do not edit. */
#include "internal.h"

const apic_webhook_scheme *const sockudo_webhook_scheme = &APIC_WEBHOOK_PUSHER;

const apic_webhook_events sockudo_webhook_events = {
    &sockudo_webhook_event_Type, NULL, NULL
};

int sockudo_webhook_parse(sockudo_client *client, const apic_header *headers, size_t n_headers, const char *body, size_t len,
    sockudo_webhook_event **out, sockudo_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "sockudo_webhook_parse: out must not be NULL");
    void *value = NULL;
    int rc = apic_webhook_parse(client, &sockudo_webhook_events, headers, n_headers, body, len, &value, err);
    *out = (sockudo_webhook_event *)value;
    return rc;
}
