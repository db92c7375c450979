/* URL building: percent-encoding and OpenAPI 3.1 parameter serialisation.
 *
 * Serialisation follows the style examples table of the OpenAPI 3.1 specification
 * literally (including its label style, which joins with '.' whether exploded or not),
 * because servers validate against that table, not against RFC 6570. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/url.h"
#include "codec/scalar_text.h"
#include "codec/slot.h"

static const char HEX[] = "0123456789ABCDEF";

static bool is_unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

static bool is_reserved(unsigned char c)
{
    return c != '\0' && strchr(":/?#[]@!$&'()*+,;=", c) != NULL;
}

int apic_url_encode(apic_buf *out, const char *s, size_t len, bool allow_reserved)
{
    if (len > ((size_t)-1 - 1) / 3) return APIC_E_NOMEM;
    /* Worst case is every byte escaped: reserve once, then write in place. */
    if (apic_buf_reserve(out, len * 3) != 0) return APIC_E_NOMEM;
    char *w = out->data + out->len;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_unreserved(c) || (allow_reserved && is_reserved(c))) {
            *w++ = (char)c;
        } else {
            *w++ = '%';
            *w++ = HEX[c >> 4];
            *w++ = HEX[c & 15];
        }
    }
    out->len = (size_t)(w - out->data);
    out->data[out->len] = '\0';
    return 0;
}

/* --- scalar values as text ------------------------------------------------------------- */

/* Shortest text that reads back as the same value, written like JSON numbers usually are
 * (plain notation from 1e-6 up to 1e21, as JavaScript does: "100", not "1e+02").
 * printf follows LC_NUMERIC, so whatever the application's locale put in place of the
 * decimal point becomes '.'. */
static int format_real(double v, bool single, char num[APIC_NUM_CAP])
{
    if (!isfinite(v)) return -1;
    char tmp[APIC_NUM_CAP];
    int prec = 1;
    for (; prec < (single ? 9 : 17); prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        double back = strtod(tmp, NULL);
        if (single ? (float)back == (float)v : back == v) break;
    }
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
    long exp10 = strtol(strchr(tmp, 'e') + 1, NULL, 10);
    if (exp10 >= -6 && exp10 < 21) snprintf(tmp, sizeof tmp, "%.*f", prec - 1 - exp10 > 0 ? (int)(prec - 1 - exp10) : 0, v);
    size_t w = 0;
    bool in_point = false;
    for (const char *p = tmp; *p != '\0'; p++) {
        bool plain = (*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == 'e' || *p == 'E';
        if (plain) {
            num[w++] = *p;
        } else if (!in_point) {
            num[w++] = '.';
        }
        in_point = !plain;
    }
    num[w] = '\0';
    return 0;
}

int apic_scalar_text(const apic_type *t, const void *slot, char num[APIC_NUM_CAP], const char **s, size_t *len)
{
    *s = num;
    switch (t->kind) {
    case APIC_BOOL:
        *s = *(const bool *)slot ? "true" : "false";
        break;
    case APIC_INT32:
        snprintf(num, APIC_NUM_CAP, "%" PRId32, *(const int32_t *)slot);
        break;
    case APIC_INT64:
        snprintf(num, APIC_NUM_CAP, "%" PRId64, *(const int64_t *)slot);
        break;
    case APIC_FLOAT:
        if (format_real(*(const float *)slot, true, num) != 0) return -1;
        break;
    case APIC_DOUBLE:
        if (format_real(*(const double *)slot, false, num) != 0) return -1;
        break;
    case APIC_STRING:
    case APIC_ANY: /* raw JSON text is sent as it is: the caller chose the text */
        *s = *(char *const *)slot;
        if (*s == NULL) return -1;
        break;
    case APIC_ENUM: {
        const apic_enum *e = slot;
        const apic_enum_desc *d = t->enumeration;
        if (e->value == 0) {
            *s = e->other;
        } else if (d != NULL && e->value > 0 && (size_t)e->value <= d->n_values) {
            *s = d->values[e->value - 1];
        } else {
            *s = NULL;
        }
        if (*s == NULL) return -1;
        break;
    }
    default:
        return -1;
    }
    *len = strlen(*s);
    return 0;
}

static bool is_scalar(const apic_type *t)
{
    return t->kind != APIC_OBJECT && t->kind != APIC_ARRAY && t->kind != APIC_MAP;
}

/* --- a value flattened into entries ----------------------------------------------------- */

/* One element of a value: the value itself, an array item, or an object member. `value`
 * is the value's own address (for an object, the struct, wherever it is held). */
typedef struct entry {
    const char *key; /* member name; NULL for scalars and array items */
    size_t index;    /* position of an array item */
    const apic_type *type;
    const void *value;
} entry;

typedef enum shape { SHAPE_SCALAR, SHAPE_ARRAY, SHAPE_OBJECT } shape;

typedef struct flat {
    shape shape;
    entry *e;
    size_t n;
} flat;

/* Where a field's value is: struct members are held by pointer, every other value inline. */
static const void *value_of(const void *obj, const apic_field *fd)
{
    const void *slot = apic_slot_at(obj, fd);
    return fd->type->kind == APIC_OBJECT ? *(void *const *)slot : slot;
}

/* A union is flattened as the variant it holds. */
static int push(flat *f, size_t cap, const char *key, size_t index, const apic_type *t, const void *value)
{
    if (!apic_union_value(&t, &value) || f->n == cap) return APIC_E_ENCODE;
    f->e[f->n++] = (entry){key, index, t, value};
    return 0;
}

/* Flattens one level of a value: its items or members (which may be objects or arrays
 * themselves: put_value writes those as JSON text, write_deep goes into them). Returns 0,
 * APIC_E_NOMEM, or APIC_E_ENCODE for a union holding no variant. */
static int flatten(const apic_type *t, const void *value, flat *f)
{
    f->e = NULL;
    f->n = 0;
    size_t cap = 1;
    if (!apic_union_value(&t, &value)) return APIC_E_ENCODE;
    if (t->kind == APIC_ARRAY) {
        f->shape = SHAPE_ARRAY;
        cap = ((const apic_array *)value)->count;
    } else if (t->kind == APIC_MAP) {
        f->shape = SHAPE_OBJECT;
        cap = ((const apic_map *)value)->count;
    } else if (t->kind == APIC_OBJECT) {
        f->shape = SHAPE_OBJECT;
        const apic_struct_desc *d = t->object;
        cap = d->n_fields;
        if (d->additional_offset >= 0) cap += ((const apic_map *)((const char *)value + d->additional_offset))->count;
    } else {
        f->shape = SHAPE_SCALAR;
    }
    if (cap == 0) return 0;
    f->e = calloc(cap, sizeof *f->e);
    if (f->e == NULL) return APIC_E_NOMEM;

    if (f->shape == SHAPE_SCALAR) return push(f, cap, NULL, 0, t, value);
    if (t->kind == APIC_ARRAY || t->kind == APIC_MAP) {
        const apic_map *m = t->kind == APIC_MAP ? value : NULL;
        const apic_array *a = value;
        const char *items = m != NULL ? m->values : a->items;
        size_t size = apic_type_size(t->elem);
        for (size_t i = 0; i < cap; i++) {
            int rc = push(f, cap, m != NULL ? m->keys[i] : NULL, i, t->elem, items + i * size);
            if (rc != 0) return rc;
        }
        return 0;
    }
    /* Unknown members hold raw JSON of any shape: they have no form of their own and stay out. */
    const apic_struct_desc *d = t->object;
    for (size_t i = 0; i < d->n_fields; i++) {
        const apic_field *m = &d->fields[i];
        if (!apic_field_has_value(value, m)) continue;
        int rc = push(f, cap, m->name, 0, m->type, value_of(value, m));
        if (rc != 0) return rc;
    }
    if (d->additional_offset >= 0 && d->additional != NULL) {
        const apic_map *m = (const apic_map *)((const char *)value + d->additional_offset);
        size_t size = apic_type_size(d->additional->elem);
        for (size_t i = 0; i < m->count; i++) {
            int rc = push(f, cap, m->keys[i], 0, d->additional->elem, (const char *)m->values + i * size);
            if (rc != 0) return rc;
        }
    }
    return 0;
}

/* --- writing --------------------------------------------------------------------------- */

typedef enum where { TO_PATH, TO_QUERY, TO_HEADER, TO_COOKIE } where;

/* Where one parameter is written and how its text is escaped. */
typedef struct sink {
    apic_buf *out;
    where to;
    bool allow_reserved; /* query values only */
    size_t start;        /* out->len before the first pair: pair separators go between pairs only */
    int bad;             /* why a value could not be written (else a failure means no memory) */
} sink;

/* Header values go out verbatim, so anything that could end the header line is refused. */
static bool header_safe(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f) return false;
    }
    return true;
}

static int put_raw(sink *k, const char *s)
{
    return apic_buf_puts(k->out, s);
}

static int put_text(sink *k, const char *s, size_t n, bool is_value)
{
    if (k->to == TO_HEADER) {
        if (!header_safe(s, n)) {
            k->bad = APIC_E_VALIDATION;
            return k->bad;
        }
        return apic_buf_append(k->out, s, n);
    }
    return apic_url_encode(k->out, s, n, is_value && k->to == TO_QUERY && k->allow_reserved);
}

static int put_scalar(sink *k, const apic_type *t, const void *value)
{
    char num[APIC_NUM_CAP];
    const char *s;
    size_t n;
    if (apic_scalar_text(t, value, num, &s, &n) != 0) {
        k->bad = APIC_E_ENCODE;
        return k->bad;
    }
    return put_text(k, s, n, true);
}

/* A value with no form of its own in the parameter's style (an object in an array of a form
 * query, which OpenAPI leaves undefined) goes as its JSON text, as servers read such values. */
static int put_json(sink *k, const apic_type *t, const void *value)
{
    apic_buf json = {0};
    int rc = apic_json_encode(t, value, &json, APIC_ENC_REQUEST, NULL);
    if (rc == 0) rc = put_text(k, json.data, json.len, true);
    else if (rc != APIC_E_NOMEM) k->bad = rc;
    apic_buf_free(&json);
    return rc;
}

static int put_value(sink *k, const entry *e)
{
    return is_scalar(e->type) ? put_scalar(k, e->type, e->value) : put_json(k, e->type, e->value);
}

static int put_key(sink *k, const char *key)
{
    return put_text(k, key, strlen(key), false);
}

/* Starts a name=value pair in a query string, cookie header or form body. */
static int begin_pair(sink *k)
{
    if (k->out->len == k->start) return 0;
    return put_raw(k, k->to == TO_COOKIE ? "; " : "&");
}

#define TRY(x)                                                   \
    do {                                                         \
        if ((x) != 0) return k->bad != 0 ? k->bad : APIC_E_NOMEM; \
    } while (0)

/* Writes entries joined by sep; members as key<kv>value, kv being sep (not exploded) or "=". */
static int put_list(sink *k, const flat *f, const char *sep, const char *kv)
{
    for (size_t i = 0; i < f->n; i++) {
        if (i > 0) TRY(put_raw(k, sep));
        if (f->e[i].key != NULL) {
            TRY(put_key(k, f->e[i].key));
            TRY(put_raw(k, kv));
        }
        TRY(put_value(k, &f->e[i]));
    }
    return 0;
}

static int write_simple(sink *k, const flat *f, bool explode)
{
    return put_list(k, f, ",", explode ? "=" : ",");
}

static int write_label(sink *k, const flat *f, bool explode)
{
    TRY(put_raw(k, "."));
    return put_list(k, f, ".", explode ? "=" : ".");
}

static int write_matrix(sink *k, const char *name, const flat *f, bool explode)
{
    bool empty = f->n == 0;
    if (f->shape == SHAPE_SCALAR && f->n == 1) {
        char num[APIC_NUM_CAP];
        const char *s;
        size_t n;
        empty = apic_scalar_text(f->e[0].type, f->e[0].value, num, &s, &n) == 0 && n == 0;
    }
    if (empty) {
        TRY(put_raw(k, ";"));
        return put_key(k, name);
    }
    if (explode && f->shape != SHAPE_SCALAR) {
        for (size_t i = 0; i < f->n; i++) {
            TRY(put_raw(k, ";"));
            TRY(put_key(k, f->e[i].key != NULL ? f->e[i].key : name));
            TRY(put_raw(k, "="));
            TRY(put_value(k, &f->e[i]));
        }
        return 0;
    }
    TRY(put_raw(k, ";"));
    TRY(put_key(k, name));
    TRY(put_raw(k, "="));
    return put_list(k, f, ",", ",");
}

/* form, spaceDelimited, pipeDelimited and one-level deepObject: name=value pairs. */
static int write_form(sink *k, const char *name, const flat *f, apic_style style, bool explode)
{
    if (f->shape != SHAPE_SCALAR && f->n > 0 && (explode || style == APIC_STYLE_DEEP_OBJECT)) {
        for (size_t i = 0; i < f->n; i++) {
            TRY(begin_pair(k));
            if (f->e[i].key == NULL) {
                TRY(put_key(k, name));
            } else if (style == APIC_STYLE_DEEP_OBJECT) {
                TRY(put_key(k, name));
                TRY(put_raw(k, "["));
                TRY(put_key(k, f->e[i].key));
                TRY(put_raw(k, "]"));
            } else {
                TRY(put_key(k, f->e[i].key));
            }
            TRY(put_raw(k, "="));
            TRY(put_value(k, &f->e[i]));
        }
        return 0;
    }
    const char *sep = style == APIC_STYLE_SPACE_DELIMITED ? "%20" : style == APIC_STYLE_PIPE_DELIMITED ? "|" : ",";
    TRY(begin_pair(k));
    TRY(put_key(k, name));
    TRY(put_raw(k, "="));
    return put_list(k, f, sep, sep);
}

/* deepObject, which OpenAPI leaves undefined past one level: each member or item in brackets
 * after the key so far (already escaped, in key), as deep as the value goes, array items by
 * index: metadata[plan]=pro, items[0][price]=p_1, unions as the variant they hold. This is how
 * Stripe, Rails and PHP read nested query strings and form data. */
static int write_deep(sink *k, apic_buf *key, const apic_type *t, const void *value)
{
    flat f;
    int rc = flatten(t, value, &f);
    size_t mark = key->len;
    for (size_t i = 0; rc == 0 && i < f.n; i++) {
        const entry *e = &f.e[i];
        if (f.shape == SHAPE_SCALAR) {
            if (begin_pair(k) != 0 || put_raw(k, key->data) != 0 || put_raw(k, "=") != 0 || put_value(k, e) != 0) {
                rc = k->bad != 0 ? k->bad : APIC_E_NOMEM;
            }
            break;
        }
        char index[24];
        snprintf(index, sizeof index, "%zu", e->index);
        const char *name = e->key != NULL ? e->key : index;
        rc = apic_buf_putc(key, '[') == 0 && apic_url_encode(key, name, strlen(name), false) == 0 &&
                     apic_buf_putc(key, ']') == 0
                 ? write_deep(k, key, e->type, e->value)
                 : APIC_E_NOMEM;
        key->len = mark;
        key->data[mark] = '\0';
    }
    free(f.e);
    return rc;
}

/* The pairs of one named value (a query or cookie parameter, or a member of a form body) in a
 * form style: the one serialiser both use. */
static int write_named(sink *k, const char *name, const apic_type *t, const void *value, apic_style style, bool explode)
{
    int rc;
    if (style == APIC_STYLE_JSON) {
        TRY(begin_pair(k));
        TRY(put_key(k, name));
        TRY(put_raw(k, "="));
        return put_json(k, t, value);
    }
    /* Stripe, Rails and PHP read brackets to any depth, in a query as in a form body. */
    if (style == APIC_STYLE_DEEP_OBJECT) {
        apic_buf key = {0};
        rc = apic_url_encode(&key, name, strlen(name), false) == 0 ? write_deep(k, &key, t, value) : APIC_E_NOMEM;
        apic_buf_free(&key);
        return rc;
    }
    flat f;
    rc = flatten(t, value, &f);
    if (rc == 0) rc = write_form(k, name, &f, style, explode);
    free(f.e);
    return rc;
}

static int write_param(sink *k, const apic_field *fd, const apic_param *loc, const void *params)
{
    const void *value = value_of(params, fd);
    if (loc->in == APIC_IN_QUERY || loc->in == APIC_IN_COOKIE) {
        return write_named(k, fd->name, fd->type, value, loc->style, loc->explode);
    }
    if (loc->style == APIC_STYLE_JSON) return put_json(k, fd->type, value);
    flat f;
    int rc = flatten(fd->type, value, &f);
    if (rc == 0 && loc->in == APIC_IN_HEADER) {
        rc = write_simple(k, &f, loc->explode);
    } else if (rc == 0 && loc->style == APIC_STYLE_LABEL) {
        rc = write_label(k, &f, loc->explode);
    } else if (rc == 0 && loc->style == APIC_STYLE_MATRIX) {
        rc = write_matrix(k, fd->name, &f, loc->explode);
    } else if (rc == 0) {
        rc = write_simple(k, &f, loc->explode);
    }
    free(f.e);
    return rc;
}

/* --- form bodies ------------------------------------------------------------------------ */

/* Why member `name` of a form body could not be written. */
static int form_fail(apic_error *err, int rc, const char *name)
{
    if (rc == APIC_E_NOMEM) return apic_error_set(err, APIC_E_NOMEM, "out of memory encoding the form");
    return apic_error_set(err, APIC_E_ENCODE, "member '%s' has a value that cannot be encoded (a union holding no "
                          "variant, or a value JSON cannot carry)", name);
}

int apic_form_encode(const apic_type *t, const void *value, const apic_body_field *fields, apic_buf *out,
                     apic_error *err)
{
    if (t == NULL || value == NULL || out == NULL || (t->kind != APIC_OBJECT && t->kind != APIC_MAP)) {
        return apic_error_set(err, APIC_E_ARG, "apic_form_encode: a form body is an object or a map");
    }
    size_t start = out->len;
    sink k = {out, TO_QUERY, false, start, 0};
    int rc = 0;
    const apic_map *extra = t->kind == APIC_MAP ? value : NULL;
    const apic_type *extra_type = t->kind == APIC_MAP ? t->elem : NULL;
    const apic_struct_desc *d = t->kind == APIC_OBJECT ? t->object : NULL;
    for (size_t i = 0; rc == 0 && d != NULL && i < d->n_fields; i++) {
        const apic_field *fd = &d->fields[i];
        if (fd->flags & APIC_F_READONLY) continue;
        if (!apic_field_has_value(value, fd)) {
            if (fd->flags & APIC_F_REQUIRED) {
                rc = apic_error_set(err, APIC_E_VALIDATION, "required member '%s' is missing", fd->name);
            }
            continue;
        }
        if (apic_field_is_null(value, fd)) continue; /* a form has no null: the member is left out */
        const apic_body_field *enc = fields != NULL ? &fields[i] : NULL;
        k.allow_reserved = enc != NULL && enc->allow_reserved;
        k.bad = 0;
        rc = write_named(&k, fd->name, fd->type, value_of(value, fd), enc != NULL ? enc->style : APIC_STYLE_FORM,
                         enc != NULL ? enc->explode : true);
        if (rc != 0) rc = form_fail(err, rc, fd->name);
    }
    if (d != NULL && d->additional_offset >= 0 && d->additional != NULL) {
        extra = (const apic_map *)((const char *)value + d->additional_offset);
        extra_type = d->additional->elem;
    }
    /* Members named by no property (a map body, additionalProperties): plain pairs. */
    k.allow_reserved = false;
    for (size_t i = 0; rc == 0 && extra != NULL && i < extra->count; i++) {
        k.bad = 0;
        rc = write_named(&k, extra->keys[i], extra_type, (const char *)extra->values + i * apic_type_size(extra_type),
                         APIC_STYLE_FORM, true);
        if (rc != 0) rc = form_fail(err, rc, extra->keys[i]);
    }
    if (rc != 0) {
        out->len = start;
        if (out->data != NULL) out->data[start] = '\0';
    }
    return rc;
}

/* --- the URL ----------------------------------------------------------------------------- */

static int fail(apic_error *err, int rc, const apic_operation *op, const apic_field *fd)
{
    const char *what = op->name != NULL ? op->name : op->path;
    switch (rc) {
    case APIC_E_VALIDATION:
        return apic_error_set(err, APIC_E_VALIDATION, "%s: parameter '%s' contains a line break or control character",
                              what, fd->name);
    case APIC_E_ENCODE:
        return apic_error_set(err, APIC_E_ENCODE, "%s: parameter '%s' has a value that cannot be sent as a parameter",
                              what, fd->name);
    default:
        return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory building the request", what);
    }
}

static bool present(const apic_struct_desc *d, const void *params, size_t i)
{
    return params != NULL && apic_field_has_value(params, &d->fields[i]);
}

/* Whether url[a, b) overlaps the text a parameter wrote (spans: n pairs of start and end). */
static bool from_param(size_t a, size_t b, const size_t *spans, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (spans[2 * i] < b && spans[2 * i + 1] > a) return true;
    }
    return false;
}

/* Percent-encoding keeps '.', so a parameter whose text makes a whole segment "." or ".." would
 * be a dot-segment, which clients and servers remove along with the segment before it (RFC 3986
 * 5.2.4): "/files/{name}" with name ".." would reach "/". Such a segment of url[from...] is sent
 * as "%2E" or "%2E%2E" instead, a name like any other; '/', '?' and '#' are encoded already. */
static int encode_dot_segments(apic_buf *url, size_t from, const size_t *spans, size_t n)
{
    bool any = false;
    for (size_t a = from; a < url->len && !any;) {
        size_t b = a + 1 + strcspn(url->data + a + 1, "/");
        size_t len = b - a - 1;
        const char *seg = url->data + a + 1;
        any = ((len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.')) &&
              from_param(a + 1, b, spans, n);
        a = b;
    }
    if (!any) return 0;
    apic_buf out = {0};
    int rc = 0;
    for (size_t a = from; rc == 0 && a < url->len;) {
        size_t b = a + 1 + strcspn(url->data + a + 1, "/");
        size_t len = b - a - 1;
        const char *seg = url->data + a + 1;
        bool dots = ((len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.')) &&
                    from_param(a + 1, b, spans, n);
        rc = apic_buf_putc(&out, url->data[a]);
        if (rc == 0) rc = dots ? apic_buf_puts(&out, len == 1 ? "%2E" : "%2E%2E") : apic_buf_append(&out, seg, len);
        a = b;
    }
    if (rc == 0) {
        url->len = from;
        url->data[from] = '\0';
        rc = apic_buf_append(url, out.data, out.len);
    }
    apic_buf_free(&out);
    return rc;
}

/* Substitutes the path template into url. Unknown template names are an error: sending
 * the literal `{id}` would reach the wrong resource. */
static int write_path(apic_buf *url, const apic_operation *op, const void *params, apic_error *err)
{
    const apic_struct_desc *d = op->params;
    const char *p = op->path != NULL ? op->path : "";
    /* Where each parameter's text went, for encode_dot_segments(). */
    size_t n_spans = 0, cap = 0, local[2 * 8], *spans = local;
    for (const char *t = p; (t = strchr(t, '{')) != NULL; t++) cap++;
    if (cap > 8 && (spans = malloc(2 * cap * sizeof *spans)) == NULL) return fail(err, APIC_E_NOMEM, op, NULL);
    int rc = 0;
    size_t from = url->len;
    while (*p != '\0') {
        const char *open = strchr(p, '{');
        const char *close = open != NULL ? strchr(open, '}') : NULL;
        if (open == NULL || close == NULL) {
            if (apic_buf_puts(url, p) != 0) rc = fail(err, APIC_E_NOMEM, op, NULL);
            break;
        }
        if (apic_buf_append(url, p, (size_t)(open - p)) != 0) {
            rc = fail(err, APIC_E_NOMEM, op, NULL);
            break;
        }
        const char *name = open + 1;
        size_t name_len = (size_t)(close - name);
        size_t i = 0;
        for (; d != NULL && i < d->n_fields; i++) {
            const apic_field *fd = &d->fields[i];
            if (op->param_locs[i].in == APIC_IN_PATH && fd->name_len == name_len && memcmp(fd->name, name, name_len) == 0) break;
        }
        if (d == NULL || i == d->n_fields) {
            rc = apic_error_set(err, APIC_E_VALIDATION, "%s: path parameter '%.*s' is not described",
                                op->name != NULL ? op->name : op->path, (int)name_len, name);
            break;
        }
        sink k = {url, TO_PATH, false, url->len, 0};
        rc = write_param(&k, &d->fields[i], &op->param_locs[i], params);
        if (rc != 0) {
            rc = fail(err, rc, op, &d->fields[i]);
            break;
        }
        spans[2 * n_spans] = k.start;
        spans[2 * n_spans + 1] = url->len;
        n_spans++;
        p = close + 1;
    }
    /* A path that does not start with '/' continues the base URL's last segment (which ends in '/'). */
    if (from > 0 && from < url->len && url->data[from] != '/') from--;
    if (rc == 0 && n_spans > 0 && encode_dot_segments(url, from, spans, n_spans) != 0) rc = fail(err, APIC_E_NOMEM, op, NULL);
    if (spans != local) free(spans);
    return rc;
}

static void free_headers(char **h, size_t n)
{
    for (size_t i = 0; i < n; i++) free(h[i]);
    free(h);
}

/* "Name: value" from a name and the text in b; b is emptied. */
static char *header_line(const char *name, apic_buf *b)
{
    size_t nl = strlen(name);
    char *line = malloc(nl + 2 + b->len + 1);
    if (line != NULL) {
        memcpy(line, name, nl);
        memcpy(line + nl, ": ", 2);
        if (b->len > 0) memcpy(line + nl + 2, b->data, b->len);
        line[nl + 2 + b->len] = '\0';
    }
    apic_buf_free(b);
    return line;
}

int apic_url_build(const char *base_url, const apic_operation *op, const void *params, apic_buf *url_out,
                   char ***headers_out, size_t *n_headers_out, apic_error *err)
{
    if (headers_out != NULL) *headers_out = NULL;
    if (n_headers_out != NULL) *n_headers_out = 0;
    if (base_url == NULL || op == NULL || url_out == NULL || headers_out == NULL || n_headers_out == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_url_build: base_url, op, url_out and headers_out are required");
    }
    const apic_struct_desc *d = op->params;
    const char *what = op->name != NULL ? op->name : op->path;

    /* Path parameters are always required (OpenAPI), whatever the flag says. */
    for (size_t i = 0; d != NULL && i < d->n_fields; i++) {
        bool required = (d->fields[i].flags & APIC_F_REQUIRED) || op->param_locs[i].in == APIC_IN_PATH;
        if (required && !present(d, params, i)) {
            return apic_error_set(err, APIC_E_VALIDATION, "%s: required %s parameter '%s' is missing", what,
                                  op->param_locs[i].in == APIC_IN_PATH     ? "path"
                                  : op->param_locs[i].in == APIC_IN_QUERY  ? "query"
                                  : op->param_locs[i].in == APIC_IN_HEADER ? "header"
                                                                           : "cookie",
                                  d->fields[i].name);
        }
    }

    size_t start = url_out->len;
    apic_buf query = {0}, cookie = {0}, value = {0};
    char **headers = NULL;
    size_t n_headers = 0;
    int rc = 0;

    size_t base_len = strlen(base_url);
    const char *path = op->path != NULL ? op->path : "";
    /* "http://h/api/" + "/x" must not give "//x". */
    while (path[0] == '/' && base_len > 0 && base_url[base_len - 1] == '/') base_len--;
    if (apic_buf_append(url_out, base_url, base_len) != 0) {
        rc = fail(err, APIC_E_NOMEM, op, NULL);
        goto out;
    }
    if (path[0] != '\0' && path[0] != '/' && (base_len == 0 || base_url[base_len - 1] != '/') &&
        apic_buf_putc(url_out, '/') != 0) {
        rc = fail(err, APIC_E_NOMEM, op, NULL);
        goto out;
    }
    rc = write_path(url_out, op, params, err);
    if (rc != 0) goto out;

    size_t n_header_params = 0;
    for (size_t i = 0; d != NULL && i < d->n_fields; i++) {
        if (op->param_locs[i].in == APIC_IN_HEADER || op->param_locs[i].in == APIC_IN_COOKIE) n_header_params++;
    }
    if (n_header_params > 0) {
        headers = calloc(n_header_params, sizeof *headers);
        if (headers == NULL) {
            rc = fail(err, APIC_E_NOMEM, op, NULL);
            goto out;
        }
    }

    for (size_t i = 0; d != NULL && i < d->n_fields; i++) {
        const apic_param *loc = &op->param_locs[i];
        if (loc->in == APIC_IN_PATH || !present(d, params, i)) continue;
        const apic_field *fd = &d->fields[i];
        sink k = {NULL, TO_QUERY, loc->allow_reserved, 0, 0};
        if (loc->in == APIC_IN_QUERY) {
            k.out = &query;
        } else if (loc->in == APIC_IN_COOKIE) {
            k.out = &cookie;
            k.to = TO_COOKIE;
        } else {
            k.out = &value;
            k.to = TO_HEADER;
        }
        rc = write_param(&k, fd, loc, params);
        if (rc != 0) {
            rc = fail(err, rc, op, fd);
            goto out;
        }
        if (loc->in == APIC_IN_HEADER) {
            headers[n_headers] = header_line(fd->name, &value);
            if (headers[n_headers++] == NULL) {
                rc = fail(err, APIC_E_NOMEM, op, NULL);
                goto out;
            }
        }
    }
    if (cookie.len > 0) {
        headers[n_headers] = header_line("Cookie", &cookie);
        if (headers[n_headers++] == NULL) {
            rc = fail(err, APIC_E_NOMEM, op, NULL);
            goto out;
        }
    }
    if (query.len > 0 && (apic_buf_putc(url_out, strchr(url_out->data + start, '?') != NULL ? '&' : '?') != 0 ||
                          apic_buf_append(url_out, query.data, query.len) != 0)) {
        rc = fail(err, APIC_E_NOMEM, op, NULL);
        goto out;
    }

out:
    apic_buf_free(&query);
    apic_buf_free(&cookie);
    apic_buf_free(&value);
    if (rc != 0) {
        free_headers(headers, n_headers);
        url_out->len = start;
        if (url_out->data != NULL) url_out->data[start] = '\0';
        return rc;
    }
    if (n_headers == 0) {
        free(headers);
        headers = NULL;
    }
    *headers_out = headers;
    *n_headers_out = n_headers;
    return 0;
}
