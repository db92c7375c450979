/* Golden test of bodies and responses that are not JSON (tests/golden/forms.yaml): the exact
 * bytes of form-urlencoded and multipart bodies (nested deepObject members, repeated and
 * delimited arrays, text, JSON and file parts from memory and from a path), a schema that is
 * both a multipart body (with a file) and a JSON response (with a string), raw bytes sent and
 * received, text, event streams delivered piece by piece in any split, and the event-stream
 * variant of an operation that answers JSON too. Requests go to a scripted transport that
 * records them; nothing leaves the process. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <forms/forms.h>

#include "cunit_run.h"
#include "recorder.h"

/* --- a scripted transport: records every request, answers as told ------------------------------ */

typedef struct script {
    recorder rec;       /* the last request */
    char first[65536];  /* the first request's body, to compare a retry with */
    size_t first_len;
    int fail_first;     /* answer 503 to this many requests first */
    int status;
    const char *body;   /* the answer's body, body_len bytes */
    size_t body_len;
    const char *content_type;
    bool stream;        /* hand a 2xx body to the request's sink, in pieces of `piece` bytes */
    size_t piece;
    bool reset_after;   /* then fail as a connection reset would */
} script;

static script S;
static forms_client *client;
static apic_error err;

static int script_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *e)
{
    script *s = ctx;
    recorder_send(&s->rec, req, res, e);
    if (s->rec.calls == 1) {
        s->first_len = req->body_len < sizeof s->first ? req->body_len : sizeof s->first;
        if (s->first_len > 0) memcpy(s->first, req->body, s->first_len);
    }
    res->status = s->rec.calls <= s->fail_first ? 503 : s->status;
    if (s->content_type != NULL &&
        apic_http_response_add_header(res, "Content-Type", 12, s->content_type, strlen(s->content_type)) != 0) {
        return APIC_E_NOMEM;
    }
    bool ok = res->status >= 200 && res->status < 300;
    if (s->stream && ok && req->sink != NULL) {
        for (size_t off = 0; off < s->body_len; off += s->piece) {
            size_t n = s->body_len - off < s->piece ? s->body_len - off : s->piece;
            if (req->sink->write(req->sink->ctx, res, s->body + off, n) != 0) break; /* the reader stopped */
        }
        return s->reset_after ? apic_error_set(e, APIC_E_TRANSPORT, "connection reset") : 0;
    }
    return s->body_len > 0 ? apic_buf_append(&res->body, s->body, s->body_len) : 0;
}

/* A client on the script, answering status with len bytes of body (NULL: none). */
static void open_client(int status, const char *body, size_t len, const char *content_type)
{
    static apic_transport t;
    memset(&S, 0, sizeof S);
    S.status = status;
    S.body = body;
    S.body_len = len;
    S.content_type = content_type;
    t = (apic_transport){script_send, NULL, &S};
    forms_config cfg = FORMS_CONFIG_INIT;
    cfg.transport = &t;
    cfg.retry.initial_delay_ms = 1;
    cfg.retry.max_delay_ms = 1;
    CU_ASSERT_EQUAL_FATAL(forms_client_new(&cfg, &client, &err), 0);
}

static void close_client(void)
{
    forms_client_free(client);
    client = NULL;
    apic_error_clear(&err);
}

static const char *header(const char *name)
{
    static char buf[512];
    return recorder_header(&S.rec, name, buf, sizeof buf);
}

/* --- application/x-www-form-urlencoded ---------------------------------------------------------------- */

static void test_form_body_bytes(void)
{
    open_client(200, "{\"id\":\"cus_1\",\"name\":\"Ada\"}", 27, "application/json");
    char *meta_keys[] = {"plan", "tier"}, *meta_values[] = {"pro", "2"};
    forms_customer_form_address addr = {"1 Main St", "Nairobi", {0}};
    forms_customer_form_items_item items[] = {{"p_1", true, 2, {0}}, {"p_2", false, 0, {0}}};
    char *tags[] = {"a", "b"}, *expand[] = {"customer", "invoice"}, *codes[] = {"x", "y"};
    int64_t ranks[] = {1, 2};
    forms_customer_form body = {.name = "Ada Lovelace", .has_age = true, .age = 36, .has_vip = true, .vip = false,
                                .note = "a b&c=d+\xC3\xA9", .id = "cus_never_sent",
                                .metadata = {meta_keys, meta_values, 2}, .address = &addr, .tags = {tags, 2},
                                .items = {items, 2}, .expand = {expand, 2}, .codes = {codes, 2}, .ranks = {ranks, 2}};
    forms_customer *out = NULL;
    CU_ASSERT_EQUAL_FATAL(forms_customers_create(client, &body, &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(S.rec.method, "POST");
    CU_ASSERT_STRING_EQUAL(S.rec.url, "http://127.0.0.1:9/customers");
    CU_ASSERT_STRING_EQUAL(header("Content-Type"), "application/x-www-form-urlencoded");
    /* read-only id left out; spaces as %20; nested members in brackets, array items by index */
    CU_ASSERT_STRING_EQUAL(S.rec.body,
                           "name=Ada%20Lovelace&age=36&vip=false&note=a%20b%26c%3Dd%2B%C3%A9"
                           "&metadata[plan]=pro&metadata[tier]=2&address[line1]=1%20Main%20St&address[city]=Nairobi"
                           "&tags=a&tags=b&items[0][price]=p_1&items[0][quantity]=2&items[1][price]=p_2"
                           "&expand[0]=customer&expand[1]=invoice&codes=x|y&ranks=1%202");
    CU_ASSERT_EQUAL(S.rec.body_len, strlen(S.rec.body));
    CU_ASSERT_STRING_EQUAL(out->id, "cus_1");
    forms_customer_free(out);
    close_client();
}

static void test_form_required_member_is_checked_before_sending(void)
{
    open_client(200, NULL, 0, NULL);
    forms_customer_form body = {.has_age = true, .age = 1};
    CU_ASSERT_EQUAL(forms_customers_create(client, &body, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "required member 'name' is missing"));
    CU_ASSERT_EQUAL(S.rec.calls, 0);
    close_client();
}

/* --- multipart/form-data ------------------------------------------------------------------------- */

/* The bytes of one part as the runtime must write them. */
static void expect_part(apic_buf *b, const char *boundary, const char *headers, const void *content, size_t len)
{
    apic_buf_printf(b, "--%s\r\nContent-Disposition: form-data; %s\r\n\r\n", boundary, headers);
    apic_buf_append(b, content, len);
    apic_buf_puts(b, "\r\n");
}

static const unsigned char png[] = {0x89, 'P', 'N', 'G', 0x00, '\r', '\n', 0xff};
static const char thumb[] = "thumb\0nail";

/* A temporary file holding thumb; its path in path. */
static void write_thumb(char path[64])
{
    snprintf(path, 64, "/tmp/forms-thumb-XXXXXX");
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    CU_ASSERT_EQUAL_FATAL(write(fd, thumb, sizeof thumb - 1), (ssize_t)(sizeof thumb - 1));
    close(fd);
}

static void test_multipart_body_bytes(void)
{
    open_client(201, "{\"id\":\"f_1\"}", 12, "application/json");
    S.fail_first = 1; /* the retry must send the very same bytes */
    char path[64];
    write_thumb(path);
    apic_file file = {png, sizeof png, NULL, NULL, NULL};
    apic_file thumbnail = {NULL, 0, path, NULL, NULL};
    apic_file attached[] = {{"A", 1, NULL, "a.txt", "text/plain"}, {"b\"c", 3, NULL, "q\"uote\r\n.bin", NULL}};
    forms_upload_options opts = {true, true, "x\"y", {0}};
    char *labels[] = {"a b", "c"};
    apic_file images[] = {{"i1", 2, NULL, "one.png", NULL}};
    forms_upload body = {.purpose = "avatar", .has_count = true, .count = 3, .options = &opts, .labels = {labels, 2},
                         .note = "**bold**", .file = &file, .thumbnail = &thumbnail, .attachments = {attached, 2},
                         .images = {images, 1}};
    forms_customer *out = NULL;
    CU_ASSERT_EQUAL_FATAL(forms_files_upload(client, &body, &out, &err), 0);
    CU_ASSERT_EQUAL(S.rec.calls, 2);
    forms_customer_free(out);

    const char *ct = header("Content-Type");
    const char *prefix = "multipart/form-data; boundary=apic-";
    CU_ASSERT_FATAL(ct != NULL && strncmp(ct, prefix, strlen(prefix)) == 0);
    const char *boundary = ct + strlen("multipart/form-data; boundary=");
    CU_ASSERT_EQUAL(strlen(boundary), 5 + 32); /* "apic-" and 128 random bits in hex */
    CU_ASSERT_EQUAL(strspn(boundary + 5, "0123456789abcdef"), 32);

    const char *base = strrchr(path, '/') + 1;
    char thumb_headers[160];
    snprintf(thumb_headers, sizeof thumb_headers, "name=\"thumbnail\"; filename=\"%s\"\r\nContent-Type: image/png", base);
    apic_buf want = {0};
    expect_part(&want, boundary, "name=\"purpose\"", "avatar", 6);
    expect_part(&want, boundary, "name=\"count\"", "3", 1);
    const char *options_json = "{\"crop\":true,\"label\":\"x\\\"y\"}";
    expect_part(&want, boundary, "name=\"options\"\r\nContent-Type: application/json", options_json, strlen(options_json));
    expect_part(&want, boundary, "name=\"labels\"", "a b", 3);
    expect_part(&want, boundary, "name=\"labels\"", "c", 1);
    expect_part(&want, boundary, "name=\"note\"\r\nContent-Type: text/markdown", "**bold**", 8);
    expect_part(&want, boundary, "name=\"file\"; filename=\"file\"\r\nContent-Type: image/png", png, sizeof png);
    expect_part(&want, boundary, thumb_headers, thumb, sizeof thumb - 1);
    expect_part(&want, boundary, "name=\"attachments\"; filename=\"a.txt\"\r\nContent-Type: text/plain", "A", 1);
    expect_part(&want, boundary,
                "name=\"attachments\"; filename=\"q%22uote%0D%0A.bin\"\r\nContent-Type: application/octet-stream",
                "b\"c", 3);
    expect_part(&want, boundary, "name=\"images\"; filename=\"one.png\"\r\nContent-Type: application/octet-stream", "i1", 2);
    apic_buf_printf(&want, "--%s--\r\n", boundary);
    CU_ASSERT_EQUAL(S.rec.body_len, want.len);
    CU_ASSERT(S.rec.body_len == want.len && memcmp(S.rec.body, want.data, want.len) == 0);
    if (S.rec.body_len != want.len || memcmp(S.rec.body, want.data, want.len) != 0) {
        fprintf(stderr, "\n got: %.*s\nwant: %s\n", (int)S.rec.body_len, S.rec.body, want.data);
    }
    CU_ASSERT(S.first_len == S.rec.body_len && memcmp(S.first, S.rec.body, S.first_len) == 0);
    apic_buf_free(&want);
    unlink(path);
    close_client();
}

static void test_missing_file_fails_before_sending(void)
{
    open_client(201, NULL, 0, NULL);
    apic_file file = {NULL, 0, "/nonexistent/forms/avatar.png", NULL, NULL};
    forms_upload body = {.purpose = "avatar", .file = &file};
    CU_ASSERT_EQUAL(forms_files_upload(client, &body, NULL, &err), APIC_E_ARG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "member 'file': cannot read '/nonexistent/forms/avatar.png'"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "No such file or directory"));
    CU_ASSERT_EQUAL(S.rec.calls, 0);
    CU_ASSERT_EQUAL(err.attempts, 0);
    close_client();
}

/* Document is a multipart body (content: a file part) and a JSON response (content: a string):
 * the body has a struct of its own, so the response still decodes. */
static void test_schema_both_multipart_body_and_json_response(void)
{
    const char *answer = "{\"title\":\"notes\",\"content\":\"hello \\u00e9\"}";
    open_client(201, answer, strlen(answer), "application/json");
    apic_file file = {"hi\0there", 8, NULL, NULL, "text/plain"};
    forms_document_multipart body = {.title = "notes", .content = &file};
    forms_document *out = NULL;
    CU_ASSERT_EQUAL_FATAL(forms_documents_upload(client, &body, &out, &err), 0);

    const char *ct = header("Content-Type");
    CU_ASSERT_FATAL(ct != NULL && strncmp(ct, "multipart/form-data; boundary=", 30) == 0);
    apic_buf want = {0};
    expect_part(&want, ct + 30, "name=\"title\"", "notes", 5);
    expect_part(&want, ct + 30, "name=\"content\"; filename=\"content\"\r\nContent-Type: text/plain", "hi\0there", 8);
    apic_buf_printf(&want, "--%s--\r\n", ct + 30);
    CU_ASSERT(S.rec.body_len == want.len && memcmp(S.rec.body, want.data, want.len) == 0);
    apic_buf_free(&want);

    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_STRING_EQUAL(out->title, "notes");
    CU_ASSERT_STRING_EQUAL(out->content, "hello \xC3\xA9");
    forms_document_free(out);
    close_client();

    /* The schema's own struct is JSON both ways. */
    forms_document doc = {.title = "t", .content = "bytes as text"};
    char *json = NULL;
    CU_ASSERT_EQUAL_FATAL(forms_document_to_json(&doc, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"title\":\"t\",\"content\":\"bytes as text\"}");
    free(json);
}

static void test_multipart_required_file(void)
{
    open_client(201, NULL, 0, NULL);
    forms_upload body = {.purpose = "avatar"};
    CU_ASSERT_EQUAL(forms_files_upload(client, &body, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "'file'"));
    CU_ASSERT_EQUAL(S.rec.calls, 0);
    close_client();
}

/* A file's content type is written into its part's headers (or is the Content-Type of a body of
 * bytes): one holding a line break would add a header (or a part) of its own, so it is refused
 * before anything is sent (found by tests/fuzz/fuzz_multipart.c). */
static void test_multipart_content_type_with_a_line_break(void)
{
    open_client(201, NULL, 0, NULL);
    apic_file file = {"x", 1, NULL, "a.txt", "text/plain\r\nX-Injected: 1"};
    apic_file attached[] = {{"y", 1, NULL, "b.txt", "text/plain\n"}};
    forms_upload body = {.purpose = "avatar", .file = &file};
    CU_ASSERT_EQUAL(forms_files_upload(client, &body, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "member 'file'"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "content type"));
    file.content_type = "text/plain";
    body.attachments = (apic_file_array){attached, 1};
    CU_ASSERT_EQUAL(forms_files_upload(client, &body, NULL, &err), APIC_E_VALIDATION);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "member 'attachments'"));
    /* The same type as the Content-Type of a whole body of bytes. */
    forms_blobs_put_params p = {"b"};
    CU_ASSERT_EQUAL(forms_blobs_put(client, &p, &attached[0], &err), APIC_E_VALIDATION);
    CU_ASSERT_EQUAL(S.rec.calls, 0);
    close_client();
}

/* --- raw bytes both ways, and text --------------------------------------------------------------- */

static void test_octet_stream_upload(void)
{
    open_client(204, NULL, 0, NULL);
    forms_blobs_put_params p = {"r\xC3\xA9port 1"};
    apic_file mem = {png, sizeof png, NULL, NULL, NULL};
    CU_ASSERT_EQUAL_FATAL(forms_blobs_put(client, &p, &mem, &err), 0);
    CU_ASSERT_STRING_EQUAL(S.rec.method, "PUT");
    CU_ASSERT_STRING_EQUAL(S.rec.url, "http://127.0.0.1:9/blobs/r%C3%A9port%201");
    CU_ASSERT_STRING_EQUAL(header("Content-Type"), "application/octet-stream");
    CU_ASSERT(S.rec.body_len == sizeof png && memcmp(S.rec.body, png, sizeof png) == 0);

    char path[64];
    write_thumb(path);
    apic_file from_path = {NULL, 0, path, NULL, "image/png"}; /* the file's own type wins */
    CU_ASSERT_EQUAL_FATAL(forms_blobs_put(client, &p, &from_path, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Content-Type"), "image/png");
    CU_ASSERT(S.rec.body_len == sizeof thumb - 1 && memcmp(S.rec.body, thumb, sizeof thumb - 1) == 0);
    unlink(path);

    CU_ASSERT_EQUAL(forms_blobs_put(client, &p, &from_path, &err), APIC_E_ARG); /* gone now */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, path));
    CU_ASSERT_EQUAL(S.rec.calls, 2);
    close_client();
}

static void test_binary_download(void)
{
    open_client(200, (const char *)png, sizeof png, "application/pdf");
    forms_blobs_get_params p = {"doc"};
    apic_bytes *out = NULL;
    CU_ASSERT_EQUAL_FATAL(forms_blobs_get(client, &p, &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Accept"), "application/pdf");
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_EQUAL(out->len, sizeof png);
    CU_ASSERT(memcmp(out->data, png, sizeof png) == 0);
    CU_ASSERT_EQUAL(out->data[out->len], '\0');
    CU_ASSERT_STRING_EQUAL(out->content_type, "application/pdf");
    apic_bytes_free(out);
    close_client();

    open_client(200, NULL, 0, NULL); /* an empty file is a result too, without a type */
    CU_ASSERT_EQUAL_FATAL(forms_blobs_get(client, &p, &out, &err), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_EQUAL(out->len, 0);
    CU_ASSERT_PTR_NULL(out->content_type);
    apic_bytes_free(out);
    apic_bytes_free(NULL);
    close_client();
}

static void test_text_both_ways(void)
{
    open_client(200, "stored: hello", 13, "text/plain");
    char *out = NULL;
    CU_ASSERT_EQUAL_FATAL(forms_notes_post(client, "hello\nworld", &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Content-Type"), "text/plain");
    CU_ASSERT_STRING_EQUAL(header("Accept"), "text/plain");
    CU_ASSERT_STRING_EQUAL(S.rec.body, "hello\nworld");
    CU_ASSERT_STRING_EQUAL(out, "stored: hello");
    free(out);
    close_client();
}

/* --- text/event-stream ---------------------------------------------------------------------------- */

typedef struct seen {
    int n;
    char log[1024]; /* "type|id|data;" per event */
    int stop_after; /* return non-zero after this many events (0: never) */
} seen;

static int on_event(void *ctx, const apic_sse_event *ev)
{
    seen *s = ctx;
    size_t at = strlen(s->log);
    snprintf(s->log + at, sizeof s->log - at, "%s|%s|%s;", ev->type, ev->id, ev->data);
    s->n++;
    return s->stop_after > 0 && s->n >= s->stop_after ? 1 : 0;
}

static const char stream[] = "\xEF\xBB\xBF: hello\r\n"
                             "event: price\r\nid: 1\r\ndata: {\"p\":1}\r\n\r\n"
                             "data: line one\ndata: line two\n\n"
                             "id: 2\rdata:no space\r\r"
                             "event: ignored without data\n\n"
                             "data: cut off by the end";

static const char stream_events[] = "price|1|{\"p\":1};message|1|line one\nline two;message|2|no space;";

static void test_events_arrive_in_any_split(void)
{
    for (size_t piece = 1; piece <= sizeof stream; piece++) {
        open_client(200, stream, sizeof stream - 1, "text/event-stream");
        S.stream = true;
        S.piece = piece;
        seen s = {0};
        forms_events_stream_params p = {"prices"};
        CU_ASSERT_EQUAL_FATAL(forms_events_stream(client, &p, on_event, &s, &err), 0);
        CU_ASSERT_STRING_EQUAL(s.log, stream_events);
        if (strcmp(s.log, stream_events) != 0) fprintf(stderr, "\n  pieces of %zu: %s\n", piece, s.log);
        CU_ASSERT_STRING_EQUAL(S.rec.url, "http://127.0.0.1:9/events?topic=prices");
        CU_ASSERT_STRING_EQUAL(header("Accept"), "text/event-stream");
        close_client();
    }
}

static void test_events_from_a_transport_that_collects_the_body(void)
{
    open_client(200, stream, sizeof stream - 1, "text/event-stream"); /* S.stream false: no sink used */
    seen s = {0};
    CU_ASSERT_EQUAL_FATAL(forms_events_stream(client, NULL, on_event, &s, &err), 0);
    CU_ASSERT_STRING_EQUAL(s.log, stream_events);
    close_client();
}

static void test_callback_stops_the_stream(void)
{
    open_client(200, stream, sizeof stream - 1, "text/event-stream");
    S.stream = true;
    S.piece = 7;
    seen s = {.stop_after = 2};
    CU_ASSERT_EQUAL(forms_events_stream(client, NULL, on_event, &s, &err), 0);
    CU_ASSERT_EQUAL(s.n, 2);
    CU_ASSERT_STRING_EQUAL(s.log, "price|1|{\"p\":1};message|1|line one\nline two;");
    close_client();
}

/* A stream is tried again while the caller has seen none of it, never after. */
static void test_events_retry_only_before_the_first_event(void)
{
    open_client(200, stream, sizeof stream - 1, "text/event-stream");
    S.stream = true;
    S.piece = 5;
    S.fail_first = 1;
    seen s = {0};
    CU_ASSERT_EQUAL(forms_events_stream(client, NULL, on_event, &s, &err), 0);
    CU_ASSERT_EQUAL(S.rec.calls, 2);
    CU_ASSERT_STRING_EQUAL(s.log, stream_events); /* each event once */
    close_client();

    open_client(200, stream, sizeof stream - 1, "text/event-stream");
    S.stream = true;
    S.piece = 5;
    S.reset_after = true;
    memset(&s, 0, sizeof s);
    CU_ASSERT_EQUAL(forms_events_stream(client, NULL, on_event, &s, &err), APIC_E_TRANSPORT);
    CU_ASSERT_EQUAL(S.rec.calls, 1);
    CU_ASSERT_EQUAL(s.n, 3);
    CU_ASSERT_FALSE(err.retryable);
    close_client();
}

static void test_events_error_status(void)
{
    open_client(401, "{\"error\":\"no\"}", 14, "application/json");
    S.stream = true;
    S.piece = 3;
    seen s = {0};
    CU_ASSERT_EQUAL(forms_events_stream(client, NULL, on_event, &s, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 401);
    CU_ASSERT_STRING_EQUAL(err.body, "{\"error\":\"no\"}");
    CU_ASSERT_EQUAL(s.n, 0);
    close_client();

    open_client(200, stream, sizeof stream - 1, "text/event-stream");
    CU_ASSERT_EQUAL(forms_events_stream(client, NULL, NULL, NULL, &err), APIC_E_ARG);
    CU_ASSERT_EQUAL(S.rec.calls, 0);
    close_client();
}

/* --- an operation answering JSON or, asked to, an event stream ----------------------------------- */

static const char chunks[] = "data: {\"delta\":\"Hel\"}\n\ndata: {\"delta\":\"lo\"}\n\nevent: done\ndata: [DONE]\n\n";

/* Events decoded with the generated from_json of the stream's schema (CompletionChunk). */
static int on_chunk(void *ctx, const apic_sse_event *ev)
{
    seen *s = ctx;
    forms_completion_chunk *chunk = NULL;
    apic_error e = {0};
    size_t at = strlen(s->log);
    if (strcmp(ev->type, "message") == 0 && forms_completion_chunk_from_json(ev->data, ev->data_len, &chunk, &e) == 0) {
        snprintf(s->log + at, sizeof s->log - at, "%s", chunk->delta);
        forms_completion_chunk_free(chunk);
    } else {
        snprintf(s->log + at, sizeof s->log - at, "|%s:%s", ev->type, ev->data);
    }
    apic_error_clear(&e);
    s->n++;
    return 0;
}

static void test_stream_variant_asks_for_and_reads_the_stream(void)
{
    forms_completions_create_params p = {"2024-01"};
    /* stream unset, false, and null: the variant sends true each time, and leaves the body as it was */
    forms_completion_request bodies[] = {{.prompt = "Hi"},
                                         {.prompt = "Hi", .has_stream = true, .stream = false},
                                         {.prompt = "Hi", .has_stream = true, .stream_is_null = true}};
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        open_client(200, chunks, sizeof chunks - 1, "text/event-stream");
        S.stream = true;
        S.piece = 3;
        forms_completion_request before = bodies[i];
        seen s = {0};
        CU_ASSERT_EQUAL_FATAL(forms_completions_create_stream(client, &p, &bodies[i], on_chunk, &s, &err), 0);
        CU_ASSERT_STRING_EQUAL(s.log, "Hello|done:[DONE]");
        CU_ASSERT_EQUAL(s.n, 3);
        CU_ASSERT_STRING_EQUAL(S.rec.method, "POST");
        CU_ASSERT_STRING_EQUAL(S.rec.url, "http://127.0.0.1:9/completions?api-version=2024-01");
        CU_ASSERT_STRING_EQUAL(header("Accept"), "text/event-stream");
        CU_ASSERT_STRING_EQUAL(header("Content-Type"), "application/json");
        CU_ASSERT_STRING_EQUAL(S.rec.body, "{\"prompt\":\"Hi\",\"stream\":true}");
        CU_ASSERT(before.has_stream == bodies[i].has_stream && before.stream == bodies[i].stream &&
                  before.stream_is_null == bodies[i].stream_is_null);
        close_client();
    }
}

static void test_stream_variant_errors(void)
{
    open_client(429, "{\"error\":\"slow down\"}", 22, "application/json");
    S.stream = true;
    S.piece = 4;
    forms_completion_request body = {.prompt = "Hi"};
    seen s = {0};
    CU_ASSERT_EQUAL(forms_completions_create_stream(client, NULL, &body, on_chunk, &s, &err), APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 429);
    CU_ASSERT_STRING_EQUAL(err.body, "{\"error\":\"slow down\"}");
    CU_ASSERT_EQUAL(s.n, 0);
    close_client();

    open_client(200, chunks, sizeof chunks - 1, "text/event-stream");
    CU_ASSERT_EQUAL(forms_completions_create_stream(client, NULL, NULL, on_chunk, &s, &err), APIC_E_ARG); /* body required */
    CU_ASSERT_EQUAL(S.rec.calls, 0);
    close_client();
}

static void test_json_function_beside_the_stream(void)
{
    const char *answer = "{\"id\":\"c_1\",\"text\":\"Hello\"}";
    open_client(200, answer, strlen(answer), "application/json");
    forms_completion_request body = {.prompt = "Hi"};
    forms_completion *out = NULL;
    CU_ASSERT_EQUAL_FATAL(forms_completions_create(client, NULL, &body, &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Accept"), "application/json");
    CU_ASSERT_STRING_EQUAL(S.rec.body, "{\"prompt\":\"Hi\"}"); /* sent as it is: no stream member */
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_STRING_EQUAL(out->text, "Hello");
    forms_completion_free(out);
    close_client();
    /* Both descriptors are in the operation table. */
    size_t found = 0;
    for (size_t i = 0; i < forms_operation_count; i++) {
        found += forms_operations[i] == &forms_completions_create_op || forms_operations[i] == &forms_completions_create_stream_op;
    }
    CU_ASSERT_EQUAL(found, 2);
}

int main(void)
{
    CU_TestInfo form_tests[] = {
        {"form body: exact bytes (deepObject, repeated, delimited, read-only left out)", test_form_body_bytes},
        {"form body: a required member is checked before sending", test_form_required_member_is_checked_before_sending},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo multipart_tests[] = {
        {"multipart: exact bytes, boundary, text/JSON/file parts, same bytes on retry", test_multipart_body_bytes},
        {"multipart: a file that cannot be read fails before sending", test_missing_file_fails_before_sending},
        {"multipart: a required file is checked", test_multipart_required_file},
        {"multipart: a file's content type with a line break is refused, nothing sent",
         test_multipart_content_type_with_a_line_break},
        {"multipart body and JSON response of one schema: file part sent, string decoded",
         test_schema_both_multipart_body_and_json_response},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo raw_tests[] = {
        {"octet-stream upload from memory and from a path", test_octet_stream_upload},
        {"binary download: bytes, length, content type", test_binary_download},
        {"text body and text result", test_text_both_ways},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo sse_tests[] = {
        {"events arrive in any split of the stream", test_events_arrive_in_any_split},
        {"events from a transport that collects the body", test_events_from_a_transport_that_collects_the_body},
        {"the callback stops the stream", test_callback_stops_the_stream},
        {"a stream is retried only before its first event", test_events_retry_only_before_the_first_event},
        {"an error status is an error, not events", test_events_error_status},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo variant_tests[] = {
        {"the _stream variant sends stream: true and Accept: text/event-stream, reads events",
         test_stream_variant_asks_for_and_reads_the_stream},
        {"the _stream variant: an error status, a missing body", test_stream_variant_errors},
        {"the JSON function beside it sends the body as it is", test_json_function_beside_the_stream},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"form-urlencoded bodies", NULL, NULL, NULL, NULL, form_tests},
        {"multipart bodies", NULL, NULL, NULL, NULL, multipart_tests},
        {"bytes and text", NULL, NULL, NULL, NULL, raw_tests},
        {"event streams", NULL, NULL, NULL, NULL, sse_tests},
        {"JSON or event stream", NULL, NULL, NULL, NULL, variant_tests},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
