/* Flag defaults (flag_table.h). Sorted by key, so a lookup is a binary search. */
#include <stdlib.h>
#include <string.h>

#include "delivery/flag_table.h"

int apic_flag_table_init(apic_flag_table *t)
{
    memset(t, 0, sizeof *t);
    return pthread_mutex_init(&t->lock, NULL) == 0 ? 0 : APIC_E_NOMEM;
}

void apic_flag_table_free(apic_flag_table *t)
{
    for (size_t i = 0; i < t->count; i++) free((char *)t->entries[i].key);
    free(t->entries);
    pthread_mutex_destroy(&t->lock);
}

/* Where key is, or would go: the first entry not less than it. */
static size_t position(const apic_flag_table *t, const char *key, bool *found)
{
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(t->entries[mid].key, key) < 0) lo = mid + 1; else hi = mid;
    }
    *found = lo < t->count && strcmp(t->entries[lo].key, key) == 0;
    return lo;
}

int apic_flag_table_set(apic_flag_table *t, const apic_flag_default *d, size_t n, const char *what, apic_error *err)
{
    if (n > 0 && d == NULL) return apic_error_set(err, APIC_E_ARG, "%s: is NULL but holds %zu entries", what, n);
    for (size_t i = 0; i < n; i++) {
        if (d[i].key == NULL || d[i].key[0] == '\0') {
            return apic_error_set(err, APIC_E_ARG, "%s[%zu].key: a flag key is required", what, i);
        }
    }
    /* Copies and room first, so that a failure changes nothing. */
    char **keys = calloc(n > 0 ? n : 1, sizeof *keys);
    if (keys == NULL) return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", what);
    for (size_t i = 0; i < n; i++) {
        if ((keys[i] = strdup(d[i].key)) == NULL) {
            while (i-- > 0) free(keys[i]);
            free(keys);
            return apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", what);
        }
    }
    pthread_mutex_lock(&t->lock);
    int rc = 0;
    if (t->count + n > t->cap) {
        size_t cap = t->cap > 0 ? t->cap : 8;
        while (cap < t->count + n) cap *= 2;
        apic_flag_default *grown = realloc(t->entries, cap * sizeof *grown);
        if (grown == NULL) {
            rc = APIC_E_NOMEM;
        } else {
            t->entries = grown;
            t->cap = cap;
        }
    }
    for (size_t i = 0; rc == 0 && i < n; i++) {
        bool found;
        size_t at = position(t, keys[i], &found);
        if (found) {
            t->entries[at].value = d[i].value;
            free(keys[i]);
        } else {
            memmove(&t->entries[at + 1], &t->entries[at], (t->count - at) * sizeof *t->entries);
            t->entries[at] = (apic_flag_default){keys[i], d[i].value};
            t->count++;
        }
        keys[i] = NULL;
    }
    pthread_mutex_unlock(&t->lock);
    for (size_t i = 0; i < n; i++) free(keys[i]);
    free(keys);
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_NOMEM, "%s: out of memory", what);
}

bool apic_flag_table_get(apic_flag_table *t, const char *key)
{
    if (key == NULL) return false;
    pthread_mutex_lock(&t->lock);
    bool found;
    size_t at = position(t, key, &found);
    bool value = found && t->entries[at].value;
    pthread_mutex_unlock(&t->lock);
    return value;
}
