/* Request bodies that are not JSON: encoding by kind, multipart, file content. */
#ifndef APIC_HTTP_BODY_INTERNAL_H
#define APIC_HTTP_BODY_INTERNAL_H

#include <stdbool.h>

#include "apic/body.h"
#include "apic/buf.h"
#include "apic/error.h"
#include "apic/operation.h"

/* Appends the bytes of op's body to out. *content_type receives an owned Content-Type when the
 * body decides it (a multipart boundary, a file's own type), else NULL: op->body_media applies.
 * Returns 0 or a status with err saying what is wrong (without the operation's name). */
int apic_body_encode(const apic_operation *op, const void *body, apic_buf *out, char **content_type, apic_error *err);

/* Appends a multipart/form-data body of value (an object or map, t) to out, with a new random
 * boundary; *content_type receives "multipart/form-data; boundary=..." (owned). */
int apic_multipart_encode(const apic_type *t, const void *value, const apic_body_field *fields, apic_buf *out,
                          char **content_type, apic_error *err);

/* Appends the content of f: its data, or the whole file at f->path (APIC_E_ARG naming the
 * path when it cannot be read). */
int apic_file_append(const apic_file *f, apic_buf *out, apic_error *err);

/* Whether t is apic_type_file (or an SDK's copy of it). */
bool apic_is_file_type(const apic_type *t);

/* Whether a media type names one concrete type (no wildcard, no list), so it can be sent. */
bool apic_media_is_concrete(const char *media);

#endif
