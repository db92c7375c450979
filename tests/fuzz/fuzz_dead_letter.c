/* Dead-letter replay (apic/dead_letter.h, apic_dead_letter_replay() in apic/events.h): the input
 * is a dead-letter file, replayed by a client whose transport records and never sends. Every
 * request a record makes must be one a server can read as sent (no control character in its
 * method, URL, header names or values: a record is data, not a request to trust), and the file is
 * rewritten with exactly the lines that were not delivered, unchanged and in order.
 *
 * Input: one byte (low 2 bits: replay with eSauti's registry, without one, or rebased onto the
 * client's base URL; next 2 bits: what the server answers), then the file. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <esauti/esauti.h>

#include "fuzz_check.h"

static char dir[64], path[96];
static apic_client *client;

typedef struct server {
    int status;
    size_t calls;
} server;
static server answers;

static bool has_control(const char *s, bool allow_tab)
{
    for (; *s != '\0'; s++)
        if (((unsigned char)*s < 0x20 && !(allow_tab && *s == '\t')) || *s == 0x7f) return true;
    return false;
}

static int record_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx, (void)err;
    FUZZ_CHECK(req->method[0] != '\0' && !has_control(req->method, false) && strchr(req->method, ' ') == NULL,
               "method '%s'", req->method);
    FUZZ_CHECK(!has_control(req->url, false), "URL '%s'", req->url);
    for (size_t i = 0; i < req->n_headers; i++) {
        const apic_header *h = &req->headers[i];
        FUZZ_CHECK(h->name[0] != '\0' && !has_control(h->name, false) && strchr(h->name, ':') == NULL, "header name '%s'",
                   h->name);
        FUZZ_CHECK(!has_control(h->value, true), "header %s: '%s'", h->name, h->value);
    }
    FUZZ_CHECK(req->body_len == 0 || req->body != NULL, "a body of %zu bytes at NULL", req->body_len);
    answers.calls++;
    res->status = answers.status;
    return apic_buf_puts(&res->body, "{\"id\":\"0b8f6d2e-3c1a-4b7e-9f10-5a6b7c8d9e0f\",\"status\":\"accepted\"}");
}

static void remove_files(void)
{
    char replay[128];
    snprintf(replay, sizeof replay, "%s.replay", path);
    unlink(replay);
    unlink(path);
    rmdir(dir);
}

static void set_up(void)
{
    snprintf(dir, sizeof dir, "%s/apic-fuzz-XXXXXX", access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
    FUZZ_CHECK(mkdtemp(dir) != NULL, "mkdtemp %s", dir);
    snprintf(path, sizeof path, "%s/dead-letters.jsonl", dir);
    atexit(remove_files);
    static const apic_transport t = {record_send, NULL, NULL};
    /* The client's own file: a replay of it takes the sink's lock, as in an application. */
    static const apic_dead_letter dl = {path, false, 0, 0, NULL, NULL, true};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9/api");
    cfg.transport = &t;
    cfg.log_level = APIC_LOG_OFF;
    cfg.dead_letter = &dl;
    cfg.token = "fuzz-token";
    cfg.api_key = "fuzz-key";
    cfg.username = "fuzz";
    cfg.password = "secret";
    cfg.hmac_secret = "fuzz-hmac";
    cfg.retry.max_retries = APIC_NO_RETRY;
    apic_error err = {0};
    FUZZ_CHECK(apic_client_new(&cfg, &client, &err) == 0, "client: %s", err.message);
}

static void write_file(const uint8_t *data, size_t size)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    FUZZ_CHECK(fd >= 0, "open %s", path);
    FUZZ_CHECK(size == 0 || write(fd, data, size) == (ssize_t)size, "write %s", path);
    close(fd);
}

static size_t read_file(char *out, size_t cap)
{
    int fd = open(path, O_RDONLY);
    FUZZ_CHECK(fd >= 0, "the replay left no file");
    ssize_t n = read(fd, out, cap);
    close(fd);
    FUZZ_CHECK(n >= 0 && (size_t)n < cap, "read %s", path);
    return (size_t)n;
}

/* The next line of text from *at (its line feed included), or 0 at the end; empty lines and an
 * unfinished last line are skipped, as a replay skips them. */
static size_t next_line(const char *text, size_t len, size_t *at, const char **line)
{
    while (*at < len) {
        const char *nl = memchr(text + *at, '\n', len - *at);
        if (nl == NULL) break;
        *line = text + *at;
        size_t n = (size_t)(nl - *line) + 1;
        *at += n;
        if (n > 1) return n;
    }
    *at = len;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool ready;
    if (!ready) set_up(), ready = true;
    if (size == 0) return 0;
    static const int statuses[] = {200, 202, 503, 400};
    answers.status = statuses[(data[0] >> 2) & 3];
    answers.calls = 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    write_file(data + 1, len);

    apic_replay_report rep;
    apic_error err = {0};
    int rc;
    switch (data[0] & 3) {
    case 0: rc = apic_dead_letter_replay(client, &esauti_event_registry, path, &rep, &err); break;
    case 1: rc = apic_dead_letter_replay_file(client, path, 0, &rep, &err); break;
    default: rc = apic_dead_letter_replay_file(client, path, APIC_REPLAY_REBASE, &rep, &err); break;
    }
    FUZZ_CHECK(rc == 0, "replay: %s", err.message);
    apic_error_clear(&err);

    size_t lines = 0;
    const char *line;
    for (size_t at = 0; next_line(text, len, &at, &line) > 0;) lines++;
    FUZZ_CHECK(rep.read + rep.unreadable == lines, "%zu lines, %zu read, %zu unreadable", lines, rep.read, rep.unreadable);
    FUZZ_CHECK(rep.read == rep.delivered + rep.kept, "%zu read, %zu delivered, %zu kept", rep.read, rep.delivered, rep.kept);
    FUZZ_CHECK(rep.torn == (len > 0 && text[len - 1] != '\n'), "torn %zu", rep.torn);
    FUZZ_CHECK(rep.delivered <= answers.calls, "%zu delivered in %zu requests", rep.delivered, answers.calls);
    FUZZ_CHECK(answers.status < 300 || rep.delivered == 0, "%zu delivered to a server answering %d", rep.delivered,
               answers.status);

    /* The file now: the lines not delivered, each as it was, in their order. */
    static char after[1 << 20];
    size_t after_len = read_file(after, sizeof after), kept = 0, at = 0, from = 0;
    const char *old;
    size_t n;
    while ((n = next_line(after, after_len, &at, &line)) > 0) {
        size_t m;
        while ((m = next_line(text, len, &from, &old)) > 0 && (m != n || memcmp(old, line, n) != 0)) {
        }
        FUZZ_CHECK(m > 0, "the rewritten file holds a line the file did not: %.*s", (int)n, line);
        kept++;
    }
    FUZZ_CHECK(after_len == 0 || after[after_len - 1] == '\n', "the rewritten file ends in an unfinished line");
    FUZZ_CHECK(kept == rep.kept + rep.unreadable, "%zu lines kept, the report says %zu + %zu", kept, rep.kept,
               rep.unreadable);
    return 0;
}
