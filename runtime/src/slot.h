/* Presence rules of apic/desc.h in one place: the codec, the URL builder and the
 * validators all ask these, so "absent, null and zero" mean the same everywhere. */
#ifndef APIC_SLOT_H
#define APIC_SLOT_H

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

/* True when the field should be sent as JSON null. */
static inline bool apic_field_is_null(const void *obj, const apic_field *f)
{
    return (f->flags & APIC_F_NULLABLE) && apic_flag_at(obj, f->null_offset);
}

/* True when the field holds a value (null excluded). Pointer slots are present when
 * non-NULL; arrays and maps when has_ is set or count > 0; other kinds follow has_; a field
 * without has_ (required) is present, except an enum that holds neither a value nor a text
 * (a required member the input lacked, or one the caller has not set). */
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
    default:
        return f->has_offset < 0 ? true : apic_flag_at(obj, f->has_offset);
    }
}

#endif
