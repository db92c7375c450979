/* The retry policy: which failures are tried again, and how long to wait before. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/retry.h"
#include "base/random.h"
#include "http/retry_internal.h"

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

static bool two_digits(const char *s, unsigned *v)
{
    if (!is_digit(s[0]) || !is_digit(s[1])) return false;
    *v = (unsigned)((s[0] - '0') * 10 + (s[1] - '0'));
    return true;
}

/* IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT". */
static bool imf_fixdate(const char *s, long long *epoch)
{
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    unsigned day, hour, min, sec;
    if (strlen(s) != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' ||
        s[19] != ':' || s[22] != ':' || strcmp(s + 25, " GMT") != 0)
        return false;
    if (!two_digits(s + 5, &day) || !two_digits(s + 17, &hour) || !two_digits(s + 20, &min) || !two_digits(s + 23, &sec))
        return false;
    const char *m = NULL;
    for (int i = 0; i < 12 && m == NULL; i++) {
        if (memcmp(months + 3 * i, s + 8, 3) == 0) m = months + 3 * i;
    }
    if (m == NULL || !is_digit(s[12]) || !is_digit(s[13]) || !is_digit(s[14]) || !is_digit(s[15])) return false;
    long long year = (s[12] - '0') * 1000 + (s[13] - '0') * 100 + (s[14] - '0') * 10 + (s[15] - '0');
    if (day < 1 || day > 31 || hour > 23 || min > 59 || sec > 60) return false;
    unsigned month = (unsigned)((m - months) / 3 + 1);
    *epoch = days_from_civil(year, month, day) * 86400 + hour * 3600 + min * 60 + sec;
    return true;
}

bool apic_parse_retry_after(const char *value, long long now, long long *wait_ms)
{
    if (value == NULL) return false;
    while (*value == ' ' || *value == '\t') value++;
    if (is_digit(*value)) {
        long long secs = 0;
        const char *p = value;
        for (; is_digit(*p); p++) {
            if (secs > 100000000LL) return false; /* years: not a wait anyone means */
            secs = secs * 10 + (*p - '0');
        }
        while (*p == ' ' || *p == '\t') p++;
        if (*p != '\0') return false;
        *wait_ms = secs * 1000;
        return true;
    }
    long long at;
    if (!imf_fixdate(value, &at)) return false;
    *wait_ms = at > now ? (at - now) * 1000 : 0;
    return true;
}

/* --- the policy as the call loop uses it ------------------------------------------------------- */

apic_retry_policy apic_retry_effective(const apic_retry_policy *p)
{
    apic_retry_policy e = p != NULL ? *p : (apic_retry_policy){0, 0, 0, 0, 0};
    if (e.max_retries == 0) e.max_retries = APIC_DEFAULT_MAX_RETRIES;
    if (e.max_retries < 0) e.max_retries = 0;
    if (e.initial_delay_ms <= 0) e.initial_delay_ms = APIC_DEFAULT_INITIAL_DELAY_MS;
    if (e.max_delay_ms <= 0) e.max_delay_ms = APIC_DEFAULT_MAX_DELAY_MS;
    if (e.max_retry_after_ms <= 0) e.max_retry_after_ms = APIC_DEFAULT_MAX_RETRY_AFTER_MS;
    if (e.deadline_ms < 0) e.deadline_ms = 0;
    return e;
}

int apic_check_duration_ms(long ms, const char *key, apic_status kind, apic_error *err)
{
    if (ms < 0) return apic_error_set(err, kind, "%s: must not be negative", key);
    if (ms > APIC_MAX_DURATION_MS) {
        return apic_error_set(err, kind, "%s: %ld ms is more than 24 hours (APIC_MAX_DURATION_MS): a mistake for "
                              "seconds or another unit?", key, ms);
    }
    return 0;
}

int apic_retry_policy_check(const apic_retry_policy *p, const char *key, apic_status kind, apic_error *err)
{
    if (p->max_retries < APIC_NO_RETRY || p->max_retries > 100) {
        return apic_error_set(err, kind, "%s.max_retries: must be APIC_NO_RETRY (-1), 0 (the default) or up to 100, "
                              "not %d", key, p->max_retries);
    }
    const struct {
        const char *name;
        long ms;
    } d[] = {{"initial_delay_ms", p->initial_delay_ms}, {"max_delay_ms", p->max_delay_ms},
             {"max_retry_after_ms", p->max_retry_after_ms}, {"deadline_ms", p->deadline_ms}};
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
        char member[64];
        snprintf(member, sizeof member, "%s.%s", key, d[i].name);
        int rc = apic_check_duration_ms(d[i].ms, member, kind, err);
        if (rc != 0) return rc;
    }
    return 0;
}

bool apic_retry_method_safe(const char *method, bool has_idempotency_key)
{
    static const char *const safe[] = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    for (size_t i = 0; i < sizeof safe / sizeof safe[0]; i++) {
        if (strcmp(method, safe[i]) == 0) return true;
    }
    return has_idempotency_key;
}

bool apic_retry_status(int status)
{
    return status == 408 || status == 409 || status == 429 || (status >= 500 && status <= 599);
}

long apic_backoff_ms(const apic_retry_policy *p, int retry)
{
    long step = p->initial_delay_ms;
    for (int i = 0; i < retry && step < p->max_delay_ms; i++) step *= 2;
    if (step > p->max_delay_ms) step = p->max_delay_ms;
    unsigned short r = 0;
    if (!apic_random_bytes(&r, sizeof r)) r = 0xffff; /* no randomness: the full step, still bounded */
    /* A point in [75%, 100%] of the step: spread, yet never shorter than the policy promises. */
    return step - (long)((double)step * 0.25 * (double)r / 65536.0);
}
