/* JSON numbers: the RFC 8259 grammar, exact integer conversion, and locale-independent
 * double text. The decoder and the encoder's round-trip check share these so a number
 * is read the same way whichever side looks at it. */
#ifndef APIC_CODEC_JSON_NUM_H
#define APIC_CODEC_JSON_NUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Outcomes of a conversion besides 0. */
enum { APIC_NUM_FRACTION = 1, APIC_NUM_RANGE = 2, APIC_NUM_NOMEM = 3 };

/* Exponents are saturated here: far beyond any double's range, far from int64 overflow. */
#define APIC_NUM_EXP_CLAMP 1000000000

/* A scanned number token; all pointers point into the source text. */
typedef struct apic_num {
    const char *start, *end;          /* the whole token; on a grammar error, end = where it broke */
    const char *int_start, *int_end;  /* integer digits */
    const char *frac_start, *frac_end; /* fraction digits (empty when none) */
    int64_t exp;                      /* exponent, saturated at +-APIC_NUM_EXP_CLAMP */
    uint64_t mant;                    /* value of the integer digits, exact when simple */
    bool neg;
    bool simple; /* no fraction, no exponent, at most 19 digits: mant is the exact magnitude */
} apic_num;

static inline bool apic_num_digit(char c)
{
    return (unsigned char)(c - '0') < 10;
}

/* Scans `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at p without reading past end.
 * Returns the end of the token, or NULL (n->end then tells where the grammar broke).
 * Inline because every integer in a document comes through here. */
static inline const char *apic_num_scan(const char *p, const char *end, apic_num *n)
{
    n->start = p;
    n->neg = p < end && *p == '-';
    if (n->neg) p++;
    n->int_start = p;
    uint64_t v = 0;
    if (p < end && *p == '0') {
        p++;
    } else if (p < end && *p >= '1' && *p <= '9') {
        /* Wraps (defined for unsigned) past 19 digits; simple is false then. */
        do v = v * 10 + (uint64_t)(*p++ - '0');
        while (p < end && apic_num_digit(*p));
    } else {
        n->end = p;
        return NULL;
    }
    n->int_end = p;
    n->mant = v;
    n->frac_start = n->frac_end = p;
    n->exp = 0;
    bool simple = p - n->int_start <= 19;
    if (p < end && *p == '.') {
        p++;
        if (p >= end || !apic_num_digit(*p)) {
            n->end = p;
            return NULL;
        }
        n->frac_start = p;
        do p++;
        while (p < end && apic_num_digit(*p));
        n->frac_end = p;
        simple = false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
        if (p >= end || !apic_num_digit(*p)) {
            n->end = p;
            return NULL;
        }
        int64_t e = 0;
        do {
            if (e < APIC_NUM_EXP_CLAMP) e = e * 10 + (*p - '0');
            p++;
        } while (p < end && apic_num_digit(*p));
        n->exp = eneg ? -e : e;
        simple = false;
    }
    n->simple = simple;
    n->end = p;
    return p;
}

int apic_num_to_int64_slow(const apic_num *n, int64_t *out);

/* Exact integer value: 0, APIC_NUM_RANGE, or APIC_NUM_FRACTION when not integral
 * (2.0 and 1e3 are integral). Never goes through a double. */
static inline int apic_num_to_int64(const apic_num *n, int64_t *out)
{
    if (!n->simple) return apic_num_to_int64_slow(n, out);
    if (n->neg) {
        if (n->mant > (uint64_t)INT64_MAX + 1) return APIC_NUM_RANGE;
        *out = n->mant == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)n->mant;
    } else {
        if (n->mant > (uint64_t)INT64_MAX) return APIC_NUM_RANGE;
        *out = (int64_t)n->mant;
    }
    return 0;
}

/* Correctly rounded value in any locale: 0, APIC_NUM_RANGE (overflows to infinity) or APIC_NUM_NOMEM. */
int apic_num_to_double(const apic_num *n, double *out);
int apic_num_to_float(const apic_num *n, float *out);

/* Text of v; buf needs 21 bytes. Returns the length (no terminator written). */
size_t apic_num_format_int64(int64_t v, char *buf);

/* Shortest text that reads back as exactly v, with '.' in any locale; buf needs 32 bytes.
 * Returns the length (no terminator written), or 0 for NaN and infinities. */
size_t apic_num_format_double(double v, char *buf);
size_t apic_num_format_float(float v, char *buf);

#endif
