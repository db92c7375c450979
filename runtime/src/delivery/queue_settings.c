/* The queue's settings: the caller's sender copied, the config's defaults filled in and checked
 * (every error names the member at fault). */
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "delivery/client_internal.h"
#include "delivery/queue_internal.h"
#include "http/retry_internal.h"

void apic_queue_sender_free(queue_sender *s)
{
    free(s->url);
    free(s->head);
    free(s->separator);
    free(s->tail);
    free(s->item_url);
    for (size_t i = 0; i < s->n_headers; i++) {
        free((char *)s->headers[i].name);
        free((char *)s->headers[i].value);
    }
    free(s->headers);
    memset(s, 0, sizeof *s);
}

static bool dup_into(char **out, const char *s, size_t *len)
{
    *out = strdup(s);
    *len = strlen(s);
    return *out != NULL;
}

/* The client's base URL + op's path (its template: the queue's operations take no parameters). */
static char *url_of(const apic_client *c, const apic_operation *op)
{
    size_t a = strlen(c->http.base_url), b = strlen(op->path);
    char *url = malloc(a + b + 1);
    if (url != NULL) {
        memcpy(url, c->http.base_url, a);
        memcpy(url + a, op->path, b + 1);
    }
    return url;
}

/* The batch operation's 2xx answer, whatever the spec documents, comes back as JSON text for
 * the sender's read_answer(). */
static const apic_response raw_answer[] = {{.status = 2, .type = &apic_type_any, .media = "application/json"}};

int apic_queue_sender_copy(const apic_client *c, const apic_queue_sender *in, queue_sender *s, apic_error *err)
{
    memset(s, 0, sizeof *s);
    s->op = *in->op;
    s->op.responses = raw_answer;
    s->op.n_responses = 1;
    s->read_answer = in->read_answer;
    s->ctx = in->ctx;
    s->item_op = in->item_op != NULL ? in->item_op : in->op;
    bool ok = (s->url = in->url != NULL ? strdup(in->url) : url_of(c, in->op)) != NULL &&
              (s->item_url = in->item_url != NULL ? strdup(in->item_url) : url_of(c, s->item_op)) != NULL &&
              dup_into(&s->head, in->head != NULL ? in->head : "[", &s->head_len) &&
              dup_into(&s->separator, in->separator != NULL ? in->separator : ",", &s->separator_len) &&
              dup_into(&s->tail, in->tail != NULL ? in->tail : "]", &s->tail_len);
    if (ok && in->n_headers > 0) {
        s->headers = calloc(in->n_headers, sizeof *s->headers);
        ok = s->headers != NULL;
        for (size_t i = 0; ok && i < in->n_headers; i++) {
            s->n_headers = i + 1;
            s->headers[i].name = strdup(in->headers[i].name);
            s->headers[i].value = strdup(in->headers[i].value);
            ok = s->headers[i].name != NULL && s->headers[i].value != NULL;
        }
    }
    if (!ok) {
        apic_queue_sender_free(s);
        return apic_error_set(err, APIC_E_NOMEM, "apic_queue_start: out of memory");
    }
    return 0;
}

int apic_queue_check_sender(const apic_queue_sender *s, apic_error *err)
{
    if (s->op == NULL || s->op->method == NULL || s->op->path == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_queue_start: sender.op (the batch operation) is required");
    }
    for (size_t i = 0; i < s->n_headers; i++) {
        const apic_header *h = &s->headers[i];
        if (h->name == NULL || h->value == NULL || !apic_is_header_name(h->name) || apic_has_control(h->value, true)) {
            return apic_error_set(err, APIC_E_ARG, "apic_queue_start: sender.headers[%zu] needs a header name (no "
                                  "space, colon or control character) and a value without control characters (CR, "
                                  "LF, ...)", i);
        }
    }
    return 0;
}

int apic_queue_resolve_config(const apic_queue_config *in, const apic_queue_sender *s, apic_queue_config *out,
                          apic_error *err)
{
    apic_queue_config c = in != NULL ? *in : (apic_queue_config)APIC_QUEUE_CONFIG_INIT;
    if (c.max_items == 0) c.max_items = APIC_QUEUE_DEFAULT_MAX_ITEMS;
    if (c.max_bytes == 0) c.max_bytes = APIC_QUEUE_DEFAULT_MAX_BYTES;
    if (c.batch_max_items == 0) c.batch_max_items = APIC_QUEUE_DEFAULT_BATCH_ITEMS;
    if (c.batch_max_bytes == 0) c.batch_max_bytes = APIC_QUEUE_DEFAULT_BATCH_BYTES;
    if (c.flush_interval_ms == 0) c.flush_interval_ms = APIC_QUEUE_DEFAULT_FLUSH_INTERVAL_MS;
    if (c.block_timeout_ms == 0) c.block_timeout_ms = APIC_QUEUE_DEFAULT_BLOCK_TIMEOUT_MS;
    if (c.close_timeout_ms == 0) c.close_timeout_ms = APIC_QUEUE_DEFAULT_CLOSE_TIMEOUT_MS;
    if (s->max_items > 0 && c.batch_max_items > s->max_items) c.batch_max_items = s->max_items;
    int rc = apic_check_duration_ms(c.flush_interval_ms, "queue.flush_interval_ms", APIC_E_CONFIG, err);
    if (rc != 0) return rc;
    const struct {
        const char *key;
        long ms;
    } waits[] = {{"queue.block_timeout_ms", c.block_timeout_ms}, {"queue.close_timeout_ms", c.close_timeout_ms}};
    for (size_t i = 0; i < sizeof waits / sizeof waits[0]; i++) {
        if (waits[i].ms < APIC_QUEUE_WAIT_FOREVER || waits[i].ms > APIC_MAX_DURATION_MS) {
            return apic_error_set(err, APIC_E_CONFIG, "%s: must be 0 (the default), a number of milliseconds up to 24 "
                                  "hours (APIC_MAX_DURATION_MS) or APIC_QUEUE_WAIT_FOREVER, not %ld", waits[i].key,
                                  waits[i].ms);
        }
    }
    if (c.overflow != APIC_QUEUE_OVERFLOW_BLOCK && c.overflow != APIC_QUEUE_OVERFLOW_DEAD_LETTER) {
        return apic_error_set(err, APIC_E_CONFIG, "queue.overflow: must be APIC_QUEUE_OVERFLOW_BLOCK or "
                              "APIC_QUEUE_OVERFLOW_DEAD_LETTER");
    }
    /* A batch that can never fill would only ever leave on the interval. */
    if (c.batch_max_items > c.max_items) {
        return apic_error_set(err, APIC_E_CONFIG, "queue.batch_max_items: %zu is more than queue.max_items (%zu)",
                              c.batch_max_items, c.max_items);
    }
    if (c.batch_max_bytes > c.max_bytes) {
        return apic_error_set(err, APIC_E_CONFIG, "queue.batch_max_bytes: %zu is more than queue.max_bytes (%zu)",
                              c.batch_max_bytes, c.max_bytes);
    }
    *out = c;
    return 0;
}
