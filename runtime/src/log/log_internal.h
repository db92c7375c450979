/* The logger a client holds, what the call loop hands it, and the one test made before anything else. */
#ifndef APIC_LOG_LOG_INTERNAL_H
#define APIC_LOG_LOG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "apic/log.h"
#include "apic/operation.h"
#include "apic/transport.h"

/* How many credentials a logger masks wherever they appear: token, API key, password, HMAC secret. */
enum { APIC_LOG_SECRETS = 4 };

/* A client's logging settings. The owner sets level, sink, ctx, redact_pii and body_max from
 * its configuration and points secrets at its credentials (borrowed, NULL when not configured),
 * then calls apic_log_setup(). */
typedef struct apic_logger {
    apic_log_level level;
    apic_log_sink sink; /* NULL: one JSON line per record on stderr */
    void *ctx;
    bool redact_pii;
    size_t body_max;
    char **pii_keys; /* NULL-terminated, owned */
    const char *secrets[APIC_LOG_SECRETS];
} apic_logger;

/* One attempt (or, with attempt 0, a call) as it may be logged; all borrowed, none redacted yet. */
typedef struct apic_log_attempt {
    const apic_operation *op;
    const char *url;
    int status;
    int attempt;
    long duration_ms;
    const char *request_id;
    const char *idempotency_key;
    size_t bytes_sent, bytes_received;
    const apic_header *headers; /* debug */
    size_t n_headers;
    const char *request_body; /* debug */
    size_t request_len;
    const char *request_media;
    const char *response_body; /* debug */
    size_t response_len;
    const char *response_media;
} apic_log_attempt;

/* Whether records of this level are wanted: the only cost of a logger that is off. Building
 * with -DAPIC_NO_LOG removes logging altogether (the benchmark's baseline). */
static inline bool apic_log_on(const apic_logger *l, apic_log_level level)
{
#ifdef APIC_NO_LOG
    (void)l;
    (void)level;
    return false;
#else
    return l->level >= level;
#endif
}

/* Completes l: the level from APIC_LOG and redaction from APIC_REDACT_PII where the owner left
 * them unset, the default body bound, and a copy of pii_keys (NULL-terminated; may be NULL).
 * Returns 0 or APIC_E_NOMEM; apic_log_teardown() releases what was copied either way. */
int apic_log_setup(apic_logger *l, const char *const *pii_keys);
/* Frees what apic_log_setup() copied. */
void apic_log_teardown(apic_logger *l);
/* Builds, redacts and delivers one record. */
void apic_log_emit(const apic_logger *l, apic_log_level level, const apic_log_attempt *a, const char *message);

#endif
