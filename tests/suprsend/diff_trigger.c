/* The C SDK triggering a workflow with two files and a link attached (suprsend_trigger(), POST
 * /trigger/), signed with the workspace key and secret, as diff_trigger.js does with the vendor's
 * Node SDK. Inputs: diff_trigger.json.
 *   diff_trigger BASE_URL        (SUPRSEND_DIFF_FILES: the folder of the files) */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>

#include <suprsend/suprsend.h>

#include "read_file.h"

#define MAX_ATTACHMENTS 8

static const char *text(const cJSON *obj, const char *name)
{
    return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj, name));
}

int main(int argc, char **argv)
{
    const char *files = getenv("SUPRSEND_DIFF_FILES");
    char *json = read_file("tests/suprsend/diff_trigger.json");
    cJSON *doc = json != NULL ? cJSON_Parse(json) : NULL;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(doc, "inputs");
    if (argc != 2 || files == NULL || f == NULL) {
        fprintf(stderr, "usage: SUPRSEND_DIFF_FILES=dir diff_trigger BASE_URL (from the repository's root)\n");
        return 2;
    }
    char *recipients = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(f, "recipients"));
    char *actor = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(f, "actor"));
    char *data = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(f, "data"));
    suprsend_attachment list[MAX_ATTACHMENTS];
    char paths[MAX_ATTACHMENTS][512];
    size_t n = 0;
    const cJSON *a;
    cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(f, "attachments"))
    {
        if (n == MAX_ATTACHMENTS) break;
        snprintf(paths[n], sizeof paths[n], "%s/%s", files, text(a, "file") != NULL ? text(a, "file") : "");
        list[n].path = text(a, "url") != NULL ? text(a, "url") : paths[n];
        list[n].file_name = text(a, "file_name");
        list[n].ignore_if_error = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "ignore_if_error"));
        n++;
    }

    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = argv[1];
    suprsend_workspace_signer *signer = NULL;
    suprsend_client *client = NULL;
    suprsend_error err = {0};
    int rc = suprsend_use_workspace_signature(&cfg, text(f, "workspace_key"), text(f, "workspace_secret"), &signer, &err);
    if (rc == 0) rc = suprsend_client_new(&cfg, &client, &err);
    suprsend_workflow_trigger t = {0};
    t.workflow = text(f, "workflow");
    t.recipients_json = recipients;
    t.actor_json = actor;
    t.data = data;
    t.idempotency_key = text(f, "idempotency_key");
    t.tenant_id = text(f, "tenant_id");
    t.attachments = list;
    t.n_attachments = n;
    if (rc == 0) rc = suprsend_trigger(client, &t, NULL, &err);
    if (rc != 0) fprintf(stderr, "diff_trigger: %s\n", err.message);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    suprsend_workspace_signer_free(signer);
    free(recipients);
    free(actor);
    free(data);
    cJSON_Delete(doc);
    free(json);
    return rc != 0;
}
