/* The request body of an operation, by kind, built once before the first attempt, so that
 * retries, signatures and the logger all see the same bytes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/url.h"
#include "http/body_internal.h"

bool apic_is_file_type(const apic_type *t)
{
    return t != NULL && t->kind == APIC_OBJECT && t->object == &apic_file_desc;
}

bool apic_media_is_concrete(const char *media)
{
    return media != NULL && *media != '\0' && strpbrk(media, "*,") == NULL;
}

/* Reads a whole file; any failure names the path, since the caller chose it. */
static int append_path(const char *path, apic_buf *out, apic_error *err)
{
    FILE *fp = fopen(path, "rb");
    int rc = 0;
    while (fp != NULL && rc == 0) {
        enum { CHUNK = 64 * 1024 };
        if (apic_buf_reserve(out, CHUNK) != 0) {
            rc = APIC_E_NOMEM;
            break;
        }
        size_t n = fread(out->data + out->len, 1, CHUNK, fp);
        out->len += n;
        out->data[out->len] = '\0';
        if (n < CHUNK) break;
    }
    if (fp == NULL || ferror(fp)) {
        char why[128];
        if (strerror_r(errno, why, sizeof why) != 0) snprintf(why, sizeof why, "error %d", errno);
        rc = apic_error_set(err, APIC_E_ARG, "cannot read '%s': %s", path, why);
    } else if (rc == APIC_E_NOMEM) {
        apic_error_set(err, APIC_E_NOMEM, "out of memory reading '%s'", path);
    }
    if (fp != NULL) fclose(fp);
    return rc;
}

int apic_file_append(const apic_file *f, apic_buf *out, apic_error *err)
{
    if (f->path != NULL) return append_path(f->path, out, err);
    if (f->len == 0) return 0;
    if (f->data == NULL) return apic_error_set(err, APIC_E_ARG, "file content: data is NULL but len is %zu", f->len);
    if (apic_buf_append(out, f->data, f->len) != 0) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    return 0;
}

/* Raw bytes: the file's own type when it names one, else the operation's (the spec's) when that
 * is a single type, else application/octet-stream. */
static int encode_bytes(const apic_operation *op, const apic_file *f, apic_buf *out, char **content_type,
                        apic_error *err)
{
    int rc = apic_file_append(f, out, err);
    if (rc != 0) return rc;
    const char *type = f->content_type != NULL                  ? f->content_type
                       : apic_media_is_concrete(op->body_media) ? NULL
                                                                : "application/octet-stream";
    if (type == NULL) return 0;
    *content_type = strdup(type);
    return *content_type != NULL ? 0 : apic_error_set(err, APIC_E_NOMEM, "out of memory");
}

int apic_body_encode(const apic_operation *op, const void *body, apic_buf *out, char **content_type, apic_error *err)
{
    *content_type = NULL;
    switch (op->body_kind) {
    case APIC_BODY_TEXT: {
        const char *text = *(char *const *)body;
        if (text != NULL && apic_buf_puts(out, text) != 0) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
        return 0;
    }
    case APIC_BODY_FORM:
        return apic_form_encode(op->body, body, op->body_fields, out, err);
    case APIC_BODY_MULTIPART:
        return apic_multipart_encode(op->body, body, op->body_fields, out, content_type, err);
    case APIC_BODY_BYTES:
        return encode_bytes(op, body, out, content_type, err);
    case APIC_BODY_JSON:
        break;
    }
    return apic_json_encode(op->body, body, out, APIC_ENC_REQUEST, err);
}
