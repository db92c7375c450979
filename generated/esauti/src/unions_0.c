/* Descriptors and entry points of eSauti unions (oneOf/anyOf). Generated; do not edit. */
#include "internal.h"

/* Webhooks */
_Static_assert(sizeof(esauti_webhook_event_kind) == sizeof(int), "union kinds are stored as int");
static const char *const esauti_webhook_event_Values[] = {
    "contact_created",
    "contact_updated",
    "contact_deleted",
    "form_submitted",
    "email_opened",
};
static const char *const esauti_webhook_event_Tags[] = {
    "contact.created",
    "contact.updated",
    "contact.deleted",
    "form.submitted",
    "email.opened",
};
static const apic_variant esauti_webhook_event_Variants[] = {
    {&esauti_contact_created_webhook_Type, offsetof(esauti_webhook_event, as.contact_created), esauti_webhook_event_Tags + 0, 1},
    {&esauti_contact_updated_webhook_Type, offsetof(esauti_webhook_event, as.contact_updated), esauti_webhook_event_Tags + 1, 1},
    {&esauti_contact_deleted_webhook_Type, offsetof(esauti_webhook_event, as.contact_deleted), esauti_webhook_event_Tags + 2, 1},
    {&esauti_form_submitted_webhook_Type, offsetof(esauti_webhook_event, as.form_submitted), esauti_webhook_event_Tags + 3, 1},
    {&esauti_email_opened_webhook_Type, offsetof(esauti_webhook_event, as.email_opened), esauti_webhook_event_Tags + 4, 1},
};
const apic_union_desc esauti_webhook_event_desc = {
    { "Webhooks", esauti_webhook_event_Values, 5 }, esauti_webhook_event_Variants,
    "type", sizeof(esauti_webhook_event), offsetof(esauti_webhook_event, kind), offsetof(esauti_webhook_event, other)
};

void esauti_webhook_event_free(esauti_webhook_event *obj)
{
    apic_value_free(&esauti_webhook_event_Type, obj);
}

int esauti_webhook_event_from_json(const char *json, size_t len, esauti_webhook_event **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_webhook_event_Type, json, len, &value, err);
    *out = (esauti_webhook_event *)value;
    return rc;
}

int esauti_webhook_event_to_json(const esauti_webhook_event *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_webhook_event_Type, obj, out, err);
}
