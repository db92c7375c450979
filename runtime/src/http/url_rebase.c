/* apic_url_rebase() (url_rebase.h). */
#include <string.h>

#include "http/url_rebase.h"

/* Length of "scheme://authority" at the start of url (all of it when there is no path). */
static size_t origin_len(const char *url)
{
    const char *host = strstr(url, "://");
    host = host != NULL ? host + 3 : url;
    return (size_t)(host - url) + strcspn(host, "/?#");
}

/* new_base without the slash it may end with, so that the rest's own slash is the only one. */
static size_t trimmed(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] == '/') n--;
    return n;
}

int apic_url_rebase(const char *url, const char *old_base, const char *new_base, apic_buf *out)
{
    const char *rest;
    size_t keep;
    size_t old_len = old_base != NULL ? trimmed(old_base, strlen(old_base)) : 0;
    if (old_len > 0 && strncmp(url, old_base, old_len) == 0 && strchr("/?#", url[old_len]) != NULL) {
        rest = url + old_len;
        keep = trimmed(new_base, strlen(new_base));
    } else {
        rest = url + origin_len(url);
        keep = origin_len(new_base);
    }
    int rc = apic_buf_append(out, new_base, keep);
    return rc == 0 ? apic_buf_puts(out, rest) : rc;
}
