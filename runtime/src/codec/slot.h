/* Presence rules of apic/desc.h in one place: the codec, the URL builder and the
 * validators all ask these, so "absent, null and zero" mean the same everywhere. */
#ifndef APIC_CODEC_SLOT_H
#define APIC_CODEC_SLOT_H

#include <stdbool.h>
#include <stddef.h>

#include "apic/desc.h"

/* Address of a field's value inside obj. */
static inline void *apic_slot_at(const void *obj, const apic_field *f)
{
    return (char *)obj + f->offset;
}

static inline bool apic_flag_at(const void *obj, ptrdiff_t off)
{
    return off >= 0 && *(const bool *)((const char *)obj + off);
}

static inline void apic_set_flag_at(void *obj, ptrdiff_t off, bool v)
{
    if (off >= 0) *(bool *)((char *)obj + off) = v;
}

/* The kind a union slot holds (0: none). */
static inline int apic_union_kind(const apic_union_desc *u, const void *slot)
{
    return *(const int *)((const char *)slot + u->kind_offset);
}

/* The raw JSON a union slot keeps when no variant matched, or NULL. */
static inline char *apic_union_other(const apic_union_desc *u, const void *slot)
{
    return *(char *const *)((const char *)slot + u->other_offset);
}

/* The variant a union slot holds, with its slot in *vslot (for an object variant, the slot holds
 * the pointer); NULL when the kind is 0 or not one of the union's. */
static inline const apic_variant *apic_union_variant(const apic_union_desc *u, const void *slot, void **vslot)
{
    int k = apic_union_kind(u, slot);
    if (k < 1 || (size_t)k > u->kinds.n_values) return NULL;
    *vslot = (char *)slot + u->variants[k - 1].offset;
    return &u->variants[k - 1];
}

/* Replaces (*t, *value), a union, by what it holds as a plain value: its variant (for an object
 * variant, the struct itself) or its raw JSON (APIC_ANY), through nested unions. false when
 * it holds nothing. For writers that have no notion of a union (URL and form serialisers). */
static inline bool apic_union_value(const apic_type **t, const void **value)
{
    while ((*t)->kind == APIC_UNION) {
        const apic_union_desc *u = apic_union_of(*t);
        void *vslot = NULL;
        const apic_variant *v = apic_union_variant(u, *value, &vslot);
        if (v != NULL) {
            *t = v->type;
            *value = v->type->kind == APIC_OBJECT ? *(void *const *)vslot : vslot;
        } else if (apic_union_other(u, *value) != NULL) {
            *t = &apic_type_any;
            *value = (const char *)*value + u->other_offset;
        } else {
            return false;
        }
        if (*value == NULL) return false;
    }
    return true;
}

/* True when the field should be sent as JSON null. */
static inline bool apic_field_is_null(const void *obj, const apic_field *f)
{
    return (f->flags & APIC_F_NULLABLE) && apic_flag_at(obj, f->null_offset);
}

/* True when the field holds a value (null excluded). Pointer slots are present when
 * non-NULL; arrays and maps when has_ is set or count > 0; other kinds follow has_; a field
 * without has_ (required) is present, except an enum that holds neither a value nor a text
 * (a required member the input lacked, or one the caller has not set) and a union that holds
 * neither a variant nor raw JSON (unions never have has_: that is how they are absent). */
static inline bool apic_field_has_value(const void *obj, const apic_field *f)
{
    const void *slot = apic_slot_at(obj, f);
    switch (f->type->kind) {
    case APIC_STRING:
    case APIC_ANY:
    case APIC_OBJECT:
        return *(void *const *)slot != NULL;
    case APIC_ARRAY:
        return apic_flag_at(obj, f->has_offset) || ((const apic_array *)slot)->count > 0 ||
               (f->has_offset < 0 && (f->flags & APIC_F_REQUIRED));
    case APIC_MAP:
        return apic_flag_at(obj, f->has_offset) || ((const apic_map *)slot)->count > 0 ||
               (f->has_offset < 0 && (f->flags & APIC_F_REQUIRED));
    case APIC_ENUM:
        if (f->has_offset >= 0) return apic_flag_at(obj, f->has_offset);
        return ((const apic_enum *)slot)->value != 0 || ((const apic_enum *)slot)->other != NULL;
    case APIC_UNION: {
        const apic_union_desc *u = apic_union_of(f->type);
        if (f->has_offset >= 0) return apic_flag_at(obj, f->has_offset);
        return apic_union_kind(u, slot) != 0 || apic_union_other(u, slot) != NULL;
    }
    default:
        return f->has_offset < 0 ? true : apic_flag_at(obj, f->has_offset);
    }
}

#endif
