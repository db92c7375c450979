/* Iterating over a paginated list (apic/pager.h): pages are decoded by the operation's own
 * descriptors; the parameter that asks for the next page is set in a shallow copy of the
 * caller's parameters, and the members that say what comes next are read from the page by name. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/pager.h"
#include "apic/request.h"
#include "codec/slot.h"
#include "delivery/client_internal.h"

/* A response member, possibly inside member objects ("meta.next_page_url"): the fields from
 * the response down to it. */
typedef struct member_path {
    const apic_field *f[4];
    size_t n; /* 0: not named */
} member_path;

struct apic_pager {
    apic_client *client;
    const apic_operation *op;
    apic_pagination p;
    void *params;              /* shallow copy of the caller's; NULL when op takes none */
    void *url_params;          /* the same without query parameters: for pages asked for by URL */
    const apic_field *param_f; /* in op->params: offset, page or cursor */
    const apic_field *size_f;  /* in op->params: limit or per_page */
    const apic_type *result;   /* the response's type */
    const apic_field *items_f;             /* in the response; NULL: the response is the list */
    member_path total, has_more, next;     /* in the response */
    const apic_field *item_cursor_f;                          /* in an item */
    void *page;                /* the current page, decoded; NULL between pages */
    const apic_array *items;
    size_t elem_size;
    size_t index;
    size_t pages;
    long long position;        /* offset of the page asked for, or its number */
    char *cursor;              /* the cursor set in params (owned) */
    char *url;                 /* the URL of the page to ask for (owned); NULL: the first, from params */
    char *link;                /* the last page's Link header (owned) */
    bool done;
};

static const apic_field *field_named(const apic_struct_desc *d, const char *name)
{
    for (size_t i = 0; d != NULL && name != NULL && i < d->n_fields; i++) {
        if (strcmp(d->fields[i].name, name) == 0) return &d->fields[i];
    }
    return NULL;
}

static bool present(const void *obj, const apic_field *f)
{
    if (f->has_offset >= 0) return apic_flag_at(obj, f->has_offset);
    if (f->type->kind == APIC_STRING) return *(char *const *)apic_slot_at(obj, f) != NULL;
    return true;
}

/* An integer member's value, or -1 when absent or not an integer. */
static long long int_of(const void *obj, const apic_field *f)
{
    if (f == NULL || !present(obj, f)) return -1;
    if (f->type->kind == APIC_INT64) return (long long)*(const int64_t *)apic_slot_at(obj, f);
    if (f->type->kind == APIC_INT32) return (long long)*(const int32_t *)apic_slot_at(obj, f);
    return -1;
}

static const char *string_of(const void *obj, const apic_field *f)
{
    if (f == NULL || f->type->kind != APIC_STRING || !present(obj, f)) return NULL;
    const char *s = *(char *const *)apic_slot_at(obj, f);
    return s != NULL && *s != '\0' ? s : NULL;
}

static void set_int(void *obj, const apic_field *f, long long v)
{
    if (f->type->kind == APIC_INT64) *(int64_t *)apic_slot_at(obj, f) = (int64_t)v;
    else *(int32_t *)apic_slot_at(obj, f) = (int32_t)v;
    if (f->has_offset >= 0) apic_set_flag_at(obj, f->has_offset, true);
}

static void set_string(void *obj, const apic_field *f, char *s)
{
    *(char **)apic_slot_at(obj, f) = s;
    if (f->has_offset >= 0) apic_set_flag_at(obj, f->has_offset, true);
}

static const apic_type *result_type(const apic_operation *op)
{
    for (size_t i = 0; i < op->n_responses; i++) {
        const apic_response *r = &op->responses[i];
        bool success = (r->status >= 200 && r->status < 300) || r->status == 2;
        if (success && r->type != NULL && r->kind == APIC_RESPONSE_JSON) return r->type;
    }
    return NULL;
}

/* A response member by its name or dotted path (each step but the last an object member),
 * which must exist and be of one of the kinds allowed. */
static int member(const apic_type *t, const char *name, const char *what, const apic_kind *kinds, size_t n,
                  member_path *out, apic_error *err)
{
    out->n = 0;
    if (name == NULL) return 0;
    const apic_type *at = t;
    bool ok = false;
    for (const char *step = name; at != NULL && at->kind == APIC_OBJECT && out->n < 4;) {
        size_t len = strcspn(step, ".");
        const apic_field *f = NULL;
        for (size_t i = 0; i < at->object->n_fields && f == NULL; i++) {
            const apic_field *c = &at->object->fields[i];
            if (strlen(c->name) == len && strncmp(c->name, step, len) == 0) f = c;
        }
        if (f == NULL) break;
        out->f[out->n++] = f;
        if (step[len] == '\0') {
            for (size_t i = 0; i < n && !ok; i++) ok = f->type->kind == kinds[i];
            break;
        }
        step += len + 1;
        at = f->type;
    }
    if (ok) return 0;
    out->n = 0;
    return apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.%s: %s has no %s member '%s'", what,
                          t != NULL && t->kind == APIC_OBJECT ? t->object->name : "the response", what, name);
}

/* The object holding a member path's last field, or NULL when a member on the way is absent. */
static const void *holder(const void *page, const member_path *m)
{
    const void *obj = page;
    for (size_t i = 0; obj != NULL && i + 1 < m->n; i++) obj = *(void *const *)apic_slot_at(obj, m->f[i]);
    return obj;
}

static long long int_at(const void *page, const member_path *m)
{
    const void *obj = m->n > 0 ? holder(page, m) : NULL;
    return obj != NULL ? int_of(obj, m->f[m->n - 1]) : -1;
}

static const char *string_at(const void *page, const member_path *m)
{
    const void *obj = m->n > 0 ? holder(page, m) : NULL;
    return obj != NULL ? string_of(obj, m->f[m->n - 1]) : NULL;
}

/* A has_more member that says false (absent says nothing). */
static bool says_no_more(const void *page, const member_path *m)
{
    const void *obj = m->n > 0 ? holder(page, m) : NULL;
    const apic_field *f = m->n > 0 ? m->f[m->n - 1] : NULL;
    return obj != NULL && present(obj, f) && !*(const bool *)apic_slot_at(obj, f);
}

static const apic_kind INTEGERS[] = {APIC_INT64, APIC_INT32}, STRINGS[] = {APIC_STRING}, BOOLS[] = {APIC_BOOL},
                       ARRAYS[] = {APIC_ARRAY};

static int resolve(apic_pager *it, apic_error *err)
{
    const apic_operation *op = it->op;
    const apic_pagination *p = &it->p;
    it->result = result_type(op);
    if (it->result == NULL) return apic_error_set(err, APIC_E_ARG, "apic_pager_new: %s has no JSON response to page through", op->name);
    const apic_type *items_t = it->result;
    member_path items = {{NULL}, 0};
    int rc = member(it->result, p->items, "items", ARRAYS, 1, &items, err);
    if (rc == 0 && items.n > 1) {
        rc = apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.items: '%s' must be a member of the response "
                            "itself", p->items);
    }
    if (rc == 0 && items.n == 1) {
        it->items_f = items.f[0];
        items_t = it->items_f->type;
    }
    if (rc == 0 && items_t->kind != APIC_ARRAY) {
        rc = apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.items: %s's response is not a list; name the "
                            "member holding the items", op->name);
    }
    if (rc == 0) rc = member(it->result, p->total, "total", INTEGERS, 2, &it->total, err);
    if (rc == 0) rc = member(it->result, p->has_more, "has_more", BOOLS, 1, &it->has_more, err);
    if (rc == 0) rc = member(it->result, p->next, "next", STRINGS, 1, &it->next, err);
    member_path cursor = {{NULL}, 0};
    if (rc == 0 && p->item_cursor != NULL) rc = member(items_t->elem, p->item_cursor, "item_cursor", STRINGS, 1, &cursor, err);
    if (rc == 0 && cursor.n > 1) {
        rc = apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.item_cursor: '%s' must be a member of the item "
                            "itself", p->item_cursor);
    }
    if (rc == 0) it->item_cursor_f = cursor.n == 1 ? cursor.f[0] : NULL;
    if (rc != 0) return rc;
    it->elem_size = apic_type_size(items_t->elem);
    bool by_param = p->style == APIC_PAGE_OFFSET || p->style == APIC_PAGE_NUMBER || p->style == APIC_PAGE_CURSOR;
    if (by_param) {
        it->param_f = field_named(op->params, p->param);
        const apic_kind want = p->style == APIC_PAGE_CURSOR ? APIC_STRING : APIC_INT64;
        bool ok = it->param_f != NULL && (it->param_f->type->kind == want ||
                                           (want == APIC_INT64 && it->param_f->type->kind == APIC_INT32));
        if (!ok) {
            return apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.param: %s has no %s parameter '%s'", op->name,
                                  want == APIC_STRING ? "string" : "integer", p->param != NULL ? p->param : "(none)");
        }
        if (p->style == APIC_PAGE_CURSOR && it->next.n == 0 && it->item_cursor_f == NULL) {
            return apic_error_set(err, APIC_E_ARG, "apic_pager_new: a cursor pagination needs next or item_cursor");
        }
    } else if (p->style == APIC_PAGE_NEXT_URL && it->next.n == 0) {
        return apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.next: the member holding the next URL is required");
    } else if (p->style != APIC_PAGE_NEXT_URL && p->style != APIC_PAGE_LINK) {
        return apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.style %d is not a style", (int)p->style);
    }
    it->size_f = field_named(op->params, p->size_param);
    if (p->size_param != NULL && (it->size_f == NULL || (it->size_f->type->kind != APIC_INT64 &&
                                                         it->size_f->type->kind != APIC_INT32))) {
        return apic_error_set(err, APIC_E_ARG, "apic_pager_new: pagination.size_param: %s has no integer parameter '%s'",
                              op->name, p->size_param);
    }
    return 0;
}

/* The parameters without their query members: a page asked for by URL carries its own query. */
static void *without_query(const apic_operation *op, const void *params)
{
    void *copy = malloc(op->params->size);
    if (copy == NULL) return NULL;
    memcpy(copy, params, op->params->size);
    for (size_t i = 0; i < op->params->n_fields; i++) {
        if (op->param_locs[i].in != APIC_IN_QUERY) continue;
        const apic_field *f = &op->params->fields[i];
        memset(apic_slot_at(copy, f), 0, apic_type_size(f->type));
        if (f->has_offset >= 0) apic_set_flag_at(copy, f->has_offset, false);
    }
    return copy;
}

int apic_pager_new(apic_client *client, const apic_operation *op, const apic_pagination *pagination,
                   const void *params, apic_pager **out, apic_error *err)
{
    if (out != NULL) *out = NULL;
    if (client == NULL || op == NULL || pagination == NULL || out == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_pager_new: client, op, pagination and out are required");
    }
    apic_pager *it = calloc(1, sizeof *it);
    if (it == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_pager_new: out of memory");
    it->client = client;
    it->op = op;
    it->p = *pagination;
    if (op->params != NULL) {
        it->params = calloc(1, op->params->size);
        if (it->params != NULL && params != NULL) memcpy(it->params, params, op->params->size);
        it->url_params = it->params != NULL ? without_query(op, it->params) : NULL;
        if (it->params == NULL || it->url_params == NULL) {
            apic_pager_free(it);
            return apic_error_set(err, APIC_E_NOMEM, "apic_pager_new: out of memory");
        }
    }
    int rc = resolve(it, err);
    if (rc != 0) {
        apic_pager_free(it);
        return rc;
    }
    if (it->p.style == APIC_PAGE_OFFSET) it->position = int_of(it->params, it->param_f) > 0 ? int_of(it->params, it->param_f) : 0;
    if (it->p.style == APIC_PAGE_NUMBER) {
        long long given = int_of(it->params, it->param_f);
        it->position = given >= 0 ? given : it->p.first_page;
    }
    *out = it;
    return 0;
}

static void drop_page(apic_pager *it)
{
    apic_value_free(it->result, it->page);
    it->page = NULL;
    it->items = NULL;
    it->index = 0;
}

static int fetch(apic_pager *it, apic_error *err)
{
    apic_request_options o = {0};
    o.url = it->url;
    if (it->p.style == APIC_PAGE_LINK) {
        o.response_header = "Link";
        o.response_header_value = &it->link;
    }
    void *page = NULL;
    int rc = apic_call_with(it->client, it->op, it->url != NULL ? it->url_params : it->params, NULL, &o, &page, err);
    if (rc != 0) return rc;
    if (page == NULL) return apic_error_set(err, APIC_E_DECODE, "%s: a page without a body", it->op->name);
    it->page = page;
    it->items = it->items_f != NULL ? apic_slot_at(page, it->items_f) : page;
    it->index = 0;
    it->pages++;
    return 0;
}

/* The URL of `<url>; rel="next"` in a Link header (RFC 8288) in *out, newly allocated (NULL
 * when there is none). Returns 0, or -1 when out of memory. */
static int link_next(const char *link, char **out)
{
    *out = NULL;
    for (const char *p = link; p != NULL && (p = strchr(p, '<')) != NULL;) {
        const char *end = strchr(p, '>');
        if (end == NULL) return 0;
        const char *params = end + 1, *stop = strchr(params, ',');
        const char *limit = stop != NULL ? stop : params + strlen(params);
        const char *rel = NULL;
        for (const char *q = params; q + 4 <= limit && rel == NULL; q++) {
            if (strncmp(q, "rel=", 4) == 0) rel = q + 4;
        }
        /* rel may list several relation types, quoted: rel="next last". */
        for (const char *w = rel != NULL && *rel == '"' ? rel + 1 : rel; w != NULL && w < limit && *w != '"' && *w != ';';) {
            size_t wl = strcspn(w, " \";,");
            if (wl == 4 && strncmp(w, "next", 4) == 0) {
                *out = malloc((size_t)(end - p));
                if (*out == NULL) return -1;
                memcpy(*out, p + 1, (size_t)(end - p - 1));
                (*out)[end - p - 1] = '\0';
                return 0;
            }
            w += wl;
            while (*w == ' ') w++;
        }
        p = stop;
    }
    return 0;
}

/* A next URL relative to the API ("/v1/items?page=2") joined with the origin of base_url. */
static char *absolute(const apic_pager *it, const char *url)
{
    if (strstr(url, "://") != NULL || url[0] != '/') return strdup(url);
    const char *base = it->client->http.base_url, *host = strstr(base, "://");
    size_t origin = host != NULL ? (size_t)(host + 3 - base) + strcspn(host + 3, "/") : strlen(base);
    size_t n = strlen(url);
    char *out = malloc(origin + n + 1);
    if (out != NULL) {
        memcpy(out, base, origin);
        memcpy(out + origin, url, n + 1);
    }
    return out;
}

/* After the last item of a page: what to ask for next, or done. */
static int advance(apic_pager *it, apic_error *err)
{
    const void *page = it->page;
    size_t n = it->items->count;
    if (says_no_more(page, &it->has_more)) {
        it->done = true;
        return 0;
    }
    long long size = int_of(it->params, it->size_f), total = int_at(page, &it->total);
    switch (it->p.style) {
    case APIC_PAGE_OFFSET:
        it->position += (long long)n;
        it->done = n == 0 || (total >= 0 && it->position >= total) || (size > 0 && (long long)n < size);
        if (!it->done) set_int(it->params, it->param_f, it->position);
        return 0;
    case APIC_PAGE_NUMBER:
        it->done = n == 0 || (total >= 0 && it->position >= total) || (size > 0 && (long long)n < size);
        if (!it->done) set_int(it->params, it->param_f, ++it->position);
        return 0;
    case APIC_PAGE_CURSOR: {
        const char *next = it->next.n > 0 ? string_at(page, &it->next)
                           : n > 0 ? string_of((const char *)it->items->items + (n - 1) * it->elem_size, it->item_cursor_f)
                                   : NULL;
        if (n == 0 || next == NULL) {
            it->done = true;
            return 0;
        }
        if (it->cursor != NULL && strcmp(next, it->cursor) == 0) {
            return apic_error_set(err, APIC_E_DECODE, "%s: the server answered the cursor '%s' twice; stopped rather than "
                                  "asking for the same page forever", it->op->name, next);
        }
        char *copy = strdup(next);
        if (copy == NULL) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", it->op->name);
        free(it->cursor);
        it->cursor = copy;
        set_string(it->params, it->param_f, copy);
        return 0;
    }
    default: {
        const char *given = it->p.style == APIC_PAGE_NEXT_URL ? string_at(page, &it->next) : NULL;
        char *next = NULL;
        bool nomem = it->p.style == APIC_PAGE_LINK ? link_next(it->link, &next) != 0
                     : given != NULL && (next = absolute(it, given)) == NULL;
        if (nomem) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", it->op->name);
        if (next == NULL) {
            it->done = true;
            return 0;
        }
        if (it->url != NULL && strcmp(next, it->url) == 0) {
            free(next);
            return apic_error_set(err, APIC_E_DECODE, "%s: the server answered the same next page twice; stopped rather "
                                  "than asking for it forever", it->op->name);
        }
        free(it->url);
        it->url = next;
        return 0;
    }
    }
}

int apic_pager_next(apic_pager *it, const void **item, apic_error *err)
{
    if (item != NULL) *item = NULL;
    if (it == NULL || item == NULL) return apic_error_set(err, APIC_E_ARG, "apic_pager_next: it and item are required");
    for (;;) {
        if (it->page != NULL && it->index < it->items->count) {
            *item = (const char *)it->items->items + it->index++ * it->elem_size;
            return 1;
        }
        if (it->page != NULL) {
            int rc = advance(it, err);
            drop_page(it);
            if (rc != 0) {
                it->done = true;
                return rc;
            }
        }
        if (it->done) return 0;
        int rc = fetch(it, err);
        if (rc != 0) return rc;
    }
}

size_t apic_pager_pages(const apic_pager *it)
{
    return it != NULL ? it->pages : 0;
}

void apic_pager_free(apic_pager *it)
{
    if (it == NULL) return;
    if (it->page != NULL) drop_page(it);
    free(it->params);
    free(it->url_params);
    free(it->cursor);
    free(it->url);
    free(it->link);
    free(it);
}
