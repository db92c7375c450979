/* Freeing described values. Each function leaves what it cleared zeroed, so a slot can be
 * decoded into again and a failed decode can simply clear the partly filled slot. */
#include <stdlib.h>
#include <string.h>

#include "codec/json_free.h"
#include "codec/slot.h"

void apic_struct_clear(const apic_struct_desc *d, void *obj)
{
    for (size_t i = 0; i < d->n_fields; i++) {
        const apic_field *f = &d->fields[i];
        if (apic_kind_owns(f->type->kind)) apic_field_clear(f, obj);
    }
    if (d->additional_offset >= 0 && d->additional != NULL)
        apic_value_clear(d->additional, (char *)obj + d->additional_offset);
    if (d->unknown_offset >= 0) apic_value_clear(&apic_type_json_map, (char *)obj + d->unknown_offset);
    memset(obj, 0, d->size); /* flags and scalars too */
}

void apic_field_clear(const apic_field *f, void *obj)
{
    void *slot = apic_slot_at(obj, f);
    if (f->type->kind == APIC_OBJECT) {
        /* As a field, an object is a pointer to its own allocation (so types can recurse). */
        apic_struct_free(f->type->object, *(void **)slot);
        *(void **)slot = NULL;
    } else {
        apic_value_clear(f->type, slot);
    }
    apic_set_flag_at(obj, f->has_offset, false);
    apic_set_flag_at(obj, f->null_offset, false);
}

void apic_value_clear(const apic_type *t, void *slot)
{
    if (t == NULL || slot == NULL) return;
    switch (t->kind) {
    case APIC_STRING:
    case APIC_ANY:
        free(*(char **)slot);
        *(char **)slot = NULL;
        return;
    case APIC_ENUM: {
        apic_enum *e = slot;
        free(e->other);
        e->other = NULL;
        e->value = 0;
        return;
    }
    case APIC_OBJECT:
        if (t->object != NULL) apic_struct_clear(t->object, slot);
        return;
    case APIC_ARRAY: {
        apic_array *a = slot;
        if (a->items != NULL && apic_kind_owns(t->elem->kind)) {
            size_t size = apic_type_size(t->elem);
            for (size_t i = 0; i < a->count; i++) apic_value_clear(t->elem, (char *)a->items + i * size);
        }
        free(a->items);
        a->items = NULL;
        a->count = 0;
        return;
    }
    case APIC_MAP: {
        apic_map *m = slot;
        bool owns = apic_kind_owns(t->elem->kind);
        size_t size = apic_type_size(t->elem);
        for (size_t i = 0; i < m->count; i++) {
            if (m->keys != NULL) free(m->keys[i]);
            if (owns && m->values != NULL) apic_value_clear(t->elem, (char *)m->values + i * size);
        }
        free(m->keys);
        free(m->values);
        m->keys = NULL;
        m->values = NULL;
        m->count = 0;
        return;
    }
    case APIC_UNION: {
        const apic_union_desc *u = apic_union_of(t);
        void *vslot;
        const apic_variant *v = apic_union_variant(u, slot, &vslot);
        if (v != NULL && v->type->kind == APIC_OBJECT) /* held by pointer, like a struct field */
            apic_struct_free(v->type->object, *(void **)vslot);
        else if (v != NULL)
            apic_value_clear(v->type, vslot);
        free(apic_union_other(u, slot));
        memset(slot, 0, u->size); /* kind 0, no variant, no other */
        return;
    }
    default:
        memset(slot, 0, apic_type_size(t));
        return;
    }
}

void apic_struct_free(const apic_struct_desc *d, void *obj)
{
    if (obj == NULL || d == NULL) return;
    apic_struct_clear(d, obj);
    free(obj);
}

void apic_value_free(const apic_type *t, void *slot)
{
    if (slot == NULL) return;
    apic_value_clear(t, slot);
    free(slot);
}
