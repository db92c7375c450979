/* The C SDK editing user profiles, signed with the workspace key and secret, as
 * diff_user_edit.js does with the vendor's Node SDK: one edit of every kind saved
 * (suprsend_user_edit_save(), PATCH /v1/user/user-1729/), an empty edit of a distinct_id that
 * needs encoding, and three edits saved in bulk (suprsend_bulk_save_users(), POST /event/, the
 * workspace key as env, as the vendor's SDK sends it). Inputs: diff_user_edit.json (the keys).
 *   diff_user_edit BASE_URL        (from the repository's root) */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>

#include <suprsend/suprsend.h>

#include "read_file.h"

static int check(const char *what, int rc, const suprsend_error *err)
{
    if (rc != 0) fprintf(stderr, "diff_user_edit: %s: %s\n", what, err->message);
    return rc != 0;
}

static int edit_every_kind(suprsend_client *client, suprsend_error *err)
{
    suprsend_user_edit *u = NULL;
    int rc = suprsend_user_edit_new("user-1729", &u, err);
    if (rc != 0) return rc;
    suprsend_slack_identity slack = {"ada@example.com", NULL, NULL, "xoxb-123", NULL};
    suprsend_slack_identity slack_hook = {NULL, NULL, NULL, NULL, "https://hooks.slack.com/services/T/B/X"};
    suprsend_ms_teams_identity teams = {"t-1", "https://smba.trafficmanager.net/amer", "19:abc", NULL, NULL};
    suprsend_ms_teams_identity teams_hook = {NULL, NULL, NULL, NULL, "https://example.webhook.office.com/x"};
    const char *gone[] = {"$whatsapp", "legacy_id", NULL};
    /* Each call stops the chain on a refusal; the save would then refuse too. */
    (void)(suprsend_user_edit_add_email(u, "ada@example.com", err) ||
           suprsend_user_edit_remove_email(u, "old@example.com", err) ||
           suprsend_user_edit_add_sms(u, "+15555550100", err) ||
           suprsend_user_edit_remove_sms(u, "+15555550101", err) ||
           suprsend_user_edit_add_whatsapp(u, "+15555550102", err) ||
           suprsend_user_edit_remove_whatsapp(u, "+15555550103", err) ||
           suprsend_user_edit_add_androidpush(u, "fcm-token-1", "fcm", err) ||
           suprsend_user_edit_remove_androidpush(u, "fcm-token-0", NULL, err) ||
           suprsend_user_edit_add_iospush(u, "apns-token-1", "apns", "com.example.app", err) ||
           suprsend_user_edit_remove_iospush(u, "apns-token-0", "apns", NULL, err) ||
           suprsend_user_edit_add_webpush(u, "{\"endpoint\":\"https://push.example/1\",\"keys\":{\"p256dh\":\"k\",\"auth\":\"a\"}}",
                                          "vapid", err) ||
           suprsend_user_edit_add_slack(u, &slack, err) ||
           suprsend_user_edit_remove_slack(u, &slack_hook, err) ||
           suprsend_user_edit_add_ms_teams(u, &teams, err) ||
           suprsend_user_edit_remove_ms_teams(u, &teams_hook, err) ||
           suprsend_user_edit_unset(u, gone, err) ||
           suprsend_user_edit_set_preferred_language(u, "fr", err) ||
           suprsend_user_edit_set_timezone(u, "America/New_York", err) ||
           suprsend_user_edit_set(u, "plan", "\"pro\"", err) ||
           suprsend_user_edit_set_once(u, "first_seen", "\"2026-01-02\"", err) ||
           suprsend_user_edit_increment(u, "logins", "1", err) ||
           suprsend_user_edit_append(u, "tags", "\"beta\"", err) ||
           suprsend_user_edit_remove(u, "tags", "\"alpha\"", err));
    rc = suprsend_user_edit_save(client, u, NULL, err);
    suprsend_user_edit_free(u);
    return rc;
}

static int edit_in_bulk(suprsend_client *client, const char *workspace_key, suprsend_error *err)
{
    suprsend_user_edit *users[3] = {NULL, NULL, NULL};
    int rc = 0;
    for (int i = 0; rc == 0 && i < 3; i++) {
        char id[16], email[32], rank[8];
        snprintf(id, sizeof id, "user-%d", i);
        snprintf(email, sizeof email, "user%d@example.com", i);
        snprintf(rank, sizeof rank, "%d", i);
        rc = suprsend_user_edit_new(id, &users[i], err);
        if (rc == 0) rc = suprsend_user_edit_add_email(users[i], email, err);
        if (rc == 0) rc = suprsend_user_edit_set_preferred_language(users[i], "en", err);
        if (rc == 0) rc = suprsend_user_edit_set(users[i], "rank", rank, err);
    }
    apic_bulk_report rep = {0};
    if (rc == 0) rc = suprsend_bulk_save_users(client, (const suprsend_user_edit *const *)users, 3, workspace_key, &rep, err);
    if (rc == 0 && rep.overall != APIC_BULK_SUCCESS) rc = APIC_E_HTTP;
    apic_bulk_report_clear(&rep);
    for (int i = 0; i < 3; i++) suprsend_user_edit_free(users[i]);
    return rc;
}

int main(int argc, char **argv)
{
    char *json = read_file("tests/suprsend/diff_user_edit.json");
    cJSON *doc = json != NULL ? cJSON_Parse(json) : NULL;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(doc, "inputs");
    const char *key = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(f, "workspace_key"));
    const char *secret = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(f, "workspace_secret"));
    if (argc != 2 || key == NULL || secret == NULL) {
        fprintf(stderr, "usage: diff_user_edit BASE_URL (from the repository's root)\n");
        cJSON_Delete(doc);
        free(json);
        return 2;
    }
    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = argv[1];
    suprsend_workspace_signer *signer = NULL;
    suprsend_client *client = NULL;
    suprsend_error err = {0};
    int failed = check("signer", suprsend_use_workspace_signature(&cfg, key, secret, &signer, &err), &err);
    if (!failed) failed = check("client", suprsend_client_new(&cfg, &client, &err), &err);
    if (!failed) failed = check("edit of every kind", edit_every_kind(client, &err), &err);
    suprsend_user_edit *empty = NULL;
    if (!failed) failed = check("new", suprsend_user_edit_new("team a/\xc3\xbc", &empty, &err), &err);
    if (!failed) failed = check("empty edit", suprsend_user_edit_save(client, empty, NULL, &err), &err);
    suprsend_user_edit_free(empty);
    if (!failed) failed = check("bulk", edit_in_bulk(client, key, &err), &err);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    suprsend_workspace_signer_free(signer);
    cJSON_Delete(doc);
    free(json);
    return failed;
}
