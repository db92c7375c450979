/**
 * @file schematic/companies.h
 * @brief Schematic: companies operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_COMPANIES_H
#define SCHEMATIC_COMPANIES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_companies_list(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_list_params {
    bool has_credit_type_ids; /**< true when credit_type_ids is set */
    /** Filter companies by one or more credit type IDs (each ID starts with bcrd_) */
    apic_string_array credit_type_ids;
    bool has_has_scheduled_downgrade; /**< true when has_scheduled_downgrade is set */
    /** Filter companies that have a pending scheduled downgrade */
    bool has_scheduled_downgrade;
    bool has_ids; /**< true when ids is set */
    /** Filter companies by multiple company IDs (starts with comp_) */
    apic_string_array ids;
    bool has_monetized_subscriptions; /**< true when monetized_subscriptions is set */
    /** Filter companies that have monetized subscriptions */
    bool monetized_subscriptions;
    /** Filter companies by plan ID (starts with plan_) */
    char *plan_id;
    bool has_plan_ids; /**< true when plan_ids is set */
    /** Filter companies by one or more plan IDs (each ID starts with plan_) */
    apic_string_array plan_ids;
    /** Filter companies by plan version ID (starts with plvr_) */
    char *plan_version_id;
    bool has_plan_version_ids; /**< true when plan_version_ids is set */
    /**
     * Filter companies by one or more plan version IDs (each ID starts with plvr_). Takes precedence
     * over plan_version_id when set.
     */
    apic_string_array plan_version_ids;
    bool has_plan_version_unpublished; /**< true when plan_version_unpublished is set */
    /**
     * Filter companies assigned to a plan version that is no longer published, meaning the plan has
     * since moved on to a newer version
     */
    bool plan_version_unpublished;
    /** Search for companies by name, keys or string traits */
    char *q;
    /** Column to sort by (e.g. name, created_at, last_seen_at) */
    char *sort_order_column;
    bool has_sort_order_direction; /**< true when sort_order_direction is set */
    /** Direction to sort by (asc or desc) */
    schematic_sort_direction_val sort_order_direction;
    bool has_subscription_statuses; /**< true when subscription_statuses is set */
    /** Filter companies by one or more subscription statuses */
    schematic_subscription_status_array subscription_statuses;
    bool has_subscription_types; /**< true when subscription_types is set */
    /** Filter companies by one or more subscription types */
    schematic_subscription_type_array subscription_types;
    /**
     * Filter companies that have an entitlement (plan entitlement or company override) for the
     * specified feature ID
     */
    char *with_entitlement_for;
    /** Filter out companies that already have a company override for the specified feature ID */
    char *without_feature_override_for;
    bool has_without_plan; /**< true when without_plan is set */
    /** Filter out companies that have a plan */
    bool without_plan;
    bool has_without_subscription; /**< true when without_subscription is set */
    /** Filter out companies that have a subscription */
    bool without_subscription;
    bool has_with_subscription; /**< true when with_subscription is set */
    /** Filter companies that have a subscription */
    bool with_subscription;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_list_params;

/**
 * List companies
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /companies`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_list(schematic_client *client, const schematic_companies_list_params *params,
                                         schematic_companies_list_response **out, schematic_error *err);
/** Descriptor of schematic_companies_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_list_op;

/**
 * Completion of schematic_companies_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_companies_list_async()
 * @param rc 0, or what schematic_companies_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_list()'s out would receive, owned by the
 * callback (schematic_companies_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_companies_list_callback)(void *user_data, int rc, schematic_companies_list_response *result,
                                                  schematic_error *err);

/**
 * List companies
 *
 * Asynchronous form of schematic_companies_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_list() would
 * return; the result is the callback's to free.
 *
 * `GET /companies`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_list(); read before this returns
 * @param callback called with the outcome (see schematic_companies_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_list()
 */
APIC_EXPORT int schematic_companies_list_async(schematic_client *client, const schematic_companies_list_params *params,
                                               schematic_companies_list_callback callback, void *user_data,
                                               apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_companies_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_list_iter_new(schematic_client *client,
                                                  const schematic_companies_list_params *params,
                                                  schematic_companies_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_list_iter_next(schematic_companies_list_iter *it,
                                                   const schematic_company_detail_response_data **item,
                                                   schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_list_iter_free(schematic_companies_list_iter *it);

/**
 * Upsert company
 *
 * `POST /companies`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_upsert_company_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_upsert_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_upsert(schematic_client *client, const schematic_upsert_company_request_body *body,
                                           schematic_companies_upsert_response **out, schematic_error *err);
/** Descriptor of schematic_companies_upsert(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_upsert_op;

/**
 * Completion of schematic_companies_upsert_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_companies_upsert_async()
 * @param rc 0, or what schematic_companies_upsert() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_upsert()'s out would receive, owned by the
 * callback (schematic_companies_upsert_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_upsert() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_companies_upsert_callback)(void *user_data, int rc,
                                                    schematic_companies_upsert_response *result, schematic_error *err);

/**
 * Upsert company
 *
 * Asynchronous form of schematic_companies_upsert(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_upsert() would
 * return; the result is the callback's to free.
 *
 * `POST /companies`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_upsert(); read before this returns
 * @param callback called with the outcome (see schematic_companies_upsert_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_upsert() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_upsert()
 */
APIC_EXPORT int schematic_companies_upsert_async(schematic_client *client,
                                                 const schematic_upsert_company_request_body *body,
                                                 schematic_companies_upsert_callback callback, void *user_data,
                                                 apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_get(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_params {
    /**
     * company_id
     * Required.
     */
    char *company_id;
} schematic_companies_get_params;

/**
 * Get company
 *
 * `GET /companies/{company_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_companies_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get(schematic_client *client, const schematic_companies_get_params *params,
                                        schematic_companies_get_response **out, schematic_error *err);
/** Descriptor of schematic_companies_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_op;

/**
 * Completion of schematic_companies_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_companies_get_async()
 * @param rc 0, or what schematic_companies_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_get()'s out would receive, owned by the
 * callback (schematic_companies_get_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_get() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_companies_get_callback)(void *user_data, int rc, schematic_companies_get_response *result,
                                                 schematic_error *err);

/**
 * Get company
 *
 * Asynchronous form of schematic_companies_get(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_get() would return;
 * the result is the callback's to free.
 *
 * `GET /companies/{company_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get(); read before this returns
 * @param callback called with the outcome (see schematic_companies_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get()
 */
APIC_EXPORT int schematic_companies_get_async(schematic_client *client, const schematic_companies_get_params *params,
                                              schematic_companies_get_callback callback, void *user_data,
                                              apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_delete_params {
    /**
     * company_id
     * Required.
     */
    char *company_id;
    bool has_cancel_subscription; /**< true when cancel_subscription is set */
    /** The `cancel_subscription` query parameter: true or false. */
    bool cancel_subscription;
    bool has_prorate; /**< true when prorate is set */
    /** The `prorate` query parameter: true or false. */
    bool prorate;
} schematic_companies_delete_params;

/**
 * Delete company
 *
 * `DELETE /companies/{company_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_companies_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_delete(schematic_client *client, const schematic_companies_delete_params *params,
                                           schematic_companies_delete_response **out, schematic_error *err);
/** Descriptor of schematic_companies_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_delete_op;

/**
 * Completion of schematic_companies_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_companies_delete_async()
 * @param rc 0, or what schematic_companies_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_delete()'s out would receive, owned by the
 * callback (schematic_companies_delete_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_delete() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_companies_delete_callback)(void *user_data, int rc,
                                                    schematic_companies_delete_response *result, schematic_error *err);

/**
 * Delete company
 *
 * Asynchronous form of schematic_companies_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_delete() would
 * return; the result is the callback's to free.
 *
 * `DELETE /companies/{company_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_delete(); read before this returns
 * @param callback called with the outcome (see schematic_companies_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_delete()
 */
APIC_EXPORT int schematic_companies_delete_async(schematic_client *client,
                                                 const schematic_companies_delete_params *params,
                                                 schematic_companies_delete_callback callback, void *user_data,
                                                 apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_count(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_count_params {
    bool has_credit_type_ids; /**< true when credit_type_ids is set */
    /** Filter companies by one or more credit type IDs (each ID starts with bcrd_) */
    apic_string_array credit_type_ids;
    bool has_has_scheduled_downgrade; /**< true when has_scheduled_downgrade is set */
    /** Filter companies that have a pending scheduled downgrade */
    bool has_scheduled_downgrade;
    bool has_ids; /**< true when ids is set */
    /** Filter companies by multiple company IDs (starts with comp_) */
    apic_string_array ids;
    bool has_monetized_subscriptions; /**< true when monetized_subscriptions is set */
    /** Filter companies that have monetized subscriptions */
    bool monetized_subscriptions;
    /** Filter companies by plan ID (starts with plan_) */
    char *plan_id;
    bool has_plan_ids; /**< true when plan_ids is set */
    /** Filter companies by one or more plan IDs (each ID starts with plan_) */
    apic_string_array plan_ids;
    /** Filter companies by plan version ID (starts with plvr_) */
    char *plan_version_id;
    bool has_plan_version_ids; /**< true when plan_version_ids is set */
    /**
     * Filter companies by one or more plan version IDs (each ID starts with plvr_). Takes precedence
     * over plan_version_id when set.
     */
    apic_string_array plan_version_ids;
    bool has_plan_version_unpublished; /**< true when plan_version_unpublished is set */
    /**
     * Filter companies assigned to a plan version that is no longer published, meaning the plan has
     * since moved on to a newer version
     */
    bool plan_version_unpublished;
    /** Search for companies by name, keys or string traits */
    char *q;
    /** Column to sort by (e.g. name, created_at, last_seen_at) */
    char *sort_order_column;
    bool has_sort_order_direction; /**< true when sort_order_direction is set */
    /** Direction to sort by (asc or desc) */
    schematic_sort_direction_val sort_order_direction;
    bool has_subscription_statuses; /**< true when subscription_statuses is set */
    /** Filter companies by one or more subscription statuses */
    schematic_subscription_status_array subscription_statuses;
    bool has_subscription_types; /**< true when subscription_types is set */
    /** Filter companies by one or more subscription types */
    schematic_subscription_type_array subscription_types;
    /**
     * Filter companies that have an entitlement (plan entitlement or company override) for the
     * specified feature ID
     */
    char *with_entitlement_for;
    /** Filter out companies that already have a company override for the specified feature ID */
    char *without_feature_override_for;
    bool has_without_plan; /**< true when without_plan is set */
    /** Filter out companies that have a plan */
    bool without_plan;
    bool has_without_subscription; /**< true when without_subscription is set */
    /** Filter out companies that have a subscription */
    bool without_subscription;
    bool has_with_subscription; /**< true when with_subscription is set */
    /** Filter companies that have a subscription */
    bool with_subscription;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_count_params;

/**
 * Count companies
 *
 * `GET /companies/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_count(schematic_client *client, const schematic_companies_count_params *params,
                                          schematic_companies_count_response **out, schematic_error *err);
/** Descriptor of schematic_companies_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_count_op;

/**
 * Completion of schematic_companies_count_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_companies_count_async()
 * @param rc 0, or what schematic_companies_count() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_count()'s out would receive, owned by the
 * callback (schematic_companies_count_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_count() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_companies_count_callback)(void *user_data, int rc, schematic_companies_count_response *result,
                                                   schematic_error *err);

/**
 * Count companies
 *
 * Asynchronous form of schematic_companies_count(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_count() would
 * return; the result is the callback's to free.
 *
 * `GET /companies/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_count(); read before this returns
 * @param callback called with the outcome (see schematic_companies_count_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_count() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_count()
 */
APIC_EXPORT int schematic_companies_count_async(schematic_client *client,
                                                const schematic_companies_count_params *params,
                                                schematic_companies_count_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/**
 * Create company
 *
 * `POST /companies/create`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_upsert_company_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_create(schematic_client *client, const schematic_upsert_company_request_body *body,
                                           schematic_companies_create_response **out, schematic_error *err);
/** Descriptor of schematic_companies_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_create_op;

/**
 * Completion of schematic_companies_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_companies_create_async()
 * @param rc 0, or what schematic_companies_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_create()'s out would receive, owned by the
 * callback (schematic_companies_create_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_create() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_companies_create_callback)(void *user_data, int rc,
                                                    schematic_companies_create_response *result, schematic_error *err);

/**
 * Create company
 *
 * Asynchronous form of schematic_companies_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_create() would
 * return; the result is the callback's to free.
 *
 * `POST /companies/create`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_create(); read before this returns
 * @param callback called with the outcome (see schematic_companies_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_create()
 */
APIC_EXPORT int schematic_companies_create_async(schematic_client *client,
                                                 const schematic_upsert_company_request_body *body,
                                                 schematic_companies_create_callback callback, void *user_data,
                                                 apic_async_call **call, schematic_error *err);

/**
 * Delete company by keys
 *
 * `POST /companies/delete`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_keys_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_delete_by_keys_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_delete_by_keys(schematic_client *client, const schematic_keys_request_body *body,
                                                   schematic_companies_delete_by_keys_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_companies_delete_by_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_delete_by_keys_op;

/**
 * Completion of schematic_companies_delete_by_keys_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_delete_by_keys_async()
 * @param rc 0, or what schematic_companies_delete_by_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_delete_by_keys()'s out would receive, owned by
 * the callback (schematic_companies_delete_by_keys_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_delete_by_keys() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_delete_by_keys_callback)(void *user_data, int rc,
                                                            schematic_companies_delete_by_keys_response *result,
                                                            schematic_error *err);

/**
 * Delete company by keys
 *
 * Asynchronous form of schematic_companies_delete_by_keys(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_delete_by_keys() would return; the result is the callback's to free.
 *
 * `POST /companies/delete`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_delete_by_keys(); read before this returns
 * @param callback called with the outcome (see schematic_companies_delete_by_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_delete_by_keys() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_delete_by_keys()
 */
APIC_EXPORT int schematic_companies_delete_by_keys_async(schematic_client *client,
                                                         const schematic_keys_request_body *body,
                                                         schematic_companies_delete_by_keys_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_lookup(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_lookup_params {
    /**
     * Key/value pairs
     * Required.
     */
    apic_string_map keys;
} schematic_companies_lookup_params;

/**
 * Lookup company
 *
 * `GET /companies/lookup`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: keys
 * @param out receives the result on success (schematic_companies_lookup_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_lookup(schematic_client *client, const schematic_companies_lookup_params *params,
                                           schematic_companies_lookup_response **out, schematic_error *err);
/** Descriptor of schematic_companies_lookup(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_lookup_op;

/**
 * Completion of schematic_companies_lookup_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_companies_lookup_async()
 * @param rc 0, or what schematic_companies_lookup() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_lookup()'s out would receive, owned by the
 * callback (schematic_companies_lookup_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_lookup() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_companies_lookup_callback)(void *user_data, int rc,
                                                    schematic_companies_lookup_response *result, schematic_error *err);

/**
 * Lookup company
 *
 * Asynchronous form of schematic_companies_lookup(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_lookup() would
 * return; the result is the callback's to free.
 *
 * `GET /companies/lookup`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_lookup(); read before this returns
 * @param callback called with the outcome (see schematic_companies_lookup_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_lookup() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_lookup()
 */
APIC_EXPORT int schematic_companies_lookup_async(schematic_client *client,
                                                 const schematic_companies_lookup_params *params,
                                                 schematic_companies_lookup_callback callback, void *user_data,
                                                 apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_get_billing_entity(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_billing_entity_params {
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
} schematic_companies_get_billing_entity_params;

/**
 * Get company billing entity
 *
 * `GET /company-billing-entity`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_companies_get_billing_entity_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_billing_entity(schematic_client *client,
                                                       const schematic_companies_get_billing_entity_params *params,
                                                       schematic_companies_get_billing_entity_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_companies_get_billing_entity(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_billing_entity_op;

/**
 * Completion of schematic_companies_get_billing_entity_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_billing_entity_async()
 * @param rc 0, or what schematic_companies_get_billing_entity() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_get_billing_entity()'s out would receive,
 * owned by the callback (schematic_companies_get_billing_entity_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_companies_get_billing_entity() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_get_billing_entity_callback)(void *user_data, int rc,
                                                                schematic_companies_get_billing_entity_response *result,
                                                                schematic_error *err);

/**
 * Get company billing entity
 *
 * Asynchronous form of schematic_companies_get_billing_entity(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_billing_entity() would return; the result is the callback's to free.
 *
 * `GET /company-billing-entity`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_billing_entity(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_get_billing_entity_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_get_billing_entity()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_billing_entity()
 */
APIC_EXPORT int schematic_companies_get_billing_entity_async(schematic_client *client,
                                                             const schematic_companies_get_billing_entity_params *params,
                                                             schematic_companies_get_billing_entity_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

/** Parameters of schematic_companies_get_billing_entity_child_subscriptions(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_billing_entity_child_subscriptions_params {
    /**
     * The `company_id` query parameter: a string.
     * Required.
     */
    char *company_id;
} schematic_companies_get_billing_entity_child_subscriptions_params;

/**
 * Get billing entity child subscriptions
 *
 * `GET /company-billing-entity-subscriptions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_id
 * @param out receives the result on success (schematic_companies_get_billing_entity_child_subscriptions_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_billing_entity_child_subscriptions(schematic_client *client,
                                                                           const schematic_companies_get_billing_entity_child_subscriptions_params *params,
                                                                           schematic_companies_get_billing_entity_child_subscriptions_response **out,
                                                                           schematic_error *err);
/** Descriptor of schematic_companies_get_billing_entity_child_subscriptions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_billing_entity_child_subscriptions_op;

/**
 * Completion of schematic_companies_get_billing_entity_child_subscriptions_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_billing_entity_child_subscriptions_async()
 * @param rc 0, or what schematic_companies_get_billing_entity_child_subscriptions() would have
 * returned (a negative apic_status); APIC_E_CANCELLED when the call was cancelled
 * (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_get_billing_entity_child_subscriptions()'s out
 * would receive, owned by the callback
 * (schematic_companies_get_billing_entity_child_subscriptions_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_billing_entity_child_subscriptions()
 * fills it; valid until the callback returns
 */
typedef void (*schematic_companies_get_billing_entity_child_subscriptions_callback)(void *user_data, int rc,
                                                                                    schematic_companies_get_billing_entity_child_subscriptions_response *result,
                                                                                    schematic_error *err);

/**
 * Get billing entity child subscriptions
 *
 * Asynchronous form of schematic_companies_get_billing_entity_child_subscriptions(): returns at
 * once; callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_billing_entity_child_subscriptions() would return; the result is the
 * callback's to free.
 *
 * `GET /company-billing-entity-subscriptions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_billing_entity_child_subscriptions();
 * read before this returns
 * @param callback called with the outcome (see
 * schematic_companies_get_billing_entity_child_subscriptions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_get_billing_entity_child_subscriptions() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_billing_entity_child_subscriptions()
 */
APIC_EXPORT int schematic_companies_get_billing_entity_child_subscriptions_async(schematic_client *client,
                                                                                 const schematic_companies_get_billing_entity_child_subscriptions_params *params,
                                                                                 schematic_companies_get_billing_entity_child_subscriptions_callback callback,
                                                                                 void *user_data,
                                                                                 apic_async_call **call,
                                                                                 schematic_error *err);

/** Parameters of schematic_companies_list_memberships(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_list_memberships_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    /** The `user_id` query parameter: a string. */
    char *user_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_list_memberships_params;

/**
 * List company memberships
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /company-memberships`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_list_memberships_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_list_memberships(schematic_client *client,
                                                     const schematic_companies_list_memberships_params *params,
                                                     schematic_companies_list_memberships_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_companies_list_memberships(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_list_memberships_op;

/**
 * Completion of schematic_companies_list_memberships_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_list_memberships_async()
 * @param rc 0, or what schematic_companies_list_memberships() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_list_memberships()'s out would receive, owned
 * by the callback (schematic_companies_list_memberships_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_list_memberships() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_list_memberships_callback)(void *user_data, int rc,
                                                              schematic_companies_list_memberships_response *result,
                                                              schematic_error *err);

/**
 * List company memberships
 *
 * Asynchronous form of schematic_companies_list_memberships(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_list_memberships() would return; the result is the callback's to free.
 *
 * `GET /company-memberships`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_list_memberships(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_list_memberships_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_list_memberships()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_list_memberships()
 */
APIC_EXPORT int schematic_companies_list_memberships_async(schematic_client *client,
                                                           const schematic_companies_list_memberships_params *params,
                                                           schematic_companies_list_memberships_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Iteration over every item of schematic_companies_list_memberships(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_list_memberships_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_list_memberships_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_list_memberships_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_list_memberships_iter_new(schematic_client *client,
                                                              const schematic_companies_list_memberships_params *params,
                                                              schematic_companies_list_memberships_iter **out,
                                                              schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_list_memberships_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_list_memberships_iter_next(schematic_companies_list_memberships_iter *it,
                                                               const schematic_company_membership_detail_response_data **item,
                                                               schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_list_memberships_iter_free(schematic_companies_list_memberships_iter *it);

/**
 * Get or create company membership
 *
 * `POST /company-memberships`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_get_or_create_company_membership_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_get_or_create_membership_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_or_create_membership(schematic_client *client,
                                                             const schematic_get_or_create_company_membership_request_body *body,
                                                             schematic_companies_get_or_create_membership_response **out,
                                                             schematic_error *err);
/** Descriptor of schematic_companies_get_or_create_membership(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_or_create_membership_op;

/**
 * Completion of schematic_companies_get_or_create_membership_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_or_create_membership_async()
 * @param rc 0, or what schematic_companies_get_or_create_membership() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_get_or_create_membership()'s out would
 * receive, owned by the callback (schematic_companies_get_or_create_membership_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_or_create_membership() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_companies_get_or_create_membership_callback)(void *user_data, int rc,
                                                                      schematic_companies_get_or_create_membership_response *result,
                                                                      schematic_error *err);

/**
 * Get or create company membership
 *
 * Asynchronous form of schematic_companies_get_or_create_membership(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_or_create_membership() would return; the result is the callback's to
 * free.
 *
 * `POST /company-memberships`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_get_or_create_membership(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_companies_get_or_create_membership_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_get_or_create_membership() refuses before sending), APIC_E_STATE (the client
 * is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_or_create_membership()
 */
APIC_EXPORT int schematic_companies_get_or_create_membership_async(schematic_client *client,
                                                                   const schematic_get_or_create_company_membership_request_body *body,
                                                                   schematic_companies_get_or_create_membership_callback callback,
                                                                   void *user_data, apic_async_call **call,
                                                                   schematic_error *err);

/** Parameters of schematic_companies_delete_membership(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_delete_membership_params {
    /**
     * company_membership_id
     * Required.
     */
    char *company_membership_id;
} schematic_companies_delete_membership_params;

/**
 * Delete company membership
 *
 * `DELETE /company-memberships/{company_membership_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: company_membership_id
 * @param out receives the result on success (schematic_companies_delete_membership_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_delete_membership(schematic_client *client,
                                                      const schematic_companies_delete_membership_params *params,
                                                      schematic_companies_delete_membership_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_companies_delete_membership(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_delete_membership_op;

/**
 * Completion of schematic_companies_delete_membership_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_delete_membership_async()
 * @param rc 0, or what schematic_companies_delete_membership() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_delete_membership()'s out would receive, owned
 * by the callback (schematic_companies_delete_membership_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_delete_membership() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_delete_membership_callback)(void *user_data, int rc,
                                                               schematic_companies_delete_membership_response *result,
                                                               schematic_error *err);

/**
 * Delete company membership
 *
 * Asynchronous form of schematic_companies_delete_membership(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_delete_membership() would return; the result is the callback's to free.
 *
 * `DELETE /company-memberships/{company_membership_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_delete_membership(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_delete_membership_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_delete_membership()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_delete_membership()
 */
APIC_EXPORT int schematic_companies_delete_membership_async(schematic_client *client,
                                                            const schematic_companies_delete_membership_params *params,
                                                            schematic_companies_delete_membership_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_companies_get_active_subscription(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_active_subscription_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    bool has_company_ids; /**< true when company_ids is set */
    /** Maximum items: 100. */
    apic_string_array company_ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_get_active_subscription_params;

/**
 * Get active company subscription
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /company-subscriptions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_get_active_subscription_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_active_subscription(schematic_client *client,
                                                            const schematic_companies_get_active_subscription_params *params,
                                                            schematic_companies_get_active_subscription_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_companies_get_active_subscription(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_active_subscription_op;

/**
 * Completion of schematic_companies_get_active_subscription_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_active_subscription_async()
 * @param rc 0, or what schematic_companies_get_active_subscription() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_get_active_subscription()'s out would receive,
 * owned by the callback (schematic_companies_get_active_subscription_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_companies_get_active_subscription() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_companies_get_active_subscription_callback)(void *user_data, int rc,
                                                                     schematic_companies_get_active_subscription_response *result,
                                                                     schematic_error *err);

/**
 * Get active company subscription
 *
 * Asynchronous form of schematic_companies_get_active_subscription(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_active_subscription() would return; the result is the callback's to
 * free.
 *
 * `GET /company-subscriptions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_active_subscription(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_companies_get_active_subscription_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_get_active_subscription()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_active_subscription()
 */
APIC_EXPORT int schematic_companies_get_active_subscription_async(schematic_client *client,
                                                                  const schematic_companies_get_active_subscription_params *params,
                                                                  schematic_companies_get_active_subscription_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Iteration over every item of schematic_companies_get_active_subscription(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_get_active_subscription_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_get_active_subscription_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_get_active_subscription_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_get_active_subscription_iter_new(schematic_client *client,
                                                                     const schematic_companies_get_active_subscription_params *params,
                                                                     schematic_companies_get_active_subscription_iter **out,
                                                                     schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_get_active_subscription_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_get_active_subscription_iter_next(schematic_companies_get_active_subscription_iter *it,
                                                                      const schematic_company_subscription_response_data **item,
                                                                      schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_get_active_subscription_iter_free(schematic_companies_get_active_subscription_iter *it);

/**
 * Upsert company trait
 *
 * `POST /company-traits`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_upsert_trait_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_upsert_trait_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_upsert_trait(schematic_client *client,
                                                 const schematic_upsert_trait_request_body *body,
                                                 schematic_companies_upsert_trait_response **out, schematic_error *err);
/** Descriptor of schematic_companies_upsert_trait(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_upsert_trait_op;

/**
 * Completion of schematic_companies_upsert_trait_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_upsert_trait_async()
 * @param rc 0, or what schematic_companies_upsert_trait() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_upsert_trait()'s out would receive, owned by
 * the callback (schematic_companies_upsert_trait_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_upsert_trait() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_upsert_trait_callback)(void *user_data, int rc,
                                                          schematic_companies_upsert_trait_response *result,
                                                          schematic_error *err);

/**
 * Upsert company trait
 *
 * Asynchronous form of schematic_companies_upsert_trait(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_upsert_trait() would return; the result is the callback's to free.
 *
 * `POST /company-traits`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_upsert_trait(); read before this returns
 * @param callback called with the outcome (see schematic_companies_upsert_trait_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_upsert_trait() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_upsert_trait()
 */
APIC_EXPORT int schematic_companies_upsert_trait_async(schematic_client *client,
                                                       const schematic_upsert_trait_request_body *body,
                                                       schematic_companies_upsert_trait_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_list_entity_key_definitions(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_list_entity_key_definitions_params {
    bool has_entity_type; /**< true when entity_type is set */
    /** The `entity_type` query parameter: one of the values of schematic_entity_type (stored as schematic_entity_type_val). */
    schematic_entity_type_val entity_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_list_entity_key_definitions_params;

/**
 * List entity key definitions
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /entity-key-definitions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_list_entity_key_definitions_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_list_entity_key_definitions(schematic_client *client,
                                                                const schematic_companies_list_entity_key_definitions_params *params,
                                                                schematic_companies_list_entity_key_definitions_response **out,
                                                                schematic_error *err);
/** Descriptor of schematic_companies_list_entity_key_definitions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_list_entity_key_definitions_op;

/**
 * Completion of schematic_companies_list_entity_key_definitions_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_list_entity_key_definitions_async()
 * @param rc 0, or what schematic_companies_list_entity_key_definitions() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_list_entity_key_definitions()'s out would
 * receive, owned by the callback (schematic_companies_list_entity_key_definitions_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_companies_list_entity_key_definitions() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_list_entity_key_definitions_callback)(void *user_data, int rc,
                                                                         schematic_companies_list_entity_key_definitions_response *result,
                                                                         schematic_error *err);

/**
 * List entity key definitions
 *
 * Asynchronous form of schematic_companies_list_entity_key_definitions(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_list_entity_key_definitions() would return; the result is the callback's to
 * free.
 *
 * `GET /entity-key-definitions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_list_entity_key_definitions(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_companies_list_entity_key_definitions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_list_entity_key_definitions() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_list_entity_key_definitions()
 */
APIC_EXPORT int schematic_companies_list_entity_key_definitions_async(schematic_client *client,
                                                                      const schematic_companies_list_entity_key_definitions_params *params,
                                                                      schematic_companies_list_entity_key_definitions_callback callback,
                                                                      void *user_data, apic_async_call **call,
                                                                      schematic_error *err);

/** Iteration over every item of schematic_companies_list_entity_key_definitions(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_list_entity_key_definitions_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_list_entity_key_definitions_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_list_entity_key_definitions_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_list_entity_key_definitions_iter_new(schematic_client *client,
                                                                         const schematic_companies_list_entity_key_definitions_params *params,
                                                                         schematic_companies_list_entity_key_definitions_iter **out,
                                                                         schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_list_entity_key_definitions_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_list_entity_key_definitions_iter_next(schematic_companies_list_entity_key_definitions_iter *it,
                                                                          const schematic_entity_key_definition_response_data **item,
                                                                          schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_list_entity_key_definitions_iter_free(schematic_companies_list_entity_key_definitions_iter *it);

/** Parameters of schematic_companies_delete_entity_key_definition(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_delete_entity_key_definition_params {
    /**
     * entity_key_definition_id
     * Required.
     */
    char *entity_key_definition_id;
} schematic_companies_delete_entity_key_definition_params;

/**
 * Delete entity key definition
 *
 * `DELETE /entity-key-definitions/{entity_key_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: entity_key_definition_id
 * @param out receives the result on success (schematic_companies_delete_entity_key_definition_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_delete_entity_key_definition(schematic_client *client,
                                                                 const schematic_companies_delete_entity_key_definition_params *params,
                                                                 schematic_companies_delete_entity_key_definition_response **out,
                                                                 schematic_error *err);
/** Descriptor of schematic_companies_delete_entity_key_definition(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_delete_entity_key_definition_op;

/**
 * Completion of schematic_companies_delete_entity_key_definition_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_delete_entity_key_definition_async()
 * @param rc 0, or what schematic_companies_delete_entity_key_definition() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_delete_entity_key_definition()'s out would
 * receive, owned by the callback (schematic_companies_delete_entity_key_definition_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_companies_delete_entity_key_definition() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_delete_entity_key_definition_callback)(void *user_data, int rc,
                                                                          schematic_companies_delete_entity_key_definition_response *result,
                                                                          schematic_error *err);

/**
 * Delete entity key definition
 *
 * Asynchronous form of schematic_companies_delete_entity_key_definition(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_delete_entity_key_definition() would return; the result is the callback's to
 * free.
 *
 * `DELETE /entity-key-definitions/{entity_key_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_delete_entity_key_definition(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_companies_delete_entity_key_definition_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_delete_entity_key_definition() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_delete_entity_key_definition()
 */
APIC_EXPORT int schematic_companies_delete_entity_key_definition_async(schematic_client *client,
                                                                       const schematic_companies_delete_entity_key_definition_params *params,
                                                                       schematic_companies_delete_entity_key_definition_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       schematic_error *err);

/** Parameters of schematic_companies_count_entity_key_definitions(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_count_entity_key_definitions_params {
    bool has_entity_type; /**< true when entity_type is set */
    /** The `entity_type` query parameter: one of the values of schematic_entity_type (stored as schematic_entity_type_val). */
    schematic_entity_type_val entity_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_count_entity_key_definitions_params;

/**
 * Count entity key definitions
 *
 * `GET /entity-key-definitions/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_count_entity_key_definitions_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_count_entity_key_definitions(schematic_client *client,
                                                                 const schematic_companies_count_entity_key_definitions_params *params,
                                                                 schematic_companies_count_entity_key_definitions_response **out,
                                                                 schematic_error *err);
/** Descriptor of schematic_companies_count_entity_key_definitions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_count_entity_key_definitions_op;

/**
 * Completion of schematic_companies_count_entity_key_definitions_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_count_entity_key_definitions_async()
 * @param rc 0, or what schematic_companies_count_entity_key_definitions() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_count_entity_key_definitions()'s out would
 * receive, owned by the callback (schematic_companies_count_entity_key_definitions_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_companies_count_entity_key_definitions() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_count_entity_key_definitions_callback)(void *user_data, int rc,
                                                                          schematic_companies_count_entity_key_definitions_response *result,
                                                                          schematic_error *err);

/**
 * Count entity key definitions
 *
 * Asynchronous form of schematic_companies_count_entity_key_definitions(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_count_entity_key_definitions() would return; the result is the callback's to
 * free.
 *
 * `GET /entity-key-definitions/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_count_entity_key_definitions(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_companies_count_entity_key_definitions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_count_entity_key_definitions() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_count_entity_key_definitions()
 */
APIC_EXPORT int schematic_companies_count_entity_key_definitions_async(schematic_client *client,
                                                                       const schematic_companies_count_entity_key_definitions_params *params,
                                                                       schematic_companies_count_entity_key_definitions_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       schematic_error *err);

/** Parameters of schematic_companies_count_entity_keys(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_count_entity_keys_params {
    /** The `definition_id` query parameter: a string. */
    char *definition_id;
    bool has_entity_type; /**< true when entity_type is set */
    /** The `entity_type` query parameter: one of the values of schematic_entity_type (stored as schematic_entity_type_val). */
    schematic_entity_type_val entity_type;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_count_entity_keys_params;

/**
 * Count entity keys
 *
 * `GET /entity-keys/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_count_entity_keys_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_count_entity_keys(schematic_client *client,
                                                      const schematic_companies_count_entity_keys_params *params,
                                                      schematic_companies_count_entity_keys_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_companies_count_entity_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_count_entity_keys_op;

/**
 * Completion of schematic_companies_count_entity_keys_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_count_entity_keys_async()
 * @param rc 0, or what schematic_companies_count_entity_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_count_entity_keys()'s out would receive, owned
 * by the callback (schematic_companies_count_entity_keys_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_count_entity_keys() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_count_entity_keys_callback)(void *user_data, int rc,
                                                               schematic_companies_count_entity_keys_response *result,
                                                               schematic_error *err);

/**
 * Count entity keys
 *
 * Asynchronous form of schematic_companies_count_entity_keys(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_count_entity_keys() would return; the result is the callback's to free.
 *
 * `GET /entity-keys/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_count_entity_keys(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_count_entity_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_count_entity_keys()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_count_entity_keys()
 */
APIC_EXPORT int schematic_companies_count_entity_keys_async(schematic_client *client,
                                                            const schematic_companies_count_entity_keys_params *params,
                                                            schematic_companies_count_entity_keys_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_companies_list_entity_trait_definitions(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_list_entity_trait_definitions_params {
    bool has_entity_type; /**< true when entity_type is set */
    /** The `entity_type` query parameter: one of the values of schematic_entity_type (stored as schematic_entity_type_val). */
    schematic_entity_type_val entity_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_trait_type; /**< true when trait_type is set */
    /** The `trait_type` query parameter: one of the values of schematic_trait_type (stored as schematic_trait_type_val). */
    schematic_trait_type_val trait_type;
    bool has_trait_types; /**< true when trait_types is set */
    /** Maximum items: 100. */
    schematic_trait_type_array trait_types;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_list_entity_trait_definitions_params;

/**
 * List entity trait definitions
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /entity-trait-definitions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_list_entity_trait_definitions_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_list_entity_trait_definitions(schematic_client *client,
                                                                  const schematic_companies_list_entity_trait_definitions_params *params,
                                                                  schematic_companies_list_entity_trait_definitions_response **out,
                                                                  schematic_error *err);
/** Descriptor of schematic_companies_list_entity_trait_definitions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_list_entity_trait_definitions_op;

/**
 * Completion of schematic_companies_list_entity_trait_definitions_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_list_entity_trait_definitions_async()
 * @param rc 0, or what schematic_companies_list_entity_trait_definitions() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_list_entity_trait_definitions()'s out would
 * receive, owned by the callback
 * (schematic_companies_list_entity_trait_definitions_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_list_entity_trait_definitions() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_list_entity_trait_definitions_callback)(void *user_data, int rc,
                                                                           schematic_companies_list_entity_trait_definitions_response *result,
                                                                           schematic_error *err);

/**
 * List entity trait definitions
 *
 * Asynchronous form of schematic_companies_list_entity_trait_definitions(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_list_entity_trait_definitions() would return; the result is the callback's
 * to free.
 *
 * `GET /entity-trait-definitions`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_list_entity_trait_definitions(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_companies_list_entity_trait_definitions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_list_entity_trait_definitions() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_list_entity_trait_definitions()
 */
APIC_EXPORT int schematic_companies_list_entity_trait_definitions_async(schematic_client *client,
                                                                        const schematic_companies_list_entity_trait_definitions_params *params,
                                                                        schematic_companies_list_entity_trait_definitions_callback callback,
                                                                        void *user_data, apic_async_call **call,
                                                                        schematic_error *err);

/** Iteration over every item of schematic_companies_list_entity_trait_definitions(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_list_entity_trait_definitions_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_list_entity_trait_definitions_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_list_entity_trait_definitions_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_list_entity_trait_definitions_iter_new(schematic_client *client,
                                                                           const schematic_companies_list_entity_trait_definitions_params *params,
                                                                           schematic_companies_list_entity_trait_definitions_iter **out,
                                                                           schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_list_entity_trait_definitions_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_list_entity_trait_definitions_iter_next(schematic_companies_list_entity_trait_definitions_iter *it,
                                                                            const schematic_entity_trait_definition_response_data **item,
                                                                            schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_list_entity_trait_definitions_iter_free(schematic_companies_list_entity_trait_definitions_iter *it);

/**
 * Get or create entity trait definition
 *
 * `POST /entity-trait-definitions`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_entity_trait_definition_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_get_or_create_entity_trait_definition_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_or_create_entity_trait_definition(schematic_client *client,
                                                                          const schematic_create_entity_trait_definition_request_body *body,
                                                                          schematic_companies_get_or_create_entity_trait_definition_response **out,
                                                                          schematic_error *err);
/** Descriptor of schematic_companies_get_or_create_entity_trait_definition(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_or_create_entity_trait_definition_op;

/**
 * Completion of schematic_companies_get_or_create_entity_trait_definition_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_or_create_entity_trait_definition_async()
 * @param rc 0, or what schematic_companies_get_or_create_entity_trait_definition() would have
 * returned (a negative apic_status); APIC_E_CANCELLED when the call was cancelled
 * (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_companies_get_or_create_entity_trait_definition()'s out
 * would receive, owned by the callback
 * (schematic_companies_get_or_create_entity_trait_definition_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_or_create_entity_trait_definition()
 * fills it; valid until the callback returns
 */
typedef void (*schematic_companies_get_or_create_entity_trait_definition_callback)(void *user_data, int rc,
                                                                                   schematic_companies_get_or_create_entity_trait_definition_response *result,
                                                                                   schematic_error *err);

/**
 * Get or create entity trait definition
 *
 * Asynchronous form of schematic_companies_get_or_create_entity_trait_definition(): returns at
 * once; callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_or_create_entity_trait_definition() would return; the result is the
 * callback's to free.
 *
 * `POST /entity-trait-definitions`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_get_or_create_entity_trait_definition();
 * read before this returns
 * @param callback called with the outcome (see
 * schematic_companies_get_or_create_entity_trait_definition_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_get_or_create_entity_trait_definition() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_or_create_entity_trait_definition()
 */
APIC_EXPORT int schematic_companies_get_or_create_entity_trait_definition_async(schematic_client *client,
                                                                                const schematic_create_entity_trait_definition_request_body *body,
                                                                                schematic_companies_get_or_create_entity_trait_definition_callback callback,
                                                                                void *user_data, apic_async_call **call,
                                                                                schematic_error *err);

/** Parameters of schematic_companies_get_entity_trait_definition(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_entity_trait_definition_params {
    /**
     * entity_trait_definition_id
     * Required.
     */
    char *entity_trait_definition_id;
} schematic_companies_get_entity_trait_definition_params;

/**
 * Get entity trait definition
 *
 * `GET /entity-trait-definitions/{entity_trait_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: entity_trait_definition_id
 * @param out receives the result on success (schematic_companies_get_entity_trait_definition_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_entity_trait_definition(schematic_client *client,
                                                                const schematic_companies_get_entity_trait_definition_params *params,
                                                                schematic_companies_get_entity_trait_definition_response **out,
                                                                schematic_error *err);
/** Descriptor of schematic_companies_get_entity_trait_definition(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_entity_trait_definition_op;

/**
 * Completion of schematic_companies_get_entity_trait_definition_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_entity_trait_definition_async()
 * @param rc 0, or what schematic_companies_get_entity_trait_definition() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_get_entity_trait_definition()'s out would
 * receive, owned by the callback (schematic_companies_get_entity_trait_definition_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_entity_trait_definition() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_get_entity_trait_definition_callback)(void *user_data, int rc,
                                                                         schematic_companies_get_entity_trait_definition_response *result,
                                                                         schematic_error *err);

/**
 * Get entity trait definition
 *
 * Asynchronous form of schematic_companies_get_entity_trait_definition(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_entity_trait_definition() would return; the result is the callback's to
 * free.
 *
 * `GET /entity-trait-definitions/{entity_trait_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_entity_trait_definition(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_companies_get_entity_trait_definition_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_get_entity_trait_definition() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_entity_trait_definition()
 */
APIC_EXPORT int schematic_companies_get_entity_trait_definition_async(schematic_client *client,
                                                                      const schematic_companies_get_entity_trait_definition_params *params,
                                                                      schematic_companies_get_entity_trait_definition_callback callback,
                                                                      void *user_data, apic_async_call **call,
                                                                      schematic_error *err);

/** Parameters of schematic_companies_update_entity_trait_definition(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_update_entity_trait_definition_params {
    /**
     * entity_trait_definition_id
     * Required.
     */
    char *entity_trait_definition_id;
} schematic_companies_update_entity_trait_definition_params;

/**
 * Update entity trait definition
 *
 * `PUT /entity-trait-definitions/{entity_trait_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: entity_trait_definition_id
 * @param body request body: schematic_update_entity_trait_definition_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_update_entity_trait_definition_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_update_entity_trait_definition(schematic_client *client,
                                                                   const schematic_companies_update_entity_trait_definition_params *params,
                                                                   const schematic_update_entity_trait_definition_request_body *body,
                                                                   schematic_companies_update_entity_trait_definition_response **out,
                                                                   schematic_error *err);
/** Descriptor of schematic_companies_update_entity_trait_definition(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_update_entity_trait_definition_op;

/**
 * Completion of schematic_companies_update_entity_trait_definition_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_update_entity_trait_definition_async()
 * @param rc 0, or what schematic_companies_update_entity_trait_definition() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_update_entity_trait_definition()'s out would
 * receive, owned by the callback
 * (schematic_companies_update_entity_trait_definition_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_update_entity_trait_definition() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_update_entity_trait_definition_callback)(void *user_data, int rc,
                                                                            schematic_companies_update_entity_trait_definition_response *result,
                                                                            schematic_error *err);

/**
 * Update entity trait definition
 *
 * Asynchronous form of schematic_companies_update_entity_trait_definition(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_update_entity_trait_definition() would return; the result is the callback's
 * to free.
 *
 * `PUT /entity-trait-definitions/{entity_trait_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_update_entity_trait_definition(); read
 * before this returns
 * @param body request body, as for schematic_companies_update_entity_trait_definition(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_companies_update_entity_trait_definition_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_update_entity_trait_definition() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_update_entity_trait_definition()
 */
APIC_EXPORT int schematic_companies_update_entity_trait_definition_async(schematic_client *client,
                                                                         const schematic_companies_update_entity_trait_definition_params *params,
                                                                         const schematic_update_entity_trait_definition_request_body *body,
                                                                         schematic_companies_update_entity_trait_definition_callback callback,
                                                                         void *user_data, apic_async_call **call,
                                                                         schematic_error *err);

/** Parameters of schematic_companies_delete_entity_trait_definition(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_delete_entity_trait_definition_params {
    /**
     * entity_trait_definition_id
     * Required.
     */
    char *entity_trait_definition_id;
} schematic_companies_delete_entity_trait_definition_params;

/**
 * Delete entity trait definition
 *
 * `DELETE /entity-trait-definitions/{entity_trait_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: entity_trait_definition_id
 * @param out receives the result on success (schematic_companies_delete_entity_trait_definition_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_delete_entity_trait_definition(schematic_client *client,
                                                                   const schematic_companies_delete_entity_trait_definition_params *params,
                                                                   schematic_companies_delete_entity_trait_definition_response **out,
                                                                   schematic_error *err);
/** Descriptor of schematic_companies_delete_entity_trait_definition(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_delete_entity_trait_definition_op;

/**
 * Completion of schematic_companies_delete_entity_trait_definition_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_delete_entity_trait_definition_async()
 * @param rc 0, or what schematic_companies_delete_entity_trait_definition() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_delete_entity_trait_definition()'s out would
 * receive, owned by the callback
 * (schematic_companies_delete_entity_trait_definition_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_delete_entity_trait_definition() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_delete_entity_trait_definition_callback)(void *user_data, int rc,
                                                                            schematic_companies_delete_entity_trait_definition_response *result,
                                                                            schematic_error *err);

/**
 * Delete entity trait definition
 *
 * Asynchronous form of schematic_companies_delete_entity_trait_definition(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_delete_entity_trait_definition() would return; the result is the callback's
 * to free.
 *
 * `DELETE /entity-trait-definitions/{entity_trait_definition_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_delete_entity_trait_definition(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_companies_delete_entity_trait_definition_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_delete_entity_trait_definition() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_delete_entity_trait_definition()
 */
APIC_EXPORT int schematic_companies_delete_entity_trait_definition_async(schematic_client *client,
                                                                         const schematic_companies_delete_entity_trait_definition_params *params,
                                                                         schematic_companies_delete_entity_trait_definition_callback callback,
                                                                         void *user_data, apic_async_call **call,
                                                                         schematic_error *err);

/** Parameters of schematic_companies_get_entity_trait_definition_usage(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_entity_trait_definition_usage_params {
    /**
     * entity_trait_definition_id
     * Required.
     */
    char *entity_trait_definition_id;
} schematic_companies_get_entity_trait_definition_usage_params;

/**
 * Get entity trait definition usage
 *
 * `GET /entity-trait-definitions/{entity_trait_definition_id}/usage`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: entity_trait_definition_id
 * @param out receives the result on success (schematic_companies_get_entity_trait_definition_usage_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_entity_trait_definition_usage(schematic_client *client,
                                                                      const schematic_companies_get_entity_trait_definition_usage_params *params,
                                                                      schematic_companies_get_entity_trait_definition_usage_response **out,
                                                                      schematic_error *err);
/** Descriptor of schematic_companies_get_entity_trait_definition_usage(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_entity_trait_definition_usage_op;

/**
 * Completion of schematic_companies_get_entity_trait_definition_usage_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_entity_trait_definition_usage_async()
 * @param rc 0, or what schematic_companies_get_entity_trait_definition_usage() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_companies_get_entity_trait_definition_usage()'s out
 * would receive, owned by the callback
 * (schematic_companies_get_entity_trait_definition_usage_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_entity_trait_definition_usage() fills
 * it; valid until the callback returns
 */
typedef void (*schematic_companies_get_entity_trait_definition_usage_callback)(void *user_data, int rc,
                                                                               schematic_companies_get_entity_trait_definition_usage_response *result,
                                                                               schematic_error *err);

/**
 * Get entity trait definition usage
 *
 * Asynchronous form of schematic_companies_get_entity_trait_definition_usage(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_entity_trait_definition_usage() would return; the result is the
 * callback's to free.
 *
 * `GET /entity-trait-definitions/{entity_trait_definition_id}/usage`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_entity_trait_definition_usage(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_companies_get_entity_trait_definition_usage_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_get_entity_trait_definition_usage() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_entity_trait_definition_usage()
 */
APIC_EXPORT int schematic_companies_get_entity_trait_definition_usage_async(schematic_client *client,
                                                                            const schematic_companies_get_entity_trait_definition_usage_params *params,
                                                                            schematic_companies_get_entity_trait_definition_usage_callback callback,
                                                                            void *user_data, apic_async_call **call,
                                                                            schematic_error *err);

/** Parameters of schematic_companies_count_entity_trait_definitions(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_count_entity_trait_definitions_params {
    bool has_entity_type; /**< true when entity_type is set */
    /** The `entity_type` query parameter: one of the values of schematic_entity_type (stored as schematic_entity_type_val). */
    schematic_entity_type_val entity_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_trait_type; /**< true when trait_type is set */
    /** The `trait_type` query parameter: one of the values of schematic_trait_type (stored as schematic_trait_type_val). */
    schematic_trait_type_val trait_type;
    bool has_trait_types; /**< true when trait_types is set */
    /** Maximum items: 100. */
    schematic_trait_type_array trait_types;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_count_entity_trait_definitions_params;

/**
 * Count entity trait definitions
 *
 * `GET /entity-trait-definitions/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_count_entity_trait_definitions_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_count_entity_trait_definitions(schematic_client *client,
                                                                   const schematic_companies_count_entity_trait_definitions_params *params,
                                                                   schematic_companies_count_entity_trait_definitions_response **out,
                                                                   schematic_error *err);
/** Descriptor of schematic_companies_count_entity_trait_definitions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_count_entity_trait_definitions_op;

/**
 * Completion of schematic_companies_count_entity_trait_definitions_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_count_entity_trait_definitions_async()
 * @param rc 0, or what schematic_companies_count_entity_trait_definitions() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_count_entity_trait_definitions()'s out would
 * receive, owned by the callback
 * (schematic_companies_count_entity_trait_definitions_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_count_entity_trait_definitions() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_companies_count_entity_trait_definitions_callback)(void *user_data, int rc,
                                                                            schematic_companies_count_entity_trait_definitions_response *result,
                                                                            schematic_error *err);

/**
 * Count entity trait definitions
 *
 * Asynchronous form of schematic_companies_count_entity_trait_definitions(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_count_entity_trait_definitions() would return; the result is the callback's
 * to free.
 *
 * `GET /entity-trait-definitions/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_count_entity_trait_definitions(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_companies_count_entity_trait_definitions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_companies_count_entity_trait_definitions() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_companies_count_entity_trait_definitions()
 */
APIC_EXPORT int schematic_companies_count_entity_trait_definitions_async(schematic_client *client,
                                                                         const schematic_companies_count_entity_trait_definitions_params *params,
                                                                         schematic_companies_count_entity_trait_definitions_callback callback,
                                                                         void *user_data, apic_async_call **call,
                                                                         schematic_error *err);

/** Parameters of schematic_companies_get_entity_trait_values(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_entity_trait_values_params {
    /**
     * The `definition_id` query parameter: a string.
     * Required.
     */
    char *definition_id;
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_get_entity_trait_values_params;

/**
 * Get entity trait values
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /entity-trait-values`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: definition_id
 * @param out receives the result on success (schematic_companies_get_entity_trait_values_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_entity_trait_values(schematic_client *client,
                                                            const schematic_companies_get_entity_trait_values_params *params,
                                                            schematic_companies_get_entity_trait_values_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_companies_get_entity_trait_values(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_entity_trait_values_op;

/**
 * Completion of schematic_companies_get_entity_trait_values_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_entity_trait_values_async()
 * @param rc 0, or what schematic_companies_get_entity_trait_values() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_get_entity_trait_values()'s out would receive,
 * owned by the callback (schematic_companies_get_entity_trait_values_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_companies_get_entity_trait_values() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_companies_get_entity_trait_values_callback)(void *user_data, int rc,
                                                                     schematic_companies_get_entity_trait_values_response *result,
                                                                     schematic_error *err);

/**
 * Get entity trait values
 *
 * Asynchronous form of schematic_companies_get_entity_trait_values(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_entity_trait_values() would return; the result is the callback's to
 * free.
 *
 * `GET /entity-trait-values`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_entity_trait_values(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_companies_get_entity_trait_values_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_get_entity_trait_values()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_entity_trait_values()
 */
APIC_EXPORT int schematic_companies_get_entity_trait_values_async(schematic_client *client,
                                                                  const schematic_companies_get_entity_trait_values_params *params,
                                                                  schematic_companies_get_entity_trait_values_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Iteration over every item of schematic_companies_get_entity_trait_values(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_get_entity_trait_values_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_get_entity_trait_values_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_get_entity_trait_values_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_get_entity_trait_values_iter_new(schematic_client *client,
                                                                     const schematic_companies_get_entity_trait_values_params *params,
                                                                     schematic_companies_get_entity_trait_values_iter **out,
                                                                     schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_get_entity_trait_values_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_get_entity_trait_values_iter_next(schematic_companies_get_entity_trait_values_iter *it,
                                                                      const schematic_entity_trait_value **item,
                                                                      schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_get_entity_trait_values_iter_free(schematic_companies_get_entity_trait_values_iter *it);

/** Parameters of schematic_companies_count_entity_traits(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_count_entity_traits_params {
    /** The `definition_id` query parameter: a string. */
    char *definition_id;
    bool has_entity_type; /**< true when entity_type is set */
    /** The `entity_type` query parameter: one of the values of schematic_entity_type (stored as schematic_entity_type_val). */
    schematic_entity_type_val entity_type;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_count_entity_traits_params;

/**
 * Count entity traits
 *
 * `GET /entity-traits/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_count_entity_traits_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_count_entity_traits(schematic_client *client,
                                                        const schematic_companies_count_entity_traits_params *params,
                                                        schematic_companies_count_entity_traits_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_companies_count_entity_traits(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_count_entity_traits_op;

/**
 * Completion of schematic_companies_count_entity_traits_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_count_entity_traits_async()
 * @param rc 0, or what schematic_companies_count_entity_traits() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_count_entity_traits()'s out would receive,
 * owned by the callback (schematic_companies_count_entity_traits_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_companies_count_entity_traits() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_count_entity_traits_callback)(void *user_data, int rc,
                                                                 schematic_companies_count_entity_traits_response *result,
                                                                 schematic_error *err);

/**
 * Count entity traits
 *
 * Asynchronous form of schematic_companies_count_entity_traits(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_count_entity_traits() would return; the result is the callback's to free.
 *
 * `GET /entity-traits/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_count_entity_traits(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_count_entity_traits_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_count_entity_traits()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_count_entity_traits()
 */
APIC_EXPORT int schematic_companies_count_entity_traits_async(schematic_client *client,
                                                              const schematic_companies_count_entity_traits_params *params,
                                                              schematic_companies_count_entity_traits_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_companies_list_plan_changes(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_list_plan_changes_params {
    bool has_action; /**< true when action is set */
    /** The `action` query parameter: one of the values of schematic_plan_change_action (stored as schematic_plan_change_action_val). */
    schematic_plan_change_action_val action;
    bool has_base_plan_action; /**< true when base_plan_action is set */
    /** The `base_plan_action` query parameter: one of the values of schematic_plan_change_base_plan_action (stored as schematic_plan_change_base_plan_action_val). */
    schematic_plan_change_base_plan_action_val base_plan_action;
    /** The `company_id` query parameter: a string. */
    char *company_id;
    bool has_company_ids; /**< true when company_ids is set */
    /** Maximum items: 100. */
    apic_string_array company_ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_list_plan_changes_params;

/**
 * List plan changes
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /plan-changes`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_list_plan_changes_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_list_plan_changes(schematic_client *client,
                                                      const schematic_companies_list_plan_changes_params *params,
                                                      schematic_companies_list_plan_changes_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_companies_list_plan_changes(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_list_plan_changes_op;

/**
 * Completion of schematic_companies_list_plan_changes_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_list_plan_changes_async()
 * @param rc 0, or what schematic_companies_list_plan_changes() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_list_plan_changes()'s out would receive, owned
 * by the callback (schematic_companies_list_plan_changes_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_list_plan_changes() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_list_plan_changes_callback)(void *user_data, int rc,
                                                               schematic_companies_list_plan_changes_response *result,
                                                               schematic_error *err);

/**
 * List plan changes
 *
 * Asynchronous form of schematic_companies_list_plan_changes(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_list_plan_changes() would return; the result is the callback's to free.
 *
 * `GET /plan-changes`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_list_plan_changes(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_list_plan_changes_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_list_plan_changes()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_list_plan_changes()
 */
APIC_EXPORT int schematic_companies_list_plan_changes_async(schematic_client *client,
                                                            const schematic_companies_list_plan_changes_params *params,
                                                            schematic_companies_list_plan_changes_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Iteration over every item of schematic_companies_list_plan_changes(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_list_plan_changes_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_list_plan_changes_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_list_plan_changes_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_list_plan_changes_iter_new(schematic_client *client,
                                                               const schematic_companies_list_plan_changes_params *params,
                                                               schematic_companies_list_plan_changes_iter **out,
                                                               schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_list_plan_changes_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_list_plan_changes_iter_next(schematic_companies_list_plan_changes_iter *it,
                                                                const schematic_plan_change_response_data **item,
                                                                schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_list_plan_changes_iter_free(schematic_companies_list_plan_changes_iter *it);

/** Parameters of schematic_companies_get_plan_change(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_plan_change_params {
    /**
     * plan_change_id
     * Required.
     */
    char *plan_change_id;
} schematic_companies_get_plan_change_params;

/**
 * Get plan change
 *
 * `GET /plan-changes/{plan_change_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_change_id
 * @param out receives the result on success (schematic_companies_get_plan_change_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_plan_change(schematic_client *client,
                                                    const schematic_companies_get_plan_change_params *params,
                                                    schematic_companies_get_plan_change_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_companies_get_plan_change(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_plan_change_op;

/**
 * Completion of schematic_companies_get_plan_change_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_plan_change_async()
 * @param rc 0, or what schematic_companies_get_plan_change() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_get_plan_change()'s out would receive, owned
 * by the callback (schematic_companies_get_plan_change_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_plan_change() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_get_plan_change_callback)(void *user_data, int rc,
                                                             schematic_companies_get_plan_change_response *result,
                                                             schematic_error *err);

/**
 * Get plan change
 *
 * Asynchronous form of schematic_companies_get_plan_change(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_plan_change() would return; the result is the callback's to free.
 *
 * `GET /plan-changes/{plan_change_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_plan_change(); read before this returns
 * @param callback called with the outcome (see schematic_companies_get_plan_change_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_get_plan_change() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_plan_change()
 */
APIC_EXPORT int schematic_companies_get_plan_change_async(schematic_client *client,
                                                          const schematic_companies_get_plan_change_params *params,
                                                          schematic_companies_get_plan_change_callback callback,
                                                          void *user_data, apic_async_call **call,
                                                          schematic_error *err);

/** Parameters of schematic_companies_list_plan_traits(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_list_plan_traits_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `plan_id` query parameter: a string. */
    char *plan_id;
    /** The `trait_id` query parameter: a string. */
    char *trait_id;
    bool has_trait_ids; /**< true when trait_ids is set */
    /** Maximum items: 100. */
    apic_string_array trait_ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_list_plan_traits_params;

/**
 * List plan traits
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /plan-traits`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_list_plan_traits_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_list_plan_traits(schematic_client *client,
                                                     const schematic_companies_list_plan_traits_params *params,
                                                     schematic_companies_list_plan_traits_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_companies_list_plan_traits(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_list_plan_traits_op;

/**
 * Completion of schematic_companies_list_plan_traits_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_list_plan_traits_async()
 * @param rc 0, or what schematic_companies_list_plan_traits() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_list_plan_traits()'s out would receive, owned
 * by the callback (schematic_companies_list_plan_traits_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_list_plan_traits() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_list_plan_traits_callback)(void *user_data, int rc,
                                                              schematic_companies_list_plan_traits_response *result,
                                                              schematic_error *err);

/**
 * List plan traits
 *
 * Asynchronous form of schematic_companies_list_plan_traits(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_list_plan_traits() would return; the result is the callback's to free.
 *
 * `GET /plan-traits`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_list_plan_traits(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_list_plan_traits_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_list_plan_traits()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_list_plan_traits()
 */
APIC_EXPORT int schematic_companies_list_plan_traits_async(schematic_client *client,
                                                           const schematic_companies_list_plan_traits_params *params,
                                                           schematic_companies_list_plan_traits_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Iteration over every item of schematic_companies_list_plan_traits(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_list_plan_traits_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_list_plan_traits_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_list_plan_traits_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_list_plan_traits_iter_new(schematic_client *client,
                                                              const schematic_companies_list_plan_traits_params *params,
                                                              schematic_companies_list_plan_traits_iter **out,
                                                              schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_list_plan_traits_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_list_plan_traits_iter_next(schematic_companies_list_plan_traits_iter *it,
                                                               const schematic_plan_trait_response_data **item,
                                                               schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_list_plan_traits_iter_free(schematic_companies_list_plan_traits_iter *it);

/** Parameters of schematic_companies_get_plan_trait(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_plan_trait_params {
    /**
     * plan_trait_id
     * Required.
     */
    char *plan_trait_id;
} schematic_companies_get_plan_trait_params;

/**
 * Get plan trait
 *
 * `GET /plan-traits/{plan_trait_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_trait_id
 * @param out receives the result on success (schematic_companies_get_plan_trait_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_plan_trait(schematic_client *client,
                                                   const schematic_companies_get_plan_trait_params *params,
                                                   schematic_companies_get_plan_trait_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_companies_get_plan_trait(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_plan_trait_op;

/**
 * Completion of schematic_companies_get_plan_trait_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_plan_trait_async()
 * @param rc 0, or what schematic_companies_get_plan_trait() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_get_plan_trait()'s out would receive, owned by
 * the callback (schematic_companies_get_plan_trait_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_plan_trait() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_get_plan_trait_callback)(void *user_data, int rc,
                                                            schematic_companies_get_plan_trait_response *result,
                                                            schematic_error *err);

/**
 * Get plan trait
 *
 * Asynchronous form of schematic_companies_get_plan_trait(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_get_plan_trait() would return; the result is the callback's to free.
 *
 * `GET /plan-traits/{plan_trait_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_plan_trait(); read before this returns
 * @param callback called with the outcome (see schematic_companies_get_plan_trait_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_get_plan_trait() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_plan_trait()
 */
APIC_EXPORT int schematic_companies_get_plan_trait_async(schematic_client *client,
                                                         const schematic_companies_get_plan_trait_params *params,
                                                         schematic_companies_get_plan_trait_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Update plan traits bulk
 *
 * `POST /plan-traits/bulk`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_update_plan_trait_bulk_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_update_plan_traits_bulk_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_update_plan_traits_bulk(schematic_client *client,
                                                            const schematic_update_plan_trait_bulk_request_body *body,
                                                            schematic_companies_update_plan_traits_bulk_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_companies_update_plan_traits_bulk(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_update_plan_traits_bulk_op;

/**
 * Completion of schematic_companies_update_plan_traits_bulk_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_update_plan_traits_bulk_async()
 * @param rc 0, or what schematic_companies_update_plan_traits_bulk() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_companies_update_plan_traits_bulk()'s out would receive,
 * owned by the callback (schematic_companies_update_plan_traits_bulk_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_companies_update_plan_traits_bulk() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_companies_update_plan_traits_bulk_callback)(void *user_data, int rc,
                                                                     schematic_companies_update_plan_traits_bulk_response *result,
                                                                     schematic_error *err);

/**
 * Update plan traits bulk
 *
 * Asynchronous form of schematic_companies_update_plan_traits_bulk(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_update_plan_traits_bulk() would return; the result is the callback's to
 * free.
 *
 * `POST /plan-traits/bulk`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_update_plan_traits_bulk(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_companies_update_plan_traits_bulk_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_update_plan_traits_bulk()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_update_plan_traits_bulk()
 */
APIC_EXPORT int schematic_companies_update_plan_traits_bulk_async(schematic_client *client,
                                                                  const schematic_update_plan_trait_bulk_request_body *body,
                                                                  schematic_companies_update_plan_traits_bulk_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Parameters of schematic_companies_count_plan_traits(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_count_plan_traits_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `plan_id` query parameter: a string. */
    char *plan_id;
    /** The `trait_id` query parameter: a string. */
    char *trait_id;
    bool has_trait_ids; /**< true when trait_ids is set */
    /** Maximum items: 100. */
    apic_string_array trait_ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_count_plan_traits_params;

/**
 * Count plan traits
 *
 * `GET /plan-traits/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_count_plan_traits_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_count_plan_traits(schematic_client *client,
                                                      const schematic_companies_count_plan_traits_params *params,
                                                      schematic_companies_count_plan_traits_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_companies_count_plan_traits(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_count_plan_traits_op;

/**
 * Completion of schematic_companies_count_plan_traits_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_count_plan_traits_async()
 * @param rc 0, or what schematic_companies_count_plan_traits() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_count_plan_traits()'s out would receive, owned
 * by the callback (schematic_companies_count_plan_traits_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_count_plan_traits() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_count_plan_traits_callback)(void *user_data, int rc,
                                                               schematic_companies_count_plan_traits_response *result,
                                                               schematic_error *err);

/**
 * Count plan traits
 *
 * Asynchronous form of schematic_companies_count_plan_traits(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_count_plan_traits() would return; the result is the callback's to free.
 *
 * `GET /plan-traits/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_count_plan_traits(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_count_plan_traits_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_count_plan_traits()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_count_plan_traits()
 */
APIC_EXPORT int schematic_companies_count_plan_traits_async(schematic_client *client,
                                                            const schematic_companies_count_plan_traits_params *params,
                                                            schematic_companies_count_plan_traits_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/**
 * Upsert user trait
 *
 * `POST /user-traits`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_upsert_trait_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_upsert_user_trait_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_upsert_user_trait(schematic_client *client,
                                                      const schematic_upsert_trait_request_body *body,
                                                      schematic_companies_upsert_user_trait_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_companies_upsert_user_trait(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_upsert_user_trait_op;

/**
 * Completion of schematic_companies_upsert_user_trait_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_upsert_user_trait_async()
 * @param rc 0, or what schematic_companies_upsert_user_trait() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_upsert_user_trait()'s out would receive, owned
 * by the callback (schematic_companies_upsert_user_trait_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_upsert_user_trait() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_upsert_user_trait_callback)(void *user_data, int rc,
                                                               schematic_companies_upsert_user_trait_response *result,
                                                               schematic_error *err);

/**
 * Upsert user trait
 *
 * Asynchronous form of schematic_companies_upsert_user_trait(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_upsert_user_trait() would return; the result is the callback's to free.
 *
 * `POST /user-traits`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_upsert_user_trait(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_upsert_user_trait_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_upsert_user_trait()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_upsert_user_trait()
 */
APIC_EXPORT int schematic_companies_upsert_user_trait_async(schematic_client *client,
                                                            const schematic_upsert_trait_request_body *body,
                                                            schematic_companies_upsert_user_trait_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_companies_list_users(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_list_users_params {
    /** Filter users by company ID (starts with comp_) */
    char *company_id;
    bool has_ids; /**< true when ids is set */
    /** Filter users by multiple user IDs (starts with user_) */
    apic_string_array ids;
    /** Filter users by plan ID (starts with plan_) */
    char *plan_id;
    /** Search for users by name, keys or string traits */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_list_users_params;

/**
 * List users
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /users`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_list_users_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_list_users(schematic_client *client,
                                               const schematic_companies_list_users_params *params,
                                               schematic_companies_list_users_response **out, schematic_error *err);
/** Descriptor of schematic_companies_list_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_list_users_op;

/**
 * Completion of schematic_companies_list_users_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_list_users_async()
 * @param rc 0, or what schematic_companies_list_users() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_list_users()'s out would receive, owned by the
 * callback (schematic_companies_list_users_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_list_users() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_list_users_callback)(void *user_data, int rc,
                                                        schematic_companies_list_users_response *result,
                                                        schematic_error *err);

/**
 * List users
 *
 * Asynchronous form of schematic_companies_list_users(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_list_users() would return; the result is the callback's to free.
 *
 * `GET /users`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_list_users(); read before this returns
 * @param callback called with the outcome (see schematic_companies_list_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_list_users() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_list_users()
 */
APIC_EXPORT int schematic_companies_list_users_async(schematic_client *client,
                                                     const schematic_companies_list_users_params *params,
                                                     schematic_companies_list_users_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_companies_list_users(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_companies_list_users_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_companies_list_users_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_companies_list_users_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_companies_list_users_iter_new(schematic_client *client,
                                                        const schematic_companies_list_users_params *params,
                                                        schematic_companies_list_users_iter **out,
                                                        schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_companies_list_users_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_companies_list_users_iter_next(schematic_companies_list_users_iter *it,
                                                         const schematic_user_detail_response_data **item,
                                                         schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_companies_list_users_iter_free(schematic_companies_list_users_iter *it);

/**
 * Upsert user
 *
 * `POST /users`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_upsert_user_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_upsert_user_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_upsert_user(schematic_client *client,
                                                const schematic_upsert_user_request_body *body,
                                                schematic_companies_upsert_user_response **out, schematic_error *err);
/** Descriptor of schematic_companies_upsert_user(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_upsert_user_op;

/**
 * Completion of schematic_companies_upsert_user_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_upsert_user_async()
 * @param rc 0, or what schematic_companies_upsert_user() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_upsert_user()'s out would receive, owned by
 * the callback (schematic_companies_upsert_user_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_upsert_user() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_upsert_user_callback)(void *user_data, int rc,
                                                         schematic_companies_upsert_user_response *result,
                                                         schematic_error *err);

/**
 * Upsert user
 *
 * Asynchronous form of schematic_companies_upsert_user(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_upsert_user() would return; the result is the callback's to free.
 *
 * `POST /users`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_upsert_user(); read before this returns
 * @param callback called with the outcome (see schematic_companies_upsert_user_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_upsert_user() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_upsert_user()
 */
APIC_EXPORT int schematic_companies_upsert_user_async(schematic_client *client,
                                                      const schematic_upsert_user_request_body *body,
                                                      schematic_companies_upsert_user_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_get_user(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_get_user_params {
    /**
     * user_id
     * Required.
     */
    char *user_id;
} schematic_companies_get_user_params;

/**
 * Get user
 *
 * `GET /users/{user_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: user_id
 * @param out receives the result on success (schematic_companies_get_user_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_get_user(schematic_client *client,
                                             const schematic_companies_get_user_params *params,
                                             schematic_companies_get_user_response **out, schematic_error *err);
/** Descriptor of schematic_companies_get_user(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_get_user_op;

/**
 * Completion of schematic_companies_get_user_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_get_user_async()
 * @param rc 0, or what schematic_companies_get_user() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_get_user()'s out would receive, owned by the
 * callback (schematic_companies_get_user_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_get_user() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_get_user_callback)(void *user_data, int rc,
                                                      schematic_companies_get_user_response *result,
                                                      schematic_error *err);

/**
 * Get user
 *
 * Asynchronous form of schematic_companies_get_user(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_companies_get_user() would
 * return; the result is the callback's to free.
 *
 * `GET /users/{user_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_get_user(); read before this returns
 * @param callback called with the outcome (see schematic_companies_get_user_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_get_user() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_get_user()
 */
APIC_EXPORT int schematic_companies_get_user_async(schematic_client *client,
                                                   const schematic_companies_get_user_params *params,
                                                   schematic_companies_get_user_callback callback, void *user_data,
                                                   apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_delete_user(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_delete_user_params {
    /**
     * user_id
     * Required.
     */
    char *user_id;
} schematic_companies_delete_user_params;

/**
 * Delete user
 *
 * `DELETE /users/{user_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: user_id
 * @param out receives the result on success (schematic_companies_delete_user_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_delete_user(schematic_client *client,
                                                const schematic_companies_delete_user_params *params,
                                                schematic_companies_delete_user_response **out, schematic_error *err);
/** Descriptor of schematic_companies_delete_user(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_delete_user_op;

/**
 * Completion of schematic_companies_delete_user_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_delete_user_async()
 * @param rc 0, or what schematic_companies_delete_user() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_delete_user()'s out would receive, owned by
 * the callback (schematic_companies_delete_user_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_delete_user() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_delete_user_callback)(void *user_data, int rc,
                                                         schematic_companies_delete_user_response *result,
                                                         schematic_error *err);

/**
 * Delete user
 *
 * Asynchronous form of schematic_companies_delete_user(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_delete_user() would return; the result is the callback's to free.
 *
 * `DELETE /users/{user_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_delete_user(); read before this returns
 * @param callback called with the outcome (see schematic_companies_delete_user_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_delete_user() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_delete_user()
 */
APIC_EXPORT int schematic_companies_delete_user_async(schematic_client *client,
                                                      const schematic_companies_delete_user_params *params,
                                                      schematic_companies_delete_user_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_companies_count_users(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_count_users_params {
    /** Filter users by company ID (starts with comp_) */
    char *company_id;
    bool has_ids; /**< true when ids is set */
    /** Filter users by multiple user IDs (starts with user_) */
    apic_string_array ids;
    /** Filter users by plan ID (starts with plan_) */
    char *plan_id;
    /** Search for users by name, keys or string traits */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_companies_count_users_params;

/**
 * Count users
 *
 * `GET /users/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_companies_count_users_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_count_users(schematic_client *client,
                                                const schematic_companies_count_users_params *params,
                                                schematic_companies_count_users_response **out, schematic_error *err);
/** Descriptor of schematic_companies_count_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_count_users_op;

/**
 * Completion of schematic_companies_count_users_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_count_users_async()
 * @param rc 0, or what schematic_companies_count_users() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_count_users()'s out would receive, owned by
 * the callback (schematic_companies_count_users_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_count_users() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_count_users_callback)(void *user_data, int rc,
                                                         schematic_companies_count_users_response *result,
                                                         schematic_error *err);

/**
 * Count users
 *
 * Asynchronous form of schematic_companies_count_users(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_count_users() would return; the result is the callback's to free.
 *
 * `GET /users/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_count_users(); read before this returns
 * @param callback called with the outcome (see schematic_companies_count_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_count_users() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_count_users()
 */
APIC_EXPORT int schematic_companies_count_users_async(schematic_client *client,
                                                      const schematic_companies_count_users_params *params,
                                                      schematic_companies_count_users_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Create user
 *
 * `POST /users/create`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_upsert_user_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_create_user_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_create_user(schematic_client *client,
                                                const schematic_upsert_user_request_body *body,
                                                schematic_companies_create_user_response **out, schematic_error *err);
/** Descriptor of schematic_companies_create_user(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_create_user_op;

/**
 * Completion of schematic_companies_create_user_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_create_user_async()
 * @param rc 0, or what schematic_companies_create_user() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_create_user()'s out would receive, owned by
 * the callback (schematic_companies_create_user_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_create_user() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_create_user_callback)(void *user_data, int rc,
                                                         schematic_companies_create_user_response *result,
                                                         schematic_error *err);

/**
 * Create user
 *
 * Asynchronous form of schematic_companies_create_user(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_create_user() would return; the result is the callback's to free.
 *
 * `POST /users/create`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_create_user(); read before this returns
 * @param callback called with the outcome (see schematic_companies_create_user_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_create_user() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_create_user()
 */
APIC_EXPORT int schematic_companies_create_user_async(schematic_client *client,
                                                      const schematic_upsert_user_request_body *body,
                                                      schematic_companies_create_user_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Delete user by keys
 *
 * `POST /users/delete`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_keys_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_companies_delete_user_by_keys_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_delete_user_by_keys(schematic_client *client,
                                                        const schematic_keys_request_body *body,
                                                        schematic_companies_delete_user_by_keys_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_companies_delete_user_by_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_delete_user_by_keys_op;

/**
 * Completion of schematic_companies_delete_user_by_keys_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_companies_delete_user_by_keys_async()
 * @param rc 0, or what schematic_companies_delete_user_by_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_delete_user_by_keys()'s out would receive,
 * owned by the callback (schematic_companies_delete_user_by_keys_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_companies_delete_user_by_keys() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_companies_delete_user_by_keys_callback)(void *user_data, int rc,
                                                                 schematic_companies_delete_user_by_keys_response *result,
                                                                 schematic_error *err);

/**
 * Delete user by keys
 *
 * Asynchronous form of schematic_companies_delete_user_by_keys(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_delete_user_by_keys() would return; the result is the callback's to free.
 *
 * `POST /users/delete`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_companies_delete_user_by_keys(); read before this
 * returns
 * @param callback called with the outcome (see schematic_companies_delete_user_by_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_delete_user_by_keys()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_delete_user_by_keys()
 */
APIC_EXPORT int schematic_companies_delete_user_by_keys_async(schematic_client *client,
                                                              const schematic_keys_request_body *body,
                                                              schematic_companies_delete_user_by_keys_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_companies_lookup_user(). Zero-initialise, then set what you need. */
typedef struct schematic_companies_lookup_user_params {
    /**
     * Key/value pairs
     * Required.
     */
    apic_string_map keys;
} schematic_companies_lookup_user_params;

/**
 * Lookup user
 *
 * `GET /users/lookup`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: keys
 * @param out receives the result on success (schematic_companies_lookup_user_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_companies_lookup_user(schematic_client *client,
                                                const schematic_companies_lookup_user_params *params,
                                                schematic_companies_lookup_user_response **out, schematic_error *err);
/** Descriptor of schematic_companies_lookup_user(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_companies_lookup_user_op;

/**
 * Completion of schematic_companies_lookup_user_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_companies_lookup_user_async()
 * @param rc 0, or what schematic_companies_lookup_user() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_companies_lookup_user()'s out would receive, owned by
 * the callback (schematic_companies_lookup_user_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_companies_lookup_user() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_companies_lookup_user_callback)(void *user_data, int rc,
                                                         schematic_companies_lookup_user_response *result,
                                                         schematic_error *err);

/**
 * Lookup user
 *
 * Asynchronous form of schematic_companies_lookup_user(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_companies_lookup_user() would return; the result is the callback's to free.
 *
 * `GET /users/lookup`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_companies_lookup_user(); read before this returns
 * @param callback called with the outcome (see schematic_companies_lookup_user_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_companies_lookup_user() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_companies_lookup_user()
 */
APIC_EXPORT int schematic_companies_lookup_user_async(schematic_client *client,
                                                      const schematic_companies_lookup_user_params *params,
                                                      schematic_companies_lookup_user_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
