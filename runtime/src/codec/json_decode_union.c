/* Decoding a union (oneOf/anyOf): which variant a JSON value is, then that variant's decoding.
 *
 * With a discriminator, the member it names picks the variant (or, when several variants share
 * its value, the variants to try). Without one, the variants are tried in order: cheap checks
 * first (the JSON type; for an object, its required members), then a trial decode whose failure
 * is silent and whose partial result is freed. A value that no variant takes is kept as raw JSON
 * in `other`, so it is never lost (see apic/desc.h).
 *
 * A failed trial re-reads the value, and nested unions could multiply that; the bytes re-read
 * are counted against a budget proportional to the input, so hostile input cannot make
 * decoding exponential. */
#include <stdlib.h>
#include <string.h>

#include "codec/json_decode.h"
#include "codec/json_free.h"
#include "codec/slot.h"

/* Bytes that failed trials may re-read: this many times the input, plus a floor for small inputs. */
enum { REREAD_FACTOR = 64, REREAD_FLOOR = 1 << 16 };

/* Whether a JSON value starting with c can be of kind t: the first, cheap filter. */
static bool fits(const apic_type *t, char c)
{
    switch (t->kind) {
    case APIC_BOOL: return c == 't' || c == 'f';
    case APIC_INT32:
    case APIC_INT64:
    case APIC_FLOAT:
    case APIC_DOUBLE: return c == '-' || (c >= '0' && c <= '9');
    case APIC_STRING:
    case APIC_ENUM: return c == '"';
    case APIC_OBJECT:
    case APIC_MAP: return c == '{';
    case APIC_ARRAY: return c == '[';
    case APIC_ANY:
    case APIC_UNION: return true;
    }
    return false;
}

/* Whether the scanned string content [s, q) is the text key. Returns 0 or APIC_E_NOMEM. */
static int text_is(apic_lex *x, const char *s, const char *q, bool escaped, const char *key, size_t klen, bool *same)
{
    size_t n = (size_t)(q - s);
    if (!escaped) {
        *same = n == klen && memcmp(s, key, klen) == 0;
        return 0;
    }
    char buf[128];
    char *text = n <= sizeof buf ? buf : malloc(n); /* unescaping never grows the text */
    if (text == NULL) return apic_lex_nomem(x);
    size_t len = apic_lex_unescape(s, q, text);
    *same = len == klen && memcmp(text, key, klen) == 0;
    if (text != buf) free(text);
    return 0;
}

/* The value of the last member named key (the one decoding keeps) of the object at p, which
 * has been validated already; *value is NULL when there is none. Returns 0 or APIC_E_NOMEM. */
static int find_member(apic_lex *x, const char *p, const char *key, size_t klen, const char **value)
{
    *value = NULL;
    p = apic_lex_ws(p + 1, x->end);
    while (*p == '"') {
        bool escaped, same;
        const char *q = apic_lex_string(x, p + 1, &escaped);
        int rc = text_is(x, p + 1, q, escaped, key, klen, &same);
        if (rc != 0) return rc;
        p = apic_lex_ws(apic_lex_ws(q + 1, x->end) + 1, x->end); /* past the ':' */
        if (same) *value = p;
        p = apic_lex_ws(apic_lex_value(x, p), x->end);
        if (*p == ',') p = apic_lex_ws(p + 1, x->end);
    }
    return 0;
}

/* The discriminator's value in the value at p: its scanned text [*s, *q), or *s NULL when p is
 * not an object or the member is missing or not a string. */
typedef struct tag_text {
    const char *s, *q;
    bool escaped;
} tag_text;

static int find_tag(apic_lex *x, const apic_union_desc *u, const char *p, tag_text *tag)
{
    tag->s = NULL;
    const char *v = NULL;
    int rc = *p == '{' ? find_member(x, p, u->discriminator, strlen(u->discriminator), &v) : 0;
    if (rc != 0 || v == NULL || *v != '"') return rc;
    tag->s = v + 1;
    tag->q = apic_lex_string(x, tag->s, &tag->escaped);
    return 0;
}

/* Whether variant v is one the tag chooses. */
static int chosen_by(apic_lex *x, const apic_variant *v, const tag_text *tag, bool *yes)
{
    *yes = false;
    for (size_t j = 0; j < v->n_tags && !*yes; j++) {
        int rc = text_is(x, tag->s, tag->q, tag->escaped, v->tags[j], strlen(v->tags[j]), yes);
        if (rc != 0) return rc;
    }
    return 0;
}

/* Whether the object at p has every required member of d. Members only one side sends
 * (read-only, write-only) are not asked for: the other side's JSON lacks them. */
static int has_required(apic_lex *x, const apic_struct_desc *d, const char *p, bool *ok)
{
    *ok = true;
    for (size_t i = 0; i < d->n_fields && *ok; i++) {
        const apic_field *f = &d->fields[i];
        if (!(f->flags & APIC_F_REQUIRED) || (f->flags & (APIC_F_READONLY | APIC_F_WRITEONLY))) continue;
        const char *v;
        int rc = find_member(x, p, f->name, f->name_len, &v);
        if (rc != 0) return rc;
        *ok = v != NULL;
    }
    return 0;
}

/* Decodes the value at x->p as variant i. The kind is set first, so a failure leaves a slot
 * that apic_value_clear frees whole (json_decode.c's ownership rule). */
static int dec_variant(apic_lex *x, const apic_union_desc *u, size_t i, void *slot)
{
    const apic_variant *v = &u->variants[i];
    void *vslot = (char *)slot + v->offset;
    *(int *)((char *)slot + u->kind_offset) = (int)i + 1;
    if (v->type->kind == APIC_OBJECT) { /* held by pointer, like a struct field */
        void *child = calloc(1, v->type->object->size);
        if (child == NULL) return apic_lex_nomem(x);
        *(void **)vslot = child;
        vslot = child;
    }
    return apic_dec_value(x, v->type, vslot);
}

/* A variant that decoded without error still does not match when it only kept the value as
 * unknown: an enum holding a text it does not know, a union holding raw JSON. */
static bool matched(const apic_union_desc *u, const void *slot)
{
    void *vslot = NULL;
    const apic_variant *v = apic_union_variant(u, slot, &vslot);
    if (v == NULL) return false; /* no variant chosen: nothing matched */
    if (v->type->kind == APIC_ENUM) return ((const apic_enum *)vslot)->value != 0;
    if (v->type->kind == APIC_UNION) return apic_union_kind(apic_union_of(v->type), vslot) != 0;
    return true;
}

/* Tries variant i on the value [p, end): 0 when it matched (x->p is then end), 1 when it did not
 * (the slot is cleared and the lexer is back at p), or an error. */
static int try_variant(apic_lex *x, const apic_type *t, size_t i, void *slot, const char *p, const char *end)
{
    apic_error *err = x->err;
    int depth = x->depth;
    size_t npath = x->npath;
    x->err = NULL; /* a variant that does not fit is not an error */
    x->p = p;
    int rc = dec_variant(x, apic_union_of(t), i, slot);
    x->err = err;
    if (rc == 0 && matched(apic_union_of(t), slot)) return 0;
    apic_value_clear(t, slot);
    if (rc == APIC_E_NOMEM) return apic_lex_nomem(x);
    x->depth = depth;
    x->npath = npath;
    x->p = p;
    x->reread += (size_t)(end - p);
    if (x->reread > REREAD_FACTOR * (size_t)(x->end - x->base) + REREAD_FLOOR)
        return apic_lex_fail(x, p, "too much backtracking among the variants of %s", apic_union_of(t)->kinds.name);
    return 1;
}

/* Keeps the value [p, end) as raw JSON in `other`. */
static int keep_other(apic_lex *x, const apic_union_desc *u, void *slot, const char *p, const char *end)
{
    size_t len = (size_t)(end - p);
    char *copy = malloc(len + 1);
    if (copy == NULL) return apic_lex_nomem(x);
    memcpy(copy, p, len);
    copy[len] = '\0';
    *(char **)((char *)slot + u->other_offset) = copy;
    x->p = end;
    return 0;
}

int apic_dec_union(apic_lex *x, const apic_type *t, void *slot)
{
    const apic_union_desc *u = apic_union_of(t);
    const char *p = x->p;
    size_t npath = x->npath;
    const char *end = apic_lex_value(x, p); /* the whole value, validated once: scans below trust it */
    if (end == NULL) return APIC_E_DECODE;
    int rc;
    tag_text tag = {NULL, NULL, false};
    if (u->discriminator != NULL) {
        size_t n = 0, first = 0;
        bool yes;
        rc = find_tag(x, u, p, &tag);
        x->npath = npath;
        for (size_t i = 0; rc == 0 && tag.s != NULL && i < u->kinds.n_values; i++) {
            rc = chosen_by(x, &u->variants[i], &tag, &yes);
            if (rc == 0 && yes && n++ == 0) first = i;
        }
        if (rc != 0) return rc;
        if (n == 0) return keep_other(x, u, slot, p, end);
        /* The tag says what the value is: a variant that then fails to decode is an error. When
         * several variants share the tag, the first that fits is chosen, as without one. */
        if (n == 1) return dec_variant(x, u, first, slot);
    }
    for (size_t i = 0; i < u->kinds.n_values; i++) {
        const apic_type *vt = u->variants[i].type;
        bool yes = true;
        if (tag.s != NULL && (rc = chosen_by(x, &u->variants[i], &tag, &yes)) != 0) return rc;
        if (!yes || !fits(vt, *p)) continue;
        if (vt->kind == APIC_OBJECT) {
            bool ok;
            rc = has_required(x, vt->object, p, &ok);
            x->npath = npath;
            if (rc != 0) return rc;
            if (!ok) continue;
        }
        if ((rc = try_variant(x, t, i, slot, p, end)) != 1) return rc;
    }
    x->npath = npath;
    return keep_other(x, u, slot, p, end);
}
