/**
 * @file apic/ids.h
 * @brief Unique ids and timestamps, as event ids, idempotency keys and records use them.
 */
#ifndef APIC_IDS_H
#define APIC_IDS_H

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Writes a new random (version 4) UUID, 36 characters and a NUL, from the kernel's CSPRNG
 * (getrandom, buffered per thread and never reused across fork; OpenSSL's DRBG where getrandom
 * is unavailable). Returns 0 or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_uuid_v4(char out[37]);

/** Writes the current time as RFC 3339 UTC with milliseconds ("2026-11-23T06:18:45.123Z"), 24 characters and a NUL. */
APIC_EXPORT void apic_now_rfc3339(char out[25]);

#ifdef __cplusplus
}
#endif
#endif
