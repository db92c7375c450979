/**
 * @file schematic/features.h
 * @brief Schematic: features operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_FEATURES_H
#define SCHEMATIC_FEATURES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_features_list(). Zero-initialise, then set what you need. */
typedef struct schematic_features_list_params {
    bool has_boolean_require_event; /**< true when boolean_require_event is set */
    /**
     * Only return boolean features if there is an associated event. Automatically includes boolean in
     * the feature types filter.
     */
    bool boolean_require_event;
    bool has_feature_type; /**< true when feature_type is set */
    /** Filter by one or more feature types (boolean, event, trait) */
    schematic_feature_type_array feature_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_managed_by; /**< true when managed_by is set */
    /** Filter for features managed by a billing provider, or by Schematic (no billing provider) */
    schematic_billing_provider_type_val managed_by;
    /**
     * Filter by plan version ID when used with without_plan_entitlement_for; if not provided, the
     * latest published version is used
     */
    char *plan_version_id;
    /** Search by feature name or ID */
    char *q;
    /** Filter out features that already have a company override for the specified company ID */
    char *without_company_override_for;
    /** Filter out features that already have a plan entitlement for the specified plan ID */
    char *without_plan_entitlement_for;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_list_params;

/**
 * List features
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /features`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_list(schematic_client *client, const schematic_features_list_params *params,
                                        schematic_features_list_response **out, schematic_error *err);
/** Descriptor of schematic_features_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_list_op;

/**
 * Completion of schematic_features_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_features_list_async()
 * @param rc 0, or what schematic_features_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_features_list()'s out would receive, owned by the
 * callback (schematic_features_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_features_list_callback)(void *user_data, int rc, schematic_features_list_response *result,
                                                 schematic_error *err);

/**
 * List features
 *
 * Asynchronous form of schematic_features_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_features_list() would return;
 * the result is the callback's to free.
 *
 * `GET /features`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_list(); read before this returns
 * @param callback called with the outcome (see schematic_features_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_list()
 */
APIC_EXPORT int schematic_features_list_async(schematic_client *client, const schematic_features_list_params *params,
                                              schematic_features_list_callback callback, void *user_data,
                                              apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_features_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_features_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_features_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_features_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_features_list_iter_new(schematic_client *client, const schematic_features_list_params *params,
                                                 schematic_features_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_features_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_features_list_iter_next(schematic_features_list_iter *it,
                                                  const schematic_feature_detail_response_data **item,
                                                  schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_features_list_iter_free(schematic_features_list_iter *it);

/**
 * Create feature
 *
 * `POST /features`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_feature_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_create(schematic_client *client, const schematic_create_feature_request_body *body,
                                          schematic_features_create_response **out, schematic_error *err);
/** Descriptor of schematic_features_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_create_op;

/**
 * Completion of schematic_features_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_features_create_async()
 * @param rc 0, or what schematic_features_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_features_create()'s out would receive, owned by the
 * callback (schematic_features_create_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_create() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_features_create_callback)(void *user_data, int rc, schematic_features_create_response *result,
                                                   schematic_error *err);

/**
 * Create feature
 *
 * Asynchronous form of schematic_features_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_features_create() would
 * return; the result is the callback's to free.
 *
 * `POST /features`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_features_create(); read before this returns
 * @param callback called with the outcome (see schematic_features_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_create()
 */
APIC_EXPORT int schematic_features_create_async(schematic_client *client,
                                                const schematic_create_feature_request_body *body,
                                                schematic_features_create_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_get(). Zero-initialise, then set what you need. */
typedef struct schematic_features_get_params {
    /**
     * feature_id
     * Required.
     */
    char *feature_id;
} schematic_features_get_params;

/**
 * Get feature
 *
 * `GET /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_features_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_get(schematic_client *client, const schematic_features_get_params *params,
                                       schematic_features_get_response **out, schematic_error *err);
/** Descriptor of schematic_features_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_get_op;

/**
 * Completion of schematic_features_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_features_get_async()
 * @param rc 0, or what schematic_features_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_features_get()'s out would receive, owned by the
 * callback (schematic_features_get_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_get() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_features_get_callback)(void *user_data, int rc, schematic_features_get_response *result,
                                                schematic_error *err);

/**
 * Get feature
 *
 * Asynchronous form of schematic_features_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_features_get() would return; the
 * result is the callback's to free.
 *
 * `GET /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_get(); read before this returns
 * @param callback called with the outcome (see schematic_features_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_get()
 */
APIC_EXPORT int schematic_features_get_async(schematic_client *client, const schematic_features_get_params *params,
                                             schematic_features_get_callback callback, void *user_data,
                                             apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_update(). Zero-initialise, then set what you need. */
typedef struct schematic_features_update_params {
    /**
     * feature_id
     * Required.
     */
    char *feature_id;
} schematic_features_update_params;

/**
 * Update feature
 *
 * `PUT /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param body request body: schematic_update_feature_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_update_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_update(schematic_client *client, const schematic_features_update_params *params,
                                          const schematic_update_feature_request_body *body,
                                          schematic_features_update_response **out, schematic_error *err);
/** Descriptor of schematic_features_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_update_op;

/**
 * Completion of schematic_features_update_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_features_update_async()
 * @param rc 0, or what schematic_features_update() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_features_update()'s out would receive, owned by the
 * callback (schematic_features_update_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_update() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_features_update_callback)(void *user_data, int rc, schematic_features_update_response *result,
                                                   schematic_error *err);

/**
 * Update feature
 *
 * Asynchronous form of schematic_features_update(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_features_update() would
 * return; the result is the callback's to free.
 *
 * `PUT /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_update(); read before this returns
 * @param body request body, as for schematic_features_update(); read before this returns
 * @param callback called with the outcome (see schematic_features_update_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_update() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_update()
 */
APIC_EXPORT int schematic_features_update_async(schematic_client *client,
                                                const schematic_features_update_params *params,
                                                const schematic_update_feature_request_body *body,
                                                schematic_features_update_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_features_delete_params {
    /**
     * feature_id
     * Required.
     */
    char *feature_id;
} schematic_features_delete_params;

/**
 * Delete feature
 *
 * `DELETE /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_features_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_delete(schematic_client *client, const schematic_features_delete_params *params,
                                          schematic_features_delete_response **out, schematic_error *err);
/** Descriptor of schematic_features_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_delete_op;

/**
 * Completion of schematic_features_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_features_delete_async()
 * @param rc 0, or what schematic_features_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_features_delete()'s out would receive, owned by the
 * callback (schematic_features_delete_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_delete() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_features_delete_callback)(void *user_data, int rc, schematic_features_delete_response *result,
                                                   schematic_error *err);

/**
 * Delete feature
 *
 * Asynchronous form of schematic_features_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_features_delete() would
 * return; the result is the callback's to free.
 *
 * `DELETE /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_delete(); read before this returns
 * @param callback called with the outcome (see schematic_features_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_delete()
 */
APIC_EXPORT int schematic_features_delete_async(schematic_client *client,
                                                const schematic_features_delete_params *params,
                                                schematic_features_delete_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/**
 * Upsert feature for billing product
 *
 * `POST /features/billing-linked`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_linked_feature_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_upsert_for_billing_product_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_upsert_for_billing_product(schematic_client *client,
                                                              const schematic_create_billing_linked_feature_request_body *body,
                                                              schematic_features_upsert_for_billing_product_response **out,
                                                              schematic_error *err);
/** Descriptor of schematic_features_upsert_for_billing_product(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_upsert_for_billing_product_op;

/**
 * Completion of schematic_features_upsert_for_billing_product_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_features_upsert_for_billing_product_async()
 * @param rc 0, or what schematic_features_upsert_for_billing_product() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_features_upsert_for_billing_product()'s out would
 * receive, owned by the callback (schematic_features_upsert_for_billing_product_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_features_upsert_for_billing_product() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_features_upsert_for_billing_product_callback)(void *user_data, int rc,
                                                                       schematic_features_upsert_for_billing_product_response *result,
                                                                       schematic_error *err);

/**
 * Upsert feature for billing product
 *
 * Asynchronous form of schematic_features_upsert_for_billing_product(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_upsert_for_billing_product() would return; the result is the callback's to
 * free.
 *
 * `POST /features/billing-linked`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_features_upsert_for_billing_product(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_features_upsert_for_billing_product_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_features_upsert_for_billing_product() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_features_upsert_for_billing_product()
 */
APIC_EXPORT int schematic_features_upsert_for_billing_product_async(schematic_client *client,
                                                                    const schematic_create_billing_linked_feature_request_body *body,
                                                                    schematic_features_upsert_for_billing_product_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    schematic_error *err);

/** Parameters of schematic_features_count(). Zero-initialise, then set what you need. */
typedef struct schematic_features_count_params {
    bool has_boolean_require_event; /**< true when boolean_require_event is set */
    /**
     * Only return boolean features if there is an associated event. Automatically includes boolean in
     * the feature types filter.
     */
    bool boolean_require_event;
    bool has_feature_type; /**< true when feature_type is set */
    /** Filter by one or more feature types (boolean, event, trait) */
    schematic_feature_type_array feature_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_managed_by; /**< true when managed_by is set */
    /** Filter for features managed by a billing provider, or by Schematic (no billing provider) */
    schematic_billing_provider_type_val managed_by;
    /**
     * Filter by plan version ID when used with without_plan_entitlement_for; if not provided, the
     * latest published version is used
     */
    char *plan_version_id;
    /** Search by feature name or ID */
    char *q;
    /** Filter out features that already have a company override for the specified company ID */
    char *without_company_override_for;
    /** Filter out features that already have a plan entitlement for the specified plan ID */
    char *without_plan_entitlement_for;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_count_params;

/**
 * Count features
 *
 * `GET /features/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_count(schematic_client *client, const schematic_features_count_params *params,
                                         schematic_features_count_response **out, schematic_error *err);
/** Descriptor of schematic_features_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_count_op;

/**
 * Completion of schematic_features_count_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_features_count_async()
 * @param rc 0, or what schematic_features_count() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_features_count()'s out would receive, owned by the
 * callback (schematic_features_count_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_count() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_features_count_callback)(void *user_data, int rc, schematic_features_count_response *result,
                                                  schematic_error *err);

/**
 * Count features
 *
 * Asynchronous form of schematic_features_count(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_features_count() would
 * return; the result is the callback's to free.
 *
 * `GET /features/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_count(); read before this returns
 * @param callback called with the outcome (see schematic_features_count_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_count() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_count()
 */
APIC_EXPORT int schematic_features_count_async(schematic_client *client, const schematic_features_count_params *params,
                                               schematic_features_count_callback callback, void *user_data,
                                               apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_list_flags(). Zero-initialise, then set what you need. */
typedef struct schematic_features_list_flags_params {
    /** The `feature_id` query parameter: a string. */
    char *feature_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Search by flag name, key, or ID */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_list_flags_params;

/**
 * List flags
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /flags`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_list_flags_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_list_flags(schematic_client *client,
                                              const schematic_features_list_flags_params *params,
                                              schematic_features_list_flags_response **out, schematic_error *err);
/** Descriptor of schematic_features_list_flags(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_list_flags_op;

/**
 * Completion of schematic_features_list_flags_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_list_flags_async()
 * @param rc 0, or what schematic_features_list_flags() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_list_flags()'s out would receive, owned by the
 * callback (schematic_features_list_flags_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_list_flags() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_list_flags_callback)(void *user_data, int rc,
                                                       schematic_features_list_flags_response *result,
                                                       schematic_error *err);

/**
 * List flags
 *
 * Asynchronous form of schematic_features_list_flags(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_features_list_flags()
 * would return; the result is the callback's to free.
 *
 * `GET /flags`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_list_flags(); read before this returns
 * @param callback called with the outcome (see schematic_features_list_flags_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_list_flags() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_list_flags()
 */
APIC_EXPORT int schematic_features_list_flags_async(schematic_client *client,
                                                    const schematic_features_list_flags_params *params,
                                                    schematic_features_list_flags_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_features_list_flags(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_features_list_flags_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_features_list_flags_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_features_list_flags_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_features_list_flags_iter_new(schematic_client *client,
                                                       const schematic_features_list_flags_params *params,
                                                       schematic_features_list_flags_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_features_list_flags_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_features_list_flags_iter_next(schematic_features_list_flags_iter *it,
                                                        const schematic_flag_detail_response_data **item,
                                                        schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_features_list_flags_iter_free(schematic_features_list_flags_iter *it);

/**
 * Create flag
 *
 * `POST /flags`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_create_flag_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_create_flag(schematic_client *client, const schematic_create_flag_request_body *body,
                                               schematic_features_create_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_create_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_create_flag_op;

/**
 * Completion of schematic_features_create_flag_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_create_flag_async()
 * @param rc 0, or what schematic_features_create_flag() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_create_flag()'s out would receive, owned by the
 * callback (schematic_features_create_flag_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_create_flag() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_create_flag_callback)(void *user_data, int rc,
                                                        schematic_features_create_flag_response *result,
                                                        schematic_error *err);

/**
 * Create flag
 *
 * Asynchronous form of schematic_features_create_flag(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_create_flag() would return; the result is the callback's to free.
 *
 * `POST /flags`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_features_create_flag(); read before this returns
 * @param callback called with the outcome (see schematic_features_create_flag_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_create_flag() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_create_flag()
 */
APIC_EXPORT int schematic_features_create_flag_async(schematic_client *client,
                                                     const schematic_create_flag_request_body *body,
                                                     schematic_features_create_flag_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_get_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_get_flag_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_get_flag_params;

/**
 * Get flag
 *
 * `GET /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param out receives the result on success (schematic_features_get_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_get_flag(schematic_client *client, const schematic_features_get_flag_params *params,
                                            schematic_features_get_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_get_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_get_flag_op;

/**
 * Completion of schematic_features_get_flag_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_get_flag_async()
 * @param rc 0, or what schematic_features_get_flag() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_features_get_flag()'s out would receive, owned by the
 * callback (schematic_features_get_flag_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_get_flag() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_features_get_flag_callback)(void *user_data, int rc,
                                                     schematic_features_get_flag_response *result,
                                                     schematic_error *err);

/**
 * Get flag
 *
 * Asynchronous form of schematic_features_get_flag(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_features_get_flag() would
 * return; the result is the callback's to free.
 *
 * `GET /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_get_flag(); read before this returns
 * @param callback called with the outcome (see schematic_features_get_flag_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_get_flag() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_get_flag()
 */
APIC_EXPORT int schematic_features_get_flag_async(schematic_client *client,
                                                  const schematic_features_get_flag_params *params,
                                                  schematic_features_get_flag_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_update_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_update_flag_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_update_flag_params;

/**
 * Update flag
 *
 * `PUT /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param body request body: schematic_create_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_update_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_update_flag(schematic_client *client,
                                               const schematic_features_update_flag_params *params,
                                               const schematic_create_flag_request_body *body,
                                               schematic_features_update_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_update_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_update_flag_op;

/**
 * Completion of schematic_features_update_flag_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_update_flag_async()
 * @param rc 0, or what schematic_features_update_flag() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_update_flag()'s out would receive, owned by the
 * callback (schematic_features_update_flag_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_update_flag() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_update_flag_callback)(void *user_data, int rc,
                                                        schematic_features_update_flag_response *result,
                                                        schematic_error *err);

/**
 * Update flag
 *
 * Asynchronous form of schematic_features_update_flag(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_update_flag() would return; the result is the callback's to free.
 *
 * `PUT /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_update_flag(); read before this returns
 * @param body request body, as for schematic_features_update_flag(); read before this returns
 * @param callback called with the outcome (see schematic_features_update_flag_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_update_flag() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_update_flag()
 */
APIC_EXPORT int schematic_features_update_flag_async(schematic_client *client,
                                                     const schematic_features_update_flag_params *params,
                                                     const schematic_create_flag_request_body *body,
                                                     schematic_features_update_flag_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_delete_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_delete_flag_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_delete_flag_params;

/**
 * Delete flag
 *
 * `DELETE /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param out receives the result on success (schematic_features_delete_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_delete_flag(schematic_client *client,
                                               const schematic_features_delete_flag_params *params,
                                               schematic_features_delete_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_delete_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_delete_flag_op;

/**
 * Completion of schematic_features_delete_flag_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_delete_flag_async()
 * @param rc 0, or what schematic_features_delete_flag() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_delete_flag()'s out would receive, owned by the
 * callback (schematic_features_delete_flag_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_delete_flag() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_delete_flag_callback)(void *user_data, int rc,
                                                        schematic_features_delete_flag_response *result,
                                                        schematic_error *err);

/**
 * Delete flag
 *
 * Asynchronous form of schematic_features_delete_flag(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_delete_flag() would return; the result is the callback's to free.
 *
 * `DELETE /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_delete_flag(); read before this returns
 * @param callback called with the outcome (see schematic_features_delete_flag_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_delete_flag() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_delete_flag()
 */
APIC_EXPORT int schematic_features_delete_flag_async(schematic_client *client,
                                                     const schematic_features_delete_flag_params *params,
                                                     schematic_features_delete_flag_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_features_update_flag_rules(). Zero-initialise, then set what you need. */
typedef struct schematic_features_update_flag_rules_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_update_flag_rules_params;

/**
 * Update flag rules
 *
 * `PUT /flags/{flag_id}/rules`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param body request body: schematic_update_flag_rules_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_update_flag_rules_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_update_flag_rules(schematic_client *client,
                                                     const schematic_features_update_flag_rules_params *params,
                                                     const schematic_update_flag_rules_request_body *body,
                                                     schematic_features_update_flag_rules_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_features_update_flag_rules(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_update_flag_rules_op;

/**
 * Completion of schematic_features_update_flag_rules_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_features_update_flag_rules_async()
 * @param rc 0, or what schematic_features_update_flag_rules() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_update_flag_rules()'s out would receive, owned
 * by the callback (schematic_features_update_flag_rules_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_update_flag_rules() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_update_flag_rules_callback)(void *user_data, int rc,
                                                              schematic_features_update_flag_rules_response *result,
                                                              schematic_error *err);

/**
 * Update flag rules
 *
 * Asynchronous form of schematic_features_update_flag_rules(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_update_flag_rules() would return; the result is the callback's to free.
 *
 * `PUT /flags/{flag_id}/rules`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_update_flag_rules(); read before this
 * returns
 * @param body request body, as for schematic_features_update_flag_rules(); read before this
 * returns
 * @param callback called with the outcome (see schematic_features_update_flag_rules_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_update_flag_rules()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_update_flag_rules()
 */
APIC_EXPORT int schematic_features_update_flag_rules_async(schematic_client *client,
                                                           const schematic_features_update_flag_rules_params *params,
                                                           const schematic_update_flag_rules_request_body *body,
                                                           schematic_features_update_flag_rules_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Parameters of schematic_features_check_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_check_flag_params {
    /**
     * key
     * Required.
     */
    char *key;
} schematic_features_check_flag_params;

/**
 * Check flag
 *
 * `POST /flags/{key}/check`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: key
 * @param body request body: schematic_check_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_check_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_check_flag(schematic_client *client,
                                              const schematic_features_check_flag_params *params,
                                              const schematic_check_flag_request_body *body,
                                              schematic_features_check_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_check_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_check_flag_op;

/**
 * Completion of schematic_features_check_flag_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_check_flag_async()
 * @param rc 0, or what schematic_features_check_flag() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_check_flag()'s out would receive, owned by the
 * callback (schematic_features_check_flag_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_check_flag() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_check_flag_callback)(void *user_data, int rc,
                                                       schematic_features_check_flag_response *result,
                                                       schematic_error *err);

/**
 * Check flag
 *
 * Asynchronous form of schematic_features_check_flag(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_features_check_flag()
 * would return; the result is the callback's to free.
 *
 * `POST /flags/{key}/check`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_check_flag(); read before this returns
 * @param body request body, as for schematic_features_check_flag(); read before this returns
 * @param callback called with the outcome (see schematic_features_check_flag_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_check_flag() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_check_flag()
 */
APIC_EXPORT int schematic_features_check_flag_async(schematic_client *client,
                                                    const schematic_features_check_flag_params *params,
                                                    const schematic_check_flag_request_body *body,
                                                    schematic_features_check_flag_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/**
 * Check flags
 *
 * `POST /flags/check`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_check_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_check_flags_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_check_flags(schematic_client *client, const schematic_check_flag_request_body *body,
                                               schematic_features_check_flags_response **out, schematic_error *err);
/** Descriptor of schematic_features_check_flags(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_check_flags_op;

/**
 * Completion of schematic_features_check_flags_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_check_flags_async()
 * @param rc 0, or what schematic_features_check_flags() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_check_flags()'s out would receive, owned by the
 * callback (schematic_features_check_flags_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_check_flags() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_check_flags_callback)(void *user_data, int rc,
                                                        schematic_features_check_flags_response *result,
                                                        schematic_error *err);

/**
 * Check flags
 *
 * Asynchronous form of schematic_features_check_flags(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_check_flags() would return; the result is the callback's to free.
 *
 * `POST /flags/check`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_features_check_flags(); read before this returns
 * @param callback called with the outcome (see schematic_features_check_flags_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_check_flags() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_check_flags()
 */
APIC_EXPORT int schematic_features_check_flags_async(schematic_client *client,
                                                     const schematic_check_flag_request_body *body,
                                                     schematic_features_check_flags_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/**
 * Check flags bulk
 *
 * `POST /flags/check-bulk`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_check_flags_bulk_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_check_flags_bulk_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_check_flags_bulk(schematic_client *client,
                                                    const schematic_check_flags_bulk_request_body *body,
                                                    schematic_features_check_flags_bulk_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_features_check_flags_bulk(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_check_flags_bulk_op;

/**
 * Completion of schematic_features_check_flags_bulk_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_features_check_flags_bulk_async()
 * @param rc 0, or what schematic_features_check_flags_bulk() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_check_flags_bulk()'s out would receive, owned
 * by the callback (schematic_features_check_flags_bulk_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_check_flags_bulk() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_check_flags_bulk_callback)(void *user_data, int rc,
                                                             schematic_features_check_flags_bulk_response *result,
                                                             schematic_error *err);

/**
 * Check flags bulk
 *
 * Asynchronous form of schematic_features_check_flags_bulk(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_check_flags_bulk() would return; the result is the callback's to free.
 *
 * `POST /flags/check-bulk`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_features_check_flags_bulk(); read before this returns
 * @param callback called with the outcome (see schematic_features_check_flags_bulk_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_check_flags_bulk() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_check_flags_bulk()
 */
APIC_EXPORT int schematic_features_check_flags_bulk_async(schematic_client *client,
                                                          const schematic_check_flags_bulk_request_body *body,
                                                          schematic_features_check_flags_bulk_callback callback,
                                                          void *user_data, apic_async_call **call,
                                                          schematic_error *err);

/** Parameters of schematic_features_count_flags(). Zero-initialise, then set what you need. */
typedef struct schematic_features_count_flags_params {
    /** The `feature_id` query parameter: a string. */
    char *feature_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Search by flag name, key, or ID */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_count_flags_params;

/**
 * Count flags
 *
 * `GET /flags/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_count_flags_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_count_flags(schematic_client *client,
                                               const schematic_features_count_flags_params *params,
                                               schematic_features_count_flags_response **out, schematic_error *err);
/** Descriptor of schematic_features_count_flags(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_count_flags_op;

/**
 * Completion of schematic_features_count_flags_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_features_count_flags_async()
 * @param rc 0, or what schematic_features_count_flags() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_features_count_flags()'s out would receive, owned by the
 * callback (schematic_features_count_flags_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_features_count_flags() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_features_count_flags_callback)(void *user_data, int rc,
                                                        schematic_features_count_flags_response *result,
                                                        schematic_error *err);

/**
 * Count flags
 *
 * Asynchronous form of schematic_features_count_flags(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_features_count_flags() would return; the result is the callback's to free.
 *
 * `GET /flags/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_features_count_flags(); read before this returns
 * @param callback called with the outcome (see schematic_features_count_flags_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_features_count_flags() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_features_count_flags()
 */
APIC_EXPORT int schematic_features_count_flags_async(schematic_client *client,
                                                     const schematic_features_count_flags_params *params,
                                                     schematic_features_count_flags_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
