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

/* The slow path of every append: grows the key to the heap (once for most long keys). */
static bool grow(apic_cache_key *k, size_t more)
{
    if (k->failed || more > SIZE_MAX / 4) return k->failed = true, false; /* doubling must not wrap */
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

/* n as a little-endian base-128 number (short parts cost one byte of prefix) at p; its length. */
static size_t encode_length(unsigned char *p, size_t n)
{
    size_t i = 0;
    do {
        unsigned char b = (unsigned char)(n & 0x7f);
        n >>= 7;
        p[i++] = (unsigned char)(b | (n != 0 ? 0x80 : 0));
    } while (n != 0);
    return i;
}

/* One part: its length, then its bytes. A hit builds its key on every check, so the common case
 * (room enough) is one comparison and two writes; a key that failed may grow on, as it is never
 * looked up or stored. */
void apic_cache_key_add(apic_cache_key *k, const void *bytes, size_t n)
{
    if (k->cap - k->len < n + 10 && (n > SIZE_MAX - 10 || !grow(k, n + 10))) {
        k->failed = true;
        return;
    }
    k->len += encode_length(k->data + k->len, n);
    if (n > 0) memcpy(k->data + k->len, bytes, n);
    k->len += n;
}

void apic_cache_key_add_str(apic_cache_key *k, const char *s)
{
    /* NULL is written as the one length no string has: SIZE_MAX. */
    if (s == NULL) {
        if (k->cap - k->len >= 10 || grow(k, 10)) k->len += encode_length(k->data + k->len, SIZE_MAX);
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
    if (k->cap - k->len >= 10 || grow(k, 10)) k->len += encode_length(k->data + k->len, n);
    for (size_t i = 0; i < n; i++) {
        apic_cache_key_add_str(k, names[order[i] * stride]);
        apic_cache_key_add_str(k, vals[order[i] * stride]);
    }
    if (order != small) free(order);
}
