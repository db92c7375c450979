/**
 * @file schematic/plangroups.h
 * @brief Schematic: plangroups operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_PLANGROUPS_H
#define SCHEMATIC_PLANGROUPS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_plangroups_get_plan_group(). Zero-initialise, then set what you need. */
typedef struct schematic_plangroups_get_plan_group_params {
    bool has_include_company_counts; /**< true when include_company_counts is set */
    /** The `include_company_counts` query parameter: true or false. */
    bool include_company_counts;
} schematic_plangroups_get_plan_group_params;

/**
 * Get plan group
 *
 * `GET /plan-groups`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_plangroups_get_plan_group_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plangroups_get_plan_group(schematic_client *client,
                                                    const schematic_plangroups_get_plan_group_params *params,
                                                    schematic_plangroups_get_plan_group_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_plangroups_get_plan_group(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plangroups_get_plan_group_op;

/**
 * Create plan group
 *
 * `POST /plan-groups`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_plan_group_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plangroups_create_plan_group_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plangroups_create_plan_group(schematic_client *client,
                                                       const schematic_create_plan_group_request_body *body,
                                                       schematic_plangroups_create_plan_group_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_plangroups_create_plan_group(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plangroups_create_plan_group_op;

/** Parameters of schematic_plangroups_update_plan_group(). Zero-initialise, then set what you need. */
typedef struct schematic_plangroups_update_plan_group_params {
    /**
     * plan_group_id
     * Required.
     */
    char *plan_group_id;
} schematic_plangroups_update_plan_group_params;

/**
 * Update plan group
 *
 * `PUT /plan-groups/{plan_group_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_group_id
 * @param body request body: schematic_update_plan_group_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plangroups_update_plan_group_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plangroups_update_plan_group(schematic_client *client,
                                                       const schematic_plangroups_update_plan_group_params *params,
                                                       const schematic_update_plan_group_request_body *body,
                                                       schematic_plangroups_update_plan_group_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_plangroups_update_plan_group(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plangroups_update_plan_group_op;

#ifdef __cplusplus
}
#endif
#endif
