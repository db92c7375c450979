/* The C SDK triggering a bulk of 250 workflows, signed with the workspace key and secret, as
 * diff_bulk_workflows.js does with the vendor's Node SDK: each body written by
 * suprsend_workflow_trigger_body(), the bulk sent by suprsend_bulk_trigger_workflows() in three
 * POST /trigger/ of 100, 100 and 50. Inputs: diff_bulk_workflows.json (the keys, how many).
 *   diff_bulk_workflows BASE_URL        (from the repository's root) */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>

#include <suprsend/suprsend.h>

#include "read_file.h"

/* The body of workflow i, as diff_bulk_workflows.js makes it. */
static int body_of(int i, suprsend_client *client, char **out, suprsend_error *err)
{
    char user[16], data[48], key[24];
    snprintf(user, sizeof user, "user-%d", i);
    snprintf(data, sizeof data, "{\"n\":\"%d\",\"plan\":\"pro\"}", i);
    snprintf(key, sizeof key, "welcome-%d", i);
    const char *to[] = {user, NULL};
    suprsend_workflow_trigger t = {0};
    t.workflow = "welcome";
    t.recipient_ids = to;
    t.actor_id = i % 2 == 0 ? "admin-1" : NULL;
    t.data = data;
    t.idempotency_key = key;
    t.tenant_id = i % 3 == 0 ? "acme" : NULL;
    return suprsend_workflow_trigger_body(&t, client, out, err);
}

int main(int argc, char **argv)
{
    char *json = read_file("tests/suprsend/diff_bulk_workflows.json");
    cJSON *doc = json != NULL ? cJSON_Parse(json) : NULL;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(doc, "inputs");
    const char *key = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(f, "workspace_key"));
    const char *secret = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(f, "workspace_secret"));
    const cJSON *count = cJSON_GetObjectItemCaseSensitive(f, "workflows");
    if (argc != 2 || key == NULL || secret == NULL || !cJSON_IsNumber(count) || count->valueint < 1) {
        fprintf(stderr, "usage: diff_bulk_workflows BASE_URL (from the repository's root)\n");
        cJSON_Delete(doc);
        free(json);
        return 2;
    }
    size_t n = (size_t)count->valueint;
    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = argv[1];
    suprsend_workspace_signer *signer = NULL;
    suprsend_client *client = NULL;
    suprsend_error err = {0};
    char **bodies = calloc(n, sizeof *bodies);
    int rc = bodies != NULL ? suprsend_use_workspace_signature(&cfg, key, secret, &signer, &err) : APIC_E_NOMEM;
    if (rc == 0) rc = suprsend_client_new(&cfg, &client, &err);
    for (size_t i = 0; rc == 0 && i < n; i++) rc = body_of((int)i, client, &bodies[i], &err);
    apic_bulk_report rep = {0};
    if (rc == 0) rc = suprsend_bulk_trigger_workflows(client, (const char *const *)bodies, n, &rep, &err);
    if (rc != 0) {
        fprintf(stderr, "diff_bulk_workflows: %s\n", err.message);
    } else if (rep.overall != APIC_BULK_SUCCESS) {
        fprintf(stderr, "diff_bulk_workflows: %s: %s\n", suprsend_bulk_status(&rep), err.message);
        rc = 1;
    }
    apic_bulk_report_clear(&rep);
    for (size_t i = 0; bodies != NULL && i < n; i++) free(bodies[i]);
    free(bodies);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    suprsend_workspace_signer_free(signer);
    cJSON_Delete(doc);
    free(json);
    return rc != 0;
}
