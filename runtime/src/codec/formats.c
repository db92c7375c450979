/* String formats checked before sending. Each check is strict about shape and ranges and
 * deliberately simple about the rest (an email's local part is not parsed per RFC 5322). */
#include <stdlib.h>
#include <string.h>

#include "apic/validate.h"

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_hex(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Reads exactly n digits at *s as a number; false when they are not all digits. */
static bool digits(const char **s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit((*s)[i])) return false;
        v = v * 10 + ((*s)[i] - '0');
    }
    *s += n;
    *out = v;
    return true;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/* RFC 3339 full-date at *s; advances past it. */
static bool full_date(const char **s)
{
    int y, m, d;
    if (!digits(s, 4, &y) || *(*s)++ != '-' || !digits(s, 2, &m) || *(*s)++ != '-' || !digits(s, 2, &d)) return false;
    return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static bool date_time(const char *s)
{
    int h, mi, sec, oh, om;
    if (!full_date(&s) || (*s != 'T' && *s != 't')) return false;
    s++;
    if (!digits(&s, 2, &h) || *s++ != ':' || !digits(&s, 2, &mi) || *s++ != ':' || !digits(&s, 2, &sec)) return false;
    if (h > 23 || mi > 59 || sec > 60) return false; /* 60: a leap second */
    if (*s == '.') {
        s++;
        if (!is_digit(*s)) return false;
        while (is_digit(*s)) s++;
    }
    if (*s == 'Z' || *s == 'z') return s[1] == '\0';
    if (*s != '+' && *s != '-') return false;
    s++;
    if (!digits(&s, 2, &oh) || *s++ != ':' || !digits(&s, 2, &om)) return false;
    return oh <= 23 && om <= 59 && *s == '\0';
}

static bool date_only(const char *s)
{
    return full_date(&s) && *s == '\0';
}

static bool uuid(const char *s)
{
    static const int groups[5] = {8, 4, 4, 4, 12};
    for (int g = 0; g < 5; g++) {
        for (int i = 0; i < groups[g]; i++, s++) {
            if (!is_hex(*s)) return false;
        }
        if (g < 4 && *s++ != '-') return false;
    }
    return *s == '\0';
}

/* scheme ":" then no spaces or control characters (RFC 3986 section 3.1 for the scheme). */
static bool uri(const char *s)
{
    if (!is_alpha(*s)) return false;
    while (is_alpha(*s) || is_digit(*s) || *s == '+' || *s == '-' || *s == '.') s++;
    if (*s++ != ':' || *s == '\0') return false;
    for (; *s != '\0'; s++) {
        if ((unsigned char)*s <= ' ' || *s == 0x7f) return false;
    }
    return true;
}

/* local@domain: a local part without spaces, controls or '@' (at most 64 bytes), and a domain
 * of dot-separated labels (letters, digits, hyphens inside, or UTF-8 bytes for IDNs), at least
 * two of them, at most 253 bytes. */
static bool email(const char *s)
{
    const char *at = strchr(s, '@');
    if (at == NULL || at == s || at - s > 64 || strchr(at + 1, '@') != NULL) return false;
    for (const char *p = s; p < at; p++) {
        if ((unsigned char)*p <= ' ' || *p == 0x7f || *p == '(' || *p == ')' || *p == ',' || *p == ';' ||
            *p == ':' || *p == '<' || *p == '>' || *p == '[' || *p == ']' || *p == '\\' || *p == '"')
            return false;
    }
    const char *d = at + 1;
    size_t dlen = strlen(d);
    if (dlen == 0 || dlen > 253) return false;
    int labels = 0;
    while (*d != '\0') {
        const char *start = d;
        while (is_alpha(*d) || is_digit(*d) || *d == '-' || (unsigned char)*d >= 0x80) d++;
        size_t n = (size_t)(d - start);
        if (n == 0 || n > 63 || start[0] == '-' || d[-1] == '-') return false;
        labels++;
        if (*d == '.') {
            d++;
            if (*d == '\0') return false;
        } else if (*d != '\0') {
            return false;
        }
    }
    return labels >= 2;
}

/* Active ISO 4217 codes (including funds and precious-metal codes), sorted for bsearch. */
static const char CURRENCIES[][4] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
    "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
    "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR",
    "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
    "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
    "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
    "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF",
    "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA",
    "XXX", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
};

static int cmp_code(const void *a, const void *b)
{
    return memcmp(a, b, 3);
}

static bool currency(const char *s)
{
    if (strlen(s) != 3) return false;
    return bsearch(s, CURRENCIES, sizeof CURRENCIES / sizeof CURRENCIES[0], sizeof CURRENCIES[0], cmp_code) != NULL;
}

static bool phone(const char *s)
{
    if (*s++ != '+' || *s < '1' || *s > '9') return false;
    size_t n = 0;
    for (; is_digit(*s); s++) n++;
    return *s == '\0' && n >= 7 && n <= 15;
}

static bool country(const char *s)
{
    return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == '\0';
}

bool apic_format_check(apic_format f, const char *s)
{
    switch (f) {
    case APIC_FMT_NONE:
        return true;
    case APIC_FMT_DATE_TIME:
        return date_time(s);
    case APIC_FMT_DATE:
        return date_only(s);
    case APIC_FMT_EMAIL:
        return email(s);
    case APIC_FMT_UUID:
        return uuid(s);
    case APIC_FMT_URI:
        return uri(s);
    case APIC_FMT_CURRENCY:
        return currency(s);
    case APIC_FMT_PHONE:
        return phone(s);
    case APIC_FMT_COUNTRY:
        return country(s);
    }
    return true;
}

const char *apic_format_name(apic_format f)
{
    static const char *const names[] = {"", "date-time", "date", "email", "uuid", "uri", "currency", "phone", "country"};
    return (size_t)f < sizeof names / sizeof names[0] ? names[f] : "";
}
