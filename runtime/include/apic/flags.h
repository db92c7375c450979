/**
 * @file apic/flags.h
 * @brief Feature-flag defaults: the answer a client gives for a flag when the API cannot give
 * one (unreachable, failing after its retries, offline mode, or the flag unknown to it).
 *
 * Defaults come from config.flag_defaults when the client is made and can be changed at any
 * time after, from any thread (per-test values, say). A flag without a default answers false.
 * How a flag is asked, and what of the answer is kept, is the SDK's (Schematic's flag checks use
 * these defaults and the client's response cache, apic/cache.h).
 */
#ifndef APIC_FLAGS_H
#define APIC_FLAGS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One default: the flag's key and its value. */
typedef struct apic_flag_default {
    const char *key; /**< the flag's key, not empty */
    bool value;      /**< the answer when the API gives none */
} apic_flag_default;

/** Where a flag's answer came from. */
typedef enum apic_flag_source {
    APIC_FLAG_FROM_API = 0,   /**< the API answered this check */
    APIC_FLAG_FROM_CACHE,     /**< an answer the API gave within the cache's time */
    APIC_FLAG_DEFAULT_OFFLINE, /**< the default: the client is in offline mode */
    APIC_FLAG_DEFAULT_ERROR,   /**< the default: the API could not be reached or failed (the error says how) */
    APIC_FLAG_DEFAULT_NOT_FOUND /**< the default: the API's answer had no value for the flag */
} apic_flag_source;

/** Text of a source ("api", "cache", "default: offline", ...), for logs. */
APIC_EXPORT const char *apic_flag_source_name(apic_flag_source source);

struct apic_client;

/** Sets (or replaces) the default of one flag. Returns 0, APIC_E_ARG (no client or an empty key), APIC_E_NOMEM. */
APIC_EXPORT int apic_flag_default_set(struct apic_client *client, const char *key, bool value, apic_error *err);
/** Sets several defaults at once (all or none). Returns as apic_flag_default_set(), naming the entry at fault. */
APIC_EXPORT int apic_flag_defaults_set(struct apic_client *client, const apic_flag_default *defaults, size_t n,
                                       apic_error *err);
/** The default of a flag: its configured value, else false. */
APIC_EXPORT bool apic_flag_default_get(const struct apic_client *client, const char *key);

#ifdef __cplusplus
}
#endif
#endif
