/* The C Schematic SDK doing the README's flows (the inputs of flows.json) against the recording
 * server, as node_driver.js does with the vendor's SDK: identify, track with a quantity, check a
 * flag, upsert a company, upsert a user; then the client is freed, which drains the event queue.
 *   c_driver FLOWS_JSON BASE_URL DEAD_LETTER_FILE */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <schematic/schematic.h>

#include "read_file.h"

#define MAX_KEYS 8

/* A flows.json object of strings as a NULL-terminated name/value list (borrowing its strings). */
static void pairs_of(const cJSON *obj, const char *list[2 * MAX_KEYS + 1])
{
    size_t n = 0;
    for (const cJSON *it = obj != NULL ? obj->child : NULL; it != NULL && n < 2 * MAX_KEYS; it = it->next) {
        list[n++] = it->string;
        list[n++] = it->valuestring;
    }
    list[n] = NULL;
}

/* A flows.json object as the names and raw JSON values of an apic_json_map (values allocated). */
static apic_json_map json_map_of(const cJSON *obj, char *names[MAX_KEYS], char *values[MAX_KEYS])
{
    size_t n = 0;
    for (const cJSON *it = obj->child; it != NULL && n < MAX_KEYS; it = it->next, n++) {
        names[n] = it->string;
        values[n] = cJSON_PrintUnformatted(it);
    }
    return (apic_json_map){names, values, n};
}

static apic_string_map string_map_of(const char *const *pairs, char *names[MAX_KEYS], char *values[MAX_KEYS])
{
    size_t n = 0;
    for (; pairs[2 * n] != NULL && n < MAX_KEYS; n++) {
        names[n] = (char *)pairs[2 * n];
        values[n] = (char *)pairs[2 * n + 1];
    }
    return (apic_string_map){names, values, n};
}

static int report(const char *what, int rc, const schematic_error *err)
{
    if (rc != 0) fprintf(stderr, "c_driver: %s: %s\n", what, err->message);
    return rc != 0;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: c_driver FLOWS_JSON BASE_URL DEAD_LETTER_FILE\n");
        return 2;
    }
    char *text = read_file(argv[1]);
    cJSON *f = text != NULL ? cJSON_Parse(text) : NULL;
    if (f == NULL) {
        fprintf(stderr, "c_driver: cannot read %s\n", argv[1]);
        return 2;
    }
    const char *user[2 * MAX_KEYS + 1], *company[2 * MAX_KEYS + 1];
    pairs_of(cJSON_GetObjectItem(f, "user"), user);
    pairs_of(cJSON_GetObjectItem(f, "company"), company);
    const char *user_name = cJSON_GetObjectItem(f, "user_name")->valuestring;
    const char *company_name = cJSON_GetObjectItem(f, "company_name")->valuestring;
    char *user_traits = cJSON_PrintUnformatted(cJSON_GetObjectItem(f, "user_traits"));
    char *company_traits = cJSON_PrintUnformatted(cJSON_GetObjectItem(f, "company_traits"));

    apic_dead_letter dl = {.path = argv[3]};
    schematic_config cfg = SCHEMATIC_CONFIG_INIT;
    cfg.base_url = argv[2];
    cfg.api_key = cJSON_GetObjectItem(f, "api_key")->valuestring;
    cfg.dead_letter = &dl;
    schematic_client *c = NULL;
    schematic_error err = {0};
    int failed = report("client", schematic_client_new(&cfg, &c, &err), &err);

    schematic_identify_company acme = {company, company_name, company_traits};
    schematic_identify_event who = {user, &acme, user_name, user_traits};
    if (!failed) failed += report("identify", schematic_identify(c, &who, NULL, &err), &err);
    schematic_track_event did = {cJSON_GetObjectItem(f, "event")->valuestring, company, user, NULL, true,
                                 (long long)cJSON_GetObjectItem(f, "quantity")->valuedouble};
    if (!failed) failed += report("track", schematic_track(c, &did, NULL, &err), &err);
    bool on = false;
    if (!failed) failed += report("check", schematic_check_flag(c, cJSON_GetObjectItem(f, "flag")->valuestring, company, user,
                                                                &on, &err), &err);

    char *cn[MAX_KEYS], *cv[MAX_KEYS], *un[MAX_KEYS], *uv[MAX_KEYS], *tn[MAX_KEYS], *tv[MAX_KEYS] = {0};
    apic_json_map traits = json_map_of(cJSON_GetObjectItem(f, "upsert_traits"), tn, tv);
    schematic_upsert_company_request_body co;
    memset(&co, 0, sizeof co);
    co.keys = string_map_of(company, cn, cv);
    co.name = (char *)company_name;
    co.has_traits = true;
    co.traits = traits;
    if (!failed) failed += report("upsert company", schematic_companies_upsert(c, &co, NULL, &err), &err);
    schematic_upsert_user_request_body u;
    memset(&u, 0, sizeof u);
    u.keys = string_map_of(user, un, uv);
    u.name = (char *)user_name;
    u.has_traits = true;
    u.traits = traits;
    u.has_company = true;
    u.company = co.keys;
    if (!failed) failed += report("upsert user", schematic_companies_upsert_user(c, &u, NULL, &err), &err);

    schematic_client_free(c); /* drains the queue: identify and track go now */
    schematic_error_clear(&err);
    for (size_t i = 0; i < traits.count; i++) free(tv[i]);
    free(user_traits);
    free(company_traits);
    cJSON_Delete(f);
    free(text);
    return failed ? 1 : 0;
}
