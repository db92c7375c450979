/* JSON lexing and validation behind json_lex.h. */
#include "codec/json_lex.h"

#include <stdarg.h>
#include <stdio.h>

#include "codec/json_num.h"

/* Bytes that end a plain run inside a string: control characters, '"', '\\', and non-ASCII
 * (which must be checked as UTF-8). Everything else is copied without a second look. */
static const unsigned char string_stop[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x00 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x10 */
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x20: '"' */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x30 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x40 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, /* 0x50: '\\' */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x60 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x70 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x80 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x90 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xA0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xB0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xC0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xD0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xE0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xF0 */
};

int apic_lex_fail(apic_lex *x, const char *at, const char *fmt, ...)
{
    if (x->err == NULL) return APIC_E_DECODE;
    char path[192], msg[256];
    apic_path_format("$", x->path, x->npath, path, sizeof path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return apic_error_set(x->err, APIC_E_DECODE, "%s: %s at offset %zu", path, msg, (size_t)(at - x->base));
}

int apic_lex_nomem(apic_lex *x)
{
    return apic_error_set(x->err, APIC_E_NOMEM, "out of memory while decoding JSON");
}

int apic_lex_expect(apic_lex *x, const char *p, const char *what)
{
    if (p >= x->end) return apic_lex_fail(x, p, "expected %s, found end of input", what);
    const char *found;
    switch (*p) {
    case '"': found = "string"; break;
    case '{': found = "object"; break;
    case '[': found = "array"; break;
    case 't': found = apic_lex_lit(p, x->end, "true", 4) ? "boolean" : "invalid literal"; break;
    case 'f': found = apic_lex_lit(p, x->end, "false", 5) ? "boolean" : "invalid literal"; break;
    case 'n': found = apic_lex_lit(p, x->end, "null", 4) ? "null" : "invalid literal"; break;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': found = "number"; break;
    default: {
        unsigned char c = (unsigned char)*p;
        if (c > 0x20 && c < 0x7F) return apic_lex_fail(x, p, "expected %s, found '%c'", what, c);
        return apic_lex_fail(x, p, "expected %s, found byte 0x%02X", what, c);
    }
    }
    return apic_lex_fail(x, p, "expected %s, found %s", what, found);
}

/* Length of the valid UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF), or 0. */
static size_t utf8_len(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0], c1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return end - p >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (end - p < 3) return 0;
        c1 = p[1];
        if (c == 0xE0 ? (c1 < 0xA0 || c1 > 0xBF) : c == 0xED ? (c1 < 0x80 || c1 > 0x9F) : (c1 & 0xC0) != 0x80)
            return 0;
        return (p[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (c < 0xF5) {
        if (end - p < 4) return 0;
        c1 = p[1];
        if (c == 0xF0 ? (c1 < 0x90 || c1 > 0xBF) : c == 0xF4 ? (c1 < 0x80 || c1 > 0x8F) : (c1 & 0xC0) != 0x80)
            return 0;
        return (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80 ? 4 : 0;
    }
    return 0;
}

static int hex_val(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

const char *apic_lex_string(apic_lex *x, const char *p, bool *escaped)
{
    const char *end = x->end;
    *escaped = false;
    for (;;) {
        while (p < end && !string_stop[(unsigned char)*p]) p++;
        if (p >= end) {
            apic_lex_fail(x, p, "unterminated string");
            return NULL;
        }
        unsigned char c = (unsigned char)*p;
        if (c == '"') return p;
        if (c == '\\') {
            const char *esc = p++;
            if (p >= end) {
                apic_lex_fail(x, p, "unterminated string");
                return NULL;
            }
            switch (*p) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                p++;
                break;
            case 'u':
                for (int i = 1; i <= 4; i++) {
                    if (p + i >= end || hex_val(p[i]) < 0) {
                        apic_lex_fail(x, esc, "invalid \\u escape");
                        return NULL;
                    }
                }
                p += 5;
                break;
            default:
                apic_lex_fail(x, esc, "invalid escape");
                return NULL;
            }
            *escaped = true;
        } else if (c < 0x20) {
            apic_lex_fail(x, p, "unescaped control character 0x%02X in string", c);
            return NULL;
        } else {
            size_t n = utf8_len((const unsigned char *)p, (const unsigned char *)end);
            if (n == 0) {
                apic_lex_fail(x, p, "invalid UTF-8 in string");
                return NULL;
            }
            p += n;
        }
    }
}

static unsigned hex4(const char *s)
{
    return (unsigned)(hex_val(s[0]) << 12 | hex_val(s[1]) << 8 | hex_val(s[2]) << 4 | hex_val(s[3]));
}

static size_t utf8_put(char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t apic_lex_unescape(const char *s, const char *e, char *out)
{
    /* Input was validated by apic_lex_string, so only the meaning is decided here. */
    char *o = out;
    while (s < e) {
        const char *bs = memchr(s, '\\', (size_t)(e - s));
        if (bs == NULL) bs = e;
        memcpy(o, s, (size_t)(bs - s));
        o += bs - s;
        if (bs == e) break;
        s = bs + 2;
        switch (bs[1]) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp = hex4(s);
            s += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                unsigned lo = e - s >= 6 && s[0] == '\\' && s[1] == 'u' ? hex4(s + 2) : 0;
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    s += 6;
                } else {
                    cp = 0xFFFD; /* lone high surrogate: not encodable in UTF-8 */
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD; /* lone low surrogate */
            }
            o += utf8_put(o, cp);
            break;
        }
        default: *o++ = bs[1]; break; /* '"', '\\', '/' */
        }
    }
    return (size_t)(o - out);
}

static const char *lex_object(apic_lex *x, const char *p);
static const char *lex_array(apic_lex *x, const char *p);

const char *apic_lex_value(apic_lex *x, const char *p)
{
    const char *end = x->end;
    if (p < end) {
        switch (*p) {
        case '"': {
            bool escaped;
            const char *q = apic_lex_string(x, p + 1, &escaped);
            return q != NULL ? q + 1 : NULL;
        }
        case '{': return lex_object(x, p);
        case '[': return lex_array(x, p);
        case 't':
            if (apic_lex_lit(p, end, "true", 4)) return p + 4;
            break;
        case 'f':
            if (apic_lex_lit(p, end, "false", 5)) return p + 5;
            break;
        case 'n':
            if (apic_lex_lit(p, end, "null", 4)) return p + 4;
            break;
        case '-': case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9': {
            apic_num n;
            const char *q = apic_num_scan(p, end, &n);
            if (q == NULL) apic_lex_fail(x, n.end, n.end >= end ? "number cut short by end of input" : "invalid number");
            return q;
        }
        default: break;
        }
    }
    apic_lex_expect(x, p, "a JSON value");
    return NULL;
}

static const char *lex_object(apic_lex *x, const char *p)
{
    const char *end = x->end;
    if (++x->depth > APIC_JSON_MAX_DEPTH) {
        apic_lex_fail(x, p, "nesting deeper than %d levels", APIC_JSON_MAX_DEPTH);
        return NULL;
    }
    p = apic_lex_ws(p + 1, end);
    if (p < end && *p == '}') {
        x->depth--;
        return p + 1;
    }
    for (;;) {
        if (p >= end || *p != '"') {
            apic_lex_expect(x, p, "a member name");
            return NULL;
        }
        bool escaped;
        const char *q = apic_lex_string(x, p + 1, &escaped);
        if (q == NULL) return NULL;
        x->path[x->depth - 1] = (apic_path_seg){p + 1, (size_t)(q - p - 1)};
        x->npath = (size_t)x->depth;
        p = apic_lex_ws(q + 1, end);
        if (p >= end || *p != ':') {
            apic_lex_expect(x, p, "':'");
            return NULL;
        }
        p = apic_lex_value(x, apic_lex_ws(p + 1, end));
        if (p == NULL) return NULL;
        x->npath = (size_t)x->depth - 1;
        p = apic_lex_ws(p, end);
        if (p < end && *p == ',') {
            p = apic_lex_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == '}') break;
        apic_lex_expect(x, p, "',' or '}'");
        return NULL;
    }
    x->depth--;
    return p + 1;
}

static const char *lex_array(apic_lex *x, const char *p)
{
    const char *end = x->end;
    if (++x->depth > APIC_JSON_MAX_DEPTH) {
        apic_lex_fail(x, p, "nesting deeper than %d levels", APIC_JSON_MAX_DEPTH);
        return NULL;
    }
    p = apic_lex_ws(p + 1, end);
    if (p < end && *p == ']') {
        x->depth--;
        return p + 1;
    }
    for (size_t i = 0;; i++) {
        x->path[x->depth - 1] = (apic_path_seg){NULL, i};
        x->npath = (size_t)x->depth;
        p = apic_lex_value(x, p);
        if (p == NULL) return NULL;
        x->npath = (size_t)x->depth - 1;
        p = apic_lex_ws(p, end);
        if (p < end && *p == ',') {
            p = apic_lex_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == ']') break;
        apic_lex_expect(x, p, "',' or ']'");
        return NULL;
    }
    x->depth--;
    return p + 1;
}
