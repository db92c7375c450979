/* Standard base64 (RFC 4648 section 4, padded): Basic credentials, and the bodies of
 * dead-letter records that are not text. */
#ifndef APIC_BASE_BASE64_H
#define APIC_BASE_BASE64_H

#include <stddef.h>

#include "apic/buf.h"

/* Characters the encoding of n bytes takes, without a terminator. */
#define APIC_BASE64_LEN(n) (((n) + 2) / 3 * 4)

/* Writes the encoding of n bytes at w (APIC_BASE64_LEN(n) + 1 bytes of room: it is
 * NUL-terminated) and returns the terminator's address. Allocates nothing, so a secret
 * leaves no copy behind. */
char *apic_base64_write(char *w, const unsigned char *s, size_t n);

/* Writes the bytes that text (len characters, padded) encodes at out, which has room for
 * len / 4 * 3 bytes, allocating nothing. Returns how many, or -1 when text is not base64. */
long apic_base64_decode_to(unsigned char *out, const char *text, size_t len);

/* Appends the bytes that text (len characters, padded, no line breaks) encodes to out.
 * Returns 0, -1 when text is not base64 (out is then unchanged), or APIC_E_NOMEM. */
int apic_base64_decode(apic_buf *out, const char *text, size_t len);

#endif
