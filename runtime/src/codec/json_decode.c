/* Typed JSON decoding: recursive descent over the bytes straight into described structs.
 *
 * Speed matters here (parse + free must stay close to a bare cJSON parse), so there is no
 * intermediate tree, each string is scanned once and allocated once, fields are looked up
 * starting after the last match (members usually arrive in declaration order), and arrays
 * and maps grow geometrically.
 *
 * Ownership: every allocation is linked into the slot before it is filled, and counts are
 * bumped before an element is decoded. Whatever point a failure happens at, the partly
 * built value is therefore consistent, and apic_json_decode frees it with one
 * apic_value_clear; no level needs its own unwinding. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "codec/json_decode.h"
#include "codec/json_free.h"
#include "codec/json_num.h"
#include "codec/slot.h"

static int dec_value(apic_lex *x, const apic_type *t, void *slot);

static const char *kind_name(apic_kind k)
{
    switch (k) {
    case APIC_BOOL: return "boolean";
    case APIC_INT32:
    case APIC_INT64: return "integer";
    case APIC_FLOAT:
    case APIC_DOUBLE: return "number";
    case APIC_STRING:
    case APIC_ENUM: return "string";
    case APIC_OBJECT:
    case APIC_MAP: return "object";
    case APIC_ARRAY: return "array";
    case APIC_ANY:
    case APIC_UNION: return "JSON value";
    }
    return "value";
}

static int dec_number(apic_lex *x, const apic_type *t, void *slot)
{
    const char *p = x->p;
    apic_num n;
    const char *q = apic_num_scan(p, x->end, &n);
    if (q == NULL) return apic_lex_fail(x, n.end, n.end >= x->end ? "number cut short by end of input" : "invalid number");
    int rc;
    switch (t->kind) {
    case APIC_INT32:
    case APIC_INT64: {
        int64_t v;
        rc = apic_num_to_int64(&n, &v);
        if (rc == APIC_NUM_FRACTION) return apic_lex_fail(x, p, "expected integer, found fractional number");
        if (rc != 0 || (t->kind == APIC_INT32 && (v < INT32_MIN || v > INT32_MAX)))
            return apic_lex_fail(x, p, "integer %.*s out of range for %s", (int)(q - p < 40 ? q - p : 40), p,
                                 t->kind == APIC_INT32 ? "int32" : "int64");
        if (t->kind == APIC_INT32)
            *(int32_t *)slot = (int32_t)v;
        else
            *(int64_t *)slot = v;
        break;
    }
    case APIC_FLOAT:
        rc = apic_num_to_float(&n, (float *)slot);
        break;
    default:
        rc = apic_num_to_double(&n, (double *)slot);
        break;
    }
    if (rc == APIC_NUM_NOMEM) return apic_lex_nomem(x);
    if (rc != 0) return apic_lex_fail(x, p, "number out of range for %s", t->kind == APIC_FLOAT ? "float" : "double");
    x->p = q;
    return 0;
}

/* Decodes the string at x->p (a '"') into a new allocation. */
static int dec_string(apic_lex *x, char **out)
{
    const char *s = x->p + 1;
    bool escaped;
    const char *q = apic_lex_string(x, s, &escaped);
    if (q == NULL) return APIC_E_DECODE;
    size_t len = (size_t)(q - s);
    char *copy = malloc(len + 1);
    if (copy == NULL) return apic_lex_nomem(x);
    if (escaped)
        len = apic_lex_unescape(s, q, copy);
    else
        memcpy(copy, s, len);
    copy[len] = '\0';
    *out = copy;
    x->p = q + 1;
    return 0;
}

static int dec_enum(apic_lex *x, const apic_enum_desc *ed, apic_enum *e)
{
    const char *s = x->p + 1;
    bool escaped;
    const char *q = apic_lex_string(x, s, &escaped);
    if (q == NULL) return APIC_E_DECODE;
    size_t len = (size_t)(q - s);
    char *text = NULL;
    if (escaped) {
        text = malloc(len + 1);
        if (text == NULL) return apic_lex_nomem(x);
        len = apic_lex_unescape(s, q, text);
        text[len] = '\0';
        s = text;
    }
    x->p = q + 1;
    for (size_t i = 0; i < ed->n_values; i++) {
        const char *v = ed->values[i];
        if (v[0] == (len != 0 ? s[0] : '\0') && strlen(v) == len && memcmp(v, s, len) == 0) {
            free(text);
            e->value = (int)i + 1;
            return 0;
        }
    }
    /* A value this SDK does not know yet: keep its text so it can be sent back unchanged. */
    if (text == NULL) {
        text = malloc(len + 1);
        if (text == NULL) return apic_lex_nomem(x);
        memcpy(text, s, len);
        text[len] = '\0';
    }
    e->value = 0;
    e->other = text;
    return 0;
}

/* Keeps the exact text of any valid value (APIC_ANY slots and unknown members). */
static int dec_raw(apic_lex *x, char **out)
{
    const char *p = x->p;
    const char *q = apic_lex_value(x, p);
    if (q == NULL) return APIC_E_DECODE;
    size_t len = (size_t)(q - p);
    char *copy = malloc(len + 1);
    if (copy == NULL) return apic_lex_nomem(x);
    memcpy(copy, p, len);
    copy[len] = '\0';
    *out = copy;
    x->p = q;
    return 0;
}

static uint64_t key_hash(const char *s)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s != '\0'; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* Duplicate keys: the last value wins, at the position of the first occurrence (as in
 * JavaScript). Done once per map after parsing; small maps compare directly, larger ones
 * use a temporary hash table so hostile input cannot make this quadratic. */
static int map_dedupe(apic_lex *x, apic_map *m, const apic_type *elem)
{
    size_t n = m->count;
    if (n < 2) return 0;
    size_t esz = apic_type_size(elem), kept = 0, mask = 0;
    size_t *table = NULL; /* index + 1 of a kept entry; 0 = empty */
    if (n > 8) {
        size_t cap = 16;
        while (cap < 2 * n) cap *= 2;
        table = calloc(cap, sizeof *table);
        if (table == NULL) return apic_lex_nomem(x);
        mask = cap - 1;
    }
    char *values = m->values;
    for (size_t i = 0; i < n; i++) {
        char *key = m->keys[i];
        size_t j = SIZE_MAX;
        if (table != NULL) {
            size_t s = (size_t)key_hash(key) & mask;
            for (; table[s] != 0; s = (s + 1) & mask) {
                if (strcmp(m->keys[table[s] - 1], key) == 0) {
                    j = table[s] - 1;
                    break;
                }
            }
            if (j == SIZE_MAX) table[s] = kept + 1;
        } else {
            for (size_t k = 0; k < kept; k++) {
                if (strcmp(m->keys[k], key) == 0) {
                    j = k;
                    break;
                }
            }
        }
        if (j != SIZE_MAX) {
            apic_value_clear(elem, values + j * esz);
            memcpy(values + j * esz, values + i * esz, esz);
            free(key);
        } else {
            if (kept != i) {
                m->keys[kept] = key;
                memcpy(values + kept * esz, values + i * esz, esz);
            }
            kept++;
        }
    }
    m->count = kept;
    free(table);
    return 0;
}

/* Appends key (len bytes, already unescaped) and decodes the value at x->p into the map. */
static int map_push(apic_lex *x, apic_map *m, size_t *cap, const apic_type *elem, const char *key, size_t len)
{
    size_t esz = apic_type_size(elem);
    if (m->count == *cap) {
        size_t ncap = *cap != 0 ? *cap * 2 : 4;
        if (ncap > SIZE_MAX / (esz > sizeof(char *) ? esz : sizeof(char *))) return apic_lex_nomem(x);
        char **keys = realloc(m->keys, ncap * sizeof *keys);
        if (keys == NULL) return apic_lex_nomem(x);
        m->keys = keys;
        void *values = realloc(m->values, ncap * esz);
        if (values == NULL) return apic_lex_nomem(x);
        m->values = values;
        *cap = ncap;
    }
    char *k = malloc(len + 1);
    if (k == NULL) return apic_lex_nomem(x);
    memcpy(k, key, len);
    k[len] = '\0';
    void *value = (char *)m->values + m->count * esz;
    memset(value, 0, esz);
    m->keys[m->count++] = k;
    return dec_value(x, elem, value);
}

/* A member name at x->p: scanned, unescaped only when it has escapes (into buf when it
 * fits, else into *heap, which the caller frees). */
static int dec_key(apic_lex *x, char *buf, size_t bufsize, char **heap, const char **key, size_t *len)
{
    const char *p = x->p;
    if (p >= x->end || *p != '"') return apic_lex_expect(x, p, "a member name");
    bool escaped;
    const char *q = apic_lex_string(x, p + 1, &escaped);
    if (q == NULL) return APIC_E_DECODE;
    x->path[x->depth - 1] = (apic_path_seg){p + 1, (size_t)(q - p - 1)};
    x->npath = (size_t)x->depth;
    *key = p + 1;
    *len = (size_t)(q - p - 1);
    if (escaped) {
        char *out = buf;
        if (*len > bufsize) {
            out = *heap = malloc(*len);
            if (out == NULL) return apic_lex_nomem(x);
        }
        *len = apic_lex_unescape(p + 1, q, out);
        *key = out;
        /* A name is kept and compared as a C string: "id\u0000x" would become "id", a member it is
         * not (sent back, it would stand beside the real one, and replace it when read again). */
        if (memchr(out, '\0', *len) != NULL) return apic_lex_fail(x, p + 1, "member name holds \\u0000");
    }
    p = apic_lex_ws(q + 1, x->end);
    if (p >= x->end || *p != ':') return apic_lex_expect(x, p, "':'");
    x->p = apic_lex_ws(p + 1, x->end);
    return 0;
}

/* After a member or element: ',' (returns 1) or the closing bracket (returns 0). */
static int dec_next(apic_lex *x, char close, const char *what)
{
    const char *p = apic_lex_ws(x->p, x->end);
    if (p < x->end && *p == ',') {
        x->p = apic_lex_ws(p + 1, x->end);
        return 1;
    }
    if (p < x->end && *p == close) {
        x->p = p + 1;
        return 0;
    }
    return apic_lex_expect(x, p, what);
}

/* Opens an object or array at x->p; returns 1 when it is empty (and consumed). */
static int dec_open(apic_lex *x, char close)
{
    if (++x->depth > APIC_JSON_MAX_DEPTH)
        return apic_lex_fail(x, x->p, "nesting deeper than %d levels", APIC_JSON_MAX_DEPTH);
    const char *p = apic_lex_ws(x->p + 1, x->end);
    if (p < x->end && *p == close) {
        x->depth--;
        x->p = p + 1;
        return 1;
    }
    x->p = p;
    return 0;
}

static void dec_close(apic_lex *x)
{
    x->depth--;
    x->npath = (size_t)x->depth;
}

static const apic_field *find_field(const apic_struct_desc *d, const char *key, size_t len, size_t *hint)
{
    size_t n = d->n_fields, i = *hint;
    for (size_t k = 0; k < n; k++) {
        const apic_field *f = &d->fields[i];
        if (f->name_len == len && memcmp(f->name, key, len) == 0) {
            *hint = i + 1 < n ? i + 1 : 0;
            return f;
        }
        if (++i == n) i = 0;
    }
    return NULL;
}

static int dec_field(apic_lex *x, const apic_field *f, void *obj)
{
    const apic_type *t = f->type;
    void *slot = apic_slot_at(obj, f);
    apic_field_clear(f, obj); /* a duplicate key replaces the earlier value */
    const char *p = x->p;
    if (p < x->end && *p == 'n' && apic_lex_lit(p, x->end, "null", 4) &&
        (t->kind != APIC_ANY || (f->flags & APIC_F_NULLABLE))) {
        /* Servers send null for fields the schema does not mark nullable; read that as absent.
         * A non-nullable APIC_ANY keeps "null": null is one of the values it can hold. */
        apic_set_flag_at(obj, f->null_offset, (f->flags & APIC_F_NULLABLE) != 0);
        x->p = p + 4;
        return 0;
    }
    int rc;
    if (t->kind == APIC_OBJECT) {
        if (p >= x->end || *p != '{') return apic_lex_expect(x, p, "object");
        void *child = calloc(1, t->object->size);
        if (child == NULL) return apic_lex_nomem(x);
        *(void **)slot = child;
        rc = dec_value(x, t, child);
    } else {
        rc = dec_value(x, t, slot);
    }
    if (rc == 0) apic_set_flag_at(obj, f->has_offset, true);
    return rc;
}

static int dec_struct(apic_lex *x, const apic_struct_desc *d, void *obj)
{
    int rc = dec_open(x, '}');
    if (rc != 0) return rc < 0 ? rc : 0;
    apic_map *extra = NULL; /* where members that are not fields go */
    const apic_type *extra_elem = NULL;
    if (d->additional_offset >= 0 && d->additional != NULL) {
        extra = (apic_map *)((char *)obj + d->additional_offset);
        extra_elem = d->additional->elem;
    } else if (d->unknown_offset >= 0) {
        extra = (apic_map *)((char *)obj + d->unknown_offset);
        extra_elem = &apic_type_any;
    }
    size_t hint = 0, extra_cap = 0;
    do {
        char buf[128], *heap = NULL;
        const char *key;
        size_t len;
        rc = dec_key(x, buf, sizeof buf, &heap, &key, &len);
        if (rc == 0) {
            const apic_field *f = find_field(d, key, len, &hint);
            const char *skipped;
            if (f != NULL)
                rc = dec_field(x, f, obj);
            else if (extra != NULL)
                rc = map_push(x, extra, &extra_cap, extra_elem, key, len);
            else if ((skipped = apic_lex_value(x, x->p)) != NULL) /* no home for it: validate, drop */
                x->p = skipped;
            else
                rc = APIC_E_DECODE;
        }
        free(heap);
        if (rc != 0) return rc;
        x->npath = (size_t)x->depth - 1;
    } while ((rc = dec_next(x, '}', "',' or '}'")) == 1);
    if (rc != 0) return rc;
    if (extra != NULL && (rc = map_dedupe(x, extra, extra_elem)) != 0) return rc;
    dec_close(x);
    return 0;
}

static int dec_array(apic_lex *x, const apic_type *t, apic_array *a)
{
    int rc = dec_open(x, ']');
    if (rc != 0) return rc < 0 ? rc : 0;
    const apic_type *elem = t->elem;
    size_t esz = apic_type_size(elem), cap = 0;
    do {
        if (a->count == cap) {
            size_t ncap = cap != 0 ? cap * 2 : 4;
            if (ncap > SIZE_MAX / esz) return apic_lex_nomem(x);
            void *items = realloc(a->items, ncap * esz);
            if (items == NULL) return apic_lex_nomem(x);
            a->items = items;
            cap = ncap;
        }
        void *item = (char *)a->items + a->count * esz;
        memset(item, 0, esz);
        x->path[x->depth - 1] = (apic_path_seg){NULL, a->count};
        x->npath = (size_t)x->depth;
        a->count++;
        if ((rc = dec_value(x, elem, item)) != 0) return rc;
        x->npath = (size_t)x->depth - 1;
    } while ((rc = dec_next(x, ']', "',' or ']'")) == 1);
    if (rc != 0) return rc;
    dec_close(x);
    return 0;
}

static int dec_map(apic_lex *x, const apic_type *t, apic_map *m)
{
    int rc = dec_open(x, '}');
    if (rc != 0) return rc < 0 ? rc : 0;
    size_t cap = 0;
    do {
        char buf[128], *heap = NULL;
        const char *key;
        size_t len;
        rc = dec_key(x, buf, sizeof buf, &heap, &key, &len);
        if (rc == 0) rc = map_push(x, m, &cap, t->elem, key, len);
        free(heap);
        if (rc != 0) return rc;
        x->npath = (size_t)x->depth - 1;
    } while ((rc = dec_next(x, '}', "',' or '}'")) == 1);
    if (rc != 0) return rc;
    if ((rc = map_dedupe(x, m, t->elem)) != 0) return rc;
    dec_close(x);
    return 0;
}

/* Decodes the value at x->p (whitespace skipped) into an inline slot of type t. */
static int dec_value(apic_lex *x, const apic_type *t, void *slot)
{
    const char *p = x->p, *end = x->end;
    char c = p < end ? *p : '\0';
    switch (t->kind) {
    case APIC_BOOL:
        if (c == 't' && apic_lex_lit(p, end, "true", 4)) {
            *(bool *)slot = true;
            x->p = p + 4;
            return 0;
        }
        if (c == 'f' && apic_lex_lit(p, end, "false", 5)) {
            *(bool *)slot = false;
            x->p = p + 5;
            return 0;
        }
        break;
    case APIC_INT32:
    case APIC_INT64:
    case APIC_FLOAT:
    case APIC_DOUBLE:
        if (c == '-' || apic_num_digit(c)) return dec_number(x, t, slot);
        break;
    case APIC_STRING:
        if (c == '"') return dec_string(x, (char **)slot);
        if (c == 'n' && apic_lex_lit(p, end, "null", 4)) { /* array item or map value: NULL */
            x->p = p + 4;
            return 0;
        }
        break;
    case APIC_ANY: return dec_raw(x, (char **)slot);
    case APIC_ENUM:
        if (c == '"') return dec_enum(x, t->enumeration, slot);
        break;
    case APIC_OBJECT:
        if (c == '{') return dec_struct(x, t->object, slot);
        break;
    case APIC_ARRAY:
        if (c == '[') return dec_array(x, t, slot);
        break;
    case APIC_MAP:
        if (c == '{') return dec_map(x, t, slot);
        break;
    case APIC_UNION: return apic_dec_union(x, t, slot);
    }
    return apic_lex_expect(x, p, kind_name(t->kind));
}

int apic_dec_value(apic_lex *x, const apic_type *t, void *slot)
{
    return dec_value(x, t, slot);
}

int apic_json_decode(const apic_type *t, const char *json, size_t len, void *slot, apic_error *err)
{
    if (t == NULL || slot == NULL || (json == NULL && len != 0))
        return apic_error_set(err, APIC_E_ARG, "apic_json_decode: missing type, text or slot");
    if (json == NULL) json = "";
    apic_lex x;
    apic_lex_init(&x, json, len, err);
    x.p = apic_lex_ws(x.p, x.end);
    int rc = dec_value(&x, t, slot);
    if (rc == 0) {
        const char *p = apic_lex_ws(x.p, x.end);
        if (p != x.end) rc = apic_lex_fail(&x, p, "unexpected data after the JSON value");
    }
    if (rc != 0) apic_value_clear(t, slot);
    return rc;
}

int apic_value_new_from_json(const apic_type *t, const char *json, size_t len, void **out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_value_new_from_json: out must not be NULL");
    *out = NULL;
    if (t == NULL) return apic_error_set(err, APIC_E_ARG, "apic_value_new_from_json: missing type");
    size_t size = apic_type_size(t);
    void *slot = calloc(1, size != 0 ? size : 1);
    if (slot == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory while decoding JSON");
    int rc = apic_json_decode(t, json, len, slot, err);
    if (rc != 0) {
        free(slot);
        return rc;
    }
    *out = slot;
    return 0;
}

int apic_json_validate(const char *json, size_t len, apic_error *err)
{
    if (json == NULL && len != 0) return apic_error_set(err, APIC_E_ARG, "apic_json_validate: missing text");
    if (json == NULL) json = "";
    apic_lex x;
    apic_lex_init(&x, json, len, err);
    const char *p = apic_lex_value(&x, apic_lex_ws(x.p, x.end));
    if (p == NULL) return APIC_E_DECODE;
    x.npath = 0;
    p = apic_lex_ws(p, x.end);
    if (p != x.end) return apic_lex_fail(&x, p, "unexpected data after the JSON value");
    return 0;
}
