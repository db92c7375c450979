/* Typed JSON encoding: walks the descriptors and writes straight into an apic_buf.
 *
 * Speed matters (it must stay well under cJSON's printer), so there is no intermediate
 * tree, plain runs of string bytes are copied with one memcpy, and capacity is checked
 * inline; apic_buf_reserve is only called when the buffer actually has to grow. The
 * buffer is NUL-terminated once at the end rather than after every write. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "codec/json_free.h"
#include "codec/json_num.h"
#include "codec/json_path.h"
#include "codec/slot.h"

typedef struct enc {
    apic_buf *out;
    unsigned mode;
    apic_error *err;
    int depth;
    size_t npath;
    apic_path_seg path[APIC_JSON_MAX_DEPTH + 1];
} enc;

/* What follows the backslash for bytes that must be escaped ('u': \u00XX); 0 = as is. */
static const char escape_of[256] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u', /* 0x00 */
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', /* 0x10 */
    0,   0,   '"', 0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   /* 0x20 */
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   /* 0x30 */
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   /* 0x40 */
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   '\\', 0,  0,   0,   /* 0x50 */
};

/* Makes room for n more bytes plus the final terminator. */
static inline int room(apic_buf *b, size_t n)
{
    return b->cap - b->len > n ? 0 : apic_buf_reserve(b, n);
}

static inline int put(apic_buf *b, const char *s, size_t n)
{
    if (room(b, n) != 0) return APIC_E_NOMEM;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

static inline int put1(apic_buf *b, char c)
{
    if (room(b, 1) != 0) return APIC_E_NOMEM;
    b->data[b->len++] = c;
    return 0;
}

static int write_string(apic_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (room(b, n + 2) != 0) return APIC_E_NOMEM; /* enough unless something needs escaping */
    char *o = b->data + b->len;
    *o++ = '"';
    size_t i = 0;
    for (;;) {
        size_t run = i;
        while (i < n && escape_of[(unsigned char)s[i]] == 0) i++;
        memcpy(o, s + run, i - run);
        o += i - run;
        if (i == n) break;
        b->len = (size_t)(o - b->data);
        if (room(b, 6 + (n - i - 1) + 1) != 0) return APIC_E_NOMEM; /* this escape, the rest, '"' */
        o = b->data + b->len;
        unsigned char c = (unsigned char)s[i++];
        *o++ = '\\';
        if (escape_of[c] == 'u') {
            memcpy(o, "u00", 3);
            o[3] = hex[c >> 4];
            o[4] = hex[c & 15];
            o += 5;
        } else {
            *o++ = escape_of[c];
        }
    }
    *o++ = '"';
    b->len = (size_t)(o - b->data);
    return 0;
}

static int enc_fail(enc *e, apic_status kind, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int enc_fail(enc *e, apic_status kind, const char *fmt, ...)
{
    if (e->err == NULL) return kind;
    char path[192], msg[320];
    apic_path_format("$", e->path, e->npath, path, sizeof path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return apic_error_set(e->err, kind, "%s: %s", path, msg);
}

static int enc_value(enc *e, const apic_type *t, const void *slot);

static int enc_open(enc *e, char c)
{
    if (++e->depth > APIC_JSON_MAX_DEPTH)
        return enc_fail(e, APIC_E_ENCODE, "nesting deeper than %d levels (is the value cyclic?)", APIC_JSON_MAX_DEPTH);
    return put1(e->out, c);
}

static int enc_close(enc *e, char c)
{
    e->depth--;
    e->npath = (size_t)e->depth;
    return put1(e->out, c);
}

static void enc_at_key(enc *e, const char *key, size_t len)
{
    e->path[e->depth - 1] = (apic_path_seg){key, len};
    e->npath = (size_t)e->depth;
}

/* Raw JSON text (APIC_ANY, unknown members) is checked first: one bad value must not
 * make the whole document unreadable for the server. */
static int enc_raw(enc *e, const char *s)
{
    if (s == NULL) return put(e->out, "null", 4);
    size_t len = strlen(s);
    if (apic_json_validate(s, len, NULL) != 0) {
        apic_error verr = {0}; /* only now: the message is wanted, the 512 bytes are not on the hot path */
        apic_json_validate(s, len, &verr);
        return enc_fail(e, APIC_E_ENCODE, "invalid raw JSON (%s)", verr.message);
    }
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == '\t')) len--;
    while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') s++, len--;
    return put(e->out, s, len);
}

static int enc_enum(enc *e, const apic_enum_desc *ed, const apic_enum *v)
{
    if (v->value >= 1 && (size_t)v->value <= ed->n_values) {
        const char *s = ed->values[v->value - 1];
        return write_string(e->out, s, strlen(s));
    }
    if (v->value == 0 && v->other != NULL) return write_string(e->out, v->other, strlen(v->other));
    if (v->value == 0) return enc_fail(e, APIC_E_ENCODE, "%s has neither a value nor a text", ed->name);
    return enc_fail(e, APIC_E_ENCODE, "%d is not a value of %s", v->value, ed->name);
}

static int enc_key(enc *e, bool *first, const char *key, size_t len)
{
    int rc = 0;
    if (!*first) rc = put1(e->out, ',');
    *first = false;
    if (rc == 0) rc = write_string(e->out, key, len);
    if (rc == 0) rc = put1(e->out, ':');
    return rc;
}

/* Whether obj already has a member named key: a field holding a value, or a key of its
 * additional or unknown members. */
static bool has_member(const apic_struct_desc *d, const void *obj, const char *key)
{
    for (size_t i = 0; i < d->n_fields; i++) {
        const apic_field *f = &d->fields[i];
        if (strcmp(f->name, key) == 0 && (apic_field_is_null(obj, f) || apic_field_has_value(obj, f))) return true;
    }
    const ptrdiff_t maps[2] = {d->additional != NULL ? d->additional_offset : -1, d->unknown_offset};
    for (int k = 0; k < 2; k++) {
        if (maps[k] < 0) continue;
        const apic_map *m = (const apic_map *)((const char *)obj + maps[k]);
        for (size_t i = 0; i < m->count; i++) {
            if (strcmp(m->keys[i], key) == 0) return true;
        }
    }
    return false;
}

/* Writes the member `tag_key: tag` of a union variant whose struct leaves it unset. */
static int enc_tag(enc *e, bool *first, const char *tag_key, const char *tag)
{
    size_t klen = strlen(tag_key);
    enc_at_key(e, tag_key, klen);
    int rc = enc_key(e, first, tag_key, klen);
    return rc != 0 ? rc : write_string(e->out, tag, strlen(tag));
}

/* A struct's members in declaration order, then its additional and unknown members. tag_key
 * and tag (or NULLs) are the discriminator of the union variant obj is: written in the place of
 * the field of that name (first when there is none) unless obj already has that member. */
static int enc_struct(enc *e, const apic_struct_desc *d, const void *obj, const char *tag_key, const char *tag)
{
    int rc = enc_open(e, '{');
    if (rc != 0) return rc;
    bool first = true;
    if (tag != NULL && has_member(d, obj, tag_key)) tag = NULL;
    if (tag != NULL) {
        bool declared = false;
        for (size_t i = 0; i < d->n_fields && !declared; i++) declared = strcmp(d->fields[i].name, tag_key) == 0;
        if (!declared && (rc = enc_tag(e, &first, tag_key, tag)) != 0) return rc;
    }
    for (size_t i = 0; i < d->n_fields; i++) {
        const apic_field *f = &d->fields[i];
        if (((e->mode & APIC_ENC_REQUEST) && (f->flags & APIC_F_READONLY)) ||
            ((e->mode & APIC_ENC_RESPONSE) && (f->flags & APIC_F_WRITEONLY)))
            continue;
        bool is_null = apic_field_is_null(obj, f);
        if (!is_null && !apic_field_has_value(obj, f)) {
            if (tag != NULL && strcmp(f->name, tag_key) == 0) {
                if ((rc = enc_tag(e, &first, tag_key, tag)) != 0) return rc;
                continue;
            }
            if ((e->mode & APIC_ENC_REQUEST) && (f->flags & APIC_F_REQUIRED)) {
                enc_at_key(e, f->name, f->name_len);
                return enc_fail(e, APIC_E_VALIDATION, "required field is missing");
            }
            continue;
        }
        enc_at_key(e, f->name, f->name_len);
        if ((rc = enc_key(e, &first, f->name, f->name_len)) != 0) return rc;
        const void *slot = apic_slot_at(obj, f);
        if (is_null)
            rc = put(e->out, "null", 4);
        else if (f->type->kind == APIC_OBJECT) /* a field holds a pointer to the struct */
            rc = enc_value(e, f->type, *(void *const *)slot);
        else
            rc = enc_value(e, f->type, slot);
        if (rc != 0) return rc;
    }
    if (d->additional_offset >= 0 && d->additional != NULL) {
        const apic_map *m = (const apic_map *)((const char *)obj + d->additional_offset);
        size_t esz = apic_type_size(d->additional->elem);
        for (size_t i = 0; i < m->count; i++) {
            size_t klen = strlen(m->keys[i]);
            enc_at_key(e, m->keys[i], klen);
            if ((rc = enc_key(e, &first, m->keys[i], klen)) != 0) return rc;
            if ((rc = enc_value(e, d->additional->elem, (const char *)m->values + i * esz)) != 0) return rc;
        }
    }
    if (d->unknown_offset >= 0) {
        const apic_json_map *m = (const apic_json_map *)((const char *)obj + d->unknown_offset);
        for (size_t i = 0; i < m->count; i++) {
            size_t klen = strlen(m->keys[i]);
            enc_at_key(e, m->keys[i], klen);
            if ((rc = enc_key(e, &first, m->keys[i], klen)) != 0) return rc;
            if ((rc = enc_raw(e, m->values[i])) != 0) return rc;
        }
    }
    return enc_close(e, '}');
}

static int enc_array(enc *e, const apic_type *t, const apic_array *a)
{
    int rc = enc_open(e, '[');
    if (rc != 0) return rc;
    size_t esz = apic_type_size(t->elem);
    for (size_t i = 0; i < a->count; i++) {
        e->path[e->depth - 1] = (apic_path_seg){NULL, i};
        e->npath = (size_t)e->depth;
        if (i > 0 && (rc = put1(e->out, ',')) != 0) return rc;
        if ((rc = enc_value(e, t->elem, (const char *)a->items + i * esz)) != 0) return rc;
    }
    return enc_close(e, ']');
}

static int enc_map(enc *e, const apic_type *t, const apic_map *m)
{
    int rc = enc_open(e, '{');
    if (rc != 0) return rc;
    size_t esz = apic_type_size(t->elem);
    bool first = true;
    for (size_t i = 0; i < m->count; i++) {
        size_t klen = strlen(m->keys[i]);
        enc_at_key(e, m->keys[i], klen);
        if ((rc = enc_key(e, &first, m->keys[i], klen)) != 0) return rc;
        if ((rc = enc_value(e, t->elem, (const char *)m->values + i * esz)) != 0) return rc;
    }
    return enc_close(e, '}');
}

/* The variant a union holds (an object variant with its discriminator tag), or `other`. */
static int enc_union(enc *e, const apic_union_desc *u, const void *slot)
{
    void *vslot;
    const apic_variant *v = apic_union_variant(u, slot, &vslot);
    if (v != NULL && v->type->kind == APIC_OBJECT) { /* held by pointer, like a struct field */
        const void *obj = *(void *const *)vslot;
        if (obj == NULL) return enc_fail(e, APIC_E_ENCODE, "%s holds %s without its object", u->kinds.name,
                                         u->kinds.values[v - u->variants]);
        return enc_struct(e, v->type->object, obj, u->discriminator, v->n_tags > 0 ? v->tags[0] : NULL);
    }
    if (v != NULL) return enc_value(e, v->type, vslot);
    int kind = apic_union_kind(u, slot);
    if (kind == 0 && apic_union_other(u, slot) != NULL) return enc_raw(e, apic_union_other(u, slot));
    if (kind == 0) return enc_fail(e, APIC_E_ENCODE, "%s holds neither a variant nor raw JSON", u->kinds.name);
    return enc_fail(e, APIC_E_ENCODE, "%d is not a kind of %s", kind, u->kinds.name);
}

static int enc_value(enc *e, const apic_type *t, const void *slot)
{
    char num[32];
    size_t n;
    switch (t->kind) {
    case APIC_BOOL:
        return *(const bool *)slot ? put(e->out, "true", 4) : put(e->out, "false", 5);
    case APIC_INT32:
        return put(e->out, num, apic_num_format_int64(*(const int32_t *)slot, num));
    case APIC_INT64:
        return put(e->out, num, apic_num_format_int64(*(const int64_t *)slot, num));
    case APIC_FLOAT:
    case APIC_DOUBLE:
        n = t->kind == APIC_FLOAT ? apic_num_format_float(*(const float *)slot, num)
                                  : apic_num_format_double(*(const double *)slot, num);
        if (n == 0) return enc_fail(e, APIC_E_ENCODE, "NaN and infinity cannot be written as JSON");
        return put(e->out, num, n);
    case APIC_STRING: {
        const char *s = *(char *const *)slot;
        return s != NULL ? write_string(e->out, s, strlen(s)) : put(e->out, "null", 4);
    }
    case APIC_ANY: return enc_raw(e, *(char *const *)slot);
    case APIC_ENUM: return enc_enum(e, t->enumeration, slot);
    case APIC_OBJECT: return enc_struct(e, t->object, slot, NULL, NULL);
    case APIC_ARRAY: return enc_array(e, t, slot);
    case APIC_MAP: return enc_map(e, t, slot);
    case APIC_UNION: return enc_union(e, apic_union_of(t), slot);
    }
    return enc_fail(e, APIC_E_ENCODE, "unknown kind %d", (int)t->kind);
}

int apic_json_encode(const apic_type *t, const void *slot, apic_buf *out, unsigned mode, apic_error *err)
{
    if (t == NULL || slot == NULL || out == NULL)
        return apic_error_set(err, APIC_E_ARG, "apic_json_encode: missing type, value or buffer");
    size_t saved = out->len;
    enc e;
    e.out = out;
    e.mode = mode;
    e.err = err;
    e.depth = 0;
    e.npath = 0;
    int rc = enc_value(&e, t, slot);
    if (rc != 0) {
        if (rc == APIC_E_NOMEM) apic_error_set(err, APIC_E_NOMEM, "out of memory while encoding JSON");
        out->len = saved;
    }
    if (out->data != NULL) out->data[out->len] = '\0';
    return rc;
}

int apic_json_write_string(apic_buf *out, const char *s, size_t len)
{
    if (out == NULL || (s == NULL && len != 0)) return APIC_E_ARG;
    size_t saved = out->len;
    int rc = write_string(out, s != NULL ? s : "", len);
    if (rc != 0) out->len = saved;
    if (out->data != NULL) out->data[out->len] = '\0';
    return rc;
}
