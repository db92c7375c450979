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

#ifdef __cplusplus
}
#endif
#endif
