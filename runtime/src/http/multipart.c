/* multipart/form-data bodies (RFC 7578), built here rather than by the transport so that the
 * exact bytes exist before sending: retries resend them, HMAC signs them, the logger sees
 * their size. One part per member: scalars as text, objects and maps as JSON, files as file
 * parts; an array gives one part per item, each by its own type (the OpenAPI default), or one
 * JSON part when the member's encoding says application/json. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "base/random.h"
#include "base/text.h"
#include "codec/scalar_text.h"
#include "codec/slot.h"
#include "http/body_internal.h"
#include "http/outgoing.h"

enum { BOUNDARY_BYTES = 16 };

typedef struct writer {
    apic_buf *out;
    const char *boundary;
    apic_error *err;
} writer;

static int nomem(writer *w)
{
    return apic_error_set(w->err, APIC_E_NOMEM, "out of memory building the multipart body");
}

/* A quoted name or filename, escaped as the HTML standard's form encoder does. */
static int put_quoted(apic_buf *b, const char *s)
{
    int rc = apic_buf_putc(b, '"');
    for (; rc == 0 && *s != '\0'; s++) {
        rc = *s == '"' ? apic_buf_puts(b, "%22") : *s == '\r' ? apic_buf_puts(b, "%0D") : *s == '\n' ? apic_buf_puts(b, "%0A")
                                                                                                   : apic_buf_putc(b, *s);
    }
    return rc == 0 ? apic_buf_putc(b, '"') : rc;
}

/* The boundary line and headers of a part; its content follows. */
static int begin_part(writer *w, const char *name, const char *filename, const char *content_type)
{
    apic_buf *b = w->out;
    if (apic_buf_printf(b, "--%s\r\nContent-Disposition: form-data; name=", w->boundary) != 0 || put_quoted(b, name) != 0 ||
        (filename != NULL && (apic_buf_puts(b, "; filename=") != 0 || put_quoted(b, filename) != 0)) ||
        (content_type != NULL && apic_buf_printf(b, "\r\nContent-Type: %s", content_type) != 0) ||
        apic_buf_puts(b, "\r\n\r\n") != 0) {
        return nomem(w);
    }
    return 0;
}

static int end_part(writer *w)
{
    return apic_buf_puts(w->out, "\r\n") == 0 ? 0 : nomem(w);
}

static const char *last_component(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
}

static int file_part(writer *w, const char *name, const apic_file *f, const apic_body_field *enc)
{
    const char *filename = f->filename != NULL ? f->filename : f->path != NULL ? last_component(f->path) : name;
    const char *type = f->content_type != NULL ? f->content_type
                       : enc != NULL && apic_media_is_concrete(enc->content_type) ? enc->content_type
                                                                                  : "application/octet-stream";
    /* The type is written as it is into the part's headers, where a line break would start a
     * header or a part of its own. */
    if (apic_has_control(f->content_type, true)) {
        return apic_error_set(w->err, APIC_E_VALIDATION, "member '%s': the file's content type holds a line break or "
                              "control character", name);
    }
    int rc = begin_part(w, name, filename, type);
    if (rc == 0) rc = apic_file_append(f, w->out, w->err);
    if (rc != 0 && rc != APIC_E_NOMEM) {
        char why[sizeof w->err->message];
        memcpy(why, w->err->message, sizeof why);
        return apic_error_set(w->err, (apic_status)rc, "member '%s': %s", name, why);
    }
    return rc == 0 ? end_part(w) : rc;
}

static int json_part(writer *w, const char *name, const apic_type *t, const void *value, const apic_body_field *enc)
{
    int rc = begin_part(w, name, NULL, enc != NULL && enc->content_type != NULL ? enc->content_type : "application/json");
    if (rc != 0) return rc;
    if (t->kind == APIC_ANY) {
        /* Raw JSON text is the caller's own: sent as given. */
        const char *text = *(char *const *)value;
        rc = text != NULL ? apic_buf_puts(w->out, text) : 0;
        return rc == 0 ? end_part(w) : nomem(w);
    }
    rc = apic_json_encode(t, value, w->out, APIC_ENC_REQUEST, w->err);
    if (rc == APIC_E_NOMEM) return nomem(w);
    if (rc != 0) {
        char why[sizeof w->err->message];
        memcpy(why, w->err->message, sizeof why);
        return apic_error_set(w->err, (apic_status)rc, "member '%s': %s", name, why);
    }
    return end_part(w);
}

static int text_part(writer *w, const char *name, const apic_type *t, const void *value, const apic_body_field *enc)
{
    char num[APIC_NUM_CAP];
    const char *s;
    size_t n;
    if (apic_scalar_text(t, value, num, &s, &n) != 0) {
        return apic_error_set(w->err, APIC_E_ENCODE, "member '%s' has a value that cannot be sent as text", name);
    }
    int rc = begin_part(w, name, NULL, enc != NULL ? enc->content_type : NULL);
    if (rc != 0) return rc;
    return apic_buf_append(w->out, s, n) == 0 ? end_part(w) : nomem(w);
}

/* The part or parts of one member; value is the value's own address (a struct for objects). */
static int member_parts(writer *w, const char *name, const apic_type *t, const void *value, const apic_body_field *enc,
                        bool top)
{
    if (apic_is_file_type(t)) return file_part(w, name, value, enc);
    bool whole_json = enc != NULL && enc->content_type != NULL && apic_is_json_media(enc->content_type);
    if (t->kind == APIC_ARRAY && top && !whole_json) {
        const apic_array *a = value;
        size_t size = apic_type_size(t->elem);
        for (size_t i = 0; i < a->count; i++) {
            int rc = member_parts(w, name, t->elem, (const char *)a->items + i * size, enc, false);
            if (rc != 0) return rc;
        }
        return 0;
    }
    switch (t->kind) {
    case APIC_BOOL:
    case APIC_INT32:
    case APIC_INT64:
    case APIC_FLOAT:
    case APIC_DOUBLE:
    case APIC_STRING:
    case APIC_ENUM:
        return text_part(w, name, t, value, enc);
    default: /* objects, arrays inside arrays, maps, raw JSON and whatever else has a JSON form */
        return json_part(w, name, t, value, enc);
    }
}

static const void *value_of(const void *obj, const apic_field *fd)
{
    const void *slot = apic_slot_at(obj, fd);
    return fd->type->kind == APIC_OBJECT ? *(void *const *)slot : slot;
}

static int all_parts(writer *w, const apic_type *t, const void *value, const apic_body_field *fields)
{
    const apic_struct_desc *d = t->kind == APIC_OBJECT ? t->object : NULL;
    for (size_t i = 0; d != NULL && i < d->n_fields; i++) {
        const apic_field *fd = &d->fields[i];
        if (fd->flags & APIC_F_READONLY) continue;
        if (!apic_field_has_value(value, fd)) {
            if (fd->flags & APIC_F_REQUIRED) {
                return apic_error_set(w->err, APIC_E_VALIDATION, "required member '%s' is missing", fd->name);
            }
            continue;
        }
        if (apic_field_is_null(value, fd)) continue; /* no part: multipart has no null */
        int rc = member_parts(w, fd->name, fd->type, value_of(value, fd), fields != NULL ? &fields[i] : NULL, true);
        if (rc != 0) return rc;
    }
    const apic_map *extra = t->kind == APIC_MAP ? value : NULL;
    const apic_type *extra_type = t->kind == APIC_MAP ? t->elem : NULL;
    if (d != NULL && d->additional_offset >= 0 && d->additional != NULL) {
        extra = (const apic_map *)((const char *)value + d->additional_offset);
        extra_type = d->additional->elem;
    }
    for (size_t i = 0; extra != NULL && i < extra->count; i++) {
        int rc = member_parts(w, extra->keys[i], extra_type, (const char *)extra->values + i * apic_type_size(extra_type),
                              NULL, true);
        if (rc != 0) return rc;
    }
    return 0;
}

int apic_multipart_encode(const apic_type *t, const void *value, const apic_body_field *fields, apic_buf *out,
                          char **content_type, apic_error *err)
{
    *content_type = NULL;
    if (t->kind != APIC_OBJECT && t->kind != APIC_MAP) {
        return apic_error_set(err, APIC_E_ARG, "a multipart body is an object or a map");
    }
    /* 128 random bits: no content can hold the boundary unless it was made knowing it, and it
     * is chosen after the content is fixed. */
    unsigned char rnd[BOUNDARY_BYTES];
    if (!apic_random_bytes(rnd, sizeof rnd)) return apic_error_set(err, APIC_E_NOMEM, "no randomness for a boundary");
    char boundary[5 + 2 * BOUNDARY_BYTES + 1] = "apic-";
    for (size_t i = 0; i < sizeof rnd; i++) snprintf(boundary + 5 + 2 * i, 3, "%02x", rnd[i]);

    size_t start = out->len;
    writer w = {out, boundary, err};
    int rc = all_parts(&w, t, value, fields);
    if (rc == 0 && apic_buf_printf(out, "--%s--\r\n", boundary) != 0) rc = nomem(&w);
    if (rc == 0) {
        apic_buf ct = {0};
        if (apic_buf_printf(&ct, "multipart/form-data; boundary=%s", boundary) != 0) rc = nomem(&w);
        *content_type = rc == 0 ? apic_buf_steal(&ct) : NULL;
        apic_buf_free(&ct);
    }
    if (rc != 0) {
        out->len = start;
        if (out->data != NULL) out->data[start] = '\0';
    }
    return rc;
}
