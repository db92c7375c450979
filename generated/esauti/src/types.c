/* Enumerations and type descriptors of eSauti. Generated; do not edit. */
#include "internal.h"

static const char *const esauti_sort_direction_Values[] = {
    "asc",
    "desc",
};
const apic_enum_desc esauti_sort_direction_enum_desc = { "SortDirection", esauti_sort_direction_Values, 2 };
_Static_assert(sizeof(esauti_sort_direction) == sizeof(int), "enum slots are stored as int");

const char *esauti_sort_direction_to_string(esauti_sort_direction value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_sort_direction_Values[value - 1] : NULL;
}

static const char *const esauti_sort_field_Values[] = {
    "id",
    "name",
    "dateAdded",
    "dateModified",
};
const apic_enum_desc esauti_sort_field_enum_desc = { "SortField", esauti_sort_field_Values, 4 };
_Static_assert(sizeof(esauti_sort_field) == sizeof(int), "enum slots are stored as int");

const char *esauti_sort_field_to_string(esauti_sort_field value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_sort_field_Values[value - 1] : NULL;
}

static const char *const esauti_contact_sort_field_Values[] = {
    "id",
    "email",
    "firstname",
    "lastname",
    "dateAdded",
    "dateModified",
    "points",
};
const apic_enum_desc esauti_contact_sort_field_enum_desc = { "ContactSortField", esauti_contact_sort_field_Values, 7 };
_Static_assert(sizeof(esauti_contact_sort_field) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_sort_field_to_string(esauti_contact_sort_field value)
{
    return value >= 1 && (size_t)value <= 7 ? esauti_contact_sort_field_Values[value - 1] : NULL;
}

static const char *const esauti_segment_filter_glue_Values[] = {
    "and",
    "or",
};
const apic_enum_desc esauti_segment_filter_glue_enum_desc = { "SegmentFilter.glue", esauti_segment_filter_glue_Values, 2 };
_Static_assert(sizeof(esauti_segment_filter_glue) == sizeof(int), "enum slots are stored as int");

const char *esauti_segment_filter_glue_to_string(esauti_segment_filter_glue value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_segment_filter_glue_Values[value - 1] : NULL;
}

static const char *const esauti_segment_filter_object_Values[] = {
    "contact",
    "company",
};
const apic_enum_desc esauti_segment_filter_object_enum_desc = { "SegmentFilter.object", esauti_segment_filter_object_Values, 2 };
_Static_assert(sizeof(esauti_segment_filter_object) == sizeof(int), "enum slots are stored as int");

const char *esauti_segment_filter_object_to_string(esauti_segment_filter_object value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_segment_filter_object_Values[value - 1] : NULL;
}

static const char *const esauti_filter_operator_Values[] = {
    "eq",
    "neq",
    "gt",
    "gte",
    "lt",
    "lte",
    "empty",
    "notEmpty",
    "like",
    "notLike",
    "in",
    "notIn",
    "startsWith",
    "endsWith",
    "contains",
};
const apic_enum_desc esauti_filter_operator_enum_desc = { "FilterOperator", esauti_filter_operator_Values, 15 };
_Static_assert(sizeof(esauti_filter_operator) == sizeof(int), "enum slots are stored as int");

const char *esauti_filter_operator_to_string(esauti_filter_operator value)
{
    return value >= 1 && (size_t)value <= 15 ? esauti_filter_operator_Values[value - 1] : NULL;
}

static const char *const esauti_form_kind_Values[] = {
    "standalone",
    "campaign",
};
const apic_enum_desc esauti_form_kind_enum_desc = { "FormKind", esauti_form_kind_Values, 2 };
_Static_assert(sizeof(esauti_form_kind) == sizeof(int), "enum slots are stored as int");

const char *esauti_form_kind_to_string(esauti_form_kind value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_form_kind_Values[value - 1] : NULL;
}

static const char *const esauti_field_type_Values[] = {
    "text",
    "email",
    "textarea",
    "select",
    "checkbox",
    "radio",
    "number",
    "date",
    "datetime",
    "tel",
    "url",
    "country",
    "hidden",
    "file",
    "button",
};
const apic_enum_desc esauti_field_type_enum_desc = { "FieldType", esauti_field_type_Values, 15 };
_Static_assert(sizeof(esauti_field_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_field_type_to_string(esauti_field_type value)
{
    return value >= 1 && (size_t)value <= 15 ? esauti_field_type_Values[value - 1] : NULL;
}

static const char *const esauti_form_post_action_Values[] = {
    "message",
    "redirect",
    "return",
};
const apic_enum_desc esauti_form_post_action_enum_desc = { "Form.postAction", esauti_form_post_action_Values, 3 };
_Static_assert(sizeof(esauti_form_post_action) == sizeof(int), "enum slots are stored as int");

const char *esauti_form_post_action_to_string(esauti_form_post_action value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_form_post_action_Values[value - 1] : NULL;
}

static const char *const esauti_email_kind_Values[] = {
    "template",
    "list",
};
const apic_enum_desc esauti_email_kind_enum_desc = { "EmailKind", esauti_email_kind_Values, 2 };
_Static_assert(sizeof(esauti_email_kind) == sizeof(int), "enum slots are stored as int");

const char *esauti_email_kind_to_string(esauti_email_kind value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_email_kind_Values[value - 1] : NULL;
}

static const char *const esauti_note_kind_Values[] = {
    "general",
    "email",
    "call",
    "meeting",
};
const apic_enum_desc esauti_note_kind_enum_desc = { "NoteKind", esauti_note_kind_Values, 4 };
_Static_assert(sizeof(esauti_note_kind) == sizeof(int), "enum slots are stored as int");

const char *esauti_note_kind_to_string(esauti_note_kind value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_note_kind_Values[value - 1] : NULL;
}

static const char *const esauti_note_sort_field_Values[] = {
    "id",
    "dateTime",
    "type",
    "dateAdded",
};
const apic_enum_desc esauti_note_sort_field_enum_desc = { "NoteSortField", esauti_note_sort_field_Values, 4 };
_Static_assert(sizeof(esauti_note_sort_field) == sizeof(int), "enum slots are stored as int");

const char *esauti_note_sort_field_to_string(esauti_note_sort_field value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_note_sort_field_Values[value - 1] : NULL;
}

static const char *const esauti_webhook_trigger_type_Values[] = {
    "contact.created",
    "contact.updated",
    "contact.deleted",
    "contact.points_changed",
    "contact.stage_changed",
    "contact.dnc_changed",
    "company.created",
    "company.updated",
    "company.deleted",
    "form.submitted",
    "email.sent",
    "email.opened",
    "campaign.contact_added",
    "segment.contact_changed",
};
const apic_enum_desc esauti_webhook_trigger_type_enum_desc = { "WebhookTriggerType", esauti_webhook_trigger_type_Values, 14 };
_Static_assert(sizeof(esauti_webhook_trigger_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_webhook_trigger_type_to_string(esauti_webhook_trigger_type value)
{
    return value >= 1 && (size_t)value <= 14 ? esauti_webhook_trigger_type_Values[value - 1] : NULL;
}

static const char *const esauti_event_receipt_status_Values[] = {
    "accepted",
    "duplicate",
    "rejected",
};
const apic_enum_desc esauti_event_receipt_status_enum_desc = { "EventReceipt.status", esauti_event_receipt_status_Values, 3 };
_Static_assert(sizeof(esauti_event_receipt_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_event_receipt_status_to_string(esauti_event_receipt_status value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_event_receipt_status_Values[value - 1] : NULL;
}

static const char *const esauti_customer_created_data_language_Values[] = {
    "en",
    "sw",
};
const apic_enum_desc esauti_customer_created_data_language_enum_desc = { "customer_created_data.language", esauti_customer_created_data_language_Values, 2 };
_Static_assert(sizeof(esauti_customer_created_data_language) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_created_data_language_to_string(esauti_customer_created_data_language value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_customer_created_data_language_Values[value - 1] : NULL;
}

static const char *const esauti_customer_created_data_source_Values[] = {
    "signup",
    "checkout",
    "import",
    "api",
    "pos",
    "admin",
};
const apic_enum_desc esauti_customer_created_data_source_enum_desc = { "customer_created_data.source", esauti_customer_created_data_source_Values, 6 };
_Static_assert(sizeof(esauti_customer_created_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_created_data_source_to_string(esauti_customer_created_data_source value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_customer_created_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_customer_updated_data_updated_by_Values[] = {
    "customer",
    "staff",
    "api",
    "import",
};
const apic_enum_desc esauti_customer_updated_data_updated_by_enum_desc = { "customer_updated_data.updated_by", esauti_customer_updated_data_updated_by_Values, 4 };
_Static_assert(sizeof(esauti_customer_updated_data_updated_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_updated_data_updated_by_to_string(esauti_customer_updated_data_updated_by value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_customer_updated_data_updated_by_Values[value - 1] : NULL;
}

static const char *const esauti_customer_deleted_data_reason_Values[] = {
    "customer_request",
    "data_retention",
    "duplicate",
    "fraud",
    "other",
};
const apic_enum_desc esauti_customer_deleted_data_reason_enum_desc = { "customer_deleted_data.reason", esauti_customer_deleted_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_customer_deleted_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_deleted_data_reason_to_string(esauti_customer_deleted_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_customer_deleted_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_customer_merged_data_match_key_Values[] = {
    "email",
    "phone",
    "external_id",
    "manual",
};
const apic_enum_desc esauti_customer_merged_data_match_key_enum_desc = { "customer_merged_data.match_key", esauti_customer_merged_data_match_key_Values, 4 };
_Static_assert(sizeof(esauti_customer_merged_data_match_key) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_merged_data_match_key_to_string(esauti_customer_merged_data_match_key value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_customer_merged_data_match_key_Values[value - 1] : NULL;
}

static const char *const esauti_customer_tagged_data_added_by_Values[] = {
    "staff",
    "automation",
    "api",
    "import",
};
const apic_enum_desc esauti_customer_tagged_data_added_by_enum_desc = { "customer_tagged_data.added_by", esauti_customer_tagged_data_added_by_Values, 4 };
_Static_assert(sizeof(esauti_customer_tagged_data_added_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_tagged_data_added_by_to_string(esauti_customer_tagged_data_added_by value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_customer_tagged_data_added_by_Values[value - 1] : NULL;
}

static const char *const esauti_customer_untagged_data_removed_by_Values[] = {
    "staff",
    "automation",
    "api",
    "import",
};
const apic_enum_desc esauti_customer_untagged_data_removed_by_enum_desc = { "customer_untagged_data.removed_by", esauti_customer_untagged_data_removed_by_Values, 4 };
_Static_assert(sizeof(esauti_customer_untagged_data_removed_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_untagged_data_removed_by_to_string(esauti_customer_untagged_data_removed_by value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_customer_untagged_data_removed_by_Values[value - 1] : NULL;
}

static const char *const esauti_customer_segment_exited_data_reason_Values[] = {
    "conditions_unmet",
    "removed_manually",
    "segment_deleted",
};
const apic_enum_desc esauti_customer_segment_exited_data_reason_enum_desc = { "customer_segment_exited_data.reason", esauti_customer_segment_exited_data_reason_Values, 3 };
_Static_assert(sizeof(esauti_customer_segment_exited_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_customer_segment_exited_data_reason_to_string(esauti_customer_segment_exited_data_reason value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_customer_segment_exited_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_contact_subscribed_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_contact_subscribed_data_channel_enum_desc = { "contact_subscribed_data.channel", esauti_contact_subscribed_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_contact_subscribed_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_subscribed_data_channel_to_string(esauti_contact_subscribed_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_contact_subscribed_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_contact_subscribed_data_consent_source_Values[] = {
    "signup_form",
    "checkout",
    "sms_keyword",
    "import",
    "api",
};
const apic_enum_desc esauti_contact_subscribed_data_consent_source_enum_desc = { "contact_subscribed_data.consent_source", esauti_contact_subscribed_data_consent_source_Values, 5 };
_Static_assert(sizeof(esauti_contact_subscribed_data_consent_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_subscribed_data_consent_source_to_string(esauti_contact_subscribed_data_consent_source value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_contact_subscribed_data_consent_source_Values[value - 1] : NULL;
}

static const char *const esauti_contact_unsubscribed_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_contact_unsubscribed_data_channel_enum_desc = { "contact_unsubscribed_data.channel", esauti_contact_unsubscribed_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_contact_unsubscribed_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_unsubscribed_data_channel_to_string(esauti_contact_unsubscribed_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_contact_unsubscribed_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_contact_unsubscribed_data_method_Values[] = {
    "link",
    "stop_reply",
    "preference_center",
    "staff",
    "complaint",
};
const apic_enum_desc esauti_contact_unsubscribed_data_method_enum_desc = { "contact_unsubscribed_data.method", esauti_contact_unsubscribed_data_method_Values, 5 };
_Static_assert(sizeof(esauti_contact_unsubscribed_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_unsubscribed_data_method_to_string(esauti_contact_unsubscribed_data_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_contact_unsubscribed_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_contact_preferences_updated_data_topics_item_Values[] = {
    "offers",
    "new_arrivals",
    "back_in_stock",
    "events",
    "newsletter",
};
const apic_enum_desc esauti_contact_preferences_updated_data_topics_item_enum_desc = { "contact_preferences_updated_data.topics.item", esauti_contact_preferences_updated_data_topics_item_Values, 5 };
_Static_assert(sizeof(esauti_contact_preferences_updated_data_topics_item) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_preferences_updated_data_topics_item_to_string(esauti_contact_preferences_updated_data_topics_item value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_contact_preferences_updated_data_topics_item_Values[value - 1] : NULL;
}

static const char *const esauti_contact_preferences_updated_data_frequency_Values[] = {
    "any",
    "daily",
    "weekly",
    "monthly",
};
const apic_enum_desc esauti_contact_preferences_updated_data_frequency_enum_desc = { "contact_preferences_updated_data.frequency", esauti_contact_preferences_updated_data_frequency_Values, 4 };
_Static_assert(sizeof(esauti_contact_preferences_updated_data_frequency) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_preferences_updated_data_frequency_to_string(esauti_contact_preferences_updated_data_frequency value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_contact_preferences_updated_data_frequency_Values[value - 1] : NULL;
}

static const char *const esauti_contact_preferences_updated_data_preferred_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_contact_preferences_updated_data_preferred_channel_enum_desc = { "contact_preferences_updated_data.preferred_channel", esauti_contact_preferences_updated_data_preferred_channel_Values, 4 };
_Static_assert(sizeof(esauti_contact_preferences_updated_data_preferred_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_preferences_updated_data_preferred_channel_to_string(esauti_contact_preferences_updated_data_preferred_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_contact_preferences_updated_data_preferred_channel_Values[value - 1] : NULL;
}

static const char *const esauti_contact_preferences_updated_data_language_Values[] = {
    "en",
    "sw",
};
const apic_enum_desc esauti_contact_preferences_updated_data_language_enum_desc = { "contact_preferences_updated_data.language", esauti_contact_preferences_updated_data_language_Values, 2 };
_Static_assert(sizeof(esauti_contact_preferences_updated_data_language) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_preferences_updated_data_language_to_string(esauti_contact_preferences_updated_data_language value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_contact_preferences_updated_data_language_Values[value - 1] : NULL;
}

static const char *const esauti_contact_phone_verified_data_method_Values[] = {
    "sms_otp",
    "whatsapp_otp",
    "voice_call",
};
const apic_enum_desc esauti_contact_phone_verified_data_method_enum_desc = { "contact_phone_verified_data.method", esauti_contact_phone_verified_data_method_Values, 3 };
_Static_assert(sizeof(esauti_contact_phone_verified_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_contact_phone_verified_data_method_to_string(esauti_contact_phone_verified_data_method value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_contact_phone_verified_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_lead_captured_data_source_Values[] = {
    "web_form",
    "facebook_lead_ad",
    "whatsapp",
    "sms_keyword",
    "walk_in",
    "referral",
    "import",
};
const apic_enum_desc esauti_lead_captured_data_source_enum_desc = { "lead_captured_data.source", esauti_lead_captured_data_source_Values, 7 };
_Static_assert(sizeof(esauti_lead_captured_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_captured_data_source_to_string(esauti_lead_captured_data_source value)
{
    return value >= 1 && (size_t)value <= 7 ? esauti_lead_captured_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_lead_assigned_data_method_Values[] = {
    "round_robin",
    "territory",
    "manual",
    "load_balanced",
};
const apic_enum_desc esauti_lead_assigned_data_method_enum_desc = { "lead_assigned_data.method", esauti_lead_assigned_data_method_Values, 4 };
_Static_assert(sizeof(esauti_lead_assigned_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_assigned_data_method_to_string(esauti_lead_assigned_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_lead_assigned_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_lead_scored_data_grade_Values[] = {
    "a",
    "b",
    "c",
    "d",
};
const apic_enum_desc esauti_lead_scored_data_grade_enum_desc = { "lead_scored_data.grade", esauti_lead_scored_data_grade_Values, 4 };
_Static_assert(sizeof(esauti_lead_scored_data_grade) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_scored_data_grade_to_string(esauti_lead_scored_data_grade value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_lead_scored_data_grade_Values[value - 1] : NULL;
}

static const char *const esauti_lead_contacted_data_channel_Values[] = {
    "call",
    "sms",
    "whatsapp",
    "email",
    "visit",
};
const apic_enum_desc esauti_lead_contacted_data_channel_enum_desc = { "lead_contacted_data.channel", esauti_lead_contacted_data_channel_Values, 5 };
_Static_assert(sizeof(esauti_lead_contacted_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_contacted_data_channel_to_string(esauti_lead_contacted_data_channel value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_lead_contacted_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_lead_contacted_data_outcome_Values[] = {
    "reached",
    "no_answer",
    "wrong_number",
    "callback_requested",
};
const apic_enum_desc esauti_lead_contacted_data_outcome_enum_desc = { "lead_contacted_data.outcome", esauti_lead_contacted_data_outcome_Values, 4 };
_Static_assert(sizeof(esauti_lead_contacted_data_outcome) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_contacted_data_outcome_to_string(esauti_lead_contacted_data_outcome value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_lead_contacted_data_outcome_Values[value - 1] : NULL;
}

static const char *const esauti_lead_qualified_data_qualified_by_Values[] = {
    "agent",
    "score_threshold",
    "api",
};
const apic_enum_desc esauti_lead_qualified_data_qualified_by_enum_desc = { "lead_qualified_data.qualified_by", esauti_lead_qualified_data_qualified_by_Values, 3 };
_Static_assert(sizeof(esauti_lead_qualified_data_qualified_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_qualified_data_qualified_by_to_string(esauti_lead_qualified_data_qualified_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_lead_qualified_data_qualified_by_Values[value - 1] : NULL;
}

static const char *const esauti_lead_disqualified_data_reason_Values[] = {
    "spam",
    "duplicate",
    "no_budget",
    "out_of_service_area",
    "not_interested",
    "unreachable",
};
const apic_enum_desc esauti_lead_disqualified_data_reason_enum_desc = { "lead_disqualified_data.reason", esauti_lead_disqualified_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_lead_disqualified_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_disqualified_data_reason_to_string(esauti_lead_disqualified_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_lead_disqualified_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_lead_converted_data_converted_to_Values[] = {
    "order",
    "deal",
    "subscription",
};
const apic_enum_desc esauti_lead_converted_data_converted_to_enum_desc = { "lead_converted_data.converted_to", esauti_lead_converted_data_converted_to_Values, 3 };
_Static_assert(sizeof(esauti_lead_converted_data_converted_to) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_converted_data_converted_to_to_string(esauti_lead_converted_data_converted_to value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_lead_converted_data_converted_to_Values[value - 1] : NULL;
}

static const char *const esauti_lead_lost_data_reason_Values[] = {
    "price",
    "competitor",
    "timing",
    "no_response",
    "product_fit",
    "other",
};
const apic_enum_desc esauti_lead_lost_data_reason_enum_desc = { "lead_lost_data.reason", esauti_lead_lost_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_lead_lost_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_lost_data_reason_to_string(esauti_lead_lost_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_lead_lost_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_lead_status_changed_data_from_status_Values[] = {
    "new",
    "contacted",
    "qualified",
    "disqualified",
    "won",
    "lost",
};
const apic_enum_desc esauti_lead_status_changed_data_from_status_enum_desc = { "lead_status_changed_data.from_status", esauti_lead_status_changed_data_from_status_Values, 6 };
_Static_assert(sizeof(esauti_lead_status_changed_data_from_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_status_changed_data_from_status_to_string(esauti_lead_status_changed_data_from_status value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_lead_status_changed_data_from_status_Values[value - 1] : NULL;
}

static const char *const esauti_lead_status_changed_data_to_status_Values[] = {
    "new",
    "contacted",
    "qualified",
    "disqualified",
    "won",
    "lost",
};
const apic_enum_desc esauti_lead_status_changed_data_to_status_enum_desc = { "lead_status_changed_data.to_status", esauti_lead_status_changed_data_to_status_Values, 6 };
_Static_assert(sizeof(esauti_lead_status_changed_data_to_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_lead_status_changed_data_to_status_to_string(esauti_lead_status_changed_data_to_status value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_lead_status_changed_data_to_status_Values[value - 1] : NULL;
}

static const char *const esauti_account_created_data_login_method_Values[] = {
    "password",
    "phone_otp",
    "google",
    "facebook",
    "apple",
};
const apic_enum_desc esauti_account_created_data_login_method_enum_desc = { "account_created_data.login_method", esauti_account_created_data_login_method_Values, 5 };
_Static_assert(sizeof(esauti_account_created_data_login_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_account_created_data_login_method_to_string(esauti_account_created_data_login_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_account_created_data_login_method_Values[value - 1] : NULL;
}

static const char *const esauti_account_locked_data_reason_Values[] = {
    "failed_logins",
    "suspected_fraud",
    "staff_action",
    "chargeback",
};
const apic_enum_desc esauti_account_locked_data_reason_enum_desc = { "account_locked_data.reason", esauti_account_locked_data_reason_Values, 4 };
_Static_assert(sizeof(esauti_account_locked_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_account_locked_data_reason_to_string(esauti_account_locked_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_account_locked_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_account_unlocked_data_method_Values[] = {
    "expired",
    "staff",
    "password_reset",
};
const apic_enum_desc esauti_account_unlocked_data_method_enum_desc = { "account_unlocked_data.method", esauti_account_unlocked_data_method_Values, 3 };
_Static_assert(sizeof(esauti_account_unlocked_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_account_unlocked_data_method_to_string(esauti_account_unlocked_data_method value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_account_unlocked_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_account_closed_data_closed_by_Values[] = {
    "customer",
    "staff",
    "system",
};
const apic_enum_desc esauti_account_closed_data_closed_by_enum_desc = { "account_closed_data.closed_by", esauti_account_closed_data_closed_by_Values, 3 };
_Static_assert(sizeof(esauti_account_closed_data_closed_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_account_closed_data_closed_by_to_string(esauti_account_closed_data_closed_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_account_closed_data_closed_by_Values[value - 1] : NULL;
}

static const char *const esauti_account_closed_data_reason_Values[] = {
    "no_longer_needed",
    "privacy",
    "too_many_messages",
    "fraud",
    "inactivity",
    "other",
};
const apic_enum_desc esauti_account_closed_data_reason_enum_desc = { "account_closed_data.reason", esauti_account_closed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_account_closed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_account_closed_data_reason_to_string(esauti_account_closed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_account_closed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_auth_login_succeeded_data_method_Values[] = {
    "password",
    "phone_otp",
    "magic_link",
    "google",
    "facebook",
    "apple",
};
const apic_enum_desc esauti_auth_login_succeeded_data_method_enum_desc = { "auth_login_succeeded_data.method", esauti_auth_login_succeeded_data_method_Values, 6 };
_Static_assert(sizeof(esauti_auth_login_succeeded_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_login_succeeded_data_method_to_string(esauti_auth_login_succeeded_data_method value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_auth_login_succeeded_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_auth_login_succeeded_data_second_factor_Values[] = {
    "none",
    "sms_otp",
    "totp",
    "whatsapp_otp",
};
const apic_enum_desc esauti_auth_login_succeeded_data_second_factor_enum_desc = { "auth_login_succeeded_data.second_factor", esauti_auth_login_succeeded_data_second_factor_Values, 4 };
_Static_assert(sizeof(esauti_auth_login_succeeded_data_second_factor) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_login_succeeded_data_second_factor_to_string(esauti_auth_login_succeeded_data_second_factor value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_auth_login_succeeded_data_second_factor_Values[value - 1] : NULL;
}

static const char *const esauti_auth_login_succeeded_data_platform_Values[] = {
    "web",
    "android",
    "ios",
    "ussd",
};
const apic_enum_desc esauti_auth_login_succeeded_data_platform_enum_desc = { "auth_login_succeeded_data.platform", esauti_auth_login_succeeded_data_platform_Values, 4 };
_Static_assert(sizeof(esauti_auth_login_succeeded_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_login_succeeded_data_platform_to_string(esauti_auth_login_succeeded_data_platform value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_auth_login_succeeded_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_auth_login_failed_data_reason_Values[] = {
    "wrong_password",
    "unknown_user",
    "wrong_otp",
    "otp_expired",
    "account_locked",
    "account_closed",
};
const apic_enum_desc esauti_auth_login_failed_data_reason_enum_desc = { "auth_login_failed_data.reason", esauti_auth_login_failed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_auth_login_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_login_failed_data_reason_to_string(esauti_auth_login_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_auth_login_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_auth_login_failed_data_platform_Values[] = {
    "web",
    "android",
    "ios",
    "ussd",
};
const apic_enum_desc esauti_auth_login_failed_data_platform_enum_desc = { "auth_login_failed_data.platform", esauti_auth_login_failed_data_platform_Values, 4 };
_Static_assert(sizeof(esauti_auth_login_failed_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_login_failed_data_platform_to_string(esauti_auth_login_failed_data_platform value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_auth_login_failed_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_auth_logged_out_data_reason_Values[] = {
    "user_logout",
    "idle_timeout",
    "forced",
    "password_changed",
};
const apic_enum_desc esauti_auth_logged_out_data_reason_enum_desc = { "auth_logged_out_data.reason", esauti_auth_logged_out_data_reason_Values, 4 };
_Static_assert(sizeof(esauti_auth_logged_out_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_logged_out_data_reason_to_string(esauti_auth_logged_out_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_auth_logged_out_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_auth_password_reset_requested_data_delivery_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
};
const apic_enum_desc esauti_auth_password_reset_requested_data_delivery_channel_enum_desc = { "auth_password_reset_requested_data.delivery_channel", esauti_auth_password_reset_requested_data_delivery_channel_Values, 3 };
_Static_assert(sizeof(esauti_auth_password_reset_requested_data_delivery_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_password_reset_requested_data_delivery_channel_to_string(esauti_auth_password_reset_requested_data_delivery_channel value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_auth_password_reset_requested_data_delivery_channel_Values[value - 1] : NULL;
}

static const char *const esauti_auth_password_reset_completed_data_delivery_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
};
const apic_enum_desc esauti_auth_password_reset_completed_data_delivery_channel_enum_desc = { "auth_password_reset_completed_data.delivery_channel", esauti_auth_password_reset_completed_data_delivery_channel_Values, 3 };
_Static_assert(sizeof(esauti_auth_password_reset_completed_data_delivery_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_password_reset_completed_data_delivery_channel_to_string(esauti_auth_password_reset_completed_data_delivery_channel value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_auth_password_reset_completed_data_delivery_channel_Values[value - 1] : NULL;
}

static const char *const esauti_auth_mfa_enabled_data_method_Values[] = {
    "sms_otp",
    "whatsapp_otp",
    "totp",
};
const apic_enum_desc esauti_auth_mfa_enabled_data_method_enum_desc = { "auth_mfa_enabled_data.method", esauti_auth_mfa_enabled_data_method_Values, 3 };
_Static_assert(sizeof(esauti_auth_mfa_enabled_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_mfa_enabled_data_method_to_string(esauti_auth_mfa_enabled_data_method value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_auth_mfa_enabled_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_auth_mfa_disabled_data_method_Values[] = {
    "sms_otp",
    "whatsapp_otp",
    "totp",
};
const apic_enum_desc esauti_auth_mfa_disabled_data_method_enum_desc = { "auth_mfa_disabled_data.method", esauti_auth_mfa_disabled_data_method_Values, 3 };
_Static_assert(sizeof(esauti_auth_mfa_disabled_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_mfa_disabled_data_method_to_string(esauti_auth_mfa_disabled_data_method value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_auth_mfa_disabled_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_auth_mfa_disabled_data_disabled_by_Values[] = {
    "customer",
    "staff",
};
const apic_enum_desc esauti_auth_mfa_disabled_data_disabled_by_enum_desc = { "auth_mfa_disabled_data.disabled_by", esauti_auth_mfa_disabled_data_disabled_by_Values, 2 };
_Static_assert(sizeof(esauti_auth_mfa_disabled_data_disabled_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_mfa_disabled_data_disabled_by_to_string(esauti_auth_mfa_disabled_data_disabled_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_auth_mfa_disabled_data_disabled_by_Values[value - 1] : NULL;
}

static const char *const esauti_auth_new_device_detected_data_device_type_Values[] = {
    "desktop",
    "mobile",
    "tablet",
    "feature_phone",
};
const apic_enum_desc esauti_auth_new_device_detected_data_device_type_enum_desc = { "auth_new_device_detected_data.device_type", esauti_auth_new_device_detected_data_device_type_Values, 4 };
_Static_assert(sizeof(esauti_auth_new_device_detected_data_device_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_auth_new_device_detected_data_device_type_to_string(esauti_auth_new_device_detected_data_device_type value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_auth_new_device_detected_data_device_type_Values[value - 1] : NULL;
}

static const char *const esauti_session_started_data_platform_Values[] = {
    "web",
    "android",
    "ios",
    "mobile_web",
};
const apic_enum_desc esauti_session_started_data_platform_enum_desc = { "session_started_data.platform", esauti_session_started_data_platform_Values, 4 };
_Static_assert(sizeof(esauti_session_started_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_session_started_data_platform_to_string(esauti_session_started_data_platform value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_session_started_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_session_identified_data_method_Values[] = {
    "login",
    "signup",
    "checkout",
    "email_link",
    "sms_link",
    "form_submit",
};
const apic_enum_desc esauti_session_identified_data_method_enum_desc = { "session_identified_data.method", esauti_session_identified_data_method_Values, 6 };
_Static_assert(sizeof(esauti_session_identified_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_session_identified_data_method_to_string(esauti_session_identified_data_method value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_session_identified_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_page_viewed_data_page_type_Values[] = {
    "home",
    "category",
    "product",
    "search",
    "cart",
    "checkout",
    "account",
    "content",
    "other",
};
const apic_enum_desc esauti_page_viewed_data_page_type_enum_desc = { "page_viewed_data.page_type", esauti_page_viewed_data_page_type_Values, 9 };
_Static_assert(sizeof(esauti_page_viewed_data_page_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_page_viewed_data_page_type_to_string(esauti_page_viewed_data_page_type value)
{
    return value >= 1 && (size_t)value <= 9 ? esauti_page_viewed_data_page_type_Values[value - 1] : NULL;
}

static const char *const esauti_page_link_clicked_data_kind_Values[] = {
    "banner",
    "navigation",
    "whatsapp_button",
    "call_button",
    "outbound",
    "other",
};
const apic_enum_desc esauti_page_link_clicked_data_kind_enum_desc = { "page_link_clicked_data.kind", esauti_page_link_clicked_data_kind_Values, 6 };
_Static_assert(sizeof(esauti_page_link_clicked_data_kind) == sizeof(int), "enum slots are stored as int");

const char *esauti_page_link_clicked_data_kind_to_string(esauti_page_link_clicked_data_kind value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_page_link_clicked_data_kind_Values[value - 1] : NULL;
}

static const char *const esauti_page_popup_shown_data_trigger_Values[] = {
    "page_load",
    "time_on_page",
    "scroll_depth",
    "exit_intent",
    "cart_value",
};
const apic_enum_desc esauti_page_popup_shown_data_trigger_enum_desc = { "page_popup_shown_data.trigger", esauti_page_popup_shown_data_trigger_Values, 5 };
_Static_assert(sizeof(esauti_page_popup_shown_data_trigger) == sizeof(int), "enum slots are stored as int");

const char *esauti_page_popup_shown_data_trigger_to_string(esauti_page_popup_shown_data_trigger value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_page_popup_shown_data_trigger_Values[value - 1] : NULL;
}

static const char *const esauti_page_popup_dismissed_data_method_Values[] = {
    "close_button",
    "outside_click",
    "escape_key",
    "timeout",
};
const apic_enum_desc esauti_page_popup_dismissed_data_method_enum_desc = { "page_popup_dismissed_data.method", esauti_page_popup_dismissed_data_method_Values, 4 };
_Static_assert(sizeof(esauti_page_popup_dismissed_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_page_popup_dismissed_data_method_to_string(esauti_page_popup_dismissed_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_page_popup_dismissed_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_product_updated_data_status_Values[] = {
    "active",
    "draft",
    "archived",
};
const apic_enum_desc esauti_product_updated_data_status_enum_desc = { "product_updated_data.status", esauti_product_updated_data_status_Values, 3 };
_Static_assert(sizeof(esauti_product_updated_data_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_product_updated_data_status_to_string(esauti_product_updated_data_status value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_product_updated_data_status_Values[value - 1] : NULL;
}

static const char *const esauti_product_price_changed_data_reason_Values[] = {
    "promotion",
    "promotion_ended",
    "cost_change",
    "manual",
};
const apic_enum_desc esauti_product_price_changed_data_reason_enum_desc = { "product_price_changed_data.reason", esauti_product_price_changed_data_reason_Values, 4 };
_Static_assert(sizeof(esauti_product_price_changed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_product_price_changed_data_reason_to_string(esauti_product_price_changed_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_product_price_changed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_product_viewed_data_list_source_Values[] = {
    "search",
    "category",
    "recommendation",
    "campaign",
    "direct",
};
const apic_enum_desc esauti_product_viewed_data_list_source_enum_desc = { "product_viewed_data.list_source", esauti_product_viewed_data_list_source_Values, 5 };
_Static_assert(sizeof(esauti_product_viewed_data_list_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_product_viewed_data_list_source_to_string(esauti_product_viewed_data_list_source value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_product_viewed_data_list_source_Values[value - 1] : NULL;
}

static const char *const esauti_product_shared_data_channel_Values[] = {
    "whatsapp",
    "sms",
    "facebook",
    "x",
    "email",
    "copy_link",
};
const apic_enum_desc esauti_product_shared_data_channel_enum_desc = { "product_shared_data.channel", esauti_product_shared_data_channel_Values, 6 };
_Static_assert(sizeof(esauti_product_shared_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_product_shared_data_channel_to_string(esauti_product_shared_data_channel value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_product_shared_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_product_back_in_stock_requested_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_product_back_in_stock_requested_data_channel_enum_desc = { "product_back_in_stock_requested_data.channel", esauti_product_back_in_stock_requested_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_product_back_in_stock_requested_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_product_back_in_stock_requested_data_channel_to_string(esauti_product_back_in_stock_requested_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_product_back_in_stock_requested_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_catalog_synced_data_source_Values[] = {
    "shopify",
    "woocommerce",
    "csv_upload",
    "pos",
    "api",
};
const apic_enum_desc esauti_catalog_synced_data_source_enum_desc = { "catalog_synced_data.source", esauti_catalog_synced_data_source_Values, 5 };
_Static_assert(sizeof(esauti_catalog_synced_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_catalog_synced_data_source_to_string(esauti_catalog_synced_data_source value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_catalog_synced_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_catalog_synced_data_status_Values[] = {
    "succeeded",
    "partially_failed",
    "failed",
};
const apic_enum_desc esauti_catalog_synced_data_status_enum_desc = { "catalog_synced_data.status", esauti_catalog_synced_data_status_Values, 3 };
_Static_assert(sizeof(esauti_catalog_synced_data_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_catalog_synced_data_status_to_string(esauti_catalog_synced_data_status value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_catalog_synced_data_status_Values[value - 1] : NULL;
}

static const char *const esauti_cart_created_data_channel_Values[] = {
    "web",
    "android",
    "ios",
    "whatsapp",
    "pos",
};
const apic_enum_desc esauti_cart_created_data_channel_enum_desc = { "cart_created_data.channel", esauti_cart_created_data_channel_Values, 5 };
_Static_assert(sizeof(esauti_cart_created_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_cart_created_data_channel_to_string(esauti_cart_created_data_channel value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_cart_created_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_cart_emptied_data_reason_Values[] = {
    "cleared_by_customer",
    "expired",
    "items_unavailable",
};
const apic_enum_desc esauti_cart_emptied_data_reason_enum_desc = { "cart_emptied_data.reason", esauti_cart_emptied_data_reason_Values, 3 };
_Static_assert(sizeof(esauti_cart_emptied_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_cart_emptied_data_reason_to_string(esauti_cart_emptied_data_reason value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_cart_emptied_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_cart_recovered_data_recovery_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
    "organic",
};
const apic_enum_desc esauti_cart_recovered_data_recovery_channel_enum_desc = { "cart_recovered_data.recovery_channel", esauti_cart_recovered_data_recovery_channel_Values, 5 };
_Static_assert(sizeof(esauti_cart_recovered_data_recovery_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_cart_recovered_data_recovery_channel_to_string(esauti_cart_recovered_data_recovery_channel value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_cart_recovered_data_recovery_channel_Values[value - 1] : NULL;
}

static const char *const esauti_checkout_delivery_selected_data_method_Values[] = {
    "home_delivery",
    "pickup_point",
    "store_pickup",
    "courier",
};
const apic_enum_desc esauti_checkout_delivery_selected_data_method_enum_desc = { "checkout_delivery_selected_data.method", esauti_checkout_delivery_selected_data_method_Values, 4 };
_Static_assert(sizeof(esauti_checkout_delivery_selected_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_checkout_delivery_selected_data_method_to_string(esauti_checkout_delivery_selected_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_checkout_delivery_selected_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_checkout_payment_method_selected_data_payment_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "cash_on_delivery",
    "buy_now_pay_later",
};
const apic_enum_desc esauti_checkout_payment_method_selected_data_payment_method_enum_desc = { "checkout_payment_method_selected_data.payment_method", esauti_checkout_payment_method_selected_data_payment_method_Values, 6 };
_Static_assert(sizeof(esauti_checkout_payment_method_selected_data_payment_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_checkout_payment_method_selected_data_payment_method_to_string(esauti_checkout_payment_method_selected_data_payment_method value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_checkout_payment_method_selected_data_payment_method_Values[value - 1] : NULL;
}

static const char *const esauti_order_created_data_channel_Values[] = {
    "web",
    "android",
    "ios",
    "whatsapp",
    "pos",
    "phone",
};
const apic_enum_desc esauti_order_created_data_channel_enum_desc = { "order_created_data.channel", esauti_order_created_data_channel_Values, 6 };
_Static_assert(sizeof(esauti_order_created_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_created_data_channel_to_string(esauti_order_created_data_channel value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_order_created_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_order_confirmed_data_confirmed_by_Values[] = {
    "automatic",
    "staff",
    "customer_call",
};
const apic_enum_desc esauti_order_confirmed_data_confirmed_by_enum_desc = { "order_confirmed_data.confirmed_by", esauti_order_confirmed_data_confirmed_by_Values, 3 };
_Static_assert(sizeof(esauti_order_confirmed_data_confirmed_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_confirmed_data_confirmed_by_to_string(esauti_order_confirmed_data_confirmed_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_order_confirmed_data_confirmed_by_Values[value - 1] : NULL;
}

static const char *const esauti_order_paid_data_payment_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "cash_on_delivery",
    "buy_now_pay_later",
};
const apic_enum_desc esauti_order_paid_data_payment_method_enum_desc = { "order_paid_data.payment_method", esauti_order_paid_data_payment_method_Values, 6 };
_Static_assert(sizeof(esauti_order_paid_data_payment_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_paid_data_payment_method_to_string(esauti_order_paid_data_payment_method value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_order_paid_data_payment_method_Values[value - 1] : NULL;
}

static const char *const esauti_order_payment_failed_data_payment_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "buy_now_pay_later",
};
const apic_enum_desc esauti_order_payment_failed_data_payment_method_enum_desc = { "order_payment_failed_data.payment_method", esauti_order_payment_failed_data_payment_method_Values, 5 };
_Static_assert(sizeof(esauti_order_payment_failed_data_payment_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_payment_failed_data_payment_method_to_string(esauti_order_payment_failed_data_payment_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_order_payment_failed_data_payment_method_Values[value - 1] : NULL;
}

static const char *const esauti_order_payment_failed_data_reason_Values[] = {
    "insufficient_funds",
    "cancelled_by_payer",
    "timeout",
    "declined",
    "wrong_pin",
    "provider_error",
};
const apic_enum_desc esauti_order_payment_failed_data_reason_enum_desc = { "order_payment_failed_data.reason", esauti_order_payment_failed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_order_payment_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_payment_failed_data_reason_to_string(esauti_order_payment_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_order_payment_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_order_updated_data_updated_by_Values[] = {
    "customer",
    "staff",
    "system",
};
const apic_enum_desc esauti_order_updated_data_updated_by_enum_desc = { "order_updated_data.updated_by", esauti_order_updated_data_updated_by_Values, 3 };
_Static_assert(sizeof(esauti_order_updated_data_updated_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_updated_data_updated_by_to_string(esauti_order_updated_data_updated_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_order_updated_data_updated_by_Values[value - 1] : NULL;
}

static const char *const esauti_order_delivered_data_method_Values[] = {
    "home_delivery",
    "pickup_point",
    "store_pickup",
    "courier",
};
const apic_enum_desc esauti_order_delivered_data_method_enum_desc = { "order_delivered_data.method", esauti_order_delivered_data_method_Values, 4 };
_Static_assert(sizeof(esauti_order_delivered_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_delivered_data_method_to_string(esauti_order_delivered_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_order_delivered_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_order_delivery_failed_data_reason_Values[] = {
    "customer_unreachable",
    "customer_absent",
    "wrong_address",
    "refused",
    "payment_not_ready",
    "damaged",
};
const apic_enum_desc esauti_order_delivery_failed_data_reason_enum_desc = { "order_delivery_failed_data.reason", esauti_order_delivery_failed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_order_delivery_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_delivery_failed_data_reason_to_string(esauti_order_delivery_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_order_delivery_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_order_cancelled_data_cancelled_by_Values[] = {
    "customer",
    "staff",
    "system",
};
const apic_enum_desc esauti_order_cancelled_data_cancelled_by_enum_desc = { "order_cancelled_data.cancelled_by", esauti_order_cancelled_data_cancelled_by_Values, 3 };
_Static_assert(sizeof(esauti_order_cancelled_data_cancelled_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_cancelled_data_cancelled_by_to_string(esauti_order_cancelled_data_cancelled_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_order_cancelled_data_cancelled_by_Values[value - 1] : NULL;
}

static const char *const esauti_order_cancelled_data_reason_Values[] = {
    "customer_request",
    "payment_not_received",
    "out_of_stock",
    "fraud_suspected",
    "delivery_failed",
    "other",
};
const apic_enum_desc esauti_order_cancelled_data_reason_enum_desc = { "order_cancelled_data.reason", esauti_order_cancelled_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_order_cancelled_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_cancelled_data_reason_to_string(esauti_order_cancelled_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_order_cancelled_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_order_held_data_reason_Values[] = {
    "fraud_review",
    "awaiting_stock",
    "address_check",
    "customer_request",
    "payment_review",
};
const apic_enum_desc esauti_order_held_data_reason_enum_desc = { "order_held_data.reason", esauti_order_held_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_order_held_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_held_data_reason_to_string(esauti_order_held_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_order_held_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_order_reordered_data_source_Values[] = {
    "account_page",
    "reminder_sms",
    "reminder_email",
    "whatsapp",
    "app",
};
const apic_enum_desc esauti_order_reordered_data_source_enum_desc = { "order_reordered_data.source", esauti_order_reordered_data_source_Values, 5 };
_Static_assert(sizeof(esauti_order_reordered_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_reordered_data_source_to_string(esauti_order_reordered_data_source value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_order_reordered_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_order_refunded_data_refund_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "store_credit",
};
const apic_enum_desc esauti_order_refunded_data_refund_method_enum_desc = { "order_refunded_data.refund_method", esauti_order_refunded_data_refund_method_Values, 5 };
_Static_assert(sizeof(esauti_order_refunded_data_refund_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_order_refunded_data_refund_method_to_string(esauti_order_refunded_data_refund_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_order_refunded_data_refund_method_Values[value - 1] : NULL;
}

static const char *const esauti_payment_initiated_data_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "wallet",
};
const apic_enum_desc esauti_payment_initiated_data_method_enum_desc = { "payment_initiated_data.method", esauti_payment_initiated_data_method_Values, 5 };
_Static_assert(sizeof(esauti_payment_initiated_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_initiated_data_method_to_string(esauti_payment_initiated_data_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_payment_initiated_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_payment_authorized_data_card_brand_Values[] = {
    "visa",
    "mastercard",
    "amex",
    "other",
};
const apic_enum_desc esauti_payment_authorized_data_card_brand_enum_desc = { "payment_authorized_data.card_brand", esauti_payment_authorized_data_card_brand_Values, 4 };
_Static_assert(sizeof(esauti_payment_authorized_data_card_brand) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_authorized_data_card_brand_to_string(esauti_payment_authorized_data_card_brand value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_payment_authorized_data_card_brand_Values[value - 1] : NULL;
}

static const char *const esauti_payment_succeeded_data_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "wallet",
    "cash_on_delivery",
};
const apic_enum_desc esauti_payment_succeeded_data_method_enum_desc = { "payment_succeeded_data.method", esauti_payment_succeeded_data_method_Values, 6 };
_Static_assert(sizeof(esauti_payment_succeeded_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_succeeded_data_method_to_string(esauti_payment_succeeded_data_method value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_payment_succeeded_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_payment_failed_data_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "wallet",
};
const apic_enum_desc esauti_payment_failed_data_method_enum_desc = { "payment_failed_data.method", esauti_payment_failed_data_method_Values, 5 };
_Static_assert(sizeof(esauti_payment_failed_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_failed_data_method_to_string(esauti_payment_failed_data_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_payment_failed_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_payment_failed_data_failure_reason_Values[] = {
    "insufficient_funds",
    "declined",
    "timeout",
    "wrong_pin",
    "limit_exceeded",
    "network_error",
    "other",
};
const apic_enum_desc esauti_payment_failed_data_failure_reason_enum_desc = { "payment_failed_data.failure_reason", esauti_payment_failed_data_failure_reason_Values, 7 };
_Static_assert(sizeof(esauti_payment_failed_data_failure_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_failed_data_failure_reason_to_string(esauti_payment_failed_data_failure_reason value)
{
    return value >= 1 && (size_t)value <= 7 ? esauti_payment_failed_data_failure_reason_Values[value - 1] : NULL;
}

static const char *const esauti_payment_cancelled_data_cancelled_by_Values[] = {
    "customer",
    "merchant",
    "system",
};
const apic_enum_desc esauti_payment_cancelled_data_cancelled_by_enum_desc = { "payment_cancelled_data.cancelled_by", esauti_payment_cancelled_data_cancelled_by_Values, 3 };
_Static_assert(sizeof(esauti_payment_cancelled_data_cancelled_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_cancelled_data_cancelled_by_to_string(esauti_payment_cancelled_data_cancelled_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_payment_cancelled_data_cancelled_by_Values[value - 1] : NULL;
}

static const char *const esauti_payment_method_added_data_method_Values[] = {
    "card",
    "mpesa",
    "airtel_money",
    "bank_account",
};
const apic_enum_desc esauti_payment_method_added_data_method_enum_desc = { "payment_method_added_data.method", esauti_payment_method_added_data_method_Values, 4 };
_Static_assert(sizeof(esauti_payment_method_added_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_method_added_data_method_to_string(esauti_payment_method_added_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_payment_method_added_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_payment_method_added_data_card_brand_Values[] = {
    "visa",
    "mastercard",
    "amex",
    "other",
};
const apic_enum_desc esauti_payment_method_added_data_card_brand_enum_desc = { "payment_method_added_data.card_brand", esauti_payment_method_added_data_card_brand_Values, 4 };
_Static_assert(sizeof(esauti_payment_method_added_data_card_brand) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_method_added_data_card_brand_to_string(esauti_payment_method_added_data_card_brand value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_payment_method_added_data_card_brand_Values[value - 1] : NULL;
}

static const char *const esauti_payment_method_removed_data_method_Values[] = {
    "card",
    "mpesa",
    "airtel_money",
    "bank_account",
};
const apic_enum_desc esauti_payment_method_removed_data_method_enum_desc = { "payment_method_removed_data.method", esauti_payment_method_removed_data_method_Values, 4 };
_Static_assert(sizeof(esauti_payment_method_removed_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_method_removed_data_method_to_string(esauti_payment_method_removed_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_payment_method_removed_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_payment_method_removed_data_reason_Values[] = {
    "customer_request",
    "expired",
    "replaced",
    "fraud_suspected",
};
const apic_enum_desc esauti_payment_method_removed_data_reason_enum_desc = { "payment_method_removed_data.reason", esauti_payment_method_removed_data_reason_Values, 4 };
_Static_assert(sizeof(esauti_payment_method_removed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_method_removed_data_reason_to_string(esauti_payment_method_removed_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_payment_method_removed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_payment_method_removed_data_removed_by_Values[] = {
    "customer",
    "merchant",
    "system",
};
const apic_enum_desc esauti_payment_method_removed_data_removed_by_enum_desc = { "payment_method_removed_data.removed_by", esauti_payment_method_removed_data_removed_by_Values, 3 };
_Static_assert(sizeof(esauti_payment_method_removed_data_removed_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_method_removed_data_removed_by_to_string(esauti_payment_method_removed_data_removed_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_payment_method_removed_data_removed_by_Values[value - 1] : NULL;
}

static const char *const esauti_payment_disputed_data_reason_Values[] = {
    "fraudulent",
    "product_not_received",
    "product_not_as_described",
    "duplicate",
    "subscription_cancelled",
    "other",
};
const apic_enum_desc esauti_payment_disputed_data_reason_enum_desc = { "payment_disputed_data.reason", esauti_payment_disputed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_payment_disputed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_disputed_data_reason_to_string(esauti_payment_disputed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_payment_disputed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_payment_disputed_data_status_Values[] = {
    "needs_response",
    "under_review",
};
const apic_enum_desc esauti_payment_disputed_data_status_enum_desc = { "payment_disputed_data.status", esauti_payment_disputed_data_status_Values, 2 };
_Static_assert(sizeof(esauti_payment_disputed_data_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_payment_disputed_data_status_to_string(esauti_payment_disputed_data_status value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_payment_disputed_data_status_Values[value - 1] : NULL;
}

static const char *const esauti_refund_requested_data_reason_Values[] = {
    "damaged_item",
    "wrong_item",
    "not_delivered",
    "changed_mind",
    "duplicate_payment",
    "other",
};
const apic_enum_desc esauti_refund_requested_data_reason_enum_desc = { "refund_requested_data.reason", esauti_refund_requested_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_refund_requested_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_refund_requested_data_reason_to_string(esauti_refund_requested_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_refund_requested_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_refund_requested_data_requested_by_Values[] = {
    "customer",
    "staff",
};
const apic_enum_desc esauti_refund_requested_data_requested_by_enum_desc = { "refund_requested_data.requested_by", esauti_refund_requested_data_requested_by_Values, 2 };
_Static_assert(sizeof(esauti_refund_requested_data_requested_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_refund_requested_data_requested_by_to_string(esauti_refund_requested_data_requested_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_refund_requested_data_requested_by_Values[value - 1] : NULL;
}

static const char *const esauti_refund_succeeded_data_destination_Values[] = {
    "original_method",
    "mpesa",
    "wallet",
    "bank_transfer",
    "store_credit",
};
const apic_enum_desc esauti_refund_succeeded_data_destination_enum_desc = { "refund_succeeded_data.destination", esauti_refund_succeeded_data_destination_Values, 5 };
_Static_assert(sizeof(esauti_refund_succeeded_data_destination) == sizeof(int), "enum slots are stored as int");

const char *esauti_refund_succeeded_data_destination_to_string(esauti_refund_succeeded_data_destination value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_refund_succeeded_data_destination_Values[value - 1] : NULL;
}

static const char *const esauti_refund_failed_data_failure_reason_Values[] = {
    "invalid_destination",
    "provider_error",
    "insufficient_merchant_balance",
    "card_expired",
    "other",
};
const apic_enum_desc esauti_refund_failed_data_failure_reason_enum_desc = { "refund_failed_data.failure_reason", esauti_refund_failed_data_failure_reason_Values, 5 };
_Static_assert(sizeof(esauti_refund_failed_data_failure_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_refund_failed_data_failure_reason_to_string(esauti_refund_failed_data_failure_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_refund_failed_data_failure_reason_Values[value - 1] : NULL;
}

static const char *const esauti_invoice_sent_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
};
const apic_enum_desc esauti_invoice_sent_data_channel_enum_desc = { "invoice_sent_data.channel", esauti_invoice_sent_data_channel_Values, 3 };
_Static_assert(sizeof(esauti_invoice_sent_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_invoice_sent_data_channel_to_string(esauti_invoice_sent_data_channel value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_invoice_sent_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_invoice_viewed_data_viewed_via_Values[] = {
    "email_link",
    "sms_link",
    "whatsapp_link",
    "customer_portal",
};
const apic_enum_desc esauti_invoice_viewed_data_viewed_via_enum_desc = { "invoice_viewed_data.viewed_via", esauti_invoice_viewed_data_viewed_via_Values, 4 };
_Static_assert(sizeof(esauti_invoice_viewed_data_viewed_via) == sizeof(int), "enum slots are stored as int");

const char *esauti_invoice_viewed_data_viewed_via_to_string(esauti_invoice_viewed_data_viewed_via value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_invoice_viewed_data_viewed_via_Values[value - 1] : NULL;
}

static const char *const esauti_invoice_reminder_sent_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
};
const apic_enum_desc esauti_invoice_reminder_sent_data_channel_enum_desc = { "invoice_reminder_sent_data.channel", esauti_invoice_reminder_sent_data_channel_Values, 3 };
_Static_assert(sizeof(esauti_invoice_reminder_sent_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_invoice_reminder_sent_data_channel_to_string(esauti_invoice_reminder_sent_data_channel value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_invoice_reminder_sent_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_invoice_partially_paid_data_method_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "wallet",
};
const apic_enum_desc esauti_invoice_partially_paid_data_method_enum_desc = { "invoice_partially_paid_data.method", esauti_invoice_partially_paid_data_method_Values, 5 };
_Static_assert(sizeof(esauti_invoice_partially_paid_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_invoice_partially_paid_data_method_to_string(esauti_invoice_partially_paid_data_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_invoice_partially_paid_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_invoice_voided_data_reason_Values[] = {
    "issued_in_error",
    "duplicate",
    "order_cancelled",
    "replaced",
    "other",
};
const apic_enum_desc esauti_invoice_voided_data_reason_enum_desc = { "invoice_voided_data.reason", esauti_invoice_voided_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_invoice_voided_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_invoice_voided_data_reason_to_string(esauti_invoice_voided_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_invoice_voided_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_invoice_written_off_data_reason_Values[] = {
    "uncollectible",
    "customer_unreachable",
    "goodwill",
    "dispute_settled",
};
const apic_enum_desc esauti_invoice_written_off_data_reason_enum_desc = { "invoice_written_off_data.reason", esauti_invoice_written_off_data_reason_Values, 4 };
_Static_assert(sizeof(esauti_invoice_written_off_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_invoice_written_off_data_reason_to_string(esauti_invoice_written_off_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_invoice_written_off_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_created_data_plan_interval_Values[] = {
    "week",
    "month",
    "quarter",
    "year",
};
const apic_enum_desc esauti_subscription_created_data_plan_interval_enum_desc = { "subscription_created_data.plan.interval", esauti_subscription_created_data_plan_interval_Values, 4 };
_Static_assert(sizeof(esauti_subscription_created_data_plan_interval) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_created_data_plan_interval_to_string(esauti_subscription_created_data_plan_interval value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_subscription_created_data_plan_interval_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_created_data_status_Values[] = {
    "trialing",
    "pending_payment",
    "active",
};
const apic_enum_desc esauti_subscription_created_data_status_enum_desc = { "subscription_created_data.status", esauti_subscription_created_data_status_Values, 3 };
_Static_assert(sizeof(esauti_subscription_created_data_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_created_data_status_to_string(esauti_subscription_created_data_status value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_subscription_created_data_status_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_created_data_signup_channel_Values[] = {
    "web",
    "app",
    "ussd",
    "sms",
    "in_store",
    "sales_agent",
};
const apic_enum_desc esauti_subscription_created_data_signup_channel_enum_desc = { "subscription_created_data.signup_channel", esauti_subscription_created_data_signup_channel_Values, 6 };
_Static_assert(sizeof(esauti_subscription_created_data_signup_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_created_data_signup_channel_to_string(esauti_subscription_created_data_signup_channel value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_subscription_created_data_signup_channel_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_trial_ended_data_outcome_Values[] = {
    "converted",
    "cancelled",
    "expired_without_payment",
};
const apic_enum_desc esauti_subscription_trial_ended_data_outcome_enum_desc = { "subscription_trial_ended_data.outcome", esauti_subscription_trial_ended_data_outcome_Values, 3 };
_Static_assert(sizeof(esauti_subscription_trial_ended_data_outcome) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_trial_ended_data_outcome_to_string(esauti_subscription_trial_ended_data_outcome value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_subscription_trial_ended_data_outcome_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_activated_data_billing_interval_Values[] = {
    "week",
    "month",
    "quarter",
    "year",
};
const apic_enum_desc esauti_subscription_activated_data_billing_interval_enum_desc = { "subscription_activated_data.billing_interval", esauti_subscription_activated_data_billing_interval_Values, 4 };
_Static_assert(sizeof(esauti_subscription_activated_data_billing_interval) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_activated_data_billing_interval_to_string(esauti_subscription_activated_data_billing_interval value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_subscription_activated_data_billing_interval_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_renewal_failed_data_failure_reason_Values[] = {
    "insufficient_funds",
    "card_declined",
    "card_expired",
    "no_payment_method",
    "timeout",
    "other",
};
const apic_enum_desc esauti_subscription_renewal_failed_data_failure_reason_enum_desc = { "subscription_renewal_failed_data.failure_reason", esauti_subscription_renewal_failed_data_failure_reason_Values, 6 };
_Static_assert(sizeof(esauti_subscription_renewal_failed_data_failure_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_renewal_failed_data_failure_reason_to_string(esauti_subscription_renewal_failed_data_failure_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_subscription_renewal_failed_data_failure_reason_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_plan_changed_data_change_type_Values[] = {
    "upgrade",
    "downgrade",
    "interval_change",
};
const apic_enum_desc esauti_subscription_plan_changed_data_change_type_enum_desc = { "subscription_plan_changed_data.change_type", esauti_subscription_plan_changed_data_change_type_Values, 3 };
_Static_assert(sizeof(esauti_subscription_plan_changed_data_change_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_plan_changed_data_change_type_to_string(esauti_subscription_plan_changed_data_change_type value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_subscription_plan_changed_data_change_type_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_paused_data_paused_by_Values[] = {
    "customer",
    "merchant",
};
const apic_enum_desc esauti_subscription_paused_data_paused_by_enum_desc = { "subscription_paused_data.paused_by", esauti_subscription_paused_data_paused_by_Values, 2 };
_Static_assert(sizeof(esauti_subscription_paused_data_paused_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_paused_data_paused_by_to_string(esauti_subscription_paused_data_paused_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_subscription_paused_data_paused_by_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_paused_data_reason_Values[] = {
    "travelling",
    "too_much_product",
    "financial",
    "payment_issue",
    "other",
};
const apic_enum_desc esauti_subscription_paused_data_reason_enum_desc = { "subscription_paused_data.reason", esauti_subscription_paused_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_subscription_paused_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_paused_data_reason_to_string(esauti_subscription_paused_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_subscription_paused_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_resumed_data_resumed_by_Values[] = {
    "customer",
    "merchant",
    "schedule",
};
const apic_enum_desc esauti_subscription_resumed_data_resumed_by_enum_desc = { "subscription_resumed_data.resumed_by", esauti_subscription_resumed_data_resumed_by_Values, 3 };
_Static_assert(sizeof(esauti_subscription_resumed_data_resumed_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_resumed_data_resumed_by_to_string(esauti_subscription_resumed_data_resumed_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_subscription_resumed_data_resumed_by_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_cancellation_scheduled_data_reason_Values[] = {
    "too_expensive",
    "not_using",
    "switched_provider",
    "missing_features",
    "moving_away",
    "other",
};
const apic_enum_desc esauti_subscription_cancellation_scheduled_data_reason_enum_desc = { "subscription_cancellation_scheduled_data.reason", esauti_subscription_cancellation_scheduled_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_subscription_cancellation_scheduled_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_cancellation_scheduled_data_reason_to_string(esauti_subscription_cancellation_scheduled_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_subscription_cancellation_scheduled_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_cancelled_data_cancelled_by_Values[] = {
    "customer",
    "merchant",
    "system",
};
const apic_enum_desc esauti_subscription_cancelled_data_cancelled_by_enum_desc = { "subscription_cancelled_data.cancelled_by", esauti_subscription_cancelled_data_cancelled_by_Values, 3 };
_Static_assert(sizeof(esauti_subscription_cancelled_data_cancelled_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_cancelled_data_cancelled_by_to_string(esauti_subscription_cancelled_data_cancelled_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_subscription_cancelled_data_cancelled_by_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_cancelled_data_reason_Values[] = {
    "customer_request",
    "payment_failed",
    "fraud",
    "plan_discontinued",
    "other",
};
const apic_enum_desc esauti_subscription_cancelled_data_reason_enum_desc = { "subscription_cancelled_data.reason", esauti_subscription_cancelled_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_subscription_cancelled_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_cancelled_data_reason_to_string(esauti_subscription_cancelled_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_subscription_cancelled_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_subscription_expired_data_reason_Values[] = {
    "term_ended",
    "auto_renew_off",
    "trial_not_converted",
};
const apic_enum_desc esauti_subscription_expired_data_reason_enum_desc = { "subscription_expired_data.reason", esauti_subscription_expired_data_reason_Values, 3 };
_Static_assert(sizeof(esauti_subscription_expired_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_subscription_expired_data_reason_to_string(esauti_subscription_expired_data_reason value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_subscription_expired_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_fulfillment_created_data_method_Values[] = {
    "home_delivery",
    "pickup_station",
    "in_store_pickup",
};
const apic_enum_desc esauti_fulfillment_created_data_method_enum_desc = { "fulfillment_created_data.method", esauti_fulfillment_created_data_method_Values, 3 };
_Static_assert(sizeof(esauti_fulfillment_created_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_fulfillment_created_data_method_to_string(esauti_fulfillment_created_data_method value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_fulfillment_created_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_fulfillment_cancelled_data_reason_Values[] = {
    "out_of_stock",
    "order_cancelled",
    "address_unreachable",
    "damaged_in_warehouse",
    "other",
};
const apic_enum_desc esauti_fulfillment_cancelled_data_reason_enum_desc = { "fulfillment_cancelled_data.reason", esauti_fulfillment_cancelled_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_fulfillment_cancelled_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_fulfillment_cancelled_data_reason_to_string(esauti_fulfillment_cancelled_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_fulfillment_cancelled_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_shipment_tracking_updated_data_status_Values[] = {
    "in_transit",
    "at_hub",
    "out_for_delivery",
    "delivered",
    "exception",
};
const apic_enum_desc esauti_shipment_tracking_updated_data_status_enum_desc = { "shipment_tracking_updated_data.status", esauti_shipment_tracking_updated_data_status_Values, 5 };
_Static_assert(sizeof(esauti_shipment_tracking_updated_data_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_shipment_tracking_updated_data_status_to_string(esauti_shipment_tracking_updated_data_status value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_shipment_tracking_updated_data_status_Values[value - 1] : NULL;
}

static const char *const esauti_shipment_delayed_data_reason_Values[] = {
    "weather",
    "carrier_backlog",
    "address_issue",
    "customs",
    "vehicle_breakdown",
    "other",
};
const apic_enum_desc esauti_shipment_delayed_data_reason_enum_desc = { "shipment_delayed_data.reason", esauti_shipment_delayed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_shipment_delayed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_shipment_delayed_data_reason_to_string(esauti_shipment_delayed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_shipment_delayed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_shipment_delivery_failed_data_reason_Values[] = {
    "recipient_unavailable",
    "address_not_found",
    "refused",
    "unsafe_location",
    "payment_on_delivery_failed",
    "other",
};
const apic_enum_desc esauti_shipment_delivery_failed_data_reason_enum_desc = { "shipment_delivery_failed_data.reason", esauti_shipment_delivery_failed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_shipment_delivery_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_shipment_delivery_failed_data_reason_to_string(esauti_shipment_delivery_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_shipment_delivery_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_shipment_delivered_data_handed_over_to_Values[] = {
    "recipient",
    "household_member",
    "security_guard",
    "pickup_point_collection",
    "parcel_locker",
};
const apic_enum_desc esauti_shipment_delivered_data_handed_over_to_enum_desc = { "shipment_delivered_data.handed_over_to", esauti_shipment_delivered_data_handed_over_to_Values, 5 };
_Static_assert(sizeof(esauti_shipment_delivered_data_handed_over_to) == sizeof(int), "enum slots are stored as int");

const char *esauti_shipment_delivered_data_handed_over_to_to_string(esauti_shipment_delivered_data_handed_over_to value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_shipment_delivered_data_handed_over_to_Values[value - 1] : NULL;
}

static const char *const esauti_return_requested_data_items_item_reason_Values[] = {
    "damaged",
    "defective",
    "wrong_item",
    "wrong_size",
    "not_as_described",
    "changed_mind",
};
const apic_enum_desc esauti_return_requested_data_items_item_reason_enum_desc = { "return_requested_data.items.item.reason", esauti_return_requested_data_items_item_reason_Values, 6 };
_Static_assert(sizeof(esauti_return_requested_data_items_item_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_return_requested_data_items_item_reason_to_string(esauti_return_requested_data_items_item_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_return_requested_data_items_item_reason_Values[value - 1] : NULL;
}

static const char *const esauti_return_requested_data_return_method_Values[] = {
    "courier_pickup",
    "drop_off_at_pickup_point",
    "return_to_store",
};
const apic_enum_desc esauti_return_requested_data_return_method_enum_desc = { "return_requested_data.return_method", esauti_return_requested_data_return_method_Values, 3 };
_Static_assert(sizeof(esauti_return_requested_data_return_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_return_requested_data_return_method_to_string(esauti_return_requested_data_return_method value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_return_requested_data_return_method_Values[value - 1] : NULL;
}

static const char *const esauti_return_requested_data_preferred_resolution_Values[] = {
    "refund",
    "exchange",
    "store_credit",
};
const apic_enum_desc esauti_return_requested_data_preferred_resolution_enum_desc = { "return_requested_data.preferred_resolution", esauti_return_requested_data_preferred_resolution_Values, 3 };
_Static_assert(sizeof(esauti_return_requested_data_preferred_resolution) == sizeof(int), "enum slots are stored as int");

const char *esauti_return_requested_data_preferred_resolution_to_string(esauti_return_requested_data_preferred_resolution value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_return_requested_data_preferred_resolution_Values[value - 1] : NULL;
}

static const char *const esauti_return_approved_data_return_method_Values[] = {
    "courier_pickup",
    "drop_off_at_pickup_point",
    "return_to_store",
};
const apic_enum_desc esauti_return_approved_data_return_method_enum_desc = { "return_approved_data.return_method", esauti_return_approved_data_return_method_Values, 3 };
_Static_assert(sizeof(esauti_return_approved_data_return_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_return_approved_data_return_method_to_string(esauti_return_approved_data_return_method value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_return_approved_data_return_method_Values[value - 1] : NULL;
}

static const char *const esauti_return_rejected_data_reason_Values[] = {
    "outside_return_window",
    "item_used",
    "non_returnable_item",
    "missing_proof_of_purchase",
    "failed_inspection",
    "other",
};
const apic_enum_desc esauti_return_rejected_data_reason_enum_desc = { "return_rejected_data.reason", esauti_return_rejected_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_return_rejected_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_return_rejected_data_reason_to_string(esauti_return_rejected_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_return_rejected_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_return_received_data_items_item_condition_Values[] = {
    "unopened",
    "good",
    "damaged",
};
const apic_enum_desc esauti_return_received_data_items_item_condition_enum_desc = { "return_received_data.items.item.condition", esauti_return_received_data_items_item_condition_Values, 3 };
_Static_assert(sizeof(esauti_return_received_data_items_item_condition) == sizeof(int), "enum slots are stored as int");

const char *esauti_return_received_data_items_item_condition_to_string(esauti_return_received_data_items_item_condition value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_return_received_data_items_item_condition_Values[value - 1] : NULL;
}

static const char *const esauti_return_completed_data_resolution_Values[] = {
    "refund",
    "exchange",
    "store_credit",
};
const apic_enum_desc esauti_return_completed_data_resolution_enum_desc = { "return_completed_data.resolution", esauti_return_completed_data_resolution_Values, 3 };
_Static_assert(sizeof(esauti_return_completed_data_resolution) == sizeof(int), "enum slots are stored as int");

const char *esauti_return_completed_data_resolution_to_string(esauti_return_completed_data_resolution value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_return_completed_data_resolution_Values[value - 1] : NULL;
}

static const char *const esauti_coupon_issued_data_discount_type_Values[] = {
    "percentage",
    "fixed_amount",
    "free_shipping",
};
const apic_enum_desc esauti_coupon_issued_data_discount_type_enum_desc = { "coupon_issued_data.discount_type", esauti_coupon_issued_data_discount_type_Values, 3 };
_Static_assert(sizeof(esauti_coupon_issued_data_discount_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_coupon_issued_data_discount_type_to_string(esauti_coupon_issued_data_discount_type value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_coupon_issued_data_discount_type_Values[value - 1] : NULL;
}

static const char *const esauti_coupon_claimed_data_source_Values[] = {
    "sms_keyword",
    "email",
    "whatsapp",
    "web_popup",
    "social_media",
    "in_store_qr",
};
const apic_enum_desc esauti_coupon_claimed_data_source_enum_desc = { "coupon_claimed_data.source", esauti_coupon_claimed_data_source_Values, 6 };
_Static_assert(sizeof(esauti_coupon_claimed_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_coupon_claimed_data_source_to_string(esauti_coupon_claimed_data_source value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_coupon_claimed_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_coupon_redemption_rejected_data_reason_Values[] = {
    "not_found",
    "expired",
    "usage_limit_reached",
    "minimum_not_met",
    "not_eligible",
    "product_excluded",
};
const apic_enum_desc esauti_coupon_redemption_rejected_data_reason_enum_desc = { "coupon_redemption_rejected_data.reason", esauti_coupon_redemption_rejected_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_coupon_redemption_rejected_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_coupon_redemption_rejected_data_reason_to_string(esauti_coupon_redemption_rejected_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_coupon_redemption_rejected_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_coupon_expiry_reminder_sent_data_channel_Values[] = {
    "sms",
    "email",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_coupon_expiry_reminder_sent_data_channel_enum_desc = { "coupon_expiry_reminder_sent_data.channel", esauti_coupon_expiry_reminder_sent_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_coupon_expiry_reminder_sent_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_coupon_expiry_reminder_sent_data_channel_to_string(esauti_coupon_expiry_reminder_sent_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_coupon_expiry_reminder_sent_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_coupon_revoked_data_reason_Values[] = {
    "abuse_detected",
    "campaign_ended_early",
    "issued_in_error",
    "customer_request",
};
const apic_enum_desc esauti_coupon_revoked_data_reason_enum_desc = { "coupon_revoked_data.reason", esauti_coupon_revoked_data_reason_Values, 4 };
_Static_assert(sizeof(esauti_coupon_revoked_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_coupon_revoked_data_reason_to_string(esauti_coupon_revoked_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_coupon_revoked_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_coupon_revoked_data_revoked_by_Values[] = {
    "merchant",
    "system",
};
const apic_enum_desc esauti_coupon_revoked_data_revoked_by_enum_desc = { "coupon_revoked_data.revoked_by", esauti_coupon_revoked_data_revoked_by_Values, 2 };
_Static_assert(sizeof(esauti_coupon_revoked_data_revoked_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_coupon_revoked_data_revoked_by_to_string(esauti_coupon_revoked_data_revoked_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_coupon_revoked_data_revoked_by_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_enrolled_data_tier_Values[] = {
    "bronze",
    "silver",
    "gold",
    "platinum",
};
const apic_enum_desc esauti_loyalty_enrolled_data_tier_enum_desc = { "loyalty_enrolled_data.tier", esauti_loyalty_enrolled_data_tier_Values, 4 };
_Static_assert(sizeof(esauti_loyalty_enrolled_data_tier) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_enrolled_data_tier_to_string(esauti_loyalty_enrolled_data_tier value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_loyalty_enrolled_data_tier_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_enrolled_data_channel_Values[] = {
    "web",
    "app",
    "ussd",
    "sms",
    "in_store",
};
const apic_enum_desc esauti_loyalty_enrolled_data_channel_enum_desc = { "loyalty_enrolled_data.channel", esauti_loyalty_enrolled_data_channel_Values, 5 };
_Static_assert(sizeof(esauti_loyalty_enrolled_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_enrolled_data_channel_to_string(esauti_loyalty_enrolled_data_channel value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_loyalty_enrolled_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_points_earned_data_source_Values[] = {
    "purchase",
    "referral",
    "review",
    "birthday",
    "signup",
    "promotion",
    "adjustment",
};
const apic_enum_desc esauti_loyalty_points_earned_data_source_enum_desc = { "loyalty_points_earned_data.source", esauti_loyalty_points_earned_data_source_Values, 7 };
_Static_assert(sizeof(esauti_loyalty_points_earned_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_points_earned_data_source_to_string(esauti_loyalty_points_earned_data_source value)
{
    return value >= 1 && (size_t)value <= 7 ? esauti_loyalty_points_earned_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_points_redeemed_data_reward_kind_Values[] = {
    "discount",
    "free_product",
    "airtime",
    "wallet_credit",
};
const apic_enum_desc esauti_loyalty_points_redeemed_data_reward_kind_enum_desc = { "loyalty_points_redeemed_data.reward.kind", esauti_loyalty_points_redeemed_data_reward_kind_Values, 4 };
_Static_assert(sizeof(esauti_loyalty_points_redeemed_data_reward_kind) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_points_redeemed_data_reward_kind_to_string(esauti_loyalty_points_redeemed_data_reward_kind value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_loyalty_points_redeemed_data_reward_kind_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_tier_upgraded_data_previous_tier_Values[] = {
    "bronze",
    "silver",
    "gold",
    "platinum",
};
const apic_enum_desc esauti_loyalty_tier_upgraded_data_previous_tier_enum_desc = { "loyalty_tier_upgraded_data.previous_tier", esauti_loyalty_tier_upgraded_data_previous_tier_Values, 4 };
_Static_assert(sizeof(esauti_loyalty_tier_upgraded_data_previous_tier) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_tier_upgraded_data_previous_tier_to_string(esauti_loyalty_tier_upgraded_data_previous_tier value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_loyalty_tier_upgraded_data_previous_tier_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_tier_upgraded_data_new_tier_Values[] = {
    "bronze",
    "silver",
    "gold",
    "platinum",
};
const apic_enum_desc esauti_loyalty_tier_upgraded_data_new_tier_enum_desc = { "loyalty_tier_upgraded_data.new_tier", esauti_loyalty_tier_upgraded_data_new_tier_Values, 4 };
_Static_assert(sizeof(esauti_loyalty_tier_upgraded_data_new_tier) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_tier_upgraded_data_new_tier_to_string(esauti_loyalty_tier_upgraded_data_new_tier value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_loyalty_tier_upgraded_data_new_tier_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_tier_changed_data_previous_tier_Values[] = {
    "bronze",
    "silver",
    "gold",
    "platinum",
};
const apic_enum_desc esauti_loyalty_tier_changed_data_previous_tier_enum_desc = { "loyalty_tier_changed_data.previous_tier", esauti_loyalty_tier_changed_data_previous_tier_Values, 4 };
_Static_assert(sizeof(esauti_loyalty_tier_changed_data_previous_tier) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_tier_changed_data_previous_tier_to_string(esauti_loyalty_tier_changed_data_previous_tier value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_loyalty_tier_changed_data_previous_tier_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_tier_changed_data_new_tier_Values[] = {
    "bronze",
    "silver",
    "gold",
    "platinum",
};
const apic_enum_desc esauti_loyalty_tier_changed_data_new_tier_enum_desc = { "loyalty_tier_changed_data.new_tier", esauti_loyalty_tier_changed_data_new_tier_Values, 4 };
_Static_assert(sizeof(esauti_loyalty_tier_changed_data_new_tier) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_tier_changed_data_new_tier_to_string(esauti_loyalty_tier_changed_data_new_tier value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_loyalty_tier_changed_data_new_tier_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_tier_changed_data_direction_Values[] = {
    "upgrade",
    "downgrade",
};
const apic_enum_desc esauti_loyalty_tier_changed_data_direction_enum_desc = { "loyalty_tier_changed_data.direction", esauti_loyalty_tier_changed_data_direction_Values, 2 };
_Static_assert(sizeof(esauti_loyalty_tier_changed_data_direction) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_tier_changed_data_direction_to_string(esauti_loyalty_tier_changed_data_direction value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_loyalty_tier_changed_data_direction_Values[value - 1] : NULL;
}

static const char *const esauti_loyalty_tier_changed_data_reason_Values[] = {
    "points_threshold_reached",
    "annual_review",
    "manual_adjustment",
};
const apic_enum_desc esauti_loyalty_tier_changed_data_reason_enum_desc = { "loyalty_tier_changed_data.reason", esauti_loyalty_tier_changed_data_reason_Values, 3 };
_Static_assert(sizeof(esauti_loyalty_tier_changed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_loyalty_tier_changed_data_reason_to_string(esauti_loyalty_tier_changed_data_reason value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_loyalty_tier_changed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_wallet_opened_data_kyc_level_Values[] = {
    "basic",
    "verified",
    "full",
};
const apic_enum_desc esauti_wallet_opened_data_kyc_level_enum_desc = { "wallet_opened_data.kyc_level", esauti_wallet_opened_data_kyc_level_Values, 3 };
_Static_assert(sizeof(esauti_wallet_opened_data_kyc_level) == sizeof(int), "enum slots are stored as int");

const char *esauti_wallet_opened_data_kyc_level_to_string(esauti_wallet_opened_data_kyc_level value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_wallet_opened_data_kyc_level_Values[value - 1] : NULL;
}

static const char *const esauti_wallet_opened_data_channel_Values[] = {
    "app",
    "web",
    "ussd",
    "in_store",
};
const apic_enum_desc esauti_wallet_opened_data_channel_enum_desc = { "wallet_opened_data.channel", esauti_wallet_opened_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_wallet_opened_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_wallet_opened_data_channel_to_string(esauti_wallet_opened_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_wallet_opened_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_wallet_topped_up_data_source_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
    "cashback",
    "refund",
    "loyalty_points",
};
const apic_enum_desc esauti_wallet_topped_up_data_source_enum_desc = { "wallet_topped_up_data.source", esauti_wallet_topped_up_data_source_Values, 7 };
_Static_assert(sizeof(esauti_wallet_topped_up_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_wallet_topped_up_data_source_to_string(esauti_wallet_topped_up_data_source value)
{
    return value >= 1 && (size_t)value <= 7 ? esauti_wallet_topped_up_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_wallet_top_up_failed_data_source_Values[] = {
    "mpesa",
    "airtel_money",
    "card",
    "bank_transfer",
};
const apic_enum_desc esauti_wallet_top_up_failed_data_source_enum_desc = { "wallet_top_up_failed_data.source", esauti_wallet_top_up_failed_data_source_Values, 4 };
_Static_assert(sizeof(esauti_wallet_top_up_failed_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_wallet_top_up_failed_data_source_to_string(esauti_wallet_top_up_failed_data_source value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_wallet_top_up_failed_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_wallet_top_up_failed_data_failure_reason_Values[] = {
    "insufficient_funds",
    "declined",
    "timeout",
    "wallet_limit_exceeded",
    "kyc_required",
    "other",
};
const apic_enum_desc esauti_wallet_top_up_failed_data_failure_reason_enum_desc = { "wallet_top_up_failed_data.failure_reason", esauti_wallet_top_up_failed_data_failure_reason_Values, 6 };
_Static_assert(sizeof(esauti_wallet_top_up_failed_data_failure_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_wallet_top_up_failed_data_failure_reason_to_string(esauti_wallet_top_up_failed_data_failure_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_wallet_top_up_failed_data_failure_reason_Values[value - 1] : NULL;
}

static const char *const esauti_wallet_debited_data_purpose_Values[] = {
    "order_payment",
    "subscription_payment",
    "invoice_payment",
    "withdrawal",
    "fee",
};
const apic_enum_desc esauti_wallet_debited_data_purpose_enum_desc = { "wallet_debited_data.purpose", esauti_wallet_debited_data_purpose_Values, 5 };
_Static_assert(sizeof(esauti_wallet_debited_data_purpose) == sizeof(int), "enum slots are stored as int");

const char *esauti_wallet_debited_data_purpose_to_string(esauti_wallet_debited_data_purpose value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_wallet_debited_data_purpose_Values[value - 1] : NULL;
}

static const char *const esauti_review_requested_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_review_requested_data_channel_enum_desc = { "review_requested_data.channel", esauti_review_requested_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_review_requested_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_review_requested_data_channel_to_string(esauti_review_requested_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_review_requested_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_review_published_data_moderation_Values[] = {
    "automatic",
    "manual",
};
const apic_enum_desc esauti_review_published_data_moderation_enum_desc = { "review_published_data.moderation", esauti_review_published_data_moderation_Values, 2 };
_Static_assert(sizeof(esauti_review_published_data_moderation) == sizeof(int), "enum slots are stored as int");

const char *esauti_review_published_data_moderation_to_string(esauti_review_published_data_moderation value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_review_published_data_moderation_Values[value - 1] : NULL;
}

static const char *const esauti_review_rejected_data_reason_Values[] = {
    "offensive_language",
    "spam",
    "off_topic",
    "contains_personal_data",
    "suspected_fake",
    "other",
};
const apic_enum_desc esauti_review_rejected_data_reason_enum_desc = { "review_rejected_data.reason", esauti_review_rejected_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_review_rejected_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_review_rejected_data_reason_to_string(esauti_review_rejected_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_review_rejected_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_review_updated_data_changed_fields_item_Values[] = {
    "rating",
    "title",
    "body",
    "photos",
};
const apic_enum_desc esauti_review_updated_data_changed_fields_item_enum_desc = { "review_updated_data.changed_fields.item", esauti_review_updated_data_changed_fields_item_Values, 4 };
_Static_assert(sizeof(esauti_review_updated_data_changed_fields_item) == sizeof(int), "enum slots are stored as int");

const char *esauti_review_updated_data_changed_fields_item_to_string(esauti_review_updated_data_changed_fields_item value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_review_updated_data_changed_fields_item_Values[value - 1] : NULL;
}

static const char *const esauti_review_replied_data_replied_by_Values[] = {
    "merchant",
    "support_agent",
};
const apic_enum_desc esauti_review_replied_data_replied_by_enum_desc = { "review_replied_data.replied_by", esauti_review_replied_data_replied_by_Values, 2 };
_Static_assert(sizeof(esauti_review_replied_data_replied_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_review_replied_data_replied_by_to_string(esauti_review_replied_data_replied_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_review_replied_data_replied_by_Values[value - 1] : NULL;
}

static const char *const esauti_review_deleted_data_deleted_by_Values[] = {
    "customer",
    "merchant",
    "moderator",
};
const apic_enum_desc esauti_review_deleted_data_deleted_by_enum_desc = { "review_deleted_data.deleted_by", esauti_review_deleted_data_deleted_by_Values, 3 };
_Static_assert(sizeof(esauti_review_deleted_data_deleted_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_review_deleted_data_deleted_by_to_string(esauti_review_deleted_data_deleted_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_review_deleted_data_deleted_by_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_created_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "web_form",
    "phone",
    "chat",
};
const apic_enum_desc esauti_ticket_created_data_channel_enum_desc = { "ticket_created_data.channel", esauti_ticket_created_data_channel_Values, 6 };
_Static_assert(sizeof(esauti_ticket_created_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_created_data_channel_to_string(esauti_ticket_created_data_channel value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_ticket_created_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_created_data_priority_Values[] = {
    "low",
    "normal",
    "high",
    "urgent",
};
const apic_enum_desc esauti_ticket_created_data_priority_enum_desc = { "ticket_created_data.priority", esauti_ticket_created_data_priority_Values, 4 };
_Static_assert(sizeof(esauti_ticket_created_data_priority) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_created_data_priority_to_string(esauti_ticket_created_data_priority value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_ticket_created_data_priority_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_created_data_category_Values[] = {
    "order",
    "payment",
    "delivery",
    "returns",
    "account",
    "product",
    "other",
};
const apic_enum_desc esauti_ticket_created_data_category_enum_desc = { "ticket_created_data.category", esauti_ticket_created_data_category_Values, 7 };
_Static_assert(sizeof(esauti_ticket_created_data_category) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_created_data_category_to_string(esauti_ticket_created_data_category value)
{
    return value >= 1 && (size_t)value <= 7 ? esauti_ticket_created_data_category_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_assigned_data_assignment_method_Values[] = {
    "manual",
    "round_robin",
    "rule",
    "self",
};
const apic_enum_desc esauti_ticket_assigned_data_assignment_method_enum_desc = { "ticket_assigned_data.assignment_method", esauti_ticket_assigned_data_assignment_method_Values, 4 };
_Static_assert(sizeof(esauti_ticket_assigned_data_assignment_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_assigned_data_assignment_method_to_string(esauti_ticket_assigned_data_assignment_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_ticket_assigned_data_assignment_method_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_status_changed_data_from_status_Values[] = {
    "new",
    "open",
    "pending",
    "on_hold",
    "solved",
    "closed",
};
const apic_enum_desc esauti_ticket_status_changed_data_from_status_enum_desc = { "ticket_status_changed_data.from_status", esauti_ticket_status_changed_data_from_status_Values, 6 };
_Static_assert(sizeof(esauti_ticket_status_changed_data_from_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_status_changed_data_from_status_to_string(esauti_ticket_status_changed_data_from_status value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_ticket_status_changed_data_from_status_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_status_changed_data_to_status_Values[] = {
    "new",
    "open",
    "pending",
    "on_hold",
    "solved",
    "closed",
};
const apic_enum_desc esauti_ticket_status_changed_data_to_status_enum_desc = { "ticket_status_changed_data.to_status", esauti_ticket_status_changed_data_to_status_Values, 6 };
_Static_assert(sizeof(esauti_ticket_status_changed_data_to_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_status_changed_data_to_status_to_string(esauti_ticket_status_changed_data_to_status value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_ticket_status_changed_data_to_status_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_status_changed_data_changed_by_Values[] = {
    "agent",
    "customer",
    "automation",
};
const apic_enum_desc esauti_ticket_status_changed_data_changed_by_enum_desc = { "ticket_status_changed_data.changed_by", esauti_ticket_status_changed_data_changed_by_Values, 3 };
_Static_assert(sizeof(esauti_ticket_status_changed_data_changed_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_status_changed_data_changed_by_to_string(esauti_ticket_status_changed_data_changed_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_ticket_status_changed_data_changed_by_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_agent_replied_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "web_form",
    "phone",
    "chat",
};
const apic_enum_desc esauti_ticket_agent_replied_data_channel_enum_desc = { "ticket_agent_replied_data.channel", esauti_ticket_agent_replied_data_channel_Values, 6 };
_Static_assert(sizeof(esauti_ticket_agent_replied_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_agent_replied_data_channel_to_string(esauti_ticket_agent_replied_data_channel value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_ticket_agent_replied_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_customer_replied_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "web_form",
    "phone",
    "chat",
};
const apic_enum_desc esauti_ticket_customer_replied_data_channel_enum_desc = { "ticket_customer_replied_data.channel", esauti_ticket_customer_replied_data_channel_Values, 6 };
_Static_assert(sizeof(esauti_ticket_customer_replied_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_customer_replied_data_channel_to_string(esauti_ticket_customer_replied_data_channel value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_ticket_customer_replied_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_escalated_data_reason_Values[] = {
    "customer_request",
    "sla_risk",
    "vip_customer",
    "complexity",
    "complaint",
    "other",
};
const apic_enum_desc esauti_ticket_escalated_data_reason_enum_desc = { "ticket_escalated_data.reason", esauti_ticket_escalated_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_ticket_escalated_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_escalated_data_reason_to_string(esauti_ticket_escalated_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_ticket_escalated_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_escalated_data_escalated_by_Values[] = {
    "agent",
    "automation",
};
const apic_enum_desc esauti_ticket_escalated_data_escalated_by_enum_desc = { "ticket_escalated_data.escalated_by", esauti_ticket_escalated_data_escalated_by_Values, 2 };
_Static_assert(sizeof(esauti_ticket_escalated_data_escalated_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_escalated_data_escalated_by_to_string(esauti_ticket_escalated_data_escalated_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_ticket_escalated_data_escalated_by_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_sla_breached_data_sla_metric_Values[] = {
    "first_response",
    "next_response",
    "resolution",
};
const apic_enum_desc esauti_ticket_sla_breached_data_sla_metric_enum_desc = { "ticket_sla_breached_data.sla_metric", esauti_ticket_sla_breached_data_sla_metric_Values, 3 };
_Static_assert(sizeof(esauti_ticket_sla_breached_data_sla_metric) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_sla_breached_data_sla_metric_to_string(esauti_ticket_sla_breached_data_sla_metric value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_ticket_sla_breached_data_sla_metric_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_sla_breached_data_priority_Values[] = {
    "low",
    "normal",
    "high",
    "urgent",
};
const apic_enum_desc esauti_ticket_sla_breached_data_priority_enum_desc = { "ticket_sla_breached_data.priority", esauti_ticket_sla_breached_data_priority_Values, 4 };
_Static_assert(sizeof(esauti_ticket_sla_breached_data_priority) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_sla_breached_data_priority_to_string(esauti_ticket_sla_breached_data_priority value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_ticket_sla_breached_data_priority_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_resolved_data_resolution_code_Values[] = {
    "answered",
    "refund_issued",
    "replacement_sent",
    "order_delivered",
    "duplicate",
    "no_response",
    "other",
};
const apic_enum_desc esauti_ticket_resolved_data_resolution_code_enum_desc = { "ticket_resolved_data.resolution_code", esauti_ticket_resolved_data_resolution_code_Values, 7 };
_Static_assert(sizeof(esauti_ticket_resolved_data_resolution_code) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_resolved_data_resolution_code_to_string(esauti_ticket_resolved_data_resolution_code value)
{
    return value >= 1 && (size_t)value <= 7 ? esauti_ticket_resolved_data_resolution_code_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_reopened_data_reopened_by_Values[] = {
    "customer",
    "agent",
    "automation",
};
const apic_enum_desc esauti_ticket_reopened_data_reopened_by_enum_desc = { "ticket_reopened_data.reopened_by", esauti_ticket_reopened_data_reopened_by_Values, 3 };
_Static_assert(sizeof(esauti_ticket_reopened_data_reopened_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_reopened_data_reopened_by_to_string(esauti_ticket_reopened_data_reopened_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_ticket_reopened_data_reopened_by_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_reopened_data_previous_status_Values[] = {
    "solved",
    "closed",
};
const apic_enum_desc esauti_ticket_reopened_data_previous_status_enum_desc = { "ticket_reopened_data.previous_status", esauti_ticket_reopened_data_previous_status_Values, 2 };
_Static_assert(sizeof(esauti_ticket_reopened_data_previous_status) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_reopened_data_previous_status_to_string(esauti_ticket_reopened_data_previous_status value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_ticket_reopened_data_previous_status_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_closed_data_close_reason_Values[] = {
    "resolved",
    "auto_closed_inactive",
    "merged",
    "spam",
};
const apic_enum_desc esauti_ticket_closed_data_close_reason_enum_desc = { "ticket_closed_data.close_reason", esauti_ticket_closed_data_close_reason_Values, 4 };
_Static_assert(sizeof(esauti_ticket_closed_data_close_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_closed_data_close_reason_to_string(esauti_ticket_closed_data_close_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_ticket_closed_data_close_reason_Values[value - 1] : NULL;
}

static const char *const esauti_ticket_satisfaction_rated_data_rating_Values[] = {
    "good",
    "bad",
};
const apic_enum_desc esauti_ticket_satisfaction_rated_data_rating_enum_desc = { "ticket_satisfaction_rated_data.rating", esauti_ticket_satisfaction_rated_data_rating_Values, 2 };
_Static_assert(sizeof(esauti_ticket_satisfaction_rated_data_rating) == sizeof(int), "enum slots are stored as int");

const char *esauti_ticket_satisfaction_rated_data_rating_to_string(esauti_ticket_satisfaction_rated_data_rating value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_ticket_satisfaction_rated_data_rating_Values[value - 1] : NULL;
}

static const char *const esauti_email_sent_data_category_Values[] = {
    "marketing",
    "transactional",
};
const apic_enum_desc esauti_email_sent_data_category_enum_desc = { "email_sent_data.category", esauti_email_sent_data_category_Values, 2 };
_Static_assert(sizeof(esauti_email_sent_data_category) == sizeof(int), "enum slots are stored as int");

const char *esauti_email_sent_data_category_to_string(esauti_email_sent_data_category value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_email_sent_data_category_Values[value - 1] : NULL;
}

static const char *const esauti_email_bounced_data_bounce_type_Values[] = {
    "hard",
    "soft",
    "block",
};
const apic_enum_desc esauti_email_bounced_data_bounce_type_enum_desc = { "email_bounced_data.bounce_type", esauti_email_bounced_data_bounce_type_Values, 3 };
_Static_assert(sizeof(esauti_email_bounced_data_bounce_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_email_bounced_data_bounce_type_to_string(esauti_email_bounced_data_bounce_type value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_email_bounced_data_bounce_type_Values[value - 1] : NULL;
}

static const char *const esauti_email_bounced_data_reason_Values[] = {
    "mailbox_not_found",
    "domain_not_found",
    "mailbox_full",
    "message_too_large",
    "spam_rejected",
    "other",
};
const apic_enum_desc esauti_email_bounced_data_reason_enum_desc = { "email_bounced_data.reason", esauti_email_bounced_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_email_bounced_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_email_bounced_data_reason_to_string(esauti_email_bounced_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_email_bounced_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_sms_sent_data_category_Values[] = {
    "marketing",
    "transactional",
};
const apic_enum_desc esauti_sms_sent_data_category_enum_desc = { "sms_sent_data.category", esauti_sms_sent_data_category_Values, 2 };
_Static_assert(sizeof(esauti_sms_sent_data_category) == sizeof(int), "enum slots are stored as int");

const char *esauti_sms_sent_data_category_to_string(esauti_sms_sent_data_category value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_sms_sent_data_category_Values[value - 1] : NULL;
}

static const char *const esauti_sms_failed_data_reason_Values[] = {
    "invalid_number",
    "absent_subscriber",
    "blacklisted",
    "dnd_blocked",
    "network_error",
    "expired",
    "insufficient_balance",
    "other",
};
const apic_enum_desc esauti_sms_failed_data_reason_enum_desc = { "sms_failed_data.reason", esauti_sms_failed_data_reason_Values, 8 };
_Static_assert(sizeof(esauti_sms_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_sms_failed_data_reason_to_string(esauti_sms_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 8 ? esauti_sms_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_whatsapp_sent_data_message_type_Values[] = {
    "template",
    "text",
    "image",
    "document",
    "interactive",
};
const apic_enum_desc esauti_whatsapp_sent_data_message_type_enum_desc = { "whatsapp_sent_data.message_type", esauti_whatsapp_sent_data_message_type_Values, 5 };
_Static_assert(sizeof(esauti_whatsapp_sent_data_message_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_whatsapp_sent_data_message_type_to_string(esauti_whatsapp_sent_data_message_type value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_whatsapp_sent_data_message_type_Values[value - 1] : NULL;
}

static const char *const esauti_whatsapp_sent_data_conversation_category_Values[] = {
    "marketing",
    "utility",
    "authentication",
    "service",
};
const apic_enum_desc esauti_whatsapp_sent_data_conversation_category_enum_desc = { "whatsapp_sent_data.conversation_category", esauti_whatsapp_sent_data_conversation_category_Values, 4 };
_Static_assert(sizeof(esauti_whatsapp_sent_data_conversation_category) == sizeof(int), "enum slots are stored as int");

const char *esauti_whatsapp_sent_data_conversation_category_to_string(esauti_whatsapp_sent_data_conversation_category value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_whatsapp_sent_data_conversation_category_Values[value - 1] : NULL;
}

static const char *const esauti_whatsapp_clicked_data_click_type_Values[] = {
    "url_button",
    "quick_reply",
    "link",
};
const apic_enum_desc esauti_whatsapp_clicked_data_click_type_enum_desc = { "whatsapp_clicked_data.click_type", esauti_whatsapp_clicked_data_click_type_Values, 3 };
_Static_assert(sizeof(esauti_whatsapp_clicked_data_click_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_whatsapp_clicked_data_click_type_to_string(esauti_whatsapp_clicked_data_click_type value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_whatsapp_clicked_data_click_type_Values[value - 1] : NULL;
}

static const char *const esauti_whatsapp_failed_data_reason_Values[] = {
    "not_on_whatsapp",
    "outside_service_window",
    "template_rejected",
    "rate_limited",
    "user_blocked",
    "other",
};
const apic_enum_desc esauti_whatsapp_failed_data_reason_enum_desc = { "whatsapp_failed_data.reason", esauti_whatsapp_failed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_whatsapp_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_whatsapp_failed_data_reason_to_string(esauti_whatsapp_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_whatsapp_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_push_sent_data_platform_Values[] = {
    "android",
    "ios",
    "web",
};
const apic_enum_desc esauti_push_sent_data_platform_enum_desc = { "push_sent_data.platform", esauti_push_sent_data_platform_Values, 3 };
_Static_assert(sizeof(esauti_push_sent_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_push_sent_data_platform_to_string(esauti_push_sent_data_platform value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_push_sent_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_push_delivered_data_platform_Values[] = {
    "android",
    "ios",
    "web",
};
const apic_enum_desc esauti_push_delivered_data_platform_enum_desc = { "push_delivered_data.platform", esauti_push_delivered_data_platform_Values, 3 };
_Static_assert(sizeof(esauti_push_delivered_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_push_delivered_data_platform_to_string(esauti_push_delivered_data_platform value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_push_delivered_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_push_opened_data_platform_Values[] = {
    "android",
    "ios",
    "web",
};
const apic_enum_desc esauti_push_opened_data_platform_enum_desc = { "push_opened_data.platform", esauti_push_opened_data_platform_Values, 3 };
_Static_assert(sizeof(esauti_push_opened_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_push_opened_data_platform_to_string(esauti_push_opened_data_platform value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_push_opened_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_push_dismissed_data_platform_Values[] = {
    "android",
    "web",
};
const apic_enum_desc esauti_push_dismissed_data_platform_enum_desc = { "push_dismissed_data.platform", esauti_push_dismissed_data_platform_Values, 2 };
_Static_assert(sizeof(esauti_push_dismissed_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_push_dismissed_data_platform_to_string(esauti_push_dismissed_data_platform value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_push_dismissed_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_push_failed_data_platform_Values[] = {
    "android",
    "ios",
    "web",
};
const apic_enum_desc esauti_push_failed_data_platform_enum_desc = { "push_failed_data.platform", esauti_push_failed_data_platform_Values, 3 };
_Static_assert(sizeof(esauti_push_failed_data_platform) == sizeof(int), "enum slots are stored as int");

const char *esauti_push_failed_data_platform_to_string(esauti_push_failed_data_platform value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_push_failed_data_platform_Values[value - 1] : NULL;
}

static const char *const esauti_push_failed_data_reason_Values[] = {
    "token_unregistered",
    "token_invalid",
    "payload_too_large",
    "quota_exceeded",
    "provider_error",
};
const apic_enum_desc esauti_push_failed_data_reason_enum_desc = { "push_failed_data.reason", esauti_push_failed_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_push_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_push_failed_data_reason_to_string(esauti_push_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_push_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_entered_data_campaign_type_Values[] = {
    "broadcast",
    "journey",
    "trigger",
    "recurring",
};
const apic_enum_desc esauti_campaign_entered_data_campaign_type_enum_desc = { "campaign_entered_data.campaign_type", esauti_campaign_entered_data_campaign_type_Values, 4 };
_Static_assert(sizeof(esauti_campaign_entered_data_campaign_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_entered_data_campaign_type_to_string(esauti_campaign_entered_data_campaign_type value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_campaign_entered_data_campaign_type_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_entered_data_entry_source_Values[] = {
    "segment",
    "trigger_event",
    "manual",
    "api",
    "import",
};
const apic_enum_desc esauti_campaign_entered_data_entry_source_enum_desc = { "campaign_entered_data.entry_source", esauti_campaign_entered_data_entry_source_Values, 5 };
_Static_assert(sizeof(esauti_campaign_entered_data_entry_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_entered_data_entry_source_to_string(esauti_campaign_entered_data_entry_source value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_campaign_entered_data_entry_source_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_step_completed_data_step_type_Values[] = {
    "send_email",
    "send_sms",
    "send_whatsapp",
    "send_push",
    "wait",
    "condition",
    "webhook",
    "update_profile",
};
const apic_enum_desc esauti_campaign_step_completed_data_step_type_enum_desc = { "campaign_step_completed_data.step_type", esauti_campaign_step_completed_data_step_type_Values, 8 };
_Static_assert(sizeof(esauti_campaign_step_completed_data_step_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_step_completed_data_step_type_to_string(esauti_campaign_step_completed_data_step_type value)
{
    return value >= 1 && (size_t)value <= 8 ? esauti_campaign_step_completed_data_step_type_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_message_suppressed_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_campaign_message_suppressed_data_channel_enum_desc = { "campaign_message_suppressed_data.channel", esauti_campaign_message_suppressed_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_campaign_message_suppressed_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_message_suppressed_data_channel_to_string(esauti_campaign_message_suppressed_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_campaign_message_suppressed_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_message_suppressed_data_reason_Values[] = {
    "frequency_cap",
    "quiet_hours",
    "no_consent",
    "unsubscribed",
    "invalid_contact",
    "suppression_list",
};
const apic_enum_desc esauti_campaign_message_suppressed_data_reason_enum_desc = { "campaign_message_suppressed_data.reason", esauti_campaign_message_suppressed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_campaign_message_suppressed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_message_suppressed_data_reason_to_string(esauti_campaign_message_suppressed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_campaign_message_suppressed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_converted_data_goal_type_Values[] = {
    "order_placed",
    "booking_made",
    "form_submitted",
    "signup",
    "custom_event",
};
const apic_enum_desc esauti_campaign_converted_data_goal_type_enum_desc = { "campaign_converted_data.goal_type", esauti_campaign_converted_data_goal_type_Values, 5 };
_Static_assert(sizeof(esauti_campaign_converted_data_goal_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_converted_data_goal_type_to_string(esauti_campaign_converted_data_goal_type value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_campaign_converted_data_goal_type_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_converted_data_attributed_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_campaign_converted_data_attributed_channel_enum_desc = { "campaign_converted_data.attributed_channel", esauti_campaign_converted_data_attributed_channel_Values, 4 };
_Static_assert(sizeof(esauti_campaign_converted_data_attributed_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_converted_data_attributed_channel_to_string(esauti_campaign_converted_data_attributed_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_campaign_converted_data_attributed_channel_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_converted_data_attribution_model_Values[] = {
    "last_click",
    "last_touch",
    "first_touch",
};
const apic_enum_desc esauti_campaign_converted_data_attribution_model_enum_desc = { "campaign_converted_data.attribution_model", esauti_campaign_converted_data_attribution_model_Values, 3 };
_Static_assert(sizeof(esauti_campaign_converted_data_attribution_model) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_converted_data_attribution_model_to_string(esauti_campaign_converted_data_attribution_model value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_campaign_converted_data_attribution_model_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_unsubscribed_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_campaign_unsubscribed_data_channel_enum_desc = { "campaign_unsubscribed_data.channel", esauti_campaign_unsubscribed_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_campaign_unsubscribed_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_unsubscribed_data_channel_to_string(esauti_campaign_unsubscribed_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_campaign_unsubscribed_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_unsubscribed_data_scope_Values[] = {
    "campaign",
    "topic",
    "channel_marketing",
};
const apic_enum_desc esauti_campaign_unsubscribed_data_scope_enum_desc = { "campaign_unsubscribed_data.scope", esauti_campaign_unsubscribed_data_scope_Values, 3 };
_Static_assert(sizeof(esauti_campaign_unsubscribed_data_scope) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_unsubscribed_data_scope_to_string(esauti_campaign_unsubscribed_data_scope value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_campaign_unsubscribed_data_scope_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_unsubscribed_data_reason_Values[] = {
    "too_frequent",
    "not_relevant",
    "never_signed_up",
    "other",
};
const apic_enum_desc esauti_campaign_unsubscribed_data_reason_enum_desc = { "campaign_unsubscribed_data.reason", esauti_campaign_unsubscribed_data_reason_Values, 4 };
_Static_assert(sizeof(esauti_campaign_unsubscribed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_unsubscribed_data_reason_to_string(esauti_campaign_unsubscribed_data_reason value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_campaign_unsubscribed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_coupon_issued_data_discount_type_Values[] = {
    "percentage",
    "fixed_amount",
    "free_shipping",
};
const apic_enum_desc esauti_campaign_coupon_issued_data_discount_type_enum_desc = { "campaign_coupon_issued_data.discount_type", esauti_campaign_coupon_issued_data_discount_type_Values, 3 };
_Static_assert(sizeof(esauti_campaign_coupon_issued_data_discount_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_coupon_issued_data_discount_type_to_string(esauti_campaign_coupon_issued_data_discount_type value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_campaign_coupon_issued_data_discount_type_Values[value - 1] : NULL;
}

static const char *const esauti_campaign_exited_data_exit_reason_Values[] = {
    "completed",
    "goal_reached",
    "exit_rule",
    "unsubscribed",
    "removed_manually",
    "campaign_stopped",
};
const apic_enum_desc esauti_campaign_exited_data_exit_reason_enum_desc = { "campaign_exited_data.exit_reason", esauti_campaign_exited_data_exit_reason_Values, 6 };
_Static_assert(sizeof(esauti_campaign_exited_data_exit_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_campaign_exited_data_exit_reason_to_string(esauti_campaign_exited_data_exit_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_campaign_exited_data_exit_reason_Values[value - 1] : NULL;
}

static const char *const esauti_form_viewed_data_display_type_Values[] = {
    "inline",
    "popup",
    "flyout",
    "landing_page",
    "hosted",
};
const apic_enum_desc esauti_form_viewed_data_display_type_enum_desc = { "form_viewed_data.display_type", esauti_form_viewed_data_display_type_Values, 5 };
_Static_assert(sizeof(esauti_form_viewed_data_display_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_form_viewed_data_display_type_to_string(esauti_form_viewed_data_display_type value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_form_viewed_data_display_type_Values[value - 1] : NULL;
}

static const char *const esauti_form_submitted_data_consents_item_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
};
const apic_enum_desc esauti_form_submitted_data_consents_item_channel_enum_desc = { "form_submitted_data.consents.item.channel", esauti_form_submitted_data_consents_item_channel_Values, 4 };
_Static_assert(sizeof(esauti_form_submitted_data_consents_item_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_form_submitted_data_consents_item_channel_to_string(esauti_form_submitted_data_consents_item_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_form_submitted_data_consents_item_channel_Values[value - 1] : NULL;
}

static const char *const esauti_form_submission_rejected_data_reason_Values[] = {
    "validation_error",
    "captcha_failed",
    "spam_detected",
    "duplicate",
    "rate_limited",
};
const apic_enum_desc esauti_form_submission_rejected_data_reason_enum_desc = { "form_submission_rejected_data.reason", esauti_form_submission_rejected_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_form_submission_rejected_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_form_submission_rejected_data_reason_to_string(esauti_form_submission_rejected_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_form_submission_rejected_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_survey_sent_data_survey_type_Values[] = {
    "nps",
    "csat",
    "ces",
    "product_review",
    "custom",
};
const apic_enum_desc esauti_survey_sent_data_survey_type_enum_desc = { "survey_sent_data.survey_type", esauti_survey_sent_data_survey_type_Values, 5 };
_Static_assert(sizeof(esauti_survey_sent_data_survey_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_survey_sent_data_survey_type_to_string(esauti_survey_sent_data_survey_type value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_survey_sent_data_survey_type_Values[value - 1] : NULL;
}

static const char *const esauti_survey_sent_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
    "in_app",
};
const apic_enum_desc esauti_survey_sent_data_channel_enum_desc = { "survey_sent_data.channel", esauti_survey_sent_data_channel_Values, 5 };
_Static_assert(sizeof(esauti_survey_sent_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_survey_sent_data_channel_to_string(esauti_survey_sent_data_channel value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_survey_sent_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_survey_started_data_channel_Values[] = {
    "email",
    "sms",
    "whatsapp",
    "push",
    "in_app",
    "web",
};
const apic_enum_desc esauti_survey_started_data_channel_enum_desc = { "survey_started_data.channel", esauti_survey_started_data_channel_Values, 6 };
_Static_assert(sizeof(esauti_survey_started_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_survey_started_data_channel_to_string(esauti_survey_started_data_channel value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_survey_started_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_survey_completed_data_survey_type_Values[] = {
    "nps",
    "csat",
    "ces",
    "product_review",
    "custom",
};
const apic_enum_desc esauti_survey_completed_data_survey_type_enum_desc = { "survey_completed_data.survey_type", esauti_survey_completed_data_survey_type_Values, 5 };
_Static_assert(sizeof(esauti_survey_completed_data_survey_type) == sizeof(int), "enum slots are stored as int");

const char *esauti_survey_completed_data_survey_type_to_string(esauti_survey_completed_data_survey_type value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_survey_completed_data_survey_type_Values[value - 1] : NULL;
}

static const char *const esauti_survey_completed_data_nps_group_Values[] = {
    "promoter",
    "passive",
    "detractor",
};
const apic_enum_desc esauti_survey_completed_data_nps_group_enum_desc = { "survey_completed_data.nps_group", esauti_survey_completed_data_nps_group_Values, 3 };
_Static_assert(sizeof(esauti_survey_completed_data_nps_group) == sizeof(int), "enum slots are stored as int");

const char *esauti_survey_completed_data_nps_group_to_string(esauti_survey_completed_data_nps_group value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_survey_completed_data_nps_group_Values[value - 1] : NULL;
}

static const char *const esauti_booking_requested_data_channel_Values[] = {
    "booking_page",
    "whatsapp",
    "phone",
    "walk_in",
    "api",
};
const apic_enum_desc esauti_booking_requested_data_channel_enum_desc = { "booking_requested_data.channel", esauti_booking_requested_data_channel_Values, 5 };
_Static_assert(sizeof(esauti_booking_requested_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_booking_requested_data_channel_to_string(esauti_booking_requested_data_channel value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_booking_requested_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_booking_confirmed_data_confirmed_by_Values[] = {
    "staff",
    "auto",
};
const apic_enum_desc esauti_booking_confirmed_data_confirmed_by_enum_desc = { "booking_confirmed_data.confirmed_by", esauti_booking_confirmed_data_confirmed_by_Values, 2 };
_Static_assert(sizeof(esauti_booking_confirmed_data_confirmed_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_booking_confirmed_data_confirmed_by_to_string(esauti_booking_confirmed_data_confirmed_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_booking_confirmed_data_confirmed_by_Values[value - 1] : NULL;
}

static const char *const esauti_booking_declined_data_reason_Values[] = {
    "slot_unavailable",
    "staff_unavailable",
    "service_unavailable",
    "request_expired",
    "other",
};
const apic_enum_desc esauti_booking_declined_data_reason_enum_desc = { "booking_declined_data.reason", esauti_booking_declined_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_booking_declined_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_booking_declined_data_reason_to_string(esauti_booking_declined_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_booking_declined_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_scheduled_data_source_Values[] = {
    "booking",
    "staff",
    "import",
    "api",
};
const apic_enum_desc esauti_appointment_scheduled_data_source_enum_desc = { "appointment_scheduled_data.source", esauti_appointment_scheduled_data_source_Values, 4 };
_Static_assert(sizeof(esauti_appointment_scheduled_data_source) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_scheduled_data_source_to_string(esauti_appointment_scheduled_data_source value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_appointment_scheduled_data_source_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_rescheduled_data_requested_by_Values[] = {
    "customer",
    "staff",
    "system",
};
const apic_enum_desc esauti_appointment_rescheduled_data_requested_by_enum_desc = { "appointment_rescheduled_data.requested_by", esauti_appointment_rescheduled_data_requested_by_Values, 3 };
_Static_assert(sizeof(esauti_appointment_rescheduled_data_requested_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_rescheduled_data_requested_by_to_string(esauti_appointment_rescheduled_data_requested_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_appointment_rescheduled_data_requested_by_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_cancelled_data_cancelled_by_Values[] = {
    "customer",
    "staff",
    "system",
};
const apic_enum_desc esauti_appointment_cancelled_data_cancelled_by_enum_desc = { "appointment_cancelled_data.cancelled_by", esauti_appointment_cancelled_data_cancelled_by_Values, 3 };
_Static_assert(sizeof(esauti_appointment_cancelled_data_cancelled_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_cancelled_data_cancelled_by_to_string(esauti_appointment_cancelled_data_cancelled_by value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_appointment_cancelled_data_cancelled_by_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_cancelled_data_reason_Values[] = {
    "customer_request",
    "staff_unavailable",
    "duplicate",
    "unpaid_deposit",
    "other",
};
const apic_enum_desc esauti_appointment_cancelled_data_reason_enum_desc = { "appointment_cancelled_data.reason", esauti_appointment_cancelled_data_reason_Values, 5 };
_Static_assert(sizeof(esauti_appointment_cancelled_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_cancelled_data_reason_to_string(esauti_appointment_cancelled_data_reason value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_appointment_cancelled_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_reminder_sent_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "push",
};
const apic_enum_desc esauti_appointment_reminder_sent_data_channel_enum_desc = { "appointment_reminder_sent_data.channel", esauti_appointment_reminder_sent_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_appointment_reminder_sent_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_reminder_sent_data_channel_to_string(esauti_appointment_reminder_sent_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_appointment_reminder_sent_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_checked_in_data_method_Values[] = {
    "reception",
    "kiosk",
    "self_link",
    "qr_code",
};
const apic_enum_desc esauti_appointment_checked_in_data_method_enum_desc = { "appointment_checked_in_data.method", esauti_appointment_checked_in_data_method_Values, 4 };
_Static_assert(sizeof(esauti_appointment_checked_in_data_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_checked_in_data_method_to_string(esauti_appointment_checked_in_data_method value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_appointment_checked_in_data_method_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_completed_data_payment_method_Values[] = {
    "mpesa",
    "card",
    "cash",
    "bank_transfer",
    "other",
};
const apic_enum_desc esauti_appointment_completed_data_payment_method_enum_desc = { "appointment_completed_data.payment_method", esauti_appointment_completed_data_payment_method_Values, 5 };
_Static_assert(sizeof(esauti_appointment_completed_data_payment_method) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_completed_data_payment_method_to_string(esauti_appointment_completed_data_payment_method value)
{
    return value >= 1 && (size_t)value <= 5 ? esauti_appointment_completed_data_payment_method_Values[value - 1] : NULL;
}

static const char *const esauti_appointment_no_show_data_marked_by_Values[] = {
    "staff",
    "system",
};
const apic_enum_desc esauti_appointment_no_show_data_marked_by_enum_desc = { "appointment_no_show_data.marked_by", esauti_appointment_no_show_data_marked_by_Values, 2 };
_Static_assert(sizeof(esauti_appointment_no_show_data_marked_by) == sizeof(int), "enum slots are stored as int");

const char *esauti_appointment_no_show_data_marked_by_to_string(esauti_appointment_no_show_data_marked_by value)
{
    return value >= 1 && (size_t)value <= 2 ? esauti_appointment_no_show_data_marked_by_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_requested_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_code_requested_data_channel_enum_desc = { "verify_code_requested_data.channel", esauti_verify_code_requested_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_code_requested_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_requested_data_channel_to_string(esauti_verify_code_requested_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_code_requested_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_requested_data_purpose_Values[] = {
    "signup",
    "login",
    "payment_confirmation",
    "password_reset",
    "contact_change",
    "other",
};
const apic_enum_desc esauti_verify_code_requested_data_purpose_enum_desc = { "verify_code_requested_data.purpose", esauti_verify_code_requested_data_purpose_Values, 6 };
_Static_assert(sizeof(esauti_verify_code_requested_data_purpose) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_requested_data_purpose_to_string(esauti_verify_code_requested_data_purpose value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_verify_code_requested_data_purpose_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_sent_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_code_sent_data_channel_enum_desc = { "verify_code_sent_data.channel", esauti_verify_code_sent_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_code_sent_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_sent_data_channel_to_string(esauti_verify_code_sent_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_code_sent_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_resent_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_code_resent_data_channel_enum_desc = { "verify_code_resent_data.channel", esauti_verify_code_resent_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_code_resent_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_resent_data_channel_to_string(esauti_verify_code_resent_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_code_resent_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_resent_data_previous_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_code_resent_data_previous_channel_enum_desc = { "verify_code_resent_data.previous_channel", esauti_verify_code_resent_data_previous_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_code_resent_data_previous_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_resent_data_previous_channel_to_string(esauti_verify_code_resent_data_previous_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_code_resent_data_previous_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_resent_data_reason_Values[] = {
    "customer_request",
    "channel_fallback",
    "delivery_failed",
};
const apic_enum_desc esauti_verify_code_resent_data_reason_enum_desc = { "verify_code_resent_data.reason", esauti_verify_code_resent_data_reason_Values, 3 };
_Static_assert(sizeof(esauti_verify_code_resent_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_resent_data_reason_to_string(esauti_verify_code_resent_data_reason value)
{
    return value >= 1 && (size_t)value <= 3 ? esauti_verify_code_resent_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_verified_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_code_verified_data_channel_enum_desc = { "verify_code_verified_data.channel", esauti_verify_code_verified_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_code_verified_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_verified_data_channel_to_string(esauti_verify_code_verified_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_code_verified_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_verified_data_purpose_Values[] = {
    "signup",
    "login",
    "payment_confirmation",
    "password_reset",
    "contact_change",
    "other",
};
const apic_enum_desc esauti_verify_code_verified_data_purpose_enum_desc = { "verify_code_verified_data.purpose", esauti_verify_code_verified_data_purpose_Values, 6 };
_Static_assert(sizeof(esauti_verify_code_verified_data_purpose) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_verified_data_purpose_to_string(esauti_verify_code_verified_data_purpose value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_verify_code_verified_data_purpose_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_failed_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_code_failed_data_channel_enum_desc = { "verify_code_failed_data.channel", esauti_verify_code_failed_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_code_failed_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_failed_data_channel_to_string(esauti_verify_code_failed_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_code_failed_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_code_expired_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_code_expired_data_channel_enum_desc = { "verify_code_expired_data.channel", esauti_verify_code_expired_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_code_expired_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_code_expired_data_channel_to_string(esauti_verify_code_expired_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_code_expired_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_max_attempts_reached_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_max_attempts_reached_data_channel_enum_desc = { "verify_max_attempts_reached_data.channel", esauti_verify_max_attempts_reached_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_max_attempts_reached_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_max_attempts_reached_data_channel_to_string(esauti_verify_max_attempts_reached_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_max_attempts_reached_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_delivery_failed_data_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_delivery_failed_data_channel_enum_desc = { "verify_delivery_failed_data.channel", esauti_verify_delivery_failed_data_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_delivery_failed_data_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_delivery_failed_data_channel_to_string(esauti_verify_delivery_failed_data_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_delivery_failed_data_channel_Values[value - 1] : NULL;
}

static const char *const esauti_verify_delivery_failed_data_reason_Values[] = {
    "invalid_destination",
    "unreachable",
    "not_on_whatsapp",
    "bounced",
    "call_unanswered",
    "provider_error",
};
const apic_enum_desc esauti_verify_delivery_failed_data_reason_enum_desc = { "verify_delivery_failed_data.reason", esauti_verify_delivery_failed_data_reason_Values, 6 };
_Static_assert(sizeof(esauti_verify_delivery_failed_data_reason) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_delivery_failed_data_reason_to_string(esauti_verify_delivery_failed_data_reason value)
{
    return value >= 1 && (size_t)value <= 6 ? esauti_verify_delivery_failed_data_reason_Values[value - 1] : NULL;
}

static const char *const esauti_verify_delivery_failed_data_fallback_channel_Values[] = {
    "sms",
    "whatsapp",
    "email",
    "voice",
};
const apic_enum_desc esauti_verify_delivery_failed_data_fallback_channel_enum_desc = { "verify_delivery_failed_data.fallback_channel", esauti_verify_delivery_failed_data_fallback_channel_Values, 4 };
_Static_assert(sizeof(esauti_verify_delivery_failed_data_fallback_channel) == sizeof(int), "enum slots are stored as int");

const char *esauti_verify_delivery_failed_data_fallback_channel_to_string(esauti_verify_delivery_failed_data_fallback_channel value)
{
    return value >= 1 && (size_t)value <= 4 ? esauti_verify_delivery_failed_data_fallback_channel_Values[value - 1] : NULL;
}

const apic_type esauti_error_model_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_error_model_desc, NULL, NULL };
const apic_type esauti_string_map_Type = { APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type esauti_action_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_action_result_desc, NULL, NULL };
const apic_type esauti_stage_ref_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_stage_ref_desc, NULL, NULL };
const apic_type esauti_contact_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_desc, NULL, NULL };
const apic_type esauti_string_email_Type = { APIC_STRING, APIC_FMT_EMAIL, NULL, NULL, NULL };
const apic_type esauti_string_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_string };
const apic_type esauti_string_date_time_Type = { APIC_STRING, APIC_FMT_DATE_TIME, NULL, NULL, NULL };
const apic_type esauti_contact_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_input_desc, NULL, NULL };
const apic_type esauti_contact_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_patch_desc, NULL, NULL };
const apic_type esauti_contact_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_list_desc, NULL, NULL };
const apic_type esauti_contact_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_contact_Type };
const apic_type esauti_contact_batch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_batch_desc, NULL, NULL };
const apic_type esauti_contact_input_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_contact_input_Type };
const apic_type esauti_contact_batch_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_batch_result_desc, NULL, NULL };
const apic_type esauti_error_model_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_error_model_Type };
const apic_type esauti_company_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_company_desc, NULL, NULL };
const apic_type esauti_string_uri_Type = { APIC_STRING, APIC_FMT_URI, NULL, NULL, NULL };
const apic_type esauti_company_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_company_input_desc, NULL, NULL };
const apic_type esauti_company_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_company_patch_desc, NULL, NULL };
const apic_type esauti_company_filter_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_company_filter_desc, NULL, NULL };
const apic_type esauti_company_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_company_list_desc, NULL, NULL };
const apic_type esauti_company_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_company_Type };
const apic_type esauti_segment_ref_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_segment_ref_desc, NULL, NULL };
const apic_type esauti_segment_filter_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_segment_filter_desc, NULL, NULL };
const apic_type esauti_segment_filter_glue_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_segment_filter_glue_enum_desc, NULL };
const apic_type esauti_segment_filter_object_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_segment_filter_object_enum_desc, NULL };
const apic_type esauti_filter_operator_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_filter_operator_enum_desc, NULL };
const apic_type esauti_segment_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_segment_desc, NULL, NULL };
const apic_type esauti_segment_filter_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_segment_filter_Type };
const apic_type esauti_segment_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_segment_input_desc, NULL, NULL };
const apic_type esauti_segment_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_segment_patch_desc, NULL, NULL };
const apic_type esauti_segment_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_segment_list_desc, NULL, NULL };
const apic_type esauti_segment_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_segment_Type };
const apic_type esauti_campaign_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_desc, NULL, NULL };
const apic_type esauti_segment_ref_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_segment_ref_Type };
const apic_type esauti_campaign_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_list_desc, NULL, NULL };
const apic_type esauti_campaign_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_campaign_Type };
const apic_type esauti_campaign_contact_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_contact_desc, NULL, NULL };
const apic_type esauti_campaign_contact_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_contact_list_desc, NULL, NULL };
const apic_type esauti_campaign_contact_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_campaign_contact_Type };
const apic_type esauti_form_field_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_field_desc, NULL, NULL };
const apic_type esauti_field_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_field_type_enum_desc, NULL };
const apic_type esauti_form_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_desc, NULL, NULL };
const apic_type esauti_form_kind_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_form_kind_enum_desc, NULL };
const apic_type esauti_form_post_action_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_form_post_action_enum_desc, NULL };
const apic_type esauti_form_field_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_form_field_Type };
const apic_type esauti_form_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_list_desc, NULL, NULL };
const apic_type esauti_form_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_form_Type };
const apic_type esauti_form_submission_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submission_desc, NULL, NULL };
const apic_type esauti_form_submission_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submission_list_desc, NULL, NULL };
const apic_type esauti_form_submission_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_form_submission_Type };
const apic_type esauti_email_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_desc, NULL, NULL };
const apic_type esauti_email_kind_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_email_kind_enum_desc, NULL };
const apic_type esauti_email_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_list_desc, NULL, NULL };
const apic_type esauti_email_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_email_Type };
const apic_type esauti_email_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_input_desc, NULL, NULL };
const apic_type esauti_int64_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &apic_type_int64 };
const apic_type esauti_email_send_request_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_send_request_desc, NULL, NULL };
const apic_type esauti_email_send_result_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_send_result_desc, NULL, NULL };
const apic_type esauti_note_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_note_desc, NULL, NULL };
const apic_type esauti_note_kind_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_note_kind_enum_desc, NULL };
const apic_type esauti_note_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_note_input_desc, NULL, NULL };
const apic_type esauti_note_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_note_patch_desc, NULL, NULL };
const apic_type esauti_note_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_note_list_desc, NULL, NULL };
const apic_type esauti_note_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_note_Type };
const apic_type esauti_stage_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_stage_desc, NULL, NULL };
const apic_type esauti_stage_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_stage_input_desc, NULL, NULL };
const apic_type esauti_stage_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_stage_patch_desc, NULL, NULL };
const apic_type esauti_stage_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_stage_list_desc, NULL, NULL };
const apic_type esauti_stage_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_stage_Type };
const apic_type esauti_tag_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_tag_desc, NULL, NULL };
const apic_type esauti_tag_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_tag_input_desc, NULL, NULL };
const apic_type esauti_tag_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_tag_patch_desc, NULL, NULL };
const apic_type esauti_tag_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_tag_list_desc, NULL, NULL };
const apic_type esauti_tag_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_tag_Type };
const apic_type esauti_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_desc, NULL, NULL };
const apic_type esauti_sort_direction_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_sort_direction_enum_desc, NULL };
const apic_type esauti_webhook_trigger_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_webhook_trigger_type_enum_desc, NULL };
const apic_type esauti_webhook_trigger_type_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_webhook_trigger_type_Type };
const apic_type esauti_webhook_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_input_desc, NULL, NULL };
const apic_type esauti_webhook_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_patch_desc, NULL, NULL };
const apic_type esauti_contact_created_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_created_webhook_desc, NULL, NULL };
const apic_type esauti_contact_created_webhook_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_created_webhook_data_desc, NULL, NULL };
const apic_type esauti_contact_updated_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_updated_webhook_desc, NULL, NULL };
const apic_type esauti_contact_updated_webhook_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_updated_webhook_data_desc, NULL, NULL };
const apic_type esauti_contact_deleted_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_deleted_webhook_desc, NULL, NULL };
const apic_type esauti_contact_deleted_webhook_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_deleted_webhook_data_desc, NULL, NULL };
const apic_type esauti_form_submitted_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submitted_webhook_desc, NULL, NULL };
const apic_type esauti_form_submitted_webhook_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submitted_webhook_data_desc, NULL, NULL };
const apic_type esauti_email_opened_webhook_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_opened_webhook_desc, NULL, NULL };
const apic_type esauti_email_opened_webhook_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_opened_webhook_data_desc, NULL, NULL };
const apic_type esauti_webhook_trigger_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_trigger_desc, NULL, NULL };
const apic_type esauti_webhook_trigger_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_trigger_list_desc, NULL, NULL };
const apic_type esauti_webhook_trigger_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_webhook_trigger_Type };
const apic_type esauti_webhook_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_list_desc, NULL, NULL };
const apic_type esauti_webhook_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_webhook_Type };
const apic_type esauti_event_customer_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_event_customer_desc, NULL, NULL };
const apic_type esauti_event_entity_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_event_entity_desc, NULL, NULL };
const apic_type esauti_event_identity_model_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_event_identity_model_desc, NULL, NULL };
const apic_type esauti_event_envelope_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_event_envelope_desc, NULL, NULL };
const apic_type esauti_string_uuid_Type = { APIC_STRING, APIC_FMT_UUID, NULL, NULL, NULL };
const apic_type esauti_event_receipt_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_event_receipt_desc, NULL, NULL };
const apic_type esauti_event_receipt_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_event_receipt_status_enum_desc, NULL };
const apic_type esauti_event_batch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_event_batch_desc, NULL, NULL };
const apic_type esauti_event_envelope_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_event_envelope_Type };
const apic_type esauti_event_batch_receipt_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_event_batch_receipt_desc, NULL, NULL };
const apic_type esauti_event_receipt_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_event_receipt_Type };
const apic_type esauti_webhook_event_Type = { APIC_UNION, APIC_FMT_NONE, NULL, &esauti_webhook_event_desc.kinds, NULL };
const apic_type esauti_contact_sort_field_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_sort_field_enum_desc, NULL };
const apic_type esauti_sort_field_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_sort_field_enum_desc, NULL };
const apic_type esauti_note_sort_field_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_note_sort_field_enum_desc, NULL };
const apic_type esauti_customer_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_created_data_desc, NULL, NULL };
const apic_type esauti_string_phone_Type = { APIC_STRING, APIC_FMT_PHONE, NULL, NULL, NULL };
const apic_type esauti_string_country_Type = { APIC_STRING, APIC_FMT_COUNTRY, NULL, NULL, NULL };
const apic_type esauti_customer_created_data_language_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_created_data_language_enum_desc, NULL };
const apic_type esauti_customer_created_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_created_data_source_enum_desc, NULL };
const apic_type esauti_customer_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_updated_data_desc, NULL, NULL };
const apic_type esauti_customer_updated_data_updated_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_updated_data_updated_by_enum_desc, NULL };
const apic_type esauti_customer_deleted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_deleted_data_desc, NULL, NULL };
const apic_type esauti_customer_deleted_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_deleted_data_reason_enum_desc, NULL };
const apic_type esauti_customer_merged_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_merged_data_desc, NULL, NULL };
const apic_type esauti_customer_merged_data_match_key_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_merged_data_match_key_enum_desc, NULL };
const apic_type esauti_customer_tagged_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_tagged_data_desc, NULL, NULL };
const apic_type esauti_customer_tagged_data_added_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_tagged_data_added_by_enum_desc, NULL };
const apic_type esauti_customer_untagged_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_untagged_data_desc, NULL, NULL };
const apic_type esauti_customer_untagged_data_removed_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_untagged_data_removed_by_enum_desc, NULL };
const apic_type esauti_customer_segment_entered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_segment_entered_data_desc, NULL, NULL };
const apic_type esauti_customer_segment_exited_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_customer_segment_exited_data_desc, NULL, NULL };
const apic_type esauti_customer_segment_exited_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_customer_segment_exited_data_reason_enum_desc, NULL };
const apic_type esauti_contact_subscribed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_subscribed_data_desc, NULL, NULL };
const apic_type esauti_contact_subscribed_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_subscribed_data_channel_enum_desc, NULL };
const apic_type esauti_contact_subscribed_data_consent_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_subscribed_data_consent_source_enum_desc, NULL };
const apic_type esauti_contact_unsubscribed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_unsubscribed_data_desc, NULL, NULL };
const apic_type esauti_contact_unsubscribed_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_unsubscribed_data_channel_enum_desc, NULL };
const apic_type esauti_contact_unsubscribed_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_unsubscribed_data_method_enum_desc, NULL };
const apic_type esauti_contact_preferences_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_preferences_updated_data_desc, NULL, NULL };
const apic_type esauti_contact_preferences_updated_data_topics_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_preferences_updated_data_topics_item_enum_desc, NULL };
const apic_type esauti_contact_preferences_updated_data_topics_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_contact_preferences_updated_data_topics_item_Type };
const apic_type esauti_contact_preferences_updated_data_frequency_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_preferences_updated_data_frequency_enum_desc, NULL };
const apic_type esauti_contact_preferences_updated_data_preferred_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_preferences_updated_data_preferred_channel_enum_desc, NULL };
const apic_type esauti_contact_preferences_updated_data_language_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_preferences_updated_data_language_enum_desc, NULL };
const apic_type esauti_contact_phone_verified_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_phone_verified_data_desc, NULL, NULL };
const apic_type esauti_contact_phone_verified_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_phone_verified_data_method_enum_desc, NULL };
const apic_type esauti_lead_captured_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_captured_data_desc, NULL, NULL };
const apic_type esauti_lead_captured_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_captured_data_source_enum_desc, NULL };
const apic_type esauti_lead_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_updated_data_desc, NULL, NULL };
const apic_type esauti_string_currency_Type = { APIC_STRING, APIC_FMT_CURRENCY, NULL, NULL, NULL };
const apic_type esauti_lead_assigned_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_assigned_data_desc, NULL, NULL };
const apic_type esauti_lead_assigned_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_assigned_data_method_enum_desc, NULL };
const apic_type esauti_lead_scored_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_scored_data_desc, NULL, NULL };
const apic_type esauti_lead_scored_data_grade_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_scored_data_grade_enum_desc, NULL };
const apic_type esauti_lead_contacted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_contacted_data_desc, NULL, NULL };
const apic_type esauti_lead_contacted_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_contacted_data_channel_enum_desc, NULL };
const apic_type esauti_lead_contacted_data_outcome_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_contacted_data_outcome_enum_desc, NULL };
const apic_type esauti_lead_qualified_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_qualified_data_desc, NULL, NULL };
const apic_type esauti_lead_qualified_data_qualified_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_qualified_data_qualified_by_enum_desc, NULL };
const apic_type esauti_string_date_Type = { APIC_STRING, APIC_FMT_DATE, NULL, NULL, NULL };
const apic_type esauti_lead_disqualified_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_disqualified_data_desc, NULL, NULL };
const apic_type esauti_lead_disqualified_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_disqualified_data_reason_enum_desc, NULL };
const apic_type esauti_lead_converted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_converted_data_desc, NULL, NULL };
const apic_type esauti_lead_converted_data_converted_to_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_converted_data_converted_to_enum_desc, NULL };
const apic_type esauti_lead_lost_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_lost_data_desc, NULL, NULL };
const apic_type esauti_lead_lost_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_lost_data_reason_enum_desc, NULL };
const apic_type esauti_lead_status_changed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_lead_status_changed_data_desc, NULL, NULL };
const apic_type esauti_lead_status_changed_data_from_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_status_changed_data_from_status_enum_desc, NULL };
const apic_type esauti_lead_status_changed_data_to_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_lead_status_changed_data_to_status_enum_desc, NULL };
const apic_type esauti_account_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_account_created_data_desc, NULL, NULL };
const apic_type esauti_account_created_data_login_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_account_created_data_login_method_enum_desc, NULL };
const apic_type esauti_account_email_verified_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_account_email_verified_data_desc, NULL, NULL };
const apic_type esauti_account_password_changed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_account_password_changed_data_desc, NULL, NULL };
const apic_type esauti_account_locked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_account_locked_data_desc, NULL, NULL };
const apic_type esauti_account_locked_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_account_locked_data_reason_enum_desc, NULL };
const apic_type esauti_account_unlocked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_account_unlocked_data_desc, NULL, NULL };
const apic_type esauti_account_unlocked_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_account_unlocked_data_method_enum_desc, NULL };
const apic_type esauti_account_closed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_account_closed_data_desc, NULL, NULL };
const apic_type esauti_account_closed_data_closed_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_account_closed_data_closed_by_enum_desc, NULL };
const apic_type esauti_account_closed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_account_closed_data_reason_enum_desc, NULL };
const apic_type esauti_auth_login_succeeded_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_login_succeeded_data_desc, NULL, NULL };
const apic_type esauti_auth_login_succeeded_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_login_succeeded_data_method_enum_desc, NULL };
const apic_type esauti_auth_login_succeeded_data_second_factor_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_login_succeeded_data_second_factor_enum_desc, NULL };
const apic_type esauti_auth_login_succeeded_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_login_succeeded_data_platform_enum_desc, NULL };
const apic_type esauti_auth_login_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_login_failed_data_desc, NULL, NULL };
const apic_type esauti_auth_login_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_login_failed_data_reason_enum_desc, NULL };
const apic_type esauti_auth_login_failed_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_login_failed_data_platform_enum_desc, NULL };
const apic_type esauti_auth_logged_out_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_logged_out_data_desc, NULL, NULL };
const apic_type esauti_auth_logged_out_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_logged_out_data_reason_enum_desc, NULL };
const apic_type esauti_auth_password_reset_requested_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_password_reset_requested_data_desc, NULL, NULL };
const apic_type esauti_auth_password_reset_requested_data_delivery_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_password_reset_requested_data_delivery_channel_enum_desc, NULL };
const apic_type esauti_auth_password_reset_completed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_password_reset_completed_data_desc, NULL, NULL };
const apic_type esauti_auth_password_reset_completed_data_delivery_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_password_reset_completed_data_delivery_channel_enum_desc, NULL };
const apic_type esauti_auth_mfa_enabled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_mfa_enabled_data_desc, NULL, NULL };
const apic_type esauti_auth_mfa_enabled_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_mfa_enabled_data_method_enum_desc, NULL };
const apic_type esauti_auth_mfa_disabled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_mfa_disabled_data_desc, NULL, NULL };
const apic_type esauti_auth_mfa_disabled_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_mfa_disabled_data_method_enum_desc, NULL };
const apic_type esauti_auth_mfa_disabled_data_disabled_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_mfa_disabled_data_disabled_by_enum_desc, NULL };
const apic_type esauti_auth_new_device_detected_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_auth_new_device_detected_data_desc, NULL, NULL };
const apic_type esauti_auth_new_device_detected_data_device_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_auth_new_device_detected_data_device_type_enum_desc, NULL };
const apic_type esauti_session_started_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_session_started_data_desc, NULL, NULL };
const apic_type esauti_session_started_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_session_started_data_platform_enum_desc, NULL };
const apic_type esauti_session_identified_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_session_identified_data_desc, NULL, NULL };
const apic_type esauti_session_identified_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_session_identified_data_method_enum_desc, NULL };
const apic_type esauti_session_campaign_attributed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_session_campaign_attributed_data_desc, NULL, NULL };
const apic_type esauti_session_ended_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_session_ended_data_desc, NULL, NULL };
const apic_type esauti_page_viewed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_page_viewed_data_desc, NULL, NULL };
const apic_type esauti_page_viewed_data_page_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_page_viewed_data_page_type_enum_desc, NULL };
const apic_type esauti_page_scrolled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_page_scrolled_data_desc, NULL, NULL };
const apic_type esauti_page_link_clicked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_page_link_clicked_data_desc, NULL, NULL };
const apic_type esauti_page_link_clicked_data_kind_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_page_link_clicked_data_kind_enum_desc, NULL };
const apic_type esauti_page_popup_shown_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_page_popup_shown_data_desc, NULL, NULL };
const apic_type esauti_page_popup_shown_data_trigger_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_page_popup_shown_data_trigger_enum_desc, NULL };
const apic_type esauti_page_popup_dismissed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_page_popup_dismissed_data_desc, NULL, NULL };
const apic_type esauti_page_popup_dismissed_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_page_popup_dismissed_data_method_enum_desc, NULL };
const apic_type esauti_page_tracked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_page_tracked_data_desc, NULL, NULL };
const apic_type esauti_product_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_created_data_desc, NULL, NULL };
const apic_type esauti_product_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_updated_data_desc, NULL, NULL };
const apic_type esauti_product_updated_data_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_product_updated_data_status_enum_desc, NULL };
const apic_type esauti_product_price_changed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_price_changed_data_desc, NULL, NULL };
const apic_type esauti_product_price_changed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_product_price_changed_data_reason_enum_desc, NULL };
const apic_type esauti_product_stock_depleted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_stock_depleted_data_desc, NULL, NULL };
const apic_type esauti_product_restocked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_restocked_data_desc, NULL, NULL };
const apic_type esauti_product_viewed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_viewed_data_desc, NULL, NULL };
const apic_type esauti_product_viewed_data_list_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_product_viewed_data_list_source_enum_desc, NULL };
const apic_type esauti_product_wishlisted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_wishlisted_data_desc, NULL, NULL };
const apic_type esauti_product_shared_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_shared_data_desc, NULL, NULL };
const apic_type esauti_product_shared_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_product_shared_data_channel_enum_desc, NULL };
const apic_type esauti_product_back_in_stock_requested_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_product_back_in_stock_requested_data_desc, NULL, NULL };
const apic_type esauti_product_back_in_stock_requested_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_product_back_in_stock_requested_data_channel_enum_desc, NULL };
const apic_type esauti_category_viewed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_category_viewed_data_desc, NULL, NULL };
const apic_type esauti_catalog_searched_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_catalog_searched_data_desc, NULL, NULL };
const apic_type esauti_catalog_synced_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_catalog_synced_data_desc, NULL, NULL };
const apic_type esauti_catalog_synced_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_catalog_synced_data_source_enum_desc, NULL };
const apic_type esauti_catalog_synced_data_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_catalog_synced_data_status_enum_desc, NULL };
const apic_type esauti_cart_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_created_data_desc, NULL, NULL };
const apic_type esauti_cart_created_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_cart_created_data_channel_enum_desc, NULL };
const apic_type esauti_cart_item_added_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_item_added_data_desc, NULL, NULL };
const apic_type esauti_cart_item_removed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_item_removed_data_desc, NULL, NULL };
const apic_type esauti_cart_item_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_item_updated_data_desc, NULL, NULL };
const apic_type esauti_cart_merged_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_merged_data_desc, NULL, NULL };
const apic_type esauti_cart_emptied_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_emptied_data_desc, NULL, NULL };
const apic_type esauti_cart_emptied_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_cart_emptied_data_reason_enum_desc, NULL };
const apic_type esauti_cart_abandoned_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_abandoned_data_desc, NULL, NULL };
const apic_type esauti_cart_abandoned_data_items_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_abandoned_data_items_item_desc, NULL, NULL };
const apic_type esauti_cart_abandoned_data_items_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_cart_abandoned_data_items_item_Type };
const apic_type esauti_cart_recovered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_cart_recovered_data_desc, NULL, NULL };
const apic_type esauti_cart_recovered_data_recovery_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_cart_recovered_data_recovery_channel_enum_desc, NULL };
const apic_type esauti_checkout_started_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_checkout_started_data_desc, NULL, NULL };
const apic_type esauti_checkout_delivery_selected_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_checkout_delivery_selected_data_desc, NULL, NULL };
const apic_type esauti_checkout_delivery_selected_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_checkout_delivery_selected_data_method_enum_desc, NULL };
const apic_type esauti_checkout_delivery_selected_data_address_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_checkout_delivery_selected_data_address_desc, NULL, NULL };
const apic_type esauti_checkout_payment_method_selected_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_checkout_payment_method_selected_data_desc, NULL, NULL };
const apic_type esauti_checkout_payment_method_selected_data_payment_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_checkout_payment_method_selected_data_payment_method_enum_desc, NULL };
const apic_type esauti_checkout_completed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_checkout_completed_data_desc, NULL, NULL };
const apic_type esauti_order_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_created_data_desc, NULL, NULL };
const apic_type esauti_order_created_data_items_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_created_data_items_item_desc, NULL, NULL };
const apic_type esauti_order_created_data_items_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_order_created_data_items_item_Type };
const apic_type esauti_order_created_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_created_data_channel_enum_desc, NULL };
const apic_type esauti_order_confirmed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_confirmed_data_desc, NULL, NULL };
const apic_type esauti_order_confirmed_data_confirmed_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_confirmed_data_confirmed_by_enum_desc, NULL };
const apic_type esauti_order_paid_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_paid_data_desc, NULL, NULL };
const apic_type esauti_order_paid_data_payment_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_paid_data_payment_method_enum_desc, NULL };
const apic_type esauti_order_payment_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_payment_failed_data_desc, NULL, NULL };
const apic_type esauti_order_payment_failed_data_payment_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_payment_failed_data_payment_method_enum_desc, NULL };
const apic_type esauti_order_payment_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_payment_failed_data_reason_enum_desc, NULL };
const apic_type esauti_order_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_updated_data_desc, NULL, NULL };
const apic_type esauti_order_updated_data_updated_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_updated_data_updated_by_enum_desc, NULL };
const apic_type esauti_order_packed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_packed_data_desc, NULL, NULL };
const apic_type esauti_order_shipped_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_shipped_data_desc, NULL, NULL };
const apic_type esauti_order_delivered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_delivered_data_desc, NULL, NULL };
const apic_type esauti_order_delivered_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_delivered_data_method_enum_desc, NULL };
const apic_type esauti_order_delivery_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_delivery_failed_data_desc, NULL, NULL };
const apic_type esauti_order_delivery_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_delivery_failed_data_reason_enum_desc, NULL };
const apic_type esauti_order_cancelled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_cancelled_data_desc, NULL, NULL };
const apic_type esauti_order_cancelled_data_cancelled_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_cancelled_data_cancelled_by_enum_desc, NULL };
const apic_type esauti_order_cancelled_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_cancelled_data_reason_enum_desc, NULL };
const apic_type esauti_order_held_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_held_data_desc, NULL, NULL };
const apic_type esauti_order_held_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_held_data_reason_enum_desc, NULL };
const apic_type esauti_order_reordered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_reordered_data_desc, NULL, NULL };
const apic_type esauti_order_reordered_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_reordered_data_source_enum_desc, NULL };
const apic_type esauti_order_refunded_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_refunded_data_desc, NULL, NULL };
const apic_type esauti_order_refunded_data_refund_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_order_refunded_data_refund_method_enum_desc, NULL };
const apic_type esauti_order_refunded_data_items_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_refunded_data_items_item_desc, NULL, NULL };
const apic_type esauti_order_refunded_data_items_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_order_refunded_data_items_item_Type };
const apic_type esauti_order_completed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_order_completed_data_desc, NULL, NULL };
const apic_type esauti_payment_initiated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_initiated_data_desc, NULL, NULL };
const apic_type esauti_payment_initiated_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_initiated_data_method_enum_desc, NULL };
const apic_type esauti_payment_authorized_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_authorized_data_desc, NULL, NULL };
const apic_type esauti_payment_authorized_data_card_brand_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_authorized_data_card_brand_enum_desc, NULL };
const apic_type esauti_payment_captured_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_captured_data_desc, NULL, NULL };
const apic_type esauti_payment_succeeded_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_succeeded_data_desc, NULL, NULL };
const apic_type esauti_payment_succeeded_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_succeeded_data_method_enum_desc, NULL };
const apic_type esauti_payment_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_failed_data_desc, NULL, NULL };
const apic_type esauti_payment_failed_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_failed_data_method_enum_desc, NULL };
const apic_type esauti_payment_failed_data_failure_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_failed_data_failure_reason_enum_desc, NULL };
const apic_type esauti_payment_cancelled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_cancelled_data_desc, NULL, NULL };
const apic_type esauti_payment_cancelled_data_cancelled_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_cancelled_data_cancelled_by_enum_desc, NULL };
const apic_type esauti_payment_method_added_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_method_added_data_desc, NULL, NULL };
const apic_type esauti_payment_method_added_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_method_added_data_method_enum_desc, NULL };
const apic_type esauti_payment_method_added_data_card_brand_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_method_added_data_card_brand_enum_desc, NULL };
const apic_type esauti_payment_method_removed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_method_removed_data_desc, NULL, NULL };
const apic_type esauti_payment_method_removed_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_method_removed_data_method_enum_desc, NULL };
const apic_type esauti_payment_method_removed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_method_removed_data_reason_enum_desc, NULL };
const apic_type esauti_payment_method_removed_data_removed_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_method_removed_data_removed_by_enum_desc, NULL };
const apic_type esauti_payment_disputed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_payment_disputed_data_desc, NULL, NULL };
const apic_type esauti_payment_disputed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_disputed_data_reason_enum_desc, NULL };
const apic_type esauti_payment_disputed_data_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_payment_disputed_data_status_enum_desc, NULL };
const apic_type esauti_refund_requested_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_refund_requested_data_desc, NULL, NULL };
const apic_type esauti_refund_requested_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_refund_requested_data_reason_enum_desc, NULL };
const apic_type esauti_refund_requested_data_requested_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_refund_requested_data_requested_by_enum_desc, NULL };
const apic_type esauti_refund_succeeded_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_refund_succeeded_data_desc, NULL, NULL };
const apic_type esauti_refund_succeeded_data_destination_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_refund_succeeded_data_destination_enum_desc, NULL };
const apic_type esauti_refund_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_refund_failed_data_desc, NULL, NULL };
const apic_type esauti_refund_failed_data_failure_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_refund_failed_data_failure_reason_enum_desc, NULL };
const apic_type esauti_invoice_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_created_data_desc, NULL, NULL };
const apic_type esauti_invoice_created_data_line_items_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_created_data_line_items_item_desc, NULL, NULL };
const apic_type esauti_invoice_created_data_line_items_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_invoice_created_data_line_items_item_Type };
const apic_type esauti_invoice_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_sent_data_desc, NULL, NULL };
const apic_type esauti_invoice_sent_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_invoice_sent_data_channel_enum_desc, NULL };
const apic_type esauti_invoice_viewed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_viewed_data_desc, NULL, NULL };
const apic_type esauti_invoice_viewed_data_viewed_via_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_invoice_viewed_data_viewed_via_enum_desc, NULL };
const apic_type esauti_invoice_reminder_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_reminder_sent_data_desc, NULL, NULL };
const apic_type esauti_invoice_reminder_sent_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_invoice_reminder_sent_data_channel_enum_desc, NULL };
const apic_type esauti_invoice_partially_paid_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_partially_paid_data_desc, NULL, NULL };
const apic_type esauti_invoice_partially_paid_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_invoice_partially_paid_data_method_enum_desc, NULL };
const apic_type esauti_invoice_paid_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_paid_data_desc, NULL, NULL };
const apic_type esauti_invoice_overdue_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_overdue_data_desc, NULL, NULL };
const apic_type esauti_invoice_voided_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_voided_data_desc, NULL, NULL };
const apic_type esauti_invoice_voided_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_invoice_voided_data_reason_enum_desc, NULL };
const apic_type esauti_invoice_written_off_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_invoice_written_off_data_desc, NULL, NULL };
const apic_type esauti_invoice_written_off_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_invoice_written_off_data_reason_enum_desc, NULL };
const apic_type esauti_subscription_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_created_data_desc, NULL, NULL };
const apic_type esauti_subscription_created_data_plan_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_created_data_plan_desc, NULL, NULL };
const apic_type esauti_subscription_created_data_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_created_data_status_enum_desc, NULL };
const apic_type esauti_subscription_created_data_signup_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_created_data_signup_channel_enum_desc, NULL };
const apic_type esauti_subscription_created_data_plan_interval_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_created_data_plan_interval_enum_desc, NULL };
const apic_type esauti_subscription_trial_started_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_trial_started_data_desc, NULL, NULL };
const apic_type esauti_subscription_trial_ended_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_trial_ended_data_desc, NULL, NULL };
const apic_type esauti_subscription_trial_ended_data_outcome_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_trial_ended_data_outcome_enum_desc, NULL };
const apic_type esauti_subscription_activated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_activated_data_desc, NULL, NULL };
const apic_type esauti_subscription_activated_data_billing_interval_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_activated_data_billing_interval_enum_desc, NULL };
const apic_type esauti_subscription_renewed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_renewed_data_desc, NULL, NULL };
const apic_type esauti_subscription_renewal_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_renewal_failed_data_desc, NULL, NULL };
const apic_type esauti_subscription_renewal_failed_data_failure_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_renewal_failed_data_failure_reason_enum_desc, NULL };
const apic_type esauti_subscription_plan_changed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_plan_changed_data_desc, NULL, NULL };
const apic_type esauti_subscription_plan_changed_data_change_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_plan_changed_data_change_type_enum_desc, NULL };
const apic_type esauti_subscription_paused_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_paused_data_desc, NULL, NULL };
const apic_type esauti_subscription_paused_data_paused_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_paused_data_paused_by_enum_desc, NULL };
const apic_type esauti_subscription_paused_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_paused_data_reason_enum_desc, NULL };
const apic_type esauti_subscription_resumed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_resumed_data_desc, NULL, NULL };
const apic_type esauti_subscription_resumed_data_resumed_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_resumed_data_resumed_by_enum_desc, NULL };
const apic_type esauti_subscription_cancellation_scheduled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_cancellation_scheduled_data_desc, NULL, NULL };
const apic_type esauti_subscription_cancellation_scheduled_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_cancellation_scheduled_data_reason_enum_desc, NULL };
const apic_type esauti_subscription_cancelled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_cancelled_data_desc, NULL, NULL };
const apic_type esauti_subscription_cancelled_data_cancelled_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_cancelled_data_cancelled_by_enum_desc, NULL };
const apic_type esauti_subscription_cancelled_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_cancelled_data_reason_enum_desc, NULL };
const apic_type esauti_subscription_expired_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_subscription_expired_data_desc, NULL, NULL };
const apic_type esauti_subscription_expired_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_subscription_expired_data_reason_enum_desc, NULL };
const apic_type esauti_fulfillment_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_fulfillment_created_data_desc, NULL, NULL };
const apic_type esauti_fulfillment_created_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_fulfillment_created_data_method_enum_desc, NULL };
const apic_type esauti_fulfillment_created_data_items_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_fulfillment_created_data_items_item_desc, NULL, NULL };
const apic_type esauti_fulfillment_created_data_items_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_fulfillment_created_data_items_item_Type };
const apic_type esauti_fulfillment_cancelled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_fulfillment_cancelled_data_desc, NULL, NULL };
const apic_type esauti_fulfillment_cancelled_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_fulfillment_cancelled_data_reason_enum_desc, NULL };
const apic_type esauti_shipment_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_created_data_desc, NULL, NULL };
const apic_type esauti_shipment_created_data_delivery_address_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_created_data_delivery_address_desc, NULL, NULL };
const apic_type esauti_shipment_dispatched_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_dispatched_data_desc, NULL, NULL };
const apic_type esauti_shipment_tracking_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_tracking_updated_data_desc, NULL, NULL };
const apic_type esauti_shipment_tracking_updated_data_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_shipment_tracking_updated_data_status_enum_desc, NULL };
const apic_type esauti_shipment_delayed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_delayed_data_desc, NULL, NULL };
const apic_type esauti_shipment_delayed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_shipment_delayed_data_reason_enum_desc, NULL };
const apic_type esauti_shipment_arrived_at_pickup_point_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_arrived_at_pickup_point_data_desc, NULL, NULL };
const apic_type esauti_shipment_arrived_at_pickup_point_data_pickup_point_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_arrived_at_pickup_point_data_pickup_point_desc, NULL, NULL };
const apic_type esauti_shipment_delivery_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_delivery_failed_data_desc, NULL, NULL };
const apic_type esauti_shipment_delivery_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_shipment_delivery_failed_data_reason_enum_desc, NULL };
const apic_type esauti_shipment_delivered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_shipment_delivered_data_desc, NULL, NULL };
const apic_type esauti_shipment_delivered_data_handed_over_to_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_shipment_delivered_data_handed_over_to_enum_desc, NULL };
const apic_type esauti_return_requested_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_return_requested_data_desc, NULL, NULL };
const apic_type esauti_return_requested_data_items_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_return_requested_data_items_item_desc, NULL, NULL };
const apic_type esauti_return_requested_data_items_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_return_requested_data_items_item_Type };
const apic_type esauti_return_requested_data_return_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_return_requested_data_return_method_enum_desc, NULL };
const apic_type esauti_return_requested_data_preferred_resolution_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_return_requested_data_preferred_resolution_enum_desc, NULL };
const apic_type esauti_return_requested_data_items_item_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_return_requested_data_items_item_reason_enum_desc, NULL };
const apic_type esauti_return_approved_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_return_approved_data_desc, NULL, NULL };
const apic_type esauti_return_approved_data_return_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_return_approved_data_return_method_enum_desc, NULL };
const apic_type esauti_return_rejected_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_return_rejected_data_desc, NULL, NULL };
const apic_type esauti_return_rejected_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_return_rejected_data_reason_enum_desc, NULL };
const apic_type esauti_return_received_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_return_received_data_desc, NULL, NULL };
const apic_type esauti_return_received_data_items_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_return_received_data_items_item_desc, NULL, NULL };
const apic_type esauti_return_received_data_items_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_return_received_data_items_item_Type };
const apic_type esauti_return_received_data_items_item_condition_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_return_received_data_items_item_condition_enum_desc, NULL };
const apic_type esauti_return_completed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_return_completed_data_desc, NULL, NULL };
const apic_type esauti_return_completed_data_resolution_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_return_completed_data_resolution_enum_desc, NULL };
const apic_type esauti_coupon_issued_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_issued_data_desc, NULL, NULL };
const apic_type esauti_coupon_issued_data_discount_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_coupon_issued_data_discount_type_enum_desc, NULL };
const apic_type esauti_coupon_claimed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_claimed_data_desc, NULL, NULL };
const apic_type esauti_coupon_claimed_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_coupon_claimed_data_source_enum_desc, NULL };
const apic_type esauti_coupon_applied_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_applied_data_desc, NULL, NULL };
const apic_type esauti_coupon_redeemed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_redeemed_data_desc, NULL, NULL };
const apic_type esauti_coupon_redemption_rejected_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_redemption_rejected_data_desc, NULL, NULL };
const apic_type esauti_coupon_redemption_rejected_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_coupon_redemption_rejected_data_reason_enum_desc, NULL };
const apic_type esauti_coupon_expiry_reminder_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_expiry_reminder_sent_data_desc, NULL, NULL };
const apic_type esauti_coupon_expiry_reminder_sent_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_coupon_expiry_reminder_sent_data_channel_enum_desc, NULL };
const apic_type esauti_coupon_expired_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_expired_data_desc, NULL, NULL };
const apic_type esauti_coupon_revoked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_coupon_revoked_data_desc, NULL, NULL };
const apic_type esauti_coupon_revoked_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_coupon_revoked_data_reason_enum_desc, NULL };
const apic_type esauti_coupon_revoked_data_revoked_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_coupon_revoked_data_revoked_by_enum_desc, NULL };
const apic_type esauti_loyalty_enrolled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_loyalty_enrolled_data_desc, NULL, NULL };
const apic_type esauti_loyalty_enrolled_data_tier_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_enrolled_data_tier_enum_desc, NULL };
const apic_type esauti_loyalty_enrolled_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_enrolled_data_channel_enum_desc, NULL };
const apic_type esauti_loyalty_points_earned_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_loyalty_points_earned_data_desc, NULL, NULL };
const apic_type esauti_loyalty_points_earned_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_points_earned_data_source_enum_desc, NULL };
const apic_type esauti_loyalty_points_redeemed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_loyalty_points_redeemed_data_desc, NULL, NULL };
const apic_type esauti_loyalty_points_redeemed_data_reward_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_loyalty_points_redeemed_data_reward_desc, NULL, NULL };
const apic_type esauti_loyalty_points_redeemed_data_reward_kind_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_points_redeemed_data_reward_kind_enum_desc, NULL };
const apic_type esauti_loyalty_points_expired_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_loyalty_points_expired_data_desc, NULL, NULL };
const apic_type esauti_loyalty_tier_upgraded_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_loyalty_tier_upgraded_data_desc, NULL, NULL };
const apic_type esauti_loyalty_tier_upgraded_data_previous_tier_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_tier_upgraded_data_previous_tier_enum_desc, NULL };
const apic_type esauti_loyalty_tier_upgraded_data_new_tier_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_tier_upgraded_data_new_tier_enum_desc, NULL };
const apic_type esauti_loyalty_tier_changed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_loyalty_tier_changed_data_desc, NULL, NULL };
const apic_type esauti_loyalty_tier_changed_data_previous_tier_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_tier_changed_data_previous_tier_enum_desc, NULL };
const apic_type esauti_loyalty_tier_changed_data_new_tier_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_tier_changed_data_new_tier_enum_desc, NULL };
const apic_type esauti_loyalty_tier_changed_data_direction_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_tier_changed_data_direction_enum_desc, NULL };
const apic_type esauti_loyalty_tier_changed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_loyalty_tier_changed_data_reason_enum_desc, NULL };
const apic_type esauti_wallet_opened_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_opened_data_desc, NULL, NULL };
const apic_type esauti_wallet_opened_data_kyc_level_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_wallet_opened_data_kyc_level_enum_desc, NULL };
const apic_type esauti_wallet_opened_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_wallet_opened_data_channel_enum_desc, NULL };
const apic_type esauti_wallet_topped_up_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_topped_up_data_desc, NULL, NULL };
const apic_type esauti_wallet_topped_up_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_wallet_topped_up_data_source_enum_desc, NULL };
const apic_type esauti_wallet_top_up_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_top_up_failed_data_desc, NULL, NULL };
const apic_type esauti_wallet_top_up_failed_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_wallet_top_up_failed_data_source_enum_desc, NULL };
const apic_type esauti_wallet_top_up_failed_data_failure_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_wallet_top_up_failed_data_failure_reason_enum_desc, NULL };
const apic_type esauti_wallet_debited_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_debited_data_desc, NULL, NULL };
const apic_type esauti_wallet_debited_data_purpose_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_wallet_debited_data_purpose_enum_desc, NULL };
const apic_type esauti_wallet_transfer_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_transfer_sent_data_desc, NULL, NULL };
const apic_type esauti_wallet_transfer_sent_data_recipient_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_transfer_sent_data_recipient_desc, NULL, NULL };
const apic_type esauti_wallet_transfer_received_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_transfer_received_data_desc, NULL, NULL };
const apic_type esauti_wallet_transfer_received_data_sender_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_wallet_transfer_received_data_sender_desc, NULL, NULL };
const apic_type esauti_review_requested_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_requested_data_desc, NULL, NULL };
const apic_type esauti_review_requested_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_review_requested_data_channel_enum_desc, NULL };
const apic_type esauti_review_requested_data_products_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_requested_data_products_item_desc, NULL, NULL };
const apic_type esauti_review_requested_data_products_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_review_requested_data_products_item_Type };
const apic_type esauti_review_submitted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_submitted_data_desc, NULL, NULL };
const apic_type esauti_string_array_2_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_string_uri_Type };
const apic_type esauti_review_published_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_published_data_desc, NULL, NULL };
const apic_type esauti_review_published_data_moderation_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_review_published_data_moderation_enum_desc, NULL };
const apic_type esauti_review_rejected_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_rejected_data_desc, NULL, NULL };
const apic_type esauti_review_rejected_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_review_rejected_data_reason_enum_desc, NULL };
const apic_type esauti_review_updated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_updated_data_desc, NULL, NULL };
const apic_type esauti_review_updated_data_changed_fields_item_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_review_updated_data_changed_fields_item_enum_desc, NULL };
const apic_type esauti_review_updated_data_changed_fields_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_review_updated_data_changed_fields_item_Type };
const apic_type esauti_review_replied_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_replied_data_desc, NULL, NULL };
const apic_type esauti_review_replied_data_replied_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_review_replied_data_replied_by_enum_desc, NULL };
const apic_type esauti_review_deleted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_review_deleted_data_desc, NULL, NULL };
const apic_type esauti_review_deleted_data_deleted_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_review_deleted_data_deleted_by_enum_desc, NULL };
const apic_type esauti_ticket_created_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_created_data_desc, NULL, NULL };
const apic_type esauti_ticket_created_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_created_data_channel_enum_desc, NULL };
const apic_type esauti_ticket_created_data_priority_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_created_data_priority_enum_desc, NULL };
const apic_type esauti_ticket_created_data_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_created_data_category_enum_desc, NULL };
const apic_type esauti_ticket_assigned_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_assigned_data_desc, NULL, NULL };
const apic_type esauti_ticket_assigned_data_assignment_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_assigned_data_assignment_method_enum_desc, NULL };
const apic_type esauti_ticket_status_changed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_status_changed_data_desc, NULL, NULL };
const apic_type esauti_ticket_status_changed_data_from_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_status_changed_data_from_status_enum_desc, NULL };
const apic_type esauti_ticket_status_changed_data_to_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_status_changed_data_to_status_enum_desc, NULL };
const apic_type esauti_ticket_status_changed_data_changed_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_status_changed_data_changed_by_enum_desc, NULL };
const apic_type esauti_ticket_agent_replied_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_agent_replied_data_desc, NULL, NULL };
const apic_type esauti_ticket_agent_replied_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_agent_replied_data_channel_enum_desc, NULL };
const apic_type esauti_ticket_customer_replied_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_customer_replied_data_desc, NULL, NULL };
const apic_type esauti_ticket_customer_replied_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_customer_replied_data_channel_enum_desc, NULL };
const apic_type esauti_ticket_escalated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_escalated_data_desc, NULL, NULL };
const apic_type esauti_ticket_escalated_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_escalated_data_reason_enum_desc, NULL };
const apic_type esauti_ticket_escalated_data_escalated_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_escalated_data_escalated_by_enum_desc, NULL };
const apic_type esauti_ticket_sla_breached_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_sla_breached_data_desc, NULL, NULL };
const apic_type esauti_ticket_sla_breached_data_sla_metric_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_sla_breached_data_sla_metric_enum_desc, NULL };
const apic_type esauti_ticket_sla_breached_data_priority_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_sla_breached_data_priority_enum_desc, NULL };
const apic_type esauti_ticket_resolved_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_resolved_data_desc, NULL, NULL };
const apic_type esauti_ticket_resolved_data_resolution_code_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_resolved_data_resolution_code_enum_desc, NULL };
const apic_type esauti_ticket_reopened_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_reopened_data_desc, NULL, NULL };
const apic_type esauti_ticket_reopened_data_reopened_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_reopened_data_reopened_by_enum_desc, NULL };
const apic_type esauti_ticket_reopened_data_previous_status_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_reopened_data_previous_status_enum_desc, NULL };
const apic_type esauti_ticket_closed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_closed_data_desc, NULL, NULL };
const apic_type esauti_ticket_closed_data_close_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_closed_data_close_reason_enum_desc, NULL };
const apic_type esauti_ticket_satisfaction_rated_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_ticket_satisfaction_rated_data_desc, NULL, NULL };
const apic_type esauti_ticket_satisfaction_rated_data_rating_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_ticket_satisfaction_rated_data_rating_enum_desc, NULL };
const apic_type esauti_email_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_sent_data_desc, NULL, NULL };
const apic_type esauti_email_sent_data_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_email_sent_data_category_enum_desc, NULL };
const apic_type esauti_email_delivered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_delivered_data_desc, NULL, NULL };
const apic_type esauti_email_opened_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_opened_data_desc, NULL, NULL };
const apic_type esauti_email_clicked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_clicked_data_desc, NULL, NULL };
const apic_type esauti_email_bounced_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_email_bounced_data_desc, NULL, NULL };
const apic_type esauti_email_bounced_data_bounce_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_email_bounced_data_bounce_type_enum_desc, NULL };
const apic_type esauti_email_bounced_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_email_bounced_data_reason_enum_desc, NULL };
const apic_type esauti_sms_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_sms_sent_data_desc, NULL, NULL };
const apic_type esauti_sms_sent_data_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_sms_sent_data_category_enum_desc, NULL };
const apic_type esauti_sms_delivered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_sms_delivered_data_desc, NULL, NULL };
const apic_type esauti_sms_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_sms_failed_data_desc, NULL, NULL };
const apic_type esauti_sms_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_sms_failed_data_reason_enum_desc, NULL };
const apic_type esauti_sms_clicked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_sms_clicked_data_desc, NULL, NULL };
const apic_type esauti_sms_opted_out_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_sms_opted_out_data_desc, NULL, NULL };
const apic_type esauti_whatsapp_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_whatsapp_sent_data_desc, NULL, NULL };
const apic_type esauti_whatsapp_sent_data_message_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_whatsapp_sent_data_message_type_enum_desc, NULL };
const apic_type esauti_whatsapp_sent_data_conversation_category_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_whatsapp_sent_data_conversation_category_enum_desc, NULL };
const apic_type esauti_whatsapp_delivered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_whatsapp_delivered_data_desc, NULL, NULL };
const apic_type esauti_whatsapp_read_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_whatsapp_read_data_desc, NULL, NULL };
const apic_type esauti_whatsapp_clicked_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_whatsapp_clicked_data_desc, NULL, NULL };
const apic_type esauti_whatsapp_clicked_data_click_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_whatsapp_clicked_data_click_type_enum_desc, NULL };
const apic_type esauti_whatsapp_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_whatsapp_failed_data_desc, NULL, NULL };
const apic_type esauti_whatsapp_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_whatsapp_failed_data_reason_enum_desc, NULL };
const apic_type esauti_push_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_push_sent_data_desc, NULL, NULL };
const apic_type esauti_push_sent_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_push_sent_data_platform_enum_desc, NULL };
const apic_type esauti_push_delivered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_push_delivered_data_desc, NULL, NULL };
const apic_type esauti_push_delivered_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_push_delivered_data_platform_enum_desc, NULL };
const apic_type esauti_push_opened_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_push_opened_data_desc, NULL, NULL };
const apic_type esauti_push_opened_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_push_opened_data_platform_enum_desc, NULL };
const apic_type esauti_push_dismissed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_push_dismissed_data_desc, NULL, NULL };
const apic_type esauti_push_dismissed_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_push_dismissed_data_platform_enum_desc, NULL };
const apic_type esauti_push_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_push_failed_data_desc, NULL, NULL };
const apic_type esauti_push_failed_data_platform_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_push_failed_data_platform_enum_desc, NULL };
const apic_type esauti_push_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_push_failed_data_reason_enum_desc, NULL };
const apic_type esauti_campaign_entered_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_entered_data_desc, NULL, NULL };
const apic_type esauti_campaign_entered_data_campaign_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_entered_data_campaign_type_enum_desc, NULL };
const apic_type esauti_campaign_entered_data_entry_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_entered_data_entry_source_enum_desc, NULL };
const apic_type esauti_campaign_variant_assigned_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_variant_assigned_data_desc, NULL, NULL };
const apic_type esauti_campaign_step_completed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_step_completed_data_desc, NULL, NULL };
const apic_type esauti_campaign_step_completed_data_step_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_step_completed_data_step_type_enum_desc, NULL };
const apic_type esauti_campaign_message_suppressed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_message_suppressed_data_desc, NULL, NULL };
const apic_type esauti_campaign_message_suppressed_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_message_suppressed_data_channel_enum_desc, NULL };
const apic_type esauti_campaign_message_suppressed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_message_suppressed_data_reason_enum_desc, NULL };
const apic_type esauti_campaign_goal_reached_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_goal_reached_data_desc, NULL, NULL };
const apic_type esauti_campaign_converted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_converted_data_desc, NULL, NULL };
const apic_type esauti_campaign_converted_data_goal_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_converted_data_goal_type_enum_desc, NULL };
const apic_type esauti_campaign_converted_data_attributed_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_converted_data_attributed_channel_enum_desc, NULL };
const apic_type esauti_campaign_converted_data_attribution_model_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_converted_data_attribution_model_enum_desc, NULL };
const apic_type esauti_campaign_unsubscribed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_unsubscribed_data_desc, NULL, NULL };
const apic_type esauti_campaign_unsubscribed_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_unsubscribed_data_channel_enum_desc, NULL };
const apic_type esauti_campaign_unsubscribed_data_scope_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_unsubscribed_data_scope_enum_desc, NULL };
const apic_type esauti_campaign_unsubscribed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_unsubscribed_data_reason_enum_desc, NULL };
const apic_type esauti_campaign_coupon_issued_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_coupon_issued_data_desc, NULL, NULL };
const apic_type esauti_campaign_coupon_issued_data_discount_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_coupon_issued_data_discount_type_enum_desc, NULL };
const apic_type esauti_campaign_exited_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_campaign_exited_data_desc, NULL, NULL };
const apic_type esauti_campaign_exited_data_exit_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_campaign_exited_data_exit_reason_enum_desc, NULL };
const apic_type esauti_form_viewed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_viewed_data_desc, NULL, NULL };
const apic_type esauti_form_viewed_data_display_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_form_viewed_data_display_type_enum_desc, NULL };
const apic_type esauti_form_started_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_started_data_desc, NULL, NULL };
const apic_type esauti_form_submitted_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submitted_data_desc, NULL, NULL };
const apic_type esauti_form_submitted_data_contact_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submitted_data_contact_desc, NULL, NULL };
const apic_type esauti_form_submitted_data_consents_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submitted_data_consents_item_desc, NULL, NULL };
const apic_type esauti_form_submitted_data_consents_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_form_submitted_data_consents_item_Type };
const apic_type esauti_form_submitted_data_consents_item_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_form_submitted_data_consents_item_channel_enum_desc, NULL };
const apic_type esauti_form_abandoned_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_abandoned_data_desc, NULL, NULL };
const apic_type esauti_form_submission_rejected_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_form_submission_rejected_data_desc, NULL, NULL };
const apic_type esauti_form_submission_rejected_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_form_submission_rejected_data_reason_enum_desc, NULL };
const apic_type esauti_survey_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_survey_sent_data_desc, NULL, NULL };
const apic_type esauti_survey_sent_data_survey_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_survey_sent_data_survey_type_enum_desc, NULL };
const apic_type esauti_survey_sent_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_survey_sent_data_channel_enum_desc, NULL };
const apic_type esauti_survey_started_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_survey_started_data_desc, NULL, NULL };
const apic_type esauti_survey_started_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_survey_started_data_channel_enum_desc, NULL };
const apic_type esauti_survey_completed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_survey_completed_data_desc, NULL, NULL };
const apic_type esauti_survey_completed_data_survey_type_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_survey_completed_data_survey_type_enum_desc, NULL };
const apic_type esauti_survey_completed_data_nps_group_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_survey_completed_data_nps_group_enum_desc, NULL };
const apic_type esauti_survey_completed_data_answers_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_survey_completed_data_answers_item_desc, NULL, NULL };
const apic_type esauti_survey_completed_data_answers_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_survey_completed_data_answers_item_Type };
const apic_type esauti_survey_abandoned_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_survey_abandoned_data_desc, NULL, NULL };
const apic_type esauti_booking_requested_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_booking_requested_data_desc, NULL, NULL };
const apic_type esauti_booking_requested_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_booking_requested_data_channel_enum_desc, NULL };
const apic_type esauti_booking_confirmed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_booking_confirmed_data_desc, NULL, NULL };
const apic_type esauti_booking_confirmed_data_confirmed_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_booking_confirmed_data_confirmed_by_enum_desc, NULL };
const apic_type esauti_booking_declined_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_booking_declined_data_desc, NULL, NULL };
const apic_type esauti_booking_declined_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_booking_declined_data_reason_enum_desc, NULL };
const apic_type esauti_appointment_scheduled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_scheduled_data_desc, NULL, NULL };
const apic_type esauti_appointment_scheduled_data_source_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_scheduled_data_source_enum_desc, NULL };
const apic_type esauti_appointment_rescheduled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_rescheduled_data_desc, NULL, NULL };
const apic_type esauti_appointment_rescheduled_data_requested_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_rescheduled_data_requested_by_enum_desc, NULL };
const apic_type esauti_appointment_cancelled_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_cancelled_data_desc, NULL, NULL };
const apic_type esauti_appointment_cancelled_data_cancelled_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_cancelled_data_cancelled_by_enum_desc, NULL };
const apic_type esauti_appointment_cancelled_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_cancelled_data_reason_enum_desc, NULL };
const apic_type esauti_appointment_reminder_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_reminder_sent_data_desc, NULL, NULL };
const apic_type esauti_appointment_reminder_sent_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_reminder_sent_data_channel_enum_desc, NULL };
const apic_type esauti_appointment_checked_in_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_checked_in_data_desc, NULL, NULL };
const apic_type esauti_appointment_checked_in_data_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_checked_in_data_method_enum_desc, NULL };
const apic_type esauti_appointment_completed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_completed_data_desc, NULL, NULL };
const apic_type esauti_appointment_completed_data_services_item_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_completed_data_services_item_desc, NULL, NULL };
const apic_type esauti_appointment_completed_data_services_item_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_appointment_completed_data_services_item_Type };
const apic_type esauti_appointment_completed_data_payment_method_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_completed_data_payment_method_enum_desc, NULL };
const apic_type esauti_appointment_no_show_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_appointment_no_show_data_desc, NULL, NULL };
const apic_type esauti_appointment_no_show_data_marked_by_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_appointment_no_show_data_marked_by_enum_desc, NULL };
const apic_type esauti_verify_code_requested_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_code_requested_data_desc, NULL, NULL };
const apic_type esauti_verify_code_requested_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_requested_data_channel_enum_desc, NULL };
const apic_type esauti_verify_code_requested_data_purpose_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_requested_data_purpose_enum_desc, NULL };
const apic_type esauti_verify_code_sent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_code_sent_data_desc, NULL, NULL };
const apic_type esauti_verify_code_sent_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_sent_data_channel_enum_desc, NULL };
const apic_type esauti_verify_code_resent_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_code_resent_data_desc, NULL, NULL };
const apic_type esauti_verify_code_resent_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_resent_data_channel_enum_desc, NULL };
const apic_type esauti_verify_code_resent_data_previous_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_resent_data_previous_channel_enum_desc, NULL };
const apic_type esauti_verify_code_resent_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_resent_data_reason_enum_desc, NULL };
const apic_type esauti_verify_code_verified_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_code_verified_data_desc, NULL, NULL };
const apic_type esauti_verify_code_verified_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_verified_data_channel_enum_desc, NULL };
const apic_type esauti_verify_code_verified_data_purpose_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_verified_data_purpose_enum_desc, NULL };
const apic_type esauti_verify_code_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_code_failed_data_desc, NULL, NULL };
const apic_type esauti_verify_code_failed_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_failed_data_channel_enum_desc, NULL };
const apic_type esauti_verify_code_expired_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_code_expired_data_desc, NULL, NULL };
const apic_type esauti_verify_code_expired_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_code_expired_data_channel_enum_desc, NULL };
const apic_type esauti_verify_max_attempts_reached_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_max_attempts_reached_data_desc, NULL, NULL };
const apic_type esauti_verify_max_attempts_reached_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_max_attempts_reached_data_channel_enum_desc, NULL };
const apic_type esauti_verify_delivery_failed_data_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_verify_delivery_failed_data_desc, NULL, NULL };
const apic_type esauti_verify_delivery_failed_data_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_delivery_failed_data_channel_enum_desc, NULL };
const apic_type esauti_verify_delivery_failed_data_reason_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_delivery_failed_data_reason_enum_desc, NULL };
const apic_type esauti_verify_delivery_failed_data_fallback_channel_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_verify_delivery_failed_data_fallback_channel_enum_desc, NULL };
