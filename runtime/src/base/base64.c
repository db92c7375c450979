/* Standard base64 (RFC 4648 section 4, padded). */
#include "base/base64.h"

#include <stdbool.h>
#include <string.h>

#include "apic/error.h"

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char *apic_base64_write(char *w, const unsigned char *s, size_t n)
{
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        unsigned v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8 | s[i + 2];
        *w++ = B64[v >> 18 & 63];
        *w++ = B64[v >> 12 & 63];
        *w++ = B64[v >> 6 & 63];
        *w++ = B64[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)s[i] << 16;
        *w++ = B64[v >> 18 & 63];
        *w++ = B64[v >> 12 & 63];
        *w++ = '=';
        *w++ = '=';
    } else if (n - i == 2) {
        unsigned v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8;
        *w++ = B64[v >> 18 & 63];
        *w++ = B64[v >> 12 & 63];
        *w++ = B64[v >> 6 & 63];
        *w++ = '=';
    }
    *w = '\0';
    return w;
}

/* The value of one base64 digit, or -1. */
static int digit(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

long apic_base64_decode_to(unsigned char *out, const char *text, size_t len)
{
    if (len % 4 != 0) return -1;
    size_t n = 0;
    for (size_t i = 0; i < len; i += 4) {
        bool last = i + 4 == len;
        /* Padding only at the very end: "xx==" or "xxx=". */
        int pad = last && text[i + 3] == '=' ? (text[i + 2] == '=' ? 2 : 1) : 0;
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            int d = k >= 4 - pad ? 0 : digit(text[i + k]);
            if (d < 0) return -1;
            v = v << 6 | (unsigned)d;
        }
        unsigned char bytes[3] = {(unsigned char)(v >> 16), (unsigned char)(v >> 8 & 255), (unsigned char)(v & 255)};
        memcpy(out + n, bytes, (size_t)(3 - pad));
        n += (size_t)(3 - pad);
    }
    return (long)n;
}

int apic_base64_decode(apic_buf *out, const char *text, size_t len)
{
    if (len % 4 != 0) return -1;
    if (apic_buf_reserve(out, len / 4 * 3) != 0) return APIC_E_NOMEM;
    long n = apic_base64_decode_to((unsigned char *)out->data + out->len, text, len);
    if (n < 0) {
        out->data[out->len] = '\0';
        return -1;
    }
    out->len += (size_t)n;
    out->data[out->len] = '\0';
    return 0;
}
