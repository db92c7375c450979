/**
 * @file schematic/planbundle.h
 * @brief Schematic: planbundle operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_PLANBUNDLE_H
#define SCHEMATIC_PLANBUNDLE_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Create custom plan bundle
 *
 * `POST /custom-plan-bundles`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_custom_plan_bundle_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_planbundle_create_custom_plan_bundle_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planbundle_create_custom_plan_bundle(schematic_client *client,
                                                               const schematic_create_custom_plan_bundle_request_body *body,
                                                               schematic_planbundle_create_custom_plan_bundle_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_planbundle_create_custom_plan_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planbundle_create_custom_plan_bundle_op;

/**
 * Create plan bundle
 *
 * `POST /plan-bundles`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_plan_bundle_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_planbundle_create_plan_bundle_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planbundle_create_plan_bundle(schematic_client *client,
                                                        const schematic_create_plan_bundle_request_body *body,
                                                        schematic_planbundle_create_plan_bundle_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_planbundle_create_plan_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planbundle_create_plan_bundle_op;

/** Parameters of schematic_planbundle_update_plan_bundle(). Zero-initialise, then set what you need. */
typedef struct schematic_planbundle_update_plan_bundle_params {
    /**
     * plan_id
     * Required.
     */
    char *plan_id;
} schematic_planbundle_update_plan_bundle_params;

/**
 * Update plan bundle
 *
 * `PUT /plan-bundles/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param body request body: schematic_update_plan_bundle_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_planbundle_update_plan_bundle_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planbundle_update_plan_bundle(schematic_client *client,
                                                        const schematic_planbundle_update_plan_bundle_params *params,
                                                        const schematic_update_plan_bundle_request_body *body,
                                                        schematic_planbundle_update_plan_bundle_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_planbundle_update_plan_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planbundle_update_plan_bundle_op;

#ifdef __cplusplus
}
#endif
#endif
