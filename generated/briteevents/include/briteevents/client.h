/**
 * @file briteevents/client.h
 * @brief BriteEvents: configuration, client and error types. Generated; do not edit.
 */
#ifndef BRITEEVENTS_CLIENT_H
#define BRITEEVENTS_CLIENT_H

#include <apic/apic.h>
#include <apic/async.h> /* the operations' _async() forms: apic_async_run(), apic_async_cancel() */

#ifdef __cplusplus
extern "C" {
#endif

/** Version of the API description this SDK was generated from. */
#define BRITEEVENTS_API_VERSION "1.0.0"
/** The first server of the description; override with config.base_url. */
#define BRITEEVENTS_DEFAULT_BASE_URL "https://events.us-east-1.britecore.example/v1"

/** Client configuration: see apic_config. Zero fields take the defaults. */
typedef apic_config briteevents_config;
/** A client; safe to share between threads once created. */
typedef apic_client briteevents_client;
/** Failure details filled by every call; see apic_error. */
typedef apic_error briteevents_error;

/** A config with the default base URL; set the credentials, then call briteevents_client_new(). */
#define BRITEEVENTS_CONFIG_INIT APIC_CONFIG_INIT(BRITEEVENTS_DEFAULT_BASE_URL)

/**
 * Creates a client. cfg is copied; a NULL base_url means BRITEEVENTS_DEFAULT_BASE_URL.
 * @return 0, or APIC_E_CONFIG with err naming the config key at fault
 */
APIC_EXPORT int briteevents_client_new(const briteevents_config *cfg, briteevents_client **out, briteevents_error *err);

/** Frees a client. NULL is a no-op. */
APIC_EXPORT void briteevents_client_free(briteevents_client *client);

/** Every operation of the API in document order, for generic tooling (see apic/operation.h). */
APIC_EXPORT extern const apic_operation *const briteevents_operations[];
/** Number of entries in briteevents_operations. */
APIC_EXPORT extern const size_t briteevents_operation_count;
/** Every data type (struct) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_struct_desc *const briteevents_schemas[];
/** Number of entries in briteevents_schemas. */
APIC_EXPORT extern const size_t briteevents_schema_count;
/** Every union (oneOf/anyOf) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_union_desc *const briteevents_unions[];
/** Number of entries in briteevents_unions. */
APIC_EXPORT extern const size_t briteevents_union_count;

/** Releases what err owns; it can be reused afterwards. */
APIC_EXPORT void briteevents_error_clear(briteevents_error *err);

#ifdef __cplusplus
}
#endif
#endif
