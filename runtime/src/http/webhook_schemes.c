/* The senders' schemes the runtime knows by name (apic/webhook.h): data, not code. */
#include <string.h>

#include "apic/webhook.h"

const apic_webhook_scheme APIC_WEBHOOK_STANDARD = {
    .name = "Standard Webhooks",
    .signature_header = "webhook-signature",
    .prefix = "v1,",
    .separator = ' ',
    .encoding = APIC_WEBHOOK_BASE64,
    .signed_content = "{id}.{timestamp}.{body}",
    .timestamp_header = "webhook-timestamp",
    .id_header = "webhook-id",
    .secret_format = APIC_WEBHOOK_SECRET_WHSEC,
    .tolerance_s = 300,
};

const apic_webhook_scheme APIC_WEBHOOK_SVIX = {
    .name = "Svix",
    .signature_header = "svix-signature",
    .prefix = "v1,",
    .separator = ' ',
    .encoding = APIC_WEBHOOK_BASE64,
    .signed_content = "{id}.{timestamp}.{body}",
    .timestamp_header = "svix-timestamp",
    .id_header = "svix-id",
    .secret_format = APIC_WEBHOOK_SECRET_WHSEC,
    .tolerance_s = 300,
};

const apic_webhook_scheme APIC_WEBHOOK_PUSHER = {
    .name = "Pusher",
    .signature_header = "X-Pusher-Signature",
    .encoding = APIC_WEBHOOK_HEX,
    .signed_content = "{body}",
    .timestamp_member = "time_ms",
    .timestamp_ms = true,
    .key_header = "X-Pusher-Key",
    .secret_format = APIC_WEBHOOK_SECRET_TEXT,
    .tolerance_s = 300,
};

const apic_webhook_scheme APIC_WEBHOOK_SCHEMATIC = {
    .name = "Schematic",
    .signature_header = "X-Schematic-Webhook-Signature",
    .encoding = APIC_WEBHOOK_HEX,
    .signed_content = "{body}+{timestamp}",
    .timestamp_header = "X-Schematic-Webhook-Timestamp",
    .secret_format = APIC_WEBHOOK_SECRET_TEXT,
    .tolerance_s = 300,
};

const apic_webhook_scheme *apic_webhook_scheme_named(const char *name)
{
    if (name == NULL) return NULL;
    if (strcmp(name, "standard-webhooks") == 0) return &APIC_WEBHOOK_STANDARD;
    if (strcmp(name, "svix") == 0) return &APIC_WEBHOOK_SVIX;
    if (strcmp(name, "pusher") == 0) return &APIC_WEBHOOK_PUSHER;
    if (strcmp(name, "schematic") == 0) return &APIC_WEBHOOK_SCHEMATIC;
    return NULL;
}
