/**
 * @file sockudo/webhook_events.h
 * @brief Sockudo: the webhooks the API sends, verified and decoded into sockudo_webhook_event. Generated; do not edit.
 *
 * The API sends one webhook (listed at sockudo_webhook_parse()). sockudo_webhook_parse() verifies
 * a received webhook and decodes it into a sockudo_webhook_event (models.h): `kind` says which
 * webhook it is, `as` holds its payload, and `other` keeps a webhook this SDK version does not
 * know.
 *
 * @code
 * apic_webhook_secret secrets[] = {{NULL, getenv("SOCKUDO_WEBHOOK_SECRET")}};  // newest first
 * sockudo_config cfg = SOCKUDO_CONFIG_INIT;
 * cfg.webhook_secrets = secrets;
 * cfg.n_webhook_secrets = 1;
 * sockudo_client *client = NULL;
 * if (sockudo_client_new(&cfg, &client, &err) != 0) { ... }
 * // for each webhook received: its headers and its body, exactly as received
 * sockudo_webhook_event *event = NULL;
 * if (sockudo_webhook_parse(client, headers, n_headers, body, body_len, &event, &err) == 0) {
 *     switch (event->kind) {
 *     case SOCKUDO_WEBHOOK_EVENT_CHANNEL_EVENTS: handle(event->as.channel_events); break;
 *     default: break;  // SOCKUDO_WEBHOOK_EVENT_UNKNOWN_VALUE: event->other is the raw JSON
 *     }
 *     sockudo_webhook_event_free(event);
 * }  // else answer 400: err.kind is APIC_E_WEBHOOK_* (not signed as the scheme says) or APIC_E_DECODE
 * @endcode
 */
#ifndef SOCKUDO_WEBHOOK_EVENTS_H
#define SOCKUDO_WEBHOOK_EVENTS_H

#include <stddef.h>

#include <apic/webhook.h>
#include <apic/webhook_receive.h>

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The webhooks for apic_webhook_parse(): the union of their payloads (sockudo_webhook_event);
 * which webhook a request is comes from the payload's shape.
 */
APIC_EXPORT extern const apic_webhook_events sockudo_webhook_events;

/**
 * How the API signs its webhooks: Pusher (APIC_WEBHOOK_PUSHER, as sdk.yaml says:
 * `scheme: pusher`). sockudo_client_new() puts it in config.webhook_scheme when that is NULL;
 * apic_webhook_sign() signs with it (tests, forwarding).
 */
APIC_EXPORT extern const apic_webhook_scheme *const sockudo_webhook_scheme;

/**
 * Verifies one webhook the API sent and decodes its payload into a new sockudo_webhook_event,
 * whose `kind` says which webhook it is:
 *
 * - SOCKUDO_WEBHOOK_EVENT_CHANNEL_EVENTS: `channelEvents`, Events of an app's channels. Payload
 *   in `as.channel_events`: sockudo_webhook_batch * (schema WebhookBatch). The only webhook:
 *   chosen when the payload fits its schema (has the members it requires).
 * - SOCKUDO_WEBHOOK_EVENT_UNKNOWN_VALUE (0): a payload none of them takes, kept as raw JSON in
 *   `other`: a webhook this SDK version does not know is never lost.
 *
 * Nothing is decoded before the signature is checked, with the client's config.webhook_scheme and
 * config.webhook_secrets (several, newest first, while a secret is rotated); a timestamp, when the
 * scheme has one, must be within config.webhook_tolerance_s of now (0: the scheme's). The default
 * scheme is Pusher (APIC_WEBHOOK_PUSHER, as sdk.yaml says: `scheme: pusher`). Without a scheme or
 * without secrets the webhook is decoded unverified, as anyone could have sent it, and each such
 * parse is logged at warn level; apic_client_verifies_webhooks() tells at start-up.
 *
 * @param client a client from sockudo_client_new(): its config holds the scheme and the secrets
 * @param headers the request's headers as received (names in any case)
 * @param n_headers the number of entries of headers
 * @param body the request's body exactly as received (len bytes, not necessarily NUL-terminated)
 * @param len the length of body in bytes
 * @param out receives the webhook on success (sockudo_webhook_event_free() it), NULL otherwise
 * @param err receives details on failure (may be NULL); release with sockudo_error_clear()
 * @return 0; APIC_E_WEBHOOK_HEADER, APIC_E_WEBHOOK_MALFORMED, APIC_E_WEBHOOK_TIMESTAMP or
 *   APIC_E_WEBHOOK_SIGNATURE when the webhook is not signed as the scheme says (nothing is
 *   decoded); APIC_E_DECODE when the body is not the payload its kind describes; APIC_E_ARG,
 *   APIC_E_NOMEM
 */
APIC_EXPORT int sockudo_webhook_parse(sockudo_client *client, const apic_header *headers, size_t n_headers,
                                      const char *body, size_t len, sockudo_webhook_event **out, sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
