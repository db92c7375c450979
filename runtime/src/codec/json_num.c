/* Number conversions behind json_num.h.
 *
 * Doubles: the common case (at most 19 digits, small exponent) is computed exactly with one
 * IEEE operation (Clinger's fast path); the rest goes to strtod/snprintf under a "C"
 * locale_t made once, so an application's LC_NUMERIC can never turn '.' into ','.
 * Only <math.h> classification macros are used: the runtime does not link libm. */
#include "codec/json_num.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Powers of ten that are exact doubles. */
static const double pow10_exact[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};
#define TWO_POW_53 9007199254740992.0

static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;
static locale_t c_locale;

static void c_locale_init(void)
{
    c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

/* Switches this thread (only) to the C locale; returns what to restore. */
static locale_t c_locale_enter(void)
{
    pthread_once(&c_locale_once, c_locale_init);
    return c_locale != (locale_t)0 ? uselocale(c_locale) : (locale_t)0;
}

static void c_locale_leave(locale_t old)
{
    if (old != (locale_t)0) uselocale(old);
}

static int digit_at(const apic_num *n, size_t li, size_t k)
{
    return (k < li ? n->int_start[k] : n->frac_start[k - li]) - '0';
}

int apic_num_to_int64_slow(const apic_num *n, int64_t *out)
{
    /* Treat integer and fraction digits as one digit string D with value D * 10^e, drop
     * leading and trailing zeros, and the value is integral exactly when e >= 0. */
    size_t li = (size_t)(n->int_end - n->int_start), lf = (size_t)(n->frac_end - n->frac_start);
    size_t total = li + lf, first = 0;
    while (first < total && digit_at(n, li, first) == 0) first++;
    if (first == total) {
        *out = 0;
        return 0;
    }
    size_t last = total - 1;
    while (digit_at(n, li, last) == 0) last--;
    int64_t e = n->exp - (int64_t)lf + (int64_t)(total - 1 - last);
    size_t count = last - first + 1;
    if (e < 0) return APIC_NUM_FRACTION;
    if ((int64_t)count + e > 19) return APIC_NUM_RANGE; /* >= 10^19 > INT64_MAX */
    uint64_t v = 0;
    for (size_t k = first; k <= last; k++) v = v * 10 + (uint64_t)digit_at(n, li, k);
    for (; e > 0; e--) {
        if (v > UINT64_MAX / 10) return APIC_NUM_RANGE;
        v *= 10;
    }
    if (n->neg) {
        if (v > (uint64_t)INT64_MAX + 1) return APIC_NUM_RANGE;
        *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
    } else {
        if (v > (uint64_t)INT64_MAX) return APIC_NUM_RANGE;
        *out = (int64_t)v;
    }
    return 0;
}

/* Clinger's fast path: exact when the digits fit 53 bits and 10^|e| is an exact double,
 * because then one correctly rounded multiply or divide produces the result. */
static bool fast_double(const apic_num *n, double *out)
{
    size_t li = (size_t)(n->int_end - n->int_start), lf = (size_t)(n->frac_end - n->frac_start);
    if (li + lf > 19) return false;
    uint64_t m = 0;
    for (const char *p = n->int_start; p < n->int_end; p++) m = m * 10 + (uint64_t)(*p - '0');
    for (const char *p = n->frac_start; p < n->frac_end; p++) m = m * 10 + (uint64_t)(*p - '0');
    int64_t e = n->exp - (int64_t)lf;
    double d;
    if (m == 0) {
        d = 0.0;
    } else {
        if (m > (uint64_t)1 << 53 || e < -22 || e > 22) return false;
        d = e < 0 ? (double)m / pow10_exact[-e] : (double)m * pow10_exact[e];
    }
    *out = n->neg ? -d : d;
    return true;
}

/* NUL-terminated copy of the token for strtod; a stack buffer serves ordinary numbers. */
static char *token_copy(const apic_num *n, char *stack, size_t cap)
{
    size_t len = (size_t)(n->end - n->start);
    char *buf = len < cap ? stack : malloc(len + 1);
    if (buf == NULL) return NULL;
    memcpy(buf, n->start, len);
    buf[len] = '\0';
    return buf;
}

int apic_num_to_double(const apic_num *n, double *out)
{
    if (fast_double(n, out)) return 0;
    char stack[64];
    char *buf = token_copy(n, stack, sizeof stack);
    if (buf == NULL) return APIC_NUM_NOMEM;
    locale_t old = c_locale_enter();
    double d = strtod(buf, NULL);
    c_locale_leave(old);
    if (buf != stack) free(buf);
    if (isinf(d)) return APIC_NUM_RANGE; /* underflow to 0 or a subnormal is still the nearest value */
    *out = d;
    return 0;
}

int apic_num_to_float(const apic_num *n, float *out)
{
    /* strtof directly: going through a double could round twice. */
    char stack[64];
    char *buf = token_copy(n, stack, sizeof stack);
    if (buf == NULL) return APIC_NUM_NOMEM;
    locale_t old = c_locale_enter();
    float f = strtof(buf, NULL);
    c_locale_leave(old);
    if (buf != stack) free(buf);
    if (isinf(f)) return APIC_NUM_RANGE;
    *out = f;
    return 0;
}

static size_t format_u64(uint64_t u, char *buf)
{
    char tmp[20];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    for (size_t i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    return n;
}

size_t apic_num_format_int64(int64_t v, char *buf)
{
    if (v >= 0) return format_u64((uint64_t)v, buf);
    buf[0] = '-';
    return 1 + format_u64(0 - (uint64_t)v, buf + 1); /* unsigned negation: INT64_MIN is fine */
}

/* Reads text we just printed, the way the decoder will. */
static bool reads_back_as(const char *buf, size_t len, double v)
{
    apic_num n;
    double d;
    return apic_num_scan(buf, buf + len, &n) == buf + len && apic_num_to_double(&n, &d) == 0 && d == v;
}

/* Fixed notation with 15 significant digits, without snprintf. For 1e-5 <= |v| < 1e15:
 * m = round(|v| * 10^k) with at most 15 digits, accepted only when m / 10^k reads back
 * (exactly, by the fast path) as |v|. Distinct 15-digit decimals always map to distinct
 * doubles, so an accepted m is exactly the digits %.15g would print. */
static size_t format_fixed15(double v, char *buf)
{
    double a = v < 0 ? -v : v;
    if (!(a >= 1e-5 && a < 1e15)) return 0;
    /* floor(log10(a)), give or take one at the boundaries: the check below is what counts. */
    double s = a < 1 ? a * 1e5 : a;
    int e10 = 0;
    while (e10 < 15 && s >= pow10_exact[e10 + 1]) e10++;
    if (a < 1) e10 -= 5;
    int k = 14 - e10;
    if (k < 0 || k > 22) return 0;
    double x = a * pow10_exact[k];
    if (x >= 999999999999999.5) {
        if (--k < 0) return 0;
        x = a * pow10_exact[k];
    }
    uint64_t m = (uint64_t)(x + 0.5);
    if (m == 0 || m > 999999999999999u || (double)m / pow10_exact[k] != a) return 0;
    while (k > 0 && m % 10 == 0) {
        m /= 10;
        k--;
    }
    char digits[20];
    size_t nd = format_u64(m, digits), len = 0;
    if (signbit(v)) buf[len++] = '-';
    if ((size_t)k >= nd) { /* 0.000ddd */
        buf[len++] = '0';
        buf[len++] = '.';
        for (size_t i = nd; i < (size_t)k; i++) buf[len++] = '0';
        memcpy(buf + len, digits, nd);
        len += nd;
    } else {
        size_t ni = nd - (size_t)k;
        memcpy(buf + len, digits, ni);
        len += ni;
        if (k > 0) {
            buf[len++] = '.';
            memcpy(buf + len, digits + ni, (size_t)k);
            len += (size_t)k;
        }
    }
    return len;
}

size_t apic_num_format_double(double v, char *buf)
{
    if (!isfinite(v)) return 0;
    if (v == 0) {
        if (signbit(v)) {
            memcpy(buf, "-0", 2);
            return 2;
        }
        buf[0] = '0';
        return 1;
    }
    /* Integral values below 2^53 are exact as integers: the most common case, no libc. */
    if (v > -TWO_POW_53 && v < TWO_POW_53 && v == (double)(int64_t)v) return apic_num_format_int64((int64_t)v, buf);
    size_t len = format_fixed15(v, buf);
    if (len != 0) return len;
    locale_t old = c_locale_enter();
    for (int prec = 15; prec <= 17; prec++) {
        int n = snprintf(buf, 32, "%.*g", prec, v);
        if (n <= 0 || n >= 32) continue;
        len = (size_t)n;
        if (prec == 17 || reads_back_as(buf, len, v)) break; /* 17 digits always round-trip */
    }
    c_locale_leave(old);
    return len;
}

size_t apic_num_format_float(float v, char *buf)
{
    if (!isfinite(v)) return 0;
    if (v == 0) return apic_num_format_double(v, buf);
    if (v > -16777216.0f && v < 16777216.0f && v == (float)(int32_t)v) return apic_num_format_int64((int64_t)v, buf);
    size_t len = 0;
    locale_t old = c_locale_enter();
    for (int prec = 6; prec <= 9; prec++) {
        int n = snprintf(buf, 32, "%.*g", prec, (double)v);
        if (n <= 0 || n >= 32) continue;
        len = (size_t)n;
        char tmp[32];
        memcpy(tmp, buf, len);
        tmp[len] = '\0';
        if (prec == 9 || strtof(tmp, NULL) == v) break; /* 9 digits always round-trip */
    }
    c_locale_leave(old);
    return len;
}
