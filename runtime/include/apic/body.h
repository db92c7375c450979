/**
 * @file apic/body.h
 * @brief Bodies that are not JSON: file content sent in multipart parts or as a whole body,
 * and binary responses.
 *
 * A multipart member declared `format: binary` (or, in OpenAPI 3.1, with a contentMediaType)
 * is a `const apic_file *`; so is the body of an operation that sends raw bytes
 * (application/octet-stream, image/png, ...). A binary response (an image, a PDF,
 * application/octet-stream, ...) comes back as an apic_bytes.
 */
#ifndef APIC_BODY_H
#define APIC_BODY_H

#include <stddef.h>

#include "desc.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * File content to send, from memory or from a file. Borrowed: nothing is copied before the
 * call, and a file is read whole when the request is built, so every attempt (retries
 * included), the signature and the logger see the same bytes. A path that cannot be read
 * fails the call with APIC_E_ARG naming the path; nothing is sent.
 */
typedef struct apic_file {
    const void *data;         /**< the content, len bytes (may be NULL when len is 0); ignored when path is set */
    size_t len;               /**< bytes at data (data must not be NULL when len is not 0); ignored when path is set */
    const char *path;         /**< a file to read instead of data; NULL = use data */
    const char *filename;     /**< multipart filename; NULL = the last component of path, else the member's name */
    /** NULL = the type the spec declares when it names one, else application/octet-stream; one holding a
     *  line break or other control character fails the call with APIC_E_VALIDATION (it would add a
     *  header to its part). */
    const char *content_type;
} apic_file;

/** Several files for one multipart member (an array of binary strings): one part each. */
typedef struct apic_file_array {
    apic_file *items; /**< count files, borrowed like each apic_file; NULL when count is 0 */
    size_t count;     /**< number of files (parts) */
} apic_file_array;

/** A binary response body. Owned by the caller: release it with apic_bytes_free(). */
typedef struct apic_bytes {
    char *data;         /**< len bytes, followed by a NUL that len does not count (text reads as a string) */
    size_t len;         /**< bytes in data; 0 for an empty body (data is then "") */
    char *content_type; /**< the response's Content-Type, or NULL when it had none */
} apic_bytes;

/** Frees b and what it owns. NULL is a no-op. */
APIC_EXPORT void apic_bytes_free(apic_bytes *b);

/**
 * Descriptor of apic_file, so generic code (apic_value_free, the codec, sample requests) can
 * handle it like any struct. It describes the string members only, path, filename and
 * content_type: data is borrowed memory the codec must not touch.
 */
APIC_EXPORT extern const apic_struct_desc apic_file_desc;
/**
 * Descriptor of apic_bytes, for the same generic code. It describes data and content_type only:
 * data is an owned, NUL-terminated allocation, so freeing it as a string is right.
 */
APIC_EXPORT extern const apic_struct_desc apic_bytes_desc;
APIC_EXPORT extern const apic_type apic_type_file;  /**< APIC_OBJECT over apic_file_desc */
APIC_EXPORT extern const apic_type apic_type_bytes; /**< APIC_OBJECT over apic_bytes_desc */

#ifdef __cplusplus
}
#endif
#endif
