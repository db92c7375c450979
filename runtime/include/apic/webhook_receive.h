/**
 * @file apic/webhook_receive.h
 * @brief Receiving typed webhooks: verified with the client's scheme and secrets, then decoded
 * into the tagged union a generated SDK declares for its spec's `webhooks` section.
 *
 * A generated SDK describes its webhooks with an apic_webhook_events (the union of their
 * payloads, and how the sender says which event it posts) and wraps apic_webhook_parse() as
 * `<prefix>_webhook_parse()`. The client verifies with config.webhook_scheme (the SDK's default
 * comes from its sdk.yaml) and config.webhook_secrets. Without a scheme or without secrets a
 * webhook is still decoded, but nothing vouches for it: each such parse is logged at warn level
 * as unverified, and apic_client_verifies_webhooks() tells a program at start-up.
 */
#ifndef APIC_WEBHOOK_RECEIVE_H
#define APIC_WEBHOOK_RECEIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "client.h"
#include "desc.h"
#include "error.h"
#include "export.h"
#include "transport.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The webhooks of an API, as its generated SDK describes them. The event's kind is chosen by the
 * value of event_header when there is one (header_values[k - 1] selects kind k; a value this SDK
 * does not know keeps the body as raw JSON in the union's `other`, kind 0); without the header,
 * or without an event_header, by the union's discriminator member in the body, else by the
 * payload's shape (see apic_union_desc), a payload none of them takes also kept in `other`: a
 * webhook of a kind this SDK does not know is never lost.
 */
typedef struct apic_webhook_events {
    /** APIC_UNION over the payloads: what a parse allocates and decodes into. */
    const apic_type *type;
    /** The header whose value names the event, or NULL. */
    const char *event_header;
    /** With event_header: the value that selects each kind, indexed by kind - 1 (NULL: none). */
    const char *const *header_values;
} apic_webhook_events;

/**
 * Verifies one webhook with client's scheme and secrets (apic_webhook_verify(): body and headers
 * exactly as received) and decodes it into a new value of w->type, stored in *out: free it with
 * apic_value_free(w->type, *out) or the generated `_free`. Without a scheme or secrets the
 * webhook is decoded unverified and a warn-level record says so. Returns 0, the verifier's
 * status (APIC_E_WEBHOOK_*: nothing is decoded), APIC_E_DECODE when the body is not the payload
 * its kind describes, APIC_E_ARG, APIC_E_NOMEM. *out is NULL on failure.
 */
APIC_EXPORT int apic_webhook_parse(apic_client *client, const apic_webhook_events *w, const apic_header *headers,
                                   size_t n_headers, const char *body, size_t len, void **out, apic_error *err);

/** Whether client verifies the webhooks it parses: it has a scheme and at least one secret. */
APIC_EXPORT bool apic_client_verifies_webhooks(const apic_client *client);

#ifdef __cplusplus
}
#endif
#endif
