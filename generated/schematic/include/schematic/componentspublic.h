/**
 * @file schematic/componentspublic.h
 * @brief Schematic: componentspublic operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_COMPONENTSPUBLIC_H
#define SCHEMATIC_COMPONENTSPUBLIC_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Get public plans
 *
 * `GET /public/plans`
 *
 * @param client a client from schematic_client_new()
 * @param out receives the result on success (schematic_componentspublic_get_public_plans_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_componentspublic_get_public_plans(schematic_client *client,
                                                            schematic_componentspublic_get_public_plans_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_componentspublic_get_public_plans(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_componentspublic_get_public_plans_op;

/**
 * Completion of schematic_componentspublic_get_public_plans_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_componentspublic_get_public_plans_async()
 * @param rc 0, or what schematic_componentspublic_get_public_plans() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_componentspublic_get_public_plans()'s out would receive,
 * owned by the callback (schematic_componentspublic_get_public_plans_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_componentspublic_get_public_plans() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_componentspublic_get_public_plans_callback)(void *user_data, int rc,
                                                                     schematic_componentspublic_get_public_plans_response *result,
                                                                     schematic_error *err);

/**
 * Get public plans
 *
 * Asynchronous form of schematic_componentspublic_get_public_plans(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_componentspublic_get_public_plans() would return; the result is the callback's to
 * free.
 *
 * `GET /public/plans`
 *
 * @param client a client from schematic_client_new()
 * @param callback called with the outcome (see
 * schematic_componentspublic_get_public_plans_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_componentspublic_get_public_plans()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_componentspublic_get_public_plans()
 */
APIC_EXPORT int schematic_componentspublic_get_public_plans_async(schematic_client *client,
                                                                  schematic_componentspublic_get_public_plans_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
