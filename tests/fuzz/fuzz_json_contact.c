/* The JSON decoder over eSauti's Contact (generated/esauti): 64-bit ids, formats (email, phone,
 * date-time), nullable members, nested objects, string maps and unknown members kept. */
#include <esauti/esauti.h>

#include "json_round_trip.h"

static const apic_type contact = {APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_desc, NULL, NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_json_round_trip(&contact, (const char *)data, size);
    return 0;
}
