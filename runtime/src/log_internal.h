/* What the call loop hands the logger, and the one test it makes before anything else. */
#ifndef APIC_LOG_INTERNAL_H
#define APIC_LOG_INTERNAL_H

#include <stdbool.h>

#include "apic/apic.h"
#include "client_internal.h"

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
static inline bool apic_log_on(const apic_client *c, apic_log_level level)
{
#ifdef APIC_NO_LOG
    (void)c;
    (void)level;
    return false;
#else
    return c->log_level >= level;
#endif
}

/* Reads the logging members of the config (and APIC_LOG, APIC_REDACT_PII) into the client. */
int apic_log_setup(apic_client *c, const apic_config *cfg);
/* Frees what apic_log_setup() copied. */
void apic_log_teardown(apic_client *c);
/* Builds, redacts and delivers one record. */
void apic_log_emit(const apic_client *c, apic_log_level level, const apic_log_attempt *a, const char *message);

#endif
