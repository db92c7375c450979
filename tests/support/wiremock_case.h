/* WireMock cases for the fault tests (blocking and asynchronous): a case is a URL /case/<name>
 * whose stubs form a scenario, and whose requests the journal lists with their times and
 * idempotency keys. */
#ifndef TESTS_WIREMOCK_CASE_H
#define TESTS_WIREMOCK_CASE_H

#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>

#include "wiremock.h"

/* Registers the two states of a case: `first` for the first `times` requests, then `then`. */
static inline void stub_case(const char *name, const char *first, int times, const char *then)
{
    char json[2048];
    const char *states[] = {"Started", "s1", "s2", "s3", "s4"};
    for (int i = 0; i < times; i++) {
        snprintf(json, sizeof json,
                 "{\"scenarioName\":\"%s\",\"requiredScenarioState\":\"%s\",\"newScenarioState\":\"%s\","
                 "\"request\":{\"method\":\"POST\",\"url\":\"/case/%s\"},\"response\":%s}",
                 name, states[i], states[i + 1], name, first);
        CU_ASSERT_FATAL(wm_stub(json));
    }
    snprintf(json, sizeof json,
             "{\"scenarioName\":\"%s\",\"requiredScenarioState\":\"%s\",\"request\":{\"method\":\"POST\","
             "\"url\":\"/case/%s\"},\"response\":%s}",
             name, states[times], name, then);
    CU_ASSERT_FATAL(wm_stub(json));
}

typedef struct journal {
    int n;
    double at_ms[16];
    char keys[16][64];
} journal;

/* The requests WireMock received for a case, oldest first. */
static inline journal journal_of(const char *name)
{
    journal j = {0, {0}, {{0}}};
    char pattern[256];
    snprintf(pattern, sizeof pattern, "{\"method\":\"POST\",\"url\":\"/case/%s\"}", name);
    wm_reply r = {0, NULL, 0};
    CU_ASSERT_EQUAL(wm_admin("POST", "/requests/find", pattern, &r), 200);
    cJSON *doc = cJSON_Parse(r.body);
    const cJSON *req;
    cJSON_ArrayForEach(req, cJSON_GetObjectItem(doc, "requests"))
    {
        if (j.n == 16) break;
        j.at_ms[j.n] = cJSON_GetNumberValue(cJSON_GetObjectItem(req, "loggedDate"));
        const char *key = cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(req, "headers"), "Idempotency-Key"));
        snprintf(j.keys[j.n], sizeof j.keys[0], "%s", key != NULL ? key : "");
        j.n++;
    }
    cJSON_Delete(doc);
    free(r.body);
    /* requests/find answers newest first in some versions: order by time. */
    for (int a = 0; a < j.n; a++) {
        for (int b = a + 1; b < j.n; b++) {
            if (j.at_ms[b] < j.at_ms[a]) {
                double t = j.at_ms[a];
                j.at_ms[a] = j.at_ms[b];
                j.at_ms[b] = t;
                char k[64];
                memcpy(k, j.keys[a], sizeof k);
                memcpy(j.keys[a], j.keys[b], sizeof k);
                memcpy(j.keys[b], k, sizeof k);
            }
        }
    }
    return j;
}

#endif
