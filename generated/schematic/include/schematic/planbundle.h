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
 * Completion of schematic_planbundle_create_custom_plan_bundle_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_planbundle_create_custom_plan_bundle_async()
 * @param rc 0, or what schematic_planbundle_create_custom_plan_bundle() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_planbundle_create_custom_plan_bundle()'s out would
 * receive, owned by the callback (schematic_planbundle_create_custom_plan_bundle_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_planbundle_create_custom_plan_bundle() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_planbundle_create_custom_plan_bundle_callback)(void *user_data, int rc,
                                                                        schematic_planbundle_create_custom_plan_bundle_response *result,
                                                                        schematic_error *err);

/**
 * Create custom plan bundle
 *
 * Asynchronous form of schematic_planbundle_create_custom_plan_bundle(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planbundle_create_custom_plan_bundle() would return; the result is the callback's to
 * free.
 *
 * `POST /custom-plan-bundles`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_planbundle_create_custom_plan_bundle(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_planbundle_create_custom_plan_bundle_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_planbundle_create_custom_plan_bundle() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_planbundle_create_custom_plan_bundle()
 */
APIC_EXPORT int schematic_planbundle_create_custom_plan_bundle_async(schematic_client *client,
                                                                     const schematic_create_custom_plan_bundle_request_body *body,
                                                                     schematic_planbundle_create_custom_plan_bundle_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

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

/**
 * Completion of schematic_planbundle_create_plan_bundle_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_planbundle_create_plan_bundle_async()
 * @param rc 0, or what schematic_planbundle_create_plan_bundle() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_planbundle_create_plan_bundle()'s out would receive,
 * owned by the callback (schematic_planbundle_create_plan_bundle_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planbundle_create_plan_bundle() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_planbundle_create_plan_bundle_callback)(void *user_data, int rc,
                                                                 schematic_planbundle_create_plan_bundle_response *result,
                                                                 schematic_error *err);

/**
 * Create plan bundle
 *
 * Asynchronous form of schematic_planbundle_create_plan_bundle(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planbundle_create_plan_bundle() would return; the result is the callback's to free.
 *
 * `POST /plan-bundles`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_planbundle_create_plan_bundle(); read before this
 * returns
 * @param callback called with the outcome (see schematic_planbundle_create_plan_bundle_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planbundle_create_plan_bundle()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planbundle_create_plan_bundle()
 */
APIC_EXPORT int schematic_planbundle_create_plan_bundle_async(schematic_client *client,
                                                              const schematic_create_plan_bundle_request_body *body,
                                                              schematic_planbundle_create_plan_bundle_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

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

/**
 * Completion of schematic_planbundle_update_plan_bundle_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_planbundle_update_plan_bundle_async()
 * @param rc 0, or what schematic_planbundle_update_plan_bundle() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_planbundle_update_plan_bundle()'s out would receive,
 * owned by the callback (schematic_planbundle_update_plan_bundle_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planbundle_update_plan_bundle() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_planbundle_update_plan_bundle_callback)(void *user_data, int rc,
                                                                 schematic_planbundle_update_plan_bundle_response *result,
                                                                 schematic_error *err);

/**
 * Update plan bundle
 *
 * Asynchronous form of schematic_planbundle_update_plan_bundle(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planbundle_update_plan_bundle() would return; the result is the callback's to free.
 *
 * `PUT /plan-bundles/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planbundle_update_plan_bundle(); read before this
 * returns
 * @param body request body, as for schematic_planbundle_update_plan_bundle(); read before this
 * returns
 * @param callback called with the outcome (see schematic_planbundle_update_plan_bundle_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planbundle_update_plan_bundle()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planbundle_update_plan_bundle()
 */
APIC_EXPORT int schematic_planbundle_update_plan_bundle_async(schematic_client *client,
                                                              const schematic_planbundle_update_plan_bundle_params *params,
                                                              const schematic_update_plan_bundle_request_body *body,
                                                              schematic_planbundle_update_plan_bundle_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
