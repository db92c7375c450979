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

static const char *const esauti_webhook_event_Values[] = {
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
const apic_enum_desc esauti_webhook_event_enum_desc = { "WebhookEvent", esauti_webhook_event_Values, 14 };
_Static_assert(sizeof(esauti_webhook_event) == sizeof(int), "enum slots are stored as int");

const char *esauti_webhook_event_to_string(esauti_webhook_event value)
{
    return value >= 1 && (size_t)value <= 14 ? esauti_webhook_event_Values[value - 1] : NULL;
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
const apic_type esauti_webhook_event_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_webhook_event_enum_desc, NULL };
const apic_type esauti_webhook_event_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_webhook_event_Type };
const apic_type esauti_webhook_input_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_input_desc, NULL, NULL };
const apic_type esauti_webhook_patch_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_patch_desc, NULL, NULL };
const apic_type esauti_webhook_trigger_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_trigger_desc, NULL, NULL };
const apic_type esauti_webhook_trigger_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_trigger_list_desc, NULL, NULL };
const apic_type esauti_webhook_trigger_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_webhook_trigger_Type };
const apic_type esauti_webhook_list_Type = { APIC_OBJECT, APIC_FMT_NONE, &esauti_webhook_list_desc, NULL, NULL };
const apic_type esauti_webhook_array_Type = { APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &esauti_webhook_Type };
const apic_type esauti_contact_sort_field_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_contact_sort_field_enum_desc, NULL };
const apic_type esauti_sort_field_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_sort_field_enum_desc, NULL };
const apic_type esauti_note_sort_field_Type = { APIC_ENUM, APIC_FMT_NONE, NULL, &esauti_note_sort_field_enum_desc, NULL };
