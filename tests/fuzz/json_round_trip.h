/* The JSON targets' property: text that decodes as a type encodes to JSON that decodes again,
 * and that second value encodes to the same bytes (the codec's output is a fixed point: nothing
 * is lost, reordered or invented on the way back). A failed decode leaves the slot zeroed. Every
 * value is cleared, so ASan's leak check sees anything the codec forgets to free. */
#ifndef TESTS_FUZZ_JSON_ROUND_TRIP_H
#define TESTS_FUZZ_JSON_ROUND_TRIP_H

#include <string.h>

#include <apic/apic.h>

#include "fuzz_check.h"

static inline bool fuzz_all_zero(const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i] != 0) return false;
    return true;
}

/* Runs the round trip of text (len bytes) as t. Returns whether the text decoded. */
static inline bool fuzz_json_round_trip(const apic_type *t, const char *text, size_t len)
{
    size_t size = apic_type_size(t);
    void *first = calloc(1, size), *second = calloc(1, size);
    FUZZ_CHECK(first != NULL && second != NULL, "out of memory");
    apic_buf a = {0}, b = {0};
    apic_error err = {0};
    int rc = apic_json_decode(t, text, len, first, &err);
    if (rc == 0) {
        int enc = apic_json_encode(t, first, &a, 0, &err);
        FUZZ_CHECK(enc == 0, "a decoded value does not encode: %s", err.message);
        FUZZ_CHECK(apic_json_validate(a.data, a.len, &err) == 0, "the encoding is not JSON: %s\n%s", err.message, a.data);
        FUZZ_CHECK(apic_json_decode(t, a.data, a.len, second, &err) == 0, "the encoding does not decode: %s\n%s",
                   err.message, a.data);
        FUZZ_CHECK(apic_json_encode(t, second, &b, 0, &err) == 0, "the second value does not encode: %s", err.message);
        FUZZ_CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0, "unstable encoding:\n  %s\n  %s", a.data,
                   b.data);
    } else {
        FUZZ_CHECK(rc == APIC_E_DECODE, "decode returned %d: %s", rc, err.message);
        FUZZ_CHECK(fuzz_all_zero(first, size), "a failed decode left the slot set (%s)", err.message);
    }
    apic_value_clear(t, first);
    apic_value_clear(t, second);
    FUZZ_CHECK(fuzz_all_zero(first, size) && fuzz_all_zero(second, size), "apic_value_clear left the slot set");
    free(first);
    free(second);
    apic_buf_free(&a);
    apic_buf_free(&b);
    apic_error_clear(&err);
    return rc == 0;
}

#endif
