/* The JSON decoder over a union-heavy type from a public spec: OpenAI's CreateChatCompletionRequest
 * (tests/fuzz/openai_chat.yaml): messages as a union of five roles matched by their `role`, each
 * content a string or an array of parts (itself a union), tools, tool choice as an enum or an
 * object, stop as a string or an array, nullable members and maps. */
#include <openai_chat/openai_chat.h>

#include "json_round_trip.h"

static const apic_type request = {APIC_OBJECT, APIC_FMT_NONE, &openai_chat_create_chat_completion_request_desc, NULL,
                                  NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_json_round_trip(&request, (const char *)data, size);
    return 0;
}
