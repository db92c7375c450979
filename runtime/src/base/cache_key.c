/* Cache keys (apic/cache.h): parts appended length-first, so the bytes of a key name its parts
 * unambiguously; maps sorted, so the order a caller lists them in does not matter. Built on the
 * caller's stack: a cached lookup should cost no allocation. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "apic/cache.h"

void apic_cache_key_init(apic_cache_key *k, char kind)
{
    k->data = k->inline_data;
    k->cap = sizeof k->inline_data;
    k->failed = false;
    k->inline_data[0] = (unsigned char)kind;
    k->len = 1;
}

void apic_cache_key_release(apic_cache_key *k)
{
    if (k->data != k->inline_data) free(k->data);
    k->data = k->inline_data;
    k->cap = sizeof k->inline_data;
    k->len = 0;
}

static bool room(apic_cache_key *k, size_t more)
{
    if (k->failed) return false;
    if (more <= k->cap - k->len) return true;
    size_t cap = k->cap * 2;
    while (cap - k->len < more) cap *= 2;
    unsigned char *p = malloc(cap);
    if (p == NULL) return k->failed = true, false;
    memcpy(p, k->data, k->len);
    if (k->data != k->inline_data) free(k->data);
    k->data = p;
    k->cap = cap;
    return true;
}

/* n as a little-endian base-128 number: short parts cost one byte of prefix. */
static void put_length(apic_cache_key *k, size_t n)
{
    if (!room(k, 10)) return;
    do {
        unsigned char b = (unsigned char)(n & 0x7f);
        n >>= 7;
        k->data[k->len++] = (unsigned char)(b | (n != 0 ? 0x80 : 0));
    } while (n != 0);
}

void apic_cache_key_add(apic_cache_key *k, const void *bytes, size_t n)
{
    put_length(k, n);
    if (n == 0 || !room(k, n)) return;
    memcpy(k->data + k->len, bytes, n);
    k->len += n;
}

void apic_cache_key_add_str(apic_cache_key *k, const char *s)
{
    /* NULL is written as the one length no string has: SIZE_MAX. */
    if (s == NULL) {
        put_length(k, SIZE_MAX);
        return;
    }
    apic_cache_key_add(k, s, strlen(s));
}

static int compare(const char *a, const char *b)
{
    return strcmp(a != NULL ? a : "", b != NULL ? b : "");
}

void apic_cache_key_add_pairs(apic_cache_key *k, const char *const *names, const char *const *values, size_t n,
                              size_t stride)
{
    if (names == NULL) n = 0;
    const char *const *vals = values != NULL ? values : names + 1;
    size_t small[32], *order = small;
    if (n > sizeof small / sizeof *small) {
        order = malloc(n * sizeof *order);
        if (order == NULL) {
            k->failed = true;
            return;
        }
    }
    /* Insertion sort: maps of keys hold a handful of pairs, and this one allocates nothing. */
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        while (j > 0) {
            const size_t a = order[j - 1] * stride, b = i * stride;
            int c = compare(names[a], names[b]);
            if (c == 0) c = compare(vals[a], vals[b]);
            if (c <= 0) break;
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    put_length(k, n);
    for (size_t i = 0; i < n; i++) {
        apic_cache_key_add_str(k, names[order[i] * stride]);
        apic_cache_key_add_str(k, vals[order[i] * stride]);
    }
    if (order != small) free(order);
}
