/* The client's fields, read by the layers that act for it: requests are built from its HTTP
 * settings, the call loop sends through its transport and logger, and the queue and dead-letter
 * sink hang off it. Nothing here calls upward: an upper layer that attaches an object to the
 * client (the background queue) also says how it is torn down. */
#ifndef APIC_DELIVERY_CLIENT_INTERNAL_H
#define APIC_DELIVERY_CLIENT_INTERNAL_H

#include <stdatomic.h>

#include "apic/client.h"
#include "delivery/flag_table.h"
#include "http/settings.h"
#include "log/log_internal.h"

struct apic_dead_letter_sink;
struct apic_queue;
struct apic_async;

/* An operation whose answers are cached (apic_client_cache_op). */
typedef struct apic_op_cache {
    const apic_operation *op;
    const apic_cache_spec *spec;
    apic_cache *cache;
} apic_op_cache;

struct apic_client {
    apic_http_settings http;
    apic_logger log;
    char *events_url;   /* complete URL events are posted to */
    char *event_source;
    long timeout_ms;
    long connect_timeout_ms;
    apic_retry_policy retry; /* as configured; zero members resolved per call */
    struct apic_dead_letter_sink *dead_letter; /* NULL when none is configured */
    apic_transport transport;
    const apic_webhook_scheme *webhook_scheme; /* NULL: webhooks are parsed unverified */
    apic_webhook_verifier *webhooks;           /* the scheme keyed with the secrets; NULL without secrets */
    unsigned char encryption_key[32];          /* master key of encrypted channels, when has_encryption_key */
    bool has_encryption_key;
    /* The background queue (delivery/queue.c): set once, by its first start, and freed with the
     * client; atomic because threads enqueueing read it while another may be starting it. */
    _Atomic(struct apic_queue *) queue;
    /* Set with queue: closes and frees it; apic_client_free() calls it before anything else. */
    void (*queue_teardown)(apic_client *client);
    /* The asynchronous engine (delivery/async.c), made by the first asynchronous call or
     * apic_async_configure(); atomic because any thread may start the first call. */
    _Atomic(struct apic_async *) async;
    bool offline;                        /* config.offline: nothing is sent */
    bool conflict_is_final;              /* config.conflict_is_final: 409 is not retried */
    apic_cache_settings cache_settings;  /* config.cache, when has_cache_settings */
    bool has_cache_settings;
    apic_op_cache *caches;               /* set up before the client is shared, read-only after */
    size_t n_caches;
    apic_flag_table flags;               /* flag defaults; its own lock */
    bool has_flags;                      /* flags was initialised */
    size_t max_response_bytes;           /* config.max_response_bytes, default resolved */
    size_t max_response_header_bytes;    /* config.max_response_header_bytes, default resolved */
    unsigned max_redirects;              /* config.max_redirects, at most APIC_MAX_REDIRECTS */
};

/* The end of the client's asynchronous calls, first thing in apic_client_free(): those pending
 * are cancelled (their callbacks run). false: called from inside one of the engine's callbacks,
 * the client is freed once the engine returns; apic_client_free() must stop there. */
bool apic_async_release(apic_client *client);

#endif
