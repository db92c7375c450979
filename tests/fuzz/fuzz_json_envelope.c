/* The JSON decoder over eSauti's event envelope (EventEnvelope: identity, a free-form data
 * object, unknown members kept), then over the data of its type: an envelope whose `type` is one
 * of the 225 types of esauti_event_registry has its data decoded as that type's struct (formats,
 * enums, arrays of items), each with the decode -> encode -> decode -> encode check. */
#include <esauti/esauti.h>

#include "json_round_trip.h"

static const apic_type envelope = {APIC_OBJECT, APIC_FMT_NONE, &esauti_event_envelope_desc, NULL, NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_json_round_trip(&envelope, (const char *)data, size)) return 0;
    esauti_event_envelope env;
    memset(&env, 0, sizeof env);
    FUZZ_CHECK(apic_json_decode(&envelope, (const char *)data, size, &env, NULL) == 0, "decodes once only");
    int type = env.type != NULL ? apic_event_lookup(&esauti_event_registry, env.type) : 0;
    if (type > 0 && env.data.count > 0) {
        apic_buf text = {0};
        FUZZ_CHECK(apic_json_encode(&apic_type_json_map, &env.data, &text, 0, NULL) == 0, "data does not encode");
        fuzz_json_round_trip(esauti_event_registry.defs[type - 1].data, text.data, text.len);
        apic_buf_free(&text);
    }
    apic_value_clear(&envelope, &env);
    return 0;
}
