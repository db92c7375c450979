/* Schematic's webhook signatures (webhook_verify.h), through the runtime's verifier. */
#include "schematic/schematic.h"

int schematic_verify_webhook(const char *secret, const apic_header *headers, size_t n_headers, const char *body,
                             size_t len, schematic_error *err)
{
    if (secret == NULL || *secret == '\0') return apic_error_set(err, APIC_E_ARG, "schematic_verify_webhook: a secret is required");
    apic_webhook_secret s = {NULL, secret};
    apic_webhook_verifier *v = NULL;
    int rc = apic_webhook_verifier_new(&APIC_WEBHOOK_SCHEMATIC, &s, 1, 0, &v, err);
    if (rc == 0) rc = apic_webhook_verify(v, headers, n_headers, body, len, 0, err);
    apic_webhook_verifier_free(v);
    return rc;
}

int schematic_verify_signature(const char *body, size_t len, const char *signature, const char *timestamp,
                               const char *secret, schematic_error *err)
{
    apic_header headers[2] = {{SCHEMATIC_WEBHOOK_SIGNATURE_HEADER, signature}, {SCHEMATIC_WEBHOOK_TIMESTAMP_HEADER, timestamp}};
    size_t n = 0;
    /* A missing value is a missing header, which the verifier names. */
    if (signature != NULL) n++;
    if (timestamp != NULL) headers[n++] = headers[1];
    return schematic_verify_webhook(secret, headers, n, body, len, err);
}
