/**
 * @file apic/cache.h
 * @brief A bounded cache of answers: the least recently used entry goes first, and every entry
 * is fresh for a time. Safe from any number of threads.
 *
 * Generated SDKs cache the reads their sdk.yaml names (`cache:`): the client keeps one cache per
 * such operation, keyed by the parameters and body members sdk.yaml lists, and answers a repeated
 * call from it without a request (apic_call_with() then reports http_status 200 and attempts 0).
 * Handwritten SDK code reaches the same cache with apic_client_cache() to keep answers of its own
 * there (a flag check keeps one bit, not the whole response).
 *
 * @code
 * apic_cache_key k;
 * apic_cache_key_init(&k, 'A');                     // a kind: entries of different kinds never meet
 * apic_cache_key_add_str(&k, "some-flag");
 * apic_cache_key_add_pairs(&k, company, NULL, 1, 2); // {"id","c1",NULL}: order-independent
 * unsigned char answer[64]; size_t n;
 * if (!apic_cache_get(cache, &k, answer, sizeof answer, &n)) { ... ask, then apic_cache_put(cache, &k, answer, n); }
 * apic_cache_key_release(&k);
 * @endcode
 *
 * Freshness is measured on the kernel's coarse monotonic clock, so an entry lives ttl_ms give or
 * take one clock tick (a few milliseconds); a lookup costs no system call.
 */
#ifndef APIC_CACHE_H
#define APIC_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Entries a cache holds when sdk.yaml says nothing (Schematic's default). */
#define APIC_CACHE_DEFAULT_MAX_ENTRIES 1000u
/** Time an entry stays fresh when sdk.yaml says nothing, in milliseconds (Schematic's default). */
#define APIC_CACHE_DEFAULT_TTL_MS 5000L
/** Bytes of key kept on the stack by apic_cache_key; longer keys spill to the heap. */
#define APIC_CACHE_KEY_INLINE 256u

/**
 * Size and lifetime of a client's caches (config.cache). A zero max_entries or ttl_ms turns
 * caching off: every call is sent.
 */
typedef struct apic_cache_settings {
    size_t max_entries; /**< entries kept, at most; 0 = no cache */
    long ttl_ms;        /**< time an entry answers for, in milliseconds; 0 = no cache */
} apic_cache_settings;

/** A cache (opaque). */
typedef struct apic_cache apic_cache;

/** What a cache has done since it was made. */
typedef struct apic_cache_stats {
    unsigned long long hits;      /**< lookups answered */
    unsigned long long misses;    /**< lookups not answered (expired ones included) */
    unsigned long long expired;   /**< of misses: the entry was there but too old (it is dropped) */
    unsigned long long evictions; /**< entries dropped to make room, least recently used first */
    unsigned long long stores;    /**< entries written (new or replaced) */
    size_t entries;               /**< entries held now */
} apic_cache_stats;

/**
 * A lookup key: parts appended one by one, each length-prefixed so that no two different lists
 * of parts make the same key. Lives on the caller's stack; call apic_cache_key_release() when
 * done (it frees a key that spilled to the heap).
 */
typedef struct apic_cache_key {
    unsigned char *data;  /**< the key so far (inline or heap) */
    size_t len;           /**< bytes of data */
    size_t cap;           /**< room in data */
    bool failed;          /**< out of memory while building: lookups miss, stores are skipped */
    unsigned char inline_data[APIC_CACHE_KEY_INLINE]; /**< storage of short keys */
} apic_cache_key;

/** Starts a key of the given kind (any byte: entries of different kinds never answer for each other). */
APIC_EXPORT void apic_cache_key_init(apic_cache_key *k, char kind);
/** Appends bytes as one part. */
APIC_EXPORT void apic_cache_key_add(apic_cache_key *k, const void *bytes, size_t n);
/** Appends a string as one part; NULL is a part of its own, distinct from "". */
APIC_EXPORT void apic_cache_key_add_str(apic_cache_key *k, const char *s);
/**
 * Appends a map of strings as one part whose order does not matter: n pairs, sorted by name
 * then value. With values NULL, names holds the pairs interleaved (name, value, name, value,
 * ...), stride 2; otherwise names[i * stride] goes with values[i * stride]. NULL maps and empty
 * ones make the same part.
 */
APIC_EXPORT void apic_cache_key_add_pairs(apic_cache_key *k, const char *const *names, const char *const *values,
                                          size_t n, size_t stride);
/** Frees what the key holds on the heap; the key can be initialised again afterwards. */
APIC_EXPORT void apic_cache_key_release(apic_cache_key *k);

/**
 * Makes a cache of at most max_entries entries, each fresh for ttl_ms. Returns 0; APIC_E_ARG
 * (out NULL, or max_entries or ttl_ms not positive: such a cache would hold nothing); APIC_E_NOMEM.
 */
APIC_EXPORT int apic_cache_new(size_t max_entries, long ttl_ms, apic_cache **out, apic_error *err);
/** Frees the cache and its entries. NULL is a no-op. */
APIC_EXPORT void apic_cache_free(apic_cache *cache);

/**
 * Looks key up. On a fresh entry whose value fits in cap bytes, copies it into dst, sets *len
 * and returns true (the entry becomes the most recently used); otherwise returns false (an
 * expired entry is dropped; a value larger than cap counts as a miss). NULL cache: false.
 */
APIC_EXPORT bool apic_cache_get(apic_cache *cache, const apic_cache_key *key, void *dst, size_t cap, size_t *len);
/** apic_cache_get() for values of any size: on a hit, out holds a copy of the value. */
APIC_EXPORT bool apic_cache_get_buf(apic_cache *cache, const apic_cache_key *key, apic_buf *out);
/**
 * Stores a copy of value under key, fresh from now, replacing an entry of the same key; when the
 * cache is full the least recently used entry goes. Returns 0, or APIC_E_NOMEM (the cache is
 * unchanged). A NULL cache or a failed key stores nothing and returns 0.
 */
APIC_EXPORT int apic_cache_put(apic_cache *cache, const apic_cache_key *key, const void *value, size_t len);
/** Drops every entry (the counters stay). */
APIC_EXPORT void apic_cache_clear(apic_cache *cache);
/** Reads the counters; zeroes for NULL. */
APIC_EXPORT void apic_cache_get_stats(apic_cache *cache, apic_cache_stats *out);

#ifdef __cplusplus
}
#endif
#endif
