/**
 * @file suprsend/client.h
 * @brief SuprSend: configuration, client and error types. Generated; do not edit.
 */
#ifndef SUPRSEND_CLIENT_H
#define SUPRSEND_CLIENT_H

#include <apic/apic.h>
#include <apic/async.h> /* the operations' _async() forms: apic_async_run(), apic_async_cancel() */

#ifdef __cplusplus
extern "C" {
#endif

/** Version of the API description this SDK was generated from. */
#define SUPRSEND_API_VERSION "1.2.2"
/** The first server of the description; override with config.base_url. */
#define SUPRSEND_DEFAULT_BASE_URL "https://hub.suprsend.com"

/** Client configuration: see apic_config. Zero fields take the defaults. */
typedef apic_config suprsend_config;
/** A client; safe to share between threads once created. */
typedef apic_client suprsend_client;
/** Failure details filled by every call; see apic_error. */
typedef apic_error suprsend_error;

/** A config with the default base URL; set the credentials, then call suprsend_client_new(). */
#define SUPRSEND_CONFIG_INIT APIC_CONFIG_INIT(SUPRSEND_DEFAULT_BASE_URL)

/**
 * Creates a client. cfg is copied; a NULL base_url means SUPRSEND_DEFAULT_BASE_URL.
 * @return 0, or APIC_E_CONFIG with err naming the config key at fault
 */
APIC_EXPORT int suprsend_client_new(const suprsend_config *cfg, suprsend_client **out, suprsend_error *err);

/** Frees a client. NULL is a no-op. */
APIC_EXPORT void suprsend_client_free(suprsend_client *client);

/** Every operation of the API in document order, for generic tooling (see apic/operation.h). */
APIC_EXPORT extern const apic_operation *const suprsend_operations[];
/** Number of entries in suprsend_operations. */
APIC_EXPORT extern const size_t suprsend_operation_count;
/** Every data type (struct) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_struct_desc *const suprsend_schemas[];
/** Number of entries in suprsend_schemas. */
APIC_EXPORT extern const size_t suprsend_schema_count;
/** Every union (oneOf/anyOf) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_union_desc *const suprsend_unions[];
/** Number of entries in suprsend_unions. */
APIC_EXPORT extern const size_t suprsend_union_count;

/** Releases what err owns; it can be reused afterwards. */
APIC_EXPORT void suprsend_error_clear(suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
