/* The validator: walks a described value the way the encoder does, but checks instead of
 * writing, and names the first problem by its path. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "apic/codec.h"
#include "apic/validate.h"
#include "codec/json_path.h"
#include "codec/slot.h"

typedef struct checker {
    const char *root;
    apic_error *err;
    bool pii; /* inside a member marked as personal data: its values are not quoted in messages */
    size_t depth;
    apic_path_seg path[APIC_JSON_MAX_DEPTH + 1];
} checker;

static int check_value(checker *c, const apic_type *t, const void *slot);

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int fail(checker *c, const char *fmt, ...)
{
    char path[192], msg[300];
    apic_path_format(c->root, c->path, c->depth, path, sizeof path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return apic_error_set(c->err, APIC_E_VALIDATION, "%s: %s", path, msg);
}

static int enter(checker *c, const char *key, size_t len)
{
    if (c->depth >= APIC_JSON_MAX_DEPTH) return fail(c, "nesting deeper than %d levels", APIC_JSON_MAX_DEPTH);
    c->path[c->depth++] = (apic_path_seg){key, len};
    return 0;
}

static int check_string(checker *c, const apic_type *t, const char *s)
{
    if (s == NULL || apic_format_check(t->format, s)) return 0;
    if (c->pii) return fail(c, "not a valid %s (the value is personal data, so it is not shown)", apic_format_name(t->format));
    return fail(c, "'%.60s' is not a valid %s", s, apic_format_name(t->format));
}

static int check_enum(checker *c, const apic_enum_desc *ed, const apic_enum *v)
{
    if (v->value >= 1 && (size_t)v->value <= ed->n_values) return 0;
    char allowed[160] = "";
    size_t used = 0;
    for (size_t i = 0; i < ed->n_values && used + 1 < sizeof allowed; i++) {
        int n = snprintf(allowed + used, sizeof allowed - used, "%s%s", i ? ", " : "", ed->values[i]);
        if (n < 0) break;
        used += (size_t)n;
    }
    if (v->value == 0 && v->other != NULL) return fail(c, "'%.60s' is not one of %s", v->other, allowed);
    return fail(c, "no value set (one of %s)", allowed);
}

/* tag_key names the discriminator when obj is a union's variant that has a value of it: the
 * encoder writes that member when it is unset, so it is never missing. */
static int check_struct(checker *c, const apic_struct_desc *d, const void *obj, const char *tag_key)
{
    for (size_t i = 0; i < d->n_fields; i++) {
        const apic_field *f = &d->fields[i];
        if (f->flags & APIC_F_READONLY) continue;
        if (apic_field_is_null(obj, f)) continue;
        int rc = enter(c, f->name, f->name_len);
        if (rc != 0) return rc;
        if (!apic_field_has_value(obj, f)) {
            if ((f->flags & APIC_F_REQUIRED) && (tag_key == NULL || strcmp(tag_key, f->name) != 0))
                return fail(c, "required member is missing");
        } else {
            const void *slot = apic_slot_at(obj, f);
            if (f->type->kind == APIC_OBJECT) slot = *(void *const *)slot; /* a member holds a pointer */
            bool outer = c->pii;
            c->pii = outer || (f->flags & APIC_F_PII);
            rc = check_value(c, f->type, slot);
            c->pii = outer;
            if (rc != 0) return rc;
        }
        c->depth--;
    }
    if (d->additional_offset >= 0 && d->additional != NULL) {
        int rc = check_value(c, d->additional, (const char *)obj + d->additional_offset);
        if (rc != 0) return rc;
    }
    return 0;
}

/* The variant a union holds; raw JSON that matched no variant is refused, as an unknown enum
 * text is: the spec defines the allowed shapes. */
static int check_union(checker *c, const apic_union_desc *u, const void *slot)
{
    void *vslot;
    const apic_variant *v = apic_union_variant(u, slot, &vslot);
    if (v == NULL && apic_union_kind(u, slot) == 0 && apic_union_other(u, slot) != NULL)
        return fail(c, "matches none of the variants of %s", u->kinds.name);
    if (v == NULL) return fail(c, "no variant of %s set", u->kinds.name);
    if (v->type->kind != APIC_OBJECT) return check_value(c, v->type, vslot);
    const void *obj = *(void *const *)vslot; /* held by pointer, like a struct field */
    if (obj == NULL) return fail(c, "%s holds %s without its object", u->kinds.name, u->kinds.values[v - u->variants]);
    return check_struct(c, v->type->object, obj, v->n_tags > 0 ? u->discriminator : NULL);
}

static int check_value(checker *c, const apic_type *t, const void *slot)
{
    switch (t->kind) {
    case APIC_STRING:
        return check_string(c, t, *(char *const *)slot);
    case APIC_ANY: {
        const char *raw = *(char *const *)slot;
        if (raw == NULL || apic_json_validate(raw, strlen(raw), NULL) == 0) return 0;
        return fail(c, "not well-formed JSON");
    }
    case APIC_ENUM:
        return check_enum(c, t->enumeration, (const apic_enum *)slot);
    case APIC_OBJECT:
        return check_struct(c, t->object, slot, NULL);
    case APIC_UNION:
        return check_union(c, apic_union_of(t), slot);
    case APIC_ARRAY: {
        const apic_array *a = (const apic_array *)slot;
        size_t esz = apic_type_size(t->elem);
        for (size_t i = 0; i < a->count; i++) {
            int rc = enter(c, NULL, i);
            if (rc == 0) rc = check_value(c, t->elem, (const char *)a->items + i * esz);
            if (rc != 0) return rc;
            c->depth--;
        }
        return 0;
    }
    case APIC_MAP: {
        const apic_map *m = (const apic_map *)slot;
        size_t esz = apic_type_size(t->elem);
        for (size_t i = 0; i < m->count; i++) {
            int rc = enter(c, m->keys[i], strlen(m->keys[i]));
            if (rc == 0) rc = check_value(c, t->elem, (const char *)m->values + i * esz);
            if (rc != 0) return rc;
            c->depth--;
        }
        return 0;
    }
    case APIC_DOUBLE:
        return isfinite(*(const double *)slot) ? 0 : fail(c, "NaN and infinities have no JSON form");
    case APIC_FLOAT:
        return isfinite(*(const float *)slot) ? 0 : fail(c, "NaN and infinities have no JSON form");
    default:
        return 0; /* integers and booleans: the C type holds only legal values */
    }
}

int apic_validate(const apic_type *t, const void *slot, const char *root, apic_error *err)
{
    if (t == NULL || slot == NULL) return apic_error_set(err, APIC_E_ARG, "apic_validate: type and value are required");
    checker c = {root != NULL ? root : "$", err, false, 0, {{NULL, 0}}};
    return check_value(&c, t, slot);
}
