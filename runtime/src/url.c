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

#include "apic/url.h"
#include "slot.h"

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

enum { NUM_CAP = 40 };

/* Shortest text that reads back as the same value, written like JSON numbers usually are
 * (plain notation from 1e-6 up to 1e21, as JavaScript does: "100", not "1e+02").
 * printf follows LC_NUMERIC, so whatever the application's locale put in place of the
 * decimal point becomes '.'. */
static int format_real(double v, bool single, char num[NUM_CAP])
{
    if (!isfinite(v)) return -1;
    char tmp[NUM_CAP];
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

/* Text of a scalar slot; *s points into num or into the value itself. */
static int scalar_text(const apic_type *t, const void *slot, char num[NUM_CAP], const char **s, size_t *len)
{
    *s = num;
    switch (t->kind) {
    case APIC_BOOL:
        *s = *(const bool *)slot ? "true" : "false";
        break;
    case APIC_INT32:
        snprintf(num, NUM_CAP, "%" PRId32, *(const int32_t *)slot);
        break;
    case APIC_INT64:
        snprintf(num, NUM_CAP, "%" PRId64, *(const int64_t *)slot);
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

/* --- a parameter value flattened into entries ---------------------------------------- */

/* One element of a parameter value: the value itself, an array item, or an object member. */
typedef struct entry {
    const char *key; /* NULL for scalars and array items */
    const apic_type *type;
    const void *slot;
} entry;

typedef enum shape { SHAPE_SCALAR, SHAPE_ARRAY, SHAPE_OBJECT } shape;

typedef struct flat {
    shape shape;
    entry *e;
    size_t n;
} flat;

static int push(flat *f, size_t cap, const char *key, const apic_type *t, const void *slot)
{
    if (f->n == cap || !is_scalar(t)) return -1;
    f->e[f->n++] = (entry){key, t, slot};
    return 0;
}

/* Flattens the value of field fd. Returns 0, APIC_E_NOMEM, or -1 for a value with no
 * parameter form (nested objects or arrays). */
static int flatten(const apic_field *fd, const void *params, flat *f)
{
    const apic_type *t = fd->type;
    const void *slot = apic_slot_at(params, fd);
    f->e = NULL;
    f->n = 0;
    size_t cap = 1;
    if (t->kind == APIC_ARRAY) {
        f->shape = SHAPE_ARRAY;
        cap = ((const apic_array *)slot)->count;
    } else if (t->kind == APIC_MAP) {
        f->shape = SHAPE_OBJECT;
        cap = ((const apic_map *)slot)->count;
    } else if (t->kind == APIC_OBJECT) {
        f->shape = SHAPE_OBJECT;
        const apic_struct_desc *d = t->object;
        cap = d->n_fields;
        if (d->additional_offset >= 0) {
            cap += ((const apic_map *)((const char *)*(void *const *)slot + d->additional_offset))->count;
        }
    } else {
        f->shape = SHAPE_SCALAR;
    }
    if (cap == 0) return 0;
    f->e = calloc(cap, sizeof *f->e);
    if (f->e == NULL) return APIC_E_NOMEM;

    if (f->shape == SHAPE_SCALAR) return push(f, cap, NULL, t, slot);
    if (t->kind == APIC_ARRAY) {
        const apic_array *a = slot;
        size_t size = apic_type_size(t->elem);
        for (size_t i = 0; i < a->count; i++) {
            if (push(f, cap, NULL, t->elem, (const char *)a->items + i * size) != 0) return -1;
        }
        return 0;
    }
    if (t->kind == APIC_MAP) {
        const apic_map *m = slot;
        size_t size = apic_type_size(t->elem);
        for (size_t i = 0; i < m->count; i++) {
            if (push(f, cap, m->keys[i], t->elem, (const char *)m->values + i * size) != 0) return -1;
        }
        return 0;
    }
    /* Unknown members hold raw JSON of any shape: they have no parameter form and stay out. */
    const apic_struct_desc *d = t->object;
    const void *obj = *(void *const *)slot;
    for (size_t i = 0; i < d->n_fields; i++) {
        const apic_field *m = &d->fields[i];
        if (!apic_field_has_value(obj, m)) continue;
        if (push(f, cap, m->name, m->type, apic_slot_at(obj, m)) != 0) return -1;
    }
    if (d->additional_offset >= 0 && d->additional != NULL) {
        const apic_map *m = (const apic_map *)((const char *)obj + d->additional_offset);
        size_t size = apic_type_size(d->additional->elem);
        for (size_t i = 0; i < m->count; i++) {
            if (push(f, cap, m->keys[i], d->additional->elem, (const char *)m->values + i * size) != 0) return -1;
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

static int put_value(sink *k, const entry *e)
{
    char num[NUM_CAP];
    const char *s;
    size_t n;
    if (scalar_text(e->type, e->slot, num, &s, &n) != 0) {
        k->bad = APIC_E_ENCODE;
        return k->bad;
    }
    return put_text(k, s, n, true);
}

static int put_key(sink *k, const char *key)
{
    return put_text(k, key, strlen(key), false);
}

/* Starts a name=value pair in a query string or cookie header. */
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
        char num[NUM_CAP];
        const char *s;
        size_t n;
        empty = scalar_text(f->e[0].type, f->e[0].slot, num, &s, &n) == 0 && n == 0;
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

/* form, spaceDelimited, pipeDelimited and deepObject: name=value pairs. */
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

static int write_param(sink *k, const apic_field *fd, const apic_param *loc, const void *params)
{
    flat f;
    int rc = flatten(fd, params, &f);
    if (rc == 0) {
        switch (loc->in) {
        case APIC_IN_PATH:
            if (loc->style == APIC_STYLE_LABEL) {
                rc = write_label(k, &f, loc->explode);
            } else if (loc->style == APIC_STYLE_MATRIX) {
                rc = write_matrix(k, fd->name, &f, loc->explode);
            } else {
                rc = write_simple(k, &f, loc->explode);
            }
            break;
        case APIC_IN_HEADER:
            rc = write_simple(k, &f, loc->explode);
            break;
        default:
            rc = write_form(k, fd->name, &f, loc->style, loc->explode);
            break;
        }
    } else if (rc != APIC_E_NOMEM) {
        rc = APIC_E_ENCODE;
    }
    free(f.e);
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

/* Substitutes the path template into url. Unknown template names are an error: sending
 * the literal `{id}` would reach the wrong resource. */
static int write_path(apic_buf *url, const apic_operation *op, const void *params, apic_error *err)
{
    const apic_struct_desc *d = op->params;
    const char *p = op->path != NULL ? op->path : "";
    while (*p != '\0') {
        const char *open = strchr(p, '{');
        const char *close = open != NULL ? strchr(open, '}') : NULL;
        if (open == NULL || close == NULL) return apic_buf_puts(url, p) == 0 ? 0 : fail(err, APIC_E_NOMEM, op, NULL);
        if (apic_buf_append(url, p, (size_t)(open - p)) != 0) return fail(err, APIC_E_NOMEM, op, NULL);
        const char *name = open + 1;
        size_t name_len = (size_t)(close - name);
        size_t i = 0;
        for (; d != NULL && i < d->n_fields; i++) {
            const apic_field *fd = &d->fields[i];
            if (op->param_locs[i].in == APIC_IN_PATH && fd->name_len == name_len && memcmp(fd->name, name, name_len) == 0) break;
        }
        if (d == NULL || i == d->n_fields) {
            return apic_error_set(err, APIC_E_VALIDATION, "%s: path parameter '%.*s' is not described",
                                  op->name != NULL ? op->name : op->path, (int)name_len, name);
        }
        sink k = {url, TO_PATH, false, url->len, 0};
        int rc = write_param(&k, &d->fields[i], &op->param_locs[i], params);
        if (rc != 0) return fail(err, rc, op, &d->fields[i]);
        p = close + 1;
    }
    return 0;
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
