/**
 * @file schematic/client.h
 * @brief Schematic: configuration, client and error types. Generated; do not edit.
 */
#ifndef SCHEMATIC_CLIENT_H
#define SCHEMATIC_CLIENT_H

#include <apic/apic.h>
#include <apic/async.h> /* the operations' _async() forms: apic_async_run(), apic_async_cancel() */

#ifdef __cplusplus
extern "C" {
#endif

/** Version of the API description this SDK was generated from. */
#define SCHEMATIC_API_VERSION "0.1"
/** The first server of the description; override with config.base_url. */
#define SCHEMATIC_DEFAULT_BASE_URL "https://api.schematichq.com"

/** Client configuration: see apic_config. Zero fields take the defaults. */
typedef apic_config schematic_config;
/** A client; safe to share between threads once created. */
typedef apic_client schematic_client;
/** Failure details filled by every call; see apic_error. */
typedef apic_error schematic_error;

/** A config with the default base URL; set the credentials, then call schematic_client_new(). */
#define SCHEMATIC_CONFIG_INIT APIC_CONFIG_INIT(SCHEMATIC_DEFAULT_BASE_URL)

/**
 * Creates a client. cfg is copied; a NULL base_url means SCHEMATIC_DEFAULT_BASE_URL.
 * This SDK's own defaults (the vendor's SDK has the same), where cfg leaves zero: timeout_ms 60000; retry.max_retries 2; and 409 Conflict is never retried (conflict_is_final);
 * Answers of schematic_features_check_flag() are cached: the same key, company, user within
 * 5000 ms get the kept answer without a request (1000 answers at most,
 * the least recently used dropped first; config.cache resizes or turns off every cache of the client).
 * Last, schematic_start() sets up what this SDK adds by hand (see its header).
 * @return 0, or APIC_E_CONFIG with err naming the config key at fault
 */
APIC_EXPORT int schematic_client_new(const schematic_config *cfg, schematic_client **out, schematic_error *err);

/** Frees a client. NULL is a no-op. */
APIC_EXPORT void schematic_client_free(schematic_client *client);

/** Every operation of the API in document order, for generic tooling (see apic/operation.h). */
APIC_EXPORT extern const apic_operation *const schematic_operations[];
/** Number of entries in schematic_operations. */
APIC_EXPORT extern const size_t schematic_operation_count;
/** Every data type (struct) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_struct_desc *const schematic_schemas[];
/** Number of entries in schematic_schemas. */
APIC_EXPORT extern const size_t schematic_schema_count;
/** Every union (oneOf/anyOf) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_union_desc *const schematic_unions[];
/** Number of entries in schematic_unions. */
APIC_EXPORT extern const size_t schematic_union_count;

/** Releases what err owns; it can be reused afterwards. */
APIC_EXPORT void schematic_error_clear(schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
