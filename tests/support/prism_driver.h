/* Calls every operation of a generated SDK against Prism (which validates each request against
 * the spec and answers 422 when one breaks it). Parameters and bodies come from the sample
 * requests the generator writes with --samples, decoded by the runtime codec into the
 * operation's own C types, so this exercises parameter encoding, body encoding, auth and
 * response decoding of every operation.
 *
 * Include after defining SDK_OPERATIONS, SDK_OPERATION_COUNT, SDK_NAME (a string) and
 * SDK_PRISM_ENV (the environment variable holding Prism's URL); SDK_PRISM_HMAC_SECRET (a string),
 * when defined, is the client's hmac_secret (for the API's signing schemes: HMAC, Pusher);
 * SDK_PRISM_EVERY_OPERATION, when defined, requires every operation to be called (none skipped)
 * and every example the spec answers with to fit its schema (an overlay fixed the spec);
 * SDK_PRISM_LOG_VERDICT, when defined, leaves HTTP error answers to the script reading Prism's log. */
#ifndef TESTS_PRISM_DRIVER_H
#define TESTS_PRISM_DRIVER_H

#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <apic/apic.h>

#include "read_file.h"

/* Decodes JSON (a cJSON node) into a new zeroed slot of type t. */
static void *driver_decode(const apic_type *t, const cJSON *json, const char *what, const char *op)
{
    char *text = cJSON_PrintUnformatted(json);
    void *slot = calloc(1, apic_type_size(t));
    apic_error err = {0};
    int rc = apic_json_decode(t, text, strlen(text), slot, &err);
    if (rc != 0) {
        fprintf(stderr, "%s: sample %s does not decode: %s\n", op, what, err.message);
        CU_FAIL("sample does not decode into its C type");
        free(slot);
        slot = NULL;
    }
    apic_error_clear(&err);
    cJSON_free(text);
    return slot;
}

static const apic_type *driver_result_type(const apic_operation *op)
{
    for (size_t i = 0; i < op->n_responses; i++)
        if (op->responses[i].type != NULL) return op->responses[i].type;
    return NULL;
}

/* Prism validates the request first; a 500 whose violations are all in the *response* it made
 * up (or that it could not make one: SCHEMA_TOO_COMPLEX) means the request itself passed. */
static bool driver_request_passed(const apic_error *err)
{
    if (err->http_status != 500 || err->body == NULL) return false;
    cJSON *doc = cJSON_Parse(err->body);
    const char *type = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(doc, "type"));
    bool passed = type != NULL && strstr(type, "SCHEMA_TOO_COMPLEX") != NULL;
    if (type != NULL && strstr(type, "VIOLATIONS") != NULL) {
        passed = true;
        const cJSON *v;
        cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(doc, "validation"))
        {
            const char *where = cJSON_GetStringValue(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(v, "location"), 0));
            if (where == NULL || strcmp(where, "response") != 0) passed = false;
        }
    }
    cJSON_Delete(doc);
    return passed;
}

/* Prism (5.x) reads a form body's repeated keys as one value, not as the array OpenAPI's form
 * style makes of them (stoplightio/prism#2473): a 422 whose every violation is a form body's
 * array member "must be array" says nothing about the request, which sends the array as
 * OpenAPI and the API (Twilio's) say. */
static bool driver_form_arrays_unread(const apic_operation *op, const apic_error *err)
{
    if (err->http_status != 422 || err->body == NULL || op->body_kind != APIC_BODY_FORM) return false;
    cJSON *doc = cJSON_Parse(err->body);
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc, "validation"), *v;
    bool unread = cJSON_GetArraySize(list) > 0;
    cJSON_ArrayForEach(v, list)
    {
        const char *where = cJSON_GetStringValue(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(v, "location"), 0));
        const char *msg = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(v, "message"));
        if (where == NULL || strcmp(where, "body") != 0 || msg == NULL || strstr(msg, "must be array") == NULL) unread = false;
    }
    cJSON_Delete(doc);
    return unread;
}

/* Prism answers a valid request with a response the spec documents, and never makes up a
 * redirect: a 3xx (Twilio's documented 307 to a download) means the request passed. The SDK
 * reports it as APIC_E_HTTP with the body in err->body, as it does every answer outside 2xx. */
static bool driver_documented_answer(const apic_error *err)
{
    return err->kind == APIC_E_HTTP && err->http_status >= 300 && err->http_status < 400;
}

/* With SDK_PRISM_LOG_VERDICT, the script running this program reads Prism's log, which says of
 * every request whether it passed validation (tests/swagger2/run.sh): an HTTP error answer is
 * left to it, since Prism answers even a valid request with an error when that is all the
 * document lists for the operation (the Swagger 2.0 petstore's addPet: 405 only). */
static bool driver_left_to_log(const apic_error *err)
{
#ifdef SDK_PRISM_LOG_VERDICT
    return err->kind == APIC_E_HTTP;
#else
    (void)err;
    return false;
#endif
}

static void test_every_operation_against_prism(void)
{
    const char *url = getenv(SDK_PRISM_ENV);
    CU_ASSERT_PTR_NOT_NULL_FATAL(url);
    char path[256];
    const char *given = getenv("SAMPLES"); /* tests/public/prism.sh points it at another SDK's */
    snprintf(path, sizeof path, "%s", given != NULL ? given : "build/samples/" SDK_NAME ".json");
    char *text = read_file(path);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    cJSON *samples = cJSON_Parse(text);
    free(text);
    CU_ASSERT_PTR_NOT_NULL_FATAL(samples);

    apic_config cfg = APIC_CONFIG_INIT(url);
    cfg.token = "prism-token";
    cfg.api_key = "prism-key";
    cfg.username = "prism";
    cfg.password = "secret";
#ifdef SDK_PRISM_HMAC_SECRET
    cfg.hmac_secret = SDK_PRISM_HMAC_SECRET;
#endif
    cfg.retry.max_retries = APIC_NO_RETRY; /* Prism answers the same every time */
    /* Operations with a server of their own (SuprSend's management API) go to Prism too: a test
     * sends nothing anywhere else. */
    const apic_server_url here[] = {{"*", url}};
    cfg.servers = here;
    cfg.n_servers = 1;
    apic_client *client = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &client, &err), 0);

    size_t passed = 0, mock_failed = 0, bad_example = 0, skipped = 0, form_arrays = 0, documented = 0, left_to_log = 0;
    for (size_t i = 0; i < SDK_OPERATION_COUNT; i++) {
        const apic_operation *op = SDK_OPERATIONS[i];
        const cJSON *sample = cJSON_GetObjectItemCaseSensitive(samples, op->name);
        CU_ASSERT_PTR_NOT_NULL(sample);
        if (sample == NULL) continue;
        const char *skip = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(sample, "skip"));
        if (skip != NULL) { /* the generator says why the request cannot be valid */
            skipped++;
            continue;
        }
        apic_type params_type = {APIC_OBJECT, APIC_FMT_NONE, op->params, NULL, NULL};
        void *params = op->params ? driver_decode(&params_type, cJSON_GetObjectItemCaseSensitive(sample, "params"), "params", op->name) : NULL;
        const cJSON *body_json = cJSON_GetObjectItemCaseSensitive(sample, "body");
        void *body = (op->body && body_json) ? driver_decode(op->body, body_json, "body", op->name) : NULL;
        void *out = NULL;
        int rc = apic_call(client, op, params, body, &out, &err);
        if (rc != 0 && driver_request_passed(&err)) {
            mock_failed++; /* the request was valid; Prism's own made-up response was not */
            rc = 0;
        } else if (rc != 0 && driver_form_arrays_unread(op, &err)) {
            form_arrays++;
            rc = 0;
        } else if (rc != 0 && driver_documented_answer(&err)) {
            documented++;
            rc = 0;
        } else if (rc != 0 && driver_left_to_log(&err)) {
            printf("%s %s %s: HTTP %d, left to Prism's log\n", op->name, op->method, op->path, err.http_status);
            left_to_log++;
            rc = 0;
        } else if (rc == APIC_E_DECODE && err.http_status >= 200 && err.http_status < 300) {
            /* Prism accepted the request and answered with the spec's own example, which breaks
             * the spec's schema (SuprSend's template id: "166277" for an integer). Shown, counted. */
            fprintf(stderr, "%s: the spec's example response breaks its schema: %s\n", op->name, err.message);
            bad_example++;
            rc = 0;
        }
        if (rc != 0) {
            fprintf(stderr, "%s %s %s: %s\n  HTTP %d: %.600s\n", op->name, op->method, op->path, err.message,
                    err.http_status, err.body ? err.body : "");
        } else {
            passed++;
        }
        CU_ASSERT_EQUAL(rc, 0);
        const apic_type *rt = driver_result_type(op);
        if (out != NULL && rt != NULL) {
            if (rt->kind == APIC_STRING || rt->kind == APIC_ANY) free(out);
            else apic_value_free(rt, out);
        }
        if (params) { apic_value_clear(&params_type, params); free(params); }
        if (body) { apic_value_clear(op->body, body); free(body); }
        apic_error_clear(&err);
    }
    printf("\n%s: %zu of %zu operations accepted by Prism (for %zu, Prism's made-up response broke the spec; for %zu, "
           "the spec's example response did; %zu answered with the spec's redirect; for %zu, Prism read a form body's "
           "repeated keys as one value, stoplightio/prism#2473); %zu skipped: their security scheme cannot be sent\n",
           SDK_NAME, passed, (size_t)SDK_OPERATION_COUNT, mock_failed, bad_example, documented, form_arrays, skipped);
    CU_ASSERT_EQUAL(passed + skipped, SDK_OPERATION_COUNT);
    if (left_to_log > 0)
        printf("%s: %zu of %zu operations answered with an HTTP error; Prism's log says whether their requests "
               "passed\n", SDK_NAME, left_to_log, (size_t)SDK_OPERATION_COUNT);
#ifdef SDK_PRISM_EVERY_OPERATION
    CU_ASSERT_EQUAL(skipped, 0);
    CU_ASSERT_EQUAL(bad_example, 0);
#endif
    CU_ASSERT(passed >= (SDK_OPERATION_COUNT < 20 ? SDK_OPERATION_COUNT : 20));
    apic_client_free(client);
    cJSON_Delete(samples);
}

#endif
