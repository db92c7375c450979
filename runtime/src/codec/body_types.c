/* The descriptors of apic_file and apic_bytes (see apic/body.h for what they describe and why). */
#include <stddef.h>
#include <stdlib.h>

#include "apic/body.h"
#include "apic/codec.h"

static const apic_field file_fields[] = {
    {"path", 4, 0, offsetof(apic_file, path), -1, -1, &apic_type_string},
    {"filename", 8, 0, offsetof(apic_file, filename), -1, -1, &apic_type_string},
    {"content_type", 12, 0, offsetof(apic_file, content_type), -1, -1, &apic_type_string},
};
const apic_struct_desc apic_file_desc = {"file", sizeof(apic_file), file_fields, 3, -1, -1, NULL};
const apic_type apic_type_file = {APIC_OBJECT, APIC_FMT_NONE, &apic_file_desc, NULL, NULL};

static const apic_field bytes_fields[] = {
    {"data", 4, 0, offsetof(apic_bytes, data), -1, -1, &apic_type_string},
    {"content_type", 12, 0, offsetof(apic_bytes, content_type), -1, -1, &apic_type_string},
};
const apic_struct_desc apic_bytes_desc = {"bytes", sizeof(apic_bytes), bytes_fields, 2, -1, -1, NULL};
const apic_type apic_type_bytes = {APIC_OBJECT, APIC_FMT_NONE, &apic_bytes_desc, NULL, NULL};

void apic_bytes_free(apic_bytes *b)
{
    apic_value_free(&apic_type_bytes, b);
}
