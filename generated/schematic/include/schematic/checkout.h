/**
 * @file schematic/checkout.h
 * @brief Schematic: checkout operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_CHECKOUT_H
#define SCHEMATIC_CHECKOUT_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Checkout internal
 *
 * `POST /checkout-internal`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_change_subscription_internal_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_internal_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_internal(schematic_client *client,
                                            const schematic_change_subscription_internal_request_body *body,
                                            schematic_checkout_internal_response **out, schematic_error *err);
/** Descriptor of schematic_checkout_internal(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_internal_op;

/**
 * Completion of schematic_checkout_internal_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_checkout_internal_async()
 * @param rc 0, or what schematic_checkout_internal() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_checkout_internal()'s out would receive, owned by the
 * callback (schematic_checkout_internal_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_checkout_internal() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_checkout_internal_callback)(void *user_data, int rc,
                                                     schematic_checkout_internal_response *result,
                                                     schematic_error *err);

/**
 * Checkout internal
 *
 * Asynchronous form of schematic_checkout_internal(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_checkout_internal() would
 * return; the result is the callback's to free.
 *
 * `POST /checkout-internal`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_checkout_internal(); read before this returns
 * @param callback called with the outcome (see schematic_checkout_internal_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_checkout_internal() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_internal()
 */
APIC_EXPORT int schematic_checkout_internal_async(schematic_client *client,
                                                  const schematic_change_subscription_internal_request_body *body,
                                                  schematic_checkout_internal_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/**
 * Get checkout data
 *
 * `POST /checkout-internal/data`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_checkout_data_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_get_data_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_get_data(schematic_client *client, const schematic_checkout_data_request_body *body,
                                            schematic_checkout_get_data_response **out, schematic_error *err);
/** Descriptor of schematic_checkout_get_data(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_get_data_op;

/**
 * Completion of schematic_checkout_get_data_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_checkout_get_data_async()
 * @param rc 0, or what schematic_checkout_get_data() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_checkout_get_data()'s out would receive, owned by the
 * callback (schematic_checkout_get_data_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_checkout_get_data() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_checkout_get_data_callback)(void *user_data, int rc,
                                                     schematic_checkout_get_data_response *result,
                                                     schematic_error *err);

/**
 * Get checkout data
 *
 * Asynchronous form of schematic_checkout_get_data(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_checkout_get_data() would
 * return; the result is the callback's to free.
 *
 * `POST /checkout-internal/data`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_checkout_get_data(); read before this returns
 * @param callback called with the outcome (see schematic_checkout_get_data_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_checkout_get_data() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_get_data()
 */
APIC_EXPORT int schematic_checkout_get_data_async(schematic_client *client,
                                                  const schematic_checkout_data_request_body *body,
                                                  schematic_checkout_get_data_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/**
 * Preview checkout internal
 *
 * `POST /checkout-internal/preview`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_change_subscription_internal_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_preview_internal_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_preview_internal(schematic_client *client,
                                                    const schematic_change_subscription_internal_request_body *body,
                                                    schematic_checkout_preview_internal_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_checkout_preview_internal(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_preview_internal_op;

/**
 * Completion of schematic_checkout_preview_internal_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_checkout_preview_internal_async()
 * @param rc 0, or what schematic_checkout_preview_internal() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_checkout_preview_internal()'s out would receive, owned
 * by the callback (schematic_checkout_preview_internal_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_checkout_preview_internal() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_checkout_preview_internal_callback)(void *user_data, int rc,
                                                             schematic_checkout_preview_internal_response *result,
                                                             schematic_error *err);

/**
 * Preview checkout internal
 *
 * Asynchronous form of schematic_checkout_preview_internal(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_checkout_preview_internal() would return; the result is the callback's to free.
 *
 * `POST /checkout-internal/preview`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_checkout_preview_internal(); read before this returns
 * @param callback called with the outcome (see schematic_checkout_preview_internal_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_checkout_preview_internal() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_preview_internal()
 */
APIC_EXPORT int schematic_checkout_preview_internal_async(schematic_client *client,
                                                          const schematic_change_subscription_internal_request_body *body,
                                                          schematic_checkout_preview_internal_callback callback,
                                                          void *user_data, apic_async_call **call,
                                                          schematic_error *err);

/** Parameters of schematic_checkout_get_company_billing_details(). Zero-initialise, then set what you need. */
typedef struct schematic_checkout_get_company_billing_details_params {
    /**
     * company_id
     * Required.
     */
    char *company_id;
} schematic_checkout_get_company_billing_details_params;

/**
 * Get company billing details
 *
 * `GET /companies/{company_id}/billing-details`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_checkout_get_company_billing_details_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_get_company_billing_details(schematic_client *client,
                                                               const schematic_checkout_get_company_billing_details_params *params,
                                                               schematic_checkout_get_company_billing_details_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_checkout_get_company_billing_details(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_get_company_billing_details_op;

/**
 * Completion of schematic_checkout_get_company_billing_details_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_checkout_get_company_billing_details_async()
 * @param rc 0, or what schematic_checkout_get_company_billing_details() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_checkout_get_company_billing_details()'s out would
 * receive, owned by the callback (schematic_checkout_get_company_billing_details_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_checkout_get_company_billing_details() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_checkout_get_company_billing_details_callback)(void *user_data, int rc,
                                                                        schematic_checkout_get_company_billing_details_response *result,
                                                                        schematic_error *err);

/**
 * Get company billing details
 *
 * Asynchronous form of schematic_checkout_get_company_billing_details(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_checkout_get_company_billing_details() would return; the result is the callback's to
 * free.
 *
 * `GET /companies/{company_id}/billing-details`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_checkout_get_company_billing_details(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_checkout_get_company_billing_details_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_checkout_get_company_billing_details() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_get_company_billing_details()
 */
APIC_EXPORT int schematic_checkout_get_company_billing_details_async(schematic_client *client,
                                                                     const schematic_checkout_get_company_billing_details_params *params,
                                                                     schematic_checkout_get_company_billing_details_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

/** Parameters of schematic_checkout_update_company_billing_details(). Zero-initialise, then set what you need. */
typedef struct schematic_checkout_update_company_billing_details_params {
    /**
     * company_id
     * Required.
     */
    char *company_id;
} schematic_checkout_update_company_billing_details_params;

/**
 * Update company billing details
 *
 * `PUT /companies/{company_id}/billing-details`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param body request body: schematic_update_company_billing_details_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_update_company_billing_details_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_update_company_billing_details(schematic_client *client,
                                                                  const schematic_checkout_update_company_billing_details_params *params,
                                                                  const schematic_update_company_billing_details_request_body *body,
                                                                  schematic_checkout_update_company_billing_details_response **out,
                                                                  schematic_error *err);
/** Descriptor of schematic_checkout_update_company_billing_details(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_update_company_billing_details_op;

/**
 * Completion of schematic_checkout_update_company_billing_details_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_checkout_update_company_billing_details_async()
 * @param rc 0, or what schematic_checkout_update_company_billing_details() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_checkout_update_company_billing_details()'s out would
 * receive, owned by the callback
 * (schematic_checkout_update_company_billing_details_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_checkout_update_company_billing_details() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_checkout_update_company_billing_details_callback)(void *user_data, int rc,
                                                                           schematic_checkout_update_company_billing_details_response *result,
                                                                           schematic_error *err);

/**
 * Update company billing details
 *
 * Asynchronous form of schematic_checkout_update_company_billing_details(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_checkout_update_company_billing_details() would return; the result is the callback's
 * to free.
 *
 * `PUT /companies/{company_id}/billing-details`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_checkout_update_company_billing_details(); read
 * before this returns
 * @param body request body, as for schematic_checkout_update_company_billing_details(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_checkout_update_company_billing_details_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_checkout_update_company_billing_details() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_update_company_billing_details()
 */
APIC_EXPORT int schematic_checkout_update_company_billing_details_async(schematic_client *client,
                                                                        const schematic_checkout_update_company_billing_details_params *params,
                                                                        const schematic_update_company_billing_details_request_body *body,
                                                                        schematic_checkout_update_company_billing_details_callback callback,
                                                                        void *user_data, apic_async_call **call,
                                                                        schematic_error *err);

/**
 * Manage plan
 *
 * `POST /manage-plan`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_manage_plan_request, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_manage_plan_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_manage_plan(schematic_client *client, const schematic_manage_plan_request *body,
                                               schematic_checkout_manage_plan_response **out, schematic_error *err);
/** Descriptor of schematic_checkout_manage_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_manage_plan_op;

/**
 * Completion of schematic_checkout_manage_plan_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_checkout_manage_plan_async()
 * @param rc 0, or what schematic_checkout_manage_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_checkout_manage_plan()'s out would receive, owned by the
 * callback (schematic_checkout_manage_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_checkout_manage_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_checkout_manage_plan_callback)(void *user_data, int rc,
                                                        schematic_checkout_manage_plan_response *result,
                                                        schematic_error *err);

/**
 * Manage plan
 *
 * Asynchronous form of schematic_checkout_manage_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_checkout_manage_plan() would return; the result is the callback's to free.
 *
 * `POST /manage-plan`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_checkout_manage_plan(); read before this returns
 * @param callback called with the outcome (see schematic_checkout_manage_plan_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_checkout_manage_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_manage_plan()
 */
APIC_EXPORT int schematic_checkout_manage_plan_async(schematic_client *client,
                                                     const schematic_manage_plan_request *body,
                                                     schematic_checkout_manage_plan_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/**
 * Preview manage plan
 *
 * `POST /manage-plan/preview`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_manage_plan_request, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_preview_manage_plan_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_preview_manage_plan(schematic_client *client,
                                                       const schematic_manage_plan_request *body,
                                                       schematic_checkout_preview_manage_plan_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_checkout_preview_manage_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_preview_manage_plan_op;

/**
 * Completion of schematic_checkout_preview_manage_plan_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_checkout_preview_manage_plan_async()
 * @param rc 0, or what schematic_checkout_preview_manage_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_checkout_preview_manage_plan()'s out would receive,
 * owned by the callback (schematic_checkout_preview_manage_plan_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_checkout_preview_manage_plan() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_checkout_preview_manage_plan_callback)(void *user_data, int rc,
                                                                schematic_checkout_preview_manage_plan_response *result,
                                                                schematic_error *err);

/**
 * Preview manage plan
 *
 * Asynchronous form of schematic_checkout_preview_manage_plan(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_checkout_preview_manage_plan() would return; the result is the callback's to free.
 *
 * `POST /manage-plan/preview`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_checkout_preview_manage_plan(); read before this
 * returns
 * @param callback called with the outcome (see schematic_checkout_preview_manage_plan_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_checkout_preview_manage_plan()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_preview_manage_plan()
 */
APIC_EXPORT int schematic_checkout_preview_manage_plan_async(schematic_client *client,
                                                             const schematic_manage_plan_request *body,
                                                             schematic_checkout_preview_manage_plan_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/**
 * Cancel subscription
 *
 * `POST /manage-plan/subscription/cancel`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_cancel_subscription_request, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_cancel_subscription_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_cancel_subscription(schematic_client *client,
                                                       const schematic_cancel_subscription_request *body,
                                                       schematic_checkout_cancel_subscription_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_checkout_cancel_subscription(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_cancel_subscription_op;

/**
 * Completion of schematic_checkout_cancel_subscription_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_checkout_cancel_subscription_async()
 * @param rc 0, or what schematic_checkout_cancel_subscription() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_checkout_cancel_subscription()'s out would receive,
 * owned by the callback (schematic_checkout_cancel_subscription_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_checkout_cancel_subscription() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_checkout_cancel_subscription_callback)(void *user_data, int rc,
                                                                schematic_checkout_cancel_subscription_response *result,
                                                                schematic_error *err);

/**
 * Cancel subscription
 *
 * Asynchronous form of schematic_checkout_cancel_subscription(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_checkout_cancel_subscription() would return; the result is the callback's to free.
 *
 * `POST /manage-plan/subscription/cancel`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_checkout_cancel_subscription(); read before this
 * returns
 * @param callback called with the outcome (see schematic_checkout_cancel_subscription_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_checkout_cancel_subscription()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_cancel_subscription()
 */
APIC_EXPORT int schematic_checkout_cancel_subscription_async(schematic_client *client,
                                                             const schematic_cancel_subscription_request *body,
                                                             schematic_checkout_cancel_subscription_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/** Parameters of schematic_checkout_update_customer_subscription_trial_end(). Zero-initialise, then set what you need. */
typedef struct schematic_checkout_update_customer_subscription_trial_end_params {
    /**
     * subscription_id
     * Required.
     */
    char *subscription_id;
} schematic_checkout_update_customer_subscription_trial_end_params;

/**
 * Update customer subscription trial end
 *
 * `PUT /subscription/{subscription_id}/edit-trial-end`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: subscription_id
 * @param body request body: schematic_update_trial_end_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_checkout_update_customer_subscription_trial_end_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_checkout_update_customer_subscription_trial_end(schematic_client *client,
                                                                          const schematic_checkout_update_customer_subscription_trial_end_params *params,
                                                                          const schematic_update_trial_end_request_body *body,
                                                                          schematic_checkout_update_customer_subscription_trial_end_response **out,
                                                                          schematic_error *err);
/** Descriptor of schematic_checkout_update_customer_subscription_trial_end(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_checkout_update_customer_subscription_trial_end_op;

/**
 * Completion of schematic_checkout_update_customer_subscription_trial_end_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_checkout_update_customer_subscription_trial_end_async()
 * @param rc 0, or what schematic_checkout_update_customer_subscription_trial_end() would have
 * returned (a negative apic_status); APIC_E_CANCELLED when the call was cancelled
 * (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_checkout_update_customer_subscription_trial_end()'s out
 * would receive, owned by the callback
 * (schematic_checkout_update_customer_subscription_trial_end_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_checkout_update_customer_subscription_trial_end()
 * fills it; valid until the callback returns
 */
typedef void (*schematic_checkout_update_customer_subscription_trial_end_callback)(void *user_data, int rc,
                                                                                   schematic_checkout_update_customer_subscription_trial_end_response *result,
                                                                                   schematic_error *err);

/**
 * Update customer subscription trial end
 *
 * Asynchronous form of schematic_checkout_update_customer_subscription_trial_end(): returns at
 * once; callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_checkout_update_customer_subscription_trial_end() would return; the result is the
 * callback's to free.
 *
 * `PUT /subscription/{subscription_id}/edit-trial-end`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_checkout_update_customer_subscription_trial_end();
 * read before this returns
 * @param body request body, as for schematic_checkout_update_customer_subscription_trial_end();
 * read before this returns
 * @param callback called with the outcome (see
 * schematic_checkout_update_customer_subscription_trial_end_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_checkout_update_customer_subscription_trial_end() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_checkout_update_customer_subscription_trial_end()
 */
APIC_EXPORT int schematic_checkout_update_customer_subscription_trial_end_async(schematic_client *client,
                                                                                const schematic_checkout_update_customer_subscription_trial_end_params *params,
                                                                                const schematic_update_trial_end_request_body *body,
                                                                                schematic_checkout_update_customer_subscription_trial_end_callback callback,
                                                                                void *user_data, apic_async_call **call,
                                                                                schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
