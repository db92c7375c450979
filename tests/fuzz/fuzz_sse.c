/* The text/event-stream parser (apic/sse.h). The stream is read whole, then again in pieces cut
 * where the input's own bytes say (any split must give the same events: a server's stream arrives
 * in whatever reads the network makes), then byte by byte; and once more with a callback that stops
 * after a few events, after which nothing is read. Every event is checked as it is delivered. */
#include <string.h>

#include <apic/apic.h>

#include "fuzz_check.h"

typedef struct events {
    apic_buf log; /* type, id, retry and data of each event, length-prefixed */
    size_t n;
    size_t stop_after; /* 0: never stop */
} events;

static int on_event(void *ctx, const apic_sse_event *ev)
{
    events *e = ctx;
    FUZZ_CHECK(ev->type != NULL && ev->data != NULL && ev->id != NULL, "an event member is NULL");
    FUZZ_CHECK(ev->type[0] != '\0', "an empty event type (it is \"message\" then)");
    FUZZ_CHECK(ev->data[ev->data_len] == '\0', "data is not NUL-terminated at data_len");
    FUZZ_CHECK(ev->retry_ms >= -1, "retry_ms %ld", ev->retry_ms);
    FUZZ_CHECK(strchr(ev->id, '\n') == NULL && strchr(ev->id, '\r') == NULL, "an id holds a line break");
    int rc = apic_buf_printf(&e->log, "%zu:%s|%zu:%s|%ld|%zu:", strlen(ev->type), ev->type, strlen(ev->id), ev->id,
                             ev->retry_ms, ev->data_len);
    FUZZ_CHECK(rc == 0 && apic_buf_append(&e->log, ev->data, ev->data_len) == 0, "out of memory");
    e->n++;
    return e->stop_after != 0 && e->n == e->stop_after ? 7 : 0;
}

/* Feeds text in pieces of the sizes cuts gives (cycled; 0 is read as 1), collecting the events. */
static void parse(const char *text, size_t len, const uint8_t *cuts, size_t n_cuts, events *out)
{
    apic_sse_parser p;
    apic_sse_init(&p, on_event, out);
    int rc = 0;
    for (size_t at = 0, k = 0; at < len && rc == 0; k++) {
        size_t piece = n_cuts == 0 ? len : cuts[k % n_cuts] == 0 ? 1 : cuts[k % n_cuts];
        if (piece > len - at) piece = len - at;
        rc = apic_sse_feed(&p, text + at, piece);
        at += piece;
    }
    FUZZ_CHECK(rc == 0 || (rc == 7 && out->stop_after != 0 && out->n == out->stop_after), "feed returned %d", rc);
    if (rc == 7) FUZZ_CHECK(apic_sse_feed(&p, "data: x\n\n", 9) == 7 && out->n == out->stop_after, "read after a stop");
    apic_sse_clear(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The first bytes, up to the first NUL, are the sizes of the pieces; the stream follows. */
    const uint8_t *nul = memchr(data, 0, size < 16 ? size : 16);
    size_t n_cuts = nul != NULL ? (size_t)(nul - data) : 0;
    const char *text = (const char *)data + (nul != NULL ? n_cuts + 1 : 0);
    size_t len = size - (size_t)(text - (const char *)data);

    events whole = {{0}, 0, 0}, pieces = {{0}, 0, 0}, bytes = {{0}, 0, 0};
    parse(text, len, NULL, 0, &whole);
    parse(text, len, data, n_cuts, &pieces);
    static const uint8_t one = 1;
    parse(text, len, &one, 1, &bytes);
    FUZZ_CHECK(whole.n == pieces.n && whole.log.len == pieces.log.len &&
                   (whole.log.len == 0 || memcmp(whole.log.data, pieces.log.data, whole.log.len) == 0),
               "%zu events read whole, %zu in pieces", whole.n, pieces.n);
    FUZZ_CHECK(whole.n == bytes.n && whole.log.len == bytes.log.len &&
                   (whole.log.len == 0 || memcmp(whole.log.data, bytes.log.data, whole.log.len) == 0),
               "%zu events read whole, %zu byte by byte", whole.n, bytes.n);
    if (whole.n > 0) {
        events stopped = {{0}, 0, 1 + whole.n / 2};
        parse(text, len, data, n_cuts, &stopped);
        FUZZ_CHECK(stopped.n == stopped.stop_after, "%zu events after a stop at %zu", stopped.n, stopped.stop_after);
        apic_buf_free(&stopped.log);
    }
    apic_buf_free(&whole.log);
    apic_buf_free(&pieces.log);
    apic_buf_free(&bytes.log);
    return 0;
}
