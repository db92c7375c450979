/* What SuprSend takes in one request (request_limits.h). */
#include <string.h>

#include "suprsend/suprsend.h"

/* Characters of UTF-8 text: every byte that does not continue a sequence starts one. */
static size_t characters(const char *s)
{
    size_t n = 0;
    for (; *s != '\0'; s++) n += ((unsigned char)*s & 0xC0u) != 0x80u;
    return n;
}

int suprsend_check_text(const char *fn, const char *field, const char *value, size_t max, suprsend_error *err)
{
    if (value == NULL) return 0;
    if (*value == '\0') return apic_error_set(err, APIC_E_VALIDATION, "%s: %s: empty (leave it NULL to send none)", fn, field);
    size_t n = characters(value);
    if (n > max) return apic_error_set(err, APIC_E_VALIDATION, "%s: %s: %zu characters, at most %zu", fn, field, n, max);
    return 0;
}

int suprsend_check_json(const char *fn, const char *field, const char *json, char open, suprsend_error *err)
{
    if (json == NULL) return 0;
    const char *p = json + strspn(json, " \t\r\n");
    bool ok = *p == open && apic_json_validate(json, strlen(json), NULL) == 0;
    if (open == '{' && !ok) return apic_error_set(err, APIC_E_VALIDATION, "%s: %s: not a JSON object", fn, field);
    if (!ok || p[1 + strspn(p + 1, " \t\r\n")] == ']') {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: %s: not a JSON array of at least one item", fn, field);
    }
    return 0;
}

int suprsend_check_body_size(const char *fn, size_t bytes, size_t in_flight, suprsend_error *err)
{
    if (bytes <= SUPRSEND_BODY_MAX_BYTES && in_flight <= SUPRSEND_BODY_MAX_BYTES - bytes) return 0;
    if (in_flight == 0) {
        return apic_error_set(err, APIC_E_VALIDATION, "%s: the body is %zu bytes: more than %u (800 KB)", fn, bytes,
                              SUPRSEND_BODY_MAX_BYTES);
    }
    return apic_error_set(err, APIC_E_VALIDATION, "%s: the body is %zu bytes (and %zu SuprSend adds): more than %u (800 KB)",
                          fn, bytes, in_flight, SUPRSEND_BODY_MAX_BYTES);
}
