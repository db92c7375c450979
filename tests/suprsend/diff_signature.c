/* The C SDK's legacy request signature, suprsend_workspace_signature(), on the fixed inputs of
 * diff_signature.json (Date included): one line per vector, as diff_signature.js prints the
 * vendor's own function's. Sends nothing.
 *   diff_signature BASE_URL */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <suprsend/suprsend.h>

#include "read_file.h"

static const char *text(const cJSON *obj, const char *name)
{
    return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj, name));
}

/* The request URI of a URL: its path and query, as the signature takes it. */
static const char *request_uri(const char *url)
{
    const char *host = strstr(url, "://");
    const char *path = host != NULL ? strchr(host + 3, '/') : NULL;
    return path != NULL ? path : "/";
}

int main(int argc, char **argv)
{
    (void)argv;
    char *json = read_file("tests/suprsend/diff_signature.json");
    cJSON *doc = json != NULL ? cJSON_Parse(json) : NULL;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(doc, "inputs"), *v;
    if (argc != 2 || f == NULL) {
        fprintf(stderr, "usage: diff_signature BASE_URL (from the repository's root)\n");
        return 2;
    }
    int failed = 0;
    cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(f, "vectors"))
    {
        const char *body = text(v, "body");
        char sig[SUPRSEND_SIGNATURE_LEN + 1];
        if (suprsend_workspace_signature(text(f, "workspace_secret"), text(v, "method"), body, strlen(body),
                                         text(v, "content_type"), text(v, "date"), request_uri(text(v, "url")), sig) != 0) {
            failed = 1;
            continue;
        }
        printf("%s %s: %s\n", text(v, "method"), text(v, "url"), sig);
    }
    cJSON_Delete(doc);
    free(json);
    return failed;
}
