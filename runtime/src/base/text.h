/* Small checks on text that several parts of the runtime make. */
#ifndef APIC_BASE_TEXT_H
#define APIC_BASE_TEXT_H

#include <stdbool.h>

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

#endif
