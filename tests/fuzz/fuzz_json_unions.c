/* The JSON decoder over the unions of tests/golden/unions.yaml, each input decoded as every one of
 * them: Owner (unions as required, optional, nullable, array and map members), Pet (a discriminator
 * with a mapping, recursive through Cat.friend), Message (two variants sharing a tag, a union as a
 * variant), Node (matching by shape that backtracks, bounded by the decoder's budget), Limit (anyOf
 * with an enum and a nested union). */
#include <unions/unions.h>

#include "json_round_trip.h"

#define UNION_TYPE(d) {APIC_UNION, APIC_FMT_NONE, NULL, &(d).kinds, NULL}

static const apic_type types[] = {
    {APIC_OBJECT, APIC_FMT_NONE, &unions_owner_desc, NULL, NULL},
    UNION_TYPE(unions_pet_desc),
    UNION_TYPE(unions_message_desc),
    UNION_TYPE(unions_node_desc),
    UNION_TYPE(unions_limit_desc),
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) fuzz_json_round_trip(&types[i], (const char *)data, size);
    return 0;
}
