/* Small checks on text that several parts of the runtime make. */
#ifndef APIC_BASE_TEXT_H
#define APIC_BASE_TEXT_H

#include <stdbool.h>
#include <string.h>

/* Whether s starts with prefix, ASCII case ignored (prefix given in lower case). */
static inline bool apic_has_prefix_nocase(const char *s, const char *prefix)
{
    for (; *prefix != '\0'; s++, prefix++) {
        char c = (*s >= 'A' && *s <= 'Z') ? (char)(*s + ('a' - 'A')) : *s;
        if (c != *prefix) return false;
    }
    return true;
}

/* Whether s (NULL: no) holds a control character, which in a header line could end the line;
 * a tab passes when allow_tab. */
static inline bool apic_has_control(const char *s, bool allow_tab)
{
    for (; s != NULL && *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c < 0x20 && !(allow_tab && c == '\t')) || c == 0x7f) return true;
    }
    return false;
}

/* Whether s is an HTTP field name: one or more tchar (RFC 9110 5.6.2), so no space, colon,
 * control character or line break can change what the header line says. */
static inline bool apic_is_header_name(const char *s)
{
    if (s == NULL || *s == '\0') return false;
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  strchr("!#$%&'*+-.^_`|~", c) != NULL;
        if (!ok) return false;
    }
    return true;
}

/* Whether the authority of an absolute URL ("scheme://authority/path") holds user information
 * ("user:password@host"): credentials in a URL end up in logs, dead letters and error messages. */
static inline bool apic_url_has_userinfo(const char *url)
{
    const char *a = url != NULL ? strstr(url, "://") : NULL;
    if (a == NULL) return false;
    a += 3;
    return memchr(a, '@', strcspn(a, "/?#")) != NULL;
}

#endif
