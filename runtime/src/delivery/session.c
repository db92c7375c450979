/* Sessions: items collected with a context, sent in batches on flush, dead-lettered when a
 * flush fails for good. Nothing here knows an API's event format: the items come encoded and
 * the apic_session_def says which operations send them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/ids.h"
#include "apic/session.h"
#include "base/text.h"
#include "delivery/bulk_internal.h"
#include "delivery/call_internal.h"
#include "delivery/client_internal.h"
#include "delivery/dead_letter_internal.h"
#include "delivery/dead_letter_request.h"
#include "log/log_internal.h"

struct apic_session {
    apic_client *client;
    const apic_session_def *def;
    unsigned flags;
    char *members;        /* `"member":"value",...` of the context (JSON-escaped), "" when none */
    size_t members_len;
    apic_header *headers; /* names and values point into header_text */
    size_t n_headers;
    char *header_text;
    /* The held events: recs[i] is an item with the context's members (NUL-terminated, and owned:
     * one allocation that holds keys[i] too, its idempotency key or NULL). Kept as bulk records
     * so that apic_bulk_plan() cuts them into batches. */
    apic_bulk_record *recs;
    const char **keys;
    size_t n_items, cap_items;
};

/* --- the context ------------------------------------------------------------------------------ */

static int check_context(const apic_context_item *ctx, size_t n, apic_error *err)
{
    for (size_t i = 0; i < n; i++) {
        if (ctx[i].member == NULL && ctx[i].header == NULL) {
            return apic_error_set(err, APIC_E_ARG, "apic_session_new: context item %zu has neither a member nor a header", i);
        }
        if (ctx[i].header != NULL && apic_has_control(ctx[i].value, false)) {
            return apic_error_set(err, APIC_E_VALIDATION, "%s: must not contain control characters", ctx[i].header);
        }
    }
    return 0;
}

/* The context as JSON members to append to every item. */
static int context_members(const apic_context_item *ctx, size_t n, apic_buf *out)
{
    int rc = apic_buf_puts(out, ""); /* allocated even when there is no member: "" is not NULL */
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (ctx[i].member == NULL || ctx[i].value == NULL) continue;
        if (out->len > 0) rc = apic_buf_putc(out, ',');
        if (rc == 0) rc = apic_json_write_string(out, ctx[i].member, strlen(ctx[i].member));
        if (rc == 0) rc = apic_buf_putc(out, ':');
        if (rc == 0) rc = apic_json_write_string(out, ctx[i].value, strlen(ctx[i].value));
    }
    return rc;
}

/* The context's headers: "name\0value\0..." in one block, and the array pointing into it. */
static int context_headers(apic_session *s, const apic_context_item *ctx, size_t n)
{
    size_t bytes = 0, count = 0;
    for (size_t i = 0; i < n; i++) {
        if (ctx[i].header == NULL || ctx[i].value == NULL) continue;
        bytes += strlen(ctx[i].header) + strlen(ctx[i].value) + 2;
        count++;
    }
    if (count == 0) return 0;
    s->header_text = malloc(bytes);
    s->headers = malloc(count * sizeof *s->headers);
    if (s->header_text == NULL || s->headers == NULL) return APIC_E_NOMEM;
    char *w = s->header_text;
    for (size_t i = 0; i < n; i++) {
        if (ctx[i].header == NULL || ctx[i].value == NULL) continue;
        apic_header *h = &s->headers[s->n_headers++];
        h->name = w;
        w = stpcpy(w, ctx[i].header) + 1;
        h->value = w;
        w = stpcpy(w, ctx[i].value) + 1;
    }
    return 0;
}

int apic_session_new(apic_client *client, const apic_session_def *def, const apic_context_item *context,
                     size_t n_context, unsigned flags, apic_session **out, apic_error *err)
{
    if (out != NULL) *out = NULL;
    if (client == NULL || def == NULL || out == NULL || (context == NULL && n_context > 0)) {
        return apic_error_set(err, APIC_E_ARG, "apic_session_new: client, def and out are required");
    }
    if (def->publish == NULL && def->publish_batch == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_session_new: the session def has no operation to send with");
    }
    if ((flags & ~APIC_SESSION_PUBLISH_IMMEDIATELY) != 0) {
        return apic_error_set(err, APIC_E_ARG, "apic_session_new: unknown flags 0x%x", flags);
    }
    int rc = check_context(context, n_context, err);
    if (rc != 0) return rc;
    apic_session *s = calloc(1, sizeof *s);
    if (s == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_session_new: out of memory");
    s->client = client;
    s->def = def;
    s->flags = flags;
    apic_buf members = {0};
    rc = context_members(context, n_context, &members);
    s->members_len = members.len;
    s->members = apic_buf_steal(&members);
    if (rc == 0 && s->members == NULL) rc = APIC_E_NOMEM;
    if (rc == 0) rc = context_headers(s, context, n_context);
    if (rc != 0) {
        apic_session_free(s);
        return apic_error_set(err, APIC_E_NOMEM, "apic_session_new: out of memory");
    }
    *out = s;
    return 0;
}

/* --- items -------------------------------------------------------------------------------------- */

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The item with the context's members before its closing brace, and its key after it. */
static int make_item(const apic_session *s, const char *item, size_t len, const char *key, apic_bulk_record *out,
                     const char **out_key, apic_error *err)
{
    size_t start = 0, end = len;
    while (start < end && blank(item[start])) start++;
    while (end > start && blank(item[end - 1])) end--;
    if (end - start < 2 || item[start] != '{' || apic_json_validate(item, len, NULL) != 0) {
        return apic_error_set(err, APIC_E_ARG, "apic_session_add: the item must be one JSON object");
    }
    size_t inner = start + 1;
    while (inner < end - 1 && blank(item[inner])) inner++;
    bool empty = inner == end - 1;
    /* Everything before the closing brace ("{" alone for an empty object), then the context. */
    size_t head = empty ? 1 : end - 1 - start;
    size_t key_len = key != NULL ? strlen(key) + 1 : 0;
    size_t json_len = head + (s->members_len > 0 && !empty ? 1 : 0) + s->members_len + 1;
    char *block = malloc(json_len + 1 + key_len);
    if (block == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_session_add: out of memory");
    char *w = block;
    memcpy(w, item + start, head);
    w += head;
    if (s->members_len > 0 && !empty) *w++ = ',';
    memcpy(w, s->members, s->members_len);
    w += s->members_len;
    *w++ = '}';
    *w++ = '\0';
    out->json = block;
    out->len = json_len;
    *out_key = key != NULL ? memcpy(w, key, key_len) : NULL;
    return 0;
}

/* An item that no request could carry is refused now, rather than failing a flush later. */
static int check_size(const apic_session *s, size_t len, apic_error *err)
{
    const apic_bulk_limits *lim = &s->def->batch;
    size_t framed = len + strlen(apic_bulk_open(lim)) + strlen(apic_bulk_close(lim));
    if (lim->max_record_bytes > 0 && len > lim->max_record_bytes) {
        return apic_error_set(err, APIC_E_VALIDATION, "the event is %zu bytes with the session's context, over the "
                              "%zu-byte limit of one event; nothing was queued", len, lim->max_record_bytes);
    }
    if (s->def->publish_batch != NULL && lim->max_bytes > 0 && framed > lim->max_bytes) {
        return apic_error_set(err, APIC_E_VALIDATION, "the event is %zu bytes in a batch of its own, over the %zu-byte "
                              "limit of one request; nothing was queued", framed, lim->max_bytes);
    }
    return 0;
}

static void clear_items(apic_session *s)
{
    for (size_t i = 0; i < s->n_items; i++) free((char *)s->recs[i].json);
    s->n_items = 0;
}

/* --- sending ------------------------------------------------------------------------------------ */

/* One request with the n items: one alone goes through `publish` (under the item's own key),
 * more as a batch. Failures are not dead-lettered here: the caller records each event on its own. */
static int send_request(const apic_session *s, const apic_bulk_record *recs, const char *const *keys, size_t n,
                        apic_error *err)
{
    const apic_session_def *def = s->def;
    bool alone = n == 1 && def->publish != NULL;
    apic_buf body = {0};
    if (!alone && apic_bulk_body(&def->batch, recs, n, &body) != 0) {
        apic_buf_free(&body);
        return apic_error_set(err, APIC_E_NOMEM, "apic_session_flush: out of memory for a batch of %zu", n);
    }
    apic_request_options ro = {.headers = s->headers,
                               .n_headers = s->n_headers,
                               .body = alone ? recs[0].json : body.data,
                               .body_len = alone ? recs[0].len : body.len,
                               .idempotency_key = alone ? keys[0] : NULL};
    int rc = apic_call_internal(s->client, alone ? def->publish : def->publish_batch, NULL, NULL, &ro, false, NULL, err);
    apic_buf_free(&body);
    return rc;
}

/* Sends the n items in order, in batches planned by apic_bulk_plan() (or one by one without a
 * batch operation); *sent counts the items delivered before a request failed for good (whose
 * error is returned). */
static int send_items(const apic_session *s, const apic_bulk_record *recs, const char *const *keys, size_t n,
                      size_t *sent, apic_error *err)
{
    *sent = 0;
    if (s->def->publish_batch == NULL) {
        for (; *sent < n; ++*sent) {
            int rc = send_request(s, recs + *sent, keys + *sent, 1, err);
            if (rc != 0) return rc;
        }
        return 0;
    }
    apic_bulk_chunk *chunks = NULL;
    size_t n_chunks = 0;
    int rc = apic_bulk_plan(&s->def->batch, recs, n, &chunks, &n_chunks, err);
    for (size_t c = 0; rc == 0 && c < n_chunks; c++) {
        rc = send_request(s, recs + chunks[c].first, keys + chunks[c].first, chunks[c].count, err);
        if (rc == 0) *sent += chunks[c].count;
    }
    free(chunks);
    return rc;
}

/* --- dead letters -------------------------------------------------------------------------------- */

static void log_event_count(const apic_session *s, apic_log_level level, const apic_operation *op, const char *fmt,
                            size_t n)
{
    if (!apic_log_on(&s->client->log, level)) return;
    char msg[160];
    snprintf(msg, sizeof msg, fmt, n);
    apic_log_attempt a = {.op = op, .duration_ms = -1};
    apic_log_emit(&s->client->log, level, &a, msg);
}

/* The operation a dead-letter record names: the one that sends its event alone. */
static const apic_operation *record_op(const apic_session_def *def)
{
    return def->publish != NULL ? def->publish : def->publish_batch;
}

/* Records one event the way it would be sent alone: the item itself for `publish`, else a
 * batch of one, so that a record can be sent again as it is. */
static int record_event(const apic_session *s, const apic_bulk_record *item, const char *key, const char *first_at,
                        const apic_error *err, apic_error *why)
{
    apic_buf one = {0};
    if (s->def->publish == NULL && apic_bulk_body(&s->def->batch, item, 1, &one) != 0) {
        apic_buf_free(&one);
        return apic_error_set(why, APIC_E_NOMEM, "out of memory");
    }
    apic_request_options alone = {.headers = s->headers,
                                  .n_headers = s->n_headers,
                                  .body = one.data != NULL ? one.data : item->json,
                                  .body_len = one.data != NULL ? one.len : item->len,
                                  .idempotency_key = key};
    apic_dead_letter_record r = {.kind = "event", .attempts = err->attempts, .http_status = err->http_status,
                                 .error = err->message, .first_attempt_at = first_at};
    int rc = apic_dead_letter_write_call(s->client, &r, record_op(s->def), &alone, why);
    apic_buf_free(&one);
    return rc;
}

/* Every event of recs[0..n) to the dead-letter sink; err's message says what became of them. */
static void dead_letter(const apic_session *s, const apic_bulk_record *recs, const char *const *keys, size_t n,
                        size_t delivered, const char *first_at, apic_error *err)
{
    size_t at = strlen(err->message);
    char before[64] = "";
    if (delivered > 0) snprintf(before, sizeof before, " (%zu delivered before)", delivered);
    const apic_operation *op = record_op(s->def);
    if (s->client->dead_letter == NULL) {
        snprintf(err->message + at, sizeof err->message - at,
                 "; %zu event(s) NOT sent and lost: no dead-letter sink is configured%s", n, before);
        log_event_count(s, APIC_LOG_ERROR, op, "session: %zu event(s) lost: no dead-letter sink is configured", n);
        return;
    }
    size_t failed = 0;
    apic_error why = {0};
    for (size_t i = 0; i < n; i++) {
        if (record_event(s, &recs[i], keys[i], first_at, err, &why) != 0) failed++;
    }
    if (failed == 0) {
        snprintf(err->message + at, sizeof err->message - at, "; %zu event(s) dead-lettered%s", n, before);
        log_event_count(s, APIC_LOG_WARN, op, "session: %zu event(s) dead-lettered", n);
    } else {
        snprintf(err->message + at, sizeof err->message - at, "; %zu of %zu event(s) NOT dead-lettered: %.200s%s", failed,
                 n, why.message, before);
        log_event_count(s, APIC_LOG_ERROR, op, "session: %zu event(s) could not be dead-lettered", failed);
    }
}

/* Sends the n items; what fails for good goes to the dead-letter sink. */
static int deliver(const apic_session *s, const apic_bulk_record *recs, const char *const *keys, size_t n,
                   apic_error *err)
{
    char first_at[25];
    apic_now_rfc3339(first_at);
    size_t sent = 0;
    int rc = send_items(s, recs, keys, n, &sent, err);
    if (rc != 0) dead_letter(s, recs + sent, keys + sent, n - sent, sent, first_at, err);
    return rc;
}

/* --- the public functions -------------------------------------------------------------------------- */

/* Doubles the room for held events (both arrays, so that they stay parallel). */
static int grow(apic_session *s)
{
    size_t cap = s->cap_items > 0 ? s->cap_items * 2 : 8;
    apic_bulk_record *recs = realloc(s->recs, cap * sizeof *recs);
    if (recs == NULL) return APIC_E_NOMEM;
    s->recs = recs;
    const char **keys = realloc(s->keys, cap * sizeof *keys);
    if (keys == NULL) return APIC_E_NOMEM;
    s->keys = keys;
    s->cap_items = cap;
    return 0;
}

int apic_session_add(apic_session *s, const char *item, size_t len, const char *idempotency_key, apic_error *err)
{
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_error_clear(err);
    if (s == NULL || item == NULL) return apic_error_set(err, APIC_E_ARG, "apic_session_add: session and item are required");
    if (apic_has_control(idempotency_key, false)) {
        return apic_error_set(err, APIC_E_ARG, "apic_session_add: the idempotency key must not contain control characters");
    }
    apic_bulk_record rec = {NULL, 0};
    const char *key = NULL;
    int rc = make_item(s, item, len, idempotency_key, &rec, &key, err);
    if (rc == 0) rc = check_size(s, rec.len, err);
    if (rc == 0 && (s->flags & APIC_SESSION_PUBLISH_IMMEDIATELY)) {
        rc = deliver(s, &rec, &key, 1, err);
        free((char *)rec.json);
        apic_error_clear(&scratch);
        return rc;
    }
    if (rc == 0 && s->n_items == s->cap_items && grow(s) != 0) {
        rc = apic_error_set(err, APIC_E_NOMEM, "apic_session_add: out of memory");
    }
    if (rc != 0) {
        free((char *)rec.json);
        apic_error_clear(&scratch);
        return rc;
    }
    s->recs[s->n_items] = rec;
    s->keys[s->n_items++] = key;
    return 0;
}

size_t apic_session_pending(const apic_session *s)
{
    return s != NULL ? s->n_items : 0;
}

int apic_session_flush(apic_session *s, apic_error *err)
{
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_error_clear(err);
    if (s == NULL) return apic_error_set(err, APIC_E_ARG, "apic_session_flush: session is required");
    if (s->n_items == 0) return 0;
    int rc = deliver(s, s->recs, s->keys, s->n_items, err);
    clear_items(s);
    apic_error_clear(&scratch);
    return rc;
}

size_t apic_session_discard(apic_session *s)
{
    if (s == NULL) return 0;
    size_t n = s->n_items;
    if (n > 0) log_event_count(s, APIC_LOG_DEBUG, record_op(s->def), "session: %zu event(s) discarded", n);
    clear_items(s);
    return n;
}

void apic_session_free(apic_session *s)
{
    if (s == NULL) return;
    if (s->n_items > 0) {
        log_event_count(s, APIC_LOG_WARN, record_op(s->def),
                        "session freed with %zu event(s) never flushed: discarded, not sent", s->n_items);
        clear_items(s);
    }
    free(s->recs);
    free(s->keys);
    free(s->members);
    free(s->headers);
    free(s->header_text);
    free(s);
}
