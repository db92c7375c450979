/* Shared descriptors of primitive slots, so generated SDKs do not each emit their own. */
#include "apic/codec.h"

const apic_type apic_type_bool = {APIC_BOOL, APIC_FMT_NONE, NULL, NULL, NULL};
const apic_type apic_type_int32 = {APIC_INT32, APIC_FMT_NONE, NULL, NULL, NULL};
const apic_type apic_type_int64 = {APIC_INT64, APIC_FMT_NONE, NULL, NULL, NULL};
const apic_type apic_type_float = {APIC_FLOAT, APIC_FMT_NONE, NULL, NULL, NULL};
const apic_type apic_type_double = {APIC_DOUBLE, APIC_FMT_NONE, NULL, NULL, NULL};
const apic_type apic_type_string = {APIC_STRING, APIC_FMT_NONE, NULL, NULL, NULL};
const apic_type apic_type_any = {APIC_ANY, APIC_FMT_NONE, NULL, NULL, NULL};
const apic_type apic_type_json_map = {APIC_MAP, APIC_FMT_NONE, NULL, NULL, &apic_type_any};

size_t apic_type_size(const apic_type *t)
{
    switch (t->kind) {
    case APIC_BOOL: return sizeof(bool);
    case APIC_INT32: return sizeof(int32_t);
    case APIC_INT64: return sizeof(int64_t);
    case APIC_FLOAT: return sizeof(float);
    case APIC_DOUBLE: return sizeof(double);
    case APIC_STRING:
    case APIC_ANY: return sizeof(char *);
    case APIC_ENUM: return sizeof(apic_enum);
    case APIC_OBJECT: return t->object != NULL ? t->object->size : 0;
    case APIC_ARRAY: return sizeof(apic_array);
    case APIC_MAP: return sizeof(apic_map);
    case APIC_UNION: return t->enumeration != NULL ? apic_union_of(t)->size : 0;
    }
    return 0;
}
