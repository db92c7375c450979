/* The dead-letter sink and its replay, with a transport that answers a fixed status and
 * records idempotency keys. Files live in a fresh temporary folder. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"

static char dir[64];
static char path[128];

/* --- the transport ------------------------------------------------------------------------------ */

static struct {
    int status; /* what every attempt gets */
    int calls;
    char keys[64][64];
    char urls[64][256];
} T;

static int answer(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)err;
    int i = T.calls++ % 64;
    snprintf(T.urls[i], sizeof T.urls[i], "%s", req->url);
    T.keys[i][0] = '\0';
    for (size_t h = 0; h < req->n_headers; h++) {
        if (strcmp(req->headers[h].name, "Idempotency-Key") == 0) snprintf(T.keys[i], sizeof T.keys[i], "%s", req->headers[h].value);
    }
    res->status = T.status;
    return apic_buf_puts(&res->body, T.status < 300 ? "{\"id\":\"r\"}" : "{\"message\":\"failed\"}");
}

/* --- a one-type registry ------------------------------------------------------------------------ */

typedef struct ping_data {
    char *note;
} ping_data;

static const apic_field ping_fields[] = {{"note", 4, APIC_F_REQUIRED, offsetof(ping_data, note), -1, -1, &apic_type_string}};
static const apic_struct_desc ping_desc = {"PingData", sizeof(ping_data), ping_fields, 1, -1, -1, NULL};
static const apic_type ping_type = {APIC_OBJECT, APIC_FMT_NONE, &ping_desc, NULL, NULL};
static const apic_security_scheme key_query = {"key", APIC_AUTH_API_KEY, APIC_IN_QUERY, "api_key", NULL};
static const apic_security_scheme *const key_only[] = {&key_query};
static const apic_security_req needs_key[] = {{key_only, 1}};
static const apic_operation ingest = {"t_ingest", "POST", "/events", NULL, NULL, &apic_type_any, "application/json", true,
                                      NULL, 0, needs_key, 1, APIC_BODY_JSON, NULL};
static const apic_event_def defs[] = {{"ping.sent", 1, 0, NULL, &ping_type}};
static const unsigned short by_name[] = {0};
static const apic_event_registry reg = {defs, 1, by_name, 0, "X-Source", &ingest, NULL, 0};
static const apic_operation get_op = {"t_get", "GET", "/things", NULL, NULL, NULL, NULL, false, NULL, 0, needs_key, 1,
                                      APIC_BODY_JSON, NULL};

static int callback_calls;
static char callback_kind[16];

static int remember(void *ctx, const apic_dead_letter_record *r)
{
    (void)ctx;
    callback_calls++;
    snprintf(callback_kind, sizeof callback_kind, "%s", r->kind);
    return 0;
}

static apic_client *client_for(const apic_dead_letter *dl)
{
    apic_transport t = {answer, NULL, NULL};
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    cfg.api_key = "SECRET-KEY";
    cfg.transport = &t;
    cfg.events_endpoint = "/events";
    cfg.retry = (apic_retry_policy){2, 1, 2, 0, 0}; /* 3 attempts, ms waits */
    cfg.dead_letter = dl;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\n%s\n", err.message);
    apic_error_clear(&err);
    return c;
}

static char *slurp(const char *p)
{
    FILE *f = fopen(p, "rb");
    if (f == NULL) return NULL;
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

static int count_lines(const char *p)
{
    const char *t = slurp(p);
    int n = 0;
    for (; t != NULL && *t != '\0'; t++) n += *t == '\n';
    return n;
}

static int send_ping(apic_client *c, const char *note, apic_error *err)
{
    ping_data d = {(char *)note};
    return apic_event_send(c, &reg, 1, NULL, &d, NULL, NULL, err);
}

static int suite_init(void)
{
    snprintf(dir, sizeof dir, "/tmp/apic-dl-XXXXXX");
    if (mkdtemp(dir) == NULL) return 1;
    snprintf(path, sizeof path, "%s/dead.jsonl", dir);
    return 0;
}

static int suite_clean(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : 1;
}

static void reset(int status)
{
    memset(&T, 0, sizeof T);
    T.status = status;
    unlink(path);
}

/* --- tests ------------------------------------------------------------------------------------------ */

static void test_event_failing_for_good_is_recorded(void)
{
    reset(500);
    apic_dead_letter dl = {path, true, 0, 0, NULL, NULL, false};
    apic_client *c = client_for(&dl);
    apic_error err = {0};
    CU_ASSERT_EQUAL(send_ping(c, "first", &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(T.calls, 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "(after 3 attempts); dead-lettered"));
    struct stat st;
    CU_ASSERT_EQUAL_FATAL(stat(path, &st), 0);
    CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);
    CU_ASSERT_EQUAL(count_lines(path), 1);
    cJSON *rec = cJSON_Parse(slurp(path));
    CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItem(rec, "kind")), "event");
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItem(rec, "operation")), "t_ingest");
    CU_ASSERT_EQUAL(cJSON_GetNumberValue(cJSON_GetObjectItem(rec, "attempts")), 3);
    CU_ASSERT_EQUAL(cJSON_GetNumberValue(cJSON_GetObjectItem(rec, "http_status")), 500);
    /* The key of every attempt is the event's id, and the record keeps it. */
    const cJSON *body = cJSON_GetObjectItem(rec, "body");
    const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(body, "id"));
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItem(rec, "idempotency_key")), id);
    CU_ASSERT_STRING_EQUAL(T.keys[0], id);
    CU_ASSERT_STRING_EQUAL(T.keys[2], id);
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(body, "data"), "note")), "first");
    /* The API key went in the query of every attempt, and never into the file. */
    CU_ASSERT_PTR_NOT_NULL(strstr(T.urls[0], "api_key=SECRET-KEY"));
    CU_ASSERT_PTR_NULL(strstr(slurp(path), "SECRET-KEY"));
    CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(cJSON_GetObjectItem(rec, "url")), "http://h/events");
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_DATE_TIME, cJSON_GetStringValue(cJSON_GetObjectItem(rec, "failed_at"))));
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_DATE_TIME, cJSON_GetStringValue(cJSON_GetObjectItem(rec, "first_attempt_at"))));
    cJSON_Delete(rec);

    /* Not retried (400): recorded after one attempt. Refused before sending: not recorded. */
    reset(400);
    CU_ASSERT_EQUAL(send_ping(c, "second", &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(T.calls, 1);
    CU_ASSERT_EQUAL(count_lines(path), 1);
    CU_ASSERT_EQUAL(send_ping(c, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(T.calls, 1);
    CU_ASSERT_EQUAL(count_lines(path), 1);
    /* Other requests only with all_requests. */
    reset(503);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_HTTP);
    CU_ASSERT_NOT_EQUAL(access(path, F_OK), 0); /* reset() removed the file; nothing wrote it again */
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_all_requests_and_callback(void)
{
    reset(503);
    callback_calls = 0;
    apic_dead_letter dl = {NULL, false, 0, 0, remember, NULL, true};
    apic_client *c = client_for(&dl);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, NULL), APIC_E_HTTP);
    CU_ASSERT_EQUAL(callback_calls, 1);
    CU_ASSERT_STRING_EQUAL(callback_kind, "request");
    CU_ASSERT_EQUAL(send_ping(c, "x", NULL), APIC_E_HTTP);
    CU_ASSERT_EQUAL(callback_calls, 2);
    CU_ASSERT_STRING_EQUAL(callback_kind, "event");
    apic_client_free(c);
}

static void test_rotation(void)
{
    reset(500);
    apic_dead_letter dl = {path, false, 900, 2, NULL, NULL, false};
    apic_client *c = client_for(&dl);
    for (int i = 0; i < 6; i++) CU_ASSERT_EQUAL(send_ping(c, "a note of some length to fill the file", NULL), APIC_E_HTTP);
    char one[160], two[160], three[160];
    snprintf(one, sizeof one, "%s.1", path);
    snprintf(two, sizeof two, "%s.2", path);
    snprintf(three, sizeof three, "%s.3", path);
    struct stat st;
    CU_ASSERT_EQUAL(stat(path, &st), 0);
    CU_ASSERT(st.st_size <= 900);
    CU_ASSERT_EQUAL(access(one, F_OK), 0);
    CU_ASSERT_EQUAL(access(two, F_OK), 0);
    CU_ASSERT_NOT_EQUAL(access(three, F_OK), 0); /* max_files = 2 */
    CU_ASSERT_EQUAL(stat(one, &st), 0);
    CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);
    unlink(one);
    unlink(two);
    apic_client_free(c);
}

static void test_replay_delivers_and_keeps_the_rest(void)
{
    reset(500);
    apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, false};
    apic_client *c = client_for(&dl);
    for (int i = 0; i < 3; i++) CU_ASSERT_EQUAL(send_ping(c, "replay me", NULL), APIC_E_HTTP);
    /* A crash in the middle of a write left half a record at the end. */
    FILE *f = fopen(path, "ab");
    fputs("{\"kind\":\"event\",\"operation\":\"t_ing", f);
    fclose(f);
    /* A record written after it starts on a line of its own. */
    CU_ASSERT_EQUAL(send_ping(c, "after the crash", NULL), APIC_E_HTTP);
    CU_ASSERT_EQUAL(count_lines(path), 5);
    cJSON *first = cJSON_Parse(slurp(path));
    char key[64];
    snprintf(key, sizeof key, "%s", cJSON_GetStringValue(cJSON_GetObjectItem(first, "idempotency_key")));
    cJSON_Delete(first);
    /* A torn last line again, this time with nothing after it. */
    f = fopen(path, "ab");
    fputs("{\"kind\":\"ev", f);
    fclose(f);

    /* The server is back: four records delivered, with their keys; the torn ends dropped or kept. */
    T.status = 202;
    T.calls = 0;
    apic_replay_report rep;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_dead_letter_replay(c, &reg, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.read, 4);
    CU_ASSERT_EQUAL(rep.delivered, 4);
    CU_ASSERT_EQUAL(rep.kept, 0);
    CU_ASSERT_EQUAL(rep.torn, 1);
    CU_ASSERT_EQUAL(rep.unreadable, 1); /* the first half record, ended by the next write: kept as it was */
    CU_ASSERT_EQUAL(T.calls, 4);
    CU_ASSERT_STRING_EQUAL(T.keys[0], key);
    CU_ASSERT_EQUAL(count_lines(path), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(slurp(path), "\"operation\":\"t_ing\n"));
    struct stat st;
    CU_ASSERT_EQUAL(stat(path, &st), 0);
    CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);

    /* Still failing: the record stays, unchanged. */
    reset(500);
    CU_ASSERT_EQUAL(send_ping(c, "still failing", NULL), APIC_E_HTTP);
    static char before[1 << 16];
    memcpy(before, slurp(path), sizeof before);
    CU_ASSERT_EQUAL(apic_dead_letter_replay(c, &reg, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, 0);
    CU_ASSERT_EQUAL(rep.kept, 1);
    CU_ASSERT_STRING_EQUAL(slurp(path), before); /* and the replay did not dead-letter it again */
    CU_ASSERT_NOT_EQUAL(apic_dead_letter_replay(c, &reg, "/nonexistent/dead.jsonl", &rep, &err), 0);
    apic_error_clear(&err);
    apic_client_free(c);
}

static void test_bad_sink_config(void)
{
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    apic_dead_letter nowhere = {NULL, false, 0, 0, NULL, NULL, false};
    apic_dead_letter unwritable = {"/nonexistent/dir/dead.jsonl", false, 0, 0, NULL, NULL, false};
    apic_client *c = NULL;
    apic_error err = {0};
    cfg.dead_letter = &nowhere;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.dead_letter: needs a path, a callback or both"));
    cfg.dead_letter = &unwritable;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.dead_letter.path: cannot open '/nonexistent/dir/dead.jsonl'"));
    CU_ASSERT_PTR_NULL(c);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"an event failing for good is recorded, key and body exact, no secret", test_event_failing_for_good_is_recorded},
        {"all_requests and the callback sink", test_all_requests_and_callback},
        {"rotation by size, mode 0600, max_files", test_rotation},
        {"replay: delivered removed, torn line skipped, failures kept", test_replay_delivers_and_keeps_the_rest},
        {"bad sink configuration names the key", test_bad_sink_config},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"dead letters", suite_init, suite_clean, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
