/* The multipart/form-data builder (runtime/src/http/multipart.c), reached as an application
 * reaches it: a generated operation (forms_files_upload() of tests/golden/forms.yaml: text, JSON,
 * array and file members) called on a client whose transport records and never sends. The body
 * sent must read back as exactly the parts the value holds: every part opens with the boundary and
 * a Content-Disposition, its headers are the builder's own (a name, filename or content type from
 * the value cannot add a header line or a part), text parts hold their value and file parts their
 * bytes.
 *
 * Input: the Upload value as JSON; after a NUL byte, the bytes of every file it holds (files are
 * never read from a path here: a path from the input is dropped). */
#include <string.h>

#include <forms/forms.h>

#include "fuzz_check.h"

static apic_client *client;
static struct {
    size_t calls;
    apic_buf body;
    char content_type[256];
} sent;

static int record_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx, (void)err;
    sent.calls++;
    sent.body.len = 0;
    FUZZ_CHECK(apic_buf_append(&sent.body, req->body, req->body_len) == 0, "out of memory");
    sent.content_type[0] = '\0';
    for (size_t i = 0; i < req->n_headers; i++) {
        FUZZ_CHECK(strpbrk(req->headers[i].value, "\r\n") == NULL, "header %s: %s", req->headers[i].name,
                   req->headers[i].value);
        if (strcmp(req->headers[i].name, "Content-Type") == 0)
            snprintf(sent.content_type, sizeof sent.content_type, "%s", req->headers[i].value);
    }
    res->status = 201;
    return 0;
}

static void set_up(void)
{
    static const apic_transport t = {record_send, NULL, NULL};
    apic_config cfg = FORMS_CONFIG_INIT;
    cfg.transport = &t;
    cfg.log_level = APIC_LOG_OFF;
    cfg.retry.max_retries = APIC_NO_RETRY;
    FUZZ_CHECK(apic_client_new(&cfg, &client, NULL) == 0, "client");
}

static void give_bytes(apic_file *f, const char *bytes, size_t len)
{
    free((char *)f->path); /* decoded into: owned by the value */
    f->path = NULL;
    f->data = bytes;
    f->len = len;
}

/* Reads one part at *at of body: its headers must be the builder's, and its content is returned. */
static void read_part(const char *body, size_t len, const char *boundary, size_t *at, const char **name,
                      size_t *name_len, const char **content, size_t *content_len)
{
    const char *p = body + *at, *end = body + len;
    const char *head_end = NULL;
    for (const char *q = p; q + 4 <= end && head_end == NULL; q++)
        if (memcmp(q, "\r\n\r\n", 4) == 0) head_end = q;
    FUZZ_CHECK(head_end != NULL, "a part without the end of its headers");
    static const char disposition[] = "Content-Disposition: form-data; name=\"";
    FUZZ_CHECK((size_t)(head_end - p) > sizeof disposition - 1 && memcmp(p, disposition, sizeof disposition - 1) == 0,
               "a part starts %.40s", p);
    *name = p + sizeof disposition - 1;
    const char *quote = memchr(*name, '"', (size_t)(head_end - *name));
    FUZZ_CHECK(quote != NULL, "an unterminated name");
    *name_len = (size_t)(quote - *name);
    /* What may follow the name on that line, then at most a Content-Type line. */
    const char *line_end = quote + 1;
    while (line_end < head_end && memcmp(line_end, "\r\n", 2) != 0) line_end++;
    static const char filename[] = "; filename=\"";
    if (line_end > quote + 1) {
        size_t n = (size_t)(line_end - quote - 1);
        FUZZ_CHECK(n >= sizeof filename && memcmp(quote + 1, filename, sizeof filename - 1) == 0 && line_end[-1] == '"' &&
                       memchr(quote + sizeof filename, '"', n - sizeof filename) == NULL,
                   "the disposition goes on: %.*s", (int)n, quote + 1);
    }
    if (line_end < head_end) {
        static const char type[] = "\r\nContent-Type: ";
        FUZZ_CHECK(memcmp(line_end, type, sizeof type - 1) == 0, "a header line %.*s", (int)(head_end - line_end), line_end);
        FUZZ_CHECK(memchr(line_end + 2, '\r', (size_t)(head_end - line_end - 2)) == NULL &&
                       memchr(line_end + 2, '\n', (size_t)(head_end - line_end - 2)) == NULL,
                   "a line break inside %.*s", (int)(head_end - line_end), line_end);
    }
    *content = head_end + 4;
    /* The content ends at the next boundary line. */
    size_t bl = strlen(boundary);
    const char *q = *content;
    while (q + 4 + bl <= end && !(memcmp(q, "\r\n--", 4) == 0 && memcmp(q + 4, boundary, bl) == 0)) q++;
    FUZZ_CHECK(q + 4 + bl <= end, "a part without its boundary after it");
    *content_len = (size_t)(q - *content);
    *at = (size_t)(q + 2 - body);
}

static void check_body(const forms_upload *up, const char *bytes, size_t n_bytes)
{
    static const char prefix[] = "multipart/form-data; boundary=";
    FUZZ_CHECK(strncmp(sent.content_type, prefix, sizeof prefix - 1) == 0, "Content-Type %s", sent.content_type);
    const char *boundary = sent.content_type + sizeof prefix - 1;
    size_t bl = strlen(boundary), len = sent.body.len, at = 0, parts = 0;
    const char *body = sent.body.data;
    for (;;) {
        FUZZ_CHECK(at + 2 + bl + 2 <= len && memcmp(body + at, "--", 2) == 0 && memcmp(body + at + 2, boundary, bl) == 0,
                   "no boundary at %zu", at);
        at += 2 + bl;
        if (len - at == 4 && memcmp(body + at, "--\r\n", 4) == 0) break; /* the closing boundary ends the body */
        FUZZ_CHECK(memcmp(body + at, "\r\n", 2) == 0, "a boundary followed by %.10s", body + at);
        at += 2;
        const char *name, *content;
        size_t name_len, content_len;
        read_part(body, len, boundary, &at, &name, &name_len, &content, &content_len);
        parts++;
        if (name_len == 4 && memcmp(name, "file", 4) == 0) {
            FUZZ_CHECK(content_len == n_bytes && memcmp(content, bytes, n_bytes) == 0, "the file part holds other bytes");
        }
        if (name_len == 7 && memcmp(name, "purpose", 7) == 0) {
            FUZZ_CHECK(content_len == strlen(up->purpose) && memcmp(content, up->purpose, content_len) == 0,
                       "purpose %s sent as %.*s", up->purpose, (int)content_len, content);
        }
    }
    /* One part per member, one per item of an array member. */
    size_t want = (up->purpose != NULL) + up->has_count + (up->options != NULL) + up->labels.count + (up->note != NULL) +
                  (up->file != NULL) + (up->thumbnail != NULL) + up->attachments.count + up->images.count;
    FUZZ_CHECK(parts == want, "%zu parts for %zu members", parts, want);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool ready;
    if (!ready) set_up(), ready = true;
    static const apic_type t = {APIC_OBJECT, APIC_FMT_NONE, &forms_upload_desc, NULL, NULL};
    const char *nul = memchr(data, 0, size);
    size_t json_len = nul != NULL ? (size_t)(nul - (const char *)data) : size;
    const char *bytes = nul != NULL ? nul + 1 : "";
    size_t n_bytes = nul != NULL ? size - json_len - 1 : 0;
    forms_upload up;
    memset(&up, 0, sizeof up);
    if (apic_json_decode(&t, (const char *)data, json_len, &up, NULL) != 0) return 0;
    if (up.file != NULL) give_bytes((apic_file *)up.file, bytes, n_bytes);
    if (up.thumbnail != NULL) give_bytes((apic_file *)up.thumbnail, bytes, n_bytes);
    for (size_t i = 0; i < up.attachments.count; i++) give_bytes(&up.attachments.items[i], bytes, n_bytes);
    for (size_t i = 0; i < up.images.count; i++) give_bytes(&up.images.items[i], bytes, n_bytes);

    sent.calls = 0;
    apic_error err = {0};
    int rc = forms_files_upload(client, &up, NULL, &err);
    FUZZ_CHECK(rc == 0 || rc == APIC_E_VALIDATION || rc == APIC_E_ENCODE || rc == APIC_E_ARG, "upload: %d %s", rc,
               err.message);
    FUZZ_CHECK(sent.calls == (rc == 0), "%zu requests, returned %d", sent.calls, rc);
    if (rc == 0) check_body(&up, bytes, n_bytes);
    apic_error_clear(&err);
    /* The files' bytes are the input's: not the value's to free. */
    apic_value_clear(&t, &up);
    return 0;
}
