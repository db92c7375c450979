/* apic dead-letters show | replay: reading a dead-letter file (apic/dead_letter.h) without writing
 * C. Records hold no credential (they are made before authentication); show prints none of the
 * body either, only what identifies a record and why it failed. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/apic.h"
#include "cli.h"

static const char usage[] =
    "usage: apic dead-letters show FILE [--json]\n"
    "       apic dead-letters replay FILE --base-url URL [--idempotency-header NAME] [--timeout-ms N]\n"
    "\n"
    "show     one line per record: when it failed, its kind, operation and event type, attempts, last\n"
    "         HTTP status and error (never a credential, never the body). --json: one JSON object per\n"
    "         record, for scripts. An unfinished last line (a crash mid-write) is reported and skipped.\n"
    "replay   sends every record again, with its original idempotency key, to URL: a record's URL is\n"
    "         rebased from the base URL it was recorded with onto URL (records that name none keep\n"
    "         their path and take URL's scheme, host and port). Delivered records leave the file;\n"
    "         those that fail again stay. Prints delivered / still failing; exit status 1 when any\n"
    "         record still fails or cannot be read.\n"
    "         Credentials come from the environment, authenticating each record the way its\n"
    "         operation's security says: APIC_TOKEN (bearer), APIC_API_KEY (API key),\n"
    "         APIC_USERNAME and APIC_PASSWORD (basic), APIC_HMAC_SECRET (HMAC-signed requests).\n"
    "         APIC_LOG=info|debug logs each attempt to stderr (secrets masked).\n"
    "         --idempotency-header: the header the keys go in (default Idempotency-Key).\n"
    "         --timeout-ms: per attempt (default 30000).\n";

/* The members show reads; the body only to name the event. */
typedef struct record {
    char *kind;
    char *operation;
    char *method;
    char *url;
    char *idempotency_key;
    int32_t attempts;
    int32_t http_status;
    char *error;
    char *recorded_at;
    char *failed_at;
    char *body; /* raw JSON */
} record;

#define FIELD(key, member, type) {key, sizeof key - 1, 0, offsetof(record, member), -1, -1, &type}
static const apic_field record_fields[] = {
    FIELD("kind", kind, apic_type_string),
    FIELD("operation", operation, apic_type_string),
    FIELD("method", method, apic_type_string),
    FIELD("url", url, apic_type_string),
    FIELD("idempotency_key", idempotency_key, apic_type_string),
    FIELD("attempts", attempts, apic_type_int32),
    FIELD("http_status", http_status, apic_type_int32),
    FIELD("error", error, apic_type_string),
    FIELD("recorded_at", recorded_at, apic_type_string),
    FIELD("failed_at", failed_at, apic_type_string),
    FIELD("body", body, apic_type_any),
};
static const apic_struct_desc record_desc = {"DeadLetterRecord", sizeof(record), record_fields,
                                             sizeof record_fields / sizeof record_fields[0], -1, -1, NULL};
static const apic_type record_type = {APIC_OBJECT, APIC_FMT_NONE, &record_desc, NULL, NULL};

/* What names an event in its body: an eSauti-style `type`, or a topic's `entity` and `action`. */
typedef struct event_name {
    char *type;
    char *entity;
    char *action;
} event_name;

static const apic_field name_fields[] = {
    {"type", 4, 0, offsetof(event_name, type), -1, -1, &apic_type_string},
    {"entity", 6, 0, offsetof(event_name, entity), -1, -1, &apic_type_string},
    {"action", 6, 0, offsetof(event_name, action), -1, -1, &apic_type_string},
};
static const apic_struct_desc name_desc = {"EventName", sizeof(event_name), name_fields, 3, -1, -1, NULL};
static const apic_type name_type = {APIC_OBJECT, APIC_FMT_NONE, &name_desc, NULL, NULL};

/* The event's name, "" when the body names none (a request, or a body that is not an object). */
static void event_of(const record *r, char *out, size_t size)
{
    out[0] = '\0';
    if (r->body == NULL || r->body[0] != '{') return;
    event_name n = {NULL, NULL, NULL};
    if (apic_json_decode(&name_type, r->body, strlen(r->body), &n, NULL) == 0) {
        if (n.type != NULL) snprintf(out, size, "%s", n.type);
        else if (n.entity != NULL && n.action != NULL) snprintf(out, size, "%s %s", n.entity, n.action);
    }
    apic_value_clear(&name_type, &n);
}

static const char *or_dash(const char *s)
{
    return s != NULL && *s != '\0' ? s : "-";
}

/* {"key":"value"} members, skipping absent values. */
static int put_string(apic_buf *b, const char *key, const char *value)
{
    if (value == NULL || *value == '\0') return 0;
    int rc = apic_buf_printf(b, "%s\"%s\":", b->len > 1 ? "," : "", key);
    return rc == 0 ? apic_json_write_string(b, value, strlen(value)) : rc;
}

static int print_json(const record *r, const char *event)
{
    apic_buf b = {0};
    int rc = apic_buf_putc(&b, '{');
    if (rc == 0) rc = put_string(&b, "time", r->failed_at != NULL ? r->failed_at : r->recorded_at);
    if (rc == 0) rc = put_string(&b, "kind", r->kind);
    if (rc == 0) rc = put_string(&b, "operation", r->operation);
    if (rc == 0) rc = put_string(&b, "event_type", event);
    if (rc == 0) rc = put_string(&b, "method", r->method);
    if (rc == 0) rc = put_string(&b, "url", r->url);
    if (rc == 0) rc = apic_buf_printf(&b, ",\"attempts\":%d,\"http_status\":%d", (int)r->attempts, (int)r->http_status);
    if (rc == 0) rc = put_string(&b, "error", r->error);
    if (rc == 0) rc = put_string(&b, "idempotency_key", r->idempotency_key);
    if (rc == 0) rc = apic_buf_putc(&b, '}');
    if (rc == 0) puts(b.data);
    apic_buf_free(&b);
    return rc;
}

static int show(const char *path, int json)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return CLI_FAILED;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long number = 0, records = 0, bad = 0;
    int status = CLI_OK;
    while ((len = getline(&line, &cap, f)) > 0) {
        number++;
        if (line[len - 1] != '\n') {
            fprintf(stderr, "%s:%ld: unfinished last line (a write that never completed): skipped\n", path, number);
            break;
        }
        if (len == 1) continue;
        record r;
        memset(&r, 0, sizeof r);
        apic_error err = {0};
        if (apic_json_decode(&record_type, line, (size_t)len - 1, &r, &err) != 0 || r.kind == NULL) {
            fprintf(stderr, "%s:%ld: not a dead-letter record: %s\n", path, number, err.kind != APIC_OK ? err.message : "no kind");
            apic_error_clear(&err);
            apic_value_clear(&record_type, &r);
            bad++;
            continue;
        }
        char event[160];
        event_of(&r, event, sizeof event);
        records++;
        if (json) {
            if (print_json(&r, event) != 0) status = CLI_FAILED;
        } else {
            printf("%-24s  %-7s  %-32s  %-28s  attempts %d  HTTP %-3d  %s\n",
                   or_dash(r.failed_at != NULL ? r.failed_at : r.recorded_at), r.kind, or_dash(r.operation),
                   or_dash(event), (int)r.attempts, (int)r.http_status, or_dash(r.error));
        }
        apic_value_clear(&record_type, &r);
    }
    if (ferror(f)) {
        fprintf(stderr, "%s: read error\n", path);
        status = CLI_FAILED;
    }
    free(line);
    fclose(f);
    if (!json) fprintf(stderr, "%ld records in %s%s\n", records, path, bad > 0 ? " (some lines are not records)" : "");
    return bad > 0 ? CLI_FAILED : status;
}

/* An environment variable, NULL when unset or empty. */
static const char *env(const char *name)
{
    const char *v = getenv(name);
    return v != NULL && *v != '\0' ? v : NULL;
}

static int replay(const char *path, const char *base_url, const char *idempotency_header, long timeout_ms)
{
    apic_config cfg = APIC_CONFIG_INIT(base_url);
    cfg.token = env("APIC_TOKEN");
    cfg.api_key = env("APIC_API_KEY");
    cfg.username = env("APIC_USERNAME");
    cfg.password = env("APIC_PASSWORD");
    cfg.hmac_secret = env("APIC_HMAC_SECRET");
    cfg.idempotency_header = idempotency_header;
    cfg.timeout_ms = timeout_ms;
    apic_client *client = NULL;
    apic_error err = {0};
    if (apic_client_new(&cfg, &client, &err) != 0) {
        fprintf(stderr, "apic dead-letters replay: %s\n", err.message);
        apic_error_clear(&err);
        return CLI_USAGE;
    }
    apic_replay_report rep;
    int rc = apic_dead_letter_replay_file(client, path, APIC_REPLAY_REBASE, &rep, &err);
    apic_client_free(client);
    if (rc != 0) {
        fprintf(stderr, "apic dead-letters replay: %s\n", err.message);
        apic_error_clear(&err);
        return CLI_FAILED;
    }
    printf("%s: %zu records read, %zu delivered, %zu still failing (kept in the file)", path, rep.read, rep.delivered,
           rep.kept);
    if (rep.unreadable > 0) printf(", %zu lines that are not records (kept)", rep.unreadable);
    if (rep.torn > 0) printf(", %zu unfinished last line dropped", rep.torn);
    putchar('\n');
    return rep.kept == 0 && rep.unreadable == 0 ? CLI_OK : CLI_FAILED;
}

static int bad_usage(const char *why)
{
    fprintf(stderr, "apic dead-letters: %s\n\n%s", why, usage);
    return CLI_USAGE;
}

int cli_dead_letters(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(usage, stdout);
            return CLI_OK;
        }
    }
    if (argc < 3) return bad_usage(argc < 2 ? "say show or replay, and the file" : "which file?");
    const char *verb = argv[1], *path = argv[2];
    const char *base_url = NULL, *header = NULL;
    long timeout_ms = 0;
    int json = 0;
    for (int i = 3; i < argc; i++) {
        const char *a = argv[i];
        int has_value = i + 1 < argc;
        if (strcmp(verb, "show") == 0 && strcmp(a, "--json") == 0) {
            json = 1;
        } else if (strcmp(verb, "replay") == 0 && strcmp(a, "--base-url") == 0 && has_value) {
            base_url = argv[++i];
        } else if (strcmp(verb, "replay") == 0 && strcmp(a, "--idempotency-header") == 0 && has_value) {
            header = argv[++i];
        } else if (strcmp(verb, "replay") == 0 && strcmp(a, "--timeout-ms") == 0 && has_value) {
            char *end;
            timeout_ms = strtol(argv[++i], &end, 10);
            if (*end != '\0' || timeout_ms <= 0) return bad_usage("--timeout-ms takes a positive number of milliseconds");
        } else {
            fprintf(stderr, "apic dead-letters %s: unexpected argument '%s'\n\n%s", verb, a, usage);
            return CLI_USAGE;
        }
    }
    if (strcmp(verb, "show") == 0) return show(path, json);
    if (strcmp(verb, "replay") != 0) return bad_usage("the command is show or replay");
    if (base_url == NULL) return bad_usage("replay needs --base-url URL: where the records go now");
    return replay(path, base_url, header, timeout_ms);
}
