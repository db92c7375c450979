/* Event ids, idempotency keys and record times (apic/ids.h). */
#include <time.h>

#include "apic/error.h"
#include "apic/ids.h"
#include "base/random.h"

int apic_uuid_v4(char out[37])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char b[16];
    if (!apic_random_bytes(b, sizeof b)) {
        out[0] = '\0';
        return APIC_E_NOMEM;
    }
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4 */
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    char *w = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) *w++ = '-';
        *w++ = hex[b[i] >> 4];
        *w++ = hex[b[i] & 15];
    }
    *w = '\0';
    return 0;
}

/* value in width digits at w (value already reduced to fit): every call that may dead-letter
 * stamps its first attempt, and a format per call costs more than the rest of the stamp. */
static char *digits(char *w, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; i--, value /= 10) w[i] = (char)('0' + value % 10);
    return w + width;
}

void apic_now_rfc3339(char out[25])
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    char *w = digits(out, (unsigned)(tm.tm_year + 1900) % 10000u, 4);
    *w++ = '-';
    w = digits(w, (unsigned)(tm.tm_mon + 1), 2);
    *w++ = '-';
    w = digits(w, (unsigned)tm.tm_mday, 2);
    *w++ = 'T';
    w = digits(w, (unsigned)tm.tm_hour, 2);
    *w++ = ':';
    w = digits(w, (unsigned)tm.tm_min, 2);
    *w++ = ':';
    w = digits(w, (unsigned)tm.tm_sec, 2);
    *w++ = '.';
    w = digits(w, (unsigned)(ts.tv_nsec / 1000000), 3);
    *w++ = 'Z';
    *w = '\0';
}
