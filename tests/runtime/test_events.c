/* The events runtime on a small hand-written registry: lookups, ids, times, envelopes, limits. */
#include <CUnit/CUnit.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "apic/apic.h"
#include "cunit_run.h"

typedef struct note_data {
    char *text;
    apic_json_map unknown;
} note_data;

static const apic_field note_fields[] = {
    {"text", 4, APIC_F_REQUIRED, offsetof(note_data, text), -1, -1, &apic_type_string},
};
static const apic_struct_desc note_desc = {"NoteData", sizeof(note_data), note_fields, 1,
                                           offsetof(note_data, unknown), -1, NULL};
static const apic_type note_type = {APIC_OBJECT, APIC_FMT_NONE, &note_desc, NULL, NULL};

/* Constants in registry order; by_name sorts them: a.b < a.c < note.added < z.last */
static const apic_event_def defs[] = {
    {"note.added", 3, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "note", &note_type},
    {"a.c", 1, 0, NULL, &note_type},
    {"z.last", 1, APIC_IDENTITY_CUSTOMER_PHONE, NULL, &note_type},
    {"a.b", 1, APIC_IDENTITY_CUSTOMER_EMAIL, NULL, &note_type},
};
static const unsigned short by_name[] = {3, 1, 0, 2};
static const apic_event_registry reg = {defs, 4, by_name, 400, "X-Source", NULL, NULL, 0};

static void test_lookup(void)
{
    CU_ASSERT_EQUAL(apic_event_lookup(&reg, "note.added"), 1);
    CU_ASSERT_EQUAL(apic_event_lookup(&reg, "a.c"), 2);
    CU_ASSERT_EQUAL(apic_event_lookup(&reg, "z.last"), 3);
    CU_ASSERT_EQUAL(apic_event_lookup(&reg, "a.b"), 4);
    const char *absent[] = {"", "a", "a.a", "a.bb", "m.m", "zz.last", "note.adde", NULL};
    for (const char **n = absent; *n != NULL; n++) CU_ASSERT_EQUAL(apic_event_lookup(&reg, *n), 0);
    CU_ASSERT_EQUAL(apic_event_lookup(NULL, "a.b"), 0);
    CU_ASSERT_EQUAL(apic_event_lookup(&reg, NULL), 0);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void test_uuid_v4(void)
{
    enum { N = 2000 };
    char (*ids)[37] = malloc(N * sizeof *ids);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ids);
    for (int i = 0; i < N; i++) {
        CU_ASSERT_EQUAL(apic_uuid_v4(ids[i]), 0);
        CU_ASSERT_TRUE(apic_format_check(APIC_FMT_UUID, ids[i]));
        CU_ASSERT_EQUAL(ids[i][14], '4');                     /* version */
        CU_ASSERT_PTR_NOT_NULL(strchr("89ab", ids[i][19]));   /* RFC 4122 variant */
        CU_ASSERT_EQUAL(strspn(ids[i], "0123456789abcdef-"), 36); /* lower case */
    }
    qsort(ids, N, sizeof ids[0], cmp_str);
    int dup = 0;
    for (int i = 1; i < N; i++) dup += strcmp(ids[i - 1], ids[i]) == 0;
    CU_ASSERT_EQUAL(dup, 0);
    free(ids);
}

/* Ids come from a per-thread buffer of random bytes: a forked child must not reuse the bytes
 * its parent has yet to hand out, or both would send events with the same id. */
static void test_uuid_after_fork(void)
{
    char parent[37], child[37] = "";
    CU_ASSERT_EQUAL_FATAL(apic_uuid_v4(parent), 0); /* the buffer is filled now */
    int fds[2];
    CU_ASSERT_EQUAL_FATAL(pipe(fds), 0);
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        char id[37];
        int ok = apic_uuid_v4(id) == 0 && write(fds[1], id, sizeof id) == (ssize_t)sizeof id;
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    CU_ASSERT_EQUAL(read(fds[0], child, sizeof child), (ssize_t)sizeof child);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    CU_ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CU_ASSERT_EQUAL_FATAL(apic_uuid_v4(parent), 0); /* what the parent hands out next */
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_UUID, child));
    CU_ASSERT_STRING_NOT_EQUAL(parent, child);
}

static void test_now(void)
{
    char a[25], b[25], before[32], after[32];
    /* The clock apic_now_rfc3339 reads: time() reads a coarser one, which can still say the
     * last second when the precise clock has already passed into the next. */
    struct timespec t0, t1;
    clock_gettime(CLOCK_REALTIME, &t0);
    apic_now_rfc3339(a);
    apic_now_rfc3339(b);
    clock_gettime(CLOCK_REALTIME, &t1);
    struct tm tm;
    strftime(before, sizeof before, "%Y-%m-%dT%H:%M:%S", gmtime_r(&t0.tv_sec, &tm));
    strftime(after, sizeof after, "%Y-%m-%dT%H:%M:%S", gmtime_r(&t1.tv_sec, &tm));
    /* The clock's own date and time, to the second (the call may cross one). */
    CU_ASSERT_TRUE(strncmp(a, before, 19) == 0 || strncmp(a, after, 19) == 0);
    CU_ASSERT_EQUAL(strlen(a), 24);
    CU_ASSERT_TRUE(apic_format_check(APIC_FMT_DATE_TIME, a));
    CU_ASSERT_EQUAL(a[19], '.');
    CU_ASSERT_EQUAL(a[23], 'Z');
    CU_ASSERT(strcmp(a, b) <= 0); /* same format, so text order is time order */
}

static void test_envelope(void)
{
    note_data d = {"hi \"there\"", {NULL, NULL, 0}};
    apic_event_identity who = {"c1", NULL, NULL, "n1", "memo"}; /* entity type overrides the registry's */
    apic_event_options o = {"3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "2026-01-02T03:04:05.006Z", "pos", 7, NULL};
    apic_buf out = {0};
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(apic_event_encode(&reg, 1, &who, &d, &o, &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(out.data, "{\"id\":\"3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"type\":\"note.added\","
                                     "\"schema_version\":7,\"occurred_at\":\"2026-01-02T03:04:05.006Z\",\"source\":\"pos\","
                                     "\"identity\":{\"customer\":{\"id\":\"c1\"},\"entity\":{\"id\":\"n1\",\"type\":\"memo\"}},"
                                     "\"data\":{\"text\":\"hi \\\"there\\\"\"}}");
    /* Appends: a second event goes after the first. */
    size_t first = out.len;
    apic_event_identity email = {NULL, "a@b.example", NULL, NULL, NULL};
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 4, &email, &d, NULL, &out, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data + first, "\"schema_version\":1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data + first, "\"source\":\"sdk\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data + first, "\"identity\":{\"customer\":{\"email\":\"a@b.example\"}}"));
    /* An event type with no identity keys still carries an (empty) identity. */
    size_t second = out.len;
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 2, NULL, &d, NULL, &out, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data + second, "\"identity\":{},\"data\""));
    apic_buf_free(&out);
    apic_error_clear(&err);
}

static void test_refusals_leave_out_unchanged(void)
{
    note_data d = {"x", {NULL, NULL, 0}};
    apic_buf out = {0};
    apic_buf_puts(&out, "previous");
    apic_error err = {0};
    apic_event_identity none = {NULL, NULL, NULL, NULL, NULL};
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 3, &none, &d, NULL, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "identity.customer.phone: required by z.last");
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 9, &none, &d, NULL, &out, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 0, &none, &d, NULL, &out, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 2, &none, NULL, NULL, &out, &err), APIC_E_ARG);
    note_data empty = {NULL, {NULL, NULL, 0}};
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 2, &none, &empty, NULL, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "data.text: required member is missing");
    apic_event_identity orphan = {NULL, NULL, NULL, "e1", NULL};
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 2, &orphan, &d, NULL, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "identity.entity.type: needed with an entity id");
    CU_ASSERT_STRING_EQUAL(out.data, "previous");
    apic_buf_free(&out);
    apic_error_clear(&err);
}

/* The limit is on the whole envelope: exactly the limit passes, one byte more does not. */
static void test_size_limit_boundary(void)
{
    apic_event_options o = {"3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "2026-01-02T03:04:05.006Z", NULL, 0, NULL};
    char text[512];
    note_data d = {text, {NULL, NULL, 0}};
    apic_buf out = {0};
    apic_error err = {0};
    size_t overhead;
    text[0] = '\0';
    CU_ASSERT_EQUAL_FATAL(apic_event_encode(&reg, 2, NULL, &d, &o, &out, &err), 0);
    overhead = out.len; /* the envelope around an empty text */
    apic_buf_free(&out);
    size_t fill = reg.max_event_bytes - overhead;
    memset(text, 'x', fill);
    text[fill] = '\0';
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 2, NULL, &d, &o, &out, &err), 0);
    CU_ASSERT_EQUAL(out.len, reg.max_event_bytes);
    apic_buf_free(&out);
    text[fill] = 'x';
    text[fill + 1] = '\0';
    CU_ASSERT_EQUAL(apic_event_encode(&reg, 2, NULL, &d, &o, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "a.c: the event is 401 bytes encoded; the limit is 400");
    CU_ASSERT_EQUAL(out.len, 0);
    apic_buf_free(&out);
    apic_error_clear(&err);
}

static void test_json_data(void)
{
    apic_buf out = {0};
    apic_error err = {0};
    apic_event_identity who = {NULL, "a@b.example", NULL, NULL, NULL};
    /* Known type: decoded, unknown members kept, checked. */
    const char *later = "{\"text\":\"t\",\"later\":[1,2]}";
    CU_ASSERT_EQUAL_FATAL(apic_event_encode_json(&reg, "a.b", &who, later, strlen(later), NULL, &out, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data, "\"data\":{\"text\":\"t\",\"later\":[1,2]}}"));
    CU_ASSERT_EQUAL(apic_event_encode_json(&reg, "a.b", &who, "{\"text\":5}", 10, NULL, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "data.text: expected string"));
    /* Unknown type: shape only, the data sent as given. */
    apic_buf_free(&out);
    CU_ASSERT_EQUAL(apic_event_encode_json(&reg, "ticket.escalated_v2", NULL, " {\"x\": 1} ", 10, NULL, &out, &err), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data, "\"type\":\"ticket.escalated_v2\",\"schema_version\":1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out.data, "\"data\": {\"x\": 1} }"));
    const char *bad_names[] = {"ticket", "Ticket.created", "ticket.", ".created", "ticket..created", "ticket.cre ated",
                               "1ticket.created", NULL};
    for (const char **n = bad_names; *n != NULL; n++) {
        CU_ASSERT_EQUAL(apic_event_encode_json(&reg, *n, NULL, "{}", 2, NULL, &out, &err), APIC_E_VALIDATION);
        CU_ASSERT_EQUAL(strncmp(err.message, "type: ", 6), 0);
    }
    CU_ASSERT_EQUAL(apic_event_encode_json(&reg, "x.y", NULL, "\"str\"", 5, NULL, &out, &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(apic_event_encode_json(&reg, "x.y", NULL, NULL, 0, NULL, &out, &err), APIC_E_ARG);
    apic_buf_free(&out);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"lookup by name (binary search over the sorted index)", test_lookup},
        {"UUID v4: format, version, variant, no repeats in 2000", test_uuid_v4},
        {"UUIDs after fork: the child does not repeat the parent's", test_uuid_after_fork},
        {"now as RFC 3339 UTC with milliseconds", test_now},
        {"envelope bytes; options; appending", test_envelope},
        {"refusals name the place and leave out unchanged", test_refusals_leave_out_unchanged},
        {"size limit: exactly the limit passes", test_size_limit_boundary},
        {"JSON data: known types decoded, unknown by shape", test_json_data},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"events runtime", NULL, NULL, NULL, NULL, tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
