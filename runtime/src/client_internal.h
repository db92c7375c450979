/* The client's fields, shared by the files that implement it (lifetime, calls, events). */
#ifndef APIC_CLIENT_INTERNAL_H
#define APIC_CLIENT_INTERNAL_H

#include <stdatomic.h>

#include "apic/client.h"
#include "hmac.h"

struct apic_client {
    char *base_url;
    char *token;
    char *api_key;
    char *username;
    char *password;
    char *hmac_secret;
    apic_hmac_key *hmac_key; /* keyed with hmac_secret, when there is one */
    char *user_agent;
    char *events_url;   /* complete URL events are posted to */
    char *event_source;
    char *idempotency_header;
    long timeout_ms;
    long connect_timeout_ms;
    apic_retry_policy retry; /* as configured; zero members resolved per call */
    struct apic_dead_letter_sink *dead_letter; /* NULL when none is configured */
    apic_log_level log_level;
    apic_log_sink log_sink;
    void *log_ctx;
    bool redact_pii;
    size_t log_body_max;
    char **pii_keys; /* NULL-terminated copy */
    bool has_signer;
    apic_signer signer;
    apic_transport transport;
    /* The background queue (queue.c): set once, by its first start, and freed with the client;
     * atomic because threads enqueueing read it while another may be starting it. */
    _Atomic(struct apic_queue *) queue;
};

/* Zeroes and frees a string that held a secret. NULL is a no-op. */
void apic_free_secret(char *s);

#endif
