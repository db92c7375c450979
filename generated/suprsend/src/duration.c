/* SuprSend's durations (duration.h). */
#include <string.h>

#include "suprsend/suprsend.h"

/* More digits than this cannot be within the bounds in any unit; fewer cannot overflow. */
#define MAX_DIGITS 9

int suprsend_duration_parse(const char *text, long long *seconds, suprsend_error *err)
{
    static const char units[] = "dhms";
    static const long long unit_seconds[] = {86400, 3600, 60, 1};
    if (text == NULL) return apic_error_set(err, APIC_E_ARG, "a duration is required");
    if (*text == '\0') return apic_error_set(err, APIC_E_VALIDATION, "'': empty (write e.g. 15m or 2d3h12m23s)");
    long long total = 0;
    size_t next_unit = 0; /* units before this one are used up */
    for (const char *p = text; *p != '\0';) {
        const char *digits = p;
        long long n = 0;
        while (*p >= '0' && *p <= '9' && p - digits < MAX_DIGITS) n = n * 10 + (*p++ - '0');
        if (*p >= '0' && *p <= '9') {
            return apic_error_set(err, APIC_E_VALIDATION, "'%.64s': the number at offset %td is too long", text, digits - text);
        }
        if (p == digits) {
            return apic_error_set(err, APIC_E_VALIDATION, "'%.64s': a number is expected at offset %td, not '%c'", text,
                                  p - text, *p);
        }
        const char *u = *p != '\0' ? strchr(units, *p) : NULL;
        if (u == NULL && *p == '\0') {
            return apic_error_set(err, APIC_E_VALIDATION, "'%.64s': no unit after %lld (d, h, m or s)", text, n);
        }
        if (u == NULL) {
            return apic_error_set(err, APIC_E_VALIDATION, "'%.64s': '%c' after %lld is not a unit (d, h, m or s)", text, *p, n);
        }
        size_t unit = (size_t)(u - units);
        if (unit < next_unit) {
            return apic_error_set(err, APIC_E_VALIDATION, "'%.64s': %c after %c (the order is d, h, m, s, each once)", text,
                                  *p, units[next_unit - 1]);
        }
        next_unit = unit + 1;
        total += n * unit_seconds[unit];
        p++;
    }
    if (total < 1 || total > SUPRSEND_DURATION_MAX_SECONDS) {
        return apic_error_set(err, APIC_E_VALIDATION, "'%.64s': %lld seconds, not within 1 and %lld (a year)", text, total,
                              SUPRSEND_DURATION_MAX_SECONDS);
    }
    if (seconds != NULL) *seconds = total;
    return 0;
}
