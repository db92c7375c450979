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

#ifdef __cplusplus
}
#endif
#endif
