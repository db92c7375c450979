/**
 * @file esauti/webhook_events.h
 * @brief eSauti: the webhooks the API sends, verified and decoded into esauti_webhook_event. Generated; do not edit.
 *
 * The API sends 5 webhooks (listed at esauti_webhook_parse()). esauti_webhook_parse() verifies a
 * received webhook and decodes it into a esauti_webhook_event (models.h): `kind` says which
 * webhook it is, `as` holds its payload, and `other` keeps a webhook this SDK version does not
 * know.
 *
 * @code
 * apic_webhook_secret secrets[] = {{NULL, getenv("ESAUTI_WEBHOOK_SECRET")}};  // newest first
 * esauti_config cfg = ESAUTI_CONFIG_INIT;
 * cfg.webhook_secrets = secrets;
 * cfg.n_webhook_secrets = 1;
 * esauti_client *client = NULL;
 * if (esauti_client_new(&cfg, &client, &err) != 0) { ... }
 * // for each webhook received: its headers and its body, exactly as received
 * esauti_webhook_event *event = NULL;
 * if (esauti_webhook_parse(client, headers, n_headers, body, body_len, &event, &err) == 0) {
 *     switch (event->kind) {
 *     case ESAUTI_WEBHOOK_EVENT_CONTACT_CREATED: handle(event->as.contact_created); break;
 *     default: break;  // ESAUTI_WEBHOOK_EVENT_UNKNOWN_VALUE: event->other is the raw JSON
 *     }
 *     esauti_webhook_event_free(event);
 * }  // else answer 400: err.kind is APIC_E_WEBHOOK_* (not signed as the scheme says) or APIC_E_DECODE
 * @endcode
 */
#ifndef ESAUTI_WEBHOOK_EVENTS_H
#define ESAUTI_WEBHOOK_EVENTS_H

#include <stddef.h>

#include <apic/webhook.h>
#include <apic/webhook_receive.h>

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The webhooks for apic_webhook_parse(): the union of their payloads (esauti_webhook_event); which
 * webhook a request is comes from the payload's `type` member.
 */
APIC_EXPORT extern const apic_webhook_events esauti_webhook_events;

/**
 * How the API signs its webhooks: Standard Webhooks (APIC_WEBHOOK_STANDARD, as sdk.yaml says:
 * `scheme: standard-webhooks`). esauti_client_new() puts it in config.webhook_scheme when that is
 * NULL; apic_webhook_sign() signs with it (tests, forwarding).
 */
APIC_EXPORT extern const apic_webhook_scheme *const esauti_webhook_scheme;

/**
 * Verifies one webhook the API sent and decodes its payload into a new esauti_webhook_event, whose
 * `kind` says which webhook it is:
 *
 * - ESAUTI_WEBHOOK_EVENT_CONTACT_CREATED: `contactCreated`, A contact was created. Payload in
 *   `as.contact_created`: esauti_contact_created_webhook * (schema ContactCreatedWebhook). Chosen
 *   when `type` is `contact.created`.
 * - ESAUTI_WEBHOOK_EVENT_CONTACT_UPDATED: `contactUpdated`, A contact changed. Payload in
 *   `as.contact_updated`: esauti_contact_updated_webhook * (schema ContactUpdatedWebhook). Chosen
 *   when `type` is `contact.updated`.
 * - ESAUTI_WEBHOOK_EVENT_CONTACT_DELETED: `contactDeleted`, A contact was deleted. Payload in
 *   `as.contact_deleted`: esauti_contact_deleted_webhook * (schema ContactDeletedWebhook). Chosen
 *   when `type` is `contact.deleted`.
 * - ESAUTI_WEBHOOK_EVENT_FORM_SUBMITTED: `formSubmitted`, A form was submitted. Payload in
 *   `as.form_submitted`: esauti_form_submitted_webhook * (schema FormSubmittedWebhook). Chosen
 *   when `type` is `form.submitted`.
 * - ESAUTI_WEBHOOK_EVENT_EMAIL_OPENED: `emailOpened`, An email was opened. Payload in
 *   `as.email_opened`: esauti_email_opened_webhook * (schema EmailOpenedWebhook). Chosen when
 *   `type` is `email.opened`.
 * - ESAUTI_WEBHOOK_EVENT_UNKNOWN_VALUE (0): a payload none of them takes, kept as raw JSON in
 *   `other`: a webhook this SDK version does not know is never lost.
 *
 * Nothing is decoded before the signature is checked, with the client's config.webhook_scheme and
 * config.webhook_secrets (several, newest first, while a secret is rotated); a timestamp, when the
 * scheme has one, must be within config.webhook_tolerance_s of now (0: the scheme's). The default
 * scheme is Standard Webhooks (APIC_WEBHOOK_STANDARD, as sdk.yaml says:
 * `scheme: standard-webhooks`). Without a scheme or without secrets the webhook is decoded
 * unverified, as anyone could have sent it, and each such parse is logged at warn level;
 * apic_client_verifies_webhooks() tells at start-up.
 *
 * @param client a client from esauti_client_new(): its config holds the scheme and the secrets
 * @param headers the request's headers as received (names in any case)
 * @param n_headers the number of entries of headers
 * @param body the request's body exactly as received (len bytes, not necessarily NUL-terminated)
 * @param len the length of body in bytes
 * @param out receives the webhook on success (esauti_webhook_event_free() it), NULL otherwise
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0; APIC_E_WEBHOOK_HEADER, APIC_E_WEBHOOK_MALFORMED, APIC_E_WEBHOOK_TIMESTAMP or
 *   APIC_E_WEBHOOK_SIGNATURE when the webhook is not signed as the scheme says (nothing is
 *   decoded); APIC_E_DECODE when the body is not the payload its kind describes; APIC_E_ARG,
 *   APIC_E_NOMEM
 */
APIC_EXPORT int esauti_webhook_parse(esauti_client *client, const apic_header *headers, size_t n_headers,
                                     const char *body, size_t len, esauti_webhook_event **out, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
