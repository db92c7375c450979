/**
 * @file suprsend/duration.h
 * @brief Durations as SuprSend writes them: `[XX]d[XX]h[XX]m[XX]s`, e.g. `2d3h12m23s`, `15m`,
 * `1h30m`. A workflow's `delay` and a smart delivery's `time_to_live` are durations.
 * Handwritten (spec/suprsend/c); part of the SDK.
 */
#ifndef SUPRSEND_DURATION_H
#define SUPRSEND_DURATION_H

#include <apic/apic.h>

#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Longest duration accepted, in seconds: a year. Nothing SuprSend holds waits that long; a
 * longer one is a unit mistaken (`3000d` for `3000s`).
 */
#define SUPRSEND_DURATION_MAX_SECONDS (365LL * 24 * 3600)

/**
 * Reads a duration: at least one part; each part a decimal number (digits only: no sign, space
 * or fraction) and its unit, `d`, `h`, `m` or `s`; the units in that order, each at most once.
 * The total must be at least one second and at most SUPRSEND_DURATION_MAX_SECONDS; a part may
 * exceed its unit's range (`90m` is an hour and a half).
 * @param text the duration, e.g. "2d3h12m23s"
 * @param seconds receives the total in seconds (may be NULL to only check)
 * @param err receives why it is not one, e.g. `'3h2d': d after h (the order is d, h, m, s)`
 * @return 0, or APIC_E_VALIDATION (APIC_E_ARG for a NULL text)
 */
APIC_EXPORT int suprsend_duration_parse(const char *text, long long *seconds, suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
