/* Event ids, idempotency keys and record times (apic/ids.h). */
#include <stdio.h>
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

void apic_now_rfc3339(char out[25])
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    /* Unsigned and reduced, so the compiler can see every field fits its width. */
    snprintf(out, 25, "%04u-%02u-%02uT%02u:%02u:%02u.%03uZ", (unsigned)(tm.tm_year + 1900) % 10000u,
             (unsigned)(tm.tm_mon + 1) % 100u, (unsigned)tm.tm_mday % 100u, (unsigned)tm.tm_hour % 100u,
             (unsigned)tm.tm_min % 100u, (unsigned)tm.tm_sec % 100u, (unsigned)(ts.tv_nsec / 1000000) % 1000u);
}
