/* Growable byte buffer. Capacity doubles so n appends cost O(n) copies overall, and
 * one spare byte is always kept so data can stay NUL-terminated for C string users. */
#include "apic/buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/error.h"

enum { BUF_MIN_CAP = 64 };

int apic_buf_reserve(apic_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - 1 - b->len) return APIC_E_NOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    size_t cap = b->cap < BUF_MIN_CAP ? BUF_MIN_CAP : b->cap;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *data = realloc(b->data, cap);
    if (data == NULL) return APIC_E_NOMEM;
    data[b->len] = '\0'; /* a fresh allocation must already read as "" */
    b->data = data;
    b->cap = cap;
    return 0;
}

int apic_buf_append(apic_buf *b, const void *bytes, size_t n)
{
    if (n == 0) return 0;
    if (apic_buf_reserve(b, n) != 0) return APIC_E_NOMEM;
    memcpy(b->data + b->len, bytes, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int apic_buf_puts(apic_buf *b, const char *s)
{
    return apic_buf_append(b, s, strlen(s));
}

int apic_buf_putc(apic_buf *b, char c)
{
    if (b->cap - b->len < 2 && apic_buf_reserve(b, 1) != 0) return APIC_E_NOMEM;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}

int apic_buf_printf(apic_buf *b, const char *fmt, ...)
{
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    /* Format straight into the spare room; only when it does not fit, grow and format again. */
    size_t room = b->data != NULL ? b->cap - b->len : 0;
    int n = vsnprintf(room != 0 ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    int rc = 0;
    if (n < 0) {
        rc = APIC_E_ARG; /* unrepresentable conversion: a caller bug, not memory */
    } else if ((size_t)n >= room) {
        rc = apic_buf_reserve(b, (size_t)n);
        if (rc == 0) vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
    }
    va_end(again);
    if (rc != 0) {
        if (b->data != NULL) b->data[b->len] = '\0';
        return rc;
    }
    b->len += (size_t)n;
    return 0;
}

char *apic_buf_steal(apic_buf *b)
{
    char *data = b->data;
    if (data == NULL) {
        data = malloc(1); /* callers free() the result unconditionally, so "" is never NULL */
        if (data == NULL) return NULL;
        data[0] = '\0';
    }
    b->data = NULL;
    b->len = b->cap = 0;
    return data;
}

void apic_buf_free(apic_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
