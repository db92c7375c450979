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

/**
 * A growable buffer. Zero-initialised is empty; data is always NUL-terminated when non-NULL.
 * Not thread-safe. Release it with apic_buf_free(), or take its bytes with apic_buf_steal().
 */
typedef struct apic_buf {
    char *data; /**< the bytes (owned, NUL-terminated); NULL until the first allocation */
    size_t len; /**< bytes written, the terminator not counted */
    size_t cap; /**< bytes allocated at data, terminator included; 0 when data is NULL */
} apic_buf;

/**
 * Ensures room for extra more bytes (plus the terminator), growing the allocation by doubling.
 * Returns 0 or APIC_E_NOMEM (b is unchanged then).
 */
APIC_EXPORT int apic_buf_reserve(apic_buf *b, size_t extra);
/** Appends n bytes. Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_append(apic_buf *b, const void *bytes, size_t n);
/** Appends a NUL-terminated string. Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_puts(apic_buf *b, const char *s);
/** Appends one byte. Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_buf_putc(apic_buf *b, char c);
/**
 * Appends printf-style text. Returns 0, APIC_E_NOMEM, or APIC_E_ARG when the format cannot be
 * converted (vsnprintf() failed); b keeps its previous contents on failure.
 */
APIC_EXPORT int apic_buf_printf(apic_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/**
 * Hands the bytes over to the caller, who free()s them, and empties b. The result is
 * NUL-terminated and never NULL for an empty buffer (it is then ""): NULL only when that one
 * byte cannot be allocated.
 */
APIC_EXPORT char *apic_buf_steal(apic_buf *b);
/** Frees the bytes and empties b (b itself is not freed: it is usually on the stack). */
APIC_EXPORT void apic_buf_free(apic_buf *b);

#ifdef __cplusplus
}
#endif
#endif
