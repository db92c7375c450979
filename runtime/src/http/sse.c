/* The text/event-stream parser of the WHATWG HTML standard ("Parsing an event stream" and
 * "Interpreting an event stream"). Input arrives in whatever pieces the network gives, so
 * the only state between calls is the unfinished line, the event being built and whether the
 * last byte was a CR (a LF after it belongs to the same line end). */
#include <string.h>

#include "apic/error.h"
#include "apic/sse.h"

static const char BOM[] = "\xEF\xBB\xBF";

void apic_sse_init(apic_sse_parser *p, apic_sse_callback on_event, void *ctx)
{
    memset(p, 0, sizeof *p);
    p->on_event = on_event;
    p->ctx = ctx;
    p->retry_ms = -1;
    p->first_line = true;
}

void apic_sse_clear(apic_sse_parser *p)
{
    if (p == NULL) return;
    apic_buf_free(&p->line);
    apic_buf_free(&p->data);
    apic_buf_free(&p->type);
    apic_buf_free(&p->id);
}

static bool named(const char *field, size_t n, const char *name)
{
    return n == strlen(name) && memcmp(field, name, n) == 0;
}

/* The blank line: an event with data goes to the callback; the buffers start afresh either way.
 * What the callback returns is kept apart from the parser's own failures. */
static void dispatch(apic_sse_parser *p)
{
    if (p->data.len > 0) {
        p->data.data[--p->data.len] = '\0'; /* the '\n' after the last data line */
        apic_sse_event ev = {p->type.len > 0 ? p->type.data : "message", p->data.data, p->data.len,
                             p->id.data != NULL ? p->id.data : "", p->retry_ms};
        if (p->on_event != NULL) p->stopped = p->on_event(p->ctx, &ev);
    }
    p->data.len = 0;
    p->type.len = 0;
    if (p->data.data != NULL) p->data.data[0] = '\0';
    if (p->type.data != NULL) p->type.data[0] = '\0';
}

/* Replaces the text of b with s ("" is a value too: an id reset). */
static int set_text(apic_buf *b, const char *s, size_t n)
{
    b->len = 0;
    if (apic_buf_reserve(b, n) != 0) return APIC_E_NOMEM;
    if (n > 0) memcpy(b->data, s, n);
    b->len = n;
    b->data[n] = '\0';
    return 0;
}

/* "retry": only ASCII digits count; anything else leaves the delay as it was. */
static void set_retry(apic_sse_parser *p, const char *v, size_t n)
{
    long ms = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] < '0' || v[i] > '9') return;
        if (ms > (0x7fffffffL - 9) / 10) return; /* longer than any sensible delay: ignored */
        ms = ms * 10 + (v[i] - '0');
    }
    if (n > 0) p->retry_ms = ms;
}

static int process_line(apic_sse_parser *p)
{
    const char *s = p->line.data != NULL ? p->line.data : "";
    size_t n = p->line.len;
    if (p->first_line) {
        p->first_line = false;
        if (n >= 3 && memcmp(s, BOM, 3) == 0) {
            s += 3;
            n -= 3;
        }
    }
    p->line.len = 0;
    if (n == 0) {
        dispatch(p);
        return 0;
    }
    if (s[0] == ':') return 0; /* a comment, e.g. a keep-alive */
    const char *colon = memchr(s, ':', n);
    size_t name_len = colon != NULL ? (size_t)(colon - s) : n;
    const char *value = colon != NULL ? colon + 1 : s + n;
    size_t value_len = n - name_len - (colon != NULL);
    if (value_len > 0 && value[0] == ' ') {
        value++;
        value_len--;
    }
    if (named(s, name_len, "data")) {
        if (apic_buf_append(&p->data, value, value_len) != 0 || apic_buf_putc(&p->data, '\n') != 0) return APIC_E_NOMEM;
    } else if (named(s, name_len, "event")) {
        /* The type reaches the callback as a C string: one holding NUL is ignored, as an id is. */
        if (memchr(value, '\0', value_len) == NULL && set_text(&p->type, value, value_len) != 0) return APIC_E_NOMEM;
    } else if (named(s, name_len, "id")) {
        if (memchr(value, '\0', value_len) == NULL && set_text(&p->id, value, value_len) != 0) return APIC_E_NOMEM;
    } else if (named(s, name_len, "retry")) {
        set_retry(p, value, value_len);
    }
    return 0;
}

int apic_sse_feed(apic_sse_parser *p, const char *bytes, size_t len)
{
    if (p->stopped != 0) return p->stopped;
    size_t i = 0;
    while (i < len) {
        if (p->after_cr) {
            p->after_cr = false;
            if (bytes[i] == '\n') {
                i++;
                continue;
            }
        }
        /* The rest of the line in this piece, in one copy. */
        size_t end = i;
        while (end < len && bytes[end] != '\r' && bytes[end] != '\n') end++;
        if (end > i && apic_buf_append(&p->line, bytes + i, end - i) != 0) return APIC_E_NOMEM;
        if (end == len) break;
        p->after_cr = bytes[end] == '\r';
        i = end + 1;
        if (process_line(p) != 0) return APIC_E_NOMEM;
        if (p->stopped != 0) return p->stopped;
    }
    return 0;
}
