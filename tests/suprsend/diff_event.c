/* The C SDK tracking an event with a file attached (suprsend_track(), POST /event/), signed with
 * the workspace key and secret, as diff_event.js does with the vendor's Node SDK. Inputs:
 * diff_event.json.
 *   diff_event BASE_URL        (SUPRSEND_DIFF_FILES: the folder of the files) */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>

#include <suprsend/suprsend.h>

#include "read_file.h"

static const char *text(const cJSON *obj, const char *name)
{
    return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj, name));
}

int main(int argc, char **argv)
{
    const char *files = getenv("SUPRSEND_DIFF_FILES");
    char *json = read_file("tests/suprsend/diff_event.json");
    cJSON *doc = json != NULL ? cJSON_Parse(json) : NULL;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(doc, "inputs");
    if (argc != 2 || files == NULL || f == NULL) {
        fprintf(stderr, "usage: SUPRSEND_DIFF_FILES=dir diff_event BASE_URL (from the repository's root)\n");
        return 2;
    }
    char *properties = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(f, "properties"));
    char path[512];
    const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(f, "attachments"), 0);
    snprintf(path, sizeof path, "%s/%s", files, text(first, "file") != NULL ? text(first, "file") : "");
    suprsend_attachment file = {path, NULL, false};

    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = argv[1];
    suprsend_workspace_signer *signer = NULL;
    suprsend_client *client = NULL;
    suprsend_error err = {0};
    int rc = suprsend_use_workspace_signature(&cfg, text(f, "workspace_key"), text(f, "workspace_secret"), &signer, &err);
    if (rc == 0) rc = suprsend_client_new(&cfg, &client, &err);
    suprsend_event e = {0};
    e.distinct_id = text(f, "distinct_id");
    e.event = text(f, "event");
    e.properties = properties;
    e.idempotency_key = text(f, "idempotency_key");
    e.tenant_id = text(f, "tenant_id");
    e.workspace_key = text(f, "workspace_key"); /* sent as env, as the vendor's SDK does */
    e.attachments = &file;
    e.n_attachments = 1;
    if (rc == 0) rc = suprsend_track(client, &e, &err);
    if (rc != 0) fprintf(stderr, "diff_event: %s\n", err.message);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    suprsend_workspace_signer_free(signer);
    free(properties);
    cJSON_Delete(doc);
    free(json);
    return rc != 0;
}
