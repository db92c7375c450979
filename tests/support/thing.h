/* The Thing of the runtime's transport tests ({"id": int64, "name": string}, unknown members
 * kept) and the one answer of the operations that return it: 200, JSON. */
#ifndef TESTS_SUPPORT_THING_H
#define TESTS_SUPPORT_THING_H

#include <stddef.h>

#include "apic/apic.h"

typedef struct thing {
    bool has_id;
    int64_t id;
    char *name;
    apic_json_map unknown_fields;
} thing;
static const apic_field thing_fields[] = {
    {"id", 2, 0, offsetof(thing, id), offsetof(thing, has_id), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(thing, name), -1, -1, &apic_type_string},
};
static const apic_struct_desc thing_desc = {"Thing", sizeof(thing), thing_fields, 2, offsetof(thing, unknown_fields), -1, NULL};
static const apic_type thing_type = {APIC_OBJECT, APIC_FMT_NONE, &thing_desc, NULL, NULL};
static const apic_response thing_responses[] = {{200, &thing_type, "application/json", APIC_RESPONSE_JSON}};

#endif
