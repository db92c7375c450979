/**
 * @file suprsend/user_edit.h
 * @brief Editing a user's profile: channels, preferred language and properties, saved in one
 * request. Handwritten (spec/suprsend/c); part of the SDK.
 *
 * An edit collects changes to one user (its distinct_id) and suprsend_user_edit_save() sends
 * them all in one `PATCH /v1/user/{distinct_id}/`, as SuprSend's own SDKs do (Node's
 * `UserEdit` and `users.edit()`): the body is `{"operations": [...]}`, one operation per call in
 * call order, each an object of `$set`, `$set_once`, `$add`, `$append`, `$remove` or `$unset`.
 * Channels are the reserved keys `$email`, `$sms`, `$whatsapp`, `$androidpush`, `$iospush`,
 * `$webpush`, `$slack` and `$ms_teams`; push tokens carry their provider in `$id_provider`.
 *
 * Every call checks its input first and refuses a bad one with APIC_E_VALIDATION (APIC_E_ARG
 * for a NULL edit), naming the field (`sms: not an E.164 phone number ...`, `preferred_language:
 * 'xx' is not an ISO 639-1 language code`). A refused call records nothing, and the edit remembers
 * the refusal: saving it (alone or in a bulk, see suprsend/bulk.h) sends nothing and returns that
 * error, so a profile is never half-updated because a return code went unread. Messages never
 * quote an email address or a phone number (they end up in logs); they name the field.
 *
 * @code
 * suprsend_user_edit *edit = NULL;
 * suprsend_error err = {0};
 * if (suprsend_user_edit_new("user-1729", &edit, &err) == 0) {
 *     suprsend_user_edit_add_email(edit, "ada@example.com", &err);
 *     suprsend_user_edit_add_sms(edit, "+15555550100", &err);
 *     suprsend_user_edit_add_androidpush(edit, "fcm-token", "fcm", &err);
 *     suprsend_slack_identity slack = {.email = "ada@example.com", .access_token = "xoxb-..."};
 *     suprsend_user_edit_add_slack(edit, &slack, &err);
 *     suprsend_user_edit_set_preferred_language(edit, "en", &err);
 *     suprsend_user_edit_set(edit, "plan", "\"pro\"", &err);            // values are JSON
 *     const char *gone[] = {"$whatsapp", "legacy_id", NULL};
 *     suprsend_user_edit_unset(edit, gone, &err);
 *     if (suprsend_user_edit_save(client, edit, NULL, &err) != 0) fprintf(stderr, "%s\n", err.message);
 * }
 * suprsend_user_edit_free(edit);
 * suprsend_error_clear(&err);
 * @endcode
 *
 * An edit is not thread-safe: one thread builds it; saving only reads it.
 */
#ifndef SUPRSEND_USER_EDIT_H
#define SUPRSEND_USER_EDIT_H

#include <stddef.h>

#include <apic/apic.h>

#include "client.h"
#include "models.h"
#include "request_limits.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The changes to one user's profile (opaque): suprsend_user_edit_new(), suprsend_user_edit_free(). */
typedef struct suprsend_user_edit suprsend_user_edit;

/**
 * A Slack channel of a user: exactly one of email, user_id, channel_id (each with the bot's
 * access_token) or incoming_webhook_url (alone). All borrowed for the call.
 */
typedef struct suprsend_slack_identity {
    const char *email;                /**< the member's email in the Slack workspace (checked as an email address) */
    const char *user_id;              /**< the member's id, e.g. "U03XXXXXX" */
    const char *channel_id;           /**< a channel to post to, e.g. "C04XXXXXX" */
    const char *access_token;         /**< the bot token, "xoxb-..."; required with email, user_id or channel_id */
    const char *incoming_webhook_url; /**< an incoming webhook's URL, sent as `{"incoming_webhook": {"url": ...}}` */
} suprsend_slack_identity;

/**
 * A Microsoft Teams channel of a user: tenant_id and service_url with exactly one of
 * conversation_id or user_id, or incoming_webhook_url alone. All borrowed for the call.
 */
typedef struct suprsend_ms_teams_identity {
    const char *tenant_id;            /**< the Microsoft 365 tenant */
    const char *service_url;          /**< the bot's service URL, e.g. "https://smba.trafficmanager.net/amer" */
    const char *conversation_id;      /**< a conversation (channel or chat) to post to */
    const char *user_id;              /**< a user to message directly */
    const char *incoming_webhook_url; /**< an incoming webhook's URL, sent as `{"incoming_webhook": {"url": ...}}` */
} suprsend_ms_teams_identity;

/**
 * Starts an edit of the user distinct_id (copied; surrounding white space is removed, as the
 * vendor's SDKs do). Returns 0 with *out set; APIC_E_ARG (out NULL); APIC_E_VALIDATION (no
 * distinct_id, or only white space); APIC_E_NOMEM. *out is NULL on failure.
 */
APIC_EXPORT int suprsend_user_edit_new(const char *distinct_id, suprsend_user_edit **out, suprsend_error *err);

/** Frees an edit. NULL is a no-op. */
APIC_EXPORT void suprsend_user_edit_free(suprsend_user_edit *edit);

/** The user the edit changes (owned by the edit), or NULL for a NULL edit. */
APIC_EXPORT const char *suprsend_user_edit_distinct_id(const suprsend_user_edit *edit);

/** Operations recorded so far: one per successful call. 0 for a NULL edit. */
APIC_EXPORT size_t suprsend_user_edit_count(const suprsend_user_edit *edit);

/**
 * Why the edit cannot be saved: the message of the first call it refused (owned by the edit),
 * or NULL when every call succeeded (and for a NULL edit).
 */
APIC_EXPORT const char *suprsend_user_edit_refusal(const suprsend_user_edit *edit);

/** Adds an email channel (`$append` `$email`); email must be an address, `local@domain.tld`. */
APIC_EXPORT int suprsend_user_edit_add_email(suprsend_user_edit *edit, const char *email, suprsend_error *err);
/** Removes an email channel (`$remove` `$email`); checked as suprsend_user_edit_add_email(). */
APIC_EXPORT int suprsend_user_edit_remove_email(suprsend_user_edit *edit, const char *email, suprsend_error *err);

/** Adds an SMS channel (`$append` `$sms`); phone must be E.164: `+`, the country code, the number ("+15555550100"). */
APIC_EXPORT int suprsend_user_edit_add_sms(suprsend_user_edit *edit, const char *phone, suprsend_error *err);
/** Removes an SMS channel (`$remove` `$sms`); checked as suprsend_user_edit_add_sms(). */
APIC_EXPORT int suprsend_user_edit_remove_sms(suprsend_user_edit *edit, const char *phone, suprsend_error *err);

/** Adds a WhatsApp channel (`$append` `$whatsapp`); phone must be E.164, as for SMS. */
APIC_EXPORT int suprsend_user_edit_add_whatsapp(suprsend_user_edit *edit, const char *phone, suprsend_error *err);
/** Removes a WhatsApp channel (`$remove` `$whatsapp`); checked as suprsend_user_edit_add_whatsapp(). */
APIC_EXPORT int suprsend_user_edit_remove_whatsapp(suprsend_user_edit *edit, const char *phone, suprsend_error *err);

/**
 * Adds an Android push token (`$append` `$androidpush`) of provider (`$id_provider`, e.g. "fcm";
 * NULL sends null, as the vendor's SDKs do when none is given). token is required.
 */
APIC_EXPORT int suprsend_user_edit_add_androidpush(suprsend_user_edit *edit, const char *token, const char *provider,
                                                   suprsend_error *err);
/** Removes an Android push token (`$remove` `$androidpush`, with `$id_provider`). */
APIC_EXPORT int suprsend_user_edit_remove_androidpush(suprsend_user_edit *edit, const char *token, const char *provider,
                                                      suprsend_error *err);

/**
 * Adds an iOS push token (`$append` `$iospush`) of provider (`$id_provider`, e.g. "apns"; NULL
 * sends null) and, when not NULL, the app's bundle_id (`$bundle_id`). token is required.
 */
APIC_EXPORT int suprsend_user_edit_add_iospush(suprsend_user_edit *edit, const char *token, const char *provider,
                                               const char *bundle_id, suprsend_error *err);
/** Removes an iOS push token (`$remove` `$iospush`, with `$id_provider` and `$bundle_id` as for adding). */
APIC_EXPORT int suprsend_user_edit_remove_iospush(suprsend_user_edit *edit, const char *token, const char *provider,
                                                  const char *bundle_id, suprsend_error *err);

/**
 * Adds a web push subscription (`$append` `$webpush`): the browser's PushSubscription as a
 * JSON object (`{"endpoint": ..., "keys": {...}}`), of provider (`$id_provider`, e.g. "vapid";
 * NULL sends null).
 */
APIC_EXPORT int suprsend_user_edit_add_webpush(suprsend_user_edit *edit, const char *subscription_json,
                                               const char *provider, suprsend_error *err);
/** Removes a web push subscription (`$remove` `$webpush`, with `$id_provider`). */
APIC_EXPORT int suprsend_user_edit_remove_webpush(suprsend_user_edit *edit, const char *subscription_json,
                                                  const char *provider, suprsend_error *err);

/** Adds a Slack channel (`$append` `$slack`); see suprsend_slack_identity for the forms it takes. */
APIC_EXPORT int suprsend_user_edit_add_slack(suprsend_user_edit *edit, const suprsend_slack_identity *slack,
                                             suprsend_error *err);
/** Removes a Slack channel (`$remove` `$slack`), given as it was added. */
APIC_EXPORT int suprsend_user_edit_remove_slack(suprsend_user_edit *edit, const suprsend_slack_identity *slack,
                                                suprsend_error *err);

/** Adds a Microsoft Teams channel (`$append` `$ms_teams`); see suprsend_ms_teams_identity. */
APIC_EXPORT int suprsend_user_edit_add_ms_teams(suprsend_user_edit *edit, const suprsend_ms_teams_identity *teams,
                                                suprsend_error *err);
/** Removes a Microsoft Teams channel (`$remove` `$ms_teams`), given as it was added. */
APIC_EXPORT int suprsend_user_edit_remove_ms_teams(suprsend_user_edit *edit, const suprsend_ms_teams_identity *teams,
                                                   suprsend_error *err);

/**
 * Deletes properties or whole channels (`$unset`): keys is a NULL-terminated list of at least
 * one key, e.g. {"$sms", "$whatsapp", "name", NULL}; each is trimmed of white space and may not
 * be empty.
 */
APIC_EXPORT int suprsend_user_edit_unset(suprsend_user_edit *edit, const char *const *keys, suprsend_error *err);

/**
 * Sets the language notifications are sent in (`$set` `$preferred_language`): an ISO 639-1
 * code, lower case ("en", "fr", "hi"), one of the 184 of the list SuprSend's SDKs carry
 * (language_codes.js / language_codes.py); another is refused naming it.
 */
APIC_EXPORT int suprsend_user_edit_set_preferred_language(suprsend_user_edit *edit, const char *language,
                                                          suprsend_error *err);

/** Sets the user's time zone (`$set` `$timezone`), an IANA name such as "America/New_York" (not checked against a database). */
APIC_EXPORT int suprsend_user_edit_set_timezone(suprsend_user_edit *edit, const char *timezone, suprsend_error *err);

/**
 * Sets a property (`$set`): key (trimmed; not a channel key, not `$preferred_language`, which
 * have their own calls) to value_json, one JSON value ("\"pro\"", "42", "{\"city\":\"Pune\"}").
 */
APIC_EXPORT int suprsend_user_edit_set(suprsend_user_edit *edit, const char *key, const char *value_json,
                                       suprsend_error *err);
/** Sets a property only if it has no value yet (`$set_once`); as suprsend_user_edit_set(). */
APIC_EXPORT int suprsend_user_edit_set_once(suprsend_user_edit *edit, const char *key, const char *value_json,
                                            suprsend_error *err);
/** Adds a number to a numeric property (`$add`, as the vendor's SDKs send it): by_json is a JSON number ("1", "-2.5"). */
APIC_EXPORT int suprsend_user_edit_increment(suprsend_user_edit *edit, const char *key, const char *by_json,
                                             suprsend_error *err);
/** Appends value_json to a list property (`$append`); key as for suprsend_user_edit_set(). */
APIC_EXPORT int suprsend_user_edit_append(suprsend_user_edit *edit, const char *key, const char *value_json,
                                          suprsend_error *err);
/** Removes value_json from a list property (`$remove`); key as for suprsend_user_edit_set(). */
APIC_EXPORT int suprsend_user_edit_remove(suprsend_user_edit *edit, const char *key, const char *value_json,
                                          suprsend_error *err);

/**
 * The operations as a JSON array, `[{"$append": {...}}, ...]`, in a new string (free() it): the
 * `operations` of the PATCH body and the `$user_operations` of a bulk record. Returns 0;
 * APIC_E_ARG; APIC_E_VALIDATION (the edit's refusal); APIC_E_NOMEM.
 */
APIC_EXPORT int suprsend_user_edit_operations_json(const suprsend_user_edit *edit, char **out, suprsend_error *err);

/**
 * Saves the edit: `PATCH /v1/user/{distinct_id}/` with `{"operations": [...]}` (retried per the
 * client's policy, with one idempotency key). Nothing is sent when the edit has a refusal
 * (APIC_E_VALIDATION with its message) or its body exceeds SUPRSEND_BODY_MAX_BYTES
 * (APIC_E_VALIDATION naming the size). On success *out (when out is not NULL) holds the profile
 * the API answers with (suprsend_edit_user_profile_response_free() it). Other failures as
 * suprsend_edit_user_profile(). The edit is unchanged and may be saved again.
 */
APIC_EXPORT int suprsend_user_edit_save(suprsend_client *client, const suprsend_user_edit *edit,
                                        suprsend_edit_user_profile_response **out, suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
