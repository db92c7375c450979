/**
 * @file sockudo/client.h
 * @brief Sockudo: configuration, client and error types. Generated; do not edit.
 */
#ifndef SOCKUDO_CLIENT_H
#define SOCKUDO_CLIENT_H

#include <apic/apic.h>
#include <apic/async.h> /* the operations' _async() forms: apic_async_run(), apic_async_cancel() */

#ifdef __cplusplus
extern "C" {
#endif

/** Version of the API description this SDK was generated from. */
#define SOCKUDO_API_VERSION "2.0.0"
/** The first server of the description; override with config.base_url. */
#define SOCKUDO_DEFAULT_BASE_URL "http://127.0.0.1:6001"

/** Client configuration: see apic_config. Zero fields take the defaults. */
typedef apic_config sockudo_config;
/** A client; safe to share between threads once created. */
typedef apic_client sockudo_client;
/** Failure details filled by every call; see apic_error. */
typedef apic_error sockudo_error;

/** A config with the default base URL; set the credentials, then call sockudo_client_new(). */
#define SOCKUDO_CONFIG_INIT APIC_CONFIG_INIT(SOCKUDO_DEFAULT_BASE_URL)

/**
 * Creates a client. cfg is copied; a NULL base_url means SOCKUDO_DEFAULT_BASE_URL, a NULL
 * webhook_scheme sockudo_webhook_scheme (how the API signs its webhooks).
 * @return 0, or APIC_E_CONFIG with err naming the config key at fault
 */
APIC_EXPORT int sockudo_client_new(const sockudo_config *cfg, sockudo_client **out, sockudo_error *err);

/** Frees a client. NULL is a no-op. */
APIC_EXPORT void sockudo_client_free(sockudo_client *client);

/** Every operation of the API in document order, for generic tooling (see apic/operation.h). */
APIC_EXPORT extern const apic_operation *const sockudo_operations[];
/** Number of entries in sockudo_operations. */
APIC_EXPORT extern const size_t sockudo_operation_count;
/** Every data type (struct) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_struct_desc *const sockudo_schemas[];
/** Number of entries in sockudo_schemas. */
APIC_EXPORT extern const size_t sockudo_schema_count;
/** Every union (oneOf/anyOf) of the API, for generic tooling (see apic/desc.h). */
APIC_EXPORT extern const apic_union_desc *const sockudo_unions[];
/** Number of entries in sockudo_unions. */
APIC_EXPORT extern const size_t sockudo_union_count;

/** Releases what err owns; it can be reused afterwards. */
APIC_EXPORT void sockudo_error_clear(sockudo_error *err);

#ifdef __cplusplus
}
#endif
#endif
