/* Freeing described values: what the decoder, the encoder and the free functions share. */
#ifndef APIC_CODEC_JSON_FREE_H
#define APIC_CODEC_JSON_FREE_H

#include "apic/codec.h"

/* Frees a struct field's value and resets it and its has_/is_null flags to "absent".
 * A struct field of kind APIC_OBJECT is a pointer; this frees the pointee. */
void apic_field_clear(const apic_field *f, void *obj);

/* Zeroes every member of a struct of descriptor d after freeing what they own. */
void apic_struct_clear(const apic_struct_desc *d, void *obj);

/* True for kinds whose slots own heap memory (and so need apic_value_clear). */
static inline int apic_kind_owns(apic_kind k)
{
    return k == APIC_STRING || k == APIC_ANY || k == APIC_ENUM || k == APIC_OBJECT || k == APIC_ARRAY ||
           k == APIC_MAP || k == APIC_UNION;
}

#endif
