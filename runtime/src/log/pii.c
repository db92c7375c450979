/* Masking personal data in text and in JSON: email addresses, phone numbers, and members marked
 * as personal data. Masks keep enough to debug with: j***@e***.com, +2547****678. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/error.h"
#include "apic/log.h"

static bool is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alnum(unsigned char c)
{
    return is_alpha(c) || is_digit(c);
}

/* Characters of an email's local part and domain; bytes >= 0x80 are UTF-8 of either. The local
 * part is taken narrower than RFC 5322 allows, so that in `?email=jane%40x.com` it starts after
 * the '='. */
static bool is_local(unsigned char c)
{
    return is_alnum(c) || c >= 0x80 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static bool is_domain(unsigned char c)
{
    return is_alnum(c) || c >= 0x80 || c == '.' || c == '-';
}

/* Length of the UTF-8 character starting at s (1 for ASCII or a stray byte). */
static size_t char_len(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return len <= n ? len : 1;
}

/* An email whose '@' (or "%40") is at `at` (sep_len bytes): its span [*start, *end) and the
 * offset of its top-level domain. */
static bool email_at(const char *t, size_t n, size_t at, size_t sep_len, size_t *start, size_t *end, size_t *tld)
{
    size_t l = at;
    while (l > 0 && is_local((unsigned char)t[l - 1])) l--;
    /* "%40" means '@' only in percent-encoded text; its '%' is not part of the local name. */
    size_t r = at + sep_len;
    while (r < n && is_domain((unsigned char)t[r])) r++;
    while (r > at + sep_len && (t[r - 1] == '.' || t[r - 1] == '-')) r--;
    if (l == at || r == at + sep_len) return false;
    size_t dot = r;
    while (dot > at + sep_len && t[dot - 1] != '.') dot--;
    if (dot == at + sep_len || r - dot < 2) return false;
    for (size_t i = dot; i < r; i++) {
        if (!is_alpha((unsigned char)t[i]) && (unsigned char)t[i] < 0x80) return false;
    }
    *start = l;
    *end = r;
    *tld = dot;
    return true;
}

static int put_email_mask(apic_buf *out, const char *t, size_t start, size_t at, size_t sep_len, size_t tld, size_t end)
{
    size_t first = char_len(t + start, at - start);
    size_t dfirst = char_len(t + at + sep_len, end - at - sep_len);
    int rc = apic_buf_append(out, t + start, first);
    if (rc == 0) rc = apic_buf_puts(out, "***");
    if (rc == 0) rc = apic_buf_append(out, t + at, sep_len);
    if (rc == 0) rc = apic_buf_append(out, t + at + sep_len, dfirst);
    if (rc == 0) rc = apic_buf_puts(out, "***.");
    if (rc == 0) rc = apic_buf_append(out, t + tld, end - tld);
    return rc;
}

/* A phone number starting at i (not inside a word): its end, and its digit count. */
static bool phone_at(const char *t, size_t n, size_t i, size_t *end, int *digits)
{
    unsigned char c = (unsigned char)t[i];
    if (!(c == '+' || c == '(' || is_digit(c))) return false;
    if (i > 0 && (is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '_' || t[i - 1] == '.' || t[i - 1] == '-' ||
                  t[i - 1] == '+'))
        return false;
    size_t j = i + (c == '+');
    int d = 0;
    size_t last_digit = i;
    while (j < n && (is_digit((unsigned char)t[j]) || strchr(" -().", t[j]) != NULL)) {
        if (is_digit((unsigned char)t[j])) {
            d++;
            last_digit = j;
        } else if (t[j] == ' ' && j + 1 < n && t[j + 1] == ' ') {
            break; /* two spaces end a number */
        }
        j++;
    }
    size_t e = last_digit + 1;
    bool separated = false; /* a separator between its digits */
    for (size_t k = i + (c == '+'); k < e; k++) separated |= !is_digit((unsigned char)t[k]);
    if (d == 0 || (e < n && (is_alnum((unsigned char)t[e]) || t[e] == '_'))) return false;
    /* 2026-11-23 and the like are dates, not numbers to call. */
    if (e - i >= 10 && is_digit((unsigned char)t[i]) && t[i + 4] == '-' && t[i + 7] == '-') return false;
    bool ok = c == '+' ? d >= 7 && d <= 15
              : separated ? d >= 9 && d <= 15
                          : t[i] == '0' && d >= 10 && d <= 11; /* national form without separators */
    if (!ok) return false;
    *end = e;
    *digits = d;
    return true;
}

/* "+" and the first 4 digits, "****", the last 3 digits. */
static int put_phone_mask(apic_buf *out, const char *t, size_t start, size_t end, int digits)
{
    char kept[16];
    size_t k = 0;
    int seen = 0;
    if (t[start] == '+') kept[k++] = '+';
    for (size_t i = start; i < end; i++) {
        if (!is_digit((unsigned char)t[i])) continue;
        seen++;
        if (seen <= 4) kept[k++] = t[i];
        if (seen == 4) {
            memcpy(kept + k, "****", 4);
            k += 4;
        }
        if (seen > digits - 3 && seen > 4) kept[k++] = t[i];
    }
    return apic_buf_append(out, kept, k);
}

int apic_mask_pii_text(const char *t, size_t n, apic_buf *out)
{
    size_t copied = 0; /* t[copied..] is not yet in out */
    for (size_t i = 0; i < n; i++) {
        size_t sep = t[i] == '@' ? 1 : (i + 2 < n && t[i] == '%' && t[i + 1] == '4' && t[i + 2] == '0') ? 3 : 0;
        size_t start, end, tld;
        if (sep != 0 && email_at(t, n, i, sep, &start, &end, &tld) && start >= copied) {
            if (apic_buf_append(out, t + copied, start - copied) != 0 || put_email_mask(out, t, start, i, sep, tld, end) != 0)
                return APIC_E_NOMEM;
            copied = end;
            i = end - 1;
            continue;
        }
        int digits;
        if (i >= copied && phone_at(t, n, i, &end, &digits)) {
            if (apic_buf_append(out, t + copied, i - copied) != 0 || put_phone_mask(out, t, i, end, digits) != 0)
                return APIC_E_NOMEM;
            copied = end;
            i = end - 1;
        }
    }
    return apic_buf_append(out, t + copied, n - copied) == 0 ? 0 : APIC_E_NOMEM;
}

/* --- JSON ----------------------------------------------------------------------------------------- */

enum { MAX_DEPTH = 64 };

typedef struct walker {
    const char *s;
    size_t n, i;
    const char *const *pii_keys;
    apic_buf *out;
    int depth;
    bool in_object[MAX_DEPTH];
    bool pii[MAX_DEPTH];  /* the container itself holds personal data */
    bool key_pii;         /* the last member name read is a personal-data one */
    bool expect_key;
} walker;

static bool is_pii_key(const walker *w, const char *key)
{
    for (const char *const *k = w->pii_keys; k != NULL && *k != NULL; k++) {
        if (strcmp(*k, key) == 0) return true;
    }
    return false;
}

/* The end of the JSON string starting at w->i (the opening quote); false when unterminated. */
static bool string_end(const walker *w, size_t *end)
{
    for (size_t j = w->i + 1; j < w->n; j++) {
        if (w->s[j] == '\\') j++;
        else if (w->s[j] == '"') {
            *end = j + 1;
            return true;
        }
    }
    return false;
}

/* Decodes the string token [w->i, end) to plain text; NULL when it does not decode. */
static char *decode_string(const walker *w, size_t end)
{
    char *text = NULL;
    return apic_json_decode(&apic_type_string, w->s + w->i, end - w->i, &text, NULL) == 0 ? text : NULL;
}

static int put_masked_value(walker *w, const char *text, bool whole)
{
    apic_buf masked = {0};
    size_t len = strlen(text);
    int rc = apic_mask_pii_text(text, len, &masked);
    if (rc == 0 && whole && masked.len == len && (len == 0 || memcmp(masked.data, text, len) == 0)) {
        /* A personal-data member that is neither an email nor a phone number: its first
         * character and a mask. */
        masked.len = 0;
        rc = apic_buf_append(&masked, text, len > 0 ? char_len(text, len) : 0);
        if (rc == 0) rc = apic_buf_puts(&masked, "***");
    }
    if (rc == 0) rc = apic_json_write_string(w->out, masked.data != NULL ? masked.data : "", masked.len);
    apic_buf_free(&masked);
    return rc;
}

static bool inherited_pii(const walker *w)
{
    return w->depth > 0 && w->pii[w->depth - 1];
}

static int walk_string(walker *w)
{
    size_t end;
    if (!string_end(w, &end)) return -1;
    size_t k = end;
    while (k < w->n && (w->s[k] == ' ' || w->s[k] == '\t' || w->s[k] == '\n' || w->s[k] == '\r')) k++;
    bool is_key = w->depth > 0 && w->in_object[w->depth - 1] && w->expect_key && k < w->n && w->s[k] == ':';
    char *text = decode_string(w, end);
    if (text == NULL) return -1;
    int rc = 0;
    if (is_key) {
        w->key_pii = is_pii_key(w, text);
        w->expect_key = false;
        rc = apic_buf_append(w->out, w->s + w->i, end - w->i);
    } else {
        bool whole = inherited_pii(w) || (w->depth > 0 && w->in_object[w->depth - 1] && w->key_pii);
        apic_buf probe = {0};
        rc = apic_mask_pii_text(text, strlen(text), &probe);
        bool changed = rc == 0 && (probe.len != strlen(text) || (probe.len > 0 && memcmp(probe.data, text, probe.len) != 0));
        apic_buf_free(&probe);
        if (rc == 0) rc = whole || changed ? put_masked_value(w, text, whole) : apic_buf_append(w->out, w->s + w->i, end - w->i);
    }
    free(text);
    w->i = end;
    return rc;
}

/* A number, true, false or null: masked whole under a personal-data member. */
static int walk_scalar(walker *w)
{
    size_t j = w->i;
    while (j < w->n && strchr(",]} \t\r\n", w->s[j]) == NULL) j++;
    bool whole = inherited_pii(w) || (w->depth > 0 && w->in_object[w->depth - 1] && w->key_pii);
    bool null = j - w->i == 4 && memcmp(w->s + w->i, "null", 4) == 0;
    int rc = whole && !null ? apic_buf_puts(w->out, "\"***\"") : apic_buf_append(w->out, w->s + w->i, j - w->i);
    w->i = j;
    return rc;
}

int apic_mask_pii_json(const char *json, size_t n, const char *const *pii_keys, apic_buf *out)
{
    if (apic_json_validate(json, n, NULL) != 0) return apic_mask_pii_text(json, n, out);
    size_t start = out->len;
    walker w = {json, n, 0, pii_keys, out, 0, {false}, {false}, false, false};
    int rc = 0;
    while (rc == 0 && w.i < n) {
        char c = json[w.i];
        if (c == '"') {
            rc = walk_string(&w);
        } else if (c == '{' || c == '[') {
            if (w.depth == MAX_DEPTH) {
                rc = -1;
                break;
            }
            bool pii = inherited_pii(&w) || (w.depth > 0 && w.in_object[w.depth - 1] && w.key_pii);
            w.in_object[w.depth] = c == '{';
            w.pii[w.depth++] = pii;
            w.expect_key = c == '{';
            rc = apic_buf_putc(out, c);
            w.i++;
        } else if (c == '}' || c == ']') {
            w.depth--;
            w.key_pii = false;
            rc = apic_buf_putc(out, c);
            w.i++;
        } else if (c == ',') {
            w.expect_key = w.depth > 0 && w.in_object[w.depth - 1];
            rc = apic_buf_putc(out, c);
            w.i++;
        } else if (c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            rc = apic_buf_putc(out, c);
            w.i++;
        } else {
            rc = walk_scalar(&w);
        }
    }
    if (rc == -1) { /* valid JSON always walks; this is a safety net: mask as text */
        out->len = start;
        return apic_mask_pii_text(json, n, out);
    }
    return rc == 0 ? 0 : APIC_E_NOMEM;
}
