/* 10,000 events through a server that answers 10% of requests with 503 and resets 2% of
 * connections (tests/servers/fault_server.py): none may be lost. Every event ends delivered
 * or dead-lettered; a replay of the dead-letter file, with the faults off, delivers the rest;
 * the server then holds all 10,000 ids. An id accepted twice can only come from a retry after
 * a lost answer: those are counted and must match the resets after acceptance. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <esauti/esauti.h>

#include "cunit_run.h"
#include "read_file.h"

enum { EVENTS = 10000 };

static size_t collect(char *data, size_t size, size_t n, void *userp)
{
    return apic_buf_append((apic_buf *)userp, data, size * n) == 0 ? size * n : 0;
}

/* GET or POST to the fault server; returns its JSON answer (cJSON_Delete it) or NULL. */
static cJSON *fault_server(const char *path, const char *post)
{
    char url[256];
    snprintf(url, sizeof url, "%s%s", getenv("FAULT_SERVER_URL"), path);
    apic_buf body = {0};
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    if (post != NULL) curl_easy_setopt(h, CURLOPT_POSTFIELDS, post);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    cJSON *doc = rc == CURLE_OK && body.data != NULL ? cJSON_Parse(body.data) : NULL;
    apic_buf_free(&body);
    return doc;
}

static long stat_of(const cJSON *stats, const char *key)
{
    return (long)cJSON_GetNumberValue(cJSON_GetObjectItem(stats, key));
}

static int lines_in(const char *path)
{
    FILE *f = fopen(path, "r");
    int n = 0, c;
    while (f != NULL && (c = fgetc(f)) != EOF) n += c == '\n';
    if (f != NULL) fclose(f);
    return n;
}

/* Copies the dead-letter file to $APIC_TEST_KEEP_DEAD_LETTERS when it is set. */
static void keep_a_copy(const char *path)
{
    const char *to = getenv("APIC_TEST_KEEP_DEAD_LETTERS");
    if (to == NULL) return;
    char *text = read_file(path);
    FILE *f = fopen(to, "wb");
    CU_ASSERT_PTR_NOT_NULL(text);
    CU_ASSERT_PTR_NOT_NULL(f);
    if (text != NULL && f != NULL) CU_ASSERT_EQUAL(fwrite(text, 1, strlen(text), f), strlen(text));
    if (f != NULL) CU_ASSERT_EQUAL(fclose(f), 0);
    free(text);
}

static void test_ten_thousand_events_none_lost(void)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(getenv("FAULT_SERVER_URL"));
    char dead[96];
    snprintf(dead, sizeof dead, "build/load-dead-letters-%d.jsonl", (int)getpid());
    unlink(dead);
    apic_dead_letter dl = {dead, false, 0, 0, NULL, NULL, false};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = getenv("FAULT_SERVER_URL");
    cfg.token = "load-token";
    cfg.timeout_ms = 5000;
    cfg.retry = (apic_retry_policy){2, 2, 8, 0, 0}; /* 3 attempts, waits of a few ms */
    cfg.dead_letter = &dl;
    esauti_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(esauti_client_new(&cfg, &c, NULL), 0);

    esauti_customer_created_data d = {0};
    d.created_at = "2026-03-14T09:26:53Z";
    d.source.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_API;
    long delivered = 0, dead_lettered = 0, retried = 0, other = 0;
    for (int i = 0; i < EVENTS; i++) {
        char customer[32];
        snprintf(customer, sizeof customer, "cus_%05d", i);
        d.customer_id = customer;
        esauti_event_identity who = {.customer_id = customer};
        esauti_error err = {0};
        int rc = esauti_events_send_customer_created(c, &who, &d, NULL, NULL, &err);
        retried += err.attempts > 1 ? err.attempts - 1 : 0;
        if (rc == 0) delivered++;
        else if (strstr(err.message, "; dead-lettered") != NULL) dead_lettered++;
        else other++;
        esauti_error_clear(&err);
    }
    CU_ASSERT_EQUAL(other, 0); /* every failure went to the dead-letter file */
    CU_ASSERT_EQUAL(lines_in(dead), dead_lettered);
    keep_a_copy(dead); /* for the command-line tool's test (tests/install/cli.sh) */

    cJSON *stats = fault_server("/stats", NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(stats);
    long unique_before = stat_of(stats, "unique");
    long resets = stat_of(stats, "resets_before") + stat_of(stats, "resets_after");
    long served_503 = stat_of(stats, "served_503");
    cJSON_Delete(stats);

    /* The faults stop; the dead letters are sent again. */
    cJSON_Delete(fault_server("/faults", "{\"enabled\":false}"));
    apic_replay_report rep;
    esauti_error err = {0};
    CU_ASSERT_EQUAL(esauti_dead_letter_replay(c, dead, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, (size_t)dead_lettered);
    CU_ASSERT_EQUAL(rep.kept, 0);
    CU_ASSERT_EQUAL(lines_in(dead), 0);

    stats = fault_server("/stats", NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(stats);
    long unique = stat_of(stats, "unique"), duplicates = stat_of(stats, "duplicates");
    long resets_after = stat_of(stats, "resets_after");
    cJSON_Delete(stats);
    long lost = EVENTS - unique;
    printf("\n  books: sent %d, delivered %ld, retried %ld (503s %ld, resets %ld), dead-lettered %ld, replayed %zu, "
           "lost %ld; ids accepted twice %ld (answers lost to a reset: %ld)\n",
           EVENTS, delivered, retried, served_503, resets, dead_lettered, rep.delivered, lost, duplicates, resets_after);
    CU_ASSERT_EQUAL(delivered + dead_lettered, EVENTS);
    CU_ASSERT(unique_before >= delivered);
    CU_ASSERT_EQUAL(lost, 0);
    /* A second acceptance only ever follows an answer lost to a reset (and a dead letter whose
     * last attempt was such a loss is accepted again by its replay). */
    CU_ASSERT(duplicates <= resets_after);
    CU_ASSERT(served_503 > EVENTS / 20 && resets > EVENTS / 100); /* the faults did happen */
    esauti_error_clear(&err);
    esauti_client_free(c);
    unlink(dead);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"10,000 events, 10% 503 and 2% resets: none lost", test_ten_thousand_events_none_lost},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"load under faults", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
