/* Descriptors and entry points of Sockudo unions (oneOf/anyOf). Generated; do not edit. */
#include "internal.h"

/* Webhooks */
_Static_assert(sizeof(sockudo_webhook_event_kind) == sizeof(int), "union kinds are stored as int");
static const char *const sockudo_webhook_event_Values[] = {
    "channel_events",
};
static const apic_variant sockudo_webhook_event_Variants[] = {
    {&sockudo_webhook_batch_Type, offsetof(sockudo_webhook_event, as.channel_events), NULL, 0},
};
const apic_union_desc sockudo_webhook_event_desc = {
    { "Webhooks", sockudo_webhook_event_Values, 1 }, sockudo_webhook_event_Variants,
    NULL, sizeof(sockudo_webhook_event), offsetof(sockudo_webhook_event, kind), offsetof(sockudo_webhook_event, other)
};

void sockudo_webhook_event_free(sockudo_webhook_event *obj)
{
    apic_value_free(&sockudo_webhook_event_Type, obj);
}

int sockudo_webhook_event_from_json(const char *json, size_t len, sockudo_webhook_event **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&sockudo_webhook_event_Type, json, len, &value, err);
    *out = (sockudo_webhook_event *)value;
    return rc;
}

int sockudo_webhook_event_to_json(const sockudo_webhook_event *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&sockudo_webhook_event_Type, obj, out, err);
}
