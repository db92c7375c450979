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

#ifdef __cplusplus
}
#endif
#endif
