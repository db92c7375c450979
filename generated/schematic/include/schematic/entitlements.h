/**
 * @file schematic/entitlements.h
 * @brief Schematic: entitlements operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_ENTITLEMENTS_H
#define SCHEMATIC_ENTITLEMENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_entitlements_list_company_overrides(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_list_company_overrides_params {
    /** Filter company overrides by a single company ID (starting with comp_) */
    char *company_id;
    bool has_company_ids; /**< true when company_ids is set */
    /** Filter company overrides by multiple company IDs (starting with comp_) */
    apic_string_array company_ids;
    /** Filter company overrides by a single feature ID (starting with feat_) */
    char *feature_id;
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Filter company overrides by multiple feature IDs (starting with feat_) */
    apic_string_array feature_ids;
    bool has_ids; /**< true when ids is set */
    /** Filter company overrides by multiple company override IDs (starting with cmov_) */
    apic_string_array ids;
    bool has_without_expired; /**< true when without_expired is set */
    /** Filter company overrides by whether they have not expired */
    bool without_expired;
    /** Search for company overrides by feature or company name */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_list_company_overrides_params;

/**
 * List company overrides
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /company-overrides`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_entitlements_list_company_overrides_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_list_company_overrides(schematic_client *client,
                                                              const schematic_entitlements_list_company_overrides_params *params,
                                                              schematic_entitlements_list_company_overrides_response **out,
                                                              schematic_error *err);
/** Descriptor of schematic_entitlements_list_company_overrides(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_list_company_overrides_op;

/**
 * Completion of schematic_entitlements_list_company_overrides_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_list_company_overrides_async()
 * @param rc 0, or what schematic_entitlements_list_company_overrides() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_list_company_overrides()'s out would
 * receive, owned by the callback (schematic_entitlements_list_company_overrides_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_list_company_overrides() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_list_company_overrides_callback)(void *user_data, int rc,
                                                                       schematic_entitlements_list_company_overrides_response *result,
                                                                       schematic_error *err);

/**
 * List company overrides
 *
 * Asynchronous form of schematic_entitlements_list_company_overrides(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_list_company_overrides() would return; the result is the callback's to
 * free.
 *
 * `GET /company-overrides`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_list_company_overrides(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_list_company_overrides_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_list_company_overrides() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_list_company_overrides()
 */
APIC_EXPORT int schematic_entitlements_list_company_overrides_async(schematic_client *client,
                                                                    const schematic_entitlements_list_company_overrides_params *params,
                                                                    schematic_entitlements_list_company_overrides_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    schematic_error *err);

/** Iteration over every item of schematic_entitlements_list_company_overrides(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_entitlements_list_company_overrides_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_entitlements_list_company_overrides_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_entitlements_list_company_overrides_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_entitlements_list_company_overrides_iter_new(schematic_client *client,
                                                                       const schematic_entitlements_list_company_overrides_params *params,
                                                                       schematic_entitlements_list_company_overrides_iter **out,
                                                                       schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_entitlements_list_company_overrides_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_entitlements_list_company_overrides_iter_next(schematic_entitlements_list_company_overrides_iter *it,
                                                                        const schematic_company_override_response_data **item,
                                                                        schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_entitlements_list_company_overrides_iter_free(schematic_entitlements_list_company_overrides_iter *it);

/**
 * Create company override
 *
 * `POST /company-overrides`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_company_override_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_entitlements_create_company_override_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_create_company_override(schematic_client *client,
                                                               const schematic_create_company_override_request_body *body,
                                                               schematic_entitlements_create_company_override_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_entitlements_create_company_override(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_create_company_override_op;

/**
 * Completion of schematic_entitlements_create_company_override_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_create_company_override_async()
 * @param rc 0, or what schematic_entitlements_create_company_override() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_create_company_override()'s out would
 * receive, owned by the callback (schematic_entitlements_create_company_override_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_create_company_override() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_create_company_override_callback)(void *user_data, int rc,
                                                                        schematic_entitlements_create_company_override_response *result,
                                                                        schematic_error *err);

/**
 * Create company override
 *
 * Asynchronous form of schematic_entitlements_create_company_override(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_create_company_override() would return; the result is the callback's to
 * free.
 *
 * `POST /company-overrides`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_entitlements_create_company_override(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_create_company_override_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_create_company_override() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_create_company_override()
 */
APIC_EXPORT int schematic_entitlements_create_company_override_async(schematic_client *client,
                                                                     const schematic_create_company_override_request_body *body,
                                                                     schematic_entitlements_create_company_override_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

/** Parameters of schematic_entitlements_get_company_override(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_get_company_override_params {
    /**
     * company_override_id
     * Required.
     */
    char *company_override_id;
} schematic_entitlements_get_company_override_params;

/**
 * Get company override
 *
 * `GET /company-overrides/{company_override_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_override_id
 * @param out receives the result on success (schematic_entitlements_get_company_override_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_get_company_override(schematic_client *client,
                                                            const schematic_entitlements_get_company_override_params *params,
                                                            schematic_entitlements_get_company_override_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_entitlements_get_company_override(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_get_company_override_op;

/**
 * Completion of schematic_entitlements_get_company_override_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_get_company_override_async()
 * @param rc 0, or what schematic_entitlements_get_company_override() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_get_company_override()'s out would receive,
 * owned by the callback (schematic_entitlements_get_company_override_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_entitlements_get_company_override() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_get_company_override_callback)(void *user_data, int rc,
                                                                     schematic_entitlements_get_company_override_response *result,
                                                                     schematic_error *err);

/**
 * Get company override
 *
 * Asynchronous form of schematic_entitlements_get_company_override(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_get_company_override() would return; the result is the callback's to
 * free.
 *
 * `GET /company-overrides/{company_override_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_get_company_override(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_entitlements_get_company_override_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_get_company_override()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_get_company_override()
 */
APIC_EXPORT int schematic_entitlements_get_company_override_async(schematic_client *client,
                                                                  const schematic_entitlements_get_company_override_params *params,
                                                                  schematic_entitlements_get_company_override_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Parameters of schematic_entitlements_update_company_override(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_update_company_override_params {
    /**
     * company_override_id
     * Required.
     */
    char *company_override_id;
} schematic_entitlements_update_company_override_params;

/**
 * Update company override
 *
 * `PUT /company-overrides/{company_override_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_override_id
 * @param body request body: schematic_update_company_override_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_entitlements_update_company_override_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_update_company_override(schematic_client *client,
                                                               const schematic_entitlements_update_company_override_params *params,
                                                               const schematic_update_company_override_request_body *body,
                                                               schematic_entitlements_update_company_override_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_entitlements_update_company_override(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_update_company_override_op;

/**
 * Completion of schematic_entitlements_update_company_override_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_update_company_override_async()
 * @param rc 0, or what schematic_entitlements_update_company_override() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_update_company_override()'s out would
 * receive, owned by the callback (schematic_entitlements_update_company_override_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_update_company_override() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_update_company_override_callback)(void *user_data, int rc,
                                                                        schematic_entitlements_update_company_override_response *result,
                                                                        schematic_error *err);

/**
 * Update company override
 *
 * Asynchronous form of schematic_entitlements_update_company_override(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_update_company_override() would return; the result is the callback's to
 * free.
 *
 * `PUT /company-overrides/{company_override_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_update_company_override(); read before
 * this returns
 * @param body request body, as for schematic_entitlements_update_company_override(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_update_company_override_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_update_company_override() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_update_company_override()
 */
APIC_EXPORT int schematic_entitlements_update_company_override_async(schematic_client *client,
                                                                     const schematic_entitlements_update_company_override_params *params,
                                                                     const schematic_update_company_override_request_body *body,
                                                                     schematic_entitlements_update_company_override_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

/** Parameters of schematic_entitlements_delete_company_override(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_delete_company_override_params {
    /**
     * company_override_id
     * Required.
     */
    char *company_override_id;
} schematic_entitlements_delete_company_override_params;

/**
 * Delete company override
 *
 * `DELETE /company-overrides/{company_override_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_override_id
 * @param out receives the result on success (schematic_entitlements_delete_company_override_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_delete_company_override(schematic_client *client,
                                                               const schematic_entitlements_delete_company_override_params *params,
                                                               schematic_entitlements_delete_company_override_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_entitlements_delete_company_override(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_delete_company_override_op;

/**
 * Completion of schematic_entitlements_delete_company_override_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_delete_company_override_async()
 * @param rc 0, or what schematic_entitlements_delete_company_override() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_delete_company_override()'s out would
 * receive, owned by the callback (schematic_entitlements_delete_company_override_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_delete_company_override() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_delete_company_override_callback)(void *user_data, int rc,
                                                                        schematic_entitlements_delete_company_override_response *result,
                                                                        schematic_error *err);

/**
 * Delete company override
 *
 * Asynchronous form of schematic_entitlements_delete_company_override(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_delete_company_override() would return; the result is the callback's to
 * free.
 *
 * `DELETE /company-overrides/{company_override_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_delete_company_override(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_delete_company_override_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_delete_company_override() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_delete_company_override()
 */
APIC_EXPORT int schematic_entitlements_delete_company_override_async(schematic_client *client,
                                                                     const schematic_entitlements_delete_company_override_params *params,
                                                                     schematic_entitlements_delete_company_override_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

/** Parameters of schematic_entitlements_count_company_overrides(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_count_company_overrides_params {
    /** Filter company overrides by a single company ID (starting with comp_) */
    char *company_id;
    bool has_company_ids; /**< true when company_ids is set */
    /** Filter company overrides by multiple company IDs (starting with comp_) */
    apic_string_array company_ids;
    /** Filter company overrides by a single feature ID (starting with feat_) */
    char *feature_id;
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Filter company overrides by multiple feature IDs (starting with feat_) */
    apic_string_array feature_ids;
    bool has_ids; /**< true when ids is set */
    /** Filter company overrides by multiple company override IDs (starting with cmov_) */
    apic_string_array ids;
    bool has_without_expired; /**< true when without_expired is set */
    /** Filter company overrides by whether they have not expired */
    bool without_expired;
    /** Search for company overrides by feature or company name */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_count_company_overrides_params;

/**
 * Count company overrides
 *
 * `GET /company-overrides/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_entitlements_count_company_overrides_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_count_company_overrides(schematic_client *client,
                                                               const schematic_entitlements_count_company_overrides_params *params,
                                                               schematic_entitlements_count_company_overrides_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_entitlements_count_company_overrides(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_count_company_overrides_op;

/**
 * Completion of schematic_entitlements_count_company_overrides_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_count_company_overrides_async()
 * @param rc 0, or what schematic_entitlements_count_company_overrides() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_count_company_overrides()'s out would
 * receive, owned by the callback (schematic_entitlements_count_company_overrides_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_count_company_overrides() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_count_company_overrides_callback)(void *user_data, int rc,
                                                                        schematic_entitlements_count_company_overrides_response *result,
                                                                        schematic_error *err);

/**
 * Count company overrides
 *
 * Asynchronous form of schematic_entitlements_count_company_overrides(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_count_company_overrides() would return; the result is the callback's to
 * free.
 *
 * `GET /company-overrides/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_count_company_overrides(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_count_company_overrides_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_count_company_overrides() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_count_company_overrides()
 */
APIC_EXPORT int schematic_entitlements_count_company_overrides_async(schematic_client *client,
                                                                     const schematic_entitlements_count_company_overrides_params *params,
                                                                     schematic_entitlements_count_company_overrides_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

/** Parameters of schematic_entitlements_list_feature_companies(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_list_feature_companies_params {
    /**
     * The `feature_id` query parameter: a string.
     * Required.
     */
    char *feature_id;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_list_feature_companies_params;

/**
 * List feature companies
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /feature-companies`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_entitlements_list_feature_companies_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_list_feature_companies(schematic_client *client,
                                                              const schematic_entitlements_list_feature_companies_params *params,
                                                              schematic_entitlements_list_feature_companies_response **out,
                                                              schematic_error *err);
/** Descriptor of schematic_entitlements_list_feature_companies(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_list_feature_companies_op;

/**
 * Completion of schematic_entitlements_list_feature_companies_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_list_feature_companies_async()
 * @param rc 0, or what schematic_entitlements_list_feature_companies() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_list_feature_companies()'s out would
 * receive, owned by the callback (schematic_entitlements_list_feature_companies_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_list_feature_companies() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_list_feature_companies_callback)(void *user_data, int rc,
                                                                       schematic_entitlements_list_feature_companies_response *result,
                                                                       schematic_error *err);

/**
 * List feature companies
 *
 * Asynchronous form of schematic_entitlements_list_feature_companies(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_list_feature_companies() would return; the result is the callback's to
 * free.
 *
 * `GET /feature-companies`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_list_feature_companies(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_list_feature_companies_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_list_feature_companies() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_list_feature_companies()
 */
APIC_EXPORT int schematic_entitlements_list_feature_companies_async(schematic_client *client,
                                                                    const schematic_entitlements_list_feature_companies_params *params,
                                                                    schematic_entitlements_list_feature_companies_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    schematic_error *err);

/** Iteration over every item of schematic_entitlements_list_feature_companies(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_entitlements_list_feature_companies_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_entitlements_list_feature_companies_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_entitlements_list_feature_companies_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_entitlements_list_feature_companies_iter_new(schematic_client *client,
                                                                       const schematic_entitlements_list_feature_companies_params *params,
                                                                       schematic_entitlements_list_feature_companies_iter **out,
                                                                       schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_entitlements_list_feature_companies_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_entitlements_list_feature_companies_iter_next(schematic_entitlements_list_feature_companies_iter *it,
                                                                        const schematic_feature_company_response_data **item,
                                                                        schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_entitlements_list_feature_companies_iter_free(schematic_entitlements_list_feature_companies_iter *it);

/** Parameters of schematic_entitlements_count_feature_companies(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_count_feature_companies_params {
    /**
     * The `feature_id` query parameter: a string.
     * Required.
     */
    char *feature_id;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_count_feature_companies_params;

/**
 * Count feature companies
 *
 * `GET /feature-companies/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_entitlements_count_feature_companies_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_count_feature_companies(schematic_client *client,
                                                               const schematic_entitlements_count_feature_companies_params *params,
                                                               schematic_entitlements_count_feature_companies_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_entitlements_count_feature_companies(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_count_feature_companies_op;

/**
 * Completion of schematic_entitlements_count_feature_companies_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_count_feature_companies_async()
 * @param rc 0, or what schematic_entitlements_count_feature_companies() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_count_feature_companies()'s out would
 * receive, owned by the callback (schematic_entitlements_count_feature_companies_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_count_feature_companies() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_count_feature_companies_callback)(void *user_data, int rc,
                                                                        schematic_entitlements_count_feature_companies_response *result,
                                                                        schematic_error *err);

/**
 * Count feature companies
 *
 * Asynchronous form of schematic_entitlements_count_feature_companies(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_count_feature_companies() would return; the result is the callback's to
 * free.
 *
 * `GET /feature-companies/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_count_feature_companies(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_count_feature_companies_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_count_feature_companies() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_count_feature_companies()
 */
APIC_EXPORT int schematic_entitlements_count_feature_companies_async(schematic_client *client,
                                                                     const schematic_entitlements_count_feature_companies_params *params,
                                                                     schematic_entitlements_count_feature_companies_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

/** Parameters of schematic_entitlements_list_feature_usage(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_list_feature_usage_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    bool has_company_keys; /**< true when company_keys is set */
    /** The `company_keys` query parameter: named values (a JSON object), see apic_string_map. */
    apic_string_map company_keys;
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Maximum items: 100. */
    apic_string_array feature_ids;
    bool has_include_usage_aggregation; /**< true when include_usage_aggregation is set */
    /**
     * Include time-bucketed usage aggregation (today, this week, this month, billing period) for
     * credit-based entitlements. Defaults to false for performance.
     */
    bool include_usage_aggregation;
    bool has_managed_by; /**< true when managed_by is set */
    /** Filter for features managed by a billing provider, or by Schematic (no billing provider) */
    schematic_billing_provider_type_val managed_by;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_without_negative_entitlements; /**< true when without_negative_entitlements is set */
    /** The `without_negative_entitlements` query parameter: true or false. */
    bool without_negative_entitlements;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_list_feature_usage_params;

/**
 * List feature usage
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /feature-usage`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_entitlements_list_feature_usage_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage(schematic_client *client,
                                                          const schematic_entitlements_list_feature_usage_params *params,
                                                          schematic_entitlements_list_feature_usage_response **out,
                                                          schematic_error *err);
/** Descriptor of schematic_entitlements_list_feature_usage(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_list_feature_usage_op;

/**
 * Completion of schematic_entitlements_list_feature_usage_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_list_feature_usage_async()
 * @param rc 0, or what schematic_entitlements_list_feature_usage() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_list_feature_usage()'s out would receive,
 * owned by the callback (schematic_entitlements_list_feature_usage_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_entitlements_list_feature_usage() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_list_feature_usage_callback)(void *user_data, int rc,
                                                                   schematic_entitlements_list_feature_usage_response *result,
                                                                   schematic_error *err);

/**
 * List feature usage
 *
 * Asynchronous form of schematic_entitlements_list_feature_usage(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_list_feature_usage() would return; the result is the callback's to free.
 *
 * `GET /feature-usage`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_list_feature_usage(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_entitlements_list_feature_usage_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_list_feature_usage()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_list_feature_usage()
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage_async(schematic_client *client,
                                                                const schematic_entitlements_list_feature_usage_params *params,
                                                                schematic_entitlements_list_feature_usage_callback callback,
                                                                void *user_data, apic_async_call **call,
                                                                schematic_error *err);

/** Iteration over every item of schematic_entitlements_list_feature_usage(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_entitlements_list_feature_usage_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_entitlements_list_feature_usage_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_entitlements_list_feature_usage_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage_iter_new(schematic_client *client,
                                                                   const schematic_entitlements_list_feature_usage_params *params,
                                                                   schematic_entitlements_list_feature_usage_iter **out,
                                                                   schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_entitlements_list_feature_usage_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage_iter_next(schematic_entitlements_list_feature_usage_iter *it,
                                                                    const schematic_feature_usage_response_data **item,
                                                                    schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_entitlements_list_feature_usage_iter_free(schematic_entitlements_list_feature_usage_iter *it);

/** Parameters of schematic_entitlements_list_feature_usage_history(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_list_feature_usage_history_params {
    bool has_company_ids; /**< true when company_ids is set */
    /** Restrict to these company IDs; omit for every company in the environment */
    apic_string_array company_ids;
    /**
     * Exclusive end of the window; must fall on an hour boundary
     * Required.
     */
    char *end_time;
    bool has_feature_ids; /**< true when feature_ids is set */
    /**
     * Restrict to these event features; omit for every event feature in the environment. Where several
     * features measure the same event, each is reported separately and a page may carry more rows than
     * the requested limit
     */
    apic_string_array feature_ids;
    bool has_granularity; /**< true when granularity is set */
    /** Bucket the window; omit for a single total per company and feature */
    schematic_time_series_granularity_val granularity;
    /**
     * Inclusive start of the window; must fall on an hour boundary
     * Required.
     */
    char *start_time;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_list_feature_usage_history_params;

/**
 * List feature usage history
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /feature-usage-history`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: end_time, start_time
 * @param out receives the result on success (schematic_entitlements_list_feature_usage_history_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage_history(schematic_client *client,
                                                                  const schematic_entitlements_list_feature_usage_history_params *params,
                                                                  schematic_entitlements_list_feature_usage_history_response **out,
                                                                  schematic_error *err);
/** Descriptor of schematic_entitlements_list_feature_usage_history(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_list_feature_usage_history_op;

/**
 * Completion of schematic_entitlements_list_feature_usage_history_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_list_feature_usage_history_async()
 * @param rc 0, or what schematic_entitlements_list_feature_usage_history() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_list_feature_usage_history()'s out would
 * receive, owned by the callback
 * (schematic_entitlements_list_feature_usage_history_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_list_feature_usage_history() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_entitlements_list_feature_usage_history_callback)(void *user_data, int rc,
                                                                           schematic_entitlements_list_feature_usage_history_response *result,
                                                                           schematic_error *err);

/**
 * List feature usage history
 *
 * Asynchronous form of schematic_entitlements_list_feature_usage_history(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_list_feature_usage_history() would return; the result is the callback's
 * to free.
 *
 * `GET /feature-usage-history`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_list_feature_usage_history(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_list_feature_usage_history_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_list_feature_usage_history() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_list_feature_usage_history()
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage_history_async(schematic_client *client,
                                                                        const schematic_entitlements_list_feature_usage_history_params *params,
                                                                        schematic_entitlements_list_feature_usage_history_callback callback,
                                                                        void *user_data, apic_async_call **call,
                                                                        schematic_error *err);

/** Iteration over every item of schematic_entitlements_list_feature_usage_history(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_entitlements_list_feature_usage_history_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_entitlements_list_feature_usage_history_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_entitlements_list_feature_usage_history_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage_history_iter_new(schematic_client *client,
                                                                           const schematic_entitlements_list_feature_usage_history_params *params,
                                                                           schematic_entitlements_list_feature_usage_history_iter **out,
                                                                           schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_entitlements_list_feature_usage_history_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_entitlements_list_feature_usage_history_iter_next(schematic_entitlements_list_feature_usage_history_iter *it,
                                                                            const schematic_feature_usage_history_response_data **item,
                                                                            schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_entitlements_list_feature_usage_history_iter_free(schematic_entitlements_list_feature_usage_history_iter *it);

/** Parameters of schematic_entitlements_get_feature_usage_time_series(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_get_feature_usage_time_series_params {
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
    /**
     * Format: date-time.
     * Required.
     */
    char *end_time;
    /**
     * The `feature_id` query parameter: a string.
     * Required.
     */
    char *feature_id;
    bool has_granularity; /**< true when granularity is set */
    /** The `granularity` query parameter: one of the values of schematic_time_series_granularity (stored as schematic_time_series_granularity_val). */
    schematic_time_series_granularity_val granularity;
    /**
     * Format: date-time.
     * Required.
     */
    char *start_time;
} schematic_entitlements_get_feature_usage_time_series_params;

/**
 * Get feature usage time series
 *
 * `GET /feature-usage-timeseries`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id, end_time, feature_id, start_time
 * @param out receives the result on success (schematic_entitlements_get_feature_usage_time_series_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_get_feature_usage_time_series(schematic_client *client,
                                                                     const schematic_entitlements_get_feature_usage_time_series_params *params,
                                                                     schematic_entitlements_get_feature_usage_time_series_response **out,
                                                                     schematic_error *err);
/** Descriptor of schematic_entitlements_get_feature_usage_time_series(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_get_feature_usage_time_series_op;

/**
 * Completion of schematic_entitlements_get_feature_usage_time_series_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_get_feature_usage_time_series_async()
 * @param rc 0, or what schematic_entitlements_get_feature_usage_time_series() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_entitlements_get_feature_usage_time_series()'s out would
 * receive, owned by the callback
 * (schematic_entitlements_get_feature_usage_time_series_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_get_feature_usage_time_series() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_entitlements_get_feature_usage_time_series_callback)(void *user_data, int rc,
                                                                              schematic_entitlements_get_feature_usage_time_series_response *result,
                                                                              schematic_error *err);

/**
 * Get feature usage time series
 *
 * Asynchronous form of schematic_entitlements_get_feature_usage_time_series(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_get_feature_usage_time_series() would return; the result is the
 * callback's to free.
 *
 * `GET /feature-usage-timeseries`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_get_feature_usage_time_series(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_get_feature_usage_time_series_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_get_feature_usage_time_series() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_get_feature_usage_time_series()
 */
APIC_EXPORT int schematic_entitlements_get_feature_usage_time_series_async(schematic_client *client,
                                                                           const schematic_entitlements_get_feature_usage_time_series_params *params,
                                                                           schematic_entitlements_get_feature_usage_time_series_callback callback,
                                                                           void *user_data, apic_async_call **call,
                                                                           schematic_error *err);

/** Parameters of schematic_entitlements_count_feature_usage(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_count_feature_usage_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    bool has_company_keys; /**< true when company_keys is set */
    /** The `company_keys` query parameter: named values (a JSON object), see apic_string_map. */
    apic_string_map company_keys;
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Maximum items: 100. */
    apic_string_array feature_ids;
    bool has_include_usage_aggregation; /**< true when include_usage_aggregation is set */
    /**
     * Include time-bucketed usage aggregation (today, this week, this month, billing period) for
     * credit-based entitlements. Defaults to false for performance.
     */
    bool include_usage_aggregation;
    bool has_managed_by; /**< true when managed_by is set */
    /** Filter for features managed by a billing provider, or by Schematic (no billing provider) */
    schematic_billing_provider_type_val managed_by;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_without_negative_entitlements; /**< true when without_negative_entitlements is set */
    /** The `without_negative_entitlements` query parameter: true or false. */
    bool without_negative_entitlements;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_count_feature_usage_params;

/**
 * Count feature usage
 *
 * `GET /feature-usage/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_entitlements_count_feature_usage_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_count_feature_usage(schematic_client *client,
                                                           const schematic_entitlements_count_feature_usage_params *params,
                                                           schematic_entitlements_count_feature_usage_response **out,
                                                           schematic_error *err);
/** Descriptor of schematic_entitlements_count_feature_usage(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_count_feature_usage_op;

/**
 * Completion of schematic_entitlements_count_feature_usage_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_count_feature_usage_async()
 * @param rc 0, or what schematic_entitlements_count_feature_usage() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_count_feature_usage()'s out would receive,
 * owned by the callback (schematic_entitlements_count_feature_usage_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_entitlements_count_feature_usage() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_count_feature_usage_callback)(void *user_data, int rc,
                                                                    schematic_entitlements_count_feature_usage_response *result,
                                                                    schematic_error *err);

/**
 * Count feature usage
 *
 * Asynchronous form of schematic_entitlements_count_feature_usage(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_count_feature_usage() would return; the result is the callback's to free.
 *
 * `GET /feature-usage/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_count_feature_usage(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_entitlements_count_feature_usage_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_count_feature_usage()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_count_feature_usage()
 */
APIC_EXPORT int schematic_entitlements_count_feature_usage_async(schematic_client *client,
                                                                 const schematic_entitlements_count_feature_usage_params *params,
                                                                 schematic_entitlements_count_feature_usage_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 schematic_error *err);

/** Parameters of schematic_entitlements_list_feature_users(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_list_feature_users_params {
    /**
     * The `feature_id` query parameter: a string.
     * Required.
     */
    char *feature_id;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_list_feature_users_params;

/**
 * List feature users
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /feature-users`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_entitlements_list_feature_users_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_list_feature_users(schematic_client *client,
                                                          const schematic_entitlements_list_feature_users_params *params,
                                                          schematic_entitlements_list_feature_users_response **out,
                                                          schematic_error *err);
/** Descriptor of schematic_entitlements_list_feature_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_list_feature_users_op;

/**
 * Completion of schematic_entitlements_list_feature_users_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_list_feature_users_async()
 * @param rc 0, or what schematic_entitlements_list_feature_users() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_list_feature_users()'s out would receive,
 * owned by the callback (schematic_entitlements_list_feature_users_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_entitlements_list_feature_users() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_list_feature_users_callback)(void *user_data, int rc,
                                                                   schematic_entitlements_list_feature_users_response *result,
                                                                   schematic_error *err);

/**
 * List feature users
 *
 * Asynchronous form of schematic_entitlements_list_feature_users(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_list_feature_users() would return; the result is the callback's to free.
 *
 * `GET /feature-users`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_list_feature_users(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_entitlements_list_feature_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_list_feature_users()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_list_feature_users()
 */
APIC_EXPORT int schematic_entitlements_list_feature_users_async(schematic_client *client,
                                                                const schematic_entitlements_list_feature_users_params *params,
                                                                schematic_entitlements_list_feature_users_callback callback,
                                                                void *user_data, apic_async_call **call,
                                                                schematic_error *err);

/** Iteration over every item of schematic_entitlements_list_feature_users(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_entitlements_list_feature_users_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_entitlements_list_feature_users_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_entitlements_list_feature_users_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_entitlements_list_feature_users_iter_new(schematic_client *client,
                                                                   const schematic_entitlements_list_feature_users_params *params,
                                                                   schematic_entitlements_list_feature_users_iter **out,
                                                                   schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_entitlements_list_feature_users_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_entitlements_list_feature_users_iter_next(schematic_entitlements_list_feature_users_iter *it,
                                                                    const schematic_feature_company_user_response_data **item,
                                                                    schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_entitlements_list_feature_users_iter_free(schematic_entitlements_list_feature_users_iter *it);

/** Parameters of schematic_entitlements_count_feature_users(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_count_feature_users_params {
    /**
     * The `feature_id` query parameter: a string.
     * Required.
     */
    char *feature_id;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_count_feature_users_params;

/**
 * Count feature users
 *
 * `GET /feature-users/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_entitlements_count_feature_users_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_count_feature_users(schematic_client *client,
                                                           const schematic_entitlements_count_feature_users_params *params,
                                                           schematic_entitlements_count_feature_users_response **out,
                                                           schematic_error *err);
/** Descriptor of schematic_entitlements_count_feature_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_count_feature_users_op;

/**
 * Completion of schematic_entitlements_count_feature_users_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_count_feature_users_async()
 * @param rc 0, or what schematic_entitlements_count_feature_users() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_count_feature_users()'s out would receive,
 * owned by the callback (schematic_entitlements_count_feature_users_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_entitlements_count_feature_users() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_count_feature_users_callback)(void *user_data, int rc,
                                                                    schematic_entitlements_count_feature_users_response *result,
                                                                    schematic_error *err);

/**
 * Count feature users
 *
 * Asynchronous form of schematic_entitlements_count_feature_users(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_count_feature_users() would return; the result is the callback's to free.
 *
 * `GET /feature-users/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_count_feature_users(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_entitlements_count_feature_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_count_feature_users()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_count_feature_users()
 */
APIC_EXPORT int schematic_entitlements_count_feature_users_async(schematic_client *client,
                                                                 const schematic_entitlements_count_feature_users_params *params,
                                                                 schematic_entitlements_count_feature_users_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 schematic_error *err);

/** Parameters of schematic_entitlements_list_plan(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_list_plan_params {
    /** Filter plan entitlements by a single feature ID (starting with feat_) */
    char *feature_id;
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Filter plan entitlements by multiple feature IDs (starting with feat_) */
    apic_string_array feature_ids;
    bool has_ids; /**< true when ids is set */
    /** Filter plan entitlements by multiple plan entitlement IDs (starting with pltl_) */
    apic_string_array ids;
    /** Filter plan entitlements by a single plan ID (starting with plan_) */
    char *plan_id;
    bool has_plan_ids; /**< true when plan_ids is set */
    /** Filter plan entitlements by multiple plan IDs (starting with plan_) */
    apic_string_array plan_ids;
    /** Filter plan entitlements by a single plan version ID (starting with plvr_) */
    char *plan_version_id;
    bool has_plan_version_ids; /**< true when plan_version_ids is set */
    /** Filter plan entitlements by multiple plan version IDs (starting with plvr_) */
    apic_string_array plan_version_ids;
    /** Search for plan entitlements by feature or company name */
    char *q;
    bool has_with_metered_products; /**< true when with_metered_products is set */
    /** Filter plan entitlements only with metered products */
    bool with_metered_products;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_list_plan_params;

/**
 * List plan entitlements
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /plan-entitlements`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_entitlements_list_plan_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_list_plan(schematic_client *client,
                                                 const schematic_entitlements_list_plan_params *params,
                                                 schematic_entitlements_list_plan_response **out, schematic_error *err);
/** Descriptor of schematic_entitlements_list_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_list_plan_op;

/**
 * Completion of schematic_entitlements_list_plan_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_list_plan_async()
 * @param rc 0, or what schematic_entitlements_list_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_list_plan()'s out would receive, owned by
 * the callback (schematic_entitlements_list_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_list_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_entitlements_list_plan_callback)(void *user_data, int rc,
                                                          schematic_entitlements_list_plan_response *result,
                                                          schematic_error *err);

/**
 * List plan entitlements
 *
 * Asynchronous form of schematic_entitlements_list_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_list_plan() would return; the result is the callback's to free.
 *
 * `GET /plan-entitlements`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_list_plan(); read before this returns
 * @param callback called with the outcome (see schematic_entitlements_list_plan_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_list_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_list_plan()
 */
APIC_EXPORT int schematic_entitlements_list_plan_async(schematic_client *client,
                                                       const schematic_entitlements_list_plan_params *params,
                                                       schematic_entitlements_list_plan_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_entitlements_list_plan(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_entitlements_list_plan_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_entitlements_list_plan_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_entitlements_list_plan_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_entitlements_list_plan_iter_new(schematic_client *client,
                                                          const schematic_entitlements_list_plan_params *params,
                                                          schematic_entitlements_list_plan_iter **out,
                                                          schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_entitlements_list_plan_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_entitlements_list_plan_iter_next(schematic_entitlements_list_plan_iter *it,
                                                           const schematic_plan_entitlement_response_data **item,
                                                           schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_entitlements_list_plan_iter_free(schematic_entitlements_list_plan_iter *it);

/**
 * Create plan entitlement
 *
 * `POST /plan-entitlements`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_plan_entitlement_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_entitlements_create_plan_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_create_plan(schematic_client *client,
                                                   const schematic_create_plan_entitlement_request_body *body,
                                                   schematic_entitlements_create_plan_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_entitlements_create_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_create_plan_op;

/**
 * Completion of schematic_entitlements_create_plan_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_create_plan_async()
 * @param rc 0, or what schematic_entitlements_create_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_create_plan()'s out would receive, owned by
 * the callback (schematic_entitlements_create_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_create_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_entitlements_create_plan_callback)(void *user_data, int rc,
                                                            schematic_entitlements_create_plan_response *result,
                                                            schematic_error *err);

/**
 * Create plan entitlement
 *
 * Asynchronous form of schematic_entitlements_create_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_create_plan() would return; the result is the callback's to free.
 *
 * `POST /plan-entitlements`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_entitlements_create_plan(); read before this returns
 * @param callback called with the outcome (see schematic_entitlements_create_plan_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_create_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_create_plan()
 */
APIC_EXPORT int schematic_entitlements_create_plan_async(schematic_client *client,
                                                         const schematic_create_plan_entitlement_request_body *body,
                                                         schematic_entitlements_create_plan_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_entitlements_get_plan(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_get_plan_params {
    /**
     * plan_entitlement_id
     * Required.
     */
    char *plan_entitlement_id;
} schematic_entitlements_get_plan_params;

/**
 * Get plan entitlement
 *
 * `GET /plan-entitlements/{plan_entitlement_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_entitlement_id
 * @param out receives the result on success (schematic_entitlements_get_plan_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_get_plan(schematic_client *client,
                                                const schematic_entitlements_get_plan_params *params,
                                                schematic_entitlements_get_plan_response **out, schematic_error *err);
/** Descriptor of schematic_entitlements_get_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_get_plan_op;

/**
 * Completion of schematic_entitlements_get_plan_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_get_plan_async()
 * @param rc 0, or what schematic_entitlements_get_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_get_plan()'s out would receive, owned by
 * the callback (schematic_entitlements_get_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_get_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_entitlements_get_plan_callback)(void *user_data, int rc,
                                                         schematic_entitlements_get_plan_response *result,
                                                         schematic_error *err);

/**
 * Get plan entitlement
 *
 * Asynchronous form of schematic_entitlements_get_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_get_plan() would return; the result is the callback's to free.
 *
 * `GET /plan-entitlements/{plan_entitlement_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_get_plan(); read before this returns
 * @param callback called with the outcome (see schematic_entitlements_get_plan_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_get_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_get_plan()
 */
APIC_EXPORT int schematic_entitlements_get_plan_async(schematic_client *client,
                                                      const schematic_entitlements_get_plan_params *params,
                                                      schematic_entitlements_get_plan_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_entitlements_update_plan(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_update_plan_params {
    /**
     * plan_entitlement_id
     * Required.
     */
    char *plan_entitlement_id;
} schematic_entitlements_update_plan_params;

/**
 * Update plan entitlement
 *
 * `PUT /plan-entitlements/{plan_entitlement_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_entitlement_id
 * @param body request body: schematic_update_plan_entitlement_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_entitlements_update_plan_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_update_plan(schematic_client *client,
                                                   const schematic_entitlements_update_plan_params *params,
                                                   const schematic_update_plan_entitlement_request_body *body,
                                                   schematic_entitlements_update_plan_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_entitlements_update_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_update_plan_op;

/**
 * Completion of schematic_entitlements_update_plan_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_update_plan_async()
 * @param rc 0, or what schematic_entitlements_update_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_update_plan()'s out would receive, owned by
 * the callback (schematic_entitlements_update_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_update_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_entitlements_update_plan_callback)(void *user_data, int rc,
                                                            schematic_entitlements_update_plan_response *result,
                                                            schematic_error *err);

/**
 * Update plan entitlement
 *
 * Asynchronous form of schematic_entitlements_update_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_update_plan() would return; the result is the callback's to free.
 *
 * `PUT /plan-entitlements/{plan_entitlement_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_update_plan(); read before this returns
 * @param body request body, as for schematic_entitlements_update_plan(); read before this returns
 * @param callback called with the outcome (see schematic_entitlements_update_plan_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_update_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_update_plan()
 */
APIC_EXPORT int schematic_entitlements_update_plan_async(schematic_client *client,
                                                         const schematic_entitlements_update_plan_params *params,
                                                         const schematic_update_plan_entitlement_request_body *body,
                                                         schematic_entitlements_update_plan_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_entitlements_delete_plan(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_delete_plan_params {
    /**
     * plan_entitlement_id
     * Required.
     */
    char *plan_entitlement_id;
} schematic_entitlements_delete_plan_params;

/**
 * Delete plan entitlement
 *
 * `DELETE /plan-entitlements/{plan_entitlement_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_entitlement_id
 * @param out receives the result on success (schematic_entitlements_delete_plan_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_delete_plan(schematic_client *client,
                                                   const schematic_entitlements_delete_plan_params *params,
                                                   schematic_entitlements_delete_plan_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_entitlements_delete_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_delete_plan_op;

/**
 * Completion of schematic_entitlements_delete_plan_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_delete_plan_async()
 * @param rc 0, or what schematic_entitlements_delete_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_delete_plan()'s out would receive, owned by
 * the callback (schematic_entitlements_delete_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_delete_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_entitlements_delete_plan_callback)(void *user_data, int rc,
                                                            schematic_entitlements_delete_plan_response *result,
                                                            schematic_error *err);

/**
 * Delete plan entitlement
 *
 * Asynchronous form of schematic_entitlements_delete_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_delete_plan() would return; the result is the callback's to free.
 *
 * `DELETE /plan-entitlements/{plan_entitlement_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_delete_plan(); read before this returns
 * @param callback called with the outcome (see schematic_entitlements_delete_plan_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_delete_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_delete_plan()
 */
APIC_EXPORT int schematic_entitlements_delete_plan_async(schematic_client *client,
                                                         const schematic_entitlements_delete_plan_params *params,
                                                         schematic_entitlements_delete_plan_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Upsert plan entitlement for billing product
 *
 * `POST /plan-entitlements/billing-linked`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_linked_plan_entitlement_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_entitlements_upsert_plan_for_billing_product_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_upsert_plan_for_billing_product(schematic_client *client,
                                                                       const schematic_create_billing_linked_plan_entitlement_request_body *body,
                                                                       schematic_entitlements_upsert_plan_for_billing_product_response **out,
                                                                       schematic_error *err);
/** Descriptor of schematic_entitlements_upsert_plan_for_billing_product(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_upsert_plan_for_billing_product_op;

/**
 * Completion of schematic_entitlements_upsert_plan_for_billing_product_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_upsert_plan_for_billing_product_async()
 * @param rc 0, or what schematic_entitlements_upsert_plan_for_billing_product() would have
 * returned (a negative apic_status); APIC_E_CANCELLED when the call was cancelled
 * (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_entitlements_upsert_plan_for_billing_product()'s out
 * would receive, owned by the callback
 * (schematic_entitlements_upsert_plan_for_billing_product_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_upsert_plan_for_billing_product() fills
 * it; valid until the callback returns
 */
typedef void (*schematic_entitlements_upsert_plan_for_billing_product_callback)(void *user_data, int rc,
                                                                                schematic_entitlements_upsert_plan_for_billing_product_response *result,
                                                                                schematic_error *err);

/**
 * Upsert plan entitlement for billing product
 *
 * Asynchronous form of schematic_entitlements_upsert_plan_for_billing_product(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_upsert_plan_for_billing_product() would return; the result is the
 * callback's to free.
 *
 * `POST /plan-entitlements/billing-linked`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_entitlements_upsert_plan_for_billing_product(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_upsert_plan_for_billing_product_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_upsert_plan_for_billing_product() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_upsert_plan_for_billing_product()
 */
APIC_EXPORT int schematic_entitlements_upsert_plan_for_billing_product_async(schematic_client *client,
                                                                             const schematic_create_billing_linked_plan_entitlement_request_body *body,
                                                                             schematic_entitlements_upsert_plan_for_billing_product_callback callback,
                                                                             void *user_data, apic_async_call **call,
                                                                             schematic_error *err);

/** Parameters of schematic_entitlements_count_plan(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_count_plan_params {
    /** Filter plan entitlements by a single feature ID (starting with feat_) */
    char *feature_id;
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Filter plan entitlements by multiple feature IDs (starting with feat_) */
    apic_string_array feature_ids;
    bool has_ids; /**< true when ids is set */
    /** Filter plan entitlements by multiple plan entitlement IDs (starting with pltl_) */
    apic_string_array ids;
    /** Filter plan entitlements by a single plan ID (starting with plan_) */
    char *plan_id;
    bool has_plan_ids; /**< true when plan_ids is set */
    /** Filter plan entitlements by multiple plan IDs (starting with plan_) */
    apic_string_array plan_ids;
    /** Filter plan entitlements by a single plan version ID (starting with plvr_) */
    char *plan_version_id;
    bool has_plan_version_ids; /**< true when plan_version_ids is set */
    /** Filter plan entitlements by multiple plan version IDs (starting with plvr_) */
    apic_string_array plan_version_ids;
    /** Search for plan entitlements by feature or company name */
    char *q;
    bool has_with_metered_products; /**< true when with_metered_products is set */
    /** Filter plan entitlements only with metered products */
    bool with_metered_products;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_entitlements_count_plan_params;

/**
 * Count plan entitlements
 *
 * `GET /plan-entitlements/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_entitlements_count_plan_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_count_plan(schematic_client *client,
                                                  const schematic_entitlements_count_plan_params *params,
                                                  schematic_entitlements_count_plan_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_entitlements_count_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_count_plan_op;

/**
 * Completion of schematic_entitlements_count_plan_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_count_plan_async()
 * @param rc 0, or what schematic_entitlements_count_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_count_plan()'s out would receive, owned by
 * the callback (schematic_entitlements_count_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_count_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_entitlements_count_plan_callback)(void *user_data, int rc,
                                                           schematic_entitlements_count_plan_response *result,
                                                           schematic_error *err);

/**
 * Count plan entitlements
 *
 * Asynchronous form of schematic_entitlements_count_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_count_plan() would return; the result is the callback's to free.
 *
 * `GET /plan-entitlements/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_count_plan(); read before this returns
 * @param callback called with the outcome (see schematic_entitlements_count_plan_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_count_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_count_plan()
 */
APIC_EXPORT int schematic_entitlements_count_plan_async(schematic_client *client,
                                                        const schematic_entitlements_count_plan_params *params,
                                                        schematic_entitlements_count_plan_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Duplicate plan entitlements
 *
 * `POST /plan-entitlements/duplicate`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_duplicate_plan_entitlements_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_entitlements_duplicate_plan_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_duplicate_plan(schematic_client *client,
                                                      const schematic_duplicate_plan_entitlements_request_body *body,
                                                      schematic_entitlements_duplicate_plan_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_entitlements_duplicate_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_duplicate_plan_op;

/**
 * Completion of schematic_entitlements_duplicate_plan_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_duplicate_plan_async()
 * @param rc 0, or what schematic_entitlements_duplicate_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_entitlements_duplicate_plan()'s out would receive, owned
 * by the callback (schematic_entitlements_duplicate_plan_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_duplicate_plan() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_entitlements_duplicate_plan_callback)(void *user_data, int rc,
                                                               schematic_entitlements_duplicate_plan_response *result,
                                                               schematic_error *err);

/**
 * Duplicate plan entitlements
 *
 * Asynchronous form of schematic_entitlements_duplicate_plan(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_duplicate_plan() would return; the result is the callback's to free.
 *
 * `POST /plan-entitlements/duplicate`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_entitlements_duplicate_plan(); read before this
 * returns
 * @param callback called with the outcome (see schematic_entitlements_duplicate_plan_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_entitlements_duplicate_plan()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_duplicate_plan()
 */
APIC_EXPORT int schematic_entitlements_duplicate_plan_async(schematic_client *client,
                                                            const schematic_duplicate_plan_entitlements_request_body *body,
                                                            schematic_entitlements_duplicate_plan_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_entitlements_get_feature_usage_by_company(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_get_feature_usage_by_company_params {
    /**
     * Key/value pairs
     * Required.
     */
    apic_string_map keys;
} schematic_entitlements_get_feature_usage_by_company_params;

/**
 * Get feature usage by company
 *
 * `GET /usage-by-company`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: keys
 * @param out receives the result on success (schematic_entitlements_get_feature_usage_by_company_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_get_feature_usage_by_company(schematic_client *client,
                                                                    const schematic_entitlements_get_feature_usage_by_company_params *params,
                                                                    schematic_entitlements_get_feature_usage_by_company_response **out,
                                                                    schematic_error *err);
/** Descriptor of schematic_entitlements_get_feature_usage_by_company(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_get_feature_usage_by_company_op;

/**
 * Completion of schematic_entitlements_get_feature_usage_by_company_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_get_feature_usage_by_company_async()
 * @param rc 0, or what schematic_entitlements_get_feature_usage_by_company() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_entitlements_get_feature_usage_by_company()'s out would
 * receive, owned by the callback
 * (schematic_entitlements_get_feature_usage_by_company_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_get_feature_usage_by_company() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_entitlements_get_feature_usage_by_company_callback)(void *user_data, int rc,
                                                                             schematic_entitlements_get_feature_usage_by_company_response *result,
                                                                             schematic_error *err);

/**
 * Get feature usage by company
 *
 * Asynchronous form of schematic_entitlements_get_feature_usage_by_company(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_get_feature_usage_by_company() would return; the result is the callback's
 * to free.
 *
 * `GET /usage-by-company`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_get_feature_usage_by_company(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_get_feature_usage_by_company_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_get_feature_usage_by_company() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_get_feature_usage_by_company()
 */
APIC_EXPORT int schematic_entitlements_get_feature_usage_by_company_async(schematic_client *client,
                                                                          const schematic_entitlements_get_feature_usage_by_company_params *params,
                                                                          schematic_entitlements_get_feature_usage_by_company_callback callback,
                                                                          void *user_data, apic_async_call **call,
                                                                          schematic_error *err);

/** Parameters of schematic_entitlements_get_user_usage_by_company(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_get_user_usage_by_company_params {
    /**
     * Company to break usage down for
     * Required.
     */
    char *company_id;
    /** End of the usage window (exclusive); defaults to now */
    char *end_time;
    /** Restrict to a single event-based feature */
    char *feature_id;
    /** Start of the usage window; defaults to 30 days before the end */
    char *start_time;
} schematic_entitlements_get_user_usage_by_company_params;

/**
 * Get user usage by company
 *
 * `GET /user-usage-by-company`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_entitlements_get_user_usage_by_company_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_get_user_usage_by_company(schematic_client *client,
                                                                 const schematic_entitlements_get_user_usage_by_company_params *params,
                                                                 schematic_entitlements_get_user_usage_by_company_response **out,
                                                                 schematic_error *err);
/** Descriptor of schematic_entitlements_get_user_usage_by_company(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_get_user_usage_by_company_op;

/**
 * Completion of schematic_entitlements_get_user_usage_by_company_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_get_user_usage_by_company_async()
 * @param rc 0, or what schematic_entitlements_get_user_usage_by_company() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_get_user_usage_by_company()'s out would
 * receive, owned by the callback (schematic_entitlements_get_user_usage_by_company_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_get_user_usage_by_company() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_entitlements_get_user_usage_by_company_callback)(void *user_data, int rc,
                                                                          schematic_entitlements_get_user_usage_by_company_response *result,
                                                                          schematic_error *err);

/**
 * Get user usage by company
 *
 * Asynchronous form of schematic_entitlements_get_user_usage_by_company(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_get_user_usage_by_company() would return; the result is the callback's to
 * free.
 *
 * `GET /user-usage-by-company`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_get_user_usage_by_company(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_get_user_usage_by_company_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_get_user_usage_by_company() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_get_user_usage_by_company()
 */
APIC_EXPORT int schematic_entitlements_get_user_usage_by_company_async(schematic_client *client,
                                                                       const schematic_entitlements_get_user_usage_by_company_params *params,
                                                                       schematic_entitlements_get_user_usage_by_company_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       schematic_error *err);

/** Parameters of schematic_entitlements_get_user_usage_detail(). Zero-initialise, then set what you need. */
typedef struct schematic_entitlements_get_user_usage_detail_params {
    /**
     * Company the user belongs to
     * Required.
     */
    char *company_id;
    /** End of the usage window (exclusive); defaults to now */
    char *end_time;
    /** Start of the usage window; defaults to 30 days before the end */
    char *start_time;
    /**
     * User to break usage down for
     * Required.
     */
    char *user_id;
} schematic_entitlements_get_user_usage_detail_params;

/**
 * Get user usage detail
 *
 * `GET /user-usage-detail`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id, user_id
 * @param out receives the result on success (schematic_entitlements_get_user_usage_detail_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_entitlements_get_user_usage_detail(schematic_client *client,
                                                             const schematic_entitlements_get_user_usage_detail_params *params,
                                                             schematic_entitlements_get_user_usage_detail_response **out,
                                                             schematic_error *err);
/** Descriptor of schematic_entitlements_get_user_usage_detail(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_entitlements_get_user_usage_detail_op;

/**
 * Completion of schematic_entitlements_get_user_usage_detail_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_entitlements_get_user_usage_detail_async()
 * @param rc 0, or what schematic_entitlements_get_user_usage_detail() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_entitlements_get_user_usage_detail()'s out would
 * receive, owned by the callback (schematic_entitlements_get_user_usage_detail_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_entitlements_get_user_usage_detail() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_entitlements_get_user_usage_detail_callback)(void *user_data, int rc,
                                                                      schematic_entitlements_get_user_usage_detail_response *result,
                                                                      schematic_error *err);

/**
 * Get user usage detail
 *
 * Asynchronous form of schematic_entitlements_get_user_usage_detail(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_entitlements_get_user_usage_detail() would return; the result is the callback's to
 * free.
 *
 * `GET /user-usage-detail`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_entitlements_get_user_usage_detail(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_entitlements_get_user_usage_detail_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_entitlements_get_user_usage_detail() refuses before sending), APIC_E_STATE (the client
 * is being freed), APIC_E_NOMEM
 * @see schematic_entitlements_get_user_usage_detail()
 */
APIC_EXPORT int schematic_entitlements_get_user_usage_detail_async(schematic_client *client,
                                                                   const schematic_entitlements_get_user_usage_detail_params *params,
                                                                   schematic_entitlements_get_user_usage_detail_callback callback,
                                                                   void *user_data, apic_async_call **call,
                                                                   schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
