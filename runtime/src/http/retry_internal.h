/* The retry policy's decisions, shared by the call loop and its tests. */
#ifndef APIC_HTTP_RETRY_INTERNAL_H
#define APIC_HTTP_RETRY_INTERNAL_H

#include <stdbool.h>

#include "apic/error.h"
#include "apic/retry.h"

/* p with every zero member replaced by its default (NULL p: all defaults). */
apic_retry_policy apic_retry_effective(const apic_retry_policy *p);
/* Whether a request with this method may be sent again. */
bool apic_retry_method_safe(const char *method, bool has_idempotency_key);
/* Whether a response status is worth another attempt (408, 409, 429, 5xx). */
bool apic_retry_status(int status);
/* The wait before retry number retry (0 for the first), jitter included, in milliseconds. */
long apic_backoff_ms(const apic_retry_policy *p, int retry);

/* A duration in milliseconds given by the caller: 0 <= ms <= APIC_MAX_DURATION_MS, else kind
 * (APIC_E_CONFIG for a config member, APIC_E_ARG for a call's option) with err naming key. */
int apic_check_duration_ms(long ms, const char *key, apic_status kind, apic_error *err);
/* A retry policy given by the caller (key: "config.retry", "options.retry"): max_retries from
 * APIC_NO_RETRY to 100, every delay and the deadline a duration as above; err names the member. */
int apic_retry_policy_check(const apic_retry_policy *p, const char *key, apic_status kind, apic_error *err);

#endif
