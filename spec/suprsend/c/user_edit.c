/* User profile edits (user_edit.h): each call checks its input and appends one operation, as
 * JSON text, to the edit; saving wraps them in {"operations": [...]} for PATCH
 * /v1/user/{distinct_id}/, the body the vendor's Node SDK sends (UserEdit + users.edit). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suprsend/suprsend.h"

struct suprsend_user_edit {
    char *distinct_id;
    apic_buf ops;   /* the operations' JSON objects, joined by commas */
    size_t n_ops;
    /* The first refusal's message; "" while none. A fixed array: remembering a refusal must not
     * itself be able to fail, or a half-checked edit could be saved. */
    char refusal[512];
};

/* The keys SuprSend reserves for channels: only the channel calls (which check the value) write them. */
static const char *const channel_keys[] = {"$email",   "$sms",     "$androidpush", "$iospush",
                                           "$whatsapp", "$webpush", "$slack",      "$ms_teams"};

/* ISO 639-1, the list of SuprSend's SDKs (language_codes.py, language_codes.js), sorted for bsearch(). */
static const char languages[][3] = {
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo",
    "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo",
    "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi",
    "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka",
    "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng",
    "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn",
    "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su",
    "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur",
    "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
};

static int compare_language(const void *key, const void *item)
{
    return strcmp((const char *)key, (const char *)item);
}

/* Refuses the call: the message goes to err and, if it is the edit's first, is remembered so
 * that saving refuses too. err is cleared first: a failed check must not carry an earlier call's
 * HTTP status or body. */
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static int refuse(suprsend_user_edit *e, apic_status kind, suprsend_error *err, const char *fmt, ...)
{
    char msg[sizeof e->refusal];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (e->refusal[0] == '\0') snprintf(e->refusal, sizeof e->refusal, "%s", msg);
    apic_error_clear(err);
    return apic_error_set(err, kind, "%s", msg);
}

static bool blank(const char *s)
{
    return s == NULL || s[strspn(s, " \t\r\n")] == '\0';
}

/* s without surrounding white space: its start, and its length in *len. */
static const char *trimmed(const char *s, size_t *len)
{
    s += strspn(s, " \t\r\n");
    size_t n = strlen(s);
    while (n > 0 && strchr(" \t\r\n", s[n - 1]) != NULL) n--;
    *len = n;
    return s;
}

static bool is_channel_key(const char *key, size_t len)
{
    for (size_t i = 0; i < sizeof channel_keys / sizeof channel_keys[0]; i++) {
        if (strlen(channel_keys[i]) == len && memcmp(channel_keys[i], key, len) == 0) return true;
    }
    return false;
}

/* Members of an operation's object: `"key":"text"` (null for NULL text) or `"key":<json>`. */
static int put_text(apic_buf *b, const char *key, const char *text)
{
    int rc = b->len > 0 ? apic_buf_putc(b, ',') : 0;
    if (rc == 0) rc = apic_json_write_string(b, key, strlen(key));
    if (rc == 0) rc = apic_buf_putc(b, ':');
    if (rc == 0) rc = text != NULL ? apic_json_write_string(b, text, strlen(text)) : apic_buf_puts(b, "null");
    return rc;
}

static int put_json(apic_buf *b, const char *key, size_t key_len, const char *json)
{
    int rc = b->len > 0 ? apic_buf_putc(b, ',') : 0;
    if (rc == 0) rc = apic_json_write_string(b, key, key_len);
    if (rc == 0) rc = apic_buf_putc(b, ':');
    return rc == 0 ? apic_buf_puts(b, json) : rc;
}

/* Appends {"<verb>":<value>} to the edit's operations and frees value; value holds the members
 * of an object (wrapped in braces here) or, for $unset, a whole array (as_is). */
static int record(suprsend_user_edit *e, const char *verb, apic_buf *value, bool as_is, const char *fn,
                  suprsend_error *err)
{
    size_t was = e->ops.len;
    int rc = e->n_ops > 0 ? apic_buf_putc(&e->ops, ',') : 0;
    if (rc == 0) rc = apic_buf_printf(&e->ops, "{\"%s\":%s", verb, as_is ? "" : "{");
    if (rc == 0) rc = apic_buf_append(&e->ops, value->data, value->len);
    if (rc == 0) rc = apic_buf_puts(&e->ops, as_is ? "}" : "}}");
    apic_buf_free(value);
    if (rc != 0) {
        e->ops.len = was; /* drop the part written; the refusal below keeps the edit from being saved */
        if (e->ops.data != NULL) e->ops.data[was] = '\0';
        return refuse(e, APIC_E_NOMEM, err, "%s: out of memory; the edit is incomplete and will not be saved", fn);
    }
    e->n_ops++;
    return 0;
}

/* Checks a JSON value given as text: one value, and an object when object is set. */
static bool is_json(const char *json, bool object, char why[256])
{
    if (json == NULL) {
        snprintf(why, 256, "required");
        return false;
    }
    if (object && json[strspn(json, " \t\r\n")] != '{') {
        snprintf(why, 256, "not a JSON object");
        return false;
    }
    apic_error parse = {0};
    if (apic_json_validate(json, strlen(json), &parse) != 0) {
        snprintf(why, 256, "not one JSON value: %.200s", parse.message);
        return false;
    }
    return true;
}

int suprsend_user_edit_new(const char *distinct_id, suprsend_user_edit **out, suprsend_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "suprsend_user_edit_new: out is required");
    *out = NULL;
    if (blank(distinct_id)) {
        return apic_error_set(err, APIC_E_VALIDATION, "distinct_id: required (the user's id in your system)");
    }
    suprsend_user_edit *e = calloc(1, sizeof *e);
    size_t len = 0;
    const char *id = trimmed(distinct_id, &len);
    if (e == NULL || (e->distinct_id = strndup(id, len)) == NULL) {
        free(e);
        return apic_error_set(err, APIC_E_NOMEM, "suprsend_user_edit_new: out of memory");
    }
    *out = e;
    return 0;
}

void suprsend_user_edit_free(suprsend_user_edit *edit)
{
    if (edit == NULL) return;
    free(edit->distinct_id);
    apic_buf_free(&edit->ops);
    free(edit);
}

const char *suprsend_user_edit_distinct_id(const suprsend_user_edit *edit)
{
    return edit != NULL ? edit->distinct_id : NULL;
}

size_t suprsend_user_edit_count(const suprsend_user_edit *edit)
{
    return edit != NULL ? edit->n_ops : 0;
}

const char *suprsend_user_edit_refusal(const suprsend_user_edit *edit)
{
    return edit != NULL && edit->refusal[0] != '\0' ? edit->refusal : NULL;
}

/* A NULL edit is an argument error (it cannot remember a refusal); err is the caller's. */
#define NEED_EDIT(e, fn)                                                             \
    do {                                                                             \
        if ((e) == NULL) return apic_error_set(err, APIC_E_ARG, fn ": edit is required"); \
    } while (0)

/* One channel value of text: email (format email), sms and whatsapp (E.164). */
static int text_channel(suprsend_user_edit *e, const char *verb, const char *key, const char *field, apic_format format,
                        const char *value, const char *fn, suprsend_error *err)
{
    if (blank(value)) return refuse(e, APIC_E_VALIDATION, err, "%s: %s: required", fn, field);
    if (!apic_format_check(format, value)) {
        /* The value is personal data: the message names the field and the form, not the value. */
        return refuse(e, APIC_E_VALIDATION, err, "%s: %s: not %s", fn, field,
                      format == APIC_FMT_EMAIL ? "an email address (local@domain.tld)"
                                               : "an E.164 phone number (+, the country code and the number: 7 to 15 digits)");
    }
    apic_buf m = {0};
    if (put_text(&m, key, value) != 0) {
        apic_buf_free(&m);
        return refuse(e, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(e, verb, &m, false, fn, err);
}

int suprsend_user_edit_add_email(suprsend_user_edit *edit, const char *email, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_email");
    return text_channel(edit, "$append", "$email", "email", APIC_FMT_EMAIL, email, "suprsend_user_edit_add_email", err);
}

int suprsend_user_edit_remove_email(suprsend_user_edit *edit, const char *email, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_email");
    return text_channel(edit, "$remove", "$email", "email", APIC_FMT_EMAIL, email, "suprsend_user_edit_remove_email", err);
}

int suprsend_user_edit_add_sms(suprsend_user_edit *edit, const char *phone, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_sms");
    return text_channel(edit, "$append", "$sms", "sms", APIC_FMT_PHONE, phone, "suprsend_user_edit_add_sms", err);
}

int suprsend_user_edit_remove_sms(suprsend_user_edit *edit, const char *phone, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_sms");
    return text_channel(edit, "$remove", "$sms", "sms", APIC_FMT_PHONE, phone, "suprsend_user_edit_remove_sms", err);
}

int suprsend_user_edit_add_whatsapp(suprsend_user_edit *edit, const char *phone, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_whatsapp");
    return text_channel(edit, "$append", "$whatsapp", "whatsapp", APIC_FMT_PHONE, phone, "suprsend_user_edit_add_whatsapp",
                        err);
}

int suprsend_user_edit_remove_whatsapp(suprsend_user_edit *edit, const char *phone, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_whatsapp");
    return text_channel(edit, "$remove", "$whatsapp", "whatsapp", APIC_FMT_PHONE, phone,
                        "suprsend_user_edit_remove_whatsapp", err);
}

/* A push channel: the token (text) or subscription (JSON object, web push), its provider, and
 * for iOS the bundle id. The vendor's SDKs send `$id_provider` always, null when none is given. */
static int push_channel(suprsend_user_edit *e, const char *verb, const char *key, const char *field, const char *token,
                        bool token_is_json, const char *provider, const char *bundle_id, const char *fn,
                        suprsend_error *err)
{
    char why[256];
    if (token_is_json ? !is_json(token, true, why) : blank(token)) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: %s: %s", fn, field, token_is_json ? why : "required");
    }
    if (provider != NULL && blank(provider)) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: %s.provider: empty (NULL sends none)", fn, field);
    }
    if (bundle_id != NULL && blank(bundle_id)) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: %s.bundle_id: empty (NULL sends none)", fn, field);
    }
    apic_buf m = {0};
    int rc = token_is_json ? put_json(&m, key, strlen(key), token) : put_text(&m, key, token);
    if (rc == 0) rc = put_text(&m, "$id_provider", provider);
    if (rc == 0 && bundle_id != NULL) rc = put_text(&m, "$bundle_id", bundle_id);
    if (rc != 0) {
        apic_buf_free(&m);
        return refuse(e, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(e, verb, &m, false, fn, err);
}

int suprsend_user_edit_add_androidpush(suprsend_user_edit *edit, const char *token, const char *provider,
                                       suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_androidpush");
    return push_channel(edit, "$append", "$androidpush", "androidpush", token, false, provider, NULL,
                        "suprsend_user_edit_add_androidpush", err);
}

int suprsend_user_edit_remove_androidpush(suprsend_user_edit *edit, const char *token, const char *provider,
                                          suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_androidpush");
    return push_channel(edit, "$remove", "$androidpush", "androidpush", token, false, provider, NULL,
                        "suprsend_user_edit_remove_androidpush", err);
}

int suprsend_user_edit_add_iospush(suprsend_user_edit *edit, const char *token, const char *provider,
                                   const char *bundle_id, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_iospush");
    return push_channel(edit, "$append", "$iospush", "iospush", token, false, provider, bundle_id,
                        "suprsend_user_edit_add_iospush", err);
}

int suprsend_user_edit_remove_iospush(suprsend_user_edit *edit, const char *token, const char *provider,
                                      const char *bundle_id, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_iospush");
    return push_channel(edit, "$remove", "$iospush", "iospush", token, false, provider, bundle_id,
                        "suprsend_user_edit_remove_iospush", err);
}

int suprsend_user_edit_add_webpush(suprsend_user_edit *edit, const char *subscription_json, const char *provider,
                                   suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_webpush");
    return push_channel(edit, "$append", "$webpush", "webpush", subscription_json, true, provider, NULL,
                        "suprsend_user_edit_add_webpush", err);
}

int suprsend_user_edit_remove_webpush(suprsend_user_edit *edit, const char *subscription_json, const char *provider,
                                      suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_webpush");
    return push_channel(edit, "$remove", "$webpush", "webpush", subscription_json, true, provider, NULL,
                        "suprsend_user_edit_remove_webpush", err);
}

/* Checks the members of a Slack or Teams identity that are given: none may be empty, URLs absolute. */
static bool check_given(const char *const *values, const char *const *names, size_t n, const char *channel,
                        char why[256])
{
    for (size_t i = 0; i < n; i++) {
        if (values[i] == NULL) continue;
        if (blank(values[i])) {
            snprintf(why, 256, "%s.%s: empty (NULL leaves it out)", channel, names[i]);
            return false;
        }
        if (strstr(names[i], "url") != NULL && !apic_format_check(APIC_FMT_URI, values[i])) {
            snprintf(why, 256, "%s.%s: not an absolute URL", channel, names[i]);
            return false;
        }
    }
    return true;
}

/* The object of `$slack` or `$ms_teams` into obj: the members given (names[i] = values[i], the
 * first n), or `{"incoming_webhook":{"url":...}}` for a webhook. */
static int identity_object(apic_buf *obj, const char *const *values, const char *const *names, size_t n,
                           const char *webhook)
{
    apic_buf m = {0}, url = {0};
    int rc = 0;
    if (webhook != NULL) {
        rc = put_text(&url, "url", webhook);
        if (rc == 0) rc = apic_buf_printf(&m, "\"incoming_webhook\":{%s}", url.data);
    }
    for (size_t i = 0; rc == 0 && webhook == NULL && i < n; i++) {
        if (values[i] != NULL) rc = put_text(&m, names[i], values[i]);
    }
    if (rc == 0) rc = apic_buf_printf(obj, "{%s}", m.data != NULL ? m.data : "");
    apic_buf_free(&m);
    apic_buf_free(&url);
    return rc;
}

static int slack_channel(suprsend_user_edit *e, const char *verb, const suprsend_slack_identity *s, const char *fn,
                         suprsend_error *err)
{
    if (s == NULL) return refuse(e, APIC_E_VALIDATION, err, "%s: slack: required", fn);
    const char *names[] = {"email", "user_id", "channel_id", "access_token", "incoming_webhook_url"};
    const char *values[] = {s->email, s->user_id, s->channel_id, s->access_token, s->incoming_webhook_url};
    int targets = (s->email != NULL) + (s->user_id != NULL) + (s->channel_id != NULL) + (s->incoming_webhook_url != NULL);
    char why[256];
    if (targets != 1) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: slack: give exactly one of email, user_id, channel_id or "
                      "incoming_webhook_url (%d given)", fn, targets);
    }
    if (!check_given(values, names, 5, "slack", why)) return refuse(e, APIC_E_VALIDATION, err, "%s: %s", fn, why);
    if (s->email != NULL && !apic_format_check(APIC_FMT_EMAIL, s->email)) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: slack.email: not an email address (local@domain.tld)", fn);
    }
    if (s->incoming_webhook_url == NULL && s->access_token == NULL) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: slack.access_token: required with email, user_id or channel_id", fn);
    }
    if (s->incoming_webhook_url != NULL && s->access_token != NULL) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: slack.access_token: not used with incoming_webhook_url", fn);
    }
    apic_buf obj = {0}, m = {0};
    int rc = identity_object(&obj, values, names, 4, s->incoming_webhook_url);
    if (rc == 0) rc = put_json(&m, "$slack", 6, obj.data);
    apic_buf_free(&obj);
    if (rc != 0) {
        apic_buf_free(&m);
        return refuse(e, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(e, verb, &m, false, fn, err);
}

int suprsend_user_edit_add_slack(suprsend_user_edit *edit, const suprsend_slack_identity *slack, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_slack");
    return slack_channel(edit, "$append", slack, "suprsend_user_edit_add_slack", err);
}

int suprsend_user_edit_remove_slack(suprsend_user_edit *edit, const suprsend_slack_identity *slack, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_slack");
    return slack_channel(edit, "$remove", slack, "suprsend_user_edit_remove_slack", err);
}

static int teams_channel(suprsend_user_edit *e, const char *verb, const suprsend_ms_teams_identity *t, const char *fn,
                         suprsend_error *err)
{
    if (t == NULL) return refuse(e, APIC_E_VALIDATION, err, "%s: ms_teams: required", fn);
    const char *names[] = {"tenant_id", "service_url", "conversation_id", "user_id", "incoming_webhook_url"};
    const char *values[] = {t->tenant_id, t->service_url, t->conversation_id, t->user_id, t->incoming_webhook_url};
    char why[256];
    if (!check_given(values, names, 5, "ms_teams", why)) return refuse(e, APIC_E_VALIDATION, err, "%s: %s", fn, why);
    if (t->incoming_webhook_url != NULL) {
        if (t->tenant_id != NULL || t->service_url != NULL || t->conversation_id != NULL || t->user_id != NULL) {
            return refuse(e, APIC_E_VALIDATION, err, "%s: ms_teams.incoming_webhook_url: goes alone (no tenant_id, "
                          "service_url, conversation_id or user_id)", fn);
        }
    } else {
        if (t->tenant_id == NULL || t->service_url == NULL) {
            return refuse(e, APIC_E_VALIDATION, err, "%s: ms_teams.%s: required (or incoming_webhook_url alone)", fn,
                          t->tenant_id == NULL ? "tenant_id" : "service_url");
        }
        if ((t->conversation_id != NULL) == (t->user_id != NULL)) {
            return refuse(e, APIC_E_VALIDATION, err, "%s: ms_teams: give exactly one of conversation_id or user_id", fn);
        }
    }
    apic_buf obj = {0}, m = {0};
    int rc = identity_object(&obj, values, names, 4, t->incoming_webhook_url);
    if (rc == 0) rc = put_json(&m, "$ms_teams", 9, obj.data);
    apic_buf_free(&obj);
    if (rc != 0) {
        apic_buf_free(&m);
        return refuse(e, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(e, verb, &m, false, fn, err);
}

int suprsend_user_edit_add_ms_teams(suprsend_user_edit *edit, const suprsend_ms_teams_identity *teams,
                                    suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_add_ms_teams");
    return teams_channel(edit, "$append", teams, "suprsend_user_edit_add_ms_teams", err);
}

int suprsend_user_edit_remove_ms_teams(suprsend_user_edit *edit, const suprsend_ms_teams_identity *teams,
                                       suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove_ms_teams");
    return teams_channel(edit, "$remove", teams, "suprsend_user_edit_remove_ms_teams", err);
}

int suprsend_user_edit_unset(suprsend_user_edit *edit, const char *const *keys, suprsend_error *err)
{
    static const char fn[] = "suprsend_user_edit_unset";
    NEED_EDIT(edit, "suprsend_user_edit_unset");
    if (keys == NULL || keys[0] == NULL) return refuse(edit, APIC_E_VALIDATION, err, "%s: keys: at least one key is required", fn);
    for (size_t i = 0; keys[i] != NULL; i++) {
        if (blank(keys[i])) return refuse(edit, APIC_E_VALIDATION, err, "%s: keys[%zu]: empty", fn, i);
    }
    apic_buf list = {0};
    int rc = apic_buf_putc(&list, '[');
    for (size_t i = 0; rc == 0 && keys[i] != NULL; i++) {
        size_t len = 0;
        const char *k = trimmed(keys[i], &len);
        if (i > 0) rc = apic_buf_putc(&list, ',');
        if (rc == 0) rc = apic_json_write_string(&list, k, len);
    }
    if (rc == 0) rc = apic_buf_putc(&list, ']');
    if (rc != 0) {
        apic_buf_free(&list);
        return refuse(edit, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(edit, "$unset", &list, true, fn, err);
}

int suprsend_user_edit_set_preferred_language(suprsend_user_edit *edit, const char *language, suprsend_error *err)
{
    static const char fn[] = "suprsend_user_edit_set_preferred_language";
    NEED_EDIT(edit, "suprsend_user_edit_set_preferred_language");
    if (language == NULL) return refuse(edit, APIC_E_VALIDATION, err, "%s: preferred_language: required", fn);
    if (strlen(language) != 2 ||
        bsearch(language, languages, sizeof languages / sizeof languages[0], sizeof languages[0], compare_language) == NULL) {
        return refuse(edit, APIC_E_VALIDATION, err, "%s: preferred_language: '%.32s' is not an ISO 639-1 language code "
                      "(two lower-case letters, e.g. \"en\")", fn, language);
    }
    apic_buf m = {0};
    if (put_text(&m, "$preferred_language", language) != 0) {
        apic_buf_free(&m);
        return refuse(edit, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(edit, "$set", &m, false, fn, err);
}

int suprsend_user_edit_set_timezone(suprsend_user_edit *edit, const char *timezone, suprsend_error *err)
{
    static const char fn[] = "suprsend_user_edit_set_timezone";
    NEED_EDIT(edit, "suprsend_user_edit_set_timezone");
    if (blank(timezone)) return refuse(edit, APIC_E_VALIDATION, err, "%s: timezone: required", fn);
    apic_buf m = {0};
    if (put_text(&m, "$timezone", timezone) != 0) {
        apic_buf_free(&m);
        return refuse(edit, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(edit, "$set", &m, false, fn, err);
}

/* A property operation: key (trimmed) to a JSON value; number asks for a JSON number ($add). */
static int property(suprsend_user_edit *e, const char *verb, const char *key, const char *json, bool number,
                    const char *fn, suprsend_error *err)
{
    if (blank(key)) return refuse(e, APIC_E_VALIDATION, err, "%s: key: required", fn);
    size_t len = 0;
    const char *k = trimmed(key, &len);
    if (is_channel_key(k, len)) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: key: '%.*s' is a channel: use the suprsend_user_edit_add_/remove_ "
                      "call of that channel (or suprsend_user_edit_unset)", fn, (int)len, k);
    }
    if (len == 19 && memcmp(k, "$preferred_language", len) == 0) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: key: '$preferred_language' is set (and checked) by "
                      "suprsend_user_edit_set_preferred_language", fn);
    }
    char why[256];
    if (!is_json(json, false, why)) return refuse(e, APIC_E_VALIDATION, err, "%s: '%.*s': %s", fn, (int)len, k, why);
    const char *v = json + strspn(json, " \t\r\n");
    if (number && *v != '-' && (*v < '0' || *v > '9')) {
        return refuse(e, APIC_E_VALIDATION, err, "%s: '%.*s': not a JSON number", fn, (int)len, k);
    }
    apic_buf m = {0};
    if (put_json(&m, k, len, json) != 0) {
        apic_buf_free(&m);
        return refuse(e, APIC_E_NOMEM, err, "%s: out of memory; the edit will not be saved", fn);
    }
    return record(e, verb, &m, false, fn, err);
}

int suprsend_user_edit_set(suprsend_user_edit *edit, const char *key, const char *value_json, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_set");
    return property(edit, "$set", key, value_json, false, "suprsend_user_edit_set", err);
}

int suprsend_user_edit_set_once(suprsend_user_edit *edit, const char *key, const char *value_json, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_set_once");
    return property(edit, "$set_once", key, value_json, false, "suprsend_user_edit_set_once", err);
}

int suprsend_user_edit_increment(suprsend_user_edit *edit, const char *key, const char *by_json, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_increment");
    return property(edit, "$add", key, by_json, true, "suprsend_user_edit_increment", err);
}

int suprsend_user_edit_append(suprsend_user_edit *edit, const char *key, const char *value_json, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_append");
    return property(edit, "$append", key, value_json, false, "suprsend_user_edit_append", err);
}

int suprsend_user_edit_remove(suprsend_user_edit *edit, const char *key, const char *value_json, suprsend_error *err)
{
    NEED_EDIT(edit, "suprsend_user_edit_remove");
    return property(edit, "$remove", key, value_json, false, "suprsend_user_edit_remove", err);
}

/* The operations array into b; the edit's refusal refuses. */
static int operations(const suprsend_user_edit *e, apic_buf *b, const char *fn, suprsend_error *err)
{
    if (e->refusal[0] != '\0') {
        apic_error_clear(err);
        return apic_error_set(err, APIC_E_VALIDATION, "%s: the edit of this user was refused, nothing was sent: %s", fn,
                              e->refusal);
    }
    int rc = apic_buf_putc(b, '[');
    if (rc == 0 && e->ops.len > 0) rc = apic_buf_append(b, e->ops.data, e->ops.len);
    if (rc == 0) rc = apic_buf_putc(b, ']');
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
}

int suprsend_user_edit_operations_json(const suprsend_user_edit *edit, char **out, suprsend_error *err)
{
    if (out != NULL) *out = NULL;
    if (edit == NULL || out == NULL) {
        return apic_error_set(err, APIC_E_ARG, "suprsend_user_edit_operations_json: edit and out are required");
    }
    apic_buf b = {0};
    int rc = operations(edit, &b, "suprsend_user_edit_operations_json", err);
    if (rc == 0 && (*out = apic_buf_steal(&b)) == NULL) {
        rc = apic_error_set(err, APIC_E_NOMEM, "suprsend_user_edit_operations_json: out of memory");
    }
    apic_buf_free(&b);
    return rc;
}

int suprsend_user_edit_save(suprsend_client *client, const suprsend_user_edit *edit,
                            suprsend_edit_user_profile_response **out, suprsend_error *err)
{
    static const char fn[] = "suprsend_user_edit_save";
    if (out != NULL) *out = NULL;
    apic_error_clear(err);
    if (client == NULL || edit == NULL) return apic_error_set(err, APIC_E_ARG, "%s: client and edit are required", fn);
    apic_buf body = {0};
    int rc = apic_buf_puts(&body, "{\"operations\":") == 0 ? operations(edit, &body, fn, err)
                                                         : apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    if (rc == 0 && apic_buf_putc(&body, '}') != 0) rc = apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", fn);
    if (rc == 0) rc = suprsend_check_body_size(fn, body.len, 0, err);
    if (rc == 0) {
        suprsend_edit_user_profile_params params = {edit->distinct_id};
        apic_request_options opts = {0};
        opts.body = body.data;
        opts.body_len = body.len;
        rc = apic_call_with(client, &suprsend_edit_user_profile_op, &params, NULL, &opts, (void **)out, err);
    }
    apic_buf_free(&body);
    return rc;
}
