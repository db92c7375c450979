/* Received responses: header list kept in arrival order, so duplicates (Set-Cookie) survive
 * and the first value wins on lookup. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "apic/transport.h"

/* ASCII-only case folding: header names are tokens, and tolower() would follow the locale. */
static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static bool same_name(const char *a, const char *b)
{
    for (; *a != '\0' && *b != '\0'; a++, b++) {
        if (lower((unsigned char)*a) != lower((unsigned char)*b)) return false;
    }
    return *a == *b;
}

const char *apic_http_response_header(const apic_http_response *res, const char *name)
{
    if (res == NULL || name == NULL) return NULL;
    for (size_t i = 0; i < res->n_headers; i++) {
        if (same_name(res->header_names[i], name)) return res->header_values[i];
    }
    return NULL;
}

static char *copy(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p != NULL) {
        if (n > 0) memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

int apic_http_response_add_header(apic_http_response *res, const char *name, size_t name_len, const char *value,
                                  size_t value_len)
{
    /* Both arrays grow together; a failure leaves the response as it was. */
    size_t n = res->n_headers;
    char **names = realloc(res->header_names, (n + 1) * sizeof *names);
    if (names == NULL) return APIC_E_NOMEM;
    res->header_names = names;
    char **values = realloc(res->header_values, (n + 1) * sizeof *values);
    if (values == NULL) return APIC_E_NOMEM;
    res->header_values = values;
    char *nm = copy(name, name_len);
    char *val = copy(value, value_len);
    if (nm == NULL || val == NULL) {
        free(nm);
        free(val);
        return APIC_E_NOMEM;
    }
    names[n] = nm;
    values[n] = val;
    res->n_headers = n + 1;
    return 0;
}

void apic_http_response_clear(apic_http_response *res)
{
    if (res == NULL) return;
    for (size_t i = 0; i < res->n_headers; i++) {
        free(res->header_names[i]);
        free(res->header_values[i]);
    }
    free(res->header_names);
    free(res->header_values);
    apic_buf_free(&res->body);
    memset(res, 0, sizeof *res);
}
