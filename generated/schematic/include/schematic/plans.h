/**
 * @file schematic/plans.h
 * @brief Schematic: plans operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_PLANS_H
#define SCHEMATIC_PLANS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_plans_update_company(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_update_company_params {
    /**
     * company_id
     * Required.
     */
    char *company_id;
} schematic_plans_update_company_params;

/**
 * Update company plans
 *
 * `PUT /company-plans/{company_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param body request body: schematic_update_company_plans_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_update_company_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_update_company(schematic_client *client,
                                               const schematic_plans_update_company_params *params,
                                               const schematic_update_company_plans_request_body *body,
                                               schematic_plans_update_company_response **out, schematic_error *err);
/** Descriptor of schematic_plans_update_company(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_update_company_op;

/**
 * Completion of schematic_plans_update_company_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_plans_update_company_async()
 * @param rc 0, or what schematic_plans_update_company() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_update_company()'s out would receive, owned by the
 * callback (schematic_plans_update_company_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_update_company() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_plans_update_company_callback)(void *user_data, int rc,
                                                        schematic_plans_update_company_response *result,
                                                        schematic_error *err);

/**
 * Update company plans
 *
 * Asynchronous form of schematic_plans_update_company(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_update_company() would return; the result is the callback's to free.
 *
 * `PUT /company-plans/{company_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_update_company(); read before this returns
 * @param body request body, as for schematic_plans_update_company(); read before this returns
 * @param callback called with the outcome (see schematic_plans_update_company_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_update_company() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_update_company()
 */
APIC_EXPORT int schematic_plans_update_company_async(schematic_client *client,
                                                     const schematic_plans_update_company_params *params,
                                                     const schematic_update_company_plans_request_body *body,
                                                     schematic_plans_update_company_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_list_custom_billings(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_list_custom_billings_params {
    /** Filter by company ID */
    char *company_id;
    /** Filter by plan ID */
    char *plan_id;
    bool has_plan_billing_source; /**< true when plan_billing_source is set */
    /** Filter by the flow that created the billing record. Defaults to custom_plan. */
    schematic_plan_billing_source_val plan_billing_source;
    bool has_status; /**< true when status is set */
    /** Filter by billing status */
    schematic_custom_plan_billing_status_val status;
    bool has_statuses; /**< true when statuses is set */
    /** Filter by multiple billing statuses */
    schematic_custom_plan_billing_status_array statuses;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_plans_list_custom_billings_params;

/**
 * List custom plan billings
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /custom-plan-billings`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_plans_list_custom_billings_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_list_custom_billings(schematic_client *client,
                                                     const schematic_plans_list_custom_billings_params *params,
                                                     schematic_plans_list_custom_billings_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_plans_list_custom_billings(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_list_custom_billings_op;

/**
 * Completion of schematic_plans_list_custom_billings_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_plans_list_custom_billings_async()
 * @param rc 0, or what schematic_plans_list_custom_billings() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_list_custom_billings()'s out would receive, owned
 * by the callback (schematic_plans_list_custom_billings_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_list_custom_billings() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_plans_list_custom_billings_callback)(void *user_data, int rc,
                                                              schematic_plans_list_custom_billings_response *result,
                                                              schematic_error *err);

/**
 * List custom plan billings
 *
 * Asynchronous form of schematic_plans_list_custom_billings(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_list_custom_billings() would return; the result is the callback's to free.
 *
 * `GET /custom-plan-billings`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_list_custom_billings(); read before this
 * returns
 * @param callback called with the outcome (see schematic_plans_list_custom_billings_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_list_custom_billings()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_list_custom_billings()
 */
APIC_EXPORT int schematic_plans_list_custom_billings_async(schematic_client *client,
                                                           const schematic_plans_list_custom_billings_params *params,
                                                           schematic_plans_list_custom_billings_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Iteration over every item of schematic_plans_list_custom_billings(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_plans_list_custom_billings_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_plans_list_custom_billings_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_plans_list_custom_billings_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_plans_list_custom_billings_iter_new(schematic_client *client,
                                                              const schematic_plans_list_custom_billings_params *params,
                                                              schematic_plans_list_custom_billings_iter **out,
                                                              schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_plans_list_custom_billings_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_plans_list_custom_billings_iter_next(schematic_plans_list_custom_billings_iter *it,
                                                               const schematic_custom_plan_billing_response_data **item,
                                                               schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_plans_list_custom_billings_iter_free(schematic_plans_list_custom_billings_iter *it);

/** Parameters of schematic_plans_mark_custom_billing_paid(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_mark_custom_billing_paid_params {
    /**
     * custom_plan_billing_id
     * Required.
     */
    char *custom_plan_billing_id;
} schematic_plans_mark_custom_billing_paid_params;

/**
 * Mark custom plan billing paid
 *
 * `PUT /custom-plan-billings/{custom_plan_billing_id}/mark-paid`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: custom_plan_billing_id
 * @param body request body: apic_json_map, sent as JSON; required
 * @param out receives the result on success (schematic_plans_mark_custom_billing_paid_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_mark_custom_billing_paid(schematic_client *client,
                                                         const schematic_plans_mark_custom_billing_paid_params *params,
                                                         const apic_json_map *body,
                                                         schematic_plans_mark_custom_billing_paid_response **out,
                                                         schematic_error *err);
/** Descriptor of schematic_plans_mark_custom_billing_paid(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_mark_custom_billing_paid_op;

/**
 * Completion of schematic_plans_mark_custom_billing_paid_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_plans_mark_custom_billing_paid_async()
 * @param rc 0, or what schematic_plans_mark_custom_billing_paid() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_mark_custom_billing_paid()'s out would receive,
 * owned by the callback (schematic_plans_mark_custom_billing_paid_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_plans_mark_custom_billing_paid() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_plans_mark_custom_billing_paid_callback)(void *user_data, int rc,
                                                                  schematic_plans_mark_custom_billing_paid_response *result,
                                                                  schematic_error *err);

/**
 * Mark custom plan billing paid
 *
 * Asynchronous form of schematic_plans_mark_custom_billing_paid(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_mark_custom_billing_paid() would return; the result is the callback's to free.
 *
 * `PUT /custom-plan-billings/{custom_plan_billing_id}/mark-paid`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_mark_custom_billing_paid(); read before this
 * returns
 * @param body request body, as for schematic_plans_mark_custom_billing_paid(); read before this
 * returns
 * @param callback called with the outcome (see schematic_plans_mark_custom_billing_paid_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_mark_custom_billing_paid()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_mark_custom_billing_paid()
 */
APIC_EXPORT int schematic_plans_mark_custom_billing_paid_async(schematic_client *client,
                                                               const schematic_plans_mark_custom_billing_paid_params *params,
                                                               const apic_json_map *body,
                                                               schematic_plans_mark_custom_billing_paid_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               schematic_error *err);

/** Parameters of schematic_plans_retry_custom_billing(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_retry_custom_billing_params {
    /**
     * custom_plan_billing_id
     * Required.
     */
    char *custom_plan_billing_id;
} schematic_plans_retry_custom_billing_params;

/**
 * Retry custom plan billing
 *
 * `PUT /custom-plan-billings/{custom_plan_billing_id}/retry`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: custom_plan_billing_id
 * @param body request body: schematic_retry_custom_plan_billing_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_retry_custom_billing_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_retry_custom_billing(schematic_client *client,
                                                     const schematic_plans_retry_custom_billing_params *params,
                                                     const schematic_retry_custom_plan_billing_request_body *body,
                                                     schematic_plans_retry_custom_billing_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_plans_retry_custom_billing(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_retry_custom_billing_op;

/**
 * Completion of schematic_plans_retry_custom_billing_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_plans_retry_custom_billing_async()
 * @param rc 0, or what schematic_plans_retry_custom_billing() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_retry_custom_billing()'s out would receive, owned
 * by the callback (schematic_plans_retry_custom_billing_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_retry_custom_billing() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_plans_retry_custom_billing_callback)(void *user_data, int rc,
                                                              schematic_plans_retry_custom_billing_response *result,
                                                              schematic_error *err);

/**
 * Retry custom plan billing
 *
 * Asynchronous form of schematic_plans_retry_custom_billing(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_retry_custom_billing() would return; the result is the callback's to free.
 *
 * `PUT /custom-plan-billings/{custom_plan_billing_id}/retry`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_retry_custom_billing(); read before this
 * returns
 * @param body request body, as for schematic_plans_retry_custom_billing(); read before this
 * returns
 * @param callback called with the outcome (see schematic_plans_retry_custom_billing_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_retry_custom_billing()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_retry_custom_billing()
 */
APIC_EXPORT int schematic_plans_retry_custom_billing_async(schematic_client *client,
                                                           const schematic_plans_retry_custom_billing_params *params,
                                                           const schematic_retry_custom_plan_billing_request_body *body,
                                                           schematic_plans_retry_custom_billing_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/**
 * Create custom plan
 *
 * `POST /custom-plans`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_custom_plan_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_create_custom_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_create_custom(schematic_client *client,
                                              const schematic_create_custom_plan_request_body *body,
                                              schematic_plans_create_custom_response **out, schematic_error *err);
/** Descriptor of schematic_plans_create_custom(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_create_custom_op;

/**
 * Completion of schematic_plans_create_custom_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_plans_create_custom_async()
 * @param rc 0, or what schematic_plans_create_custom() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_create_custom()'s out would receive, owned by the
 * callback (schematic_plans_create_custom_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_create_custom() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_plans_create_custom_callback)(void *user_data, int rc,
                                                       schematic_plans_create_custom_response *result,
                                                       schematic_error *err);

/**
 * Create custom plan
 *
 * Asynchronous form of schematic_plans_create_custom(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_plans_create_custom()
 * would return; the result is the callback's to free.
 *
 * `POST /custom-plans`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_plans_create_custom(); read before this returns
 * @param callback called with the outcome (see schematic_plans_create_custom_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_create_custom() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_create_custom()
 */
APIC_EXPORT int schematic_plans_create_custom_async(schematic_client *client,
                                                    const schematic_create_custom_plan_request_body *body,
                                                    schematic_plans_create_custom_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_list(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_list_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    bool has_company_scoped_only; /**< true when company_scoped_only is set */
    /** Only return plans that are scoped to a company (custom plans assigned to a company) */
    bool company_scoped_only;
    bool has_exclude_company_scoped; /**< true when exclude_company_scoped is set */
    /** Exclude plans that are scoped to a company (custom plans assigned to a company) */
    bool exclude_company_scoped;
    bool has_for_fallback_plan; /**< true when for_fallback_plan is set */
    /** Filter for plans valid as fallback plans (not linked to billing) */
    bool for_fallback_plan;
    bool has_for_initial_plan; /**< true when for_initial_plan is set */
    /** Filter for plans valid as initial plans (not linked to billing, free, or auto-cancelling trial) */
    bool for_initial_plan;
    bool has_for_trial_expiry_plan; /**< true when for_trial_expiry_plan is set */
    /** Filter for plans valid as trial expiry plans (not linked to billing or free) */
    bool for_trial_expiry_plan;
    bool has_has_product_id; /**< true when has_product_id is set */
    /** Filter out plans that do not have a billing product ID */
    bool has_product_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_include_draft_versions; /**< true when include_draft_versions is set */
    /** Include billing settings from draft versions for plans which have draft version */
    bool include_draft_versions;
    bool has_plan_type; /**< true when plan_type is set */
    /** Filter by plan type */
    schematic_plan_type_val plan_type;
    /** Maximum length: 512. */
    char *q;
    /** Filter plans scoped to a specific company (custom plans) */
    char *scoped_to_company_id;
    bool has_with_entitlements; /**< true when with_entitlements is set */
    /** Include each plan's entitlements in the response */
    bool with_entitlements;
    /** Filter out plans that already have a plan entitlement for the specified feature ID */
    char *without_entitlement_for;
    bool has_without_paid_product_id; /**< true when without_paid_product_id is set */
    /** Filter out plans that have a paid billing product ID */
    bool without_paid_product_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_plans_list_params;

/**
 * List plans
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /plans`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_plans_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_list(schematic_client *client, const schematic_plans_list_params *params,
                                     schematic_plans_list_response **out, schematic_error *err);
/** Descriptor of schematic_plans_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_list_op;

/**
 * Completion of schematic_plans_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_plans_list_async()
 * @param rc 0, or what schematic_plans_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_plans_list()'s out would receive, owned by the callback
 * (schematic_plans_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_plans_list_callback)(void *user_data, int rc, schematic_plans_list_response *result,
                                              schematic_error *err);

/**
 * List plans
 *
 * Asynchronous form of schematic_plans_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_plans_list() would return; the
 * result is the callback's to free.
 *
 * `GET /plans`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_list(); read before this returns
 * @param callback called with the outcome (see schematic_plans_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_list()
 */
APIC_EXPORT int schematic_plans_list_async(schematic_client *client, const schematic_plans_list_params *params,
                                           schematic_plans_list_callback callback, void *user_data,
                                           apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_plans_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_plans_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_plans_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_plans_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_plans_list_iter_new(schematic_client *client, const schematic_plans_list_params *params,
                                              schematic_plans_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_plans_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_plans_list_iter_next(schematic_plans_list_iter *it,
                                               const schematic_plan_detail_response_data **item, schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_plans_list_iter_free(schematic_plans_list_iter *it);

/**
 * Create plan
 *
 * `POST /plans`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_plan_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_create(schematic_client *client, const schematic_create_plan_request_body *body,
                                       schematic_plans_create_response **out, schematic_error *err);
/** Descriptor of schematic_plans_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_create_op;

/**
 * Completion of schematic_plans_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_plans_create_async()
 * @param rc 0, or what schematic_plans_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_plans_create()'s out would receive, owned by the
 * callback (schematic_plans_create_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_create() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_plans_create_callback)(void *user_data, int rc, schematic_plans_create_response *result,
                                                schematic_error *err);

/**
 * Create plan
 *
 * Asynchronous form of schematic_plans_create(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_plans_create() would return; the
 * result is the callback's to free.
 *
 * `POST /plans`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_plans_create(); read before this returns
 * @param callback called with the outcome (see schematic_plans_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_create()
 */
APIC_EXPORT int schematic_plans_create_async(schematic_client *client, const schematic_create_plan_request_body *body,
                                             schematic_plans_create_callback callback, void *user_data,
                                             apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_get(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_get_params {
    /**
     * plan_id
     * Required.
     */
    char *plan_id;
    /** Fetch billing settings for a specific plan version */
    char *plan_version_id;
} schematic_plans_get_params;

/**
 * Get plan
 *
 * `GET /plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param out receives the result on success (schematic_plans_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_get(schematic_client *client, const schematic_plans_get_params *params,
                                    schematic_plans_get_response **out, schematic_error *err);
/** Descriptor of schematic_plans_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_get_op;

/**
 * Completion of schematic_plans_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_plans_get_async()
 * @param rc 0, or what schematic_plans_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_plans_get()'s out would receive, owned by the callback
 * (schematic_plans_get_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_get() fills it; valid until the callback returns
 */
typedef void (*schematic_plans_get_callback)(void *user_data, int rc, schematic_plans_get_response *result,
                                             schematic_error *err);

/**
 * Get plan
 *
 * Asynchronous form of schematic_plans_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_plans_get() would return; the
 * result is the callback's to free.
 *
 * `GET /plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_get(); read before this returns
 * @param callback called with the outcome (see schematic_plans_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_get()
 */
APIC_EXPORT int schematic_plans_get_async(schematic_client *client, const schematic_plans_get_params *params,
                                          schematic_plans_get_callback callback, void *user_data,
                                          apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_update(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_update_params {
    /**
     * plan_id
     * Required.
     */
    char *plan_id;
} schematic_plans_update_params;

/**
 * Update plan
 *
 * `PUT /plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param body request body: schematic_update_plan_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_update_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_update(schematic_client *client, const schematic_plans_update_params *params,
                                       const schematic_update_plan_request_body *body,
                                       schematic_plans_update_response **out, schematic_error *err);
/** Descriptor of schematic_plans_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_update_op;

/**
 * Completion of schematic_plans_update_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_plans_update_async()
 * @param rc 0, or what schematic_plans_update() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_plans_update()'s out would receive, owned by the
 * callback (schematic_plans_update_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_update() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_plans_update_callback)(void *user_data, int rc, schematic_plans_update_response *result,
                                                schematic_error *err);

/**
 * Update plan
 *
 * Asynchronous form of schematic_plans_update(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_plans_update() would return; the
 * result is the callback's to free.
 *
 * `PUT /plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_update(); read before this returns
 * @param body request body, as for schematic_plans_update(); read before this returns
 * @param callback called with the outcome (see schematic_plans_update_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_update() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_update()
 */
APIC_EXPORT int schematic_plans_update_async(schematic_client *client, const schematic_plans_update_params *params,
                                             const schematic_update_plan_request_body *body,
                                             schematic_plans_update_callback callback, void *user_data,
                                             apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_delete_params {
    /**
     * plan_id
     * Required.
     */
    char *plan_id;
} schematic_plans_delete_params;

/**
 * Delete plan
 *
 * `DELETE /plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param out receives the result on success (schematic_plans_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_delete(schematic_client *client, const schematic_plans_delete_params *params,
                                       schematic_plans_delete_response **out, schematic_error *err);
/** Descriptor of schematic_plans_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_delete_op;

/**
 * Completion of schematic_plans_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_plans_delete_async()
 * @param rc 0, or what schematic_plans_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_plans_delete()'s out would receive, owned by the
 * callback (schematic_plans_delete_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_delete() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_plans_delete_callback)(void *user_data, int rc, schematic_plans_delete_response *result,
                                                schematic_error *err);

/**
 * Delete plan
 *
 * Asynchronous form of schematic_plans_delete(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_plans_delete() would return; the
 * result is the callback's to free.
 *
 * `DELETE /plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_delete(); read before this returns
 * @param callback called with the outcome (see schematic_plans_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_delete()
 */
APIC_EXPORT int schematic_plans_delete_async(schematic_client *client, const schematic_plans_delete_params *params,
                                             schematic_plans_delete_callback callback, void *user_data,
                                             apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_upsert_billing_product(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_upsert_billing_product_params {
    /**
     * plan_id
     * Required.
     */
    char *plan_id;
} schematic_plans_upsert_billing_product_params;

/**
 * Upsert billing product plan
 *
 * `PUT /plans/{plan_id}/billing_products`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param body request body: schematic_upsert_billing_product_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_upsert_billing_product_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_upsert_billing_product(schematic_client *client,
                                                       const schematic_plans_upsert_billing_product_params *params,
                                                       const schematic_upsert_billing_product_request_body *body,
                                                       schematic_plans_upsert_billing_product_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_plans_upsert_billing_product(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_upsert_billing_product_op;

/**
 * Completion of schematic_plans_upsert_billing_product_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_plans_upsert_billing_product_async()
 * @param rc 0, or what schematic_plans_upsert_billing_product() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_upsert_billing_product()'s out would receive,
 * owned by the callback (schematic_plans_upsert_billing_product_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_plans_upsert_billing_product() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_plans_upsert_billing_product_callback)(void *user_data, int rc,
                                                                schematic_plans_upsert_billing_product_response *result,
                                                                schematic_error *err);

/**
 * Upsert billing product plan
 *
 * Asynchronous form of schematic_plans_upsert_billing_product(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_upsert_billing_product() would return; the result is the callback's to free.
 *
 * `PUT /plans/{plan_id}/billing_products`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_upsert_billing_product(); read before this
 * returns
 * @param body request body, as for schematic_plans_upsert_billing_product(); read before this
 * returns
 * @param callback called with the outcome (see schematic_plans_upsert_billing_product_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_upsert_billing_product()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_upsert_billing_product()
 */
APIC_EXPORT int schematic_plans_upsert_billing_product_async(schematic_client *client,
                                                             const schematic_plans_upsert_billing_product_params *params,
                                                             const schematic_upsert_billing_product_request_body *body,
                                                             schematic_plans_upsert_billing_product_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/**
 * Upsert plan for billing product
 *
 * `POST /plans/billing-linked`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_linked_plan_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_upsert_for_billing_product_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_upsert_for_billing_product(schematic_client *client,
                                                           const schematic_create_billing_linked_plan_request_body *body,
                                                           schematic_plans_upsert_for_billing_product_response **out,
                                                           schematic_error *err);
/** Descriptor of schematic_plans_upsert_for_billing_product(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_upsert_for_billing_product_op;

/**
 * Completion of schematic_plans_upsert_for_billing_product_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_plans_upsert_for_billing_product_async()
 * @param rc 0, or what schematic_plans_upsert_for_billing_product() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_plans_upsert_for_billing_product()'s out would receive,
 * owned by the callback (schematic_plans_upsert_for_billing_product_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_plans_upsert_for_billing_product() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_plans_upsert_for_billing_product_callback)(void *user_data, int rc,
                                                                    schematic_plans_upsert_for_billing_product_response *result,
                                                                    schematic_error *err);

/**
 * Upsert plan for billing product
 *
 * Asynchronous form of schematic_plans_upsert_for_billing_product(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_upsert_for_billing_product() would return; the result is the callback's to free.
 *
 * `POST /plans/billing-linked`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_plans_upsert_for_billing_product(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_plans_upsert_for_billing_product_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_upsert_for_billing_product()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_upsert_for_billing_product()
 */
APIC_EXPORT int schematic_plans_upsert_for_billing_product_async(schematic_client *client,
                                                                 const schematic_create_billing_linked_plan_request_body *body,
                                                                 schematic_plans_upsert_for_billing_product_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 schematic_error *err);

/** Parameters of schematic_plans_list_billing_product_match_companies(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_list_billing_product_match_companies_params {
    /**
     * The plan ID to find billing product match companies for
     * Required.
     */
    char *plan_id;
    /** Search for companies by name, keys or string traits */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_plans_list_billing_product_match_companies_params;

/**
 * List billing product match companies
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /plans/billing-product-match-companies`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param out receives the result on success (schematic_plans_list_billing_product_match_companies_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_list_billing_product_match_companies(schematic_client *client,
                                                                     const schematic_plans_list_billing_product_match_companies_params *params,
                                                                     schematic_plans_list_billing_product_match_companies_response **out,
                                                                     schematic_error *err);
/** Descriptor of schematic_plans_list_billing_product_match_companies(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_list_billing_product_match_companies_op;

/**
 * Completion of schematic_plans_list_billing_product_match_companies_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_plans_list_billing_product_match_companies_async()
 * @param rc 0, or what schematic_plans_list_billing_product_match_companies() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_plans_list_billing_product_match_companies()'s out would
 * receive, owned by the callback
 * (schematic_plans_list_billing_product_match_companies_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_list_billing_product_match_companies() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_plans_list_billing_product_match_companies_callback)(void *user_data, int rc,
                                                                              schematic_plans_list_billing_product_match_companies_response *result,
                                                                              schematic_error *err);

/**
 * List billing product match companies
 *
 * Asynchronous form of schematic_plans_list_billing_product_match_companies(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_list_billing_product_match_companies() would return; the result is the
 * callback's to free.
 *
 * `GET /plans/billing-product-match-companies`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_list_billing_product_match_companies(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_plans_list_billing_product_match_companies_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_plans_list_billing_product_match_companies() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_list_billing_product_match_companies()
 */
APIC_EXPORT int schematic_plans_list_billing_product_match_companies_async(schematic_client *client,
                                                                           const schematic_plans_list_billing_product_match_companies_params *params,
                                                                           schematic_plans_list_billing_product_match_companies_callback callback,
                                                                           void *user_data, apic_async_call **call,
                                                                           schematic_error *err);

/** Iteration over every item of schematic_plans_list_billing_product_match_companies(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_plans_list_billing_product_match_companies_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_plans_list_billing_product_match_companies_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_plans_list_billing_product_match_companies_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_plans_list_billing_product_match_companies_iter_new(schematic_client *client,
                                                                              const schematic_plans_list_billing_product_match_companies_params *params,
                                                                              schematic_plans_list_billing_product_match_companies_iter **out,
                                                                              schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_plans_list_billing_product_match_companies_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_plans_list_billing_product_match_companies_iter_next(schematic_plans_list_billing_product_match_companies_iter *it,
                                                                               const schematic_company_detail_response_data **item,
                                                                               schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_plans_list_billing_product_match_companies_iter_free(schematic_plans_list_billing_product_match_companies_iter *it);

/** Parameters of schematic_plans_count_billing_product_match_companies(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_count_billing_product_match_companies_params {
    /**
     * The plan ID to find billing product match companies for
     * Required.
     */
    char *plan_id;
    /** Search for companies by name, keys or string traits */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_plans_count_billing_product_match_companies_params;

/**
 * Count billing product match companies
 *
 * `GET /plans/billing-product-match-companies/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param out receives the result on success (schematic_plans_count_billing_product_match_companies_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_count_billing_product_match_companies(schematic_client *client,
                                                                      const schematic_plans_count_billing_product_match_companies_params *params,
                                                                      schematic_plans_count_billing_product_match_companies_response **out,
                                                                      schematic_error *err);
/** Descriptor of schematic_plans_count_billing_product_match_companies(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_count_billing_product_match_companies_op;

/**
 * Completion of schematic_plans_count_billing_product_match_companies_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_plans_count_billing_product_match_companies_async()
 * @param rc 0, or what schematic_plans_count_billing_product_match_companies() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_plans_count_billing_product_match_companies()'s out
 * would receive, owned by the callback
 * (schematic_plans_count_billing_product_match_companies_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_count_billing_product_match_companies() fills
 * it; valid until the callback returns
 */
typedef void (*schematic_plans_count_billing_product_match_companies_callback)(void *user_data, int rc,
                                                                               schematic_plans_count_billing_product_match_companies_response *result,
                                                                               schematic_error *err);

/**
 * Count billing product match companies
 *
 * Asynchronous form of schematic_plans_count_billing_product_match_companies(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_count_billing_product_match_companies() would return; the result is the
 * callback's to free.
 *
 * `GET /plans/billing-product-match-companies/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_count_billing_product_match_companies(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_plans_count_billing_product_match_companies_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_plans_count_billing_product_match_companies() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_count_billing_product_match_companies()
 */
APIC_EXPORT int schematic_plans_count_billing_product_match_companies_async(schematic_client *client,
                                                                            const schematic_plans_count_billing_product_match_companies_params *params,
                                                                            schematic_plans_count_billing_product_match_companies_callback callback,
                                                                            void *user_data, apic_async_call **call,
                                                                            schematic_error *err);

/** Parameters of schematic_plans_count(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_count_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    bool has_company_scoped_only; /**< true when company_scoped_only is set */
    /** Only return plans that are scoped to a company (custom plans assigned to a company) */
    bool company_scoped_only;
    bool has_exclude_company_scoped; /**< true when exclude_company_scoped is set */
    /** Exclude plans that are scoped to a company (custom plans assigned to a company) */
    bool exclude_company_scoped;
    bool has_for_fallback_plan; /**< true when for_fallback_plan is set */
    /** Filter for plans valid as fallback plans (not linked to billing) */
    bool for_fallback_plan;
    bool has_for_initial_plan; /**< true when for_initial_plan is set */
    /** Filter for plans valid as initial plans (not linked to billing, free, or auto-cancelling trial) */
    bool for_initial_plan;
    bool has_for_trial_expiry_plan; /**< true when for_trial_expiry_plan is set */
    /** Filter for plans valid as trial expiry plans (not linked to billing or free) */
    bool for_trial_expiry_plan;
    bool has_has_product_id; /**< true when has_product_id is set */
    /** Filter out plans that do not have a billing product ID */
    bool has_product_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_include_draft_versions; /**< true when include_draft_versions is set */
    /** Include billing settings from draft versions for plans which have draft version */
    bool include_draft_versions;
    bool has_plan_type; /**< true when plan_type is set */
    /** Filter by plan type */
    schematic_plan_type_val plan_type;
    /** Maximum length: 512. */
    char *q;
    /** Filter plans scoped to a specific company (custom plans) */
    char *scoped_to_company_id;
    bool has_with_entitlements; /**< true when with_entitlements is set */
    /** Include each plan's entitlements in the response */
    bool with_entitlements;
    /** Filter out plans that already have a plan entitlement for the specified feature ID */
    char *without_entitlement_for;
    bool has_without_paid_product_id; /**< true when without_paid_product_id is set */
    /** Filter out plans that have a paid billing product ID */
    bool without_paid_product_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_plans_count_params;

/**
 * Count plans
 *
 * `GET /plans/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_plans_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_count(schematic_client *client, const schematic_plans_count_params *params,
                                      schematic_plans_count_response **out, schematic_error *err);
/** Descriptor of schematic_plans_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_count_op;

/**
 * Completion of schematic_plans_count_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_plans_count_async()
 * @param rc 0, or what schematic_plans_count() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_plans_count()'s out would receive, owned by the callback
 * (schematic_plans_count_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_count() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_plans_count_callback)(void *user_data, int rc, schematic_plans_count_response *result,
                                               schematic_error *err);

/**
 * Count plans
 *
 * Asynchronous form of schematic_plans_count(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_plans_count() would return; the
 * result is the callback's to free.
 *
 * `GET /plans/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_count(); read before this returns
 * @param callback called with the outcome (see schematic_plans_count_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_count() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_count()
 */
APIC_EXPORT int schematic_plans_count_async(schematic_client *client, const schematic_plans_count_params *params,
                                            schematic_plans_count_callback callback, void *user_data,
                                            apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_list_issues(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_list_issues_params {
    /**
     * The `plan_id` query parameter: a string.
     * Required.
     */
    char *plan_id;
    /** The `plan_version_id` query parameter: a string. */
    char *plan_version_id;
} schematic_plans_list_issues_params;

/**
 * List plan issues
 *
 * `GET /plans/issues`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_id
 * @param out receives the result on success (schematic_plans_list_issues_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_list_issues(schematic_client *client, const schematic_plans_list_issues_params *params,
                                            schematic_plans_list_issues_response **out, schematic_error *err);
/** Descriptor of schematic_plans_list_issues(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_list_issues_op;

/**
 * Completion of schematic_plans_list_issues_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_plans_list_issues_async()
 * @param rc 0, or what schematic_plans_list_issues() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_plans_list_issues()'s out would receive, owned by the
 * callback (schematic_plans_list_issues_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_list_issues() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_plans_list_issues_callback)(void *user_data, int rc,
                                                     schematic_plans_list_issues_response *result,
                                                     schematic_error *err);

/**
 * List plan issues
 *
 * Asynchronous form of schematic_plans_list_issues(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_plans_list_issues() would
 * return; the result is the callback's to free.
 *
 * `GET /plans/issues`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_list_issues(); read before this returns
 * @param callback called with the outcome (see schematic_plans_list_issues_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_list_issues() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_list_issues()
 */
APIC_EXPORT int schematic_plans_list_issues_async(schematic_client *client,
                                                  const schematic_plans_list_issues_params *params,
                                                  schematic_plans_list_issues_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_delete_version(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_delete_version_params {
    /**
     * plan_version_id
     * Required.
     */
    char *plan_version_id;
    bool has_promote_archived_version; /**< true when promote_archived_version is set */
    /** The `promote_archived_version` query parameter: true or false. */
    bool promote_archived_version;
} schematic_plans_delete_version_params;

/**
 * Delete plan version
 *
 * `DELETE /plans/version/{plan_version_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_version_id
 * @param out receives the result on success (schematic_plans_delete_version_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_delete_version(schematic_client *client,
                                               const schematic_plans_delete_version_params *params,
                                               schematic_plans_delete_version_response **out, schematic_error *err);
/** Descriptor of schematic_plans_delete_version(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_delete_version_op;

/**
 * Completion of schematic_plans_delete_version_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_plans_delete_version_async()
 * @param rc 0, or what schematic_plans_delete_version() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_delete_version()'s out would receive, owned by the
 * callback (schematic_plans_delete_version_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_delete_version() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_plans_delete_version_callback)(void *user_data, int rc,
                                                        schematic_plans_delete_version_response *result,
                                                        schematic_error *err);

/**
 * Delete plan version
 *
 * Asynchronous form of schematic_plans_delete_version(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_delete_version() would return; the result is the callback's to free.
 *
 * `DELETE /plans/version/{plan_version_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_delete_version(); read before this returns
 * @param callback called with the outcome (see schematic_plans_delete_version_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_delete_version() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_delete_version()
 */
APIC_EXPORT int schematic_plans_delete_version_async(schematic_client *client,
                                                     const schematic_plans_delete_version_params *params,
                                                     schematic_plans_delete_version_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_plans_publish_version(). Zero-initialise, then set what you need. */
typedef struct schematic_plans_publish_version_params {
    /**
     * plan_version_id
     * Required.
     */
    char *plan_version_id;
} schematic_plans_publish_version_params;

/**
 * Publish plan version
 *
 * `PUT /plans/version/{plan_version_id}/publish`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_version_id
 * @param body request body: schematic_publish_plan_version_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_plans_publish_version_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_plans_publish_version(schematic_client *client,
                                                const schematic_plans_publish_version_params *params,
                                                const schematic_publish_plan_version_request_body *body,
                                                schematic_plans_publish_version_response **out, schematic_error *err);
/** Descriptor of schematic_plans_publish_version(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_plans_publish_version_op;

/**
 * Completion of schematic_plans_publish_version_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_plans_publish_version_async()
 * @param rc 0, or what schematic_plans_publish_version() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_plans_publish_version()'s out would receive, owned by
 * the callback (schematic_plans_publish_version_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_plans_publish_version() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_plans_publish_version_callback)(void *user_data, int rc,
                                                         schematic_plans_publish_version_response *result,
                                                         schematic_error *err);

/**
 * Publish plan version
 *
 * Asynchronous form of schematic_plans_publish_version(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_plans_publish_version() would return; the result is the callback's to free.
 *
 * `PUT /plans/version/{plan_version_id}/publish`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_plans_publish_version(); read before this returns
 * @param body request body, as for schematic_plans_publish_version(); read before this returns
 * @param callback called with the outcome (see schematic_plans_publish_version_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_plans_publish_version() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_plans_publish_version()
 */
APIC_EXPORT int schematic_plans_publish_version_async(schematic_client *client,
                                                      const schematic_plans_publish_version_params *params,
                                                      const schematic_publish_plan_version_request_body *body,
                                                      schematic_plans_publish_version_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
