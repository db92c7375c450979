/* The dead-letter sink and its replay, with a transport that answers a fixed status and keeps
 * what it was sent: records of events, multipart and other requests, replayed through the
 * registry or as recorded (re-authenticated by the replaying client), records of the earlier
 * format, writes during a replay, and fork() while threads write. Files live in a fresh
 * temporary folder. */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"

static char dir[64];
static char path[128];

/* --- the transport ------------------------------------------------------------------------------ */

enum { KEPT = 64, BODIES = 8 };

static struct {
    int status; /* what every attempt gets */
    int calls;
    char keys[KEPT][64];
    char urls[KEPT][256];
    char methods[KEPT][8];
    char headers[KEPT][1024]; /* "Name: value\n" each, as sent */
    char bodies[BODIES][1024];
    size_t body_lens[BODIES];
    void (*during)(void); /* runs inside the transport, once, when set */
} T;

/* The value of a header as request i carried it, or NULL. */
static const char *sent_header(int i, const char *name)
{
    static char value[256];
    size_t n = strlen(name);
    for (const char *line = T.headers[i]; line != NULL && *line != '\0';) {
        if (strncmp(line, name, n) == 0 && line[n] == ':') {
            snprintf(value, sizeof value, "%.*s", (int)strcspn(line + n + 2, "\n"), line + n + 2);
            return value;
        }
        line = strchr(line, '\n');
        if (line != NULL) line++;
    }
    return NULL;
}

static int answer(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)err;
    int i = T.calls++ % KEPT;
    snprintf(T.urls[i], sizeof T.urls[i], "%s", req->url);
    snprintf(T.methods[i], sizeof T.methods[i], "%s", req->method);
    T.keys[i][0] = T.headers[i][0] = '\0';
    for (size_t h = 0; h < req->n_headers; h++) {
        if (strcmp(req->headers[h].name, "Idempotency-Key") == 0) snprintf(T.keys[i], sizeof T.keys[i], "%s", req->headers[h].value);
        size_t at = strlen(T.headers[i]);
        snprintf(T.headers[i] + at, sizeof T.headers[i] - at, "%s: %s\n", req->headers[h].name, req->headers[h].value);
    }
    if (i < BODIES) {
        T.body_lens[i] = req->body_len < sizeof T.bodies[i] ? req->body_len : 0;
        if (T.body_lens[i] > 0) memcpy(T.bodies[i], req->body, T.body_lens[i]);
    }
    if (T.during != NULL) {
        void (*during)(void) = T.during;
        T.during = NULL;
        during();
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
static const apic_security_scheme key_query = {"key", APIC_AUTH_API_KEY, APIC_IN_QUERY, "api_key", NULL, NULL};
static const apic_security_scheme *const key_only[] = {&key_query};
static const apic_security_req needs_key[] = {{key_only, 1}};
static const apic_operation ingest = {"t_ingest", "POST", "/events", NULL, NULL, &apic_type_any, "application/json", true,
                                      NULL, 0, needs_key, 1, APIC_BODY_JSON, NULL, NULL};
static const apic_event_def defs[] = {{"ping.sent", 1, 0, NULL, &ping_type}};
static const unsigned short by_name[] = {0};
static const apic_event_registry reg = {defs, 1, by_name, 0, "X-Source", &ingest, NULL, 0};
static const apic_operation get_op = {"t_get", "GET", "/things", NULL, NULL, NULL, NULL, false, NULL, 0, needs_key, 1,
                                      APIC_BODY_JSON, NULL, NULL};

/* A multipart upload with a file part, and a text body under bearer + HMAC or an API key. */
typedef struct upload {
    char *purpose;
    apic_file *file;
} upload;

static const apic_field upload_fields[] = {
    {"purpose", 7, APIC_F_REQUIRED, offsetof(upload, purpose), -1, -1, &apic_type_string},
    {"file", 4, APIC_F_REQUIRED, offsetof(upload, file), -1, -1, &apic_type_file},
};
static const apic_struct_desc upload_desc = {"Upload", sizeof(upload), upload_fields, 2, -1, -1, NULL};
static const apic_type upload_type = {APIC_OBJECT, APIC_FMT_NONE, &upload_desc, NULL, NULL};
static const apic_operation upload_op = {"t_upload", "POST", "/upload", NULL, NULL, &upload_type, "multipart/form-data",
                                         true, NULL, 0, needs_key, 1, APIC_BODY_MULTIPART, NULL, NULL};
static const apic_hmac_scheme sig_how = {"X-Ts", "sha256="};
static const apic_security_scheme bearer = {"bearer", APIC_AUTH_BEARER, APIC_IN_HEADER, NULL, NULL, NULL};
static const apic_security_scheme sig = {"sig", APIC_AUTH_HMAC, APIC_IN_HEADER, "X-Signature", &sig_how, NULL};
static const apic_security_scheme *const bearer_and_sig[] = {&bearer, &sig};
static const apic_security_req token_or_key[] = {{bearer_and_sig, 2}, {key_only, 1}};
static const apic_operation note_op = {"t_note", "POST", "/notes", NULL, NULL, &apic_type_string, "text/plain", true,
                                       NULL, 0, token_or_key, 2, APIC_BODY_TEXT, NULL, NULL};

static int callback_calls;
static char callback_kind[16];

static int remember(void *ctx, const apic_dead_letter_record *r)
{
    (void)ctx;
    callback_calls++;
    snprintf(callback_kind, sizeof callback_kind, "%s", r->kind);
    return 0;
}

static apic_client *client_with(const apic_dead_letter *dl, const char *api_key, const char *token,
                                const char *hmac_secret)
{
    apic_transport t = {answer, NULL, NULL};
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    cfg.api_key = api_key;
    cfg.token = token;
    cfg.hmac_secret = hmac_secret;
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

static apic_client *client_for(const apic_dead_letter *dl)
{
    return client_with(dl, "SECRET-KEY", NULL, NULL);
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

/* The n-th line (0-based) of the file, parsed. */
static cJSON *record_at(int n)
{
    const char *t = slurp(path);
    for (; t != NULL && n > 0; n--) t = strchr(t, '\n') != NULL ? strchr(t, '\n') + 1 : NULL;
    return t != NULL ? cJSON_ParseWithOpts(t, NULL, false) : NULL;
}

static const char *text_of(const cJSON *o, const char *key)
{
    return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, key));
}

static bool contains(const char *hay, size_t n, const void *needle, size_t len)
{
    for (size_t i = 0; i + len <= n; i++) {
        if (memcmp(hay + i, needle, len) == 0) return true;
    }
    return false;
}

static long file_size(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 ? (long)st.st_size : -1;
}

static void test_multipart_record_replayed_as_recorded(void)
{
    reset(503);
    apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, true};
    apic_client *c = client_for(&dl);
    static const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0x00, 0x00, 0xff, 0xfe, 'x'};
    apic_file scan = {.data = png, .len = sizeof png, .filename = "scan.png", .content_type = "image/png"};
    upload body = {"avatar", &scan};
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call(c, &upload_op, NULL, &body, NULL, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(T.calls, 3);
    char content_type[128], key[64];
    snprintf(content_type, sizeof content_type, "%s", sent_header(0, "Content-Type"));
    snprintf(key, sizeof key, "%s", T.keys[0]);
    size_t sent_len = T.body_lens[0];
    static char sent[1024];
    memcpy(sent, T.bodies[0], sent_len);
    CU_ASSERT_PTR_NOT_NULL(strstr(content_type, "multipart/form-data; boundary=apic-"));
    CU_ASSERT_TRUE(contains(sent, sent_len, png, sizeof png));

    /* The record: the Content-Type with its boundary, the bytes in base64, no credential. */
    CU_ASSERT_EQUAL(count_lines(path), 1);
    CU_ASSERT_PTR_NULL(strstr(slurp(path), "SECRET-KEY"));
    cJSON *rec = record_at(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
    CU_ASSERT_EQUAL(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(rec, "format")), APIC_DEAD_LETTER_FORMAT);
    CU_ASSERT_STRING_EQUAL(text_of(rec, "kind"), "request");
    CU_ASSERT_STRING_EQUAL(text_of(rec, "operation"), "t_upload");
    CU_ASSERT_STRING_EQUAL(text_of(rec, "method"), "POST");
    CU_ASSERT_STRING_EQUAL(text_of(rec, "url"), "http://h/api/upload");
    CU_ASSERT_STRING_EQUAL(text_of(rec, "content_type"), content_type);
    CU_ASSERT_STRING_EQUAL(text_of(rec, "idempotency_key"), key);
    CU_ASSERT_PTR_NOT_NULL(text_of(rec, "body_base64"));
    CU_ASSERT_PTR_NULL(cJSON_GetObjectItemCaseSensitive(rec, "body"));
    CU_ASSERT_PTR_NULL(cJSON_GetObjectItemCaseSensitive(rec, "body_text"));
    const cJSON *scheme = cJSON_GetArrayItem(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(rec, "security"), 0), 0);
    CU_ASSERT_STRING_EQUAL(text_of(scheme, "kind"), "apiKey");
    CU_ASSERT_STRING_EQUAL(text_of(scheme, "in"), "query");
    CU_ASSERT_STRING_EQUAL(text_of(scheme, "param"), "api_key");
    cJSON_Delete(rec);

    /* Another client, another key: the same request, authenticated by its key. */
    apic_client *d = client_with(NULL, "NEW-KEY", NULL, NULL);
    T.status = 201;
    T.calls = 0;
    apic_replay_report rep;
    CU_ASSERT_EQUAL(apic_dead_letter_replay(d, NULL, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.read, 1);
    CU_ASSERT_EQUAL(rep.delivered, 1);
    CU_ASSERT_EQUAL(rep.kept, 0);
    CU_ASSERT_EQUAL_FATAL(T.calls, 1);
    CU_ASSERT_STRING_EQUAL(T.methods[0], "POST");
    CU_ASSERT_STRING_EQUAL(T.urls[0], "http://h/api/upload?api_key=NEW-KEY");
    CU_ASSERT_STRING_EQUAL(sent_header(0, "Content-Type"), content_type);
    CU_ASSERT_STRING_EQUAL(T.keys[0], key);
    CU_ASSERT_EQUAL(T.body_lens[0], sent_len);
    CU_ASSERT_EQUAL(memcmp(T.bodies[0], sent, sent_len), 0);
    CU_ASSERT_EQUAL(file_size(path), 0);
    apic_error_clear(&err);
    apic_client_free(d);
    apic_client_free(c);
}

static void test_requests_replayed_as_recorded(void)
{
    reset(503);
    apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, true};
    apic_client *c = client_for(&dl); /* an API key only: the note goes with it */
    const char *note = "line one\nline two: caf\xc3\xa9 \"quoted\"\t";
    apic_header trace = {"X-Trace", "t-1"};
    apic_request_options o = {.headers = &trace, .n_headers = 1};
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_call_with(c, &note_op, NULL, &note, &o, NULL, &err), APIC_E_HTTP);
    char key[64];
    snprintf(key, sizeof key, "%s", T.keys[0]);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(count_lines(path), 2);

    cJSON *rec = record_at(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
    CU_ASSERT_STRING_EQUAL(text_of(rec, "url"), "http://h/api/notes");
    CU_ASSERT_STRING_EQUAL(text_of(rec, "content_type"), "text/plain");
    CU_ASSERT_STRING_EQUAL(text_of(rec, "accept"), "application/json");
    CU_ASSERT_STRING_EQUAL(text_of(rec, "body_text"), note);
    CU_ASSERT_STRING_EQUAL(text_of(rec, "idempotency_key"), key);
    const cJSON *headers = cJSON_GetObjectItemCaseSensitive(rec, "headers");
    CU_ASSERT_EQUAL(cJSON_GetArraySize(headers), 1); /* no User-Agent, key or credential among them */
    CU_ASSERT_STRING_EQUAL(text_of(cJSON_GetArrayItem(headers, 0), "name"), "X-Trace");
    CU_ASSERT_STRING_EQUAL(text_of(cJSON_GetArrayItem(headers, 0), "value"), "t-1");
    const cJSON *security = cJSON_GetObjectItemCaseSensitive(rec, "security");
    CU_ASSERT_EQUAL(cJSON_GetArraySize(security), 2);
    const cJSON *hmac = cJSON_GetArrayItem(cJSON_GetArrayItem(security, 0), 1);
    CU_ASSERT_STRING_EQUAL(text_of(hmac, "kind"), "hmac");
    CU_ASSERT_STRING_EQUAL(text_of(hmac, "param"), "X-Signature");
    CU_ASSERT_STRING_EQUAL(text_of(hmac, "timestamp_header"), "X-Ts");
    CU_ASSERT_STRING_EQUAL(text_of(hmac, "prefix"), "sha256=");
    cJSON_Delete(rec);
    rec = record_at(1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
    CU_ASSERT_STRING_EQUAL(text_of(rec, "method"), "GET");
    CU_ASSERT_PTR_NULL(cJSON_GetObjectItemCaseSensitive(rec, "content_type"));
    CU_ASSERT_PTR_NULL(cJSON_GetObjectItemCaseSensitive(rec, "idempotency_key"));
    CU_ASSERT_PTR_NULL(cJSON_GetObjectItemCaseSensitive(rec, "body_text"));
    cJSON_Delete(rec);

    /* A client with a token and an HMAC secret takes the first alternative: signed anew over
     * the exact body. A registry given changes nothing for records that are not its events. */
    apic_client *d = client_with(NULL, "NEW-KEY", "NEW-TOKEN", "NEW-SECRET");
    T.status = 200;
    T.calls = 0;
    apic_replay_report rep;
    CU_ASSERT_EQUAL(apic_dead_letter_replay(d, &reg, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, 2);
    CU_ASSERT_EQUAL(rep.kept, 0);
    CU_ASSERT_EQUAL_FATAL(T.calls, 2);
    CU_ASSERT_STRING_EQUAL(T.methods[0], "POST");
    CU_ASSERT_STRING_EQUAL(T.urls[0], "http://h/api/notes");
    CU_ASSERT_STRING_EQUAL(sent_header(0, "Authorization"), "Bearer NEW-TOKEN");
    CU_ASSERT_STRING_EQUAL(sent_header(0, "Content-Type"), "text/plain");
    CU_ASSERT_STRING_EQUAL(sent_header(0, "X-Trace"), "t-1");
    CU_ASSERT_PTR_NOT_NULL(sent_header(0, "User-Agent"));
    CU_ASSERT_STRING_EQUAL(T.keys[0], key);
    CU_ASSERT_EQUAL(T.body_lens[0], strlen(note));
    CU_ASSERT_EQUAL(memcmp(T.bodies[0], note, strlen(note)), 0);
    const char *ts = sent_header(0, "X-Ts");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ts);
    char mac[65], expected[80];
    CU_ASSERT_EQUAL(apic_sign_request("NEW-SECRET", "POST", "/api/notes", atoll(ts), note, strlen(note), mac), 0);
    snprintf(expected, sizeof expected, "sha256=%s", mac);
    CU_ASSERT_STRING_EQUAL(sent_header(0, "X-Signature"), expected);
    CU_ASSERT_STRING_EQUAL(T.methods[1], "GET");
    CU_ASSERT_STRING_EQUAL(T.urls[1], "http://h/api/things?api_key=NEW-KEY");
    CU_ASSERT_PTR_NULL(sent_header(1, "Content-Type"));
    CU_ASSERT_STRING_EQUAL(T.keys[1], "");
    CU_ASSERT_EQUAL(T.body_lens[1], 0);
    CU_ASSERT_EQUAL(file_size(path), 0);
    apic_error_clear(&err);
    apic_client_free(d);
    apic_client_free(c);
}

static void test_no_credential_in_a_recorded_url(void)
{
    reset(503);
    apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, true};
    apic_transport t = {answer, NULL, NULL};
    /* A base URL holding user:password is refused (it would reach logs and messages); the
     * record's writer strips one all the same (dead_letter_encode.c), as a last net. */
    apic_config cfg = APIC_CONFIG_INIT("http://user:pass-word@h/api");
    cfg.api_key = "SECRET-KEY";
    cfg.transport = &t;
    cfg.retry.max_retries = APIC_NO_RETRY;
    cfg.dead_letter = &dl;
    apic_client *c = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.base_url: must not contain credentials"));
    CU_ASSERT_PTR_NULL(strstr(err.message, "pass-word"));
    apic_error_clear(&err);
    cfg.base_url = "http://h/api";
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, NULL), APIC_E_HTTP);
    CU_ASSERT_STRING_EQUAL(T.urls[0], "http://h/api/things?api_key=SECRET-KEY");
    cJSON *rec = record_at(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
    CU_ASSERT_STRING_EQUAL(text_of(rec, "url"), "http://h/api/things");
    CU_ASSERT_PTR_NULL(strstr(slurp(path), "pass-word"));
    CU_ASSERT_PTR_NULL(strstr(slurp(path), "SECRET-KEY"));
    cJSON_Delete(rec);
    apic_client_free(c);
}

/* Records as the previous version wrote them: no format, no Content-Type, headers or security. */
static void test_records_of_the_earlier_format(void)
{
    reset(202);
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("{\"kind\":\"request\",\"recorded_at\":\"2026-01-02T03:04:05.000Z\",\"operation\":\"t_get\",\"method\":\"GET\","
          "\"url\":\"http://h/api/things\",\"attempts\":3,\"http_status\":503,\"error\":\"GET /things: HTTP 503\"}\n"
          "{\"kind\":\"event\",\"recorded_at\":\"2026-01-02T03:04:05.000Z\",\"operation\":\"t_ingest\",\"method\":\"POST\","
          "\"url\":\"http://h/events\",\"idempotency_key\":\"0b8f6d2e-3c1a-4b7e-9f10-5a6b7c8d9e0f\",\"attempts\":3,"
          "\"http_status\":500,\"error\":\"POST /events: HTTP 500\",\"body\":{\"id\":\"0b8f6d2e-3c1a-4b7e-9f10-"
          "5a6b7c8d9e0f\",\"type\":\"ping.sent\",\"source\":\"old-sdk\",\"data\":{\"note\":\"old\"}}}\n",
          f);
    fclose(f);
    apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, false};
    apic_client *c = client_for(&dl);
    static char before[1 << 16];
    memcpy(before, slurp(path), sizeof before);
    /* Without a registry neither can be sent: both kept as they were. */
    apic_replay_report rep;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_dead_letter_replay(c, NULL, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.read, 2);
    CU_ASSERT_EQUAL(rep.delivered, 0);
    CU_ASSERT_EQUAL(rep.kept, 2);
    CU_ASSERT_EQUAL(T.calls, 0);
    CU_ASSERT_STRING_EQUAL(slurp(path), before);
    /* With it, the event goes the way it always did; the request stays. */
    CU_ASSERT_EQUAL(apic_dead_letter_replay(c, &reg, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, 1);
    CU_ASSERT_EQUAL(rep.kept, 1);
    CU_ASSERT_EQUAL_FATAL(T.calls, 1);
    CU_ASSERT_STRING_EQUAL(T.urls[0], "http://h/events?api_key=SECRET-KEY");
    CU_ASSERT_STRING_EQUAL(sent_header(0, "X-Source"), "old-sdk");
    CU_ASSERT_STRING_EQUAL(T.keys[0], "0b8f6d2e-3c1a-4b7e-9f10-5a6b7c8d9e0f");
    CU_ASSERT_EQUAL(count_lines(path), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(slurp(path), "\"operation\":\"t_get\""));
    apic_error_clear(&err);
    apic_client_free(c);
}

/* A replay to another server (apic dead-letters replay --base-url): each record names the base URL
 * of the client that wrote it, and APIC_REPLAY_REBASE moves what follows it onto the replaying
 * client's base URL; a URL outside it, or a record naming none, keeps its path and query and
 * takes the new scheme, host and port. Without the flag records go where they were recorded. */
static void test_replay_rebased_onto_another_base_url(void)
{
    reset(503);
    apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, true};
    apic_client *c = client_for(&dl);
    CU_ASSERT_EQUAL(apic_call(c, &get_op, NULL, NULL, NULL, NULL), APIC_E_HTTP);
    cJSON *rec = record_at(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
    CU_ASSERT_STRING_EQUAL(text_of(rec, "base_url"), "http://h/api");
    cJSON_Delete(rec);
    apic_client_free(c);
    FILE *f = fopen(path, "ab");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("{\"kind\":\"request\",\"format\":2,\"method\":\"GET\",\"url\":\"https://elsewhere:8443/x/y?z=1\","
          "\"base_url\":\"http://h/api\",\"security\":[],\"attempts\":1,\"http_status\":503}\n"
          "{\"kind\":\"request\",\"format\":2,\"method\":\"GET\",\"url\":\"http://h/api2/things\","
          "\"base_url\":\"http://h/api\",\"security\":[],\"attempts\":1,\"http_status\":503}\n",
          f);
    fclose(f);

    T.status = 200;
    T.calls = 0;
    apic_transport t = {answer, NULL, NULL};
    apic_config cfg = APIC_CONFIG_INIT("https://new.example:9000/v2/");
    cfg.api_key = "SECRET-KEY";
    cfg.transport = &t;
    apic_client *d = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &d, NULL), 0);
    apic_replay_report rep;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_dead_letter_replay_file(d, path, APIC_REPLAY_REBASE, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.read, 3);
    CU_ASSERT_EQUAL(rep.delivered, 3);
    CU_ASSERT_EQUAL_FATAL(T.calls, 3);
    CU_ASSERT_STRING_EQUAL(T.urls[0], "https://new.example:9000/v2/things?api_key=SECRET-KEY");
    CU_ASSERT_STRING_EQUAL(T.urls[1], "https://new.example:9000/x/y?z=1");
    CU_ASSERT_STRING_EQUAL(T.urls[2], "https://new.example:9000/api2/things"); /* /api2 is not under /api */
    CU_ASSERT_EQUAL(file_size(path), 0);

    /* Without the flag: the recorded URL. */
    f = fopen(path, "ab");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("{\"kind\":\"request\",\"format\":2,\"method\":\"GET\",\"url\":\"http://h/api/things\","
          "\"base_url\":\"http://h/api\",\"security\":[],\"attempts\":1,\"http_status\":503}\n", f);
    fclose(f);
    CU_ASSERT_EQUAL(apic_dead_letter_replay_file(d, path, 0, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, 1);
    CU_ASSERT_STRING_EQUAL(T.urls[3], "http://h/api/things");
    CU_ASSERT_EQUAL(apic_dead_letter_replay_file(NULL, path, 0, &rep, &err), APIC_E_ARG);
    apic_error_clear(&err);
    apic_client_free(d);
}

/* A record is data from a file: one that lacks what a resend needs (a scheme without its kind, a
 * header without its value or its name: a NULL passed to strcmp) or whose method is no token (a
 * space would change the request line) is kept as it was and nothing is sent. Both found by
 * tests/fuzz/fuzz_dead_letter.c. */
static void test_records_missing_members_are_kept(void)
{
    reset(200);
    const char *records =
        "{\"kind\":\"request\",\"format\":2,\"method\":\"GET\",\"url\":\"http://h/api/things\","
        "\"security\":[[{\"name\":\"k\",\"in\":\"query\",\"param\":\"api_key\"}]],\"attempts\":1}\n"
        "{\"kind\":\"request\",\"format\":2,\"method\":\"GET\",\"url\":\"http://h/api/things\","
        "\"headers\":[{\"name\":\"X-Trace\"}],\"security\":[],\"attempts\":1}\n"
        "{\"kind\":\"request\",\"format\":2,\"method\":\"GET\",\"url\":\"http://h/api/things\","
        "\"headers\":[{\"value\":\"t-1\"}],\"security\":[],\"attempts\":1}\n"
        "{\"kind\":\"request\",\"format\":2,\"method\":\"GET /admin\",\"url\":\"http://h/api/things\","
        "\"security\":[],\"attempts\":1}\n";
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(records, f);
    fclose(f);
    apic_client *c = client_for(NULL);
    apic_replay_report rep;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_dead_letter_replay_file(c, path, 0, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.read, 4);
    CU_ASSERT_EQUAL(rep.kept, 4);
    CU_ASSERT_EQUAL(rep.delivered, 0);
    CU_ASSERT_EQUAL(T.calls, 0);
    CU_ASSERT_STRING_EQUAL(slurp(path), records);
    apic_error_clear(&err);
    apic_client_free(c);
}

/* --- writes during a replay ----------------------------------------------------------------------------- */

static apic_client *busy_client;

/* Runs inside the replay's request: another call fails for good and is dead-lettered to the
 * file being replayed. */
static void fail_another_event(void)
{
    T.status = 500;
    CU_ASSERT_EQUAL(send_ping(busy_client, "written during the replay", NULL), APIC_E_HTTP);
    T.status = 202;
}

static void test_records_written_during_a_replay_are_kept(void)
{
    reset(500);
    apic_dead_letter dl = {path, false, 1, 2, NULL, NULL, false}; /* every write but the first rotates */
    apic_client *c = busy_client = client_for(&dl);
    CU_ASSERT_EQUAL(send_ping(c, "replay me", NULL), APIC_E_HTTP);
    char one[160];
    snprintf(one, sizeof one, "%s.1", path);
    T.status = 202;
    T.calls = 0;
    T.during = fail_another_event;
    apic_replay_report rep;
    apic_error err = {0};
    /* The lock is not held while sending: the record written meanwhile neither waits nor is lost. */
    CU_ASSERT_EQUAL(apic_dead_letter_replay(c, &reg, path, &rep, &err), 0);
    CU_ASSERT_EQUAL(rep.delivered, 1);
    CU_ASSERT_EQUAL(rep.kept, 0);
    CU_ASSERT_EQUAL(T.calls, 4); /* the replayed event, then 3 attempts of the other */
    CU_ASSERT_EQUAL(count_lines(path), 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(slurp(path), "written during the replay"));
    CU_ASSERT_NOT_EQUAL(access(one, F_OK), 0); /* not rotated during the replay */
    /* Rotation goes on afterwards. */
    T.status = 500;
    CU_ASSERT_EQUAL(send_ping(c, "after the replay", NULL), APIC_E_HTTP);
    CU_ASSERT_EQUAL(access(one, F_OK), 0);
    CU_ASSERT_EQUAL(count_lines(path), 1);
    unlink(one);
    apic_error_clear(&err);
    apic_client_free(c);
}

/* --- fork() while other threads write records ---------------------------------------------------------- */

enum { WRITERS = 4, FORKS = 20 };

static atomic_bool stop_writing;

/* Fails every request at once (400 is not retried), without touching T: threads share it. */
static int refuse(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)req;
    (void)err;
    res->status = 400;
    return 0;
}

static void *write_records(void *arg)
{
    apic_client *c = arg;
    while (!atomic_load(&stop_writing)) send_ping(c, "from a thread", NULL);
    return NULL;
}

static void test_fork_while_threads_write(void)
{
    reset(400);
    apic_dead_letter dl = {path, true, 0, 0, NULL, NULL, false}; /* fsync: the lock is held longer */
    apic_transport t = {refuse, NULL, NULL};
    apic_config cfg = APIC_CONFIG_INIT("http://h/api");
    cfg.transport = &t;
    cfg.events_endpoint = "/events";
    cfg.dead_letter = &dl;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, NULL), 0);
    atomic_store(&stop_writing, false);
    pthread_t writers[WRITERS];
    for (int i = 0; i < WRITERS; i++) CU_ASSERT_EQUAL(pthread_create(&writers[i], NULL, write_records, c), 0);
    int children_ok = 0;
    for (int i = 0; i < FORKS; i++) {
        nanosleep(&(struct timespec){0, 2000000L}, NULL); /* let the writers get going */
        int verdict[2];
        CU_ASSERT_EQUAL_FATAL(pipe(verdict), 0);
        fflush(NULL);
        pid_t pid = fork();
        CU_ASSERT_FATAL(pid >= 0);
        if (pid == 0) {
            alarm(10); /* a lock copied in use would make the child wait for ever */
            apic_error err = {0};
            bool ok = send_ping(c, "from a child", &err) == APIC_E_HTTP && strstr(err.message, "; dead-lettered") != NULL;
            apic_error_clear(&err);
            ssize_t told = write(verdict[1], ok ? "y" : "n", 1);
            (void)told;
            /* Ends by becoming another program, without exit processing: the writer threads'
             * memory of the moment (their stacks, their TLS, what they had allocated) belongs to
             * threads the child does not have, and valgrind's leak check at exit reports it. */
            execl("/bin/true", "true", (char *)NULL);
            _exit(127);
        }
        close(verdict[1]);
        char said = 0;
        bool told = read(verdict[0], &said, 1) == 1 && said == 'y';
        close(verdict[0]);
        int status = 0;
        CU_ASSERT_EQUAL(waitpid(pid, &status, 0), pid);
        if (told && WIFEXITED(status) && WEXITSTATUS(status) == 0) children_ok++;
    }
    atomic_store(&stop_writing, true);
    for (int i = 0; i < WRITERS; i++) pthread_join(writers[i], NULL);
    CU_ASSERT_EQUAL(children_ok, FORKS);
    /* Every record is whole, each child's among them. */
    int lines = 0, bad = 0, from_children = 0;
    FILE *f = fopen(path, "rb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        /* Across processes a writer may see another's record half-way in and end the line for
         * it (the repair of a torn line): that leaves an empty line, never a broken record. */
        if (strspn(line, "\n") == (size_t)n) continue;
        lines++;
        cJSON *rec = cJSON_ParseWithLength(line, (size_t)n);
        const char *note = text_of(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(rec, "body"), "data"),
                                   "note");
        if (rec == NULL) bad++;
        else if (note != NULL && strcmp(note, "from a child") == 0) from_children++;
        cJSON_Delete(rec);
    }
    free(line);
    fclose(f);
    CU_ASSERT(lines > FORKS);
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(from_children, FORKS);
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
        {"a multipart record keeps its boundary and bytes; replayed as recorded", test_multipart_record_replayed_as_recorded},
        {"request records replayed as recorded, re-authenticated and signed anew", test_requests_replayed_as_recorded},
        {"a base URL with user:password refused; no credential in a record", test_no_credential_in_a_recorded_url},
        {"records of the earlier format: events through the registry, the rest kept", test_records_of_the_earlier_format},
        {"records written during a replay are kept; no rotation meanwhile", test_records_written_during_a_replay_are_kept},
        {"records name their base URL; a replay can rebase them onto another", test_replay_rebased_onto_another_base_url},
        {"a record without a scheme's kind or a header's name or value, or with a method that is no token, is kept",
         test_records_missing_members_are_kept},
        {"fork() while threads write: the child's sink works, every record whole", test_fork_while_threads_write},
        {"bad sink configuration names the key", test_bad_sink_config},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"dead letters", suite_init, suite_clean, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
