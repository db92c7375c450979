/* A call's use of its operation's cache: the key made from the values sdk.yaml names, then a
 * lookup before the call and a store after a 2xx JSON answer. */
#ifndef APIC_DELIVERY_CALL_CACHE_H
#define APIC_DELIVERY_CALL_CACHE_H

#include "delivery/client_internal.h"

typedef struct apic_call_cache {
    apic_cache *cache; /* NULL: the call does not touch a cache */
    bool read;         /* answer from it when it can */
    apic_cache_key key;
} apic_call_cache;

/* Sets cc up for a call (cc->cache NULL when op has no cache or opts skip it). */
void apic_call_cache_begin(const apic_client *c, const apic_operation *op, const void *params, const void *body,
                           const apic_request_options *opts, apic_call_cache *cc);
/* The answer kept for the call, in res (status and body), or false. */
bool apic_call_cache_lookup(apic_call_cache *cc, apic_http_response *res);
/* Keeps a 2xx answer. */
void apic_call_cache_store(apic_call_cache *cc, const apic_http_response *res);
void apic_call_cache_end(apic_call_cache *cc);

#endif
