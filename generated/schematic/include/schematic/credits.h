/**
 * @file schematic/credits.h
 * @brief Schematic: credits operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_CREDITS_H
#define SCHEMATIC_CREDITS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_credits_list_billing(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_list_billing_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Maximum length: 255. */
    char *name;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_list_billing_params;

/**
 * List billing credits
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/credits`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_list_billing_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_list_billing(schematic_client *client,
                                               const schematic_credits_list_billing_params *params,
                                               schematic_credits_list_billing_response **out, schematic_error *err);
/** Descriptor of schematic_credits_list_billing(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_list_billing_op;

/**
 * Completion of schematic_credits_list_billing_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_list_billing_async()
 * @param rc 0, or what schematic_credits_list_billing() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_list_billing()'s out would receive, owned by the
 * callback (schematic_credits_list_billing_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_list_billing() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_list_billing_callback)(void *user_data, int rc,
                                                        schematic_credits_list_billing_response *result,
                                                        schematic_error *err);

/**
 * List billing credits
 *
 * Asynchronous form of schematic_credits_list_billing(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_list_billing() would return; the result is the callback's to free.
 *
 * `GET /billing/credits`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_list_billing(); read before this returns
 * @param callback called with the outcome (see schematic_credits_list_billing_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_list_billing() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_list_billing()
 */
APIC_EXPORT int schematic_credits_list_billing_async(schematic_client *client,
                                                     const schematic_credits_list_billing_params *params,
                                                     schematic_credits_list_billing_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_credits_list_billing(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_credits_list_billing_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_credits_list_billing_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_credits_list_billing_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_credits_list_billing_iter_new(schematic_client *client,
                                                        const schematic_credits_list_billing_params *params,
                                                        schematic_credits_list_billing_iter **out,
                                                        schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_credits_list_billing_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_credits_list_billing_iter_next(schematic_credits_list_billing_iter *it,
                                                         const schematic_billing_credit_response_data **item,
                                                         schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_credits_list_billing_iter_free(schematic_credits_list_billing_iter *it);

/**
 * Create billing credit
 *
 * `POST /billing/credits`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_credit_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_create_billing_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_create_billing(schematic_client *client,
                                                 const schematic_create_billing_credit_request_body *body,
                                                 schematic_credits_create_billing_response **out, schematic_error *err);
/** Descriptor of schematic_credits_create_billing(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_create_billing_op;

/**
 * Completion of schematic_credits_create_billing_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_create_billing_async()
 * @param rc 0, or what schematic_credits_create_billing() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_create_billing()'s out would receive, owned by
 * the callback (schematic_credits_create_billing_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_create_billing() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_create_billing_callback)(void *user_data, int rc,
                                                          schematic_credits_create_billing_response *result,
                                                          schematic_error *err);

/**
 * Create billing credit
 *
 * Asynchronous form of schematic_credits_create_billing(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_create_billing() would return; the result is the callback's to free.
 *
 * `POST /billing/credits`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_credits_create_billing(); read before this returns
 * @param callback called with the outcome (see schematic_credits_create_billing_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_create_billing() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_create_billing()
 */
APIC_EXPORT int schematic_credits_create_billing_async(schematic_client *client,
                                                       const schematic_create_billing_credit_request_body *body,
                                                       schematic_credits_create_billing_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_get_single_billing(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_get_single_billing_params {
    /**
     * credit_id
     * Required.
     */
    char *credit_id;
} schematic_credits_get_single_billing_params;

/**
 * Get single billing credit
 *
 * `GET /billing/credits/{credit_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: credit_id
 * @param out receives the result on success (schematic_credits_get_single_billing_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_get_single_billing(schematic_client *client,
                                                     const schematic_credits_get_single_billing_params *params,
                                                     schematic_credits_get_single_billing_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_credits_get_single_billing(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_get_single_billing_op;

/**
 * Completion of schematic_credits_get_single_billing_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_get_single_billing_async()
 * @param rc 0, or what schematic_credits_get_single_billing() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_get_single_billing()'s out would receive, owned
 * by the callback (schematic_credits_get_single_billing_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_get_single_billing() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_get_single_billing_callback)(void *user_data, int rc,
                                                              schematic_credits_get_single_billing_response *result,
                                                              schematic_error *err);

/**
 * Get single billing credit
 *
 * Asynchronous form of schematic_credits_get_single_billing(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_get_single_billing() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/{credit_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_get_single_billing(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_get_single_billing_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_get_single_billing()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_get_single_billing()
 */
APIC_EXPORT int schematic_credits_get_single_billing_async(schematic_client *client,
                                                           const schematic_credits_get_single_billing_params *params,
                                                           schematic_credits_get_single_billing_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Parameters of schematic_credits_update_billing(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_update_billing_params {
    /**
     * credit_id
     * Required.
     */
    char *credit_id;
} schematic_credits_update_billing_params;

/**
 * Update billing credit
 *
 * `PUT /billing/credits/{credit_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: credit_id
 * @param body request body: schematic_update_billing_credit_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_update_billing_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_update_billing(schematic_client *client,
                                                 const schematic_credits_update_billing_params *params,
                                                 const schematic_update_billing_credit_request_body *body,
                                                 schematic_credits_update_billing_response **out, schematic_error *err);
/** Descriptor of schematic_credits_update_billing(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_update_billing_op;

/**
 * Completion of schematic_credits_update_billing_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_update_billing_async()
 * @param rc 0, or what schematic_credits_update_billing() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_update_billing()'s out would receive, owned by
 * the callback (schematic_credits_update_billing_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_update_billing() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_update_billing_callback)(void *user_data, int rc,
                                                          schematic_credits_update_billing_response *result,
                                                          schematic_error *err);

/**
 * Update billing credit
 *
 * Asynchronous form of schematic_credits_update_billing(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_update_billing() would return; the result is the callback's to free.
 *
 * `PUT /billing/credits/{credit_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_update_billing(); read before this returns
 * @param body request body, as for schematic_credits_update_billing(); read before this returns
 * @param callback called with the outcome (see schematic_credits_update_billing_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_update_billing() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_update_billing()
 */
APIC_EXPORT int schematic_credits_update_billing_async(schematic_client *client,
                                                       const schematic_credits_update_billing_params *params,
                                                       const schematic_update_billing_credit_request_body *body,
                                                       schematic_credits_update_billing_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_soft_delete_billing(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_soft_delete_billing_params {
    /**
     * credit_id
     * Required.
     */
    char *credit_id;
} schematic_credits_soft_delete_billing_params;

/**
 * Soft delete billing credit
 *
 * `DELETE /billing/credits/{credit_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: credit_id
 * @param out receives the result on success (schematic_credits_soft_delete_billing_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_soft_delete_billing(schematic_client *client,
                                                      const schematic_credits_soft_delete_billing_params *params,
                                                      schematic_credits_soft_delete_billing_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_credits_soft_delete_billing(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_soft_delete_billing_op;

/**
 * Completion of schematic_credits_soft_delete_billing_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_soft_delete_billing_async()
 * @param rc 0, or what schematic_credits_soft_delete_billing() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_soft_delete_billing()'s out would receive, owned
 * by the callback (schematic_credits_soft_delete_billing_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_soft_delete_billing() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_credits_soft_delete_billing_callback)(void *user_data, int rc,
                                                               schematic_credits_soft_delete_billing_response *result,
                                                               schematic_error *err);

/**
 * Soft delete billing credit
 *
 * Asynchronous form of schematic_credits_soft_delete_billing(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_soft_delete_billing() would return; the result is the callback's to free.
 *
 * `DELETE /billing/credits/{credit_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_soft_delete_billing(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_soft_delete_billing_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_soft_delete_billing()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_soft_delete_billing()
 */
APIC_EXPORT int schematic_credits_soft_delete_billing_async(schematic_client *client,
                                                            const schematic_credits_soft_delete_billing_params *params,
                                                            schematic_credits_soft_delete_billing_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_credits_list_company_balances(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_list_company_balances_params {
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
} schematic_credits_list_company_balances_params;

/**
 * List company credit balances
 *
 * `GET /billing/credits/balance`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_credits_list_company_balances_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_list_company_balances(schematic_client *client,
                                                        const schematic_credits_list_company_balances_params *params,
                                                        schematic_credits_list_company_balances_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_credits_list_company_balances(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_list_company_balances_op;

/**
 * Completion of schematic_credits_list_company_balances_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_list_company_balances_async()
 * @param rc 0, or what schematic_credits_list_company_balances() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_list_company_balances()'s out would receive,
 * owned by the callback (schematic_credits_list_company_balances_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_list_company_balances() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_credits_list_company_balances_callback)(void *user_data, int rc,
                                                                 schematic_credits_list_company_balances_response *result,
                                                                 schematic_error *err);

/**
 * List company credit balances
 *
 * Asynchronous form of schematic_credits_list_company_balances(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_list_company_balances() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/balance`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_list_company_balances(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_list_company_balances_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_list_company_balances()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_list_company_balances()
 */
APIC_EXPORT int schematic_credits_list_company_balances_async(schematic_client *client,
                                                              const schematic_credits_list_company_balances_params *params,
                                                              schematic_credits_list_company_balances_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_credits_list_bundles(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_list_bundles_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `credit_id` query parameter: a string. */
    char *credit_id;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_billing_credit_bundle_status (stored as schematic_billing_credit_bundle_status_val). */
    schematic_billing_credit_bundle_status_val status;
    bool has_bundle_type; /**< true when bundle_type is set */
    /** The `bundle_type` query parameter: one of the values of schematic_billing_credit_bundle_type (stored as schematic_billing_credit_bundle_type_val). */
    schematic_billing_credit_bundle_type_val bundle_type;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_list_bundles_params;

/**
 * List credit bundles
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/credits/bundles`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_list_bundles_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_list_bundles(schematic_client *client,
                                               const schematic_credits_list_bundles_params *params,
                                               schematic_credits_list_bundles_response **out, schematic_error *err);
/** Descriptor of schematic_credits_list_bundles(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_list_bundles_op;

/**
 * Completion of schematic_credits_list_bundles_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_list_bundles_async()
 * @param rc 0, or what schematic_credits_list_bundles() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_list_bundles()'s out would receive, owned by the
 * callback (schematic_credits_list_bundles_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_list_bundles() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_list_bundles_callback)(void *user_data, int rc,
                                                        schematic_credits_list_bundles_response *result,
                                                        schematic_error *err);

/**
 * List credit bundles
 *
 * Asynchronous form of schematic_credits_list_bundles(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_list_bundles() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/bundles`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_list_bundles(); read before this returns
 * @param callback called with the outcome (see schematic_credits_list_bundles_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_list_bundles() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_list_bundles()
 */
APIC_EXPORT int schematic_credits_list_bundles_async(schematic_client *client,
                                                     const schematic_credits_list_bundles_params *params,
                                                     schematic_credits_list_bundles_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_credits_list_bundles(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_credits_list_bundles_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_credits_list_bundles_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_credits_list_bundles_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_credits_list_bundles_iter_new(schematic_client *client,
                                                        const schematic_credits_list_bundles_params *params,
                                                        schematic_credits_list_bundles_iter **out,
                                                        schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_credits_list_bundles_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_credits_list_bundles_iter_next(schematic_credits_list_bundles_iter *it,
                                                         const schematic_billing_credit_bundle_response_data **item,
                                                         schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_credits_list_bundles_iter_free(schematic_credits_list_bundles_iter *it);

/**
 * Create credit bundle
 *
 * `POST /billing/credits/bundles`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_credit_bundle_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_create_bundle_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_create_bundle(schematic_client *client,
                                                const schematic_create_credit_bundle_request_body *body,
                                                schematic_credits_create_bundle_response **out, schematic_error *err);
/** Descriptor of schematic_credits_create_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_create_bundle_op;

/**
 * Completion of schematic_credits_create_bundle_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_create_bundle_async()
 * @param rc 0, or what schematic_credits_create_bundle() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_create_bundle()'s out would receive, owned by
 * the callback (schematic_credits_create_bundle_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_create_bundle() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_create_bundle_callback)(void *user_data, int rc,
                                                         schematic_credits_create_bundle_response *result,
                                                         schematic_error *err);

/**
 * Create credit bundle
 *
 * Asynchronous form of schematic_credits_create_bundle(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_create_bundle() would return; the result is the callback's to free.
 *
 * `POST /billing/credits/bundles`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_credits_create_bundle(); read before this returns
 * @param callback called with the outcome (see schematic_credits_create_bundle_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_create_bundle() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_create_bundle()
 */
APIC_EXPORT int schematic_credits_create_bundle_async(schematic_client *client,
                                                      const schematic_create_credit_bundle_request_body *body,
                                                      schematic_credits_create_bundle_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_get_bundle(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_get_bundle_params {
    /**
     * bundle_id
     * Required.
     */
    char *bundle_id;
} schematic_credits_get_bundle_params;

/**
 * Get credit bundle
 *
 * `GET /billing/credits/bundles/{bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: bundle_id
 * @param out receives the result on success (schematic_credits_get_bundle_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_get_bundle(schematic_client *client,
                                             const schematic_credits_get_bundle_params *params,
                                             schematic_credits_get_bundle_response **out, schematic_error *err);
/** Descriptor of schematic_credits_get_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_get_bundle_op;

/**
 * Completion of schematic_credits_get_bundle_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_get_bundle_async()
 * @param rc 0, or what schematic_credits_get_bundle() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_get_bundle()'s out would receive, owned by the
 * callback (schematic_credits_get_bundle_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_get_bundle() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_get_bundle_callback)(void *user_data, int rc,
                                                      schematic_credits_get_bundle_response *result,
                                                      schematic_error *err);

/**
 * Get credit bundle
 *
 * Asynchronous form of schematic_credits_get_bundle(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_credits_get_bundle() would
 * return; the result is the callback's to free.
 *
 * `GET /billing/credits/bundles/{bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_get_bundle(); read before this returns
 * @param callback called with the outcome (see schematic_credits_get_bundle_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_get_bundle() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_get_bundle()
 */
APIC_EXPORT int schematic_credits_get_bundle_async(schematic_client *client,
                                                   const schematic_credits_get_bundle_params *params,
                                                   schematic_credits_get_bundle_callback callback, void *user_data,
                                                   apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_update_bundle_details(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_update_bundle_details_params {
    /**
     * bundle_id
     * Required.
     */
    char *bundle_id;
} schematic_credits_update_bundle_details_params;

/**
 * Update credit bundle details
 *
 * `PUT /billing/credits/bundles/{bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: bundle_id
 * @param body request body: schematic_update_credit_bundle_details_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_update_bundle_details_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_update_bundle_details(schematic_client *client,
                                                        const schematic_credits_update_bundle_details_params *params,
                                                        const schematic_update_credit_bundle_details_request_body *body,
                                                        schematic_credits_update_bundle_details_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_credits_update_bundle_details(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_update_bundle_details_op;

/**
 * Completion of schematic_credits_update_bundle_details_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_update_bundle_details_async()
 * @param rc 0, or what schematic_credits_update_bundle_details() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_update_bundle_details()'s out would receive,
 * owned by the callback (schematic_credits_update_bundle_details_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_update_bundle_details() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_credits_update_bundle_details_callback)(void *user_data, int rc,
                                                                 schematic_credits_update_bundle_details_response *result,
                                                                 schematic_error *err);

/**
 * Update credit bundle details
 *
 * Asynchronous form of schematic_credits_update_bundle_details(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_update_bundle_details() would return; the result is the callback's to free.
 *
 * `PUT /billing/credits/bundles/{bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_update_bundle_details(); read before this
 * returns
 * @param body request body, as for schematic_credits_update_bundle_details(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_update_bundle_details_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_update_bundle_details()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_update_bundle_details()
 */
APIC_EXPORT int schematic_credits_update_bundle_details_async(schematic_client *client,
                                                              const schematic_credits_update_bundle_details_params *params,
                                                              const schematic_update_credit_bundle_details_request_body *body,
                                                              schematic_credits_update_bundle_details_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_credits_delete_bundle(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_delete_bundle_params {
    /**
     * bundle_id
     * Required.
     */
    char *bundle_id;
} schematic_credits_delete_bundle_params;

/**
 * Delete credit bundle
 *
 * `DELETE /billing/credits/bundles/{bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: bundle_id
 * @param out receives the result on success (schematic_credits_delete_bundle_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_delete_bundle(schematic_client *client,
                                                const schematic_credits_delete_bundle_params *params,
                                                schematic_credits_delete_bundle_response **out, schematic_error *err);
/** Descriptor of schematic_credits_delete_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_delete_bundle_op;

/**
 * Completion of schematic_credits_delete_bundle_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_delete_bundle_async()
 * @param rc 0, or what schematic_credits_delete_bundle() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_delete_bundle()'s out would receive, owned by
 * the callback (schematic_credits_delete_bundle_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_delete_bundle() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_delete_bundle_callback)(void *user_data, int rc,
                                                         schematic_credits_delete_bundle_response *result,
                                                         schematic_error *err);

/**
 * Delete credit bundle
 *
 * Asynchronous form of schematic_credits_delete_bundle(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_delete_bundle() would return; the result is the callback's to free.
 *
 * `DELETE /billing/credits/bundles/{bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_delete_bundle(); read before this returns
 * @param callback called with the outcome (see schematic_credits_delete_bundle_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_delete_bundle() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_delete_bundle()
 */
APIC_EXPORT int schematic_credits_delete_bundle_async(schematic_client *client,
                                                      const schematic_credits_delete_bundle_params *params,
                                                      schematic_credits_delete_bundle_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_count_bundles(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_count_bundles_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `credit_id` query parameter: a string. */
    char *credit_id;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_billing_credit_bundle_status (stored as schematic_billing_credit_bundle_status_val). */
    schematic_billing_credit_bundle_status_val status;
    bool has_bundle_type; /**< true when bundle_type is set */
    /** The `bundle_type` query parameter: one of the values of schematic_billing_credit_bundle_type (stored as schematic_billing_credit_bundle_type_val). */
    schematic_billing_credit_bundle_type_val bundle_type;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_count_bundles_params;

/**
 * Count credit bundles
 *
 * `GET /billing/credits/bundles/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_count_bundles_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_count_bundles(schematic_client *client,
                                                const schematic_credits_count_bundles_params *params,
                                                schematic_credits_count_bundles_response **out, schematic_error *err);
/** Descriptor of schematic_credits_count_bundles(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_count_bundles_op;

/**
 * Completion of schematic_credits_count_bundles_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_count_bundles_async()
 * @param rc 0, or what schematic_credits_count_bundles() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_count_bundles()'s out would receive, owned by
 * the callback (schematic_credits_count_bundles_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_count_bundles() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_count_bundles_callback)(void *user_data, int rc,
                                                         schematic_credits_count_bundles_response *result,
                                                         schematic_error *err);

/**
 * Count credit bundles
 *
 * Asynchronous form of schematic_credits_count_bundles(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_count_bundles() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/bundles/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_count_bundles(); read before this returns
 * @param callback called with the outcome (see schematic_credits_count_bundles_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_count_bundles() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_count_bundles()
 */
APIC_EXPORT int schematic_credits_count_bundles_async(schematic_client *client,
                                                      const schematic_credits_count_bundles_params *params,
                                                      schematic_credits_count_bundles_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_count_billing(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_count_billing_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Maximum length: 255. */
    char *name;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_count_billing_params;

/**
 * Count billing credits
 *
 * `GET /billing/credits/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_count_billing_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_count_billing(schematic_client *client,
                                                const schematic_credits_count_billing_params *params,
                                                schematic_credits_count_billing_response **out, schematic_error *err);
/** Descriptor of schematic_credits_count_billing(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_count_billing_op;

/**
 * Completion of schematic_credits_count_billing_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_count_billing_async()
 * @param rc 0, or what schematic_credits_count_billing() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_count_billing()'s out would receive, owned by
 * the callback (schematic_credits_count_billing_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_count_billing() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_count_billing_callback)(void *user_data, int rc,
                                                         schematic_credits_count_billing_response *result,
                                                         schematic_error *err);

/**
 * Count billing credits
 *
 * Asynchronous form of schematic_credits_count_billing(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_count_billing() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_count_billing(); read before this returns
 * @param callback called with the outcome (see schematic_credits_count_billing_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_count_billing() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_count_billing()
 */
APIC_EXPORT int schematic_credits_count_billing_async(schematic_client *client,
                                                      const schematic_credits_count_billing_params *params,
                                                      schematic_credits_count_billing_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_zero_out_grant(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_zero_out_grant_params {
    /**
     * grant_id
     * Required.
     */
    char *grant_id;
} schematic_credits_zero_out_grant_params;

/**
 * Zero out grant
 *
 * `PUT /billing/credits/grants/{grant_id}/zero-out`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: grant_id
 * @param body request body: schematic_zero_out_grant_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_zero_out_grant_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_zero_out_grant(schematic_client *client,
                                                 const schematic_credits_zero_out_grant_params *params,
                                                 const schematic_zero_out_grant_request_body *body,
                                                 schematic_credits_zero_out_grant_response **out, schematic_error *err);
/** Descriptor of schematic_credits_zero_out_grant(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_zero_out_grant_op;

/**
 * Completion of schematic_credits_zero_out_grant_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_zero_out_grant_async()
 * @param rc 0, or what schematic_credits_zero_out_grant() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_zero_out_grant()'s out would receive, owned by
 * the callback (schematic_credits_zero_out_grant_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_zero_out_grant() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_zero_out_grant_callback)(void *user_data, int rc,
                                                          schematic_credits_zero_out_grant_response *result,
                                                          schematic_error *err);

/**
 * Zero out grant
 *
 * Asynchronous form of schematic_credits_zero_out_grant(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_zero_out_grant() would return; the result is the callback's to free.
 *
 * `PUT /billing/credits/grants/{grant_id}/zero-out`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_zero_out_grant(); read before this returns
 * @param body request body, as for schematic_credits_zero_out_grant(); read before this returns
 * @param callback called with the outcome (see schematic_credits_zero_out_grant_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_zero_out_grant() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_zero_out_grant()
 */
APIC_EXPORT int schematic_credits_zero_out_grant_async(schematic_client *client,
                                                       const schematic_credits_zero_out_grant_params *params,
                                                       const schematic_zero_out_grant_request_body *body,
                                                       schematic_credits_zero_out_grant_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Grant billing credits to company
 *
 * `POST /billing/credits/grants/company`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_company_credit_grant, sent as JSON; required
 * @param out receives the result on success (schematic_credits_grant_billing_to_company_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_grant_billing_to_company(schematic_client *client,
                                                           const schematic_create_company_credit_grant *body,
                                                           schematic_credits_grant_billing_to_company_response **out,
                                                           schematic_error *err);
/** Descriptor of schematic_credits_grant_billing_to_company(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_grant_billing_to_company_op;

/**
 * Completion of schematic_credits_grant_billing_to_company_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_grant_billing_to_company_async()
 * @param rc 0, or what schematic_credits_grant_billing_to_company() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_credits_grant_billing_to_company()'s out would receive,
 * owned by the callback (schematic_credits_grant_billing_to_company_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_grant_billing_to_company() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_credits_grant_billing_to_company_callback)(void *user_data, int rc,
                                                                    schematic_credits_grant_billing_to_company_response *result,
                                                                    schematic_error *err);

/**
 * Grant billing credits to company
 *
 * Asynchronous form of schematic_credits_grant_billing_to_company(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_grant_billing_to_company() would return; the result is the callback's to free.
 *
 * `POST /billing/credits/grants/company`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_credits_grant_billing_to_company(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_credits_grant_billing_to_company_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_grant_billing_to_company()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_grant_billing_to_company()
 */
APIC_EXPORT int schematic_credits_grant_billing_to_company_async(schematic_client *client,
                                                                 const schematic_create_company_credit_grant *body,
                                                                 schematic_credits_grant_billing_to_company_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 schematic_error *err);

/** Parameters of schematic_credits_count_company_grants(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_count_company_grants_params {
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
    bool has_order; /**< true when order is set */
    /** The `order` query parameter: one of the values of schematic_credit_grant_sort_order (stored as schematic_credit_grant_sort_order_val). */
    schematic_credit_grant_sort_order_val order;
    bool has_dir; /**< true when dir is set */
    /** The `dir` query parameter: one of the values of schematic_sort_direction (stored as schematic_sort_direction_val). */
    schematic_sort_direction_val dir;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_count_company_grants_params;

/**
 * Count company grants
 *
 * `GET /billing/credits/grants/company/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_credits_count_company_grants_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_count_company_grants(schematic_client *client,
                                                       const schematic_credits_count_company_grants_params *params,
                                                       schematic_credits_count_company_grants_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_credits_count_company_grants(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_count_company_grants_op;

/**
 * Completion of schematic_credits_count_company_grants_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_count_company_grants_async()
 * @param rc 0, or what schematic_credits_count_company_grants() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_count_company_grants()'s out would receive,
 * owned by the callback (schematic_credits_count_company_grants_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_count_company_grants() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_credits_count_company_grants_callback)(void *user_data, int rc,
                                                                schematic_credits_count_company_grants_response *result,
                                                                schematic_error *err);

/**
 * Count company grants
 *
 * Asynchronous form of schematic_credits_count_company_grants(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_count_company_grants() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/grants/company/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_count_company_grants(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_count_company_grants_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_count_company_grants()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_count_company_grants()
 */
APIC_EXPORT int schematic_credits_count_company_grants_async(schematic_client *client,
                                                             const schematic_credits_count_company_grants_params *params,
                                                             schematic_credits_count_company_grants_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/** Parameters of schematic_credits_list_company_grants(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_list_company_grants_params {
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
    bool has_order; /**< true when order is set */
    /** The `order` query parameter: one of the values of schematic_credit_grant_sort_order (stored as schematic_credit_grant_sort_order_val). */
    schematic_credit_grant_sort_order_val order;
    bool has_dir; /**< true when dir is set */
    /** The `dir` query parameter: one of the values of schematic_sort_direction (stored as schematic_sort_direction_val). */
    schematic_sort_direction_val dir;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_list_company_grants_params;

/**
 * List company grants
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/credits/grants/company/list`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_credits_list_company_grants_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_list_company_grants(schematic_client *client,
                                                      const schematic_credits_list_company_grants_params *params,
                                                      schematic_credits_list_company_grants_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_credits_list_company_grants(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_list_company_grants_op;

/**
 * Completion of schematic_credits_list_company_grants_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_list_company_grants_async()
 * @param rc 0, or what schematic_credits_list_company_grants() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_list_company_grants()'s out would receive, owned
 * by the callback (schematic_credits_list_company_grants_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_list_company_grants() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_credits_list_company_grants_callback)(void *user_data, int rc,
                                                               schematic_credits_list_company_grants_response *result,
                                                               schematic_error *err);

/**
 * List company grants
 *
 * Asynchronous form of schematic_credits_list_company_grants(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_list_company_grants() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/grants/company/list`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_list_company_grants(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_list_company_grants_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_list_company_grants()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_list_company_grants()
 */
APIC_EXPORT int schematic_credits_list_company_grants_async(schematic_client *client,
                                                            const schematic_credits_list_company_grants_params *params,
                                                            schematic_credits_list_company_grants_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Iteration over every item of schematic_credits_list_company_grants(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_credits_list_company_grants_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_credits_list_company_grants_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_credits_list_company_grants_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_credits_list_company_grants_iter_new(schematic_client *client,
                                                               const schematic_credits_list_company_grants_params *params,
                                                               schematic_credits_list_company_grants_iter **out,
                                                               schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_credits_list_company_grants_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_credits_list_company_grants_iter_next(schematic_credits_list_company_grants_iter *it,
                                                                const schematic_billing_credit_grant_response_data **item,
                                                                schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_credits_list_company_grants_iter_free(schematic_credits_list_company_grants_iter *it);

/** Parameters of schematic_credits_count_billing_grants(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_count_billing_grants_params {
    /** The `credit_id` query parameter: a string. */
    char *credit_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_count_billing_grants_params;

/**
 * Count billing credits grants
 *
 * `GET /billing/credits/grants/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_count_billing_grants_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_count_billing_grants(schematic_client *client,
                                                       const schematic_credits_count_billing_grants_params *params,
                                                       schematic_credits_count_billing_grants_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_credits_count_billing_grants(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_count_billing_grants_op;

/**
 * Completion of schematic_credits_count_billing_grants_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_count_billing_grants_async()
 * @param rc 0, or what schematic_credits_count_billing_grants() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_count_billing_grants()'s out would receive,
 * owned by the callback (schematic_credits_count_billing_grants_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_count_billing_grants() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_credits_count_billing_grants_callback)(void *user_data, int rc,
                                                                schematic_credits_count_billing_grants_response *result,
                                                                schematic_error *err);

/**
 * Count billing credits grants
 *
 * Asynchronous form of schematic_credits_count_billing_grants(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_count_billing_grants() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/grants/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_count_billing_grants(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_count_billing_grants_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_count_billing_grants()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_count_billing_grants()
 */
APIC_EXPORT int schematic_credits_count_billing_grants_async(schematic_client *client,
                                                             const schematic_credits_count_billing_grants_params *params,
                                                             schematic_credits_count_billing_grants_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/** Parameters of schematic_credits_list_grants_for(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_list_grants_for_params {
    /** The `credit_id` query parameter: a string. */
    char *credit_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_list_grants_for_params;

/**
 * List grants for credit
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/credits/grants/list`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_list_grants_for_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_list_grants_for(schematic_client *client,
                                                  const schematic_credits_list_grants_for_params *params,
                                                  schematic_credits_list_grants_for_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_credits_list_grants_for(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_list_grants_for_op;

/**
 * Completion of schematic_credits_list_grants_for_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_list_grants_for_async()
 * @param rc 0, or what schematic_credits_list_grants_for() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_list_grants_for()'s out would receive, owned by
 * the callback (schematic_credits_list_grants_for_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_list_grants_for() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_list_grants_for_callback)(void *user_data, int rc,
                                                           schematic_credits_list_grants_for_response *result,
                                                           schematic_error *err);

/**
 * List grants for credit
 *
 * Asynchronous form of schematic_credits_list_grants_for(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_list_grants_for() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/grants/list`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_list_grants_for(); read before this returns
 * @param callback called with the outcome (see schematic_credits_list_grants_for_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_list_grants_for() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_list_grants_for()
 */
APIC_EXPORT int schematic_credits_list_grants_for_async(schematic_client *client,
                                                        const schematic_credits_list_grants_for_params *params,
                                                        schematic_credits_list_grants_for_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_credits_list_grants_for(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_credits_list_grants_for_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_credits_list_grants_for_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_credits_list_grants_for_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_credits_list_grants_for_iter_new(schematic_client *client,
                                                           const schematic_credits_list_grants_for_params *params,
                                                           schematic_credits_list_grants_for_iter **out,
                                                           schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_credits_list_grants_for_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_credits_list_grants_for_iter_next(schematic_credits_list_grants_for_iter *it,
                                                            const schematic_billing_credit_grant_response_data **item,
                                                            schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_credits_list_grants_for_iter_free(schematic_credits_list_grants_for_iter *it);

/**
 * Acquire credit lease
 *
 * `POST /billing/credits/lease`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_acquire_credit_lease_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_acquire_lease_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_acquire_lease(schematic_client *client,
                                                const schematic_acquire_credit_lease_request_body *body,
                                                schematic_credits_acquire_lease_response **out, schematic_error *err);
/** Descriptor of schematic_credits_acquire_lease(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_acquire_lease_op;

/**
 * Completion of schematic_credits_acquire_lease_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_acquire_lease_async()
 * @param rc 0, or what schematic_credits_acquire_lease() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_acquire_lease()'s out would receive, owned by
 * the callback (schematic_credits_acquire_lease_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_acquire_lease() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_acquire_lease_callback)(void *user_data, int rc,
                                                         schematic_credits_acquire_lease_response *result,
                                                         schematic_error *err);

/**
 * Acquire credit lease
 *
 * Asynchronous form of schematic_credits_acquire_lease(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_acquire_lease() would return; the result is the callback's to free.
 *
 * `POST /billing/credits/lease`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_credits_acquire_lease(); read before this returns
 * @param callback called with the outcome (see schematic_credits_acquire_lease_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_acquire_lease() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_acquire_lease()
 */
APIC_EXPORT int schematic_credits_acquire_lease_async(schematic_client *client,
                                                      const schematic_acquire_credit_lease_request_body *body,
                                                      schematic_credits_acquire_lease_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_extend_lease(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_extend_lease_params {
    /**
     * lease_id
     * Required.
     */
    char *lease_id;
} schematic_credits_extend_lease_params;

/**
 * Extend credit lease
 *
 * `PUT /billing/credits/lease/{lease_id}/extend`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: lease_id
 * @param body request body: schematic_extend_credit_lease_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_extend_lease_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_extend_lease(schematic_client *client,
                                               const schematic_credits_extend_lease_params *params,
                                               const schematic_extend_credit_lease_request_body *body,
                                               schematic_credits_extend_lease_response **out, schematic_error *err);
/** Descriptor of schematic_credits_extend_lease(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_extend_lease_op;

/**
 * Completion of schematic_credits_extend_lease_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_extend_lease_async()
 * @param rc 0, or what schematic_credits_extend_lease() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_extend_lease()'s out would receive, owned by the
 * callback (schematic_credits_extend_lease_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_extend_lease() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_extend_lease_callback)(void *user_data, int rc,
                                                        schematic_credits_extend_lease_response *result,
                                                        schematic_error *err);

/**
 * Extend credit lease
 *
 * Asynchronous form of schematic_credits_extend_lease(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_extend_lease() would return; the result is the callback's to free.
 *
 * `PUT /billing/credits/lease/{lease_id}/extend`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_extend_lease(); read before this returns
 * @param body request body, as for schematic_credits_extend_lease(); read before this returns
 * @param callback called with the outcome (see schematic_credits_extend_lease_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_extend_lease() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_extend_lease()
 */
APIC_EXPORT int schematic_credits_extend_lease_async(schematic_client *client,
                                                     const schematic_credits_extend_lease_params *params,
                                                     const schematic_extend_credit_lease_request_body *body,
                                                     schematic_credits_extend_lease_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_release_lease(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_release_lease_params {
    /**
     * lease_id
     * Required.
     */
    char *lease_id;
} schematic_credits_release_lease_params;

/**
 * Release credit lease
 *
 * `PUT /billing/credits/lease/{lease_id}/release`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: lease_id
 * @param body request body: apic_json_map, sent as JSON; required
 * @param out receives the result on success (schematic_credits_release_lease_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_release_lease(schematic_client *client,
                                                const schematic_credits_release_lease_params *params,
                                                const apic_json_map *body,
                                                schematic_credits_release_lease_response **out, schematic_error *err);
/** Descriptor of schematic_credits_release_lease(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_release_lease_op;

/**
 * Completion of schematic_credits_release_lease_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_credits_release_lease_async()
 * @param rc 0, or what schematic_credits_release_lease() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_release_lease()'s out would receive, owned by
 * the callback (schematic_credits_release_lease_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_release_lease() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_release_lease_callback)(void *user_data, int rc,
                                                         schematic_credits_release_lease_response *result,
                                                         schematic_error *err);

/**
 * Release credit lease
 *
 * Asynchronous form of schematic_credits_release_lease(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_release_lease() would return; the result is the callback's to free.
 *
 * `PUT /billing/credits/lease/{lease_id}/release`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_release_lease(); read before this returns
 * @param body request body, as for schematic_credits_release_lease(); read before this returns
 * @param callback called with the outcome (see schematic_credits_release_lease_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_release_lease() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_release_lease()
 */
APIC_EXPORT int schematic_credits_release_lease_async(schematic_client *client,
                                                      const schematic_credits_release_lease_params *params,
                                                      const apic_json_map *body,
                                                      schematic_credits_release_lease_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_credits_list_billing_plan_grants(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_list_billing_plan_grants_params {
    /** The `credit_id` query parameter: a string. */
    char *credit_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `plan_id` query parameter: a string. */
    char *plan_id;
    bool has_plan_ids; /**< true when plan_ids is set */
    /** Maximum items: 100. */
    apic_string_array plan_ids;
    /** The `plan_version_id` query parameter: a string. */
    char *plan_version_id;
    bool has_plan_version_ids; /**< true when plan_version_ids is set */
    /** Maximum items: 100. */
    apic_string_array plan_version_ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_list_billing_plan_grants_params;

/**
 * List billing plan credit grants
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /billing/credits/plan-grants`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_list_billing_plan_grants_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_list_billing_plan_grants(schematic_client *client,
                                                           const schematic_credits_list_billing_plan_grants_params *params,
                                                           schematic_credits_list_billing_plan_grants_response **out,
                                                           schematic_error *err);
/** Descriptor of schematic_credits_list_billing_plan_grants(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_list_billing_plan_grants_op;

/**
 * Completion of schematic_credits_list_billing_plan_grants_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_list_billing_plan_grants_async()
 * @param rc 0, or what schematic_credits_list_billing_plan_grants() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_credits_list_billing_plan_grants()'s out would receive,
 * owned by the callback (schematic_credits_list_billing_plan_grants_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_list_billing_plan_grants() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_credits_list_billing_plan_grants_callback)(void *user_data, int rc,
                                                                    schematic_credits_list_billing_plan_grants_response *result,
                                                                    schematic_error *err);

/**
 * List billing plan credit grants
 *
 * Asynchronous form of schematic_credits_list_billing_plan_grants(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_list_billing_plan_grants() would return; the result is the callback's to free.
 *
 * `GET /billing/credits/plan-grants`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_list_billing_plan_grants(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_credits_list_billing_plan_grants_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_list_billing_plan_grants()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_list_billing_plan_grants()
 */
APIC_EXPORT int schematic_credits_list_billing_plan_grants_async(schematic_client *client,
                                                                 const schematic_credits_list_billing_plan_grants_params *params,
                                                                 schematic_credits_list_billing_plan_grants_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 schematic_error *err);

/** Iteration over every item of schematic_credits_list_billing_plan_grants(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_credits_list_billing_plan_grants_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_credits_list_billing_plan_grants_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_credits_list_billing_plan_grants_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_credits_list_billing_plan_grants_iter_new(schematic_client *client,
                                                                    const schematic_credits_list_billing_plan_grants_params *params,
                                                                    schematic_credits_list_billing_plan_grants_iter **out,
                                                                    schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_credits_list_billing_plan_grants_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_credits_list_billing_plan_grants_iter_next(schematic_credits_list_billing_plan_grants_iter *it,
                                                                     const schematic_billing_plan_credit_grant_response_data **item,
                                                                     schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_credits_list_billing_plan_grants_iter_free(schematic_credits_list_billing_plan_grants_iter *it);

/**
 * Create billing plan credit grant
 *
 * `POST /billing/credits/plan-grants`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_plan_credit_grant_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_create_billing_plan_grant_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_create_billing_plan_grant(schematic_client *client,
                                                            const schematic_create_billing_plan_credit_grant_request_body *body,
                                                            schematic_credits_create_billing_plan_grant_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_credits_create_billing_plan_grant(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_create_billing_plan_grant_op;

/**
 * Completion of schematic_credits_create_billing_plan_grant_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_create_billing_plan_grant_async()
 * @param rc 0, or what schematic_credits_create_billing_plan_grant() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_credits_create_billing_plan_grant()'s out would receive,
 * owned by the callback (schematic_credits_create_billing_plan_grant_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_create_billing_plan_grant() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_credits_create_billing_plan_grant_callback)(void *user_data, int rc,
                                                                     schematic_credits_create_billing_plan_grant_response *result,
                                                                     schematic_error *err);

/**
 * Create billing plan credit grant
 *
 * Asynchronous form of schematic_credits_create_billing_plan_grant(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_create_billing_plan_grant() would return; the result is the callback's to
 * free.
 *
 * `POST /billing/credits/plan-grants`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_credits_create_billing_plan_grant(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_credits_create_billing_plan_grant_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_create_billing_plan_grant()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_create_billing_plan_grant()
 */
APIC_EXPORT int schematic_credits_create_billing_plan_grant_async(schematic_client *client,
                                                                  const schematic_create_billing_plan_credit_grant_request_body *body,
                                                                  schematic_credits_create_billing_plan_grant_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Parameters of schematic_credits_get_single_billing_plan_grant(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_get_single_billing_plan_grant_params {
    /**
     * plan_grant_id
     * Required.
     */
    char *plan_grant_id;
} schematic_credits_get_single_billing_plan_grant_params;

/**
 * Get single billing plan credit grant
 *
 * `GET /billing/credits/plan-grants/{plan_grant_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_grant_id
 * @param out receives the result on success (schematic_credits_get_single_billing_plan_grant_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_get_single_billing_plan_grant(schematic_client *client,
                                                                const schematic_credits_get_single_billing_plan_grant_params *params,
                                                                schematic_credits_get_single_billing_plan_grant_response **out,
                                                                schematic_error *err);
/** Descriptor of schematic_credits_get_single_billing_plan_grant(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_get_single_billing_plan_grant_op;

/**
 * Completion of schematic_credits_get_single_billing_plan_grant_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_get_single_billing_plan_grant_async()
 * @param rc 0, or what schematic_credits_get_single_billing_plan_grant() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_credits_get_single_billing_plan_grant()'s out would
 * receive, owned by the callback (schematic_credits_get_single_billing_plan_grant_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_credits_get_single_billing_plan_grant() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_credits_get_single_billing_plan_grant_callback)(void *user_data, int rc,
                                                                         schematic_credits_get_single_billing_plan_grant_response *result,
                                                                         schematic_error *err);

/**
 * Get single billing plan credit grant
 *
 * Asynchronous form of schematic_credits_get_single_billing_plan_grant(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_get_single_billing_plan_grant() would return; the result is the callback's to
 * free.
 *
 * `GET /billing/credits/plan-grants/{plan_grant_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_get_single_billing_plan_grant(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_credits_get_single_billing_plan_grant_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_credits_get_single_billing_plan_grant() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_credits_get_single_billing_plan_grant()
 */
APIC_EXPORT int schematic_credits_get_single_billing_plan_grant_async(schematic_client *client,
                                                                      const schematic_credits_get_single_billing_plan_grant_params *params,
                                                                      schematic_credits_get_single_billing_plan_grant_callback callback,
                                                                      void *user_data, apic_async_call **call,
                                                                      schematic_error *err);

/** Parameters of schematic_credits_update_billing_plan_grant(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_update_billing_plan_grant_params {
    /**
     * plan_grant_id
     * Required.
     */
    char *plan_grant_id;
} schematic_credits_update_billing_plan_grant_params;

/**
 * Update billing plan credit grant
 *
 * `PUT /billing/credits/plan-grants/{plan_grant_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_grant_id
 * @param body request body: schematic_update_billing_plan_credit_grant_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_credits_update_billing_plan_grant_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_update_billing_plan_grant(schematic_client *client,
                                                            const schematic_credits_update_billing_plan_grant_params *params,
                                                            const schematic_update_billing_plan_credit_grant_request_body *body,
                                                            schematic_credits_update_billing_plan_grant_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_credits_update_billing_plan_grant(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_update_billing_plan_grant_op;

/**
 * Completion of schematic_credits_update_billing_plan_grant_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_update_billing_plan_grant_async()
 * @param rc 0, or what schematic_credits_update_billing_plan_grant() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_credits_update_billing_plan_grant()'s out would receive,
 * owned by the callback (schematic_credits_update_billing_plan_grant_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_update_billing_plan_grant() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_credits_update_billing_plan_grant_callback)(void *user_data, int rc,
                                                                     schematic_credits_update_billing_plan_grant_response *result,
                                                                     schematic_error *err);

/**
 * Update billing plan credit grant
 *
 * Asynchronous form of schematic_credits_update_billing_plan_grant(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_update_billing_plan_grant() would return; the result is the callback's to
 * free.
 *
 * `PUT /billing/credits/plan-grants/{plan_grant_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_update_billing_plan_grant(); read before this
 * returns
 * @param body request body, as for schematic_credits_update_billing_plan_grant(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_credits_update_billing_plan_grant_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_update_billing_plan_grant()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_update_billing_plan_grant()
 */
APIC_EXPORT int schematic_credits_update_billing_plan_grant_async(schematic_client *client,
                                                                  const schematic_credits_update_billing_plan_grant_params *params,
                                                                  const schematic_update_billing_plan_credit_grant_request_body *body,
                                                                  schematic_credits_update_billing_plan_grant_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Parameters of schematic_credits_delete_billing_plan_grant(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_delete_billing_plan_grant_params {
    /**
     * plan_grant_id
     * Required.
     */
    char *plan_grant_id;
    bool has_apply_to_existing; /**< true when apply_to_existing is set */
    /** The `apply_to_existing` query parameter: true or false. */
    bool apply_to_existing;
} schematic_credits_delete_billing_plan_grant_params;

/**
 * Delete billing plan credit grant
 *
 * `DELETE /billing/credits/plan-grants/{plan_grant_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_grant_id
 * @param out receives the result on success (schematic_credits_delete_billing_plan_grant_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_delete_billing_plan_grant(schematic_client *client,
                                                            const schematic_credits_delete_billing_plan_grant_params *params,
                                                            schematic_credits_delete_billing_plan_grant_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_credits_delete_billing_plan_grant(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_delete_billing_plan_grant_op;

/**
 * Completion of schematic_credits_delete_billing_plan_grant_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_delete_billing_plan_grant_async()
 * @param rc 0, or what schematic_credits_delete_billing_plan_grant() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_credits_delete_billing_plan_grant()'s out would receive,
 * owned by the callback (schematic_credits_delete_billing_plan_grant_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_delete_billing_plan_grant() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_credits_delete_billing_plan_grant_callback)(void *user_data, int rc,
                                                                     schematic_credits_delete_billing_plan_grant_response *result,
                                                                     schematic_error *err);

/**
 * Delete billing plan credit grant
 *
 * Asynchronous form of schematic_credits_delete_billing_plan_grant(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_delete_billing_plan_grant() would return; the result is the callback's to
 * free.
 *
 * `DELETE /billing/credits/plan-grants/{plan_grant_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_delete_billing_plan_grant(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_credits_delete_billing_plan_grant_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_delete_billing_plan_grant()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_delete_billing_plan_grant()
 */
APIC_EXPORT int schematic_credits_delete_billing_plan_grant_async(schematic_client *client,
                                                                  const schematic_credits_delete_billing_plan_grant_params *params,
                                                                  schematic_credits_delete_billing_plan_grant_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Parameters of schematic_credits_count_billing_plan_grants(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_count_billing_plan_grants_params {
    /** The `credit_id` query parameter: a string. */
    char *credit_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `plan_id` query parameter: a string. */
    char *plan_id;
    bool has_plan_ids; /**< true when plan_ids is set */
    /** Maximum items: 100. */
    apic_string_array plan_ids;
    /** The `plan_version_id` query parameter: a string. */
    char *plan_version_id;
    bool has_plan_version_ids; /**< true when plan_version_ids is set */
    /** Maximum items: 100. */
    apic_string_array plan_version_ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_count_billing_plan_grants_params;

/**
 * Count billing plan credit grants
 *
 * `GET /billing/credits/plan-grants/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_credits_count_billing_plan_grants_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_count_billing_plan_grants(schematic_client *client,
                                                            const schematic_credits_count_billing_plan_grants_params *params,
                                                            schematic_credits_count_billing_plan_grants_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_credits_count_billing_plan_grants(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_count_billing_plan_grants_op;

/**
 * Completion of schematic_credits_count_billing_plan_grants_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_count_billing_plan_grants_async()
 * @param rc 0, or what schematic_credits_count_billing_plan_grants() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_credits_count_billing_plan_grants()'s out would receive,
 * owned by the callback (schematic_credits_count_billing_plan_grants_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_credits_count_billing_plan_grants() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_credits_count_billing_plan_grants_callback)(void *user_data, int rc,
                                                                     schematic_credits_count_billing_plan_grants_response *result,
                                                                     schematic_error *err);

/**
 * Count billing plan credit grants
 *
 * Asynchronous form of schematic_credits_count_billing_plan_grants(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_count_billing_plan_grants() would return; the result is the callback's to
 * free.
 *
 * `GET /billing/credits/plan-grants/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_count_billing_plan_grants(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_credits_count_billing_plan_grants_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_count_billing_plan_grants()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_count_billing_plan_grants()
 */
APIC_EXPORT int schematic_credits_count_billing_plan_grants_async(schematic_client *client,
                                                                  const schematic_credits_count_billing_plan_grants_params *params,
                                                                  schematic_credits_count_billing_plan_grants_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Parameters of schematic_credits_list_event_ledger(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_list_event_ledger_params {
    /** The `billing_credit_id` query parameter: a string. */
    char *billing_credit_id;
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
    /** The `end_time` query parameter: a string. */
    char *end_time;
    bool has_event_type; /**< true when event_type is set */
    /** The `event_type` query parameter: one of the values of schematic_credit_event_type (stored as schematic_credit_event_type_val). */
    schematic_credit_event_type_val event_type;
    /** The `feature_id` query parameter: a string. */
    char *feature_id;
    /** The `start_time` query parameter: a string. */
    char *start_time;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_list_event_ledger_params;

/**
 * List credit event ledger
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /v2/billing/credits/ledger`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_credits_list_event_ledger_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_list_event_ledger(schematic_client *client,
                                                    const schematic_credits_list_event_ledger_params *params,
                                                    schematic_credits_list_event_ledger_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_credits_list_event_ledger(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_list_event_ledger_op;

/**
 * Completion of schematic_credits_list_event_ledger_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_list_event_ledger_async()
 * @param rc 0, or what schematic_credits_list_event_ledger() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_list_event_ledger()'s out would receive, owned
 * by the callback (schematic_credits_list_event_ledger_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_list_event_ledger() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_list_event_ledger_callback)(void *user_data, int rc,
                                                             schematic_credits_list_event_ledger_response *result,
                                                             schematic_error *err);

/**
 * List credit event ledger
 *
 * Asynchronous form of schematic_credits_list_event_ledger(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_list_event_ledger() would return; the result is the callback's to free.
 *
 * `GET /v2/billing/credits/ledger`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_list_event_ledger(); read before this returns
 * @param callback called with the outcome (see schematic_credits_list_event_ledger_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_list_event_ledger() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_list_event_ledger()
 */
APIC_EXPORT int schematic_credits_list_event_ledger_async(schematic_client *client,
                                                          const schematic_credits_list_event_ledger_params *params,
                                                          schematic_credits_list_event_ledger_callback callback,
                                                          void *user_data, apic_async_call **call,
                                                          schematic_error *err);

/** Iteration over every item of schematic_credits_list_event_ledger(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_credits_list_event_ledger_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_credits_list_event_ledger_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_credits_list_event_ledger_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_credits_list_event_ledger_iter_new(schematic_client *client,
                                                             const schematic_credits_list_event_ledger_params *params,
                                                             schematic_credits_list_event_ledger_iter **out,
                                                             schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_credits_list_event_ledger_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_credits_list_event_ledger_iter_next(schematic_credits_list_event_ledger_iter *it,
                                                              const schematic_credit_event_ledger_response_data **item,
                                                              schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_credits_list_event_ledger_iter_free(schematic_credits_list_event_ledger_iter *it);

/** Parameters of schematic_credits_count_event_ledger(). Zero-initialise, then set what you need. */
typedef struct schematic_credits_count_event_ledger_params {
    /** The `billing_credit_id` query parameter: a string. */
    char *billing_credit_id;
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
    /** The `end_time` query parameter: a string. */
    char *end_time;
    bool has_event_type; /**< true when event_type is set */
    /** The `event_type` query parameter: one of the values of schematic_credit_event_type (stored as schematic_credit_event_type_val). */
    schematic_credit_event_type_val event_type;
    /** The `feature_id` query parameter: a string. */
    char *feature_id;
    /** The `start_time` query parameter: a string. */
    char *start_time;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_credits_count_event_ledger_params;

/**
 * Count credit event ledger
 *
 * `GET /v2/billing/credits/ledger/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_credits_count_event_ledger_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_credits_count_event_ledger(schematic_client *client,
                                                     const schematic_credits_count_event_ledger_params *params,
                                                     schematic_credits_count_event_ledger_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_credits_count_event_ledger(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_credits_count_event_ledger_op;

/**
 * Completion of schematic_credits_count_event_ledger_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_credits_count_event_ledger_async()
 * @param rc 0, or what schematic_credits_count_event_ledger() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_credits_count_event_ledger()'s out would receive, owned
 * by the callback (schematic_credits_count_event_ledger_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_credits_count_event_ledger() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_credits_count_event_ledger_callback)(void *user_data, int rc,
                                                              schematic_credits_count_event_ledger_response *result,
                                                              schematic_error *err);

/**
 * Count credit event ledger
 *
 * Asynchronous form of schematic_credits_count_event_ledger(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_credits_count_event_ledger() would return; the result is the callback's to free.
 *
 * `GET /v2/billing/credits/ledger/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_credits_count_event_ledger(); read before this
 * returns
 * @param callback called with the outcome (see schematic_credits_count_event_ledger_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_credits_count_event_ledger()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_credits_count_event_ledger()
 */
APIC_EXPORT int schematic_credits_count_event_ledger_async(schematic_client *client,
                                                           const schematic_credits_count_event_ledger_params *params,
                                                           schematic_credits_count_event_ledger_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
