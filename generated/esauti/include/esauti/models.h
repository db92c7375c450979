/**
 * @file esauti/models.h
 * @brief Data types of eSauti 1.0.0: one struct per schema.
 *
 * Generated from openapi.yaml by the apic generator; do not edit.
 *
 * Conventions (see apic/desc.h):
 * - a string, raw-JSON or object member is absent when NULL;
 * - other optional members have `bool has_<name>`; nullable members have `bool <name>_is_null`;
 * - an enum member holds `value`, or the unknown text in `other` when value is 0;
 * - a union (oneOf/anyOf) holds `kind` and that variant in `as`, or (kind 0) the JSON that
 *   matched no variant in `other`; a union member is absent when it holds neither;
 * - every struct keeps members this SDK version does not know in `unknown_fields`;
 * - every struct or union returned by the SDK has exactly one `_free`; `_free(NULL)` is a no-op.
 */
#ifndef ESAUTI_MODELS_H
#define ESAUTI_MODELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <apic/apic.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * What went wrong with a request.
 * The C type of the Error schema; see struct esauti_error_model.
 */
typedef struct esauti_error_model esauti_error_model;
/**
 * Outcome of an action that changes a relation rather than a resource.
 * The C type of the ActionResult schema; see struct esauti_action_result.
 */
typedef struct esauti_action_result esauti_action_result;
/**
 * A short reference to a lifecycle stage.
 * The C type of the StageRef schema; see struct esauti_stage_ref.
 */
typedef struct esauti_stage_ref esauti_stage_ref;
/**
 * A person you market to.
 * The C type of the Contact schema; see struct esauti_contact.
 */
typedef struct esauti_contact esauti_contact;
/**
 * The writable fields of a contact, as sent to create or replace one.
 * The C type of the ContactInput schema; see struct esauti_contact_input.
 */
typedef struct esauti_contact_input esauti_contact_input;
/**
 * Changes to a contact: only the fields present are changed, so nothing is required.
 * The C type of the ContactPatch schema; see struct esauti_contact_patch.
 */
typedef struct esauti_contact_patch esauti_contact_patch;
/**
 * One page of contacts.
 * The C type of the ContactList schema; see struct esauti_contact_list.
 */
typedef struct esauti_contact_list esauti_contact_list;
/**
 * Contacts to create in one request.
 * The C type of the ContactBatch schema; see struct esauti_contact_batch.
 */
typedef struct esauti_contact_batch esauti_contact_batch;
/**
 * Outcome of a batch creation.
 * The C type of the ContactBatchResult schema; see struct esauti_contact_batch_result.
 */
typedef struct esauti_contact_batch_result esauti_contact_batch_result;
/**
 * An organisation contacts belong to.
 * The C type of the Company schema; see struct esauti_company.
 */
typedef struct esauti_company esauti_company;
/**
 * The writable fields of a company, as sent to create one.
 * The C type of the CompanyInput schema; see struct esauti_company_input.
 */
typedef struct esauti_company_input esauti_company_input;
/**
 * Changes to a company; only the fields present are changed, so nothing is required.
 * The C type of the CompanyPatch schema; see struct esauti_company_patch.
 */
typedef struct esauti_company_patch esauti_company_patch;
/**
 * Exact-match filter on company fields; every field given must match.
 * The C type of the CompanyFilter schema; see struct esauti_company_filter.
 */
typedef struct esauti_company_filter esauti_company_filter;
/**
 * One page of companies.
 * The C type of the CompanyList schema; see struct esauti_company_list.
 */
typedef struct esauti_company_list esauti_company_list;
/**
 * A short reference to a segment.
 * The C type of the SegmentRef schema; see struct esauti_segment_ref.
 */
typedef struct esauti_segment_ref esauti_segment_ref;
/**
 * One condition of a segment; a contact is a member when the conditions hold.
 * The C type of the SegmentFilter schema; see struct esauti_segment_filter.
 */
typedef struct esauti_segment_filter esauti_segment_filter;
/**
 * A list of contacts, maintained by filters or by hand.
 * The C type of the Segment schema; see struct esauti_segment.
 */
typedef struct esauti_segment esauti_segment;
/**
 * The writable fields of a segment, as sent to create one.
 * The C type of the SegmentInput schema; see struct esauti_segment_input.
 */
typedef struct esauti_segment_input esauti_segment_input;
/**
 * Changes to a segment; only the fields present are changed, so nothing is required.
 * The C type of the SegmentPatch schema; see struct esauti_segment_patch.
 */
typedef struct esauti_segment_patch esauti_segment_patch;
/**
 * One page of segments.
 * The C type of the SegmentList schema; see struct esauti_segment_list.
 */
typedef struct esauti_segment_list esauti_segment_list;
/**
 * An automated journey of events and actions that contacts go through.
 * The C type of the Campaign schema; see struct esauti_campaign.
 */
typedef struct esauti_campaign esauti_campaign;
/**
 * One page of campaigns.
 * The C type of the CampaignList schema; see struct esauti_campaign_list.
 */
typedef struct esauti_campaign_list esauti_campaign_list;
/**
 * A contact's membership of a campaign.
 * The C type of the CampaignContact schema; see struct esauti_campaign_contact.
 */
typedef struct esauti_campaign_contact esauti_campaign_contact;
/**
 * One page of a campaign's memberships.
 * The C type of the CampaignContactList schema; see struct esauti_campaign_contact_list.
 */
typedef struct esauti_campaign_contact_list esauti_campaign_contact_list;
/**
 * One input of a form.
 * The C type of the FormField schema; see struct esauti_form_field.
 */
typedef struct esauti_form_field esauti_form_field;
/**
 * A web form that collects data from visitors.
 * The C type of the Form schema; see struct esauti_form.
 */
typedef struct esauti_form esauti_form;
/**
 * One page of forms.
 * The C type of the FormList schema; see struct esauti_form_list.
 */
typedef struct esauti_form_list esauti_form_list;
/**
 * The values one visitor submitted in a form.
 * The C type of the FormSubmission schema; see struct esauti_form_submission.
 */
typedef struct esauti_form_submission esauti_form_submission;
/**
 * One page of a form's submissions.
 * The C type of the FormSubmissionList schema; see struct esauti_form_submission_list.
 */
typedef struct esauti_form_submission_list esauti_form_submission_list;
/**
 * An email and its sending statistics.
 * The C type of the Email schema; see struct esauti_email.
 */
typedef struct esauti_email esauti_email;
/**
 * One page of emails.
 * The C type of the EmailList schema; see struct esauti_email_list.
 */
typedef struct esauti_email_list esauti_email_list;
/**
 * The writable fields of an email, as sent to create one.
 * The C type of the EmailInput schema; see struct esauti_email_input.
 */
typedef struct esauti_email_input esauti_email_input;
/**
 * Options for sending an email to one contact.
 * The C type of the EmailSendRequest schema; see struct esauti_email_send_request.
 */
typedef struct esauti_email_send_request esauti_email_send_request;
/**
 * Outcome of sending an email.
 * The C type of the EmailSendResult schema; see struct esauti_email_send_result.
 */
typedef struct esauti_email_send_result esauti_email_send_result;
/**
 * A free-text note about a contact.
 * The C type of the Note schema; see struct esauti_note.
 */
typedef struct esauti_note esauti_note;
/**
 * The writable fields of a note, as sent to create one.
 * The C type of the NoteInput schema; see struct esauti_note_input.
 */
typedef struct esauti_note_input esauti_note_input;
/**
 * Changes to a note; only the fields present are changed, so nothing is required.
 * The C type of the NotePatch schema; see struct esauti_note_patch.
 */
typedef struct esauti_note_patch esauti_note_patch;
/**
 * One page of notes.
 * The C type of the NoteList schema; see struct esauti_note_list.
 */
typedef struct esauti_note_list esauti_note_list;
/**
 * A lifecycle stage a contact can be in.
 * The C type of the Stage schema; see struct esauti_stage.
 */
typedef struct esauti_stage esauti_stage;
/**
 * The writable fields of a stage, as sent to create one.
 * The C type of the StageInput schema; see struct esauti_stage_input.
 */
typedef struct esauti_stage_input esauti_stage_input;
/**
 * Changes to a stage; only the fields present are changed, so nothing is required.
 * The C type of the StagePatch schema; see struct esauti_stage_patch.
 */
typedef struct esauti_stage_patch esauti_stage_patch;
/**
 * One page of stages.
 * The C type of the StageList schema; see struct esauti_stage_list.
 */
typedef struct esauti_stage_list esauti_stage_list;
/**
 * A label that can be attached to contacts.
 * The C type of the Tag schema; see struct esauti_tag.
 */
typedef struct esauti_tag esauti_tag;
/**
 * The writable fields of a tag, as sent to create one.
 * The C type of the TagInput schema; see struct esauti_tag_input.
 */
typedef struct esauti_tag_input esauti_tag_input;
/**
 * Changes to a tag; only the fields present are changed, so nothing is required.
 * The C type of the TagPatch schema; see struct esauti_tag_patch.
 */
typedef struct esauti_tag_patch esauti_tag_patch;
/**
 * One page of tags.
 * The C type of the TagList schema; see struct esauti_tag_list.
 */
typedef struct esauti_tag_list esauti_tag_list;
/**
 * An HTTP callback eSauti sends when subscribed events happen.
 * The C type of the Webhook schema; see struct esauti_webhook.
 */
typedef struct esauti_webhook esauti_webhook;
/**
 * The writable fields of a webhook, as sent to create one.
 * The C type of the WebhookInput schema; see struct esauti_webhook_input.
 */
typedef struct esauti_webhook_input esauti_webhook_input;
/**
 * Changes to a webhook; only the fields present are changed, so nothing is required.
 * The C type of the WebhookPatch schema; see struct esauti_webhook_patch.
 */
typedef struct esauti_webhook_patch esauti_webhook_patch;
/** The C type of the ContactCreatedWebhook schema; see struct esauti_contact_created_webhook. */
typedef struct esauti_contact_created_webhook esauti_contact_created_webhook;
/**
 * The contact created.
 * The C type of the ContactCreatedWebhook.data schema; see struct esauti_contact_created_webhook_data.
 */
typedef struct esauti_contact_created_webhook_data esauti_contact_created_webhook_data;
/** The C type of the ContactUpdatedWebhook schema; see struct esauti_contact_updated_webhook. */
typedef struct esauti_contact_updated_webhook esauti_contact_updated_webhook;
/**
 * The contact after the change, and what changed.
 * The C type of the ContactUpdatedWebhook.data schema; see struct esauti_contact_updated_webhook_data.
 */
typedef struct esauti_contact_updated_webhook_data esauti_contact_updated_webhook_data;
/** The C type of the ContactDeletedWebhook schema; see struct esauti_contact_deleted_webhook. */
typedef struct esauti_contact_deleted_webhook esauti_contact_deleted_webhook;
/**
 * Which contact was deleted.
 * The C type of the ContactDeletedWebhook.data schema; see struct esauti_contact_deleted_webhook_data.
 */
typedef struct esauti_contact_deleted_webhook_data esauti_contact_deleted_webhook_data;
/** The C type of the FormSubmittedWebhook schema; see struct esauti_form_submitted_webhook. */
typedef struct esauti_form_submitted_webhook esauti_form_submitted_webhook;
/**
 * The submission, by id (fetch it with getFormSubmission).
 * The C type of the FormSubmittedWebhook.data schema; see struct esauti_form_submitted_webhook_data.
 */
typedef struct esauti_form_submitted_webhook_data esauti_form_submitted_webhook_data;
/** The C type of the EmailOpenedWebhook schema; see struct esauti_email_opened_webhook. */
typedef struct esauti_email_opened_webhook esauti_email_opened_webhook;
/**
 * Which email, who opened it, and when.
 * The C type of the EmailOpenedWebhook.data schema; see struct esauti_email_opened_webhook_data.
 */
typedef struct esauti_email_opened_webhook_data esauti_email_opened_webhook_data;
/**
 * An event a webhook can subscribe to, described for people.
 * The C type of the WebhookTrigger schema; see struct esauti_webhook_trigger.
 */
typedef struct esauti_webhook_trigger esauti_webhook_trigger;
/**
 * Every event a webhook can subscribe to.
 * The C type of the WebhookTriggerList schema; see struct esauti_webhook_trigger_list.
 */
typedef struct esauti_webhook_trigger_list esauti_webhook_trigger_list;
/**
 * One page of webhooks.
 * The C type of the WebhookList schema; see struct esauti_webhook_list.
 */
typedef struct esauti_webhook_list esauti_webhook_list;
/**
 * The customer an event is about; at least one of id, email and phone.
 * The C type of the EventCustomer schema; see struct esauti_event_customer.
 */
typedef struct esauti_event_customer esauti_event_customer;
/**
 * The thing an event concerns, such as an order or a ticket.
 * The C type of the EventEntity schema; see struct esauti_event_entity.
 */
typedef struct esauti_event_entity esauti_event_entity;
/**
 * Who and what an event is about.
 * The C type of the EventIdentity schema; see struct esauti_event_identity_model.
 */
typedef struct esauti_event_identity_model esauti_event_identity_model;
/**
 * One event of a canonical type, as sent to the events endpoint.
 * The C type of the EventEnvelope schema; see struct esauti_event_envelope.
 */
typedef struct esauti_event_envelope esauti_event_envelope;
/**
 * What eSauti answers for an event it received.
 * The C type of the EventReceipt schema; see struct esauti_event_receipt.
 */
typedef struct esauti_event_receipt esauti_event_receipt;
/**
 * Several events sent in one request.
 * The C type of the EventBatch schema; see struct esauti_event_batch.
 */
typedef struct esauti_event_batch esauti_event_batch;
/**
 * One receipt per event of a batch, in the same order.
 * The C type of the EventBatchReceipt schema; see struct esauti_event_batch_receipt.
 */
typedef struct esauti_event_batch_receipt esauti_event_batch_receipt;
/** The C type of the Webhooks union (oneOf); see struct esauti_webhook_event. */
typedef struct esauti_webhook_event esauti_webhook_event;

/**
 * SortDirection
 * Direction of an ordering.
 * Default: `"asc"`.
 */
typedef enum esauti_sort_direction {
    ESAUTI_SORT_DIRECTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SORT_DIRECTION_ASC = 1, /**< `asc` */
    ESAUTI_SORT_DIRECTION_DESC = 2, /**< `desc` */
} esauti_sort_direction;

/** SortDirection as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_sort_direction_val {
    /**
     * The value; ESAUTI_SORT_DIRECTION_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_sort_direction value;
    /**
     * When value is ESAUTI_SORT_DIRECTION_UNKNOWN_VALUE: the JSON text as received, or to send, owned
     * by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_sort_direction_val;

/** The JSON text of a SortDirection constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_sort_direction_to_string(esauti_sort_direction value);

/**
 * SortField
 * A field most resources can be ordered by.
 * Default: `"id"`.
 */
typedef enum esauti_sort_field {
    ESAUTI_SORT_FIELD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SORT_FIELD_ID = 1, /**< `id` */
    ESAUTI_SORT_FIELD_NAME = 2, /**< `name` */
    ESAUTI_SORT_FIELD_DATE_ADDED = 3, /**< `dateAdded` */
    ESAUTI_SORT_FIELD_DATE_MODIFIED = 4, /**< `dateModified` */
} esauti_sort_field;

/** SortField as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_sort_field_val {
    /**
     * The value; ESAUTI_SORT_FIELD_UNKNOWN_VALUE (0) when the JSON text is not one this SDK version
     * knows (then see `other`).
     */
    esauti_sort_field value;
    /**
     * When value is ESAUTI_SORT_FIELD_UNKNOWN_VALUE: the JSON text as received, or to send, owned by
     * the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_sort_field_val;

/** The JSON text of a SortField constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_sort_field_to_string(esauti_sort_field value);

/**
 * ContactSortField
 * A contact field the contact list can be ordered by.
 * Default: `"id"`.
 */
typedef enum esauti_contact_sort_field {
    ESAUTI_CONTACT_SORT_FIELD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_CONTACT_SORT_FIELD_ID = 1, /**< `id` */
    ESAUTI_CONTACT_SORT_FIELD_EMAIL = 2, /**< `email` */
    ESAUTI_CONTACT_SORT_FIELD_FIRSTNAME = 3, /**< `firstname` */
    ESAUTI_CONTACT_SORT_FIELD_LASTNAME = 4, /**< `lastname` */
    ESAUTI_CONTACT_SORT_FIELD_DATE_ADDED = 5, /**< `dateAdded` */
    ESAUTI_CONTACT_SORT_FIELD_DATE_MODIFIED = 6, /**< `dateModified` */
    ESAUTI_CONTACT_SORT_FIELD_POINTS = 7, /**< `points` */
} esauti_contact_sort_field;

/** ContactSortField as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_contact_sort_field_val {
    /**
     * The value; ESAUTI_CONTACT_SORT_FIELD_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_contact_sort_field value;
    /**
     * When value is ESAUTI_CONTACT_SORT_FIELD_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_contact_sort_field_val;

/** The JSON text of a ContactSortField constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_contact_sort_field_to_string(esauti_contact_sort_field value);

/**
 * SegmentFilter.glue
 * How this condition combines with the previous one.
 * Default: `"and"`.
 */
typedef enum esauti_segment_filter_glue {
    ESAUTI_SEGMENT_FILTER_GLUE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SEGMENT_FILTER_GLUE_AND = 1, /**< `and` */
    ESAUTI_SEGMENT_FILTER_GLUE_OR = 2, /**< `or` */
} esauti_segment_filter_glue;

/**
 * SegmentFilter.glue as stored in a struct: `value`, or the text in `other` (owned) when value is
 * 0.
 */
typedef struct esauti_segment_filter_glue_val {
    /**
     * The value; ESAUTI_SEGMENT_FILTER_GLUE_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_segment_filter_glue value;
    /**
     * When value is ESAUTI_SEGMENT_FILTER_GLUE_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_segment_filter_glue_val;

/** The JSON text of a SegmentFilter.glue constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_segment_filter_glue_to_string(esauti_segment_filter_glue value);

/**
 * SegmentFilter.object
 * Whether `field` is a contact field or a field of the contact's company.
 * Default: `"contact"`.
 */
typedef enum esauti_segment_filter_object {
    ESAUTI_SEGMENT_FILTER_OBJECT_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_SEGMENT_FILTER_OBJECT_CONTACT = 1, /**< `contact` */
    ESAUTI_SEGMENT_FILTER_OBJECT_COMPANY = 2, /**< `company` */
} esauti_segment_filter_object;

/**
 * SegmentFilter.object as stored in a struct: `value`, or the text in `other` (owned) when value
 * is 0.
 */
typedef struct esauti_segment_filter_object_val {
    /**
     * The value; ESAUTI_SEGMENT_FILTER_OBJECT_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_segment_filter_object value;
    /**
     * When value is ESAUTI_SEGMENT_FILTER_OBJECT_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_segment_filter_object_val;

/** The JSON text of a SegmentFilter.object constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_segment_filter_object_to_string(esauti_segment_filter_object value);

/**
 * FilterOperator
 * Comparison a segment filter applies.
 * Default: `"eq"`.
 */
typedef enum esauti_filter_operator {
    ESAUTI_FILTER_OPERATOR_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FILTER_OPERATOR_EQ = 1, /**< `eq` */
    ESAUTI_FILTER_OPERATOR_NEQ = 2, /**< `neq` */
    ESAUTI_FILTER_OPERATOR_GT = 3, /**< `gt` */
    ESAUTI_FILTER_OPERATOR_GTE = 4, /**< `gte` */
    ESAUTI_FILTER_OPERATOR_LT = 5, /**< `lt` */
    ESAUTI_FILTER_OPERATOR_LTE = 6, /**< `lte` */
    ESAUTI_FILTER_OPERATOR_EMPTY = 7, /**< `empty` */
    ESAUTI_FILTER_OPERATOR_NOT_EMPTY = 8, /**< `notEmpty` */
    ESAUTI_FILTER_OPERATOR_LIKE = 9, /**< `like` */
    ESAUTI_FILTER_OPERATOR_NOT_LIKE = 10, /**< `notLike` */
    ESAUTI_FILTER_OPERATOR_IN = 11, /**< `in` */
    ESAUTI_FILTER_OPERATOR_NOT_IN = 12, /**< `notIn` */
    ESAUTI_FILTER_OPERATOR_STARTS_WITH = 13, /**< `startsWith` */
    ESAUTI_FILTER_OPERATOR_ENDS_WITH = 14, /**< `endsWith` */
    ESAUTI_FILTER_OPERATOR_CONTAINS = 15, /**< `contains` */
} esauti_filter_operator;

/** FilterOperator as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_filter_operator_val {
    /**
     * The value; ESAUTI_FILTER_OPERATOR_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_filter_operator value;
    /**
     * When value is ESAUTI_FILTER_OPERATOR_UNKNOWN_VALUE: the JSON text as received, or to send, owned
     * by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_filter_operator_val;

/** The JSON text of a FilterOperator constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_filter_operator_to_string(esauti_filter_operator value);

/**
 * FormKind
 * Standalone forms run their own actions; campaign forms start campaigns.
 * Default: `"standalone"`.
 */
typedef enum esauti_form_kind {
    ESAUTI_FORM_KIND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FORM_KIND_STANDALONE = 1, /**< `standalone` */
    ESAUTI_FORM_KIND_CAMPAIGN = 2, /**< `campaign` */
} esauti_form_kind;

/** FormKind as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_form_kind_val {
    /**
     * The value; ESAUTI_FORM_KIND_UNKNOWN_VALUE (0) when the JSON text is not one this SDK version
     * knows (then see `other`).
     */
    esauti_form_kind value;
    /**
     * When value is ESAUTI_FORM_KIND_UNKNOWN_VALUE: the JSON text as received, or to send, owned by
     * the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_form_kind_val;

/** The JSON text of a FormKind constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_form_kind_to_string(esauti_form_kind value);

/**
 * FieldType
 * Kind of input a form field shows.
 * Default: `"text"`.
 */
typedef enum esauti_field_type {
    ESAUTI_FIELD_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FIELD_TYPE_TEXT = 1, /**< `text` */
    ESAUTI_FIELD_TYPE_EMAIL = 2, /**< `email` */
    ESAUTI_FIELD_TYPE_TEXTAREA = 3, /**< `textarea` */
    ESAUTI_FIELD_TYPE_SELECT = 4, /**< `select` */
    ESAUTI_FIELD_TYPE_CHECKBOX = 5, /**< `checkbox` */
    ESAUTI_FIELD_TYPE_RADIO = 6, /**< `radio` */
    ESAUTI_FIELD_TYPE_NUMBER = 7, /**< `number` */
    ESAUTI_FIELD_TYPE_DATE = 8, /**< `date` */
    ESAUTI_FIELD_TYPE_DATETIME = 9, /**< `datetime` */
    ESAUTI_FIELD_TYPE_TEL = 10, /**< `tel` */
    ESAUTI_FIELD_TYPE_URL = 11, /**< `url` */
    ESAUTI_FIELD_TYPE_COUNTRY = 12, /**< `country` */
    ESAUTI_FIELD_TYPE_HIDDEN = 13, /**< `hidden` */
    ESAUTI_FIELD_TYPE_FILE = 14, /**< `file` */
    ESAUTI_FIELD_TYPE_BUTTON = 15, /**< `button` */
} esauti_field_type;

/** FieldType as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_field_type_val {
    /**
     * The value; ESAUTI_FIELD_TYPE_UNKNOWN_VALUE (0) when the JSON text is not one this SDK version
     * knows (then see `other`).
     */
    esauti_field_type value;
    /**
     * When value is ESAUTI_FIELD_TYPE_UNKNOWN_VALUE: the JSON text as received, or to send, owned by
     * the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_field_type_val;

/** The JSON text of a FieldType constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_field_type_to_string(esauti_field_type value);

/**
 * Form.postAction
 * What the visitor sees after submitting.
 * Default: `"message"`.
 */
typedef enum esauti_form_post_action {
    ESAUTI_FORM_POST_ACTION_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_FORM_POST_ACTION_MESSAGE = 1, /**< `message` */
    ESAUTI_FORM_POST_ACTION_REDIRECT = 2, /**< `redirect` */
    ESAUTI_FORM_POST_ACTION_RETURN = 3, /**< `return` */
} esauti_form_post_action;

/** Form.postAction as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_form_post_action_val {
    /**
     * The value; ESAUTI_FORM_POST_ACTION_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_form_post_action value;
    /**
     * When value is ESAUTI_FORM_POST_ACTION_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_form_post_action_val;

/** The JSON text of a Form.postAction constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_form_post_action_to_string(esauti_form_post_action value);

/**
 * EmailKind
 * `template` emails are sent by campaigns or to single contacts; `list` emails are sent to
 * segments.
 * Default: `"template"`.
 */
typedef enum esauti_email_kind {
    ESAUTI_EMAIL_KIND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_EMAIL_KIND_TEMPLATE = 1, /**< `template` */
    ESAUTI_EMAIL_KIND_LIST = 2, /**< `list` */
} esauti_email_kind;

/** EmailKind as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_email_kind_val {
    /**
     * The value; ESAUTI_EMAIL_KIND_UNKNOWN_VALUE (0) when the JSON text is not one this SDK version
     * knows (then see `other`).
     */
    esauti_email_kind value;
    /**
     * When value is ESAUTI_EMAIL_KIND_UNKNOWN_VALUE: the JSON text as received, or to send, owned by
     * the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_email_kind_val;

/** The JSON text of a EmailKind constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_email_kind_to_string(esauti_email_kind value);

/**
 * NoteKind
 * What kind of interaction a note records.
 * Default: `"general"`.
 */
typedef enum esauti_note_kind {
    ESAUTI_NOTE_KIND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_NOTE_KIND_GENERAL = 1, /**< `general` */
    ESAUTI_NOTE_KIND_EMAIL = 2, /**< `email` */
    ESAUTI_NOTE_KIND_CALL = 3, /**< `call` */
    ESAUTI_NOTE_KIND_MEETING = 4, /**< `meeting` */
} esauti_note_kind;

/** NoteKind as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_note_kind_val {
    /**
     * The value; ESAUTI_NOTE_KIND_UNKNOWN_VALUE (0) when the JSON text is not one this SDK version
     * knows (then see `other`).
     */
    esauti_note_kind value;
    /**
     * When value is ESAUTI_NOTE_KIND_UNKNOWN_VALUE: the JSON text as received, or to send, owned by
     * the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_note_kind_val;

/** The JSON text of a NoteKind constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_note_kind_to_string(esauti_note_kind value);

/**
 * NoteSortField
 * A note field the note list can be ordered by.
 * Default: `"dateTime"`.
 */
typedef enum esauti_note_sort_field {
    ESAUTI_NOTE_SORT_FIELD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_NOTE_SORT_FIELD_ID = 1, /**< `id` */
    ESAUTI_NOTE_SORT_FIELD_DATE_TIME = 2, /**< `dateTime` */
    ESAUTI_NOTE_SORT_FIELD_TYPE = 3, /**< `type` */
    ESAUTI_NOTE_SORT_FIELD_DATE_ADDED = 4, /**< `dateAdded` */
} esauti_note_sort_field;

/** NoteSortField as stored in a struct: `value`, or the text in `other` (owned) when value is 0. */
typedef struct esauti_note_sort_field_val {
    /**
     * The value; ESAUTI_NOTE_SORT_FIELD_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_note_sort_field value;
    /**
     * When value is ESAUTI_NOTE_SORT_FIELD_UNKNOWN_VALUE: the JSON text as received, or to send, owned
     * by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_note_sort_field_val;

/** The JSON text of a NoteSortField constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_note_sort_field_to_string(esauti_note_sort_field value);

/**
 * WebhookTriggerType
 * An event a webhook can subscribe to.
 * Example: `"contact.created"`.
 */
typedef enum esauti_webhook_trigger_type {
    ESAUTI_WEBHOOK_TRIGGER_TYPE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_CONTACT_CREATED = 1, /**< `contact.created` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_CONTACT_UPDATED = 2, /**< `contact.updated` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_CONTACT_DELETED = 3, /**< `contact.deleted` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_CONTACT_POINTS_CHANGED = 4, /**< `contact.points_changed` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_CONTACT_STAGE_CHANGED = 5, /**< `contact.stage_changed` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_CONTACT_DNC_CHANGED = 6, /**< `contact.dnc_changed` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_COMPANY_CREATED = 7, /**< `company.created` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_COMPANY_UPDATED = 8, /**< `company.updated` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_COMPANY_DELETED = 9, /**< `company.deleted` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_FORM_SUBMITTED = 10, /**< `form.submitted` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_EMAIL_SENT = 11, /**< `email.sent` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_EMAIL_OPENED = 12, /**< `email.opened` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_CAMPAIGN_CONTACT_ADDED = 13, /**< `campaign.contact_added` */
    ESAUTI_WEBHOOK_TRIGGER_TYPE_SEGMENT_CONTACT_CHANGED = 14, /**< `segment.contact_changed` */
} esauti_webhook_trigger_type;

/**
 * WebhookTriggerType as stored in a struct: `value`, or the text in `other` (owned) when value is
 * 0.
 */
typedef struct esauti_webhook_trigger_type_val {
    /**
     * The value; ESAUTI_WEBHOOK_TRIGGER_TYPE_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_webhook_trigger_type value;
    /**
     * When value is ESAUTI_WEBHOOK_TRIGGER_TYPE_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_webhook_trigger_type_val;

/** The JSON text of a WebhookTriggerType constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_webhook_trigger_type_to_string(esauti_webhook_trigger_type value);

/**
 * EventReceipt.status
 * `accepted` the first time, `duplicate` when an event with this id was accepted before,
 * `rejected` when an event of a batch was refused on its own (`error` says why; the rest of the
 * batch is unaffected).
 * Example: `"accepted"`.
 */
typedef enum esauti_event_receipt_status {
    ESAUTI_EVENT_RECEIPT_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    ESAUTI_EVENT_RECEIPT_STATUS_ACCEPTED = 1, /**< `accepted` */
    ESAUTI_EVENT_RECEIPT_STATUS_DUPLICATE = 2, /**< `duplicate` */
    ESAUTI_EVENT_RECEIPT_STATUS_REJECTED = 3, /**< `rejected` */
} esauti_event_receipt_status;

/**
 * EventReceipt.status as stored in a struct: `value`, or the text in `other` (owned) when value is
 * 0.
 */
typedef struct esauti_event_receipt_status_val {
    /**
     * The value; ESAUTI_EVENT_RECEIPT_STATUS_UNKNOWN_VALUE (0) when the JSON text is not one this SDK
     * version knows (then see `other`).
     */
    esauti_event_receipt_status value;
    /**
     * When value is ESAUTI_EVENT_RECEIPT_STATUS_UNKNOWN_VALUE: the JSON text as received, or to send,
     * owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} esauti_event_receipt_status_val;

/** The JSON text of a EventReceipt.status constant, or NULL for an unknown value. */
APIC_EXPORT const char *esauti_event_receipt_status_to_string(esauti_event_receipt_status value);

/* Arrays (items inline) and maps (keys in JSON order) of generated types. */
/**
 * A list of esauti_contact: `items` points at `count` values stored one after another, owned by
 * the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_contact_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_contact *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_contact_array;
/**
 * A list of esauti_contact_input: `items` points at `count` values stored one after another, owned
 * by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_contact_input_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_contact_input *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_contact_input_array;
/**
 * A list of esauti_error_model: `items` points at `count` values stored one after another, owned
 * by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_error_model_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_error_model *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_error_model_array;
/**
 * A list of esauti_company: `items` points at `count` values stored one after another, owned by
 * the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_company_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_company *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_company_array;
/**
 * A list of esauti_segment_filter: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_segment_filter_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_segment_filter *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_segment_filter_array;
/**
 * A list of esauti_segment: `items` points at `count` values stored one after another, owned by
 * the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_segment_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_segment *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_segment_array;
/**
 * A list of esauti_segment_ref: `items` points at `count` values stored one after another, owned
 * by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_segment_ref_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_segment_ref *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_segment_ref_array;
/**
 * A list of esauti_campaign: `items` points at `count` values stored one after another, owned by
 * the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_campaign_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_campaign *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_campaign_array;
/**
 * A list of esauti_campaign_contact: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_campaign_contact_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_campaign_contact *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_campaign_contact_array;
/**
 * A list of esauti_form_field: `items` points at `count` values stored one after another, owned by
 * the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_form_field_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_form_field *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_form_field_array;
/**
 * A list of esauti_form: `items` points at `count` values stored one after another, owned by the
 * enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_form_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_form *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_form_array;
/**
 * A list of esauti_form_submission: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_form_submission_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_form_submission *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_form_submission_array;
/**
 * A list of esauti_email: `items` points at `count` values stored one after another, owned by the
 * enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_email_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_email *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_email_array;
/**
 * A list of esauti_note: `items` points at `count` values stored one after another, owned by the
 * enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_note_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_note *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_note_array;
/**
 * A list of esauti_stage: `items` points at `count` values stored one after another, owned by the
 * enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_stage_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_stage *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_stage_array;
/**
 * A list of esauti_tag: `items` points at `count` values stored one after another, owned by the
 * enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_tag_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_tag *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_tag_array;
/**
 * A list of esauti_webhook_trigger_type_val: `items` points at `count` values stored one after
 * another, owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_webhook_trigger_type_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_webhook_trigger_type_val *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_webhook_trigger_type_array;
/**
 * A list of esauti_webhook_trigger: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_webhook_trigger_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_webhook_trigger *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_webhook_trigger_array;
/**
 * A list of esauti_webhook: `items` points at `count` values stored one after another, owned by
 * the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_webhook_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_webhook *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_webhook_array;
/**
 * A list of esauti_event_envelope: `items` points at `count` values stored one after another,
 * owned by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_event_envelope_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_event_envelope *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_event_envelope_array;
/**
 * A list of esauti_event_receipt: `items` points at `count` values stored one after another, owned
 * by the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct esauti_event_receipt_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    esauti_event_receipt *items;
    /** Number of values in `items`. */
    size_t count;
} esauti_event_receipt_array;

/** Which variant a esauti_webhook_event holds. */
typedef enum esauti_webhook_event_kind {
    ESAUTI_WEBHOOK_EVENT_UNKNOWN_VALUE = 0, /**< none: see `other` */
    ESAUTI_WEBHOOK_EVENT_CONTACT_CREATED = 1, /**< `as.contact_created` */
    ESAUTI_WEBHOOK_EVENT_CONTACT_UPDATED = 2, /**< `as.contact_updated` */
    ESAUTI_WEBHOOK_EVENT_CONTACT_DELETED = 3, /**< `as.contact_deleted` */
    ESAUTI_WEBHOOK_EVENT_FORM_SUBMITTED = 4, /**< `as.form_submitted` */
    ESAUTI_WEBHOOK_EVENT_EMAIL_OPENED = 5, /**< `as.email_opened` */
} esauti_webhook_event_kind;

/**
 * Webhooks
 * A webhook the API sends, decoded: `kind` says which webhook it is, `as` holds its payload.
 * esauti_webhook_parse() verifies a received webhook and decodes it into one (see
 * esauti/webhook_events.h).
 *
 * One of these (oneOf, chosen by `type`); `kind` says which:
 * - ESAUTI_WEBHOOK_EVENT_CONTACT_CREATED: `as.contact_created` (esauti_contact_created_webhook *): schema ContactCreatedWebhook; type `contact.created`
 * - ESAUTI_WEBHOOK_EVENT_CONTACT_UPDATED: `as.contact_updated` (esauti_contact_updated_webhook *): schema ContactUpdatedWebhook; type `contact.updated`
 * - ESAUTI_WEBHOOK_EVENT_CONTACT_DELETED: `as.contact_deleted` (esauti_contact_deleted_webhook *): schema ContactDeletedWebhook; type `contact.deleted`
 * - ESAUTI_WEBHOOK_EVENT_FORM_SUBMITTED: `as.form_submitted` (esauti_form_submitted_webhook *): schema FormSubmittedWebhook; type `form.submitted`
 * - ESAUTI_WEBHOOK_EVENT_EMAIL_OPENED: `as.email_opened` (esauti_email_opened_webhook *): schema EmailOpenedWebhook; type `email.opened`
 * - ESAUTI_WEBHOOK_EVENT_UNKNOWN_VALUE (0): none; `other` keeps JSON that matched no variant (NULL: absent).
 */
struct esauti_webhook_event {
    /** Which variant `as` holds; ESAUTI_WEBHOOK_EVENT_UNKNOWN_VALUE (0) when none (then see `other`). */
    esauti_webhook_event_kind kind;
    /** The variant `kind` names; the other members are not set. */
    union {
        /**
         * When kind is ESAUTI_WEBHOOK_EVENT_CONTACT_CREATED: schema ContactCreatedWebhook; type
         * `contact.created`.
         */
        esauti_contact_created_webhook *contact_created;
        /**
         * When kind is ESAUTI_WEBHOOK_EVENT_CONTACT_UPDATED: schema ContactUpdatedWebhook; type
         * `contact.updated`.
         */
        esauti_contact_updated_webhook *contact_updated;
        /**
         * When kind is ESAUTI_WEBHOOK_EVENT_CONTACT_DELETED: schema ContactDeletedWebhook; type
         * `contact.deleted`.
         */
        esauti_contact_deleted_webhook *contact_deleted;
        /**
         * When kind is ESAUTI_WEBHOOK_EVENT_FORM_SUBMITTED: schema FormSubmittedWebhook; type
         * `form.submitted`.
         */
        esauti_form_submitted_webhook *form_submitted;
        /** When kind is ESAUTI_WEBHOOK_EVENT_EMAIL_OPENED: schema EmailOpenedWebhook; type `email.opened`. */
        esauti_email_opened_webhook *email_opened;
    } as;
    /** Raw JSON of a value that matched no variant (kind 0), owned; sent back unchanged. */
    char *other;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_webhook_event_free(esauti_webhook_event *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_webhook_event_free(). */
APIC_EXPORT int esauti_webhook_event_from_json(const char *json, size_t len, esauti_webhook_event **out,
                                               apic_error *err);
/** Serialises obj (its variant, or `other`) into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_webhook_event_to_json(const esauti_webhook_event *obj, char **out, apic_error *err);
/** Descriptor of esauti_webhook_event for the apic codec. */
APIC_EXPORT extern const apic_union_desc esauti_webhook_event_desc;

/**
 * Error
 * What went wrong with a request.
 */
struct esauti_error_model {
    /**
     * HTTP status code of the error, repeated in the body.
     * Format: int32. Example: `422`.
     * Required.
     */
    int32_t code;
    /**
     * A sentence describing the error, for people.
     * Example: `"The request body is invalid."`.
     * Required.
     */
    char *message;
    bool has_details; /**< true when details is set */
    /** Field-level messages, keyed by the JSON name of the field at fault. */
    apic_string_map details;
    /**
     * Id of the request in the server's logs; quote it when asking for support.
     * Example: `"req_8f14e45fceea167a"`.
     * JSON key: `requestId`.
     */
    char *request_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_error_model_free(esauti_error_model *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_error_model_free(). */
APIC_EXPORT int esauti_error_model_from_json(const char *json, size_t len, esauti_error_model **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_error_model_to_json(const esauti_error_model *obj, char **out, apic_error *err);
/** Descriptor of esauti_error_model for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_error_model_desc;

/**
 * ActionResult
 * Outcome of an action that changes a relation rather than a resource.
 */
struct esauti_action_result {
    /**
     * Whether the action was applied.
     * Required.
     */
    bool success;
    /** Further information, e.g. that the contact was already a member. */
    char *message;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_action_result_free(esauti_action_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_action_result_free(). */
APIC_EXPORT int esauti_action_result_from_json(const char *json, size_t len, esauti_action_result **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_action_result_to_json(const esauti_action_result *obj, char **out, apic_error *err);
/** Descriptor of esauti_action_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_action_result_desc;

/**
 * StageRef
 * A short reference to a lifecycle stage.
 */
struct esauti_stage_ref {
    /**
     * Id of the stage.
     * Format: int64. Example: `2`.
     * Required.
     */
    int64_t id;
    /**
     * Name of the stage.
     * Example: `"Lead"`.
     * Required.
     */
    char *name;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_stage_ref_free(esauti_stage_ref *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_stage_ref_free(). */
APIC_EXPORT int esauti_stage_ref_from_json(const char *json, size_t len, esauti_stage_ref **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_stage_ref_to_json(const esauti_stage_ref *obj, char **out, apic_error *err);
/** Descriptor of esauti_stage_ref for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_stage_ref_desc;

/**
 * Contact
 * A person you market to.
 */
struct esauti_contact {
    /**
     * Id of the contact, given by eSauti.
     * Format: int64. Example: `42`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Email address of the contact; unique within the instance.
     * Format: email. Example: `"jane.doe@example.com"`.
     * Required.
     * Personal data.
     */
    char *email;
    /**
     * First name.
     * Example: `"Jane"`.
     */
    char *firstname;
    /**
     * Last name.
     * Example: `"Doe"`.
     */
    char *lastname;
    /**
     * Phone number in international format, or null when unknown.
     * Example: `"+254700000001"`.
     * Personal data.
     */
    char *phone;
    bool phone_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_points; /**< true when points is set */
    /**
     * Engagement score; campaigns and forms add or remove points.
     * Format: int32. Default: `0`. Example: `25`.
     */
    int32_t points;
    bool has_do_not_contact; /**< true when do_not_contact is set */
    /**
     * True when the contact unsubscribed or bounced and must not be emailed.
     * Default: `false`.
     * JSON key: `doNotContact`.
     */
    bool do_not_contact;
    bool has_owner_id; /**< true when owner_id is set */
    /**
     * Id of the user who owns the contact, or null when nobody does.
     * Format: int64. Example: `7`.
     * JSON key: `ownerId`.
     */
    int64_t owner_id;
    bool owner_id_is_null; /**< true to send (or when the server sent) JSON null */
    /** The contact's lifecycle stage, or null when it has none. */
    esauti_stage_ref *stage;
    bool stage_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_tags; /**< true when tags is set */
    /** Tags attached to the contact. */
    apic_string_array tags;
    bool has_custom_fields; /**< true when custom_fields is set */
    /**
     * Free-form map of custom field alias to value (any JSON); the keys depend on the custom fields
     * configured in the instance.
     * JSON key: `customFields`.
     */
    apic_json_map custom_fields;
    /**
     * When the contact was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the contact was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_free(esauti_contact *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_free(). */
APIC_EXPORT int esauti_contact_from_json(const char *json, size_t len, esauti_contact **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_to_json(const esauti_contact *obj, char **out, apic_error *err);
/** Descriptor of esauti_contact for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_desc;

/**
 * ContactInput
 * The writable fields of a contact, as sent to create or replace one.
 */
struct esauti_contact_input {
    /**
     * Email address of the contact; unique within the instance.
     * Format: email. Example: `"jane.doe@example.com"`.
     * Required.
     * Personal data.
     */
    char *email;
    /**
     * First name.
     * Example: `"Jane"`.
     */
    char *firstname;
    /**
     * Last name.
     * Example: `"Doe"`.
     */
    char *lastname;
    /**
     * Phone number in international format; null clears it.
     * Example: `"+254700000001"`.
     * Personal data.
     */
    char *phone;
    bool phone_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_points; /**< true when points is set */
    /**
     * Engagement score.
     * Format: int32. Default: `0`. Example: `25`.
     */
    int32_t points;
    bool has_do_not_contact; /**< true when do_not_contact is set */
    /**
     * True when the contact must not be emailed.
     * Default: `false`.
     * JSON key: `doNotContact`.
     */
    bool do_not_contact;
    bool has_owner_id; /**< true when owner_id is set */
    /**
     * Id of the user who owns the contact; null for nobody.
     * Format: int64. Example: `7`.
     * JSON key: `ownerId`.
     */
    int64_t owner_id;
    bool owner_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_stage_id; /**< true when stage_id is set */
    /**
     * Id of the lifecycle stage to put the contact in.
     * Format: int64. Minimum: 1. Example: `2`.
     * JSON key: `stageId`.
     */
    int64_t stage_id;
    bool has_tags; /**< true when tags is set */
    /** Tags to attach to the contact; unknown tags are created. */
    apic_string_array tags;
    bool has_custom_fields; /**< true when custom_fields is set */
    /**
     * Free-form map of custom field alias to value (any JSON); the keys depend on the custom fields
     * configured in the instance.
     * JSON key: `customFields`.
     */
    apic_json_map custom_fields;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_input_free(esauti_contact_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_input_free(). */
APIC_EXPORT int esauti_contact_input_from_json(const char *json, size_t len, esauti_contact_input **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_input_to_json(const esauti_contact_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_contact_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_input_desc;

/**
 * ContactPatch
 * Changes to a contact: only the fields present are changed, so nothing is required.
 */
struct esauti_contact_patch {
    /**
     * New email address.
     * Format: email. Example: `"jane.doe@example.com"`.
     * Personal data.
     */
    char *email;
    /**
     * New first name.
     * Example: `"Jane"`.
     */
    char *firstname;
    /**
     * New last name.
     * Example: `"Doe"`.
     */
    char *lastname;
    /**
     * New phone number; null clears it.
     * Example: `"+254700000001"`.
     * Personal data.
     */
    char *phone;
    bool phone_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_points; /**< true when points is set */
    /**
     * New engagement score.
     * Format: int32. Example: `30`.
     */
    int32_t points;
    bool has_do_not_contact; /**< true when do_not_contact is set */
    /**
     * True when the contact must not be emailed.
     * JSON key: `doNotContact`.
     */
    bool do_not_contact;
    bool has_owner_id; /**< true when owner_id is set */
    /**
     * Id of the new owner; null for nobody.
     * Format: int64. Example: `7`.
     * JSON key: `ownerId`.
     */
    int64_t owner_id;
    bool owner_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_stage_id; /**< true when stage_id is set */
    /**
     * Id of the new lifecycle stage.
     * Format: int64. Minimum: 1. Example: `3`.
     * JSON key: `stageId`.
     */
    int64_t stage_id;
    bool has_tags; /**< true when tags is set */
    /** The contact's tags; replaces the current ones. */
    apic_string_array tags;
    bool has_custom_fields; /**< true when custom_fields is set */
    /**
     * Free-form map of custom field alias to new value (any JSON); fields not named keep their values.
     * JSON key: `customFields`.
     */
    apic_json_map custom_fields;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_patch_free(esauti_contact_patch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_patch_free(). */
APIC_EXPORT int esauti_contact_patch_from_json(const char *json, size_t len, esauti_contact_patch **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_patch_to_json(const esauti_contact_patch *obj, char **out, apic_error *err);
/** Descriptor of esauti_contact_patch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_patch_desc;

/**
 * ContactList
 * One page of contacts.
 */
struct esauti_contact_list {
    /**
     * Number of contacts matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The contacts of this page.
     * Required.
     */
    esauti_contact_array contacts;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_list_free(esauti_contact_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_list_free(). */
APIC_EXPORT int esauti_contact_list_from_json(const char *json, size_t len, esauti_contact_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_list_to_json(const esauti_contact_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_contact_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_list_desc;

/**
 * ContactBatch
 * Contacts to create in one request.
 */
struct esauti_contact_batch {
    /**
     * The contacts to create.
     * Minimum items: 1. Maximum items: 200.
     * Required.
     */
    esauti_contact_input_array contacts;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_batch_free(esauti_contact_batch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_batch_free(). */
APIC_EXPORT int esauti_contact_batch_from_json(const char *json, size_t len, esauti_contact_batch **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_batch_to_json(const esauti_contact_batch *obj, char **out, apic_error *err);
/** Descriptor of esauti_contact_batch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_batch_desc;

/**
 * ContactBatchResult
 * Outcome of a batch creation.
 */
struct esauti_contact_batch_result {
    /**
     * The contacts created, in request order.
     * Required.
     */
    esauti_contact_array contacts;
    /**
     * One error per contact that was not created; `details` names the index of the contact.
     * Required.
     */
    esauti_error_model_array errors;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_batch_result_free(esauti_contact_batch_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_batch_result_free(). */
APIC_EXPORT int esauti_contact_batch_result_from_json(const char *json, size_t len, esauti_contact_batch_result **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_batch_result_to_json(const esauti_contact_batch_result *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_contact_batch_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_batch_result_desc;

/**
 * Company
 * An organisation contacts belong to.
 */
struct esauti_company {
    /**
     * Id of the company, given by eSauti.
     * Format: int64. Example: `7`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Name of the company.
     * Example: `"Acme Kenya Ltd"`.
     * Required.
     */
    char *name;
    /**
     * General email address of the company.
     * Format: email. Example: `"info@acme.co.ke"`.
     */
    char *email;
    bool email_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Web site of the company.
     * Format: uri. Example: `"https://acme.co.ke"`.
     */
    char *website;
    bool website_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Main phone number.
     * Example: `"+254200000000"`.
     */
    char *phone;
    bool phone_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * First address line.
     * Example: `"1 Moi Avenue"`.
     */
    char *address1;
    /** Second address line. */
    char *address2;
    /**
     * City.
     * Example: `"Nairobi"`.
     */
    char *city;
    /**
     * State, county or province.
     * Example: `"Nairobi County"`.
     */
    char *state;
    /**
     * Postal code.
     * Example: `"00100"`.
     */
    char *zipcode;
    /**
     * Country name.
     * Example: `"Kenya"`.
     */
    char *country;
    /**
     * Industry the company works in.
     * Example: `"Software"`.
     */
    char *industry;
    bool has_number_of_employees; /**< true when number_of_employees is set */
    /**
     * Number of employees, when known.
     * Format: int32. Minimum: 0. Example: `120`.
     * JSON key: `numberOfEmployees`.
     */
    int32_t number_of_employees;
    bool number_of_employees_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_annual_revenue; /**< true when annual_revenue is set */
    /**
     * Annual revenue in the instance's currency, when known.
     * Minimum: 0. Example: `2500000.5`.
     * JSON key: `annualRevenue`.
     */
    double annual_revenue;
    bool annual_revenue_is_null; /**< true to send (or when the server sent) JSON null */
    /** Free-text description. */
    char *description;
    bool has_owner_id; /**< true when owner_id is set */
    /**
     * Id of the user who owns the company, or null.
     * Format: int64. Example: `3`.
     * JSON key: `ownerId`.
     */
    int64_t owner_id;
    bool owner_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_score; /**< true when score is set */
    /**
     * Engagement score of the company.
     * Format: int32. Default: `0`. Example: `10`.
     */
    int32_t score;
    bool has_contact_count; /**< true when contact_count is set */
    /**
     * Number of contacts that belong to the company.
     * Format: int64. Example: `12`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `contactCount`.
     */
    int64_t contact_count;
    bool has_custom_fields; /**< true when custom_fields is set */
    /**
     * Free-form map of custom company field alias to value (any JSON).
     * JSON key: `customFields`.
     */
    apic_json_map custom_fields;
    /**
     * When the company was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the company was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_company_free(esauti_company *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_company_free(). */
APIC_EXPORT int esauti_company_from_json(const char *json, size_t len, esauti_company **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_company_to_json(const esauti_company *obj, char **out, apic_error *err);
/** Descriptor of esauti_company for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_company_desc;

/**
 * CompanyInput
 * The writable fields of a company, as sent to create one.
 */
struct esauti_company_input {
    /**
     * Name of the company.
     * Minimum length: 1. Example: `"Acme Kenya Ltd"`.
     * Required.
     */
    char *name;
    /**
     * General email address of the company.
     * Format: email. Example: `"info@acme.co.ke"`.
     */
    char *email;
    bool email_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Web site of the company.
     * Format: uri. Example: `"https://acme.co.ke"`.
     */
    char *website;
    bool website_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Main phone number.
     * Example: `"+254200000000"`.
     */
    char *phone;
    bool phone_is_null; /**< true to send (or when the server sent) JSON null */
    /** First address line. */
    char *address1;
    /** Second address line. */
    char *address2;
    /**
     * City.
     * Example: `"Nairobi"`.
     */
    char *city;
    /** State, county or province. */
    char *state;
    /** Postal code. */
    char *zipcode;
    /**
     * Country name.
     * Example: `"Kenya"`.
     */
    char *country;
    /**
     * Industry the company works in.
     * Example: `"Software"`.
     */
    char *industry;
    bool has_number_of_employees; /**< true when number_of_employees is set */
    /**
     * Number of employees, when known.
     * Format: int32. Minimum: 0.
     * JSON key: `numberOfEmployees`.
     */
    int32_t number_of_employees;
    bool number_of_employees_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_annual_revenue; /**< true when annual_revenue is set */
    /**
     * Annual revenue in the instance's currency, when known.
     * Minimum: 0.
     * JSON key: `annualRevenue`.
     */
    double annual_revenue;
    bool annual_revenue_is_null; /**< true to send (or when the server sent) JSON null */
    /** Free-text description. */
    char *description;
    bool has_owner_id; /**< true when owner_id is set */
    /**
     * Id of the user who owns the company; null for nobody.
     * Format: int64.
     * JSON key: `ownerId`.
     */
    int64_t owner_id;
    bool owner_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_score; /**< true when score is set */
    /**
     * Engagement score of the company.
     * Format: int32. Default: `0`.
     */
    int32_t score;
    bool has_custom_fields; /**< true when custom_fields is set */
    /**
     * Free-form map of custom company field alias to value (any JSON).
     * JSON key: `customFields`.
     */
    apic_json_map custom_fields;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_company_input_free(esauti_company_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_company_input_free(). */
APIC_EXPORT int esauti_company_input_from_json(const char *json, size_t len, esauti_company_input **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_company_input_to_json(const esauti_company_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_company_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_company_input_desc;

/**
 * CompanyPatch
 * Changes to a company; only the fields present are changed, so nothing is required.
 */
struct esauti_company_patch {
    /**
     * New name.
     * Minimum length: 1.
     */
    char *name;
    /**
     * New general email address; null clears it.
     * Format: email.
     */
    char *email;
    bool email_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * New web site; null clears it.
     * Format: uri.
     */
    char *website;
    bool website_is_null; /**< true to send (or when the server sent) JSON null */
    /** New main phone number; null clears it. */
    char *phone;
    bool phone_is_null; /**< true to send (or when the server sent) JSON null */
    /** New first address line. */
    char *address1;
    /** New second address line. */
    char *address2;
    /** New city. */
    char *city;
    /** New state, county or province. */
    char *state;
    /** New postal code. */
    char *zipcode;
    /** New country name. */
    char *country;
    /** New industry. */
    char *industry;
    bool has_number_of_employees; /**< true when number_of_employees is set */
    /**
     * New number of employees; null when unknown.
     * Format: int32. Minimum: 0.
     * JSON key: `numberOfEmployees`.
     */
    int32_t number_of_employees;
    bool number_of_employees_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_annual_revenue; /**< true when annual_revenue is set */
    /**
     * New annual revenue; null when unknown.
     * Minimum: 0.
     * JSON key: `annualRevenue`.
     */
    double annual_revenue;
    bool annual_revenue_is_null; /**< true to send (or when the server sent) JSON null */
    /** New free-text description. */
    char *description;
    bool has_owner_id; /**< true when owner_id is set */
    /**
     * Id of the new owner; null for nobody.
     * Format: int64.
     * JSON key: `ownerId`.
     */
    int64_t owner_id;
    bool owner_id_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_score; /**< true when score is set */
    /**
     * New engagement score.
     * Format: int32.
     */
    int32_t score;
    bool has_custom_fields; /**< true when custom_fields is set */
    /**
     * Free-form map of custom company field alias to new value (any JSON).
     * JSON key: `customFields`.
     */
    apic_json_map custom_fields;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_company_patch_free(esauti_company_patch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_company_patch_free(). */
APIC_EXPORT int esauti_company_patch_from_json(const char *json, size_t len, esauti_company_patch **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_company_patch_to_json(const esauti_company_patch *obj, char **out, apic_error *err);
/** Descriptor of esauti_company_patch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_company_patch_desc;

/**
 * CompanyFilter
 * Exact-match filter on company fields; every field given must match.
 */
struct esauti_company_filter {
    /**
     * Company name.
     * Example: `"Acme Kenya Ltd"`.
     */
    char *name;
    /**
     * City.
     * Example: `"Nairobi"`.
     */
    char *city;
    /**
     * Country name.
     * Example: `"Kenya"`.
     */
    char *country;
    /**
     * Industry.
     * Example: `"Software"`.
     */
    char *industry;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_company_filter_free(esauti_company_filter *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_company_filter_free(). */
APIC_EXPORT int esauti_company_filter_from_json(const char *json, size_t len, esauti_company_filter **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_company_filter_to_json(const esauti_company_filter *obj, char **out, apic_error *err);
/** Descriptor of esauti_company_filter for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_company_filter_desc;

/**
 * CompanyList
 * One page of companies.
 */
struct esauti_company_list {
    /**
     * Number of companies matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The companies of this page.
     * Required.
     */
    esauti_company_array companies;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_company_list_free(esauti_company_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_company_list_free(). */
APIC_EXPORT int esauti_company_list_from_json(const char *json, size_t len, esauti_company_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_company_list_to_json(const esauti_company_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_company_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_company_list_desc;

/**
 * SegmentRef
 * A short reference to a segment.
 */
struct esauti_segment_ref {
    /**
     * Id of the segment.
     * Format: int64. Example: `3`.
     * Required.
     */
    int64_t id;
    /**
     * Name of the segment.
     * Example: `"Newsletter subscribers"`.
     * Required.
     */
    char *name;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_segment_ref_free(esauti_segment_ref *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_segment_ref_free(). */
APIC_EXPORT int esauti_segment_ref_from_json(const char *json, size_t len, esauti_segment_ref **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_segment_ref_to_json(const esauti_segment_ref *obj, char **out, apic_error *err);
/** Descriptor of esauti_segment_ref for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_segment_ref_desc;

/**
 * SegmentFilter
 * One condition of a segment; a contact is a member when the conditions hold.
 */
struct esauti_segment_filter {
    bool has_glue; /**< true when glue is set */
    /**
     * How this condition combines with the previous one.
     * Default: `"and"`.
     */
    esauti_segment_filter_glue_val glue;
    bool has_object; /**< true when object is set */
    /**
     * Whether `field` is a contact field or a field of the contact's company.
     * Default: `"contact"`.
     */
    esauti_segment_filter_object_val object;
    /**
     * Alias of the field tested.
     * Example: `"country"`.
     * Required.
     */
    char *field;
    /**
     * Comparison a segment filter applies.
     * Default: `"eq"`.
     * Required.
     * JSON key: `operator`.
     */
    esauti_filter_operator_val operator_;
    /**
     * Value compared with the field; null for operators that take none (empty, notEmpty).
     * Example: `"Kenya"`.
     */
    char *value;
    bool value_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_segment_filter_free(esauti_segment_filter *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_segment_filter_free(). */
APIC_EXPORT int esauti_segment_filter_from_json(const char *json, size_t len, esauti_segment_filter **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_segment_filter_to_json(const esauti_segment_filter *obj, char **out, apic_error *err);
/** Descriptor of esauti_segment_filter for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_segment_filter_desc;

/**
 * Segment
 * A list of contacts, maintained by filters or by hand.
 */
struct esauti_segment {
    /**
     * Id of the segment, given by eSauti.
     * Format: int64. Example: `3`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Name of the segment.
     * Example: `"Newsletter subscribers"`.
     * Required.
     */
    char *name;
    /**
     * Unique machine name of the segment, used in search expressions (`segment:alias`).
     * Example: `"newsletter-subscribers"`.
     * Required.
     */
    char *alias;
    /**
     * What the segment is for.
     * Example: `"Everyone who opted in to the monthly newsletter."`.
     */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_is_public; /**< true when is_public is set */
    /**
     * Whether contacts can subscribe to the segment from their preference centre.
     * Default: `false`.
     * JSON key: `isPublic`.
     */
    bool is_public;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the segment is active.
     * Default: `true`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    bool has_filters; /**< true when filters is set */
    /** Conditions for membership; empty for a segment maintained by hand. */
    esauti_segment_filter_array filters;
    bool has_contact_count; /**< true when contact_count is set */
    /**
     * Number of contacts in the segment.
     * Format: int64. Example: `1520`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `contactCount`.
     */
    int64_t contact_count;
    /**
     * When the segment was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the segment was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_segment_free(esauti_segment *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_segment_free(). */
APIC_EXPORT int esauti_segment_from_json(const char *json, size_t len, esauti_segment **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_segment_to_json(const esauti_segment *obj, char **out, apic_error *err);
/** Descriptor of esauti_segment for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_segment_desc;

/**
 * SegmentInput
 * The writable fields of a segment, as sent to create one.
 */
struct esauti_segment_input {
    /**
     * Name of the segment.
     * Minimum length: 1. Example: `"Newsletter subscribers"`.
     * Required.
     */
    char *name;
    /**
     * Unique machine name; made from the name when absent.
     * Example: `"newsletter-subscribers"`.
     */
    char *alias;
    /** What the segment is for. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_is_public; /**< true when is_public is set */
    /**
     * Whether contacts can subscribe from their preference centre.
     * Default: `false`.
     * JSON key: `isPublic`.
     */
    bool is_public;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the segment is active.
     * Default: `true`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    bool has_filters; /**< true when filters is set */
    /** Conditions for membership; leave empty to maintain the segment by hand. */
    esauti_segment_filter_array filters;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_segment_input_free(esauti_segment_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_segment_input_free(). */
APIC_EXPORT int esauti_segment_input_from_json(const char *json, size_t len, esauti_segment_input **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_segment_input_to_json(const esauti_segment_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_segment_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_segment_input_desc;

/**
 * SegmentPatch
 * Changes to a segment; only the fields present are changed, so nothing is required.
 */
struct esauti_segment_patch {
    /**
     * New name.
     * Minimum length: 1.
     */
    char *name;
    /** New unique machine name. */
    char *alias;
    /** New description; null clears it. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_is_public; /**< true when is_public is set */
    /**
     * Whether contacts can subscribe from their preference centre.
     * JSON key: `isPublic`.
     */
    bool is_public;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the segment is active.
     * JSON key: `isPublished`.
     */
    bool is_published;
    bool has_filters; /**< true when filters is set */
    /** New conditions; replaces all current ones. */
    esauti_segment_filter_array filters;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_segment_patch_free(esauti_segment_patch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_segment_patch_free(). */
APIC_EXPORT int esauti_segment_patch_from_json(const char *json, size_t len, esauti_segment_patch **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_segment_patch_to_json(const esauti_segment_patch *obj, char **out, apic_error *err);
/** Descriptor of esauti_segment_patch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_segment_patch_desc;

/**
 * SegmentList
 * One page of segments.
 */
struct esauti_segment_list {
    /**
     * Number of segments matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The segments of this page.
     * Required.
     */
    esauti_segment_array segments;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_segment_list_free(esauti_segment_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_segment_list_free(). */
APIC_EXPORT int esauti_segment_list_from_json(const char *json, size_t len, esauti_segment_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_segment_list_to_json(const esauti_segment_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_segment_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_segment_list_desc;

/**
 * Campaign
 * An automated journey of events and actions that contacts go through.
 */
struct esauti_campaign {
    /**
     * Id of the campaign, given by eSauti.
     * Format: int64. Example: `5`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Name of the campaign.
     * Example: `"Welcome series"`.
     * Required.
     */
    char *name;
    /**
     * What the campaign does.
     * Example: `"Three emails over the first two weeks."`.
     */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the campaign is running.
     * Default: `false`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    /**
     * Category the campaign is filed under.
     * Example: `"Onboarding"`.
     */
    char *category;
    bool category_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * When the campaign starts running; null for immediately.
     * Format: date-time. Example: `"2024-04-01T00:00:00Z"`.
     * JSON key: `publishUp`.
     */
    char *publish_up;
    bool publish_up_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * When the campaign stops running; null for never.
     * Format: date-time.
     * JSON key: `publishDown`.
     */
    char *publish_down;
    bool publish_down_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_segments; /**< true when segments is set */
    /** Segments whose members enter the campaign automatically. */
    esauti_segment_ref_array segments;
    bool has_contact_count; /**< true when contact_count is set */
    /**
     * Number of contacts currently in the campaign.
     * Format: int64. Example: `340`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `contactCount`.
     */
    int64_t contact_count;
    /**
     * When the campaign was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the campaign was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_free(esauti_campaign *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_free(). */
APIC_EXPORT int esauti_campaign_from_json(const char *json, size_t len, esauti_campaign **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_to_json(const esauti_campaign *obj, char **out, apic_error *err);
/** Descriptor of esauti_campaign for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_desc;

/**
 * CampaignList
 * One page of campaigns.
 */
struct esauti_campaign_list {
    /**
     * Number of campaigns matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The campaigns of this page.
     * Required.
     */
    esauti_campaign_array campaigns;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_list_free(esauti_campaign_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_list_free(). */
APIC_EXPORT int esauti_campaign_list_from_json(const char *json, size_t len, esauti_campaign_list **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_list_to_json(const esauti_campaign_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_campaign_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_list_desc;

/**
 * CampaignContact
 * A contact's membership of a campaign.
 */
struct esauti_campaign_contact {
    /**
     * Id of the contact.
     * Format: int64. Example: `42`.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    /**
     * When the contact entered the campaign.
     * Format: date-time. Example: `"2024-04-02T08:15:00Z"`.
     * Required.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    bool has_manually_added; /**< true when manually_added is set */
    /**
     * True when the contact was added by hand rather than through a segment.
     * Default: `false`.
     * JSON key: `manuallyAdded`.
     */
    bool manually_added;
    bool has_manually_removed; /**< true when manually_removed is set */
    /**
     * True when the contact was removed by hand and will not re-enter automatically.
     * Default: `false`.
     * JSON key: `manuallyRemoved`.
     */
    bool manually_removed;
    /**
     * When the contact last left the campaign, or null if never.
     * Format: date-time.
     * JSON key: `dateLastExited`.
     */
    char *date_last_exited;
    bool date_last_exited_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_contact_free(esauti_campaign_contact *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_contact_free(). */
APIC_EXPORT int esauti_campaign_contact_from_json(const char *json, size_t len, esauti_campaign_contact **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_contact_to_json(const esauti_campaign_contact *obj, char **out, apic_error *err);
/** Descriptor of esauti_campaign_contact for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_contact_desc;

/**
 * CampaignContactList
 * One page of a campaign's memberships.
 */
struct esauti_campaign_contact_list {
    /**
     * Number of contacts in the campaign.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The memberships of this page.
     * Required.
     */
    esauti_campaign_contact_array contacts;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_campaign_contact_list_free(esauti_campaign_contact_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_campaign_contact_list_free(). */
APIC_EXPORT int esauti_campaign_contact_list_from_json(const char *json, size_t len, esauti_campaign_contact_list **out,
                                                       apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_campaign_contact_list_to_json(const esauti_campaign_contact_list *obj, char **out,
                                                     apic_error *err);
/** Descriptor of esauti_campaign_contact_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_campaign_contact_list_desc;

/**
 * FormField
 * One input of a form.
 */
struct esauti_form_field {
    /**
     * Id of the field.
     * Format: int64. Example: `31`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Label shown next to the input.
     * Example: `"Email address"`.
     * Required.
     */
    char *label;
    /**
     * Machine name of the field, the key of its value in submissions.
     * Example: `"email"`.
     * Required.
     */
    char *alias;
    /**
     * Kind of input a form field shows.
     * Default: `"text"`.
     * Required.
     */
    esauti_field_type_val type;
    bool has_is_required; /**< true when is_required is set */
    /**
     * Whether the form cannot be submitted without a value.
     * Default: `false`.
     * JSON key: `isRequired`.
     */
    bool is_required;
    bool has_order; /**< true when order is set */
    /**
     * Position of the field in the form, from 0.
     * Format: int32. Minimum: 0. Example: `0`.
     */
    int32_t order;
    /**
     * Alias of the contact field the value is saved to, or null.
     * Example: `"email"`.
     * JSON key: `mappedField`.
     */
    char *mapped_field;
    bool mapped_field_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_field_free(esauti_form_field *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_field_free(). */
APIC_EXPORT int esauti_form_field_from_json(const char *json, size_t len, esauti_form_field **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_field_to_json(const esauti_form_field *obj, char **out, apic_error *err);
/** Descriptor of esauti_form_field for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_field_desc;

/**
 * Form
 * A web form that collects data from visitors.
 */
struct esauti_form {
    /**
     * Id of the form, given by eSauti.
     * Format: int64. Example: `12`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Name of the form.
     * Example: `"Newsletter sign-up"`.
     * Required.
     */
    char *name;
    /**
     * Unique machine name of the form.
     * Example: `"newsletter-sign-up"`.
     * Required.
     */
    char *alias;
    /** What the form is for. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_form_type; /**< true when form_type is set */
    /**
     * Standalone forms run their own actions; campaign forms start campaigns.
     * Default: `"standalone"`.
     * JSON key: `formType`.
     */
    esauti_form_kind_val form_type;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the form accepts submissions.
     * Default: `true`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    bool has_post_action; /**< true when post_action is set */
    /**
     * What the visitor sees after submitting.
     * Default: `"message"`.
     * JSON key: `postAction`.
     */
    esauti_form_post_action_val post_action;
    /**
     * The message shown or the URL redirected to, depending on `postAction`.
     * Example: `"Thanks for signing up!"`.
     * JSON key: `postActionProperty`.
     */
    char *post_action_property;
    bool post_action_property_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_fields; /**< true when fields is set */
    /** The form's inputs, in display order. */
    esauti_form_field_array fields;
    bool has_submission_count; /**< true when submission_count is set */
    /**
     * Number of submissions received.
     * Format: int64. Example: `230`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `submissionCount`.
     */
    int64_t submission_count;
    /**
     * When the form was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the form was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_free(esauti_form *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_free(). */
APIC_EXPORT int esauti_form_from_json(const char *json, size_t len, esauti_form **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_to_json(const esauti_form *obj, char **out, apic_error *err);
/** Descriptor of esauti_form for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_desc;

/**
 * FormList
 * One page of forms.
 */
struct esauti_form_list {
    /**
     * Number of forms matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The forms of this page.
     * Required.
     */
    esauti_form_array forms;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_list_free(esauti_form_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_list_free(). */
APIC_EXPORT int esauti_form_list_from_json(const char *json, size_t len, esauti_form_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_list_to_json(const esauti_form_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_form_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_list_desc;

/**
 * FormSubmission
 * The values one visitor submitted in a form.
 */
struct esauti_form_submission {
    /**
     * Id of the submission.
     * Format: int64. Example: `1001`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Id of the form submitted.
     * Format: int64. Example: `12`.
     * Required.
     * JSON key: `formId`.
     */
    int64_t form_id;
    bool has_contact_id; /**< true when contact_id is set */
    /**
     * Id of the contact the submission was linked to, or null.
     * Format: int64. Example: `42`.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    bool contact_id_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * IP address the submission came from.
     * Example: `"192.0.2.10"`.
     * Personal data.
     * JSON key: `ipAddress`.
     */
    char *ip_address;
    bool ip_address_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Page the form was submitted from.
     * Format: uri. Example: `"https://www.example.com/newsletter"`.
     */
    char *referer;
    bool referer_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * When the form was submitted.
     * Format: date-time. Example: `"2024-03-05T10:20:30Z"`.
     * Required.
     * JSON key: `dateSubmitted`.
     */
    char *date_submitted;
    /**
     * Submitted values, keyed by field alias.
     * Required.
     */
    apic_string_map results;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submission_free(esauti_form_submission *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submission_free(). */
APIC_EXPORT int esauti_form_submission_from_json(const char *json, size_t len, esauti_form_submission **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submission_to_json(const esauti_form_submission *obj, char **out, apic_error *err);
/** Descriptor of esauti_form_submission for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submission_desc;

/**
 * FormSubmissionList
 * One page of a form's submissions.
 */
struct esauti_form_submission_list {
    /**
     * Number of submissions of the form.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The submissions of this page.
     * Required.
     */
    esauti_form_submission_array submissions;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submission_list_free(esauti_form_submission_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submission_list_free(). */
APIC_EXPORT int esauti_form_submission_list_from_json(const char *json, size_t len, esauti_form_submission_list **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submission_list_to_json(const esauti_form_submission_list *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_form_submission_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submission_list_desc;

/**
 * Email
 * An email and its sending statistics.
 */
struct esauti_email {
    /**
     * Id of the email, given by eSauti.
     * Format: int64. Example: `9`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Internal name of the email.
     * Example: `"Welcome 1"`.
     * Required.
     */
    char *name;
    /**
     * Subject line; may contain `{token}` placeholders.
     * Example: `"Welcome to eSauti, {contactfield=firstname}!"`.
     * Required.
     */
    char *subject;
    /**
     * `template` emails are sent by campaigns or to single contacts; `list` emails are sent to
     * segments.
     * Default: `"template"`.
     * Required.
     * JSON key: `emailType`.
     */
    esauti_email_kind_val email_type;
    /**
     * Sender address; null for the instance default.
     * Format: email. Example: `"hello@example.com"`.
     * JSON key: `fromAddress`.
     */
    char *from_address;
    bool from_address_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Sender name; null for the instance default.
     * Example: `"The eSauti team"`.
     * JSON key: `fromName`.
     */
    char *from_name;
    bool from_name_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Reply-to address, or null.
     * Format: email.
     * JSON key: `replyToAddress`.
     */
    char *reply_to_address;
    bool reply_to_address_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * HTML body.
     * Example: `"<p>Hello {contactfield=firstname}</p>"`.
     * JSON key: `customHtml`.
     */
    char *custom_html;
    bool custom_html_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Plain-text body; made from the HTML when null.
     * JSON key: `plainText`.
     */
    char *plain_text;
    bool plain_text_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Language of the email, as a locale code.
     * Default: `"en"`. Example: `"en"`.
     */
    char *language;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the email can be sent.
     * Default: `false`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    /**
     * Earliest time the email may be sent; null for now.
     * Format: date-time.
     * JSON key: `publishUp`.
     */
    char *publish_up;
    bool publish_up_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_lists; /**< true when lists is set */
    /** Segments a `list` email is sent to. */
    esauti_segment_ref_array lists;
    bool has_sent_count; /**< true when sent_count is set */
    /**
     * Number of messages sent.
     * Format: int64. Example: `1500`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `sentCount`.
     */
    int64_t sent_count;
    bool has_read_count; /**< true when read_count is set */
    /**
     * Number of messages opened.
     * Format: int64. Example: `620`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `readCount`.
     */
    int64_t read_count;
    /**
     * When the email was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the email was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_free(esauti_email *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_free(). */
APIC_EXPORT int esauti_email_from_json(const char *json, size_t len, esauti_email **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_to_json(const esauti_email *obj, char **out, apic_error *err);
/** Descriptor of esauti_email for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_desc;

/**
 * EmailList
 * One page of emails.
 */
struct esauti_email_list {
    /**
     * Number of emails matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The emails of this page.
     * Required.
     */
    esauti_email_array emails;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_list_free(esauti_email_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_list_free(). */
APIC_EXPORT int esauti_email_list_from_json(const char *json, size_t len, esauti_email_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_list_to_json(const esauti_email_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_list_desc;

/**
 * EmailInput
 * The writable fields of an email, as sent to create one.
 */
struct esauti_email_input {
    /**
     * Internal name of the email.
     * Minimum length: 1. Example: `"Welcome 1"`.
     * Required.
     */
    char *name;
    /**
     * Subject line; may contain `{token}` placeholders.
     * Minimum length: 1. Example: `"Welcome to eSauti!"`.
     * Required.
     */
    char *subject;
    bool has_email_type; /**< true when email_type is set */
    /**
     * `template` emails are sent by campaigns or to single contacts; `list` emails are sent to
     * segments.
     * Default: `"template"`.
     * JSON key: `emailType`.
     */
    esauti_email_kind_val email_type;
    /**
     * Sender address; null for the instance default.
     * Format: email.
     * JSON key: `fromAddress`.
     */
    char *from_address;
    bool from_address_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Sender name; null for the instance default.
     * JSON key: `fromName`.
     */
    char *from_name;
    bool from_name_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Reply-to address, or null.
     * Format: email.
     * JSON key: `replyToAddress`.
     */
    char *reply_to_address;
    bool reply_to_address_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * HTML body.
     * JSON key: `customHtml`.
     */
    char *custom_html;
    bool custom_html_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Plain-text body; made from the HTML when null.
     * JSON key: `plainText`.
     */
    char *plain_text;
    bool plain_text_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * Language of the email, as a locale code.
     * Default: `"en"`.
     */
    char *language;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the email can be sent.
     * Default: `false`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    /**
     * Earliest time the email may be sent; null for now.
     * Format: date-time.
     * JSON key: `publishUp`.
     */
    char *publish_up;
    bool publish_up_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_lists; /**< true when lists is set */
    /** Ids of the segments a `list` email is sent to. */
    apic_int64_array lists;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_input_free(esauti_email_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_input_free(). */
APIC_EXPORT int esauti_email_input_from_json(const char *json, size_t len, esauti_email_input **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_input_to_json(const esauti_email_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_input_desc;

/**
 * EmailSendRequest
 * Options for sending an email to one contact.
 */
struct esauti_email_send_request {
    bool has_tokens; /**< true when tokens is set */
    /**
     * Values for `{token}` placeholders in the email, keyed by token name without braces; they
     * override the contact's own values for this message.
     */
    apic_string_map tokens;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_send_request_free(esauti_email_send_request *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_send_request_free(). */
APIC_EXPORT int esauti_email_send_request_from_json(const char *json, size_t len, esauti_email_send_request **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_send_request_to_json(const esauti_email_send_request *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_send_request for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_send_request_desc;

/**
 * EmailSendResult
 * Outcome of sending an email.
 */
struct esauti_email_send_result {
    /**
     * Whether the messages were queued.
     * Required.
     */
    bool success;
    bool has_sent_count; /**< true when sent_count is set */
    /**
     * Number of messages queued.
     * Format: int64. Minimum: 0. Example: `1`.
     * JSON key: `sentCount`.
     */
    int64_t sent_count;
    bool has_failed_recipients; /**< true when failed_recipients is set */
    /**
     * Number of recipients that could not be sent to (do-not-contact, invalid address).
     * Format: int64. Minimum: 0. Default: `0`.
     * JSON key: `failedRecipients`.
     */
    int64_t failed_recipients;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_send_result_free(esauti_email_send_result *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_send_result_free(). */
APIC_EXPORT int esauti_email_send_result_from_json(const char *json, size_t len, esauti_email_send_result **out,
                                                   apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_send_result_to_json(const esauti_email_send_result *obj, char **out, apic_error *err);
/** Descriptor of esauti_email_send_result for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_send_result_desc;

/**
 * Note
 * A free-text note about a contact.
 */
struct esauti_note {
    /**
     * Id of the note, given by eSauti.
     * Format: int64. Example: `88`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Text of the note; may contain simple HTML.
     * Example: `"Called about the renewal; follow up next week."`.
     * Required.
     */
    char *text;
    /**
     * What kind of interaction a note records.
     * Default: `"general"`.
     * Required.
     */
    esauti_note_kind_val type;
    /**
     * Id of the contact the note is about.
     * Format: int64. Example: `42`.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    /**
     * When the recorded interaction happened, or null.
     * Format: date-time. Example: `"2024-03-12T15:00:00Z"`.
     * JSON key: `dateTime`.
     */
    char *date_time;
    bool date_time_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_created_by; /**< true when created_by is set */
    /**
     * Id of the user who wrote the note, or null for the API.
     * Format: int64. Example: `7`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `createdBy`.
     */
    int64_t created_by;
    bool created_by_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * When the note was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the note was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_note_free(esauti_note *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_note_free(). */
APIC_EXPORT int esauti_note_from_json(const char *json, size_t len, esauti_note **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_note_to_json(const esauti_note *obj, char **out, apic_error *err);
/** Descriptor of esauti_note for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_note_desc;

/**
 * NoteInput
 * The writable fields of a note, as sent to create one.
 */
struct esauti_note_input {
    /**
     * Text of the note.
     * Minimum length: 1. Example: `"Called about the renewal; follow up next week."`.
     * Required.
     */
    char *text;
    bool has_type; /**< true when type is set */
    /**
     * What kind of interaction a note records.
     * Default: `"general"`.
     */
    esauti_note_kind_val type;
    /**
     * Id of the contact the note is about.
     * Format: int64. Minimum: 1. Example: `42`.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    /**
     * When the recorded interaction happened, or null.
     * Format: date-time.
     * JSON key: `dateTime`.
     */
    char *date_time;
    bool date_time_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_note_input_free(esauti_note_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_note_input_free(). */
APIC_EXPORT int esauti_note_input_from_json(const char *json, size_t len, esauti_note_input **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_note_input_to_json(const esauti_note_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_note_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_note_input_desc;

/**
 * NotePatch
 * Changes to a note; only the fields present are changed, so nothing is required.
 */
struct esauti_note_patch {
    /**
     * New text.
     * Minimum length: 1.
     */
    char *text;
    bool has_type; /**< true when type is set */
    /**
     * What kind of interaction a note records.
     * Default: `"general"`.
     */
    esauti_note_kind_val type;
    /**
     * New time of the interaction; null clears it.
     * Format: date-time.
     * JSON key: `dateTime`.
     */
    char *date_time;
    bool date_time_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_note_patch_free(esauti_note_patch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_note_patch_free(). */
APIC_EXPORT int esauti_note_patch_from_json(const char *json, size_t len, esauti_note_patch **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_note_patch_to_json(const esauti_note_patch *obj, char **out, apic_error *err);
/** Descriptor of esauti_note_patch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_note_patch_desc;

/**
 * NoteList
 * One page of notes.
 */
struct esauti_note_list {
    /**
     * Number of notes matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The notes of this page.
     * Required.
     */
    esauti_note_array notes;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_note_list_free(esauti_note_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_note_list_free(). */
APIC_EXPORT int esauti_note_list_from_json(const char *json, size_t len, esauti_note_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_note_list_to_json(const esauti_note_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_note_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_note_list_desc;

/**
 * Stage
 * A lifecycle stage a contact can be in.
 */
struct esauti_stage {
    /**
     * Id of the stage, given by eSauti.
     * Format: int64. Example: `2`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Name of the stage.
     * Example: `"Lead"`.
     * Required.
     */
    char *name;
    /**
     * What being in the stage means.
     * Example: `"Showed interest but has not talked to sales."`.
     */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_weight; /**< true when weight is set */
    /**
     * Position of the stage in the lifecycle; contacts only move to heavier stages automatically.
     * Format: int32. Default: `0`. Example: `10`.
     */
    int32_t weight;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the stage is in use.
     * Default: `true`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    /** Category the stage is filed under. */
    char *category;
    bool category_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_contact_count; /**< true when contact_count is set */
    /**
     * Number of contacts in the stage.
     * Format: int64. Example: `800`.
     * Read-only: sent by the server, never by the client.
     * JSON key: `contactCount`.
     */
    int64_t contact_count;
    /**
     * When the stage was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_stage_free(esauti_stage *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_stage_free(). */
APIC_EXPORT int esauti_stage_from_json(const char *json, size_t len, esauti_stage **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_stage_to_json(const esauti_stage *obj, char **out, apic_error *err);
/** Descriptor of esauti_stage for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_stage_desc;

/**
 * StageInput
 * The writable fields of a stage, as sent to create one.
 */
struct esauti_stage_input {
    /**
     * Name of the stage.
     * Minimum length: 1. Example: `"Qualified"`.
     * Required.
     */
    char *name;
    /** What being in the stage means. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_weight; /**< true when weight is set */
    /**
     * Position of the stage in the lifecycle.
     * Format: int32. Default: `0`.
     */
    int32_t weight;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the stage is in use.
     * Default: `true`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    /** Category the stage is filed under. */
    char *category;
    bool category_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_stage_input_free(esauti_stage_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_stage_input_free(). */
APIC_EXPORT int esauti_stage_input_from_json(const char *json, size_t len, esauti_stage_input **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_stage_input_to_json(const esauti_stage_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_stage_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_stage_input_desc;

/**
 * StagePatch
 * Changes to a stage; only the fields present are changed, so nothing is required.
 */
struct esauti_stage_patch {
    /**
     * New name.
     * Minimum length: 1.
     */
    char *name;
    /** New description; null clears it. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    bool has_weight; /**< true when weight is set */
    /**
     * New position in the lifecycle.
     * Format: int32.
     */
    int32_t weight;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether the stage is in use.
     * JSON key: `isPublished`.
     */
    bool is_published;
    /** New category; null clears it. */
    char *category;
    bool category_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_stage_patch_free(esauti_stage_patch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_stage_patch_free(). */
APIC_EXPORT int esauti_stage_patch_from_json(const char *json, size_t len, esauti_stage_patch **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_stage_patch_to_json(const esauti_stage_patch *obj, char **out, apic_error *err);
/** Descriptor of esauti_stage_patch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_stage_patch_desc;

/**
 * StageList
 * One page of stages.
 */
struct esauti_stage_list {
    /**
     * Number of stages matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The stages of this page.
     * Required.
     */
    esauti_stage_array stages;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_stage_list_free(esauti_stage_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_stage_list_free(). */
APIC_EXPORT int esauti_stage_list_from_json(const char *json, size_t len, esauti_stage_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_stage_list_to_json(const esauti_stage_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_stage_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_stage_list_desc;

/**
 * Tag
 * A label that can be attached to contacts.
 */
struct esauti_tag {
    /**
     * Id of the tag, given by eSauti.
     * Format: int64. Example: `14`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * The tag's text, unique within the instance.
     * Example: `"webinar-2024"`.
     * Required.
     */
    char *tag;
    /**
     * What the tag marks.
     * Example: `"Registered for the 2024 webinar."`.
     */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_tag_free(esauti_tag *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_tag_free(). */
APIC_EXPORT int esauti_tag_from_json(const char *json, size_t len, esauti_tag **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_tag_to_json(const esauti_tag *obj, char **out, apic_error *err);
/** Descriptor of esauti_tag for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_tag_desc;

/**
 * TagInput
 * The writable fields of a tag, as sent to create one.
 */
struct esauti_tag_input {
    /**
     * The tag's text.
     * Minimum length: 1. Maximum length: 191. Example: `"webinar-2024"`.
     * Required.
     */
    char *tag;
    /** What the tag marks. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_tag_input_free(esauti_tag_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_tag_input_free(). */
APIC_EXPORT int esauti_tag_input_from_json(const char *json, size_t len, esauti_tag_input **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_tag_input_to_json(const esauti_tag_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_tag_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_tag_input_desc;

/**
 * TagPatch
 * Changes to a tag; only the fields present are changed, so nothing is required.
 */
struct esauti_tag_patch {
    /**
     * New text of the tag.
     * Minimum length: 1. Maximum length: 191.
     */
    char *tag;
    /** New description; null clears it. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_tag_patch_free(esauti_tag_patch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_tag_patch_free(). */
APIC_EXPORT int esauti_tag_patch_from_json(const char *json, size_t len, esauti_tag_patch **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_tag_patch_to_json(const esauti_tag_patch *obj, char **out, apic_error *err);
/** Descriptor of esauti_tag_patch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_tag_patch_desc;

/**
 * TagList
 * One page of tags.
 */
struct esauti_tag_list {
    /**
     * Number of tags matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The tags of this page.
     * Required.
     */
    esauti_tag_array tags;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_tag_list_free(esauti_tag_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_tag_list_free(). */
APIC_EXPORT int esauti_tag_list_from_json(const char *json, size_t len, esauti_tag_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_tag_list_to_json(const esauti_tag_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_tag_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_tag_list_desc;

/**
 * Webhook
 * An HTTP callback eSauti sends when subscribed events happen.
 */
struct esauti_webhook {
    /**
     * Id of the webhook, given by eSauti.
     * Format: int64. Example: `4`.
     * Read-only: sent by the server, never by the client.
     */
    int64_t id;
    /**
     * Name of the webhook.
     * Example: `"CRM sync"`.
     * Required.
     */
    char *name;
    /** What the webhook is for. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * URL eSauti POSTs the events to.
     * Format: uri. Example: `"https://crm.example.com/hooks/esauti"`.
     * Required.
     * JSON key: `webhookUrl`.
     */
    char *webhook_url;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether events are sent.
     * Default: `true`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    bool has_events_orderby_dir; /**< true when events_orderby_dir is set */
    /**
     * Direction of an ordering.
     * Default: `"asc"`.
     * JSON key: `eventsOrderbyDir`.
     */
    esauti_sort_direction_val events_orderby_dir;
    /**
     * Events the webhook is sent for.
     * Required.
     */
    esauti_webhook_trigger_type_array triggers;
    /**
     * When the webhook was created.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateAdded`.
     */
    char *date_added;
    /**
     * When the webhook was last changed.
     * Format: date-time.
     * Read-only: sent by the server, never by the client.
     * JSON key: `dateModified`.
     */
    char *date_modified;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_webhook_free(esauti_webhook *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_webhook_free(). */
APIC_EXPORT int esauti_webhook_from_json(const char *json, size_t len, esauti_webhook **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_webhook_to_json(const esauti_webhook *obj, char **out, apic_error *err);
/** Descriptor of esauti_webhook for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_webhook_desc;

/**
 * WebhookInput
 * The writable fields of a webhook, as sent to create one.
 */
struct esauti_webhook_input {
    /**
     * Name of the webhook.
     * Minimum length: 1. Example: `"CRM sync"`.
     * Required.
     */
    char *name;
    /** What the webhook is for. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * URL eSauti POSTs the events to.
     * Format: uri. Example: `"https://crm.example.com/hooks/esauti"`.
     * Required.
     * JSON key: `webhookUrl`.
     */
    char *webhook_url;
    /**
     * Secret the payloads are signed with, in Standard Webhooks form (`whsec_` and the base64 of 24 to
     * 64 random bytes); generated when absent and never returned.
     * Minimum length: 16. Example: `"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"`.
     */
    char *secret;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether events are sent.
     * Default: `true`.
     * JSON key: `isPublished`.
     */
    bool is_published;
    bool has_events_orderby_dir; /**< true when events_orderby_dir is set */
    /**
     * Direction of an ordering.
     * Default: `"asc"`.
     * JSON key: `eventsOrderbyDir`.
     */
    esauti_sort_direction_val events_orderby_dir;
    /**
     * Events the webhook is sent for.
     * Minimum items: 1.
     * Required.
     */
    esauti_webhook_trigger_type_array triggers;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_webhook_input_free(esauti_webhook_input *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_webhook_input_free(). */
APIC_EXPORT int esauti_webhook_input_from_json(const char *json, size_t len, esauti_webhook_input **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_webhook_input_to_json(const esauti_webhook_input *obj, char **out, apic_error *err);
/** Descriptor of esauti_webhook_input for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_webhook_input_desc;

/**
 * WebhookPatch
 * Changes to a webhook; only the fields present are changed, so nothing is required.
 */
struct esauti_webhook_patch {
    /**
     * New name.
     * Minimum length: 1.
     */
    char *name;
    /** New description; null clears it. */
    char *description;
    bool description_is_null; /**< true to send (or when the server sent) JSON null */
    /**
     * New URL.
     * Format: uri.
     * JSON key: `webhookUrl`.
     */
    char *webhook_url;
    /**
     * New signing secret (`whsec_` and base64); the previous one stops signing.
     * Minimum length: 16.
     */
    char *secret;
    bool has_is_published; /**< true when is_published is set */
    /**
     * Whether events are sent.
     * JSON key: `isPublished`.
     */
    bool is_published;
    bool has_events_orderby_dir; /**< true when events_orderby_dir is set */
    /**
     * Direction of an ordering.
     * Default: `"asc"`.
     * JSON key: `eventsOrderbyDir`.
     */
    esauti_sort_direction_val events_orderby_dir;
    bool has_triggers; /**< true when triggers is set */
    /**
     * New events; replaces the current ones.
     * Minimum items: 1.
     */
    esauti_webhook_trigger_type_array triggers;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_webhook_patch_free(esauti_webhook_patch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_webhook_patch_free(). */
APIC_EXPORT int esauti_webhook_patch_from_json(const char *json, size_t len, esauti_webhook_patch **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_webhook_patch_to_json(const esauti_webhook_patch *obj, char **out, apic_error *err);
/** Descriptor of esauti_webhook_patch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_webhook_patch_desc;

/**
 * ContactCreatedWebhook
 * The payload of a `contact.created` webhook.
 */
struct esauti_contact_created_webhook {
    /**
     * Id of the delivery, the same as the `webhook-id` header and on every retry of it.
     * Example: `"msg_2Lk8vQ0aF3pR7sT1"`.
     * Required.
     */
    char *id;
    /**
     * The trigger, always `contact.created`.
     * Always `"contact.created"`.
     * Required.
     */
    char *type;
    /**
     * When the trigger happened.
     * Format: date-time. Example: `"2026-04-12T06:50:20Z"`.
     * Required.
     * JSON key: `createdAt`.
     */
    char *created_at;
    /**
     * The contact created.
     * Required.
     */
    esauti_contact_created_webhook_data *data;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_created_webhook_free(esauti_contact_created_webhook *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_created_webhook_free(). */
APIC_EXPORT int esauti_contact_created_webhook_from_json(const char *json, size_t len,
                                                         esauti_contact_created_webhook **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_created_webhook_to_json(const esauti_contact_created_webhook *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_contact_created_webhook for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_created_webhook_desc;

/**
 * ContactCreatedWebhook.data
 * The contact created.
 */
struct esauti_contact_created_webhook_data {
    /**
     * A person you market to.
     * Required.
     */
    esauti_contact *contact;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_created_webhook_data_free(esauti_contact_created_webhook_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_created_webhook_data_free(). */
APIC_EXPORT int esauti_contact_created_webhook_data_from_json(const char *json, size_t len,
                                                              esauti_contact_created_webhook_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_created_webhook_data_to_json(const esauti_contact_created_webhook_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_contact_created_webhook_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_created_webhook_data_desc;

/**
 * ContactUpdatedWebhook
 * The payload of a `contact.updated` webhook.
 */
struct esauti_contact_updated_webhook {
    /**
     * Id of the delivery, the same as the `webhook-id` header and on every retry of it.
     * Example: `"msg_2Lk8vQ0aF3pR7sT1"`.
     * Required.
     */
    char *id;
    /**
     * The trigger, always `contact.updated`.
     * Always `"contact.updated"`.
     * Required.
     */
    char *type;
    /**
     * When the trigger happened.
     * Format: date-time. Example: `"2026-04-12T06:50:20Z"`.
     * Required.
     * JSON key: `createdAt`.
     */
    char *created_at;
    /**
     * The contact after the change, and what changed.
     * Required.
     */
    esauti_contact_updated_webhook_data *data;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_updated_webhook_free(esauti_contact_updated_webhook *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_updated_webhook_free(). */
APIC_EXPORT int esauti_contact_updated_webhook_from_json(const char *json, size_t len,
                                                         esauti_contact_updated_webhook **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_updated_webhook_to_json(const esauti_contact_updated_webhook *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_contact_updated_webhook for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_updated_webhook_desc;

/**
 * ContactUpdatedWebhook.data
 * The contact after the change, and what changed.
 */
struct esauti_contact_updated_webhook_data {
    /**
     * A person you market to.
     * Required.
     */
    esauti_contact *contact;
    /**
     * JSON names of the contact's fields that changed.
     * Required.
     */
    apic_string_array changed;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_updated_webhook_data_free(esauti_contact_updated_webhook_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_updated_webhook_data_free(). */
APIC_EXPORT int esauti_contact_updated_webhook_data_from_json(const char *json, size_t len,
                                                              esauti_contact_updated_webhook_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_updated_webhook_data_to_json(const esauti_contact_updated_webhook_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_contact_updated_webhook_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_updated_webhook_data_desc;

/**
 * ContactDeletedWebhook
 * The payload of a `contact.deleted` webhook.
 */
struct esauti_contact_deleted_webhook {
    /**
     * Id of the delivery, the same as the `webhook-id` header and on every retry of it.
     * Example: `"msg_2Lk8vQ0aF3pR7sT1"`.
     * Required.
     */
    char *id;
    /**
     * The trigger, always `contact.deleted`.
     * Always `"contact.deleted"`.
     * Required.
     */
    char *type;
    /**
     * When the trigger happened.
     * Format: date-time. Example: `"2026-04-12T06:50:20Z"`.
     * Required.
     * JSON key: `createdAt`.
     */
    char *created_at;
    /**
     * Which contact was deleted.
     * Required.
     */
    esauti_contact_deleted_webhook_data *data;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_deleted_webhook_free(esauti_contact_deleted_webhook *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_deleted_webhook_free(). */
APIC_EXPORT int esauti_contact_deleted_webhook_from_json(const char *json, size_t len,
                                                         esauti_contact_deleted_webhook **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_deleted_webhook_to_json(const esauti_contact_deleted_webhook *obj, char **out,
                                                       apic_error *err);
/** Descriptor of esauti_contact_deleted_webhook for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_deleted_webhook_desc;

/**
 * ContactDeletedWebhook.data
 * Which contact was deleted.
 */
struct esauti_contact_deleted_webhook_data {
    /**
     * Id the contact had.
     * Format: int64. Example: `42`.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_contact_deleted_webhook_data_free(esauti_contact_deleted_webhook_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_contact_deleted_webhook_data_free(). */
APIC_EXPORT int esauti_contact_deleted_webhook_data_from_json(const char *json, size_t len,
                                                              esauti_contact_deleted_webhook_data **out,
                                                              apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_contact_deleted_webhook_data_to_json(const esauti_contact_deleted_webhook_data *obj, char **out,
                                                            apic_error *err);
/** Descriptor of esauti_contact_deleted_webhook_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_contact_deleted_webhook_data_desc;

/**
 * FormSubmittedWebhook
 * The payload of a `form.submitted` webhook.
 */
struct esauti_form_submitted_webhook {
    /**
     * Id of the delivery, the same as the `webhook-id` header and on every retry of it.
     * Example: `"msg_2Lk8vQ0aF3pR7sT1"`.
     * Required.
     */
    char *id;
    /**
     * The trigger, always `form.submitted`.
     * Always `"form.submitted"`.
     * Required.
     */
    char *type;
    /**
     * When the trigger happened.
     * Format: date-time. Example: `"2026-04-12T06:50:20Z"`.
     * Required.
     * JSON key: `createdAt`.
     */
    char *created_at;
    /**
     * The submission, by id (fetch it with getFormSubmission).
     * Required.
     */
    esauti_form_submitted_webhook_data *data;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submitted_webhook_free(esauti_form_submitted_webhook *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submitted_webhook_free(). */
APIC_EXPORT int esauti_form_submitted_webhook_from_json(const char *json, size_t len,
                                                        esauti_form_submitted_webhook **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submitted_webhook_to_json(const esauti_form_submitted_webhook *obj, char **out,
                                                      apic_error *err);
/** Descriptor of esauti_form_submitted_webhook for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submitted_webhook_desc;

/**
 * FormSubmittedWebhook.data
 * The submission, by id (fetch it with getFormSubmission).
 */
struct esauti_form_submitted_webhook_data {
    /**
     * Id of the form.
     * Format: int64. Example: `12`.
     * Required.
     * JSON key: `formId`.
     */
    int64_t form_id;
    /**
     * Id of the submission.
     * Format: int64. Example: `901`.
     * Required.
     * JSON key: `submissionId`.
     */
    int64_t submission_id;
    bool has_contact_id; /**< true when contact_id is set */
    /**
     * Id of the contact the submission was recorded against, when there is one.
     * Format: int64. Example: `42`.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_form_submitted_webhook_data_free(esauti_form_submitted_webhook_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_form_submitted_webhook_data_free(). */
APIC_EXPORT int esauti_form_submitted_webhook_data_from_json(const char *json, size_t len,
                                                             esauti_form_submitted_webhook_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_form_submitted_webhook_data_to_json(const esauti_form_submitted_webhook_data *obj, char **out,
                                                           apic_error *err);
/** Descriptor of esauti_form_submitted_webhook_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_form_submitted_webhook_data_desc;

/**
 * EmailOpenedWebhook
 * The payload of an `email.opened` webhook.
 */
struct esauti_email_opened_webhook {
    /**
     * Id of the delivery, the same as the `webhook-id` header and on every retry of it.
     * Example: `"msg_2Lk8vQ0aF3pR7sT1"`.
     * Required.
     */
    char *id;
    /**
     * The trigger, always `email.opened`.
     * Always `"email.opened"`.
     * Required.
     */
    char *type;
    /**
     * When the trigger happened.
     * Format: date-time. Example: `"2026-04-12T06:50:20Z"`.
     * Required.
     * JSON key: `createdAt`.
     */
    char *created_at;
    /**
     * Which email, who opened it, and when.
     * Required.
     */
    esauti_email_opened_webhook_data *data;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_opened_webhook_free(esauti_email_opened_webhook *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_opened_webhook_free(). */
APIC_EXPORT int esauti_email_opened_webhook_from_json(const char *json, size_t len, esauti_email_opened_webhook **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_opened_webhook_to_json(const esauti_email_opened_webhook *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_email_opened_webhook for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_opened_webhook_desc;

/**
 * EmailOpenedWebhook.data
 * Which email, who opened it, and when.
 */
struct esauti_email_opened_webhook_data {
    /**
     * Id of the email.
     * Format: int64. Example: `7`.
     * Required.
     * JSON key: `emailId`.
     */
    int64_t email_id;
    /**
     * Id of the contact who opened it.
     * Format: int64. Example: `42`.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    /**
     * When it was first opened.
     * Format: date-time. Example: `"2026-04-12T10:01:00Z"`.
     * Required.
     * JSON key: `openedAt`.
     */
    char *opened_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_email_opened_webhook_data_free(esauti_email_opened_webhook_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_email_opened_webhook_data_free(). */
APIC_EXPORT int esauti_email_opened_webhook_data_from_json(const char *json, size_t len,
                                                           esauti_email_opened_webhook_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_email_opened_webhook_data_to_json(const esauti_email_opened_webhook_data *obj, char **out,
                                                         apic_error *err);
/** Descriptor of esauti_email_opened_webhook_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_email_opened_webhook_data_desc;

/**
 * WebhookTrigger
 * An event a webhook can subscribe to, described for people.
 */
struct esauti_webhook_trigger {
    /**
     * An event a webhook can subscribe to.
     * Example: `"contact.created"`.
     * Required.
     */
    esauti_webhook_trigger_type_val type;
    /**
     * Short name of the event.
     * Example: `"Contact created"`.
     * Required.
     */
    char *label;
    /**
     * When the event happens and what its payload holds.
     * Example: `"Sent when a contact is created, with the new contact."`.
     */
    char *description;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_webhook_trigger_free(esauti_webhook_trigger *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_webhook_trigger_free(). */
APIC_EXPORT int esauti_webhook_trigger_from_json(const char *json, size_t len, esauti_webhook_trigger **out,
                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_webhook_trigger_to_json(const esauti_webhook_trigger *obj, char **out, apic_error *err);
/** Descriptor of esauti_webhook_trigger for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_webhook_trigger_desc;

/**
 * WebhookTriggerList
 * Every event a webhook can subscribe to.
 */
struct esauti_webhook_trigger_list {
    /**
     * Number of trigger types.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The trigger types.
     * Required.
     */
    esauti_webhook_trigger_array triggers;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_webhook_trigger_list_free(esauti_webhook_trigger_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_webhook_trigger_list_free(). */
APIC_EXPORT int esauti_webhook_trigger_list_from_json(const char *json, size_t len, esauti_webhook_trigger_list **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_webhook_trigger_list_to_json(const esauti_webhook_trigger_list *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_webhook_trigger_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_webhook_trigger_list_desc;

/**
 * WebhookList
 * One page of webhooks.
 */
struct esauti_webhook_list {
    /**
     * Number of webhooks matching the request, on every page.
     * Format: int64. Example: `1`.
     * Required.
     */
    int64_t total;
    /**
     * The webhooks of this page.
     * Required.
     */
    esauti_webhook_array webhooks;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_webhook_list_free(esauti_webhook_list *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_webhook_list_free(). */
APIC_EXPORT int esauti_webhook_list_from_json(const char *json, size_t len, esauti_webhook_list **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_webhook_list_to_json(const esauti_webhook_list *obj, char **out, apic_error *err);
/** Descriptor of esauti_webhook_list for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_webhook_list_desc;

/**
 * EventCustomer
 * The customer an event is about; at least one of id, email and phone.
 */
struct esauti_event_customer {
    /**
     * The customer's id in your systems.
     * Example: `"cus_1001"`.
     */
    char *id;
    /**
     * The customer's email address.
     * Format: email. Example: `"jane@example.com"`.
     * Personal data.
     */
    char *email;
    /**
     * The customer's phone number in E.164 form.
     * Pattern: `^\+[1-9][0-9]{6,14}$`. Example: `"+254712345678"`.
     * Personal data.
     */
    char *phone;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_event_customer_free(esauti_event_customer *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_event_customer_free(). */
APIC_EXPORT int esauti_event_customer_from_json(const char *json, size_t len, esauti_event_customer **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_event_customer_to_json(const esauti_event_customer *obj, char **out, apic_error *err);
/** Descriptor of esauti_event_customer for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_event_customer_desc;

/**
 * EventEntity
 * The thing an event concerns, such as an order or a ticket.
 */
struct esauti_event_entity {
    /**
     * The entity's id in your systems.
     * Example: `"ord_5001"`.
     * Required.
     */
    char *id;
    /**
     * What kind of entity it is, as named by the event type's registry entry.
     * Pattern: `^[a-z][a-z0-9_]*$`. Example: `"order"`.
     * Required.
     */
    char *type;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_event_entity_free(esauti_event_entity *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_event_entity_free(). */
APIC_EXPORT int esauti_event_entity_from_json(const char *json, size_t len, esauti_event_entity **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_event_entity_to_json(const esauti_event_entity *obj, char **out, apic_error *err);
/** Descriptor of esauti_event_entity for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_event_entity_desc;

/**
 * EventIdentity
 * Who and what an event is about.
 */
struct esauti_event_identity_model {
    /** The customer an event is about; at least one of id, email and phone. */
    esauti_event_customer *customer;
    /** The thing an event concerns, such as an order or a ticket. */
    esauti_event_entity *entity;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_event_identity_model_free(esauti_event_identity_model *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_event_identity_model_free(). */
APIC_EXPORT int esauti_event_identity_model_from_json(const char *json, size_t len, esauti_event_identity_model **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_event_identity_model_to_json(const esauti_event_identity_model *obj, char **out,
                                                    apic_error *err);
/** Descriptor of esauti_event_identity_model for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_event_identity_model_desc;

/**
 * EventEnvelope
 * One event of a canonical type, as sent to the events endpoint.
 */
struct esauti_event_envelope {
    /**
     * Random (version 4) UUID of the event; also its idempotency key.
     * Format: uuid.
     * Required.
     */
    char *id;
    /**
     * The event type, `entity.action`, e.g. `order.created`.
     * Pattern: `^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$`.
     * Required.
     */
    char *type;
    /**
     * Version of the type's data schema.
     * Format: int32. Minimum: 1.
     * Required.
     */
    int32_t schema_version;
    /**
     * When the event happened (RFC 3339, UTC, milliseconds).
     * Format: date-time.
     * Required.
     */
    char *occurred_at;
    /**
     * What sent the event; `sdk` unless configured.
     * Minimum length: 1. Maximum length: 64.
     * Required.
     */
    char *source;
    /**
     * Who and what an event is about.
     * Required.
     */
    esauti_event_identity_model *identity;
    /**
     * The event's data, as its registry entry describes.
     * Required.
     */
    apic_json_map data;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_event_envelope_free(esauti_event_envelope *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_event_envelope_free(). */
APIC_EXPORT int esauti_event_envelope_from_json(const char *json, size_t len, esauti_event_envelope **out,
                                                apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_event_envelope_to_json(const esauti_event_envelope *obj, char **out, apic_error *err);
/** Descriptor of esauti_event_envelope for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_event_envelope_desc;

/**
 * EventReceipt
 * What eSauti answers for an event it received.
 */
struct esauti_event_receipt {
    /**
     * The event's id, as sent.
     * Format: uuid. Example: `"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa"`.
     * Required.
     */
    char *id;
    /**
     * `accepted` the first time, `duplicate` when an event with this id was accepted before,
     * `rejected` when an event of a batch was refused on its own (`error` says why; the rest of the
     * batch is unaffected).
     * Example: `"accepted"`.
     * Required.
     */
    esauti_event_receipt_status_val status;
    /**
     * When eSauti received the event.
     * Format: date-time. Example: `"2026-11-23T06:18:45.200Z"`.
     * Required.
     */
    char *received_at;
    /**
     * Why the event was refused, with status `rejected`.
     * Example: `"data.currency: 'KSH' is not a valid currency"`.
     */
    char *error;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_event_receipt_free(esauti_event_receipt *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_event_receipt_free(). */
APIC_EXPORT int esauti_event_receipt_from_json(const char *json, size_t len, esauti_event_receipt **out,
                                               apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_event_receipt_to_json(const esauti_event_receipt *obj, char **out, apic_error *err);
/** Descriptor of esauti_event_receipt for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_event_receipt_desc;

/**
 * EventBatch
 * Several events sent in one request.
 */
struct esauti_event_batch {
    /**
     * The events, in the order they happened.
     * Minimum items: 1. Maximum items: 100.
     * Required.
     */
    esauti_event_envelope_array events;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_event_batch_free(esauti_event_batch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_event_batch_free(). */
APIC_EXPORT int esauti_event_batch_from_json(const char *json, size_t len, esauti_event_batch **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_event_batch_to_json(const esauti_event_batch *obj, char **out, apic_error *err);
/** Descriptor of esauti_event_batch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_event_batch_desc;

/**
 * EventBatchReceipt
 * One receipt per event of a batch, in the same order.
 */
struct esauti_event_batch_receipt {
    /**
     * The receipts.
     * Required.
     */
    esauti_event_receipt_array receipts;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void esauti_event_batch_receipt_free(esauti_event_batch_receipt *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with esauti_event_batch_receipt_free(). */
APIC_EXPORT int esauti_event_batch_receipt_from_json(const char *json, size_t len, esauti_event_batch_receipt **out,
                                                     apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int esauti_event_batch_receipt_to_json(const esauti_event_batch_receipt *obj, char **out, apic_error *err);
/** Descriptor of esauti_event_batch_receipt for the apic codec. */
APIC_EXPORT extern const apic_struct_desc esauti_event_batch_receipt_desc;


#ifdef __cplusplus
}
#endif
#endif
