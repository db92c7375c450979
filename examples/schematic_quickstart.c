/* Schematic quick start: the flows of Schematic's README in C, against a local server.
 *
 *   schematic_quickstart BASE_URL     (make demo passes Prism serving spec/schematic/openapi.yaml)
 *
 * Identify a user and its company, track an event with a quantity (both queued and sent in the
 * background), upsert a company and a user, check a flag twice (the second answer comes from the
 * client's cache: nothing is sent), run offline with flag defaults, and verify a webhook. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <schematic/schematic.h>

static int fail(const char *what, const schematic_error *err)
{
    fprintf(stderr, "%s: %s\n", what, err->message);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s BASE_URL\n", argv[0]);
        return 2;
    }
    /* Events that fail for good are kept here, never lost (`apic dead-letters replay` resends them). */
    apic_dead_letter dead_letters = {.path = "schematic-dead-letters.jsonl"};
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.api_key = "YOUR_API_KEY";
    cfg.dead_letter = &dead_letters;
    schematic_client *client = NULL;
    schematic_error err = {0};
    if (schematic_client_new(&cfg, &client, &err) != 0) return fail("client", &err);

    /* Identify and track return at once; the client's queue sends them in batches. */
    const char *user[] = {"email", "wcoyote@acme.net", "user_id", "your-user-id", NULL};
    const char *company[] = {"id", "your-company-id", NULL};
    schematic_identify_company acme = {company, "Acme Widgets, Inc.", "{\"city\":\"Atlanta\"}"};
    schematic_identify_event who = {user, &acme, "Wile E. Coyote", "{\"login_count\":24,\"is_staff\":false}"};
    if (schematic_identify(client, &who, NULL, &err) != 0) return fail("identify", &err);
    schematic_track_event tokens = {"some-action", company, user, NULL, true, 10};
    if (schematic_track(client, &tokens, NULL, &err) != 0) return fail("track", &err);
    if (schematic_flush(client, 10000, &err) != 0) return fail("flush", &err);
    apic_queue_stats q;
    apic_queue_get_stats(client, &q);
    printf("identify and track: %llu events delivered in %llu batch(es)\n", q.delivered, q.batches);

    /* Upserts: the generated operations, typed from the spec. */
    char *company_key[] = {"id"}, *company_id[] = {"your-company-id"};
    char *trait_names[] = {"city", "high_score", "is_active"}, *trait_values[] = {"\"Atlanta\"", "25", "true"};
    schematic_upsert_company_request_body co;
    memset(&co, 0, sizeof co);
    co.keys = (apic_string_map){company_key, company_id, 1};
    co.name = "Acme Widgets, Inc.";
    co.has_traits = true;
    co.traits = (apic_json_map){trait_names, trait_values, 3};
    schematic_companies_upsert_response *upserted = NULL;
    if (schematic_companies_upsert(client, &co, &upserted, &err) != 0) return fail("upsert company", &err);
    printf("upsert company: HTTP %d\n", err.http_status);
    schematic_companies_upsert_response_free(upserted);
    char *user_keys[] = {"email", "user_id"}, *user_values[] = {"wcoyote@acme.net", "your-user-id"};
    schematic_upsert_user_request_body u;
    memset(&u, 0, sizeof u);
    u.keys = (apic_string_map){user_keys, user_values, 2};
    u.name = "Wile E. Coyote";
    u.has_company = true;
    u.company = co.keys;
    if (schematic_companies_upsert_user(client, &u, NULL, &err) != 0) return fail("upsert user", &err);
    printf("upsert user: HTTP %d\n", err.http_status);

    /* A flag, checked twice: the second answer is the cached one. */
    for (int i = 0; i < 2; i++) {
        schematic_flag_result r;
        int rc = schematic_check_flag_with(client, "some-flag-key", company, user, NULL, &r, &err);
        printf("check flag: %s (%s, %d request%s)%s%s\n", r.value ? "on" : "off", apic_flag_source_name(r.source),
               err.attempts, err.attempts == 1 ? "" : "s", rc != 0 ? ": " : "", rc != 0 ? err.message : "");
    }
    schematic_client_free(client); /* drains what is still queued */

    /* Offline: nothing is sent; flags answer their defaults. */
    apic_flag_default defaults[] = {{"some-flag-key", true}};
    schematic_config offline = SCHEMATIC_CONFIG_INIT;
    offline.offline = true;
    offline.flag_defaults = defaults;
    offline.n_flag_defaults = 1;
    if (schematic_client_new(&offline, &client, &err) != 0) return fail("offline client", &err);
    bool on = false;
    schematic_check_flag(client, "some-flag-key", NULL, NULL, &on, &err);
    printf("offline: some-flag-key %s (its default)", on ? "on" : "off");
    schematic_set_flag_default(client, "some-flag-key", false, &err);
    schematic_check_flag(client, "some-flag-key", NULL, NULL, &on, &err);
    printf(", then %s (set per test)\n", on ? "on" : "off");
    schematic_client_free(client);

    /* A webhook as Schematic signs it, verified; the same body changed is refused. */
    const char *secret = "your-webhook-secret";
    const char *body = "{\"action\":\"company.updated\",\"data\":{\"id\":\"comp_1\"}}";
    apic_webhook_secret s = {NULL, secret};
    apic_webhook_signed sent;
    if (apic_webhook_sign(&APIC_WEBHOOK_SCHEMATIC, &s, NULL, (long long)time(NULL), body, strlen(body), &sent, &err) != 0) {
        return fail("sign", &err);
    }
    int ok = schematic_verify_webhook(secret, sent.headers, sent.n_headers, body, strlen(body), &err);
    printf("webhook: %s\n", ok == 0 ? "verified" : err.message);
    const char *changed = "{\"action\":\"company.deleted\",\"data\":{\"id\":\"comp_1\"}}";
    int refused = schematic_verify_webhook(secret, sent.headers, sent.n_headers, changed, strlen(changed), &err);
    printf("webhook with a changed body: %s\n", refused != 0 ? err.message : "ACCEPTED (wrong)");
    schematic_error_clear(&err);
    return ok == 0 && refused == APIC_E_WEBHOOK_SIGNATURE ? 0 : 1;
}
