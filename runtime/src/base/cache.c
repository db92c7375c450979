/* The LRU + time cache (apic/cache.h). One lock over one table: the eviction order is exact (the
 * least recently used entry of the whole cache goes), which per-shard locks would give up, and an
 * uncontended lock costs a few nanoseconds. Entries sit in a slab of max_entries slots made
 * once, chained per hash bucket and linked in use order; slot indexes, not pointers, so the
 * links are half the size. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apic/cache.h"
#include "base/random.h"

#define NONE UINT32_MAX

typedef struct slot {
    uint64_t hash;
    long long expires_ms;
    unsigned char *bytes; /* the key, then the value; NULL when the slot is free */
    size_t key_len, value_len;
    uint32_t chain;       /* next slot of the same bucket */
    uint32_t newer, older; /* use order: the head is the most recently used */
} slot;

struct apic_cache {
    pthread_mutex_t lock;
    slot *slots;
    uint32_t *buckets;
    size_t mask;          /* buckets - 1 */
    size_t max_entries;
    long ttl_ms;
    uint64_t seed;
    uint32_t newest, oldest, free_list;
    apic_cache_stats stats;
};

static long long now_ms(void)
{
    struct timespec ts;
#ifdef CLOCK_MONOTONIC_COARSE
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
#else
    clock_gettime(CLOCK_MONOTONIC, &ts);
#endif
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static uint64_t load8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* Sixteen bytes at a time in two independent lanes (a key is hashed on every lookup, and two
 * chains of multiplies overlap in the processor), the last bytes read as one overlapping word;
 * seeded per cache so that nobody outside can choose keys that all fall in one bucket. */
static uint64_t hash_bytes(uint64_t seed, const unsigned char *p, size_t n)
{
    const uint64_t m = 0x9e3779b97f4a7c15ULL;
    uint64_t a = seed ^ (n * m), b = ~seed;
    if (n >= 8) {
        const unsigned char *end = p + n;
        for (; end - p > 16; p += 16) {
            a = (a ^ load8(p)) * m;
            b = (b ^ load8(p + 8)) * m;
            a ^= a >> 29;
            b ^= b >> 31;
        }
        if (end - p > 8) a = (a ^ load8(p)) * m;
        b ^= load8(end - 8);
    } else {
        for (size_t i = 0; i < n; i++) b ^= (uint64_t)p[i] << (8 * i);
    }
    uint64_t h = (a ^ (b * m)) * m;
    return h ^ (h >> 32);
}

int apic_cache_new(size_t max_entries, long ttl_ms, apic_cache **out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_cache_new: out must not be NULL");
    *out = NULL;
    if (max_entries == 0 || ttl_ms <= 0 || max_entries >= NONE / 2) {
        return apic_error_set(err, APIC_E_ARG, "apic_cache_new: max_entries (%zu) and ttl_ms (%ld) must be positive "
                              "(and max_entries below 2^31)", max_entries, ttl_ms);
    }
    size_t buckets = 16;
    while (buckets < max_entries * 2) buckets *= 2;
    apic_cache *c = calloc(1, sizeof *c);
    if (c != NULL) {
        c->slots = malloc(max_entries * sizeof *c->slots);
        c->buckets = malloc(buckets * sizeof *c->buckets);
    }
    if (c == NULL || c->slots == NULL || c->buckets == NULL || pthread_mutex_init(&c->lock, NULL) != 0) {
        if (c != NULL) {
            free(c->slots);
            free(c->buckets);
        }
        free(c);
        return apic_error_set(err, APIC_E_NOMEM, "apic_cache_new: out of memory");
    }
    c->mask = buckets - 1;
    c->max_entries = max_entries;
    c->ttl_ms = ttl_ms;
    apic_random_bytes(&c->seed, sizeof c->seed); /* without randomness, a fixed seed still works */
    memset(c->buckets, 0xff, buckets * sizeof *c->buckets);
    for (size_t i = 0; i < max_entries; i++) {
        c->slots[i] = (slot){0, 0, NULL, 0, 0, i + 1 < max_entries ? (uint32_t)(i + 1) : NONE, NONE, NONE};
    }
    c->free_list = 0;
    c->newest = c->oldest = NONE;
    *out = c;
    return 0;
}

static void unlink_use(apic_cache *c, uint32_t i)
{
    slot *s = &c->slots[i];
    if (s->newer != NONE) c->slots[s->newer].older = s->older; else c->newest = s->older;
    if (s->older != NONE) c->slots[s->older].newer = s->newer; else c->oldest = s->newer;
}

static void link_newest(apic_cache *c, uint32_t i)
{
    slot *s = &c->slots[i];
    s->newer = NONE;
    s->older = c->newest;
    if (c->newest != NONE) c->slots[c->newest].newer = i; else c->oldest = i;
    c->newest = i;
}

/* Takes slot i out of its bucket, the use order and the table, and frees its bytes. */
static void drop(apic_cache *c, uint32_t i)
{
    slot *s = &c->slots[i];
    uint32_t *link = &c->buckets[s->hash & c->mask];
    while (*link != i) link = &c->slots[*link].chain;
    *link = s->chain;
    unlink_use(c, i);
    free(s->bytes);
    s->bytes = NULL;
    s->chain = c->free_list;
    c->free_list = i;
    c->stats.entries--;
}

static uint32_t find(const apic_cache *c, uint64_t h, const apic_cache_key *k)
{
    for (uint32_t i = c->buckets[h & c->mask]; i != NONE; i = c->slots[i].chain) {
        const slot *s = &c->slots[i];
        if (s->hash == h && s->key_len == k->len && memcmp(s->bytes, k->data, k->len) == 0) return i;
    }
    return NONE;
}

/* The fresh entry of key, made the most recently used, or NONE (an expired one is dropped). */
static uint32_t lookup(apic_cache *c, uint64_t h, const apic_cache_key *key, long long now)
{
    uint32_t i = find(c, h, key);
    if (i != NONE && now >= c->slots[i].expires_ms) {
        drop(c, i);
        c->stats.expired++;
        i = NONE;
    }
    if (i == NONE) {
        c->stats.misses++;
        return NONE;
    }
    c->stats.hits++;
    if (c->newest != i) {
        unlink_use(c, i);
        link_newest(c, i);
    }
    return i;
}

bool apic_cache_get(apic_cache *cache, const apic_cache_key *key, void *dst, size_t cap, size_t *len)
{
    if (cache == NULL || key == NULL || key->failed) return false;
    uint64_t h = hash_bytes(cache->seed, key->data, key->len);
    long long now = now_ms();
    pthread_mutex_lock(&cache->lock);
    uint32_t i = lookup(cache, h, key, now);
    bool hit = i != NONE && cache->slots[i].value_len <= cap;
    if (hit) {
        const slot *s = &cache->slots[i];
        memcpy(dst, s->bytes + s->key_len, s->value_len);
        if (len != NULL) *len = s->value_len;
    } else if (i != NONE) {
        cache->stats.hits--; /* found, but the caller cannot take it: a miss after all */
        cache->stats.misses++;
    }
    pthread_mutex_unlock(&cache->lock);
    return hit;
}

bool apic_cache_get_buf(apic_cache *cache, const apic_cache_key *key, apic_buf *out)
{
    if (cache == NULL || key == NULL || key->failed || out == NULL) return false;
    uint64_t h = hash_bytes(cache->seed, key->data, key->len);
    long long now = now_ms();
    pthread_mutex_lock(&cache->lock);
    uint32_t i = lookup(cache, h, key, now);
    bool hit = false;
    if (i != NONE) {
        const slot *s = &cache->slots[i];
        out->len = 0;
        hit = apic_buf_append(out, (const char *)s->bytes + s->key_len, s->value_len) == 0;
        if (!hit) {
            cache->stats.hits--;
            cache->stats.misses++;
        }
    }
    pthread_mutex_unlock(&cache->lock);
    return hit;
}

int apic_cache_put(apic_cache *cache, const apic_cache_key *key, const void *value, size_t len)
{
    if (cache == NULL || key == NULL || key->failed) return 0;
    /* The copy is made before the lock is taken, so other threads wait for no allocation. */
    unsigned char *bytes = malloc(key->len + len + 1);
    if (bytes == NULL) return APIC_E_NOMEM;
    memcpy(bytes, key->data, key->len);
    if (len > 0) memcpy(bytes + key->len, value, len);
    uint64_t h = hash_bytes(cache->seed, key->data, key->len);
    long long now = now_ms();

    pthread_mutex_lock(&cache->lock);
    uint32_t i = find(cache, h, key);
    if (i != NONE) drop(cache, i);
    if (cache->free_list == NONE) {
        drop(cache, cache->oldest);
        cache->stats.evictions++;
    }
    i = cache->free_list;
    slot *s = &cache->slots[i];
    cache->free_list = s->chain;
    *s = (slot){h, now + cache->ttl_ms, bytes, key->len, len, cache->buckets[h & cache->mask], NONE, NONE};
    cache->buckets[h & cache->mask] = i;
    link_newest(cache, i);
    cache->stats.entries++;
    cache->stats.stores++;
    pthread_mutex_unlock(&cache->lock);
    return 0;
}

void apic_cache_clear(apic_cache *cache)
{
    if (cache == NULL) return;
    pthread_mutex_lock(&cache->lock);
    while (cache->newest != NONE) drop(cache, cache->newest);
    pthread_mutex_unlock(&cache->lock);
}

void apic_cache_get_stats(apic_cache *cache, apic_cache_stats *out)
{
    if (out == NULL) return;
    memset(out, 0, sizeof *out);
    if (cache == NULL) return;
    pthread_mutex_lock(&cache->lock);
    *out = cache->stats;
    pthread_mutex_unlock(&cache->lock);
}

void apic_cache_free(apic_cache *cache)
{
    if (cache == NULL) return;
    apic_cache_clear(cache);
    pthread_mutex_destroy(&cache->lock);
    free(cache->slots);
    free(cache->buckets);
    free(cache);
}
