/* The JSON lexer shared by the typed decoder and apic_json_validate: whitespace, strings
 * (scan once, then unescape into one exact allocation), strict validation of any value,
 * and error messages carrying the JSON path and byte offset. Never reads past end. */
#ifndef APIC_CODEC_JSON_LEX_H
#define APIC_CODEC_JSON_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "apic/codec.h"
#include "codec/json_path.h"

typedef struct apic_lex {
    const char *base; /* start of the text, for offsets */
    const char *p;    /* current position */
    const char *end;
    apic_error *err;
    int depth;        /* open objects and arrays */
    size_t npath;     /* valid entries of path */
    size_t reread;    /* bytes union variants re-read after a failed trial (json_union.c) */
    apic_path_seg path[APIC_JSON_MAX_DEPTH + 1];
} apic_lex;

static inline void apic_lex_init(apic_lex *x, const char *json, size_t len, apic_error *err)
{
    x->base = x->p = json;
    x->end = json + len;
    x->err = err;
    x->depth = 0;
    x->npath = 0;
    x->reread = 0;
}

static inline const char *apic_lex_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++;
    return p;
}

/* True when the n bytes of lit are at p. */
static inline bool apic_lex_lit(const char *p, const char *end, const char *lit, size_t n)
{
    return (size_t)(end - p) >= n && memcmp(p, lit, n) == 0;
}

/* Records APIC_E_DECODE "<path>: <message> at offset N" and returns APIC_E_DECODE. */
int apic_lex_fail(apic_lex *x, const char *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Records "expected <what>, found <what is at p>". */
int apic_lex_expect(apic_lex *x, const char *p, const char *what);
/* Records APIC_E_NOMEM. */
int apic_lex_nomem(apic_lex *x);

/* Scans string content starting just after the opening quote. Returns the closing quote,
 * or NULL after recording the error; *escaped tells whether unescaping is needed. */
const char *apic_lex_string(apic_lex *x, const char *p, bool *escaped);

/* Decodes scanned content [s, e) into out, which needs e - s bytes (escapes only shrink).
 * Returns the decoded length; writes no terminator. */
size_t apic_lex_unescape(const char *s, const char *e, char *out);

/* Validates one value starting at p (whitespace already skipped). Returns its end or NULL. */
const char *apic_lex_value(apic_lex *x, const char *p);

#endif
