/**
 * @file esauti/client.h
 * @brief eSauti: configuration, client and error types. Generated; do not edit.
 */
#ifndef ESAUTI_CLIENT_H
#define ESAUTI_CLIENT_H

#include <apic/apic.h>
#include <apic/async.h> /* the operations' _async() forms: apic_async_run(), apic_async_cancel() */

#ifdef __cplusplus
extern "C" {
#endif

/** Version of the API description this SDK was generated from. */
#define ESAUTI_API_VERSION "1.0.0"
/** The first server of the description; override with config.base_url. */
#define ESAUTI_DEFAULT_BASE_URL "https://your-instance.esauti.com/api"

/** Client configuration: see apic_config. Zero fields take the defaults. */
typedef apic_config esauti_config;
/** A client; safe to share between threads once created. */
typedef apic_client esauti_client;
/** Failure details filled by every call; see apic_error. */
typedef apic_error esauti_error;

/** A config with the default base URL; set the credentials, then call esauti_client_new(). */
#define ESAUTI_CONFIG_INIT APIC_CONFIG_INIT(ESAUTI_DEFAULT_BASE_URL)

/**
 * Creates a client. cfg is copied; a NULL base_url means ESAUTI_DEFAULT_BASE_URL, a NULL
 * webhook_scheme esauti_webhook_scheme (how the API signs its webhooks).
 * @return 0, or APIC_E_CONFIG with err naming the config key at fault
 */
APIC_EXPORT int esauti_client_new(const esauti_config *cfg, esauti_client **out, esauti_error *err);

/** Frees a client. NULL is a no-op. */
APIC_EXPORT void esauti_client_free(esauti_client *client);

/** Every operation of the API in document order, for generic tooling (see apic/operation.h). */
APIC_EXPORT extern const apic_operation *const esauti_operations[];
/** Number of entries in esauti_operations. */
APIC_EXPORT extern const size_t esauti_operation_count;
/** Every data type (struct) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_struct_desc *const esauti_schemas[];
/** Number of entries in esauti_schemas. */
APIC_EXPORT extern const size_t esauti_schema_count;
/** Every union (oneOf/anyOf) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_union_desc *const esauti_unions[];
/** Number of entries in esauti_unions. */
APIC_EXPORT extern const size_t esauti_union_count;

/** Releases what err owns; it can be reused afterwards. */
APIC_EXPORT void esauti_error_clear(esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
