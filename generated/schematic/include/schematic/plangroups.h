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
 * Completion of schematic_plangroups_get_plan_group_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_plangroups_get_plan_group_async()
 * @param rc 0, or what schematic_plangroups_get_plan_group() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plangroups_get_plan_group()'s out would receive, owned
 * by the callback (schematic_plangroups_get_plan_group_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plangroups_get_plan_group() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_plangroups_get_plan_group_callback)(void *user_data, int rc,
                                                             schematic_plangroups_get_plan_group_response *result,
                                                             schematic_error *err);

/**
 * Get plan group
 *
 * Asynchronous form of schematic_plangroups_get_plan_group(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plangroups_get_plan_group() would return; the result is the callback's to free.
 *
 * `GET /plan-groups`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plangroups_get_plan_group(); read before this returns
 * @param callback called with the outcome (see schematic_plangroups_get_plan_group_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plangroups_get_plan_group() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plangroups_get_plan_group()
 */
APIC_EXPORT int schematic_plangroups_get_plan_group_async(schematic_client *client,
                                                          const schematic_plangroups_get_plan_group_params *params,
                                                          schematic_plangroups_get_plan_group_callback callback,
                                                          void *user_data, apic_async_call **call,
                                                          schematic_error *err);

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

/**
 * Completion of schematic_plangroups_create_plan_group_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_plangroups_create_plan_group_async()
 * @param rc 0, or what schematic_plangroups_create_plan_group() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plangroups_create_plan_group()'s out would receive,
 * owned by the callback (schematic_plangroups_create_plan_group_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_plangroups_create_plan_group() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_plangroups_create_plan_group_callback)(void *user_data, int rc,
                                                                schematic_plangroups_create_plan_group_response *result,
                                                                schematic_error *err);

/**
 * Create plan group
 *
 * Asynchronous form of schematic_plangroups_create_plan_group(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plangroups_create_plan_group() would return; the result is the callback's to free.
 *
 * `POST /plan-groups`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_plangroups_create_plan_group(); read before this
 * returns
 * @param callback called with the outcome (see schematic_plangroups_create_plan_group_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plangroups_create_plan_group()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plangroups_create_plan_group()
 */
APIC_EXPORT int schematic_plangroups_create_plan_group_async(schematic_client *client,
                                                             const schematic_create_plan_group_request_body *body,
                                                             schematic_plangroups_create_plan_group_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

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

/**
 * Completion of schematic_plangroups_update_plan_group_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_plangroups_update_plan_group_async()
 * @param rc 0, or what schematic_plangroups_update_plan_group() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plangroups_update_plan_group()'s out would receive,
 * owned by the callback (schematic_plangroups_update_plan_group_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_plangroups_update_plan_group() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_plangroups_update_plan_group_callback)(void *user_data, int rc,
                                                                schematic_plangroups_update_plan_group_response *result,
                                                                schematic_error *err);

/**
 * Update plan group
 *
 * Asynchronous form of schematic_plangroups_update_plan_group(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plangroups_update_plan_group() would return; the result is the callback's to free.
 *
 * `PUT /plan-groups/{plan_group_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plangroups_update_plan_group(); read before this
 * returns
 * @param body request body, as for schematic_plangroups_update_plan_group(); read before this
 * returns
 * @param callback called with the outcome (see schematic_plangroups_update_plan_group_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plangroups_update_plan_group()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plangroups_update_plan_group()
 */
APIC_EXPORT int schematic_plangroups_update_plan_group_async(schematic_client *client,
                                                             const schematic_plangroups_update_plan_group_params *params,
                                                             const schematic_update_plan_group_request_body *body,
                                                             schematic_plangroups_update_plan_group_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
