/**
 * @file apic/buf.h
 * @brief Growable byte buffer used by the serialisers and the transport.
 */
#ifndef APIC_BUF_H
#define APIC_BUF_H

#include <stddef.h>

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A growable buffer. Zero-initialised is empty; data is always NUL-terminated when non-NULL. */
typedef struct apic_buf {
    char *data;
    size_t len;
    size_t cap;
} apic_buf;

/** Ensures room for extra more bytes (plus the terminator). Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_reserve(apic_buf *b, size_t extra);
/** Appends n bytes. Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_append(apic_buf *b, const void *bytes, size_t n);
/** Appends a NUL-terminated string. Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_puts(apic_buf *b, const char *s);
/** Appends one byte. Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_putc(apic_buf *b, char c);
/** Appends printf-style text. Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_printf(apic_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/** Takes ownership of the bytes (NUL-terminated, never NULL on success) and empties b. */
APIC_EXPORT char *apic_buf_steal(apic_buf *b);
/** Frees the bytes and empties b. */
APIC_EXPORT void apic_buf_free(apic_buf *b);

#ifdef __cplusplus
}
#endif
#endif
