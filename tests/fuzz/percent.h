/* Percent-decoding (RFC 3986), the reverse of apic_url_encode(), for the URL and form targets'
 * round trips; and the characters a URL or a form body may hold as the runtime writes them. */
#ifndef TESTS_FUZZ_PERCENT_H
#define TESTS_FUZZ_PERCENT_H

#include <stdbool.h>
#include <string.h>

#include <apic/buf.h>

static inline int fuzz_hex(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; /* the encoder writes upper case */
}

/* Appends the decoding of s[0, n) to out; false when a '%' is not followed by two hex digits. */
static inline bool fuzz_percent_decode(const char *s, size_t n, apic_buf *out)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '%') {
            int hi = i + 2 < n ? fuzz_hex(s[i + 1]) : -1, lo = i + 2 < n ? fuzz_hex(s[i + 2]) : -1;
            if (hi < 0 || lo < 0) return false;
            c = (char)(hi * 16 + lo);
            i += 2;
        }
        if (apic_buf_putc(out, c) != 0) return false;
    }
    return true;
}

static inline bool fuzz_unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("-._~", c) != NULL;
}

/* Whether s[0, n) holds only unreserved characters, those of also, and %XX escapes. */
static inline bool fuzz_only(const char *s, size_t n, const char *also)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '%') {
            if (i + 2 >= n || fuzz_hex(s[i + 1]) < 0 || fuzz_hex(s[i + 2]) < 0) return false;
            i += 2;
        } else if (!fuzz_unreserved(c) && (c == '\0' || strchr(also, c) == NULL)) {
            return false;
        }
    }
    return true;
}

#endif
