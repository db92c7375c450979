/**
 * @file schematic/billing.h
 * @brief Schematic: billing operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_BILLING_H
#define SCHEMATIC_BILLING_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_billing_list_coupons(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_coupons_params {
    bool has_is_active; /**< true when is_active is set */
    /** The `is_active` query parameter: true or false. */
    bool is_active;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_coupons_params;

/**
 * List coupons
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/coupons`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_list_coupons_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_coupons(schematic_client *client,
                                               const schematic_billing_list_coupons_params *params,
                                               schematic_billing_list_coupons_response **out, schematic_error *err);
/** Descriptor of schematic_billing_list_coupons(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_coupons_op;

/**
 * Completion of schematic_billing_list_coupons_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_coupons_async()
 * @param rc 0, or what schematic_billing_list_coupons() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_list_coupons()'s out would receive, owned by the
 * callback (schematic_billing_list_coupons_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_list_coupons() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_list_coupons_callback)(void *user_data, int rc,
                                                        schematic_billing_list_coupons_response *result,
                                                        schematic_error *err);

/**
 * List coupons
 *
 * Asynchronous form of schematic_billing_list_coupons(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_list_coupons() would return; the result is the callback's to free.
 *
 * `GET /billing/coupons`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_coupons(); read before this returns
 * @param callback called with the outcome (see schematic_billing_list_coupons_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_list_coupons() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_coupons()
 */
APIC_EXPORT int schematic_billing_list_coupons_async(schematic_client *client,
                                                     const schematic_billing_list_coupons_params *params,
                                                     schematic_billing_list_coupons_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_billing_list_coupons(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_coupons_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_coupons_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_coupons_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_coupons_iter_new(schematic_client *client,
                                                        const schematic_billing_list_coupons_params *params,
                                                        schematic_billing_list_coupons_iter **out,
                                                        schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_coupons_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_coupons_iter_next(schematic_billing_list_coupons_iter *it,
                                                         const schematic_billing_coupon_response_data **item,
                                                         schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_coupons_iter_free(schematic_billing_list_coupons_iter *it);

/**
 * Upsert billing coupon
 *
 * `POST /billing/coupons`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_coupon_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_coupon_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_coupon(schematic_client *client,
                                                const schematic_create_coupon_request_body *body,
                                                schematic_billing_upsert_coupon_response **out, schematic_error *err);
/** Descriptor of schematic_billing_upsert_coupon(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_coupon_op;

/**
 * Completion of schematic_billing_upsert_coupon_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_coupon_async()
 * @param rc 0, or what schematic_billing_upsert_coupon() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_coupon()'s out would receive, owned by
 * the callback (schematic_billing_upsert_coupon_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_upsert_coupon() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_upsert_coupon_callback)(void *user_data, int rc,
                                                         schematic_billing_upsert_coupon_response *result,
                                                         schematic_error *err);

/**
 * Upsert billing coupon
 *
 * Asynchronous form of schematic_billing_upsert_coupon(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_coupon() would return; the result is the callback's to free.
 *
 * `POST /billing/coupons`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_coupon(); read before this returns
 * @param callback called with the outcome (see schematic_billing_upsert_coupon_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_coupon() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_coupon()
 */
APIC_EXPORT int schematic_billing_upsert_coupon_async(schematic_client *client,
                                                      const schematic_create_coupon_request_body *body,
                                                      schematic_billing_upsert_coupon_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_delete_coupon(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_delete_coupon_params {
    /**
     * billing_id
     * Required.
     */
    char *billing_id;
} schematic_billing_delete_coupon_params;

/**
 * Delete billing coupon
 *
 * `DELETE /billing/coupons/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: billing_id
 * @param out receives the result on success (schematic_billing_delete_coupon_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_delete_coupon(schematic_client *client,
                                                const schematic_billing_delete_coupon_params *params,
                                                schematic_billing_delete_coupon_response **out, schematic_error *err);
/** Descriptor of schematic_billing_delete_coupon(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_delete_coupon_op;

/**
 * Completion of schematic_billing_delete_coupon_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_delete_coupon_async()
 * @param rc 0, or what schematic_billing_delete_coupon() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_delete_coupon()'s out would receive, owned by
 * the callback (schematic_billing_delete_coupon_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_delete_coupon() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_delete_coupon_callback)(void *user_data, int rc,
                                                         schematic_billing_delete_coupon_response *result,
                                                         schematic_error *err);

/**
 * Delete billing coupon
 *
 * Asynchronous form of schematic_billing_delete_coupon(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_delete_coupon() would return; the result is the callback's to free.
 *
 * `DELETE /billing/coupons/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_delete_coupon(); read before this returns
 * @param callback called with the outcome (see schematic_billing_delete_coupon_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_delete_coupon() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_delete_coupon()
 */
APIC_EXPORT int schematic_billing_delete_coupon_async(schematic_client *client,
                                                      const schematic_billing_delete_coupon_params *params,
                                                      schematic_billing_delete_coupon_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_delete_customer(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_delete_customer_params {
    /**
     * billing_id
     * Required.
     */
    char *billing_id;
} schematic_billing_delete_customer_params;

/**
 * Delete billing customer
 *
 * `DELETE /billing/customer/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: billing_id
 * @param out receives the result on success (schematic_billing_delete_customer_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_delete_customer(schematic_client *client,
                                                  const schematic_billing_delete_customer_params *params,
                                                  schematic_billing_delete_customer_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_billing_delete_customer(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_delete_customer_op;

/**
 * Completion of schematic_billing_delete_customer_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_delete_customer_async()
 * @param rc 0, or what schematic_billing_delete_customer() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_delete_customer()'s out would receive, owned by
 * the callback (schematic_billing_delete_customer_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_delete_customer() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_delete_customer_callback)(void *user_data, int rc,
                                                           schematic_billing_delete_customer_response *result,
                                                           schematic_error *err);

/**
 * Delete billing customer
 *
 * Asynchronous form of schematic_billing_delete_customer(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_delete_customer() would return; the result is the callback's to free.
 *
 * `DELETE /billing/customer/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_delete_customer(); read before this returns
 * @param callback called with the outcome (see schematic_billing_delete_customer_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_delete_customer() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_delete_customer()
 */
APIC_EXPORT int schematic_billing_delete_customer_async(schematic_client *client,
                                                        const schematic_billing_delete_customer_params *params,
                                                        schematic_billing_delete_customer_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Upsert billing customer
 *
 * `POST /billing/customer/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_customer_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_customer_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_customer(schematic_client *client,
                                                  const schematic_create_billing_customer_request_body *body,
                                                  schematic_billing_upsert_customer_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_billing_upsert_customer(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_customer_op;

/**
 * Completion of schematic_billing_upsert_customer_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_customer_async()
 * @param rc 0, or what schematic_billing_upsert_customer() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_customer()'s out would receive, owned by
 * the callback (schematic_billing_upsert_customer_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_upsert_customer() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_upsert_customer_callback)(void *user_data, int rc,
                                                           schematic_billing_upsert_customer_response *result,
                                                           schematic_error *err);

/**
 * Upsert billing customer
 *
 * Asynchronous form of schematic_billing_upsert_customer(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_customer() would return; the result is the callback's to free.
 *
 * `POST /billing/customer/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_customer(); read before this returns
 * @param callback called with the outcome (see schematic_billing_upsert_customer_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_customer() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_customer()
 */
APIC_EXPORT int schematic_billing_upsert_customer_async(schematic_client *client,
                                                        const schematic_create_billing_customer_request_body *body,
                                                        schematic_billing_upsert_customer_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_list_customers_with_subscriptions(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_customers_with_subscriptions_params {
    bool has_company_ids; /**< true when company_ids is set */
    /** Maximum items: 100. */
    apic_string_array company_ids;
    /** Maximum length: 255. */
    char *name;
    bool has_provider_type; /**< true when provider_type is set */
    /** The `provider_type` query parameter: one of the values of schematic_billing_provider_type (stored as schematic_billing_provider_type_val). */
    schematic_billing_provider_type_val provider_type;
    /** Maximum length: 512. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_customers_with_subscriptions_params;

/**
 * List customers with subscriptions
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/customers`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_list_customers_with_subscriptions_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_customers_with_subscriptions(schematic_client *client,
                                                                    const schematic_billing_list_customers_with_subscriptions_params *params,
                                                                    schematic_billing_list_customers_with_subscriptions_response **out,
                                                                    schematic_error *err);
/** Descriptor of schematic_billing_list_customers_with_subscriptions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_customers_with_subscriptions_op;

/**
 * Completion of schematic_billing_list_customers_with_subscriptions_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_customers_with_subscriptions_async()
 * @param rc 0, or what schematic_billing_list_customers_with_subscriptions() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_billing_list_customers_with_subscriptions()'s out would
 * receive, owned by the callback
 * (schematic_billing_list_customers_with_subscriptions_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_list_customers_with_subscriptions() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_billing_list_customers_with_subscriptions_callback)(void *user_data, int rc,
                                                                             schematic_billing_list_customers_with_subscriptions_response *result,
                                                                             schematic_error *err);

/**
 * List customers with subscriptions
 *
 * Asynchronous form of schematic_billing_list_customers_with_subscriptions(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_list_customers_with_subscriptions() would return; the result is the callback's
 * to free.
 *
 * `GET /billing/customers`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_customers_with_subscriptions(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_billing_list_customers_with_subscriptions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_billing_list_customers_with_subscriptions() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_customers_with_subscriptions()
 */
APIC_EXPORT int schematic_billing_list_customers_with_subscriptions_async(schematic_client *client,
                                                                          const schematic_billing_list_customers_with_subscriptions_params *params,
                                                                          schematic_billing_list_customers_with_subscriptions_callback callback,
                                                                          void *user_data, apic_async_call **call,
                                                                          schematic_error *err);

/** Iteration over every item of schematic_billing_list_customers_with_subscriptions(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_customers_with_subscriptions_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_customers_with_subscriptions_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_customers_with_subscriptions_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_customers_with_subscriptions_iter_new(schematic_client *client,
                                                                             const schematic_billing_list_customers_with_subscriptions_params *params,
                                                                             schematic_billing_list_customers_with_subscriptions_iter **out,
                                                                             schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_customers_with_subscriptions_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_customers_with_subscriptions_iter_next(schematic_billing_list_customers_with_subscriptions_iter *it,
                                                                              const schematic_billing_customer_with_subscriptions_response_data **item,
                                                                              schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_customers_with_subscriptions_iter_free(schematic_billing_list_customers_with_subscriptions_iter *it);

/** Parameters of schematic_billing_count_customers(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_count_customers_params {
    bool has_company_ids; /**< true when company_ids is set */
    /** Maximum items: 100. */
    apic_string_array company_ids;
    /** Maximum length: 255. */
    char *name;
    bool has_provider_type; /**< true when provider_type is set */
    /** The `provider_type` query parameter: one of the values of schematic_billing_provider_type (stored as schematic_billing_provider_type_val). */
    schematic_billing_provider_type_val provider_type;
    /** Maximum length: 512. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_count_customers_params;

/**
 * Count customers
 *
 * `GET /billing/customers/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_count_customers_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_count_customers(schematic_client *client,
                                                  const schematic_billing_count_customers_params *params,
                                                  schematic_billing_count_customers_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_billing_count_customers(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_count_customers_op;

/**
 * Completion of schematic_billing_count_customers_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_count_customers_async()
 * @param rc 0, or what schematic_billing_count_customers() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_count_customers()'s out would receive, owned by
 * the callback (schematic_billing_count_customers_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_count_customers() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_count_customers_callback)(void *user_data, int rc,
                                                           schematic_billing_count_customers_response *result,
                                                           schematic_error *err);

/**
 * Count customers
 *
 * Asynchronous form of schematic_billing_count_customers(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_count_customers() would return; the result is the callback's to free.
 *
 * `GET /billing/customers/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_count_customers(); read before this returns
 * @param callback called with the outcome (see schematic_billing_count_customers_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_count_customers() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_count_customers()
 */
APIC_EXPORT int schematic_billing_count_customers_async(schematic_client *client,
                                                        const schematic_billing_count_customers_params *params,
                                                        schematic_billing_count_customers_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_list_invoices(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_invoices_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    /**
     * Maximum length: 255.
     * Required.
     */
    char *customer_external_id;
    /**
     * Maximum length: 255.
     * Required.
     */
    char *subscription_external_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_invoices_params;

/**
 * List invoices
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/invoices`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: customer_external_id, subscription_external_id
 * @param out receives the result on success (schematic_billing_list_invoices_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_invoices(schematic_client *client,
                                                const schematic_billing_list_invoices_params *params,
                                                schematic_billing_list_invoices_response **out, schematic_error *err);
/** Descriptor of schematic_billing_list_invoices(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_invoices_op;

/**
 * Completion of schematic_billing_list_invoices_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_invoices_async()
 * @param rc 0, or what schematic_billing_list_invoices() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_list_invoices()'s out would receive, owned by
 * the callback (schematic_billing_list_invoices_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_list_invoices() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_list_invoices_callback)(void *user_data, int rc,
                                                         schematic_billing_list_invoices_response *result,
                                                         schematic_error *err);

/**
 * List invoices
 *
 * Asynchronous form of schematic_billing_list_invoices(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_list_invoices() would return; the result is the callback's to free.
 *
 * `GET /billing/invoices`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_invoices(); read before this returns
 * @param callback called with the outcome (see schematic_billing_list_invoices_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_list_invoices() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_invoices()
 */
APIC_EXPORT int schematic_billing_list_invoices_async(schematic_client *client,
                                                      const schematic_billing_list_invoices_params *params,
                                                      schematic_billing_list_invoices_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_billing_list_invoices(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_invoices_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_invoices_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_invoices_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_invoices_iter_new(schematic_client *client,
                                                         const schematic_billing_list_invoices_params *params,
                                                         schematic_billing_list_invoices_iter **out,
                                                         schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_invoices_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_invoices_iter_next(schematic_billing_list_invoices_iter *it,
                                                          const schematic_invoice_response_data **item,
                                                          schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_invoices_iter_free(schematic_billing_list_invoices_iter *it);

/**
 * Upsert invoice
 *
 * `POST /billing/invoices`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_invoice_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_invoice_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_invoice(schematic_client *client,
                                                 const schematic_create_invoice_request_body *body,
                                                 schematic_billing_upsert_invoice_response **out, schematic_error *err);
/** Descriptor of schematic_billing_upsert_invoice(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_invoice_op;

/**
 * Completion of schematic_billing_upsert_invoice_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_invoice_async()
 * @param rc 0, or what schematic_billing_upsert_invoice() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_invoice()'s out would receive, owned by
 * the callback (schematic_billing_upsert_invoice_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_upsert_invoice() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_upsert_invoice_callback)(void *user_data, int rc,
                                                          schematic_billing_upsert_invoice_response *result,
                                                          schematic_error *err);

/**
 * Upsert invoice
 *
 * Asynchronous form of schematic_billing_upsert_invoice(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_invoice() would return; the result is the callback's to free.
 *
 * `POST /billing/invoices`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_invoice(); read before this returns
 * @param callback called with the outcome (see schematic_billing_upsert_invoice_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_invoice() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_invoice()
 */
APIC_EXPORT int schematic_billing_upsert_invoice_async(schematic_client *client,
                                                       const schematic_create_invoice_request_body *body,
                                                       schematic_billing_upsert_invoice_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_delete_invoice(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_delete_invoice_params {
    /**
     * billing_id
     * Required.
     */
    char *billing_id;
} schematic_billing_delete_invoice_params;

/**
 * Delete billing invoice
 *
 * `DELETE /billing/invoices/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: billing_id
 * @param out receives the result on success (schematic_billing_delete_invoice_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_delete_invoice(schematic_client *client,
                                                 const schematic_billing_delete_invoice_params *params,
                                                 schematic_billing_delete_invoice_response **out, schematic_error *err);
/** Descriptor of schematic_billing_delete_invoice(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_delete_invoice_op;

/**
 * Completion of schematic_billing_delete_invoice_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_delete_invoice_async()
 * @param rc 0, or what schematic_billing_delete_invoice() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_delete_invoice()'s out would receive, owned by
 * the callback (schematic_billing_delete_invoice_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_delete_invoice() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_delete_invoice_callback)(void *user_data, int rc,
                                                          schematic_billing_delete_invoice_response *result,
                                                          schematic_error *err);

/**
 * Delete billing invoice
 *
 * Asynchronous form of schematic_billing_delete_invoice(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_delete_invoice() would return; the result is the callback's to free.
 *
 * `DELETE /billing/invoices/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_delete_invoice(); read before this returns
 * @param callback called with the outcome (see schematic_billing_delete_invoice_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_delete_invoice() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_delete_invoice()
 */
APIC_EXPORT int schematic_billing_delete_invoice_async(schematic_client *client,
                                                       const schematic_billing_delete_invoice_params *params,
                                                       schematic_billing_delete_invoice_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_list_meters(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_meters_params {
    /** Maximum length: 255. */
    char *display_name;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_meters_params;

/**
 * List meters
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/meter`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_list_meters_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_meters(schematic_client *client,
                                              const schematic_billing_list_meters_params *params,
                                              schematic_billing_list_meters_response **out, schematic_error *err);
/** Descriptor of schematic_billing_list_meters(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_meters_op;

/**
 * Completion of schematic_billing_list_meters_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_meters_async()
 * @param rc 0, or what schematic_billing_list_meters() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_list_meters()'s out would receive, owned by the
 * callback (schematic_billing_list_meters_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_list_meters() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_list_meters_callback)(void *user_data, int rc,
                                                       schematic_billing_list_meters_response *result,
                                                       schematic_error *err);

/**
 * List meters
 *
 * Asynchronous form of schematic_billing_list_meters(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_billing_list_meters()
 * would return; the result is the callback's to free.
 *
 * `GET /billing/meter`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_meters(); read before this returns
 * @param callback called with the outcome (see schematic_billing_list_meters_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_list_meters() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_meters()
 */
APIC_EXPORT int schematic_billing_list_meters_async(schematic_client *client,
                                                    const schematic_billing_list_meters_params *params,
                                                    schematic_billing_list_meters_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_billing_list_meters(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_meters_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_meters_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_meters_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_meters_iter_new(schematic_client *client,
                                                       const schematic_billing_list_meters_params *params,
                                                       schematic_billing_list_meters_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_meters_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_meters_iter_next(schematic_billing_list_meters_iter *it,
                                                        const schematic_billing_meter_response_data **item,
                                                        schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_meters_iter_free(schematic_billing_list_meters_iter *it);

/**
 * Upsert billing meter
 *
 * `POST /billing/meter/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_meter_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_meter_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_meter(schematic_client *client,
                                               const schematic_create_meter_request_body *body,
                                               schematic_billing_upsert_meter_response **out, schematic_error *err);
/** Descriptor of schematic_billing_upsert_meter(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_meter_op;

/**
 * Completion of schematic_billing_upsert_meter_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_meter_async()
 * @param rc 0, or what schematic_billing_upsert_meter() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_meter()'s out would receive, owned by the
 * callback (schematic_billing_upsert_meter_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_upsert_meter() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_upsert_meter_callback)(void *user_data, int rc,
                                                        schematic_billing_upsert_meter_response *result,
                                                        schematic_error *err);

/**
 * Upsert billing meter
 *
 * Asynchronous form of schematic_billing_upsert_meter(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_meter() would return; the result is the callback's to free.
 *
 * `POST /billing/meter/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_meter(); read before this returns
 * @param callback called with the outcome (see schematic_billing_upsert_meter_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_meter() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_meter()
 */
APIC_EXPORT int schematic_billing_upsert_meter_async(schematic_client *client,
                                                     const schematic_create_meter_request_body *body,
                                                     schematic_billing_upsert_meter_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_list_payment_methods(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_payment_methods_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    /**
     * Maximum length: 255.
     * Required.
     */
    char *customer_external_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_payment_methods_params;

/**
 * List payment methods
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/payment-methods`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: customer_external_id
 * @param out receives the result on success (schematic_billing_list_payment_methods_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_payment_methods(schematic_client *client,
                                                       const schematic_billing_list_payment_methods_params *params,
                                                       schematic_billing_list_payment_methods_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_billing_list_payment_methods(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_payment_methods_op;

/**
 * Completion of schematic_billing_list_payment_methods_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_payment_methods_async()
 * @param rc 0, or what schematic_billing_list_payment_methods() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_list_payment_methods()'s out would receive,
 * owned by the callback (schematic_billing_list_payment_methods_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_billing_list_payment_methods() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_billing_list_payment_methods_callback)(void *user_data, int rc,
                                                                schematic_billing_list_payment_methods_response *result,
                                                                schematic_error *err);

/**
 * List payment methods
 *
 * Asynchronous form of schematic_billing_list_payment_methods(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_list_payment_methods() would return; the result is the callback's to free.
 *
 * `GET /billing/payment-methods`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_payment_methods(); read before this
 * returns
 * @param callback called with the outcome (see schematic_billing_list_payment_methods_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_list_payment_methods()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_payment_methods()
 */
APIC_EXPORT int schematic_billing_list_payment_methods_async(schematic_client *client,
                                                             const schematic_billing_list_payment_methods_params *params,
                                                             schematic_billing_list_payment_methods_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/** Iteration over every item of schematic_billing_list_payment_methods(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_payment_methods_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_payment_methods_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_payment_methods_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_payment_methods_iter_new(schematic_client *client,
                                                                const schematic_billing_list_payment_methods_params *params,
                                                                schematic_billing_list_payment_methods_iter **out,
                                                                schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_payment_methods_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_payment_methods_iter_next(schematic_billing_list_payment_methods_iter *it,
                                                                 const schematic_payment_method_response_data **item,
                                                                 schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_payment_methods_iter_free(schematic_billing_list_payment_methods_iter *it);

/**
 * Upsert payment method
 *
 * `POST /billing/payment-methods`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_payment_method_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_payment_method_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_payment_method(schematic_client *client,
                                                        const schematic_create_payment_method_request_body *body,
                                                        schematic_billing_upsert_payment_method_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_billing_upsert_payment_method(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_payment_method_op;

/**
 * Completion of schematic_billing_upsert_payment_method_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_payment_method_async()
 * @param rc 0, or what schematic_billing_upsert_payment_method() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_payment_method()'s out would receive,
 * owned by the callback (schematic_billing_upsert_payment_method_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_billing_upsert_payment_method() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_billing_upsert_payment_method_callback)(void *user_data, int rc,
                                                                 schematic_billing_upsert_payment_method_response *result,
                                                                 schematic_error *err);

/**
 * Upsert payment method
 *
 * Asynchronous form of schematic_billing_upsert_payment_method(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_payment_method() would return; the result is the callback's to free.
 *
 * `POST /billing/payment-methods`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_payment_method(); read before this
 * returns
 * @param callback called with the outcome (see schematic_billing_upsert_payment_method_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_payment_method()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_payment_method()
 */
APIC_EXPORT int schematic_billing_upsert_payment_method_async(schematic_client *client,
                                                              const schematic_create_payment_method_request_body *body,
                                                              schematic_billing_upsert_payment_method_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_billing_delete_payment_method_by_external_id(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_delete_payment_method_by_external_id_params {
    /**
     * billing_id
     * Required.
     */
    char *billing_id;
} schematic_billing_delete_payment_method_by_external_id_params;

/**
 * Delete payment method by external ID
 *
 * `DELETE /billing/payment-methods/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: billing_id
 * @param out receives the result on success (schematic_billing_delete_payment_method_by_external_id_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_delete_payment_method_by_external_id(schematic_client *client,
                                                                       const schematic_billing_delete_payment_method_by_external_id_params *params,
                                                                       schematic_billing_delete_payment_method_by_external_id_response **out,
                                                                       schematic_error *err);
/** Descriptor of schematic_billing_delete_payment_method_by_external_id(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_delete_payment_method_by_external_id_op;

/**
 * Completion of schematic_billing_delete_payment_method_by_external_id_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_billing_delete_payment_method_by_external_id_async()
 * @param rc 0, or what schematic_billing_delete_payment_method_by_external_id() would have
 * returned (a negative apic_status); APIC_E_CANCELLED when the call was cancelled
 * (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_billing_delete_payment_method_by_external_id()'s out
 * would receive, owned by the callback
 * (schematic_billing_delete_payment_method_by_external_id_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_delete_payment_method_by_external_id() fills
 * it; valid until the callback returns
 */
typedef void (*schematic_billing_delete_payment_method_by_external_id_callback)(void *user_data, int rc,
                                                                                schematic_billing_delete_payment_method_by_external_id_response *result,
                                                                                schematic_error *err);

/**
 * Delete payment method by external ID
 *
 * Asynchronous form of schematic_billing_delete_payment_method_by_external_id(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_delete_payment_method_by_external_id() would return; the result is the
 * callback's to free.
 *
 * `DELETE /billing/payment-methods/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_delete_payment_method_by_external_id(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_billing_delete_payment_method_by_external_id_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_billing_delete_payment_method_by_external_id() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_delete_payment_method_by_external_id()
 */
APIC_EXPORT int schematic_billing_delete_payment_method_by_external_id_async(schematic_client *client,
                                                                             const schematic_billing_delete_payment_method_by_external_id_params *params,
                                                                             schematic_billing_delete_payment_method_by_external_id_callback callback,
                                                                             void *user_data, apic_async_call **call,
                                                                             schematic_error *err);

/** Parameters of schematic_billing_list_prices(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_prices_params {
    /** Filter for prices in a specific currency (e.g. usd, eur) */
    char *currency;
    bool has_for_initial_plan; /**< true when for_initial_plan is set */
    /** Filter for prices valid for initial plans (free prices only) */
    bool for_initial_plan;
    bool has_for_trial_expiry_plan; /**< true when for_trial_expiry_plan is set */
    /** Filter for prices valid for trial expiry plans (free prices only) */
    bool for_trial_expiry_plan;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Maximum length: 255. */
    char *interval;
    bool has_interval_count; /**< true when interval_count is set */
    /**
     * Filter for prices billed every N intervals; combine with interval (e.g. interval=month,
     * interval_count=3 for quarterly)
     */
    int64_t interval_count;
    bool has_is_active; /**< true when is_active is set */
    /** Filter for active prices on active products (defaults to true if not specified) */
    bool is_active;
    /** Filter for prices belonging to a specific plan version (e.g. the latest published version) */
    char *plan_version_id;
    bool has_price; /**< true when price is set */
    /** Format: int64. */
    int64_t price;
    /** The `product_id` query parameter: a string. */
    char *product_id;
    bool has_product_ids; /**< true when product_ids is set */
    /** Maximum items: 100. */
    apic_string_array product_ids;
    bool has_provider_type; /**< true when provider_type is set */
    /** The `provider_type` query parameter: one of the values of schematic_billing_provider_type (stored as schematic_billing_provider_type_val). */
    schematic_billing_provider_type_val provider_type;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_tiers_mode; /**< true when tiers_mode is set */
    /** The `tiers_mode` query parameter: one of the values of schematic_billing_tiers_mode (stored as schematic_billing_tiers_mode_val). */
    schematic_billing_tiers_mode_val tiers_mode;
    bool has_usage_type; /**< true when usage_type is set */
    /** The `usage_type` query parameter: one of the values of schematic_billing_price_usage_type (stored as schematic_billing_price_usage_type_val). */
    schematic_billing_price_usage_type_val usage_type;
    bool has_with_meter; /**< true when with_meter is set */
    /** Filter for prices with a meter */
    bool with_meter;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_prices_params;

/**
 * List billing prices
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/price`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_list_prices_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_prices(schematic_client *client,
                                              const schematic_billing_list_prices_params *params,
                                              schematic_billing_list_prices_response **out, schematic_error *err);
/** Descriptor of schematic_billing_list_prices(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_prices_op;

/**
 * Completion of schematic_billing_list_prices_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_prices_async()
 * @param rc 0, or what schematic_billing_list_prices() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_list_prices()'s out would receive, owned by the
 * callback (schematic_billing_list_prices_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_list_prices() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_list_prices_callback)(void *user_data, int rc,
                                                       schematic_billing_list_prices_response *result,
                                                       schematic_error *err);

/**
 * List billing prices
 *
 * Asynchronous form of schematic_billing_list_prices(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_billing_list_prices()
 * would return; the result is the callback's to free.
 *
 * `GET /billing/price`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_prices(); read before this returns
 * @param callback called with the outcome (see schematic_billing_list_prices_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_list_prices() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_prices()
 */
APIC_EXPORT int schematic_billing_list_prices_async(schematic_client *client,
                                                    const schematic_billing_list_prices_params *params,
                                                    schematic_billing_list_prices_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_billing_list_prices(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_prices_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_prices_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_prices_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_prices_iter_new(schematic_client *client,
                                                       const schematic_billing_list_prices_params *params,
                                                       schematic_billing_list_prices_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_prices_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_prices_iter_next(schematic_billing_list_prices_iter *it,
                                                        const schematic_billing_price_view **item,
                                                        schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_prices_iter_free(schematic_billing_list_prices_iter *it);

/**
 * Upsert billing price
 *
 * `POST /billing/price/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_price_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_price_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_price(schematic_client *client,
                                               const schematic_create_billing_price_request_body *body,
                                               schematic_billing_upsert_price_response **out, schematic_error *err);
/** Descriptor of schematic_billing_upsert_price(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_price_op;

/**
 * Completion of schematic_billing_upsert_price_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_price_async()
 * @param rc 0, or what schematic_billing_upsert_price() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_price()'s out would receive, owned by the
 * callback (schematic_billing_upsert_price_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_upsert_price() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_upsert_price_callback)(void *user_data, int rc,
                                                        schematic_billing_upsert_price_response *result,
                                                        schematic_error *err);

/**
 * Upsert billing price
 *
 * Asynchronous form of schematic_billing_upsert_price(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_price() would return; the result is the callback's to free.
 *
 * `POST /billing/price/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_price(); read before this returns
 * @param callback called with the outcome (see schematic_billing_upsert_price_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_price() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_price()
 */
APIC_EXPORT int schematic_billing_upsert_price_async(schematic_client *client,
                                                     const schematic_create_billing_price_request_body *body,
                                                     schematic_billing_upsert_price_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_delete_product(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_delete_product_params {
    /**
     * billing_id
     * Required.
     */
    char *billing_id;
} schematic_billing_delete_product_params;

/**
 * Delete billing product
 *
 * `DELETE /billing/product/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: billing_id
 * @param out receives the result on success (schematic_billing_delete_product_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_delete_product(schematic_client *client,
                                                 const schematic_billing_delete_product_params *params,
                                                 schematic_billing_delete_product_response **out, schematic_error *err);
/** Descriptor of schematic_billing_delete_product(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_delete_product_op;

/**
 * Completion of schematic_billing_delete_product_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_delete_product_async()
 * @param rc 0, or what schematic_billing_delete_product() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_delete_product()'s out would receive, owned by
 * the callback (schematic_billing_delete_product_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_delete_product() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_delete_product_callback)(void *user_data, int rc,
                                                          schematic_billing_delete_product_response *result,
                                                          schematic_error *err);

/**
 * Delete billing product
 *
 * Asynchronous form of schematic_billing_delete_product(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_delete_product() would return; the result is the callback's to free.
 *
 * `DELETE /billing/product/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_delete_product(); read before this returns
 * @param callback called with the outcome (see schematic_billing_delete_product_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_delete_product() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_delete_product()
 */
APIC_EXPORT int schematic_billing_delete_product_async(schematic_client *client,
                                                       const schematic_billing_delete_product_params *params,
                                                       schematic_billing_delete_product_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_list_product_prices(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_product_prices_params {
    /** Filter for prices in a specific currency (e.g. usd, eur) */
    char *currency;
    bool has_for_initial_plan; /**< true when for_initial_plan is set */
    /** Filter for prices valid for initial plans (free prices only) */
    bool for_initial_plan;
    bool has_for_trial_expiry_plan; /**< true when for_trial_expiry_plan is set */
    /** Filter for prices valid for trial expiry plans (free prices only) */
    bool for_trial_expiry_plan;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Maximum length: 255. */
    char *interval;
    bool has_interval_count; /**< true when interval_count is set */
    /**
     * Filter for prices billed every N intervals; combine with interval (e.g. interval=month,
     * interval_count=3 for quarterly)
     */
    int64_t interval_count;
    bool has_is_active; /**< true when is_active is set */
    /** Filter for active prices on active products (defaults to true if not specified) */
    bool is_active;
    /** Filter for prices belonging to a specific plan version (e.g. the latest published version) */
    char *plan_version_id;
    bool has_price; /**< true when price is set */
    /** Format: int64. */
    int64_t price;
    /** The `product_id` query parameter: a string. */
    char *product_id;
    bool has_product_ids; /**< true when product_ids is set */
    /** Maximum items: 100. */
    apic_string_array product_ids;
    bool has_provider_type; /**< true when provider_type is set */
    /** The `provider_type` query parameter: one of the values of schematic_billing_provider_type (stored as schematic_billing_provider_type_val). */
    schematic_billing_provider_type_val provider_type;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_tiers_mode; /**< true when tiers_mode is set */
    /** The `tiers_mode` query parameter: one of the values of schematic_billing_tiers_mode (stored as schematic_billing_tiers_mode_val). */
    schematic_billing_tiers_mode_val tiers_mode;
    bool has_usage_type; /**< true when usage_type is set */
    /** The `usage_type` query parameter: one of the values of schematic_billing_price_usage_type (stored as schematic_billing_price_usage_type_val). */
    schematic_billing_price_usage_type_val usage_type;
    bool has_with_meter; /**< true when with_meter is set */
    /** Filter for prices with a meter */
    bool with_meter;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_product_prices_params;

/**
 * List billing product prices
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/product/prices`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_list_product_prices_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_product_prices(schematic_client *client,
                                                      const schematic_billing_list_product_prices_params *params,
                                                      schematic_billing_list_product_prices_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_billing_list_product_prices(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_product_prices_op;

/**
 * Completion of schematic_billing_list_product_prices_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_product_prices_async()
 * @param rc 0, or what schematic_billing_list_product_prices() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_list_product_prices()'s out would receive, owned
 * by the callback (schematic_billing_list_product_prices_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_list_product_prices() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_billing_list_product_prices_callback)(void *user_data, int rc,
                                                               schematic_billing_list_product_prices_response *result,
                                                               schematic_error *err);

/**
 * List billing product prices
 *
 * Asynchronous form of schematic_billing_list_product_prices(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_list_product_prices() would return; the result is the callback's to free.
 *
 * `GET /billing/product/prices`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_product_prices(); read before this
 * returns
 * @param callback called with the outcome (see schematic_billing_list_product_prices_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_list_product_prices()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_product_prices()
 */
APIC_EXPORT int schematic_billing_list_product_prices_async(schematic_client *client,
                                                            const schematic_billing_list_product_prices_params *params,
                                                            schematic_billing_list_product_prices_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Iteration over every item of schematic_billing_list_product_prices(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_product_prices_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_product_prices_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_product_prices_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_product_prices_iter_new(schematic_client *client,
                                                               const schematic_billing_list_product_prices_params *params,
                                                               schematic_billing_list_product_prices_iter **out,
                                                               schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_product_prices_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_product_prices_iter_next(schematic_billing_list_product_prices_iter *it,
                                                                const schematic_billing_price_view **item,
                                                                schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_product_prices_iter_free(schematic_billing_list_product_prices_iter *it);

/** Parameters of schematic_billing_delete_product_price(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_delete_product_price_params {
    /**
     * billing_id
     * Required.
     */
    char *billing_id;
} schematic_billing_delete_product_price_params;

/**
 * Delete product price
 *
 * `DELETE /billing/product/prices/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: billing_id
 * @param out receives the result on success (schematic_billing_delete_product_price_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_delete_product_price(schematic_client *client,
                                                       const schematic_billing_delete_product_price_params *params,
                                                       schematic_billing_delete_product_price_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_billing_delete_product_price(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_delete_product_price_op;

/**
 * Completion of schematic_billing_delete_product_price_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_billing_delete_product_price_async()
 * @param rc 0, or what schematic_billing_delete_product_price() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_delete_product_price()'s out would receive,
 * owned by the callback (schematic_billing_delete_product_price_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_billing_delete_product_price() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_billing_delete_product_price_callback)(void *user_data, int rc,
                                                                schematic_billing_delete_product_price_response *result,
                                                                schematic_error *err);

/**
 * Delete product price
 *
 * Asynchronous form of schematic_billing_delete_product_price(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_delete_product_price() would return; the result is the callback's to free.
 *
 * `DELETE /billing/product/prices/{billing_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_delete_product_price(); read before this
 * returns
 * @param callback called with the outcome (see schematic_billing_delete_product_price_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_delete_product_price()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_delete_product_price()
 */
APIC_EXPORT int schematic_billing_delete_product_price_async(schematic_client *client,
                                                             const schematic_billing_delete_product_price_params *params,
                                                             schematic_billing_delete_product_price_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/**
 * Upsert billing product
 *
 * `POST /billing/product/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_product_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_product_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_product(schematic_client *client,
                                                 const schematic_create_billing_product_request_body *body,
                                                 schematic_billing_upsert_product_response **out, schematic_error *err);
/** Descriptor of schematic_billing_upsert_product(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_product_op;

/**
 * Completion of schematic_billing_upsert_product_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_product_async()
 * @param rc 0, or what schematic_billing_upsert_product() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_product()'s out would receive, owned by
 * the callback (schematic_billing_upsert_product_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_upsert_product() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_upsert_product_callback)(void *user_data, int rc,
                                                          schematic_billing_upsert_product_response *result,
                                                          schematic_error *err);

/**
 * Upsert billing product
 *
 * Asynchronous form of schematic_billing_upsert_product(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_product() would return; the result is the callback's to free.
 *
 * `POST /billing/product/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_product(); read before this returns
 * @param callback called with the outcome (see schematic_billing_upsert_product_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_product() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_product()
 */
APIC_EXPORT int schematic_billing_upsert_product_async(schematic_client *client,
                                                       const schematic_create_billing_product_request_body *body,
                                                       schematic_billing_upsert_product_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_billing_list_products(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_list_products_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_is_active; /**< true when is_active is set */
    /** Filter products that are active. Defaults to true if not specified */
    bool is_active;
    /** Maximum length: 255. */
    char *name;
    bool has_price_usage_type; /**< true when price_usage_type is set */
    /** The `price_usage_type` query parameter: one of the values of schematic_billing_price_usage_type (stored as schematic_billing_price_usage_type_val). */
    schematic_billing_price_usage_type_val price_usage_type;
    bool has_provider_type; /**< true when provider_type is set */
    /** The `provider_type` query parameter: one of the values of schematic_billing_provider_type (stored as schematic_billing_provider_type_val). */
    schematic_billing_provider_type_val provider_type;
    /** Maximum length: 512. */
    char *q;
    bool has_recurring_charges_only; /**< true when recurring_charges_only is set */
    /** Filter to products that have at least one recurring price */
    bool recurring_charges_only;
    bool has_with_one_time_charges; /**< true when with_one_time_charges is set */
    /** Filter products that are one time charges */
    bool with_one_time_charges;
    bool has_with_prices_only; /**< true when with_prices_only is set */
    /** Filter products that have prices */
    bool with_prices_only;
    bool has_with_zero_price; /**< true when with_zero_price is set */
    /** Filter products that have zero price for free subscription type */
    bool with_zero_price;
    bool has_without_linked_to_plan; /**< true when without_linked_to_plan is set */
    /** Filter products that are not linked to any plan */
    bool without_linked_to_plan;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_list_products_params;

/**
 * List billing products
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/products`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_list_products_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_list_products(schematic_client *client,
                                                const schematic_billing_list_products_params *params,
                                                schematic_billing_list_products_response **out, schematic_error *err);
/** Descriptor of schematic_billing_list_products(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_list_products_op;

/**
 * Completion of schematic_billing_list_products_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_list_products_async()
 * @param rc 0, or what schematic_billing_list_products() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_list_products()'s out would receive, owned by
 * the callback (schematic_billing_list_products_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_list_products() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_list_products_callback)(void *user_data, int rc,
                                                         schematic_billing_list_products_response *result,
                                                         schematic_error *err);

/**
 * List billing products
 *
 * Asynchronous form of schematic_billing_list_products(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_list_products() would return; the result is the callback's to free.
 *
 * `GET /billing/products`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_list_products(); read before this returns
 * @param callback called with the outcome (see schematic_billing_list_products_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_list_products() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_list_products()
 */
APIC_EXPORT int schematic_billing_list_products_async(schematic_client *client,
                                                      const schematic_billing_list_products_params *params,
                                                      schematic_billing_list_products_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_billing_list_products(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_billing_list_products_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_billing_list_products_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_billing_list_products_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_billing_list_products_iter_new(schematic_client *client,
                                                         const schematic_billing_list_products_params *params,
                                                         schematic_billing_list_products_iter **out,
                                                         schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_billing_list_products_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_billing_list_products_iter_next(schematic_billing_list_products_iter *it,
                                                          const schematic_billing_product_detail_response_data **item,
                                                          schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_billing_list_products_iter_free(schematic_billing_list_products_iter *it);

/** Parameters of schematic_billing_count_products(). Zero-initialise, then set what you need. */
typedef struct schematic_billing_count_products_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_is_active; /**< true when is_active is set */
    /** Filter products that are active. Defaults to true if not specified */
    bool is_active;
    /** Maximum length: 255. */
    char *name;
    bool has_price_usage_type; /**< true when price_usage_type is set */
    /** The `price_usage_type` query parameter: one of the values of schematic_billing_price_usage_type (stored as schematic_billing_price_usage_type_val). */
    schematic_billing_price_usage_type_val price_usage_type;
    bool has_provider_type; /**< true when provider_type is set */
    /** The `provider_type` query parameter: one of the values of schematic_billing_provider_type (stored as schematic_billing_provider_type_val). */
    schematic_billing_provider_type_val provider_type;
    /** Maximum length: 512. */
    char *q;
    bool has_recurring_charges_only; /**< true when recurring_charges_only is set */
    /** Filter to products that have at least one recurring price */
    bool recurring_charges_only;
    bool has_with_one_time_charges; /**< true when with_one_time_charges is set */
    /** Filter products that are one time charges */
    bool with_one_time_charges;
    bool has_with_prices_only; /**< true when with_prices_only is set */
    /** Filter products that have prices */
    bool with_prices_only;
    bool has_with_zero_price; /**< true when with_zero_price is set */
    /** Filter products that have zero price for free subscription type */
    bool with_zero_price;
    bool has_without_linked_to_plan; /**< true when without_linked_to_plan is set */
    /** Filter products that are not linked to any plan */
    bool without_linked_to_plan;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_billing_count_products_params;

/**
 * Count billing products
 *
 * `GET /billing/products/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_billing_count_products_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_count_products(schematic_client *client,
                                                 const schematic_billing_count_products_params *params,
                                                 schematic_billing_count_products_response **out, schematic_error *err);
/** Descriptor of schematic_billing_count_products(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_count_products_op;

/**
 * Completion of schematic_billing_count_products_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_billing_count_products_async()
 * @param rc 0, or what schematic_billing_count_products() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_count_products()'s out would receive, owned by
 * the callback (schematic_billing_count_products_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_count_products() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_billing_count_products_callback)(void *user_data, int rc,
                                                          schematic_billing_count_products_response *result,
                                                          schematic_error *err);

/**
 * Count billing products
 *
 * Asynchronous form of schematic_billing_count_products(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_count_products() would return; the result is the callback's to free.
 *
 * `GET /billing/products/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_billing_count_products(); read before this returns
 * @param callback called with the outcome (see schematic_billing_count_products_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_count_products() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_count_products()
 */
APIC_EXPORT int schematic_billing_count_products_async(schematic_client *client,
                                                       const schematic_billing_count_products_params *params,
                                                       schematic_billing_count_products_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Upsert billing subscription
 *
 * `POST /billing/subscription/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_subscription_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_billing_upsert_subscription_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_billing_upsert_subscription(schematic_client *client,
                                                      const schematic_create_billing_subscription_request_body *body,
                                                      schematic_billing_upsert_subscription_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_billing_upsert_subscription(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_billing_upsert_subscription_op;

/**
 * Completion of schematic_billing_upsert_subscription_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_billing_upsert_subscription_async()
 * @param rc 0, or what schematic_billing_upsert_subscription() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_billing_upsert_subscription()'s out would receive, owned
 * by the callback (schematic_billing_upsert_subscription_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_billing_upsert_subscription() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_billing_upsert_subscription_callback)(void *user_data, int rc,
                                                               schematic_billing_upsert_subscription_response *result,
                                                               schematic_error *err);

/**
 * Upsert billing subscription
 *
 * Asynchronous form of schematic_billing_upsert_subscription(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_billing_upsert_subscription() would return; the result is the callback's to free.
 *
 * `POST /billing/subscription/upsert`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_billing_upsert_subscription(); read before this
 * returns
 * @param callback called with the outcome (see schematic_billing_upsert_subscription_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_billing_upsert_subscription()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_billing_upsert_subscription()
 */
APIC_EXPORT int schematic_billing_upsert_subscription_async(schematic_client *client,
                                                            const schematic_create_billing_subscription_request_body *body,
                                                            schematic_billing_upsert_subscription_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
